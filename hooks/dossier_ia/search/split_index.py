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
machine) and its index weighs 76 MB; the counting below gives the same weights
(``tests/test_search_split.py`` checks) in about 3 s.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import shutil
from array import array
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy

from .french_terms import terms_of, word_splitter

SEARCH_INDEX = Path("search/search_index.json")
SPLIT_FOLDER = Path("search/split")
META_FILE = "meta.json"
PREFETCH_FILE = "prefetch.json"
# A term shard is closed once it reaches this size: a word typed in full fetches one shard (or
# two); a one-letter query (`d*`) fetches those that hold the terms starting with that letter.
SHARD_BYTES = 16_000
# The fields Material indexes, in this order in each term's postings (tags are not used here).
FIELDS = ("title", "text")
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


def split_search_index(search_index: dict, *, shard_bytes: int = SHARD_BYTES) -> dict[str, str]:
    """MkDocs' search index data → the split index's files (path under ``search/split/`` → JSON)."""
    config = search_index["config"]
    pages = _pages(search_index["docs"])
    docs = [doc for _, page_docs in pages for doc in page_docs]
    postings = _postings(docs, word_splitter(config["separator"]))
    shards = list(_term_shards(postings, shard_bytes))
    meta = {
        "documents": len(docs),
        "fields": [[field, config["fields"].get(field, {}).get("boost", 1)] for field in FIELDS],
        "pages": [[path, page_docs[0]["title"], len(page_docs)] for path, page_docs in pages],
        "boosts": {str(number): doc["boost"] for number, doc in enumerate(docs) if "boost" in doc},
        "shards": _shard_starts(shards),
    }
    files = {META_FILE: _json(meta)}
    files.update((f"terms/{number}.json", _json(shard)) for number, shard in enumerate(shards))
    files.update((f"pages/{number}.json", _json([[doc["location"][len(path):], doc["title"], doc["text"]]
                                                  for doc in page_docs]))
                 for number, (path, page_docs) in enumerate(pages))
    return files


def write_split_index(site_dir: Path, *, shard_bytes: int = SHARD_BYTES, prefetch_bytes: int = PREFETCH_BYTES) -> None:
    """Split the ``search_index.json`` that Material's search plugin wrote into ``site_dir``."""
    index_file = site_dir / SEARCH_INDEX
    search_index = json.loads(index_file.read_text(encoding="utf-8"))
    files = split_search_index(search_index, shard_bytes=shard_bytes)
    folder = site_dir / SPLIT_FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    prefetched = _prefetch(files, prefetch_bytes)
    if prefetched:
        files[PREFETCH_FILE] = "{" + ",".join(f"{json.dumps(path)}:{files[path]}" for path in prefetched) + "}"
    shards = [path for path in files if path.startswith("terms/")]
    all_terms = not set(shards) <= set(prefetched) and sum(len(files[path]) for path in shards) <= ALL_TERMS_BYTES
    if all_terms:
        files[TERMS_FILE] = "[" + ",".join(files[f"terms/{number}.json"] for number in range(len(shards))) + "]"
    for path, content in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    search_index["config"]["split"] = {"path": SPLIT_FOLDER.name, "version": _version(files),
                                       "prefetch": bool(prefetched), "terms": all_terms}
    search_index["docs"] = []
    index_file.write_text(_json(search_index), encoding="utf-8")


def _prefetch(files: dict[str, str], prefetch_bytes: int) -> list[str]:
    """The files fetched with the page, in one request (PREFETCH_FILE): the list of pages, then
    the index, then the texts, each group only if it fits, with those before it, within
    ``prefetch_bytes``."""
    groups = [[META_FILE], *([path for path in files if path.startswith(folder)] for folder in ("terms/", "pages/"))]
    prefetch: list[str] = []
    size = 0
    for group in groups:
        size += sum(len(files[path].encode()) for path in group)
        if size > prefetch_bytes:
            break
        prefetch += group
    return prefetch


