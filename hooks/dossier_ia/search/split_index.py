"""The search index, built once at build time and split so that a query fetches only what it needs.

Material (9.8) sends the whole ``search/search_index.json`` (every word of the site) to the
reader's browser, which then builds a lunr index before it can answer: at 1,000 articles, 15 MB
and several seconds before the first result. Here, from the same data, the build writes:

- ``search/split/meta.json``: every page's address, title and number of sections (documents
  are numbered page after page), the documents' search boosts, and where each term shard
  starts (its first term, and that term's number);
- ``search/split/terms/N.json``: the index, split by ranges of terms (``donn`` → the shard
  holding the terms from ``dispos`` to ``effet``, say): for each term and field, the documents
  that hold it and how often (a query fetches the shards of its terms only);
- ``search/split/pages/N.json``: the anchor, title and text of page N and of each of its
  sections, fetched for the pages a query shows first, to list the sections that match and
  highlight their passages (the later pages are listed by title);
- ``search/split/terms.json``: every term shard, in one file, when they are few enough
  (``ALL_TERMS_BYTES``): fetched once a first query is answered, for the next ones;

and leaves in ``search_index.json`` only Material's configuration (Material's page fetches it
as soon as a page loads), with the version of the split index, so that a new build's shards are
never mixed with an old one's in a browser cache. What is small enough to come with the page
(the list of pages; a small site's whole index) is also gathered in ``search/split/prefetch.json``,
fetched in one request as soon as the page has loaded: the first query then waits for less.

Scores are lunr's own: the browser builds, for the terms of the query only, the inverted index
and field vectors lunr's ``Builder`` would have built for the whole site (same BM25 weights, with
``b = 0`` as Material sets it), and lets lunr run the query. Positions are not stored: the browser
finds the words to highlight by reading the few passages it shows (``search-worker.js``).

Why not lunr.py's ``Builder``: at 1,000 articles it takes 10 s of CPU (a minute on a busy
machine) and its index weighs 76 MB; the counting (``postings.py``) gives the same weights
(``tests/test_search_split.py`` checks) in about 3 s.

A rebuild of ``mkdocs serve --dirty`` after an edit renders the edited page only: ``SearchSplit``
keeps, between builds, every page's documents and counts, the terms Node.js gave every word, and
what it last wrote to each file (``WrittenFiles``); it counts again the pages whose documents changed, and
rewrites the files whose content changed (the same files as a full build of the edited site).
The wiring hands it each page's documents as Material's search plugin collects them
(``add_page``), not through ``search_index.json``: no reading back of the whole site's text.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy

from dossier_ia.cache import WrittenFiles
from dossier_ia.compact_json import compact_json

from .french_terms import word_splitter
from .postings import FIELDS, PageTerms, SitePostings, Vocabulary, count_pages, page_source

SEARCH_INDEX = Path("search/search_index.json")
SPLIT_FOLDER = Path("search/split")
META_FILE = "meta.json"
PREFETCH_FILE = "prefetch.json"
# A term shard is closed once it reaches this size: a word typed in full fetches one shard (or
# two); a one-letter query (`d*`) fetches those that hold the terms starting with that letter.
SHARD_BYTES = 16_000
VERSION_LENGTH = 12
# What comes with the page, before any query: a small site's whole index (the seeds': 110 kB, as
# much as Material's own index for them), or the list of pages. More would delay a search
# started as soon as the page shows, which waits for it; the rest comes as queries need it.
PREFETCH_BYTES = 150_000
# Every term shard in one file (TERMS_FILE), fetched once a first query is answered, when the
# shards that did not come with the page weigh no more than this (1,000 articles: 3 MB, 0.8 MB
# gzipped): later queries then wait for the texts of their pages only, not for their shards.
TERMS_FILE = "terms.json"
ALL_TERMS_BYTES = 4_000_000


class SearchSplit:
    """The split index of one build, and what the next build of the same process reuses of it.

    A build calls ``start`` with its pages, ``add_page`` for each page it renders, then ``write``.
    With ``keep`` false (``mkdocs build``: no next build), nothing is kept once written."""

    def __init__(self) -> None:
        """Nothing kept yet: the first build counts and writes everything."""
        self._order: list[str] = []
        self._rendered: dict[str, list[dict]] = {}
        self._configuration: dict = {}
        self._forget()

    def _forget(self) -> None:
        self.vocabulary = Vocabulary()
        self._pages: dict[str, PageTerms] = {}
        # The files of the folder as last written, and the folder.
        self._files = WrittenFiles()
        self._folder: Path | None = None
        self._made_shards: dict[bytes, bytes] = {}

    def start(self, paths: list[str]) -> None:
        """A build begins: the address of each of its pages, in the order the build renders them."""
        self._order = paths
        self._rendered = {}

    def add_page(self, path: str, docs: list[dict]) -> None:
        """A page was rendered: its documents, as Material's search plugin collected them."""
        self._rendered[path] = docs

    def pages(self) -> list[tuple[str, list[dict]]]:
        """This build's pages with their documents, in order: those it rendered, and those the
        previous build rendered and this one did not (``--dirty``: unchanged)."""
        pages = []
        for path in self._order:
            docs = self._rendered[path] if path in self._rendered else getattr(self._pages.get(path), "docs", None)
            if docs:
                pages.append((path, docs))
        return pages

    def write(self, site_dir: Path, config: dict, *, keep: bool, shard_bytes: int = SHARD_BYTES,
              prefetch_bytes: int = PREFETCH_BYTES) -> None:
        """Write the split index of this build's pages into ``site_dir``; ``config``: Material's
        search configuration, for ``write_configuration``."""
        pages = self.pages()
        split = _Split(pages, self._counted(pages, config), config, site_dir / SPLIT_FOLDER, self.vocabulary,
                       shard_bytes, prefetch_bytes, self._made_shards if keep else None)
        if self._folder != split.folder or not (split.folder / META_FILE).is_file():
            # Another folder, or one MkDocs cleaned (``serve`` without ``--dirty``): all written again.
            shutil.rmtree(split.folder, ignore_errors=True)
            self._files = WrittenFiles()
        self._files.keep_only(split.write(self._files, keep_pages=keep))
        self._configuration = {**config, "split": {"path": SPLIT_FOLDER.name, "version": split.version,
                                                   "prefetch": split.prefetched, "terms": split.all_terms}}
        if keep:
            self._pages = {page.path: page for page in split.pages}
            self._folder, self._made_shards = split.folder, split.made_shards
        else:
            self._forget()

    def write_configuration(self, site_dir: Path) -> None:
        """Write ``search_index.json``: the configuration given to ``write``, with the split index's
        version, and no documents (once Material's search plugin has written its own)."""
        (site_dir / SEARCH_INDEX).write_bytes(compact_json({"config": self._configuration, "docs": []}))

    def _counted(self, pages: list[tuple[str, list[dict]]], config: dict) -> Iterator[PageTerms]:
        """Each page's counts, in order: the previous build's for a page whose documents are the
        same, else counted now (a batch of pages at a time, as they are asked for)."""
        kept = [self._kept(path, docs) for path, docs in pages]
        new = count_pages([page for page, counts in zip(pages, kept) if counts is None],
                          word_splitter(config["separator"]), self.vocabulary)
        for counts in kept:
            yield counts if counts is not None else next(new)

    def _kept(self, path: str, docs: list[dict]) -> PageTerms | None:
        kept = self._pages.get(path)
        if kept is not None and (kept.docs is docs or kept.source == page_source(docs)):
            kept.docs = docs
            return kept
        return None


