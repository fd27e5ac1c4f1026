//! Pairing quotation marks into quoted segments.
//!
//! Each mark is classified by its shape and its neighbours (open, close, either, or an apostrophe),
//! then a small state machine walks each paragraph. A quote left open at the end of a paragraph
//! continues when the next paragraph opens with a quotation mark (the news convention); otherwise
//! the stray mark is dropped, and only that quote is lost.

use crate::text::{Document, Kind, Mark};

/// One quoted segment: the marks and the content between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the quote runs on into the next paragraph.
    pub close: Option<usize>,
    /// Token range of the content.
    pub content: std::ops::Range<usize>,
    /// Continues the quote of the previous paragraph.
    pub continued: bool,
    /// Delimited by single marks.
    pub single: bool,
}

impl Segment {
    /// The tokens from the opening mark to the closing one, or to the content's end where the
    /// quote runs on (the tokens `in_quote` marks).
    pub fn marked(&self) -> std::ops::Range<usize> {
        self.open..self.close.map_or(self.content.end, |c| c + 1)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose neighbours do not tell.
    Either,
    /// A mark written the same way when opening and closing a quote (`„` … `“` is handled apart).
    Apostrophe,
}

fn classify(doc: &Document, i: usize, mark: Mark) -> Role {
    let t = &doc.tokens;
    let space_before = !t[i].joined || i == 0;
    let space_after = t.get(i + 1).is_none_or(|n| !n.joined);
    let next_is_word = t
        .get(i + 1)
        .is_some_and(|n| matches!(n.kind, Kind::Word | Kind::Number | Kind::Quote(_)));
    let prev_is_word = i > 0 && matches!(t[i - 1].kind, Kind::Word | Kind::Number);
    let prev_is_open_punct = i > 0 && ["(", "[", "—", "–", "-", "/"].contains(&doc.word(i - 1));
    match mark {
        // a left double mark written as a closer: right after the quote's last word or
        // punctuation, with a space after (`“It is unusual,“ he said`); spaced on both sides,
        // either
        Mark::DoubleLeft if space_after && i > 0 && t[i - 1].kind != Kind::Quote(mark) => {
            if space_before {
                Role::Either
            } else {
                Role::Close
            }
        }
        Mark::DoubleLeft
        | Mark::DoubleLow
        | Mark::GuillemetLeft
        | Mark::Backticks
        | Mark::SingleLeft
        | Mark::SingleLow
        | Mark::SingleGuillemetLeft => Role::Open,
        Mark::DoubleRight | Mark::GuillemetRight | Mark::SingleGuillemetRight => {
            // a right double mark written as an opener: space before, word right after
            if space_before && !space_after && next_is_word && mark == Mark::DoubleRight {
                Role::Either
            } else {
                Role::Close
            }
        }
        Mark::DoubleStraight | Mark::Backtick | Mark::TwoApostrophes => {
            if (space_before || prev_is_open_punct) && !space_after {
                Role::Open
            } else if !space_before && space_after {
                Role::Close
            } else {
                Role::Either
            }
        }
        Mark::SingleStraight | Mark::SingleRight => {
            if (space_before || prev_is_open_punct) && !space_after && next_is_word {
                Role::Open
            } else if !space_before && (space_after || !next_is_word) {
                // closing a single quote, or a plural possessive (rebels’): decided by the state
                Role::Close
            } else if prev_is_word && next_is_word {
                Role::Apostrophe
            } else {
                Role::Either
            }
        }
    }
}

/// The family of a double mark: straight (with its corpus spellings), curly (English and German),
/// or guillemets. A mark of another family inside an open quote is a nested quote.
fn family(mark: Mark) -> u8 {
    match mark {
        Mark::DoubleStraight | Mark::Backticks | Mark::TwoApostrophes => 0,
        Mark::GuillemetLeft | Mark::GuillemetRight => 2,
        _ => 1,
    }
}

/// Whether a nested double quote is open after `mark` (one was open before when `open`).
fn nested_double_opens(mark: Mark, role: Role, open: bool) -> bool {
    match role {
        Role::Open => true,
        Role::Close => false,
        Role::Either | Role::Apostrophe => !open && mark != Mark::DoubleRight,
    }
}

/// All quoted segments of the document, in order. Single-mark segments nested in a double quote
/// are part of it and are not returned.
/// Words a quotation left open at the end of its paragraph must hold to be read as a quote whose
/// closing mark is missing.
const MIN_UNCLOSED_WORDS: usize = 8;

/// A double quote left open mid-paragraph that opens a sentence or follows a colon, with no
/// other double quotation mark after it and at least `MIN_UNCLOSED_WORDS` words to the paragraph's end:
/// a quotation whose closing mark is missing ("More from the report: “Today the vendors …").
fn opens_last_sentences(doc: &Document, open: usize, end: usize) -> bool {
    let Some(b) = open.checked_sub(1) else {
        return false;
    };
    let after_stop = doc.is_punct(b, ':')
        || doc.is_punct(b, '.')
        || doc.is_punct(b, '?')
        || doc.is_punct(b, '!');
    if !after_stop || !doc.is_capitalized(open + 1) {
        return false;
    }
    let mut words = 0;
    for k in open + 1..end {
        match doc.tokens[k].kind {
            Kind::Quote(m) if m.is_double() => return false,
            Kind::Word | Kind::Number => words += 1,
            _ => {}
        }
    }
    words >= MIN_UNCLOSED_WORDS
}

pub fn find_segments(doc: &Document) -> Vec<Segment> {
    let mut segments = Vec::new();
    // a double quote left open at the end of the previous paragraph
    let mut carried = false;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let mut double: Option<(usize, Mark)> = None;
        let mut single: Option<usize> = None;
        let mut nested_single = false;
        // a double quote of the other style nested in the open one: "He said “no” twice"
        let mut nested_double = false;
        // the open double quote was opened by a mark whose neighbours left no doubt
        let mut double_clear = false;
        let mut continued = false;
        for i in para.clone() {
            let Kind::Quote(mark) = doc.tokens[i].kind else {
                continue;
            };
            let role = classify(doc, i, mark);
            // a closing mark of the other style with no nested quote open closes the quote: writers
            // mix straight and curly marks ("It is over,” she said)
            let mixed_close = role == Role::Close && !nested_double;
            if mark.is_double()
                && double_clear
                && !mixed_close
                && double.is_some_and(|(_, m)| family(m) != family(mark))
            {
                // the other style: nested quotation marks inside the open quote
                let opens = nested_double_opens(mark, role, nested_double);
                nested_double = opens;
                continue;
            }
            if mark.is_double() {
                let closes_german =
                    mark == Mark::DoubleLeft && double.is_some_and(|(_, m)| m == Mark::DoubleLow);
                let role = if closes_german { Role::Close } else { role };
                match (double, role) {
                    (None, Role::Open | Role::Either) => {
                        continued = carried && i == para.start;
                        double = Some((i, mark));
                        double_clear = role == Role::Open;
                        nested_single = false;
                        nested_double = false;
                        // a top-level single quote still open is a stray mark
                        single = None;
                    }
                    (Some((open, _)), Role::Close | Role::Either) => {
                        segments.push(Segment {
                            open,
                            close: Some(i),
                            content: open + 1..i,
                            continued,
                            single: false,
                        });
                        double = None;
                        continued = false;
                        single = None;
                    }
                    (Some(_), Role::Open) => {
                        // two openers in a row: the first one was stray
                        double = Some((i, mark));
                        double_clear = true;
                        continued = false;
                    }
                    (None, Role::Close) | (_, Role::Apostrophe) => {}
                }
            } else {
                match (single, role) {
                    (None, Role::Open) => {
                        single = Some(i);
                        nested_single = double.is_some();
                    }
                    (Some(open), Role::Close | Role::Either) => {
                        if double.is_none() && !nested_single {
                            segments.push(Segment {
                                open,
                                close: Some(i),
                                content: open + 1..i,
                                continued: false,
                                single: true,
                            });
                        }
                        single = None;
                    }
                    _ => {}
                }
            }
        }
        carried = false;
        if let Some((open, _)) = double {
            // paragraphs are consecutive: the next one is the one that starts where this one ends
            let next_para_opens = doc
                .paragraphs
                .get(p + 1)
                .filter(|next| next.start == para.end)
                .is_some_and(|p| matches!(doc.tokens[p.start].kind, Kind::Quote(m) if m.is_double() && classify(doc, p.start, m) != Role::Close));
            // an unclosed quote that opens its paragraph is a quote whose closing mark is missing
            let opens_paragraph = open == para.start;
            if next_para_opens || opens_paragraph || opens_last_sentences(doc, open, para.end) {
                let end = para.end;
                if end > open + 1 {
                    segments.push(Segment {
                        open,
                        close: None,
                        content: open + 1..end,
                        continued,
                        single: false,
                    });
                }
                carried = next_para_opens;
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find_segments(&doc)
            .iter()
            .map(|s| doc.span_text(s.content.clone()).to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight() {
        assert_eq!(quoted("“One,” he said. \"Two.\""), ["One,", "Two."]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("The rebels’ leader said Syria’s ’90s were “hard, but we don’t care.”"),
            ["hard, but we don’t care."]
        );
    }

    #[test]
    fn british_single_quotes() {
        assert_eq!(quoted("'We will fight,' she said."), ["We will fight,"]);
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(
            quoted("“He said ‘no’ to us,” she said."),
            ["He said ‘no’ to us,"]
        );
    }

    #[test]
    fn nested_quote_of_the_other_style() {
        assert_eq!(
            quoted("\"PENCE: She thinks this is “Shark Tank.” But it is not,\" he said."),
            ["PENCE: She thinks this is “Shark Tank.” But it is not,"]
        );
    }

    #[test]
    fn straight_opening_curly_closing() {
        assert_eq!(
            quoted("Ann wrote: \"We stay open,” she said. “He never called.”"),
            ["We stay open,", "He never called."]
        );
    }

    #[test]
    fn left_mark_written_as_closer() {
        assert_eq!(
            quoted("“It is unusual,“ said Ann Lee. “It is hard.” Then: “We left. “"),
            ["It is unusual,", "It is hard.", "We left."]
        );
    }

    #[test]
    fn guillemets_and_german() {
        assert_eq!(quoted("« Oui », dit-il. „Ja“, sagte er."), ["Oui", "Ja"]);
    }

    #[test]
    fn corpus_style() {
        assert_eq!(quoted("``Yes,'' he said."), ["Yes,"]);
    }

    #[test]
    fn multi_paragraph_continuation() {
        let text = "“First part.\n\n“Second part,” he said.";
        let doc = Document::new(text);
        let s = find_segments(&doc);
        assert_eq!(s.len(), 2);
        assert!(s[0].close.is_none() && s[1].continued);
    }

    #[test]
    fn stray_mark_costs_only_its_quote() {
        assert_eq!(
            quoted("He said \" oops. Later: “Real quote,” she said."),
            ["Real quote,"]
        );
    }
}
