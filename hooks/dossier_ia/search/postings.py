"""The site's terms counted page by page: which documents hold each term, how often, per field.

Counted in bulk, not word by word: each word of a page gets its term's number from a table of
every word seen (``Vocabulary``: the words it did not know are given their terms by Node.js in one
request per batch of pages, ``terms_of``), then numpy counts the page's (term, field, document)
triples (``PageTerms``). A page's counts depend on its documents only: a rebuild of
``mkdocs serve`` counts again the pages whose documents changed, and reuses the others'
(``split_index.SearchSplit``). ``SitePostings`` then puts every page's counts together, in the
browser's order of terms, as the split index stores them.

Page by page, not all words of the site at once: at 5,000 articles the site has millions of
words, and arrays of them all (with their terms, documents and sort keys) took hundreds of MB at
the build's peak; a page's counts are a few thousand numbers.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy

from .french_terms import terms_of

# The fields Material indexes, in this order in each term's postings (tags are not used here).
FIELDS = ("title", "text")
# Pages tokenised together, whose new words are then asked of Node.js in one request: few
# requests, and the words of a few pages only in memory at a time.
PAGES_PER_BATCH = 100
# New terms put one by one in their place among the sorted ones, below this number; sorted with
# them above (a first build).
SORT_AGAIN_ABOVE = 1000
# Postings encoded at a time to count their size in JSON (a MB or two of numbers).
POSTINGS_PER_BLOCK = 1 << 16
# Above every count of a term in a document: the share of the counts in the numbers that
# SitePostings sorts (a larger count stops the build with an error).
COUNTS_BELOW = 1 << 20
# Digits of a number below each power of ten: the size of a posting in JSON, counted in bulk.
POWERS_OF_TEN = numpy.array([10 ** exponent for exponent in range(1, 19)], dtype=numpy.int64)


def page_source(docs: list[dict]) -> tuple:
    """What a page's counts and file depend on: a page whose source is unchanged is not counted again."""
    return tuple((doc["location"], doc.get("title"), doc.get("text"), doc.get("boost")) for doc in docs)


@dataclass(eq=False)
class PageTerms:
    """One page's documents (Material's entries, its sections), and the terms they hold: for each
    (term, field, document of the page), ``terms``, ``slots`` (``document × fields + field``) and
    ``counts``, ordered by term number, then slot."""

    path: str
    docs: list[dict]
    source: tuple
    terms: numpy.ndarray
    slots: numpy.ndarray
    counts: numpy.ndarray
    # The page's file (search/split/pages/N.json), once made: the same for the same source.
    content: bytes | None = None


class Vocabulary:
    """Every word seen → its number, and the number of its term (-1: none, a stop word), terms
    numbered as they come; kept between the rebuilds of ``mkdocs serve``, so that Node.js is asked
    only for the words an edit brings. Also keeps every term's place in the browser's order
    (UTF-16 code units)."""

    def __init__(self) -> None:
        """Empty: the first build asks Node.js for every word of the site."""
        # A new word gets the next number as the text is split (in C).
        self.word_numbers: defaultdict[str, int] = defaultdict(itertools.count().__next__)
        self.word_terms = array("i")  # the term of each word, by number, once asked
        self.terms: list[str] = []
        self.term_numbers: dict[str, int] = {}
        # The length of each term in JSON, and every term's number in the browser's order.
        self.json_lengths = array("q")
        self._sorted_keys: list[bytes] = []
        self._sorted_numbers: list[int] = []
        self._unsorted: list[int] = []

    def learn(self) -> None:
        """Ask Node.js, in one request, for the terms of the words numbered since the last request."""
        new = list(itertools.islice(reversed(self.word_numbers), len(self.word_numbers) - len(self.word_terms)))[::-1]
        if new:
            # The empty word (between two separators) has no term either.
            self.word_terms.extend(self._number(term) if term else -1 for term in terms_of(new))

    def _number(self, term: str) -> int:
        number = self.term_numbers.get(term)
        if number is None:
            number = self.term_numbers[term] = len(self.terms)
            self.terms.append(term)
            self.json_lengths.append(len(json.dumps(term, ensure_ascii=False)))
            self._unsorted.append(number)
        return number

    def in_browser_order(self) -> numpy.ndarray:
        """Every term's number, the terms in the browser's order: the new terms of an edit are
        put in their place, those of a first build sorted with the others."""
        if len(self._unsorted) > SORT_AGAIN_ABOVE:
            self._sorted_keys = sorted(term.encode("utf-16-be") for term in self.terms)
            self._sorted_numbers = [self.term_numbers[key.decode("utf-16-be")] for key in self._sorted_keys]
        else:
            for number in self._unsorted:
                key = self.terms[number].encode("utf-16-be")
                place = bisect.bisect(self._sorted_keys, key)
                self._sorted_keys.insert(place, key)
                self._sorted_numbers.insert(place, number)
        self._unsorted = []
        return numpy.array(self._sorted_numbers, dtype=numpy.int64)


