//! Quotes: direct quotes from paired quotation marks, reported speech from cue verbs, each with
//! its speaker resolved to an actor and its segments grouped into utterances.

mod attribute;
mod first_person;
mod marks;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::LazyLock;

pub use attribute::Attribution;
pub(crate) use attribute::{document_put_out, past_dashed_aside};
pub use first_person::add_first_person;
pub use marks::{find_segments, Segment};

use crate::actors::{Actors, Mention, MentionKind};
use crate::lexicon::Lexicon;
use crate::model::{ActorType, QuoteKind};
use crate::text::{Document, Kind};
use crate::wordmap::WordSet;
use attribute::{cue_at, cue_at_keeping, Attributor};

/// A quote found in the text, in byte offsets (converted for output by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte span of the content.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub utterance: usize,
    pub attribution: Attribution,
}

impl QuoteSpan {
    /// The cue of an indirect quote (none for a direct or mixed one, or without a cue).
    fn indirect_cue(&self) -> Option<Range<usize>> {
        self.attribution
            .cue
            .clone()
            .filter(|_| self.kind == QuoteKind::Indirect)
    }
}

/// Direct quotes shorter than this many words need an attribution to count (else they are scare
/// quotes or titles).
const MIN_UNATTRIBUTED_WORDS: usize = 5;

/// Finds the quotes of `doc`. Pronoun and role-phrase speakers are added to `actors` as mentions.
pub fn find(doc: &Document, actors: &mut Actors, lexicon: &Lexicon) -> Vec<QuoteSpan> {
    let segments = find_segments(doc);
    let mut in_quote = vec![false; doc.tokens.len()];
    for s in &segments {
        for slot in &mut in_quote[s.marked()] {
            *slot = true;
        }
    }
    let mut quotes = {
        let att = Attributor::new(doc, actors, lexicon, &in_quote);
        let mut quotes = direct_quotes(doc, &att, &segments);
        transcript_turns(doc, &att, &mut quotes);
        reported_speech(doc, &att, &segments, &mut quotes);
        relative_after_object(doc, &mut quotes);
        noun_object_acts(doc, &mut quotes);
        told_after_quotation(doc, &in_quote, &mut quotes);
        embedding_subjects(doc, &att, &mut quotes);
        relative_pronoun_segments(doc, &mut quotes);
        phrase_speakers(&att, &mut quotes);
        quotes
    };
    quotes.sort_by_key(|q| q.start);
    drop_given_names(doc, &mut quotes);
    fragment_leads(doc, &in_quote, &mut quotes);
    fragment_tails(doc, &in_quote, &mut quotes);
    share_speakers(&mut quotes);
    renumber_utterances(&mut quotes);
    // speakers named by pronouns and role phrases become mentions of their actors
    for q in &quotes {
        if let (Some(tokens), Some(actor)) = (&q.attribution.mention, q.attribution.actor) {
            if actors.mention_at(tokens.start).is_none() {
                actors.add_mention(Mention {
                    tokens: tokens.clone(),
                    actor,
                    kind: MentionKind::Pronoun,
                });
            }
        }
    }
    quotes
}

/// How many words may stand between a verb of saying and the comma before a relative clause
/// that describes its object or setting.
const RELATIVE_OBJECT_REACH: usize = 8;

/// A relative clause after the object or the setting of a verb of saying describes that noun and
/// is no part of what was said ("“…,” she told the crowd, which had waited an hour", "he wrote in
/// a letter, which the paper printed on Monday"): a reported clause opening with the relative
/// pronoun after that comma is dropped; where the relative clause is followed by a `that` or a
/// `to` after a comma ("told the crews, who had waited outside, that the mill would close"), what
/// was said starts there.
fn relative_after_object(doc: &Document, quotes: &mut Vec<QuoteSpan>) {
    quotes.retain_mut(|q| {
        let Some(cue) = q.indirect_cue() else {
            return true;
        };
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        // (after "according to NAME, who …," the source's clause is followed by what was said)
        if first <= cue.end + 1
            || doc.is(cue.start, "according")
            || first - cue.end > RELATIVE_OBJECT_REACH + 1
            || !doc.is_punct(first - 1, ',')
            || !doc.is_lowercase(first)
            || !matches!(
                doc.lower(first),
                "which" | "who" | "whom" | "whose" | "where"
            )
            || !(cue.end..first - 1)
                .all(|k| doc.is_word(k) || matches!(doc.tokens[k].kind, Kind::Number))
        {
            return true;
        }
        let end = doc.tokens.partition_point(|t| t.start < q.end);
        match (first + 1..end.saturating_sub(1)).find(|&k| {
            doc.is_punct(k, ',')
                && doc.is_lowercase(k + 1)
                && matches!(doc.lower(k + 1), "that" | "to")
        }) {
            Some(k) => {
                q.start = doc.tokens[k + 1].start;
                true
            }
            None => false,
        }
    });
}

/// Cues that report words only with a quotation or a `that` clause ("he continued, “…”", "she
/// maintained that …", "he conceded that …"); with a noun phrase for their object they go on with,
/// keep or give up a thing ("the crews continued their search", "the two rivals maintained their
/// lead", "the senator conceded the race").
const NOUN_OBJECT_ACTS: &[&str] = &["continue", "maintain", "concede"];

/// Nouns that "claim" takes for its object in a set phrase ("claimed responsibility for the
/// attack", "claimed victory in a speech aired live"): the act of claiming, not a report.
const CLAIMED_THINGS: &[&str] = &[
    "responsibility",
    "credit",
    "victory",
    "control",
    "ownership",
];

/// Whether the indirect quote opening at token `object`, right after a form of "claim", is one of
/// `CLAIMED_THINGS` followed by a preposition, a punctuation mark or nothing: the object of the
/// set phrase, whose later participle describes a noun of it ("in a video released on Friday"),
/// not the subject of a clause ("claimed responsibility lay with the board" stays).
fn claimed_thing(doc: &Document, cue: usize, object: usize, end: usize) -> bool {
    crate::lexicon::cues::cue(doc.lower(cue)).is_some_and(|c| c.0 == "claim")
        && doc.is_lowercase(object)
        && CLAIMED_THINGS.contains(&doc.lower(object))
        && (object + 1 >= end
            || !doc.is_word(object + 1)
            || (doc.is_lowercase(object + 1)
                && matches!(
                    doc.lower(object + 1),
                    "for" | "in" | "on" | "over" | "of" | "after" | "at" | "from" | "with" | "by"
                )))
}

/// An indirect quote that is the noun-phrase object, after a determiner or a possessive, of a cue
/// of `NOUN_OBJECT_ACTS` reports no speech; a noun phrase with its finite verb is a clause and
/// stays. Nor does the object of a set phrase of "claim" (`claimed_thing`).
fn noun_object_acts(doc: &Document, quotes: &mut Vec<QuoteSpan>) {
    quotes.retain(|q| {
        let Some(cue) = q.indirect_cue() else {
            return true;
        };
        let object = cue.end;
        // (only a quote that opens right after its cue)
        if doc.tokens.get(object).is_none_or(|t| t.start != q.start) {
            return true;
        }
        let end = doc.sentences[doc.sentence_of[cue.start] as usize]
            .tokens
            .end;
        // (not the subject of a clause: "she maintained the fee was fair")
        let act_object = crate::lexicon::cues::cue(doc.lower(cue.start))
            .is_some_and(|c| NOUN_OBJECT_ACTS.contains(&c.0))
            && doc.is_lowercase(object)
            && (after_determiner(doc.lower(object)) || matches!(doc.lower(object), "some" | "any"))
            && !subject_and_verb(doc, object, end);
        !(act_object || claimed_thing(doc, cue.start, object, end))
    });
}

/// How many tokens (the speaker's name and its apposition) may stand between a quotation's closing
/// mark and the verb of telling that attributes it.
const TOLD_AFTER_QUOTATION_REACH: usize = 12;

/// "“…,” she told a crowd of farmers gathered outside the mill": after a quotation closed by its
/// own attribution with `told`, the words after the verb are the person told, a setting or the
/// narrator's, not a second report. A reported clause opening there with no `that` and no subject
/// pronoun is dropped ("“…,” he told reporters he would …" stays).
fn told_after_quotation(doc: &Document, in_quote: &[bool], quotes: &mut Vec<QuoteSpan>) {
    quotes.retain(|q| {
        let Some(cue) = q
            .attribution
            .cue
            .as_ref()
            .filter(|_| q.kind != QuoteKind::Direct)
        else {
            return true;
        };
        if !(doc.is(cue.start, "told") || doc.is(cue.start, "tells")) {
            return true;
        }
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        if first < cue.end || doc.is(first, "that") || is_subject_pronoun(doc.lower(first)) {
            return true;
        }
        let floor = doc.sentences[doc.sentence_of[cue.start] as usize]
            .tokens
            .start;
        // back over the speaker (words, numbers, commas) to the closing mark after a comma, a
        // question mark or an exclamation mark
        let mark = (cue
            .start
            .saturating_sub(TOLD_AFTER_QUOTATION_REACH)
            .max(floor)..cue.start)
            .rev()
            .find(|&k| {
                !(doc.is_word(k)
                    || matches!(doc.tokens[k].kind, Kind::Number)
                    || doc.is_punct(k, ','))
            });
        !mark.is_some_and(|k| {
            matches!(doc.tokens[k].kind, Kind::Quote(_))
                && in_quote[k]
                && k > floor
                && (doc.is_punct(k - 1, ',')
                    || doc.is_punct(k - 1, '?')
                    || doc.is_punct(k - 1, '!'))
        })
    });
}

/// A direct quote left without a speaker, set inside a sentence of the narrator's, is the words
/// of that sentence's subject ("She then turned to the crowd: “…”", "Lee thanked the volunteers
/// for “…”", "The ad accuses him of “…”"), where no segment of its utterance names another.
fn embedding_subjects(doc: &Document, att: &Attributor, quotes: &mut [QuoteSpan]) {
    let attributed: HashSet<usize> = quotes
        .iter()
        .filter(|q| q.attribution.is_some())
        .map(|q| q.utterance)
        .collect();
    for q in quotes.iter_mut() {
        if q.kind != QuoteKind::Direct
            || q.attribution.is_some()
            || attributed.contains(&q.utterance)
        {
            continue;
        }
        // the opening mark: the last token before the content
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        let Some(open) = first.checked_sub(1) else {
            continue;
        };
        let sentence = doc.sentence_of[open] as usize;
        let start = doc.sentences[sentence].tokens.start;
        let narrated = (start..open).any(|k| !att.in_quote[k] && doc.is_word(k));
        if !narrated {
            continue;
        }
        if let Some(a) = att.sentence_subject(sentence, open) {
            q.attribution = a;
        }
    }
}

/// A speaker mention that names who speaks ([`Attributor::side_holder`],
/// [`Attributor::spoken_for`], [`Attributor::kind_referent`]): a side of a court case with no
/// speaker ("The defence argued that …") speaks for the person the article names as holding that
/// side ("defence lawyer NAME", "NAME, for the prosecution,"), and with no such person stays a
/// mention without a speaker; a spokesman's mention speaks for the body before the noun ("A
/// Department for Education spokesperson"), the role after "for" ("a spokesman for the
/// president") or the owner before it ("the minister's spokeswoman"); a definite phrase headed
/// by a body's kind with no speaker ("the Premier League club said") speaks for the last body of
/// that kind. A bare "the spokesperson" with no speaker is the nameless spokesman of the quote
/// before whose mention is headed by such a noun ("A spokeswoman for the port said … The
/// spokeswoman added"): it speaks for the one that mention spoke for.
fn phrase_speakers(att: &Attributor, quotes: &mut [QuoteSpan]) {
    let doc = att.doc;
    let mut order: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].attribution.mention.is_some())
        .collect();
    order.sort_by_key(|&i| quotes[i].attribution.mention.as_ref().map(|m| m.start));
    // the one the last spokesman's mention spoke for
    let mut voice = None;
    // the document noun of the last speaker, where that speaker spoke "in a statement" (or a
    // letter, …), and that speaker
    let mut document: Option<(usize, usize)> = None;
    for i in order {
        let q = &mut quotes[i];
        let Some(mention) = q.attribution.mention.clone() else {
            continue;
        };
        if q.attribution.actor.is_none() {
            q.attribution.actor = att.side_holder(mention.clone());
        }
        if let Some(found) = att.spoken_for(mention.clone(), q.attribution.actor) {
            q.attribution.mention = found.mention;
            q.attribution.actor = found.actor;
        } else if q.attribution.actor.is_none() {
            q.attribution.actor = att
                .kind_referent(mention.clone())
                .or_else(|| att.campaign_of(mention.clone()));
        }
        // the spokesman's noun heads the mention, or stands before the "for" it opens with ("a
        // spokeswoman for the Harbour Authority", read as the body)
        let spokesman =
            |k: usize| matches!(doc.lower(k), "spokesman" | "spokeswoman" | "spokesperson");
        let s = mention.start;
        let voiced = spokesman(mention.end - 1)
            || (s >= 2 && doc.is(s - 1, "for") && spokesman(s - 2))
            || (s >= 3 && doc.is(s - 1, "the") && doc.is(s - 2, "for") && spokesman(s - 3));
        if voiced {
            if q.attribution.actor.is_none() && mention.len() == 2 && doc.is(s, "the") {
                q.attribution.actor = voice;
            }
            voice = q.attribution.actor;
        }
        // a bare "the statement" speaks for the one who spoke in that statement before ("In a
        // statement read by her lawyer, NAME said … “…,” the statement said")
        let noun = doc.lower(mention.end - 1);
        if q.attribution.actor.is_none()
            && mention.len() == 2
            && doc.is(s, "the")
            && crate::actors::words::contains(attribute::DOCUMENT_NOUNS, noun)
        {
            q.attribution.actor = document
                .filter(|&(k, _)| doc.lower(k) == noun)
                .map(|(_, actor)| actor);
        } else if let Some(actor) = q.attribution.actor {
            let sentence = &doc.sentences[doc.sentence_of[s] as usize];
            let spoken_in = (sentence.tokens.start..sentence.tokens.end.saturating_sub(2))
                .filter(|&k| doc.is(k, "in") && !att.in_quote[k])
                .find_map(|k| {
                    (k + 2..(k + 4).min(sentence.tokens.end))
                        .take_while(|&n| doc.is_word(n) && doc.is_lowercase(n))
                        .find(|&n| {
                            crate::actors::words::contains(attribute::DOCUMENT_NOUNS, doc.lower(n))
                        })
                        .filter(|_| matches!(doc.lower(k + 1), "a" | "an"))
                });
            document = spoken_in.map(|n| (n, actor));
        }
    }
}

/// How far back from its opening mark the narrator's words that a quoted fragment goes on from
/// are read.
const FRAGMENT_LEAD_REACH: usize = 30;

/// A name in quotation marks given to a thing the narrator's clause speaks of ("the city runs a
/// scheme called “Green Streets”", "the band joined a league dubbed “Low Tide”") is not speech,
/// though the naming word reads as a cue: a short capitalised quotation right after a naming
/// participle that follows a noun (not `titled`, which names writings: their titles are their
/// authors' words), in a clause whose verb comes before that noun, with no
/// relative word between that verb and the noun ("a plan which critics called “Operation
/// Delay”" and "what he called “Plan B”" are the critics' and his words).
fn drop_given_names(doc: &Document, quotes: &mut Vec<QuoteSpan>) {
    // (`quotes` are sorted by start) a name inside a reported clause is the speaker's
    // ("says the native nicknamed “King Cole” is …"): the farthest end of the quotes before
    let mut reach = 0;
    let mut index = 0;
    quotes.retain(|q| {
        let inside = index > 0 && reach >= q.end;
        index += 1;
        reach = reach.max(q.end);
        if q.kind == QuoteKind::Indirect || inside {
            return true;
        }
        let mut first = doc.tokens.partition_point(|t| t.start < q.start);
        // a mixed quote's span holds its opening mark
        if first < doc.tokens.len() && matches!(doc.tokens[first].kind, Kind::Quote(_)) {
            first += 1;
        }
        let Some(naming) = first.checked_sub(2) else {
            return true;
        };
        let Some(noun) = naming.checked_sub(1) else {
            return true;
        };
        let sentence = &doc.sentences[doc.sentence_of[naming] as usize];
        if noun <= sentence.tokens.start
            || first >= doc.tokens.len()
            || !matches!(doc.tokens[first - 1].kind, Kind::Quote(_))
            || !doc.is_lowercase(naming)
            || !matches!(
                doc.lower(naming),
                "called" | "named" | "dubbed" | "nicknamed"
            )
            || !doc.is_word(noun)
            || !doc.is_capitalized(first)
            // the title of a writing is its author's words ("a memo titled “Why We Win”", "a
            // website called “…”")
            || crate::actors::words::contains(attribute::DOCUMENT_NOUNS, doc.lower(noun))
            || matches!(
                doc.lower(noun),
                "article"
                    | "column"
                    | "editorial"
                    | "op-ed"
                    | "spot"
                    | "paper"
                    | "website"
                    | "site"
                    | "blog"
                    | "book"
                    | "essay"
            )
            || matches!(
                doc.lower(noun),
                "i" | "we" | "you" | "he" | "she" | "it" | "they" | "what" | "which" | "that" | "who"
            )
        {
            return true;
        }
        let close = (first..doc.tokens.len().min(first + 10))
            .find(|&k| matches!(doc.tokens[k].kind, Kind::Quote(_)));
        let Some(close) = close else {
            return true;
        };
        if (first..close).any(|k| matches!(doc.word(k), "." | "?" | "!")) {
            return true;
        }
        let from = sentence.tokens.start.max(noun.saturating_sub(30));
        // the clause the noun stands in opens after the last relative word before it
        let opening = (from..noun)
            .rev()
            .find(|&k| {
                doc.is_lowercase(k)
                    && matches!(doc.lower(k), "what" | "which" | "that" | "who" | "whom")
            })
            .map_or(from, |k| k + 1);
        !has_finite_verb(doc, opening..noun)
    });
}

/// A quotation opening in lower case right after a word of the narrator's sentence, with no
/// punctuation between them, is a fragment of a clause that began before it: what was said is
/// that clause ("warned that the rebels “would strike again”", "vowed to “fight for every
/// vote”", "She wants the council “to admit that the roads are a mess”"). The quote takes in
/// the narrator's words back to a `that` or `to` among them, else to the punctuation or the
/// sentence start before them, and becomes a mixed quote. A verb of saying or a naming word
/// right before the mark introduces the quotation itself ("shouted “…”", "a report titled
/// “…”"). `quotes` are sorted by start.
fn fragment_leads(doc: &Document, in_quote: &[bool], quotes: &mut [QuoteSpan]) {
    for i in 0..quotes.len() {
        let q = &quotes[i];
        if q.kind != QuoteKind::Direct {
            continue;
        }
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        let Some(open) = first.checked_sub(1) else {
            continue;
        };
        let Some(last) = open.checked_sub(1) else {
            continue;
        };
        let sentence = &doc.sentences[doc.sentence_of[open] as usize];
        if !matches!(doc.tokens[open].kind, Kind::Quote(_))
            || !doc.is_lowercase(first)
            || last < sentence.tokens.start
            || !doc.is_word(last)
            || in_quote[last]
            || doc.tokens[last].end == doc.tokens[open].start
            || q.attribution.cue.as_ref().is_some_and(|c| c.end == open)
            || cue_at(doc, last, false).is_some()
            || matches!(
                doc.lower(last),
                "titled" | "entitled" | "headlined" | "called" | "named" | "dubbed"
            )
        {
            continue;
        }
        // the narrator's words before the mark, back to punctuation, a quotation or the
        // sentence start (the hyphen of a compound is part of a word)
        let floor = sentence
            .tokens
            .start
            .max(open.saturating_sub(FRAGMENT_LEAD_REACH));
        let mut b = last;
        while b > floor
            && !in_quote[b - 1]
            && (matches!(doc.tokens[b - 1].kind, Kind::Word | Kind::Number)
                || is_compound_hyphen(doc, b - 1))
        {
            b -= 1;
        }
        if b == floor && floor > sentence.tokens.start {
            continue;
        }
        // without a `that` or `to`, a speaker named among the words is the narrator's subject,
        // and what follows the name up to the quotation is the narrator's too ("Lee thanked
        // the crews for “…”")
        let lead = (b..open)
            .rev()
            .find(|&k| doc.is_lowercase(k) && matches!(doc.lower(k), "that" | "to"));
        let named = q
            .attribution
            .mention
            .as_ref()
            .is_some_and(|m| m.start >= b && m.end <= open);
        let Some(lead) = lead.or((!named).then_some(b)) else {
            continue;
        };
        let start = doc.tokens[lead].start;
        if i > 0 && quotes[i - 1].end > start {
            continue;
        }
        let q = &mut quotes[i];
        q.start = start;
        q.end = extend_over_closing_mark(doc, q.end);
        q.kind = QuoteKind::Mixed;
    }
}

/// A quotation closing without a comma or a final stop, after which the narrator's sentence
/// goes on with a preposition or a condition ("“We have two weeks left” until the vote", "“I
/// have not seen the report” from the ministry", "called the plan “a mistake” because …", "“would
/// be a disaster” if the plan goes ahead"), is part of a clause that ends with the sentence's:
/// the quote runs on to that end (as a reported clause would) and becomes a mixed quote.
/// `quotes` are sorted by start.
fn fragment_tails(doc: &Document, in_quote: &[bool], quotes: &mut [QuoteSpan]) {
    for i in 0..quotes.len() {
        let q = &quotes[i];
        if q.start >= q.end {
            continue;
        }
        // the closing mark: the first token after a direct quote's content, the last token of
        // a mixed quote
        let close = match q.kind {
            QuoteKind::Direct => doc.tokens.partition_point(|t| t.start < q.end),
            QuoteKind::Mixed => doc.tokens.partition_point(|t| t.end < q.end),
            _ => continue,
        };
        let next = close + 1;
        if next >= doc.tokens.len()
            || !matches!(doc.tokens[close].kind, Kind::Quote(_))
            || (q.kind == QuoteKind::Mixed && doc.tokens[close].end != q.end)
            || doc.sentence_of[next] != doc.sentence_of[close]
            || doc.tokens[close].end == doc.tokens[next].start
            || !doc.is_lowercase(next)
            || !matches!(
                doc.lower(next),
                "to" | "for"
                    | "until"
                    | "from"
                    | "of"
                    | "because"
                    | "with"
                    | "in"
                    | "at"
                    | "about"
                    | "into"
                    | "over"
                    | "than"
                    | "if"
                    | "unless"
            )
            || doc.text[..doc.tokens[close].start]
                .trim_end()
                .ends_with(['.', '?', '!', ','])
        {
            continue;
        }
        let sentence_end = doc.sentences[doc.sentence_of[next] as usize].tokens.end;
        let end = clause_end(doc, in_quote, next, sentence_end);
        let (_, end) = trimmed(doc, next..end);
        if end <= q.end || quotes.get(i + 1).is_some_and(|n| n.start < end) {
            continue;
        }
        let q = &mut quotes[i];
        q.end = end;
        q.kind = QuoteKind::Mixed;
    }
}

/// `… a vote which she has said was a mistake`, `… a rule that officials said would …`: the
/// relative pronoun before the speaker stands for the subject the reported words lack, and is a
/// segment of the same utterance. So does the pronoun a label names: `… the board, which he
/// called “a cartel”`, `… the senator, whom she described as “reckless”`. It counts where only words (no punctuation) lie between it and the speaker,
/// and the content follows the cue.
fn relative_pronoun_segments(doc: &Document, quotes: &mut Vec<QuoteSpan>) {
    let mut added = Vec::new();
    for q in quotes.iter() {
        let (Some(mention), Some(cue)) = (&q.attribution.mention, &q.attribution.cue) else {
            continue;
        };
        if cue.start < mention.end || doc.tokens[cue.end - 1].end > q.start {
            continue;
        }
        // a label right after its verb (or after `as`) has no object of its own: the pronoun
        // is that object
        let lemma = crate::lexicon::cues::cue(doc.lower(cue.start)).map_or("", |c| c.0);
        let label_start = if doc.is(cue.end, "as") {
            cue.end + 1
        } else {
            cue.end
        };
        let starts_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.start == q.start);
        let label = (lemma == "call" || CHARACTERIZING.contains(&lemma))
            && (starts_at(cue.end)
                || starts_at(label_start)
                || (doc
                    .tokens
                    .get(label_start)
                    .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
                    && starts_at(label_start + 1)));
        if q.kind == QuoteKind::Direct && !label {
            continue;
        }
        let sentence = doc.sentence_of[mention.start] as usize;
        let floor = doc.sentences[sentence].tokens.start;
        let pronouns: &[&str] = if label {
            &["which", "who", "whom"]
        } else {
            &["which", "what", "that"]
        };
        let Some(pronoun) = (mention.start.saturating_sub(4).max(floor)..mention.start)
            .rev()
            .take_while(|&k| doc.is_word(k))
            .find(|&k| doc.is_lowercase(k) && pronouns.contains(&doc.lower(k)))
        else {
            continue;
        };
        // the pronoun stands for the subject the reported words lack ("a rule that he said
        // would …", "the vote, which she has said was a mistake"), or for their object ("a
        // wall, which he said the state should pay for"; `that` only with a subject gap: "so
        // that …", "argued that …" open clauses); after a preposition `which` is a setting ("in
        // which he said …"), while `what` holds its own antecedent ("plan for what she said is
        // coming")
        let sentence_end = doc.sentences[sentence].tokens.end;
        let subject_gap = reads_as_verb(doc, skip_setting(doc, cue.end, sentence_end));
        let what = doc.is(pronoun, "what");
        let object_gap =
            (doc.is(pronoun, "which") || what) && !doc.lower(cue.start).ends_with("ing");
        let after_preposition = !what && pronoun > floor && is_setting_word(doc, pronoun - 1);
        // a pronoun with a verb of its own is the subject of another clause ("the man who
        // wrote the letter called him a fraud")
        let own_verb = label && (pronoun + 1..mention.start).any(|k| reads_as_verb(doc, k));
        if !(subject_gap || object_gap || label) || after_preposition || own_verb {
            continue;
        }
        // `that` after a verb or an adjective opens a clause, not a relative one: "argued
        // that officials said …", "it is strange that …"
        if doc.is(pronoun, "that")
            && (pronoun == floor
                || !doc.is_word(pronoun - 1)
                || cue_at(doc, pronoun - 1, false).is_some()
                || is_finite(doc.lower(pronoun - 1)))
        {
            continue;
        }
        let (start, end) = doc.byte_span(pronoun..pronoun + 1);
        added.push(QuoteSpan {
            start,
            end,
            // the pronoun is the narrator's word, outside any quotation marks
            kind: if q.kind == QuoteKind::Direct {
                QuoteKind::Indirect
            } else {
                q.kind
            },
            utterance: q.utterance,
            attribution: q.attribution.clone(),
        });
    }
    quotes.extend(added);
}

fn word_count(doc: &Document, range: Range<usize>) -> usize {
    range
        .filter(|&i| matches!(doc.tokens[i].kind, Kind::Word | Kind::Number))
        .count()
}

/// Quoted fragments inside a sentence shorter than this many words are not quotes of their own.
const MIN_EMBEDDED_WORDS: usize = 6;

/// A quote that stands alone: it opens its sentence, follows a colon or a cue and comma, or is
/// a whole utterance right after a verb of saying.
fn stands_alone(doc: &Document, s: &Segment) -> bool {
    let before = s.open.checked_sub(1);
    let opens_sentence = doc.starts_sentence(s.open)
        || before
            .is_some_and(|b| doc.is_punct(b, ':') || matches!(doc.tokens[b].kind, Kind::Quote(_)));
    let after_cue_comma =
        before.is_some_and(|b| doc.is_punct(b, ',') && b > 0 && cue_at(doc, b - 1, true).is_some());
    opens_sentence || after_cue_comma || utterance_after_verb(doc, s)
}

/// Verbs whose object can be the words uttered ("yelled “Stop!”"), by lemma.
const UTTERING: &[&str] = &[
    "say",
    "add",
    "ask",
    "reply",
    "respond",
    "answer",
    "declare",
    "shout",
    "yell",
    "scream",
    "cry",
    "whisper",
    "exclaim",
    "mutter",
    "chant",
    "tweet",
    "write",
    "quip",
    "joke",
    "retort",
    "repeat",
    "interject",
    "announce",
    "boast",
];

/// A quoted utterance that is the object of a verb of saying and ends the sentence: "a man
/// yelled “Go home!”", "the crowd chanted “Four more years.”", "she said “never.”". Verbs of
/// naming and judging take labels instead ("called it “a farce.”").
fn utterance_after_verb(doc: &Document, s: &Segment) -> bool {
    let Some(close) = s.close else {
        return false;
    };
    let Some(verb) = s.open.checked_sub(1) else {
        return false;
    };
    let form = doc.lower(verb);
    let uttering = doc.is_lowercase(verb)
        && !NOUN_LIKE_CUES_SET.contains(form)
        && crate::lexicon::cues::cue(form).is_some_and(|(lemma, _)| UTTERING.contains(&lemma));
    if !uttering || s.content.is_empty() {
        return false;
    }
    // the sentence ends inside the marks or right after them
    let last = s.content.end - 1;
    let terminal = |k: usize| doc.is_punct(k, '.') || doc.is_punct(k, '!') || doc.is_punct(k, '?');
    let sentence_end = doc.sentences[doc.sentence_of[s.open] as usize].tokens.end;
    terminal(last) || close + 1 >= sentence_end || terminal(close + 1)
}

/// Byte span of a segment's content, without surrounding white space.
fn content_bytes(doc: &Document, s: &Segment) -> (usize, usize) {
    let start = doc.tokens[s.open].end;
    let end = match s.close {
        Some(c) => doc.tokens[c].start,
        None => doc.tokens[s.content.end - 1].end,
    };
    let text = &doc.text[start..end];
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    (start + lead, (end - trail).max(start + lead))
}

