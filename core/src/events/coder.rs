//! The shallow coder: per sentence, words -> dictionary classes (actors, agents, verbs, nouns)
//! -> actor groups (agents attached, compounds, pronouns) -> comma-clause removal -> clauses ->
//! verb patterns -> source and target -> events.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::dict::{matches_after, word_matches, Cand, CandKind, EventDict, NextStems, NextWord};
use crate::actors::{Actors, MentionKind};
use crate::dates::Date;
use crate::lexicon::formats::{CodeBy, DictOptions, Elem, PWord, Prefixes, VerbCode};
use crate::model::ActorType;
use crate::text::{Case, Document, Kind, Mark};

/// An event before output: codes, actor ids, trigger tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct RawEvent {
    pub code: Box<str>,
    pub source_code: Option<Box<str>>,
    pub target_code: Option<Box<str>>,
    pub source: Option<usize>,
    pub target: Option<usize>,
    /// Document token range of the verb.
    pub trigger: Range<usize>,
    pub sentence: usize,
    /// Sentence words (indices into the coder's word list) of the verb's clause, for dates and places.
    pub clause_tokens: Range<usize>,
    pub negated: bool,
    subordinate: bool,
    dominant: bool,
    /// A crowd's protest ("thousands of farmers marched"): `source_code` is the crowd's sector
    /// alone until the sentence's place or the dateline gives its country.
    crowd: bool,
}

impl RawEvent {
    /// An event coded outside the sentence coder (a speaker's verbal act): `source` and `target`
    /// are an actor index and its code.
    pub(crate) fn new(
        code: &str,
        source: (Option<usize>, &str),
        target: Option<(usize, &str)>,
        trigger: Range<usize>,
        sentence: usize,
        clause_tokens: Range<usize>,
    ) -> RawEvent {
        RawEvent {
            code: code.into(),
            source_code: Some(source.1.into()),
            target_code: target.map(|t| t.1.into()),
            source: source.0,
            target: target.map(|t| t.0),
            trigger,
            sentence,
            clause_tokens,
            negated: false,
            subordinate: false,
            dominant: false,
            crowd: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WK {
    Word,
    Comma,
}

#[derive(Debug, Clone)]
struct Wd {
    /// The word's form: `Sent::forms[s..e]`.
    s: usize,
    e: usize,
    tok: u32,
    cap: bool,
    kind: WK,
    /// The word had a possessive `'s`, dropped from its text.
    poss: bool,
    /// The word is the second part of a hyphenated compound ("Russian-backed").
    hyph: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    None,
    Verb(u32),
    Actor(u32),
    Agent(u32),
    Noun,
    Adjective,
}

/// An occurrence's codes: borrowed from the actors pass or the dictionary where they are theirs
/// (most occurrences), made here where agents qualify them.
#[derive(Debug, Clone)]
enum Codes<'a> {
    /// An actor's code, or none (the actors pass's).
    One(Option<&'a str>),
    /// A dictionary actor's or a country adjective's codes.
    Listed(&'a [Box<str>]),
    /// Codes made by the coder (agents composed with actors, a forwarded actor).
    Made(Vec<Box<str>>),
}

impl Codes<'_> {
    fn iter(&self) -> impl Iterator<Item = &str> {
        let (one, listed) = match self {
            Codes::One(c) => (*c, &[][..]),
            Codes::Listed(l) => (None, *l),
            Codes::Made(v) => (None, v.as_slice()),
        };
        one.into_iter().chain(listed.iter().map(|c| &**c))
    }

    fn first(&self) -> Option<&str> {
        self.iter().next()
    }

    fn is_empty(&self) -> bool {
        self.first().is_none()
    }
}

/// One actor occurrence (a dictionary actor, a mention, an agent-qualified actor or a pronoun).
#[derive(Debug, Clone)]
struct Occ<'a> {
    start: usize,
    end: usize,
    codes: Codes<'a>,
    actor: Option<usize>,
    /// A dictionary actor's own code, before agents (what TABARI forwards to the next sentence).
    base: Option<Box<str>>,
    /// A pronoun's antecedent: the first word of the occurrence it refers to.
    antecedent: Option<usize>,
    /// Two parties named as one ("both sides", "the two leaders"): the second party's actor,
    /// whose code is the second of `codes` (the first party's is `actor`).
    partner: Option<usize>,
}

/// Actor occurrences joined into one compound ("Russia and the United States").
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    occs: Vec<usize>,
}

struct Sent<'a> {
    /// The document's text with ASCII letters in upper case (the same byte offsets), followed by
    /// the forms of the current sentence's other words: a plain word's form is a slice of the
    /// text, the others are appended (upper-cased, curly apostrophes straightened).
    forms: String,
    words: Vec<Wd>,
    items: Vec<(usize, usize, Item)>,
    occs: Vec<Occ<'a>>,
    groups: Vec<Group>,
    /// word -> group index
    group_at: Vec<u32>,
    /// Capitalisation marks nouns in the sentence (`Wd::cap`): it is in mixed case and no headline.
    cased: bool,
    /// word -> index into `items` of the item covering it (items never overlap)
    item_at: Vec<u32>,
    /// word -> clause, reused between sentences
    clause_of: Vec<u32>,
    /// The words of the clauses one after another, and each clause's range in it (reused
    /// between sentences).
    clause_words: Vec<usize>,
    clause_ranges: Vec<Range<usize>>,
    deleted: Vec<bool>,
    /// The pronouns' pass: the occurrences' starts and ends over the words, and the
    /// occurrences by end (reused between sentences).
    depth_steps: Vec<i32>,
    by_end: Vec<usize>,
    /// The pronouns' pass: the words that are pronouns, and their kinds (reused between
    /// sentences).
    pronouns: Vec<(u32, u8)>,
    /// The comma clauses' pass: the commas, the parts between them and whether each is kept
    /// (reused between sentences).
    commas: Vec<usize>,
    segments: Vec<(usize, usize, usize, usize)>,
    keep: Vec<bool>,
    dict: &'a EventDict,
    /// The actor a subject pronoun without an antecedent refers to (TABARI `FORWARD:`).
    forward: Option<Box<str>>,
    /// The comma opening a closing clause with its own subject and verb (PETRARCH).
    own_clause: Option<usize>,
    /// News prose: the tokens of the sentence before, whose one person a sentence's "he" or
    /// "she" refers to when no person comes before it in its own sentence.
    prev_tokens: Range<usize>,
    /// TABARI's pattern matching: a pattern's words take no regular endings and no possessive
    /// (its verb and actors do), and the elements before the verb are matched back from it.
    tabari_patterns: bool,
    /// PETRARCH's dictionary words: no stems, only the word and its regular forms.
    petrarch_words: bool,
}

const NONE: u32 = u32::MAX;

impl Sent<'_> {
    /// The form of word `i`. Read several times for every word of a coded sentence (the key
    /// walk, the clauses, the word-class tests): the slice's two character-boundary checks were
    /// 2.4% of the extraction's instructions, and are made once, where the word is built.
    fn w(&self, i: usize) -> &str {
        let w = &self.words[i];
        debug_assert!(self.forms.get(w.s..w.e).is_some());
        // SAFETY: only `build_words` makes words, and every word's bounds are those of the
        // text's token (a token's bounds are character boundaries of the text: see
        // `text::Tokens`), in the upper-cased copy of the text that opens
        // `forms` (the same bytes but for ASCII letters: the same character boundaries), or
        // those of the form it has just appended to `forms`. `forms` is cut back to the copy
        // only where the words are cleared, and grows only by whole characters.
        unsafe { self.forms.get_unchecked(w.s..w.e) }
    }
    fn is(&self, i: usize, s: &str) -> bool {
        i < self.words.len() && self.w(i) == s
    }
}

fn is_conj(w: &str) -> bool {
    matches!(w, "AND" | "BUT" | "OR" | "NOR")
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "OF" | "WITH"
            | "TO"
            | "BY"
            | "FOR"
            | "FROM"
            | "IN"
            | "ON"
            | "AT"
            | "AFTER"
            | "BEFORE"
            | "AGAINST"
            | "OVER"
            | "INTO"
            | "ABOUT"
            | "THAN"
            | "OR"
            | "BUT"
    )
}

fn is_det(w: &str) -> bool {
    matches!(w, "THE" | "A" | "AN")
}

/// Per-call settings.
pub struct Coding<'a> {
    pub dict: &'a EventDict,
    pub options: &'a DictOptions,
    pub date: Option<Date>,
}

/// Codes every sentence of the document.
pub fn code_document(doc: &Document, actors: Option<&Actors>, c: &Coding) -> Vec<RawEvent> {
    code_document_forward(doc, actors, c, &mut None)
}

/// [`code_document`], with `forward` the actor forwarded from the sentence before (TABARI's
/// `FORWARD:` option: a subject pronoun without an antecedent refers to the first dictionary
/// actor of the previous sentence); updated for the next text of the same story.
pub fn code_document_forward(
    doc: &Document,
    actors: Option<&Actors>,
    c: &Coding,
    forward: &mut Option<Box<str>>,
) -> Vec<RawEvent> {
    let forwarding = c.options.forward && !c.dict.embedded;
    let mut out = Vec::new();
    let story_discard = false;
    // one set of buffers for the whole document, cleared per sentence
    let mut sent = Sent {
        forms: doc.text.to_ascii_uppercase(),
        words: Vec::new(),
        items: Vec::new(),
        occs: Vec::new(),
        groups: Vec::new(),
        group_at: Vec::new(),
        cased: false,
        item_at: Vec::new(),
        clause_of: Vec::new(),
        clause_words: Vec::new(),
        clause_ranges: Vec::new(),
        deleted: Vec::new(),
        depth_steps: Vec::new(),
        by_end: Vec::new(),
        pronouns: Vec::new(),
        commas: Vec::new(),
        segments: Vec::new(),
        keep: Vec::new(),
        dict: c.dict,
        forward: None,
        own_clause: None,
        prev_tokens: 0..0,
        tabari_patterns: !c.dict.embedded && !c.options.petrarch,
        petrarch_words: !c.dict.embedded && c.options.petrarch,
    };
    // the places' mentions by first token, built when an event first asks
    let mut place_at: Option<Vec<(Range<usize>, usize)>> = None;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        sent.prev_tokens = si
            .checked_sub(1)
            .map_or(0..0, |p| doc.sentences[p].tokens.clone());
        let mut range = sentence.tokens.clone();
        // news prose: a dateline's place and agency ("WASHINGTON (Reuters) —") are the
        // story's byline, not an actor of its first sentence
        if c.dict.embedded {
            if let Some(dash) = doc.sentence_dateline(si) {
                range.start = dash + 1;
            }
        }
        // no word of the sentence opens a verb's phrase nor a story's discard: it codes no
        // event, and what the coder would find in it serves only the verbs (or, when actors
        // are forwarded, the next sentence)
        if !forwarding && !may_code(doc, &sent.forms, range.clone(), c.dict) {
            continue;
        }
        // news prose: a question reports no act ("Which deals did Russia sign?") (before its
        // words are built)
        let question = c.dict.embedded
            && doc.tokens[sentence.tokens.clone()]
                .iter()
                .rev()
                .find(|t| t.kind == Kind::Punct)
                .is_some_and(|t| doc.text.as_bytes()[t.start] == b'?');
        if question {
            continue;
        }
        build_words(doc, range, &mut sent);
        if sent.words.is_empty() {
            continue;
        }
        if forwarding {
            sent.forward = forward.clone();
        }
        let coded = out.len();
        let outcome = code_sentence(&mut sent, doc, si, actors, c, &mut out);
        match actors.filter(|_| c.dict.embedded && !c.dict.has_actors()) {
            Some(actors) => crowd_countries(doc, actors, &mut out, coded, &mut place_at),
            // (no place to find a crowd's country in: its events are dropped)
            None if out[coded..].iter().any(|e| e.crowd) => out.retain(|e| !e.crowd),
            None => {}
        }
        // (only a sentence that coded events has targets to fill)
        if let Some(actors) =
            actors.filter(|_| out.len() > coded && c.dict.embedded && !c.dict.has_actors())
        {
            fill_targets(&sent, doc, actors, &mut out, coded, &mut place_at);
        }
        if forwarding {
            if let Some(b) = sent.occs.iter().find_map(|o| o.base.clone()) {
                *forward = Some(b);
            }
        }
        match outcome {
            Outcome::Coded => {}
            Outcome::StoryDiscard => {
                out.clear();
                break;
            }
        }
    }
    let _ = story_discard;
    out
}

enum Outcome {
    Coded,
    StoryDiscard,
}

/// Whether a word or number of the tokens `range` may open a verb's phrase or a story's
/// discard, read from `upper`, the document's upper-cased text (a word that is not ASCII, whose
/// form the coder rewrites, may).
fn may_code(doc: &Document, upper: &str, range: Range<usize>, d: &EventDict) -> bool {
    doc.tokens[range].iter().any(|t| {
        matches!(t.kind, Kind::Word | Kind::Number)
            && (!t.ascii
                || upper
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_none_or(|w| d.is_decisive(w)))
    })
}

/// Fills `sent` (cleared first) with the words of the sentence's tokens `range`.
fn build_words(doc: &Document, range: Range<usize>, sent: &mut Sent) {
    // the forms of the sentence before are dropped; the upper-cased text stays
    sent.forms.truncate(doc.text.len());
    sent.words.clear();
    sent.items.clear();
    sent.occs.clear();
    sent.groups.clear();
    sent.forward = None;
    sent.own_clause = None;
    let buf = &mut sent.forms;
    let words = &mut sent.words;
    // whether the sentence has a lower-case letter (the first one found ends the search)
    let mut has_lower = false;
    let mut caps = 0usize;
    let mut word_count = 0usize;
    // a hyphen right after a word: the next word joined to it is a compound's second part
    let mut hyphen = false;
    for ti in range {
        let t = &doc.tokens[ti];
        let after_hyphen = std::mem::take(&mut hyphen) && t.joined;
        match t.kind {
            Kind::Word | Kind::Number => {
                let text = doc.word(ti);
                // a possessive clitic belongs to the word before it
                if t.joined
                    && !words.is_empty()
                    && t.end - t.start <= 4
                    && (text == "'s" || text == "’s" || text == "'S" || text == "’S")
                {
                    // ... but after a pronoun it is "is" or "has" ("she's fighting")
                    if let Some(w) = words.last_mut() {
                        w.poss = !is_contracted_pronoun(doc.word(w.tok as usize));
                    }
                    continue;
                }
                // ASCII (most words; a word holds no backtick): its form is the upper-cased
                // text's slice
                let s = if t.ascii {
                    has_lower = has_lower || text.bytes().any(|b| b.is_ascii_lowercase());
                    t.start
                } else {
                    let s = buf.len();
                    for ch in text.chars() {
                        match ch {
                            '’' | '‘' | '`' => buf.push('\''),
                            c if c.is_ascii() => buf.push(c.to_ascii_uppercase()),
                            c => buf.extend(c.to_uppercase()),
                        }
                        has_lower = has_lower || ch.is_lowercase();
                    }
                    s
                };
                let cap = t.case == Case::Upper;
                caps += usize::from(cap);
                word_count += 1;
                words.push(Wd {
                    s,
                    e: if t.ascii { t.end } else { buf.len() },
                    tok: ti as u32,
                    cap,
                    kind: WK::Word,
                    poss: false,
                    hyph: after_hyphen,
                });
            }
            Kind::Punct => {
                let text = doc.word(ti);
                hyphen = t.joined && text == "-" && !words.is_empty();
                let first = text.chars().next().unwrap_or(' ');
                if matches!(first, ',' | ';' | ':') {
                    let s = buf.len();
                    buf.push(',');
                    words.push(Wd {
                        s,
                        e: buf.len(),
                        tok: ti as u32,
                        cap: false,
                        kind: WK::Comma,
                        poss: false,
                        hyph: false,
                    });
                }
            }
            // a plural's possessive apostrophe ("the rebels' leader", "Sanders’ appeal"): a
            // single closing mark right after a word in -s and right before a lower-case word
            Kind::Quote(Mark::SingleStraight | Mark::SingleRight)
                if t.joined
                    && words.last().is_some_and(|w| {
                        w.kind == WK::Word
                            && w.tok + 1 == ti as u32
                            && doc.word(ti - 1).ends_with(['s', 'S'])
                    })
                    && doc.tokens.get(ti + 1).is_some_and(|n| {
                        !n.joined
                            && n.kind == Kind::Word
                            && doc.text[n.start..].starts_with(|c: char| c.is_lowercase())
                    }) =>
            {
                if let Some(w) = words.last_mut() {
                    w.poss = true;
                }
            }
            Kind::Quote(_) => {}
        }
    }
    // capitalisation marks nouns only in mixed-case text that is not a headline, and never the
    // first word
    let mixed = has_lower && caps * 10 < word_count.max(1) * 6;
    sent.cased = mixed;
    if mixed {
        if let Some(w) = words.first_mut() {
            w.cap = false;
        }
    } else {
        for w in words.iter_mut() {
            w.cap = false;
        }
    }
    let n = words.len();
    sent.group_at.clear();
    sent.group_at.resize(n, NONE);
    sent.item_at.clear();
    sent.item_at.resize(n, NONE);
    sent.deleted.clear();
    sent.deleted.resize(n, false);
}

/// A word whose `'s` stands for "is" or "has" ("she's", "that's", "there's").
fn is_contracted_pronoun(w: &str) -> bool {
    [
        "he", "she", "it", "that", "there", "here", "who", "what", "where", "let",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(w))
}

/// Whether `w` is `root` or one of its regular forms (PETRARCH, which does not stem): the
/// plural of a noun; the -S, -ED and -ING forms of a verb.
fn regular_form(root: &str, w: &str, verb: bool) -> bool {
    let Some(rest) = w.strip_prefix(root) else {
        // CARRY: CARRIES, CARRIED; SEIZE: SEIZING
        return match (root.strip_suffix('Y'), root.strip_suffix('E')) {
            (Some(r), _) => w
                .strip_prefix(r)
                .is_some_and(|x| x == "IES" || (verb && x == "IED")),
            (_, Some(r)) => verb && w.strip_prefix(r) == Some("ING"),
            _ => false,
        };
    };
    let sibilant = root.ends_with(['S', 'X', 'Z']) || root.ends_with("SH") || root.ends_with("CH");
    match rest {
        "" => true,
        "S" => !sibilant,
        "ES" => sibilant || (verb && root.ends_with('O')),
        "D" => verb && root.ends_with('E'),
        "ED" | "ING" => verb && !root.ends_with('E'),
        // STOP: STOPPED, STOPPING
        _ => {
            verb && rest.len() > 2
                && root.ends_with(&rest[..1])
                && matches!(&rest[1..], "ED" | "ING")
        }
    }
}

/// Words that may stand between two blank-joined words of a dictionary actor phrase (TABARI
/// matches "DURTHANG ORC" across a conjunction and verbs: "Durthang and an Orc leader").
const MAX_PHRASE_GAP: usize = 12;

/// A match of [`longest_at`]: its end word, characters, rank, place in the dictionary's order
/// (key length, position in the key's list) and kind.
type BestPhrase = (usize, usize, u8, (usize, u32), CandKind);

/// The longest dictionary phrase starting at word `i`: (end word, kind).
#[inline]
fn longest_at(s: &Sent, i: usize) -> Option<(usize, CandKind)> {
    if s.words[i].kind != WK::Word {
        return None;
    }
    let w = s.w(i);
    // most words open no key: rejected by their opening's bits, without a walk of the keys
    if !s.dict.may_open_key(w) {
        return None;
    }
    longest_from(s, i, w)
}

/// [`longest_at`] for a word `w` (word `i`) that a key may open.
#[inline(never)]
fn longest_from(s: &Sent, i: usize, w: &str) -> Option<(usize, CandKind)> {
    let d = s.dict;
    // the longest match, the most characters, the highest rank; among equals the first in the
    // dictionary's order (the shorter key's list first, then the list's order)
    let mut best: Option<BestPhrase> = None;
    // where the second word of a phrase may stand: next, or a few words on where blanks admit a
    // gap (read once, when a candidate first asks)
    let gap_room = if d.embedded { 0 } else { MAX_PHRASE_GAP };
    let mut next: Option<([&str; 1 + MAX_PHRASE_GAP], usize)> = None;
    // the next word's first bytes, by which each list's phrases that must continue with it are
    // found (once for all the lists, when the first list with such phrases asks)
    let mut next_stems: Option<NextStems> = None;
    // a key ending inside the word whose phrases' first words take neither a stem's rest nor
    // this ending opens no phrase here: its list is passed over (PETRARCH reads the regular
    // forms instead)
    for (l, list) in d.key_lists(w, s.petrarch_words) {
        // every phrase of the list opens with the key, `w[..l]`: how the rest of `w` follows it
        // is decided once (PETRARCH's regular forms), or per phrase without comparing strings
        let regular = if s.petrarch_words {
            (
                regular_form(&w[..l], w, true),
                regular_form(&w[..l], w, false),
            )
        } else {
            (false, false)
        };
        // a candidate of the list (at `pos`) that matches here: is it the best so far?
        let consider = |pos: u32, best: &mut Option<BestPhrase>| {
            let cand = &list.cands[pos as usize];
            let Some(j) = phrase_end(s, i, l, cand, regular) else {
                return;
            };
            let chars: usize = d.phrases[cand.phrase as usize]
                .iter()
                .map(|p| p.text.len())
                .sum();
            let rank = cand.kind.rank();
            let order = (l, pos);
            if best.is_none_or(|b| {
                (b.0, b.1, b.2) < (j, chars, rank)
                    || ((b.0, b.1, b.2) == (j, chars, rank) && order < b.3)
            }) {
                *best = Some((j, chars, rank, order, cand.kind));
            }
        };
        // the phrases tried whatever follows: one word, or a second word that may stand a few
        // words on after a blank (each loop plain: a chain of the three was a third of the
        // candidate loop's instructions)
        for &pos in list.always() {
            let cand = &list.cands[pos as usize];
            let next_word = cand.next;
            if next_word == NextWord::NONE && !s.petrarch_words {
                // a one-word phrase (most of the matches): what `phrase_end` decides for it, here
                // (the rest of the word after the key; a verb takes no possessive), and its
                // characters are the key's
                let first = &d.phrases[cand.phrase as usize][0];
                if !matches_after(first, &w[l..])
                    || (!d.embedded && matches!(cand.kind, CandKind::Verb(_)) && s.words[i].poss)
                {
                    continue;
                }
                let (j, rank, order) = (i + 1, cand.kind.rank(), (l, pos));
                if best.is_none_or(|b| {
                    (b.0, b.1, b.2) < (j, l, rank)
                        || ((b.0, b.1, b.2) == (j, l, rank) && order < b.3)
                }) {
                    best = Some((j, l, rank, order, cand.kind));
                }
                continue;
            }
            if next_word != NextWord::NONE {
                let (words, count) = next.get_or_insert_with(|| words_after(s, i, gap_room));
                if !words[..*count].iter().any(|nw| next_word.may_be(nw)) {
                    continue;
                }
            }
            consider(pos, &mut best);
        }
        // the phrases whose second word must follow at once: those it may be, found by its
        // first bytes (the groups of its first byte and of its first two)
        if i + 1 < s.words.len() && list.has_groups() {
            let next_stems = next_stems.get_or_insert_with(|| NextStems::of(s.w(i + 1)));
            let [by_first, by_two] = list.followed_by(next_stems);
            for &pos in by_first {
                consider(pos, &mut best);
            }
            for &pos in by_two {
                consider(pos, &mut best);
            }
        }
    }
    best.map(|b| (b.0, b.4))
}

