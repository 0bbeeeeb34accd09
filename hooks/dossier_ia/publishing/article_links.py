"""What an article page adds after the text: its themes, « À lire aussi », the way back to the lists.

The themes are short labels at body size, split into advantages and drawbacks, each leading to
its theme page (every article of that theme); the related articles are cards with their facts.
The labels of article lists are Markdown (every piece of article or editor text through
``escape_text``); the end of an article page is HTML (through ``markupsafe``), added once the page
is rendered.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from markupsafe import escape

from dossier_ia.articles.render import article_facts, article_uri, index_uri
from dossier_ia.french.typography import french_typography
from dossier_ia.markdown import escape_text, relative_link, relative_url
from dossier_ia.reading.model import Article
from dossier_ia.settings import LIST_THEMES_SHOWN, SYNTHESIS_PAGE, theme_page_uri
from dossier_ia.synthesis.model import Synthesis
from dossier_ia.synthesis.themes import Polarity, Theme

NBSP = "\u00a0"
POLARITY_HEADINGS = {Polarity.PRO: "Avantages", Polarity.CON: "Inconvénients"}
# Ids of the blocks' headings, apart from those of the article's own headings (plain slugs).
THEMES_ANCHOR = "dossier-themes"
RELATED_ANCHOR = "dossier-lire-aussi"
# Their titles, by id: the engine adds them to the page's table of contents, which Markdown makes
# from the headings it wrote itself only.
LINKS_HEADINGS = {THEMES_ANCHOR: "Thèmes abordés", RELATED_ANCHOR: "À lire aussi"}
# Where an article page written before the analysis gets its end (an HTML comment: Markdown
# passes it on as it is, and the reader never sees it).
ARTICLE_LINKS_PLACE = "<!-- dossier:fin-de-l-article -->"
# The HTML Material's grid cards and the site's stylesheet expect (what Markdown's ``md_in_html``
# made of the same blocks).
THEMES_BLOCK = '<div class="article-themes article-themes--{}">\n<p><strong>{}</strong></p>\n<ul>\n{}\n</ul>\n</div>'
RELATED_BLOCK = '<div class="grid cards related-articles">\n<ul>\n{}\n</ul>\n</div>'
RELATED_CARD = "<li>\n<p>{}</p>\n<p>{}</p>\n</li>"
BACK_BLOCK = '<nav class="article-back" aria-label="Listes">\n<p>{}</p>\n</nav>'
TEXTS_CACHED = 4096


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
    """The blocks after an article's text (themes, related articles, links back to the lists), as
    one block of HTML with no blank line, which Markdown passes on as it is: written before the
    analysis has chosen its content, the article page holds ``ARTICLE_LINKS_PLACE`` there, and the
    engine puts this in its place once the page is rendered.

    Fixed templates filled by ``str.format`` with pieces escaped first (``_text``, ``_link``):
    ``Markup.format``, which escapes as it fills, took 0.6 s for 1,000 articles."""
    uri = article_uri(article)
    parts = []
    if themes:
        parts.append(_heading(THEMES_ANCHOR))
        for polarity, heading in POLARITY_HEADINGS.items():
            items = [
                f"<li>{_link(theme_page_uri(theme.id), uri, _text(theme.title))}</li>"
                for theme in themes if theme.polarity is polarity
            ]
            if items:
                parts.append(THEMES_BLOCK.format(polarity.value, heading, "\n".join(items)))
    if related:
        parts.append(_heading(RELATED_ANCHOR))
        cards = [
            RELATED_CARD.format(
                _link(article_uri(other), uri, f"<strong>{_text(other.title)}</strong>"), _text(article_facts(other))
            )
            for other in related
        ]
        parts.append(RELATED_BLOCK.format("\n".join(cards)))
    back = [
        _link(index_uri(1), uri, "← Tous les articles"),
        _link(SYNTHESIS_PAGE, uri, "Tous les thèmes, dans la synthèse"),
    ]
    parts.append(BACK_BLOCK.format(" · ".join(back)))
    # Siblings of the article's blocks, not wrapped: Material's search leaves out what follows a
    # heading marked ``data-search-exclude`` up to the end of the element that holds it.
    return "\n".join(parts)


def _heading(anchor: str) -> str:
    """A heading of the article's end, left out of the search index (``data-search-exclude``)."""
    return f'<h2 id="{anchor}" data-search-exclude>{LINKS_HEADINGS[anchor]}</h2>'


def _link(target_uri: str, from_uri: str, html: str) -> str:
    """A link around ``html`` (escaped already)."""
    return f'<a href="{escape(relative_url(target_uri, from_uri))}">{html}</a>'


@functools.lru_cache(maxsize=TEXTS_CACHED)
def _text(text: str) -> str:
    """Article or editor text as HTML, with French typography (the same titles come back in many
    articles' ends)."""
    return str(escape(french_typography(text)))


def features_by_article(
    themes: Mapping[str, Sequence[Theme]], citations: Mapping[str, Sequence[Article]]
) -> dict[str, frozenset[str]]:
    """What « À lire aussi » compares: each article's themes and glossary terms."""
    features: dict[str, set[str]] = {name: {f"theme:{theme.id}" for theme in found} for name, found in themes.items()}
    for anchor, cited in citations.items():
        for article in cited:
            features.setdefault(article.source_name, set()).add(f"term:{anchor}")
    return {name: frozenset(found) for name, found in features.items()}
