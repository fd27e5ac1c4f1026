//! Codes a validation suite and prints the result as JSON:
//! `cargo run --release --example conformance -- tabari PATH/Validate.project [--failures]`
//! or `... -- petrarch PATH/PETR.UnitTest.records.xml`.

use std::path::Path;

use newsextract_core::events::conformance::{run_petrarch, run_tabari};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(kind), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: conformance tabari|petrarch PATH [--failures]");
        std::process::exit(2);
    };
    let result = match kind.as_str() {
        "tabari" => run_tabari(Path::new(path)),
        "petrarch" => run_petrarch(Path::new(path)),
        _ => {
            eprintln!("unknown suite {kind:?}");
            std::process::exit(2);
        }
    };
    let r = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    if args.iter().any(|a| a == "--failures") {
        for (id, exp, got) in &r.failures {
            println!("FAIL {id}: expected [{exp}] got [{got}]");
        }
    }
    let cats: Vec<String> = r
        .by_category()
        .iter()
        .map(|(c, n)| format!("\"{c}\": {n}"))
        .collect();
    println!(
        "{{\"records\": {}, \"exact\": {}, \"events_expected\": {}, \"events_matched\": {}, \"events_extra\": {}, \"failures_by_category\": {{{}}}}}",
        r.records, r.exact, r.events_expected, r.events_matched, r.events_extra, cats.join(", ")
    );
}
