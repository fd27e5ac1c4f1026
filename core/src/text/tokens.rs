//! Tokens: words, numbers, punctuation and quotation marks, with byte spans into the text.
//!
//! One pass over the characters. Apostrophes inside words stay in the word (`don't`, `we’ve`), a
//! possessive `’s` becomes its own token (`Syria` `’s`) so that names match the lexicon, and a
//! hyphenated compound is split into its parts with `joined` set (`pro` `-` `Assad`). Abbreviations
//! keep their period (`U.S.`, `Mr.`, `Gen.`, initials `J.`) so that they do not end sentences.

use rustc_hash::FxHashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::LazyLock;

/// A quotation-mark character (or pair of characters) as written.
///
/// (`repr(u8)`: the byte a token's mark is written as, see [`Packed`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Mark {
    /// `"`
    DoubleStraight,
    /// `“` (opening in English, closing in German after `„`)
    DoubleLeft,
    /// `”`
    DoubleRight,
    /// `„`
    DoubleLow,
    /// `'`
    SingleStraight,
    /// `‘`
    SingleLeft,
    /// `’` outside a word: closing single quote or a plural possessive apostrophe (`rebels’`)
    SingleRight,
    /// `‚`
    SingleLow,
    /// `«`
    GuillemetLeft,
    /// `»`
    GuillemetRight,
    /// `‹`
    SingleGuillemetLeft,
    /// `›`
    SingleGuillemetRight,
    /// ``` `` ``` (opening, as some corpora write it)
    Backticks,
    /// `''` (closing, as some corpora write it)
    TwoApostrophes,
    /// a lone `` ` ``
    Backtick,
}

impl Mark {
    /// Double marks (and guillemets) delimit quotes; single marks may also be apostrophes.
    pub fn is_double(self) -> bool {
        !matches!(
            self,
            Mark::SingleStraight
                | Mark::SingleLeft
                | Mark::SingleRight
                | Mark::SingleLow
                | Mark::SingleGuillemetLeft
                | Mark::SingleGuillemetRight
                | Mark::Backtick
        )
    }
}

/// `repr(u8)`: a tag byte of its own (the mark after it), so that telling the kinds apart is one
/// byte compared; without it the kinds other than `Quote` are values of the mark's byte beyond its
/// own, and every `kind == Kind::Word` first maps the byte back to a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Word,
    Number,
    Punct,
    Quote(Mark),
}

/// The case of a token's first character.
///
/// (`repr(u8)`: the byte a token's case is written as, see [`Packed`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Case {
    Upper,
    Lower,
    /// A digit, a mark, or a letter of a script without case.
    Neither,
}

impl Case {
    fn of(c: char) -> Case {
        if c.is_uppercase() {
            Case::Upper
        } else if c.is_lowercase() {
            Case::Lower
        } else {
            Case::Neither
        }
    }
}

/// A token. What every stage asks of its characters (the first one's case, whether all are
/// ASCII) is read here once, while the tokenizer has them at hand; the two fields fill the
/// struct's padding (it stays 24 bytes).
///
/// (`repr(C)`: the fields after the offsets are the eight bytes from offset 16, which the
/// tokenizer writes as one word, see [`Packed`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No white space between this token and the previous one.
    pub joined: bool,
    /// Line breaks in the white space before this token.
    pub newlines: u8,
    /// The case of the first character.
    pub case: Case,
    /// Every byte is ASCII.
    pub ascii: bool,
    /// The length of the run of ASCII letters and digits that opens the token (`u8::MAX`: that
    /// long or longer), which the tokenizer reads anyway: where a look-up by the token's first
    /// word ends (the lexicon's scan from every token).
    pub alnum_len: u8,
}

// the small fields' places in the token's last eight bytes, as `Packed` writes them
const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<Token>() == 24 && size_of::<Kind>() == 2);
    assert!(offset_of!(Token, kind) == 16 && offset_of!(Token, joined) == 18);
    assert!(offset_of!(Token, newlines) == 19 && offset_of!(Token, case) == 20);
    assert!(offset_of!(Token, ascii) == 21 && offset_of!(Token, alnum_len) == 22);
};

/// The fields of a token after its offsets (`kind` to `alnum_len`), as the little-endian word of
/// its bytes 16 to 24: the tokenizer makes them in registers and stores them at once, instead of
/// one byte store a field (the last byte is padding, written as 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed(u64);

impl Packed {
    /// A token of `kind` with its first character's `case` and `ascii` flag, joined to nothing,
    /// after no line break, with no run of letters and digits.
    #[inline(always)]
    const fn new(kind: Kind, case: Case, ascii: bool) -> Packed {
        // a `repr(u8)` enum with fields is its tag's byte, then the field's (`Kind::Quote`'s mark)
        let kind = match kind {
            Kind::Word => 0,
            Kind::Number => 1,
            Kind::Punct => 2,
            Kind::Quote(m) => 3 | (m as u64) << 8,
        };
        Packed(kind | (case as u64) << 32 | (ascii as u64) << 40)
    }

    /// With the white space before the token: `joined` and the line breaks' count.
    #[cfg(test)]
    const fn after(self, joined: bool, newlines: u8) -> Packed {
        Packed(self.0 | (joined as u64) << 16 | (newlines as u64) << 24)
    }

