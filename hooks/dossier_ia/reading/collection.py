"""The article folder → the collection: every readable article once, with unique titles and URLs.

One bad file never stops the others: it becomes a problem notice naming the file (and line),
which the wiring reports as a warning. Articles are cached by file identity and content, so a
rebuild during ``mkdocs serve`` re-reads only the files that changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from dossier_ia.cache import RebuildMemo
from dossier_ia.french.text import slugify, sort_key
from dossier_ia.notices import Kind, Notice, display_path, problem
from dossier_ia.parallel import map_on_every_core
from dossier_ia.reading.metadata import load_metadata
from dossier_ia.reading.model import Article
from dossier_ia.reading.reader import ArticleMetadata, read_article
from dossier_ia.reading.source import UnreadableSource
from dossier_ia.settings import ARTICLES_DIR, DEFAULT_SEEDS_DIR, METADATA_FILE, SEEDS_DIR_VARIABLE

ARTICLE_SUFFIX = ".txt"
# Slugs the site needs for its own pages under articles/.
RESERVED_SLUGS = frozenset({"index", "pages"})


class SeedsDirError(ValueError):
    """The article folder cannot be used at all: the build must stop and say why."""


@dataclass(frozen=True)
class Collection:
    """Articles in reading order (newest first, then undated by title), what went wrong
    (``problems``), and the lines left out as web page leftovers (``left_out``, advice)."""

    seeds_dir: Path
    articles: tuple[Article, ...]
    problems: tuple[Notice, ...]
    left_out: tuple[Notice, ...] = ()


_reads: RebuildMemo[Article | UnreadableSource] = RebuildMemo()


def resolve_seeds_dir(project_dir: Path, environ: dict[str, str] | os._Environ[str] = os.environ) -> Path:
    """The article folder: ``$SEEDS_DIR`` if set, else ``seeds/`` beside ``mkdocs.yml``."""
    configured = environ.get(SEEDS_DIR_VARIABLE)
    seeds_dir = Path(configured).expanduser() if configured else project_dir / DEFAULT_SEEDS_DIR
    if not seeds_dir.is_absolute():
        seeds_dir = Path.cwd() / seeds_dir
    origin = f"{SEEDS_DIR_VARIABLE}={configured}" if configured else "le dossier par défaut"
    if not seeds_dir.exists():
        raise SeedsDirError(
            f"dossier des articles introuvable : {seeds_dir} ({origin}) ; créez-le ou corrigez {SEEDS_DIR_VARIABLE}"
        )
    if not seeds_dir.is_dir():
        raise SeedsDirError(
            f"{seeds_dir} ({origin}) est un fichier, pas un dossier : {SEEDS_DIR_VARIABLE} doit désigner le "
            "dossier des articles"
        )
    if not any(map(_is_article, seeds_dir.iterdir())):
        raise SeedsDirError(
            f"aucun article « *{ARTICLE_SUFFIX} » dans {seeds_dir} ({origin}) : ajoutez-y au moins un fichier texte"
        )
    return seeds_dir


def article_paths(seeds_dir: Path) -> list[Path]:
    """Article files, in a stable order that does not depend on the file system."""
    return sorted(filter(_is_article, seeds_dir.iterdir()), key=lambda path: path.name)


def _is_article(path: Path) -> bool:
    return path.suffix.lower() == ARTICLE_SUFFIX and not path.name.startswith(".") and path.is_file()


def load_collection(seeds_dir: Path) -> Collection:
    """Read every article of the folder; unreadable files are reported, never fatal."""
    paths = article_paths(seeds_dir)
    overrides, metadata_problems = load_metadata(seeds_dir, {path.name for path in paths})
    problems = list(metadata_problems)
    articles: list[Article] = []
    stats = [path.stat() for path in paths]
    keys = [(str(path), stat.st_mtime_ns, stat.st_size, overrides.get(path.name)) for path, stat in zip(paths, stats)]
    # The files the previous build did not read (all of them, in a first build) are read on every core.
    results = _reads.get_many(keys, lambda missing: map_on_every_core(lambda key: _read(Path(key[0]), key[3]), missing))
    for path, result in zip(paths, results):
        if isinstance(result, UnreadableSource):
            problems.append(problem(Kind.SOURCE, path, f"{result} (article ignoré)"))
            continue
        problems.extend(replace(issue, file=str(path)) for issue in result.issues)
        articles.append(result)
    _reads.end_build()
    unique, naming_problems = _make_unique(articles, seeds_dir)
    unique.sort(key=_reading_order)
    left_out = tuple(
        replace(note, file=str(seeds_dir / article.source_name)) for article in articles for note in article.left_out
    )
    return Collection(seeds_dir, tuple(unique), tuple(problems + naming_problems), left_out)


def _read(path: Path, metadata: ArticleMetadata | None) -> Article | UnreadableSource:
    try:
        return read_article(path.name, path.read_bytes(), metadata)
    except UnreadableSource as error:
        return error


def _make_unique(articles: list[Article], seeds_dir: Path) -> tuple[list[Article], list[Notice]]:
    """Two articles never share a title or a URL: later files (by name) get a number, and a warning."""
    problems: list[Notice] = []
    metadata = display_path(seeds_dir / METADATA_FILE)
    titles: dict[str, str] = {}
    slugs: set[str] = set(RESERVED_SLUGS)
    unique: list[Article] = []
    for article in articles:
        title, slug = article.title, slugify(article.slug) or "article"
        counter = 1
        while title.casefold() in titles:
            counter += 1
            title = f"{article.title} ({counter})"
        if counter > 1:
            problems.append(
                problem(
                    Kind.NAMING,
                    seeds_dir / article.source_name,
                    f"même titre que {titles[article.title.casefold()]} : renommé « {title} » ; donnez-lui un "
                    f"titre propre (« title: ») dans {metadata}",
                )
            )
        base, counter = slug, 1
        while slug in slugs:
            counter += 1
            slug = f"{base}-{counter}"
        if counter > 1 and base not in RESERVED_SLUGS:
            problems.append(
                problem(
                    Kind.NAMING,
                    seeds_dir / article.source_name,
                    f"adresse « {ARTICLES_DIR}/{base}/ » déjà prise : publié sous « {ARTICLES_DIR}/{slug}/ » ; "
                    f"fixez un « slug: » dans {metadata}",
                )
            )
        titles[title.casefold()] = article.source_name
        slugs.add(slug)
        # The same object when nothing changes: what it computed once (word count) stays computed.
        unique.append(
            article if (title, slug) == (article.title, article.slug) else replace(article, title=title, slug=slug)
        )
    return unique, problems


def _reading_order(article: Article) -> tuple[bool, int, tuple[str, str]]:
    return article.date is None, -(article.date.toordinal() if article.date else 0), sort_key(article.title)
