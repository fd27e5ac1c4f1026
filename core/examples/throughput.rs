//! Throughput of the core alone, for `bench/speed.py` (build with `--release`):
//!
//! ```text
//! cargo run --release -p newsextract-core --example throughput -- [--repeat N] [--threads T] [--dicts DIR] PATH...
//! ```
//!
//! With `--dicts DIR` the lexicon is the default one plus the field's full dictionaries: DIR holds
//! `tabari/CAMEO.091003.master.verbs` and the Phoenix actor, agent and discard files under
//! `petrarch/` (../shared/data/events).
//!
//! A PATH is a `.jsonl` file (one article per line, its `text` field), a directory (every `.txt`
//! file in it, one article each) or any other file (one article). Prints one JSON object: bytes,
//! characters, documents, sentences, best time over the repeats (on one thread the articles'
//! extraction times summed, each article dropped after its clock has stopped; on several the
//! pass's wall time), MB/s, docs/s, sentences/s, the lexicon's build time and the peak resident
//! set size. With `--dump`, prints each article's extraction as one JSON line instead.

use std::path::Path;
use std::time::Instant;

use newsextract_core::events::DictSources;
use newsextract_core::text::Document;
use newsextract_core::{Error, Extractor, Lexicon, Options};

/// The allocator of the Python extension (the binding crate's `src/allocator.rs`), so that the
/// core is timed as it runs there.
#[path = "../../src/allocator.rs"]
mod allocator;
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

/// The default lexicon plus the full CAMEO verbs and the Phoenix actors, agents and discards.
fn full_dictionaries(dir: &Path) -> Result<Lexicon, Error> {
    let p = |name: &str| dir.join(name);
    let actors: Vec<_> = ["Countries", "International", "MilNonState"]
        .iter()
        .map(|n| p(&format!("petrarch/Phoenix.{n}.actors.txt")))
        .collect();
    let sources = DictSources::from_paths(
        &[p("tabari/CAMEO.091003.master.verbs")],
        &actors,
        &[p("petrarch/Phoenix.agents.txt")],
        &[p("petrarch/Phoenix.discards.txt")],
        &[],
    )?;
    let mut builder = Lexicon::builder_with_defaults()?;
    builder.add_dictionary_files(sources)?;
    builder.build()
}

fn load(path: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        for p in names {
            if p.extension().is_some_and(|e| e == "txt") {
                out.push(std::fs::read_to_string(&p)?);
            }
        }
    } else if path.extension().is_some_and(|e| e == "jsonl") {
        for line in std::fs::read_to_string(path)?.lines() {
            let value: serde_json::Value =
                serde_json::from_str(line).map_err(std::io::Error::other)?;
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                out.push(text.to_string());
            }
        }
    } else {
        out.push(std::fs::read_to_string(path)?);
    }
    Ok(())
}

/// Peak resident set size of this process in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn main() {
    let mut repeat = 3usize;
    let mut threads = 1usize;
    let mut dump = false;
    let mut paths = Vec::new();
    let mut dicts: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().and_then(|v| v.parse().ok()).unwrap_or(repeat),
            "--dump" => dump = true,
            "--dicts" => dicts = args.next(),
            "--threads" => {
                threads = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(threads)
                    .max(1)
            }
            _ => paths.push(a),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: throughput [--repeat N] [--threads T] [--dicts DIR] PATH...");
        std::process::exit(2);
    }
    let rss_start = peak_rss();
    let t = Instant::now();
    let lexicon: std::sync::Arc<Lexicon> = match &dicts {
        None => Lexicon::default_shared(),
        Some(dir) => match full_dictionaries(Path::new(dir)) {
            Ok(l) => std::sync::Arc::new(l),
            Err(e) => {
                eprintln!("{dir}: {e}");
                std::process::exit(1);
            }
        },
    };
    let load_seconds = t.elapsed().as_secs_f64();
    let rss_lexicon = peak_rss();
    let mut texts = Vec::new();
    for p in &paths {
        if let Err(e) = load(Path::new(p), &mut texts) {
            eprintln!("{p}: {e}");
            std::process::exit(1);
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    let sentences: usize = texts.iter().map(|t| Document::new(t).sentences.len()).sum();
    let rss_texts = peak_rss();
    let extractor = Extractor::new(lexicon);
    let options = Options::default();
    if dump {
        // one JSON line per article, to compare two builds' output
        for text in &texts {
            println!(
                "{}",
                serde_json::to_string(&extractor.extract(text, &options)).unwrap_or_default()
            );
        }
        return;
    }
    // On one thread only extraction is timed: each article is dropped after its clock has
    // stopped (in `extract_batch` the thread that builds the dicts frees the articles). On
    // several threads the wall time of the whole pass is taken, drops included.
    let mut best = f64::INFINITY;
    for _ in 0..repeat.max(1) {
        let seconds = if threads == 1 {
            let mut seconds = 0.0;
            for text in &texts {
                let t = Instant::now();
                let article = extractor.extract(text, &options);
                seconds += t.elapsed().as_secs_f64();
                drop(std::hint::black_box(article));
            }
            seconds
        } else {
            let t = Instant::now();
            let next = std::sync::atomic::AtomicUsize::new(0);
            std::thread::scope(|s| {
                for _ in 0..threads {
                    let extractor = extractor.clone();
                    let (next, texts, options) = (&next, &texts, &options);
                    s.spawn(move || loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break };
                        std::hint::black_box(extractor.extract(text, options));
                    });
                }
            });
            t.elapsed().as_secs_f64()
        };
        best = best.min(seconds);
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{{\"threads\": {threads}, \"bytes\": {bytes}, \"chars\": {chars}, \"docs\": {}, \"sentences\": {sentences}, \"seconds\": {best:.6}, \
         \"mb_per_s\": {:.3}, \"docs_per_s\": {:.1}, \"sentences_per_s\": {:.1}, \"lexicon_load_s\": {load_seconds:.6}, \
         \"rss_start\": {rss_start}, \"rss_after_lexicon\": {rss_lexicon}, \"rss_after_texts\": {rss_texts}, \"rss_peak\": {}}}",
        texts.len(),
        mb / best,
        texts.len() as f64 / best,
        sentences as f64 / best,
        peak_rss()
    );
}
