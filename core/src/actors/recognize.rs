//! Mention candidates: lexicon matches and proper-name runs classified by their context.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::LazyLock;

use super::words::{self, contains};
use super::LowerWords;
use crate::lexicon::{cues, EntryKind, Form, Hit, Holder, Lexicon};
use crate::model::ActorType;
use crate::text::{Case, Document, Kind, Token};
use crate::wordmap::WordSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateKind {
    /// A lexicon entry (country, organisation, group, person, place, role).
    Lexicon {
        entry: usize,
        form: Form,
    },
    Person,
    Organization,
    Place,
    /// A proper name whose kind the context does not tell; resolution decides.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub tokens: Range<usize>,
    pub kind: CandidateKind,
}

impl Candidate {
    /// The candidate of a lexicon match over `tokens` (its own tokens, or a longer name's).
    fn lexicon(tokens: Range<usize>, hit: &Hit) -> Candidate {
        Candidate {
            tokens,
            kind: CandidateKind::Lexicon {
                entry: hit.entry,
                form: hit.form,
            },
        }
    }

    /// The lexicon entry this candidate writes by one of its names (not by an adjective or a
    /// demonym), if it is one.
    pub fn named_entry(&self) -> Option<usize> {
        match self.kind {
            CandidateKind::Lexicon {
                entry,
                form: Form::Name,
            } => Some(entry),
            _ => None,
        }
    }
}

/// Titles written as abbreviations before a person's name.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Adm.",
    "Sgt.",
    "Cpl.",
    "Rev.",
    "Fr.",
    "Amb.",
    "Atty.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Sheikh",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Pope",
    "Ayatollah",
    "Imam",
    "Rabbi",
    "Mullah",
    "Emir",
    "Sultan",
    "Cde",
    "Comrade",
];

static TITLE_ABBREVIATIONS_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(TITLE_ABBREVIATIONS));

/// Words that label a picture's or a recording's credit before a colon ("Image: Lena Markovic").
const CAPTION_LABELS: &[&str] = &["Image", "Photo", "Picture", "Video", "Audio", "Credit"];

/// First words of the names of storms, which are no actors: "Hurricane Maria", "Typhoon Haiyan",
/// "Tropical Storm Humberto", "Storm Ciara".
const STORM_WORDS: &[&str] = &[
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
    "Superstorm",
    "Tropical",
    "Super",
];

/// Nouns written with a capital before the number they count, which are no names: "Category 5",
/// "Figure 3", "Article 9 of the treaty".
const COUNTED_NOUNS: &[&str] = &[
    "Category",
    "Figure",
    "Fig.",
    "Table",
    "Chapter",
    "Article",
    "Section",
    "Paragraph",
    "Clause",
    "Resolution",
    "Page",
    "Appendix",
    "Annex",
    "Level",
    "Phase",
    "Stage",
    "Part",
    "Volume",
    "Episode",
    "Season",
    "Round",
    "Grade",
    "Class",
    "Step",
    "Item",
    "Question",
    "Rule",
];

static COUNTED_NOUNS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(COUNTED_NOUNS));

/// Titles that a capital does not make a name when they stand alone ("the Secretary of Justice").
const TITLE_NOUNS: &[&str] = &[
    "Secretary",
    "Undersecretary",
    "Director",
    "Chairman",
    "Chairwoman",
    "Commissioner",
];

/// Capitalised words that name no actor standing alone: languages, currencies, a country's
/// founding law, the sources of a report ("translated into Hindi", "USD 20", "the Constitution
/// demands", "Reports said").
const COMMON_NOUNS_ALONE: &[&str] = &[
    "Hindi",
    "Urdu",
    "Farsi",
    "Mandarin",
    "Cantonese",
    "Swahili",
    "Esperanto",
    "Latin",
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "Euros",
    "Constitution",
    "Reports",
    "Results",
    "Findings",
    "Sources",
    "Others",
];

/// Endings of adverbs, which name no one even where a comma and a person's role come next
/// ("Officially, the monarch may ...", "Unfortunately, not much"); not the names that end in "-ly"
/// ("Connolly", "Beverly", "Kelly").
const ADVERB_ENDINGS: &[&str] = &[
    "ally", "ately", "ously", "ently", "antly", "edly", "ively", "fully", "ably", "ibly", "ingly",
    "lessly",
];

/// Prefixes of ships' names: "the MV Aurora Star", "HMS Kestrel".
const SHIP_PREFIXES: &[&str] = &["MV", "MT", "HMS", "USS", "RMS"];

/// Kinds of vessel before a ship's name: "the tanker Kestrel Horizon".
const VESSEL_NOUNS: &[&str] = &[
    "tanker",
    "ship",
    "vessel",
    "freighter",
    "trawler",
    "ferry",
    "yacht",
    "warship",
    "destroyer",
    "frigate",
    "submarine",
    "carrier",
    "boat",
];

/// Verbs whose object is ground taken or struck: "seized Paletwa", "shelled Zorivka".
const GROUND_VERBS: &[&str] = &[
    "seized",
    "captured",
    "recaptured",
    "retook",
    "overran",
    "shelled",
    "bombarded",
    "besieged",
    "liberated",
    "stormed",
    "encircled",
];

/// Heads of the bodies named after a person, written after the person's name: "Trump
/// University", "the Clinton Foundation" (not "Administration" or "Government": "the Obama
/// Administration" is read as the person's government).
const INSTITUTION_HEADS: &[&str] = &[
    "University",
    "College",
    "School",
    "Academy",
    "Institute",
    "Foundation",
    "Fund",
    "Organization",
    "Organisation",
    "Corporation",
    "Company",
    "Group",
    "Center",
    "Centre",
    "Library",
    "Museum",
    "Society",
    "Network",
];

/// Lower-case nouns after a place's name that say it is one: "the Kelvar region", "the Dravik
/// district", "the Pelmar valley" (not "state" or "city", which as often open a body: "the Dravik
/// city council").
const REGION_NOUNS_AFTER: &[&str] = &[
    "region",
    "province",
    "district",
    "county",
    "governorate",
    "oblast",
    "prefecture",
    "municipality",
    "valley",
    "village",
];

/// Lower-case nouns of the people of a place, after its name: "a 40-year-old Dravik man", "two
/// Pelmar residents".
const PEOPLE_OF_PLACE: &[&str] = &[
    "man",
    "woman",
    "men",
    "women",
    "resident",
    "residents",
    "native",
    "natives",
];

/// A company's legal suffixes after its name: "Brenmoor Motor Company", "Brenmoor Inc.".
const COMPANY_SUFFIXES: &[&str] = &[
    "Company",
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "LLC",
    "plc",
    "PLC",
    "Group",
];

/// Whether `w` after a company's name belongs to it: a legal suffix or a trade word ("Brenmoor
/// Pharmaceuticals": the known company "Brenmoor" under its full name).
fn is_company_suffix(w: &str) -> bool {
    contains(COMPANY_SUFFIXES, w) || contains(words::TRADE_WORDS, w)
}

/// Nouns of an apposition after a name that make it a company or a body: "Kelvix, a
/// cybersecurity firm".
const BODY_APPOSITION_NOUNS: &[&str] = &[
    "firm",
    "company",
    "startup",
    "start-up",
    "charity",
    "nonprofit",
    "non-profit",
    "organisation",
    "organization",
    "broadcaster",
    "newspaper",
    "website",
    "manufacturer",
    "carmaker",
    "retailer",
    "publisher",
    "airline",
    "consultancy",
    "conglomerate",
    "think-tank",
];

/// Nouns of an apposition after a name that make it a town: "Pelmar, a small town in ...".
const TOWN_APPOSITION_NOUNS: &[&str] = &["town", "city", "village", "suburb"];

/// Words that open what follows a noun phrase in an apposition ("a firm that …", "a group based
/// in …", "a bank founded …", "a maker of …").
const PHRASE_ENDERS: &[&str] = &[
    "that",
    "which",
    "based",
    "in",
    "of",
    "with",
    "from",
    "founded",
    "owned",
    "headquartered",
    "for",
    "and",
    "known",
];

/// Whether the noun at `k` ends its noun phrase: the text ends there, or the next token is no
/// lower-case word, or it is one of `PHRASE_ENDERS` or of the caller's `more`.
fn ends_noun_phrase(doc: &Document, k: usize, more: &[&str]) -> bool {
    if k + 1 >= doc.tokens.len() || !doc.is_lowercase(k + 1) {
        return true;
    }
    let next = doc.word(k + 1);
    contains(PHRASE_ENDERS, next) || contains(more, next)
}

/// What an apposition right after a name calls it: a company or a body (`Some(true)`), a town
/// (`Some(false)`): ", a/an" and at most three modifiers before the noun, which ends the phrase
/// ("Kelvix, a cybersecurity firm", not "Dravo, a company spokesman").
#[inline(never)]
fn apposition_kind(doc: &Document, end: usize) -> Option<bool> {
    let n = doc.tokens.len();
    if end + 3 >= n || !doc.is_punct(end, ',') || !matches!(doc.word(end + 1), "a" | "an") {
        return None;
    }
    for k in end + 2..(end + 6).min(n) {
        let w = doc.word(k);
        let body = contains(BODY_APPOSITION_NOUNS, w);
        if body || contains(TOWN_APPOSITION_NOUNS, w) {
            return ends_noun_phrase(doc, k, &["whose", "near", "on"]).then_some(body);
        }
        if !doc.is_word(k) || doc.is_punct(k, ',') {
            return None;
        }
    }
    None
}

/// Last words of buildings' names that are also family names ("Hall", "Tower"): a place after
/// "the".
const BUILDING_HEADS: &[&str] = &[
    "Hall",
    "Tower",
    "Towers",
    "Building",
    "Castle",
    "Pavilion",
    "Auditorium",
    "Terminal",
    "Cave",
];

/// The heads of streets' names ("King Street", "Mill Lane"); a title before one is a word of
/// the street's name. "Lane" is a surname too ("Nathan Lane"): a street's head after a word that
/// is no given name.
const STREET_HEADS: &[&str] = &["Street", "Road", "Avenue", "Boulevard", "Lane"];

/// The heads of the names of armed forces' units, which news names by their number ("the
/// 101st Airborne Division", "the 47th Mechanised Brigade") and of fan clubs named alike ("the
/// 501st Legion").
pub(crate) const UNIT_HEADS: &[&str] = &[
    "Division",
    "Brigade",
    "Battalion",
    "Regiment",
    "Corps",
    "Squadron",
    "Fleet",
    "Army",
    "Legion",
];

/// Whether `w` is an ordinal written in figures: "101st", "3rd", "47th".
pub(crate) fn is_ordinal(w: &str) -> bool {
    // (the first byte first: most words asked about are no figures)
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// The services that name a district run as a body ("School District", "Water District").
const SERVICE_DISTRICTS: &[&str] = &[
    "School",
    "Water",
    "Fire",
    "Park",
    "Parks",
    "Utility",
    "Transit",
    "Sanitation",
    "Irrigation",
    "Conservation",
    "Hospital",
    "Library",
];

/// Lower-case nouns for works, before a work's title, which names no actor: "her graphic novel
/// Angel Dust", "the 1969 film Easy Rider".
const WORK_NOUNS: &[&str] = &[
    "novel",
    "book",
    "memoir",
    "memoirs",
    "film",
    "movie",
    "documentary",
    "album",
    "song",
    "series",
    "sitcom",
    "musical",
    "opera",
    "painting",
    "poem",
    "game",
];

/// Words after a name that make it a broadcaster or a paper: "told al-Mayadeen television",
/// "Kelvu TV".
const MEDIA_NOUNS: &[&str] = &[
    "television",
    "TV",
    "radio",
    "newspaper",
    "daily",
    "channel",
    "broadcaster",
    "magazine",
];

/// Mention candidates, sorted and apart; and the places and countries named inside organisation
/// names ("India" in "Times of India", "Oregon" in "University of Oregon"), which are
/// mentions of their own.
/// The answers to `Lexicon::is_given_name` for the document's tokens, each asked once: the rules
/// ask it of the same capitalised word several times (the run's start, its strip, its class).
struct GivenNames<'m> {
    lexicon: &'m Lexicon,
    /// Per token: 0 not asked yet, 1 not a given name, 2 a given name.
    answers: &'m [Cell<u8>],
}

impl GivenNames<'_> {
    /// Whether the word of token `i` is a given name.
    #[inline]
    fn at(&self, doc: &Document, i: usize) -> bool {
        match self.answers[i].get() {
            0 => {
                let given = self.lexicon.is_given_name(doc.word(i));
                self.answers[i].set(1 + u8::from(given));
                given
            }
            a => a == 2,
        }
    }
}

pub fn recognize<'a>(
    doc: &Document<'a>,
    lexicon: &Lexicon,
    lower: &LowerWords,
) -> (Vec<Candidate>, Vec<Candidate>) {
    let tokens = &doc.tokens;
    let n = tokens.len();
    let mut answers = vec![0u8; n];
    let given = GivenNames {
        lexicon,
        answers: Cell::from_mut(&mut answers[..]).as_slice_of_cells(),
    };
    let mut inner = Vec::new();
    let headline: Vec<bool> = doc
        .paragraphs
        .iter()
        .map(|p| is_headline(doc, p.clone()))
        .collect();
    let mut candidates = lexicon_candidates(doc, lexicon, &headline, &mut inner);
    keep_parties_in_their_country(doc, lexicon, &mut candidates);
    let mut covered = vec![false; n];
    for c in &candidates {
        for slot in &mut covered[c.tokens.clone()] {
            *slot = true;
        }
    }
    // a known place's name after a word that opens another's is part of that name; a one-word
    // alias of a known person followed by another name is someone else's given name:
    // "Cameron Easley" is not David Cameron; and so is a town's or a country's name that is a
    // given name too, before a surname: "Kent Brockman", "Jordan Reyes" (not "Jordan Valley",
    // "Paris Agreement", "Kent CC")
    // tokens right after a person's title from the lexicon ("opposition leader")
    let after_person_title = title_ends(lexicon, &candidates, n);
    let before = candidates.len();
    candidates.retain(|c| {
        let CandidateKind::Lexicon { entry, form } = c.kind else {
            return true;
        };
        // (each rule asks the entry's kind before the words around: most candidates are of a
        // kind the rule leaves alone)
        let kind = lexicon.entry(entry).kind;
        let next = c.tokens.end;
        // a known place's name after a word that opens another place's name: "Kafr Halab" is
        // no Aleppo
        let s = c.tokens.start;
        if s > 0
            && matches!(kind, EntryKind::Place | EntryKind::Country)
            && !covered[s - 1]
            && is_toponym_prefix(doc, s - 1)
        {
            return false;
        }
        // a title after a given name, with no name after it, is a surname: "Laura King said",
        // "Ana King of Iowa" (not "Jordan's King Abdullah")
        if kind == EntryKind::Role
            && c.tokens.len() == 1
            && s > 0
            && !covered[s - 1]
            && doc.is_capitalized(s)
            && doc.tokens[s].newlines == 0
            && !doc.is_capitalized(next)
            && given.at(doc, s - 1)
        {
            return false;
        }
        // only a person's name, or a place's or a country's (its name or its capital), is read
        // as a given name below
        let name_kind = match kind {
            EntryKind::Person => true,
            EntryKind::Place | EntryKind::Country => matches!(form, Form::Name | Form::Capital),
            _ => false,
        };
        let given_name_first = name_kind
            && c.tokens.len() == 1
            && next < n
            && !covered[next]
            && is_name_word(doc, next)
            && doc.tokens[next].newlines == 0
            && (given.at(doc, c.tokens.start)
                || given_name_country(doc, kind, s, next)
                || (kind != EntryKind::Person
                    && (after_title_abbreviation(doc, s)
                        || (after_person_title[s]
                            // not a club's or a firm's name before a title of its own:
                            // "billionaire Dallas Kestrels owner"
                            && !(doc.is_lowercase(next + 1)
                                && names_a_person(lexicon, doc.lower(next + 1)))))));
        // a capital, only before a surname that a person's context follows ("Sofia Grant, a
        // lawyer, said"; not "the Paris Climate Accord", "talks in Sofia")
        let capital_as_name = || {
            !after_place_preposition(doc, s) && followed_by_person_context(doc, lexicon, next + 1)
        };
        if !given_name_first || (form == Form::Capital && !capital_as_name()) {
            return true;
        }
        let surname = |w: &str| {
            !words::is_org_head(w)
                && !words::is_place_head(w)
                && !words::is_event_head(w)
                && w.chars().any(char::is_lowercase)
        };
        match kind {
            EntryKind::Person => false,
            EntryKind::Place | EntryKind::Country => !surname(doc.word(next)),
            _ => true,
        }
    });
    if candidates.len() != before {
        covered.fill(false);
        for c in &candidates {
            for slot in &mut covered[c.tokens.clone()] {
                *slot = true;
            }
        }
    }
    let mut runs = Vec::new();
    // the names of the headlines' runs, in order (persons, which the rules below do not read
    // among the lexicon's candidates)
    let mut headline_names = Vec::new();
    let mut i = 0;
    while i < n {
        // a run opens at a capitalised word, or at a lower-case word with a token joined after
        // it (a particle before a hyphen, see `run_end`): most tokens are passed over here, by
        // one pass over the tokens from `i`, their successors and their covered flags
        i = next_run_opening(tokens, &covered, i);
        if i == n {
            break;
        }
        let end = run_end(doc, &given, &covered, i);
        if end == i {
            // most tokens open no run
            i += 1;
            continue;
        }
        if headline[doc.paragraph_of(i)] {
            // in a headline or caption only a given name and a surname is taken ("Image: Lena
            // Markovic")
            if end == i + 2 && given.at(doc, i) && !doc.starts_sentence(i) {
                headline_names.push(Candidate {
                    tokens: i..end,
                    kind: CandidateKind::Person,
                });
            } else if let Some(name) = headline_person(doc, &given, i..end) {
                headline_names.push(Candidate {
                    tokens: name,
                    kind: CandidateKind::Person,
                });
            }
            i = end;
            continue;
        }
        runs.push(i..end);
        i = end;
    }
    let context = Context::new(doc, lexicon, lower, &candidates, &runs);
    // tokens right after a person title from the lexicon ("Foreign Minister"): looked up per run,
    // so indexed once rather than searched in all candidates each time
    let after_title = title_ends(lexicon, &candidates, n);
    // "and", "or" or a comma right after a known town or region (`PLACE_BEFORE`) or right before
    // one (`PLACE_AFTER`): a name on the other side is most often a place too ("Avdiivka and
    // Horlivka", "Selwick, Ohio"); not a place inside a body's name ("University of Bristol and
    // ..."), nor one that owns what follows ("Hagan, North Carolina's first senator")
    let mut by_place = vec![0u8; n + 1];
    for c in &candidates {
        let Some(entry) = c.named_entry() else {
            continue;
        };
        let (s, e) = (c.tokens.start, c.tokens.end);
        let inside_name = s > 0 && doc.is(s - 1, "of");
        let owner = e < n && matches!(doc.word(e), "'s" | "’s" | "'");
        if lexicon.entry(entry).kind != EntryKind::Place || inside_name || owner {
            continue;
        }
        if is_list_joint(doc, e) {
            by_place[e] |= PLACE_BEFORE;
        }
        if s > 0 && is_list_joint(doc, s - 1) {
            by_place[s - 1] |= PLACE_AFTER;
        }
    }
    // the names of the other runs, in order
    let mut named = Vec::with_capacity(runs.len());
    for run in runs.iter().cloned() {
        let Some(run) = context.strip(doc, lexicon, &given, run) else {
            continue;
        };
        // a law's or an event's word right after a known name ends that name: "the Western
        // Sahara Bill", "the Gaza Marathon" (no person "Bill")
        let named_after = run.len() == 1
            && run.start > 0
            && covered[run.start - 1]
            && doc.is_capitalized(run.start - 1)
            && words::is_event_head(doc.word(run.start));
        // a U.S. party's adjective or member in the singular standing alone describes someone
        // or something, it names no one: "a veteran Democratic strategist", "Republican claims",
        // "Dianne Feinstein, Democrat of California" (the party is "Democrats", "the Democratic
        // Party")
        let party_word = run.len() == 1
            && (words::is_us_party(doc.word(run.start)) || doc.word(run.start) == "Democrat");
        // a point of the compass's adjective alone: "Western states", "the Southern border"
        let compass_adjective = run.len() == 1 && {
            let w = doc.word(run.start);
            w.ends_with("ern")
                && ["North", "South", "East", "West", "Midwest"]
                    .iter()
                    .any(|p| w.starts_with(p))
        };
        // a news agency's credit line names who wrote the story, no actor of it: "Additional
        // reporting by Marta Kowalski; Editing by Tom Hale" (neither the names nor the labels)
        let credit_label = |t: usize| {
            matches!(
                doc.lower(t),
                "reporting" | "editing" | "writing" | "additional"
            )
        };
        let credited_by =
            |by: usize| by >= 1 && doc.is(by, "by") && doc.is_lowercase(by) && credit_label(by - 1);
        // the names after the first of the line: "Reporting by Jan Holm and Ada Fenn", "by
        // Jan Holm in Oslo, and Ada Fenn" (a few words back, within the clause)
        let listed = run.start >= 2
            && (doc.is(run.start - 1, "and") || doc.is_punct(run.start - 1, ','))
            && (run.start.saturating_sub(12).max(1)..run.start - 1)
                .rev()
                .take_while(|&k| {
                    !(doc.is_punct(k, ';')
                        || doc.is_punct(k, '.')
                        || doc.tokens[k + 1].newlines > 0)
                })
                .any(credited_by);
        let credit = (run.start >= 2 && credited_by(run.start - 1))
            || listed
            || (run.len() <= 2
                && (run.start..run.end).all(credit_label)
                && run.end + 1 < n
                && doc.is(run.end, "by")
                && doc.is_capitalized(run.end + 1));
        // a month's short name before the day: "GOMA, Jan 28 (Reuters)" (not "Jan Nowak")
        let month_day = run.len() == 1
            && matches!(
                doc.word(run.start),
                "Jan" | "Jun" | "Mar" | "Jul" | "Aug" | "Dec"
            )
            && run.end < n
            && doc.tokens[run.end].kind == Kind::Number;
        // a country's adjective the lexicon does not know, before a noun of the state's bodies:
        // "the Delmarian government", "Kaldonese troops" (no person)
        let unknown_adjective =
            run.len() == 1 && !given.at(doc, run.start) && unknown_national_adjective(doc, run.end);
        if named_after
            || credit
            || month_day
            || unknown_adjective
            || party_word
            || compass_adjective
            || is_storm(doc, &run)
            || names_a_work(doc, &run)
            || is_product(doc, &run)
            || is_faith_adjective(doc, &run)
        {
            continue;
        }
        // an organisation's name, then a person's: "the Housing Council Maria Okafor", "the
        // Council on Tenant Relations Alia Serrano" (a given name and a surname ending the run,
        // after two words that hold no given name)
        let split = (run.start + 1..run.end.saturating_sub(1)).find(|&k| {
            let person_after = given.at(doc, k)
                && !words::is_org_head(doc.word(k + 1))
                && doc.is_capitalized(k + 1);
            let name_before = words::is_org_head(doc.word(k - 1))
                || (k + 2 == run.end
                    && k >= run.start + 2
                    && (run.start..k).all(|t| !given.at(doc, t)));
            person_after && name_before
        });
        let parts = match split {
            Some(k) => [run.start..k, k..run.end],
            None => [run.clone(), run.end..run.end],
        };
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            let kind = classify(doc, lexicon, &given, &after_title, &by_place, &part);
            // a unit named by its number: "the 101st Airborne Division", "the 3rd Assault
            // Brigade"
            let (part, kind) = if part.start > 0
                && is_ordinal(doc.word(part.start - 1))
                && !doc.tokens[part.start].joined
                && doc.tokens[part.start].newlines == 0
                && contains(UNIT_HEADS, doc.word(part.end - 1))
            {
                (part.start - 1..part.end, CandidateKind::Organization)
            } else {
                (part, kind)
            };
            // a place of a list of places with a known one goes on the list: "in Leeds,
            // Dunmore and Beckwith"
            let listed_place = (part.start > 0 && by_place[part.start - 1] & PLACE_BEFORE != 0)
                || by_place[part.end] & PLACE_AFTER != 0;
            if kind == CandidateKind::Place && listed_place && is_list_joint(doc, part.end) {
                by_place[part.end] |= PLACE_BEFORE;
            }
            named.push(Candidate { tokens: part, kind });
        }
    }
    // three lists sorted by start, merged as a stable sort of the three one after the other
    let mut candidates = merge_by_start(merge_by_start(candidates, headline_names), named);
    join_names(
        doc,
        lexicon,
        &given,
        lower,
        &headline,
        &mut candidates,
        &mut inner,
    );
    surnames_named_as_countries(doc, lexicon, &mut candidates);
    media_short_names(doc, lexicon, &mut candidates);
    places_of_local_bodies(doc, &candidates, &mut inner);
    (candidates, inner)
}

