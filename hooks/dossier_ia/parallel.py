"""``map`` over one process per core, for the per-article work of a first build of thousands;
and work started in the background while the engine renders the pages (``start_in_background``).

Worker processes are forked, so they start with what the parent already loaded (compiled cue
tables, the lemmatiser's dictionary, the word vectors) instead of loading it again, and they find
the function and the items in the memory they inherited: only index ranges go to them and only
results come back, so nothing but the results is pickled and the function may be a closure.
Never from a process that runs other threads (a rebuild of ``mkdocs serve``), where forking is
unsafe; those rebuilds redo the few articles that changed anyway.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
# Below this many items, starting processes costs more than it saves.
MIN_ITEMS = 200
MAX_WORKERS = 8
# Items per task: enough to amortise the messages between processes, small enough to share the work.
CHUNKS_PER_WORKER = 8
# Work handed to forked workers: job number → (function, items). A worker reads its job from the
# copy of this table it was forked with.
_jobs: dict[int, tuple[Callable[[Any], Any], Sequence[Any]]] = {}
_job_numbers = itertools.count()


def map_on_every_core(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``list(map(function, items))``, spread over the machine's cores when that pays."""
    return start_on_every_core(function, items)()


def start_on_every_core(
    function: Callable[[T], R], items: Sequence[T], spare_a_core: bool = False
) -> Callable[[], list[R]]:
    """``map_on_every_core`` started now and finished by calling what it returns (the results, in
    order): meanwhile this process can do work of its own, which the cores would otherwise wait
    for once the workers are done. ``spare_a_core``: one worker fewer, for a long piece of work of
    this process's own (the engine rendering pages), which the workers would otherwise slow down."""
    workers = min((os.cpu_count() or 1) - spare_a_core, MAX_WORKERS)
    # Alone, one worker would only add the cost of starting it; beside this process's work, it is the point.
    fewest = 1 if spare_a_core else 2
    return _start(function, items, workers if len(items) >= MIN_ITEMS and workers >= fewest else 0)


class BackgroundJob:
    """Work running in other processes while this one goes on; ``wait`` returns once it is done
    and raises its first error. Made by ``start_in_background``."""

    def __init__(self, finish: Callable[[], list[None]]) -> None:
        """``finish``: what ``_start`` returned for the work."""
        self._finish = finish

    def wait(self) -> None:
        """Block until every item is done; the pool's processes are gone when it returns."""
        self._finish()


def start_in_background(function: Callable[[T], None], items: Sequence[T]) -> BackgroundJob:
    """Call ``function`` on every item in processes of their own, one core per process but the
    one this process keeps for itself (a build renders its pages on one core: the others would
    wait). Where forking is unsafe (other threads running) or nothing is to do, the items are
    done here and now, and the job returned is already over."""
    workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS)
    return BackgroundJob(_start(function, items, workers if items else 0))


def start_in_other_processes(*functions: Callable[[], R]) -> Callable[[], list[R]]:
    """Each function called now in a forked process of its own (two models trained at once on two
    cores, while this process loads nothing they need); calling what it returns gives their
    results, in order. Here and now on a single core, or where forking is unsafe."""
    workers = min(len(functions), MAX_WORKERS) if (os.cpu_count() or 1) >= 2 else 0
    return _start(lambda function: function(), functions, workers)


def _start(function: Callable[[T], R], items: Sequence[T], workers: int) -> Callable[[], list[R]]:
    """The work on ``workers`` forked processes, started now; what it returns waits for the
    results and ends the processes (once: later calls give the same results). No workers, or
    other threads running (forking is then unsafe): done here and now."""
    if workers < 1 or threading.active_count() > 1:
        results = list(map(function, items))
        return lambda: results
    job = _register(function, items)
    pool = _forking_pool(workers)
    futures = [pool.submit(_run_range, task) for task in _ranges(job, len(items), workers)]
    done: list[list[R]] = []

    def finish() -> list[R]:
        if not done:
            try:
                done.append([result for future in futures for result in future.result()])
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
                _jobs.pop(job, None)
        return done[0]

    return finish


def _register(function: Callable[[Any], Any], items: Sequence[Any]) -> int:
    job = next(_job_numbers)
    _jobs[job] = (function, items)
    return job


def _forking_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def _ranges(job: int, count: int, workers: int) -> list[tuple[int, int, int]]:
    size = max(1, count // (workers * CHUNKS_PER_WORKER))
    return [(job, start, min(start + size, count)) for start in range(0, count, size)]


def _run_range(task: tuple[int, int, int]) -> list[Any]:
    """In a worker: the results of its job's function on one range of its items."""
    job, start, end = task
    function, items = _jobs[job]
    return [function(item) for item in items[start:end]]
