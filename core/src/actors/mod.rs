//! Actors: who is in the story. `recognize` finds mentions (lexicon automaton plus rules over
//! capitalisation and context); `resolve` merges them into actors with roles, country and code.

mod recognize;
mod resolve;
pub mod words;

use std::num::NonZeroU32;
use std::ops::Range;

use rustc_hash::FxHashSet as HashSet;

use crate::dates::Date;
use crate::lexicon::Lexicon;
use crate::model::ActorType;
use crate::text::{Case, Document, Kind};

pub use recognize::{Candidate, CandidateKind};

/// How a mention refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name ("John Kerry", "Kerry", "Russia", "Daesh").
    Name,
    /// A common-noun phrase ("the Syrian army", "pro-Assad forces", "rebels").
    Nominal,
    /// A pronoun, resolved later ("he").
    Pronoun,
}

/// One mention of an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub actor: usize,
    pub kind: MentionKind,
}

/// An actor under construction: everything later stages read.
#[derive(Debug, Clone)]
pub struct ActorInfo {
    pub name: String,
    pub kind: ActorType,
    pub country: Option<String>,
    pub code: Option<String>,
    pub roles: Vec<String>,
    /// CAMEO sector of the actor's role ("GOV", "MIL"), where known.
    pub sector: Option<String>,
    /// Lexicon entry, where the actor is in the lexicon.
    pub entry: Option<usize>,
}

/// A place mention.
#[derive(Debug, Clone)]
pub struct PlaceInfo {
    pub name: String,
    pub country: Option<String>,
    pub mentions: Vec<Range<usize>>,
}

/// The gender a title before or in a person's name tells: `Some(true)` for a woman's ("Mrs",
/// "Queen"), `Some(false)` for a man's ("Mr", "King"), else none.
pub(crate) fn title_gender(w: &str) -> Option<bool> {
    match w {
        "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss" | "Madam" | "Madame" | "Queen" | "Lady"
        | "Princess" | "Dame" | "Duchess" | "Empress" => Some(true),
        "Mr" | "Mr." | "King" | "Sir" | "Lord" | "Prince" | "Duke" | "Emperor" => Some(false),
        _ => None,
    }
}

/// What an article tells of a person's gender: a title in or before one of their names, the
/// given name opening a name of two words or more, and the first pronoun mention of them of each
/// gender (its end token).
#[derive(Debug, Clone, Copy, Default)]
pub struct Gender {
    female_title: bool,
    male_title: bool,
    female_name: bool,
    male_name: bool,
    she_ends: Option<usize>,
    he_ends: Option<usize>,
}

impl Gender {
    /// Whether the person may be referred to by "she" (`female`) or "he" at token `before`: no
    /// title ("Mrs", "King") tells the other gender, nor a given name unless a title or given
    /// name tells the asked one too, nor a pronoun mention ending at or before `before`.
    pub fn may_be(&self, female: bool, before: usize) -> bool {
        let (own_title, own_name) = self.told(female);
        let (other_title, other_name) = self.told(!female);
        let other_pronoun = if female { self.he_ends } else { self.she_ends };
        let other_told = other_title || (other_name && !own_name && !own_title);
        !other_told && other_pronoun.is_none_or(|end| end > before)
    }

    /// Whether the person is known to be referred to by "she" (`female`) or "he" at token
    /// `before`: a title, given name or earlier pronoun tells that gender, and nothing the other.
    pub fn fits(&self, female: bool, before: usize) -> bool {
        let (title, name) = self.told(female);
        let pronoun = if female { self.she_ends } else { self.he_ends };
        self.may_be(female, before) && (title || name || pronoun.is_some_and(|end| end <= before))
    }

    /// Whether a title and a given name tell the gender asked (`female` or male).
    fn told(&self, female: bool) -> (bool, bool) {
        if female {
            (self.female_title, self.female_name)
        } else {
            (self.male_title, self.male_name)
        }
    }
}

