//! Conversion of byte offsets to UTF-16 code units or code points, through one sparse table per text.

use crate::lexicon::next_non_ascii;
use serde::{Deserialize, Serialize};

/// The unit of every `start`/`end` in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// UTF-16 code units, as JavaScript strings and the DOM count.
    #[default]
    Utf16,
    /// Unicode scalar values, as Python `str` indices count.
    Codepoint,
    /// UTF-8 bytes, as Rust `str` indices count.
    Utf8,
}

impl Unit {
    pub fn name(self) -> &'static str {
        match self {
            Unit::Utf16 => "utf16",
            Unit::Codepoint => "codepoint",
            Unit::Utf8 => "utf8",
        }
    }
}

impl std::str::FromStr for Unit {
    type Err = String;
    fn from_str(s: &str) -> Result<Unit, String> {
        match s {
            "utf16" | "utf-16" => Ok(Unit::Utf16),
            "codepoint" | "codepoints" => Ok(Unit::Codepoint),
            "utf8" | "utf-8" | "bytes" => Ok(Unit::Utf8),
            _ => Err(format!("unknown offset unit {s:?}: use utf16, codepoint or utf8")),
        }
    }
}

/// Maps byte offsets of one text to another unit.
///
/// The table holds one row per non-ASCII character (the byte offset just after it
/// and the running count of bytes in excess of the unit's length so far), so it is
/// empty for ASCII text and a lookup is a binary search.
pub struct OffsetMap {
    unit: Unit,
    rows: Vec<(u32, u32)>,
    /// For each block of [`OffsetMap::BLOCK`] bytes: the rows that end before it, where a
    /// lookup starts its short forward scan (a block holds at most a few wide characters).
    blocks: Vec<u32>,
    wide: bool,
}

impl OffsetMap {
    pub fn new(text: &str, unit: Unit) -> OffsetMap {
        let mut rows = Vec::new();
        let wide = text.len() > u32::MAX as usize;
        if unit != Unit::Utf8 && !wide {
            let mut excess = 0u32;
            // from one character outside ASCII to the next (eight bytes at a time between
            // them, and not at all for an ASCII text): its leading byte tells its length (two
            // UTF-16 units for the four-byte ones)
            let (b, mut i) = (text.as_bytes(), 0);
            while let Some(p) = next_non_ascii(b, i) {
                let bytes: u32 = if b[p] >= 0xF0 { 4 } else if b[p] >= 0xE0 { 3 } else { 2 };
                let units = if unit == Unit::Utf16 && bytes == 4 { 2 } else { 1 };
                excess += bytes - units;
                rows.push((p as u32 + bytes, excess));
                i = p + bytes as usize;
            }
        }
        let mut blocks = Vec::new();
        if !rows.is_empty() {
            let mut r = 0;
            for k in 0..text.len() / Self::BLOCK + 1 {
                while r < rows.len() && rows[r].0 as usize <= k * Self::BLOCK {
                    r += 1;
                }
                blocks.push(r as u32);
            }
        }
        OffsetMap { unit, rows, blocks, wide }
    }

    const BLOCK: usize = 64;

    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// The offset in this map's unit of a byte offset that lies on a character boundary.
    pub fn convert(&self, byte: usize) -> usize {
        if self.rows.is_empty() || self.wide {
            return byte;
        }
        let b = byte as u32;
        let mut idx = match self.blocks.get(byte / Self::BLOCK) {
            Some(&first) => first as usize,
            None => self.rows.partition_point(|&(end, _)| end <= b),
        };
        while idx < self.rows.len() && self.rows[idx].0 <= b {
            idx += 1;
        }
        if idx == 0 {
            byte
        } else {
            byte - self.rows[idx - 1].1 as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{OffsetMap, Unit};

    fn check(text: &str, unit: Unit) {
        let map = OffsetMap::new(text, unit);
        for (i, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let expect = match unit {
                Unit::Utf8 => i,
                Unit::Codepoint => text[..i].chars().count(),
                Unit::Utf16 => text[..i].encode_utf16().count(),
            };
            assert_eq!(map.convert(i), expect, "{text:?} at byte {i} in {unit:?}");
        }
    }

    #[test]
    fn every_boundary_converts_like_recounting() {
        for text in ["plain ascii", "Erdoğan met Kim", "日本語のテキスト", "a 👩‍👩‍👧 family 🇰🇷 flag", "مرحبا world", ""] {
            for unit in [Unit::Utf8, Unit::Codepoint, Unit::Utf16] {
                check(text, unit);
            }
        }
        // long enough for many lookup blocks, wide characters on both sides of their edges
        let long = "Erdoğan met 日本 and 👩‍👩‍👧 “quoted” in Zürich, plain ascii stretch after it. ".repeat(30);
        for unit in [Unit::Utf8, Unit::Codepoint, Unit::Utf16] {
            check(&long, unit);
        }
    }

    #[test]
    fn ascii_needs_no_table() {
        assert!(OffsetMap::new("only ascii here", Unit::Utf16).rows.is_empty());
    }
}
