"""What an article page adds after the text: its themes, « À lire aussi », the way back to the lists.

The themes are short labels at body size, split into advantages and drawbacks, each leading to
its theme page (every article of that theme); the related articles are cards with their facts.
Markdown, with every piece of article or editor text through ``escape_text``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dossier_ia.articles.render import article_facts, article_uri, index_uri
from dossier_ia.markdown import escape_text, relative_link
from dossier_ia.reading.model import Article
from dossier_ia.settings import LIST_THEMES_SHOWN, SYNTHESIS_PAGE, theme_page_uri
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.themes import Polarity, Theme

NBSP = "\u00a0"
POLARITY_HEADINGS = {Polarity.PRO: "Avantages", Polarity.CON: "Inconvénients"}
# Ids of the blocks' headings, apart from those of the article's own headings (plain slugs).
THEMES_ANCHOR = "dossier-themes"
RELATED_ANCHOR = "dossier-lire-aussi"


def article_themes(synthesis: Synthesis) -> dict[str, tuple[Theme, ...]]:
    """File name → the themes its sentences support, advantages first, most supported first."""
    themes: dict[str, list[Theme]] = {}
    for polarity in POLARITY_HEADINGS:
        for support in synthesis.supported(polarity):
            for name in support.articles:
                themes.setdefault(name, []).append(support.theme)
    return {name: tuple(found) for name, found in themes.items()}


def theme_labels(themes: Sequence[Theme], uri: str, shown: int = LIST_THEMES_SHOWN) -> str:
    """An article's first themes as short labels for lists of articles, linked to their pages;
    how many more there are, said in words (the article page lists them all)."""
    labels = [
        f"[{escape_text(theme.title)}]({relative_link(theme_page_uri(theme.id), uri)}){{ .theme-label }}"
        for theme in themes[:shown]
    ]
    if len(themes) > shown:
        hidden = len(themes) - shown
        labels.append(f"et {hidden}{NBSP}autre{'s' if hidden > 1 else ''}")
    return " ".join(labels)


def render_article_links(article: Article, themes: Sequence[Theme], related: Sequence[Article]) -> str:
    """The blocks after an article's text: themes, related articles, links back to the lists."""
    uri = article_uri(article)
    parts = []
    if themes:
        parts.append(f"## Thèmes abordés {{ #{THEMES_ANCHOR} data-search-exclude }}")
        for polarity, heading in POLARITY_HEADINGS.items():
            links = [
                f"- [{escape_text(theme.title)}]({relative_link(theme_page_uri(theme.id), uri)})"
                for theme in themes
                if theme.polarity is polarity
            ]
            if links:
                parts.append(
                    f'<div class="article-themes article-themes--{polarity.value}" markdown>\n\n**{heading}**\n\n'
                    + "\n".join(links)
                    + "\n\n</div>"
                )
    if related:
        parts.append(f"## À lire aussi {{ #{RELATED_ANCHOR} data-search-exclude }}")
        cards = [
            f"-   [**{escape_text(other.title)}**]({relative_link(article_uri(other), uri)})\n\n"
            f"    {escape_text(article_facts(other))}"
            for other in related
        ]
        parts.append('<div class="grid cards related-articles" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>")
    back = [
        f"[← Tous les articles]({relative_link(index_uri(1), uri)})",
        f"[Tous les thèmes, dans la synthèse]({relative_link(SYNTHESIS_PAGE, uri)})",
    ]
    parts.append('<nav class="article-back" aria-label="Listes" markdown>\n\n' + " · ".join(back) + "\n\n</nav>")
    return "\n\n".join(parts) + "\n"


def features_by_article(
    themes: Mapping[str, Sequence[Theme]], citations: Mapping[str, Sequence[Article]]
) -> dict[str, frozenset[str]]:
    """What « À lire aussi » compares: each article's themes and glossary terms."""
    features: dict[str, set[str]] = {name: {f"theme:{theme.id}" for theme in found} for name, found in themes.items()}
    for anchor, cited in citations.items():
        for article in cited:
            features.setdefault(article.source_name, set()).add(f"term:{anchor}")
    return {name: frozenset(found) for name, found in features.items()}
