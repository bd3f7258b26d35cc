//! Lookups in the compiled lexicons (sorted static tables, no start-up cost) and the user's gazetteer.

use std::cmp::Ordering;

use crate::model::{Gender, Label};
use crate::tables::{GAZETTEER, GIVEN_NAMES, SURNAMES};
use crate::GazetteerEntry;

/// A sorted list of strings packed in one: each entry ended by a line break, plus the byte
/// offset of every [`Strings::BLOCK`]-th entry.
///
/// The format of the generated tables (`src/tables.rs`): no (pointer, length) pair per
/// string as a `&[&str]` has, which in a `.wasm` cost more than the names themselves.
/// Look-ups first search the blocks (a binary search of their first entries, then one block);
/// after [`INDEX_AFTER`] of them a full index is built in one pass over each table's text, eight
/// bytes at a time (the offset and the first eight bytes of every entry), and [`Strings::find`]
/// becomes a binary search that compares integers and reads the text only when those first
/// bytes are equal. A page's first, short text never pays for the indexes. The long lists (the
/// gazetteer's surface forms, the names, the common words) are front-coded (see
/// [`Strings::front_coded`]); their index writes them out in full, and before it exists
/// [`Strings::get`] writes out one block at a time.
#[derive(Debug)]
pub struct Strings {
    /// The entries in byte order, each followed by `\n`.
    pub text: &'static str,
    /// The byte offset in `text` of entries 0, `BLOCK`, 2 × `BLOCK`, …
    pub blocks: &'static [u32],
    pub len: usize,
    /// Front coding (for the long lists of names, 17 % smaller compressed): each entry after
    /// the first of its block is written as one byte, `b'0'` plus the length in bytes of the
    /// prefix it shares with the entry before it, then the rest of it.
    pub front_coded: bool,
    /// The byte offset of every entry and its first bytes, built after [`INDEX_AFTER`] look-ups.
    pub index: std::sync::OnceLock<StringsIndex>,
    /// A front-coded table's blocks written out, each when [`Strings::get`] first asks for one
    /// of its entries and there is no index yet (a short text never writes out a whole table).
    pub blocks_out: std::sync::OnceLock<Box<[std::sync::OnceLock<Box<str>>]>>,
}

/// Look-ups made in the tables before their full indexes exist. A short text (a page's first
/// annotate) searches the blocks and never pays for building the indexes; after
/// [`INDEX_AFTER`] look-ups (a long text) each table builds its index on its next look-up.
static UNINDEXED_LOOKUPS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
const INDEX_AFTER: u32 = 2048;

/// Built once [`INDEX_AFTER`] look-ups have been made, in one pass over a table's text.
#[derive(Debug)]
pub struct StringsIndex {
    /// A front-coded table written out in full (the offsets are into it then).
    decoded: Option<Box<str>>,
    /// The byte offset of every entry and of the end.
    offsets: Vec<u32>,
    /// The first eight bytes of every entry, big-endian and zero-padded: most steps of a
    /// binary search compare these integers and never touch the text.
    prefixes: Vec<u64>,
    /// For each byte value `b`, the first entry whose first byte is `b` or more (and the
    /// length at 256): a search starts inside the entries that share the key's first byte.
    by_first: Box<[u32; 257]>,
}

/// The high bit of each of the eight bytes of `x` (little-endian) that equals `v`, and no other
/// bit: bytes equal to `v` become zero, and exactly the zero bytes get their high bit (no borrow
/// runs from one byte into the next). Shared by the scans that test eight bytes at a time.
#[inline]
pub(crate) fn bytes_equal(x: u64, v: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let y = x ^ (ONES * v as u64);
    !(((y & LOW7) + LOW7) | y | LOW7)
}

/// High bits in the bytes of `x` (little-endian) that are below `v` (at most 0x80): nonzero
/// exactly when one is, and the lowest set bit marks the first such byte (a borrow out of it may
/// also mark bytes after it). Shared by the scans that test eight bytes at a time.
#[inline]
pub(crate) fn bytes_below(x: u64, v: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    x.wrapping_sub(ONES * v as u64) & !x & (ONES * 0x80)
}

