//! The compiled event dictionary: verbs with their patterns, synsets, and (from user files)
//! actors, agents, nouns, adjectives and discards, indexed by the first word of each phrase so
//! that a sentence is classified with a few hash look-ups per word.

use rustc_hash::FxHashMap as HashMap;

use crate::error::Error;
use crate::lexicon::formats::{
    self, inflection_stem, ActorDef, AgentDef, DictOptions, Elem, PWord, Skipped, Verb,
};
use crate::lexicon::trie::Trie;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CandKind {
    Verb(u32),
    Actor(u32),
    Agent(u32),
    Noun,
    Adjective,
    Discard { story: bool },
}

impl CandKind {
    /// Priority among matches of equal length: actors over agents over verbs over word lists.
    pub(crate) fn rank(self) -> u8 {
        match self {
            CandKind::Discard { .. } => 6,
            CandKind::Actor(_) => 5,
            CandKind::Agent(_) => 4,
            CandKind::Verb(_) => 3,
            CandKind::Noun => 2,
            CandKind::Adjective => 1,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub kind: CandKind,
    /// Index into `EventDict::phrases`.
    pub phrase: u32,
    /// The phrase's second word by its first bytes (see [`NextWord`]): candidates whose second
    /// word cannot follow are passed over without comparing strings.
    pub next: NextWord,
    /// The phrase's second word follows its first at once (the first's `adjacent`): kept here
    /// with `next`, so that a candidate passed over by its second word never loads its phrase.
    pub adjacent: bool,
}

/// The [`inflection_stem`] of a phrase's second word (empty for a one-word phrase): candidates
/// whose second word cannot follow are passed over without comparing strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NextWord {
    bytes: [u8; 2],
    len: u8,
}

impl NextWord {
    /// A one-word phrase: no constraint.
    pub(crate) const NONE: NextWord = NextWord {
        bytes: [0; 2],
        len: 0,
    };

    /// [`NONE`](Self::NONE) for a one-word phrase only: a second word with an empty stem (no
    /// constraint either) is told from it by a byte that no comparison reads.
    fn of(phrase: &[PWord]) -> NextWord {
        let Some(second) = phrase.get(1) else {
            return NextWord::NONE;
        };
        let stem = inflection_stem(&second.text);
        let mut bytes = [u8::from(stem.is_empty()), 0];
        bytes[..stem.len()].copy_from_slice(stem);
        NextWord {
            bytes,
            len: stem.len() as u8,
        }
    }

    /// The stem as a number, one for each stem (none for a one-word phrase): the key of the
    /// candidates' groups in a [`KeyList`].
    fn key(&self) -> Option<u32> {
        match self.len {
            0 => None,
            1 => Some(stem_key(&self.bytes[..1])),
            _ => Some(stem_key(&self.bytes)),
        }
    }

    /// Whether a text word (upper case) may be the phrase's second word.
    #[inline]
    pub(crate) fn may_be(&self, word: &str) -> bool {
        // byte by byte (a prefix of two bytes at most), not a call to compare slices
        let w = word.as_bytes();
        match self.len {
            0 => true,
            1 => w.first() == Some(&self.bytes[0]),
            _ => w.len() >= 2 && w[0] == self.bytes[0] && w[1] == self.bytes[1],
        }
    }
}

/// A stem of one or two bytes as a number: its bytes and its length.
#[inline]
fn stem_key(stem: &[u8]) -> u32 {
    match *stem {
        [a] => 1 << 16 | u32::from(a),
        [a, b, ..] => 2 << 16 | u32::from(b) << 8 | u32::from(a),
        [] => 0,
    }
}

/// The candidates of one key, with an index of them by their second word.
#[derive(Clone, Copy)]
pub(crate) struct KeyList<'a> {
    pub cands: &'a [Cand],
    /// Positions in `cands`, each group's together (see [`ListOrder`]).
    order: &'a [u32],
    always: &'a [u32],
    /// The index's groups, of which the list's are `groups[group_range]`: sliced only where the
    /// next word's stems may have one (most lists are passed over by `stems`).
    groups: &'a [NextGroup],
    group_range: (u32, u32),
    /// The [`stem_bit`]s of the groups' keys.
    stems: u64,
}

/// Whether a phrase of a list whose phrases' first words admit `first` (`FIRST_*`) may open a
/// word whose rest after the key is `rest` ([`matches_after`] of some phrase's first word): a
/// list none of whose phrases may is passed over whole (a key that is a shorter word's, "GO" in
/// "GOVERNMENT").
#[inline]
fn first_may_take(first: u8, rest: &str) -> bool {
    rest.is_empty()
        || first & FIRST_STEM != 0
        || (first & FIRST_ENDINGS != 0 && ENDINGS.contains(&rest))
}

/// A phrase of the list opens with a stem: any rest of the word after the key.
const FIRST_STEM: u8 = 1;
/// A phrase of the list opens with a word that takes the regular endings.
const FIRST_ENDINGS: u8 = 2;

