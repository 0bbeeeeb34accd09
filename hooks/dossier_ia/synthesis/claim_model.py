"""Whether a sentence states a benefit or a drawback of AI, learnt from the editor's sentences.

The rules of ``polarity`` find claims that carry an evaluative word; a plain statement ("Les
graphistes voient leurs commandes baisser") has none, and the cue words cannot list every way of
saying it. A small logistic regression, trained when the taxonomy is compiled, tells such a
statement from a filler, an announcement or a sentence about something else: its positive
examples are the themes' ``examples``, its negative ones the ``neutral_examples`` of the same
file, so the editor teaches it by adding sentences, never code. Its features are the sentence's
meaning (the centred mean of its words' vectors, ``semantic``) and a few signs the rules read
(evaluative weights, an ability, a figure). Written in numpy rather than with scikit-learn: a
few hundred sentences train in milliseconds, and a library of that size for one dot product
per sentence would cost more to import than the training does.
"""

from __future__ import annotations

import re

import numpy as np

from dossier_ia.french.lexicon import AI_WORDS, CAPABILITY
from dossier_ia.french.tokens import ParsedSentence, parse_sentence
from dossier_ia.synthesis.polarity import RuleVerdict, rule_polarity
from dossier_ia.synthesis.semantic import WordVectors

# Evaluative weights count up to this much: beyond, a sentence is no more a claim.
WEIGHT_CAP = 2.0
# The signs the rules read weigh as much as this many dimensions of meaning.
SIGN_SCALE = 1.0
# Gradient descent on the log-loss with an L2 penalty: few examples, many dimensions, so the
# penalty is strong; a fixed number of steps from zero keeps the model deterministic.
PENALTY = 0.002
STEPS = 400
LEARNING_RATE = 2.0
FIGURE = re.compile(r"\d")


class ClaimModel:
    """Weights of the logistic regression over ``features``; ``probability`` is one dot product."""

    def __init__(self, width: int, weights: np.ndarray, bias: float) -> None:
        """``width`` features, their ``weights`` and the ``bias``, as trained by ``train_claim_model``."""
        self.width = width
        self.weights = weights
        self.bias = bias

    def probability(self, sentence: ParsedSentence, verdict: RuleVerdict, meaning: np.ndarray | None) -> float:
        """How likely the sentence is to state a benefit or a drawback of AI (0 to 1), given its
        ``meaning`` (``sentence_meaning``)."""
        score = float(features(self.width, sentence, verdict, meaning) @ self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-score))


def train_claim_model(table: WordVectors, claims: list[str], others: list[str]) -> ClaimModel | None:
    """The model learnt from example claims and example non-claims; None without both."""
    if not claims or not others:
        return None
    rows = [
        features(table.width, sentence, rule_polarity(sentence, None), sentence_meaning(table, sentence))
        for sentence in map(parse_sentence, [*claims, *others])
    ]
    matrix = np.asarray(rows, dtype=np.float64)
    target = np.asarray([1.0] * len(claims) + [0.0] * len(others))
    # Each class weighs as much as the other, whatever the number of examples of each.
    balance = np.where(target == 1.0, 0.5 / len(claims), 0.5 / len(others))
    weights = np.zeros(matrix.shape[1])
    bias = 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(matrix @ weights + bias)))
        error = (predicted - target) * balance
        weights -= LEARNING_RATE * (matrix.T @ error + PENALTY * weights)
        bias -= LEARNING_RATE * float(error.sum())
    return ClaimModel(table.width, weights.astype(np.float32), bias)


def sentence_meaning(table: WordVectors, sentence: ParsedSentence) -> np.ndarray | None:
    """Centred mean of the sentence's content words' vectors, AI's own names left out: every
    article names AI, so they tell nothing of what a sentence says about it."""
    return table.centred_mean([token.word for token in sentence.content if token.word not in AI_WORDS])


def features(width: int, sentence: ParsedSentence, verdict: RuleVerdict, meaning: np.ndarray | None) -> np.ndarray:
    """The sentence's meaning and the signs the rules read, in one vector."""
    signs = (
        np.asarray(
            [
                min(verdict.positive, WEIGHT_CAP),
                min(verdict.negative, WEIGHT_CAP),
                float(bool(CAPABILITY.search(sentence.line))),
                float(FIGURE.search(sentence.line) is not None),
                float(meaning is not None),
            ],
            dtype=np.float32,
        )
        * SIGN_SCALE
    )
    return np.concatenate([meaning if meaning is not None else np.zeros(width, dtype=np.float32), signs])
