//! Word lists tested as data: `one_of!(w, "a" | "b" | …)` reads as `matches!` does, but the words
//! are packed at compile time into one byte string per list, grouped by length, and tested by one
//! shared function. `matches!` on string literals writes a length test and a comparison into the
//! code for every alternative. Measured (session 26, `bash scripts/bench.sh wasm-count`):
//! the rules' 470 lists of four words or more as `one_of!` take 26.9 KB off the gzipped `.wasm` for
//! ~3 % more instructions. Use it for lists of four words or more; a list tested on every token
//! of a hot loop (a few hundred calls per round of the dev texts or more, as counted in that
//! session) stays `matches!`, whose length switch turns most words away without a call: converting
//! those 58 lists as well, or every list, saved 4–9 KB more for 6 % more instructions.
//!
//! Packed form: four bytes of the lengths the list has (bit `n` of a little-endian `u32` for length
//! `n`, bit 31 for every length from 31), so that most words are turned away at once; then groups in
//! ascending length, each `[length, count, word, word, …]` (every word of a group has its length,
//! so a word is found by skipping to its group and comparing in it).

/// Bytes of the packed form of `words` (the array length `pack` fills).
pub const fn packed_len(words: &[&str]) -> usize {
    let mut total = 4;
    let mut len = 0;
    while len <= MAX_LEN {
        let (count, _) = group(words, len);
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
    let mut at = 4;
    let mut len = 0;
    while len <= MAX_LEN {
        let (count, _) = group(words, len);
        if count > 0 {
            assert!(count < 256, "one_of!: at most 255 words of one length");
            let bit = if len < 31 { len } else { 31 };
            out[bit / 8] |= 1 << (bit % 8);
            out[at] = len as u8;
            out[at + 1] = count as u8;
            at += 2;
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
        }
        len += 1;
    }
    assert!(at == N);
    out
}

/// Longest word a list may hold (its length is stored in one byte).
const MAX_LEN: usize = 255;

/// (distinct words of length `len`, unused)
const fn group(words: &[&str], len: usize) -> (usize, ()) {
    let mut count = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() == len && !seen_before(words, i) {
            count += 1;
        }
        i += 1;
    }
    (count, ())
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
    if u32::from_le_bytes([a, b, c, d]) >> n.min(31) & 1 == 0 {
        return false;
    }
    let mut at = 4;
    while let (Some(&len), Some(&count)) = (packed.get(at), packed.get(at + 1)) {
        let (len, first) = (len as usize, at + 2);
        at = first + len * count as usize;
        if len == n {
            let Some(&head) = w.first() else { return true };
            let mut k = first;
            while k < at {
                if packed[k] == head && packed.get(k..k + n) == Some(w) {
                    return true;
                }
                k += n;
            }
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_by_length_and_finds_each_word() {
        const WORDS: &[&str] = &["said", "told", "", "asked", "said", "é"];
        static P: [u8; packed_len(WORDS)] = pack(WORDS);
        assert_eq!(&P[..], b"\x35\x00\x00\x00\x00\x01\x02\x01\xc3\xa9\x04\x02saidtold\x05\x01asked");
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