/// A stem key's bit in a summary of a list's groups.
#[inline]
fn stem_bit(key: u32) -> u64 {
    1 << (key.wrapping_mul(0x9E37_79B1) >> 26)
}

impl<'a> KeyList<'a> {
    /// The positions of the candidates to try whatever follows the key's word: the one-word
    /// phrases, and those whose second word may stand a few words on (a blank between them in a
    /// dictionary read with gaps), in their order.
    #[inline]
    pub(crate) fn always(&self) -> &'a [u32] {
        self.always
    }

    /// Whether some phrase of the list has a second word that must follow at once (a group by
    /// [`followed_by`](Self::followed_by)).
    #[inline]
    pub(crate) fn has_groups(&self) -> bool {
        self.stems != 0
    }

    /// The positions of the candidates whose second word, which must follow at once, the next
    /// word may be, by its stems (found once for all the lists of a word): the two groups of its
    /// first byte and of its first two bytes. Every other candidate of the list but
    /// [`always`](Self::always)'s cannot match.
    #[inline]
    pub(crate) fn followed_by(&self, next: &NextStems) -> [&'a [u32]; 2] {
        // most words after a key begin no phrase's second word: no search
        if self.stems & next.bits == 0 {
            return [&[], &[]];
        }
        let groups = self
            .groups
            .get(self.group_range.0 as usize..self.group_range.1 as usize)
            .unwrap_or(&[]);
        let group = |key: u32| -> &'a [u32] {
            if key == 0 || self.stems & stem_bit(key) == 0 {
                return &[];
            }
            match groups.binary_search_by_key(&key, |g| g.key) {
                Ok(k) => {
                    let g = groups[k];
                    &self.order[g.start as usize..g.end as usize]
                }
                Err(_) => &[],
            }
        };
        [group(next.keys[0]), group(next.keys[1])]
    }
}

/// A text word's first byte and first two bytes as [`stem_key`]s (0 where the word is shorter),
/// with their [`stem_bit`]s: what [`KeyList::followed_by`] looks its groups up by.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NextStems {
    keys: [u32; 2],
    bits: u64,
}

impl NextStems {
    /// No word follows: no group is looked up.
    pub(crate) const NONE: NextStems = NextStems {
        keys: [0; 2],
        bits: 0,
    };

    #[inline]
    pub(crate) fn of(next: &str) -> NextStems {
        let n = next.as_bytes();
        let Some(first) = n.get(..1) else {
            return NextStems::NONE;
        };
        let one = stem_key(first);
        let two = n.get(..2).map_or(0, stem_key);
        NextStems {
            keys: [one, two],
            bits: stem_bit(one) | if two == 0 { 0 } else { stem_bit(two) },
        }
    }
}

/// The candidates of one list whose second word must follow at once, by its stem.
#[derive(Debug, Clone, Copy)]
struct NextGroup {
    /// [`stem_key`] of the stem.
    key: u32,
    /// Range in [`PhraseIndex::order`] (global).
    start: u32,
    end: u32,
}

/// Where a list's candidates stand in [`PhraseIndex::order`] and [`PhraseIndex::groups`].
#[derive(Debug, Clone, Copy, Default)]
struct ListOrder {
    /// The candidates tried whatever follows: `order[always.0..always.1]`.
    always: (u32, u32),
    /// The groups by second word, sorted by key: `groups[groups.0..groups.1]`.
    groups: (u32, u32),
    /// The [`stem_bit`]s of the groups' keys.
    stems: u64,
    /// What the list's phrases' first words admit after the key (`FIRST_*`).
    first: u8,
}

/// The sources of an event dictionary, each `(file name, text)`.
#[derive(Debug, Clone, Default)]
pub struct DictSources {
    pub verbs: Vec<(String, String)>,
    pub actors: Vec<(String, String)>,
    pub agents: Vec<(String, String)>,
    pub discards: Vec<(String, String)>,
    pub options: Vec<(String, String)>,
    /// The actor files already parsed (by the lexicon builder), parallel to `actors` when
    /// complete, so that each file is read once.
    pub(crate) parsed_actors: Vec<formats::ActorsFile>,
}

impl DictSources {
    /// Sources of files on disk: each file read whole (UTF-8, or Latin-1 where it is not
    /// valid UTF-8, as the field's older files are).
    pub fn from_paths<P: AsRef<std::path::Path>>(
        verbs: &[P],
        actors: &[P],
        agents: &[P],
        discards: &[P],
        options: &[P],
    ) -> Result<DictSources, Error> {
        let read = |ps: &[P]| -> Result<Vec<(String, String)>, Error> {
            ps.iter().map(|p| formats::read_file(p.as_ref())).collect()
        };
        Ok(DictSources {
            verbs: read(verbs)?,
            actors: read(actors)?,
            agents: read(agents)?,
            discards: read(discards)?,
            options: read(options)?,
            parsed_actors: Vec::new(),
        })
    }

    /// Whether no file is given.
    pub fn is_empty(&self) -> bool {
        self.verbs.is_empty()
            && self.actors.is_empty()
            && self.agents.is_empty()
            && self.discards.is_empty()
            && self.options.is_empty()
    }

