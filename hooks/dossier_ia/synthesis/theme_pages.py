"""Each theme's own pages, ``synthese/<theme id>/``: every quote of the theme, article by article,
in context, split into pages of ``THEME_PAGE_SIZE`` articles so that thousands stay readable.

The synthesis page shows a theme's best quotes; this is where the reader checks all of them.
A sentence that leans on the one before is shown with it (``Passages``). The pages stay out of
the search index: each quote is found on its own article page.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier_ia.articles.render import article_uri
from dossier_ia.cache import LastResults
from dossier_ia.french.text import capitalised
from dossier_ia.markdown import escape_text, front_matter, page_count, page_items, pagination, relative_link
from dossier_ia.settings import EMERGING_ANCHOR, RESERVED_THEME_IDS, SYNTHESIS_DIR, SYNTHESIS_PAGE, THEME_PAGE_SIZE
from dossier_ia.synthesis.model import Quote, Synthesis, ThemeSupport
from dossier_ia.synthesis.selection import Passages
from dossier_ia.synthesis.themes import Theme
from dossier_ia.synthesis.wording import (
    POLARITY_NOUNS,
    colon,
    count,
    html_link,
    label_in_sentence,
    listing,
    quoted_html,
    share,
    title_of,
    typeset,
)

BACK_TO_SYNTHESIS = "Retour à la synthèse"
# Each page, by its address, while what it shows is the same (compared, not hashed: a page's key
# holds its quotes).
_pages: LastResults[str] = LastResults()


def beside_synthesis_uri(name: str, page_number: int = 1) -> str:
    """Page ``page_number`` of the pages the synthesis links to under ``name``: ``synthese/<name>.md``
    (``synthese/<name>/`` once built), then ``synthese/<name>/<n>.md``."""
    return f"{SYNTHESIS_DIR}/{name}.md" if page_number == 1 else f"{SYNTHESIS_DIR}/{name}/{page_number}.md"


def theme_uri(theme_id: str, page_number: int = 1) -> str:
    """Page ``page_number`` of a theme's quotes."""
    return beside_synthesis_uri(theme_id, page_number)


def back_to_synthesis(anchor: str, uri: str) -> list[str]:
    """The lines linking the page at ``uri`` back to the section ``anchor`` of the synthesis page."""
    return [f"[{BACK_TO_SYNTHESIS}]({relative_link(f'{SYNTHESIS_PAGE}#{anchor}', uri)}){{ .synthesis-back }}", ""]


def listing_page_top(
    title: str, description: str, anchor: str, uri: str, page_number: int, pages: int, *, hide_toc: bool = False
) -> list[str]:
    """The first lines of a page of a list the synthesis section ``anchor`` links to: front matter
    (out of the search index: each item is found on its article's page), heading with the page
    number when there are several, and the link back."""
    heading = title if pages == 1 else f"{title} (page {page_number} sur {pages})"
    meta: dict[str, object] = {"title": heading, "description": description, "search": {"exclude": True}}
    if hide_toc:
        meta["hide"] = ["toc"]
    return [front_matter(meta), "", f"# {escape_text(heading)}", "", *back_to_synthesis(anchor, uri)]


def themes_with_pages(synthesis: Synthesis) -> dict[str, ThemeSupport]:
    """Themes and emerging topics quoted at least once, by id; an emerging topic whose id is
    already taken (by a theme or a fixed page) gets no page of its own."""
    pages = {support.theme.id: support for support in synthesis.themes if support.quotes_by_article}
    for support in synthesis.emerging:
        if support.quotes_by_article and support.theme.id not in pages and support.theme.id not in RESERVED_THEME_IDS:
            pages[support.theme.id] = support
    return pages


def render_theme_pages(synthesis: Synthesis, passages: Passages) -> dict[str, str]:
    """Every page of every theme that has quotes; a page whose content cannot have changed since
    the previous build of ``mkdocs serve`` is taken from it."""
    total = len(synthesis.articles)
    supports = themes_with_pages(synthesis)
    files: dict[str, str] = {}
    for support in supports.values():
        files.update(_theme_pages(support, total, passages, supports))
    _pages.end_build()
    return files


