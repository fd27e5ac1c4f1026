//! Tables of words for membership tests and look-ups on hot paths: a closed list of the
//! project's own (`WordSet`) or words built at run time with a value each (`WordMap`).

/// A closed word list for membership tests on hot paths (a test per token): a filter on the
/// first byte and the length rejects most words before the look-up, which compares the word's
/// first bytes as one integer (see [`word_key`]) instead of hashing and comparing its bytes.
pub type WordSet = WordMap<&'static str, ()>;

/// Words and a value for each, looked up as a [`WordSet`] looks up its words; the lexicon's given
/// names and roles, built at run time, own their words (`String`).
#[derive(Debug)]
pub struct WordMap<W, V> {
    /// For each first byte, a bit per length below 32 of the words starting with it.
    shapes: [u32; 256],
    /// The words but "", in an open-addressed table at most a quarter full, probed linearly from a
    /// hash of the word's key ([`word_key`]) and length; an empty slot holds "". Its length is
    /// `1 << (64 - shift)`.
    slots: Box<[Slot<W, V>]>,
    shift: u32,
    /// The value of "" where it is one of the words.
    empty: Option<V>,
}

/// A word of a [`WordMap`], its key and its value.
#[derive(Debug, Clone, Default)]
struct Slot<W, V> {
    key: u64,
    word: W,
    value: V,
}

/// A word's key: its first eight bytes as a little-endian `u64` where it has as many; else its
/// bytes read as two overlapping `u32`s (four to seven bytes) or its first, middle and last byte
/// (one to three). Words of one length have the same key only when their first eight bytes are
/// the same, so that a word of up to eight bytes is told by its key and length alone.
#[inline(always)]
fn word_key(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(first) = b.first_chunk::<8>() {
        u64::from_le_bytes(*first)
    } else if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        u64::from(lo) | u64::from(hi) << 32
    } else if n > 0 {
        u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16
    } else {
        0
    }
}

/// The first slot probed for a word of key `key` and length `len` in a table of
/// `1 << (64 - shift)` slots.
#[inline(always)]
fn word_slot(key: u64, len: usize, shift: u32) -> usize {
    ((key ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

impl WordSet {
    pub fn new(list: &[&'static str]) -> Self {
        WordMap::from_pairs(list.iter().map(|&w| (w, ())))
    }

    /// Whether `word` is one of the words.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl<W: AsRef<str> + Default + Clone, V: Copy + Default> WordMap<W, V> {
    /// The table of `pairs`; of two pairs of one word, the first is kept.
    pub fn from_pairs(pairs: impl ExactSizeIterator<Item = (W, V)>) -> Self {
        // at most a quarter full (most words asked are not in the set, and a miss probes on to an
        // empty slot), and two slots at least (a shift below 64)
        let bits = (4 * pairs.len())
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let mut map: WordMap<W, V> = WordMap {
            shapes: [0u32; 256],
            slots: vec![Slot::default(); 1 << bits].into_boxed_slice(),
            shift: 64 - bits,
            empty: None,
        };
        let mask = map.slots.len() - 1;
        for (word, value) in pairs {
            let w = word.as_ref();
            if w.is_empty() {
                map.empty.get_or_insert(value);
                continue;
            }
            if map.get(w).is_some() {
                continue;
            }
            if w.len() < 32 {
                map.shapes[usize::from(w.as_bytes()[0])] |= 1 << w.len();
            }
            let key = word_key(w.as_bytes());
            let mut slot = word_slot(key, w.len(), map.shift);
            while !map.slots[slot].word.as_ref().is_empty() {
                slot = (slot + 1) & mask;
            }
            map.slots[slot] = Slot { key, word, value };
        }
        map
    }

    /// The value of `word`: the filter on its first byte and length where it is asked (most words
    /// asked are rejected there), the table's look-up out of line.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        let b = word.as_bytes();
        let len = b.len();
        match b.first() {
            Some(&first) => {
                if len >= 32 || self.shapes[usize::from(first)] & (1 << len) != 0 {
                    self.find(b)
                } else {
                    None
                }
            }
            None => self.empty,
        }
    }

    /// The value of the word of bytes `b` (not empty) in the table.
    #[inline(never)]
    fn find(&self, b: &[u8]) -> Option<V> {
        let len = b.len();
        let key = word_key(b);
        let mask = self.slots.len() - 1;
        let mut slot = word_slot(key, len, self.shift);
        loop {
            let s = self.slots.get(slot)?;
            let w = s.word.as_ref().as_bytes();
            if s.key == key && w.len() == len && (len <= 8 || w.get(8..) == b.get(8..)) {
                return Some(s.value);
            }
            if w.is_empty() {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_map_gives_each_word_its_value() {
        let pairs = [
            ("chief executive officer", 1usize),
            ("chief executive", 2),
            ("chief executive officers", 3),
            ("mayor", 4),
            ("mayor", 5),
            ("", 6),
        ];
        let map = WordMap::from_pairs(pairs.iter().map(|&(w, v)| (w.to_string(), v)));
        assert_eq!(map.get("chief executive officer"), Some(1));
        assert_eq!(map.get("chief executive"), Some(2));
        assert_eq!(map.get("chief executive officers"), Some(3));
        // of two pairs of one word the first is kept
        assert_eq!(map.get("mayor"), Some(4));
        assert_eq!(map.get(""), Some(6));
        for absent in [
            "chief executive officex",
            "chief",
            "Mayor",
            "mayors",
            "majors",
        ] {
            assert_eq!(map.get(absent), None, "{absent}");
        }
        let empty: WordMap<String, bool> = WordMap::from_pairs(std::iter::empty());
        assert_eq!(empty.get("mayor"), None);
        assert_eq!(empty.get(""), None);
    }

    #[test]
    fn a_word_set_tells_words_of_one_key_apart() {
        // words of every length from one to forty bytes, words sharing their first eight bytes
        // or their first and last four, words that are not ASCII, repeats and the empty word
        let mut list: Vec<&'static str> = vec![
            "",
            "a",
            "ab",
            "aba",
            "abba",
            "abca",
            "abcdefgh",
            "abcdefghi",
            "abcdefghj",
            "abcdefghij",
            "abcdxefgh",
            "abcdefgh",
            "élan",
            "Zürich",
            "Straße",
            "Đà Nẵng",
        ];
        for n in 1..=40 {
            list.push("q".repeat(n).leak());
            list.push(format!("{}z", "w".repeat(n)).leak());
        }
        let probes: Vec<String> = list
            .iter()
            .flat_map(|w| {
                [
                    w.to_string(),
                    format!("{w}x"),
                    w.chars().skip(1).collect(),
                    w.to_uppercase(),
                    w.replace('a', "b"),
                ]
            })
            .collect();
        for size in [0, 1, 2, 7, list.len()] {
            let set = WordSet::new(&list[..size]);
            for p in probes
                .iter()
                .map(String::as_str)
                .chain(list.iter().copied())
            {
                assert_eq!(set.contains(p), list[..size].contains(&p), "{size} {p:?}");
            }
        }
    }
}