    /// With the length of the run of ASCII letters and digits that opens the token.
    #[inline(always)]
    const fn run(self, alnum_len: u8) -> Packed {
        Packed(self.0 | (alnum_len as u64) << 48)
    }
}

/// Appends the token `start..end` with the fields `small` to `tokens`.
#[inline(always)]
fn push_packed(tokens: &mut Vec<Token>, start: usize, end: usize, small: Packed) {
    if tokens.len() == tokens.capacity() {
        tokens.reserve(1);
    }
    let len = tokens.len();
    // SAFETY: there is room for one more token (reserved above), which is written before the
    // length covers it
    unsafe {
        write_token(tokens.as_mut_ptr().add(len), start, end, small);
        tokens.set_len(len + 1);
    }
}

/// Writes the token `start..end` with the fields `small` to `slot`.
///
/// # Safety
///
/// `slot` is valid for the writes of a token (in a list's buffer, below its capacity).
#[inline(always)]
unsafe fn write_token(slot: *mut Token, start: usize, end: usize, small: Packed) {
    // SAFETY: the caller's `slot` is writable; the three stores write its 24 bytes (`repr(C)`:
    // the offsets at 0 and 8, the small fields' eight bytes at 16, checked by the assertions
    // above), each field with a value of its type (`Packed` is made from a `Kind`, a `Case`,
    // bools and counts, its padding bytes written as 0)
    unsafe {
        std::ptr::addr_of_mut!((*slot).start).write(start);
        std::ptr::addr_of_mut!((*slot).end).write(end);
        std::ptr::addr_of_mut!((*slot).kind)
            .cast::<[u8; 8]>()
            .write(small.0.to_le_bytes());
    }
}

/// Abbreviations that keep their period (compared case-sensitively, without the period).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
    "Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt", "Insp", "Det",
    "Rev", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Gov", "Atty", "Amb", "Hon", "Messrs", "Mme",
    "Mlle", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Vol", "vs",
    "etc", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "approx",
    "est", "Ariz", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
    "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ala", "Ark", "cf", "al", "ca",
];

/// The byte length of the longest abbreviation: longer words are none.
const ABBREVIATION_MAX_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > max {
            max = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    max
};

static ABBREVIATION_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// The first bytes of the abbreviations: a word before a full stop (most of them lower-case
/// words ending a sentence) is looked up in the set only when it starts with one.
static ABBREVIATION_FIRST: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        table[ABBREVIATIONS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

pub fn is_abbreviation(word: &str) -> bool {
    word.len() <= ABBREVIATION_MAX_LEN
        && word
            .as_bytes()
            .first()
            .is_some_and(|&b| ABBREVIATION_FIRST[b as usize])
        && ABBREVIATION_SET.contains(word)
}

fn quote_mark(c: char) -> Option<Mark> {
    Some(match c {
        '"' => Mark::DoubleStraight,
        '“' | '‟' => Mark::DoubleLeft,
        '”' => Mark::DoubleRight,
        '„' => Mark::DoubleLow,
        '\'' => Mark::SingleStraight,
        '‘' | '‛' => Mark::SingleLeft,
        '’' => Mark::SingleRight,
        '‚' => Mark::SingleLow,
        '«' => Mark::GuillemetLeft,
        '»' => Mark::GuillemetRight,
        '‹' => Mark::SingleGuillemetLeft,
        '›' => Mark::SingleGuillemetRight,
        '`' => Mark::Backtick,
        _ => return None,
    })
}

/// ASCII letters and digits, by byte: the loops over a word's bytes read one entry per byte
/// instead of testing three ranges.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the run of ASCII letters and digits in `bytes` from `i`: sixteen bytes at a time
/// (all the letters of most words tested at once, by SSE2, which every x86-64 processor has),
/// the last few by the byte table.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    while let Some(chunk) = bytes.get(i..i + 16) {
        // SAFETY: SSE2 is part of the x86-64 baseline (every x86-64 target enables it), and the
        // unaligned load reads the sixteen bytes of `chunk`.
        let alnum = unsafe {
            // a byte is in `lo..=hi` when, moved by `0x80 - lo` (wrapping), it is below
            // `hi - lo + 1 - 128` as a signed byte: one addition and one comparison a range (each
            // moved range holds only its own bytes, so a byte of 0x80 or more lands in neither)
            let in_range = |x: __m128i, lo: u8, hi: u8| {
                let moved = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
                _mm_cmplt_epi8(moved, _mm_set1_epi8((hi - lo + 1) as i8 ^ i8::MIN))
            };
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            let digit = in_range(x, b'0', b'9');
            let letter = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
            _mm_movemask_epi8(_mm_or_si128(digit, letter)) as u32
        };
        let stop = !alnum & 0xFFFF;
        if stop != 0 {
            return i + stop.trailing_zeros() as usize;
        }
        i += 16;
    }
    while bytes.get(i).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters and digits in `bytes` from `i`: eight bytes at a time (all
/// the letters of most words tested at once), the last few by the byte table.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub(crate) fn ascii_alnum_end(bytes: &[u8], i: usize) -> usize {
    ascii_alnum_end_swar(bytes, i)
}

