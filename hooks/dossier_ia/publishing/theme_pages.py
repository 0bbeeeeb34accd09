"""Browsing by theme: one page per theme of the synthesis (``synthese/<id>/``) listing its articles.

Material's ``tags`` plugin was measured at 1,000 articles and not kept: its one tag page, which it
cannot split into pages, weighed 2.4 MB with 13,000 links, and made the search index 36 % larger;
these pages hold ``THEME_ARTICLES_PAGE_SIZE`` articles each, whatever the size of the collection.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier_ia.articles.render import article_facts, article_uri, french_number
from dossier_ia.cache import LastResults
from dossier_ia.markdown import escape_text, front_matter, page_count, page_items, pagination, relative_link
from dossier_ia.reading.model import Article
from dossier_ia.settings import SYNTHESIS_PAGE, THEME_ARTICLES_PAGE_SIZE, theme_page_uri
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.themes import Theme

NBSP = "\u00a0"
# Each page, by its address, while what it shows is the same: a rebuild of ``mkdocs serve``
# renders those whose articles changed.
_pages: LastResults[str] = LastResults()


def render_theme_pages(synthesis: Synthesis, articles: Sequence[Article]) -> dict[str, str]:
    """Every page of every theme that an article supports, articles in reading order."""
    pages: dict[str, str] = {}
    for support in synthesis.themes:
        if not support.quotes_by_article:
            continue
        members = [article for article in articles if article.source_name in support.articles]
        count = page_count(len(members), THEME_ARTICLES_PAGE_SIZE)
        for page_number in range(1, count + 1):
            shown = tuple(page_items(members, page_number, THEME_ARTICLES_PAGE_SIZE))
            key = (support.theme, page_number, count, len(members), shown)
            uri = theme_page_uri(support.theme.id, page_number)
            pages[uri] = _pages.get(
                uri, key, lambda: _theme_page(support.theme, len(members), shown, page_number, count)
            )
    _pages.end_build()
    return pages


def _theme_page(theme: Theme, members: int, shown: Sequence[Article], page_number: int, pages: int) -> str:
    uri = theme_page_uri(theme.id, page_number)
    heading = theme.title if pages == 1 else f"{theme.title} — page {page_number} sur {pages}"
    total = f"{french_number(members)} article{'s' if members > 1 else ''}"
    # Out of the search index: a theme is found on the synthesis page, with its quotes; these
    # pages only list titles, which the articles' own pages already hold.
    meta = {
        "title": heading,
        "description": f"{theme.polarity.label.capitalize()} de l’IA en marketing\u00a0: {theme.title} ({total}).",
        "search": {"exclude": True},
    }
    parts = [
        front_matter(meta),
        f"# {escape_text(heading)}",
        f"*{theme.polarity.label.capitalize()}, selon {total}.* "
        f"[Les citations, dans la synthèse]({relative_link(f'{SYNTHESIS_PAGE}#{theme.anchor}', uri)})",
        escape_text(theme.summary),
        "## Les articles { #articles }",
    ]
    parts += [
        f"- **[{escape_text(article.title)}]({relative_link(article_uri(article), uri)})**  \n"
        f"  {escape_text(article_facts(article))}"
        for article in shown
    ]
    if pages > 1:
        parts.append(
            pagination(
                page_number,
                pages,
                uri,
                lambda number: theme_page_uri(theme.id, number),
                f"Pages des articles du thème {theme.title}",
            )
        )
    return "\n\n".join(parts) + "\n"
