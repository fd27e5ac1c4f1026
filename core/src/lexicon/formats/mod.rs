//! Readers for the event-data field's dictionary formats: TABARI and PETRARCH-1 verbs, actors
//! (with `+` synonyms and date-restricted codes), agents, discards and options, and TABARI's
//! validation records. The Phoenix dictionaries use the same formats.
//!
//! Every reader takes the file's name (for error messages) and its text, and returns plain
//! structs; malformed lines are errors naming the file and the 1-based line. Lines a reader
//! recognises but does not use (TIME sections, output options) are counted in [`Skipped`] so
//! that nothing is dropped silently.

mod options;
mod records;
mod tabari;

pub use options::{parse_options, CodeBy, CommaLimits, Complexity, DictOptions};
pub use records::{
    parse_petrarch_records, parse_tabari_project, parse_tabari_records, Expected, Project, Record,
};
pub use tabari::{parse_actors, parse_agents, parse_discards, parse_verbs, ActorsFile, VerbsFile};

use crate::dates::Date;

/// One word of a dictionary phrase, upper case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PWord {
    pub text: Box<str>,
    /// The word matches any word it is a prefix of (TABARI "stem"); otherwise only itself and its
    /// regular endings.
    pub stem: bool,
    /// The regular endings (S, ES, ED, EN, ING, 'S) are not accepted (word written with `=`).
    pub no_endings: bool,
    /// The next element must follow immediately (`_` or `~` connector).
    pub adjacent: bool,
}

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    Word(PWord),
    /// `*`: the verb itself. `adjacent` when the next element must follow immediately (`*_X`).
    Verb {
        adjacent: bool,
    },
    /// `$`: the source actor.
    Source {
        adjacent: bool,
    },
    /// `+`: the target actor.
    Target {
        adjacent: bool,
    },
    /// `%`: a compound actor that is both source and target.
    Compound {
        adjacent: bool,
    },
    /// `^`: skip one actor.
    Skip {
        adjacent: bool,
    },
    /// `&NAME`: one of the phrases of a synonym set (index into `VerbsFile::synsets`).
    Synset {
        set: u32,
        adjacent: bool,
    },
}

impl Elem {
    pub fn adjacent(&self) -> bool {
        match self {
            Elem::Word(w) => w.adjacent,
            Elem::Verb { adjacent }
            | Elem::Source { adjacent }
            | Elem::Target { adjacent }
            | Elem::Compound { adjacent }
            | Elem::Skip { adjacent }
            | Elem::Synset { adjacent, .. } => *adjacent,
        }
    }

    pub(crate) fn set_adjacent(&mut self, value: bool) {
        match self {
            Elem::Word(w) => w.adjacent = value,
            Elem::Verb { adjacent }
            | Elem::Source { adjacent }
            | Elem::Target { adjacent }
            | Elem::Compound { adjacent }
            | Elem::Skip { adjacent }
            | Elem::Synset { adjacent, .. } => *adjacent = value,
        }
    }
}

/// What a dictionary code says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerbCode {
    /// `[---]`: not an event.
    Null,
    /// `[###]`: discard the sentence.
    Discard,
    /// `[+++]`: the sentence is too complex to code.
    Complex,
    /// An event code, with the second code of a pair (`[032:033]`), and the subordinate (`?`)
    /// and dominant (`!`) markers.
    Event {
        code: Box<str>,
        paired: Option<Box<str>>,
        subordinate: bool,
        dominant: bool,
    },
}

/// A verb pattern: the elements before and after the verb, its code and its sort length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub before: Vec<Elem>,
    pub after: Vec<Elem>,
    pub code: VerbCode,
    /// Letters in the fixed text (TABARI's ordering: longer patterns are tried first).
    pub length: usize,
    /// The words the pattern needs, by their first bytes: a clause without them all is skipped.
    pub needs: Prefixes,
    /// 1-based line in its file.
    pub line: usize,
}

/// The first bytes of a dictionary word that every text word it matches keeps: two, or one for a
/// word of up to three letters. A match is the word itself, a word it is a prefix of, a regular
/// ending, or the spelling changes of inflection at the end of a word ("TRY", "TRIED"; "DIE",
/// "DYING").
pub(crate) fn inflection_stem(word: &str) -> &[u8] {
    let b = word.as_bytes();
    &b[..match b.len() {
        0 => 0,
        1..=3 => 1,
        _ => 2,
    }]
}

/// The longest prefix of a word a [`Prefixes`] summary keeps.
const PREFIX_BYTES: usize = 3;

