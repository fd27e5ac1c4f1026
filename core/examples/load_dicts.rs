//! Times loading dictionary files: `cargo run --release --example load_dicts -- DIR`
//! (DIR holding CAMEO.091003.master.verbs under tabari/ and the Phoenix files under petrarch/),
//! from reading the files to a compiled lexicon, then codes two names with it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use newsextract_core::events::DictSources;
use newsextract_core::{Date, Extractor, Lexicon, Options};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/data/events".into()),
    );
    let p = |name: &str| dir.join(name);
    let actors: Vec<PathBuf> = ["Countries", "International", "MilNonState"]
        .iter()
        .map(|n| p(&format!("petrarch/Phoenix.{n}.actors.txt")))
        .collect();
    let t = Instant::now();
    let lexicon = DictSources::from_paths(
        &[p("tabari/CAMEO.091003.master.verbs")],
        &actors,
        &[p("petrarch/Phoenix.agents.txt")],
        &[p("petrarch/Phoenix.discards.txt")],
        &[],
    )
    .and_then(|sources| {
        let mut b = Lexicon::builder_with_defaults()?;
        b.add_dictionary_files(sources)?;
        b.build()
    });
    let elapsed = t.elapsed().as_secs_f64();
    let lex = match lexicon {
        Ok(l) => Arc::new(l),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let r = lex.events().report();
    println!(
        "loaded in {elapsed:.3} s: {} verbs, {} patterns, {} actors ({} phrases), {} agents, {} discards, {} lexicon entries",
        r.verbs,
        r.patterns,
        r.actors,
        r.actor_phrases,
        r.agents,
        r.discards,
        lex.entries().len()
    );
    for (reason, n) in &r.skipped.entries {
        let at = r
            .skipped
            .first
            .iter()
            .find(|(r, _, _)| r == reason)
            .map(|(_, f, l)| format!(" (first: {f}:{l})"))
            .unwrap_or_default();
        println!("skipped {n}: {reason}{at}");
    }
    let published = Date::parse("2016-12-05").ok();
    let article = Extractor::new(lex).extract(
        "Sergei Lavrov met Barack Obama in Geneva.",
        &Options { published },
    );
    for a in &article.actors {
        println!("{}: {:?}", a.name, a.code);
    }
}
