//! Finding who said a quote: the cue verb and the speaker's phrase around it, resolved to an actor.

use std::ops::Range;
use std::sync::LazyLock;

use crate::actors::{words, ActorInfo, Actors, Mention, MentionKind};
use crate::lexicon::{cues, EntryKind, Holder, Lexicon};
use crate::model::ActorType;
use crate::text::{Document, Kind};
use crate::wordmap::WordSet;

/// Who said it, as found in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Tokens naming the speaker here ("Kerry", "he", "officials").
    pub mention: Option<Range<usize>>,
    pub actor: Option<usize>,
    /// Tokens of the cue ("said", "according to").
    pub cue: Option<Range<usize>>,
}

impl Attribution {
    /// The speaker named by an actor's mention, its cue still to find.
    pub fn of(m: &Mention) -> Attribution {
        Attribution {
            mention: Some(m.tokens.clone()),
            actor: Some(m.actor),
            cue: None,
        }
    }

    pub fn is_some(&self) -> bool {
        self.mention.is_some()
    }
}

/// How many tokens from the start of a sentence its subject is looked for.
const SUBJECT_REACH: usize = 12;

/// How many tokens a subject with its modifiers may run before its verb of saying (a name with a
/// relative clause of twenty-odd words in apposition takes more than thirty).
const MODIFIED_SUBJECT_REACH: usize = 45;

/// Comma-separated appositions skipped between a speaker and the cue ("NAME, 67, a nurse, said").
const MAX_APPOSITIONS: usize = 4;

/// How far back (in tokens) a role phrase ("the minister") looks for the actor holding the role.
const ROLE_REACH: usize = 3000;

/// How far back (in tokens) a bare "the group" or "the ministry" looks for the body it names.
const BODY_REACH: usize = 400;

/// Words allowed between a speaker and the cue verb ("Kerry has also said").
const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "would",
    "will",
    "also",
    "later",
    "then",
    "again",
    "once",
    "previously",
    "recently",
    "earlier",
    "further",
    "did",
    "does",
    "do",
    "is",
    "was",
    "repeatedly",
    "reportedly",
    "quickly",
    "simply",
    "just",
    "flatly",
    "publicly",
    "privately",
    "often",
    "frequently",
    "always",
    "never",
    "has",
    "already",
    "subsequently",
    "separately",
    "similarly",
    "yesterday",
    "today",
    "could",
    "might",
    "may",
    "can",
    "should",
    "must",
    "is",
    "are",
    "were",
    "been",
    "being",
    "told",
];

static AUXILIARIES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(AUXILIARIES));

/// `contains(AUXILIARIES, word)`, fast.
fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES_SET.contains(word)
}

/// Adverbs between a subject and its verb, besides auxiliaries and words in -ly.
const SUBJECT_ADVERBS: &[&str] = &[
    "long", "now", "still", "just", "all", "both", "each", "first", "not", "too", "even", "only",
    "soon", "yet", "together", "ever", "however",
];

/// Words that end a noun phrase walking backwards from a cue.
const NP_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "and", "or", "but", "because", "when", "while", "if", "as",
    "after", "before", "since", "though", "although", "so", "to", "in", "on", "at", "by", "with",
    "from", "for", "into", "about", "than", "is", "was", "are", "were", "has", "have", "had", "be",
    "been", "will", "would", "said", "says",
];

static NP_STOPS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NP_STOPS));

/// `contains(NP_STOPS, word)`, fast.
fn is_np_stop(word: &str) -> bool {
    NP_STOPS_SET.contains(word)
}

/// Words after the head of a subject that open its modifier ("experts on", "officials who").
const SUBJECT_BOUNDARIES: &[&str] = &[
    "of", "on", "at", "for", "from", "in", "with", "across", "inside", "outside", "within", "who",
    "that", "whom", "whose", "we", "he", "she", "they", "you",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one",
    "two", "three", "several", "many", "some", "other", "another", "both",
];

static DETERMINERS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(DETERMINERS));

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "it", "i"];

/// Prepositions and adverbs that open a fronted phrase before a sentence's subject.
const FRONTING_WORDS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "since",
    "following",
    "despite",
    "for",
    "with",
    "without",
    "from",
    "under",
    "amid",
    "speaking",
    "asked",
    "reached",
    "writing",
    "later",
    "earlier",
    "meanwhile",
    "still",
    "yet",
    "instead",
];

/// Documents whose words are their author's ("released a statement saying …").
pub const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "tweet",
    "letter",
    "email",
    "post",
    "release",
    "memo",
    "message",
    "video",
    "ad",
    "note",
    "report",
    "text",
    // and their plurals: "sent a series of tweets saying …"
    "statements",
    "tweets",
    "letters",
    "emails",
    "posts",
    "releases",
    "memos",
    "messages",
    "videos",
    "ads",
    "notes",
    "reports",
    "texts",
];

/// The dash at `k` that may open or close an aside: an em or en dash, a bar, or a hyphen
/// (single or doubled) set off by a space before it.
fn aside_dash<'a>(doc: &'a Document<'a>, k: usize) -> Option<&'a str> {
    let w = doc.word(k);
    let dash = doc.tokens[k].kind == Kind::Punct
        && (matches!(w, "—" | "–" | "―") || (matches!(w, "-" | "--") && !doc.tokens[k].joined));
    dash.then_some(w)
}

/// The token after an aside set off by dashes that opens at `k` ("Lopez — a former prosecutor
/// — said": the token after the second dash), within a few words of one sentence and outside
/// quotation marks; `k` itself where no such aside opens.
pub fn past_dashed_aside(doc: &Document, k: usize) -> usize {
    let Some(dash) = (k < doc.tokens.len()).then(|| aside_dash(doc, k)).flatten() else {
        return k;
    };
    let end = doc.sentences[doc.sentence_of[k] as usize]
        .tokens
        .end
        .min(k + 25);
    (k + 2..end)
        .take_while(|&c| !matches!(doc.tokens[c].kind, Kind::Quote(_)))
        .find(|&c| aside_dash(doc, c) == Some(dash))
        .map_or(k, |c| c + 1 + usize::from(doubled_hyphen(doc, c)))
}

/// Whether the hyphen at `k` is the first of a doubled hyphen written as a dash ("NAME -- a
/// former prosecutor -- said"), which the tokenizer splits in two.
fn doubled_hyphen(doc: &Document, k: usize) -> bool {
    doc.word(k) == "-"
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.joined && t.kind == Kind::Punct && doc.word(k + 1) == "-")
}

/// A verb that puts out a document at `k`, then the document: "issued a statement", "released
/// a short video", "put out a letter", "posted two messages" (whose author is the subject):
/// where the document's noun stands.
pub fn document_put_out(doc: &Document, k: usize) -> Option<usize> {
    let n = doc.tokens.len();
    if k >= n
        || !doc.is_lowercase(k)
        || !matches!(
            doc.word(k),
            "issued"
                | "issues"
                | "released"
                | "releases"
                | "posted"
                | "posts"
                | "sent"
                | "sends"
                | "published"
                | "publishes"
                | "tweeted"
                | "tweets"
                | "put"
                | "puts"
                | "wrote"
                | "writes"
        )
    {
        return None;
    }
    let mut j = k + 1;
    // "put out", "tweeted out" (a bare "put" puts out nothing)
    if j < n && doc.is(j, "out") {
        j += 1;
    } else if matches!(doc.word(k), "put" | "puts") {
        return None;
    }
    // a determiner, then at most two modifiers before the document's noun
    if !(j < n
        && doc.is_lowercase(j)
        && matches!(
            doc.word(j),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "two" | "several" | "another"
        ))
    {
        return None;
    }
    (j + 1..(j + 4).min(n))
        .take_while(|&t| doc.is_lowercase(t) && doc.is_word(t))
        .find(|&t| words::contains(DOCUMENT_NOUNS, doc.word(t)))
}

/// Nouns of people who speak for the one named after them ("a spokesman for the Kremlin").
const SPEAKS_FOR: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "spokesmen",
    "representative",
    "representatives",
    "envoy",
    "mouthpiece",
];

/// Capitalised words that open a sentence before a verb in -ed and name no one: pronouns and
/// determiners that are no subject of their own, and adverbs.
const OPENING_NOT_SUBJECTS: &[&str] = &[
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "nothing",
    "something",
    "everything",
    "all",
    "both",
    "each",
    "either",
    "neither",
    "many",
    "most",
    "some",
    "others",
    "none",
    "one",
    "then",
    "now",
    "later",
    "once",
    "also",
    "still",
    "only",
    "just",
    "never",
    "meanwhile",
    "instead",
    "together",
    "again",
    "thus",
    "hence",
];

/// Nouns for what a clause before them claims, in an apposition whose relative clause answers it:
/// "…, a claim the army denied", "…, an account the ministry confirmed".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "allegation",
    "accusation",
    "charge",
    "assertion",
    "account",
    "version",
    "figure",
];

/// Words in the names of newspapers and magazines: "the newspaper" refers back to such a body.
const MEDIA_WORDS: &[&str] = &[
    "times",
    "post",
    "news",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "daily",
    "magazine",
    "sentinel",
    "globe",
    "chronicle",
    "courier",
    "examiner",
    "inquirer",
    "observer",
    "mirror",
    "express",
    "independent",
    "star",
];

/// Words in the names of a state's agencies: "the agency" refers back to such a body.
const AGENCY_WORDS: &[&str] = &[
    "agency",
    "administration",
    "service",
    "bureau",
    "commission",
];

/// A body's own staff whose findings are the body's: "analysts at NAME Bank", "NAME Bank
/// economists", "researchers at NAME University".
const STAFF_NOUNS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
];

/// Nouns that say the speaker is a body of people or a document, not a resolvable person.
const SOURCE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "report",
    "reports",
    "analysts",
    "experts",
    "critics",
    "aides",
    "aide",
    "witnesses",
    "residents",
    "people",
    "police",
    "authorities",
    "ministry",
    "department",
    "government",
    "agency",
    "group",
    "campaign",
    "lawyer",
    "lawyers",
    "observers",
    "diplomats",
    "activists",
    "officers",
    "investigators",
    "prosecutors",
    "researchers",
    "scientists",
    "poll",
    "survey",
    "study",
    "documents",
    "letter",
    "memo",
    "spokesmen",
    "representative",
    "leaders",
    "team",
    "camp",
    "office",
    "staff",
    "nominee",
    "candidate",
    "candidates",
    "voter",
    "voters",
    "supporter",
    "supporters",
    "critic",
    "member",
    "members",
    "resident",
    "author",
    "authors",
    "expert",
    "economist",
    "economists",
    "scientist",
    "doctor",
    "doctors",
    "officer",
    "company",
    "firm",
    "organization",
    "filing",
    "lawsuit",
    "complaint",
    "document",
    "website",
    "newspaper",
    "article",
    "magazine",
    "network",
    "committee",
    "party",
    "administration",
    "court",
    "judge",
    "jury",
    "prosecutor",
    "attorney",
    "attorneys",
    "analyst",
    "adviser",
    "advisers",
    "advisor",
    "official’s",
    "executives",
    "executive",
    "manager",
    "owner",
    "founder",
    "director",
    "chairman",
    "president",
    "professor",
    "man",
    "woman",
    "men",
    "women",
    "father",
    "mother",
    "son",
    "daughter",
    "friend",
    "neighbor",
    "neighbour",
    "victim",
    "victims",
    "survivor",
    "survivors",
    "worker",
    "workers",
    "employees",
    "students",
    "teacher",
    "parents",
    "protesters",
    "demonstrators",
    "organizers",
    "fans",
    "commentators",
    "strategists",
    "pollster",
    "pollsters",
    "surveys",
    "polls",
    "data",
    "figures",
    "statistics",
    "records",
    "memo",
    "email",
    "emails",
    "tweet",
    "post",
    "release",
    "editorial",
    "lawmakers",
    "legislators",
    "senators",
    "congressman",
    "congresswoman",
    "advocates",
    "opponents",
    "proponents",
    "allies",
    "rivals",
    "relatives",
    "colleagues",
    "historians",
    "scholars",
    "academics",
    "physicians",
    "regulators",
    "insiders",
    "staffers",
    "consultants",
    "operatives",
    "backers",
    "donors",
    "managers",
    "directors",
    "negotiators",
    "inspectors",
    "detectives",
    "justices",
    "panel",
    "spokespeople",
    "respondents",
    "participants",
    "conservatives",
    "liberals",
    "progressives",
    "republicans",
    "democrats",
    "union",
    "unions",
    "bank",
    "fund",
    "foundation",
    "institute",
    "association",
    "coalition",
    "council",
    "commission",
    "board",
    "regime",
    "military",
    "groups",
    "organizations",
    "companies",
    "agencies",
    "firms",
    "percent",
    // a company by its trade ("after the carmaker said …")
    "carmaker",
    "automaker",
    "retailer",
    "lender",
    "insurer",
    "manufacturer",
    "airline",
    "broadcaster",
    "publisher",
    "miner",
    "bureau",
    "organisation",
    "university",
    "hospital",
    "embassy",
];

static SOURCE_NOUNS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SOURCE_NOUNS));

/// `contains(SOURCE_NOUNS, word)`, fast.
fn is_source_noun(word: &str) -> bool {
    SOURCE_NOUNS_SET.contains(word)
}

/// Heads that name a share of the people asked, speakers in polls and crowds ("Nearly half
/// said", "most of them say", "Several said").
const SHARES: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "majority",
    "majorities",
    "plurality",
    "minority",
    "most",
    "some",
    "several",
    "others",
    "many",
    "few",
];

/// Nouns of people who speak in a report as witnesses, victims or bystanders, named by no role
/// ("a witness said", "the cashier told the court").
const WITNESS_NOUNS: &[&str] = &[
    "witness",
    "resident",
    "victim",
    "survivor",
    "neighbour",
    "neighbor",
    "passenger",
    "bystander",
    "cashier",
    "shopkeeper",
    "customer",
    "employee",
    "worker",
    "man",
    "woman",
    "mother",
    "father",
    "relative",
    "friend",
    "source",
];

/// Numbers written as words, in shares ("one in five").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

pub struct Attributor<'a, 'd> {
    pub doc: &'a Document<'d>,
    pub actors: &'a Actors,
    pub lexicon: &'a Lexicon,
    /// Tokens inside direct quotes (marks included).
    pub in_quote: &'a [bool],
    /// `in_sentence` results by sentence: many quotes may ask about one long sentence.
    pub sentence_memo: std::cell::RefCell<rustc_hash::FxHashMap<usize, Option<Attribution>>>,
    /// The actors' genders, indexed once the first pronoun asks.
    pub genders: std::cell::OnceCell<crate::actors::Genders>,
    /// `np_before` results by end and floor: the readers of one cue ask for the phrase before it
    /// again and again.
    pub np_memo: std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize), Option<Attribution>>>,
    /// The token last asked for by `cue_entry` and its entry: the readers of one cue ask for its
    /// lemma and class again and again.
    pub cue_memo: CueMemo,
    /// The last `skip_setting` asked for (from, end, answer): the readers of one cue ask where
    /// the words after it go on past a setting again and again.
    pub setting_memo: std::cell::Cell<(usize, usize, usize)>,
    /// The first person actor by the last word of its name in lower case, indexed once the first
    /// speaker label asks (`label_actor`: an interview's labels ask again and again).
    pub label_index: std::cell::OnceCell<rustc_hash::FxHashMap<String, usize>>,
}

/// A lower-case cue word at `i` (or `according to` starting at `i`): the cue's token range.
#[inline(always)]
pub fn cue_at(doc: &Document, i: usize, speech_only: bool) -> Option<Range<usize>> {
    cue_at_keeping(doc, i, speech_only, None)
}

/// `cue_at`, keeping the cue entry it looks up for a word in `memo` (as
/// `Attributor::cue_entry` keeps it).
#[inline(always)]
pub fn cue_at_keeping(
    doc: &Document,
    i: usize,
    speech_only: bool,
    memo: Option<&CueMemo>,
) -> Option<Range<usize>> {
    // asked of nearly every token: one that is no lower-case word (nor "According") is none,
    // and so is a lower-case word whose bytes make no cue (`word_cue_at`'s first tests),
    // answered here without a call
    if doc.is_lowercase(i) {
        let t = &doc.tokens[i];
        let bytes = &doc.lower_text().as_bytes()[t.start..t.end];
        if !(is_going_bytes(bytes) || cues::may_be_cue(bytes) || bytes == b"according") {
            return None;
        }
    } else if !doc.is(i, "according") {
        return None;
    }
    word_cue_at(doc, i, speech_only, memo)
}