/// Whether a person's title from the lexicon ends right before each token (of `n`, and one past
/// the last).
fn title_ends(lexicon: &Lexicon, candidates: &[Candidate], n: usize) -> Vec<bool> {
    let mut ends = vec![false; n + 1];
    for c in candidates {
        if let CandidateKind::Lexicon { entry, .. } = c.kind {
            let e = lexicon.entry(entry);
            if e.kind == EntryKind::Role && e.holder == Holder::Person {
                ends[c.tokens.end] = true;
            }
        }
    }
    ends
}

/// The first token from `from` on that may open a run of names (see `run_end`): a word not
/// covered by a candidate that is capitalised, or in lower case with a token joined after it;
/// `tokens.len()` where there is none.
fn next_run_opening(tokens: &[Token], covered: &[bool], from: usize) -> usize {
    let n = tokens.len().min(covered.len());
    let may_open = |t: &Token, next_joined: bool| {
        t.kind == Kind::Word
            && match t.case {
                Case::Upper => true,
                Case::Lower => next_joined,
                Case::Neither => false,
            }
    };
    if from >= n {
        return tokens.len();
    }
    // every token but the last, with its successor's join (the slices of one length, so that
    // the pass is made without a bounds test per token)
    let last = n - 1;
    let found = tokens[from..last]
        .iter()
        .zip(&tokens[from + 1..n])
        .zip(&covered[from..last])
        .position(|((t, next), &covered)| may_open(t, next.joined) && !covered);
    match found {
        Some(k) => from + k,
        None if may_open(&tokens[last], false) && !covered[last] => last,
        None => tokens.len(),
    }
}

/// The candidates of `a` and of `b`, each list sorted by start, in one list sorted by start; on a
/// tie those of `a` first (the order of a stable sort of `a` followed by `b`).
fn merge_by_start(a: Vec<Candidate>, b: Vec<Candidate>) -> Vec<Candidate> {
    debug_assert!(a.is_sorted_by_key(|c| c.tokens.start));
    debug_assert!(b.is_sorted_by_key(|c| c.tokens.start));
    if b.is_empty() {
        return a;
    }
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut b = b.into_iter().peekable();
    for c in a {
        while let Some(x) = b.next_if(|x| x.tokens.start < c.tokens.start) {
            out.push(x);
        }
        out.push(c);
    }
    out.extend(b);
    out
}

/// Countries whose names are given names too (the given-name list leaves them out, as a lone
/// mention is most often the country).
const GIVEN_NAME_COUNTRIES: &[&str] = &["Chad", "Georgia", "India", "Israel", "Jordan", "Kenya"];

/// Whether the country named by the one word `s` opens a person's name of two words with the
/// name word `next` ("Chad Okafor said", "Kenya Marsh, a nurse"): the name stops there, the
/// word is none that names a school, a site or a party of the place ("Georgia Tech", "India
/// Gate", "Georgia Republicans") and no preposition of place stands before the country ("in
/// Georgia", "to India").
fn given_name_country(doc: &Document, kind: EntryKind, s: usize, next: usize) -> bool {
    kind == EntryKind::Country
        && GIVEN_NAME_COUNTRIES.contains(&doc.word(s))
        && !matches!(
            doc.word(next),
            "Tech" | "State" | "Gate" | "Power" | "Southern" | "Republicans" | "Democrats"
        )
        && !(next + 1 < doc.tokens.len()
            && doc.tokens[next + 1].newlines == 0
            && is_name_word(doc, next + 1))
        && !after_place_preposition(doc, s)
}

/// Whether a title abbreviation stands right before token `s` ("Dr. Amara Osei", "Mr. Chad
/// Okafor"): the word there opens a person's name, whatever place it also names.
fn after_title_abbreviation(doc: &Document, s: usize) -> bool {
    s > 0 && TITLE_ABBREVIATIONS_SET.contains(doc.word(s - 1))
}

/// Whether the word before token `s` puts a place after it ("in", "to", "from", "visited" ...).
fn after_place_preposition(doc: &Document, s: usize) -> bool {
    s > 0
        && matches!(
            doc.lower(s - 1),
            "in" | "to" | "from" | "into" | "across" | "throughout" | "visit" | "visited"
        )
}

/// A country's name standing alone that is the surname of a person the article names in full is
/// that person ("Rep. Ada Jordan spoke. Jordan said ..."), unless the text marks the country: a
/// preposition of place before it ("in Jordan", "the king of Jordan"), an owner's state word
/// after it ("Jordan's army"), a list of places around it ("Syria, Jordan and Iraq"), or its
/// demonym or capital anywhere in the article.
fn surnames_named_as_countries(doc: &Document, lexicon: &Lexicon, candidates: &mut [Candidate]) {
    let n = doc.tokens.len();
    let mut surnames: Vec<&str> = Vec::new();
    let mut marked: Vec<usize> = Vec::new();
    for c in candidates.iter() {
        match c.kind {
            CandidateKind::Person if c.tokens.len() >= 2 => {
                surnames.push(doc.word(c.tokens.end - 1));
            }
            CandidateKind::Lexicon { entry, form }
                if form != Form::Name && lexicon.entry(entry).kind == EntryKind::Country =>
            {
                marked.push(entry);
            }
            _ => {}
        }
    }
    if surnames.is_empty() {
        return;
    }
    let is_place = |c: &Candidate| match c.kind {
        CandidateKind::Lexicon { entry, .. } => matches!(
            lexicon.entry(entry).kind,
            EntryKind::Country | EntryKind::Place
        ),
        CandidateKind::Place => true,
        _ => false,
    };
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let Some(entry) = c.named_entry() else {
            continue;
        };
        let (s, e) = (c.tokens.start, c.tokens.end);
        if e - s != 1
            || lexicon.entry(entry).kind != EntryKind::Country
            || !surnames.contains(&doc.word(s))
            || marked.contains(&entry)
        {
            continue;
        }
        let place_before = after_place_preposition(doc, s) || (s > 0 && doc.lower(s - 1) == "of");
        let owned_state = e + 1 < n
            && matches!(doc.word(e), "'s" | "’s")
            && matches!(
                doc.lower(e + 1),
                "king"
                    | "queen"
                    | "government"
                    | "army"
                    | "military"
                    | "foreign"
                    | "prime"
                    | "capital"
                    | "border"
                    | "borders"
                    | "embassy"
                    | "ambassador"
                    | "parliament"
                    | "economy"
                    | "people"
                    | "population"
                    | "president"
                    | "ministry"
                    | "security"
                    | "armed"
                    | "royal"
            );
        let listed = (k > 0
            && s >= 2
            && is_list_joint(doc, s - 1)
            && candidates[k - 1].tokens.end == s - 1
            && is_place(&candidates[k - 1]))
            || (k + 1 < candidates.len()
                && is_list_joint(doc, e)
                && candidates[k + 1].tokens.start == e + 1
                && is_place(&candidates[k + 1]));
        if !(place_before || owned_state || listed) {
            candidates[k].kind = CandidateKind::Person;
        }
    }
}

/// The town a local government's name is written with ("the Municipality of Varenzo", "the
/// Province of Kelmar") is a place mention inside the body's name, as a known place is inside
/// "University of Oregon".
fn places_of_local_bodies(doc: &Document, candidates: &[Candidate], inner: &mut Vec<Candidate>) {
    let known: HashSet<usize> = inner.iter().map(|c| c.tokens.start).collect();
    for c in candidates {
        let s = c.tokens.start;
        if c.kind != CandidateKind::Organization
            || c.tokens.len() < 3
            || !doc.is_capitalized(s)
            || !doc.is(s + 1, "of")
            || !contains(words::PLACE_NOUNS, doc.lower(s))
            || known.contains(&(s + 2))
            || !(s + 2..c.tokens.end).all(|t| doc.is_capitalized(t))
        {
            continue;
        }
        inner.push(Candidate {
            tokens: s + 2..c.tokens.end,
            kind: CandidateKind::Place,
        });
    }
}

/// A known outlet named with its medium ("Time magazine") is named by its first word alone in the
/// rest of the article: "Time said", "told Time" are the magazine, not a person.
fn media_short_names(doc: &Document, lexicon: &Lexicon, candidates: &mut [Candidate]) {
    let mut outlets: Vec<(&str, usize)> = Vec::new();
    for c in candidates.iter() {
        if let CandidateKind::Lexicon { entry, .. } = c.kind {
            if c.tokens.len() == 2
                && lexicon.entry(entry).kind == EntryKind::Media
                && contains(MEDIA_NOUNS, doc.lower(c.tokens.end - 1))
                && outlets.len() < 8
            {
                outlets.push((doc.word(c.tokens.start), entry));
            }
        }
    }
    if outlets.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        if !matches!(c.kind, CandidateKind::Unknown | CandidateKind::Person) || c.tokens.len() != 1
        {
            continue;
        }
        let w = doc.word(c.tokens.start);
        if let Some(&(_, entry)) = outlets.iter().find(|o| o.0 == w) {
            c.kind = CandidateKind::Lexicon {
                entry,
                form: Form::Name,
            };
        }
    }
}

/// Whether a one-word candidate before a known person's surname is a given name the lexicon does
/// not list ("Hunter" of "Hunter Biden"): a capitalised word inside a sentence of the body, no
/// plural or "-ing" form, after no quotation mark or article, that the article never writes in
/// lower case (not "Stop" of "Stop Trump"); or any capitalised word right after a word for a
/// relative ("his son Hunter Biden").
#[inline(never)]
fn unlisted_given_name(
    doc: &Document,
    headline: &[bool],
    lower: &LowerWords,
    c: &Candidate,
) -> bool {
    if !matches!(c.kind, CandidateKind::Unknown | CandidateKind::Person) || c.tokens.len() != 1 {
        return false;
    }
    let t = c.tokens.start;
    let w = doc.word(t);
    // after a word for a relative the name is the relative's, whatever the given name: "his son
    // Tomas Verlaine", "her granddaughter Hope Verlaine"
    if t > 0
        && doc.is_lowercase(t - 1)
        && words::contains(words::KIN_WORDS, doc.word(t - 1))
        && matches!(c.kind, CandidateKind::Unknown | CandidateKind::Person)
        && doc.is_capitalized(t)
        && !headline[doc.paragraph_of(t)]
    {
        return true;
    }
    // a slogan or a movement's name opens with a quotation mark or an article: "Stop Trump",
    // the Stop Trump movement
    let opened = t > 0
        && (matches!(doc.tokens[t - 1].kind, Kind::Quote(_))
            || matches!(doc.lower(t - 1), "the" | "a" | "an"));
    if c.kind != CandidateKind::Unknown
        || doc.starts_sentence(t)
        || opened
        || headline[doc.paragraph_of(t)]
        || w.ends_with('s')
        || w.ends_with("ing")
        || !prev_name_words(doc, c)
    {
        return false;
    }
    !lower.writes(doc, doc.lower(t))
}

/// A party named by one word is taken only where the article names something else of its country:
/// "Vox" is Spain's party in a story about Spain, and a news site elsewhere; "Labour" is Britain's
/// party where Britain or a Briton is named, not in a story about Israel's or New Zealand's Labour.
/// The word is then left to the rules over capitalised words. A party's members in the plural name
/// it plainly enough ("Democrats", "Tories").
fn keep_parties_in_their_country(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: &mut Vec<Candidate>,
) {
    let party_country = |c: &Candidate| -> Option<&str> {
        let CandidateKind::Lexicon { entry, .. } = c.kind else {
            return None;
        };
        // the cheap tests first: most candidates are not one word of a party's entry
        if c.tokens.len() != 1 {
            return None;
        }
        let e = lexicon.entry(entry);
        if e.kind != EntryKind::Organization
            || !e.code.as_deref().is_some_and(|code| code.ends_with("PTY"))
        {
            return None;
        }
        let w = doc.word(c.tokens.start);
        let members = w.ends_with('s') && w.chars().skip(1).all(char::is_lowercase);
        if members {
            return None;
        }
        e.country.as_deref()
    };
    if !candidates.iter().any(|c| party_country(c).is_some()) {
        return;
    }
    let named: HashSet<&str> = candidates
        .iter()
        .filter(|c| party_country(c).is_none())
        .filter_map(|c| match c.kind {
            CandidateKind::Lexicon { entry, .. } => lexicon.entry(entry).country.as_deref(),
            _ => None,
        })
        .collect();
    candidates.retain(|c| party_country(c).is_none_or(|country| named.contains(country)));
}

