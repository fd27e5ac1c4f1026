//! The analysed text: tokens, paragraphs and sentences, built once and read by every later stage.

mod offsets;
mod tokens;

use std::ops::{Deref, Range};

pub use offsets::OffsetMap;
pub(crate) use tokens::ascii_alnum_end;
pub use tokens::{is_abbreviation, tokenize, Case, Kind, Mark, Token};
use tokens::{tokenize_with_landmarks, Landmarks};

/// A sentence: a range of tokens and the byte span it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Range<usize>,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// The tokens of one text, read-only once made: they dereference to a slice of [`Token`] and
/// give no mutable access. They keep the text they were made from (and its lower-cased copy), so
/// that a token's word is sliced without checking its character boundaries: every token's bounds
/// are character boundaries of that text, as [`tokenize`] makes them (a token is a run of whole
/// characters), and nothing outside this module can change a token, replace the list or pair it
/// with another text.
#[derive(Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    /// The text with ASCII letters in lower case: the same byte offsets and character
    /// boundaries, for case-insensitive comparisons of words without an allocation per word.
    lower: String,
    list: Vec<Token>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> (Self, Landmarks) {
        let (list, marks) = tokenize_with_landmarks(text);
        debug_assert!(list.iter().all(|t| t.start <= t.end
            && text.is_char_boundary(t.start)
            && text.is_char_boundary(t.end)));
        let tokens = Tokens {
            text,
            lower: text.to_ascii_lowercase(),
            list,
        };
        (tokens, marks)
    }

    /// The text of token `i`, or "" past the last token: like the token tests (`Document::is`,
    /// `is_capitalized`), a look-ahead past the end of the text reads as no word.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        let Some(t) = self.list.get(i) else {
            return "";
        };
        // SAFETY: `t` is one of the tokens `tokenize` made of `self.text` (the list is private and
        // never changed), whose bounds are character boundaries of it in order (checked in
        // debug builds when the list is made).
        unsafe { self.text.get_unchecked(t.start..t.end) }
    }

    /// The text of token `i` with ASCII letters in lower case, or "" past the last token.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let Some(t) = self.list.get(i) else {
            return "";
        };
        // SAFETY: as in `word`: `lower` has the bytes of `text` but for ASCII letters, so the
        // same length and character boundaries.
        unsafe { self.lower.get_unchecked(t.start..t.end) }
    }

    /// The text from the start of token `first` to the end of token `last`, which is not before
    /// it (panics when either token is missing).
    #[inline]
    fn span(&self, first: usize, last: usize) -> &'a str {
        let (start, end) = (self.list[first].start, self.list[last].end);
        assert!(start <= end);
        // SAFETY: both bounds are character boundaries of `text` (see `word`), in order.
        unsafe { self.text.get_unchecked(start..end) }
    }
}

impl Deref for Tokens<'_> {
    type Target = [Token];
    #[inline]
    fn deref(&self) -> &[Token] {
        &self.list
    }
}

impl<'b> IntoIterator for &'b Tokens<'_> {
    type Item = &'b Token;
    type IntoIter = std::slice::Iter<'b, Token>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// One article, tokenised and split into paragraphs and sentences.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    /// The tokens, read-only (see [`Tokens`]).
    pub tokens: Tokens<'a>,
    /// Token ranges of paragraphs.
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<u32>,
    /// For each sentence, its first token that is not an opening quotation mark, bracket or dash
    /// (its end when it has none): what `starts_sentence` compares with.
    sentence_opening: Vec<u32>,
    /// For each sentence, the dash ending a dateline that opens it at its first token
    /// (`NO_DATELINE`: none), found while the openings are.
    sentence_dateline: Vec<u32>,
    offsets: OffsetMap,
}

const NO_DATELINE: u32 = u32::MAX;

