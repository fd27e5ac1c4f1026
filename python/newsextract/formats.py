"""The field's formats: an event-data table (as PETRARCH and Phoenix write it) and GDELT-style quotations.

>>> import newsextract as nx
>>> print(nx.formats.events_table(articles, ids=urls))       # doctest: +SKIP
date      source_code  source_name  target_code  target_name  code  root  quad_class  goldstein ...
>>> nx.formats.gdelt_quotations(article)                      # doctest: +SKIP
'211|90|said|Those armed groups who refuse ...#378|128||We will treat them ...'

Neither needs pandas.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Iterator, Sequence
from typing import Any, TypedDict

from .types import Actor, Article, Quote

__all__ = [
    "EVENT_COLUMNS",
    "EventRow",
    "event_rows",
    "events_table",
    "gdelt_quotation",
    "gdelt_quotations",
    "tsv_line",
]


class EventRow(TypedDict):
    """One row of the event-data table (see :data:`EVENT_COLUMNS` for the order)."""

    date: str
    source_code: str
    source_name: str
    target_code: str
    target_name: str
    code: str
    root: str
    quad_class: int
    goldstein: float
    article: Any
    event: int
    negated: bool
    sentence: str


#: Columns of the event-data table, in order. ``date`` is ``YYYYMMDD`` (``YYYYMM`` or ``YYYY`` when
#: only that much is known) as PETRARCH and Phoenix write it; ``code`` is the CAMEO event code,
#: ``root`` its two-digit root, ``quad_class`` 1 verbal cooperation, 2 material cooperation, 3 verbal
#: conflict, 4 material conflict; ``article`` the article id and ``event`` the event's id in it.
EVENT_COLUMNS = (
    "date",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "code",
    "root",
    "quad_class",
    "goldstein",
    "article",
    "event",
    "negated",
    "sentence",
)


def _one_line(value: str) -> str:
    """Tabs and line breaks would break a TSV row: they become spaces."""
    return (
        " ".join(value.split())
        if any(c in value for c in "\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        else value
    )


def _actor_name(actors: Sequence[Actor], index: int | None) -> str:
    if index is None or not 0 <= index < len(actors):
        return ""
    return actors[index]["name"]


def event_rows(
    articles: Iterable[Article],
    ids: Iterable[Hashable] | None = None,
    *,
    include_negated: bool = False,
) -> Iterator[EventRow]:
    """The events of ``articles`` as rows of the event-data table, lazily, in order.

    Args:
        articles: dicts as ``extract`` returns them.
        ids: one id per article (its position when None).
        include_negated: also yield negated events ("did not attack"). Event datasets leave them
            out (PETRARCH does not code them), and so does this table unless asked.
    """
    id_iter: Iterator[Hashable] = iter(ids) if ids is not None else iter(range(2**63))
    for article in articles:
        try:
            article_id = next(id_iter)
        except StopIteration:
            raise ValueError("ids has fewer items than articles") from None
        actors = article["actors"]
        for event in article["events"]:
            if event["negated"] and not include_negated:
                continue

            yield EventRow(
                date=(event["date"] or "").replace("-", ""),
                source_code=event["source_code"] or "",
                source_name=_actor_name(actors, event["source"]),
                target_code=event["target_code"] or "",
                target_name=_actor_name(actors, event["target"]),
                code=event["code"],
                root=event["root"],
                quad_class=event["quad_class"],
                goldstein=event["goldstein"],
                article=article_id,
                event=event["id"],
                negated=event["negated"],
                sentence=event["sentence"]["text"],
            )


def tsv_line(values: Sequence[Any]) -> str:
    """One tab-separated line (with its ``\\n``): None is empty, booleans are ``true``/``false``,
    tabs and line breaks inside values become spaces."""
    cells = []
    for value in values:
        if value is None:
            cells.append("")
        elif isinstance(value, bool):
            cells.append("true" if value else "false")
        else:
            cells.append(_one_line(str(value)))
    return "\t".join(cells) + "\n"


def events_table(
    articles: Iterable[Article],
    ids: Iterable[Hashable] | None = None,
    *,
    header: bool = True,
    include_negated: bool = False,
) -> str:
    """The events of ``articles`` as a tab-separated event-data table, one event per line.

    Columns (:data:`EVENT_COLUMNS`): date (``YYYYMMDD``), source_code, source_name, target_code,
    target_name, code (CAMEO), root, quad_class, goldstein, article (id), event (id in the
    article), negated, sentence. Readable like PETRARCH/Phoenix output and by
    ``pandas.read_csv(path, sep="\\t", dtype=str)``.

    Args:
        articles: dicts as ``extract`` returns them.
        ids: one id per article (its position when None).
        header: start with a line of column names.
        include_negated: keep negated events (left out by default, as event datasets do).
    """
    lines: list[str] = [tsv_line(EVENT_COLUMNS)] if header else []
    for row in event_rows(articles, ids, include_negated=include_negated):
        lines.append(tsv_line([row[c] for c in EVENT_COLUMNS]))  # type: ignore[literal-required]
    return "".join(lines)


def _gdelt_text(value: str) -> str:
    # '|' separates fields and '#' records in GDELT's Quotations field; neither may appear inside
    return _one_line(value.replace("|", " ").replace("#", " "))


def gdelt_quotation(quote: Quote) -> str:
    """One quote as GDELT writes it: ``offset|length|verb|quote``.

    ``offset`` and ``length`` are in characters (Python str indices) of the article text, ``verb`` is
    the attribution cue ("said", "told", ...; empty when the quote has none), and ``|``, ``#``, tabs
    and line breaks inside the verb and the quote become spaces.
    """
    cue = quote["cue"]
    verb = _gdelt_text(cue["text"]) if cue else ""
    return f"{quote['start']}|{quote['end'] - quote['start']}|{verb}|{_gdelt_text(quote['text'])}"


def gdelt_quotations(article: Article, *, kinds: Collection[str] = ("direct", "mixed")) -> str:
    """An article's quotes in the style of the Quotations field of GDELT's Global Knowledge Graph.

    Records ``offset|length|verb|quote`` (see :func:`gdelt_quotation`) joined by ``#``, in text
    order; one record per quote segment.

    Args:
        article: a dict as ``extract`` returns it.
        kinds: the kinds of quote to include; GDELT lists quoted statements, so indirect speech is
            left out by default. Pass ``("direct", "mixed", "indirect")`` for all.
    """
    quotes = sorted(
        (q for q in article["quotes"] if q["kind"] in kinds), key=lambda q: (q["start"], q["end"])
    )
    return "#".join(gdelt_quotation(q) for q in quotes)
