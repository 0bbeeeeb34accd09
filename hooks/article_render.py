"""Article model → Markdown pages: each article, and the paginated index of all articles.

Pure string building, no MkDocs: the same Markdown would feed another engine. Every piece of
article text goes through ``escape_text`` so that it is shown, never interpreted.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import groupby
from typing import Protocol, TypeVar

from article_model import Article, Block, BlockKind, InlineLink
from french_sentences import split_sentences
from markdown_text import escape_text, escape_title, web_address

ARTICLES_DIR = "articles"
INDEX_PAGE_SIZE = 50
T = TypeVar("T")
EXCERPT_MAX_LENGTH = 220
MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre")
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
LIST_KINDS = {BlockKind.BULLET_ITEM: "-", BlockKind.NUMBERED_ITEM: "1."}


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
    return f"{ARTICLES_DIR}/index.md" if page_number == 1 else f"{ARTICLES_DIR}/pages/{page_number}.md"


def relative_link(target_uri: str, from_uri: str) -> str:
    """A link from one docs file to another (``#anchor`` kept), as Markdown expects it."""
    path, _, anchor = target_uri.partition("#")
    directory, name = posixpath.split(path)
    relative = posixpath.join(_relative_dir(directory, posixpath.dirname(from_uri)), name)
    return f"{relative}#{anchor}" if anchor else relative


def french_date(article: Article) -> str:
    date = article.date
    return f"{date.day}{'er' if date.day == 1 else ''} {MONTH_NAMES[date.month - 1]} {date.year}" if date else ""


def french_number(number: int) -> str:
    """``1234`` → ``1 234`` with the narrow no-break space French typography uses."""
    return f"{number:,}".replace(",", NARROW_NBSP)


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
    if appendix:
        parts.append(appendix)
    parts.append(_neighbours(previous, following, uri))
    return "\n\n".join(part for part in parts if part) + "\n"


def render_article_index(articles: Sequence[Article], page_number: int, pages: int) -> str:
    """One page of the article list: a sidebar of thousands of entries would make every page O(N)."""
    uri = index_uri(page_number)
    heading = "Tous les articles" if pages == 1 else f"Tous les articles — page {page_number} sur {pages}"
    total = f"{french_number(len(articles))} article{'s' if len(articles) > 1 else ''}"
    parts = [
        front_matter({"title": heading, "description": f"Les articles du site, du plus récent au plus ancien ({total}).", "search": {"exclude": True}}),
        f"# {heading}",
    ]
    for article in page_items(articles, page_number, INDEX_PAGE_SIZE):
        facts = " · ".join(filter(None, [french_date(article), f"{article.reading_minutes}{NBSP}min de lecture"]))
        parts.append(
            f"- **[{escape_text(article.title)}]({relative_link(article_uri(article), uri)})**  \n"
            f"  {escape_text(facts)}  \n"
            f"  {escape_text(excerpt(article))}"
        )
    if pages > 1:
        parts.append(pagination(page_number, pages, uri, index_uri, "Pages de la liste des articles"))
    return "\n\n".join(parts) + "\n"


def page_count(item_count: int, page_size: int) -> int:
    """How many pages a list split into pages takes: one at least, even when empty."""
    return max(1, -(-item_count // page_size))


def page_items(items: Sequence[T], page_number: int, page_size: int) -> Sequence[T]:
    start = (page_number - 1) * page_size
    return items[start : start + page_size]


def pagination(page_number: int, pages: int, uri: str, page_uri: Callable[[int], str], label: str) -> str:
    """Links to every page of a list split into pages, written on page ``page_number`` (at ``uri``)."""
    links = []
    for number in range(1, pages + 1):
        links.append(f"**{number}**" if number == page_number else f"[{number}]({relative_link(page_uri(number), uri)})")
    return f'<nav class="article-pagination" aria-label="{label}" markdown>\n\nPages\u00a0: ' + " · ".join(links) + "\n\n</nav>"


def front_matter(meta: dict[str, object]) -> str:
    """YAML front matter written as JSON values (valid YAML, and far faster to emit than PyYAML)."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(meta.items())]
    return "---\n" + "\n".join(lines) + "\n---"


@lru_cache(maxsize=256)
def _relative_dir(directory: str, from_directory: str) -> str:
    """Few distinct folder pairs, thousands of links: ``relpath`` once per pair."""
    return posixpath.relpath(directory or ".", from_directory or ".")


def _reading_facts(article: Article) -> str:
    facts = [
        f"Publié le {french_date(article)}" if article.date else "",
        f"par {article.author}" if article.author else "",
        f"{french_number(article.words)}{NBSP}mots",
        f"{article.reading_minutes}{NBSP}min de lecture",
        f"Fichier source{NBSP}: {article.source_name}",
    ]
    line = " · ".join(escape_text(fact) for fact in facts if fact)
    # Checked again here, whoever set it: only an http(s) address becomes a link.
    if article.source_url and (address := web_address(article.source_url)):
        line += f" · [Article d’origine]({address})"
    return f"{line}\n{{ .article-meta }}"


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
    """Escaped text with each link span wrapped; links are applied left to right, never overlapping."""
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
        items.append(f"[← Article précédent{NBSP}: {escape_text(previous.title)}]({relative_link(article_uri(previous), uri)})")
    if following:
        items.append(f"[Article suivant{NBSP}: {escape_text(following.title)} →]({relative_link(article_uri(following), uri)})")
    return '<nav class="article-neighbours" aria-label="Articles voisins" markdown>\n\n' + "\n\n".join(items) + "\n\n</nav>"
