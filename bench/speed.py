"""Throughput of newsextract on the benchmark corpus, and linear time on adversarial inputs.

    python bench/speed.py [--repeat N] [--scale K] [--adversarial] [--no-core] [--spacy-model NAME]

Corpus: ../shared/data/corpus/wikinews_en.jsonl plus the PolNeAR texts (train and dev), repeated
K times. Prints MB/s, docs/s and sentences/s for the core alone (the release-mode example
core/examples/throughput.rs, built by cargo), `nx.extract` in a loop, and `extract_batch` on one
thread and on all cores; peak RSS; lexicon load time. Runs spaCy's small English pipeline (and
textacy's quotation extractor) on the same texts when they are installed. With --adversarial,
times inputs of growing size (quotation marks, capitalised words, an unpunctuated sentence,
deep nesting, control characters, a 100 MB article) and prints the time ratio per doubling:
about 2 means linear. Exits with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def corpus_paths() -> list[str]:
    """The corpus as the core benchmark reads it: the Wikinews JSONL and the PolNeAR text folders."""
    return [str(SHARED / "corpus" / "wikinews_en.jsonl")] + [str(SHARED / "quotes" / "polnear" / s / "text") for s in ("train", "dev")]


def load_corpus() -> list[str]:
    texts = []
    with open(SHARED / "corpus" / "wikinews_en.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    for split in ("train", "dev"):
        d = SHARED / "quotes" / "polnear" / split / "text"
        texts += [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))]
    return texts


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(repeat: int, f) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


def line(name: str, seconds: float, nbytes: int, docs: int, sentences: int | None) -> None:
    s = f"  {name:<34} {nbytes / 1e6 / seconds:8.2f} MB/s {docs / seconds:10.1f} docs/s"
    if sentences:
        s += f" {sentences / seconds:11.0f} sentences/s"
    print(s + f"   ({seconds:.3f} s)")


EVENTS = SHARED / "events"


def full_dictionaries() -> dict[str, list[Path]]:
    """The field's full dictionaries: the CAMEO master verbs and the Phoenix actors, agents and discards."""
    phoenix = EVENTS / "petrarch"
    return {
        "verbs": [EVENTS / "tabari" / "CAMEO.091003.master.verbs"],
        "actors": [phoenix / f"Phoenix.{n}.actors.txt" for n in ("Countries", "International", "MilNonState")],
        "agents": [phoenix / "Phoenix.agents.txt"],
        "discards": [phoenix / "Phoenix.discards.txt"],
    }


