"""``map`` over one process per core, for the per-article work of a first build of thousands.

Worker processes are forked, so they start with what the parent already loaded (compiled cue
tables, the lemmatiser's dictionary) instead of loading it again. Never from a process that runs
other threads (a rebuild of ``mkdocs serve``), where forking is unsafe; those rebuilds redo the
few articles that changed anyway.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
# Below this many items, starting processes costs more than it saves.
MIN_ITEMS = 200
MAX_WORKERS = 8
# Items per task: enough to amortise the messages between processes, small enough to share the work.
CHUNKS_PER_WORKER = 8


def map_on_every_core(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``list(map(function, items))``, spread over the machine's cores when that pays."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(items) < MIN_ITEMS or workers < 2 or threading.active_count() > 1:
        return list(map(function, items))
    chunk = max(1, len(items) // (workers * CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(function, items, chunksize=chunk))
