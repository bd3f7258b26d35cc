//! What the claims test files share: annotate a text, find a claim by its trigger, and the
//! table-driven `actor!` and `source!` cases.

use article_annotator::model::Claim;
use article_annotator::{annotate, Options};

pub fn claims(text: &str) -> Vec<Claim> {
    annotate(text, &Options::default()).expect("annotate").claims.expect("the claims layer runs")
}

/// The claim whose trigger is `trigger` (the first one, when it occurs twice).
pub fn claim_with<'c>(cs: &'c [Claim], text: &str, trigger: &str) -> &'c Claim {
    cs.iter()
        .find(|c| c.trigger.of(text) == trigger)
        .unwrap_or_else(|| panic!("no claim with trigger {trigger:?} in {text:?}; got {cs:?}"))
}

/// A test that the claim with trigger `$trigger` in `$text` has actor `$actor`.
macro_rules! actor {
    ($name:ident, $text:expr, $trigger:expr, $actor:expr) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            let c = claim_with(&cs, $text, $trigger);
            assert_eq!(c.actor.as_deref(), $actor, "actor of {:?}", c);
        }
    };
}

/// A test that the claim with trigger `$trigger` in `$text` has source `$source`.
macro_rules! source {
    ($name:ident, $text:expr, $trigger:expr, $source:expr) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            let c = claim_with(&cs, $text, $trigger);
            assert_eq!(c.source.as_deref(), $source, "source of {:?}", c);
        }
    };
}
