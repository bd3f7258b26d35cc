//! Who makes a sanctions claim: its actor and its source, read from the grammar of the
//! sentence and the text around it. Every sentence here is written for the test.

#[macro_use]
mod common;
use common::{claim_with, claims};

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


// ---------- actors ----------
// "we" inside a quote is the state of a speaker whose role names one, not the document's actor
actor!(quoted_we_is_the_speakers_state,
    "The European Union tightened its embargo on Belarus on Monday.\n\n\"We will not lift these sanctions until the last detainee walks free,\" said Kadri Tamm, an Estonian deputy minister.",
    "sanctions", Some("Estonia"));
// a collective after "with" and its adjectives is an object, not an unnamed subject
actor!(collective_object_past_adjectives,
    "Norway imposed an asset freeze on four Ruritanian judges on Monday. Norway also sanctioned two Ruritanian generals, Foreign Minister Ingrid Dahl said.\n\n\"We are coordinating with close partners on new sanctions,\" she added.",
    "sanctions", Some("Norway"));
// measures agreed by a bloc's members, wherever they met, are the bloc's
actor!(agreed_by_member_states_is_the_bloc,
    "The European Union imposed sanctions on Ruritania in March and froze the assets of its ministers. The European Union renewed the sanctions in June.\n\nThe new sanctions, agreed by foreign ministers of the member states in Valletta, ban the generals from travelling to the bloc.",
    "sanctions", Some("European Union"));
// "X and Y said they would …", "ministers of X warned that they …": the reporter, the first named
actor!(they_is_the_reporter,
    "The European Union froze the assets of two Ruritanian generals in May.\n\nEstonia and Latvia said they would impose sanctions of their own on the generals.",
    "sanctions", Some("Estonia"));
actor!(they_is_the_reporter_after_that,
    "The European Union froze the assets of two Ruritanian generals in May.\n\nTrade ministers of the Nordic Council said that they stood ready to impose sanctions on the generals.",
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
        ("Austria's foreign ministry said that the sanctions would fail and that Vienna would not support restrictive measures on a neighbouring state.", "restrictive measures"),
        ("Norway's envoy said Oslo opposed \"never-ending\" sanctions on its fishermen.", "sanctions"),
        ("Estonia and Latvia have called for a full embargo on Ruritanian timber.", "embargo"),
        // (or for an action on them)
        ("Norway, a close partner of Ruritania, has called for the removal of all sanctions on the fishermen.", "sanctions"),
        // (nor the subject of a main clause for measures in a clause of reason)
        ("Norway's envoy said Oslo abstained because sanctions had failed to end the fighting.", "sanctions"),
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
    assert_eq!(actor_after("Ruritania has lived under a U.N. arms embargo for a decade.", "embargo").as_deref(), Some("United Nations"));
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
    "The Treasury Department sanctioned two Ruritanian banks on Monday.\n\nBanks dealing with them could face sanctions next, the department warned.",
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
    "Estonia has sanctioned 27 vessels, according to a count by the Tallinn-based consultancy Harbour Analytics.",
    "sanctioned", Some("Harbour Analytics"));
source!(according_to_a_located_unnamed_party,
    "Estonia has sanctioned 27 vessels, according to a Tallinn-based consultancy.",
    "sanctioned", None);
// a reporting or speech verb in a second verb phrase has the sentence's subject
source!(reporter_of_a_second_verb_phrase,
    "Senator Tomas Berg, the party's trade spokesman, praised the decision but said the sanctions on Ruritania came too late.",
    "sanctions", Some("Tomas Berg"));
source!(states_of_a_second_verb_phrase,
    "Estonia and Latvia, which host Ruritanian traders, reject unilateral measures and have pressed for an end to the embargo.",
    "embargo", Some("Estonia"));
// a sanctioning body warning of its own further measures is their actor, also as "the Council"
actor!(council_warns_of_further_sanctions,
    "The UN Security Council met on Monday to discuss Ruritania. The Council warned that further sanctions would be imposed if the shelling went on.",
    "sanctions", Some("UN Security Council"));
// "further sanctions" in a verdict on them are the acting body's next ones, no one's in general
#[test]
fn further_sanctions_effect_has_the_documents_actor() {
    let a = actor_after("\"Further sanctions will only hurt our farmers,\" a Ruritanian minister said.", "sanctions");
    assert_eq!(a.as_deref(), Some("European Union"));
}
// "the bloc" that no claim before made act: the body the text named last
#[test]
fn the_bloc_named_before_but_not_acting() {
    let text = "Norway eases sanctions on Ruritania\n\nNorway eased sanctions on the state airline on Monday. Norway also lifted sanctions on fish. The European Union did not follow. Its envoy said the bloc would keep its sanctions on Ruritania.";
    let cs = claims(text);
    let c = cs.last().unwrap_or_else(|| panic!("no claim in {text:?}"));
    assert!(c.span.of(text).contains("the bloc"), "{cs:?}");
    assert_eq!(c.actor.as_deref(), Some("European Union"), "{cs:?}");
}