/// A town, then a comma and the region or country it lies in: "Fernbrook, Ohio", "Aleppo, Syria"
/// (not a list: "Homs, Hama and Aleppo", "Chad, Mali, Oman").
fn city_then_region(
    doc: &Document,
    lexicon: &Lexicon,
    city: &Candidate,
    region: &Candidate,
) -> bool {
    let n = doc.tokens.len();
    let comma = city.tokens.end;
    // "County Clare, County Cork" is a list of counties
    if region.tokens.start != comma + 1 || !doc.is_punct(comma, ',') || doc.is(comma + 1, "County")
    {
        return false;
    }
    let (city_entry, city_known) = match city.kind {
        CandidateKind::Place => (None, false),
        CandidateKind::Lexicon { entry, form } => {
            let e = lexicon.entry(entry);
            match (e.kind, form) {
                (EntryKind::Place, Form::Name) => (Some(e), true),
                (EntryKind::Country, Form::Capital) => (Some(e), true),
                _ => return false,
            }
        }
        _ => return false,
    };
    let Some(entry) = region.named_entry() else {
        return false;
    };
    let r = lexicon.entry(entry);
    let region_ok = match r.kind {
        EntryKind::Country => true,
        // a known town before a region could be a list of towns
        EntryKind::Place => !city_known,
        _ => false,
    };
    let same_country = match (
        city_entry.and_then(|e| e.country.as_deref()),
        r.country.as_deref(),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    // a list goes on, or went on before: "Chad, Mali, Oman and Peru", "Homs, Hama and Aleppo",
    // "Ontario, Manitoba, Alberta"
    let e = region.tokens.end;
    let listed = (city.tokens.start > 0 && doc.is_punct(city.tokens.start - 1, ','))
        || (e < n && doc.is_lowercase(e) && matches!(doc.word(e), "and" | "or"))
        || (e + 2 < n
            && doc.is_punct(e, ',')
            && doc.is_capitalized(e + 1)
            && (matches!(doc.word(e + 2), "and" | "or") || doc.is_punct(e + 2, ',')));
    region_ok && same_country && !listed
}

/// Whether a lexicon candidate names a place or a country by its name.
fn is_named_place(lexicon: &Lexicon, c: &Candidate) -> bool {
    matches!(
        c.kind,
        CandidateKind::Lexicon { entry, form: Form::Name }
            if matches!(lexicon.entry(entry).kind, EntryKind::Place | EntryKind::Country)
    )
}

/// Whether a lexicon candidate names a place or a country by its name or its capital.
fn place_or_capital(lexicon: &Lexicon, c: &Candidate) -> bool {
    is_named_place(lexicon, c)
        || matches!(
            c.kind,
            CandidateKind::Lexicon { entry, form: Form::Capital }
                if lexicon.entry(entry).kind == EntryKind::Country
        )
}

/// Lexicon matches on token boundaries, as candidates; a place or country match followed by a place
/// head ("Idlib Province") takes the head in.
fn lexicon_candidates(
    doc: &Document,
    lexicon: &Lexicon,
    headline: &[bool],
    inner: &mut Vec<Candidate>,
) -> Vec<Candidate> {
    let tokens = &doc.tokens;
    let mut nested = Vec::new();
    let hits = lexicon.scan_nested(doc.text, doc.lower_text(), tokens, |outer, h| {
        let e = lexicon.entry(h.entry);
        if h.form == Form::Name && matches!(e.kind, EntryKind::Place | EntryKind::Country) {
            nested.push((outer, h));
        }
    });
    // a country or place named inside an organisation's name: "US State Department"
    for (outer, h) in nested {
        let kind = lexicon.entry(hits[outer].entry).kind;
        if !matches!(
            kind,
            EntryKind::Organization | EntryKind::Group | EntryKind::Media
        ) || !doc.text[h.start..].starts_with(char::is_uppercase)
        {
            continue;
        }
        // one mention per span, where two entries share a name ("Georgia")
        let seen = inner.last().is_some_and(|c: &Candidate| {
            (tokens[c.tokens.start].start, tokens[c.tokens.end - 1].end) == (h.start, h.end)
        });
        if seen {
            continue;
        }
        inner.push(Candidate::lexicon(h.first_token..h.last_token + 1, &h));
    }
    let mut out = Vec::with_capacity(hits.len());
    // hits inside a name read as someone else's (below) start before this byte
    let mut skip_before = 0;
    for (h, hit) in hits.iter().enumerate() {
        let (s, e) = (hit.first_token, hit.last_token);
        if hit.start < skip_before {
            continue;
        }
        let mut end = e + 1;
        let entry = lexicon.entry(hit.entry);
        // a known person's name after a hyphen joined to two names is the second half of
        // someone else's double surname ("Ana Kowal-Putin"; not "the Trump-Putin talks", where
        // both are known, nor "The Kowal-Putin talks")
        if entry.kind == EntryKind::Person
            && s >= 3
            && joined_hyphen(doc, s - 1)
            && doc.is_capitalized(s - 2)
            && doc.is_capitalized(s - 3)
            && !words::is_function_word(doc.word(s - 3))
            && out.last().is_none_or(|c: &Candidate| c.tokens.end < s - 1)
        {
            continue;
        }
        // a known person's one-word name that is also a given name, followed by another name,
        // is someone else's given name and surname ("Kerry Washington", "Kerry Smith": not John
        // Kerry; but "Trump Tower"); in a headline any word has a capital
        if entry.kind == EntryKind::Person
            && hit.form == Form::Name
            && e == s
            && lexicon.is_given_name(doc.word(s))
            && end + 1 < tokens.len()
            && tokens[end].newlines == 0
            && !tokens[end].joined
            && is_name_word(doc, end)
            && !doc.is_capitalized(end + 1)
            && !words::is_org_head(doc.word(end))
            && !words::is_site_head(doc.word(end))
            && !words::is_place_head(doc.word(end))
            && !contains(TITLE_ABBREVIATIONS, doc.word(end))
            && !headline[doc.paragraph_of(s)]
        {
            skip_before = tokens[end].end;
            continue;
        }
        // a known person's one-word name before the head of an institution or a building named
        // after them is part of that name: "Trump University", "the Clinton Foundation", "Trump
        // Tower"
        if entry.kind == EntryKind::Person
            && hit.form == Form::Name
            && e == s
            && end < tokens.len()
            && tokens[end].newlines == 0
            && !tokens[end].joined
            && doc.is_capitalized(end)
            && (contains(INSTITUTION_HEADS, doc.word(end))
                || contains(BUILDING_HEADS, doc.word(end)))
        {
            skip_before = tokens[end].end;
            continue;
        }
        // a known body's name before the head of a part or an institution of its own is part of
        // that longer name, read like any other: "Brenmoor University School of Nursing", "the
        // Brenmoor Trust Museum", "Brenmoor Institute for Marine Studies" (a company's legal
        // suffix stays with the known company: "Brenmoor Motor Company")
        if matches!(entry.kind, EntryKind::Organization | EntryKind::Media)
            && hit.form == Form::Name
            && end + 1 < tokens.len()
            && tokens[end].newlines == 0
            && !tokens[end].joined
        {
            let next = doc.word(end);
            let head_at = |k: usize| {
                k < tokens.len()
                    && doc.is_capitalized(k)
                    && tokens[k].newlines == 0
                    && !tokens[k].joined
                    && (contains(INSTITUTION_HEADS, doc.word(k))
                        || contains(BUILDING_HEADS, doc.word(k)))
            };
            // or before a word or two of its own and such a head: "Brenmoor Banking Group",
            // "Brenmoor Law School" (not an acronym's: "UN Population Fund" is the UN's)
            let word_of_name = |k: usize| {
                k < tokens.len()
                    && doc.is_capitalized(k)
                    && tokens[k].newlines == 0
                    && !tokens[k].joined
                    && doc.word(k).chars().skip(1).any(char::is_lowercase)
                    && !words::is_function_word(doc.word(k))
                    && !is_company_suffix(doc.word(k))
            };
            let acronym = !doc.word(e).chars().any(char::is_lowercase);
            let part = doc.is_capitalized(end)
                && !is_company_suffix(next)
                && (head_at(end)
                    || (!acronym
                        && word_of_name(end)
                        && (head_at(end + 1) || (word_of_name(end + 1) && head_at(end + 2)))));
            let named_for = (doc.is(end, "for") || doc.is(end, "of"))
                && words::is_org_head(doc.word(e))
                && doc.is_capitalized(end + 1)
                && !words::is_not_name(doc.word(end + 1))
                && hits
                    .get(h + 1)
                    .is_none_or(|next| next.start > tokens[end + 1].start);
            // an outlet named by "The" and a word before more words of a name and a body's
            // head is a word of that longer name, not the outlet: "The Independent Electoral
            // Commission", "The Independent Police Complaints Board" (not "The Independent
            // Vermont senator")
            let titled_outlet = entry.kind == EntryKind::Media
                && e > s
                && doc.word(s).eq_ignore_ascii_case("the")
                && word_of_name(end)
                && (end + 1..(end + 4).min(tokens.len()))
                    .take_while(|&k| word_of_name(k))
                    .any(|k| words::is_org_head(doc.word(k)));
            if part || named_for || titled_outlet {
                if part {
                    inner.push(Candidate::lexicon(s..end, hit));
                }
                skip_before = tokens[end].end;
                continue;
            }
            if doc.is_capitalized(end) && is_company_suffix(next) {
                end += 1;
            }
        }
        // a point of the compass written with a capital before a known town or province is a
        // word of its name: "South Kelmar", "North Dravik" (a country's north, "North Korea",
        // is in the lexicon or is no name)
        let s = if s > 0
            && matches!(doc.word(s - 1), "North" | "South" | "East" | "West")
            && entry.kind == EntryKind::Place
            && hit.form == Form::Name
            && tokens[s].newlines == 0
            && !tokens[s].joined
            && out.last().is_none_or(|c: &Candidate| c.tokens.end < s)
        {
            s - 1
        } else {
            s
        };
        // a club's opening word before a town's name names the club, and the town inside it:
        // "Sporting Lisbon", "Dynamo Kelvar"
        if s > 0
            && matches!(entry.kind, EntryKind::Place | EntryKind::Country)
            && matches!(hit.form, Form::Name | Form::Capital)
            && doc.is_capitalized(s - 1)
            && words::is_club_opening(doc.word(s - 1))
            && tokens[s].newlines == 0
            && !tokens[s].joined
            && out.last().is_none_or(|c: &Candidate| c.tokens.end < s)
        {
            inner.push(Candidate::lexicon(s..end, hit));
            out.push(Candidate {
                tokens: s - 1..end,
                kind: CandidateKind::Organization,
            });
            continue;
        }
        // "County Galway": the county named by its town
        let s = if s > 0
            && doc.is(s - 1, "County")
            && doc.is_capitalized(s - 1)
            && matches!(entry.kind, EntryKind::Place)
            && hit.form == Form::Name
            && out.last().is_none_or(|c: &Candidate| c.tokens.end < s)
        {
            s - 1
        } else {
            s
        };
        // a site named after a place with a word or two between: "Baghdad International
        // Airport", "Mosul Central Prison" (not where another name starts there)
        if matches!(entry.kind, EntryKind::Place | EntryKind::Country)
            && matches!(hit.form, Form::Name | Form::Capital)
        {
            let words_between = (end..(end + 3).min(tokens.len()))
                .take_while(|&t| {
                    doc.is_capitalized(t)
                        && doc.tokens[t].newlines == 0
                        && !words::is_site_head(doc.word(t))
                        && !words::is_org_head(doc.word(t))
                        && !words::is_place_head(doc.word(t))
                })
                .count();
            let site = end + words_between;
            let free = hits
                .get(h + 1)
                .is_none_or(|next| next.start >= tokens.get(site).map_or(usize::MAX, |t| t.end));
            if (1..=2).contains(&words_between)
                && site < tokens.len()
                && doc.is_capitalized(site)
                && words::is_site_head(doc.word(site))
                && doc.tokens[site].newlines == 0
                && free
            {
                inner.push(Candidate::lexicon(s..end, hit));
                out.push(Candidate::lexicon(s..site + 1, hit));
                continue;
            }
        }
        // a lower-case head is a common noun after the name, not part of it ("Idlib province"
        // names "Idlib")
        if matches!(entry.kind, EntryKind::Place | EntryKind::Country)
            && end < tokens.len()
            && words::is_place_head(doc.word(end))
            && doc.is_capitalized(end)
        {
            // a site named after the place ("Volgograd Arena", "Kabul Airport") is a place of
            // its own, and the town is mentioned in its name
            if words::is_site_head(doc.word(end)) && matches!(hit.form, Form::Name | Form::Capital)
            {
                inner.push(Candidate::lexicon(s..end, hit));
            }
            end += 1;
        }
        // a title written with capitals, its possessive and "Office" name one body: "the
        // Attorney General's Office", "the Ombudsman's Office" (no body "Office" that the
        // offices of several titles would share)
        if entry.kind == EntryKind::Role
            && entry.holder == Holder::Person
            && (s..end).all(|t| doc.is_capitalized(t))
            && end + 1 < tokens.len()
            && matches!(doc.word(end), "'s" | "’s")
            && doc.is(end + 1, "Office")
            && doc.is_capitalized(end + 1)
            && tokens[end + 1].newlines == 0
        {
            out.push(Candidate {
                tokens: s..end + 2,
                kind: CandidateKind::Organization,
            });
            continue;
        }
        if entry.kind == EntryKind::Role && e == s && given_name_as_title(doc, s) {
            continue;
        }
        // a role phrase inside a longer lower-case phrase is only a role when it is a noun here
        if entry.kind == EntryKind::Role
            && entry.holder == Holder::Person
            && doc.is_lowercase(s)
            && s > 0
            && doc.is(s - 1, "to")
        {
            continue;
        }
        // a capitalised sector or person noun inside an organisation's name is part of the
        // name: "Oakdale Police Department", "the Housing Council"; and so is a title before a
        // street's head: "King Street", "Queen's Road"
        if entry.kind == EntryKind::Role
            && doc.is_capitalized(end - 1)
            && end < tokens.len()
            && doc.is_capitalized(end)
            && (words::is_org_head(doc.word(end)) || contains(STREET_HEADS, doc.word(end)))
        {
            continue;
        }
        // a body's noun written with a capital after a name of its own ends that name: "the
        // Green Party", "the Kelvu Maro Party" (not after a country's name or adjective from the
        // lexicon, "Kenyan Parliament", nor after a sentence's first word, nor after a person's
        // name, "Brett Kavanaugh Supreme Court nomination")
        let named_before = s > 0
            && is_name_word(doc, s - 1)
            && !opens_utterance(doc, s - 1)
            && out.last().is_none_or(|c: &Candidate| c.tokens.end < s)
            && !(s > 1 && lexicon.is_given_name(doc.word(s - 2)));
        if entry.kind == EntryKind::Role
            && entry.holder == Holder::Group
            && (s..end).all(|t| doc.is_capitalized(t))
            && words::is_org_head(doc.word(end - 1))
            && named_before
        {
            continue;
        }
        // a known body's one-word name after a name of its own is another body: "Libya's
        // National Congress", "the Kelvu Senate" (not the U.S. Congress; but "the Republican
        // Congress" is it)
        if entry.kind == EntryKind::Organization
            && end == s + 1
            && words::is_org_head(doc.word(s))
            && named_before
            && !words::is_us_party(doc.word(s - 1))
        {
            continue;
        }
        // a body's capitalised noun, "of" and capitalised words the lexicon does not know name
        // one body: "the Ministry of Culture", "the Supreme Court of Cassation", "the Ministry of
        // Culture and Sports" (not "the Parliament of Iraq": a country's body, made later)
        if entry.kind == EntryKind::Role
            && entry.holder == Holder::Group
            && doc.is_capitalized(end - 1)
            && words::is_org_head(doc.word(end - 1))
            && end + 1 < tokens.len()
            && doc.is(end, "of")
        {
            // a capitalised sector noun of one word is a word of the name: "the Ministry of
            // Trade and Industry", "the Ministry of Justice and Police"
            let sector_word = |x: &Hit| {
                let e = lexicon.entry(x.entry);
                x.first_token == x.last_token
                    && e.kind == EntryKind::Role
                    && e.holder == Holder::Group
                    && doc.is_capitalized(x.first_token)
            };
            let next_hit = hits[h + 1..]
                .iter()
                .find(|&x| !sector_word(x))
                .map_or(usize::MAX, |x| x.start);
            let free = |k: usize| {
                k < tokens.len() && tokens[k].start < next_hit && tokens[k].newlines == 0
            };
            let mut k = end + 1;
            let mut tail_end = None;
            while free(k) {
                if doc.is_capitalized(k) && !words::is_not_name(doc.word(k)) {
                    k += 1;
                    tail_end = Some(k);
                } else if (doc.is(k, "and") || doc.is_punct(k, '&'))
                    && free(k + 1)
                    && doc.is_capitalized(k + 1)
                {
                    k += 1;
                } else {
                    break;
                }
            }
            if let Some(e) = tail_end.filter(|_| doc.is_capitalized(end + 1)) {
                end = e;
                // the sector nouns taken into the name are no mentions of their own
                skip_before = skip_before.max(tokens[e - 1].end);
            }
        }
        out.push(Candidate::lexicon(s..end, hit));
    }
    out
}

/// A paragraph of capitalised words (a headline) gives no evidence that a capitalised word is a name.
fn is_headline(doc: &Document, para: Range<usize>) -> bool {
    let tokens = doc.tokens.get(para).unwrap_or_default();
    // a paragraph has no more words than tokens: once more than three in ten of its tokens are
    // words without a capital, it is no headline (most paragraphs are told by their first words)
    let most_lower = tokens.len() * 3;
    let mut words = 0;
    let mut caps = 0;
    for t in tokens.iter().filter(|t| t.kind == Kind::Word) {
        words += 1;
        if t.case == Case::Upper {
            caps += 1;
        } else if (words - caps) * 10 > most_lower {
            return false;
        }
    }
    words >= 4 && caps * 10 >= words * 7
}

/// The given name and surname (perhaps with an initial between) that open a longer run of a
/// headline's capitalised words, the rest being the headline's verb and words: "Dana Kowal Says
/// Talks Failed", "Dana J. Kowal Blasts Critics" (not "Grace Church Opens Doors", "Dana Park
/// Reopens"); or a run of their own before a sentence-case headline's verb in lower case ("Dana
/// Kowal visits Japan").
fn headline_person(doc: &Document, given: &GivenNames, run: Range<usize>) -> Option<Range<usize>> {
    let i = run.start;
    if !given.at(doc, i) {
        return None;
    }
    let surname = if run.len() > 3 && is_initials(doc.word(i + 1)) {
        i + 2
    } else {
        i + 1
    };
    let end = surname + 1;
    if end > run.end {
        return None;
    }
    let head = |t: usize| {
        let w = doc.word(t);
        words::is_org_head(w) || words::is_place_head(w) || words::is_site_head(w)
    };
    let name = doc.word(surname);
    // a surname, not a verb or a word run together with others ("MaransFlagShare")
    let surname_like = doc.is_word(surname)
        && !is_initials(name)
        && !name.ends_with("ing")
        && !name.ends_with("ed")
        && name != "Just"
        && name.chars().filter(|c| c.is_uppercase()).count() <= 2
        // (a given name as a surname before a lower-case verb: "Sarah Connor visited Japan")
        && (end == run.end || !given.at(doc, surname))
        && !head(surname);
    // the headline's verb after the name ("Says", "Blasts", "Questioned", "Just Announced"), not
    // a third word of the name ("Martha Fuller Clark") nor a hyphen's ("Abu-Laban")
    let verb_after = if end == run.end {
        doc.is_word(end) && doc.tokens[end].case == Case::Lower
    } else {
        let next = doc.word(end);
        !doc.tokens[end].joined
            && ((next.len() > 3 && next.ends_with('s'))
                || next.ends_with("ed")
                || matches!(next, "Just" | "On" | "To" | "Is" | "Was" | "Has" | "Will"))
    };
    (surname_like && verb_after && !head(end)).then_some(i..end)
}

/// A capitalised word that may be a word of a name.
#[inline]
pub(crate) fn is_name_word(doc: &Document, i: usize) -> bool {
    // asked of nearly every token: the case is read here, without a call
    doc.is_capitalized(i) && capitalized_name_word(doc, i)
}

/// `is_name_word` of a capitalised word.
fn capitalized_name_word(doc: &Document, i: usize) -> bool {
    if is_caption_label(doc, i) {
        return false;
    }
    let w = doc.word(i);
    // doctrines and fears are no names: "Islamophobia", "Zionism"
    !words::is_not_name(w) && !(w.len() > 6 && (w.ends_with("ism") || w.ends_with("phobia")))
}

/// A credit's label: "Image" in "… Ahmed Rahimi Image: Lena Markovic".
fn is_caption_label(doc: &Document, i: usize) -> bool {
    // the colon first: it is one byte's test, and most capitalised words have none after them
    doc.is_punct(i + 1, ':') && contains(CAPTION_LABELS, doc.word(i))
}

/// Whether token `i` opens a sentence, or a speaker's turn after the speaker's label at the start
/// of a paragraph ("((WN)) Thank you", "AG: Members of the team ..."), where a capital tells as
/// little as at a sentence's start.
fn opens_utterance(doc: &Document, i: usize) -> bool {
    if doc.starts_sentence(i) {
        return true;
    }
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    // (the mark first: most words asked about follow none)
    if !(doc.is_punct(prev, ':') || doc.is_punct(prev, ')')) {
        return false;
    }
    let para = doc.paragraphs[doc.paragraph_of(i)].start;
    // a credit's label is no speaker's: "Image: Jambo" names who made the picture
    let credit = prev > 0 && is_caption_label(doc, prev - 1);
    i - para <= 8 && !credit
}

/// A work's title after the noun for its kind: "the novel Angel Dust", "the film Easy Rider" (not
/// a name that opens a sentence, which has no lower-case word before it).
fn names_a_work(doc: &Document, run: &Range<usize>) -> bool {
    run.start > 0
        && doc.is_lowercase(run.start - 1)
        && contains(WORK_NOUNS, doc.word(run.start - 1))
}

/// A product's name: "Firefox", "Windows XP" (a version after it is no word of the run), a Linux
/// distribution ("Kestrel Linux").
fn is_product(doc: &Document, run: &Range<usize>) -> bool {
    (run.len() <= 2 && words::is_product(doc.span_text(run.clone())))
        || (run.len() <= 4 && doc.word(run.end - 1) == "Linux")
}

/// A capitalised word that opens place names in Arabic, Hebrew and Persian ("Kafr", "village";
/// "Tel", "hill"; "Deir", "monastery"; "Masjid", "mosque"), before another capitalised word.
fn is_toponym_prefix(doc: &Document, i: usize) -> bool {
    // (the capital first: most words asked about are lower-case)
    doc.is_capitalized(i)
        && matches!(
            doc.word(i),
            "Kafr"
                | "Kfar"
                | "Kefar"
                | "Tal"
                | "Tel"
                | "Tell"
                | "Deir"
                | "Dayr"
                | "Beit"
                | "Bayt"
                | "Ain"
                | "Ayn"
                | "Khirbet"
                | "Khirbat"
                | "Jabal"
                | "Jebel"
                | "Wadi"
                | "Ras"
                | "Bir"
                | "Qasr"
                | "Kuh"
                | "Masjid"
        )
        && i + 1 < doc.tokens.len()
        && doc.is_capitalized(i + 1)
        && doc.tokens[i + 1].newlines == 0
}

/// A faith's adjective before a common noun: "Roman Catholic bishops", "Greek Orthodox clergy".
fn is_faith_adjective(doc: &Document, run: &Range<usize>) -> bool {
    words::is_religion_adjective(doc.word(run.end - 1))
        && run.end < doc.tokens.len()
        && doc.is_lowercase(run.end)
        && doc.is_word(run.end)
}

/// A storm's name: "Hurricane Maria", "Tropical Storm Humberto", "Super Typhoon Haiyan".
fn is_storm(doc: &Document, run: &Range<usize>) -> bool {
    if run.len() < 2 || !contains(STORM_WORDS, doc.word(run.start)) {
        return false;
    }
    match doc.word(run.start) {
        "Tropical" | "Super" => matches!(
            doc.word(run.start + 1),
            "Storm" | "Depression" | "Cyclone" | "Typhoon"
        ),
        _ => true,
    }
}

fn is_particle(doc: &Document, i: usize) -> bool {
    doc.is_lowercase(i) && words::is_name_particle(doc.word(i))
}

/// Whether the title at `s` is an Arabic given name as well, before a family name opening with
/// its article: "Sultan al-Qadiri" (not "Sultan Haitham").
#[inline]
pub(crate) fn given_name_as_title(doc: &Document, s: usize) -> bool {
    matches!(doc.word(s), "Sultan" | "Amir")
        && s + 3 < doc.tokens.len()
        && matches!(doc.word(s + 1), "al" | "Al" | "el" | "El")
        && joined_hyphen(doc, s + 2)
        && doc.is_capitalized(s + 3)
}

fn joined_hyphen(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens;
    // (the flags first: most tokens asked about stand after a space)
    i + 1 < t.len() && t[i].joined && t[i + 1].joined && doc.is_punct(i, '-') && doc.is_word(i + 1)
}

/// Whether the word after a hyphen inside a run goes on the name: a capitalised word
/// ("Al-Nusra"), a particle ("Kai-bin") or a short syllable ("Ki-moon"); not a common word of a
/// compound ("T-shirt", "Prize-winner", "Kremlin-backed").
fn name_after_hyphen(doc: &Document, k: usize) -> bool {
    let w = doc.word(k);
    // the common words of compounds before a name: "Fourteen-year-old Zoe", "German-born Kai"
    let common = matches!(
        w,
        "year" | "years" | "old" | "day" | "week" | "month" | "born" | "led" | "run" | "made"
    );
    doc.is_capitalized(k)
        || is_particle(doc, k)
        || (w.chars().count() <= 4 && k >= 2 && doc.word(k - 2).chars().count() > 1 && !common)
}

/// The end of the proper-name run starting at `i` (== `i` where none starts).
fn run_end(doc: &Document, given: &GivenNames, covered: &[bool], i: usize) -> usize {
    let n = doc.tokens.len();
    let free = |j: usize| j < n && !covered[j];
    // a run may open with a particle joined to a name: al-Baghdadi
    // (the particle's look-up last: most lower-case words are followed by no hyphen)
    let opens = is_name_word(doc, i)
        || (doc.is_lowercase(i)
            && joined_hyphen(doc, i + 1)
            && doc.is_capitalized(i + 2)
            && is_particle(doc, i));
    if !opens {
        return i;
    }
    let mut j = i + 1;
    // a word that is never a name alone is a surname after a given name, where no name goes on:
    // "Nora Christmas", "Ana English said"
    if free(j)
        && doc.tokens[j].newlines == 0
        && matches!(doc.word(j), "Christmas" | "Easter" | "English")
        && given.at(doc, i)
        && !doc.is_capitalized(j + 1)
    {
        return j + 1;
    }
    loop {
        if free(j)
            && is_name_word(doc, j)
            && doc.tokens[j].newlines == 0
            // a name ends with its sentence ("the Sun.  So we …"), and at a number's
            // abbreviation ("No.  Not yet")
            && doc.sentence_of[j] == doc.sentence_of[j - 1]
            && !matches!(doc.word(j - 1), "No." | "Nos." | "Vol.")
        {
            j += 1;
        } else if free(j) && free(j + 1) && joined_hyphen(doc, j) && name_after_hyphen(doc, j + 1) {
            j += 2; // Ki-moon, Al-Nusra
        } else if free(j)
            && is_particle(doc, j)
            && free(j + 1)
            && (is_name_word(doc, j + 1)
                || joined_hyphen(doc, j + 1)
                // two particles: "Juan de la Cruz", "Ana de los Santos"
                || (is_particle(doc, j + 1) && free(j + 2) && is_name_word(doc, j + 2)))
        {
            j += 1;
        } else {
            break;
        }
    }
    // organisation names with connectors: Bank of America, Institute for the Study of War
    loop {
        let mut k = j;
        while free(k) && k < j + 2 && contains(words::ORG_CONNECTORS, doc.word(k)) {
            k += 1;
        }
        // "the Oakdale School District and the Oakdale Police Department" are two names
        if k == j + 2 && doc.is(j, "and") {
            break;
        }
        if k == j || !free(k) || !is_name_word(doc, k) {
            break;
        }
        let mut m = k;
        while free(m) && is_name_word(doc, m) {
            m += 1;
        }
        // a region's head and "of" before its name: "the Province of Kelmar", "County of Avel"
        let region_of = k == j + 1
            && doc.is(j, "of")
            && m - k <= 3
            && (j - i == 1 || (j - i == 2 && words::is_function_word(doc.word(i))))
            && matches!(
                doc.word(j - 1),
                "County" | "Province" | "Governorate" | "Oblast" | "Prefecture" | "Region"
            );
        let has_head = region_of || (i..j).chain(k..m).any(|t| words::is_org_head(doc.word(t)));
        if !has_head {
            break;
        }
        // "Riverside Teaching Museum and Art Gallery", "Mara Lindqvist of Northern Light Magazine
        // and Paolo De Santis": two names side by side, not one
        let and = contains(&["and", "&"], doc.word(j));
        let left_has_head = (i..j).any(|t| words::is_org_head(doc.word(t)));
        // a name of two words or a given name before "of" is a person's: "Mara Lindqvist of
        // Northern Light Magazine"; a function word opening the run is not part of the name
        // ("The Trade and Industry Ministry")
        let first = if j - i >= 2 && words::is_function_word(doc.word(i)) {
            i + 1
        } else {
            i
        };
        let person_first = !left_has_head && (j - first >= 2 || given.at(doc, first));
        if (and && (words::is_org_head(doc.word(j - 1)) || given.at(doc, k))) || person_first {
            break;
        }
        j = m;
    }
    j
}

/// Facts about the whole document used to tell names from capitalised common words.
struct Context<'a, 'r> {
    /// The facts about the run words and the known people's words, by word (`MID_CAPS`,
    /// `NAME_WORD`, `KNOWN_SURNAME`): one look-up of a word for the three questions.
    words: HashMap<&'a str, u8>,
    /// Lower-case forms of sentence-initial run words that the text also writes in lower case,
    /// made when a word that is not ASCII is first asked about (see `is_common`).
    common: OnceCell<HashSet<&'a str>>,
    /// The runs and the document's lower-case words, to answer `is_common`.
    runs: &'r [Range<usize>],
    lower: &'r LowerWords,
}

/// A capitalised word seen in the middle of a sentence.
const MID_CAPS: u8 = 1;
/// A word of a name of two words or more, wherever it stands, but for a first word that opens a
/// sentence: "Ortiz" of "Dana Ortiz said", and of a known person's full name.
const NAME_WORD: u8 = 2;
/// The last word of a known person the text names in full ("Sullivan" of "Jake Sullivan"): a
/// surname alone opening a sentence is theirs ("Sullivan met the envoy").
const KNOWN_SURNAME: u8 = 4;

impl<'a, 'r> Context<'a, 'r> {
    fn new(
        doc: &Document<'a>,
        lexicon: &Lexicon,
        lower: &'r LowerWords,
        candidates: &[Candidate],
        runs: &'r [Range<usize>],
    ) -> Self {
        // sized for the run words (at most one insert each; capped: a long text's words repeat)
        let run_words: usize = runs.iter().map(|r| r.len()).sum();
        let mut words: HashMap<&str, u8> =
            HashMap::with_capacity_and_hasher(run_words.min(4096), Default::default());
        for run in runs {
            let long = run.len() >= 2;
            for i in run.clone() {
                let opens = opens_utterance(doc, i);
                let mut facts = if opens { 0 } else { MID_CAPS };
                if long && doc.is_capitalized(i) && !(i == run.start && opens) {
                    facts |= NAME_WORD;
                }
                if facts != 0 {
                    *words.entry(doc.word(i)).or_default() |= facts;
                }
            }
        }
        for c in candidates.iter().filter(|c| c.tokens.len() >= 2) {
            if let CandidateKind::Lexicon { entry, .. } = c.kind {
                if lexicon.entry(entry).kind == EntryKind::Person {
                    for i in c.tokens.clone() {
                        *words.entry(doc.word(i)).or_default() |= NAME_WORD;
                    }
                    *words.entry(doc.word(c.tokens.end - 1)).or_default() |= KNOWN_SURNAME;
                }
            }
        }
        Context {
            words,
            common: OnceCell::new(),
            runs,
            lower,
        }
    }

    /// Whether the lower-case form `w` of run word `i`, which opens a sentence, is written in
    /// lower case too. A word of ASCII is asked alone (a document asks few, and `w` is its own
    /// run word's form); another from the set of all run words opening a sentence made at its
    /// first question (`w` may be none of them: the forms are made by `to_lowercase`).
    fn is_common(&self, doc: &Document<'a>, i: usize, w: &str) -> bool {
        if doc.word(i).is_ascii() {
            return self.lower.writes(doc, w);
        }
        self.common
            .get_or_init(|| {
                // lower-cased without a copy where the word is ASCII (mostly a run's first word)
                let mut initial: HashSet<Cow<str>> = HashSet::with_capacity_and_hasher(
                    self.runs.len().min(4096),
                    Default::default(),
                );
                for i in self.runs.iter().flat_map(Range::clone) {
                    if opens_utterance(doc, i) {
                        let w = doc.word(i);
                        initial.insert(if w.is_ascii() {
                            Cow::Borrowed(doc.lower(i))
                        } else {
                            Cow::Owned(w.to_lowercase())
                        });
                    }
                }
                self.lower.written(doc, initial)
            })
            .contains(w)
    }

    /// Whether the word `w` has the fact `fact` (`MID_CAPS`, `NAME_WORD`, `KNOWN_SURNAME`).
    #[inline]
    fn has(&self, w: &str, fact: u8) -> bool {
        self.words.get(w).is_some_and(|&f| f & fact != 0)
    }

    /// A word opening a sentence that is a common noun before a verb of saying or going on, not
    /// a surname: a plural or a gerund ("Critics said", "Aides told", "Fighting continued",
    /// "Having said that"), an adjective before its noun ("Initial reports stated") or a word
    /// the text also writes in lower case ("Research suggests"),
    /// where the text names no one with it ("Williams said" after "Anna Williams") and it is no
    /// common surname ("Davis said"). The holders of a title ("Ministers said") are left to the
    /// title's rules.
    fn common_subject(
        &self,
        doc: &Document<'a>,
        lexicon: &Lexicon,
        given: &GivenNames,
        i: usize,
    ) -> bool {
        let w = doc.word(i);
        let lower = doc.lower(i);
        let plural_or_gerund = w.len() > 4
            && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                || w.ends_with("ing"));
        // an adjective before its noun: "Initial reports stated", "Various sources say"
        let adjective = w.len() > 6 && ["al", "ive", "ous", "ful"].iter().any(|s| w.ends_with(s));
        (plural_or_gerund || adjective || self.is_common(doc, i, lower))
            && !plural_title(lexicon, lower)
            && w.chars().skip(1).all(char::is_lowercase)
            && !self.has(w, MID_CAPS)
            && !self.has(w, NAME_WORD)
            && !given.at(doc, i)
            && !words::contains(words::SURNAMES_IN_S, w)
    }

    /// Drops function words and sentence-initial common words from the start of a run.
    fn strip(
        &self,
        doc: &Document<'a>,
        lexicon: &Lexicon,
        given: &GivenNames,
        mut run: Range<usize>,
    ) -> Option<Range<usize>> {
        // after a title written as an abbreviation (before the run or dropped from its start),
        // the next word is a surname even where it is a common noun alone ("Mr. Singer", "Ms
        // Boxer")
        let mut titled = run.start > 0 && TITLE_ABBREVIATIONS_SET.contains(doc.word(run.start - 1));
        while !run.is_empty() {
            let w = doc.word(run.start);
            let single = run.len() == 1;
            // a lower-case word, or the hyphen of a compound whose first word was dropped
            let lower_start = (doc.is_lowercase(run.start) && !is_particle(doc, run.start))
                || doc.is_punct(run.start, '-');
            // "Critics of the Church of Valdoria": a sentence-initial common noun before a
            // connector is not part of the organisation's name
            let before_connector = doc.starts_sentence(run.start)
                && run.len() > 2
                && doc.is_lowercase(run.start + 1)
                && contains(words::ORG_CONNECTORS, doc.word(run.start + 1))
                && !words::is_org_head(w)
                && !given.at(doc, run.start)
                && !self.has(w, MID_CAPS);
            // a word describing the person opens the sentence before their given name and
            // surname: "Biologist Nick Bos said", "Democrat Rod Blagojevich", "Muslim Zara Kay"
            let descriptor = doc.starts_sentence(run.start)
                && run.len() >= 3
                && !given.at(doc, run.start)
                && given.at(doc, run.start + 1)
                && doc.is_capitalized(run.start + 2)
                && (words::is_person_noun(&w.to_lowercase())
                    || plural_person_noun(&w.to_lowercase())
                    || words::is_religion_adjective(w)
                    || matches!(w, "Democrat" | "Republican")
                    || (w.len() > 5 && (w.ends_with("ist") || w.ends_with("ian"))));
            // a participle opening a sentence or a headline before a surname the text writes
            // inside sentences: "Disgraced Okafor resigns", "Embattled Voss quits"
            let participle = run.len() == 2
                && w.len() > 5
                && (w.ends_with("ed") || w.ends_with("ing"))
                && opens_utterance(doc, run.start)
                && !given.at(doc, run.start)
                && !self.has(w, MID_CAPS)
                && self.has(doc.word(run.start + 1), MID_CAPS);
            // a title written as an abbreviation opens the run but is not the name: "Gov. Mike
            // Pence", "Dr Ali Nasser", "Cde Tendai Moyo" (without the full stop)
            let title = run.len() > 1
                && TITLE_ABBREVIATIONS_SET.contains(w)
                && (w.ends_with('.')
                    || matches!(w, "Mr" | "Mrs" | "Ms" | "Dr" | "Cde" | "Comrade"));
            // an office the role lexicon leaves out, written before a given name and a surname:
            // "Principal Sarah Lane", "Dean Mark Ellis", "Major Tom Hale" (not "Dean Martin",
            // "Major League Baseball")
            let office = run.len() >= 3
                && matches!(
                    w,
                    "Principal" | "Dean" | "Major" | "Secretary" | "Superintendent" | "Provost"
                )
                && given.at(doc, run.start + 1)
                && doc.is_capitalized(run.start + 2)
                && !words::is_org_head(doc.word(run.end - 1));
            // a particle joined to the name opens it, written with a capital at a sentence's
            // start: "Al-Hamdani returned"
            let particle_first = joined_hyphen(doc, run.start + 1)
                && w.chars().count() <= 3
                && words::is_name_particle(&w.to_lowercase());
            // "Representatives Eliot Engel and Adam Schiff": the title of several opens the name
            // (not a body's name they give: "Doctors Network", "Nurses Union")
            let titles = !single
                && w.ends_with('s')
                && plural_title(lexicon, doc.lower(run.start))
                && !words::is_org_head(doc.word(run.end - 1));
            let drop = lower_start
                || before_connector
                || descriptor
                || participle
                || title
                || titles
                || office
                || (single && !titled && is_common_alone(doc, lexicon, run.start))
                || words::is_function_word(w)
                || words::is_not_name(w)
                || (opens_utterance(doc, run.start)
                    && !particle_first
                    && (!single
                        || !(followed_by_person_context(doc, lexicon, run.end)
                            || (described_by_apposition(doc, lexicon, run.end).is_some()
                                && !w.ends_with("ly")))
                        || self.common_subject(doc, lexicon, given, run.start))
                    && !given.at(doc, run.start)
                    && !self.has(w, MID_CAPS)
                    && !(single && self.has(w, KNOWN_SURNAME))
                    && (single
                        || self.is_common(doc, run.start, w.to_lowercase().as_str())
                        || cues::cue(&w.to_lowercase()).is_some()));
            if drop {
                titled = title;
                run.start += 1;
            } else {
                break;
            }
        }
        // trailing hyphens and particles are not part of a name, but a particle joined to the name
        // by a hyphen is ("Lo Kai-bin")
        let joined_particle = |end: usize| {
            end >= 3
                && is_particle(doc, end - 1)
                && doc.is_punct(end - 2, '-')
                && doc.tokens[end - 1].joined
                && doc.tokens[end - 2].joined
                && doc.is_capitalized(end - 3)
        };
        while !run.is_empty()
            && !joined_particle(run.end)
            && (doc.is_punct(run.end - 1, '-') || is_particle(doc, run.end - 1))
        {
            run.end -= 1;
        }
        (!run.is_empty()).then_some(run)
    }
}

