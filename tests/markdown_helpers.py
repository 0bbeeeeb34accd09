"""Generated Markdown as the tests read it: no-break spaces are written ``&nbsp;`` in the
Markdown (Python-Markdown would make a literal one breakable in titles and the table of contents)
and shown as the character in the page; assertions read them as the character."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


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
