"""Every analysis of the collection, once: what the emitters of ``site_pages`` share.

``analyse_site`` reads the article folder and the editor's data, and runs the analyses (claims
and themes, advice, glossary citations, key figures, related articles) into one ``AnalysedSite``;
``start_analysis`` does it in two steps, so that the engine renders the article pages while the
claims are judged.
Engine-free, like the rest of the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from dossier_ia.cache import DiskCache, LastResult
from dossier_ia.figures.analysis import KeyFigures, collect_figures
from dossier_ia.glossary.hints import glossary_hints
from dossier_ia.glossary.linker import find_citations
from dossier_ia.glossary.terms import Glossary, load_glossary
from dossier_ia.notices import Notice
from dossier_ia.publishing.article_links import article_themes, features_by_article
from dossier_ia.publishing.related import related_articles
from dossier_ia.reading.collection import Collection, load_collection
from dossier_ia.reading.completeness import cut_short_articles, guessed_titles, incomplete_articles
from dossier_ia.reading.model import Article
from dossier_ia.settings import Settings
from dossier_ia.synthesis.advice import unthemed_advice
from dossier_ia.synthesis.analysis import start_collection_analysis, verdict_store
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.recommendations import Recommendation, find_recommendations
from dossier_ia.synthesis.selection import Passages
from dossier_ia.synthesis.themes import Taxonomy, Theme, load_taxonomy

T = TypeVar("T")
# The learnt models of the synthesis, kept between builds beside the share cards (``cues``).
MODELS_CACHE = "modeles"
MODELS_SUFFIX = ".npz"
# Each article's verdicts (its sentences judged), kept for the next build (``verdict_store``).
VERDICTS_CACHE = "verdicts"
# Kept between the rebuilds of `mkdocs serve` (this module stays imported): editor data files by
# (loader, path, mtime, size), and the results of steps over the whole collection.
_loaded: dict[tuple[object, ...], tuple[object, list[Notice]]] = {}
_last_incomplete: LastResult[list[Notice]] = LastResult()
_last_related: LastResult[dict[str, tuple[str, ...]]] = LastResult()


@dataclass(frozen=True)
class AnalysedSite:
    """Everything the emitters need: the articles in reading order, the editor's data, and the
    results of every analysis, computed once per build."""

    settings: Settings
    collection: Collection
    taxonomy: Taxonomy
    glossary: Glossary
    synthesis: Synthesis
    # Advice sentences of the articles (« Que faire »), in article order.
    recommendations: tuple[Recommendation, ...]
    # Glossary anchor → the articles that use the term.
    citations: dict[str, tuple[Article, ...]]
    figures: KeyFigures
    notices: tuple[Notice, ...]
    # File name → the themes its sentences support; → its related articles (« À lire aussi »).
    themes: dict[str, tuple[Theme, ...]]
    related: dict[str, tuple[Article, ...]]
    # Every prose block by (file, anchor): a quote shown with the sentence before it.
    passages: Passages

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles in reading order (the collection's)."""
        return self.collection.articles


