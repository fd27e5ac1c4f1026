//! A byte trie over the lexicon's ASCII-lower-cased forms, searched from word starts only.
//!
//! Lexicon matches must start and end on token boundaries, so there is no need to run an automaton
//! over every byte of the text: the trie is walked from each position where a token can start
//! (never inside a run of ASCII letters and digits) and reports every form that starts there, of
//! every length, so that a longer form rejected by the case rules leaves the shorter ones in play.
//! Nodes are numbered breadth-first, which puts the children of a node next to each other: a node
//! stores the range of its children and each child its byte.

/// One node: its children are the nodes `first_child .. first_child + children`; the patterns
/// whose form ends here are `outputs[out_start .. out_start + out_len]`. A node with many children
/// also has a table of them by byte (`dense`, else `NO_TABLE`).
#[derive(Debug, Clone, Copy)]
struct Node {
    children: u16,
    out_len: u16,
    first_child: u32,
    out_start: u32,
    dense: u32,
}

const NO_TABLE: u32 = u32::MAX;
/// Nodes with at least this many children get a table (the root and the first letters of forms).
const DENSE_FROM: usize = 8;
// `child` reads the children of a node without a table as one `u64`
const _: () = assert!(DENSE_FROM <= 8);

#[derive(Debug, Clone)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    /// The byte leading to each node (kept apart from the nodes: a node's children are scanned
    /// by their bytes, which then share a cache line), and eight bytes of padding after the last
    /// (a node without a table has fewer than eight children, read as one `u64`).
    bytes: Vec<u8>,
    /// Child by byte for the nodes with a table (0: none; the root is node 0 and never a child).
    tables: Vec<[u32; 256]>,
    /// Pattern ids, grouped by the node where their form ends, in pattern order.
    outputs: Vec<u32>,
    /// For each first byte, a bit per length (31 for 31 and longer) of the forms' first words
    /// (see [`first_word`]) that open with it: most words of the text that start no form are
    /// ruled out here, before they are hashed.
    shapes: [u32; 256],
    /// A bit set over the forms' first words (their [`word_key`] and length, see
    /// [`first_word_bit`]): a word whose bit is clear starts no form, and the trie is not walked
    /// from it. Its length is a power of two, `1 << (64 - first_shift)`.
    first_words: Vec<u64>,
    first_shift: u32,
    /// Whole words from the root: the node reached by each form's first word (its first eight
    /// bytes when longer, see [`word_key`]), so that a walk from a text word jumps there, past
    /// the forms that end inside the word (which no token does). An open-addressed table at most
    /// half full, probed linearly from a hash of the key; an empty slot has the key 0 (no word's
    /// key is 0). Its length is `1 << (64 - word_shift)`.
    word_nodes: Vec<WordNode>,
    word_shift: u32,
}

/// A slot of [`Trie::word_nodes`]: the node reached from the root by the word whose key is `key`,
/// and `next`, a bit (`b % 32`) for each byte `b` that a form's walk may read two bytes past the
/// word (after the byte that ends it, a space or a mark): a word such as "the" opens forms only
/// where certain words follow it, and a walk from it ends there for most texts. `ANY_NEXT` where
/// the word's node or one of its children ends a form (the walk reports it before that byte).
#[derive(Debug, Clone, Copy, Default)]
struct WordNode {
    key: u64,
    node: u32,
    next: u32,
}

/// [`WordNode::next`] where the walk is made whatever follows the word.
const ANY_NEXT: u32 = u32::MAX;

/// A word's key: its first eight bytes or fewer (`len` is the word's length, at least 1) as a
/// little-endian `u64`, the bytes past the word zero. A word of ASCII letters and digits has no
/// zero byte, so a key of up to eight bytes is the word itself (its length included).
#[inline(always)]
fn word_key(bytes: &[u8], at: usize, len: usize) -> u64 {
    let n = len.min(8);
    // the first eight bytes as one array: one test of the length left and one load
    let x = match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(&chunk) => u64::from_le_bytes(chunk),
        None => {
            // near the end of the text: the word's bytes copied
            let mut chunk = [0u8; 8];
            for (c, &b) in chunk
                .iter_mut()
                .zip(bytes.get(at..).unwrap_or_default().iter().take(n))
            {
                *c = b;
            }
            u64::from_le_bytes(chunk)
        }
    };
    x & (u64::MAX >> (64 - 8 * n as u32))
}

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// The bit of a first word in [`Trie::first_words`], from its key and length (which tells apart
/// the longer words that share their first eight bytes).
#[inline(always)]
fn first_word_bit(key: u64, len: usize, shift: u32) -> usize {
    ((key ^ len as u64).wrapping_mul(MIX) >> shift) as usize
}

