"""Results of the previous build, reused by the next one: how ``mkdocs serve`` stays fast.

Each rebuild asks again for every article's result; a result whose inputs are unchanged (same
key) is taken from the previous build instead of being computed again. Only what the current
build asked for is kept, so an edited or deleted article leaves nothing behind.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import ClassVar, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class RebuildMemo(Generic[V]):
    """A memo that lives one build: ``get`` during a build, ``end_build`` once it is over."""

    # False for a one-off build (``mkdocs build``): no next build will ask, so nothing is kept and
    # the memory goes to the rest of the build.
    keep_between_builds: ClassVar[bool] = True

    def __init__(self) -> None:
        self._previous: dict[Hashable, V] = {}
        self._current: dict[Hashable, V] = {}

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        if key in self._current:
            return self._current[key]
        value = self._previous[key] if key in self._previous else compute()
        self._current[key] = value
        return value

    def get_many(self, keys: Sequence[K], compute: Callable[[list[K]], Iterable[V]]) -> list[V]:
        """``get`` for many keys, the ones the previous build did not have computed by one call
        (which may then spread them over processes), in the order of ``keys``."""
        missing = [key for key in dict.fromkeys(keys) if key not in self._current and key not in self._previous]
        computed = dict(zip(missing, compute(missing)))
        return [self.get(key, functools.partial(computed.__getitem__, key)) for key in keys]

    def end_build(self) -> None:
        """Forget what this build did not ask for; its results become the next build's previous."""
        self._previous, self._current = self._current if RebuildMemo.keep_between_builds else {}, {}
