"""One line of pasted text and its shape: what every reading rule looks at before its words.

Pasted web pages have no markup; a line's role shows in its shape (length, first character,
final punctuation, list marker). The chrome rules and the reader ask the same questions, so
they are answered here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_ia.french.text import fold_accents

MAX_HEADING_LENGTH = 100
MAX_HEADING_WORDS = 15
BULLET_ITEM = re.compile(r"^\s*(?:[•·▪◦●○■□➢➤►▶✓✔✅☑→]\s*|[-–*+]\s+)(?P<text>\S.*)$")
NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
ENDS_A_SENTENCE = tuple(".!?…;:,»\"”)")
# Where a sentence ends inside a line: a question following a sentence is not a heading.
INNER_SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÀ-Ý]")
# A heading may end with a parenthesis: « Analyse et prévisions (Intelligence) ».
FINAL_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")
HEADING_FIRST_CHARACTERS = "«\"“[("
# Typographic variants folded to their plain form before comparing lines.
PLAIN_FORMS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "“": '"', "”": '"'})


@dataclass(frozen=True)
class Line:
    """A non-blank line of the article file: its 1-based number, its text (stripped), and the number of
    the last file line it covers (hard-wrapped lines joined into one keep their span)."""

    number: int
    text: str
    last_number: int


def is_heading_like(text: str) -> bool:
    """Short, no final punctuation (one short question is allowed): how a heading looks in plain text."""
    if not text or len(text) > MAX_HEADING_LENGTH or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in HEADING_FIRST_CHARACTERS):
        return False
    if text.endswith("?"):
        return not INNER_SENTENCE_END.search(text)
    return not FINAL_PARENTHESIS.sub("", text).endswith(ENDS_A_SENTENCE)


def list_match(text: str) -> re.Match[str] | None:
    """The list marker and item text of a bulleted or numbered line."""
    return NUMBERED_ITEM.match(text) or BULLET_ITEM.match(text)


def folded(text: str) -> str:
    """Lower case, accents folded, typographic apostrophes and spaces made plain: for comparing lines."""
    return fold_accents(text.translate(PLAIN_FORMS)).lower().strip()


def word_count(text: str) -> int:
    return len(text.split())