/// No actor occurrence of the sentence has a code (so none can be an event's source).
fn uncoded(s: &Sent) -> bool {
    s.occs.iter().all(|o| o.codes.iter().all(|c| c.is_empty()))
}

/// The words after word `i` where the second word of a phrase may stand: the next one and up to
/// `gap_room` more, and their count. Out of line: inlined into `longest_from`, the words' indices
/// were set up on each of its calls (about fifty instructions), though few calls read them.
#[cold]
#[inline(never)]
fn words_after<'s>(
    s: &'s Sent,
    i: usize,
    gap_room: usize,
) -> ([&'s str; 1 + MAX_PHRASE_GAP], usize) {
    let mut words = [""; 1 + MAX_PHRASE_GAP];
    let count = (i + 2 + gap_room).min(s.words.len()).saturating_sub(i + 1);
    for (k, slot) in words.iter_mut().take(count).enumerate() {
        *slot = s.w(i + 1 + k);
    }
    (words, count)
}

/// Where the phrase of `cand`, a candidate of the key `w[..l]` of word `i`, ends when it matches
/// there (the word after its last), its second word's first bytes already found to fit;
/// `regular` tells whether the word is a regular verb and noun form of the key (PETRARCH).
#[inline(never)]
fn phrase_end(s: &Sent, i: usize, l: usize, cand: &Cand, regular: (bool, bool)) -> Option<usize> {
    let d = s.dict;
    let w = s.w(i);
    // TABARI: in a dictionary actor phrase, words joined by a blank (not `_`) may have a few
    // words between them ("PRINCE DOL_AMROTH": "Prince of Dol Amroth")
    let gaps = !d.embedded
        && matches!(
            cand.kind,
            CandKind::Actor(_) | CandKind::Agent(_) | CandKind::Verb(_)
        );
    let phrase = &d.phrases[cand.phrase as usize];
    let verb = matches!(cand.kind, CandKind::Verb(_));
    let word_matches = |p: &PWord, w: &str| {
        if s.petrarch_words {
            regular_form(&p.text, w, verb) && !(p.no_endings && w.len() != p.text.len())
        } else {
            word_matches(p, w)
        }
    };
    let first = &phrase[0];
    let first_matches = if s.petrarch_words {
        (if verb { regular.0 } else { regular.1 }) && !(first.no_endings && w.len() != l)
    } else {
        matches_after(first, &w[l..])
    };
    if !first_matches {
        return None;
    }
    let mut j = i + 1;
    for (k, pw) in phrase.iter().enumerate().skip(1) {
        let matches_at =
            |j: usize| j < s.words.len() && s.words[j].kind == WK::Word && word_matches(pw, s.w(j));
        if matches_at(j) {
            j += 1;
            continue;
        }
        let skip = if gaps && !phrase[k - 1].adjacent {
            // the first match after words only (no comma), a conjunction among them
            (j + 1..=j + MAX_PHRASE_GAP)
                .take_while(|&q| q <= s.words.len() && s.words[q - 1].kind == WK::Word)
                .find(|&q| matches_at(q))
                .map(|q| q - j)
        } else {
            None
        };
        j += skip? + 1;
    }
    // TABARI: the possessive ending belongs to the last word of an actor, agent or noun
    // phrase ("Ithilen's government radio" is not ITHILEN GOVERNMENT RADIO), never to a
    // verb ("donate's")
    if !d.embedded
        && ((i..j - 1).any(|q| s.words[q].poss)
            || (matches!(cand.kind, CandKind::Verb(_)) && s.words[j - 1].poss))
    {
        return None;
    }
    Some(j)
}

fn code_sentence<'a>(
    s: &mut Sent<'a>,
    doc: &Document,
    si: usize,
    actors: Option<&'a Actors>,
    c: &Coding<'a>,
    out: &mut Vec<RawEvent>,
) -> Outcome {
    let d = c.dict;
    let opts = c.options;
    // news prose reports several events a sentence: the embedded verbs code every verb
    let code_by = if d.embedded {
        CodeBy::All
    } else {
        opts.code_by
    };
    let n = s.words.len();
    if opts.min_words > 0 && !d.embedded {
        // TABARI counts commas as words and a possessive with its noun
        let words = (0..n).filter(|&i| !s.w(i).starts_with('\'')).count();
        if words < opts.min_words {
            return Outcome::Coded;
        }
    }
    let mut complex = false;
    // filled with NONE by build_words
    let mut item_at = std::mem::take(&mut s.item_at);
    // 1. actor mentions from the actors pass (when the dictionary has no actors of its own)
    if let Some(actors) = actors.filter(|_| !d.has_actors()) {
        let mut i = 0;
        while i < n {
            let tok = s.words[i].tok as usize;
            if let Some(m) = actors.mention_at(tok) {
                let mut j = i + 1;
                while j < n && (s.words[j].tok as usize) < m.tokens.end {
                    j += 1;
                }
                let info = &actors.actors[m.actor];
                let codes = match info.code.as_deref() {
                    // news prose: a seat of government is the country's government ("the
                    // Kremlin rejected", "Downing Street said"), its capital the country
                    Some(c)
                        if d.embedded
                            && info.kind == ActorType::Country
                            && crate::lexicon::seat_of_government(
                                doc.span_text(m.tokens.clone()),
                            )
                            .is_some() =>
                    {
                        Codes::Made(vec![format!("{c}GOV").into()])
                    }
                    code => Codes::One(code),
                };
                // news prose: a platform named as the medium ("said on Twitter") is where, not who
                let medium = d.embedded && super::platform_as_medium(doc, info, m.tokens.clone());
                // "anti-government protests", "pro-Russian rallies": what the act is for or
                // against, not who does it
                let stance =
                    d.embedded && s.words[i].hyph && i > 0 && matches!(s.w(i - 1), "ANTI" | "PRO");
                // "Sanders supporters", "the president's critics": people named by whom they
                // follow or oppose, not that actor
                let followers = d.embedded && {
                    let k = if j < n && s.w(j).starts_with('\'') {
                        j + 1
                    } else {
                        j
                    };
                    k < n && is_followers(s.w(k))
                };
                if (m.kind != MentionKind::Pronoun || !codes.is_empty())
                    && !medium
                    && !stance
                    && !followers
                {
                    let o = s.occs.len() as u32;
                    s.occs.push(Occ {
                        start: i,
                        end: j,
                        codes,
                        actor: Some(m.actor),
                        base: None,
                        antecedent: None,
                        partner: None,
                    });
                    s.items.push((i, j, Item::Actor(o)));
                    for slot in &mut item_at[i..j] {
                        *slot = (s.items.len() - 1) as u32;
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    // 1b. news prose: a country's adjective before an act noun is the act's actor, the country
    // ("an Israeli airstrike", "a Ukrainian proposal"); before "counterpart" it names the
    // country's envoy ("met his Russian counterpart")
    if d.embedded {
        // a sentence's first word has a capital as written ("Turkish airstrikes killed ...")
        let capital = |s: &Sent, k: usize| {
            s.words[k].cap || (k == 0 && doc.is_capitalized(s.words[0].tok as usize))
        };
        for j in 1..n {
            // cheap test first: a capitalised free word right before the noun
            if !capital(s, j - 1)
                || item_at[j - 1] != NONE
                || !(is_act_noun(s, j) || matches!(s.w(j), "COUNTERPART" | "COUNTERPARTS"))
            {
                continue;
            }
            // one or two capitalised words ("Israeli", "South Korean"), the longer first
            let Some((i, code)) = (j.saturating_sub(2)..j).find_map(|i| {
                if (i..j).any(|k| item_at[k] != NONE || !capital(s, k)) {
                    return None;
                }
                let phrase = (i..j).map(|k| s.w(k)).collect::<Vec<_>>().join(" ");
                COUNTRY_ADJECTIVES.get(phrase.as_str()).map(|c| (i, c))
            }) else {
                continue;
            };
            let o = s.occs.len() as u32;
            s.occs.push(Occ {
                start: i,
                end: j,
                codes: Codes::Listed(std::slice::from_ref(code)),
                actor: None,
                base: None,
                antecedent: None,
                partner: None,
            });
            s.items.push((i, j, Item::Actor(o)));
            for slot in &mut item_at[i..j] {
                *slot = (s.items.len() - 1) as u32;
            }
        }
    }
    // 2. dictionary phrases
    let mut i = 0;
    while i < n {
        if item_at[i] != NONE {
            i += 1;
            continue;
        }
        let Some((end, kind)) = longest_at(s, i) else {
            i += 1;
            continue;
        };
        let end = (i + 1..=end)
            .find(|&k| k == end || item_at[k] != NONE)
            .unwrap_or(end);
        let item = match kind {
            CandKind::Discard { story } => {
                return if story {
                    Outcome::StoryDiscard
                } else {
                    Outcome::Coded
                };
            }
            CandKind::Actor(a) => {
                let def = &d.actors[a as usize];
                match def.code_at(c.date) {
                    Some(dc) if dc.discard => return Outcome::Coded,
                    Some(dc) if dc.complex => {
                        complex = true;
                        Item::Noun
                    }
                    Some(dc) if !dc.codes.is_empty() => {
                        let o = s.occs.len() as u32;
                        // the actor of the article the phrase names, where the actors pass has
                        // one: the mention of its last word that has one (the head of the phrase)
                        let actor = actors.and_then(|a| {
                            (i..end)
                                .rev()
                                .find_map(|w| a.mention_at(s.words[w].tok as usize))
                                .map(|m| m.actor)
                        });
                        s.occs.push(Occ {
                            start: i,
                            end,
                            codes: Codes::Listed(&dc.codes),
                            actor,
                            base: dc.codes.first().cloned(),
                            antecedent: None,
                            partner: None,
                        });
                        Item::Actor(o)
                    }
                    _ => Item::Noun,
                }
            }
            CandKind::Agent(a) => Item::Agent(a),
            CandKind::Verb(v) => {
                let verb = &d.verbs[v as usize];
                // news prose: a past participle after a possessive modifies a noun ("Lee's
                // alleged bribes"), and so does a gerund without what it is about ("Kerry's
                // negotiating position"; but "the army's shelling of the town" is an act);
                // coercion's possessor is who suffers it ("Navalny's arrest"); a
                // participle after a preposition or a number is an adjective ("over alleged
                // payments", "41 pledged delegates")
                let possessed = i > 0
                    && (s.words[i - 1].poss
                        || matches!(
                            s.w(i - 1),
                            "HIS" | "HER" | "ITS" | "THEIR" | "OUR" | "MY" | "YOUR"
                        ));
                let coercion = matches!(
                    &verb.code,
                    VerbCode::Event { code, .. } if code.starts_with("17") || code.starts_with("18")
                );
                // ... and so is one between a gerund and an actor ("guarding captured rebels"; a
                // name ending in -ing is no gerund: "Beijing accused Tokyo")
                let adjectival = i > 0
                    && s.w(i).ends_with("ED")
                    && (is_preposition(s.w(i - 1))
                        || (s.w(i - 1).ends_with("ING")
                            && !matches!(
                                item_at.get(i - 1).and_then(|&k| s.items.get(k as usize)),
                                Some((_, _, Item::Actor(_)))
                            )
                            && item_at.get(i + 1).is_some_and(|&k| k != NONE))
                        || matches!(s.w(i - 1), "MOST" | "MORE" | "LESS" | "FEWER")
                        || (s.words[i - 1].kind == WK::Word
                            && s.w(i - 1).bytes().all(|b| b.is_ascii_digit() || b == b',')));
                // a bare form after a determiner and a name is a compound noun ("a Trump
                // rally", "the Kremlin statement", "a London Stock Exchange bomb plot")
                // (a name of several words, where a verb would fit, only after "a" or after a
                // preposition and "the": "that the United States extradite him" is a verb)
                let named_compound = i > 1
                    && s.words[i - 1].cap
                    && !s.words[i - 1].poss
                    && is_bare(verb, s.w(i))
                    && {
                        let mut k = i - 1;
                        while k > 0 && s.words[k].cap && i - k <= 5 {
                            k -= 1;
                        }
                        let det = is_det(s.w(k)) || matches!(s.w(k), "ONE" | "EACH" | "EVERY");
                        !s.words[k].cap
                            && det
                            && (k + 2 == i
                                || matches!(s.w(k), "A" | "AN")
                                || (!s.w(i).ends_with('S') && k > 0 && is_preposition(s.w(k - 1))))
                    };
                // ... and any other noun after a possessive is an act only with what it is
                // about after it ("Russia's support for the rebels", "Trump's comments on
                // Mexico"); alone it names a thing ("Clinton's support comes from women",
                // "his comments were outrageous")
                let about = i + 1 < n
                    && (item_at[i + 1] != NONE
                        || matches!(
                            s.w(i + 1),
                            "FOR"
                                | "OF"
                                | "TO"
                                | "ON"
                                | "ABOUT"
                                | "AGAINST"
                                | "WITH"
                                | "THAT"
                                | "IN"
                                | "INTO"
                        ));
                let prev_det = i > 0
                    && (is_det(s.w(i - 1))
                        || (d.embedded
                            && ((possessed
                                && (s.w(i).ends_with("ED")
                                    || coercion
                                    || !about))
                                || adjectival
                                || named_compound
                                // a hyphenated modifier ("Russian-backed", "U.S.-led")
                                || s.words[i].hyph)));
                if (verb.code == VerbCode::Null && verb.patterns.is_empty())
                    || (!verb.nominal && (prev_det || s.words[i].cap))
                {
                    Item::Noun
                } else {
                    match verb.code {
                        VerbCode::Discard => return Outcome::Coded,
                        VerbCode::Complex => {
                            complex = true;
                            Item::Verb(v)
                        }
                        _ => Item::Verb(v),
                    }
                }
            }
            CandKind::Noun => Item::Noun,
            CandKind::Adjective => Item::Adjective,
        };
        s.items.push((i, end, item));
        for slot in &mut item_at[i..end] {
            *slot = (s.items.len() - 1) as u32;
        }
        i = end;
    }
    // news prose: "both sides" or "the two leaders" after a sentence naming two parties are
    // those two parties ("NAME met NAME on Monday. The two leaders agreed to ...")
    if let Some(actors) = actors.filter(|_| d.embedded && !d.has_actors()) {
        let phrase = s
            .items
            .iter()
            .any(|it| matches!(it.2, Item::Verb(_)))
            .then(|| (0..n).find_map(|i| two_parties_at(s, &item_at, i)))
            .flatten();
        if let Some((i, j)) = phrase {
            // the sentence's own subject dealt with two others just before: those two
            let subject: Vec<&str> = s
                .occs
                .iter()
                .filter(|o| o.start < i)
                .filter_map(|o| o.codes.first())
                .collect();
            let counterparts = counterparts_of(actors, out, si, &subject);
            // (a speaker reporting what the two did is no subject of theirs: "Chinese officials
            // said the two countries would sign")
            let reported = (0..i).rev().find(|&q| is_reporting_verb(s.w(q)));
            let parties = counterparts.or_else(|| {
                parties_before(doc, actors, out, si, s.prev_tokens.clone()).filter(|&(a, b)| {
                    // not the parties of this sentence's own subject ("X and Y urged both sides",
                    // "Nepal's prime minister thanked both countries")
                    !s.occs.iter().any(|o| {
                        o.start < i
                            && reported.is_none_or(|q| o.start > q)
                            && [a, b].iter().any(|&x| {
                                o.actor == Some(x)
                                    || o.codes
                                        .first()
                                        .zip(actors.actors[x].code.as_deref())
                                        .is_some_and(|(c, d)| same_party(c, d))
                            })
                    })
                })
            });
            if let Some((a, b)) = parties {
                let code = |x: usize| actors.actors[x].code.as_deref().map(Box::<str>::from);
                if let (Some(ca), Some(cb)) = (code(a), code(b)) {
                    let o = s.occs.len() as u32;
                    s.occs.push(Occ {
                        start: i,
                        end: j,
                        codes: Codes::Made(vec![ca, cb]),
                        actor: Some(a),
                        base: None,
                        antecedent: None,
                        partner: Some(b),
                    });
                    s.items.push((i, j, Item::Actor(o)));
                    for slot in &mut item_at[i..j] {
                        *slot = (s.items.len() - 1) as u32;
                    }
                }
            }
        }
    }
    // no verb, no event: what follows serves the verbs (and, when actors are forwarded, finds
    // the sentence's first actor)
    let forwarding = opts.forward && !d.embedded;
    if !forwarding && !s.items.iter().any(|it| matches!(it.2, Item::Verb(_))) {
        s.item_at = item_at;
        return Outcome::Coded;
    }
    // no occurrence has a code, and none can get one: no agent to make an actor of, and no "he"
    // or "she" that may stand for a coded person of the sentence before (the other pronouns copy
    // the codes of the sentence's occurrences): no event has a source (see below)
    if !forwarding
        && opts.default_source.is_none()
        && s.forward.is_none()
        && uncoded(s)
        && !(c.dict.embedded && counts_crowd(s))
        && !s.items.iter().any(|it| matches!(it.2, Item::Agent(_)))
        && !(actors.is_some_and(|a| {
            (0..n).any(|i| matches!(s.w(i), "HE" | "SHE"))
                && only_person(a, s.prev_tokens.clone()).is_some_and(|p| a.actors[p].code.is_some())
        }))
    {
        s.item_at = item_at;
        return Outcome::Coded;
    }
    s.items.sort_by_key(|it| it.0);
    // re-index after sorting
    item_at.fill(NONE);
    for (k, it) in s.items.iter().enumerate() {
        for slot in &mut item_at[it.0..it.1] {
            *slot = k as u32;
        }
    }
    // 3. agents join the actor before or after them, or after OF/IN
    attach_agents(s, &item_at, opts);
    s.item_at = item_at;
    // 4. pronouns refer to actors
    // (PETRARCH does not coreference pronouns)
    if opts.petrarch {
        s.occs.sort_by_key(|o| o.start);
    } else {
        resolve_pronouns(s, actors);
    }
    // every event's source has a code, of an actor occurrence or the dictionary's default
    // source: a sentence whose occurrences (all made by now) have none codes no event
    // (or a crowd's: see `crowd_before`)
    if opts.default_source.is_none() && uncoded(s) && !(c.dict.embedded && counts_crowd(s)) {
        return Outcome::Coded;
    }
    // 5. compound groups
    build_groups(s, opts.petrarch);
    // 6. comma-delimited clauses
    remove_comma_clauses(s, doc, opts);
    // a pronoun whose antecedent was in an eliminated clause refers to nothing
    for o in &s.occs {
        if o.antecedent.is_some_and(|a| s.deleted[a]) {
            s.deleted[o.start..o.end].fill(true);
        }
    }
    // 7. clauses
    // the kept words, split into clauses: `words` holds them in order (but the splitting
    // conjunctions) and each clause is a range of it
    let mut words = std::mem::take(&mut s.clause_words);
    let mut ranges = std::mem::take(&mut s.clause_ranges);
    words.clear();
    ranges.clear();
    words.extend((0..n).filter(|&i| !s.deleted[i]));
    let kept_len = words.len();
    let mut conjunctions = 0;
    // the first word of a closing clause with its own subject
    let mut own: Option<usize> = None;
    let mut clause_start = kept_len;
    for k in 0..kept_len {
        let i = words[k];
        let w = s.w(i);
        let mut split = false;
        if own.is_none() && s.own_clause.is_some_and(|c| i > c) {
            own = Some(i);
            split = true;
        }
        // a conjunction inside a dictionary phrase ("shot and wounded") splits nothing
        let in_phrase = s.item_at[i] != NONE && item_kind(s, i) != Item::None;
        let conj = is_conj(w)
            && s.group_at[i] == NONE
            && !in_phrase
            && !compound_noun_around(s, &words[..kept_len], k);
        if split || conj {
            if words.len() > clause_start {
                ranges.push(clause_start..words.len());
            }
            clause_start = words.len();
        }
        if conj {
            conjunctions += 1;
            continue;
        }
        words.push(i);
    }
    if words.len() > clause_start {
        ranges.push(clause_start..words.len());
    }
    // word -> clause (every kept word but a splitting conjunction is in one clause)
    let mut clause_of = std::mem::take(&mut s.clause_of);
    clause_of.clear();
    clause_of.resize(n, NONE);
    for (ci, r) in ranges.iter().enumerate() {
        for &w in &words[r.clone()] {
            clause_of[w] = ci as u32;
        }
    }
    let clauses = ranges.iter().map(|r| &words[r.clone()]);
    // verbs in kept words
    let verbs: Vec<(usize, usize, u32)> = s
        .items
        .iter()
        .filter_map(|&(a, b, it)| match it {
            Item::Verb(v) if !s.deleted[a] => Some((a, b, v)),
            _ => None,
        })
        .collect();
    let cx = &opts.complex;
    // a null-coded verb (kept for its patterns) is no first verb for NOACTPRIOR / NOACTAFTER
    let first_verb = verbs
        .iter()
        .find(|v| d.embedded || d.verbs[v.2 as usize].code != VerbCode::Null)
        .map(|v| v.0);
    let groups_before = |p: usize| s.groups.iter().any(|g| g.start < p && !s.deleted[g.start]);
    let groups_after = |p: usize| s.groups.iter().any(|g| g.start > p && !s.deleted[g.start]);
    if complex
        || (cx.verbs > 0 && verbs.len() >= cx.verbs)
        || (cx.conjunctions > 0 && conjunctions >= cx.conjunctions)
        || (cx.actors > 0 && s.occs.len() >= cx.actors)
        || (cx.no_verb && verbs.is_empty())
        || (cx.no_actor_prior && first_verb.is_some_and(|v| !groups_before(v)))
        || (cx.no_actor_after && first_verb.is_some_and(|v| !groups_after(v)))
    {
        return Outcome::Coded;
    }
    // 8. code the clauses
    let mut seen = Seen::new(s.groups.len());
    // verbs are in word order, so each clause's verbs are a run of `verbs`
    let mut vnext = 0;
    let mut sentence_events: Vec<RawEvent> = Vec::new();
    let mut source: Option<usize> = None;
    let several = ranges.len() > 1;
    for (ci, clause) in clauses.enumerate() {
        // TABARI: a "clause" of one or two words is a compound noun the dictionaries do not
        // list ("the herders' goats and mules of the valley"): it codes nothing and names no subject
        if several && clause.len() < 3 && !d.embedded && !opts.petrarch {
            continue;
        }
        // a clause with its own subject starts afresh, as the first does
        let fresh = ci == 0 || clause.first().copied() == own;
        // a clause opening with an actor sets the source
        if !fresh {
            if let Some(&first) = clause.first() {
                if s.group_at[first] != NONE {
                    source = Some(s.group_at[first] as usize);
                }
            }
        } else {
            source = None;
        }
        let mut clause_events: Vec<RawEvent> = Vec::new();
        let mut found_sub: Option<Vec<RawEvent>> = None;
        while vnext < verbs.len() && clause_of[verbs[vnext].0] < ci as u32 {
            vnext += 1;
        }
        let vfirst = vnext;
        while vnext < verbs.len() && clause_of[verbs[vnext].0] == ci as u32 {
            vnext += 1;
        }
        for &(va, vb, v) in &verbs[vfirst..vnext] {
            let vpos = clause.partition_point(|&w| w < va);
            let vend = clause.partition_point(|&w| w < vb);
            // the words a verb's patterns and actors may reach: bounded, so that coding a
            // clause is linear in its length
            let mut lo = vpos.saturating_sub(MAX_REACH);
            let mut hi = (vend + MAX_REACH).min(clause.len());
            let mut denied = false;
            if d.embedded {
                match news_window(s, clause, vpos, vend, v, lo..hi) {
                    Some(r) => (lo, hi) = (r.start, r.end),
                    None => continue,
                }
                match governed_by(s, clause, vpos) {
                    Governor::Denial => denied = true,
                    Governor::Demand => continue,
                    Governor::None => {}
                }
            }
            let window = &clause[lo..hi];
            seen.set_window(ci, lo..hi);
            match code_verb(
                s,
                c,
                window,
                vpos - lo,
                vend - lo,
                v,
                fresh,
                denied,
                &mut source,
                &mut seen,
            ) {
                VerbResult::Events(evs) => {
                    let evs: Vec<RawEvent> = evs
                        .into_iter()
                        .map(|mut e| {
                            e.sentence = si;
                            e.trigger = s.words[va].tok as usize..s.words[vb - 1].tok as usize + 1;
                            let (a, b) = (
                                clause.first().copied().unwrap_or(0),
                                clause.last().copied().unwrap_or(0),
                            );
                            e.clause_tokens = s.words[a].tok as usize..s.words[b].tok as usize + 1;
                            e
                        })
                        .collect();
                    if evs.is_empty() {
                        continue;
                    }
                    // TABARI: the clause's subordinate events wait, all of them, for an event
                    // that is not
                    if evs.iter().all(|e| e.subordinate) && code_by != CodeBy::All {
                        found_sub.get_or_insert_with(Vec::new).extend(evs);
                        continue;
                    }
                    clause_events.extend(evs);
                    if code_by != CodeBy::All {
                        break;
                    }
                }
                VerbResult::Discard => return Outcome::Coded,
                VerbResult::Complex => return Outcome::Coded,
                VerbResult::Nothing => {}
            }
        }
        if clause_events.is_empty() {
            if let Some(sub) = found_sub {
                clause_events = sub;
            }
        }
        if fresh && clause_events.is_empty() && source.is_none() {
            // no event in the first clause: its first actor is the subject of the next ones (in
            // news prose, one that opens the clause, after names, function words or an opener
            // ended by a comma, and is no prepositional object: not "She left the UK and returned
            // ...", "According to the agency, ...")
            // whether the clause's words before its `k`-th are all names or function words (the
            // sentence's first word counts as one): read once along the clause, only as far as
            // a group asks (`Ok`: that many are; `Err`: the first that is not)
            let mut plain: Result<usize, usize> = Ok(0);
            let mut plain_before = |k: usize| loop {
                match plain {
                    Ok(at) if at < k => {
                        let q = clause[at];
                        plain = if q == 0 || s.words[q].cap || is_function_word(s.w(q)) {
                            Ok(at + 1)
                        } else {
                            Err(at)
                        };
                    }
                    Ok(_) => return true,
                    Err(at) => return at >= k,
                }
            };
            let mut opens = |k: usize, w: usize| {
                // a determiner or a number between: "According to the agency, ...", "In the
                // 2016 United States election, ..."
                let mut p = w;
                while p > 1
                    && (is_det(s.w(p - 1))
                        || s.words[p - 1].kind == WK::Word
                            && s.w(p - 1).bytes().all(|b| b.is_ascii_digit()))
                {
                    p -= 1;
                }
                (p == 0 || !is_preposition(s.w(p - 1)))
                    && (s.words[w - 1.min(w)].kind == WK::Comma || plain_before(k))
            };
            let found = clause.iter().enumerate().find(|&(k, &w)| {
                // a group is tested at its first word
                let first = w == 0 || s.group_at[w - 1] != s.group_at[w];
                s.group_at[w] != NONE && (!d.embedded || (first && opens(k, w)))
            });
            source = found.map(|(_, &w)| s.group_at[w] as usize);
            // news prose: a speaker's reported clause has its own subject, which the next
            // clauses share ("officials said it infected 200 people and killed three": "it"
            // killed); an actor opening the report is that subject ("Trump said he ...")
            if let Some((k, _)) = found.filter(|_| d.embedded) {
                // (verbs that take an object or a quotation as well are passed over:
                // "declared an emergency and sent troops", "tweeted "..." and offered")
                let reports = |w: &str| {
                    is_reporting_verb(w)
                        && !matches!(
                            w,
                            "TOLD"
                                | "TELLS"
                                | "WROTE"
                                | "TWEETED"
                                | "DECLARED"
                                | "REPORTED"
                                | "FOUND"
                                | "FINDS"
                                | "ESTIMATED"
                        )
                };
                if let Some(r) = (k + 1..clause.len()).find(|&q| reports(s.w(clause[q]))) {
                    let mut q = r + 1;
                    if q < clause.len() && s.w(clause[q]) == "THAT" {
                        q += 1;
                    }
                    source = clause
                        .get(q)
                        .map(|&w| s.group_at[w])
                        .filter(|&g| g != NONE)
                        .map(|g| g as usize);
                }
            }
        }
        let stop = code_by == CodeBy::Sentence && clause_events.iter().any(|e| !e.subordinate);
        sentence_events.extend(clause_events);
        if stop {
            break;
        }
    }
    // subordinate events only when nothing else; dominant events alone when present
    if sentence_events.iter().any(|e| !e.subordinate) {
        sentence_events.retain(|e| !e.subordinate);
    }
    if sentence_events.iter().any(|e| e.dominant) {
        sentence_events.retain(|e| e.dominant);
    }
    if code_by == CodeBy::Sentence {
        if let Some(first) = sentence_events.first() {
            let t = first.trigger.clone();
            sentence_events.retain(|e| e.trigger == t);
        }
    }
    for e in sentence_events {
        // one event per (trigger, source, target)
        let same_dyad = |o: &RawEvent| {
            o.trigger == e.trigger
                && o.source_code == e.source_code
                && o.target_code == e.target_code
        };
        if !out
            .iter()
            .rev()
            .take_while(|o| o.sentence == e.sentence)
            .any(same_dyad)
            && !out
                .iter()
                .rev()
                .take_while(|o| o.sentence == e.sentence)
                .any(|o| {
                    o.code == e.code
                        && o.source_code == e.source_code
                        && o.target_code == e.target_code
                })
        {
            out.push(e);
        }
    }
    s.clause_of = clause_of;
    s.clause_words = words;
    s.clause_ranges = ranges;
    Outcome::Coded
}

/// Nouns of people named by the actor they follow or oppose ("Sanders supporters", "Putin's
/// critics").
fn is_followers(w: &str) -> bool {
    matches!(
        w,
        "SUPPORTERS"
            | "SUPPORTER"
            | "BACKERS"
            | "BACKER"
            | "CRITIC"
            | "OPPONENT"
            | "LOYALIST"
            | "VOTER"
            | "DONOR"
            | "FANS"
            | "VOTERS"
            | "CRITICS"
            | "OPPONENTS"
            | "DETRACTORS"
            | "LOYALISTS"
            | "FOLLOWERS"
            | "DONORS"
            | "SYMPATHIZERS"
            | "SYMPATHISERS"
            | "ADMIRERS"
            | "DEVOTEES"
    )
}

/// The embedded countries' adjectives and demonyms, upper-cased, with the country's code.
static COUNTRY_ADJECTIVES: LazyLock<HashMap<String, Box<str>>> = LazyLock::new(|| {
    // ("European" names the European Union's act or goods: "European sanctions")
    crate::lexicon::country_adjectives()
        .map(|(a, c)| (a.to_uppercase(), Box::from(c)))
        .chain([("EUROPEAN".to_string(), Box::from("IGOEEC"))])
        .collect()
});

/// An act whose actor a country's adjective before it names ("Israeli airstrike", "Ukrainian
/// proposal"), at sentence word `j`; not a noun's modifier ("attack plans").
fn is_act_noun(s: &Sent, j: usize) -> bool {
    act_noun_at(s, j) && !(s.w(j) != "AIR" && j + 1 < s.words.len() && act_noun_at(s, j + 1))
}

/// An act noun at sentence word `j` ("airstrike", "air strike", "proposal").
fn act_noun_at(s: &Sent, j: usize) -> bool {
    match s.w(j) {
        "AIR" => {
            j + 1 < s.words.len() && matches!(s.w(j + 1), "STRIKE" | "STRIKES" | "RAID" | "RAIDS")
        }
        w => matches!(
            w,
            "AIRSTRIKE"
                | "AIRSTRIKES"
                | "STRIKE"
                | "STRIKES"
                | "RAID"
                | "RAIDS"
                | "SHELLING"
                | "BOMBARDMENT"
                | "BOMBING"
                | "BOMBINGS"
                | "OFFENSIVE"
                | "ASSAULT"
                | "ATTACK"
                | "ATTACKS"
                | "INVASION"
                | "PROPOSAL"
                | "PROPOSALS"
                | "PLAN"
                | "PLANS"
                | "SANCTIONS"
        ),
    }
}

/// What is met without meeting anyone ("met the requirement", "meets the deadline").
fn is_met_thing(w: &str) -> bool {
    matches!(
        w,
        "REQUIREMENT"
            | "REQUIREMENTS"
            | "DEADLINE"
            | "TARGET"
            | "TARGETS"
            | "GOAL"
            | "GOALS"
            | "DEMAND"
            | "DEMANDS"
            | "CRITERIA"
            | "CRITERION"
            | "STANDARD"
            | "STANDARDS"
            | "NEEDS"
            | "EXPECTATIONS"
            | "OBLIGATIONS"
            | "CONDITIONS"
            | "QUOTA"
            | "THRESHOLD"
            | "COSTS"
            | "CHALLENGE"
            | "CHALLENGES"
            | "FATE"
            | "END"
    )
}

/// A noun whose of-phrase names an activity rather than an act ("cessation of fighting",
/// "days of shelling").
fn is_activity_head(w: &str) -> bool {
    w.ends_with("TION")
        || w.ends_with("SION")
        || w.ends_with("MENT")
        || matches!(
            w,
            "END"
                | "HALT"
                | "STOP"
                | "THREAT"
                | "RISK"
                | "WAVE"
                | "ROUND"
                | "SURGE"
                | "DAYS"
                | "WEEKS"
                | "MONTHS"
                | "YEARS"
                | "NIGHTS"
                | "HOURS"
        )
}

/// What a court appeal is made against or to ("appealed the verdict", "appeal to the court").
fn is_legal_object(w: &str) -> bool {
    matches!(
        w,
        "RULING"
            | "RULINGS"
            | "VERDICT"
            | "SENTENCE"
            | "SENTENCES"
            | "SENTENCING"
            | "CONVICTION"
            | "CONVICTIONS"
            | "JUDGMENT"
            | "JUDGEMENT"
            | "DECISION"
            | "COURT"
            | "COURTS"
            | "ACQUITTAL"
            | "FINE"
    )
}

/// Words opening a subordinate or relative clause: in news prose (the embedded patterns) a
/// verb's actors and pattern words are not looked for across them.
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "THAT"
            | "WHICH"
            | "WHO"
            | "WHOM"
            | "WHOSE"
            | "WHEN"
            | "WHILE"
            | "WHERE"
            | "BECAUSE"
            | "ALTHOUGH"
            | "THOUGH"
            | "IF"
            | "UNLESS"
            | "WHETHER"
            | "WHY"
    )
}

/// Verbs that report speech or thought and take a clause ("said", "told reporters").
fn is_reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "SAY"
            | "SAYS"
            | "SAID"
            | "TOLD"
            | "TELLS"
            | "ADDED"
            | "ADDS"
            | "EXPLAINED"
            | "ARGUED"
            | "ARGUES"
            | "NOTED"
            | "WROTE"
            | "TWEETED"
            | "INSISTED"
            | "STATED"
            | "DECLARED"
            | "CLAIMED"
            | "CLAIMS"
            | "REPORTED"
            | "CONFIRMED"
            | "BELIEVES"
            | "BELIEVED"
            | "THINKS"
            | "THOUGHT"
            | "SUGGESTED"
            | "CONCLUDED"
            | "CONCLUDES"
            | "FOUND"
            | "FINDS"
            | "ALLEGED"
            | "ALLEGES"
            | "ASSERTED"
            | "CONTENDED"
            | "MAINTAINED"
            | "ESTIMATED"
    )
}

/// What governs a verb's clause in news prose.
enum Governor {
    None,
    /// A denial: "denied that it attacked", "denies attacking".
    Denial,
    /// A demand's `that` clause: "demanded that Greece withdraw" (asked for, not done).
    Demand,
}

/// The denial or demand a few words before the verb at clause position `vpos` that governs it.
fn governed_by(s: &Sent, clause: &[usize], vpos: usize) -> Governor {
    for q in (vpos.saturating_sub(8)..vpos).rev() {
        let w = s.w(clause[q]);
        if is_denial(w) {
            return Governor::Denial;
        }
        if w == "THAT" && q > 0 && is_demand(s.w(clause[q - 1])) {
            return Governor::Demand;
        }
        if is_subordinator(w) && w != "THAT" {
            break;
        }
    }
    Governor::None
}

/// Whether the verb at sentence word `v` is an infinitive of purpose: `to` right before it
/// (adverbs skipped) follows what cannot take an infinitive as its object: a comma, a place
/// (a name that is no actor), "in order", "so as", a time, a verb of coming or gathering, a
/// gathering or an undertaking ("arrived to", "on Monday to", "a summit to", "a campaign to").
fn purpose_infinitive(s: &Sent, v: usize) -> bool {
    let mut p = v;
    while p > 0 && is_adverb(s.w(p - 1)) {
        p -= 1;
    }
    if p < 2 || s.w(p - 1) != "TO" {
        return false;
    }
    let mut x = p - 2;
    // a time between says nothing ("met in Athens on Friday to sign", but "failed on Tuesday
    // to agree")
    if is_time_word(s.w(x)) && x > 0 {
        x -= 1;
        if s.w(x) == "ON" && x > 0 {
            x -= 1;
        }
    }
    // a comma, or a name that is no actor: a place ("flew to Nairobi to sign")
    if s.words[x].kind == WK::Comma || (s.words[x].cap && s.group_at[x] == NONE) {
        return true;
    }
    match s.w(x) {
        "ORDER" => x > 0 && s.w(x - 1) == "IN",
        "AS" => x > 0 && s.w(x - 1) == "SO",
        w => {
            matches!(
                w,
                "ARRIVED"
                    | "ARRIVE"
                    | "ARRIVES"
                    | "CAME"
                    | "COME"
                    | "COMES"
                    | "WENT"
                    | "TRAVELED"
                    | "TRAVELLED"
                    | "FLEW"
                    | "GATHERED"
                    | "GATHER"
                    | "ASSEMBLED"
                    | "CONVENED"
                    | "MARCHED"
                    | "RUSHED"
                    | "RETURNED"
                    | "DEPLOYED"
                    | "DISPATCHED"
                    | "SUMMIT"
                    | "MEETING"
                    | "CONFERENCE"
                    | "TALKS"
                    | "COALITION"
                    | "MISSION"
                    | "OPERATION"
                    | "CAMPAIGN"
                    | "EFFORT"
                    | "EFFORTS"
                    | "BID"
                    | "RIGHT"
            )
        }
    }
}

/// A number or a part of a group of people, before "of" ("thousands of", "members of").
fn is_part_of(w: &str) -> bool {
    is_crowd_count(w) || matches!(w, "MEMBERS" | "MANY" | "SOME")
}

/// A count of a crowd before "of" ("thousands of", "dozens of").
fn is_crowd_count(w: &str) -> bool {
    matches!(
        w,
        "THOUSANDS" | "HUNDREDS" | "DOZENS" | "SCORES" | "MILLIONS"
    )
}

/// People sent to act for whoever sent them: "mediators from Egypt" act for Egypt.
fn is_envoys(w: &str) -> bool {
    matches!(
        w,
        "MEDIATORS"
            | "NEGOTIATORS"
            | "ENVOYS"
            | "DIPLOMATS"
            | "DELEGATES"
            | "DELEGATION"
            | "DELEGATIONS"
            | "OFFICIALS"
            | "REPRESENTATIVES"
            | "INSPECTORS"
            | "MONITORS"
            | "PEACEKEEPERS"
            | "TROOPS"
            | "SOLDIERS"
    )
}

/// A day or a part of one ("Monday", "yesterday", "morning").
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "MONDAY"
            | "TUESDAY"
            | "WEDNESDAY"
            | "THURSDAY"
            | "FRIDAY"
            | "SATURDAY"
            | "SUNDAY"
            | "TODAY"
            | "TOMORROW"
            | "YESTERDAY"
            | "WEEKEND"
            | "NIGHT"
            | "MORNING"
            | "EVENING"
            | "AFTERNOON"
    )
}

