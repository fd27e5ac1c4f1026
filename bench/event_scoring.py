"""Coded events scored against the events an analyst writes down: the one matching rule of
testdata/events.json and testdata/events_news.json, used by bench/accuracy.py and the tests.

A wanted event gives a CAMEO `code` (matched by prefix: "19" is any use of force), optionally a
`source` and `target` actor code (by prefix; null means the event must have none, an absent key
allows any) and optionally the `trigger` text, `date`, `location` and `negated` (by equality)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any


def event_matches(e: Mapping[str, Any], want: Mapping[str, Any]) -> bool:
    def prefix(got: str | None, key: str) -> bool:
        if key not in want:
            return True
        if want[key] is None:
            return got is None
        return got is not None and got.startswith(want[key])

    checks = {
        "trigger": e["trigger"]["text"],
        "date": e["date"],
        "location": e["location"],
        "negated": e["negated"],
    }
    return (
        e["code"].startswith(want["code"])
        and prefix(e["source_code"], "source")
        and prefix(e["target_code"], "target")
        and all(want[k] == v for k, v in checks.items() if k in want)
    )


def pair_events(coded: Sequence[Mapping[str, Any]], wanted: Sequence[Mapping[str, Any]]) -> tuple[list, list]:
    """Each wanted event takes the first coded event it matches that no earlier one took: returns
    the wanted events not found and the coded events left over."""
    unused = list(coded)
    missing = []
    for want in wanted:
        found = next((e for e in unused if event_matches(e, want)), None)
        if found is None:
            missing.append(want)
        else:
            unused.remove(found)
    return missing, unused


def score_articles(
    articles: Sequence[Mapping[str, Any]], extract: Callable[..., dict]
) -> tuple[int, int, int]:
    """(events matched, events coded, events wanted) over articles of testdata/events_news.json."""
    hit = coded = wanted = 0
    for a in articles:
        events = extract(a["text"], published=a["published"])["events"]
        missing, _ = pair_events(events, a["events"])
        hit += len(a["events"]) - len(missing)
        coded += len(events)
        wanted += len(a["events"])
    return hit, coded, wanted
