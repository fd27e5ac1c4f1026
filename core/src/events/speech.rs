//! The speaker's own verbal act: a quote or a reported statement whose cue verb is itself an
//! event ("warned", "accused", "urged", "praised", "vowed") is coded with the speaker as source,
//! and as target the first other actor the statement names. And a politician's "attack" is
//! words, not force.
//!
//! `"We will respond to any provocation," Lavrov warned` is a threat by Lavrov even though the
//! sentence has no actor after the verb; the coder, which reads sentences, codes the verb only
//! where its own patterns find a source, so the quotes pass supplies it.

use rustc_hash::FxHashSet as HashSet;

use super::coder::RawEvent;
use super::dict::{word_matches, CandKind, EventDict};
use crate::actors::{Actors, MentionKind};
use crate::lexicon::formats::VerbCode;
use crate::model::QuoteKind;
use crate::quotes::QuoteSpan;
use crate::text::Document;

/// Adds to `coded` (the coder's events) the verbal acts of the speakers of `quotes` that the
/// coder has not coded, and drops the coder's events on a cue that only introduces a quote
/// ("“Why now?” Graham asked" is a question, not an appeal).
pub fn speech_events(
    doc: &Document,
    actors: &Actors,
    quotes: &[QuoteSpan],
    dict: &EventDict,
    coded: &mut Vec<RawEvent>,
) {
    // "pledged to send aid", "threatened to attack": the infinitive's event, an intent or a
    // threat, is what was promised; the promise itself is not coded beside it
    let triggers: HashSet<usize> = coded.iter().map(|e| e.trigger.start).collect();
    coded.retain(|e| {
        let t = e.trigger.start;
        !(e.trigger.len() == 1
            && commits(&doc.word(t).to_uppercase())
            && doc.is(t + 1, "to")
            && triggers.contains(&(t + 2)))
    });
    let not_act = |cue: usize| {
        let w = doc.word(cue).to_uppercase();
        NOT_ACTS.iter().any(|v| w.starts_with(v))
    };
    let question_cues: HashSet<usize> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .filter_map(|q| q.attribution.cue.as_ref().map(|c| c.start))
        .filter(|&c| not_act(c))
        .collect();
    if !question_cues.is_empty() {
        coded.retain(|e| !question_cues.contains(&e.trigger.start));
    }
    let mut cues: HashSet<usize> = coded.iter().flat_map(|e| e.trigger.clone()).collect();
    let mut acts: Vec<RawEvent> = Vec::new();
    for q in quotes {
        let (Some(cue), Some(speaker)) = (q.attribution.cue.clone(), q.attribution.actor) else {
            continue;
        };
        if cue.len() != 1 || cues.contains(&cue.start) || not_act(cue.start) {
            continue;
        }
        // "wrote on Facebook": the platform is where it was said; "according to the paper,
        // officials warned": the paper reports, the officials warn
        if q.attribution.mention.as_ref().is_some_and(|m| {
            super::platform_as_medium(doc, &actors.actors[speaker], m.clone())
                || (according_to(doc, m.start) && !doc.is(cue.start, "according"))
        }) {
            continue;
        }
        let cue_word = doc.word(cue.start).to_uppercase();
        // a participle's actor comes before it: a name after it is its object ("..., protesting
        // the exit of Britain from the union")
        if cue_word.ends_with("ING")
            && q.attribution
                .mention
                .as_ref()
                .is_some_and(|m| m.start > cue.start)
        {
            continue;
        }
        // "vowed to expel", "promised to send aid": the infinitive's own event (an intent or a
        // threat) says what was promised; the promise adds nothing
        if commits(&cue_word)
            && coded
                .iter()
                .any(|e| (q.start..q.end).contains(&doc.tokens[e.trigger.start].start))
        {
            continue;
        }
        // a warning is a threat where the speaker announces an act of their own ("“We will
        // answer with force,” Lavrov warned"), not where it tells what others or events may do
        let code = match verb_code(dict, &cue_word) {
            Some(code) => code,
            None if cue_word.starts_with("WARN") && announces_own_act(doc, q) => "130",
            None => continue,
        };
        let Some(source_code) = actors.actors[speaker].code.as_deref() else {
            continue;
        };
        cues.insert(cue.start);
        // the first other actor named in the statement, by name or phrase
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        let from = actors.mentions.partition_point(|m| m.tokens.start < first);
        let target = actors.mentions[from..]
            .iter()
            .take_while(|m| doc.tokens[m.tokens.start].start < q.end)
            .filter(|m| m.kind != MentionKind::Pronoun && m.actor != speaker)
            .filter(|m| !super::platform_as_medium(doc, &actors.actors[m.actor], m.tokens.clone()))
            .find_map(|m| {
                let c = actors.actors[m.actor].code.as_deref()?;
                (c != source_code).then_some((m.actor, c))
            });
        let sentence = doc.sentence_of[cue.start] as usize;
        acts.push(RawEvent::new(
            code,
            (Some(speaker), source_code),
            target,
            cue,
            sentence,
            doc.sentences[sentence].tokens.clone(),
        ));
    }
    if !acts.is_empty() {
        coded.extend(acts);
        // in text order: the coder's events are in sentence order already
        coded.sort_by_key(|e| e.sentence);
    }
}