fn direct_quotes(doc: &Document, att: &Attributor, segments: &[Segment]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut utterance = 0;
    // (paragraph, attribution, utterance) of the last kept segment
    let mut last: Option<(usize, Attribution, usize)> = None;
    // whether each kept segment took its speaker from the paragraph before
    let mut borrowed_from: Vec<bool> = Vec::new();
    for s in segments {
        let para = doc.paragraph_of(s.open);
        // a transcript inside quotation marks: "PENCE: Well, ..."
        let label = speaker_label(doc, s.content.clone());
        let mut attributed_after = false;
        let own = match &label {
            Some(l) => Some(Attribution {
                mention: Some(l.clone()),
                actor: att.label_actor(l.clone()),
                cue: None,
            }),
            // the object of the verb before it ("the crowd chanted “…”") is that verb's
            None if utterance_after_verb(doc, s) => att.before(s.open).or_else(|| {
                let verb = s.open - 1;
                att.subject_words(doc.sentence_of[verb] as usize, verb)
                    .map(|a| Attribution {
                        cue: Some(verb..s.open),
                        ..a
                    })
            }),
            None => match s.close.and_then(|c| att.after(c)) {
                Some(a) => {
                    attributed_after = true;
                    Some(a)
                }
                None => att.before(s.open),
            },
        };
        // a title in a list or after the noun of a work is no one's words
        if !attributed_after && label.is_none() && (listed_title(doc, s) || credited_title(doc, s))
        {
            continue;
        }
        let previous = last.as_ref().filter(|(p, ..)| *p == para || s.continued);
        let mut borrowed = false;
        let (attribution, utt) = match (own, previous) {
            // a quote running on from the previous paragraph is the same utterance
            (Some(a), Some((_, _, pu))) if s.continued => (a, *pu),
            // the two halves of a quote around its attribution: "“…,” she said, “…”"
            (Some(a), Some((_, pa, pu))) if a.cue.is_some() && a.cue == pa.cue => (a, *pu),
            (Some(a), _) => {
                utterance += 1;
                (a, utterance)
            }
            (None, Some((_, pa, pu))) => (
                Attribution {
                    cue: None,
                    ..pa.clone()
                },
                *pu,
            ),
            (None, None) => {
                utterance += 1;
                // a quote opening the paragraph after an attributed quote, with no attribution
                // of its own, goes on with the same speaker (a short one stays a scare quote)
                let carried = last
                    .as_ref()
                    .filter(|(p, a, _)| {
                        p + 1 == para
                            && a.is_some()
                            && doc.paragraphs[para].start == s.open
                            && word_count(doc, s.content.clone()) >= MIN_UNATTRIBUTED_WORDS
                    })
                    .map(|(_, a, _)| Attribution {
                        cue: None,
                        ..a.clone()
                    });
                let attribution = match neighbouring_attribution(doc, att, s) {
                    // the speaker of the paragraph before (not a lead-in ending in a colon)
                    Some(a) => {
                        let sentence = doc.sentence_of[s.open] as usize;
                        let colon = sentence > 0
                            && doc.is_punct(doc.sentences[sentence - 1].tokens.end - 1, ':');
                        borrowed = !colon
                            && a.mention
                                .as_ref()
                                .is_some_and(|m| doc.paragraph_of(m.start) + 1 == para);
                        a
                    }
                    None => {
                        borrowed = carried.is_some();
                        carried.unwrap_or_default()
                    }
                };
                (attribution, utterance)
            }
        };
        let words = word_count(doc, s.content.clone());
        let limit = if s.single {
            MIN_UNATTRIBUTED_WORDS + 2
        } else {
            MIN_UNATTRIBUTED_WORDS
        };
        if !attribution.is_some() && words < limit {
            continue; // a scare quote or a title
        }
        if attribution.is_none_and_single(s) {
            continue;
        }
        // a short fragment inside a sentence ("called them “losers” and “sad.”") is a scare quote or
        // part of reported speech, not a quote of its own
        // (but a quotation after a comma that its own attribution closes is what was said:
        // "Given the polls, “we need him,” Lee said"; a title in apposition has no lower-case
        // word of its own: "his book, “A Time for Truth,” said …")
        let closed_after_comma = attributed_after
            && s.open > 0
            && doc.is_punct(s.open - 1, ',')
            && s.content
                .clone()
                .any(|k| doc.is_lowercase(k) && doc.word(k).len() >= 4);
        if words < MIN_EMBEDDED_WORDS && !stands_alone(doc, s) && !closed_after_comma {
            continue;
        }
        let (mut start, mut end) = content_bytes(doc, s);
        let mut kind = QuoteKind::Direct;
        if let Some(l) = &label {
            start = doc.tokens[l.end + 1].start;
        } else if let Some(lead) = attributed_after
            .then(|| subject_lead(doc, att.in_quote, s))
            .flatten()
        {
            start = doc.tokens[lead].start;
            end = extend_over_closing_mark(doc, end);
            kind = QuoteKind::Mixed;
        }
        if start >= end {
            continue;
        }
        // a quotation over paragraphs is the words of the one its closing attribution names:
        // its opening paragraph, where it took the speaker of the quote in the paragraph before,
        // takes this one ("“…\n\n“…,” said NAME.")
        if s.continued && attributed_after && label.is_none() {
            for (q, _) in out
                .iter_mut()
                .zip(&borrowed_from)
                .rev()
                .take_while(|(q, &b)| b && q.utterance == utt)
            {
                q.attribution = Attribution {
                    cue: None,
                    ..attribution.clone()
                };
            }
        }
        last = Some((para, attribution.clone(), utt));
        borrowed_from.push(borrowed);
        out.push(QuoteSpan {
            start,
            end,
            kind,
            utterance: utt,
            attribution,
        });
    }
    out
}

/// Nouns of works whose titles are set in quotation marks ("the film, “…,” opens …").
const WORK_NOUNS: &[&str] = &[
    "album",
    "book",
    "documentary",
    "episode",
    "film",
    "movie",
    "musical",
    "novel",
    "play",
    "podcast",
    "poem",
    "programme",
    "program",
    "series",
    "show",
    "single",
    "song",
    "track",
];

/// A title, not words spoken: a quotation in title case (its first word and every word of four
/// letters or more capitalised, two words at least) that does not end in a stop, a question or
/// an exclamation mark, set in a list ("songs such as “…”", "like “…”", "including “…”", "“…”
/// and “…”") or in apposition to the noun of a work ("the film, “…,” opens on Friday").
fn listed_title(doc: &Document, s: &Segment) -> bool {
    let Some(b) = s.open.checked_sub(1) else {
        return false;
    };
    let content = s.content.clone();
    let Some(last) = content.end.checked_sub(1).filter(|&l| l >= content.start) else {
        return false;
    };
    if doc.is_punct(last, '.') || doc.is_punct(last, '!') || doc.is_punct(last, '?') {
        return false;
    }
    let closing_before = |k: usize| {
        k.checked_sub(1)
            .is_some_and(|q| matches!(doc.tokens[q].kind, Kind::Quote(_)))
    };
    let listed = (doc.is(b, "as") && b > 0 && doc.is(b - 1, "such"))
        || doc.is(b, "like")
        || doc.is(b, "including")
        || ((doc.is(b, "and") || doc.is(b, "or"))
            && (closing_before(b) || (b > 0 && doc.is_punct(b - 1, ',') && closing_before(b - 1))))
        || (doc.is_punct(b, ',')
            && b > 0
            && crate::actors::words::contains(WORK_NOUNS, doc.lower(b - 1)));
    if !listed || !doc.is_capitalized(content.start) {
        return false;
    }
    let mut words = 0;
    for k in content {
        match doc.tokens[k].kind {
            Kind::Word => {
                words += 1;
                if doc.word(k).len() >= 4 && !doc.is_capitalized(k) {
                    return false;
                }
            }
            Kind::Quote(_) => return false,
            _ => {}
        }
    }
    words >= 2
}

/// A headline or a title credited to its author after its closing mark, not words spoken:
/// "“Ferries to run every hour,” by Ann Lee of the Harbour Gazette", "the novel “Seven
/// Winters” by Tom Hart". The quotation ends in a comma or in no stop, does not follow `titled`,
/// and `by` and a capitalised word follow the mark.
fn credited_title(doc: &Document, s: &Segment) -> bool {
    let Some(close) = s.close else {
        return false;
    };
    let Some(last) = close.checked_sub(1).filter(|&l| l > s.open) else {
        return false;
    };
    if doc.is_punct(last, '.') || doc.is_punct(last, '!') || doc.is_punct(last, '?') {
        return false;
    }
    // (the title of a paper or a book given as such is its author's words: "a paper titled “…”
    // by Ann Lee")
    if s.open > 0 && (doc.is(s.open - 1, "titled") || doc.is(s.open - 1, "entitled")) {
        return false;
    }
    let mut by = close + 1;
    if doc.is_punct(by, ',') {
        by += 1;
    }
    doc.is(by, "by") && doc.is_lowercase(by) && doc.is_capitalized(by + 1)
}

/// The narrator's opening of the clause that a quote attributed after its closing mark goes on
/// with: "The plan “was dead on arrival. Everyone knew it,” Lee said", "But the board “never
/// asked us,” she said". The quote opens in lower case after words of the sentence that hold
/// no punctuation, no quotation and no verb of saying, and closes with a comma: the whole
/// clause is what was said. Returns the first token of the sentence.
fn subject_lead(doc: &Document, in_quote: &[bool], s: &Segment) -> Option<usize> {
    let close = s.close?;
    let first = s.content.start;
    if first >= s.content.end
        || !doc.is_lowercase(first)
        || !doc.is_punct(close.checked_sub(1)?, ',')
    {
        return None;
    }
    let sentence = &doc.sentences[doc.sentence_of[s.open] as usize];
    let lead = sentence.tokens.start..s.open;
    // (from the quote back: a scan stops at the quotation before it, so the quotes of one
    // sentence read each word once)
    let plain = !lead.is_empty()
        && lead.clone().rev().all(|k| {
            !in_quote[k]
                && (matches!(doc.tokens[k].kind, Kind::Number)
                    || (doc.is_word(k) && cue_at(doc, k, false).is_none()))
        });
    plain.then_some(lead.start)
}

impl Attribution {
    /// Single-mark quotes are only kept with a speaker: unattributed ones are mostly scare quotes.
    fn is_none_and_single(&self, s: &Segment) -> bool {
        s.single && self.mention.is_none()
    }
}

/// A quote standing alone: the sentence before it (ending in a colon, or with a cue verb) in the
/// same or the previous paragraph, or the sentence after it in the same paragraph.
fn neighbouring_attribution(doc: &Document, att: &Attributor, s: &Segment) -> Option<Attribution> {
    let sentence = doc.sentence_of[s.open] as usize;
    let para = doc.paragraph_of(s.open);
    if sentence > 0 {
        let prev = &doc.sentences[sentence - 1];
        let ends_colon = doc.is_punct(prev.tokens.end - 1, ':');
        if prev.paragraph == para || ends_colon || doc.paragraphs[para].start == s.open {
            if let Some(a) = att.in_sentence(sentence - 1) {
                return Some(a);
            }
        }
    }
    // a lead-in of its own ending in the colon right before the quote speaks through its
    // subject: "Mr. Lee gloated: “…”", "The letter goes on: “…”"
    if let Some(colon) = s.open.checked_sub(1).filter(|&c| doc.is_punct(c, ':')) {
        let lead_in = doc.sentence_of[colon] as usize;
        let words = doc.sentences[lead_in].tokens.start..colon;
        if word_count(doc, words.clone()) >= 2 && words.clone().any(|k| doc.is_lowercase(k)) {
            if let Some(a) = att.sentence_subject(lead_in, colon) {
                return Some(a);
            }
        }
    }
    let end = s.close.unwrap_or(s.content.end);
    let next = doc.sentence_of.get(end + 1).map(|&x| x as usize)?;
    if doc.sentences[next].paragraph == para && next != sentence {
        return att.in_sentence(next);
    }
    None
}

/// A speaker label opening a stretch of text: one to three capitalised words and a colon,
/// followed by at least three words ("PENCE: Well, ...").
fn speaker_label(doc: &Document, range: Range<usize>) -> Option<Range<usize>> {
    let colon = (range.start..range.end.min(range.start + 4)).find(|&k| doc.is_punct(k, ':'))?;
    let label = range.start..colon;
    let is_label = !label.is_empty()
        && label.clone().all(|k| {
            doc.is_capitalized(k)
                && !crate::actors::words::contains(
                    crate::actors::words::FUNCTION_WORDS,
                    doc.word(k),
                )
        })
        && word_count(doc, colon + 1..range.end) >= 3;
    is_label.then_some(label)
}

/// The head of an interview's answer, "A" and a colon opening a stretch of at least three words
/// ("A: We waited for years."): the article is no speaker label of its own.
fn answer_head(doc: &Document, range: Range<usize>) -> Option<Range<usize>> {
    let s = range.start;
    (doc.word(s) == "A" && doc.is_punct(s + 1, ':') && word_count(doc, s + 2..range.end) >= 3)
        .then_some(s..s + 1)
}

/// The person an interview in questions and answers is with: of the people named outside quotes
/// before its first turn at `first`, the one named most often, the first named of those on a tie.
fn interviewee(att: &Attributor, first: usize) -> Option<usize> {
    let mut named: Vec<(usize, usize)> = Vec::new();
    for m in &att.actors.mentions {
        if m.tokens.end > first
            || m.kind != MentionKind::Name
            || att.in_quote[m.tokens.start]
            || att.actors.actors[m.actor].kind != ActorType::Person
        {
            continue;
        }
        match named.iter_mut().find(|(a, _)| *a == m.actor) {
            Some((_, n)) => *n += 1,
            None => named.push((m.actor, 1)),
        }
    }
    // (the mentions are in the order of their first token: the first of the most named wins)
    let most = named.iter().map(|&(_, n)| n).max()?;
    named.iter().find(|&&(_, n)| n == most).map(|&(a, _)| a)
}

/// A speaker label in double brackets opening a stretch of text, with or without a colon after
/// it: "((Ann Lee)) We waited for years.", "((WN)) : How did it start?". One to four
/// capitalised words, followed by at least three words. Returns the label and the first token
/// of what was said.
fn bracketed_label(doc: &Document, range: Range<usize>) -> Option<(Range<usize>, usize)> {
    let s = range.start;
    if range.end < s + 6 || !doc.is_punct(s, '(') || !doc.is_punct(s + 1, '(') {
        return None;
    }
    let close = (s + 2..range.end.min(s + 7)).find(|&k| doc.is_punct(k, ')'))?;
    let label = s + 2..close;
    let is_label = !label.is_empty()
        && doc.is_punct(close + 1, ')')
        && label
            .clone()
            .all(|k| doc.is_capitalized(k) || doc.is_punct(k, '.'));
    if !is_label {
        return None;
    }
    let mut start = close + 2;
    if doc.is_punct(start, ':') {
        start += 1;
    }
    (start < range.end && word_count(doc, start..range.end) >= 3).then_some((label, start))
}

/// Interview transcripts: paragraphs opening with a speaker label and a colon
/// ("PENCE: Well, the question is ...", "Mr. Smith: We did"). A label counts when it names a
/// person actor or labels at least two paragraphs.
fn transcript_turns(doc: &Document, att: &Attributor, quotes: &mut Vec<QuoteSpan>) {
    let mut turns: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for para in &doc.paragraphs {
        if att.in_quote[para.start] {
            continue;
        }
        let Some((label, content_start)) = speaker_label(doc, para.clone())
            .or_else(|| answer_head(doc, para.clone()))
            .map(|l| (l.clone(), l.end + 1))
            .or_else(|| bracketed_label(doc, para.clone()))
        else {
            continue;
        };
        let content = content_start..para.end;
        if !content.clone().any(|k| att.in_quote[k]) {
            turns.push((label, content));
        }
    }
    let mut utterance = quotes.iter().map(|q| q.utterance).max().unwrap_or(0) + 1;
    // how many turns each label opens (counted once: an interview has hundreds of turns)
    let mut label_turns: HashMap<&str, usize> = HashMap::default();
    for (label, _) in &turns {
        *label_turns.entry(doc.span_text(label.clone())).or_default() += 1;
    }
    // an interview in questions and answers ("Q: …" / "A: …", each head opening two turns or
    // more): the answers are the words of the person the introduction names
    let heads = |a: &str, b: &str| {
        label_turns.get(a).copied().unwrap_or(0) + label_turns.get(b).copied().unwrap_or(0) >= 2
    };
    let interviewee = if heads("Q", "Question") && heads("A", "Answer") {
        turns
            .first()
            .and_then(|(label, _)| interviewee(att, label.start))
    } else {
        None
    };
    for (label, content) in &turns {
        let text = doc.span_text(label.clone());
        let repeated = label_turns.get(text).is_some_and(|&n| n >= 2);
        let answer = matches!(text, "A" | "Answer");
        if text == "A" && !heads("Q", "Question") {
            continue;
        }
        let actor = if answer {
            interviewee
        } else {
            att.label_actor(label.clone())
        };
        if actor.is_none() && !repeated {
            continue;
        }
        let (start, end) = doc.byte_span(content.clone());
        quotes.push(QuoteSpan {
            start,
            end,
            kind: QuoteKind::Direct,
            utterance,
            attribution: Attribution {
                mention: Some(label.clone()),
                actor,
                cue: None,
            },
        });
        utterance += 1;
    }
}

/// Reported speech: `NAME said (that) CLAUSE`, `CLAUSE, NAME said`, `according to NAME, CLAUSE`.
fn reported_speech(
    doc: &Document,
    att: &Attributor,
    segments: &[Segment],
    quotes: &mut Vec<QuoteSpan>,
) {
    let mut next_utterance = quotes.iter().map(|q| q.utterance).max().unwrap_or(0) + 1;
    // direct quotes do not overlap: sorted by start they are sorted by end, and the ones
    // overlapping a span are found by a binary search (no scan of all quotes per clause)
    let mut direct_spans: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
    direct_spans.sort_unstable();
    let utterance_at: HashMap<usize, usize> =
        quotes.iter().map(|q| (q.start, q.utterance)).collect();
    let overlapping = |start: usize, end: usize| -> &[(usize, usize)] {
        let lo = direct_spans.partition_point(|&(_, e)| e <= start);
        let hi = lo + direct_spans[lo..].partition_point(|&(s, _)| s < end);
        &direct_spans[lo..hi]
    };
    // spans taken in by mixed quotes, with the index of the quote that took them: the quotes
    // they hold are dropped once at the end
    let mut swallowed: Vec<(usize, usize, usize)> = Vec::new();
    // the words that attribute a direct quote ("Lavrov said") are not reported speech of their
    // own, with the byte span of the quote they attribute
    let mut attributing: Vec<Option<(usize, usize)>> = vec![None; doc.tokens.len()];
    for q in quotes.iter() {
        for range in [&q.attribution.cue, &q.attribution.mention]
            .into_iter()
            .flatten()
        {
            for slot in &mut attributing[range.clone()] {
                *slot = Some((q.start, q.end));
            }
        }
    }
    // unless the clause takes in the quote they attribute: "Cruz said he is sure she will
    // continue to be “…”" is one mixed quote, whatever words the quote seemed to follow
    let attributes_other = |content: &Range<usize>| {
        let (start, end) = doc.byte_span(content.clone());
        content
            .clone()
            .any(|k| attributing[k].is_some_and(|(qs, qe)| !(start <= qs && qe <= end)))
    };
    // where each sentence's last quoted token ends (0 where it holds none): a verb's phrase
    // holds a quotation only before it (most sentences hold none, and most words are no such
    // verb). Read from the segments' spans, which `in_quote` marks, with one pass over the
    // sentences (not over their tokens): the furthest end of the spans opening before a
    // sentence's end is its last quoted token's end, where that reaches into the sentence.
    let mut spans: Vec<(usize, usize)> = segments
        .iter()
        .map(Segment::marked)
        .filter(|span| !span.is_empty())
        .map(|span| (span.start, span.end))
        .collect();
    spans.sort_unstable();
    let (mut next, mut reach) = (0, 0);
    let quoted_end: Vec<usize> = doc
        .sentences
        .iter()
        .map(|s| {
            let (start, end) = (s.tokens.start, s.tokens.end);
            while let Some(&(_, span_end)) = spans.get(next).filter(|(open, _)| *open < end) {
                reach = reach.max(span_end);
                next += 1;
            }
            if start < end && reach > start {
                reach.min(end)
            } else {
                0
            }
        })
        .collect();
    debug_assert!(doc.sentences.iter().zip(&quoted_end).all(|(s, &e)| {
        let last = att.in_quote[s.tokens.clone()].iter().rposition(|&q| q);
        e == last.map_or(0, |k| s.tokens.start + k + 1)
    }));
    // a verb's phrase holding a quotation, clear of the direct quotes and their attributions
    let phrase = |verb: usize, cue_verb: bool| {
        let sentence = doc.sentence_of[verb] as usize;
        if verb + 1 >= quoted_end[sentence] {
            return None;
        }
        // and its quotation opens within `QUOTING_REACH` tokens of the verb (`quoted_phrase`'s
        // test, asked here before its word tests: most words before a quotation are further)
        let reach = (verb + 1 + QUOTING_REACH).min(quoted_end[sentence]);
        if !att.in_quote[verb + 1..reach].contains(&true) {
            return None;
        }
        quoted_phrase(doc, att, sentence, verb, cue_verb).filter(|(content, _)| {
            let (start, end) = trimmed(doc, content.clone());
            start < end
                && overlapping(start, end).is_empty()
                && !content.clone().any(|k| attributing[k].is_some())
        })
    };
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            // every reader below reads a word at `i` (a question's "asked", a noun or verb of
            // saying, a headline's "Says"): marks and numbers are passed with one test, and so
            // are the words not in lower case but for "Asked", "According" and "Says"
            let t = &doc.tokens[i];
            if att.in_quote[i]
                || t.kind != Kind::Word
                || !(doc.is_lowercase(i) || matches!(doc.text.as_bytes()[t.start], b'A' | b'S'))
            {
                i += 1;
                continue;
            }
            let asked = doc.is(i, "asked");
            if asked && asked_unnamed(doc, i) {
                i += 1;
                continue;
            }
            // an indirect question: "asked whether …", "When asked about …, she said" (the
            // readers' first tests are asked here, before a call per token)
            if let Some((content, attribution)) = asked.then(|| question(doc, att, si, i)).flatten()
            {
                let (start, end) = trimmed(doc, content.clone());
                if start < end
                    && overlapping(start, end).is_empty()
                    && !content
                        .clone()
                        .any(|k| attributing[k].is_some() || att.in_quote[k])
                {
                    quotes.push(QuoteSpan {
                        start,
                        end,
                        kind: QuoteKind::Indirect,
                        utterance: next_utterance,
                        attribution,
                    });
                    next_utterance += 1;
                    i = content.end.max(i + 1);
                    continue;
                }
            }
            // a noun of saying with its clause: "Trump’s claim that …"
            let noun = doc
                .is(i + 1, "that")
                .then(|| noun_cue(doc, att, si, i))
                .flatten();
            let cue = if noun.is_some() {
                None
            } else {
                cue_at_keeping(doc, i, false, Some(&att.cue_memo))
                    .or_else(|| headline_cue(doc, i, sentence.tokens.clone()))
            };
            let Some(cue) = cue else {
                if let Some((content, attribution)) = noun {
                    let (start, end) = trimmed(doc, content.clone());
                    let overlaps = !overlapping(start, end).is_empty();
                    let embeds_quote = content.clone().any(|k| att.in_quote[k]);
                    if !overlaps
                        && !content.clone().any(|k| attributing[k].is_some())
                        && start < end
                    {
                        let kind = if embeds_quote {
                            QuoteKind::Mixed
                        } else {
                            QuoteKind::Indirect
                        };
                        let end = if embeds_quote {
                            swallowed.push((start.saturating_sub(3), end + 3, quotes.len()));
                            extend_over_closing_mark(doc, end)
                        } else {
                            end
                        };
                        quotes.push(QuoteSpan {
                            start,
                            end,
                            kind,
                            utterance: next_utterance,
                            attribution,
                        });
                        next_utterance += 1;
                        i = content.end.max(i + 1);
                        continue;
                    }
                }
                // a verb of judging or likening whose phrase holds the subject's own words in
                // quotation marks: "blamed the law on “reckless spending”" (the sentence's
                // quotation asked first, here where the sentence is known: most have none)
                if let Some((content, attribution)) =
                    (i + 1 < quoted_end[si]).then(|| phrase(i, false)).flatten()
                {
                    push_mixed(
                        doc,
                        quotes,
                        &mut swallowed,
                        &content,
                        attribution,
                        &mut next_utterance,
                    );
                    i = content.end.max(i + 1);
                    continue;
                }
                i += 1;
                continue;
            };
            // "Ann Lee, a pollster who advises the party, said …": the aside's verb describes
            // the subject; the verb of saying after the aside is the attribution
            if relative_in_aside(doc, sentence.tokens.clone(), cue.clone()) {
                i += 1;
                continue;
            }
            // "The records show, she said, that …": the verb before the aside is a part of what
            // the aside's speaker said
            if before_parenthetical(doc, sentence.tokens.clone(), cue.clone()) {
                i += 1;
                continue;
            }
            let found = if doc.is(i, "according") {
                according_to(doc, att, si, cue.clone())
            } else if doc.is_capitalized(i) && cue.end < sentence.tokens.end - 1 {
                headline_clause(att, si, cue.clone()).map(|(c, a)| (vec![c], a))
            } else {
                as_source(doc, att, si, cue.clone())
                    .or_else(|| passive_report(doc, att, si, cue.clone()))
                    .or_else(|| parenthetical(doc, att, si, cue.clone()))
                    .or_else(|| clause_after(doc, att, si, cue.clone()).map(|(c, a)| (vec![c], a)))
                    .or_else(|| {
                        paragraph_after_colon(doc, att, si, cue.clone()).map(|(c, a)| (vec![c], a))
                    })
                    .or_else(|| clause_before(doc, att, si, cue.clone()).map(|(c, a)| (vec![c], a)))
            };
            // a clause ending inside a quotation runs on to its closing mark, past the end of
            // the sentence ("said he seldom campaigns for others, “except for friends. And he is
            // no friend.”"), attributing what the quotation's own attribution found in it
            let found = found.map(|(parts, a)| {
                let parts: Vec<_> = parts
                    .into_iter()
                    .map(|p| through_quotation(segments, p))
                    .collect();
                (parts, a)
            });
            let mut found = found.filter(|(parts, _)| !parts.iter().any(&attributes_other));
            // (not after "according to", whose content holds the attribution it relays; most
            // clauses hold no direct quote: one binary search each)
            if let Some((parts, _)) = found.as_mut().filter(|_| !doc.is(i, "according")) {
                for p in parts.iter_mut() {
                    let (start, end) = doc.byte_span(p.clone());
                    if !overlapping(start, end).is_empty() {
                        *p = before_closing_attribution(doc, &attributing, p.clone());
                    }
                }
            }
            // a cue that attributes a whole quoted sentence just before it reports nothing after
            // it: "“…!” the crowd chanted, three days after …" (after "“…,” she said," the
            // quoted sentence goes on)
            let quote_before_cue = attributing[cue.start].is_some_and(|(_, quote_end)| {
                let close = (cue.start.saturating_sub(12)..cue.start)
                    .rev()
                    .find(|&k| matches!(doc.tokens[k].kind, Kind::Quote(_)));
                close.is_some_and(|c| {
                    doc.tokens[c].start >= quote_end
                        && doc.sentence_of[c] == doc.sentence_of[cue.start]
                        && doc.text[..quote_end].ends_with(['!', '?', '.'])
                })
            });
            let found = found.filter(|(parts, _)| {
                !(quote_before_cue && parts.iter().all(|p| p.start >= cue.end))
            });
            let Some((parts, attribution)) = found else {
                // a verb of saying whose clause is not read, with a quotation in its phrase:
                // "pledged to “bring the fight” to the convention"
                if let Some((content, attribution)) = phrase(i, true) {
                    push_mixed(
                        doc,
                        quotes,
                        &mut swallowed,
                        &content,
                        attribution,
                        &mut next_utterance,
                    );
                    i = content.end.max(i + 1);
                    continue;
                }
                i += 1;
                continue;
            };
            // a part that is a direct quote makes the other parts segments of its utterance
            // ("But, he added, “…”")
            let joined = parts.iter().find_map(|p| {
                let (start, end) = trimmed(doc, p.clone());
                overlapping(start, end)
                    .iter()
                    .find(|(qs, qe)| start <= *qs && *qe <= end)
                    .and_then(|(qs, _)| utterance_at.get(qs).copied())
            });
            let utterance = joined.unwrap_or(next_utterance);
            let mut added = false;
            for content in &parts {
                let whole = content.clone();
                let content = &lead_in_dropped(doc, att.in_quote, cue.end, content.clone());
                let (start, end) = trimmed(doc, content.clone());
                let overlaps_direct = overlapping(start, end);
                let inside_direct = overlaps_direct
                    .iter()
                    .any(|(s, e)| *s <= start && end <= *e);
                // the reported clause is little more than the quote; but three words of its own
                // before the quote make it a mixed quote ("that the nation has become “…”")
                let own_words = content
                    .clone()
                    .filter(|&k| {
                        !att.in_quote[k] && matches!(doc.tokens[k].kind, Kind::Word | Kind::Number)
                    })
                    .count();
                // a subject of its own before the quote makes a mixed quote too ("said things
                // “should be settled by June”"), and so does a `that` opening the clause: the
                // reported clause is "that “…”", not the quotation alone
                let lead_words = content
                    .clone()
                    .take_while(|&k| !att.in_quote[k])
                    .filter(|&k| matches!(doc.tokens[k].kind, Kind::Word | Kind::Number))
                    .count();
                let covers_only_direct =
                    !overlaps_direct.is_empty() && own_words < 3 && lead_words == 0 && {
                        let quoted: usize = overlaps_direct
                            .iter()
                            .map(|(s, e)| e.min(&end) - s.max(&start))
                            .sum();
                        quoted * 10 >= (end - start) * 7
                    };
                if inside_direct || covers_only_direct || start >= end {
                    // the quote the lead-in introduced takes the attribution where its own
                    // found none ("The mayor said flatly: “…”")
                    if covers_only_direct && content.start > whole.start {
                        let unattributed = quotes.iter().position(|q| {
                            q.kind == QuoteKind::Direct
                                && start <= q.start
                                && q.end <= end
                                && q.attribution.mention.is_none()
                                && q.attribution.actor.is_none()
                        });
                        if let Some(u) = unattributed {
                            let utterance = quotes[u].utterance;
                            for q in quotes.iter_mut().filter(|q| {
                                q.utterance == utterance
                                    && q.attribution.mention.is_none()
                                    && q.attribution.actor.is_none()
                            }) {
                                q.attribution = attribution.clone();
                            }
                        }
                    }
                    continue;
                }
                // reported speech holding quotation marks is mixed, also where the quoted fragment is
                // too short to be a quote of its own
                let embeds_quote = content.clone().any(|k| att.in_quote[k]);
                let kind = if overlaps_direct.is_empty() && !embeds_quote {
                    QuoteKind::Indirect
                } else {
                    QuoteKind::Mixed
                };
                // a mixed quote takes in the fragments it embeds, a quotation it ends in up to
                // its closing mark
                let (start, end) = if kind == QuoteKind::Mixed {
                    let end = quotation_end(doc, segments, content, end);
                    swallowed.push((start.saturating_sub(3), end + 3, quotes.len()));
                    (start, extend_over_closing_mark(doc, end))
                } else {
                    (start, end)
                };
                quotes.push(QuoteSpan {
                    start,
                    end,
                    kind,
                    utterance,
                    attribution: attribution.clone(),
                });
                added = true;
            }
            if added {
                if joined.is_none() {
                    next_utterance += 1;
                }
                i = parts.iter().map(|c| c.end).max().unwrap_or(i).max(i + 1);
            } else {
                i += 1;
            }
        }
    }
    drop_swallowed(quotes, swallowed);
}

