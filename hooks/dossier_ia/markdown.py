"""Markdown building blocks: text shown exactly as written, front matter, links, pagination.

Article text comes from anywhere: ``<script>``, ``*``, ``{{ }}``, ``!!! note`` or ``==mark==`` must
reach the reader as the literal characters. Backslash-escaping every ASCII punctuation character
is the one rule that covers Markdown, HTML and every pymdown extension at once; it relies on
``pymdownx.escapeall`` (enabled in ``mkdocs.yml``), which makes any character escapable.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

ASCII_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
T = TypeVar("T")


def escape_text(text: str) -> str:
    """Markdown source that renders as ``text`` verbatim, on one line (spaces kept: it may sit mid-line)."""
    return ASCII_PUNCTUATION.sub(_escaped, text.replace("\n", " "))


def escape_title(text: str) -> str:
    """Text safe inside a Markdown link title in double quotes (shown as a tooltip)."""
    return text.replace("\\", "").replace('"', "&quot;").replace("\n", " ")


def relative_link(target_uri: str, from_uri: str) -> str:
    """A link from one docs file to another (``#anchor`` kept), as Markdown expects it."""
    path, _, anchor = target_uri.partition("#")
    directory, name = posixpath.split(path)
    relative = posixpath.join(_relative_dir(directory, posixpath.dirname(from_uri)), name)
    return f"{relative}#{anchor}" if anchor else relative


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


def add_front_matter(markdown: str, meta: dict[str, object]) -> str:
    """``markdown`` (which starts with ``front_matter``) with more keys, added after the others:
    a later stage adds what it knows of a page (its share image) without re-rendering it."""
    end = markdown.index("\n---", 3)
    return markdown[:end] + "".join(f"\n{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(meta.items())) + markdown[end:]


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


@lru_cache(maxsize=256)
def _relative_dir(directory: str, from_directory: str) -> str:
    """Few distinct folder pairs, thousands of links: ``relpath`` once per pair."""
    return posixpath.relpath(directory or ".", from_directory or ".")