/// The first slot probed for a word's key in [`Trie::word_nodes`].
#[inline(always)]
fn word_slot(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(MIX) >> shift) as usize
}

/// A walk's state after a text word's first word: the node reached and the byte it ends at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WalkFrom {
    node: u32,
    end: usize,
}

/// The bit of a first word's length in [`Trie::shapes`].
#[inline]
fn shape_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// The first word of `bytes` for the filter: its leading run of ASCII letters and digits. A form
/// matching on token boundaries has the same first word as the text it matches (a token never
/// ends inside such a run), so a text word whose hash is not in the set starts no match.
#[inline]
fn first_word(bytes: &[u8]) -> &[u8] {
    &bytes[..crate::text::ascii_alnum_end(bytes, 0)]
}

impl Trie {
    /// Builds the trie of `forms`: pairs of a pattern id and its ASCII-lower-cased form.
    pub(crate) fn new<'f>(forms: impl IntoIterator<Item = (u32, &'f [u8])>) -> Trie {
        let mut forms: Vec<(u32, &[u8])> = forms.into_iter().filter(|f| !f.1.is_empty()).collect();
        forms.sort_unstable_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
        let empty = Node {
            children: 0,
            out_len: 0,
            first_child: 0,
            out_start: 0,
            dense: NO_TABLE,
        };
        let mut nodes = vec![empty];
        let mut bytes = vec![0u8];
        let mut tables = Vec::new();
        let mut outputs = Vec::with_capacity(forms.len());
        // Breadth first: (node, the sorted forms under it, its depth). A node's forms share their
        // first `depth` bytes; those of length `depth` end at the node and sort first.
        let mut queue = std::collections::VecDeque::new();
        queue.push_back((0usize, 0usize, forms.len(), 0usize));
        while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
            let out_start = outputs.len();
            while lo < hi && forms[lo].1.len() == depth {
                outputs.push(forms[lo].0);
                lo += 1;
            }
            let first_child = nodes.len();
            while lo < hi {
                let byte = forms[lo].1[depth];
                let mut end = lo + 1;
                while end < hi && forms[end].1[depth] == byte {
                    end += 1;
                }
                queue.push_back((nodes.len(), lo, end, depth + 1));
                nodes.push(empty);
                bytes.push(byte);
                lo = end;
            }
            let children = nodes.len() - first_child;
            let dense = if children >= DENSE_FROM || node == 0 {
                let mut table = [0u32; 256];
                for c in first_child..nodes.len() {
                    table[bytes[c] as usize] = c as u32;
                }
                tables.push(table);
                (tables.len() - 1) as u32
            } else {
                NO_TABLE
            };
            nodes[node] = Node {
                children: children as u16,
                out_len: (outputs.len() - out_start) as u16,
                first_child: first_child as u32,
                out_start: out_start as u32,
                dense,
            };
        }
        // about 16 bits a distinct first word: few false positives, a few KB for the default forms
        let words: rustc_hash::FxHashSet<&[u8]> = forms.iter().map(|f| first_word(f.1)).collect();
        let bits = (words.len() * 16).next_power_of_two().max(64);
        let first_shift = 64 - bits.trailing_zeros();
        let mut first_words = vec![0u64; bits / 64];
        for &w in words.iter().filter(|w| !w.is_empty()) {
            let bit = first_word_bit(word_key(w, 0, w.len()), w.len(), first_shift);
            first_words[bit / 64] |= 1 << (bit % 64);
        }
        let mut shapes = [0u32; 256];
        for w in &words {
            if let Some(&b) = w.first() {
                shapes[usize::from(b)] |= shape_bit(w.len());
            }
        }
        bytes.extend([0; 8]);
        let mut trie = Trie {
            nodes,
            bytes,
            tables,
            outputs,
            shapes,
            first_words,
            first_shift,
            word_nodes: Vec::new(),
            word_shift: 63,
        };
        let mut word_nodes = Vec::with_capacity(words.len());
        for w in words.into_iter().filter(|w| !w.is_empty()) {
            // every byte of a form's first word leads to a node: the form is in the trie
            let head = &w[..w.len().min(8)];
            let node = head
                .iter()
                .try_fold(0u32, |node, &b| trie.child(&trie.nodes[node as usize], b));
            if let Some(node) = node {
                word_nodes.push(WordNode {
                    key: word_key(w, 0, w.len()),
                    node,
                    next: trie.next_bytes(node),
                });
            }
        }
        // at least one empty slot, so that a probe ends
        let slots = (word_nodes.len() * 2).next_power_of_two().max(2);
        trie.word_shift = 64 - slots.trailing_zeros();
        trie.word_nodes = vec![WordNode::default(); slots];
        for w in word_nodes {
            let mut slot = word_slot(w.key, trie.word_shift);
            loop {
                let here = &mut trie.word_nodes[slot];
                if here.key == 0 {
                    *here = w;
                    break;
                }
                if here.key == w.key {
                    // words longer than eight bytes that share their first eight
                    break;
                }
                slot = (slot + 1) & (slots - 1);
            }
        }
        trie
    }

    /// [`WordNode::next`] of `node`: the bytes of its grandchildren, unless it or a child ends
    /// a form.
    fn next_bytes(&self, node: u32) -> u32 {
        let children =
            |n: &Node| n.first_child as usize..(n.first_child + u32::from(n.children)) as usize;
        let n = &self.nodes[node as usize];
        if n.out_len != 0 {
            return ANY_NEXT;
        }
        let mut next = 0u32;
        for c in children(n) {
            let c = &self.nodes[c];
            if c.out_len != 0 {
                return ANY_NEXT;
            }
            for g in children(c) {
                next |= 1 << (self.bytes[g] % 32);
            }
        }
        next
    }

    /// The node reached from the root by a first word whose key is `key`, and its
    /// [`WordNode::next`].
    #[inline(always)]
    fn after_first_word(&self, key: u64) -> Option<(u32, u32)> {
        let mask = self.word_nodes.len() - 1;
        let mut slot = word_slot(key, self.word_shift);
        loop {
            let w = self.word_nodes.get(slot)?;
            if w.key == key {
                return Some((w.node, w.next));
            }
            if w.key == 0 {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }

    #[inline]
    fn child(&self, node: &Node, byte: u8) -> Option<u32> {
        if node.dense != NO_TABLE {
            let c = self.tables[node.dense as usize][byte as usize];
            return (c != 0).then_some(c);
        }
        // fewer than eight children (DENSE_FROM): their bytes compared with `byte` at once, in
        // a `u64` (a zero byte of `x` is a match; the lowest one flagged by the test is one)
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let first = node.first_child as usize;
        let chunk: [u8; 8] = self.bytes.get(first..first + 8)?.try_into().ok()?;
        let x = u64::from_le_bytes(chunk) ^ (ONES * u64::from(byte));
        let mine = (1u64 << (8 * (usize::from(node.children) % 8))) - 1;
        let zero = x.wrapping_sub(ONES) & !x & HIGH & mine;
        (zero != 0).then(|| (first + (zero.trailing_zeros() / 8) as usize) as u32)
    }

    /// Calls `found(end, pattern)` for every form that occurs in `lower` at `start` and ends
    /// at the end of its first word or after it (where tokens may end: never inside a run of
    /// ASCII letters and digits), shortest first; the patterns of one form in pattern order.
    /// `word_end` is where the run of ASCII letters and digits at `start` ends (a token knows
    /// it: [`Token::alnum_len`](crate::text::Token::alnum_len)).
    #[cfg(test)]
    pub(crate) fn walk(
        &self,
        lower: &[u8],
        start: usize,
        word_end: usize,
        found: impl FnMut(usize, usize),
    ) {
        if let Some(from) = self.start(lower, start, word_end) {
            self.walk_from(lower, from, found);
        }
    }

    /// Where a walk from `start` goes on after the first word (see [`walk`](Self::walk)), or
    /// `None` when no form starts there: most words are ruled out by their first byte and
    /// length, then by the bit set of the first words' hashes, before any node is read.
    #[inline(always)]
    pub(crate) fn start(&self, lower: &[u8], start: usize, word_end: usize) -> Option<WalkFrom> {
        debug_assert_eq!(word_end, crate::text::ascii_alnum_end(lower, start));
        if word_end == start {
            // a mark, a quotation mark or a character that is not ASCII: the root's child by
            // its first byte (the root has a table, and ends no form), else none
            let root = self.tables.first()?;
            let node = root[usize::from(*lower.get(start)?)];
            return (node != 0).then_some(WalkFrom {
                node,
                end: start + 1,
            });
        }
        let word = lower.get(start..word_end)?;
        let len = word.len();
        if self.shapes[usize::from(word[0])] & shape_bit(len) == 0 {
            return None;
        }
        let key = word_key(lower, start, len);
        let bit = first_word_bit(key, len, self.first_shift);
        if self.first_words.get(bit / 64)? & (1 << (bit % 64)) == 0 {
            return None;
        }
        let (mut node, next) = self.after_first_word(key)?;
        if len <= 8 && next != ANY_NEXT {
            // no form ends at the word or one byte past it: the walk reports nothing unless the
            // byte after that may go on
            let b = *lower.get(word_end + 1)?;
            if next & (1 << (b % 32)) == 0 {
                return None;
            }
        }
        // the rest of a word longer than eight bytes, byte by byte (no token ends inside it)
        for &b in word.get(8..).unwrap_or_default() {
            node = self.child(&self.nodes[node as usize], b)?;
        }
        Some(WalkFrom {
            node,
            end: word_end,
        })
    }

    /// The walk from where [`start`](Self::start) left it: the forms ending at the first word's
    /// end (none for a walk from the root), then those ending further on, byte by byte.
    #[inline]
    pub(crate) fn walk_from(
        &self,
        lower: &[u8],
        from: WalkFrom,
        mut found: impl FnMut(usize, usize),
    ) {
        let mut node = self.nodes[from.node as usize];
        let mut end = from.end;
        self.report(&node, end, &mut found);
        while let Some(&b) = lower.get(end) {
            let Some(c) = self.child(&node, b) else {
                return;
            };
            node = self.nodes[c as usize];
            end += 1;
            self.report(&node, end, &mut found);
        }
    }

    /// Reports the forms ending at `node`, at `end`.
    #[inline(always)]
    fn report(&self, node: &Node, end: usize, found: &mut impl FnMut(usize, usize)) {
        // most nodes of a walk end no form: tested where the walk is, without a call
        if node.out_len != 0 {
            self.report_outputs(node, end, found);
        }
    }

    #[inline(always)]
    fn report_outputs(&self, node: &Node, end: usize, found: &mut impl FnMut(usize, usize)) {
        let outs = node.out_start as usize..node.out_start as usize + node.out_len as usize;
        for &p in &self.outputs[outs] {
            found(end, p as usize);
        }
    }

    /// The forms that are prefixes of `bytes`, shortest first: each prefix's length and the
    /// patterns of that form (in pattern order). The first-word filter does not apply (a form may
    /// end inside a word).
    pub(crate) fn prefixes<'t>(
        &'t self,
        bytes: &'t [u8],
    ) -> impl Iterator<Item = (usize, &'t [u32])> + 't {
        let mut node = 0usize;
        let mut end = 0;
        std::iter::from_fn(move || {
            while let Some(&b) = bytes.get(end) {
                node = self.child(&self.nodes[node], b)? as usize;
                end += 1;
                let n = &self.nodes[node];
                if n.out_len > 0 {
                    let outs = n.out_start as usize..n.out_start as usize + n.out_len as usize;
                    return Some((end, &self.outputs[outs]));
                }
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Matches from every character that is not a space and does not continue a run of ASCII
    /// letters and digits (the starts of tokens).
    fn matches(forms: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let trie = Trie::new(
            forms
                .iter()
                .enumerate()
                .map(|(i, f)| (i as u32, f.as_bytes())),
        );
        let b = text.as_bytes();
        let starts = (0..b.len()).filter(|&i| {
            text.is_char_boundary(i)
                && b[i] != b' '
                && !(i > 0 && b[i].is_ascii_alphanumeric() && b[i - 1].is_ascii_alphanumeric())
        });
        let mut out = Vec::new();
        for s in starts {
            let word_end = crate::text::ascii_alnum_end(b, s);
            trie.walk(b, s, word_end, |e, p| out.push((s, e, p)));
        }
        out
    }

    #[test]
    fn children_found_by_their_byte_with_and_without_a_table() {
        // "x" has seven children (no table), "y" one, "z" eight (a table)
        let mut forms: Vec<String> = "abcdefg".chars().map(|c| format!("x{c}")).collect();
        forms.push("yq".into());
        forms.extend("abcdefgh".chars().map(|c| format!("z{c}")));
        let trie = Trie::new(
            forms
                .iter()
                .enumerate()
                .map(|(i, f)| (i as u32, f.as_bytes())),
        );
        let found = |word: &str| {
            trie.prefixes(word.as_bytes())
                .map(|(l, p)| (l, p[0]))
                .collect::<Vec<_>>()
        };
        for (i, f) in forms.iter().enumerate() {
            assert_eq!(found(f), [(2, i as u32)], "{f}");
        }
        for absent in ["xh", "x\0", "ya", "y\0", "zi", "qa"] {
            assert_eq!(found(absent), [], "{absent:?}");
        }
    }

    #[test]
    fn every_length_from_each_word_start() {
        let forms = ["new york", "new", "york times", "new york times", "new"];
        let got = matches(&forms, "the new york times");
        assert_eq!(
            got,
            vec![(4, 7, 1), (4, 7, 4), (4, 12, 0), (4, 18, 3), (8, 18, 2)]
        );
    }

    #[test]
    fn forms_end_where_a_token_may() {
        // "use" ends inside "used", "us" inside "usa", where no token ends; "us" before a hyphen
        // does not
        let got = matches(&["us", "use", "used car"], "used cars usa us-led");
        assert_eq!(got, vec![(0, 8, 2), (14, 16, 0)]);
    }

    #[test]
    fn a_word_opening_forms_only_before_certain_words_is_passed_over_before_others() {
        // "the" ends no form: walked only where a form's second word may follow; "st" ends one
        // at a mark ("st."), reported whatever follows the mark
        let forms = ["the hague", "the gambia", "st.", "st. louis", "high court"];
        let text = "the house, the hague. the gambia and st.-paul near the high court of the";
        assert_eq!(
            matches(&forms, text),
            vec![(11, 20, 0), (22, 32, 1), (37, 40, 2), (55, 65, 4)]
        );
        // a walk that reads past the text's end
        assert_eq!(matches(&forms, "the h"), vec![]);
        assert_eq!(matches(&forms, "the "), vec![]);
    }

    #[test]
    fn prefixes_of_a_word() {
        let forms = ["ACCUS", "A", "ACCUSE", "ACT", "ACCUSED", "B", "ACCUS"];
        let trie = Trie::new(
            forms
                .iter()
                .enumerate()
                .map(|(i, f)| (i as u32, f.as_bytes())),
        );
        let got: Vec<(usize, Vec<u32>)> = trie
            .prefixes(b"ACCUSES")
            .map(|(l, p)| (l, p.to_vec()))
            .collect();
        assert_eq!(got, vec![(1, vec![1]), (5, vec![0, 6]), (6, vec![2])]);
        assert_eq!(trie.prefixes(b"").count(), 0);
        assert_eq!(trie.prefixes(b"XA").count(), 0);
    }

    #[test]
    fn multibyte_and_empty_forms() {
        let got = matches(&["", "são paulo", "é", "\u{a9}"], "em são paulo é");
        assert_eq!(got, vec![(3, 13, 1), (14, 16, 2)]);
        assert!(matches(&[], "anything").is_empty());
    }
}
