//! Unicode lower and upper case, the same as the standard library's, from smaller tables.
//!
//! std's `char::to_lowercase` and `char::to_uppercase` (and `str`'s, which call them) search
//! tables of 1,462 and 1,554 (character, mapping) pairs: 24 KB of the `.wasm`, 9 KB gzip. The
//! same mappings as runs of characters shifted by one offset (`case_tables.rs`, generated from
//! std by scripts/gen_case_tables.rs) take 185 and 198 entries; the tests compare every
//! character, and `str::to_lowercase`'s final-sigma rule, with std.

use crate::case_tables::{LOWER, LOWER_MULTI, SIGMA, UPPER, UPPER_MULTI};

/// The characters a character maps to (one to three), as `char::ToLowercase` yields them.
#[derive(Clone, Debug)]
pub struct CaseChars {
    chars: [char; 3],
    at: u8,
    len: u8,
}

impl Iterator for CaseChars {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.at == self.len {
            return None;
        }
        let c = self.chars[self.at as usize];
        self.at += 1;
        Some(c)
    }
}

impl CaseChars {
    fn one(c: char) -> Self {
        CaseChars { chars: [c, '\0', '\0'], at: 0, len: 1 }
    }
}

/// `c` mapped by a table of runs and its characters that map to several.
fn map(c: char, runs: &[(u32, i32)], multi: &[(u16, [u16; 3])]) -> CaseChars {
    let u = c as u32;
    let i = runs.partition_point(|&(key, _)| key >> 11 <= u);
    if let Some(&(key, offset)) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let (first, stride) = (key >> 11, (key & 1) + 1);
        let k = u - first;
        if k.is_multiple_of(stride) && k / stride <= (key >> 1 & 0x3FF) {
            // (the generator checked that every mapped character is a `char`)
            return CaseChars::one(char::from_u32(u.wrapping_add_signed(offset)).unwrap_or(c));
        }
    }
    if u <= 0xFFFF {
        if let Ok(i) = multi.binary_search_by_key(&(u as u16), |&(k, _)| k) {
            let m = multi[i].1;
            let mut out = CaseChars { chars: ['\0'; 3], at: 0, len: 0 };
            for &x in m.iter().take_while(|&&x| x != 0) {
                out.chars[out.len as usize] = char::from_u32(x as u32).unwrap_or(c);
                out.len += 1;
            }
            return out;
        }
    }
    CaseChars::one(c)
}

/// The lower case of `c`: `c.to_lowercase()`.
#[inline]
pub fn lower(c: char) -> CaseChars {
    if c.is_ascii() {
        CaseChars::one(c.to_ascii_lowercase())
    } else {
        map(c, &LOWER, &LOWER_MULTI)
    }
}

/// The upper case of `c`: `c.to_uppercase()`.
#[inline]
pub fn upper(c: char) -> CaseChars {
    if c.is_ascii() {
        CaseChars::one(c.to_ascii_uppercase())
    } else {
        map(c, &UPPER, &UPPER_MULTI)
    }
}

/// The lower case of `s`: `s.to_lowercase()`, with its final sigma.
pub fn to_lower(s: &str) -> String {
    let ascii = s.bytes().position(|b| !b.is_ascii()).unwrap_or(s.len());
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..ascii]);
    out.make_ascii_lowercase();
    for (i, c) in s[ascii..].char_indices() {
        if c == 'Σ' {
            out.push(final_sigma(s, ascii + i));
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// The upper case of `s`: `s.to_uppercase()`.
pub fn to_upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().flat_map(upper));
    out
}

/// The lower case of the 'Σ' at byte `i` of `s`: 'ς' at the end of a word, else 'σ' (Unicode's
/// Final_Sigma, as std's `str::to_lowercase` has it).
fn final_sigma(s: &str, i: usize) -> char {
    let word_final = ignorable_then_cased(s[..i].chars().rev()) && !ignorable_then_cased(s[i + 'Σ'.len_utf8()..].chars());
    if word_final {
        'ς'
    } else {
        'σ'
    }
}

