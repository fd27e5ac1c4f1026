"""Accuracy of newsextract against gold annotations. Prints numbers; not a test.

    python bench/accuracy.py [--shared ../shared] [--polnear-split dev,train] [--limit N] [--peer spacy]

Quotes (PolNeAR dev, and its ten times larger train split as a check that rules tuned on dev
generalise; the seed article): precision, recall and F1 of quote spans at 30% and 80%
character overlap and exact, and speaker accuracy.
  * Spans are compared with surrounding white space and quotation marks trimmed (PolNeAR
    includes the marks in its spans; the seed's gold and our output give the content inside
    them). A predicted span and a gold span match at threshold t when their overlap is at least t
    of each of them (one-to-one, greedy by overlap); "exact" when they are equal.
  * Speaker accuracy: over gold quotes matched at 30% that have a gold source, the share whose
    speaker is right: the predicted speaker mention overlaps the gold source span, or the
    predicted speaker actor has a mention that does.
Actors (GUM news): precision and recall of proper-name mentions of persons, organisations and
places (a predicted mention matches a gold one when it holds the gold mention's head word and ends
inside it; countries count as places), with and without the type; pairwise precision and recall of the
merging over matched mentions, and the share of same-entity pairs written differently that are
merged. A gold mention is the run of proper nouns around a GUM mention's head. Nested GUM mentions
can reduce to one run: "Indiana" of "University of Southern Indiana" (organisation) and of "Indiana"
(place) are two gold mentions of different types, but "Jack Nicklaus" of "Jack Nicklaus (golf)" and
of "Jack Nicklaus" (same run, head and type) is one mention in the text and is counted once, with the
entity of the innermost GUM mention (33 such repeats in 870 runs, which no system could match).
Among gold mentions a prediction matches equally well, the one of its own type is taken.
Annotator agreement: PolNeAR has articles that several annotators annotated (16 in train, 2 in dev).
On those, each annotator in turn is taken as the gold and the other annotators' speech spans (and
sources) are scored against it by the same rule, and so is our output: the human agreement is the
ceiling a span convention leaves, and the 80% target of the quote issue is about its level.
With --peer spacy the same numbers are printed for spaCy's small English pipeline (names) and
textacy's direct_quotations (quotes), scored by the same code (bench/peers.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Callable

import newsextract as nx
from event_scoring import score_articles

Extract = Callable[..., dict]

QUOTE_CHARS = "\"'“”‘’«»„‚`"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS):
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[dict], pred: list[dict], threshold: float | None) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, pred index); threshold None means exact after trimming."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if threshold is None:
                if g["trim"] == p["trim"]:
                    candidates.append((1.0, gi, pi))
                continue
            o = overlap(g["trim"], p["trim"])
            lg = g["trim"][1] - g["trim"][0]
            lp = p["trim"][1] - p["trim"][0]
            if o and o >= threshold * lg and o >= threshold * lp:
                candidates.append((o / max(lg, lp), gi, pi))
    candidates.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


class Tally:
    def __init__(self) -> None:
        self.gold = self.pred = 0
        self.hits = {"30%": 0, "80%": 0, "exact": 0}
        self.speaker_total = self.speaker_right = 0

    def add(self, text: str, gold: list[dict], article: dict) -> None:
        pred = []
        for q in article["quotes"]:
            pred.append({"span": (q["start"], q["end"]), "trim": trim(text, q["start"], q["end"]), "quote": q})
        self.gold += len(gold)
        self.pred += len(pred)
        for name, t in (("30%", 0.3), ("80%", 0.8), ("exact", None)):
            pairs = match(gold, pred, t)
            self.hits[name] += len(pairs)
            if name == "30%":
                for gi, pi in pairs:
                    sources = gold[gi]["sources"]
                    if not sources:
                        continue
                    self.speaker_total += 1
                    if speaker_right(pred[pi]["quote"], article, sources):
                        self.speaker_right += 1

    def report(self, title: str) -> dict:
        print(f"\n{title}: {self.gold} gold quote spans, {self.pred} predicted")
        print(f"  {'match':<8}{'precision':>10}{'recall':>10}{'F1':>10}")
        out = {}
        for name, hits in self.hits.items():
            p = hits / self.pred if self.pred else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[name] = {"precision": p, "recall": r, "f1": f}
            print(f"  {name:<8}{p:>10.3f}{r:>10.3f}{f:>10.3f}")
        acc = self.speaker_right / self.speaker_total if self.speaker_total else 0.0
        out["speaker_accuracy"] = acc
        print(f"  speaker accuracy: {acc:.3f} ({self.speaker_right}/{self.speaker_total} matched quotes with a gold source)")
        return out


def speaker_right(quote: dict, article: dict, sources: list[tuple[int, int]]) -> bool:
    if "sources" in quote:  # another annotator's attribution
        return any(overlap(s, g) for s in quote["sources"] for g in sources)
    spans = []
    if quote["speaker_mention"]:
        spans.append((quote["speaker_mention"]["start"], quote["speaker_mention"]["end"]))
    if quote["speaker_id"] is not None:
        spans += [(m["start"], m["end"]) for m in article["actors"][quote["speaker_id"]]["mentions"]]
    return any(overlap(s, g) for s in spans for g in sources)


SPEECH_CUES = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
    "according", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "explain", "explains", "explained",
    "ask", "asks", "asked", "argue", "argues", "argued", "arguing", "warn", "warns", "warned", "note",
    "notes", "noted", "acknowledge", "acknowledged", "insist", "insisted", "insists", "state", "stated",
    "declare", "declared", "claim", "claims", "claimed", "claiming", "announce", "announced", "reply",
    "replied", "recall", "recalled", "respond", "responded", "admit", "admitted", "suggest", "suggested",
    "report", "reported", "reports", "confirm", "confirmed", "deny", "denied", "continued", "told",
    "predicted", "promised", "pledged", "vowed", "urged", "stressed", "described", "called", "quipped",
}


def is_speech(cue: str, content: str) -> bool:
    """A gold attribution is speech when its cue is a verb of saying or its content is quoted."""
    words = set(re.findall(r"[a-z]+", cue.lower()))
    return bool(words & SPEECH_CUES) or any(c in content for c in "\"“”«»") or "''" in content


def read_brat(path: Path) -> list[dict]:
    """PolNeAR attributions: one gold span per content fragment, with the attribution's sources."""
    text = path.parent.parent.joinpath("text", path.stem.rsplit("_", 1)[0] + ".txt").read_text(encoding="utf-8")
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # a span's text may run over several lines: only lines that open with an id are records
        if re.match(r"T\d+\t", line):
            tid, info, _ = line.split("\t", 2)
            label, offsets = info.split(" ", 1)
            spans[tid] = [tuple(map(int, part.split())) for part in offsets.split(";")]  # type: ignore[misc]
        elif re.match(r"E\d+\t", line):
            _, args = line.split("\t", 1)
            relations.append(dict(arg.split(":", 1) for arg in args.split()))
    gold = []
    for rel in relations:
        sources = spans.get(rel.get("Source", ""), [])
        cue = " ".join(text[s:e] for s, e in spans.get(rel.get("Cue", ""), []))
        content = " ".join(text[s:e] for s, e in spans.get(rel.get("Content", ""), []))
        for start, end in spans.get(rel.get("Content", ""), []):
            gold.append({"start": start, "end": end, "sources": sources, "speech": is_speech(cue, content)})
    return gold