/// Whether the quote says what its speaker will do: a first-person subject with a future
/// ("we will", "I'll", "we won't").
fn announces_own_act(doc: &Document, q: &QuoteSpan) -> bool {
    let first = doc.tokens.partition_point(|t| t.start < q.start);
    let last = doc.tokens.partition_point(|t| t.start < q.end);
    (first..last).any(|t| match doc.lower(t) {
        "we" | "i" => {
            t + 1 < last
                && matches!(
                    doc.lower(t + 1),
                    "will" | "shall" | "'ll" | "’ll" | "wo" | "won't" | "won’t"
                )
        }
        w => matches!(w, "we'll" | "we’ll" | "i'll" | "i’ll"),
    })
}

/// Whether the mention starting at token `start` follows "according to" (a determiner
/// between or not).
fn according_to(doc: &Document, start: usize) -> bool {
    let mut t = start;
    if t > 0 && matches!(doc.lower(t - 1), "the" | "a" | "an") {
        t -= 1;
    }
    t > 1 && doc.is(t - 1, "to") && doc.is(t - 2, "according")
}

/// Cue verbs whose event sense needs more than a quote: "asked" introducing a quote is a
/// question, not an appeal; "insisted", "agreed" and "offered" report what was said.
const NOT_ACTS: &[&str] = &["ASK", "INSIST", "AGREE", "OFFER"];

/// The code of the one-word dictionary verb `word` (upper case) is written in, when its
/// default code is an event.
/// A verb of promising or threatening whose infinitive says what is promised.
fn commits(word: &str) -> bool {
    super::is_intent(word) || word == "THREATEN"
}

fn verb_code<'d>(dict: &'d EventDict, word: &str) -> Option<&'d str> {
    for (_, cands) in dict.lists_of(word) {
        for c in cands {
            let CandKind::Verb(v) = c.kind else { continue };
            let phrase = &dict.phrases[c.phrase as usize];
            if phrase.len() != 1 || !word_matches(&phrase[0], word) {
                continue;
            }
            if let VerbCode::Event { code, .. } = &dict.verbs[v as usize].code {
                return Some(code);
            }
        }
    }
    None
}

/// Force between people and bodies that bear no arms is politics. A person who is no fighter
/// "attacking" another person or a thing that is no actor (Harris attacked Biden, Erdogan
/// attacked the decision), or a party, legislature, newspaper, company or civic group attacking
/// anyone, criticises: the coder's force code becomes 111. The same actors "fighting",
/// "clashing" or "battling" ("the two senators are fighting for the lead", "Clinton clashed
/// with Sanders on the debate stage", "I will fight for you", coded as force or as a threat of
/// force) are in no CAMEO event: it is dropped. Soldiers, rebels, insurgents and police keep their codes, and so does a leader
/// attacking or fighting a country or an organisation ("Putin attacked Ukraine", "Obama's
/// plan for fighting the Islamic State").
pub fn verbal_attacks(doc: &Document, actors: &Actors, coded: &mut Vec<RawEvent>) {
    coded.retain_mut(|e| {
        if e.trigger.len() != 1 {
            return true;
        }
        let word = doc.lower(e.trigger.start);
        let attack = word.starts_with("attack");
        let fight = ["fight", "fought", "clash", "battl"]
            .iter()
            .any(|p| word.starts_with(p));
        // force used, or threatened ("we will fight back": 138)
        let force = e.code.starts_with("19") || (fight && e.code.starts_with("138"));
        if !force || (!attack && !fight) {
            return true;
        }
        let Some(source) = e.source.map(|a| &actors.actors[a]) else {
            return true;
        };
        let fighter = source.code.as_deref().is_some_and(|c| {
            ["MIL", "REB", "INS", "COP", "SPY", "UAF"]
                .iter()
                .any(|s| c.ends_with(s))
        });
        let target_person = e
            .target
            .is_none_or(|t| actors.actors[t].kind == crate::model::ActorType::Person);
        // parties, legislatures, media, business and civil society have no arms: their attacks
        // are words whatever the target ("Democrats attacked Trump on his taxes")
        let unarmed = source.code.as_deref().is_some_and(|c| {
            [
                "PTY", "LEG", "MED", "BUS", "CVL", "EDU", "LAB", "NGO", "JUD",
            ]
            .iter()
            .any(|s| c.ends_with(s))
        });
        // what is attacked is a decision, a statement or a policy ("attacked the proclamation
        // of ... by the President")
        let words_attacked = attack
            && (e.trigger.end..(e.trigger.end + 3).min(doc.tokens.len()))
                .map(|t| doc.lower(t))
                .take_while(|w| !matches!(*w, "of" | "by" | "on" | "in" | "for" | "as"))
                .any(|w| ATTACKED_WORDS.contains(&w));
        let politics = (source.kind == crate::model::ActorType::Person
            && !fighter
            && (target_person || words_attacked))
            || unarmed;
        if politics && attack {
            e.code = "111".into();
        }
        !(politics && fight)
    });
}

/// Things said or decided, which only words attack.
const ATTACKED_WORDS: &[&str] = &[
    "decision",
    "proclamation",
    "declaration",
    "plan",
    "plans",
    "policy",
    "policies",
    "proposal",
    "statement",
    "remarks",
    "comments",
    "move",
    "ruling",
    "law",
    "bill",
    "budget",
    "deal",
    "investigation",
    "inquiry",
    "report",
    "speech",
    "claims",
    "idea",
    "media",
    "press",
];
