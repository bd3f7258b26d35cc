//! Sanctions claims, detection: which sentences are claims, their triggers, and how many
//! claims one sentence gives. Every sentence here is written for the test.

use article_annotator::model::Claim;
use article_annotator::{annotate, Options};

fn claims(text: &str) -> Vec<Claim> {
    let a = annotate(text, &Options::default()).expect("annotate");
    a.claims.expect("the claims layer runs")
}

/// The triggers of the claims found in the last sentence (paragraph) of `text`, in order.
fn last_triggers(text: &str) -> Vec<String> {
    let from = text.rfind("\n\n").map_or(0, |k| k + 2);
    claims(text).iter().filter(|c| c.span.start as usize >= from).map(|c| c.trigger.of(text).to_string()).collect()
}

/// A paragraph that makes the text one about sanctions.
const CONTEXT: &str = "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. Sanctions on the port were eased in May.\n\n";

/// The paragraph `$text`, after [`CONTEXT`], gives claims with exactly these triggers.
macro_rules! trig {
    ($name:ident, $text:expr, [$($t:expr),*]) => {
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($t),*];
            let text = format!("{CONTEXT}{}", $text);
            assert_eq!(last_triggers(&text), want, "{:?}", $text);
        }
    };
}

// a trade named for sanctions is no predication about them
trig!(sanctions_lawyers_are_no_claim, "Sanctions lawyers said the verdict would slow other appeals.", []);
trig!(sanctions_experts_leave_the_designations, "Sanctions experts said the designations would barely touch the cartel.", ["designations"]);