def polnear(extract: Extract, shared: Path, split: str, limit: int | None) -> dict | None:
    root = shared / "data" / "quotes" / "polnear" / split
    if not root.exists():
        print(f"PolNeAR not found at {root}: skipped")
        return None
    tally, speech = Tally(), Tally()
    humans, ours = Tally(), Tally()
    texts = sorted((root / "text").glob("*.txt"))[:limit]
    started = time.perf_counter()
    for path in texts:
        anns = sorted((root / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        annotations = [gold_spans(text, read_brat(ann)) for ann in anns]
        article = extract(text)
        tally.add(text, annotations[0], article)
        speech.add(text, *speech_only(text, annotations[0], article))
        if len(annotations) > 1:
            # each annotator in turn is the gold: the other annotators' spans and ours are scored against it
            for i, gold in enumerate(annotations):
                ours.add(text, *speech_only(text, gold, article))
                for other in annotations[:i] + annotations[i + 1 :]:
                    quotes = [
                        {"start": g["span"][0], "end": g["span"][1], "sources": g["sources"]}
                        for g in other
                        if g["speech"]
                    ]
                    humans.add(text, *speech_only(text, gold, {"quotes": quotes}))
    print(f"\n({len(texts)} PolNeAR {split} articles in {time.perf_counter() - started:.2f} s)")
    out = {
        "all": tally.report(f"PolNeAR {split}, all attributions (first annotator per article)"),
        "speech": speech.report(f"PolNeAR {split}, speech attributions (cue a verb of saying, or quoted content)"),
    }
    if humans.gold:
        several = "articles with several annotators, each annotator in turn the gold"
        out["annotators"] = humans.report(f"PolNeAR {split}, speech, {several}: the other annotators")
        out["ours_on_annotated"] = ours.report(f"PolNeAR {split}, speech, {several}: newsextract")
    return out


def gold_spans(text: str, attributions: list[dict]) -> list[dict]:
    return [
        {
            "span": (g["start"], g["end"]),
            "trim": trim(text, g["start"], g["end"]),
            "sources": g["sources"],
            "speech": g["speech"],
        }
        for g in attributions
    ]


def speech_only(text: str, gold: list[dict], article: dict) -> tuple[list[dict], dict]:
    """The gold attributions of saying, and the article with the quotes that count against them: a
    quote that matches none of them (at 30%) but overlaps a non-speech gold attribution (a belief, an
    intention) is left out rather than counted wrong."""
    said = [g for g in gold if g["speech"]]
    other = [g["span"] for g in gold if not g["speech"]]

    def kept(q: dict) -> bool:
        span = (q["start"], q["end"])
        if match(said, [{"span": span, "trim": trim(text, *span)}], 0.3):
            return True
        return not any(overlap(span, o) for o in other)

    return said, dict(article, quotes=[q for q in article["quotes"] if kept(q)])


def seed(extract: Extract, shared: Path) -> dict | None:
    base = shared / "seed"
    if not (base / "aleppo.txt").exists():
        print("seed article not found: skipped")
        return None
    text = (base / "aleppo.txt").read_text(encoding="utf-8")
    gold_doc = json.loads((base / "aleppo.gold.json").read_text(encoding="utf-8"))
    article = extract(text, published=gold_doc["published"])
    gold = []
    for q in gold_doc["quotes"]:
        # the gold names the speaker, not a source span: use the speaker actor's mentions
        speaker = q["speaker"]
        sources = [
            (m["start"], m["end"])
            for a in article["actors"]
            if a["name"] == speaker
            for m in a["mentions"]
        ]
        gold.append({"span": (q["start"], q["end"]), "trim": trim(text, q["start"], q["end"]), "sources": sources or [(-1, -1)]})
    tally = Tally()
    tally.add(text, gold, article)
    return tally.report("Seed article (aleppo)")


# ---------------------------------------------------------------------------------------------
# Events: the invented wire-service articles of testdata/events_news.json


def news_events(extract: Extract) -> dict:
    path = Path(__file__).resolve().parents[1] / "testdata" / "events_news.json"
    articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
    hit, n_pred, n_gold = score_articles(articles, extract)
    print(f"\nEvents on invented news ({len(articles)} articles, {n_gold} events an analyst codes; root, source, target):")
    p, r = hit / n_pred if n_pred else 0.0, hit / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"  events: precision {p:.3f} ({hit}/{n_pred})  recall {r:.3f} ({hit}/{n_gold})  F1 {f:.3f}")
    return {"precision": p, "recall": r}


# ---------------------------------------------------------------------------------------------
# Actors: GUM news (Wikinews with typed entity mentions and coreference)

GUM_TYPES = {"person": "person", "organization": "organization", "place": "place"}


def read_gum(path: Path) -> tuple[str, list[dict]]:
    """The article text rebuilt from a CoNLL-U file, and its proper-name mentions of persons,
    organisations and places: the run of proper-noun tokens around each such mention's head."""
    tokens: list[tuple[str, str, bool]] = []  # (form, upos, space_after)
    opens: list[dict] = []
    mentions: list[dict] = []
    paragraph_starts: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar"):
            paragraph_starts.add(len(tokens))
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        index = len(tokens)
        misc = cols[9]
        tokens.append((cols[1], cols[3], "SpaceAfter=No" not in misc))
        entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
        for m in re.finditer(r"\((\d+)-([^()]*)(\))?|(\d+)\)", entity):
            if m.group(1):
                fields = m.group(2).split("-")
                info = {"entity": m.group(1), "type": fields[0], "start": index, "minspan": fields[4] if len(fields) > 4 else "1"}
                if m.group(3):
                    info["end"] = index + 1
                    mentions.append(info)
                else:
                    opens.append(info)
            else:
                for k in range(len(opens) - 1, -1, -1):
                    if opens[k]["entity"] == m.group(4):
                        info = opens.pop(k)
                        info["end"] = index + 1
                        mentions.append(info)
                        break
    # text and token offsets
    parts, offsets, pos = [], [], 0
    for i, (form, _, space_after) in enumerate(tokens):
        if i in paragraph_starts and i:
            parts.append("\n\n")
            pos += 2
        offsets.append((pos, pos + len(form)))
        parts.append(form)
        pos += len(form)
        if space_after and i + 1 < len(tokens) and (i + 1) not in paragraph_starts:
            parts.append(" ")
            pos += 1
    text = "".join(parts)
    gold = []
    # innermost mentions first: when nested GUM mentions ("Jack Nicklaus" of "Jack Nicklaus (golf)"
    # and of "Jack Nicklaus") reduce to the same run, head and type, that is one proper-name mention
    # in the text, with the entity of the innermost GUM mention
    seen: set[tuple[int, int, int, str]] = set()
    for m in sorted(mentions, key=lambda m: m["end"] - m["start"]):
        if m["type"] not in GUM_TYPES:
            continue
        heads = [int(x) for x in re.findall(r"\d+", m["minspan"])] or [1]
        head = m["start"] + heads[-1] - 1
        if not m["start"] <= head < m["end"] or tokens[head][1] != "PROPN":
            continue
        a = head
        while a > m["start"] and tokens[a - 1][1] == "PROPN":
            a -= 1
        b = head + 1
        while b < m["end"] and tokens[b][1] == "PROPN":
            b += 1
        key = (offsets[a][0], offsets[b - 1][1], offsets[head][0], GUM_TYPES[m["type"]])
        if key in seen:
            continue
        seen.add(key)
        gold.append(
            {
                "start": offsets[a][0],
                "end": offsets[b - 1][1],
                "head": offsets[head][0],
                "type": GUM_TYPES[m["type"]],
                "entity": m["entity"],
            }
        )
    gold.sort(key=lambda g: g["start"])
    return text, gold


def predicted_mentions(article: dict) -> list[dict]:
    """Proper-name mentions of actors (persons, organisations and groups, countries) and places."""
    out = []
    kinds = {"person": "person", "organization": "organization", "group": "organization", "country": "place"}
    for a in article["actors"]:
        names = set(a["aliases"])
        for m in a["mentions"]:
            if m["text"] in names:
                out.append({"start": m["start"], "end": m["end"], "type": kinds[a["type"]], "cluster": f"a{a['id']}"})
    for i, p in enumerate(article["places"]):
        for m in p["mentions"]:
            out.append({"start": m["start"], "end": m["end"], "type": "place", "cluster": f"p{i}"})
    return out


def gum(extract: Extract, shared: Path) -> dict | None:
    root = shared / "data" / "actors" / "gum" / "conllu"
    files = sorted(root.glob("GUM_news_*.conllu"))
    if not files:
        print(f"GUM not found at {root}: skipped")
        return None
    n_gold = n_pred = hit_span = hit_typed = 0
    pairs_pred = pairs_gold = pairs_both = 0
    varied_gold = varied_both = 0
    by_type = {t: [0, 0, 0] for t in ("person", "organization", "place")}  # gold, pred, typed hits
    for path in files:
        text, gold = read_gum(path)
        article = extract(text)
        pred = predicted_mentions(article)
        n_gold += len(gold)
        n_pred += len(pred)
        for g in gold:
            by_type[g["type"]][0] += 1
        for p in pred:
            by_type[p["type"]][1] += 1
        # one-to-one head match: the predicted span holds the gold mention's head word and ends
        # inside the gold span (so "Donald Trump" matches "President Donald Trump", but
        # "Voss" does not match "Clara Voss Foundation"); best overlap first
        def score(g: dict, p: dict) -> float:
            if not (p["start"] <= g["head"] < p["end"] and g["start"] < p["end"] <= g["end"]):
                return 0.0
            return overlap((g["start"], g["end"]), (p["start"], p["end"])) / (max(g["end"], p["end"]) - min(g["start"], p["start"]))
        # among equal overlaps, the gold mention of the predicted type goes first
        cands = sorted(
            ((score(g, p), g["type"] == p["type"], gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
            reverse=True,
        )
        used_g, used_p, matched = set(), set(), []
        for o, _, gi, pi in cands:
            if o > 0 and gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                matched.append((gi, pi))
        hit_span += len(matched)
        for gi, pi in matched:
            if gold[gi]["type"] == pred[pi]["type"]:
                hit_typed += 1
                by_type[gold[gi]["type"]][2] += 1
        for x in range(len(matched)):
            for y in range(x + 1, len(matched)):
                (g1, p1), (g2, p2) = matched[x], matched[y]
                same_gold = gold[g1]["entity"] == gold[g2]["entity"]
                same_pred = pred[p1]["cluster"] == pred[p2]["cluster"]
                pairs_gold += same_gold
                pairs_pred += same_pred
                pairs_both += same_gold and same_pred
                t1 = text[gold[g1]["start"] : gold[g1]["end"]]
                t2 = text[gold[g2]["start"] : gold[g2]["end"]]
                if same_gold and t1 != t2:
                    varied_gold += 1
                    varied_both += same_pred
    def prf(hits: int, pred: int, gold: int) -> str:
        p = hits / pred if pred else 0.0
        r = hits / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
    print(f"\nGUM news ({len(files)} articles): {n_gold} gold proper-name mentions (person, organization, place), {n_pred} predicted")
    print(f"  spans (any type):  {prf(hit_span, n_pred, n_gold)}")
    print(f"  spans and type:    {prf(hit_typed, n_pred, n_gold)}")
    for t, (g, p, h) in by_type.items():
        print(f"    {t:<13}    {prf(h, p, g)}")
    mp = pairs_both / pairs_pred if pairs_pred else 0.0
    mr = pairs_both / pairs_gold if pairs_gold else 0.0
    vr = varied_both / varied_gold if varied_gold else 0.0
    print(f"  merging, pairwise over matched mentions: precision {mp:.3f}  recall {mr:.3f}")
    print(f"  pairs written differently but one entity, merged: {vr:.3f} ({varied_both}/{varied_gold})")
    return {
        "span_recall": hit_span / n_gold if n_gold else 0.0,
        "span_precision": hit_span / n_pred if n_pred else 0.0,
        "typed_recall": hit_typed / n_gold if n_gold else 0.0,
        "typed_precision": hit_typed / n_pred if n_pred else 0.0,
        "merge_precision": mp,
        "merge_recall": mr,
        "varied_merged": vr,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--polnear-split", default="dev,train", help="comma-separated PolNeAR splits")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, help="write the numbers to this file")
    parser.add_argument("--peer", choices=["spacy"], help="score a peer instead of newsextract (bench/peers.py)")
    parser.add_argument("--spacy-model", default="en_core_web_sm", help="the spaCy pipeline for --peer spacy")
    args = parser.parse_args()
    if not args.shared.exists():
        print(f"{args.shared} not found: the gold sets live in ../shared; nothing to measure")
        return 0
    extract: Extract = nx.extract
    if args.peer == "spacy":
        from peers import load_spacy, spacy_article

        nlp = load_spacy(args.spacy_model)
        if nlp is None:
            return 0
        print(f"peer: spaCy {args.spacy_model} names, textacy direct_quotations")

        def peer_extract(text: str, published: object = None) -> dict:
            return spacy_article(nlp, text)

        extract = peer_extract

    results = {
        "seed": seed(extract, args.shared),
        **{
            "polnear" if split == "dev" else f"polnear_{split}": polnear(extract, args.shared, split, args.limit)
            for split in args.polnear_split.split(",")
        },
        "gum": gum(extract, args.shared),
        "events_news": news_events(extract),
    }
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
