"""pandas tables (`to_frames`, `extract_frames`) and `extract_batch(progress=True)`."""

from __future__ import annotations

import datetime
import subprocess
import sys

import newsextract as nx
import pytest

pd = pytest.importorskip("pandas", reason="pandas is not installed: pip install 'newsextract[pandas]'")

from newsextract.frames import COLUMNS, TABLES
from nx_samples import KERRY, LAVROV, NOTHING, hand_article


def test_import_does_not_import_pandas():
    code = "import sys, newsextract; assert 'pandas' not in sys.modules, 'pandas imported eagerly'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_to_frames_columns_dtypes_and_spans():
    texts = [LAVROV, KERRY, NOTHING]
    articles = nx.extract_batch(texts)
    frames = nx.to_frames(articles, ids=["lavrov", "kerry", "nothing"])
    assert list(frames) == list(TABLES)
    for table, df in frames.items():
        assert list(df.columns) == ["article", *(name for name, _ in COLUMNS[table])]
        assert [str(t) for t in df.dtypes[1:]] == [
            str(pd.api.types.pandas_dtype(d)) for _, d in COLUMNS[table]
        ]
        assert str(df["article"].dtype) == "string"
    quotes = frames["quotes"]
    assert len(quotes) == sum(len(a["quotes"]) for a in articles) >= 4
    by_id = dict(zip(["lavrov", "kerry", "nothing"], texts))
    for row in quotes.itertuples():
        text = by_id[row.article]
        assert text[row.start : row.end] == row.text
        if not pd.isna(row.cue_start):
            assert text[row.cue_start : row.cue_end] == row.cue_text
        if not pd.isna(row.speaker_mention_start):
            assert text[row.speaker_mention_start : row.speaker_mention_end] == row.speaker_mention_text
    lavrov = quotes[quotes["article"] == "lavrov"]
    assert lavrov["speaker"].str.contains("Lavrov").all()
    assert lavrov["utterance"].nunique() >= 1
    assert "nothing" not in set(quotes["article"])
    actors = frames["actors"]
    assert actors[actors["article"] == "kerry"]["name"].str.contains("Kerry").any()
    for row in actors.itertuples():
        assert row.mention_count >= 1
        assert by_id[row.article][row.first_mention_start : row.first_mention_end]


def test_to_frames_missing_values_are_na_not_nan():
    text = "“This is unattributed.” The sky was grey."
    quotes = nx.to_frames(
        [
            {
                "quotes": [
                    {
                        "id": 0,
                        "text": "This is unattributed.",
                        "start": 1,
                        "end": 22,
                        "kind": "direct",
                        "utterance": 0,
                        "speaker": None,
                        "speaker_id": None,
                        "speaker_mention": None,
                        "cue": None,
                    }
                ],
                "actors": [],
                "events": [],
                "places": [],
            }
        ]
    )["quotes"]
    assert text[1:22] == quotes.loc[0, "text"]
    assert quotes.loc[0, "speaker_id"] is pd.NA
    assert quotes.loc[0, "speaker"] is pd.NA
    assert quotes.loc[0, "cue_start"] is pd.NA
    assert quotes["article"].tolist() == [0]
    assert str(quotes["article"].dtype) == "int64"


def test_to_frames_flattens_events_and_actor_lists():
    article, text = hand_article()
    frames = nx.to_frames([article], ids=[42])
    events = frames["events"]
    assert events["article"].tolist() == [42, 42]
    first, second = events.iloc[0], events.iloc[1]
    assert (first["source_name"], first["target_name"]) == ("Russia", "Ukraine")
    assert text[first["trigger_start"] : first["trigger_end"]] == first["trigger_text"] == "attacked"
    assert text[second["sentence_start"] : second["sentence_end"]] == second["sentence_text"]
    assert second["target"] is pd.NA and second["target_name"] is pd.NA
    assert bool(second["negated"]) is True and second["date"] is pd.NA
    assert events["goldstein"].tolist() == [-10.0, 4.0]
    actors = frames["actors"]
    assert actors.loc[1, "roles"] == "state; x" and actors.loc[1, "aliases"] == "Kyiv"
    assert actors.loc[1, "mention_count"] == 2 and actors.loc[0, "roles"] == ""


