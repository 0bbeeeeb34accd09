"""Whether a sentence states a benefit, a drawback of AI, or neither, and which theme it
discusses: learnt from the editor's sentences.

The rules of ``polarity`` find claims that carry an evaluative word; a plain statement ("Les
graphistes voient leurs commandes baisser") has none, and the cue words cannot list every way of
saying it. A small logistic regression over three classes (no claim, benefit, drawback), trained
when the taxonomy is compiled, tells such a statement from a filler, an announcement or a
sentence about something else, and says which side it takes; a second one, over the themes,
says which theme a claim discusses when its words name none. Both learn from sentences the
editor labels (``labelled``: the file of annotated sentences; the themes' ``examples`` and
``more_examples``; the ``neutral_examples``), so the editor teaches them by adding sentences,
never code.

Their features are:

- the sentence's meaning (the centred mean of its words' vectors, ``semantic``), which carries
  the subject;
- the lemmas of all its words and their pairs ("ne pouvoir", "pouvoir remplacer"), which carry
  how the sentence is built: a negation, an ability, a conditional, an announcement;
- a few signs the rules read (evaluative weights, an ability, a figure, a closing colon).

Written in numpy and scipy (its sparse products and its L-BFGS) rather than with scikit-learn: a
library of that size for one dot product per sentence would cost more to import than the
training does.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from math import exp, sqrt
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from threadpoolctl import threadpool_limits

from dossier_ia.french.lexicon import AI_WORDS, CAPABILITY
from dossier_ia.french.tokens import ParsedSentence, parse_sentence, word_lemma
from dossier_ia.parallel import map_on_every_core
from dossier_ia.synthesis.polarity import RuleVerdict, rule_polarity
from dossier_ia.synthesis.semantic import WordVectors
from dossier_ia.synthesis.themes import Polarity

if TYPE_CHECKING:
    from scipy import sparse

# The classes, in the order of the model's outputs: no claim first.
CLAIM_CLASSES: tuple[Polarity | None, ...] = (None, Polarity.PRO, Polarity.CON)
# Evaluative weights count up to this much: beyond, a sentence is no more a claim.
WEIGHT_CAP = 2.0
# A term (a lemma or a pair of lemmas) is a feature when this many training sentences have it:
# one sentence's words would only teach the model that sentence.
MIN_TERM_SENTENCES = 2
# The L2 penalty on the weights, for a log-loss averaged over the sentences (each class weighing
# the same). Both models are trained close to the minimum (``_minimised_log_loss``): 60 steps of
# gradient descent from zero, as before, left them far from it, and a model far from its minimum
# tells claims from other sentences less well. On the sentences of the labelled real pages, the
# claim model's area under the ROC curve went from 0.76–0.78 to 0.77–0.79, on the written articles
# from 0.86 to 0.91. A smaller penalty fits the editor's sentences better still, and the real pages
# worse.
PENALTY = 2e-4
# L-BFGS iterations for the claim model: enough that one sentence the editor adds moves only the
# verdicts it should. Short of its minimum, the model's every weight depends on where the steps
# stopped: with 60 iterations, one sentence added to the annotated file changed 37 quotes of the
# labelled pages and articles, with 120 five, as many as with 250 (it converges at about 250).
CLAIM_ITERATIONS = 120
# The steps L-BFGS remembers to estimate the curvature: scipy's default of 10 made its own work
# longer than the model's at 400,000 weights (the theme model), for the same verdicts.
REMEMBERED_STEPS = 3
FIGURE = re.compile(r"\d")
START, END = "<", ">"


class SentenceFeatures(NamedTuple):
    """What the models read of a sentence (``sentence_features``): computed once, read by both."""

    dense: np.ndarray
    terms: list[str]


class LinearModel:
    """Weights of a logistic regression over ``SentenceFeatures`` and its ``classes``:
    ``probabilities`` is one sum of weights per class."""

    def __init__(self, classes: tuple, terms: dict[str, int], weights: np.ndarray, bias: np.ndarray) -> None:
        """The ``classes`` in the order of the outputs, the ``terms`` known (term → row of
        ``weights`` after the dense rows) and the ``bias`` per class, as ``train_model`` learns them."""
        self.classes = classes
        self.terms = terms
        self.weights = weights
        self.bias = bias
        self.width = weights.shape[0] - len(terms)
        self._dense, self._terms = weights[: self.width], weights[self.width :]

    def probabilities(self, features: SentenceFeatures) -> list[float]:
        """The probability of each class, in the order of ``classes``. Every sentence of every
        article may be read: the scores of a few classes are summed with numpy, the softmax taken
        on Python floats, which costs less than numpy's calls on arrays of three."""
        rows = [index for index in map(self.terms.get, features.terms) if index is not None]
        scores = features.dense @ self._dense + self.bias
        if rows:
            scores += self._terms.take(rows, axis=0).sum(axis=0) / sqrt(len(rows))
        values = scores.tolist()
        top = max(values)
        exponentials = [exp(value - top) for value in values]
        total = sum(exponentials)
        return [value / total for value in exponentials]