/// The narrator's lead-in between a cue ending at `cue_end` and a quotation mark is no part of
/// what was said: words ending in a colon ("said flatly: “…”", "told the board in a letter:
/// “…”") or a few words of manner or time ending in a comma ("told the paper simply, “…”",
/// "said last week, “We …”"). The content then starts at the opening mark. A `that` opening the
/// content keeps it whole, and so does content before the cue, where such words are the
/// speaker's ("If the bill passes, “…,” she said").
fn lead_in_dropped(
    doc: &Document,
    in_quote: &[bool],
    cue_end: usize,
    content: Range<usize>,
) -> Range<usize> {
    let Some(open) = content.clone().find(|&k| in_quote[k]) else {
        return content;
    };
    if open == content.start || content.start < cue_end || doc.is(content.start, "that") {
        return content;
    }
    let lead = content.start..open - 1;
    let words = word_count(doc, lead.clone());
    let plain = lead
        .clone()
        .all(|k| matches!(doc.tokens[k].kind, Kind::Word | Kind::Number));
    // a lead with a verb or a subject of its own is a clause of the speaker's ("said he
    // recalls his father’s advice: “…”")
    let clause = lead.clone().any(|k| {
        doc.is_lowercase(k)
            && (reads_as_verb(doc, k)
                || is_subject_pronoun(doc.lower(k))
                || doc.lower(k).ends_with("ing"))
    });
    let colon = doc.is_punct(open - 1, ':') && words <= 12 && !clause;
    // after a comma, the quote opens a sentence of its own and the lead is no name (the
    // subject of the quoted words: "praised Ortiz, “who never gave up”")
    let comma = doc.is_punct(open - 1, ',')
        && words <= 6
        && plain
        && !clause
        && doc.is_capitalized(open + 1)
        && !lead.clone().all(|k| doc.is_capitalized(k));
    if colon || comma {
        open..content.end
    } else {
        content
    }
}

/// Adds a verb's phrase holding a quotation as a mixed quote of the next utterance, and notes
/// the span it takes in (the quotes inside it are dropped at the end).
fn push_mixed(
    doc: &Document,
    quotes: &mut Vec<QuoteSpan>,
    swallowed: &mut Vec<(usize, usize, usize)>,
    content: &Range<usize>,
    attribution: Attribution,
    next_utterance: &mut usize,
) {
    let (start, end) = trimmed(doc, content.clone());
    swallowed.push((start.saturating_sub(3), end + 3, quotes.len()));
    quotes.push(QuoteSpan {
        start,
        end: extend_over_closing_mark(doc, end),
        kind: QuoteKind::Mixed,
        utterance: *next_utterance,
        attribution,
    });
    *next_utterance += 1;
}

/// Drops the quotes that lie inside a span taken in by a mixed quote (other than that quote),
/// in one sweep over quotes and spans sorted by start.
fn drop_swallowed(quotes: &mut Vec<QuoteSpan>, mut swallowed: Vec<(usize, usize, usize)>) {
    if swallowed.is_empty() {
        return;
    }
    swallowed.sort_unstable();
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_unstable_by_key(|&i| quotes[i].start);
    let mut keep = vec![true; quotes.len()];
    let mut active: Vec<(usize, usize, usize)> = Vec::new();
    let mut next = 0;
    for i in order {
        let q = &quotes[i];
        while next < swallowed.len() && swallowed[next].0 <= q.start {
            active.push(swallowed[next]);
            next += 1;
        }
        active.retain(|&(_, hi, _)| hi >= q.start);
        if active
            .iter()
            .any(|&(_, hi, owner)| owner != i && q.end <= hi)
        {
            keep[i] = false;
        }
    }
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Verbs of judging, likening and referring that are no verbs of saying, but whose phrase holds
/// the words of their subject where a part of it is in quotation marks: "blamed the law on
/// “reckless spending”", "likened the plan to a “house of cards”", "referred to him as “my
/// friend”".
const QUOTING_VERBS: &[&str] = &[
    "blame",
    "blamed",
    "blames",
    "blaming",
    "liken",
    "likened",
    "likens",
    "likening",
    "compare",
    "compared",
    "compares",
    "comparing",
    "decry",
    "decried",
    "decries",
    "decrying",
    "bemoan",
    "bemoaned",
    "bemoans",
    "bemoaning",
    "refer",
    "referred",
    "refers",
    "referring",
    "credited",
    "crediting",
    "cite",
    "cited",
    "cites",
    "citing",
    "laud",
    "lauded",
    "lauds",
    "lauding",
    "applaud",
    "applauded",
    "applauds",
    "applauding",
    "portray",
    "portrayed",
    "portrays",
    "portraying",
    "depict",
    "depicted",
    "depicts",
    "depicting",
    "chide",
    "chided",
    "chides",
    "chiding",
    "scold",
    "scolded",
    "scolds",
    "scolding",
    "rebuke",
    "rebuked",
    "rebukes",
    "rebuking",
    "faulted",
    "faulting",
    "lambaste",
    "lambasted",
    "lambastes",
    "lambasting",
    "assail",
    "assailed",
    "assails",
    "assailing",
    "ridicule",
    "ridiculed",
    "ridicules",
    "ridiculing",
    "attacked",
    "attacking",
    "exhort",
    "exhorted",
    "exhorts",
    "exhorting",
    "invite",
    "invited",
    "invites",
    "inviting",
    "encourage",
    "encouraged",
    "encourages",
    "encouraging",
    "offer",
    "offered",
    "offers",
    "offering",
    "invoke",
    "invoked",
    "invokes",
    "invoking",
    "highlight",
    "highlighted",
    "highlights",
    "highlighting",
    "mock",
    "mocks",
    "mocking",
    "slam",
    "slams",
    "slamming",
    "blast",
    "blasts",
    "blasting",
];

/// Whether the word at `i` reads as a verb (a form in -ed, a finite form, a participle in -ing,
/// or a plain form after `to`) followed by a short object and `as` with a quotation (after at
/// most an article): "identified the judge as “Spanish”". The object holds no verb of its own.
fn label_after_as(doc: &Document, in_quote: &[bool], i: usize, end: usize) -> bool {
    let w = doc.lower(i);
    let verb_like = reads_as_verb(doc, i)
        || is_participle(w)
        || (i > 0 && doc.is(i - 1, "to") && doc.is_lowercase(i - 1) && doc.is_word(i));
    // (not an auxiliary: "has become known as …", "is best known for …")
    let auxiliary = crate::actors::words::is_auxiliary(w) || w == "be";
    if !verb_like || auxiliary || NOT_CLAUSE_OPENERS_SET.contains(w) {
        return false;
    }
    let limit = (i + 8).min(end);
    let Some(as_) = (i + 2..limit).find(|&k| doc.is(k, "as") && doc.is_lowercase(k)) else {
        return false;
    };
    let object = (i + 1..as_).all(|k| {
        !in_quote[k]
            && (doc.is_word(k) || doc.tokens[k].kind == Kind::Number)
            && !reads_as_verb(doc, k)
            && !is_participle(doc.lower(k))
            && !doc.is(k, "known")
    });
    let mut open = as_ + 1;
    if open < end && matches!(doc.lower(open), "a" | "an" | "the") {
        open += 1;
    }
    object && open < end && in_quote[open] && matches!(doc.tokens[open].kind, Kind::Quote(_))
}

static QUOTING_VERBS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(QUOTING_VERBS));

/// How many tokens after a verb of `QUOTING_VERBS` its quoted words may open.
const QUOTING_REACH: usize = 10;

/// `SUBJECT VERB … “WORDS” …` with a verb of `QUOTING_VERBS` at `i` (or, with `cue_verb`, a verb
/// of saying): the verb's phrase up to the end of its clause, where a quotation opens within a
/// few words of the verb, no punctuation between, and the subject is a speaker.
fn quoted_phrase(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    i: usize,
    cue_verb: bool,
) -> Option<(Range<usize>, Attribution)> {
    let s = &doc.sentences[sentence];
    if i <= s.tokens.start || !doc.is_lowercase(i) {
        return None;
    }
    let w = doc.lower(i);
    // (not a verb of naming or telling, whose quotations are names and titles: "a class called
    // “…”", "told NBC’s “…”")
    let verb = if cue_verb {
        !NOUN_LIKE_CUES_SET.contains(w)
            && matches!(
                crate::lexicon::cues::cue(w),
                Some((lemma, crate::lexicon::cues::CueClass::Speech)) if !matches!(lemma, "call" | "tell" | "continue")
            )
    } else {
        QUOTING_VERBS_SET.contains(w)
    };
    // any other verb whose object the quotation labels: "identified the judge as “…”", "has
    // postured himself as the “…”", "started to portray the shooting as a “…”"
    let labelling = !verb && !cue_verb && label_after_as(doc, att.in_quote, i, s.tokens.end);
    let verb = verb || labelling;
    // a setting after the verb holds titles, not words of the subject's: "said Sunday on
    // ABC’s “…”", "said in an interview with “…”"
    let setting = || {
        i + 1 < s.tokens.end
            && (skip_setting(doc, i + 1, s.tokens.end) > i + 1
                || (is_setting_word(doc, i + 1) && !doc.is(i + 1, "to"))
                || matches!(doc.lower(i + 1), "by" | "from" | "under"))
    };
    if !verb || setting() {
        return None;
    }
    // a passive, an adjective or a noun is no verb of the subject ("was blamed", "the cited
    // report", "his repeated errors", "the senator’s alleged …", "met with chants of …"; but
    // "she’s predicting")
    let contraction = matches!(doc.lower(i - 1), "’s" | "'s")
        && i >= 2
        && (is_subject_pronoun(doc.lower(i - 2)) || matches!(doc.lower(i - 2), "who" | "that"));
    let before = doc.lower(i - 1);
    // (a progressive is the subject's own verb: "is promising to “…”", "are blaming it on “…”")
    let progressive =
        w.ends_with("ing") && matches!(before, "is" | "are" | "was" | "were" | "be" | "been");
    if !contraction
        && !progressive
        && (is_passive_auxiliary(before)
            || matches!(
                before,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "’s"
                    | "'s"
                    | "with"
                    | "of"
            ))
    {
        return None;
    }
    let reach = (i + 1 + QUOTING_REACH).min(s.tokens.end);
    let open = (i + 1..reach).find(|&k| att.in_quote[k])?;
    // a verb of saying (not a noun of one, not the end of a compound: "self-described") reports
    // words of its own
    let says = |k: usize| {
        !att.in_quote[k]
            && doc.is_lowercase(k)
            && !doc.tokens[k].joined
            && !NOUN_LIKE_CUES_SET.contains(doc.lower(k))
            && cue_at(doc, k, true).is_some()
    };
    // (between the verb and the quotation: "rebuked critics who say he …")
    if !(i + 1..open).all(|k| (doc.is_word(k) || doc.tokens[k].kind == Kind::Number) && !says(k)) {
        return None;
    }
    let mut end = clause_end(doc, att.in_quote, i + 1, s.tokens.end);
    // (after it: "cited “…” policies, which he said had failed", "citing “…,” said the plan …",
    // "referred to them as “…” while calling for …"): the phrase ends at the comma before that
    // verb, or else with the last quotation before it
    if let Some(cue) = (open..end).find(|&k| says(k)) {
        end = (open..cue)
            .rev()
            .find(|&k| doc.is_punct(k, ','))
            .or_else(|| (open..cue).rev().find(|&k| att.in_quote[k]).map(|k| k + 1))?;
    }
    // in a relative clause set off by a comma the main clause's verb resumes after the
    // quotation: "Lee, who has cast himself as the “…,” has taken …"
    let in_relative = (i.saturating_sub(5).max(s.tokens.start + 1)..i).any(|j| {
        doc.is_lowercase(j) && matches!(doc.lower(j), "who" | "which") && doc.is_punct(j - 1, ',')
    });
    if in_relative {
        if let Some(e) = (open..end).find_map(|k| {
            word_after_comma(doc, k, end)
                .filter(|&(w, _)| predicate_resumes(doc, w, end))
                .map(|(_, e)| e)
        }) {
            end = e;
        }
    }
    if end <= open {
        return None;
    }
    let speaker = if doc.lower(i).ends_with("ing") {
        att.sentence_subject(sentence, i)
    } else {
        att.np_before(i, s.tokens.start)
            .or_else(|| att.sentence_subject(sentence, i))
    }?;
    speaker.mention.as_ref()?;
    with_cue(doc, i + 1..end, 3, i, speaker)
}

/// A capitalised `Says` in a headline: closing it ("Deal Is Dead, Senator Says") or between the
/// speaker and what was said in a headline set in title case ("Mayor Says Bridge Will Reopen").
fn headline_cue(doc: &Document, i: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    // asked of every token that is no cue: the length and the capital before the word is sliced
    let t = &doc.tokens[i];
    if !(matches!(t.end - t.start, 3 | 4) && doc.text.as_bytes()[t.start] == b'S') {
        return None;
    }
    if !(matches!(doc.word(i), "Says" | "Say" | "Said") && i > sentence.start) {
        return None;
    }
    let end = sentence.end;
    let closes = i + 1 >= end || (i + 2 == end && doc.tokens[i + 1].kind == Kind::Punct);
    let opens_title = || {
        doc.is_capitalized(i + 1) && {
            // title case: nearly all words longer than three letters are capitalised
            let long: Vec<usize> = sentence
                .clone()
                .filter(|&k| doc.is_word(k) && doc.word(k).len() > 3)
                .collect();
            let capitalised = long.iter().filter(|&&k| doc.is_capitalized(k)).count();
            long.len() >= 4 && capitalised * 10 >= long.len() * 8
        }
    };
    (doc.is_capitalized(i - 1) && (closes || opens_title())).then_some(i..i + 1)
}

/// What a title-case headline says someone says: the rest of the headline after `Says`.
fn headline_clause(
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Range<usize>, Attribution)> {
    let s = &att.doc.sentences[sentence];
    let content = cue.end..s.tokens.end;
    if word_count(att.doc, content.clone()) < 3 {
        return None;
    }
    let speaker = att.np_before(cue.start, s.tokens.start)?;
    Some((
        content,
        Attribution {
            cue: Some(cue),
            ..speaker
        },
    ))
}

/// Words opening the content of an indirect question.
const QUESTION_OPENERS: &[&str] = &[
    "whether", "if", "what", "who", "whom", "which", "why", "how", "when", "where", "about",
];

/// An indirect question: `NAME asked (OBJECT) whether|what|about …`, and the asker left unsaid
/// ("Asked whether he would run, Ryan said …", "when asked about the deal"). Without a named
/// asker the question has no speaker; a question put before the answer ends at the comma
/// that opens the answer.
fn question(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    i: usize,
) -> Option<(Range<usize>, Attribution)> {
    if !doc.is(i, "asked") {
        return None;
    }
    let s = &doc.sentences[sentence];
    let before = i.checked_sub(1).filter(|&b| b >= s.tokens.start);
    let passive = before.is_none_or(|b| {
        matches!(
            doc.lower(b),
            "when" | "was" | "were" | "is" | "are" | "been" | "being" | "if" | "once"
        ) || !doc.is_word(b)
    });
    let speaker = if passive {
        Attribution::default()
    } else {
        // a second verb of the sentence's subject: "Trump spotted a sign and asked …"
        let coordinated = before.is_some_and(|b| doc.is(b, "and") || doc.is(b, "but"));
        att.np_before(i, s.tokens.start)
            .or_else(|| {
                coordinated
                    .then(|| att.sentence_subject(sentence, i))
                    .flatten()
            })
            .or_else(|| att.subject_phrase(sentence, i))
            .or_else(|| att.subject_np(i, s.tokens.start))
            .or_else(|| att.modified_subject(sentence, i))
            .unwrap_or_default()
    };
    // a setting, the asker of a passive ("by a host"), or the person asked: a few words up to
    // the question word
    let mut k = i + 1;
    let limit = (k + 10).min(s.tokens.end);
    while k < limit
        && (doc.is_word(k) || doc.tokens[k].kind == Kind::Number)
        && !(doc.is_lowercase(k)
            && (QUESTION_OPENERS.contains(&doc.lower(k))
                || matches!(doc.lower(k), "to" | "that")
                || is_finite(doc.lower(k))))
    {
        k += 1;
    }
    // the asker of a passive asks: "when asked by a reporter whether …", "Asked by the host if
    // …"
    let speaker = if passive && doc.is(i + 1, "by") && k > i + 2 {
        att.np_after(i + 2, k).unwrap_or(speaker)
    } else {
        speaker
    };
    // asked in a subordinate clause opening the sentence, the question ends where the main
    // clause begins: "When the host asked Lee whether …, she laughed"
    let subordinate = (i.saturating_sub(8).max(s.tokens.start)..i)
        .rev()
        .take_while(|&j| doc.is_word(j))
        .find(|&j| is_subordinator(doc.lower(j)))
        .is_some_and(|j| opens_sentence_clause(doc, s.tokens.clone(), j));
    let main_clause_comma = |from: usize, end: usize| {
        (from + 1..end)
            .find(|&c| doc.is_punct(c, ',') && !att.in_quote[c])
            .unwrap_or(end)
    };
    // a request: "was asked to name a decision", "asked a judge to block the rules" (the one
    // asked is part of what was asked)
    if k + 1 < limit && doc.is(k, "to") && doc.is_lowercase(k) && doc.is_lowercase(k + 1) {
        // (an infinitive of four words at least, as after other verbs of appeal: not "asked
        // residents to stay home")
        let from = if passive { k } else { i + 1 };
        let end = clause_end(doc, att.in_quote, k, s.tokens.end);
        let end = if subordinate {
            main_clause_comma(k, end)
        } else {
            end
        };
        if word_count(doc, k..end) < 4 {
            return None;
        }
        return with_cue(doc, from..end, 3, i, speaker);
    }
    if k >= limit || !doc.is_lowercase(k) || !QUESTION_OPENERS.contains(&doc.lower(k)) {
        return None;
    }
    // the answer follows the question: "Asked whether …, Ryan said …"
    // ("When asked about …, Cruz said …")
    let fronted = subordinate
        || (passive
            && before.is_none_or(|b| {
                b == s.tokens.start
                    || doc.is_punct(b, ',')
                    || (matches!(doc.lower(b), "when" | "if" | "once") && doc.is_punct(b - 1, ','))
            }));
    let end = if fronted {
        main_clause_comma(k, s.tokens.end)
    } else {
        clause_end(doc, att.in_quote, k, s.tokens.end)
    };
    // a pronoun for the topic, alone or with a setting, names nothing that was asked ("was asked
    // about it during the debate", "asked about them in April")
    if doc.is(k, "about")
        && k + 1 < end
        && doc.is_lowercase(k + 1)
        && matches!(doc.lower(k + 1), "it" | "them" | "this" | "that")
        && (k + 2 >= end
            || !doc.is_word(k + 2)
            || matches!(
                doc.lower(k + 2),
                "in" | "on" | "at" | "during" | "after" | "before"
            ))
    {
        return None;
    }
    // what a question `about` names is the topic asked about, without the preposition ("asked
    // about the flooding": "the flooding")
    let (question, min_words) = if doc.is(k, "about") {
        (k + 1..end, 2)
    } else {
        (k..end, 3)
    };
    with_cue(doc, question, min_words, i, speaker)
}

/// Whether the "asked" at `i` (the caller reads the word) is a source's wish to stay unnamed: "an
/// official, who asked not to be named, said …", "asked to remain anonymous".
fn asked_unnamed(doc: &Document, i: usize) -> bool {
    let unnamed = |t: usize| {
        doc.is(t, "to")
            && ((doc.is(t + 1, "be")
                && matches!(doc.lower(t + 2), "named" | "identified" | "quoted"))
                || (doc.is(t + 1, "remain")
                    && matches!(doc.lower(t + 2), "anonymous" | "unnamed" | "nameless")))
    };
    unnamed(i + 1) || (doc.is(i + 1, "not") && unnamed(i + 2))
}

/// `content` said through the cue word at `cue`, where it holds at least `min_words` words.
fn with_cue(
    doc: &Document,
    content: Range<usize>,
    min_words: usize,
    cue: usize,
    speaker: Attribution,
) -> Option<(Range<usize>, Attribution)> {
    if word_count(doc, content.clone()) < min_words {
        return None;
    }
    Some((
        content,
        Attribution {
            cue: Some(cue..cue + 1),
            ..speaker
        },
    ))
}

/// Nouns of saying (and of stance) that take a that-clause: "his claim that", "the agency’s
/// warning that".
const NOUN_CUES: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "statement",
    "statements",
    "argument",
    "warning",
    "warnings",
    "insistence",
    "suggestion",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "promise",
    "pledge",
    "vow",
    "remark",
    "remarks",
    "comment",
    "comments",
    "emphasis",
    "contention",
    "charge",
    "admission",
    "announcement",
    "prediction",
    "assurance",
    "assurances",
    "declaration",
    "complaint",
    "testimony",
    "denial",
    "boast",
    "belief",
    "view",
];

/// [`NOUN_CUES`] as a set (asked by the clause readers of every cue).
static NOUN_CUES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOUN_CUES));

/// `OWNER’s NOUN that CLAUSE`: a noun of saying whose owner is the speaker ("Trump’s claim that
/// …", "his earlier promise that …").
fn noun_cue(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    i: usize,
) -> Option<(Range<usize>, Attribution)> {
    let s = &doc.sentences[sentence];
    let that = i + 1;
    if that + 1 >= s.tokens.end || !doc.is(that, "that") || !doc.is_lowercase(that) {
        return None;
    }
    if !doc.is_lowercase(i) || !NOUN_CUES_SET.contains(doc.lower(i)) {
        return None;
    }
    // "the claim that was made" is a relative clause, not what was claimed
    if reads_as_verb(doc, that + 1) {
        return None;
    }
    // the owner, across up to two modifiers: "Trump’s earlier claim"
    let mut p = i;
    while p > s.tokens.start
        && i - p < 2
        && doc.is_lowercase(p - 1)
        && !matches!(
            doc.lower(p - 1),
            "his" | "her" | "their" | "its" | "the" | "a" | "an"
        )
    {
        p -= 1;
    }
    let speaker = att.possessor(p, s.tokens.start)?;
    let end = clause_end(doc, att.in_quote, that, s.tokens.end);
    // the owner's first token in this sentence (its name, or the possessive pronoun)
    let owner = speaker
        .mention
        .as_ref()
        .filter(|m| m.start >= s.tokens.start && m.end <= p)
        .map_or(p - 1, |m| m.start);
    let end = noun_clause_end(doc, s.tokens.clone(), owner, that, end);
    with_cue(doc, that..end, 4, i, speaker)
}

/// Words opening a fronted phrase that may hold a noun of saying before the main clause
/// ("Despite his claim that …, the council …").
const FRONTED_NOUN_PHRASE_OPENERS: &[&str] = &[
    "despite",
    "contrary",
    "unlike",
    "after",
    "following",
    "amid",
    "given",
    "besides",
    "beyond",
    "notwithstanding",
    "regardless",
];

/// Where the clause after a noun of saying ends when the noun phrase stands before the
/// sentence's main verb. As the subject, the clause ends at that verb ("Ann Lee's claim that the
/// pier is unsafe was rejected": `main_verb_after_relative`); in a fronted phrase, at the first
/// comma after the clause's first words, which closes the phrase ("Despite his claim that the
/// pier is safe, the council closed it"). `owner` is the owner's first token, `end` the clause's
/// end as `clause_end` found it.
fn noun_clause_end(
    doc: &Document,
    sentence: Range<usize>,
    owner: usize,
    that: usize,
    end: usize,
) -> usize {
    let mut first = owner;
    while first > sentence.start
        && doc.is_lowercase(first - 1)
        && matches!(doc.lower(first - 1), "the" | "a" | "an")
    {
        first -= 1;
    }
    if opens_sentence_clause(doc, sentence.clone(), first) {
        // (the clause's own subject pronoun: "his claim that he won was false")
        let from = if that + 1 < end && is_subject_pronoun(doc.lower(that + 1)) {
            that + 1
        } else {
            that
        };
        return main_verb_after_relative(doc, from, end).unwrap_or(end);
    }
    let opener = sentence.start;
    let fronted = opener < first
        && doc.is_word(opener)
        && FRONTED_NOUN_PHRASE_OPENERS.contains(&doc.lower(opener))
        && !has_finite_verb(doc, opener..first);
    if fronted {
        if let Some(comma) = (that + 3..end).find(|&k| doc.is_punct(k, ',')) {
            return comma;
        }
    }
    end
}

/// The start of the noun phrase whose name starts at `name`: a determiner before it belongs to it
/// ("the Tax Foundation").
fn phrase_start(doc: &Document, name: usize) -> usize {
    let mut start = name;
    // titles before the name: "Mr. Obama", "Sen. Bernie Sanders", "Chief Justice Roberts"
    while start > 0
        && name - start < 4
        && doc.is_capitalized(start - 1)
        && !doc.starts_sentence(start - 1)
    {
        start -= 1;
    }
    if start > 0
        && doc.is_lowercase(start - 1)
        && matches!(doc.lower(start - 1), "the" | "a" | "an")
    {
        start -= 1;
    }
    start
}

/// The start of a speaker's phrase whose name at `first` follows the words naming the speaker's
/// role back to a comma: "…, Harbor Lines spokesman Tom Reed said." (from "Harbor"). `first`
/// itself when no comma closes a short run of such words before it.
fn role_start(doc: &Document, first: usize, floor: usize) -> usize {
    // a determiner or a pronoun opens its own phrase ("an arrangement the party has criticized",
    // "something they deny")
    if !doc.is_capitalized(first) {
        return first;
    }
    let mut k = first;
    while k > floor && first - k < 5 {
        let w = k - 1;
        if doc.is_punct(w, ',') {
            return if k < first { k } else { first };
        }
        let role_word = doc.is_word(w)
            && (doc.is_capitalized(w) || !NOT_NOUNS_SET.contains(doc.lower(w)))
            && cue_at(doc, w, true).is_none()
            && !is_participle(doc.lower(w))
            && !doc.lower(w).ends_with("ly");
        let determiner = doc.is_lowercase(w) && matches!(doc.lower(w), "the" | "a" | "an");
        if !(role_word || determiner) {
            return first;
        }
        k -= 1;
    }
    first
}

/// An attribution set off from the clause by a comma: `, NAME said` or `, said NAME`. Returns the
/// speaker, the comma's index, and the index after the attribution.
fn comma_attribution(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: &Range<usize>,
) -> Option<(Attribution, usize, usize)> {
    let s = &doc.sentences[sentence];
    // every attribution read here is set off by a comma before the cue (most sentences of a
    // closing attribution hold one; a sentence without one is answered here)
    if !has_comma(doc, s.tokens.start..cue.start) {
        return None;
    }
    // `, said NAME` or `,” said NAME`
    let inverted_comma = comma_before(doc, cue.start, s.tokens.start);
    // with nothing to name after the verb, the comma closes an apposition of the speaker
    // before it: "…, Ann Lee, a spokeswoman, said."
    let inverted = inverted_comma.and_then(|comma| {
        let a = att.np_after(cue.end, s.tokens.end)?;
        let after = a.mention.clone()?.end;
        Some((a, comma, after))
    });
    if inverted_comma.is_some() {
        // verbs of naming and of telling someone do not invert: "Her group, called the Land
        // Fund, …" names the group
        let lemma = att.cue_entry(cue.start).map_or("", |c| c.0);
        if lemma == "call" || CHARACTERIZING.contains(&lemma) || OBJECT_VERBS.contains(&lemma) {
            return None;
        }
    }
    if inverted.is_some() {
        inverted
    } else {
        // any noun phrase with a determiner speaks in an attribution closing the sentence, setting
        // words aside: "…, one slide says.", "…, the ferry operator said Monday."
        let rest = att.skip_setting(cue.end, s.tokens.end);
        let closes_sentence = rest >= s.tokens.end
            || (rest + 1 == s.tokens.end && doc.tokens[rest].kind == Kind::Punct);
        let named = || {
            let a = att.np_before(cue.start, s.tokens.start).or_else(|| {
                closes_sentence
                    .then(|| att.subject_np(cue.start, s.tokens.start))
                    .flatten()
            })?;
            let mut first = phrase_start(doc, a.mention.clone()?.start);
            if closes_sentence {
                first = role_start(doc, first, s.tokens.start);
            }
            if first <= s.tokens.start {
                return None;
            }
            // the comma may stand inside a closing quotation mark: `… “too little,” he added`
            let mut comma = first - 1;
            // a role between commas before the name: "…, the agency's director, Paul Imre, said"
            if doc.is_punct(comma, ',') && comma > s.tokens.start {
                let role = (comma.saturating_sub(7).max(s.tokens.start)..comma)
                    .rev()
                    .find(|&k| !(doc.is_word(k) || matches!(doc.word(k), "’s" | "'s")));
                // the role may follow a quote closed with its comma: `“…,” the company's
                // director, Ann Lee, said`
                let role = role.map(|r| {
                    if matches!(doc.tokens[r].kind, Kind::Quote(_))
                        && r > s.tokens.start
                        && doc.is_punct(r - 1, ',')
                    {
                        r - 1
                    } else {
                        r
                    }
                });
                if let Some(r) = role.filter(|&r| {
                    doc.is_punct(r, ',')
                        && r + 1 < comma
                        && matches!(
                            doc.lower(
                                r + 1
                                    + usize::from(matches!(doc.tokens[r + 1].kind, Kind::Quote(_)))
                            ),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their"
                        )
                        && !has_finite_verb(doc, r + 1..comma)
                }) {
                    comma = r;
                }
            }
            if matches!(doc.tokens[comma].kind, Kind::Quote(_))
                && comma > s.tokens.start + 1
                && doc.is_punct(comma - 1, ',')
            {
                comma -= 1;
            }
            doc.is_punct(comma, ',').then_some((a, comma, cue.end))
        };
        named().or_else(|| closing_phrase_attribution(doc, att, sentence, cue))
    }
}

/// A one-word verb of saying in a form no noun shares: "said", "told", "added", "says"; not
/// "remarks", "states", "promises".
fn unambiguous_speech_verb(att: &Attributor, cue: &Range<usize>) -> bool {
    let form = att.doc.lower(cue.start);
    cue.len() == 1
        && att.is_speech_cue(cue.start)
        && (form.ends_with("ed")
            || matches!(
                form,
                "said" | "says" | "say" | "told" | "tells" | "wrote" | "writes"
            ))
}

