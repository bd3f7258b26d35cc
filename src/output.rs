//! The versioned JSON envelope (schema v1), with offsets in the caller's unit.
//!
//! Every `start`/`end` is in the unit named by `offsets`, end exclusive, and every
//! span's `text` equals that slice of the input. Layers that did not run are absent.

use serde::Serialize;

use crate::lexicon::{bytes_below, bytes_equal};
use crate::model::{Action, Analysis, Label, Modality, QuoteKind};
use crate::offsets::{OffsetMap, Unit};
use crate::span::Span;

/// The schema version of [`Output`].
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Output<'a> {
    pub schema_version: u32,
    pub offsets: &'static str,
    pub sentences: Vec<SentenceOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<ClusterOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<QuoteOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<ClaimOut<'a>>>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct SpanOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct EntityOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub label: Label,
    pub entity: EntityId,
}

#[derive(Debug, Serialize)]
pub struct ClusterOut<'a> {
    pub id: EntityId,
    pub label: Label,
    pub name: &'a str,
    pub aliases: &'a [String],
    pub mentions: usize,
    pub role: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct QuoteOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: QuoteKind,
    pub speaker: Option<EntityId>,
    pub speaker_name: Option<&'a str>,
    pub speaker_mention: Option<SpanOut<'a>>,
    pub cue: Option<SpanOut<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ClaimOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub action: Action,
    pub actor: Option<&'a str>,
    pub target: Option<&'a str>,
    pub modality: Modality,
    pub source: Option<&'a str>,
    pub trigger: SpanOut<'a>,
}

/// An entity's id in the output, "E1", "E2", … (cluster index + 1), written without
/// allocating a string per mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityId(pub usize);

impl std::fmt::Display for EntityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "E{}", self.0 + 1)
    }
}

impl Serialize for EntityId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 24];
        buf[0] = b'E';
        let mut digits = [0u8; 20];
        let (mut n, mut k) = (self.0 + 1, 0);
        loop {
            digits[k] = b'0' + (n % 10) as u8;
            k += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for (d, src) in buf[1..=k].iter_mut().zip(digits[..k].iter().rev()) {
            *d = *src;
        }
        s.serialize_str(std::str::from_utf8(&buf[..=k]).unwrap_or("E"))
    }
}

fn cluster_id(i: usize) -> EntityId {
    EntityId(i)
}

impl Analysis<'_> {
    /// The schema-v1 envelope with offsets in `unit` (it borrows the text and the analysis).
    pub fn to_output(&self, unit: Unit) -> Output<'_> {
        let text = self.text();
        let map = OffsetMap::new(text, unit);
        let span = |s: Span| SpanOut { start: map.convert(s.start), end: map.convert(s.end), text: s.of(text) };
        let sentences = self
            .doc
            .sentences
            .iter()
            .map(|s| SentenceOut { start: map.convert(s.span.start), end: map.convert(s.span.end) })
            .collect();
        let entities = self.mentions.as_ref().map(|ms| {
            ms.iter()
                .map(|m| {
                    let s = span(m.span);
                    EntityOut { start: s.start, end: s.end, text: s.text, label: m.label, entity: cluster_id(m.cluster) }
                })
                .collect()
        });
        let clusters = self.mentions.as_ref().map(|_| {
            self.clusters
                .iter()
                .enumerate()
                .map(|(i, c)| ClusterOut {
                    id: cluster_id(i),
                    label: c.label,
                    name: &c.name,
                    aliases: &c.aliases,
                    mentions: c.mentions,
                    role: c.role.as_deref(),
                })
                .collect()
        });
        let quotes = self.quotes.as_ref().map(|qs| {
            qs.iter()
                .map(|q| {
                    let s = span(q.span);
                    QuoteOut {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        kind: q.kind,
                        speaker: q.speaker.map(cluster_id),
                        speaker_name: q
                            .speaker
                            .and_then(|c| self.clusters.get(c))
                            .map(|c| c.name.as_str())
                            .or(q.speaker_label.as_deref()),
                        speaker_mention: q.speaker_mention.map(span),
                        cue: q.cue.map(span),
                    }
                })
                .collect()
        });
        let claims = self.claims.as_ref().map(|cs| {
            cs.iter()
                .map(|c| {
                    let s = span(c.span);
                    ClaimOut {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        action: c.action,
                        actor: c.actor.as_deref(),
                        target: c.target.as_deref(),
                        modality: c.modality,
                        source: c.source.as_deref(),
                        trigger: span(c.trigger),
                    }
                })
                .collect()
        });
        Output { schema_version: SCHEMA_VERSION, offsets: unit.name(), sentences, entities, clusters, quotes, claims }
    }
}