/// Whether a capitalised word standing alone is a common word, not a name: a Roman numeral ("part
/// II"), a noun counting the number after it ("Category 5"), a title ("the Secretary of
/// Justice") or a plural of people ("Women, who make up ...").
fn is_common_alone(doc: &Document, lexicon: &Lexicon, i: usize) -> bool {
    let w = doc.word(i);
    let counted = COUNTED_NOUNS_SET.contains(w)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Number && t.newlines == 0);
    words::is_roman_numeral(w)
        || counted
        || contains(TITLE_NOUNS, w)
        || contains(COMMON_NOUNS_ALONE, w)
        || is_adverb(doc.lower(i))
        || names_a_person(lexicon, doc.lower(i))
        || plural_person_noun(doc.lower(i))
        || matches!(w, "Women" | "Men" | "People" | "Children")
}

/// Whether a lower-cased word is an adverb by its ending: "officially", "unfortunately".
fn is_adverb(lower: &str) -> bool {
    lower.len() >= 7 && ADVERB_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Whether a lower-cased word is a noun of people in the plural ("scientists", "neighbours"; not
/// a title, "Ministers said", which names a country's government).
fn plural_person_noun(lower: &str) -> bool {
    lower.strip_suffix('s').is_some_and(words::is_person_noun)
        || lower
            .strip_suffix("ies")
            .is_some_and(|stem| words::is_person_noun(&format!("{stem}y")))
}

/// Whether a lower-cased word names a person by what they are: a person's role ("senator") or a
/// noun of people ("lawyer").
fn names_a_person(lexicon: &Lexicon, lower: &str) -> bool {
    lexicon
        .role(lower)
        .is_some_and(|r| r.holder == Holder::Person)
        || words::is_person_noun(lower)
}

/// Whether a capitalised word (lower-cased: `lower`) is a person's title in the plural: "Senators",
/// "Representatives", "Deputies".
fn plural_title(lexicon: &Lexicon, lower: &str) -> bool {
    let singular = |p: &str| names_a_person(lexicon, p);
    lower.strip_suffix('s').is_some_and(singular)
        || lower
            .strip_suffix("ies")
            .is_some_and(|p| singular(&format!("{p}y")))
}

/// `after_title[i]`: a person title from the lexicon ends right before token `i`.
fn is_person_title(doc: &Document, after_title: &[bool], before: usize) -> bool {
    if before == 0 {
        return false;
    }
    let prev = before - 1;
    if TITLE_ABBREVIATIONS_SET.contains(doc.word(prev)) {
        return true;
    }
    after_title.get(before).copied().unwrap_or(false)
}

/// Lower-case nouns of a kind of body, heading an apposition ("Kelvix, a cybersecurity firm,").
const BODY_NOUNS: &[&str] = &[
    "firm",
    "company",
    "maker",
    "manufacturer",
    "producer",
    "automaker",
    "carmaker",
    "chipmaker",
    "startup",
    "start-up",
    "retailer",
    "carrier",
    "airline",
    "bank",
    "lender",
    "insurer",
    "developer",
    "provider",
    "operator",
    "supplier",
    "distributor",
    "chain",
    "conglomerate",
    "subsidiary",
    "consultancy",
    "brand",
    "group",
    "organisation",
    "organization",
    "nonprofit",
    "non-profit",
    "charity",
    "agency",
    "party",
    "union",
    "club",
    "network",
    "newspaper",
    "outlet",
    "foundation",
    "institute",
    "university",
    "association",
    "coalition",
    "alliance",
    "federation",
    "movement",
    "militia",
    "faction",
    "platform",
    "service",
];

/// The kind of what an apposition at `comma` describes ("Kelvix, a Dutch cybersecurity firm,",
/// "MORVELLA, the maker of", ", a retired diplomat,"): a body or a person, by the noun heading it.
pub(crate) fn described_by_apposition(
    doc: &Document,
    lexicon: &Lexicon,
    comma: usize,
) -> Option<ActorType> {
    let n = doc.tokens.len();
    if comma + 2 >= n
        || !doc.is_punct(comma, ',')
        || !matches!(doc.word(comma + 1), "a" | "an" | "the")
    {
        return None;
    }
    // the qualifiers before the head noun ("a Dutch cybersecurity", "the country's largest")
    for k in comma + 2..n.min(comma + 8) {
        if !doc.is_word(k) {
            if doc.is_punct(k, '-') || matches!(doc.word(k), "'s" | "’s") {
                continue;
            }
            return None;
        }
        if !doc.is_lowercase(k) {
            continue;
        }
        let noun = doc.lower(k);
        // the noun ends the phrase: "a company spokesman" is a person
        let ends = ends_noun_phrase(doc, k, &["who", "at"]);
        if ends && contains(BODY_NOUNS, noun) {
            return Some(ActorType::Organization);
        }
        let role = lexicon.role(noun);
        if ends && (words::is_person_noun(noun) || role.is_some_and(|r| r.holder == Holder::Person))
        {
            return Some(ActorType::Person);
        }
        if words::is_function_word(noun) || words::is_auxiliary(noun) {
            return None;
        }
    }
    None
}

/// The words after a name: `, a senior fellow at ...`, `, who`, `said`.
fn followed_by_person_context(doc: &Document, lexicon: &Lexicon, after: usize) -> bool {
    let n = doc.tokens.len();
    // NAME said, NAME has said, NAME also told, NAME — a former judge — said
    let after = crate::quotes::past_dashed_aside(doc, after);
    let mut k = after;
    while k < n
        && k < after + 2
        && doc.is_lowercase(k)
        && matches!(
            doc.word(k),
            "has" | "had" | "also" | "later" | "then" | "again" | "previously" | "once"
        )
    {
        k += 1;
    }
    // a verb in the plural ("Figures suggest", "Witnesses say") has no one person for subject
    let plural_verb = k == after
        && k < n
        && matches!(
            doc.lower(k),
            "say" | "tell" | "suggest" | "warn" | "claim" | "argue" | "insist" | "note" | "believe"
        );
    // a verb that is also a plural noun ("Southern states voted", "Arab states' oil") says only
    // with what it reports right after it: "Lena Voss states that", "states: ..."
    let noun_form = k < n
        && matches!(
            doc.lower(k),
            "states" | "remarks" | "comments" | "estimates"
        )
        && !(k + 1 < n
            && (doc.is(k + 1, "that")
                || doc.is_punct(k + 1, ':')
                || matches!(doc.word(k + 1), "\"" | "“" | "'" | "‘")));
    if k < n
        && doc.is_lowercase(k)
        && cues::is_speech_verb(doc.lower(k))
        && !plural_verb
        && !noun_form
    {
        return true;
    }
    if crate::quotes::document_put_out(doc, k).is_some() {
        return true;
    }
    if after + 1 < n && doc.is_punct(after, ',') {
        if doc.is(after + 1, "who") {
            return true;
        }
        if matches!(doc.word(after + 1), "a" | "an" | "the") {
            // an apposition naming a person's role within a few words
            for k in after + 2..(after + 7).min(n) {
                if doc.is_punct(k, ',') || doc.is_punct(k, '.') {
                    break;
                }
                let w = doc.lower(k);
                if lexicon.role(w).is_some_and(|r| r.holder == Holder::Person) {
                    return true;
                }
            }
        }
        if let Some(age) = doc.tokens.get(after + 1) {
            if age.kind == Kind::Number && after + 2 < n && doc.is_punct(after + 2, ',') {
                return true; // "John Smith, 45,"
            }
        }
    }
    false
}

/// Whether the list joint right after or right before the word at `i` ("and", "or", a comma, or a comma
/// and "and") has on its other side a given name and a surname: "Tomasz and Marek Lis", "Marek
/// Lis and Tomasz".
/// The word must look like a name standing alone: lower-case letters after the capital, no
/// adjective's ending ("Democratic"), not right after a number ("98 Degrees") or another
/// capitalised word ("the Riverton Hawks and Lakeside Pumas").
fn listed_with_person(doc: &Document, given: &GivenNames, i: usize) -> bool {
    let n = doc.tokens.len();
    let w = doc.word(i);
    let adjective = ["ic", "an", "ese", "ish"].iter().any(|s| w.ends_with(s));
    let after_number = i > 0 && doc.word(i - 1).starts_with(|c: char| c.is_ascii_digit());
    // "Anna Kowal in Lodz, and Marek Lis": a word after "in", "at" or "near" is where someone is
    let located =
        i > 0 && doc.is_lowercase(i - 1) && matches!(doc.word(i - 1), "in" | "at" | "near");
    if w.chars().count() < 3
        || !w.chars().skip(1).all(char::is_lowercase)
        || adjective
        || after_number
        || located
        || (i > 0 && doc.is_capitalized(i - 1))
    {
        return false;
    }
    let run = i..i + 1;
    let and_or = |t: usize| t < n && doc.is_lowercase(t) && matches!(doc.word(t), "and" | "or");
    let person_at = |t: usize| {
        t + 1 < n
            && given.at(doc, t)
            && doc.is_capitalized(t + 1)
            && doc.is_word(t + 1)
            && !words::is_org_head(doc.word(t + 1))
            && !words::is_place_head(doc.word(t + 1))
    };
    // the joint's tokens after the run, and before it
    let after = if doc.is_punct(run.end, ',') && and_or(run.end + 1) {
        run.end + 2
    } else if and_or(run.end) {
        run.end + 1
    } else {
        run.end
    };
    if after > run.end && person_at(after) {
        return true;
    }
    let mut before = run.start;
    if before > 0 && and_or(before - 1) {
        before -= 1;
        if before > 0 && doc.is_punct(before - 1, ',') {
            before -= 1;
        }
    }
    if before == run.start || before < 2 {
        return false;
    }
    // the capitalised words before the joint, of which the first is a given name
    let end = before;
    let mut start = end;
    while start > 0 && end - start < 3 && doc.is_capitalized(start - 1) && doc.is_word(start - 1) {
        start -= 1;
    }
    end - start >= 2 && person_at(start) && !doc.starts_sentence(start + 1)
}

/// One to three capital letters, each followed by a full stop: "J.", "K.L.".
fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len())
        && b.chunks(2)
            .all(|pair| pair.len() == 2 && pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// In `recognize`'s marks of list joints: a known place ends right before the joint.
const PLACE_BEFORE: u8 = 1;
/// A known place starts right after the joint.
const PLACE_AFTER: u8 = 2;

/// Whether token `t` joins the items of a list: "and", "or", a comma.
fn is_list_joint(doc: &Document, t: usize) -> bool {
    t < doc.tokens.len()
        && (doc.is_punct(t, ',') || (doc.is_lowercase(t) && matches!(doc.word(t), "and" | "or")))
}

/// Whether the words before `s` name a seat in a parliament, the name at `s` its constituency:
/// "MP for", "the member for", "MSP for", "constituency of", "riding of".
fn constituency_before(doc: &Document, s: usize) -> bool {
    s >= 2
        && match doc.word(s - 1) {
            "for" => {
                matches!(
                    doc.word(s - 2),
                    "MP" | "MPs" | "M.P." | "MSP" | "MLA" | "TD" | "Member"
                ) || (doc.word(s - 2) == "member" && s >= 3 && doc.is(s - 3, "the"))
            }
            "of" => {
                doc.is_lowercase(s - 2)
                    && matches!(doc.word(s - 2), "constituency" | "riding" | "electorate")
            }
            _ => false,
        }
}

/// The kind a run of capitalised words names, by its words and context; `after_title` and
/// `by_place` mark the tokens next to a person's title and to a known place (see `recognize`).
fn classify(
    doc: &Document,
    lexicon: &Lexicon,
    given: &GivenNames,
    after_title: &[bool],
    by_place: &[u8],
    run: &Range<usize>,
) -> CandidateKind {
    let last = doc.word(run.end - 1);
    // a dateline names the town the story is filed from: "MERIDA CITY, March 4 (Reuters) -",
    // "Harlow Springs, May 2 (AP) —" (the agency in brackets is read as any name)
    // (a town of at most three words before its first comma, bracket or dash, and a spaced
    // dash or a date or agency: not a headline in capitals before a dash, "BROADWAY BEAT—")
    let sentence = doc.sentence_of[run.start] as usize;
    let dateline = doc.sentence_dateline(sentence).filter(|&dash| {
        let opening = doc.sentences[sentence].tokens.start;
        let town_end = (opening..dash).find(|&t| !doc.is_word(t)).unwrap_or(dash);
        run.end <= dash && town_end - opening <= 3 && (town_end < dash || !doc.tokens[dash].joined)
    });
    if dateline.is_some() && !(run.start > 0 && doc.is_punct(run.start - 1, '(')) {
        return CandidateKind::Place;
    }
    // a given name, a middle initial and a family name, whatever the family name is ("Dana J.
    // Church", "Tom R. Bank")
    if run.len() == 3
        && given.at(doc, run.start)
        && is_initials(doc.word(run.start + 1))
        && doc.word(run.start + 1).len() == 2
        && doc.is_word(run.start + 2)
    {
        return CandidateKind::Person;
    }
    // a given name and a family name that is also a place head, after a person's title or
    // before a speech verb, name a person: "Governor Nadia Lake said", "Dana Park, who ..."
    // (not "Victoria Park hosted the fair")
    // and so does a given name and a family name that is also an organisation's head after a
    // person's title: "Pastor Dana Church", "Senator Ellis Bank"
    // (and in apposition to a person's noun: "Ross's attorney, Ellen Park, said")
    let apposed_to_person = || {
        run.start >= 2
            && doc.is_punct(run.start - 1, ',')
            && doc.is_lowercase(run.start - 2)
            && (words::is_person_noun(doc.word(run.start - 2))
                || matches!(
                    doc.word(run.start - 2),
                    "spokesman" | "spokeswoman" | "spokesperson" | "aide" | "adviser" | "advisor"
                ))
    };
    if run.len() == 2
        && given.at(doc, run.start)
        && ((words::is_place_head(last)
            && (is_person_title(doc, after_title, run.start)
                || apposed_to_person()
                || followed_by_person_context(doc, lexicon, run.end)))
            || (words::is_org_head(last) && is_person_title(doc, after_title, run.start)))
    {
        return CandidateKind::Person;
    }
    // a district named for the service it runs is a body, not an area: "the Harlow Unified
    // School District", "the Marsh Creek Water District"
    if run.len() >= 2 && last == "District" && contains(SERVICE_DISTRICTS, doc.word(run.end - 2)) {
        return CandidateKind::Organization;
    }
    // a place head last names a place, whatever is inside: "Mercy Hospital Station"
    if run.len() >= 2 && words::is_place_head(last) {
        return CandidateKind::Place;
    }
    // a lane after a word that is no given name: "Mill Lane", "Penny Lane" (not "Nathan Lane")
    if run.len() >= 2 && last == "Lane" && !given.at(doc, run.end - 2) {
        return CandidateKind::Place;
    }
    // a building last, after "the" (a person's name takes none: "Arlen Hall", "Darla Castle"):
    // "the Veterans Memorial Hall", "the Union Tower"
    if run.len() >= 2
        && run.start > 0
        && doc.lower(run.start - 1) == "the"
        && contains(BUILDING_HEADS, last)
        && !given.at(doc, run.start)
    {
        return CandidateKind::Place;
    }
    // a region head first names a place in Ireland's and a few other countries' way: "County
    // Mayo", "Province of Kelvara" (not "City Council")
    if run.len() >= 2
        && matches!(
            doc.word(run.start),
            "County" | "Province" | "Governorate" | "Oblast"
        )
        && !run.clone().any(|i| words::is_org_head(doc.word(i)))
    {
        return CandidateKind::Place;
    }
    // a word that opens the names of villages and sites in Arabic, Hebrew and Persian: "Kafr
    // Tamra", "Tel Zahir", "Deir Sameer" (whatever word comes next, even a known town's name)
    if run.len() >= 2 && is_toponym_prefix(doc, run.start) {
        return CandidateKind::Place;
    }
    // an organisation head anywhere: "Clara Voss Foundation for the Visual Arts"
    if run.clone().any(|i| words::is_org_head(doc.word(i))) {
        return CandidateKind::Organization;
    }
    // an armed force or an airline, heads that are common words alone: "the Joint Task Force",
    // "Kelvar Air", "Air Dravika"
    if run.len() >= 2 && (matches!(last, "Force" | "Air") || doc.word(run.start) == "Air") {
        return CandidateKind::Organization;
    }
    // a military operation or a mission is run by a body: "Operation Aspides", "Operation
    // Kestrel Shield"
    if run.len() >= 2 && doc.word(run.start) == "Operation" {
        return CandidateKind::Organization;
    }
    // a football club or a company named for its industry, by a word that ends or opens such
    // names (they read like a person's name before "said"): "Harton Rovers", "Kestrel United",
    // "Sporting Dunmore", "Peabody Energy", "Halvorsen Shipping"
    if (2..=3).contains(&run.len())
        && (words::is_club_name(doc.word(run.start), last) || contains(words::INDUSTRY_WORDS, last))
        && !given.at(doc, run.start)
    {
        return CandidateKind::Organization;
    }
    // a ship, named after its prefix or its kind: "the MV Aurora Star", "the tanker Kestrel
    // Horizon" (a vessel is no person; it is kept as a named body)
    if contains(SHIP_PREFIXES, doc.word(run.start)) && run.len() >= 2
        || (run.start > 0
            && doc.is_lowercase(run.start - 1)
            && contains(VESSEL_NOUNS, doc.word(run.start - 1)))
    {
        return CandidateKind::Organization;
    }
    // a broadcaster or a paper, not a place: "in remarks to al-Kelvu television"
    if run.end < doc.tokens.len()
        && contains(MEDIA_NOUNS, doc.word(run.end))
        && (doc.is_lowercase(run.end) || doc.word(run.end) == "TV")
    {
        return CandidateKind::Organization;
    }
    // a journal, not a place: "published in Lancet Oncology", "the journal Science Advances"
    let prev_lower = |k: usize| run.start >= k && doc.is_lowercase(run.start - k);
    if (prev_lower(2) && doc.is(run.start - 2, "published") && doc.is(run.start - 1, "in"))
        || (prev_lower(1) && matches!(doc.word(run.start - 1), "journal" | "magazine"))
    {
        return CandidateKind::Organization;
    }
    // the body one speaks to, named with an article: "told the Ashbury Echo that", "told the
    // Kestrel Gazette on Friday" (a person's name takes no article; not "told the Kowalski
    // family", whose noun follows)
    if run.start >= 2
        && doc.is(run.start - 1, "the")
        && doc.is_lowercase(run.start - 2)
        && doc.word(run.start - 2) == "told"
        && (run.end >= doc.tokens.len()
            || !doc.is_word(run.end)
            || matches!(
                doc.word(run.end),
                "that" | "on" | "in" | "at" | "last" | "this" | "earlier" | "after" | "about"
            ))
    {
        return CandidateKind::Organization;
    }
    // a constituency, and the other of one named for two towns: "the MP for Harlow West", "the
    // member for Dunmore North", "the constituency of Kettering and Corby"
    if constituency_before(doc, run.start)
        || (run.start >= 3
            && doc.is(run.start - 1, "and")
            && doc.is_lowercase(run.start - 1)
            && (1..=3).any(|k| {
                run.start >= k + 2
                    && (run.start - 1 - k..run.start - 1).all(|t| doc.is_capitalized(t))
                    && constituency_before(doc, run.start - 1 - k)
            }))
    {
        return CandidateKind::Place;
    }
    // a name that an apposition calls a company or a body: "according to Kelvix, a
    // cybersecurity firm", "Dravo, a Dutch charity, said"; or a town: "Pelmar, a small town in"
    if doc.is_punct(run.end, ',') {
        match apposition_kind(doc, run.end) {
            Some(true) => return CandidateKind::Organization,
            Some(false) if run.len() <= 2 => return CandidateKind::Place,
            _ => {}
        }
    }
    // "the town of Kelvara", "the outskirts of Dravik", "north of Pelmar"; not where the phrase
    // opens the sentence, as the body that acts ("The city of Kelvara is suing ...")
    let noun = run.start.saturating_sub(2);
    let opens_sentence = doc.starts_sentence(noun)
        || (noun > 0 && doc.starts_sentence(noun - 1) && doc.is(noun - 1, "the"));
    if run.start >= 2
        && doc.is(run.start - 1, "of")
        && doc.is_lowercase(noun)
        && contains(words::PLACE_NOUNS, doc.lower(noun))
        && !opens_sentence
    {
        return CandidateKind::Place;
    }
    // the town or province a mayor or a governor heads: "the mayor of Dravik said", "Hassan
    // Ali, the governor of Kelmar" (a body's name has its head, read above: "the governor of
    // the Kelvar Central Bank")
    if run.len() <= 2
        && run.start >= 2
        && doc.is(run.start - 1, "of")
        && doc.is_lowercase(run.start - 1)
        && matches!(doc.lower(run.start - 2), "mayor" | "governor")
    {
        return CandidateKind::Place;
    }
    // a name before a lower-case noun of a region or of its people: "the Kelvar region", "a
    // 40-year-old Dravik man"
    let noun_after = |list: &[&str]| {
        run.end < doc.tokens.len() && doc.is_lowercase(run.end) && contains(list, doc.word(run.end))
    };
    let people_after = noun_after(PEOPLE_OF_PLACE)
        && run.len() == 1
        && run.start > 0
        && (matches!(
            doc.lower(run.start - 1),
            "a" | "an" | "the" | "two" | "three"
        ) || doc.word(run.start - 1).ends_with("-old")
            || (doc.is(run.start - 1, "old") && doc.is_punct(run.start.saturating_sub(2), '-')));
    // after an article, a preposition or a list's joint, not an adverb or an ordinal ("an
    // increasingly Republican county", "the 10th Congressional district")
    let region_after = noun_after(REGION_NOUNS_AFTER)
        && (run.start == 0
            || (!doc.is_lowercase(run.start - 1)
                && doc.tokens[run.start - 1].kind != Kind::Number
                && !doc
                    .word(run.start - 1)
                    .starts_with(|c: char| c.is_ascii_digit()))
            || matches!(
                doc.lower(run.start - 1),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "in"
                    | "into"
                    | "from"
                    | "to"
                    | "at"
                    | "near"
                    | "and"
                    | "or"
            ));
    if run.len() <= 2 && (region_after || people_after) {
        return CandidateKind::Place;
    }
    // an acronym names a body, even where a person noun, a title or a speech verb is next to it: "the
    // state broadcaster ORTV reported"
    let acronym = run.len() == 1
        && doc.word(run.start).len() >= 2
        && doc
            .word(run.start)
            .chars()
            .all(|ch| ch.is_ascii_uppercase());
    if !acronym && is_person_title(doc, after_title, run.start) {
        return CandidateKind::Person;
    }
    // a short family name and a given name of two syllables joined by a hyphen: "Park Ji-ho",
    // "Lo Kai-bin"
    let syllable = |t: usize| {
        let w = doc.word(t);
        (1..=5).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic)
    };
    if run.len() == 4
        && doc.is_capitalized(run.start)
        && doc.is_capitalized(run.start + 1)
        && joined_hyphen(doc, run.start + 2)
        && (run.start..run.end)
            .filter(|&t| t != run.start + 2)
            .all(syllable)
    {
        return CandidateKind::Person;
    }
    // the author credited for a picture or a recording: "Image: Lena Markovic", "Video: Jkross"
    if run.start >= 2
        && run.len() <= 3
        && doc.is_punct(run.start - 1, ':')
        && matches!(
            doc.word(run.start - 2),
            "Image" | "Photo" | "Picture" | "Video" | "Audio" | "Credit"
        )
    {
        return CandidateKind::Person;
    }
    // initials, one to three apart, before a surname of a word or two: "K.L. Mercer", "J.
    // Okafor", "J. R. Halvorsen"
    let initials = run
        .clone()
        .take(3)
        .take_while(|&t| is_initials(doc.word(t)))
        .count();
    if initials > 0
        && (1..=2).contains(&(run.len() - initials))
        && (run.start + initials..run.end).all(|t| !is_initials(doc.word(t)))
    {
        return CandidateKind::Person;
    }
    // a leader's name before the body they lead: "the Kowalczyk government", "the Okonkwo
    // administration"
    if run.len() <= 2
        && !doc.starts_sentence(run.start)
        && run.end < doc.tokens.len()
        && doc.is_lowercase(run.end)
        && matches!(
            doc.lower(run.end),
            "government" | "administration" | "cabinet" | "regime"
        )
    {
        return CandidateKind::Person;
    }
    // an affiliation after a name: "wrote Cameron Whitlock for Harbor Analytics"
    if run.start >= 2
        && doc.is(run.start - 1, "for")
        && doc.is_lowercase(run.start - 1)
        && doc.is_capitalized(run.start - 2)
        && !doc.starts_sentence(run.start - 2)
    {
        return CandidateKind::Organization;
    }
    // the words of the run, not its hyphens and particles: "Abu Karim al-Masri" is three
    let name_words = run
        .clone()
        .filter(|&t| doc.is_capitalized(t) && doc.is_word(t))
        .count();
    // "actor Corwin Ashby", "his wife Priya Raman": a lower-case person noun right before
    if run.start > 0
        && name_words <= 4
        && !acronym
        && doc.is_lowercase(run.start - 1)
        && words::is_person_noun(doc.lower(run.start - 1))
    {
        return CandidateKind::Person;
    }
    if given.at(doc, run.start)
        && (run.len() >= 2 || followed_by_person_context(doc, lexicon, run.end))
    {
        return CandidateKind::Person;
    }
    // an inverted attribution: `…,” said Clinton`, `…, said Clinton`
    let inverted_speaker = run.start >= 2
        && doc.is_lowercase(run.start - 1)
        && cues::is_speech_verb(doc.lower(run.start - 1))
        && (doc.is_punct(run.start - 2, ',')
            || matches!(doc.tokens[run.start - 2].kind, Kind::Quote(_)));
    if name_words <= 4
        && !acronym
        && (inverted_speaker || followed_by_person_context(doc, lexicon, run.end))
    {
        return CandidateKind::Person;
    }
    // a name listed with a known town or region: "shelled Avdiivka and Horlivka", "Kenosha,
    // Racine and Selwick"; not a name after a town and a comma where no list goes on ("in
    // Gdansk, Jan Nowak said", "Dublin, Met Eireann, the weather service")
    let place_before = run.start > 0 && by_place[run.start - 1] & PLACE_BEFORE != 0;
    let place_after = by_place[run.end] & PLACE_AFTER != 0;
    let list_goes_on = doc.is(run.start.saturating_sub(1), "and")
        || doc.is(run.start.saturating_sub(1), "or")
        || (is_list_joint(doc, run.end)
            && (!doc.is_punct(run.end, ',') || is_name_word(doc, run.end + 1)));
    // a given name alone between two known places of one list is a place too: "in Queensland,
    // Victoria and Tasmania" (not "in Gdansk, Anna said")
    let between_places = place_before && place_after && name_words == 1;
    if name_words <= 2
        && !acronym
        && (between_places || !given.at(doc, run.start))
        && (place_after || (place_before && list_goes_on))
    {
        return CandidateKind::Place;
    }
    // a name listed with a person's given name and surname: "a film by Tomasz and Marek Lis",
    // "Anna Kowal, Jaya and Priya Raman"
    if name_words == 1 && !acronym && listed_with_person(doc, given, run.start) {
        return CandidateKind::Person;
    }
    // the object of a verb of taking or striking ground: "the Arakan Army seized Paletwa",
    // "troops shelled Zorivka"
    if name_words <= 2
        && !acronym
        && run.start > 0
        && doc.is_lowercase(run.start - 1)
        && contains(GROUND_VERBS, doc.word(run.start - 1))
        && !given.at(doc, run.start)
    {
        return CandidateKind::Place;
    }
    let after_according = run.start >= 2 && doc.is(run.start - 2, "according");
    if run.start > 0
        && !after_according
        && doc.is_lowercase(run.start - 1)
        && contains(words::LOCATIVE, doc.word(run.start - 1))
    {
        return CandidateKind::Place;
    }
    CandidateKind::Unknown
}

/// Whether the word before `next` reads as a country's adjective, by its ending, before a
/// lower-case noun of a state's bodies or forces: "Delmarian troops", "the Kaldonese army". An
/// ending in "-i" is no adjective before a leader's body ("the Renzi government": a person).
fn unknown_national_adjective(doc: &Document, next: usize) -> bool {
    let w = doc.word(next - 1);
    let noun = doc.lower(next);
    let leader_body = matches!(noun, "government" | "administration" | "cabinet" | "regime");
    doc.is_lowercase(next)
        && (leader_body
            || matches!(
                noun,
                "army"
                    | "military"
                    | "troops"
                    | "soldiers"
                    | "forces"
                    | "navy"
                    | "police"
                    | "ministry"
                    | "officials"
                    | "authorities"
                    | "diplomats"
                    | "embassy"
                    | "parliament"
            ))
        && (w.ends_with("ian")
            || w.ends_with("ese")
            || w.ends_with("ish")
            || (w.ends_with('i') && !leader_body))
}

/// A country's adjective in the singular ("Italian", not "Italians").
fn national_adjective(doc: &Document, lexicon: &Lexicon, c: &Candidate) -> bool {
    matches!(
        c.kind,
        CandidateKind::Lexicon { entry, form: Form::Adjective }
            if lexicon.entry(entry).kind == EntryKind::Country
    ) && !doc.word(c.tokens.end - 1).ends_with('s')
        && doc.is_capitalized(c.tokens.start)
}

/// Whether the national adjective ending at `end` stands as a word of its own rather than before
/// the noun it modifies: no lower-case word next but a verb of saying or an auxiliary ("Lena
/// Peruvian said", "Peruvian has", "Peruvian's team"; not "Peruvian cigars").
pub(crate) fn adjective_stands_alone(doc: &Document, end: usize) -> bool {
    !doc.is_lowercase(end)
        || cues::is_speech_verb(doc.lower(end))
        || words::is_auxiliary(doc.lower(end))
}

/// Whether a candidate is one to three capitalised words that may open a person's name before a
/// known surname ("Sayyid Ali Hosseini"), not a title ("Mr").
fn prev_name_words(doc: &Document, c: &Candidate) -> bool {
    matches!(c.kind, CandidateKind::Unknown | CandidateKind::Person)
        && c.tokens.len() <= 3
        && c.tokens.clone().all(|t| {
            let w = doc.word(t);
            doc.is_capitalized(t)
                && !TITLE_ABBREVIATIONS_SET.contains(w)
                && !words::is_org_head(w)
                && !words::is_place_head(w)
        })
}

/// Whether the words before a known person's surname belong to their name: one of them is a word
/// of the person's canonical name ("Ali" of "Ali Khamenei"), or an initial of one ("J." of "Joe
/// Biden").
fn names_alike(doc: &Document, before: &Candidate, name: &str) -> bool {
    before.tokens.clone().any(|t| {
        let w = doc.word(t);
        name.split([' ', '-']).any(|n| {
            n == w || (is_initials(w) && n.chars().next() == w.chars().next() && w.len() == 2)
        })
    })
}

/// Whether an organisation's head ends a name or a stretch of its capitalised words before a
/// lower-case one: "Liberation Front", "National Commission on Human Rights", "Fire and Rescue
/// Service".
fn head_ends_a_stretch(doc: &Document, c: &Candidate) -> bool {
    c.tokens.clone().any(|t| {
        (t + 1 == c.tokens.end || doc.is_lowercase(t + 1)) && words::is_org_head(doc.word(t))
    })
}

/// Joins adjacent candidates that form one name:
/// - the words of a name before a lexicon person's surname: "Bashar" + "Assad" (another given
///   name makes another person: "Hunter" + "Biden");
/// - a place before an organisation name that opens with its head: "Warsaw" + "Institute for
///   Security Studies"; or, a named place or country, before one whose head ends a stretch of
///   its capitalised words: "Kelvu" + "National Commission on Human Rights";
/// - an organisation name ending in a connector phrase before a place: "University of Southern" +
///   "California".
fn join_names(
    doc: &Document,
    lexicon: &Lexicon,
    given: &GivenNames,
    lower: &LowerWords,
    headline: &[bool],
    candidates: &mut Vec<Candidate>,
    inner: &mut Vec<Candidate>,
) {
    // one pass that compacts in place (removing from the middle of the vector per join would cost
    // the square of the number of names)
    let lexicon_kind = |c: &Candidate| match c.kind {
        CandidateKind::Lexicon { entry, .. } => Some(lexicon.entry(entry).kind),
        _ => None,
    };
    let is_place = |c: &Candidate| {
        c.kind == CandidateKind::Place
            || matches!(lexicon_kind(c), Some(EntryKind::Place | EntryKind::Country))
    };
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for mut cur in candidates.drain(..) {
        if let Some(prev) = kept.last() {
            let adjacent = prev.tokens.end == cur.tokens.start;
            // the lexicon person the candidate names
            let cur_person = match cur.kind {
                CandidateKind::Lexicon { entry, .. }
                    if lexicon.entry(entry).kind == EntryKind::Person =>
                {
                    Some(entry)
                }
                _ => None,
            };
            let prev_given = matches!(prev.kind, CandidateKind::Unknown | CandidateKind::Person)
                && prev
                    .tokens
                    .clone()
                    .all(|t| given.at(doc, t) || doc.word(t).ends_with('.'));
            let cur_org_head = matches!(cur.kind, CandidateKind::Organization)
                || matches!(lexicon_kind(&cur), Some(EntryKind::Organization))
                    && words::is_org_head(doc.word(cur.tokens.start));
            // "Warsaw" + "Institute for Security Studies"; a town, region or country before a
            // name whose head ends it or comes before its "of" or "on": "Kelvu" + "Liberation
            // Front", "Kelvu" + "National Commission on Human Rights"
            let place_then_org = is_place(prev)
                && cur_org_head
                && (words::is_org_head(doc.word(cur.tokens.start))
                    || (cur.kind == CandidateKind::Organization
                        && is_named_place(lexicon, prev)
                        && doc.is_capitalized(prev.tokens.end - 1)
                        && head_ends_a_stretch(doc, &cur)));
            let cur_context_org = cur.kind == CandidateKind::Organization
                && cur.tokens.clone().any(|t| words::is_org_head(doc.word(t)));
            let org_then_place = prev.kind == CandidateKind::Organization
                && is_place(&cur)
                && prev
                    .tokens
                    .clone()
                    .any(|t| matches!(doc.word(t), "of" | "for" | "in"));
            // "University of" + "Texas", "Ministry of" + "Defence": an organisation head, "of"
            // and a place or country from the lexicon
            let head_of_place = prev.kind == CandidateKind::Organization
                && prev.tokens.end + 1 == cur.tokens.start
                && doc.is(prev.tokens.end, "of")
                && doc.is_lowercase(prev.tokens.end)
                && words::is_org_head(doc.word(prev.tokens.end - 1))
                && matches!(
                    lexicon_kind(&cur),
                    Some(EntryKind::Place | EntryKind::Country)
                );
            let city_region = city_then_region(doc, lexicon, prev, &cur);
            if city_region {
                // "Fernbrook, Ohio", "Aleppo, Syria": one place mention, named by the city; the
                // region or country is a mention of its own
                inner.push(cur.clone());
                cur = Candidate {
                    tokens: prev.tokens.start..cur.tokens.end,
                    kind: prev.kind,
                };
                kept.pop();
            } else if head_of_place {
                inner.push(cur.clone());
                cur = Candidate {
                    tokens: prev.tokens.start..cur.tokens.end,
                    kind: CandidateKind::Organization,
                };
                kept.pop();
            } else if adjacent
                && prev_given
                && prev.tokens.len() <= 2
                && cur.tokens.len() == 1
                && (place_or_capital(lexicon, &cur)
                    || (national_adjective(doc, lexicon, &cur)
                        && adjective_stands_alone(doc, cur.tokens.end)))
                && given.at(doc, prev.tokens.start)
            {
                // a given name (and an initial) before a word that is also a place, a capital or
                // a national adjective standing alone is a full name: "Sam Houston", "Jack
                // London", "Anna K. Saturn", "Lena Peruvian said"
                cur = Candidate {
                    tokens: prev.tokens.start..cur.tokens.end,
                    kind: CandidateKind::Person,
                };
                kept.pop();
            } else if let Some(entry) =
                cur_person.filter(|_| adjacent && (prev_given || prev_name_words(doc, prev)))
            {
                let given_names = prev.tokens.clone().all(|t| given.at(doc, t));
                if names_alike(doc, prev, &lexicon.entry(entry).name)
                    || (prev_given && !given_names)
                {
                    // "Bashar" + "Assad", "Sayyid Ali Hosseini" + "Khamenei", "Mr." + "Biden":
                    // the known person named in full
                    cur.tokens.start = prev.tokens.start;
                    kept.pop();
                } else if given_names
                    || (prev.tokens.len() >= 2 && given.at(doc, prev.tokens.end - 1))
                    || (cur.tokens.len() == 1
                        && unlisted_given_name(doc, headline, lower, prev)
                        && lexicon
                            .entry(entry)
                            .name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|surname| surname == doc.word(cur.tokens.start)))
                {
                    // "Hunter" + "Biden": another person with the known person's surname (a
                    // given name the lexicon does not list, inside a sentence, is one too); so
                    // too after a word of title the lexicon does not know ("Principal Omar" +
                    // "Haddad": the whole run, as a run with no known surname would be)
                    cur = Candidate {
                        tokens: prev.tokens.start..cur.tokens.end,
                        kind: CandidateKind::Person,
                    };
                    kept.pop();
                }
            } else if adjacent && (place_then_org || org_then_place) {
                for c in [prev, &cur] {
                    if is_named_place(lexicon, c) {
                        inner.push(c.clone());
                    }
                }
                // "United States" + "Department of Defense": the known body of that country
                let known_body = match (prev.kind, cur.kind) {
                    (
                        CandidateKind::Lexicon { entry: p, .. },
                        CandidateKind::Lexicon { entry: c, .. },
                    ) => {
                        let (p, c) = (lexicon.entry(p), lexicon.entry(c));
                        p.kind == EntryKind::Country
                            && p.country.is_some()
                            && p.country == c.country
                    }
                    _ => false,
                };
                cur = Candidate {
                    tokens: prev.tokens.start..cur.tokens.end,
                    kind: if known_body {
                        cur.kind
                    } else {
                        CandidateKind::Organization
                    },
                };
                kept.pop();
            } else if adjacent && national_adjective(doc, lexicon, prev) && cur_context_org {
                // "Italian" + "Episcopal Conference": the adjective opens the name (and tells
                // the body's country)
                inner.push(prev.clone());
                cur.tokens.start = prev.tokens.start;
                kept.pop();
            }
        }
        kept.push(cur);
    }
    *candidates = kept;
}