/// Verbs that say an act did not happen.
fn is_denial(w: &str) -> bool {
    matches!(w, "DENIED" | "DENIES" | "DENY")
}

/// Verbs whose `that` clause states what is asked for, not what was done.
fn is_demand(w: &str) -> bool {
    matches!(
        w,
        "DEMANDED"
            | "DEMANDS"
            | "DEMAND"
            | "URGED"
            | "URGES"
            | "INSISTED"
            | "INSISTS"
            | "PROPOSED"
            | "SUGGESTED"
            | "RECOMMENDED"
            | "REQUESTED"
            | "ASKED"
    )
}

/// Verbs in -s that take a present participle as their object ("keeps attacking", "denies
/// meeting").
fn is_catenative(w: &str) -> bool {
    matches!(
        w,
        "KEEPS"
            | "STARTS"
            | "BEGINS"
            | "STOPS"
            | "CONTINUES"
            | "RESUMES"
            | "QUITS"
            | "AVOIDS"
            | "CONSIDERS"
            | "RISKS"
            | "FINISHES"
            | "ENJOYS"
            | "DENIES"
            | "ADMITS"
            | "RECALLS"
            | "REMEMBERS"
            | "REGRETS"
            | "SUGGESTS"
            | "MENTIONS"
            | "RECOMMENDS"
            | "PROPOSES"
            | "FAVORS"
            | "FAVOURS"
            | "OPPOSES"
            | "RESISTS"
            | "DELAYS"
            | "POSTPONES"
            | "MISSES"
            | "MEANS"
            | "INVOLVES"
            | "PRACTICES"
    )
}

/// Words before a bare verb form that make it a verb: auxiliaries, modals, `to`, negation,
/// subject pronouns and relative pronouns.
fn is_verbal_cue(w: &str) -> bool {
    matches!(
        w,
        "TO" | "HELP"
            | "HELPS"
            | "HELPED"
            | "HELPING"
            | "I"
            | "WE"
            | "YOU"
            | "THEY"
            | "HE"
            | "SHE"
            | "IT"
            | "WHO"
            | "THAT"
            | "WHICH"
    ) || is_modal_or_negation(w)
        || super::is_intent(w)
        || super::NEGATIONS.iter().any(|cue| cue.last() == Some(&w))
}

/// A modal, a form of "do", "not" or "never": words between a subject and its verb.
fn is_modal_or_negation(w: &str) -> bool {
    matches!(
        w,
        "WILL"
            | "WOULD"
            | "SHALL"
            | "SHOULD"
            | "CAN"
            | "COULD"
            | "MAY"
            | "MIGHT"
            | "MUST"
            | "DO"
            | "DOES"
            | "DID"
            | "NOT"
            | "NEVER"
    )
}

/// Adverbs skipped when looking at the word before a verb.
fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("LY"))
        || matches!(
            w,
            "ALSO" | "STILL" | "JUST" | "NOW" | "ALREADY" | "EVEN" | "THEN" | "YET"
        )
}

/// An auxiliary, a modal or a negation: what stands between a subject and its verb.
fn is_auxiliary(w: &str) -> bool {
    is_be_or_have(w) || is_modal_or_negation(w)
}