def split_search_index(search_index: dict, *, shard_bytes: int = SHARD_BYTES) -> dict[str, str]:
    """MkDocs' search index data → the split index's files (path under ``search/split/`` → JSON)."""
    config = search_index["config"]
    vocabulary = Vocabulary()
    pages = _pages(search_index["docs"])
    split = _Split(pages, count_pages(pages, word_splitter(config["separator"]), vocabulary), config, Path(),
                   vocabulary, shard_bytes, 0, None)
    files = {META_FILE: split.meta.decode()}
    files.update((f"terms/{number}.json", shard.decode()) for number, shard in enumerate(split.shards))
    files.update((f"pages/{number}.json", _page_file(page).decode()) for number, page in enumerate(split.pages))
    return files


def write_split_index(site_dir: Path, *, shard_bytes: int = SHARD_BYTES, prefetch_bytes: int = PREFETCH_BYTES) -> None:
    """Split the ``search_index.json`` that Material's search plugin wrote into ``site_dir``."""
    search_index = json.loads((site_dir / SEARCH_INDEX).read_text(encoding="utf-8"))
    split = SearchSplit()
    pages = _pages(search_index.pop("docs"))
    split.start([path for path, _ in pages])
    for path, docs in pages:
        split.add_page(path, docs)
    split.write(site_dir, search_index["config"], keep=False, shard_bytes=shard_bytes, prefetch_bytes=prefetch_bytes)
    split.write_configuration(site_dir)


