"""Turn plain text into Markdown that shows exactly that text, never markup.

Article text comes from anywhere: ``<script>``, ``*``, ``{{ }}``, ``!!! note`` or ``==mark==`` must
reach the reader as the literal characters. Backslash-escaping every ASCII punctuation character
is the one rule that covers Markdown, HTML and every pymdown extension at once; it relies on
``pymdownx.escapeall`` (enabled in ``mkdocs.yml``), which makes any character escapable.
"""

from __future__ import annotations

import re

ASCII_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")


def escape_text(text: str) -> str:
    """Markdown source that renders as ``text`` verbatim, on one line (spaces kept: it may sit mid-line)."""
    return ASCII_PUNCTUATION.sub(_escaped, text.replace("\n", " "))


def escape_title(text: str) -> str:
    """Text safe inside a Markdown link title in double quotes (shown as a tooltip)."""
    return text.replace("\\", "").replace('"', "&quot;").replace("\n", " ")


def _escaped(match: re.Match[str]) -> str:
    # A function rather than a replacement template or str.translate: measured the fastest.
    return f"\\{match.group()}"
