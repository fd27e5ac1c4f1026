//! The lexicon: every actor, place, role and word list the extractor knows, compiled once into a
//! trie and shared read-only between threads.
//!
//! The default lexicon is the project's own (see `data/README.md`); users extend it with
//! dictionaries in the field's formats (`formats`).

pub mod cues;
mod default;
pub mod formats;
pub(crate) mod trie;

pub(crate) use default::{country_adjectives, seat_of_government};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{Arc, LazyLock};

use crate::dates::Date;
use crate::error::Error;
use crate::text::Token;
use crate::wordmap::WordMap;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Country,
    Organization,
    Group,
    Media,
    Person,
    Place,
    /// A title or role noun ("foreign minister", "army").
    Role,
}

/// Who holds a role: one person (a title) or a body of people (a sector noun).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Person,
    Group,
}

/// A period during which an actor had a code (and a role).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spell {
    pub code: String,
    pub role: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Spell {
    pub fn contains(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f.first_day() <= date.last_day())
            && self.to.is_none_or(|t| date.first_day() <= t.last_day())
    }
}

/// One lexicon entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    pub kind: EntryKind,
    /// ISO 3166 alpha-3 code of the entry's country.
    pub country: Option<String>,
    /// The actor code without a date (countries, organisations).
    pub code: Option<String>,
    /// Date-restricted codes and roles (people, and user dictionaries' dated entries).
    pub spells: Vec<Spell>,
    /// CAMEO sector code of a role ("GOV").
    pub sector: Option<String>,
    /// For roles: who holds them.
    pub holder: Holder,
}

impl Entry {
    fn new(name: &str, kind: EntryKind) -> Self {
        Entry {
            name: name.to_string(),
            kind,
            country: None,
            code: None,
            spells: Vec::new(),
            sector: None,
            holder: Holder::Person,
        }
    }

    /// The spell in force on `date` (the latest one without a date). After the end of every
    /// spell, a leader of an armed group stays its member: the news names a dead or jailed
    /// militant leader for the group he led ("bin Laden" in 2016 is al-Qaeda's), where a former
    /// minister speaks for no government.
    pub fn spell_at(&self, date: Option<Date>) -> Option<&Spell> {
        match date {
            Some(d) => self
                .spells
                .iter()
                .rev()
                .find(|s| s.contains(d))
                .or_else(|| {
                    let last = self.spells.iter().max_by_key(|s| (s.to.is_none(), s.to))?;
                    let ended = last.to.is_some_and(|t| t.last_day() < d.first_day());
                    let armed = last.code.starts_with("IMG")
                        || matches!(last.code.get(3..6), Some("REB" | "INS"));
                    (ended && armed).then_some(last)
                }),
            None => self
                .spells
                .iter()
                .max_by_key(|s| (s.to.is_none(), s.to, s.from)),
        }
    }

    /// The actor code on `date`.
    pub fn code_at(&self, date: Option<Date>) -> Option<&str> {
        self.spell_at(date)
            .map(|s| s.code.as_str())
            .or(self.code.as_deref())
    }
}

/// How a written form refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The name itself ("Russia", "Kerry").
    Name,
    /// An adjective or demonym ("Russian", "Russians").
    Adjective,
    /// A capital or seat of government used for the country ("Moscow", "Kremlin").
    Capital,
}

/// How the case of a match is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Every letter as written (short all-capital names: UN, US, IS).
    Exact,
    /// The first letter's case as written; the rest in any case (names written in capitals).
    First,
    /// Any case (role phrases).
    Any,
}

#[derive(Debug, Clone, Copy)]
struct Pattern {
    entry: u32,
    form: Form,
    case: Case,
}

/// A lexicon match over the text: byte span, its first and last token, entry and form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub last_token: usize,
    pub entry: usize,
    pub form: Form,
}

