"""The command line: ``newsextract PATH... [--format FORMAT] [--output FILE]`` (or ``python -m newsextract``).

Inputs (any mix, read lazily and in order):
  * a text file: one article, its id is the path as given;
  * a directory: every non-hidden file below it (``--pattern`` filters the names), sorted, each read
    by its extension;
  * a ``.jsonl``/``.ndjson`` file: one JSON object per line, the text in ``--text-field``, the id in
    ``--id-field`` (else ``PATH:LINE``), the date in ``--published-field``;
  * a ``.csv``/``.tsv`` file with a header row, the same fields (ids default to ``PATH:ROW``);
  * ``-``: standard input, one article (``--input-format jsonl|csv`` to read records).

Outputs (``--format``):
  * ``jsonl`` (default): one line per article, ``{"id", "quotes", "actors", "events", "places"}``;
  * ``json``: one array of those objects;
  * ``csv``: a directory (``--output DIR``) with ``quotes.csv``, ``actors.csv``, ``events.csv`` and
    ``places.csv``, the flat tables of ``newsextract.to_frames`` (``article`` is the id);
  * ``parquet``: the same four tables as ``.parquet`` files (needs pyarrow);
  * ``events-tsv``: the event-data table of ``newsextract.formats.events_table``;
  * ``gdelt-quotes``: ``id<TAB>quotations`` per article, quotations in GDELT's
    ``offset|length|verb|quote`` records joined by ``#``.

An input that cannot be read or extracted (missing file, not UTF-8, bad JSON line, missing text
field, bad date) is reported on stderr with its name and skipped, and the exit status is then 1;
``--fail-fast`` stops at the first one instead. Exit status 2 means the command line itself is wrong.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, ClassVar, TextIO

FORMATS = ("jsonl", "json", "csv", "parquet", "events-tsv", "gdelt-quotes")
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
CSV_EXTENSIONS = (".csv", ".tsv")


@dataclass
class Record:
    """One article to extract."""

    id: Any
    text: str
    published: Any
    source: str  # where it came from, for error messages


@dataclass
class Problem:
    """An input that could not be read."""

    source: str
    message: str


class FailFast(Exception):
    """Raised on the first problem under ``--fail-fast``."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsextract",
        description="Extract quotes, actors, events and places from news articles.",
        epilog="Example: newsextract examples/article.txt --published 2016-12-05 > article.jsonl",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="text file, directory, .jsonl or .csv file, or - for stdin"
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="output file (default: stdout); a directory for csv and parquet",
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read files and stdin (default: by extension; stdin is one text)",
    )
    parser.add_argument(
        "--text-field", default="text", help="field of the article text in JSONL/CSV (default: text)"
    )
    parser.add_argument("--id-field", default="id", help="field of the article id in JSONL/CSV (default: id)")
    parser.add_argument("--published-field", help="field of the publication date in JSONL/CSV")
    parser.add_argument(
        "--published", metavar="DATE", help="publication date (ISO) of articles that give none"
    )
    parser.add_argument("--pattern", default="*", help="in directories, read only files matching this glob")
    parser.add_argument("--encoding", default="utf-8", help="encoding of input files (default: utf-8)")
    parser.add_argument("--lexicon", metavar="DIR", help="directory of TABARI/PETRARCH dictionaries to use")
    parser.add_argument("--threads", type=int, metavar="N", help="worker threads (default: all cores)")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None, help="show a progress bar"
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show a progress bar"
    )
    parser.add_argument(
        "--fail-fast", action="store_true", help="stop at the first bad input instead of skipping it"
    )
    parser.add_argument("--version", action="version", version=_version())
    return parser


def _version() -> str:
    from . import __version__

    return f"newsextract {__version__}"


# ---------------------------------------------------------------- reading


def _kind(path: str, forced: str) -> str:
    if forced != "auto":
        return forced
    lower = path.lower()
    if lower.endswith(JSONL_EXTENSIONS):
        return "jsonl"
    if lower.endswith(CSV_EXTENSIONS):
        return "csv"
    return "text"


def _walk(directory: str, pattern: str) -> list[str]:
    import fnmatch

    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and fnmatch.fnmatch(name, pattern):
                found.append(os.path.join(root, name))
    return found


