"""One line of pasted text and its shape: what every reading rule looks at before its words.

Pasted web pages have no markup; a line's role shows in its shape (length, first character,
final punctuation, list marker). The chrome rules and the reader ask the same questions, so
they are answered here, once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from dossier_ia.settings import MAX_TITLE_LENGTH

MAX_HEADING_LENGTH = 100
MAX_HEADING_WORDS = 15
BULLET_ITEM = re.compile(r"^\s*(?:[•·▪◦●○■□➢➤►▶✓✔✅☑→➡➔➜👉🔹🔸▸]\ufe0f?\s*|[-–*+]\s+)(?P<text>\S.*)$")
NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
ENDS_A_SENTENCE = tuple(".!?…;:,»\"”)")
# How a sentence ends for good: a line wrapped in the middle of one does not.
FULL_STOPS = (".", "!", "?", "…")
# Where the emoji begin among the symbols a line may end on.
EMOJI_START = "\U0001f000"
# A line that trails off (a kicker teasing the headline, a header shortening it).
ELLIPSES = ("…", "...")
# Where a sentence ends inside a line: a question following a sentence is not a heading.
INNER_SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÀ-Ý]")
# ... but short questions in a row may be one heading (``is_heading_like``).
INNER_STATEMENT_END = re.compile(r"[.!…]\s+[A-ZÀ-Ý]")
MAX_QUESTIONS_HEADING_WORDS = 10
# A headline's question may open on a few names and an ellipsis, which ends no sentence.
ENUMERATED_OPENING = re.compile(r"^[^.!?…,]{1,40}(?:,[^.!?…,]{1,40})+(?:\.\.\.|…)\s+(?=[A-ZÀ-Ý])")
# A heading may end with a parenthesis: « Analyse et prévisions (Intelligence) ».
# What may close a line after its last word: quotes, and brackets with them.
CLOSING_QUOTES = "»\"”’ "
CLOSING_MARKS = ")]" + CLOSING_QUOTES
FINAL_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")
HEADING_FIRST_CHARACTERS = "«\"“[({"
# An emoji or a symbol may open a heading (« 🤖 L’essor… »): its first letter decides.
LEADING_SYMBOLS = re.compile(r"^[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]+\s*")
# ... or close a sentence (« Salut les amis ! 👋 »): the mark before it decides. Looked for only
# when the last character is one (the substitution would scan every heading's line).
TRAILING_SYMBOLS = re.compile(r"\s*[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]+$")
SYMBOLS_START = "\u2190"
# How a headline may end, trailing off or exclaiming, where a sentence would end.
TRAILING_HEADLINE_ENDS = ("…", "...", "!")
# A title may be longer than a section's heading (``is_title_like``).
MAX_TITLE_WORDS = 25
# Accents, as Unicode decomposition leaves them: removed in one pass when lines are compared.
COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
# Typographic apostrophes folded to the plain one (the compatibility decomposition already turns
# the no-break spaces into spaces and « … » into « ... »).
APOSTROPHES = re.compile(r"[’‘ʼ]")


@dataclass(frozen=True)
class Line:
    """A non-blank line of the article file: its 1-based number, its text (stripped), and the number of
    the last file line it covers (hard-wrapped lines joined into one keep their span)."""

    number: int
    text: str
    last_number: int


# So many short lines pasted together on a page that sets its paragraphs apart are a table's rows.
MIN_TABLE_ROWS = 3


def is_heading_like(text: str, *, max_length: int = MAX_HEADING_LENGTH, max_words: int = MAX_HEADING_WORDS) -> bool:
    """Short, no final punctuation (one question is allowed): how a heading looks in plain text
    (a title may be longer: ``max_length``, ``max_words``)."""
    if not text or len(text) > max_length or len(text.split()) > max_words:
        return False
    if text[-1] >= SYMBOLS_START:
        text = TRAILING_SYMBOLS.sub("", text)
    if text.startswith("(") and text.endswith(")"):
        return False  # a note in brackets (« (Source : Exemple) »), not a section's title
    opening = LEADING_SYMBOLS.sub("", text)
    first = opening[:1]
    # an event's hashtag may open a headline (« #Salon2025 : … »)
    hashtag = first == "#" and opening[1:2].isupper()
    if not (first.isupper() or first.isdigit() or first in HEADING_FIRST_CHARACTERS or hashtag):
        return False
    # What the line says before a note in brackets: a question may take one after its mark
    # (« À quoi sert-elle ? (Exemples) »).
    said = FINAL_PARENTHESIS.sub("", text) if text.endswith(")") else text
    if said.endswith("?"):
        said = ENUMERATED_OPENING.sub("", said)  # « Amazon, Fnac, Darty… Peut-on leur faire confiance ? »
        # « IA et commerce : pourquoi ? Comment ? »: short questions in a row make one headline
        return not INNER_SENTENCE_END.search(said) or (
            len(said.split()) <= MAX_QUESTIONS_HEADING_WORDS and not INNER_STATEMENT_END.search(said)
        )
    # A closing quote after a word ends no sentence: « … s’équipe de clients "synthétiques" ».
    return not said.rstrip(CLOSING_QUOTES).endswith(ENDS_A_SENTENCE)


def sets_paragraphs_apart(lines: Sequence[Line]) -> bool:
    """Whether the page leaves a blank line after half of its sentences' ends at least (lists and
    tables may be pasted together anyway): then short lines pasted together, with no blank line
    between, belong together (a table's rows); a page copied without blank lines tells nothing by
    them."""
    ends = [index for index in range(len(lines) - 1) if lines[index].text.endswith(FULL_STOPS)]
    blank = sum(lines[index + 1].number > lines[index].last_number + 1 for index in ends)
    return bool(ends) and 2 * blank >= len(ends)


def one_after_another(lines: Sequence[Line], start: int, count: int) -> bool:
    """Whether ``count`` lines from ``start`` follow one another with no blank line between."""
    return 0 <= start and start + count <= len(lines) and all(
        lines[index + 1].number == lines[index].last_number + 1 for index in range(start, start + count - 1)
    )


def among_table_rows(lines: Sequence[Line], index: int) -> bool:
    """Whether the line is one of ``MIN_TABLE_ROWS`` lines pasted together on a page that sets its
    paragraphs apart (``sets_paragraphs_apart``): a table's header or row, not a picture's words."""
    return any(
        one_after_another(lines, start, MIN_TABLE_ROWS) for start in range(index - MIN_TABLE_ROWS + 1, index + 1)
    ) and sets_paragraphs_apart(lines)


def list_match(text: str) -> re.Match[str] | None:
    """The list marker and item text of a bulleted or numbered line."""
    return NUMBERED_ITEM.match(text) or BULLET_ITEM.match(text)


def folded(text: str) -> str:
    """Lower case, accents folded, typographic apostrophes and spaces made plain: for comparing
    lines. (``french.text.fold_accents`` also spells ligatures out; chrome rules have no need of
    it, and this is what thousands of short lines go through.)"""
    return COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", APOSTROPHES.sub("'", text))).lower().strip()


def is_title_like(text: str) -> bool:
    """Whether a line is shaped as a headline: a heading's shape, as long as a title may be."""
    return is_heading_like(text, max_length=MAX_TITLE_LENGTH, max_words=MAX_TITLE_WORDS)


def trails_off_as_title(text: str) -> bool:
    """Whether a line is a headline that trails off or exclaims where a sentence would end (« Les
    boutiques ne passeront peut-être pas toutes aux robots… »)."""
    return text.endswith(TRAILING_HEADLINE_ENDS) and is_title_like(text.rstrip(".!… "))
