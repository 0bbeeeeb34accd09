"""What the synthesis finds: quotes, claims, themes with their support, one verdict per sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from dossier_ia.synthesis.themes import Polarity, Theme


@dataclass(frozen=True)
class SentencePlace:
    """Where a sentence the synthesis shows comes from: its article's file, address and title, and
    its paragraph's anchor. Quotes, claims and recommendations all link back to their source, so
    they share these fields (first, so that their positional order stays the same)."""

    article: str
    slug: str
    article_title: str
    anchor: str


# The claim model's probability of a claim's side from which the synthesis is sure of the claim
# (``Claim.sure``): only such a claim joins an emerging subject, where nothing else vouches for it
# (no theme's subject, no editor's example). On the labelled real pages, claims no theme covers
# were claims half the time, sure ones two times in three.
SURE_MIN_SIDE = 0.66


def is_sure(confidence: float) -> bool:
    """Whether the claim model is sure of a claim given its ``confidence`` (``SURE_MIN_SIDE``)."""
    return confidence >= SURE_MIN_SIDE


@dataclass(frozen=True)
class Quote(SentencePlace):
    """A verbatim sentence of an article supporting a theme, with what is needed to link to it;
    ``confidence``, the claim model's probability of its side (``claims.Judgement``): the quotes
    the model is surest of are shown first."""

    text: str
    confidence: float = 1.0


# A quote's sentence (article, paragraph, text) and its paragraph (article, anchor): read by C
# loops (``map``) over the 40,000 quotes of 1,000 articles, at each rebuild that adds a claim.
sentence_key = attrgetter("article", "anchor", "text")
paragraph_key = attrgetter("article", "anchor")


@dataclass(frozen=True)
class Claim(SentencePlace):
    """A sentence asserting a benefit or drawback; ``themes`` empty when no theme covers it;
    ``confidence``, the claim model's probability of its side (``claims.Judgement``)."""

    line: int
    text: str
    polarity: Polarity
    themes: tuple[str, ...]
    confidence: float = 1.0

    @property
    def sure(self) -> bool:
        """Whether the claim model is sure of the claim (``SURE_MIN_SIDE``): only then may it join
        an emerging subject."""
        return is_sure(self.confidence)


@dataclass(frozen=True)
class ThemeSupport:
    """A theme with its quotes, grouped by article in article order: what is asked per article
    (which articles, each one's first quote) costs one step per article, not one per quote."""

    theme: Theme
    quotes_by_article: tuple[tuple[Quote, ...], ...]

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote in article order, for what needs them all (the JSON, the ranking)."""
        return tuple(chain.from_iterable(self.quotes_by_article))

    @cached_property
    def sentence_keys(self) -> tuple[tuple[str, str, str], ...]:
        """Each quote's sentence (``sentence_key``), in quote order: the figures, the ranking and
        the synthesis pages each look them up, and a rebuild of ``mkdocs serve`` keeps the support
        of a theme whose quotes did not change, so they are gathered once for it."""
        return tuple(map(sentence_key, self.quotes))

    @cached_property
    def paragraph_keys(self) -> tuple[tuple[str, str], ...]:
        """Each quote's paragraph (``paragraph_key``), in quote order (as ``sentence_keys``)."""
        return tuple(map(paragraph_key, self.quotes))

    @cached_property
    def quote_count(self) -> int:
        """How many quotes, without building the flat tuple."""
        return sum(map(len, self.quotes_by_article))

    @cached_property
    def articles(self) -> frozenset[str]:
        """Files quoted for this theme; computed once, since the page and the matrix ask per article."""
        return frozenset(quotes[0].article for quotes in self.quotes_by_article)


@dataclass(frozen=True)
class ArticleRef:
    """What the synthesis keeps of an article: enough to name it and link to it, not its text."""

    source_name: str
    slug: str
    title: str


@dataclass(frozen=True)
class Synthesis:
    """What the synthesis page, the JSON and the article pages show, in a deterministic order.

    ``emerging`` are the subjects the build found among claims no theme covers: each a
    ``ThemeSupport`` whose theme is ``proposed`` (id derived from its claims, suggested title,
    one polarity), most supported first. ``unthemed`` are the claims left in neither.
    """

    themes: tuple[ThemeSupport, ...]
    articles: tuple[ArticleRef, ...]
    unthemed: tuple[Claim, ...]
    emerging: tuple[ThemeSupport, ...] = ()

    def supported(self, polarity: Polarity) -> tuple[ThemeSupport, ...]:
        """Themes of one polarity that at least one article supports, most supported first."""
        return tuple(
            support for support in self.themes if support.theme.polarity is polarity and support.quotes_by_article
        )

    def unthemed_by_article(self) -> dict[str, tuple[Claim, ...]]:
        """Claims no theme covers, by article file in file order: the editor's report lists them so."""
        grouped: dict[str, list[Claim]] = {}
        for claim in self.unthemed:
            grouped.setdefault(claim.article, []).append(claim)
        return {name: tuple(claims) for name, claims in sorted(grouped.items())}


class SentenceVerdict(NamedTuple):
    """The analysis of one sentence of one block: the unit cached per article.

    A named tuple, since one is built for every sentence of every article.
    """

    block_index: int
    start: int
    end: int
    polarity: Polarity | None
    themes: tuple[str, ...]
    confidence: float = 1.0