/// A 512-bit summary of words by their first one to three bytes, so that a verb pattern whose
/// words cannot all occur in a clause is passed over without being matched (the full CAMEO
/// dictionary gives a common verb hundreds of patterns).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prefixes([u64; 8]);

impl Prefixes {
    /// The bit of a prefix of up to [`PREFIX_BYTES`] bytes: its bytes and length in one word,
    /// mixed by a multiplication.
    #[inline]
    fn key(prefix: &[u8]) -> u32 {
        let mut x = prefix.len() as u32;
        for &b in prefix {
            x = (x << 8) | u32::from(b);
        }
        x
    }

    #[inline]
    fn set(&mut self, prefix: &[u8]) {
        self.set_key(Self::key(prefix));
    }

    /// The bit of a key of [`key`](Self::key), set.
    #[inline]
    fn set_key(&mut self, key: u32) {
        let bit = (key.wrapping_mul(0x9E37_79B1) >> 23) as usize;
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// The words every match of a pattern contains: its plain words outside synsets (and not
    /// `&NAME` references to them, which may not be resolved yet), each by its first
    /// [`PREFIX_BYTES`] bytes (the whole word when shorter). Every matcher of a pattern's word
    /// (an inflected form, a stem, the word itself) takes text words that start with it.
    pub fn needed_by(elems: &[&[Elem]]) -> Prefixes {
        let mut p = Prefixes::default();
        for e in elems.iter().flat_map(|e| e.iter()) {
            match e {
                Elem::Word(w) if !w.text.starts_with('&') && !w.text.is_empty() => {
                    let b = w.text.as_bytes();
                    p.set(&b[..b.len().min(PREFIX_BYTES)]);
                }
                _ => {}
            }
        }
        p
    }

    /// Adds a text word: its first byte, its first two and its first three (each prefix's key
    /// made from the one before it, as [`key`](Self::key) makes it: the length, then the bytes).
    pub fn add_word(&mut self, word: &str) {
        let mut bytes = 0u32;
        for (n, &b) in word.as_bytes().iter().take(PREFIX_BYTES).enumerate() {
            bytes = (bytes << 8) | u32::from(b);
            self.set_key(((n as u32 + 1) << (8 * (n as u32 + 1))) | bytes);
        }
    }

    /// Every prefix in `needs` is here.
    pub fn covers(&self, needs: &Prefixes) -> bool {
        self.0
            .iter()
            .zip(&needs.0)
            .all(|(have, need)| need & !have == 0)
    }
}

/// A verb root with its written forms and patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// The forms: the root phrase itself and its irregular forms, each a word sequence.
    pub forms: Vec<Vec<PWord>>,
    pub code: VerbCode,
    pub patterns: Vec<Pattern>,
    /// A nominalisation ("bombardment", "talks"): not turned into a noun after a determiner.
    pub nominal: bool,
    pub line: usize,
}

/// An actor code, possibly restricted to a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// `None` for the null code `[---]`; several codes for a coded compound (`[GME/GMW]`).
    pub codes: Vec<Box<str>>,
    pub discard: bool,
    pub complex: bool,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl DatedCode {
    pub fn is_null(&self) -> bool {
        self.codes.is_empty() && !self.discard && !self.complex
    }

    pub fn applies(&self, date: Option<Date>) -> bool {
        match date {
            None => self.from.is_none() && self.to.is_none(),
            Some(d) => self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t),
        }
    }
}

/// An actor entry: its phrases (the first is the primary one) and its codes in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorDef {
    pub phrases: Vec<Vec<PWord>>,
    pub codes: Vec<DatedCode>,
    pub line: usize,
}

impl ActorDef {
    /// The code in force on `date`: the first restricted code that applies, else the
    /// unrestricted one; with no date, the unrestricted one or the latest restricted one.
    pub fn code_at(&self, date: Option<Date>) -> Option<&DatedCode> {
        let dated = |c: &&DatedCode| c.from.is_some() || c.to.is_some();
        let default = self.codes.iter().find(|c| !dated(c));
        match date {
            // restrictions in file order, then the unrestricted code; none: the null code
            Some(d) => self
                .codes
                .iter()
                .filter(dated)
                .find(|c| c.applies(Some(d)))
                .or(default),
            // no date: the unrestricted code, else the restriction that runs latest
            None => default.or_else(|| {
                self.codes
                    .iter()
                    .filter(dated)
                    .max_by_key(|c| c.to.map_or(i64::MAX, |t| t.days()))
            }),
        }
    }
}

