"""Generated Markdown as the tests read it: no-break spaces are written ``&nbsp;`` in the
Markdown (Python-Markdown would make a literal one breakable in titles and the table of contents)
and shown as the character in the page; assertions read them as the character."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TypeVar

import yaml

T = TypeVar("T")
MKDOCS_YML = Path(__file__).resolve().parents[1] / "mkdocs.yml"


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: its ``!ENV`` values (the site address) are not needed here."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def site_extensions() -> list[str]:
    """The names of mkdocs.yml's Markdown extensions, without their settings: what the tests and
    the benchmark's plain Material site parse generated Markdown with, read from the one place
    that lists them."""
    entries = yaml.load(MKDOCS_YML.read_text(encoding="utf-8"), Loader=_ConfigLoader)["markdown_extensions"]
    return [entry if isinstance(entry, str) else next(iter(entry)) for entry in entries]


SITE_EXTENSIONS = site_extensions()


def readable(markdown: T) -> T:
    """``&nbsp;`` as the no-break space it shows, in a text or in the texts of a mapping."""
    if isinstance(markdown, str):
        return markdown.replace("&nbsp;", "\u00a0")
    if isinstance(markdown, dict):
        return {key: readable(value) for key, value in markdown.items()}
    return markdown


def reading(render: Callable[..., T]) -> Callable[..., T]:
    """``render`` whose output is ``readable``."""
    @wraps(render)
    def wrapped(*args: object, **kwargs: object) -> T:
        return readable(render(*args, **kwargs))
    return wrapped