/// The first byte at or after `i` outside ASCII, eight bytes at a time (the scans for the
/// characters outside ASCII: numex's lower-casing, the offset tables).
pub(crate) fn next_non_ascii(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(w) = b.get(i..i + 8) {
        let high = u64::from_le_bytes(w.try_into().unwrap()) & 0x8080_8080_8080_8080;
        if high != 0 {
            return Some(i + high.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    (i..b.len()).find(|&j| b[j] >= 0x80)
}

/// The positions of the line breaks in `text`, eight bytes at a time (a table's index is built
/// on the first look-up, so this pass is part of the start-up time).
fn newlines(text: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let words = text.chunks_exact(8);
    let tail_start = text.len() - words.remainder().len();
    words
        .enumerate()
        .flat_map(|(k, w)| {
            let mut found = bytes_equal(u64::from_le_bytes(w.try_into().unwrap_or_default()), b'\n');
            std::iter::from_fn(move || {
                if found == 0 {
                    return None;
                }
                let byte = found.trailing_zeros() as usize / 8;
                found &= found - 1;
                Some(k * 8 + byte)
            })
        })
        .chain(text[tail_start..].iter().enumerate().filter(|&(_, &b)| b == b'\n').map(move |(i, _)| tail_start + i))
}

/// The entry a line of a front-coded table stands for, given the entry before it in `entry`
/// (a block's first line is the entry itself; see [`Strings::front_coded`]).
fn expand(entry: &mut Vec<u8>, line: &[u8], first_of_block: bool) {
    let (shared, rest) = split_coded(line, !first_of_block);
    entry.truncate(shared);
    entry.extend_from_slice(rest);
}

/// A line of a front-coded table as the number of bytes its entry shares with the entry
/// before it and the rest of the entry; a line that is not `coded` (a block's first, or any
/// line of a table without front coding) shares none. (One helper for the decoding and both
/// searches of a block.)
fn split_coded(line: &[u8], coded: bool) -> (usize, &[u8]) {
    match line.split_first() {
        Some((&b, rest)) if coded => (b.saturating_sub(b'0') as usize, rest),
        _ => (0, line),
    }
}

/// The number of leading bytes `a` and `b` share.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut k = 0;
    while k < n && a[k] == b[k] {
        k += 1;
    }
    k
}

/// The order of `a` and `b` (as `a.cmp(b)`), their bytes compared in line. In a `.wasm`,
/// comparing two byte strings is a call to `memcmp`, which the searches of sorted lists would
/// make for most tokens of a text.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    order_after(a, b, common_prefix(a, b))
}

/// The order of `a` and `b` given the number of leading bytes `k` they share.
fn order_after(a: &[u8], b: &[u8], k: usize) -> Ordering {
    match (a.get(k), b.get(k)) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => a.len().cmp(&b.len()),
    }
}

/// Whether the sorted list `list` holds `w`: a binary search that compares bytes in line
/// ([`compare`]; the quote layer searches its short word lists for most tokens of a text).
pub(crate) fn in_sorted(list: &[&str], w: &str) -> bool {
    list.binary_search_by(|x| compare(x.as_bytes(), w.as_bytes())).is_ok()
}

/// The first eight bytes of `s`, big-endian and zero-padded (so integer order is byte order,
/// equal only when a full comparison is needed).
fn prefix8(s: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s[..n]);
    u64::from_be_bytes(b)
}

/// The line of `text` that starts at byte `o` (to the next `\n` or the end).
fn line_at(text: &[u8], o: usize) -> &[u8] {
    // (a plain loop: a page's first annotate runs this in V8's baseline code, where an
    // iterator with a closure costs a call a byte)
    let start = o.min(text.len());
    let mut end = start;
    // (eight bytes at a time: an entry is a name of ten bytes or more, as often as not)
    while let Some(w) = text.get(end..end + 8) {
        let found = bytes_equal(u64::from_le_bytes(w.try_into().unwrap()), b'\n');
        if found != 0 {
            return &text[start..end + found.trailing_zeros() as usize / 8];
        }
        end += 8;
    }
    while end < text.len() && text[end] != b'\n' {
        end += 1;
    }
    &text[start..end]
}

impl Strings {
    /// Entries per block (the generator writes the same).
    pub const BLOCK: usize = 16;

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn index(&self) -> &StringsIndex {
        self.index.get_or_init(|| {
            let coded = self.text.as_bytes();
            let mut offsets = Vec::with_capacity(self.len + 1);
            offsets.push(0u32);
            // a front-coded table is written out in full in the pass that finds its entries
            // (no second scan of the written-out text)
            let mut out: Vec<u8> = Vec::with_capacity(if self.front_coded { coded.len() * 3 / 2 } else { 0 });
            let mut entry: Vec<u8> = Vec::new();
            let mut start = 0;
            for (k, i) in newlines(coded).take(self.len).enumerate() {
                if self.front_coded {
                    expand(&mut entry, &coded[start..i], k % Self::BLOCK == 0);
                    out.extend_from_slice(&entry);
                    out.push(b'\n');
                    offsets.push(out.len() as u32);
                } else {
                    offsets.push(i as u32 + 1);
                }
                start = i + 1;
            }
            // (each entry is whole characters: the generator cuts prefixes at character boundaries)
            let decoded = self.front_coded.then(|| String::from_utf8(out).unwrap_or_default().into_boxed_str());
            let text = decoded.as_deref().unwrap_or(self.text).as_bytes();
            let mut prefixes = Vec::with_capacity(self.len);
            for k in 1..offsets.len() {
                let (start, i) = (offsets[k - 1] as usize, offsets[k] as usize - 1);
                // eight bytes at once where the text has them, masked to the entry
                let p = match text.get(start..start + 8) {
                    Some(w) => {
                        let v = u64::from_be_bytes(w.try_into().unwrap_or_default());
                        let len = i - start;
                        if len >= 8 { v } else if len == 0 { 0 } else { v & !(u64::MAX >> (8 * len)) }
                    }
                    None => prefix8(&text[start..i]),
                };
                prefixes.push(p);
            }
            let mut by_first = Box::new([0u32; 257]);
            for (b, slot) in by_first.iter_mut().enumerate() {
                *slot = prefixes.partition_point(|p| ((p >> 56) as usize) < b) as u32;
            }
            StringsIndex { decoded, offsets, prefixes, by_first }
        })
    }

    /// Block `b` of a front-coded table, its entries written out in full, each followed by `\n`.
    fn decode_block(&self, b: usize) -> Box<str> {
        let mut out: Vec<u8> = Vec::new();
        let mut entry: Vec<u8> = Vec::new();
        let mut o = self.blocks[b] as usize;
        for k in 0..Self::BLOCK.min(self.len - b * Self::BLOCK) {
            let line = self.entry_at(o);
            expand(&mut entry, line, k == 0);
            out.extend_from_slice(&entry);
            out.push(b'\n');
            o += line.len() + 1;
        }
        String::from_utf8(out).unwrap_or_default().into_boxed_str()
    }