/// A form of "be" or "have".
fn is_be_or_have(w: &str) -> bool {
    matches!(
        w,
        "IS" | "ARE" | "WAS" | "WERE" | "BE" | "BEEN" | "HAS" | "HAVE" | "HAD"
    )
}

/// A word that cannot be the noun a bare trigger modifies ("supply lifeline", "aid convoy").
fn is_function_word(w: &str) -> bool {
    is_preposition(w)
        || is_det(w)
        || is_conj(w)
        || is_subordinator(w)
        || is_verbal_cue(w)
        || is_adverb(w)
        || is_be_or_have(w)
        || matches!(
            w,
            "," | "ITS"
                | "HIS"
                | "HER"
                | "THEIR"
                | "OUR"
                | "THEM"
                | "US"
                | "HIM"
                | "THIS"
                | "THESE"
                | "THOSE"
                | "SOME"
                | "ANY"
                | "ALL"
                | "NO"
                | "AS"
                | "UNTIL"
                | "SINCE"
                | "DURING"
                | "THROUGH"
                | "UNDER"
                | "BETWEEN"
                | "AMONG"
                | "ACROSS"
                | "TOWARD"
                | "TOWARDS"
                | "NEAR"
                | "WITHIN"
                | "WITHOUT"
                | "UP"
                | "DOWN"
                | "OUT"
                | "OFF"
                | "BACK"
                | "AWAY"
        )
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// The embedded (news) mode's reach of a verb in its clause, within `range`: from after the
/// subordinator that opens the verb's clause (or from the actor a relative `who`/`which`/`that`
/// refers to) to before the next subordinate or relative clause. `None` when the verb is not a
/// done event: conditional or indirect question (`if`, `unless`, `whether`, `why`),
/// counterfactual (`would/could/might/should/must have` + verb), or a bare form outside a
/// verbal context ("provided aid", "external supply").
fn news_window(
    s: &Sent,
    clause: &[usize],
    vpos: usize,
    vend: usize,
    v: u32,
    range: Range<usize>,
) -> Option<Range<usize>> {
    let w = |q: usize| s.w(clause[q]);
    // ", as" opens a clause of its own ("…, officials said, as mediators pressed …"), but not
    // ", as well as"
    let comma_as = |q: usize, word: &str| {
        word == "AS"
            && clause[q] > 0
            && s.words[clause[q] - 1].kind == WK::Comma
            && clause.get(q + 1).is_none_or(|&x| s.w(x) != "WELL")
    };
    let mut lo = range.start;
    let mut cut = false;
    // a participle opening a comma clause ("..., accusing Russia of ...") is the subject's act
    let comma_participle =
        clause[vpos] > 0 && s.words[clause[vpos] - 1].kind == WK::Comma && w(vpos).ends_with("ING");
    for q in (range.start..vpos).rev() {
        if s.group_at[clause[q]] != NONE {
            continue;
        }
        // a clause reported without `that` ("X said the law condemned ...") has its own
        // subject: the speaker is not the verb's source (but "X claimed to have ..." is X's)
        let word = w(q);
        if is_reporting_verb(word) && !comma_participle && !(q + 1 < vpos && w(q + 1) == "TO") {
            lo = q + 1;
            cut = true;
            break;
        }
        if !is_subordinator(word) && !comma_as(q, word) {
            continue;
        }
        if matches!(word, "IF" | "UNLESS" | "WHETHER" | "WHY") {
            return None;
        }
        lo = q + 1;
        cut = true;
        if matches!(word, "WHO" | "WHICH" | "THAT") {
            // the actor the relative pronoun refers to is the verb's subject
            let mut k = q;
            if k > range.start && s.words[clause[k - 1]].kind == WK::Comma {
                k -= 1;
            }
            if k > range.start {
                let g = s.group_at[clause[k - 1]];
                if g != NONE {
                    let mut a = k - 1;
                    while a > range.start && s.group_at[clause[a - 1]] == g {
                        a -= 1;
                    }
                    lo = a;
                }
            }
        }
        break;
    }
    // a complement `that` right after the verb ("demanded that Russia withdraw") stays; a time
    // word after the verb ("offered aid after Indonesia's floods", "arrested him before the
    // vote") opens a clause or phrase whose actors are no targets of the verb
    let hi = (vend + 1..range.end)
        .find(|&q| {
            s.group_at[clause[q]] == NONE && {
                let word = w(q);
                is_subordinator(word)
                    || comma_as(q, word)
                    || matches!(word, "AFTER" | "BEFORE" | "UNTIL" | "SINCE")
            }
        })
        .unwrap_or(range.end);
    // a closing attribution ("..., officials said.", "..., said a spokesman.") names the one
    // who reports the act, no target of it
    let hi = (vend + 1..hi)
        .find(|&q| {
            s.words[clause[q] - 1].kind == WK::Comma
                && (q..(q + 4).min(range.end))
                    .find(|&r| is_reporting_verb(w(r)))
                    .is_some_and(|r| r + 4 >= range.end)
        })
        .unwrap_or(hi);
    // the word before the verb, adverbs skipped
    let mut p = vpos;
    while p > lo && is_adverb(w(p - 1)) {
        p -= 1;
    }
    let prev = (p > lo).then(|| p - 1);
    // counterfactual: "would have provided"
    if let Some(pq) = prev {
        if w(pq) == "HAVE"
            && pq > lo
            && matches!(
                w(pq - 1),
                "WOULD" | "COULD" | "MIGHT" | "SHOULD" | "MUST" | "WOULD'VE"
            )
        {
            return None;
        }
        // an act asked of an actor ("urged Russia to withdraw", "called on Iran to release"):
        // the appeal is the event, not what it asks for
        if w(pq) == "TO" && pq > lo && s.group_at[clause[pq - 1]] != NONE {
            return None;
        }
    }
    // an act an actor's plan, decision or call names ("Trump's plan to deport ...", "Iran's
    // decision to expel ..."): the owner of the plan is the source, not an actor before it
    if let Some(pq) = prev.filter(|&pq| w(pq) == "TO" && pq >= lo + 2) {
        let owner = clause[pq - 2];
        let g = s.group_at[owner];
        if is_plan_noun(w(pq - 1)) && g != NONE && s.words[owner].poss {
            let mut a = pq - 2;
            while a > lo && s.group_at[clause[a - 1]] == g {
                a -= 1;
            }
            lo = a;
        }
    }
    // "within striking distance" (of a win) is no strike
    if w(vpos) == "STRIKING" && vend < range.end && matches!(w(vend), "DISTANCE" | "RANGE") {
        return None;
    }
    // a first or second person subject of its own ("Voters are angry, and I agree with them"):
    // the verb's subject is the speaker or the one spoken to, not an actor named before it
    let mut q = p;
    while q > lo && (is_adverb(w(q - 1)) || is_auxiliary(w(q - 1))) {
        q -= 1;
    }
    if q > lo
        && matches!(w(q - 1), "I" | "YOU")
        && s.group_at[clause[q - 1]] == NONE
        // ("Hillary and I offer": a compound, whose first member is the source)
        && !(clause[q - 1] > 1
            && matches!(s.w(clause[q - 1] - 1), "AND" | "OR" | "NOR")
            && s.words[clause[q - 1] - 2].kind == WK::Word)
    {
        return None;
    }
    // a present participle right after a plain plural noun qualifies that noun ("donors
    // supporting her campaign", "voters backing the senator"): the noun, no actor, acts
    if w(vpos).ends_with("ING") {
        if let Some(pq) = prev {
            let pw = clause[pq];
            let t = w(pq);
            if s.words[pw].kind == WK::Word
                && s.words[pw].tok + 1 == s.words[clause[vpos]].tok
                && !s.words[pw].cap
                && s.group_at[pw] == NONE
                && plural_common_noun(t)
                && !is_catenative(t)
            {
                return None;
            }
        }
    }
    let verb = &s.dict.verbs[v as usize];
    let bare = is_bare(verb, w(vpos));
    // a participle of coercion or force right after a common noun and before a preposition
    // qualifies that noun ("soldiers killed during the war", "activists detained in March"):
    // no act of a subject
    let coercion = matches!(
        &verb.code,
        VerbCode::Event { code, .. } if matches!(code.get(..2), Some("17" | "18" | "19" | "20"))
    );
    // ... and so does a release's participle ("the poll released Monday", "an advisory
    // released at 8 p.m."): what is released there is a thing, not a prisoner
    let release = w(vpos).starts_with("RELEAS");
    // (the noun may be an actor's that a preposition governs: "a memorial to Kenyan police
    // officers killed in the raid")
    let governed_actor = |pq: usize| {
        let g = s.group_at[clause[pq]];
        g != NONE && {
            let first = s.groups[g as usize].start;
            first > 0 && is_preposition(s.w(first - 1))
        }
    };
    let reduced_relative = prev.is_some_and(|pq| {
        let pw = clause[pq];
        (coercion || release)
            && !bare
            && !w(vpos).ends_with("ING")
            && s.words[pw].kind == WK::Word
            && !s.words[pw].cap
            && (s.group_at[pw] == NONE
                || (coercion && plural_common_noun(w(pq)) && governed_actor(pq)))
            && !is_function_word(w(pq))
            && vend < range.end
            && (is_time_word(w(vend))
                || matches!(
                    w(vend),
                    "IN" | "ON"
                        | "AT"
                        | "DURING"
                        | "NEAR"
                        | "AFTER"
                        | "BEFORE"
                        | "FOR"
                        | "FROM"
                        | "OVER"
                        | "SINCE"
                        | "UNTIL"
                        | "ACROSS"
                        | "AMONG"
                        | "WITH"
                ))
    });
    // an accusation or a conviction whose charge follows the verb at once names who is accused
    // ("people accused of crimes", "convicted of fraud"), as the active verb takes the accused
    // first ("accused Uganda of aggression")
    let accused_of = (matches!(&verb.code, VerbCode::Event { code, .. } if code.starts_with("112"))
        || w(vpos).starts_with("CONVICT"))
        && !bare
        && vend < range.end
        && w(vend) == "OF";
    // force turned on oneself ("killed himself", "shot herself") is no act against an actor
    let reflexive = coercion
        && vend < range.end
        && matches!(w(vend), "HIMSELF" | "HERSELF" | "THEMSELVES" | "ITSELF");
    // a count of an actor with its participle of force closing the clause ("150 soldiers and
    // hundreds of Taliban killed."): the actor suffered the act
    let counted_victims = coercion
        && !bare
        && w(vpos).ends_with("ED")
        && vend >= range.end
        && prev.is_some_and(|pq| {
            let g = s.group_at[clause[pq]];
            g != NONE && {
                let first = s.groups[g as usize].start;
                first > 0 && s.w(first - 1) == "OF"
            }
        });
    if reduced_relative || accused_of || reflexive || counted_victims {
        return None;
    }
    if !verb.nominal && bare {
        let verbal = match prev {
            Some(pq) => is_verbal_cue(w(pq)) || s.group_at[clause[pq]] != NONE,
            // first in its clause: a verb after a conjunction or a relative pronoun
            None => cut || lo > 0 || clause[0] != 0,
        };
        if !verbal {
            return None;
        }
    }
    Some(lo..hi)
}

/// A plural common noun ("soldiers", "civilians"), not a verb form or a function word.
fn plural_common_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('S')
        && !w.ends_with("SS")
        && !w.ends_with("US")
        && !w.ends_with("IS")
        && !is_function_word(w)
}

/// A noun of an intended act, whose infinitive says what its owner means to do ("plan to
/// deport", "decision to expel", "call to ban").
fn is_plan_noun(w: &str) -> bool {
    matches!(
        w,
        "PLAN"
            | "PLANS"
            | "PROPOSAL"
            | "DECISION"
            | "BID"
            | "EFFORT"
            | "EFFORTS"
            | "ATTEMPT"
            | "MOVE"
            | "PROMISE"
            | "PLEDGE"
            | "THREAT"
            | "VOW"
            | "CALL"
            | "ORDER"
            | "REFUSAL"
            | "READINESS"
            | "OFFER"
    )
}

/// A text that says something ("resolution", "statement", "letter"): a participle after it is
/// what it says.
fn is_text_noun(w: &str) -> bool {
    matches!(
        w,
        "RESOLUTION"
            | "RESOLUTIONS"
            | "STATEMENT"
            | "STATEMENTS"
            | "LETTER"
            | "LETTERS"
            | "MOTION"
            | "BILL"
            | "PETITION"
            | "DECLARATION"
            | "COMMUNIQUE"
            | "REPORT"
            | "DRAFT"
            | "TEXT"
            | "DECREE"
            | "BANNERS"
            | "PLACARDS"
            | "SLOGANS"
    )
}

/// A verb written in a form that may also be a noun or a noun's modifier ("supply", "attacks"):
/// not a past or present participle, regular ("-ED", "-ING") or irregular ("met", "struck",
/// "fought": the forms the dictionary lists after the root).
fn is_bare(verb: &crate::lexicon::formats::Verb, word: &str) -> bool {
    !word.ends_with("ED")
        && !word.ends_with("ING")
        && (word.ends_with('S')
            || !verb
                .forms
                .iter()
                .skip(1)
                .any(|f| f.first().is_some_and(|p| &*p.text == word)))
}

/// The kind of the item covering word `w` (items never overlap).
fn item_kind(s: &Sent, w: usize) -> Item {
    s.item_at
        .get(w)
        .and_then(|&k| s.items.get(k as usize))
        .map_or(Item::None, |it| it.2)
}

/// `noun AND adjective* noun` and `adjective AND adjective` do not split clauses.
fn compound_noun_around(s: &Sent, kept: &[usize], k: usize) -> bool {
    let item = |w: usize| item_kind(s, w);
    if k == 0 || k + 1 >= kept.len() {
        return false;
    }
    let before = item(kept[k - 1]);
    let mut j = k + 1;
    while j < kept.len() && item(kept[j]) == Item::Adjective {
        j += 1;
    }
    let after = kept.get(j).map_or(Item::None, |&w| item(w));
    // dictionaries: two manner adverbs ("heavily and unjustly criticized")
    let adverbs = !s.dict.embedded && {
        let ly = |w: usize| item(w) == Item::None && s.w(w).len() > 4 && s.w(w).ends_with("LY");
        ly(kept[k - 1]) && ly(kept[k + 1])
    };
    (before == Item::Noun && after == Item::Noun)
        || (before == Item::Adjective && item(kept[k + 1]) == Item::Adjective)
        || adverbs
}

fn compose(actor: &str, agent: &str, suffix: bool) -> Box<str> {
    // an agent code already in the actor code (on 3-letter boundaries) is not added again
    let present = actor.len() >= agent.len()
        && (0..=actor.len() - agent.len())
            .step_by(3)
            .any(|i| actor.get(i..i + agent.len()) == Some(agent));
    if present {
        return actor.into();
    }
    if suffix {
        format!("{actor}{agent}").into()
    } else {
        format!("{agent}{actor}").into()
    }
}

/// The possessive actor before the agent at word `a`, across at most `window - 1` modifiers
/// ("the republic's tired and cautious minister", "the republic's second Deputy Foreign Minister").
fn possessive_before(
    s: &Sent,
    item_at: &[u32],
    items: &[(usize, usize, Item)],
    a: usize,
    window: usize,
) -> Option<usize> {
    let mut p = a;
    while p > 0 && a - p < window {
        p -= 1;
        match item_at.get(p).and_then(|&x| items.get(x as usize)) {
            Some(&(_, pb, Item::Actor(o))) => {
                return (pb == p + 1 && s.words[p].poss).then_some(o as usize);
            }
            Some(&(_, _, Item::Adjective | Item::None)) | None => {
                if s.words[p].kind == WK::Comma || is_preposition(s.w(p)) {
                    return None;
                }
            }
            Some(_) => return None,
        }
    }
    None
}

/// PETRARCH's code of an actor of unknown country.
const UNKNOWN_ACTOR: &str = "---";

/// Whether `w`, the last word of an agent match, is the last word of one of the agent's
/// phrases or its regular plural (PETRARCH's agents are nouns: `DIPLOMAT` is not matched by
/// "diplomatic").
fn agent_noun(w: &str, phrases: &[Vec<PWord>]) -> bool {
    phrases.iter().filter_map(|p| p.last()).any(|pw| {
        let t = &*pw.text;
        match w.strip_prefix(t) {
            Some(rest) => matches!(rest, "" | "S" | "ES"),
            None => t
                .strip_suffix('Y')
                .and_then(|root| w.strip_prefix(root))
                .is_some_and(|rest| rest == "IES"),
        }
    })
}

fn attach_agents(s: &mut Sent, item_at: &[u32], opts: &DictOptions) {
    let d = s.dict;
    let n = s.words.len();
    let items = s.items.clone();
    // agents before AND and another agent (PETRARCH), waiting for that agent's actor
    let mut pending: Vec<(Box<str>, bool, usize)> = Vec::new();
    for (k, &(a, b, it)) in items.iter().enumerate() {
        let Item::Agent(g) = it else { continue };
        let agent = &d.agents[g as usize];
        let former = a > 0 && s.is(a - 1, "FORMER");
        // actor right before (FORMER between them: "Arnor former officials"), right after, or
        // after OF / IN (THE)
        let mut target: Option<usize> = None;
        // PETRARCH: in a noun phrase "the republic's second Deputy Foreign Minister Aldan" the
        // agent qualifies the possessive actor, and the name after it is that phrase too
        let mut absorbed: Option<usize> = None;
        if opts.petrarch && a > 1 {
            target = possessive_before(s, item_at, &items, a, 5);
            if target.is_some() && b < n {
                if let Some(&(pa, _, Item::Actor(o))) = items.get(item_at[b] as usize) {
                    if pa == b {
                        absorbed = Some(o as usize);
                    }
                }
            }
        }
        let before_at = if former && !d.embedded { a - 1 } else { a };
        if target.is_none() && before_at > 0 {
            if let Some(&(_, pb, Item::Actor(o))) = item_at
                .get(before_at - 1)
                .and_then(|&x| items.get(x as usize))
            {
                if pb == before_at {
                    target = Some(o as usize);
                }
            }
        }
        if target.is_none() && b < n {
            if let Some(&(pa, _, Item::Actor(o))) = items.get(item_at[b] as usize) {
                if pa == b {
                    target = Some(o as usize);
                }
            }
        }
        if target.is_none() && a > 1 && !d.embedded {
            target = possessive_before(s, item_at, &items, a, 4);
        }
        // FORMER right before the agent or its actor makes the agent an elite (ELI)
        let former = former
            || (!d.embedded
                && target.is_some_and(|o| {
                    let st = s.occs[o].start;
                    st > 0 && s.is(st - 1, "FORMER")
                }));
        let code: &str = if former { "ELI" } else { &agent.code };
        let mut of_list = false;
        if target.is_none()
            && b + 1 < n
            && (s.is(b, "OF") || s.is(b, "IN") || (!d.embedded && s.is(b, "FROM")))
        {
            of_list = opts.petrarch;
            let mut p = b + 1;
            if s.is(p, "THE") {
                p += 1;
            }
            if p < n {
                if let Some(&(pa, _, Item::Actor(o))) = items.get(item_at[p] as usize) {
                    if pa == p {
                        target = Some(o as usize);
                    }
                }
            }
        }
        if target.is_none()
            && opts.petrarch
            && s.is(b, "AND")
            && matches!(items.get(k + 1), Some(&(pa, _, Item::Agent(_))) if pa == b + 1)
        {
            // PETRARCH: "lawmakers and officials in Fornost": the first agent qualifies what
            // the second does
            pending.push((code.into(), agent.suffix, k));
            s.items[k].2 = Item::None;
            continue;
        }
        match target {
            Some(o) => {
                // PETRARCH: an agent of a list of actors ("the ambassadors of Arnor, Osgiliath
                // and Gondor") qualifies each
                let mut targets = vec![o];
                let mut p = s.occs[o].end;
                if of_list {
                    loop {
                        let mut q = p;
                        let mut joined = false;
                        while q < n
                            && (s.words[q].kind == WK::Comma || s.is(q, "AND") || s.is(q, "THE"))
                        {
                            joined |= !s.is(q, "THE");
                            q += 1;
                        }
                        match items.get(item_at.get(q).copied().unwrap_or(NONE) as usize) {
                            Some(&(pa, pb, Item::Actor(o2))) if joined && pa == q => {
                                targets.push(o2 as usize);
                                p = pb;
                            }
                            _ => break,
                        }
                    }
                }
                for &t in &targets {
                    let occ = &mut s.occs[t];
                    let mut codes: Vec<Box<str>> = occ
                        .codes
                        .iter()
                        .map(|c| compose(c, code, agent.suffix))
                        .collect();
                    for (pc, suffix, _) in &pending {
                        codes.extend(occ.codes.iter().map(|c| compose(c, pc, *suffix)));
                    }
                    occ.codes = Codes::Made(codes);
                }
                pending.clear();
                if let Some(o2) = absorbed {
                    s.occs[o2].codes = s.occs[o].codes.clone();
                }
                let occ = &mut s.occs[o];
                occ.start = occ.start.min(a);
                occ.end = occ.end.max(b);
                s.items[k].2 = Item::None;
            }
            None if opts.convert_agents
                || (opts.petrarch && agent_noun(s.w(b - 1), &agent.phrases)) =>
            {
                let c: Box<str> = if opts.petrarch {
                    compose(UNKNOWN_ACTOR, code, agent.suffix)
                } else if agent.suffix {
                    format!("~{code}").into()
                } else {
                    format!("{code}~").into()
                };
                let o = s.occs.len() as u32;
                s.occs.push(Occ {
                    start: a,
                    end: b,
                    codes: Codes::Made(vec![c]),
                    actor: None,
                    base: None,
                    antecedent: None,
                    partner: None,
                });
                s.items[k].2 = Item::Actor(o);
                // the agents before AND that waited for this one are actors of their own
                // ("clerics and lawmakers": ---REL and ---LEG)
                if opts.petrarch {
                    for (pc, suffix, pk) in pending.drain(..) {
                        let (pa, pb, _) = items[pk];
                        let o = s.occs.len() as u32;
                        s.occs.push(Occ {
                            start: pa,
                            end: pb,
                            codes: Codes::Made(vec![compose(UNKNOWN_ACTOR, &pc, suffix)]),
                            actor: None,
                            base: None,
                            antecedent: None,
                            partner: None,
                        });
                        s.items[pk].2 = Item::Actor(o);
                    }
                }
            }
            None => s.items[k].2 = Item::None,
        }
    }
}

