"""Lexicon.from_files: the field's dictionary formats, errors with file and line, counted skips,
and (where ../shared is present) the Phoenix dictionaries."""

from __future__ import annotations

from pathlib import Path

import newsextract as nx
import pytest
from conftest import ROOT, SHARED

DICTS = ROOT / "testdata" / "dictionaries"
EVENTS = SHARED / "data" / "events"


def small(**extra: object) -> nx.Lexicon:
    return nx.Lexicon.from_files(
        actors=[DICTS / "small.actors"],
        agents=[str(DICTS / "small.agents")],
        verbs=[DICTS / "small.verbs"],
        discards=[DICTS / "small.discards"],
        options=[DICTS / "small.options"],
        **extra,  # type: ignore[arg-type]
    )


def test_from_files_codes_events_and_actors() -> None:
    lex = small()
    assert isinstance(lex, nx.Lexicon) and len(lex) > len(small(defaults=False))
    article = nx.extract("Rufus Firefly met Sylvanian soldiers.", published="2012-06-01", lexicon=lex)
    codes = [(e["source_code"], e["target_code"], e["code"]) for e in article["events"]]
    assert codes == [("FRDGOV", "SYLMIL", "040")]
    later = nx.extract("Rufus Firefly met Sylvanian soldiers.", published="2018-01-01", lexicon=lex)
    assert [e["source_code"] for e in later["events"]] == ["FRDELI"]
    firefly = next(a for a in article["actors"] if a["name"] == "Rufus Firefly")
    assert firefly["code"] == "FRDGOV"
    # the dictionary's actor is the article's actor: the event points into `actors`
    assert article["events"][0]["source"] == firefly["id"]
    # a discard phrase stops the sentence
    assert nx.extract("Freedonia accused Sylvania after the football match.", lexicon=lex)["events"] == []


def test_report_counts_and_skips() -> None:
    r = small().report()
    assert r["verbs"] == 2 and r["actors"] == 4 and r["agents"] == 2 and r["discards"] == 1
    skipped = {s["reason"]: s for s in r["skipped"]}
    stray = skipped["actor entries with stray characters"]
    assert stray["count"] == 1 and stray["file"] is not None and stray["file"].endswith("small.actors")
    assert stray["line"] == 10
    assert skipped["unreadable patterns"]["line"] == 7
    assert skipped["notes after an actor's code (ignored)"]["line"] == 9


@pytest.mark.parametrize(
    ("kind", "name", "line"),
    [
        ("actors", "bad_actor_bracket.actors", 4),
        ("actors", "bad_actor_nocode.actors", 3),
        ("agents", "bad_agent_tilde.agents", 2),
        ("verbs", "bad_verb_nocode.verbs", 5),
        ("verbs", "bad_verb_section.verbs", 3),
    ],
)
def test_malformed_file_raises_lexicon_error(kind: str, name: str, line: int) -> None:
    with pytest.raises(nx.LexiconError) as info:
        nx.Lexicon.from_files(**{kind: [DICTS / name]})  # type: ignore[arg-type]
    err = info.value
    assert isinstance(err, ValueError)
    assert err.file is not None and Path(err.file).name == name
    assert err.line == line
    assert f"{name}:{line}" in str(err)


def test_argument_errors(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        nx.Lexicon.from_files(actors=str(DICTS / "small.actors"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        nx.Lexicon.from_files(actors=DICTS / "small.actors")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        nx.Lexicon.from_files(actors=[1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        nx.Lexicon.from_files([DICTS / "small.actors"])  # type: ignore[misc]
    with pytest.raises(OSError):
        nx.Lexicon.from_files(actors=[tmp_path / "missing.actors"])


def test_latin1_file(tmp_path: Path) -> None:
    p = tmp_path / "latin1.actors"
    p.write_bytes("S\xc3O_TOM\xc9_ [STP]\nFREEDONIA_ [FRD]\n".encode("latin-1"))
    lex = nx.Lexicon.from_files(actors=[p], defaults=False)
    assert lex.report()["actors"] == 2


def test_phoenix_dictionaries() -> None:
    if not (EVENTS / "petrarch" / "Phoenix.Countries.actors.txt").exists():
        pytest.skip(
            f"../shared/data/events not found at {EVENTS}: the Phoenix check needs the shared material"
        )
    lex = nx.Lexicon.from_files(
        verbs=[EVENTS / "tabari" / "CAMEO.091003.master.verbs"],
        actors=[
            EVENTS / "petrarch" / f"Phoenix.{n}.actors.txt"
            for n in ("Countries", "International", "MilNonState")
        ],
        agents=[EVENTS / "petrarch" / "Phoenix.agents.txt"],
        discards=[EVENTS / "petrarch" / "Phoenix.discards.txt"],
    )
    r = lex.report()
    assert r["patterns"] > 15_000 and r["actors"] > 20_000
    assert all(s["file"] for s in r["skipped"])
    article = nx.extract("Sergei Lavrov met Barack Obama in Geneva.", published="2016-12-05", lexicon=lex)
    codes = {a["name"]: a["code"] for a in article["actors"]}
    assert codes["Sergei Lavrov"] == "RUSGOV"
    assert codes["Barack Obama"] == "USAGOV"
    # a dictionary phrase holding a title still names the person without it
    article = nx.extract(
        "Secretary of State John Kerry met President Obama.", published="2016-12-05", lexicon=lex
    )
    people = {a["name"]: a for a in article["actors"] if a["type"] == "person"}
    assert set(people) == {"John Kerry", "Barack Obama"}
    assert "Secretary of State" in people["John Kerry"]["roles"]


def test_conformance_binding() -> None:
    project = EVENTS / "tabari" / "Validate.project"
    if not project.exists():
        pytest.skip(f"../shared/data/events not found at {EVENTS}")
    r = nx._core.conformance("tabari", project)
    assert r["records"] == 426 and 0 < r["exact"] <= r["records"]
    assert len(r["failures"]) == r["records"] - r["exact"]
    assert sum(r["by_category"].values()) == len(r["failures"])
    with pytest.raises(ValueError):
        nx._core.conformance("keds", project)  # type: ignore[arg-type]