    /// The text the index's offsets point into.
    fn full_text<'s>(&'s self, index: &'s StringsIndex) -> &'s str {
        index.decoded.as_deref().unwrap_or(self.text)
    }

    /// The full index once a text has made [`INDEX_AFTER`] look-ups in the tables without it.
    fn indexed(&self) -> Option<&StringsIndex> {
        if let Some(index) = self.index.get() {
            return Some(index);
        }
        if UNINDEXED_LOOKUPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < INDEX_AFTER {
            return None;
        }
        Some(self.index())
    }

    /// The entry that starts at byte `o` of the text.
    fn entry_at(&self, o: usize) -> &'static [u8] {
        line_at(self.text.as_bytes(), o)
    }

    /// The order of the entry that starts at byte `o` of the text and `key` (as `cmp`), read
    /// only up to their first difference: the search of the blocks' first entries asks this of
    /// ten or so entries a look-up, most of which differ from the key in their first bytes.
    fn cmp_at(&self, o: usize, key: &[u8]) -> Ordering {
        let text = self.text.as_bytes();
        let mut k = 0;
        loop {
            // (each byte one more than its value, and an end 0: a prefix sorts first)
            let t = text.get(o + k).filter(|&&b| b != b'\n').map_or(0, |&b| b as u16 + 1);
            let c = key.get(k).map_or(0, |&b| b as u16 + 1);
            if t != c || t == 0 {
                return t.cmp(&c);
            }
            k += 1;
        }
    }

    /// Entry `i` (panics when out of range, like slice indexing). A front-coded table without
    /// its index writes out the entry's block, once.
    pub fn get(&'static self, i: usize) -> &'static str {
        assert!(i < self.len, "index {i} out of range for a table of {}", self.len);
        if self.front_coded {
            if let Some(index) = self.index.get() {
                let o = &index.offsets;
                return &self.full_text(index)[o[i] as usize..o[i + 1] as usize - 1];
            }
            let out = self.blocks_out.get_or_init(|| (0..self.blocks.len()).map(|_| std::sync::OnceLock::new()).collect());
            let block: &'static str = out[i / Self::BLOCK].get_or_init(|| self.decode_block(i / Self::BLOCK));
            let mut o = 0;
            for _ in 0..i % Self::BLOCK {
                o += line_at(block.as_bytes(), o).len() + 1;
            }
            return block.get(o..o + line_at(block.as_bytes(), o).len()).unwrap_or_default();
        }
        let text: &'static str = self.text;
        if let Some(StringsIndex { offsets: o, .. }) = self.index.get() {
            return &text[o[i] as usize..o[i + 1] as usize - 1];
        }
        // without the index: from the start of its block, entry by entry
        let mut o = self.blocks[i / Self::BLOCK] as usize;
        for _ in 0..i % Self::BLOCK {
            o += self.entry_at(o).len() + 1;
        }
        let e = self.entry_at(o).len();
        &text[o..o + e]
    }

    /// The entries in order (a front-coded table builds its index for this).
    pub fn iter(&'static self) -> impl Iterator<Item = &'static str> {
        let text: &'static str = if self.front_coded { self.full_text(self.index()) } else { self.text };
        text.split_terminator('\n')
    }

    /// Binary search of the sorted list: `Ok(index)` of `key`, or `Err(index)` where it would go.
    pub fn find(&self, key: &str) -> Result<usize, usize> {
        self.find_bytes(key.as_bytes())
    }

    /// [`Strings::find`] of a key given as bytes.
    fn find_bytes(&self, key: &[u8]) -> Result<usize, usize> {
        match self.indexed() {
            Some(index) => self.find_indexed(index, key),
            None => self.find_in_blocks(key),
        }
    }

    /// [`Strings::find`] without the index: a binary search of the blocks' first entries, then
    /// the entries of one block in turn. A front-coded block is read without writing its
    /// entries out: each entry's shared prefix is compared with what the entry before it shared
    /// with the key (no allocation and no copying: a first annotate runs this in baseline code).
    fn find_in_blocks(&self, key: &[u8]) -> Result<usize, usize> {
        let b = self.blocks.partition_point(|&o| self.cmp_at(o as usize, key) != Ordering::Greater);
        if b == 0 {
            return Err(0);
        }
        let (mut i, mut o) = ((b - 1) * Self::BLOCK, self.blocks[b - 1] as usize);
        let end = (b * Self::BLOCK).min(self.len);
        // the bytes the entry before shares with the key
        let mut lcp = 0usize;
        while i < end {
            let line = self.entry_at(o);
            let (shared, rest) = split_coded(line, self.front_coded && i % Self::BLOCK != 0);
            let order = if shared > lcp {
                // it differs from the key where the entry before did, in the same way
                Ordering::Less
            } else {
                // its first `shared` bytes are the key's: the rest decides
                let tail = key.get(shared..).unwrap_or_default();
                let k = common_prefix(rest, tail);
                lcp = shared + k;
                order_after(rest, tail, k)
            };
            match order {
                Ordering::Less => {
                    o += line.len() + 1;
                    i += 1;
                }
                Ordering::Equal => return Ok(i),
                Ordering::Greater => return Err(i),
            }
        }
        Err(i)
    }

    fn find_indexed(&self, index: &StringsIndex, key: &[u8]) -> Result<usize, usize> {
        let StringsIndex { offsets: o, prefixes, by_first, .. } = index;
        let text = self.full_text(index).as_bytes();
        let kp = prefix8(key);
        // entries with a smaller first byte sort before the key, with a larger one after it
        let (mut lo, mut hi) = match key.first() {
            Some(&f) => (by_first[f as usize] as usize, by_first[f as usize + 1] as usize),
            None => (0, self.len),
        };
        while lo < hi {
            let mid = (lo + hi) / 2;
            let order = match prefixes[mid].cmp(&kp) {
                Ordering::Equal => compare(&text[o[mid] as usize..o[mid + 1] as usize - 1], key),
                other => other,
            };
            match order {
                Ordering::Less => lo = mid + 1,
                Ordering::Equal => return Ok(mid),
                Ordering::Greater => hi = mid,
            }
        }
        Err(lo)
    }

    /// Whether entry `i` starts with `key`, without writing out a front-coded block: the
    /// bytes each entry of the block shares with `key` follow from the entry before.
    pub fn starts_with_at(&'static self, i: usize, key: &str) -> bool {
        if i >= self.len {
            return false;
        }
        if !self.front_coded || self.index.get().is_some() {
            return self.get(i).starts_with(key);
        }
        let key = key.as_bytes();
        let mut o = self.blocks[i / Self::BLOCK] as usize;
        let mut lcp = 0usize;
        for k in 0..=i % Self::BLOCK {
            let line = self.entry_at(o);
            // (the block's first entry: `shared` 0, so `lcp` is what it shares with the key)
            let (shared, rest) = split_coded(line, k != 0);
            if shared <= lcp {
                lcp = shared + common_prefix(rest, key.get(shared..).unwrap_or_default());
            }
            o += line.len() + 1;
        }
        lcp == key.len()
    }

    /// Whether the sorted list holds `key`.
    pub fn contains(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }
}

/// The built-in gazetteer: surface forms (sorted), a label and a canonical name for each.
#[derive(Debug)]
pub struct Gazetteer {
    pub surfaces: Strings,
    /// One byte an entry: `b'a'` + the index of its label in `labels`.
    pub label_of: &'static [u8],
    pub labels: &'static [&'static str],
    /// The canonical name of each entry: its index (a surface index, or `surfaces.len()` +
    /// an index of `extra`) less the entry's own index, so mostly 0.
    pub canonical: &'static [i16],
    /// Canonical names that are no surface form.
    pub extra: Strings,
}