#[cfg(test)]
mod tests {
    use crate::actors::{Actors, MentionKind};
    use crate::lexicon::Lexicon;
    use crate::model::ActorType;
    use crate::text::Document;

    /// (mention text, actor name, actor type) of every name mention, and the places with their
    /// countries.
    type Names = Vec<(String, String, ActorType)>;
    fn analyze(text: &str) -> (Names, Vec<(String, Option<String>)>) {
        let (found, places) = crate::actors::test_support::analyzed(text);
        let names = found
            .into_iter()
            .filter(|m| m.3 == MentionKind::Name)
            .map(|(t, n, k, _)| (t, n, k))
            .collect();
        (names, places)
    }

    fn texts(names: &Names) -> Vec<&str> {
        names.iter().map(|n| n.0.as_str()).collect()
    }

    /// Whether a name mention written `text` belongs to an actor of type `kind`.
    fn has(names: &Names, text: &str, kind: ActorType) -> bool {
        names.iter().any(|n| n.0 == text && n.2 == kind)
    }

    #[test]
    fn a_country_alone_that_is_a_named_persons_surname_is_that_person() {
        let (names, _) = analyze(
            "Sen. Maria Jordan spoke against the levy on Monday. Jordan added that the farms \
             would suffer. Mr. Pavel Israel wrote to the board. Israel said it was too late.",
        );
        let actor_of = |text: &str| {
            names
                .iter()
                .filter(|n| n.0 == text)
                .map(|n| (n.1.as_str(), n.2))
                .collect::<Vec<_>>()
        };
        assert_eq!(actor_of("Jordan"), [("Maria Jordan", ActorType::Person)]);
        assert_eq!(actor_of("Israel"), [("Pavel Israel", ActorType::Person)]);
        // the country marked by a preposition, an owner's state word or a list stays the country
        let (names, _) = analyze(
            "Sen. Maria Jordan flew to Jordan on Monday. Jordan's army held the border, and \
             trade with Syria, Jordan and Egypt fell.",
        );
        let countries = names
            .iter()
            .filter(|n| n.0 == "Jordan" && n.2 == ActorType::Country)
            .count();
        assert_eq!(countries, 3, "{names:?}");
    }

