//! # newsextract-core
//!
//! Turns the text of a news article into structured data: **quotes** (with their speakers resolved
//! to actors), **actors** (people, organisations, countries and groups, merged across mentions,
//! with roles, country and CAMEO actor code), **events** (CAMEO-coded) and **places**.
//!
//! One entry point, [`Extractor::extract`]; the engine is built once and shared between threads.
//!
//! ```
//! use newsextract_core::{Extractor, Options};
//!
//! let extractor = Extractor::default();
//! let text = "“We will not leave,” Foreign Minister Sergei Lavrov said on Monday.";
//! let article = extractor.extract(text, &Options::default());
//! let quote = &article.quotes[0];
//! assert_eq!(quote.text, "We will not leave,");
//! assert_eq!(quote.speaker.as_deref(), Some("Sergei Lavrov"));
//! ```
//!
//! All offsets in the output are code-point offsets (Python `str` indices), so that
//! `text.chars().skip(start).take(end - start)` is the reported text.

pub mod actors;
pub mod dates;
mod error;
pub mod events;
pub mod lexicon;
pub mod model;
pub mod quotes;
pub mod text;
mod wordmap;

use std::ops::Range;
use std::sync::Arc;

pub use dates::Date;
pub use error::Error;
pub use lexicon::Lexicon;
pub use model::{Actor, ActorType, Article, Event, Place, Quote, QuoteKind, Span};

use actors::{Actors, MentionKind};
use text::Document;

/// Per-article options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The article's publication date: resolves relative dates and date-restricted actor codes.
    pub published: Option<Date>,
}

/// The extraction engine: a handle on a compiled [`Lexicon`]. Cloning is cheap.
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Arc<Lexicon>,
}

impl Default for Extractor {
    /// An extractor with the embedded default lexicon.
    fn default() -> Self {
        Extractor {
            lexicon: Lexicon::default_shared(),
        }
    }
}

impl Extractor {
    pub fn new(lexicon: Arc<Lexicon>) -> Self {
        Extractor { lexicon }
    }

    pub fn lexicon(&self) -> &Arc<Lexicon> {
        &self.lexicon
    }

    /// Extracts quotes, actors, events and places from one article.
    pub fn extract(&self, text: &str, options: &Options) -> Article {
        let doc = Document::new(text);
        let mut actors = Actors::analyze(&doc, &self.lexicon, options.published);
        let quotes = quotes::find(&doc, &mut actors, &self.lexicon);
        let dict = self.lexicon.events();
        let coding = events::coder::Coding {
            dict,
            options: dict.options(),
            date: options.published,
        };
        // first-person pronouns in quotes stand for the speaker while events are coded (they
        // are not output as mentions: "we" is often the speaker's government or group)
        let mentions = actors.mentions.len();
        quotes::add_first_person(&doc, &mut actors, &quotes);
        let mut raw = events::coder::code_document(&doc, Some(&actors), &coding);
        actors.truncate_mentions(mentions);
        events::speech_events(&doc, &actors, &quotes, dict, &mut raw);
        events::verbal_attacks(&doc, &actors, &mut raw);
        let mut article = Output { doc: &doc }.article(&actors, &quotes);
        article.events = Output { doc: &doc }.events(&raw, &actors, options.published);
        article
    }

    /// Codes the events of `text` only, with the lexicon's event dictionary and `coding`
    /// options in place of the dictionary's own (TABARI `.options` commands, PETRARCH
    /// settings). `source` and `target` of the events are not filled (no actors list).
    pub fn code_events(
        &self,
        text: &str,
        published: Option<Date>,
        coding: Option<&lexicon::formats::DictOptions>,
    ) -> Vec<Event> {
        let doc = Document::new(text);
        let dict = self.lexicon.events();
        let actors = if dict.has_actors() {
            None
        } else {
            Some(Actors::analyze(&doc, &self.lexicon, published))
        };
        let c = events::coder::Coding {
            dict,
            options: coding.unwrap_or(dict.options()),
            date: published,
        };
        let raw = events::coder::code_document(&doc, actors.as_ref(), &c);
        let empty = Actors::default();
        Output { doc: &doc }.events(&raw, actors.as_ref().unwrap_or(&empty), published)
    }
}

/// Builds the output structs, converting byte offsets to code points once.
struct Output<'a, 'd> {
    doc: &'a Document<'d>,
}

