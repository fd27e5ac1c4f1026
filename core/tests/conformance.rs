//! The field's validation suites as a regression floor: records coded exactly may only go up.
//! Reads ../shared/data/events (skipped with a message where it is absent).

use std::path::Path;

use newsextract_core::events::conformance::{run_petrarch, run_tabari, SuiteReport};

/// Exact records when this floor was last raised (of 426 and 284).
const TABARI_EXACT_FLOOR: usize = 418;
const PETRARCH_EXACT_FLOOR: usize = 257;

fn suite(rel: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data/events")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found", p.display());
        None
    }
}

fn check(r: &SuiteReport, records: usize, floor: usize) {
    assert_eq!(r.records, records);
    assert!(
        r.exact >= floor,
        "exact records fell to {} (floor {floor}); failures by category: {:?}",
        r.exact,
        r.by_category()
    );
    assert!(r.events_matched <= r.events_expected);
}

#[test]
fn tabari_validation_suite_floor() {
    let Some(p) = suite("tabari/Validate.project") else {
        return;
    };
    let r = run_tabari(&p).expect("TABARI suite");
    check(&r, 426, TABARI_EXACT_FLOOR);
}

#[test]
fn petrarch_unit_tests_floor() {
    let Some(p) = suite("petrarch/PETR.UnitTest.records.xml") else {
        return;
    };
    let r = run_petrarch(&p).expect("PETRARCH records");
    check(&r, 284, PETRARCH_EXACT_FLOOR);
}
