"""The editor's themes compiled once per taxonomy: cue phrases indexed for matching, the words
of each theme placed in the space of meaning, and the learnt models (``claim_model``): the claim
model, from the editor's annotated sentences, the themes' examples and the neutral examples; the
theme model, from the examples, the more examples and the annotated claims. Both are kept between
builds when a cache is given (``learnt_models``).

The words of a theme make two spaces of meaning. Its title, summary, description, examples and
cues decide whether a sentence speaks of the theme at all (a claim or not); its more examples
widen them only to choose, among the themes of a claim's side, the one it discusses. Widened words
raise every sentence's relevance a little, which would let plain statements pass as claims.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import simplemma

from dossier_ia.cache import DiskCache
from dossier_ia.french.lexicon import AI_WORDS, CAPABILITY_WORDS
from dossier_ia.french.tokens import (
    Token,
    chunk_words,
    lemma_set,
    match_phrases,
    parse_sentence,
    phrase_index,
    phrase_keys,
)
from dossier_ia.parallel import start_in_other_processes
from dossier_ia.synthesis.claim_model import (
    CLAIM_CLASSES,
    LinearModel,
    TrainingFeatures,
    models_from_bytes,
    models_to_bytes,
    sentence_meaning,
    train_claim_model,
    train_model,
)
from dossier_ia.synthesis.evaluative import changing_lemmas, evaluative_lemmas, inflected_forms
from dossier_ia.synthesis.semantic import ThemeSpace, WordVectors, load_word_vectors, vectors_version
from dossier_ia.synthesis.themes import Polarity, Taxonomy, Theme

CUE_GAP = 1
# Two words closer than this (cosine of their vectors) are taken as one meaning.
SIMILAR_WORDS = 0.7
# Trained models kept in the cache (``learnt_models``): those of the editor's data and code in use
# and of the two before (a change undone, or a build still running with them).
MODEL_GENERATIONS = 3
# L-BFGS iterations for the theme model, whose 400,000 weights (twenty themes) cost twice as much
# per step as the claim model's (``claim_model.CLAIM_ITERATIONS``): it only confirms the theme the
# words come closest to (``claims._confirmed_theme``), and 35 steps give the same verdicts as 60,
# give or take a quote per set.
THEME_ITERATIONS = 35


class Relevance(dict):
    """Chunk → whether any of its words is evaluative, an ability or starts a cue; filled on
    demand, since a collection reuses a small vocabulary of chunks ("l’IA", "données,")."""

    def __init__(self, lemmas: frozenset[str], keys: frozenset[str]) -> None:
        """``lemmas`` evaluative words, abilities and words of change, ``keys`` the first keys of
        the cues."""
        super().__init__()
        self.lemmas, self.keys = lemmas, keys

    def __missing__(self, chunk: str) -> bool:
        """Looked up once per distinct chunk, then remembered."""
        forms = inflected_forms()
        relevant = any(
            token.lemma in self.lemmas or token.key in self.keys or token.word in forms for token in chunk_words(chunk)
        )
        self[chunk] = relevant
        return relevant


class ExampleSpace:
    """The meaning of every example sentence the editor wrote, by theme: a claim phrased in words
    of its own is closest to the examples of the theme it discusses, whole sentences compared
    rather than word by word."""

    def __init__(self, meanings: np.ndarray, owners: list[int], size: int) -> None:
        """``meanings`` one row per example, grouped by theme; ``owners`` the theme index of each."""
        self.meanings = meanings
        self.size = size
        self.described = np.asarray(sorted(set(owners)), dtype=np.int64)
        self.starts = np.asarray([owners.index(theme) for theme in self.described], dtype=np.int64)

    def similarities(self, meaning: np.ndarray) -> np.ndarray:
        """Per theme (taxonomy order), the similarity of ``meaning`` to its closest example; -1
        for a theme without examples."""
        best = np.full(self.size, -1.0, dtype=np.float32)
        best[self.described] = np.maximum.reduceat(self.meanings @ meaning, self.starts)
        return best


def example_space(table: WordVectors, taxonomy: Taxonomy) -> ExampleSpace | None:
    """The examples' meanings (``sentence_meaning``), None when no theme has an example."""
    meanings, owners = [], []
    for index, theme in enumerate(taxonomy.themes):
        for example in theme.examples:
            meaning = sentence_meaning(table, parse_sentence(example))
            if meaning is not None:
                meanings.append(meaning)
                owners.append(index)
    if not meanings:
        return None
    return ExampleSpace(np.asarray(meanings, dtype=np.float32), owners, len(taxonomy.themes))


