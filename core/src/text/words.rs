//! The document's word table: every distinct token text gets an id, found with one hash look-up
//! per token while the document is built, and each id the answers of the closed word lists that
//! the stages ask of a token again and again (a name particle? a word that may be part of a name?
//! a cue verb?), computed once per distinct text. A stage reads a token's answers from an array
//! instead of slicing, hashing and comparing its text at every question.

use super::{Kind, Token};
use crate::lexicon::cues::{self, CueClass};

/// A token's text is a name particle ("al", "van", "bin"): `actors::words::is_name_particle`.
pub const PARTICLE: u8 = 1;
/// A token's text may be a word of a name when capitalised (no doctrine, no listed common word):
/// `actors::recognize::may_be_name`.
pub const NAME_TEXT: u8 = 1 << 1;
/// A token's ASCII-lower-cased text is a cue verb of speech ("said"): `lexicon::cues::cue`.
pub const CUE_SPEECH: u8 = 1 << 2;
/// A token's ASCII-lower-cased text is a cue verb of belief ("believes"): `lexicon::cues::cue`.
pub const CUE_BELIEF: u8 = 1 << 3;

/// Token ids and the class bits of each id.
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// For each token, the id of its text (tokens with the same text share it); punctuation and
    /// quotation marks have [`NOT_A_WORD`].
    pub(crate) id: Vec<u32>,
    /// For each id, its class bits.
    pub(crate) class: Vec<u8>,
}

/// The id of every token that is not a word or a number (its class bits are none).
pub(crate) const NOT_A_WORD: u32 = 0;

impl Words {
    /// The table of `tokens` over `text`; `lower` is the text with ASCII letters in lower case.
    pub(crate) fn new(text: &str, lower: &str, tokens: &[Token]) -> Words {
        let bytes = text.as_bytes();
        // open addressing over a power of two at least twice the tokens: a slot holds an id
        // (0: empty); each id keeps its key and its first token's span to compare with
        let size = (tokens.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        let mut keys: Vec<(u64, usize, usize)> = vec![(0, 0, 0)];
        let mut class = vec![0];
        let id = tokens
            .iter()
            .map(|t| {
                if !matches!(t.kind, Kind::Word | Kind::Number) {
                    return NOT_A_WORD;
                }
                let word = &bytes[t.start..t.end];
                let key = key_of(word);
                let mut slot =
                    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (size - 1);
                loop {
                    let id = slots[slot];
                    if id == 0 {
                        break;
                    }
                    let (k, start, end) = keys[id as usize];
                    // a short word is its key; a longer one is compared byte by byte
                    if k == key && (word.len() <= 7 || bytes[start..end] == *word) {
                        return id;
                    }
                    slot = (slot + 1) & (size - 1);
                }
                let id = class.len() as u32;
                slots[slot] = id;
                keys.push((key, t.start, t.end));
                class.push(classify(&text[t.start..t.end], &lower[t.start..t.end]));
                id
            })
            .collect();
        Words { id, class }
    }
}

/// The key of a word: a word of at most 7 bytes is its bytes with, in the top byte, its length;
/// a longer one a hash of its bytes with the top bit set.
#[inline]
fn key_of(word: &[u8]) -> u64 {
    if word.len() <= 7 {
        let mut buf = [0u8; 8];
        buf[..word.len()].copy_from_slice(word);
        buf[7] = word.len() as u8;
        return u64::from_le_bytes(buf);
    }
    crate::lexicon::hash_bytes(word) | 1 << 63
}

/// The class bits of a token text (`word`, and `lower` with ASCII letters in lower case). The
/// bits are read of words in lower case (particles, cues) or capitalised (name words) only: a
/// word opening with an ASCII capital is not asked about the former, nor one opening with an ASCII
/// lower-case letter about the latter, nor a number about any.
fn classify(word: &str, lower: &str) -> u8 {
    let mut bits = 0;
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_digit() {
        return 0;
    }
    if !first.is_ascii_uppercase() {
        if crate::actors::words::is_name_particle(word) {
            bits |= PARTICLE;
        }
        match cues::cue(lower) {
            Some((_, CueClass::Speech)) => bits |= CUE_SPEECH,
            Some((_, CueClass::Belief)) => bits |= CUE_BELIEF,
            None => {}
        }
    }
    if !first.is_ascii_lowercase() && crate::actors::may_be_name(word) {
        bits |= NAME_TEXT;
    }
    bits
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    use super::*;

    fn class_of(doc: &Document, word: &str) -> u8 {
        let i = (0..doc.tokens.len()).find(|&i| doc.word(i) == word);
        doc.word_class(i.unwrap_or_else(|| panic!("no token {word}")))
    }

    #[test]
    fn same_text_same_id_other_text_other_id() {
        let doc =
            Document::new("The envoy said the negotiators said little. The negotiators left.");
        let ids: Vec<u32> = (0..doc.tokens.len()).map(|i| doc.words.id[i]).collect();
        assert_eq!(ids[0], ids[8], "The");
        assert_ne!(ids[0], NOT_A_WORD);
        assert_eq!(ids[7], NOT_A_WORD, "a period");
        assert_eq!(ids[4], ids[9], "negotiators");
        assert_ne!(ids[1], ids[4]);
        assert_eq!(ids[2], ids[5], "said");
        assert_ne!(ids[0], ids[3], "The and the are different texts");
        assert_eq!(doc.words.class.len(), 1 + 7);
    }

    #[test]
    fn class_bits_follow_the_word_lists() {
        let doc = Document::new(
            "Omar bin Tarek said Communism, he believes, sAID nothing to Marta van Dijk, 1984.",
        );
        assert_eq!(class_of(&doc, "bin") & PARTICLE, PARTICLE);
        assert_eq!(class_of(&doc, "van") & PARTICLE, PARTICLE);
        assert_eq!(class_of(&doc, "Omar") & PARTICLE, 0);
        assert_eq!(class_of(&doc, "Tarek") & NAME_TEXT, NAME_TEXT);
        assert_eq!(class_of(&doc, "Communism") & NAME_TEXT, 0);
        assert_eq!(class_of(&doc, "said") & CUE_SPEECH, CUE_SPEECH);
        // cues are looked up in lower case
        assert_eq!(class_of(&doc, "sAID") & CUE_SPEECH, CUE_SPEECH);
        // numbers have no class
        assert_eq!(class_of(&doc, "1984"), 0);
        assert_eq!(
            class_of(&doc, "believes") & (CUE_BELIEF | CUE_SPEECH),
            CUE_BELIEF
        );
        assert_eq!(class_of(&doc, "nothing") & (CUE_BELIEF | CUE_SPEECH), 0);
    }
}