/// Capitalised words that, after an abbreviation such as `U.S.`, start a new sentence (a `match`,
/// compared by length first, instead of a search of a list).
fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "On"
            | "At"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "If"
            | "As"
            | "So"
            | "Yet"
            | "Still"
            | "However"
            | "Meanwhile"
            | "Officials"
            | "Some"
            | "Many"
            | "For"
            | "Under"
            | "Since"
            | "Last"
            | "Earlier"
            | "Later"
    )
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let (tokens, marks) = Tokens::new(text);
        let paragraphs = split_paragraphs(&tokens, &marks.line_starts);
        let sentences = split_sentences(&tokens, &paragraphs, &marks.stops);
        // (the sentences cover the tokens one after the other)
        let mut sentence_of = Vec::with_capacity(tokens.len());
        for (s, sentence) in sentences.iter().enumerate() {
            sentence_of.resize(sentence.tokens.end, s as u32);
        }
        debug_assert_eq!(sentence_of.len(), tokens.len());
        let mut sentence_opening = Vec::with_capacity(sentences.len());
        let mut sentence_dateline = Vec::with_capacity(sentences.len());
        for s in &sentences {
            let opening = |from: usize| {
                (from..s.tokens.end)
                    .find(|&j| !is_opening_token(&tokens, j))
                    .unwrap_or(s.tokens.end)
            };
            let lead = opening(s.tokens.start);
            let dash = dateline_dash(&tokens, lead..s.tokens.end);
            // (from the first token a dateline opens only where no mark stands before it)
            sentence_dateline.push(match dash {
                Some(dash) if lead == s.tokens.start => dash as u32,
                _ => NO_DATELINE,
            });
            // a dateline opens the sentence after it: "GENEVA — Negotiators from ..."
            let lead = match dash {
                Some(dash) => opening(dash + 1),
                None => lead,
            };
            sentence_opening.push(lead as u32);
        }
        Document {
            text,
            tokens,
            paragraphs,
            sentences,
            sentence_of,
            sentence_opening,
            sentence_dateline,
            offsets: OffsetMap::new(text),
        }
    }

    /// The dash ending a dateline that opens the tokens `range` ("GENEVA —", "KYIV, Ukraine —",
    /// "WASHINGTON (Reuters) -"), if one does.
    pub fn dateline_dash(&self, range: Range<usize>) -> Option<usize> {
        dateline_dash(&self.tokens, range)
    }

    /// The dash ending a dateline that opens sentence `s` ([`dateline_dash`](Self::dateline_dash)
    /// of its tokens), read once when the document was built.
    pub fn sentence_dateline(&self, s: usize) -> Option<usize> {
        self.sentence_dateline
            .get(s)
            .filter(|&&d| d != NO_DATELINE)
            .map(|&d| d as usize)
    }

    /// The text of token `i`, or "" past the last token.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.word(i)
    }

    /// The text of token `i` with ASCII letters in lower case, or "" past the last token.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.tokens.lower(i)
    }

    /// The whole text with ASCII letters in lower case (the same byte offsets as `text`).
    pub fn lower_text(&self) -> &str {
        &self.tokens.lower
    }

    /// Text of tokens `range` (from the first token's start to the last one's end).
    pub fn span_text(&self, range: Range<usize>) -> &'a str {
        if range.is_empty() {
            return "";
        }
        self.tokens.span(range.start, range.end - 1)
    }

    /// Byte span of the token range.
    pub fn byte_span(&self, range: Range<usize>) -> (usize, usize) {
        if range.is_empty() {
            let at = self
                .tokens
                .get(range.start)
                .map_or(self.text.len(), |t| t.start);
            return (at, at);
        }
        (
            self.tokens[range.start].start,
            self.tokens[range.end - 1].end,
        )
    }

    /// Code-point offset of a byte offset.
    #[inline]
    pub fn char_offset(&self, byte: usize) -> usize {
        self.offsets.to_char(self.text, byte)
    }

    /// Code-point offsets of the byte offsets of a span.
    #[inline]
    pub fn char_span(&self, start: usize, end: usize) -> (usize, usize) {
        self.offsets.span_to_chars(self.text, start, end)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// The token is a word whose first letter is upper case.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.case == Case::Upper)
    }

    /// The token is a word that starts with a lower-case letter.
    pub fn is_lowercase(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.case == Case::Lower)
    }

    /// The token is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        // the bytes compared, without slicing the text (a slice checks its character boundaries)
        let mut utf8 = [0u8; 4];
        let c = c.encode_utf8(&mut utf8).as_bytes();
        self.tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && self.text.as_bytes()[t.start..].starts_with(c)
        })
    }

    /// Case-insensitive comparison of token `i` with an ASCII word.
    pub fn is(&self, i: usize, word: &str) -> bool {
        // the lengths first: most calls end there, without slicing the text
        self.tokens.get(i).is_some_and(|t| {
            t.end - t.start == word.len()
                && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// The token is the first of its sentence (ignoring opening quotation marks and brackets).
    pub fn starts_sentence(&self, i: usize) -> bool {
        // every token before `i` in its sentence is an opening mark: `i` is at most the first
        // other token (constant time: a long sentence of names must not cost its square)
        self.sentence_of
            .get(i)
            .is_some_and(|&s| i <= self.sentence_opening[s as usize] as usize)
    }

    /// Whether a paragraph starts at token `i`.
    pub fn starts_paragraph(&self, i: usize) -> bool {
        self.paragraphs
            .binary_search_by_key(&i, |p| p.start)
            .is_ok()
    }

    /// The paragraph index of token `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i] as usize].paragraph
    }
}

/// A token that may stand before the first word of a sentence: a quotation mark, `(`, `—` or `-`.
fn is_opening_token(tokens: &Tokens, j: usize) -> bool {
    matches!(tokens[j].kind, Kind::Quote(_))
        || (tokens[j].kind == Kind::Punct
            && matches!(tokens.word(j).chars().next(), Some('(' | '—' | '-')))
}

/// The dash that ends a dateline at the start of `range`: a place in capitals, perhaps with a
/// region or an agency ("GENEVA —", "KYIV, Ukraine —", "WASHINGTON (Reuters) -"), or a place
/// written in title case with the agency ("New York (AFP) –"), then a dash.
fn dateline_dash(tokens: &Tokens, range: Range<usize>) -> Option<usize> {
    let first = tokens.get(range.start)?;
    if first.kind != Kind::Word {
        return None;
    }
    // (a token's case is its first character's, and a word never starts with `.` or `-`: a word
    // in capitals starts with a capital)
    if first.case != Case::Upper {
        return None;
    }
    // a place in capitals: read only at a dash, which few sentences have near their start
    let capitals = || {
        let word = tokens.word(range.start);
        word.len() >= 2
            && word
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '-')
            && word.chars().any(char::is_alphabetic)
    };
    let end = range.end.min(range.start + 11).min(tokens.len());
    for j in range.start + 1..end {
        let t = &tokens[j];
        let w = tokens.word(j);
        // (a title-case place: only with the agency's name in brackets right before the dash)
        let agency = || {
            j >= 4
                && tokens.word(j - 1).starts_with(')')
                && (3..5).any(|b| tokens.word(j - b).starts_with('('))
        };
        match t.kind {
            Kind::Punct if matches!(w, "—" | "―" | "–" | "-" | "--") => {
                return (capitals() || agency()).then_some(j)
            }
            // (a full stop inside a sentence ends an abbreviation: "Dec. 8", "D.C.")
            Kind::Punct if matches!(w, "," | "(" | ")" | ".") => {}
            Kind::Word if t.case == Case::Upper => {}
            // the date of the dispatch ("NAIROBI, March 3, 2019 (Reuters) —")
            Kind::Number if w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) => {}
            _ => return None,
        }
    }
    None
}