    /// Adds the files of `other` after these, with `parsed`, its actor files already read.
    pub(crate) fn append(&mut self, other: DictSources, parsed: Vec<formats::ActorsFile>) {
        let complete =
            self.parsed_actors.len() == self.actors.len() && parsed.len() == other.actors.len();
        self.verbs.extend(other.verbs);
        self.actors.extend(other.actors);
        self.agents.extend(other.agents);
        self.discards.extend(other.discards);
        self.options.extend(other.options);
        if complete {
            self.parsed_actors.extend(parsed);
        } else {
            self.parsed_actors.clear();
        }
    }
}

/// What was loaded, for the user to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub verbs: usize,
    pub patterns: usize,
    pub synsets: usize,
    pub actors: usize,
    pub actor_phrases: usize,
    pub agents: usize,
    pub discards: usize,
    pub skipped: Skipped,
}

/// A compiled event dictionary.
#[derive(Debug, Clone, Default)]
pub struct EventDict {
    pub(crate) verbs: Vec<Verb>,
    pub(crate) synsets: Vec<Vec<Vec<Elem>>>,
    pub(crate) actors: Vec<ActorDef>,
    pub(crate) agents: Vec<AgentDef>,
    pub(crate) phrases: Vec<Vec<PWord>>,
    index: PhraseIndex,
    pub(crate) options: DictOptions,
    /// The embedded verbs (the project's own): CAMEO refusal and intent rules apply.
    pub(crate) embedded: bool,
    pub(crate) report: LoadReport,
}

const EMBEDDED_VERBS: &str = include_str!("data/verbs.txt");

impl EventDict {
    /// The project's own verb patterns.
    pub fn embedded() -> Result<EventDict, Error> {
        // compiled without the key index, which is built once the -ING forms are in
        let mut d = EventDict::compile(DictSources {
            verbs: vec![("<embedded verbs.txt>".into(), EMBEDDED_VERBS.into())],
            ..Default::default()
        })?;
        d.embedded = true;
        // the project's verbs are written as roots ("ACCUSE_"): their -ING forms drop a final E
        for v in 0..d.verbs.len() {
            let extra: Vec<Vec<PWord>> = d.verbs[v]
                .forms
                .iter()
                .filter_map(|f| ing_form(f))
                .collect();
            for f in extra {
                d.add_phrase(f.clone(), CandKind::Verb(v as u32));
                d.verbs[v].forms.push(f);
            }
        }
        d.index.seal(!d.embedded, &d.phrases);
        Ok(d)
    }

    /// Compiles dictionaries read from files.
    pub fn from_sources(src: &DictSources) -> Result<EventDict, Error> {
        EventDict::from_owned(src.clone())
    }

    /// Compiles dictionaries read from files, taking them.
    pub fn from_owned(src: DictSources) -> Result<EventDict, Error> {
        let mut d = EventDict::compile(src)?;
        d.index.seal(!d.embedded, &d.phrases);
        Ok(d)
    }

    /// [`from_owned`](Self::from_owned) but for the trie of the index's keys (built by
    /// `PhraseIndex::seal` after the last phrase is added).
    fn compile(mut src: DictSources) -> Result<EventDict, Error> {
        if src.parsed_actors.len() != src.actors.len() {
            src.parsed_actors = src
                .actors
                .iter()
                .map(|(name, text)| formats::parse_actors(name, text))
                .collect::<Result<_, _>>()?;
        }
        let mut d = EventDict::default();
        for (name, text) in &src.options {
            let (o, sk) = formats::parse_options(name, text)?;
            d.options = o;
            d.report.skipped.merge(&sk);
        }
        for (name, text) in &src.verbs {
            let vf = formats::parse_verbs(name, text)?;
            d.report.skipped.merge(&vf.skipped);
            let offset = d.synsets.len() as u32;
            for (_, phrases) in vf.synsets {
                let mut phrases = phrases;
                for p in &mut phrases {
                    shift_synsets(p, offset);
                }
                d.synsets.push(phrases);
            }
            for mut v in vf.verbs {
                for p in &mut v.patterns {
                    shift_synsets(&mut p.before, offset);
                    shift_synsets(&mut p.after, offset);
                }
                d.verbs.push(v);
            }
        }
        for af in src.parsed_actors {
            d.report.skipped.merge(&af.skipped);
            for words in af.nouns {
                d.add_phrase(words, CandKind::Noun);
            }
            for words in af.adjectives {
                d.add_phrase(words, CandKind::Adjective);
            }
            d.actors.extend(af.actors);
        }
        for (name, text) in &src.agents {
            let (agents, sk) = formats::parse_agents(name, text)?;
            d.report.skipped.merge(&sk);
            d.agents.extend(agents);
        }
        for (name, text) in &src.discards {
            for disc in formats::parse_discards(name, text)? {
                d.report.discards += 1;
                d.add_phrase(disc.phrase, CandKind::Discard { story: disc.story });
            }
        }
        d.index_all();
        Ok(d)
    }

