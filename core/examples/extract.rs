//! Prints the extraction of a text file as JSON: `cargo run --example extract -- FILE [YYYY-MM-DD]`.

use newsextract_core::{Date, Extractor, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: extract FILE [PUBLISHED]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let published = args.next().map(|d| {
        Date::parse(&d).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(2);
        })
    });
    let article = Extractor::default().extract(&text, &Options { published });
    println!(
        "{}",
        serde_json::to_string_pretty(&article).unwrap_or_default()
    );
}