fn is_final_punct(tokens: &Tokens, j: usize) -> bool {
    tokens[j].kind == Kind::Punct
        && matches!(
            tokens.word(j).chars().next(),
            Some('.' | '!' | '?' | '…' | ':' | ';')
        )
}

/// Lines of hard-wrapped text are no longer than this many bytes.
const WRAPPED_LINE: usize = 100;

/// Paragraphs break at blank lines, and at single line breaks that follow the end of a sentence or
/// a short line (a headline or dateline); a line break inside a sentence of a long line is a wrap.
/// `line_starts`: the tokens after a line break, in order (the others start no paragraph).
fn split_paragraphs(tokens: &Tokens, line_starts: &[u32]) -> Vec<Range<usize>> {
    // Hard-wrapped text: paragraphs are separated by blank lines, and single line breaks, more
    // frequent than the blank lines, only wrap the lines, short ones. Where many lines run
    // longer than a wrapped line would, each line is a paragraph of its own.
    let (mut blank, mut single, mut long) = (0usize, 0usize, 0usize);
    let mut line_start = 0usize;
    for &i in line_starts {
        let i = i as usize;
        let t = &tokens[i];
        blank += usize::from(t.newlines >= 2);
        single += usize::from(t.newlines == 1);
        if i > 0 {
            long += usize::from(tokens[i - 1].end - line_start > WRAPPED_LINE);
        }
        line_start = t.start;
    }
    let wrapped = blank > 0 && single > blank && long * 4 < single + blank;
    // a paragraph ends only at a token after a line break (after a blank line, if wrapped)
    let mut paragraphs = Vec::with_capacity(1 + if wrapped { blank } else { blank + single });
    let mut start = 0;
    let mut line_start = 0usize;
    for &i in line_starts {
        let i = i as usize;
        if i == 0 {
            continue;
        }
        let t = &tokens[i];
        let prev = &tokens[i - 1];
        let short_line = prev.end - line_start < 80;
        let ends_clause = is_final_punct(tokens, i - 1)
            || matches!(prev.kind, Kind::Quote(_))
            || tokens.word(i - 1).starts_with(')');
        if t.newlines >= 2 || (!wrapped && (ends_clause || short_line)) {
            paragraphs.push(start..i);
            start = i;
        }
        line_start = t.start;
    }
    if start < tokens.len() {
        paragraphs.push(start..tokens.len());
    }
    paragraphs
}

