"""Extraction over a Dask DataFrame, partition by partition, on one machine or a cluster.

>>> import dask.dataframe as dd
>>> import newsextract.dask
>>> articles = dd.read_parquet("articles/")                                  # doctest: +SKIP
>>> frames = newsextract.dask.extract_frames(articles, text="body", id="url") # doctest: +SKIP
>>> quotes, events = dask.compute(frames["quotes"], frames["events"])        # doctest: +SKIP

Each partition is extracted once; the four tables are views of that one result, so compute them
together (``dask.compute(*frames.values())``) or ``persist()`` them, and each article is read once.
Needs ``pip install newsextract[dask]``; the workers need newsextract installed too.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any

from .frames import TABLES, _source_dtype, empty_frames
from .frames import extract_frames as _pandas_extract_frames

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    import pandas as pd

    from ._core import Lexicon

__all__ = ["extract_frames"]


def _partition_frames(
    part: pd.DataFrame,
    text: str,
    published: str | None,
    id: str | None,
    threads: int | None,
    lexicon: Lexicon | None,
    article_dtype: Any,
) -> dict[str, pd.DataFrame]:
    frames = _pandas_extract_frames(
        part, text=text, published=published, id=id, threads=threads, lexicon=lexicon
    )
    for table in TABLES:
        column = frames[table]["article"]
        if column.dtype != article_dtype:
            frames[table]["article"] = column.astype(article_dtype)
    return frames


def extract_frames(
    ddf: dd.DataFrame,
    text: str = "text",
    published: str | None = None,
    id: str | None = None,
    *,
    threads: int | None = 1,
    lexicon: Lexicon | None = None,
) -> dict[str, dd.DataFrame]:
    """Extract every article of a Dask DataFrame, partition by partition.

    Args:
        ddf: a Dask DataFrame with one row per article.
        text: name of the column holding the article text.
        published: name of a column of publication dates, or None.
        id: name of the column whose values go in the ``article`` column; the index when None.
        threads: Rust threads per partition task. 1 by default, because Dask already runs one task
            per worker thread; None uses all cores in every task.
        lexicon: a ``Lexicon`` (the embedded default when None). It is sent to the workers, so on a
            distributed cluster it must be picklable.

    Returns:
        ``{"quotes", "actors", "events", "places"}`` -> lazy Dask DataFrame, with the same columns
        and dtypes as :func:`newsextract.extract_frames` returns for a pandas DataFrame (their
        ``meta``), one partition per input partition. Nothing runs until you compute.

    Raises:
        KeyError: a named column is missing.
        ImportError: dask is not installed (``pip install newsextract[dask]``).
    """
    try:
        import dask
        import dask.dataframe as dd
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("newsextract.dask needs dask: pip install 'newsextract[dask]'") from error

    for column in (text, published, id):
        if column is not None and column not in ddf.columns:
            raise KeyError(f"column {column!r} is not in the DataFrame (columns: {list(ddf.columns)})")
    source = ddf._meta.index if id is None else ddf._meta[id]
    article_dtype = _source_dtype(source)
    meta = empty_frames(article_dtype)
    extract = dask.delayed(_partition_frames, pure=True)
    parts = [extract(p, text, published, id, threads, lexicon, article_dtype) for p in ddf.to_delayed()]
    return {
        table: dd.from_delayed(
            [dask.delayed(operator.getitem, pure=True)(p, table) for p in parts],
            meta=meta[table],
            verify_meta=False,
        )
        for table in TABLES
    }