/// The actors' genders ([`Actors::genders`]), each read the first time it is asked.
#[derive(Debug)]
pub struct Genders {
    /// Actor `a`'s mentions are `order[starts[a]..starts[a + 1]]` (indices into the mentions, in
    /// their order).
    starts: Vec<u32>,
    order: Vec<u32>,
    /// The genders read so far, by actor.
    read: Vec<std::cell::Cell<Option<Gender>>>,
}

impl Genders {
    /// What the article tells of actor `a`'s gender (`actors` the table was made of).
    pub fn get(&self, actors: &Actors, doc: &Document, lexicon: &Lexicon, a: usize) -> Gender {
        if let Some(g) = self.read[a].get() {
            return g;
        }
        let mentions = &self.order[self.starts[a] as usize..self.starts[a + 1] as usize];
        let g = actors.gender(
            doc,
            lexicon,
            a,
            mentions.iter().map(|&i| &actors.mentions[i as usize]),
        );
        self.read[a].set(Some(g));
        g
    }
}

/// The word tokens of a document that open with a lower-case letter, each told by a key of its
/// first two bytes and length. Both stages ask whether a few capitalised words are also written in
/// lower case ("Research suggests" beside "the research"), each for its own words: each asks with
/// one pass over the keys, which reads only the tokens whose key some word not yet found has.
pub(crate) struct LowerWords {
    /// The key of each token ([`lower_key`]; [`NOT_LOWER`] for a token that is no word opening
    /// with a lower-case letter), by token: one key a token, made in one pass without a test of
    /// room, and compared many at a time by the question of one word ([`writes`](Self::writes)).
    keys: Vec<u16>,
}

// the keys and `NOT_LOWER` fit a `u16`
const _: () = assert!(LOWER_KEYS < 1 << 16);

/// The number of keys of [`lower_key`], `NOT_LOWER` included (a table of a byte per key is
/// zeroed for each question).
const LOWER_KEYS: usize = 1025;

/// The key of a token that is no word opening with a lower-case letter: no word has it.
const NOT_LOWER: u16 = 0;

/// A word's key in [`LowerWords`]: its first two bytes and its length, mixed (never `NOT_LOWER`).
#[inline]
fn lower_key(w: &[u8]) -> u16 {
    let b0 = u32::from(w.first().copied().unwrap_or(0));
    let b1 = u32::from(w.get(1).copied().unwrap_or(0));
    let len = w.len().min(255) as u32;
    let bits = (LOWER_KEYS - 1).trailing_zeros();
    let mixed = (b0 | b1 << 8 | len << 16).wrapping_mul(0x9E37_79B1) >> (32 - bits);
    1 + mixed as u16
}

impl LowerWords {
    pub(crate) fn new(doc: &Document) -> Self {
        let bytes = doc.text.as_bytes();
        let keys = doc
            .tokens
            .iter()
            .map(|t| {
                if t.kind == Kind::Word && t.case == Case::Lower && t.end > t.start {
                    bytes.get(t.start..t.end).map_or(NOT_LOWER, lower_key)
                } else {
                    NOT_LOWER
                }
            })
            .collect();
        LowerWords { keys }
    }

    /// Whether the text writes `w` as a word opening with a lower-case letter: the question of
    /// [`written`](Self::written) for one word, without its sets. The keys are compared a block
    /// at a time (a test of the whole block, which the compiler makes a few vector compares),
    /// and only the words of a block holding `w`'s key are read.
    pub(crate) fn writes(&self, doc: &Document, w: &str) -> bool {
        const BLOCK: usize = 32;
        let key = lower_key(w.as_bytes());
        let has_key = |at: usize, keys: &[u16]| {
            keys.iter()
                .enumerate()
                .any(|(j, &k)| k == key && doc.word(at + j) == w)
        };
        let blocks = self.keys.chunks_exact(BLOCK);
        let rest = blocks.remainder();
        for (b, block) in blocks.enumerate() {
            if block.iter().fold(false, |any, &k| any | (k == key)) && has_key(b * BLOCK, block) {
                return true;
            }
        }
        has_key(self.keys.len() - rest.len(), rest)
    }