/// `CLAUSE, PHRASE said.` where the phrase is no name or common speaker the attributor reads ("…,
/// a source close to him said.", "…, teachers and union officials told the paper."): the whole
/// phrase back to the comma speaks, where nothing but the person told and a setting follows the
/// verb.
fn closing_phrase_attribution(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: &Range<usize>,
) -> Option<(Attribution, usize, usize)> {
    let s = &doc.sentences[sentence];
    if !unambiguous_speech_verb(att, cue) {
        return None;
    }
    // the rest of the sentence is short and holds no verb, quote or other cue (a semicolon
    // ends it; looked for only as far as a short rest reaches, so that a long sentence of many
    // cues stays linear)
    let end = (cue.end..s.tokens.end.min(cue.end + 11))
        .find(|&k| doc.is_punct(k, ';'))
        .unwrap_or(s.tokens.end);
    let rest = cue.end..end;
    if rest.len() > 10
        || rest.clone().any(|k| {
            att.in_quote[k]
                || (doc.is_lowercase(k) && (is_finite(doc.lower(k)) || doc.is(k, "that")))
                || cue_at(doc, k, true).is_some()
        })
    {
        return None;
    }
    // adverbs and auxiliaries before the verb: "a source close to him has also said"
    let mut e = cue.start;
    while e > s.tokens.start
        && doc.is_lowercase(e - 1)
        && (doc.lower(e - 1).ends_with("ly")
            || matches!(
                doc.lower(e - 1),
                "has" | "have" | "had" | "also" | "later" | "then"
            ))
    {
        e -= 1;
    }
    let floor = e.saturating_sub(11).max(s.tokens.start);
    let comma = (floor..e)
        .rev()
        .find(|&k| {
            !(doc.is_word(k)
                || matches!(doc.tokens[k].kind, Kind::Number | Kind::Punct)
                    && !doc.is_punct(k, ','))
        })
        .filter(|&k| doc.is_punct(k, ',') && !att.in_quote[k] && k > s.tokens.start)?;
    // what was said is a clause with a verb, not a name and its apposition ("Ann Lee, head of
    // the group, tweeted")
    if !has_finite_verb(doc, s.tokens.start..comma) {
        return None;
    }
    let a = att.closing_phrase(comma + 1, e)?;
    Some((a, comma, cue.end))
}

/// `As NAME said, CLAUSE`, `CLAUSE, as NAME noted.` and `As reported by NAME, CLAUSE`: a source
/// the narrator cites in an `as` clause of its own, set off by a comma.
fn as_source(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Vec<Range<usize>>, Attribution)> {
    let s = &doc.sentences[sentence];
    if !unambiguous_speech_verb(att, &cue) {
        return None;
    }
    // `as` opens the clause: the sentence's first word, or a word after a comma
    let opens_clause = |a: usize| {
        doc.is(a, "as")
            && (a == s.tokens.start
                || doc.starts_sentence(a)
                || (a > s.tokens.start && doc.is_punct(a - 1, ',')))
    };
    // the source: the words between `as` and the cue ("As the paper noted"), or the phrase after
    // `by` ("As reported by the paper")
    let (as_word, speaker, after) = if cue.start > s.tokens.start
        && opens_clause(cue.start - 1)
        && doc.lower(cue.start).ends_with("ed")
        && doc.is(cue.end, "by")
    {
        // a source the attributor does not read is the plain phrase up to the comma: "As
        // reported by Harbor Weekly, …"
        let a = att.np_after(cue.end + 1, s.tokens.end).or_else(|| {
            let comma = (cue.end + 1..s.tokens.end.min(cue.end + 8))
                .find(|&k| !(doc.is_word(k) || matches!(doc.word(k), "’s" | "'s")))
                .filter(|&k| doc.is_punct(k, ',') && k > cue.end + 1)?;
            Some(Attribution {
                mention: Some(cue.end + 1..comma),
                actor: None,
                cue: None,
            })
        })?;
        let after = a.mention.clone()?.end;
        (cue.start - 1, a, after)
    } else {
        let floor = cue.start.saturating_sub(10).max(s.tokens.start);
        let as_word = (floor..cue.start).rev().find(|&k| opens_clause(k))?;
        let phrase = as_word + 1..cue.start;
        // the source is a plain phrase: words, numbers and possessives, no verb of its own
        let plain = !phrase.is_empty()
            && phrase.clone().all(|k| {
                !att.in_quote[k]
                    && (doc.is_word(k)
                        || doc.tokens[k].kind == Kind::Number
                        || matches!(doc.word(k), "’s" | "'s" | "."))
                    && !(doc.is_lowercase(k)
                        && (is_finite(doc.lower(k))
                            || matches!(
                                doc.lower(k),
                                "if" | "though"
                                    | "well"
                                    | "long"
                                    | "soon"
                                    | "far"
                                    | "much"
                                    | "many"
                                    | "to"
                            )))
            });
        if !plain {
            return None;
        }
        let a = att
            .np_before(cue.start, phrase.start)
            .or_else(|| att.subject_np(cue.start, phrase.start))
            .unwrap_or(Attribution {
                mention: Some(phrase.clone()),
                actor: None,
                cue: None,
            });
        (as_word, a, cue.end)
    };
    // the cue takes no object of its own (what was said is the other clause): only the person
    // told and a setting follow it up to the comma: "as the paper reported last week", "as
    // she told reporters", "as he wrote in his memoir"
    let mut rest = after;
    let lemma = att.cue_entry(cue.start).map_or("", |c| c.0);
    if rest == cue.end && OBJECT_VERBS.contains(&lemma) && doc.is_word(rest) {
        rest += 1;
    }
    // setting words up to the comma (the comma itself ends the `as` clause)
    let stop = (rest..s.tokens.end)
        .find(|&k| doc.is_punct(k, ','))
        .unwrap_or(s.tokens.end);
    rest = skip_setting(doc, rest, stop);
    if rest < s.tokens.end
        && doc.is_lowercase(rest)
        && matches!(doc.lower(rest), "in" | "on" | "at" | "during")
    {
        let place = rest;
        rest = (rest + 1..s.tokens.end.min(rest + 8))
            .find(|&k| !doc.is_word(k) && doc.tokens[k].kind != Kind::Number)
            .unwrap_or(s.tokens.end);
        if (place..rest)
            .any(|k| doc.is_lowercase(k) && (is_finite(doc.lower(k)) || doc.is(k, "that")))
        {
            return None;
        }
    }
    let closes = |k: usize| {
        k >= s.tokens.end || (k + 1 == s.tokens.end && doc.tokens[k].kind == Kind::Punct)
    };
    let comma = (rest < s.tokens.end && doc.is_punct(rest, ',')).then_some(rest);
    if comma.is_none() && !closes(rest) {
        return None;
    }
    let attribution = Attribution {
        cue: Some(cue.clone()),
        ..speaker
    };
    // "As the paper noted, CLAUSE" and "…, as the paper noted, CLAUSE"
    if let Some(c) = comma {
        let content = c + 1..clause_end(doc, att.in_quote, c + 1, s.tokens.end);
        if word_count(doc, content.clone()) >= 4 && has_finite_verb(doc, content.clone()) {
            return Some((vec![content], attribution));
        }
        return None;
    }
    // "CLAUSE, as the paper noted.": the as-clause speaks for the clause before it where that is
    // a single clause; after an embedded one ("… by the fact that X happened, as Y noted") it may
    // speak for the embedded clause alone
    if as_word > s.tokens.start && doc.is_punct(as_word - 1, ',') {
        let content = clause_opening(doc, s.tokens.start, as_word - 1)..as_word - 1;
        let embeds = content.clone().any(|k| {
            doc.is_lowercase(k)
                && matches!(
                    doc.lower(k),
                    "that"
                        | "which"
                        | "who"
                        | "after"
                        | "before"
                        | "because"
                        | "when"
                        | "while"
                        | "since"
                        | "if"
                        | "although"
                        | "though"
                        | "until"
                )
        });
        if word_count(doc, content.clone()) >= 4 && !embeds {
            return Some((vec![content], attribution));
        }
    }
    None
}

/// `SUBJECT was first reported by NAME.` and `SUBJECT, first reported by NAME, …`: the news the
/// subject names was reported by the agent of the passive ("The merger was first reported by the
/// Ledger.", "The plan, first reported by the Courier, …"). The subject is a noun phrase of a
/// few words opening the sentence.
fn passive_report(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Vec<Range<usize>>, Attribution)> {
    let s = &doc.sentences[sentence];
    if !doc.is(cue.start, "reported") || !doc.is(cue.end, "by") {
        return None;
    }
    // back over the adverbs of the report ("first", "previously") to the auxiliary or a comma
    let mut b = cue.start;
    while b > s.tokens.start
        && doc.is_lowercase(b - 1)
        && matches!(
            doc.lower(b - 1),
            "first" | "previously" | "originally" | "earlier" | "initially" | "also"
        )
    {
        b -= 1;
    }
    let subject_end = if b > s.tokens.start
        && doc.is_lowercase(b - 1)
        && matches!(doc.lower(b - 1), "was" | "were" | "been")
    {
        // "had been first reported": the auxiliaries before it
        let mut e = b - 1;
        while e > s.tokens.start
            && doc.is_lowercase(e - 1)
            && matches!(doc.lower(e - 1), "has" | "had" | "have")
        {
            e -= 1;
        }
        e
    } else if b < cue.start && b > s.tokens.start && doc.is_punct(b - 1, ',') {
        // an apposition needs an adverb: ", reported by …" alone is a participle of the clause
        b - 1
    } else {
        return None;
    };
    let start = clause_opening(doc, s.tokens.start, subject_end);
    let subject = start..subject_end;
    let words = word_count(doc, subject.clone());
    if words == 0
        || words > 8
        || subject
            .clone()
            .any(|k| !doc.is_word(k) || att.in_quote[k] || reads_as_verb(doc, k))
    {
        return None;
    }
    // the agent's phrase runs to punctuation (over a setting: "by the Ledger on Tuesday"); a
    // verb or an infinitive after it makes the passive a report of something else ("were
    // reported by police to be hurt")
    let agent = cue.end + 1;
    let phrase_end = (agent..s.tokens.end.min(agent + 12))
        .find(|&k| {
            !(doc.is_word(k) || doc.tokens[k].kind == Kind::Number)
                || (doc.is_lowercase(k)
                    && (matches!(doc.lower(k), "to" | "that" | "and" | "as")
                        || reads_as_verb(doc, k)))
        })
        .unwrap_or(s.tokens.end);
    let closes = phrase_end + 1 >= s.tokens.end
        || matches!(doc.word(phrase_end), "," | ";" | "—" | "–" | "(");
    if phrase_end == agent || !closes {
        return None;
    }
    let speaker = att.np_after(agent, phrase_end).unwrap_or(Attribution {
        mention: Some(agent..phrase_end),
        actor: None,
        cue: None,
    });
    Some((
        vec![subject],
        Attribution {
            cue: Some(cue),
            ..speaker
        },
    ))
}

/// `CLAUSE, NAME said, CLAUSE.` (and `, said NAME,`): reported speech split around its
/// attribution; the two parts are one utterance.
fn parenthetical(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Vec<Range<usize>>, Attribution)> {
    let s = &doc.sentences[sentence];
    // the attribution is closed by a comma after the cue: a sentence without one is answered
    // before the speaker is read
    if NEVER_CLOSING_CUES.contains(&doc.lower(cue.start)) || !has_comma(doc, cue.end..s.tokens.end)
    {
        return None;
    }
    let (speaker, first_comma, after) = comma_attribution(doc, att, sentence, &cue)
        .or_else(|| phrase_between_commas(doc, att, sentence, &cue))?;
    // `“…,” said NAME, founder of …`: what follows the name after a quotation is its apposition
    // (unless a second quotation goes on after `and` or `but`, below)
    let after_quotation = matches!(doc.tokens[first_comma + 1].kind, Kind::Quote(_));
    // setting words ("on Monday") may stand before the closing comma
    let told = att
        .cue_entry(cue.start)
        .is_some_and(|(lemma, _)| OBJECT_VERBS.contains(&lemma));
    let mut k = after;
    while k < s.tokens.end && !doc.is_punct(k, ',') && k < after + 4 {
        let w = doc.lower(k);
        let setting = matches!(
            w,
            "on" | "last"
                    | "this"
                    | "week"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "later"
                    | "again"
                    | "also"
                    | "then"
                    // the person told: "he told me on Friday"
                    | "me"
                    | "us"
                    | "him"
                    | "her"
                    | "them"
                    | "reporters"
        ) || crate::actors::words::is_not_name(doc.word(k))
            || is_day_or_month(doc.word(k))
            // the one told, by name: "Trump told CNN,"
            || (told && doc.is_capitalized(k));
        if !setting {
            // a setting phrase up to the closing comma: "…, Ann Lee wrote in a letter, …"
            k = setting_before_comma(doc, k, s.tokens.end)?;
            break;
        }
        k += 1;
    }
    if k >= s.tokens.end || !doc.is_punct(k, ',') {
        return None;
    }
    if after_quotation && !quotation_resumes(doc, att.in_quote, k + 1, s.tokens.end) {
        return None;
    }
    // a dateline opening the sentence is the narrator's ("GAZA CITY (AP) — …, officials said,
    // as …")
    let opening = doc
        .dateline_dash(s.tokens.start..first_comma)
        .map_or(s.tokens.start, |dash| dash + 1);
    let first = opening..first_comma;
    let second = k + 1..s.tokens.end;
    // one word before a verb of saying is a part of what was said: a subject ("Turnout, she
    // said, was higher than ever") or an adverb ("Instead, she said, the plan …"); before a
    // verb of believing, a subject whose verb follows
    let min_first = if att.is_speech_cue(cue.start) || reads_as_verb(doc, k + 1) {
        1
    } else {
        2
    };
    // "Weber, who advises the governor, is …": a relative clause, no attribution; nor is a
    // clause after the person asked ("asked Lee, who is …, to …")
    let relative = |k: usize| matches!(doc.lower(k), "who" | "which" | "whom" | "whose");
    let speaker_relative = relative(k + 1);
    let relative = relative(first_comma + 1);
    // "Weighing in, the senator agreed, praising …": a participle opening the sentence is the
    // narrator's (a gerund is a subject: "Freeing him, she promised, was her priority")
    let participle = doc.is_capitalized(opening)
        && is_participle(doc.lower(opening))
        && !has_finite_verb(doc, first.clone())
        && !reads_as_verb(doc, k + 1);
    // before a direct quote, a setting ("In a statement Thursday, the spokesman said, “…”") or
    // the speaker's name ("Ann Lee, head of the group, said, “…”") is the narrator's; a
    // connective or a pronoun is the speaker's ("But, he added, “…”", "That, she said, “would
    // …”"), and so is a subject whose predicate the quote goes on with ("Lee, an aide said, “is
    // …”")
    let speakers_word = |j: usize| {
        matches!(
            doc.lower(j),
            "but" | "and" | "yet" | "so" | "still" | "instead" | "that" | "this" | "it"
        )
    };
    let speakers_part = (first.len() == 1 && speakers_word(first.start))
        || (k + 2 < s.tokens.end && doc.is_lowercase(k + 2));
    // and so is a fronted clause or phrase of circumstance ("As the bell rang, the host said,
    // “…”", "Asked about the delay, she said, “…”")
    let fronted = doc.is_capitalized(opening) && {
        let w = doc.lower(opening);
        is_subordinator(w) || matches!(w, "as" | "during" | "asked" | "pressed")
    };
    // a prepositional phrase opening the sentence, with no verb, that names where the words
    // were said is the narrator's setting: "In an interview with the paper, Ann Lee said, the
    // bridge …" reports the clause after the attribution (other fronted phrases, "In the long
    // run", "At one point", are a part of what was said)
    let setting = fronted_setting(doc, first.clone());
    let narrator = doc
        .tokens
        .get(k + 1)
        .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
        && !speakers_part
        && (fronted
            || (!has_finite_verb(doc, first.clone())
                && (first.clone().any(|j| is_setting_noun_at(doc, j))
                    || first
                        .clone()
                        .all(|j| !doc.is_word(j) || doc.is_capitalized(j)))));
    if word_count(doc, first.clone()) < min_first
        || word_count(doc, second.clone()) < 2
        || doc.is(k + 1, "according")
        || relative
        || participle
        || narrator
    {
        return None;
    }
    // what follows the second comma is the speaker's apposition ("…, said Ann Lee, a lawyer for
    // the city.") or the narrator's participle ("…, he said, referring to …"): the clause before
    // the attribution is all that was said
    let opener = doc.lower(k + 1);
    // after words between the verb and the comma (the speaker's name, the person told), a
    // phrase without a verb is their apposition or the narrator's: "…, said Ann Lee, director
    // of the project.", "…, she told the crowd, her voice breaking." (not a `that` or `to`
    // going on with the clause: "It is no surprise, Lee said, that …")
    let verbless = (k > cue.end && !matches!(opener, "that" | "to"))
        .then(|| verbless_phrase_end(doc, k + 1, s.tokens.end))
        .flatten();
    // the predicate the attribution interrupted may follow the apposition: "The trouble, says
    // Ann Lee, a geologist, is the ground itself.", and so may a clause: "…, said Ann Lee, its
    // director, the board wants …"
    let attribution = Attribution {
        cue: Some(cue),
        ..speaker
    };
    // what was said before the attribution and `rest` after it; a fronted setting before it is
    // the narrator's
    let said = |rest: Range<usize>| {
        if setting {
            vec![rest]
        } else {
            vec![first.clone(), rest]
        }
    };
    if let Some(stop) = verbless {
        if doc.is_punct(stop, ',')
            && stop + 2 < s.tokens.end
            && (reads_as_verb(doc, stop + 1) || opens_reported_clause(doc, stop + 1, s.tokens.end))
        {
            return Some((said(stop + 1..s.tokens.end), attribution));
        }
    }
    let apposition = (matches!(opener, "a" | "an" | "the") && !has_finite_verb(doc, second.clone()))
        // "…, said Ann Lee, who …"
        || speaker_relative
        || verbless.is_some();
    if apposition
        || (doc.is_lowercase(k + 1)
            && is_participle(opener)
            && !gerund_subject(doc, k + 1, s.tokens.end))
    {
        if word_count(doc, first.clone()) < 4 || setting {
            return None;
        }
        return Some((vec![first], attribution));
    }
    Some((said(second), attribution))
}

/// After the comma closing an attribution that follows a quotation (`“…,” Ann Lee said, and
/// “…”`), what she said goes on: `and` or `but` at `k`, at most one adverb ("and still “…”"), then
/// a quotation opening.
fn quotation_resumes(doc: &Document, in_quote: &[bool], k: usize, end: usize) -> bool {
    if k + 1 >= end || !(doc.is(k, "and") || doc.is(k, "but")) {
        return false;
    }
    let open = if (doc.is_lowercase(k + 1) && doc.lower(k + 1).ends_with("ly"))
        || matches!(doc.lower(k + 1), "still" | "also" | "then" | "now")
    {
        k + 2
    } else {
        k + 1
    };
    open < end && in_quote[open] && matches!(doc.tokens[open].kind, Kind::Quote(_))
}

/// How many words after a gerund its clause's verb may stand.
const GERUND_SUBJECT_REACH: usize = 6;

/// The auxiliaries and modals that make a gerund before them the subject of their clause.
const GERUND_SUBJECT_VERBS: &[&str] = &[
    "would", "will", "could", "can", "may", "might", "should", "must", "is", "was", "has",
];

/// A gerund at `k` that is the subject of the clause after it ("…, she said, replacing the board
/// would be harder", "…, he said, keeping the mill open has cost the town dearly"): an auxiliary
/// or a modal follows its object within a few words, with no punctuation, relative word or
/// subordinator between; a participle of saying ("…, she said, adding the town was broke") is the
/// narrator's.
fn gerund_subject(doc: &Document, k: usize, end: usize) -> bool {
    if speaker_participle(doc.lower(k)) {
        return false;
    }
    (k + 1..end.min(k + 1 + GERUND_SUBJECT_REACH))
        .take_while(|&j| {
            doc.is_word(j)
                && !is_subordinator(doc.lower(j))
                && !matches!(
                    doc.lower(j),
                    "that"
                        | "which"
                        | "what"
                        | "who"
                        | "whom"
                        | "whose"
                        | "where"
                        | "and"
                        | "or"
                        | "but"
                )
        })
        .any(|j| GERUND_SUBJECT_VERBS.contains(&doc.lower(j)))
}

/// The comma closing a setting phrase that opens with a preposition at `k` ("in a letter,", "at a
/// rally in Leeds,"), read by `skip_setting`; none where the words before the comma are anything
/// else.
fn setting_before_comma(doc: &Document, k: usize, end: usize) -> Option<usize> {
    if !(doc.is_lowercase(k) && matches!(doc.lower(k), "in" | "at" | "during" | "on")) {
        return None;
    }
    let j = skip_setting(doc, k, end);
    // the one addressed after the setting's noun, up to the comma: "in a memo to the harbour
    // board," (a verb or `that` on the way is a clause of its own)
    if j > k + 1 && j + 1 < end && matches!(doc.lower(j), "to" | "with" | "for") {
        let stop = (j + 1..(j + 9).min(end)).find(|&m| {
            !(doc.is_word(m) || matches!(doc.word(m), "’s" | "'s"))
                || (doc.is_lowercase(m) && (reads_as_verb(doc, m) || doc.is(m, "that")))
        });
        return stop.filter(|&m| m > j + 1 && doc.is_punct(m, ','));
    }
    (j > k + 1 && doc.is_punct(j - 1, ',')).then_some(j - 1)
}

/// Prepositions that open a fronted phrase of time, place or occasion.
const SETTING_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "since",
    "following",
    "amid",
    "under",
    "throughout",
    "over",
];

/// Whether `range` (from a sentence's start to a comma) is a prepositional phrase of three words
/// or more naming where something was said, with no verb and no other punctuation but a
/// possessive: "In remarks to the press", "At a rally in Leeds on Friday".
fn fronted_setting(doc: &Document, range: Range<usize>) -> bool {
    range.len() >= 3
        && range.len() <= 16
        && doc.is_capitalized(range.start)
        && SETTING_PREPOSITIONS.contains(&doc.lower(range.start))
        && word_count(doc, range.clone()) >= 3
        && range.clone().any(|j| is_setting_noun_at(doc, j))
        && range.clone().all(|j| {
            (doc.is_word(j)
                || doc.tokens[j].kind == Kind::Number
                || matches!(doc.word(j), "’s" | "'s" | "." | "-"))
                && !(doc.is_lowercase(j) && (is_finite(doc.lower(j)) || reads_as_verb(doc, j)))
        })
}

/// Where the words from `start` up to the next comma, semicolon or relative pronoun (within
/// twenty tokens) end, if they hold no finite verb: an apposition or a phrase of the narrator's
/// ("director of the project", "its chief executive", "a lawyer for the city, who …"), not the
/// rest of a clause ("was higher than ever", "the plan would fail").
fn verbless_phrase_end(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let end = end.min(start + 20);
    let stop = (start..end)
        .find(|&j| {
            matches!(doc.word(j), "," | ";" | ":" | "—" | "–")
                || (doc.is_lowercase(j)
                    && matches!(doc.lower(j), "who" | "whom" | "whose" | "which"))
        })
        .unwrap_or(end);
    (stop > start && !has_finite_verb(doc, start..stop)).then_some(stop)
}

/// `CLAUSE, PHRASE said, CLAUSE.` where the phrase between the commas is no name or common
/// speaker the attributor reads ("…, the airline added, and …", "…, officials in both cities
/// insist, because …"). Returns the speaker, the first comma and the index after the cue.
fn phrase_between_commas(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: &Range<usize>,
) -> Option<(Attribution, usize, usize)> {
    let s = &doc.sentences[sentence];
    let form = doc.lower(cue.start);
    let speech_verb = cue.len() == 1
        && att.is_speech_cue(cue.start)
        && !NOUN_LIKE_CUES_SET.contains(form)
        && !form.ends_with("ing");
    // the closing comma follows the verb closely ("said on Saturday,", "told them,")
    let closes = (cue.end..(cue.end + 4).min(s.tokens.end)).find(|&k| !doc.is_word(k));
    if !speech_verb || !closes.is_some_and(|k| doc.is_punct(k, ',')) {
        return None;
    }
    let floor = cue.start.saturating_sub(8).max(s.tokens.start);
    let comma = (floor..cue.start)
        .rev()
        .find(|&k| !doc.is_word(k))
        .filter(|&k| doc.is_punct(k, ',') && !att.in_quote[k] && k > s.tokens.start)?;
    let a = att.closing_phrase(comma + 1, cue.start)?;
    Some((a, comma, cue.end))
}

/// The quotation that opens inside the token range `content` and closes after its last token.
fn quotation_closing_after<'s>(
    segments: &'s [Segment],
    content: &Range<usize>,
) -> Option<&'s Segment> {
    let last = content.end.checked_sub(1)?;
    // segments are sorted by their opening mark and do not overlap
    let s = &segments[segments
        .partition_point(|s| s.open <= last)
        .checked_sub(1)?];
    (content.start <= s.open && s.close.is_some_and(|c| last < c)).then_some(s)
}

/// The token range `content` run on to the closing mark of a quotation that opens inside it
/// and holds its last token, in the same paragraph.
fn through_quotation(segments: &[Segment], content: Range<usize>) -> Range<usize> {
    match quotation_closing_after(segments, &content).and_then(|s| s.close) {
        Some(close) => content.start..close,
        None => content,
    }
}

/// A reported clause that runs on over a quotation led in by a colon or a dash and over the
/// attribution closing that quotation ("declared the need for resolve: “…,” she said",
/// "suggested the plan was unserious - “…,” she said - and …") ends before the colon or the
/// dash: the quotation is a quote of its own. `attributing` holds, for each token of a direct
/// quote's attribution, the byte span of that quote.
fn before_closing_attribution(
    doc: &Document,
    attributing: &[Option<(usize, usize)>],
    content: Range<usize>,
) -> Range<usize> {
    let Some(first) = content.clone().next() else {
        return content;
    };
    let start = doc.tokens[first].start;
    let Some((k, quote_start, quote_end)) = content.clone().find_map(|k| {
        attributing[k]
            .filter(|&(qs, qe)| start <= qs && qe <= doc.tokens[k].start)
            .map(|(qs, qe)| (k, qs, qe))
    }) else {
        return content;
    };
    // the attribution right after the closing mark (and its comma)
    let close = doc.tokens.partition_point(|t| t.start < quote_end);
    let attribution_next = k == close + 1 || (k == close + 2 && doc.is_punct(close + 1, ','));
    // the quotation's opening mark, and what leads into it
    let opening = doc.tokens.partition_point(|t| t.start < quote_start);
    let Some(lead) = opening.checked_sub(2) else {
        return content;
    };
    if attribution_next
        && lead > content.start
        && matches!(doc.tokens[lead + 1].kind, Kind::Quote(_))
        && (doc.is_punct(lead, ':') || is_dash(doc, lead))
    {
        return content.start..lead;
    }
    content
}

/// The byte end of a mixed quote over the token range `content` (trimmed to `end`): where the
/// range ends in a quotation that opened inside it, the end of that quotation's content, with
/// its final punctuation.
fn quotation_end(
    doc: &Document,
    segments: &[Segment],
    content: &Range<usize>,
    end: usize,
) -> usize {
    quotation_closing_after(segments, content).map_or(end, |s| content_bytes(doc, s).1.max(end))
}

fn extend_over_closing_mark(doc: &Document, end: usize) -> usize {
    let rest = &doc.text[end..];
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ ('”' | '"' | '’' | '»')), _) => end + c.len_utf8(),
        // the quoted fragment closes with its own comma or period: `“too little,”`
        (Some(p @ (',' | '.')), Some(c @ ('”' | '"' | '’' | '»'))) => {
            end + p.len_utf8() + c.len_utf8()
        }
        _ => end,
    }
}

/// Byte span of a token range without trailing punctuation (a final period or comma). A
/// percent sign, a question or exclamation mark, and a bracket closing one the range opened
/// belong to what was said ("rose 4%", "asked whether it was legal?", "(R-Ohio)").
fn trimmed(doc: &Document, mut range: Range<usize>) -> (usize, usize) {
    while !range.is_empty() && matches!(doc.tokens[range.end - 1].kind, Kind::Punct) {
        let last = range.end - 1;
        let kept = matches!(doc.word(last), "%" | "?" | "!")
            || (doc.word(last) == ")" && range.clone().any(|k| doc.word(k) == "("));
        if kept {
            break;
        }
        range.end -= 1;
    }
    doc.byte_span(range)
}

/// Words after a cue that show an object or adjunct follows, not a reported clause.
const NOT_CLAUSE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "of",
    "for",
    "by",
    "with",
    "from",
    "about",
    "as",
    "into",
    "during",
    "after",
    "before",
    "and",
    "or",
    "but",
    "so",
    "than",
    "him",
    "her",
    "them",
    "me",
    "us",
    "so-called",
    "while",
    "when",
    "because",
    "until",
    "then",
    "over",
    "through",
    "via",
    "against",
    "without",
    "under",
    "upon",
    "goodbye",
    "yes",
    "no",
    "nothing",
    "something",
    "anything",
    "otherwise",
];

/// [`NOT_CLAUSE_OPENERS`] as a set (asked by the clause readers of every cue).
static NOT_CLAUSE_OPENERS_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(NOT_CLAUSE_OPENERS));

/// Verbs that characterise someone or something, reported speech when a quoted label follows:
/// "accused Kyiv of “inventing obstacles”", "hailed Trump as “The Comeback Kid”".
const CHARACTERIZING: &[&str] = &[
    "accuse",
    "describe",
    "dismiss",
    "tout",
    "hail",
    "branded",
    "labeled",
    "denounce",
    "condemn",
    "criticize",
    "praise",
    "slammed",
    "blasted",
    "mocked",
    "deride",
    "dubbed",
    "termed",
    "characterize",
];

/// Cue forms that are also common nouns or verbs of other meanings ("state troopers", "began
/// negotiations"): they report a clause only when `that` introduces it.
const NOUN_LIKE_CUES: &[&str] = &[
    "state",
    "states",
    "rules",
    "ruling",
    "claims",
    "reports",
    "report",
    "charge",
    "charges",
    "answer",
    "comments",
    "remarks",
    "questions",
    "question",
    "object",
    "objects",
    "counter",
    "signals",
    "estimate",
    "estimates",
    "promise",
    "promises",
    "vow",
    "vows",
    "pledge",
    "pledges",
    "demand",
    "demands",
    "protest",
    "protests",
    "echo",
    "muse",
    "quip",
    "joke",
    "cry",
    "began",
    "begins",
    "find",
    "finds",
    "found",
    "show",
    "shows",
    "showed",
    "read",
    "reads",
    "written",
    "write",
    "maintains",
    "maintain",
    "forecast",
    "mention",
    "comment",
    "post",
    "signal",
    "fear",
    "fears",
    "hope",
    "hopes",
    "doubt",
    "doubts",
    "worry",
    "worries",
    "continue",
    "rule",
];

/// [`NOUN_LIKE_CUES`] as a set (asked by the clause readers of every cue).
static NOUN_LIKE_CUES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOUN_LIKE_CUES));

/// Noun-like cue forms that are never attributions without `that` (they also open no clause
/// before them: "…, began arduous negotiations").
const NEVER_CLOSING_CUES: &[&str] = &[
    "began", "begin", "begins", "find", "finds", "found", "show", "shows", "showed", "read",
    "reads", "continue", "rules", "ruling", "rule", "state",
];

/// Verbs of saying whose noun-phrase object is what was said.
const OBJECT_CONTENT_VERBS: &[&str] = &[
    "acknowledge",
    "deny",
    "confirm",
    "announce",
    "reveal",
    "predict",
    "propose",
    "recommend",
    "demand",
    "admit",
    "concede",
    "reiterate",
    "note",
    "promise",
    "pledge",
    "vow",
];

/// Verbs of reporting and admitting whose gerund is what was said: "the group reported spending
/// $6 million", "denied taking the money", "recalled meeting him".
const GERUND_VERBS: &[&str] = &[
    "report",
    "admit",
    "deny",
    "recall",
    "acknowledge",
    "concede",
    "confirm",
    "mention",
    "suggest",
    "propose",
    "recommend",
];