impl Output<'_> {
    /// Compact JSON, the same bytes as `serde_json::to_string` writes (with `ascii`, every
    /// non-ASCII character as a `\u` escape, surrogate pairs beyond the BMP).
    ///
    /// Written by hand because serialisation was a tenth of the time of an annotation in the
    /// browser: serde's generic calls and 64-bit number formatting cost more in WebAssembly
    /// than the writing itself. The derived `Serialize` stays for pretty output and tests
    /// check that both agree.
    pub fn to_json(&self, ascii: bool) -> String {
        // sized from what each item takes in English news (measured: a sentence ~30 bytes, an
        // entity ~80, a cluster ~100, a quote ~300, a claim ~370), so that a long text's output is
        // written once instead of being copied through several doublings
        let size = 1024
            + 32 * self.sentences.len()
            + 88 * self.entities.as_ref().map_or(0, Vec::len)
            + 104 * self.clusters.as_ref().map_or(0, Vec::len)
            + 336 * self.quotes.as_ref().map_or(0, Vec::len)
            + 400 * self.claims.as_ref().map_or(0, Vec::len);
        let mut w = JsonWriter { out: Vec::with_capacity(size), ascii };
        w.raw("{\"schema_version\":");
        w.num(self.schema_version as usize);
        w.raw(",\"offsets\":");
        w.str(self.offsets);
        w.raw(",\"sentences\":");
        w.list(&self.sentences, |w, s| {
            w.raw("{\"start\":");
            w.num(s.start);
            w.raw(",\"end\":");
            w.num(s.end);
            w.raw("}");
        });
        if let Some(es) = &self.entities {
            w.raw(",\"entities\":");
            w.list(es, |w, e| {
                w.span_fields(e.start, e.end, e.text);
                w.raw(",\"label\":");
                w.name(e.label.as_str());
                w.raw(",\"entity\":");
                w.id(e.entity);
                w.raw("}");
            });
        }
        if let Some(cs) = &self.clusters {
            w.raw(",\"clusters\":");
            w.list(cs, |w, c| {
                w.raw("{\"id\":");
                w.id(c.id);
                w.raw(",\"label\":");
                w.name(c.label.as_str());
                w.raw(",\"name\":");
                w.str(c.name);
                w.raw(",\"aliases\":");
                w.list(c.aliases, |w, a| w.str(a));
                w.raw(",\"mentions\":");
                w.num(c.mentions);
                w.raw(",\"role\":");
                w.opt_str(c.role);
                w.raw("}");
            });
        }
        if let Some(qs) = &self.quotes {
            w.raw(",\"quotes\":");
            w.list(qs, |w, q| {
                w.span_fields(q.start, q.end, q.text);
                w.raw(",\"kind\":");
                w.name(q.kind.as_str());
                w.raw(",\"speaker\":");
                match q.speaker {
                    Some(id) => w.id(id),
                    None => w.raw("null"),
                }
                w.raw(",\"speaker_name\":");
                w.opt_str(q.speaker_name);
                w.raw(",\"speaker_mention\":");
                w.opt_span(q.speaker_mention.as_ref());
                w.raw(",\"cue\":");
                w.opt_span(q.cue.as_ref());
                w.raw("}");
            });
        }
        if let Some(cs) = &self.claims {
            w.raw(",\"claims\":");
            w.list(cs, |w, c| {
                w.span_fields(c.start, c.end, c.text);
                w.raw(",\"action\":");
                w.name(c.action.as_str());
                w.raw(",\"actor\":");
                w.opt_str(c.actor);
                w.raw(",\"target\":");
                w.opt_str(c.target);
                w.raw(",\"modality\":");
                w.name(c.modality.as_str());
                w.raw(",\"source\":");
                w.opt_str(c.source);
                w.raw(",\"trigger\":");
                w.opt_span(Some(&c.trigger));
                w.raw("}");
            });
        }
        w.raw("}");
        // only whole UTF-8 sequences and ASCII were written
        String::from_utf8(w.out).unwrap_or_default()
    }
}

