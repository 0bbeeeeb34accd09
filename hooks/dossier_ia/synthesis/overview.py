"""« L'essentiel »: the synthesis in five statements, computed from the analysis, never written.

The most cited advantages and drawbacks with how many articles raise each, where the articles
disagree, what they recommend, and the emerging topics. Each statement is a list of segments
(text, and the anchor it links to on the synthesis page), so that the page (Markdown, linked)
and ``api/synthese.json`` (plain text) say exactly the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from dossier_ia.articles.render import french_number
from dossier_ia.markdown import escape_text
from dossier_ia.settings import SYNTHESIS_DISAGREEMENTS_SHOWN, SYNTHESIS_EMERGING_SHOWN
from dossier_ia.synthesis.disagreements import Disagreement
from dossier_ia.synthesis.model import Synthesis, ThemeSupport
from dossier_ia.synthesis.recommendations import Recommendation
from dossier_ia.synthesis.themes import Polarity
from dossier_ia.synthesis.wording import NBSP, colon, count, label_in_sentence, share

TOP_THEMES = 3
# The overview links to what the sections show: never more than they do.
TOP_DISAGREEMENTS = min(2, SYNTHESIS_DISAGREEMENTS_SHOWN)
TOP_RECOMMENDATION_THEMES = 2
TOP_EMERGING = min(3, SYNTHESIS_EMERGING_SHOWN)
RECOMMENDATIONS_ANCHOR = "que-faire"
LIST_SEPARATOR = ", "
EMPTY = "Aucun article ne défend encore d’avantage ni d’inconvénient identifiable."

Segment = tuple[str, str]  # (text, anchor on the synthesis page; "" for plain text)


@dataclass(frozen=True)
class Overview:
    """What « L'essentiel » says, as data: the page and the JSON are written from it."""

    total: int
    # How many advantages and drawbacks the articles raise; the statements name the top ones.
    advantage_themes: int
    drawback_themes: int
    advantages: tuple[ThemeSupport, ...]
    drawbacks: tuple[ThemeSupport, ...]
    disagreements: tuple[Disagreement, ...]
    recommendations: int
    recommending_articles: int
    recommendation_themes: tuple[tuple[ThemeSupport, int], ...]
    emerging: tuple[ThemeSupport, ...]

    @property
    def statements(self) -> list[tuple[str, list[Segment]]]:
        """(bold lead, segments) per statement, in reading order; absent facts say nothing."""
        statements: list[tuple[str, list[Segment]]] = []
        for lead, supports in (
            ("Avantages les plus cités", self.advantages),
            ("Inconvénients les plus cités", self.drawbacks),
        ):
            if supports:
                statements.append((lead, _joined([_theme_segment(support, self.total) for support in supports])))
        if self.disagreements:
            statements.append(
                ("Où ils divergent", _joined([_disagreement_segment(pair) for pair in self.disagreements], f"{NBSP}; "))
            )
        if self.recommendations:
            segments: list[Segment] = [(
                f"{count(self.recommendations, 'recommandation relevée', 'recommandations relevées')} dans "
                f"{count(self.recommending_articles, 'article', 'articles')}", RECOMMENDATIONS_ANCHOR,
            )]
            if self.recommendation_themes:
                lead = "thème le plus fréquent" if len(self.recommendation_themes) == 1 else "thèmes les plus fréquents"
                segments.append((f"{NBSP}; {colon(lead)} ", ""))
                segments += _joined([
                    [(label_in_sentence(support.theme), support.theme.anchor), (f" ({french_number(number)})", "")]
                    for support, number in self.recommendation_themes
                ])
            statements.append(("Ce qu’ils recommandent", segments))
        if self.emerging:
            statements.append(
                ("Sujets émergents", _joined([_theme_segment(support, self.total) for support in self.emerging]))
            )
        return statements

    @property
    def headline(self) -> str:
        """The first sentence of « L’essentiel »: how many articles and points, or why there are none."""
        if not self.advantage_themes and not self.drawback_themes:
            return EMPTY
        return (f"{count(self.total, 'article analysé', 'articles analysés')}{NBSP}: "
                f"{count(self.advantage_themes, 'avantage', 'avantages')} et "
                f"{count(self.drawback_themes, 'inconvénient', 'inconvénients')} évoqués, regroupés par thème.")