    /// The words of `asked` that the text writes as a word opening with a lower-case letter (the
    /// text's own copies).
    pub(crate) fn written<'a, S>(
        &self,
        doc: &Document<'a>,
        mut asked: HashSet<S>,
    ) -> HashSet<&'a str>
    where
        S: std::borrow::Borrow<str> + std::hash::Hash + Eq,
    {
        if asked.is_empty() {
            return HashSet::default();
        }
        let mut found = HashSet::with_capacity_and_hasher(asked.len(), Default::default());
        // the number of words of each key not found yet (`u8::MAX`: that many or more, never
        // counted down): a word found leaves `asked`, so that its later copies ("the", "a") are
        // passed over once no other word has their key; `NOT_LOWER`'s count stays 0
        let mut left = [0u8; LOWER_KEYS];
        for w in &asked {
            let n = &mut left[usize::from(lower_key(w.borrow().as_bytes()))];
            *n = n.saturating_add(1);
        }
        for (i, &key) in self.keys.iter().enumerate() {
            if left[usize::from(key)] == 0 {
                continue;
            }
            let w = doc.word(i);
            if asked.remove(w) {
                let n = &mut left[usize::from(key)];
                if *n < u8::MAX {
                    *n -= 1;
                }
                found.insert(w);
                if asked.is_empty() {
                    break;
                }
            }
        }
        found
    }
}

/// The result of the actors pass, read by quotes and events.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    pub actors: Vec<ActorInfo>,
    /// Sorted by first token.
    pub mentions: Vec<Mention>,
    pub places: Vec<PlaceInfo>,
    /// For each token, the mention covering it: its index into `mentions` plus one (see
    /// [`covering_slot`]).
    covering: Vec<Option<NonZeroU32>>,
    /// `max_end[i]`: the largest end token of `mentions[..=i]`, over the mentions sorted by
    /// `index` (those added later come after them), so that `last_before` walks back only as far
    /// as a later end is possible.
    max_end: Vec<usize>,
}

/// The entry of `Actors::covering` for mention `i`: its index plus one, so that a token no
/// mention covers is zero and the table, four bytes a token, is allocated zeroed.
#[inline]
fn covering_slot(i: usize) -> Option<NonZeroU32> {
    NonZeroU32::new((i as u32).wrapping_add(1))
}

/// The index into `Actors::mentions` of a `covering` entry (the inverse of [`covering_slot`]).
#[inline]
fn covered_mention(slot: NonZeroU32) -> usize {
    slot.get() as usize - 1
}

impl Actors {
    /// Finds and merges the actors of `doc`.
    pub fn analyze(doc: &Document, lexicon: &Lexicon, published: Option<Date>) -> Actors {
        let lower = LowerWords::new(doc);
        let (candidates, inner) = recognize::recognize(doc, lexicon, &lower);
        let mut actors = resolve::resolve(doc, lexicon, &lower, &candidates, &inner, published);
        actors.index(doc.tokens.len());
        actors
    }

    fn index(&mut self, n: usize) {
        self.mentions
            .sort_by_key(|m| (m.tokens.start, m.tokens.end));
        // a token inside two mentions ("India" in "Times of India") is covered by the
        // longer one; of two as long, by the later
        let mut covering: Vec<Option<NonZeroU32>> = vec![None; n];
        for (i, m) in self.mentions.iter().enumerate() {
            for slot in &mut covering[m.tokens.clone()] {
                let shorter = slot.is_none_or(|j| {
                    self.mentions[covered_mention(j)].tokens.len() <= m.tokens.len()
                });
                if shorter {
                    *slot = covering_slot(i);
                }
            }
        }
        self.covering = covering;
        let mut max = 0;
        self.max_end = self
            .mentions
            .iter()
            .map(|m| {
                max = max.max(m.tokens.end);
                max
            })
            .collect();
    }