def count_pages(pages: Iterable[tuple[str, list[dict]]], splitter: re.Pattern[str],
                vocabulary: Vocabulary) -> Iterator[PageTerms]:
    """Each page's terms counted, a batch of pages at a time."""
    batch: list[tuple[str, list[dict]]] = []
    for page in pages:
        batch.append(page)
        if len(batch) == PAGES_PER_BATCH:
            yield from _count_batch(batch, splitter, vocabulary)
            batch = []
    yield from _count_batch(batch, splitter, vocabulary)


def _count_batch(pages: list[tuple[str, list[dict]]], splitter: re.Pattern[str],
                 vocabulary: Vocabulary) -> Iterator[PageTerms]:
    word_number = vocabulary.word_numbers.__getitem__
    numbered = []
    for _, docs in pages:
        words = array("i")
        lengths = array("i")  # words per (document, field), documents in order, fields in FIELDS' order
        for doc in docs:
            for field in FIELDS:
                split = splitter.split((doc.get(field) or "").lower())
                words.extend(map(word_number, split))
                lengths.append(len(split))
        numbered.append((numpy.frombuffer(words, dtype=numpy.int32), numpy.frombuffer(lengths, dtype=numpy.int32)))
    vocabulary.learn()
    word_terms = numpy.array(vocabulary.word_terms, dtype=numpy.int32)
    for (path, docs), (words, lengths) in zip(pages, numbered):
        term_numbers = word_terms[words].astype(numpy.int64)
        slots = numpy.repeat(numpy.arange(len(lengths), dtype=numpy.int64), lengths)
        indexed = term_numbers >= 0
        keys, counts = numpy.unique(term_numbers[indexed] * len(lengths) + slots[indexed], return_counts=True)
        page_terms, page_slots = numpy.divmod(keys, len(lengths))
        yield PageTerms(path, docs, page_source(docs), page_terms.astype(numpy.int32), page_slots.astype(numpy.int32),
                        counts.astype(numpy.int32))


