"""Events through the Python package: the shared cases of testdata/events.json (also read by
core/tests/events.rs) and the seed article's gold events and dates."""

from __future__ import annotations

import sys
from typing import Any

import newsextract as nx
import pytest
from conftest import ROOT, load_testdata

sys.path.insert(0, str(ROOT / "bench"))
from event_scoring import pair_events, score_articles

CASES = load_testdata("events.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_testdata_events(case: dict[str, Any]) -> None:
    text = case["text"]
    events = nx.extract(text, published=case.get("published"))["events"]
    missing, unused = pair_events(events, case["events"])
    assert not missing, (
        f"missing {missing}; got {[(e['code'], e['source_code'], e['target_code']) for e in events]}"
    )
    if case.get("only"):
        assert not unused, f"extra events {[(e['code'], e['source_code'], e['target_code']) for e in unused]}"
    for e in events:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
        assert text[e["sentence"]["start"] : e["sentence"]["end"]] == e["sentence"]["text"]
        assert e["root"] == e["code"][:2]
        assert e["quad_class"] in (1, 2, 3, 4)


NEWS = load_testdata("events_news.json")["articles"]
# the invented articles' measured precision and recall (see bench/README.md)
PRECISION_FLOOR, RECALL_FLOOR = 0.85, 0.79


def test_news_articles_precision_and_recall() -> None:
    """The invented articles of testdata/events_news.json, scored one to one against the events an
    analyst codes (root code, source and target codes by prefix), as bench/accuracy.py prints them."""
    hit, coded, gold = score_articles(NEWS, nx.extract)
    assert hit / coded >= PRECISION_FLOOR and hit / gold >= RECALL_FLOOR, (hit, coded, gold)


def test_event_shape() -> None:
    (e,) = nx.extract("Iran threatened Israel with retaliation.", published="2016-12-05")["events"]
    assert set(e) == set(nx.Event.__annotations__)
    assert e["label"] and isinstance(e["goldstein"], float)


def test_seed_events(seed: tuple[str, dict]) -> None:
    text, gold = seed
    article = nx.extract(text, published=gold["published"])
    events = article["events"]
    unused = list(events)
    for g in gold["events"]:
        found = next(
            (
                e
                for e in unused
                if e["root"] in g["roots"]
                and (e["source_code"] or "")[:3] == g["source"]
                and (g["target"] is None or (e["target_code"] or "")[:3] == g["target"])
            ),
            None,
        )
        assert found is not None, f"gold event not coded: {g['note']}"
        unused.remove(found)
    # events point into the actors list where their actor is one of its entries
    for e in events:
        for key in ("source", "target"):
            if e[key] is not None:
                assert 0 <= e[key] < len(article["actors"])
    dates = gold["dates"]
    bombed = [e for e in events if e["trigger"]["text"] == "bombed"]
    assert bombed and bombed[0]["date"] == dates["in September"]
    coded_dates = {e["date"] for e in events}
    assert dates["Monday"] in coded_dates and dates["Sunday"] in coded_dates