impl Gazetteer {
    pub fn len(&self) -> usize {
        self.surfaces.len()
    }

    pub fn is_empty(&self) -> bool {
        self.surfaces.is_empty()
    }

    /// Entry `i`: (surface form, label, canonical name).
    pub fn entry(&'static self, i: usize) -> (&'static str, &'static str, &'static str) {
        let label = self.labels[(self.label_of[i] - b'a') as usize];
        let c = (i as isize + self.canonical[i] as isize) as usize;
        let canonical = if c < self.len() { self.surfaces.get(c) } else { self.extra.get(c - self.len()) };
        (self.surfaces.get(i), label, canonical)
    }

    pub fn iter(&'static self) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        (0..self.len()).map(move |i| self.entry(i))
    }

    /// The (label, canonical name) of the surface form `key`.
    pub fn get(&'static self, key: &str) -> Option<(&'static str, &'static str)> {
        let (_, label, canonical) = self.entry(self.surfaces.find(key).ok()?);
        Some((label, canonical))
    }
}

/// The built-in given names (sorted) and the gender of each.
#[derive(Debug)]
pub struct GivenNames {
    pub names: Strings,
    /// One byte a name: `b'm'`, `b'f'` or `b'u'`.
    pub genders: &'static [u8],
}

impl GivenNames {
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn iter(&'static self) -> impl Iterator<Item = (&'static str, u8)> {
        self.names.iter().zip(self.genders.iter().copied())
    }

    /// The gender byte of `name`, if the name is known.
    pub fn get(&self, name: &str) -> Option<u8> {
        Some(self.genders[self.names.find(name).ok()?])
    }
}

/// A name found in a lexicon: its label and canonical name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    pub label: Label,
    pub canonical: &'a str,
}

/// The built-in tables plus a user gazetteer, which takes precedence.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// (surface form, label, canonical name), sorted by surface form.
    user: Vec<(String, Label, String)>,
}

impl Lexicon {
    pub fn new(entries: &[GazetteerEntry]) -> Lexicon {
        let mut user = Vec::new();
        for e in entries {
            let name = normalise_key(&e.name);
            user.push((name.clone(), e.label, name.clone()));
            for a in &e.aliases {
                user.push((normalise_key(a), e.label, name.clone()));
            }
        }
        crate::sort::sort_by(&mut user, |a, b| a.0.cmp(&b.0));
        user.dedup_by(|a, b| a.0 == b.0);
        Lexicon { user }
    }

