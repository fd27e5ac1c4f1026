//! The speaker's own verbal act: a quote or a reported statement whose cue verb is itself an
//! event ("warned", "accused", "urged", "praised", "vowed") is coded with the speaker as source,
//! and as target the first other actor the statement names.
//!
//! `"We will respond to any provocation," Lavrov warned` is a threat by Lavrov even though the
//! sentence has no actor after the verb; the coder, which reads sentences, codes the verb only
//! where its own patterns find a source, so the quotes pass supplies it.

use std::ops::Range;

use super::coder::RawEvent;
use super::dict::{word_matches, CandKind, EventDict};
use crate::actors::{Actors, MentionKind};
use crate::lexicon::formats::VerbCode;
use crate::quotes::QuoteSpan;
use crate::text::Document;

/// Events for the cue verbs of `quotes` that the coder has not coded (`coded`).
pub fn speech_acts(
    doc: &Document,
    actors: &Actors,
    quotes: &[QuoteSpan],
    dict: &EventDict,
    coded: &[RawEvent],
) -> Vec<RawEvent> {
    let mut out: Vec<RawEvent> = Vec::new();
    let mut cues: Vec<Range<usize>> = coded.iter().map(|e| e.trigger.clone()).collect();
    for q in quotes {
        let (Some(cue), Some(speaker)) = (q.attribution.cue.clone(), q.attribution.actor) else {
            continue;
        };
        if cue.len() != 1
            || cues
                .iter()
                .any(|c| c.start <= cue.start && cue.start < c.end)
        {
            continue;
        }
        let Some(code) = verb_code(dict, &doc.word(cue.start).to_uppercase()) else {
            continue;
        };
        let Some(source_code) = actors.actors[speaker].code.as_deref() else {
            continue;
        };
        cues.push(cue.clone());
        // the first other actor named in the statement, by name or phrase
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        let from = actors.mentions.partition_point(|m| m.tokens.start < first);
        let target = actors.mentions[from..]
            .iter()
            .take_while(|m| doc.tokens[m.tokens.start].start < q.end)
            .filter(|m| m.kind != MentionKind::Pronoun && m.actor != speaker)
            .find_map(|m| {
                let c = actors.actors[m.actor].code.as_deref()?;
                (c != source_code).then_some((m.actor, c))
            });
        let sentence = doc.sentence_of[cue.start] as usize;
        out.push(RawEvent::new(
            code,
            (Some(speaker), source_code),
            target,
            cue,
            sentence,
            doc.sentences[sentence].tokens.clone(),
        ));
    }
    out
}

/// The code of the one-word dictionary verb `word` (upper case) is written in, when its
/// default code is an event.
fn verb_code<'d>(dict: &'d EventDict, word: &str) -> Option<&'d str> {
    let ends = word
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain(std::iter::once(word.len()));
    for l in ends {
        let Some(cands) = dict.index.get(&word[..l]) else {
            continue;
        };
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
