"""Synthesis → the Markdown of the synthesis page, the "Thèmes abordés" block of each article page,
and the data of ``api/synthese.json``.

Every piece of article or editor text goes through ``escape_text``: a quote is shown exactly as
written, whatever characters it holds. Links are relative ``.md`` paths so MkDocs checks them.
"""

from __future__ import annotations

from collections.abc import Mapping

from dossier_ia.articles.render import article_uri, article_url
from dossier_ia.markdown import escape_text, escape_title, front_matter, page_count, page_items, pagination, relative_link
from dossier_ia.settings import API_DIR, MATRIX_PAGE_SIZE, SYNTHESIS_DIR, SYNTHESIS_PAGE, SYNTHESIS_QUOTES_SHOWN
from dossier_ia.synthesis.model import Claim, Quote, Synthesis, ThemeSupport
from dossier_ia.synthesis.themes import Polarity

PAGE_TITLE = "Synthèse : avantages et inconvénients de l’IA en marketing"
PAGE_DESCRIPTION = "Ce que disent les articles des avantages et des inconvénients de l’IA en marketing, thème par thème, citations à l’appui."
SYNTHESIS_JSON = f"{API_DIR}/synthese.json"
# Rows of the theme × article table per page (``MATRIX_PAGE_SIZE``): the synthesis page shows the
# first ones, and an edit re-renders the one page that holds the article's row.
MATRIX_DIR = f"{SYNTHESIS_DIR}/matrice"
MATRIX_TITLE = "Qui dit quoi : thèmes et articles"
MATRIX_ANCHOR = "matrice"
NBSP = "\u00a0"
PART_TITLES = {Polarity.PRO: "Avantages", Polarity.CON: "Inconvénients"}
PART_ANCHORS = {Polarity.PRO: "avantages", Polarity.CON: "inconvenients"}
COLUMN_PREFIXES = {Polarity.PRO: "A", Polarity.CON: "I"}
CELL_MARKS = {Polarity.PRO: "+", Polarity.CON: "−"}
POLARITIES = (Polarity.PRO, Polarity.CON)
INTRODUCTION = (
    "Cette page rassemble, thème par thème, ce que les articles du site disent des avantages et "
    "des inconvénients de l’intelligence artificielle en marketing. Chaque thème est résumé, puis "
    "illustré par les phrases des articles qui l’affirment, citées mot pour mot\u00a0: un lien mène au "
    "paragraphe d’où vient chaque citation. Le tableau final montre d’un coup d’œil quels articles "
    "abordent quels thèmes, et donc où les auteurs se rejoignent."
)
EMPTY_COLLECTION = "Aucun article ne défend encore d’avantage ou d’inconvénient identifiable."
OTHERS_INTRODUCTION = (
    "Ces phrases affirment un avantage ou un inconvénient qu’aucun thème de la synthèse ne couvre "
    "encore."
)


def render_synthesis_page(synthesis: Synthesis, figures: Mapping[str, str] | None = None, figures_overview: str = "") -> str:
    """The whole synthesis page: introduction, the two parts, the matrix, the other points;
    ``figures`` (Markdown by theme id) and ``figures_overview`` show the key figures beside them."""
    total = len(synthesis.articles)
    figures = figures or {}
    lines = [front_matter({"title": PAGE_TITLE, "description": PAGE_DESCRIPTION}), "", f"# {escape_text(PAGE_TITLE)}", "", INTRODUCTION, ""]
    lines += [f"{_count(total, 'article analysé', 'articles analysés')}, "
              f"{_count(len([s for s in synthesis.themes if s.quotes_by_article]), 'thème abordé', 'thèmes abordés')}.", ""]
    lines += [figures_overview, ""] if figures_overview else []
    if not any(support.quotes_by_article for support in synthesis.themes):
        return "\n".join([*lines, EMPTY_COLLECTION, *_others(synthesis)]) + "\n"
    for polarity in POLARITIES:
        supports = synthesis.supported(polarity)
        if not supports:
            continue
        lines += [f"## {PART_TITLES[polarity]} {{#{PART_ANCHORS[polarity]}}}", ""]
        for support in supports:
            lines += _theme_section(support, total, figures.get(support.theme.id, ""))
    lines += [f"## {escape_text(MATRIX_TITLE)} {{#{MATRIX_ANCHOR} data-search-exclude}}", "", *_matrix(synthesis, 1)]
    lines += _others(synthesis)
    return "\n".join(lines) + "\n"