    /// The entry whose surface form is exactly `key` (normalised: single spaces, straight apostrophes).
    pub fn get(&self, key: &str) -> Option<Hit<'_>> {
        if let Ok(i) = self.user.binary_search_by(|e| e.0.as_str().cmp(key)) {
            let (_, label, canon) = &self.user[i];
            return Some(Hit { label: *label, canonical: canon });
        }
        let (label, canon) = GAZETTEER.get(key)?;
        Some(Hit { label: Label::parse(label)?, canonical: canon })
    }

    /// [`Lexicon::get`] of one key, and whether some entry starts with it (so a longer window
    /// may still match), with one search of the built-in table.
    /// The built-in table's answer is remembered across texts ([`probe_built_in`]).
    pub fn probe(&self, key: &str) -> (Option<Hit<'_>>, bool) {
        let (built_in, built_in_prefix) = probe_built_in(key);
        if self.user.is_empty() {
            return (built_in, built_in_prefix);
        }
        let j = self.user.partition_point(|e| e.0.as_str() < key);
        let user_hit = self.user.get(j).filter(|e| e.0 == key).map(|(_, label, canon)| Hit { label: *label, canonical: canon.as_str() });
        let user_prefix = self.user.get(j).is_some_and(|e| e.0.starts_with(key));
        (user_hit.or(built_in), user_prefix || built_in_prefix)
    }
}

/// One slot of [`PROBES`]: a key's bytes as [`pack`] gives them, its length plus one (0: an
/// empty slot), and the answer of [`search_built_in`].
type ProbeSlot = ((u64, u64), u8, Option<Hit<'static>>, bool);

const PROBE_SLOTS: usize = 4096;

thread_local! {
    /// Made at the first probe, not a static: an empty slot's `None` is no zero bytes, so a
    /// static table would be 4,096 data segments in the `.wasm` (36 KB).
    static PROBES: std::cell::OnceCell<Box<[std::cell::Cell<ProbeSlot>]>> = const { std::cell::OnceCell::new() };
}

/// [`search_built_in`], remembered by the key's bytes: a text names the same places and people
/// again and again, articles share most of their names, and a text typed into an editor is
/// annotated again at every keystroke. The built-in tables never change, so an answer holds
/// for every text; a slot keeps the last key hashed to it (keys longer than [`PACKED`] bytes
/// are searched each time), as in [`known`].
fn probe_built_in(key: &str) -> (Option<Hit<'static>>, bool) {
    let len = key.len();
    if len == 0 || len > PACKED {
        return search_built_in(key);
    }
    let k = pack(key.as_bytes());
    let slot = (packed_hash(k, len) >> 40) as usize % PROBE_SLOTS;
    let tag = (len + 1) as u8;
    let table = |p: &std::cell::OnceCell<Box<[std::cell::Cell<ProbeSlot>]>>| {
        let p = p.get_or_init(|| vec![std::cell::Cell::new(((0, 0), 0, None, false)); PROBE_SLOTS].into_boxed_slice());
        let (sk, st, hit, more) = p[slot].get();
        if sk == k && st == tag {
            return (hit, more);
        }
        let (hit, more) = search_built_in(key);
        p[slot].set((k, tag, hit, more));
        (hit, more)
    };
    // (no table while the thread's storage is being torn down: search)
    PROBES.try_with(table).unwrap_or_else(|_| search_built_in(key))
}

/// The built-in entry whose surface form is `key`, and whether some entry starts with `key`,
/// with one search of the table.
fn search_built_in(key: &str) -> (Option<Hit<'static>>, bool) {
    let surfaces = &GAZETTEER.surfaces;
    match surfaces.find(key) {
        Ok(i) => {
            let (_, label, canonical) = GAZETTEER.entry(i);
            (Label::parse(label).map(|label| Hit { label, canonical }), true)
        }
        Err(i) => (None, surfaces.starts_with_at(i, key)),
    }
}

/// The gender of a given name, if the name is known.
pub fn given_name(name: &str) -> Option<Gender> {
    Some(match known(name, ASK_GIVEN) {
        0 => return None,
        1 => Gender::Male,
        2 => Gender::Female,
        _ => Gender::Unknown,
    })
}

/// The table's entry for a name with diacritics by its plain letters ("Héctor" as "Hector").
fn given_unaccented(name: &str) -> Option<u8> {
    let mut buf = [0u8; 24];
    let mut n = 0;
    if name.is_ascii() {
        return None;
    }
    for c in name.chars() {
        let b = if c.is_ascii() { c as u8 } else { base_letter(c)? as u8 };
        *buf.get_mut(n)? = if c.is_uppercase() { b.to_ascii_uppercase() } else { b };
        n += 1;
    }
    GIVEN_NAMES.get(std::str::from_utf8(&buf[..n]).ok()?)
}

/// The plain lower-case letter of a Latin letter with a diacritic ('É' → 'e'), if it is one.
pub fn base_letter(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'a',
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'e',
        'ğ' | 'Ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'ń' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => 's',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ž' | 'ź' | 'ż' | 'Ž' => 'z',
        _ => return None,
    })
}