class SitePostings:
    """Every page's counts put together: the site's terms in the browser's order (``terms``:
    their numbers in the vocabulary), and for each term, field and document, how often, as one
    sorted array of numbers, ``((term number × fields + field) × documents + document) × COUNTS_BELOW
    + count``. Made as the pages are counted (``pages`` may be a generator, each page's arrays
    dropped once used: ``release``), sorted in place: a number a posting, nothing else the size
    of all postings (at 5,000 articles, millions of postings).

    ``encoded(first, end)``: the postings of the terms ``first`` to ``end`` (their places in
    ``terms``), as the split index writes them: for each term and field, ``[document, count, …]``,
    each document counted from the previous one (small numbers: fewer bytes)."""

    def __init__(self, pages: Iterable[PageTerms], documents: int, vocabulary: Vocabulary, *, release: bool) -> None:
        """Number the documents (``documents`` in all) page after page; sort; order the terms."""
        fields = len(FIELDS)
        self.documents = documents
        keys = array("q")
        present = numpy.zeros(0, dtype=bool)
        first_document = 0
        for page in pages:
            if len(vocabulary.terms) * fields * documents * COUNTS_BELOW >= 1 << 63 or (
                    len(page.counts) and page.counts.max() >= COUNTS_BELOW):
                raise OverflowError("index de recherche trop grand pour ses numéros de 64 bits")
            term_fields = page.terms.astype(numpy.int64) * fields + page.slots % fields
            page_keys = (term_fields * documents + page.slots // fields + first_document) * COUNTS_BELOW + page.counts
            keys.frombytes(page_keys.tobytes())
            if len(present) < len(vocabulary.terms):  # terms the page's batch brought
                present = numpy.concatenate([present, numpy.zeros(len(vocabulary.terms) - len(present), dtype=bool)])
            present[page.terms] = True
            first_document += len(page.docs)
            if release:
                page.terms = page.slots = page.counts = numpy.empty(0, dtype=numpy.int32)
        self.keys = numpy.frombuffer(keys, dtype=numpy.int64)
        self.keys.sort()
        order = vocabulary.in_browser_order()
        present = numpy.concatenate([present, numpy.zeros(len(vocabulary.terms) - len(present), dtype=bool)])
        self.terms = order[present[order]]
        # Where the postings of each (term number, field) start in ``keys``.
        term_fields = numpy.arange(len(vocabulary.terms) * fields + 1)
        self._bounds = self.keys.searchsorted(term_fields * documents * COUNTS_BELOW)

    def encoded(self, first: int, end: int) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The numbers of the terms ``first`` to ``end``, and where each (term, field) starts in them."""
        fields = len(FIELDS)
        field_starts = self._bounds[self.terms[first:end, None] * fields + numpy.arange(fields + 1)]
        term_starts, sizes = field_starts[:, 0], field_starts[:, -1] - field_starts[:, 0]
        keys = self.keys[numpy.arange(sizes.sum()) - numpy.repeat(numpy.cumsum(sizes) - sizes - term_starts, sizes)]
        term_fields, documents = numpy.divmod(keys // COUNTS_BELOW, self.documents)
        deltas = numpy.diff(documents, prepend=0)
        starts = numpy.flatnonzero(numpy.diff(term_fields, prepend=-1))
        deltas[starts] = documents[starts]
        encoded = numpy.empty(2 * len(keys), dtype=numpy.int64)
        encoded[0::2], encoded[1::2] = deltas, keys % COUNTS_BELOW
        bounds = numpy.concatenate([[0], numpy.cumsum(numpy.diff(field_starts, axis=1).ravel())])
        return encoded, 2 * bounds

    def json_lengths(self, vocabulary: Vocabulary) -> numpy.ndarray:
        """``len(json.dumps([term, postings…], separators=(",", ":")))`` for every term, counted
        in bulk, a block of terms at a time: brackets and commas, the term, its numbers' digits."""
        fields = len(FIELDS)
        sizes = self._bounds[self.terms * fields + fields] - self._bounds[self.terms * fields]
        term_starts = numpy.cumsum(sizes) - sizes
        block_starts = numpy.arange(0, len(self.keys), POSTINGS_PER_BLOCK)
        blocks = numpy.unique(term_starts.searchsorted(block_starts, "right") - 1)
        lengths = [numpy.empty(0, dtype=numpy.int64)]
        for first, end in zip(blocks, [*blocks[1:], len(self.terms)]):
            encoded, bounds = self.encoded(first, end)
            digit_sums = numpy.concatenate([[0], numpy.cumsum(numpy.searchsorted(POWERS_OF_TEN, encoded, "right") + 1)])
            numbers = numpy.diff(bounds)
            field_lengths = digit_sums[bounds[1:]] - digit_sums[bounds[:-1]] + numpy.maximum(numbers - 1, 0) + 2
            lengths.append(field_lengths.reshape(-1, fields).sum(axis=1))
        term_json = numpy.frombuffer(vocabulary.json_lengths, dtype=numpy.int64)[self.terms]
        return 2 + term_json + fields + numpy.concatenate(lengths)
