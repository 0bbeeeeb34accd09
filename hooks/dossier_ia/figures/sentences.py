"""One sentence → its figures and its attributions: the patterns of ``french_patterns`` applied
where a sentence's words say they may match.

Trying a dozen regular expressions on every sentence of thousands of articles would cost
seconds; each sentence is first reduced to clues (a digit or a number word, a document, a
reporting verb, a capitalised word that may be a name…) by dictionary lookups of its
whitespace-separated chunks, and a pattern runs only on a sentence that has all its clues. A
figure pattern is tried only a few words before the words that may anchor a figure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import simplemma

from dossier_ia.figures import french_patterns as rules

QUESTION_END = re.compile(r"\?[\s»\"”’)]*$")
ELISION = re.compile(r"^[lLdD]['’]")
# A plus, a hyphen-minus, a minus sign or a dash written for one, glued to a figure.
SIGNS = "+-−–"
# What follows the particle of an elided word (« n’existent »), and the apostrophe.
ELIDED_WORD = re.compile(r"(?<=\w)['’]\w.*$")
LEADING_WORDS = re.compile(r"\S+")
WORD = re.compile(r"\w+")
DIGITS = re.compile(r"\d+")
LANGUAGE = "fr"
RANGE_OPENING = "entre"
QUE_WORDS = frozenset({"que", "qu"})
WORD_CACHE_SIZE = 100_000
# Kinds of figure: names of the groups of ``rules.FIGURE``.
DATE = "date"
COUNT = "count"
# Clues of a sentence (see ``clues``) given by the tests of its words here.
FIGURE = "figure"
VERB = "verb"
VERB_BEFORE_QUE = "verb_before_que"
QUE = "que"
CAPITAL = "capital"
CAPITAL_INSIDE = "capital_inside"
# The clue of ``rules.CLUE_WORDS`` without which ``rules.STUDY_ANAPHORA`` cannot match.
ANAPHORA_CLUE = "anaphora"


class Attribution(NamedTuple):
    """Who a sentence says gives its figures: ``name`` is ``None`` when unnamed ("des experts")."""

    name: str | None
    words: str
    start: int
    end: int


def find_figures(sentence: str) -> list[str]:
    """The values of the figures of one sentence, in order: for tests and measures."""
    return [sentence[start:end] for _, start, end in figures(sentence, clues(sentence))]


def find_attributions(sentence: str) -> tuple[list[Attribution], list[Attribution]]:
    """The named and the unnamed attributions of one sentence: for tests and measures."""
    return attributions(sentence, clues(sentence))


def clues(text: str) -> frozenset[str]:
    """What the words of a text promise: a figure, a document, a reporting verb, a name…
    Lookups of its whitespace-separated chunks, which texts share ("selon", "l’étude,"),
    far cheaper than trying the patterns."""
    chunks = text.split()
    if not chunks:
        return frozenset()
    found = _OPENING_CHUNK_CLUES[chunks[0]].union(*map(_CHUNK_CLUES.__getitem__, chunks[1:]))
    return found | {VERB} if {VERB_BEFORE_QUE, QUE} <= found else found


def worth_reading(text_clues: frozenset[str]) -> bool:
    """Whether a text may hold a figure or an attribution at all."""
    return FIGURE in text_clues or any(
        needed <= text_clues for needed, _ in (*rules.NAMED_ATTRIBUTIONS, *rules.UNNAMED_ATTRIBUTIONS)
    )


def figures(sentence: str, sentence_clues: frozenset[str]) -> list[tuple[str, int, int]]:
    """Spans of the figures of a sentence; a date counts only in a sentence with no other figure.

    The figure pattern is tried only where a figure may start, a few words before each word
    that anchors one, in order, as ``finditer`` would: at every position it costs tens of times more.
    """
    if FIGURE not in sentence_clues or QUESTION_END.search(sentence):
        return []
    starts = [match.start() for match in WORD.finditer(sentence)]
    anchors = [index for index, match in enumerate(WORD.finditer(sentence)) if _anchors_figure(match.group())]
    candidates = sorted(
        {starts[index] for anchor in anchors for index in range(max(0, anchor - rules.FIGURE_LOOKBACK), anchor + 1)}
    )
    spans: list[tuple[str, int, int]] = []
    covered = 0
    for position in candidates:
        match = rules.FIGURE.match(sentence, position) if position >= covered else None
        if not match:
            continue
        kind, start, end = match.lastgroup or COUNT, match.start(), match.end()
        if rules.DIGIT.match(sentence, start) and _labels_something(sentence, start):
            continue
        covered = end
        if kind == COUNT:
            end = _counted_end(sentence, match.group(), start, end)
            if end is None:
                continue
        spans.append((kind, _signed_start(sentence, start), end))
    if any(kind != DATE for kind, _, _ in spans):
        spans = [span for span in spans if span[0] != DATE]
    return spans


def _signed_start(sentence: str, start: int) -> int:
    """Where a figure starts with its sign: « −30 % de coût », « +35 % de clics » are a fall and a
    rise, not 30 % and 35 %. A sign glued to a word (« GPT-4 ») or followed by a space (a dash) is
    none."""
    if start and sentence[start - 1] in SIGNS and rules.DIGIT.match(sentence, start):
        before = sentence[start - 2 : start - 1]
        if not before or before.isspace() or before in "(«":
            return start - 1
    return start


def attributions(sentence: str, sentence_clues: frozenset[str]) -> tuple[list[Attribution], list[Attribution]]:
    """Named attributions (the first pattern wins where two overlap), then unnamed ones that
    overlap no named one; a pattern is tried only when the sentence has its clues."""
    named: list[Attribution] = []
    for needed, pattern in rules.NAMED_ATTRIBUTIONS:
        if not needed <= sentence_clues:
            continue
        for match in pattern.finditer(sentence):
            name = _clean_name(match.group("name"), sentence, match.start("name"))
            if name and not _overlaps(named, match.start(), match.end()):
                named.append(Attribution(name, match.group(), match.start(), match.end()))
    unnamed: list[Attribution] = []
    for needed, pattern in rules.UNNAMED_ATTRIBUTIONS:
        if not needed <= sentence_clues:
            continue
        for match in pattern.finditer(sentence):
            if not _overlaps(named, match.start(), match.end()) and not _overlaps(unnamed, match.start(), match.end()):
                unnamed.append(Attribution(None, match.group().strip(), match.start(), match.end()))
    return sorted(named, key=lambda item: item.start), sorted(unnamed, key=lambda item: item.start)


def _words_clues(chunk: str, opening: bool) -> frozenset[str]:
    """The clues of a chunk's words; a capitalised word may start a name (see ``_ChunkClues``)."""
    clues: set[str] = set()
    for position, match in enumerate(WORD.finditer(chunk)):
        word = match.group()
        clues.update(_word_clues(word.lower()))
        if word[0].isupper() and word.lower() not in rules.NOT_NAMES:
            if not (opening and position == 0):
                clues.update((CAPITAL, CAPITAL_INSIDE))
            elif not simplemma.is_known(word.lower(), lang=LANGUAGE):
                clues.add(CAPITAL)
    return frozenset(clues)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_clues(word: str) -> frozenset[str]:
    """The clues one lower-case word gives; a verb that counts only before "que" gives its own."""
    clues = {name for name, vocabulary in rules.CLUE_WORDS.items() if word in vocabulary}
    if _anchors_figure(word):
        clues.add(FIGURE)
    if word.startswith(rules.VERB_PREFIXES):
        clues.add(VERB)
    elif word.startswith(rules.VERB_BEFORE_QUE_PREFIXES):
        clues.add(VERB_BEFORE_QUE)
    if word in QUE_WORDS:
        clues.add(QUE)
    return frozenset(clues)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _anchors_figure(word: str) -> bool:
    """Whether a figure may be built around this word: a number, a number word, a multiplier."""
    lower = word.lower()
    return (
        word[0].isdigit()
        or lower in rules.FIGURE_ANCHOR_WORDS
        or lower.startswith(rules.FIGURE_ANCHOR_PREFIXES)
        or (lower[0] == "x" and lower[1:].isdigit())
    )


