//! Merging mention candidates into actors: lexicon entries, full names and surnames, acronyms;
//! roles from titles and appositions; country and CAMEO code.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::recognize::{Candidate, CandidateKind};
use super::words::{self, contains};
use super::{ActorInfo, Actors, Mention, MentionKind, PlaceInfo};
use crate::dates::Date;
use crate::lexicon::{EntryKind, Form, Holder, Lexicon};
use crate::model::ActorType;
use crate::text::Document;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Entry(usize),
    Name(String),
}

struct Builder<'d, 'l> {
    doc: &'d Document<'d>,
    lexicon: &'l Lexicon,
    published: Option<Date>,
    actors: Vec<ActorInfo>,
    keys: HashMap<Key, usize>,
    mentions: Vec<Mention>,
    places: Vec<PlaceInfo>,
    place_keys: HashMap<Key, usize>,
}

pub fn resolve(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: &[Candidate],
    published: Option<Date>,
) -> Actors {
    let mut b = Builder {
        doc,
        lexicon,
        published,
        actors: Vec::new(),
        keys: HashMap::new(),
        mentions: Vec::new(),
        places: Vec::new(),
        place_keys: HashMap::new(),
    };
    // Pass 1: lexicon entries and multi-word names found by context.
    let mut deferred = Vec::new();
    for (ci, c) in candidates.iter().enumerate() {
        match c.kind {
            CandidateKind::Lexicon { entry, form } => {
                b.lexicon_mention(candidates, ci, entry, form)
            }
            CandidateKind::Place => b.place(
                Key::Name(doc.span_text(c.tokens.clone()).to_string()),
                c.tokens.clone(),
                None,
                None,
            ),
            CandidateKind::Person | CandidateKind::Organization if c.tokens.len() >= 2 => {
                let kind = if c.kind == CandidateKind::Person {
                    ActorType::Person
                } else {
                    ActorType::Organization
                };
                let name = doc.span_text(c.tokens.clone()).to_string();
                let actor = b.actor(Key::Name(name.clone()), || ActorInfo::named(name, kind));
                b.mention(c.tokens.clone(), actor, MentionKind::Name);
            }
            _ => deferred.push(ci),
        }
    }
    // Pass 2: single words (surnames, acronyms) and names whose kind the context left open.
    let single_words: HashSet<&str> = candidates
        .iter()
        .filter(|c| c.tokens.len() == 1)
        .map(|c| doc.word(c.tokens.start))
        .collect();
    let mut short_forms = ShortForms::default();
    for i in 0..b.mentions.len() {
        short_forms.add(&b, i);
    }
    for ci in deferred {
        let c = &candidates[ci];
        let text = doc.span_text(c.tokens.clone());
        if let Some(m) = short_forms.find(text, c.tokens.start, doc.tokens.len()) {
            let actor = b.mentions[m].actor;
            b.mention(c.tokens.clone(), actor, MentionKind::Name);
            short_forms.add(&b, b.mentions.len() - 1);
            continue;
        }
        let kind = match c.kind {
            CandidateKind::Person => ActorType::Person,
            CandidateKind::Organization => ActorType::Organization,
            CandidateKind::Unknown => match unknown_kind(doc, lexicon, &single_words, c) {
                Some(kind) => kind,
                None => continue,
            },
            _ => continue,
        };
        let name = text.to_string();
        let actor = b.actor(Key::Name(name.clone()), || ActorInfo::named(name, kind));
        b.mention(c.tokens.clone(), actor, MentionKind::Name);
        short_forms.add(&b, b.mentions.len() - 1);
    }
    b.roles_and_codes(candidates);
    b.name_actors();
    Actors {
        actors: b.actors,
        mentions: b.mentions,
        places: b.places,
        covering: Vec::new(),
        max_end: Vec::new(),
    }
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

impl Builder<'_, '_> {
    fn actor(&mut self, key: Key, make: impl FnOnce() -> ActorInfo) -> usize {
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

    fn place(
        &mut self,
        key: Key,
        tokens: Range<usize>,
        name: Option<String>,
        country: Option<String>,
    ) {
        let name = name.unwrap_or_else(|| self.doc.span_text(tokens.clone()).to_string());
        let idx = match self.place_keys.get(&key) {
            Some(&p) => p,
            None => {
                self.places.push(PlaceInfo {
                    name,
                    country,
                    mentions: Vec::new(),
                });
                self.place_keys.insert(key, self.places.len() - 1);
                self.places.len() - 1
            }
        };
        self.places[idx].mentions.push(tokens);
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
        let locative = c.tokens.start > 0
            && doc.is_lowercase(c.tokens.start - 1)
            && contains(words::LOCATIVE, doc.word(c.tokens.start - 1));
        let kind = match entry.kind {
            EntryKind::Role => {
                self.sector_actor(candidates, ci, entry_id);
                return;
            }
            EntryKind::Place => {
                let name = if c.tokens.len() > 1 {
                    None
                } else {
                    Some(entry.name.clone())
                };
                self.place(
                    Key::Entry(entry_id),
                    c.tokens.clone(),
                    name,
                    entry.country.clone(),
                );
                return;
            }
            EntryKind::Country => match form {
                Form::Capital
                    if locative
                        || !(self.acts_as_subject(c.tokens.end)
                            || self.object_of_verb(c.tokens.start)) =>
                {
                    let name = doc.span_text(c.tokens.clone()).to_string();
                    self.place(
                        Key::Name(name),
                        c.tokens.clone(),
                        None,
                        entry.country.clone(),
                    );
                    return;
                }
                // singular adjectives modify a noun ("Russian Foreign Minister"); plural demonyms
                // ("Russians") and names stand for the country
                Form::Adjective if !doc.word(c.tokens.end - 1).ends_with('s') => return,
                _ => ActorType::Country,
            },
            EntryKind::Person => ActorType::Person,
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
        let mention_kind = if form == Form::Name {
            MentionKind::Name
        } else {
            MentionKind::Nominal
        };
        self.mention(c.tokens.clone(), actor, mention_kind);
    }

    /// Whether a name at a capital's position is the subject of a verb ("Moscow said").
    fn acts_as_subject(&self, after: usize) -> bool {
        let doc = self.doc;
        after < doc.tokens.len()
            && doc.is_lowercase(after)
            && !contains(words::ORG_CONNECTORS, doc.word(after))
            && {
                let w = doc.word(after);
                w.ends_with("ed") || w.ends_with('s') || crate::lexicon::cues::cue(w).is_some()
            }
    }

    /// Whether a name at a capital's position is the object of a verb ("accused Kyiv of").
    fn object_of_verb(&self, at: usize) -> bool {
        let doc = self.doc;
        at > 0 && doc.is_lowercase(at - 1) && {
            let w = doc.lower(at - 1);
            w.ends_with("ed") || crate::lexicon::cues::cue(w).is_some()
        }
    }

    /// A sector noun with a country before it: "Syrian army", "U.S. troops", "pro-Assad forces".
    fn sector_actor(&mut self, candidates: &[Candidate], ci: usize, role_entry: usize) {
        let role = self.lexicon.entry(role_entry);
        if role.holder != Holder::Group || ci == 0 {
            return;
        }
        let c = &candidates[ci];
        let Some(sector) = role.sector.clone() else {
            return;
        };
        let prev = &candidates[ci - 1];
        let doc = self.doc;
        let gap = prev.tokens.end..c.tokens.start;
        let adjacent = gap.is_empty()
            || gap.clone().all(|t| {
                doc.is_punct(t, '-') || doc.word(t).ends_with('s') && doc.tokens[t].joined
            });
        if !adjacent {
            return;
        }
        let country = match prev.kind {
            CandidateKind::Lexicon { entry, .. } => {
                let e = self.lexicon.entry(entry);
                match e.kind {
                    EntryKind::Country | EntryKind::Person => e.country.clone(),
                    _ => None,
                }
            }
            _ => None,
        };
        let Some(country) = country else { return };
        let code = format!("{country}{sector}");
        let start = if prev.tokens.start >= 2
            && doc.is_punct(prev.tokens.start - 1, '-')
            && doc.tokens[prev.tokens.start].joined
        {
            prev.tokens.start - 2 // pro-Assad
        } else {
            prev.tokens.start
        };
        let tokens = start..c.tokens.end;
        let name = doc.span_text(tokens.clone()).to_string();
        let kind = if matches!(sector.as_str(), "REB" | "INS" | "OPP") {
            ActorType::Group
        } else {
            ActorType::Organization
        };
        let actor = self.actor(Key::Name(code.clone()), || ActorInfo {
            name,
            kind,
            country: Some(country.clone()),
            code: Some(code.clone()),
            roles: Vec::new(),
            sector: Some(sector.clone()),
            entry: None,
        });
        // the country or person mention inside is part of this nominal, not a mention of its own
        self.mentions
            .retain(|m| !(m.tokens.start >= tokens.start && m.tokens.end <= tokens.end));
        self.mention(tokens, actor, MentionKind::Nominal);
    }

    /// Roles from titles before a name and appositions after it; country and code from them.
    fn roles_and_codes(&mut self, candidates: &[Candidate]) {
        let doc = self.doc;
        let lexicon = self.lexicon;
        let by_end: HashMap<usize, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.tokens.end, i))
            .collect();
        let mut by_start: HashMap<usize, usize> = HashMap::new();
        for (i, c) in candidates.iter().enumerate() {
            by_start.entry(c.tokens.start).or_insert(i);
        }
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
            // before: [Country adjective | ORG] ROLE* NAME
            let mut at = tokens.start;
            while let Some(&ci) = by_end.get(&at) {
                let c = &candidates[ci];
                match c.kind {
                    CandidateKind::Lexicon { entry, .. }
                        if lexicon.entry(entry).kind == EntryKind::Role
                            && lexicon.entry(entry).holder == Holder::Person =>
                    {
                        roles.push((
                            doc.span_text(c.tokens.clone()).to_string(),
                            lexicon.entry(entry).sector.clone(),
                        ));
                    }
                    CandidateKind::Lexicon { entry, .. }
                        if lexicon.entry(entry).kind == EntryKind::Country =>
                    {
                        country = lexicon.entry(entry).country.clone();
                        break;
                    }
                    CandidateKind::Lexicon { entry, .. }
                        if matches!(
                            lexicon.entry(entry).kind,
                            EntryKind::Organization | EntryKind::Group
                        ) =>
                    {
                        country = lexicon.entry(entry).country.clone();
                        break;
                    }
                    CandidateKind::Organization => break,
                    _ => break,
                }
                at = c.tokens.start;
                // "incumbent dictator", "senior fellow": one lower-case modifier before a title
                if at > 0
                    && doc.is_lowercase(at - 1)
                    && !by_end.contains_key(&at)
                    && roles.len() == 1
                {
                    break;
                }
            }
            // after: NAME, a/an/the [adjectives] ROLE [of|at ORG],
            let n = doc.tokens.len();
            let e = tokens.end;
            if e + 2 < n && doc.is_punct(e, ',') && matches!(doc.word(e + 1), "a" | "an" | "the") {
                let mut k = e + 2;
                while k < n.min(e + 8) && !doc.is_punct(k, ',') && !doc.is_punct(k, '.') {
                    if let Some(c) = by_start.get(&k).map(|&i| &candidates[i]) {
                        if let CandidateKind::Lexicon { entry, .. } = c.kind {
                            let en = lexicon.entry(entry);
                            if en.kind == EntryKind::Role && en.holder == Holder::Person {
                                let mut end = c.tokens.end;
                                // "senior fellow": take a lower-case modifier before the role
                                let start = if k > e + 2
                                    && doc.is_lowercase(k - 1)
                                    && !matches!(doc.word(k - 1), "a" | "an" | "the")
                                {
                                    k - 1
                                } else {
                                    k
                                };
                                if lexicon
                                    .role(&doc.span_text(start..end).to_lowercase())
                                    .is_none()
                                    && start < k
                                {
                                    end = c.tokens.end;
                                }
                                roles.push((
                                    doc.span_text(start..end).to_string(),
                                    en.sector.clone(),
                                ));
                                break;
                            } else if en.kind == EntryKind::Country && country.is_none() {
                                country = en.country.clone();
                            }
                        }
                        k = c.tokens.end;
                    } else {
                        k += 1;
                    }
                }
            }
            let info = &mut self.actors[actor];
            for (role, sector) in roles.into_iter().rev() {
                if !info.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
                    info.roles.push(role);
                }
                if info.sector.is_none() {
                    info.sector = sector;
                }
            }
            if info.country.is_none() {
                info.country = country;
            }
            if info.code.is_none() {
                if let Some(c) = &info.country {
                    info.code = Some(format!("{c}{}", info.sector.as_deref().unwrap_or("")));
                }
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
            let slot = &mut best[m.actor];
            let better = slot.as_ref().is_none_or(|b| m.tokens.len() > b.len());
            if better {
                *slot = Some(m.tokens.clone());
            }
        }
        for (a, actor) in self.actors.iter_mut().enumerate() {
            let Some(tokens) = best[a].clone() else {
                continue;
            };
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

/// Multi-word name mentions indexed by the single word that can stand for them: a person's
/// surname, an organisation's or group's acronym. Finds the nearest such mention before a word
/// (else the first after it) in logarithmic time, where a scan of all mentions per word would
/// cost the square of the article's length.
#[derive(Default)]
struct ShortForms {
    surnames: HashMap<String, Positions>,
    acronyms: HashMap<String, Positions>,
}

/// Mention indices by end token and by start token (the first mention added wins a tie).
#[derive(Default)]
struct Positions {
    by_end: BTreeMap<usize, usize>,
    by_start: BTreeMap<usize, usize>,
}

impl ShortForms {
    fn add(&mut self, b: &Builder, i: usize) {
        let m = &b.mentions[i];
        if m.kind != MentionKind::Name || m.tokens.len() < 2 {
            return;
        }
        let doc = b.doc;
        let (map, key) = match b.actors[m.actor].kind {
            ActorType::Person => (&mut self.surnames, doc.word(m.tokens.end - 1).to_string()),
            ActorType::Organization | ActorType::Group => {
                let initials: String = m
                    .tokens
                    .clone()
                    .filter(|&t| doc.is_capitalized(t))
                    .filter_map(|t| doc.word(t).chars().next())
                    .collect();
                (&mut self.acronyms, initials)
            }
            ActorType::Country => return,
        };
        let p = map.entry(key).or_default();
        p.by_end.entry(m.tokens.end).or_insert(i);
        p.by_start.entry(m.tokens.start).or_insert(i);
    }

    /// The mention that `word` at token `at` shortens: the one ending nearest before `at`, else
    /// the one starting nearest after it; on a tie, the first added.
    fn find(&self, word: &str, at: usize, n_tokens: usize) -> Option<usize> {
        let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
        let mut best: Option<(usize, usize)> = None; // (distance, mention)
        let maps = [
            self.surnames.get(word),
            if acronym {
                self.acronyms.get(word)
            } else {
                None
            },
        ];
        for p in maps.into_iter().flatten() {
            let found = match p.by_end.range(..=at).next_back() {
                Some((&end, &i)) => Some((at - end, i)),
                None => p
                    .by_start
                    .range(at..)
                    .next()
                    .map(|(&start, &i)| (start - at + n_tokens, i)),
            };
            if let Some(f) = found {
                if best.is_none_or(|b| f < b) {
                    best = Some(f);
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

/// The kind of a proper name that its context left open: a person when it opens with a given name
/// or its last word is used alone elsewhere (news refers to people by surname), an organisation
/// when it is an acronym or a longer name; a lone capitalised word that is none of these is dropped.
fn unknown_kind(
    doc: &Document,
    lexicon: &Lexicon,
    single_words: &HashSet<&str>,
    c: &Candidate,
) -> Option<ActorType> {
    let first = doc.word(c.tokens.start);
    let last = doc.word(c.tokens.end - 1);
    if lexicon.is_given_name(first) {
        return Some(ActorType::Person);
    }
    let letters = || last.chars().filter(|ch| ch.is_alphabetic());
    let acronym =
        letters().count() >= 2 && letters().all(char::is_uppercase) && last.chars().count() <= 6;
    if c.tokens.len() == 1 {
        return acronym.then_some(ActorType::Organization);
    }
    let all_words = c
        .tokens
        .clone()
        .all(|t| doc.is_word(t) && doc.word(t).chars().any(char::is_lowercase));
    let surname_alone = all_words && c.tokens.len() <= 3 && single_words.contains(last);
    if surname_alone {
        Some(ActorType::Person)
    } else {
        Some(ActorType::Organization)
    }
}
