"""The home page: what the site is, its key figures, the most cited advantages and drawbacks, the
latest articles as cards, and where to take the dossier away (feeds, PDF).

Generated, since every part but the first lines depends on the collection; Material's grid
cards (``grid cards`` with ``md_in_html``) lay it out, one column at 390 px.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dossier_ia.articles.render import article_facts, article_uri, french_number, index_uri
from dossier_ia.markdown import escape_text, front_matter, relative_link
from dossier_ia.publishing.article_links import theme_labels
from dossier_ia.reading.model import Article
from dossier_ia.settings import (
    GLOSSARY_PAGE,
    HOME_LATEST_SHOWN,
    HOME_PAGE,
    HOME_THEMES_SHOWN,
    JSON_FEED,
    RSS_FEED,
    SYNTHESIS_PAGE,
    theme_page_uri,
)
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.themes import Polarity, Theme

TITLE = "L’intelligence artificielle en marketing"
DESCRIPTION = (
    "Des articles en français sur l’intelligence artificielle en marketing, leur synthèse des avantages "
    "et des inconvénients, et un glossaire."
)
INTRODUCTION = (
    "Ce site rassemble des articles en français sur l’usage de l’intelligence artificielle (IA) dans "
    "le marketing. Il en tire une synthèse, thème par thème, de ce que les auteurs présentent comme des "
    "avantages et comme des risques, citations à l’appui, et un glossaire des mots qu’il faut connaître "
    "pour les lire."
)
PART_HEADINGS = {Polarity.PRO: "Avantages les plus cités", Polarity.CON: "Inconvénients les plus cités"}
SEARCH_HINT = (
    "La recherche, en haut de la page, comprend les accents (ou leur absence), les apostrophes et "
    "les formes d’un même mot («\u00a0personnaliser\u00a0» trouve «\u00a0personnalisation\u00a0»)."
)


def render_home_page(
    articles: Sequence[Article],
    synthesis: Synthesis,
    themes: Mapping[str, Sequence[Theme]],
    term_count: int,
    pdf_uri: str | None,
) -> str:
    """The whole home page; ``pdf_uri`` is the dossier's docs path when this build makes it."""
    uri = HOME_PAGE
    supported = [support for support in synthesis.themes if support.quotes_by_article]
    parts = [
        front_matter({"title": "Accueil", "description": DESCRIPTION}),
        f"# {TITLE}",
        INTRODUCTION,
        _figures(len(articles), len(supported), term_count, uri),
    ]
    if supported:
        parts.append("## Ce que disent les articles { #ce-que-disent-les-articles }")
        parts.append(
            '<div class="grid home-findings" markdown>\n\n'
            + "\n\n".join(
                _most_cited(synthesis, polarity, uri) for polarity in PART_HEADINGS if synthesis.supported(polarity)
            )
            + "\n\n</div>"
        )
    actions = [f"[Lire la synthèse]({relative_link(SYNTHESIS_PAGE, uri)}){{ .md-button .md-button--primary }}"]
    if pdf_uri:
        actions.append(
            f"[Télécharger le dossier (PDF)]({relative_link(pdf_uri, uri)})"
            "{ .md-button .dossier-download type=application/pdf }"
        )
    parts.append(" ".join(actions))
    if articles:
        parts.append("## Derniers articles { #derniers-articles }")
        parts.append(
            '<div class="grid cards home-latest" markdown>\n\n'
            + "\n\n".join(
                _card(article, themes.get(article.source_name, ()), uri) for article in articles[:HOME_LATEST_SHOWN]
            )
            + "\n\n</div>"
        )
        parts.append(
            f"[Tous les articles ({french_number(len(articles))})]({relative_link(index_uri(1), uri)})"
            f" · [Le glossaire]({relative_link(GLOSSARY_PAGE, uri)})"
        )
    parts.append("## Suivre le site { #suivre-le-site }")
    parts.append(
        f"Les nouveaux articles arrivent dans votre lecteur de flux\u00a0: [flux RSS]({relative_link(RSS_FEED, uri)})"
        f" ou [JSON Feed]({relative_link(JSON_FEED, uri)}). {SEARCH_HINT}"
    )
    return "\n\n".join(parts) + "\n"


def _figures(articles: int, themes: int, terms: int, uri: str) -> str:
    """The key figures, each leading to where they are counted."""
    figures = [
        (articles, "article", "articles", index_uri(1)),
        (themes, "thème abordé", "thèmes abordés", SYNTHESIS_PAGE),
        (terms, "terme expliqué", "termes expliqués", GLOSSARY_PAGE),
    ]
    items = [
        f"- [**{french_number(number)}** {singular if number == 1 else plural}]({relative_link(target, uri)})"
        for number, singular, plural, target in figures
    ]
    return '<div class="home-figures" markdown>\n\n' + "\n".join(items) + "\n\n</div>"


def _most_cited(synthesis: Synthesis, polarity: Polarity, uri: str) -> str:
    """The themes of one polarity that the most articles support (the synthesis' own order)."""
    supports = sorted(synthesis.supported(polarity), key=lambda support: -len(support.articles))[:HOME_THEMES_SHOWN]
    items = [
        f"1. [{escape_text(support.theme.title)}]({relative_link(theme_page_uri(support.theme.id), uri)})"
        f" — {_articles(len(support.articles))}"
        for support in supports
    ]
    return f'<div class="home-part" markdown>\n\n### {PART_HEADINGS[polarity]}\n\n' + "\n".join(items) + "\n\n</div>"


def _card(article: Article, themes: Sequence[Theme], uri: str) -> str:
    lines = [
        f"-   [**{escape_text(article.title)}**]({relative_link(article_uri(article), uri)})",
        f"    {escape_text(article_facts(article))}",
    ]
    if labels := theme_labels(themes, uri, shown=2):
        lines.append(f"    {labels}")
    return "\n\n".join(lines)


def _articles(count: int) -> str:
    return f"{french_number(count)} article{'s' if count > 1 else ''}"