    fn index_all(&mut self) {
        let verbs = std::mem::take(&mut self.verbs);
        for (i, v) in verbs.iter().enumerate() {
            for f in &v.forms {
                self.add_phrase(f.clone(), CandKind::Verb(i as u32));
            }
        }
        self.report.verbs = verbs.len();
        self.report.patterns = verbs.iter().map(|v| v.patterns.len()).sum();
        self.verbs = verbs;
        let actors = std::mem::take(&mut self.actors);
        for (i, a) in actors.iter().enumerate() {
            for p in &a.phrases {
                self.add_phrase(p.clone(), CandKind::Actor(i as u32));
                self.report.actor_phrases += 1;
            }
        }
        self.report.actors = actors.len();
        self.actors = actors;
        let agents = std::mem::take(&mut self.agents);
        for (i, a) in agents.iter().enumerate() {
            for p in &a.phrases {
                self.add_phrase(p.clone(), CandKind::Agent(i as u32));
            }
        }
        self.report.agents = agents.len();
        self.agents = agents;
        self.report.synsets = self.synsets.len();
        // longest phrases first within a key
        let phrases = &self.phrases;
        for list in &mut self.index.lists {
            list.sort_by_key(|c| {
                let p = &phrases[c.phrase as usize];
                (
                    std::cmp::Reverse(p.len()),
                    std::cmp::Reverse(p.iter().map(|w| w.text.len()).sum::<usize>()),
                    std::cmp::Reverse(c.kind.rank()),
                )
            });
        }
    }

    fn add_phrase(&mut self, words: Vec<PWord>, kind: CandKind) {
        let Some(first) = words.first() else { return };
        let key = first.text.clone();
        let phrase = self.phrases.len() as u32;
        let next = NextWord::of(&words);
        let adjacent = first.adjacent;
        self.phrases.push(words);
        self.index.push(
            key,
            Cand {
                kind,
                phrase,
                next,
                adjacent,
            },
        );
    }

    /// The index lists whose key `word` (upper case) starts with: `(key length, candidates)`,
    /// shortest key first.
    pub(crate) fn lists_of<'a>(
        &'a self,
        word: &'a str,
    ) -> impl Iterator<Item = (usize, &'a [Cand])> + 'a {
        self.index.lists_of(word)
    }

    /// Whether a key may open `word` (upper case): a word none opens has no list (most words).
    #[inline]
    pub(crate) fn may_open_key(&self, word: &str) -> bool {
        self.index.opens.may_open(word.as_bytes())
    }

    /// [`lists_of`](Self::lists_of), each list with its candidates grouped by second word, for a
    /// word [`may_open_key`](Self::may_open_key) lets through (others have no list either);
    /// unless `all`, without the lists none of whose phrases may open the word (see
    /// [`first_may_take`]), passed over by their first-word bits before their record is read.
    pub(crate) fn key_lists<'a>(
        &'a self,
        word: &'a str,
        all: bool,
    ) -> impl Iterator<Item = (usize, KeyList<'a>)> + 'a {
        self.index.key_lists(word, all)
    }

    /// Whether `word` (upper case) may open a verb's phrase or a story's discard: a sentence
    /// without such a word codes no event.
    pub(crate) fn is_decisive(&self, word: &[u8]) -> bool {
        self.index.is_decisive(word)
    }

    pub fn report(&self) -> &LoadReport {
        &self.report
    }

    pub fn options(&self) -> &DictOptions {
        &self.options
    }

    /// Whether the dictionary has its own actors (then the coder reads actors from it).
    pub fn has_actors(&self) -> bool {
        !self.actors.is_empty()
    }

    pub fn actor_defs(&self) -> &[ActorDef] {
        &self.actors
    }

    /// These verbs with the actors, agents, nouns, discards and options of `other` (a
    /// dictionary loaded from files without verbs).
    pub(crate) fn with_entities_of(mut self, other: EventDict) -> EventDict {
        let verbs = std::mem::take(&mut self.verbs);
        let synsets = std::mem::take(&mut self.synsets);
        let mut d = other;
        d.verbs = verbs;
        d.synsets = synsets;
        for list in &mut d.index.lists {
            list.retain(|c| !matches!(c.kind, CandKind::Verb(_)));
        }
        let verbs = std::mem::take(&mut d.verbs);
        for (i, v) in verbs.iter().enumerate() {
            for f in &v.forms {
                d.add_phrase(f.clone(), CandKind::Verb(i as u32));
            }
        }
        d.report.verbs = verbs.len();
        d.report.patterns = verbs.iter().map(|v| v.patterns.len()).sum();
        d.verbs = verbs;
        d.embedded = true;
        d.index.seal(!d.embedded, &d.phrases);
        d
    }
}

