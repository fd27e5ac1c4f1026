//! Property tests of the dictionary parsers: any text built from the formats' own pieces (and any
//! string at all) is either read or refused with an error naming the file and a line of it, never
//! a panic; a dictionary that reads builds a lexicon that codes text.

use newsextract_core::events::DictSources;
use newsextract_core::lexicon::formats::{
    parse_actors, parse_agents, parse_discards, parse_options, parse_verbs,
};
use newsextract_core::lexicon::LexiconBuilder;
use newsextract_core::{Error, Extractor, Options};
use proptest::prelude::*;
use std::sync::Arc;

const VERB_PIECES: &[&str] = &[
    "WARN_",
    "ACCUSE",
    "OF_",
    "TO",
    "MEET",
    "[130]",
    "[---]",
    "[###]",
    "[+++]",
    "[032:033]",
    "[0871 ?]",
    "[057 !]",
    "-",
    "- * + [131]",
    "- $ * + [1312]",
    "- % * [040:040]",
    "- ^ * +",
    "{ WARNED_ }",
    "{",
    "}",
    "&SYN",
    "&SYN =",
    "+SYNWORD",
    "+",
    "$",
    "%",
    "^",
    "*",
    "_",
    "*_",
    "<TIME>",
    "</TIME>",
    "<NOMINAL>",
    "</NOMINAL>",
    "|",
    ";",
    "# note",
    "[",
    "]",
    "~",
    "=",
    "?",
    "!",
    "TALKS",
    "\t",
    " ",
    "Ü",
    "😀",
];

const ACTOR_PIECES: &[&str] = &[
    "RUSSIA",
    "[RUS]",
    "+MOSCOW",
    "+",
    "BARACK_OBAMA",
    "[USAGOV >090120]",
    "[USAGOV <090120]",
    "[USAGOV 080101-090120]",
    "[---]",
    "[###]",
    "[GME/GMW]",
    "{",
    "}",
    "[",
    "]",
    "#",
    ";",
    "<",
    ">",
    "-",
    "~",
    "!",
    "_",
    "SYRIAN_ARMY",
    "[SYRMIL]",
    "1999",
    "x",
    "\t",
    " ",
    "é",
];

const AGENT_PIECES: &[&str] = &[
    "PRESIDENT",
    "[~GOV]",
    "[GOV~]",
    "[~MIL]",
    "[~]",
    "{",
    "}",
    "+",
    "+PRESIDENTS",
    "!",
    "#",
    ";",
    "[",
    "]",
    "~",
    "_",
    "MINISTER_OF_DEFENSE",
    "\t",
    " ",
    "ß",
];

const DISCARD_PIECES: &[&str] = &[
    "FOOTBALL", "[###]", "[+++]", "+", "+SOCCER", "_", "{", "}", "#", ";", "[", "]", " ", "ñ",
];

const OPTION_PIECES: &[&str] = &[
    "COMPLEX",
    "DEFAULT",
    "PRIOR",
    "AFTER",
    "COMMA",
    "CODEBY",
    "SENTENCE",
    "ALL",
    "MINWORDS",
    "REQUIRE_DYAD",
    "FORWARD",
    ":",
    "=",
    "1",
    "2 4 6",
    "[USA]",
    "<",
    ">",
    "#",
    ";",
    "-",
    " ",
];

/// Up to 12 lines of up to 6 pieces each.
fn dictionary(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    let line = prop::collection::vec(prop::sample::select(pieces), 0..6).prop_map(|p| p.join(" "));
    prop::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
}

/// Well-formed verb entries: a verb with its code, then patterns with one `*` each.
fn valid_verbs() -> impl Strategy<Value = String> {
    let verb = prop::sample::select(&["WARN_", "ACCUSE", "MEET_", "ATTACK_", "TALK"][..]);
    let code =
        prop::sample::select(&["[130]", "[---]", "[112]", "[040:040]", "[190]", "[###]"][..]);
    let elem = prop::sample::select(&["+", "$", "%", "^", "OF_", "WITH", "TALKS", "TO_"][..]);
    let pattern = (
        prop::collection::vec(elem.clone(), 0..3),
        prop::collection::vec(elem, 0..3),
        code.clone(),
    )
        .prop_map(|(before, after, code)| {
            format!("- {} * {} {code}", before.join(" "), after.join(" "))
        });
    let entry = (verb, code, prop::collection::vec(pattern, 0..4))
        .prop_map(|(v, c, ps)| format!("{v} {c}\n{}", ps.join("\n")));
    prop::collection::vec(entry, 1..5).prop_map(|es| es.join("\n"))
}