def train_claim_model(
    table: WordVectors, labelled: Sequence[tuple[str, Polarity | None]], known: TrainingFeatures | None = None,
) -> LinearModel | None:
    """The claim model (classes ``CLAIM_CLASSES``) learnt from sentences and their class (a
    polarity, or None for no claim); None unless both claims and non-claims are given."""
    sides = {polarity for _, polarity in labelled}
    if None not in sides or len(sides) < 2:
        return None
    return train_model(table, labelled, CLAIM_CLASSES, known, CLAIM_ITERATIONS)


def models_to_bytes(models: Sequence[LinearModel | None]) -> bytes:
    """The trained models as one ``.npz`` file (``DiskCache``): their terms, weights and biases;
    the classes are the caller's to give back (``models_from_bytes``)."""
    arrays = {}
    for index, model in enumerate(models):
        if model is not None:
            arrays[f"terms{index}"] = np.asarray(sorted(model.terms, key=model.terms.__getitem__), dtype=str)
            arrays[f"weights{index}"], arrays[f"bias{index}"] = model.weights, model.bias
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def models_from_bytes(data: bytes, classes: Sequence[tuple]) -> list[LinearModel | None]:
    """The models ``models_to_bytes`` stored, each with its ``classes`` (None where none was)."""
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        return [
            LinearModel(
                labels,
                {term: row for row, term in enumerate(arrays[f"terms{index}"].tolist())},
                arrays[f"weights{index}"],
                arrays[f"bias{index}"],
            )
            if f"weights{index}" in arrays
            else None
            for index, labels in enumerate(classes)
        ]


class TrainingFeatures(dict):
    """Text → its ``SentenceFeatures``, read once although both models learn from most sentences."""

    def __init__(self, table: WordVectors) -> None:
        """Features are read with ``table``'s vectors."""
        super().__init__()
        self.table = table

    def __missing__(self, text: str) -> SentenceFeatures:
        """Read on first request, then remembered."""
        self[text] = features = self._read(text)
        return features

    def read_all(self, texts: Iterable[str]) -> None:
        """Reads at once the features of the ``texts`` not read yet, over every core: a first
        build trains on thousands of sentences while the other cores would wait."""
        missing = sorted(set(texts).difference(self))
        self.update(zip(missing, map_on_every_core(self._read, missing)))

    def _read(self, text: str) -> SentenceFeatures:
        sentence = parse_sentence(text)
        meaning = sentence_meaning(self.table, sentence)
        return sentence_features(self.table, sentence, rule_polarity(sentence, None), meaning)


def train_model(
    table: WordVectors, labelled: Sequence[tuple[str, object]], classes: tuple, known: TrainingFeatures | None,
    iterations: int,
) -> LinearModel:
    """A logistic regression over ``classes`` learnt from sentences and their class (one of
    ``classes``) in so many ``iterations`` of L-BFGS; ``known`` holds features already read."""
    known = TrainingFeatures(table) if known is None else known
    features = [known[text] for text, _ in labelled]
    term_sets = [sorted(set(item.terms)) for item in features]
    counts = Counter(term for terms in term_sets for term in terms)
    kept = sorted(term for term, count in counts.items() if count >= MIN_TERM_SENTENCES)
    terms = {term: index for index, term in enumerate(kept)}
    dense = np.asarray([item.dense for item in features], dtype=np.float32)
    matrix = term_matrix([[terms[term] for term in row if term in terms] for row in term_sets], len(terms))
    target = np.zeros((len(labelled), len(classes)), dtype=np.float32)
    target[np.arange(len(labelled)), [classes.index(label) for _, label in labelled]] = 1.0
    # Each class weighs as much as the others, whatever the number of its examples.
    present = target.sum(axis=0)
    # A Python float keeps it in float32 like the features: numpy's int64 count would make it, and
    # every step's error, float64, and convert the features at each step.
    balance = (target / np.maximum(present, 1.0)).sum(axis=1, keepdims=True) / float(np.count_nonzero(present))
    weights = _minimised_log_loss(dense, matrix, target, balance, iterations).astype(np.float32)
    return LinearModel(classes, terms, weights[:-1], weights[-1])


