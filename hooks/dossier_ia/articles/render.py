"""Article model → Markdown pages: each article, and the paginated index of all articles.

Pure string building, no MkDocs: the same Markdown would feed another engine. Every piece of
article text goes through ``escape_text`` so that it is shown, never interpreted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby
from typing import Protocol
from urllib.parse import urlsplit

from dossier_ia.french.sentences import split_sentences
from dossier_ia.french.typography import french_typography
from dossier_ia.markdown import (
    WEB_SCHEMES,
    escape_text,
    escape_title,
    front_matter,
    page_items,
    pagination,
    relative_link,
    web_address,
)
from dossier_ia.reading.model import Article, Block, BlockKind, DatePrecision, InlineLink
from dossier_ia.settings import ARTICLE_INDEX_PAGE_SIZE, ARTICLES_DIR, EXCERPT_MAX_LENGTH

MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre")
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
LIST_KINDS = {BlockKind.BULLET_ITEM: "-", BlockKind.NUMBERED_ITEM: "1."}
# After the text of an article that stops mid-sentence (``Article.cut_short``).
CUT_NOTE = "[…] Le texte repris s’arrête ici, au milieu d’une phrase."
# Only web addresses name a site when the editor gives no publisher.


class Slugged(Protocol):
    """An article or anything that names one by its slug (a reference, a quote)."""

    slug: str


def article_uri(article: Slugged) -> str:
    """Where the article's Markdown lives in the docs tree (``articles/<slug>/`` once built)."""
    return f"{ARTICLES_DIR}/{article.slug}.md"


def article_url(article: Slugged) -> str:
    """The article's address in the built site, relative to its root (for the JSON data)."""
    return f"{ARTICLES_DIR}/{article.slug}/"


def index_uri(page_number: int) -> str:
    """Where page ``page_number`` of the article list lives: the first is the section's index, so
    that ``articles/`` opens on it."""
    return f"{ARTICLES_DIR}/index.md" if page_number == 1 else f"{ARTICLES_DIR}/pages/{page_number}.md"


def french_date(article: Article) -> str:
    """The article's date as readers write it (« 1er mars 2024 », « mars 2024 » when the page gives
    only its month), or nothing: an undated article shows no empty date line."""
    if not article.date:
        return ""
    if article.date_precision is DatePrecision.MONTH:
        return f"{MONTH_NAMES[article.date.month - 1]} {article.date.year}"
    return french_day(article.date)


def iso_date(article: Article) -> str | None:
    """The article's date in ISO 8601, as precise as the page gives it (« 2024-03 » for a month)."""
    if not article.date:
        return None
    if article.date_precision is DatePrecision.MONTH:
        return article.date.strftime("%Y-%m")
    return article.date.isoformat()


def french_day(date: dt.date) -> str:
    """``2024-03-01`` → ``1er mars 2024``."""
    return f"{date.day}{'er' if date.day == 1 else ''} {MONTH_NAMES[date.month - 1]} {date.year}"


def french_number(number: int) -> str:
    """``1234`` → ``1 234`` with the narrow no-break space French typography uses."""
    return f"{number:,}".replace(",", NARROW_NBSP)


def source_site(article: Article) -> str:
    """The original article's site, as readers name it: ``www.exemple.fr/…`` → ``exemple.fr``."""
    try:
        host = urlsplit(article.source_url or "").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def article_facts(article: Article) -> str:
    """One line for lists and cards: source site, date (or that there is none), reading time."""
    return " · ".join(filter(None, [
        source_site(article),
        french_date(article) or "sans date",
        f"{article.reading_minutes}{NBSP}min de lecture",
    ]))


