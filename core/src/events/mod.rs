//! Events: who did what to whom, coded in CAMEO.
//!
//! A shallow coder in the TABARI tradition (no parser, no model): per sentence, dictionary
//! verbs and their patterns give the code, actor phrases give the source and target by
//! position and pattern markers, with passive voice, compound actors, agents, pronouns, comma
//! clauses, discards and the options of the field's dictionaries. The embedded verb patterns
//! (`data/verbs.txt`) are the project's own; `Lexicon` builders load TABARI / PETRARCH-1 /
//! Phoenix dictionaries instead.

mod cameo_table;
pub mod coder;
pub mod conformance;
pub mod dict;
mod speech;
pub(crate) mod when;

pub use coder::RawEvent;
pub use dict::{DictSources, EventDict, LoadReport};
pub use speech::{speech_events, verbal_attacks};
pub use when::resolve_date;

use crate::text::Document;

/// A CAMEO event code's facts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameoCode {
    pub code: &'static str,
    pub name: &'static str,
    pub goldstein: f32,
}

/// Looks a code up in the compiled CAMEO table.
pub fn cameo(code: &str) -> Option<CameoCode> {
    cameo_table::CODES
        .binary_search_by(|(c, _, _)| (*c).cmp(code))
        .ok()
        .map(|i| {
            let (code, name, goldstein) = cameo_table::CODES[i];
            CameoCode {
                code,
                name,
                goldstein,
            }
        })
}

/// All codes of the table, in order.
pub fn cameo_codes() -> impl Iterator<Item = CameoCode> {
    cameo_table::CODES
        .iter()
        .map(|&(code, name, goldstein)| CameoCode {
            code,
            name,
            goldstein,
        })
}

/// The quad class of a code: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
/// 3 verbal conflict (09-13), 4 material conflict (14-20); 0 for a code outside CAMEO.
pub fn quad_class(code: &str) -> u8 {
    match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=13) => 3,
        Some(14..=20) => 4,
        _ => 0,
    }
}

/// The CAMEO code for refusing to do what `code` says, where CAMEO has one.
pub fn refusal_code(code: &str) -> Option<&'static str> {
    let root = code.get(..2)?;
    Some(match (root, code) {
        (_, "043" | "045" | "0343" | "039") => "126",
        (_, "057") => "127",
        ("03", _) => return None,
        ("04", _) => "125",
        ("05", _) => "120",
        ("06", _) => "121",
        ("07", _) => "122",
        ("08", _) => "124",
        _ => return None,
    })
}

/// The CAMEO code for announcing the intent to do what `code` says.
pub fn intent_code(code: &str) -> Option<&'static str> {
    let root = code.get(..2)?;
    Some(match (root, code) {
        (_, "043" | "045") => "039",
        (_, "071") => "0331",
        (_, "072") => "0332",
        (_, "073") => "0333",
        (_, "074") => "0334",
        (_, "0871") => "0356",
        ("04", _) => "036",
        ("05", _) => "030",
        ("06", _) => "031",
        ("07", _) => "033",
        ("08", _) => "035",
        _ => return None,
    })
}

/// The CAMEO threat code for announcing a hostile act `code` ("will attack" threatens an
/// attack, 1384; "plans to impose sanctions" threatens them, 1312).
pub fn threat_code(code: &str) -> Option<&'static str> {
    let root = code.get(..2)?;
    Some(match (root, code) {
        (_, "161") => "1313",
        (_, "162" | "1621" | "1622" | "1623") => "1311",
        (_, "163") => "1312",
        (_, "164") => "134",
        (_, "165") => "135",
        (_, "1721") => "1321",
        (_, "1722") => "1322",
        (_, "1723") => "1323",
        (_, "1724") => "1324",
        (_, "172") => "132",
        (_, "173" | "174" | "175") => "137",
        (_, "191") => "1381",
        (_, "192") => "1382",
        (_, "204") => "1385",
        ("14", _) => "133",
        ("16", _) => "131",
        ("17", _) => "130",
        ("18" | "20", _) => "1383",
        ("19", _) => "1384",
        _ => return None,
    })
}

/// Negation cues just before a verb: (cue words, refusal).
pub(crate) const NEGATIONS: &[&[&str]] = &[
    &["REFUSED", "TO"],
    &["REFUSES", "TO"],
    &["REFUSE", "TO"],
    &["DECLINED", "TO"],
    &["DECLINES", "TO"],
    &["DECLINE", "TO"],
    &["FAILED", "TO"],
    &["NOT"],
    &["NEVER"],
    &["DIDN'T"],
    &["DOESN'T"],
    &["DON'T"],
    &["WON'T"],
    &["WOULDN'T"],
    &["HAVEN'T"],
    &["HASN'T"],
    &["CANNOT"],
    &["CAN'T"],
];

