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
pub struct Output {
    pub schema_version: u32,
    pub offsets: &'static str,
    pub sentences: Vec<SentenceOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<ClusterOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<QuoteOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<ClaimOut>>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct SpanOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct EntityOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: Label,
    pub entity: String,
}

#[derive(Debug, Serialize)]
pub struct ClusterOut {
    pub id: String,
    pub label: Label,
    pub name: String,
    pub aliases: Vec<String>,
    pub mentions: usize,
    pub role: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct QuoteOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub speaker_mention: Option<SpanOut>,
    pub cue: Option<SpanOut>,
}

#[derive(Debug, Serialize)]
pub struct ClaimOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub action: Action,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub modality: Modality,
    pub source: Option<String>,
    pub trigger: SpanOut,
}

fn cluster_id(i: usize) -> String {
    format!("E{}", i + 1)
}

impl Analysis<'_> {
    /// The schema-v1 envelope with offsets in `unit`.
    pub fn to_output(&self, unit: Unit) -> Output {
        let text = self.text();
        let map = OffsetMap::new(text, unit);
        let span = |s: Span| SpanOut { start: map.convert(s.start), end: map.convert(s.end), text: s.of(text).to_string() };
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
                    name: c.name.clone(),
                    aliases: c.aliases.clone(),
                    mentions: c.mentions,
                    role: c.role.clone(),
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
                            .map(|c| c.name.clone())
                            .or_else(|| q.speaker_label.clone()),
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
                        actor: c.actor.clone(),
                        target: c.target.clone(),
                        modality: c.modality,
                        source: c.source.clone(),
                        trigger: span(c.trigger),
                    }
                })
                .collect()
        });
        Output { schema_version: SCHEMA_VERSION, offsets: unit.name(), sentences, entities, clusters, quotes, claims }
    }
}
