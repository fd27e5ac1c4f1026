"""Quote extraction on the shared hand-written cases (testdata/quotes.json, also run by cargo test)."""

from __future__ import annotations

import pytest

import newsextract as nx
from conftest import load_testdata

CASES = load_testdata("quotes.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_quote_case(case: dict) -> None:
    text = case["text"]
    article = nx.extract(text)
    quotes = article["quotes"]
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        for span in (q["speaker_mention"], q["cue"]):
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]
    found = {q["text"]: q for q in quotes}
    labels: dict[str, int] = {}
    for want in case["quotes"]:
        assert want["text"] in found, f"missing {want['text']!r}; found {list(found)}"
        got = found[want["text"]]
        if "speaker" in want:
            assert got["speaker"] == want["speaker"]
            if want["speaker"] is not None:
                assert article["actors"][got["speaker_id"]]["name"] == want["speaker"]
        assert got["kind"] == want["kind"]
        if "cue" in want:
            assert got["cue"] is not None and got["cue"]["text"] == want["cue"]
        if "speaker_mention" in want:
            assert got["speaker_mention"] is not None and got["speaker_mention"]["text"] == want["speaker_mention"]
        if "utterance" in want:
            label = want["utterance"]
            if label in labels:
                assert got["utterance"] == labels[label]
            else:
                assert got["utterance"] not in labels.values()
                labels[label] = got["utterance"]
    if case.get("exhaustive"):
        assert len(quotes) == len(case["quotes"]), [q["text"] for q in quotes]
    for absent in case.get("absent", []):
        assert not any(absent in q["text"] for q in quotes)