def _minimised_log_loss(dense: np.ndarray, matrix: sparse.csr_array, target: np.ndarray,
                        balance: np.ndarray, iterations: int) -> np.ndarray:
    """The weights (dense rows, term rows, then the bias as the last row) that minimise the
    balanced log-loss with an L2 penalty (not on the bias), by so many ``iterations`` of scipy's
    L-BFGS (``PENALTY``). L-BFGS works in float64; the products with the features are made in
    float32, like the features: half the time. scipy is imported here, like in ``term_matrix``."""
    from scipy.optimize import minimize

    width, classes = dense.shape[1], target.shape[1]
    transposed = matrix.T.tocsr()
    shape = (width + matrix.shape[1] + 1, classes)

    def loss_and_gradient(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights = flat.reshape(shape).astype(np.float32)
        dense_weights, term_weights, bias = weights[:width], weights[width:-1], weights[-1]
        scores = dense @ dense_weights + matrix @ term_weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        log_sums = np.log(np.exp(scores).sum(axis=1, keepdims=True))
        loss = float(-(balance * target * (scores - log_sums)).sum())
        error = (np.exp(scores - log_sums) - target) * balance
        penalised = weights[:-1]
        gradient = np.vstack([dense.T @ error, transposed @ error, error.sum(axis=0, keepdims=True)])
        gradient[:-1] += PENALTY * penalised
        return loss + 0.5 * PENALTY * float((penalised * penalised).sum()), gradient.ravel().astype(np.float64)

    # scipy's own BLAS, loaded with the optimiser, keeps to one thread like numpy's (``semantic``):
    # the two models train at once in two processes, and more threads made each three times slower.
    with threadpool_limits(limits=1, user_api="blas"):
        result = minimize(loss_and_gradient, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B",
                          options={"maxiter": iterations, "maxcor": REMEMBERED_STEPS})
    return result.x.reshape(shape)


def term_matrix(rows: list[list[int]], width: int) -> sparse.csr_array:
    """Which terms each training sentence has (``rows``: their indexes among ``width`` terms),
    each weighing 1 / sqrt(their number), as a sparse matrix: a sentence has some thirty of the
    20,000 terms. scipy is imported here, not with the module: only a build that trains the models
    needs it, and every other build (the models kept on disk) would pay its 0.12 s of import."""
    from scipy import sparse

    lengths = np.asarray([len(row) for row in rows], dtype=np.int64)
    scale = (1.0 / np.sqrt(np.maximum(lengths, 1))).astype(np.float32)
    columns = np.fromiter((index for row in rows for index in row), dtype=np.int64, count=int(lengths.sum()))
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    return sparse.csr_array((np.repeat(scale, lengths), columns, offsets), shape=(len(rows), width))


def sentence_meaning(table: WordVectors, sentence: ParsedSentence) -> np.ndarray | None:
    """Centred mean of the sentence's content words' vectors, AI's own names left out: every
    article names AI, so they tell nothing of what a sentence says about it."""
    return table.centred_mean(meaning_words(sentence))


def meaning_words(sentence: ParsedSentence) -> list[str]:
    """The sentence's content words, AI's own names left out: what its meaning is made of."""
    return [token.word for token in sentence.content if token.word not in AI_WORDS]


def sentence_features(
    table: WordVectors, sentence: ParsedSentence, verdict: RuleVerdict, meaning: np.ndarray | None,
) -> SentenceFeatures:
    """The sentence's ``meaning`` (``sentence_meaning``), the signs the rules read (its evaluative
    weight on each side, an ability, a figure, whether its words have vectors, a closing colon) and
    its terms (``sentence_terms``)."""
    signs = np.asarray(
        [
            min(verdict.positive, WEIGHT_CAP),
            min(verdict.negative, WEIGHT_CAP),
            float(bool(CAPABILITY.search(sentence.line))),
            float(FIGURE.search(sentence.line) is not None),
            float(meaning is not None),
            float(sentence.line.rstrip().endswith(":")),
        ],
        dtype=np.float32,
    )
    dense = np.concatenate([meaning if meaning is not None else np.zeros(table.width, dtype=np.float32), signs])
    return SentenceFeatures(dense, sentence_terms(sentence))


def sentence_terms(sentence: ParsedSentence) -> list[str]:
    """The lemmas of all the sentence's words, and each pair of neighbours (with its start and
    end): function words matter here, "ne … pas", "peut", "plus", "sans" change what is said."""
    lemmas = [START, *map(word_lemma, sentence.words), END]
    return [*lemmas[1:-1], *(f"{first} {second}" for first, second in zip(lemmas, lemmas[1:]))]