/// Whether the first character of `chars` that is not case-ignorable is cased.
fn ignorable_then_cased(chars: impl Iterator<Item = char>) -> bool {
    chars.map(sigma_class).find(|&class| class != IGNORABLE) == Some(CASED)
}

const IGNORABLE: u32 = 1;
const CASED: u32 = 2;

/// `c`'s class for the final-sigma rule: 0 neither, [`IGNORABLE`], or [`CASED`] (and not
/// case-ignorable). The table is read from its start (it is asked only beside a 'Σ').
fn sigma_class(c: char) -> u32 {
    let (mut start, mut class, mut v, mut shift) = (0, 0, 0, 0);
    for &b in SIGMA.iter() {
        v |= u32::from(b & 0x7F) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            if start + (v >> 2) > c as u32 {
                break;
            }
            (start, class, v, shift) = (start + (v >> 2), v & 3, 0, 0);
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_maps_as_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(lower(c).eq(c.to_lowercase()), "lower case of U+{:04X}", c as u32);
            assert!(upper(c).eq(c.to_uppercase()), "upper case of U+{:04X}", c as u32);
        }
    }

    #[test]
    fn every_character_has_its_final_sigma_class() {
        // the table read once, in order: (first character, class) of each run
        let mut runs = Vec::new();
        let (mut start, mut v, mut shift) = (0, 0, 0);
        for &b in SIGMA.iter() {
            v |= u32::from(b & 0x7F) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                start += v >> 2;
                runs.push((start, v & 3));
                (v, shift) = (0, 0);
            }
        }
        // each character's class as std shows it: the lower case of "cΣ" and of "AcΣ"
        let last = |s: &str| s.to_lowercase().chars().last();
        let mut r = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            while r + 1 < runs.len() && runs[r + 1].0 <= c as u32 {
                r += 1;
            }
            let std = match (last(&format!("{c}Σ")), last(&format!("A{c}Σ"))) {
                (Some('σ'), Some('ς')) => IGNORABLE,
                (Some('ς'), Some('ς')) => CASED,
                _ => 0,
            };
            assert_eq!(runs[r].1, std, "U+{:04X}", c as u32);
        }
        // and the look-up reads the same runs
        for (i, &(first, class)) in runs.iter().enumerate() {
            let end = runs.get(i + 1).map_or(0x110000, |r| r.0);
            for u in [first, end - 1] {
                if let Some(c) = char::from_u32(u) {
                    assert_eq!(sigma_class(c), class, "U+{u:04X}");
                }
            }
        }
    }

    #[test]
    fn strings_as_std() {
        for s in [
            "", "abc", "ÀÉÎÕÜ", "ΟΔΥΣΣΕΑΣ", "ΣΑΣ ΣΑΣ", "Σ", "AΣ", "ΑΣ.", "ΑΣ'Σ", "ΑΣ'", "Α\u{301}Σ\u{301}",
            "İstanbul", "STRAßE", "ŉ ǰ ΐ ﬀ ﬃ", "ǅǈǋ ᾈᾼ", "Ⓐⓐ", "𐐀𐐨", "Ꭰꭰ", "Ⱥⱥ ẞ", "’Σ’", "x.Σ.y",
        ] {
            assert_eq!(to_lower(s), s.to_lowercase(), "{s:?}");
            assert_eq!(to_upper(s), s.to_uppercase(), "{s:?}");
        }
    }

    // (proptest is a native-only dev-dependency: its random source does not build for wasm32)
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_string_as_std(s in "[a-zA-Z .'’ΑαΣσςΟοΔ\u{300}-\u{36f}İıßǅᾈ𐐀𐐨Ⓐⓐﬀ-]{0,24}") {
            proptest::prop_assert_eq!(to_lower(&s), s.to_lowercase());
            proptest::prop_assert_eq!(to_upper(&s), s.to_uppercase());
        }
    }
}