fn resolve_pronouns<'a>(s: &mut Sent<'a>, actors: Option<&'a Actors>) {
    let n = s.words.len();
    let original = s.occs.len();
    // the pronouns that may refer, with their kinds, found in one look at each word (the
    // words between them are passed at once below)
    let mut pronouns = std::mem::take(&mut s.pronouns);
    pronouns.clear();
    pronouns.extend(
        (0..n).filter_map(|i| pronoun_kind(s.w(i), s.dict.embedded).map(|k| (i as u32, k))),
    );
    if pronouns.is_empty() {
        s.occs.sort_by_key(|o| o.start);
        s.pronouns = pronouns;
        return;
    }
    // words inside an occurrence (a difference array over the occurrences found so far; the
    // occurrences added here cover only their own pronoun)
    let mut inside = std::mem::take(&mut s.depth_steps);
    inside.clear();
    inside.resize(n + 1, 0);
    for o in &s.occs {
        if o.start < o.end && o.start < n {
            inside[o.start] += 1;
            inside[o.end.min(n)] -= 1;
        }
    }
    let is_person = |s: &Sent, o: usize| {
        actors.is_some_and(|a| {
            s.occs[o]
                .actor
                .is_some_and(|x| a.actors[x].kind == ActorType::Person)
        })
    };
    // words where a person's occurrence starts (found once a sentence, when first needed)
    let mut person_starts: Option<Vec<bool>> = None;
    // occurrences by end, to add to the running minimum as the pronoun index grows
    let mut by_end = std::mem::take(&mut s.by_end);
    by_end.clear();
    by_end.extend(0..original);
    by_end.sort_by_key(|&o| s.occs[o].end);
    let mut next_end = 0;
    // the first occurrence in (start, index) order: of all, and of those ending at or before i
    let key = |s: &Sent, o: usize| (s.occs[o].start, o);
    let mut first_all: Option<usize> = (0..original).min_by_key(|&o| key(s, o));
    // the sentence's first person: "he" or "she" after it refers to it, not to a country or
    // body named ahead of that person ("U.S. presidential candidate Hillary Clinton said ...
    // and she accused ...")
    let first_person = (0..original)
        .filter(|&o| s.dict.embedded && is_person(s, o))
        .min_by_key(|&o| key(s, o));
    let mut first_ended: Option<usize> = None;
    // the occurrence the last "he" and the last "she" became
    let mut same_word: [Option<usize>; 2] = [None, None];
    // the one person of the sentence before, once looked for
    let mut prev_person: Option<Option<usize>> = None;
    let mut depth = 0i32;
    // the words before `next_word` are summed into `depth`
    let mut next_word = 0;
    for &(i, kind) in &pronouns {
        let i = i as usize;
        depth += inside[next_word..=i].iter().sum::<i32>();
        next_word = i + 1;
        while next_end < by_end.len() && s.occs[by_end[next_end]].end <= i {
            let o = by_end[next_end];
            if first_ended.is_none_or(|f| key(s, o) < key(s, f)) {
                first_ended = Some(o);
            }
            next_end += 1;
        }
        let w = s.w(i);
        if depth > 0 {
            continue;
        }
        // a "he" or "she" refers as the same word did before it in the sentence ("While she
        // says she will not vote for Mr. Lee, she applauds his plan": not Lee)
        let gendered = match w {
            "HE" => Some(0),
            "SHE" => Some(1),
            _ => None,
        };
        // news prose with the actors known: "he" and "she" stand for a person, never for a
        // country or body named before them
        let personal = gendered.is_some() && s.dict.embedded && actors.is_some();
        let reporter = reporter_before(s, i);
        let repeated = gendered
            .and_then(|g| same_word[g])
            .filter(|_| reporter.is_none());
        let refer = match kind {
            // news prose with the actors known: "her" stands for a person, never for a country
            // or body named before it
            1 if w == "HER" && s.dict.embedded && actors.is_some() => {
                first_person.filter(|&o| s.occs[o].end <= i)
            }
            1 => first_ended,
            _ => reporter
                .or(repeated)
                .or_else(|| first_person.filter(|&o| gendered.is_some() && s.occs[o].start < i)),
        };
        // "he" or "she" with no person before it in its sentence: the one person of the
        // sentence before ("Warren spoke on Monday. She endorsed Biden.")
        // (found once a sentence, when first needed)
        let earlier = match (refer, actors) {
            (None, Some(actors)) if personal => {
                let person =
                    *prev_person.get_or_insert_with(|| only_person(actors, s.prev_tokens.clone()));
                person.map(|a| Occ {
                    start: i,
                    end: i + 1,
                    codes: Codes::One(actors.actors[a].code.as_deref()),
                    actor: Some(a),
                    base: None,
                    antecedent: None,
                    partner: None,
                })
            }
            _ => None,
        };
        let refer = refer.or_else(|| {
            if kind == 1 || personal {
                None
            } else {
                first_all.filter(|&o| s.occs[o].start < i)
            }
        });
        // news prose: a singular pronoun does not refer to a plural noun ("officials said it
        // killed nine": "it" is what killed, not the officials)
        let refer = refer.filter(|&o| kind == 2 || !s.dict.embedded || !plural_noun(s, &s.occs[o]));
        // ... and "it" or a plural one not to one person ("army spokesman Omar Khalil said it
        // had shelled the port"; "neither senator was impressed by Lavrov, but they refused to
        // criticize Kerry"; but "Lavrov and Kerry thanked their hosts")
        let refer = refer.filter(|&o| {
            let b = s.occs[o].end;
            !(kind == 2 || w == "IT")
                || !s.dict.embedded
                || !is_person(s, o)
                || (b + 1 < n && s.w(b) == "AND" && {
                    let starts = person_starts.get_or_insert_with(|| {
                        let mut starts = vec![false; n + 1];
                        for (p, occ) in s.occs[..original].iter().enumerate() {
                            if is_person(s, p) {
                                starts[occ.start.min(n)] = true;
                            }
                        }
                        starts
                    });
                    starts[b + 1]
                })
        });
        let pushed = if refer.is_none() && kind != 1 && !matches!(w, "THEM") {
            s.forward.clone().map(|f| Occ {
                start: i,
                end: i + 1,
                codes: Codes::Made(vec![f]),
                actor: None,
                base: None,
                antecedent: None,
                partner: None,
            })
        } else {
            None
        };
        let pushed = pushed.or(earlier).or_else(|| {
            refer.map(|o| Occ {
                start: i,
                end: i + 1,
                codes: s.occs[o].codes.clone(),
                actor: s.occs[o].actor,
                partner: s.occs[o].partner,
                base: None,
                // the same word again refers to what that word referred to
                antecedent: if repeated == Some(o) {
                    s.occs[o].antecedent
                } else {
                    Some(s.occs[o].start)
                },
            })
        });
        if let Some(occ) = pushed {
            let o = s.occs.len();
            s.occs.push(occ);
            if let Some(g) = gendered {
                same_word[g] = Some(o);
            }
            // it ends at i + 1, before every later pronoun
            if first_all.is_none_or(|f| key(s, o) < key(s, f)) {
                first_all = Some(o);
            }
            if first_ended.is_none_or(|f| key(s, o) < key(s, f)) {
                first_ended = Some(o);
            }
        }
    }
    s.occs.sort_by_key(|o| o.start);
    s.depth_steps = inside;
    s.by_end = by_end;
    s.pronouns = pronouns;
}

/// The sentence counts a crowd ("thousands of", "dozens of"), which may protest with no actor
/// of its own (see `crowd_before`).
fn counts_crowd(s: &Sent) -> bool {
    (1..s.words.len()).any(|i| s.w(i) == "OF" && is_crowd_count(s.w(i - 1)))
}

/// A crowd counted with no actor of its own just before the verb at clause position `vpos`
/// ("thousands of people", "tens of thousands of students", "hundreds of angry farmers"): the
/// CAMEO sector of its people.
fn crowd_before(s: &Sent, clause: &[usize], vpos: usize) -> Option<&'static str> {
    let word = |q: usize| {
        let w = clause[q];
        (s.words[w].kind == WK::Word && s.group_at[w] == NONE).then(|| s.w(w))
    };
    let noun = vpos.checked_sub(1)?;
    let sector = match word(noun)? {
        "PEOPLE" | "PERSONS" | "RESIDENTS" | "YOUTHS" | "CITIZENS" => "CVL",
        "PROTESTERS" | "PROTESTORS" | "DEMONSTRATORS" | "ACTIVISTS" => "OPP",
        "FARMERS" => "AGR",
        "WORKERS" => "LAB",
        "STUDENTS" => "EDU",
        _ => return None,
    };
    // (one adjective between: "thousands of angry farmers")
    let mut of = noun.checked_sub(1)?;
    if word(of)? != "OF" {
        let adjective = word(of)?;
        if s.words[clause[of]].cap || is_function_word(adjective) {
            return None;
        }
        of = of.checked_sub(1)?;
    }
    let count = of.checked_sub(1)?;
    if word(of)? != "OF" || !is_crowd_count(word(count)?) {
        return None;
    }
    // the crowd is the subject: not inside a phrase ("among thousands of people"), but "tens
    // of thousands of people"
    let before = count.checked_sub(1).and_then(word);
    let counted =
        before == Some("OF") && count >= 2 && matches!(word(count - 2), Some("TENS" | "HUNDREDS"));
    if before.is_some_and(is_preposition) && !counted {
        return None;
    }
    Some(sector)
}

/// A crowd's country ([`RawEvent::crowd`]): the first place named in its sentence after the
/// crowd, or country it is in ("in Peru"), else the last before it, else the place of the article's dateline. A crowd with none
/// is not coded.
fn crowd_countries(
    doc: &Document,
    actors: &Actors,
    out: &mut Vec<RawEvent>,
    new: usize,
    place_at: &mut Option<Vec<(Range<usize>, usize)>>,
) {
    if !out[new..].iter().any(|e| e.crowd) {
        return;
    }
    let places = place_at.get_or_insert_with(|| places_by_token(actors));
    let country_in = |range: Range<usize>| countries_in(actors, places, range, Some(doc));
    let dateline = doc.sentence_dateline(0).and_then(|dash| {
        countries_in(actors, places, doc.sentences[0].tokens.start..dash, None)
            .into_iter()
            .next()
    });
    let mut k = new;
    while k < out.len() {
        if !out[k].crowd {
            k += 1;
            continue;
        }
        let e = &out[k];
        let mut sentence = doc.sentences[e.sentence].tokens.clone();
        if let Some(dash) = doc.sentence_dateline(e.sentence) {
            sentence.start = dash + 1;
        }
        let named = country_in(sentence);
        let country = named
            .iter()
            .find(|(t, _)| *t >= e.trigger.start)
            .or_else(|| named.last())
            .or(dateline.as_ref())
            .map(|(_, c)| c.clone());
        match country {
            Some(c) => {
                let e = &mut out[k];
                let sector = e.source_code.take().unwrap_or_default();
                e.source_code = Some(format!("{c}{sector}").into());
                e.crowd = false;
                k += 1;
            }
            None => {
                out.remove(k);
            }
        }
    }
}

/// The places and countries named at tokens `range` with a country: their first tokens and
/// country codes, in order. With `located`, a country only where something is in it ("in
/// Kenya", "across Peru"; not "the departure of Greece").
fn countries_in(
    actors: &Actors,
    places: &[(Range<usize>, usize)],
    range: Range<usize>,
    located: Option<&Document>,
) -> Vec<(usize, Box<str>)> {
    let mut found: Vec<(usize, Box<str>)> = Vec::new();
    let at = places.partition_point(|(m, _)| m.start < range.start);
    for (m, p) in places[at..].iter().take_while(|(m, _)| m.start < range.end) {
        if let Some(c) = actors.places[*p].country.as_deref() {
            found.push((m.start, c.into()));
        }
    }
    for t in range {
        if let Some(m) = actors.mention_at(t).filter(|m| m.tokens.start == t) {
            let a = &actors.actors[m.actor];
            let inside = located.is_none_or(|doc| {
                t > 0
                    && matches!(
                        doc.lower(t - 1),
                        "in" | "across" | "throughout" | "around" | "through"
                    )
            });
            if a.kind == ActorType::Country && m.kind == MentionKind::Name && inside {
                if let Some(c) = a.code.as_deref() {
                    found.push((t, c.into()));
                }
            }
        }
    }
    found.sort_by_key(|f| f.0);
    found
}

/// What an election gives: its results, its winner or a recount of its votes.
fn is_election_outcome(w: &str) -> bool {
    matches!(w, "RESULTS" | "RESULT" | "OUTCOME" | "WINNER" | "RECOUNT")
}

/// The places' mentions by first token.
fn places_by_token(actors: &Actors) -> Vec<(Range<usize>, usize)> {
    let mut v: Vec<(Range<usize>, usize)> = actors
        .places
        .iter()
        .enumerate()
        .flat_map(|(p, info)| info.mentions.iter().map(move |m| (m.clone(), p)))
        .collect();
    v.sort_by_key(|(m, _)| m.start);
    v
}

/// The country part of an actor code: its first three letters, or six for an international
/// body ("IGOEEC", "NGOAMN"), whose first three say only what kind of body it is.
fn country_of(code: &str) -> &str {
    let n = if code.starts_with("IGO") || code.starts_with("NGO") {
        6
    } else {
        3
    };
    code.get(..n).unwrap_or(code)
}

/// Two actor codes of the same party: one is the other or one of its parts ("SDNREB" and
/// "SDNREBRSF", "GEO" and "GEOCOP").
fn same_party(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// A plural noun for people of no party ("people", "protesters", "farmers"); not "men" or
/// "suspects", as often foreigners held ("arrested two men suspected of spying").
fn is_people(w: &str) -> bool {
    matches!(
        w,
        "PEOPLE"
            | "PERSONS"
            | "PROTESTERS"
            | "PROTESTORS"
            | "DEMONSTRATORS"
            | "ACTIVISTS"
            | "FARMERS"
            | "STUDENTS"
            | "WORKERS"
            | "RESIDENTS"
            | "YOUTHS"
            | "JOURNALISTS"
            | "SUPPORTERS"
    )
}

/// A noun that names an act an earlier sentence reports ("rejected the demand", "condemned the
/// crackdown"), with the CAMEO roots of the acts it can name; an empty list for a noun that can
/// name any act ("the move", "the decision").
fn act_reference(w: &str) -> Option<&'static [&'static str]> {
    Some(match w {
        "PROTEST" | "PROTESTS" | "COMPLAINT" => &["11", "14"],
        "ACCUSATION" | "ACCUSATIONS" | "ALLEGATION" | "ALLEGATIONS" | "CRITICISM" => &["11"],
        "CHARGE" | "CHARGES" => &["11", "17"],
        "DEMAND" | "DEMANDS" | "ULTIMATUM" | "REQUEST" | "APPEAL" => &["10", "02"],
        "PROPOSAL" | "OFFER" => &["03", "04", "05"],
        "CRACKDOWN" | "ARREST" | "ARRESTS" | "DETENTION" | "EXPULSION" => &["17"],
        "ATTACK" | "ATTACKS" | "STRIKE" | "STRIKES" | "AIRSTRIKE" | "AIRSTRIKES" | "SHELLING"
        | "BOMBING" | "RAID" | "RAIDS" | "ASSAULT" | "INVASION" | "OFFENSIVE" | "KILLING"
        | "KILLINGS" => &["18", "19", "20"],
        "LAUNCH" | "LAUNCHES" | "TEST" | "TESTS" => &["15", "19"],
        "SANCTIONS" | "MEASURES" => &["16", "17"],
        "VERDICT" | "SENTENCE" | "SENTENCES" | "CONVICTION" | "COUP" => &["17", "18", "19"],
        "MOVE" | "DECISION" | "STEP" | "CLAIM" | "CLAIMS" => &[],
        _ => return None,
    })
}

/// How many sentences back an act noun looks for the act it names: the sentence before for a
/// noun that can name any act, two for the others.
const ACT_REFERENCE_REACH: [usize; 2] = [1, 2];