/// Whether a verb of `GERUND_VERBS` in a form no noun shares is followed by a gerund.
fn gerund_content(doc: &Document, cue: Range<usize>, end: usize) -> bool {
    let form = doc.lower(cue.start);
    cue.len() == 1
        && cue.end < end
        && !NOUN_LIKE_CUES_SET.contains(form)
        && crate::lexicon::cues::cue(form).is_some_and(|c| GERUND_VERBS.contains(&c.0))
        && doc.is_lowercase(cue.end)
        && is_participle(doc.lower(cue.end))
}

/// Verbs of promising, threatening and appealing whose infinitive is what was said.
const INFINITIVE_VERBS: &[&str] = &[
    "vow", "pledge", "promise", "threaten", "urge", "warn", "ask", "demand", "advise", "implore",
    "beg", "plead", "remind", "tell",
];

/// An appeal to someone named by its object, with the infinitive of what is asked: "urged
/// residents to stay indoors", "asked the contractors to search their records". Its subject
/// speaks whatever noun phrase it is ("The city urged …"), as a verb of saying's with a
/// that-clause does. The object is read for six words at most.
fn appeal_infinitive(doc: &Document, cue: &Range<usize>, end: usize) -> bool {
    let appeal = matches!(
        doc.lower(cue.start),
        "urged"
            | "urges"
            | "urge"
            | "implored"
            | "implores"
            | "begged"
            | "begs"
            | "advised"
            | "advises"
            | "asked"
            | "asks"
            | "warned"
            | "warns"
    );
    if !appeal || cue.len() != 1 || cue.end >= end || !doc.is_word(cue.end) {
        return false;
    }
    let last = (cue.end + 7).min(end);
    let Some(to) = (cue.end + 1..last)
        .take_while(|&k| doc.is_word(k) && !is_finite(doc.lower(k)))
        .find(|&k| doc.is(k, "to"))
    else {
        return false;
    };
    to + 1 < end && doc.is_lowercase(to + 1) && doc.is_word(to + 1)
}

/// Verbs that take an object before the reported clause ("told reporters that").
const OBJECT_VERBS: &[&str] = &[
    "tell", "assure", "inform", "warn", "remind", "reassure", "urge", "advise", "promise", "ask",
    "show",
];

/// A day of the week or a month, written out or abbreviated.
pub(crate) fn is_day_or_month(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan."
            | "Feb."
            | "Mar."
            | "Apr."
            | "Jun."
            | "Jul."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Oct."
            | "Nov."
            | "Dec."
    )
}

/// How far back from a participle cue's comma the verb of saying it goes on from may stand
/// ("said Tuesday in Paris, noting").
const SAID_BEFORE_REACH: usize = 8;

/// Time and setting phrases between a cue and its clause ("said Monday", "said in a statement").
fn skip_setting(doc: &Document, mut k: usize, end: usize) -> usize {
    loop {
        if k >= end {
            return k;
        }
        let w = doc.word(k);
        // a day or month alone ("said Monday that"), but not one owning the clause's subject
        // ("said Monday’s vote was …")
        let date = is_day_or_month(w) && !matches!(doc.word(k + 1), "’s" | "'s");
        // "said May 3 that"
        if date
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Number)
        {
            k += 2;
            continue;
        }
        if date
            || matches!(
                w,
                "on" | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "later"
                    | "again"
                    | "repeatedly"
                    | "also"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | ","
            )
        {
            // on Monday, last week, this month
            if matches!(w, "on" | "last" | "this")
                && k + 1 < end
                && (doc.is_capitalized(k + 1)
                    || matches!(
                        doc.word(k + 1),
                        "week" | "month" | "year" | "weekend" | "night" | "morning"
                    ))
            {
                k += 2;
                // a programme of a network: "on ABC’s “Morning Desk”", "on NBC’s Evening Forum"
                if doc.is_capitalized(k - 1) && matches!(doc.word(k), "’s" | "'s") {
                    k = programme_end(doc, k + 1, end).unwrap_or(k);
                }
                // "on Saturday night", "last week's"
                if k < end && matches!(doc.lower(k), "night" | "morning" | "afternoon" | "evening")
                {
                    k += 1;
                }
            } else if matches!(w, "on" | "last" | "this") {
                return k;
            } else {
                k += 1;
            }
            continue;
        }
        // "has said for months that …", "has said from the start that …"
        if k + 1 < end
            && ((w == "for"
                && matches!(
                    doc.lower(k + 1),
                    "days" | "weeks" | "months" | "years" | "decades"
                ))
                || (w == "from"
                    && k + 2 < end
                    && doc.is(k + 1, "the")
                    && matches!(doc.lower(k + 2), "start" | "outset" | "beginning")))
        {
            k += if w == "for" { 2 } else { 3 };
            continue;
        }
        // "acknowledged for the first time that …"
        if w == "for"
            && k + 3 < end
            && doc.is(k + 1, "the")
            && matches!(doc.lower(k + 2), "first" | "second" | "last")
            && doc.is(k + 3, "time")
        {
            k += 4;
            continue;
        }
        // "said after the meeting she would …": a short time phrase up to the clause's
        // subject pronoun
        if matches!(w, "after" | "before") {
            if let Some(m) = (k + 2..(k + 6).min(end)).find(|&m| {
                doc.is_lowercase(m) && (is_subject_pronoun(doc.lower(m)) || doc.is(m, "that"))
            }) {
                if (k + 1..m).all(|j| {
                    doc.is_word(j) && !is_finite(doc.lower(j)) && !is_subject_pronoun(doc.lower(j))
                }) {
                    k = m;
                    continue;
                }
            }
        }
        if matches!(w, "in" | "on" | "during" | "at") && k + 1 < end {
            // in a statement, in an interview, on Twitter, at a news conference
            let mut m = k + 1;
            while m < end
                && m < k + 6
                && (doc.is_word(m) || is_compound_hyphen(doc, m))
                && !doc.is(m, "that")
                && !doc.is_punct(m, ',')
            {
                m += 1;
            }
            // the first noun of a setting, before the one addressed: "in a memo to the staff"
            // (not "in a statement obtained by …", "at a rally in Dayton, Ohio, that")
            // (and before a time or the clause's subject pronoun: "in a memo Sunday morning it
            // …", "in a letter she …")
            if let Some(j) = (k + 1..m).find(|&j| is_setting_noun_at(doc, j)) {
                // a participle's phrase after the noun, up to a `that` opening the clause: "in a
                // statement carried by state media that …", "in a letter sent to staff that …"
                if let Some(that) = carried_setting_end(doc, j + 1, end) {
                    k = that;
                    continue;
                }
                if matches!(doc.lower(j + 1), "to" | "for" | "with")
                    || (j + 1 < m
                        && (is_day_or_month(doc.word(j + 1))
                            || (doc.is_lowercase(j + 1) && is_subject_pronoun(doc.lower(j + 1)))))
                {
                    m = j + 1;
                }
            }
            let setting = is_setting_noun_at(doc, m - 1)
                || doc.is_capitalized(k + 1)
                // "said at an event in Colorado Springs that ..."
                || doc.is(m, "that");
            if setting && m > k + 1 {
                k = m;
                continue;
            }
        }
        return k;
    }
}

/// The `that` closing a participle's phrase that opens at `k` after a setting's noun ("carried
/// by state media that", "posted on its website on Friday that", "sent to staff that"): a
/// lower-case participle in -ed or of a few irregular verbs, then up to eight words with no verb
/// or punctuation, then `that`.
fn carried_setting_end(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let w = doc.lower(k);
    let participle = doc.is_lowercase(k)
        && ((w.len() > 4 && w.ends_with("ed"))
            || matches!(w, "sent" | "read" | "written" | "given" | "seen" | "shown"));
    if !participle {
        return None;
    }
    (k + 1..(k + 10).min(end))
        .take_while(|&m| doc.is_word(m) && !(doc.is_lowercase(m) && is_finite(doc.lower(m))))
        .find(|&m| doc.is(m, "that"))
}

/// The end of a programme's name opening at `k` after a network's possessive: a quotation
/// closing within a few words, or a run of capitalised words, with the small words that join
/// them ("Face the Nation", "State of the Union").
fn programme_end(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let limit = (k + 10).min(end);
    if k < limit && matches!(doc.tokens[k].kind, Kind::Quote(_)) {
        let close = (k + 1..limit).find(|&m| matches!(doc.tokens[m].kind, Kind::Quote(_)))?;
        return Some(close + 1);
    }
    let mut m = k;
    while m < limit {
        if doc.is_capitalized(m) {
            m += 1;
            continue;
        }
        let joined = (m..limit)
            .find(|&j| !matches!(doc.word(j), "the" | "of" | "and" | "with"))
            .filter(|&j| j > m && m > k && doc.is_capitalized(j));
        match joined {
            Some(j) => m = j,
            None => break,
        }
    }
    (m > k).then_some(m)
}

/// Whether token `k` is the hyphen inside a compound ("e-mail", "op-ed").
fn is_compound_hyphen(doc: &Document, k: usize) -> bool {
    doc.is_punct(k, '-') && doc.tokens[k].joined && doc.tokens.get(k + 1).is_some_and(|t| t.joined)
}

/// Whether the word ending at token `j` is a noun of a setting, read whole where it closes a
/// hyphenated compound ("in an e-mail", "in an op-ed").
fn is_setting_noun_at(doc: &Document, j: usize) -> bool {
    if j >= 2 && is_compound_hyphen(doc, j - 1) {
        let compound = &doc.text[doc.tokens[j - 2].start..doc.tokens[j].end];
        return ["e-mail", "op-ed"]
            .iter()
            .any(|c| compound.eq_ignore_ascii_case(c));
    }
    is_setting_noun(doc.lower(j))
}

/// Nouns of a setting where something was said: "in a statement", "on Twitter", "at a rally".
fn is_setting_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "interview"
            | "conference"
            | "briefing"
            | "speech"
            | "post"
            | "tweet"
            | "letter"
            | "email"
            | "twitter"
            | "facebook"
            | "television"
            | "radio"
            | "remarks"
            | "rally"
            | "hearing"
            | "meeting"
            | "address"
            | "broadcast"
            | "report"
            | "video"
            | "memo"
            | "filing"
            | "book"
            | "memoir"
            | "column"
            | "essay"
            | "article"
            | "blog"
            | "message"
            | "release"
            | "editorial"
            | "podcast"
            | "appearance"
    )
}

/// Whether the cue follows `who` in an aside between commas that the sentence's own verb of
/// saying follows: "Ann Lee, a pollster who advises the party, said …", "…, a lawyer who has
/// long urged reform, also said …". The aside describes the subject; its verb reports nothing.
fn relative_in_aside(doc: &Document, sentence: Range<usize>, cue: Range<usize>) -> bool {
    // `who` right before the verb, or before one auxiliary or adverb
    let Some(who) = (cue.start.saturating_sub(2).max(sentence.start)..cue.start)
        .rev()
        .find(|&k| doc.is(k, "who") && doc.is_lowercase(k))
    else {
        return false;
    };
    // the aside is an apposition: a comma and a noun phrase before `who` (not at the sentence's
    // start; "Lee, who said …, added …" reports both)
    if who < sentence.start + 3 || !doc.is_word(who - 1) {
        return false;
    }
    let opened = (who.saturating_sub(6).max(sentence.start + 1)..who - 1)
        .rev()
        .take_while(|&k| doc.is_word(k) || doc.is_punct(k, ','))
        .any(|k| doc.is_punct(k, ','));
    if !opened {
        return false;
    }
    // and closes with a comma a few words after the verb, with only words between
    let Some(comma) = (cue.end..(cue.end + 10).min(sentence.end))
        .take_while(|&k| doc.is_word(k) || doc.is_punct(k, ','))
        .find(|&k| doc.is_punct(k, ','))
    else {
        return false;
    };
    // then a finite verb of saying, perhaps after an adverb ("…, also said")
    let verb = if doc.is_lowercase(comma + 1)
        && (doc.is(comma + 1, "also") || doc.lower(comma + 1).ends_with("ly"))
    {
        comma + 2
    } else {
        comma + 1
    };
    verb < sentence.end && !doc.lower(verb).ends_with("ing") && cue_at(doc, verb, true).is_some()
}

/// Whether an attribution between commas follows the cue: "The records show, she said in an
/// interview, that …", "The figures suggest, Lee argued, that …". The aside's speaker says the
/// clause around it, the cue's words included.
fn before_parenthetical(doc: &Document, sentence: Range<usize>, cue: Range<usize>) -> bool {
    if cue.start == sentence.start || !doc.is_punct(cue.end, ',') {
        return false;
    }
    // the aside's subject: a pronoun or a name of up to three words
    let k = cue.end + 1;
    let verb = if doc.is_lowercase(k) && matches!(doc.lower(k), "he" | "she" | "they" | "we") {
        k + 1
    } else {
        (k..(k + 3).min(sentence.end))
            .take_while(|&j| doc.is_capitalized(j))
            .last()
            .map_or(k, |j| j + 1)
    };
    if verb == k || verb >= sentence.end || doc.lower(verb).ends_with("ing") {
        return false;
    }
    let Some(said) = cue_at(doc, verb, true) else {
        return false;
    };
    // a comma closes the aside within a few words, before the rest of the clause
    (said.end..(said.end + 8).min(sentence.end))
        .take_while(|&j| doc.is_word(j) || doc.is_punct(j, ','))
        .any(|j| doc.is_punct(j, ','))
}

/// `NAME said (that) CLAUSE`.
fn clause_after(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Range<usize>, Attribution)> {
    let s = &doc.sentences[sentence];
    // every clause read here holds a word after the cue: a cue closing its sentence ("“…,” she
    // said.") is answered before its speaker is read
    if !(cue.end..s.tokens.end).any(|k| matches!(doc.tokens[k].kind, Kind::Word | Kind::Number)) {
        return None;
    }
    // "…, saying that …", and a gerund after a preposition: "began by saying …", "aside from
    // saying …"
    let participle = doc.word(cue.start).ends_with("ing")
        && cue.start > s.tokens.start
        // (`… “New York values,” saying …`)
        && (comma_before(doc, cue.start, s.tokens.start).is_some()
            || (doc.is_lowercase(cue.start - 1)
                && matches!(
                    doc.lower(cue.start - 1),
                    "by" | "from" | "after" | "before" | "while" | "without" | "upon" | "when"
                )));
    // "…, echoing other critics": the one echoed is no content
    if participle && att.cue_entry(cue.start).is_some_and(|c| c.0 == "echo") {
        return None;
    }
    // a passive is not an attribution ("people were charged fees"), with an adverb before the
    // participle too ("were wrongly charged fees", "was not asked to speak"; an impersonal
    // "it was widely reported …" reports its clause)
    let form = doc.lower(cue.start);
    let passive = |aux: usize| is_passive_auxiliary(doc.lower(aux));
    if cue.start > s.tokens.start
        && !form.ends_with("ing")
        && (passive(cue.start - 1)
            || (cue.start > s.tokens.start + 1
                && passive(cue.start - 2)
                && doc.is_lowercase(cue.start - 1)
                && att.is_adverbial(cue.start - 1)
                && !(cue.start > s.tokens.start + 2 && doc.is(cue.start - 3, "it"))))
    {
        return None;
    }
    // a question the speaker left open: "has not said when it would …", "has yet to explain
    // why …", "declined to say whether …"
    let wh_unsaid = {
        let k = att.skip_setting(cue.end, s.tokens.end);
        k + 2 < s.tokens.end
            && matches!(
                att.cue_entry(cue.start).map(|c| c.0),
                Some("say" | "explain" | "disclose" | "reveal")
            )
            && doc.is_lowercase(k)
            && matches!(
                doc.lower(k),
                "when" | "why" | "how" | "whether" | "where" | "what" | "who" | "if"
            )
            && has_finite_verb(doc, k + 1..(k + 8).min(s.tokens.end))
            && (cue.start.saturating_sub(3).max(s.tokens.start)..cue.start).any(|b| {
                let w = doc.lower(b);
                doc.is_lowercase(b)
                    && (matches!(
                        w,
                        "not"
                            | "never"
                            | "yet"
                            | "refused"
                            | "refuses"
                            | "refuse"
                            | "declined"
                            | "declines"
                            | "decline"
                    ) || w.ends_with("n't")
                        || w.ends_with("n’t"))
            })
    };
    // the speaker, read only once the tests of the words after the cue that need no speaker
    // have passed (they refuse most of the clauses refused, and cost less than the search)
    let speaker = || -> Option<Attribution> {
        // a second verb of the sentence's subject: "Orlov accused Kyiv of stalling and said ..."
        // "…, then says" and "… and then says"
        let conjunction = |k: usize| {
            doc.is(k, "and")
                || doc.is(k, "but")
                || (doc.is(k, "then")
                    && k > s.tokens.start
                    && (doc.is_punct(k - 1, ',') || doc.is(k - 1, "and")))
        };
        // "… and repeatedly said", "… but has said", "… and did not say" (a passive is no second
        // verb: "… and was told")
        let coordinated = cue.start > s.tokens.start && {
            let mut b = cue.start - 1;
            while b > s.tokens.start
                && b + 3 >= cue.start
                && !conjunction(b)
                && doc.is_lowercase(b)
                && att.is_adverbial(b)
                && !matches!(
                    doc.lower(b),
                    "is" | "was" | "are" | "were" | "been" | "being" | "be" | "told"
                )
            {
                b -= 1;
            }
            conjunction(b)
        };
        // "released a statement Monday saying …", "sent a letter to the board saying …": a
        // document's words are its author's, the subject of the sentence
        let document = !participle
            && form.ends_with("ing")
            && (cue.start.saturating_sub(6).max(s.tokens.start)..cue.start)
                .rev()
                .take_while(|&k| doc.is_word(k) && !att.in_quote[k])
                .any(|k| {
                    doc.is_lowercase(k)
                        && crate::actors::words::contains(attribute::DOCUMENT_NOUNS, doc.lower(k))
                });
        // the infinitive of a verb of saying after another verb of the subject: "continues to
        // insist that …", "went out of her way to say that …", "were more likely to say that …"
        let infinitive = cue.start > s.tokens.start + 1
            && doc.is(cue.start - 1, "to")
            && doc.is_lowercase(cue.start - 1)
            && doc.is_lowercase(cue.start - 2)
            && doc.is_word(cue.start - 2)
            // "it is fair to say that …", "hard to predict": no one in particular says it; "tried
            // to tell viewers that …" is an attempt, not a report
            && !matches!(
                doc.lower(cue.start - 2),
                "fair"
                    | "safe"
                    | "hard"
                    | "easy"
                    | "difficult"
                    | "impossible"
                    | "possible"
                    | "tough"
                    | "enough"
                    | "too"
                    | "try"
                    | "tries"
                    | "tried"
                    | "trying"
                    | "attempted"
            )
            && matches!(
                att.cue_entry(cue.start),
                Some((_, crate::lexicon::cues::CueClass::Speech))
            )
            && (wh_unsaid
                || that_follows(doc, cue.end, s.tokens.end)
                || opens_reported_clause(
                    doc,
                    att.skip_setting(cue.end, s.tokens.end),
                    s.tokens.end,
                ));
        // "…, Ann Lee said Tuesday in Paris, noting that …": the participle goes on from the verb
        // of saying before its comma, whose subject is the speaker, not the sentence's first name
        // (a participle follows the sentence's first token, so `cue.start - 1` is in it)
        let said_before = (participle && doc.is_punct(cue.start - 1, ','))
            .then(|| {
                let comma = cue.start - 1;
                (comma.saturating_sub(SAID_BEFORE_REACH).max(s.tokens.start)..comma)
                    .rev()
                    .find_map(|c| cue_at(doc, c, true).filter(|_| !doc.word(c).ends_with("ing")))
                    .filter(|said| {
                        said.start > s.tokens.start && skip_setting(doc, said.end, comma) == comma
                    })
            })
            .flatten();
        let found = if let Some(said) = said_before {
            att.np_before(said.start, s.tokens.start)
                .or_else(|| att.sentence_subject(sentence, cue.start))
        } else if participle
            || coordinated
            || document
            || document_relative(doc, cue.start, s.tokens.start)
        {
            att.sentence_subject(sentence, cue.start)
        } else if infinitive {
            // the subject of the verb before `to` ("she refused to say"), else the sentence's
            att.np_before(cue.start - 2, s.tokens.start)
                .or_else(|| att.sentence_subject(sentence, cue.start))
        } else {
            // a phrase after a preposition is part of the subject's modifier ("Analysts at the
            // central bank said"): the subject opening the sentence comes first
            let np = att.np_before(cue.start, s.tokens.start);
            // (past the object's article: "at the central bank")
            let object_start = np.as_ref().and_then(|a| a.mention.clone()).map(|m| {
                let article = m.start > s.tokens.start + 1 && doc.is(m.start - 1, "the");
                if article {
                    m.start - 1
                } else {
                    m.start
                }
            });
            let pp_object = object_start.is_some_and(|m| {
                m > s.tokens.start
                    && doc.is_lowercase(m - 1)
                    && matches!(
                        doc.lower(m - 1),
                        "at" | "of" | "for" | "from" | "in" | "on" | "with"
                    )
            });
            // the place a document came out in is not its author: "A study published in NAME
            // found …" is the study's
            let published_in = object_start.filter(|&m| {
                m > s.tokens.start + 2
                    && doc.is(m - 1, "in")
                    && doc.is_lowercase(m - 2)
                    && doc.lower(m - 2).ends_with("ed")
            });
            if let Some(m) = published_in {
                att.subject_phrase(sentence, cue.start)
                    .or(Some(Attribution {
                        mention: Some(s.tokens.start..m - 2),
                        actor: None,
                        cue: None,
                    }))
            } else if pp_object {
                att.subject_phrase(sentence, cue.start).or(np)
            } else {
                np.or_else(|| att.subject_phrase(sentence, cue.start))
            }
        };
        // any noun phrase is the speaker of a verb of saying with a that-clause: "the fund warned
        // that ..."
        // a relative clause: "a builder who said he was never paid", "Anna Ruiz, who told …"
        let found = found.or_else(|| {
            let who = relative_pronoun(doc, att, sentence, cue.start)?;
            let before = if doc.is_punct(who - 1, ',') {
                who - 1
            } else {
                who
            };
            att.np_before(before, s.tokens.start)
                .or_else(|| att.subject_np(before, s.tokens.start))
                // `who` stands for people: the noun phrase before it is the speaker ("business
                // leaders who say …", "those who said …", "a banker who has suggested …")
                // when they report a clause, its verb within a few words ("a native who writes
                // fiction on the side" reports nothing)
                .or_else(|| {
                    let k = att.skip_setting(cue.end, s.tokens.end);
                    (doc.is(who, "who")
                        && att.is_speech_cue(cue.start)
                        && k < s.tokens.end
                        && (that_follows(doc, cue.end, s.tokens.end)
                            || opens_reported_clause(doc, k, s.tokens.end)
                            || (!crate::actors::words::contains(NOT_CLAUSE_OPENERS, doc.lower(k))
                                && has_finite_verb(doc, k..(k + 5).min(s.tokens.end)))))
                    .then(|| att.people_before(before, s.tokens.start))
                    .flatten()
                })
                .map(|a| through_relative(a, who))
        });
        // a short noun phrase after `which` or `that` whose verb of saying has no subject after it:
        // "the floods, which the inquiry said were caused by …", "a rule that the board says breaks
        // the law"
        let found = found.or_else(|| relative_gap_speaker(doc, sentence, cue.clone()));
        let speaker = match found {
            Some(a) => a,
            // a second verb of a subject the attributor does not read: "The Ohio Republican toured
            // the plant and says …"
            None if coordinated && unambiguous_speech_verb(att, &cue) => {
                att.opening_words(sentence, cue.start)?
            }
            // and of a participle of saying: "The senator shrugged off a heckler, saying …"
            None if participle
                && matches!(
                    att.cue_entry(cue.start),
                    Some((_, crate::lexicon::cues::CueClass::Speech))
                ) =>
            {
                att.opening_words(sentence, cue.start)?
            }
            None if participle || coordinated || NOUN_LIKE_CUES_SET.contains(form) => return None,
            None => {
                let entry = att.cue_entry(cue.start);
                let speech = matches!(entry, Some((_, crate::lexicon::cues::CueClass::Speech)));
                let say = entry.is_some_and(|c| c.0 == "say");
                // any noun phrase is the speaker of a verb of saying with a that-clause: "the fund
                // warned that ..."; whoever says a clause is its speaker: "Security specialists say
                // it is …", "Each side said its rival would …" (the clause is checked below)
                let that = that_follows(doc, cue.end, s.tokens.end);
                // or a clause opening with a pronoun or `there` and its verb: "argues there is …",
                // "insisted they would …", or with a noun and its verb: "reported turnout was low",
                // "warned the bridge would close"
                // (a participle after an article or a number qualifies a noun: "the alleged gunman
                // was", "312 registered members will")
                let adjective = cue.start > s.tokens.start
                    && (matches!(doc.lower(cue.start - 1), "the" | "a" | "an")
                        || doc.tokens[cue.start - 1].kind == Kind::Number);
                let clause = !adjective
                    && opens_reported_clause(
                        doc,
                        att.skip_setting(cue.end, s.tokens.end),
                        s.tokens.end,
                    );
                // and so is the subject of a verb whose object is what was said: "the task force
                // announced an agreement"
                let object_content = entry.is_some_and(|c| OBJECT_CONTENT_VERBS.contains(&c.0))
                    && cue.end < s.tokens.end
                    && (doc.tokens[cue.end].kind == Kind::Number
                        || matches!(
                            doc.lower(cue.end),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "plans" | "new"
                        ));
                // and of a demand: "advocates called for his dismissal"
                // ("a clarion call for" is a noun)
                let demand = matches!(form, "called" | "calls") && doc.is(cue.end, "for");
                // and of a characterisation with its label: "friends called him “a genius”",
                // "critics called the plan a disgrace", "called him divisive"
                let label = matches!(form, "called" | "calls" | "call")
                    && (object_then_label(doc, cue.end, s.tokens.end)
                        || adjective_label_end(doc, cue.end, s.tokens.end).is_some()
                        || quoted_label_after(doc, att.in_quote, cue.end, s.tokens.end));
                let found = if that
                    || (wh_unsaid && !say)
                    || ((object_content
                        || demand
                        || label
                        || gerund_content(doc, cue.clone(), s.tokens.end))
                        && !adjective)
                {
                    att.subject_np(cue.start, s.tokens.start)
                } else if say {
                    att.bare_subject(sentence, cue.start)
                } else {
                    None
                };
                // a subject with its modifiers: "Two senior officials familiar with the talks said"
                match found {
                    Some(a) => a,
                    None if say
                        || (speech && (that || clause || wh_unsaid))
                        || appeal_infinitive(doc, &cue, s.tokens.end) =>
                    {
                        att.modified_subject(sentence, cue.start).or_else(|| {
                            unambiguous_speech_verb(att, &cue)
                                .then(|| att.subject_words(sentence, cue.start))
                                .flatten()
                        })?
                    }
                    None => return None,
                }
            }
        };
        // in a relative clause the relative pronoun names a speaker known as an actor (as a
        // pronoun would): "McConnell, who in 2010 said …"; a speaker known by no actor keeps the
        // words that describe it ("an architect who said …")
        let speaker = match relative_pronoun(doc, att, sentence, cue.start) {
            Some(who)
                if speaker.actor.is_some()
                    && speaker.mention.as_ref().is_some_and(|m| m.end <= who) =>
            {
                Attribution {
                    mention: Some(who..who + 1),
                    ..speaker
                }
            }
            _ => speaker,
        };
        Some(speaker)
    };
    let end = s.tokens.end;
    let mut k = cue.end;
    let lemma = att.cue_entry(cue.start).map(|c| c.0).unwrap_or("");
    // demands and characterisations: "called for a ceasefire", "called the plan “a disgrace”"
    // "described how the water rose": a question word opens a reported clause, as after other
    // verbs of saying
    let wh_clause = lemma == "describe"
        && k + 1 < end
        && doc.is_lowercase(k)
        && matches!(
            doc.lower(k),
            "how" | "why" | "what" | "whether" | "where" | "when"
        );
    if (lemma == "call" || CHARACTERIZING.contains(&lemma)) && !wh_clause {
        let object = if doc.is(k, "for") || doc.is(k, "on") || doc.is(k, "upon") {
            k + 1
        } else {
            k
        };
        let mut end = clause_end(doc, att.in_quote, object, end);
        let quoted = (object..end).any(|i| att.in_quote[i]);
        let demand = object > k;
        // a characterisation ends with its quoted label, or with a short phrase that goes on
        // with it: "slammed the mayor as a “disgrace” Tuesday on the radio", "called the deal
        // “a first step” toward a treaty"
        if quoted && !demand {
            if let Some(last) = (object..end).rev().find(|&i| att.in_quote[i]) {
                end = label_end(doc, att.in_quote, last, end);
            }
        }
        // "called him divisive", "called the moves unconstitutional": a short object and an
        // adjective that judges it
        let judged = (!demand && !quoted && lemma == "call")
            .then(|| adjective_label_end(doc, object, end))
            .flatten();
        if let Some(last) = judged {
            end = last;
        }
        let content = object..end;
        // "called him a liar", "called the plan a disgrace": an object and a label without
        // quotation marks
        // "described the deal as a disaster", "dismissed the report as fake": an object and an
        // `as` label
        let labelled = !demand
            && if lemma == "call" {
                object_then_label(doc, object, end)
            } else {
                lemma != "accuse" && object_then_as_label(doc, object, end)
            };
        if (demand || quoted || labelled || judged.is_some())
            && word_count(doc, content.clone()) >= 2
        {
            return Some((
                content,
                Attribution {
                    cue: Some(cue.clone()),
                    ..speaker()?
                },
            ));
        }
        return None;
    }
    // whether the person told is followed by the reported clause itself (no `that` to look for)
    let mut object_clause = false;
    // (an infinitive straight after the verb has no person told before it: "promised to
    // veto it")
    if OBJECT_VERBS.contains(&lemma) && !doc.is(k, "to") {
        // the person told: a name, a pronoun or a short phrase, up to a setting, an infinitive
        // or the subject of the reported clause ("told voters this weekend he would …", "told
        // the AP her group had …", "told him the plan was …")
        let mut m = k;
        let object_ends = |m: usize| {
            (doc.is_capitalized(m - 1)
                || matches!(doc.lower(m - 1), "him" | "her" | "them" | "me" | "us"))
                && matches!(
                    doc.lower(m),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
                )
        };
        // (a hyphenated word counts as one: "told co-host Ann Lee that")
        let mut reach = k + 4;
        while m < end
            && m < reach
            && (doc.is_word(m) || (m > k && is_compound_hyphen(doc, m)))
            && !(m > k
                && doc.is_lowercase(m)
                && (matches!(
                    doc.lower(m),
                    "that"
                        | "to"
                        | "this"
                        | "last"
                        | "on"
                        | "in"
                        | "at"
                        | "during"
                        // a clause of the narrator's after the person told: "told aides as she
                        // left"
                        | "as"
                        | "while"
                        | "when"
                        | "after"
                        | "before"
                ) || is_subject_pronoun(doc.lower(m))
                    || object_ends(m)
                    || quantity_after_object(doc, k, m, end)))
            && !doc.is(m, "that")
            && !opens_object_clause(doc, k, m)
            // the reported clause's subject and its verb end the person told, or stand where
            // none is named: "told reporters the plan was dead", "warned the bridge would close"
            && !subject_and_verb(doc, m, end)
            // nor does a clause of its own after a conjunction ("asked and the room fell
            // silent") take the person told
            && !(m > k
                && matches!(doc.lower(m), "and" | "or" | "but")
                && subject_and_verb(doc, m + 1, end))
        {
            if is_compound_hyphen(doc, m) {
                reach += 2;
            }
            m += 1;
            // a network's programme in quotation marks is the person told, not a quotation:
            // "told ABC’s “Morning Desk” that …"
            if m < end
                && matches!(doc.tokens[m].kind, Kind::Quote(_))
                && matches!(doc.word(m - 1), "’s" | "'s")
                && m >= k + 2
                && doc.is_capitalized(m - 2)
            {
                if let Some(close) = programme_end(doc, m, end) {
                    m = close;
                    break;
                }
            }
        }
        object_clause = subject_and_verb(doc, m, end);
        k = m;
    }
    k = att.skip_setting(k, end);
    // "Tester said, pointing to …": a participle after the comma is the narrator's phrase
    if k > cue.end && k < end && doc.is_punct(k - 1, ',') && is_participle(doc.word(k)) {
        return None;
    }
    // a promise, threat or appeal reports its infinitive: "vowed to form a task force", with
    // the one it is addressed to: "urged Congress to keep the program running"
    if k + 1 < end
        && doc.is(k, "to")
        && doc.is_lowercase(k + 1)
        && INFINITIVE_VERBS.contains(&lemma)
    {
        let end = clause_end(doc, att.in_quote, k, end);
        let addressee = OBJECT_VERBS.contains(&lemma) && k > cue.end && doc.is_word(cue.end);
        let content = if addressee { cue.end } else { k }..end;
        // three words do with the one addressed, when the object runs straight into the
        // infinitive: "urged the industry to do more" (not "told the crowd, to applause"; a
        // request with `ask` keeps the longer floor: "asked residents to stay home")
        let short = (addressee
            && lemma != "ask"
            && !doc.is_punct(k - 1, ',')
            && !matches!(
                doc.lower(cue.end),
                "for" | "about" | "on" | "of" | "in" | "at"
            ))
            // and so do a promise's or a threat's own: "vowed to veto it", "pledged to remain
            // calm"
            || (k == cue.end && matches!(lemma, "vow" | "pledge" | "promise" | "threaten"));
        if word_count(doc, k..end) >= if short { 3 } else { 4 } {
            return Some((
                content,
                Attribution {
                    cue: Some(cue.clone()),
                    ..speaker()?
                },
            ));
        }
        return None;
    }
    // a longer setting before `that`: "said at a stop in Toledo, Ohio, that", "told a meeting
    // of island leaders that", "said as he passed sentence that"
    let setting = k < end
        && (OBJECT_VERBS.contains(&lemma)
            || is_setting_word(doc, k)
            || (doc.is_lowercase(k) && matches!(doc.lower(k), "when" | "as" | "while")));
    // or an aside after the setting, its `that` after a comma: "wrote on X, formerly Twitter,
    // that" (not a relative pronoun after a noun: "said, under the charter that allows …")
    let aside = k < end && k > cue.end && (doc.is_punct(k, ',') || doc.is_punct(k - 1, ','));
    if (setting || aside) && !doc.is(k, "that") && !object_clause {
        // (a `that` right before a verb is a relative pronoun of the noun before it: "told
        // journalists after the hearing that ended …")
        if let Some(t) = that_ahead(doc, k, end)
            .filter(|&t| !reads_as_verb(doc, t + 1) && (setting || doc.is_punct(t - 1, ',')))
        {
            k = t;
        }
    }
    // an aside between dashes or brackets before `that`: "said — in a post, as it turned out —
    // that …", "said (in a tweet) that …" (a verb of saying: "which she thought (wrongly) that
    // only she would read" is no report)
    if let Some(t) = aside_then_that(doc, k, end)
        .filter(|&t| !reads_as_verb(doc, t + 1) && att.is_speech_cue(cue.start))
    {
        k = t;
    }
    if k >= end {
        return None;
    }
    let belief = matches!(
        att.cue_entry(cue.start),
        Some((_, crate::lexicon::cues::CueClass::Belief))
    );
    // "rules that could lead to …" is a relative clause after a noun
    if NOUN_LIKE_CUES_SET.contains(form)
        && doc.is(k, "that")
        && k + 1 < end
        && reads_as_verb(doc, k + 1)
    {
        return None;
    }
    // "After the union objected, the case was moved": the cue ends a subordinate clause
    if doc.is_punct(cue.end, ',')
        && !doc.is(k, "that")
        && (is_subordinator(doc.lower(s.tokens.start)) || doc.is(s.tokens.start, "as"))
    {
        return None;
    }
    // an answer of yes or no: "38 percent said yes, up from …", "he said no."; and words that
    // stand for what was said before: "half said so in May", "26 percent said the same",
    // "fewer say the same of her rival" (after a quotation they point to it: "“…” Lee said so
    // on Friday.")
    let after_quotation =
        s.tokens.start > 0 && matches!(doc.tokens[s.tokens.start - 1].kind, Kind::Quote(_));
    let answer_end = |m: usize| {
        m >= end
            || doc.tokens[m].kind == Kind::Punct
            || matches!(doc.lower(m), "and" | "but" | "while")
    };
    // and a question word alone, the question left to the sentence before: "but she did not say
    // when.", "he would not explain why"
    let wh_alone = matches!(lemma, "say" | "explain" | "tell" | "disclose")
        && k < end
        && doc.is_lowercase(k)
        && matches!(doc.lower(k), "when" | "why" | "how" | "where" | "whether")
        && answer_end(k + 1)
        && !(k + 1 < end && matches!(doc.word(k + 1), "," | ":"));
    let answer = if wh_alone {
        Some(k + 1)
    } else if lemma == "say" && k < end && doc.is_lowercase(k) {
        match doc.lower(k) {
            "yes" | "no" => answer_end(k + 1).then_some(k + 1),
            "so" if !after_quotation => answer_end(skip_setting(doc, k + 1, end)).then_some(k + 1),
            "the" if doc.is(k + 1, "same") && !after_quotation => {
                let mut e = k + 2;
                if doc.is(e, "thing") {
                    e += 1;
                }
                if e < end && matches!(doc.lower(e), "of" | "about" | "for") {
                    e += 1;
                    while e < end && e < k + 10 && doc.is_word(e) && !answer_end(e) {
                        e += 1;
                    }
                }
                answer_end(skip_setting(doc, e, end)).then_some(e)
            }
            _ => None,
        }
    } else {
        None
    };
    if let Some(answer_end) = answer {
        return Some((
            k..answer_end,
            Attribution {
                cue: Some(cue.clone()),
                ..speaker()?
            },
        ));
    }
    // the words opening the clause, read before the speaker (every clause refused below
    // before the speaker is read is refused whoever the speaker is)
    let that_opens = doc.is(k, "that") && doc.is_lowercase(k);
    let gap = !that_opens && {
        // a form shared with a noun reports a clause only as a verb right after its speaker, the
        // clause holding a subject and its verb (`verb_after_speaker` below, whose tests of the
        // clause are asked here first)
        if NOUN_LIKE_CUES_SET.contains(form)
            && !(NOUN_VERB_CUES.contains(&form)
                && (opens_reported_clause(doc, k, end) || subject_and_verb(doc, k, end)))
        {
            return None;
        }
        if belief && !opens_belief_clause(doc, k, end) {
            return None;
        }
        let w = doc.lower(k);
        // "said no decision was made" reports a clause; "said no to the plan" does not
        let no_subject = w == "no" && doc.is_lowercase(k + 1) && !doc.is(k + 1, "to");
        // "said her colleague had left": a possessive, not the person told
        // (after the person told, as well: "told the AP her group …"; before an amount, too:
        // "said her $4 million fortune had gone")
        let possessive = w == "her"
            && (!OBJECT_VERBS.contains(&lemma) || k > cue.end || object_clause)
            && (doc.is_lowercase(k + 1)
                || doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == Kind::Number)
                || matches!(doc.word(k + 1), "$" | "€" | "£"));
        // "said about half of the loss …": an amount, not the topic
        // "reported at least six planes filled …"
        let at_least = w == "at"
            && matches!(doc.lower(k + 1), "least" | "most")
            && has_finite_verb(doc, k + 2..end);
        let amount = w == "about"
            && (doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Number)
                || matches!(doc.lower(k + 1), "half" | "a" | "one" | "two" | "three"))
            && has_finite_verb(doc, k + 1..end);
        let opens = (wh_unsaid
            || no_subject
            || possessive
            || amount
            || at_least
            || !NOT_CLAUSE_OPENERS_SET.contains(w))
            && matches!(
                doc.tokens[k].kind,
                Kind::Word | Kind::Number | Kind::Quote(_)
            );
        // "everything Trump says is a lie": the verb has no subject of its own, unless its
        // subject is the relative pronoun before the speaker ("a plan which he said was dead")
        // ("announced plans to …": a noun, the object of a verb whose object is what was said)
        let plans = w == "plans"
            && OBJECT_CONTENT_VERBS.contains(&lemma)
            && doc.is(skip_setting(doc, k + 1, end), "to");
        let gap = doc.is_lowercase(k) && is_finite(w) && !plans;
        if !opens {
            return None;
        }
        gap
    };
    // "repeated her promise that …": the noun of saying carries the clause
    if (k..(k + 3).min(end)).any(|m| {
        doc.is(m + 1, "that") && doc.is_lowercase(m) && NOUN_CUES_SET.contains(doc.lower(m))
    }) {
        return None;
    }
    // "posted a message saying …": the document's participle of saying carries the clause
    if document_participle(doc, att, cue.start, end) {
        return None;
    }
    let speaker = speaker()?;
    // the speaker stands after a relative pronoun that is the subject of what was said: "a
    // deadline that officials said went unnoticed", "what analysts said was a sign"
    // (also past the article of a name: "which the Organization for … says had")
    let relative_subject = speaker.mention.as_ref().is_some_and(|m| {
        m.start > s.tokens.start
            && m.end <= cue.start
            && doc.is_lowercase(m.start - 1)
            && (is_gap_relative(doc.lower(m.start - 1))
                || (m.start - 1 > s.tokens.start
                    && matches!(doc.lower(m.start - 1), "the" | "a" | "an")
                    && gap_relative_at(doc, m.start - 2, s.tokens.start))
                || (zero_relative_before(doc, m.start - 1)
                    // (a name after a noun is its apposition: "the company Acme said …")
                    && doc.is_lowercase(m.start)
                    && (is_subject_pronoun(doc.lower(m.start))
                        || matches!(doc.lower(m.start), "the" | "its" | "their"))
                    && (unambiguous_speech_verb(att, &cue)
                        || matches!(form, "argues" | "insists" | "contends" | "warns"))))
    }) && k < end
        && (reads_as_verb(doc, k) || gap_present_verb(doc, k, end));
    // a form shared with a noun is a verb right after a named speaker, before a clause with a
    // subject and its verb: "Trump claims he is worth …", "the agency reports the count rose",
    // "Lee claims her rival is …"
    // (a verb in -s after a plural subject is none: "the police reports the officers filed",
    // a noun compound)
    let verb_after_speaker = NOUN_VERB_CUES.contains(&form)
        && speaker.actor.is_some()
        && speaker.mention.as_ref().is_some_and(|m| {
            m.end == cue.start && !(form.ends_with('s') && plural_subject(doc, m.end - 1))
        })
        && (opens_reported_clause(doc, k, end) || subject_and_verb(doc, k, end));
    if !that_opens
        && ((NOUN_LIKE_CUES_SET.contains(form) && !verb_after_speaker)
            || (gap && !relative_subject))
    {
        return None;
    }
    let content_start = k;
    let mut end = clause_end(doc, att.in_quote, content_start, end);
    // in a subordinate clause the main clause follows the first comma: "Although Trump has
    // admitted using the tax code, he does not defend it"
    let opener = speaker
        .mention
        .as_ref()
        .map_or(s.tokens.start, |m| m.start.min(cue.start));
    let subordinate = |i: usize| is_subordinator(doc.lower(i));
    // the subordinate clause opens the sentence, after at most a conjunction or a setting
    // and its comma ("But as Trump pledged …", "Last month, when I asked …", "Now that Trump
    // has claimed …", "Having announced that …"), and holds the cue
    let fronted = |i: usize| opens_sentence_clause(doc, s.tokens.clone(), i);
    let introduced = (opener.saturating_sub(6).max(s.tokens.start)..opener)
        .rev()
        .take_while(|&i| doc.is_word(i))
        .find(|&i| {
            subordinate(i)
                || doc.is(i, "as")
                || doc.is(i, "having")
                || (doc.is(i, "that") && i > s.tokens.start && doc.is(i - 1, "now"))
        })
        .is_some_and(|i| fronted(i) || (doc.is(i, "that") && fronted(i - 1)));
    if introduced
        || subordinate(s.tokens.start)
        || (opener > s.tokens.start && subordinate(opener - 1))
    {
        // the comma may close a quotation the clause ends in: "When she said it was “a
        // mistake,” the room fell silent"
        let main_clause = |i: usize| {
            doc.is_punct(i, ',')
                && (!att.in_quote[i]
                    || word_after_comma(doc, i, end).is_some_and(|(w, _)| {
                        w == i + 2
                            && !att.in_quote[w]
                            && !matches!(doc.lower(w), "and" | "or" | "but")
                    }))
        };
        if let Some(comma) = (content_start + 1..end).find(|&i| main_clause(i)) {
            end = comma;
        }
    }
    // in a relative clause set off by a comma ("Ms. Ruiz, who said …", "…, who had said …",
    // "the rule, which officials said …") the main clause's verb resumes after a later comma:
    // "Ms. Ruiz, who said the plan was dead, voted for it anyway"
    let in_relative = (cue.start.saturating_sub(5).max(s.tokens.start + 1)..cue.start)
        .rev()
        .take_while(|&j| doc.is_word(j))
        .any(|j| {
            doc.is_lowercase(j)
                && (doc.is(j, "who") || (doc.is(j, "which") && doc.is_punct(j - 1, ',')))
        });
    if in_relative {
        if let Some(comma) = (content_start + 1..end).find(|&i| {
            doc.is_punct(i, ',') && !att.in_quote[i] && predicate_resumes(doc, i + 1, end)
        }) {
            end = comma;
        }
    }
    // in a relative clause without a comma ("the voters who say the mayor lied are angry") the
    // main clause's verb follows the reported clause's own verb with no link between them
    let restrictive = cue.start >= 2
        && doc.is(cue.start - 1, "who")
        && doc.is_lowercase(cue.start - 1)
        && doc.is_word(cue.start - 2);
    if restrictive {
        end = main_verb_after_relative(doc, content_start, end).unwrap_or(end);
    }
    let content = content_start..end;
    // verbs whose object is itself what was said: "acknowledged the scale of the losses",
    // "denied any involvement in the attacks"
    let object_is_content = OBJECT_CONTENT_VERBS.contains(&lemma);
    // a clause holding a quoted fragment may be shorter: "said it “humanizes” her"; so may a
    // pronoun and its verb: "said they were angry", "said she would"
    // and so may an object of a possessive and its noun: "announced his resignation"
    let owned_object =
        object_is_content && matches!(doc.lower(content_start), "his" | "her" | "its" | "their");
    let min_words = if relative_subject || pronoun_and_verb(doc, content.clone()) || owned_object {
        2
    } else if content.clone().any(|k| att.in_quote[k]) || noun_and_verb(doc, content.clone()) {
        3
    } else {
        4
    };
    // a subject of its own and a quote for the rest of the clause: "said the plan’s backers
    // “have misled the public”"
    let quoted_predicate = (content_start + 2..(content_start + 8).min(content.end))
        .find(|&k| att.in_quote[k])
        .is_some_and(|q| word_count(doc, content_start..q) >= 2);
    // a gerund is what was reported, with no verb of its own: "reported spending $6 million"
    let gerund = || content_start == cue.end && gerund_content(doc, cue.clone(), end);
    if word_count(doc, content.clone()) < min_words
        || (!doc.is(content_start, "that")
            && !object_is_content
            && !quoted_predicate
            && !relative_subject
            && !gerund()
            && !has_finite_verb(doc, content.clone()))
    {
        return None;
    }
    Some((
        content,
        Attribution {
            cue: Some(cue),
            ..speaker
        },
    ))
}