/// The dictionaries, compiled. Cheap to share: `Arc<Lexicon>`.
#[derive(Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    forms: Vec<String>,
    /// The forms a match starting with an upper-case letter can have (those written with one, and
    /// those of any case), and the forms a match starting with anything else can have.
    upper: trie::Trie,
    other: trie::Trie,
    /// Given name -> whether it is a woman's (`Some(true)`), a man's, or given to both (`None`).
    given_names: WordMap<String, Option<bool>>,
    /// Lower-cased role phrase -> entry.
    roles: WordMap<String, usize>,
    /// Verb patterns (and, from user files, dictionary actors, agents and discards) for events.
    events: crate::events::EventDict,
}

static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
    Arc::new(
        default::builder()
            .and_then(LexiconBuilder::build)
            .unwrap_or_else(|e| {
                // The default lexicon is compiled in and checked by the test suite; an error here is a
                // build defect, reported once, and the extractor still runs on an empty lexicon.
                eprintln!("newsextract: default lexicon: {e}");
                LexiconBuilder::default()
                    .build()
                    .unwrap_or_else(|_| unreachable!())
            }),
    )
});

impl Lexicon {
    /// The project's embedded lexicon, built on first use.
    pub fn default_shared() -> Arc<Lexicon> {
        Arc::clone(&DEFAULT)
    }

    /// A builder holding the default lexicon, to add user dictionaries to.
    pub fn builder_with_defaults() -> Result<LexiconBuilder, Error> {
        default::builder()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// The event dictionary: verb patterns and, when loaded from files, actors and agents.
    pub fn events(&self) -> &crate::events::EventDict {
        &self.events
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.get(word).is_some()
    }

    /// Whether a given name is a woman's (`Some(true)`) or a man's (`Some(false)`); `None` for a
    /// name given to both or not a given name.
    pub fn given_name_is_female(&self, word: &str) -> Option<bool> {
        self.given_names.get(word).flatten()
    }

    /// The role entry of a lower-case role phrase.
    pub fn role(&self, phrase_lower: &str) -> Option<&Entry> {
        self.roles.get(phrase_lower).map(|i| &self.entries[i])
    }

    /// All matches of the lexicon in `text`, leftmost-longest among those that pass the case rules
    /// (so that a longer form rejected for its case leaves the shorter ones in play), a name before
    /// a role phrase of the same span. `lower` is the text's ASCII-lower-cased copy (a
    /// [`Document`](crate::text::Document) keeps one); matches start at the start of one of
    /// `tokens` (the text's, in order) and end at the end of one. Each match lying inside a longer
    /// one is handed to `inner(kept, inside)`, where `kept` is the index of the longer match in
    /// the result ("India" inside "Times of India").
    pub fn scan_nested(
        &self,
        text: &str,
        lower: &str,
        tokens: &[Token],
        mut inner: impl FnMut(usize, Hit),
    ) -> Vec<Hit> {
        debug_assert_eq!(text.len(), lower.len());
        // about one match in sixteen tokens in news text
        let mut found: Vec<(Hit, u8)> = Vec::with_capacity(tokens.len() / 16);
        // the tries hold ASCII-lower-cased forms (see `LexiconBuilder::build`)
        let lower_bytes = lower.as_bytes();
        for (first, token) in tokens.iter().enumerate() {
            let start = token.start;
            // the tokenizer's case of the first character (`char::is_uppercase`)
            let trie = if token.case == crate::text::Case::Upper {
                &self.upper
            } else {
                &self.other
            };
            // the first word's end, as the tokenizer found it
            let word_end = match token.alnum_len {
                u8::MAX => crate::text::ascii_alnum_end(lower_bytes, start),
                len => start + usize::from(len),
            };
            // most tokens start no form: ruled out before the walk and its state are set up
            let Some(from) = trie.start(lower_bytes, start, word_end) else {
                continue;
            };
            // the token ending at or after the last match's end: the walk reports ascending ends,
            // so the search goes forward only, over the tokens the match covers
            let mut last = first;
            let before = found.len();
            trie.walk_from(lower_bytes, from, |end, pattern| {
                let p = self.patterns[pattern];
                let case_ok = match p.case {
                    Case::Exact => text[start..end] == self.forms[pattern],
                    // the trie was chosen by the case of the first letter
                    Case::First | Case::Any => true,
                };
                if !case_ok {
                    return;
                }
                while last + 1 < tokens.len() && tokens[last].end < end {
                    last += 1;
                }
                if tokens[last].end == end {
                    let hit = Hit {
                        start,
                        end,
                        first_token: first,
                        last_token: last,
                        entry: p.entry as usize,
                        form: p.form,
                    };
                    found.push((hit, u8::from(p.case == Case::Any)));
                }
            });
            // the walk reports ascending ends: the few matches of one start are put longest
            // first here, and the tokens come in order of their starts, so that the list is
            // sorted as a stable sort by start, longest first, rank and entry would sort it
            if found.len() - before > 1 {
                found[before..].sort_by_key(|(h, rank)| (std::cmp::Reverse(h.end), *rank, h.entry));
            }
        }
        let mut hits = Vec::with_capacity(found.len());
        let mut until = 0;
        for (h, _) in found {
            if h.start >= until {
                until = h.end;
                hits.push(h);
            } else if let Some(last) = hits.last() {
                if h.end <= last.end && (h.start, h.end) != (last.start, last.end) {
                    inner(hits.len() - 1, h);
                }
            }
        }
        hits
    }
}

/// Collects entries and forms, then compiles them into a [`Lexicon`].
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    entries: Vec<Entry>,
    forms: Vec<(String, Pattern)>,
    given_names: HashMap<String, Option<bool>>,
    /// Canonical key (kind, lower-case name) -> entry, so that files can add to one entry.
    index: HashMap<(EntryKindKey, String), usize>,
    /// Event dictionary files added by the user; the embedded verb patterns when empty.
    event_sources: crate::events::DictSources,
}

