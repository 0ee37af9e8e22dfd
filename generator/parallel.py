"""Run a pure function over many items on a concurrent.futures Executor, in chunks, in order.

Any Executor works: the local process pool the build makes, or a distributed one such as Dask's
`Client.get_executor()`. Items go out in chunks so the cost of pickling and of one round trip
is paid per chunk, not per article; results come back in input order whatever order the chunks
finish in, so the output never depends on scheduling.
"""

from __future__ import annotations

import functools
import gc
import math
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_CHUNK = 64  # big enough to amortise a round trip, small enough to balance the workers
CHUNKS_PER_WORKER = 4
SERIAL_BELOW = 24  # fewer items than this are done in-process: starting a pool costs more


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not just the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(jobs: int | None) -> int:
    """--jobs N -> N workers; None or 0 -> every available core."""
    return jobs if jobs and jobs > 0 else available_cores()


def chunk_size(items: int, workers: int) -> int:
    """A few chunks per worker so a slow chunk does not leave the others idle at the end."""
    return max(1, min(MAX_CHUNK, math.ceil(items / (workers * CHUNKS_PER_WORKER))))


def split_chunks(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """Consecutive chunks of `size` items (the last one shorter)."""
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)]


def apply_to_chunk(func: Callable[[T], R], chunk: tuple[T, ...]) -> tuple[R, ...]:
    """What one worker runs: `func` over one chunk. Top-level, so it pickles by name."""
    return tuple(func(item) for item in chunk)


def map_chunked(
    func: Callable[[T], R],
    items: Sequence[T],
    executor: Executor | None,
    workers: int = 1,
    on_done: Callable[[int], None] = lambda count: None,
) -> list[R]:
    """`[func(x) for x in items]`, on `executor` in chunks when one is given; input order kept.

    `func` must be a picklable top-level function for a process or distributed executor.
    `on_done(n)` is called in this process as each chunk of n items finishes (for progress).
    """
    if executor is None:
        results = []
        for item in items:
            results.append(func(item))
            on_done(1)
        return results
    chunks = split_chunks(items, chunk_size(len(items), workers))
    futures = {executor.submit(apply_to_chunk, func, chunk): n for n, chunk in enumerate(chunks)}
    done: dict[int, tuple[R, ...]] = {}
    for future in as_completed(futures):
        index = futures[future]
        done[index] = future.result()
        on_done(len(chunks[index]))
    return [result for index in range(len(chunks)) for result in done[index]]


@contextmanager
def process_pool(jobs: int | None, items: int) -> Iterator[Executor | None]:
    """A process pool sized for `jobs`, or None (run in-process) for --jobs 1 or little work."""
    workers = min(worker_count(jobs), max(1, items))
    if workers <= 1 or items < SERIAL_BELOW:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield pool


# --- work on a value every worker shares (merge, render) ----------------------------------------

# Set only inside a worker process forked by shared_pool(), once, by the pool's initializer: the
# value its tasks work on. The parent process never sets it; a fork hands the value over without
# pickling it (a digest of 10,000 articles would take longer to pickle than to render).
_WORKER_SHARED: dict[str, Any] = {}


@contextmanager
def shared_pool(jobs: int | None, items: int, shared: Any) -> Iterator[Executor | None]:
    """Worker processes forked from this one, each holding `shared`; None to work in-process.

    Only where the platform can fork (Linux; not Windows, and not macOS, where forking is
    unsafe): elsewhere, and for --jobs 1 or little work, the caller runs everything in-process.
    The garbage collector's objects are frozen first (frozen_heap) so the workers' collections
    do not touch (and so copy) every inherited page of memory.
    """
    workers = min(worker_count(jobs), max(1, items))
    if workers <= 1 or items < SERIAL_BELOW or not can_fork():
        yield None
        return
    with frozen_heap():
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_adopt_shared, initargs=(shared,)) as pool:
            yield pool


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Hide every object alive now from the garbage collector until the block ends.

    A digest is hundreds of thousands of long-lived objects; every full collection while pages
    are planned and rendered would walk all of them again, and in a forked worker would touch
    (and so copy) every inherited page of memory. Nested blocks leave the unfreezing to the
    outermost one.
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


def can_fork() -> bool:
    """Whether worker processes can be forked safely here.

    Not on macOS or Windows, and not while this process runs other threads (a Dask client, a
    server): a fork copies only the calling thread, and a lock another thread held at that
    moment would stay locked forever in the child. The build then works in-process.
    """
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and os.uname().sysname != "Darwin"
        and threading.active_count() == 1
    )


def map_shared(
    func: Callable[[Any, T], R],
    shared: Any,
    items: Sequence[T],
    pool: Executor | None,
    workers: int = 1,
    on_done: Callable[[int], None] = lambda count: None,
) -> list[R]:
    """`[func(shared, x) for x in items]`, on a shared_pool() when given; input order kept."""
    if pool is None:
        return map_chunked(functools.partial(func, shared), items, None, workers, on_done)
    return map_chunked(functools.partial(_call_with_shared, func), items, pool, workers, on_done)


def _adopt_shared(shared: Any) -> None:
    """A forked worker's initializer: keep the value its tasks will work on."""
    _WORKER_SHARED["value"] = shared


def _call_with_shared(func: Callable[[Any, T], R], item: T) -> R:
    return func(_WORKER_SHARED["value"], item)