/// A fast hash for short words. For tables whose keys are fixed lexicon entries only: its
/// output is predictable, so maps keyed by words of the text keep std's seeded SipHash (a
/// crafted text could otherwise make every key collide).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().unwrap_or_default())).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        // (the last one to seven bytes in one step, read as [`pack`] reads a short word: most
        // words are shorter than eight bytes)
        let tail = chunks.remainder();
        if !tail.is_empty() {
            h = (h.rotate_left(5) ^ short_le(tail)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;
/// A hash set of words, with [`WordHasher`].
pub type WordSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<WordHasher>>;

/// Bytes of a word held in the two integers of [`pack`].
pub const PACKED: usize = 16;

/// The first 16 bytes of `b` (zeros after its end) as two integers. (Out of line: its callers
/// are look-ups per word, and one copy keeps the .wasm small.)
#[inline(never)]
pub fn pack(b: &[u8]) -> (u64, u64) {
    if let Some(w) = b.get(..PACKED) {
        return pack16(w.try_into().unwrap(), b.len().min(PACKED));
    }
    // (a shorter word from two loads that may overlap, the second shifted into place: no copy
    // into a zeroed buffer, a call for a length known only here)
    let n = b.len();
    let le = |a: usize| u64::from_le_bytes(b[a..a + 8].try_into().unwrap());
    match n {
        8.. => (le(0), (le(n - 8) >> (8 * (15 - n))) >> 8),
        _ => (short_le(b), 0),
    }
}

/// The bytes of `b`, shorter than eight, as one little-endian integer (zeros after its end),
/// from two loads that may overlap: for [`pack`] and [`WordHasher`]'s last step.
#[inline]
fn short_le(b: &[u8]) -> u64 {
    let n = b.len();
    let le4 = |a: usize| u64::from(u32::from_le_bytes(b[a..a + 4].try_into().unwrap()));
    match n {
        4.. => le4(0) | le4(n - 4) << (8 * (n - 4)),
        1.. => u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1)),
        0 => 0,
    }
}

