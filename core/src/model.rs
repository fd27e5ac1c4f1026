//! What extraction returns: plain structs with code-point offsets, serialisable with serde.

use serde::Serialize;

/// A piece of the article: its text and code-point offsets, so that `text[start..end]` (in
/// code points) is `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that embeds a quoted fragment.
    Mixed,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// One quote segment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub id: usize,
    /// The quoted content, without the quotation marks.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Segments of one utterance share this number.
    pub utterance: usize,
    /// Canonical name of the speaker actor.
    pub speaker: Option<String>,
    /// Index of the speaker in `Article::actors`.
    pub speaker_id: Option<usize>,
    /// The words that name the speaker at this quote ("Kerry", "he", "officials").
    pub speaker_mention: Option<Span>,
    /// The verb or phrase that introduces the quote ("said", "according to").
    pub cue: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorType {
    Person,
    Organization,
    Country,
    Group,
}

impl ActorType {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::Person => "person",
            ActorType::Organization => "organization",
            ActorType::Country => "country",
            ActorType::Group => "group",
        }
    }
}

/// A person, organisation, country or group, merged over its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    pub id: usize,
    /// The fullest proper name the article (or the lexicon) gives.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// ISO 3166 alpha-3 code.
    pub country: Option<String>,
    /// CAMEO actor code (country + sector, or an organisation code).
    pub code: Option<String>,
    pub roles: Vec<String>,
    /// Distinct surface forms.
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
}

/// A CAMEO-coded event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: usize,
    /// CAMEO event code ("042").
    pub code: String,
    /// Its root category ("04").
    pub root: String,
    pub label: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f32,
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub source_code: Option<String>,
    pub target_code: Option<String>,
    pub trigger: Span,
    pub sentence: Span,
    /// ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub date: Option<String>,
    pub location: Option<String>,
    pub negated: bool,
}

/// A location that is not an actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
    pub mentions: Vec<Span>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    pub quotes: Vec<Quote>,
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    pub places: Vec<Place>,
}