impl Output<'_, '_> {
    fn span_bytes(&self, start: usize, end: usize) -> Span {
        let (start_char, end_char) = self.doc.char_span(start, end);
        Span {
            text: self.doc.text[start..end].to_string(),
            start: start_char,
            end: end_char,
        }
    }

    fn span_tokens(&self, tokens: Range<usize>) -> Span {
        let (s, e) = self.doc.byte_span(tokens);
        self.span_bytes(s, e)
    }

    /// Events with labels from the CAMEO table, dates and places of their clause.
    fn events(
        &self,
        raw: &[events::RawEvent],
        actors: &Actors,
        published: Option<Date>,
    ) -> Vec<Event> {
        // actor ids as in `article`: order of first non-pronoun mention
        let mut new_id = vec![None; actors.actors.len()];
        let mut next = 0;
        for m in &actors.mentions {
            if new_id[m.actor].is_none() && m.kind != MentionKind::Pronoun {
                new_id[m.actor] = Some(next);
                next += 1;
            }
        }
        // every place mention with its place, by first token
        let mut place_mentions: Vec<(Range<usize>, usize)> = actors
            .places
            .iter()
            .enumerate()
            .flat_map(|(p, place)| place.mentions.iter().map(move |m| (m.clone(), p)))
            .collect();
        place_mentions.sort_by_key(|(m, _)| m.start);
        let mut out = Vec::with_capacity(raw.len());
        // the words a date is read from, and the last sentence read for one with its date
        let mut words: Vec<&str> = Vec::new();
        let mut sentence_date: Option<(usize, Option<String>)> = None;
        for (id, e) in raw.iter().enumerate() {
            let facts = events::cameo(&e.code);
            let root = e.code.get(..2).unwrap_or(&e.code).to_string();
            let sentence = &self.doc.sentences[e.sentence];
            let clause = e.clause_tokens.clone();
            words.clear();
            words.extend(
                clause
                    .clone()
                    .filter(|&t| {
                        self.doc.is_word(t) || self.doc.tokens[t].kind == text::Kind::Number
                    })
                    .map(|t| self.doc.word(t)),
            );
            let date = events::resolve_date(&words, published)
                .or_else(|| {
                    // the sentence's date is read once for all its events (they come together)
                    if let Some((s, date)) = &sentence_date {
                        if *s == e.sentence {
                            return date.clone();
                        }
                    }
                    words.clear();
                    words.extend(
                        sentence
                            .tokens
                            .clone()
                            .filter(|&t| self.doc.tokens[t].kind != text::Kind::Punct)
                            .map(|t| self.doc.word(t)),
                    );
                    let date = events::resolve_date(&words, published);
                    sentence_date = Some((e.sentence, date.clone()));
                    date
                })
                .or_else(|| published.map(|p| p.to_string()));
            let location = self.location(e, &clause, actors, &place_mentions);
            out.push(Event {
                id,
                code: e.code.to_string(),
                root,
                label: facts.map_or_else(String::new, |f| f.name.to_string()),
                quad_class: events::quad_class(&e.code),
                goldstein: facts.map_or(0.0, |f| f.goldstein),
                source: e.source.and_then(|a| new_id.get(a).copied().flatten()),
                target: e.target.and_then(|a| new_id.get(a).copied().flatten()),
                source_code: e.source_code.as_deref().map(str::to_string),
                target_code: e.target_code.as_deref().map(str::to_string),
                trigger: self.span_tokens(e.trigger.clone()),
                sentence: self.span_bytes(sentence.start, sentence.end),
                date,
                location,
                negated: e.negated,
            });
        }
        out
    }

