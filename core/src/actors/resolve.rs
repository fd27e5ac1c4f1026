//! Merging mention candidates into actors: lexicon entries, full names and surnames, acronyms;
//! roles from titles and appositions; country and CAMEO code.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::recognize::{
    adjective_stands_alone, described_by_apposition, given_name_as_title, is_ordinal, Candidate,
    CandidateKind, UNIT_HEADS,
};
use super::words::{self, contains};
use super::{ActorInfo, Actors, LowerWords, Mention, MentionKind, PlaceInfo};
use crate::dates::Date;
use crate::lexicon::{EntryKind, Form, Hit, Holder, Lexicon};
use crate::model::ActorType;
use crate::text::{Document, Kind};
use crate::wordmap::WordSet;

/// What makes two mentions one actor (or place): a lexicon entry, or a name (most often a slice
/// of the text, borrowed until a new actor needs it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key<'k> {
    Entry(usize),
    Name(Cow<'k, str>),
}

struct Builder<'d, 'l> {
    doc: &'d Document<'d>,
    lexicon: &'l Lexicon,
    published: Option<Date>,
    actors: Vec<ActorInfo>,
    keys: HashMap<Key<'d>, usize>,
    mentions: Vec<Mention>,
    places: Vec<PlaceInfo>,
    place_keys: HashMap<Key<'d>, usize>,
    /// Countries written next to a match score ("Norway 2 – 1 Chile"): national teams.
    teams: HashSet<usize>,
    /// The last two to four words of each person name -> actor and the word before them in the
    /// name, so that "Greta Lindahl" and "Olympian Greta Lindahl" are one person.
    person_tails: HashMap<&'d str, (usize, Option<&'d str>)>,
    /// The head of each body named by a capitalised role phrase ("Court" of "Supreme Court").
    body_heads: HashMap<&'d str, usize>,
    /// Surname -> the first person with it and the word before it (their given name).
    given_surname: HashMap<&'d str, (usize, &'d str)>,
    /// Sector nouns with no country before them ("the army", "police"), with their role entry:
    /// given a country once every country mention is known.
    bare_sectors: Vec<(Range<usize>, usize)>,
    /// Offices named with no name ("the Russian foreign minister", "a Hamas official"), given a
    /// person once every role is known.
    offices: Vec<Office>,
    /// The actors `offices` made for an office no named person was known to hold.
    office_actors: Vec<usize>,
    /// Those of them that are a body's voice ("a Tesco spokeswoman"): no actor of their own
    /// where no named person holds them once countries are known.
    voice_offices: Vec<usize>,
    /// Titles a named person once held, read in an apposition ("NAME, a former CIA analyst,"),
    /// with the person: an office written there is theirs.
    former_titles: Vec<(Range<usize>, usize)>,
    /// Acronyms the article defines in brackets after a body's name -> that body.
    defined_acronyms: HashMap<&'d str, usize>,
    /// A known body's one-word name (by lexicon entry) -> the actors looked through so far for a
    /// body whose name ends in it, the body found, and whether the article names the known body
    /// in full (see `body_named_before`; kept so that each mention costs O(1) amortised).
    one_word_bodies: HashMap<usize, (usize, Option<usize>, bool)>,
    /// (person, body): a title of the person's names a body whose code is known only once the
    /// heads of bodies' names are read ("NAME, a spokesperson for the National Police").
    members_of_later_bodies: Vec<(usize, usize)>,
}

/// An office of a country or a body written with no name: "the Russian foreign minister", "a
/// Syrian military official".
struct Office {
    tokens: Range<usize>,
    country: Option<String>,
    /// The holder's code: the country's with the role's sector (RUSGOV), or the body's.
    code: String,
    role: usize,
    /// Whether the word before the role is a country's (its mention is part of the office's).
    of_country: bool,
    /// Whether the office is a body's voice ("a Tesco spokeswoman", "a Pentagon official"):
    /// with no holder named it is no actor of its own, the body's mention stands for it.
    voice_of_body: bool,
}

/// Nouns a role word before them qualifies, the phrase naming no holder of the role: "migrant
/// crisis", "terrorist attacks", "justice system".
const ROLE_COMPOUND_HEADS: &[&str] = &[
    "crisis",
    "crises",
    "attack",
    "attacks",
    "network",
    "networks",
    "system",
    "rescue",
    "camp",
    "camps",
    "influx",
    "exodus",
    "flows",
    "policy",
    "policies",
    "plot",
    "plots",
    // a group noun: "student groups", "an activist group", "a farmer union"
    "group",
    "groups",
    "organisation",
    "organisations",
    "organization",
    "organizations",
    "association",
    "associations",
    "movement",
    "movements",
    "union",
    "unions",
    "coalition",
    "coalitions",
    "federation",
    "federations",
    // "a mercenary outfit", "a private security company"
    "outfit",
    "outfits",
    "company",
    "companies",
    "firm",
    "firms",
];

/// `ROLE_COMPOUND_HEADS` for a test per role word before a lower-case word.
static ROLE_COMPOUND_HEADS_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(ROLE_COMPOUND_HEADS));

fn sized_map<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

fn sized_set<K>(n: usize) -> HashSet<K> {
    HashSet::with_capacity_and_hasher(n, Default::default())
}

pub fn resolve<'d>(
    doc: &Document<'d>,
    lexicon: &Lexicon,
    lower: &LowerWords,
    candidates: &[Candidate],
    inner: &[Candidate],
    published: Option<Date>,
) -> Actors {
    // each map holds at most a few entries per candidate: sized once, never re-hashed as it grows
    let n = candidates.len();
    let mut b = Builder {
        doc,
        lexicon,
        published,
        actors: Vec::with_capacity(n),
        keys: sized_map(n),
        mentions: Vec::with_capacity(n),
        places: Vec::new(),
        place_keys: sized_map(n),
        teams: teams(doc, lexicon, candidates),
        person_tails: sized_map(n),
        body_heads: HashMap::default(),
        given_surname: sized_map(n),
        bare_sectors: Vec::new(),
        offices: Vec::new(),
        office_actors: Vec::new(),
        voice_offices: Vec::new(),
        former_titles: Vec::new(),
        defined_acronyms: HashMap::default(),
        one_word_bodies: HashMap::default(),
        members_of_later_bodies: Vec::new(),
    };
    // the surnames of people the article names in full and the lexicon does not know
    // (`NAMED_SURNAME`): a known person's surname alone is decided in pass 2, where it may be
    // theirs ("Samir Haddad ... Haddad"); and the surnames of all people the article names in
    // full (`PERSON_SURNAME`): an organisation sharing one ("Bloomberg" after "Michael
    // Bloomberg") is that person unless the context tells the outlet (one map, one pass)
    const NAMED_SURNAME: u8 = 1;
    const PERSON_SURNAME: u8 = 2;
    let mut surnames: HashMap<&str, u8> = sized_map(n);
    for c in candidates.iter().filter(|c| c.tokens.len() >= 2) {
        let named = match c.kind {
            CandidateKind::Person => NAMED_SURNAME | PERSON_SURNAME,
            CandidateKind::Unknown if lexicon.is_given_name(doc.word(c.tokens.start)) => {
                NAMED_SURNAME
            }
            CandidateKind::Lexicon { entry, .. }
                if lexicon.entry(entry).kind == EntryKind::Person =>
            {
                PERSON_SURNAME
            }
            _ => continue,
        };
        *surnames.entry(doc.word(c.tokens.end - 1)).or_default() |= named;
    }
    let surname_of = |word: &str, of: u8| surnames.get(word).is_some_and(|&f| f & of != 0);
    // a body's name written also without its tail after "of", "for" or "on" ("the Harbour
    // Trust" after "the Harbour Trust for Seabirds"): the full name, where the article gives one
    // only (not "Federal Ministry" with "of Health" and "of Finance")
    // (the names listed when the first name with a tail asks: most articles have none)
    let org_names = std::cell::OnceCell::new();
    let org_names = || {
        org_names.get_or_init(|| {
            let mut org_names: HashSet<&str> = sized_set(n);
            org_names.extend(
                candidates
                    .iter()
                    .filter(|c| c.kind == CandidateKind::Organization && c.tokens.len() >= 2)
                    .map(|c| doc.span_text(c.tokens.clone())),
            );
            org_names
        })
    };
    let mut full_names: HashMap<&str, Option<&str>> = HashMap::default();
    for c in candidates {
        if c.kind != CandidateKind::Organization {
            continue;
        }
        let tail = (c.tokens.start + 2..c.tokens.end.saturating_sub(1)).find(|&k| {
            doc.is_lowercase(k)
                && matches!(doc.word(k), "of" | "for" | "on")
                && words::is_org_head(doc.word(k - 1))
        });
        // only where the article also writes the short name
        let stem = tail.map(|k| doc.span_text(c.tokens.start..k));
        if let Some(stem) = stem.filter(|s| org_names().contains(s)) {
            let full = doc.span_text(c.tokens.clone());
            full_names
                .entry(stem)
                .and_modify(|f| {
                    if *f != Some(full) {
                        *f = None;
                    }
                })
                .or_insert(Some(full));
        }
    }
    // another tail anywhere in the text ("the Federal Ministry of Finance" beside "the Federal
    // Ministry of Health", whatever the rules made of either) leaves the short name alone
    for (stem, full) in full_names.iter_mut() {
        let Some(f) = *full else { continue };
        let other_tail = doc.text.match_indices(*stem).any(|(at, _)| {
            let rest = &doc.text[at + stem.len()..];
            let tailed = [" of ", " for ", " on "]
                .iter()
                .any(|c| rest.starts_with(c));
            tailed && !doc.text[at..].starts_with(f)
        });
        if other_tail {
            *full = None;
        }
    }
    let inner_country = inner_countries(lexicon, inner);
    // Pass 1: lexicon entries and multi-word names found by context.
    let mut deferred = Vec::new();
    for (ci, c) in candidates.iter().enumerate() {
        match c.kind {
            CandidateKind::Lexicon { .. } if b.acronym_named(c.tokens.clone()) => {}
            CandidateKind::Lexicon { entry, .. }
                if c.tokens.len() == 1
                    && matches!(
                        lexicon.entry(entry).kind,
                        EntryKind::Organization | EntryKind::Media
                    )
                    && surname_of(doc.word(c.tokens.start), PERSON_SURNAME)
                    && !outlet_context(doc, c.tokens.start) =>
            {
                deferred.push(ci)
            }
            CandidateKind::Lexicon { entry, .. }
                if c.tokens.len() == 1
                    && lexicon.entry(entry).kind == EntryKind::Person
                    && surname_of(doc.word(c.tokens.start), NAMED_SURNAME) =>
            {
                deferred.push(ci)
            }
            // a national adjective or a title standing alone that is the surname of someone
            // named in full ("Peruvian said" after "Lena Peruvian", "King said" after "Laura King")
            CandidateKind::Lexicon { entry, form }
                if c.tokens.len() == 1
                    && match lexicon.entry(entry).kind {
                        EntryKind::Country => {
                            form == Form::Adjective && adjective_stands_alone(doc, c.tokens.end)
                        }
                        EntryKind::Role => !doc.is_capitalized(c.tokens.end),
                        _ => false,
                    }
                    && surname_of(doc.word(c.tokens.start), NAMED_SURNAME) =>
            {
                deferred.push(ci)
            }
            CandidateKind::Lexicon { .. } if spelled_out(doc, lexicon, candidates, c) => {
                deferred.push(ci)
            }
            CandidateKind::Lexicon { entry, form } => {
                b.lexicon_mention(candidates, ci, entry, form);
                b.town_before_region(c.tokens.clone(), &inner_country);
            }
            // a lone word after a locative may be a surname used before ("to Voss's"): decided
            // in pass 2, after the full names
            CandidateKind::Place if c.tokens.len() >= 2 => {
                let named = place_words(doc, c.tokens.clone());
                let name = doc.span_text(named.clone());
                let country = listed_country(doc, lexicon, candidates, ci)
                    .or_else(|| inner_country.get(&(named.end + 1)).copied());
                b.place(
                    Key::Name(name.into()),
                    c.tokens.clone(),
                    Some(name),
                    country,
                );
                b.town_before_region(c.tokens.clone(), &inner_country);
            }
            // a surname with its particle alone ("Al-Hamdani, who ...") is looked up in pass 2
            CandidateKind::Person if c.tokens.len() >= 2 && !particle_surname(doc, c) => {
                let actor = b.person(c.tokens.clone());
                b.mention(c.tokens.clone(), actor, MentionKind::Name);
            }
            CandidateKind::Organization if c.tokens.len() >= 2 => {
                let name = doc.span_text(c.tokens.clone());
                let name = full_names.get(name).copied().flatten().unwrap_or(name);
                let actor = b.actor(Key::Name(name.into()), || {
                    ActorInfo::named(name.to_string(), ActorType::Organization)
                });
                b.mention(c.tokens.clone(), actor, MentionKind::Name);
            }
            _ => deferred.push(ci),
        }
    }
    // Pass 2: single words (surnames, acronyms) and names whose kind the context left open.
    let mut single_words: HashSet<&str> = sized_set(n);
    single_words.extend(
        candidates
            .iter()
            .filter(|c| c.tokens.len() == 1)
            .map(|c| doc.word(c.tokens.start)),
    );
    // words the article writes in lower case: a name made of them is a thing, not a person
    let lower_words = lower_words(doc, lower, candidates);
    let mut short_forms = ShortForms::sized(&b.mentions);
    for i in 0..b.mentions.len() {
        short_forms.add(&b, i);
    }
    let n = doc.tokens.len();
    let mut opening = Vec::new();
    for ci in deferred {
        let c = &candidates[ci];
        if b.acronym_named(c.tokens.clone()) {
            continue;
        }
        let text = doc.span_text(c.tokens.clone());
        let single = c.tokens.len() == 1;
        // a surname after a title of one gender ("Mrs Okafor") is not the man (woman) of that
        // surname named in full: the one of the title's gender, where another bears it
        let title_female = (single && c.tokens.start > 0)
            .then(|| super::title_gender(doc.word(c.tokens.start - 1)))
            .flatten();
        let found = match title_female {
            Some(female) => short_forms.surname_fitting(text, c.tokens.start, n, |m| {
                let mut name = b.actors[b.mentions[m].actor]
                    .name
                    .split(' ')
                    .skip_while(|w| super::title_gender(w).is_some());
                let given = name.next().filter(|_| name.next().is_some());
                given.and_then(|g| lexicon.given_name_is_female(g)) != Some(!female)
            }),
            None => short_forms.find(text, c.tokens.start, n),
        }
        // a given name alone, for the person named in full ("Tariq" for "Tariq Haddad")
        .or_else(|| {
            (single && lexicon.is_given_name(text))
                .then(|| short_forms.find_in(ShortMap::Given, text, c.tokens.start, n))
                .flatten()
        })
        // "the Church" for "the Church of Valdoria", "the Court" for "the Supreme Court"
        .or_else(|| {
            let the = c.tokens.start > 0 && doc.is(c.tokens.start - 1, "the");
            (single && the && words::is_org_head(text))
                .then(|| short_forms.find_in(ShortMap::Head, text, c.tokens.start, n))
                .flatten()
        })
        // "Valdoria" for "the Church of Valdoria"
        .or_else(|| {
            single
                .then(|| short_forms.find_in(ShortMap::OrgTail, text, c.tokens.start, n))
                .flatten()
        });
        if let Some(m) = found {
            let actor = b.mentions[m].actor;
            b.mention(c.tokens.clone(), actor, MentionKind::Name);
            short_forms.add(&b, b.mentions.len() - 1);
            continue;
        }
        // "the House" for "the House of Representatives", a body named by its role phrase
        let the = c.tokens.start > 0 && doc.is(c.tokens.start - 1, "the");
        if let Some(&actor) = b.body_heads.get(text).filter(|_| single && the) {
            b.mention(c.tokens.clone(), actor, MentionKind::Name);
            continue;
        }
        // a person's or a company's first word alone, a name of its own inside a sentence, for
        // the one named in full ("Brenton" for "Brenton Tarrant", "Peabody" for "Peabody
        // Energy"); and so where it opens one
        let first_word = (single
            && c.kind == CandidateKind::Unknown
            && lone_name(doc, &single_words, &lower_words, c.tokens.start))
        .then(|| short_forms.find_in(ShortMap::FirstWord, text, c.tokens.start, n))
        .flatten();
        if let Some(m) = first_word {
            let actor = b.mentions[m].actor;
            b.keys.entry(Key::Name(text.into())).or_insert(actor);
            b.mention(c.tokens.clone(), actor, MentionKind::Name);
            continue;
        }
        // a known person's surname that no one named in the article bears
        if let CandidateKind::Lexicon { entry, form } = c.kind {
            b.lexicon_mention(candidates, ci, entry, form);
            b.town_before_region(c.tokens.clone(), &inner_country);
            continue;
        }
        // a name that opens with a known surname is that person's thing ("Voss Sketchbooks"):
        // the surname is the mention
        if c.kind == CandidateKind::Unknown && !single {
            let first = doc.word(c.tokens.start);
            if !lexicon.is_given_name(first) {
                if let Some(m) = short_forms.find_in(ShortMap::Surname, first, c.tokens.start, n) {
                    let actor = b.mentions[m].actor;
                    b.mention(c.tokens.start..c.tokens.start + 1, actor, MentionKind::Name);
                    continue;
                }
            }
        }
        // a lone head noun opening a sentence that the text also writes in lower case is a
        // common noun there ("University exhibits can reach out")
        if single
            && c.kind == CandidateKind::Organization
            && doc.starts_sentence(c.tokens.start)
            && words::is_org_head(text)
            && lower_words.contains(doc.lower(c.tokens.start))
        {
            continue;
        }
        // a name that names a place found by its context elsewhere ("Fernbrook" after
        // "Fernbrook, Ohio", "Tell Varda" after "fighting near Tell Varda")
        if c.kind == CandidateKind::Unknown {
            let key = Key::Name(text.into());
            if b.place_keys.contains_key(&key) {
                b.place(key, c.tokens.clone(), None, None);
                continue;
            }
        }
        let kind = match c.kind {
            CandidateKind::Person => ActorType::Person,
            CandidateKind::Organization => ActorType::Organization,
            CandidateKind::Place => {
                let country = listed_country(doc, lexicon, candidates, ci);
                b.place(Key::Name(text.into()), c.tokens.clone(), None, country);
                b.town_before_region(c.tokens.clone(), &inner_country);
                continue;
            }
            CandidateKind::Unknown => {
                let opener = single && doc.starts_sentence(c.tokens.start);
                match unknown_kind(doc, lexicon, &single_words, &lower_words, c).or_else(|| {
                    opener
                        .then(|| described_opener(doc, lexicon, &lower_words, c.tokens.start))
                        .flatten()
                }) {
                    Some(kind) => kind,
                    None => {
                        if opener {
                            opening.push(ci);
                        }
                        continue;
                    }
                }
            }
            _ => continue,
        };
        let actor = if kind == ActorType::Person && !single {
            b.person(c.tokens.clone())
        } else {
            b.actor(Key::Name(text.into()), || {
                ActorInfo::named(text.to_string(), kind)
            })
        };
        b.mention(c.tokens.clone(), actor, MentionKind::Name);
        short_forms.add(&b, b.mentions.len() - 1);
    }
    // a lone word opening a sentence names what the same word names inside one ("Zentrova has
    // said" where the article also writes "charged by Zentrova")
    for ci in opening {
        let c = &candidates[ci];
        if let Some(&actor) = b.keys.get(&Key::Name(doc.word(c.tokens.start).into())) {
            b.mention(c.tokens.clone(), actor, MentionKind::Name);
        }
    }
    b.places_opening_names(candidates);
    b.people_in_org_names(lower, &short_forms);
    b.roles_and_codes(candidates);
    b.titles_alone(candidates);
    b.offices();
    // places and countries named inside organisation names, after the roles (a country there
    // does not give a person's country)
    for (k, c) in inner.iter().enumerate() {
        match c.kind {
            // (a known body opening a longer body's name gives that body its code, in
            // `bodies_by_head`, and is no mention of its own)
            CandidateKind::Lexicon { entry, form }
                if !matches!(
                    lexicon.entry(entry).kind,
                    EntryKind::Organization | EntryKind::Group | EntryKind::Media
                ) =>
            {
                b.lexicon_mention(inner, k, entry, form)
            }
            // the town of a local government's name ("the Municipality of Varenzo")
            CandidateKind::Place => {
                let text = doc.span_text(c.tokens.clone());
                b.place(Key::Name(text.into()), c.tokens.clone(), None, None);
            }
            _ => {}
        }
    }
    b.us_states_named_as_countries();
    b.bodies_by_head(&inner_country, inner);
    b.conjoined_sectors(candidates);
    b.bare_sectors();
    b.named_central_banks_and_parliaments();
    b.members_of_later_bodies();
    b.offices_of_named_holders();
    b.drop_unheld_voices();
    b.bare_heads_of_named_bodies();
    b.name_actors();
    Actors {
        actors: b.actors,
        mentions: b.mentions,
        places: b.places,
        covering: Vec::new(),
        max_end: Vec::new(),
    }
}

/// The country of a known town or region listed right beside the place candidate `ci` ("Avdiivka
/// and Horlivka": Ukraine for Horlivka).
fn listed_country<'l>(
    doc: &Document,
    lexicon: &'l Lexicon,
    candidates: &[Candidate],
    ci: usize,
) -> Option<&'l str> {
    let c = &candidates[ci];
    let joint = |t: usize| {
        doc.is_punct(t, ',') || (doc.is_lowercase(t) && matches!(doc.word(t), "and" | "or"))
    };
    let beside = |o: &Candidate| {
        (o.tokens.end + 1 == c.tokens.start && joint(o.tokens.end))
            || (c.tokens.end + 1 == o.tokens.start && joint(c.tokens.end))
    };
    let neighbours = [ci.checked_sub(1), Some(ci + 1)];
    neighbours
        .into_iter()
        .flatten()
        .filter_map(|k| candidates.get(k))
        .filter(|o| beside(o))
        .find_map(|o| match o.kind {
            CandidateKind::Lexicon {
                entry,
                form: Form::Name,
            } => {
                let e = lexicon.entry(entry);
                (e.kind == EntryKind::Place)
                    .then_some(e.country.as_deref())
                    .flatten()
            }
            _ => None,
        })
}

/// The country of each known place or country named inside another name, by its first token:
/// "Ohio" of "Fernbrook, Ohio", "Indonesian" of "Indonesian National Police".
fn inner_countries<'l>(lexicon: &'l Lexicon, inner: &[Candidate]) -> HashMap<usize, &'l str> {
    inner
        .iter()
        .filter_map(|c| match c.kind {
            CandidateKind::Lexicon { entry, form } => {
                let e = lexicon.entry(entry);
                let named = match e.kind {
                    EntryKind::Country => true,
                    EntryKind::Place => form == Form::Name,
                    _ => false,
                };
                named
                    .then_some(e.country.as_deref())
                    .flatten()
                    .map(|country| (c.tokens.start, country))
            }
            _ => None,
        })
        .collect()
}

/// The first tokens of the countries named inside other names ("Sudan" of "Sudan Doctors
/// Network").
fn inner_nations(lexicon: &Lexicon, inner: &[Candidate]) -> HashSet<usize> {
    inner
        .iter()
        .filter(|c| {
            // (not a U.S. state's name: "Georgia Southern University")
            matches!(c.kind, CandidateKind::Lexicon { entry, form: Form::Name }
                if lexicon.entry(entry).kind == EntryKind::Country
                    && !US_STATES_NAMED_AS_COUNTRIES.contains(&lexicon.entry(entry).name.as_str()))
        })
        .map(|c| c.tokens.start)
        .collect()
}

/// Whether the one word of candidate `c`, a known acronym of three letters or more, is the
/// initials of a body's name of two words or more the article writes in full ("the CMA" after
/// "the Competition and Markets Authority"): the article's body, not the lexicon's, is meant
/// (found with the short forms, the way an acronym the lexicon does not know is); not where the
/// article names the lexicon's one another way too ("GOP" beside "Republicans").
fn spelled_out(doc: &Document, lexicon: &Lexicon, candidates: &[Candidate], c: &Candidate) -> bool {
    let w = doc.word(c.tokens.start);
    let CandidateKind::Lexicon { entry, .. } = c.kind else {
        return false;
    };
    let body = |o: &Candidate| match o.kind {
        CandidateKind::Organization | CandidateKind::Unknown => true,
        CandidateKind::Lexicon { entry, .. } => matches!(
            lexicon.entry(entry).kind,
            EntryKind::Organization | EntryKind::Group | EntryKind::Media
        ),
        _ => false,
    };
    c.tokens.len() == 1
        && (3..=6).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && candidates.iter().any(|o| {
            let mut letters = initials(doc, o.tokens.clone());
            o.tokens.len() >= 2
                && o.tokens.len() >= w.len()
                && o.tokens.clone().all(|t| doc.is_word(t))
                && body(o)
                && w.chars().all(|l| letters.next() == Some(l))
                && letters.next().is_none()
        })
        && !candidates.iter().any(|o| {
            matches!(o.kind, CandidateKind::Lexicon { entry: e, .. } if e == entry)
                && doc.span_text(o.tokens.clone()) != w
        })
}

/// The initials of a name: the first letters of its capitalised words ("Competition and Markets
/// Authority": C, M, A).
fn initials<'a>(doc: &'a Document, tokens: Range<usize>) -> impl Iterator<Item = char> + 'a {
    tokens
        .filter(|&t| doc.is_capitalized(t))
        .filter_map(|t| doc.word(t).chars().next())
}

/// The actor of the mention written over `tokens`, in `(end, start, actor)` rows sorted by end.
fn actor_at(mentions_ending: &[(usize, usize, usize)], tokens: Range<usize>) -> Option<usize> {
    let first = mentions_ending.partition_point(|&(end, _, _)| end < tokens.end);
    mentions_ending[first..]
        .iter()
        .take_while(|&&(end, _, _)| end == tokens.end)
        .find(|&&(_, start, _)| start == tokens.start)
        .map(|&(_, _, actor)| actor)
}

/// Whether words are written as a name: capitals but for the connectors inside ("House of
/// Representatives", "Ministry of Culture and Sports").
fn written_as_name(doc: &Document, tokens: Range<usize>) -> bool {
    tokens.clone().all(|t| {
        !doc.is_word(t)
            || doc.is_capitalized(t)
            || (t > tokens.start
                && t + 1 < tokens.end
                && contains(words::ORG_CONNECTORS, doc.word(t)))
    })
}

/// A body's name's words up to its head, the last word before "of", "for" or "on" ("Ministry"
/// of "Ministry of Culture", "Commission" of "Commission on Human Rights").
fn words_to_head(name: &str) -> impl Iterator<Item = &str> {
    name.split(' ')
        .take_while(|w| !matches!(*w, "of" | "for" | "on"))
}

/// The sector a body's name tells by its head (the last word before "of", "for" or "on"), for
/// a body the lexicon does not know: "National Police" (COP), "Air Force" (MIL), "Ministry of
/// Culture" (GOV), "National Intelligence Agency" (SPY), "Green Party" (PTY); "Liberation Army" is an armed group's
/// (REB). `None` for other heads, and for the heads of charities and clubs ("Salvation Army" is
/// in the lexicon).
fn head_sector(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = words_to_head(name).collect();
    let (&head, rest) = words.split_last()?;
    let before = rest.last().copied().unwrap_or_default();
    let rebel = words.iter().any(|w| {
        matches!(
            *w,
            "Liberation"
                | "Resistance"
                | "Rebel"
                | "Rebels"
                | "Insurgent"
                | "Mujahideen"
                | "Salvation"
        )
    });
    let armed_head = matches!(
        head,
        "Army" | "Front" | "Forces" | "Movement" | "Brigade" | "Brigades" | "Battalion" | "Militia"
    );
    if rebel && armed_head {
        return Some("REB");
    }
    // a unit of the armed forces named by its number ("101st Airborne Division")
    if words.first().is_some_and(|w| is_ordinal(w))
        && contains(UNIT_HEADS, head)
        && head != "Legion"
    {
        return Some("MIL");
    }
    let sector = match (before, head) {
        (_, "Police" | "Gendarmerie" | "Constabulary" | "Carabinieri") => "COP",
        ("Police", "Department" | "Service" | "Force" | "Agency" | "Bureau" | "Command") => "COP",
        // a counter-terrorism command is as often the police's as the army's
        ("Terrorism" | "Counterterrorism" | "Counter-Terrorism", "Command") => return None,
        // a command of two words or more is the armed forces' ("Northern Command", "Special
        // Operations Command"); "Command" alone is no name
        (_, "Command") if !rest.is_empty() => "MIL",
        ("Border", "Guard" | "Guards" | "Force" | "Service") => "COP",
        ("Security", "Forces" | "Force") => "COP",
        (_, "Intelligence") => "SPY",
        ("Intelligence", "Agency" | "Service" | "Directorate" | "Bureau" | "Organization") => "SPY",
        (_, "Army" | "Navy" | "Military" | "Marines") => "MIL",
        ("Armed" | "Defence" | "Defense" | "Self-Defense" | "Self-Defence", "Forces" | "Force") => {
            "MIL"
        }
        ("Air" | "Ground" | "Land" | "Naval" | "Special", "Force" | "Forces") => "MIL",
        ("National" | "Coast" | "Republican" | "Presidential", "Guard") => "MIL",
        ("Marine", "Corps") => "MIL",
        (_, "Ministry") => "GOV",
        (_, "Parliament" | "Senate" | "Duma" | "Knesset" | "Majlis") => "LEG",
        (_, "Party") => "PTY",
        ("National" | "Legislative" | "Constituent" | "General", "Assembly" | "Congress") => "LEG",
        ("Election" | "Electoral", "Commission" | "Board" | "Council" | "Tribunal") => "GOV",
        // a court of justice by the kind of court ("the General Court", "the High Court"), not
        // a yard or a palace ("Food Court", "Hampton Court")
        (
            "Supreme" | "General" | "High" | "Constitutional" | "Appeals" | "Appellate"
            | "Cassation" | "District" | "Circuit" | "Superior" | "Federal" | "Criminal"
            | "Administrative" | "Military" | "Magistrates" | "Magistrates'" | "Crown"
            | "Revolutionary" | "Sharia" | "Tax" | "Family" | "Juvenile" | "Regional"
            | "Provincial",
            "Court",
        ) => "JUD",
        _ => return None,
    };
    Some(sector)
}

/// Whether a body's name ends in the head of an office of the state (before "of", "for" or
/// "on"): "Service", "Authority", "Agency", "Department", "Bureau", "Directorate" ("Revenue
/// Authority", "Bureau of Statistics"; the country opens the name). A commission is as often
/// a campaign's as the state's.
fn state_office(name: &str) -> bool {
    let head = words_to_head(name).last();
    matches!(
        head,
        Some("Service" | "Authority" | "Agency" | "Department" | "Bureau" | "Directorate")
    )
}

/// A one-word name at `at` written where only a news outlet fits: "told Bloomberg", "according
/// to Bloomberg", "in an interview with Bloomberg", "Bloomberg reported".
fn outlet_context(doc: &Document, at: usize) -> bool {
    let before = |k: usize| (at >= k && doc.is_lowercase(at - k)).then(|| doc.lower(at - k));
    let after = (at + 1 < doc.tokens.len() && doc.is_lowercase(at + 1)).then(|| doc.lower(at + 1));
    match before(1) {
        Some("told" | "tell" | "tells" | "telling") => return true,
        Some("to")
            if matches!(
                before(2),
                Some("according" | "spoke" | "speaking" | "talked")
            ) =>
        {
            return true
        }
        Some("with") if matches!(before(2), Some("interview" | "interviews")) => return true,
        _ => {}
    }
    matches!(
        after,
        Some("reported" | "reports" | "reporting" | "wrote" | "published" | "quoted" | "cited")
    )
}

/// Words of closed classes (articles, prepositions, auxiliaries) and the commonest verbs of
/// saying: around a sector noun, they tell that no other noun is joined to it.
const CLOSED: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "with",
    "from", "to", "as", "that", "which", "who", "whom", "whose", "than", "into", "onto", "over",
    "under", "against", "among", "between", "after", "before", "during", "since", "until", "about",
    "while", "when", "where", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should",
    "not", "no", "all", "both", "these", "those", "this", "any", "each", "every", "such", "what",
    "how", "if", "so", "also", "then", "there", "here", "say", "says", "told", "tell", "tells",
    "let", "upon", "via", "without", "within", "through", "across", "toward", "towards", "near",
    "outside", "inside", "around", "behind", "like", "unlike", "per", "amid", "despite", "whether",
];
static CLOSED_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(CLOSED));

/// Irregular past forms of the verbs of fighting and moving that follow an armed body's noun
/// ("militias retook the village", "troops overran the post").
const PAST_FORMS: &[&str] = &[
    "retook",
    "overran",
    "overtook",
    "shot",
    "struck",
    "fled",
    "withdrew",
    "drove",
    "threw",
    "broke",
    "swept",
    "blew",
    "caught",
    "sought",
    "shook",
    "flew",
    "beat",
    "stole",
    "hid",
    "rode",
    "tore",
    "wrote",
    "spoke",
    "dug",
    "stuck",
    "slew",
    "forbade",
    "undertook",
    "upheld",
    "withheld",
];
/// Words that qualify a sector noun without changing whose body it is ("senior officials",
/// "local police", "government troops"; numbers written as words are `cardinal`'s).
const SECTOR_MODIFIERS: &[&str] = &[
    "senior",
    "top",
    "high-ranking",
    "junior",
    "local",
    "federal",
    "national",
    "provincial",
    "regional",
    "state",
    "municipal",
    "district",
    "city",
    "government",
    "military",
    "security",
    "army",
    "police",
    "rebel",
    "opposition",
    "armed",
    "unidentified",
    "unknown",
    "suspected",
    "masked",
    "several",
    "many",
    "some",
    "other",
    "few",
    "more",
    "thousand",
    "scores",
    "dozens",
    "hundreds",
    "thousands",
    "angry",
    "peaceful",
    "tribal",
    "allied",
    "rival",
];

static SECTOR_MODIFIERS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SECTOR_MODIFIERS));

/// The noun phrase of a sector noun with no country ("two senior lawmakers" around "lawmakers"),
/// or None where a noun before it makes it another body ("company officials", "hospital
/// staff") or the noun is no head ("military aid"): the phrase runs back over numbers, numbers
/// written as words (`cardinal`) and the words of `SECTOR_MODIFIERS`.
fn sector_phrase(doc: &Document, noun: Range<usize>) -> Option<Range<usize>> {
    let mut start = noun.start;
    while start > 0 {
        let p = start - 1;
        let modifier = doc.tokens[p].kind == Kind::Number
            || (doc.is_lowercase(p)
                && (SECTOR_MODIFIERS_SET.contains(doc.lower(p)) || cardinal(doc.lower(p))));
        if !modifier {
            break;
        }
        start = p;
    }
    // a noun of another kind before it; a verb ("killed rebels"), a function word or anything
    // capitalised leaves the phrase as it is, and so does a count opening it: no noun compounds
    // across a number ("at the time 40 police officers")
    let counted = start < noun.start
        && (doc.tokens[start].kind == Kind::Number || cardinal(doc.lower(start)));
    if !counted && start > 0 && doc.is_word(start - 1) && doc.is_lowercase(start - 1) {
        let w = doc.lower(start - 1);

        let verb_like = w.ends_with("ed")
            || w.ends_with("ing")
            || w.ends_with("ly")
            || crate::lexicon::cues::cue(w).is_some()
            || CLOSED_SET.contains(w);
        if !verb_like {
            return None;
        }
    }
    // a verb after "to" with its object after it ("to police the streets", "to govern a
    // country")
    let end = noun.end;
    if start > 0
        && doc.is(start - 1, "to")
        && end < doc.tokens.len()
        && matches!(
            doc.lower(end),
            "a" | "an" | "the" | "their" | "its" | "his" | "her" | "our" | "this" | "these"
        )
    {
        return None;
    }
    // the noun qualifies the one after it ("military assistance", "police station"), or an
    // "of" or "from" names whose body it is ("the government of Yemen", "troops from Chad")
    // a capitalised word after it: the noun opens a name ("Parliament Square", "Police Scotland")
    if end < doc.tokens.len() && doc.is_word(end) && doc.is_capitalized(end) {
        return None;
    }
    if end < doc.tokens.len() && doc.is_word(end) && doc.is_lowercase(end) {
        let w = doc.lower(end);
        let verb_like = w.ends_with("ed")
            || w.ends_with("ing")
            || w.ends_with("ly")
            || crate::lexicon::cues::cue(w).is_some()
            || matches!(w, "'s" | "’s" | "'" | "’")
            || crate::quotes::is_finite(w)
            || contains(PAST_FORMS, w)
            || matches!(
                w,
                "later" | "now" | "again" | "still" | "soon" | "already" | "often" | "never"
            )
            || (!matches!(w, "of" | "from") && CLOSED_SET.contains(w))
            // what the body is accused of or kept from ("accused the government of using force")
            || (matches!(w, "of" | "from")
                && doc.is_lowercase(end + 1)
                && doc.lower(end + 1).ends_with("ing"));
        if !verb_like {
            return None;
        }
    }
    Some(start..noun.end)
}

impl ActorInfo {
    fn named(name: String, kind: ActorType) -> Self {
        ActorInfo {
            name,
            kind,
            country: None,
            code: None,
            roles: Vec::new(),
            sector: None,
            entry: None,
        }
    }
}

/// Countries written next to a match score ("Norway 2 – 1 Chile", "Denmark 2-0 Ghana"): the
/// article reports a match, and these names stand for national teams.
fn teams(doc: &Document, lexicon: &Lexicon, candidates: &[Candidate]) -> HashSet<usize> {
    let n = doc.tokens.len();
    let number = |i: usize| i < n && doc.tokens[i].kind == crate::text::Kind::Number;
    let dash = |i: usize| {
        i < n
            && ["-", "–", "—", ":"]
                .iter()
                .any(|d| doc.span_text(i..i + 1) == *d)
    };
    let mut teams = HashSet::default();
    for c in candidates {
        let Some(entry) = c.named_entry() else {
            continue;
        };
        if !matches!(
            lexicon.entry(entry).kind,
            EntryKind::Country | EntryKind::Place
        ) {
            continue;
        }
        let e = c.tokens.end;
        let s = c.tokens.start;
        let score_after = number(e) && dash(e + 1) && number(e + 2);
        let score_before = s >= 3 && number(s - 1) && dash(s - 2) && number(s - 3);
        if score_after || score_before {
            teams.insert(entry);
        }
    }
    teams
}

impl<'d> Builder<'d, '_> {
    /// The person actor of a full name: the one whose name ends in the same two to four words
    /// ("Greta Lindahl", "Olympian Greta Lindahl"), else a new one.
    fn person(&mut self, tokens: Range<usize>) -> usize {
        let doc = self.doc;
        let last = tokens.end;
        let first_tail = tokens.start.max(last.saturating_sub(4));
        // a tail opens with a capitalised word: "bin Laden" is the surname that "Hamza bin
        // Laden" and his father share; with the word before it in the name, if any
        let lexicon = self.lexicon;
        let tails = (first_tail..last.saturating_sub(1))
            .filter(|&s| doc.is_capitalized(s))
            .map(|s| {
                let before = (s > tokens.start).then(|| doc.word(s - 1));
                (doc.span_text(s..last), before)
            });
        // two given names before the same tail are two people: "Alex Van Halen" and "Eddie
        // Van Halen", "John F. Kennedy" and "Robert F. Kennedy"
        let others = |a: Option<&str>, b: Option<&str>| match (a, b) {
            (Some(a), Some(b)) => {
                a != b
                    && lexicon.is_given_name(a)
                    && lexicon.is_given_name(b)
                    && !spelled_alike(a, b)
            }
            _ => false,
        };
        let found = tails.clone().find_map(|(t, before)| {
            let &(actor, other) = self.person_tails.get(t)?;
            (!others(before, other)).then_some(actor)
        });
        // "Jonathon Pelham" after "Jonathan Pelham": the same surname and a given name spelled
        // one letter apart
        let surname = doc.word(last - 1);
        let given = (last >= tokens.start + 2).then(|| doc.word(last - 2));
        let variant = || {
            let &(a, other) = self.given_surname.get(surname)?;
            let g = given?;
            (g != other && spelled_alike(g, other)).then_some(a)
        };
        // "Hamza bin Ladin" after "Hamza bin Laden": the same words but one spelled one letter
        // apart
        let spelling = || {
            let text = doc.span_text(tokens.clone());
            // the first words of the two names open with the same byte (the same word, or one
            // spelled alike): the other names are passed over before their words are split, and
            // the name's words are listed at the first that may match
            let opening = text.trim_start().as_bytes().first()?;
            let mut words: Option<Vec<&str>> = None;
            self.actors.iter().position(|a| {
                if a.kind != ActorType::Person
                    || a.name.trim_start().as_bytes().first() != Some(opening)
                {
                    return false;
                }
                let words = words.get_or_insert_with(|| text.split_whitespace().collect());
                let mut other = a.name.split_whitespace();
                let mut apart = 0;
                words.len() >= 2
                    && words.iter().all(|w| match other.next() {
                        Some(o) if o == *w => true,
                        Some(o) if spelled_alike(o, w) => {
                            apart += 1;
                            apart == 1
                        }
                        _ => false,
                    })
                    && other.next().is_none()
            })
        };
        let actor = match found.or_else(variant).or_else(spelling) {
            Some(a) if self.actors[a].kind == ActorType::Person => a,
            _ => {
                let name = doc.span_text(tokens.clone());
                self.actor(Key::Name(name.into()), || {
                    ActorInfo::named(name.to_string(), ActorType::Person)
                })
            }
        };
        for (t, before) in tails {
            self.person_tails.entry(t).or_insert((actor, before));
        }
        if let Some(g) = given {
            self.given_surname.entry(surname).or_insert((actor, g));
        }
        actor
    }

    /// Mentions an acronym as the body whose name the article writes right before it in brackets
    /// ("Reporters Without Borders (RSF)", "Movimento Cinque Vie (MCV)"), there and after,
    /// whatever else the acronym may stand for; returns whether it did.
    fn acronym_named(&mut self, tokens: Range<usize>) -> bool {
        let doc = self.doc;
        let s = tokens.start;
        let w = doc.word(s);
        if tokens.len() != 1
            || !(2..=6).contains(&w.len())
            || !w
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            return false;
        }
        let bracketed = s > 0
            && s + 1 < doc.tokens.len()
            && doc.is_punct(s - 1, '(')
            && doc.is_punct(s + 1, ')');
        let defined = bracketed
            .then(|| {
                self.mentions.iter().rev().find(|m| {
                    m.tokens.end + 1 == s
                        && m.kind == MentionKind::Name
                        && m.tokens.len() >= 2
                        && matches!(
                            self.actors[m.actor].kind,
                            ActorType::Organization | ActorType::Group
                        )
                })
            })
            .flatten()
            .map(|m| m.actor);
        if let Some(a) = defined {
            self.defined_acronyms.insert(w, a);
        }
        match defined.or_else(|| self.defined_acronyms.get(w).copied()) {
            Some(actor) => {
                self.mention(tokens, actor, MentionKind::Name);
                true
            }
            None => false,
        }
    }

    fn actor(&mut self, key: Key<'d>, make: impl FnOnce() -> ActorInfo) -> usize {
        if let Some(&a) = self.keys.get(&key) {
            return a;
        }
        let a = self.actors.len();
        self.actors.push(make());
        self.keys.insert(key, a);
        a
    }

    fn mention(&mut self, tokens: Range<usize>, actor: usize, kind: MentionKind) {
        self.mentions.push(Mention {
            tokens,
            actor,
            kind,
        });
    }

    /// A mention of the place `key`, named `name` (the mention's text when `None`) when new.
    fn place(
        &mut self,
        key: Key<'d>,
        tokens: Range<usize>,
        name: Option<&str>,
        country: Option<&str>,
    ) {
        let idx = match self.place_keys.get(&key) {
            Some(&p) => p,
            None => {
                let name = name.unwrap_or_else(|| self.doc.span_text(tokens.clone()));
                self.places.push(PlaceInfo {
                    name: name.to_string(),
                    country: country.map(str::to_string),
                    mentions: Vec::new(),
                });
                self.place_keys.insert(key, self.places.len() - 1);
                self.places.len() - 1
            }
        };
        self.places[idx].mentions.push(tokens);
    }

    /// "Bishkek, Kyrgyzstan", "Fernbrook, Ohio": the place mention just made of a town, a comma
    /// and its region or country is the town's alone, named by the town (it keeps the region's
    /// country); the region is a mention of its own.
    fn town_before_region(&mut self, tokens: Range<usize>, inner_country: &HashMap<usize, &str>) {
        let doc = self.doc;
        let town = place_words(doc, tokens.clone());
        if town.end == tokens.end || !inner_country.contains_key(&(town.end + 1)) {
            return;
        }
        // the place the mention was just added to (a new one, or one named before)
        let Some(place) = self
            .places
            .iter_mut()
            .rev()
            .find(|p| p.mentions.last() == Some(&tokens))
        else {
            return;
        };
        let Some(last) = place.mentions.last_mut() else {
            return;
        };
        *last = town.clone();
        if place.name == doc.span_text(tokens) {
            place.name = doc.span_text(town).to_string();
        }
    }

    fn lexicon_mention(
        &mut self,
        candidates: &[Candidate],
        ci: usize,
        entry_id: usize,
        form: Form,
    ) {
        let c = &candidates[ci];
        let entry = self.lexicon.entry(entry_id);
        let doc = self.doc;
        // ("in Moscow", "in the Kremlin")
        let before = if c.tokens.start > 1 && doc.is(c.tokens.start - 1, "the") {
            c.tokens.start - 1
        } else {
            c.tokens.start
        };
        let locative = before > 0
            && doc.is_lowercase(before - 1)
            && contains(words::LOCATIVE, doc.word(before - 1));
        // a site named after a place or a capital ("Volgograd Arena", "Kabul Airport"): a place
        // of its own (the town inside it is a mention of its own); a seat of government so named
        // is the country's ("Downing Street said")
        let last = doc.word(c.tokens.end - 1);
        if c.tokens.len() >= 2
            && words::is_site_head(last)
            && matches!(entry.kind, EntryKind::Place | EntryKind::Country)
            && matches!(form, Form::Name | Form::Capital)
            && crate::lexicon::seat_of_government(doc.span_text(c.tokens.clone())).is_none()
        {
            let name = doc.span_text(c.tokens.clone());
            self.place(
                Key::Name(name.into()),
                c.tokens.clone(),
                None,
                entry.country.as_deref(),
            );
            return;
        }
        let kind = match entry.kind {
            EntryKind::Role => {
                self.sector_actor(candidates, ci, entry_id);
                return;
            }
            // England, Scotland, Wales next to a score: a national team
            EntryKind::Place if self.teams.contains(&entry_id) => ActorType::Organization,
            EntryKind::Place => {
                let named = place_words(doc, c.tokens.clone());
                let name = if named.len() > 1 {
                    doc.span_text(named)
                } else {
                    &entry.name
                };
                self.place(
                    Key::Entry(entry_id),
                    c.tokens.clone(),
                    Some(name),
                    entry.country.as_deref(),
                );
                return;
            }
            EntryKind::Country => match form {
                Form::Capital
                    if !self.object_of_relation(c.tokens.start)
                        && (locative
                            || !(self.acts_as_subject(c.tokens.end)
                                || self.object_of_verb(c.tokens.start))) =>
                {
                    // "Nairobi City" is the place "Nairobi" names
                    let mut named = place_words(doc, c.tokens.clone());
                    if named.len() > 1 && words::is_place_head(doc.word(named.end - 1)) {
                        named.end -= 1;
                    }
                    let name = doc.span_text(named);
                    self.place(
                        Key::Name(name.into()),
                        c.tokens.clone(),
                        None,
                        entry.country.as_deref(),
                    );
                    return;
                }
                // singular adjectives modify a noun ("Russian Foreign Minister")
                Form::Adjective if !doc.word(c.tokens.end - 1).ends_with('s') => return,
                // a plural demonym names the people, a group of the country's ("Iraqis"); in a
                // match report, the national team ("the Danes")
                Form::Adjective if self.teams.contains(&entry_id) => ActorType::Organization,
                Form::Adjective => {
                    let name = doc.span_text(c.tokens.clone());
                    let actor = self.actor(Key::Name(name.into()), || ActorInfo {
                        country: entry.country.clone(),
                        code: entry.country.clone(),
                        ..ActorInfo::named(name.to_string(), ActorType::Group)
                    });
                    self.mention(c.tokens.clone(), actor, MentionKind::Name);
                    return;
                }
                // a national team in a match report
                Form::Name if self.teams.contains(&entry_id) => ActorType::Organization,
                _ => ActorType::Country,
            },
            // a namesake of a known person, titled for another country: "Veloria's Defence
            // Minister" before a name the lexicon lists for another country
            EntryKind::Person if self.titled_for_another_country(candidates, ci, entry_id) => {
                let actor = self.person(c.tokens.clone());
                self.mention(c.tokens.clone(), actor, MentionKind::Name);
                return;
            }
            EntryKind::Person => ActorType::Person,
            // "Congress" after "Libya's National Congress": the body the article named
            EntryKind::Organization if form == Form::Name => {
                if let Some(actor) = self.body_of_another_country(candidates, ci, entry_id) {
                    self.mention(c.tokens.clone(), actor, MentionKind::Name);
                    return;
                }
                if let Some(actor) = self.body_named_before(candidates, ci, entry_id) {
                    self.mention(c.tokens.clone(), actor, MentionKind::Name);
                    return;
                }
                ActorType::Organization
            }
            EntryKind::Organization | EntryKind::Media => ActorType::Organization,
            EntryKind::Group => ActorType::Group,
        };
        let published = self.published;
        let actor = self.actor(Key::Entry(entry_id), || ActorInfo {
            name: entry.name.clone(),
            kind,
            country: entry.country.clone(),
            code: entry.code_at(published).map(str::to_string),
            roles: entry
                .spell_at(published)
                .map(|s| s.role.clone())
                .filter(|r| !r.is_empty())
                .into_iter()
                .collect(),
            sector: None,
            entry: Some(entry_id),
        });
        // "the Danes" for the national team is a name of it
        let team_demonym = form == Form::Adjective && self.teams.contains(&entry_id);
        let mention_kind = if form == Form::Name || team_demonym {
            MentionKind::Name
        } else {
            MentionKind::Nominal
        };
        self.mention(c.tokens.clone(), actor, mention_kind);
    }

    /// The body found by its context whose name ends in the one word of candidate `ci`, a known
    /// body's name alone ("National Congress" for "Congress"), unless the article also names the
    /// known body in full ("U.S. Congress") or with its parties ("the Republican Congress").
    fn body_named_before(
        &mut self,
        candidates: &[Candidate],
        ci: usize,
        entry_id: usize,
    ) -> Option<usize> {
        let doc = self.doc;
        let c = &candidates[ci];
        let word = doc.word(c.tokens.start);
        if c.tokens.len() != 1 || !words::is_org_head(word) {
            return None;
        }
        let (scanned, body, named_in_full) =
            *self.one_word_bodies.entry(entry_id).or_insert_with(|| {
                let named_in_full = candidates.iter().any(|o| {
                    let own =
                        matches!(o.kind, CandidateKind::Lexicon { entry, .. } if entry == entry_id);
                    let party =
                        o.tokens.start > 0 && words::is_us_party(doc.word(o.tokens.start - 1));
                    own && (o.tokens.len() > 1 || party)
                });
                (0, None, named_in_full)
            });
        if named_in_full {
            return None;
        }
        if body.is_some() {
            return body;
        }
        // the first body of the article, in the actors added since the last look
        let ends_in_word = |name: &str| name.rsplit_once(' ').is_some_and(|(_, last)| last == word);
        let body = self.actors[scanned..]
            .iter()
            .position(|a| {
                a.kind == ActorType::Organization && a.entry.is_none() && ends_in_word(&a.name)
            })
            .map(|k| scanned + k);
        self.one_word_bodies
            .insert(entry_id, (self.actors.len(), body, named_in_full));
        body
    }

    /// A state body's name the lexicon gives one country, written after another country's
    /// possessive ("Kenya's Northern Command" where the lexicon knows the US one): that
    /// country's body of the same sector, under its own name.
    fn body_of_another_country(
        &mut self,
        candidates: &[Candidate],
        ci: usize,
        entry_id: usize,
    ) -> Option<usize> {
        let doc = self.doc;
        let lexicon = self.lexicon;
        let entry = lexicon.entry(entry_id);
        let own = entry.country.as_deref()?;
        let c = &candidates[ci];
        let before = &candidates[ci.checked_sub(1)?];
        let possessive = before.tokens.end + 1 == c.tokens.start
            && matches!(doc.word(before.tokens.end), "'s" | "’s");
        let CandidateKind::Lexicon {
            entry: b,
            form: Form::Name,
        } = before.kind
        else {
            return None;
        };
        let country = lexicon.entry(b);
        let country = (possessive && country.kind == EntryKind::Country)
            .then_some(country.country.as_deref())
            .flatten()
            .filter(|&k| k != own)?;
        let sector = entry
            .code_at(self.published)?
            .strip_prefix(own)?
            .get(..3)
            .filter(|s| matches!(*s, "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG"))?
            .to_string();
        let name = doc.span_text(c.tokens.clone());
        let key = Key::Name(format!("{country}{sector}/{name}").into());
        Some(self.body(key, name.to_string(), country, &sector))
    }

    /// Whether the person's title right before candidate `ci` names a country (its adjective
    /// or its possessive before it: "Colombian Defence Minister",
    /// "Colombia's Defence Minister") other than the country the lexicon gives the person.
    fn titled_for_another_country(
        &self,
        candidates: &[Candidate],
        ci: usize,
        entry_id: usize,
    ) -> bool {
        let doc = self.doc;
        let lexicon = self.lexicon;
        let Some(own) = lexicon.entry(entry_id).country.as_deref() else {
            return false;
        };
        let start = candidates[ci].tokens.start;
        let Some(title) = ci.checked_sub(1).map(|p| &candidates[p]) else {
            return false;
        };
        if title.tokens.end != start || !person_title(lexicon, title) {
            return false;
        }
        let country_of = |c: &Candidate| match c.kind {
            CandidateKind::Lexicon { entry, .. } => {
                let e = lexicon.entry(entry);
                (e.kind == EntryKind::Country)
                    .then_some(e.country.as_deref())
                    .flatten()
            }
            _ => None,
        };
        let Some(before) = ci.checked_sub(2).map(|p| &candidates[p]) else {
            return false;
        };
        let possessive = before.tokens.end + 1 == title.tokens.start
            && matches!(doc.word(before.tokens.end), "'s" | "’s");
        if before.tokens.end != title.tokens.start && !possessive {
            return false;
        }
        country_of(before).is_some_and(|country| country != own)
    }

    /// Whether a name at a capital's position is the subject of a verb ("Moscow said").
    fn acts_as_subject(&self, after: usize) -> bool {
        let doc = self.doc;
        let n = doc.tokens.len();
        // a time phrase between the name and its verb: "The Kremlin on Tuesday rejected ...",
        // "Kyiv last week said ..."
        let mut after = after;
        if after + 1 < n
            && matches!(
                doc.word(after),
                "on" | "in" | "last" | "this" | "late" | "early"
            )
            && (crate::events::when::is_day_or_month(doc.word(after + 1))
                || matches!(doc.word(after + 1), "week" | "month" | "year" | "weekend"))
        {
            after += 2;
            if after < n
                && matches!(
                    doc.word(after),
                    "night" | "morning" | "evening" | "afternoon"
                )
            {
                after += 1;
            }
        }
        let after = after_subject_adverbs(doc, after);
        after < n
            && doc.is_lowercase(after)
            && !contains(words::ORG_CONNECTORS, doc.word(after))
            && {
                let w = doc.word(after);
                w.ends_with("ed")
                    || w.ends_with('s')
                    || crate::lexicon::cues::cue(w).is_some()
                    // "Moscow did not comment", "Kyiv will respond"
                    || matches!(
                        w,
                        "did" | "will" | "would" | "could" | "can" | "must" | "should" | "might"
                    )
            }
    }

    /// Whether a name at a capital's position is the object of a verb ("accused Kyiv of").
    fn object_of_verb(&self, at: usize) -> bool {
        let doc = self.doc;
        at > 0 && doc.is_lowercase(at - 1) && {
            let w = doc.lower(at - 1);
            w.ends_with("ed")
                || crate::lexicon::cues::cue(w).is_some()
                // "called on Ankara to …"
                || (matches!(w, "on" | "upon")
                    && at > 1
                    && matches!(doc.lower(at - 2), "call" | "calls" | "called" | "calling"))
        }
    }

    /// The actor of a country's body named by the sector noun `noun` ("Syrian army": SYRMIL): one
    /// per code for the sector as a whole ("the Syrian government", "Syrian officials"), one per
    /// noun for a body among several of the sector ("the Syrian foreign ministry", "the Syrian
    /// embassy").
    fn sector_body(&mut self, name: String, noun: &str, country: &str, sector: &str) -> usize {
        let key = body_key(&format!("{country}{sector}"), noun);
        self.body(key, name, country, sector)
    }

    /// The actor of a body of `country` in `sector` under `key`.
    fn body(&mut self, key: Key<'d>, name: String, country: &str, sector: &str) -> usize {
        let code = format!("{country}{sector}");
        let kind = if matches!(sector, "REB" | "INS" | "OPP") {
            ActorType::Group
        } else {
            ActorType::Organization
        };
        self.actor(key, || ActorInfo {
            name,
            kind,
            country: Some(country.to_string()),
            code: Some(code.clone()),
            roles: Vec::new(),
            sector: Some(sector.to_string()),
            entry: None,
        })
    }

    /// A country's central bank or parliament named by its noun ("Britain's central bank", "the
    /// country's parliament") is the one the article names for that country: the known body of
    /// the country coded as its government whose name holds "Bank" or "Reserve" ("the Bank of
    /// England"), or its one known legislature ("the Knesset"); not where two such stand.
    fn named_central_banks_and_parliaments(&mut self) {
        let doc = self.doc;
        let nouns: Vec<(usize, bool, usize)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.entry.is_none() && a.sector.is_some() && a.country.is_some())
            .filter_map(|(i, a)| {
                let mut words = a.name.rsplit(' ');
                let last = words.next()?;
                if last.eq_ignore_ascii_case("bank")
                    && words
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("central"))
                {
                    Some((i, true, 2))
                } else if last.eq_ignore_ascii_case("parliament")
                    || last.eq_ignore_ascii_case("legislature")
                {
                    Some((i, false, 1))
                } else {
                    None
                }
            })
            .collect();
        for (noun, bank, len) in nouns {
            // the noun alone or after its country ("Britain's", "the country's"), not after a
            // qualifier ("the state legislature", "the regional central bank")
            let qualified = self.mentions.iter().any(|m| {
                m.actor == noun
                    && m.tokens.len() > len
                    && doc.is_lowercase(m.tokens.end - len - 1)
                    && !matches!(
                        doc.lower(m.tokens.end - len - 1),
                        "the" | "country's" | "nation's" | "country’s" | "nation’s"
                    )
            });
            if qualified {
                continue;
            }
            let (country, code) = {
                let a = &self.actors[noun];
                let sector = if bank { "GOV" } else { "LEG" };
                (
                    a.country.clone(),
                    a.country.as_ref().map(|c| format!("{c}{sector}")),
                )
            };
            let mut named = self.actors.iter().enumerate().filter(|(_, a)| {
                a.entry.is_some()
                    && a.kind == ActorType::Organization
                    && a.country == country
                    && a.code == code
                    && if bank {
                        a.name.split(' ').any(|w| matches!(w, "Bank" | "Reserve"))
                    } else {
                        // a legislature, not one of its chambers ("House of Commons", "Senate")
                        !matches!(
                            a.name.split(' ').next(),
                            Some("House" | "Senate" | "Chamber")
                        )
                    }
            });
            let (Some((body, _)), None) = (named.next(), named.next()) else {
                continue;
            };
            for m in &mut self.mentions {
                if m.actor == noun {
                    m.actor = body;
                }
            }
        }
    }

    /// Countries joined by "and" or commas before a country's body named by a sector noun share
    /// the noun: "Indian and Pakistani troops", "U.S., British and French forces" name one body
    /// each.
    fn conjoined_sectors(&mut self, candidates: &[Candidate]) {
        let doc = self.doc;
        // first token -> (sector, the noun after the country word) of the bodies found
        let mut bodies: HashMap<usize, (String, &str)> = HashMap::default();
        for m in &self.mentions {
            let a = &self.actors[m.actor];
            // a person's name carries a code too ("President Anna Kovac of Chile and ..."), but
            // no sector noun that a country before it could share
            if a.kind == ActorType::Person {
                continue;
            }
            let (Some(code), Some(country)) = (&a.code, &a.country) else {
                continue;
            };
            let sector = code
                .strip_prefix(country.as_str())
                .filter(|s| !s.is_empty());
            if let Some(sector) = sector.filter(|_| m.tokens.len() >= 2) {
                let noun = doc.span_text(m.tokens.start + 1..m.tokens.end);
                bodies.insert(m.tokens.start, (sector.to_string(), noun));
            }
        }
        for k in (1..candidates.len()).rev() {
            // a country joined to the candidate by "and" or a comma, tested before the body is
            // looked up (few candidates follow one)
            let before = &candidates[k - 1];
            let gap = before.tokens.end..candidates[k].tokens.start;
            let joined = !gap.is_empty()
                && gap.len() <= 2
                && gap
                    .clone()
                    .all(|t| doc.is(t, "and") || doc.is_punct(t, ','));
            let country = match before.kind {
                CandidateKind::Lexicon { entry, .. } if joined => {
                    let e = self.lexicon.entry(entry);
                    (e.kind == EntryKind::Country)
                        .then_some(e.country.as_ref())
                        .flatten()
                }
                _ => None,
            };
            let Some(country) = country else {
                continue;
            };
            // (read in place: copied only for a body made below)
            let Some((sector, noun)) = bodies.get(&candidates[k].tokens.start) else {
                continue;
            };
            // a country's body ("Pakistani troops"), not an armed group's fighters ("Houthi
            // rebels" after "In Yemen,")
            let group = matches!(
                candidates[k].kind,
                CandidateKind::Lexicon { entry, .. }
                    if self.lexicon.entry(entry).kind == EntryKind::Group
            );
            if group {
                continue;
            }
            let country = country.clone();
            let (sector, noun) = (sector.clone(), *noun);
            let name = format!("{} {noun}", doc.span_text(before.tokens.clone()));
            let actor = self.sector_body(name, noun, &country, &sector);
            // the country's own mention there is the body's ("U.S. and British forces")
            let tokens = before.tokens.clone();
            self.mentions.retain(|m| m.tokens != tokens);
            self.mention(tokens.clone(), actor, MentionKind::Nominal);
            bodies.insert(tokens.start, (sector, noun));
        }
    }

    /// A capital standing for its government after a preposition of relations, not of place:
    /// "relations with Moscow", "sanctions against Tehran", "pressure on Beijing", "hit out at
    /// Washington", "policy toward Havana".
    fn object_of_relation(&self, at: usize) -> bool {
        let doc = self.doc;
        if at < 2 || !doc.is_lowercase(at - 1) || !doc.is_word(at - 2) {
            return false;
        }
        let head = doc.lower(at - 2);
        match doc.lower(at - 1) {
            "against" => true,
            "with" => {
                contains(words::RELATION_NOUNS, head)
                    || (doc.is_lowercase(at - 2) && (head.ends_with("ed") || head.ends_with("ing")))
            }
            "on" => matches!(
                head,
                "pressure" | "sanctions" | "embargo" | "demands" | "call" | "calls" | "tariffs"
            ),
            "at" => matches!(
                head,
                "out" | "back" | "swipe" | "jab" | "aimed" | "directed" | "angry" | "furious"
            ),
            "toward" | "towards" => matches!(
                head,
                "policy" | "stance" | "attitude" | "hostility" | "approach" | "overtures"
            ),
            _ => false,
        }
    }

    /// A sector noun with a country before it: "Syrian army", "U.S. troops", "pro-Assad forces".
    /// Else, a body's role phrase written with capitals is its name ("the Supreme Court", "the
    /// Navy"); the head alone after it is the same body ("the Court").
    fn sector_actor(&mut self, candidates: &[Candidate], ci: usize, role_entry: usize) {
        // a role that qualifies the noun after it names no one: "the Syrian migrant crisis",
        // "the Paris terrorist attacks", "a terrorist network", "the American justice system"
        let end = candidates[ci].tokens.end;
        if self.doc.is_lowercase(end) && ROLE_COMPOUND_HEADS_SET.contains(self.doc.word(end)) {
            return;
        }
        if self.lexicon.entry(role_entry).holder != Holder::Group {
            // "deputy" of "the deputy campaign manager said": the next title's modifier
            let by_start = |t: usize| {
                candidates
                    .get(ci + 1)
                    .filter(|next| next.tokens.start == t)
                    .map(|_| ci + 1)
            };
            if !title_modifies_next_at(self.doc, self.lexicon, candidates, by_start, end) {
                self.office(candidates, ci, role_entry);
            }
            return;
        }
        if self.country_sector(candidates, ci, role_entry)
            || self.body_of_country(candidates, ci, role_entry)
        {
            return;
        }
        let doc = self.doc;
        let tokens = candidates[ci].tokens.clone();
        // capitals only because a sentence opens with it ("Police said"): a common noun
        let written_low = |t: usize| doc.is_lowercase(t) || !doc.is_word(t);
        let common = written_low(tokens.start)
            || (doc.starts_sentence(tokens.start)
                && (tokens.start + 1..tokens.end).all(written_low));
        if common {
            self.bare_sectors.push((tokens, role_entry));
        } else {
            self.named_body(tokens, role_entry);
        }
    }

    /// An office of a country or a body written with no name after it ("the Russian foreign
    /// minister", "an Iranian envoy", "a Syrian military official"), kept for `offices`; before a
    /// name it is that person's title ("Russian Foreign Minister Sergei Lavrov", "the Russian
    /// foreign minister, Sergei Lavrov").
    fn office(&mut self, candidates: &[Candidate], ci: usize, role_entry: usize) {
        let doc = self.doc;
        let n = doc.tokens.len();
        let Some(prev) = ci.checked_sub(1).map(|p| &candidates[p]) else {
            return;
        };
        let c = &candidates[ci];
        let CandidateKind::Lexicon { entry, form } = prev.kind else {
            return;
        };
        let e = self.lexicon.entry(entry);
        // "Hungary's president said": a country's possessive before an office that ends there,
        // a verb or a word of grammar next (not a longer title than the lexicon's role: "the
        // Vatican's official newspaper"; nor a name's last word: "Democracy for America's")
        let end = c.tokens.end;
        let possessive = prev.tokens.end + 1 == c.tokens.start
            && matches!(doc.word(prev.tokens.end), "'s" | "’s")
            && e.kind == EntryKind::Country
            && !(prev.tokens.start > 0
                && doc.is_lowercase(prev.tokens.start - 1)
                && matches!(doc.lower(prev.tokens.start - 1), "for" | "of"))
            && (end == n || !doc.is_lowercase(end) || {
                let next = doc.lower(end);
                CLOSED_SET.contains(next)
                    || words::is_auxiliary(next)
                    || crate::lexicon::cues::is_speech_verb(next)
                    || next.ends_with("ed")
                    // an irregular past ("Peru's foreign minister met ...", "... flew to Lima")
                    || contains(PAST_FORMS, next)
                    || matches!(
                        next,
                        "met" | "held" | "sent" | "made" | "gave" | "took" | "left" | "led"
                            | "paid" | "began" | "won" | "lost" | "went" | "came"
                    )
            });
        if prev.tokens.end != c.tokens.start && !possessive {
            return;
        }
        let sector = self.lexicon.entry(role_entry).sector.as_deref();
        // "the Kremlin spokesman", "the White House counsel": a seat of government before a
        // title of no sector of its own names an official
        // "the Russian leader", "Peru's leader": the head of the country's government
        let leader =
            e.kind == EntryKind::Country && self.lexicon.entry(role_entry).name == "leader";
        let sector = match sector {
            None | Some("") if leader => Some("GOV"),
            None | Some("")
                if form == Form::Capital
                    && e.kind == EntryKind::Country
                    && !held_for(doc, c.tokens.end) =>
            {
                Some("GOV")
            }
            _ => sector,
        };
        let (code, of_country) = match e.kind {
            EntryKind::Country => (
                e.country
                    .as_ref()
                    .map(|c| format!("{c}{}", sector.unwrap_or_default())),
                true,
            ),
            EntryKind::Organization | EntryKind::Group => {
                (e.code_at(self.published).map(str::to_string), false)
            }
            _ => return,
        };
        let Some(code) = code else {
            return;
        };
        // "the Chilean ambassador to the United Nations Rosa Quispe": the body or country the
        // office is held at, then the name
        let held_at = (end + 1 < n && matches!(doc.lower(end), "to" | "at" | "in"))
            .then(|| candidates.get(ci + 1))
            .flatten()
            .filter(|next| {
                let the = usize::from(doc.is(end + 1, "the"));
                next.tokens.start == end + 1 + the
                    && matches!(next.kind, CandidateKind::Lexicon { .. })
            })
            .map_or(end, |next| next.tokens.end);
        let named_after = held_at < n
            && (doc.is_capitalized(held_at)
                || (doc.is_punct(held_at, ',')
                    && held_at + 1 < n
                    && doc.is_capitalized(held_at + 1)));
        if !named_after {
            self.offices.push(Office {
                tokens: prev.tokens.start..end,
                country: e.country.clone(),
                code,
                role: role_entry,
                // the possessive country stays a mention of its own
                of_country: of_country && !possessive,
                voice_of_body: !of_country
                    && matches!(
                        self.lexicon.entry(role_entry).name.as_str(),
                        "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "spokespeople"
                            | "official"
                            | "officials"
                            | "senior official"
                    ),
            });
        }
    }

    /// The person of each office kept by `office`: the one the article names as holding it for
    /// that country ("Sergei Lavrov ... the Russian foreign minister"), else one person per
    /// office and code.
    fn offices(&mut self) {
        if self.offices.is_empty() {
            return;
        }
        let doc = self.doc;
        let lexicon = self.lexicon;
        // (code, canonical role) -> the first person holding it
        let mut holders: HashMap<(String, String), usize> = HashMap::default();
        for (a, info) in self.actors.iter().enumerate() {
            let (ActorType::Person, Some(code)) = (info.kind, &info.code) else {
                continue;
            };
            for r in &info.roles {
                if let Some(e) = lexicon.role(&r.to_lowercase()) {
                    holders.entry((code.clone(), e.name.clone())).or_insert(a);
                    // an office of no sector ("the American presidential candidate", coded by
                    // the country alone) is held by its holder of any sector of that country
                    // ("Republican candidate NAME", a party's)
                    if let Some(country) = info.country.as_ref().filter(|c| *c != code) {
                        holders
                            .entry((country.clone(), e.name.clone()))
                            .or_insert(a);
                    }
                }
            }
        }
        let mut found = Vec::new();
        let mut in_adjective_office = vec![false; doc.tokens.len()];
        for office in std::mem::take(&mut self.offices) {
            let role = lexicon.entry(office.role);
            let code = office.code;
            let key = (code.clone(), role.name.clone());
            let former = self
                .former_titles
                .iter()
                .find(|(t, _)| t.start <= office.tokens.start && office.tokens.end <= t.end);
            let actor = match former
                .map(|&(_, a)| a)
                .or_else(|| holders.get(&key).copied())
            {
                Some(a) => a,
                None => {
                    let name = doc.span_text(office.tokens.clone());
                    let a = self.actor(Key::Name(format!("{code} {}", role.name).into()), || {
                        ActorInfo {
                            country: office.country.clone(),
                            code: Some(code.clone()),
                            roles: vec![role.name.clone()],
                            sector: role.sector.clone(),
                            ..ActorInfo::named(name.to_string(), ActorType::Person)
                        }
                    });
                    holders.insert(key, a);
                    self.office_actors.push(a);
                    if office.voice_of_body {
                        self.voice_offices.push(a);
                    }
                    a
                }
            };
            if office.of_country {
                in_adjective_office[office.tokens.clone()].fill(true);
            }
            found.push((office.tokens, actor));
        }
        // a country's adjective is part of the office's phrase; a body's name stays its mention
        self.mentions
            .retain(|m| !in_adjective_office[m.tokens.clone()].iter().all(|&t| t));
        for (tokens, actor) in found {
            self.mention(tokens, actor, MentionKind::Nominal);
        }
    }

    /// An office made an actor of its own because no person was known to hold it when offices
    /// were read is the person the article names with that role and code once every country is
    /// known: "Prime Minister Tomas Ravik" (of the country in sight) and, later, "Fiji's prime
    /// minister".
    fn offices_of_named_holders(&mut self) {
        if self.office_actors.is_empty() {
            return;
        }
        let lexicon = self.lexicon;
        let mut named = vec![false; self.actors.len()];
        for m in &self.mentions {
            if m.kind == MentionKind::Name {
                named[m.actor] = true;
            }
        }
        // (code, canonical role) -> the one person named with it (None where two are)
        let mut holders: HashMap<(&str, &str), Option<usize>> = HashMap::default();
        for (a, info) in self.actors.iter().enumerate() {
            let (ActorType::Person, Some(code), true) = (info.kind, &info.code, named[a]) else {
                continue;
            };
            for r in &info.roles {
                if let Some(e) = lexicon.role(&r.to_lowercase()) {
                    holders
                        .entry((code.as_str(), e.name.as_str()))
                        .and_modify(|h| *h = h.filter(|&h| h == a))
                        .or_insert(Some(a));
                }
            }
        }
        if holders.is_empty() {
            return;
        }
        let doc = self.doc;
        // the person's name ending at each token
        let name_ends: HashMap<usize, usize> = self
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .map(|m| (m.tokens.end, m.actor))
            .collect();
        // the office is the holder's where it is theirs by apposition ("Lena Marsh, a former
        // finance minister") or is written as the one office ("the Fijian prime minister",
        // "Fiji's prime minister"), not as one of several ("a district judge", "no governor")
        let fits = |start: usize, holder: usize| {
            let mut k = start;
            if k > 0 && matches!(doc.lower(k - 1), "former" | "then") {
                k -= 1;
            }
            let indefinite = k > 0
                && matches!(
                    doc.lower(k - 1),
                    "a" | "an" | "no" | "another" | "any" | "every"
                );
            let apposition = indefinite
                && k >= 2
                && doc.is_punct(k - 2, ',')
                && name_ends.get(&(k - 2)) == Some(&holder);
            apposition || !indefinite
        };
        let mut holder_of: HashMap<usize, usize> = HashMap::default();
        for &a in &self.office_actors {
            let info = &self.actors[a];
            let (Some(code), [role], false) = (&info.code, &info.roles[..], named[a]) else {
                continue;
            };
            if let Some(&Some(h)) = holders.get(&(code.as_str(), role.as_str())) {
                holder_of.insert(a, h);
            }
        }
        // one pass: an office any of whose mentions does not fit stays apart
        let mut apart: HashSet<usize> = HashSet::default();
        for m in &self.mentions {
            if let Some(&h) = holder_of.get(&m.actor) {
                if m.kind != MentionKind::Pronoun && !fits(m.tokens.start, h) {
                    apart.insert(m.actor);
                }
            }
        }
        holder_of.retain(|a, _| !apart.contains(a));
        for m in &mut self.mentions {
            if let Some(&h) = holder_of.get(&m.actor) {
                m.actor = h;
            }
        }
    }

    /// A body's voice that no named person holds ("a Tesco spokeswoman") is no actor: the body's
    /// mention stands for it.
    fn drop_unheld_voices(&mut self) {
        let voices = std::mem::take(&mut self.voice_offices);
        if !voices.is_empty() {
            self.mentions.retain(|m| !voices.contains(&m.actor));
        }
    }

    /// A body named by its head noun alone ("the ministry", a headline's "Ministry says") is the
    /// one body of that head the article names ("the Defence Ministry", "the Ministry of
    /// Health"), where it names exactly one.
    fn bare_heads_of_named_bodies(&mut self) {
        const HEADS: &[&str] = &["ministry", "department", "agency", "commission"];
        let head_of = |name: &str| {
            let mut words = name.split(' ');
            let (first, last) = (words.next()?, name.rsplit(' ').next()?);
            let second = words.next();
            HEADS
                .iter()
                .find(|&&h| {
                    last.eq_ignore_ascii_case(h)
                        || (first.eq_ignore_ascii_case(h) && matches!(second, Some("of" | "for")))
                })
                .copied()
        };
        let mut named: HashMap<&str, Option<usize>> = HashMap::default();
        let mut bare: Vec<(usize, &str)> = Vec::new();
        for (a, info) in self.actors.iter().enumerate() {
            if info.kind != ActorType::Organization {
                continue;
            }
            if let Some(&h) = HEADS.iter().find(|&&h| info.name == h) {
                bare.push((a, h));
            } else if info.name.contains(' ') {
                if let Some(h) = head_of(&info.name) {
                    named
                        .entry(h)
                        .and_modify(|b| *b = b.filter(|&b| b == a))
                        .or_insert(Some(a));
                }
            }
        }
        let body_of: HashMap<usize, usize> = bare
            .into_iter()
            .filter_map(|(a, h)| named.get(h).copied().flatten().map(|b| (a, b)))
            .collect();
        for m in &mut self.mentions {
            if let Some(&b) = body_of.get(&m.actor) {
                m.actor = b;
            }
        }
    }

    /// The sector nouns written with no country ("the army", "police", "rebels", "government
    /// forces") name a body of the country the sentence puts them in ("police in Kabul": AFGCOP),
    /// else of the country the article is about: the one named most often, if named at least
    /// twice or alone (not for militants, civilians and refugees: their country is the place
    /// the sentence names). With no country in sight the body has its sector code alone
    /// ("COP"), and civilians and refugees are left. Words that more often name no actor
    /// ("forces" alone, "intelligence", "crowds") are left. Bodies named with capitals and no
    /// country ("the Interior Ministry") take their country the same way.
    fn bare_sectors(&mut self) {
        const SECTORS: &[&str] = &[
            "GOV", "MIL", "COP", "SPY", "REB", "INS", "OPP", "LEG", "JUD", "CVL", "REF",
        ];
        const NOT_BODIES: &[&str] = &[
            "forces",
            "intelligence",
            "insurgency",
            "crowds",
            "mob",
            "assembly",
            "fleet",
            "population",
            "families",
            "the public",
            "jets",
            "leadership",
            "opposition",
            "citizens",
            "elders",
            "terrorists",
            "terrorist group",
            "terrorist groups",
            "terror group",
            "extremists",
            "jihadists",
            "jihadis",
            "islamists",
            "militant group",
            "militant groups",
            // the bodies of several countries
            "governments",
            "parliaments",
            "armies",
            "militaries",
            "ministries",
            "embassies",
        ];
        // bodies named with capitals and no country ("the Interior Ministry", "the Supreme
        // Court") take theirs the same way; and so do the holders of a state's office named
        // without one ("Army spokesman Tom Bako", "Interior Minister Ali Musa"), from a country
        // the article is plainly about
        // (not the titles that as often name a post outside the state: the president of a club,
        // a lawyer, a pilot)
        const OFFICES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];
        const NOT_OFFICES: &[&str] = &[
            "president",
            "chairman",
            "lawyer",
            "attorney",
            "advocate",
            "barrister",
            "officer",
            "pilot",
            "aide",
            "general",
            "candidate",
        ];
        // (written with a capital after another title word, "Attorney General", "Council
        // President" are a state's offices; "President" and "General" alone, as before a name,
        // as often a union's or a company's: `home_office` below)
        let not_office = |r: &str| {
            let last = r.rsplit(' ').next().unwrap_or_default();
            let capital_title = r.len() > last.len() && matches!(last, "President" | "General");
            // (an ASCII title is compared without a lower-cased copy)
            !capital_title
                && if last.is_ascii() {
                    NOT_OFFICES.iter().any(|n| n.eq_ignore_ascii_case(last))
                } else {
                    NOT_OFFICES.contains(&last.to_lowercase().as_str())
                }
        };
        // "President NAME", "General NAME": the head of state and an officer of the country the
        // story is told from (its dateline's)
        let home_office = |info: &ActorInfo| {
            info.kind == ActorType::Person
                && info.sector.is_some()
                && info
                    .roles
                    .iter()
                    .any(|r| matches!(r.as_str(), "President" | "General"))
                && info
                    .roles
                    .iter()
                    .all(|r| matches!(r.as_str(), "President" | "General") || !not_office(r))
        };
        // the titles that give the holder's sector decide (a senator who chairs a committee
        // holds a state's office); where none of them gave it, every title
        let state_office = |info: &ActorInfo| {
            let Some(sector) = info.sector.as_deref().filter(|s| OFFICES.contains(s)) else {
                return false;
            };
            let gives_sector = |r: &&String| {
                let lower = r.to_lowercase();
                let last = lower.rsplit(' ').next().unwrap_or_default();
                self.lexicon
                    .role(&lower)
                    .or_else(|| self.lexicon.role(last))
                    .is_some_and(|e| e.sector.as_deref() == Some(sector))
            };
            // (one walk over the titles: each title's sector is looked up once)
            let mut gave_sector = false;
            for r in &info.roles {
                if gives_sector(&r) {
                    if !not_office(r) {
                        return true;
                    }
                    gave_sector = true;
                }
            }
            !gave_sector && !info.roles.iter().any(|r| not_office(r))
        };
        let countryless: Vec<usize> = (0..self.actors.len())
            .filter(|&a| {
                let info = &self.actors[a];
                info.sector.is_some()
                    && info.country.is_none()
                    && info.code.is_none()
                    && info.entry.is_none()
                    && (info.kind != ActorType::Person || state_office(info) || home_office(info))
            })
            .collect();
        if self.bare_sectors.is_empty() && countryless.is_empty() {
            return;
        }
        let doc = self.doc;
        // every country the article names (by name, by a body or an office of it, by a place in
        // it), with its first token; and those named after a locative preposition
        let mut named: Vec<(usize, &str)> = Vec::new();
        let mut located: Vec<(usize, String)> = Vec::new();
        let locative = |t: usize| {
            t > 0
                && matches!(
                    doc.lower(t - 1),
                    "in" | "at"
                        | "near"
                        | "inside"
                        | "outside"
                        | "across"
                        | "around"
                        | "throughout"
                        | "within"
                )
        };
        // a leader the lexicon knows counts once (a story about a foreign leader's visit is
        // not about the leader's country)
        let mut leader_seen = vec![false; self.actors.len()];
        for m in &self.mentions {
            let a = &self.actors[m.actor];
            // countries, their bodies and offices, organisations of a country, and the people
            // holding an office of one (a title's holder, the lexicon's leaders); not others
            let leader = a.kind == ActorType::Person
                && a.sector.is_none()
                && a.entry.is_some()
                && a.code.is_some();
            let first_of_leader = leader && !std::mem::replace(&mut leader_seen[m.actor], true);
            // (the agency of a dateline tells where the story is sold, not where it happens:
            // "KESTREL BAY, Jan. 5 (AP) —")
            let agency = || {
                a.kind == ActorType::Organization
                    && doc
                        .sentence_dateline(doc.sentence_of[m.tokens.start] as usize)
                        .is_some_and(|dash| m.tokens.end <= dash)
            };
            // (an armed group named as whom another is linked to tells nothing of whose army the
            // story's "the army" is: "the army killed a commander linked to NAME")
            let t = m.tokens.start;
            let armed = || {
                t > 1
                    && matches!(doc.lower(t - 1), "to" | "with")
                    && matches!(
                        doc.lower(t - 2),
                        "linked" | "tied" | "affiliated" | "allied" | "loyal" | "connected"
                    )
                    && a.code
                        .as_deref()
                        .zip(a.country.as_deref())
                        .is_some_and(|(c, home)| {
                            c.strip_prefix(home)
                                .is_some_and(|r| r.starts_with("REB") || r.starts_with("INS"))
                        })
            };
            // (the tests of the text last: most mentions have no country)
            let counts = m.kind != MentionKind::Pronoun
                && a.country.is_some()
                && (a.kind != ActorType::Person || a.sector.is_some() || first_of_leader)
                && !agency()
                && !armed();
            if let (true, Some(c)) = (counts, &a.country) {
                named.push((m.tokens.start, c));
                if locative(m.tokens.start) {
                    located.push((m.tokens.start, c.clone()));
                }
            }
        }
        for p in &self.places {
            let Some(c) = &p.country else { continue };
            for m in &p.mentions {
                named.push((m.start, c));
                if locative(m.start) {
                    located.push((m.start, c.clone()));
                }
            }
        }
        // each country named, how often, and where first (its first token, then its name: the
        // order of the names sorted by token), counted in one pass without sorting them
        let mut tally: Vec<(&str, usize, usize)> = Vec::new();
        for &(t, c) in &named {
            match tally.iter_mut().find(|(k, _, _)| *k == c) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2 = entry.2.min(t);
                }
                None => tally.push((c, 1, t)),
            }
        }
        // the most often named, of as often named the first
        let top = tally
            .iter()
            .fold(
                None::<(&str, usize, usize)>,
                |best, &(c, n, t)| match best {
                    Some((b, m, bt)) if m > n || (m == n && (bt, b) < (t, c)) => best,
                    _ => Some((c, n, t)),
                },
            )
            .map(|(c, n, _)| (c, n));
        let article_country = top
            .filter(|&(_, n)| n >= 2 || tally.len() == 1)
            .map(|(c, _)| c.to_string());
        // the country the story is told from: its dateline's where no other is named as often
        // ("NIAMEY, July 28 (Reuters) -"), or the only one it names
        let dateline_country = || {
            self.places.iter().find_map(|p| {
                let c = p.country.as_deref()?;
                p.mentions
                    .iter()
                    .any(|m| {
                        doc.sentence_dateline(doc.sentence_of[m.start] as usize)
                            .is_some_and(|dash| m.end <= dash)
                    })
                    .then_some(c)
            })
        };
        let dateline_home = dateline_country()
            .filter(|&c| {
                let n = tally.iter().find(|(k, _, _)| *k == c).map_or(0, |e| e.1);
                tally.iter().all(|&(k, m, _)| k == c || n > m)
            })
            .map(str::to_string);
        let home_country = if tally.len() == 1 {
            top.map(|(c, _)| c.to_string())
        } else {
            dateline_home.clone()
        };
        // a country named at least twice, and twice as often as any other
        let main_country = top
            .filter(|&(c, n)| n >= 2 && tally.iter().all(|&(k, m, _)| k == c || n >= 2 * m))
            .map(|(c, _)| c.to_string());
        located.sort_unstable();
        // tokens inside a mention, and tokens right after one ("Hamas militants")
        let n = doc.tokens.len();
        let mut covered = vec![false; n + 1];
        let mut after_mention = vec![false; n + 1];
        for m in &self.mentions {
            covered[m.tokens.clone()].fill(true);
            after_mention[m.tokens.end] = true;
        }
        // the place of the sentence of token `at` nearest to it
        let located_near = |at: usize| {
            let sentence = doc.sentences[doc.sentence_of[at] as usize].tokens.clone();
            let k = located.partition_point(|(t, _)| *t < at);
            [k.checked_sub(1), Some(k)]
                .into_iter()
                .flatten()
                .filter_map(|k| located.get(k))
                .filter(|(t, _)| sentence.contains(t))
                .min_by_key(|(t, _)| t.abs_diff(at))
                .map(|(_, c)| c.clone())
        };
        // where the story happens, as a dateline would say: the place its first sentences
        // put their acts in ("marched in Caracas on Saturday")
        let lede_country = located
            .first()
            .filter(|(t, _)| doc.sentence_of[*t] <= 1)
            .map(|(_, c)| c.clone());
        // the armed bodies and police of a country that report in a sentence, by sentence
        // ("..., Pakistan's army said"): an army tells of its country's forces
        let mut reporters: Vec<(u32, String)> = Vec::new();
        for m in &self.mentions {
            let a = &self.actors[m.actor];
            let armed = matches!(a.sector.as_deref(), Some("MIL" | "COP"));
            let end = m.tokens.end;
            if let (true, Some(c)) = (armed && m.kind != MentionKind::Pronoun, &a.country) {
                if end < n && crate::lexicon::cues::is_speech_verb(doc.lower(end)) {
                    reporters.push((doc.sentence_of[m.tokens.start], c.clone()));
                }
            }
        }
        // the countries a sentence names as the ones its act is aimed at ("sanctions on
        // Venezuela", "a strike against Iran"), and those of the people and bodies that speak in
        // it ("a U.S. official said"), by sentence: the body a speaker of one country speaks of,
        // in a sentence aimed at another, is the speaker's country's
        let mut aimed_at: Vec<(u32, String)> = Vec::new();
        let mut speakers: Vec<(u32, usize, String)> = Vec::new();
        for m in &self.mentions {
            let a = &self.actors[m.actor];
            let Some(c) = &a.country else { continue };
            if m.kind == MentionKind::Pronoun {
                continue;
            }
            let (start, end) = (m.tokens.start, m.tokens.end);
            let sentence = doc.sentence_of[start];
            if end < n && crate::lexicon::cues::is_speech_verb(doc.lower(end)) {
                speakers.push((sentence, start, c.clone()));
            }
            // the country's name alone ends the phrase ("on Venezuela's oil" aims at no country)
            let ends_phrase = end >= n
                || !doc.is_word(end)
                || matches!(
                    doc.lower(end),
                    "and" | "over" | "for" | "after" | "in" | "amid"
                );
            if a.kind == ActorType::Country
                && m.kind == MentionKind::Name
                && start > 0
                && matches!(doc.lower(start - 1), "on" | "against")
                && ends_phrase
            {
                aimed_at.push((sentence, c.clone()));
            }
        }
        // the country of the sentence's speaker before token `at`, or the dateline's, where the
        // sentence aims its act at `country`
        let home_of_aim = |at: usize, country: &str| {
            let sentence = doc.sentence_of[at];
            if !aimed_at.iter().any(|(k, c)| *k == sentence && c == country) {
                return None;
            }
            speakers
                .iter()
                .find(|(k, t, c)| *k == sentence && *t < at && c != country)
                .map(|(_, _, c)| c.clone())
                .or_else(|| dateline_home.clone().filter(|c| c != country))
        };
        let reporter_in = |at: usize| {
            let sentence = doc.sentence_of[at];
            let mut found = reporters.iter().filter(|(k, _)| *k == sentence);
            match (found.next(), found.next()) {
                (Some((_, c)), None) => Some(c.clone()),
                _ => None,
            }
        };
        if !countryless.is_empty() {
            let mut first: Vec<Option<usize>> = vec![None; self.actors.len()];
            for m in &self.mentions {
                let f = &mut first[m.actor];
                *f = Some(f.map_or(m.tokens.start, |s: usize| s.min(m.tokens.start)));
            }
            for a in countryless {
                let Some(at) = first[a] else { continue };
                // peacekeepers stand in a country not their own
                let info = &self.actors[a];
                if peacekeeping(&info.name) || info.roles.iter().any(|r| peacekeeping(r)) {
                    continue;
                }
                let sector = self.actors[a].sector.clone().unwrap_or_default();
                let foreign = matches!(sector.as_str(), "INS" | "CVL" | "REF");
                // a party, like a person, is of the country in sight only where the article is
                // plainly about one
                let country = if info.kind == ActorType::Person && !state_office(info) {
                    dateline_home.clone()
                } else if info.kind == ActorType::Person || sector == "PTY" {
                    // (the only country named may be another's: a country named as the
                    // rebels' backer after a minister's words)
                    located_near(at)
                        .or_else(|| main_country.clone())
                        .or_else(|| dateline_home.clone())
                } else if abroad(&self.actors[a].name) {
                    let host = located_near(at);
                    article_country.clone().filter(|c| host.as_ref() != Some(c))
                } else {
                    located_near(at)
                        .or_else(|| reporter_in(at).filter(|_| !foreign))
                        .or_else(|| {
                            let c = article_country.clone().filter(|_| !foreign)?;
                            home_of_aim(at, &c).or(Some(c))
                        })
                };
                if let Some(country) = country {
                    let info = &mut self.actors[a];
                    info.code = Some(format!("{country}{sector}"));
                    info.country = Some(country);
                }
            }
        }
        // the body of each code that stands for its country's sector as a whole, named before
        // ("the Syrian government", "the Syrian Arab Army"), not one body among several ("the
        // Foreign Ministry") or a body of another kind with the code ("Reuters"); a minister is
        // no ministry
        let mut by_code: HashMap<String, usize> = HashMap::default();
        let un_named = self
            .actors
            .iter()
            .any(|a| a.code.as_deref() == Some("IGOUNO"));
        // the keys read through a shorter lifetime, so that a code is looked up as it is
        let keys: &HashMap<Key<'_>, usize> = &self.keys;
        for (a, info) in self.actors.iter().enumerate() {
            let Some(code) = &info.code else { continue };
            if info.kind == ActorType::Person {
                continue;
            }
            let whole = keys.get(&Key::Name(Cow::Borrowed(code))) == Some(&a) || {
                let head = last_word(&info.name);
                let sector = code.strip_prefix(info.country.as_deref().unwrap_or_default());
                let mut buf = [0u8; SHORT_LOWER];
                // (the role first: a group's role with the code's sector is rare)
                self.lexicon
                    .role(&short_lower(head, &mut buf))
                    .filter(|r| r.holder == Holder::Group)
                    .and_then(|r| r.sector.as_deref())
                    .is_some_and(|s| sector.is_some_and(|c| c.starts_with(s)))
                    && !one_body(head)
            };
            if whole {
                by_code.entry(code.clone()).or_insert(a);
            }
        }
        // the ends of the names of bodies (not people), for the appositions that describe them
        // ("Hezbollah, a militant group"); the armed groups the article names (a rebel or
        // insurgent code, or a militarised group across borders), at their first mention; and
        // the bodies of a country's sector named so far (first token, sector code, country), for
        // "the troops" after "U.S. troops"
        let mut body_ending: HashMap<usize, usize> = sized_map(self.mentions.len());
        let mut armed: Vec<(usize, usize)> = Vec::new();
        // (the bodies' actors keep their country: it is read from them)
        let mut sector_bodies: Vec<(usize, [u8; 3], usize)> = Vec::new();
        for m in &self.mentions {
            let a = &self.actors[m.actor];
            if a.kind == ActorType::Person {
                continue;
            }
            let code = a.code.as_deref();
            // the code after the country: its sector
            let rest = code.and_then(|c| c.strip_prefix(a.country.as_deref().unwrap_or_default()));
            if m.kind == MentionKind::Name {
                body_ending.insert(m.tokens.end, m.actor);
                let is_armed = code.is_some_and(|c| c.starts_with("IMG"))
                    || rest.is_some_and(|r| r.starts_with("REB") || r.starts_with("INS"));
                if is_armed && !armed.iter().any(|&(_, b)| b == m.actor) {
                    armed.push((m.tokens.start, m.actor));
                }
            }
            if let (Some(_), Some(sector)) = (&a.country, rest.and_then(|r| r.get(..3))) {
                if let Ok(sector) = sector.as_bytes().try_into() {
                    sector_bodies.push((m.tokens.start, sector, m.actor));
                }
            }
        }
        let country_of = |a: usize| self.actors[a].country.as_deref();
        sector_bodies.sort_unstable_by(|x, y| {
            (x.0, x.1)
                .cmp(&(y.0, y.1))
                .then_with(|| country_of(x.2).cmp(&country_of(y.2)))
        });
        // the common country of the armed groups, if they have one
        let mut armed_countries = armed
            .iter()
            .filter_map(|&(_, a)| self.actors[a].country.as_deref());
        let armed_country = armed_countries
            .next()
            .filter(|&c| armed_countries.all(|d| d == c))
            .map(str::to_string);
        // a name the lexicon does not know right before a sector noun ("Northamptonshire
        // police", "Kent police"): a local body of a place whose country only a place in its
        // sentence tells, not the article's country
        let local_body = |start: usize| {
            start > 0 && {
                let p = start - 1;
                doc.is_word(p)
                    && super::recognize::is_name_word(doc, p)
                    && !CLOSED_SET.contains(doc.lower(p))
                    // a modifier opening the sentence ("Some protesters", "Local police")
                    && !SECTOR_MODIFIERS_SET.contains(doc.lower(p))
            }
        };
        // the phrase of each sector noun whose role has a sector, read once for the three
        // questions below
        let lexicon = self.lexicon;
        let bare = std::mem::take(&mut self.bare_sectors);
        let phrases: Vec<Option<Range<usize>>> = bare
            .iter()
            .map(|(noun, role_entry)| {
                lexicon.entry(*role_entry).sector.as_ref()?;
                sector_phrase(doc, noun.clone())
            })
            .collect();
        // (first token, sector) of the local bodies
        let locals: Vec<(usize, &str)> = bare
            .iter()
            .zip(&phrases)
            .filter_map(|((_, role_entry), tokens)| {
                let tokens = tokens.as_ref()?;
                let sector = lexicon.entry(*role_entry).sector.as_deref()?;
                local_body(tokens.start).then_some((tokens.start, sector))
            })
            .collect();
        // the armed men of a community the lexicon knows with no country of its own ("Baloch
        // separatists", "Fulani militants"): rebels of the country in sight, named with the
        // community's name, and the armed group that "the separatists" later refers to
        let communities: Vec<(usize, Range<usize>, String)> = bare
            .iter()
            .zip(&phrases)
            .enumerate()
            .filter_map(|(i, ((_, role_entry), tokens))| {
                let sector = lexicon.entry(*role_entry).sector.clone()?;
                let tokens = tokens.clone()?;
                let &a = body_ending.get(&tokens.start)?;
                let info = &self.actors[a];
                let community = matches!(sector.as_str(), "REB" | "INS")
                    && info.kind == ActorType::Group
                    && info.country.is_none()
                    && info.entry.is_some()
                    // a faith's code at most ("MOS"), not an armed group's ("IMGMUSISI")
                    && info.code.as_deref().is_none_or(|c| c.len() == 3);
                community.then_some((i, tokens, sector))
            })
            .collect();
        let mut taken = vec![false; bare.len()];
        for (i, tokens, sector) in communities {
            let country = located_near(tokens.start).or_else(|| article_country.clone());
            let named = self
                .mentions
                .iter()
                .position(|m| m.kind == MentionKind::Name && m.tokens.end == tokens.start);
            let (Some(country), Some(named)) = (country, named) else {
                continue;
            };
            let phrase = doc.span_text(tokens.clone()).to_lowercase();
            let tokens = self.mentions.remove(named).tokens.start..tokens.end;
            covered[tokens.clone()].fill(true);
            after_mention[tokens.end] = true;
            let name = doc.span_text(tokens.clone()).to_string();
            let actor = self.sector_body(name, &phrase, &country, &sector);
            armed.push((tokens.start, actor));
            self.mention(tokens, actor, MentionKind::Nominal);
            taken[i] = true;
        }
        armed.sort_unstable();
        // the military coalition the article names (a US-led one against the Islamic State), for
        // "coalition forces" and "the coalition"
        let mut coalition = self.actors.iter().position(|a| {
            a.entry.is_some()
                && a.kind == ActorType::Organization
                && a.code.as_deref().is_some_and(|c| c.ends_with("MIL"))
                && (a.name.contains("oalition") || a.name.contains("Task Force"))
        });
        // the last first, so that "government officials" is one body, not two
        for (i, (noun, role_entry)) in bare.iter().enumerate().rev() {
            if taken[i] {
                continue;
            }
            let role = lexicon.entry(*role_entry);
            if let Some(tokens) = self.coalition_phrase(noun.clone(), &covered, &mut coalition) {
                covered[tokens.clone()].fill(true);
                after_mention[tokens.end] = true;
                continue;
            }
            // (the state's own outlets are a country's media: "state media", "state television";
            // reporters and the press at large are of no country)
            let state_media = |s: &str| s == "MED" && doc.is(noun.start, "state");
            let Some(sector) = role
                .sector
                .clone()
                .filter(|s| SECTORS.contains(&s.as_str()) || state_media(s))
            else {
                continue;
            };
            let Some(tokens) = phrases[i].clone() else {
                continue;
            };
            // (no count or modifier before the state's outlets belongs to them: "in 2019 state
            // media said")
            let tokens = if state_media(&sector) {
                noun.clone()
            } else {
                tokens
            };
            let name = doc.span_text(noun.clone());
            let phrase = name.to_lowercase();
            // a possessor or a name before it is the actor ("its troops", "Hamas militants",
            // "the Taliban's fighters", "ISIS (Islamic State) fighters")
            let owned = tokens.start > 0 && {
                let mut p = tokens.start - 1;
                if doc.is(p, "'s") || doc.is(p, "'") || doc.is(p, "’s") {
                    p = p.saturating_sub(1);
                }
                if doc.is_punct(p, ')') {
                    if let Some(open) = (p.saturating_sub(10)..p)
                        .rev()
                        .find(|&t| doc.is_punct(t, '('))
                    {
                        p = open.saturating_sub(1);
                    }
                }
                matches!(
                    doc.lower(p),
                    "its" | "their" | "his" | "her" | "our" | "my" | "your"
                ) || after_mention[p + 1]
            };
            // "the opposition" is the parties against the government; "opposition to the plan",
            // "the opposition of the unions" a stance (but "accused the opposition of inciting")
            let gerund_after =
                doc.is_lowercase(noun.end + 1) && doc.lower(noun.end + 1).ends_with("ing");
            let the_opposition = phrase == "opposition"
                && tokens.start == noun.start
                && noun.start > 0
                && doc.is(noun.start - 1, "the")
                && !(noun.start > 1 && matches!(doc.lower(noun.start - 2), "in" | "into"))
                && match doc.lower(noun.end) {
                    "of" | "from" => gerund_after,
                    w => !matches!(w, "to" | "within" | "against"),
                };
            if owned
                || (NOT_BODIES.contains(&phrase.as_str()) && !the_opposition)
                || covered[tokens.clone()].iter().any(|&c| c)
            {
                continue;
            }
            // what a name and the words before the phrase say of it: "Hezbollah, a militant
            // group" describes Hezbollah, "designated them as terrorists" no one
            match described(doc, tokens.clone(), &body_ending) {
                Description::Predicate => continue,
                Description::Apposition(actor) => {
                    covered[tokens.clone()].fill(true);
                    after_mention[tokens.end] = true;
                    self.mention(tokens, actor, MentionKind::Nominal);
                    continue;
                }
                Description::None => {}
            }
            let here = located_near(tokens.start);
            let no_place = here.is_none();
            // armed men siding with the government ("pro-government militias", "pro-regime
            // gunmen") fight for it: a body of their own in its country's military, neither the
            // rebels nor the army
            let siding = tokens.start >= 2
                && matches!(sector.as_str(), "REB" | "INS")
                && doc.lower(tokens.start - 2) == "pro"
                && doc.is_punct(tokens.start - 1, '-')
                && doc.tokens[tokens.start].joined
                && matches!(doc.lower(tokens.start), "government" | "regime");
            if siding {
                let tokens = tokens.start - 2..tokens.end;
                covered[tokens.clone()].fill(true);
                after_mention[tokens.end] = true;
                let Some(country) = here.clone().or_else(|| article_country.clone()) else {
                    continue;
                };
                let name = doc.span_text(tokens.clone()).to_lowercase();
                let key = Key::Name(format!("{country}MIL/{name}").into());
                let actor = self.body(key, name, &country, "MIL");
                self.mention(tokens, actor, MentionKind::Nominal);
                continue;
            }
            // peacekeepers stand in a country not their own, sent by a body of states: the
            // United Nations' where the article names it, else of no country, coded as a body
            // of states (IGO, as CAMEO's agents code peacekeeping troops)
            let peacekeepers = peacekeeping(&phrase);
            if peacekeepers {
                covered[tokens.clone()].fill(true);
                after_mention[tokens.end] = true;
                let code = if un_named { "IGOUNO" } else { "IGO" };
                let key = Key::Name(format!("{code}/peacekeepers").into());
                let actor = self.actor(key, || ActorInfo {
                    code: Some(code.to_string()),
                    sector: Some(sector.clone()),
                    ..ActorInfo::named(phrase.clone(), ActorType::Organization)
                });
                self.mention(tokens, actor, MentionKind::Nominal);
                continue;
            }
            // a local body named before with no place in sight ("police" after "Kent police")
            // is that body
            let local = local_body(tokens.start)
                || (here.is_none()
                    && locals
                        .iter()
                        .any(|(t, s)| *t < tokens.start && *s == sector));
            let rebels = matches!(sector.as_str(), "REB" | "INS");
            // armed men counted ("two gunmen", "30 fighters") are men of their own, whoever
            // the article ascribes their attack to
            let counted = (tokens.start..noun.start)
                .any(|t| doc.tokens[t].kind == Kind::Number || cardinal(doc.lower(t)));
            // rebels or militants with no place in sight are the one armed group the article
            // named before them ("the rebels" after "Houthi rebels")
            if rebels && here.is_none() && !counted {
                let mut before = armed.iter().filter(|&&(t, _)| t < tokens.start);
                if let (Some(&(_, actor)), None) = (before.next(), before.next()) {
                    covered[tokens.clone()].fill(true);
                    after_mention[tokens.end] = true;
                    self.mention(tokens, actor, MentionKind::Nominal);
                    continue;
                }
            }
            // militants, civilians and refugees are often of another country than the one the
            // article is about: only a place of the same sentence gives theirs; rebels, where
            // the article names armed groups, are of the groups' country if they share one
            let foreign = matches!(sector.as_str(), "INS" | "CVL" | "REF");
            let country = if local {
                here
            } else if the_opposition {
                // (an article abroad speaks of another country's opposition as often as of its
                // own: the country the story is told from, or none)
                here.or_else(|| home_country.clone())
            } else if abroad(&phrase) {
                // an embassy stands in another country than its own ("the embassy in Paris")
                article_country.clone().filter(|c| here.as_ref() != Some(c))
            } else if matches!(phrase.as_str(), "negotiators" | "negotiating team") {
                // negotiators named with no country are of any side of the talks: neither the
                // country the talks are held in nor the one the article names most
                None
            } else if rebels && !armed.is_empty() {
                here.or_else(|| armed_country.clone())
            } else if rebels {
                // armed men of no named group are of the country their own words or a place of
                // their sentence name, not of the article's (a story told from a third country:
                // a ban, a sanction, a trial)
                here
            } else if sector == "MIL"
                && here.is_none()
                && tokens.start > 0
                && doc.is(tokens.start - 1, "the")
            {
                // "the troops" are the troops named last before ("U.S. troops"), often not the
                // article's country's ("the government" more often is)
                let k = sector_bodies.partition_point(|(t, _, _)| *t < tokens.start);
                sector_bodies[..k]
                    .iter()
                    .rev()
                    .find(|(_, s, _)| s[..] == *sector.as_bytes())
                    .and_then(|&(_, _, a)| self.actors[a].country.clone())
                    .or_else(|| article_country.clone().filter(|_| !foreign))
            } else {
                here.or_else(|| reporter_in(tokens.start).filter(|_| !foreign))
                    .or_else(|| {
                        let c = article_country.clone().filter(|_| !foreign)?;
                        home_of_aim(tokens.start, &c).or(Some(c))
                    })
                    .or_else(|| lede_country.clone().filter(|_| !foreign))
            };
            let actor = match country {
                // the body named before with its country ("the Syrian Arab Army", "Syrian troops")
                Some(country) => {
                    let code = format!("{country}{sector}");
                    // the opposition is one body apart from the protesters of the same code
                    let opposition = phrase.starts_with("opposition");
                    // a body whose name holds the noun ("the court" of "the Supreme Court")
                    let padded = format!(" {phrase} ");
                    let holds_noun = |info: &ActorInfo| {
                        format!(" {} ", info.name.to_lowercase()).contains(&padded)
                    };
                    let found = if opposition {
                        self.actors.iter().position(|a| {
                            a.kind != ActorType::Person
                                && a.code.as_deref() == Some(code.as_str())
                                && a.name.starts_with("opposition")
                        })
                    } else if one_body(&phrase) {
                        // one body among several: the one named before whose name holds the
                        // noun ("the court" after "the Supreme Court of Kenya"), of several the
                        // one named last before it, else the first named
                        let fits = |a: &ActorInfo| {
                            a.kind != ActorType::Person
                                && a.code.as_deref() == Some(code.as_str())
                                && holds_noun(a)
                        };
                        self.mentions
                            .iter()
                            .filter(|m| {
                                m.kind == MentionKind::Name
                                    && m.tokens.end <= tokens.start
                                    && fits(&self.actors[m.actor])
                            })
                            .max_by_key(|m| m.tokens.start)
                            .map(|m| m.actor)
                            .or_else(|| self.actors.iter().position(fits))
                    } else {
                        by_code.get(&code).copied()
                    };
                    // else a body of states named before whose name holds the noun ("the
                    // court" after "the International Court of Justice"), not the country's;
                    // and so are a court's members with no place in sight ("the 17 judges"
                    // after it)
                    let court_members =
                        no_place && matches!(phrase.as_str(), "judges" | "justices");
                    let found = found.or_else(|| {
                        let of_states = |a: usize| {
                            let info = &self.actors[a];
                            info.kind != ActorType::Person
                                && info.country.is_none()
                                && info.code.as_deref().is_some_and(|c| c.starts_with("IGO"))
                                && if court_members {
                                    format!(" {} ", info.name).contains(" Court ")
                                } else {
                                    holds_noun(info)
                                }
                        };
                        if !one_body(&phrase) && !court_members {
                            return None;
                        }
                        self.mentions
                            .iter()
                            .filter(|m| {
                                m.kind == MentionKind::Name
                                    && m.tokens.end <= tokens.start
                                    && of_states(m.actor)
                            })
                            .max_by_key(|m| m.tokens.start)
                            .map(|m| m.actor)
                    });
                    match found {
                        Some(a) => a,
                        None => {
                            let a = self.sector_body(phrase.clone(), &phrase, &country, &sector);
                            if !one_body(&phrase) && !opposition {
                                by_code.insert(code, a);
                            }
                            a
                        }
                    }
                }
                // civilians, prisoners, refugees of no country in sight are no actor to code
                None if matches!(sector.as_str(), "CVL" | "REF") => continue,
                None => {
                    let kind = if matches!(sector.as_str(), "REB" | "INS" | "OPP") {
                        ActorType::Group
                    } else {
                        ActorType::Organization
                    };
                    self.actor(body_key(&sector, &phrase), || ActorInfo {
                        code: Some(sector.clone()),
                        sector: Some(sector.clone()),
                        ..ActorInfo::named(phrase, kind)
                    })
                }
            };
            covered[tokens.clone()].fill(true);
            after_mention[tokens.end] = true;
            self.mention(tokens, actor, MentionKind::Nominal);
        }
    }

    /// A coalition's forces named by a noun ("coalition forces", "an international coalition",
    /// and "the coalition" where a military coalition is named): a
    /// mention of the military coalition the article names, else a body of states of no
    /// country, coded `IGO` (several states acting together, not one state's armed forces,
    /// nor the country it stands in). The phrase's tokens where it was one; `coalition` holds
    /// the coalition's actor once named.
    fn coalition_phrase(
        &mut self,
        noun: Range<usize>,
        covered: &[bool],
        coalition: &mut Option<usize>,
    ) -> Option<Range<usize>> {
        let doc = self.doc;
        let phrase = doc.span_text(noun.clone()).to_lowercase();
        let forces = matches!(
            phrase.as_str(),
            "coalition forces"
                | "international coalition"
                | "coalition troops"
                | "multinational force"
                | "multinational forces"
        );
        // "the coalition" alone: a party's coalition unless a military one is named
        let alone = phrase == "coalition"
            && coalition.is_some()
            && noun.start > 0
            && doc.is(noun.start - 1, "the");
        if !(forces || alone) {
            return None;
        }
        let tokens = sector_phrase(doc, noun)?;
        if covered[tokens.clone()].iter().any(|&c| c) {
            return None;
        }
        let actor = match *coalition {
            Some(a) => a,
            None => self.actor(Key::Name("IGO/coalition".into()), || ActorInfo {
                code: Some("IGO".to_string()),
                sector: Some("IGO".to_string()),
                ..ActorInfo::named(phrase, ActorType::Organization)
            }),
        };
        *coalition = Some(actor);
        self.mention(tokens.clone(), actor, MentionKind::Nominal);
        Some(tokens)
    }

    /// "the Parliament of Iraq", "the government of the Philippines": a sector noun, "of" and a
    /// country's name make the country's body (the country stays a mention of its own); the head
    /// alone after it is the same body ("the Parliament's decision").
    fn body_of_country(&mut self, candidates: &[Candidate], ci: usize, role_entry: usize) -> bool {
        let doc = self.doc;
        let n = doc.tokens.len();
        let Some(sector) = self.lexicon.entry(role_entry).sector.clone() else {
            return false;
        };
        let (c, Some(next)) = (&candidates[ci], candidates.get(ci + 1)) else {
            return false;
        };
        let mut k = c.tokens.end;
        if !(k < n && doc.is_lowercase(k) && doc.is(k, "of")) {
            return false;
        }
        k += 1;
        if k < n && doc.is_lowercase(k) && doc.is(k, "the") {
            k += 1;
        }
        let country = match next.kind {
            CandidateKind::Lexicon {
                entry,
                form: Form::Name,
            } if next.tokens.start == k => {
                let e = self.lexicon.entry(entry);
                (e.kind == EntryKind::Country)
                    .then(|| e.country.clone())
                    .flatten()
            }
            _ => None,
        };
        let Some(country) = country else {
            return false;
        };
        let tokens = c.tokens.start..next.tokens.end;
        let name = doc.span_text(tokens.clone()).to_string();
        let actor = self.sector_body(name, doc.span_text(c.tokens.clone()), &country, &sector);
        let kind = if written_as_name(doc, c.tokens.clone()) {
            self.body_heads
                .entry(doc.word(c.tokens.end - 1))
                .or_insert(actor);
            MentionKind::Name
        } else {
            MentionKind::Nominal
        };
        self.mention(tokens, actor, kind);
        true
    }

    /// "Syrian army": whether a country (or its leader) before the sector noun made a nominal.
    fn country_sector(&mut self, candidates: &[Candidate], ci: usize, role_entry: usize) -> bool {
        let role = self.lexicon.entry(role_entry);
        if ci == 0 {
            return false;
        }
        let c = &candidates[ci];
        let Some(sector) = role.sector.clone() else {
            return false;
        };
        let prev = &candidates[ci - 1];
        let doc = self.doc;
        let gap = prev.tokens.end..c.tokens.start;
        let adjacent = gap.is_empty()
            || gap.clone().all(|t| {
                doc.is_punct(t, '-') || doc.word(t).ends_with('s') && doc.tokens[t].joined
            });
        if !adjacent {
            return false;
        }
        // a town's or a region's own body written as a name ("Kent Police", "Thames Valley
        // Police"): of the place's country, one body per place
        let capitalised = written_as_name(doc, c.tokens.clone());
        let (country, local) = match prev.kind {
            CandidateKind::Lexicon { entry, form } => {
                let e = self.lexicon.entry(entry);
                match e.kind {
                    EntryKind::Country | EntryKind::Person => (e.country.clone(), false),
                    EntryKind::Place if form == Form::Name && capitalised && gap.is_empty() => {
                        (e.country.clone(), true)
                    }
                    _ => (None, false),
                }
            }
            _ => (None, false),
        };
        let Some(country) = country else {
            return false;
        };
        // "the Denver Jets": a team's or a company's name, of the town's country, no sector's
        let sector = if local && team_name(doc, c.tokens.clone()) {
            String::new()
        } else {
            sector
        };
        let start = if prev.tokens.start >= 2
            && doc.is_punct(prev.tokens.start - 1, '-')
            && doc.tokens[prev.tokens.start].joined
        {
            prev.tokens.start - 2 // pro-Assad
        } else {
            prev.tokens.start
        };
        // rebels for a country are of the country they fight in ("pro-Russian separatists" near
        // Donetsk), not of the one they side with
        let of_country = matches!(prev.kind, CandidateKind::Lexicon { entry, .. }
            if self.lexicon.entry(entry).kind == EntryKind::Country);
        let siding = of_country && start + 2 == prev.tokens.start && doc.is(start, "pro");
        if siding && matches!(sector.as_str(), "REB" | "INS" | "OPP") {
            return false;
        }
        let tokens = start..c.tokens.end;
        let name = doc.span_text(tokens.clone()).to_string();
        let actor = if local {
            self.body(Key::Name(name.clone().into()), name, &country, &sector)
        } else {
            self.sector_body(name, doc.span_text(c.tokens.clone()), &country, &sector)
        };
        // a person mention inside is part of this nominal ("pro-Assad forces"); a country named
        // inside stays a mention of its own ("the New Zealand government"), and so does the
        // leader named before their government ("the Monti government")
        let actors = &self.actors;
        let leader = start == prev.tokens.start;
        self.mentions.retain(|m| {
            !(m.tokens.start >= tokens.start && m.tokens.end <= tokens.end)
                || (m.kind == MentionKind::Name
                    && (actors[m.actor].kind == ActorType::Country
                        || (leader && actors[m.actor].kind == ActorType::Person)))
        });
        // "the Peruvian Navy", "the Kenyan Government": written with capitals, a name, whose
        // head alone after it is the same body ("the Embassy")
        let kind = if capitalised {
            self.body_heads
                .entry(doc.word(c.tokens.end - 1))
                .or_insert(actor);
            MentionKind::Name
        } else {
            MentionKind::Nominal
        };
        self.mention(tokens, actor, kind);
        true
    }

    /// A town the article names on its own, opening the name of a body or a site found by
    /// context, is mentioned there too: "Oakdale" in "the Oakdale Police Department" after
    /// "Oakdale, Ohio".
    fn places_opening_names(&mut self, candidates: &[Candidate]) {
        let doc = self.doc;
        for c in candidates {
            let s = c.tokens.start;
            if c.tokens.len() < 2
                || !matches!(c.kind, CandidateKind::Organization | CandidateKind::Place)
                || doc.is_punct(s + 1, ',')
            {
                continue;
            }
            let key = Key::Name(doc.word(s).into());
            if self.place_keys.contains_key(&key) {
                self.place(key, s..s + 1, None, None);
            }
        }
    }

    /// A body the lexicon does not know takes the sector its name's head tells ("Indonesian
    /// National Police": COP), and the country of a country or place named inside its name, or
    /// of a country's possessive right before it ("Libya's National Congress"); with none there,
    /// `bare_sectors` gives it the country in sight, as to "the Interior Ministry".
    fn bodies_by_head(&mut self, inner_country: &HashMap<usize, &str>, inner: &[Candidate]) {
        let doc = self.doc;
        // the sector each body the lexicon does not know takes from its name's head, if any
        let unknown_bodies: Vec<bool> = self
            .actors
            .iter()
            .map(|info| {
                info.kind == ActorType::Organization
                    && info.entry.is_none()
                    && info.code.is_none()
                    && info.sector.is_none()
            })
            .collect();
        if !unknown_bodies.contains(&true) {
            return;
        }
        let mut sectors: Vec<Option<&'static str>> = self
            .actors
            .iter()
            .zip(&unknown_bodies)
            .map(|(info, &unknown)| unknown.then(|| head_sector(&info.name)).flatten())
            .collect();
        // "the ruling Patriotic Front", "the ruling Unity Alliance": a party, whatever its head
        for m in &self.mentions {
            let a = m.actor;
            if m.kind == MentionKind::Name
                && unknown_bodies[a]
                && sectors[a].is_none()
                && m.tokens.start > 0
                && doc.is(m.tokens.start - 1, "ruling")
                && matches!(
                    last_word(&self.actors[a].name),
                    "Front" | "Movement" | "Alliance" | "Congress" | "Union" | "Coalition"
                )
            {
                sectors[a] = Some("PTY");
            }
        }
        let inner_nations = inner_nations(self.lexicon, inner);
        // the known bodies opening the names of longer ones ("Brenmoor" of "Brenmoor Law
        // School"), by their first token
        let inner_bodies: HashMap<usize, usize> = inner
            .iter()
            .filter_map(|c| match c.kind {
                CandidateKind::Lexicon { entry, .. }
                    if matches!(
                        self.lexicon.entry(entry).kind,
                        EntryKind::Organization | EntryKind::Group | EntryKind::Media
                    ) =>
                {
                    Some((c.tokens.start, entry))
                }
                _ => None,
            })
            .collect();
        let mut body_of: Vec<Option<usize>> = vec![None; self.actors.len()];
        // the country named by each token that ends a country's name
        let country_ending: HashMap<usize, &str> = self
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .filter_map(|m| {
                let a = &self.actors[m.actor];
                (a.kind == ActorType::Country)
                    .then_some(a.country.as_deref())
                    .flatten()
                    .map(|c| (m.tokens.end, c))
            })
            .collect();
        let possessor = |start: usize| {
            (start >= 2 && matches!(doc.word(start - 1), "'s" | "’s"))
                .then(|| country_ending.get(&(start - 1)).copied())
                .flatten()
        };
        let mut country_of: Vec<Option<String>> = vec![None; self.actors.len()];
        for m in &self.mentions {
            if m.kind != MentionKind::Name
                || !unknown_bodies[m.actor]
                || country_of[m.actor].is_some()
            {
                continue;
            }
            country_of[m.actor] = if sectors[m.actor].is_some() {
                m.tokens
                    .clone()
                    .find_map(|t| inner_country.get(&t).copied())
                    .or_else(|| possessor(m.tokens.start))
            } else {
                body_of[m.actor] = inner_bodies.get(&m.tokens.start).copied();
                // a body of no sector, named with its country first: "the Sudan Doctors Network";
                // an office of the state so named is the government's ("the Kenya Wildlife
                // Service", "the Uganda Revenue Authority")
                let country = inner_nations
                    .contains(&m.tokens.start)
                    .then(|| inner_country.get(&m.tokens.start).copied())
                    .flatten();
                if country.is_some() && state_office(&self.actors[m.actor].name) {
                    sectors[m.actor] = Some("GOV");
                }
                country
            }
            .map(str::to_string);
        }
        // a known company's name alone is the group its name opens ("NAME" after "NAME Banking
        // Group"), where the article names one such group: known entry -> the group, or None
        let mut groups: HashMap<usize, Option<usize>> = HashMap::default();
        for (a, body) in body_of.iter().enumerate() {
            if let Some(&entry) = body
                .as_ref()
                .filter(|_| self.actors[a].name.ends_with(" Group"))
            {
                groups
                    .entry(entry)
                    .and_modify(|g| *g = g.filter(|&g| g == a))
                    .or_insert(Some(a));
            }
        }
        for (entry, group) in groups {
            let (Some(group), Some(&known)) = (group, self.keys.get(&Key::Entry(entry))) else {
                continue;
            };
            for m in &mut self.mentions {
                if m.actor == known {
                    m.actor = group;
                }
            }
        }
        for (((info, country), sector), body) in self
            .actors
            .iter_mut()
            .zip(country_of)
            .zip(sectors)
            .zip(body_of)
        {
            let Some(sector) = sector else {
                // a part of a known body is of its country and has its code: "Brenmoor Law
                // School" of the university "Brenmoor"
                // (not a company's code to a hall named for it: "the Brenmoor Center")
                let body = body.map(|entry| self.lexicon.entry(entry));
                let hall = matches!(info.name.rsplit(' ').next(), Some("Center" | "Centre"))
                    && body.is_some_and(|e| e.code.as_deref().is_some_and(|c| c.ends_with("BUS")));
                info.country = info
                    .country
                    .take()
                    .or(country)
                    .or_else(|| body.and_then(|e| e.country.clone()));
                if !hall {
                    info.code = info
                        .code
                        .take()
                        .or_else(|| body.and_then(|e| e.code.clone()));
                }
                continue;
            };
            if sector == "REB" {
                info.kind = ActorType::Group;
            }
            info.sector = Some(sector.to_string());
            if let Some(country) = country {
                info.code = Some(format!("{country}{sector}"));
                info.country = Some(country);
            }
        }
    }

    /// A person whose name opens an organisation's name is mentioned there too: "the Clara
    /// Voss Foundation" (a person named in full elsewhere in the article, or a given name and a
    /// surname before the rest of the name); the surname a body is named after ("the Kessler
    /// Foundation") is that of the person the article names with it, else a person of its own.
    fn people_in_org_names(&mut self, lower: &LowerWords, short_forms: &ShortForms) {
        let doc = self.doc;
        let lexicon = self.lexicon;
        let orgs: Vec<Range<usize>> = self
            .mentions
            .iter()
            .filter(|m| {
                let a = &self.actors[m.actor];
                m.kind == MentionKind::Name
                    && m.tokens.len() >= 2
                    && a.kind == ActorType::Organization
                    && a.entry.is_none()
            })
            .map(|m| m.tokens.clone())
            .collect();
        for tokens in orgs {
            let s = tokens.start;
            let known = (2..=3)
                .filter(|&k| s + k < tokens.end)
                .filter_map(|k| {
                    let (a, _) = *self.person_tails.get(doc.span_text(s..s + k))?;
                    Some((k, a))
                })
                .next_back();
            let found = match known {
                Some((k, a)) => Some((s..s + k, a)),
                None if eponym(doc, lower, tokens.clone()) => {
                    // the person named in full nearest, else one the article names by the
                    // surname alone (a known person: "Trump" of "the Trump Foundation")
                    let w = doc.word(s);
                    let named = short_forms
                        .find_in(ShortMap::Surname, w, s, doc.tokens.len())
                        .or_else(|| {
                            self.mentions.iter().position(|m| {
                                m.kind == MentionKind::Name
                                    && m.tokens.len() == 1
                                    && self.actors[m.actor].kind == ActorType::Person
                                    && doc.word(m.tokens.start) == w
                            })
                        })
                        .map(|m| self.mentions[m].actor);
                    Some((s..s + 1, named.unwrap_or_else(|| self.person(s..s + 1))))
                }
                None => {
                    let named = tokens.len() >= 3
                        && lexicon.is_given_name(doc.word(s))
                        && doc.is_capitalized(s + 1)
                        && !words::is_org_head(doc.word(s + 1))
                        && !words::is_place_head(doc.word(s + 1))
                        && doc.is_capitalized(s + 2);
                    named.then(|| (s..s + 2, self.person(s..s + 2)))
                }
            };
            if let Some((name, actor)) = found {
                if self.actors[actor].kind == ActorType::Person {
                    self.mention(name, actor, MentionKind::Name);
                }
            }
        }
    }

    /// A capitalised title standing alone ("The President later said", "the Secretary of
    /// State") refers to the person named before with that role, or named right after it ("Prime
    /// Minister, Justin Trudeau").
    fn titles_alone(&mut self, candidates: &[Candidate]) {
        let doc = self.doc;
        let lexicon = self.lexicon;
        let n = doc.tokens.len();
        // each person's first name mention, and the (first token, actor) of the people's name
        // mentions, sorted by token, the first mentioned kept of those at one token: listed
        // when a capitalised title alone first asks (the titles found are added after the loop)
        let people = std::cell::OnceCell::new();
        let people = || {
            people.get_or_init(|| {
                let mut first: Vec<Option<usize>> = vec![None; self.actors.len()];
                let mut person_at: Vec<(usize, usize)> = Vec::new();
                for m in &self.mentions {
                    if m.kind == MentionKind::Name && self.actors[m.actor].kind == ActorType::Person
                    {
                        let f = &mut first[m.actor];
                        *f = Some(f.map_or(m.tokens.start, |s| s.min(m.tokens.start)));
                        person_at.push((m.tokens.start, m.actor));
                    }
                }
                person_at.sort_by_key(|&(t, _)| t);
                person_at.dedup_by_key(|&mut (t, _)| t);
                (first, person_at)
            })
        };
        let person_at = |t: usize| {
            let person_at = &people().1;
            person_at
                .binary_search_by_key(&t, |&(s, _)| s)
                .ok()
                .map(|k| person_at[k].1)
        };
        // role (its canonical phrase) -> (first mention, actor) of the people holding it, listed
        // when a title first asks
        let holders = std::cell::OnceCell::new();
        let holders = || {
            holders.get_or_init(|| {
                let first = &people().0;
                let mut holders: HashMap<&str, Vec<(usize, usize)>> = HashMap::default();
                for (a, info) in self.actors.iter().enumerate() {
                    let Some(start) = first[a] else { continue };
                    for r in &info.roles {
                        if let Some(e) = lexicon.role(&r.to_lowercase()) {
                            holders.entry(e.name.as_str()).or_default().push((start, a));
                        }
                    }
                }
                for list in holders.values_mut() {
                    list.sort_unstable();
                }
                holders
            })
        };
        let mut found = Vec::new();
        for c in candidates {
            let CandidateKind::Lexicon { entry, .. } = c.kind else {
                continue;
            };
            let e = lexicon.entry(entry);
            let (s, end) = (c.tokens.start, c.tokens.end);
            if e.kind != EntryKind::Role || e.holder != Holder::Person || s == 0 {
                continue;
            }
            let capitalised = c.tokens.clone().all(|t| {
                doc.is_capitalized(t) || (t > s && contains(words::ORG_CONNECTORS, doc.word(t)))
            });
            let prev = doc.word(s - 1);
            let placed = doc.is_lowercase(s - 1) || prev == "The" || prev == "'s";
            if !capitalised || !placed || person_at(end).is_some() {
                continue;
            }
            let after = (end + 1 < n && doc.is_punct(end, ','))
                .then(|| person_at(end + 1))
                .flatten();
            // the holder named last before the title
            let before = || {
                let list = holders().get(e.name.as_str())?;
                let k = list.partition_point(|&(start, _)| start < s);
                k.checked_sub(1).map(|k| list[k].1)
            };
            if let Some(actor) = after.or_else(before) {
                found.push(Mention {
                    tokens: c.tokens.clone(),
                    actor,
                    kind: MentionKind::Name,
                });
            }
        }
        self.mentions.append(&mut found);
    }

    /// A body named by a capitalised role phrase inside running text ("the Supreme Court ruled",
    /// "Congress passed"): not a lone word opening a sentence, not a title-case headline.
    fn named_body(&mut self, tokens: Range<usize>, role_entry: usize) {
        let doc = self.doc;
        let n = doc.tokens.len();
        let capitalised = written_as_name(doc, tokens.clone());
        let in_text = (tokens.start > 0 && doc.is_lowercase(tokens.start - 1))
            || (tokens.end < n && doc.is_lowercase(tokens.end));
        let head = doc.word(tokens.end - 1);
        // the head alone, or the name a body named before ends in ("the Supreme Court" after "the
        // Valdorian Supreme Court")
        let text = doc.span_text(tokens.clone());
        let found = self
            .body_heads
            .get(head)
            .copied()
            .filter(|&a| tokens.len() == 1 || self.actors[a].name.ends_with(text));
        // the head of a body named before needs no lower-case word next to it ("The
        // Parliament's decision")
        if !capitalised
            || !(in_text || found.is_some())
            || (tokens.len() == 1 && doc.starts_sentence(tokens.start))
        {
            return;
        }
        let actor = match found {
            Some(a) => a,
            None => {
                let role = self.lexicon.entry(role_entry);
                let name = doc.span_text(tokens.clone());
                let kind = match role.sector.as_deref() {
                    Some("REB" | "INS" | "OPP") => ActorType::Group,
                    _ => ActorType::Organization,
                };
                let sector = role.sector.clone();
                let a = self.actor(Key::Name(name.into()), || ActorInfo {
                    sector,
                    ..ActorInfo::named(name.to_string(), kind)
                });
                if tokens.len() > 1 {
                    // the head before a connector: "House" of "House of Representatives"
                    let before_connector = (tokens.start + 1..tokens.end - 1)
                        .find(|&t| {
                            doc.is_lowercase(t) && contains(words::ORG_CONNECTORS, doc.word(t))
                        })
                        .map_or(head, |t| doc.word(t - 1));
                    self.body_heads.entry(before_connector).or_insert(a);
                }
                a
            }
        };
        self.mention(tokens, actor, MentionKind::Name);
    }

    /// Roles from titles before a name and appositions after it; country and code from them.
    fn roles_and_codes(&mut self, candidates: &[Candidate]) {
        let doc = self.doc;
        let lexicon = self.lexicon;
        // the last candidate ending at each token, the first starting at each
        let mut by_end = ByToken::new(doc.tokens.len());
        let mut by_start = ByToken::new(doc.tokens.len());
        for (i, c) in candidates.iter().enumerate() {
            by_end.set(c.tokens.end, i);
            by_start.set_first(c.tokens.start, i);
        }
        // (end, start, actor) of every mention, by end and then in mention order (a stable
        // sort): a body named before a title; one vector, not one per end token
        let mut mentions_ending: Vec<(usize, usize, usize)> = self
            .mentions
            .iter()
            .map(|m| (m.tokens.end, m.tokens.start, m.actor))
            .collect();
        mentions_ending.sort_by_key(|&(end, _, _)| end);
        let person_mentions: Vec<(Range<usize>, usize)> = self
            .mentions
            .iter()
            .filter(|m| {
                m.kind == MentionKind::Name && self.actors[m.actor].kind == ActorType::Person
            })
            .map(|m| (m.tokens.clone(), m.actor))
            .collect();
        for (tokens, actor) in person_mentions {
            let mut roles: Vec<(String, Option<String>)> = Vec::new();
            let mut country = None;
            // the code of a body named before the title ("Hamas spokesman", "NATO chief")
            let mut body_code = None;
            // the body a title names, whose code may be known only later
            let mut later_body = None;
            // before: [Country adjective | ORG] ROLE* NAME
            let mut at = tokens.start;
            // "the Kenyan police spokesman, Joseph Kariuki, said": a title before the comma of an
            // apposition the name closes
            let n = doc.tokens.len();
            let closed =
                tokens.end < n && (doc.is_punct(tokens.end, ',') || doc.is_punct(tokens.end, ')'));
            // the country of "the ROLE of COUNTRY" before the name's apposition
            let mut role_country = None;
            if at > 1 && closed && doc.is_punct(at - 1, ',') {
                let title = by_end
                    .get(at - 1)
                    .is_some_and(|ci| person_title(lexicon, &candidates[ci]));
                if title {
                    at -= 1;
                } else if let Some(c) = self.role_of_country_before(at - 1, &by_end, candidates) {
                    // "the foreign minister of Cuba, Luis Prado,": the title and its country
                    at = c.0;
                    role_country = Some(c.1);
                } else if let Some(of) = self.role_of_place_before(at - 1, &by_end, candidates) {
                    // "the mayor of Springfield, Dana Whitfield,": the title of a place the
                    // lexicon does not know
                    at = of;
                }
            }
            // on the name's line: a body ending the line before gives it nothing ("of RSF" ending
            // a credit line)
            while let Some(ci) = by_end.get(at).filter(|_| doc.tokens[at].newlines == 0) {
                let c = &candidates[ci];
                // "Special Envoy for Iran NAME", "ambassador to Japan NAME": the country a
                // diplomat is sent to is not theirs; the title before it goes on
                if roles.is_empty() && self.host_of_diplomat(c, &by_end, candidates) {
                    at = c.tokens.start - 1;
                    continue;
                }
                match c.kind {
                    // "veteran comedian NAME": an adjective before the title
                    CandidateKind::Lexicon { .. }
                        if !roles.is_empty() && self.veteran_adjective(c.tokens.clone()) => {}
                    CandidateKind::Lexicon { entry, .. }
                        if lexicon.entry(entry).kind == EntryKind::Role
                            && lexicon.entry(entry).holder == Holder::Person =>
                    {
                        // "Shadow Defence Secretary", "deputy governor": another office than the
                        // title's, named with the word before it
                        let s = c.tokens.start;
                        let other_office = s > 0
                            && matches!(
                                doc.lower(s - 1),
                                "shadow" | "deputy" | "vice" | "assistant"
                            );
                        let start = if other_office { s - 1 } else { s };
                        // a shadow minister speaks for the opposition, not the government
                        let sector = lexicon.entry(entry).sector.clone();
                        let sector =
                            if doc.lower(start) == "shadow" && sector.as_deref() == Some("GOV") {
                                Some("OPP".to_string())
                            } else {
                                sector
                            };
                        roles.push((doc.span_text(start..c.tokens.end).to_string(), sector));
                        // "Kremlin chief of staff": the country named inside the title
                        if let Some((c, seat)) = self.country_in_role(c.tokens.clone()) {
                            if seat && roles_official(&roles) {
                                body_code = Some(format!("{c}GOV"));
                            }
                            country = Some(c);
                        }
                    }
                    // "Russian", "Kharkiv Governor": a country or a place of one
                    CandidateKind::Lexicon { entry, form }
                        if matches!(
                            lexicon.entry(entry).kind,
                            EntryKind::Country | EntryKind::Place
                        ) =>
                    {
                        country = lexicon.entry(entry).country.clone();
                        // "Georgia Gov. NAME": a country's name that is also a US state's, before
                        // the title of a state's or Congress's office, is the state
                        if us_state_title(&roles)
                            && US_STATES_NAMED_AS_COUNTRIES
                                .contains(&doc.span_text(c.tokens.clone()))
                        {
                            country = Some("USA".to_string());
                        }
                        // "Kremlin spokesman": a seat of government speaks for the government
                        // (not "White House correspondent", a title of another sector)
                        // "Libyan leader NAME": a country's leader heads its government
                        if country_leader(doc, lexicon, c, &roles) {
                            body_code = country.as_ref().map(|c| format!("{c}GOV"));
                        }
                        if form == Form::Capital && !roles.is_empty() && roles_official(&roles) {
                            body_code = country.as_ref().map(|c| format!("{c}GOV"));
                        }
                        break;
                    }
                    CandidateKind::Lexicon { entry, .. }
                        if matches!(
                            lexicon.entry(entry).kind,
                            EntryKind::Organization | EntryKind::Group
                        ) =>
                    {
                        country = lexicon.entry(entry).country.clone();
                        if !roles.is_empty() {
                            body_code = lexicon
                                .entry(entry)
                                .code_at(self.published)
                                .map(str::to_string);
                        }
                        // the body the article names there ("CMA chief executive NAME" where
                        // it spells out a body of those initials)
                        if let Some(a) = actor_at(&mentions_ending, c.tokens.clone())
                            .filter(|&a| self.actors[a].entry != Some(entry))
                        {
                            country = self.actors[a].country.clone();
                            if !roles.is_empty() {
                                body_code = self.actors[a].code.clone();
                            }
                        }
                        break;
                    }
                    // "Kenyan Interior Ministry spokesman": a body the article names right before
                    // the title gives its holder the body's country and code
                    _ => {
                        if !roles.is_empty() {
                            let first =
                                mentions_ending.partition_point(|&(end, _, _)| end < c.tokens.end);
                            let body = mentions_ending[first..]
                                .iter()
                                .take_while(|&&(end, _, _)| end == c.tokens.end)
                                .find(|&&(_, start, _)| start <= c.tokens.start)
                                .map(|&(_, _, actor)| actor)
                                .filter(|&a| self.actors[a].kind != ActorType::Person);
                            if let Some(b) = body {
                                let body = &self.actors[b];
                                country = body.country.clone();
                                body_code = body.code.clone();
                                later_body = Some(b);
                            }
                        }
                        break;
                    }
                }
                // "deputy counsel": the word naming another office is the title's, not a title
                // of its own
                at = match c.kind {
                    CandidateKind::Lexicon { entry, .. }
                        if lexicon.entry(entry).kind == EntryKind::Role
                            && c.tokens.start > 0
                            && doc.is_lowercase(c.tokens.start - 1)
                            && matches!(
                                doc.lower(c.tokens.start - 1),
                                "shadow" | "deputy" | "vice" | "assistant"
                            ) =>
                    {
                        c.tokens.start - 1
                    }
                    _ => c.tokens.start,
                };
                // the word naming another office is part of the title: "British Shadow Home
                // Secretary"
                if at > 0
                    && doc.is_capitalized(at - 1)
                    && matches!(
                        doc.lower(at - 1),
                        "shadow" | "deputy" | "vice" | "assistant"
                    )
                {
                    at -= 1;
                }
                // "Yemen's army chief", "Britain's Defence Secretary": the owner of the title
                // goes on as a word before it would
                let owner = |at: usize| {
                    at > 1
                        && matches!(doc.word(at - 1), "'s" | "’s" | "'" | "’")
                        && by_end.get(at - 1).is_some()
                };
                // "incumbent dictator", "senior fellow": one lower-case modifier before a title,
                // but for the owner's before it ("Hamas's political leader")
                if at > 0
                    && doc.is_lowercase(at - 1)
                    && by_end.get(at).is_none()
                    && roles.len() == 1
                {
                    // "EU competition commissioner": a known body right before the modifier
                    // owns a title in lower case (not "the Committee during President NAME's
                    // tenure", "the Pentagon said President NAME")
                    let modifier = doc.lower(at - 1);
                    let body_before = doc.is_lowercase(at)
                        && !CLOSED_SET.contains(modifier)
                        && !crate::lexicon::cues::is_speech_verb(modifier)
                        && by_end.get(at - 1).is_some_and(|i| {
                            matches!(candidates[i].kind, CandidateKind::Lexicon { entry, .. }
                            if matches!(
                                lexicon.entry(entry).kind,
                                EntryKind::Organization | EntryKind::Group
                            ))
                        });
                    if !owner(at - 1) && !body_before {
                        break;
                    }
                    at -= 1;
                }
                if !roles.is_empty() && owner(at) {
                    at -= 1;
                }
            }
            // "Labour's NAME", "the Democrats' NAME": the party owning the name is the person's,
            // its country and code theirs as a member's "of the party" are
            let s = tokens.start;
            if roles.is_empty()
                && s >= 2
                && matches!(doc.word(s - 1), "'s" | "’s" | "'" | "’")
                && doc.tokens[s].newlines == 0
            {
                let first = mentions_ending.partition_point(|&(end, _, _)| end < s - 1);
                let party = mentions_ending[first..]
                    .iter()
                    .take_while(|&&(end, _, _)| end == s - 1)
                    .map(|&(_, _, actor)| actor)
                    .find(|&a| self.is_party(a));
                if let Some(b) = party {
                    country = self.actors[b].country.clone();
                    body_code = self.actors[b].code.clone();
                    later_body = Some(b);
                }
            }
            // "Republican candidate NAME", "Democratic strategist NAME": a U.S. party's name
            // before titles of no state's office makes a member of the party
            if body_code.is_none()
                && at > 0
                && !roles.is_empty()
                && roles.iter().all(|(_, sector)| sector.is_none())
                && matches!(doc.word(at - 1), "Republican" | "Democratic" | "GOP")
                && doc.tokens[at].newlines == 0
            {
                country = Some("USA".to_string());
                body_code = Some("USAPTY".to_string());
            }
            // after: NAME, a/an/the [adjectives] ROLE [of|at ORG],
            // or, as news style drops the article, NAME, [modifiers] ROLE [of|for ORG],
            // ("NAME, spokeswoman for the ministry,", "NAME, Herat governor,")
            let e = tokens.end;
            // "NAME, 45, a teacher,": the apposition after the age
            let e = if self.age_after(e) { e + 2 } else { e };
            // "NAME (the agency's director)", "NAME (Minister of Finance)": a title in
            // parentheses is read as an apposition between commas is, up to the closing one
            let paren = e + 2 < n && doc.is_punct(e, '(');
            let comma = e + 2 < n && (doc.is_punct(e, ',') || paren);
            // "NAME, then the deputy director,", "NAME (now ambassador to X)": an adverb of time
            // before the apposition's title
            let w = if comma && self.time_adverb(e + 1) {
                e + 2
            } else {
                e + 1
            };
            let article = comma && matches!(doc.word(w), "a" | "an" | "the" | "another");
            if comma && w + 1 < n && doc.is_word(w) {
                let first = if article { w + 1 } else { w };
                let reach = if article { w + 7 } else { w + 3 };
                let mut k = first;
                // the apposition ends where a clause's verb shows it was none ("al-Tamimi, the
                // rebels are backed by Iran")
                let clause_verb =
                    |k: usize| doc.is_lowercase(k) && words::is_auxiliary(doc.lower(k));
                // without an article the words before the role are its modifiers only ("NAME,
                // whose spokeswoman said" names no role of NAME)
                let not_modifier = |k: usize| {
                    !article && doc.is_lowercase(k) && !words::is_bare_role_modifier(doc.lower(k))
                };
                // without an article a country before the role counts only with the role
                // ("NAME, Swiss astronomer" has none; "NAME, Chad Lee, ..." is a list)
                let mut bare_country = None;
                // the country was named by its seat of government ("the White House political
                // director")
                let mut seat = false;
                // a head noun that is no role ends the search for a title at its "of" ("NAME, the
                // daughter of former Senator X," holds no title of X's), not for a country ("a
                // native of Chile")
                let mut past_of = false;
                // the start of the titles read as the next one's modifiers
                let mut modifiers = None;
                // a known body owning the title: "NAME, the Kelvar Bank's chief economist,"
                let mut owner_body: Option<(Option<String>, Option<String>)> = None;
                while k < n.min(reach)
                    && !doc.is_punct(k, ',')
                    && !doc.is_punct(k, '.')
                    && !doc.is_punct(k, ')')
                    && !clause_verb(k)
                    && !not_modifier(k)
                {
                    past_of |= k > first && doc.is(k, "of");
                    if let Some(c) = by_start.get(k).map(|i| &candidates[i]) {
                        if let CandidateKind::Lexicon { entry, form } = c.kind {
                            let en = lexicon.entry(entry);
                            if en.kind == EntryKind::Role && en.holder == Holder::Person {
                                if past_of {
                                    break;
                                }
                                // "a veteran Democratic strategist": the adjective, not the
                                // soldier; the title follows
                                if self.veteran_adjective(c.tokens.clone()) {
                                    k = c.tokens.end;
                                    continue;
                                }
                                // "a deputy executive director", "the chief strategist": a
                                // title right before another is its modifier, the last the head
                                let r = c.tokens.end;
                                if title_modifies_next(doc, lexicon, candidates, &by_start, r) {
                                    modifiers.get_or_insert(k);
                                    k = r;
                                    continue;
                                }
                                // without an article the role ends the apposition or opens
                                // its "of"/"for" phrase: "NAME, Foreign Minister Ana Ruiz and
                                // ..." is a list of people
                                let r = c.tokens.end;
                                let closes = r >= n
                                    || doc.is_punct(r, ',')
                                    || doc.is_punct(r, '.')
                                    || doc.is_punct(r, ')')
                                    || matches!(doc.lower(r), "of" | "for" | "at" | "to" | "in");
                                if !article && !closes {
                                    break;
                                }
                                country = country.or(bare_country.take());
                                let end = c.tokens.end;
                                // "senior fellow": take a lower-case modifier before the role
                                let start = if let Some(m) = modifiers {
                                    m
                                } else if k > first
                                    && doc.is_lowercase(k - 1)
                                    && !matches!(doc.word(k - 1), "a" | "an" | "the")
                                {
                                    k - 1
                                } else {
                                    k
                                };
                                // "a former CIA analyst", "an ex-Mossad officer": an office once
                                // held reads so, and gives its body's country and code only
                                // where no title before the name stands ("Senator NAME, a
                                // former banker at X,")
                                let former = (first..k).find(|&j| {
                                    doc.is_lowercase(j)
                                        && (doc.lower(j) == "former"
                                            || (doc.lower(j) == "ex" && doc.is_punct(j + 1, '-')))
                                });
                                let formerly = w > e + 1
                                    && matches!(
                                        doc.lower(e + 1),
                                        "formerly" | "previously" | "once"
                                    );
                                // (a title of a sector: "Dr." is none)
                                let held_before = roles
                                    .iter()
                                    .any(|(_, s)| s.as_deref().is_some_and(|s| !s.is_empty()));
                                roles.push((
                                    doc.span_text(former.map_or(start, |f| f.min(start))..end)
                                        .to_string(),
                                    en.sector.clone(),
                                ));
                                if former.is_some() || formerly {
                                    self.former_titles.push((first..end, actor));
                                    if held_before {
                                        break;
                                    }
                                }
                                // "NAME, the Kremlin chief of staff,": the country named inside
                                // the title
                                if let Some((c, seat)) = self.country_in_role(k..end) {
                                    if seat && roles_official(&roles) {
                                        body_code = Some(format!("{c}GOV"));
                                    }
                                    country = Some(c);
                                }
                                // "NAME, the White House political director,": an official
                                // (not "the Washington director for a group")
                                if seat && roles_official(&roles) && !held_for(doc, end) {
                                    body_code = country.as_ref().map(|c| format!("{c}GOV"));
                                }
                                // "a spokesman for Hezbollah": the member of that body, as
                                // "Hezbollah spokesman" is
                                later_body = self.body_actor_after(end);
                                if let Some((c, code)) = self.body_after(end, &by_start, candidates)
                                {
                                    country = c.or(country);
                                    body_code = code;
                                } else if let Some(c) =
                                    self.country_after(end, &by_start, &by_end, candidates)
                                {
                                    // "the foreign minister of Cuba": the role's own country
                                    country = Some(c);
                                }
                                if let (None, Some((c, code))) = (&body_code, owner_body.take()) {
                                    country = c.or(country);
                                    body_code = code;
                                }
                                break;
                            } else if matches!(en.kind, EntryKind::Organization | EntryKind::Group)
                                && c.tokens.end < n
                                && (matches!(doc.word(c.tokens.end), "'s" | "’s")
                                    || by_start
                                        .get(c.tokens.end)
                                        .is_some_and(|j| person_title(lexicon, &candidates[j])))
                            {
                                // the body's possessive or the body right before the title
                                // ("NAME, the UN envoy,"); (the body the article names there:
                                // "the CMA's" where it spells out a body of those initials)
                                owner_body = Some(
                                    actor_at(&mentions_ending, c.tokens.clone())
                                        .filter(|&a| self.actors[a].entry != Some(entry))
                                        .map_or_else(
                                            || (en.country.clone(), en.code.clone()),
                                            |a| {
                                                (
                                                    self.actors[a].country.clone(),
                                                    self.actors[a].code.clone(),
                                                )
                                            },
                                        ),
                                );
                            } else if en.kind == EntryKind::Country && country.is_none() {
                                seat = form == Form::Capital;
                                if article {
                                    country = en.country.clone();
                                } else {
                                    bare_country = en.country.clone();
                                }
                            }
                        }
                        k = c.tokens.end;
                    } else if !past_of && self.head_of(k) {
                        // "NAME, the head of the X,": a title of no sector of its own, the body
                        // named after it gives the code
                        country = country.or(bare_country.take());
                        let start = if k > first
                            && doc.is_lowercase(k - 1)
                            && !matches!(doc.word(k - 1), "a" | "an" | "the")
                        {
                            k - 1
                        } else {
                            k
                        };
                        roles.push((doc.span_text(start..k + 1).to_string(), None));
                        later_body = self.body_actor_after(k + 1);
                        if let Some((c, code)) = self.body_after(k + 1, &by_start, candidates) {
                            country = c.or(country);
                            body_code = code;
                        } else if let Some(c) =
                            self.country_after(k + 1, &by_start, &by_end, candidates)
                        {
                            country = Some(c);
                        }
                        break;
                    } else {
                        k += 1;
                    }
                }
            }
            // "NAME, who was senior adviser to X,", "NAME, who served as the envoy for Y": the
            // office a relative clause names, read as an apposition is
            if roles.is_empty() {
                if let Some((start, end, entry)) = self.role_in_relative(e, &by_start, candidates) {
                    let sector = lexicon.entry(entry).sector.clone();
                    roles.push((doc.span_text(start..end).to_string(), sector));
                    if let Some((c, code)) = self.body_after(end, &by_start, candidates) {
                        country = c.or(country);
                        body_code = code;
                    } else if let Some(c) = self.country_after(end, &by_start, &by_end, candidates)
                    {
                        country = Some(c);
                    }
                }
            }
            // "NAME of the X", "NAME, of X,": a member of the body named right after the name
            if body_code.is_none() {
                if let Some((c, code)) = self.body_of_name(e, &by_start, candidates) {
                    country = country.or(c);
                    // a title's own sector stays ("Senator NAME of the X party")
                    if roles.iter().all(|(_, sector)| sector.is_none()) {
                        body_code = code;
                    }
                }
            }
            // "NAME of Samoa, who chairs …": the country named right after the name (not a U.S.
            // state's name: "Senator NAME of Georgia")
            if country.is_none() && !US_STATES_NAMED_AS_COUNTRIES.contains(&doc.word(e + 1)) {
                country = self.country_after(e, &by_start, &by_end, candidates);
            }
            if role_country.is_some() {
                country = role_country;
            }
            // "NAME (R-Utah)", "NAME, D-N.Y.,": a member of Congress by the tag of a party and a
            // state after the name
            let party_tag = self.party_state_tag(e);
            // in a match report a captain leads a team, not troops
            let match_report = !self.teams.is_empty();
            let info = &mut self.actors[actor];
            for (role, sector) in roles.into_iter().rev() {
                let team_captain = match_report && role.eq_ignore_ascii_case("captain");
                if info.sector.is_none() && !team_captain {
                    info.sector = sector;
                }
                if !info.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
                    info.roles.push(role);
                }
            }
            if party_tag {
                if info.sector.is_none() {
                    info.sector = Some("LEG".to_string());
                }
                if info.country.is_none() {
                    info.country = Some("USA".to_string());
                }
            }
            if info.country.is_none() {
                info.country = country;
            }
            // the title of a body's member gives the body's code: "Taliban spokesman" (its
            // member), not the country's
            if info.code.is_none() {
                info.code = body_code;
            }
            if let Some(b) = later_body.filter(|_| info.code.is_none()) {
                self.members_of_later_bodies.push((actor, b));
            }
            let info = &mut self.actors[actor];
            if info.code.is_none() {
                if let Some(c) = &info.country {
                    info.code = Some(format!("{c}{}", info.sector.as_deref().unwrap_or("")));
                }
            }
        }
    }

    /// The span (with one lower-case modifier) and entry of the person's title a relative
    /// clause after a name ending at `at` names: ", who is/was [also|then|now] [a|an|the] ROLE",
    /// ", who served as / serves as / has been ROLE", the title within three words of
    /// modifiers or an owner ("who was Obama's chief strategist").
    fn role_in_relative(
        &self,
        at: usize,
        by_start: &ByToken,
        candidates: &[Candidate],
    ) -> Option<(usize, usize, usize)> {
        let doc = self.doc;
        let n = doc.tokens.len();
        if at + 4 >= n || !doc.is_punct(at, ',') || !doc.is(at + 1, "who") {
            return None;
        }
        let k = at + 2;
        let mut k = match doc.word(k) {
            "is" | "was" => k + 1,
            "serves" | "served" if doc.is(k + 1, "as") => k + 2,
            "has" | "had" if doc.is(k + 1, "been") => k + 2,
            "has" | "had" if doc.is(k + 1, "served") && doc.is(k + 2, "as") => k + 3,
            _ => return None,
        };
        if k < n
            && matches!(
                doc.word(k),
                "also" | "then" | "now" | "once" | "formerly" | "previously" | "later"
            )
        {
            k += 1;
        }
        if k < n && matches!(doc.word(k), "a" | "an" | "the") {
            k += 1;
        }
        let first = k;
        while k < n.min(first + 4) {
            if let Some(c) = by_start.get(k).map(|i| &candidates[i]) {
                if let CandidateKind::Lexicon { entry, .. } = c.kind {
                    let en = self.lexicon.entry(entry);
                    if en.kind == EntryKind::Role && en.holder == Holder::Person {
                        let start = if k > first && doc.is_lowercase(k - 1) {
                            k - 1
                        } else {
                            k
                        };
                        // "chief strategist": a title right after another is its head
                        let (mut end, mut entry) = (c.tokens.end, entry);
                        while let Some(next) = by_start.get(end).map(|i| &candidates[i]) {
                            match next.kind {
                                CandidateKind::Lexicon { entry: e, .. }
                                    if self.lexicon.entry(e).kind == EntryKind::Role
                                        && self.lexicon.entry(e).holder == Holder::Person =>
                                {
                                    (end, entry) = (next.tokens.end, e);
                                }
                                _ => break,
                            }
                        }
                        // a title before a name is that person's: "who is battling Rep. NAME"
                        let named_after = end < n && doc.is_capitalized(end);
                        return (!named_after).then_some((start, end, entry));
                    }
                }
                k = c.tokens.end;
                continue;
            }
            // modifiers and an owner only: "who was arrested by a police officer" names none
            let modifier = (doc.is_lowercase(k)
                && !words::is_auxiliary(doc.lower(k))
                && words::is_bare_role_modifier(doc.lower(k))
                && !doc.lower(k).ends_with("ed"))
                || doc.is_capitalized(k)
                || matches!(doc.word(k), "'s" | "’s");
            if !modifier {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The country and code of the body named by "of [the] X" right after a name ending at `at`
    /// ("NAME of the harbour board", "NAME, of the board,"): a lexicon body's or a body found
    /// before, as after a title.
    fn body_of_name(
        &self,
        at: usize,
        by_start: &ByToken,
        candidates: &[Candidate],
    ) -> Option<(Option<String>, Option<String>)> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let of = if at + 1 < n && doc.is_punct(at, ',') {
            at + 1
        } else {
            at
        };
        if of >= n || !doc.is(of, "of") {
            return None;
        }
        self.body_after(of, by_start, candidates)
    }

    /// The country a country's name, capital or seat of government inside a title of several
    /// words gives the title's holder ("White House chief of staff", "chief executive of Hong
    /// Kong"), and whether it was a capital or seat (where the government speaks); the country
    /// last in sight is not theirs.
    fn country_in_role(&self, tokens: Range<usize>) -> Option<(String, bool)> {
        let doc = self.doc;
        // a seat or a country's name is written with a capital
        if tokens.len() < 2 || !tokens.clone().any(|t| doc.is_capitalized(t)) {
            return None;
        }
        let lexicon = self.lexicon;
        let mut found = None;
        let mut take = |h: Hit| {
            let e = lexicon.entry(h.entry);
            if found.is_none() && e.kind == EntryKind::Country {
                found = e.country.clone().map(|c| (c, h.form == Form::Capital));
            }
        };
        let hits = lexicon.scan_nested(doc.text, doc.lower_text(), &doc.tokens[tokens], |_, h| {
            take(h)
        });
        hits.into_iter().for_each(take);
        found
    }

    /// Whether "veteran" at `tokens` is the adjective of long experience ("a veteran Democratic
    /// strategist", "veteran comedian") rather than the former soldier ("a Navy veteran who",
    /// "a veteran of the war"): a word other than "of", "who" or a conjunction follows it.
    fn veteran_adjective(&self, tokens: Range<usize>) -> bool {
        let doc = self.doc;
        let e = tokens.end;
        tokens.len() == 1
            && doc.lower(tokens.start) == "veteran"
            && e < doc.tokens.len()
            && doc.is_word(e)
            && !matches!(doc.lower(e), "of" | "who" | "and" | "or" | "from" | "with")
    }

    /// Whether the word at `at` is an adverb of time that may open an apposition before its
    /// title ("then", "now", "formerly"): the title was or is the person's.
    fn time_adverb(&self, at: usize) -> bool {
        let doc = self.doc;
        at < doc.tokens.len()
            && doc.is_lowercase(at)
            && matches!(
                doc.word(at),
                "then" | "now" | "formerly" | "previously" | "currently" | "once" | "later"
            )
    }

    /// Whether "head" at `at` is a title: written in lower case before "of" ("the head of the
    /// agency"; not "Head Start", nor "head of state", a title of the lexicon).
    fn head_of(&self, at: usize) -> bool {
        let doc = self.doc;
        at + 2 < doc.tokens.len()
            && doc.is_lowercase(at)
            && doc.word(at) == "head"
            && doc.is(at + 1, "of")
    }

    /// Whether ", AGE," follows a name at `at` (a number of one to three digits between commas).
    fn age_after(&self, at: usize) -> bool {
        let doc = self.doc;
        let age = doc.word(at + 1);
        at + 3 < doc.tokens.len()
            && doc.is_punct(at, ',')
            && (1..=3).contains(&age.len())
            && age.bytes().all(|b| b.is_ascii_digit())
            && doc.is_punct(at + 2, ',')
    }

    /// Whether actor `a` is a political party: coded as one, or a body called one ("the Frontier
    /// Party").
    fn is_party(&self, a: usize) -> bool {
        let info = &self.actors[a];
        matches!(info.kind, ActorType::Organization | ActorType::Group)
            && (info.code.as_deref().is_some_and(|c| c.ends_with("PTY"))
                || info.name.rsplit(' ').next() == Some("Party"))
    }

    /// Whether the tag of a US party and state follows a name at `at`: "(R-Utah)", "(D-N.Y.)",
    /// ", I-Vt.,", the state in one or two capitalised words.
    fn party_state_tag(&self, at: usize) -> bool {
        let doc = self.doc;
        let n = doc.tokens.len();
        let paren = doc.is_punct(at, '(');
        if at + 4 >= n
            || !(paren || doc.is_punct(at, ','))
            || !matches!(doc.word(at + 1), "R" | "D" | "I")
            || !doc.is_punct(at + 2, '-')
            || !doc.is_capitalized(at + 3)
        {
            return false;
        }
        let closes = |k: usize| {
            if paren {
                doc.is_punct(k, ')')
            } else {
                k >= n
                    || doc.is_punct(k, ',')
                    || doc.is_punct(k, '.')
                    || doc.is_punct(k, ';')
                    || doc.is_punct(k, ')')
            }
        };
        // "(R-Tex.)": an abbreviation's period may stand alone before the parenthesis
        let k = at + 4;
        let k = if paren && doc.is_punct(k, '.') {
            k + 1
        } else {
            k
        };
        closes(k) || (doc.is_capitalized(k) && closes(k + 1))
    }

    /// The end of the title and the country of "ROLE of [the] COUNTRY" ending at `end` (the
    /// country's last token is `end - 1`).
    fn role_of_country_before(
        &self,
        end: usize,
        by_end: &ByToken,
        candidates: &[Candidate],
    ) -> Option<(usize, String)> {
        let c = &candidates[by_end.get(end)?];
        let CandidateKind::Lexicon { entry, .. } = c.kind else {
            return None;
        };
        let en = self.lexicon.entry(entry);
        if !matches!(en.kind, EntryKind::Country | EntryKind::Place) {
            return None;
        }
        self.title_of_before(c.tokens.start, by_end, candidates)
            .and_then(|of| en.country.clone().map(|k| (of, k)))
    }

    /// The "of" of "TITLE of [the] Place" ending at `end` (at most three capitalised words after
    /// "of"), where the lexicon does not know the place: "the mayor of Springfield, NAME,".
    fn role_of_place_before(
        &self,
        end: usize,
        by_end: &ByToken,
        candidates: &[Candidate],
    ) -> Option<usize> {
        let doc = self.doc;
        let mut s = end;
        while s > 0 && end - s < 3 && doc.is_capitalized(s - 1) {
            s -= 1;
        }
        if s == end {
            return None;
        }
        self.title_of_before(s, by_end, candidates)
    }

    /// The "of" of "TITLE of [the] …" before the name starting at `s`: a person's title ends
    /// right before the "of".
    fn title_of_before(
        &self,
        s: usize,
        by_end: &ByToken,
        candidates: &[Candidate],
    ) -> Option<usize> {
        let doc = self.doc;
        let of = if s > 0 && doc.is(s - 1, "the") {
            s - 1
        } else {
            s
        };
        (of >= 2
            && doc.is(of - 1, "of")
            && by_end
                .get(of - 1)
                .is_some_and(|ti| person_title(self.lexicon, &candidates[ti])))
        .then_some(of - 1)
    }

    /// The country named by "of [the] COUNTRY" at `at` after a title ("the foreign minister of
    /// Cuba", "the governor of Herat"): a country's, or a known place's country.
    fn country_after(
        &self,
        at: usize,
        by_start: &ByToken,
        by_end: &ByToken,
        candidates: &[Candidate],
    ) -> Option<String> {
        let doc = self.doc;
        if at + 1 >= doc.tokens.len() || !doc.is(at, "of") {
            return None;
        }
        let k = if doc.is(at + 1, "the") {
            at + 2
        } else {
            at + 1
        };
        let c = &candidates[by_start.get(k)?];
        let CandidateKind::Lexicon { entry, .. } = c.kind else {
            return None;
        };
        let en = self.lexicon.entry(entry);
        // the place ends the phrase: not the first word of a body's name ("of the Ohio Green
        // Party", "of the Delmont county nurses union")
        let e = c.tokens.end;
        let ends = e >= doc.tokens.len()
            || !doc.is_word(e)
            || (doc.is_lowercase(e)
                && (words::is_function_word(doc.lower(e)) || words::is_auxiliary(doc.lower(e))));
        // a candidate "for Governor of Virginia" holds no office of it
        let sought = at > 1
            && by_end.get(at).is_some_and(|ti| {
                let s = candidates[ti].tokens.start;
                s > 0 && doc.is(s - 1, "for")
            });
        (ends && !sought && matches!(en.kind, EntryKind::Country | EntryKind::Place))
            .then(|| en.country.clone())
            .flatten()
    }

    /// The country and code of the body named after a title's "for", "of", "at" or "to" at `at`
    /// ("for Hezbollah", "of the Syrian army", "to the governor of Herat"): a lexicon body's, a
    /// place's government, or a country's body found before.
    fn body_after(
        &self,
        at: usize,
        by_start: &ByToken,
        candidates: &[Candidate],
    ) -> Option<(Option<String>, Option<String>)> {
        let doc = self.doc;
        if at + 1 >= doc.tokens.len() || !matches!(doc.word(at), "for" | "of" | "at" | "to") {
            return None;
        }
        let k = if doc.is(at + 1, "the") {
            at + 2
        } else {
            at + 1
        };
        if let Some(c) = by_start.get(k).map(|i| &candidates[i]) {
            if let CandidateKind::Lexicon { entry, .. } = c.kind {
                let en = self.lexicon.entry(entry);
                if matches!(en.kind, EntryKind::Organization | EntryKind::Group) {
                    let code = en.code_at(self.published).map(str::to_string);
                    return code.is_some().then(|| (en.country.clone(), code));
                }
            }
        }
        // "a spokesman for the Badghis governor", "an aide of the governor of Herat": an office
        // of a place's government makes its staff members of that country's government
        let lexicon_at = |k: usize| {
            by_start
                .get(k)
                .map(|i| &candidates[i])
                .and_then(|c| match c.kind {
                    CandidateKind::Lexicon { entry, .. } => {
                        Some((self.lexicon.entry(entry), c.tokens.end))
                    }
                    _ => None,
                })
        };
        let place_at = |k: usize| {
            lexicon_at(k).and_then(|(en, end)| {
                let place = matches!(en.kind, EntryKind::Country | EntryKind::Place);
                place
                    .then(|| en.country.clone().map(|c| (c, end)))
                    .flatten()
            })
        };
        let office_at = |k: usize| {
            lexicon_at(k).and_then(|(en, end)| {
                (en.kind == EntryKind::Role
                    && en.holder == Holder::Person
                    && en.sector.as_deref() == Some("GOV"))
                .then_some(end)
            })
        };
        // (the office's staff only: "a candidate for governor in California" is none of it)
        let staff = at > 0
            && matches!(
                doc.lower(at - 1),
                "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "aide"
                    | "adviser"
                    | "advisor"
                    | "assistant"
                    | "secretary"
                    | "deputy"
                    | "envoy"
                    | "representative"
            );
        let office_of_place = match place_at(k).filter(|_| staff) {
            Some((country, end)) => office_at(end).map(|_| country),
            None => office_at(k).filter(|_| staff).and_then(|end| {
                if end + 1 < doc.tokens.len() && matches!(doc.word(end), "of" | "in") {
                    let p = if doc.is(end + 1, "the") {
                        end + 2
                    } else {
                        end + 1
                    };
                    place_at(p).map(|(country, _)| country)
                } else {
                    None
                }
            }),
        };
        if let Some(country) = office_of_place {
            let code = format!("{country}GOV");
            return Some((Some(country), Some(code)));
        }
        let m = self
            .mentions
            .iter()
            .find(|m| m.tokens.start == k && m.kind != MentionKind::Pronoun)?;
        let a = &self.actors[m.actor];
        let body = matches!(a.kind, ActorType::Organization | ActorType::Group);
        (body && a.code.is_some()).then(|| (a.country.clone(), a.code.clone()))
    }

    /// Whether candidate `c` is a country or a place after the "for" or "to" of a diplomat's
    /// title ("Special Envoy for Iran", "ambassador to Japan"): the country the diplomat is sent
    /// to.
    fn host_of_diplomat(&self, c: &Candidate, by_end: &ByToken, candidates: &[Candidate]) -> bool {
        let CandidateKind::Lexicon { entry, .. } = c.kind else {
            return false;
        };
        let s = c.tokens.start;
        if s < 2
            || !matches!(
                self.lexicon.entry(entry).kind,
                EntryKind::Country | EntryKind::Place
            )
            || !matches!(self.doc.lower(s - 1), "for" | "to")
        {
            return false;
        }
        by_end
            .get(s - 1)
            .map(|ti| &candidates[ti])
            .and_then(|t| match t.kind {
                CandidateKind::Lexicon { entry, .. } => Some(self.lexicon.entry(entry)),
                _ => None,
            })
            .is_some_and(|e| e.kind == EntryKind::Role && diplomatic(&e.name))
    }

    /// A country's name that is also a US state's ("Georgia") names the state where the
    /// article writes it so throughout and one of its mentions stands among US places: listed
    /// with them ("Ohio, Georgia and Nevada") or after a US town and a comma ("Atlanta,
    /// Georgia"). A story that only names US places elsewhere ("In Washington, the State
    /// Department condemned the attack on Georgia") keeps the country.
    fn us_states_named_as_countries(&mut self) {
        let doc = self.doc;
        let state_named = |a: &ActorInfo| {
            a.kind == ActorType::Country && US_STATES_NAMED_AS_COUNTRIES.contains(&a.name.as_str())
        };
        let Some(state) = self.actors.iter().position(state_named) else {
            return;
        };
        let name = self.actors[state].name.as_str();
        let as_named = self
            .mentions
            .iter()
            .filter(|m| m.actor == state)
            .all(|m| doc.span_text(m.tokens.clone()) == name);
        let usa = |c: &Option<String>| c.as_deref() == Some("USA");
        if !as_named || !self.places.iter().any(|p| usa(&p.country)) {
            return;
        }
        let n = doc.tokens.len();
        let mut us_starts = vec![false; n + 1];
        let mut us_ends = vec![false; n + 1];
        for r in (self.places.iter().filter(|p| usa(&p.country))).flat_map(|p| &p.mentions) {
            us_starts[r.start] = true;
            us_ends[r.end] = true;
        }
        let joint = |t: usize| {
            doc.is_punct(t, ',') || (doc.is_lowercase(t) && matches!(doc.word(t), "and" | "or"))
        };
        let among_us_places = self.mentions.iter().filter(|m| m.actor == state).any(|m| {
            let (s, e) = (m.tokens.start, m.tokens.end);
            (s >= 2 && joint(s - 1) && us_ends[s - 1])
                || (e + 1 < n && joint(e) && us_starts[e + 1])
                || us_office_of_state(doc, s)
        });
        if !among_us_places {
            return;
        }
        let name = name.to_string();
        let mut tokens = Vec::new();
        self.mentions.retain(|m| {
            let of_state = m.actor == state;
            if of_state {
                tokens.push(m.tokens.clone());
            }
            !of_state
        });
        for t in tokens {
            self.place(Key::Name(name.clone().into()), t, None, Some("USA"));
        }
    }

    /// The body (not a person) named right after a title's "for", "of", "at" or "to" at `at`,
    /// past "the" and an owner's possessive ("of the Kenyan National Police", "of the
    /// country's State Intelligence Agency").
    fn body_actor_after(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let n = doc.tokens.len();
        if at + 1 >= n || !matches!(doc.word(at), "for" | "of" | "at" | "to") {
            return None;
        }
        let mut k = if doc.is(at + 1, "the") {
            at + 2
        } else {
            at + 1
        };
        if k + 2 < n && matches!(doc.word(k + 1), "'s" | "’s") {
            k += 2;
        }
        // the whole name, not a name inside it ("the Senate" of "the Senate Reform Fund")
        let m = self
            .mentions
            .iter()
            .filter(|m| m.tokens.start == k && m.kind == MentionKind::Name)
            .max_by_key(|m| m.tokens.end)?;
        if m.tokens.end < n && doc.is_capitalized(m.tokens.end) {
            return None;
        }
        matches!(
            self.actors[m.actor].kind,
            ActorType::Organization | ActorType::Group
        )
        .then_some(m.actor)
    }

    /// A person titled for a body whose code was not known when titles were read (a body the
    /// lexicon does not know, coded by its name's head and country: "NAME, a spokesperson for
    /// the Kenyan National Police", "Kenyan National Police spokesperson NAME") takes the
    /// body's code, as the title of a known body's member does.
    fn members_of_later_bodies(&mut self) {
        let later = std::mem::take(&mut self.members_of_later_bodies);
        if later.is_empty() {
            return;
        }
        // bodies named by a proper name, not by a sector noun whose country is only the place
        // in sight ("Army Capt. NAME ... died in Iraq")
        let mut named = vec![false; self.actors.len()];
        for m in &self.mentions {
            if m.kind == MentionKind::Name {
                named[m.actor] = true;
            }
        }
        let lexicon = self.lexicon;
        for (person, body) in later {
            let info = &self.actors[body];
            let sector_noun =
                info.entry.is_none() && lexicon.role(&info.name.to_lowercase()).is_some();
            // (nor a state's body of another sector than the title's: a mayor named right
            // after a name that stands for a court is no judge)
            let other_office = self.actors[person]
                .sector
                .as_deref()
                .is_some_and(|s| state_sector_clash(info.code.as_deref().unwrap_or_default(), s));
            let Some(code) = info
                .code
                .clone()
                .filter(|_| named[body] && !sector_noun && !other_office)
            else {
                continue;
            };
            let country = self.actors[body].country.clone();
            let info = &mut self.actors[person];
            info.code = Some(code);
            if country.is_some() {
                info.country = country;
            }
        }
    }

    /// Each actor is named by the fullest proper name the article gives (or the lexicon's, where
    /// the article gives only a surname).
    fn name_actors(&mut self) {
        let doc = self.doc;
        let mut best: Vec<Option<Range<usize>>> = vec![None; self.actors.len()];
        for m in &self.mentions {
            if m.kind != MentionKind::Name {
                continue;
            }
            // a title standing for its holder does not name them
            if self.actors[m.actor].kind == ActorType::Person
                && title_prefix(doc, self.lexicon, m.tokens.start..m.tokens.end + 1)
                    == m.tokens.len()
            {
                continue;
            }
            let slot = &mut best[m.actor];
            let better = slot.as_ref().is_none_or(|b| m.tokens.len() > b.len());
            if better {
                *slot = Some(m.tokens.clone());
            }
        }
        for (a, actor) in self.actors.iter_mut().enumerate() {
            let Some(mut tokens) = best[a].clone() else {
                continue;
            };
            // a person's name without the title a dictionary phrase may hold ("Secretary of State
            // John Kerry", "President Obama")
            if actor.kind == ActorType::Person {
                tokens.start += title_prefix(doc, self.lexicon, tokens.clone());
            }
            let text = doc.span_text(tokens.clone());
            let from_lexicon = actor.entry.map(|e| self.lexicon.entry(e));
            let keep_lexicon_name = match from_lexicon {
                Some(e) if e.kind == EntryKind::Person => tokens.len() < 2,
                Some(_) => true,
                None => false,
            };
            if !keep_lexicon_name {
                actor.name = text.to_string();
            }
        }
    }
}

/// The last words of the sector nouns that name one body among several of a country's sector
/// ("the foreign ministry", "the embassy", "the navy", "the Senate"), not the sector as a whole
/// ("the government", "officials", "the army", "troops", "police").
const ONE_BODY_HEADS: &[&str] = &[
    "bank",
    "authority",
    "ministry",
    "ministries",
    "embassy",
    "embassies",
    "consulate",
    "cabinet",
    "presidency",
    "palace",
    "office",
    "junta",
    "council",
    "navy",
    "guard",
    "force",
    "fleet",
    "staff",
    "command",
    "marines",
    "commandos",
    "paratroopers",
    "peacekeepers",
    "mission",
    "congress",
    "senate",
    "house",
    "delegation",
    "delegations",
    "court",
    "courts",
    "tribunal",
    // "opposition parties" are bodies of the opposition, not the crowds protesting with it
    "parties",
];

/// US states whose name the lexicon gives to a country.
const US_STATES_NAMED_AS_COUNTRIES: &[&str] = &["Georgia"];

/// Whether a person's title ending at `end` is the modifier of another title right after it ("a
/// deputy campaign manager", "the chief strategist", "a Justice official"), not a title of its
/// own; "general" after a title is part of it ("Governor General").
fn title_modifies_next(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: &[Candidate],
    by_start: &ByToken,
    end: usize,
) -> bool {
    title_modifies_next_at(doc, lexicon, candidates, |t| by_start.get(t), end)
}

fn title_modifies_next_at(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: &[Candidate],
    by_start: impl Fn(usize) -> Option<usize>,
    end: usize,
) -> bool {
    end < doc.tokens.len()
        && !matches!(doc.lower(end), "general" | "gen.")
        && by_start(end).is_some_and(|j| person_title(lexicon, &candidates[j]))
}

/// Whether the title ending at `end` is held for or at a body named after it ("director for the
/// group", "adviser at the bank"), whose sector it takes rather than the government's.
fn held_for(doc: &Document, end: usize) -> bool {
    end < doc.tokens.len()
        && doc.is_lowercase(end)
        && matches!(doc.word(end), "for" | "at" | "of" | "to" | "with")
}

/// Whether a country candidate `c` is right before a bare "leader", the only title read before a
/// name ("Libyan leader NAME"): the head of its government.
fn country_leader(
    doc: &Document,
    lexicon: &Lexicon,
    c: &Candidate,
    roles: &[(String, Option<String>)],
) -> bool {
    let CandidateKind::Lexicon { entry, .. } = c.kind else {
        return false;
    };
    lexicon.entry(entry).kind == EntryKind::Country
        && c.tokens.end < doc.tokens.len()
        && doc.lower(c.tokens.end) == "leader"
        && matches!(roles, [(role, _)] if role.eq_ignore_ascii_case("leader"))
}

/// Whether titles read so far are of the government or of no sector: a seat of government before
/// them makes their holder an official ("Kremlin spokesman", not "White House correspondent").
fn roles_official(roles: &[(String, Option<String>)]) -> bool {
    roles
        .iter()
        .all(|(_, sector)| sector.as_deref().is_none_or(|s| s.is_empty() || s == "GOV"))
}

/// Whether one of the titles read before a name is one of a US state's or Congress's offices
/// ("Gov.", "Lt. Gov.", "Sen.", "Rep.", "state senator", "assemblywoman").
fn us_state_title(roles: &[(String, Option<String>)]) -> bool {
    roles.iter().any(|(role, _)| {
        let role = role.to_ascii_lowercase();
        ["gov.", "sen.", "sens.", "rep.", "reps."].iter().any(|t| {
            role.strip_suffix(t)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        }) || matches!(
            role.as_str(),
            "governor"
                | "lieutenant governor"
                | "state senator"
                | "state representative"
                | "congressman"
                | "congresswoman"
                | "assemblyman"
                | "assemblywoman"
        )
    })
}

/// Whether the name at token `s` follows "of" or "from" after the title of a US state's or
/// Congress's office a few words before ("Sen. NAME of Georgia", "a congressman from Georgia"):
/// offices no country of that name has.
fn us_office_of_state(doc: &Document, s: usize) -> bool {
    if s == 0 || !(doc.is(s - 1, "of") || doc.is(s - 1, "from")) {
        return false;
    }
    (s.saturating_sub(7)..s - 1).any(|k| {
        matches!(
            doc.lower(k),
            "sen"
                | "sens"
                | "rep"
                | "reps"
                | "senator"
                | "senators"
                | "congressman"
                | "congresswoman"
                | "committeeman"
                | "committeewoman"
                | "assemblyman"
                | "assemblywoman"
        )
    })
}

/// Whether candidate `c` is a lexicon title a person holds ("Foreign Minister", "spokesman").
fn person_title(lexicon: &Lexicon, c: &Candidate) -> bool {
    matches!(c.kind, CandidateKind::Lexicon { entry, .. }
        if lexicon.entry(entry).kind == EntryKind::Role
            && lexicon.entry(entry).holder == Holder::Person)
}

/// Whether a sector noun names one body among several of its sector ("foreign ministry",
/// "special forces") rather than the sector as a whole.
fn one_body(noun: &str) -> bool {
    let mut buf = [0u8; SHORT_LOWER];
    let noun = short_lower(noun, &mut buf);
    // the head before an "of" ("ministry of health")
    let head = match noun.as_bytes().windows(4).position(|w| w == b" of ") {
        Some(k) => &noun[..k],
        None => &noun[..],
    };
    // (a military government is the junta, apart from the army it rules)
    contains(ONE_BODY_HEADS, last_word(head))
        || noun.starts_with("special ")
        || noun == "military government"
}

/// The words of `text` after its last space (all of it where it has none): `rsplit(' ')`'s
/// first, found by a byte search.
fn last_word(text: &str) -> &str {
    &text[text.bytes().rposition(|b| b == b' ').map_or(0, |k| k + 1)..]
}

/// The length up to which [`short_lower`] lower-cases an ASCII phrase in place.
const SHORT_LOWER: usize = 64;

/// `text` lower-cased: an ASCII text with no capital itself, any other ASCII text of at most
/// [`SHORT_LOWER`] bytes in `buf` (no allocation; its lower case is its ASCII lower case), any
/// other a new string.
fn short_lower<'b>(text: &'b str, buf: &'b mut [u8; SHORT_LOWER]) -> Cow<'b, str> {
    if text
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(text)
    } else if text.len() <= SHORT_LOWER && text.is_ascii() {
        let lower = &mut buf[..text.len()];
        lower.copy_from_slice(text.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII bytes are always UTF-8
        Cow::Borrowed(std::str::from_utf8(lower).unwrap_or_default())
    } else {
        Cow::Owned(text.to_lowercase())
    }
}

/// What the words before a sector noun's phrase make of it.
enum Description {
    /// A description of the body named right before ("Hezbollah, a militant group", "the PMF
    /// (Popular Mobilization Forces), an armed coalition"): that body's actor.
    Apposition(usize),
    /// A predicate, no actor: "designated the group as a terrorist organisation".
    Predicate,
    None,
}

/// Whether the phrase opening at token `start` describes the body whose name ends where
/// `body_ending` says, or is a predicate after "as".
fn described(
    doc: &Document,
    phrase: Range<usize>,
    body_ending: &HashMap<usize, usize>,
) -> Description {
    let (start, end) = (phrase.start, phrase.end);
    // back over the words that qualify the noun ("an Iranian-backed"), to an article
    let mut k = start;
    let determiner = |t: usize| doc.is(t, "a") || doc.is(t, "an") || doc.is(t, "the");
    while k > 0 && start - k < 5 && !determiner(k - 1) {
        let qualifier = doc.is_punct(k - 1, '-')
            || (doc.is_word(k - 1) && !CLOSED_SET.contains(doc.lower(k - 1)));
        if !qualifier {
            break;
        }
        k -= 1;
    }
    let article = k > 0 && determiner(k - 1);
    let opening = if article { k - 1 } else { start };
    if article && opening > 0 && doc.is(opening - 1, "as") && !doc.is(opening, "the") {
        return Description::Predicate;
    }
    // an apposition closes where the clause goes on: "Hezbollah, a militant group, said", not
    // "..., the army said"
    let closed =
        end >= doc.tokens.len() || [',', '.', ';', ')'].iter().any(|&p| doc.is_punct(end, p));
    if !article || !closed || opening == 0 || !doc.is_punct(opening - 1, ',') {
        return Description::None;
    }
    // the name before the comma, or before the acronym or name in brackets after it
    let mut name_end = opening - 1;
    if name_end > 0 && doc.is_punct(name_end - 1, ')') {
        if let Some(open) = (name_end.saturating_sub(10)..name_end - 1)
            .rev()
            .find(|&t| doc.is_punct(t, '('))
        {
            name_end = open;
        }
    }
    match body_ending.get(&name_end) {
        Some(&actor) => Description::Apposition(actor),
        None => Description::None,
    }
}

/// Whether a body's `code` is a court's or a legislature's and `sector` another of a state's: a
/// court's (`USAJUD`) for a mayor's title (`GOV`); not a police force's for its commissioner's
/// (a title whose sector is only the lexicon's default).
fn state_sector_clash(code: &str, sector: &str) -> bool {
    const STATE: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];
    STATE.contains(&sector)
        && ["JUD", "LEG"]
            .iter()
            .any(|x| code.ends_with(x) && *x != sector)
}

/// Whether a body named by a sector noun stands in another country than its own: an embassy, a
/// consulate.
fn abroad(noun: &str) -> bool {
    let mut buf = [0u8; SHORT_LOWER];
    let noun = short_lower(noun, &mut buf);
    matches!(
        last_word(&noun),
        "embassy" | "embassies" | "consulate" | "consulates"
    )
}

/// A cardinal number written as a word ("two", "fifteen", "a dozen"), not a vague quantity
/// ("dozens", "hundreds").
fn cardinal(word: &str) -> bool {
    matches!(
        word,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "hundred"
            | "dozen"
    )
}

/// Whether a word is the number of one of a series: in digits or in Roman numerals ("2",
/// "II", "XIV"), one letter alone too ("World War I": after a series' name it is no pronoun).
fn numeral(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || matches!(word, "I" | "V" | "X")
        || words::is_roman_numeral(word)
}

/// Whether a title's canonical name is a diplomat's, sent to another country.
fn diplomatic(role: &str) -> bool {
    matches!(
        role,
        "special envoy" | "ambassador" | "consul" | "diplomat" | "chargé d'affaires"
    )
}

/// Whether a sector noun or a title names peacekeepers ("peacekeepers", "a peacekeeping
/// force", "a UN peacekeeper").
fn peacekeeping(noun: &str) -> bool {
    let mut buf = [0u8; SHORT_LOWER];
    short_lower(noun, &mut buf).contains("peacekeep")
}

/// The key of a country's body named by a sector noun: its code for the sector as a whole, its
/// code and the noun for one body among several.
fn body_key(code: &str, noun: &str) -> Key<'static> {
    if one_body(noun) {
        Key::Name(format!("{code}/{}", noun.to_lowercase()).into())
    } else {
        Key::Name(code.to_string().into())
    }
}

/// A name that is one surname with its particle: "al-Hamdani", "Al-Hamdani".
fn particle_surname(doc: &Document, c: &Candidate) -> bool {
    c.tokens.len() == 3
        && doc.is_punct(c.tokens.start + 1, '-')
        && words::is_name_particle(doc.lower(c.tokens.start))
}

/// Two spellings of one given name: the same first and last letters, at least four letters, and
/// one letter changed, added or dropped ("Jonathan" and "Jonathon", "Muhammad" and "Muhammed").
fn spelled_alike(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // the last letter often marks the gender ("Mario" and "Maria", "Ivan" and "Ivana")
    if short.len() < 4
        || long.len() - short.len() > 1
        || short[0] != long[0]
        || short.last() != long.last()
    {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        // one letter changed
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        // one letter added
        short[prefix..] == long[prefix + 1..]
    }
}

/// Candidates by a token of their span (where it ends, or where it starts): one slot per token
/// and one past the last, so that no candidate is hashed.
struct ByToken(Vec<u32>);

impl ByToken {
    const NONE: u32 = u32::MAX;

    fn new(tokens: usize) -> Self {
        ByToken(vec![Self::NONE; tokens + 1])
    }

    /// Candidate `i` at token `t`, in place of any before.
    fn set(&mut self, t: usize, i: usize) {
        if let Some(slot) = self.0.get_mut(t) {
            *slot = i as u32;
        }
    }

    /// Candidate `i` at token `t`, unless one is there already.
    fn set_first(&mut self, t: usize, i: usize) {
        if let Some(slot) = self.0.get_mut(t).filter(|s| **s == Self::NONE) {
            *slot = i as u32;
        }
    }

    fn get(&self, t: usize) -> Option<usize> {
        self.0
            .get(t)
            .filter(|&&i| i != Self::NONE)
            .map(|&i| i as usize)
    }
}

/// The words of a place mention that name it: before the comma of "Fernbrook, Ohio".
fn place_words(doc: &Document, tokens: Range<usize>) -> Range<usize> {
    let end = tokens
        .clone()
        .find(|&t| t > tokens.start && doc.is_punct(t, ','))
        .unwrap_or(tokens.end);
    tokens.start..end
}

/// The words the article writes in lower case, of those it is asked about: the lower-cased
/// words of the candidates of an open kind, and of a lone head noun opening a sentence.
fn lower_words<'d>(
    doc: &Document<'d>,
    lower: &LowerWords,
    candidates: &[Candidate],
) -> HashSet<&'d str> {
    let mut asked: HashSet<&str> = sized_set(candidates.len());
    // only the words of the names it is asked about: a name of one word whose kind its context
    // left open (`lone_name`, `described_opener`, `unknown_kind`), the capitalised words of a
    // longer one (`unknown_kind`), and an organisation's head noun alone opening a sentence
    // (pass 2); not the many names of a kind the lexicon or the context decided
    let asked_words = |c: &Candidate| match c.kind {
        CandidateKind::Unknown => c.tokens.clone(),
        CandidateKind::Organization
            if c.tokens.len() == 1
                && doc.starts_sentence(c.tokens.start)
                && words::is_org_head(doc.word(c.tokens.start)) =>
        {
            c.tokens.clone()
        }
        _ => 0..0,
    };
    for t in candidates.iter().flat_map(|c| {
        let single = c.tokens.len() == 1;
        asked_words(c).filter(move |&t| single || doc.is_capitalized(t))
    }) {
        let w = doc.lower(t);
        if !w.is_empty() {
            asked.insert(w);
        }
    }
    lower.written(doc, asked)
}

/// The number of leading tokens of `tokens` that form a title (the longest role phrase of the
/// lexicon that the name opens with), leaving at least one word of the name.
fn title_prefix(doc: &Document, lexicon: &Lexicon, tokens: Range<usize>) -> usize {
    let is_title = |phrase: &str| {
        lexicon
            .role(phrase)
            .is_some_and(|r| r.holder == Holder::Person)
    };
    let words = tokens.len().saturating_sub(1).min(5);
    if words == 0 {
        return 0;
    }
    let from_token = tokens.start;
    // the first word alone needs no phrase built (most names have two words)
    let first = doc.lower(tokens.start);
    let mut title = usize::from(is_title(first));
    if words > 1 {
        // the words joined by one space each are read from the lower-cased text; the phrase is
        // built only from the first other gap on
        let lower = doc.lower_text();
        let from = doc.tokens[tokens.start].start;
        let mut phrase: Option<String> = None;
        for (k, t) in tokens.enumerate().take(words).skip(1) {
            let (gap, end) = (doc.tokens[t - 1].end, doc.tokens[t].end);
            if phrase.is_none()
                && !(doc.tokens[t].start == gap + 1 && lower[gap..].starts_with(' '))
            {
                phrase = Some(String::from(&lower[from..gap]));
            }
            let current = match &mut phrase {
                Some(phrase) => {
                    phrase.push(' ');
                    phrase.push_str(doc.lower(t));
                    phrase.as_str()
                }
                None => &lower[from..end],
            };
            if is_title(current) {
                title = k + 1;
            }
        }
    }
    // a title that is an Arabic given name as well ("Sultan al-Qadiri") is none (asked last:
    // most names open with no title)
    if title > 0 && given_name_as_title(doc, from_token) {
        return 0;
    }
    title
}

/// Multi-word name mentions indexed by the single word that can stand for them: a person's
/// surname, an organisation's or group's acronym. Finds the nearest such mention before a word
/// (else the first after it) in logarithmic time, where a scan of all mentions per word would
/// cost the square of the article's length.
#[derive(Default)]
struct ShortForms<'d> {
    surnames: ShortMapOf<'d>,
    acronyms: ShortMapOf<'d>,
    /// A person's given name (the first word of a full name that is a given name).
    given: ShortMapOf<'d>,
    /// The first word of a person's name that is no given name the lexicon knows ("Brenton"
    /// of "Brenton Tarrant"), nor a title; and of a company's ("Peabody" of "Peabody Energy").
    first_words: ShortMapOf<'d>,
    /// The head nouns of organisation names ("Church" of "Church of Valdoria").
    heads: ShortMapOf<'d>,
    /// The one name after "of" that ends an organisation's name ("Valdoria").
    org_tails: ShortMapOf<'d>,
    /// The initials of the organisation name being added (one buffer for all).
    initials: String,
}

/// Short forms -> their mentions: the key is the text's own word where it is one (no copy).
type ShortMapOf<'d> = HashMap<Cow<'d, str>, Positions>;

/// Which short form a word is looked up as.
#[derive(Debug, Clone, Copy)]
enum ShortMap {
    Surname,
    Given,
    FirstWord,
    Head,
    OrgTail,
}

/// Mention indices by end token and by start token (the first mention added wins a tie).
#[derive(Default)]
struct Positions {
    by_end: FirstWins,
    by_start: FirstWins,
    /// The actor of the first mention added, and whether another actor shares the key.
    first_actor: Option<usize>,
    shared: bool,
}

impl<'d> ShortForms<'d> {
    /// Sized for the names of two words or more among `mentions` (a key of each kind a name at
    /// most, but for a surname with its particle): the maps of most articles never grow.
    fn sized(mentions: &[Mention]) -> Self {
        let names = mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name && m.tokens.len() >= 2)
            .count();
        ShortForms {
            surnames: sized_map(names),
            acronyms: sized_map(names),
            given: sized_map(names),
            heads: sized_map(names),
            ..ShortForms::default()
        }
    }

    fn add(&mut self, b: &Builder<'d, '_>, i: usize) {
        let m = &b.mentions[i];
        if m.kind != MentionKind::Name || m.tokens.len() < 2 {
            return;
        }
        let doc = b.doc;
        let first = m.tokens.start;
        let (map, key) = match b.actors[m.actor].kind {
            ActorType::Person => {
                let w = doc.word(first);
                if b.lexicon.is_given_name(w) {
                    Positions::add(&mut self.given, w, i, m);
                } else if m.tokens.len() <= 3
                    && w.chars().skip(1).all(char::is_lowercase)
                    && w.chars().count() >= 3
                    && title_prefix(doc, b.lexicon, m.tokens.clone()) == 0
                {
                    Positions::add(&mut self.first_words, w, i, m);
                }
                // a surname with its particle, as news writes it alone: "al-Eryani"
                let end = m.tokens.end;
                if end >= first + 4
                    && doc.is_punct(end - 2, '-')
                    && doc.tokens[end - 2].joined
                    && doc.tokens[end - 1].joined
                    && doc.is_lowercase(end - 3)
                    && words::is_name_particle(doc.word(end - 3))
                {
                    // and capitalised, as a sentence opens with it: "Al-Eryani"
                    let particle = doc.span_text(end - 3..end);
                    let mut chars = particle.chars();
                    let opening: String = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                    Positions::add(&mut self.surnames, particle, i, m);
                    Positions::add_owned(&mut self.surnames, &opening, i, m);
                }
                (&mut self.surnames, doc.word(end - 1))
            }
            ActorType::Organization | ActorType::Group => {
                // its head nouns: the first word, the last, and the one before a connector
                // ("Center" of "Damascus Center for Strategic Studies")
                let last = m.tokens.end - 1;
                let before_connector = (first + 1..last)
                    .find(|&t| doc.is_lowercase(t) && contains(words::ORG_CONNECTORS, doc.word(t)))
                    .map(|t| t - 1);
                for t in [Some(first), before_connector, Some(last)]
                    .into_iter()
                    .flatten()
                {
                    if words::is_org_head(doc.word(t)) {
                        Positions::add(&mut self.heads, doc.word(t), i, m);
                    }
                }
                // the name after "of" in "Church of Valdoria"
                if last >= first + 2
                    && doc.is(last - 1, "of")
                    && doc.is_capitalized(last)
                    && !words::is_org_head(doc.word(last))
                {
                    Positions::add(&mut self.org_tails, doc.word(last), i, m);
                }
                // a club's last word, as news calls it alone: "United" of "Kestrel United"
                if last == first + 1 && words::is_club_ending_word(doc.word(last)) {
                    Positions::add(&mut self.org_tails, doc.word(last), i, m);
                }
                self.initials.clear();
                self.initials.extend(initials(doc, m.tokens.clone()));
                Positions::add_owned(&mut self.acronyms, &self.initials, i, m);
                // a company's first word, as news calls it alone: "Peabody" of "Peabody Energy"
                let w = doc.word(first);
                if m.tokens.len() <= 3
                    && words::is_company_ending(doc.word(last))
                    && w.chars().count() >= 3
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !b.lexicon.is_given_name(w)
                    && !words::is_org_head(w)
                    && !words::is_place_head(w)
                {
                    Positions::add(&mut self.first_words, w, i, m);
                }
                return;
            }
            ActorType::Country => return,
        };
        Positions::add(map, key, i, m);
    }

    /// [`find`](Self::find) in one map.
    fn find_in(&self, map: ShortMap, word: &str, at: usize, n_tokens: usize) -> Option<usize> {
        let p = match map {
            ShortMap::Surname => &self.surnames,
            ShortMap::Given => &self.given,
            ShortMap::FirstWord => &self.first_words,
            ShortMap::Head => &self.heads,
            ShortMap::OrgTail => &self.org_tails,
        }
        .get(word)?;
        match map {
            ShortMap::Surname | ShortMap::Given | ShortMap::FirstWord => p.person(at, n_tokens),
            ShortMap::Head | ShortMap::OrgTail => p.nearest(at, n_tokens),
        }
        .map(|(_, i)| i)
    }

    /// [`find`](Self::find) for a surname where not every person named with it `fits`: the
    /// nearest if it fits, else the first named that fits.
    fn surname_fitting(
        &self,
        word: &str,
        at: usize,
        n_tokens: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let p = self.surnames.get(word)?;
        let (_, nearest) = p.person(at, n_tokens)?;
        if fits(nearest) {
            return Some(nearest);
        }
        std::iter::successors(p.by_start.first_from(0), |&(start, _)| {
            p.by_start.first_from(start + 1)
        })
        .map(|(_, i)| i)
        .find(|&i| fits(i))
    }

    /// The mention that `word` at token `at` shortens: the one ending nearest before `at`, else
    /// the one starting nearest after it; on a tie, the first added.
    fn find(&self, word: &str, at: usize, n_tokens: usize) -> Option<usize> {
        let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
        let mut best: Option<(usize, usize)> = None; // (distance, mention)
        let maps = [
            self.surnames.get(word).and_then(|p| p.person(at, n_tokens)),
            if acronym {
                self.acronyms
                    .get(word)
                    .and_then(|p| p.nearest(at, n_tokens))
            } else {
                None
            },
        ];
        for f in maps.into_iter().flatten() {
            if best.is_none_or(|b| f < b) {
                best = Some(f);
            }
        }
        best.map(|(_, i)| i)
    }
}

impl Positions {
    /// Records mention `i`, `m`, under `key`, a word of the text.
    fn add<'d>(map: &mut ShortMapOf<'d>, key: &'d str, i: usize, m: &Mention) {
        map.entry(Cow::Borrowed(key)).or_default().record(i, m);
    }

    /// Records mention `i`, `m`, under `key`, a word made for it: copied only where it is new
    /// (a name is mostly added again).
    fn add_owned(map: &mut ShortMapOf<'_>, key: &str, i: usize, m: &Mention) {
        match map.get_mut(key) {
            Some(p) => p.record(i, m),
            None => map
                .entry(Cow::Owned(key.to_string()))
                .or_default()
                .record(i, m),
        }
    }

    /// Records mention `i`, `m`, under this key.
    fn record(&mut self, i: usize, m: &Mention) {
        self.by_end.insert(m.tokens.end, i);
        self.by_start.insert(m.tokens.start, i);
        match self.first_actor {
            None => self.first_actor = Some(m.actor),
            Some(a) if a != m.actor => self.shared = true,
            Some(_) => {}
        }
    }

    /// [`nearest`](Self::nearest) for a person's surname or given name; where two people share
    /// it ("Tariq Haddad" and his father "Samir Haddad"), the one named first: news names the
    /// others in full.
    fn person(&self, at: usize, n_tokens: usize) -> Option<(usize, usize)> {
        let (distance, nearest) = self.nearest(at, n_tokens)?;
        let first = if self.shared {
            self.by_start.first().map_or(nearest, |(_, i)| i)
        } else {
            nearest
        };
        Some((distance, first))
    }

    /// (distance, mention) of the mention ending nearest before `at`, else of the one starting
    /// nearest after it (its distance past every one before).
    fn nearest(&self, at: usize, n_tokens: usize) -> Option<(usize, usize)> {
        match self.by_end.last_up_to(at) {
            Some((end, i)) => Some((at - end, i)),
            None => self
                .by_start
                .first_from(at)
                .map(|(start, i)| (start - at + n_tokens, i)),
        }
    }
}

/// An ordered map of token positions to mention indices in which the first value inserted for a
/// key stays. Most keys of [`Positions`] are recorded once: the first entry is kept apart from
/// the tree, which is allocated only for a second one.
#[derive(Default)]
struct FirstWins {
    first: Option<(usize, usize)>,
    more: BTreeMap<usize, usize>,
}

impl FirstWins {
    /// Inserts `value` at `key` unless the key has one.
    fn insert(&mut self, key: usize, value: usize) {
        match self.first {
            None => self.first = Some((key, value)),
            Some((k, _)) if k == key => {}
            Some(_) => {
                self.more.entry(key).or_insert(value);
            }
        }
    }

    /// The entry of the smallest key.
    fn first(&self) -> Option<(usize, usize)> {
        let more = self.more.first_key_value().map(|(&k, &v)| (k, v));
        [self.first, more]
            .into_iter()
            .flatten()
            .min_by_key(|&(k, _)| k)
    }

    /// The entry of the largest key up to `at`.
    fn last_up_to(&self, at: usize) -> Option<(usize, usize)> {
        let more = self.more.range(..=at).next_back().map(|(&k, &v)| (k, v));
        let first = self.first.filter(|&(k, _)| k <= at);
        [first, more].into_iter().flatten().max_by_key(|&(k, _)| k)
    }

    /// The entry of the smallest key from `at`.
    fn first_from(&self, at: usize) -> Option<(usize, usize)> {
        let more = self.more.range(at..).next().map(|(&k, &v)| (k, v));
        let first = self.first.filter(|&(k, _)| k >= at);
        [first, more].into_iter().flatten().min_by_key(|&(k, _)| k)
    }
}

/// A lone capitalised word inside a sentence that the article never writes in lower case and
/// that is no head noun: a name of its own ("Zentrova", "Hezbocorp"), not a capitalised common noun.
///
/// Left out: a word next to another capitalised word (the rest of a name the run did not take:
/// "Visual Studio", "Deputy Chief Constable"), a quoted word (a title or nickname: "Liberty"), a
/// word before a number (a product and its version: "Navigator 4") or before the thing it names
/// ("Shahed drones"), an adjective ("European", "Islamic") and the plural of another capitalised
/// word ("Zorbas").
fn lone_name(
    doc: &Document,
    single_words: &HashSet<&str>,
    lower_words: &HashSet<&str>,
    i: usize,
) -> bool {
    let w = doc.word(i);
    let n = doc.tokens.len();
    let next_to_caps = (i > 0 && doc.is_capitalized(i - 1)) || doc.is_capitalized(i + 1);
    let quoted = i > 0 && matches!(doc.tokens[i - 1].kind, Kind::Quote(_));
    let numbered = (i + 1 < n && doc.tokens[i + 1].kind == Kind::Number)
        || (i > 0 && doc.tokens[i - 1].kind == Kind::Number);
    let bracketed = i > 0 && doc.is_punct(i - 1, '[');
    // a model or brand before the thing it names: "Shahed drones"
    let equipment =
        i + 1 < n && doc.is_lowercase(i + 1) && contains(words::EQUIPMENT_NOUNS, doc.lower(i + 1));
    let adjective = ["an", "ic", "ist", "ish", "ese", "ern"]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s));
    // "Zorbas" and "Zorba": a thing counted, not a name
    let plural = || {
        w.strip_suffix('s')
            .is_some_and(|stem| single_words.contains(stem))
            || {
                // the word with an "s" after it, built on the stack
                let mut buf = [0u8; SHORT_LOWER];
                match buf.get_mut(..w.len() + 1) {
                    Some(with_s) => {
                        with_s[..w.len()].copy_from_slice(w.as_bytes());
                        with_s[w.len()] = b's';
                        std::str::from_utf8(with_s).is_ok_and(|p| single_words.contains(p))
                    }
                    None => single_words.contains(&format!("{w}s")[..]),
                }
            }
    };
    // a point of the compass: "East of the river"
    let compass = matches!(
        w,
        "North" | "South" | "East" | "West" | "Northeast" | "Northwest" | "Southeast" | "Southwest"
    );
    !doc.starts_sentence(i)
        && !compass
        && w.chars().count() >= 3
        && w.chars().skip(1).all(|ch| ch.is_lowercase())
        && !lower_words.contains(doc.lower(i))
        && !words::is_org_head(w)
        && !words::is_place_head(w)
        && !words::is_event_head(w)
        && !next_to_caps
        && !quoted
        && !numbered
        && !bracketed
        && !equipment
        && !words::is_religion_adjective(w)
        && !adjective
        && !plural()
}

/// Heads of the names of bodies named after someone, whose first word is then that person's
/// surname: "the Kessler Foundation", "the Dunmore Art Museum".
const EPONYM_HEADS: &[&str] = &["Foundation", "Museum", "Institute", "Institution"];

/// Common nouns that name a body's cause or ideal rather than a founder ("the Sunlight
/// Foundation", "the Leadership Institute", "the People Foundation"): capitalised in the name
/// and perhaps nowhere else in the article.
const CAUSE_WORDS: &[&str] = &[
    "Access",
    "Accountability",
    "Action",
    "Advocacy",
    "Aid",
    "Autism",
    "Awareness",
    "Breakthrough",
    "Bridge",
    "Bridges",
    "Cancer",
    "Care",
    "Change",
    "Charity",
    "Children",
    "Climate",
    "Community",
    "Compassion",
    "Conservation",
    "Culture",
    "Cure",
    "Democracy",
    "Design",
    "Development",
    "Dignity",
    "Discovery",
    "Diversity",
    "Dream",
    "Dreams",
    "Earth",
    "Education",
    "Energy",
    "Enterprise",
    "Environment",
    "Equality",
    "Equity",
    "Ethics",
    "Faith",
    "Families",
    "Family",
    "Food",
    "Freedom",
    "Future",
    "Futures",
    "Gateway",
    "Growth",
    "Harmony",
    "Health",
    "Heart",
    "Heritage",
    "History",
    "Hope",
    "Horizon",
    "Horizons",
    "Humanity",
    "Impact",
    "Innovation",
    "Integrity",
    "Justice",
    "Kids",
    "Knowledge",
    "Land",
    "Leadership",
    "Legacy",
    "Liberty",
    "Life",
    "Light",
    "Literacy",
    "Media",
    "Mercy",
    "Music",
    "Nature",
    "Ocean",
    "Oceans",
    "Opportunity",
    "Partnership",
    "Peace",
    "People",
    "Planet",
    "Policy",
    "Progress",
    "Promise",
    "Prosperity",
    "Recovery",
    "Reform",
    "Relief",
    "Rescue",
    "Research",
    "Resilience",
    "Science",
    "Security",
    "Solidarity",
    "Space",
    "Spirit",
    "Sunlight",
    "Sunshine",
    "Technology",
    "Tolerance",
    "Transparency",
    "Trust",
    "Truth",
    "Unity",
    "Veterans",
    "Vision",
    "Water",
    "Wellbeing",
    "Wellness",
    "Wildlife",
    "Wisdom",
    "Women",
    "World",
    "Youth",
];

/// Whether the name of a body of two or three words opens with the surname of the person it is
/// named after: its head names bodies after people (`EPONYM_HEADS`), a word between is one the
/// article writes in lower case ("Art" of "the Dunmore Art Museum"; a museum's only), and the
/// name does not end a longer one ("Cinema for Peace Foundation"); the first word is a
/// name, not a word the article writes in lower case ("the Science Museum"), an adjective ("the
/// National Museum", "the Polish Institute"), a word in capitals, a head of its own or a noun
/// naming a cause (`CAUSE_WORDS`: "the Sunlight Foundation").
fn eponym(doc: &Document, lower: &LowerWords, tokens: Range<usize>) -> bool {
    let s = tokens.start;
    let w = doc.word(s);
    let adjective = ["an", "ic", "ish", "ese", "al", "ern", "ive", "ous", "ary"]
        .iter()
        .any(|x| w.ends_with(x));
    let head = doc.word(tokens.end - 1);
    // a field between is a museum's ("Art"); a foundation's or an institute's is its cause, the
    // word before it no name ("the Free Software Foundation")
    let between = match tokens.len() {
        2 => true,
        3 => head == "Museum" && doc.is_capitalized(s + 1) && lower.writes(doc, doc.lower(s + 1)),
        _ => false,
    };
    // the end of a longer name: "Cinema for Peace Foundation"
    let inside = s > 0 && matches!(doc.word(s - 1), "for" | "of" | "on" | "and" | "&");
    contains(EPONYM_HEADS, head)
        && between
        && !inside
        && w.is_ascii()
        && w.len() >= 3
        && doc.is_capitalized(s)
        && w.chars().skip(1).all(|ch| ch.is_ascii_lowercase())
        && !adjective
        && !contains(CAUSE_WORDS, w)
        && !lower.writes(doc, doc.lower(s))
        && !words::is_function_word(w)
        && !words::is_org_head(w)
        && !words::is_place_head(w)
        && !words::is_event_head(w)
}

/// The kind of a lone word opening a sentence that an apposition right after it describes:
/// "Kelvix, a cybersecurity firm, said", "MORVELLA, the maker of", "Ostrova, a veteran
/// diplomat,": a body or a person; not a common word ("Meanwhile, a", "Yesterday, the") nor one
/// the article writes in lower case.
fn described_opener(
    doc: &Document,
    lexicon: &Lexicon,
    lower_words: &HashSet<&str>,
    i: usize,
) -> Option<ActorType> {
    let w = doc.word(i);
    // ("Publicly, the nominee")
    let common = w.ends_with("ly")
        || words::is_function_word(w)
        || words::is_not_name(w)
        || lower_words.contains(doc.lower(i))
        || words::is_org_head(w)
        || words::is_place_head(w)
        || words::is_event_head(w);
    if w.chars().count() < 3 || common {
        return None;
    }
    described_by_apposition(doc, lexicon, i + 1)
}

/// The kind of a proper name that its context left open: a person when it opens with a given name
/// or its last word is used alone elsewhere (news refers to people by surname), an organisation
/// when it is an acronym or a longer name; a lone capitalised word that is none of these is dropped.
fn unknown_kind(
    doc: &Document,
    lexicon: &Lexicon,
    single_words: &HashSet<&str>,
    lower_words: &HashSet<&str>,
    c: &Candidate,
) -> Option<ActorType> {
    let first = doc.word(c.tokens.start);
    let last = doc.word(c.tokens.end - 1);
    if lexicon.is_given_name(first) {
        return Some(ActorType::Person);
    }
    // "NAME, a ferry operator,": a body by the noun describing it (not a name opening with a
    // given name, nor a noun of a trade a person plies: "NAME, a policy maker,", "a developer")
    let trade = || {
        (c.tokens.end + 1..(c.tokens.end + 9).min(doc.tokens.len()))
            .take_while(|&k| doc.is_word(k) || doc.is_punct(k, '-'))
            .any(|k| matches!(doc.lower(k), "maker" | "developer" | "producer"))
    };
    if c.tokens.len() >= 2
        && described_by_apposition(doc, lexicon, c.tokens.end) == Some(ActorType::Organization)
        && !trade()
    {
        return Some(ActorType::Organization);
    }
    let letters = || last.chars().filter(|ch| ch.is_alphabetic());
    let acronym =
        letters().count() >= 2 && letters().all(char::is_uppercase) && last.chars().count() <= 6;
    if c.tokens.len() == 1 {
        // a product and its version ("ZX81", "F16") is no actor
        let versioned = last.chars().last().is_some_and(|ch| ch.is_ascii_digit());
        // a word in capitals that the article also writes in lower case is shouted, not an
        // acronym ("we will be GREAT again")
        let shouted = lower_words.contains(doc.lower(c.tokens.start));
        if acronym || versioned {
            return (acronym && !versioned && !shouted).then_some(ActorType::Organization);
        }
        return lone_name(doc, single_words, lower_words, c.tokens.start)
            .then_some(ActorType::Organization);
    }
    // an event, award, law or work ("World Cup", "Clean Air Act") is no actor, nor one of a
    // numbered series ("Great War II", "Harvest Festival 2")
    let numbered = c.tokens.len() >= 3 && numeral(last);
    if words::is_event_head(last) || (numbered && words::is_event_head(doc.word(c.tokens.end - 2)))
    {
        return None;
    }
    // (read only where the name does not already read as a person's)
    let surname_alone = || {
        let all_words = c
            .tokens
            .clone()
            .all(|t| doc.is_word(t) && doc.word(t).chars().any(char::is_lowercase));
        all_words && c.tokens.len() <= 3 && single_words.contains(last)
    };
    // two or three capitalised words none of which the article writes in lower case
    // ("Joost Verhaegen", not "Science Fair" where the text says "science")
    let name_like = c.tokens.len() <= 5
        && c.tokens.clone().filter(|&t| doc.is_word(t)).count() <= 3
        && c.tokens.clone().all(|t| {
            // "Baek Seung-Ho": the hyphen inside a name
            (doc.is_punct(t, '-') && t > c.tokens.start && doc.tokens[t].joined)
                // "Arnel dela Vega", "Juan de la Cruz": a particle inside a name
                || (t > c.tokens.start
                    && doc.is_lowercase(t)
                    && words::is_name_particle(doc.word(t)))
                || doc.is_capitalized(t)
                && !doc.word(t).contains('.')
                && !lower_words.contains(doc.lower(t))
                && !words::is_place_head(doc.word(t))
                // "Verhaegen", "Seung-Ho"; not "DreamWorks"
                && doc
                    .word(t)
                    .split('-')
                    .all(|part| part.chars().skip(1).all(|ch| !ch.is_uppercase()))
        });
    // a name does not open with an adjective: "Tactical Offensive", "Grateful Pilgrims"
    let adjective_first = {
        let w = doc.lower(c.tokens.start);
        [
            "ful", "ive", "ous", "able", "ible", "bal", "nal", "ral", "cal", "tal", "ern", "est",
        ]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
    };
    if (name_like && !adjective_first) || surname_alone() {
        Some(ActorType::Person)
    } else {
        Some(ActorType::Organization)
    }
}

/// Whether a sector noun written as a name after a town's is instead the name of a team or a
/// company ("the Denver Jets", "the Oakdale Senators"): a capitalised plural of one word that
/// is no body's head (a town's own bodies are named by one: "Kent Police", "Oakdale Council", "Ohio National
/// Guard").
fn team_name(doc: &Document, tokens: Range<usize>) -> bool {
    let head = doc.word(tokens.start);
    tokens.len() == 1
        && head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !words::is_org_head(head)
}

/// The token after at most two adverbs of time or sequence that stand between a subject and its
/// verb ("The Kremlin also said", "Kyiv later denied"), or after the aside ", however," ("Moscow,
/// however, said"): `after` itself when none stands there.
fn after_subject_adverbs(doc: &Document, after: usize) -> usize {
    let n = doc.tokens.len();
    let mut k = after;
    if k + 2 < n && doc.is_punct(k, ',') && doc.is(k + 1, "however") && doc.is_punct(k + 2, ',') {
        return k + 3;
    }
    while k < n
        && k < after + 2
        && doc.is_lowercase(k)
        && matches!(
            doc.word(k),
            "also"
                | "later"
                | "then"
                | "again"
                | "further"
                | "earlier"
                | "previously"
                | "recently"
                | "repeatedly"
                | "separately"
                | "still"
                | "already"
                | "swiftly"
                | "quickly"
                | "publicly"
                | "formally"
                | "officially"
        )
    {
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use crate::actors::test_support::document_and_actors;
    use crate::actors::Actors;
    use crate::lexicon::Lexicon;
    use crate::model::ActorType;
    use crate::text::Document;

    #[test]
    fn first_wins_answers_as_an_ordered_map_keeping_the_first_value() {
        use std::collections::BTreeMap;
        // keys in a scrambled order, some repeated with another value
        let mut x = 7usize;
        for len in [0, 1, 2, 3, 40] {
            let mut map = BTreeMap::new();
            let mut fw = super::FirstWins::default();
            for v in 0..len {
                x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
                let key = x % 23;
                map.entry(key).or_insert(v);
                fw.insert(key, v);
            }
            let first = map.iter().next().map(|(&k, &v)| (k, v));
            assert_eq!(fw.first(), first);
            for at in 0..25 {
                let up_to = map.range(..=at).next_back().map(|(&k, &v)| (k, v));
                let from = map.range(at..).next().map(|(&k, &v)| (k, v));
                assert_eq!(fw.last_up_to(at), up_to, "{len} {at}");
                assert_eq!(fw.first_from(at), from, "{len} {at}");
            }
        }
    }

    /// (mention text, actor name, actor type) of every mention, and the places.
    fn analyze(text: &str) -> (Vec<(String, String, ActorType)>, Vec<String>) {
        let (found, places) = crate::actors::test_support::analyzed(text);
        let mentions = found.into_iter().map(|(t, n, k, _)| (t, n, k)).collect();
        (mentions, places.into_iter().map(|(name, _)| name).collect())
    }

    fn actor_of<'a>(
        mentions: &'a [(String, String, ActorType)],
        text: &str,
    ) -> Option<&'a (String, String, ActorType)> {
        mentions.iter().find(|m| m.0 == text)
    }

    /// The actor names of every mention written `text`, in order.
    fn actors_written<'a>(mentions: &'a [(String, String, ActorType)], text: &str) -> Vec<&'a str> {
        mentions
            .iter()
            .filter(|m| m.0 == text)
            .map(|m| m.1.as_str())
            .collect()
    }

    /// The texts of the mentions of the place named `name`.
    fn place_texts<'a>(doc: &Document<'a>, actors: &Actors, name: &str) -> Vec<&'a str> {
        actors
            .places
            .iter()
            .filter(|p| p.name == name)
            .flat_map(|p| p.mentions.iter().map(|m| doc.span_text(m.clone())))
            .collect()
    }

    /// The type of the actor of the first mention written `text`.
    fn type_of(mentions: &[(String, String, ActorType)], text: &str) -> Option<ActorType> {
        actor_of(mentions, text).map(|a| a.2)
    }

    #[test]
    fn a_companys_first_word_alone_is_the_company() {
        let (m, _) = analyze(
            "Peabody Energy said on Tuesday it would close two mines in Wyoming. Shares of \
             Peabody fell 4 percent. Peabody said the closures would cost 300 jobs. Kestrel \
             Foods reported higher profits, and analysts said Kestrel would open a plant.",
        );
        assert_eq!(
            type_of(&m, "Peabody Energy"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert_eq!(
            actors_written(&m, "Peabody"),
            ["Peabody Energy", "Peabody Energy"],
            "{m:?}"
        );
        assert_eq!(actors_written(&m, "Kestrel"), ["Kestrel Foods"], "{m:?}");
        // an organisation of no trade keeps its first word apart, and a person's surname
        // stays the person's
        let (m, _) = analyze(
            "The Carver Institute published a report. Critics of Carver said it was thin. \
             Dana Walton of Walton Holdings said Walton would appeal.",
        );
        assert_ne!(
            actor_of(&m, "Carver").map(|a| a.1.as_str()),
            Some("Carver Institute"),
            "{m:?}"
        );
        assert_eq!(actors_written(&m, "Walton"), ["Dana Walton"], "{m:?}");
    }

    #[test]
    fn outlets_parties_and_firms_of_one_country_stay_apart() {
        for (text, a, b) in [
            (
                "Defense News and Military Times both reported the test.",
                "Defense News",
                "Military Times",
            ),
            (
                "Goldman Sachs hired two analysts from Morgan Stanley.",
                "Goldman Sachs",
                "Morgan Stanley",
            ),
            (
                "The House of Lords sent the bill back to the House of Commons.",
                "House of Lords",
                "House of Commons",
            ),
        ] {
            let (m, _) = analyze(text);
            let (x, y) = (actor_of(&m, a), actor_of(&m, b));
            assert!(x.is_some() && y.is_some(), "{text}: {m:?}");
            assert_ne!(x.map(|x| &x.1), y.map(|y| &y.1), "{text}");
        }
    }

    #[test]
    fn a_bodys_name_with_a_connector_and_its_head_alone_are_one_body() {
        let (m, _) = analyze(
            "The House of Representatives voted on Monday. The speaker said the House would \
             act.",
        );
        let full = actor_of(&m, "House of Representatives").map(|a| &a.1);
        assert!(full.is_some(), "{m:?}");
        assert_eq!(actor_of(&m, "House").map(|a| &a.1), full, "{m:?}");
    }

    #[test]
    fn a_bodys_name_without_its_tail_is_the_same_body() {
        let (m, _) = analyze(
            "The Harbour Trust for Seabirds opened a shelter. The Harbour Trust said it would \
             stay open. The Federal Ministry of Health and the Federal Ministry of Finance \
             disagreed, and the Federal Ministry did not comment.",
        );
        let trust = actor_of(&m, "Harbour Trust").map(|a| a.1.as_str());
        assert_eq!(trust, Some("Harbour Trust for Seabirds"), "{m:?}");
        // two tails: the short name is neither
        let finance = actor_of(&m, "Federal Ministry of Finance").map(|a| &a.1);
        let bare = actor_of(&m, "Federal Ministry").map(|a| &a.1);
        assert!(finance.is_some() && bare != finance, "{m:?}");
    }

    #[test]
    fn a_country_before_a_groups_fighters_shares_no_noun() {
        let (m, _) = analyze("In Yemen, Houthi rebels fired two missiles at a ship.");
        assert_eq!(type_of(&m, "Yemen"), Some(ActorType::Country));
        assert_ne!(
            actor_of(&m, "Yemen").map(|a| &a.1),
            actor_of(&m, "Houthi rebels").map(|a| &a.1),
            "{m:?}"
        );
    }

    #[test]
    fn conjoined_countries_share_a_sector_noun() {
        let (m, _) = analyze("Indian and Pakistani troops exchanged fire along the border.");
        let names: Vec<_> = ["Indian", "Pakistani troops"]
            .iter()
            .map(|t| actor_of(&m, t).map(|a| a.1.as_str()))
            .collect();
        assert_eq!(names, [Some("Indian troops"), Some("Pakistan Army")]);
        let (m, _) = analyze("Canadian, British and French forces left the base.");
        let names: Vec<_> = ["Canadian", "British", "French forces"]
            .iter()
            .map(|t| actor_of(&m, t).map(|a| a.1.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                Some("Canadian forces"),
                Some("British forces"),
                Some("French Armed Forces")
            ]
        );
    }

    #[test]
    fn a_title_for_a_body_in_an_apposition_gives_the_bodys_code() {
        for (text, code) in [
            (
                "Karim Nassar, a spokesman for Hezbollah, denied the report.",
                "LBNINSHEZ",
            ),
            (
                "Karim Nassar, a spokesman for the Syrian army, denied the report.",
                "SYRMIL",
            ),
        ] {
            assert_eq!(
                code_of(text, "Karim Nassar").as_deref(),
                Some(code),
                "{text}"
            );
        }
    }

    #[test]
    fn an_outlets_name_that_is_a_named_persons_surname_is_the_person() {
        let text = "Michael Bloomberg opened an office in Ohio. Bloomberg then toured a factory.";
        let (m, _) = analyze(text);
        assert_eq!(
            actor_of(&m, "Bloomberg").map(|a| a.1.as_str()),
            Some("Michael Bloomberg"),
            "{m:?}"
        );
        for text in [
            "Michael Bloomberg opened an office. An aide told Bloomberg the office was closed.",
            "Michael Bloomberg opened an office. Bloomberg reported that the office was closed.",
            "Bloomberg reported that the office was closed.",
        ] {
            let (m, _) = analyze(text);
            assert_eq!(
                actor_of(&m, "Bloomberg").map(|a| a.1.as_str()),
                Some("Bloomberg News"),
                "{text}: {m:?}"
            );
        }
    }

    #[test]
    fn a_country_before_and_and_a_persons_name_is_no_body() {
        let (m, _) = analyze(
            "Leaders Angela Merkel of Germany and Emmanuel Macron of France toured the port.",
        );
        assert_eq!(
            actor_of(&m, "Germany").map(|a| (a.1.as_str(), a.2)),
            Some(("Germany", ActorType::Country)),
            "{m:?}"
        );
    }

    #[test]
    fn a_capital_after_a_preposition_of_relations_is_its_government() {
        for text in [
            "Relations with Washington have soured, Beijing said.",
            "The European Union imposed sanctions against Washington.",
            "Iran hit out at Washington on Monday.",
        ] {
            let (m, places) = analyze(text);
            assert_eq!(
                actor_of(&m, "Washington").map(|a| a.1.as_str()),
                Some("United States"),
                "{text}"
            );
            assert!(places.is_empty(), "{text}: {places:?}");
        }
        let (m, places) = analyze("Kerry flew to Washington. Talks were held in Washington.");
        assert!(actor_of(&m, "Washington").is_none());
        assert_eq!(places, ["Washington"]);
    }

    #[test]
    fn a_surname_after_a_locative_is_the_person_not_a_place() {
        let (m, places) = analyze(
            "Greta Ostrander designed the exhibit. Visitors flocked to Ostrander after the talk.",
        );
        assert_eq!(
            actor_of(&m, "Ostrander").map(|a| a.1.as_str()),
            Some("Greta Ostrander")
        );
        assert!(!places.iter().any(|p| p == "Ostrander"), "{places:?}");
    }

    #[test]
    fn a_given_name_alone_refers_to_the_person_named_in_full() {
        let (m, _) = analyze(
            "Tariq Haddad, 15, was detained at his school on Monday. Police later said Tariq \
             had broken no law.",
        );
        assert_eq!(
            actor_of(&m, "Tariq").map(|a| a.1.as_str()),
            Some("Tariq Haddad")
        );
    }

    #[test]
    fn a_full_name_and_a_longer_run_ending_in_it_are_one_person() {
        let (m, _) = analyze(
            "The club posted a video of Olympian Greta Lindahl on Monday. Greta Lindahl has not \
             commented on the video.",
        );
        let a = actor_of(&m, "Olympian Greta Lindahl").map(|a| a.1.clone());
        let b = actor_of(&m, "Greta Lindahl").map(|a| a.1.clone());
        assert!(a.is_some() && a == b, "{m:?}");
    }

    #[test]
    fn the_head_noun_alone_refers_to_the_organisation() {
        let (m, _) = analyze(
            "Critics of the Church of Valdoria met on Sunday. The Church has not responded to \
             their claims.",
        );
        assert_eq!(
            actor_of(&m, "Church").map(|a| a.1.as_str()),
            Some("Church of Valdoria")
        );
        let (m, _) = analyze(
            "Protesters gathered at the Kenyan Embassy in the capital. Staff at the Embassy \
             stayed inside.",
        );
        assert_eq!(
            actor_of(&m, "Embassy").map(|a| a.1.as_str()),
            Some("Kenyan Embassy"),
            "{m:?}"
        );
    }

    #[test]
    fn countries_next_to_a_match_score_are_national_teams() {
        let (m, _) =
            analyze("Group C: Norway 2 – 1 Chile. Norway had more of the ball in the first half.");
        assert_eq!(type_of(&m, "Norway"), Some(ActorType::Organization));
        let (m, _) = analyze("Russia said on Tuesday that Ukraine had shelled the town.");
        assert_eq!(type_of(&m, "Russia"), Some(ActorType::Country));
    }

    #[test]
    fn capitalised_words_the_text_also_writes_in_lower_case_are_not_a_person() {
        let (m, _) = analyze(
            "The girl entered the Google Science Fair. She likes science. Joost Verhaegen \
             scored in the second half.",
        );
        assert_eq!(type_of(&m, "Joost Verhaegen"), Some(ActorType::Person));
        assert_ne!(type_of(&m, "Science Fair"), Some(ActorType::Person));
    }

    #[test]
    fn a_person_noun_before_a_name_makes_it_a_person() {
        let (m, _) = analyze("The exhibit includes portraits of actor Corwin Ashby and others.");
        assert_eq!(type_of(&m, "Corwin Ashby"), Some(ActorType::Person));
    }

    #[test]
    fn a_caption_line_still_names_its_photographer() {
        let (m, _) = analyze(
            "Crowds gathered in Lisbon on Saturday.\n\nDancers In Red Masks And Paper \
             Lanterns Image: Lena Markovic.\n\nThe parade ran all weekend.",
        );
        assert_eq!(type_of(&m, "Lena Markovic"), Some(ActorType::Person));
    }

    #[test]
    fn events_awards_and_versioned_products_are_not_actors() {
        let (m, _) = analyze(
            "Marco Bellini scored twice at the World Cup on Monday. Users of ZX81 were told to \
             upgrade.",
        );
        assert!(actor_of(&m, "World Cup").is_none(), "{m:?}");
        assert!(actor_of(&m, "ZX81").is_none(), "{m:?}");
        assert!(actor_of(&m, "Marco Bellini").is_some(), "{m:?}");
        // laws and their amendments
        let (m, _) = analyze(
            "The Senate passed the Rural Broadband Bill. Judge Ana Lima cited the Fourteenth \
             Amendment, and Bill Moreno said the Farm Labor Law was unfair.",
        );
        for law in [
            "Rural Broadband Bill",
            "Fourteenth Amendment",
            "Farm Labor Law",
        ] {
            assert!(actor_of(&m, law).is_none(), "{law}: {m:?}");
        }
        assert_eq!(type_of(&m, "Bill Moreno"), Some(ActorType::Person));
        let (m, _) = analyze(
            "Halvorsen Labs said users of Windows XP, Kestrel Linux and Firefox should update. \
             Firefox is made by Mozilla.",
        );
        assert!(
            ["Windows XP", "Kestrel Linux", "Firefox"]
                .iter()
                .all(|p| actor_of(&m, p).is_none()),
            "{m:?}"
        );
        assert!(actor_of(&m, "Halvorsen Labs").is_some(), "{m:?}");
    }

    #[test]
    fn the_protesters_of_an_article_are_one_group_apart_from_the_opposition_parties() {
        let text = "Thousands marched through Tarsova, Serbia on Sunday. Police fired tear gas at \
                    protesters near the harbour. Some protesters threw bottles. Later the \
                    protesters left the square, and opposition parties blamed the police.";
        let (doc, actors) = document_and_actors(text);
        let of = |word: &str| {
            let mut found: Vec<usize> = actors
                .mentions
                .iter()
                .filter(|m| doc.span_text(m.tokens.clone()).ends_with(word))
                .map(|m| m.actor)
                .collect();
            found.dedup();
            found
        };
        let protesters = of("protesters");
        assert_eq!(protesters.len(), 1, "{protesters:?}");
        assert!(!of("parties").contains(&protesters[0]));
    }

    #[test]
    fn a_countrys_name_that_is_a_us_states_among_us_places_is_the_state() {
        let text = "The senators of Ohio, Georgia and Nevada met in Washington on Monday.";
        let (doc, actors) = document_and_actors(text);
        assert!(place_texts(&doc, &actors, "Georgia").contains(&"Georgia"));
        let (m, _) = analyze(text);
        assert!(actor_of(&m, "Georgia").is_none(), "{m:?}");
        // the country, named also by its capital or listed with countries
        let (m, _) = analyze("Georgia sent troops to Tbilisi's border. Georgia said so.");
        assert_eq!(type_of(&m, "Georgia"), Some(ActorType::Country), "{m:?}");
        let (m, _) = analyze(
            "Troops crossed into Georgia on Friday. In Washington, the State Department \
             condemned the attack.",
        );
        assert_eq!(type_of(&m, "Georgia"), Some(ActorType::Country), "{m:?}");
        // of a US office: "a congressman from Georgia", "Sen. NAME of Georgia"
        let (m, _) = analyze(
            "Sen. Ada Quill of Georgia spoke in Ohio on Monday, and a congressman from Georgia \
             joined her.",
        );
        assert!(actor_of(&m, "Georgia").is_none(), "{m:?}");
        let (m, _) = analyze(
            "President Vano Beridze of Georgia met the Ohio delegation in Tbilisi on Monday.",
        );
        assert_eq!(type_of(&m, "Georgia"), Some(ActorType::Country), "{m:?}");
        let (m, _) = analyze("A firm in Ohio lobbied for Armenia, Georgia and Moldova.");
        assert_eq!(type_of(&m, "Georgia"), Some(ActorType::Country), "{m:?}");
    }

    #[test]
    fn a_legislative_council_of_the_lexicon_is_a_legislature() {
        let text = "Members of Hong Kong's Legislative Council walked out on Wednesday.";
        assert_eq!(
            code_of(text, "Legislative Council").as_deref(),
            Some("HKGLEG")
        );
    }

    #[test]
    fn a_conjunctive_adverb_opening_a_sentence_is_no_name() {
        let (m, _) = analyze(
            "Voters do not choose the mayor. Rather, the leader of the largest group on the \
             council takes the post. Further talks may follow, officials in Delmont said.",
        );
        assert!(actor_of(&m, "Rather").is_none(), "{m:?}");
        assert!(actor_of(&m, "Further").is_none(), "{m:?}");
    }

    #[test]
    fn a_numbered_event_is_no_actor() {
        let (m, _) = analyze(
            "Ada Brandt, 91, served as a nurse during World War II and later taught in Lyon. \
             The Delmont Veterans Association met on Sunday.",
        );
        assert!(actor_of(&m, "World War II").is_none(), "{m:?}");
        assert!(actor_of(&m, "Ada Brandt").is_some(), "{m:?}");
        assert!(
            actor_of(&m, "Delmont Veterans Association").is_some(),
            "{m:?}"
        );
    }

    #[test]
    fn and_the_separates_two_organisation_names() {
        let (m, _) = analyze(
            "She grew up in Oakdale, Ohio. Both the Oakdale Unified School District and the \
             Oakdale Police Department defended the decision.",
        );
        assert!(actor_of(&m, "Oakdale Police Department").is_some(), "{m:?}");
    }

    #[test]
    fn a_town_named_alone_is_mentioned_in_the_names_it_opens() {
        let (doc, actors) = document_and_actors(
            "She grew up in Oakdale, Ohio. The Oakdale Police Department defended the decision.",
        );
        assert_eq!(
            place_texts(&doc, &actors, "Oakdale"),
            ["Oakdale", "Oakdale"]
        );
        // a name the article never gives alone is no place there
        let (_, places) = analyze("The Brookfield Police Department defended the decision.");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_site_named_after_a_town_is_a_place_of_its_own() {
        let (doc, actors) = document_and_actors(
            "Fans filled the Kazan Arena before the final. Kazan was quiet on Monday.",
        );
        let texts = |name: &str| place_texts(&doc, &actors, name);
        assert_eq!(texts("Kazan Arena"), ["Kazan Arena"]);
        assert_eq!(texts("Kazan"), ["Kazan", "Kazan"]);
        // a region head names the place itself; written in lower case, it is no part of the name
        let (_, places) = analyze("Shelling hit Idlib Province on Monday.");
        assert_eq!(places, ["Idlib Province"]);
        let (doc, actors) = document_and_actors("Shelling hit Homs province on Monday.");
        let spans: Vec<_> = actors.places[0]
            .mentions
            .iter()
            .map(|m| doc.span_text(m.clone()))
            .collect();
        assert_eq!(spans, ["Homs"]);
    }

    #[test]
    fn a_name_after_a_place_noun_and_of_is_a_place() {
        let (m, places) = analyze(
            "Fighters stormed the town of Um Velari on Tuesday and shelled the outskirts of \
             Dravik.",
        );
        assert_eq!(places, ["Um Velari", "Dravik"], "{m:?}");
        // the only actor is the common noun that acts
        let names: Vec<&str> = m.iter().map(|a| a.1.as_str()).collect();
        assert_eq!(names, ["fighters"], "{m:?}");
        // opening the sentence, the phrase names the body that acts
        let (_, places) = analyze("The city of Dravik is suing the company.");
        assert!(places.is_empty(), "{places:?}");
        // a local government's name holds its town's name
        let (m, places) = analyze("Requests came from the Municipality of Varenzo on Monday.");
        assert_eq!(places, ["Varenzo"], "{m:?}");
        assert_eq!(
            type_of(&m, "Municipality of Varenzo"),
            Some(ActorType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn a_region_before_a_name_ending_in_its_head_is_one_organisation() {
        let (m, places) = analyze(
            "Rebels of the Kivu Popular Liberation Front seized the mining hub of Rubenga on \
             Sunday.",
        );
        // an armed group, by its name
        assert_eq!(
            type_of(&m, "Kivu Popular Liberation Front"),
            Some(ActorType::Group),
            "{m:?}"
        );
        assert_eq!(places, ["Rubenga", "Kivu"], "{m:?}");
    }

    #[test]
    fn an_acronym_next_to_a_title_or_a_speech_verb_is_a_body() {
        let (m, _) = analyze(
            "The army seized the airport, the state broadcaster ORTV reported. The news agency \
             KVN said the border was closed.",
        );
        for name in ["ORTV", "KVN"] {
            assert_eq!(
                type_of(&m, name),
                Some(ActorType::Organization),
                "{name}: {m:?}"
            );
        }
    }

    #[test]
    fn a_capital_before_a_modal_or_did_is_its_government() {
        for text in [
            "Moscow did not comment on the strike.",
            "Kyiv will respond to the attack, officials said.",
        ] {
            let (m, places) = analyze(text);
            assert!(places.is_empty(), "{text}: {places:?}");
            assert!(m.iter().any(|m| m.2 == ActorType::Country), "{text}: {m:?}");
        }
    }

    #[test]
    fn initials_before_a_surname_name_a_person() {
        let (m, _) = analyze("The ruling was welcomed by K.L. Mercer in a statement.");
        assert_eq!(type_of(&m, "K.L. Mercer"), Some(ActorType::Person));
        // initials written apart
        let (m, _) = analyze("The ruling was welcomed by J. R. Halvorsen in a statement.");
        assert_eq!(
            type_of(&m, "J. R. Halvorsen"),
            Some(ActorType::Person),
            "{m:?}"
        );
    }

    #[test]
    fn a_hyphen_before_a_common_word_ends_a_name() {
        let (m, _) = analyze(
            "Pupils wore a Zentrova T-shirt at the Kalvik-based school. Fans cheered Yoon Ha-jin \
             on Sunday.",
        );
        assert!(
            m.iter()
                .all(|m| !m.0.contains("shirt") && !m.0.contains("based")),
            "{m:?}"
        );
        assert!(actor_of(&m, "Yoon Ha-jin").is_some(), "{m:?}");
        // a place head first does not make a place of a name: "Park" is a family name here
        let (m, places) = analyze("The coach sent on Park Ji-ho in the second half.");
        assert_eq!(type_of(&m, "Park Ji-ho"), Some(ActorType::Person), "{m:?}");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_shadow_title_is_another_office() {
        let (m, _) = analyze(
            "Defence Secretary Mara Quill defended the plan. Shadow Defence Secretary Tom Avery \
             criticised it. The Defence Secretary later said the plan would stay.",
        );
        let titles: Vec<_> = m
            .iter()
            .filter(|m| m.0 == "Defence Secretary")
            .map(|m| m.1.as_str())
            .collect();
        assert_eq!(titles.last(), Some(&"Mara Quill"), "{m:?}");
        // a shadow minister is of the opposition
        let text = "British Shadow Home Secretary Tom Avery criticised the plan.";
        assert_eq!(code_of(text, "Tom Avery").as_deref(), Some("GBROPP"));
    }

    #[test]
    fn an_organisation_head_of_a_known_place_is_one_name() {
        let (m, _) = analyze("He is head of research at the University of Nebraska.");
        assert_eq!(
            type_of(&m, "University of Nebraska"),
            Some(ActorType::Organization)
        );
    }

    #[test]
    fn a_home_nation_next_to_a_score_is_a_team_and_a_mosque_a_place() {
        let (m, _) = analyze("Group B: Scotland 0 – 3 Peru. Scotland had less of the ball.");
        assert_eq!(type_of(&m, "Scotland"), Some(ActorType::Organization));
        let (_, places) = analyze("A wall fell near the Ridgeway Mosque in Leeds on Friday.");
        assert!(places.iter().any(|p| p == "Ridgeway Mosque"), "{places:?}");
    }

    #[test]
    fn a_known_surname_followed_by_another_name_is_a_given_name() {
        let (m, _) = analyze(
            "\u{201c}Growth will slow,\u{201d} wrote Cameron Whitlock for Harbor Analytics. David \
             Cameron did not comment.",
        );
        assert_eq!(
            type_of(&m, "Harbor Analytics"),
            Some(ActorType::Organization)
        );
        assert_eq!(type_of(&m, "Cameron Whitlock"), Some(ActorType::Person));
        assert!(actor_of(&m, "David Cameron").is_some(), "{m:?}");
        // a town's or a country's name that is also a given name, before a surname
        let (m, places) = analyze(
            "Kent Marlowe said the Jordan Valley was calm. Jordan Pike agreed, and flew to \
             Jordan from Kent.",
        );
        assert_eq!(type_of(&m, "Kent Marlowe"), Some(ActorType::Person));
        assert_eq!(type_of(&m, "Jordan Pike"), Some(ActorType::Person));
        assert_eq!(type_of(&m, "Jordan"), Some(ActorType::Country));
        assert!(
            places.iter().any(|p| p == "Jordan Valley") && places.iter().any(|p| p == "Kent"),
            "{places:?}"
        );
    }

    #[test]
    fn the_head_before_a_connector_alone_refers_to_the_organisation() {
        let (m, _) = analyze(
            "Nasser Qadri of the Tessaly Center for Strategic Studies said talks could resume. \
             The Center has advised the government.",
        );
        assert_eq!(
            actor_of(&m, "Center").map(|a| a.1.as_str()),
            Some("Tessaly Center for Strategic Studies")
        );
    }

    #[test]
    fn the_name_after_of_alone_refers_to_the_organisation() {
        let (m, _) = analyze(
            "Protesters gathered outside the Church of Valdoria on Sunday. Critics of \
             Valdoria say the group harasses them.",
        );
        assert_eq!(
            actor_of(&m, "Valdoria").map(|a| a.1.as_str()),
            Some("Church of Valdoria")
        );
    }

    #[test]
    fn hyphenated_given_names_and_foreign_heads() {
        let (m, _) = analyze(
            "The pass found Baek Seung-Ho in the second half. The request came from the \
             Instituto Bellavista in Turin.",
        );
        assert_eq!(type_of(&m, "Baek Seung-Ho"), Some(ActorType::Person));
        assert_eq!(
            type_of(&m, "Instituto Bellavista"),
            Some(ActorType::Organization)
        );
    }

    #[test]
    fn a_lone_head_noun_also_written_in_lower_case_is_no_actor() {
        let (m, _) = analyze(
            "The university opened the show. University exhibits can reach out to students.",
        );
        assert!(actor_of(&m, "University").is_none(), "{m:?}");
    }

    #[test]
    fn a_place_before_a_title_gives_the_country() {
        let (_, actors) =
            document_and_actors("Kharkiv Governor Oleh Syniehubov said two people died.");
        let a = actors.actors.iter().find(|a| a.name == "Oleh Syniehubov");
        assert_eq!(a.and_then(|a| a.code.as_deref()), Some("UKRGOV"));
    }

    #[test]
    fn a_seat_of_government_acts_across_a_time_phrase_and_is_a_place_after_in_the() {
        for text in [
            "The Kremlin on Tuesday rejected the offer.",
            "The Kremlin last week said the talks had failed.",
        ] {
            assert_eq!(code_of(text, "Kremlin").as_deref(), Some("RUS"), "{text}");
        }
        let text = "Officials in the Kremlin on Tuesday discussed the offer.";
        assert_eq!(code_of(text, "Kremlin"), None, "{:?}", codes(text));
    }

    #[test]
    fn a_capital_called_on_is_its_country() {
        let text = "The bloc called on Ankara to free the mayor.";
        assert_eq!(
            code_of(text, "Ankara").as_deref(),
            Some("TUR"),
            "{:?}",
            codes(text)
        );
        let text = "The mayor lives on Ankara Street.";
        assert_eq!(code_of(text, "Ankara"), None, "{:?}", codes(text));
    }

    #[test]
    fn the_staff_of_a_places_governor_are_of_its_government() {
        for text in [
            "Omar Rahimi, a spokesman for the Herat governor, said the road was closed.",
            "Omar Rahimi, an aide to the governor of Herat, said the road was closed.",
            "Omar Rahimi, a spokesman for the provincial governor in Herat, said the road was closed.",
        ] {
            assert_eq!(
                code_of(text, "Omar Rahimi").as_deref(),
                Some("AFGGOV"),
                "{text}: {:?}",
                codes(text)
            );
        }
        // a candidate for the office is not its staff
        let text = "Omar Rahimi, a candidate for governor in Herat, said the road was closed.";
        assert_eq!(code_of(text, "Omar Rahimi"), None, "{:?}", codes(text));
    }

    #[test]
    fn the_owner_of_a_title_or_a_title_before_an_apposition_gives_the_code() {
        for (text, name, code) in [
            (
                "Norway's Foreign Minister Arne Vold said the talks failed.",
                "Arne Vold",
                "NORGOV",
            ),
            (
                "Chad's army chief Idriss Kouri said troops advanced.",
                "Idriss Kouri",
                "TCDMIL",
            ),
            (
                "Hamas's political leader Karim Nasser said the truce held.",
                "Karim Nasser",
                "PSEINSHMS",
            ),
            (
                "The Kenyan police spokesman, Peter Ouma, said the suspects fled.",
                "Peter Ouma",
                "KENCOP",
            ),
        ] {
            assert_eq!(
                code_of(text, name).as_deref(),
                Some(code),
                "{text}: {:?}",
                codes(text)
            );
        }
        // a person owning the title gives no body's code
        assert_eq!(
            code_of(
                "Mr. Okafor's chief of staff Ruth Adeyemi resigned.",
                "Ruth Adeyemi"
            ),
            None
        );
    }

    #[test]
    fn a_place_head_last_wins_over_an_organisation_head_inside() {
        let (_, places) = analyze("Walk from the Mercy Hospital Station to the square.");
        assert!(
            places.iter().any(|p| p == "Mercy Hospital Station"),
            "{places:?}"
        );
        let (m, places) = analyze("She said he had been subject to Islamophobia at school.");
        assert!(m.iter().all(|m| m.0 != "Islamophobia"), "{m:?}");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn and_between_two_full_names_keeps_them_apart() {
        let (m, _) = analyze(
            "The show includes publishers Mara Lindqvist of Northern Light Magazine and Paolo De \
             Santis of Italy. It moves to the Riverside Teaching Museum and Art Gallery next.",
        );
        assert_eq!(type_of(&m, "Mara Lindqvist"), Some(ActorType::Person));
        assert!(actor_of(&m, "Northern Light Magazine").is_some(), "{m:?}");
        assert!(actor_of(&m, "Riverside Teaching Museum").is_some(), "{m:?}");
    }

    #[test]
    fn a_name_opening_with_an_adjective_is_not_a_person() {
        let (m, _) = analyze("Teams from Chile face off in Starfall: Tactical Offensive today.");
        assert_ne!(type_of(&m, "Tactical Offensive"), Some(ActorType::Person));
    }

    #[test]
    fn a_capital_with_its_head_is_the_same_place() {
        let (_, actors) = document_and_actors(
            "The festival opened in Nairobi City on Sunday. Crowds stayed in Nairobi all night.",
        );
        let nairobi: Vec<_> = actors
            .places
            .iter()
            .filter(|p| p.name.starts_with("Nairobi"))
            .collect();
        assert_eq!(nairobi.len(), 1, "{:?}", actors.places);
        assert_eq!(nairobi[0].mentions.len(), 2);
    }

    #[test]
    fn a_lone_capitalised_word_never_written_in_lower_case_is_a_name() {
        let (m, _) = analyze(
            "The statement was issued by Hezbocorp on Monday. Analysts said the attack on \
             Orbit Navigator 4 users was new. Many Sikh pilgrims left; the Zorbas sold out as \
             a Zorba is cheap.",
        );
        assert_eq!(type_of(&m, "Hezbocorp"), Some(ActorType::Organization));
        for word in ["Navigator", "Sikh", "Zorba", "Zorbas", "Analysts"] {
            assert!(actor_of(&m, word).is_none(), "{word}: {m:?}");
        }
    }

    #[test]
    fn places_and_countries_inside_organisation_names_are_mentions_too() {
        let (_, actors) = document_and_actors(
            "The South Korea government announced a vote on Tuesday, the Korea Herald \
             reported. She studied at the University of Oregon before moving to Houston.",
        );
        let nz = actors.actors.iter().position(|a| a.name == "South Korea");
        let nz_mentions = actors
            .mentions
            .iter()
            .filter(|m| Some(m.actor) == nz && m.kind == super::MentionKind::Name)
            .count();
        assert_eq!(nz_mentions, 2, "{:?}", actors.mentions);
        // the longer name covers the words it shares with the country
        let first = actors
            .mention_at(1)
            .map(|m| actors.actors[m.actor].name.clone());
        assert_eq!(first.as_deref(), Some("South Korea government"));
        let oregon = actors.places.iter().find(|p| p.name == "Oregon");
        assert!(oregon.is_some(), "{:?}", actors.places);
        assert!(actors
            .actors
            .iter()
            .any(|a| a.name == "University of Oregon" && a.kind == ActorType::Organization));
    }

    #[test]
    fn plural_demonyms_and_communities_name_groups_of_people() {
        let (_, actors) = document_and_actors(
            "Russia said on Monday that Russians living abroad were safe. Kurds and Yazidis fled \
             the town, and Christians sheltered in a church.",
        );
        let find = |name: &str| actors.actors.iter().find(|a| a.name == name);
        let russians = find("Russians").expect("Russians");
        assert_eq!(russians.kind, ActorType::Group);
        assert_eq!(russians.code.as_deref(), Some("RUS"));
        assert_eq!(find("Russia").map(|a| a.kind), Some(ActorType::Country));
        for name in ["Kurds", "Yazidis", "Christians"] {
            assert_eq!(find(name).map(|a| a.kind), Some(ActorType::Group), "{name}");
        }
        // in a match report the plural is the national team
        let (m, _) = analyze("Group D: Denmark 2 – 0 Ghana. The Danes led at half time.");
        assert_eq!(
            actor_of(&m, "Danes").map(|a| a.1.as_str()),
            actor_of(&m, "Denmark").map(|a| a.1.as_str())
        );
    }

    #[test]
    fn a_capitalised_role_phrase_names_a_body() {
        let (m, _) = analyze(
            "The appeal was heard by the Supreme Court on Monday. The Court ruled that the \
             Peruvian Navy had acted lawfully. Security forces said nothing.",
        );
        let court = actor_of(&m, "Supreme Court").map(|a| a.1.clone());
        assert!(court.is_some(), "{m:?}");
        assert_eq!(actor_of(&m, "Court").map(|a| a.1.clone()), court);
        assert!(actor_of(&m, "Peruvian Navy").is_some(), "{m:?}");
        // opening a sentence, a common noun: not a name, but the body of the country in sight
        let security = actor_of(&m, "Security forces");
        assert_eq!(
            security.map(|a| a.1.as_str()),
            Some("security forces"),
            "{m:?}"
        );
        // a name another body's name ends in is that body
        let (m, _) = analyze(
            "The ruling of the Kenyan Supreme Court was read on Monday. Lawyers said the \
             Supreme Court had erred, and the Court was silent.",
        );
        let court = actor_of(&m, "Kenyan Supreme Court").map(|a| a.1.clone());
        assert!(court.is_some(), "{m:?}");
        assert_eq!(actor_of(&m, "Supreme Court").map(|a| a.1.clone()), court);
        assert_eq!(actor_of(&m, "Court").map(|a| a.1.clone()), court);
    }

    /// The roles and the code of the actor of the first mention written `mention`.
    fn roles_and_code_of(text: &str, mention: &str) -> Option<(Vec<String>, Option<String>)> {
        let (doc, actors) = document_and_actors(text);
        let m = actors
            .mentions
            .iter()
            .find(|m| doc.span_text(m.tokens.clone()) == mention)?;
        let info = &actors.actors[m.actor];
        Some((info.roles.clone(), info.code.clone()))
    }

    fn code_of(text: &str, mention: &str) -> Option<String> {
        roles_and_code_of(text, mention).and_then(|(_, code)| code)
    }

    /// Asserts that the actor of the first mention written `mention` holds the one role `role`
    /// and the code `code`.
    #[track_caller]
    fn assert_role_and_code(text: &str, mention: &str, role: &str, code: Option<&str>) {
        let (roles, read) = roles_and_code_of(text, mention).expect(mention);
        assert_eq!(
            (roles, read.as_deref()),
            (vec![role.to_string()], code),
            "{mention}"
        );
    }

    #[test]
    fn occupations_offices_and_ranks_of_the_broader_roles_lexicon() {
        let text = "Marta Quell, a Chilean epidemiologist, warned of a second wave. Pavel Drom, \
                    a Czech historian, disagreed. Nevada Assemblywoman Rosa Ventrell voted no \
                    again. Imre Vastag, a Hungarian radio host, laughed. Novelist Ilse Brandauer \
                    signed copies.";
        for (name, role, code) in [
            ("Marta Quell", "epidemiologist", "CHLHLH"),
            ("Pavel Drom", "historian", "CZEEDU"),
            ("Rosa Ventrell", "Assemblywoman", "USALEG"),
            ("Imre Vastag", "radio host", "HUNMED"),
        ] {
            assert_role_and_code(text, name, role, Some(code));
        }
        let (roles, _) = roles_and_code_of(text, "Ilse Brandauer").unwrap();
        assert_eq!(roles, vec!["Novelist".to_string()]);
        // trades and the courts: a title before a name, not a part of it
        let text = "Forecaster Lena Ostrow said the storm would weaken. Plaintiff Dario Mendel \
                    testified on Monday, and Bartender Ruth Kalvin served the jury lunch.";
        for (name, role) in [
            ("Lena Ostrow", "Forecaster"),
            ("Dario Mendel", "Plaintiff"),
            ("Ruth Kalvin", "Bartender"),
        ] {
            let (roles, _) = roles_and_code_of(text, name).unwrap();
            assert_eq!(roles, vec![role.to_string()], "{name}");
        }
    }

    #[test]
    fn a_body_named_by_of_right_after_a_name_gives_its_code() {
        let text = "Greta Lindqvist of Human Rights Watch counted the tents. Arno Piet, of the \
                    World Bank, checked the loans. Senator Mila Tovar of the World Bank board \
                    abstained.";
        assert_eq!(code_of(text, "Greta Lindqvist").as_deref(), Some("NGOHRW"));
        assert_eq!(code_of(text, "Arno Piet").as_deref(), Some("IGOWBK"));
        // a title's own sector stays
        assert_ne!(code_of(text, "Mila Tovar").as_deref(), Some("IGOWBK"));
    }

    #[test]
    fn a_relative_clause_after_a_name_names_its_office() {
        let text = "Oskar Lindell, who was senior adviser to the mayor, resigned on Monday. \
                    Petra Nollmann, who served as the town's chief strategist, stayed. Ida \
                    Rothvik, who is battling Rep. Tomas Vellner for the seat, spoke.";
        let roles = |name| roles_and_code_of(text, name).map(|(roles, _)| roles);
        assert_eq!(
            roles("Oskar Lindell"),
            Some(vec!["senior adviser".to_string()])
        );
        assert_eq!(
            roles("Petra Nollmann"),
            Some(vec!["chief strategist".to_string()])
        );
        // the title before another name is that person's
        assert_eq!(roles("Ida Rothvik"), Some(vec![]));
    }

    #[test]
    fn a_us_state_named_as_a_country_before_a_us_title_is_the_state() {
        let text = "Georgia Gov. Lena Harwick signed the budget, and Georgia Rep. Amos Tull \
                    voted for it. In Tbilisi, Georgian Prime Minister Levan Orbeli spoke.";
        assert_eq!(code_of(text, "Lena Harwick").as_deref(), Some("USAGOV"));
        assert_eq!(code_of(text, "Amos Tull").as_deref(), Some("USALEG"));
        assert_eq!(code_of(text, "Levan Orbeli").as_deref(), Some("GEOGOV"));
    }

    #[test]
    fn a_doctors_degree_alone_names_no_sector() {
        let text = "Peruvian Dr. Mateo Runa spoke first. Dr. Ana Quispe, a Peruvian surgeon, \
                    spoke next.";
        assert_eq!(code_of(text, "Mateo Runa").as_deref(), Some("PER"));
        assert_eq!(code_of(text, "Ana Quispe").as_deref(), Some("PERHLH"));
    }

    #[test]
    fn a_sector_noun_naming_a_team_after_a_town_is_no_sector() {
        let text = "Ralf Denning, owner of the Denver Bombers, sold his stake. The Denver \
                    Police closed the road.";
        assert_eq!(code_of(text, "Denver Bombers").as_deref(), Some("USA"));
        assert_eq!(code_of(text, "Denver Police").as_deref(), Some("USACOP"));
        assert_eq!(code_of(text, "Ralf Denning").as_deref(), Some("USA"));
    }

    #[test]
    fn a_title_in_parentheses_after_a_name_is_its_role() {
        let text = "Ilse Marwood (the bureau's director) denied it. Tomas Bellweg (Minister \
                    of Finance of Peru) agreed. Oda Senke (left) smiled.";
        let (roles, _) = roles_and_code_of(text, "Ilse Marwood").unwrap();
        assert_eq!(roles, vec!["director".to_string()]);
        assert_role_and_code(text, "Tomas Bellweg", "Minister of Finance", Some("PERGOV"));
        let (roles, code) = roles_and_code_of(text, "Oda Senke").unwrap();
        assert_eq!((roles, code), (vec![], None));
    }

    #[test]
    fn veteran_before_another_title_is_an_adjective() {
        let text = "Dorota Halm, a veteran Labour strategist, shrugged. Veteran comedian Ulf \
                    Gransee laughed. Pim Odekerk, a Navy veteran who farms near Lyon, waved.";
        assert_role_and_code(text, "Dorota Halm", "strategist", None);
        assert_role_and_code(text, "Ulf Gransee", "comedian", None);
        let (roles, _) = roles_and_code_of(text, "Pim Odekerk").unwrap();
        assert_eq!(roles, vec!["veteran".to_string()]);
    }

    #[test]
    fn a_rights_or_aid_group_named_by_its_noun_is_a_body_of_its_country() {
        let text = "An Iraqi activist group said the count was late. A Kenyan aid agency \
                    opened a clinic, and a Peruvian advocacy group sued.";
        assert_eq!(
            code_of(text, "Iraqi activist group").as_deref(),
            Some("IRQNGO")
        );
        assert_eq!(
            code_of(text, "Kenyan aid agency").as_deref(),
            Some("KENNGO")
        );
        assert_eq!(
            code_of(text, "Peruvian advocacy group").as_deref(),
            Some("PERNGO")
        );
    }

    #[test]
    fn armed_groups_and_their_commanders_from_the_lexicon() {
        let text = "Karayilan, a commander of the PKK, spoke. The KDPI and the Grey Wolves \
                    replied. Abu Ibrahim al-Hashimi al-Qurayshi was not seen.";
        assert_eq!(code_of(text, "Karayilan").as_deref(), Some("TURINSPKK"));
        assert_eq!(code_of(text, "KDPI").as_deref(), Some("IRNREBKDP"));
        assert_eq!(code_of(text, "Grey Wolves").as_deref(), Some("TURRAD"));
        assert_eq!(
            code_of(text, "Abu Ibrahim al-Hashimi al-Qurayshi").as_deref(),
            Some("IMGMUSISI")
        );
    }

    #[test]
    fn a_body_the_lexicon_does_not_know_takes_the_sector_of_its_head() {
        // the country named inside the name
        let text = "The Peruvian National Police detained two men. Officers of the Chilean \
                    Transport Police boarded a bus. The Peruvian Ministry of Fisheries and \
                    Ports closed the bay.";
        assert_eq!(
            code_of(text, "Peruvian National Police").as_deref(),
            Some("PERCOP")
        );
        assert_eq!(
            code_of(text, "Chilean Transport Police").as_deref(),
            Some("CHLCOP")
        );
        assert_eq!(
            code_of(text, "Peruvian Ministry of Fisheries and Ports").as_deref(),
            Some("PERGOV")
        );
        // else the country in sight; an armed group's name makes a rebel group
        let text = "Fighting spread in Chad. The Korvan Liberation Army attacked a post in Chad. \
                    The Ministry of Fisheries said boats stayed in port.";
        assert_eq!(
            code_of(text, "Korvan Liberation Army").as_deref(),
            Some("TCDREB")
        );
        let (m, _) = analyze(text);
        assert_eq!(
            type_of(&m, "Korvan Liberation Army"),
            Some(ActorType::Group)
        );
        assert_eq!(
            code_of(text, "Ministry of Fisheries").as_deref(),
            Some("TCDGOV")
        );
        // a charity is no army; a body's noun not ending the name tells nothing
        let text = "In Chad, the Salvation Army fed families near the Korvan Army Hospital.";
        assert_ne!(code_of(text, "Salvation Army").as_deref(), Some("TCDMIL"));
        assert_eq!(code_of(text, "Korvan Army Hospital"), None);
    }

    #[test]
    fn an_office_of_the_state_named_with_its_country_first_is_the_government() {
        let text = "The Kenya Wildlife Service said two rangers were hurt. The Uganda Revenue \
                    Authority raised fees. The Sudan Doctors Network counted the dead.";
        assert_eq!(
            code_of(text, "Kenya Wildlife Service").as_deref(),
            Some("KENGOV")
        );
        assert_eq!(
            code_of(text, "Uganda Revenue Authority").as_deref(),
            Some("UGAGOV")
        );
        // a body of no office is only the country's
        assert_eq!(code_of(text, "Sudan Doctors Network"), None);
    }

    #[test]
    fn an_office_written_without_a_name_is_a_person_of_that_country_or_body() {
        // no holder named: one person per office, with the country's code and the sector
        let text = "The Peruvian ambassador met the Chilean foreign minister. Later the \
                    Peruvian ambassador left.";
        assert_eq!(
            code_of(text, "Peruvian ambassador").as_deref(),
            Some("PERGOV")
        );
        assert_eq!(
            code_of(text, "Chilean foreign minister").as_deref(),
            Some("CHLGOV")
        );
        let (m, _) = analyze(text);
        let ambassadors: Vec<_> = m.iter().filter(|a| a.0 == "Peruvian ambassador").collect();
        assert_eq!(ambassadors.len(), 2, "{m:?}");
        assert_eq!(ambassadors[0].1, ambassadors[1].1);
        assert_eq!(ambassadors[0].2, ActorType::Person);
        // the holder the article names
        let text = "Sergei Lavrov, the Russian foreign minister, arrived on Monday. The Russian \
                    foreign minister met his hosts.";
        let (m, _) = analyze(text);
        let office = m
            .iter()
            .filter(|a| a.0 == "Russian foreign minister")
            .count();
        assert!(office >= 1, "{m:?}");
        assert!(
            m.iter()
                .filter(|a| a.0 == "Russian foreign minister")
                .all(|a| a.1 == "Sergei Lavrov"),
            "{m:?}"
        );
        // a body's official with no name: no person, the body named
        let text = "A Hezbollah official denied the report.";
        assert_eq!(code_of(text, "Hezbollah").as_deref(), Some("LBNINSHEZ"));
        assert_eq!(code_of(text, "Hezbollah official"), None);
        // before a name, a title
        let (m, _) = analyze("Peruvian Ambassador Rosa Quispe arrived.");
        assert!(m.iter().all(|a| a.0 != "Peruvian Ambassador"), "{m:?}");
        // and so with the body or country the office is held at
        let (m, _) = analyze("Former Peruvian Ambassador to the United Nations Rosa Quispe spoke.");
        assert!(m.iter().all(|a| a.0 != "Peruvian Ambassador"), "{m:?}");
        assert!(actor_of(&m, "Rosa Quispe").is_some(), "{m:?}");
    }

    #[test]
    fn a_sector_noun_without_a_country_is_a_body_of_the_country_in_sight() {
        // the place of the same sentence gives the country
        let text = "Police detained eleven men in Kandahar on Friday.";
        assert_eq!(code_of(text, "Police").as_deref(), Some("AFGCOP"));
        // else the country the article names most
        let text = "Venezuela closed its border. The government of Venezuela said the army \
                    would stay. Colombian officials protested.";
        assert_eq!(code_of(text, "army").as_deref(), Some("VENMIL"));
        // a leader the lexicon knows tells the country, once however often named
        let text = "Erdogan said on Monday that the army would stay.";
        assert_eq!(code_of(text, "army").as_deref(), Some("TURMIL"));
        let text = "Mexico said Trump was wrong, and Mexico would not pay. Trump said Trump \
                    would win. Trump left. The Foreign Ministry replied on Monday.";
        assert_eq!(code_of(text, "Foreign Ministry").as_deref(), Some("MEXGOV"));
        // "the army" after "Syrian troops" is that body, whatever its name
        let text = "Syrian troops advanced on Homs. The army said the rebels had fled.";
        assert_eq!(code_of(text, "army"), code_of(text, "Syrian troops"));
        // rebels of no named group take no country from the article at large, only from a
        // place of their sentence
        assert_eq!(code_of(text, "rebels").as_deref(), Some("REB"));
        let text = "Syrian troops advanced on Homs. The army said the rebels in Homs had fled.";
        assert_eq!(code_of(text, "rebels").as_deref(), Some("SYRREB"));
        let text = "Germany banned the airline on Monday. The German government said the \
                    airline had carried fighters to the front. Germany asked its partners to \
                    follow.";
        assert_eq!(code_of(text, "fighters").as_deref(), Some("REB"));
        // "the troops" are the troops named before, though the article names another country
        // more often
        let text = "Chilean troops crossed the river on Monday. Peru protested, and Peru said \
                    the troops had to leave.";
        assert_eq!(code_of(text, "troops").as_deref(), Some("CHLMIL"));
        // rebels siding with a country are of the one they fight in; a leader's supporters are
        // of the leader's
        let text = "Pro-Russian separatists fired on Ukrainian troops near Donetsk.";
        assert_eq!(code_of(text, "separatists").as_deref(), Some("UKRREB"));
        let text = "Pro-Assad forces entered Aleppo on Sunday.";
        assert_eq!(code_of(text, "Pro-Assad forces").as_deref(), Some("SYRMIL"));
        // "government troops" is one body, not the government and its troops
        let text = "Rebels ambushed government troops near Homs.";
        assert_eq!(
            code_of(text, "government troops").as_deref(),
            Some("SYRMIL")
        );
        // a body named with capitals and no country
        let text = "Protests spread across Iraq on Friday. The Interior Ministry said twenty \
                    people were held.";
        assert_eq!(
            code_of(text, "Interior Ministry").as_deref(),
            Some("IRQGOV")
        );
        // a body is not the person holding an office of the same code
        let text = "Foreign Minister Ana Petrova of Bulgaria spoke. Officials in Sofia said the \
                    talks had failed.";
        assert_ne!(code_of(text, "Officials"), None);
        let (m, _) = analyze(text);
        assert_ne!(
            actor_of(&m, "Officials").map(|a| &a.1),
            actor_of(&m, "Ana Petrova").map(|a| &a.1),
            "{m:?}"
        );
        // opening a name
        assert_eq!(code_of("Parliament Square was full.", "Parliament"), None);
        // no country in sight: the sector alone
        assert_eq!(
            code_of("The army shelled the hills.", "army").as_deref(),
            Some("MIL")
        );
        // a name the lexicon does not know before it: a local body, of the country only a
        // place of its sentence tells
        let text = "The United States refused. The United States said the diplomat would stay. \
                    Wexmoor police said the driver had left.";
        assert_eq!(code_of(text, "police").as_deref(), Some("COP"));
        let text = "The United States refused. The United States said the diplomat would stay. \
                    Wexmoor police said the driver had left. She said police had not called.";
        let (m, _) = analyze(text);
        let police: Vec<_> = m.iter().filter(|m| m.0 == "police").collect();
        assert!(police.len() == 2 && police[0].1 == police[1].1, "{m:?}");
        let text = "The United States refused. The United States said the diplomat would stay. \
                    Wexmoor police in England said the driver had left.";
        assert_eq!(code_of(text, "police").as_deref(), Some("GBRCOP"));
        // a known town's or region's body written as a name: of the place's country, one body
        // per place
        let text = "Surrey Police said the van was found by Kent Police near Dover.";
        assert_eq!(code_of(text, "Surrey Police").as_deref(), Some("GBRCOP"));
        assert_eq!(code_of(text, "Kent Police").as_deref(), Some("GBRCOP"));
        let (m, _) = analyze(text);
        assert_ne!(
            actor_of(&m, "Surrey Police").map(|a| &a.1),
            actor_of(&m, "Kent Police").map(|a| &a.1),
            "{m:?}"
        );
        // a verb after "to", with its object
        let text = "Kenya plans to police the border with drones. Kenya said so.";
        assert_eq!(code_of(text, "police"), None);
        // words that most often name no body
        assert_eq!(code_of("Market forces will decide.", "forces"), None);
        // a noun that qualifies another, or whose body an "of" names, is no body of its own
        let text = "Kenya offered military aid to the government of Somalia. The army's \
                    chief thanked Kenya.";
        assert_eq!(code_of(text, "military"), None);
        assert_eq!(code_of(text, "government"), None);
        assert_eq!(code_of(text, "army").as_deref(), Some("KENMIL"));
        // a count opens the phrase, whatever noun stands before it
        let text = "The ministry counted at that time 40 police officers among the dead in \
                    Kandahar.";
        assert_eq!(
            code_of(text, "40 police officers").as_deref(),
            Some("AFGCOP")
        );
        // a noun before it makes it another body's: "company officials" are no government
        assert_eq!(
            code_of("Kenyan farmers met company officials.", "officials"),
            None
        );
    }

    #[test]
    fn rebels_and_militants_are_the_armed_group_named_before_or_described() {
        // the one armed group the article named before, where no place is in sight
        let text = "Al-Shabaab attacked a convoy on Monday. Officials said the militants had \
                    fled with two trucks.";
        let (m, _) = analyze(text);
        assert!(actor_of(&m, "Al-Shabaab").is_some(), "{m:?}");
        assert_eq!(
            actor_of(&m, "militants").map(|a| &a.1),
            actor_of(&m, "Al-Shabaab").map(|a| &a.1),
            "{m:?}"
        );
        // armed men counted are men of their own, not the group the attack is ascribed to
        let text = "Al-Shabaab claimed the raid on Monday. Witnesses said two gunmen shot the \
                    guards before they fled.";
        let (m, _) = analyze(text);
        assert!(actor_of(&m, "two gunmen").is_some(), "{m:?}");
        assert_ne!(
            actor_of(&m, "two gunmen").map(|a| &a.1),
            actor_of(&m, "Al-Shabaab").map(|a| &a.1),
            "{m:?}"
        );
        // a phrase in apposition describes the body named before it
        let text = "The report blamed Boko Haram, an armed group, for the raid.";
        let (m, _) = analyze(text);
        assert_eq!(
            actor_of(&m, "armed group").map(|a| &a.1),
            actor_of(&m, "Boko Haram").map(|a| &a.1),
            "{m:?}"
        );
        // a predicate names no actor
        let text = "Kenya listed the movement as a terrorist organization in 2019.";
        assert_eq!(code_of(text, "terrorist organization"), None);
        // a name in brackets between the group and its fighters
        let (m, _) = analyze("Hundreds of Hamas (Islamic Resistance Movement) fighters fled.");
        assert!(actor_of(&m, "fighters").is_none(), "{m:?}");
        // groups of two countries named before: no country of the article is the fighters'
        let text = "Hamas and Hezbollah praised the deal in Washington. The United States said \
                    the United States would watch. Thousands of fighters gathered.";
        assert_eq!(code_of(text, "fighters").as_deref(), Some("REB"));
    }

    #[test]
    fn a_known_bodys_name_after_another_countrys_possessive_is_that_countrys_body() {
        let text = "Kenya's Northern Command said its soldiers had repelled the raid on Monday.";
        assert_eq!(code_of(text, "Northern Command").as_deref(), Some("KENMIL"));
        // the country the lexicon gives it keeps it
        let text = "America's Northern Command said the drill had ended on Monday.";
        assert_eq!(code_of(text, "Northern Command").as_deref(), Some("USAMIL"));
    }

    #[test]
    fn coalition_forces_are_the_coalition_named_or_a_body_of_states() {
        // no coalition named: a body of states of no country, not the country it fights in
        let text = "Officials said coalition forces shelled the village near Basra on Monday. \
                    Iraq protested.";
        assert_eq!(code_of(text, "coalition forces").as_deref(), Some("IGO"));
        // the military coalition the article names, and "the coalition" after it
        let text = "Jets of Global Coalition against Daesh struck a depot near Raqqa. \
                    Coalition forces left the area on Monday, and the coalition said no one \
                    was hurt.";
        let (m, _) = analyze(text);
        let named = actor_of(&m, "Global Coalition against Daesh").map(|a| &a.1);
        assert!(named.is_some(), "{m:?}");
        assert_eq!(
            actor_of(&m, "Coalition forces").map(|a| &a.1),
            named,
            "{m:?}"
        );
        assert_eq!(actor_of(&m, "coalition").map(|a| &a.1), named, "{m:?}");
        // a party's coalition stays no body of states
        let text = "The ruling coalition lost its majority in Rome. The coalition said it would \
                    try again.";
        assert_ne!(code_of(text, "coalition").as_deref(), Some("IGO"));
        // the coalition's troops and a multinational force are such a body too
        let text = "Fighting went on near Basra, Iraq. Coalition troops shelled the village on \
                    Monday, and multinational forces crossed the river.";
        assert_eq!(code_of(text, "Coalition troops").as_deref(), Some("IGO"));
        assert_eq!(
            code_of(text, "multinational forces").as_deref(),
            Some("IGO")
        );
    }

    #[test]
    fn a_title_after_a_body_gives_its_holder_the_bodys_code() {
        let text = "Hamas spokesman Karim Nabulsi said the talks had failed. Nabulsi left.";
        let code = code_of(text, "Hamas");
        assert!(code.as_deref().is_some_and(|c| c.len() > 3), "{code:?}");
        assert_eq!(code_of(text, "Karim Nabulsi"), code);
        assert_eq!(code_of(text, "Nabulsi"), code);
    }

    #[test]
    fn a_title_of_a_body_coded_by_its_head_gives_its_holder_the_bodys_code() {
        // the body's code is known only once its name's head and country are read
        let text = "\"We have no suspect yet,\" said Jane Mwangi, a spokesperson for the Kenyan \
                    National Police, on Friday. Kenyan National Police spokesperson Tom Okello \
                    agreed. Officers in Jakarta, Indonesia, held a man, said Budi Hartono, chief \
                    of the country's State Intelligence Agency.";
        assert_eq!(code_of(text, "Jane Mwangi").as_deref(), Some("KENCOP"));
        assert_eq!(code_of(text, "Tom Okello").as_deref(), Some("KENCOP"));
        assert_eq!(code_of(text, "Budi Hartono").as_deref(), Some("IDNSPY"));
    }

    #[test]
    fn the_country_a_diplomat_is_sent_to_is_not_theirs() {
        let text = "Speaking in Riyadh, US Special Envoy for Iran Carl Mertens said the offer \
                    stood. British Ambassador to Japan Dana Wells agreed.";
        assert_eq!(code_of(text, "Carl Mertens").as_deref(), Some("USAGOV"));
        assert_eq!(code_of(text, "Dana Wells").as_deref(), Some("GBRGOV"));
    }

    #[test]
    fn a_title_after_a_found_body_or_a_seat_of_government_gives_its_holder_a_code() {
        let text = "Kenyan Interior Ministry spokesman Paul Otieno said the border was open. \
                    Kremlin spokesman Ivan Petrov said Moscow was ready. State Department \
                    spokesperson Jane Morrow said the talks would go on. White House correspondent \
                    Ann Lee asked about it.";
        assert_eq!(code_of(text, "Paul Otieno").as_deref(), Some("KENGOV"));
        assert_eq!(code_of(text, "Ivan Petrov").as_deref(), Some("RUSGOV"));
        assert_eq!(code_of(text, "Jane Morrow").as_deref(), Some("USAGOV"));
        assert_ne!(code_of(text, "Ann Lee").as_deref(), Some("USAGOV"));
    }

    #[test]
    fn a_seat_of_government_inside_a_title_gives_its_country() {
        // the country last in sight (Peru) is not the title holder's
        let text = "Officials in Peru welcomed the plan on Tuesday. White House Chief of Staff \
                    Orla Vintner said it would pass. Lima answered calmly. Tomas Grell, the \
                    Kremlin chief of staff, disagreed with her.";
        assert_eq!(code_of(text, "Orla Vintner").as_deref(), Some("USAGOV"));
        assert_eq!(code_of(text, "Tomas Grell").as_deref(), Some("RUSGOV"));
    }

    #[test]
    fn a_title_right_before_another_is_its_modifier() {
        let text = "Dana Ilford, a deputy campaign manager, declined to comment. White House \
                    deputy counsel Ruth Anvers said the review was over. Sione Talo, the Governor \
                    General of Tonga, opened the session. Officials in Kenya said nothing.";
        assert_role_and_code(text, "Dana Ilford", "deputy campaign manager", None);
        assert_role_and_code(text, "Ruth Anvers", "deputy counsel", Some("USAGOV"));
        assert_eq!(code_of(text, "Sione Talo").as_deref(), Some("TONGOV"));
    }

    #[test]
    fn an_adverb_of_time_before_an_apposition_keeps_its_title() {
        let text = "Maren Oduya, then the deputy director of the agency, said the files were \
                    lost. Pell Haskins (now a Peruvian senator) agreed with her.";
        let (roles, _) = roles_and_code_of(text, "Maren Oduya").unwrap();
        assert_eq!(roles, vec!["deputy director".to_string()]);
        assert_role_and_code(text, "Pell Haskins", "senator", Some("PERLEG"));
    }

    #[test]
    fn head_before_of_in_an_apposition_is_a_title() {
        let text = "Tomasz Wyler, the former head of the Polish army, declined to comment. \
                    Amelie Roux, head of Amnesty International, agreed with him.";
        assert_role_and_code(text, "Tomasz Wyler", "former head", Some("POLMIL"));
        assert_role_and_code(text, "Amelie Roux", "head", Some("NGOAMN"));
    }

    #[test]
    fn a_seat_of_government_before_a_title_of_no_sector_names_an_official() {
        let text = "Ines Calder, the White House political director, said the vote was close. \
                    The Kremlin counsel declined to comment on Friday. Nadia Ferro, the \
                    Washington director for the Arbon League, said little.";
        assert_eq!(code_of(text, "Ines Calder").as_deref(), Some("USAGOV"));
        assert_eq!(code_of(text, "Kremlin counsel").as_deref(), Some("RUSGOV"));
        assert_ne!(code_of(text, "Nadia Ferro").as_deref(), Some("USAGOV"));
    }

    #[test]
    fn a_countrys_leader_heads_its_government() {
        let text = "Chilean leader Marta Quell arrived on Monday. The Peruvian leader welcomed \
                    her warmly.";
        assert_eq!(code_of(text, "Marta Quell").as_deref(), Some("CHLGOV"));
        assert_eq!(code_of(text, "Peruvian leader").as_deref(), Some("PERGOV"));
    }

    #[test]
    fn title_prefix_reads_the_phrase_across_any_white_space() {
        use super::{title_prefix, Holder};
        let lexicon = Lexicon::default_shared();
        // the phrase built word by word, as the lexicon's phrases are written
        let built = |doc: &Document, tokens: std::ops::Range<usize>| {
            let words = tokens.len().saturating_sub(1).min(5);
            let mut title = 0;
            let mut phrase = String::new();
            for (k, t) in tokens.enumerate().take(words) {
                if k > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(doc.lower(t));
                let role = lexicon.role(&phrase);
                if role.is_some_and(|r| r.holder == Holder::Person) {
                    title = k + 1;
                }
            }
            title
        };
        let text =
            "Foreign Minister Ali Musa met Deputy Foreign  Minister Tom Bako, Prime\nMinister \
                    Ana Ruiz and Defence Minister\tJo Lee; Foreign Minister-designate Lu Wei.";
        let doc = Document::new(text);
        let n = doc.tokens.len();
        let mut titled = 0;
        for start in 0..n {
            for end in start..=(start + 7).min(n) {
                let got = title_prefix(&doc, &lexicon, start..end);
                assert_eq!(
                    got,
                    built(&doc, start..end),
                    "{}",
                    doc.span_text(start..end)
                );
                titled += usize::from(got > 0);
            }
        }
        assert!(titled > 10, "{titled}");
    }

    #[test]
    fn short_lower_is_the_lower_case() {
        use super::{abroad, last_word, one_body, short_lower, SHORT_LOWER};
        let long = "Ministry Of ".repeat(6);
        for text in [
            "",
            "foreign ministry",
            "Foreign Ministry",
            "MINISTRY OF DEFENCE",
            "Special Forces",
            "Ministère de l'Intérieur",
            "İçişleri Bakanlığı",
            long.as_str(),
            &long[..SHORT_LOWER],
        ] {
            let mut buf = [0u8; SHORT_LOWER];
            assert_eq!(short_lower(text, &mut buf), text.to_lowercase(), "{text}");
        }
        assert!(one_body("Ministry Of Health") && one_body("SPECIAL forces"));
        assert!(!one_body("Army Of Valdoria") && abroad("The EMBASSY"));
        assert!(one_body("ministry of health") && !one_body("army of valdoria"));
        // the words after the last space, as `rsplit(' ')` gives them first
        for text in ["", "navy", "the navy", "the  navy ", "l'Intérieur du"] {
            assert_eq!(last_word(text), text.rsplit(' ').next().unwrap_or_default());
        }
    }

    #[test]
    fn one_body_of_a_sector_is_not_the_sector_as_a_whole() {
        // the foreign ministry and the government share a code, not an actor
        let text = "The Kenyan government denied the report. The Kenyan foreign ministry said \
                    talks would go on, and the government agreed.";
        assert_eq!(
            code_of(text, "Kenyan foreign ministry").as_deref(),
            Some("KENGOV")
        );
        let (m, _) = analyze(text);
        let actor = |t: &str| actor_of(&m, t).map(|a| a.1.clone());
        assert!(actor("Kenyan government").is_some(), "{m:?}");
        assert_ne!(actor("Kenyan foreign ministry"), actor("Kenyan government"));
        assert_eq!(actor("government"), actor("Kenyan government"));
        // the noun alone is the body named before whose name holds it
        let text = "The Supreme Court of Kenya ruled on Monday. Lawyers said the court had erred.";
        let (m, _) = analyze(text);
        assert!(actor_of(&m, "court").is_some(), "{m:?}");
        assert_eq!(
            actor_of(&m, "court").map(|a| &a.1),
            actor_of(&m, "Supreme Court of Kenya").map(|a| &a.1)
        );
        // an embassy is not a body of the country it stands in
        let text = "Ecuador recalled its ambassador on Friday. The embassy in Lima was closed, \
                    Ecuador said.";
        assert_eq!(code_of(text, "embassy").as_deref(), Some("ECUGOV"));
    }

    #[test]
    fn a_surname_two_people_share_is_the_one_named_first() {
        let (m, _) = analyze(
            "Tariq Haddad was detained at school. His father, Samir Haddad, said the boy \
             likes to repair radios. Haddad was later released.",
        );
        assert_eq!(
            actor_of(&m, "Haddad").map(|a| a.1.as_str()),
            Some("Tariq Haddad")
        );
    }

    #[test]
    fn a_surname_after_a_title_of_one_gender_is_the_person_of_that_gender() {
        // a husband and wife: the title picks the one of its gender, wherever they stand
        let (m, _) = analyze(
            "Daniel Mbeki and his wife, Grace Mbeki, ran the clinic for a decade. Mrs. Mbeki \
             said the ward would reopen. Mr. Mbeki said he disagreed. Later, Mrs. Mbeki spoke \
             to the board.",
        );
        assert_eq!(
            actors_written(&m, "Mbeki"),
            ["Grace Mbeki", "Daniel Mbeki", "Grace Mbeki"],
            "{m:?}"
        );
        // no title: the surname is the one named first, as before
        let (m, _) = analyze(
            "Daniel Mbeki and his wife, Grace Mbeki, ran the clinic for a decade. Mbeki said \
             the ward would reopen.",
        );
        assert_eq!(actors_written(&m, "Mbeki"), ["Daniel Mbeki"], "{m:?}");
        // a woman's title before the surname of the only man named is not him
        let (m, _) = analyze(
            "Daniel Mbeki ran the clinic for a decade. On Monday, Mrs. Mbeki said the ward \
             would reopen.",
        );
        assert!(
            !actors_written(&m, "Mbeki").contains(&"Daniel Mbeki"),
            "{m:?}"
        );
    }

    #[test]
    fn a_person_whose_name_opens_an_organisation_name_is_mentioned_there() {
        let (m, _) = analyze(
            "The sketches were donated by the Clara Voss Foundation for the Visual Arts. Clara \
             Voss made thousands of drawings.",
        );
        let people: Vec<_> = m.iter().filter(|m| m.0 == "Clara Voss").collect();
        assert_eq!(people.len(), 2, "{m:?}");
        assert!(people.iter().all(|p| p.2 == ActorType::Person), "{m:?}");
        assert_eq!(
            type_of(&m, "Clara Voss Foundation for the Visual Arts"),
            Some(ActorType::Organization)
        );
        let (m, _) = analyze("Reuters spoke to the organisers on Sunday.");
        assert!(actor_of(&m, "Reuters").is_some(), "{m:?}");
    }

    #[test]
    fn the_surname_a_body_is_named_after_is_a_person_there() {
        let (m, _) = analyze(
            "The survey was paid for by the Kessler Foundation. The prints hang in the Dunmore \
             Art Museum, which holds the art of the region.",
        );
        assert_eq!(type_of(&m, "Kessler"), Some(ActorType::Person), "{m:?}");
        assert_eq!(type_of(&m, "Dunmore"), Some(ActorType::Person), "{m:?}");
        assert_eq!(
            type_of(&m, "Kessler Foundation"),
            Some(ActorType::Organization)
        );
        // not a common word, an adjective or a word between that the text never writes in
        // lower case
        let (m, _) = analyze(
            "Funding came from the Heritage Foundation, whose heritage projects ran for years. \
             The National Museum and the Polish Institute opened. The Varnholt Policy Institute \
             said so. The Open Software Foundation and Artists for Justice Foundation write \
             software for justice.",
        );
        for word in [
            "Heritage", "National", "Polish", "Varnholt", "Open", "Justice",
        ] {
            assert!(!m.iter().any(|x| x.0 == word), "{word}: {m:?}");
        }
        // a noun naming the body's cause, capitalised only in the name
        let (m, _) = analyze(
            "Grants from the Sunlight Foundation and the Leadership Institute paid for the \
             survey.",
        );
        for word in ["Sunlight", "Leadership"] {
            assert!(!m.iter().any(|x| x.0 == word), "{word}: {m:?}");
        }
        assert_eq!(
            type_of(&m, "Sunlight Foundation"),
            Some(ActorType::Organization)
        );
    }

    #[test]
    fn the_surname_a_body_is_named_after_is_the_person_the_article_names() {
        // named in full before the body, or only after it: one person, no second "Kessler"
        for text in [
            "Marta Kessler, a retired surgeon, gave the land. The Kessler Foundation now runs \
             the clinic there.",
            "The Kessler Foundation now runs the clinic. Its founder, Marta Kessler, gave the \
             land in 1998.",
        ] {
            let (m, _) = analyze(text);
            let kessler = actor_of(&m, "Kessler").map(|a| a.1.as_str());
            assert_eq!(kessler, Some("Marta Kessler"), "{m:?}");
            assert!(!m.iter().any(|x| x.1 == "Kessler"), "{m:?}");
        }
        // a known person the article names by the surname alone
        let (m, _) = analyze("The Trump Foundation closed in 2018. Trump denied any wrongdoing.");
        assert_eq!(
            actor_of(&m, "Trump").map(|a| a.1.as_str()),
            Some("Donald Trump"),
            "{m:?}"
        );
        assert!(!m.iter().any(|x| x.1 == "Trump"), "{m:?}");
        // someone else of the article, with another surname, is not the founder
        let (m, _) = analyze("Marta Lindqvist said the Kessler Foundation pays for the clinic.");
        assert_eq!(
            actor_of(&m, "Kessler").map(|a| a.1.as_str()),
            Some("Kessler"),
            "{m:?}"
        );
    }

    #[test]
    fn a_capitalised_title_alone_refers_to_its_holder() {
        let (m, _) = analyze(
            "John Kerry, the Secretary of State, called his Thai counterpart. The Secretary of \
             State later flew to Bangkok. Canada's Prime Minister, Justin Trudeau, said talks \
             would follow.",
        );
        let titles: Vec<_> = m
            .iter()
            .filter(|m| m.0 == "Secretary of State")
            .map(|m| m.1.as_str())
            .collect();
        assert_eq!(titles, ["John Kerry", "John Kerry"], "{m:?}");
        assert_eq!(
            actor_of(&m, "Prime Minister").map(|a| a.1.as_str()),
            Some("Justin Trudeau")
        );
    }

    #[test]
    fn a_town_and_its_region_are_two_mentions() {
        let (doc, actors) = document_and_actors(
            "She was born in Fernbrook, Ohio, and moved to Aleppo, Syria. Teams from Chad, Mali, \
             Oman, and Peru came. Fernbrook is near Columbus.",
        );
        let texts = |name: &str| place_texts(&doc, &actors, name);
        assert_eq!(texts("Fernbrook"), ["Fernbrook", "Fernbrook"]);
        assert_eq!(texts("Aleppo"), ["Aleppo"]);
        assert_eq!(texts("Ohio"), ["Ohio"]);
        for country in ["Syria", "Chad", "Mali", "Oman", "Peru"] {
            assert!(actors.actors.iter().any(|a| a.name == country), "{country}");
        }
        // a list that went on before the town
        let (doc, actors) =
            document_and_actors("The survey ran in Queensland, Velmora, Tasmania and Victoria.");
        let texts = |name: &str| place_texts(&doc, &actors, name);
        assert_eq!(texts("Velmora"), ["Velmora"]);
        // the town takes the country of its region
        let (_, actors) = document_and_actors("He flew from Fernbrook, Ohio to Lagos on Monday.");
        let fernbrook = actors.places.iter().find(|p| p.name == "Fernbrook");
        assert_eq!(fernbrook.and_then(|p| p.country.as_deref()), Some("USA"));
        // a capital before its country, as in a dateline: the capital alone, and the country
        // one actor with its other mentions
        let (doc, actors) = document_and_actors(
            "QUITO, Ecuador — Floods closed two roads on Monday. Officials in Ecuador said \
             the rain would ease, and a bus left Quito, Ecuador, at noon.",
        );
        let quito: Vec<_> = actors.places.iter().map(|p| p.name.as_str()).collect();
        assert!(!quito.iter().any(|p| p.contains(',')), "{quito:?}");
        assert_eq!(place_texts(&doc, &actors, "Quito"), ["Quito"]);
        let ecuador: Vec<_> = (0..actors.actors.len())
            .filter(|&a| actors.actors[a].name == "Ecuador")
            .collect();
        assert_eq!(ecuador.len(), 1);
        let mentions = actors
            .mentions
            .iter()
            .filter(|m| m.actor == ecuador[0])
            .count();
        assert_eq!(mentions, 3);
    }

    #[test]
    fn a_known_bodys_one_word_name_after_another_name_is_another_body() {
        let text = "Libya's National Congress rejected the deal. Congress in Washington objected. \
                    The Republican Congress passed it.";
        assert_eq!(
            code_of(text, "National Congress").as_deref(),
            Some("LBYLEG")
        );
        assert_eq!(code_of(text, "Congress").as_deref(), Some("USALEG"));
        let (m, _) = analyze(text);
        let us = actor_of(&m, "Congress").map(|a| a.1.clone());
        assert_eq!(us.as_deref(), Some("U.S. Congress"));
        let of_republican = m.iter().filter(|x| x.0 == "Congress").count();
        assert_eq!(of_republican, 2, "{m:?}");
    }

    #[test]
    fn armed_men_siding_with_the_government_are_a_body_of_its_military() {
        let text = "In Syria, rebels attacked Hama on Monday. Pro-government militias retook a \
                    village near Hama. The pro-government militias later withdrew.";
        assert_eq!(code_of(text, "rebels").as_deref(), Some("SYRREB"));
        assert_eq!(
            code_of(text, "Pro-government militias").as_deref(),
            Some("SYRMIL")
        );
        let (m, _) = analyze(text);
        let militias = actor_of(&m, "Pro-government militias").map(|a| a.1.clone());
        assert_eq!(
            actor_of(&m, "pro-government militias").map(|a| a.1.clone()),
            militias
        );
        assert_ne!(actor_of(&m, "rebels").map(|a| a.1.clone()), militias);
    }

    #[test]
    fn the_armed_men_of_a_community_are_rebels_of_the_country_in_sight() {
        let text =
            "In Pakistan, Baloch separatists blew up a pipeline near Quetta. The separatists \
                    said the army had killed two Baloch.";
        assert_eq!(
            code_of(text, "Baloch separatists").as_deref(),
            Some("PAKREB")
        );
        let (m, _) = analyze(text);
        let armed = actor_of(&m, "Baloch separatists").map(|a| a.1.clone());
        assert_eq!(actor_of(&m, "separatists").map(|a| a.1.clone()), armed);
        let armed_name = armed.clone();
        // an armed group the lexicon knows is no community ("ISIS fighters" are of ISIS)
        let (m, _) = analyze("In Syria, ISIS fighters attacked Raqqa. ISIS said so.");
        let isis = actor_of(&m, "ISIS").map(|a| a.1.clone());
        assert!(
            isis.is_some() && actor_of(&m, "ISIS fighters").is_none(),
            "{m:?}"
        );
        let (m, _) = analyze(text);
        // the community named alone stays the community
        assert_eq!(actor_of(&m, "Baloch").map(|a| a.2), Some(ActorType::Group));
        assert_ne!(actor_of(&m, "Baloch").map(|a| a.1.clone()), armed_name);
    }

    #[test]
    fn coalitions_led_by_a_country_and_the_names_of_national_teams() {
        let text = "The U.S.-led coalition said its jets hit targets near Raqqa. U.S. forces \
                    stayed out.";
        assert_eq!(
            code_of(text, "U.S.-led coalition").as_deref(),
            Some("USAMIL")
        );
        let (m, _) = analyze(text);
        assert_ne!(
            actor_of(&m, "U.S.-led coalition").map(|a| a.1.clone()),
            actor_of(&m, "U.S. forces").map(|a| a.1.clone())
        );
        let text = "Group F: Norway 1 – 0 Korea Republic. Korea DPR did not play.";
        assert_eq!(code_of(text, "Korea Republic").as_deref(), Some("KOR"));
        assert_eq!(code_of(text, "Korea DPR").as_deref(), Some("PRK"));
    }

    #[test]
    fn a_given_name_between_two_places_of_a_list_is_a_place() {
        let (m, places) = analyze("The survey ran in Queensland, Victoria and Tasmania last year.");
        assert!(places.contains(&"Victoria".to_string()), "{places:?}");
        assert!(actor_of(&m, "Victoria").is_none(), "{m:?}");
        // one place next to it is not enough for a given name
        let (m, places) = analyze("Officials in Gdansk, Victoria and Anna said no.");
        assert!(!places.contains(&"Victoria".to_string()), "{places:?}");
        assert_eq!(
            actor_of(&m, "Victoria").map(|a| a.2),
            Some(ActorType::Person)
        );
    }

    #[test]
    fn a_building_last_after_the_names_a_place() {
        let (m, places) = analyze(
            "The awards were held at the Fenwick Liberty Hall near the river. Stuart Hall and \
             Darla Castle spoke.",
        );
        assert!(
            places.contains(&"Fenwick Liberty Hall".to_string()),
            "{places:?}"
        );
        assert_eq!(
            actor_of(&m, "Stuart Hall").map(|a| a.2),
            Some(ActorType::Person)
        );
        assert_eq!(
            actor_of(&m, "Darla Castle").map(|a| a.2),
            Some(ActorType::Person)
        );
    }

    #[test]
    fn names_that_hold_a_place_or_a_particle() {
        let (m, places) = analyze(
            "Crowds watched town mayor Lo Kai-bin open the fair. The bill includes singer Sam \
             Houston of the Blue Owls.",
        );
        assert!(actor_of(&m, "Lo Kai-bin").is_some(), "{m:?}");
        assert_eq!(type_of(&m, "Sam Houston"), Some(ActorType::Person));
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_common_surname_in_s_opening_a_sentence_is_a_person() {
        let (m, _) = analyze("The lawsuit was filed on Monday. Davis said the site was unsafe.");
        assert_eq!(type_of(&m, "Davis"), Some(ActorType::Person), "{m:?}");
        let (m, _) = analyze("The suit was filed. Roberts, a lawyer, said the site was unsafe.");
        assert_eq!(type_of(&m, "Roberts"), Some(ActorType::Person), "{m:?}");
        // a plural common noun is none
        let (m, _) = analyze("The lawsuit was filed on Monday. Critics said the site was unsafe.");
        assert_eq!(type_of(&m, "Critics"), None, "{m:?}");
    }

    #[test]
    fn a_first_word_alone_is_the_person_named_in_full() {
        // a first word the lexicon does not know as a given name, a name of its own in the text
        let text = "Police named the man as Taveth Morrow. Officials said that after his arrest \
                    Taveth stayed in a cell. Taveth had no lawyer.";
        let (m, _) = analyze(text);
        let named: Vec<_> = m.iter().filter(|a| a.0 == "Taveth").collect();
        assert_eq!(named.len(), 2, "{m:?}");
        assert!(named.iter().all(|a| a.1 == "Taveth Morrow"), "{m:?}");
    }

    #[test]
    fn a_given_name_spelled_two_ways_is_one_person() {
        let (m, _) = analyze(
            "Jonathan Pelham designed the bridge. Engineers thanked Jonathon Pelham. Jonas \
             Pelham did not attend.",
        );
        assert_eq!(
            actor_of(&m, "Jonathon Pelham").map(|a| a.1.as_str()),
            Some("Jonathan Pelham")
        );
        assert_ne!(
            actor_of(&m, "Jonas Pelham").map(|a| a.1.as_str()),
            Some("Jonathan Pelham")
        );
        // a surname spelled one letter apart, or a particle's name ("bin Ladin")
        let (m, _) = analyze(
            "Tomas Verhoeven designed the bridge. Engineers thanked Tomas Verhoven. Ines \
             Verhoven did not attend.",
        );
        assert_eq!(
            actor_of(&m, "Tomas Verhoven").map(|a| a.1.as_str()),
            Some("Tomas Verhoeven"),
            "{m:?}"
        );
        assert_ne!(
            actor_of(&m, "Ines Verhoven").map(|a| a.1.as_str()),
            Some("Tomas Verhoeven")
        );
        assert!(super::spelled_alike("Muhammad", "Muhammed"));
        assert!(super::spelled_alike("Jonathan", "Jonathon"));
        assert!(!super::spelled_alike("Jonathan", "Jonas"));
        assert!(!super::spelled_alike("Ivan", "Ivana"));
        assert!(!super::spelled_alike("Mario", "Maria"));
        assert!(!super::spelled_alike("Sam", "Pam"));
    }

    #[test]
    fn an_organisation_name_then_a_person_name_are_two_names() {
        let (m, _) = analyze("The head of the Housing Council Maria Okafor said no.");
        assert_eq!(type_of(&m, "Maria Okafor"), Some(ActorType::Person));
        assert_eq!(
            type_of(&m, "Housing Council"),
            Some(ActorType::Organization)
        );
    }

    #[test]
    fn a_person_named_right_after_an_organisation_name_is_apart() {
        let (m, _) = analyze(
            "The director of the Council on Tenant Relations Nadia Serrano said rents rose.",
        );
        assert_eq!(
            type_of(&m, "Nadia Serrano"),
            Some(ActorType::Person),
            "{m:?}"
        );
        assert_eq!(
            type_of(&m, "Council on Tenant Relations"),
            Some(ActorType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn a_sentence_opening_plural_before_say_is_no_person() {
        let (m, _) = analyze(
            "Figures suggest that 5,000 people fled the valley. Marlow says the count is low.",
        );
        assert!(actor_of(&m, "Figures").is_none(), "{m:?}");
        assert_eq!(type_of(&m, "Marlow"), Some(ActorType::Person), "{m:?}");
        // a word ending the text has nothing after it to look at
        let (m, _) = analyze("Figures");
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn a_brand_before_the_thing_it_names_is_no_actor() {
        let (m, _) = analyze(
            "Ukrainian forces said Shahed drones hit the port. Officials said Erdogan would \
             mediate.",
        );
        assert!(actor_of(&m, "Shahed").is_none(), "{m:?}");
        assert_eq!(
            actor_of(&m, "Erdogan").map(|a| a.1.as_str()),
            Some("Recep Tayyip Erdoğan")
        );
    }

    #[test]
    fn a_lone_word_opening_a_sentence_before_an_apposition_of_a_body_or_person_is_a_name() {
        let (m, _) = analyze(
            "Kelvix, a Dutch cybersecurity firm, said on Monday that the flaw was fixed. \
             MORVELLA, the maker of the chips, did not reply. Varnholt, a retired diplomat, \
             welcomed the news. Dravik, a company spokesman, declined to comment.",
        );
        assert_eq!(
            type_of(&m, "Kelvix"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert_eq!(
            type_of(&m, "MORVELLA"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert_eq!(type_of(&m, "Varnholt"), Some(ActorType::Person), "{m:?}");
        assert_eq!(type_of(&m, "Dravik"), Some(ActorType::Person), "{m:?}");
        // an adverb or a word of time opening the sentence is no name
        let (m, _) = analyze(
            "Meanwhile, a local firm said the plant would close. Yesterday, the company \
             denied it. Separately, a union official said talks had failed. Privately, the \
             nominee admitted it.",
        );
        for w in ["Meanwhile", "Yesterday", "Separately", "Privately"] {
            assert!(actor_of(&m, w).is_none(), "{w}: {m:?}");
        }
    }

    #[test]
    fn a_lone_name_opening_a_sentence_is_the_name_used_inside_one() {
        let (m, _) = analyze(
            "Zentrova raised its prices on Monday. Analysts said the prices charged by Zentrova \
             were high.",
        );
        let names: Vec<_> = m.iter().filter(|m| m.0 == "Zentrova").collect();
        assert_eq!(names.len(), 2, "{m:?}");
        assert_eq!(names[0].1, names[1].1);
    }

    #[test]
    fn a_name_before_government_is_its_leader() {
        let (m, _) = analyze("The tax was changed by the Kowalczyk government in 2012.");
        assert_eq!(type_of(&m, "Kowalczyk"), Some(ActorType::Person));
        // a leader the lexicon knows: mentioned there too, beside the government
        let (m, _) = analyze("The reform was passed by the Monti government in 2012.");
        assert_eq!(
            actor_of(&m, "Monti").map(|a| (a.1.as_str(), a.2)),
            Some(("Mario Monti", ActorType::Person)),
            "{m:?}"
        );
        assert!(actor_of(&m, "Monti government").is_some(), "{m:?}");
        // not a follower's: "pro-Assad forces" is one nominal
        let (m, _) = analyze("Pro-Assad forces entered the town.");
        assert!(actor_of(&m, "Assad").is_none(), "{m:?}");
    }

    /// (name, country, code) of the actors of `text`.
    fn codes(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let (_, actors) = document_and_actors(text);
        actors
            .actors
            .into_iter()
            .map(|a| (a.name, a.country, a.code))
            .collect()
    }

    /// The country of the actor named `name` among `codes`' rows.
    fn country_named<'a>(
        rows: &'a [(String, Option<String>, Option<String>)],
        name: &str,
    ) -> Option<&'a str> {
        rows.iter()
            .find(|a| a.0 == name)
            .and_then(|a| a.1.as_deref())
    }

    /// The code of the actor named `name` among `codes`' rows.
    fn code_named<'a>(
        rows: &'a [(String, Option<String>, Option<String>)],
        name: &str,
    ) -> Option<&'a str> {
        rows.iter()
            .find(|a| a.0 == name)
            .and_then(|a| a.2.as_deref())
    }

    #[test]
    fn an_office_with_no_country_is_of_the_country_the_story_is_told_from() {
        // a dateline's country, the only one named, places a head of state and an officer
        let text = "FREETOWN, May 3 (Reuters) - Soldiers detained President Joseph Tamba on \
                    Tuesday. General Omar Sesay said the army had taken charge in Sierra Leone. \
                    The health minister said clinics stayed open.";
        let rows = codes(text);
        assert_eq!(
            code_named(&rows, "Joseph Tamba"),
            Some("SLEGOV"),
            "{rows:?}"
        );
        assert_eq!(code_named(&rows, "Omar Sesay"), Some("SLEMIL"), "{rows:?}");
        // an office of government under a capital's dateline, the only country named
        let text = "WASHINGTON (AP) - Treasury Secretary Nora Fielding said on Monday that the \
                    talks would go on.";
        let rows = codes(text);
        assert_eq!(
            code_named(&rows, "Nora Fielding"),
            Some("USAGOV"),
            "{rows:?}"
        );
        // not a union's president in a story with no dateline, though one country is named
        let text = "President Dana Whitfield of the teachers' union met Senate leaders in \
                    Washington. Washington said the talks went well. Congress will vote.";
        let rows = codes(text);
        assert_eq!(country_named(&rows, "Dana Whitfield"), None, "{rows:?}");
        // nor a foreign leader under a third country's dateline
        let text = "GENEVA, March 3 (Reuters) - President Reza Karimi said Iran was ready to \
                    talk. Iran's envoy met Israel's envoy. Israel said it would wait.";
        let rows = codes(text);
        assert_eq!(code_named(&rows, "Reza Karimi"), None, "{rows:?}");
    }

    #[test]
    fn the_opposition_is_a_body_of_the_country_in_sight_or_of_its_sector() {
        let text = "Police fired tear gas at protesters in Nairobi on Tuesday.\n\nThe opposition \
                    accused the government of using excessive force.";
        assert_eq!(code_of(text, "opposition").as_deref(), Some("KENOPP"));
        assert_eq!(code_of(text, "government").as_deref(), Some("KENGOV"));
        // apart from the protesters
        let (m, _) = analyze(text);
        assert_ne!(
            actor_of(&m, "protesters"),
            actor_of(&m, "opposition"),
            "{m:?}"
        );
        // with no country named, of its sector alone
        let text = "The opposition accused the government of using excessive force.";
        assert_eq!(code_of(text, "opposition").as_deref(), Some("OPP"));
        assert_eq!(code_of(text, "government").as_deref(), Some("GOV"));
        // supporters of the opposition are of it
        let text = "Police in Nairobi fired tear gas at thousands of opposition supporters.";
        assert_eq!(
            code_of(text, "opposition supporters").as_deref(),
            Some("KENOPP")
        );
        // a stance, no body
        for text in [
            "The opposition to the plan grew in Nairobi.",
            "He was in the opposition for a decade in Kenya.",
            "Kenya faced strong opposition from donors.",
        ] {
            assert_eq!(code_of(text, "opposition"), None, "{text}");
        }
        // what it is accused of is no stance
        let text = "Police in Nairobi detained dozens. The government accused the opposition of \
                    inciting violence.";
        assert_eq!(code_of(text, "opposition").as_deref(), Some("KENOPP"));
        // "of" before a country still names the country's body
        let text = "Kenya offered aid to the government of Somalia.";
        assert_eq!(code_of(text, "government"), None);
    }

    #[test]
    fn the_court_after_a_court_of_states_is_that_court() {
        let text = "The International Court of Justice ordered Myanmar to protect the Rohingya. \
                    Lawyers for Myanmar said the court had no jurisdiction over Myanmar.";
        let (m, _) = analyze(text);
        assert_eq!(
            actor_of(&m, "court").map(|a| a.1.as_str()),
            Some("International Court of Justice"),
            "{m:?}"
        );
        // a country's own court, with no such court named before, is the country's
        let text = "Lawyers for Myanmar said the court had no jurisdiction over Myanmar.";
        assert_eq!(code_of(text, "court").as_deref(), Some("MMRJUD"));
    }

    #[test]
    fn an_election_commission_is_a_body_of_government() {
        let text = "DAKAR, Feb. 2 (Reuters) - The Electoral Commission of Senegal delayed the \
                    count. The National Election Commission said results would follow.";
        let rows = codes(text);
        assert_eq!(
            code_named(&rows, "National Election Commission"),
            Some("SENGOV"),
            "{rows:?}"
        );
    }

    #[test]
    fn contractions_of_i_are_no_names() {
        let (m, _) = analyze("“If I’m wrong, I've lost the bet,” Dara Quill said at the fair.");
        assert_eq!(
            m.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(),
            ["Dara Quill"]
        );
    }

    #[test]
    fn the_words_before_a_known_surname_name_the_person_or_another_one() {
        let (m, _) = analyze(
            "In the capital, Sayyid Ali Hosseini Khamenei spoke to the crowd about the war.",
        );
        assert_eq!(
            actor_of(&m, "Sayyid Ali Hosseini Khamenei").map(|a| a.1.as_str()),
            Some("Sayyid Ali Hosseini Khamenei")
        );
        let c = codes("In the capital, Sayyid Ali Hosseini Khamenei spoke to the crowd.");
        assert_eq!(c[0].2.as_deref(), Some("IRNGOV"), "{c:?}");
        // a given name that is none of the known person's: someone else with the surname
        let (m, _) = analyze("The chef Maria Biden cooked for the guests at the dinner.");
        let maria = actor_of(&m, "Maria Biden");
        assert_eq!(maria.map(|a| a.1.as_str()), Some("Maria Biden"), "{m:?}");
        let c = codes("The chef Maria Biden cooked for the guests at the dinner.");
        assert!(c.iter().all(|a| a.2.is_none()), "{c:?}");
    }

    #[test]
    fn a_known_surname_alone_is_the_person_of_the_article_who_bears_it() {
        let (m, _) =
            analyze("Dr Samir Haddad said the clinic was full, and then Haddad left the hall.");
        assert_eq!(
            actor_of(&m, "Haddad").map(|a| a.1.as_str()),
            Some("Samir Haddad"),
            "{m:?}"
        );
        // "Dr" without a full stop is a title, not part of the name
        assert!(actor_of(&m, "Dr Samir Haddad").is_none(), "{m:?}");
        // no one else bears it: the known person
        let (m, _) = analyze("The rally was large, and Haddad spoke to the crowd for an hour.");
        assert_eq!(
            actor_of(&m, "Haddad").map(|a| a.1.as_str()),
            Some("Fernando Haddad")
        );
    }

    #[test]
    fn a_surname_with_its_particle_refers_to_the_person() {
        let (m, _) = analyze(
            "Ziyad al-Hamdani, the governor, spoke on Monday. Later al-Hamdani left the city. \
             Al-Hamdani returned on Friday.",
        );
        let (m2, _) = analyze(
            "Ziyad al-Hamdani, the governor, spoke on Monday.\n\nAl-Hamdani, who leads the \
             council, returned on Friday.",
        );
        assert_eq!(
            actor_of(&m2, "Al-Hamdani").map(|a| a.1.as_str()),
            Some("Ziyad al-Hamdani"),
            "{m2:?}"
        );
        for text in ["al-Hamdani", "Al-Hamdani"] {
            assert_eq!(
                actor_of(&m, text).map(|a| a.1.as_str()),
                Some("Ziyad al-Hamdani"),
                "{text}: {m:?}"
            );
        }
    }

    #[test]
    fn a_sector_noun_of_a_country_is_its_body() {
        let text = "The Parliament of Iraq voted on Monday. The Parliament's decision was \
                    criticised, and the government of the Philippines said nothing.";
        let (m, _) = analyze(text);
        assert_eq!(
            actor_of(&m, "Parliament").map(|a| a.1.as_str()),
            Some("Parliament of Iraq")
        );
        let c = codes(text);
        assert_eq!(
            code_named(&c, "Parliament of Iraq"),
            Some("IRQLEG"),
            "{c:?}"
        );
        assert_eq!(
            code_named(&c, "government of the Philippines"),
            Some("PHLGOV"),
            "{c:?}"
        );
        assert_eq!(code_named(&c, "Iraq"), Some("IRQ"), "{c:?}");
    }

    #[test]
    fn a_sector_noun_a_foreign_speaker_speaks_of_is_not_the_target_countrys() {
        // the country the sentence aims its act at is not the body's: the speaker's is
        let text = "Cuba freed two prisoners on Monday. A senior Canadian diplomat said the \
                    government was weighing sanctions on Cuba.";
        let c = codes(text);
        assert_eq!(code_named(&c, "government"), Some("CANGOV"), "{c:?}");
        // a country that opens a phrase ("on Cuba's sugar") is aimed at by no act; and with no
        // speaker of another country the article's country stays
        for text in [
            "Cuba freed two prisoners on Monday. A senior Canadian diplomat said the government \
             was weighing sanctions on Cuba's sugar.",
            "Cuba freed two prisoners on Monday. The government said it would not bow to \
             sanctions on Cuba.",
        ] {
            let c = codes(text);
            assert_eq!(code_named(&c, "government"), Some("CUBGOV"), "{c:?}");
        }
    }

    #[test]
    fn a_clubs_last_word_alone_is_that_club() {
        let (m, _) = analyze(
            "Harton Rovers beat Kestrel United 2-1 on Saturday. The win lifted United to third \
             place, and Rovers stayed fifth.",
        );
        assert_eq!(
            actor_of(&m, "United").map(|a| a.1.as_str()),
            Some("Kestrel United"),
            "{m:?}"
        );
        assert_eq!(
            actor_of(&m, "Rovers").map(|a| a.1.as_str()),
            Some("Harton Rovers"),
            "{m:?}"
        );
    }

    #[test]
    fn a_name_found_as_a_place_is_that_place_elsewhere() {
        let (m, places) = analyze(
            "Fighting raged near Tell Varda on Sunday. By the evening Tell Varda was quiet.",
        );
        assert!(actor_of(&m, "Tell Varda").is_none(), "{m:?}");
        assert_eq!(places, ["Tell Varda"]);
    }

    #[test]
    fn a_word_in_capitals_also_written_in_lower_case_is_shouted() {
        let (m, _) = analyze("We will make the harbour GREAT again, because it was great once.");
        assert!(actor_of(&m, "GREAT").is_none(), "{m:?}");
        let (m, _) = analyze("The report was written by KRTZ and sent to the council.");
        assert_eq!(type_of(&m, "KRTZ"), Some(ActorType::Organization));
    }

    #[test]
    fn an_acronym_defined_in_brackets_is_the_body_named_before_it() {
        // whatever the lexicon says the acronym stands for
        let (m, _) = analyze(
            "Reporters Without Borders (RSF) condemned the killing. RSF said more would follow.",
        );
        let rsf: Vec<_> = m.iter().filter(|m| m.0 == "RSF").collect();
        assert_eq!(rsf.len(), 2, "{m:?}");
        assert!(
            rsf.iter().all(|m| m.1 == "Reporters Without Borders"),
            "{m:?}"
        );
        let (m, _) = analyze(
            "The Union of Free Thinkers (UFT) filed a petition. On Monday the UFT said so.",
        );
        let uft: Vec<_> = m.iter().filter(|m| m.0 == "UFT").collect();
        assert_eq!(uft.len(), 2, "{m:?}");
        assert!(uft.iter().all(|m| m.1 == "Union of Free Thinkers"), "{m:?}");
    }

    #[test]
    fn a_country_in_a_clause_after_a_name_is_not_the_persons() {
        let c = codes(
            "The bomb was hidden in a cart, stated Minister of Information Fadi al-Tamimi. \
             According to al-Tamimi, the rebels are backed by Iran.",
        );
        let a = c.iter().find(|a| a.0 == "Fadi al-Tamimi");
        assert_eq!(a.map(|a| a.1.as_deref()), Some(None), "{c:?}");
        for (text, name, country) in [
            (
                "Dana Osei, the Ghanaian ambassador, arrived on Monday.",
                "Dana Osei",
                "GHA",
            ),
            (
                "Tomas Reyes, the Chilean boy, was found on Monday.",
                "Tomas Reyes",
                "CHL",
            ),
        ] {
            let c = codes(text);
            let a = c.iter().find(|a| a.0 == name);
            assert_eq!(a.and_then(|a| a.1.as_deref()), Some(country), "{c:?}");
        }
    }

    #[test]
    fn a_country_before_its_known_body_is_one_name_of_the_body() {
        let text = "The United States Department of Defense denied the report on Monday.";
        let (m, _) = analyze(text);
        assert_eq!(
            actor_of(&m, "United States Department of Defense").map(|a| a.1.as_str()),
            Some("Pentagon")
        );
        assert_eq!(type_of(&m, "United States"), Some(ActorType::Country));
        let c = codes(text);
        assert!(c.iter().any(|a| a.2.as_deref() == Some("USAMIL")), "{c:?}");
    }

    #[test]
    fn a_site_named_after_a_town_with_words_between_is_a_place_of_its_own() {
        let (m, places) =
            analyze("The plane landed at Baghdad International Airport on Friday night.");
        assert!(m.is_empty(), "{m:?}");
        assert_eq!(places, ["Baghdad International Airport", "Baghdad"]);
    }

    #[test]
    fn a_national_adjective_opens_an_organisation_name() {
        let (m, _) = analyze("They met the Italian Episcopal Conference on Monday in the city.");
        assert_eq!(
            type_of(&m, "Italian Episcopal Conference"),
            Some(ActorType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn compass_points_weapons_and_scriptures_are_no_actors() {
        let (m, _) = analyze(
            "The zone lies East of the river, and the rebels took a Humvee under Sharia rules.",
        );
        for word in ["East", "Humvee", "Sharia"] {
            assert!(actor_of(&m, word).is_none(), "{m:?}");
        }
        // the rebels who act are a body ("took": a verb after the noun, not a noun it qualifies)
        assert_eq!(type_of(&m, "rebels"), Some(ActorType::Group), "{m:?}");
    }

    #[test]
    fn the_credit_of_a_picture_names_a_person() {
        let (m, _) = analyze("The harbour at dusk, seen from the pier. Image: Kelvrose.");
        assert_eq!(type_of(&m, "Kelvrose"), Some(ActorType::Person), "{m:?}");
    }

    #[test]
    fn a_surname_with_a_particle_does_not_make_two_people_one() {
        let (m, _) = analyze(
            "Karim bin Hadlan was killed in the raid, officials said. His father, Yusuf bin \
             Hadlan, had led the group for years.",
        );
        let karim = actor_of(&m, "Karim bin Hadlan").map(|a| a.1.as_str());
        let yusuf = actor_of(&m, "Yusuf bin Hadlan").map(|a| a.1.as_str());
        assert_eq!(karim, Some("Karim bin Hadlan"), "{m:?}");
        assert_eq!(yusuf, Some("Yusuf bin Hadlan"), "{m:?}");
    }

    #[test]
    fn a_country_opening_an_organisation_name_is_part_of_it() {
        let (m, _) = analyze(
            "He led the Valdoria African Unity League, and later the Kenya Rural Farmers \
             Association, for a decade.",
        );
        assert_eq!(
            type_of(&m, "Kenya Rural Farmers Association"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        // the country is the body's, and a mention of its own there (a name inside a name)
        assert_eq!(type_of(&m, "Kenya"), Some(ActorType::Country), "{m:?}");
        let c = codes(
            "The Sudan Doctors Network said 40 people were killed. The Myanmar Red Cross \
             Society sent aid.",
        );
        assert_eq!(
            country_named(&c, "Sudan Doctors Network"),
            Some("SDN"),
            "{c:?}"
        );
        assert_eq!(
            country_named(&c, "Myanmar Red Cross Society"),
            Some("MMR"),
            "{c:?}"
        );
        // and so before a name whose head comes before its "of" or "on"
        let c = codes(
            "The Ghana National Council on Coastal Fisheries met on Monday. The Peru National \
             Union of Teachers called a strike.",
        );
        assert_eq!(
            country_named(&c, "Ghana National Council on Coastal Fisheries"),
            Some("GHA"),
            "{c:?}"
        );
        assert_eq!(
            country_named(&c, "Peru National Union of Teachers"),
            Some("PER"),
            "{c:?}"
        );
    }

    #[test]
    fn a_central_bank_and_a_junta_are_bodies_of_their_own() {
        let c = codes(
            "Britain's central bank raised rates. British officials said the move was right.",
        );
        assert_eq!(
            code_named(&c, "Britain's central bank"),
            Some("GBRGOV"),
            "{c:?}"
        );
        assert_eq!(code_named(&c, "British officials"), Some("GBRGOV"), "{c:?}");
        let (m, _) = analyze(
            "Mali's military government said the army had retaken the town. The army said six \
             soldiers were killed.",
        );
        let army = actor_of(&m, "army").map(|a| a.1.as_str());
        assert!(army.is_some(), "{m:?}");
        assert_ne!(
            army,
            actor_of(&m, "Mali's military government").map(|a| a.1.as_str())
        );
    }

    #[test]
    fn a_datelines_agency_gives_no_country() {
        let c = codes("KESTREL BAY, Jan. 5 (AP) — Police fired tear gas, officials said.");
        assert_eq!(country_named(&c, "Associated Press"), Some("USA"), "{c:?}");
        assert_eq!(country_named(&c, "police"), None, "{c:?}");
        assert_eq!(country_named(&c, "officials"), None, "{c:?}");
        // the agency named in the story, where it works, counts
        let c = codes("The Associated Press said police in Ohio fired tear gas.");
        assert_eq!(country_named(&c, "police"), Some("USA"), "{c:?}");
    }

    #[test]
    fn comrade_is_a_title() {
        let (m, _) = analyze("The party thanked Cde Tendai Moyo for his long service in the war.");
        assert_eq!(
            actor_of(&m, "Tendai Moyo").map(|a| a.2),
            Some(ActorType::Person),
            "{m:?}"
        );
    }

    #[test]
    fn militias_of_recent_wars_have_their_codes() {
        for (text, code) in [
            (
                "Fighters of Liwa Fatemiyoun were seen near the town.",
                "IRNMILFTM",
            ),
            (
                "The Sudan Shield Forces entered the village at dawn.",
                "SDNMILSSF",
            ),
            (
                "Twirwaneho fighters clashed with the army on Monday.",
                "CODREBTWI",
            ),
        ] {
            let c = codes(text);
            assert!(
                c.iter().any(|a| a.2.as_deref() == Some(code)),
                "{text}: {c:?}"
            );
        }
    }

    #[test]
    fn two_given_names_before_one_surname_are_two_people() {
        let (m, _) = analyze(
            "The band was founded by Alex Van Dorsten in 1972. Eddie Van Dorsten joined a year \
             later, and John F. Kessler and Robert F. Kessler came to the show.",
        );
        for name in [
            "Alex Van Dorsten",
            "Eddie Van Dorsten",
            "John F. Kessler",
            "Robert F. Kessler",
        ] {
            assert_eq!(
                actor_of(&m, name).map(|a| a.1.as_str()),
                Some(name),
                "{m:?}"
            );
        }
        // a word before the name that is no given name keeps it one person
        let (m, _) = analyze(
            "Greta Lindahl won the race. Later the Olympian Greta Lindahl thanked her coach.",
        );
        assert_eq!(
            actor_of(&m, "Olympian Greta Lindahl").map(|a| a.1.as_str()),
            Some("Olympian Greta Lindahl")
        );
        assert_eq!(
            actor_of(&m, "Greta Lindahl").map(|a| a.1.as_str()),
            Some("Olympian Greta Lindahl")
        );
    }

    #[test]
    fn a_word_describing_a_person_opening_the_sentence_is_not_their_name() {
        for (text, name) in [
            (
                "Biologist Nadia Ferrel said the count was low.",
                "Nadia Ferrel",
            ),
            (
                "Democrat Ronald Kessinger won the seat in the autumn.",
                "Ronald Kessinger",
            ),
            (
                "Muslim Zara Quell spoke to the students about faith.",
                "Zara Quell",
            ),
        ] {
            let (m, _) = analyze(text);
            assert_eq!(type_of(&m, name), Some(ActorType::Person), "{text}: {m:?}");
        }
        // a participle opening a headline before a surname the article writes alone
        let (m, _) = analyze(
            "Embattled Kessler quits the board.\n\nThe chairman, Anton Kessler, left on Monday. \
             Kessler said he was tired.",
        );
        assert!(actor_of(&m, "Embattled Kessler").is_none(), "{m:?}");
        let kessler = m.iter().filter(|t| t.1 == "Anton Kessler").count();
        assert_eq!(kessler, 3, "{m:?}");
    }

    #[test]
    fn the_holder_of_a_state_office_named_without_a_country_takes_the_articles_country() {
        let text = "Gunmen attacked a village in northern Mali on Sunday, the worst attack in \
                    Mali this year. Army spokesman Tom Bako said troops pursued them. Interior Minister Ali Musa said the \
                    government would act. Club president Sam Oyo said games were off.";
        assert_eq!(code_of(text, "Tom Bako").as_deref(), Some("MLIMIL"));
        assert_eq!(code_of(text, "Ali Musa").as_deref(), Some("MLIGOV"));
        // the president of a club is no office of the state
        assert_eq!(code_of(text, "Sam Oyo"), None);
    }

    #[test]
    fn a_title_after_a_given_name_is_a_surname() {
        let (m, _) = analyze(
            "Congresswoman Laura King of Iowa said the bill was bad. King later apologised. King \
             Tamir of Varland met him.",
        );
        let kings: Vec<&str> = m
            .iter()
            .filter(|t| t.1 == "Laura King")
            .map(|t| t.0.as_str())
            .collect();
        assert_eq!(kings, ["Laura King", "King"], "{m:?}");
    }

    #[test]
    fn a_laws_word_after_a_known_name_is_no_person() {
        let (m, _) = analyze("The Senate passed the Western Sahara Bill on Tuesday.");
        assert!(actor_of(&m, "Bill").is_none(), "{m:?}");
    }

    #[test]
    fn a_body_ending_the_line_before_a_name_gives_it_no_country() {
        let c = codes("Report by Lena Dorsey, of Hezbollah\n\nTomas Kerrigan, who wrote it, left.");
        let a = c.iter().find(|a| a.0 == "Tomas Kerrigan");
        assert_eq!(a.map(|a| a.1.as_deref()), Some(None), "{c:?}");
    }

    #[test]
    fn a_given_name_before_a_place_head_after_a_title_or_before_a_cue_is_a_person() {
        let (m, _) = analyze("Senator Dana Lake said the bill would pass. Lake voted for it.");
        assert_eq!(type_of(&m, "Dana Lake"), Some(ActorType::Person), "{m:?}");
        let (m, _) = analyze("On Monday, Dana Park told reporters the deal was done.");
        assert_eq!(type_of(&m, "Dana Park"), Some(ActorType::Person), "{m:?}");
        // in apposition to a person's noun
        let (m, _) = analyze("The defendant's attorney, Ellen Park, asked for leniency.");
        assert_eq!(type_of(&m, "Ellen Park"), Some(ActorType::Person), "{m:?}");
        // without a title or a cue, a park
        let (m, places) = analyze("The fair opened in Dana Park on Monday.");
        assert_eq!(type_of(&m, "Dana Park"), None, "{m:?}");
        assert!(places.iter().any(|p| p == "Dana Park"), "{places:?}");
    }

    #[test]
    fn a_name_before_a_region_noun_or_a_noun_of_its_people_is_a_place() {
        let (m, places) = analyze(
            "Floods hit the Varkel region on Monday. Police arrested a 41-year-old Dravik man \
             and two Pelmar residents.",
        );
        assert_eq!(places, ["Varkel", "Dravik", "Pelmar"], "{m:?}");
        // not after an adverb: a party's voters, not a place
        let (_, places) = analyze("Dravik is an increasingly Varkel county.");
        assert!(places.is_empty(), "{places:?}");
        let (_, places) = analyze("She won the 10th Congressional district in May.");
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn a_name_listed_with_a_given_name_and_surname_is_a_person() {
        let (m, _) = analyze("The film is a documentary by Venko and Marek Dolan about the mine.");
        assert_eq!(type_of(&m, "Venko"), Some(ActorType::Person), "{m:?}");
        let (m, _) = analyze("Two workers, Marek Dolan, and Venko, joined the strike.");
        assert_eq!(type_of(&m, "Venko"), Some(ActorType::Person), "{m:?}");
        // not a team's name after its town (written with a capital before it), nor an adjective
        let (m, _) = analyze("The Denver Vortex and Carolina Panthers met on Sunday.");
        assert_eq!(type_of(&m, "Vortex"), None, "{m:?}");
        let (m, _) = analyze("Marek Dolan and Varkelian officials met on Sunday.");
        assert_eq!(type_of(&m, "Varkelian"), None, "{m:?}");
    }

    #[test]
    fn a_given_name_before_an_organisation_head_after_a_title_is_a_person() {
        let (m, _) = analyze("Pastor Dana Church said the service would go ahead.");
        assert_eq!(type_of(&m, "Dana Church"), Some(ActorType::Person), "{m:?}");
        // or with a middle initial
        let (m, _) = analyze("The choir sang, said Dana J. Church, its leader.");
        assert_eq!(
            type_of(&m, "Dana J. Church"),
            Some(ActorType::Person),
            "{m:?}"
        );
        // without a title, the church
        let (m, _) = analyze("The choir of Grace Church sang on Sunday.");
        assert_eq!(
            type_of(&m, "Grace Church"),
            Some(ActorType::Organization),
            "{m:?}"
        );
    }

    #[test]
    fn a_known_persons_name_before_an_institutions_head_names_the_institution() {
        let (m, places) = analyze(
            "Donald Trump said Trump University did nothing wrong. Protesters marched to \
             Trump Tower.",
        );
        assert_eq!(
            type_of(&m, "Trump University"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert!(
            places.iter().any(|p| p == "Trump Tower"),
            "{places:?} {m:?}"
        );
        assert_eq!(type_of(&m, "Trump"), None, "{m:?}");
    }

    #[test]
    fn a_common_noun_after_an_abbreviated_title_is_a_surname() {
        let (m, _) = analyze("Mr. Singer loved the letter. Later, Ms Boxer said she agreed.");
        assert_eq!(type_of(&m, "Singer"), Some(ActorType::Person), "{m:?}");
        assert_eq!(type_of(&m, "Boxer"), Some(ActorType::Person), "{m:?}");
        // alone, a common noun
        let (m, _) = analyze("Singer loved the letter.");
        assert_eq!(type_of(&m, "Singer"), None, "{m:?}");
    }

    #[test]
    fn a_given_name_and_surname_opening_a_headline_before_its_verb_is_a_person() {
        let (m, _) = analyze(
            "Dana Kowal Blasts Critics Of New Budget Plan\n\nOn Monday, Kowal spoke in the \
             capital.",
        );
        assert_eq!(type_of(&m, "Dana Kowal"), Some(ActorType::Person), "{m:?}");
        assert_eq!(
            actor_of(&m, "Kowal").map(|a| a.1.as_str()),
            Some("Dana Kowal"),
            "{m:?}"
        );
        // a name of three words in a list, or a verb after a given name, is no such headline
        let (m, _) = analyze("Dana Kowal Clark, Ellen Marsh Reid, Tom Hale Brook\n\nThey met.");
        assert_eq!(type_of(&m, "Dana Kowal"), None, "{m:?}");
        let (m, _) = analyze("Dana Just Vowed To Never Quit The Race Again\n\nShe spoke.");
        assert_eq!(type_of(&m, "Dana Just"), None, "{m:?}");
        // a sentence-case headline: the name before its verb in lower case, not a church or a park
        let (m, _) = analyze("Dana Kowal visits Japan\n\nOn Monday, Kowal met officials.");
        assert_eq!(type_of(&m, "Dana Kowal"), Some(ActorType::Person), "{m:?}");
        let (m, _) = analyze("Grace Church welcomes Dana Kowal\n\nThe choir sang.");
        assert_eq!(type_of(&m, "Grace Church"), None, "{m:?}");
    }

    #[test]
    fn a_party_takes_the_country_of_its_name_or_of_the_article() {
        let text = "The Kenyan Green Party said the vote was rigged.";
        assert_eq!(
            code_of(text, "Kenyan Green Party").as_deref(),
            Some("KENPTY")
        );
        let text = "The Frontier Party won seats in Brazil's Senate. Brazil's president \
                    congratulated the Frontier Party.";
        assert_eq!(code_of(text, "Frontier Party").as_deref(), Some("BRAPTY"));
    }

    #[test]
    fn a_partys_possessive_before_a_name_makes_a_member() {
        let text = "Labour's Emily Thornbury said the plan was reckless. Labour won in London.";
        assert_eq!(code_of(text, "Emily Thornbury").as_deref(), Some("GBRPTY"));
        let text = "The Democrats' Chuck Wellman opposed the bill on Tuesday.";
        assert_eq!(code_of(text, "Chuck Wellman").as_deref(), Some("USAPTY"));
        // another owner than a party gives nothing
        let text = "Tom Hale's Emily Thornbury said no. Labour lost in London.";
        assert_eq!(code_of(text, "Emily Thornbury"), None);
    }

    #[test]
    fn a_party_family_is_no_one_countrys_party() {
        // "Social Democrats" and "Christian Democrats" name parties of many countries, not the
        // U.S. Democrats
        for (text, name) in [
            (
                "Sweden's Social Democrats said they would form a government.",
                "Social Democrats",
            ),
            (
                "The Christian Democrats won the most seats in Bavaria.",
                "Christian Democrats",
            ),
        ] {
            assert_eq!(
                roles_and_code_of(text, name),
                Some((vec![], None)),
                "{name}"
            );
        }
        let text = "The Democrats in Congress said they would block the bill.";
        assert_eq!(code_of(text, "Democrats").as_deref(), Some("USAPTY"));
    }

    #[test]
    fn a_known_persons_namesake_titled_for_another_country_is_another_person() {
        let text = "Argentina's Trade Minister Pedro Sanchez said exports rose.";
        let code = code_of(text, "Pedro Sanchez");
        assert_ne!(code.as_deref(), Some("ESPGOV"));
        assert_eq!(code.as_deref(), Some("ARGGOV"));
        let text = "Chilean Trade Minister Pedro Sanchez said exports rose.";
        assert_eq!(code_of(text, "Pedro Sanchez").as_deref(), Some("CHLGOV"));
        // the known person titled for their own country
        let text = "Spain's Prime Minister Pedro Sanchez said exports rose.";
        assert_eq!(code_of(text, "Pedro Sanchez").as_deref(), Some("ESPGOV"));
    }

    #[test]
    fn a_known_bodys_one_word_name_alone_is_the_body_the_article_named() {
        let text = "Peru's National Congress met on Monday. Congress voted to delay the poll.";
        let (doc, actors) = document_and_actors(text);
        let of = |t: &str| {
            actors
                .mentions
                .iter()
                .find(|m| doc.span_text(m.tokens.clone()) == t)
                .map(|m| m.actor)
        };
        assert!(of("Congress").is_some());
        assert_eq!(of("Congress"), of("National Congress"));
        assert_eq!(code_of(text, "Congress").as_deref(), Some("PERLEG"));
        // the article also names the U.S. one
        let text = "Peru's National Congress met on Monday. The U.S. Congress objected, and \
                    Congress voted to cut aid.";
        assert_eq!(code_of(text, "Congress").as_deref(), Some("USALEG"));
    }

    #[test]
    fn a_countrys_possessive_before_an_office_gives_its_government() {
        let text = "Chile's president said on Friday that the dam would open, and later \
                    Peru's foreign minister arrived in Lima.";
        assert_eq!(
            code_of(text, "Chile's president").as_deref(),
            Some("CHLGOV")
        );
        assert_eq!(
            code_of(text, "Peru's foreign minister").as_deref(),
            Some("PERGOV")
        );
        // the country stays a mention of its own
        assert_eq!(code_of(text, "Chile").as_deref(), Some("CHL"));
        // an irregular past after the office
        let text = "Chile's foreign minister met his Bolivian counterpart in La Paz.";
        assert_eq!(
            code_of(text, "Chile's foreign minister").as_deref(),
            Some("CHLGOV")
        );
        // a longer title than the role, or the last word of a body's name, is no office
        let (m, _) = analyze(
            "Chile's official gazette printed the law. Bank of Peru's president spoke later.",
        );
        assert!(
            !m.iter()
                .any(|x| x.0 == "Chile's official" || x.0 == "Peru's president"),
            "{m:?}"
        );
    }

    #[test]
    fn bare_forces_among_several_countries_take_the_country_the_lede_places_the_story_in() {
        let text = "Thousands of people marched in Quito on Saturday. Security forces fired tear \
                    gas. Peru and Chile called for calm.";
        assert_eq!(code_of(text, "Security forces").as_deref(), Some("ECUCOP"));
    }

    #[test]
    fn bare_state_media_are_the_countrys_media_and_reporters_of_no_country() {
        let text = "Syrian troops crossed into Dravik on Monday. State media said the border \
                    would stay closed.";
        assert_eq!(code_of(text, "State media").as_deref(), Some("SYRMED"));
        let text = "Syrian troops crossed into Dravik in 2019. In 2019 state media said the \
                    border would stay closed.";
        assert_eq!(code_of(text, "state media").as_deref(), Some("SYRMED"));
        let text = "Syrian troops crossed the border on Monday. Reporters said the border \
                    would stay closed.";
        assert_eq!(code_of(text, "Reporters"), None);
    }

    #[test]
    fn an_army_reporting_in_the_sentence_gives_the_bare_forces_its_country() {
        let text = "Iraq closed a border crossing on Monday. Security forces killed four gunmen \
                    on Tuesday, Turkey's army said. Iraq protested. Iraq summoned the envoy.";
        assert_eq!(code_of(text, "Security forces").as_deref(), Some("TURCOP"));
    }

    #[test]
    fn a_roles_own_country_outweighs_the_country_the_story_names_most() {
        let story = "Tallwind Air said on Monday it would fly to Havana from Miami, Boston and \
                     New York. The United States and the US carriers welcomed the plan.";
        for (text, name) in [
            (
                "Ana Ortega, the foreign minister of Cuba, thanked them.",
                "Ana Ortega",
            ),
            (
                "The foreign minister of Cuba, Luis Prado, thanked them.",
                "Luis Prado",
            ),
            (
                "Cuban Foreign Minister Ana Ortega thanked them.",
                "Ana Ortega",
            ),
            (
                "Cuba's foreign minister, Luis Prado, thanked them.",
                "Luis Prado",
            ),
        ] {
            let text = format!("{story} {text}");
            assert_eq!(code_of(&text, name).as_deref(), Some("CUBGOV"), "{text}");
        }
    }

    #[test]
    fn an_apposition_without_an_article_gives_the_title() {
        let holder = |text: &str, name: &str| {
            roles_and_code_of(text, name).unwrap_or_else(|| panic!("{name} in {text}"))
        };
        let story = "Tallwind Air said on Monday it would fly to Havana from Miami, Boston and \
                     New York. The United States and the US carriers welcomed the plan.";
        let text = format!("{story} Ana Ortega, foreign minister of Cuba, thanked them.");
        assert_eq!(
            holder(&text, "Ana Ortega"),
            (
                vec!["foreign minister".to_string()],
                Some("CUBGOV".to_string())
            )
        );
        let text = "Ruth Abello, executive director of the Marrow Trust, said the clinic would \
                    close. Olek Varga, former governor of the province, agreed.";
        assert_eq!(holder(text, "Ruth Abello").0, ["executive director"]);
        assert_eq!(holder(text, "Olek Varga").0, ["former governor"]);
        let text = "Ines Kaur, another lawyer for the family, agreed.";
        assert_eq!(holder(text, "Ines Kaur").0, ["lawyer"]);
        // not a list of people, a clause, nor a time's description
        for (text, name) in [
            (
                "Ruth Abello, Foreign Minister Ana Ortega and the envoy met.",
                "Ruth Abello",
            ),
            (
                "Ruth Abello, whose spokesman declined to comment, left.",
                "Ruth Abello",
            ),
            ("Olek Varga, as governor, opened the road.", "Olek Varga"),
        ] {
            assert!(holder(text, name).0.is_empty(), "{text}");
        }
        // an adverb of time before the title: the title was or is the person's
        let text = "Olek Varga, now director of the fund, spoke.";
        assert_eq!(holder(text, "Olek Varga").0, ["director"]);
        // a senator who chairs a committee still holds the country's office
        let text = "Senators met in Washington on Monday. Washington lawmakers backed the bill. \
                    Sen. Dana Whitlow, chairman of the Rules Committee, said it would pass.";
        assert_eq!(code_of(text, "Dana Whitlow").as_deref(), Some("USALEG"));
    }

    #[test]
    fn a_captain_in_a_match_report_leads_a_team() {
        let text =
            "Norway beat Chile 2 – 1 on Sunday. Norwegian captain Eirik Solvang scored twice.";
        assert_eq!(code_of(text, "Eirik Solvang").as_deref(), Some("NOR"));
        let text = "Norwegian captain Eirik Solvang led the patrol across the border.";
        assert_eq!(code_of(text, "Eirik Solvang").as_deref(), Some("NORMIL"));
    }

    #[test]
    fn a_role_that_qualifies_the_noun_after_it_names_no_one() {
        let (m, _) = analyze(
            "Ministers met on Monday over the Syrian migrant crisis, and later a Syrian migrant \
             thanked them for their work.",
        );
        let migrants = m.iter().filter(|x| x.0 == "Syrian migrant").count();
        assert_eq!(migrants, 1, "{m:?}");
    }

    #[test]
    fn an_office_is_its_named_holders_once_countries_are_known() {
        // the holder's country comes from the sentence, after offices are read
        let (m, _) = analyze(
            "Prime Minister Tomas Ravik of Fiji opened the port on Monday. Later, Fiji's prime \
             minister said the plan would fail.",
        );
        let office = m.iter().find(|x| x.0 == "Fiji's prime minister");
        assert_eq!(office.map(|x| x.1.as_str()), Some("Tomas Ravik"), "{m:?}");
        // by apposition; not one of several ("another district judge") nor when two hold the role
        let (m, _) = analyze(
            "Judge Orla Brenn of Ohio ruled on Monday, and Omar Quist, a State Department \
             official, said the ruling was wrong. Weeks earlier, another U.S. District Court judge had \
             paused it.",
        );
        let name_of = |text: &str| m.iter().find(|x| x.0 == text).map(|x| x.1.as_str());
        assert_eq!(
            name_of("State Department official"),
            Some("Omar Quist"),
            "{m:?}"
        );
        assert_eq!(
            name_of("U.S. District Court judge"),
            Some("U.S. District Court judge"),
            "{m:?}"
        );
    }

    #[test]
    fn a_governors_abbreviated_title_gives_the_office() {
        let text = "Oregon Gov. Dana Whitlow signed the water bill on Friday. Whitlow said the \
                    dams would wait.";
        assert_eq!(code_of(text, "Dana Whitlow").as_deref(), Some("USAGOV"));
        let text = "Lt. Gov. Ruth Abello opened the session. Abello thanked the clerks.";
        let (roles, _) = roles_and_code_of(text, "Ruth Abello").expect("Ruth Abello");
        assert_eq!(roles, ["Lt. Gov."]);
    }

    #[test]
    fn a_relative_named_in_an_apposition_holds_no_title_of_the_relatives() {
        let text = "Ines Kaur, the niece of former Senator Olek Varga, opened the fair. Kaur \
                    thanked the town.";
        let (roles, _) = roles_and_code_of(text, "Ines Kaur").expect("Ines Kaur");
        assert!(roles.is_empty(), "{roles:?}");
        // a title's own "of" still opens its body
        let text = "Ines Kaur, the director of the Marrow Trust, said the fair would open.";
        let (roles, _) = roles_and_code_of(text, "Ines Kaur").expect("Ines Kaur");
        assert_eq!(roles, ["director"]);
    }

    #[test]
    fn a_title_of_a_place_the_lexicon_does_not_know_before_the_name_is_its_role() {
        let text = "The mayor of Port Elmet, Dana Whitlow, resigned on Monday.";
        let (roles, _) = roles_and_code_of(text, "Dana Whitlow").expect("Dana Whitlow");
        assert_eq!(roles, ["mayor"]);
        // not a title: no role
        let text = "The people of Port Elmet, Dana Whitlow said, were tired.";
        let (roles, _) = roles_and_code_of(text, "Dana Whitlow").expect("Dana Whitlow");
        assert!(roles.is_empty(), "{roles:?}");
    }

    #[test]
    fn the_plural_abbreviations_of_members_of_congress_are_titles() {
        let text = "Sens. Dana Whitlow and Olek Varga wrote to the agency. Reps. Ruth Abello and \
                    Ines Kaur signed too. Whitlow and Abello spoke on Monday.";
        let (doc, actors) = document_and_actors(text);
        for name in ["Dana Whitlow", "Ruth Abello"] {
            let m = actors
                .mentions
                .iter()
                .find(|m| doc.span_text(m.tokens.clone()) == name)
                .unwrap_or_else(|| panic!("{name}"));
            let info = &actors.actors[m.actor];
            assert_eq!(info.name, name);
            assert_eq!(info.roles.len(), 1, "{name}");
        }
    }

    #[test]
    fn an_apposition_after_the_age_gives_the_title() {
        let text =
            "Dana Whitlow, 52, a spokeswoman for the Rowan Trust, said the doors would stay \
                    shut. Olek Varga, 61, former governor of the province, agreed.";
        let (doc, actors) = document_and_actors(text);
        let roles = |name: &str| {
            let m = actors
                .mentions
                .iter()
                .find(|m| doc.span_text(m.tokens.clone()) == name)
                .unwrap_or_else(|| panic!("{name}"));
            actors.actors[m.actor].roles.clone()
        };
        assert_eq!(roles("Dana Whitlow"), ["spokeswoman"]);
        assert_eq!(roles("Olek Varga"), ["former governor"]);
    }

    #[test]
    fn a_party_and_state_tag_after_a_name_makes_a_member_of_congress() {
        let text = "Dana Whitlow (R-Utah) said the vote would wait. Ruth Abello, D-N.Y., agreed \
                    with her. Olek Varga (D-New Mexico) did not.";
        for name in ["Dana Whitlow", "Ruth Abello", "Olek Varga"] {
            assert_eq!(code_of(text, name).as_deref(), Some("USALEG"), "{name}");
        }
        // a governor keeps the office the title gives
        let text = "Oregon Gov. Dana Whitlow (D-Ore.) signed the bill.";
        assert_eq!(code_of(text, "Dana Whitlow").as_deref(), Some("USAGOV"));
        // not a party's tag
        let text = "Dana Whitlow (R-Utah State University) spoke. Ruth Abello, D-Day veteran, \
                    spoke too.";
        assert_eq!(code_of(text, "Dana Whitlow"), None);
        assert_eq!(code_of(text, "Ruth Abello"), None);
    }

    #[test]
    fn peacekeepers_are_no_force_of_the_country_they_stand_in() {
        // the United Nations named in the article: its mission
        let text = "Fighting flared near Gao in Mali on Sunday. The United Nations said its \
                    envoy would stay. Peacekeepers guarded the airstrip after the clashes.";
        assert_eq!(code_of(text, "Peacekeepers").as_deref(), Some("IGOUNO"));
        // no United Nations: no country either, a body of states (as CAMEO codes
        // peacekeeping troops)
        let text = "Fighting flared near Gao in Mali on Sunday. Peacekeepers guarded the \
                    airstrip after the clashes.";
        assert_eq!(code_of(text, "Peacekeepers").as_deref(), Some("IGO"));
        // nor is one peacekeeper named with no country
        let text = "Fighting flared near Gao in Mali on Sunday. Peacekeeper Jon Amberg was hurt \
                    in Gao.";
        assert_eq!(code_of(text, "Jon Amberg"), None);
        // a country named before them gives theirs
        let text = "Fighting flared near Gao in Mali on Sunday. The United Nations said its \
                    envoy would stay. Chadian peacekeepers guarded the airstrip.";
        assert_eq!(
            code_of(text, "Chadian peacekeepers").as_deref(),
            Some("TCDMIL")
        );
    }

    #[test]
    fn a_name_ending_in_command_is_a_military_body() {
        let text = "Jon Amberg of the army's Eastern Valdoria Command said two posts fell. \
                    Kenya's Coastal Command denied it.";
        let (doc, actors) = document_and_actors(text);
        let sector = |name: &str| {
            let m = actors
                .mentions
                .iter()
                .find(|m| doc.span_text(m.tokens.clone()).ends_with(name))
                .unwrap_or_else(|| panic!("{name}"));
            actors.actors[m.actor].sector.clone()
        };
        assert_eq!(sector("Valdoria Command").as_deref(), Some("MIL"));
        assert_eq!(sector("Coastal Command").as_deref(), Some("MIL"));
        assert_eq!(super::head_sector("Command"), None);
        assert_eq!(super::head_sector("Police Command"), Some("COP"));
        assert_eq!(super::head_sector("Counter Terrorism Command"), None);
    }

    #[test]
    fn a_known_bodys_name_before_words_and_a_head_of_its_own_is_one_body_with_its_code() {
        let text = "Lloyds Banking Group said it would close 40 branches. Harvard Law School \
                    admitted fewer students this year.";
        let (m, _) = analyze(text);
        assert_eq!(
            type_of(&m, "Lloyds Banking Group"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert!(actor_of(&m, "Banking Group").is_none(), "{m:?}");
        assert!(actor_of(&m, "Law School").is_none(), "{m:?}");
        assert_eq!(
            code_of(text, "Lloyds Banking Group").as_deref(),
            Some("GBRBUS")
        );
        assert_eq!(
            code_of(text, "Harvard Law School").as_deref(),
            Some("USAEDU")
        );
        // a legal suffix stays with the known company; a word and no head after a known body
        // leaves the body alone
        let text = "Lloyds Group cut 300 jobs. Harvard Professor Ana Reyes said the cuts were bad.";
        let (m, _) = analyze(text);
        assert_eq!(
            code_of(text, "Lloyds Group").as_deref(),
            Some("GBRBUS"),
            "{m:?}"
        );
        assert_eq!(code_of(text, "Harvard").as_deref(), Some("USAEDU"), "{m:?}");
    }

    #[test]
    fn a_titles_office_is_a_body_of_its_own() {
        let text = "The Attorney General's Office said it would appeal. The Mayor's Office \
                    declined to comment.";
        let (m, _) = analyze(text);
        assert_eq!(
            type_of(&m, "Attorney General's Office"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert_eq!(
            type_of(&m, "Mayor's Office"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        assert!(actor_of(&m, "Office").is_none(), "{m:?}");
        // a title's possessive before another noun is the title's holder's
        let (m, _) = analyze("The Mayor's plan was rejected by the council.");
        assert!(actor_of(&m, "Mayor's plan").is_none(), "{m:?}");
    }

    #[test]
    fn the_euro_zone_is_a_region_and_the_eurogroup_a_body() {
        let (m, places) = analyze(
            "Growth in the euro zone slowed to 0.1 percent. The Eurogroup met in Brussels.",
        );
        assert!(places.iter().any(|p| p == "euro zone"), "{places:?}");
        assert!(actor_of(&m, "euro zone").is_none(), "{m:?}");
        assert_eq!(type_of(&m, "Eurogroup"), Some(ActorType::Organization));
    }

    #[test]
    fn a_known_body_owning_the_title_of_an_apposition_gives_the_code() {
        let text = "The plan is dead, said Anna Berg, the EU's trade commissioner.";
        assert_eq!(
            code_of(text, "Anna Berg").as_deref(),
            Some("IGOEEC"),
            "{:?}",
            codes(text)
        );
        let text = "Karim Nassar, Hezbollah's spokesman, denied the report.";
        assert_eq!(code_of(text, "Karim Nassar").as_deref(), Some("LBNINSHEZ"));
        // a body named after the title is no owner of it
        let text = "Anna Berg, the trade commissioner of the EU, said the plan was dead.";
        assert_eq!(code_of(text, "Anna Berg").as_deref(), Some("IGOEEC"));
        // a body in the apposition that owns no title gives no code
        let text = "Anna Berg, who left the EU's staff in May, said the plan was dead.";
        assert_eq!(code_of(text, "Anna Berg"), None);
    }

    #[test]
    fn a_bodys_voice_with_no_name_is_no_actor_of_its_own() {
        let (m, _) = analyze(
            "A Twitter spokeswoman said the account would return. A Pentagon official said the \
             drills would go ahead.",
        );
        assert!(m.iter().all(|a| a.2 != ActorType::Person), "{m:?}");
        assert_eq!(type_of(&m, "Pentagon"), Some(ActorType::Organization));
        // a country's official is still a person of that country
        let (m, _) = analyze("A Kenyan official said the border would reopen on Monday.");
        assert_eq!(
            type_of(&m, "Kenyan official"),
            Some(ActorType::Person),
            "{m:?}"
        );
        // the holder named with the title takes the phrase
        let text = "Dana Whitlow, a Pentagon spokeswoman, said the drills would go ahead. \
                    A Pentagon spokeswoman later said they were over.";
        let (m, _) = analyze(text);
        assert_eq!(
            type_of(&m, "Dana Whitlow"),
            Some(ActorType::Person),
            "{m:?}"
        );
    }

    #[test]
    fn a_known_acronym_of_a_body_the_article_names_in_full_is_that_body() {
        // the lexicon's CMA is an armed coalition; the article spells out a regulator
        let text = "The Competition and Markets Authority opened an inquiry on Monday. The CMA \
                    will rule by March.";
        let (m, _) = analyze(text);
        assert_eq!(
            actors_written(&m, "CMA"),
            ["Competition and Markets Authority"],
            "{m:?}"
        );
        // with no such body named, the lexicon's
        let (m, _) = analyze("In northern Mali, the CMA said its fighters held the town.");
        assert_ne!(
            actors_written(&m, "CMA"),
            ["Competition and Markets Authority"],
            "{m:?}"
        );
        // nor where the article names the lexicon's body another way too
        let text = "The Grand Oak Partnership met donors. Republicans said the GOP would win.";
        let (m, _) = analyze(text);
        assert_eq!(actors_written(&m, "GOP"), ["Republican Party"], "{m:?}");
    }

    #[test]
    fn a_known_companys_name_alone_is_the_group_it_opens() {
        let text = "Lloyds Banking Group said profits rose. Shares in Lloyds fell 2 percent.";
        let (m, _) = analyze(text);
        assert_eq!(
            actors_written(&m, "Lloyds"),
            ["Lloyds Banking Group"],
            "{m:?}"
        );
        // a school is part of the university, not the university
        let text = "Harvard Law School will open a clinic. Harvard said tenants would be served.";
        let (m, _) = analyze(text);
        assert_ne!(
            actors_written(&m, "Harvard"),
            ["Harvard Law School"],
            "{m:?}"
        );
    }

    #[test]
    fn a_countrys_central_bank_or_parliament_is_the_one_named() {
        let text =
            "Britain's central bank raised rates. The Bank of England said inflation was high.";
        let (m, _) = analyze(text);
        assert_eq!(
            actors_written(&m, "Britain's central bank"),
            ["Bank of England"],
            "{m:?}"
        );
        // not a chamber, not a state's legislature
        let text = "Britain's parliament voted on Tuesday. The House of Commons sat late.";
        let (m, _) = analyze(text);
        assert_ne!(
            actors_written(&m, "Britain's parliament"),
            ["House of Commons"],
            "{m:?}"
        );
        let text = "The U.S. Congress passed the bill. The state legislature in Ohio did not.";
        let (m, _) = analyze(text);
        assert_ne!(
            actors_written(&m, "state legislature"),
            ["U.S. Congress"],
            "{m:?}"
        );
    }

    #[test]
    fn a_company_described_as_one_is_no_person() {
        let (m, _) = analyze("Kessgrove Ferries, a ferry operator, cancelled sailings on Monday.");
        assert_eq!(
            type_of(&m, "Kessgrove Ferries"),
            Some(ActorType::Organization),
            "{m:?}"
        );
        // a person after a body's noun, named by a given name, stays a person
        let (m, _) = analyze(
            "Renko Hartwell, a longtime policy maker, said the plan would fail. Dorvan Pell, a \
             Chicago-based developer, agreed.",
        );
        assert_eq!(type_of(&m, "Dorvan Pell"), Some(ActorType::Person), "{m:?}");
        assert_eq!(
            type_of(&m, "Renko Hartwell"),
            Some(ActorType::Person),
            "{m:?}"
        );
        let (m, _) = analyze(
            "The party Anna Kowalski founded won three seats. Anna Kowalski, a former \
             teacher, said it was a start.",
        );
        assert_eq!(
            type_of(&m, "Anna Kowalski"),
            Some(ActorType::Person),
            "{m:?}"
        );
    }

    #[test]
    fn a_country_after_of_right_after_a_name_is_the_persons() {
        let text = "Teuila Fanene of Samoa, who chairs the group, said the draft was weak.";
        let rows = codes(text);
        assert_eq!(
            country_named(&rows, "Teuila Fanene"),
            Some("WSM"),
            "{rows:?}"
        );
        // a country after a verb's "of" is not the person's
        let text = "Teuila Fanene spoke of Samoa and its debts on Monday.";
        let rows = codes(text);
        assert_eq!(country_named(&rows, "Teuila Fanene"), None, "{rows:?}");
        // a U.S. state's name that is a country's
        let text = "Marcia Dell of Georgia, who ran twice, said the count was fair.";
        let rows = codes(text);
        assert_ne!(country_named(&rows, "Marcia Dell"), Some("GEO"), "{rows:?}");
    }

    #[test]
    fn a_un_coordinator_of_aid_is_the_uns() {
        assert_role_and_code(
            "\"Every night of shelling makes it harder,\" UN humanitarian coordinator Ines Varga \
             said in a statement.",
            "Ines Varga",
            "humanitarian coordinator",
            Some("IGOUNO"),
        );
        // the longer title, not a resident of the UN
        let text = "Ines Varga, the UN resident coordinator in the country, said aid was blocked.";
        let (m, _) = analyze(text);
        assert!(m.iter().all(|a| a.1 != "UN resident"), "{m:?}");
        assert_role_and_code(text, "Ines Varga", "resident coordinator", Some("IGOUNO"));
        // with no body named, no code
        assert_role_and_code(
            "The humanitarian coordinator Ines Varga said aid was blocked.",
            "Ines Varga",
            "humanitarian coordinator",
            None,
        );
    }

    #[test]
    fn a_body_right_before_an_appositions_title_gives_its_code() {
        let text = "Ines Varga, the UN envoy, said aid was blocked. The envoy flew to Tripoli.";
        let (m, _) = analyze(text);
        assert!(m.iter().all(|a| a.1 != "UN envoy"), "{m:?}");
        assert_role_and_code(text, "Ines Varga", "envoy", Some("IGOUNO"));
        assert_role_and_code(
            "Ines Varga, a NATO spokeswoman, said the drills would go ahead.",
            "Ines Varga",
            "spokeswoman",
            Some("IGOWSTNAT"),
        );
        // a body after the title is not its owner
        assert_ne!(
            code_of(
                "Ines Varga, the envoy who met NATO officials, said aid was blocked.",
                "Ines Varga"
            )
            .as_deref(),
            Some("IGOWSTNAT")
        );
    }

    #[test]
    fn a_former_office_gives_its_code_only_where_no_current_title_stands() {
        // a current title before the name: the former office's body gives no code, and the
        // office written in the apposition is the person's, no actor of its own
        let text = "Senator Mara Lindqvist, a former banker at Goldman Sachs, said the bill \
                    would pass.";
        let (roles, code) = roles_and_code_of(text, "Mara Lindqvist").unwrap();
        assert!(roles.contains(&"former banker".to_string()), "{roles:?}");
        assert_ne!(code.as_deref(), Some("USABUS"));
        let text = "Defense Minister Ilan Rosh, an ex-Mossad officer, said the strikes would \
                    continue.";
        let (roles, code) = roles_and_code_of(text, "Ilan Rosh").unwrap();
        assert!(
            roles.contains(&"ex-Mossad officer".to_string()),
            "{roles:?}"
        );
        assert_ne!(code.as_deref(), Some("ISRSPY"));
        let (m, _) = analyze(text);
        assert!(m.iter().all(|a| a.1 != "Mossad officer"), "{m:?}");
        // with no current title, the former office gives its code and reads as former
        assert_role_and_code(
            "Ines Varga, a former NATO spokeswoman, said the drills would go ahead.",
            "Ines Varga",
            "former NATO spokeswoman",
            Some("IGOWSTNAT"),
        );
        // an honorific is no current office
        assert_eq!(
            code_of(
                "Dr. Ines Varga, formerly the director of the Mossad, said the strikes would \
                 continue.",
                "Ines Varga"
            )
            .as_deref(),
            Some("ISRSPY")
        );
        // a current apposition after a current title still gives its code
        assert_eq!(
            code_of(
                "Minister Ines Varga, a NATO spokeswoman, said the drills would go ahead.",
                "Ines Varga"
            )
            .as_deref(),
            Some("IGOWSTNAT")
        );
    }

    #[test]
    fn a_body_named_in_its_own_language_and_a_given_name_that_is_a_town() {
        let text = "The Defensoría del Pueblo said twelve people were hurt. The Fiscalía de la \
                    Nación opened an inquiry. Amara Sow, the mayor, said Sow would run again.";
        let (m, places) = analyze(text);
        for body in ["Defensoría del Pueblo", "Fiscalía de la Nación"] {
            assert_eq!(
                actor_of(&m, body).map(|a| a.2),
                Some(ActorType::Organization),
                "{m:?}"
            );
        }
        assert_eq!(
            actor_of(&m, "Amara Sow").map(|a| a.2),
            Some(ActorType::Person),
            "{m:?}"
        );
        assert!(!places.iter().any(|p| p == "Amara"), "{places:?}");
        // the town alone is still a place
        let (_, places) = analyze("Flooding cut the road to Amara on Tuesday.");
        assert!(places.iter().any(|p| p == "Amara"), "{places:?}");
    }

    #[test]
    fn a_known_body_before_a_titles_modifier_owns_the_title() {
        assert_role_and_code(
            "EU competition commissioner Ines Varga said the fine would stand.",
            "Ines Varga",
            "commissioner",
            Some("IGOEEC"),
        );
        // a chair is a title: the name does not open with it
        assert_role_and_code(
            "FTC Chair Ines Varga told lawmakers the case would go on.",
            "Ines Varga",
            "Chair",
            Some("USAGOV"),
        );
        // a preposition or a verb between the body and a capitalised title is no modifier
        for text in [
            "He served on the European Commission during President Olek Varga's tenure.",
            "NATO said President Olek Varga would attend the summit.",
        ] {
            assert_eq!(code_of(text, "Olek Varga"), None, "{text}");
        }
    }

    #[test]
    fn a_court_named_by_its_kind_is_a_court_of_justice() {
        assert_eq!(super::head_sector("General Court"), Some("JUD"));
        assert_eq!(super::head_sector("Valdorian High Court"), Some("JUD"));
        assert_eq!(super::head_sector("Food Court"), None);
        let text = "ISTANBUL, May 3 (Reuters) - Turkey's General Court jailed the editor.";
        assert_eq!(code_of(text, "General Court").as_deref(), Some("TURJUD"));
    }

    #[test]
    fn a_courts_judges_after_a_court_of_states_are_that_courts() {
        let text = "The International Court of Justice ordered Myanmar to prevent genocide. \
                    The 17 judges voted unanimously.";
        assert_eq!(code_of(text, "17 judges").as_deref(), Some("IGOUNO"));
        // judges placed in a country are that country's
        let text = "The International Court of Justice ordered Myanmar to prevent genocide. \
                    Judges in Myanmar said nothing.";
        assert_eq!(code_of(text, "Judges").as_deref(), Some("MMRJUD"));
    }

    #[test]
    fn an_unknown_body_called_ruling_is_a_party() {
        let text = "LUSAKA, Aug 12 (Reuters) - The ruling Unity Front said it would challenge \
                    the result.";
        assert_eq!(code_of(text, "Unity Front").as_deref(), Some("ZMBPTY"));
        let text = "LUSAKA, Aug 12 (Reuters) - The Unity Front said it would challenge the result.";
        assert_eq!(code_of(text, "Unity Front"), None);
    }

    #[test]
    fn negotiators_named_with_no_country_take_neither_the_venues_nor_the_articles() {
        let text = "Negotiators said the talks in Doha would resume on Monday. Qatar and Egypt \
                    have mediated between the sides.";
        assert_eq!(code_of(text, "Negotiators").as_deref(), Some("GOV"));
        let text = "Israeli negotiators said the talks in Doha would resume on Monday.";
        assert_eq!(
            code_of(text, "Israeli negotiators").as_deref(),
            Some("ISRGOV")
        );
    }

    #[test]
    fn a_role_word_before_a_company_noun_names_no_holder() {
        let (m, _) = analyze(
            "Fighters from the Wagner Group, a Russian mercenary outfit, attacked the town.",
        );
        assert!(!m.iter().any(|x| x.0.contains("mercenary")), "{m:?}");
    }

    #[test]
    fn a_ministers_and_a_managers_titles_before_a_name_are_titles() {
        assert_role_and_code(
            "Housing Secretary Angela Brook said the plan would build homes.",
            "Angela Brook",
            "Housing Secretary",
            None,
        );
        assert_role_and_code(
            "Manager Erik Holm said his team played well.",
            "Erik Holm",
            "Manager",
            None,
        );
    }

    #[test]
    fn a_title_of_one_state_sector_takes_no_code_of_a_body_of_another() {
        let text = "The lawsuit asks the U.S. District Court of Kelvar to review the plan. Kelvar \
                    Mayor Tom Reed wrote a letter to the court.";
        assert_eq!(code_of(text, "Tom Reed").as_deref(), Some("USAGOV"));
    }

    #[test]
    fn a_bare_body_noun_is_the_body_named_last_before_it_whose_name_holds_it() {
        let (m, _) = analyze(
            "The lawsuit asks the U.S. District Court of Kelvar to review the plan. The rule was \
             lifted in 2013 in a Supreme Court ruling. The court said Congress must act.",
        );
        assert_eq!(
            actor_of(&m, "court").map(|a| a.1.as_str()),
            Some("Supreme Court"),
            "{m:?}"
        );
    }

    #[test]
    fn a_unit_named_by_its_number_is_of_the_armed_forces() {
        let text = "KYIV, May 3 (Reuters) - The 47th Mechanised Brigade said it had repelled an \
                    attack near the town.";
        assert_eq!(
            code_of(text, "47th Mechanised Brigade").as_deref(),
            Some("UKRMIL")
        );
        assert_eq!(super::head_sector("501st Legion"), None);
    }

    #[test]
    fn a_us_partys_name_before_titles_of_no_state_office_makes_a_member() {
        for text in [
            "Republican candidate Mark Dane said he would cut taxes.",
            "Republican candidate Mark Dane, a former CEO of Halvex Corp, said he would cut taxes.",
        ] {
            assert_eq!(
                code_of(text, "Mark Dane").as_deref(),
                Some("USAPTY"),
                "{text}"
            );
        }
        // and holds the office of no sector of the party's country named after
        let (m, _) = analyze(
            "Republican presidential candidate Mark Hollis spoke in Ohio. The only American \
             presidential candidate in the race said he would cut taxes.",
        );
        assert_eq!(
            actor_of(&m, "American presidential candidate").map(|a| a.1.as_str()),
            Some("Mark Hollis"),
            "{m:?}"
        );
        // a state's office stays the office's
        let text = "Republican Sen. Mark Dane said he would cut taxes.";
        assert_ne!(code_of(text, "Mark Dane").as_deref(), Some("USAPTY"));
    }
}