def _labels_something(sentence: str, start: int) -> bool:
    """Whether a number is part of a name or a reference: glued to a word ("GPT-4"), after a
    capitalised word inside the sentence ("Web 3.0") or after a reference noun ("étape 2")."""
    before = sentence[:start]
    if rules.GLUED_BEFORE.search(before):
        return True
    word = rules.WORD_BEFORE.search(before)
    if not word:
        return False
    previous = ELISION.sub("", word.group(1))
    if not previous[-1:].isalnum():
        return False
    if previous.lower() in rules.REFERENCE_WORDS:
        return True
    sentence_start = word.start(1) == 0 or before[: word.start(1)].rstrip().endswith((".", ":", "«", "("))
    return previous[:1].isupper() and not sentence_start and previous.lower() not in rules.NOT_NAMES


def _counted_end(sentence: str, number: str, start: int, end: int) -> int | None:
    """Where a bare number's figure ends: after the noun it counts when there is one. A number
    before a month is a date without its year, no claim; a year ("rapport 2024", "(2023)", "entre
    2023 et 2024") counts something only after a determiner or a hedge ("les 2000 clients",
    "plus de 2000 clients"); a number with no noun, only where it cannot be a label."""
    noun = rules.COUNTED_NOUN.match(sentence, end)
    # « de 2025 n’existent pas »: a word after an elided particle is read from the particle, which
    # counts nothing.
    counted = ELIDED_WORD.sub("", noun.group().split()[-1]) if noun else ""
    if counted.lower() in rules.MONTH_WORDS:
        return None
    hedged = not number[0].isdigit() and not number.lower().startswith(RANGE_OPENING)
    if not hedged and all(rules.BARE_YEAR.fullmatch(digits) for digits in DIGITS.findall(number)):
        before = rules.WORD_BEFORE.search(sentence[:start])
        if not (
            before
            and ELISION.sub("", before.group(1)).lower().strip("’'") in rules.COUNT_DETERMINERS
            and counted[:1].islower() and counted.lower() not in rules.NOT_COUNTED_WORDS
        ):
            return None
    if noun and counted.lower().strip("’'") not in rules.NOT_COUNTED_WORDS:
        return noun.end()
    before = rules.WORD_BEFORE.search(sentence[:start])
    if (
        before
        and before.group(1)[-1:].isalpha()
        and ELISION.sub("", before.group(1)).lower() not in rules.BARE_NUMBER_AFTER
    ):
        return None
    return end