class _Split:
    """The files of one build's split index, made as they are written (a page's file is made,
    hashed and written, then dropped, unless kept for the next build)."""

    def __init__(self, pages: list[tuple[str, list[dict]]], counted: Iterable[PageTerms], config: dict, folder: Path,
                 vocabulary: Vocabulary, shard_bytes: int, prefetch_bytes: int,
                 made_shards: dict[bytes, bytes] | None) -> None:
        self.folder = folder
        self.pages: list[PageTerms] = []
        # Each page's counts dropped once in the postings, unless kept for the next build (made_shards).
        postings = SitePostings(_collected(counted, self.pages), sum(len(docs) for _, docs in pages), vocabulary,
                                release=made_shards is None)
        shard_bounds = _shard_bounds(postings, vocabulary, shard_bytes)
        # Each shard's file, by its terms and numbers (``made_shards``, unless None: nothing kept):
        # the previous build's when they are the same (an edit that adds no section changes the
        # shards of its page's terms only).
        self.shards: list[bytes] = []
        self.made_shards: dict[bytes, bytes] = {}
        for first, end in shard_bounds:
            encoded, offsets = postings.encoded(first, end)
            terms = postings.terms[first:end]
            key = terms.tobytes() + encoded.tobytes() if made_shards is not None else b""
            shard = made_shards.get(key) if made_shards else None
            self.shards.append(shard or compact_json(_term_shard(vocabulary, terms, encoded, offsets)))
            if made_shards is not None:
                self.made_shards[key] = self.shards[-1]
        self.meta = compact_json(_meta(self.pages, config, postings, vocabulary, shard_bounds))
        del postings
        # The prefetched files: the list of pages, then the index, then the texts, each group only
        # if it fits, with those before it, within ``prefetch_bytes`` (the texts: known once made).
        self.prefetched = len(self.meta) <= prefetch_bytes
        self._pages_budget = prefetch_bytes - len(self.meta) - sum(map(len, self.shards))
        self._prefetch_shards = self.prefetched and self._pages_budget >= 0
        # ALL_TERMS_BYTES counts characters.
        self.all_terms = (not self._prefetch_shards
                          and sum(len(shard.decode()) for shard in self.shards) <= ALL_TERMS_BYTES)
        self.version = ""

    def write(self, output: WrittenFiles, *, keep_pages: bool) -> set[Path]:
        """Write the files whose content changed since ``output`` last wrote them, hashed in the
        order of their paths (``version``); the paths of this build's files. Each page's file is
        kept for the next build (``keep_pages``), else dropped once written: at 5,000 articles, the
        pages' files weigh 50 MB."""
        digest = hashlib.sha256()
        paths: set[Path] = set()

        def put(path: str, content: bytes) -> None:
            digest.update(path.encode())
            digest.update(content)
            paths.add(self.folder / path)
            output.write(self.folder / path, content)

        put(META_FILE, self.meta)
        prefetched_pages: dict[str, bytes] = {}
        pages_size = 0
        for number in sorted(range(len(self.pages)), key=str):
            page = self.pages[number]
            content = page.content or _page_file(page)
            page.content = content if keep_pages else None
            put(f"pages/{number}.json", content)
            pages_size += len(content)
            if self._prefetch_shards and pages_size <= self._pages_budget:
                prefetched_pages[f"pages/{number}.json"] = content
        if self.prefetched:
            prefetched = {META_FILE: self.meta}
            if self._prefetch_shards:
                prefetched.update((f"terms/{number}.json", shard) for number, shard in enumerate(self.shards))
                if len(prefetched_pages) == len(self.pages):
                    prefetched.update(sorted(prefetched_pages.items(), key=lambda item: int(item[0][6:-5])))
            put(PREFETCH_FILE, b"{" + b",".join(compact_json(path) + b":" + content
                                                for path, content in prefetched.items()) + b"}")
        if self.all_terms:
            put(TERMS_FILE, b"[" + b",".join(self.shards) + b"]")
        for number in sorted(range(len(self.shards)), key=str):
            put(f"terms/{number}.json", self.shards[number])
        self.version = digest.hexdigest()[:VERSION_LENGTH]
        return paths


