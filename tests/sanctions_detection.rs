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
    claims(text).iter().filter(|c| c.span.start >= from).map(|c| c.trigger.of(text).to_string()).collect()
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

// a second verb phrase after ", and" and a time, with its own subject pronoun, is a second predication
trig!(and_then_a_time_then_a_pronoun, "In 2021 it imposed export controls on cobalt, and in May it banned the sale of drones to Chile.", ["export controls", "banned"]);
// a ban on selling to a state with "the" before its name
trig!(banned_sale_to_the_state, "In March it banned the sale of radar parts to the United Kingdom.", ["banned"]);
// "listed" with a named object after "the"
trig!(listed_the_named_party, "The ministry has now listed the Harbour Police under its counter-terrorism law.", ["listed"]);
// a time clause after a comma with a measure of its own is a second predication
trig!(comma_when_clause, "Oslo has sanctioned forty Belarusian officers since 2020, when the cabinet resumed its own designations.", ["sanctioned", "designations"]);
// "list" and "listed" as verbs of designation: in a relative clause, after a modal
trig!(relative_which_listed, "The bloc, which listed the banker two years ago, declined to comment.", ["listed"]);
trig!(modal_list_with_parties, "Ministers could list both firms before the summit.", ["list"]);
// a removal from a list is a lifting of its own
trig!(removed_from_its_list, "In May the council removed the broker from the list.", ["removed"]);
// "measure", "steps", "pressure" when they plainly mean the sanctions: a cue of what is done to
// them, or "every"/"a single" measure in a sanctions text; not a measure against imports
trig!(single_measure_lifted, "Oslo will not lift a single measure before the election is rerun.", ["measure"]);
trig!(each_measure, "Each measure aims at the ruling family's banks.", ["measure"]);
trig!(further_steps, "The cabinet will decide on further steps after the summit.", ["steps"]);
trig!(ease_pressure, "The envoy wants the allies to ease pressure on the junta before the talks.", ["pressure"]);
trig!(defensive_measure_is_none, "The levy was a defensive measure against cheap imports of steel.", []);
// in a sanctions text, a ban on trade with a named party and an export ban are measures
trig!(ban_imports_from_a_state, "Last week the ministers agreed to ban imports of sawn timber from Belarus.", ["ban"]);
trig!(ban_on_transactions_with_a_state, "Traders say the union's ban on transactions with Belarus is widely flouted.", ["ban"]);
trig!(export_ban_takes_effect, "Exporters have six weeks to adjust to the export ban.", ["ban"]);
// an addition to the SDN List is a designation, like one to the Entity List; the list's bare name is none
trig!(added_to_sdn_list, "On Friday the Treasury added two Greek shipping firms to the SDN List.", ["SDN List"]);
trig!(sdn_list_named_only, "Firms can ask to be taken off the SDN List by writing to the office.", []);
// a word inside an organisation's name is no trigger
trig!(inside_an_office_name, "Last year the Office of Maritime Sanctions Compliance opened a branch in Bergen.", []);
// a word inside a law's name is no trigger, after "the" or "(" and across "and" or a hyphen
trig!(law_name_after_the_with_and, "The trader sued under the Sanctions and Anti-Fraud Act 2019 last spring.", []);
trig!(law_name_in_parentheses, "The criteria are set out in the Norway (Sanctions) (Trade) Regulations 2021.", []);
trig!(export_control_in_a_law_name, "The case was brought under the Export Control Modernisation Act in March.", []);
// a second infinitive after ", and to" is a second predication
trig!(comma_and_to_second_infinitive, "The council voted to scrap restrictions on potash exports, and to free a Belarusian lender from an asset freeze.", ["restrictions", "asset freeze"]);
// "blocked the property of …" is asset blocking
trig!(blocked_the_property_of, "The decree blocked the assets of forty Belarusian officials.", ["blocked"]);
// barring a person from entry, with a longer object before "from"
trig!(barred_long_object_from_entering, "Canada has barred a retired Belarusian police general and his son from entering its territory.", ["barred"]);

// with persons as its object, "designated" is a designation even in a text with few sanctions words
#[test]
fn designated_persons_in_a_short_text() {
    let text = "Sanctions on the port were eased in May.\n\nThe council designated these three traders:";
    assert_eq!(last_triggers(text), ["designated"], "{:?}", claims(text));
}

// a cue four words before "measures": "eased all of its measures"
trig!(lifted_most_of_its_measures, "After the vote the union eased all of its measures.", ["measures"]);

// "parallel designations" by another state, in a text with few sanctions words
#[test]
fn parallel_designations_in_a_short_text() {
    let text = "Sanctions on the port were eased in May.\n\nOttawa is preparing parallel designations of its own.";
    assert_eq!(last_triggers(text), ["designations"], "{:?}", claims(text));
}

// restricting trade with a named party, as banning it
trig!(restrict_exports_to_a_state, "Oslo could restrict sales of drones to Belarus within weeks.", ["restrict"]);

