"""Claims no theme covers → emerging subjects: groups of claims on one subject, proposed to the
editor as candidate themes and shown on the synthesis page grouped by subject.

Grouping is one pass in reading order (leader clustering): each claim joins the closest group of
its polarity that names one of its nouns, if its meaning is close enough to the group's, or opens
a new group. Without the shared noun, a group's mean drifts towards the average sentence as it
grows and swallows every claim of its side: on real pages, one group took 32 claims of 20
articles, and nothing was left to be a subject. A claim is compared with the groups, never with
the other claims, and the number of groups is bounded, so the cost stays linear in the number of
claims. A claim's meaning is the vector of its words without AI's own names nor evaluative words
("risque", "avantage"), which say that it is a claim but not what about: a claim made of those
alone joins no group.

A group is a subject only when it is coherent. Once every claim has joined, a claim leaves its
group if it has drifted away from the group's final mean (the mean moves as claims join) or names
none of the nouns (lemmas) most of the group's claims name; what remains must be several
sentences from several articles. Otherwise the claims stay unthemed, for the editor's report: a
subject named after one quote's word, holding sentences on other things, would mislead the reader
more than no subject. Sentence vectors alone do not tell subjects apart well (two long sentences
on different things often come close), hence the shared nouns: words after a determiner (« les
hallucinations », « la visibilité »), since a shared verb or adjective (« permet », « humaine »)
names no subject. The suggested title is made of those shared nouns; the id is derived from it,
so both change when the articles do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from dossier_ia.french.lexicon import AI_WORDS
from dossier_ia.french.text import capitalised, slugify
from dossier_ia.french.tokens import names_noun, parse_sentence
from dossier_ia.synthesis.evaluative import evaluative_lemmas
from dossier_ia.synthesis.model import Claim, Quote, ThemeSupport
from dossier_ia.synthesis.semantic import MISSING, WordVectors, load_word_vectors
from dossier_ia.synthesis.themes import Polarity, Theme

# Cosine between a claim and a group's mean from which the claim joins the group.
SAME_SUBJECT = 0.5
# Words among the most frequent of the table ("souvent", "encore", "mais") say nothing of a subject.
COMMON_ROWS = 1000
# Cosine between each of a group's claims and the group's final mean for the group to be one subject.
COHERENT = 0.45
# A group becomes an emerging subject from this many different sentences, from this many articles.
MIN_CLAIMS = 2
MIN_ARTICLES = 2
MAX_GROUPS = 300
MEANING_CACHE_SIZE = 100_000
TITLE_WORDS = 2
# A word the group's claims share must be in more than this share of them (most of them).
SHARED_WORD_SHARE = 0.5
ID_PREFIX = "sujet-"
PROPOSED_SUMMARY = (
    "Sujet repéré automatiquement parmi les points qu’aucun thème de la synthèse ne couvre encore ; "
    "son titre est proposé d’après les phrases citées."
)


class _Word(NamedTuple):
    """A subject word of a claim: its lemma, which claims share ("données", "donnée"), its form in
    the claim, which a title shows, and whether the claim names it as a noun (after a determiner)."""

    lemma: str
    word: str
    noun: bool


@dataclass
class _Group:
    polarity: Polarity
    claims: list[Claim] = field(default_factory=list)
    words: list[tuple[_Word, ...]] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)
    total: np.ndarray | None = None
    nouns: set[str] = field(default_factory=set)

    def add(self, claim: Claim, words: tuple[_Word, ...], vector: np.ndarray) -> None:
        self.claims.append(claim)
        self.words.append(words)
        self.vectors.append(vector)
        self.total = vector.copy() if self.total is None else self.total + vector
        self.nouns.update(_nouns(words))

    def coherent(self) -> _Group:
        """The group without the claims far from its final mean, nor those that use none of the
        nouns most of its claims name (each claim against one mean and one set of words: linear
        in the group's size)."""
        mean = self.total / np.linalg.norm(self.total)
        shared = set(_shared_lemmas(self))
        kept = _Group(self.polarity)
        for claim, words, vector in zip(self.claims, self.words, self.vectors):
            if float(vector @ mean) >= COHERENT and any(word.lemma in shared for word in words):
                kept.add(claim, words, vector)
        return kept

    def is_subject(self) -> bool:
        """Whether the group holds enough claims, from several articles, sharing a word: one
        sentence copied from article to article is one claim, not a subject."""
        articles = {claim.article for claim in self.claims}
        sentences = {claim.text for claim in self.claims}
        return len(sentences) >= MIN_CLAIMS and len(articles) >= MIN_ARTICLES and bool(_shared_words(self))


def emerging_topics(
    claims: tuple[Claim, ...], theme_titles: tuple[str, ...] = (),
) -> tuple[tuple[ThemeSupport, ...], tuple[Claim, ...]]:
    """Emerging subjects (most claims first) and the claims left in none, in reading order. Only
    a claim the claim model is ``sure`` of joins a subject: quoted there, nothing but its own words
    vouches for it (the others stay for the editor's report). A group whose shared nouns all name
    one of the ``theme_titles`` is no new subject: on real pages, such groups (« Contenus »,
    « Humain », « Complexité ») held claims the themes' own subjects cover, under a title that
    repeats a theme's."""
    table = load_word_vectors()
    if table is None:
        return (), claims
    groups: list[_Group] = []
    for claim in (claim for claim in claims if claim.sure):
        words, vector = _meaning(claim.text)
        if vector is None:
            continue
        group = _closest(groups, claim.polarity, vector, _nouns(words))
        if group is None and len(groups) < MAX_GROUPS:
            group = _Group(claim.polarity)
            groups.append(group)
        if group is not None:
            group.add(claim, words, vector)
    known = _title_lemmas(theme_titles)
    kept = [
        coherent for coherent in (group.coherent() for group in groups)
        if coherent.is_subject() and not set(_shared_lemmas(coherent)) <= known
    ]
    grouped = {id(claim) for group in kept for claim in group.claims}
    supports = _supports(kept, table)
    return supports, tuple(claim for claim in claims if id(claim) not in grouped)


@lru_cache(maxsize=1)
def _title_lemmas(titles: tuple[str, ...]) -> frozenset[str]:
    """The lemmas of the content words of the themes' titles."""
    return frozenset(token.lemma for title in titles for token in parse_sentence(title).content)


# The same claims come back at every rebuild of ``mkdocs serve``: each is read once.
@lru_cache(maxsize=MEANING_CACHE_SIZE)
def _meaning(text: str) -> tuple[tuple[_Word, ...], np.ndarray | None]:
    """A claim's subject words and their centred unit vector (None when it has no such word)."""
    table = load_word_vectors()
    words = tuple(_subject_words(text))
    vector = table.mean([word.word for word in words]) if table else None
    if vector is None:
        return words, None
    vector = vector - table.background
    norm = float(np.linalg.norm(vector))
    return words, (vector / norm if norm else None)


def _subject_words(text: str) -> list[_Word]:
    """The words that say what a claim is about: content words, without AI's names nor evaluative words."""
    evaluative = evaluative_lemmas()
    table = load_word_vectors()
    sentence = parse_sentence(text)
    return [
        _Word(token.lemma, token.word, names_noun(sentence.words, position))
        for token, position in zip(sentence.content, sentence.positions)
        if token.word not in AI_WORDS
        and token.lemma not in evaluative
        and token.word.isalpha()
        and (table is None or table.row(token.word) >= COMMON_ROWS)
    ]


def _nouns(words: tuple[_Word, ...]) -> set[str]:
    """The lemmas of the words a claim names as nouns."""
    return {word.lemma for word in words if word.noun}


def _closest(groups: list[_Group], polarity: Polarity, vector: np.ndarray, nouns: set[str]) -> _Group | None:
    """The group of the claim's polarity, among those naming one of its ``nouns``, whose meaning
    comes closest to the claim's, if close enough."""
    candidates = [group for group in groups if group.polarity is polarity and not group.nouns.isdisjoint(nouns)]
    if not candidates:
        return None
    means = np.stack([group.total / np.linalg.norm(group.total) for group in candidates])
    similarities = means @ vector
    best = int(np.argmax(similarities))
    return candidates[best] if similarities[best] >= SAME_SUBJECT else None


def _supports(groups: list[_Group], table: WordVectors) -> tuple[ThemeSupport, ...]:
    used: set[str] = set()
    supports = []
    for group in sorted(
        groups,
        key=lambda group: (
            -len({claim.article for claim in group.claims}),
            -len(group.claims),
            group.claims[0].article,
            group.claims[0].line,
        ),
    ):
        title = _title(group, table)
        topic_id = _unique(ID_PREFIX + slugify(title), used)
        theme = Theme(topic_id, title, group.polarity, PROPOSED_SUMMARY, (), proposed=True)
        by_article: dict[str, list[Quote]] = {}
        for claim in sorted(group.claims, key=lambda claim: claim.article):
            by_article.setdefault(claim.article, []).append(
                Quote(claim.article, claim.slug, claim.article_title, claim.anchor, claim.text, claim.confidence)
            )
        supports.append(ThemeSupport(theme, tuple(tuple(quotes) for _, quotes in sorted(by_article.items()))))
    return tuple(supports)


def _shared_lemmas(group: _Group) -> dict[str, int]:
    """The nouns (lemmas) most of the group's claims name, with the number of claims naming each."""
    claims_of: dict[str, int] = {}
    for words in group.words:
        for lemma in _nouns(words):
            claims_of[lemma] = claims_of.get(lemma, 0) + 1
    most = SHARED_WORD_SHARE * len(group.claims)
    return {lemma: count for lemma, count in claims_of.items() if count >= MIN_CLAIMS and count > most}


def _shared_words(group: _Group) -> dict[str, int]:
    """The nouns most of the group's claims name (``_shared_lemmas``), each under its most frequent
    form in them, with the number of claims naming it: a group whose claims share no noun is no
    subject."""
    forms: dict[str, dict[str, int]] = {}
    for words in group.words:
        for word in (word for word in words if word.noun):
            lemma_forms = forms.setdefault(word.lemma, {})
            lemma_forms[word.word] = lemma_forms.get(word.word, 0) + 1
    return {
        min(forms[lemma], key=lambda form: (-forms[lemma][form], form)): count
        for lemma, count in _shared_lemmas(group).items()
    }


def _title(group: _Group, table: WordVectors) -> str:
    """The words most of the group's claims share, the most shared and closest to the group's
    meaning first."""
    mean = group.total / np.linalg.norm(group.total)
    shared = _shared_words(group)

    def weight(word: str) -> float:
        row = table.row(word)
        return shared[word] * max(float(table.vectors[row] @ mean) if row != MISSING else 0.0, 0.01)

    chosen = sorted(shared, key=lambda word: (-weight(word), word))[:TITLE_WORDS]
    title = " et ".join(_written_form(word, group) for word in chosen)
    return capitalised(title)


def _written_form(word: str, group: _Group) -> str:
    """The word as the claims write it when they write it in capitals ("SEO", "RGPD"), since the
    words are compared in lower case; lower case otherwise."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    forms = Counter(found for claim in group.claims for found in pattern.findall(claim.text))
    form = forms.most_common(1)[0][0] if forms else word
    return form if len(form) > 1 and form.isupper() else word


def _unique(candidate: str, used: set[str]) -> str:
    unique, number = candidate, 2
    while unique in used:
        unique, number = f"{candidate}-{number}", number + 1
    used.add(unique)
    return unique