/// The candidates of each phrase's first word (its key). A text word's lists are found by
/// walking a trie of the keys along the word once: every key that is a prefix of the word.
#[derive(Debug, Clone)]
struct PhraseIndex {
    /// Key -> index into `lists`.
    slots: HashMap<Box<str>, u32>,
    lists: Vec<Vec<Cand>>,
    /// For each list, whether it holds a verb or a story's discard: a word whose keys' lists hold
    /// neither cannot make its sentence code an event (built by [`seal`](Self::seal)).
    decisive: Vec<bool>,
    /// The first bytes of the decisive keys, to reject most words before walking the trie.
    starts: KeyStarts,
    /// The first bytes of all the keys (four of a longer key, as for `starts`): a word none
    /// opens has no list, and the trie is not walked for it.
    opens: KeyStarts,
    /// The keys, each with its index into `lists`; built by [`seal`](Self::seal) once the
    /// phrases are added.
    keys: Trie,
    /// For each list, where its candidates stand in `order` and its groups in `groups` (built
    /// by [`seal`](Self::seal)): a common key ("THE") has a hundred phrases, of which the word
    /// after it leaves a few.
    list_order: Vec<ListOrder>,
    /// Positions of candidates in their list: each list's that are always tried, then its
    /// groups by second word.
    order: Vec<u32>,
    groups: Vec<NextGroup>,
}

/// The openings of a set of keys: a table by a word's first three bytes (each by its class:
/// a letter its own, the other bytes folded into a few) of whether a key of one, two or three
/// bytes is a prefix of the word and whether a longer key opens with those three, and for the
/// longer keys a bit set over a hash of their first four bytes (a key of four) or five (a longer
/// one). A word that one of the keys opens finds it said there; most words are told from the
/// keys by one look-up of their first three bytes, instead of one for each length of key.
#[derive(Debug, Clone)]
struct KeyStarts {
    /// An empty key is in the set: every word may be opened by one.
    any: bool,
    /// By `opening_at` of a word's first three bytes: the `OPENS_*` flags.
    three: Box<[u8; OPENINGS]>,
    /// Four bytes tell most words from the keys they do not start with ("PROBLEM" and
    /// "PROTEST" share their first three), and five a word from the longer keys it is a prefix
    /// of or shares four bytes with ("WITH" and "WITHDRAW", "PRESIDENT" and "PRESS"): a key of
    /// four bytes sets the bit of its four, a longer key that of its first five.
    longer: Box<[u64; LONGER_WORDS]>,
}

/// The `u64` words of [`KeyStarts::longer`]: 16,384 bits.
const LONGER_WORDS: usize = 256;

/// Entries of [`KeyStarts::three`]: three byte classes of five bits.
const OPENINGS: usize = 1 << 15;

/// A key of one byte is the word's first.
const OPENS_ONE: u8 = 1;
/// A key of two bytes is the word's first two.
const OPENS_TWO: u8 = 2;
/// A key of three bytes is the word's first three.
const OPENS_THREE: u8 = 4;
/// A longer key opens with the word's first three.
const OPENS_LONGER: u8 = 8;

/// The class of each byte in [`KeyStarts::three`]'s index: 1-26 for the upper-case letters
/// (the dictionaries' and the coder's words are upper case), 27-31 for the other bytes folded
/// (what one byte of a class sets, all of them read); 0 is no byte (a word shorter than
/// three).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        t[b] = if byte.is_ascii_uppercase() {
            byte - b'A' + 1
        } else {
            27 + byte % 5
        };
        b += 1;
    }
    t
};

impl Default for KeyStarts {
    fn default() -> Self {
        KeyStarts {
            any: false,
            three: Box::new([0; OPENINGS]),
            longer: Box::new([0; LONGER_WORDS]),
        }
    }
}

impl KeyStarts {
    /// The entry of an opening of three byte classes.
    #[inline]
    fn opening_at(a: u8, b: u8, c: u8) -> usize {
        (usize::from(a) << 10) | (usize::from(b) << 5) | usize::from(c)
    }

    fn class(b: u8) -> u8 {
        BYTE_CLASS[usize::from(b)]
    }

    /// The bit of a key's first four bytes and its fifth (0 for a key of four bytes: no word
    /// holds that byte) in [`longer`](Self::longer).
    fn longer_bit(opening: [u8; 5]) -> usize {
        let [a, b, c, d, e] = opening;
        let x = u64::from_le_bytes([a, b, c, d, e, 0, 0, 0]);
        // a multiplicative hash: the top bits depend on all five bytes
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize % (LONGER_WORDS * 64)
    }

    /// Adds `key` (see [`may_open`](Self::may_open)).
    fn add(&mut self, key: &[u8]) {
        let c = Self::class;
        match *key {
            [] => self.any = true,
            // whatever follows: every entry of the first class
            [a] => {
                for bc in 0..32 {
                    for cc in 0..32 {
                        self.three[Self::opening_at(c(a), bc, cc)] |= OPENS_ONE;
                    }
                }
            }
            [a, b] => {
                for cc in 0..32 {
                    self.three[Self::opening_at(c(a), c(b), cc)] |= OPENS_TWO;
                }
            }
            [a, b, d] => self.three[Self::opening_at(c(a), c(b), c(d))] |= OPENS_THREE,
            [a, b, d, e, ..] => {
                self.three[Self::opening_at(c(a), c(b), c(d))] |= OPENS_LONGER;
                let k = Self::longer_bit([a, b, d, e, key.get(4).copied().unwrap_or(0)]);
                self.longer[k / 64] |= 1 << (k % 64);
            }
        }
    }

