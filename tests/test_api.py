"""The Python API contract: argument types, documented exceptions, offsets on any str, batch."""

from __future__ import annotations

import datetime
import inspect

import pytest

import newsextract as nx

ARTICLE = (
    "“We will not leave,” Foreign Minister Sergei Lavrov said on Monday. “Never,” he added.\n\n"
    "John Kerry told reporters that the ceasefire would hold. “It is fragile but real,” Kerry said."
)


def spans(article: dict):
    """Every (text, start, end) the article reports."""
    for q in article["quotes"]:
        yield q["text"], q["start"], q["end"]
        for key in ("speaker_mention", "cue"):
            if q[key] is not None:
                yield q[key]["text"], q[key]["start"], q[key]["end"]
    for a in article["actors"]:
        for m in a["mentions"]:
            yield m["text"], m["start"], m["end"]
    for e in article["events"]:
        for key in ("trigger", "sentence"):
            yield e[key]["text"], e[key]["start"], e[key]["end"]
    for p in article["places"]:
        for m in p["mentions"]:
            yield m["text"], m["start"], m["end"]


def assert_valid(text: str, article: dict) -> int:
    assert set(article) == {"quotes", "actors", "events", "places"}
    n = 0
    for span_text, start, end in spans(article):
        assert 0 <= start <= end <= len(text), (start, end, len(text))
        assert text[start:end] == span_text
        n += 1
    for q in article["quotes"]:
        if q["speaker_id"] is not None:
            assert article["actors"][q["speaker_id"]]["name"] == q["speaker"]
    for i, a in enumerate(article["actors"]):
        assert a["id"] == i
    return n


def test_result_shape():
    a = nx.extract(ARTICLE)
    assert assert_valid(ARTICLE, a) > 0
    q = a["quotes"][0]
    assert set(q) == {"id", "text", "start", "end", "kind", "utterance", "speaker", "speaker_id", "speaker_mention", "cue"}
    assert q["kind"] in {"direct", "indirect", "mixed"}
    actor = a["actors"][0]
    assert set(actor) == {"id", "name", "type", "country", "code", "roles", "aliases", "mentions"}


@pytest.mark.parametrize("bad", [None, b"bytes", 42, 3.5, ["a list"], bytearray(b"x"), object()])
def test_non_str_text_is_a_type_error(bad):
    with pytest.raises(TypeError):
        nx.extract(bad)


def test_lone_surrogates_are_a_unicode_error():
    with pytest.raises(UnicodeEncodeError):
        nx.extract("He said \ud800 “no”.")
    with pytest.raises(UnicodeEncodeError):
        nx.extract_batch(["fine", "bad \udfff"])


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        nx.extract(ARTICLE, "2016-09-20")  # type: ignore[misc]
    with pytest.raises(TypeError):
        nx.extract_batch([ARTICLE], None)  # type: ignore[misc]
    for f in (nx.extract, nx.extract_batch):
        params = list(inspect.signature(f).parameters.values())
        assert params[0].kind is inspect.Parameter.POSITIONAL_ONLY
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])


def test_published_forms():
    for published in (None, "2016-09-20", datetime.date(2016, 9, 20), datetime.datetime(2016, 9, 20, 12, 0)):
        assert_valid(ARTICLE, nx.extract(ARTICLE, published=published))
    with pytest.raises(ValueError):
        nx.extract(ARTICLE, published="not a date")
    with pytest.raises(TypeError):
        nx.extract(ARTICLE, published=20160920)  # type: ignore[arg-type]