/// [`ascii_alnum_end`] in the bytes of a `u64` (the path of processors without SSE2, and what the
/// unit tests compare the SSE2 path with).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
fn ascii_alnum_end_swar(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // per byte of `y` (all below 0x80, so no sum carries into the next byte): the high bit set
    // where the byte is at least `lo`, or at most `hi`
    let at_least = |y: u64, lo: u64| (y + ONES * (0x80 - lo)) & HIGH;
    let at_most = |y: u64, hi: u64| !(y + ONES * (0x7F - hi)) & HIGH;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let y = x & !HIGH;
        let folded = y | (ONES * 0x20);
        let digit = at_least(y, 0x30) & at_most(y, 0x39);
        let letter = at_least(folded, 0x61) & at_most(folded, 0x7A);
        let alnum = (digit | letter) & !x;
        let stop = !alnum & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
        i += 1;
    }
    i
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (dashes, curly quotes, special spaces) holds no letters or digits, only
    // the joiners: a fast answer for the marks news text is full of
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return matches!(c, '\u{200C}' | '\u{200D}');
    }
    // the alphabets below U+3000 (Latin, Greek, Cyrillic, Arabic, Hebrew, the Indic scripts ...)
    // by a bit table, instead of the search of Unicode's tables for every character
    if (c as u32) < WORD_CHAR_BLOCKS_END {
        word_char_block(c as u32 / 64) & (1 << (c as u32 % 64)) != 0
    } else {
        is_word_char_slow(c)
    }
}

/// The bit table covers the characters below U+3000, in blocks of 64.
const WORD_CHAR_BLOCKS_END: u32 = 0x3000;
const WORD_CHAR_BLOCKS: usize = WORD_CHAR_BLOCKS_END as usize / 64;

/// Bit `c % 64` of block `c / 64`: whether the character `c` is a word character. A block is
/// filled the first time a character of it is read (`WORD_CHAR_BLOCK_READY`), so that a text
/// pays only for the scripts it is written in; threads that fill a block at once store the same
/// bits.
static WORD_CHAR_BITS: [AtomicU64; WORD_CHAR_BLOCKS] =
    [const { AtomicU64::new(0) }; WORD_CHAR_BLOCKS];
static WORD_CHAR_BLOCK_READY: [AtomicBool; WORD_CHAR_BLOCKS] =
    [const { AtomicBool::new(false) }; WORD_CHAR_BLOCKS];

#[inline]
fn word_char_block(block: u32) -> u64 {
    let b = block as usize;
    if WORD_CHAR_BLOCK_READY[b].load(Ordering::Acquire) {
        WORD_CHAR_BITS[b].load(Ordering::Relaxed)
    } else {
        fill_word_char_block(block)
    }
}

#[cold]
#[inline(never)]
fn fill_word_char_block(block: u32) -> u64 {
    let b = block as usize;
    let bits = (0..64u32)
        .filter(|bit| char::from_u32(block * 64 + bit).is_some_and(is_word_char_slow))
        .fold(0u64, |bits, bit| bits | 1 << bit);
    WORD_CHAR_BITS[b].store(bits, Ordering::Relaxed);
    WORD_CHAR_BLOCK_READY[b].store(true, Ordering::Release);
    bits
}

fn is_word_char_slow(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{00AD}' || is_combining(c)
}

/// The character at byte `i` (a char boundary) of `text`, decoding ASCII without the general path.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x200C | 0x200D)
}

/// What the tokenizer does with a byte: ASCII bytes are classified by one table look-up, and only
/// the bytes of class `OTHER` (quotation marks, apostrophes, backticks and non-ASCII bytes) take
/// the general path that decodes a character.
mod class {
    /// Space, tab, carriage return and the other control characters: skipped.
    pub const SKIP: u8 = 0;
    /// `\n`: skipped and counted.
    pub const NEWLINE: u8 = 1;
    pub const UPPER: u8 = 2;
    pub const LOWER: u8 = 3;
    pub const DIGIT: u8 = 4;
    /// Any other ASCII mark: a token of its own.
    pub const PUNCT: u8 = 5;
    pub const OTHER: u8 = 6;
}

static BYTE_CLASS: [u8; 256] = {
    let mut table = [class::OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c == b'\n' {
            class::NEWLINE
        } else if c <= b' ' || c == 0x7F {
            class::SKIP
        } else if c.is_ascii_uppercase() {
            class::UPPER
        } else if c.is_ascii_lowercase() {
            class::LOWER
        } else if c.is_ascii_digit() {
            class::DIGIT
        } else if matches!(c, b'\'' | b'"' | b'`') {
            class::OTHER
        } else {
            class::PUNCT
        };
        b += 1;
    }
    table
};

/// What may follow the run of ASCII letters and digits that opens a word (the bits `1 << class`
/// of the classes `UPPER` and `LOWER`) or a number (the bit of `DIGIT`) for the run to be the
/// whole token: an ASCII byte that is no apostrophe nor full stop (a number also goes on after a
/// comma or colon, `1,000` `6:30`). A non-ASCII byte, an apostrophe or one of these marks takes
/// the general path of [`scan_word_from`] (the end of the text is read as a space).
static RUN_ENDS_TOKEN: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if !matches!(c, b'\'' | b'.') {
            table[b] |= 1 << class::UPPER | 1 << class::LOWER;
        }
        if !matches!(c, b'\'' | b'.' | b',' | b':') {
            table[b] |= 1 << class::DIGIT;
        }
        b += 1;
    }
    table
};

