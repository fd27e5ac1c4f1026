//! Criterion benchmarks of the core alone: `cargo bench -p newsextract-core`.
//!
//! - `document/example` and `extract/example`: tokenizing and full extraction (quotes, actors,
//!   events, places) of the bundled example article, `examples/article.txt`;
//! - `extract/wikinews`: full extraction of the Wikinews benchmark corpus
//!   (`../shared/data/corpus/wikinews_en.jsonl`, 332 articles), one pass an iteration; skipped with a
//!   message where `../shared` is absent;
//! - `lexicon/default`: building the embedded default lexicon.
//!
//! Throughput is reported in input bytes. `bench/speed.py` gives the corpus-wide numbers (threads,
//! peak RSS, the full dictionaries) from `core/examples/throughput.rs`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsextract_core::lexicon::LexiconBuilder;
use newsextract_core::text::Document;
use newsextract_core::{Extractor, Lexicon, Options};

const EXAMPLE: &str = include_str!("../../examples/article.txt");

fn wikinews() -> Option<Vec<String>> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/corpus/wikinews_en.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!(
            "extract/wikinews skipped: {} not found (the corpus lives in ../shared)",
            path.display()
        );
        return None;
    };
    let texts = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    Some(texts)
}

fn example(c: &mut Criterion) {
    let extractor = Extractor::default();
    let options = Options::default();
    let mut group = c.benchmark_group("example");
    group.throughput(Throughput::Bytes(EXAMPLE.len() as u64));
    group.bench_function("document", |b| {
        b.iter(|| Document::new(black_box(EXAMPLE)).tokens.len())
    });
    group.bench_function("extract", |b| {
        b.iter(|| extractor.extract(black_box(EXAMPLE), &options))
    });
    group.finish();
}

fn corpus(c: &mut Criterion) {
    let Some(texts) = wikinews() else { return };
    let extractor = Extractor::default();
    let options = Options::default();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("extract/wikinews", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(extractor.extract(text, &options));
            }
        })
    });
    group.finish();
}

fn lexicon(c: &mut Criterion) {
    let mut group = c.benchmark_group("lexicon");
    group.sample_size(10);
    group.bench_function("default", |b| {
        b.iter(|| {
            Lexicon::builder_with_defaults()
                .and_then(LexiconBuilder::build)
                .map(|l| l.entries().len())
        })
    });
    group.finish();
}

criterion_group!(benches, example, corpus, lexicon);
criterion_main!(benches);
