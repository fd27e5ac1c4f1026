"""Codes the event-data field's validation suites through the Python package and prints the result.

    python bench/conformance.py tabari ../shared/data/events/tabari/Validate.project
    python bench/conformance.py petrarch ../shared/data/events/petrarch/PETR.UnitTest.records.xml
    python bench/conformance.py tabari PATH --json OUT --failures

TABARI's suite is coded with its own verbs, actors, agents and options (the records up to
``FINAL-01``); PETRARCH's unit-test records with the PETR.Validate dictionaries their
``<Environment>`` names and their ``<Config>`` options. The coding is the package's own
(``newsextract._core.conformance``); this script only prints.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsextract import _core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("suite", choices=["tabari", "petrarch"])
    parser.add_argument("path", type=Path, help="Validate.project or PETR.UnitTest.records.xml")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the counts as JSON to OUT")
    parser.add_argument("--failures", action="store_true", help="list every failed record")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    try:
        report = _core.conformance(args.suite, args.path)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start

    records, exact = report["records"], report["exact"]
    expected, matched, extra = report["events_expected"], report["events_matched"], report["events_extra"]
    if args.failures:
        for f in report["failures"]:
            print(f"FAIL {f['id']}: expected [{f['expected']}] got [{f['got']}]")
        print()
    print(f"{args.suite}: {args.path}")
    print(f"records exact   {exact}/{records} ({100 * exact / max(records, 1):.1f}%)")
    print(f"events matched  {matched}/{expected} ({100 * matched / max(expected, 1):.1f}%), extra {extra}")
    print(f"time            {seconds:.2f} s (loading the dictionaries included)")
    if report["by_category"]:
        print("failures by category:")
        for cat, n in report["by_category"].items():
            print(f"  {cat or '(none)':<12} {n}")
    if args.json:
        counts = {
            "records": records,
            "exact": exact,
            "events_expected": expected,
            "events_matched": matched,
            "events_extra": extra,
        }
        args.json.write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