/// Relative pronouns that may stand for the subject a reported clause lacks.
fn is_gap_relative(w: &str) -> bool {
    matches!(w, "which" | "that" | "what" | "who")
}

/// Whether the relative pronoun at `k` may stand for that subject: not after a preposition,
/// where it is a setting ("the dispute on which a tribunal has ruled …"), while `what` holds its own
/// antecedent ("amounting to what the panel said was …").
fn gap_relative_at(doc: &Document, k: usize, floor: usize) -> bool {
    doc.is_lowercase(k)
        && is_gap_relative(doc.lower(k))
        && (doc.is(k, "what")
            || !(k > floor
                && (is_setting_word(doc, k - 1) || NOT_NOUNS_SET.contains(doc.lower(k - 1)))))
}

/// Whether the word at `k`, right before a speaker, is the noun a relative clause without a
/// pronoun qualifies: "a probe the agency said was ongoing", "a plan Lee says would fail" (a
/// lower-case word that is no function word, verb form or adverb; the caller asks for a verb of
/// saying no noun shares: "the price of the harbour bond note rose" has none).
fn zero_relative_before(doc: &Document, k: usize) -> bool {
    doc.is_word(k) && doc.is_lowercase(k) && {
        let w = doc.lower(k);
        w.len() > 2
            && !NOT_NOUNS_SET.contains(w)
            && !is_finite(w)
            && !is_setting_word(doc, k)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !w.ends_with("ly")
            && !matches!(
                w,
                "what" | "where" | "whether" | "whose" | "how" | "why" | "then" | "now" | "so"
            )
            && crate::lexicon::cues::cue(w).is_none()
    }
}

/// A present tense with no subject of its own at `k`, right after a verb of saying whose speaker
/// follows a relative pronoun: "laws that some say target Muslims", "a gap that experts say
/// renders the wall moot" (a known plural verb, or a form in -s before an article, a possessive
/// or a name).
fn gap_present_verb(doc: &Document, k: usize, end: usize) -> bool {
    k + 1 < end && doc.is_lowercase(k) && doc.is_word(k + 1) && {
        let w = doc.lower(k);
        PRESENT_SET.contains(w)
            || (w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && (doc.is_capitalized(k + 1)
                    || matches!(
                        doc.lower(k + 1),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                    )))
    }
}

/// Whether the verb at `verb` puts out a document whose participle of saying follows it, after
/// any setting: "posted a message saying …", "tweeted a video on Monday claiming …".
fn document_participle(doc: &Document, att: &Attributor, verb: usize, end: usize) -> bool {
    attribute::document_put_out(doc, verb).is_some_and(|noun| {
        let k = att.skip_setting(noun + 1, end);
        k < end && doc.is_lowercase(k) && doc.word(k).ends_with("ing") && att.is_speech_cue(k)
    })
}

/// Whether the verb of saying at `cue` opens a relative clause on a document that the
/// sentence's verb puts out: "released a statement that said …", "sent a letter which said …"
/// (the document's author is the speaker).
fn document_relative(doc: &Document, cue: usize, sentence_start: usize) -> bool {
    cue >= sentence_start + 3
        && doc.is_lowercase(cue - 1)
        && matches!(doc.lower(cue - 1), "that" | "which")
        && (cue.saturating_sub(6).max(sentence_start)..cue - 2)
            .any(|v| attribute::document_put_out(doc, v) == Some(cue - 2))
}

/// The speaker of a verb of saying at `cue` in a relative clause whose subject is the reported
/// clause's: a determiner and up to four words between `which` or `that` and the verb, with a
/// verb and no subject after it ("the floods, which the inquiry said were caused by …", "a rule
/// that the board says breaks the law").
fn relative_gap_speaker(doc: &Document, sentence: usize, cue: Range<usize>) -> Option<Attribution> {
    let s = &doc.sentences[sentence];
    let floor = cue.start.saturating_sub(6).max(s.tokens.start + 1);
    let det = (floor..cue.start)
        .rev()
        .take_while(|&j| doc.is_word(j))
        .find(|&j| doc.is_lowercase(j) && matches!(doc.lower(j), "the" | "a" | "an"))?;
    if cue.len() != 1
        || !matches!(doc.lower(det - 1), "which" | "that")
        || !gap_relative_at(doc, det - 1, s.tokens.start)
        || !crate::lexicon::cues::is_speech_verb(doc.lower(cue.start))
    {
        return None;
    }
    let end = s.tokens.end;
    let k = skip_setting(doc, cue.end, end);
    let words_only = (det + 1..cue.start).all(|j| {
        doc.is_word(j)
            && !(doc.is_lowercase(j)
                && (NOT_NOUNS_SET.contains(doc.lower(j))
                    || is_finite(doc.lower(j))
                    || doc.lower(j).ends_with("ed")))
    });
    (det + 1 < cue.start
        && words_only
        && k < end
        && (reads_as_verb(doc, k) || gap_present_verb(doc, k, end)))
    .then_some(Attribution {
        mention: Some(det..cue.start),
        actor: None,
        cue: None,
    })
}

/// Whether the words after a verb that takes an object (`k` the first of them) stop being the
/// person told at `m`: a question word opens the clause ("tells them why the stock is a good
/// buy", "asks where each resident was born"); after the person told, `who` and `which` open a
/// relative clause on that person ("told the mayors who gathered there"). (An infinitive right
/// after the verb has no person told before it at all: the caller does not look for one.)
fn opens_object_clause(doc: &Document, k: usize, m: usize) -> bool {
    doc.is_lowercase(m)
        && match doc.lower(m) {
            "who" | "which" => m == k,
            w => matches!(w, "why" | "how" | "what" | "whether" | "where" | "if"),
        }
}

/// Where the main clause's verb resumes after a clause reported in a relative clause without a
/// comma: a form of `be`, `have` or a modal after the reported clause's own verb, with no
/// punctuation or linking word between them ("… who say the mayor lied are angry"). A pronoun
/// inside the reported clause may open a clause of its own ("say the plan he proposed would
/// fail"), so none is looked for then.
fn main_verb_after_relative(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let mut verb = false;
    for m in start + 1..end {
        if !doc.is_word(m) {
            return None;
        }
        let w = doc.lower(m);
        if matches!(
            w,
            "that"
                | "which"
                | "who"
                | "whom"
                | "what"
                | "when"
                | "where"
                | "whether"
                | "if"
                | "because"
                | "and"
                | "or"
                | "but"
                | "than"
                | "as"
                | "while"
                | "since"
        ) || (!verb && is_subject_pronoun(w))
        {
            return None;
        }
        let main = matches!(
            w,
            "is" | "are" | "was" | "were" | "has" | "have" | "will" | "would" | "could" | "should"
        );
        if verb && main && doc.is_lowercase(m) {
            return Some(m);
        }
        verb = verb || reads_as_verb(doc, m);
    }
    None
}

/// Whether the word at `i` opens a clause that stands first in the sentence over the token
/// range `sentence`: after nothing but conjunctions ("But as Trump pledged …"), or after the
/// comma closing a short setting without a verb ("Last month, when I asked …").
fn opens_sentence_clause(doc: &Document, sentence: Range<usize>, i: usize) -> bool {
    let conjunctions = (sentence.start..i).all(|j| {
        doc.is_word(j)
            && matches!(
                doc.lower(j),
                "but" | "and" | "yet" | "so" | "even" | "just" | "now"
            )
    });
    conjunctions
        || (i > sentence.start
            && doc.is_punct(i - 1, ',')
            && word_count(doc, sentence.start..i - 1) <= 4
            && !has_finite_verb(doc, sentence.start..i - 1))
}

/// Whether `w` (lowercased) is a conjunction that opens a subordinate clause ("although",
/// "when", "unless"); "as", which also compares, is left to the caller.
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "although"
            | "though"
            | "when"
            | "while"
            | "after"
            | "before"
            | "because"
            | "if"
            | "since"
            | "once"
            | "until"
            | "unless"
            | "whereas"
    )
}

/// Whether a reported clause without `that` opens at `k`: a pronoun or `there` and its verb
/// ("argues there is …", "insisted they would …"), or a noun and its verb ("reported turnout was
/// low", "warned the bridge would close").
fn opens_reported_clause(doc: &Document, k: usize, end: usize) -> bool {
    pronoun_and_verb(doc, k..end)
        || noun_and_verb(doc, k..end)
        || (doc.is(k, "the")
            && doc.is_lowercase(k)
            && (k + 2..(k + 5).min(end))
                .find(|&v| !doc.is_word(v) || doc.is_lowercase(v))
                .is_some_and(|v| {
                    (k + 1..v).all(|w| doc.is_word(w))
                        && doc.is_lowercase(v)
                        && (is_finite(doc.lower(v)) || doc.lower(v).ends_with("ed"))
                }))
        || (doc.is(k, "there") && doc.is_lowercase(k) && k + 1 < end && is_finite(doc.lower(k + 1)))
}

/// A clause opening at `k` with a subject pronoun and its verb ("they could …"), or with a noun
/// phrase after a determiner and a finite verb within four words ("the plan was …", "her party
/// would …", "the new terminal will …"); no second determiner or pronoun stands between them,
/// so that an object pronoun before a clause is not read as a determiner ("told her the plan
/// was …"), nor a participle ("a meeting being held …").
fn subject_and_verb(doc: &Document, k: usize, end: usize) -> bool {
    if k >= end || !doc.is_lowercase(k) {
        return false;
    }
    // (not a pronoun before a determiner: "told it this was …")
    if pronoun_and_verb(doc, k..end) {
        return !(k + 1 < end && after_determiner(doc.lower(k + 1)));
    }
    // (a determiner opens the subject: "told reporters the plan was dead", "some voters")
    let first = doc.lower(k);
    if !(after_determiner(first) || matches!(first, "some" | "many" | "most" | "such")) {
        return false;
    }
    // (an amount may stand in the noun phrase: "her $4.5 billion fortune was", "its 2015 budget
    // would"; it lengthens the reach by its tokens)
    let amount = |w: usize| {
        doc.tokens[w].kind == Kind::Number || matches!(doc.word(w), "$" | "€" | "£" | "%")
    };
    let amounts = (k + 1..(k + 4).min(end)).filter(|&w| amount(w)).count();
    let noun_word = |w: usize| {
        doc.is_word(w)
            // (a name ends the person told before a counted subject: "told the BBC most
            // residents had left")
            && !(doc.is_capitalized(w - 1)
                && doc.is_lowercase(w)
                && QUANTITY_OPENERS.contains(&doc.lower(w)))
            && !(doc.is_lowercase(w)
                && (after_determiner(doc.lower(w))
                    || is_subject_pronoun(doc.lower(w))
                    || is_subordinator(doc.lower(w))
                    || is_participle(doc.lower(w))
                    || is_passive_auxiliary(doc.lower(w))
                    || matches!(
                        doc.lower(w),
                        "that" | "who" | "which" | "what" | "whether" | "if" | "how"
                    )
                    || NOT_CLAUSE_OPENERS_SET.contains(doc.lower(w))))
    };
    (k + 2..(k + 5 + amounts).min(end))
        .find(|&v| {
            !(doc.is_word(v) || amount(v)) || (doc.is_lowercase(v) && is_finite(doc.lower(v)))
        })
        .is_some_and(|v| {
            doc.is_word(v)
                && (k + 1..v).any(|w| doc.is_word(w))
                && (k + 1..v).all(|w| amount(w) || noun_word(w))
        })
}

/// Words that open a counted subject: "two people had died", "most residents had left", "even
/// one percent of users would …".
const QUANTITY_OPENERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "most",
    "many",
    "some",
    "several",
    "few",
    "even",
    "only",
    "nearly",
    "almost",
];

/// Whether a counted subject opens the reported clause at `m`, right after the person told
/// that a cue's object at `k` names: "told Reuters two people had died", "told reporters most
/// residents had left", "told the BBC even one percent of users would …". The person told ends
/// in a name, an object pronoun or a plural; a finite verb follows within a few words, with no
/// `that`, `to` or pronoun before it ("told him several times that …" is no clause).
fn quantity_after_object(doc: &Document, k: usize, m: usize, end: usize) -> bool {
    if m <= k || !doc.is_lowercase(m) || !QUANTITY_OPENERS.contains(&doc.lower(m)) {
        return false;
    }
    let person = doc.is_capitalized(m - 1)
        || matches!(doc.lower(m - 1), "him" | "her" | "them" | "me" | "us")
        || plural_subject(doc, m - 1);
    if !person {
        return false;
    }
    for j in m + 1..(m + 7).min(end) {
        if !matches!(doc.tokens[j].kind, Kind::Word | Kind::Number) && !doc.is_punct(j, '%') {
            return false;
        }
        let w = doc.lower(j);
        if doc.is_lowercase(j) && is_finite(w) {
            return j > m + 1;
        }
        if matches!(w, "that" | "to" | "ago" | "times" | "time") || is_subject_pronoun(w) {
            return false;
        }
    }
    false
}

/// Cue forms shared with nouns that are verbs of saying right after the speaker's name.
const NOUN_VERB_CUES: &[&str] = &[
    "claims",
    "claim",
    "reports",
    "report",
    "maintains",
    "maintain",
    "fears",
    "hopes",
    "doubts",
    "worries",
];

/// Whether the word at `k`, the last of a subject, is a plural that takes no verb in -s: a
/// common noun in -s ("officials", "the agencies"; not "news", "status", "analysis") or a
/// collective one ("police", "staff", "people"), also opening a sentence ("Police"); not a
/// name ("Reuters", "Jones").
fn plural_subject(doc: &Document, k: usize) -> bool {
    let w = doc.lower(k);
    let collective = matches!(
        w,
        "police" | "people" | "staff" | "personnel" | "children" | "men" | "women"
    );
    let plural = w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "ics", "news", "series", "species"]
            .iter()
            .any(|x| w.ends_with(x));
    collective || (plural && doc.is_lowercase(k))
}

/// A clause opening with a one-word subject and its verb: "funding is needed", "people
/// misunderstand him", "Ruiz was right".
fn noun_and_verb(doc: &Document, range: Range<usize>) -> bool {
    let k = range.start;
    range.len() >= 2
        && doc.is_word(k)
        && !NOT_NOUNS_SET.contains(doc.lower(k))
        && !NOT_CLAUSE_OPENERS_SET.contains(doc.lower(k))
        && doc.is_lowercase(k + 1)
        && (is_finite(doc.lower(k + 1)) || PRESENT_SET.contains(doc.lower(k + 1)))
}

