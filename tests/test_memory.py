"""Memory stays flat over 100,000 articles: nothing the extractor allocates outlives its result."""

from __future__ import annotations

import gc
import os

import pytest

import newsextract as nx

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_mb() -> float:
    """The process's resident set size now (not its peak), from /proc."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def article(i: int) -> str:
    # short articles that take every path: quotes with speakers, actors, events, dates, places
    return (
        f"“We will not accept talks number {i},” Foreign Minister Sergei Lavrov said on Monday in Geneva. "
        f"Secretary of State John Kerry told reporters the ceasefire would hold for {i % 97} days.\n\n"
        f"Rebels said government forces shelled Aleppo overnight. “It is over,” Kerry added. "
        f"Taliban fighters attacked a police post in Kunduz, officials said."
    )


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads the resident set size from /proc")
def test_memory_is_flat_over_100000_articles():
    batch = 5_000
    texts = [article(i) for i in range(batch)]
    sizes = []
    for round_ in range(20):  # 100,000 articles
        out = nx.extract_batch(texts, published="2016-12-05", threads=2)
        assert len(out) == batch and out[0]["quotes"] and out[0]["events"]
        del out
        if round_ % 2:
            for t in texts[:500]:
                nx.extract(t)
        gc.collect()
        sizes.append(resident_mb())
    # after the first rounds (allocator pools, lazily built lexicon) the size no longer grows
    warm = sizes[3]
    assert max(sizes[3:]) - warm < 16, f"resident MB per 5,000 articles: {[round(s) for s in sizes]}"
    assert sizes[-1] - warm < 8, f"resident MB per 5,000 articles: {[round(s) for s in sizes]}"