/// [`Output`] as numbers and one string, for `src/result.js` to build the JavaScript objects
/// from, instead of `JSON.parse` of [`Output::to_json`]: a whole call in the browser, glue
/// included, takes a fifth fewer instructions (bench/RESULTS.md, session 19). Every span's
/// `text` is left out (JavaScript slices it from the text it passed in, by the UTF-16
/// offsets), as are the entity ids (`"E"` and a number).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Packed {
    /// The layout `src/result.js` reads, in this order (a list: its length, then its items; a
    /// layer: 0 when absent, else its length + 1; an optional string: 0 for null, else its
    /// length in UTF-16 units + 1, its text next in `strings`; a name: its index in the enum):
    /// schema version, offsets (a string); sentences (start, end); entities (start, end,
    /// label, cluster index); clusters (label, mentions, name, role, aliases as a list of
    /// strings); quotes (start, end, kind, speaker cluster index + 1 or 0, speaker name,
    /// speaker mention as 0 or 1 then its start and end, the cue the same way); claims (start,
    /// end, action, modality, actor, target, source, trigger start, trigger end).
    pub nums: Vec<u32>,
    /// The strings, one after the other.
    pub strings: String,
}

impl Packed {
    fn num(&mut self, n: usize) {
        // (offsets and counts fit: a text is at most 4 GiB, see `Options::max_length`)
        self.nums.push(n as u32);
    }

    fn str(&mut self, s: Option<&str>) {
        match s {
            None => self.nums.push(0),
            Some(s) => {
                let units = if s.is_ascii() { s.len() } else { s.chars().map(char::len_utf16).sum() };
                self.num(units + 1);
                self.strings.push_str(s);
            }
        }
    }

    fn layer<T>(&mut self, items: Option<&Vec<T>>, mut each: impl FnMut(&mut Packed, &T)) {
        match items {
            None => self.nums.push(0),
            Some(items) => {
                self.num(items.len() + 1);
                for item in items {
                    each(self, item);
                }
            }
        }
    }

    fn span(&mut self, s: Option<&SpanOut>) {
        match s {
            None => self.nums.extend([0, 0, 0]),
            Some(s) => self.nums.extend([1, s.start as u32, s.end as u32]),
        }
    }
}