def _theme_pages(
    support: ThemeSupport, total: int, passages: Passages, supports: dict[str, ThemeSupport]
) -> dict[str, str]:
    theme = support.theme
    groups = support.quotes_by_article
    pages = page_count(len(groups), THEME_PAGE_SIZE)
    # Counts and the editor's text are on the first page only: editing one article then changes
    # the first page and its own, not every page of the theme.
    introduction = _introduction(support, total, supports, theme_uri(theme.id))
    files = {}
    for page_number in range(1, pages + 1):
        uri = theme_uri(theme.id, page_number)
        shown = page_items(groups, page_number, THEME_PAGE_SIZE)
        # Each quote's context comes from its article: the article's version is part of the key.
        key = (
            theme,
            page_number,
            pages,
            tuple(introduction) if page_number == 1 else (),
            shown,
            tuple(passages.versions.get(quotes[0].article) for quotes in shown),
        )
        files[uri] = _pages.get(
            uri,
            key,
            lambda: _theme_page(
                theme, uri, page_number, pages, introduction if page_number == 1 else [], shown, passages
            ),
        )
    return files


def _theme_page(
    theme: Theme,
    uri: str,
    page_number: int,
    pages: int,
    introduction: list[str],
    groups: Sequence[tuple[Quote, ...]],
    passages: Passages,
) -> str:
    title = title_of(theme)
    heading = title if pages == 1 else f"{title} (page {page_number} sur {pages})"
    meta = {
        "title": f"{title}{colon('')} toutes les citations"
        if pages == 1
        else f"{title}{colon('')} citations, page {page_number} sur {pages}",
        "description": f"Ce que disent les articles du thème «\u00a0{title}\u00a0», citations à l’appui.",
        "search": {"exclude": True},
        "hide": ["toc"],
    }
    lines = [front_matter(meta), "", f"# {escape_text(heading)}", ""]
    # An emerging subject may be one of many not shown on the synthesis page: back to their section.
    back = EMERGING_ANCHOR if theme.proposed else theme.anchor
    lines += back_to_synthesis(back, uri)
    lines += introduction
    navigation = pagination(
        page_number,
        pages,
        uri,
        lambda number: theme_uri(theme.id, number),
        f"Pages des citations du thème «\u00a0{title}\u00a0»",
    )
    if pages > 1:
        lines += [navigation, ""]
    for quotes in groups:
        article = article_uri(quotes[0])
        lines += [
            f"## [{escape_text(quotes[0].article_title)}]({relative_link(article, uri)})",
            "",
            '<ul class="theme-quotes">',
        ]
        shown = [passages.in_context(quote) for quote in quotes]
        # A quote that the next one shows as its context (« A » then « A B », B leaning on A) is
        # shown once, inside the next.
        lines += [
            f"<li>{quoted_html(text, passages.cut_off(quote))} — "
            f"{html_link('lire le passage', f'{article}#{quote.anchor}', uri)}</li>"
            for position, (quote, text) in enumerate(zip(quotes, shown))
            if not (position + 1 < len(shown) and text in shown[position + 1])
        ]
        lines += ["</ul>", ""]
    if pages > 1:
        lines += [navigation, ""]
    return "\n".join(lines)


def _introduction(support: ThemeSupport, total: int, supports: dict[str, ThemeSupport], uri: str) -> list[str]:
    theme = support.theme
    kind = f"{capitalised(POLARITY_NOUNS[theme.polarity])} évoqué dans {share(len(support.articles), total)}"
    lines = [f"{escape_text(kind)}, {escape_text(count(support.quote_count, 'citation', 'citations'))}.", ""]
    if theme.proposed:
        lines += [
            "Sujet regroupé automatiquement à partir de phrases qu’aucun thème de l’équipe éditoriale ne couvre "
            "encore.",
            "",
        ]
    elif theme.summary:
        lines += [escape_text(typeset(theme.summary)), ""]
    opposite = [
        other for other in supports.values() if other.theme.id in theme.opposes or theme.id in other.theme.opposes
    ]
    if opposite:
        links = [
            f"[{escape_text(label_in_sentence(other.theme))}]({relative_link(theme_uri(other.theme.id), uri)})"
            for other in opposite
        ]
        lines += [f"{escape_text(colon('À mettre en regard'))} {listing(links)}.", ""]
    return lines
