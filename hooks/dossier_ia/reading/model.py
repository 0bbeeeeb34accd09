"""The document model every stage shares: what the reader produces and the renderers consume.

Kept free of MkDocs so that reading, analysis and rendering can move to another engine.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from dossier_ia.notices import Notice

WORD_PATTERN = re.compile(r"\w+(?:[’'-]\w+)*")
WORDS_PER_MINUTE = 230


class BlockKind(str, Enum):
    """What a block is in the page; list items and FAQ parts stay flat so each has its own anchor."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET_ITEM = "bullet_item"
    NUMBERED_ITEM = "numbered_item"
    QUESTION = "question"
    ANSWER = "answer"


# The kinds of a list's items.
LIST_ITEMS = (BlockKind.BULLET_ITEM, BlockKind.NUMBERED_ITEM)


class DatePrecision(str, Enum):
    """How much of its date a page gives: the day, or only the month (« date 2024-01 », « Mars
    2026 »), whose first day stands for it where a whole date is needed (feeds, ordering)."""

    DAY = "day"
    MONTH = "month"


@dataclass(frozen=True)
class Block:
    """One unit of content with its own anchor, so other pages can link to that exact paragraph.

    ``text`` is the verbatim content without its list marker, number or label;
    ``label`` is the "Label" of a "Label: text" item (shown in bold), without the colon.
    """

    kind: BlockKind
    text: str
    line: int
    anchor: str
    label: str = ""
    number: int | None = None

    @property
    def full_text(self) -> str:
        """The block as the reader sees it, label included."""
        return f"{self.label} : {self.text}" if self.label else self.text


@dataclass(frozen=True)
class InlineLink:
    """A span of one block's text shown as a link with a tooltip (a glossary term, for one)."""

    block_anchor: str
    start: int
    end: int
    href: str
    title: str


@dataclass(frozen=True)
class Article:
    """One article of the collection, as read from its raw text and the editor's metadata."""

    source_name: str
    title: str
    slug: str
    blocks: tuple[Block, ...]
    # Identifies the blocks (the caches of the analysis are keyed by it): a hash of the raw text,
    # and of the heading taken out of the blocks as the title, which the editor's title keeps in.
    content_hash: str
    date: dt.date | None = None
    source_url: str | None = None
    author: str | None = None
    # The site or publisher the article comes from, when the editor names it.
    publisher: str | None = None
    issues: tuple[Notice, ...] = field(default=(), compare=False)
    # Lines read as leftovers of the web page (image captions), not published: told to the editor
    # as advice, so that nothing disappears without a word.
    left_out: tuple[Notice, ...] = field(default=(), compare=False)
    # The text stops in the middle of a sentence (a page copied in part): the reader is told.
    cut_short: bool = False
    # The text has no headline, and the editor's metadata no title: the title is the lead's first
    # sentence or clause, a guess the editor is told about (``reading.completeness``).
    title_guessed: bool = False
    date_precision: DatePrecision = DatePrecision.DAY

    def __hash__(self) -> int:
        """Hash what identifies the article's content, not its blocks (see ``__eq__``)."""
        return hash((self.source_name, self.content_hash, self.title, self.slug))

    def __eq__(self, other: object) -> bool:
        """Equal when read from the same bytes with the same metadata. The blocks are a function
        of the raw text (the content hash), so they need no comparing: the generated comparison
        went through every block on each lookup of the per-build caches, where the previous
        build's article is an equal but distinct object."""
        if not isinstance(other, Article):
            return NotImplemented
        return self._identity == other._identity

    @property
    def _identity(self) -> tuple[object, ...]:
        return (
            self.source_name, self.content_hash, self.title, self.slug,
            self.date, self.date_precision, self.source_url, self.author, self.publisher,
        )

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        """Blocks that carry prose (everything but headings)."""
        return tuple(block for block in self.blocks if block.kind is not BlockKind.HEADING)

    @cached_property
    def words(self) -> int:
        """The article's word count, for the reading time; counted once per article."""
        return sum(len(WORD_PATTERN.findall(block.full_text)) for block in self.blocks)

    @property
    def reading_minutes(self) -> int:
        """Minutes to read, at least one: the article list shows it."""
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))
