"""French words as the analyses see them: lower case, elisions restored, lemma and family key.

A sentence is cut into chunks at whitespace; each chunk is tokenised and lemmatised once
(``simplemma``) and memoised, since a collection reuses a small vocabulary. Phrase matching over
token keys (``match_phrases``) serves the evaluative lexicon and the editor's theme cues alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain, compress, count
from operator import itemgetter
from typing import NamedTuple

import simplemma

from dossier_ia.french.lexicon import ADVERSATIVE, DEGREE_PREFIXES, DETERMINERS, PREPOSED_ADJECTIVES, STOPWORDS
from dossier_ia.french.text import fold_accents

LANGUAGE = "fr"
CHUNK_CACHE_SIZE = 200_000
MIN_STEM = 5
TOKEN = re.compile(r"\w+(?:-\w+)*|[,;:()«»–—\[\]]")
CLAUSE_PUNCTUATION = frozenset(",;:()«»–—[]")
ELIDED = re.compile(r"\b(qu|[nldscjmt])['’]")
# Derivational endings (accents folded), longest first: one family shares one key, so a cue
# "confidentialité" also finds "confidentiel", and "personnalisation" finds "personnalisé".
SUFFIXES = tuple(sorted(
    (
        ("iquement", ""), ("isation", ""), ("ibilite", ""), ("abilite", ""), ("ialite", ""),
        ("atoire", ""), ("ivite", ""), ("ement", ""), ("ation", ""), ("ateur", ""), ("iser", ""),
        ("ique", ""), ("ance", ""), ("ence", ""), ("ment", ""), ("euse", ""), ("ible", ""),
        ("able", ""), ("ante", ""), ("ite", ""), ("ion", ""), ("eux", ""), ("eur", ""), ("iel", ""),
        ("ise", ""), ("ant", ""), ("ent", ""), ("dre", "d"), ("ive", ""), ("er", ""), ("if", ""),
        ("ie", ""), ("e", ""), ("u", ""),
    ),
    key=lambda pair: -len(pair[0]),
))


class Token(NamedTuple):
    """A word or punctuation mark as its chunk yields it, shared by every occurrence of the chunk."""

    word: str
    lemma: str
    key: str
    compound: bool
    content: bool
    opens_clause: bool


class ParsedSentence(NamedTuple):
    """All words, and the content words (not function words nor punctuation) with, for each,
    its position among all words and the number of its clause."""

    words: list[str]
    line: str
    content: list[Token]
    positions: list[int]
    clauses: list[int]


class PhraseHit(NamedTuple):
    """A phrase found in a sentence: where it starts (a token index) and what its index entry maps it to."""

    index: int
    value: object


_WORD = itemgetter(0)
_CONTENT = itemgetter(4)
_OPENS_CLAUSE = itemgetter(5)


def match_phrases(
    keys: list[str], index: dict[str, list[tuple[tuple[str, ...], object]]], max_gap: int, overlapping: bool = False
) -> list[PhraseHit]:
    """Phrases (sequences of keys) found in ``keys``; longest first at each position."""
    hits: list[PhraseHit] = []
    if index.keys().isdisjoint(keys):
        return hits
    free = 0
    for position in [position for position, key in enumerate(keys) if key in index]:
        if position < free:
            continue
        for phrase, value in index[keys[position]]:
            length = 1 if len(phrase) == 1 else _phrase_length(keys, position, phrase, max_gap)
            if length:
                hits.append(PhraseHit(position, value))
                if not overlapping:
                    free = position + length
                    break
    return hits


def _phrase_length(keys: list[str], position: int, phrase: tuple[str, ...], max_gap: int) -> int:
    cursor = position + 1
    for key in phrase[1:]:
        window = keys[cursor:cursor + max_gap + 1]
        if key not in window:
            return 0
        cursor += window.index(key) + 1
    return cursor - position


def phrase_positions(line: str, phrases: re.Pattern[str]) -> list[int]:
    """Token indexes where one of the phrases starts in ``line`` (tokens joined by spaces)."""
    return [line.count(" ", 0, match.start()) for match in phrases.finditer(line)]


def phrase_spans(line: str, phrases: re.Pattern[str]) -> list[range]:
    """The token indexes each occurrence of one of the phrases covers in ``line``; ``phrases`` is
    a ``phrases_pattern``, whose group 1 is the phrase found."""
    return [
        range(start := line.count(" ", 0, match.start()), start + match.group(1).count(" ") + 1)
        for match in phrases.finditer(line)
    ]


def names_noun(words: list[str], position: int, past_adjective: bool = False) -> bool:
    """Whether the word at ``position`` is a noun: it follows a determiner and is no adjective
    French puts first ("les principales"); with ``past_adjective``, also past such an adjective
    ("les principales limites"). Emerging subjects do without: a noun after one is often a
    generic word qualified ("le plein impact")."""
    before = position - 1
    if past_adjective and before > 0 and words[before] in PREPOSED_ADJECTIVES:
        before -= 1
    return before >= 0 and words[before] in DETERMINERS and words[position] not in PREPOSED_ADJECTIVES


# A percentage signed « + » or « - » is a rise or a fall (« +32 % de conversions »).
SIGNED_RISE = re.compile(r"(?<![\w+])\+\s?(?=\d[\d\s.,]*\s?%)")
SIGNED_FALL = re.compile(r"(?<![\w-])[-−–]\s?(?=\d[\d\s.,]*\s?%)")


def parse_sentence(text: str) -> ParsedSentence:
    """Words (lower case, elisions restored, with their family key) and clause punctuation.

    Parts of hyphenated compounds ("coûts-avantages", "peut-être") are marked: they name
    things, they do not evaluate them. A signed percentage reads as the change it gives
    ("+32 % de conversions", "coût : -70 %"). No token spans whitespace, so a sentence's tokens are
    those of its chunks in order. This runs for every sentence of every article, hence
    iterators over the memoised chunks, not a loop. Clause numbers are only ever compared
    with each other, so a sentence opening on "mais" may count one clause more throughout.
    """
    if "%" in text:
        text = SIGNED_FALL.sub("baisse de ", SIGNED_RISE.sub("hausse de ", text))
    tokens = list(chain.from_iterable(map(chunk_words, text.split())))
    kept = list(map(_CONTENT, tokens))
    words = list(map(_WORD, tokens))
    return ParsedSentence(
        words,
        " " + " ".join(words) + " ",
        list(compress(tokens, kept)),
        list(compress(count(), kept)),
        list(compress(accumulate(map(_OPENS_CLAUSE, tokens)), kept)),
    )


# Sentences of a collection reuse a small vocabulary of whitespace-separated chunks ("l’IA",
# "données,"), so each chunk is lowered, tokenised and lemmatised once, not at every occurrence.
@lru_cache(maxsize=CHUNK_CACHE_SIZE)
def chunk_words(chunk: str) -> tuple[Token, ...]:
    """The tokens of a chunk: punctuation and adversative words ("mais") open a clause."""
    tokens = []
    for raw in TOKEN.findall(ELIDED.sub(r"\1e ", chunk.lower())):
        if raw in CLAUSE_PUNCTUATION:
            tokens.append(Token(raw, raw, raw, False, False, True))
            continue
        parts = raw.split("-")
        compound = len(parts) > 1 and not (len(parts) == 2 and parts[0] in DEGREE_PREFIXES)
        for word in parts:
            lemma = word_lemma(word)
            tokens.append(Token(word, lemma, family_key(lemma), compound, word not in STOPWORDS, word in ADVERSATIVE))
    return tuple(tokens)


@lru_cache(maxsize=200_000)
def word_lemma(word: str) -> str:
    """The lemma with accents folded ("limitées" → "limite"): what the evaluative lexicon matches."""
    lemma = fold_accents(simplemma.lemmatize(word, lang=LANGUAGE).lower())
    if lemma == fold_accents(word) and lemma.endswith("es") and len(lemma) > MIN_STEM + 2:
        return lemma[:-1]
    return lemma


def is_french_word(word: str) -> bool:
    """Whether the lemmatiser's dictionary knows the word, whatever its capitals: most surnames and
    companies’ names it does not (« Dufresnoy », « Factory »), a section's words it does."""
    return simplemma.is_known(word.lower(), lang=LANGUAGE)