@dataclass(frozen=True)
class CompiledTaxonomy:
    """Cue phrases indexed by their first key, the themes' spaces of meaning (None without the word
    vectors): ``space`` for whether a sentence is a claim, ``choice_space`` (more examples' words
    too) for which theme a claim goes under; and what headings, labels and list introductions
    announce, memoised."""

    cues: dict[str, list[tuple[tuple[str, ...], object]]]
    theme_ids: tuple[str, ...]
    polarities: dict[str, Polarity]
    space: ThemeSpace | None
    choice_space: ThemeSpace | None
    relevant: Relevance
    claim_model: LinearModel | None = None
    theme_model: LinearModel | None = None
    examples: ExampleSpace | None = None
    by_polarity: dict[Polarity, list[int]] = field(default_factory=dict)
    named: dict[str, tuple[Polarity | None, frozenset[str], bool, bool]] = field(default_factory=dict)

    def indices_of(self, polarity: Polarity) -> list[int]:
        """Positions in ``theme_ids`` of the themes of one polarity; memoised."""
        if polarity not in self.by_polarity:
            self.by_polarity[polarity] = [
                index for index, theme_id in enumerate(self.theme_ids) if self.polarities[theme_id] is polarity
            ]
        return self.by_polarity[polarity]


_compiled_taxonomies: dict[str, CompiledTaxonomy] = {}


def compile_taxonomy(taxonomy: Taxonomy, models: DiskCache | None = None) -> CompiledTaxonomy:
    """The taxonomy compiled once per fingerprint (the last one only is kept); its learnt models
    are kept in ``models`` between builds, when given."""
    fingerprint = taxonomy.fingerprint
    if fingerprint not in _compiled_taxonomies:
        entries = [(phrase_keys(cue), theme.id) for theme in taxonomy.themes for cue in theme.cues]
        _compiled_taxonomies.clear()
        cues = phrase_index([(keys, value) for keys, value in entries if keys])
        table = load_word_vectors()
        space = choice_space = None
        if table:
            words = [theme_words(theme) for theme in taxonomy.themes]
            space = ThemeSpace(table, words, SIMILAR_WORDS)
            wider = [own + content_words(theme.more_examples) for own, theme in zip(words, taxonomy.themes)]
            choice_space = ThemeSpace(table, wider, SIMILAR_WORDS) if wider != words else space
        theme_ids = tuple(theme.id for theme in taxonomy.themes)
        relevant = Relevance(evaluative_lemmas() | lemma_set(CAPABILITY_WORDS) | changing_lemmas(), frozenset(cues))
        polarities = {theme.id: theme.polarity for theme in taxonomy.themes}
        claim_model, theme_model = learnt_models(table, taxonomy, models) if table else (None, None)
        examples_space = example_space(table, taxonomy) if table else None
        _compiled_taxonomies[fingerprint] = CompiledTaxonomy(
            cues, theme_ids, polarities, space, choice_space, relevant, claim_model, theme_model, examples_space,
        )
    return _compiled_taxonomies[fingerprint]


