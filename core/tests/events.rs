//! Events: the shared cases of testdata/events.json, the seed article's gold events (skipped with
//! a message where ../shared is absent), and the dictionary readers' errors and counted skips.

use newsextract_core::events::DictSources;
use newsextract_core::lexicon::LexiconBuilder;
use newsextract_core::{Date, Event, Extractor, Lexicon, Options};
use serde_json::Value;

mod common;
use common::seed;

fn testdata(name: &str) -> Value {
    let path = format!("{}/../testdata/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The events coded in `text`, each as `SOURCE/TARGET/CODE`.
fn coded(extractor: &Extractor, text: &str, published: Option<Date>) -> Vec<String> {
    extractor
        .code_events(text, published, None)
        .into_iter()
        .map(|e| {
            format!(
                "{}/{}/{}",
                e.source_code.unwrap_or_default(),
                e.target_code.unwrap_or_default(),
                e.code
            )
        })
        .collect()
}

fn dictionaries() -> String {
    format!("{}/../testdata/dictionaries", env!("CARGO_MANIFEST_DIR"))
}

/// Whether coded event `e` matches expected event `want` (see testdata/events.json).
fn matches(e: &Event, want: &Value) -> bool {
    let prefix = |got: &Option<String>, key: &str| match want.get(key) {
        None => true,
        Some(Value::Null) => got.is_none(),
        Some(v) => got
            .as_deref()
            .is_some_and(|g| g.starts_with(v.as_str().unwrap_or("\u{0}"))),
    };
    let equal = |got: Option<&str>, key: &str| match want.get(key) {
        None => true,
        Some(Value::Null) => got.is_none(),
        Some(v) => got == v.as_str(),
    };
    e.code.starts_with(want["code"].as_str().unwrap_or("\u{0}"))
        && prefix(&e.source_code, "source")
        && prefix(&e.target_code, "target")
        && equal(Some(&e.trigger.text), "trigger")
        && equal(e.date.as_deref(), "date")
        && equal(e.location.as_deref(), "location")
        && want
            .get("negated")
            .is_none_or(|n| n.as_bool() == Some(e.negated))
}

fn show(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {}/{} {:?} {:?} neg={} loc={:?}",
                e.code,
                e.source_code.as_deref().unwrap_or("-"),
                e.target_code.as_deref().unwrap_or("-"),
                e.trigger.text,
                e.date,
                e.negated,
                e.location
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn testdata_events() {
    let data = testdata("events.json");
    let extractor = Extractor::default();
    let mut failures = Vec::new();
    for case in data["cases"].as_array().expect("cases") {
        let text = case["text"].as_str().expect("text");
        let published = case["published"].as_str().and_then(|d| Date::parse(d).ok());
        let events = extractor.extract(text, &Options { published }).events;
        let want = case["events"].as_array().expect("events");
        let mut used = vec![false; events.len()];
        for w in want {
            match (0..events.len()).find(|&i| !used[i] && matches(&events[i], w)) {
                Some(i) => used[i] = true,
                None => failures.push(format!("{text}\n  missing {w}\n  got {}", show(&events))),
            }
        }
        if case["only"].as_bool() == Some(true) && events.len() != want.len() {
            failures.push(format!(
                "{text}\n  expected {} events, got {}",
                want.len(),
                show(&events)
            ));
        }
        // every event points at the text it names
        for e in &events {
            let chars: String = text
                .chars()
                .skip(e.trigger.start)
                .take(e.trigger.end - e.trigger.start)
                .collect();
            assert_eq!(chars, e.trigger.text);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The invented articles of testdata/events_news.json: the coded events scored one to one against
/// the events an analyst codes (root code, source and target codes by prefix), as
/// bench/accuracy.py prints them; precision and recall must hold their measured level.
#[test]
fn news_articles_precision_and_recall() {
    let data = testdata("events_news.json");
    let extractor = Extractor::default();
    let (mut coded, mut gold, mut hit) = (0, 0, 0);
    for article in data["articles"].as_array().expect("articles") {
        let text = article["text"].as_str().expect("text");
        let published = article["published"]
            .as_str()
            .and_then(|d| Date::parse(d).ok());
        let events = extractor.extract(text, &Options { published }).events;
        let want = article["events"].as_array().expect("events");
        let mut used = vec![false; events.len()];
        for w in want {
            if let Some(i) = (0..events.len()).find(|&i| !used[i] && matches(&events[i], w)) {
                used[i] = true;
                hit += 1;
            }
        }
        coded += events.len();
        gold += want.len();
    }
    let (precision, recall) = (hit as f64 / coded as f64, hit as f64 / gold as f64);
    assert!(
        precision >= PRECISION_FLOOR && recall >= RECALL_FLOOR,
        "precision {precision:.3} ({hit}/{coded}), recall {recall:.3} ({hit}/{gold})"
    );
}

/// The invented articles' measured precision and recall (see bench/README.md).
const PRECISION_FLOOR: f64 = 0.85;
const RECALL_FLOOR: f64 = 0.79;

/// The 3-letter country prefix of an actor code, as the gold scores it.
fn prefix(code: &Option<String>) -> Option<&str> {
    code.as_deref().and_then(|c| c.get(..3))
}

#[test]
fn seed_gold_events_and_dates() {
    let Some((text, gold)) = seed() else { return };
    let published = Date::parse(gold["published"].as_str().expect("published")).ok();
    let events = Extractor::default()
        .extract(&text, &Options { published })
        .events;
    let mut used = vec![false; events.len()];
    for g in gold["events"].as_array().expect("events") {
        let roots: Vec<&str> = g["roots"]
            .as_array()
            .expect("roots")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let found = (0..events.len()).find(|&i| {
            let e = &events[i];
            !used[i]
                && roots.contains(&e.root.as_str())
                && prefix(&e.source_code) == g["source"].as_str()
                && (g["target"].is_null() || prefix(&e.target_code) == g["target"].as_str())
        });
        match found {
            Some(i) => used[i] = true,
            None => panic!("gold event not coded: {g}\ncoded: {}", show(&events)),
        }
    }
    // dates: the events of the sentences that name a day or a month carry it
    let date_of = |trigger: &str| {
        events
            .iter()
            .find(|e| e.trigger.text == trigger)
            .and_then(|e| e.date.clone())
    };
    let dates = &gold["dates"];
    assert_eq!(date_of("bombed").as_deref(), dates["in September"].as_str());
    assert!(events
        .iter()
        .filter_map(|e| e.date.as_deref())
        .any(|d| Some(d) == dates["Sunday"].as_str()));
    assert!(events
        .iter()
        .filter_map(|e| e.date.as_deref())
        .any(|d| Some(d) == dates["Monday"].as_str()));
}

fn load(sources: DictSources) -> Result<Lexicon, newsextract_core::Error> {
    let mut b = LexiconBuilder::default();
    b.add_dictionary_files(sources)?;
    b.build()
}

fn files(actors: &[&str], agents: &[&str], verbs: &[&str]) -> DictSources {
    let d = dictionaries();
    let p = |names: &[&str]| -> Vec<String> { names.iter().map(|n| format!("{d}/{n}")).collect() };
    DictSources::from_paths(&p(verbs), &p(actors), &p(agents), &[], &[]).expect("read")
}

#[test]
fn malformed_dictionaries_name_file_and_line() {
    for (file, line) in [
        ("bad_actor_bracket.actors", 4),
        ("bad_actor_nocode.actors", 3),
        ("bad_agent_tilde.agents", 2),
        ("bad_verb_nocode.verbs", 5),
        ("bad_verb_section.verbs", 3),
    ] {
        let sources = if file.ends_with(".actors") {
            files(&[file], &[], &[])
        } else if file.ends_with(".agents") {
            files(&[], &[file], &[])
        } else {
            files(&[], &[], &[file])
        };
        let err = load(sources).expect_err(file);
        assert!(err.is_lexicon(), "{file}: {err}");
        assert!(err.file().is_some_and(|f| f.ends_with(file)), "{err}");
        assert_eq!(err.line(), Some(line), "{err}");
    }
    let err = DictSources::from_paths(&["/nonexistent/x.verbs"], &[], &[], &[], &[])
        .expect_err("missing file");
    assert!(err.is_io());
}

/// The phrases of a key are tried by the word after it (see the event dictionary's index); a
/// tie between two phrases of the same length and kind still goes to the first one written,
/// whether its words must follow at once (`_`) or may stand apart (a blank).
#[test]
fn phrases_of_a_key_keep_their_order_and_gaps() {
    let text = |s: &str| vec![("t".to_string(), s.to_string())];
    let mut sources = DictSources::default();
    sources.verbs = text("PRAISED [041]\n");
    sources.actors = text(
        "FREEDONIA_ [FRD]\n\
             THE_SILVER_GUARD [SLV]\n\
             THE SILVER GUARD [SLW]\n\
             THE_COPPER_GUARD [COP]\n\
             THE COBALT GUARD [CBL]\n\
             THE COPPER GUARD [CPR]\n\
             THE_COPPERSMITHS [SMT]\n",
    );
    let extractor = Extractor::new(std::sync::Arc::new(load(sources).expect("load")));
    let code = |t: &str| coded(&extractor, t, None);
    // the same words, joined and apart: the first written
    assert_eq!(
        code("The Silver Guard praised Freedonia on Friday."),
        ["SLV/FRD/041"]
    );
    // joined, then apart: the first written again, though tried after the other
    assert_eq!(
        code("The Copper Guard praised Freedonia on Friday."),
        ["COP/FRD/041"]
    );
    // a second word that shares its first bytes with another phrase's
    assert_eq!(
        code("The coppersmiths praised Freedonia on Friday."),
        ["SMT/FRD/041"]
    );
    // words apart, with words between them
    assert_eq!(
        code("The loyal and brave Cobalt Guard praised Freedonia on Friday."),
        ["CBL/FRD/041"]
    );
}

#[test]
fn small_dictionaries_load_code_and_count_skips() {
    let lex = load(files(
        &["small.actors"],
        &["small.agents"],
        &["small.verbs"],
    ))
    .expect("load");
    let r = lex.events().report();
    assert_eq!(r.actors, 4);
    assert_eq!(r.agents, 2);
    // the actor with notes after its code is kept; the one named with a `*` is skipped
    let reasons: Vec<&str> = r.skipped.entries.iter().map(|(r, _)| r.as_str()).collect();
    assert!(
        reasons.contains(&"notes after an actor's code (ignored)"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"actor entries with stray characters"),
        "{reasons:?}"
    );
    assert!(reasons.contains(&"unreadable patterns"), "{reasons:?}");
    let extractor = Extractor::new(std::sync::Arc::new(lex));
    let on = |d: &str| Date::parse(d).ok();
    let code = |text: &str, date: &str| coded(&extractor, text, on(date));
    assert_eq!(
        code("Freedonia accused Sylvania of spying.", "2016-12-05"),
        ["FRD/SYL/112"]
    );
    // a date-restricted leader, an agent after a country
    assert_eq!(
        code("Rufus Firefly met Sylvanian soldiers.", "2012-06-01"),
        ["FRDGOV/SYLMIL/040"]
    );
    assert_eq!(
        code("Rufus Firefly met Sylvanian soldiers.", "2018-01-01"),
        ["FRDELI/SYLMIL/040"]
    );
    // the actors pass finds the file's actors with the code of the article's date
    let article = extractor.extract(
        "Rufus Firefly spoke.",
        &Options {
            published: on("2012-06-01"),
        },
    );
    let firefly = article
        .actors
        .iter()
        .find(|a| a.name == "Rufus Firefly")
        .expect("Rufus Firefly");
    assert_eq!(firefly.code.as_deref(), Some("FRDGOV"));
}

/// TABARI's parsing rules, on small dictionaries of fictional countries (`rules.*`): each
/// sentence exercises one rule, each expected list is every event coded.
#[test]
fn tabari_parsing_rules() {
    let d = dictionaries();
    let p = |name: &str| vec![format!("{d}/{name}")];
    let sources = DictSources::from_paths(
        &p("rules.verbs"),
        &p("rules.actors"),
        &p("rules.agents"),
        &[],
        &p("rules.options"),
    )
    .expect("read");
    let extractor = Extractor::new(std::sync::Arc::new(load(sources).expect("load")));
    let code = |text: &str| coded(&extractor, text, None);
    // a pronoun whose antecedent is in an eliminated comma clause refers to nothing: ITS is
    // Freedonia's, whose opening clause is eliminated, so the target is the next actor
    assert_eq!(
        code(
            "Freedonia will soon restore friendly, warm relations with Sylvania after rioters \
             burned down its consulate, a senior Klopstokia official said on Friday."
        ),
        ["SYL/KLOGOV/222"]
    );
    // the noun phrase after a compound's AND may hold several actors, each a member: a
    // possessive and its actor, two actors with a listed adjective between them
    assert_eq!(
        code("Tomainia and Sylvania's Trentino praised Klopstokia warmly on Friday."),
        ["TOM/KLO/041", "SYL/KLO/041", "SYLGOV/KLO/041"]
    );
    assert_eq!(
        code("Tomainia and the brave Sylvania brave Grand Fenwick praised Klopstokia on Friday."),
        ["TOM/KLO/041", "SYL/KLO/041", "GFW/KLO/041"]
    );
    // an AND between two listed nouns joins a compound noun; between words the dictionaries
    // do not list it splits clauses, and a clause of two words names no subject
    assert_eq!(
        code("Freedonia's horses and donkeys of Sylvania praised Klopstokia on Friday."),
        ["FRD/KLO/041"]
    );
    assert_eq!(
        code("Freedonia's cattle and mules of Sylvania praised Klopstokia on Friday."),
        ["SYL/KLO/041"]
    );
    assert_eq!(
        code("Freedonia's brave and bold minister Trentino praised Klopstokia on Friday."),
        ["SYLGOV/KLO/041"]
    );
    // the words of an actor phrase joined by a blank may have words between them, a
    // conjunction too (which then splits no clause); every subordinate event of a clause
    // without another event is coded
    assert_eq!(
        code("Tomainia noted on Friday new posts near Blue Hill and a River spokesman remarked on the move."),
        ["TOM/KLOREB/025", "TOM/KLOREB/023"]
    );
}