    /// Whether a key of the set may be a prefix of `word`. (Inlined: asked of every word of a
    /// coded sentence, as a call it cost about twice its own work.)
    #[inline(always)]
    fn may_open(&self, word: &[u8]) -> bool {
        if self.any {
            return true;
        }
        let c = Self::class;
        let at = match *word {
            [] => return false,
            [a] => Self::opening_at(c(a), 0, 0),
            [a, b] => Self::opening_at(c(a), c(b), 0),
            [a, b, d, ..] => Self::opening_at(c(a), c(b), c(d)),
        };
        let flags = self.three[at % OPENINGS];
        if flags & (OPENS_ONE | OPENS_TWO | OPENS_THREE) != 0 {
            return true;
        }
        match *word {
            [a, b, d, e, ..] if flags & OPENS_LONGER != 0 => {
                let set = |k: usize| self.longer[k / 64] & (1 << (k % 64)) != 0;
                // a key of four bytes, or a longer one that opens with the word's first five
                set(Self::longer_bit([a, b, d, e, 0]))
                    || word
                        .get(4)
                        .is_some_and(|&f| set(Self::longer_bit([a, b, d, e, f])))
            }
            _ => false,
        }
    }
}

impl Default for PhraseIndex {
    fn default() -> Self {
        PhraseIndex {
            slots: HashMap::default(),
            lists: Vec::new(),
            decisive: Vec::new(),
            starts: KeyStarts::default(),
            opens: KeyStarts::default(),
            keys: Trie::new(std::iter::empty()),
            list_order: Vec::new(),
            order: Vec::new(),
            groups: Vec::new(),
        }
    }
}

impl PhraseIndex {
    fn push(&mut self, key: Box<str>, cand: Cand) {
        let next = self.lists.len() as u32;
        let slot = *self.slots.entry(key).or_insert(next);
        if slot == next {
            self.lists.push(Vec::new());
        }
        self.lists[slot as usize].push(cand);
    }

    /// Builds the trie of the keys (after the last [`push`](Self::push) of a new key) and the
    /// groups of each list's candidates by second word; `gaps` when a phrase's blank-joined
    /// words of actors, agents and verbs may have words between them (see `longest_at`).
    fn seal(&mut self, gaps: bool, phrases: &[Vec<PWord>]) {
        self.list_order.clear();
        self.order.clear();
        self.groups.clear();
        let mut keyed: Vec<(u32, u32)> = Vec::new();
        for list in &self.lists {
            keyed.clear();
            let start = self.order.len() as u32;
            for (pos, c) in list.iter().enumerate() {
                let far = gaps
                    && !c.adjacent
                    && matches!(
                        c.kind,
                        CandKind::Actor(_) | CandKind::Agent(_) | CandKind::Verb(_)
                    );
                match c.next.key() {
                    Some(key) if !far => keyed.push((key, pos as u32)),
                    _ => self.order.push(pos as u32),
                }
            }
            let always = (start, self.order.len() as u32);
            let first_group = self.groups.len() as u32;
            let mut stems = 0;
            let mut first = 0;
            for c in list {
                if let Some(w) = phrases.get(c.phrase as usize).and_then(|p| p.first()) {
                    if w.stem {
                        first |= FIRST_STEM;
                    } else if !w.no_endings {
                        first |= FIRST_ENDINGS;
                    }
                }
            }
            keyed.sort_unstable();
            for (k, &(key, pos)) in keyed.iter().enumerate() {
                stems |= stem_bit(key);
                if k == 0 || keyed[k - 1].0 != key {
                    let at = self.order.len() as u32;
                    self.groups.push(NextGroup {
                        key,
                        start: at,
                        end: at,
                    });
                }
                self.order.push(pos);
                if let Some(g) = self.groups.last_mut() {
                    g.end = self.order.len() as u32;
                }
            }
            self.list_order.push(ListOrder {
                always,
                groups: (first_group, self.groups.len() as u32),
                stems,
                first,
            });
        }
        self.keys = Trie::new(self.slots.iter().map(|(k, &i)| (i, k.as_bytes())));
        self.decisive = self
            .lists
            .iter()
            .map(|list| {
                list.iter().any(|c| {
                    matches!(
                        c.kind,
                        CandKind::Verb(_) | CandKind::Discard { story: true }
                    )
                })
            })
            .collect();
        self.starts = KeyStarts::default();
        self.opens = KeyStarts::default();
        for (key, &slot) in &self.slots {
            if self.decisive[slot as usize] {
                self.starts.add(key.as_bytes());
            }
            self.opens.add(key.as_bytes());
        }
    }

    /// Whether a key `word` starts with has a verb or a story's discard among its phrases.
    fn is_decisive(&self, word: &[u8]) -> bool {
        if !self.starts.may_open(word) {
            return false;
        }
        self.is_decisive_walk(word)
    }