/// Splits each paragraph into sentences. `stops`: the tokens that may end a sentence, in order (see
/// [`Landmarks`]); the others are passed over.
fn split_sentences(tokens: &Tokens, paragraphs: &[Range<usize>], stops: &[u32]) -> Vec<Sentence> {
    // at least one a paragraph; news averages over 20 tokens a sentence, but many texts run
    // shorter (room for one every 16 tokens: the list seldom grows and copies itself)
    let mut sentences = Vec::with_capacity(paragraphs.len() + tokens.len() / 16);
    let text = tokens.text;
    let word = |i: usize| tokens.word(i);
    let mut stops = stops.iter().map(|&s| s as usize).peekable();
    for (p, para) in paragraphs.iter().enumerate() {
        let mut start = para.start;
        let mut i = para.start;
        while i < para.end {
            // the next token from `i` that may end a sentence (one absorbed by the last is passed)
            let Some(stop) = stops.next_if(|&s| s < para.end) else {
                break;
            };
            if stop < i {
                continue;
            }
            i = stop;
            let t = &tokens[i];
            let terminal = t.kind == Kind::Punct
                && (matches!(text.as_bytes().get(t.start), Some(b'.' | b'!' | b'?'))
                    || word(i).starts_with('…'));
            let abbreviation_end =
                t.kind == Kind::Word && t.end - t.start >= 2 && text.as_bytes()[t.end - 1] == b'.';
            debug_assert!(terminal || abbreviation_end);
            // absorb closing marks, brackets and repeated terminals
            let mut end = i + 1;
            while end < para.end {
                let n = &tokens[end];
                let nw = word(end);
                // a left double mark written as a closer (`… that.“ He`) closes too
                let left_as_closer = matches!(n.kind, Kind::Quote(Mark::DoubleLeft))
                    && (end + 1 >= para.end || !tokens[end + 1].joined);
                let closing = (left_as_closer
                    || matches!(n.kind, Kind::Quote(m) if !matches!(m, Mark::DoubleLeft | Mark::DoubleLow | Mark::SingleLeft | Mark::GuillemetLeft | Mark::Backticks)))
                    && n.joined;
                let more = n.kind == Kind::Punct
                    && n.joined
                    && matches!(nw.chars().next(), Some('.' | '!' | '?' | '…' | ')' | ']'));
                if closing || more {
                    end += 1;
                } else {
                    break;
                }
            }
            let breaks = if end >= para.end {
                true
            } else {
                let n = word(end);
                let first = n.chars().next();
                let next_kind = tokens[end].kind;
                if abbreviation_end && !terminal {
                    // U.S. (or an initial: "posted on X. The …") ends a sentence only before a
                    // typical sentence opener
                    is_sentence_starter(n) && !tokens[end].joined
                } else {
                    match next_kind {
                        Kind::Word => !first.is_some_and(char::is_lowercase),
                        Kind::Number | Kind::Quote(_) => true,
                        Kind::Punct => {
                            matches!(first, Some('(' | '[' | '—' | '–' | '-' | '•' | '*'))
                        }
                    }
                }
            };
            if breaks && end > start {
                sentences.push(make_sentence(tokens, start..end, p));
                start = end;
            }
            i = end;
        }
        if start < para.end {
            sentences.push(make_sentence(tokens, start..para.end, p));
        }
    }
    sentences
}

