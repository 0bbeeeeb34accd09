"""What the site's search does to a word: Material's tokenizer, then folding and French stemming.

The search index is built here, at build time, from the text Material's search plugin collects
(``split_index.py``); the reader's browser only processes the words of the query
(``docs/assets/javascripts/search-worker.js``). Both sides must give every word the same term, or
a query misses pages: a browser test compares them on every word of the site.

A word is folded (``données`` → ``donnees``: readers often type without accents), then stemmed by
the Snowball French stemmer, the one lunr-languages ports to the browser (``biaisées`` →
``biais``). Stop words are lunr-languages' own list, read from the copy Material ships.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import snowballstemmer

from dossier_ia.french.text import fold_accents

# Folded, `-ée(s)` reads `-ee(s)`, which the stemmer cuts to `-e` (`biaisees` → `biaise`, while
# `biais` → `bi`): a final `e` goes too. A stem under three letters is too short a prefix for
# as-you-type search (`bi` would find `bien`): the folded word is kept. Same rules in the worker.
MIN_STEM_LENGTH = 3
FINAL_E = re.compile(r"(?<=...)e$")
# Material's tokenizer skips markup: text between tags is split on the configured separator.
TAG = re.compile(r"<[^>]*>")
LUNR_FRENCH = Path("templates/assets/javascripts/lunr/min/lunr.fr.min.js")
STOP_WORD_LIST = re.compile(r"\.fr\.stopWordFilter=\w+\.generateStopWordFilter\(\"([^\"]+)\"")
# Distinct words of a site: tens of thousands; each is stemmed once per build.
WORD_CACHE_SIZE = 1 << 18


def fold(text: str) -> str:
    """``"Données"`` → ``"donnees"``: what the search compares, whatever the reader typed."""
    return fold_accents(text).lower()


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def index_term(word: str) -> str:
    """One word → the term the index holds for it: folded, then stemmed (``biaisées`` → ``biais``)."""
    folded = fold(word)
    stemmed = FINAL_E.sub("", _stemmer().stemWord(folded))
    if len(stemmed) < MIN_STEM_LENGTH and len(stemmed) < len(folded):
        return FINAL_E.sub("", folded)
    return stemmed


def is_stop_word(word: str) -> bool:
    """lunr-languages' test, on the word as typed (lower case, accents kept: ``été``, ``à``)."""
    return word.lower() in french_stop_words()


def word_splitter(separator: str) -> re.Pattern[str]:
    """Material's tokenizer as one pattern: words lie between tags and matches of the separator."""
    return re.compile(f"{TAG.pattern}|{separator}")


def tokenize(text: str, separator: str | re.Pattern[str]) -> list[str]:
    """Material's tokenizer: markup dropped, text split on the configured separator, lower case."""
    splitter = separator if isinstance(separator, re.Pattern) else word_splitter(separator)
    return [word for word in splitter.split(text.lower()) if word]


def index_terms(text: str, separator: str | re.Pattern[str]) -> list[str]:
    """Every term the index holds for a field's text, in order (stop words left out)."""
    return [term for word in tokenize(text, separator) if (term := term_of(word)) is not None]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def term_of(word: str) -> str | None:
    """A word as Material's tokenizer gives it (lower case) → its term, or None for a stop word."""
    return None if word in french_stop_words() else index_term(word)


@functools.cache
def french_stop_words() -> frozenset[str]:
    """lunr-languages' French stop words, from Material's copy of ``lunr.fr.min.js``."""
    import material

    path = Path(material.__file__).parent / LUNR_FRENCH
    found = STOP_WORD_LIST.search(path.read_text(encoding="utf-8"))
    if found is None:
        raise RuntimeError(f"French stop words not found in {path}: has lunr-languages changed?")
    return frozenset(found[1].split())


@functools.cache
def _stemmer() -> snowballstemmer.basestemmer.BaseStemmer:
    return snowballstemmer.stemmer("french")