/// News prose: the target of each event from `out[new..]` (the sentence just coded) that has
/// none, where the words after its verb tell it:
/// - a country's adjective on the object names its country ("seized a British tanker",
///   "arrested two French citizens");
/// - an act noun after "the" names an act reported just before, whose source is the target
///   ("Tehran rejected the demand", "condemned the crackdown");
/// - "between" two parties or places names both (a second event for the second);
/// - a use of force on a place is one on the place's country ("shelled the city of Kharkiv",
///   "airstrikes around Aleppo");
/// - a foreign place (or a country's adjective) the act is addressed to, with, against or at
///   is its country.
fn fill_targets(
    s: &Sent,
    doc: &Document,
    actors: &Actors,
    out: &mut Vec<RawEvent>,
    new: usize,
    place_at: &mut Option<Vec<(Range<usize>, usize)>>,
) {
    let n = s.words.len();
    // the second events of acts between two parties, and the events the sentence has coded
    // already with the target found
    let mut extra = Vec::new();
    let mut dropped = Vec::new();
    for k in new..out.len() {
        let e = &out[k];
        let Some(source) = e
            .source_code
            .as_deref()
            .filter(|_| e.target.is_none() && e.target_code.is_none())
        else {
            continue;
        };
        let own = country_of(source);
        let end = e.clause_tokens.end.min(n);
        let mut j = s
            .words
            .partition_point(|w| (w.tok as usize) < e.trigger.end);
        // the verb's particle ("shot down a Ukrainian jet")
        if j + 1 < end && matches!(s.w(j), "DOWN" | "OFF" | "OUT" | "UP") {
            j += 1;
        }
        if j >= end {
            continue;
        }
        let mut found: Option<(Option<usize>, Box<str>)> = None;
        // a determiner or a number at word `w`
        let determiner = |w: usize| {
            matches!(
                s.w(w),
                "A" | "AN" | "TWO" | "THREE" | "FOUR" | "FIVE" | "SEVERAL" | "MORE" | "SOME"
            ) || s.w(w).bytes().all(|b| b.is_ascii_digit())
        };
        // a country's adjective, one or two capitalised words from word `w` (after a determiner
        // or a number), before a plain noun: its country's code
        let adjective_at = |w: usize, end: usize| {
            let w = if w < end && (is_det(s.w(w)) || determiner(w)) {
                w + 1
            } else {
                w
            };
            (1..=2).rev().find_map(|l| {
                let noun = w + l;
                if noun >= end
                    || (w..noun).any(|k| !s.words[k].cap)
                    || s.words[noun].cap
                    || s.words[noun].kind != WK::Word
                {
                    return None;
                }
                // (one word is looked up as written: no phrase is built)
                if l == 1 {
                    return COUNTRY_ADJECTIVES.get(s.w(w));
                }
                let phrase = format!("{} {}", s.w(w), s.w(w + 1));
                COUNTRY_ADJECTIVES.get(phrase.as_str())
            })
        };
        if let Some(code) = adjective_at(j, end).filter(|c| country_of(c) != own) {
            found = Some((None, code.clone()));
        }
        // the object's determiner or number
        let definite = matches!(s.w(j), "THE" | "THIS" | "THAT" | "THESE" | "THOSE");
        if definite || determiner(j) {
            j += 1;
        }
        // an act named by "the" and its noun, not followed by whose act it is
        let roots = (definite && j < end)
            .then(|| act_reference(s.w(j)))
            .flatten()
            .filter(|_| {
                j + 1 >= n
                    || !matches!(
                        s.w(j + 1),
                        "OF" | "BY" | "FROM" | "ON" | "AGAINST" | "IN" | "AT" | "THAT"
                    )
            });
        if let (None, Some(roots)) = (&found, roots) {
            let reach = ACT_REFERENCE_REACH[usize::from(!roots.is_empty())];
            let sentence = e.sentence;
            let trigger = e.trigger.start;
            found = out[..k]
                .iter()
                .rev()
                .filter(|o| o.sentence < sentence || o.trigger.start < trigger)
                .take_while(|o| o.sentence + reach >= sentence)
                .find_map(|o| {
                    let code = o.source_code.as_deref()?;
                    (!same_party(code, source)
                        && (roots.is_empty() || roots.iter().any(|r| o.code.starts_with(r))))
                    .then(|| (o.source, code.into()))
                });
        }
        // an election's results, winner or recount are its country's ("the opposition rejected
        // the results", "congratulated the winner", "called for a recount"), where this sentence
        // or the one before speaks of an election in a country
        if found.is_none() && j < end {
            let mut h = j;
            if s.w(h) == "FOR" && h + 1 < end {
                h += 1;
                if is_det(s.w(h)) || determiner(h) {
                    h += 1;
                }
            }
            // (one adjective between: "the official results")
            if h + 1 < end && !s.words[h].cap && is_election_outcome(s.w(h + 1)) {
                h += 1;
            }
            if h < end && is_election_outcome(s.w(h)) {
                let places = place_at.get_or_insert_with(|| places_by_token(actors));
                let sentences = [Some(e.sentence), e.sentence.checked_sub(1)];
                found = sentences
                    .into_iter()
                    .flatten()
                    .map(|si| doc.sentences[si].tokens.clone())
                    .find(|r| {
                        r.clone().any(|t| {
                            matches!(
                                doc.lower(t),
                                "election" | "elections" | "poll" | "polls" | "referendum"
                            )
                        })
                    })
                    .and_then(|r| countries_in(actors, places, r, None).into_iter().next())
                    .map(|(_, c)| (None, c))
                    .filter(|(_, c)| **c != *source);
            }
        }
        // a place or a country named at sentence word `w` (with `party`, any actor named with a
        // code): its code
        let mut country_at = |w: usize, party: bool| -> Option<(Option<usize>, Box<str>)> {
            let tok = s.words.get(w)?.tok as usize;
            let places = place_at.get_or_insert_with(|| places_by_token(actors));
            let at = places.partition_point(|(m, _)| m.start < tok);
            if let Some((_, p)) = places.get(at).filter(|(m, _)| m.start == tok) {
                return actors.places[*p]
                    .country
                    .as_deref()
                    .map(|c| (None, c.into()));
            }
            let m = actors.mention_at(tok).filter(|m| m.tokens.start == tok)?;
            let a = &actors.actors[m.actor];
            ((party || a.kind == ActorType::Country) && m.kind == MentionKind::Name)
                .then(|| a.code.as_deref().map(|c| (Some(m.actor), c.into())))
                .flatten()
        };
        // "between" two parties or places: the two ("offered to mediate between Moscow and
        // Kyiv", "hosted talks between Cairo and Addis Ababa")
        let mut second = None;
        if found.is_none() {
            // (past the clause's end: "to mediate between" is a clause of its own)
            if let Some(b) = (j..n.min(j + 6))
                .take_while(|&w| s.words[w].kind == WK::Word)
                .find(|&w| s.w(w) == "BETWEEN")
            {
                let and = (b + 2..n.min(b + 6)).find(|&w| s.w(w) == "AND");
                let pair = and
                    .and_then(|and| Some((country_at(b + 1, true)?, country_at(and + 1, true)?)));
                if let Some((x, y)) = pair.filter(|(x, y)| {
                    !same_party(&x.1, &y.1)
                        && !same_party(&x.1, source)
                        && !same_party(&y.1, source)
                }) {
                    found = Some(x);
                    second = Some(y);
                }
            }
        }
        // a country named with a possessive at the object's head is whose thing the act is
        // done to ("suspended Gabon's membership", "seized Iran's tanker")
        if found.is_none() && j < end && s.words[j].cap {
            let poss = (j..end.min(j + 3))
                .take_while(|&w| s.words[w].cap && s.words[w].kind == WK::Word)
                .find(|&w| s.words[w].poss);
            if poss.is_some() {
                found = country_at(j, true).filter(|(_, c)| !same_party(c, source));
            }
        }
        // a use of force on a place: the place's country
        let force = ["18", "19", "20"].iter().any(|r| e.code.starts_with(r));
        // force used on what a party named in a relative clause sent or holds: that party
        // ("shot down drones that Russia launched", "sank boats which Iran had armed")
        if found.is_none() && force {
            found = (j + 1..end.min(j + 8))
                .take_while(|&w| s.words[w].kind == WK::Word)
                .find(|&w| {
                    matches!(s.w(w), "THAT" | "WHICH")
                        && !s.words[w - 1].cap
                        && !matches!(s.w(w - 1), "SO" | "SUCH")
                })
                .and_then(|w| country_at(w + 1, true))
                .filter(|(_, c)| !same_party(c, source));
        }
        if found.is_none() && force {
            found = (j..end.min(j + 6))
                .take_while(|&w| s.words[w].kind == WK::Word)
                .find_map(|w| country_at(w, false))
                .filter(|(_, c)| **c != *source);
        }
        // a foreign place an act is addressed to, with, against or at is its country, and so is
        // a country's adjective there ("lodged a protest with Pyongyang", "sent aid to
        // Kathmandu", "fired at a Ukrainian drone"; not "her visit to Wall Street")
        // (past the clause's end, up to a comma or another verb: "delivered tents and
        // medicine to Nepal")
        if found.is_none() {
            let verb = |w: usize| {
                s.item_at
                    .get(w)
                    .and_then(|&it| s.items.get(it as usize))
                    .is_some_and(|it| matches!(it.2, Item::Verb(_)))
            };
            found = (j..n.min(j + 6))
                .take_while(|&w| s.words[w].kind == WK::Word && !verb(w))
                .find(|&w| matches!(s.w(w), "TO" | "WITH" | "AGAINST" | "AT" | "ON"))
                .and_then(|w| {
                    country_at(w + 1, false)
                        .or_else(|| adjective_at(w + 1, n).map(|c| (None, c.clone())))
                })
                .filter(|(_, c)| country_of(c) != own);
        }
        // (not where the sentence has the same event already: "offered on Monday to mediate
        // between" codes the offer and the mediation)
        let done = |code: &str| {
            out[new..].iter().any(|o| {
                o.code == out[k].code
                    && o.source_code == out[k].source_code
                    && o.target_code.as_deref() == Some(code)
            })
        };
        let second = second.filter(|(_, c)| !done(c));
        match found {
            Some((_, code)) if done(&code) => dropped.push(k),
            Some((actor, code)) => {
                let e = &mut out[k];
                e.target = actor;
                e.target_code = Some(code);
            }
            None => {}
        }
        if let Some((actor, code)) = second {
            let mut other = out[k].clone();
            other.target = actor;
            other.target_code = Some(code);
            extra.push(other);
        }
    }
    for k in dropped.into_iter().rev() {
        out.remove(k);
    }
    out.append(&mut extra);
    // people a state's police, army, court or government arrests or disperses with no country
    // named are of its own country ("police arrested at least 12 people", "detained dozens of
    // farmers")
    for e in &mut out[new..] {
        let Some(source) = e.source_code.as_deref() else {
            continue;
        };
        let home = country_of(source);
        let state = matches!(&source[home.len()..], "COP" | "MIL" | "GOV" | "JUD" | "SPY");
        if !e.code.starts_with("17") || e.target_code.is_some() || !state || home.len() != 3 {
            continue;
        }
        let end = e.clause_tokens.end.min(n);
        let from = s
            .words
            .partition_point(|w| (w.tok as usize) < e.trigger.end);
        let people = (from..end.min(from + 6))
            .take_while(|&w| s.words[w].kind == WK::Word && !s.words[w].cap)
            .any(|w| is_people(s.w(w)));
        if people {
            e.target_code = Some(home.into());
        }
    }
    // a show of force has no target in the source's own state forces ("Japan scrambled fighter
    // jets", "would deploy American soldiers"; not "deployed into rebel-held territory")
    for e in &mut out[new..] {
        let own = |c: &str| {
            let home = country_of(c);
            e.source_code.as_deref().map(country_of) == Some(home)
                && matches!(&c[home.len()..], "" | "MIL" | "COP")
        };
        if e.code.starts_with("15") && e.target_code.as_deref().is_some_and(own) {
            e.target = None;
            e.target_code = None;
        }
    }
    // an appeal or a demand with no target of its own, joined by "and" to an act of the same
    // source on a target in the sentence, is addressed to that target ("condemned the coup in Gabon and
    // called for order to be restored", "suspended Gabon's membership and demanded the
    // president's release")
    for k in new..out.len() {
        let e = &out[k];
        if e.target_code.is_some() || !(e.code.starts_with("02") || e.code.starts_with("10")) {
            continue;
        }
        // (a verb after "and", of the same actor, not only of the same code: "chastised the
        // governor for refusing to ask for aid" is no appeal of the speaker's)
        let w = s
            .words
            .partition_point(|w| (w.tok as usize) < e.trigger.start);
        let Some(source) = e.source.filter(|_| w > 0 && s.w(w - 1) == "AND") else {
            continue;
        };
        let before = out[new..]
            .iter()
            .rev()
            .find(|o| {
                o.sentence == e.sentence
                    && o.trigger.start < e.trigger.start
                    && o.source == Some(source)
                    && o.target != Some(source)
            })
            .and_then(|o| Some((o.target, o.target_code.clone()?)));
        if let Some((actor, code)) = before {
            out[k].target = actor;
            out[k].target_code = Some(code);
        }
    }
}

/// "Both sides", "both countries", "the two leaders" at sentence word `i`, with no item on its
/// words: its word range.
fn two_parties_at(s: &Sent, item_at: &[u32], i: usize) -> Option<(usize, usize)> {
    let start = match s.w(i) {
        "BOTH" => i,
        "TWO" if i > 0 && s.w(i - 1) == "THE" => i - 1,
        _ => return None,
    };
    let party = i + 1 < s.words.len()
        && matches!(
            s.w(i + 1),
            "SIDES"
                | "PARTIES"
                | "COUNTRIES"
                | "NATIONS"
                | "GOVERNMENTS"
                | "LEADERS"
                | "PRESIDENTS"
                | "MINISTERS"
                | "DELEGATIONS"
                | "NEIGHBOURS"
                | "NEIGHBORS"
                | "RIVALS"
        );
    (party && item_at[start..i + 2].iter().all(|&k| k == NONE)).then_some((start, i + 2))
}

/// The actor of each mention among the tokens `range`, in order.
fn mentioned_in(actors: &Actors, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let mut t = range.start;
    std::iter::from_fn(move || {
        while t < range.end {
            match actors.mention_at(t) {
                Some(m) => {
                    t = m.tokens.end.max(t + 1);
                    return Some(m.actor);
                }
                None => t += 1,
            }
        }
        None
    })
}

/// How many sentences back "both sides" looks for the last act between two parties.
const PARTIES_REACH: usize = 3;

/// The two parties "both countries" in sentence `si` stands for where the sentence's subject
/// (actor codes `subject`) dealt with two others in the sentences just before ("China sent
/// rescuers to Nepal. India delivered tents to Nepal. Nepal thanked both countries"): the last
/// two parties that acted on it or that it acted on, in the order of their events.
fn counterparts_of(
    actors: &Actors,
    out: &[RawEvent],
    si: usize,
    subject: &[&str],
) -> Option<(usize, usize)> {
    if subject.is_empty() {
        return None;
    }
    let code = |x: usize| actors.actors[x].code.as_deref();
    let mine = |x: usize| code(x).is_some_and(|c| subject.iter().any(|s| same_party(s, c)));
    let mut found: Vec<(usize, &str)> = Vec::with_capacity(2);
    for e in out
        .iter()
        .rev()
        .take_while(|e| e.sentence + PARTIES_REACH >= si)
    {
        let Some((a, b)) = e.source.zip(e.target) else {
            continue;
        };
        let other = match (mine(a), mine(b)) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        let Some(c) = code(other) else { continue };
        if !found.iter().any(|&(_, f)| same_party(f, c)) {
            found.push((other, c));
        }
        if let [(second, _), (first, _)] = found[..] {
            return Some((first, second));
        }
    }
    None
}

/// The two parties "both sides" in sentence `si` stands for: the source and target of the last
/// event between two different parties coded in the sentences just before, else two
/// coded actors the sentence before names together ("NAME and NAME signed ..."); not two
/// actors an act of the sentence before merely names (police who arrest, a country spied for).
fn parties_before(
    doc: &Document,
    actors: &Actors,
    out: &[RawEvent],
    si: usize,
    prev: Range<usize>,
) -> Option<(usize, usize)> {
    let coded = |a: usize| actors.actors[a].code.as_deref();
    let last_act = out
        .iter()
        .rev()
        .take_while(|e| e.sentence + PARTIES_REACH >= si)
        .find_map(|e| {
            let (a, b) = e.source.zip(e.target)?;
            let (ca, cb) = coded(a).zip(coded(b))?;
            (!same_party(ca, cb)).then_some((a, b))
        });
    last_act.or_else(|| {
        let (a, b) = two_parties(actors, prev.clone())?;
        // named together: nothing but "and", "the" or a comma between their mentions
        let from = actors
            .mentions
            .partition_point(|m| m.tokens.start < prev.start);
        let first = from
            + actors.mentions[from..]
                .iter()
                .take_while(|m| m.tokens.start < prev.end)
                .position(|m| m.actor == a || m.actor == b)?;
        let m = &actors.mentions[first];
        let other = if m.actor == a { b } else { a };
        let next = actors.mentions[first + 1..]
            .iter()
            .take_while(|n| n.tokens.start < prev.end)
            .find(|n| n.tokens.start >= m.tokens.end)?;
        (next.actor == other
            && (m.tokens.end..next.tokens.start)
                .all(|t| doc.is(t, "and") || doc.is(t, "the") || doc.is_punct(t, ',')))
        .then_some((a, b))
    })
}

/// The two actors with a code that the tokens `range` mention, where they mention exactly two.
fn two_parties(actors: &Actors, range: Range<usize>) -> Option<(usize, usize)> {
    let mut found: Vec<usize> = Vec::with_capacity(2);
    for a in mentioned_in(actors, range).filter(|&a| actors.actors[a].code.is_some()) {
        if !found.contains(&a) {
            if found.len() == 2 {
                return None;
            }
            found.push(a);
        }
    }
    match found[..] {
        [a, b] => Some((a, b)),
        _ => None,
    }
}

/// The one person the actors pass found among the tokens `range` (a sentence), if exactly one.
fn only_person(actors: &Actors, range: Range<usize>) -> Option<usize> {
    let mut person = None;
    for a in mentioned_in(actors, range).filter(|&a| actors.actors[a].kind == ActorType::Person) {
        if person.is_some_and(|p| p != a) {
            return None;
        }
        person = Some(a);
    }
    person
}

/// News prose: the subject of a verb of saying right before a subject pronoun, where it is
/// written next to that verb ("Y said he", "accused Y of saying he"): the pronoun opens the
/// clause the verb reports and refers to who reports it, not to the sentence's first actor.
fn reporter_before(s: &Sent, i: usize) -> Option<usize> {
    if !s.dict.embedded || i == 0 {
        return None;
    }
    let mut j = i - 1;
    if s.w(j) == "THAT" && j > 0 {
        j -= 1;
    }
    let w = s.w(j);
    let mut end = if w == "SAYING" && j > 1 && s.w(j - 1) == "OF" {
        j - 1
    } else if is_reporting_verb(w) {
        j
    } else {
        return None;
    };
    // ... and over its auxiliaries and modals ("Lee has since said he", "she would tell him")
    while end > 0 && is_auxiliary(s.w(end - 1)) {
        end -= 1;
    }
    (0..s.occs.len())
        .filter(|&o| s.occs[o].end == end && s.occs[o].start < end)
        .min_by_key(|&o| s.occs[o].start)
}

/// An occurrence ending in a plural common noun ("officials", "protesters", "police").
fn plural_noun(s: &Sent, o: &Occ) -> bool {
    let Some(last) = o.end.checked_sub(1).filter(|&l| l >= o.start) else {
        return false;
    };
    let w = s.w(last);
    !s.words[last].cap
        && (matches!(w, "POLICE" | "PEOPLE")
            || (w.ends_with('S') && !w.ends_with("SS") && !w.ends_with("US")))
}

/// The kind of pronoun `w` is, where it may refer: 0 for "he", "she" and "it" (and TABARI's
/// object pronoun "him", which refers as "he" does), 1 for the possessives "its", "his" and
/// "her", 2 for "they", "them" and "their".
fn pronoun_kind(w: &str, embedded: bool) -> Option<u8> {
    // most words are longer, shorter or open with another letter
    if !(2..=5).contains(&w.len()) || !matches!(w.as_bytes()[0], b'H' | b'S' | b'I' | b'T') {
        return None;
    }
    match w {
        "HE" | "SHE" | "IT" => Some(0),
        "HIM" if !embedded => Some(0),
        "ITS" | "HIS" | "HER" => Some(1),
        "THEY" | "THEM" | "THEIR" => Some(2),
        _ => None,
    }
}

/// Adds the group of the one occurrence `o`.
fn push_group(s: &mut Sent, o: usize, n: usize) {
    let (start, end) = (s.occs[o].start, s.occs[o].end);
    let g = s.groups.len() as u32;
    for slot in &mut s.group_at[start..end.min(n)] {
        *slot = g;
    }
    s.groups.push(Group {
        start,
        occs: vec![o],
    });
}

fn build_groups(s: &mut Sent, petrarch: bool) {
    let n = s.words.len();
    let mut k = 0;
    while k < s.occs.len() {
        let occs = &s.occs;
        let mut members = vec![k];
        let mut has_and = false;
        let mut last_and = 0;
        // TABARI: the noun phrase after the AND may hold several actors ("X and Y's Z", "X and
        // the evil Y awful Z"), each a member of the compound
        let mut in_last_np = false;
        let mut j = k;
        while j + 1 < occs.len() {
            let (from, to) = (occs[j].end, occs[j + 1].start);
            if to < from {
                break;
            }
            let np_tail = in_last_np && !petrarch && !s.dict.embedded;
            let mut commas = 0;
            let mut and = false;
            let mut ok = to > from || (np_tail && s.words[from - 1].poss);
            for w in from..to {
                let t = s.w(w);
                if s.words[w].kind == WK::Comma {
                    commas += 1;
                } else if t == "AND" || (t == "NOR" && !s.dict.embedded) {
                    // TABARI: "neither X nor Y" is a compound as "X and Y" is
                    and = true;
                } else if !s.dict.embedded && commas == 0 && !and && !np_tail {
                    // TABARI: modifiers come before each actor of a compound, not after
                    // ("the republic's tired and cautious minister" is no compound)
                    ok = false;
                } else {
                    let covered =
                        |pred: &dyn Fn(Item) -> bool| s.item_at[w] != NONE && pred(item_kind(s, w));
                    let adjective = covered(&|i| i == Item::Adjective);
                    // news prose: a short title between AND and a name ("and incumbent dictator Assad")
                    // (a preposition, "but", "or" or a subordinator there opens another
                    // phrase or clause: "in Yemen, but Saudi Arabia and the United States said")
                    let title = s.dict.embedded
                        && to - w <= 2
                        && !is_preposition(t)
                        && !is_subordinator(t)
                        && !matches!(t, "YET" | "THEN" | "SO")
                        && !covered(&|i| matches!(i, Item::Verb(_)));
                    // dictionaries: modifiers the dictionary does not list ("and the evil awful
                    // Gondor"), never a verb, a noun, a preposition or a capitalised word
                    let modifier = !s.dict.embedded
                        && to - w <= 2
                        && !s.words[w].cap
                        && !is_preposition(t)
                        && !covered(&|i| !matches!(i, Item::None | Item::Adjective));
                    // within the noun phrase after the AND, only listed adjectives and
                    // determiners stand between two of its actors
                    ok = is_det(t) || adjective || ((title || modifier) && !np_tail);
                }
                if !ok {
                    break;
                }
            }
            // PETRARCH (a parsed noun phrase "<np>, <np>, ... and <np>"): the AND joins the
            // last actor of a compound
            let after_last = petrarch && has_and;
            let continues = np_tail && commas == 0 && !and;
            if !ok || commas > 1 || (commas == 0 && !and && !continues) || after_last {
                break;
            }
            members.push(j + 1);
            if and {
                has_and = true;
            }
            if and || continues {
                last_and = members.len();
            }
            in_last_np = and || continues;
            j += 1;
        }
        if !has_and {
            // no AND joined them: the scan from each later occurrence up to `j` would meet the
            // same gaps in the same state (nothing carried without an AND) and stop at the same
            // one, so each is a group of its own (found once: a long list stays linear)
            for m in k..=j {
                push_group(s, m, n);
            }
            k = j + 1;
            continue;
        }
        members.truncate(last_and);
        let start = occs[members[0]].start;
        let end = occs[*members.last().unwrap_or(&k)].end;
        k += members.len();
        let g = s.groups.len() as u32;
        for slot in &mut s.group_at[start..end.min(n)] {
            *slot = g;
        }
        s.groups.push(Group {
            start,
            occs: members,
        });
    }
}

fn remove_comma_clauses(s: &mut Sent, doc: &Document, opts: &DictOptions) {
    let l = opts.comma;
    let mut commas = std::mem::take(&mut s.commas);
    commas.clear();
    commas.extend(
        (0..s.words.len()).filter(|&i| s.words[i].kind == WK::Comma && s.group_at[i] == NONE),
    );
    if commas.is_empty() {
        s.commas = commas;
        return;
    }
    let n = s.words.len();
    let count = |a: usize, b: usize| (a..b).filter(|&i| s.words[i].kind == WK::Word).count();
    // (start, end, min, max)
    let mut segments = std::mem::take(&mut s.segments);
    segments.clear();
    let mut keep = std::mem::take(&mut s.keep);
    keep.clear();
    segments.push((0, commas[0], l.bmin, l.bmax));
    for w in commas.windows(2) {
        segments.push((w[0], w[1], l.min, l.max));
    }
    if let Some(&last) = commas.last() {
        segments.push((last, n, l.emin, l.emax));
    }
    // news prose: a clause after a comma that opens with a participle of a dictionary verb
    // ("..., accusing Washington of double standards") says what the subject did, and one that
    // opens with a conjunction and has its own subject before its verb ("..., and Russia
    // bombed Aleppo") is a clause of its own: both are kept
    // the sentence opens with a phrase before its first comma ("In 2016, ...", "After the
    // talks, ..."), with no verb of its own
    let fronted = matches!(s.w(0), "IN" | "ON" | "AT" | "AFTER" | "BEFORE" | "DURING")
        && !(0..commas[0]).any(|w| matches!(item_kind(s, w), Item::Verb(_)));
    let is_verb = |w: usize| matches!(item_kind(s, w), Item::Verb(_));
    // the words of the sentence that begin a dictionary verb, counted when a part first has
    // one (each such part compares its own count with it: a sentence of many commas stays
    // linear)
    let mut verb_words: Option<usize> = None;
    keep.extend(segments.iter().map(|&(a, b, ..)| {
        if !s.dict.embedded || s.words[a].kind != WK::Comma || a + 1 >= b {
            return false;
        }
        let participle =
            s.w(a + 1).ends_with("ING") && matches!(item_kind(s, a + 1), Item::Verb(_));
        let conjunction = matches!(
            s.w(a + 1),
            "AND" | "BUT" | "WHILE" | "WHEREAS" | "AS" | "AFTER" | "BEFORE" | "WHEN" | "YET"
        );
        let own_subject = |from: usize| {
            let verb = (from..b).find(|&w| matches!(item_kind(s, w), Item::Verb(_)));
            verb.is_some_and(|v| (from..v).any(|w| s.group_at[w] != NONE))
        };
        // the sentence's last part opening with a subject that has a verb of its own is its
        // main clause, after a fronted phrase ("After the talks in Kampala, Ruto met
        // Museveni")
        // (not a quotation: "..., said: 'We ...'")
        let quoted = (s.words[a].tok..s.words[a + 1].tok)
            .any(|t| matches!(doc.tokens[t as usize].kind, Kind::Quote(_)));
        let mut subject = a + 1;
        while subject + 1 < b && s.group_at[subject] == NONE && is_honorific(s.w(subject)) {
            subject += 1;
        }
        // ... and so is a part opening with a subject right after a fronted phrase ("In the
        // 2016 election, Sanders stayed in the race until June, and ...")
        let main_clause = s.group_at[subject] != NONE
            && !quoted
            && ((b == n && own_subject(a + 1)) || (a == commas[0] && fronted));
        // the only part of the sentence with a dictionary verb is no aside ("On Friday,
        // France criticized Germany.")
        let only_verbs = (a..b).any(is_verb) && {
            let part = (a..b).filter(|&w| is_verb(w)).count();
            part == *verb_words.get_or_insert_with(|| (0..n).filter(|&w| is_verb(w)).count())
        };
        participle || (conjunction && own_subject(a + 2)) || only_verbs || main_clause
    }));
    let last = segments.len() - 1;
    for (k, (&(a, b, min, max), &keep)) in segments.iter().zip(&keep).enumerate() {
        let c = count(a, b);
        if c > min && c <= max && !keep {
            for slot in &mut s.deleted[a..b] {
                *slot = true;
            }
        } else if opts.petrarch && k == last {
            // PETRARCH: a closing clause that is kept and has its own subject and verb ("...,
            // the official news agency said on Thursday") is a clause of its own
            let verb = (a..b).find(|&w| matches!(item_kind(s, w), Item::Verb(_)));
            if verb.is_some_and(|v| (a..v).any(|w| s.group_at[w] != NONE)) {
                s.own_clause = Some(a);
            }
        }
    }
    for &c in &commas {
        s.deleted[c] = true;
    }
    s.commas = commas;
    s.segments = segments;
    s.keep = keep;
}

