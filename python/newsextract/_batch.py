"""``extract_batch`` with a progress bar: a thin wrapper that feeds the Rust batch in chunks."""

from __future__ import annotations

import datetime
import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from . import _core
from .types import Article

if TYPE_CHECKING:  # pragma: no cover
    from ._core import DateLike, Lexicon

#: Texts handed to the Rust batch at a time per thread when a progress bar is shown: large enough
#: to keep every core busy, small enough for the bar to move.
CHUNK_PER_THREAD = 64


class Progress:
    """A progress bar on stderr: tqdm when it is installed, else a plain counter.

    Use as a context manager; ``update(n)`` after each ``n`` items are done.
    """

    def __init__(self, total: int | None, *, desc: str = "articles", file: TextIO | None = None) -> None:
        self.total = total
        self.desc = desc
        self.file = file if file is not None else sys.stderr
        self.count = 0
        self._last = 0.0
        self._bar: Any = None
        try:
            from tqdm.auto import tqdm
        except ImportError:
            tqdm = None
        if tqdm is not None:
            self._bar = tqdm(total=total, unit=" " + desc, file=self.file, dynamic_ncols=True)

    def update(self, n: int) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if now - self._last >= 0.5:
            self._last = now
            self._print("\r")

    def _print(self, end: str) -> None:
        of = f"/{self.total}" if self.total is not None else ""
        self.file.write(f"{end}newsextract: {self.count}{of} {self.desc}")
        self.file.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        else:
            self._print("\r")
            self.file.write("\n")
            self.file.flush()

    def __enter__(self) -> Progress:  # noqa: PYI034 - Self needs typing_extensions before 3.11
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_single_date(value: Any) -> bool:
    return value is None or isinstance(value, (str, datetime.date))


def extract_batch(
    texts: Iterable[str],
    /,
    *,
    published: DateLike | Iterable[DateLike] = None,
    threads: int | None = None,
    lexicon: Lexicon | None = None,
    progress: bool = False,
) -> list[Article]:
    """Extract many articles on all cores, in order.

    The texts are read lazily in chunks (a generator over a huge file is never materialised as a
    whole), extraction runs in Rust on ``threads`` threads with the GIL released, and the result
    keeps the order of ``texts``.

    Args:
        texts: an iterable of str (a list, a pandas Series, or a generator over a large file).
        published: one date for all texts (ISO string or ``datetime.date``), or an iterable of
            dates (or None) parallel to ``texts``.
        threads: worker threads; all cores when None.
        lexicon: a ``Lexicon``; the embedded default when None.
        progress: show a progress bar on stderr (tqdm when it is installed, else a plain counter).

    Returns:
        a list with one dict per text, as ``extract`` returns:
        ``{"quotes": [...], "actors": [...], "events": [...], "places": [...]}``.

    Raises:
        TypeError: ``texts`` is a str or not iterable, an item is not a str, or ``published`` has
            the wrong type.
        ValueError: a ``published`` value is not an ISO date, ``published`` is shorter than
            ``texts``, or ``threads`` is 0.
    """
    if not progress:
        return _core.extract_batch(texts, published=published, threads=threads, lexicon=lexicon)
    if isinstance(texts, str):
        raise TypeError("extract_batch takes an iterable of str; use extract() for one text")
    if threads is not None and threads < 1:
        raise ValueError("threads must be at least 1")
    try:
        total: int | None = len(texts)  # type: ignore[arg-type]
    except TypeError:
        total = None
    iterator: Iterator[str] = iter(texts)
    dates: Iterator[Any] | None = None if _is_single_date(published) else iter(published)  # type: ignore[arg-type]
    chunk = (threads or os.cpu_count() or 1) * CHUNK_PER_THREAD
    out: list[Article] = []
    with Progress(total) as bar:
        while True:
            part = list(itertools.islice(iterator, chunk))
            if not part:
                break
            part_dates: Any = published
            if dates is not None:
                part_dates = list(itertools.islice(dates, len(part)))
                if len(part_dates) < len(part):
                    raise ValueError(f"published has fewer items than texts ({len(out) + len(part_dates)})")
            out.extend(_core.extract_batch(part, published=part_dates, threads=threads, lexicon=lexicon))
            bar.update(len(part))
    return out