/// The hash of a word packed by [`pack`] with its length, for the tables of slots keyed by
/// packed words (the known-word memo here, numex's word table, the entity layer's probe memo and
/// word table): multiplicative, its high bits the slot.
#[inline]
pub fn packed_hash(k: (u64, u64), len: usize) -> u64 {
    (k.0 ^ k.1.rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The first `len` bytes of `w` (zeros after them) as two integers.
#[inline]
pub fn pack16(w: &[u8; PACKED], len: usize) -> (u64, u64) {
    let x = u64::from_le_bytes(w[..8].try_into().unwrap());
    let y = u64::from_le_bytes(w[8..].try_into().unwrap());
    let keep = |n: usize| if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    (x & keep(len), y & keep(len.saturating_sub(8)))
}

/// What [`known`] remembers of a word: which questions were asked and their answers.
#[derive(Clone, Copy)]
struct Known {
    key: (u64, u64),
    /// The word's length plus one (0: an empty slot).
    len: u8,
    asked: u8,
    answers: u8,
}

const KNOWN_SLOTS: usize = 4096;
/// The questions [`known`] answers (one bit each in `Known::asked`, two in `Known::answers`).
const ASK_COMMON: u8 = 1;
const ASK_GIVEN: u8 = 2;
const ASK_SURNAME: u8 = 4;

thread_local! {
    static KNOWN: [std::cell::Cell<Known>; KNOWN_SLOTS] = const { [const { std::cell::Cell::new(Known { key: (0, 0), len: 0, asked: 0, answers: 0 }) }; KNOWN_SLOTS] };
}

/// The answer (two bits) to question `ask` about `word`, remembered by the word's bytes: a
/// text asks about the same words again and again, and each answer is a binary search of a
/// table. The answers depend on the built-in tables only, so they hold for every text; a slot
/// keeps the last word hashed to it (words longer than [`PACKED`] bytes are looked up each time).
#[inline(never)]
fn known(word: &str, ask: u8) -> u8 {
    let len = word.len();
    if len == 0 || len > PACKED {
        return look_up(word, ask);
    }
    let key = pack(word.as_bytes());
    let h = packed_hash(key, len);
    let slot = (h >> 40) as usize % KNOWN_SLOTS;
    let shift = ask.trailing_zeros() * 2;
    // (no slot while the thread's storage is being torn down: look it up)
    let Ok(mut e) = KNOWN.try_with(|k| k[slot].get()) else { return look_up(word, ask) & 3 };
    let same = e.key == key && e.len as usize == len + 1;
    if same && e.asked & ask != 0 {
        return e.answers >> shift & 3;
    }
    let answer = look_up(word, ask) & 3;
    if !same {
        e = Known { key, len: (len + 1) as u8, asked: 0, answers: 0 };
    }
    e.asked |= ask;
    e.answers |= answer << shift;
    let _ = KNOWN.try_with(|k| k[slot].set(e));
    answer
}

/// The answer to question `ask` about `word` from the tables (see [`known`]): a common word
/// (0 or 1), a given name (0: none, 1 male, 2 female, 3 either), a surname (0 or 1).
fn look_up(word: &str, ask: u8) -> u8 {
    match ask {
        ASK_COMMON => u8::from(common_uncached(word)),
        ASK_GIVEN => match GIVEN_NAMES.get(word).or_else(|| given_unaccented(word)) {
            None => 0,
            Some(b'm') => 1,
            Some(b'f') => 2,
            Some(_) => 3,
        },
        _ => u8::from(SURNAMES.contains(word)),
    }
}

/// Whether `word` (any case) is a frequent English word that is no name.
///
/// Called about once per word of a text (headline detection), so it allocates nothing for
/// ASCII words: they are lower-cased into a stack buffer and looked up in the table like the
/// other lexicons (its blocks for a short text, its index after [`INDEX_AFTER`] look-ups).
pub fn is_common_word(word: &str) -> bool {
    known(word, ASK_COMMON) != 0
}

fn common_uncached(word: &str) -> bool {
    const MAX: usize = 32;
    let mut buf = [0u8; MAX];
    let owned;
    let w: &[u8] = if word.is_ascii() && word.len() <= MAX {
        let buf = &mut buf[..word.len()];
        for (d, s) in buf.iter_mut().zip(word.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        buf
    } else {
        owned = crate::case::to_lower(word);
        owned.as_bytes()
    };
    !w.is_empty() && crate::common_words::COMMON_WORDS.find_bytes(w).is_ok()
}

pub fn is_surname(name: &str) -> bool {
    known(name, ASK_SURNAME) != 0
}

/// A lexicon key: runs of white space to one space, curly apostrophes to straight ones.
pub fn normalise_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(if c == '’' { '\'' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_non_ascii_finds_the_first_byte_outside_ascii() {
        let text = "plain ascii text, then «quoted» café – and more plain text to the end é".as_bytes();
        for i in 0..=text.len() + 1 {
            let want = text.iter().enumerate().skip(i).find(|(_, &b)| b >= 0x80).map(|(j, _)| j);
            assert_eq!(next_non_ascii(text, i), want, "{i}");
        }
    }

    /// [`probe_built_in`] remembers answers across calls and texts: whole names, prefixes,
    /// misses, an empty and an overlong key, then more keys than slots (so that slots are
    /// shared and overwritten), each asked twice, all as a search of the table answers.
    #[test]
    fn remembered_probes_agree_with_a_search() {
        let mut keys: Vec<String> = ["Harbor", "New", "New York", "New Yor", "Zzzq", "", "a key longer than sixteen bytes", "\u{e9}t\u{e9}"].iter().map(|k| k.to_string()).collect();
        keys.extend(GAZETTEER.surfaces.iter().step_by(3).take(6000).map(String::from));
        keys.extend((0..1500).map(|i| format!("Vale {i}")));
        for round in 0..2 {
            for k in &keys {
                assert_eq!(probe_built_in(k), search_built_in(k), "{k:?} {round}");
            }
        }
        // (the test asked about thousands of names, not only misses)
        assert!(keys.iter().filter(|k| probe_built_in(k).0.is_some()).count() > 2000, "{} keys", keys.len());
    }

    #[test]
    fn user_entries_take_precedence_and_aliases_map_to_the_name() {
        let lex = Lexicon::new(&[GazetteerEntry { name: "Moscow".into(), label: Label::Org, aliases: vec!["Acme  Moscow".into()] }]);
        assert_eq!(lex.get("Moscow").map(|h| h.label), Some(Label::Org));
        assert_eq!(lex.get("Acme Moscow").map(|h| h.canonical), Some("Moscow"));
        assert!(lex.probe("Acme").1);
        assert_eq!(Lexicon::default().get("Moscow").map(|h| h.label), Some(Label::Gpe));
    }

    #[test]
    fn names() {
        assert_eq!(given_name("Maria"), Some(Gender::Female));
        assert_eq!(given_name("zzzz"), None);
        for w in ["Order", "policy", "BEYOND", "abandoned"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["Putin", "Moscow", "zzzz", ""] {
            assert!(!is_common_word(w), "{w}");
        }
        assert_eq!(normalise_key(" Kim\u{a0} Jong’s "), "Kim Jong's");
    }

    #[test]
    fn common_word_search_finds_exactly_the_list() {
        let list: Vec<&str> = crate::common_words::COMMON_WORDS.iter().collect();
        assert!(list.len() > 5000 && list.windows(2).all(|p| p[0] < p[1]));
        for w in &list {
            assert!(is_common_word(w) && is_common_word(&w.to_uppercase()), "{w}");
            let longer = format!("{w}zz");
            assert_eq!(is_common_word(&longer), list.binary_search(&longer.as_str()).is_ok(), "{longer}");
            assert!(!is_common_word(&format!("{w}\n")));
        }
        assert!(!is_common_word("Érdoğan") && !is_common_word(&"a".repeat(40)));
    }

    #[test]
    fn packed_lookups_agree_with_the_lists() {
        let lex = Lexicon::default();
        for (i, (surface, label, canonical)) in GAZETTEER.iter().enumerate() {
            assert_eq!(GAZETTEER.surfaces.find(surface), Ok(i));
            assert_eq!(lex.get(surface).map(|h| (h.label.as_str(), h.canonical)), Some((label, canonical)), "{surface}");
            assert!(lex.probe(surface).1 && lex.probe(&surface[..surface.chars().next().unwrap().len_utf8()]).1);
        }
        assert!(!lex.probe("Zzzzzz").1 && !lex.probe("\u{10FFFF}").1);
        for (name, _) in GIVEN_NAMES.iter() {
            assert!(given_name(name).is_some(), "{name}");
        }
        for name in SURNAMES.iter() {
            assert!(is_surname(name), "{name}");
        }
        assert!(!is_surname("") && !is_surname("Zzzzzz") && given_name("").is_none());
    }

    #[test]
    fn bytes_below_finds_the_first_byte_below() {
        for v in [0x0e, 0x20, 0x80] {
            for fill in [b'a', 0x0d, 0x1f, 0x20, 0x7f, 0x80, 0xe2, 0xff] {
                for k in 0..8 {
                    for b in [0u8, 0x01, 0x0d, 0x0e, 0x1f, 0x20, 0x7f, 0x80, 0xff] {
                        let mut w = [fill; 8];
                        w[k] = b;
                        let got = bytes_below(u64::from_le_bytes(w), v);
                        let first = w.iter().position(|&c| c < v);
                        assert_eq!(got != 0, first.is_some(), "{w:?} below {v}");
                        if let Some(f) = first {
                            assert_eq!(got.trailing_zeros() as usize / 8, f, "{w:?} below {v}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn in_sorted_and_compare_agree_with_binary_search_and_cmp() {
        let list = ["", "a", "ab", "abc", "abd", "b", "ba", "caf\u{e9}", "zebra"];
        let probes = ["", "a", "aa", "ab", "abb", "abc", "abcd", "abd", "ac", "b", "ba", "bb", "caf", "caf\u{e9}", "zeb", "zebra", "zebras", "\u{e9}"];
        for w in probes {
            assert_eq!(in_sorted(&list, w), list.binary_search(&w).is_ok(), "{w:?}");
        }
        assert!(!in_sorted(&[], "a"));
        for a in probes {
            for b in probes {
                assert_eq!(compare(a.as_bytes(), b.as_bytes()), a.as_bytes().cmp(b.as_bytes()), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn block_search_agrees_with_the_index() {
        for table in [&GAZETTEER.surfaces, &GAZETTEER.extra, &GIVEN_NAMES.names, &SURNAMES, &crate::common_words::COMMON_WORDS] {
            // a copy whose index is never built, next to the full index of the original
            let fresh: &'static Strings = Box::leak(Box::new(Strings { text: table.text, blocks: table.blocks, len: table.len, front_coded: table.front_coded, index: std::sync::OnceLock::new(), blocks_out: std::sync::OnceLock::new() }));
            let index = table.index();
            let mut keys: Vec<String> = vec![String::new(), "\u{0}".into(), "zzzz".into(), "\u{10ffff}".into()];
            for (i, e) in table.iter().enumerate() {
                assert_eq!(e, table.get(i));
                assert_eq!(fresh.find_in_blocks(e.as_bytes()), Ok(i), "{e:?}");
                // (a front-coded block written out on its own)
                assert_eq!(fresh.get(i), e);
                keys.extend([e.to_string(), format!("{e}a"), format!("{e} "), e.chars().take(e.chars().count() / 2).collect()]);
            }
            assert_eq!(table.iter().count(), table.len());
            for k in &keys {
                assert_eq!(fresh.find_in_blocks(k.as_bytes()), table.find_indexed(index, k.as_bytes()), "{k:?}");
                let (Ok(i) | Err(i)) = table.find_indexed(index, k.as_bytes());
                let starts = i < table.len() && table.get(i).starts_with(k.as_str());
                assert_eq!(fresh.starts_with_at(i, k), starts, "{k:?} at {i}");
                assert_eq!(fresh.starts_with_at(i.saturating_sub(1), k), table.get(i.saturating_sub(1)).starts_with(k.as_str()), "{k:?} before {i}");
            }
            assert!(fresh.index.get().is_none());
        }
    }

    #[test]
    fn packed_words_are_their_bytes_zero_padded() {
        let text: Vec<u8> = (1..=40u8).map(|i| i.wrapping_mul(37) | 1).collect();
        for start in 0..4 {
            for len in 0..=24 {
                let b = &text[start..start + len];
                let mut w = [0u8; PACKED];
                w[..len.min(PACKED)].copy_from_slice(&b[..len.min(PACKED)]);
                let want = (u64::from_le_bytes(w[..8].try_into().unwrap()), u64::from_le_bytes(w[8..].try_into().unwrap()));
                assert_eq!(pack(b), want, "{start} {len}");
            }
        }
    }

    #[test]
    fn remembered_answers_agree_with_the_tables() {
        // more words than slots, so that slots are shared and overwritten; each word asked
        // all three questions in turn, twice (the second time from the slot when it is still there)
        let mut words: Vec<String> = ["Maria", "maria", "Smith", "order", "Order", "Héctor", "Érdoğan", "a", "Ab", "zzzz", "abcdefghijklmnop", "abcdefghijklmnopq"].iter().map(|w| w.to_string()).collect();
        words.extend(crate::common_words::COMMON_WORDS.iter().take(3000).map(|w| w.to_string()));
        words.extend(GIVEN_NAMES.iter().take(3000).map(|(w, _)| w.to_string()));
        words.extend(SURNAMES.iter().take(3000).map(|w| w.to_string()));
        for round in 0..2 {
            for w in &words {
                let given = GIVEN_NAMES.get(w).or_else(|| given_unaccented(w)).map(|g| match g {
                    b'm' => Gender::Male,
                    b'f' => Gender::Female,
                    _ => Gender::Unknown,
                });
                assert_eq!(is_common_word(w), common_uncached(w), "{w} {round}");
                assert_eq!(given_name(w), given, "{w} {round}");
                assert_eq!(is_surname(w), SURNAMES.contains(w), "{w} {round}");
                assert_eq!(is_common_word(w), common_uncached(w), "{w} {round}");
            }
        }
    }

    #[test]
    fn newlines_are_found_exactly_at_every_alignment() {
        // breaks next to bytes one away from '\n' (0x0b, 0x09) and at every position in a word
        for text in ["", "\n", "a\nb", "\n\x0b\n\x09\n", "abcdefg\nabcdefgh\n\n", "\x0b\x0b\x0b\x0b\x0b\x0b\x0b\n\x0b\n", "é\nü\n日本\nabcdefghijklmnop\nq"] {
            let want: Vec<usize> = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect();
            assert_eq!(newlines(text.as_bytes()).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn integer_prefixes_keep_byte_order() {
        let words = ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgi", "b", "\u{e9}t\u{e9}"];
        for x in words {
            for y in words {
                let (px, py) = (prefix8(x.as_bytes()), prefix8(y.as_bytes()));
                if px != py {
                    assert_eq!(px.cmp(&py), x.as_bytes().cmp(y.as_bytes()), "{x:?} {y:?}");
                }
            }
        }
    }
}
