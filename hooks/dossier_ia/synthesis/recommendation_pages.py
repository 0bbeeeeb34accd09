"""« Que faire »: every recommendation of the articles, grouped by theme, on pages of
``RECOMMENDATIONS_PAGE_SIZE`` (the synthesis page shows a few and links here).

Each recommendation is filed under the first theme it names; themes most recommended on come
first, recommendations that name no theme last.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier_ia.markdown import escape_text, front_matter, page_count, page_items, pagination, relative_link
from dossier_ia.settings import RECOMMENDATIONS_NAME, RECOMMENDATIONS_PAGE_SIZE, SYNTHESIS_DIR, SYNTHESIS_PAGE
from dossier_ia.synthesis.model import Synthesis, ThemeSupport
from dossier_ia.synthesis.recommendations import Recommendation
from dossier_ia.synthesis.selection import Passages
from dossier_ia.synthesis.theme_pages import BACK_TO_SYNTHESIS
from dossier_ia.synthesis.wording import count, label_of, quoted, source_link, typeset

TITLE = typeset("Que faire : les recommandations des articles")
ANCHOR = "que-faire"
GENERAL = "Sans thème précis"
Group = tuple[ThemeSupport | None, tuple[Recommendation, ...]]
_NO_GROUP = object()


def recommendations_uri(page_number: int = 1) -> str:
    name = f"{SYNTHESIS_DIR}/{RECOMMENDATIONS_NAME}"
    return f"{name}.md" if page_number == 1 else f"{name}/{page_number}.md"


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


def group_title(support: ThemeSupport | None) -> str:
    return label_of(support.theme) if support else GENERAL


def group_anchor(support: ThemeSupport | None) -> str:
    return f"conseils-{support.theme.id}" if support else "conseils-generaux"


def render_recommendation_pages(recommendations: Sequence[Recommendation], synthesis: Synthesis, passages: Passages) -> dict[str, str]:
    """Every page of the recommendations; a theme cut by a page break is continued on the next."""
    groups = group_recommendations(recommendations, synthesis)
    flat = [(support, recommendation) for support, items in groups for recommendation in items]
    pages = page_count(len(flat), RECOMMENDATIONS_PAGE_SIZE)
    articles = len({recommendation.article for recommendation in recommendations})
    files = {}
    for page_number in range(1, pages + 1):
        uri = recommendations_uri(page_number)
        title = TITLE if pages == 1 else f"{TITLE} (page {page_number} sur {pages})"
        meta = {"title": title, "description": "Ce que les articles recommandent aux professionnels du marketing, thème par thème.",
                "search": {"exclude": True}}
        lines = [front_matter(meta), "", f"# {escape_text(title)}", ""]
        lines += [f"[{BACK_TO_SYNTHESIS}]({relative_link(f'{SYNTHESIS_PAGE}#{ANCHOR}', uri)}){{ .synthesis-back }}", ""]
        if not flat:
            lines += ["Aucun article ne formule encore de recommandation.", ""]
        else:
            lines += [escape_text(f"{count(len(flat), 'recommandation relevée', 'recommandations relevées')} dans "
                                  f"{count(articles, 'article', 'articles')}, classées par thème. Elles sont repérées "
                                  "automatiquement\u00a0: une phrase qui dit aux professionnels du marketing ce qu’il faut faire."), ""]
        navigation = pagination(page_number, pages, uri, recommendations_uri, "Pages des recommandations")
        if pages > 1:
            lines += [navigation, ""]
        lines += ['<div data-search-exclude markdown>', ""]
        start = (page_number - 1) * RECOMMENDATIONS_PAGE_SIZE
        # The group the previous page ended with: continued here under the same heading.
        current: object = flat[start - 1][0] if start else _NO_GROUP
        for position, (support, recommendation) in enumerate(page_items(flat, page_number, RECOMMENDATIONS_PAGE_SIZE)):
            if support is not current or position == 0:
                suffix = " (suite)" if support is current else ""
                lines += ["", f"## {escape_text(group_title(support) + suffix)} {{#{group_anchor(support)}}}", ""]
                current = support
            lines.append(f"- {quoted(passages.in_context(recommendation))} — {source_link(recommendation, uri)}")
        lines += ["", "</div>", ""]
        if pages > 1:
            lines += [navigation, ""]
        files[uri] = "\n".join(lines)
    return files
