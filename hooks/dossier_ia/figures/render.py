"""Key figures → the Markdown of the ``chiffres/`` pages, the key figures shown in the synthesis,
and the data of ``api/chiffres.json``.

Article text (values, sentences, names, titles) goes through ``escape_text``: it is shown as
written, never read as Markdown or HTML. The pages are split into pages of a bounded size, and
the quoted sentences stay out of the search index, as the synthesis quotes do: each is found on
its own article page already.
"""

from __future__ import annotations

from dossier_ia.articles.render import article_uri, article_url, french_number
from dossier_ia.figures.analysis import CitedSource, Figure, FigureCitation, KeyFigures, SourceCitation
from dossier_ia.markdown import escape_text, front_matter, page_count, page_items, pagination, relative_link

FIGURES_DIR = "chiffres"
FIGURES_JSON = "api/chiffres.json"
PAGE_TITLE = "Chiffres clés et sources"
PAGE_DESCRIPTION = (
    "Les chiffres que citent les articles sur l’IA en marketing, thème par thème, chacun avec sa phrase et sa "
    "source, et les études et organisations citées."
)
# Figures per page: a page stays light however many articles the site holds.
FIGURES_PAGE_SIZE = 100
MAX_CITATIONS_SHOWN = 5
MAX_SOURCE_ARTICLES_SHOWN = 8
KEY_FIGURES_PER_THEME = 3
OTHER_FIGURES_TITLE = "Autres chiffres"
OTHER_FIGURES_ANCHOR = "autres-chiffres"
SOURCES_TITLE = "Sources citées"
SOURCES_ANCHOR = "sources"
NBSP = "\u00a0"
INTRODUCTION = (
    "Les chiffres que citent les articles du site — pourcentages, montants, effectifs, durées, "
    "ordres de grandeur — rangés par thème de la synthèse. Chaque chiffre est donné tel que "
    "l’article l’écrit, dans sa phrase citée mot pour mot, avec la source que cette phrase "
    "nomme et un lien vers le paragraphe qui le cite ; un chiffre repris par plusieurs articles "
    "n’apparaît qu’une fois, avec chacun d’eux."
)
SOURCES_INTRODUCTION = (
    "Les études, organisations et personnes que les articles citent comme source, avec les articles qui les citent."
)
EMPTY = "Aucun chiffre n’a encore été relevé dans les articles."
NO_SOURCES = "Aucun article ne nomme encore de source."


def figures_uri(page_number: int) -> str:
    """Where page ``page_number`` of the figures list lives: the first is the section's index."""
    return f"{FIGURES_DIR}/index.md" if page_number == 1 else f"{FIGURES_DIR}/pages/{page_number}.md"


def render_figure_pages(key_figures: KeyFigures) -> dict[str, str]:
    """Every page of the figures list, by docs path; the first also lists the cited sources."""
    pages = page_count(len(key_figures.figures), FIGURES_PAGE_SIZE)
    return {figures_uri(number): _page(key_figures, number, pages) for number in range(1, pages + 1)}


def figures_json(key_figures: KeyFigures) -> dict:
    """The figures and sources as data (``api/chiffres.json``), in the page's order; sentences as written."""
    return {
        "figures": [
            {
                "value": figure.first.value,
                "sentence": figure.first.sentence,
                "source": figure.first.source,
                "article": figure.first.article,
                "url": _paragraph_url(figure.first),
                "citations": [
                    {"article": citation.article, "url": _paragraph_url(citation), "sentence": citation.sentence}
                    for citation in figure.citations
                ],
            }
            for figure in key_figures.figures
        ],
        "sources": [{"name": source.name, "articles": list(source.articles)} for source in key_figures.sources],
    }


def render_theme_figures(key_figures: KeyFigures, from_uri: str) -> dict[str, str]:
    """Theme id → a paragraph of the theme's key figures (named sources and most cited first),
    linked to their paragraphs and to the theme's part of the figures pages, for a page at ``from_uri``."""
    starts = _theme_pages(key_figures)
    blocks = {}
    for theme_id, figures in key_figures.by_theme().items():
        if theme_id is None:
            continue
        chosen = sorted(figures, key=lambda figure: (figure.first.source is None, -len(figure.articles)))[
            :KEY_FIGURES_PER_THEME
        ]
        shown = " · ".join(_key_figure(figure, from_uri) for figure in chosen)
        link = relative_link(f"{figures_uri(starts[theme_id])}#theme-{theme_id}", from_uri)
        more = f"[{_count(len(figures), 'chiffre', 'chiffres')} de ce thème]({link})"
        blocks[theme_id] = f"**Chiffres clés{NBSP}:** {shown} — {more}\n{{ data-search-exclude }}"
    return blocks


def render_figures_overview(key_figures: KeyFigures, from_uri: str) -> str:
    """One line for the synthesis overview: how many figures and sources, and where they are."""
    if not key_figures.figures:
        return ""
    link = relative_link(figures_uri(1), from_uri)
    return (
        f"Les articles citent {_count(len(key_figures.figures), 'chiffre', 'chiffres')} et "
        f"{_count(len(key_figures.sources), 'source nommée', 'sources nommées')}{NBSP}: voir [{PAGE_TITLE}]({link})."
    )


def _page(key_figures: KeyFigures, page_number: int, pages: int) -> str:
    uri = figures_uri(page_number)
    heading = PAGE_TITLE if pages == 1 else f"{PAGE_TITLE} — page {page_number} sur {pages}"
    meta: dict[str, object] = {"title": heading, "description": PAGE_DESCRIPTION}
    if page_number > 1:
        meta["search"] = {"exclude": True}
    lines = [front_matter(meta), "", f"# {escape_text(heading)}", ""]
    if page_number == 1:
        lines += [escape_text(INTRODUCTION), "", _summary(key_figures), ""]
    if not key_figures.figures:
        lines += [EMPTY, ""]
    lines += _figure_sections(key_figures, page_number, uri)
    if pages > 1:
        lines += [pagination(page_number, pages, uri, figures_uri, "Pages des chiffres clés"), ""]
    if page_number == 1:
        lines += _sources(key_figures.sources, uri)
    return "\n".join(lines) + "\n"