    #[test]
    fn a_country_that_is_a_given_name_opens_a_persons_name() {
        let (names, _) = analyze(
            "Chad Okonkwo, the treasurer of a rowing club, said the boats were old. \
             Kenya Halvorsen won the county race by a wide margin. \
             Georgia Plimpton, a baker, said flour cost more. \
             Students at Georgia Tech cheered, and tourists walked to India Gate. \
             The envoy flew to Chad Tuesday, and the talks in India moved slowly.",
        );
        for name in ["Chad Okonkwo", "Kenya Halvorsen", "Georgia Plimpton"] {
            assert!(has(&names, name, ActorType::Person), "{name}: {names:?}");
        }
        let texts = texts(&names);
        for word in ["Okonkwo", "Halvorsen", "Plimpton", "Tech", "Gate"] {
            assert!(!texts.contains(&word), "{word}: {texts:?}");
        }
        assert!(has(&names, "India", ActorType::Country), "{names:?}");
        assert!(has(&names, "Chad", ActorType::Country), "{names:?}");
    }

    #[test]
    fn a_title_abbreviation_opens_a_persons_name_over_a_towns_name() {
        let (names, places) = analyze(
            "Dr. Amara Osei, who runs the district clinic, said the cases had doubled. \
             The convoy reached Amara on Monday.",
        );
        assert!(has(&names, "Amara Osei", ActorType::Person), "{names:?}");
        assert!(!texts(&names).contains(&"Osei"), "{names:?}");
        assert_eq!(
            places.iter().filter(|p| p.0 == "Amara").count(),
            1,
            "{places:?}"
        );
    }

    #[test]
    fn a_capital_that_is_a_given_name_opens_a_persons_name() {
        let (names, places) = analyze(
            "Sofia Grant, a lawyer for the family, said the court had erred. Talks in Sofia \
             resumed, and the Sofia City Court set a date. Paris Hilton attended, and the \
             Paris Climate Accord came up.",
        );
        assert!(has(&names, "Sofia Grant", ActorType::Person), "{names:?}");
        assert_eq!(
            places.iter().filter(|p| p.0 == "Sofia").count(),
            1,
            "{places:?}"
        );
        assert!(!texts(&names).contains(&"Grant"), "{names:?}");
        // no person's context after the name: the capital stays
        assert!(
            !names
                .iter()
                .any(|n| n.0.starts_with("Paris") && n.2 == ActorType::Person),
            "{names:?}"
        );
    }

    #[test]
    fn a_trade_word_after_a_name_makes_a_company() {
        let (names, _) = analyze(
            "Shares of Kestrel Foods rose after Halden Pharmaceuticals agreed to buy its \
             snack unit. Regeneron Pharmaceuticals said its trial had ended.",
        );
        for name in [
            "Kestrel Foods",
            "Halden Pharmaceuticals",
            "Regeneron Pharmaceuticals",
        ] {
            assert!(
                has(&names, name, ActorType::Organization),
                "{name}: {names:?}"
            );
        }
        assert!(!texts(&names).contains(&"Pharmaceuticals"), "{names:?}");
    }

    #[test]
    fn a_name_ends_with_its_sentence_and_at_a_number_abbreviation() {
        let (names, _) = analyze(
            "Ivo Marek watched the Sun.  So the crew waited. Did Marek sign? No.  Nobody asked him.",
        );
        let found = texts(&names);
        assert!(found.iter().all(|t| !t.contains('.')), "{found:?}");
        assert!(found.contains(&"Ivo Marek"), "{found:?}");
    }

    #[test]
    fn words_of_a_speakers_turn_are_no_names() {
        let (names, _) = analyze(
            "The panel met on Monday in a small hall.\n\n((WN))  Thank you for coming.\n\n\
             ((Ann Kovac))  Okay. Yeah, we met the whole team there.\n\n\
             AK: Members of the board agreed with us.\n\n\
             AK: Custom-made parts, custom in every way, were used.",
        );
        let texts = texts(&names);
        assert!(!texts.iter().any(|t| t.starts_with('-')), "{texts:?}");
        for word in ["Thank", "Okay", "Yeah", "Members"] {
            assert!(!texts.contains(&word), "{word}: {texts:?}");
        }
    }

    #[test]
    fn a_plural_or_gerund_opening_a_sentence_before_a_cue_is_no_name() {
        let (names, _) = analyze(
            "The council voted on the budget on Tuesday. Skeptics said the sums were wrong. \
             Initial reports stated otherwise, and Western states voted first. \
             Surveys show a narrow lead for the plan. Flooding continued in the lower town. \
             Having said that, the mayor left early. Marta Dobrev chaired the session. \
             Dobrev said the vote would stand. Gardens said little.",
        );
        let texts = texts(&names);
        for word in [
            "Skeptics", "Surveys", "Flooding", "Having", "Gardens", "Initial", "Western",
        ] {
            assert!(!texts.contains(&word), "{word}: {texts:?}");
        }
        // a surname the text names in full stays a name wherever it stands
        assert!(texts.contains(&"Dobrev"), "{texts:?}");
    }

    #[test]
    fn two_particles_inside_a_name_and_compass_adjectives() {
        let (names, _) = analyze(
            "The envoy Pilar de la Fuente met Ramon delos Reyes in the capital. \
             Several Western broadcasters left, and the talks moved to Southern towns. \
             Tigrayans and Amharas marched on Sunday.",
        );
        assert!(
            has(&names, "Pilar de la Fuente", ActorType::Person),
            "{names:?}"
        );
        assert!(
            has(&names, "Ramon delos Reyes", ActorType::Person),
            "{names:?}"
        );
        assert!(has(&names, "Tigrayans", ActorType::Group), "{names:?}");
        assert!(has(&names, "Amharas", ActorType::Group), "{names:?}");
        let texts = texts(&names);
        for word in ["Western", "Southern", "Fuente", "Reyes"] {
            assert!(!texts.contains(&word), "{word}: {texts:?}");
        }
    }