def render_matrix_pages(synthesis: Synthesis) -> dict[str, str]:
    """The pages of the theme × article table after the first (which is on the synthesis page)."""
    matrix_pages = page_count(len(synthesis.articles), MATRIX_PAGE_SIZE)
    pages = {}
    for page_number in range(2, matrix_pages + 1):
        heading = f"{MATRIX_TITLE} — page {page_number} sur {matrix_pages}"
        meta = {"title": heading, "description": f"Les thèmes de la synthèse abordés par chaque article (page {page_number}).", "search": {"exclude": True}}
        pages[matrix_uri(page_number)] = "\n".join([front_matter(meta), "", f"# {escape_text(heading)}", "", *_matrix(synthesis, page_number)])
    return pages


def matrix_uri(page_number: int) -> str:
    return SYNTHESIS_PAGE if page_number == 1 else f"{MATRIX_DIR}/{page_number}.md"


def render_article_themes(synthesis: Synthesis) -> dict[str, str]:
    """The "Thèmes abordés" block of every article page, by file name, in one pass over the themes."""
    links: dict[str, dict[Polarity, list[str]]] = {}
    for polarity in POLARITIES:
        for support in synthesis.supported(polarity):
            link = f"[{escape_text(support.theme.title)}](../{SYNTHESIS_PAGE}#{support.theme.anchor})"
            for name in support.articles:
                links.setdefault(name, {}).setdefault(polarity, []).append(link)
    return {name: _themes_block(by_polarity) for name, by_polarity in links.items()}


def synthesis_json(synthesis: Synthesis) -> dict:
    """The synthesis as data (``api/synthese.json``): the editor's themes in the page's order, even
    unsupported ones, then the emerging subjects (``"proposed": true``), whose id and title are
    derived from their quotes and so change when the articles do."""
    return {
        "themes": [
            {
                "id": support.theme.id,
                "title": support.theme.title,
                "polarity": support.theme.polarity.value,
                "summary": support.theme.summary,
                "proposed": support.theme.proposed,
                "quotes": [
                    {"article": quote.article, "slug": quote.slug, "text": quote.text, "url": f"{article_url(quote)}#{quote.anchor}"}
                    for quote in support.quotes
                ],
            }
            for support in (*synthesis.themes, *synthesis.emerging)
        ]
    }


def _theme_section(support: ThemeSupport, total: int, figures: str) -> list[str]:
    theme = support.theme
    supporters = len(support.articles)
    return [
        f"### {escape_text(theme.title)} {{#{theme.anchor}}}",
        "",
        escape_text(theme.summary),
        "",
        f"*Soutenu par {_count(supporters, 'article', 'articles')} sur {total}.*",
        "",
        *([figures, ""] if figures else []),
        *_unsearchable(
            [f"- {_quoted(quote.text)} — {_source_link(quote)}" for quote in _shown_quotes(support.quotes_by_article)]
            + _more_quotes(support.quote_count - SYNTHESIS_QUOTES_SHOWN)
        ),
        "",
    ]