/// Intent cues before a verb that commit the actor: before a hostile act they make a threat
/// ("will attack", "vowed to retaliate", "said it would strike").
pub(crate) const COMMITMENTS: &[&str] = &[
    "WILL",
    "WOULD",
    "SHALL",
    "PLAN",
    "PLANS",
    "PLANNED",
    "PLANNING",
    "INTEND",
    "INTENDS",
    "INTENDED",
    "PROMISED",
    "PROMISE",
    "PROMISES",
    "PLEDGED",
    "PLEDGE",
    "PLEDGES",
    "VOWED",
    "VOWS",
    "VOW",
    "READY",
    "WILLING",
    "PREPARED",
    "GOING",
    "THREATENED",
    "THREATENS",
    "OFFERED",
    "PROPOSED",
];

/// Intent cues that commit to nothing: an attempt or an expectation ("tried to negotiate" is an
/// intent too, as the text does not say the act was done, but no threat).
pub(crate) const TENTATIVE: &[&str] = &[
    "ATTEMPT",
    "ATTEMPTS",
    "ATTEMPTED",
    "TRY",
    "TRIES",
    "TRIED",
    "EXPECTED",
];

/// Intent cues that state a wish: before a hostile act they announce it as a threat does
/// ("wanted to ban the rally", "seeks to impose sanctions"), nothing was done yet.
pub(crate) const DESIRES: &[&str] = &[
    "WANT", "WANTS", "WANTED", "HOPE", "HOPES", "HOPED", "AIM", "AIMS", "AIMED", "SEEK", "SEEKS",
    "SOUGHT", "WISH", "WISHES", "WISHED",
];

/// Two-word cues before a verb that put the act in the future, as a commitment does ("is set to
/// meet", "was to visit").
pub(crate) const SCHEDULES: &[[&str; 2]] = &[
    ["SET", "TO"],
    ["DUE", "TO"],
    ["SCHEDULED", "TO"],
    ["IS", "TO"],
    ["ARE", "TO"],
    ["WAS", "TO"],
    ["WERE", "TO"],
];

/// Modals of possibility right before a verb: the act may happen, nothing was done ("could
/// demand", "can offer").
pub(crate) fn is_possibility(word: &str) -> bool {
    matches!(word, "COULD" | "MIGHT" | "MAY" | "CAN")
}

/// An intent cue before a verb: the act is announced, not done.
pub(crate) fn is_intent(word: &str) -> bool {
    COMMITMENTS.contains(&word) || TENTATIVE.contains(&word) || DESIRES.contains(&word)
}

/// Social-media platforms: where something is said or shown, not who says it, unless the
/// platform itself acts ("the company Facebook removed the accounts").
const PLATFORMS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "telegram",
    "whatsapp",
    "weibo",
    "wechat",
    "reddit",
    "snapchat",
    "linkedin",
    "truth social",
    "vkontakte",
    "parler",
];

/// The platforms' names by their first letter (its low five bits, the same in either case)
/// and length: bit `len` of entry `first & 31` is set where a name opens with `first` and has
/// `len` bytes.
const PLATFORM_SHAPES: [u32; 32] = {
    let mut shapes = [0u32; 32];
    let mut k = 0;
    while k < PLATFORMS.len() {
        let name = PLATFORMS[k].as_bytes();
        assert!(!name.is_empty() && name.len() < 32);
        shapes[(name[0] & 31) as usize] |= 1 << name.len();
        k += 1;
    }
    shapes
};

/// Whether `name` is a platform's (in any case).
#[inline]
fn is_platform(name: &str) -> bool {
    // the list's names are ASCII: an ASCII name is compared without a lower-cased copy, and
    // only where a name of the list has its first letter and length (most names have not)
    if name.is_ascii() {
        let b = name.as_bytes();
        b.first().is_some_and(|&first| {
            b.len() < 32 && PLATFORM_SHAPES[usize::from(first & 31)] & (1 << b.len()) != 0
        }) && PLATFORMS.iter().any(|p| p.eq_ignore_ascii_case(name))
    } else {
        is_platform_lowered(name)
    }
}

/// [`is_platform`] for a name that is not ASCII.
#[cold]
#[inline(never)]
fn is_platform_lowered(name: &str) -> bool {
    PLATFORMS.contains(&name.to_lowercase().as_str())
}

/// What a platform's name modifies when it names the medium ("a Twitter post", "its Facebook
/// page", "an Instagram fight").
const MEDIUM_NOUNS: &[&str] = &[
    "post",
    "posts",
    "page",
    "pages",
    "account",
    "accounts",
    "feed",
    "video",
    "videos",
    "message",
    "messages",
    "thread",
    "channel",
    "fight",
    "live",
    "livestream",
    "statement",
    "story",
    "profile",
    "user",
    "users",
    "followers",
    "group",
];