enum VerbResult {
    Events(Vec<RawEvent>),
    Nothing,
    Discard,
    Complex,
}

#[derive(Default, Clone, Copy)]
struct Designated {
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
    /// Actors skipped by `^` (the first two), which the default searches pass over.
    skipped: [Option<usize>; 2],
}

impl Designated {
    fn skip(&mut self, g: usize) {
        if let Some(slot) = self.skipped.iter_mut().find(|x| x.is_none()) {
            *slot = Some(g);
        }
    }

    /// Takes the designations of a nested match where this has none.
    fn merge(&mut self, inner: Designated) {
        self.source = self.source.or(inner.source);
        self.target = self.target.or(inner.target);
        self.compound = self.compound.or(inner.compound);
    }
}

/// Matches `elems` starting at clause position `pos`; returns the position after the match.
fn match_elems(
    s: &Sent,
    clause: &[usize],
    elems: &[Elem],
    mut pos: usize,
    limit: usize,
    mut adjacent: bool,
    des: &mut Designated,
) -> Option<usize> {
    for e in elems {
        // news prose: an honorific or title before a name is no word between the verb and
        // its actor ("backed Sen. Marco Rubio", "backing Mr. Trump")
        if adjacent
            && s.dict.embedded
            && matches!(
                e,
                Elem::Source { .. } | Elem::Target { .. } | Elem::Compound { .. }
            )
        {
            while pos < limit && s.group_at[clause[pos]] == NONE && is_honorific(s.w(clause[pos])) {
                pos += 1;
            }
        }
        // the actors a matched synset phrase designates ("PESO_$")
        let mut inner = Designated::default();
        let found = (pos..limit).find_map(|q| {
            if adjacent && q != pos {
                return None;
            }
            let w = clause[q];
            if s.words[w].kind == WK::Comma && !matches!(e, Elem::Word(_)) {
                return None;
            }
            match e {
                Elem::Verb { .. } => Some(Some((q, q))),
                Elem::Word(p) => {
                    let matches = if s.petrarch_words {
                        // PETRARCH does not stem ("IN" is not "INTO"), nor give a pattern's
                        // words their regular forms ("RESOLUTION" is not "resolutions")
                        *p.text == *s.w(w)
                    } else if s.tabari_patterns {
                        !s.words[w].poss
                            && if p.stem {
                                s.w(w).starts_with(&*p.text)
                            } else {
                                s.w(w) == &*p.text
                            }
                    } else {
                        word_matches(p, s.w(w))
                    };
                    if s.words[w].kind == WK::Word && matches {
                        Some(Some((q + 1, q)))
                    } else {
                        None
                    }
                }
                Elem::Synset { set, .. } => {
                    let phrases = &s.dict.synsets[*set as usize];
                    phrases.iter().find_map(|ph| {
                        let mut dd = Designated::default();
                        let end = match_elems(s, clause, ph, q, limit, true, &mut dd)?;
                        inner = dd;
                        Some(Some((end, q)))
                    })
                }
                Elem::Source { .. }
                | Elem::Target { .. }
                | Elem::Compound { .. }
                | Elem::Skip { .. } => {
                    let g = s.group_at[w];
                    if g == NONE || (q > 0 && s.group_at[clause[q - 1]] == g) {
                        return None;
                    }
                    let grp = &s.groups[g as usize];
                    if matches!(e, Elem::Compound { .. }) && grp.occs.len() < 2 {
                        return None;
                    }
                    let mut end = q;
                    while end < limit && s.group_at[clause[end]] == g {
                        end += 1;
                    }
                    Some(Some((end, g as usize)))
                }
            }
        });
        let (end, at) = found.flatten()?;
        match e {
            Elem::Source { .. } => des.source = Some(at),
            Elem::Target { .. } => des.target = Some(at),
            Elem::Compound { .. } => des.compound = Some(at),
            Elem::Skip { .. } => des.skip(at),
            _ => des.merge(inner),
        }
        pos = end;
        adjacent = e.adjacent();
    }
    Some(pos)
}

/// A title written before a person's name ("Mr.", "Sen.", "President").
fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "MR" | "MRS"
            | "MS"
            | "DR"
            | "SEN"
            | "REP"
            | "GOV"
            | "GEN"
            | "LT"
            | "COL"
            | "SENATOR"
            | "GOVERNOR"
            | "PRESIDENT"
            | "MAYOR"
            | "GENERAL"
    )
}

/// Matches the elements before a verb back from it (TABARI): each element is the nearest match
/// ending before the one after it ("$ HOSTING ^ *": the actor nearest before HOSTING), and ends
/// right there when its connector is `_`. `upto` is the clause position of the verb.
fn match_back(
    s: &Sent,
    clause: &[usize],
    elems: &[Elem],
    upto: usize,
    des: &mut Designated,
) -> Option<()> {
    let mut cur = upto;
    for e in elems.iter().rev() {
        let adjacent = e.adjacent();
        // the actors a matched synset phrase designates
        let inner = std::cell::Cell::new(Designated::default());
        // the match of `e` ending at `end` (exclusive): its start
        let at = |end: usize| -> Option<(usize, usize)> {
            let q = end.checked_sub(1)?;
            let w = clause[q];
            if s.words[w].kind == WK::Comma && !matches!(e, Elem::Word(_)) {
                return None;
            }
            match e {
                Elem::Verb { .. } => None,
                Elem::Word(p) => {
                    let text = s.w(w);
                    let ok = s.words[w].kind == WK::Word
                        && !s.words[w].poss
                        && if p.stem {
                            text.starts_with(&*p.text)
                        } else {
                            text == &*p.text
                        };
                    ok.then_some((q, q))
                }
                Elem::Synset { set, .. } => {
                    let phrases = &s.dict.synsets[*set as usize];
                    // a phrase of the set that ends at `end`, from the nearest start
                    (0..end).rev().take(MAX_SYNSET_WORDS).find_map(|start| {
                        phrases.iter().find_map(|ph| {
                            let mut dd = Designated::default();
                            if match_elems(s, clause, ph, start, end, true, &mut dd) != Some(end) {
                                return None;
                            }
                            inner.set(dd);
                            Some((start, start))
                        })
                    })
                }
                Elem::Source { .. }
                | Elem::Target { .. }
                | Elem::Compound { .. }
                | Elem::Skip { .. } => {
                    let g = s.group_at[w];
                    if g == NONE || (end < clause.len() && s.group_at[clause[end]] == g) {
                        return None;
                    }
                    if matches!(e, Elem::Compound { .. }) && s.groups[g as usize].occs.len() < 2 {
                        return None;
                    }
                    let mut start = q;
                    while start > 0 && s.group_at[clause[start - 1]] == g {
                        start -= 1;
                    }
                    Some((start, g as usize))
                }
            }
        };
        let found = if adjacent {
            at(cur)
        } else {
            (1..=cur).rev().find_map(at)
        };
        let (start, g) = found?;
        match e {
            Elem::Source { .. } => des.source = Some(g),
            Elem::Target { .. } => des.target = Some(g),
            Elem::Compound { .. } => des.compound = Some(g),
            Elem::Skip { .. } => des.skip(g),
            _ => des.merge(inner.get()),
        }
        cur = start;
    }
    Some(())
}

/// The longest synset phrase looked for, in words.
const MAX_SYNSET_WORDS: usize = 8;

fn match_pattern(
    s: &Sent,
    clause: &[usize],
    vpos: usize,
    vend: usize,
    before: &[Elem],
    after: &[Elem],
) -> Option<Designated> {
    let mut des = Designated::default();
    if s.tabari_patterns {
        match_back(s, clause, before, vpos, &mut des)?;
    } else {
        let end = match_elems(s, clause, before, 0, vpos, false, &mut des)?;
        if before.last().is_some_and(Elem::adjacent) && end != vpos {
            return None;
        }
    }
    let (adj, after) = match after.first() {
        Some(Elem::Verb { adjacent: true }) => (true, &after[1..]),
        _ => (false, after),
    };
    match_elems(s, clause, after, vend, clause.len(), adj, &mut des)?;
    Some(des)
}

/// The actor of an occurrence's `k`-th code (the partner's for the second of two parties).
fn occ_actor(occ: &Occ, k: usize) -> Option<usize> {
    match occ.partner {
        Some(p) if k == 1 => Some(p),
        _ => occ.actor,
    }
}

fn group_codes(s: &Sent, g: usize) -> Vec<(Box<str>, Option<usize>)> {
    let mut out: Vec<(Box<str>, Option<usize>)> = Vec::new();
    for &o in &s.groups[g].occs {
        let occ = &s.occs[o];
        for (k, c) in occ.codes.iter().enumerate() {
            if !out.iter().any(|x| *x.0 == *c) {
                out.push((c.into(), occ_actor(occ, k)));
            }
        }
        if occ.codes.is_empty() {
            out.push(("".into(), occ.actor));
        }
    }
    out
}

/// Words a verb's patterns, source and target may be found away from the verb, each side.
/// News clauses are far shorter; the bound keeps adversarial clauses (a million names in one
/// sentence) linear.
const MAX_REACH: usize = 120;

/// Groups seen in one scan of a clause (a stamp per group, so that clearing is free).
struct Seen {
    stamp: Vec<u32>,
    now: u32,
    /// The window the next verb is coded in: its clause and its range of the clause's words.
    window: (usize, usize, usize),
    /// The window's words by their first bytes, once a verb with patterns asks: the verbs of a
    /// clause share their window, unless the clause is longer than their reach.
    window_words: Option<Prefixes>,
}

impl Seen {
    fn new(groups: usize) -> Seen {
        Seen {
            stamp: vec![0; groups],
            now: 0,
            window: (usize::MAX, 0, 0),
            window_words: None,
        }
    }

    /// The next verb is coded in clause `ci`'s words `range`.
    fn set_window(&mut self, ci: usize, range: Range<usize>) {
        let window = (ci, range.start, range.end);
        if self.window != window {
            self.window = window;
            self.window_words = None;
        }
    }

    /// The first bytes of the words of `window`, the words [`set_window`](Self::set_window) named.
    fn window_words(&mut self, s: &Sent, window: &[usize]) -> Prefixes {
        *self.window_words.get_or_insert_with(|| {
            let mut words = Prefixes::default();
            for &w in window {
                words.add_word(s.w(w));
            }
            words
        })
    }

    /// The distinct groups of `clause[range]`, in order of first occurrence.
    fn groups_in(&mut self, s: &Sent, clause: &[usize], range: Range<usize>) -> Vec<usize> {
        self.now = self.now.wrapping_add(1);
        if self.now == 0 {
            self.stamp.fill(0);
            self.now = 1;
        }
        let mut gs = Vec::new();
        for &w in &clause[range] {
            let g = s.group_at[w];
            if let Some(st) = self.stamp.get_mut(g as usize) {
                if *st != self.now {
                    *st = self.now;
                    gs.push(g as usize);
                }
            }
        }
        gs
    }
}

/// The first code of a group's first actor ("" when it has none), what tells two groups apart.
fn group_first<'s>(s: &'s Sent, g: usize) -> &'s str {
    s.groups[g]
        .occs
        .first()
        .and_then(|&o| s.occs[o].codes.first())
        .unwrap_or("")
}

