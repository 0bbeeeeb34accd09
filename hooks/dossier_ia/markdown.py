"""Markdown building blocks: text shown exactly as written, front matter, links, pagination.

Article text comes from anywhere: ``<script>``, ``*``, ``{{ }}``, ``!!! note`` or ``==mark==`` must
reach the reader as the literal characters. Backslash-escaping every ASCII punctuation character
is the one rule that covers Markdown, HTML and every pymdown extension at once; it relies on
``pymdownx.escapeall`` (enabled in ``mkdocs.yml``), which makes any character escapable.
A link title and a link address are read by Markdown's link syntax before any escape applies:
they get their own rules below.

This is also where generated text meets French typography (``french_typography``), once: every
article sentence, title, label and editor data string shown on a generated page passes here,
while ``api/*.json`` keeps the text as written.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import quote, urlsplit

from dossier_ia.french.typography import NO_BREAK_SPACE, french_typography

ASCII_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
# A link title: every ASCII punctuation character as a numeric character reference. Markdown's
# link parser then meets no quote, parenthesis, backtick or table pipe, and its HTML serializer
# keeps references as they are, so the browser shows the original character in the tooltip.
TITLE_REFERENCES = {code: f"&#{code};" for code in range(0x21, 0x7F) if ASCII_PUNCTUATION.match(chr(code))}
# The only schemes a link made from article or editor text may have: any other (javascript: runs
# a script, data: makes up a document) is refused.
WEB_SCHEMES = frozenset({"http", "https"})
# Kept as they are in a link address: RFC 3986's delimiters, except those Markdown's link syntax
# reads (quotes, parentheses, backtick, backslash); ``quote`` also keeps letters, digits, "_.-~".
ADDRESS_SAFE = ":/?#[]@!$&*+,;=%"
LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Written as an entity: Python-Markdown turns a literal no-break space into a breakable one in
# link titles and in the table of contents (``str.split``), but leaves the entity alone.
NO_BREAK_SPACE_ENTITY = "&nbsp;"
T = TypeVar("T")


def escape_text(text: str) -> str:
    """Markdown source that renders as ``text`` with French typography, on one line (spaces kept:
    it may sit mid-line)."""
    escaped = ASCII_PUNCTUATION.sub(_escaped, french_typography(text.replace("\n", " ")))
    return escaped.replace(NO_BREAK_SPACE, NO_BREAK_SPACE_ENTITY)


def escape_title(text: str) -> str:
    """Text safe inside a Markdown link title in double quotes (shown as a tooltip), on one line, with
    French typography: punctuation as character references, no-break spaces as an entity."""
    titled = french_typography(text.replace("\n", " ")).translate(TITLE_REFERENCES)
    return titled.replace(NO_BREAK_SPACE, NO_BREAK_SPACE_ENTITY)


def web_address(text: str) -> str | None:
    """``text`` as the address of a Markdown link, when it is an absolute http(s) address (``None``
    otherwise): percent-encoded, so that no space, quote, bracket or non-ASCII character ends it."""
    address = text.strip()
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return LONE_PERCENT.sub("%25", quote(address, safe=ADDRESS_SAFE))


def relative_link(target_uri: str, from_uri: str) -> str:
    """A link from one docs file to another (``#anchor`` kept), as Markdown expects it."""
    path, _, anchor = target_uri.partition("#")
    directory, name = posixpath.split(path)
    relative = posixpath.join(_relative_dir(directory, posixpath.dirname(from_uri)), name)
    return f"{relative}#{anchor}" if anchor else relative


def relative_url(target_uri: str, from_uri: str) -> str:
    """The address of one docs file's page from another's, as the built site has them (MkDocs'
    directory addresses: ``a/b.md`` is ``a/b/``, ``a/index.md`` is ``a/``), for HTML written by the
    pipeline itself, whose links MkDocs does not rewrite."""
    return posixpath.join(_relative_dir(_page_folder(target_uri), _page_folder(from_uri)), "")


def page_count(item_count: int, page_size: int) -> int:
    """How many pages a list split into pages takes: one at least, even when empty."""
    return max(1, -(-item_count // page_size))


def page_items(items: Sequence[T], page_number: int, page_size: int) -> Sequence[T]:
    """The items shown on page ``page_number`` (counted from 1) of a list cut into pages of ``page_size``."""
    start = (page_number - 1) * page_size
    return items[start : start + page_size]


def pagination(page_number: int, pages: int, uri: str, page_uri: Callable[[int], str], label: str) -> str:
    """Links to every page of a list split into pages, written on page ``page_number`` (at ``uri``)."""
    links = []
    for number in range(1, pages + 1):
        links.append(
            f"**{number}**" if number == page_number else f"[{number}]({relative_link(page_uri(number), uri)})"
        )
    return (
        f'<nav class="article-pagination" aria-label="{label}" markdown>\n\nPages\u00a0: '
        + " · ".join(links)
        + "\n\n</nav>"
    )


def front_matter(meta: dict[str, object]) -> str:
    """YAML front matter written as JSON values (valid YAML, and far faster to emit than PyYAML);
    text values (the page title, its description) with French typography."""
    lines = [
        f"{key}: {json.dumps(french_typography(value) if isinstance(value, str) else value, ensure_ascii=False)}"
        for key, value in sorted(meta.items())
    ]
    return "---\n" + "\n".join(lines) + "\n---"


def add_front_matter(markdown: str, meta: dict[str, object]) -> str:
    """``markdown`` (which starts with ``front_matter``) with more keys, added after the others:
    a later stage adds what it knows of a page (its share image) without re-rendering it."""
    end = markdown.index("\n---", 3)
    return (
        markdown[:end]
        + "".join(f"\n{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(meta.items()))
        + markdown[end:]
    )


def front_matter_value(markdown: str, key: str) -> object:
    """A value of the front matter written by ``front_matter`` (one JSON value per line), or None."""
    if not markdown.startswith("---\n"):
        return None
    prefix = f"\n{key}: "
    start = markdown.find(prefix, 3, markdown.find("\n---", 3))
    if start < 0:
        return None
    start += len(prefix)
    return json.loads(markdown[start : markdown.index("\n", start)])


def _escaped(match: re.Match[str]) -> str:
    # A function rather than a replacement template or str.translate: measured the fastest.
    return f"\\{match.group()}"


def _page_folder(uri: str) -> str:
    """The folder a docs file's page is served from (``index.md``: its own folder's)."""
    path = uri.removesuffix(".md")
    return posixpath.dirname(path) if posixpath.basename(path) == "index" else path


def _relative_dir(directory: str, from_directory: str) -> str:
    """``posixpath.relpath`` for the docs' folders (relative, without « . » or « .. »), which
    thousands of links ask about, each from its own page's folder: by their common start."""
    target, start = directory.split("/") if directory else [], from_directory.split("/") if from_directory else []
    common = 0
    while common < min(len(target), len(start)) and target[common] == start[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."
