"""« Qui dit quoi »: for each article, the advantages and drawbacks it raises, as short theme
labels linked to each theme's page, on pages of ``WHO_SAYS_WHAT_PAGE_SIZE`` articles.

A list rather than a table of articles × themes: it reads without sideways scrolling on a phone
and needs no codes, and the synthesis page, which only links here, keeps its size whatever the
number of articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dossier_ia.articles.render import article_uri, french_number
from dossier_ia.cache import RebuildMemo
from dossier_ia.markdown import escape_text, page_count, page_items, pagination, relative_link
from dossier_ia.settings import WHO_SAYS_WHAT_NAME, WHO_SAYS_WHAT_PAGE_SIZE
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.recommendations import Recommendation
from dossier_ia.synthesis.theme_pages import beside_synthesis_uri, listing_page_top, theme_uri, themes_with_pages
from dossier_ia.synthesis.themes import Polarity
from dossier_ia.synthesis.wording import PART_TITLES, colon, label_in_sentence, typeset

TITLE = typeset("Qui dit quoi : les thèmes de chaque article")
ANCHOR = "qui-dit-quoi"
DESCRIPTION = "Pour chaque article, les avantages et les inconvénients de l’IA en marketing qu’il évoque."
NOTHING = "Aucun avantage ni inconvénient relevé."
POLARITIES = (Polarity.PRO, Polarity.CON)
_pages: RebuildMemo[str] = RebuildMemo()


def who_says_what_uri(page_number: int = 1) -> str:
    """Where page ``page_number`` of « Qui dit quoi » lives: the first beside the synthesis page."""
    return beside_synthesis_uri(WHO_SAYS_WHAT_NAME, page_number)


def render_who_says_what(synthesis: Synthesis, recommendations: Sequence[Recommendation]) -> dict[str, str]:
    """Every page of the list, articles in the synthesis's order (by file name); a page whose
    articles and labels are those of the previous build of ``mkdocs serve`` is taken from it."""
    labels = _labels_by_article(synthesis)
    advice = Counter(recommendation.article for recommendation in recommendations)
    articles = synthesis.articles
    pages = page_count(len(articles), WHO_SAYS_WHAT_PAGE_SIZE)
    files = {}
    for page_number in range(1, pages + 1):
        shown = tuple(
            (
                article,
                tuple((polarity, tuple(found)) for polarity, found in labels.get(article.source_name, {}).items()),
                advice[article.source_name],
            )
            for article in page_items(articles, page_number, WHO_SAYS_WHAT_PAGE_SIZE)
        )
        total = len(articles) if page_number == 1 else None
        files[who_says_what_uri(page_number)] = _pages.get(
            (page_number, pages, total, shown), lambda: _page(page_number, pages, total, shown)
        )
    _pages.end_build()
    return files


def _page(page_number: int, pages: int, total: int | None, shown: tuple) -> str:
    """One page; the number of articles is said on the first only (it changes with any new one)."""
    uri = who_says_what_uri(page_number)
    lines = listing_page_top(TITLE, DESCRIPTION, ANCHOR, uri, page_number, pages, hide_toc=True)
    if total is not None:
        lines += [
            escape_text(
                f"Pour chacun des {french_number(total)} articles, les avantages et les inconvénients "
                "qu’il évoque\u00a0; chaque thème mène à ses citations."
            )
            if total > 1
            else escape_text(
                "Les avantages et les inconvénients qu’évoque l’article\u00a0; chaque thème mène à ses citations."
            ),
            "",
        ]
    navigation = pagination(page_number, pages, uri, who_says_what_uri, typeset("Pages de « Qui dit quoi »"))
    if pages > 1:
        lines += [navigation, ""]
    theme_links: dict[str, str] = {}
    for article, by_polarity, advice in shown:
        lines += [f"- **[{escape_text(article.title)}]({relative_link(article_uri(article), uri)})**", ""]
        rows = []
        for polarity, found in sorted(by_polarity, key=lambda item: POLARITIES.index(item[0])):
            links = []
            for theme_id, label in found:
                if theme_id not in theme_links:
                    theme_links[theme_id] = relative_link(theme_uri(theme_id), uri)
                links.append(f"[{escape_text(label)}]({theme_links[theme_id]})")
            rows.append(f"    {escape_text(colon(PART_TITLES[polarity]))} {', '.join(links)}")
        if advice:
            rows.append(f"    {escape_text(colon('Recommandations'))} {escape_text(french_number(advice))}")
        lines += ["\n\n".join(rows) if rows else f"    {NOTHING}", ""]
    if pages > 1:
        lines += [navigation, ""]
    return "\n".join(lines)


def _labels_by_article(synthesis: Synthesis) -> dict[str, dict[Polarity, list[tuple[str, str]]]]:
    """File name → polarity → (theme id, label in a sentence), in the synthesis's theme order."""
    labels: dict[str, dict[Polarity, list[tuple[str, str]]]] = {}
    for theme_id, support in themes_with_pages(synthesis).items():
        label = label_in_sentence(support.theme)
        for name in sorted(support.articles):
            labels.setdefault(name, {}).setdefault(support.theme.polarity, []).append((theme_id, label))
    return labels