// evading restrictions in a sanctions text; assets that "remain frozen" far after their noun
trig!(evade_restrictions, "The shipper helped two Belarusian refiners evade restrictions for years.", ["restrictions"]);
trig!(assets_remain_frozen, "Her assets in Bergen, put at two million kroner by the ministry, remain frozen.", ["frozen"]);
// countermeasures in a sanctions text are measures in kind
trig!(countermeasures, "Minsk promised countermeasures within days.", ["countermeasures"]);
// "match" as a verb is no sports word
trig!(match_the_measures, "Iceland cannot match the measures without a new law.", ["measures"]);
// barring trade with a named party, as banning it
trig!(bar_shipments_to_buyers, "Union rules still bar shipments of potash to Belarusian buyers.", ["bar"]);
// a state's "own pressure" in a sanctions text
trig!(own_pressure, "The union needs its own pressure on the junta's banks.", ["pressure"]);
// violating restrictions, with a possessive between
trig!(violate_anyones_restrictions, "We never violate anyone's restrictions, the trader said.", ["restrictions"]);
// listed on an exchange; "sanctions" naming a topic or a policy clause
trig!(exchange_listed_company, "The Bergen-listed Nordfjord Shipping lost 4% on Monday.", []);
trig!(sanctions_exclusions, "Most cargo policies carry sanctions exclusions, the broker said.", []);
trig!(sanctions_news, "Our desk compiles a weekly digest of sanctions news from the capitals.", []);
// an analyst's price target; an interview headline that names its topic
trig!(price_target, "The analyst raised her price target for Nordfjord Shipping to $30.", []);
trig!(interview_topic_headline, "Podcast: A Shipping Lawyer on Chip Export Sanctions", []);
// "an existing ban", "the original ban" refer to a ban like "the ban"
trig!(an_existing_ban, "The package would also prolong an existing ban on the resale of Belarusian potash.", ["ban"]);
// a capitalised "Prohibition" inside a treaty's name
trig!(prohibition_in_a_treaty_name, "Few members have ratified the Convention on the Prohibition of Cluster Munitions.", []);
// "the restrictions" in a sanctions text are those measures
trig!(the_restrictions_in_a_sanctions_text, "The exporter said the restrictions would cost it little.", ["restrictions"]);
// a blockade in a sanctions text, unless a military one; a measure that was imposed
trig!(economic_blockade, "Havana called the rules a foreign blockade of its trade.", ["blockade"]);
trig!(military_blockade_is_none, "Troops kept up the blockade of the harbour for a week.", []);
trig!(measure_imposed_by, "Minsk will not recognise any measure imposed by foreign powers.", ["measure"]);

// "the designations" in a text with few sanctions words
#[test]
fn the_designations_in_a_short_text() {
    let text = "Sanctions on the port were eased in May.\n\nAnalysts said the designations would barely dent the trade.";
    assert_eq!(last_triggers(text), ["designations"], "{:?}", claims(text));
}
// a sanctioning agency as subject of "targets" outweighs military words in the sentence
trig!(agency_targets_drone_suppliers, "The Treasury Department targets a network buying drone engines for the junta.", ["targets"]);
// a relative clause between commas with its own measure is a predication apart from the main clause's
trig!(relative_clause_between_commas, "Iceland, which passed its own sanctions on Belarus last year, still cannot match the measures.", ["sanctions", "measures"]);
// "ease pressure to <purpose>" is the measures
trig!(ease_pressure_to_win_over, "Some diplomats want the allies to ease pressure to win the junta over.", ["pressure"]);
// trade with "third countries" is trade with a party
trig!(restrict_sales_to_third_countries, "A new clause lets Oslo restrict sales of drones to third countries.", ["restrict"]);
// "its listings" after a cue of what is done to them
trig!(extending_its_listings, "Oslo said it was extending its listings for a year.", ["listings"]);
// evasion on its own in a sanctions text, not tax evasion
trig!(evasion_alone, "The aim is to make evasion costly for shippers.", ["evasion"]);
trig!(tax_evasion_is_none, "Tax evasion by the shippers is a separate case.", []);
// restricting described parties as a verb
trig!(restricted_described_companies, "His income fell after the government restricted two courier companies.", ["restricted"]);

// a possessor's ban on imports of a state's goods ("the bloc's ban", "its ban") is a measure like "a ban"
// (after one sanctions sentence only, where "a ban on imports of …" alone is no measure yet)
#[test]
fn possessive_ban_on_imports_of() {
    let text = "The European Union imposed sanctions on Ruritania in 2022. Borovia Steel itself is subject to the EU's ban on imports of Russian steel under Article 3g.";
    let from = text.find("Borovia").unwrap();
    let got: Vec<String> = claims(text).iter().filter(|c| c.span.start >= from).map(|c| c.trigger.of(text).to_string()).collect();
    assert_eq!(got, ["ban"]);
}

// in a sanctions text, a state's national, own or targeted measures are sanctions
trig!(national_measures_in_a_sanctions_text, "Several capitals are now weighing national measures instead.", ["measures"]);
trig!(own_measures_in_a_sanctions_text, "Oslo said it would announce its own measures next week.", ["measures"]);

// "sanctions compliance" is a trade like "sanctions lawyers": no predication
trig!(sanctions_compliance_is_a_trade, "Maria Lenz has run sanctions compliance at a small lender in Vaduz since 2019.", []);

// a relative clause after a comma with a predicate of its own ("…, which is expected to announce its
// own measures") is a second predication
trig!(comma_which_is_expected, "The step was coordinated with Norway, whose ministry sanctioned two brokers in May, and with Chile, which is expected to announce its own measures next week.", ["sanctioned", "measures"]);