def _collected(items: Iterable[PageTerms], into: list[PageTerms]) -> Iterator[PageTerms]:
    for item in items:
        into.append(item)
        yield item


def _pages(docs: list[dict]) -> list[tuple[str, list[dict]]]:
    """Documents grouped by page, as Material groups results: the first with a path is the page."""
    pages: dict[str, list[dict]] = {}
    for doc in docs:
        pages.setdefault(doc["location"].split("#")[0], []).append(doc)
    return list(pages.items())


def _meta(pages: list[PageTerms], config: dict, postings: SitePostings, vocabulary: Vocabulary,
          shard_bounds: list[tuple[int, int]]) -> dict:
    docs = (doc for page in pages for doc in page.docs)
    return {
        "documents": postings.documents,
        "fields": [[field, config["fields"].get(field, {}).get("boost", 1)] for field in FIELDS],
        "pages": [[page.path, page.docs[0]["title"], len(page.docs)] for page in pages],
        "boosts": {str(number): doc["boost"] for number, doc in enumerate(docs) if "boost" in doc},
        # Each shard's first term and that term's number in the whole vocabulary: the browser
        # numbers terms as lunr does, whatever order the shards arrive in, so its sums add up in one order.
        "shards": [[vocabulary.terms[postings.terms[first]], first] for first, _ in shard_bounds],
    }


def _shard_bounds(postings: SitePostings, vocabulary: Vocabulary, shard_bytes: int) -> list[tuple[int, int]]:
    """Terms cut into shards of about ``shard_bytes``: each shard's first term and the next shard's
    (their places in the browser's order), a shard closed once its terms' JSON reaches ``shard_bytes``."""
    ends = postings.json_lengths(vocabulary).cumsum()
    bounds = []
    first = 0
    while first < len(ends):
        last = int(ends.searchsorted((ends[first - 1] if first else 0) + shard_bytes))
        bounds.append((first, min(last, len(ends) - 1) + 1))
        first = last + 1
    return bounds


def _term_shard(vocabulary: Vocabulary, terms: numpy.ndarray, encoded: numpy.ndarray,
                offsets: numpy.ndarray) -> list[list]:
    """A shard: a list (a JSON object would put number-like terms, ``2024``, first in a browser)
    of ``[term, postings of each field…]``, its numbers made into Python's one shard at a time."""
    fields = len(FIELDS)
    numbers, offsets = encoded.tolist(), offsets.tolist()
    return [[vocabulary.terms[term], *(numbers[offsets[slot]:offsets[slot + 1]]
                                       for slot in range(place * fields, (place + 1) * fields))]
            for place, term in enumerate(terms.tolist())]


def _page_file(page: PageTerms) -> bytes:
    """A page's file: the anchor, title and text of the page and of each of its sections."""
    return compact_json([[doc["location"][len(page.path):], doc["title"], doc["text"]] for doc in page.docs])