def build_overview(
    synthesis: Synthesis, disagreements: Sequence[Disagreement], recommendations: Sequence[Recommendation]
) -> Overview:
    """The overview of one synthesis: top themes by distinct articles (then quotes, then the
    editor's order, which ``synthesis.supported`` keeps)."""
    pros, cons = synthesis.supported(Polarity.PRO), synthesis.supported(Polarity.CON)
    by_id = {support.theme.id: support for support in synthesis.themes}
    primary = Counter(
        recommendation.themes[0]
        for recommendation in recommendations
        if recommendation.themes and recommendation.themes[0] in by_id
    )
    order = {support.theme.id: index for index, support in enumerate(synthesis.themes)}
    # A theme is named when several recommendations are about it; one alone says little.
    themes = sorted(
        ((theme_id, number) for theme_id, number in primary.items() if number > 1),
        key=lambda item: (-item[1], order[item[0]]),
    )
    themes = themes[:TOP_RECOMMENDATION_THEMES]
    emerging = tuple(support for support in synthesis.emerging if support.quotes_by_article)
    return Overview(
        total=len(synthesis.articles),
        advantage_themes=len(pros),
        drawback_themes=len(cons),
        advantages=_top(pros),
        drawbacks=_top(cons),
        disagreements=tuple(disagreements[:TOP_DISAGREEMENTS]),
        recommendations=len(recommendations),
        recommending_articles=len({recommendation.article for recommendation in recommendations}),
        recommendation_themes=tuple((by_id[theme_id], number) for theme_id, number in themes),
        emerging=_top(emerging, TOP_EMERGING),
    )


def overview_markdown(overview: Overview, link: str = "") -> list[str]:
    """The overview as Markdown: the headline, then one bullet per statement; anchors are
    prefixed with ``link`` (the synthesis page's address, from another page)."""
    lines = [escape_text(overview.headline), ""]
    for lead, segments in overview.statements:
        body = "".join(
            f"[{escape_text(text)}]({link}#{anchor})" if anchor else escape_text(text) for text, anchor in segments
        )
        lines.append(f"- **{escape_text(colon(lead))}** {body}.")
    return [*lines, ""]


def overview_text(overview: Overview) -> str:
    """The same overview in plain text (for the JSON): one sentence per statement."""
    sentences = [overview.headline]
    sentences += [f"{colon(lead)} {''.join(text for text, _ in segments)}." for lead, segments in overview.statements]
    return " ".join(sentences)


def overview_json(overview: Overview) -> dict:
    """The overview for ``api/``: its text and the counts and theme ids it was written from."""
    def themes(supports: Sequence[ThemeSupport]) -> list[dict]:
        return [{"theme": support.theme.id, "articles": len(support.articles)} for support in supports]

    return {
        "text": overview_text(overview),
        "articles": overview.total,
        "advantages": themes(overview.advantages),
        "drawbacks": themes(overview.drawbacks),
        "disagreements": [
            {"advantage": pair.advantage.theme.id, "drawback": pair.drawback.theme.id}
            for pair in overview.disagreements
        ],
        "recommendations": {
            "count": overview.recommendations,
            "articles": overview.recommending_articles,
            "themes": [
                {"theme": support.theme.id, "count": number} for support, number in overview.recommendation_themes
            ],
        },
        "emerging": themes(overview.emerging),
    }


def most_cited(supports: Sequence[ThemeSupport]) -> list[ThemeSupport]:
    """Most articles first, then most quotes, then the order given: the overview and the
    sections it links to name the same themes."""
    ranked = sorted(enumerate(supports), key=lambda item: (-len(item[1].articles), -item[1].quote_count, item[0]))
    return [support for _, support in ranked]


def _top(supports: Sequence[ThemeSupport], limit: int = TOP_THEMES) -> tuple[ThemeSupport, ...]:
    return tuple(most_cited(supports)[:limit])


def _theme_segment(support: ThemeSupport, total: int) -> list[Segment]:
    return [(label_in_sentence(support.theme), support.theme.anchor), (f" ({share(len(support.articles), total)})", "")]


def _disagreement_segment(pair: Disagreement) -> list[Segment]:
    advantage, drawback = pair.advantage, pair.drawback
    title = f"{label_in_sentence(advantage.theme)} ou {label_in_sentence(drawback.theme)}"
    sides = (f" ({count(len(advantage.articles), 'article y voit', 'articles y voient')} un avantage, "
             f"{french_number(len(drawback.articles))} un inconvénient)")
    return [(title, pair.anchor), (sides, "")]


def _joined(groups: list[list[Segment]], separator: str = LIST_SEPARATOR) -> list[Segment]:
    """Segment groups joined as a French list: « a, b et c » (or with another separator)."""
    joined: list[Segment] = []
    for index, group in enumerate(groups):
        if index:
            joined.append((" et " if index == len(groups) - 1 and separator == LIST_SEPARATOR else separator, ""))
        joined += group
    return joined
