"""A distributed executor (Dask's) parses the articles: the build takes any Executor, not only
the local process pool, and the site it writes is the same."""

from __future__ import annotations

import pytest
from distributed import Client, LocalCluster

from generator.build import build
from tests.perf_support import ARTICLES, make_config, read_tree, write_articles


@pytest.mark.slow
def test_a_dask_cluster_parses_and_the_site_is_the_same(tmp_path):
    write_articles(tmp_path / "seeds")
    build(make_config(tmp_path, out=tmp_path / "serial", jobs=1), use_cache=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            report = build(make_config(tmp_path, out=tmp_path / "dask", jobs=2),
                           executor=client.get_executor(), use_cache=False)
    assert report.built == len(ARTICLES)
    assert read_tree(tmp_path / "dask") == read_tree(tmp_path / "serial")
