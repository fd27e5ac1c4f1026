"""Extract the bundled example article and print what newsextract finds in it.

    python examples/quickstart.py [FILE] [--published YYYY-MM-DD]
"""

import argparse
from pathlib import Path

import newsextract as nx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", default=Path(__file__).with_name("article.txt"), type=Path)
    parser.add_argument("--published", default="2025-03-11")
    args = parser.parse_args()
    text = args.file.read_text(encoding="utf-8")
    article = nx.extract(text, published=args.published)

    print(f"QUOTES ({len(article['quotes'])})")
    for q in article["quotes"]:
        cue = q["cue"]["text"] if q["cue"] else "-"
        print(f"  [{q['utterance']}] {q['kind']:<8} {q['speaker'] or '?':<18} {cue:<14} {q['text'][:60]!r}")
    print(f"\nACTORS ({len(article['actors'])})")
    for a in article["actors"]:
        roles = ", ".join(a["roles"])
        print(f"  {a['name']:<42} {a['type']:<12} {a['code'] or '-':<8} {roles}")
    print(f"\nEVENTS ({len(article['events'])})")
    for e in article["events"]:
        actors = article["actors"]
        source = actors[e["source"]]["name"] if e["source"] is not None else "?"
        target = actors[e["target"]]["name"] if e["target"] is not None else "?"
        negated = " NOT" if e["negated"] else ""
        print(f"  {e['code']}{negated} {e['label'][:28]:<28} {source} -> {target}  ({e['trigger']['text']!r}, {e['date'] or '-'})")
    print(f"\nPLACES: {', '.join(p['name'] for p in article['places'])}")


if __name__ == "__main__":
    main()