    /// [`is_decisive`](Self::is_decisive) for a word that passes the bit sets.
    fn is_decisive_walk(&self, word: &[u8]) -> bool {
        self.keys.prefixes(word).any(|(_, slots)| {
            slots
                .iter()
                .any(|&slot| self.decisive.get(slot as usize) == Some(&true))
        })
    }

    /// [`lists_of`](Self::lists_of), each list with its index by second word.
    fn key_lists<'a>(
        &'a self,
        word: &'a str,
        all: bool,
    ) -> impl Iterator<Item = (usize, KeyList<'a>)> + 'a {
        self.keys
            .prefixes(word.as_bytes())
            .filter_map(move |(l, slots)| {
                debug_assert_eq!(slots.len(), 1);
                let slot = *slots.first()? as usize;
                let o = self.list_order.get(slot)?;
                // a key ending inside the word whose phrases' first words take neither a stem's
                // rest nor this ending opens no phrase here: the list is not assembled
                if !all && !first_may_take(o.first, word.get(l..)?) {
                    return None;
                }
                Some((
                    l,
                    KeyList {
                        cands: self.lists[slot].as_slice(),
                        order: &self.order,
                        always: &self.order[o.always.0 as usize..o.always.1 as usize],
                        groups: &self.groups,
                        group_range: o.groups,
                        stems: o.stems,
                    },
                ))
            })
    }

    fn lists_of<'a>(&'a self, word: &'a str) -> impl Iterator<Item = (usize, &'a [Cand])> + 'a {
        // most words open no key: rejected by their opening's bits, without a walk of the trie
        let word = if self.opens.may_open(word.as_bytes()) {
            word
        } else {
            ""
        };
        // a key matching a prefix of the word ends on a character boundary (both are UTF-8); the
        // keys are those of `slots`, all different, so a prefix is the key of one list
        self.keys
            .prefixes(word.as_bytes())
            .filter_map(move |(l, slots)| {
                debug_assert_eq!(slots.len(), 1);
                let &slot = slots.first()?;
                Some((l, self.lists[slot as usize].as_slice()))
            })
    }
}

/// The -ING form of a verb form whose first word ends in a silent E ("ACCUSING" for "ACCUSE_"),
/// which the regular endings do not reach.
fn ing_form(form: &[PWord]) -> Option<Vec<PWord>> {
    let first = form.first()?;
    let root = first.text.strip_suffix('E')?;
    if first.stem || root.len() < 2 || root.ends_with('E') {
        return None; // a stem already matches; AGREE gives AGREEING
    }
    let mut f = form.to_vec();
    f[0].text = format!("{root}ING").into();
    Some(f)
}

fn shift_synsets(elems: &mut [Elem], offset: u32) {
    for e in elems {
        if let Elem::Synset { set, .. } = e {
            *set += offset;
        }
    }
}

/// The regular endings a word may add to an exact dictionary word.
const ENDINGS: &[&str] = &["S", "ES", "ED", "D", "EN", "N", "ING", "'S", "'"];

/// Whether text word `w` (upper case) matches dictionary word `p`.
#[inline]
pub(crate) fn word_matches(p: &PWord, w: &str) -> bool {
    w.strip_prefix(&*p.text)
        .is_some_and(|rest| matches_after(p, rest))
}

