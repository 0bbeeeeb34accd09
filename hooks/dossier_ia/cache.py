"""Results of the previous build, reused by the next one: how ``mkdocs serve`` stays fast.

``RebuildMemo``: each rebuild asks again for every article's result; a result whose inputs are
unchanged (same key) is taken from the previous build instead of being computed again. Only what
the current build asked for is kept, so an edited or deleted article leaves nothing behind.

``LastResult``: the same for a step over the whole collection, kept while its inputs are equal;
``LastResults`` for one such step per group (each theme of the synthesis).

``WrittenFiles``: files a process writes again at each rebuild (``serve --dirty``'s generated
pages, the split search index), rewritten only when their content changed, so that their dates
tell MkDocs and the browser what is new.

``DiskCache``: bytes that are costly to make (share images) kept in a folder across processes,
named by a hash of everything they are made from, so that the next ``mkdocs build`` or
``serve`` finds them instead of making them again.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path
from typing import ClassVar, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
# What a memo's look-up gives for a key it does not hold (``None`` may be a value).
_MISSING: object = object()
V = TypeVar("V")


class RebuildMemo(Generic[V]):
    """A memo that lives one build: ``get`` during a build, ``end_build`` once it is over."""

    # False for a one-off build (``mkdocs build``): no next build will ask, so nothing is kept and
    # the memory goes to the rest of the build.
    keep_between_builds: ClassVar[bool] = True

    def __init__(self) -> None:
        """Start empty: the first build computes everything."""
        self._previous: dict[Hashable, V] = {}
        self._current: dict[Hashable, V] = {}

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The value for ``key``: this build's, else the previous build's, else computed now. A
        one-off build keeps nothing: its memos would hold every page's text (the key) and finished
        page (the value) to the end of the pipeline, after MkDocs has read them (hundreds of MB at
        5,000 articles, at the build's peak)."""
        value = self._current.get(key, _MISSING)
        if value is _MISSING:
            value = self._previous.get(key, _MISSING)
            value = compute() if value is _MISSING else value
            if RebuildMemo.keep_between_builds:
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


class LastResult(Generic[V]):
    """The previous build's result of a step that reads the whole collection (the synthesis page,
    related articles, the JSON exports), while the step's inputs are equal (``==``) to this
    build's: a rebuild of ``mkdocs serve`` after an edit that changes nothing the step reads then
    skips it. Comparing the inputs (tuples and frozen dataclasses, mostly compared in C) costs a
    small part of what the step does with them."""

    def __init__(self) -> None:
        """Nothing kept yet."""
        self._kept: tuple[object, V] | None = None

    def get(self, inputs: object, compute: Callable[[], V]) -> V:
        """``compute()``, or the result kept from the previous build if ``inputs`` are equal."""
        if self._kept is not None and self._kept[0] == inputs:
            return self._kept[1]
        result = compute()
        self._kept = (inputs, result) if RebuildMemo.keep_between_builds else None
        return result


class LastResults(Generic[V]):
    """``LastResult`` for one step per group (a theme's ranking, its data), by the group's name:
    a rebuild after an edit that adds a claim to one theme computes that theme's step again, and
    takes the others' results from the previous build. A group the build no longer asks for (a
    subject that emerged and went) is forgotten at ``end_build``."""

    def __init__(self) -> None:
        """Nothing kept yet."""
        self._previous: dict[Hashable, tuple[object, V]] = {}
        self._current: dict[Hashable, tuple[object, V]] = {}

    def get(self, name: Hashable, inputs: object, compute: Callable[[], V]) -> V:
        """``compute()``, or the previous build's result for ``name`` if its ``inputs`` were equal."""
        kept = self._previous.get(name)
        result = kept[1] if kept is not None and kept[0] == inputs else compute()
        if RebuildMemo.keep_between_builds:
            self._current[name] = (inputs, result)
        return result

    def end_build(self) -> None:
        """This build's results become the next build's previous ones; the others are forgotten."""
        self._previous, self._current = self._current, {}


class WrittenFiles:
    """What this process last wrote to each file, known by the hash of the content: most of a
    rebuild's files are the very objects of the previous build (kept by the memos), whose hash
    Python has already computed, so an unchanged file is neither read back nor written."""

    def __init__(self) -> None:
        """Nothing written yet: a file is compared with what the disk holds, if anything."""
        self._digests: dict[Path, int] = {}

    def write(self, path: Path, content: str | bytes) -> None:
        """Write ``content`` to ``path`` unless that is what the file holds: its date then stays."""
        digest = hash(content)
        if self._digests.get(path) == digest:
            return
        data = content.encode("utf-8") if isinstance(content, str) else content
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        self._digests[path] = digest

    def keep_only(self, paths: set[Path]) -> None:
        """Delete the files written before that are not in ``paths`` (no longer made)."""
        for path in self._digests.keys() - paths:
            path.unlink(missing_ok=True)
            del self._digests[path]


class DiskCache:
    """Files in ``folder`` named by a digest of their key: a changed input is a new name, so an
    entry is never stale; delete the folder to reclaim the space of entries no longer used."""

    def __init__(self, folder: Path, suffix: str = "") -> None:
        """Entries are files ``<digest><suffix>`` in ``folder`` (the suffix lets other tools open them)."""
        self.folder = folder
        self.suffix = suffix

    def get(self, key: str, compute: Callable[[], bytes]) -> bytes:
        """The stored bytes for ``key``, computed and stored first when absent."""
        path = self.path(key)
        if path.is_file():
            return path.read_bytes()
        data = compute()
        self.put(key, data)
        return data

    def path(self, key: str) -> Path:
        """Where the entry of ``key`` is (or would be) stored; two levels keep folders small."""
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest[2:32]}{self.suffix}"

    def __contains__(self, key: str) -> bool:
        """Whether ``key`` was stored (by this build or an earlier one)."""
        return self.path(key).is_file()

    def keep_recent(self, key: str, count: int) -> None:
        """Mark the entry of ``key`` as just used and delete all but the ``count`` entries used last:
        for entries that a new input replaces for good (the models trained on the editor's
        sentences: every edit of ``themes.yml`` trains new ones, 4 MB each), which no build reads
        again once the editor has moved on."""
        now = time.time_ns()
        used = self.path(key)
        if used.is_file():
            os.utime(used, ns=(now, now))
        dated = []
        for entry in self.folder.glob(f"*/*{self.suffix}"):
            try:
                dated.append((entry.stat().st_mtime_ns, entry))
            except FileNotFoundError:
                continue  # another build deleted it meanwhile
        for _, stale in sorted(dated, reverse=True)[count:]:
            stale.unlink(missing_ok=True)

    def put(self, key: str, data: bytes) -> Path:
        """Store atomically (a temporary file renamed): a build stopped halfway, or two builds at
        once, never leave a truncated entry behind."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
        return path