type EntryKindKey = u8;

fn kind_key(kind: EntryKind) -> EntryKindKey {
    kind as u8
}

impl LexiconBuilder {
    /// Adds an entry (or returns the existing one of the same kind and name) and its forms.
    pub fn add_entry(&mut self, entry: Entry) -> usize {
        let key = (kind_key(entry.kind), entry.name.to_lowercase());
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.entries.len();
        self.index.insert(key, i);
        self.entries.push(entry);
        i
    }

    pub fn entry_mut(&mut self, i: usize) -> &mut Entry {
        &mut self.entries[i]
    }

    /// Adds a written form of entry `entry`.
    pub fn add_form(&mut self, entry: usize, text: &str, form: Form) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let kind = self.entries[entry].kind;
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
        let case = if kind == EntryKind::Role {
            Case::Any
        } else if all_caps && letters.len() <= 5 {
            Case::Exact
        } else {
            Case::First
        };
        self.forms.push((
            text.to_string(),
            Pattern {
                entry: entry as u32,
                form,
                case,
            },
        ));
    }

    /// Adds dictionary files in the TABARI / PETRARCH-1 / Phoenix formats. Verb files replace
    /// the embedded verb patterns; actor files also become lexicon entries (their dated codes
    /// become spells), so that the actors pass finds them. Parse errors name the file and line.
    pub fn add_dictionary_files(
        &mut self,
        sources: crate::events::DictSources,
    ) -> Result<(), Error> {
        let parsed = crate::events::add_actor_entries(self, &sources)?;
        self.event_sources.append(sources, parsed);
        Ok(())
    }

    /// Adds a given name: a woman's (`female` = `Some(true)`), a man's, or given to both.
    pub fn add_given_name(&mut self, name: &str, female: Option<bool>) {
        self.given_names.insert(name.to_string(), female);
    }

    pub fn build(self) -> Result<Lexicon, Error> {
        let mut roles = HashMap::default();
        for (text, p) in &self.forms {
            if self.entries[p.entry as usize].kind == EntryKind::Role {
                roles.insert(text.to_lowercase(), p.entry as usize);
            }
        }
        // One pattern per distinct written form; where two entries share a form the first added wins.
        let mut seen = HashSet::default();
        let mut forms = Vec::new();
        let mut patterns = Vec::new();
        for (text, p) in self.forms {
            if seen.insert(text.clone()) {
                forms.push(text);
                patterns.push(p);
            }
        }
        // The tries are built over ASCII-lower-cased forms and search ASCII-lower-cased text
        // (same byte offsets); which trie is searched from a word follows the case of its first
        // letter, so that the case rules of `Case::First` hold by construction.
        let build_tries = || {
            let lowered: Vec<String> = forms.iter().map(|f| f.to_ascii_lowercase()).collect();
            let starts_upper: Vec<bool> = forms
                .iter()
                .map(|f| f.chars().next().is_some_and(char::is_uppercase))
                .collect();
            let subset = |upper: bool| {
                trie::Trie::new(
                    lowered
                        .iter()
                        .enumerate()
                        .filter(|&(i, _)| patterns[i].case == Case::Any || starts_upper[i] == upper)
                        .map(|(i, f)| (i as u32, f.as_bytes())),
                )
            };
            (subset(true), subset(false))
        };
        let sources = self.event_sources;
        let build_events = move || -> Result<crate::events::EventDict, Error> {
            if sources.is_empty() {
                return crate::events::EventDict::embedded();
            }
            let no_verbs = sources.verbs.is_empty();
            let d = crate::events::EventDict::from_owned(sources)?;
            // user actors with the embedded verbs
            Ok(if no_verbs {
                crate::events::EventDict::embedded()?.with_entities_of(d)
            } else {
                d
            })
        };
        // the automaton and the event dictionary are independent: built side by side
        let ((upper, other), events) = std::thread::scope(|scope| {
            let events = scope.spawn(build_events);
            let tries = build_tries();
            (tries, events.join())
        });
        let events = events.map_err(|_| {
            Error::lexicon("<lexicon>", 0, "building the event dictionary failed")
        })??;
        Ok(Lexicon {
            entries: self.entries,
            patterns,
            forms,
            upper,
            other,
            given_names: WordMap::from_pairs(self.given_names.into_iter()),
            roles: WordMap::from_pairs(roles.into_iter()),
            events,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The spans of the lexicon's matches in `text`, scanned from its tokens.
    fn scan(lexicon: &Lexicon, text: &str) -> Vec<String> {
        let doc = Document::new(text);
        lexicon
            .scan_nested(text, doc.lower_text(), &doc.tokens, |_, _| {})
            .iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn matches_start_and_end_on_tokens() {
        let mut b = LexiconBuilder::default();
        let un = b.add_entry(Entry::new("United Nations", EntryKind::Organization));
        b.add_form(un, "UN", Form::Name);
        let envoy = b.add_entry(Entry::new("envoy", EntryKind::Role));
        b.add_form(envoy, "envoy", Form::Name);
        b.add_form(envoy, "special envoy", Form::Name);
        let lexicon = b.build().expect("lexicon");
        // not inside "FUN", "UNION" or "envoys"; after a hyphen and in any case for a role
        assert_eq!(
            scan(
                &lexicon,
                "FUN UNION envoys; UN-backed Special Envoy, envoy."
            ),
            ["UN", "Special Envoy", "envoy"]
        );
    }

    #[test]
    fn hits_carry_their_first_and_last_token() {
        let mut b = LexiconBuilder::default();
        let board = b.add_entry(Entry::new("Harbour Board", EntryKind::Organization));
        b.add_form(board, "Harbour Board", Form::Name);
        b.add_form(board, "Harbour Board of Westmere", Form::Name);
        let lexicon = b.build().expect("lexicon");
        // a longer form whose end falls inside a token ("Westmeres") leaves the shorter one
        let text = "The Harbour Board of Westmeres met the Harbour Board of Westmere.";
        let doc = Document::new(text);
        let hits = lexicon.scan_nested(text, doc.lower_text(), &doc.tokens, |_, _| {});
        let spans: Vec<_> = hits
            .iter()
            .map(|h| {
                assert_eq!(doc.tokens[h.first_token].start, h.start);
                assert_eq!(doc.tokens[h.last_token].end, h.end);
                (h.first_token, h.last_token)
            })
            .collect();
        assert_eq!(spans, [(1, 2), (7, 10)]);
    }
}
