"""Split French prose into sentences, keeping each one as a verbatim span of its block: for the
synthesis, and for the titles and excerpts taken from an article's first sentences.

The synthesis quotes sentences word for word and links them to their paragraph, so a sentence
must be an exact substring of the block text: the splitter returns offsets, never rewritten text.
French punctuation needs its own rules: « guillemets » may hold several sentences of a quotation,
"M. Dupont" or "p. ex." do not end a sentence, an ellipsis ends one only when a capital follows,
and "?" followed by a lowercase word is part of the same sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Abbreviations (lowercase, without the final period) after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "al", "apr", "art", "av", "bd", "cf", "chap", "co", "coll", "corp", "dr", "déc", "env",
        "ex", "fig", "févr", "hab", "ibid", "id", "inc", "janv", "juil", "ltd", "max", "me",
        "min", "mlle", "mm", "mme", "mmes", "mr", "no", "nov", "oct", "op", "pp", "pr", "resp",
        "sept", "st", "ste", "tél", "vol", "vs",
    }
)
# A run of final marks ("...", "?!", "…") with the closing marks after it.
TERMINATOR = re.compile(r"[.!?…]+[»\"”’)\]]*")
NEXT_START = re.compile(r"\s+(?=[«\"“(\[–—]?\s*[A-ZÀ-ÖØ-Ý0-9])")
WORD_BEFORE = re.compile(r"\w+$")
# Only this many characters before a period are read: a word that fills them all is longer
# than any abbreviation. Searching from the start of the block would cost its whole length.
WORD_WINDOW = max(len(abbreviation) for abbreviation in ABBREVIATIONS) + 1
OPEN_QUOTE = "«"
CLOSE_QUOTE = "»"


class SentenceSpan(NamedTuple):
    """One sentence: ``text == block_text[start:end]``, so it can be quoted verbatim.

    A named tuple, not a dataclass: one is made for every sentence of every article, and a
    tuple costs a fraction of a frozen dataclass to build.
    """

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentences of ``text`` in order, trimmed of surrounding whitespace, as verbatim spans."""
    protected = _quoted_ranges(text)
    cuts = [0]
    for match in TERMINATOR.finditer(text):
        end = match.end()
        if (protected and _inside(match.start(), protected)) or not NEXT_START.match(text, end):
            continue
        mark = match.group()
        if mark.startswith(".") and not mark.startswith("...") and _is_abbreviation(text, match.start()):
            continue
        cuts.append(end)
    cuts.append(len(text))
    return [span for start, end in zip(cuts, cuts[1:]) if (span := _trimmed(text, start, end))]


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside balanced « » pairs; an unclosed « protects nothing, so bad input still splits."""
    ranges = []
    position = text.find(OPEN_QUOTE)
    while position != -1:
        close = text.find(CLOSE_QUOTE, position + 1)
        if close == -1:
            break
        ranges.append((position, close))
        position = text.find(OPEN_QUOTE, close + 1)
    return ranges


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in ranges)


def _is_abbreviation(text: str, period: int) -> bool:
    """A period after a known abbreviation or a single letter ("J. Dupont", "p. ex.") is not an end."""
    match = WORD_BEFORE.search(text, max(0, period - WORD_WINDOW), period)
    if not match:
        return False
    word = match.group()
    return (len(word) == 1 and word.isalpha()) or word.lower() in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> SentenceSpan | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    offset = start + (len(chunk) - len(chunk.lstrip()))
    return SentenceSpan(offset, offset + len(stripped), stripped)