impl Output<'_> {
    /// The output in the layout of [`Packed`].
    pub fn pack(&self) -> Packed {
        let mut p = Packed {
            nums: Vec::with_capacity(
                16 + 2 * self.sentences.len()
                    + 4 * self.entities.as_ref().map_or(0, Vec::len)
                    + 6 * self.clusters.as_ref().map_or(0, Vec::len)
                    + 12 * self.quotes.as_ref().map_or(0, Vec::len)
                    + 9 * self.claims.as_ref().map_or(0, Vec::len),
            ),
            strings: String::new(),
        };
        p.num(self.schema_version as usize);
        p.str(Some(self.offsets));
        p.num(self.sentences.len());
        for s in &self.sentences {
            p.nums.extend([s.start as u32, s.end as u32]);
        }
        p.layer(self.entities.as_ref(), |p, e| p.nums.extend([e.start as u32, e.end as u32, e.label as u32, e.entity.0 as u32]));
        p.layer(self.clusters.as_ref(), |p, c| {
            p.nums.extend([c.label as u32, c.mentions as u32]);
            p.str(Some(c.name));
            p.str(c.role);
            p.num(c.aliases.len());
            for a in c.aliases {
                p.str(Some(a));
            }
        });
        p.layer(self.quotes.as_ref(), |p, q| {
            p.nums.extend([q.start as u32, q.end as u32, q.kind as u32, q.speaker.map_or(0, |id| id.0 as u32 + 1)]);
            p.str(q.speaker_name);
            p.span(q.speaker_mention.as_ref());
            p.span(q.cue.as_ref());
        });
        p.layer(self.claims.as_ref(), |p, c| {
            p.nums.extend([c.start as u32, c.end as u32, c.action as u32, c.modality as u32]);
            p.str(c.actor);
            p.str(c.target);
            p.str(c.source);
            p.nums.extend([c.trigger.start as u32, c.trigger.end as u32]);
        });
        p
    }
}

struct JsonWriter {
    out: Vec<u8>,
    ascii: bool,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The eight decimal digits of `n` (below 10⁸, leading zeros included) as the values 0 to 9 in
/// the bytes of one integer, the first digit in the lowest byte: halves of four digits, then
/// quarters of two, then digits, each split done in every lane at once by a multiplication (an
/// exact division by 100 or 10 for values below 10⁴ or 100) and a shift.
fn eight_digits(n: u64) -> u64 {
    let x = (n / 10_000) | ((n % 10_000) << 32);
    let hundreds = ((x * 10_486) >> 20) & 0x0000_007f_0000_007f;
    let y = hundreds | ((x - hundreds * 100) << 16);
    let tens = ((y * 103) >> 10) & 0x000f_000f_000f_000f;
    tens | ((y - tens * 10) << 8)
}

impl JsonWriter {
    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    /// A number in decimal: eight digits at a time, all computed at once in one integer (no
    /// division per digit, no copy of a variable length; most numbers, offsets and ids, have
    /// fewer than eight).
    fn num(&mut self, n: usize) {
        const E8: usize = 100_000_000;
        let digits = eight_digits((n % E8) as u64);
        // (leading zeros dropped but for the last digit, where the number has no higher digits)
        let skip = if n >= E8 {
            self.num(n / E8);
            0
        } else {
            (digits.trailing_zeros() as usize / 8).min(7)
        };
        self.out.extend_from_slice(&((digits | 0x3030_3030_3030_3030) >> (8 * skip)).to_le_bytes());
        self.out.truncate(self.out.len() - skip);
    }

    fn id(&mut self, id: EntityId) {
        self.out.extend_from_slice(b"\"E");
        self.num(id.0 + 1);
        self.out.push(b'"');
    }

