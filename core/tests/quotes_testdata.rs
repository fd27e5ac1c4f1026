//! Runs the shared quote cases of `testdata/quotes.json` (also run by pytest).

use std::collections::HashMap;

use newsextract_core::{Extractor, Options, Quote};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/quotes.json");
    let text = std::fs::read_to_string(path).expect("testdata/quotes.json");
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    doc["cases"].as_array().expect("cases").clone()
}

fn check(case: &Value, extractor: &Extractor) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or("?");
    let text = case["text"].as_str().expect("text");
    let article = extractor.extract(text, &Options::default());
    let mut errors = Vec::new();
    let mut labels: HashMap<String, usize> = HashMap::new();
    let mut utterances: HashMap<usize, String> = HashMap::new();
    let expected = case["quotes"].as_array().expect("quotes");
    for want in expected {
        let want_text = want["text"].as_str().expect("quote text");
        let Some(got) = article.quotes.iter().find(|q| q.text == want_text) else {
            let found: Vec<&str> = article.quotes.iter().map(|q| q.text.as_str()).collect();
            errors.push(format!(
                "{name}: missing quote {want_text:?}; found {found:?}"
            ));
            continue;
        };
        compare(name, got, want, &mut errors);
        if let Some(label) = want["utterance"].as_str() {
            if let Some(&u) = labels.get(label) {
                if u != got.utterance {
                    errors.push(format!(
                        "{name}: {want_text:?} should share utterance {label}"
                    ));
                }
            } else {
                if let Some(other) = utterances.get(&got.utterance) {
                    errors.push(format!(
                        "{name}: {want_text:?} shares an utterance with label {other}"
                    ));
                }
                labels.insert(label.to_string(), got.utterance);
                utterances.insert(got.utterance, label.to_string());
            }
        }
    }
    if case["exhaustive"].as_bool() == Some(true) && article.quotes.len() != expected.len() {
        let found: Vec<&str> = article.quotes.iter().map(|q| q.text.as_str()).collect();
        errors.push(format!(
            "{name}: expected {} quotes, found {found:?}",
            expected.len()
        ));
    }
    for absent in case["absent"].as_array().into_iter().flatten() {
        let absent = absent.as_str().unwrap_or("");
        if article.quotes.iter().any(|q| q.text.contains(absent)) {
            errors.push(format!("{name}: {absent:?} must not be a quote"));
        }
    }
    errors
}

fn compare(name: &str, got: &Quote, want: &Value, errors: &mut Vec<String>) {
    let t = &got.text;
    if let Some(speaker) = want.get("speaker") {
        let want_speaker = speaker.as_str();
        if got.speaker.as_deref() != want_speaker {
            errors.push(format!(
                "{name}: {t:?}: speaker {:?}, expected {want_speaker:?}",
                got.speaker
            ));
        }
    }
    if let Some(kind) = want["kind"].as_str() {
        if got.kind.as_str() != kind {
            errors.push(format!(
                "{name}: {t:?}: kind {}, expected {kind}",
                got.kind.as_str()
            ));
        }
    }
    if let Some(cue) = want["cue"].as_str() {
        if got.cue.as_ref().map(|c| c.text.as_str()) != Some(cue) {
            errors.push(format!(
                "{name}: {t:?}: cue {:?}, expected {cue:?}",
                got.cue.as_ref().map(|c| &c.text)
            ));
        }
    }
    if let Some(mention) = want["speaker_mention"].as_str() {
        if got.speaker_mention.as_ref().map(|c| c.text.as_str()) != Some(mention) {
            errors.push(format!(
                "{name}: {t:?}: speaker mention {:?}, expected {mention:?}",
                got.speaker_mention.as_ref().map(|c| &c.text)
            ));
        }
    }
}

#[test]
fn quote_cases() {
    let extractor = Extractor::default();
    let errors: Vec<String> = cases().iter().flat_map(|c| check(c, &extractor)).collect();
    assert!(
        errors.is_empty(),
        "{} failures:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
