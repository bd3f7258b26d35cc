//! Who makes a sanctions claim: its actor and its source, read from the grammar of the
//! sentence and the text around it. Every sentence here is written for the test.

use article_annotator::model::Claim;
use article_annotator::{annotate, Options};

fn claims(text: &str) -> Vec<Claim> {
    annotate(text, &Options::default()).expect("annotate").claims.expect("the claims layer runs")
}

/// The claim whose trigger is `trigger` (the first one, when it occurs twice).
fn claim_with<'c>(cs: &'c [Claim], text: &str, trigger: &str) -> &'c Claim {
    cs.iter()
        .find(|c| c.trigger.of(text) == trigger)
        .unwrap_or_else(|| panic!("no claim with trigger {trigger:?} in {text:?}; got {cs:?}"))
}

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

/// The actor of the claim with trigger `trigger` in `sentence`, after a `lead` that makes the
/// European Union the document's actor.
fn actor_after(sentence: &str, trigger: &str) -> Option<String> {
    let lead = "The European Union imposed sanctions on Ruritania in March. The European Union extended the sanctions in June.\n\n";
    let text = format!("{lead}{sentence}");
    let cs = claims(&text);
    let c = cs
        .iter()
        .find(|c| c.trigger.start >= lead.len() && c.trigger.of(&text) == trigger)
        .unwrap_or_else(|| panic!("no claim with trigger {trigger:?} in {sentence:?}; got {cs:?}"));
    c.actor.clone()
}

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

// ---------- actors ----------
// "we" inside a quote is the state of a speaker whose role names one, not the document's actor
actor!(quoted_we_is_the_speakers_state,
    "The European Union tightened its embargo on Belarus on Monday.\n\n\"We will not lift these sanctions until every prisoner is free,\" said Kadri Tamm, an Estonian deputy minister.",
    "sanctions", Some("Estonia"));
// a collective after "with" and its adjectives is an object, not an unnamed subject
actor!(collective_object_past_adjectives,
    "Norway imposed an asset freeze on four Ruritanian judges on Monday. Norway also sanctioned two Ruritanian generals, Foreign Minister Ingrid Dahl said.\n\n\"We are working with like-minded partners on further sanctions,\" she added.",
    "sanctions", Some("Norway"));
// "X and Y said they would …", "ministers of X warned that they …": the reporter, the first named
actor!(they_is_the_reporter,
    "The European Union froze the assets of two Ruritanian generals in May.\n\nEstonia and Latvia said they would impose sanctions of their own on the generals.",
    "sanctions", Some("Estonia"));
actor!(they_is_the_reporter_after_that,
    "The European Union froze the assets of two Ruritanian generals in May.\n\nForeign ministers of the Nordic Council warned that they were ready to impose sanctions on the generals.",
    "sanctions", Some("Nordic Council"));
// a pronoun outside a partial quote is the reporter's: "X said it would "impose …""
actor!(it_outside_a_partial_quote,
    "The European Union froze the assets of two Ruritanian generals in May.\n\nNorway said it would \"impose matching sanctions without delay\" on the generals.",
    "sanctions", Some("Norway"));
// a party taking a stance on the measures, or calling for new ones, does not impose them: the
// document's actor, not the sentence's other subjects
#[test]
fn a_stance_on_measures_is_no_actor() {
    let eu = Some("European Union".to_string());
    for (sentence, trigger) in [
        ("Hungary's foreign ministry said that the sanctions would fail and that Budapest would not support restrictive measures against a candidate country.", "restrictive measures"),
        ("Norway's envoy said Oslo opposed \"open-ended\" sanctions that punished farmers.", "sanctions"),
        ("Estonia and Latvia have called for a full embargo on Ruritanian timber.", "embargo"),
        // (nor the subject of a main clause for measures in a clause of reason)
        ("Norway's envoy said Oslo abstained because sanctions have not stopped the fighting.", "sanctions"),
    ] {
        assert_eq!(actor_after(sentence, trigger), eu, "{sentence}");
    }
}

// a government body reporting on measures it names definitely reports its own ("The Council
// said the measures would stay …"); a company does not
#[test]
fn a_body_reporting_its_measures_is_their_actor() {
    assert_eq!(actor_after("The Nordic Council said the sanctions would stay in place until the prisoners are freed.", "sanctions").as_deref(), Some("Nordic Council"));
    assert_eq!(actor_after("The Norwegian Foreign Ministry said the designation of the trawler owner was made under the sanctions law.", "designation").as_deref(), Some("Norwegian Foreign Ministry"));
    assert_eq!(actor_after("Polar Freight Ltd said the sanctions would stay in place until the prisoners are freed.", "sanctions").as_deref(), Some("European Union"));
}

// a passive past an adverb ("were also added to …"): its subject is the target, not the actor
// (the document's); wanting measures already in place kept is no imposing either
#[test]
fn passive_past_an_adverb_and_wanting_existing_measures() {
    let eu = Some("European Union".to_string());
    assert_eq!(actor_after("Two Ruritanian firms, Polar Freight Ltd and Harbour Crest Tankers, were also added to the sanctions list.", "sanctions"), eu);
    assert_eq!(actor_after("She does not want the sanctions lifted.", "sanctions"), eu);
}

// a sanctioner that modifies the measures is their actor past the goods they ban ("a U.N. arms embargo")
#[test]
fn modifier_past_the_goods_banned() {
    assert_eq!(actor_after("Ruritania has been under a U.N. arms embargo since July 2018.", "embargo").as_deref(), Some("United Nations"));
}

// ---------- sources ----------
// "the company said": the last organisation named as a business ("… Ltd", "… Tankers")
source!(the_company_is_the_last_business_named,
    "Norway froze the assets of Polar Freight Ltd in May. The Nordic Council welcomed the step.\n\nThe company said it would ask a court to lift the sanctions.",
    "sanctions", Some("Polar Freight Ltd"));
source!(the_company_after_a_sentence,
    "Norway sanctioned the shipper Harbour Crest Tankers in May.\n\nIt had always obeyed the sanctions, the company said.",
    "sanctions", Some("Harbour Crest Tankers"));
// a warning that ends the sentence attributes it: "…, the department warned."
source!(warned_ending_the_sentence,
    "The Treasury Department sanctioned two Ruritanian banks on Monday.\n\nOther banks that deal with them could face sanctions, the department warned.",
    "sanctions", Some("Treasury Department"));
// a state that opens the sentence, past a relative clause, is the speaker ("X, which …, said")
source!(state_before_a_relative_clause,
    "Norway, which has no sanctions law of its own, said its banks would comply with the sanctions on Ruritania.",
    "sanctions", Some("Norway"));
source!(coordinated_states_before_a_relative_clause,
    "Estonia and Latvia, which trade heavily with Ruritania, have called for an embargo on its timber.",
    "embargo", Some("Estonia"));
// "according to" reaches past a description to its name, and a place that only locates it is no source
source!(according_to_past_a_located_description,
    "Estonia has sanctioned 27 vessels, according to a tally by the Tallinn-based consultancy Harbour Analytics.",
    "sanctioned", Some("Harbour Analytics"));
source!(according_to_a_located_unnamed_party,
    "Estonia has sanctioned 27 vessels, according to a Tallinn-based consultancy.",
    "sanctioned", None);