def _summary(key_figures: KeyFigures) -> str:
    return (f"{_count(len(key_figures.figures), 'chiffre relevé', 'chiffres relevés')} dans "
            f"{_count(key_figures.article_count, 'article', 'articles')}, "
            f"{_count(len(key_figures.sources), 'source nommée', 'sources nommées')} "
            f"([{SOURCES_TITLE.lower()}](#{SOURCES_ANCHOR})).")


def _figure_sections(key_figures: KeyFigures, page_number: int, uri: str) -> list[str]:
    """This page's figures under their theme's heading; a theme begun on an earlier page is "(suite)"."""
    titles = {theme.id: theme.title for theme in key_figures.themes}
    start = (page_number - 1) * FIGURES_PAGE_SIZE
    shown = page_items(key_figures.figures, page_number, FIGURES_PAGE_SIZE)
    lines: list[str] = []
    for position, figure in enumerate(shown, start):
        if position == start or key_figures.figures[position - 1].theme != figure.theme:
            title, anchor = (
                (titles[figure.theme], f"theme-{figure.theme}")
                if figure.theme
                else (OTHER_FIGURES_TITLE, OTHER_FIGURES_ANCHOR)
            )
            continued = position > 0 and key_figures.figures[position - 1].theme == figure.theme
            if lines:
                lines += ["", "</div>", ""]
            lines += [f"## {escape_text(title)}{' (suite)' if continued else ''} {{#{anchor} data-search-exclude}}", "",
                      "<div data-search-exclude markdown>", ""]
        lines.append(_figure_item(figure, uri))
    return [*lines, "", "</div>", ""] if lines else []


def _figure_item(figure: Figure, uri: str) -> str:
    first = figure.first
    return (f"- **{escape_text(first.value)}** — {_quoted_with_value(first)}  \n"
            f"  {_source_label(first)} · {_citations(figure, uri)}")


def _quoted_with_value(citation: FigureCitation) -> str:
    """The sentence in « », its figure in bold."""
    sentence, start, end = citation.sentence, citation.position, citation.position + len(citation.value)
    return (
        f"«{NBSP}{escape_text(sentence[:start])}**{escape_text(citation.value)}**{escape_text(sentence[end:])}{NBSP}»"
    )


def _source_label(citation: FigureCitation) -> str:
    if citation.source:
        return f"Source{NBSP}: **{escape_text(citation.source)}**"
    if citation.unnamed:
        return f"Source non nommée{NBSP}: «{NBSP}{escape_text(citation.unnamed)}{NBSP}»"
    return "Sans source citée"


def _citations(figure: Figure, uri: str) -> str:
    """The citing articles, each linked to its paragraph; at most ``MAX_CITATIONS_SHOWN`` (the JSON has all)."""
    first_by_article: dict[str, FigureCitation] = {}
    for citation in figure.citations:
        first_by_article.setdefault(citation.article, citation)
    links = [_paragraph_link(citation, uri) for citation in list(first_by_article.values())[:MAX_CITATIONS_SHOWN]]
    if len(first_by_article) == 1:
        return links[0]
    hidden = len(first_by_article) - MAX_CITATIONS_SHOWN
    more = f" et {_count(hidden, 'autre', 'autres')}" if hidden > 0 else ""
    return f"cité par {french_number(len(first_by_article))} articles{NBSP}: {', '.join(links)}{more}"


def _sources(sources: tuple[CitedSource, ...], uri: str) -> list[str]:
    lines = [f"## {SOURCES_TITLE} {{#{SOURCES_ANCHOR}}}", "", SOURCES_INTRODUCTION if sources else NO_SOURCES, ""]
    if not sources:
        return lines
    items = []
    for source in sources:
        links = [_paragraph_link(citation, uri) for citation in source.citations[:MAX_SOURCE_ARTICLES_SHOWN]]
        hidden = len(source.citations) - MAX_SOURCE_ARTICLES_SHOWN
        more = f" et {_count(hidden, 'autre article', 'autres articles')}" if hidden > 0 else ""
        items.append(f"- **{escape_text(source.name)}**{NBSP}: {', '.join(links)}{more}")
    return [*lines, "<div data-search-exclude markdown>", "", *items, "", "</div>", ""]


def _key_figure(figure: Figure, from_uri: str) -> str:
    first = figure.first
    source = f" ({escape_text(first.source)})" if first.source else ""
    return (
        f"[**{escape_text(first.value)}**]({relative_link(f'{article_uri(first)}#{first.anchor}', from_uri)}){source}"
    )


def _theme_pages(key_figures: KeyFigures) -> dict[str | None, int]:
    """The page where each theme's figures begin."""
    starts: dict[str | None, int] = {}
    for position, figure in enumerate(key_figures.figures):
        starts.setdefault(figure.theme, position // FIGURES_PAGE_SIZE + 1)
    return starts


def _paragraph_link(citation: FigureCitation | SourceCitation, uri: str) -> str:
    return (
        f"[{escape_text(citation.article_title)}]({relative_link(f'{article_uri(citation)}#{citation.anchor}', uri)})"
    )


def _paragraph_url(citation: FigureCitation) -> str:
    return f"{article_url(citation)}#{citation.anchor}"


def _count(number: int, singular: str, plural: str) -> str:
    return f"{french_number(number)} {singular if number <= 1 else plural}"