#[allow(clippy::too_many_arguments)]
fn code_verb(
    s: &Sent,
    c: &Coding,
    clause: &[usize],
    vpos: usize,
    vend: usize,
    v: u32,
    fresh: bool,
    denied: bool,
    source: &mut Option<usize>,
    seen: &mut Seen,
) -> VerbResult {
    let d = c.dict;
    let opts = c.options;
    let verb = &d.verbs[v as usize];
    let mut chosen: Option<(&VerbCode, Designated)> = None;
    let words = if verb.patterns.is_empty() {
        Prefixes::default()
    } else {
        seen.window_words(s, clause)
    };
    for p in &verb.patterns {
        // PETRARCH does not implement a complexity code in a pattern: the pattern is passed over
        if !words.covers(&p.needs) || (opts.petrarch && p.code == VerbCode::Complex) {
            continue;
        }
        if let Some(des) = match_pattern(s, clause, vpos, vend, &p.before, &p.after) {
            chosen = Some((&p.code, des));
            break;
        }
    }
    let by_pattern = chosen.is_some();
    let (code, des) = chosen.unwrap_or((&verb.code, Designated::default()));
    let (mut code, mut paired, subordinate, dominant) = match code {
        VerbCode::Null => return VerbResult::Nothing,
        VerbCode::Discard => return VerbResult::Discard,
        VerbCode::Complex => return VerbResult::Complex,
        VerbCode::Event {
            code,
            paired,
            subordinate,
            dominant,
        } => (code.clone(), paired.clone(), *subordinate, *dominant),
    };
    let mut negated = false;
    if d.embedded {
        // negation and intent cues in the few words before the verb
        let mut back: Vec<&str> = Vec::with_capacity(5);
        let mut next_word = "";
        let mut q = vpos;
        while q > 0 && back.len() < 5 {
            q -= 1;
            let w = clause[q];
            if s.words[w].kind == WK::Comma || s.group_at[w] != NONE {
                break;
            }
            // a time phrase does not separate a negation from its verb ("failed on Tuesday to
            // agree", "did not yet sign")
            let time = is_time_word(s.w(w))
                || matches!(s.w(w), "AGAIN" | "YET" | "STILL" | "ALSO")
                || (s.w(w) == "ON" && next_word.ends_with("DAY"));
            next_word = s.w(w);
            if !time {
                back.push(s.w(w));
            }
        }
        back.reverse();
        // news prose: an act that is the purpose of another ("troops arrived to protect
        // civilians", "met at the summit to sign a treaty") was not done; a gathering's talks
        // are the gathering itself ("gathered in Lima on Monday to discuss")
        if purpose_infinitive(s, clause[vpos]) && !code.starts_with("04") {
            return VerbResult::Nothing;
        }
        let scheduled = back
            .windows(2)
            .any(|win| super::SCHEDULES.iter().any(|cue| win == cue));
        let possible = back.last().is_some_and(|w| super::is_possibility(w));
        let negation = super::NEGATIONS
            .iter()
            .find(|cue| back.windows(cue.len()).any(|win| win == **cue));
        // a participle after a text says what the text says: the cues before the text are its
        // verb's ("failed to adopt a resolution demanding a ceasefire": no demand; but "passed a
        // resolution calling on Turkey to ...")
        let text_participle = s.w(clause[vpos]).ends_with("ING")
            && vpos >= 1
            && s.group_at[clause[vpos - 1]] == NONE
            && is_text_noun(s.w(clause[vpos - 1]));
        if text_participle
            && (negation.is_some()
                || possible
                || scheduled
                || back.iter().any(|w| super::is_intent(w)))
        {
            return VerbResult::Nothing;
        }
        // a denial says the act did not happen; it refuses nothing
        if denied {
            negated = true;
        } else if let Some(cue) = negation {
            // not meeting is no rejection of a meeting unless refused ("refused to meet" is
            // 125, "had not met" is a negated meeting)
            let refused = cue
                .first()
                .is_some_and(|w| w.starts_with("REFUS") || w.starts_with("DECLIN"));
            // declining to comment is one event, the refusing verb's own (011)
            if refused && code.starts_with("01") {
                return VerbResult::Nothing;
            }
            match super::refusal_code(&code).filter(|_| refused || !code.starts_with("04")) {
                Some(r) => {
                    code = r.into();
                    paired = None;
                }
                None => negated = true,
            }
        } else if possible {
            return VerbResult::Nothing;
        } else if let Some(i) = super::intent_code(&code)
            .filter(|_| scheduled || back.iter().any(|w| super::is_intent(w)))
        {
            code = i.into();
            if paired.is_some() {
                paired = Some(i.into());
            }
        } else if let Some(t) = super::threat_code(&code).filter(|_| {
            scheduled
                || back
                    .iter()
                    .any(|w| super::COMMITMENTS.contains(w) || super::DESIRES.contains(w))
        }) {
            code = t.into();
            paired = None;
        }
    }
    let mut before = seen.groups_in(s, clause, 0..vpos);
    let mut after = seen.groups_in(s, clause, vend..clause.len());
    // news prose: a target designated by a possessive pronoun is the actor its noun phrase
    // names ("met with his Chinese counterpart Wang Yi"), where it names one; so is one
    // designated by an owner's name, across titles written with capitals only (where capitals
    // mark nouns), where the actor named has a code ("met China's Xi Jinping", not "Biden's plan would strip Medicare"); a
    // designated target only after "her", which may be the object ("asking her why ...")
    let possessed_actor = |g: usize, designated: bool| -> Option<usize> {
        if !d.embedded || s.groups[g].occs.len() != 1 {
            return None;
        }
        let start = s.groups[g].start;
        let end = s.occs[s.groups[g].occs[0]].end;
        let pronoun = matches!(s.w(start), "HIS" | "HER" | "ITS" | "THEIR");
        let from = if pronoun && designated {
            start + 1
        } else if !pronoun && end > 0 && s.words[end - 1].poss {
            end
        } else {
            return None;
        };
        (from..(from + 4).min(s.words.len()))
            .take_while(|&q| {
                s.words[q].kind == WK::Word
                    && !is_preposition(s.w(q))
                    && (pronoun || s.words[q].cap || !s.cased)
            })
            .find_map(|q| Some(s.group_at[q] as usize).filter(|&h| h != g && h != NONE as usize))
            .filter(|&h| pronoun || group_codes(s, h).iter().any(|c| !c.0.is_empty()))
    };
    if des.skipped[0].is_some() {
        before.retain(|&g| !des.skipped.contains(&Some(g)));
        after.retain(|&g| !des.skipped.contains(&Some(g)));
    }
    // news prose: a country after a preposition of place is where the act happened, not its
    // target ("held talks in Qatar"), save after verbs that take their object with "in"
    // ("intervened in Syria", "invested in Kenya", "arrived in Japan"); "at" most often aims
    // ("fired at Israel"); so is one owning a place noun ("talks in Bamako, Mali's capital")
    if d.embedded {
        let takes_in = {
            let w = s.w(clause[vpos]);
            [
                "INTERVEN",
                "INTERFER",
                "MEDDL",
                "INVEST",
                "INVOLV",
                "PARTICIPAT",
                "ENGAG",
                "ARRIV",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        };
        let country = |g: usize| group_codes(s, g).iter().all(|c| c.0.len() == 3);
        let located = |g: usize| {
            let start = s.groups[g].start;
            start > 0
                && matches!(
                    s.w(start - 1),
                    "IN" | "NEAR" | "INSIDE" | "OUTSIDE" | "ACROSS" | "THROUGHOUT"
                )
                && country(g)
        };
        // "in Bamako, Mali's capital": a country owning a place noun describes where
        let owns_place = |g: usize| {
            let end = s.groups[g].occs.last().map_or(0, |&o| s.occs[o].end);
            end > 0
                && end < s.words.len()
                && s.words[end - 1].poss
                && matches!(
                    s.w(end),
                    "CAPITAL"
                        | "CITY"
                        | "PROVINCE"
                        | "REGION"
                        | "BORDER"
                        | "COAST"
                        | "NORTH"
                        | "SOUTH"
                        | "EAST"
                        | "WEST"
                        | "NORTHEAST"
                        | "NORTHWEST"
                        | "SOUTHEAST"
                        | "SOUTHWEST"
                        | "TERRITORY"
                        | "PORT"
                        | "HEARTLAND"
                )
                && country(g)
        };
        if !takes_in {
            after.retain(|&g| !located(g) && !owns_place(g));
        }
        // an infinitive after the verb ("urged supporters to repeat Manafort's words", "vowed
        // to bring back jobs lost to China") has its own object: the actors after it are no
        // targets of this verb, unless a pattern reaches them
        // ... save one that lets its object act ("agreed to let Sweden join NATO": Sweden)
        // (this cut and the participle's below only drop groups of `after`: each looks no
        // further than the last group's start)
        let reach = |after: &[usize]| {
            after
                .iter()
                .map(|&g| s.groups[g].start)
                .max()
                .map_or(vend, |last| clause.partition_point(|&w| w <= last))
        };
        let infinitive = (vend..reach(&after)).find(|&k| {
            let q = clause[k];
            s.w(q) == "TO"
                && s.group_at[q] == NONE
                && q + 1 < s.words.len()
                && s.words[q + 1].kind == WK::Word
                && !s.words[q + 1].cap
                && s.group_at[q + 1] == NONE
                && !is_det(s.w(q + 1))
                && !is_function_word(s.w(q + 1))
                && !s.w(q + 1).starts_with(|c: char| c.is_ascii_digit())
                && !(matches!(s.w(q + 1), "LET" | "ALLOW" | "PERMIT")
                    && q + 2 < s.words.len()
                    && s.group_at[q + 2] != NONE)
        });
        if let Some(k) = infinitive {
            let at = clause[k];
            after.retain(|&g| s.groups[g].start < at);
        }
        // a participle after the verb's object describes that object ("rejected a list drawn up
        // with the Red Cross", "criticised a plan brokered by Egypt", "arrested two men suspected
        // of spying for Russia"): the actors in its phrase are no targets of the verb
        let participle = (vend + 1..reach(&after)).find(|&k| {
            let (p, q) = (clause[k - 1], clause[k]);
            let w = s.w(q);
            s.group_at[q] == NONE
                && s.group_at[p] == NONE
                && s.words[q].kind == WK::Word
                && s.words[p].kind == WK::Word
                && !s.words[q].cap
                && ((w.len() > 5 && w.ends_with("ED") && w != "HUNDRED")
                    || matches!(w, "DRAWN" | "WRITTEN" | "MADE" | "GIVEN" | "TAKEN" | "SENT"))
                // with its phrase after it ("drawn up with", "favoured by"); before a noun it
                // is an adjective ("imported goods")
                && clause.get(k + 1).is_some_and(|&r| {
                    matches!(
                        s.w(r),
                        "BY" | "WITH" | "UP" | "TO" | "ON" | "IN" | "FROM" | "FOR" | "AT" | "AGAINST"
                            | "OF"
                    )
                })
                && !is_function_word(s.w(p))
                && !is_auxiliary(s.w(p))
                && !is_adverb(s.w(p))
                && !s.w(p).bytes().all(|b| b.is_ascii_digit() || b == b',')
        });
        if let Some(k) = participle {
            let at = clause[k];
            after.retain(|&g| s.groups[g].start < at);
        }
    }
    let codes_of = |g: usize| group_codes(s, g);
    // two groups are two parties when their codes differ, or, in news prose, when they are two
    // actors of the article with one code ("Biden criticized Trump": USAGOV and USAGOV)
    let actor_of = |g: usize| s.groups[g].occs.first().and_then(|&o| s.occs[o].actor);
    let distinct = |a: usize, b: usize| {
        a != b
            && (group_first(s, a) != group_first(s, b)
                || (d.embedded && actor_of(a).zip(actor_of(b)).is_some_and(|(x, y)| x != y)))
    };
    let designated = des.source.is_some() || des.target.is_some() || des.compound.is_some();
    let (mut src, mut tgt) = (
        des.source,
        des.target.map(|g| possessed_actor(g, true).unwrap_or(g)),
    );
    if let Some(g) = des.compound {
        // PETRARCH: a compound after the verb ("agrees with %") is the target alone
        if opts.petrarch && s.groups[g].start > clause[vpos] {
            tgt = Some(g);
        } else if let Some(&t) = after.iter().find(|&&t| {
            let first = group_first(s, t);
            let start = s.groups[t].start;
            d.embedded
                && !first.is_empty()
                && !group_codes(s, g).iter().any(|c| *c.0 == *first)
                && !(clause[vpos] + 1..start).any(|q| s.w(q) == "OF")
        }) {
            // news prose: a compound acts on each other only when no actor follows the verb
            // ("France and Germany signed a deal with Italy"); one after a noun's "of" is what
            // they act on ("to negotiate the withdrawal of the rebels from Aleppo")
            src = Some(g);
            tgt = Some(t);
        } else {
            src = Some(g);
            tgt = Some(g);
        }
    }
    // news prose: a participle opening a comma clause ("..., accusing her of ...") is the act
    // of the nearest subject before it ("Putin criticised NATO at a summit in Sochi, accusing
    // the alliance of ..."), not of the nearest actor, most often the main verb's object
    if src.is_none()
        && d.embedded
        && clause[vpos] > 0
        && s.words[clause[vpos] - 1].kind == WK::Comma
        && s.w(clause[vpos]).ends_with("ING")
    {
        let mut subject = None;
        for q in 0..vpos {
            let g = s.group_at[clause[q]];
            if g == NONE || (q + 1 < vpos && s.group_at[clause[q + 1]] == g) {
                continue;
            }
            // the group ends at q: a verb after it, over adverbs and auxiliaries
            let mut r = q + 1;
            while r < vpos && (is_adverb(s.w(clause[r])) || is_auxiliary(s.w(clause[r]))) {
                r += 1;
            }
            if r < vpos && matches!(item_kind(s, clause[r]), Item::Verb(_)) {
                subject = Some(g as usize);
            }
        }
        src = subject.filter(|g| before.contains(g));
    }
    if src.is_none() {
        let prior = if d.embedded {
            // news prose: the nearest actor before the verb that is not a prepositional object;
            // a possessor only where no other actor is ("Chile, Peru's neighbour, criticized
            // ...", but "Russia's foreign minister criticized ...")
            let candidate = |g: usize, possessor_ok: bool| {
                let start = s.groups[g].start;
                let prep = start > 0
                    && matches!(
                        s.w(start - 1),
                        "OF" | "WITH"
                            | "TO"
                            | "BY"
                            | "FOR"
                            | "FROM"
                            | "AGAINST"
                            | "IN"
                            | "ON"
                            | "AT"
                            | "NEAR"
                            | "ACROSS"
                            | "THROUGHOUT"
                            | "AROUND"
                            | "TOWARDS"
                            | "TOWARD"
                            | "AMONG"
                            | "BETWEEN"
                            | "ABOUT"
                            | "VIA"
                            | "DESPITE"
                            | "AMID"
                    )
                    // a number or a part of a people acts as the people ("thousands of
                    // Chileans protested", "tens of thousands of protesters marched",
                    // "members of the party voted"), and envoys as who
                    // sent them ("mediators from Egypt pressed")
                    && !(start > 1
                        && ((s.w(start - 1) == "OF" && is_part_of(s.w(start - 2)))
                            || (s.w(start - 1) == "FROM" && is_envoys(s.w(start - 2))))
                        && (start == 2
                            || !is_preposition(s.w(start - 3))
                            || (start > 3
                                && s.w(start - 3) == "OF"
                                && matches!(s.w(start - 4), "TENS" | "HUNDREDS"))));
                // a country after a preposition and a determiner is a place or an object, not
                // who acts ("shootings in the United States"; but "others in the Democratic
                // Party", "officials from the United States")
                // (an adjective between: "on the central Philippines")
                let mut d0 = start;
                if d0 > 2 && !is_det(s.w(d0 - 1)) && !s.words[d0 - 1].cap {
                    d0 -= 1;
                }
                let place = d0 > 1
                    && is_det(s.w(d0 - 1))
                    && matches!(
                        s.w(d0 - 2),
                        "IN" | "AT"
                            | "ON"
                            | "OF"
                            | "TO"
                            | "FOR"
                            | "WITH"
                            | "BY"
                            | "AGAINST"
                            | "NEAR"
                            | "ACROSS"
                            | "THROUGHOUT"
                            | "AROUND"
                            | "INTO"
                    )
                    && group_first(s, g).len() == 3;
                // who reports is not who acts ("According to the agency, officials warned")
                let a = if d0 > 0 && is_det(s.w(d0 - 1)) {
                    d0 - 1
                } else {
                    d0
                };
                let according = a > 1 && s.w(a - 1) == "TO" && s.w(a - 2) == "ACCORDING";
                let end = s.groups[g].occs.last().map_or(start, |&o| s.occs[o].end);
                let possessor = end > 0 && s.words[end - 1].poss && end < clause[vpos];
                !prep
                    && !place
                    && !according
                    && (possessor_ok || !possessor)
                    && tgt.is_none_or(|t| distinct(g, t))
            };
            let nearest = |possessor_ok: bool| {
                before
                    .iter()
                    .rev()
                    .copied()
                    .find(|&g| candidate(g, possessor_ok))
            };
            // a later clause opening with its verb ("... and attacked Ukraine") shares the
            // subject of the clause before
            let opener =
                |w: &str| is_adverb(w) || is_verbal_cue(w) || matches!(w, "HAS" | "HAVE" | "HAD");
            // ... a bare form only after an auxiliary ("and will attack"; "oil and gas" is no
            // verb)
            let subjectless = !fresh
                && (0..vpos).all(|q| opener(s.w(clause[q])))
                && (!is_bare(verb, s.w(clause[vpos]))
                    || (0..vpos).any(|q| is_verbal_cue(s.w(clause[q]))));
            nearest(false)
                .or_else(|| nearest(true))
                .or_else(|| source.filter(|_| subjectless))
        } else if fresh {
            before
                .iter()
                .copied()
                .find(|&g| tgt.is_none_or(|t| distinct(g, t)))
        } else {
            source
                .filter(|&g| tgt.is_none_or(|t| distinct(g, t)))
                .or_else(|| {
                    before
                        .iter()
                        .copied()
                        .find(|&g| tgt.is_none_or(|t| distinct(g, t)))
                })
        };
        src = prior;
    }
    // TABARI: with no source before the verb (and no default for that case), the first actor
    // after it is the source
    let mut src_occ: Option<usize> = None;
    if src.is_none()
        && !d.embedded
        && !opts.petrarch
        && !opts
            .default_source
            .as_ref()
            .is_some_and(|(_, prior)| *prior)
    {
        if let Some(&g) = after.first() {
            src = Some(g);
            src_occ = s.groups[g].occs.first().copied();
        }
    }
    let mut tgt_occ: Option<usize> = None;
    if tgt.is_none() {
        tgt = after
            .iter()
            .copied()
            .find(|&g| src.is_none_or(|sg| distinct(g, sg)))
            .map(|g| possessed_actor(g, false).unwrap_or(g))
            .or_else(|| {
                // PETRARCH: the target is in the verb phrase; in news prose the actors before
                // the verb are its subject's ("Egypt protested after Israeli troops raided a
                // mosque": no target)
                before
                    .iter()
                    .copied()
                    .filter(|_| !opts.petrarch && !d.embedded)
                    .find(|&g| src.is_none_or(|sg| distinct(g, sg)))
            });
        if tgt.is_none() && !d.embedded {
            if let Some(sg) = src {
                if s.groups[sg].occs.len() > 1 {
                    // the search before the verb is over actors, the source compound's own
                    // included: its first member with a code distinct from the source's
                    // ("Bree and Arnor are about to restore ties": BRE/ARN); failing that,
                    // the compound is its own target
                    let first = group_first(s, sg);
                    tgt_occ = s.groups[sg]
                        .occs
                        .iter()
                        .copied()
                        .find(|&o| s.occs[o].codes.first().is_some_and(|c| c != first))
                        .filter(|_| !opts.petrarch);
                    tgt = Some(sg);
                }
            }
        }
    }
    // news prose: two parties named as one with no other party act on each other ("the two
    // leaders signed agreements")
    if d.embedded
        && tgt.is_none()
        && src.is_some_and(|g| {
            let occs = &s.groups[g].occs;
            occs.len() == 1 && s.occs[occs[0]].partner.is_some()
        })
    {
        tgt = src;
    }
    // passive voice: "was attacked by X"
    if !designated {
        // BY right after the verb, or after one modifier ("was opposed earlier by")
        let plain = |q: usize| {
            q < clause.len()
                && s.words[clause[q]].kind == WK::Word
                && s.group_at[clause[q]] == NONE
                && item_kind(s, clause[q]) == Item::None
        };
        // ("retaliated by expelling a diplomat": a gerund after BY is the means, not the agent)
        let means = d.embedded
            && vend + 1 < clause.len()
            && s.w(clause[vend + 1]).ends_with("ING")
            && s.group_at[clause[vend + 1]] == NONE;
        let by_after = (vend < clause.len() && s.is(clause[vend], "BY") && !means)
            || (!d.embedded
                && plain(vend)
                && vend + 1 < clause.len()
                && s.is(clause[vend + 1], "BY"));
        let aux = (1..=2).any(|k| {
            vpos >= k && matches!(s.w(clause[vpos - k]), "WAS" | "WERE" | "BEEN")
                || (d.embedded
                    && vpos >= k
                    && matches!(s.w(clause[vpos - k]), "IS" | "ARE" | "BE" | "BEING"))
        });
        // news prose: a passive without its agent ("Clinton was asked", "Russia was accused")
        // names who suffered the act, not who did it: no source, no event
        let participle = {
            let w = s.w(clause[vpos]);
            !w.ends_with("ING") && (w.ends_with("ED") || w.ends_with("EN") || !is_bare(verb, w))
        };
        if d.embedded && aux && participle && !by_after {
            return VerbResult::Nothing;
        }
        if by_after && (aux || d.embedded) {
            let by_actor = after.first().copied();
            if d.embedded {
                let target = before.last().copied();
                src = by_actor;
                tgt = target;
            } else {
                std::mem::swap(&mut src, &mut tgt);
            }
        }
    }
    if d.embedded {
        // the reason given for thanks, praise, blame or sanctions ("thanked Russia for its
        // help", "sanctions on Iran over its supply of drones") is no act of its own
        if vpos >= 2
            && matches!(s.w(clause[vpos - 1]), "ITS" | "HIS" | "HER" | "THEIR")
            && matches!(s.w(clause[vpos - 2]), "FOR" | "OVER")
        {
            return VerbResult::Nothing;
        }
        // helping is aid only to an actor, not to do something ("helped broker a deal": the
        // brokering is the act)
        if s.w(clause[vpos]).starts_with("HELP")
            && vend < clause.len()
            && matches!(item_kind(s, clause[vend]), Item::Verb(_))
        {
            return VerbResult::Nothing;
        }
        // a gerund in a noun's of-phrase names an activity, not an act ("a cessation of
        // fighting", "the end of shelling"; but "accused Russia of shelling")
        let trigger = s.w(clause[vpos]);
        if trigger.ends_with("ING")
            && vpos >= 2
            && s.w(clause[vpos - 1]) == "OF"
            && is_activity_head(s.w(clause[vpos - 2]))
        {
            return VerbResult::Nothing;
        }
        // what an actor is accused or suspected of is alleged, not done ("accused the rebels of
        // shelling the town", "blamed Kyiv for attacking")
        if trigger.ends_with("ING")
            && vpos >= 2
            && matches!(s.w(clause[vpos - 1]), "OF" | "FOR")
            && clause[vpos.saturating_sub(8)..vpos - 1].iter().any(|&q| {
                let w = s.w(q);
                w.starts_with("ACCUS") || w.starts_with("BLAM") || w.starts_with("SUSPECT")
            })
        {
            return VerbResult::Nothing;
        }
        // meeting a requirement, a deadline or a target consults no one
        if matches!(trigger, "MEET" | "MEETS" | "MET") {
            let met_thing = clause[vend.min(clause.len())..]
                .iter()
                .take(5)
                .take_while(|&&w| {
                    s.words[w].kind == WK::Word && s.group_at[w] == NONE && !is_preposition(s.w(w))
                })
                .any(|&w| is_met_thing(s.w(w)));
            if met_thing {
                return VerbResult::Nothing;
            }
        }
        // receiving is a visit only of the actor received: the verb's object ("received the
        // Chinese president in Beijing", not "received attention at the Google offices in ...")
        // ... nor is hosting anything but an actor ("hosted a show on the network"), nor is
        // recognising one ("recognised Kosovo", not "recognised as legitimate the request of
        // the city", "a disease first recognised in Wuhan, China")
        if trigger.starts_with("RECEIV")
            || trigger.starts_with("HOST")
            || (trigger.starts_with("RECOGNI") && code.starts_with("054"))
        {
            let object = tgt.is_some_and(|t| {
                let start = s.groups[t].start;
                let from = clause.get(vend).copied().unwrap_or(start);
                start >= from
                    && start <= from + 2
                    && (from..start).all(|q| !is_preposition(s.w(q)) && s.words[q].kind == WK::Word)
            });
            if !object {
                return VerbResult::Nothing;
            }
        }
        // demonstrating is protesting only without an object: demonstrating something, that
        // or how something is, is showing it ("demonstrated a lack of understanding",
        // "demonstrate maturity", "demonstrates that the plan works"; but "demonstrated
        // outside the embassy", "demonstrated peacefully on Monday")
        if trigger.starts_with("DEMONSTRAT")
            && clause[vend.min(clause.len())..]
                .iter()
                .find(|&&q| !is_adverb(s.w(q)))
                .is_some_and(|&q| {
                    let w = s.w(q);
                    matches!(w, "ITS" | "HIS" | "HER" | "THEIR" | "OUR")
                        || (s.group_at[q] == NONE
                            && s.words[q].kind == WK::Word
                            && !is_preposition(w)
                            && !matches!(
                                w,
                                "OUTSIDE" | "NEAR" | "ACROSS" | "THROUGH" | "THROUGHOUT"
                            )
                            && !is_time_word(w))
                })
        {
            return VerbResult::Nothing;
        }
        // withdrawing from doing something ("withdrew from using the pipeline") moves no one
        if trigger.starts_with("WITHDR")
            && vend + 1 < clause.len()
            && s.w(clause[vend]) == "FROM"
            && s.w(clause[vend + 1]).ends_with("ING")
        {
            return VerbResult::Nothing;
        }
        // a court appeal ("appealed the ruling", "appealed to the Supreme Court") asks nothing
        // of an actor
        if trigger.starts_with("APPEAL") {
            let legal = (vpos > 0
                && matches!(s.w(clause[vpos - 1]), "LEGAL" | "COURT" | "JUDICIAL"))
                || clause[vend.min(clause.len())..]
                    .iter()
                    .take(5)
                    .any(|&w| is_legal_object(s.w(w)))
                || tgt.is_some_and(|t| group_codes(s, t).iter().any(|c| c.0.contains("JUD")));
            if legal {
                return VerbResult::Nothing;
            }
        }
        // a trigger that modifies the noun after it ("supply lifeline", "cease-fire deal") is
        // not an event
        let next_plain = vend < clause.len() && {
            let w = clause[vend];
            s.words[w].kind == WK::Word && s.group_at[w] == NONE && !is_function_word(s.w(w))
        };
        let prev_group = vpos > 0 && s.group_at[clause[vpos - 1]] != NONE;
        let bare = is_bare(verb, s.w(clause[vpos]));
        if !by_pattern && next_plain && (verb.nominal || (prev_group && bare)) {
            return VerbResult::Nothing;
        }
        if verb.nominal {
            // a nominal trigger needs its agent: a pattern's source ("bombardment by Russia")
            // or the actor right before it ("Russia's bombardment")
            let agent = des.source.or_else(|| {
                (vpos > 0)
                    .then(|| s.group_at[clause[vpos - 1]])
                    .filter(|&g| g != NONE)
                    .map(|g| g as usize)
            });
            match agent {
                Some(a) => src = Some(a),
                None => return VerbResult::Nothing,
            }
            if tgt == src {
                tgt = None;
            }
        }
    }
    if src.is_some() && (fresh || des.source.is_some()) {
        *source = src;
    }
    let no_prior = before.is_empty();
    // DEFAULT's AFTER: no actor after the verb but the source's own (a pronoun referring to it)
    let src_first = src.map_or("", |sg| group_first(s, sg));
    let no_after = !after.iter().any(|&g| {
        s.groups[g]
            .occs
            .iter()
            .any(|&o| s.occs[o].codes.first().is_some_and(|c| c != src_first))
    });
    let occ_codes = |o: usize| -> Vec<(Box<str>, Option<usize>)> {
        s.occs[o]
            .codes
            .iter()
            .enumerate()
            .map(|(k, c)| (c.into(), occ_actor(&s.occs[o], k)))
            .collect()
    };
    let mut src_codes = match src_occ {
        Some(o) => occ_codes(o),
        None => src.map(codes_of).unwrap_or_default(),
    };
    let mut tgt_codes = match tgt_occ {
        Some(o) => occ_codes(o),
        None => tgt.map(codes_of).unwrap_or_default(),
    };
    if let Some((dc, prior)) = &opts.default_source {
        if src_codes.is_empty() || (*prior && no_prior && des.source.is_none()) {
            src_codes = vec![(dc.clone(), None)];
        }
    }
    if let Some((dc, after_only)) = &opts.default_target {
        if tgt_codes.is_empty() || (*after_only && no_after && des.target.is_none()) {
            tgt_codes = vec![(dc.clone(), None)];
        }
    }
    // news prose: a crowd no actor names protests as its country's people ("thousands of
    // people marched", "hundreds of farmers protested"): its sector now, its country from the
    // sentence's place or the dateline once the sentence is coded
    let mut crowd = false;
    if d.embedded && src_codes.is_empty() && code.starts_with("14") {
        if let Some(sector) = crowd_before(s, clause, vpos) {
            src_codes.push((sector.into(), None));
            crowd = true;
        }
    }
    let require_both = !d.embedded && opts.require_dyad;
    if src_codes.is_empty() || (tgt_codes.is_empty() && require_both) {
        if d.embedded && src_codes.is_empty() && !tgt_codes.is_empty() {
            // an event without a known source is not coded
        }
        return VerbResult::Events(Vec::new());
    }
    // news prose: an investigation is an event only of an actor investigated (an accident or a
    // crash investigated is no act towards anyone)
    // ... nor is arriving at no actor ("police arrived"), nor meeting no one: a body that
    // meets alone sits ("the Senate will meet on Monday", "the council's meetings")
    let trigger = s.w(clause[vpos]);
    let needs_target = code.starts_with("09")
        || trigger.starts_with("ARRIV")
        || trigger.starts_with("MEET")
        || trigger == "MET"
        || trigger.starts_with("CONVEN");
    if d.embedded && needs_target && tgt_codes.is_empty() {
        return VerbResult::Events(Vec::new());
    }
    if tgt_codes.is_empty() {
        tgt_codes.push(("".into(), None));
    }
    let mut events = Vec::new();
    let mk = |code: &str, a: &(Box<str>, Option<usize>), b: &(Box<str>, Option<usize>)| RawEvent {
        code: code.into(),
        source_code: Some(a.0.clone()).filter(|c| !c.is_empty()),
        target_code: Some(b.0.clone()).filter(|c| !c.is_empty()),
        source: a.1,
        target: b.1,
        trigger: 0..0,
        sentence: 0,
        clause_tokens: 0..0,
        negated,
        subordinate,
        dominant,
        crowd,
    };
    for a in &src_codes {
        for b in &tgt_codes {
            // one code on both sides is one party acting on itself, but in news prose two
            // actors of the article may share a code
            let two_actors = d.embedded && a.1.zip(b.1).is_some_and(|(x, y)| x != y);
            if a.0 == b.0 && !a.0.is_empty() && !two_actors {
                continue;
            }
            if a.0.is_empty() {
                continue;
            }
            events.push(mk(&code, a, b));
            if let Some(p) = &paired {
                if !b.0.is_empty() {
                    events.push(mk(p, b, a));
                }
            }
        }
    }
    VerbResult::Events(events)
}