def _pages(docs: list[dict]) -> list[tuple[str, list[dict]]]:
    """Documents grouped by page, as Material groups results: the first with a path is the page."""
    pages: dict[str, list[dict]] = {}
    for doc in docs:
        pages.setdefault(doc["location"].split("#")[0], []).append(doc)
    return list(pages.items())


def _postings(docs: list[dict], splitter: re.Pattern[str]) -> Iterator[tuple[str, list[list[int]]]]:
    """For each term of the site, in the browser's order (UTF-16 code units): its postings, per
    field, ``[document, count, document, count, …]``, each document number counted from the
    previous one (small numbers: fewer bytes).

    Counted in bulk, not word by word: each word of the site gets a number as the text is split
    (in C), every distinct word is given its term in one request (``terms_of``), then numpy
    counts the (term, field, document) triples. At 5,000 articles: millions of words."""
    word_numbers: defaultdict[str, int] = defaultdict(itertools.count().__next__)
    words = array("i")
    lengths = array("i")  # words per (document, field), documents in order, fields in FIELDS' order
    for doc in docs:
        for field in FIELDS:
            split = splitter.split((doc.get(field) or "").lower())
            words.extend(map(word_numbers.__getitem__, split))
            lengths.append(len(split))
    vocabulary = list(word_numbers)
    terms = [term or None for term in terms_of(vocabulary)]  # the empty word (between separators): none
    ordered = sorted({term for term in terms if term}, key=lambda term: term.encode("utf-16-be"))
    rank = {term: number for number, term in enumerate(ordered)}
    term_numbers = numpy.array([rank[term] if term else -1 for term in terms], dtype=numpy.int64)
    word_terms = term_numbers[numpy.frombuffer(words, dtype=numpy.int32)]
    slots = numpy.repeat(numpy.arange(len(lengths), dtype=numpy.int64), numpy.frombuffer(lengths, dtype=numpy.int32))
    indexed = word_terms >= 0
    fields, documents = len(FIELDS), len(docs)
    slot = slots[indexed]
    keys, counts = numpy.unique((word_terms[indexed] * fields + slot % fields) * documents + slot // fields,
                                return_counts=True)
    term_fields, doc_numbers = numpy.divmod(keys, documents)
    deltas = numpy.diff(doc_numbers, prepend=0)
    starts = numpy.flatnonzero(numpy.diff(term_fields, prepend=-1))
    deltas[starts] = doc_numbers[starts]
    encoded = numpy.empty(2 * len(keys), dtype=numpy.int64)
    encoded[0::2], encoded[1::2] = deltas, counts
    bounds = numpy.searchsorted(term_fields, numpy.arange(len(ordered) * fields + 1)).tolist()
    encoded_list = encoded.tolist()
    for number, term in enumerate(ordered):
        first = number * fields
        yield term, [encoded_list[2 * bounds[first + f]:2 * bounds[first + f + 1]] for f in range(fields)]


def _term_shards(postings: Iterator[tuple[str, list[list[int]]]], shard_bytes: int) -> Iterator[list[list]]:
    """Terms cut into shards of about ``shard_bytes``. A shard is a list (a JSON object would put
    number-like terms, ``2024``, first in a browser) of ``[term, postings of each field…]``."""
    shard: list[list] = []
    size = 0
    for term, field_postings in postings:
        shard.append([term, *field_postings])
        size += len(_json(shard[-1]))
        if size >= shard_bytes:
            yield shard
            shard, size = [], 0
    if shard:
        yield shard


def _shard_starts(shards: list[list[list]]) -> list[list]:
    """Each shard's first term and that term's number in the whole vocabulary: the browser numbers
    terms as lunr does, whatever order the shards arrive in, so its sums add up in one order."""
    starts = []
    number = 0
    for shard in shards:
        starts.append([shard[0][0], number])
        number += len(shard)
    return starts


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _version(files: dict[str, str]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode())
        digest.update(files[path].encode())
    return digest.hexdigest()[:VERSION_LENGTH]