def _clean_name(raw: str, sentence: str, start: int) -> str | None:
    """The name without the capitalised function words that may open it ("Selon", "Les"); a
    lone word opening the sentence must be unknown to the French dictionary ("Entreprises"
    is a word, "Gartner" a name)."""
    words = LEADING_WORDS.findall(raw)
    while words and ELISION.sub("", words[0]).lower().strip(".’'") in rules.NOT_NAMES:
        words.pop(0)
    if not words or all(word.lower() in rules.NOT_NAMES for word in words):
        return None
    name = " ".join(words)
    if (
        len(words) == 1
        and raw == name
        and not sentence[:start].strip()
        and simplemma.is_known(name.lower(), lang=LANGUAGE)
    ):
        return None
    return name


def _overlaps(others: list[Attribution], start: int, end: int) -> bool:
    return any(start < other.end and other.start < end for other in others)


class _ChunkClues(dict):
    """Chunk → its clues, computed on first use: a dict lookup per chunk from C, where a
    cached function would cost a Python call; emptied when it grows past its bound. In a text's
    first chunk, a capitalised first word may start a name only when the dictionary does not
    know it ("Selon", "Surtout" are words, "Gartner" a name)."""

    def __init__(self, opening: bool) -> None:
        super().__init__()
        self.opening = opening

    def __missing__(self, chunk: str) -> frozenset[str]:
        if len(self) >= WORD_CACHE_SIZE:
            self.clear()
        clues = self[chunk] = _words_clues(chunk, self.opening)
        return clues


_OPENING_CHUNK_CLUES = _ChunkClues(opening=True)
_CHUNK_CLUES = _ChunkClues(opening=False)
