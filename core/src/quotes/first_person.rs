//! First-person pronouns in a quote ("we", "I", "us", "me") stand for its speaker, or for the
//! body the speaker speaks for: `"We will never accept this," Lavrov said` is a statement by
//! Lavrov (RUSGOV). The event coder reads them as mentions of the speaker.

use crate::actors::{Actors, Mention, MentionKind};
use crate::model::QuoteKind;
use crate::quotes::QuoteSpan;
use crate::text::Document;

/// Adds a pronoun mention of the speaker for each first-person pronoun of a direct or mixed
/// quote whose speaker has an actor code. Returns how many were added (they are the last
/// mentions of `actors`).
pub fn add_first_person(doc: &Document, actors: &mut Actors, quotes: &[QuoteSpan]) -> usize {
    let mut added = 0;
    for q in quotes {
        if q.kind == QuoteKind::Indirect {
            continue; // reported speech speaks of the speaker in the third person
        }
        let Some(speaker) = q.attribution.actor else {
            continue;
        };
        if actors.actors[speaker].code.is_none() {
            continue;
        }
        let first = doc.tokens.partition_point(|t| t.start < q.start);
        for i in first..doc.tokens.len() {
            if doc.tokens[i].start >= q.end {
                break;
            }
            if matches!(doc.word(i), "I" | "we" | "We" | "us" | "me")
                && actors.mention_at(i).is_none()
            {
                actors.add_mention(Mention {
                    tokens: i..i + 1,
                    actor: speaker,
                    kind: MentionKind::Pronoun,
                });
                added += 1;
            }
        }
    }
    added
}