/// The fields of the token that a byte of each class opens when the token is that byte (a mark)
/// or the run of ASCII letters and digits from it (a word or a number), before the white space
/// and the run's length are added.
static CLASS_TOKEN: [u64; 8] = {
    let mut table = [0u64; 8];
    table[class::UPPER as usize] = Packed::new(Kind::Word, Case::Upper, true).0;
    table[class::LOWER as usize] = Packed::new(Kind::Word, Case::Lower, true).0;
    table[class::DIGIT as usize] = Packed::new(Kind::Number, Case::Neither, true).0;
    table[class::PUNCT as usize] = Packed::new(Kind::Punct, Case::Neither, true).0;
    table
};

/// The white space before a token, in the places of its fields `joined` and `newlines` in
/// [`Packed`]: the tokenizer keeps the two in one register and adds them to a token at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Space(u64);

impl Space {
    /// No white space: the token is joined to the previous one.
    const JOINED: Space = Space(1 << 16);
    /// White space without a line break.
    const NONE: Space = Space(0);
    const ONE_NEWLINE: u64 = 1 << 24;

    /// After a byte of white space.
    #[inline(always)]
    fn unjoined(self) -> Space {
        Space(self.0 & !Self::JOINED.0)
    }

    /// After a line break (counted up to 255).
    #[inline(always)]
    fn newline(self) -> Space {
        let count = self.0 & !Self::JOINED.0;
        Space(
            count
                + if count < 255 * Self::ONE_NEWLINE {
                    Self::ONE_NEWLINE
                } else {
                    0
                },
        )
    }

    /// Whether a line break came before the token.
    #[inline(always)]
    fn newlines(self) -> bool {
        self.0 >= Self::ONE_NEWLINE
    }