/// The token last asked for and its cue entry (`cues::cue` of its lower-case form).
pub type CueMemo = std::cell::Cell<(usize, Option<(&'static str, cues::CueClass)>)>;

/// `cue_at` of a lower-case word or "according" (the entry looked up kept in `memo`).
#[inline(never)]
fn word_cue_at(
    doc: &Document,
    i: usize,
    speech_only: bool,
    memo: Option<&CueMemo>,
) -> Option<Range<usize>> {
    // the word is sliced only once its bytes may make a cue
    let t = &doc.tokens[i];
    if doc.is(i, "according") && doc.is(i + 1, "to") {
        return Some(i..i + 2);
    }
    if !doc.is_lowercase(i) {
        return None;
    }
    let bytes = &doc.lower_text().as_bytes()[t.start..t.end];
    let going = is_going_bytes(bytes);
    if !going && !cues::may_be_cue(bytes) {
        return None;
    }
    let lower = doc.lower(i);
    // "he went on, “…”", "“…,” she went on.", "Ann Lee went on to say (that) …": going on
    // continues what the subject was saying
    if going && doc.is(i + 1, "on") {
        if doc.is(i + 2, "to") && doc.is_lowercase(i + 3) && cues::is_speech_verb(doc.lower(i + 3))
        {
            return Some(i..i + 4);
        }
        let pause = [',', '.', ':'].iter().any(|&p| doc.is_punct(i + 2, p));
        return pause.then_some(i..i + 2);
    }
    // the verb of "went on to say" is a part of the cue that opens at "went"
    if i >= 3 && doc.is(i - 1, "to") && doc.is(i - 2, "on") && is_going(doc.lower(i - 3)) {
        return None;
    }
    let entry = cues::cue(lower);
    if let Some(memo) = memo {
        memo.set((i, entry));
    }
    let cue = match entry {
        Some((_, cues::CueClass::Speech)) => Some(i..i + 1),
        Some((_, cues::CueClass::Belief)) if !speech_only => Some(i..i + 1),
        _ => None,
    };
    // a participle after an article qualifies a noun: "in a written statement", "a reported
    // offer"
    cue.filter(|_| {
        !(i > 0
            && (lower.ends_with("en") || lower.ends_with("ed"))
            && matches!(doc.lower(i - 1), "a" | "an" | "the"))
    })
}

/// A form of "go" that takes "on" for "continue": "went on", "goes on to say".
fn is_going(lower: &str) -> bool {
    is_going_bytes(lower.as_bytes())
}

/// [`is_going`] of a word's lower-case bytes.
#[inline(always)]
fn is_going_bytes(lower: &[u8]) -> bool {
    matches!(lower, b"went" | b"goes" | b"go" | b"going")
}

impl<'a, 'd> Attributor<'a, 'd> {
    /// An attributor for one document, its memos empty.
    pub fn new(
        doc: &'a Document<'d>,
        actors: &'a Actors,
        lexicon: &'a Lexicon,
        in_quote: &'a [bool],
    ) -> Self {
        Attributor {
            doc,
            actors,
            lexicon,
            in_quote,
            sentence_memo: Default::default(),
            genders: Default::default(),
            np_memo: Default::default(),
            cue_memo: std::cell::Cell::new((usize::MAX, None)),
            setting_memo: std::cell::Cell::new((usize::MAX, 0, 0)),
            label_index: Default::default(),
        }
    }
}

impl Attributor<'_, '_> {
    /// The lemma and class of the one-word cue at token `i` (`cues::cue` of its lower-case
    /// form), kept for the next question about the same token.
    pub fn cue_entry(&self, i: usize) -> Option<(&'static str, cues::CueClass)> {
        let (at, entry) = self.cue_memo.get();
        if at == i {
            return entry;
        }
        let entry = cues::cue(self.doc.lower(i));
        self.cue_memo.set((i, entry));
        entry
    }

    /// `skip_setting` from token `k` before `end`, kept for the next question with the same
    /// tokens.
    pub fn skip_setting(&self, k: usize, end: usize) -> usize {
        let (from, before, at) = self.setting_memo.get();
        if (from, before) == (k, end) {
            return at;
        }
        let at = super::skip_setting(self.doc, k, end);
        self.setting_memo.set((k, end, at));
        at
    }

    /// Whether the word at token `i` is a verb of saying (`cues::is_speech_verb`).
    pub fn is_speech_cue(&self, i: usize) -> bool {
        matches!(self.cue_entry(i), Some((_, cues::CueClass::Speech)))
    }

    fn word_lower(&self, i: usize) -> &str {
        self.doc.lower(i)
    }

    fn is_terminal(&self, i: usize) -> bool {
        let d = self.doc;
        d.is_punct(i, '.') || d.is_punct(i, '!') || d.is_punct(i, '?')
    }

    /// The token `open` (a punctuation mark) that opens the stretch closed at token `close`, at
    /// most `reach` tokens back and not before `floor`.
    fn opening_before(
        &self,
        close: usize,
        floor: usize,
        open: char,
        reach: usize,
    ) -> Option<usize> {
        let mut k = close;
        while k > floor && !self.doc.is_punct(k - 1, open) && close + 1 - k < reach {
            k -= 1;
        }
        (k > floor && self.doc.is_punct(k - 1, open)).then(|| k - 1)
    }

    /// The speaker phrase that ends right before token `end` (not before `floor`), read once for
    /// each pair (`read_np_before`).
    pub fn np_before(&self, end: usize, floor: usize) -> Option<Attribution> {
        if let Some(found) = self.np_memo.borrow().get(&(end, floor)) {
            return found.clone();
        }
        let found = self.read_np_before(end, floor);
        self.np_memo
            .borrow_mut()
            .insert((end, floor), found.clone());
        found
    }

    /// [`np_before`](Self::np_before), read from the tokens.
    fn read_np_before(&self, end: usize, floor: usize) -> Option<Attribution> {
        let d = self.doc;
        let mut e = end;
        // auxiliaries and adverbs between subject and verb
        let mut skipped = 0;
        while e > floor && skipped < 4 {
            if d.is_lowercase(e - 1) && self.is_adverbial(e - 1) {
                e -= 1;
            } else if e > floor + 1 && self.is_time_phrase(e - 2) {
                // "Sanders on Tuesday said", "Wells Fargo this month announced"
                e -= 2;
            } else {
                break;
            }
            skipped += 1;
        }
        // a parenthesis: Rep. Trey Gowdy (R-S.C.) said
        if e > floor + 1 && d.is_punct(e - 1, ')') {
            if let Some(open) = self.opening_before(e - 1, floor, '(', 8) {
                e = open;
            }
        }
        // an aside between dashes: "Ann Lee — who ran the office for a decade — said", also
        // written with bars or spaced hyphens ("Two former mayors ― Lee and Ortiz ― said",
        // "Ann Lee - who ran the office - said")
        if e > floor + 2 && !self.in_quote[e - 1] {
            // (a doubled hyphen is read by its first: "Ann Lee -- who ran the office -- said")
            let close = if e > floor + 3 && doubled_hyphen(d, e - 2) {
                e - 2
            } else {
                e - 1
            };
            if let Some(dash) = aside_dash(d, close) {
                let open = (e.saturating_sub(25).max(floor + 1)..close)
                    .rev()
                    .find(|&k| aside_dash(d, k) == Some(dash));
                if let Some(open) = open.filter(|&o| d.is_word(o - 1)) {
                    e = open;
                }
            }
        }
        // appositions: NAME, a senior fellow at X, said; NAME, 67, a retired nurse in Allentown,
        // Pa., said; NAME, the host of “Talk Back,” said (the comma inside the closing mark).
        // `close` is the comma closing the apposition looked at.
        if let Some(mut close) = super::comma_before(d, e, floor + 1) {
            for appositions in 0..=MAX_APPOSITIONS {
                let Some(open) = self
                    .opening_before(close, floor, ',', 24)
                    .filter(|_| appositions < MAX_APPOSITIONS)
                else {
                    if appositions == 0 {
                        return None;
                    }
                    // no comma before: the stretch from the floor is the subject itself
                    break;
                };
                // the apposition is the name: "A lawyer for the outlets, David Schulz, said",
                // "Another analyst, Ann Lee of Castle Bank, said"
                if let Some(m) = self.actors.mention_at(open + 1) {
                    let of_body = |k: usize| {
                        matches!(self.word_lower(k), "of" | "at" | "from")
                            && (k + 1..close).all(|n| {
                                d.is_capitalized(n) || matches!(self.word_lower(n), "the" | "of")
                            })
                    };
                    // (after a common noun: a list of names with their bodies is no apposition)
                    if m.tokens.start == open + 1
                        && (m.tokens.end == close
                            || (m.tokens.end + 1 < close
                                && of_body(m.tokens.end)
                                && d.is_lowercase(open - 1)))
                        && self.actors.actors[m.actor].kind == ActorType::Person
                    {
                        return Some(Attribution::of(m));
                    }
                }
                // or a title and the name, before an apposition of its own: "While …, Rep. Ann
                // Lee, R-Texas, said"
                if appositions > 0 {
                    if let Some(m) = self.actors.mention_at(close - 1) {
                        if m.tokens.end == close
                            && m.tokens.start > open + 1
                            && m.tokens.start < open + 4
                            && (open + 1..m.tokens.start)
                                .all(|k| d.is_capitalized(k) || d.is_punct(k, '.'))
                            && self.actors.actors[m.actor].kind == ActorType::Person
                        {
                            return Some(Attribution::of(m));
                        }
                    }
                }
                close = open;
            }
            e = close;
            // a parenthesis before the apposition: Rep. Jim Jordan (R-Ohio), a member, said
            if e > floor + 1 && d.is_punct(e - 1, ')') {
                if let Some(open) = self.opening_before(e - 1, floor, '(', 8) {
                    e = open;
                }
            }
        }
        if e <= floor {
            return None;
        }
        let last = e - 1;
        if self.in_quote[last] {
            return None;
        }
        if let Some(m) = self.actors.mention_at(last) {
            if m.tokens.start >= floor && m.tokens.end == e {
                if let Some(found) = self.holder_before_phrase(e, floor) {
                    return Some(found);
                }
                // the object of a preposition is not the speaker: "the lawyer for Hal Brenner said",
                // "Hal Brenner of Ohio said"
                // ("a spokesman for Putin" speaks for Putin)
                // (and of a list of names: "the lawyer for Hal Brenner and Ann Lee said")
                let first = self.list_first(m, floor);
                let prep = first.tokens.start.checked_sub(1).filter(|&p| {
                    p > floor
                        && d.is_lowercase(p)
                        && words::contains(&["of", "for", "to", "with", "from"], d.word(p))
                        && !words::contains(SPEAKS_FOR, self.word_lower(p - 1))
                });
                if let Some(found) = prep.and_then(|p| self.np_before(p, floor)) {
                    return Some(found);
                }
                return Some(
                    self.conjoined_subject(first, m, floor)
                        .unwrap_or_else(|| Attribution::of(m)),
                );
            }
        }
        // a person and the place they come from or represent: "Senator Ann Lee of Texas said"
        let mut p = e;
        while p > floor && e - p < 3 && d.is_capitalized(p - 1) && !self.in_quote[p - 1] {
            p -= 1;
        }
        if p < e && p > floor + 1 && d.is_lowercase(p - 1) && d.is(p - 1, "of") {
            if let Some(m) = self.actors.mention_at(p - 2) {
                if m.tokens.end == p - 1 && self.actors.actors[m.actor].kind == ActorType::Person {
                    return Some(Attribution::of(m));
                }
            }
        }
        let lw = self.word_lower(last);
        if words::contains(PRONOUNS, lw) {
            return Some(self.pronoun(last));
        }
        // a relative pronoun after a name: "…, said Beck, who added that …"
        if lw == "who" && last > floor + 1 && d.is_punct(last - 1, ',') {
            // after an apposition ending in a prepositional phrase the pronoun stands for the
            // apposition's owner, not the phrase's object: "said Ann Lee, a surgeon from Leeds,
            // who added …", "a woman, a niece of the rival Tom Hart, who claimed …"
            if let Some(open) = self.apposition_with_object(last - 1, floor) {
                return self
                    .np_before(open, floor)
                    .or_else(|| self.common_np(open + 1, last - 1, false));
            }
            if let Some(m) = self.actors.mention_at(last - 2) {
                if m.tokens.end == last - 1 && self.actors.actors[m.actor].kind == ActorType::Person
                {
                    return Some(Attribution {
                        mention: Some(last..e),
                        actor: Some(m.actor),
                        cue: None,
                    });
                }
            }
        }
        self.holder_before_phrase(e, floor)
            .or_else(|| {
                let a = self.common_np(floor, e, false)?;
                Some(self.member_of_body(floor, a))
            })
            .or_else(|| self.unknown_name(floor, e))
    }

    /// A list of names of one kind that ends with `last` and opens its clause: "France and
    /// Germany said", "Ann Lee, Tom Hart and Raj Patel said". The quote has one speaker: the
    /// first named, with the mention over the whole list. A list after a preposition or a noun
    /// is no subject of its own ("a lawyer for Ann Lee and Tom Hart said", "firms such as X and
    /// Y said"), nor is one of a person and a body.
    fn conjoined_subject(
        &self,
        first: &Mention,
        last: &Mention,
        floor: usize,
    ) -> Option<Attribution> {
        let d = self.doc;
        if first.tokens.start == last.tokens.start {
            return None;
        }
        // the list opens the clause: at the floor, after a punctuation mark or a conjunction
        let s = first.tokens.start;
        let opens = s == floor
            || !d.is_word(s - 1)
            || matches!(
                self.word_lower(s - 1),
                "but" | "and" | "while" | "as" | "that"
            );
        opens.then_some(Attribution {
            mention: Some(s..last.tokens.end),
            actor: Some(first.actor),
            cue: None,
        })
    }

    /// The first name of the list of names of one kind that ends with `last` ("France" of
    /// "France, Italy and Germany"; `last` itself where no list ends with it).
    fn list_first<'m>(&'m self, last: &'m Mention, floor: usize) -> &'m Mention {
        let d = self.doc;
        let person = self.actors.actors[last.actor].kind == ActorType::Person;
        let mut first = last;
        let mut k = last.tokens.start;
        loop {
            // "and" (after an optional serial comma) closes the list; commas part its other names
            let mut p = k;
            let closing = first.tokens.start == last.tokens.start;
            if closing {
                if p <= floor || !d.is(p - 1, "and") {
                    break;
                }
                p -= 1;
                if p > floor && d.is_punct(p - 1, ',') {
                    p -= 1;
                }
            } else if p > floor && d.is_punct(p - 1, ',') {
                p -= 1;
            } else {
                break;
            }
            let Some(m) = p.checked_sub(1).and_then(|q| self.actors.mention_at(q)) else {
                break;
            };
            if m.tokens.end != p
                || m.tokens.start < floor
                || self.in_quote[m.tokens.start]
                || m.actor == last.actor
                || (self.actors.actors[m.actor].kind == ActorType::Person) != person
            {
                break;
            }
            first = m;
            k = m.tokens.start;
        }
        first
    }

    /// The one who speaks for a body named after a preposition: "a lawyer for the company
    /// said" is the lawyer, not the company, and "many of her aides said" is "many" (a
    /// spokesman's words stay the body's own).
    fn member_of_body(&self, floor: usize, body: Attribution) -> Attribution {
        let d = self.doc;
        let Some(s) = body.mention.as_ref().map(|m| m.start) else {
            return body;
        };
        if s < floor + 2
            || !d.is_lowercase(s - 1)
            || !matches!(self.word_lower(s - 1), "for" | "of" | "at")
            || words::contains(SPEAKS_FOR, self.word_lower(s - 2))
        {
            return body;
        }
        // the head of the phrase names the speaker, as elsewhere ("Analysts at the bank said")
        self.common_np(floor, s - 1, false)
            .filter(|m| m.mention.as_ref().is_some_and(|r| r.start < s - 1))
            .unwrap_or(body)
    }

    /// A person named before a phrase of `of`, `from` or `at` that ends at `e`: "Tom Hart of the
    /// harbour board said", "Ann Lee of the Sierra Club said", "Ann Lee from the city's planning
    /// office told …". The phrase opens with an article, a possessive or a capital and holds at
    /// most six words, none read as a verb; the person is a mention ending right before the
    /// preposition and opening its clause.
    fn holder_before_phrase(&self, e: usize, floor: usize) -> Option<Attribution> {
        let d = self.doc;
        let lo = e.saturating_sub(7).max(floor + 1);
        let mut p = e;
        loop {
            if p <= lo {
                return None;
            }
            p -= 1;
            let t = &d.tokens[p];
            if !matches!(t.kind, Kind::Word | Kind::Number) {
                return None;
            }
            // (the lengths first; not the `of` inside a name: "the University of Leeds")
            if matches!(t.end - t.start, 2 | 4)
                && (d.is(p, "of") || d.is(p, "from") || d.is(p, "at"))
                && d.is_lowercase(p)
                && self.actors.mention_at(p).is_none()
            {
                break;
            }
        }
        if (p..e).any(|k| self.in_quote[k]) {
            return None;
        }
        let opens = p + 1 < e
            && (d.is_capitalized(p + 1)
                || matches!(
                    self.word_lower(p + 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                ));
        if !opens {
            return None;
        }
        let m = self.actors.mention_at(p - 1)?;
        if m.tokens.end != p
            || m.tokens.start < floor
            || self.actors.actors[m.actor].kind != ActorType::Person
            || (p + 1..e).any(|k| super::reads_as_verb(d, k))
        {
            return None;
        }
        // the person opens the clause: not the object of a verb or a preposition ("… to block
        // Tom Hart from the vote said")
        let opens_clause = m.tokens.start.checked_sub(1).is_none_or(|b| {
            b < floor
                || !d.is_lowercase(b)
                || matches!(
                    self.word_lower(b),
                    "and" | "but" | "though" | "although" | "while" | "when" | "as" | "because"
                )
        });
        opens_clause.then(|| Attribution::of(m))
    }

    /// The comma opening an apposition that ends at the comma `close` in a prepositional phrase
    /// ("…, a surgeon from Leeds,", "…, the director of the Hart Fund,"): a noun phrase opening
    /// with a lower-case word, then a preposition, no verb and no other comma, within a few words.
    fn apposition_with_object(&self, close: usize, floor: usize) -> Option<usize> {
        let d = self.doc;
        let mut prep = None;
        for k in (close.saturating_sub(14).max(floor + 1)..close).rev() {
            if self.in_quote[k] {
                return None;
            }
            if d.tokens[k].kind == Kind::Punct {
                let c = d.word(k);
                if c == "," {
                    let prep = prep?;
                    let first = self.word_lower(k + 1);
                    let opens = d.is_word(k + 1)
                        && d.is_lowercase(k + 1)
                        && k + 1 < prep
                        && !words::contains(PRONOUNS, first)
                        && !is_np_stop(first)
                        && !super::is_finite(first);
                    return (opens && d.is_word(k - 1)).then_some(k);
                }
                if !matches!(c, "." | "’s" | "'s" | "-") {
                    return None;
                }
                continue;
            }
            if !d.is_lowercase(k) {
                continue;
            }
            let w = self.word_lower(k);
            if matches!(w, "of" | "from" | "at" | "in" | "for" | "on" | "with") {
                prep = Some(k);
            } else if super::is_finite(w) || self.is_cue_verb(k) || is_np_stop(w) {
                return None;
            }
        }
        None
    }

    /// A name the actor finder did not take (one to three capitalised words opening the
    /// sentence or following a determiner): "Lynch said", "Reuters reported".
    fn unknown_name(&self, floor: usize, e: usize) -> Option<Attribution> {
        let d = self.doc;
        let mut s = e;
        while s > floor && e - s < 3 && d.is_capitalized(s - 1) && !self.in_quote[s - 1] {
            s -= 1;
        }
        if s == e || !(s == floor || d.starts_sentence(s)) {
            return None;
        }
        let first = d.word(s);
        if words::is_not_name(first) || words::is_function_word(first) {
            return None;
        }
        Some(Attribution {
            mention: Some(s..e),
            actor: None,
            cue: None,
        })
    }

    /// An auxiliary or adverb that may stand between a subject and its verb ("has long said",
    /// "now says", "isn't saying").
    pub fn is_adverbial(&self, k: usize) -> bool {
        let w = self.word_lower(k);
        is_auxiliary(w)
            || words::contains(SUBJECT_ADVERBS, w)
            // "has since said" (not "since announcing", a time clause)
            || (w == "since"
                && k + 1 < self.doc.tokens.len()
                && !self.word_lower(k + 1).ends_with("ing"))
            || (w.len() > 4
                && w.ends_with("ly")
                && !matches!(
                    w,
                    "family"
                        | "rally"
                        | "ally"
                        | "assembly"
                        | "daily"
                        | "weekly"
                        | "monthly"
                        | "anomaly"
                        | "monopoly"
                        | "supply"
                        | "reply"
                ))
            || w.ends_with("n't")
            || w.ends_with("n’t")
    }

    /// A two-word time phrase at `k` ("on Tuesday", "this month", "last week").
    pub fn is_time_phrase(&self, k: usize) -> bool {
        let d = self.doc;
        // "in 2010", "in March"
        let year_or_month = |i: usize| {
            let w = d.word(i);
            (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())) || super::is_day_or_month(w)
        };
        if d.is(k, "in") && d.is_lowercase(k) && k + 1 < d.tokens.len() && year_or_month(k + 1) {
            return true;
        }
        d.is_lowercase(k)
            && matches!(
                self.word_lower(k),
                "on" | "this" | "last" | "earlier" | "late"
            )
            && d.is_word(k + 1)
            && matches!(
                self.word_lower(k + 1),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "night"
                    | "morning"
                    | "afternoon"
                    | "evening"
            )
    }

    /// The speaker phrase that starts at token `start` (after an inverted cue: "said Kerry").
    pub fn np_after(&self, start: usize, ceiling: usize) -> Option<Attribution> {
        let d = self.doc;
        if start >= ceiling {
            return None;
        }
        let lw = self.word_lower(start);
        if words::contains(PRONOUNS, lw) && d.is_lowercase(start) {
            return Some(self.pronoun(start));
        }
        // the phrase runs to a comma, terminal, preposition or verb ("said the plan was dead" has
        // no speaker after the cue); its last actor mention names the speaker
        let e = self.phrase_end(start, ceiling);
        let mut best = None;
        let mut i = start;
        while i < e {
            if let Some(m) = self.actors.mention_at(i) {
                let ok = self.actors.actors[m.actor].kind == ActorType::Person || best.is_none();
                if ok {
                    best = Some(Attribution::of(m));
                }
                i = m.tokens.end.max(i + 1);
            } else {
                i += 1;
            }
        }
        best.or_else(|| self.common_np(start, e, true))
    }

    /// The end of the phrase after an inverted cue: it runs to a comma, a terminal, a
    /// preposition of time or place, or a relative word.
    fn phrase_end(&self, start: usize, ceiling: usize) -> usize {
        let d = self.doc;
        let mut e = start;
        while e < ceiling
            && e - start < 10
            // a number and the hyphens of a compound: "said the 46-year-old"
            && (d.is_word(e)
                || d.tokens[e].kind == Kind::Number
                || (e > start && d.is_punct(e, '-') && d.tokens[e].joined))
            && !(d.is_lowercase(e)
                && (words::contains(
                    &[
                        "in", "on", "at", "during", "after", "before", "that", "when", "who",
                        "while", "to",
                    ],
                    d.word(e),
                ) || (e > start && super::is_finite(d.word(e)))))
        {
            e += 1;
        }
        e
    }

    /// Any noun phrase in `s..e` where only the speaker can stand: between a quote and its
    /// closing cue ("“…,” the host said", "“…,” one person tweeted") or right after an inverted
    /// closing cue ("“…,” said a Nevada Democrat"). It opens with a determiner or a capital and
    /// holds only words; a speaker that is no actor keeps its mention without an actor.
    fn closing_np(&self, s: usize, mut e: usize) -> Option<Attribution> {
        let d = self.doc;
        while e > s + 1 && d.is_lowercase(e - 1) && self.is_adverbial(e - 1) {
            e -= 1;
        }
        if e <= s || e - s > 8 || (s..e).any(|k| self.in_quote[k]) {
            return None;
        }
        let words_only = (s..e).all(|k| {
            (d.is_word(k) || d.tokens[k].kind == Kind::Number) && cue_at(d, k, false).is_none()
        });
        let first = self.word_lower(s);
        let opens = DETERMINERS_SET.contains(first) || d.is_capitalized(s);
        let last = self.word_lower(e - 1);
        let closes = !(d.is_lowercase(e - 1)
            && (is_np_stop(last)
                || DETERMINERS_SET.contains(last)
                || words::contains(SUBJECT_BOUNDARIES, last)));
        if !(words_only && opens && closes) || words::is_function_word(d.word(s)) && e - s == 1 {
            return None;
        }
        Some(Attribution {
            mention: Some(s..e),
            actor: None,
            cue: None,
        })
    }

    /// The whole phrase `s..e` between a clause's comma and the verb of saying that closes the
    /// sentence, where no name or common speaker is read ("…, a source close to him said.",
    /// "…, people close to the campaign say."): the first person named in it, else the phrase
    /// itself. It holds words alone (numbers, possessives, abbreviations), no verb, and opens
    /// with neither a conjunction nor a relative word.
    pub fn closing_phrase(&self, s: usize, e: usize) -> Option<Attribution> {
        let d = self.doc;
        if e <= s || e - s > 10 {
            return None;
        }
        let first = self.word_lower(s);
        let last = self.word_lower(e - 1);
        let plain = (s..e).all(|k| {
            !self.in_quote[k]
                && (d.is_word(k)
                    || d.tokens[k].kind == Kind::Number
                    || matches!(d.word(k), "’s" | "'s" | "." | "-" | "%"))
                && !(d.is_lowercase(k)
                    && (super::is_finite(self.word_lower(k))
                        || self.is_cue_verb(k)
                        || (self.word_lower(k).ends_with("ed") && k + 1 == e)))
        });
        let opens = !(d.is_lowercase(s)
            && words::contains(
                &[
                    "and",
                    "but",
                    "or",
                    "nor",
                    "which",
                    "who",
                    "whom",
                    "that",
                    "as",
                    "if",
                    "when",
                    "while",
                    "because",
                    "so",
                    "then",
                    "where",
                    "although",
                    "though",
                    "with",
                    "including",
                    "unlike",
                    "like",
                    "what",
                    "how",
                    "why",
                    "to",
                    "in",
                    "on",
                    "at",
                    "for",
                    "from",
                    "by",
                    "of",
                    "after",
                    "before",
                    "since",
                    "until",
                    "than",
                    "it",
                    "there",
                    "this",
                    "these",
                    "those",
                    "all",
                    "not",
                    "just",
                    "only",
                    "even",
                ],
                first,
            ));
        let closes = !(d.is_lowercase(e - 1)
            && (DETERMINERS_SET.contains(last)
                || words::contains(
                    &[
                        "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or",
                        "but", "that", "who", "which", "it", "there", "not",
                    ],
                    last,
                )));
        if !(plain && opens && closes) {
            return None;
        }
        // a claim and the one who answers it: "…, a claim the army denied." is the army's
        if e > s + 2
            && matches!(first, "a" | "an")
            && words::contains(CLAIM_NOUNS, self.word_lower(s + 1))
        {
            let r = if d.is(s + 2, "that") { s + 3 } else { s + 2 };
            if r < e {
                return self.np_before(e, r).or(Some(Attribution {
                    mention: Some(r..e),
                    actor: None,
                    cue: None,
                }));
            }
        }
        let at = (s + 1..e).find(|&k| d.is(k, "at"));
        if let Some(found) = at.and_then(|at| self.staff_of_body(s, at, e)) {
            return Some(found);
        }
        self.person_in(s, e).or(Some(Attribution {
            mention: Some(s..e),
            actor: None,
            cue: None,
        }))
    }

    /// A body's own analysts or researchers speak for it: the phrase `s..e` whose head noun
    /// ends at `at`, a body's name after it ("Analysts at NAME Bank said", "…, researchers at
    /// the NAME Institute said"); the whole phrase is the mention.
    fn staff_of_body(&self, s: usize, at: usize, e: usize) -> Option<Attribution> {
        let d = self.doc;
        if at <= s || at + 1 >= e || !d.is(at, "at") {
            return None;
        }
        if !words::contains(STAFF_NOUNS, self.word_lower(at - 1)) {
            return None;
        }
        let m = self.actors.mention_at(e - 1).filter(|m| {
            m.kind == MentionKind::Name
                && m.tokens.end == e
                && self.actors.actors[m.actor].kind == ActorType::Organization
                && (at + 1..m.tokens.start).all(|k| d.is(k, "the"))
        })?;
        Some(Attribution {
            mention: Some(s..e),
            actor: Some(m.actor),
            cue: None,
        })
    }

    /// The first person named in the subject `s..e` of a closing cue, not as the object of a
    /// preposition: "“…,” former Gov. Hal Brenner of Ohio said".
    fn person_in(&self, s: usize, e: usize) -> Option<Attribution> {
        let d = self.doc;
        if e - s > 16 {
            return None;
        }
        let mut k = s;
        while k < e {
            if self.in_quote[k] {
                return None;
            }
            if let Some(m) = self.actors.mention_at(k) {
                let governed = k > s
                    && d.is_lowercase(k - 1)
                    && words::contains(
                        &["of", "for", "to", "with", "by", "from", "about"],
                        d.word(k - 1),
                    );
                if self.actors.actors[m.actor].kind == ActorType::Person
                    && !governed
                    && m.tokens.end <= e
                {
                    return Some(Attribution::of(m));
                }
                k = m.tokens.end.max(k + 1);
            } else {
                k += 1;
            }
        }
        None
    }

    /// A common noun phrase ("the minister", "U.S. officials", "a spokesman") in `floor..end`;
    /// with `forward`, the phrase starting at `floor`.
    fn common_np(&self, floor: usize, end: usize, forward: bool) -> Option<Attribution> {
        let d = self.doc;
        if end <= floor {
            return None;
        }
        if !forward {
            if let Some(share) = self.share_before(floor, end) {
                return Some(Attribution {
                    mention: Some(share..end),
                    actor: None,
                    cue: None,
                });
            }
        }
        let (s, e) = if forward {
            (floor, end)
        } else {
            let mut s = end;
            while s > floor && end - s < 6 {
                let k = s - 1;
                if !d.is_word(k) && !(d.tokens[k].kind == Kind::Number) {
                    // a hyphen inside a word: "the front-runner", "Twenty-four percent"
                    if self.inside_hyphen(k, floor) {
                        s = k;
                        continue;
                    }
                    break;
                }
                let lw = self.word_lower(k);
                if d.is_lowercase(k) && is_np_stop(lw) {
                    break;
                }
                s = k;
                // a determiner opens the phrase, unless it ends a compound ("Twenty-one")
                if DETERMINERS_SET.contains(lw) && !(k > 0 && self.inside_hyphen(k - 1, floor)) {
                    break;
                }
            }
            // the reach ran out inside a compound: no phrase opens with its hyphen
            while s < end && d.is_punct(s, '-') {
                s += 1;
            }
            (s, end)
        };
        if s >= e {
            return None;
        }
        // the head noun is the last word; it must be a noun that can speak, or a share of the
        // people asked ("half", "most of them", "many in the crowd")
        let head = self.word_lower(e - 1);
        // an age for a noun ("said the 46-year-old"): the person named last
        if head == "old" && e >= s + 3 && self.inside_hyphen(e - 2, s) && d.is(e - 3, "year") {
            // the age and its determiner before "year": "the 61-year-old"
            let mut s = s;
            if !forward && s >= floor + 2 && d.is_punct(s - 1, '-') {
                s -= 2;
                if s > floor && DETERMINERS_SET.contains(self.word_lower(s - 1)) {
                    s -= 1;
                }
            }
            let since = s.saturating_sub(ROLE_REACH);
            let actor = self
                .actors
                .last_before_since(s, since, |m, a| {
                    m.kind == MentionKind::Name && a.kind == ActorType::Person
                })
                .map(|m| m.actor);
            return Some(Attribution {
                mention: Some(s..e),
                actor,
                cue: None,
            });
        }
        let role = self.lexicon.role(head);
        let is_source = is_source_noun(head) || words::contains(SHARES, head) || role.is_some();
        if !is_source {
            return None;
        }
        // an indefinite phrase introduces someone new: "an aide said" is not the aide named
        // before
        let indefinite = matches!(self.word_lower(s), "a" | "an" | "another");
        let actor = role
            .filter(|r| r.kind == EntryKind::Role && !indefinite)
            .and_then(|_| self.role_holder_of_phrase(head, s, e))
            .or_else(|| {
                (e == s + 2 && self.word_lower(s) == "the")
                    .then(|| self.body_referent(head, s))
                    .flatten()
            })
            .or_else(|| self.press_office_of(s, e))
            .or_else(|| self.own_party(s, e));
        Some(Attribution {
            mention: Some(s..e),
            actor,
            cue: None,
        })
    }

    /// The body whose press office the phrase `s..e` names: a body or a country named right
    /// before "press office", "media office", "communications office" or "press team" ("the
    /// White House press office", "the Kremlin's press team") speaks through it.
    fn press_office_of(&self, s: usize, e: usize) -> Option<usize> {
        let d = self.doc;
        if e < s + 3
            || !matches!(self.word_lower(e - 1), "office" | "team")
            || !matches!(self.word_lower(e - 2), "press" | "media" | "communications")
        {
            return None;
        }
        // (past a possessive: "the ministry's press office")
        let owner_end = if matches!(d.word(e - 3), "'s" | "’s") && e > s + 3 {
            e - 3
        } else {
            e - 2
        };
        let m = self.actors.mention_at(owner_end - 1)?;
        (m.tokens.end == owner_end
            && m.tokens.start >= s
            && d.is_capitalized(m.tokens.start)
            && self.actors.actors[m.actor].kind != ActorType::Person)
            .then_some(m.actor)
    }

    /// The party of the person a possessive pronoun stands for ("his party", "her party"): the
    /// party named last before it, within a role's reach, in a sentence that also names the
    /// person ("Ann Lee of the Harbour Party … Her party said").
    fn own_party(&self, s: usize, e: usize) -> Option<usize> {
        let d = self.doc;
        if e != s + 2 || !d.is(e - 1, "party") || !matches!(self.word_lower(s), "his" | "her") {
            return None;
        }
        let person = self
            .pronoun(s)
            .actor
            .filter(|&a| self.actors.actors[a].kind == ActorType::Person)?;
        let since = s.saturating_sub(ROLE_REACH);
        let sentences: Vec<u32> = self
            .actors
            .mentions
            .iter()
            .filter(|m| m.actor == person && m.tokens.start >= since && m.tokens.end <= s)
            .map(|m| d.sentence_of[m.tokens.start])
            .collect();
        self.actors
            .last_before_since(s, since, |m, a| {
                a.kind == ActorType::Organization
                    && (a.code.as_deref().is_some_and(|c| c.ends_with("PTY"))
                        || a.name.split(' ').any(|w| w.eq_ignore_ascii_case("party")))
                    && sentences.contains(&d.sentence_of[m.tokens.start])
            })
            .map(|m| m.actor)
    }

    /// Whether token `k` is a hyphen joining the words on both sides of it, after `floor`.
    fn inside_hyphen(&self, k: usize, floor: usize) -> bool {
        let d = self.doc;
        k > floor
            && d.is_punct(k, '-')
            && d.tokens[k].joined
            && d.tokens.get(k + 1).is_some_and(|t| t.joined)
            && d.is_word(k - 1)
            && d.is_word(k + 1)
    }

    /// The start of a share of the people asked ending at `end`: a percentage ("42%") or
    /// `N in M` ("six in 10", "one in five").
    fn share_before(&self, floor: usize, end: usize) -> Option<usize> {
        let d = self.doc;
        let number = |k: usize| {
            d.tokens[k].kind == Kind::Number
                || (d.is_word(k) && words::contains(NUMBER_WORDS, self.word_lower(k)))
        };
        if end >= floor + 2 && d.is_punct(end - 1, '%') && d.tokens[end - 2].kind == Kind::Number {
            return Some(end - 2);
        }
        (end >= floor + 3 && number(end - 1) && d.is(end - 2, "in") && number(end - 3))
            .then(|| end - 3)
    }

    /// The actor most recently mentioned before `before` who holds a role named by `head`: a
    /// person named, or one described by a country and the role ("a senior U.S. official said …
    /// the official said").
    fn role_holder(&self, head: &str, before: usize) -> Option<usize> {
        self.last_titled(before, |_, r| r.split(' ').any(|w| names_role(w, head)))
    }

    /// The person most recently mentioned before `before`, by name or described by a country
    /// and a role ("a senior U.S. official"), one of whose titles `holds` accepts; within the
    /// last few thousand words: a role phrase refers back, but not across a book.
    fn last_titled(
        &self,
        before: usize,
        holds: impl Fn(&ActorInfo, &str) -> bool,
    ) -> Option<usize> {
        let since = before.saturating_sub(ROLE_REACH);
        self.actors
            .last_before_since(before, since, |m, a| {
                matches!(m.kind, MentionKind::Name | MentionKind::Nominal)
                    && a.kind == ActorType::Person
                    && a.roles.iter().any(|r| holds(a, r))
            })
            .map(|m| m.actor)
    }

    /// The holder of the office a role phrase `s..e` names ("the health minister said"): as
    /// [`role_holder`](Self::role_holder), but where the words before the head name a narrower
    /// office ("health minister", not "minister") the holder's title names that office, and where
    /// a country follows ("the health minister of Switzerland") the holder is of that country: a
    /// country's health minister is not the prime minister named before, nor another country's.
    fn role_holder_of_phrase(&self, head: &str, s: usize, e: usize) -> Option<usize> {
        let d = self.doc;
        let bare = self.lexicon.role(head).map(|r| r.name.as_str());
        // the words before the head of the longest role phrase the lexicon knows ending there,
        // after the determiner: "health" of "the health minister"
        let narrower = (s..e - 1)
            .filter(|&k| d.is_word(k) && !DETERMINERS_SET.contains(self.word_lower(k)))
            .find(|&k| {
                let phrase = d.span_text(k..e).to_lowercase();
                self.lexicon
                    .role(&phrase)
                    .is_some_and(|r| r.kind == EntryKind::Role)
            })
            .map(|k| (k..e - 1).map(|t| self.word_lower(t)).collect::<Vec<_>>());
        let country = (e + 1 < d.tokens.len() && d.is(e, "of"))
            .then(|| self.actors.mention_at(e + 1))
            .flatten()
            .filter(|m| m.tokens.start == e + 1)
            .map(|m| &self.actors.actors[m.actor])
            .filter(|a| a.kind == ActorType::Country)
            .and_then(|a| a.country.as_deref());
        // whether a title names no narrower office than the head: the longest of its last words
        // that the lexicon knows is the head ("Senate Democratic Leader"), or none is
        let unspecific = |r: &str| {
            let r = r.to_lowercase();
            std::iter::once(0)
                .chain(r.match_indices(' ').map(|(i, _)| i + 1))
                .find_map(|i| self.lexicon.role(&r[i..]))
                .is_none_or(|x| Some(x.name.as_str()) == bare)
        };
        self.last_titled(s, |a, r| {
            let named = r.split(' ').any(|w| names_role(w, head));
            let title = match &narrower {
                None => named,
                // a title holding the narrower office's words and the head, or a minister's as
                // a secretary's ("Foreign Secretary" for "the foreign minister"); or naming no
                // narrower office than the head ("Senate Democratic Leader" for "the minority
                // leader")
                Some(words) => {
                    let minister = |w: &str| {
                        w.eq_ignore_ascii_case("minister") || w.eq_ignore_ascii_case("secretary")
                    };
                    let head_or_like =
                        named || (minister(head) && r.rsplit(' ').next().is_some_and(minister));
                    (head_or_like
                        && words
                            .iter()
                            .all(|w| r.split(' ').any(|x| x.eq_ignore_ascii_case(w))))
                        || (named && unspecific(r))
                }
            };
            title && country.is_none_or(|c| a.country.as_deref().is_none_or(|own| own == c))
        })
    }

    /// The person who holds the side of a case that a speaker mention names ("the defence", "the
    /// prosecution", "the plaintiffs", "defence lawyers"): the person named last before it, within
    /// a role's reach, with that side in a title before the name ("defence lawyer NAME",
    /// "prosecutor NAME") or in an apposition after it ("NAME, for the defence,", "NAME, a lawyer
    /// for the plaintiffs,"). None where the mention names no side or no one holds it: a judge or
    /// the court never speaks for a side.
    pub fn side_holder(&self, mention: Range<usize>) -> Option<usize> {
        let d = self.doc;
        let mut words = mention.clone();
        if words.start < words.end && self.word_lower(words.start) == "the" {
            words.start += 1;
        }
        let mut side = None;
        for k in words {
            if !d.is_word(k) {
                // "the plaintiffs' lawyers"
                if matches!(d.word(k), "'" | "’") {
                    continue;
                }
                return None;
            }
            match case_side(self.word_lower(k)) {
                Some(s) if side.is_none_or(|t| t == s) => side = Some(s),
                Some(_) => return None,
                None if is_counsel(self.word_lower(k)) && side.is_some() => {}
                None => return None,
            }
        }
        let side = side?;
        let since = mention.start.saturating_sub(ROLE_REACH);
        self.actors
            .last_before_since(mention.start, since, |m, a| {
                m.kind == MentionKind::Name
                    && a.kind == ActorType::Person
                    && self.named_with_side(m.tokens.clone(), side)
            })
            .map(|m| m.actor)
    }

    /// Whether the name at `name` has `side` in a title of a few words before it or in the
    /// apposition after its comma, in its own sentence.
    fn named_with_side(&self, name: Range<usize>, side: CaseSide) -> bool {
        let d = self.doc;
        let sentence = &d.sentences[d.sentence_of[name.start] as usize].tokens;
        let before = name.start.saturating_sub(4).max(sentence.start)..name.start;
        let after = if name.end < sentence.end && d.is_punct(name.end, ',') {
            let end = sentence.end.min(name.end + 9);
            let close = (name.end + 1..end)
                .find(|&k| d.is_punct(k, ',') || d.is_punct(k, ';'))
                .unwrap_or(end);
            name.end + 1..close
        } else {
            name.end..name.end
        };
        before.chain(after).any(|k| self.side_at(k, side))
    }

    /// Whether token `k` names `side` as someone's: before a lawyer's noun ("defence lawyer",
    /// "the plaintiffs' attorney"), after "for the" ("for the defence"), or as a person's own
    /// noun ("prosecutor", "plaintiff"), not as a ministry's ("defence minister") or an object's
    /// ("the defence's motion").
    fn side_at(&self, k: usize, side: CaseSide) -> bool {
        let d = self.doc;
        if !d.is_word(k) || case_side(self.word_lower(k)) != Some(side) {
            return false;
        }
        let mut next = k + 1;
        if next < d.tokens.len() && matches!(d.word(next), "'" | "’") {
            next += 1;
        }
        let counsel = next < d.tokens.len() && d.is_word(next) && is_counsel(self.word_lower(next));
        let for_the = k >= 2 && d.is(k - 1, "the") && d.is(k - 2, "for");
        let own_noun = matches!(
            self.word_lower(k),
            "prosecutor" | "prosecutors" | "plaintiff" | "plaintiffs" | "claimant" | "claimants"
        );
        counsel || for_the || own_noun
    }

    /// The body a bare definite noun ("the group", "the ministry", "the party", "the company")
    /// refers back to: the body named last before `before`, outside quotes, of the kind the noun
    /// names (an armed group or a body called a group, a ministry, an agency, a party, a company,
    /// a trade union, a club, a police force).
    fn body_referent(&self, head: &str, before: usize) -> Option<usize> {
        let fits = |a: &ActorInfo| {
            let called = |w: &str| a.name.split(' ').any(|n| n.eq_ignore_ascii_case(w));
            let body = a.kind == ActorType::Organization;
            // a state's body, an outlet or a school is no group (a school by its code, or by its
            // name where it has none: "Kelton University")
            let state = a.code.as_deref().is_some_and(|c| {
                ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED", "EDU"]
                    .iter()
                    .any(|s| c.ends_with(s))
            }) || ["university", "college", "school", "academy"]
                .iter()
                .any(|w| called(w));
            match head {
                // an armed group, a movement or a body of no state, not a people ("Americans",
                // "Muslims": one word with a country's or a religion's code, or none), nor a body
                // of states ("the rights group" after "the United Nations")
                "group" => {
                    (a.kind == ActorType::Group
                        && (a.name.contains(' ') || a.code.as_ref().is_some_and(|c| c.len() > 3)))
                        || (body
                            && !state
                            && !a.code.as_deref().is_some_and(|c| c.starts_with("IGO")))
                }
                // a company: coded as a business, or a body of no code whose name holds a
                // company's word or no body's head ("Halvorsen Shipping", "Wealth-X", not "Ministry
                // of Health")
                // a network: coded as media, or called as networks are; a newspaper or a
                // magazine: called as they are (an outlet the actor stage does not know is not
                // the last one it knows)
                "network" | "broadcaster" => {
                    body && (a.code.as_deref().is_some_and(|c| c.ends_with("MED"))
                        || ["news", "radio", "television", "tv"]
                            .iter()
                            .any(|w| called(w)))
                }
                "newspaper" | "paper" | "magazine" => body && MEDIA_WORDS.iter().any(|w| called(w)),
                "company" | "firm" | "carmaker" | "automaker" | "retailer" | "lender"
                | "insurer" | "manufacturer" | "publisher" | "miner" => {
                    body && match a.code.as_deref() {
                        Some(c) => c.contains("BUS"),
                        None => {
                            a.name.split(' ').any(words::is_company_ending)
                                || !a.name.split(' ').any(words::is_org_head)
                        }
                    }
                }
                "ministry" => body && called("ministry"),
                // a bank: called so, or by its trade ("NAME Banking Group")
                "bank" => body && (called("bank") || called("banking")),
                // a police force: coded as police, or called so
                "force" => {
                    body && (a.code.as_deref().is_some_and(|c| c.ends_with("COP"))
                        || called("police"))
                }
                // an agency: called so or by an agency's word ("Federal Aviation
                // Administration", "National Weather Service", "World Health Organization"), a
                // body of states' own, or coded as police or intelligence ("the FBI")
                "agency" => {
                    body && (AGENCY_WORDS.iter().any(|w| called(w))
                        || a.code.as_deref().is_some_and(|c| {
                            c.starts_with("IGO") || c.ends_with("COP") || c.ends_with("SPY")
                        }))
                }
                "organization" | "organisation" => {
                    body && (called("organization")
                        || called("organisation")
                        || a.code.as_deref().is_some_and(|c| c.starts_with("IGO")))
                }
                "bureau" => body && called("bureau"),
                // an airline: called so, or a name in -air ("Nordic Air", "Skyair")
                "airline" | "carrier" => {
                    body && (["air", "airline", "airlines", "airways"]
                        .iter()
                        .any(|w| called(w))
                        || a.name
                            .get(a.name.len().saturating_sub(3)..)
                            .is_some_and(|t| t.eq_ignore_ascii_case("air")))
                }
                "party" => {
                    body && (called("party")
                        || a.code.as_deref().is_some_and(|c| c.ends_with("PTY")))
                }
                // a trade union: coded as labour, or called a union with no code (the European
                // Union has one)
                "union" => {
                    body && match a.code.as_deref() {
                        Some(c) => c.ends_with("LAB"),
                        None => called("union"),
                    }
                }
                // a club: called so, or named as football clubs are ("Harton Rovers", "Sporting
                // Dunmore"), not a state's body
                "club" => {
                    let mut name = a.name.split(' ');
                    let first = name.next().unwrap_or_default();
                    let last = name.next_back().unwrap_or(first);
                    body && !state && (called("club") || words::is_club_name(first, last))
                }
                _ => false,
            }
        };
        let (d, in_quote) = (self.doc, self.in_quote);
        // an owner's name modifies a noun and is no party to the clause ("the Democratic Party's
        // nomination")
        let owner = |m: &Mention| {
            m.tokens.end < d.tokens.len() && matches!(d.word(m.tokens.end), "’s" | "'s" | "’")
        };
        self.actors
            .last_before_since(before, before.saturating_sub(BODY_REACH), |m, a| {
                // (a central bank is often named by its noun: "the country's central bank", a
                // police force too: "Police said"; a group by a phrase of its own: "an armed
                // group in the north")
                (m.kind == MentionKind::Name
                    || head == "bank"
                    || head == "force"
                    || (head == "group" && a.kind == ActorType::Group && a.name.ends_with("group")))
                    && !in_quote[m.tokens.start]
                    && !owner(m)
                    && fits(a)
            })
            .map(|m| m.actor)
    }

    /// The body a definite phrase headed by a body's kind refers back to, with or without words
    /// qualifying the noun ("the club", "the Premier League club", "the opposition party", "the
    /// militant group"), as [`body_referent`](Self::body_referent) reads the bare noun; none
    /// where a word sets it apart from the one named ("the other party", "the rival club").
    pub fn kind_referent(&self, mention: Range<usize>) -> Option<usize> {
        let d = self.doc;
        if mention.len() < 2 || mention.len() > 5 || self.word_lower(mention.start) != "the" {
            return None;
        }
        let head = self.word_lower(mention.end - 1);
        if !matches!(
            head,
            "club"
                | "union"
                | "party"
                | "company"
                | "firm"
                | "group"
                | "agency"
                | "organization"
                | "organisation"
                | "bureau"
                | "airline"
                | "carrier"
                | "carmaker"
                | "automaker"
                | "retailer"
                | "lender"
                | "insurer"
                | "manufacturer"
                | "broadcaster"
                | "publisher"
                | "miner"
                | "newspaper"
                | "paper"
                | "magazine"
                | "network"
        ) || !d.is_lowercase(mention.end - 1)
        {
            return None;
        }
        let plain = (mention.start + 1..mention.end - 1).all(|k| {
            d.is_word(k)
                && !self.in_quote[k]
                && !(d.is_lowercase(k)
                    && (is_np_stop(self.word_lower(k))
                        || matches!(
                            self.word_lower(k),
                            "other" | "rival" | "another" | "new" | "former" | "opposing"
                        )))
        });
        plain
            .then(|| self.body_referent(head, mention.start))
            .flatten()
    }

    /// The one a spokesman's mention speaks for, where the mention names it: an organization
    /// named before the noun ("a Tesco spokeswoman", "A Department for Education spokesperson",
    /// "a Pentagon official"; the whole phrase is the mention; not a country's adjective, "a
    /// Russian official"), a role after "for" ("a spokesman for the president"), or an owner
    /// before it ("the minister's spokeswoman", "his spokesman"). `actor` is the speaker found so
    /// far: a body before the noun replaces none or the nameless person the phrase itself made
    /// ("Tesco spokeswoman"); the other two fill in none. None where the mention is no such
    /// phrase.
    pub fn spoken_for(&self, mention: Range<usize>, actor: Option<usize>) -> Option<Attribution> {
        let d = self.doc;
        if mention.is_empty() {
            return None;
        }
        let sentence_end = d.sentences[d.sentence_of[mention.start] as usize]
            .tokens
            .end;
        // a body named before the noun: the mention may have been cut inside the body's name
        // ("A Department" of "A Department for Education spokesperson")
        let det = if matches!(self.word_lower(mention.start), "a" | "an" | "the" | "one") {
            Some(mention.start)
        } else {
            mention
                .start
                .checked_sub(1)
                .filter(|&k| matches!(self.word_lower(k), "a" | "an" | "the" | "one"))
        };
        let s = det.map_or(mention.start, |k| k + 1);
        if s < sentence_end && d.is_capitalized(s) {
            let noun = (s + 1..(s + 7).min(sentence_end))
                .take_while(|&k| d.is_word(k) && !self.in_quote[k])
                .find(|&k| {
                    d.is_lowercase(k) && !matches!(self.word_lower(k), "for" | "of" | "and")
                });
            let voice = noun.filter(|&h| {
                mention.end <= h + 1
                    && (words::contains(SPEAKS_FOR, self.word_lower(h))
                        || words::contains(STAFF_NOUNS, self.word_lower(h))
                        || matches!(
                            self.word_lower(h),
                            "official" | "officials" | "source" | "sources"
                        ))
            });
            if let Some(h) = voice {
                // (a party's strategist or analyst is a consultant of its side, no voice of the
                // party: "a GOP strategist said")
                let staff = words::contains(STAFF_NOUNS, self.word_lower(h));
                let party = |a: &ActorInfo| {
                    a.code.as_deref().is_some_and(|c| c.ends_with("PTY"))
                        || a.name.split(' ').any(|w| w == "Party")
                };
                let body = self.actors.last_before_since(h, s, |m, a| {
                    m.tokens.start == s
                        && m.tokens.end == h
                        && m.kind == MentionKind::Name
                        && a.kind == ActorType::Organization
                        && !(staff && party(a))
                });
                let replaces = actor.is_none_or(|a| {
                    let a = &self.actors.actors[a];
                    a.kind == ActorType::Person && a.name == d.span_text(s..h + 1)
                });
                if let Some(body) = body.filter(|_| replaces) {
                    return Some(Attribution {
                        mention: Some(det.unwrap_or(s)..h + 1),
                        actor: Some(body.actor),
                        cue: None,
                    });
                }
            }
            // a candidate's campaign before the noun: "an Okafor campaign spokesman", "one
            // Whitfield campaign source" speak for the candidate
            let campaign_voice = noun.filter(|&h| {
                mention.end <= h + 2
                    && d.is(h, "campaign")
                    && h + 1 < sentence_end
                    && !self.in_quote[h + 1]
                    && (words::contains(SPEAKS_FOR, self.word_lower(h + 1))
                        || matches!(
                            self.word_lower(h + 1),
                            "official" | "officials" | "source" | "sources" | "aide" | "aides"
                        ))
            });
            if let Some(h) = campaign_voice.filter(|_| actor.is_none()) {
                if let Some(candidate) = self.campaign_of(s..h + 1) {
                    return Some(Attribution {
                        mention: Some(det.unwrap_or(s)..h + 2),
                        actor: Some(candidate),
                        cue: None,
                    });
                }
            }
        }
        if actor.is_some() {
            return None;
        }
        let e = mention.end;
        let head = self.word_lower(e - 1);
        // a body's own council, board or document speaks for it: "its council said", "its
        // statement said"
        let organ = e == mention.start + 2
            && self.word_lower(mention.start) == "its"
            && (words::contains(DOCUMENT_NOUNS, head) || matches!(head, "council" | "board"));
        // an office speaks for its owner: "the president's office said", "the UN's human
        // rights office said", "her office said"
        if head == "office" && d.is_lowercase(e - 1) {
            let owner_end = (mention.start..e - 1)
                .rev()
                .take_while(|&k| {
                    k == mention.start || d.is_lowercase(k) || matches!(d.word(k), "’s" | "'s")
                })
                .find(|&k| {
                    matches!(d.word(k), "’s" | "'s")
                        || (k == mention.start
                            && matches!(self.word_lower(k), "his" | "her" | "their"))
                });
            if let Some(owner) = owner_end
                .and_then(|k| self.possessor(k + 1, mention.start))
                .filter(|o| o.actor.is_some())
            {
                return Some(owner);
            }
        }
        if !words::contains(SPEAKS_FOR, head) && !organ {
            return None;
        }
        // the owner before the noun: "the prime minister's spokeswoman", "Lee's spokesman"
        if e >= mention.start + 2
            && (organ
                || matches!(
                    head,
                    "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" | "spokesmen"
                ))
        {
            if let Some(owner) = self
                .possessor(e - 1, mention.start)
                .filter(|o| o.actor.is_some())
            {
                return Some(owner);
            }
        }
        // a role or a name after "for": "a spokesman for the president said" (a body or a name
        // there is read already)
        if e + 2 < sentence_end && d.is(e, "for") && d.is(e + 1, "the") {
            let end = (e + 2..(e + 6).min(sentence_end))
                .find(|&k| !(d.is_word(k) && d.is_lowercase(k) && !self.is_cue_verb(k)))
                .unwrap_or(sentence_end);
            let closed = end == sentence_end
                || !matches!(d.word(end), "’s" | "'s" | "’" | "'") && !self.in_quote[end];
            if end > e + 2 && closed {
                let role = self.word_lower(end - 1);
                // a body's kind names the body: "a spokesperson for the force", "a spokesman
                // for the ministry", "a spokeswoman for the opposition party"
                let holder = self
                    .lexicon
                    .role(role)
                    .filter(|r| r.kind == EntryKind::Role)
                    .and_then(|_| self.role_holder(role, mention.start))
                    .or_else(|| {
                        if end == e + 3 {
                            self.body_referent(role, e + 1)
                        } else {
                            self.kind_referent(e + 1..end)
                        }
                    });
                if let Some(holder) = holder {
                    return Some(Attribution {
                        mention: Some(e + 1..end),
                        actor: Some(holder),
                        cue: None,
                    });
                }
            }
        }
        None
    }

    /// The candidate a campaign's mention speaks for: the person named right before the noun
    /// ("the Okafor campaign", "Whitfield's campaign", "his campaign"), or for a bare "the
    /// campaign" the person so named before the last "campaign" outside quotes within a role's
    /// reach. None where that campaign is no person's ("the vaccination campaign").
    pub fn campaign_of(&self, mention: Range<usize>) -> Option<usize> {
        let d = self.doc;
        let e = mention.end;
        if mention.is_empty() || !d.is(e - 1, "campaign") || !d.is_lowercase(e - 1) {
            return None;
        }
        let candidate = |k: usize, floor: usize| {
            let person = |a: usize| self.actors.actors[a].kind == ActorType::Person;
            self.actors
                .last_before_since(k, floor, |m, a| {
                    m.tokens.end == k && m.kind == MentionKind::Name && a.kind == ActorType::Person
                })
                .map(|m| m.actor)
                .or_else(|| {
                    self.possessor(k, floor)
                        .and_then(|o| o.actor)
                        .filter(|&a| person(a))
                })
        };
        if e - 1 > mention.start + 1 || !d.is(mention.start, "the") {
            return candidate(e - 1, mention.start);
        }
        let since = mention.start.saturating_sub(ROLE_REACH);
        let k = (since..mention.start)
            .rev()
            .find(|&k| d.is(k, "campaign") && d.is_lowercase(k) && !self.in_quote[k])?;
        candidate(k, k.saturating_sub(6))
    }

    /// The owner named right before token `end`: a name or phrase with a possessive `’s`
    /// ("Trump’s", "the agency’s"), or a possessive pronoun ("his", "their").
    pub fn possessor(&self, end: usize, floor: usize) -> Option<Attribution> {
        let d = self.doc;
        if end <= floor {
            return None;
        }
        let k = end - 1;
        if matches!(d.word(k), "’s" | "'s" | "’" | "'") {
            return self.np_before(k, floor);
        }
        if d.is_lowercase(k) && matches!(self.word_lower(k), "his" | "her" | "their" | "its") {
            return Some(self.pronoun(k));
        }
        None
    }

    /// Resolves a pronoun at `i`: a pronoun opening its sentence refers to the subject of the
    /// sentence before ("Christie bristled at advising Trump ... He also said"); any other to
    /// the most recent compatible actor outside quotes.
    fn pronoun(&self, i: usize) -> Attribution {
        let lw = self.word_lower(i);
        let person = matches!(lw, "he" | "she" | "i" | "his" | "her");
        // "she" and "her" refer to no one a title, given name or earlier pronoun tells is a man,
        // "he" and "his" to no woman
        let gender = match lw {
            "she" | "her" => Some(true),
            "he" | "his" => Some(false),
            _ => None,
        };
        let gender_of = |actor: usize| {
            self.genders.get_or_init(|| self.actors.genders()).get(
                self.actors,
                self.doc,
                self.lexicon,
                actor,
            )
        };
        let compatible =
            |actor: usize| gender.is_none_or(|female| gender_of(actor).may_be(female, i));
        // known to be of the pronoun's gender (by a title, given name or earlier pronoun)
        let known = |actor: usize| gender.is_some_and(|female| gender_of(actor).fits(female, i));
        if matches!(lw, "he" | "she") {
            if let Some(actor) = self.nameless_speaker_before(i) {
                return Attribution {
                    mention: Some(i..i + 1),
                    actor,
                    cue: None,
                };
            }
        }
        if matches!(lw, "he" | "she" | "they" | "it" | "its") {
            if let Some(actor) = self.previous_subject(i, person).filter(|&a| compatible(a)) {
                return Attribution {
                    mention: Some(i..i + 1),
                    actor: Some(actor),
                    cue: None,
                };
            }
        }
        let limit = i.saturating_sub(600);
        let in_quote = self.in_quote;
        let found = self.actors.last_before_since(i, limit, |m, a| {
            !in_quote[m.tokens.start]
                && if person {
                    a.kind == ActorType::Person && compatible(m.actor)
                } else {
                    a.kind != ActorType::Person
                }
        });
        // of the people named earlier in the paragraph, one known to be of the pronoun's gender
        // is preferred to a later one of whom nothing tells
        let found = match found {
            Some(m) if gender.is_some() && !known(m.actor) => {
                let paragraph = self.doc.paragraphs[self.doc.paragraph_of(i)].start;
                let since = paragraph.max(limit);
                self.actors
                    .last_before_since(m.tokens.start, since, |k, a| {
                        !in_quote[k.tokens.start] && a.kind == ActorType::Person && known(k.actor)
                    })
                    .or(Some(m))
            }
            found => found,
        };
        Attribution {
            mention: Some(i..i + 1),
            actor: found.map(|m| m.actor),
            cue: None,
        }
    }

    /// For "he" or "she" at `i` opening its sentence or right after a quotation that does, the
    /// speaker the sentence before in the same paragraph opens with where that is a phrase of
    /// lower-case words right before its cue ("One resident told AFP that …", "In a statement,
    /// the cashier said …"): the phrase's actor where it names one (a role's holder), else none
    /// (the pronoun is that nameless person, not the last person named). `None` where the
    /// sentence before has no such subject or names a person.
    fn nameless_speaker_before(&self, i: usize) -> Option<Option<usize>> {
        let d = self.doc;
        let mut k = i;
        while k > 0
            && (self.in_quote[k - 1]
                || matches!(d.tokens[k - 1].kind, Kind::Quote(_))
                || d.is_punct(k - 1, ','))
        {
            k -= 1;
        }
        let sentence = d.sentence_of[k] as usize;
        if sentence == 0 || d.sentences[sentence].tokens.start != k {
            return None;
        }
        let prev = &d.sentences[sentence - 1];
        if prev.paragraph != d.sentences[sentence].paragraph {
            return None;
        }
        let open = self.after_fronted_phrase(prev.tokens.start, prev.tokens.end);
        if open >= prev.tokens.end
            || !words::contains(&["the", "a", "an", "one", "another"], self.word_lower(open))
        {
            return None;
        }
        let cue = (open + 1..(open + 5).min(prev.tokens.end))
            .take_while(|&c| d.is_word(c) && d.is_lowercase(c) && !self.in_quote[c])
            .find(|&c| self.is_cue_verb(c))?;
        // no one else named in the sentence: "A reporter asked NAME how … He replied"
        let person_named = (open..prev.tokens.end).any(|m| {
            !self.in_quote[m]
                && self
                    .actors
                    .mention_at(m)
                    .is_some_and(|n| self.actors.actors[n.actor].kind == ActorType::Person)
        });
        if cue < open + 2
            || person_named
            || (open..cue).any(|m| self.actors.mention_at(m).is_some())
        {
            return None;
        }
        // a person's noun: a role held by a person, or one of those who witness
        let head = self.word_lower(cue - 1);
        // a noun of one sex is no pronoun of the other ("A woman told police … He said")
        if matches!(
            (head, self.word_lower(i)),
            ("woman" | "mother", "he") | ("man" | "father", "she")
        ) {
            return None;
        }
        let role = self
            .lexicon
            .role(head)
            .filter(|r| r.kind == EntryKind::Role && r.holder == Holder::Person);
        if role.is_none() && !words::contains(WITNESS_NOUNS, head) {
            return None;
        }
        let indefinite = self.word_lower(open) != "the";
        Some(
            role.filter(|_| !indefinite)
                .and_then(|_| self.role_holder(head, open)),
        )
    }

    /// For a pronoun at `i` that opens its sentence (after a fronted phrase or a conjunction at
    /// most), the actor named as the subject of the sentence before in the same paragraph: a
    /// name heading it, after capitalised titles or a determiner, or the apposition after an
    /// owner's noun ("Trump's lawyer, Alan Garten, said ..."). A person for he and she.
    fn previous_subject(&self, i: usize, person: bool) -> Option<usize> {
        let d = self.doc;
        let sentence = d.sentence_of[i] as usize;
        let s = &d.sentences[sentence];
        // "it", "its", "he" or "she" right after a quotation that opens the sentence reads as
        // opening it ("“…,” its council said", "“…,” he wrote" after "NAME said his talks with
        // OTHER …"); "its" elsewhere is left to the last body named
        let mut opening = i;
        if matches!(self.word_lower(i), "it" | "its" | "he" | "she") {
            while opening > s.tokens.start
                && (self.in_quote[opening - 1] || d.is_punct(opening - 1, ','))
            {
                opening -= 1;
            }
            if !self.in_quote[opening] || self.in_quote[i] {
                opening = i;
            }
        }
        if opening == i && self.word_lower(i) == "its" {
            return None;
        }
        let mut start = self.after_fronted_phrase(s.tokens.start, opening + 1);
        if start < opening && matches!(self.word_lower(start), "and" | "but" | "so" | "yet") {
            start += 1;
        }
        if start != opening || sentence == 0 || self.in_quote[i] {
            return None;
        }
        let prev = &d.sentences[sentence - 1];
        if prev.paragraph != s.paragraph {
            return None;
        }
        // "…, according to the monitors. It said": the sentence before reports a speaker, who is
        // not its subject
        if !person
            && (prev.tokens.start..prev.tokens.end - 1)
                .any(|k| d.is(k, "according") && d.is(k + 1, "to"))
        {
            return None;
        }
        let open = self.after_fronted_phrase(prev.tokens.start, prev.tokens.end);
        let mut k = open;
        let reach = (open + 8).min(prev.tokens.end);
        while k < reach {
            if self.in_quote[k] {
                return None;
            }
            if let Some(m) = self.actors.mention_at(k) {
                let end = m.tokens.end;
                let possessive = end < prev.tokens.end && matches!(d.word(end), "’s" | "'s" | "’");
                if possessive {
                    // "Trump's lawyer, Alan Garten, said": the apposition is the subject
                    let comma = (end + 1..reach).find(|&c| d.is_punct(c, ','))?;
                    let apposition = self.actors.mention_at(comma + 1)?;
                    let a = &self.actors.actors[apposition.actor];
                    return ((a.kind == ActorType::Person) == person).then_some(apposition.actor);
                }
                // a name before a title and a person's name modifies the title: "Okafor
                // spokeswoman Ann Lee said …"
                let titled = (end..(end + 4).min(prev.tokens.end))
                    .find(|&j| {
                        !(d.is_word(j)
                            && d.is_lowercase(j)
                            && !is_np_stop(self.word_lower(j))
                            && !super::reads_as_verb(d, j)
                            && !self.is_cue_verb(j))
                    })
                    .filter(|&j| j > end)
                    .and_then(|j| self.actors.mention_at(j))
                    .filter(|n| self.actors.actors[n.actor].kind == ActorType::Person);
                if let Some(n) = titled {
                    return person.then_some(n.actor);
                }
                let a = &self.actors.actors[m.actor];
                return ((a.kind == ActorType::Person) == person).then_some(m.actor);
            }
            let w = self.word_lower(k);
            // "The group said ... It said": a bare body noun heading the sentence before
            if !person
                && w == "the"
                && k + 2 < reach
                && d.is_lowercase(k + 1)
                && d.is_lowercase(k + 2)
            {
                return self.body_referent(self.word_lower(k + 1), k);
            }
            // only titles, capitalised words and determiners stand before the subject's name
            if d.is_lowercase(k)
                && !words::contains(&["the", "a", "an", "former", "then", "acting"], w)
            {
                return None;
            }
            if !d.is_word(k) && !d.is_punct(k, '.') {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Attribution after a quote's closing mark: `"Q," Kerry said` / `said Kerry` / `— Kerry`.
    pub fn after(&self, close: usize) -> Option<Attribution> {
        let d = self.doc;
        let n = d.tokens.len();
        let para_end = d.paragraphs[d.paragraph_of(close)].end;
        let mut j = close + 1;
        while j < para_end && (d.is_punct(j, ',') || d.is_punct(j, ';')) {
            j += 1;
        }
        if j >= n || j >= para_end {
            return None;
        }
        // "“…,” though she noted …": a subordinate clause of the narrator's sentence
        if d.is_lowercase(j)
            && matches!(
                self.word_lower(j),
                "though" | "although" | "whereas" | "because" | "while"
            )
        {
            return None;
        }
        // a dash before a name at the end of a sentence
        if ["—", "–", "―", "-", "--"].contains(&d.word(j)) && !d.tokens[j].joined {
            let name = j + 1 + usize::from(doubled_hyphen(d, j));
            if let Some(a) = self.np_after(name, para_end) {
                return Some(a);
            }
        }
        let window_end = (j + 32).min(para_end);
        let mut c = j;
        while c < window_end {
            // a quotation mark ends the look; an apostrophe ("Sanders' manager") does not
            if (matches!(d.tokens[c].kind, Kind::Quote(_)) && self.in_quote[c])
                || self.is_terminal(c)
            {
                break;
            }
            if let Some(cue) = cue_at(d, c, true) {
                // "“…,” echoing other critics": the one echoed is no speaker
                if c == j && d.is_lowercase(c) && super::is_participle(self.word_lower(c)) {
                    return None;
                }
                let found = if c == j {
                    self.np_after(cue.end, window_end)
                        .or_else(|| self.closing_np(cue.end, self.phrase_end(cue.end, window_end)))
                } else {
                    self.np_before(c, j)
                        .or_else(|| self.person_in(j, c))
                        .or_else(|| self.closing_np(j, c))
                };
                return found.map(|a| Attribution {
                    cue: Some(cue),
                    ..a
                });
            }
            c += 1;
        }
        self.closing_verb(close, j, para_end)
    }

    /// "“…,” Toomey fumed.", "“…?” she pressed.": after a quote closing on a comma, a question
    /// or an exclamation mark, a name or a personal pronoun and one verb in the past or present
    /// tense closing the sentence (or followed by a time: "fumed on Tuesday") attribute the
    /// quote, whatever the verb. `j` is the token right after the closing mark.
    fn closing_verb(&self, close: usize, j: usize, para_end: usize) -> Option<Attribution> {
        let d = self.doc;
        let open_end = close
            .checked_sub(1)
            .is_some_and(|k| d.is_punct(k, ',') || d.is_punct(k, '?') || d.is_punct(k, '!'));
        if !open_end || j != close + 1 || j >= para_end {
            return None;
        }
        let pronoun =
            d.is_lowercase(j) && matches!(self.word_lower(j), "he" | "she" | "they" | "i" | "we");
        let mut e = j;
        if pronoun {
            e += 1;
        } else {
            while e < para_end && e < j + 4 && d.is_word(e) && d.is_capitalized(e) {
                e += 1;
            }
        }
        if e == j || e + 1 >= para_end || !d.is_word(e) || !d.is_lowercase(e) {
            return None;
        }
        let verb = self.word_lower(e);
        // a verb with the particle "back" answers, whatever its tense: "she shot back", "he hit
        // back"
        let back = e + 2 < para_end && d.is_lowercase(e + 1) && d.is(e + 1, "back");
        let tensed = verb.len() > 3
            && (verb.ends_with("ed") || (verb.ends_with('s') && !verb.ends_with("ss")))
            && !verb.contains(['\'', '’']);
        let verb_end = if back { e + 2 } else { e + 1 };
        if !(tensed || back) || !(self.is_terminal(verb_end) || self.is_time_phrase(verb_end)) {
            return None;
        }
        let found = if pronoun {
            Some(self.pronoun(j))
        } else {
            self.np_after(j, e)
        };
        found.map(|a| Attribution {
            cue: Some(e..verb_end),
            ..a
        })
    }

    /// Attribution before a quote's opening mark: `Kerry said: "Q"`, `according to Kerry, "Q"`.
    pub fn before(&self, open: usize) -> Option<Attribution> {
        let d = self.doc;
        let para_start = d.paragraphs[d.paragraph_of(open)].start;
        if open == para_start {
            return None;
        }
        let floor = open.saturating_sub(30).max(para_start);
        // the quote must follow the cue closely: "said:", "said,", "said that", "told reporters:"
        let mut k = open;
        while k > floor && (d.is_punct(k - 1, ':') || d.is_punct(k - 1, ',') || d.is(k - 1, "that"))
        {
            k -= 1;
        }
        if d.is_punct(open - 1, ':') {
            if let Some(found) = self.name_and_colon(k, floor) {
                return Some(found);
            }
        }
        if let Some(found) = self.opening_inverted_cue(open) {
            return Some(found);
        }
        // "as NAME puts it, “…”"
        if k >= floor + 2 && d.is(k - 1, "it") && matches!(self.word_lower(k - 2), "puts" | "put") {
            return self.np_before(k - 2, floor).map(|a| Attribution {
                cue: Some(k - 2..k),
                ..a
            });
        }
        let mut c = k;
        let mut steps = 0;
        while c > floor && steps < 9 {
            c -= 1;
            steps += 1;
            if self.in_quote[c] || self.is_terminal(c) {
                return None;
            }
            if let Some(cue) = cue_at(d, c, true) {
                let sentence_start = d.sentences[d.sentence_of[c] as usize]
                    .tokens
                    .start
                    .max(floor);
                // a participle or a second verb takes the sentence's subject: "Trump attacked
                // her record, saying: “…”", "I laughed and said, “…”"
                let sentence = d.sentence_of[c] as usize;
                // (the comma may stand inside a closing quotation mark: "called it a “breach,”
                // adding: “…”")
                let comma_before = super::comma_before(d, c, sentence_start).is_some();
                let second_verb = c > sentence_start
                    && ((comma_before && self.word_lower(c).ends_with("ing"))
                        // "He began by saying, “…”", "… before saying, “…”"
                        || (self.word_lower(c).ends_with("ing")
                            && d.is_lowercase(c - 1)
                            && matches!(
                                self.word_lower(c - 1),
                                "by" | "before" | "after" | "while" | "without" | "when"
                            ))
                        || d.is(c - 1, "and")
                        || d.is(c - 1, "but")
                        // "… and then boomed, “…”"
                        || (d.is(c - 1, "then")
                            && c > sentence_start + 1
                            && (d.is(c - 2, "and") || d.is_punct(c - 2, ','))));
                // "…, Ann Lee said, adding, “…”": the speaker of the verb before the participle
                let said_before = second_verb
                    && c >= sentence_start + 2
                    && d.is_punct(c - 1, ',')
                    && cue_at(d, c - 2, true).is_some();
                let found = if d.is(c, "according") {
                    self.np_after(cue.end, k)
                } else if said_before {
                    self.np_before(c - 2, sentence_start)
                        .or_else(|| self.sentence_subject(sentence, c))
                } else if second_verb {
                    self.sentence_subject(sentence, c)
                } else {
                    self.np_before(c, sentence_start)
                        .or_else(|| self.np_after(cue.end, k))
                        // any plain subject of a verb of saying right before the quote: "Another
                        // commenter said, “…”", "Meanwhile, the official added, “…”"
                        .or_else(|| {
                            (cue.end + 2 >= open && c >= sentence_start + 2)
                                .then(|| self.subject_words(sentence, c))
                                .flatten()
                        })
                };
                // "she released a statement saying, “…”": a document's words are its author's,
                // the subject of the sentence
                let found = match found {
                    Some(a) if self.is_document_object(&a, c, sentence_start) => {
                        self.sentence_subject(sentence, c).or(Some(a))
                    }
                    found => found,
                };
                return found.map(|a| Attribution {
                    cue: Some(cue),
                    ..a
                });
            }
        }
        None
    }

    /// A person named right before the colon that opens a quote, heading its sentence or
    /// following a dash or a sentence-initial cue: "Jane Roe: “…”", "HEADLINE - Jane Roe: “…”",
    /// "Continued Roe: “…”". `end` is the token after the name.
    fn name_and_colon(&self, end: usize, floor: usize) -> Option<Attribution> {
        let d = self.doc;
        let m = self.actors.mention_at(end.checked_sub(1)?)?;
        if m.tokens.end != end || self.actors.actors[m.actor].kind != ActorType::Person {
            return None;
        }
        let start = m.tokens.start;
        let sentence_start = d.sentences[d.sentence_of[start] as usize].tokens.start;
        let heads = start == sentence_start
            || start > floor && ["—", "–", "-", "--"].contains(&d.word(start - 1))
            || start == sentence_start + 1 && cues::is_speech_verb(d.lower(sentence_start));
        heads.then(|| Attribution {
            cue: (start == sentence_start + 1).then_some(sentence_start..start),
            ..Attribution::of(m)
        })
    }

    /// A sentence opening with a capitalised cue and the speaker, the quote following after an
    /// apposition at most: "Said Jane Roe, who grew up there, “…”".
    fn opening_inverted_cue(&self, open: usize) -> Option<Attribution> {
        let d = self.doc;
        let sentence = d.sentence_of[open] as usize;
        let start = d.sentences[sentence].tokens.start;
        if open < start + 3
            || open - start > 24
            || !d.is_punct(open - 1, ',') && !d.is_punct(open - 1, ':')
        {
            return None;
        }
        let is_cue = d.is_capitalized(start) && cues::is_speech_verb(d.lower(start));
        let m = self.actors.mention_at(start + 1)?;
        if !is_cue
            || m.tokens.start != start + 1
            || self.actors.actors[m.actor].kind != ActorType::Person
        {
            return None;
        }
        // nothing between the name and the quote but an apposition set off by commas
        let between = m.tokens.end..open - 1;
        if !(between.is_empty() || d.is_punct(between.start, ','))
            || between.clone().any(|k| self.in_quote[k])
        {
            return None;
        }
        Some(Attribution {
            cue: Some(start..start + 1),
            ..Attribution::of(m)
        })
    }

    /// A participle cue at `cue` whose phrase `a` is a document standing after the sentence's
    /// verb ("released a statement saying", "posted a video showing"), not its subject.
    fn is_document_object(&self, a: &Attribution, cue: usize, sentence_start: usize) -> bool {
        let Some(m) = &a.mention else {
            return false;
        };
        a.actor.is_none()
            && m.end == cue
            && m.start > sentence_start + 1
            && self.word_lower(cue).ends_with("ing")
            && words::contains(DOCUMENT_NOUNS, self.word_lower(m.end - 1))
    }

    /// The person a transcript label names: a mention there, or a person whose surname it is
    /// ("PENCE", "Mr. Wallace").
    pub fn label_actor(&self, label: Range<usize>) -> Option<usize> {
        if let Some(m) = self.actors.mention_at(label.end - 1) {
            return Some(m.actor);
        }
        let last = self.doc.word(label.end - 1).to_lowercase();
        self.label_index
            .get_or_init(|| {
                // the first person actor whose name's last word is the key
                let mut index = rustc_hash::FxHashMap::default();
                for (i, a) in self.actors.actors.iter().enumerate() {
                    if a.kind == ActorType::Person {
                        if let Some(w) = a.name.rsplit(' ').next() {
                            index.entry(w.to_lowercase()).or_insert(i);
                        }
                    }
                }
                index
            })
            .get(&last)
            .copied()
    }

    /// The first actor or pronoun of the sentence before token `before`, outside quotes: the subject
    /// of a participial cue ("Kerry spoke for an hour, saying that ...").
    pub fn sentence_subject(&self, sentence: usize, before: usize) -> Option<Attribution> {
        let s = &self.doc.sentences[sentence];
        // a quote opening the sentence is no subject: the bounded look starts after it ("“…,” he
        // said, adding …")
        let mut start = s.tokens.start;
        while start < before && (self.in_quote[start] || self.doc.is_punct(start, ',')) {
            start += 1;
        }
        // (a second fronted phrase may follow the first: "In his first reaction, during a radio
        // interview, NAME questioned …")
        let mut start = self.after_dateline(start, before);
        for _ in 0..2 {
            let next = self.after_fronted_phrase(start, before);
            if next == start {
                break;
            }
            start = next;
        }
        // the subject opens the sentence: a bounded look keeps long sentences linear
        let end = before.min(start + SUBJECT_REACH);
        // a sentence opening with an article or a possessive opens with its subject: a name
        // further on belongs to the predicate ("Her aides declined to discuss a Senate run but
        // noted that ...")
        let first = (start..end).find(|&i| !self.in_quote[i] && self.doc.is_word(i));
        if let Some(first) = first.filter(|&i| {
            words::contains(
                &["the", "a", "an", "his", "her", "their", "its", "our"],
                self.word_lower(i),
            )
        }) {
            let np = self.np_end(first, end);
            if let Some(m) = (first..np).find_map(|i| self.actors.mention_at(i)) {
                return Some(Attribution::of(self.named_head(m, end).unwrap_or(m)));
            }
            if let Some(found) = self.common_np(first, np, true) {
                return Some(found);
            }
        }
        for i in start..end {
            if self.in_quote[i] {
                continue;
            }
            if let Some(m) = self.actors.mention_at(i) {
                // a name in the predicate is no subject where an unknown name opens the sentence
                // before its verb ("NAME thanked Japan for … and said …")
                if i > start + 1 {
                    if let Some(opening) = self.opening_surname(start) {
                        return Some(opening);
                    }
                }
                return Some(Attribution::of(self.named_head(m, end).unwrap_or(m)));
            }
            if (self.doc.is_lowercase(i) || i == start)
                && matches!(self.word_lower(i), "he" | "she" | "they" | "i" | "we")
            {
                return Some(self.pronoun(i));
            }
        }
        // a common noun phrase opening the sentence: "The mayor condemned ... and said ..."
        let first = (start..end).find(|&i| self.doc.is_word(i))?;
        self.common_np(first, self.np_end(first, end), true)
    }

    /// The person a subject opening with a name names, before `ceiling`: the head of "Ukraine's
    /// foreign minister NAME" is the minister, not the country that owns the title (but "NAME's
    /// Twitter account" is no one else's), and so is the person in apposition to a body's title
    /// ("The United Nations Secretary-General, NAME,").
    fn named_head(&self, m: &Mention, ceiling: usize) -> Option<&Mention> {
        let d = self.doc;
        let person = |p: &&Mention| self.actors.actors[p.actor].kind == ActorType::Person;
        let mut s = m.tokens.end;
        if s + 1 < ceiling && matches!(d.word(s), "’s" | "'s") {
            let owned = (s + 1..self.np_end(s + 1, ceiling))
                .take_while(|&k| !self.in_quote[k])
                .find_map(|k| self.actors.mention_at(k));
            if owned.is_some() {
                return owned.filter(person);
            }
            // "the ministry's spokesman, NAME,"
            s += 1;
        } else if person(&m) {
            return None;
        }
        let comma = self.np_end(s, ceiling);
        if comma == s || comma + 1 >= ceiling || !d.is_punct(comma, ',') {
            return None;
        }
        self.actors
            .mention_at(comma + 1)
            .filter(|p| {
                p.tokens.start == comma + 1
                    && p.tokens.end < ceiling
                    && d.is_punct(p.tokens.end, ',')
            })
            .filter(person)
    }

    /// A capitalised word at `start` that the actor stage names no one by, right before a verb
    /// in -ed, read as a person's surname: the sentence's subject ("NAME thanked Japan for its
    /// support and said …"), with the person of that surname named before where there is one.
    /// Not a function word, a pronoun, a plural ("Officials urged", "Protesters marched"; a
    /// surname in -s of [`words::SURNAMES_IN_S`] passes), nor a common noun the quote stage
    /// reads as a speaker's ("Police arrested", "Staff welcomed").
    fn opening_surname(&self, start: usize) -> Option<Attribution> {
        let d = self.doc;
        let verb = start + 1;
        if verb >= d.tokens.len()
            || !d.is_word(start)
            || !d.is_capitalized(start)
            || self.in_quote[start]
            || self.actors.mention_at(start).is_some()
            || !d.is_word(verb)
            || !d.is_lowercase(verb)
            || !self.word_lower(verb).ends_with("ed")
        {
            return None;
        }
        let word = d.word(start);
        let lower = self.word_lower(start);
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        if word.len() < 3
            || !word.chars().skip(1).all(|c| c.is_lowercase())
            || words::is_function_word(word)
            || words::is_not_name(word)
            || (plural && !words::contains(words::SURNAMES_IN_S, word))
            || words::contains(PRONOUNS, lower)
            || words::contains(OPENING_NOT_SUBJECTS, lower)
            || is_source_noun(lower)
            || words::is_person_noun(lower)
            || self.lexicon.role(lower).is_some()
        {
            return None;
        }
        let actor = self
            .actors
            .last_before_since(start, 0, |m, a| {
                m.kind == MentionKind::Name
                    && a.kind == ActorType::Person
                    && a.name.rsplit(' ').next() == Some(word)
            })
            .map(|m| m.actor);
        Some(Attribution {
            mention: Some(start..start + 1),
            actor,
            cue: None,
        })
    }

    /// The first token after a dateline opening a sentence at `start` ("PARIS (Reuters) —",
    /// "LIMA, May 2 (AP) -"), else `start`: a place or an agency there is never the subject.
    fn after_dateline(&self, start: usize, before: usize) -> usize {
        let d = self.doc;
        match d.dateline_dash(start..before) {
            Some(dash) => dash + 1,
            // a live report's time stamp: "10:05 The port authority said"
            None if start + 1 < before
                && d.tokens[start].kind == Kind::Number
                && d.word(start).contains(':')
                && !d.is_lowercase(start + 1) =>
            {
                start + 1
            }
            None => start,
        }
    }

    /// The first token after a fronted adverbial phrase opening a sentence at `start` ("In an
    /// interview with The Journal, Trump said", "Reached by phone, the mayor said"): the token
    /// after its comma; else `start`.
    fn after_fronted_phrase(&self, start: usize, before: usize) -> usize {
        let d = self.doc;
        if start >= before || !d.is_word(start) {
            return start;
        }
        let first = self.word_lower(start);
        // also after an adverb of time: "Shortly after the vote, …", "Hours before the rally, …"
        let timed = start + 1 < before
            && d.is_lowercase(start + 1)
            && words::contains(&["after", "before", "since"], self.word_lower(start + 1))
            && (first.ends_with("ly")
                || words::contains(
                    &[
                        "hours", "days", "weeks", "months", "minutes", "moments", "years", "soon",
                        "just", "right", "long",
                    ],
                    first,
                ));
        let fronted = words::contains(FRONTING_WORDS, first)
            || (first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed")))
            || timed;
        if !fronted || self.actors.mention_at(start).is_some() {
            return start;
        }
        (start + 1..before.min(start + SUBJECT_REACH))
            .find(|&k| self.in_quote[k] || d.is_punct(k, ','))
            .filter(|&k| d.is_punct(k, ',') && k + 1 < before)
            .map_or(start, |k| k + 1)
    }

    /// Any noun phrase right before a cue ("the fund", "the bank's lawyers"), for verbs of
    /// saying with a that-clause, where the subject can only be the speaker.
    pub fn subject_np(&self, end: usize, floor: usize) -> Option<Attribution> {
        let d = self.doc;
        let mut e = end;
        while e > floor && d.is_lowercase(e - 1) && self.is_adverbial(e - 1) && end - e < 3 {
            e -= 1;
        }
        if e <= floor || !d.is_lowercase(e - 1) || self.in_quote[e - 1] {
            return None;
        }
        let head = self.word_lower(e - 1);
        if is_np_stop(head)
            || DETERMINERS_SET.contains(head)
            || words::contains(SUBJECT_BOUNDARIES, head)
            || cues::cue(head).is_some()
        {
            return None;
        }
        // the phrase opens with a determiner or a possessive within a few words
        let mut s = e - 1;
        while s > floor && e - s < 5 && d.is_word(s - 1) {
            let w = self.word_lower(s - 1);
            s -= 1;
            // "It’s worth noting": a contraction, not a possessive
            if matches!(w, "’s" | "'s")
                && s > floor
                && words::contains(
                    &["it", "that", "there", "he", "she", "what", "who", "here"],
                    self.word_lower(s - 1),
                )
            {
                return None;
            }
            if DETERMINERS_SET.contains(w) || w.ends_with("'s") || w.ends_with("’s") {
                return Some(Attribution {
                    mention: Some(s..e),
                    actor: None,
                    cue: None,
                });
            }
            if d.is_lowercase(s) && is_np_stop(w) {
                return None;
            }
        }
        None
    }

    /// The people a relative `who` after `end` stands for: a determiner standing alone ("those",
    /// "some", "many") or a noun phrase of lower-case words up to its determiner ("business
    /// leaders", "a banker", "the members of the board" is left to the callers' other readings).
    pub fn people_before(&self, end: usize, floor: usize) -> Option<Attribution> {
        let d = self.doc;
        if end <= floor || !d.is_word(end - 1) || !d.is_lowercase(end - 1) || self.in_quote[end - 1]
        {
            return None;
        }
        let head = self.word_lower(end - 1);
        let phrase = |s: usize| {
            Some(Attribution {
                mention: Some(s..end),
                actor: None,
                cue: None,
            })
        };
        if matches!(
            head,
            "those" | "some" | "many" | "others" | "few" | "several" | "most" | "both" | "all"
        ) {
            return phrase(end - 1);
        }
        if is_np_stop(head)
            || DETERMINERS_SET.contains(head)
            || words::contains(SUBJECT_BOUNDARIES, head)
            || words::contains(PRONOUNS, head)
            || cues::cue(head).is_some()
            || self.is_adverbial(end - 1)
        {
            return None;
        }
        let mut s = end - 1;
        while s > floor && end - s < 4 && d.is_word(s - 1) && !self.in_quote[s - 1] {
            let w = self.word_lower(s - 1);
            if d.is_lowercase(s - 1) && (is_np_stop(w) || cues::cue(w).is_some()) {
                break;
            }
            s -= 1;
            if DETERMINERS_SET.contains(w) {
                break;
            }
        }
        phrase(s)
    }

    /// Where the subject of a sentence's verb at `cue` may stand: from the sentence's start, after
    /// a fronted phrase and a capitalised connective ("But", "And", "So", "Yet", "Still"), to the
    /// cue less the adverbs and auxiliaries before it; and whether a connective was passed.
    fn subject_span(&self, sentence: usize, cue: usize) -> (Range<usize>, bool) {
        let d = self.doc;
        let start = self.after_dateline(d.sentences[sentence].tokens.start, cue);
        // a clause after a colon or a semicolon has a subject of its own ("The union polled its
        // members: 1,409 teachers said …", "…; one suggested …"), looked for only as far back as
        // a long subject reaches
        let start = (start.max(cue.saturating_sub(MODIFIED_SUBJECT_REACH))..cue)
            .rev()
            .find(|&k| !self.in_quote[k] && (d.is_punct(k, ':') || d.is_punct(k, ';')))
            .map_or(start, |k| k + 1);
        let mut start = self.after_fronted_phrase(start, cue);
        let connective = start < cue
            && d.is_capitalized(start)
            && matches!(
                self.word_lower(start),
                "but" | "and" | "so" | "yet" | "still"
            );
        if connective {
            start += 1;
        }
        let mut end = cue;
        while end > start && d.is_lowercase(end - 1) && self.is_adverbial(end - 1) {
            end -= 1;
        }
        (start..end, connective)
    }

    /// A short noun phrase of words alone from the sentence's start (after a fronted phrase or a
    /// connective) to the cue at `cue`: "Security specialists", "Each side", "The Arizona
    /// Republican".
    pub fn bare_subject(&self, sentence: usize, cue: usize) -> Option<Attribution> {
        let d = self.doc;
        let (Range { start, end: e }, _) = self.subject_span(sentence, cue);
        if e <= start || e - start > 5 {
            return None;
        }
        let opens = d.is_capitalized(start) || DETERMINERS_SET.contains(self.word_lower(start));
        let plain = (start..e).all(|k| {
            !self.in_quote[k]
                && (d.is_word(k) || d.tokens[k].kind == Kind::Number)
                && !(d.is_lowercase(k)
                    && (is_np_stop(self.word_lower(k))
                        || super::is_finite(self.word_lower(k))
                        || self.word_lower(k).ends_with("ed")))
        });
        let head = self.word_lower(e - 1);
        let noun = !words::is_function_word(d.word(e - 1))
            && !DETERMINERS_SET.contains(head)
            && !words::contains(PRONOUNS, head);
        (opens && plain && noun).then_some(Attribution {
            mention: Some(start..e),
            actor: None,
            cue: None,
        })
    }

    /// The plain words where the subject of the verb at `cue` stands, as a last resort for a verb
    /// of saying whose clause follows: "Even the organizer of the march said", "all but two
    /// said", "people who have fought such fires say". A short run of words, possessives and
    /// numbers with no verb outside a relative clause; the person it names, else the run itself.
    pub fn subject_words(&self, sentence: usize, cue: usize) -> Option<Attribution> {
        let d = self.doc;
        let (Range { mut start, end: e }, _) = self.subject_span(sentence, cue);
        // the clause after the last comma: "…, and all but two said" (looked for only as far back
        // as a short subject reaches, so that a long sentence of many cues stays linear)
        if let Some(comma) = (start.max(e.saturating_sub(11))..e)
            .rev()
            .find(|&k| d.is_punct(k, ','))
        {
            start = comma + 1;
        }
        // (and after a fronted phrase or a colon: "…: being an atheist, and then saying")
        if start < e
            && d.is_lowercase(start)
            && matches!(self.word_lower(start), "and" | "but" | "while" | "whereas")
        {
            start += 1;
        }
        // "Even the organizer", "Only two of them"
        if start < e && matches!(self.word_lower(start), "even" | "only") {
            start += 1;
        }
        if e <= start || e - start > 8 {
            return None;
        }
        let mut relative = false;
        for k in start..e {
            let plain = d.is_word(k)
                || d.tokens[k].kind == Kind::Number
                || matches!(d.word(k), "’s" | "'s" | "%" | "-" | ".");
            if self.in_quote[k] || !plain {
                return None;
            }
            if !d.is_lowercase(k) {
                continue;
            }
            let w = self.word_lower(k);
            // the end of a compound is no verb: "self-described", "so-called"
            let compound = k > start && d.is_punct(k - 1, '-') && d.tokens[k].joined;
            if matches!(w, "who" | "that" | "which") && k > start {
                relative = true;
            } else if !relative && !compound && (super::is_finite(w) || self.is_cue_verb(k)) {
                return None;
            }
        }
        // a relative pronoun next to the cue makes it the relative clause's own ("The council,
        // which said …")
        let last = self.word_lower(e - 1);
        let first = self.word_lower(start);
        // (a count after "all but" is the subject's head: "all but two said")
        let all_but = e >= start + 3 && d.is(e - 2, "but") && d.is(e - 3, "all");
        // and so is a lone "another" or "one" ("…, while another says …")
        let alone = e == start + 1 && matches!(last, "another" | "one");
        if d.is_lowercase(e - 1)
            && !all_but
            && !alone
            && (DETERMINERS_SET.contains(last)
                || words::contains(PRONOUNS, last)
                || matches!(last, "who" | "which" | "that" | "what"))
            || matches!(first, "who" | "which" | "that" | "what")
        {
            return None;
        }
        self.person_in(start, e).or(Some(Attribution {
            mention: Some(start..e),
            actor: None,
            cue: None,
        }))
    }

    /// The words opening a sentence up to its first verb, for a second verb of the same subject
    /// ("The Ohio Republican toured the plant and says …", "Reyes quietly left, then says …"): a
    /// run of up to six words before a lower-case verb or adverb.
    pub fn opening_words(&self, sentence: usize, cue: usize) -> Option<Attribution> {
        let d = self.doc;
        let (Range { start, end }, _) = self.subject_span(sentence, cue);
        let mut e = start;
        while e < end && e - start < 6 && (d.is_word(e) || d.tokens[e].kind == Kind::Number) {
            let w = self.word_lower(e);
            // (a present tense after a plural noun: "Farmers speak with one voice, …")
            if d.is_lowercase(e)
                && (super::is_finite(w)
                    || w.ends_with("ed")
                    || (w.len() > 4 && w.ends_with("ly"))
                    || (e > start && super::PRESENT_SET.contains(w) && {
                        let noun = self.word_lower(e - 1);
                        noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss")
                    }))
            {
                break;
            }
            if d.is_lowercase(e) && (is_np_stop(w) && !DETERMINERS_SET.contains(w)) {
                return None;
            }
            e += 1;
        }
        if e == start || e >= end || !d.is_lowercase(e) {
            return None;
        }
        let last = self.word_lower(e - 1);
        if d.is_lowercase(e - 1) && DETERMINERS_SET.contains(last) {
            return None;
        }
        self.person_in(start, e).or(Some(Attribution {
            mention: Some(start..e),
            actor: None,
            cue: None,
        }))
    }

    /// The subject opening a sentence whose head noun is followed by a prepositional phrase or a
    /// relative clause before the cue: "Experts on North Korea said", "the experts I interviewed
    /// said", "Officials at the agency who reviewed the plan said".
    pub fn subject_phrase(&self, sentence: usize, cue: usize) -> Option<Attribution> {
        let d = self.doc;
        let s = &d.sentences[sentence];
        let mut start = self.after_dateline(s.tokens.start, cue);
        while start < cue && !d.is_word(start) && d.tokens[start].kind != Kind::Number {
            start += 1;
        }
        if start < cue
            && d.is_capitalized(start)
            && matches!(self.word_lower(start), "but" | "and" | "so" | "yet")
        {
            start += 1;
        }
        if cue <= start || cue - start > SUBJECT_REACH + 4 {
            return None;
        }
        // the head: the last word before the first preposition, relative word or pronoun
        let mut head_end = start;
        while head_end < cue
            && (d.is_word(head_end) || d.tokens[head_end].kind == Kind::Number)
            && !(d.is_lowercase(head_end)
                && words::contains(SUBJECT_BOUNDARIES, self.word_lower(head_end)))
            && !(head_end > start && d.is(head_end, "I"))
        {
            head_end += 1;
        }
        if head_end == start || head_end >= cue || head_end - start > 6 {
            return None;
        }
        let relative = matches!(
            self.word_lower(head_end),
            "who" | "that" | "i" | "we" | "he" | "she" | "they" | "you"
        );
        // the rest is a modifier: no quote, no other cue, no clause break
        for k in head_end..cue {
            if self.in_quote[k] || self.is_cue_verb(k) {
                return None;
            }
            if !d.is_word(k) && d.tokens[k].kind != Kind::Number {
                return None;
            }
            if !relative
                && d.is_lowercase(k)
                && is_np_stop(self.word_lower(k))
                && !words::contains(SUBJECT_BOUNDARIES, self.word_lower(k))
                && !matches!(self.word_lower(k), "and" | "the" | "a" | "an")
            {
                return None;
            }
        }
        // a body's own voice speaks for the body in the phrase: "Officials at the ministry
        // said" (the ministry; not "Analysts at the central bank said")
        if matches!(
            self.word_lower(head_end - 1),
            "official" | "officials" | "spokesman" | "spokeswoman" | "spokesperson"
        ) {
            if let Some(m) = self.actors.mention_at(cue - 1).filter(|m| {
                m.tokens.start > head_end && self.actors.actors[m.actor].kind != ActorType::Person
            }) {
                return Some(Attribution::of(m));
            }
        }
        if let Some(found) = self.staff_of_body(start, head_end, cue) {
            return Some(found);
        }
        // the head: an actor's name, or a noun that can speak
        if let Some(m) = self.actors.mention_at(head_end - 1) {
            if m.tokens.start >= start {
                return Some(Attribution::of(m));
            }
        }
        if !d.is_lowercase(head_end - 1) && head_end - 1 != start {
            return None;
        }
        self.common_np(start, head_end, true)
    }

    /// The subject opening a sentence with any modifiers up to a verb of saying at `cue`:
    /// prepositional and participial phrases, appositions between commas or dashes and relative
    /// clauses ("Two senior officials familiar with the talks said", "Four papers in Maine,
    /// including the Coastal Times, said", "A farmer who has sued the county twice said"). The
    /// speaker is the first name in its head, else the head. Outside a relative clause the
    /// subject holds no finite verb: "The vote failed and the aide said" has none.
    pub fn modified_subject(&self, sentence: usize, cue: usize) -> Option<Attribution> {
        let d = self.doc;
        let (Range { start, end: e }, connective) = self.subject_span(sentence, cue);
        if e <= start || e - start > MODIFIED_SUBJECT_REACH || !d.is_word(start) {
            return None;
        }
        // a cue right after a relative pronoun is the relative clause's own ("the paper, which
        // first said …, said"), and a participle opening the sentence is no subject
        // ("Defending the plan is his task, said …"); nor has an infinitive ("Analysts tried to
        // tell us that")
        if d.is_lowercase(e - 1)
            && matches!(self.word_lower(e - 1), "who" | "which" | "that" | "to")
            || (d.is_capitalized(start) && self.word_lower(start).ends_with("ing"))
        {
            return None;
        }
        let first = self.word_lower(start);
        let opens = DETERMINERS_SET.contains(first)
            || words::contains(SHARES, first)
            || words::contains(NUMBER_WORDS, first)
            || d.tokens[start].kind == Kind::Number
            || (d.is_capitalized(start)
                && !words::is_function_word(d.word(start))
                && !words::contains(PRONOUNS, first))
            // "But hacking specialists say"
            || (connective
                && d.is_lowercase(start)
                && !is_np_stop(first)
                && !words::contains(PRONOUNS, first)
                && !super::is_finite(first));
        if !opens {
            return None;
        }
        // the head runs to the first word opening a modifier
        let mut head_end = start + 1;
        while head_end < e
            && (d.is_word(head_end)
                || d.tokens[head_end].kind == Kind::Number
                // a hyphen inside a word: "The front-runner"
                || (d.word(head_end) == "-" && d.tokens[head_end].joined))
            && !(d.is_lowercase(head_end)
                && (is_np_stop(self.word_lower(head_end))
                    || words::contains(SUBJECT_BOUNDARIES, self.word_lower(head_end))
                    || words::contains(&["including", "familiar"], self.word_lower(head_end))
                    || (self.is_verb_form(head_end)
                        && !DETERMINERS_SET.contains(self.word_lower(head_end - 1)))))
        {
            head_end += 1;
        }
        // "watching her say it": a verb and its object, not a noun phrase
        let object = (start..head_end).any(|k| {
            d.is_lowercase(k) && matches!(self.word_lower(k), "him" | "them" | "us" | "me")
        });
        let head = self.word_lower(head_end - 1);
        if object
            || DETERMINERS_SET.contains(head)
            || words::contains(PRONOUNS, head)
            || (head_end - 1 > start && words::is_function_word(d.word(head_end - 1)))
        {
            return None;
        }
        let mut relative = false;
        for k in start..e {
            if self.in_quote[k] {
                return None;
            }
            let t = &d.tokens[k];
            if t.kind == Kind::Punct {
                let c = d.word(k);
                if !matches!(c, "," | "—" | "–" | "-" | "(" | ")" | "." | "’s" | "'s")
                    || (c == "." && !d.is_word(k.saturating_sub(1)))
                {
                    return None;
                }
                // a comma or dash closes a relative clause
                if c != "." {
                    relative = false;
                }
                continue;
            }
            if !d.is_lowercase(k) || relative {
                continue;
            }
            let w = self.word_lower(k);
            if matches!(w, "who" | "which" | "whose" | "whom" | "that") && k > start {
                relative = true;
                continue;
            }
            // a participle modifies the head when a preposition or a time follows it ("a report
            // published Monday", "voters interviewed at rallies"); else it is a verb
            let verb_form = self.is_verb_form(k);
            let participle = verb_form
                && (d.is_capitalized(k + 1)
                    || (d.is_lowercase(k + 1)
                        && (words::contains(SUBJECT_BOUNDARIES, self.word_lower(k + 1))
                            || matches!(
                                self.word_lower(k + 1),
                                "by" | "to" | "last" | "this" | "earlier" | "about"
                            ))));
            // a cue word may be the head noun ("A news report said") but not a verb after it
            // "those surveyed said", "the officials involved said"
            let last_participle = verb_form && k + 1 == e && k > start;
            if super::is_finite(w)
                || (verb_form && !participle && !last_participle && !w.ends_with("ing"))
                || (self.is_cue_verb(k) && k + 1 != head_end)
            {
                return None;
            }
        }
        // a name is the speaker where it is a person or the head itself ("Polk County Chairman Ed
        // Moss", "Acme Corp."), not where it modifies the head ("many Sanders supporters")
        let mut k = start;
        while k < head_end {
            let Some(m) = self.actors.mention_at(k) else {
                k += 1;
                continue;
            };
            if m.tokens.start >= start
                && m.tokens.end <= head_end
                && (m.tokens.end == head_end
                    || self.actors.actors[m.actor].kind == ActorType::Person)
            {
                return Some(Attribution::of(m));
            }
            k = m.tokens.end.max(k + 1);
        }
        self.common_np(start, head_end, true).or(Some(Attribution {
            mention: Some(start..head_end),
            actor: None,
            cue: None,
        }))
    }

    /// A cue word at `k` used as a verb: after a determiner or a number it is a noun ("in five
    /// states", "the reports").
    fn is_cue_verb(&self, k: usize) -> bool {
        let d = self.doc;
        cue_at(d, k, false).is_some()
            && !(k > 0
                && (d.tokens[k - 1].kind == Kind::Number
                    || (d.is_word(k - 1)
                        && (DETERMINERS_SET.contains(self.word_lower(k - 1))
                            || words::contains(NUMBER_WORDS, self.word_lower(k - 1))
                            || words::contains(
                                &["all", "these", "many", "’s", "'s"],
                                self.word_lower(k - 1),
                            )))))
    }

    /// A lower-case word in -ed or -ing that is no compound adjective ("self-described"): a verb
    /// or a participle.
    fn is_verb_form(&self, k: usize) -> bool {
        let w = self.word_lower(k);
        self.doc.is_lowercase(k)
            && w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing"))
            && !w.contains('-')
    }

    /// The end of a noun phrase starting at `start`: the first word that is not part of one.
    fn np_end(&self, start: usize, ceiling: usize) -> usize {
        let d = self.doc;
        let mut e = start;
        while e < ceiling
            && d.is_word(e)
            && !(e > start
                && d.is_lowercase(e)
                && (is_np_stop(d.lower(e)) || d.lower(e).ends_with("ed")))
            && cues::cue(d.lower(e)).is_none()
        {
            e += 1;
        }
        e
    }

    /// The subject of a cue verb in the sentence `sentence` (outside quotes): used when a quote
    /// stands in the next sentence or paragraph.
    pub fn in_sentence(&self, sentence: usize) -> Option<Attribution> {
        if let Some(found) = self.sentence_memo.borrow().get(&sentence) {
            return found.clone();
        }
        let found = self.find_in_sentence(sentence);
        self.sentence_memo
            .borrow_mut()
            .insert(sentence, found.clone());
        found
    }

    fn find_in_sentence(&self, sentence: usize) -> Option<Attribution> {
        let s = &self.doc.sentences[sentence];
        for c in s.tokens.clone() {
            if self.in_quote[c] {
                continue;
            }
            if let Some(cue) = cue_at(self.doc, c, true) {
                // "…, says Paul Rieckhoff, founder of …": the speaker follows an inverted cue
                let d = self.doc;
                let inverted =
                    c > s.tokens.start + 1 && super::comma_before(d, c, s.tokens.start).is_some();
                let found = self.np_before(c, s.tokens.start).or_else(|| {
                    inverted
                        .then(|| self.np_after(cue.end, s.tokens.end))
                        .flatten()
                });
                if let Some(a) = found {
                    return Some(Attribution {
                        cue: Some(cue),
                        ..a
                    });
                }
            }
        }
        None
    }
}

/// A side of a court case, as a speaker mention names it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CaseSide {
    Defence,
    Prosecution,
    Plaintiffs,
}

/// The side of a case a word (lower case) names: "defence", "prosecution", "plaintiffs".
fn case_side(word: &str) -> Option<CaseSide> {
    match word {
        "defence" | "defense" => Some(CaseSide::Defence),
        "prosecution" | "prosecutor" | "prosecutors" | "prosecuting" => Some(CaseSide::Prosecution),
        "plaintiff" | "plaintiffs" | "claimant" | "claimants" => Some(CaseSide::Plaintiffs),
        _ => None,
    }
}

/// Whether a word (lower case) names those who argue a side's case: "lawyer", "counsel", "team".
fn is_counsel(word: &str) -> bool {
    matches!(
        word,
        "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "counsel"
            | "barrister"
            | "barristers"
            | "solicitor"
            | "solicitors"
            | "team"
    )
}

/// Whether a word of an actor's title names the role `head` (lower case): the word itself, or
/// its abbreviation before a name ("Sen." for "the senator", "Gov." for "the governor").
fn names_role(word: &str, head: &str) -> bool {
    word.eq_ignore_ascii_case(head)
        || matches!(
            (word, head),
            ("Sen." | "Sen", "senator")
                | ("Gov." | "Gov", "governor")
                | (
                    "Rep." | "Rep",
                    "representative" | "congressman" | "congresswoman"
                )
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cue_at` answers without `word_cue_at` only for words in which it would find no cue.
    #[test]
    fn cue_at_agrees_with_word_cue_at() {
        let text = "According to the clerk, she went on to say the mayor said, according to \
                    aides, that the reported offer was what he believes; they went on. Goes on, \
                    argued the panel, in a written statement. Said the judge: thought-provoking.";
        let doc = Document::new(text);
        let mut cues = 0;
        for i in 0..doc.tokens.len() {
            for speech_only in [false, true] {
                let read = (doc.is_lowercase(i) || doc.is(i, "according"))
                    .then(|| word_cue_at(&doc, i, speech_only, None))
                    .flatten();
                assert_eq!(cue_at(&doc, i, speech_only), read, "{}", doc.word(i));
                // the entry kept is the word's own
                let memo = CueMemo::new((usize::MAX, None));
                assert_eq!(cue_at_keeping(&doc, i, speech_only, Some(&memo)), read);
                let (at, entry) = memo.get();
                assert!(at == usize::MAX || (at == i && entry == cues::cue(doc.lower(i))));
                cues += usize::from(read.is_some());
            }
        }
        assert!(cues >= 10, "{cues}");
        assert_eq!(cue_at(&doc, doc.tokens.len(), false), None);
    }

    /// `opening_surname` reads an unknown capitalised word before a verb in -ed as a surname,
    /// with the person of that surname named before; not a pronoun, a plural, a function word or
    /// a speaking noun, nor a word before a verb in no -ed.
    #[test]
    fn opening_surname_is_an_unknown_name_before_its_verb() {
        let doc = Document::new(
            "Foreign Minister Piet Halvorsen arrived on Monday. Okonkwo thanked Germany.              Protesters thanked Germany. There followed a vote. It marked a change. Police \
             arrested Lee. Okonkwo met Germany. Halvorsen welcomed France.",
        );
        let lexicon = Lexicon::default_shared();
        let actors = Actors::analyze(&doc, &lexicon, None);
        let in_quote = vec![false; doc.tokens.len()];
        let att = Attributor::new(&doc, &actors, &lexicon, &in_quote);
        let read: Vec<(String, Option<String>)> = doc
            .sentences
            .iter()
            .filter_map(|s| att.opening_surname(s.tokens.start))
            .map(|a| {
                let m = a.mention.expect("a mention");
                let actor = a.actor.map(|i| actors.actors[i].name.clone());
                (doc.span_text(m).to_string(), actor)
            })
            .collect();
        assert_eq!(read, [("Okonkwo".to_string(), None)]);
    }

    /// `cue_entry` keeps the last token's entry: asked again, asked of another token, asked of
    /// the first token or past the last one, it answers as `cues::cue` of the word.
    #[test]
    fn cue_entry_agrees_with_cue() {
        let doc = Document::new("Said the clerk: they argued, and he believes she warned them.");
        let lexicon = Lexicon::default_shared();
        let actors = Actors::default();
        let in_quote = vec![false; doc.tokens.len()];
        let att = Attributor::new(&doc, &actors, &lexicon, &in_quote);
        let n = doc.tokens.len();
        let asked = (0..=n)
            .chain((0..=n).rev())
            .chain((0..=n).flat_map(|i| [i, i, 0]));
        let mut cues = 0;
        for i in asked {
            let entry = cues::cue(doc.lower(i));
            assert_eq!(att.cue_entry(i), entry, "{i}");
            assert_eq!(att.is_speech_cue(i), cues::is_speech_verb(doc.lower(i)));
            cues += usize::from(entry.is_some());
        }
        assert!(cues >= 10, "{cues}");
    }

    /// `label_actor` answers from its index as a scan of the actors in order would: the first
    /// person whose name ends in the label's last word (in any case), asked in any order.
    #[test]
    fn label_actor_agrees_with_scan() {
        let doc = Document::new(
            "Maria Okafor met Daniel Okafor and Priya Ramaswamy at the depot in Leeds. OKAFOR: \
             We agreed. Ramaswamy: Fine. Leeds: No. Daniel: Yes. The Depot: Closed.",
        );
        let lexicon = Lexicon::default_shared();
        let actors = Actors::analyze(&doc, &lexicon, None);
        let in_quote = vec![false; doc.tokens.len()];
        let att = Attributor::new(&doc, &actors, &lexicon, &in_quote);
        let scan = |k: usize| {
            actors.mention_at(k).map(|m| m.actor).or_else(|| {
                let last = doc.word(k).to_lowercase();
                actors.actors.iter().position(|a| {
                    a.kind == ActorType::Person
                        && a.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.to_lowercase() == last)
                })
            })
        };
        let words: Vec<usize> = (0..doc.tokens.len()).filter(|&k| doc.is_word(k)).collect();
        let mut found = 0;
        for &k in words.iter().chain(words.iter().rev()) {
            assert_eq!(att.label_actor(k..k + 1), scan(k), "{}", doc.word(k));
            found += usize::from(scan(k).is_some());
        }
        assert!(found >= 6, "{found}");
    }

    /// `Attributor::skip_setting` keeps the last answer: asked again, asked from another token
    /// or before another end, it answers as `skip_setting`.
    #[test]
    fn kept_setting_agrees_with_skip_setting() {
        let doc = Document::new(
            "She said on Monday that the plan, she told us last week, would fail; he said \
             yesterday again that it was fine, and said for months that May 3 was too late.",
        );
        let lexicon = Lexicon::default_shared();
        let actors = Actors::default();
        let in_quote = vec![false; doc.tokens.len()];
        let att = Attributor::new(&doc, &actors, &lexicon, &in_quote);
        let n = doc.tokens.len();
        let mut skipped = 0;
        for k in (0..=n).chain((0..=n).rev()) {
            for end in [n, k + 3, n, k, k + 1, k + 3] {
                let read = crate::quotes::skip_setting(&doc, k, end);
                assert_eq!(att.skip_setting(k, end), read, "{k} {end}");
                skipped += usize::from(read > k);
            }
        }
        assert!(skipped >= 10, "{skipped}");
    }

    /// A role phrase naming a narrower office, or another country's, is not the holder of a
    /// wider office named before: "the health minister" after the prime minister.
    #[test]
    fn a_role_phrase_of_another_office_or_country_is_not_the_holder_named_before() {
        let extractor = crate::Extractor::default();
        let speaker = |text: &str| {
            let article = extractor.extract(text, &crate::Options::default());
            article.quotes.first().and_then(|q| q.speaker.clone())
        };
        let before = "Peruvian Prime Minister Ana Ortega spoke on Monday. ";
        for said in [
            "The health minister said the talks would continue.",
            "The minister of Chile said the talks would continue.",
        ] {
            let text = format!("{before}{said}");
            assert_ne!(speaker(&text).as_deref(), Some("Ana Ortega"), "{text}");
        }
        // the same office, and the head alone, are the holder's
        for said in [
            "The prime minister said the talks would continue.",
            "The minister said the talks would continue.",
        ] {
            let text = format!("{before}{said}");
            assert_eq!(speaker(&text).as_deref(), Some("Ana Ortega"), "{text}");
        }
        // not a title holding a modifier's word alone, of another office
        for (title, said) in [
            ("City Attorney", "The state attorney general"),
            ("campaign spokeswoman", "One campaign staffer"),
        ] {
            let text = format!(
                "Peruvian {title} Ana Ortega spoke on Monday. {said} said the talks would continue."
            );
            assert_ne!(speaker(&text).as_deref(), Some("Ana Ortega"), "{text}");
        }
        // a title holding the narrower office's words, or no narrower office than the head
        for (title, said) in [
            ("Foreign Secretary", "The foreign minister"),
            ("Senate Democratic Leader", "The minority leader"),
        ] {
            let text = format!(
                "Peruvian {title} Ana Ortega spoke on Monday. {said} said the talks would continue."
            );
            assert_eq!(speaker(&text).as_deref(), Some("Ana Ortega"), "{text}");
        }
    }
}