    fn unicode_escape(&mut self, unit: u16) {
        self.out.extend_from_slice(b"\\u");
        for shift in [12, 8, 4, 0] {
            self.out.push(HEX[(unit >> shift) as usize & 15]);
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as serde_json writes them.
    fn str(&mut self, s: &str) {
        self.out.push(b'"');
        let bytes = s.as_bytes();
        // (bytes outside ASCII are escaped only in ASCII output)
        let high = if self.ascii { 0x8080_8080_8080_8080 } else { 0 };
        let (mut start, mut i) = (0, 0);
        while i < bytes.len() {
            // eight bytes at a time up to the first one to escape (the first flagged byte is
            // exact: a borrow of the control-character test only runs into later bytes); the
            // last eight bytes of the string for its tail, their bytes before `i` shifted out
            if let Some(at) = bytes.len().checked_sub(8).map(|last| i.min(last)) {
                let x = u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
                let control = bytes_below(x, 0x20);
                let escape = (control | bytes_equal(x, b'"') | bytes_equal(x, b'\\') | x & high) >> (8 * (i - at));
                if escape == 0 {
                    i = at + 8;
                    continue;
                }
                i += escape.trailing_zeros() as usize / 8;
            }
            let b = bytes[i];
            if b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x80 || !self.ascii) {
                i += 1;
                continue;
            }
            self.out.extend_from_slice(&bytes[start..i]);
            if b >= 0x80 {
                let c = s[i..].chars().next().unwrap_or('\u{fffd}');
                let mut units = [0u16; 2];
                for &u in c.encode_utf16(&mut units).iter() {
                    self.unicode_escape(u);
                }
                i += c.len_utf8();
                start = i;
                continue;
            }
            match b {
                b'"' => self.raw("\\\""),
                b'\\' => self.raw("\\\\"),
                0x08 => self.raw("\\b"),
                0x0C => self.raw("\\f"),
                b'\n' => self.raw("\\n"),
                b'\r' => self.raw("\\r"),
                b'\t' => self.raw("\\t"),
                _ => self.unicode_escape(b as u16),
            }
            i += 1;
            start = i;
        }
        self.out.extend_from_slice(&bytes[start..]);
        self.out.push(b'"');
    }

    /// The name of a label, kind, action or modality: written as it is, not scanned for bytes
    /// to escape (it has none: `names_are_the_serialised_names`).
    fn name(&mut self, s: &str) {
        self.out.push(b'"');
        self.raw(s);
        self.out.push(b'"');
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    /// `{"start":…,"end":…,"text":…` (the caller closes the object).
    fn span_fields(&mut self, start: usize, end: usize, text: &str) {
        self.raw("{\"start\":");
        self.num(start);
        self.raw(",\"end\":");
        self.num(end);
        self.raw(",\"text\":");
        self.str(text);
    }

    fn opt_span(&mut self, s: Option<&SpanOut>) {
        match s {
            Some(s) => {
                self.span_fields(s.start, s.end, s.text);
                self.raw("}");
            }
            None => self.raw("null"),
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.out.push(b'[');
        for (k, x) in items.iter().enumerate() {
            if k > 0 {
                self.out.push(b',');
            }
            each(self, x);
        }
        self.out.push(b']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serialised_names() {
        let json = |v: &dyn erased::Ser| v.json();
        for a in Action::ALL {
            assert_eq!(json(&a), format!("\"{}\"", a.as_str()));
        }
        for m in Modality::ALL {
            assert_eq!(json(&m), format!("\"{}\"", m.as_str()));
        }
        for k in QuoteKind::ALL {
            assert_eq!(json(&k), format!("\"{}\"", k.as_str()));
        }
        for l in Label::ALL {
            assert_eq!(json(&l), format!("\"{}\"", l.as_str()));
        }
    }

    /// The names of `src/result.js`'s list `const NAME = [...]`.
    fn js_list(name: &str) -> Vec<String> {
        let js = include_str!("result.js");
        let start = js.find(&format!("const {name} = [")).unwrap_or_else(|| panic!("{name} in result.js")) + name.len() + 10;
        let end = start + js[start..].find(']').unwrap();
        js[start..end].split(',').map(|w| w.trim().trim_matches('\'').to_string()).collect()
    }

    #[test]
    fn result_js_names_the_enums_in_their_order() {
        // (the packed layout writes a name as `value as u32`: ALL must be in declaration order,
        // and hold every variant, the last one's index + 1 of them)
        assert!(Label::ALL.iter().enumerate().all(|(i, &l)| l as usize == i) && Label::ALL.len() == Label::Percent as usize + 1);
        assert!(Action::ALL.iter().enumerate().all(|(i, &a)| a as usize == i) && Action::ALL.len() == Action::Other as usize + 1);
        assert!(Modality::ALL.iter().enumerate().all(|(i, &m)| m as usize == i) && Modality::ALL.len() == Modality::Negated as usize + 1);
        assert!(QuoteKind::ALL.iter().enumerate().all(|(i, &k)| k as usize == i) && QuoteKind::ALL.len() == QuoteKind::Partial as usize + 1);
        assert_eq!(js_list("LABELS"), Label::ALL.map(|l| l.as_str()));
        assert_eq!(js_list("ACTIONS"), Action::ALL.map(|a| a.as_str()));
        assert_eq!(js_list("MODALITIES"), Modality::ALL.map(|m| m.as_str()));
        assert_eq!(js_list("KINDS"), QuoteKind::ALL.map(|k| k.as_str()));
    }

    #[test]
    fn packed_strings_count_utf16_units() {
        let mut p = Packed::default();
        p.str(Some("Zo\u{eb} \u{1f469}"));
        p.str(None);
        p.str(Some(""));
        assert_eq!(p.nums, [7, 0, 1]);
        assert_eq!(p.strings, "Zo\u{eb} \u{1f469}");
    }

    mod erased {
        pub trait Ser {
            fn json(&self) -> String;
        }
        impl<T: serde::Serialize> Ser for T {
            fn json(&self) -> String {
                serde_json::to_string(self).unwrap()
            }
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let cases = ["plain", "a \"quoted\" word", "back\\slash", "tab\tand\nnew\rline", "\u{1}\u{8}\u{c}\u{1f}\u{7f}", "caf\u{e9} \u{91d1} \u{1f469}\u{200d}\u{1f467}", ""];
        for s in cases {
            let mut w = JsonWriter { out: Vec::new(), ascii: false };
            w.str(s);
            assert_eq!(String::from_utf8(w.out).unwrap(), serde_json::to_string(s).unwrap());
            let mut w = JsonWriter { out: Vec::new(), ascii: true };
            w.str(s);
            let ascii = String::from_utf8(w.out).unwrap();
            assert!(ascii.is_ascii(), "{ascii}");
            assert_eq!(serde_json::from_str::<String>(&ascii).unwrap(), s);
        }
        // each character to escape (or not) at every place of the eight-byte windows
        // (and in the tails: strings of every length up to 30)
        for c in ["\"", "\\", "\n", "\u{1}", "\u{1f}", " ", "!", "\u{7f}", "\u{9f}", "\u{e9}", "\u{20ac}", "\u{1f600}", "\n\u{1}", "\u{1}\""] {
            for (k, tail) in (0..20).flat_map(|k| (0..11).map(move |tail| (k, tail))) {
                let s = format!("{}{c}{}", &"abcdefghijklmnopqrstuvwxyz"[..k], &"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[..tail]);
                let mut w = JsonWriter { out: Vec::new(), ascii: false };
                w.str(&s);
                assert_eq!(String::from_utf8(w.out).unwrap(), serde_json::to_string(&s).unwrap());
                let mut w = JsonWriter { out: Vec::new(), ascii: true };
                w.str(&s);
                let ascii = String::from_utf8(w.out).unwrap();
                assert!(ascii.is_ascii(), "{ascii}");
                assert_eq!(serde_json::from_str::<String>(&ascii).unwrap(), s);
            }
        }
        let mut w = JsonWriter { out: Vec::new(), ascii: true };
        w.str("\u{1f600}");
        assert_eq!(String::from_utf8(w.out).unwrap(), "\"\\ud83d\\ude00\"");
        // (every number of digits, with zeros and nines in every place, and the eight-digit split)
        let mut nums = vec![0, 7, 65535, 123_456_789, 100_000_001, usize::MAX, usize::MAX - 1];
        let mut p: usize = 1;
        while let Some(q) = p.checked_mul(10) {
            nums.extend([p - 1, p, p + 1, q - p, q / 9, q / 9 * 8]);
            p = q;
        }
        nums.extend((0..200_000).map(|k| k * 7919 % 100_000_000));
        for n in nums {
            let mut w = JsonWriter { out: b"x".to_vec(), ascii: false };
            w.num(n);
            assert_eq!(String::from_utf8(w.out).unwrap(), format!("x{n}"));
        }
    }
}
