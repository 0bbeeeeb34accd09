"""« Que faire »: every recommendation of the articles, grouped by theme, on pages of
``RECOMMENDATIONS_PAGE_SIZE`` (the synthesis page shows a few and links here).

Each recommendation is filed under the first theme it names; themes most recommended on come
first, recommendations that name no theme last.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier_ia.articles.render import article_uri
from dossier_ia.cache import LastResults
from dossier_ia.markdown import escape_text, page_count, page_items, pagination
from dossier_ia.settings import RECOMMENDATIONS_NAME, RECOMMENDATIONS_PAGE_SIZE
from dossier_ia.synthesis.model import Synthesis, ThemeSupport
from dossier_ia.synthesis.recommendations import Recommendation
from dossier_ia.synthesis.selection import Passages
from dossier_ia.synthesis.theme_pages import beside_synthesis_uri, listing_page_top
from dossier_ia.synthesis.themes import Theme
from dossier_ia.synthesis.wording import count, html_link, label_of, quoted_html, typeset

TITLE = typeset("Que faire : les recommandations des articles")
ANCHOR = "que-faire"
DESCRIPTION = "Ce que les articles recommandent aux professionnels du marketing, thème par thème."
GENERAL = "Sans thème précis"
Group = tuple[ThemeSupport | None, tuple[Recommendation, ...]]
NO_RECOMMENDATION = "Aucun article ne formule encore de recommandation."
_NO_GROUP = object()
# Each page, by its address, while what it shows is the same (compared, not hashed: a page's key
# holds its quotes).
_pages: LastResults[str] = LastResults()


def recommendations_uri(page_number: int = 1) -> str:
    """Where page ``page_number`` of the recommendations lives: the first beside the synthesis page."""
    return beside_synthesis_uri(RECOMMENDATIONS_NAME, page_number)


def group_recommendations(recommendations: Sequence[Recommendation], synthesis: Synthesis) -> list[Group]:
    """Recommendations by the first theme each names: most articles first, then most
    recommendations, then the synthesis's order; those that name no theme last."""
    supports = {support.theme.id: support for support in (*synthesis.themes, *synthesis.emerging)}
    order = {theme_id: index for index, theme_id in enumerate(supports)}
    grouped: dict[str, list[Recommendation]] = {}
    for recommendation in recommendations:
        theme_id = next((theme_id for theme_id in recommendation.themes if theme_id in supports), "")
        grouped.setdefault(theme_id, []).append(recommendation)
    ranked = sorted(
        grouped.items(),
        key=lambda item: (item[0] == "", -len({r.article for r in item[1]}), -len(item[1]), order.get(item[0], 0)),
    )
    return [(supports.get(theme_id), tuple(items)) for theme_id, items in ranked]


def group_title(theme: Theme | None) -> str:
    """A group's heading: its theme's label, or the heading of advice that names no theme."""
    return label_of(theme) if theme else GENERAL


def group_anchor(theme: Theme | None) -> str:
    """A group's id on the page: stable while the theme keeps its id."""
    return f"conseils-{theme.id}" if theme else "conseils-generaux"


def render_recommendation_pages(
    recommendations: Sequence[Recommendation], synthesis: Synthesis, passages: Passages
) -> dict[str, str]:
    """Every page of the recommendations; a theme cut by a page break is continued on the next.
    A page whose items are those of the previous build of ``mkdocs serve`` is taken from it."""
    groups = group_recommendations(recommendations, synthesis)
    flat = [
        (support.theme if support else None, recommendation) for support, items in groups for recommendation in items
    ]
    pages = page_count(len(flat), RECOMMENDATIONS_PAGE_SIZE)
    articles = len({recommendation.article for recommendation in recommendations})
    files = {}
    for page_number in range(1, pages + 1):
        start = (page_number - 1) * RECOMMENDATIONS_PAGE_SIZE
        # The group the previous page ended with: continued here under the same heading.
        before = flat[start - 1][0] if start else _NO_GROUP
        shown = tuple(page_items(flat, page_number, RECOMMENDATIONS_PAGE_SIZE))
        counts = (len(flat), articles) if page_number == 1 else None
        key = (
            page_number,
            pages,
            counts,
            before,
            shown,
            tuple(passages.versions.get(item.article) for _, item in shown),
        )
        uri = recommendations_uri(page_number)
        files[uri] = _pages.get(uri, key, lambda: _page(page_number, pages, counts, before, shown, passages))
    _pages.end_build()
    return files


def _page(
    page_number: int, pages: int, counts: tuple[int, int] | None, before: object, shown: tuple, passages: Passages
) -> str:
    """One page; the counts are said on the first only (they change with any new recommendation)."""
    uri = recommendations_uri(page_number)
    lines = listing_page_top(TITLE, DESCRIPTION, ANCHOR, uri, page_number, pages)
    if counts == (0, 0):
        lines += [escape_text(NO_RECOMMENDATION), ""]
    elif counts:
        lines += [
            escape_text(
                f"{count(counts[0], 'recommandation relevée', 'recommandations relevées')} dans "
                f"{count(counts[1], 'article', 'articles')}, classées par thème. Elles sont repérées "
                "automatiquement\u00a0: une phrase qui dit aux professionnels du marketing ce qu’il faut faire."
            ),
            "",
        ]
    navigation = pagination(page_number, pages, uri, recommendations_uri, "Pages des recommandations")
    if pages > 1:
        lines += [navigation, ""]
    current = before
    for position, (theme, recommendation) in enumerate(shown):
        if theme is not current or position == 0:
            suffix = " (suite)" if theme is current else ""
            if position:
                lines += ["</ul>", ""]
            lines += [
                f"## {escape_text(group_title(theme) + suffix)} {{#{group_anchor(theme)}}}",
                "",
                '<ul class="theme-quotes">',
            ]
            current = theme
        target = f"{article_uri(recommendation)}#{recommendation.anchor}"
        lines.append(
            f"<li>{quoted_html(passages.in_context(recommendation), passages.cut_off(recommendation))} — "
            f"{html_link(recommendation.article_title, target, uri)}</li>"
        )
    if shown:
        lines += ["</ul>", ""]
    if pages > 1:
        lines += [navigation, ""]
    return "\n".join(lines)
