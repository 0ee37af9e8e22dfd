"""Parallel parsing: any Executor, chunked, results in input order, same output as in-process."""

from __future__ import annotations

import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from generator.build import build
from generator.steps.parse import parse_all
from generator.models import SourceFile
from generator.parallel import (
    MAX_CHUNK,
    SERIAL_BELOW,
    can_fork,
    chunk_size,
    map_chunked,
    map_shared,
    process_pool,
    shared_pool,
    split_chunks,
    worker_count,
)
from conftest import FIXTURES
from tests.perf_support import ARTICLES, BAD_FILES, make_config, read_tree, write_articles


def _slow_for_small(n: int) -> int:
    """Early items take longest, so chunks finish in reverse order."""
    time.sleep(0.002 * (20 - n) if n < 20 else 0)
    return n * n


def test_results_keep_input_order_when_chunks_finish_out_of_order():
    items = list(range(40))
    done: list[int] = []
    with ThreadPoolExecutor(4) as pool:
        results = map_chunked(_slow_for_small, items, pool, workers=4, on_done=done.append)
    assert results == [n * n for n in items]
    assert sum(done) == len(items)


def test_a_process_pool_gives_the_same_results_as_in_process():
    items = list(range(100))
    with ProcessPoolExecutor(2) as pool:
        assert map_chunked(abs, [-n for n in items], pool, workers=2) == items
    assert map_chunked(abs, [-n for n in items], None) == items


@pytest.mark.parametrize("items,workers", [(1, 1), (10, 2), (1000, 2), (100_000, 8), (7, 16)])
def test_chunks_cover_every_item_and_stay_bounded(items, workers):
    size = chunk_size(items, workers)
    chunks = split_chunks(list(range(items)), size)
    assert [x for chunk in chunks for x in chunk] == list(range(items))
    assert 1 <= size <= MAX_CHUNK
    if items >= workers * MAX_CHUNK:
        assert len(chunks) >= workers  # every worker gets work


def test_jobs_one_or_little_work_runs_in_process():
    with process_pool(1, 10_000) as pool:
        assert pool is None
    with process_pool(4, SERIAL_BELOW - 1) as pool:
        assert pool is None
    with process_pool(2, 1000) as pool:
        assert isinstance(pool, ProcessPoolExecutor)


def test_worker_count_defaults_to_the_cores_we_may_use():
    assert worker_count(3) == 3
    assert worker_count(None) >= 1
    assert worker_count(0) == worker_count(None)


def _sources() -> list[SourceFile]:
    texts = {**ARTICLES, **BAD_FILES}
    # enough copies under different names that the work is split into several chunks
    return [SourceFile(f"copy{n}/{path}", text.encode()) for n in range(12) for path, text in texts.items()]


def test_parse_all_on_a_process_pool_equals_in_process():
    sources = _sources()
    serial = parse_all(sources, jobs=1)
    with ProcessPoolExecutor(2) as pool:
        parallel = parse_all(sources, executor=pool, jobs=2)
    assert parallel == serial
    assert len(serial[0]) == 12 * len(ARTICLES)
    assert [p.file for p in serial[1]] == [f"copy{n}/broken/empty.txt" for n in range(12)]


def test_parse_all_with_jobs_makes_its_own_pool():
    sources = _sources()
    assert parse_all(sources, jobs=2) == parse_all(sources, jobs=1)


def test_build_accepts_any_executor_and_writes_the_same_site(tmp_path):
    write_articles(tmp_path / "seeds")
    serial = make_config(tmp_path, out=tmp_path / "serial", jobs=1)
    build(serial, use_cache=False)
    threaded = make_config(tmp_path, out=tmp_path / "threaded", jobs=2)
    with ThreadPoolExecutor(2) as pool:
        report = build(threaded, executor=pool, use_cache=False)
    assert report.built == len(ARTICLES)
    assert read_tree(tmp_path / "threaded") == read_tree(tmp_path / "serial")


# --- forked workers sharing one value (merge, render) -------------------------------------------


def _lookup_with_pid(shared: dict[int, str], item: int) -> tuple[str, int]:
    return shared[item], os.getpid()


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers are used on Linux (and other Unix but macOS)")
def test_shared_pool_workers_see_the_value_without_it_being_passed():
    shared = {n: f"value {n}" for n in range(200)}
    with shared_pool(2, len(shared), shared) as pool:
        assert pool is not None
        results = map_shared(_lookup_with_pid, shared, list(shared), pool, workers=2)
    assert [value for value, _ in results] == [shared[n] for n in shared]
    assert os.getpid() not in {pid for _, pid in results}


def test_shared_pool_runs_in_process_for_one_job_or_little_work():
    with shared_pool(1, 1000, {}) as pool:
        assert pool is None
    with shared_pool(2, SERIAL_BELOW - 1, {}) as pool:
        assert pool is None
    assert map_shared(_lookup_with_pid, {1: "a"}, [1], None) == [("a", os.getpid())]


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers are used on Linux (and other Unix but macOS)")
def test_merging_and_rendering_on_forked_workers_writes_the_same_site(tmp_path, monkeypatch):
    """Every stage that can use workers (parse, merge, render) gives the bytes of a serial build."""
    import generator.parallel as parallel_module

    shutil.copytree(FIXTURES / "articles", tmp_path / "seeds")
    build(make_config(tmp_path, out=tmp_path / "serial", jobs=1), use_cache=False)
    monkeypatch.setattr(parallel_module, "SERIAL_BELOW", 2)  # workers even for this small site
    report = build(make_config(tmp_path, out=tmp_path / "forked", jobs=2), use_cache=False)
    assert report.pages > 20
    assert read_tree(tmp_path / "forked") == read_tree(tmp_path / "serial")


def test_frozen_heap_nests_and_the_outermost_block_unfreezes():
    import gc

    from generator.parallel import frozen_heap

    assert gc.get_freeze_count() == 0
    with frozen_heap():
        outer = gc.get_freeze_count()
        assert outer > 0
        with frozen_heap():
            kept = [object() for _ in range(10)]  # noqa: F841 - alive while frozen
        assert gc.get_freeze_count() >= outer  # the inner block did not unfreeze the outer's objects
    assert gc.get_freeze_count() == 0


def test_no_worker_is_forked_while_another_thread_runs():
    """A fork copies only the calling thread; with a Dask client or a server thread alive the
    build merges and renders in-process rather than risk a child stuck on a copied lock."""
    import threading

    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert not can_fork()
        with shared_pool(2, 1000, {}) as pool:
            assert pool is None
    finally:
        release.set()
        other.join()
