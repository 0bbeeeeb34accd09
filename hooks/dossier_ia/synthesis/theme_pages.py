"""Each theme's own pages, ``synthese/<theme id>/``: every quote of the theme, article by article,
in context, split into pages of ``THEME_PAGE_SIZE`` articles so that thousands stay readable.

The synthesis page shows a theme's best quotes; this is where the reader checks all of them.
A sentence that leans on the one before is shown with it (``Passages``). The pages stay out of
the search index: each quote is found on its own article page.
"""

from __future__ import annotations

from dossier_ia.articles.render import article_uri
from dossier_ia.markdown import escape_text, front_matter, page_count, page_items, pagination, relative_link
from dossier_ia.settings import RESERVED_THEME_IDS, SYNTHESIS_DIR, SYNTHESIS_PAGE, THEME_PAGE_SIZE
from dossier_ia.synthesis.model import Synthesis, ThemeSupport
from dossier_ia.synthesis.selection import Passages
from dossier_ia.synthesis.wording import POLARITY_NOUNS, capitalised, colon, count, label_in_sentence, listing, quoted, share, title_of, typeset

BACK_TO_SYNTHESIS = "Retour à la synthèse"


def theme_uri(theme_id: str, page_number: int = 1) -> str:
    """``synthese/<id>.md`` (``synthese/<id>/`` once built), then ``synthese/<id>/<n>.md``."""
    return f"{SYNTHESIS_DIR}/{theme_id}.md" if page_number == 1 else f"{SYNTHESIS_DIR}/{theme_id}/{page_number}.md"


def themes_with_pages(synthesis: Synthesis) -> dict[str, ThemeSupport]:
    """Themes and emerging topics quoted at least once, by id; an emerging topic whose id is
    already taken (by a theme or a fixed page) gets no page of its own."""
    pages = {support.theme.id: support for support in synthesis.themes if support.quotes_by_article}
    for support in synthesis.emerging:
        if support.quotes_by_article and support.theme.id not in pages and support.theme.id not in RESERVED_THEME_IDS:
            pages[support.theme.id] = support
    return pages


def render_theme_pages(synthesis: Synthesis, passages: Passages) -> dict[str, str]:
    """Every page of every theme that has quotes."""
    total = len(synthesis.articles)
    supports = themes_with_pages(synthesis)
    files: dict[str, str] = {}
    for support in supports.values():
        files.update(_theme_pages(support, total, passages, supports))
    return files


def _theme_pages(support: ThemeSupport, total: int, passages: Passages, supports: dict[str, ThemeSupport]) -> dict[str, str]:
    theme = support.theme
    title = title_of(theme)
    groups = support.quotes_by_article
    pages = page_count(len(groups), THEME_PAGE_SIZE)
    files = {}
    for page_number in range(1, pages + 1):
        uri = theme_uri(theme.id, page_number)
        heading = title if pages == 1 else f"{title} (page {page_number} sur {pages})"
        meta = {
            "title": f"{title}{colon('')} toutes les citations" if pages == 1 else f"{title}{colon('')} citations, page {page_number} sur {pages}",
            "description": f"Ce que disent les articles du thème «\u00a0{title}\u00a0», citations à l’appui.",
            "search": {"exclude": True},
            "hide": ["toc"],
        }
        lines = [front_matter(meta), "", f"# {escape_text(heading)}", ""]
        lines += [f"[{BACK_TO_SYNTHESIS}]({relative_link(f'{SYNTHESIS_PAGE}#{theme.anchor}', uri)}){{ .synthesis-back }}", ""]
        lines += _introduction(support, total, supports, uri)
        navigation = pagination(page_number, pages, uri, lambda number: theme_uri(theme.id, number), f"Pages des citations du thème «\u00a0{title}\u00a0»")
        if pages > 1:
            lines += [navigation, ""]
        lines += ['<div data-search-exclude markdown>', ""]
        for quotes in page_items(groups, page_number, THEME_PAGE_SIZE):
            # One relative link per article, its quotes add their anchors: thousands of quotes.
            page = relative_link(article_uri(quotes[0]), uri)
            lines += [f"## [{escape_text(quotes[0].article_title)}]({page})", ""]
            lines += [f"- {quoted(passages.in_context(quote))} — [lire le passage]({page}#{quote.anchor})" for quote in quotes]
            lines.append("")
        lines += ["</div>", ""]
        if pages > 1:
            lines += [navigation, ""]
        files[uri] = "\n".join(lines)
    return files


def _introduction(support: ThemeSupport, total: int, supports: dict[str, ThemeSupport], uri: str) -> list[str]:
    theme = support.theme
    kind = f"{capitalised(POLARITY_NOUNS[theme.polarity])} évoqué dans {share(len(support.articles), total)}"
    lines = [f"{escape_text(kind)}, {escape_text(count(support.quote_count, 'citation', 'citations'))}.", ""]
    if theme.proposed:
        lines += ["Sujet regroupé automatiquement à partir de phrases qu’aucun thème de l’équipe éditoriale ne couvre encore.", ""]
    elif theme.summary:
        lines += [escape_text(typeset(theme.summary)), ""]
    opposite = [other for other in supports.values() if other.theme.id in theme.opposes or theme.id in other.theme.opposes]
    if opposite:
        links = [f"[{escape_text(label_in_sentence(other.theme))}]({relative_link(theme_uri(other.theme.id), uri)})" for other in opposite]
        lines += [f"{escape_text(colon('À mettre en regard'))} {listing(links)}.", ""]
    return lines