    /// The mention covering token `i`.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.covering
            .get(i)
            .copied()
            .flatten()
            .map(|m| &self.mentions[covered_mention(m)])
    }

    /// Adds a mention (a pronoun or role phrase resolved by a later stage) and keeps the index.
    pub fn add_mention(&mut self, mention: Mention) {
        let i = covering_slot(self.mentions.len());
        for slot in &mut self.covering[mention.tokens.clone()] {
            if slot.is_none() {
                *slot = i;
            }
        }
        self.mentions.push(mention);
    }

    /// Drops the mentions added after the first `len` (with [`add_mention`](Self::add_mention)).
    pub fn truncate_mentions(&mut self, len: usize) {
        for i in len..self.mentions.len() {
            for slot in &mut self.covering[self.mentions[i].tokens.clone()] {
                if *slot == covering_slot(i) {
                    *slot = None;
                }
            }
        }
        self.mentions.truncate(len);
    }

    /// What the article tells of the actors' genders, for the pronoun checks of
    /// [`Gender::may_be`] and [`Gender::fits`]: each actor's mentions listed once (one pass over
    /// the mentions), each actor's gender read from its name and mentions when first asked
    /// ([`Genders::get`]), so that only the actors a pronoun asks about are read.
    pub fn genders(&self) -> Genders {
        // a counting sort of the mentions by actor: `starts[a]` counts the mentions up to actor
        // `a`'s end, then (placed from the last back) its start
        let mut starts = vec![0u32; self.actors.len() + 1];
        for m in &self.mentions {
            starts[m.actor] += 1;
        }
        let mut sum = 0;
        for s in &mut starts {
            sum += *s;
            *s = sum;
        }
        let mut order = vec![0u32; self.mentions.len()];
        for (i, m) in self.mentions.iter().enumerate().rev() {
            starts[m.actor] -= 1;
            order[starts[m.actor] as usize] = i as u32;
        }
        Genders {
            starts,
            order,
            read: vec![std::cell::Cell::new(None); self.actors.len()],
        }
    }

    /// What the article tells of actor `a`'s gender: a title in or before one of its names, the
    /// given name opening its name or a name mention of two words or more (a person's), its
    /// first pronoun mention of each gender. `mentions` are `a`'s.
    fn gender<'m>(
        &self,
        doc: &Document,
        lexicon: &Lexicon,
        a: usize,
        mentions: impl Iterator<Item = &'m Mention>,
    ) -> Gender {
        let is_title = |w: &str| title_gender(w).is_some();
        let mut g = Gender::default();
        let given_name = |g: &mut Gender, first: &str| match lexicon.given_name_is_female(first) {
            Some(true) => g.female_name = true,
            Some(false) => g.male_name = true,
            None => {}
        };
        let info = &self.actors[a];
        // a person's full name ("Angela Merkel", also from the lexicon): its first word
        let mut words = info.name.split(' ').skip_while(|w| is_title(w));
        if let (ActorType::Person, Some(first), Some(_)) = (info.kind, words.next(), words.next()) {
            given_name(&mut g, first);
        }
        for m in mentions {
            match m.kind {
                // the title inside the name ("Mrs Ilse Varga") or before it
                MentionKind::Name => {
                    let titles = [Some(m.tokens.start), m.tokens.start.checked_sub(1)];
                    for w in titles.into_iter().flatten().map(|k| doc.word(k)) {
                        g.female_title |= title_gender(w) == Some(true);
                        g.male_title |= title_gender(w) == Some(false);
                    }
                    // the given name opening a name of two words or more, after a title
                    let mut first = m.tokens.start;
                    while first < m.tokens.end && is_title(doc.word(first)) {
                        first += 1;
                    }
                    if first + 1 < m.tokens.end && info.kind == ActorType::Person {
                        given_name(&mut g, doc.word(first));
                    }
                }
                MentionKind::Pronoun => {
                    let end = m.tokens.end;
                    let w = doc.lower(m.tokens.start);
                    let first =
                        |seen: &mut Option<usize>| *seen = Some(seen.map_or(end, |e| e.min(end)));
                    if m.tokens.len() == 1 && matches!(w, "she" | "her" | "hers" | "herself") {
                        first(&mut g.she_ends);
                    } else if m.tokens.len() == 1 && matches!(w, "he" | "him" | "his" | "himself") {
                        first(&mut g.he_ends);
                    }
                }
                MentionKind::Nominal => {}
            }
        }
        g
    }

    /// The last mention that ends at or before token `before` and satisfies `accept`.
    pub fn last_before(
        &self,
        before: usize,
        accept: impl FnMut(&Mention, &ActorInfo) -> bool,
    ) -> Option<&Mention> {
        self.last_before_since(before, 0, accept)
    }

    /// The last mention that starts at or after token `since`, ends at or before token `before`
    /// and satisfies `accept` (the one with the latest end; of those, the last in order).
    ///
    /// Walks back from `before` over the sorted mentions and stops where no earlier mention can
    /// end later than the best one found, or starts before `since`: the cost follows the distance
    /// searched, not the number of mentions in the article.
    pub fn last_before_since(
        &self,
        before: usize,
        since: usize,
        mut accept: impl FnMut(&Mention, &ActorInfo) -> bool,
    ) -> Option<&Mention> {
        let sorted = &self.mentions[..self.max_end.len().min(self.mentions.len())];
        let mut best: Option<&Mention> = None;
        // mentions added after indexing are not in start order: checked one by one
        for m in &self.mentions[sorted.len()..] {
            if m.tokens.start >= since
                && m.tokens.end <= before
                && m.kind != MentionKind::Pronoun
                && accept(m, &self.actors[m.actor])
                && best.is_none_or(|b| m.tokens.end >= b.tokens.end)
            {
                best = Some(m);
            }
        }
        let tail_best = best;
        let mut found: Option<&Mention> = None;
        let mut j = sorted.partition_point(|m| m.tokens.start <= before);
        while j > 0 {
            j -= 1;
            let m = &sorted[j];
            if m.tokens.start < since || found.is_some_and(|f| self.max_end[j] <= f.tokens.end) {
                break;
            }
            if m.tokens.end <= before
                && m.kind != MentionKind::Pronoun
                && found.is_none_or(|f| m.tokens.end > f.tokens.end)
                && accept(m, &self.actors[m.actor])
            {
                found = Some(m);
            }
        }
        // of equal ends the later mention in order wins: the tail comes after the sorted part
        match (found, tail_best) {
            (Some(f), Some(t)) => Some(if t.tokens.end >= f.tokens.end { t } else { f }),
            (f, t) => f.or(t),
        }
    }
}