/// Whether `mention`, of actor `actor`, names a social-media platform as the medium of what is
/// said or done: after a preposition ("said on Twitter", "posted to Facebook", "via Instagram"),
/// a determiner or a possessive ("its Facebook page"), or before a noun of the medium ("a
/// Twitter fight").
#[inline]
pub(crate) fn platform_as_medium(
    doc: &Document,
    actor: &crate::actors::ActorInfo,
    tokens: std::ops::Range<usize>,
) -> bool {
    // most actors are no platform: asked here, without a call
    is_platform(&actor.name) && placed_as_medium(doc, tokens)
}

/// [`platform_as_medium`]'s test of the words around a platform's mention `tokens`.
fn placed_as_medium(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    let before = tokens.start.checked_sub(1).filter(|&t| doc.is_word(t));
    let after = Some(tokens.end).filter(|&t| doc.is_word(t));
    before.is_some_and(|t| {
        matches!(
            doc.lower(t),
            "on" | "via"
                | "to"
                | "through"
                | "in"
                | "onto"
                | "across"
                | "over"
                | "a"
                | "an"
                | "the"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
        )
    }) || after.is_some_and(|t| MEDIUM_NOUNS.contains(&doc.lower(t)))
}

/// Adds the actors of user dictionary files to the lexicon as entries, so that the actors pass
/// finds them: the primary phrase is the name, every phrase a form, undated codes the entry's
/// code and dated codes its spells.
/// Returns the parsed files.
pub(crate) fn add_actor_entries(
    b: &mut crate::lexicon::LexiconBuilder,
    sources: &DictSources,
) -> Result<Vec<crate::lexicon::formats::ActorsFile>, crate::Error> {
    use crate::lexicon::{Entry, EntryKind, Form, Holder, Spell};
    let mut parsed = Vec::with_capacity(sources.actors.len());
    for (name, text) in &sources.actors {
        let file = crate::lexicon::formats::parse_actors(name, text)?;
        for def in &file.actors {
            let Some(primary) = def.phrases.first() else {
                continue;
            };
            let dated = def.codes.iter().any(|c| c.from.is_some() || c.to.is_some());
            let undated = def
                .codes
                .iter()
                .find(|c| c.from.is_none() && c.to.is_none())
                .and_then(|c| c.codes.first());
            let first_code = def.codes.iter().find_map(|c| c.codes.first());
            let Some(code) = first_code else { continue };
            let kind = if dated {
                EntryKind::Person
            } else if code.len() == 3 {
                EntryKind::Country
            } else {
                EntryKind::Organization
            };
            let country = Some(code.get(..3).unwrap_or(code).to_string())
                .filter(|c| !matches!(c.as_str(), "IGO" | "NGO" | "IMG" | "MNC" | "NGM" | "UNO"));
            let entry = Entry {
                name: title_case(primary),
                kind,
                country,
                code: undated.map(|c| c.to_string()),
                spells: def
                    .codes
                    .iter()
                    .filter(|c| c.from.is_some() || c.to.is_some())
                    .filter_map(|c| {
                        c.codes.first().map(|code| Spell {
                            code: code.to_string(),
                            role: String::new(),
                            from: c.from,
                            to: c.to,
                        })
                    })
                    .collect(),
                sector: None,
                holder: Holder::Person,
            };
            let id = b.add_entry(entry);
            for p in &def.phrases {
                b.add_form(id, &title_case(p), Form::Name);
            }
        }
        parsed.push(file);
    }
    Ok(parsed)
}

fn title_case(words: &[crate::lexicon::formats::PWord]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let t = &*w.text;
        if t.contains('.') && t.len() <= 5 {
            out.push_str(t);
            continue;
        }
        let mut first = true;
        for c in t.chars() {
            if first {
                out.extend(c.to_uppercase());
                first = false;
            } else {
                out.extend(c.to_lowercase());
            }
            if c == '\'' || c == '.' {
                first = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::is_platform;

    #[test]
    fn platform_names_in_any_case_and_no_others() {
        for name in [
            "twitter",
            "Twitter",
            "TWITTER",
            "Truth Social",
            "VKontakte",
            "weibo",
        ] {
            assert!(is_platform(name), "{name}");
        }
        // a platform's first letter and length, or its letters in another length, are not enough
        for name in [
            "",
            "Tweeter",
            "Twitters",
            "Twitte",
            "United Nations",
            "T",
            "Télégram",
        ] {
            assert!(!is_platform(name), "{name}");
        }
        // a name that is not ASCII is compared in lower case (the Kelvin sign's is "k", so
        // the name's length in bytes says nothing)
        assert!(is_platform("Lin\u{212A}edIn"));
    }
}
