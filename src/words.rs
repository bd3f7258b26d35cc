//! Word lists tested as data: `one_of!(w, "a" | "b" | …)` reads as `matches!` does, but the words
//! are packed at compile time into one byte string per list, grouped by length, and tested by one
//! shared function. `matches!` on string literals writes a length test and a comparison into the
//! code for every alternative. Measured (session 26, `bash scripts/bench.sh wasm-count`):
//! the rules' 470 lists of four words or more as `one_of!` take 26.9 KB off the gzipped `.wasm` for
//! ~3 % more instructions. Use it for lists of four words or more; a list tested on every token
//! of a hot loop (a few hundred calls per round of the dev texts or more, as counted in that
//! session) stays `matches!`, whose length switch turns most words away without a call: converting
//! those 58 lists as well, or every list, saved 4–9 KB more for 6 % more instructions. A list with a
//! word of 31 bytes or more stays `matches!` too (its packing fails to compile).
//!
//! Packed form: a little-endian `u32` of the lengths the list has (bit `n` for length `n`; words
//! are shorter than 31 bytes), so that most words are turned away at once; then, for each length
//! present in ascending order, the end of its group of words as a little-endian `u16`; then the
//! groups, each its words of that length one after another. A word's group is found at once: its
//! index is the number of shorter lengths present.

/// Bytes of the packed form of `words` (the array length `pack` fills).
pub const fn packed_len(words: &[&str]) -> usize {
    let mut total = 4;
    let mut len = 0;
    while len < 31 {
        let count = group(words, len);
        if count > 0 {
            total += 2 + count * len;
        }
        len += 1;
    }
    total
}

/// The packed form of `words`; a word repeated in the list is stored once.
pub const fn pack<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < words.len() {
        assert!(words[i].len() < 31, "one_of!: a word of 31 bytes or more");
        i += 1;
    }
    let mut groups = 0;
    let mut len = 0;
    while len < 31 {
        if group(words, len) > 0 {
            out[len / 8] |= 1 << (len % 8);
            groups += 1;
        }
        len += 1;
    }
    let mut at = 4 + 2 * groups;
    let (mut g, mut len) = (0, 0);
    while len < 31 {
        if group(words, len) > 0 {
            let mut i = 0;
            while i < words.len() {
                let w = words[i].as_bytes();
                if w.len() == len && !seen_before(words, i) {
                    let mut k = 0;
                    while k < len {
                        out[at + k] = w[k];
                        k += 1;
                    }
                    at += len;
                }
                i += 1;
            }
            assert!(at < 1 << 16, "one_of!: a list of 64 KB or more");
            out[4 + 2 * g] = at as u8;
            out[5 + 2 * g] = (at >> 8) as u8;
            g += 1;
        }
        len += 1;
    }
    assert!(at == N);
    out
}

/// Distinct words of length `len`.
const fn group(words: &[&str], len: usize) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() == len && !seen_before(words, i) {
            count += 1;
        }
        i += 1;
    }
    count
}

const fn seen_before(words: &[&str], i: usize) -> bool {
    let mut j = 0;
    while j < i {
        if same(words[j].as_bytes(), words[i].as_bytes()) {
            return true;
        }
        j += 1;
    }
    false
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether `w` is one of the words packed in `packed` (see the module's comment).
#[inline(never)]
pub fn contains(packed: &[u8], w: &str) -> bool {
    let (w, n) = (w.as_bytes(), w.len());
    let [a, b, c, d, ..] = *packed else { return false };
    let lengths = u32::from_le_bytes([a, b, c, d]);
    if n >= 31 || lengths >> n & 1 == 0 {
        return false;
    }
    // (the group's index: the lengths present below n)
    let g = (lengths & ((1 << n) - 1)).count_ones() as usize;
    let end = |g: usize| packed.get(4 + 2 * g..6 + 2 * g).map_or(0, |e| usize::from(e[0]) | usize::from(e[1]) << 8);
    let start = if g == 0 { 4 + 2 * lengths.count_ones() as usize } else { end(g - 1) };
    let Some(group) = packed.get(start..end(g)) else { return false };
    let Some(&head) = w.first() else { return true };
    group.chunks_exact(n).any(|c| c[0] == head && c == w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_by_length_and_finds_each_word() {
        const WORDS: &[&str] = &["said", "told", "", "asked", "said", "é"];
        static P: [u8; packed_len(WORDS)] = pack(WORDS);
        assert_eq!(&P[..], b"\x35\x00\x00\x00\x0c\x00\x0e\x00\x16\x00\x1b\x00\xc3\xa9saidtoldasked");
        for w in WORDS {
            assert!(contains(&P, w), "{w}");
        }
        for w in ["sai", "saidx", "Said", "tol", "asks", "e", "x"] {
            assert!(!contains(&P, w), "{w}");
        }
        assert!(one_of!("asked", "asked" | "told"));
        assert!(!one_of!("", "asked" | "told"));
    }
}