/// A clause opening with a subject pronoun and its verb: "she would", "they were angry",
/// "he’s ready", "he respects Clinton".
fn pronoun_and_verb(doc: &Document, range: Range<usize>) -> bool {
    let k = range.start;
    if range.len() < 2 || !doc.is_lowercase(k) || !doc.is_word(k + 1) {
        return false;
    }
    let w = doc.lower(k);
    let verb = doc.lower(k + 1);
    let contracted = w.contains(['\'', '’']) || matches!(verb, "’s" | "'s");
    if !contracted && !doc.is_lowercase(k + 1) {
        return false;
    }
    is_subject_pronoun(w)
        && w != "there"
        && (contracted
            || is_finite(verb)
            || verb.ends_with("ed")
            || verb.ends_with("n't")
            || verb.ends_with("n’t")
            || (verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss")))
}

/// A label in quotation marks after a short object of "called": a pronoun, or a determiner and
/// up to three words, then the opening mark ("him “a genius”", "the plan “a disgrace”").
fn quoted_label_after(doc: &Document, in_quote: &[bool], k: usize, end: usize) -> bool {
    if k >= end || !doc.is_lowercase(k) {
        return false;
    }
    let pronoun = matches!(
        doc.lower(k),
        "him" | "her" | "them" | "it" | "himself" | "herself" | "themselves"
    );
    let determiner = matches!(
        doc.lower(k),
        "the" | "this" | "that" | "his" | "her" | "their" | "its"
    );
    let last = if pronoun {
        k + 2
    } else if determiner {
        k + 5
    } else {
        return false;
    };
    // (a determiner needs its noun before the label: "an index called the “chained CPI”" names
    // the index)
    let first_label = if determiner { k + 2 } else { k + 1 };
    (k + 1..last.min(end))
        .take_while(|&m| doc.is_word(m) || matches!(doc.tokens[m].kind, Kind::Quote(_)))
        .find(|&m| matches!(doc.tokens[m].kind, Kind::Quote(_)))
        .is_some_and(|m| m >= first_label && in_quote[m])
}

/// Evaluative adjectives too short to be told by their ending.
const JUDGING_ADJECTIVES: &[&str] = &[
    "absurd", "bogus", "corrupt", "crazy", "false", "fake", "foolish", "insane", "naive", "racist",
    "sexist", "stupid", "unfair", "untrue", "unjust", "weak", "wrong", "cruel", "rude", "unwise",
];

/// After "called": a short object (a pronoun, or a determiner and up to three lowercase words)
/// and an adjective that judges it, ending the clause or followed by `and` and a second
/// adjective or participle ("called him divisive", "called the charges unsubstantiated and
/// fabricated by …"): the end of the label, up to the clause's end `end`. An adjective is known
/// by its ending (-ous, -ble, -ive, -ful, -ic, -al, -ent, -ant, -less, -ed after un-) or the short
/// list above; an adverb in -ly is none ("call the race early").
fn adjective_label_end(doc: &Document, k: usize, end: usize) -> Option<usize> {
    if k >= end || !doc.is_word(k) || !doc.is_lowercase(k) {
        return None;
    }
    let first = doc.lower(k);
    let adjective_at = if matches!(
        first,
        "him" | "her" | "them" | "it" | "himself" | "herself" | "themselves" | "itself"
    ) {
        k + 1
    } else if matches!(
        first,
        "the" | "his" | "her" | "their" | "its" | "these" | "those"
    ) {
        // the noun: one to three lowercase words, the adjective after them
        (k + 2..(k + 5).min(end))
            .find(|&m| is_judging_adjective(doc, m))
            .filter(|&m| (k + 1..m).all(|j| doc.is_word(j) && doc.is_lowercase(j)))?
    } else {
        return None;
    };
    if adjective_at >= end || !is_judging_adjective(doc, adjective_at) {
        return None;
    }
    let after = adjective_at + 1;
    // the label closes the clause, or stops at a comma or a preposition of cause or time
    if after >= end
        || doc.tokens[after].kind == Kind::Punct
        || matches!(
            doc.lower(after),
            "because" | "after" | "before" | "for" | "in"
        )
    {
        return Some(after);
    }
    // "… and accused him of …": a second verb of the subject ends the label; a second
    // adjective or participle goes on with it
    if doc.is(after, "and") && after + 1 < end {
        if is_judging_adjective(doc, after + 1) || doc.lower(after + 1).ends_with("ed") {
            let next = after + 2;
            let verb_object = next < end
                && matches!(
                    doc.lower(next),
                    "him" | "her" | "them" | "it" | "the" | "his" | "their" | "its"
                );
            return Some(if verb_object { after } else { end });
        }
        return Some(after);
    }
    None
}

/// An evaluative adjective: known by its ending or by `JUDGING_ADJECTIVES`.
fn is_judging_adjective(doc: &Document, k: usize) -> bool {
    if !doc.is_word(k) || !doc.is_lowercase(k) {
        return false;
    }
    let w = doc.lower(k);
    if JUDGING_ADJECTIVES.contains(&w) {
        return true;
    }
    w.len() >= 6
        && !w.ends_with("ly")
        && (["ous", "ble", "ive", "ful", "ic", "al", "ent", "ant", "less"]
            .iter()
            .any(|e| w.ends_with(e))
            || (w.starts_with("un") && w.ends_with("ed")))
}

/// An object of a few words from `k`, then `as` and a label: "the deal as a disaster".
fn object_then_as_label(doc: &Document, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + 8))
        .take_while(|&i| doc.is_word(i) || doc.tokens[i].kind == Kind::Number)
        .any(|i| doc.is(i, "as") && i + 1 < end && doc.is_word(i + 1))
}

/// The end of a characterisation whose quoted label closes at `last`: the label, or the short
/// phrase that continues it up to the next punctuation ("“a first step” toward a treaty",
/// "“unfit” for office"). A comma inside the closing mark, a setting ("“a disgrace” on
/// Wednesday"), a conjunction or a verb after the label hand over to the narrator.
fn label_end(doc: &Document, in_quote: &[bool], last: usize, end: usize) -> usize {
    let label = last + 1;
    if matches!(doc.tokens[last - 1].kind, Kind::Punct) || skip_setting(doc, label, end) > label {
        return label;
    }
    let stop = (label..end)
        .find(|&i| in_quote[i] || !matches!(doc.tokens[i].kind, Kind::Word | Kind::Number))
        .unwrap_or(end);
    let narrator = |i: usize| {
        doc.is_lowercase(i)
            && (reads_as_verb(doc, i)
                || is_subject_pronoun(doc.lower(i))
                || matches!(
                    doc.lower(i),
                    "and"
                        | "but"
                        | "or"
                        | "as"
                        | "while"
                        | "which"
                        | "who"
                        | "when"
                        | "after"
                        | "before"
                        | "because"
                        | "although"
                        | "though"
                        | "whereas"
                        | "instead"
                ))
    };
    let continues = stop > label && stop - label <= 9 && !(label..stop).any(narrator);
    if continues {
        stop
    } else {
        label
    }
}

/// `OBJECT a LABEL` after a verb of calling: a pronoun or a name followed by an article ("him a
/// liar", "Ms. Dale the best candidate"), or a short noun phrase followed by `a`/`an` ("the
/// plan a disgrace"). An object followed by a preposition is a summons ("called them to the
/// stage").
fn object_then_label(doc: &Document, k: usize, end: usize) -> bool {
    if k >= end || !doc.is_word(k) {
        return false;
    }
    let article = |i: usize, with_the: bool| {
        i + 1 < end
            && doc.is_lowercase(i)
            && (matches!(doc.lower(i), "a" | "an") || (with_the && doc.lower(i) == "the"))
            && doc.is_word(i + 1)
    };
    if doc.is_lowercase(k)
        && matches!(
            doc.lower(k),
            "him" | "her" | "them" | "it" | "himself" | "herself" | "themselves"
        )
    {
        // ("her" may also own the object: "called her plan a mistake")
        let labelled = article(k + 1, true);
        if labelled || doc.lower(k) != "her" {
            return labelled;
        }
    }
    if doc.is_capitalized(k) {
        let mut m = k;
        while m < end && m < k + 4 && doc.is_capitalized(m) {
            m += 1;
        }
        return article(m, true);
    }
    if doc.is_lowercase(k)
        && matches!(
            doc.lower(k),
            "the" | "this" | "that" | "his" | "her" | "their" | "its"
        )
    {
        let short = (k + 2..(k + 5).min(end)).any(|m| {
            article(m, false)
                && (k + 1..m).all(|j| {
                    doc.is_word(j)
                        && doc.is_lowercase(j)
                        && !crate::actors::words::contains(NOT_CLAUSE_OPENERS, doc.lower(j))
                })
        });
        // a longer object with its modifiers, without a verb, a pronoun or a mark of its own:
        // "her support for the new tunnel a mistake", "the citation and the demand for her
        // testimony a political ploy" (an article before a time is no label: "called the
        // office a week later")
        let long = || {
            (k + 5..(k + 12).min(end)).any(|m| {
                article(m, false)
                    && !matches!(
                        doc.lower(m + 1),
                        "day"
                            | "week"
                            | "month"
                            | "year"
                            | "hour"
                            | "minute"
                            | "second"
                            | "few"
                            | "couple"
                            | "lot"
                            | "bit"
                            | "number"
                            | "time"
                    )
                    && (k + 1..m).all(|j| {
                        doc.is_word(j)
                            && !(doc.is_lowercase(j)
                                && (reads_as_verb(doc, j)
                                    || is_subject_pronoun(doc.lower(j))
                                    || matches!(doc.lower(j), "a" | "an")))
                    })
            })
        };
        return short || long();
    }
    false
}

/// A clause after a verb of believing without `that` opens with its subject and has a finite
/// verb within a few words: "believes the deal is dead", "thinks she will win" (not "expects
/// the economy to grow", "knew the area well").
fn opens_belief_clause(doc: &Document, k: usize, end: usize) -> bool {
    if k >= end || !doc.is_word(k) {
        return false;
    }
    let w = doc.lower(k);
    let subject = is_subject_pronoun(w)
        || doc.is_capitalized(k)
        || matches!(
            w,
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its"
        );
    subject && has_finite_verb(doc, k..(k + 6).min(end))
}

/// A preposition opening a setting between a cue and its clause.
fn is_setting_word(doc: &Document, k: usize) -> bool {
    doc.is_lowercase(k)
        && matches!(
            doc.lower(k),
            "in" | "at" | "on" | "during" | "via" | "through" | "to" | "with" | "before" | "after"
        )
}

/// How far a setting between a cue and its `that` may run: "said Friday during a recording of a
/// televised town hall in Dayton, that …" (bounded, so a cue costs a constant look ahead).
const THAT_REACH: usize = 20;

/// The `that` opening a reported clause within a few words after `k`, across setting words and
/// commas only (no verb, quote or other cue on the way).
fn that_ahead(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let limit = (k + THAT_REACH).min(end);
    // the words on the way are read only where a `that` stands within reach (most clauses
    // have none)
    if !(k..limit).any(|m| doc.is(m, "that")) {
        return None;
    }
    // a clause of time on the way may hold its own verb: "told reporters when asked about the
    // budget that …", "said as he passed sentence that …" (its `that` no demonstrative of a
    // time: "when she arrived that morning")
    let mut timed = false;
    for m in k..limit {
        if doc.is(m, "that") && doc.is_lowercase(m) {
            let demonstrative = timed
                && matches!(
                    doc.lower(m + 1),
                    "day" | "morning" | "afternoon" | "evening" | "night" | "week" | "time"
                );
            if !demonstrative {
                return (m > k).then_some(m);
            }
        }
        // (the clause of time ends at a comma, and holds no verb of saying but the question it
        // answers: "when asked")
        timed = (timed && !doc.is_punct(m, ','))
            || (doc.is_lowercase(m) && matches!(doc.lower(m), "when" | "as" | "while"));
        let ok = (doc.is_word(m)
            || doc.is_punct(m, ',')
            || doc.tokens[m].kind == Kind::Number
            || is_compound_hyphen(doc, m))
            && !(doc.is_lowercase(m)
                && (matches!(doc.lower(m), "and" | "or" | "but")
                    || (m > k && doc.lower(m) == "to")
                    || (!timed && is_finite(doc.lower(m)))
                    || (cue_at(doc, m, false).is_some() && !(timed && doc.lower(m) == "asked"))));
        if !ok {
            return None;
        }
    }
    None
}

/// Whether the predicate of a subject left behind resumes at `k`: a finite verb, or one after an
/// adverb ("…, voted against it", "…, later said", "…, has not commented"). A participle
/// of comparison or source is no predicate ("…, compared with …", "…, based on …").
fn predicate_resumes(doc: &Document, k: usize, end: usize) -> bool {
    // a verb of saying resumes it too: "the paper, which first said it would …, said …"
    let verb = |j: usize| {
        j < end
            && (reads_as_verb(doc, j)
                || (doc.is_lowercase(j)
                    && crate::lexicon::cues::is_speech_verb(doc.lower(j))
                    && !doc.lower(j).ends_with("ing")))
            && !matches!(doc.lower(j), "compared" | "based" | "followed" | "backed")
    };
    verb(k) || (k < end && doc.is_lowercase(k) && doc.lower(k).ends_with("ly") && verb(k + 1))
}

/// The `that` right after an aside opening at `k` with a dash or a bracket and closed by the
/// same within a few words: "— in a post, as it turned out — that", "(in a tweet) that".
fn aside_then_that(doc: &Document, k: usize, end: usize) -> Option<usize> {
    let bracket = doc.is_punct(k, '(');
    if !(bracket || is_dash(doc, k)) {
        return None;
    }
    let limit = (k + THAT_REACH).min(end);
    let close = (k + 2..limit).find(|&m| {
        !(doc.is_word(m) || doc.is_punct(m, ',') || doc.tokens[m].kind == Kind::Number)
    })?;
    let closed = if bracket {
        doc.is_punct(close, ')')
    } else {
        is_dash(doc, close)
    };
    (closed && close + 1 < end && doc.is(close + 1, "that") && doc.is_lowercase(close + 1))
        .then_some(close + 1)
}

/// Whether `that` follows the cue ending at `k`, right away or after a setting.
fn that_follows(doc: &Document, k: usize, end: usize) -> bool {
    let k = skip_setting(doc, k, end);
    (k < end && doc.is(k, "that") && doc.is_lowercase(k)) || that_ahead(doc, k, end).is_some()
}

/// Whether `clause_end` may stop at token `k`: each of its tests stops at a mark or at one of
/// these words, the others pass with no stop (a new test stopping at another word names it
/// here).
#[inline(always)]
fn may_end_clause(doc: &Document, k: usize) -> bool {
    match doc.tokens[k].kind {
        Kind::Punct => true,
        Kind::Word => matches!(doc.lower(k), "and" | "but" | "according"),
        Kind::Number | Kind::Quote(_) => false,
    }
}

/// A reported clause ends at the sentence end, or before a trailing `, according to ...` (the
/// comma may stand inside a closing quotation mark: `…,” according to`), or before an aside of
/// the narrator's (`narrator_aside`). `in_quote` marks the tokens inside quotation marks.
fn clause_end(doc: &Document, in_quote: &[bool], start: usize, end: usize) -> usize {
    // words of the clause before `k`
    let mut words = word_count(doc, start..start + 1);
    for k in start + 1..end.saturating_sub(1) {
        // most tokens end no clause: they are counted and passed with one test
        if !may_end_clause(doc, k) {
            words += usize::from(matches!(doc.tokens[k].kind, Kind::Word | Kind::Number));
            continue;
        }
        if words >= 3 && narrator_aside(doc, in_quote, k, end) {
            return k;
        }
        words += usize::from(matches!(doc.tokens[k].kind, Kind::Word | Kind::Number));
        // a semicolon closes the reported clause; so does a participle of saying after a comma, a
        // second statement of the speaker ("…, arguing that …", "…, citing …")
        if doc.is_punct(k, ';') {
            return k;
        }
        // the narrator's aside in brackets closing the sentence ("…, she said (the plan was
        // later dropped).")
        if doc.word(k) == "(" && !in_quote[k] && bracket_aside_ends(doc, in_quote, k, end) {
            return k;
        }
        // (also after a quoted fragment's comma: "said things “should wait,” referring to …")
        let after_comma = word_after_comma(doc, k, end);
        if let Some((w, e)) = after_comma {
            if doc.is_lowercase(w) && speaker_participle(doc.lower(w)) {
                return e;
            }
        }
        // a closing attribution of its own: "…, the source added." / "…, attorneys for the
        // family said."
        if doc.is_punct(k, ',') && closing_attribution_after(doc, k + 1, end) {
            return k;
        }
        // another attribution with a clause of its own: "…, the manager said he …", "…, who
        // said …, said he …"
        if doc.is_punct(k, ',') && !in_quote[k] && attribution_opens_clause(doc, k + 1, end) {
            return k;
        }
        // the narrator's concession: "…, although he refused to …", also after a quoted
        // fragment's comma: "…,” though she noted …"
        if let Some((w, e)) = after_comma {
            if doc.is_lowercase(w) && matches!(doc.lower(w), "although" | "though" | "whereas") {
                return e;
            }
        }
        // another speaker takes over: "… and Democrats accused …", "— and he noted …",
        // "…, and human rights groups warned …"
        if matches!(doc.lower(k), "and" | "but") && doc.is_lowercase(k) {
            let after_comma = doc.is_punct(k - 1, ',');
            // (a share or a count may be the other speaker: "…, and more than 3 in 10 said …",
            // "… and others have said …")
            let count = counted_subject(doc, k + 1);
            let reach = if count { 8 } else { 6 };
            let subject_cue = (k + 2..(k + reach).min(end)).find(|&c| {
                cue_at(doc, c, true).is_some()
                    && !NOUN_LIKE_CUES_SET.contains(doc.lower(c))
                    && (k + 1..c).all(|j| {
                        (doc.is_word(j)
                            || (count
                                && (doc.tokens[j].kind == Kind::Number
                                    || is_compound_hyphen(doc, j))))
                            && !doc.is(j, "that")
                    })
                    && (after_comma
                        || count
                        || doc.is_capitalized(k + 1)
                        || matches!(
                            doc.lower(k + 1),
                            "he" | "she" | "they" | "we" | "i" | "the" | "his" | "her" | "their"
                        ))
            });
            if subject_cue.is_some() {
                let mut e = k;
                while e > start + 1 && matches!(doc.tokens[e - 1].kind, Kind::Punct) {
                    e -= 1;
                }
                return e;
            }
        }
        // a second verb of the same speaker: "said it was opposed and warned North Korea"
        if matches!(doc.lower(k), "and" | "but")
            && doc.is_lowercase(k)
            && ((cue_at(doc, k + 1, true).is_some() && !state_before_noun(doc, k + 1, end))
                // "… and repeatedly says"
                || (k + 2 < end
                    && doc.is_lowercase(k + 1)
                    && doc.lower(k + 1).ends_with("ly")
                    && cue_at(doc, k + 2, true).is_some()))
        {
            return if doc.is_punct(k - 1, ',') { k - 1 } else { k };
        }
        // the narrator takes over: ", and when pressed ...", ", while critics ..."
        if doc.is_punct(k, ',')
            && k + 2 < end
            && matches!(doc.lower(k + 1), "and" | "but")
            && matches!(
                doc.lower(k + 2),
                "when" | "while" | "as" | "after" | "before" | "since"
            )
        {
            return k;
        }
        if doc.is(k, "according") && doc.is(k + 1, "to") {
            let comma = (k.saturating_sub(2)..k)
                .find_map(|c| word_after_comma(doc, c, end).filter(|&(w, _)| w == k));
            if let Some((_, e)) = comma {
                return e;
            }
        }
    }
    end
}

/// `state` before a noun or a name modifies it and reports nothing: "broke federal and state
/// law", "city and state officials", "and state Sen. Ann Lee". Before `that`, a determiner, a
/// pronoun, a question word or an adverb in -ly it is the verb ("and state their case", "and
/// state clearly that …").
fn state_before_noun(doc: &Document, k: usize, end: usize) -> bool {
    doc.is(k, "state")
        && doc.is_lowercase(k)
        && k + 1 < end
        && doc.is_word(k + 1)
        && !(doc.is_lowercase(k + 1) && {
            let w = doc.lower(k + 1);
            after_determiner(w)
                || is_subject_pronoun(w)
                || w.ends_with("ly")
                || matches!(
                    w,
                    "that" | "what" | "why" | "how" | "whether" | "them" | "him" | "us"
                )
        })
}

/// Whether a subject counting its members opens at `k`: a number ("39 have said", "six in 10
/// said", "more than 3 in 10", "three-quarters") or a word for a share of a group ("others",
/// "most", "half", "all but two").
fn counted_subject(doc: &Document, k: usize) -> bool {
    k < doc.tokens.len()
        && (doc.tokens[k].kind == Kind::Number
            || (doc.is_lowercase(k)
                && matches!(
                    doc.lower(k),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "more"
                        | "fewer"
                        | "less"
                        | "half"
                        | "most"
                        | "many"
                        | "some"
                        | "others"
                        | "all"
                        | "few"
                        | "nearly"
                        | "almost"
                        | "about"
                        | "roughly"
                        | "only"
                        | "just"
                )))
}

/// The word after a comma at `k` (before the clause end `end`), stepping over a closing quotation
/// mark the comma stands inside (`…,” though`), and where a clause the comma closes ends: before
/// the comma, or after that closing mark.
fn word_after_comma(doc: &Document, k: usize, end: usize) -> Option<(usize, usize)> {
    if !doc.is_punct(k, ',') || k + 1 >= end {
        return None;
    }
    if matches!(doc.tokens[k + 1].kind, Kind::Quote(_)) {
        (k + 2 < end).then_some((k + 2, k + 2))
    } else {
        Some((k + 1, k))
    }
}

/// Whether the bracket opening at `open` holds an aside of at least four words that closes the
/// sentence ending at `end` (only punctuation after it). Short brackets belong to the clause:
/// "Sen. Ana Ruiz (D-Ohio)", "the Trade Act (TPA)", "(61 percent)".
fn bracket_aside_ends(doc: &Document, in_quote: &[bool], open: usize, end: usize) -> bool {
    let Some(close) = (open + 1..end).find(|&j| doc.word(j) == ")" || doc.word(j) == "(") else {
        return false;
    };
    doc.word(close) == ")"
        && !(open..=close).any(|j| in_quote[j])
        && word_count(doc, open + 1..close) >= 4
        && (close + 1..end).all(|j| matches!(doc.tokens[j].kind, Kind::Punct))
}

/// Whether token `k` is a dash between words: an em or en dash, or a hyphen or double hyphen
/// after a space (not the hyphen of a compound).
fn is_dash(doc: &Document, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    if t.kind != Kind::Punct {
        return false;
    }
    let text = &doc.text[t.start..];
    text.starts_with(['—', '–'])
        || (text.starts_with('-') && doc.text[..t.start].ends_with(char::is_whitespace))
}

/// Whether the narrator takes over at the comma `k` of a reported clause: an apposition or a
/// relative clause on its last noun ("…, a plan critics have called unworkable", "…, which
/// takes effect in May"), a contrast of the narrator's ("…, while …", "…, despite …") or a
/// participle leading to another's words. An aside that a comma closes before the clause goes
/// on with its verb ("the plan, a compromise, was dropped", "the mayor, who took office in
/// May, will resign") is the speaker's.
fn narrator_aside(doc: &Document, in_quote: &[bool], k: usize, end: usize) -> bool {
    let next = k + 1;
    let dash = is_dash(doc, k);
    if in_quote[k] || !(dash || doc.is_punct(k, ',')) || next >= end || !doc.is_lowercase(next) {
        return false;
    }
    // a dash that another closes sets off an aside inside the clause ("the plan — a compromise
    // — was dropped"); one that no other closes opens the narrator's comment closing the
    // sentence ("…, she said — a promise she has made before")
    if dash && (next..end).any(|j| !in_quote[j] && is_dash(doc, j)) {
        return false;
    }
    let w = doc.lower(next);
    // the narrator's comparison: "…, compared with 30 percent a year ago"
    if w == "compared" && matches!(doc.lower(next + 1), "with" | "to") {
        return true;
    }
    // a participle of the narrator's that reports someone else's words: "…, contradicting the
    // police’s claim that …", "…, amounting to what critics called …"
    if is_participle(w) {
        return (next + 1..(next + 8).min(end))
            .take_while(|&j| !in_quote[j] && !doc.is_punct(j, ','))
            .any(|j| {
                doc.is_lowercase(j)
                    && (cue_at(doc, j, true).is_some() || NOUN_CUES_SET.contains(doc.lower(j)))
            });
    }
    // a relative clause on a name closing the clause tells who or what that is, in the
    // narrator's words: "…, Ana Ruiz, who chairs the panel", "…, in Ohio, where he trails"
    let on_name = matches!(w, "which" | "who" | "where")
        && doc.is_capitalized(k - 1)
        && !doc.is_punct(k - 2, '-');
    let apposition = matches!(w, "a" | "an" | "while" | "whereas" | "despite")
        || (dash && matches!(w, "the" | "all" | "something" | "though" | "although"));
    if !(on_name || apposition) {
        return false;
    }
    if dash {
        return true;
    }
    let resumes = (next + 1..end.min(next + 30))
        .find(|&j| doc.is_punct(j, ',') && !in_quote[j])
        .is_some_and(|c| c + 1 < end && reads_as_verb(doc, c + 1));
    !resumes
}

/// Whether the words from `k` to the sentence end `end` are an attribution: a short subject,
/// a verb of saying and at most a few setting words ("the source added.", "attorneys for the
/// family said Friday.").
fn closing_attribution_after(doc: &Document, k: usize, end: usize) -> bool {
    let limit = (k + 7).min(end);
    let Some(c) = (k + 1..limit).find(|&c| cue_at(doc, c, true).is_some()) else {
        return false;
    };
    let subject = (k..c).all(|j| doc.is_word(j) && !doc.is(j, "that"))
        && !(doc.is_lowercase(k) && matches!(doc.lower(k), "and" | "but" | "or" | "which" | "who"));
    let mut rest = skip_setting(doc, c + 1, end);
    while rest < end && matches!(doc.tokens[rest].kind, Kind::Punct | Kind::Quote(_)) {
        rest += 1;
    }
    subject && rest >= end
}

/// The relative pronoun opening the clause of the cue at `cue`: "who said", "which reported",
/// "who in 2010 said".
/// The speaker of a relative clause's verb, named where the clause names it: by the relative
/// pronoun, the actor it stands for known ("Ann Lee, who said …"), or by the phrase before it
/// through the pronoun ("30 percent who said …", "union leaders, who said …").
fn through_relative(a: Attribution, who: usize) -> Attribution {
    let mention = match &a.mention {
        _ if a.actor.is_some() => Some(who..who + 1),
        Some(m) if m.end <= who => Some(m.start..who + 1),
        other => other.clone(),
    };
    Attribution { mention, ..a }
}

fn relative_pronoun(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: usize,
) -> Option<usize> {
    let floor = doc.sentences[sentence].tokens.start;
    // the pronoun stands at most six tokens before the cue (past a time phrase and three
    // auxiliaries or adverbs): most cues have none there, answered before those words are read
    if !(cue.saturating_sub(6).max(floor + 1)..cue)
        .any(|k| (doc.is(k, "who") || doc.is(k, "which")) && doc.is_lowercase(k))
    {
        return None;
    }
    let mut who = match cue.checked_sub(3) {
        Some(w) if att.is_time_phrase(w + 1) => w,
        _ => cue.checked_sub(1)?,
    };
    // auxiliaries and adverbs between the pronoun and its verb: "who has long argued", "which
    // together vowed", "who’ve said" (a passive is no verb of the pronoun's: "who was told")
    let mut between = 0;
    while between < 3
        && who > floor
        && !matches!(doc.lower(who), "who" | "which")
        && !(is_passive_auxiliary(doc.lower(who)) || doc.lower(who) == "told")
        && (matches!(doc.lower(who), "’ve" | "'ve" | "’s" | "'s" | "’d" | "'d")
            || (doc.is_lowercase(who) && att.is_adverbial(who)))
    {
        who -= 1;
        between += 1;
    }
    // past such words the verb reports a clause ("who has since said the plan …", "which has
    // strongly denied that …"): a standing promise or a demand describes the one it is said of
    // ("a rival who has repeatedly pledged to …", "who has called for …")
    if between > 0 {
        let end = doc.sentences[sentence].tokens.end;
        let lemma = att.cue_entry(cue).map_or("", |c| c.0);
        if INFINITIVE_VERBS.contains(&lemma)
            || OBJECT_CONTENT_VERBS.contains(&lemma)
            || !(that_follows(doc, cue + 1, end)
                || opens_reported_clause(doc, skip_setting(doc, cue + 1, end), end))
        {
            return None;
        }
    }
    (who > floor && doc.is_lowercase(who) && matches!(doc.lower(who), "who" | "which"))
        .then_some(who)
}

/// Whether an attribution that reports a clause of its own opens at `k`: a short subject (a
/// name, a pronoun, or a noun phrase), a verb of saying and, after any
/// setting words, a word of the clause ("…, the campaign manager said he …"). A comma right
/// after the verb makes it a parenthetical inside the clause ("…, he said, protesters …").
fn attribution_opens_clause(doc: &Document, k: usize, end: usize) -> bool {
    if k + 1 >= end || !doc.is_word(k) {
        return false;
    }
    let first = doc.lower(k);
    let opens_subject = doc.is_capitalized(k)
        || (is_subject_pronoun(first) && first != "there")
        || matches!(
            first,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "some" | "many" | "most"
        )
        // a bare noun: "…, officials said …"
        || !(NOT_NOUNS_SET.contains(first)
            || matches!(first, "where" | "whom" | "whose" | "there")
            || first.ends_with("ly"));
    if !opens_subject {
        return false;
    }
    let limit = (k + 6).min(end);
    let Some(c) = (k + 1..limit).find(|&c| cue_at(doc, c, true).is_some()) else {
        return false;
    };
    let cue = doc.lower(c);
    let subject = (k..c).all(|j| {
        doc.is_word(j)
            && !doc.is(j, "that")
            && !(doc.is_lowercase(j) && (is_finite(doc.lower(j)) || doc.lower(j) == "to"))
    });
    if !subject
        || NOUN_LIKE_CUES_SET.contains(cue)
        || NEVER_CLOSING_CUES.contains(&cue)
        || is_participle(cue)
        || doc.is_punct(c + 1, ',')
    {
        return false;
    }
    let rest = skip_setting(doc, c + 1, end);
    rest + 1 < end && matches!(doc.tokens[rest].kind, Kind::Word | Kind::Number)
}

/// A participle that turns from what was said to the speaker's own act: a verb of saying
/// ("…, adding that …") or of pointing to a source ("…, citing …"). Other participles go on
/// with the reported clause ("…, allowing people to …", "…, leaving the rest unpaid").
fn speaker_participle(w: &str) -> bool {
    is_participle(w)
        && (crate::lexicon::cues::is_speech_verb(w)
            || matches!(
                w,
                "citing" | "pointing" | "referring" | "referencing" | "drawing" | "echoing"
            ))
}

