//! Byte offsets (what the core works in) to code-point offsets (what Python's `str` indexes).

/// Bytes per checkpoint: the map stores the code-point count at every `BLOCK`-th byte, so it costs
/// `len / BLOCK * 4` bytes and a lookup scans at most `BLOCK` bytes.
const BLOCK: usize = 64;

/// Converts byte offsets of one text into code-point offsets.
///
/// ASCII text (the common case for English news) needs no table at all.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// Code points before byte `i * BLOCK`; empty for ASCII text.
    checkpoints: Vec<u32>,
    ascii: bool,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return OffsetMap {
                checkpoints: Vec::new(),
                ascii: true,
            };
        }
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count: u32 = 0;
        let mut blocks = bytes.chunks_exact(BLOCK);
        for block in &mut blocks {
            checkpoints.push(count);
            count = count.wrapping_add(block_code_points(block) as u32);
        }
        let last = blocks.remainder();
        if !last.is_empty() {
            checkpoints.push(count);
            count = count.wrapping_add(code_points(last) as u32);
        }
        if bytes.len().is_multiple_of(BLOCK) {
            // the end of a text whose length is a multiple of BLOCK starts a block of its own
            checkpoints.push(count);
        }
        OffsetMap {
            checkpoints,
            ascii: false,
        }
    }

    /// The code-point offset of byte offset `byte` (which must lie on a char boundary of `text`).
    pub fn to_char(&self, text: &str, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let bytes = text.as_bytes();
        let byte = byte.min(bytes.len());
        let block = byte / BLOCK;
        let base = self.checkpoints.get(block).copied().unwrap_or(0) as usize;
        let from = block * BLOCK;
        base + code_points(&bytes[from..byte])
    }
}

impl OffsetMap {
    /// The code-point offsets of the byte offsets `start` and `end` (char boundaries of `text`):
    /// a short span's end counted from its start, without a second look-up.
    pub fn span_to_chars(&self, text: &str, start: usize, end: usize) -> (usize, usize) {
        if self.ascii {
            return (start, end);
        }
        let from = self.to_char(text, start);
        let bytes = text.as_bytes();
        match bytes.get(start..end) {
            Some(span) if span.len() <= BLOCK => (from, from + code_points(span)),
            _ => (from, self.to_char(text, end)),
        }
    }
}

/// The code points that start in `bytes` (at most `BLOCK` of them): every byte that is not a UTF-8
/// continuation byte (`0b10xx_xxxx`) starts one. Eight bytes at a time: a byte's top bit set and
/// the next bit clear marks a continuation byte; their flags are added up in the lanes of a
/// `u64` (at most `BLOCK / 8` a lane, no carry) and the lanes summed by one multiplication.
/// (Counting byte by byte took about 5 instructions a byte; this takes about 1.5.)
#[inline]
fn code_points(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    debug_assert!(bytes.len() <= BLOCK);
    let mut words = bytes.chunks_exact(8);
    let mut lanes = 0u64;
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        lanes += (w & !(w << 1) & HIGH) >> 7;
    }
    let continuations = (lanes.wrapping_mul(ONES) >> 56) as usize
        + words
            .remainder()
            .iter()
            .filter(|&&b| (b & 0xC0) == 0x80)
            .count();
    bytes.len() - continuations
}

/// The code points that start in a whole block of `BLOCK` bytes: sixteen bytes at a time by SSE2
/// (part of every x86-64 processor), a continuation byte (`0b10xx_xxxx`, below -64 as a signed
/// byte) counted in its lane, the lanes summed once at the end. (The `u64` count of
/// [`code_points`] takes about 1.5 instructions a byte; this under half of one.)
#[cfg(target_arch = "x86_64")]
#[inline]
fn block_code_points(block: &[u8]) -> usize {
    use std::arch::x86_64::{
        _mm_cmplt_epi8, _mm_cvtsi128_si64, _mm_loadu_si128, _mm_sad_epu8, _mm_set1_epi8,
        _mm_setzero_si128, _mm_sub_epi8, _mm_unpackhi_epi64,
    };
    debug_assert!(block.len() <= BLOCK);
    let mut chunks = block.chunks_exact(16);
    // SAFETY: SSE2 is part of the x86-64 baseline (every x86-64 target enables it), and each
    // unaligned load reads the sixteen bytes of its chunk.
    let continuations = unsafe {
        let mut lanes = _mm_setzero_si128();
        for chunk in &mut chunks {
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            // (a comparison's true lane is -1: subtracted, it adds one)
            lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
        }
        // (at most BLOCK / 16 a lane: the sums of the two halves' bytes are the count)
        let sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        (_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums))) as usize
    };
    block.len() - continuations - (chunks.remainder().len() - code_points(chunks.remainder()))
}

/// The code points that start in a whole block of `BLOCK` bytes ([`code_points`] on processors
/// without SSE2).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn block_code_points(block: &[u8]) -> usize {
    code_points(block)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let t = "hello world";
        let m = OffsetMap::new(t);
        assert_eq!(m.to_char(t, 5), 5);
        assert_eq!(m.to_char(t, t.len()), t.len());
    }

    #[test]
    fn end_of_a_text_of_whole_blocks() {
        for len in [BLOCK, 2 * BLOCK, 3 * BLOCK] {
            let t = format!("é{}", "a".repeat(len - 2));
            assert_eq!(t.len(), len);
            let m = OffsetMap::new(&t);
            assert_eq!(m.to_char(&t, t.len()), t.chars().count());
        }
    }

    #[test]
    fn code_points_of_every_block_length() {
        // one-, two-, three- and four-byte characters at every position of a block
        let t = "aé€😀".repeat(BLOCK);
        let b = t.as_bytes();
        for start in (0..b.len() - BLOCK)
            .filter(|&i| t.is_char_boundary(i))
            .take(20)
        {
            for end in (start..=start + BLOCK).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(
                    code_points(&b[start..end]),
                    t[start..end].chars().count(),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn whole_blocks_counted_as_code_points_does() {
        // every byte value at every place of a block of mixed characters
        let t = "aé€😀x".repeat(BLOCK);
        let base: Vec<u8> = t.as_bytes()[..BLOCK].to_vec();
        for at in 0..BLOCK {
            for byte in 0..=255u8 {
                let mut b = base.clone();
                b[at] = byte;
                assert_eq!(block_code_points(&b), code_points(&b), "{at} {byte}");
            }
        }
        assert_eq!(block_code_points(&[b'a'; BLOCK]), BLOCK);
    }

    #[test]
    fn spans_short_and_long() {
        let t = "é“x”😀y".repeat(40);
        let m = OffsetMap::new(&t);
        let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &s in bounds.iter().step_by(3) {
            for &e in bounds.iter().filter(|&&e| e >= s).step_by(5) {
                assert_eq!(
                    m.span_to_chars(&t, s, e),
                    (m.to_char(&t, s), m.to_char(&t, e))
                );
            }
        }
        let a = OffsetMap::new("plain");
        assert_eq!(a.span_to_chars("plain", 1, 4), (1, 4));
    }

    #[test]
    fn multibyte_counts_code_points() {
        let t = "é“x”😀y".repeat(40);
        let m = OffsetMap::new(&t);
        for (chars, (byte, _)) in t.char_indices().enumerate() {
            assert_eq!(m.to_char(&t, byte), chars);
        }
        assert_eq!(m.to_char(&t, t.len()), t.chars().count());
    }
}
