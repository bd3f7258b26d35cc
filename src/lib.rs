//! article-annotator: marks who and what is named, who said what, and every claim about
//! sanctions in a news article.
//!
//! The core is plain Rust: text → [`segment`] (paragraphs, sentences, tokens) →
//! entities → quotes → sanctions claims → [`output`]. `src/wasm.rs` is the only
//! module that touches JavaScript.
//!
//! ```
//! use article_annotator::{annotate, Options, Unit};
//! let text = "Foreign Minister Sergey Lavrov arrived in Pyongyang on Thursday.";
//! let analysis = annotate(text, &Options::default()).unwrap();
//! let json = analysis.to_output(Unit::Codepoint);
//! assert_eq!(json.schema_version, 1);
//! assert_eq!(json.sentences.len(), 1);
//! ```
//!
//! # Code shape for the browser's first call (TIER_UP)
//!
//! In Chromium a function starts in V8's baseline code (Liftoff) and is recompiled by the
//! optimising compiler once it has used up a budget. As far as we can tell from V8's traces,
//! the budget is charged the size of the baseline code a loop's back edge jumps over, and at a
//! return the size of the code before it, whatever part of it ran. A large function called for
//! every token, or a loop with a large body, therefore uses up its budget during the first
//! annotate even when its rules rarely run. Optimising such a function takes 20–70 ms of a
//! second core, which the page needs for that first annotate (bench/RESULTS.md, session 7).
//!
//! So per-token loops and per-token functions stay small: a cheap test inline, then a call to
//! an `#[inline(never)]` function holding the rules (`entities::run_end_from`,
//! `numex::Cx::best_of`), and long rule cascades are split into out-of-line parts
//! (`sanctions::Ctx::modality_source`). The output does not change, and the native cost of the
//! extra calls is within noise. `bash scripts/bench.sh tierup [TEXT]` lists what V8 optimises.

// Rule conditions are written as they read in English ("not X and not Y, unless Z"), not in
// clippy's minimal form; token loops index several parallel tables by position.
#![allow(clippy::nonminimal_bool, clippy::needless_range_loop)]

/// Whether a `&str` is one of the words listed: `one_of!(w, "a" | "b")` reads as `matches!` does,
/// but the words are data, packed at compile time and tested by one function (`words`).
macro_rules! one_of {
    ($w:expr, $($word:literal)|+ $(,)?) => {{
        const WORDS: &[&str] = &[$($word),+];
        static PACKED: [u8; $crate::words::packed_len(WORDS)] = $crate::words::pack(WORDS);
        $crate::words::contains(&PACKED, $w)
    }};
}

pub mod case;
pub mod case_tables;
pub mod common_words;
pub mod entities;
pub mod lexicon;
pub mod model;
pub mod numex;
pub mod offsets;
pub mod output;
pub mod quotes;
pub mod sanctions;
pub mod segment;
pub mod sort;
pub mod span;
pub mod tables;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod words;

use std::fmt;

pub use model::{Action, Analysis, Label, Modality};
pub use offsets::Unit;
pub use output::Output;
pub use span::Span;

/// The default `maxLength`: 10 MB of text.
pub const DEFAULT_MAX_LENGTH: usize = 10 * 1024 * 1024;

/// One entry of a user gazetteer: a name the newsroom wants found, with its label and
/// other spellings. It takes precedence over the built-in lexicons.
#[derive(Clone, Debug, serde::Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GazetteerEntry {
    pub name: String,
    pub label: Label,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Options for an [`Annotator`]. Unknown keys are rejected.
#[derive(Clone, Debug, Default, serde::Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// The longest text accepted, in UTF-8 bytes natively and UTF-16 code units in
    /// JavaScript (default 10 MB).
    #[serde(default)]
    pub max_length: Option<usize>,
    /// Which entity labels to report (default: all). Quotes and claims still use every
    /// entity internally.
    #[serde(default)]
    pub labels: Option<Vec<Label>>,
    /// Extra names, which take precedence over the built-in lexicons.
    #[serde(default)]
    pub gazetteer: Vec<GazetteerEntry>,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is longer than `maxLength`.
    TooLong { length: usize, max: usize },
    /// An option has a value that cannot be used.
    InvalidOption(String),
}

/// An error from building an [`Annotator`] or annotating a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLong { length, max } => write!(
                f,
                "text is too long: {length} units, more than maxLength {max}; split the text or raise maxLength"
            ),
            ErrorKind::InvalidOption(why) => write!(f, "invalid option: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// An annotator with its lexicons built once, reused across calls.
pub struct Annotator {
    options: Options,
    lexicon: lexicon::Lexicon,
}

impl Annotator {
    /// Check the options and build the lexicons.
    pub fn new(options: Options) -> Result<Annotator, Error> {
        if options.max_length == Some(0) {
            return Err(Error::new(ErrorKind::InvalidOption("maxLength must be at least 1".into())));
        }
        // (a token keeps its offsets as `u32`: see `segment::Token`; always so in WebAssembly)
        if options.max_length.is_some_and(|m| u32::try_from(m).is_err()) {
            return Err(Error::new(ErrorKind::InvalidOption("maxLength must be at most 4294967295 (4 GiB)".into())));
        }
        for entry in &options.gazetteer {
            if entry.name.trim().is_empty() || entry.aliases.iter().any(|a| a.trim().is_empty()) {
                return Err(Error::new(ErrorKind::InvalidOption("gazetteer names and aliases must not be empty".into())));
            }
        }
        let lexicon = lexicon::Lexicon::new(&options.gazetteer);
        Ok(Annotator { options, lexicon })
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn max_length(&self) -> usize {
        self.options.max_length.unwrap_or(DEFAULT_MAX_LENGTH)
    }

    /// Annotate one text. Fails only when the text is longer than `maxLength` bytes.
    pub fn annotate<'t>(&self, text: &'t str) -> Result<Analysis<'t>, Error> {
        if text.len() > self.max_length() {
            return Err(Error::new(ErrorKind::TooLong { length: text.len(), max: self.max_length() }));
        }
        Ok(self.annotate_unchecked(text))
    }

    /// Annotate one text of any length up to 4 GiB (the caller has checked it).
    ///
    /// # Panics
    /// If the text is 4 GiB or longer (`maxLength` cannot be set that high).
    pub fn annotate_unchecked<'t>(&self, text: &'t str) -> Analysis<'t> {
        let doc = segment::segment(text);
        let ents = entities::find(&doc, &self.lexicon);
        let quotes = quotes::find(&doc, &ents.mentions, &ents.clusters);
        let claims = sanctions::find(&doc, &ents.mentions, &ents.clusters, quotes.as_deref().unwrap_or(&[]));
        let mut analysis = Analysis::new(doc);
        analysis.mentions = Some(match &self.options.labels {
            Some(keep) => ents.mentions.into_iter().filter(|m| keep.contains(&m.label)).collect(),
            None => ents.mentions,
        });
        analysis.clusters = ents.clusters;
        analysis.quotes = quotes;
        analysis.claims = claims;
        analysis
    }
}

/// Annotate `text` with `options` (builds a fresh [`Annotator`]; keep one to annotate
/// many texts).
pub fn annotate<'t>(text: &'t str, options: &Options) -> Result<Analysis<'t>, Error> {
    Annotator::new(options.clone())?.annotate(text)
}

/// The crate version.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
