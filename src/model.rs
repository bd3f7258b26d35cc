//! The analysis of one text, in byte spans: entity mentions and clusters, quotes, sanctions claims.

use serde::{Deserialize, Serialize};

use crate::segment::Doc;
use crate::span::Span;

/// OntoNotes entity labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Person,
    Norp,
    Org,
    Gpe,
    Loc,
    Fac,
    Event,
    Law,
    Date,
    Time,
    Money,
    Percent,
}

impl Label {
    pub const ALL: [Label; 12] = [
        Label::Person,
        Label::Norp,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Fac,
        Label::Event,
        Label::Law,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Fac => "FAC",
            Label::Event => "EVENT",
            Label::Law => "LAW",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What a sanctions claim says is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Impose,
    Tighten,
    Extend,
    Ease,
    Lift,
    Suspend,
    Violate,
    Comply,
    Threaten,
    Effect,
    Other,
}

impl Action {
    pub const ALL: [Action; 11] = [
        Action::Impose,
        Action::Tighten,
        Action::Extend,
        Action::Ease,
        Action::Lift,
        Action::Suspend,
        Action::Violate,
        Action::Comply,
        Action::Threaten,
        Action::Effect,
        Action::Other,
    ];

    /// The name in the output (as serde writes it).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Impose => "impose",
            Action::Tighten => "tighten",
            Action::Extend => "extend",
            Action::Ease => "ease",
            Action::Lift => "lift",
            Action::Suspend => "suspend",
            Action::Violate => "violate",
            Action::Comply => "comply",
            Action::Threaten => "threaten",
            Action::Effect => "effect",
            Action::Other => "other",
        }
    }
}

/// How firmly a claim is made (precedence: negated > conditional > speculative >
/// demanded_or_proposed > reported > asserted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Reported,
    DemandedOrProposed,
    Speculative,
    Conditional,
    Negated,
}

impl Modality {
    pub const ALL: [Modality; 6] =
        [Modality::Asserted, Modality::Reported, Modality::DemandedOrProposed, Modality::Speculative, Modality::Conditional, Modality::Negated];

    /// The name in the output (as serde writes it).
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::DemandedOrProposed => "demanded_or_proposed",
            Modality::Speculative => "speculative",
            Modality::Conditional => "conditional",
            Modality::Negated => "negated",
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    /// Index into `Analysis::clusters`.
    pub cluster: usize,
}

/// The mentions of one real thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub label: Label,
    /// Canonical name: the official or fullest form.
    pub name: String,
    /// Other forms seen in the text.
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// The role the text gives ("Foreign Minister").
    pub role: Option<String>,
    /// For people: the gender the name or earlier pronouns signal (for pronoun resolution).
    pub gender: Gender,
}

/// A person's grammatical gender as the text or the name signals it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

/// Whether a quote is a whole quoted sentence or clause, or a fragment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 2] = [QuoteKind::Direct, QuoteKind::Partial];

    /// The name in the output (as serde writes it).
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// A quotation: the text inside the marks and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    /// Index into `Analysis::clusters`.
    pub speaker: Option<usize>,
    /// A speaker that is no entity of the text ("the ministry", "officials").
    pub speaker_label: Option<String>,
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
}

/// A statement about sanctions as a frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub span: Span,
    pub action: Action,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub modality: Modality,
    pub source: Option<String>,
    pub trigger: Span,
}

/// Everything found in one text.
#[derive(Debug)]
pub struct Analysis<'t> {
    pub doc: Doc<'t>,
    /// Sorted by start, non-overlapping. `None` when the layer was not run.
    pub mentions: Option<Vec<Mention>>,
    pub clusters: Vec<Cluster>,
    pub quotes: Option<Vec<Quote>>,
    pub claims: Option<Vec<Claim>>,
}

impl<'t> Analysis<'t> {
    pub fn new(doc: Doc<'t>) -> Analysis<'t> {
        Analysis { doc, mentions: None, clusters: Vec::new(), quotes: None, claims: None }
    }

    pub fn text(&self) -> &'t str {
        self.doc.text
    }
}
