"""The evaluative lexicon compiled for matching: lemma phrases → (role, weight), and modifiers.

Built once per process from ``french.lexicon``'s word lists, lemmatised like the sentences they
are matched against.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from dossier_ia.french.lexicon import (
    ABILITY,
    AMPLIFIER,
    CONDITIONING,
    DENIAL,
    GAINING,
    GOAL,
    INCREASING,
    LESSENING,
    NEGATIVE,
    PASSAGE,
    PAST_QUALIFIERS,
    POSITIVE,
    PRIVATIVE,
    REDUCING,
    REMEDY,
)
from dossier_ia.french.tokens import Token, lemma_set, phrase_index, phrase_lemmas, word_lemma


class Role(str, Enum):
    """The side an evaluative word takes."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class Modifier(str, Enum):
    """What a word does to the evaluative words near it."""

    PRIVATIVE = "privative"
    REMEDY = "remedy"
    GOAL = "goal"
    DENIAL = "denial"
    AMPLIFIER = "amplifier"
    LESSENING = "lessening"
    CONDITIONING = "conditioning"
    PAST = "past"


@lru_cache(maxsize=1)
def lexicon_index() -> dict[str, list[tuple[tuple[str, ...], tuple[Role, float]]]]:
    """Evaluative lemmas and lemma phrases, indexed by their first lemma, with role and weight."""
    entries: list[tuple[tuple[str, ...], tuple[Role, float]]] = []
    for role, table in ((Role.POSITIVE, POSITIVE), (Role.NEGATIVE, NEGATIVE)):
        for weight, (words, *phrases) in table.items():
            entries.extend(((lemma,), (role, weight)) for lemma in lemma_set(words))
            entries.extend((phrase_lemmas(phrase), (role, weight)) for phrase in phrases)
    return phrase_index(entries)


# Feminine and plural endings of French adjectives and participles: the lemmatiser maps some
# inflected forms to another word ("précises" → "préciser") or leaves them as they are
# ("intrusives"), so the lexicon knows them all. A form that is no word matches nothing.
ENDINGS = (("if", ("ive", "ives", "ifs")), ("eux", ("euse", "euses")), ("el", ("elle", "elles", "els")),
           ("al", ("ale", "ales", "aux")), ("en", ("enne", "ennes", "ens")), ("er", ("ère", "ères", "ers")))
PLAIN_ENDINGS = ("s", "e", "es")
# Infinitive ending → present participle endings, the longest ending first.
PARTICIPLE_ENDINGS = (("cer", ("çant",)), ("ger", ("geant",)), ("uire", ("uisant",)), ("er", ("ant",)),
                      ("ir", ("ant", "issant")), ("re", ("ant",)))


@lru_cache(maxsize=1)
def inflected_forms() -> dict[str, str]:
    """Feminine or plural form of an evaluative word, or present participle of an evaluative or
    modifying verb (as a token's ``word``) → the word's lemma: what a sentence's word counts as
    when its own lemma is none of them. The lemmatiser leaves many participles as they are
    ("en améliorant", "en filtrant", "menaçant")."""
    forms: dict[str, str] = {}

    def add(word: str, candidates: list[str]) -> None:
        lemma = word_lemma(word)
        # Only the forms the lemmatiser gets wrong: the others already find their lemma.
        forms.update([(form, lemma) for form in candidates if form not in forms and word_lemma(form) != lemma])

    for table in (POSITIVE, NEGATIVE):
        for words, *_ in table.values():
            for word in words.split():
                add(word, [*inflections(word), *present_participles(word)])
    for words in (PRIVATIVE, REMEDY, GOAL, DENIAL, AMPLIFIER, LESSENING, CONDITIONING, REDUCING, INCREASING, GAINING):
        for word in words.split():
            add(word, present_participles(word))
    return forms


def evaluative_lemma(token: Token) -> str:
    """The token's lemma, or the lemma of the evaluative word it is a form of."""
    return token.lemma if token.lemma in lexicon_index() else inflected_forms().get(token.word, token.lemma)


def present_participles(verb: str) -> list[str]:
    """The present participles a verb may have, by the regular endings ("améliorer" → "améliorant",
    "menacer" → "menaçant", "réduire" → "réduisant", "offrir" → "offrant", "enrichir" →
    "enrichissant"); none for a word that is no verb by its ending."""
    for ending, participles in PARTICIPLE_ENDINGS:
        if verb.endswith(ending):
            return [verb[: -len(ending)] + participle for participle in participles]
    return []


def inflections(word: str) -> list[str]:
    """The feminine and plural forms of a word, by the regular endings."""
    for ending, endings in ENDINGS:
        if word.endswith(ending):
            return [word[: -len(ending)] + other for other in endings]
    if word.endswith("e"):
        return [word + "s"]
    return [word + ending for ending in (PLAIN_ENDINGS[1:] if word.endswith(("s", "x")) else PLAIN_ENDINGS)]


@lru_cache(maxsize=1)
def evaluative_lemmas() -> frozenset[str]:
    """Lemmas without which a sentence weighs nothing: first words of the lexicon, and abilities,
    which a negation turns into a drawback. Modifiers only act on evaluative words."""
    return frozenset(lexicon_index()) | lemma_set(ABILITY)


@lru_cache(maxsize=1)
def changing_lemmas() -> frozenset[str]:
    """Words of change ("réduire", "hausse", "regagner", "passer de 41 à 29 euros"): evaluative
    only by what they govern, a burden, a business asset or time (``polarity``), so a sentence
    with one reaches the rules."""
    return lemma_set(REDUCING) | lemma_set(INCREASING) | lemma_set(GAINING) | lemma_set(PASSAGE)


@lru_cache(maxsize=1)
def modifier_index() -> dict[str, frozenset[Modifier]]:
    """Lemma → what it does to the evaluative words near it (privation, remedy, goal, denial,
    amplification, lessening, condition, a quality of the past)."""
    found_modifiers: dict[str, set[Modifier]] = {}
    modifiers = (
        (Modifier.PRIVATIVE, PRIVATIVE), (Modifier.REMEDY, REMEDY), (Modifier.GOAL, GOAL), (Modifier.DENIAL, DENIAL),
        (Modifier.AMPLIFIER, AMPLIFIER), (Modifier.LESSENING, LESSENING), (Modifier.CONDITIONING, CONDITIONING),
        (Modifier.PAST, PAST_QUALIFIERS),
    )
    for modifier, words in modifiers:
        for lemma in lemma_set(words):
            found_modifiers.setdefault(lemma, set()).add(modifier)
    return {key: frozenset(found) for key, found in found_modifiers.items()}
