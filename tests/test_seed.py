"""The reference article (../shared/seed): the first text that must come out right."""

from __future__ import annotations

import newsextract as nx


def test_seed_quotes(seed: tuple[str, dict]) -> None:
    text, gold = seed
    article = nx.extract(text, published=gold["published"])
    quotes = article["quotes"]
    assert [(q["start"], q["end"]) for q in quotes] == [(g["start"], g["end"]) for g in gold["quotes"]]
    for q, g in zip(quotes, gold["quotes"]):
        assert text[q["start"] : q["end"]] == q["text"] == g["text"]
        assert q["speaker"] == g["speaker"], q["text"]
        assert q["kind"] == g["kind"]
        if g["cue"] is not None:
            assert q["cue"] is not None and q["cue"]["text"] == g["cue"]
        assert article["actors"][q["speaker_id"]]["name"] == g["speaker"]
    # utterances group the same segments as the gold (numbering may differ)
    pairs = {(q["utterance"], g["utterance"]) for q, g in zip(quotes, gold["quotes"])}
    assert len(pairs) == len({u for u, _ in pairs}) == len({g for _, g in pairs}) == 5


def test_seed_speakers_are_merged_actors(seed: tuple[str, dict]) -> None:
    text, gold = seed
    article = nx.extract(text, published=gold["published"])
    by_name = {a["name"]: a for a in article["actors"]}
    kerry = by_name["John Kerry"]
    assert {"John Kerry", "Kerry"} <= set(kerry["aliases"])
    # "he said" mentions are resolved to Kerry and recorded as his mentions
    assert sum(1 for q in article["quotes"] if q["speaker_mention"] and q["speaker_mention"]["text"] == "he") == 2
    for m in kerry["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
