"""French search text: what the site's search does to a word, in Python.

Readers search with Material's lunr search, which indexes ``search/search_index.json`` in the
browser, in a Web Worker. ``docs/assets/javascripts/search-worker.js`` makes it French there:
every index token and every query word is folded (``données`` → ``donnees``), then stemmed by
lunr-languages' French stemmer, so accents, elisions and inflections meet on one index term.
This module is the same model in Python, for the tests and scripts that rebuild the index as the
browser does (``tests/test_search_index.py``); the browser tests check that both give the same
terms, word by word, on the whole site.

Nothing here runs during the build, on purpose: Material writes the raw text, which the results
show; folding it in the JSON would show readers « donnees », and a folded copy would double it.
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
WORD = re.compile(r"[^\W_]+")
TAG = re.compile(r"<[^>]*>")
# The French stop words are lunr-languages' own, read from the file Material ships and the
# browser loads, so the two lists cannot drift apart.
LUNR_FRENCH = Path("templates/assets/javascripts/lunr/min/lunr.fr.min.js")
STOP_WORD_LIST = re.compile(r"\.fr\.stopWordFilter=\w+\.generateStopWordFilter\(\"([^\"]+)\"")


def fold(text: str) -> str:
    """``"Données"`` → ``"donnees"``: what the search compares, whatever the reader typed."""
    return fold_accents(text).lower()


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


def tokenize(text: str, separator: str) -> list[str]:
    """Material's tokenizer: markup dropped, text split on the configured separator, lower case."""
    pattern = re.compile(separator)
    return [
        word.lower()
        for section in TAG.split(text)
        for word in pattern.split(section)
        if word
    ]


def index_terms(text: str, separator: str) -> list[str]:
    """Every term the browser indexes for a field's text, in order (stop words left out)."""
    return [index_term(word) for word in tokenize(text, separator) if not is_stop_word(word)]


def rewrite_query(query: str) -> str:
    """The reader's query → the one Material runs (it then appends ``*`` to each term).

    Words are stemmed (``personnaliser`` finds ``personnalisation``) and French stop words
    dropped, elided ones too (``l'IA`` → ``ia``): Material's prefix ``l*`` would match half the
    index. A query of stop words only is left to Material's plain prefix search.
    """
    kept = {word for word in WORD.findall(query) if not is_stop_word(word)}
    if not kept:
        return fold(query)
    return WORD.sub(lambda match: index_term(match[0]) if match[0] in kept else "", query)


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
