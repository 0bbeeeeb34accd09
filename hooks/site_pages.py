"""The whole pipeline, engine-free: article folder + editor data → every generated file of the site.

read (``article_collection``) → analyse (``synthesis_analysis``, ``glossary_linker``,
``dossier_ia.figures.analysis``) → render (``article_render``, ``synthesis_render``,
``glossary_render``, ``dossier_ia.figures.render``). This is the one place that lists
what the site emits; the MkDocs wiring only hands the result to MkDocs, so moving to another
engine keeps all of this.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from article_collection import Collection, load_collection
from article_model import Article
from article_render import (
    INDEX_PAGE_SIZE,
    article_uri,
    article_url,
    page_count,
    page_items,
    index_uri,
    render_article,
    render_article_index,
)
from dossier_ia.figures.analysis import collect_figures
from dossier_ia.figures.render import FIGURES_JSON, figures_json, render_figure_pages, render_figures_overview, render_theme_figures
from glossary_linker import GLOSSARY_PAGE, find_citations, glossary_hints, link_terms
from glossary_render import GLOSSARY_JSON_URI, glossary_json, render_glossary_page
from glossary_terms import load_glossary
from rebuild_memo import RebuildMemo
from synthesis_analysis import analyse_collection, unthemed_warnings
from synthesis_render import SYNTHESIS_JSON, SYNTHESIS_PAGE, render_article_themes, render_matrix_pages, render_synthesis_page, synthesis_json
from synthesis_taxonomy import load_taxonomy

T = TypeVar("T")
API_DIR = "api"
THEMES_FILE = "themes.yml"
GLOSSARY_FILE = "glossaire.yml"
# Kept between the rebuilds of `mkdocs serve` (this module stays imported): editor data files by
# (loader, path, mtime, size), and article pages by everything their Markdown depends on.
_loaded: dict[tuple[object, ...], tuple[object, list[str]]] = {}
_pages: RebuildMemo[str] = RebuildMemo()
_previous_advice: set[str] = set()


@dataclass(frozen=True)
class SiteBuild:
    """Generated files (docs path → content), and what the editor must be told, one line each:
    ``problems`` are bad input (a file, a data entry) to fix; ``advice`` is how to make the
    synthesis and glossary more complete (claims no theme covers, terms missing or unused)."""

    files: dict[str, str]
    problems: list[str]
    advice: list[str]
    collection: Collection
    # The advice that the previous build in this process did not give: after an edit, a rebuild
    # of `mkdocs serve` tells what changed instead of repeating a line per article.
    new_advice: list[str]


def build_site(seeds_dir: Path, data_dir: Path) -> SiteBuild:
    """Read, analyse and render the collection; what goes wrong is reported, never raised."""
    collection = load_collection(seeds_dir)
    articles = collection.articles
    taxonomy, taxonomy_problems = _load_unless_unchanged(load_taxonomy, data_dir / THEMES_FILE)
    glossary, glossary_problems = _load_unless_unchanged(load_glossary, data_dir / GLOSSARY_FILE)
    synthesis = analyse_collection(list(articles), taxonomy)
    citations = find_citations(articles, glossary)
    theme_blocks = render_article_themes(synthesis)

    files: dict[str, str] = {}
    for position, article in enumerate(articles):
        previous = articles[position - 1] if position > 0 else None
        following = articles[position + 1] if position + 1 < len(articles) else None
        appendix = theme_blocks.get(article.source_name, "")
        # The glossary links are a function of the article and the glossary (the same object while
        # its file is unchanged): they are part of the key through those two.
        key = (article, previous and (previous.title, previous.slug), following and (following.title, following.slug), glossary, appendix)
        files[article_uri(article)] = _pages.get(key, lambda: render_article(
            article, previous=previous, following=following, links=link_terms(article, glossary), appendix=appendix,
        ))
    index_pages = page_count(len(articles), INDEX_PAGE_SIZE)
    for page_number in range(1, index_pages + 1):
        key = (page_number, index_pages, len(articles), page_items(articles, page_number, INDEX_PAGE_SIZE))
        files[index_uri(page_number)] = _pages.get(key, lambda: render_article_index(articles, page_number, index_pages))
    _pages.end_build()
    figures = collect_figures(articles, synthesis)
    files.update(render_figure_pages(figures))
    files[FIGURES_JSON] = _json(figures_json(figures))
    files[SYNTHESIS_PAGE] = render_synthesis_page(
        synthesis, figures=render_theme_figures(figures, SYNTHESIS_PAGE), figures_overview=render_figures_overview(figures, SYNTHESIS_PAGE),
    )
    files.update(render_matrix_pages(synthesis))
    files[GLOSSARY_PAGE] = render_glossary_page(glossary, citations)
    files[f"{API_DIR}/articles.json"] = _json({"articles": [_article_entry(article) for article in articles]})
    files[SYNTHESIS_JSON] = _json(synthesis_json(synthesis))
    files[GLOSSARY_JSON_URI] = _json(glossary_json(glossary, citations))

    problems = [str(problem) for problem in collection.problems] + taxonomy_problems + glossary_problems
    advice = [str(note) for note in collection.left_out] + unthemed_warnings(synthesis) + glossary_hints(articles, glossary, citations, str(data_dir / GLOSSARY_FILE))
    new_advice = [note for note in advice if note not in _previous_advice]
    _previous_advice.clear()
    _previous_advice.update(advice)
    return SiteBuild(files, problems, advice, collection, new_advice)


def _load_unless_unchanged(load: Callable[[Path], tuple[T, list[str]]], path: Path) -> tuple[T, list[str]]:
    """The same object while the file is unchanged: ``mkdocs serve`` rebuilds then reuse the
    analyses cached on it (the glossary matcher and its per-block results)."""
    try:
        stat = path.stat()
        key = (load, str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return load(path)
    if key not in _loaded:
        for stale in [known for known in _loaded if known[:2] == key[:2]]:
            del _loaded[stale]
        _loaded[key] = load(path)
    return _loaded[key]


def _article_entry(article: Article) -> dict[str, object]:
    return {
        "file": article.source_name,
        "slug": article.slug,
        "title": article.title,
        "url": article_url(article),
        "date": article.date.isoformat() if article.date else None,
        "words": article.words,
    }


def _json(data: object) -> str:
    """Compact JSON: with ``indent``, the json module falls back to its pure-Python encoder."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