fn make_sentence(tokens: &[Token], range: Range<usize>, paragraph: usize) -> Sentence {
    let start = tokens[range.start].start;
    let end = tokens[range.end - 1].end;
    Sentence {
        tokens: range,
        start,
        end,
        paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let d = Document::new(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminals_not_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith went to the U.S. Army base. He left. “Why?” he asked."),
            [
                "Mr. Smith went to the U.S. Army base.",
                "He left.",
                "“Why?” he asked."
            ]
        );
    }

    #[test]
    fn acronym_ends_sentence_before_opener() {
        assert_eq!(
            sentences("He flew to the U.S. The talks failed."),
            ["He flew to the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn initial_ends_sentence_before_opener_only() {
        assert_eq!(
            sentences("The governor wrote on X. The agency sued the state."),
            ["The governor wrote on X.", "The agency sued the state."]
        );
        assert_eq!(
            sentences("John F. Kennedy spoke. Malcolm X. Little was born in Omaha."),
            [
                "John F. Kennedy spoke.",
                "Malcolm X. Little was born in Omaha."
            ]
        );
    }

    #[test]
    fn paragraphs_at_line_breaks() {
        let d = Document::new("Headline here\nFirst para. Still first.\n\nSecond para.");
        assert_eq!(d.paragraphs.len(), 3);
        assert_eq!(d.sentences.len(), 4);
    }

    #[test]
    fn wrapped_paragraphs_between_blank_lines() {
        let text = "“We will stay,” he said.\nShe left the room\nat noon.\n\nA second paragraph\nwrapped here.";
        let d = Document::new(text);
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.sentences.len(), 3);
    }

    #[test]
    fn a_dateline_opens_the_sentence_after_it() {
        for text in [
            "GENEVA — Negotiators from Ukraine met.",
            "KYIV, Ukraine (Reuters) - Negotiators from Ukraine met.",
            "NAIROBI, March 3, 2019 (Reuters) — Negotiators from Ukraine met.",
            "New York (AFP) – Negotiators from Ukraine met.",
            "WASHINGTON, Dec. 8 (UPI) — Negotiators from Ukraine met.",
        ] {
            let d = Document::new(text);
            let i = d
                .tokens
                .iter()
                .position(|t| &text[t.start..t.end] == "Negotiators");
            assert!(i.is_some_and(|i| d.starts_sentence(i)), "{text}");
            let from = d
                .tokens
                .iter()
                .position(|t| &text[t.start..t.end] == "from");
            assert!(from.is_some_and(|i| !d.starts_sentence(i)));
        }
        // a name before a dash is no dateline, nor is a title-case one without an agency
        for text in [
            "Kerry — who met Lavrov — left.",
            "Kerry, Lavrov — who met — left.",
        ] {
            let d = Document::new(text);
            let who = d.tokens.iter().position(|t| &text[t.start..t.end] == "who");
            assert!(who.is_some_and(|i| !d.starts_sentence(i)), "{text}");
        }
    }

    #[test]
    fn each_sentence_knows_its_dateline() {
        let text = "GENEVA — Talks began. “KYIV, Ukraine (Reuters) - Talks went on.” He left. \
                    LIMA (AFP) – A storm hit.\n\nROME — Rain fell. Kerry — who met Lavrov — left.";
        let d = Document::new(text);
        assert_eq!(d.sentences.len(), 6);
        let dashes: Vec<Option<usize>> = (0..6).map(|s| d.sentence_dateline(s)).collect();
        for (s, sentence) in d.sentences.iter().enumerate() {
            assert_eq!(dashes[s], d.dateline_dash(sentence.tokens.clone()), "{s}");
        }
        // a quotation mark before the place: no dateline from the sentence's first token
        assert_eq!(dashes.iter().filter(|x| x.is_some()).count(), 3);
        assert_eq!(d.sentence_dateline(6), None);
    }

    #[test]
    fn punctuation_and_words_compared_by_their_bytes() {
        let d = Document::new("Kerry — who met LAVROV… left.");
        assert!(d.is_punct(1, '—') && !d.is_punct(1, '-') && !d.is_punct(0, 'K'));
        assert!(d.is_punct(5, '…') && d.is_punct(7, '.') && !d.is_punct(8, '.'));
        assert!(d.is(4, "lavrov") && d.is(2, "WHO") && !d.is(2, "wh") && !d.is(9, "left"));
    }

    #[test]
    fn words_are_the_tokens_slices_of_the_text() {
        let text = "«Ça va», dit Zoë — l’été à Łódź: “NAÏVE”… 東京 ÉTÉ’s 3½ km.";
        let d = Document::new(text);
        assert!(d.tokens.len() > 10);
        for (i, t) in d.tokens.iter().enumerate() {
            assert_eq!(d.word(i), &text[t.start..t.end]);
            // the case read by the tokenizer is the first character's (what the dateline reads)
            assert_eq!(
                t.case == Case::Upper,
                d.word(i).starts_with(char::is_uppercase)
            );
            assert_eq!(d.lower(i), text[t.start..t.end].to_ascii_lowercase());
            assert_eq!(d.span_text(i..d.tokens.len()), &text[t.start..]);
        }
        assert_eq!(d.span_text(3..3), "");
        assert_eq!((&d.tokens).into_iter().count(), d.tokens.len());
    }

    #[test]
    fn landmarks_are_the_tokens_the_splitters_read() {
        for text in [
            "",
            "\n\n",
            "Hi.\n\nThe U.S. team won… Really?! “Yes.”\n",
            "\u{2029}Zü. Ça va.\u{2029}\u{2029}No. 5 e.g. ’90s 3.5. Mr. Li’s dog.\n\n\n",
            "a\r\nb\n  c \n",
        ] {
            let (tokens, marks) = Tokens::new(text);
            let lines: Vec<u32> = (0..tokens.len() as u32)
                .filter(|&i| tokens[i as usize].newlines > 0)
                .collect();
            let stops: Vec<u32> = (0..tokens.len() as u32)
                .filter(|&i| {
                    let (t, w) = (&tokens[i as usize], tokens.word(i as usize));
                    (t.kind == Kind::Punct && (w.starts_with(['.', '!', '?', '…'])))
                        || (t.kind == Kind::Word && w.len() > 2 && w.ends_with('.'))
                })
                .collect();
            assert_eq!(marks.line_starts, lines, "{text:?}");
            assert_eq!(marks.stops, stops, "{text:?}");
        }
    }

    #[test]
    fn long_lines_between_few_blank_lines_are_paragraphs() {
        let para = "Ana Ruiz spoke to the council about the river, its banks and the new bridge for more than an hour";
        let text =
            format!("{para}.\n“{para},” she said.\n“{para}.”\n{para} again.\n\n{para}.\n{para}.");
        assert_eq!(Document::new(&text).paragraphs.len(), 6);
    }

    #[test]
    fn hard_wrapped_lines_stay_one_paragraph() {
        let line = "word ".repeat(20);
        let text = format!("{line}and the\ncontinues here.");
        assert_eq!(Document::new(&text).paragraphs.len(), 1);
    }
}