    /// Before the token after `next`, the byte after a token: one space is skipped by the loop
    /// (`NONE`), anything else leaves the next token joined until white space is read.
    #[inline(always)]
    fn before(next: Option<&u8>) -> Space {
        if next == Some(&b' ') {
            Space::NONE
        } else {
            Space::JOINED
        }
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with_landmarks(text).0
}

/// What the paragraph and sentence splitters look for, noted while the tokens are made so that
/// they read these tokens instead of every one: the tokens after a line break, and the tokens
/// that may end a sentence (a full stop, `!`, `?` or `…`, or a word of three or more bytes ending
/// with a full stop, as `U.S.`), each list in order.
#[derive(Debug, Default)]
pub(crate) struct Landmarks {
    pub line_starts: Vec<u32>,
    pub stops: Vec<u32>,
}

/// [`tokenize`], with the [`Landmarks`] of the tokens.
///
/// (Not inlined: inside `Document::new` the loop shared the registers with the splitters' state
/// and kept more of its own in memory.)
#[inline(never)]
pub(crate) fn tokenize_with_landmarks(text: &str) -> (Vec<Token>, Landmarks) {
    let bytes = text.as_bytes();
    // room for a token every four bytes: news averages about five (a word and its space), and a
    // text dense with marks and figures that outgrew a fifth copied its whole list at each doubling
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
    let mut marks = Landmarks::default();
    let mut i = 0;
    // the white space before the next token, in the token's places (see `Space`)
    let mut space = Space::JOINED;
    loop {
        (i, space) = common_tokens(bytes, i, space, &mut tokens, &mut marks);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // a token `common_tokens` leaves: a word or a number that goes on after its run of ASCII
        // letters and digits, or a token that opens with a quotation mark, an apostrophe or a
        // character that is not ASCII
        let start = i;
        let mut alnum_len = 0u8;
        let class = BYTE_CLASS[b as usize];
        let first = if matches!(class, class::UPPER | class::LOWER | class::DIGIT) {
            let run = ascii_alnum_end(bytes, i);
            alnum_len = u8::try_from(run - i).unwrap_or(u8::MAX);
            let next = bytes.get(run).copied();
            let (kind, case) = match class {
                class::DIGIT => (Kind::Number, Case::Neither),
                class::UPPER => (Kind::Word, Case::Upper),
                _ => (Kind::Word, Case::Lower),
            };
            let (end, ascii) = if kind == Kind::Word
                && next == Some(b'.')
                && !bytes
                    .get(run + 1)
                    .is_some_and(|&n| !n.is_ascii() || ASCII_ALNUM[n as usize])
            {
                // a word of ASCII letters and digits, then a full stop and no letter nor digit
                // (most ends of sentences): the stop is the word's only after an initial or an
                // abbreviation, as the general path of `scan_word_from` decides too
                let initial = run - start == 1 && b.is_ascii_uppercase();
                let stop_is_the_words = initial || is_abbreviation(&text[start..run]);
                (run + usize::from(stop_is_the_words), true)
            } else if kind == Kind::Number
                && matches!(next, Some(b'.' | b',' | b':'))
                && !bytes.get(run + 1).is_some_and(u8::is_ascii_digit)
            {
                // a number, then a full stop, comma or colon and no digit ("in 2019, the"):
                // the mark is a token of its own
                (run, true)
            } else {
                scan_word_from(text, i, run)
            };
            i = end;
            (kind, case, ascii)
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            match other_token(text, &mut i, c, &mut space) {
                Some(first) => first,
                None => {
                    space = space.unjoined();
                    continue;
                }
            }
        };
        if space.newlines() {
            marks.line_starts.push(tokens.len() as u32);
        }
        let stop = match first.0 {
            Kind::Punct => bytes[start..].starts_with("…".as_bytes()),
            // an abbreviation or an initial that keeps its full stop ("U.S.", "X.")
            Kind::Word => i - start >= 2 && bytes[i - 1] == b'.',
            _ => false,
        };
        if stop {
            marks.stops.push(tokens.len() as u32);
        }
        let small = Packed(Packed::new(first.0, first.1, first.2).0 | space.0).run(alnum_len);
        push_packed(&mut tokens, start, i, small);
        // a word or a number, then an apostrophe (`'` or `’`, which starts with the byte 0xE2):
        // perhaps a possessive `’s`, a token of its own
        if matches!(bytes.get(i), Some(b'\'' | 0xE2))
            && matches!(first.0, Kind::Word | Kind::Number)
        {
            if let Some(len) = possessive_len(text, i) {
                let small = Packed::new(Kind::Word, Case::Neither, len == 2);
                push_packed(&mut tokens, i, i + len, Packed(small.0 | Space::JOINED.0));
                i += len;
            }
        }
        // most tokens are followed by one space: skipped here, without the byte-class dispatch
        space = Space::before(bytes.get(i));
        i += usize::from(space == Space::NONE);
    }
    (tokens, marks)
}

/// The tokens from `i` that are most of the text, with the white space between them: ASCII
/// marks, and words and numbers that are their run of ASCII letters and digits. Returns where
/// it stopped (the end of the text, or a token it leaves to the general path) and the white
/// space before that token.
///
/// (Not inlined, and with no call but the lists' growth: the loop keeps its state in registers,
/// which the general path's calls made it store and read again at every token. The list's
/// buffer, length and capacity are locals for the same reason, written back at the end.)
#[inline(never)]
fn common_tokens(
    bytes: &[u8],
    mut i: usize,
    mut space: Space,
    tokens: &mut Vec<Token>,
    marks: &mut Landmarks,
) -> (usize, Space) {
    let mut len = tokens.len();
    let mut cap = tokens.capacity();
    let mut slots = tokens.as_mut_ptr();
    while let Some(&b) = bytes.get(i) {
        let class = BYTE_CLASS[b as usize];
        let end;
        let small;
        // the byte after the token (a space past the end of the text, where it does not matter)
        let next;
        match class {
            class::SKIP => {
                space = space.unjoined();
                i += 1;
                continue;
            }
            class::NEWLINE => {
                space = space.newline();
                i += 1;
                continue;
            }
            class::PUNCT => {
                // an ASCII mark: a token of one byte, never before a possessive
                if matches!(b, b'.' | b'!' | b'?') {
                    marks.stops.push(len as u32);
                }
                end = i + 1;
                small = Packed(CLASS_TOKEN[class as usize] | space.0);
                next = bytes.get(end).copied().unwrap_or(b' ');
            }
            class::UPPER | class::LOWER | class::DIGIT => {
                // most tokens: a word or a number (the marks and apostrophes below are no letters)
                end = ascii_alnum_end(bytes, i);
                next = bytes.get(end).copied().unwrap_or(b' ');
                if RUN_ENDS_TOKEN[next as usize] & (1 << class) == 0 {
                    // the word goes on (or the mark after it may be its own): the general path
                    break;
                }
                // the run is the whole token, and no apostrophe follows it (no possessive): it
                // ends no sentence
                let alnum_len = u8::try_from(end - i).unwrap_or(u8::MAX);
                small = Packed(CLASS_TOKEN[class as usize] | space.0).run(alnum_len);
            }
            _ => break,
        }
        if space.newlines() {
            marks.line_starts.push(len as u32);
        }
        if len == cap {
            (slots, cap) = grow(tokens, len);
        }
        // SAFETY: `len < cap`, the capacity of the buffer `slots` of `tokens` (as `grow` leaves
        // them), whose first `len` tokens are written
        unsafe { write_token(slots.add(len), i, end, small) };
        len += 1;
        space = if next == b' ' {
            Space::NONE
        } else {
            Space::JOINED
        };
        i = end + usize::from(next == b' ');
    }
    // SAFETY: the tokens up to `len` are written, within the capacity
    unsafe { tokens.set_len(len) };
    (i, space)
}

/// Makes room in `tokens` for one more token after the first `len`, written but not yet counted
/// in its length: returns its buffer and capacity.
#[cold]
#[inline(never)]
fn grow(tokens: &mut Vec<Token>, len: usize) -> (*mut Token, usize) {
    // SAFETY: the first `len` tokens of the buffer are written (see `common_tokens`)
    unsafe { tokens.set_len(len) };
    tokens.reserve(1);
    (tokens.as_mut_ptr(), tokens.capacity())
}

/// The token starting at `*i` with the character `c`, a quotation mark, an apostrophe or a
/// character that is not ASCII, moving `i` past it: its kind, its first character's case and
/// whether it is all ASCII; `None` for white space (skipped, and a paragraph separator counted
/// as a line break).
fn other_token(
    text: &str,
    i: &mut usize,
    c: char,
    space: &mut Space,
) -> Option<(Kind, Case, bool)> {
    let bytes = text.as_bytes();
    let clen = c.len_utf8();
    if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' {
        if c == '\u{2029}' {
            *space = space.newline();
        }
        *i += clen;
        return None;
    }
    let start = *i;
    let kind;
    let mut ascii = c.is_ascii();
    if c == '`' && bytes.get(start + 1) == Some(&b'`') {
        *i += 2;
        kind = Kind::Quote(Mark::Backticks);
    } else if c == '\'' && bytes.get(start + 1) == Some(&b'\'') {
        *i += 2;
        kind = Kind::Quote(Mark::TwoApostrophes);
    } else if is_apostrophe(c) && leading_elision(text, start + clen) > 0 {
        // ’90s, 'em: the apostrophe starts a word.
        *i += clen + leading_elision(text, start + clen);
        kind = Kind::Word;
        ascii = bytes[start..*i].is_ascii();
    } else if let Some(m) = quote_mark(c) {
        *i += clen;
        kind = Kind::Quote(m);
    } else if is_word_char(c) {
        // not an ASCII letter or digit (those took the fast path): not ASCII
        *i = scan_word(text, start).0;
        kind = if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Word
        };
    } else {
        *i += clen;
        kind = Kind::Punct;
    }
    Some((kind, Case::of(c), ascii))
}