def _records_from_mapping(
    item: Any, source: str, default_id: str, args: argparse.Namespace
) -> Record | Problem:
    if not isinstance(item, dict):
        return Problem(source, f"expected a JSON object, got {type(item).__name__}")
    text = item.get(args.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"not a string ({type(text).__name__})"
        return Problem(source, f"text field {args.text_field!r} is {what}")
    article_id = item.get(args.id_field)
    if article_id is None or article_id == "":
        article_id = default_id
    published = item.get(args.published_field) if args.published_field else None
    if published is None or published == "":
        published = args.published
    return Record(article_id, text, published, source)


def _read_jsonl(stream: Iterable[str], name: str, args: argparse.Namespace) -> Iterator[Record | Problem]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(source, f"invalid JSON: {error}")
            continue
        yield _records_from_mapping(item, source, source, args)


def _read_csv(stream: Iterable[str], name: str, args: argparse.Namespace) -> Iterator[Record | Problem]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    delimiter = "\t" if name.lower().endswith(".tsv") else ","
    reader = csv.DictReader(stream, delimiter=delimiter)
    if reader.fieldnames is None:
        return
    if args.text_field not in reader.fieldnames:
        yield Problem(name, f"no column {args.text_field!r} (columns: {', '.join(reader.fieldnames)})")
        return
    for number, row in enumerate(reader, 1):
        source = f"{name}:{number}"
        yield _records_from_mapping(row, source, source, args)


def _read_path(path: str, args: argparse.Namespace) -> Iterator[Record | Problem]:
    kind = _kind(path, args.input_format)
    if path == "-":
        stream: IO[str] = io.TextIOWrapper(
            sys.stdin.buffer, encoding=args.encoding, errors="strict", newline=""
        )
        name = "<stdin>"
        if kind in ("auto", "text"):
            kind = "text"
        yield from _read_stream(stream, name, kind, args)
        return
    try:
        with open(path, encoding=args.encoding, errors="strict", newline="") as stream:
            yield from _read_stream(stream, path, kind, args)
    except (OSError, UnicodeDecodeError) as error:
        yield Problem(path, _describe(error))


def _read_stream(
    stream: IO[str], name: str, kind: str, args: argparse.Namespace
) -> Iterator[Record | Problem]:
    if kind == "jsonl":
        yield from _read_jsonl(stream, name, args)
    elif kind == "csv":
        yield from _read_csv(stream, name, args)
    else:
        yield Record(name, stream.read(), args.published, name)


def _describe(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not valid {error.encoding} text (byte {error.start}); use --encoding"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return f"{type(error).__name__}: {error}"


def read_inputs(paths: Sequence[str], args: argparse.Namespace) -> Iterator[Record | Problem]:
    """Every record of every input, lazily, in order; problems in their place."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            files = _walk(path, args.pattern)
            if not files:
                yield Problem(path, f"no files matching {args.pattern!r} in this directory")
            for file in files:
                yield from _read_path(file, args)
        else:
            yield from _read_path(path, args)


# ---------------------------------------------------------------- writing


class Writer:
    """Writes articles in one output format."""

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output."""


class JsonlWriter(Writer):
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        self.out.write(json.dumps({"id": article_id, **article}, ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True
        out.write("[")

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        self.out.write("\n" if self.first else ",\n")
        self.first = False
        self.out.write(json.dumps({"id": article_id, **article}, ensure_ascii=False))

    def close(self) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")


class EventsTsvWriter(Writer):
    def __init__(self, out: TextIO) -> None:
        from .formats import EVENT_COLUMNS, tsv_line

        self.out = out
        out.write(tsv_line(EVENT_COLUMNS))

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        from .formats import EVENT_COLUMNS, event_rows, tsv_line

        for row in event_rows([article], [article_id]):  # type: ignore[list-item]
            self.out.write(tsv_line([row[c] for c in EVENT_COLUMNS]))  # type: ignore[literal-required]


class GdeltQuotesWriter(Writer):
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        from .formats import _one_line, gdelt_quotations

        self.out.write(f"{_one_line(str(article_id))}\t{gdelt_quotations(article)}\n")  # type: ignore[arg-type]


class CsvWriter(Writer):
    """Four CSV files in a directory, one per table."""

    def __init__(self, directory: str) -> None:
        from .frames import COLUMNS, TABLES

        os.makedirs(directory, exist_ok=True)
        self.files = {
            t: open(os.path.join(directory, f"{t}.csv"), "w", encoding="utf-8", newline="")  # noqa: SIM115
            for t in TABLES
        }
        self.writers = {}
        for table, f in self.files.items():
            names = ["article", *(name for name, _ in COLUMNS[table])]
            writer = csv.DictWriter(f, fieldnames=names)
            writer.writeheader()
            self.writers[table] = writer

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        from .frames import rows

        for table, table_rows in rows(article, article_id).items():  # type: ignore[arg-type]
            self.writers[table].writerows(table_rows)

    def close(self) -> None:
        for f in self.files.values():
            f.close()


class ParquetWriter(Writer):
    """Four Parquet files in a directory, one per table, a row group per batch of articles."""

    TYPES: ClassVar[dict[str, str]] = {
        "int64": "int64",
        "Int64": "int64",
        "string": "string",
        "float64": "float64",
        "bool": "bool",
    }

    def __init__(self, directory: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from .frames import COLUMNS, TABLES

        os.makedirs(directory, exist_ok=True)
        self.pa = pa
        self.schemas = {
            t: pa.schema(
                [pa.field("article", pa.string(), nullable=False)]
                + [
                    pa.field(
                        name, pa.type_for_alias(self.TYPES[dtype]), nullable=dtype in ("Int64", "string")
                    )
                    for name, dtype in COLUMNS[t]
                ]
            )
            for t in TABLES
        }
        self.writers = {
            t: pq.ParquetWriter(os.path.join(directory, f"{t}.parquet"), self.schemas[t]) for t in TABLES
        }
        self.buffer: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}

    def write(self, article_id: Any, article: dict[str, Any]) -> None:
        from .frames import rows

        for table, table_rows in rows(article, str(article_id)).items():  # type: ignore[arg-type]
            self.buffer[table].extend(table_rows)

    def flush(self) -> None:
        for table, buffered in self.buffer.items():
            if buffered:
                self.writers[table].write_table(
                    self.pa.Table.from_pylist(buffered, schema=self.schemas[table])
                )
                buffered.clear()

    def close(self) -> None:
        self.flush()
        for writer in self.writers.values():
            writer.close()


def _open_writer(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Writer:
    if args.format in ("csv", "parquet"):
        if not args.output or args.output == "-":
            parser.error(f"--format {args.format} writes four files (one per table): give --output DIR")
        if os.path.exists(args.output) and not os.path.isdir(args.output):
            parser.error(f"--format {args.format} writes into a directory, and {args.output} is a file")
        if args.format == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                parser.error("--format parquet needs pyarrow: pip install 'newsextract[parquet]'")
            return ParquetWriter(args.output)
        return CsvWriter(args.output)
    if args.output and args.output != "-":
        out: TextIO = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed by main
    else:
        out = sys.stdout
    writer: Writer = {
        "jsonl": JsonlWriter,
        "json": JsonWriter,
        "events-tsv": EventsTsvWriter,
        "gdelt-quotes": GdeltQuotesWriter,
    }[args.format](out)
    writer._stream = out  # type: ignore[attr-defined]
    return writer


# ---------------------------------------------------------------- running


def dictionary_files(directory: str) -> tuple[dict[str, list[str]], list[str]]:
    """Sorts the files of a dictionary directory by kind, from their names (as the field names
    them: ``*.actors*``, ``*agents*``, ``*verbs*``/``*verbpatterns*``, ``*discards*``,
    ``*.options``); returns the kinds and the files left out."""
    kinds: dict[str, list[str]] = {"actors": [], "agents": [], "verbs": [], "discards": [], "options": []}
    ignored = []
    for path in sorted(Path(directory).iterdir()):
        if not path.is_file():
            continue
        name = path.name.lower()
        if "agent" in name:
            kinds["agents"].append(str(path))
        elif "actor" in name:
            kinds["actors"].append(str(path))
        elif "discard" in name:
            kinds["discards"].append(str(path))
        elif "verb" in name:
            kinds["verbs"].append(str(path))
        elif name.endswith(".options"):
            kinds["options"].append(str(path))
        else:
            ignored.append(str(path))
    return kinds, ignored


def _load_lexicon(directory: str, parser: argparse.ArgumentParser) -> Any:
    import newsextract as nx

    if not os.path.isdir(directory):
        parser.error(f"--lexicon: {directory} is not a directory")
    kinds, ignored = dictionary_files(directory)
    if not any(kinds.values()):
        parser.error(f"--lexicon: no dictionary files (actors, agents, verbs, discards, options) in {directory}")
    for path in ignored:
        print(f"newsextract: --lexicon: {path}: not a dictionary file by its name, left out", file=sys.stderr)
    try:
        lexicon = nx.Lexicon.from_files(**{kind: paths or None for kind, paths in kinds.items()})
    except nx.LexiconError as error:
        where = ":".join(
            str(p) for p in (getattr(error, "file", None), getattr(error, "line", None)) if p is not None
        )
        parser.error(f"--lexicon: {where + ': ' if where else ''}{error}")
    except OSError as error:
        parser.error(f"--lexicon: {error}")
    for skipped in lexicon.report().get("skipped", []):
        print(
            f"newsextract: --lexicon: {skipped['file']}:{skipped['line']}: {skipped['count']} line(s) skipped: "
            f"{skipped['reason']}",
            file=sys.stderr,
        )
    return lexicon


class Run:
    """The state of one run: counts and problem reporting."""

    def __init__(self, fail_fast: bool, err: TextIO) -> None:
        self.fail_fast = fail_fast
        self.err = err
        self.written = 0
        self.skipped = 0

    def problem(self, source: str, message: str) -> None:
        self.skipped += 1
        self.err.write(f"newsextract: skipped {source}: {message}\n")
        self.err.flush()
        if self.fail_fast:
            raise FailFast(f"{source}: {message}")


def _extract_chunk(records: list[Record], args: argparse.Namespace, lexicon: Any, run: Run) -> list[Any]:
    """Articles of ``records`` (None where one failed, reported); one Rust batch unless one fails."""
    import newsextract as nx

    try:
        return list(
            nx.extract_batch(
                [r.text for r in records],
                published=[r.published for r in records],
                threads=args.threads,
                lexicon=lexicon,
            )
        )
    except (ValueError, TypeError):
        pass  # find the culprit(s): one by one
    out: list[Any] = []
    for r in records:
        try:
            out.append(nx.extract(r.text, published=r.published, lexicon=lexicon))
        except (ValueError, TypeError) as error:
            run.problem(r.source, f"{type(error).__name__}: {error}")
            out.append(None)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some input skipped or failed, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.threads is not None and args.threads < 1:
        parser.error("--threads must be at least 1")
    if args.published is not None:
        import newsextract as nx

        try:
            nx.extract("", published=args.published)
        except ValueError as error:
            parser.error(f"--published: {error}")
    lexicon = _load_lexicon(args.lexicon, parser) if args.lexicon else None
    show_progress = args.progress if args.progress is not None else sys.stderr.isatty()
    writer = _open_writer(args, parser)
    run = Run(args.fail_fast, sys.stderr)
    chunk_size = (args.threads or os.cpu_count() or 1) * 64
    bar = None
    try:
        if show_progress:
            from ._batch import Progress

            bar = Progress(None)
        items = read_inputs(args.paths, args)
        while True:
            chunk = list(itertools.islice(items, chunk_size))
            if not chunk:
                break
            records: list[Record] = []
            for item in chunk:
                if isinstance(item, Problem):
                    run.problem(item.source, item.message)
                else:
                    records.append(item)
            if not records:
                continue
            for record, article in zip(records, _extract_chunk(records, args, lexicon, run)):
                if article is not None:
                    writer.write(record.id, article)
                    run.written += 1
            if isinstance(writer, ParquetWriter):
                writer.flush()
            if bar is not None:
                bar.update(len(records))
    except FailFast:
        run.err.write("newsextract: stopped at the first bad input (--fail-fast)\n")
        return 1
    except BrokenPipeError:  # e.g. `newsextract ... | head`
        _silence_stdout()
        return 0
    finally:
        if bar is not None:
            bar.close()
        writer.close()
        stream = getattr(writer, "_stream", None)
        if stream is not None and stream is not sys.stdout:
            stream.close()
    if run.skipped:
        sys.stderr.write(
            f"newsextract: {run.written} articles written, {run.skipped} inputs skipped (listed above)\n"
        )
        return 1
    return 0


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
