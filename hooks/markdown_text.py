"""Turn plain text into Markdown that shows exactly that text, never markup.

Article text comes from anywhere: ``<script>``, ``*``, ``{{ }}``, ``!!! note`` or ``==mark==`` must
reach the reader as the literal characters. Backslash-escaping every ASCII punctuation character
is the one rule that covers Markdown, HTML and every pymdown extension at once; it relies on
``pymdownx.escapeall`` (enabled in ``mkdocs.yml``), which makes any character escapable.
A link title and a link address are read by Markdown's link syntax before any escape applies:
they get their own rules below.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

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


def escape_text(text: str) -> str:
    """Markdown source that renders as ``text`` verbatim, on one line (spaces kept: it may sit mid-line)."""
    return ASCII_PUNCTUATION.sub(_escaped, text.replace("\n", " "))


def escape_title(text: str) -> str:
    """Text safe inside a Markdown link title in double quotes (shown as a tooltip), on one line."""
    return text.replace("\n", " ").translate(TITLE_REFERENCES)


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


def _escaped(match: re.Match[str]) -> str:
    # A function rather than a replacement template or str.translate: measured the fastest.
    return f"\\{match.group()}"