/// Whether a text word that starts with dictionary word `p` and goes on with `rest` matches it:
/// `p` is a stem, or `rest` is empty or a regular ending `p` takes.
#[inline]
pub(crate) fn matches_after(p: &PWord, rest: &str) -> bool {
    p.stem || rest.is_empty() || (!p.no_endings && ENDINGS.contains(&rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_starts_find_every_key_that_opens_a_word() {
        let mut k = KeyStarts::default();
        for key in ["X", "AB", "QRS", "TUVW", "É-Z", "7TH", "WITHDRAW", "PRESS"] {
            k.add(key.as_bytes());
        }
        // a key of each length opens the word itself and the longer words it is a prefix of
        for word in [
            "X", "XY", "XYZ", "XYZW", "AB", "ABC", "ABCDE", "QRS", "QRSTU", "TUVW", "TUVWXYZ",
            "É-Z", "É-ZED", "7TH", "7THS",
        ] {
            assert!(k.may_open(word.as_bytes()), "{word}");
        }
        for word in ["WITHDRAWN", "PRESSED", "PRESS"] {
            assert!(k.may_open(word.as_bytes()), "{word}");
        }
        // no key opens these: a shorter word than a key, another letter where the keys differ
        for word in ["A", "QR", "QRT", "TUV", "TUVX", "YES", "BAT", "", "8TH"] {
            assert!(!k.may_open(word.as_bytes()), "{word}");
        }
        // nor these, which share their first four letters with a longer key
        for word in ["WITH", "WITHIN", "PRES", "PRESIDENT"] {
            assert!(!k.may_open(word.as_bytes()), "{word}");
        }
        let mut all = KeyStarts::default();
        all.add(b"");
        assert!(all.may_open(b"ANY"));
    }

    #[test]
    fn only_a_one_word_phrase_has_no_next_word() {
        let w = |t: &str| PWord {
            text: t.into(),
            stem: false,
            no_endings: false,
            adjacent: true,
        };
        assert_eq!(NextWord::of(&[w("CALL")]), NextWord::NONE);
        // a second word with an empty stem constrains nothing, yet is a second word: the coder
        // decides a candidate without a next word as a one-word phrase
        let empty = NextWord::of(&[w("CALL"), w("")]);
        assert_ne!(empty, NextWord::NONE);
        assert!(empty.may_be("ANY") && empty.may_be("") && empty.key().is_none());
        assert_ne!(NextWord::of(&[w("CALL"), w("ON")]), NextWord::NONE);
    }

    #[test]
    fn a_key_list_is_passed_over_where_no_first_word_takes_the_rest() {
        let d = EventDict::from_owned(DictSources {
            verbs: vec![(
                "t.verbs".into(),
                "GO_ [010]\nGO_BACK [011]\nGOVERN_ [012]\nGOAD= [013]\n".into(),
            )],
            actors: vec![(
                "t.actors".into(),
                "GOVERNMENT_ [GOV]\nGOLD COAST [GHA]\n".into(),
            )],
            ..Default::default()
        })
        .expect("compiles");
        let mut passed = [0, 0];
        for word in [
            "GO",
            "GOES",
            "GOING",
            "GONE",
            "GOVERNED",
            "GOVERNMENT",
            "GOVERNMENTS",
            "GOAD",
            "GOADS",
            "GOLD",
            "GOLDEN",
            "GOLDS",
            "GOX",
        ] {
            let open: Vec<usize> = d.key_lists(word, false).map(|(l, _)| l).collect();
            for (l, list) in d.key_lists(word, true) {
                let rest = &word[l..];
                let any = list
                    .cands
                    .iter()
                    .any(|c| matches_after(&d.phrases[c.phrase as usize][0], rest));
                // the lists given without `all` are those that may open the word
                assert_eq!(open.contains(&l), any, "{word}: {}", &word[..l]);
                passed[usize::from(any)] += 1;
            }
        }
        // both outcomes occur: "GO" in "GOVERNMENT", "GOAD" in "GOADS"; "GOLD" in "GOLDEN"
        assert!(passed[0] >= 5 && passed[1] >= 5, "{passed:?}");
    }

    #[test]
    fn only_verbs_and_story_discards_decide_a_sentence() {
        let d = EventDict::from_owned(DictSources {
            verbs: vec![("t.verbs".into(), "MEET_ [040]\nPRAISE [051]\n".into())],
            actors: vec![("t.actors".into(), "ARGENTINA [ARG]\n".into())],
            ..Default::default()
        })
        .expect("compiles");
        // a verb's key starts the word, with its endings
        assert!(d.is_decisive(b"MEETING"));
        assert!(d.is_decisive(b"PRAISED"));
        // an actor's key, or no key at all, codes nothing by itself
        assert!(d.lists_of("ARGENTINA").next().is_some());
        assert!(!d.is_decisive(b"ARGENTINA"));
        assert!(!d.is_decisive(b"TABLE"));
        assert!(!d.is_decisive(b"ME"));
    }

    #[test]
    fn a_key_list_gives_every_phrase_the_next_word_may_continue() {
        let d = EventDict::from_owned(DictSources {
            verbs: vec![(
                "t.verbs".into(),
                "CALL_FOR [010]\nCALL_ON [011]\nCALL OFF [012]\nCALL_A_MEETING [013]\nCALL [014]\n"
                    .into(),
            )],
            actors: vec![(
                "t.actors".into(),
                "CALLISTO_ [CAL]\nCALL_CENTRE_WORKERS [LAB]\n<NOUN>\nCALL_OPTIONS\n</NOUN>\n"
                    .into(),
            )],
            ..Default::default()
        })
        .expect("compiles");
        let (_, list) = d.key_lists("CALL", true).last().expect("a list");
        assert_eq!(list.cands.len(), 7);
        for next in [
            "FOR", "FORMAL", "ON", "OFF", "OPTIONS", "A", "AN", "CENTRE", "X", "", "'S",
        ] {
            let [a, b] = list.followed_by(&NextStems::of(next));
            let tried: Vec<u32> = list.always().iter().chain(a).chain(b).copied().collect();
            for (pos, c) in list.cands.iter().enumerate() {
                // a blank lets a verb's or actor's second word stand a few words on
                let far = !c.adjacent && !matches!(c.kind, CandKind::Noun);
                let may = c.next == NextWord::NONE || far || c.next.may_be(next);
                assert_eq!(
                    tried.contains(&(pos as u32)),
                    may,
                    "{next}: {:?}",
                    d.phrases[c.phrase as usize]
                );
            }
            // each at most once
            let mut once = tried.clone();
            once.sort_unstable();
            once.dedup();
            assert_eq!(once.len(), tried.len());
        }
    }
}
