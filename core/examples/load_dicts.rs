//! Times loading dictionary files: `cargo run --release --example load_dicts -- DIR`
//! (DIR holding CAMEO.091003.master.verbs under tabari/ and the Phoenix files under petrarch/).

use std::path::Path;
use std::time::Instant;

use newsextract_core::events::DictSources;
use newsextract_core::lexicon::LexiconBuilder;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/events".into());
    let d = Path::new(&dir);
    let read = |p: &str| {
        let path = d.join(p);
        let bytes = std::fs::read(&path).unwrap_or_default();
        (
            path.display().to_string(),
            bytes.iter().map(|&b| b as char).collect::<String>(),
        )
    };
    let t = Instant::now();
    let sources = DictSources {
        verbs: vec![read("tabari/CAMEO.091003.master.verbs")],
        actors: ["Countries", "International", "MilNonState"]
            .iter()
            .map(|n| read(&format!("petrarch/Phoenix.{n}.actors.txt")))
            .collect(),
        agents: vec![read("petrarch/Phoenix.agents.txt")],
        discards: vec![read("petrarch/Phoenix.discards.txt")],
        options: Vec::new(),
    };
    let mut b = LexiconBuilder::default();
    match b.add_dictionary_files(sources).and_then(|()| b.build()) {
        Ok(lex) => {
            let r = lex.events().report();
            println!("loaded in {:.3} s: {} verbs, {} patterns, {} actors ({} phrases), {} agents, {} discards, {} lexicon entries; skipped {:?}", t.elapsed().as_secs_f64(), r.verbs, r.patterns, r.actors, r.actor_phrases, r.agents, r.discards, lex.entries().len(), r.skipped.entries);
        }
        Err(e) => println!("error: {e}"),
    }
}