def learnt_models(
    table: WordVectors, taxonomy: Taxonomy, models: DiskCache | None,
) -> tuple[LinearModel | None, LinearModel | None]:
    """The claim model and the theme model, trained on the editor's sentences, or read from
    ``models`` when a build already trained them on the same sentences with the same code:
    reading the 7,500 sentences and training both models at once take about 2.1 s on two cores,
    reading the weights back 20 ms."""
    theme_ids = tuple(theme.id for theme in taxonomy.themes)

    def train() -> tuple[LinearModel | None, LinearModel | None]:
        claimed, themed = claim_training(taxonomy), theme_training(taxonomy)
        known = TrainingFeatures(table)
        known.read_all(text for text, _ in (*claimed, *themed))
        # Each model trains in a process of its own, at once: the optimiser (scipy.optimize, 27 MB)
        # is then never loaded into the build's process, which keeps its memory for the site.
        claim_model, theme_model = start_in_other_processes(
            lambda: train_claim_model(table, claimed, known),
            lambda: train_theme_model(table, theme_ids, themed, known),
        )()
        return claim_model, theme_model

    if models is None:
        return train()
    key = f"{taxonomy.fingerprint} {model_code_digest()}"
    claim_model, theme_model = models_from_bytes(
        models.get(key, lambda: models_to_bytes(train())), (CLAIM_CLASSES, theme_ids)
    )
    models.keep_recent(key, MODEL_GENERATIONS)
    return claim_model, theme_model


@lru_cache(maxsize=1)
def model_code_digest() -> str:
    """What the learnt models depend on besides the editor's sentences: the code that reads a
    sentence into features (this package and ``french``), the lemmatiser's and the word vectors'
    versions. A change to any of them trains the models again."""
    digest = hashlib.sha256()
    for folder in (Path(__file__).parent, Path(__file__).parent.parent / "french"):
        for source in sorted(folder.glob("*.py")):
            digest.update(source.read_bytes())
    digest.update(f"{simplemma.__version__} {vectors_version()}".encode())
    return digest.hexdigest()[:16]


def claim_training(taxonomy: Taxonomy) -> list[tuple[str, Polarity | None]]:
    """What the claim model learns from: the themes' examples with their side, the neutral
    examples (no claim), and the annotated sentences with their verdict."""
    labelled = [(example, theme.polarity) for theme in taxonomy.themes for example in theme.examples]
    labelled += [(example, None) for example in taxonomy.neutral_examples]
    return labelled + [(sentence.text, sentence.polarity) for sentence in taxonomy.labelled]


def theme_training(taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """What the theme model learns from: every example of the themes, and the annotated claims
    with a theme, each with its theme's id."""
    labelled = [(example, theme.id) for theme in taxonomy.themes for example in (*theme.examples, *theme.more_examples)]
    return labelled + [(sentence.text, sentence.theme) for sentence in taxonomy.labelled if sentence.theme]


def train_theme_model(
    table: WordVectors, theme_ids: tuple[str, ...], labelled: list[tuple[str, str]], known: TrainingFeatures,
) -> LinearModel | None:
    """Which theme a claim discusses, learnt from the sentences ``theme_training`` gives; None
    unless two themes at least have sentences."""
    if len({theme_id for _, theme_id in labelled}) < 2:
        return None
    return train_model(table, labelled, theme_ids, known, THEME_ITERATIONS)


def theme_words(theme: Theme) -> list[str]:
    """The content words the editor used to describe a theme, its more examples left out."""
    return content_words((theme.title, theme.summary, theme.description, *theme.examples, *theme.cues))


def content_words(texts: Iterable[str]) -> list[str]:
    """The content words of the texts, AI's own names left out: they are in every theme's
    sentences alike."""
    return [token.word for text in texts for token in parse_sentence(text).content if token.word not in AI_WORDS]


def cue_themes(content: list[Token], compiled: CompiledTaxonomy) -> set[str]:
    """The themes whose cues the content words contain (one word may come in between)."""
    keys = [token.key for token in content]
    return {hit.value for hit in match_phrases(keys, compiled.cues, max_gap=CUE_GAP, overlapping=True)}