def excerpt(article: Article) -> str:
    """The first sentence or two of the first paragraph: for the index and page descriptions."""
    prose = [block for block in article.body_blocks if block.kind is BlockKind.PARAGRAPH] or list(article.body_blocks)
    if not prose:
        return ""
    text = prose[0].text
    sentences = [sentence.text for sentence in split_sentences(text)] or [text]
    chosen = sentences[0]
    if len(sentences) > 1 and len(chosen) + 1 + len(sentences[1]) <= EXCERPT_MAX_LENGTH:
        chosen = f"{chosen} {sentences[1]}"
    if len(chosen) > EXCERPT_MAX_LENGTH:
        chosen = chosen[: EXCERPT_MAX_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return chosen


def render_article(
    article: Article,
    *,
    previous: Article | None = None,
    following: Article | None = None,
    links: Iterable[InlineLink] = (),
    appendix: str = "",
) -> str:
    """The article page: front matter, title, reading facts, body, an appendix, neighbours."""
    uri = article_uri(article)
    links_by_block: dict[str, list[InlineLink]] = {}
    for link in links:
        links_by_block.setdefault(link.block_anchor, []).append(link)
    parts = [
        front_matter({"title": article.title, "description": excerpt(article)}),
        f"# {escape_text(article.title)}",
        _reading_facts(article),
    ]
    for kind, group in groupby(article.blocks, key=lambda block: block.kind):
        blocks = list(group)
        if kind in LIST_KINDS:
            parts.append("\n".join(_list_item(block, links_by_block, uri) for block in blocks))
        else:
            parts.extend(_block(block, links_by_block, uri) for block in blocks)
    if article.cut_short:
        parts.append(f"{escape_text(CUT_NOTE)}\n{{ .article-cut }}")
    if appendix:
        parts.append(appendix)
    parts.append(_neighbours(previous, following, uri))
    return "\n\n".join(part for part in parts if part) + "\n"


def render_article_index(
    articles: Sequence[Article], page_number: int, pages: int, themes: Mapping[str, str] | None = None
) -> str:
    """One page of the article list: a sidebar of thousands of entries would make every page O(N).

    ``themes`` gives, by file name, the Markdown of an article's theme labels (for this page).
    """
    uri = index_uri(page_number)
    heading = "Tous les articles" if pages == 1 else f"Tous les articles — page {page_number} sur {pages}"
    total = f"{french_number(len(articles))} article{'s' if len(articles) > 1 else ''}"
    parts = [
        front_matter(
            {
                "title": heading,
                "description": f"Les articles du site, du plus récent au plus ancien ({total}).",
                "search": {"exclude": True},
            }
        ),
        f"# {heading}",
        f"{total}, du plus récent au plus ancien{NBSP}; les articles sans date viennent à la fin, par ordre "
        "alphabétique.",
    ]
    for article in page_items(articles, page_number, ARTICLE_INDEX_PAGE_SIZE):
        labels = (themes or {}).get(article.source_name, "")
        parts.append(
            f"- **[{escape_text(article.title)}]({relative_link(article_uri(article), uri)})**  \n"
            f"  {escape_text(article_facts(article))}  \n"
            f"  {escape_text(excerpt(article))}"
            + (f"  \n  {labels}" if labels else "")
        )
    if pages > 1:
        parts.append(pagination(page_number, pages, uri, index_uri, "Pages de la liste des articles"))
    return "\n\n".join(parts) + "\n"


def _reading_facts(article: Article) -> str:
    """Date and author, length, and where the article comes from: the publisher (or the site's
    address) with a link to the original, or nothing when that is unknown. The file name is for
    the editor (``api/articles.json``), not for readers."""
    byline = " ".join(filter(None, [
        f"Publié {'en' if article.date_precision is DatePrecision.MONTH else 'le'} {french_date(article)}"
        if article.date else "",
        (f"par {article.author}" if article.date else f"Par {article.author}") if article.author else "",
    ]))
    facts = [byline, f"{french_number(article.words)}{NBSP}mots", f"{article.reading_minutes}{NBSP}min de lecture"]
    parts = [" · ".join(escape_text(fact) for fact in facts if fact) + "\n{ .article-meta }"]
    href = _source_href(article.source_url)
    publisher = article.publisher or _site_name(article.source_url)
    if publisher:
        link = f" — [lire l’article d’origine]({href})" if href else ""
        parts.append(f"Source{NBSP}: {escape_text(publisher)}{link}\n{{ .article-meta .article-source }}")
    elif href:
        parts.append(f"[Lire l’article d’origine]({href})\n{{ .article-meta .article-source }}")
    return "\n\n".join(parts)


def _source_href(url: str | None) -> str | None:
    """The original article's address as a Markdown link target: only an http(s) address, checked
    again here whoever set it, and percent-encoded (``web_address``)."""
    return web_address(url) if url else None


def _site_name(url: str | None) -> str | None:
    """The host of a web address as readers write it (« e-réputation.com », not its ASCII
    « xn--… » form), without « www. »: what names the site when the editor did not."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname if parts.scheme.lower() in WEB_SCHEMES else None
    except ValueError:  # a malformed address (« http://[::1 ») names no site
        return None
    if not host:
        return None
    if host.isascii():
        try:
            host = host.encode("ascii").decode("idna")
        except UnicodeError:  # not a valid international name: shown as written
            pass
    return host.removeprefix("www.")


def _block(block: Block, links: dict[str, list[InlineLink]], uri: str) -> str:
    if block.kind is BlockKind.HEADING:
        return f"## {escape_text(block.text)} {{ #{block.anchor} }}"
    if block.kind is BlockKind.QUESTION:
        return f"### {escape_text(block.full_text)} {{ #{block.anchor} }}"
    return f"{_labelled_text(block, links, uri)}\n{{ #{block.anchor} }}"


def _list_item(block: Block, links: dict[str, list[InlineLink]], uri: str) -> str:
    marker = f"{block.number}." if block.kind is BlockKind.NUMBERED_ITEM else "-"
    return f"{marker} {_labelled_text(block, links, uri)}\n    {{ #{block.anchor} }}"


def _labelled_text(block: Block, links: dict[str, list[InlineLink]], uri: str) -> str:
    text = _linked_text(block.text, links.get(block.anchor, ()), uri)
    return f"**{escape_text(block.label)}{NBSP}:** {text}" if block.label else text


def _linked_text(text: str, links: Iterable[InlineLink], uri: str) -> str:
    """Escaped text with each link span wrapped; links are applied left to right, never overlapping.
    The typography is set on the whole text first (it keeps every position), so an apostrophe or
    a space at the edge of a link is judged by both its neighbours."""
    text = french_typography(text)
    pieces: list[str] = []
    position = 0
    for link in sorted(links, key=lambda link: link.start):
        if link.start < position:
            continue
        pieces.append(escape_text(text[position : link.start]))
        href = relative_link(link.href, uri)
        pieces.append(f'[{escape_text(text[link.start : link.end])}]({href} "{escape_title(link.title)}")')
        position = link.end
    pieces.append(escape_text(text[position:]))
    return "".join(pieces)


def _neighbours(previous: Article | None, following: Article | None, uri: str) -> str:
    if not previous and not following:
        return ""
    items = []
    if previous:
        items.append(
            f"[← Article précédent{NBSP}: {escape_text(previous.title)}]({relative_link(article_uri(previous), uri)})"
        )
    if following:
        items.append(
            f"[Article suivant{NBSP}: {escape_text(following.title)} →]({relative_link(article_uri(following), uri)})"
        )
    return (
        '<nav class="article-neighbours" aria-label="Articles voisins" markdown>\n\n'
        + "\n\n".join(items)
        + "\n\n</nav>"
    )


def articles_json(articles: Sequence[Article]) -> dict[str, object]:
    """``api/articles.json``: one entry per article, in reading order (a public interface)."""
    return {"articles": [_article_entry(article) for article in articles]}


def _article_entry(article: Article) -> dict[str, object]:
    return {
        "file": article.source_name,
        "slug": article.slug,
        "title": article.title,
        "url": article_url(article),
        "date": article.date.isoformat() if article.date else None,
        # « month »: the page gives only its month, and « date » is its first day
        "date_precision": article.date_precision.value if article.date else None,
        "words": article.words,
        "author": article.author,
        "publisher": article.publisher,
        "source": article.source_url,
    }
