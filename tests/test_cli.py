"""The command line (`newsextract ...` / `python -m newsextract`)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import newsextract as nx
import pytest
from newsextract.__main__ import dictionary_files, main
from newsextract.formats import EVENT_COLUMNS
from newsextract.frames import COLUMNS, TABLES
from nx_samples import KERRY, LAVROV, NOTHING, hand_article

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text(LAVROV, "utf-8")
    (tmp_path / "docs" / "sub" / "b.txt").write_text(KERRY, "utf-8")
    (tmp_path / "docs" / ".hidden.txt").write_text("ignored", "utf-8")
    return tmp_path


def test_text_files_and_directories_to_jsonl(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus)
    (corpus / "c.txt").write_text(NOTHING, "utf-8")
    code, out, err = run(capsys, "c.txt", "docs")
    assert code == 0 and err == ""
    records = jsonl(out)
    assert [r["id"] for r in records] == ["c.txt", "docs/a.txt", "docs/sub/b.txt"]
    for record in records:
        assert list(record) == ["id", "quotes", "actors", "events", "places"]
    assert records[1] == {"id": "docs/a.txt", **nx.extract(LAVROV)}
    assert records[0]["quotes"] == []


def test_jsonl_and_csv_records_with_configured_fields(tmp_path, capsys):
    rows = [{"key": "k1", "body": LAVROV, "day": "2016-12-05"}, {"key": "k2", "body": KERRY, "day": ""}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n", "utf-8")
    with open(tmp_path / "in.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["key", "body", "day"])
        writer.writeheader()
        writer.writerows(rows)
    args = ["--text-field", "body", "--id-field", "key", "--published-field", "day"]
    code, out, err = run(capsys, str(tmp_path / "in.jsonl"), str(tmp_path / "in.csv"), *args)
    assert code == 0, err
    records = jsonl(out)
    assert [r["id"] for r in records] == ["k1", "k2", "k1", "k2"]
    assert records[0]["quotes"] == nx.extract(LAVROV, published="2016-12-05")["quotes"]
    assert records[3]["quotes"] == records[1]["quotes"] == nx.extract(KERRY)["quotes"]


def test_bad_inputs_are_reported_by_name_and_skipped(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(LAVROV, "utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 owner said hello.".encode("latin-1"))
    records = tmp_path / "r.jsonl"
    records.write_text(
        '{"id": "ok", "text": "Nothing to see."}\n'
        "{not json\n"
        '{"id": "notext"}\n'
        '{"id": "num", "text": 42}\n'
        '{"id": "baddate", "text": "Fine.", "published": "yesterday"}\n'
        '["a list"]\n'
        '{"text": "No id here."}\n',
        "utf-8",
    )
    code, out, err = run(
        capsys,
        str(good),
        str(latin),
        str(tmp_path / "missing.txt"),
        str(records),
        "--published-field",
        "published",
    )
    assert code == 1
    ids = [r["id"] for r in jsonl(out)]
    assert ids == [str(good), "ok", f"{records}:7"]
    expected = [
        f"skipped {latin}: not valid utf-8 text",
        f"skipped {tmp_path / 'missing.txt'}: No such file or directory",
        f"skipped {records}:2: invalid JSON",
        f"skipped {records}:3: text field 'text' is missing",
        f"skipped {records}:4: text field 'text' is not a string (int)",
        f"skipped {records}:6: expected a JSON object, got list",
        f"skipped {records}:5: ValueError",
        "3 articles written, 7 inputs skipped",
    ]
    for line in expected:
        assert line in err
    # the encoding is configurable
    code, out, err = run(capsys, str(latin), "--encoding", "latin-1")
    assert code == 0 and jsonl(out)[0]["id"] == str(latin)


def test_fail_fast_stops_at_the_first_bad_input(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(LAVROV, "utf-8")
    code, out, err = run(capsys, str(tmp_path / "missing.txt"), str(tmp_path / "a.txt"), "--fail-fast")
    assert code == 1 and out == ""
    assert "missing.txt" in err and "--fail-fast" in err


def test_json_output_to_a_file(corpus, capsys):
    target = corpus / "out.json"
    code, out, _ = run(capsys, str(corpus / "docs"), "--format", "json", "--output", str(target))
    assert code == 0 and out == ""
    data = json.loads(target.read_text("utf-8"))
    assert [d["id"] for d in data] == [str(corpus / "docs" / "a.txt"), str(corpus / "docs" / "sub" / "b.txt")]
    code, out, _ = run(capsys, str(corpus / "missing"), "--format", "json")
    assert code == 1 and json.loads(out) == []


def test_csv_output_is_one_file_per_table(corpus, capsys):
    outdir = corpus / "tables"
    code, _, err = run(capsys, str(corpus / "docs"), "--format", "csv", "--output", str(outdir))
    assert code == 0, err
    assert sorted(p.name for p in outdir.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    for table in TABLES:
        with open(outdir / f"{table}.csv", encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == ["article", *(name for name, _ in COLUMNS[table])]
            rows = list(reader)
        if table == "quotes":
            texts = {str(corpus / "docs" / "a.txt"): LAVROV, str(corpus / "docs" / "sub" / "b.txt"): KERRY}
            assert len(rows) == len(nx.extract(LAVROV)["quotes"]) + len(nx.extract(KERRY)["quotes"])
            for row in rows:
                assert texts[row["article"]][int(row["start"]) : int(row["end"])] == row["text"]


def test_parquet_output_matches_the_pandas_tables(corpus, capsys):
    pq = pytest.importorskip(
        "pyarrow.parquet", reason="pyarrow is not installed: pip install 'newsextract[parquet]'"
    )
    pytest.importorskip("pandas")
    outdir = corpus / "pq"
    code, _, err = run(capsys, str(corpus / "docs"), "--format", "parquet", "--output", str(outdir))
    assert code == 0, err
    ids = [str(corpus / "docs" / "a.txt"), str(corpus / "docs" / "sub" / "b.txt")]
    expected = nx.to_frames(nx.extract_batch([LAVROV, KERRY]), ids=ids)
    for table in TABLES:
        read = pq.read_table(outdir / f"{table}.parquet")
        assert read.column_names == list(expected[table].columns)
        df = read.to_pandas()
        assert len(df) == len(expected[table])
        if len(df):
            assert df["article"].tolist() == expected[table]["article"].tolist()
    quotes = pq.read_table(outdir / "quotes.parquet").to_pylist()
    assert [q["text"] for q in quotes] == expected["quotes"]["text"].tolist()


def test_events_tsv_and_gdelt_quotes(tmp_path, capsys, monkeypatch):
    article, text = hand_article()
    (tmp_path / "war.txt").write_text(text, "utf-8")
    (tmp_path / "quotes.txt").write_text(LAVROV, "utf-8")

    real = nx.extract_batch

    def with_events(texts, **kwargs):  # the event coder may still be in the making: use a hand-coded article
        return [article if t == text else a for t, a in zip(texts, real(texts, **kwargs))]

    monkeypatch.setattr(nx, "extract_batch", with_events)
    code, out, _ = run(
        capsys, str(tmp_path / "war.txt"), str(tmp_path / "quotes.txt"), "--format", "events-tsv"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    assert lines[1].split("\t")[:6] == ["20220224", "RUS", "Russia", "UKR", "Ukraine", "190"]
    assert lines[1].split("\t")[9] == str(tmp_path / "war.txt")
    assert len(lines) == 2  # the negated event is left out
    code, out, _ = run(capsys, str(tmp_path / "war.txt"), str(tmp_path / "quotes.txt"), "-f", "gdelt-quotes")
    assert code == 0
    first, second = out.splitlines()
    assert first == f"{tmp_path / 'war.txt'}\t"
    name, field = second.split("\t")
    assert name == str(tmp_path / "quotes.txt")
    offset, length, verb, quote = field.split("#")[0].split("|")
    assert LAVROV[int(offset) : int(offset) + int(length)] == quote and verb == "said"


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LAVROV.encode("utf-8"))))
    code, out, _ = run(capsys, "-")
    assert code == 0 and jsonl(out) == [{"id": "<stdin>", **nx.extract(LAVROV)}]
    lines = json.dumps({"id": 7, "text": KERRY}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    code, out, _ = run(capsys, "-", "--input-format", "jsonl")
    assert code == 0 and jsonl(out)[0]["id"] == 7


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["x.txt", "--format", "csv"], "give --output DIR"),
        (["x.txt", "--threads", "0"], "--threads must be at least 1"),
        (["x.txt", "--published", "last week"], "--published"),
        (["x.txt", "--format", "xml"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_lexicon_option(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([str(tmp_path), "--lexicon", str(tmp_path / "nowhere")])
    assert exit_info.value.code == 2
    assert "is not a directory" in capsys.readouterr().err


def test_lexicon_directory_is_sorted_by_file_kind(tmp_path, capsys):
    """--lexicon DIR loads the dictionaries of a directory by their names and says what it left out."""
    source = ROOT / "testdata" / "dictionaries"
    if not source.is_dir():
        pytest.skip("testdata/dictionaries not found")
    lex_dir = tmp_path / "dicts"
    lex_dir.mkdir()
    for path in source.iterdir():
        if path.is_file() and path.name.startswith("small."):
            (lex_dir / path.name).write_bytes(path.read_bytes())
    (lex_dir / "notes.md").write_text("not a dictionary", "utf-8")
    kinds, ignored = dictionary_files(str(lex_dir))
    assert kinds["actors"] and kinds["verbs"]
    assert ignored == [str(lex_dir / "notes.md")]
    article = tmp_path / "a.txt"
    article.write_text(LAVROV, "utf-8")
    assert main([str(article), "--lexicon", str(lex_dir), "--output", str(tmp_path / "out.jsonl")]) == 0
    assert "notes.md: not a dictionary file" in capsys.readouterr().err
    assert json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["quotes"]


def test_python_dash_m_with_progress_on_stderr(tmp_path):
    (tmp_path / "a.txt").write_text(LAVROV, "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "newsextract", str(tmp_path / "a.txt"), "--progress", "--threads", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["id"] == str(tmp_path / "a.txt")
    assert "1" in result.stderr and "articles" in result.stderr
    help_text = subprocess.run(
        [sys.executable, "-m", "newsextract", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for option in (
        "--format",
        "--output",
        "--text-field",
        "--id-field",
        "--published",
        "--lexicon",
        "--threads",
    ):
        assert option in help_text


def test_console_script_is_declared():
    from importlib.metadata import entry_points

    scripts = [e for e in entry_points(group="console_scripts") if e.name == "newsextract"]
    if not scripts:
        pytest.skip("newsextract is not installed as a distribution (run pip install .)")
    assert scripts[0].value == "newsextract.__main__:main"