/// A lower-case word in -ing that opens a participial phrase after a comma ("…, saying …",
/// "…, citing …"); prepositions and nouns in -ing are not.
fn is_participle(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w,
            "including"
                | "according"
                | "during"
                | "following"
                | "regarding"
                | "concerning"
                | "excluding"
                | "nothing"
                | "something"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
                | "spring"
                | "building"
                | "funding"
                | "meeting"
                | "hearing"
                | "ruling"
                | "ending"
                | "beginning"
                | "starting"
                | "pending"
                | "notwithstanding"
        )
}

/// Finite verbs and auxiliaries that show a word sequence is a clause, not a noun phrase.
pub(crate) const FINITE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "has",
    "have",
    "had",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "shall",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "hasn't",
    "haven't",
    "hadn't",
    "didn't",
    "doesn't",
    "don't",
    "went",
    "came",
    "took",
    "made",
    "got",
    "gave",
    "saw",
    "knew",
    "thought",
    "told",
    "left",
    "lost",
    "won",
    "met",
    "sent",
    "led",
    "held",
    "kept",
    "began",
    "ran",
    "paid",
    "brought",
    "fell",
    "rose",
    "became",
    "found",
    "put",
    "cut",
    "hit",
    "set",
    "let",
    "felt",
    "meant",
    "spent",
    "sold",
    "bought",
    "fought",
    "stood",
    "built",
    "wants",
    "needs",
    "plans",
    "remains",
    "seems",
    "broke",
    "spoke",
    "wrote",
    "drove",
    "chose",
    "grew",
    "threw",
    "flew",
    "drew",
    "forgot",
    "understood",
    "taught",
    "caught",
    "sought",
    "fled",
    "swore",
    "rode",
    "sank",
    "tore",
];

static FINITE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FINITE));

/// `contains(FINITE, word)`, fast.
pub(crate) fn is_finite(word: &str) -> bool {
    FINITE_SET.contains(word)
}

/// Whether the word at `k` reads as a verb: lower case, and a finite form or one in -ed.
fn reads_as_verb(doc: &Document, k: usize) -> bool {
    doc.is_lowercase(k) && {
        let w = doc.lower(k);
        is_finite(w) || w.ends_with("ed")
    }
}

/// Subject pronouns, alone or with a contracted auxiliary ("she'll", "they're").
fn is_subject_pronoun(w: &str) -> bool {
    let stem = w.split(['\'', '’']).next().unwrap_or(w);
    matches!(
        stem,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there"
    )
}

/// Whether a comma stands among the tokens `range`.
fn has_comma(doc: &Document, range: Range<usize>) -> bool {
    range.into_iter().any(|k| doc.is_punct(k, ','))
}

/// The comma just before token `k`, also where it stands inside a closing quotation mark
/// (`,” said`), at or after `floor`.
pub(crate) fn comma_before(doc: &Document, k: usize, floor: usize) -> Option<usize> {
    if k > floor && doc.is_punct(k - 1, ',') {
        Some(k - 1)
    } else if k > floor + 1
        && matches!(doc.tokens[k - 1].kind, Kind::Quote(_))
        && doc.is_punct(k - 2, ',')
    {
        Some(k - 2)
    } else {
        None
    }
}

/// A form of `be` before a participle: the participle is passive ("was told", "were blamed").
fn is_passive_auxiliary(w: &str) -> bool {
    matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be")
}

/// Words after which a form in -ed is an adjective or a noun, not a verb: "the wounded", "her
/// stated aim".
fn after_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "every"
            | "each"
            | "no"
    )
}

/// Whether the noun at `k`, before a form in -s, can be its singular subject: no plural in -s
/// ("the talks ends" is no clause), but a singular in -ss, -us or -is ("success depends", "the
/// virus spreads", "the crisis deepens"), not an adjective in -ous ("the most populous
/// counties"), nor a modifier after a preposition ("an assessment of business cases").
fn singular_noun(doc: &Document, k: usize) -> bool {
    let w = doc.lower(k);
    if !w.ends_with('s') {
        return true;
    }
    let singular =
        (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) && !w.ends_with("ous");
    let after_preposition = k > 0
        && doc.is_lowercase(k - 1)
        && [
            "of", "for", "in", "on", "at", "with", "by", "from", "about", "into", "to",
        ]
        .contains(&doc.lower(k - 1));
    singular && !after_preposition
}

/// Whether the first words of `range` hold a finite verb (a clause rather than a noun phrase).
fn has_finite_verb(doc: &Document, range: Range<usize>) -> bool {
    // a clause opening with a subject pronoun: "she opposes the deal", "they'll decide"
    if !range.is_empty() && is_subject_pronoun(doc.lower(range.start)) {
        return true;
    }
    let mut previous_noun = false;
    let first = range.start;
    range.take(20).any(|k| {
        let found = doc.is_lowercase(k) && {
            let w = doc.lower(k);
            is_finite(w)
                // "the office never shut its doors"
                || w == "never"
                // (not after an article or a possessive: "visiting the wounded")
                || (w.ends_with("ed") && !(k > 0 && after_determiner(doc.lower(k - 1))))
                || w.ends_with("n't")
                || w.ends_with("n’t")
                || w.ends_with("'ll")
                || w.ends_with("’ll")
                || (is_subject_pronoun(w) && k > first)
                // a present tense after a noun: "the plan violates", "parents want"
                || (previous_noun && PRESENT_SET.contains(w))
                || (previous_noun
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is")
                    && singular_noun(doc, k - 1))
        };
        previous_noun = doc.is_word(k)
            && !NOT_NOUNS_SET.contains(doc.lower(k))
            && !doc.lower(k).ends_with("ly");
        found
    })
}

/// Function words that cannot be the subject before a present-tense verb.
const NOT_NOUNS: &[&str] = &[
    "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or",
    "but", "that", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "as", "than", "not", "very", "more", "most", "also", "about", "into", "over", "under", "who",
    "which", "what", "if", "when", "while", "because", "all", "some", "many", "no", "any",
];

static NOT_NOUNS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_NOUNS));

/// Present-tense verbs that agree with a plural subject ("voters want", "officials say",
/// "staffers sign", "people misunderstand him"): common verbs whose base form is rarely a noun
/// closing a noun phrase.
const PRESENT: &[&str] = &[
    "want",
    "need",
    "think",
    "know",
    "believe",
    "support",
    "oppose",
    "agree",
    "expect",
    "remain",
    "feel",
    "hope",
    "fear",
    "see",
    "say",
    "plan",
    "intend",
    "like",
    "prefer",
    "deserve",
    "face",
    "lack",
    "hold",
    "get",
    "make",
    "pay",
    "owe",
    "seem",
    "appear",
    "continue",
    "tend",
    "sign",
    "understand",
    "misunderstand",
    "remember",
    "forget",
    "deny",
    "reject",
    "accept",
    "approve",
    "refuse",
    "trust",
    "distrust",
    "love",
    "hate",
    "blame",
    "lose",
    "win",
    "live",
    "come",
    "go",
    "take",
    "give",
    "find",
    "keep",
    "tell",
    "try",
    "leave",
    "ask",
    "become",
    "hear",
    "meet",
    "include",
    "allow",
    "follow",
    "stop",
    "create",
    "speak",
    "spend",
    "grow",
    "consider",
    "buy",
    "serve",
    "die",
    "send",
    "build",
    "stay",
    "reach",
    "kill",
    "raise",
    "sell",
    "decide",
    "explain",
    "carry",
    "receive",
    "join",
    "reduce",
    "destroy",
    "protect",
    "threaten",
    "ignore",
    "exist",
    "happen",
    "respect",
    "cause",
    "affect",
    "hurt",
    "treat",
    "violate",
    "undermine",
    "strengthen",
    "weaken",
    "improve",
    "require",
    "mean",
    "represent",
    "worry",
    "wish",
    "suspect",
    "realize",
    "recognize",
    "admire",
    "favor",
    "favour",
    "welcome",
    "dislike",
    "disagree",
    "insist",
    "argue",
    "contend",
    "suffer",
    "provide",
    "prevent",
    "discriminate",
    "encourage",
    "depend",
    "rely",
    "belong",
    "earn",
];

static PRESENT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PRESENT));

/// `NAME added:` closing its paragraph, and the next paragraph, without quotation marks, is what
/// was said: a block quotation set off by its paragraph alone ("The governor added: / It is
/// typical of the council. …", "In a post on his blog, Lee wrote: / …").
fn paragraph_after_colon(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Range<usize>, Attribution)> {
    let s = &doc.sentences[sentence];
    let form = doc.lower(cue.start);
    // a finite verb of saying: not "according to", a participle ("adding:") or a passive ("was
    // told:")
    if !matches!(
        att.cue_entry(cue.start),
        Some((_, crate::lexicon::cues::CueClass::Speech))
    ) || form.ends_with("ing")
        || (cue.start > s.tokens.start && is_passive_auxiliary(doc.lower(cue.start - 1)))
    {
        return None;
    }
    // the colon closes the sentence and its paragraph, right after the cue or a setting ("wrote
    // in a statement:")
    let colon = att.skip_setting(cue.end, s.tokens.end);
    if colon + 1 != s.tokens.end || !doc.is_punct(colon, ':') {
        return None;
    }
    let next = doc.paragraphs.get(s.paragraph + 1)?;
    if doc.paragraphs[s.paragraph].end != s.tokens.end
        || next.is_empty()
        || att.in_quote[next.start]
        || !matches!(doc.tokens[next.start].kind, Kind::Word | Kind::Number)
        || word_count(doc, next.clone()) < 6
    {
        return None;
    }
    let speaker = att
        .np_before(cue.start, s.tokens.start)
        .or_else(|| att.subject_phrase(sentence, cue.start))?;
    Some((
        next.clone(),
        Attribution {
            cue: Some(cue),
            ..speaker
        },
    ))
}

/// `CLAUSE, NAME said.` and `CLAUSE, said NAME.`
fn clause_before(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Range<usize>, Attribution)> {
    let s = &doc.sentences[sentence];
    // a closing attribution has a finite verb: after "…, echoing other critics" the sentence's
    // subject echoes them
    if NEVER_CLOSING_CUES.contains(&doc.lower(cue.start)) || is_participle(doc.lower(cue.start)) {
        return None;
    }
    let (speaker, comma, mut after) = comma_attribution(doc, att, sentence, &cue)?;
    // the person told: "..., Graham told The Huffington Post on Thursday."
    let lemma = att.cue_entry(cue.start).map_or("", |c| c.0);
    if after == cue.end && OBJECT_VERBS.contains(&lemma) {
        // a name, or a determiner and its noun: "told The Huffington Post", "told a Senate
        // panel", "told the court"
        let determiner = matches!(
            doc.lower(after),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
        );
        let mut m = after;
        while m < s.tokens.end
            && m < after + 5
            && doc.is_word(m)
            && (doc.is_capitalized(m)
                || m == after
                || (determiner
                    && !is_finite(doc.lower(m))
                    && !is_setting_word(doc, m)
                    && !NOT_CLAUSE_OPENERS_SET.contains(doc.lower(m))))
        {
            m += 1;
        }
        after = m;
    }
    // the attribution closes the sentence: only setting words and final punctuation follow it
    let rest = att.skip_setting(after, s.tokens.end);
    let trailing = rest..s.tokens.end;
    let prepositional = rest < s.tokens.end
        && doc.is_lowercase(rest)
        && matches!(
            doc.lower(rest),
            "in" | "on"
                | "at"
                | "to"
                | "during"
                | "after"
                | "before"
                | "from"
                | "for"
                | "with"
                | "via"
                | "through"
                | "while"
                | "when"
                | "as"
        )
        && !has_finite_verb(doc, trailing.clone())
        && (!trailing.clone().any(|k| att.in_quote[k]) || quoted_title(doc, att, trailing.clone()));
    // only final punctuation or a prepositional phrase follows the attribution ("Ana Ruiz
    // wrote in a letter to the board's chair.", "he said on the radio show “Town Talk.”")
    // or the narrator goes on after a comma: "…, officials said Friday, as they …", "…, he
    // said, adding that …"
    let opener = if doc.is_punct(rest, ',') {
        rest + 1
    } else {
        rest
    };
    // or a clause of its own after `but` or `and`: "…, said Ann Lee, but she has …"
    let narrator = opener < s.tokens.end
        && opener > after
        && doc.is_punct(opener - 1, ',')
        && doc.is_lowercase(opener)
        && (matches!(
            doc.lower(opener),
            "as" | "while" | "after" | "when" | "before" | "because" | "though" | "although"
        ) || is_participle(doc.lower(opener))
            || (matches!(doc.lower(opener), "but" | "and")
                && pronoun_and_verb(doc, opener + 1..s.tokens.end)));
    // or the speaker's apposition: "…, says Ann Lee, founder of a veterans group.", whose
    // relative clause may have a verb of its own ("…, said Ann Lee, a lawyer who advised the
    // city.")
    let apposition_end = (opener..s.tokens.end)
        .find(|&k| {
            doc.is_lowercase(k) && matches!(doc.lower(k), "who" | "which" | "whose" | "that")
        })
        .unwrap_or(s.tokens.end);
    let apposition = opener < s.tokens.end
        && opener > after
        && doc.is_punct(opener - 1, ',')
        && doc.is_word(opener)
        && s.tokens.end - opener < 40
        && !(opener..s.tokens.end).any(|k| att.in_quote[k] || cue_at(doc, k, true).is_some())
        && !has_finite_verb(
            doc,
            opener..apposition_head_end(doc, opener, apposition_end),
        );
    // or a clause of the narrator's: "…, she told aides as she left."
    let subordinate = rest < s.tokens.end
        && doc.is_lowercase(rest)
        && matches!(
            doc.lower(rest),
            "as" | "while" | "when" | "after" | "before"
        )
        && has_finite_verb(doc, rest + 1..s.tokens.end)
        && !trailing.clone().any(|k| att.in_quote[k]);
    // a semicolon ends the attributed clause as a period does: "…, analysts say; in 2012, …",
    // and so does a colon before the speaker's reasons ("…, insiders said: the polls, …")
    let closes = rest >= s.tokens.end
        || (rest + 1 == s.tokens.end
            && matches!(doc.tokens[rest].kind, Kind::Punct | Kind::Quote(_)))
        || doc.is_punct(rest, ';')
        || (doc.is_punct(rest, ':') && !trailing.clone().any(|k| att.in_quote[k]))
        || prepositional
        || subordinate
        || narrator
        || apposition;
    if !closes {
        return None;
    }
    // a connective or a dateline opening the sentence is the narrator's: "But …", "In
    // addition, …", "WASHINGTON — …"
    let start = clause_opening(doc, s.tokens.start, comma);
    let start = quotation_after_lead(doc, att.in_quote, start, comma);
    let content = start..comma;
    // "Weighing in on the dispute, the governor agreed, …": a participial phrase is the
    // narrator's
    let participle = doc.is_capitalized(start)
        && is_participle(doc.lower(start))
        && !has_finite_verb(doc, content.clone());
    // a subject and its verb may say it in three words: "Sales were great, he said."
    let min_words = if noun_and_verb(doc, content.clone()) || pronoun_and_verb(doc, content.clone())
    {
        3
    } else {
        4
    };
    // a clause holding an attribution of its own is no one clause: "“…,” she said, but despite
    // …, “…,” said Kunin"
    let attributed_inside = content.clone().any(|k| {
        !att.in_quote[k]
            && k >= content.start + 3
            && (k - 3..k).any(|q| matches!(doc.tokens[q].kind, Kind::Quote(_)))
            && cue_at(doc, k, false).is_some_and(|c| unambiguous_speech_verb(att, &c))
    });
    if word_count(doc, content.clone()) < min_words || participle || attributed_inside {
        return None;
    }
    Some((
        content,
        Attribution {
            cue: Some(cue),
            ..speaker
        },
    ))
}

/// Where the head of an apposition opening with an article ends: at its first preposition ("a
/// professor of public policy studies", "an analyst of energy costs"), whose object's plural
/// nouns may read as verbs; an apposition opening otherwise ends at `end`.
fn apposition_head_end(doc: &Document, opener: usize, end: usize) -> usize {
    if !matches!(doc.lower(opener), "a" | "an" | "the") {
        return end;
    }
    (opener + 1..end)
        .find(|&k| {
            doc.is_lowercase(k)
                && matches!(
                    doc.lower(k),
                    "of" | "at" | "in" | "for" | "from" | "with" | "on"
                )
        })
        .unwrap_or(end)
}

/// Where a clause before a closing attribution starts when the narrator's words lead into the
/// quotation that ends it with a colon or a dash ("Her verdict was blunt: “…,” she said."): at
/// the quotation's opening mark, the quotation being all that was said. Else `start`.
fn quotation_after_lead(doc: &Document, in_quote: &[bool], start: usize, end: usize) -> usize {
    let quoted = |k: usize| in_quote[k] || matches!(doc.tokens[k].kind, Kind::Quote(_));
    let Some(lead) = (start..end).rev().find(|&k| !quoted(k)) else {
        return start;
    };
    let opens = lead + 1 < end && matches!(doc.tokens[lead + 1].kind, Kind::Quote(_));
    if lead > start && opens && (doc.is_punct(lead, ':') || is_dash(doc, lead)) {
        lead + 1
    } else {
        start
    }
}

/// Whether the quotation marks in `range` (a phrase after an attribution) hold only a title: a
/// few words opening with a capital letter, with no sentence of the speaker's ("said on the
/// show “Town Talk.”", "wrote in his book, “A River Son.”").
fn quoted_title(doc: &Document, att: &Attributor, range: Range<usize>) -> bool {
    let quoted: Vec<usize> = range
        .filter(|&k| att.in_quote[k] && matches!(doc.tokens[k].kind, Kind::Word | Kind::Number))
        .collect();
    !quoted.is_empty()
        && quoted.len() <= 6
        && doc.is_capitalized(quoted[0])
        && !has_finite_verb(doc, quoted[0]..quoted[quoted.len() - 1] + 1)
}

/// The first token of a clause opening at `start` once a leading connective ("But", "And so",
/// "In addition,", "However,") or a dateline ("WASHINGTON —") is left out.
fn clause_opening(doc: &Document, start: usize, end: usize) -> usize {
    let mut k = start;
    if let Some(dash) = doc.dateline_dash(start..end) {
        k = dash + 1;
    }
    if k < end
        && doc.is_capitalized(k)
        && matches!(
            doc.lower(k),
            "but"
                | "and"
                | "yet"
                | "so"
                | "still"
                | "however"
                | "meanwhile"
                | "moreover"
                | "also"
                | "instead"
                | "indeed"
        )
    {
        k += 1;
        if doc.is_punct(k, ',') {
            k += 1;
        }
    } else if k + 2 < end
        && doc.is(k, "in")
        && doc.is(k + 1, "addition")
        && doc.is_punct(k + 2, ',')
    {
        k += 3;
    }
    if word_count(doc, k..end) < 4 {
        start
    } else {
        k
    }
}

/// `According to NAME, CLAUSE`, `CLAUSE, according to NAME.` and `SUBJECT, according to NAME,
/// PREDICATE.` (two parts of one utterance).
fn according_to(
    doc: &Document,
    att: &Attributor,
    sentence: usize,
    cue: Range<usize>,
) -> Option<(Vec<Range<usize>>, Attribution)> {
    let s = &doc.sentences[sentence];
    // the source need not be a name or a known kind of speaker ("according to a complaint filed
    // by the state"): the phrase up to the comma or the sentence end names it
    let a = att.np_after(cue.end, s.tokens.end).or_else(|| {
        let end = (cue.end..s.tokens.end.min(cue.end + 16))
            .find(|&k| {
                matches!(doc.tokens[k].kind, Kind::Quote(_))
                    || matches!(doc.word(k), "," | ";" | ":" | "." | "(" | ")" | "—" | "–")
            })
            .unwrap_or(s.tokens.end);
        (end > cue.end).then_some(Attribution {
            mention: Some(cue.end..end),
            actor: None,
            cue: None,
        })
    })?;
    let mut after = a.mention.clone().map_or(cue.end, |m| m.end);
    // the source's phrase runs on past the name it holds: "according to the Sanders aide,"
    if after < s.tokens.end && doc.is_word(after) {
        if let Some(c) = (after..s.tokens.end.min(after + 4)).find(|&k| !doc.is_word(k)) {
            if doc.is_punct(c, ',') {
                after = c;
            }
        }
    }
    let attribution = Attribution {
        cue: Some(cue.clone()),
        ..a
    };
    // also after a connective opening the sentence: "But according to NAME, CLAUSE"
    let connective = cue.start == s.tokens.start + 1
        && doc.is_capitalized(s.tokens.start)
        && matches!(
            doc.lower(s.tokens.start),
            "but" | "and" | "yet" | "so" | "still"
        );
    let at_start = doc.is_capitalized(cue.start)
        || cue.start == s.tokens.start
        || doc.starts_sentence(cue.start)
        || connective;
    if at_start {
        // According to NAME, CLAUSE — the clause follows the next comma
        let mut k = after;
        while k < s.tokens.end && !doc.is_punct(k, ',') {
            k += 1;
        }
        let start = source_apposition_end(doc, k, k + 1, s.tokens.end);
        let content = start..s.tokens.end;
        // the source of a rendering, a copy or a record of someone's words, who speaks in a cue
        // of their own: "According to a transcript released by the court, the judge said …" is
        // the judge's
        let rendering = (cue.end..after).any(|k| {
            doc.is_lowercase(k)
                && matches!(
                    doc.lower(k),
                    "translation"
                        | "transcript"
                        | "copy"
                        | "recording"
                        | "readout"
                        | "footage"
                        | "documents"
                        | "records"
                        | "figures"
                )
        });
        if rendering
            && (start + 1..s.tokens.end.min(start + 8)).any(|k| !att.in_quote[k] && says_at(doc, k))
        {
            return None;
        }
        return (word_count(doc, content.clone()) >= 4).then_some((vec![content], attribution));
    }
    // "…, according to NAME" and "… — or worse — according to NAME"
    if cue.start > s.tokens.start
        && (doc.is_punct(cue.start - 1, ',') || matches!(doc.word(cue.start - 1), "—" | "–" | "--"))
    {
        let first = s.tokens.start..cue.start - 1;
        if let Some(second) = predicate_after(doc, att, after, s.tokens.end) {
            // the attribution interrupts the clause: "The main problem, according to the
            // report, was the delay", "Since May, according to the agency, prices have risen"
            let first = clause_opening(doc, s.tokens.start, s.tokens.end)..cue.start - 1;
            let mut parts = vec![];
            if word_count(doc, first.clone()) >= 1 {
                parts.push(first);
            }
            parts.push(second);
            return Some((parts, attribution));
        }
        return (word_count(doc, first.clone()) >= 4).then_some((vec![first], attribution));
    }
    // "Ruto leads by 40 seats according to a tally by the AP.": no comma before a
    // source that closes the sentence
    let closes = (after..s.tokens.end).all(|k| doc.tokens[k].kind == Kind::Punct)
        && !has_comma(doc, after..s.tokens.end);
    // a source that speaks, not a rule followed ("according to the plan")
    let speaks = attribution.actor.is_some()
        || (cue.end..after).any(|k| {
            matches!(
                doc.lower(k),
                "poll"
                    | "polls"
                    | "survey"
                    | "count"
                    | "tally"
                    | "report"
                    | "data"
                    | "study"
                    | "analysis"
                    | "estimate"
                    | "estimates"
                    | "records"
                    | "documents"
                    | "figures"
                    | "statement"
                    | "officials"
                    | "memoir"
            )
        });
    // "That’s according to figures the ministry released.": the pronoun stands for what the
    // source says
    let opening = s.tokens.start;
    if doc.is(opening, "that")
        && cue.start == opening + 2
        && matches!(doc.word(opening + 1), "’s" | "'s" | "is")
    {
        let pronoun = opening..opening + 1;
        return Some((vec![pronoun], attribution));
    }
    let first = clause_opening(doc, s.tokens.start, cue.start)..cue.start;
    if cue.start > s.tokens.start
        && doc.is_word(cue.start - 1)
        && closes
        && speaks
        && word_count(doc, first.clone()) >= 4
        && has_finite_verb(doc, first.clone())
    {
        return Some((vec![first], attribution));
    }
    None
}

/// Where the clause after a fronted `According to SOURCE,` opens (`start` is the token after the
/// comma), past an aside on the source closed by a comma of its own: the name after a title
/// ("according to the city's mayor, Ann Lee, the roads …"), an indefinite apposition ("according
/// to Norvel, a security firm, the files …") or a relative clause ("according to the agency,
/// which cited two officials, the ship …"). A name or indefinite phrase followed by an age, a
/// relative clause or an apposition of its own, or an indefinite phrase after which no verb comes
/// before the next comma, is the clause's own subject ("…, Ann Lee, 45, was …", "…, a tenant,
/// such as …, may …") and stays.
fn source_apposition_end(doc: &Document, source_end: usize, start: usize, end: usize) -> usize {
    if start >= end || source_end >= start || !doc.is_word(source_end - 1) {
        return start;
    }
    let Some(comma) = (start..end.min(start + 12)).find(|&k| doc.is_punct(k, ',')) else {
        return start;
    };
    if comma == start || comma + 1 >= end {
        return start;
    }
    let next = comma + 1;
    let next_comma = (next..end.min(next + 10)).find(|&k| doc.is_punct(k, ','));
    let subject_goes_on = doc.word(next).starts_with(|c: char| c.is_ascii_digit())
        || matches!(doc.lower(next), "who" | "which" | "whose")
        || (matches!(doc.lower(next), "a" | "an" | "the")
            && next_comma.is_some_and(|c| !has_finite_verb(doc, next..c)));
    // one person named by a title ("the mayor", "his wife"), not a body or a document
    let head = doc.lower(source_end - 1);
    let role = doc.is_lowercase(source_end - 1)
        && (!head.ends_with('s') || head.ends_with("ss"))
        && !crate::actors::words::contains(attribute::DOCUMENT_NOUNS, head);
    let name = role
        && comma - start <= 4
        && (start..comma).all(|k| doc.is_capitalized(k) || doc.is_punct(k, '.'))
        && doc.is_capitalized(start);
    let indefinite = doc.is_lowercase(start)
        && matches!(doc.lower(start), "a" | "an")
        && !has_finite_verb(doc, start..comma)
        && has_finite_verb(doc, next..next_comma.unwrap_or(end));
    let relative = doc.is_lowercase(start) && matches!(doc.lower(start), "which" | "who");
    if relative || ((name || indefinite) && !subject_goes_on) {
        next
    } else {
        start
    }
}

/// The rest of a clause that an attribution ending at `after` interrupts: what follows its comma,
/// after the source's apposition ("according to Ann Lee, a former envoy, was …"), when it holds a
/// verb before any comma and is neither the source's relative clause ("…, according to the
/// group, which monitors …"), a phrase of the narrator's ("…, citing …", "…, including …",
/// "…, although …") nor an attribution of its own.
fn predicate_after(
    doc: &Document,
    att: &Attributor,
    after: usize,
    end: usize,
) -> Option<Range<usize>> {
    if after >= end || !doc.is_punct(after, ',') {
        return None;
    }
    let mut start = after + 1;
    // the source's apposition: "according to Ann Lee, a former envoy, was …", "…, another
    // former envoy, …"; without a comma to close it, a definite phrase with no relative clause
    // is the clause's subject: "…, according to the police, the officers left")
    if start < end
        && doc.is_lowercase(start)
        && matches!(doc.lower(start), "a" | "an" | "the" | "another")
    {
        match (start..end.min(start + 10)).find(|&k| doc.is_punct(k, ',')) {
            Some(comma) if has_finite_verb(doc, start..comma) => return None,
            Some(comma) => start = comma + 1,
            None if !doc.is(start, "the")
                || (start..end).any(|k| matches!(doc.lower(k), "who" | "which" | "that")) =>
            {
                return None
            }
            None => {}
        }
    }
    let rest = start..end;
    let verb_first = start < end && reads_as_verb(doc, start);
    let verb_end = (start..end).find(|&k| doc.is_punct(k, ',')).unwrap_or(end);
    let ok = start < end
        && !(doc.is_lowercase(start)
            && (is_participle(doc.lower(start))
                || matches!(
                    doc.lower(start),
                    "who"
                        | "which"
                        | "whom"
                        | "whose"
                        | "where"
                        | "when"
                        | "while"
                        | "although"
                        | "though"
                        | "even"
                        | "or"
                        | "as"
                        | "because"
                        | "including"
                        | "compared"
                )))
        // a second clause of the same report: "…, according to the agency, and there were only
        // eight such incidents"
        // with a subject of its own ("…, and has a lead in Ohio" goes on with the clause before)
        && !(doc.is_lowercase(start)
            && matches!(doc.lower(start), "and" | "but")
            && (!has_finite_verb(doc, start + 1..verb_end) || reads_as_verb(doc, start + 1)))
        && word_count(doc, rest.clone()) >= 3
        && (verb_first || has_finite_verb(doc, start..verb_end))
        // an attribution of its own: "…, according to the group, officials said"
        && !rest.clone().any(|k| att.in_quote[k] || says_at(doc, k));
    ok.then_some(rest)
}

/// A cue of saying, telling, adding or writing at `k` ("said", "told", "wrote").
fn says_at(doc: &Document, k: usize) -> bool {
    cue_at(doc, k, true).is_some()
        && crate::lexicon::cues::cue(doc.lower(k))
            .is_some_and(|(lemma, _)| matches!(lemma, "say" | "tell" | "add" | "write"))
}

/// Segments of one utterance share its speaker: the attribution often comes only with the last
/// segment of a quote that runs over several paragraphs.
fn share_speakers(quotes: &mut [QuoteSpan]) {
    let mut by_utterance: HashMap<usize, Attribution> = HashMap::default();
    for q in quotes.iter() {
        if q.attribution.is_some() {
            by_utterance
                .entry(q.utterance)
                .or_insert_with(|| q.attribution.clone());
        }
    }
    for q in quotes.iter_mut() {
        if !q.attribution.is_some() {
            if let Some(a) = by_utterance.get(&q.utterance) {
                q.attribution = Attribution {
                    cue: None,
                    ..a.clone()
                };
            }
        }
    }
}

/// Utterances numbered 1, 2, ... in order of first appearance.
fn renumber_utterances(quotes: &mut [QuoteSpan]) {
    let mut map = HashMap::default();
    for q in quotes.iter_mut() {
        let next = map.len() + 1;
        q.utterance = *map.entry(q.utterance).or_insert(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form in -s after a singular noun in -ss, -us or -is is a verb: the words hold a clause;
    /// after a plural, an adjective in -ous or a noun after a preposition it is a noun.
    #[test]
    fn a_singular_noun_in_s_takes_a_verb_in_s() {
        for (text, clause) in [
            ("success depends on early funding", true),
            ("the virus spreads fast", true),
            ("the crisis deepens", true),
            ("the talks ends", false),
            ("two of the most populous counties in the state", false),
            ("an assessment of business cases before the court", false),
        ] {
            let doc = Document::new(text);
            assert_eq!(has_finite_verb(&doc, 0..doc.tokens.len()), clause, "{text}");
        }
    }
}
