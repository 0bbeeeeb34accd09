"""Articles → their key figures with who gives them, and the sources they cite; pure functions.

Each sentence's figures and attributions come from ``sentences``; a value is the span of the
sentence that states it, never rewritten. A figure's source is, in this order: a name its own
sentence gives (the nearest); the study the article last cited, when the sentence refers back
to one ("Cette étude révèle…", "les répondants"); an unnamed attribution of its own sentence
("selon des experts": ``source`` is ``None``, the words are kept); the source of the sentence
before, when that sentence names it or when this one goes on with it ("Par ailleurs, …", "67 %
d’entre eux", a sentence opening on its figure, the items of a list introduced by a colon). A
sentence "C’est ce que révèle X" gives X to the figures of the sentence before. Names come
from the text only, never from a list of known organisations.

Across the collection, a figure cited by several articles is one figure with all its citations:
the same value from the same named source, or the same value in the same sentence when nobody
is named. Each figure goes under the synthesis theme its sentence (or else its paragraph) is
quoted for, so the figures page follows the synthesis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from dossier_ia.cache import RebuildMemo
from dossier_ia.figures import french_patterns as rules
from dossier_ia.figures.sentences import ANAPHORA_CLUE, DATE, Attribution, attributions, clues, figures, worth_reading
from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.text import fold_accents, sort_key
from dossier_ia.parallel import map_on_every_core
from dossier_ia.reading.model import Article, BlockKind
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.themes import Theme

LIST_KINDS = frozenset({BlockKind.BULLET_ITEM, BlockKind.NUMBERED_ITEM})
SKIPPED_KINDS = frozenset({BlockKind.HEADING, BlockKind.QUESTION})
UNSPACED = re.compile(r"[\s\u00a0\u202f]+")
# A date this close after an attribution tells when the source spoke.
DATE_GAP = 3
# Each article's figures and sources from the previous build, for ``mkdocs serve``.
_per_article: RebuildMemo[ArticleFigures] = RebuildMemo()


class FigureCitation(NamedTuple):
    """One figure as one article states it; a named tuple, since articles hold many."""

    value: str
    sentence: str
    position: int
    source: str | None
    unnamed: str
    article: str
    slug: str
    article_title: str
    anchor: str


class SourceCitation(NamedTuple):
    """A named source in one article: the first sentence that names it there."""

    name: str
    sentence: str
    article: str
    slug: str
    article_title: str
    anchor: str


@dataclass(frozen=True)
class ArticleFigures:
    """What one article contributes, found once per article and kept between rebuilds while it is unchanged."""

    figures: tuple[FigureCitation, ...]
    sources: tuple[SourceCitation, ...]


@dataclass(frozen=True)
class Figure:
    """One figure of the collection with every article that cites it, the first shown."""

    citations: tuple[FigureCitation, ...]
    theme: str | None

    @property
    def first(self) -> FigureCitation:
        """The citation shown for the figure: the first article's, in article order."""
        return self.citations[0]

    @cached_property
    def articles(self) -> tuple[str, ...]:
        """Articles citing the figure, each once, in article order (an article may cite it twice)."""
        return tuple(dict.fromkeys(citation.article for citation in self.citations))