    #[test]
    fn a_us_partys_adjective_alone_is_no_name() {
        let (names, _) = analyze(
            "Hal Brandt, a veteran Democratic organizer, said the count was late. \
             Auditors flagged 40 percent of Republican filings. Rep. Tom Vail, Democrat of \
             Ohio, agreed with the Republican Party.",
        );
        let texts = texts(&names);
        for word in ["Democratic", "Republican", "Democrat"] {
            assert!(!texts.contains(&word), "{word}: {texts:?}");
        }
        assert!(texts.contains(&"Republican Party"), "{texts:?}");
    }

    #[test]
    fn an_airline_or_a_force_is_an_organisation() {
        let (names, _) = analyze(
            "Pelmar Air cancelled its flights, and Air Dravika followed. The Joint Task Force \
             and the Coastal Strike Force patrolled the bay.",
        );
        for name in [
            "Pelmar Air",
            "Air Dravika",
            "Joint Task Force",
            "Coastal Strike Force",
        ] {
            let kind = names.iter().find(|n| n.0 == name).map(|n| n.2);
            assert_eq!(kind, Some(ActorType::Organization), "{name}: {names:?}");
        }
    }

    #[test]
    fn a_known_persons_surname_opening_a_sentence_is_theirs() {
        let (names, _) = analyze(
            "Reporters met Jake Sullivan in the capital on Monday. Sullivan toured the port \
             before dusk.",
        );
        let sullivan = names.iter().filter(|n| n.1 == "Jake Sullivan").count();
        assert_eq!(sullivan, 2, "{names:?}");
    }

    #[test]
    fn numbers_written_as_words_are_no_names() {
        let (names, _) = analyze(
            "Forty-two percent said the toll was too high. Thousands of drivers signed a letter \
             to Mayor Ines Valdaro.",
        );
        let texts = texts(&names);
        assert_eq!(texts, ["Ines Valdaro"], "{names:?}");
    }

