//! The reference article of ../shared/seed (skipped with a message where it is absent).

use newsextract_core::{Date, Extractor, Options};

mod common;
use common::seed;

#[test]
fn seed_quotes_spans_speakers_and_utterances() {
    let Some((text, gold)) = seed() else { return };
    let published = Date::parse(gold["published"].as_str().expect("published")).ok();
    let article = Extractor::default().extract(&text, &Options { published });
    let want = gold["quotes"].as_array().expect("quotes");
    assert_eq!(article.quotes.len(), want.len());
    let mut utterances = std::collections::HashMap::new();
    for (q, g) in article.quotes.iter().zip(want) {
        assert_eq!(q.start as u64, g["start"].as_u64().expect("start"));
        assert_eq!(q.end as u64, g["end"].as_u64().expect("end"));
        assert_eq!(q.text, g["text"].as_str().expect("text"));
        assert_eq!(q.speaker.as_deref(), g["speaker"].as_str(), "{}", q.text);
        let u = g["utterance"].as_u64().expect("utterance");
        assert_eq!(
            *utterances.entry(u).or_insert(q.utterance),
            q.utterance,
            "{}",
            q.text
        );
    }
    assert_eq!(utterances.len(), 5);
}
