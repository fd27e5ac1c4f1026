//! Actors: who is in the story. `recognize` finds mentions (lexicon automaton plus rules over
//! capitalisation and context); `resolve` merges them into actors with roles, country and code.

mod recognize;
mod resolve;
pub mod words;

use std::ops::Range;

use crate::dates::Date;
use crate::lexicon::Lexicon;
use crate::model::ActorType;
use crate::text::Document;

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

/// The result of the actors pass, read by quotes and events.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    pub actors: Vec<ActorInfo>,
    /// Sorted by first token.
    pub mentions: Vec<Mention>,
    pub places: Vec<PlaceInfo>,
    /// For each token, the index into `mentions` of the mention covering it.
    covering: Vec<Option<u32>>,
}

impl Actors {
    /// Finds and merges the actors of `doc`.
    pub fn analyze(doc: &Document, lexicon: &Lexicon, published: Option<Date>) -> Actors {
        let candidates = recognize::recognize(doc, lexicon);
        let mut actors = resolve::resolve(doc, lexicon, &candidates, published);
        actors.index(doc.tokens.len());
        actors
    }

    fn index(&mut self, n: usize) {
        self.mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
        let mut covering = vec![None; n];
        for (i, m) in self.mentions.iter().enumerate() {
            for slot in &mut covering[m.tokens.clone()] {
                *slot = Some(i as u32);
            }
        }
        self.covering = covering;
    }

    /// The mention covering token `i`.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.covering.get(i).copied().flatten().map(|m| &self.mentions[m as usize])
    }

    /// Adds a mention (a pronoun or role phrase resolved by a later stage) and keeps the index.
    pub fn add_mention(&mut self, mention: Mention) {
        let i = self.mentions.len() as u32;
        for slot in &mut self.covering[mention.tokens.clone()] {
            if slot.is_none() {
                *slot = Some(i);
            }
        }
        self.mentions.push(mention);
    }

    /// The last mention that ends at or before token `before` and satisfies `accept`.
    pub fn last_before(&self, before: usize, mut accept: impl FnMut(&Mention, &ActorInfo) -> bool) -> Option<&Mention> {
        self.mentions
            .iter()
            .filter(|m| m.tokens.end <= before && m.kind != MentionKind::Pronoun)
            .filter(|m| accept(m, &self.actors[m.actor]))
            .max_by_key(|m| m.tokens.end)
    }
}