def test_to_frames_empty_and_mismatched_ids():
    frames = nx.to_frames([])
    assert all(len(df) == 0 for df in frames.values())
    assert list(frames["events"].columns)[:3] == ["article", "id", "code"]
    with pytest.raises(ValueError, match="ids has 1 items but there are 2 articles"):
        nx.to_frames([nx.extract(NOTHING), nx.extract(NOTHING)], ids=["only one"])


def test_extract_frames_uses_index_id_and_published():
    df = pd.DataFrame(
        {
            "body": [LAVROV, NOTHING, KERRY],
            "url": ["u1", "u2", "u3"],
            "when": ["2016-12-05", None, pd.Timestamp("2016-12-04")],
        },
        index=[10, 20, 30],
    )
    by_index = nx.extract_frames(df, text="body", published="when")
    assert set(by_index["quotes"]["article"]) == {10, 30}
    assert by_index["quotes"]["article"].dtype == df.index.dtype
    # results join back on the index
    joined = by_index["quotes"].merge(df, left_on="article", right_index=True)
    assert (joined["url"].isin(["u1", "u3"])).all()
    by_url = nx.extract_frames(df, text="body", id="url", published="when")
    assert set(by_url["quotes"]["article"]) == {"u1", "u3"}
    expected = nx.to_frames(nx.extract_batch(df["body"].tolist()), ids=df["url"].tolist())
    pd.testing.assert_frame_equal(by_url["quotes"], expected["quotes"])
    with pytest.raises(KeyError, match="'nope'"):
        nx.extract_frames(df, text="nope")


def test_extract_frames_on_seed(seed):
    text, _gold = seed
    df = pd.DataFrame({"text": [text], "published": [datetime.date(2016, 12, 5)]})
    quotes = nx.extract_frames(df, published="published")["quotes"]
    assert len(quotes) == 10
    counts = quotes["speaker"].str.contains("Kerry").sum(), quotes["speaker"].str.contains("Lavrov").sum()
    assert counts == (6, 2)
    assert all(text[s:e] == t for s, e, t in zip(quotes["start"], quotes["end"], quotes["text"]))


def test_extract_batch_keeps_order_reads_lazily_and_shows_progress(capsys):
    consumed = []

    def generate():
        for i in range(300):
            consumed.append(i)
            yield (LAVROV if i % 3 == 0 else KERRY if i % 3 == 1 else NOTHING)

    out = nx.extract_batch(generate(), threads=2, progress=True)
    assert len(out) == 300 and len(consumed) == 300
    plain = nx.extract_batch([LAVROV, KERRY, NOTHING], threads=2)
    for i, article in enumerate(out):
        assert article == plain[i % 3]
    err = capsys.readouterr().err
    assert "300" in err


def test_extract_batch_progress_without_tqdm(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)  # `from tqdm.auto import tqdm` -> ImportError
    dates = (d for d in ["2016-12-05", None, datetime.date(2016, 12, 4)])
    out = nx.extract_batch([LAVROV, NOTHING, KERRY], published=dates, progress=True)
    assert [len(a["quotes"]) for a in out] == [
        len(a["quotes"]) for a in nx.extract_batch([LAVROV, NOTHING, KERRY])
    ]
    assert "newsextract: 3/3 articles" in capsys.readouterr().err


def test_extract_batch_progress_errors_match_plain():
    with pytest.raises(TypeError):
        nx.extract_batch("one text", progress=True)
    with pytest.raises(ValueError, match="fewer"):
        nx.extract_batch([NOTHING, NOTHING], published=["2016-12-05"], progress=True)
    with pytest.raises(ValueError):
        nx.extract_batch([NOTHING], threads=0, progress=True)


def test_extract_batch_documents_every_argument():
    doc = nx.extract_batch.__doc__ or ""
    for arg in ("texts", "published", "threads", "lexicon", "progress"):
        assert f"{arg}:" in doc
