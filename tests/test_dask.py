"""`newsextract.dask.extract_frames` on a real dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas", reason="pandas is not installed: pip install 'newsextract[dask]'")
dask = pytest.importorskip("dask", reason="dask is not installed: pip install 'newsextract[dask]'")
dd = pytest.importorskip(
    "dask.dataframe", reason="dask.dataframe is not installed: pip install 'newsextract[dask]'"
)
distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed: pip install 'newsextract[dask]'"
)

import newsextract as nx
import newsextract.dask
from nx_samples import KERRY, LAVROV, NOTHING


def articles() -> pd.DataFrame:
    texts = [LAVROV, KERRY, NOTHING] * 4
    return pd.DataFrame(
        {
            "url": [f"https://example.org/{i}" for i in range(len(texts))],
            "body": texts,
            "date": ["2016-12-05", None, "2016-12-04"] * 4,
        }
    )


def test_meta_matches_pandas_without_computing():
    df = articles()
    frames = newsextract.dask.extract_frames(dd.from_pandas(df, npartitions=3), text="body", id="url")
    expected = nx.extract_frames(df, text="body", id="url")
    assert list(frames) == ["quotes", "actors", "events", "places"]
    for table, ddf in frames.items():
        assert list(ddf.columns) == list(expected[table].columns)
        assert ddf.dtypes.to_dict() == expected[table].dtypes.to_dict(), table
        assert ddf.npartitions == 3
    with pytest.raises(KeyError, match="'text'"):
        newsextract.dask.extract_frames(dd.from_pandas(df, npartitions=1))


@pytest.mark.slow
def test_local_cluster_with_two_worker_processes():
    df = articles()
    ddf = dd.from_pandas(df, npartitions=4)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        frames = newsextract.dask.extract_frames(ddf, text="body", published="date", id="url")
        computed = dict(zip(frames, dask.compute(*frames.values())))
        # two worker processes, neither of them this one
        pids = set(client.run(lambda: __import__("os").getpid()).values())
        assert len(pids) == 2 and __import__("os").getpid() not in pids
    expected = nx.extract_frames(df, text="body", published="date", id="url")
    for table, result in computed.items():
        pd.testing.assert_frame_equal(result.reset_index(drop=True), expected[table], check_index_type=False)
    quotes = computed["quotes"]
    assert quotes["article"].nunique() == 8 and len(quotes) == 4 * sum(
        len(nx.extract(t)["quotes"]) for t in (LAVROV, KERRY)
    )
    assert (
        quotes[quotes["speaker"].str.contains("Lavrov")]["article"]
        .str.endswith(("/0", "/3", "/6", "/9"))
        .all()
    )