ODD_TEXTS = [
    "",
    " ",
    "\n\n\n",
    "\0",
    "\0" * 1000,
    "“",
    "”",
    '"' * 10_001,
    "“”" * 5000,
    "'‘’“”«»„‚‹›``''`" * 300,
    "\x01\x02\x1b[31m\x7f\x85\u2028\u2029 “x” \ufeff",
    "😀👩‍👩‍👧 “我们不会离开，”拉夫罗夫说。 😀",
    "«Мы не уйдём», — сказал Лавров. “Да,” he said.",
    "‏قال لافروف: “لن نغادر” يوم الاثنين‏ and Kerry said “yes” \u202e reversed \u202c",
    "e\u0301\u0301\u0301 “ca\u0301fe\u0301,” said Jose\u0301.",
    "Kerry said “" + "nested “" * 200 + "end" + "”" * 200,
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_text_gives_valid_offsets(text):
    assert_valid(text, nx.extract(text))


def test_astral_offsets_are_code_points():
    text = "😀😀 “We will stay,” Sergei Lavrov said. 👩‍👩‍👧 “Yes,” he said. 😀 Kerry 😀 said."
    a = nx.extract(text)
    assert a["actors"], a
    assert assert_valid(text, a) > 0


def test_batch_order_and_equality():
    texts = [ARTICLE, "", ODD_TEXTS[11], ARTICLE.upper(), "Kerry said “a b c d e f”."] * 7
    one = [nx.extract(t) for t in texts]
    for threads in (None, 1, 2, 3):
        assert nx.extract_batch(texts, threads=threads) == one


def test_batch_accepts_generators_and_empty():
    texts = [ARTICLE, ODD_TEXTS[12]] * 50
    assert nx.extract_batch(t for t in texts) == nx.extract_batch(texts)
    assert nx.extract_batch([]) == []
    assert nx.extract_batch(iter(())) == []


def test_batch_bad_input():
    with pytest.raises(TypeError):
        nx.extract_batch(ARTICLE)  # a str, not an iterable of str
    with pytest.raises(TypeError):
        nx.extract_batch(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        nx.extract_batch(["ok", 7])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        nx.extract_batch(["ok"], threads=0)


def test_batch_published_sequence():
    texts = [ARTICLE, ARTICLE, ARTICLE]
    dates = ["2016-09-20", datetime.date(2016, 9, 21), None]
    out = nx.extract_batch(texts, published=dates)
    assert out == [nx.extract(t, published=d) for t, d in zip(texts, dates)]
    assert nx.extract_batch(texts, published=iter(dates)) == out
    assert nx.extract_batch(texts, published="2016-09-20") == [nx.extract(t, published="2016-09-20") for t in texts]
    with pytest.raises(ValueError):
        nx.extract_batch(texts, published=dates[:2])
    with pytest.raises(ValueError):
        nx.extract_batch(texts, published=["2016-09-20", "bad", None])


def test_repeated_strings_are_one_object():
    """A speaker is its actor's name, and the mentions of one surface form share one str."""
    text = (
        "“The bridge will reopen in May,” Mayor Anna Berg said on Tuesday. Berg added that the ferry "
        "would keep running. “We owe the island that much,” Berg said."
    )
    a = nx.extract(text)
    assert_valid(text, a)
    q = a["quotes"][0]
    assert q["speaker"] == "Anna Berg"
    assert q["speaker"] is a["actors"][q["speaker_id"]]["name"]
    berg = [m["text"] for m in a["actors"][q["speaker_id"]]["mentions"] if m["text"] == "Berg"]
    assert len(berg) == 2 and berg[0] is berg[1]
    assert a["quotes"][1]["speaker_mention"]["text"] is berg[0]


class Text(str):
    """A str subclass, as some libraries hand their texts over."""


def test_str_subclass_gives_plain_str():
    # (the one sentence is an event's sentence span: the whole text)
    text = Text("Police arrested three protesters in the capital on Sunday.")
    a = nx.extract(text)
    assert assert_valid(text, a) > 0
    assert a["events"] and a["events"][0]["sentence"]["end"] == len(text)
    assert all(type(s) is str for s, _, _ in spans(a))
    for b in nx.extract_batch([text, Text("“Soon,” she said.")]):
        assert all(type(s) is str for s, _, _ in spans(b))