/// Length of `’s` / `'s` at `at` when it is a possessive or contraction clitic ending the word.
fn possessive_len(text: &str, at: usize) -> Option<usize> {
    // an apostrophe is `'` or `’` (which starts with the byte 0xE2)
    if !matches!(text.as_bytes().get(at), Some(b'\'' | 0xE2)) {
        return None;
    }
    let rest = &text[at..];
    let mut chars = rest.chars();
    let a = chars.next()?;
    if !is_apostrophe(a) {
        return None;
    }
    let s = chars.next()?;
    if s != 's' && s != 'S' {
        return None;
    }
    match chars.next() {
        Some(n) if is_word_char(n) => None,
        _ => Some(a.len_utf8() + 1),
    }
}

/// After a leading apostrophe: the length of an elided word (`90s`, `em`, `til`), else 0.
fn leading_elision(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let decade = word.len() == 3
        && word.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && word.ends_with('s');
    let two_digits = word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit());
    if decade || two_digits || matches!(word, "em" | "til" | "tis" | "twas" | "n") {
        len
    } else {
        0
    }
}

/// Scans one word or number starting at `start`; returns its end and whether all its bytes are
/// ASCII.
fn scan_word(text: &str, start: usize) -> (usize, bool) {
    scan_word_from(text, start, ascii_alnum_end(text.as_bytes(), start))
}

