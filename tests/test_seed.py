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


def test_seed_actors(seed: tuple[str, dict]) -> None:
    """The 16 gold actors are found and merged as listed, with the gold type, roles, country and
    code for the article's date (a null in the gold asks nothing); places; no invented actors."""
    text, gold = seed
    article = nx.extract(text, published=gold["published"])
    actors = article["actors"]

    def forms(actor: dict) -> set[str]:
        return {actor["name"], *actor["aliases"], *(m["text"] for m in actor["mentions"])}

    for want in gold["actors"]:
        owners = {a["id"] for a in actors for alias in want["aliases"] if alias in forms(a)}
        assert len(owners) == 1, f"{want['name']}: aliases {want['aliases']} spread over actors {owners}"
        actor = actors[owners.pop()]
        assert actor["type"] == want["type"], want["name"]
        for key in ("country", "code"):
            if want.get(key) is not None:
                assert actor[key] == want[key], (want["name"], key, actor[key])
        roles = {r.lower() for r in actor["roles"]}
        for role in want.get("roles", []):
            assert role.lower() in roles, (want["name"], role, actor["roles"])
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    names = {f for a in actors for f in forms(a)}
    assert not names & {"Suffice", "State"}
    places = {p["name"] for p in article["places"]}
    assert set(gold["places"]) <= places