/// Well-formed actor entries: a phrase with a code (dated or not) and synonyms.
fn valid_actors() -> impl Strategy<Value = String> {
    let name = prop::sample::select(
        &[
            "RUSSIA",
            "UNITED_STATES",
            "BARACK_OBAMA",
            "SYRIAN_ARMY",
            "MOSCOW",
        ][..],
    );
    let code =
        prop::sample::select(&["[RUS]", "[USA]", "[USAGOV >090120]", "[SYRMIL]", "[---]"][..]);
    let synonym = prop::sample::select(&["+KREMLIN", "+OBAMA", "+WASHINGTON", "+DAMASCUS"][..]);
    let entry = (name, code, prop::collection::vec(synonym, 0..2))
        .prop_map(|(n, c, ss)| format!("{n} {c}\n{}", ss.join("\n")));
    prop::collection::vec(entry, 1..5).prop_map(|es| es.join("\n"))
}

/// An error names the file and a line of it (0: the file as a whole).
fn check_error(e: &Error, file: &str, text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(e.file(), Some(file));
    let lines = text.lines().count() + 1;
    prop_assert!(
        e.line().is_some_and(|l| l <= lines),
        "line {:?} of {}",
        e.line(),
        lines
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn verbs(text in dictionary(VERB_PIECES)) {
        if let Err(e) = parse_verbs("v.verbs", &text) {
            check_error(&e, "v.verbs", &text)?;
        }
    }

    #[test]
    fn actors(text in dictionary(ACTOR_PIECES)) {
        if let Err(e) = parse_actors("a.actors", &text) {
            check_error(&e, "a.actors", &text)?;
        }
    }

    #[test]
    fn agents(text in dictionary(AGENT_PIECES)) {
        if let Err(e) = parse_agents("g.agents", &text) {
            check_error(&e, "g.agents", &text)?;
        }
    }

    #[test]
    fn discards(text in dictionary(DISCARD_PIECES)) {
        if let Err(e) = parse_discards("d.discards", &text) {
            check_error(&e, "d.discards", &text)?;
        }
    }

    #[test]
    fn options(text in dictionary(OPTION_PIECES)) {
        if let Err(e) = parse_options("o.options", &text) {
            check_error(&e, "o.options", &text)?;
        }
    }

    #[test]
    fn any_string_in_any_parser(text in any::<String>()) {
        for (file, result) in [
            ("v", parse_verbs("v", &text).err()),
            ("a", parse_actors("a", &text).err()),
            ("g", parse_agents("g", &text).err()),
            ("d", parse_discards("d", &text).err()),
            ("o", parse_options("o", &text).err()),
        ] {
            if let Some(e) = result {
                check_error(&e, file, &text)?;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Dictionaries that read build a lexicon, and the lexicon codes news text.
    #[test]
    fn dictionaries_that_read_code_text(
        verbs in valid_verbs(),
        actors in valid_actors(),
        agents in dictionary(AGENT_PIECES),
        discards in dictionary(DISCARD_PIECES),
    ) {
        let mut sources = DictSources::default();
        sources.verbs.push(("v.verbs".into(), verbs));
        sources.actors.push(("a.actors".into(), actors));
        sources.agents.push(("g.agents".into(), agents));
        sources.discards.push(("d.discards".into(), discards));
        let mut builder = LexiconBuilder::default();
        let built = builder.add_dictionary_files(sources).and_then(|()| builder.build());
        match built {
            Ok(lexicon) => {
                let extractor = Extractor::new(Arc::new(lexicon));
                for text in [
                    "Russia warned the United States. President Barack Obama met Syrian army officers.",
                    "“We will meet,” he said, accusing Moscow of talks. ",
                    "",
                ] {
                    let article = extractor.extract(text, &Options::default());
                    for e in &article.events {
                        prop_assert!(!e.code.is_empty());
                    }
                }
            }
            // well-formed entries still meet the checks across entries (a verb listed twice)
            Err(e) => prop_assert!(e.file().is_some(), "{}", e),
        }
    }
}
