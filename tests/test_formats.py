"""The field's formats: the event-data table and GDELT-style quotations."""

from __future__ import annotations

import newsextract as nx
from newsextract.formats import EVENT_COLUMNS, event_rows, events_table, gdelt_quotations
from nx_samples import KERRY, LAVROV, hand_article


def test_events_table_is_tab_separated_and_skips_negated_events():
    article, _ = hand_article()
    table = events_table([article], ids=["doc-1"])
    lines = table.splitlines()
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    assert len(lines) == 2  # the negated event is not an event in a dataset
    row = dict(zip(EVENT_COLUMNS, lines[1].split("\t")))
    assert row == {
        "date": "20220224",
        "source_code": "RUS",
        "source_name": "Russia",
        "target_code": "UKR",
        "target_name": "Ukraine",
        "code": "190",
        "root": "19",
        "quad_class": "4",
        "goldstein": "-10.0",
        "article": "doc-1",
        "event": "0",
        "negated": "false",
        "sentence": "Russia attacked Ukraine.",
    }


def test_events_table_with_negated_events_and_messy_text():
    article, _ = hand_article()
    article["events"][1]["sentence"]["text"] = "Ukraine did\tnot\nmeet Russia."
    rows = list(event_rows([article, article], include_negated=True))
    assert [(r["article"], r["event"], r["negated"]) for r in rows] == [
        (0, 0, False),
        (0, 1, True),
        (1, 0, False),
        (1, 1, True),
    ]
    table = events_table([article], include_negated=True, header=False)
    lines = table.splitlines()
    assert len(lines) == 2 and all(len(line.split("\t")) == len(EVENT_COLUMNS) for line in lines)
    last = dict(zip(EVENT_COLUMNS, lines[1].split("\t")))
    assert last["sentence"] == "Ukraine did not meet Russia."
    assert last["target_code"] == "" and last["target_name"] == "" and last["date"] == ""


def test_events_table_reads_back_with_pandas():
    pd = __import__("pytest").importorskip("pandas")
    import io

    article, _ = hand_article()
    df = pd.read_csv(
        io.StringIO(events_table([article], ids=["a"], include_negated=True)),
        sep="\t",
        dtype=str,
        keep_default_na=False,
    )
    assert df["code"].tolist() == ["190", "036"] and df["root"].tolist() == ["19", "03"]


def test_gdelt_quotations_of_real_quotes():
    text = LAVROV
    article = nx.extract(text)
    field = gdelt_quotations(article)
    records = field.split("#")
    assert len(records) == len([q for q in article["quotes"] if q["kind"] != "indirect"]) >= 2
    offsets = []
    for record in records:
        offset, length, _verb, quote = record.split("|")
        offset, length = int(offset), int(length)
        offsets.append(offset)
        assert text[offset : offset + length] == quote
    assert offsets == sorted(offsets)
    assert records[0].split("|")[2] == "said"


def test_gdelt_quotations_escapes_separators_and_filters_kinds():
    article = nx.extract(KERRY)
    quote = article["quotes"][0]
    quote["text"] = "a|b#c\nd"
    assert gdelt_quotations(article).split("#")[0].endswith("|a b c d")
    indirect = nx.extract("Kerry said the talks would continue.")
    kinds = {q["kind"] for q in indirect["quotes"]}
    if kinds == {"indirect"}:
        assert gdelt_quotations(indirect) == ""
        assert gdelt_quotations(indirect, kinds=("indirect",)) != ""
    assert gdelt_quotations({"quotes": [], "actors": [], "events": [], "places": []}) == ""