    #[test]
    fn storms_time_zones_and_numerals_are_no_actors() {
        let (names, places) = analyze(
            "Hurricane Dorvan reached the coast on Monday, and Tropical Storm Pelin followed it. \
             The warning was lifted at 8 p.m. EDT, the agency said in part II of its report. \
             Winds at Category 4 strength are shown in Figure 2.",
        );
        let common = ["Dorvan", "Pelin", "EDT", "II", "Category", "Figure"];
        assert!(
            names
                .iter()
                .all(|n| !common.iter().any(|w| n.0.contains(w))),
            "{names:?}"
        );
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_title_in_the_plural_is_not_part_of_the_names_after_it() {
        let (names, _) = analyze(
            "The agency was criticised on Monday. Representatives Ann Kovac and Tom Reed wrote to it.",
        );
        assert!(texts(&names).contains(&"Ann Kovac"), "{names:?}");
    }

    #[test]
    fn a_lone_title_or_plural_of_people_is_no_name() {
        let (names, places) = analyze(
            "The governor resigned on Monday and was replaced by Ines Valdaro, the Secretary \
             of Justice. Women, who make up a fifth of the force, marched in Washington, DC.",
        );
        assert!(
            !texts(&names)
                .iter()
                .any(|t| matches!(*t, "Secretary" | "Women" | "DC")),
            "{names:?}"
        );
        assert!(texts(&names).contains(&"Ines Valdaro"), "{names:?}");
        assert!(places.iter().any(|p| p.0 == "Washington"), "{places:?}");
    }

    #[test]
    fn the_ground_taken_or_shelled_is_a_place() {
        let (names, places) =
            analyze("The rebels seized Paletwa on Monday, and the army shelled Zorivka.");
        let names_of: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(
            names_of.contains(&"Paletwa") && names_of.contains(&"Zorivka"),
            "{places:?}"
        );
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn viruses_are_no_names() {
        let (names, places) =
            analyze("Labs sequenced SARS-CoV-2, and the MERS and H5N1 cases rose in Qatar.");
        assert_eq!(texts(&names), ["Qatar"], "{names:?}");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_faiths_adjective_before_a_noun_is_no_name() {
        let (names, _) =
            analyze("Roman Catholic bishops met Greek Orthodox clergy in a Catholic school.");
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_village_named_with_a_known_towns_name_is_a_place_of_its_own() {
        let (names, places) =
            analyze("Rebels took the village of Kafr Halab and shelled Tel Qamar on Monday.");
        let names_of: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(
            names_of.contains(&"Kafr Halab") && names_of.contains(&"Tel Qamar"),
            "{places:?}"
        );
        assert!(!names_of.contains(&"Aleppo"), "{places:?}");
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_name_listed_with_a_known_town_is_a_place() {
        let (names, places) =
            analyze("Shells hit Avdiivka and Zorivka overnight, and Velmar, Donetsk was quiet.");
        let names_of: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        // of the known town's country
        assert!(
            places
                .iter()
                .any(|p| p.0 == "Zorivka" && p.1.as_deref() == Some("UKR")),
            "{places:?}"
        );
        assert!(
            names_of.contains(&"Zorivka") && names_of.contains(&"Velmar"),
            "{places:?}"
        );
        assert!(names.is_empty(), "{names:?}");
        // not a body after a town, nor a name after a town and a comma
        let (_, places) = analyze(
            "Scientists of the University of Bristol and Zephyr Dynamics met. In Donetsk, \
             Korvath Teleradio, the broadcaster, reported it.",
        );
        assert!(
            !places
                .iter()
                .any(|p| matches!(p.0.as_str(), "Zephyr Dynamics" | "Korvath Teleradio")),
            "{places:?}"
        );
    }

    #[test]
    fn a_long_name_with_particles_before_an_apposition_is_a_person() {
        let (names, _) =
            analyze("Abu Karim al-Masri, a commander of the brigade, said the town had fallen.");
        assert_eq!(
            names
                .iter()
                .find(|n| n.0 == "Abu Karim al-Masri")
                .map(|n| n.2),
            Some(ActorType::Person),
            "{names:?}"
        );
    }

    #[test]
    fn adverbs_languages_currencies_and_a_partys_member_alone_are_no_names() {
        let (names, places) = analyze(
            "The king reigns but does not rule. Officially, the monarch may dissolve the \
             assembly. The leaflets, printed in Hindi, cost USD 2 each, and Marta Connolly said \
             every voter signed them. Connolly, the organiser, said the Constitution allows \
             it. Probes have reached Mars and left Earth.",
        );
        assert!(
            !texts(&names)
                .iter()
                .any(|t| matches!(*t, "Officially" | "Hindi" | "USD" | "Constitution")),
            "{names:?}"
        );
        assert!(texts(&names).contains(&"Connolly"), "{names:?}");
        // people named by what they are, in the plural, and the sources of a report
        let (names, boroughs) = analyze(
            "Reports said the dam had failed. Scientists said the river rose. Officers said \
             the road was closed in Queens, and Neighbors said they had left.",
        );
        assert!(names.is_empty(), "{names:?}");
        assert!(boroughs.iter().any(|p| p.0 == "Queens"), "{boroughs:?}");
        // a given name (and an initial) before a place's or a capital's name is a full name
        let (names, _) = analyze("Jack London wrote to Anna K. Saturn from Mars.");
        assert!(
            texts(&names).contains(&"Jack London") && texts(&names).contains(&"Anna K. Saturn"),
            "{names:?}"
        );
        // a word never a name alone after a given name is a surname
        let (names, _) = analyze("The mural was painted by artist Nora Christmas in May.");
        assert!(texts(&names).contains(&"Nora Christmas"), "{names:?}");
        let (names, _) = analyze("Merry Christmas to all, said Kate.");
        assert!(
            !texts(&names).iter().any(|t| t.contains("Christmas")),
            "{names:?}"
        );
        // and so before a national adjective standing alone, which is then their surname; not
        // before the noun the adjective modifies
        let (names, _) = analyze(
            "Lena Peruvian said the mine would close. Peruvian told the board it had lost money. \
             The Peruvian government disagreed. Maria Peruvian cigars sold well.",
        );
        let named: Vec<(&str, &str)> = names
            .iter()
            .map(|(t, n, _)| (t.as_str(), n.as_str()))
            .collect();
        assert!(
            named.contains(&("Lena Peruvian", "Lena Peruvian")),
            "{named:?}"
        );
        assert!(named.contains(&("Peruvian", "Lena Peruvian")), "{named:?}");
        assert!(!texts(&names).contains(&"Maria Peruvian"), "{named:?}");
        assert!(
            !named
                .iter()
                .any(|(t, n)| t.contains("government") && *n == "Lena Peruvian"),
            "{named:?}"
        );
        assert!(
            places.iter().any(|p| p.0 == "Mars") && places.iter().any(|p| p.0 == "Earth"),
            "{places:?}"
        );
    }

    #[test]
    fn a_works_title_is_no_actor_and_a_broadcaster_no_place() {
        let (names, places) = analyze(
            "The author launched her graphic novel Willow Harbour on Monday. The minister \
             spoke in remarks to al-Kelvu television, and later to Dravik TV.",
        );
        assert!(
            !texts(&names).iter().any(|t| t.contains("Willow")),
            "{names:?}"
        );
        for outlet in ["al-Kelvu", "Dravik"] {
            assert_eq!(
                names.iter().find(|n| n.0 == outlet).map(|n| n.2),
                Some(ActorType::Organization),
                "{outlet}: {names:?}"
            );
        }
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_given_name_before_a_known_surname_makes_another_person() {
        let (names, _) = analyze(
            "On Monday a teacher, Olha Zelensky, met reporters, and a driver, Hekmat Karzai, \
             joined her.",
        );
        for name in ["Olha Zelensky", "Hekmat Karzai"] {
            assert_eq!(
                names.iter().find(|n| n.0 == name).map(|n| n.1.as_str()),
                Some(name),
                "{name}: {names:?}"
            );
        }
    }

    #[test]
    fn a_town_after_in_before_and_and_a_persons_name_is_no_person() {
        let (names, places) = analyze(
            "The march was led by Anna Kowalczyk in Wradow, and Marek Nowak in Gdansk said it \
             was calm.",
        );
        assert!(names.iter().all(|n| n.0 != "Wradow"), "{names:?}");
        assert!(places.iter().any(|p| p.0 == "Wradow"), "{places:?}");
    }

    #[test]
    fn an_unlisted_given_name_before_a_known_surname_makes_another_person() {
        let (names, _) = analyze(
            "Prosecutors interviewed Ashby Biden, a nephew of Joe Biden, on Tuesday. Marchers \
             chanted \"Stop Biden\" and joined the Stop Biden rally.",
        );
        let name_of = |text: &str| names.iter().find(|n| n.0 == text).map(|n| n.1.as_str());
        assert_eq!(name_of("Ashby Biden"), Some("Ashby Biden"), "{names:?}");
        assert_eq!(name_of("Joe Biden"), Some("Joe Biden"), "{names:?}");
        // a slogan and a movement's name are no person's names
        assert!(names.iter().all(|n| !n.0.starts_with("Stop")), "{names:?}");
    }

    #[test]
    fn given_names_of_many_regions_open_a_persons_name_after_a_title() {
        // after a title a known surname would otherwise take the name: the given name has to be
        // known ("Farhan", "Tafadzwa", "Nyambura")
        let (names, _) = analyze(
            "The ruling was criticised by analyst Farhan Qureshi. Negotiator Tafadzwa Biden \
             and lawyer Nyambura Zelensky left early, after the talks had stalled for hours.",
        );
        let name_of = |text: &str| names.iter().find(|n| n.0 == text).map(|n| n.1.as_str());
        for name in ["Farhan Qureshi", "Tafadzwa Biden", "Nyambura Zelensky"] {
            assert_eq!(name_of(name), Some(name), "{names:?}");
        }
    }

    #[test]
    fn a_known_outlet_named_with_its_medium_is_named_by_its_first_word_after() {
        let (names, _) = analyze(
            "Poll results\n\nThe cover of Time magazine this week shows the senator. Time said \
             the photo was taken in May. In an interview with Time, she said she would run.",
        );
        assert!(
            names
                .iter()
                .filter(|n| n.0 == "Time")
                .all(|n| n.1 == "Time magazine" && n.2 == ActorType::Organization),
            "{names:?}"
        );
        assert_eq!(
            names.iter().filter(|n| n.0 == "Time").count(),
            2,
            "{names:?}"
        );
    }

    #[test]
    fn a_region_head_and_of_before_a_name_is_a_place() {
        let (names, places) = analyze(
            "Roads reopen after storms\n\nThe Province of Dravenna said on Sunday that two \
             bridges had reopened.",
        );
        assert!(names.iter().all(|n| n.0 != "Dravenna"), "{names:?}");
        assert!(
            places.iter().any(|p| p.0 == "Province of Dravenna"),
            "{places:?}"
        );
    }

    #[test]
    fn a_role_word_before_a_group_noun_names_no_person() {
        let (names, _) = analyze(
            "Teachers marched on Friday.\n\nFrench student groups and a Chilean farmer union \
             joined the march, and a Kenyan activist said it would grow.",
        );
        assert!(
            names
                .iter()
                .all(|n| !n.1.contains("student") && !n.1.contains("farmer")),
            "{names:?}"
        );
    }

    #[test]
    fn a_relative_named_after_a_kin_word_is_another_person() {
        let (names, _) = analyze(
            "Ukraine's leader met donors in Lviv on Friday.\n\nVolodymyr Zelensky toured a \
             clinic. His cousin Marten Zelensky and his niece Patience Zelensky came along. \
             Zelensky thanked the nurses.",
        );
        let name_of = |text: &str| names.iter().find(|n| n.0 == text).map(|n| n.1.as_str());
        assert_eq!(
            name_of("Marten Zelensky"),
            Some("Marten Zelensky"),
            "{names:?}"
        );
        assert_eq!(
            name_of("Patience Zelensky"),
            Some("Patience Zelensky"),
            "{names:?}"
        );
        assert!(
            names
                .iter()
                .filter(|n| n.0 == "Zelensky")
                .all(|n| n.1 == "Volodymyr Zelensky"),
            "{names:?}"
        );
    }

    #[test]
    fn a_known_surname_that_is_a_given_name_before_another_name_is_someone_else() {
        let (names, _) = analyze(
            "Secretary of State John Kerry met reporters on Monday. Celebrities Ana Duarte and \
             Kerry Lindqvist praised the talks, and Kerry thanked them.",
        );
        let name_of = |text: &str| names.iter().find(|n| n.0 == text).map(|n| n.1.as_str());
        assert_eq!(
            name_of("Kerry Lindqvist"),
            Some("Kerry Lindqvist"),
            "{names:?}"
        );
        assert_eq!(name_of("Ana Duarte"), Some("Ana Duarte"), "{names:?}");
        assert_eq!(name_of("Kerry"), Some("John Kerry"), "{names:?}");
    }

    #[test]
    fn the_next_run_opening_is_the_first_free_capitalised_word_or_particle_before_a_join() {
        let doc = Document::new(
            "the talks in al-Rafid and Qaryat went on. \"We left,\" said Mira of ibn-Sina. Ends",
        );
        let n = doc.tokens.len();
        // each token alone, then every second one covered
        for covered in [vec![false; n], (0..n).map(|i| i % 2 == 0).collect()] {
            let opens = |i: usize| {
                let t = &doc.tokens[i];
                !covered[i]
                    && t.kind == super::Kind::Word
                    && match t.case {
                        super::Case::Upper => true,
                        super::Case::Lower => doc.tokens.get(i + 1).is_some_and(|x| x.joined),
                        super::Case::Neither => false,
                    }
            };
            for from in 0..=n + 1 {
                let expected = (from..n).find(|&i| opens(i)).unwrap_or(n);
                assert_eq!(
                    super::next_run_opening(&doc.tokens, &covered, from),
                    expected
                );
            }
        }
    }

    #[test]
    fn given_names_are_asked_once_and_answered_alike() {
        let lexicon = Lexicon::default_shared();
        let doc = Document::new("Maria Okafor met Harbour Council staff; Maria said no.");
        let mut answers = vec![0u8; doc.tokens.len()];
        let given = super::GivenNames {
            lexicon: &lexicon,
            answers: std::cell::Cell::from_mut(&mut answers[..]).as_slice_of_cells(),
        };
        for _ in 0..2 {
            for i in 0..doc.tokens.len() {
                assert_eq!(given.at(&doc, i), lexicon.is_given_name(doc.word(i)), "{i}");
            }
        }
        assert!(given.at(&doc, 0) && !given.at(&doc, 1));
        assert!(answers.iter().all(|&a| a != 0));
    }

    #[test]
    fn a_one_word_party_needs_its_country_in_the_story() {
        let (names, _) =
            analyze("Vox reported on Monday that the senator from Ohio would not run again.");
        assert_ne!(
            names.iter().find(|n| n.0 == "Vox").map(|n| n.1.as_str()),
            None,
            "the outlet is still a name: {names:?}"
        );
        let lexicon = Lexicon::default_shared();
        let doc =
            Document::new("Vox reported on Monday that the senator from Ohio would not run again.");
        let actors = Actors::analyze(&doc, &lexicon, None);
        assert!(
            actors
                .actors
                .iter()
                .all(|a| a.code.as_deref() != Some("ESPPTY")),
            "{:?}",
            actors.actors
        );
        let doc = Document::new("In Madrid, Vox won seats in the regional vote on Sunday.");
        let actors = Actors::analyze(&doc, &lexicon, None);
        assert!(
            actors
                .actors
                .iter()
                .any(|a| a.code.as_deref() == Some("ESPPTY")),
            "{:?}",
            actors.actors
        );
    }

    #[test]
    fn a_local_title_before_a_name_is_not_part_of_it() {
        let (names, _) = analyze(
            "The boat burned on Monday near the island. Kelvu County Sheriff Dana Whitcombe said \
             the crew had died, and Chief Constable Tom Reed agreed.",
        );
        for name in ["Dana Whitcombe", "Tom Reed"] {
            assert_eq!(
                names.iter().find(|n| n.0 == name).map(|n| n.2),
                Some(ActorType::Person),
                "{name}: {names:?}"
            );
        }
    }

    #[test]
    fn a_compound_before_a_name_is_not_part_of_it() {
        let (names, _) = analyze(
            "Two riders were hurt on Sunday. Fourteen-year-old Zoe Hartley and the German-born \
             Kai Brandtner were taken to hospital.",
        );
        for name in ["Zoe Hartley", "Kai Brandtner"] {
            assert_eq!(
                names.iter().find(|n| n.0 == name).map(|n| n.2),
                Some(ActorType::Person),
                "{name}: {names:?}"
            );
        }
    }

    #[test]
    fn a_credit_label_ends_the_name_before_it() {
        let (names, _) = analyze(
            "The mayor praised the school on Friday.\n\n\
             The mayor sent a letter to student Dana Whitcombe Image: Tom Reed.",
        );
        assert!(texts(&names).contains(&"Dana Whitcombe"), "{names:?}");
        assert!(
            !texts(&names).iter().any(|t| t.contains("Image")),
            "{names:?}"
        );
        // a credit of one word, which opens no speaker's turn
        let (names, _) = analyze(
            "The mayor praised the school on Friday.\n\nA rash on a child's arm. Image: \
             Pellworth.\n\nThe mayor left.",
        );
        assert!(texts(&names).contains(&"Pellworth"), "{names:?}");
    }

    #[test]
    fn a_body_named_by_two_nouns_joined_by_and_is_one_name() {
        let (names, _) = analyze(
            "The Fisheries and Forestry Ministry said on Monday that quotas would fall. \
             The Peace and Unity Commission heard from farmers on Tuesday. \
             Later the Borrin School District and the Borrin Police Department signed a deal, \
             and Russia and the Security Council disagreed.",
        );
        let texts = texts(&names);
        for name in [
            "Fisheries and Forestry Ministry",
            "Peace and Unity Commission",
            "Borrin Police Department",
            "Russia",
            "Security Council",
        ] {
            assert!(texts.contains(&name), "{name}: {texts:?}");
        }
        assert!(
            !texts
                .iter()
                .any(|t| matches!(*t, "Forestry Ministry" | "Unity Commission")
                    || t.contains(" and the ")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_sector_noun_after_a_ministrys_of_and_and_is_part_of_its_name() {
        let (names, _) = analyze(
            "Officials at Ghana's Ministry of Tourism and Industry met on Monday. \
             The Ministry of Defence and the Army denied it.",
        );
        let texts = texts(&names);
        assert!(
            texts.contains(&"Ghana's Ministry of Tourism and Industry"),
            "{names:?}"
        );
        assert!(!texts.contains(&"Industry"), "{names:?}");
        assert!(texts.contains(&"Ministry of Defence"), "{names:?}");
    }

    #[test]
    fn a_capitalised_body_noun_after_a_name_ends_the_name() {
        let (names, _) = analyze(
            "On Monday the Kelvu Maro Party left the coalition, while the Green Party stayed in it. \
             Critics of the Tomas Ilves Supreme Court nomination protested.",
        );
        assert!(
            !texts(&names)
                .iter()
                .any(|t| t.ends_with("Ilves Supreme Court")),
            "{names:?}"
        );
        for name in ["Kelvu Maro Party", "Green Party"] {
            let found = names.iter().find(|n| n.0 == name);
            assert_eq!(
                found.map(|n| n.2),
                Some(ActorType::Organization),
                "{name}: {names:?}"
            );
        }
    }

    #[test]
    fn a_county_before_its_name_is_a_place_and_a_journal_is_not() {
        let (names, places) = analyze(
            "Flooding hit County Dunmore, County Galway and County Cork. The findings were \
             published in Marine Letters on Friday, and winds reached the Azores.",
        );
        let place_names: Vec<_> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(place_names.contains(&"County Dunmore"), "{places:?}");
        assert!(!place_names.contains(&"County"), "{places:?}");
        assert!(place_names.contains(&"County Galway"), "{places:?}");
        assert!(!place_names.contains(&"Marine Letters"), "{places:?}");
        assert!(texts(&names).contains(&"Marine Letters"), "{names:?}");
        assert!(
            places.contains(&("Azores".to_string(), Some("PRT".to_string()))),
            "{places:?}"
        );
    }

    #[test]
    fn a_plural_noun_after_a_name_is_no_verb_of_saying() {
        let (names, _) = analyze(
            "Envoys from the Soviet states met in Geneva. Delegates of Baltic states \
             underscored the risk. Lena Voss states that the plan failed.",
        );
        let persons: Vec<&str> = names
            .iter()
            .filter(|n| n.2 == ActorType::Person)
            .map(|n| n.0.as_str())
            .collect();
        assert_eq!(persons, ["Lena Voss"], "{names:?}");
    }

    #[test]
    fn a_credit_line_names_no_actor() {
        let (names, _) = analyze(
            "The council approved the budget on Monday.\n\n(Additional reporting by Marta \
             Kowalczyk in Warsaw, and Jan Holm; Editing by Tom Hale and Ada Fenn)",
        );
        assert!(names.is_empty(), "{names:?}");
        // the work of an institute is credited to it
        let (names, _) = analyze("The average of polls compiled by Harlow Survey Group rose.");
        assert!(texts(&names).contains(&"Harlow Survey Group"), "{names:?}");
    }

    #[test]
    fn a_title_and_a_given_name_before_a_known_surname_make_another_person() {
        let (names, _) = analyze("Principal Omar Haddad said the school would close.");
        assert_eq!(texts(&names), ["Principal Omar Haddad"], "{names:?}");
        assert_eq!(names[0].2, ActorType::Person, "{names:?}");
    }

    #[test]
    fn a_belt_names_a_region() {
        let (names, places) =
            analyze("Turnout across the Sun Belt fell, and Corn Belt towns voted late.");
        assert!(names.is_empty(), "{names:?}");
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(
            places.contains(&"Sun Belt") && places.contains(&"Corn Belt"),
            "{places:?}"
        );
    }

    #[test]
    fn a_point_of_the_compass_before_a_known_province_is_part_of_its_name() {
        let (names, places) =
            analyze("Aid convoys reached North Kasai on Monday and went on to Lualaba.");
        assert!(names.is_empty(), "{names:?}");
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(places.contains(&"North Kasai"), "{places:?}");
        assert!(!places.contains(&"North"), "{places:?}");
    }

    #[test]
    fn a_known_bodys_name_before_the_head_of_a_part_of_it_is_part_of_that_name() {
        let (names, _) = analyze(
            "Dara Vesk teaches at the Yale University School of Forestry. Fellows of the \
             Hoover Institution for Coastal Studies met there, and the Exxon Mobil Corporation \
             paid for the trip.",
        );
        let found = texts(&names);
        assert!(
            found.contains(&"Yale University School of Forestry"),
            "{found:?}"
        );
        assert!(!found.contains(&"School of Forestry"), "{found:?}");
        assert!(
            found.contains(&"Hoover Institution for Coastal Studies"),
            "{found:?}"
        );
        assert!(
            names.contains(&(
                "Exxon Mobil Corporation".to_string(),
                "ExxonMobil".to_string(),
                ActorType::Organization
            )),
            "{names:?}"
        );
    }

    #[test]
    fn the_lexicon_knows_provinces_towns_and_brands_of_the_news_at_large() {
        let (names, places) = analyze(
            "Gunmen struck in Kebbi and near Gwoza, while Ubisoft and Heineken sponsored a \
             match in Khujand.",
        );
        let found = texts(&names);
        assert!(
            found.contains(&"Ubisoft") && found.contains(&"Heineken"),
            "{names:?}"
        );
        for (place, country) in [("Kebbi", "NGA"), ("Gwoza", "NGA"), ("Khujand", "TJK")] {
            assert!(
                places.contains(&(place.to_string(), Some(country.to_string()))),
                "{places:?}"
            );
        }
        let organizations_of = |text: &str, expected: &[&str]| {
            let (names, _) = analyze(text);
            for name in expected {
                assert!(
                    has(&names, name, ActorType::Organization),
                    "{name}: {names:?}"
                );
            }
        };
        // parties and companies
        organizations_of(
            "Plaid Cymru and Vlaams Belang sent observers, and JetBlue cancelled two flights.",
            &["Plaid Cymru", "Vlaams Belang", "JetBlue"],
        );
        // names written with a typographic apostrophe
        organizations_of(
            "Staff of the UN Children\u{2019}s Fund met managers of McDonald\u{2019}s in the town.",
            &["UN Children\u{2019}s Fund", "McDonald\u{2019}s"],
        );
        // towns and provinces of every region, as subjects and in lists
        let (_, places) = analyze(
            "Karaj, Saltillo and Chimoio reported record heat. Kreminna lost power while \
             Hormozgan and Tolima sent trucks to Pibor.",
        );
        for (place, country) in [
            ("Karaj", "IRN"),
            ("Saltillo", "MEX"),
            ("Chimoio", "MOZ"),
            ("Kreminna", "UKR"),
            ("Hormozgan", "IRN"),
            ("Tolima", "COL"),
            ("Pibor", "SSD"),
        ] {
            assert!(
                places.contains(&(place.to_string(), Some(country.to_string()))),
                "{place}: {places:?}"
            );
        }
    }

    #[test]
    fn a_name_an_apposition_calls_a_company_or_a_town_is_one() {
        let (names, places) = analyze(
            "The leak was found by Kelvix, a cybersecurity firm, on Monday. Help came from \
             Dravo, a Dutch charity. The convoy reached Pelmar, a small town near the border, \
             at dawn.",
        );
        for name in ["Kelvix", "Dravo"] {
            assert!(
                names.contains(&(name.to_string(), name.to_string(), ActorType::Organization)),
                "{name}: {names:?}"
            );
        }
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(places.contains(&"Pelmar"), "{places:?}");
    }

    #[test]
    fn a_district_named_for_a_service_is_a_body() {
        let (names, places) = analyze(
            "Parents wrote to the Harlow Unified School District on Monday. The Marsh Creek \
             Water District raised its rates. Voters in the Kelmar Valley District chose a new \
             council.",
        );
        assert!(
            has(
                &names,
                "Harlow Unified School District",
                ActorType::Organization
            ),
            "{names:?}"
        );
        assert!(
            has(
                &names,
                "Marsh Creek Water District",
                ActorType::Organization
            ),
            "{names:?}"
        );
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(places.contains(&"Kelmar Valley District"), "{places:?}");
    }

    #[test]
    fn masjid_opens_a_place_name() {
        let (_, places) = analyze("Worshippers gathered at Masjid Al-Rahman after the prayer.");
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(places.contains(&"Masjid Al-Rahman"), "{places:?}");
    }

    #[test]
    fn the_town_a_mayor_or_governor_heads_is_a_place() {
        let (names, places) = analyze(
            "The mayor of Dravik said the water was safe. Later the governor of Kelmar Valley \
             visited.",
        );
        assert!(names.is_empty(), "{names:?}");
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(
            places.contains(&"Dravik") && places.contains(&"Kelmar Valley"),
            "{places:?}"
        );
    }

    #[test]
    fn a_name_after_told_the_is_a_body() {
        let (names, _) =
            analyze("Mayor Tom Hale told the Ashbury Echo that the bridge would reopen in May.");
        assert!(
            has(&names, "Ashbury Echo", ActorType::Organization),
            "{names:?}"
        );
        // a person told, without the article
        let (names, _) = analyze("She told Tom Hale that the talks had failed.");
        assert!(has(&names, "Tom Hale", ActorType::Person), "{names:?}");
    }

    #[test]
    fn a_constituency_is_a_place() {
        let (names, places) = analyze(
            "Tom Hale, the MP for Harlow West, backed the bill. Ana Ruiz, the member for \
             Dunmore North, did not. Her rival represents the constituency of Kettering and \
             Corby.",
        );
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        for seat in ["Harlow West", "Dunmore North", "Kettering", "Corby"] {
            assert!(places.contains(&seat), "{seat}: {places:?}");
            assert!(names.iter().all(|n| n.0 != seat), "{seat}: {names:?}");
        }
        // not a person a staff member works for, nor the people one votes for
        let (names, places) = analyze(
            "A staff member for Senator Ana Ruiz said no. He voted for Tom Hale and Ana Ruiz.",
        );
        assert!(places.is_empty(), "{places:?}");
        assert!(
            names.iter().filter(|n| n.2 == ActorType::Person).count() == 3,
            "{names:?}"
        );
    }

    #[test]
    fn a_list_of_places_with_a_known_one_goes_on_past_an_unknown_one() {
        let (names, places) = analyze("Floods hit homes in Leeds, Dunmore and Beckwith on Monday.");
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(
            places.contains(&"Dunmore") && places.contains(&"Beckwith"),
            "{places:?}"
        );
        assert!(names.is_empty(), "{names:?}");
        // not a person after the list and a comma
        let (names, _) =
            analyze("Flooding in Leeds and Dunmore, Tom Hale said, was the worst in years.");
        assert!(has(&names, "Tom Hale", ActorType::Person), "{names:?}");
    }

    #[test]
    fn a_months_short_name_before_a_day_is_no_name() {
        let (names, _) = analyze("GOMA, Jan 28 (Reuters) - Rebels said they had taken the city.");
        assert!(names.iter().all(|n| n.0 != "Jan"), "{names:?}");
        let (names, _) = analyze("Jan Nowak said on Jan 3 that the talks had failed.");
        assert_eq!(texts(&names), ["Jan Nowak"], "{names:?}");
    }

    #[test]
    fn an_office_before_a_given_name_and_a_surname_is_not_part_of_the_name() {
        let (names, _) = analyze(
            "Principal Sarah Lane closed the school. Major Tom Hale led the patrol. Dean Mark \
             Ellis of the law school agreed.",
        );
        let found = texts(&names);
        for name in ["Sarah Lane", "Tom Hale", "Mark Ellis"] {
            assert!(found.contains(&name), "{name}: {names:?}");
        }
        // a given name, and a league
        let (names, _) = analyze("Dean Martin sang. He played in Major League Baseball.");
        let found = texts(&names);
        assert!(
            found.contains(&"Dean Martin") && found.contains(&"Major League Baseball"),
            "{names:?}"
        );
    }

    #[test]
    fn a_title_in_the_plural_before_a_bodys_head_is_part_of_its_name() {
        let (names, _) = analyze(
            "Nine people died, according to the Kelvar Doctors Network. The Teachers Union \
             said schools would close.",
        );
        let found = texts(&names);
        assert!(
            found.iter().any(|t| t.ends_with("Doctors Network"))
                && found.contains(&"Teachers Union"),
            "{names:?}"
        );
        assert!(
            !found.contains(&"Network") && !found.contains(&"Union"),
            "{names:?}"
        );
    }

    #[test]
    fn an_operation_is_a_body() {
        let (names, _) = analyze("A naval mission, Operation Kestrel Shield, escorts the ships.");
        assert!(
            has(&names, "Operation Kestrel Shield", ActorType::Organization),
            "{names:?}"
        );
    }

    #[test]
    fn a_known_persons_name_after_a_hyphen_is_half_of_a_double_surname() {
        let (names, _) = analyze("\"We need help,\" said Grace Adjei-Salami, a coordinator.");
        assert!(names.iter().all(|n| n.1 != "Hossein Salami"), "{names:?}");
        assert!(
            names.iter().any(|n| n.0 == "Grace Adjei-Salami"),
            "{names:?}"
        );
        // two known people joined by a hyphen are both named
        let (names, _) = analyze("The Trump-Putin talks ended without a deal, Putin said.");
        assert_eq!(
            names.iter().filter(|n| n.1 == "Vladimir Putin").count(),
            2,
            "{names:?}"
        );
    }

    #[test]
    fn a_datelines_town_is_a_place() {
        for (text, town) in [
            (
                "MERIDA CITY, March 4 (Reuters) - Officials said the road was closed.",
                "MERIDA CITY",
            ),
            (
                "Harlow Springs, May 2 (Reuters) - The council met on Friday.",
                "Harlow Springs",
            ),
            ("KESTREL BAY — The port reopened on Monday.", "KESTREL BAY"),
        ] {
            let (names, places) = analyze(text);
            assert!(places.iter().any(|p| p.0 == town), "{text}: {places:?}");
            assert!(!texts(&names).contains(&town), "{text}: {names:?}");
        }
        // a name before a dash inside a sentence, or in a sentence with no dateline, is no town
        let (names, places) = analyze("The report said Kestrel Holt — a lawyer — had left.");
        assert!(has(&names, "Kestrel Holt", ActorType::Person), "{names:?}");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_countrys_adjective_the_lexicon_lacks_is_no_person() {
        for text in [
            "The Delmarian government rejected the report.",
            "Delmarian troops crossed the border, and Kaldonese police made arrests.",
            "Ostrovi soldiers fired on the crowd.",
        ] {
            let (names, _) = analyze(text);
            assert!(
                !names.iter().any(|n| n.2 == ActorType::Person),
                "{text}: {names:?}"
            );
        }
        // a leader's name before the body they lead is that person, an "-i" ending too
        let (names, _) =
            analyze("The Kowalczyk government fell, and the Ferrandi government rose.");
        assert!(has(&names, "Kowalczyk", ActorType::Person), "{names:?}");
        assert!(has(&names, "Ferrandi", ActorType::Person), "{names:?}");
        // the ending alone, before a noun of no state, names someone
        let (names, _) = analyze("Brian Hollish said the Genovese family had left.");
        assert!(has(&names, "Brian Hollish", ActorType::Person), "{names:?}");
    }

    #[test]
    fn a_football_club_and_a_ship_are_no_persons() {
        let (names, _) = analyze(
            "Harton Rovers beat Kestrel United 2-1, and Dunmore Wanderers drew with Ashby \
             Athletic. The tanker Kestrel Horizon and the MV Aurora Star were hit.",
        );
        for club in [
            "Harton Rovers",
            "Kestrel United",
            "Dunmore Wanderers",
            "Ashby Athletic",
            "Kestrel Horizon",
            "MV Aurora Star",
        ] {
            assert!(
                has(&names, club, ActorType::Organization),
                "{club}: {names:?}"
            );
        }
        // a given name before the word is a person's name; a person after a vessel's captain too
        let (names, _) = analyze("Anna Albion said the ship's captain, Tom Hale, was safe.");
        assert!(has(&names, "Anna Albion", ActorType::Person), "{names:?}");
        assert!(has(&names, "Tom Hale", ActorType::Person), "{names:?}");
    }

    #[test]
    fn a_club_named_by_its_town_and_a_club_word_is_no_person() {
        let (names, _) = analyze(
            "Harton Villa beat Dunmore Rangers 3-0 on Wednesday, and the fans stayed to cheer \
             the players.",
        );
        for club in ["Harton Villa", "Dunmore Rangers"] {
            assert!(
                has(&names, club, ActorType::Organization),
                "{club}: {names:?}"
            );
        }
        // after a given name, a person
        let (names, _) = analyze("Tom Villa flew to Lisbon on Monday.");
        assert!(has(&names, "Tom Villa", ActorType::Person), "{names:?}");
    }

    #[test]
    fn a_known_towns_name_after_a_title_and_before_a_surname_is_a_given_name() {
        let (names, places) =
            analyze("Opposition leader Hama Kolo said the vote had been rigged in the north.");
        assert!(has(&names, "Hama Kolo", ActorType::Person), "{names:?}");
        assert!(places.is_empty(), "{places:?}");
        // the town after a title and a preposition, or opening a club's name before a title
        // of its own, stays the town
        for text in [
            "The opposition leader flew to Hama on Monday.",
            "The billionaire Hama Falcons owner bought a stake.",
        ] {
            let (_, places) = analyze(text);
            assert!(places.iter().any(|p| p.0 == "Hama"), "{text}: {places:?}");
        }
    }

    #[test]
    fn a_title_or_a_word_that_is_no_given_name_before_a_streets_head_names_the_street() {
        let (names, places) = analyze(
            "Police closed Mill Lane and King Street after the blast. Nathan Lane starred in \
             the play.",
        );
        let places: Vec<&str> = places.iter().map(|p| p.0.as_str()).collect();
        assert!(places.contains(&"Mill Lane"), "{places:?}");
        assert!(places.contains(&"King Street"), "{places:?}");
        assert!(!names.iter().any(|n| n.0.ends_with("Street")), "{names:?}");
        assert!(has(&names, "Nathan Lane", ActorType::Person), "{names:?}");
    }

    #[test]
    fn an_outlets_name_before_another_word_of_a_name_is_a_word_of_that_name() {
        for (text, body) in [
            (
                "The Independent Electoral Commission said turnout was high.",
                "Independent Electoral Commission",
            ),
            (
                "The Independent Police Complaints Board said it would investigate.",
                "Independent Police Complaints Board",
            ),
        ] {
            let (names, _) = analyze(text);
            assert!(has(&names, body, ActorType::Organization), "{names:?}");
            assert!(
                !texts(&names).iter().any(|t| t.starts_with("The ")),
                "{names:?}"
            );
        }
        // the outlet alone, or before words of no body's name
        for text in [
            "The Independent reported that the minister had resigned.",
            "The Independent Vermont senator said he would run.",
        ] {
            let (names, _) = analyze(text);
            assert!(
                texts(&names).contains(&"The Independent"),
                "{text}: {names:?}"
            );
        }
    }

    #[test]
    fn a_given_name_as_surname_before_a_lower_case_verb_in_a_short_paragraph_is_a_person() {
        let (names, _) = analyze("Sarah Connor visited Japan.");
        assert!(has(&names, "Sarah Connor", ActorType::Person), "{names:?}");
    }

    #[test]
    fn a_clubs_opening_word_before_a_towns_name_names_the_club() {
        let (names, places) = analyze("Benfica beat Sporting Lisbon 2-1 on Sunday.");
        assert!(
            has(&names, "Sporting Lisbon", ActorType::Organization),
            "{names:?}"
        );
        assert!(places.iter().any(|p| p.0 == "Lisbon"), "{places:?}");
    }

    #[test]
    fn a_title_that_is_a_given_name_before_an_arabic_article_is_the_given_name() {
        let (names, _) = analyze(
            "Sultan al-Qadiri, the head of the UAE's national oil company, opened the summit.",
        );
        assert!(
            has(&names, "Sultan al-Qadiri", ActorType::Person),
            "{names:?}"
        );
        assert_eq!(
            names
                .iter()
                .find(|n| n.0 == "Sultan al-Qadiri")
                .map(|n| n.1.as_str()),
            Some("Sultan al-Qadiri")
        );
    }

    #[test]
    fn a_units_number_before_its_name_is_part_of_the_name() {
        let (names, _) = analyze(
            "Soldiers of the 101st Airborne Division arrived in Kuwait. The 501st Legion \
             marched in the parade.",
        );
        for unit in ["101st Airborne Division", "501st Legion"] {
            assert!(
                has(&names, unit, ActorType::Organization),
                "{unit}: {names:?}"
            );
        }
        assert!(super::is_ordinal("3rd") && super::is_ordinal("47th"));
        assert!(!super::is_ordinal("3") && !super::is_ordinal("th"));
    }

    #[test]
    fn a_railway_is_an_organisation() {
        let (names, _) = analyze("The Kelvar Divisional Railway said the trains would run again.");
        assert!(
            has(&names, "Kelvar Divisional Railway", ActorType::Organization),
            "{names:?}"
        );
    }
}