def is_english_word(word: str) -> bool:
    """Whether the lemmatiser's English dictionary knows the word (« learning », « newsletter »):
    French articles on marketing borrow many. Asked rarely (its dictionary costs 0.17 s and 27 MB to
    load, once per process)."""
    return simplemma.is_known(word.lower(), lang="en")


@lru_cache(maxsize=200_000)
def family_key(lemma: str) -> str:
    """The family key of a lemma, derivational ending removed: what theme cues match, so that
    "confidentialité" finds "confidentiel" and "personnalisation" finds "personnalisé"."""
    for suffix, replacement in SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= MIN_STEM:
            return lemma[: len(lemma) - len(suffix)] + replacement
    return lemma


def phrase_keys(text: str) -> tuple[str, ...]:
    """The keys a phrase is matched by: those of its content words, as ``match_phrases`` reads a sentence."""
    return tuple(token.key for token in parse_sentence(text).content)


def phrase_lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of a phrase's content words: a lexicon entry matches any inflection of them."""
    return tuple(token.lemma for token in parse_sentence(text).content)


@lru_cache(maxsize=None)
def lemma_set(words: str) -> frozenset[str]:
    """Lemmas a lexicon list stands for: each word's lemma and the word itself, since the
    lemmatiser maps some forms ("perdu") to their verb but leaves inflected ones ("perdus")."""
    return frozenset(form for word in words.split() for form in (word_lemma(word), fold_accents(word)))


def phrase_index(entries: list[tuple[tuple[str, ...], object]]) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """Phrases by their first key, longest first: at each word, the longest phrase that matches wins."""
    index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for keys, value in sorted(entries, key=lambda entry: -len(entry[0])):
        index.setdefault(keys[0], []).append((keys, value))
    return index