/// [`scan_word`], with `run` the end of the run of ASCII letters and digits at `start`, already
/// read. (Most words end with their run and do not come here: see [`RUN_ENDS_TOKEN`].)
fn scan_word_from(text: &str, start: usize, run: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let first_digit = bytes[start].is_ascii_digit();
    let mut i = start;
    let mut ascii = bytes[start].is_ascii();
    let mut first_run = Some(run);
    loop {
        // the alphanumeric run (ASCII bytes decided without decoding a character)
        i = match first_run.take() {
            Some(run) => run,
            None => ascii_alnum_end(bytes, i),
        };
        let c = match bytes.get(i) {
            None => return (i, ascii),
            // only an apostrophe or a period, comma or colon may continue the word
            Some(&b) if b.is_ascii() => match b {
                b'\'' | b'.' | b',' | b':' => b as char,
                _ => return (i, ascii),
            },
            Some(_) => match text[i..].chars().next() {
                Some(c) if is_word_char(c) => {
                    i += c.len_utf8();
                    ascii = false;
                    continue;
                }
                Some('’') => '’',
                _ => return (i, ascii),
            },
        };
        let next = char_at(text, i + c.len_utf8());
        let next_is_word = next.is_some_and(is_word_char);
        if is_apostrophe(c) && next_is_word {
            // don't, we’ve, O'Brien; but not a possessive ’s, which is its own token
            if possessive_len(text, i).is_some() {
                return (i, ascii);
            }
            i += c.len_utf8();
            ascii = ascii && c.is_ascii();
            continue;
        }
        if first_digit
            && (c == '.' || c == ',' || c == ':')
            && next.is_some_and(|n| n.is_ascii_digit())
        {
            // 3.5, 1,000, 6:30
            i += 1;
            continue;
        }
        if c == '.' {
            let word = &text[start..i];
            // the last segment of the word after its last full stop: a single letter, and a
            // capital? (Most words come here as their opening run of ASCII letters and digits,
            // with no full stop to search for.)
            let (last_dot, single_letter, capital) = if i == run && run > start {
                let b = bytes[start];
                let single = i - start == 1 && b.is_ascii_alphabetic();
                (None, single, single && b.is_ascii_uppercase())
            } else {
                // the bytes searched for the full stop (a `char` pattern sets up a searcher)
                let last_dot = word.bytes().rposition(|b| b == b'.');
                let last_segment = last_dot.map_or(word, |p| &word[p + 1..]);
                let single = last_segment.chars().count() == 1
                    && last_segment.chars().all(char::is_alphabetic);
                let capital = single && last_segment.chars().all(char::is_uppercase);
                (last_dot, single, capital)
            };
            // U.S., U.N., e.g., a.m.: a single letter, a period, another letter and a period
            if single_letter && next.is_some_and(char::is_alphabetic) {
                let after = &text[i + 1..];
                let mut it = after.chars();
                let l = it.next();
                if l.is_some_and(char::is_alphabetic) && it.next() == Some('.') {
                    i += 1;
                    continue;
                }
            }
            let is_acronym = last_dot.is_some();
            if is_acronym || capital || is_abbreviation(word) {
                return (i + 1, ascii);
            }
        }
        return (i, ascii);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn first_case_and_ascii_read_once() {
        let text = "Émile’s aide, ana's \"東京\" 42 Ôr";
        let got: Vec<(&str, Case, bool)> = tokenize(text)
            .iter()
            .map(|t| (&text[t.start..t.end], t.case, t.ascii))
            .collect();
        assert_eq!(
            got,
            [
                ("Émile", Case::Upper, false),
                ("’s", Case::Neither, false),
                ("aide", Case::Lower, true),
                (",", Case::Neither, true),
                ("ana", Case::Lower, true),
                ("'s", Case::Neither, true),
                ("\"", Case::Neither, true),
                ("東京", Case::Neither, false),
                ("\"", Case::Neither, true),
                ("42", Case::Neither, true),
                ("Ôr", Case::Upper, false),
            ]
        );
        // the flags live in the padding: no memory per token added
        assert_eq!(std::mem::size_of::<Token>(), 24);
    }

    #[test]
    fn packed_fields_write_the_token_the_fields_make() {
        let marks = [
            Mark::DoubleStraight,
            Mark::DoubleLeft,
            Mark::DoubleRight,
            Mark::DoubleLow,
            Mark::SingleStraight,
            Mark::SingleLeft,
            Mark::SingleRight,
            Mark::SingleLow,
            Mark::GuillemetLeft,
            Mark::GuillemetRight,
            Mark::SingleGuillemetLeft,
            Mark::SingleGuillemetRight,
            Mark::Backticks,
            Mark::TwoApostrophes,
            Mark::Backtick,
        ];
        let kinds = [Kind::Word, Kind::Number, Kind::Punct]
            .into_iter()
            .chain(marks.map(Kind::Quote));
        let mut want = Vec::new();
        let mut got = Vec::new();
        for kind in kinds {
            for case in [Case::Upper, Case::Lower, Case::Neither] {
                for (ascii, joined) in [(false, false), (false, true), (true, false), (true, true)]
                {
                    for newlines in [0, 1, 2, 254, 255] {
                        for alnum_len in [0, 1, 7, 128, 255] {
                            let start = want.len() * 3;
                            let end = start + 1 + usize::from(alnum_len);
                            want.push(Token {
                                start,
                                end,
                                kind,
                                joined,
                                newlines,
                                case,
                                ascii,
                                alnum_len,
                            });
                            let small = Packed::new(kind, case, ascii);
                            // from an empty list, so that it grows while pushed to
                            push_packed(
                                &mut got,
                                start,
                                end,
                                small.after(joined, newlines).run(alnum_len),
                            );
                        }
                    }
                }
            }
        }
        assert_eq!(got, want);
    }

    #[test]
    fn white_space_before_tokens() {
        let breaks = "\n".repeat(300);
        let text = format!("a \t\r\n\n b\n(c)d.{breaks}e \u{2029} f");
        let got: Vec<(&str, bool, u8)> = tokenize(&text)
            .iter()
            .map(|t| (&text[t.start..t.end], t.joined, t.newlines))
            .collect();
        assert_eq!(
            got,
            [
                ("a", true, 0),
                ("b", false, 2),
                ("(", false, 1),
                ("c", true, 0),
                (")", true, 0),
                ("d", true, 0),
                (".", true, 0),
                ("e", false, 255),
                ("f", false, 1),
            ]
        );
    }

    #[test]
    fn the_opening_run_of_letters_and_digits() {
        let long = "x".repeat(300);
        let text = format!("Al-Qaida’s 3.5 don't “Zürich” ’90s U.S. {long} 東京 a1b2,c");
        let b = text.as_bytes();
        let tokens = tokenize(&text);
        for t in &tokens {
            let run = ascii_alnum_end(b, t.start) - t.start;
            assert_eq!(
                usize::from(t.alnum_len),
                run.min(255),
                "{}",
                &text[t.start..t.end]
            );
        }
        let lens: Vec<u8> = tokens.iter().map(|t| t.alnum_len).collect();
        assert_eq!(lens[..4], [2, 0, 5, 0]);
        assert!(lens.contains(&255));
    }

    #[test]
    fn a_run_ends_its_token_only_where_the_general_scan_ends_it() {
        // every ASCII byte and a few other characters after a word's and a number's run: the
        // token ends where `scan_word` ends it, with the same ASCII flag
        let after: Vec<String> = (0..128u8)
            .map(|b| (b as char).to_string())
            .chain(["’", "é", "—", "\u{a0}", "s", "’s", "'s", ".x", ",5", ":30"].map(String::from))
            .collect();
        for run in ["Ab", "x", "A1", "4", "12", "U", "Mr", "etc", "said"] {
            for a in &after {
                for tail in ["", " z", "5"] {
                    let text = format!("{run}{a}{tail}");
                    let first = tokenize(&text)[0];
                    let (end, ascii) = scan_word(&text, 0);
                    assert_eq!(
                        (first.start, first.end, first.ascii),
                        (0, end, ascii),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn apostrophes_and_possessives() {
        assert_eq!(
            words("don't Syria’s rebels’ ’90s"),
            ["don't", "Syria", "’s", "rebels", "’", "’90s"]
        );
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            words("the U.S. and Mr. J. Smith."),
            ["the", "U.S.", "and", "Mr.", "J.", "Smith", "."]
        );
    }

    #[test]
    fn a_full_stop_after_a_words_run() {
        assert_eq!(
            words("I. K. 5. a. Gen. Zoë. e.g. U.N. x.y"),
            ["I.", "K.", "5", ".", "a", ".", "Gen.", "Zoë", ".", "e.g.", "U.N.", "x", ".", "y"]
        );
    }

    #[test]
    fn hyphens_split_and_join() {
        let t = tokenize("pro-Assad");
        assert_eq!(t.len(), 3);
        assert!(t[1].joined && t[2].joined);
    }

    #[test]
    fn abbreviations_by_set_and_length() {
        assert!(ABBREVIATIONS.iter().all(|a| is_abbreviation(a)));
        assert_eq!(ABBREVIATION_MAX_LEN, 6);
        assert!(!is_abbreviation("Messrsx") && !is_abbreviation("mr") && !is_abbreviation(""));
        // the first-byte filter answers as the set does
        for w in [
            "said", "year", "etc", "est", "vs", "Wyo", "Zed", "x", "é", "Über", "al", "ca",
        ] {
            assert_eq!(is_abbreviation(w), ABBREVIATION_SET.contains(w), "{w}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(
            words("1,000 people at 3.5%"),
            ["1,000", "people", "at", "3.5", "%"]
        );
    }

    #[test]
    fn alnum_runs_by_chunks() {
        let naive = |b: &[u8], from: usize| {
            from + b[from..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count()
        };
        // every byte value at every place of the first two chunks (of sixteen bytes, and of
        // eight), after every start, by both paths
        for byte in 0..=255u8 {
            for at in 0..34 {
                let mut b = *b"aZ09zA9a0bYqwertyuiopasdfghjklzxcvbnmQWE";
                b[at] = byte;
                for from in 0..=at {
                    let want = naive(&b, from);
                    assert_eq!(ascii_alnum_end(&b, from), want, "{byte} {at}");
                    assert_eq!(ascii_alnum_end_swar(&b, from), want, "{byte} {at}");
                }
            }
        }
        assert_eq!(ascii_alnum_end(b"", 0), 0);
        assert_eq!(ascii_alnum_end("Zürich".as_bytes(), 0), 1);
        assert_eq!(ascii_alnum_end_swar("Zürich".as_bytes(), 0), 1);
    }

    #[test]
    fn byte_classes_agree_with_the_characters() {
        for b in 0..128u8 {
            let c = b as char;
            let want = if c == '\n' {
                class::NEWLINE
            } else if c.is_whitespace() || c.is_control() {
                class::SKIP
            } else if c.is_ascii_uppercase() {
                class::UPPER
            } else if c.is_ascii_lowercase() {
                class::LOWER
            } else if c.is_ascii_digit() {
                class::DIGIT
            } else if quote_mark(c).is_some() {
                class::OTHER
            } else {
                class::PUNCT
            };
            assert_eq!(BYTE_CLASS[b as usize], want, "{b}");
        }
        assert!(BYTE_CLASS[128..].iter().all(|&c| c == class::OTHER));
        // a mark of each class between words, and white space of each kind
        let t = tokenize("a\t(b)\r\n\u{2029}c,\"d\"");
        let kinds: Vec<(Kind, u8, bool)> =
            t.iter().map(|t| (t.kind, t.newlines, t.joined)).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Word, 0, true),
                (Kind::Punct, 0, false),
                (Kind::Word, 0, true),
                (Kind::Punct, 0, true),
                (Kind::Word, 2, false),
                (Kind::Punct, 0, true),
                (Kind::Quote(Mark::DoubleStraight), 0, true),
                (Kind::Word, 0, true),
                (Kind::Quote(Mark::DoubleStraight), 0, true),
            ]
        );
    }

    #[test]
    fn word_chars_fast_path_agrees() {
        for b in 0..=255u8 {
            assert_eq!(ASCII_ALNUM[b as usize], b.is_ascii_alphanumeric(), "{b}");
        }
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let slow = c.is_alphanumeric() || c == '\u{00AD}' || is_combining(c);
            assert_eq!(is_word_char(c), slow, "{c:?}");
        }
    }

    #[test]
    fn corpus_marks() {
        let t = tokenize("``Yes,'' he said");
        assert_eq!(t[0].kind, Kind::Quote(Mark::Backticks));
        assert_eq!(t[3].kind, Kind::Quote(Mark::TwoApostrophes));
    }
}