    /// Where an event happened: a place, or a country that is neither its source nor its
    /// target, named after a preposition of place in the verb's clause ("met in Geneva", "talks
    /// in Qatar"); of several, the one nearest the verb.
    fn location(
        &self,
        e: &events::RawEvent,
        clause: &Range<usize>,
        actors: &Actors,
        place_mentions: &[(Range<usize>, usize)],
    ) -> Option<String> {
        const AT: &[&str] = &[
            "in",
            "at",
            "near",
            "outside",
            "inside",
            "around",
            "into",
            "across",
            "throughout",
        ];
        // between the preposition and the name: a determiner, a direction and a place noun
        // ("in northern Kunduz province", "near the eastern city of Mosul")
        const BETWEEN: &[&str] = &[
            "the",
            "a",
            "northern",
            "southern",
            "eastern",
            "western",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern",
            "central",
            "nearby",
            "neighbouring",
            "neighboring",
            "city",
            "town",
            "village",
            "province",
            "district",
            "region",
            "state",
            "capital",
            "port",
            "of",
        ];
        // (the two lists share no word: the first word before the name that is not between is
        // the preposition)
        let placed = |tokens: &Range<usize>| {
            tokens.end <= clause.end
                && (clause.start..tokens.start)
                    .rev()
                    .take(5)
                    .find(|&t| !BETWEEN.iter().any(|w| self.doc.is(t, w)))
                    .is_some_and(|t| AT.iter().any(|w| self.doc.is(t, w)))
        };
        let distance = |tokens: &Range<usize>| {
            if tokens.start >= e.trigger.end {
                tokens.start - e.trigger.end
            } else {
                e.trigger.start.saturating_sub(tokens.end)
            }
        };
        let first = place_mentions.partition_point(|(m, _)| m.start <= clause.start);
        let places = place_mentions[first..]
            .iter()
            .take_while(|(m, _)| m.start < clause.end)
            .filter(|(m, _)| placed(m))
            .map(|(m, p)| (distance(m), &actors.places[*p].name));
        let first = actors
            .mentions
            .partition_point(|m| m.tokens.start <= clause.start);
        let countries = actors.mentions[first..]
            .iter()
            .take_while(|m| m.tokens.start < clause.end)
            .filter(|m| {
                let a = &actors.actors[m.actor];
                m.kind == MentionKind::Name
                    && a.kind == ActorType::Country
                    && e.source != Some(m.actor)
                    && e.target != Some(m.actor)
                    && placed(&m.tokens)
            })
            .map(|m| (distance(&m.tokens), &actors.actors[m.actor].name));
        places
            .chain(countries)
            .min_by_key(|(d, _)| *d)
            .map(|(_, name)| name.clone())
    }

    fn article(&self, actors: &Actors, quotes: &[quotes::QuoteSpan]) -> Article {
        // actors that are never mentioned by name or phrase (only through pronouns) are dropped,
        // and the rest renumbered in order of first mention
        let mut order: Vec<usize> = Vec::new();
        let mut seen = vec![false; actors.actors.len()];
        for m in &actors.mentions {
            if !seen[m.actor] && m.kind != MentionKind::Pronoun {
                seen[m.actor] = true;
                order.push(m.actor);
            }
        }
        let mut new_id = vec![None; actors.actors.len()];
        for (id, &a) in order.iter().enumerate() {
            new_id[a] = Some(id);
        }
        let mut out_actors: Vec<Actor> = order
            .iter()
            .enumerate()
            .map(|(id, &a)| {
                let info = &actors.actors[a];
                Actor {
                    id,
                    name: info.name.clone(),
                    kind: info.kind,
                    country: info.country.clone(),
                    code: info.code.clone(),
                    roles: info.roles.clone(),
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                }
            })
            .collect();
        for m in &actors.mentions {
            let Some(id) = new_id[m.actor] else { continue };
            let span = self.span_tokens(m.tokens.clone());
            let actor = &mut out_actors[id];
            if m.kind == MentionKind::Name && !actor.aliases.contains(&span.text) {
                actor.aliases.push(span.text.clone());
            }
            actor.mentions.push(span);
        }
        for a in &mut out_actors {
            a.mentions.sort_by_key(|s| s.start);
        }
        let quotes = quotes
            .iter()
            .enumerate()
            .map(|(id, q)| {
                let speaker_id = q.attribution.actor.and_then(|a| new_id[a]);
                Quote {
                    id,
                    text: self.doc.text[q.start..q.end].to_string(),
                    start: self.doc.char_offset(q.start),
                    end: self.doc.char_offset(q.end),
                    kind: q.kind,
                    utterance: q.utterance,
                    speaker: speaker_id.map(|i| out_actors[i].name.clone()),
                    speaker_id,
                    speaker_mention: q.attribution.mention.clone().map(|t| self.span_tokens(t)),
                    cue: q.attribution.cue.clone().map(|t| self.span_tokens(t)),
                }
            })
            .collect();
        let places = actors
            .places
            .iter()
            .map(|p| Place {
                name: p.name.clone(),
                country: p.country.clone(),
                mentions: p
                    .mentions
                    .iter()
                    .map(|t| self.span_tokens(t.clone()))
                    .collect(),
            })
            .collect();
        Article {
            quotes,
            actors: out_actors,
            events: Vec::new(),
            places,
        }
    }
}