def _matrix(synthesis: Synthesis, page_number: int) -> list[str]:
    """One page of the table: articles in rows, supported themes in columns (A1… avantages,
    I1… inconvénients); the first page also counts, per theme, the articles of the whole table."""
    uri = matrix_uri(page_number)
    columns = [
        (f"{COLUMN_PREFIXES[polarity]}{number}", support)
        for polarity in POLARITIES
        for number, support in enumerate(synthesis.supported(polarity), 1)
    ]
    header = " | ".join(f"[{code}]({_theme_link(support, uri)} \"{escape_title(support.theme.title)}\")" for code, support in columns)
    lines = [f"| Article | {header} |", f"|---|{'|'.join(':-:' for _ in columns)}|"]
    for article in page_items(synthesis.articles, page_number, MATRIX_PAGE_SIZE):
        cells = [CELL_MARKS[support.theme.polarity] if article.source_name in support.articles else "" for _, support in columns]
        link = f"[{escape_text(article.title)}]({relative_link(article_uri(article), uri)})"
        lines.append(f"| {link} | {' | '.join(cells)} |")
    if page_number == 1:
        lines.append(f"| **Articles** | {' | '.join(str(len(support.articles)) for _, support in columns)} |")
    legend = [f"- **{code}**{NBSP}: [{escape_text(support.theme.title)}]({_theme_link(support, uri)})" for code, support in columns]
    lines += ["", f"Légende{NBSP}: + avantage, − inconvénient.", "", *legend, ""]
    matrix_pages = page_count(len(synthesis.articles), MATRIX_PAGE_SIZE)
    if matrix_pages > 1:
        lines += [pagination(page_number, matrix_pages, uri, _matrix_link, "Pages du tableau des thèmes par article"), ""]
    return lines


def _matrix_link(page_number: int) -> str:
    return f"{SYNTHESIS_PAGE}#{MATRIX_ANCHOR}" if page_number == 1 else matrix_uri(page_number)


def _theme_link(support: ThemeSupport, uri: str) -> str:
    anchor = f"#{support.theme.anchor}"
    return anchor if uri == SYNTHESIS_PAGE else relative_link(SYNTHESIS_PAGE + anchor, uri)


def _others(synthesis: Synthesis) -> list[str]:
    claims: list[Claim] = list(synthesis.unthemed)
    if not claims:
        return []
    items = [f"- {_quoted(claim.text)} ({claim.polarity.label}) — {_source_link(claim)}" for claim in claims[:SYNTHESIS_QUOTES_SHOWN]]
    items += _more_quotes(len(claims) - SYNTHESIS_QUOTES_SHOWN)
    return ["## Autres points soulevés {#autres-points}", "", OTHERS_INTRODUCTION, "", *_unsearchable(items), ""]


def _themes_block(links: dict[Polarity, list[str]]) -> str:
    rows = [f"    **{PART_TITLES[polarity]}**{NBSP}: {', '.join(links[polarity])}" for polarity in POLARITIES if polarity in links]
    return "\n".join(['!!! abstract "Thèmes abordés"', "", "\n\n".join(rows)]) + "\n"


def _shown_quotes(quotes_by_article: tuple[tuple[Quote, ...], ...]) -> list[Quote]:
    """At most ``SYNTHESIS_QUOTES_SHOWN``, each article's first quote before anyone's second, in page order."""
    shown: list[tuple[int, int]] = []
    for rank in range(SYNTHESIS_QUOTES_SHOWN):
        shown += [(position, rank) for position, quotes in enumerate(quotes_by_article) if rank < len(quotes)]
        if len(shown) >= SYNTHESIS_QUOTES_SHOWN:
            break
    return [quotes_by_article[position][rank] for position, rank in sorted(shown[:SYNTHESIS_QUOTES_SHOWN])]


def _more_quotes(hidden: int) -> list[str]:
    if hidden <= 0:
        return []
    return ["", f"*… et {_count(hidden, 'autre citation', 'autres citations')}, toutes dans les "
                f"[données de la synthèse]({SYNTHESIS_JSON}) et le tableau ci-dessous.*"]


def _unsearchable(lines: list[str]) -> list[str]:
    """Quotes stay out of the search index: each is already found on its own article page, and
    quoting every article would make the synthesis entry grow with the collection."""
    return ['<div data-search-exclude markdown>', "", *lines, "", "</div>"]


def _quoted(text: str) -> str:
    return f"«{NBSP}{escape_text(text)}{NBSP}»"


def _source_link(quote: Quote | Claim) -> str:
    return f"[{escape_text(quote.article_title)}]({article_uri(quote)}#{quote.anchor})"


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
