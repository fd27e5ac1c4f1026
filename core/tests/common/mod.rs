//! Shared by the integration tests: the reference article of ../shared/seed.

use serde_json::Value;

/// The seed article and its gold annotation; `None` (with a message) where ../shared is absent.
pub fn seed() -> Option<(String, Value)> {
    let base = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seed");
    let text = std::fs::read_to_string(format!("{base}/aleppo.txt")).ok();
    let gold = std::fs::read_to_string(format!("{base}/aleppo.gold.json")).ok();
    match (text, gold) {
        (Some(t), Some(g)) => Some((t, serde_json::from_str(&g).expect("gold JSON"))),
        _ => {
            eprintln!("skipped: ../shared/seed not found at {base}");
            None
        }
    }
}