@dataclass(frozen=True)
class CitedSource:
    """An organisation, study or person named as a source, with one citation per article."""

    name: str
    citations: tuple[SourceCitation, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """Articles naming the source, in article order (one citation per article)."""
        return tuple(citation.article for citation in self.citations)


@dataclass(frozen=True)
class KeyFigures:
    """What the figures page, its JSON and the synthesis show, in a deterministic order:
    figures by theme (the synthesis's order, then those of no theme), sources by name."""

    figures: tuple[Figure, ...]
    sources: tuple[CitedSource, ...]
    themes: tuple[Theme, ...]
    article_count: int

    def by_theme(self) -> dict[str | None, list[Figure]]:
        """Figures grouped under their theme id (``None``: no theme), in page order."""
        groups: dict[str | None, list[Figure]] = {}
        for figure in self.figures:
            groups.setdefault(figure.theme, []).append(figure)
        return groups


def collect_figures(articles: Sequence[Article], synthesis: Synthesis) -> KeyFigures:
    """Every article's figures (memoised per article), merged and grouped by the synthesis themes."""
    ordered = sorted(articles, key=lambda article: article.source_name)
    per_article = _per_article.get_many(ordered, lambda missing: map_on_every_core(article_figures, missing))
    _per_article.end_build()
    themes = tuple(support.theme for support in synthesis.themes)
    sentence_themes, paragraph_themes = _quoted_themes(synthesis)
    merged: dict[tuple[str, str], list[FigureCitation]] = {}
    sources: dict[str, list[SourceCitation]] = {}
    for result in per_article:
        for citation in result.figures:
            merged.setdefault(_figure_key(citation), []).append(citation)
        for source in result.sources:
            sources.setdefault(_folded(source.name), []).append(source)
    figures = [
        Figure(tuple(citations), _theme_of(citations, sentence_themes, paragraph_themes))
        for citations in merged.values()
    ]
    order = {theme.id: position for position, theme in enumerate(themes)}
    figures.sort(key=lambda figure: order.get(figure.theme, len(order)))  # stable: first citation order within
    cited = [CitedSource(citations[0].name, tuple(citations)) for citations in sources.values()]
    cited.sort(key=lambda source: sort_key(source.name))
    return KeyFigures(tuple(figures), tuple(cited), themes, len(ordered))


def article_figures(article: Article) -> ArticleFigures:
    """The figures of one article in reading order, and the sources it names (once each)."""
    reading = _Reading(article)
    introduced: Attribution | None = None
    for block in article.blocks:
        if block.kind in SKIPPED_KINDS:
            reading.new_section()
            introduced = None
            continue
        if block.kind not in LIST_KINDS:
            introduced = None
        reading.list_source = introduced
        block_clues = clues(block.text)
        if not worth_reading(block_clues):
            reading.new_section()
            continue
        sentences = split_sentences(block.text)
        for sentence in sentences:
            reading.read(sentence.text, block_clues if len(sentences) == 1 else clues(sentence.text), block.anchor)
        if block.kind is BlockKind.PARAGRAPH and block.text.rstrip().endswith(":"):
            introduced = reading.carried
    return ArticleFigures(tuple(reading.figures), tuple(reading.sources.values()))


class _Reading:
    """One article read sentence by sentence, with what an attribution carries over.

    ``carried`` is the source of the sentence before: it goes on to this sentence when that one
    names it with figures of its own (``carried_named``: "the sentence before" says who gives
    figures; a name alone, as in a quotation, does not), or when this one goes on
    with it ("Par ailleurs", "d’entre eux", "ce chiffre", a sentence opening on its figure).
    ``latest`` is the article's latest own attribution, for a sentence that refers back to a
    study ("cette étude", "les répondants"). ``list_source`` is that of a paragraph ending with a
    colon, for each item of the list it introduces. ``pending`` holds the figures of the sentence
    before that nobody was named for, for "C’est ce que révèle X".
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.figures: list[FigureCitation] = []
        self.sources: dict[str, SourceCitation] = {}
        self.carried: Attribution | None = None
        self.latest: Attribution | None = None
        self.list_source: Attribution | None = None
        self.carried_named = False
        self.pending: list[int] = []

    def new_section(self) -> None:
        """After a heading, or a block with neither figure nor attribution: nothing goes on across it."""
        self.carried, self.carried_named, self.pending = None, False, []

    def read(self, text: str, sentence_clues: frozenset[str], anchor: str) -> None:
        found = figures(text, sentence_clues)
        named, unnamed = attributions(text, sentence_clues)
        article = self.article
        for attribution in named:
            self.sources.setdefault(
                _folded(attribution.name),
                SourceCitation(attribution.name, text, article.source_name, article.slug, article.title, anchor),
            )
        if named and self.pending and rules.GIVES_SOURCE_BEFORE.match(text):
            for index in self.pending:
                self.figures[index] = self.figures[index]._replace(source=named[0].name)
        # The anaphora and continuation patterns search the whole sentence: only when they may matter.
        anaphoric = (
            self.latest
            if self.latest and ANAPHORA_CLUE in sentence_clues and rules.STUDY_ANAPHORA.search(text)
            else None
        )
        continuing = self.list_source
        if (
            not continuing
            and self.carried
            and (self.carried_named or (found and found[0][1] == 0) or rules.CONTINUATION.search(text))
        ):
            continuing = self.carried
        self.pending = []
        for kind, start, end in found:
            if kind == DATE and _dates_a_source(text, start, named + unnamed):
                continue
            chosen = _nearest(named, start, end) or anaphoric or _nearest(unnamed, start, end) or continuing
            if chosen is None:
                self.pending.append(len(self.figures))
            self.figures.append(
                FigureCitation(
                    text[start:end],
                    text,
                    start,
                    chosen.name if chosen else None,
                    chosen.words if chosen and chosen.name is None else "",
                    article.source_name,
                    article.slug,
                    article.title,
                    anchor,
                )
            )
        # "Le rapport révèle…" refers to the study already named: it names nobody new.
        own = named[-1] if named else None if anaphoric else (unnamed or [None])[-1]
        self.carried = own or anaphoric or continuing
        self.carried_named = bool(found) and (bool(named) or bool(anaphoric and anaphoric.name))
        self.latest = own or self.latest


def _nearest(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    if not attributions:
        return None
    return min(attributions, key=lambda item: (max(item.start - end, start - item.end, 0), item.start))


def _dates_a_source(sentence: str, start: int, attributions: list[Attribution]) -> bool:
    """Whether a date tells when a source spoke ("interrogées par X en mars 2024", "(X, 2023)"):
    it is then no claim of its own."""
    return sentence[:start].rstrip().endswith("(") or any(
        item.start <= start <= item.end + DATE_GAP for item in attributions
    )


def _quoted_themes(synthesis: Synthesis) -> tuple[dict[tuple[str, str, str], str], dict[tuple[str, str], str]]:
    """The first theme (in the synthesis's order) each quoted sentence, and each paragraph with
    a quoted sentence, is quoted for."""
    sentences: dict[tuple[str, str, str], str] = {}
    paragraphs: dict[tuple[str, str], str] = {}
    # The last theme backwards is the first: each theme's keys go in by C loops (``dict.fromkeys``),
    # over the 40,000 quotes of 1,000 articles that a new claim makes again.
    for support in reversed(synthesis.themes):
        sentences.update(dict.fromkeys(support.sentence_keys, support.theme.id))
        paragraphs.update(dict.fromkeys(support.paragraph_keys, support.theme.id))
    return sentences, paragraphs


def _theme_of(
    citations: list[FigureCitation], sentences: dict[tuple[str, str, str], str], paragraphs: dict[tuple[str, str], str]
) -> str | None:
    for citation in citations:
        theme = sentences.get((citation.article, citation.anchor, citation.sentence))
        if theme:
            return theme
    return next(
        (paragraphs[key] for citation in citations if (key := (citation.article, citation.anchor)) in paragraphs), None
    )


def _figure_key(citation: FigureCitation) -> tuple[str, str]:
    """Same value from the same named source, or, unnamed, the same value in the same sentence."""
    return _folded(citation.value), _folded(citation.source) if citation.source else "« " + UNSPACED.sub(
        "", citation.sentence
    )


def _folded(text: str) -> str:
    return UNSPACED.sub("", fold_accents(text).casefold().replace("’", "'"))
