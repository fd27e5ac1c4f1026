"""Articles as pandas DataFrames: one flat, typed table per output kind.

>>> import newsextract as nx
>>> frames = nx.to_frames([nx.extract(text) for text in texts], ids=urls)   # doctest: +SKIP
>>> frames["quotes"][["article", "speaker", "text"]]                          # doctest: +SKIP

Every table has an ``article`` column (the id you gave, or the position in the input) and one row per
quote, actor, event or place. Nested spans are flattened to ``<name>_text``, ``<name>_start`` and
``<name>_end``; lists of mentions to ``mention_count``, ``first_mention_start`` and
``first_mention_end``; lists of strings (an actor's roles and aliases) to one string joined by ``"; "``.
Columns that may be missing use pandas' nullable dtypes (``Int64``, ``string``), so an absent speaker is
``<NA>`` and never a float ``NaN``.

The row builders (:func:`rows`) are pure Python and need no pandas: the command line uses them to write
CSV and Parquet. pandas is imported only inside :func:`to_frames` and :func:`extract_frames`
(``pip install newsextract[pandas]``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .types import Actor, Article, Event, Place, Quote, Span

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ._core import Lexicon

__all__ = ["COLUMNS", "TABLES", "Frames", "extract_frames", "rows", "to_frames"]

#: The four tables, in the order they are returned.
TABLES: tuple[str, ...] = ("quotes", "actors", "events", "places")

#: Column names and pandas dtypes of each table, after the ``article`` column (whose dtype follows
#: the ids). ``Int64``/``string``/``boolean`` are pandas' nullable dtypes.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "quotes": [
        ("id", "int64"),
        ("text", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("kind", "string"),
        ("utterance", "int64"),
        ("speaker", "string"),
        ("speaker_id", "Int64"),
        ("speaker_mention_text", "string"),
        ("speaker_mention_start", "Int64"),
        ("speaker_mention_end", "Int64"),
        ("cue_text", "string"),
        ("cue_start", "Int64"),
        ("cue_end", "Int64"),
    ],
    "actors": [
        ("id", "int64"),
        ("name", "string"),
        ("type", "string"),
        ("country", "string"),
        ("code", "string"),
        ("roles", "string"),
        ("aliases", "string"),
        ("mention_count", "int64"),
        ("first_mention_start", "Int64"),
        ("first_mention_end", "Int64"),
    ],
    "events": [
        ("id", "int64"),
        ("code", "string"),
        ("root", "string"),
        ("label", "string"),
        ("quad_class", "int64"),
        ("goldstein", "float64"),
        ("source", "Int64"),
        ("source_name", "string"),
        ("source_code", "string"),
        ("target", "Int64"),
        ("target_name", "string"),
        ("target_code", "string"),
        ("trigger_text", "string"),
        ("trigger_start", "int64"),
        ("trigger_end", "int64"),
        ("sentence_text", "string"),
        ("sentence_start", "int64"),
        ("sentence_end", "int64"),
        ("date", "string"),
        ("location", "string"),
        ("negated", "bool"),
    ],
    "places": [
        ("name", "string"),
        ("country", "string"),
        ("mention_count", "int64"),
        ("first_mention_start", "Int64"),
        ("first_mention_end", "Int64"),
    ],
}

#: Separator of the list-valued actor fields (``roles``, ``aliases``) in the flat tables.
LIST_SEPARATOR = "; "


#: Type of :func:`to_frames`' result: ``{"quotes", "actors", "events", "places"}`` -> DataFrame.
Frames = dict[str, "pd.DataFrame"]


def _span(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_text": None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_text": span["text"], f"{prefix}_start": span["start"], f"{prefix}_end": span["end"]}


def _mentions(mentions: Sequence[Span]) -> dict[str, Any]:
    first = mentions[0] if mentions else None
    return {
        "mention_count": len(mentions),
        "first_mention_start": first["start"] if first else None,
        "first_mention_end": first["end"] if first else None,
    }


def _quote_row(article_id: Any, q: Quote) -> dict[str, Any]:
    row: dict[str, Any] = {"article": article_id}
    for key in ("id", "text", "start", "end", "kind", "utterance", "speaker", "speaker_id"):
        row[key] = q[key]  # type: ignore[literal-required]
    row.update(_span("speaker_mention", q["speaker_mention"]))
    row.update(_span("cue", q["cue"]))
    return row


def _actor_row(article_id: Any, a: Actor) -> dict[str, Any]:
    row: dict[str, Any] = {"article": article_id}
    for key in ("id", "name", "type", "country", "code"):
        row[key] = a[key]  # type: ignore[literal-required]
    row["roles"] = LIST_SEPARATOR.join(a["roles"])
    row["aliases"] = LIST_SEPARATOR.join(a["aliases"])
    row.update(_mentions(a["mentions"]))
    return row


def _actor_name(actors: Sequence[Actor], index: int | None) -> str | None:
    if index is None or not 0 <= index < len(actors):
        return None
    return actors[index]["name"]


def _event_row(article_id: Any, e: Event, actors: Sequence[Actor]) -> dict[str, Any]:
    row: dict[str, Any] = {"article": article_id}
    for key in ("id", "code", "root", "label", "quad_class", "goldstein"):
        row[key] = e[key]  # type: ignore[literal-required]
    row["source"] = e["source"]
    row["source_name"] = _actor_name(actors, e["source"])
    row["source_code"] = e["source_code"]
    row["target"] = e["target"]
    row["target_name"] = _actor_name(actors, e["target"])
    row["target_code"] = e["target_code"]
    row.update(_span("trigger", e["trigger"]))
    row.update(_span("sentence", e["sentence"]))
    row["date"] = e["date"]
    row["location"] = e["location"]
    row["negated"] = e["negated"]
    return row


def _place_row(article_id: Any, p: Place) -> dict[str, Any]:
    row: dict[str, Any] = {"article": article_id, "name": p["name"], "country": p["country"]}
    row.update(_mentions(p["mentions"]))
    return row


def rows(article: Article, article_id: Any) -> dict[str, list[dict[str, Any]]]:
    """One article as flat rows: ``{"quotes": [row, ...], "actors": ..., "events": ..., "places": ...}``.

    Each row is a dict with the ``article`` key (``article_id``) followed by the columns of
    :data:`COLUMNS`, in order. Needs no pandas.
    """
    actors = article["actors"]
    return {
        "quotes": [_quote_row(article_id, q) for q in article["quotes"]],
        "actors": [_actor_row(article_id, a) for a in actors],
        "events": [_event_row(article_id, e, actors) for e in article["events"]],
        "places": [_place_row(article_id, p) for p in article["places"]],
    }


def _frame(table: str, records: list[dict[str, Any]], article_dtype: Any) -> pd.DataFrame:
    import pandas as pd

    columns = COLUMNS[table]
    data: dict[str, Any] = {"article": pd.Series([r["article"] for r in records], dtype=article_dtype)}
    for name, dtype in columns:
        data[name] = pd.Series([r[name] for r in records], dtype=dtype)
    return pd.DataFrame(data)


def _article_dtype(ids: Sequence[Hashable]) -> Any:
    import pandas as pd

    if len(ids) == 0:
        return "int64"
    dtype = pd.Series(list(ids)).dtype
    if dtype == object or pd.api.types.is_string_dtype(dtype):
        return "string"
    return dtype


def to_frames(articles: Iterable[Article], ids: Iterable[Hashable] | None = None) -> Frames:
    """Turn extracted articles into four flat DataFrames.

    Args:
        articles: dicts as returned by ``extract`` / ``extract_batch`` (any iterable).
        ids: one id per article (URLs, database keys, ...), put in every table's ``article``
            column; the article's position (0, 1, ...) when None. Must have as many items as
            ``articles``.

    Returns:
        ``{"quotes": df, "actors": df, "events": df, "places": df}``. Columns and dtypes are listed
        in :data:`newsextract.frames.COLUMNS` (after ``article``): spans are flattened to
        ``*_text``/``*_start``/``*_end``, an event's ``source_name``/``target_name`` are the names of
        its actors, and an actor's ``roles``/``aliases`` are joined by ``"; "``. Tables are empty
        (with all their columns) when there is nothing to report.

    Raises:
        ValueError: ``ids`` and ``articles`` have different lengths.
        ImportError: pandas is not installed (``pip install newsextract[pandas]``).
    """
    _require_pandas()
    articles = list(articles)
    id_list: list[Hashable] = list(range(len(articles))) if ids is None else list(ids)
    if len(id_list) != len(articles):
        raise ValueError(f"ids has {len(id_list)} items but there are {len(articles)} articles")
    return _to_frames(articles, id_list, _article_dtype(id_list))


def _to_frames(articles: Sequence[Article], ids: Sequence[Hashable], article_dtype: Any) -> Frames:
    records: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for article, article_id in zip(articles, ids):
        for table, table_rows in rows(article, article_id).items():
            records[table].extend(table_rows)
    return {t: _frame(t, records[t], article_dtype) for t in TABLES}


def empty_frames(article_dtype: Any = "int64") -> Frames:
    """The four tables with all their columns and no rows (a Dask ``meta``)."""
    _require_pandas()
    return {t: _frame(t, [], article_dtype) for t in TABLES}


def extract_frames(
    df: pd.DataFrame,
    text: str = "text",
    published: str | None = None,
    id: str | None = None,
    *,
    threads: int | None = None,
    lexicon: Lexicon | None = None,
    progress: bool = False,
) -> Frames:
    """Extract every article of a DataFrame and return the four tables of :func:`to_frames`.

    Args:
        df: one row per article.
        text: name of the column holding the article text.
        published: name of a column of publication dates (ISO strings, ``datetime.date`` or
            pandas Timestamps; missing values allowed), or None.
        id: name of the column whose values go in the ``article`` column; the DataFrame's index
            when None (so results join back with ``df.loc[frames["quotes"]["article"]]``).
        threads: worker threads (all cores when None).
        lexicon: a ``Lexicon``; the embedded default when None.
        progress: show a progress bar on stderr.

    Returns:
        ``{"quotes": df, "actors": df, "events": df, "places": df}`` as :func:`to_frames` returns.

    Raises:
        KeyError: a named column is missing.
        TypeError: a text is not a str (e.g. a missing value: fill or drop those rows first).
    """
    from . import extract_batch

    _require_pandas()
    for column in (text, published, id):
        if column is not None and column not in df.columns:
            raise KeyError(f"column {column!r} is not in the DataFrame (columns: {list(df.columns)})")
    source = df.index if id is None else df[id]
    dates = None if published is None else [_date_value(v) for v in df[published]]
    articles = extract_batch(df[text], published=dates, threads=threads, lexicon=lexicon, progress=progress)
    return _to_frames(articles, list(source), _source_dtype(source))


def _source_dtype(source: Any) -> Any:
    """dtype of the ``article`` column for ids taken from a column or index: kept as it is, except
    that text ids (object of str, ``str``, ``string[pyarrow]``) become pandas' ``string``, as every
    text column of the tables is, whatever string storage pandas or Dask chose for the input."""
    import pandas as pd

    if source.dtype == object:
        return "string" if all(isinstance(v, str) for v in source) else object
    if pd.api.types.is_string_dtype(source.dtype):
        return "string"
    return source.dtype


def _date_value(value: Any) -> Any:
    """A cell of the ``published`` column as something ``extract`` accepts (None when missing)."""
    import datetime

    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "newsextract's DataFrame functions need pandas: pip install 'newsextract[pandas]'"
        ) from error