/// The actors pass over an invented text, for the tests of its stages.
#[cfg(test)]
pub(crate) mod test_support {
    use super::{Actors, MentionKind};
    use crate::lexicon::Lexicon;
    use crate::model::ActorType;
    use crate::text::Document;

    /// A mention: its text, its actor's name and type, and its kind.
    pub(crate) type Found = (String, String, ActorType, MentionKind);

    /// The document of `text` and its actors, with the default lexicon.
    pub(crate) fn document_and_actors(text: &str) -> (Document<'_>, Actors) {
        let doc = Document::new(text);
        let actors = Actors::analyze(&doc, &Lexicon::default_shared(), None);
        (doc, actors)
    }

    /// Every mention of `text` in order, and the places with their countries.
    pub(crate) fn analyzed(text: &str) -> (Vec<Found>, Vec<(String, Option<String>)>) {
        let (doc, actors) = document_and_actors(text);
        let mentions = actors
            .mentions
            .iter()
            .map(|m| {
                let a = &actors.actors[m.actor];
                let text = doc.span_text(m.tokens.clone()).to_string();
                (text, a.name.clone(), a.kind, m.kind)
            })
            .collect();
        let places = actors
            .places
            .iter()
            .map(|p| (p.name.clone(), p.country.clone()))
            .collect();
        (mentions, places)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_words_finds_the_words_written_in_lower_case_as_a_search_of_every_token_does() {
        // words asked about several times over, words sharing their first bytes and length,
        // accented words, a word only capitalised, and more words than a key's count holds
        let mut text = String::from(
            "Research suggests the research on trade. Trade talks resumed; the talks and \
             the tales of Élan went on. élan vital, Zürich, zürich. Tale tell tall told. \
             Nobody said anything in Oslo.\n",
        );
        for i in 0..1000 {
            text.push_str(&format!("word{i} Word{i} "));
        }
        let doc = Document::new(&text);
        let lower = LowerWords::new(&doc);
        let mut asked: Vec<String> = (0..doc.tokens.len())
            .map(|i| doc.word(i).to_lowercase())
            .collect();
        asked.extend(["tal", "xyz", "", "élan", "oslo", "word5000"].map(String::from));
        let expected: HashSet<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.is_lowercase(i) && asked.iter().any(|w| w == doc.word(i)))
            .map(|i| doc.word(i))
            .collect();
        let found = lower.written(&doc, asked.iter().map(String::as_str).collect());
        assert_eq!(found, expected);
        assert!(found.contains("research") && found.contains("élan") && !found.contains("oslo"));
        // one word at a time, by the keys' blocks
        for w in &asked {
            assert_eq!(lower.writes(&doc, w), expected.contains(w.as_str()), "{w}");
        }
        // a few words at a time, as the stages ask
        for chunk in asked.chunks(7) {
            let found = lower.written(&doc, chunk.iter().map(String::as_str).collect());
            let expected: HashSet<&str> = expected
                .iter()
                .copied()
                .filter(|w| chunk.iter().any(|a| a == w))
                .collect();
            assert_eq!(found, expected);
        }
    }