@dataclass(frozen=True)
class ReadSite:
    """The collection read and the editor's data loaded: enough for the article pages, which can
    be written, and rendered by the engine, while the claims are judged (``start_analysis``)."""

    settings: Settings
    collection: Collection
    taxonomy: Taxonomy
    glossary: Glossary
    # The taxonomy's and the glossary's problems (the collection holds its own).
    problems: tuple[Notice, ...]

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles in reading order (the collection's)."""
        return self.collection.articles


def read_site(settings: Settings) -> ReadSite:
    """Read the article folder and the editor's data files."""
    collection = load_collection(settings.seeds_dir)
    taxonomy, taxonomy_problems = _load_unless_unchanged(load_taxonomy, settings.themes_file, settings.labelled_file)
    glossary, glossary_problems = _load_unless_unchanged(load_glossary, settings.glossary_file)
    return ReadSite(settings, collection, taxonomy, glossary, (*taxonomy_problems, *glossary_problems))


def start_analysis(read: ReadSite, *, spare_a_core: bool) -> PendingAnalysis:
    """Start judging the claims in other processes: on every core, or (``spare_a_core``) on all
    but the one the engine renders the article pages with meanwhile."""
    settings, taxonomy = read.settings, read.taxonomy
    models = DiskCache(settings.cache_dir / MODELS_CACHE, MODELS_SUFFIX) if settings.cache_dir else None
    verdicts = verdict_store(settings.cache_dir / VERDICTS_CACHE, taxonomy) if settings.cache_dir else None
    return PendingAnalysis(
        read, start_collection_analysis(list(read.articles), taxonomy, models, verdicts, spare_a_core)
    )


def analyse_site(settings: Settings) -> AnalysedSite:
    """Every analysis of the collection, once: what the emitters share (the claims judged on every core)."""
    return start_analysis(read_site(settings), spare_a_core=False).finish()


@dataclass(frozen=True)
class PendingAnalysis:
    """The claims being judged in other processes; ``finish`` waits for them and runs every other
    analysis."""

    read: ReadSite
    finish_synthesis: Callable[[], Synthesis]

    def finish(self) -> AnalysedSite:
        """Every analysis of the collection, once the claims are judged: what the emitters share."""
        read = self.read
        settings, collection, articles, glossary = read.settings, read.collection, read.articles, read.glossary
        # One process's work, done while the workers judge the claims, when they were started on
        # every core (``analyse_site``).
        citations = find_citations(articles, glossary)
        hints = glossary_hints(articles, glossary, citations, str(settings.glossary_file))
        synthesis = self.finish_synthesis()
        recommendations = find_recommendations(articles, read.taxonomy)
        notices = (
            *collection.problems,
            *read.problems,
            *collection.left_out,
            *_last_incomplete.get(
                _dates_and_sources(collection),
                lambda: (
                    *incomplete_articles(collection), *guessed_titles(collection), *cut_short_articles(collection)
                ),
            ),
            *unthemed_advice(synthesis, settings.seeds_dir, settings.themes_file),
            *hints,
        )
        figures = collect_figures(articles, synthesis)
        themes = article_themes(synthesis)
        features = features_by_article(themes, citations)
        related = _related(articles, features)
        return AnalysedSite(
            settings,
            collection,
            read.taxonomy,
            glossary,
            synthesis,
            recommendations,
            citations,
            figures,
            notices,
            themes,
            related,
            Passages.of(articles),
        )


def _dates_and_sources(collection: Collection) -> tuple[object, ...]:
    """What ``incomplete_articles``, ``guessed_titles`` and ``cut_short_articles`` read: which articles
    lack a date or a source, which have a title guessed from their text, which stop mid-sentence
    and on which line."""
    return (
        collection.seeds_dir,
        *(
            (article.source_name, article.date is None, article.source_url is None,
             article.title_guessed and (article.title, article.blocks[:1]),
             article.cut_short and article.blocks[-1].line)
            for article in collection.articles
        ),
    )


def _related(articles: tuple[Article, ...], features: dict[str, frozenset[str]]) -> dict[str, tuple[Article, ...]]:
    """« À lire aussi », from the articles' order and features only: an edit that changes neither
    keeps the previous build's choice, given as this build's articles."""
    names = tuple(article.source_name for article in articles)
    chosen = _last_related.get(
        (names, features),
        lambda: {
            name: tuple(other.source_name for other in others)
            for name, others in related_articles(articles, features).items()
        },
    )
    by_name = dict(zip(names, articles))
    return {name: tuple(by_name[other] for other in others) for name, others in chosen.items()}


def _load_unless_unchanged(
    load: Callable[[Path], tuple[T, list[Notice]]], path: Path, *companions: Path
) -> tuple[T, list[Notice]]:
    """The same object while the file, and the ``companions`` it reads too, are unchanged:
    ``mkdocs serve`` rebuilds then reuse the analyses cached on it (the glossary matcher and its
    per-block results)."""
    stamp = _stamp(path)
    if stamp is None:
        return load(path)
    key = (load, str(path), stamp, *map(_stamp, companions))
    if key not in _loaded:
        for stale in [known for known in _loaded if known[:2] == key[:2]]:
            del _loaded[stale]
        _loaded[key] = load(path)
    return _loaded[key]


def _stamp(path: Path) -> tuple[int, int] | None:
    """When the file last changed and its size; None when there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