def core_bench(paths: list[str], repeat: int, threads: int, dicts: bool = False) -> dict | None:
    cmd = ["cargo", "run", "-q", "--release", "-p", "newsextract-core", "--example", "throughput", "--"]
    if dicts:
        cmd += ["--dicts", str(EVENTS)]
    try:
        out = subprocess.run(
            cmd + ["--repeat", str(repeat), "--threads", str(threads), *paths],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"  core: skipped ({e})")
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def peers(texts: list[str], nbytes: int, ours: float, model: str) -> None:
    from peers import load_spacy

    nlp = load_spacy(model)
    if nlp is None:
        return
    sample = texts[: max(1, len(texts) // 10)]
    sb = sum(len(t.encode()) for t in sample)
    t = time.perf_counter()
    docs = list(nlp.pipe(sample))
    sec = time.perf_counter() - t
    line(f"spaCy {model} (10% sample)", sec, sb, len(sample), None)
    print(f"  newsextract / spaCy: {ours / (sb / 1e6 / sec):.0f}x")
    try:
        from textacy.extract import triples
    except ImportError as e:
        print(f"  textacy: skipped ({e})")
        return
    failed = 0
    t = time.perf_counter()
    for d in docs:
        try:
            list(triples.direct_quotations(d))
        except ValueError:  # it gives up on a document with an unbalanced quotation mark
            failed += 1
    sec2 = time.perf_counter() - t
    line("textacy direct_quotations (on parsed)", sec2, sb, len(sample), None)
    print(f"  textacy gave up (no quotes at all) on {failed} of {len(docs)} documents: an unbalanced quotation mark")


ADVERSARIAL = {
    "quotation marks": lambda n: '"' * n,
    "curly marks, spaced": lambda n: "“ ” " * (n // 4),
    "capitalised words": lambda n: " ".join(("met" if i % 7 == 6 else ["Kerry", "John", "Smith", "Lavrov", "United"][i % 5]) for i in range(n // 6)),
    "sentence without punctuation": lambda n: " ".join(["the", "minister", "said", "he", "told", "that", "Kerry", "officials", "according", "to"][(i * 7 + i // 13) % 10] for i in range(n // 7)),
    "nested quotes": lambda n: ("“‘«„" * 1000 + "x" + "“’»“" * 1000 + " he said. ") * max(1, n // 16000),
    "short quotes after a long sentence": lambda n: "the officials " * (n // 28) + ". " + "“a b” " * (n // 14),
    "controls, NULs, scripts": lambda n: ("\0\x01a “ش😀\n” b \u202e" * (n // 14)),
    "news paragraphs": lambda n: ("“We will not leave,” Foreign Minister Sergei Lavrov said on Monday. He added that Russia "
                                  "would stay. John Kerry told reporters: “It is fragile.”\n\n") * (n // 170),
}


def adversarial(sizes: list[int], limit: float) -> None:
    import newsextract as nx

    print(f"\nAdversarial inputs (seconds at {', '.join(f'{s / 1e6:g} MB' for s in sizes)}; ratio per doubling, 2 = linear)")
    for name, make in ADVERSARIAL.items():
        times = []
        for n in sizes:
            text = make(n)
            t = time.perf_counter()
            nx.extract(text)
            sec = time.perf_counter() - t
            times.append(sec)
            if sec > limit:
                break
        ratios = [b / a if a > 0 else float("nan") for a, b in zip(times, times[1:])]
        flag = "  SUPERLINEAR" if any(r > 3 for r in ratios) else ""
        print(f"  {name:<36} " + " ".join(f"{t:8.3f}" for t in times) + "   ratios " + " ".join(f"{r:.1f}" for r in ratios) + flag)


def full(args: argparse.Namespace, texts: list[str], nbytes: int, sentences: int | None) -> None:
    """The same corpus with the full CAMEO verbs and all Phoenix actor, agent and discard files."""
    files = full_dictionaries()
    if not all(p.exists() for ps in files.values() for p in ps):
        print(f"full dictionaries: skipped ({EVENTS} not found)")
        return
    import newsextract as nx

    print("with the full CAMEO verbs + Phoenix actors, agents and discards:")
    t = time.perf_counter()
    lexicon = nx.Lexicon.from_files(**files)
    print(f"  nx.Lexicon.from_files: {time.perf_counter() - t:.3f} s, {len(lexicon)} entries; RSS now {rss_mb():.0f} MB")
    if not args.no_core:
        paths = corpus_paths()
        one = core_bench(paths, args.repeat, 1, dicts=True)
        if one:
            line("core, 1 thread", one["seconds"], one["bytes"], one["docs"], one["sentences"])
            print(f"  core: dictionaries loaded in {one['lexicon_load_s']:.3f} s; RSS {one['rss_after_lexicon'] / 2**20:.1f} MB "
                  f"with the lexicon, peak {one['rss_peak'] / 2**20:.1f} MB")
    b1 = best_of(args.repeat, lambda: nx.extract_batch(texts, threads=1, lexicon=lexicon))
    line("nx.extract_batch threads=1", b1, nbytes, len(texts), sentences)
    bn = best_of(args.repeat, lambda: nx.extract_batch(texts, lexicon=lexicon))
    line(f"nx.extract_batch threads={os.cpu_count()}", bn, nbytes, len(texts), sentences)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=int, default=1, help="repeat the corpus this many times")
    ap.add_argument("--adversarial", action="store_true")
    ap.add_argument("--big", action="store_true", help="with --adversarial, also a 100 MB news article")
    ap.add_argument("--no-core", action="store_true", help="skip the cargo-built core benchmark")
    ap.add_argument("--spacy-model", default="en_core_web_sm", help="the spaCy pipeline run as the peer (bench/peers.py)")
    args = ap.parse_args()
    if not (SHARED / "corpus" / "wikinews_en.jsonl").exists():
        print(f"bench/speed.py: {SHARED} not found; the benchmark corpus lives in ../shared. Skipping.")
        return
    rss0 = rss_mb()
    t = time.perf_counter()
    import newsextract as nx

    nx.Lexicon.default()
    load = time.perf_counter() - t
    rss_lex = rss_mb()
    texts = load_corpus() * args.scale
    nbytes = sum(len(t.encode()) for t in texts)
    print(f"corpus: {len(texts)} docs, {nbytes / 1e6:.1f} MB (x{args.scale}); {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    print(f"import + default lexicon: {load:.3f} s; RSS {rss0:.0f} MB before, {rss_lex:.0f} MB after")
    if not args.no_core:
        paths = corpus_paths()
        one = core_bench(paths, args.repeat, 1)
        if one:
            sentences = one["sentences"]
            line("core, 1 thread", one["seconds"], one["bytes"], one["docs"], sentences)
            print(f"  core: lexicon build {one['lexicon_load_s']:.3f} s; RSS {one['rss_after_lexicon'] / 2**20:.1f} MB with the lexicon, "
                  f"{one['rss_after_texts'] / 2**20:.1f} MB with the texts, peak {one['rss_peak'] / 2**20:.1f} MB")
            cores = os.cpu_count() or 1
            if cores > 1:
                many = core_bench(paths, args.repeat, cores)
                if many:
                    line(f"core, {cores} threads", many["seconds"], many["bytes"], many["docs"], sentences)
                    print(f"  core speed-up on {cores} threads: {one['seconds'] / many['seconds']:.2f}x")
    else:
        one = None
    sentences = one["sentences"] * args.scale if one else None
    loop = best_of(args.repeat, lambda: [nx.extract(t) for t in texts])
    line("nx.extract loop", loop, nbytes, len(texts), sentences)
    b1 = best_of(args.repeat, lambda: nx.extract_batch(texts, threads=1))
    line("nx.extract_batch threads=1", b1, nbytes, len(texts), sentences)
    bn = best_of(args.repeat, lambda: nx.extract_batch(texts))
    line(f"nx.extract_batch threads={os.cpu_count()}", bn, nbytes, len(texts), sentences)
    print(f"  batch speed-up on all cores: {b1 / bn:.2f}x")
    if one:
        print(f"  Python loop / core: {loop / (one['seconds'] * args.scale):.2f}x the core's time")
    print(f"  peak RSS of this process: {rss_mb():.0f} MB")
    full(args, texts, nbytes, sentences)
    peers(texts, nbytes, nbytes / 1e6 / loop, args.spacy_model)
    if args.adversarial:
        adversarial([250_000, 500_000, 1_000_000, 2_000_000], limit=20.0)
        if args.big:
            text = ADVERSARIAL["news paragraphs"](100_000_000)
            t = time.perf_counter()
            nx.extract(text)
            sec = time.perf_counter() - t
            print(f"  100 MB news article: {sec:.1f} s ({len(text) / 1e6 / sec:.1f} MB/s); peak RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