    /// The gender each person of `text` is known to be referred to by at the end, by name:
    /// `Some(true)` for "she", `Some(false)` for "he", `None` where nothing tells.
    fn known_genders(text: &str) -> Vec<(String, Option<bool>)> {
        let doc = Document::new(text);
        let lexicon = Lexicon::default_shared();
        let actors = Actors::analyze(&doc, &lexicon, None);
        let end = doc.tokens.len();
        let genders = actors.genders();
        actors
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a, genders.get(&actors, &doc, &lexicon, i)))
            .filter(|(a, _)| a.kind == ActorType::Person)
            .map(|(a, g)| {
                let known = [true, false].into_iter().find(|&f| g.fits(f, end));
                (a.name.clone(), known)
            })
            .collect()
    }

    #[test]
    fn given_names_tell_gender() {
        let found = known_genders(
            "Pedro Alvarez met Olga Brandt and Kim Sorensen in Lisbon. Scholz thanked Merkel.",
        );
        let get = |name: &str| {
            found
                .iter()
                .find(|(n, _)| n == name)
                .unwrap_or_else(|| panic!("{name} in {found:?}"))
                .1
        };
        assert_eq!(get("Olga Brandt"), Some(true));
        assert_eq!(get("Pedro Alvarez"), Some(false));
        // a name given to both tells nothing
        assert_eq!(get("Kim Sorensen"), None);
        // a lexicon person's full name tells what a surname-only mention does not
        assert_eq!(get("Angela Merkel"), Some(true));
    }

    #[test]
    fn a_title_or_given_name_of_the_other_gender_rules_a_pronoun_out() {
        let g = Gender {
            male_name: true,
            ..Gender::default()
        };
        assert!(!g.may_be(true, 10) && g.may_be(false, 10) && g.fits(false, 10));
        // a title tells more than a given name ("Mrs" before a name also given to men)
        let g = Gender {
            female_title: true,
            male_name: true,
            ..Gender::default()
        };
        assert!(g.may_be(true, 10) && !g.may_be(false, 10));
        // a pronoun tells only from where it stands
        let g = Gender {
            she_ends: Some(20),
            ..Gender::default()
        };
        assert!(g.may_be(false, 10) && !g.fits(true, 10) && g.fits(true, 20));
    }
}