/// An agent: phrases and a code with `~` marking where the actor code goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentDef {
    pub phrases: Vec<Vec<PWord>>,
    /// The agent part of the code, without the `~`.
    pub code: Box<str>,
    /// `[~GOV]`: the actor code comes first (ISR + GOV); `[NGO~]`: the agent code comes first.
    pub suffix: bool,
    pub line: usize,
}

/// A discard phrase: a sentence (or, with `story`, a whole text) that contains it is not coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscardDef {
    pub phrase: Vec<PWord>,
    pub story: bool,
    pub line: usize,
}

/// Lines a reader recognised but does not use, by reason, so that a user can see them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Skipped {
    /// (reason, count).
    pub entries: Vec<(String, usize)>,
    /// (reason, file, 1-based line) of the first skipped line of each reason that has a place.
    pub first: Vec<(String, String, usize)>,
}

impl Skipped {
    /// Counts one skipped line and remembers where the first of its kind is.
    pub fn add_at(&mut self, reason: &str, file: &str, line: usize) {
        if !self.first.iter().any(|(r, _, _)| r == reason) {
            self.first
                .push((reason.to_string(), file.to_string(), line));
        }
        self.add(reason, 1);
    }

    pub fn add(&mut self, reason: &str, n: usize) {
        if n == 0 {
            return;
        }
        if let Some(e) = self.entries.iter_mut().find(|(r, _)| r == reason) {
            e.1 += n;
        } else {
            self.entries.push((reason.to_string(), n));
        }
    }

    pub fn merge(&mut self, other: &Skipped) {
        for (r, n) in &other.entries {
            self.add(r, *n);
        }
        for f in &other.first {
            if !self.first.iter().any(|(r, _, _)| *r == f.0) {
                self.first.push(f.clone());
            }
        }
    }

    pub fn total(&self) -> usize {
        self.entries.iter().map(|e| e.1).sum()
    }
}

/// Reads a dictionary file whole: UTF-8, or Latin-1 where it is not valid UTF-8 (the field's
/// older files carry a few Latin-1 bytes). Returns (name, text).
pub fn read_file(path: &std::path::Path) -> Result<(String, String), crate::Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| crate::Error::io(&name, &e))?;
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    };
    Ok((name, text))
}

/// Parses a TABARI date: `YYMMDD` (years 00-30 are 2000-2030) or `YYYYMMDD`.
pub fn parse_dict_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let m: u8 = rest[..2].parse().ok()?;
    let d: u8 = rest[2..].parse().ok()?;
    if m == 0 || d == 0 {
        return None;
    }
    Date::new(y, m, d)
}

#[cfg(test)]
mod prefixes_tests {
    use super::*;

    fn needs(words: &[&str]) -> Prefixes {
        let elems: Vec<Elem> = words
            .iter()
            .map(|w| {
                Elem::Word(PWord {
                    text: (*w).into(),
                    stem: false,
                    no_endings: false,
                    adjacent: false,
                })
            })
            .collect();
        Prefixes::needed_by(&[&elems])
    }

    fn window(words: &[&str]) -> Prefixes {
        let mut p = Prefixes::default();
        for w in words {
            p.add_word(w);
        }
        p
    }

    #[test]
    fn a_window_covers_the_words_its_words_start_with() {
        let w = window(&["THE", "COUNCIL", "WELCOMED", "A", "TRUCE", "TODAY"]);
        for ok in [
            &["WELCOME"][..],
            &["TRUCE", "A"],
            &["COUNCILS"],
            &["TO"],
            &["T"],
            &["TOD", "WEL"],
        ] {
            assert!(w.covers(&needs(ok)), "{ok:?}");
        }
        // a word whose first three bytes no window word has
        for absent in [&["ACCORD"][..], &["TREATY"], &["WELCOME", "TALKS"]] {
            assert!(!w.covers(&needs(absent)), "{absent:?}");
        }
    }

    #[test]
    fn a_words_prefixes_are_those_a_pattern_needs() {
        // a word added to a summary is covered by the needs of a pattern of each of its
        // prefixes, and of the whole word where shorter than three bytes
        for word in ["A", "AB", "ABC", "ABCD", "ACCUSE", "\u{e9}TAT"] {
            let mut w = Prefixes::default();
            w.add_word(word);
            let b = word.as_bytes();
            let mut all = Prefixes::default();
            for n in 1..=b.len().min(PREFIX_BYTES) {
                let mut one = Prefixes::default();
                one.set(&b[..n]);
                assert!(w.covers(&one), "{word} {n}");
                all.set(&b[..n]);
            }
            assert_eq!(w, all, "{word}");
        }
    }
}
