"""Reading the built HTML the way a reader sees it: visible text, ids, links."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

WHITESPACE = re.compile(r"\s+")


class _ContentText(HTMLParser):
    """Text inside the page's ``<article>``, without permalink pilcrows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        if self.depth and (tag in {"script", "style"} or ("class", "headerlink") in attrs):
            self.skip += 1
        if self.depth and tag in {"p", "li", "h1", "h2", "h3", "h4", "br", "div", "nav"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip and tag in {"script", "style", "a"}:
            self.skip -= 1
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def article_text(html: str) -> str:
    """The page's main content as plain text, whitespace collapsed."""
    parser = _ContentText()
    parser.feed(html)
    return WHITESPACE.sub(" ", "".join(parser.parts)).strip()


def element_ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html))


def html_pages(site: Path) -> list[Path]:
    """Every page of a built site (the theme's assets aside), in a stable order."""
    return sorted(path for path in site.rglob("*.html") if "assets" not in path.relative_to(site).parts)


class _VisibleText(HTMLParser):
    """Every piece of text a reader sees on a page: text nodes outside scripts, styles and code,
    the page title, and the tooltips, placeholders and image descriptions shown on screen."""

    SHOWN_ATTRIBUTES = frozenset({"title", "placeholder", "alt"})
    HIDDEN_TAGS = frozenset({"script", "style", "code", "pre", "svg", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.pieces: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN_TAGS:
            self.hidden += 1
        self.pieces.extend(value for name, value in attrs if name in self.SHOWN_ATTRIBUTES and value)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN_TAGS and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.pieces.append(data)


def visible_texts(html: str) -> list[str]:
    """The texts a reader sees on the page, each as written in the HTML (spaces kept as they are)."""
    parser = _VisibleText()
    parser.feed(html)
    return parser.pieces
