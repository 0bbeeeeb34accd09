"""The PDF dossier's content as one HTML document: cover, table of contents, key figures, the
synthesis, the articles (every one up to ``PDF_MAX_ARTICLES``, else the most recent) and the
glossary. Pure string building from the model; ``pdf`` turns it into a PDF.

Every text goes through ``markupsafe.escape``; links inside the document use ids (an article's
passage: ``<slug>--<anchor>``), links out use the published ``site_url`` or an http(s) source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby

from markupsafe import Markup, escape

from dossier_ia.articles.render import article_facts, article_url, french_day, french_number
from dossier_ia.glossary.terms import Glossary
from dossier_ia.reading.model import Article, Block, BlockKind
from dossier_ia.settings import PDF_MAX_ARTICLES
from dossier_ia.synthesis.model import Quote, Synthesis, ThemeSupport
from dossier_ia.synthesis.themes import Polarity

NBSP = "\u00a0"
PART_TITLES = {Polarity.PRO: "Avantages", Polarity.CON: "Inconvénients"}
QUOTES_PER_THEME = 3
LIST_TAGS = {BlockKind.BULLET_ITEM: "ul", BlockKind.NUMBERED_ITEM: "ol"}
WEB_SCHEMES = ("http://", "https://")


def dossier_articles(articles: Sequence[Article]) -> Sequence[Article]:
    """The articles in the dossier: all of them, or the most recent (reading order is newest first)."""
    return articles[:PDF_MAX_ARTICLES]


def dossier_html(
    articles: Sequence[Article],
    synthesis: Synthesis,
    glossary: Glossary,
    *,
    site_name: str,
    site_url: str,
    stylesheet: str,
) -> str:
    """The whole dossier as an HTML document, with ``stylesheet`` inline."""
    included = dossier_articles(articles)
    slugs = {article.source_name: article.slug for article in included}
    supported = [support for support in synthesis.themes if support.quotes_by_article]
    sections = [
        ("chiffres", "Chiffres clés", _figures(articles, supported, glossary)),
        ("synthese", "Synthèse\u00a0: avantages et inconvénients", _synthesis(synthesis, slugs, site_url)),
        ("articles", "Les articles", _articles(articles, included, site_url)),
        ("glossaire", "Glossaire", _glossary(glossary)),
    ]
    toc = [(anchor, title, _toc_children(anchor, supported, included)) for anchor, title, _ in sections]
    body = [_cover(site_name, site_url, len(articles), len(supported), len(glossary.terms)), _toc(toc)]
    body += [
        f'<section id="{anchor}" class="part"><h1>{escape(title)}</h1>{content}</section>'
        for anchor, title, content in sections
    ]
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{escape(site_name)}</title>"
        f'<meta name="description" content="{escape(site_name)}\u00a0: synthèse, articles et glossaire">'
        f"<style>{stylesheet}</style></head><body>" + "".join(body) + "</body></html>"
    )


def _cover(site_name: str, site_url: str, articles: int, themes: int, terms: int) -> str:
    terms_explained = _count(terms, "terme expliqué", "termes expliqués")
    counts = f"{_count(articles, 'article')} · {_count(themes, 'thème')} · {terms_explained}"
    return (
        '<section class="cover">'
        f'<p class="cover-kicker">Dossier</p><p class="cover-title">{escape(site_name)}</p>'
        '<p class="cover-subtitle">Ce que les articles disent des avantages et des inconvénients de '
        "l’intelligence artificielle en marketing, les articles eux-mêmes, et les mots pour les lire.</p>"
        f'<p class="cover-counts">{escape(counts)}</p>'
        f'<p class="cover-link">En ligne{NBSP}: {_link(site_url, site_url)}</p>'
        "</section>"
    )


def _toc(entries: Sequence[tuple[str, str, Sequence[tuple[str, str]]]]) -> str:
    items = []
    for anchor, title, children in entries:
        nested = "".join(f'<li><a href="#{escape(child)}">{escape(label)}</a></li>' for child, label in children)
        items.append(
            f'<li><a href="#{anchor}">{escape(title)}</a>' + (f"<ol>{nested}</ol>" if nested else "") + "</li>"
        )
    return (
        '<nav class="toc" aria-label="Sommaire"><h1 class="toc-title">Sommaire</h1><ol>'
        + "".join(items)
        + "</ol></nav>"
    )


def _toc_children(anchor: str, supported: Sequence[ThemeSupport], included: Sequence[Article]) -> list[tuple[str, str]]:
    if anchor == "synthese":
        return [(f"theme-{support.theme.id}", support.theme.title) for support in supported]
    if anchor == "articles":
        return [(f"article-{article.slug}", article.title) for article in included]
    return []


def _figures(articles: Sequence[Article], supported: Sequence[ThemeSupport], glossary: Glossary) -> str:
    dated = sorted(article.date for article in articles if article.date)
    rows = [
        ("Articles", french_number(len(articles))),
        (
            "Articles datés",
            f"{french_number(len(dated))}"
            + (f" (du {french_day(dated[0])} au {french_day(dated[-1])})" if dated else ""),
        ),
        ("Mots lus", french_number(sum(article.words for article in articles))),
        ("Thèmes abordés", french_number(len(supported))),
        ("Termes du glossaire", french_number(len(glossary.terms))),
    ]
    table = "".join(f'<tr><th scope="row">{escape(label)}</th><td>{escape(value)}</td></tr>' for label, value in rows)
    themes = "".join(
        f'<tr><td><a href="#theme-{support.theme.id}">{escape(support.theme.title)}</a></td>'
        f"<td>{escape(support.theme.polarity.label)}</td><td>{french_number(len(support.articles))}</td></tr>"
        for support in sorted(
            supported, key=lambda support: (-len(support.articles), support.theme.polarity.value, support.theme.id)
        )
    )
    return (
        f'<table class="figures">{table}</table>'
        "<h2>Les thèmes, du plus au moins cité</h2>"
        '<table class="themes"><thead><tr><th scope="col">Thème</th><th scope="col">Nature</th>'
        f'<th scope="col">Articles</th></tr></thead><tbody>{themes}</tbody></table>'
    )


def _synthesis(synthesis: Synthesis, slugs: dict[str, str], site_url: str) -> str:
    parts = []
    for polarity, title in PART_TITLES.items():
        supports = synthesis.supported(polarity)
        if not supports:
            continue
        parts.append(f"<h2>{title}</h2>")
        for support in supports:
            theme = support.theme
            quotes = "".join(
                f"<li>«{NBSP}{escape(quote.text)}{NBSP}» — {_quote_source(quote, slugs, site_url)}</li>"
                for quotes in support.quotes_by_article[:QUOTES_PER_THEME]
                for quote in quotes[:1]
            )
            parts.append(
                f'<h3 id="theme-{theme.id}">{escape(theme.title)}</h3><p>{escape(theme.summary)}</p>'
                f'<p class="support">{escape(_count(len(support.articles), "article"))} '
                f"sur {french_number(len(synthesis.articles))}.</p>"
                f'<ul class="quotes">{quotes}</ul>'
            )
    return "".join(parts) or "<p>Aucun article ne défend encore d’avantage ou d’inconvénient identifiable.</p>"


def _quote_source(quote: Quote, slugs: dict[str, str], site_url: str) -> str:
    title = escape(quote.article_title)
    if quote.article in slugs:
        return f'<a href="#{escape(quote.slug)}--{escape(quote.anchor)}">{title}</a>'
    return _link(f"{site_url}{article_url(quote)}#{quote.anchor}", quote.article_title)


def _articles(articles: Sequence[Article], included: Sequence[Article], site_url: str) -> str:
    parts = []
    if len(included) < len(articles):
        parts.append(
            f'<p class="note">Les {french_number(len(included))} articles les plus récents sur '
            f"{french_number(len(articles))}{NBSP}; la liste complète est en ligne{NBSP}: "
            f"{_link(site_url + 'articles/', site_url + 'articles/')}.</p>"
        )
    for article in included:
        online = site_url + article_url(article)
        links = [_link(online, "Lire en ligne")]
        if article.source_url and article.source_url.startswith(WEB_SCHEMES):
            links.append(_link(article.source_url, "article d’origine"))
        facts = " · ".join(filter(None, [article_facts(article), f"par {article.author}" if article.author else ""]))
        parts.append(
            f'<article id="article-{escape(article.slug)}" class="article"><h2>{escape(article.title)}</h2>'
            f'<p class="facts">{escape(facts)} · {" · ".join(links)}</p>' + "".join(_blocks(article)) + "</article>"
        )
    return "".join(parts)


def _blocks(article: Article) -> Iterable[str]:
    for kind, group in groupby(article.blocks, key=lambda block: block.kind):
        blocks = list(group)
        if kind in LIST_TAGS:
            items = "".join(f'<li id="{_id(article, block)}">{_text(block)}</li>' for block in blocks)
            yield f"<{LIST_TAGS[kind]}>{items}</{LIST_TAGS[kind]}>"
            continue
        for block in blocks:
            tag = {BlockKind.HEADING: "h3", BlockKind.QUESTION: "h4"}.get(kind, "p")
            text = escape(block.full_text) if kind is BlockKind.QUESTION else _text(block)
            yield f'<{tag} id="{_id(article, block)}">{text}</{tag}>'


def _glossary(glossary: Glossary) -> str:
    entries = "".join(
        f'<dt id="terme-{escape(term.anchor)}">{escape(term.name)}</dt><dd>{escape(term.definition)}</dd>'
        for term in glossary.terms
    )
    return f'<dl class="glossary">{entries}</dl>' if entries else "<p>Le glossaire est vide pour l’instant.</p>"


def _text(block: Block) -> Markup:
    if block.label:
        return Markup("<strong>{}{}:</strong> {}").format(block.label, NBSP, block.text)
    return escape(block.text)


def _id(article: Article, block: Block) -> Markup:
    return escape(f"{article.slug}--{block.anchor}")


def _link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{french_number(number)} {singular if number == 1 else plural or singular + 's'}"
