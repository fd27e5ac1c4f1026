"""Concurrency: Python threads calling extract at once, batches on any number of threads, and
fork after a batch."""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import newsextract as nx

TEXTS = [
    f"“We will not leave {i},” Foreign Minister Sergei Lavrov said on Monday. “Never,” he added.\n\n"
    f"John Kerry told reporters in Geneva that the ceasefire would hold for {i} days. Russia attacked Aleppo."
    for i in range(60)
] + ["", "“", "😀 “x” said Kerry", '"' * 3000]


def test_many_python_threads_agree_with_one():
    expected = [nx.extract(t) for t in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            got = list(pool.map(nx.extract, TEXTS))
            assert got == expected


def test_threads_calling_extract_batch_at_once():
    expected = nx.extract_batch(TEXTS, threads=1)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda n: nx.extract_batch(TEXTS, threads=n), [1, 2, 3, None]))
    assert all(r == expected for r in results)


def test_batch_one_thread_equals_all():
    assert nx.extract_batch(TEXTS * 3, threads=1) == nx.extract_batch(TEXTS * 3)


def _child(queue) -> None:  # pragma: no cover - runs in the forked child
    out = nx.extract_batch(TEXTS[:10], threads=2)
    queue.put(out == [nx.extract(t) for t in TEXTS[:10]])


@pytest.mark.skipif(sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_fork_after_a_batch():
    nx.extract_batch(TEXTS, threads=2)  # worker threads have run in the parent
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_child, args=(queue,)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    assert results == [True, True]
