//! The versioned JSON envelope (schema v1), with offsets in the caller's unit.
//!
//! Every `start`/`end` is in the unit named by `offsets`, end exclusive, and every
//! span's `text` equals that slice of the input. Layers that did not run are absent.

use serde::Serialize;

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
