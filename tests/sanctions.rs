//! Sanctions claims: table-driven cases per action, per modality, and negatives.
//! Every sentence here is written for the test.

#[macro_use]
mod common;
use common::{claim_with, claims};
use article_annotator::{annotate, Action, Modality, Options};

macro_rules! act {
    ($name:ident, $text:expr, $trigger:expr, $action:ident) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            let c = claim_with(&cs, $text, $trigger);
            assert_eq!(c.action, Action::$action, "{:?}", c);
        }
    };
}

macro_rules! modal {
    ($name:ident, $text:expr, $trigger:expr, $modality:ident) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            let c = claim_with(&cs, $text, $trigger);
            assert_eq!(c.modality, Modality::$modality, "{:?}", c);
        }
    };
}

macro_rules! none {
    ($name:ident, $text:expr) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            assert!(cs.is_empty(), "expected no claim in {:?}, got {:?}", $text, cs);
        }
    };
}

macro_rules! party {
    ($name:ident, $text:expr, $trigger:expr, actor: $actor:expr, target: $target:expr) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            let c = claim_with(&cs, $text, $trigger);
            assert_eq!(c.actor.as_deref(), $actor, "actor of {:?}", c);
            assert_eq!(c.target.as_deref(), $target, "target of {:?}", c);
        }
    };
}

// ---------- actions ----------
act!(impose_verb, "Canada sanctioned four Belarusian judges on Tuesday.", "sanctioned", Impose);
act!(impose_noun, "Japan imposed sanctions on Venezuela after the disputed vote.", "sanctions", Impose);
act!(impose_designation, "The Treasury designated three shipping firms for carrying oil.", "designated", Impose);
act!(impose_embargo, "The bloc agreed an arms embargo on Myanmar last spring.", "embargo", Impose);
act!(impose_foreign_ban, "Norway bans Aeroflot from its airspace.", "bans", Impose);
act!(tighten_additional, "Britain announced additional sanctions on Iran's drone makers.", "sanctions", Tighten);
act!(tighten_strengthen, "The ministers agreed on strengthening sanctions against Syria.", "sanctions", Tighten);
act!(tighten_evasion_crackdown, "The partners launched an initiative to counter sanctions evasion by shell firms.", "sanctions", Tighten);
act!(extend_maintain, "Brussels is maintaining sanctions on Belarus for another year.", "sanctions", Extend);
act!(extend_remain, "The sanctions against the general remain in effect.", "sanctions", Extend);
act!(ease_relief, "Negotiators discussed sanctions relief for Iran in exchange for inspections.", "sanctions", Ease);
act!(ease_relax, "The decision allows the relaxation of export controls on medical goods.", "export controls", Ease);
act!(lift_remove, "Washington is removing sanctions on Sudan after the peace deal.", "sanctions", Lift);
act!(lift_phased, "The envoy called for phased lifting of sanctions on the country.", "sanctions", Lift);
act!(suspend_waiver, "The department issued a 90-day waiver of sanctions for aid groups.", "sanctions", Suspend);
act!(suspend_verb, "The council is suspending sanctions on the port for six months.", "sanctions", Suspend);
act!(violate_evasion, "The two banks helped the regime circumvent sanctions for years.", "sanctions", Violate);
act!(comply_verb, "Several shippers said they would comply with the sanctions on Cuba.", "sanctions", Comply);
act!(threaten_verb, "Paris threatened sanctions against the junta if the vote is delayed.", "sanctions", Threaten);
act!(effect_subject, "The sanctions have crippled the country's banking sector.", "sanctions", Effect);
act!(other_review, "The minister ordered a review of the group's terrorist designation.", "designation", Other);
act!(no_evasion_own_verb, "Officials insist the new sanctions violated the trade treaty.", "sanctions", Impose);
act!(violate_noun_after, "Prosecutors charged the broker with sanctions violations in March.", "sanctions", Violate);
act!(violate_get_around, "Smugglers use night transfers to get around the sanctions on the island.", "sanctions", Violate);
act!(effect_punished, "The sanctions punished ordinary farmers more than the generals.", "sanctions", Effect);
act!(effect_after_participle, "He said sanctions imposed by Ottawa had worsened the shortages.", "sanctions", Effect);
act!(effect_modal_verb, "Critics argue that the embargo alone will not feed a single village.", "embargo", Effect);
act!(effect_bare_verb, "Sanctions leave the cranes idle and the sailors unpaid.", "Sanctions", Effect);
act!(effect_after_adverb, "The embargo probably cost Ostland less than its critics claim.", "embargo", Effect);
act!(effect_turned, "A welfare worker said the sanctions had turned the crews into hostages.", "sanctions", Effect);
act!(violate_passive, "The arms embargo on Ostland has been openly violated for years.", "embargo", Violate);
act!(effect_fear_clause, "Fishermen fear the sanctions could empty the harbour.", "sanctions", Effect);
act!(effect_has_verb, "That embargo has halved the mill's output.", "embargo", Effect);
act!(effect_have_already, "The embargo has already emptied the shelves of the capital.", "embargo", Effect);
act!(impose_have_already_frozen, "The sanctions have already frozen the assets of ten firms.", "sanctions", Impose);
act!(effect_subject_of_when_clause, "Fares doubled last year, when sanctions on the airline and a fuel shortage forced carriers to cancel routes.", "sanctions", Effect);
act!(impose_modal_keeps, "The sanctions will take effect next week.", "sanctions", Impose);
act!(impose_new_modal, "Diplomats fear that new sanctions could derail the talks.", "sanctions", Impose);
act!(threaten_will_follow, "Sanctions will follow any firm that ships the fuel.", "Sanctions", Threaten);
act!(effect_described_as, "The ministry described the sanctions as cruel and useless.", "sanctions", Effect);
act!(comply_implemented, "The port authority has fully implemented the sanctions on the regime.", "sanctions", Comply);
act!(lift_removed_from_list, "Ottawa also removed Northwind Trading and Polar Freight Bank from its list of entities designated under the sanctions law.", "designated", Lift);
act!(tighten_extend_to_cover, "The ministers decided to extend the export ban on Belarus to cover machine tools.", "ban", Tighten);
act!(tighten_extend_to_wider_range, "Norway will extend its export controls to a wider range of fishing equipment bound for Russia.", "export controls", Tighten);
act!(threaten_on_the_table, "A ministry spokesman said further sanctions against Tallinn were \"on the table.\"", "sanctions", Threaten);
act!(impose_relist, "Norway lifted the sanctions on the trawler owner in May. Diplomats said the government was likely to relist him on new grounds.", "relist", Impose);
act!(tighten_added_to_list, "The council added nine officials to the list of those subject to an asset freeze.", "asset freeze", Tighten);
act!(other_review_removal, "Officials are reviewing whether to remove two refiners from the sanctions list.", "sanctions", Other);
act!(threaten_ready_to_impose, "The bloc stands ready to impose further sanctions should the fighting resume.", "sanctions", Threaten);
act!(threaten_risk_exposure, "Banks that serve the network could risk exposure to secondary sanctions.", "sanctions", Threaten);
// adding parties to a named sanctions list designates them: impose (the list of those under a measure: tighten)
act!(impose_added_to_sanctions_list, "Norway added the Harlow Fishing Company to its sanctions list in May.", "sanctions", Impose);
act!(impose_headline_adds_to_list, "Brazil Adds Two Trawler Owners to SDN List", "SDN List", Impose);
// a court keeps or removes a measure: "upheld" extends, "strikes down" lifts
act!(extend_court_upheld, "The judges upheld the sanctions on the trawler owner's father.", "sanctions", Extend);
act!(lift_court_strikes_down, "Court strikes down sanctions on trawler owner's daughter", "sanctions", Lift);
// contesting a measure is other: its object, or "a challenge by X to his designation" with a long name between
act!(other_fight_this_designation, "His lawyer said the family would fight this designation by OFAC in every court.", "designation", Other);
act!(other_challenge_by_long_name_to, "A judge on Monday dismissed a challenge by the Oslo-based fishing magnate Harald Lund-Berg to his designation under Norwegian sanctions.", "designation", Other);
// a consequence of the measures: "since the designation", "because of sanctions"; a forecast removal
act!(effect_since_the_designation, "Norway Sanctions Harlow Fishing Company\n\nNorway imposed sanctions on the Harlow Fishing Company on Monday. The Treasury designated three of its vessels under the sanctions law. Brokers said none of the trawlers had sailed since the designation.", "designation", Effect);
act!(effect_because_of_sanctions, "Exports have fallen sharply, but not because of sanctions.", "sanctions", Effect);
act!(effect_sanctions_could_remove, "Analysts said the sanctions could remove a tenth of the island's fish exports.", "sanctions", Effect);
// compliance: screening the designated parties, applying another party's measures (not one's own)
act!(comply_exposure_to_designated, "Norway Sanctions Harlow Fishing Company\n\nNorway imposed sanctions on the Harlow Fishing Company on Monday. The Treasury blacklisted three of its vessels under the sanctions law. Banks in Oslo must check their exposure to the designated persons.", "designated", Comply);
act!(comply_apply_agreed_by, "Officials in Tallinn said they would apply any embargo agreed by the bloc.", "embargo", Comply);
act!(comply_apply_anothers, "The central bank ordered lenders to apply the Norwegian sanctions.", "sanctions", Comply);
act!(impose_apply_own, "Officials in Tallinn said they would apply an embargo on the island.", "embargo", Impose);
// "remain frozen": the freeze goes on
act!(extend_remain_frozen, "Norway froze the assets of the trawler owner in May. His assets in Oslo, estimated at 20 million kroner, remain frozen.", "frozen", Extend);
// fear of breaching the measures is compliance; "breaking" them is evasion
act!(comply_anxious_about_breaching, "Banks in Riga, anxious about breaching the Norwegian sanctions, closed the accounts.", "sanctions", Comply);
act!(violate_breaking, "Tallinn shipyard admits breaking Norwegian sanctions", "sanctions", Violate);
// measures not meant to last: lift, on conditions
act!(lift_not_meant_to_be_permanent, "These sanctions are not meant to be permanent.", "sanctions", Lift);
modal!(conditional_not_meant_to_be_permanent, "These sanctions are not meant to be permanent.", "sanctions", Conditional);
// a verb trigger's cue stays in its clause: "dropped … after Norway sanctioned …"
act!(verb_cue_not_across_after, "An insurer dropped 14 trawlers after Norway sanctioned their owners.", "sanctioned", Impose);
// kept (extend); mattered, are changing (effect)
act!(extend_kept_in_place, "She wants the sanctions kept in place.", "sanctions", Extend);
act!(effect_mattered, "She said the sanctions mattered most for the importers.", "sanctions", Effect);
act!(effect_are_changing, "The sanctions are already changing trade flows.", "sanctions", Effect);
// a passive past a phrase about the party: "the sanctions on the trading house could be lifted"
act!(lift_passive_past_on_phrase, "Officials said the sanctions on the trading house could be lifted if it named its buyers.", "sanctions", Lift);
// joining or acting on another body's measures is compliance; joining it in imposing them is not
act!(comply_join_blocs_measures, "Norway again declined to join any of the bloc's sanctions against Minsk.", "sanctions", Comply);
act!(comply_act_on_american, "The port authority said it would not act on unilateral American sanctions.", "sanctions", Comply);
act!(impose_joined_in_imposing, "Norway joined the United States in imposing sanctions on the trawler owner.", "sanctions", Impose);
// a contrastive "not" denies what follows it, not the measures: "not to X, but to Y", "not the same as", "not an X, it is a Y"
modal!(contrast_not_but_to, "The aim of the sanctions on Ruritania is not to punish, but to change behaviour.", "sanctions", Asserted);
modal!(contrast_not_the_same_as, "Reimposing the embargo is not the same as stopping the trawlers at sea.", "embargo", Asserted);
modal!(contrast_not_a_it_is, "The arms embargo on Ruritania is not a punishment, it is a shield for farmers.", "embargo", Asserted);
// measures under deliberation are speculative; a call or announced intention to deliberate is a demand
modal!(speculative_weighing, "Ministers are weighing sanctions on the Ruritanian generals.", "sanctions", Speculative);
modal!(speculative_studying_reported, "Officials in Oslo said they were studying sanctions on two Ruritanian ports.", "sanctions", Speculative);
modal!(demanded_urged_to_consider, "The envoy urged the council to consider sanctions on the generals.", "sanctions", DemandedOrProposed);
// a future of being under the measures is no commitment, past an adverb too
modal!(asserted_will_also_be_subject, "Norway imposed sanctions on four Ruritanian judges. Their spouses will also be subject to an asset freeze.", "asset freeze", Asserted);
// "alleged" before a noun is an adjective, no reporting verb
#[test]
fn asserted_alleged_adjective() {
    let text = "The Treasury sanctioned a Ruritanian arms network on Monday. Two alleged brokers were also sanctioned.";
    let cs = claims(text);
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[1].modality, Modality::Asserted, "{cs:?}");
}
// a second predication after "and has since …" or in a relative clause "that has never …": two claims
#[test]
fn second_predication_past_an_adverb() {
    for text in [
        "Norway has designated the militia as a terrorist group and has since sanctioned six of its financiers.",
        "Norway will not sanction a neighbour that has never sanctioned Norway.",
    ] {
        let cs = claims(text);
        assert_eq!(cs.len(), 2, "{text}: {cs:?}");
    }
}
// "until" after the measures: a condition still to come true, not a narrated past or a date
modal!(conditional_stay_until, "The arms embargo on Ruritania will stay in place until the generals hand over power.", "embargo", Conditional);
modal!(asserted_until_past, "Norway kept sanctions on the trawler owner until a court overturned them.", "sanctions", Asserted);
// rethinking or revisiting a measure is reviewing it
act!(other_rethink, "It is time to rethink the arms embargo on Ruritania.", "embargo", Other);
// "said that X … and that Y …": two reported clauses, two predications
#[test]
fn and_that_splits_reported_clauses() {
    let text = "The ministry said that sanctions would push Tallinn towards Minsk and that Oslo would not support restrictive measures against a neighbour.";
    let cs = claims(text);
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(claim_with(&cs, text, "restrictive measures").modality, Modality::Negated, "{cs:?}");
}

// ---------- detection of further triggers ----------
act!(froze_assets, "Norway froze the assets of a Cypriot trading house on Monday.", "froze", Impose);
// the price cap as the object of evasion or compliance; a contested listing
act!(price_cap_evaded, "Norway Sanctions Harlow Fishing Company\n\nNorway imposed sanctions on the Harlow Fishing Company on Monday. The Treasury designated three of its vessels under the sanctions law. Its tankers were used to evade the G7 price cap on Russian crude.", "price cap", Violate);
act!(price_cap_complied, "Norway Sanctions Harlow Fishing Company\n\nNorway imposed sanctions on the Harlow Fishing Company on Monday. The Treasury designated three of its vessels under the sanctions law. The firm said it had always complied with the price cap and would challenge its listing in court.", "listing", Other);
// frozen assets further from the verb, and blocked accounts, in a sanctions text
act!(frozen_assets_subject_far, "Norway imposed sanctions on the Harlow Fishing Company on Monday. The assets of all four owners are frozen.", "frozen", Impose);
act!(frozen_amount_of_assets, "Norway imposed sanctions on the Harlow Fishing Company on Monday. Two banks in Oslo have frozen 3 million kroner of Russian assets so far.", "frozen", Impose);
act!(accounts_were_blocked, "Norway Sanctions Harlow Fishing Company\n\nNorway imposed sanctions on the Harlow Fishing Company on Monday. The Treasury designated three of its vessels under the sanctions law. The company's accounts at two banks were blocked on Tuesday.", "blocked", Impose);
act!(keep_targeting, "Norway Sanctions Harlow Fishing Company\n\nNorway imposed sanctions on the Harlow Fishing Company on Monday. The Treasury designated three of its vessels under the sanctions law. We will keep targeting every link in this chain.", "targeting", Extend);
act!(lifts_curbs, "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. Norway lifts curbs on two Serbian lenders.", "curbs", Lift);
act!(reimpose_threat, "The envoy warned that the bloc could reimpose the sanctions if the ceasefire collapses. The sanctions on the junta and the arms embargo stay, as do sanctions on its banks.", "reimpose", Threaten);
act!(waived_restrictions, "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. The ministry waived restrictions on a Serbian state lender for 90 days.", "restrictions", Suspend);
act!(ineligible_for_entry, "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. Their spouses are also ineligible for entry into Canada.", "ineligible for entry", Impose);
act!(unreliable_entity_list, "Beijing put two American drone makers on its unreliable entity list.", "unreliable entity list", Impose);

#[test]
fn listing_verb_in_a_sanctions_text() {
    let text = "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. The ministers also listed nine prosecutors and a state freight operator.";
    let cs = claims(text);
    claim_with(&cs, text, "listed");
}

#[test]
fn freeze_and_lift_in_one_headline_give_two_claims() {
    let text = "Canada Freezes Assets of Serbian Broker, Lifts Curbs on Two Cypriot Banks\n\nThe sanctions on the junta and the arms embargo stay, as do sanctions on its banks. ";
    let cs = claims(text);
    assert!(cs.iter().any(|c| c.trigger.of(text).starts_with("Freezes")), "{cs:?}");
    assert_eq!(claim_with(&cs, text, "Curbs").action, Action::Lift);
}

none!(heading_only, "SANCTIONS OUTLOOK");
none!(click_here, "Click here for the list of persons sanctioned today.");
#[test]
fn stock_listing_is_none() {
    let text = "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. The trading firm's shares were listed on the stock exchange.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.trigger.of(text) != "listed"), "{cs:?}");
}

// the measures as the subject of a verb of what they do: effect
act!(effect_subject_gives, "Sanctions that never end give the regime no reason to talk.", "Sanctions", Effect);
act!(effect_subject_reaches, "Sanctions from Brussels reach banks our regulators cannot.", "Sanctions", Effect);
act!(effect_headline_redraw, "Fishing Fleets Shrink as Sanctions Redraw Trade Routes", "Sanctions", Effect);
// "that sanctions" before an opening quote mark is a subject, not the verb "sanctions"
act!(effect_that_sanctions_quoted, "The minister said in a speech that sanctions \"will not change a single vote in this parliament.\"", "sanctions", Effect);
// a negation in a clause with a subject of its own does not negate the measures
modal!(asserted_negation_of_own_subject, "Sanctions from Brussels reach banks our regulators cannot.", "Sanctions", Asserted);
// the sanctions' rules and decisions, with no verb about the measures: other
act!(other_sanctions_decisions, "Sanctions decisions in the alliance require the backing of every member.", "Sanctions", Other);
act!(other_sanctions_regulations, "Port access is decided under Canada's sanctions regulations, not by town councils.", "sanctions", Other);
// the subject's verb past a long modifier: "… remain in place" keeps the measures
act!(extend_remain_in_place_far, "Sanctions on the officers who have rigged the vote in the northern provinces remain in place.", "Sanctions", Extend);
// a verb whose object is "more"/"additional" parties widens the measures; "more than 400" is a count
act!(tighten_sanction_more, "Analysts expect Ottawa to sanction more coastal banks this year.", "sanction", Tighten);
act!(impose_sanctioned_more_than, "Since May, Ottawa has sanctioned more than 40 coastal banks.", "sanctioned", Impose);

// ---------- modalities ----------
modal!(asserted_author, "Australia imposed sanctions on five Russian officials on Friday.", "sanctions", Asserted);
modal!(negated_will_not, "The government will not lift sanctions on Caracas this year.", "sanctions", Negated);
modal!(negated_did_not, "The summit did not agree new sanctions against the generals.", "sanctions", Negated);
modal!(conditional_if, "Sanctions on the firm could end if it sells its stake.", "Sanctions", Conditional);
modal!(conditional_negated_condition, "The bloc stands ready to widen the sanctions if Ruritania does not free the crew.", "sanctions", Conditional);
modal!(conditional_provided_that, "Brussels will ease the embargo provided that the ceasefire holds.", "embargo", Conditional);
modal!(conditional_provided_clause, "The asset freeze on the lender ends in May, provided the auditors sign off.", "asset freeze", Conditional);
// "provided" as the verb: the reason of a designation is no condition
modal!(asserted_for_having_provided, "Ottawa sanctioned two Ruritanian traders for having provided drones to the junta.", "sanctioned", Asserted);
modal!(asserted_which_provided, "The Treasury designated a broker which provided the vessels with forged papers.", "designated", Asserted);
modal!(conditional_not_hesitate_if, "We will not hesitate to impose further sanctions on Minsk if the crackdown goes on.", "sanctions", Conditional);
modal!(demanded_will_not_hesitate, "Ottawa won't hesitate to impose more sanctions on the junta.", "sanctions", DemandedOrProposed);
modal!(conditional_as_long_as, "As long as the blockade continues, the sanctions on Minsk stay in place.", "sanctions", Conditional);
modal!(speculative_likely, "The visit was likely meant to push Brussels to ease sanctions.", "sanctions", Speculative);
modal!(demanded_call, "The opposition called for tougher sanctions on the ruling party.", "sanctions", DemandedOrProposed);
modal!(demanded_plan, "London plans to impose sanctions on the mining company.", "sanctions", DemandedOrProposed);
modal!(demanded_announced_would, "The prime minister announced she would soon be lifting all sanctions on the island.", "sanctions", DemandedOrProposed);
modal!(reported_said, "Canada imposed sanctions on two judges, officials said.", "sanctions", Reported);
modal!(reported_according_to, "According to the ministry, Tokyo has sanctioned eleven traders.", "sanctioned", Reported);
// an expectation is a forecast: speculative
modal!(speculative_is_expected_to, "The bloc is expected to adopt new sanctions on the Sahel junta next week.", "sanctions", Speculative);
modal!(speculative_expect_party_to, "Diplomats expect Quito to renew the embargo on the rebel port.", "embargo", Speculative);
// report-like verbs: an accusation, a finding, a worry
modal!(reported_accused_of, "Norway has repeatedly accused Latvia of enforcing the Baltic embargo too strictly.", "embargo", Reported);
modal!(reported_found_that, "An inquiry by the auditors found that two barges had reached Tromso in breach of the embargo.", "embargo", Reported);
modal!(reported_worry_that, "Officials in Oslo worry that the port also serves traders who evade sanctions.", "sanctions", Reported);
// a report in a coordinated clause after the trigger is no attribution of it
modal!(asserted_before_coordinated_report, "The council's embargo covers only the north, and diplomats said Quito would oppose any change.", "embargo", Asserted);
// a purpose clause's "could" is no hedge
modal!(demanded_so_that_could, "Nine governments asked for the package to be split so that the officials could be sanctioned soon.", "sanctioned", DemandedOrProposed);
// the measures as the object of a block or veto
modal!(negated_blocks_sanctions, "Hungary blocks EU sanctions on Georgian officials", "sanctions", Negated);
// an imperative opening the sentence is a demand
modal!(demanded_imperative, "Free the prisoners first. But keep the sanctions on the men who run the camps.", "sanctions", DemandedOrProposed);
// what the measures will not do, further on or through "they"
modal!(negated_effect_far, "Sanctions on a handful of fishing firms will not stop the smuggling.", "Sanctions", Negated);
modal!(negated_effect_they, "The envoy called the sanctions \"a gift to the army\" and said they would not affect the group's finances.", "sanctions", Negated);
// a hypothetical outcome of the measures: "would punish", "would be a nuclear option"
modal!(speculative_effect_would, "A retired farmer said broad trade sanctions would punish people who already have nothing.", "sanctions", Speculative);
// the measures inside an embedded yes/no question are speculative, also after declining to comment
modal!(speculative_embedded_whether, "Analysts said the real question is whether Quito follows through on its threat to sanction the brokers.", "sanction", Speculative);
modal!(speculative_declined_to_comment_whether, "The spokesman declined to comment on whether further sanctions on the minister's cousins were planned.", "sanctions", Speculative);
// advocacy is a demand: "argued for", "lobbied for"
modal!(demanded_argued_for, "Two neighbours have argued for a full lifting of the sanctions on the islands.", "sanctions", DemandedOrProposed);
modal!(demanded_lobbied_for, "Exporters lobbied for an easing of sanctions on the port.", "sanctions", DemandedOrProposed);
// "as long as it takes" is no condition
modal!(demanded_as_long_as_it_takes, "The senator wants the sanctions kept as long as it takes.", "sanctions", DemandedOrProposed);
// measures someone is looking at or exploring are under deliberation: speculative
modal!(speculative_looking_at, "The sanctions on the junta stay, as do sanctions on its banks. The bloc imposed sanctions on the generals in May. Some member states are now looking at national measures.", "measures", Speculative);
// a fronted time clause is a presupposed fact: the main clause's reporting verb does not attribute it
modal!(asserted_fronted_when_clause, "When Latvia sanctioned nine Ruritanian officers last month, the ruling party dismissed the move as a stunt.", "sanctioned", Asserted);
// what someone fears, bets or predicts the measures will do is a forecast: speculative
modal!(speculative_fear_will, "Cocoa farmers fear the new sanctions will hurt the whole region.", "sanctions", Speculative);
modal!(speculative_bet_would, "Brokers bet that sanctioned cargoes would lift freight prices.", "sanctioned", Speculative);
// what a bill, draft or package "would" do is proposed, not yet done
modal!(demanded_bill_would, "The senate debated a bill that would let the cabinet impose sanctions on foreign officials.", "sanctions", DemandedOrProposed);
modal!(demanded_package_would, "Under the leaked text, the package would ban imports of Ruritanian timber.", "ban", DemandedOrProposed);
modal!(speculative_would_be_a, "Norway imposed sanctions on the Harlow Fishing Company on Monday. Sanctioning a big Estonian bank would be a nuclear option.", "Sanctioning", Speculative);
// a concession after a comma is a clause of its own
modal!(asserted_after_though, "The European Union has no sanctions on the Harlow Fishing Company, though Norway sanctioned the firm in 2024.", "sanctioned", Asserted);
// rejecting a challenge to a measure does not negate the measure
modal!(asserted_rejected_challenge, "Judge Rejects Trawler Owner's Challenge to Norwegian Asset Freeze", "Asset Freeze", Asserted);
// an interview answer under a hyphenated name's label is the interviewee's, reported
#[test]
fn hyphenated_answer_label_reports() {
    let text = "Interview: A harbour banker on the trawler sanctions\n\nLena Ost-Varga runs compliance at Fjord Bank. Tom Reed spoke to her.\n\nQ: What changed?\n\nOst-Varga: Norway imposed sanctions on the Harlow Fishing Company in May, and we closed its accounts.";
    let cs = claims(text);
    let c = cs.last().expect("a claim");
    assert_eq!((c.modality, c.source.as_deref()), (Modality::Reported, Some("Lena Ost-Varga")), "{c:?}");
}

// ---------- parties ----------
party!(actor_and_target_states, "Japan imposed sanctions on Venezuela after the vote.", "sanctions", actor: Some("Japan"), target: Some("Venezuela"));
party!(demonym_target, "Canada sanctioned the Iranian regime over the crackdown.", "sanctioned", actor: Some("Canada"), target: Some("Iran"));
party!(metonymy_actor, "Washington imposed sanctions on Cuba in the 1960s.", "sanctions", actor: Some("United States"), target: Some("Cuba"));
party!(passive_by, "The bank was sanctioned by Canada in March.", "sanctioned", actor: Some("Canada"), target: None);
party!(dateline_is_no_party, "OSLO, May 2 (Reuters) - Officials sanctioned nine shipping firms on Friday.", "sanctioned", actor: None, target: None);
party!(byline_is_no_party, "By Kari Nordmann, Oslo\n\nThe sanctions have hurt exporters across the region.", "sanctions", actor: None, target: None);
party!(described_targets_are_null, "Under its sanctions law, Canada designated seven individuals and two entities based in Belarus and Serbia.", "designated", actor: Some("Canada"), target: None);
party!(described_with_named_member, "Canada sanctioned over 30 individuals and entities, including Belarus and its state bank.", "sanctioned", actor: Some("Canada"), target: Some("Belarus"));
modal!(demanded_call_on, "We call on our neighbours to impose matching sanctions on the junta.", "sanctions", DemandedOrProposed);
// seeking sanctions is asking for them, also in a headline
modal!(demanded_headline_seek, "Farm Groups Seek Sanctions on Valdoria Over Grain Dumping", "Sanctions", DemandedOrProposed);
modal!(demanded_sought, "The exporters sought sanctions against the cartel's shipping arm for a year.", "sanctions", DemandedOrProposed);
modal!(demanded_headline_urge, "Lawmakers Urge Cabinet to Sanction Navy Commanders", "Sanction", DemandedOrProposed);
modal!(demanded_pressure_to, "The minister faces growing pressure to sanction the port operator.", "sanction", DemandedOrProposed);
modal!(conditional_inverted_should, "Should the junta free the detained reporters, Canada would consider easing sanctions on it.", "sanctions", Conditional);
modal!(conditional_should_after, "Ottawa stands ready to adopt new sanctions should the crackdown widen.", "sanctions", Conditional);
modal!(conditional_need_not, "These sanctions need not last forever.", "sanctions", Conditional);
modal!(negated_rejects_call, "The cabinet rejects a foreign request to join sanctions on its neighbour.", "sanctions", Negated);
modal!(asserted_added_to_list, "The trading house was added to the Entity List in 2021.", "Entity List", Asserted);
// a plural subject's view: "analysts argue that …"
modal!(reported_plural_argue, "Some economists argue that the sanctions on Caldera's banks have only strengthened its rulers.", "sanctions", Reported);
// a reporting verb inside a relative clause closed before the trigger reports only that clause
modal!(relative_report_is_no_report, "The Corvina Syndicate, which investigators say has laundered millions for cartels, was sanctioned by Canada in 2021.", "sanctioned", Asserted);
modal!(reported_estimates, "The analyst Rosa Lind estimates that sanctions have cut the regime's oil income by half.", "sanctions", Reported);

#[test]
fn source_skips_place_in_apposition() {
    let text = "Mara Quist, a trade lawyer in Singapore, said the sanctions on the shipping line were poorly enforced.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "sanctions");
    assert_eq!(c.source.as_deref(), Some("Mara Quist"), "{c:?}");
    assert_eq!(c.modality, Modality::Reported);
}

#[test]
fn two_predications_two_claims() {
    let text = "The decree removes sanctions on Sudan while maintaining sanctions on its former president.";
    let cs = claims(text);
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[0].action, Action::Lift);
    assert_eq!(cs[1].action, Action::Extend);
    assert_eq!(cs[0].span, cs[1].span);
    assert_ne!(cs[0].trigger, cs[1].trigger);
}

#[test]
fn quoted_claim_takes_the_speaker_and_the_inner_sentence() {
    let text = "\u{201c}We will never accept sanctions on our farmers,\u{201d} said Prime Minister Anna Berg.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "sanctions");
    assert_eq!(c.modality, Modality::Negated);
    assert!(c.span.of(text).starts_with("We will never"), "{:?}", c.span.of(text));
}

// ---------- not claims ----------
none!(approval_sense, "The race organisers published the officially sanctioned record for the course.");
none!(state_sanctioned, "Critics blamed the state-sanctioned violence on the police.");
none!(domestic_ban, "The city council voted for a domestic ban on plastic bags.");
none!(banned_group, "The movement is banned in the country under its security laws.");
none!(tariffs, "The two countries agreed to cut tariffs on steel and grain.");
none!(designated_driver, "She was the designated driver for the evening.");
none!(topic_headline, "Statement from the Minister on Iran Sanctions");
none!(approved_budget, "The provincial assembly sanctioned a new budget for road repairs.");
none!(approved_terminal, "Last month the harbour authority sanctioned a new ferry terminal.");

#[test]
fn the_ban_after_a_domestic_ban_is_none() {
    let text = "Sanctions on the oil firm were eased in May.\n\nThe court upheld a domestic ban on the video app. The ban remains in force.";
    let cs = claims(text);
    assert_eq!(cs.len(), 1, "{cs:?}");
}

none!(restricted_area, "Visitors may not enter the restricted area near the dam.");

#[test]
fn any_text_is_safe() {
    let odd = [
        "",
        "sanctions",
        "“sanctions",
        "Sanctions on",
        "the ban",
        "’s sanctions ’s",
        "Ünïcödé sanctions on Ünïcödé — “lifted” ‘if’ ",
        "; ; sanctions ; ;",
        "sanctions on X said",
        "🇺🇦 sanctioned 🇷🇺.",
        "designated\n\nas\n\nSpecially Designated",
    ];
    for text in odd {
        let a = annotate(text, &Options::default()).expect("annotate");
        for c in a.claims.unwrap_or_default() {
            assert!(text.get(c.span.start..c.span.end).is_some(), "span slices {text:?}");
            assert!(text.get(c.trigger.start..c.trigger.end).is_some(), "trigger slices {text:?}");
            assert!(c.span.contains(c.trigger) || !c.span.is_empty(), "trigger inside span");
        }
    }
}

// the agent of a designation past the category it names
party!(designated_as_category_by_agent, "Ottawa imposed sanctions on Peru in May. The Shining Path was designated as a Foreign Terrorist Organization by the Department of State in 1997.", "designated", actor: Some("Department of State"), target: Some("Shining Path"));

// a title-case place opening its line before a dash is a dateline, no party
actor!(title_case_dateline_is_no_actor, "Treasury Acts on Fuel Smugglers\n\nOttawa — Today, the Treasury is sanctioning four fuel smugglers.", "sanctioning", Some("Department of the Treasury"));

// ---------- document-level target: only a country programme gives one ----------
party!(programme_headline_gives_default, "Ottawa Widens Measures Against Belarus\n\nCanada today extended its sanctions for another year.", "sanctions", actor: Some("Canada"), target: Some("Belarus"));
party!(headline_subject_is_no_programme, "Belarus Condemns Canadian Decision\n\nCanada today extended its sanctions for another year.", "sanctions", actor: Some("Canada"), target: None);
party!(headline_demonym_is_no_programme, "Canada Freezes Assets of Belarusian Trader\n\nCanada today extended its sanctions for another year.", "sanctions", actor: Some("Canada"), target: None);
party!(headline_owner_of_org_is_no_programme, "Ottawa Targets Suppliers of Belarus's KGB\n\nCanada today extended its sanctions for another year.", "sanctions", actor: Some("Canada"), target: None);
// the scene of a war or offensive the measures answer is no programme: "… Over Mali Offensive"
party!(headline_war_scene_is_no_programme, "Senators Seek Sanctions Over Mali Offensive\n\nThe senators want to punish the junta's allies abroad with sanctions.", "sanctions", actor: None, target: None);

// ---------- described targets: null, and no document default ----------
const PROGRAMME: &str = "Ottawa Widens Sanctions Against Belarus\n\n";
fn target_in_programme(body: &str, trigger: &str) -> Option<String> {
    let text = format!("{PROGRAMME}{body}");
    let cs = claims(&text);
    claim_with(&cs, &text, trigger).target.clone()
}

#[test]
fn described_targets_in_a_programme_document() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // plural targets of the programme's nationality are the programme state (GUIDELINES §5:
        // under a country programme the target is the country unless one named entity is)
        ("Canada sanctioned four Belarusian prison officers on Monday.", "sanctioned", Some("Belarus")),
        ("Canada imposed asset freezes on seven Belarusian timber exporters.", "asset freezes", Some("Belarus")),
        // negative: one described party, another nationality, or two nationalities name none
        ("Canada also imposed sanctions on a Belarusian state bank.", "sanctions", None),
        ("Canada sanctioned four Georgian prison officers on Monday.", "sanctioned", None),
        ("Canada sanctioned nine Belarusian and Russian shippers.", "sanctioned", None),
        // a place that only locates them
        ("Canada sanctioned eight companies in Russia and Serbia.", "sanctioned", None),
        // described before the trigger
        ("Persons on the list are subject to sanctions.", "sanctions", None),
        // a named member after "including"
        ("Canada sanctioned 50 individuals and entities, including the interior minister Ivan Petrov.", "sanctioned", Some("Ivan Petrov")),
        // the programme state when the object is the government or absent
        ("Canada today extended its sanctions for another year.", "sanctions", Some("Belarus")),
    ];
    for (body, trigger, want) in cases {
        assert_eq!(target_in_programme(body, trigger).as_deref(), *want, "{body}");
    }
}

// the described targets' named member after "include"
#[test]
fn described_targets_include_a_named_member() {
    let text = "The companies designated today by OFAC include Lagos-based Ikoyi Marine Services Ltd and a tanker.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "designated").target.as_deref(), Some("Ikoyi Marine Services Ltd"), "{cs:?}");
}

// ---------- actors ----------
// a coordinated subject: the first named is the principal actor; a fronted phrase is no conjunct
party!(actor_first_of_two, "Earlier this year, Norway and Iceland jointly sanctioned the shipping firm.", "sanctioned", actor: Some("Norway"), target: None);
party!(actor_first_of_a_list, "Since 2019, Norway, Iceland and Japan have imposed asset freezes on the junta's generals.", "asset freezes", actor: Some("Norway"), target: None);
party!(actor_after_a_fronted_phrase, "During the talks in Oslo, Norway sanctioned the shipping firm.", "sanctioned", actor: Some("Norway"), target: None);
#[test]
fn actor_rules() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // a capital stands for its state
        ("Ottawa imposed sanctions on the junta's leaders last week.", "sanctions", Some("Canada")),
        ("If Jakarta imposes sanctions, the port will close to them.", "sanctions", Some("Indonesia")),
        // a department's own office is the agent, not the department
        ("On Monday the Treasury Department's Office of Foreign Assets Control sanctioned two refiners.", "sanctioned", Some("Office of Foreign Assets Control")),
    ];
    for (text, trigger, want) in cases {
        let cs = claims(text);
        let c = claim_with(&cs, text, trigger);
        assert_eq!(c.actor.as_deref(), *want, "{text}");
    }
}

// ---------- modality: cues that do not govern the trigger, and cues that do ----------
modal!(until_date_is_no_condition, "The council renewed the sanctions on the junta until 30 June 2027.", "sanctions", Asserted);
modal!(until_event_is_a_condition, "Until the prisoners are freed, the sanctions on the junta stay in place.", "sanctions", Conditional);
modal!(would_after_said_before, "The minister said on Monday that the cabinet would impose sanctions on the shipping line.", "sanctions", DemandedOrProposed);
modal!(considering_whether_to, "The bloc is considering whether to sanction the port operators.", "sanction", DemandedOrProposed);
modal!(pressed_ahead_is_no_demand, "Ottawa pressed ahead with sanctions on the refinery, officials said.", "sanctions", Reported);
modal!(could_in_purpose_clause, "The ministry waived the sanctions on the port so that grain shipments could resume.", "sanctions", Asserted);
modal!(might_in_later_clause, "The envoy condemned the sanctions on the refinery as unlawful and warned that his country might respond.", "sanctions", Reported);
modal!(opposes_object_then_would, "The ministry said it opposes the ruling and would impose sanctions on the bloc's carriers.", "sanctions", DemandedOrProposed);
modal!(negated_outside_partial_quote, "The spokesman added that it would not be \"useful to discuss future sanctions against the port\".", "sanctions", Negated);

// a failed step is negated; an embedded question is speculative; "once" as an adverb is no condition
modal!(negated_failed_to_agree, "Ministers failed on Monday to agree sanctions on the militia's leaders.", "sanctions", Negated);
modal!(negated_headline_fails_to, "Bloc Fails to Agree Sanctions on Militia Leaders", "Sanctions", Negated);
modal!(speculative_ask_whether, "Exiles Ask Whether Sanctions Still Work", "Sanctions", Speculative);
modal!(once_adverb_is_no_condition, "The question once seemed settled: are the sanctions working?", "sanctions", Speculative);
// negatives: weighing whether is a proposal; a failure after the trigger is no failed step
modal!(considering_whether_is_a_proposal, "Ottawa is considering whether to impose sanctions on the refinery.", "sanctions", DemandedOrProposed);
#[test]
fn failure_after_the_trigger_is_no_failed_step() {
    let text = "The sanctions on the refinery failed to stop the trade.";
    let cs = claims(text);
    assert_ne!(claim_with(&cs, text, "sanctions").modality, Modality::Negated, "{cs:?}");
}
// the body that failed to agree sanctions still acts on them: it is the document's default actor
#[test]
fn failed_step_keeps_the_default_actor() {
    let text = "Bloc Fails to Agree Sanctions on Militia Leaders\n\nEuropean Union ministers failed on Monday to agree sanctions on four militia leaders. The United States sanctioned two of them in 2023. Sanctions decisions require unanimity among the member states.";
    let cs = claims(text);
    assert_eq!(cs.last().and_then(|c| c.actor.as_deref()), Some("European Union"), "{cs:?}");
}

// ---------- sources ----------
source!(source_relative_clause_before_aux, "Senator Dana Holt, who toured the port in May, had urged the cabinet to sanction the refinery.", "sanction", Some("Dana Holt"));
source!(source_announced_at_the_end, "Norland froze the accounts of two Ruritanian lenders, Finance Minister Aino Valkeapaa announced on Friday.", "froze", Some("Aino Valkeapaa"));
modal!(announcing_measures_is_no_report, "Norland announced on Friday new sanctions on Ruritania.", "sanctions", Asserted);
source!(source_saying_after_comma, "The envoy of Peru, Tomas Arriaga, took a softer line, saying the council should end the sanctions soon.", "sanctions", Some("Tomas Arriaga"));
source!(source_inverted_said_after_quote, "\"We heard you,\" said Ambassador Lena Sorvik, adding that the sanctions relief rewarded real progress.", "sanctions", Some("Lena Sorvik"));
source!(source_org_officials, "Interpol officials said the sanctions on the broker had been poorly enforced.", "sanctions", Some("Interpol"));
source!(source_analysts_at_org, "Analysts at the Nordic Risk Group said the sanctions on the refinery were likely to stay.", "sanctions", Some("Nordic Risk Group"));
source!(source_state_government, "Chile's government said the sanctions on the airline were unjustified.", "sanctions", Some("Chile"));
source!(source_first_named_member, "Several Member States, including Estonia and Latvia, have called for a ban on Russian timber imports.", "ban", Some("Estonia"));
source!(source_sentence_before_apposition, "Few traders expected it. Ana Ruiz, a broker in Lima who has worked there for years, said the sanctions on the miner were unfair.", "sanctions", Some("Ana Ruiz"));
act!(lift_the_restrictions_in_a_sanctions_text, "The bloc renewed its sanctions on the junta in May. Its envoy said the bloc stood ready to lift the restrictions once a vote is held.", "restrictions", Lift);
none!(lift_the_restrictions_elsewhere, "The city council voted on Tuesday to lift the restrictions on parking downtown.");
source!(source_told_a_listener, "The bloc could restore the sanctions on the port within weeks, a senior Nordic Council official told the Baltic Times on Tuesday.", "sanctions", Some("Nordic Council"));
// a reporting verb inside a relative clause after the trigger does not report the claim
#[test]
fn relative_clause_report_is_not_the_claims() {
    let text = "Among the individuals designated was Marco Ferreira, a banker whom OFAC described as a \"central figure\" of the network.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "designated");
    assert_eq!((c.modality, c.source.as_deref()), (Modality::Asserted, None), "{c:?}");
}
// an evaluation in short straight quotes reports the claim; "the government in <capital>" is the state
#[test]
fn government_in_capital_calls_the_sanctions() {
    let text = "Canada imposed sanctions on Belarus on Monday. The government in Minsk has called the sanctions \"absurd\" and recalled its envoy.";
    let cs = claims(text);
    let c = cs.last().expect("two claims");
    assert_eq!((c.action, c.modality, c.source.as_deref()), (Action::Effect, Modality::Reported, Some("Belarus")), "{c:?}");
}
// the name before an apposition ("X of the Y Monitor, a … group, said"), the first of two
// bodies, "the authority" for the authority named before, an attribution after an acronym
source!(source_person_of_org_in_apposition, "Dana Ruiz of the Andes Policy Monitor, a Lima research group, said Ottawa would sanction more banks this year.", "sanction", Some("Dana Ruiz"));
source!(source_first_of_two_bodies, "The Nordic Fisheries Board and the Baltic Shipping Council (BSC), two regional bodies, have called for an embargo on the fleet.", "embargo", Some("Nordic Fisheries Board"));
source!(source_the_authority, "The Liberia Maritime Authority struck the tankers off its registry on Monday. The authority said the vessels had been sanctioned by the Treasury.", "sanctioned", Some("Liberia Maritime Authority"));
source!(source_after_an_acronym, "Monrovia removed the tankers because of their links to sanctioned trade, the Liberia Maritime Authority (LMA) said on Tuesday.", "sanctioned", Some("Liberia Maritime Authority"));
source!(source_author_voice, "Canada imposed sanctions on the refinery on Friday.", "sanctions", None);

// ---------- actions: cues that are no cues, and triggers that carry their own action ----------
const CONTEXT: &str = "The sanctions on the junta and the arms embargo stay, as do sanctions on its banks. ";
fn action_in_context(body: &str, trigger: &str) -> Action {
    let text = format!("{CONTEXT}{body}");
    let cs = claims(&text);
    claim_with(&cs, &text, trigger).action
}

// ---------- a programme's boilerplate: the exception clause, blocked persons, U.S. persons ----------
#[test]
fn prohibition_with_an_exception_clause() {
    let text = format!("{CONTEXT}Except where permitted by a licence from the Treasury, or exempt, the Treasury's rules generally prohibit any dealings by Canadian persons in property of listed or otherwise blocked persons.");
    let cs = claims(&text);
    let c = claim_with(&cs, &text, "prohibit");
    // the licence and the exemption are the exception, not an easing
    assert_eq!(c.action, Action::Impose, "{c:?}");
    // the rules' possessor acts; "by Canadian persons" names those bound, not the actor
    assert_eq!(c.actor.as_deref(), Some("Department of the Treasury"), "{c:?}");
    // "listed or otherwise blocked persons" describes, it is no designation of its own
    assert!(!cs.iter().any(|c| c.trigger.of(&text) == "listed"), "{cs:?}");
}

#[test]
fn action_rules_in_a_sanctions_text() {
    let cases: &[(&str, &str, Action)] = &[
        ("Firms owned 50 percent or more by one or more blocked persons are also blocked.", "blocked", Action::Impose),
        ("\"We heard you,\" said Ambassador Lena Sorvik, adding that the partial relief rewarded real progress.", "relief", Action::Ease),
        ("The envoy would not back any further loosening for the regime.", "loosening", Action::Ease),
        ("The council recalled that the measures can be reviewed if the prisoners are freed.", "measures", Action::Other),
        ("The ministry said it would take necessary measures against the bloc's carriers.", "measures", Action::Threaten),
        ("Norway lifted restrictions on two small Serbian lenders on Friday.", "restrictions", Action::Lift),
        // "targeted" with a sector or industry as its object
        ("The Treasury has also targeted the country's timber sector.", "targeted", Action::Impose),
        // entry and visa bans fall on foreigners; a ban on supplying a foreign state
        ("Lisbon could impose entry bans of its own within weeks.", "bans", Action::Impose),
        ("She said visa bans would hurt officials whose children study abroad.", "bans", Action::Effect),
        ("The city-state had banned the sale of arms to Myanmar in 2021.", "banned", Action::Impose),
    ];
    for (body, trigger, want) in cases {
        assert_eq!(action_in_context(body, trigger), *want, "{body}");
    }
}

act!(effect_in_that_clause, "She said the court had ruled and that the embargo now punished ordinary farmers.", "embargo", Effect);
act!(effect_that_sanctions_participle, "He added that sanctions imposed by Ottawa had deepened the shortages.", "sanctions", Effect);
act!(extend_over_describing_participle, "The council renewed until 30 June 2027 the asset freeze imposed on the junta's leaders.", "asset freeze", Extend);

#[test]
fn describing_participle_joins_the_predication() {
    let text = format!("{CONTEXT}Norway lifted restrictions on two small Serbian lenders that had cut ties with sanctioned entities.");
    let cs = claims(&text);
    assert!(cs.iter().all(|c| c.trigger.of(&text) != "sanctioned"), "{cs:?}");
    assert_eq!(claim_with(&cs, &text, "restrictions").action, Action::Lift);
}

// ---------- other senses: press embargoes, sports and local bodies, law names ----------
none!(press_embargo_until, "The ministry's annual report, embargoed until 06:00 on Friday, shows a rise in exports.");
none!(press_embargo_noun, "Reporters received the figures under a strict press embargo.");
none!(sports_body_approval, "The riverside 5k held last month was sanctioned by Wessex Athletics, so the times are official.");
none!(sports_penalty, "League officials sanctioned Millbrook Rovers FC with a ten-point deduction after the brawl.");
none!(domestic_travel_ban, "The governor lifted a travel ban on the flooded valley.");
none!(sports_body_ban, "The Football Association banned a Leicester-based coach for two years over approaches to young players.");
none!(council_approves_event, "Harbourtown City Council has sanctioned a monthly farmers' market on the quay.");
none!(law_name_inside_sentence, "Budget Week Opens\n\nMinisters announced the change on Monday, citing the Autonomous Sanctions Regulations 2011 as their basis.");

#[test]
fn sense_checks_keep_real_sanctions() {
    for (text, trigger) in [
        // a noun compound, not the verb "sanctions a package" (approves)
        ("The bloc's 16th sanctions package, adopted in May, added nine shipping firms to its list.", "sanctions"),
        ("The Security Council sanctioned three militia commanders in Libya on Friday.", "sanctioned"),
        ("The European Union extended its arms embargo on Belarus until March.", "embargo"),
        ("Ottawa banned Aeroflot from its airspace during the first week of the war.", "banned"),
        ("The Treasury sanctioned two Iranian football club owners tied to the Revolutionary Guards.", "sanctioned"),
    ] {
        let cs = claims(text);
        claim_with(&cs, text, trigger);
    }
}

// ---------- actions: effects, compliance, keeping, relief, threats, new classes ----------
act!(effect_starve, "Farmers in the north say these sanctions will starve their villages.", "sanctions", Effect);
act!(effect_sends_message, "The minister said the sanctions sent a firm signal to abusers everywhere.", "sanctions", Effect);
#[test]
fn effect_long_subject_in_a_sanctions_text() {
    assert_eq!(action_in_context("Yesterday's designation of a judge and two retired generals sends a warning to the junta.", "designation"), Action::Effect);
}
act!(effect_dismissed_as, "Moscow dismissed the sanctions as unlawful and pointless.", "sanctions", Effect);
// what the measures fail to do, a question about them, a quoted verdict, a reaction
act!(effect_will_not_stop, "Sanctions on a few brokers will not stop the trade in stolen timber, she said.", "Sanctions", Effect);
act!(effect_will_not_bring_down, "Sanctions alone will not bring the colonels down.", "Sanctions", Effect);
act!(effect_question_after_colon, "The question in the capital is simple: are the sanctions working?", "sanctions", Effect);
act!(effect_headline_whether, "Traders Wonder Whether Sanctions Still Bite", "Sanctions", Effect);
act!(effect_called_straight_quotes, "A party spokesman called the sanctions \"an insult to the voters\" on Sunday.", "sanctions", Effect);
act!(effect_called_curly_quotes, "The junta called the sanctions “illegal and cruel”.", "sanctions", Effect);
act!(effect_quoted_verdict, "The palace said in May that the sanctions were \"a medal of honour\" for the movement.", "sanctions", Effect);
#[test]
fn effect_welcomed_measures() {
    assert_eq!(action_in_context("The opposition in exile welcomed the measures.", "measures"), Action::Effect);
}
// negatives: a listing with its named object keeps its action; a welcomed decision to impose is imposition
#[test]
fn impose_called_listing_of() {
    assert_eq!(action_in_context("Lima's trade office called the listing of Andes Copper \"arbitrary\".", "listing"), Action::Impose);
}
act!(impose_welcomed_plan_to_impose, "The opposition welcomed the plan to impose sanctions on the colonels.", "sanctions", Impose);

// a person who calls or dismisses the measures is their source, neither their actor nor their target
#[test]
fn person_evaluating_the_measures_is_the_source() {
    for text in [
        "Canada sanctioned the militia's leaders on Friday. In a post online, spokesman Ruben Tamayo called the sanctions \"a gift to our enemies\".",
        "Canada sanctioned the militia's leaders on Friday. A militia spokesman, Colonel Ruben Tamayo, dismissed the sanctions as \"theatre\".",
    ] {
        let cs = claims(text);
        let c = cs.last().expect("two claims");
        assert_eq!(c.action, Action::Effect, "{c:?}");
        assert_eq!(c.source.as_deref(), Some("Ruben Tamayo"), "{c:?}");
        assert_ne!(c.actor.as_deref(), Some("Ruben Tamayo"), "{c:?}");
        assert_ne!(c.target.as_deref(), Some("Ruben Tamayo"), "{c:?}");
    }
}
#[test]
fn comply_elided_in_a_sanctions_text() {
    assert_eq!(action_in_context("Exporters in the region will comply without complaint, one trader predicted.", "comply"), Action::Comply);
}
act!(comply_in_line_with, "Ghana halted fuel shipments to the junta in line with the sanctions.", "sanctions", Comply);
act!(extend_continue_to_use, "Ottawa will continue to use all available tools, including sanctions, against the cartel.", "sanctions", Extend);
act!(extend_stay_in_place, "The council said the sanctions would stay in place for a year.", "sanctions", Extend);
act!(comply_align_with, "Belgrade has refused to align with EU sanctions on Moscow.", "sanctions", Comply);
act!(effect_change_after, "Exports to the port fell by half in the year after the sanctions on its owner.", "sanctions", Effect);
act!(impose_after_a_fronted_change, "After exports fell sharply last year, the council imposed sanctions on the port.", "sanctions", Impose);
act!(extend_keeps, "The bloc keeps sanctions on Guinea despite the new timetable.", "sanctions", Extend);
act!(ease_sanctions_relief_renewed, "Washington is open to renewed sanctions relief if the talks resume.", "sanctions", Ease);
act!(threaten_threat_noun, "Can Hanoi Withstand the Latest Export Sanctions Threat?", "Sanctions", Threaten);
act!(tighten_extend_to_new_class, "The ministers agreed to extend the ban to Iranian drones assembled abroad.", "ban", Tighten);
// negatives: the cue words in other roles
act!(impose_not_continue_to_impose, "Tokyo will continue to impose sanctions on the shipping firm.", "sanctions", Impose);
act!(extend_to_a_date_stays_extend, "The council extended the embargo on Sudan to March 2027.", "embargo", Extend);
act!(impose_not_effect_when_object, "Canada imposed sanctions that cut off the general's bank accounts.", "sanctions", Impose);

// ---------- modality: questions, hedges, "the day …", commitments ----------
modal!(speculative_question_headline, "Will Hanoi Give In to the Export Sanctions?", "Sanctions", Speculative);
modal!(speculative_guess, "\"My guess is that Brussels would rather warn the lenders than sanction any of them,\" said the economist Aino Virta.", "sanction", Speculative);
modal!(speculative_doubt, "Many bankers doubt that Ottawa will ever sanction the refinery.", "sanction", Speculative);
modal!(conditional_the_day, "\"The embargo will be lifted the day the hostages are home,\" the commissioner said.", "embargo", Conditional);
// (a body that agreed to act decided: asserted, as in the gold of corpus4 and corpus7)
modal!(asserted_agreed_to_decision, "The finance ministers agreed to extend the embargo on Eritrea for a year.", "embargo", Asserted);
modal!(demanded_working_on, "Canberra is working with its partners on further sanctions against the junta.", "sanctions", DemandedOrProposed);
// negatives
modal!(asserted_until_a_date, "The embargo on Eritrea stays until the end of 2026.", "embargo", Asserted);
modal!(asserted_day_as_date, "Japan sanctioned the two traders the day before the summit.", "sanctioned", Asserted);
modal!(asserted_question_elsewhere, "Canada sanctioned six officers on Monday. Who will be next?", "sanctioned", Asserted);

// ---------- list openers and anaphoric restrictions ----------
#[test]
fn designees_and_subject_to_restrictions_in_a_sanctions_text() {
    for (body, trigger) in [("The designees named on Thursday are:", "designees"), ("Their spouses will also be subject to these restrictions.", "restrictions")] {
        let text = format!("{CONTEXT}{body}");
        let cs = claims(&text);
        claim_with(&cs, &text, trigger);
    }
}
none!(designee_without_sanctions_text, "The party's designee for the committee chair is a former mayor.");
none!(subject_to_restrictions_without_sanctions_text, "Visitors to the reservoir are subject to these restrictions on swimming.");

// ---------- headlines: a verb ends the subject's name, capitalised measures name no party ----------
#[test]
fn headline_names() {
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        // the subject before the headline verb is the actor, the measures are no target
        ("Chile: Council Renews Restrictive Measures for Two More Years\n\nThe council met in Lima on Monday.", "Restrictive Measures", Some("Council"), Some("Chile")),
        // the verb ends the subject: the department is the actor, not the whole headline
        ("Treasury Renews Sanctions on Vale Andino Corp.\n\nThe Treasury acted on Monday.", "Sanctions", Some("Department of the Treasury"), Some("Vale Andino Corp.")),
        // negative: a law's name with Measures stays a law, not a target
        ("Ottawa acts under the Special Economic Measures Act against the junta.", "Special Economic Measures Act", None, None),
    ];
    for (text, trigger, actor, target) in cases {
        let cs = claims(text);
        match cs.iter().find(|c| c.trigger.of(text) == *trigger) {
            Some(c) => {
                assert_eq!(c.actor.as_deref(), *actor, "actor: {text}");
                assert_eq!(c.target.as_deref(), *target, "target: {text}");
            }
            None => assert!(actor.is_none() && target.is_none(), "no claim with {trigger:?} in {text:?}: {cs:?}"),
        }
    }
}

// ---------- the party objecting to the measures is their target; "listing of X" ----------
#[test]
fn objector_and_listing_of() {
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        // an objecting subject is the target, the modifier state stays the actor
        ("Moscow has repeatedly described Chilean sanctions as unlawful interference.", "sanctions", Some("Chile"), Some("Russia")),
        ("The Kremlin dismissed the Norwegian sanctions as theatre.", "sanctions", Some("Norway"), Some("Russia")),
        // one seeking relief from the measures is their target, not their actor
        ("Quito has long sought relief from Peruvian oil sanctions.", "sanctions", Some("Peru"), Some("Ecuador")),
        ("Bolivia is seeking an end to the Chilean embargo.", "embargo", Some("Chile"), Some("Bolivia")),
        // negative: one seeking new measures is no target
        ("Peru sought new sanctions on Cobre Norte SA last week.", "sanctions", Some("Peru"), Some("Cobre Norte SA")),
        // "the listing of X" names X
        // negative: an imposing subject stays the actor
        ("Peru imposed sanctions on the Chilean miner Cobre Norte SA on Friday.", "sanctions", Some("Peru"), Some("Cobre Norte SA")),
        // negative: "called for" is a demand, not an objection (the target stays; the caller,
        // the claim's source, does not impose the measures it asks for)
        ("Ecuador called for sanctions on the Peruvian lender Banco Sur.", "sanctions", None, Some("Banco Sur")),
    ];
    for (text, trigger, actor, target) in cases {
        let cs = claims(text);
        let c = claim_with(&cs, text, trigger);
        assert_eq!(c.actor.as_deref(), *actor, "actor: {text}");
        assert_eq!(c.target.as_deref(), *target, "target: {text}");
    }
}

#[test]
fn listing_of_names_the_target() {
    let text = format!("{CONTEXT}Washington designated three firms. Beijing called the listing of Kestrel Petro Holdings a mistake.");
    let cs = claims(&text);
    assert_eq!(claim_with(&cs, &text, "listing").target.as_deref(), Some("Kestrel Petro Holdings"));
    // negative: "the list of …" names no target
    let text = format!("{CONTEXT}The listing of new names takes a week.");
    let cs = claims(&text);
    if let Some(c) = cs.iter().find(|c| c.trigger.of(&text) == "listing") {
        assert_eq!(c.target, None, "{c:?}");
    }
}

// ---------- country programmes named by a headline's nationality or a regulation's country ----------
fn target_of(text: &str, trigger: &str) -> Option<String> {
    let cs = claims(text);
    claim_with(&cs, text, trigger).target.clone()
}

#[test]
fn programme_from_headline_nationality_and_regulations() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // one nationality of the targets in a sanctions headline: that country's programme
        ("Ottawa Sanctions Three Bolivian Militia Chiefs\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // a programme's own regulations name the country
        ("Ottawa Acts Against Militia Chiefs\n\nOttawa imposed sanctions under the Special Economic Measures (Bolivia) Regulations on Monday. Ottawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // negative: two nationalities name no programme
        ("Ottawa Sanctions a Bolivian Shipper and Two Peruvian Lenders\n\nOttawa today extended its sanctions for another year.", "sanctions", None),
        // negative: a headline without sanctions words names no programme
        ("Police Seize a Ship Bound for Bolivian Ports\n\nOttawa imposed sanctions on Monday. Ottawa today extended its sanctions for another year.", "sanctions", None),
        // the targets' noun phrase ends before a title-cased participle or preposition
        ("Ottawa Sanctions Bolivian Timber Exporters Accused of Fraud\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        ("Ottawa Sanctions Bolivian Militia Chiefs Over Border Raids\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // a state's commodity names its programme
        ("Ottawa Sanctions Fleet Carrying Bolivian Oil to Asia\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // the noun phrase ends before the headline's verb ("Bolivian Exiles Ask Whether …")
        ("Bolivian Exiles Ask Whether Sanctions Still Work\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // the subject of a subordinate clause is no programme ("… as Peru Objects")
        ("Ottawa Sanctions Bolivian Militia Chiefs as Peru Objects\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // negative: where the described targets are is no programme
        ("Ottawa Sanctions Key Shining Path Financiers in Peru and Chile\n\nOttawa today extended its sanctions for another year.", "sanctions", None),
        // negative: where the goods go is no programme (the goods' nationality is)
        ("Ottawa Targets Network Moving Bolivian Oil to Peru\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // negative: where talks were held is no programme
        ("Quito Frees Two Activists After Talks in Bolivia\n\nQuito wants relief from Canadian sanctions.", "sanctions", None),
        // negative: the victim of the war the targets support is no programme
        ("Imposing Sanctions on Bolivian Firms Supporting the War Against Peru\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // a civil war's country is its programme
        ("Ottawa Renews Sanctions Over War in Bolivia\n\nOttawa today extended its sanctions for another year.", "sanctions", Some("Bolivia")),
        // negative: one party of that nationality
        ("Ottawa Sanctions Bolivian Trader Accused of Fraud\n\nOttawa today extended its sanctions for another year.", "sanctions", None),
        // described targets of the nationality in a sanctions-headline programme document
        ("Ottawa Sanctions Three Bolivian Militia Chiefs\n\nOttawa also sanctioned six Bolivian timber traders on Monday.", "sanctioned", Some("Bolivia")),
    ];
    for (text, trigger, want) in cases {
        assert_eq!(target_of(text, trigger).as_deref(), *want, "{text}");
    }
}

#[test]
fn question_headline_subject_is_no_programme() {
    let text = "Analysis: Will Lisbon Yield to Washington's Secondary Sanctions Threat?\n\nBankers in Lisbon are nervous.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "Sanctions");
    // the possessive over a modifier is the actor
    assert_eq!(c.actor.as_deref(), Some("United States"), "{c:?}");
    // negative: the subject of the question is not the programme's default target
    let text2 = "Analysis: Will Lisbon Yield?\n\nWashington may impose secondary sanctions on banks that deal with the port, officials said.";
    let cs2 = claims(text2);
    let c2 = claim_with(&cs2, text2, "sanctions");
    assert_ne!(c2.target.as_deref(), Some("Portugal"), "{c2:?}");
}

// ---------- bodies: "the bloc" is the last body that acted; a spelled-out acronym; the first imposing subject ----------
#[test]
fn bloc_acronym_and_default_actor() {
    let text = "SADC Keeps Sanctions on Lesotho as African Union Suspends Junta\n\n\
        The African Union on Monday suspended Lesotho from its meetings. \
        In June the Southern African Development Community (SADC) froze the assets of the junta's leaders in all member states. \
        The bloc also imposed sanctions on the officers who led the coup.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "sanctions");
    assert_eq!(c.actor.as_deref(), Some("Southern African Development Community"), "{c:?}");
    // the headline's acronym subject takes the full name
    let h = claim_with(&cs, text, "Sanctions");
    assert_eq!(h.actor.as_deref(), Some("Southern African Development Community"), "{h:?}");
    // negative: a capitalised "Union" in a name is no anaphor, and a state is no body
    let text2 = "Peru imposed sanctions on the junta's leaders on Monday. The Union Bank of Lima said the ban on the leaders' accounts took effect.";
    let cs2 = claims(text2);
    let c2 = claim_with(&cs2, text2, "ban");
    assert_ne!(c2.actor.as_deref(), Some("Union Bank of Lima"), "{c2:?}");
}

// ---------- "the <nationality> Government" as subject; the default actor is the first imposing subject ----------
#[test]
fn national_government_subject_and_first_imposer_default() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("The Canadian Government has imposed sanctions on the port operator Rio Verde Logistica.", "sanctions", Some("Canada")),
        // negative: the nationality's government as an object is no subject
        ("Norway imposed the measures to ensure the Russian government feels the sanctions on its banks.", "sanctions", Some("Norway")),
    ];
    for (text, trigger, want) in cases {
        let cs = claims(text);
        assert_eq!(claim_with(&cs, text, trigger).actor.as_deref(), *want, "{text}");
    }
    // a state named once late does not become the default actor over the first imposing subject
    let text = "Japan imposed sanctions on four shipping firms on Friday. The sanctions freeze their assets. \
        The sanctions took effect at noon. The firms denied any wrongdoing. \
        A trader said the United Kingdom had acted earlier.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "sanctions");
    assert_eq!(c.actor.as_deref(), Some("Japan"), "{c:?}");
    for c in &cs {
        assert_ne!(c.actor.as_deref(), Some("United Kingdom"), "{c:?}");
    }
}

// ---------- list verbs: "removed X from its list", "X was previously added to …" ----------
#[test]
fn list_verb_objects_are_targets() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "Oslo also removed Fjordline Shipping AS and Nordkapp Trading AS from its list of sanctioned entities after a review.",
            "sanctioned",
            Some("Fjordline Shipping AS"),
        ),
        (
            "Kestrel Avionics Ltd. was previously added to the Commerce Department's Entity List in May 2022.",
            "Entity List",
            Some("Kestrel Avionics Ltd."),
        ),
        // negative: a passive "was added to" with no party names none
        ("More firms were added to the sanctions list on Friday.", "sanctions", None),
    ];
    for (text, trigger, want) in cases {
        let full = format!("{CONTEXT}{text}");
        let cs = claims(&full);
        assert_eq!(claim_with(&cs, &full, trigger).target.as_deref(), *want, "{text}");
    }
}

#[test]
fn relief_target_does_not_carry_to_new_measures() {
    let text = "Oslo lifted sanctions on Fjordline Shipping AS on Monday. Moscow condemned the freeze of the tanker fleet as illegal.";
    let cs = claims(text);
    if let Some(c) = cs.iter().find(|c| c.trigger.of(text) == "freeze") {
        assert_ne!(c.target.as_deref(), Some("Fjordline Shipping AS"), "{c:?}");
    }
}

// ---------- more predications per sentence, membership suspension, legal designations ----------

/// (text, trigger, action, modality) — every row must be found as its own claim.
const DETECT: &[(&str, &str, Action, Modality)] = &[
    ("Pacific Forum Keeps Sanctions on Fiji as Pacific Islands Union Suspends Junta", "Sanctions", Action::Extend, Modality::Asserted),
    ("Pacific Forum Keeps Sanctions on Fiji as Pacific Islands Union Suspends Junta", "Suspends", Action::Impose, Modality::Asserted),
    ("Sanctions were imposed. The Pacific Islands Union on Friday suspended Fiji from all of its councils, adding isolation to the sanctions that neighbours imposed earlier.", "suspended", Action::Impose, Modality::Asserted),
    ("Sanctions were imposed. The Pacific Islands Union on Friday suspended Fiji from all of its councils, adding isolation to the sanctions that neighbours imposed earlier.", "sanctions", Action::Impose, Modality::Asserted),
    ("Sanctions hit the port, an embargo followed and the sanctions list grew. \"If Oslo imposes sanctions, we will comply within a week,\" the manager said.", "comply", Action::Comply, Modality::Conditional),
    ("Sanctions hit the port, an embargo followed and the sanctions list grew. \"If Oslo imposes sanctions, we will comply within a week,\" the manager said.", "sanctions", Action::Impose, Modality::Conditional),
    ("Sanctions were announced. This policy does not restrict remittances or trade with ordinary citizens.", "restrict", Action::Impose, Modality::Negated),
    ("Sanctions were announced. Today I am publicly designating two former judges for corruption.", "designating", Action::Impose, Modality::Asserted),
    ("Sanctions were announced. Ottawa adopted the measures alongside Chile, which announced parallel restrictions the same day.", "restrictions", Action::Impose, Modality::Asserted),
];

#[test]
fn detection_table() {
    for &(text, trigger, action, modality) in DETECT {
        let cs = claims(text);
        let c = claim_with(&cs, text, trigger);
        assert_eq!((c.action, c.modality), (action, modality), "{trigger:?} in {text:?}: {c:?}");
    }
}

/// Sentences with the new cue words but no sanctions claim.
const NOT_CLAIMS: &[&str] = &[
    "The referee suspended the striker from two matches after the brawl.",
    "Parents worry that new rules do not restrict screen time for children.",
    "She was designated as the new chair of the library board.",
    "The gallery suspended its late opening hours for the summer.",
];

#[test]
fn detection_negatives() {
    for &text in NOT_CLAIMS {
        let cs = claims(text);
        assert!(cs.is_empty(), "expected no claim in {text:?}, got {cs:?}");
    }
}

// the party asked to act is the actor; the one asking is the source
party!(asked_party_named, "Rights groups on Monday urged the European Union to impose sanctions on Belarus over the crackdown.", "sanctions", actor: Some("European Union"), target: Some("Belarus"));
party!(asked_party_by_head_noun, "The United Nations Security Council met on Friday. Amnesty International urged the council to impose targeted sanctions on the generals behind the coup.", "sanctions", actor: Some("United Nations Security Council"), target: None);
party!(national_regulator_actor, "The Dutch regulator imposed sanctions on two shipping firms for breaching the embargo.", "sanctions", actor: Some("Netherlands"), target: None);
party!(defiant_party_is_the_target, "Caracas has openly flouted the sanctions for years, officials in Bogota said.", "sanctions", actor: None, target: Some("Venezuela"));
party!(travel_bans_on_a_named_person, "Canada imposed sanctions on the shipping magnate John Brenner in May. Norway and Iceland imposed travel bans on him last year.", "bans", actor: Some("Norway"), target: Some("John Brenner"));
/// A travel ban in a text about sanctions is one of them; an immigration ban on a people is not.
#[test]
fn travel_ban_in_a_sanctions_text() {
    let text = "Ruritania's generals have lived under United Nations sanctions since 2015. The sanctions include an arms embargo and asset freezes. Two council members have proposed suspending the travel ban, and the sanctions committee will meet in May.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "ban").action, Action::Suspend, "{cs:?}");
    let text = "Ruritania's generals have lived under United Nations sanctions since 2015. The sanctions include an arms embargo and asset freezes. Separately, the government imposed a travel ban on tourists from the flooded coast.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.trigger.of(text) != "ban"), "{cs:?}");
}
/// Coordinated measures under one verb are one predication, with the verb's action.
#[test]
fn coordinated_measures_are_one_claim() {
    let text = "Ruritania's generals have lived under United Nations sanctions since 2015. The sanctions were renewed last year. On Friday the bloc kept the arms embargo and asset freezes it imposed on the junta in 2021.";
    let cs = claims(text);
    let last: Vec<_> = cs.iter().filter(|c| c.span.of(text).starts_with("On Friday")).collect();
    assert_eq!(last.len(), 1, "{cs:?}");
    assert_eq!(last[0].action, Action::Extend, "{cs:?}");
}
// A headline's places of work ("Operating From …") and a collective of targets ("… Network")
// or a headline verb after the targets ("Officials Test …") leave the targets' state as the programme.
party!(headline_network_not_its_base, "Britain Sanctions Belarusian Smuggling Network Operating From Latvia and Lithuania\n\nLONDON - Britain on Monday imposed sanctions on nine members of the network. The measures freeze their assets.", "freeze", actor: Some("United Kingdom"), target: Some("Belarus"));
party!(headline_officials_before_their_verb, "Analysis: Entry Bans on Serbian Officials Test a Fragile Alliance\n\nThree neighbours barred nine officials from entering their territory in May. Their sanctions will be reviewed in June, diplomats said.", "sanctions", actor: None, target: Some("Serbia"));
/// A report on several sanctioning states, none leading and none in the headline, gives its
/// generic "the sanctions" no actor.
#[test]
fn many_sanctioners_no_default_actor() {
    let text = "Entry Bans Leave Serbian Officials Unmoved\n\nLithuania imposed entry bans on six Serbian officials in May. Britain froze the assets of two police chiefs, and Canada sanctioned the interior minister in June. Critics say the sanctions have changed nothing.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.span.of(text).starts_with("Critics")).unwrap_or_else(|| panic!("no claim in {cs:?}"));
    assert_eq!(c.actor, None, "{c:?}");
    assert_eq!(claim_with(&cs, text, "froze").actor.as_deref(), Some("United Kingdom"), "{cs:?}");
}
/// Export curbs, a state's own controls and restrictions named by a nationality, in a text about
/// export controls; barring parties from entry or dealings, but not the sanctioner's own people.
#[test]
fn export_curbs_controls_and_bars() {
    let ctx = "Washington expanded its export controls on chip tools last year and added dozens of firms to the Entity List. Allies have since adopted export controls of their own. ";
    for (sentence, trigger) in [
        ("Ottawa announced export curbs on machine tools bound for Russia on Tuesday.", "export curbs"),
        ("Korea tightened its own controls on 40 types of machinery in March.", "controls"),
        ("Analysts said the latest Swedish restrictions would cost the firm 2 percent of revenue.", "restrictions"),
    ] {
        let text = format!("{ctx}{sentence}");
        let cs = claims(&text);
        assert!(cs.iter().any(|c| c.trigger.of(&text) == trigger), "no claim on {trigger:?} in {cs:?}");
    }
    let ctx = "The European Union renewed its sanctions on Belarus in February. The sanctions freeze the assets of 200 officials. ";
    let text = format!("{ctx}Poland barred nine Belarusian judges from entering its territory on Friday.");
    let cs = claims(&text);
    assert_eq!(claim_with(&cs, &text, "barred").actor.as_deref(), Some("Poland"), "{cs:?}");
    let text = format!("{ctx}The designations also bar Americans from dealing with the judges.");
    let cs = claims(&text);
    assert!(cs.iter().all(|c| c.trigger.of(&text) != "bar"), "{cs:?}");
}
act!(effect_what_they_became, "Britain froze the assets of Ruritanian generals in March. Officials in the capital said the sanctions had become a badge of pride.", "sanctions", Effect);
act!(effect_will_not_change, "Britain froze the assets of Ruritanian generals in March. The envoy said the sanctions would not change the junta's course.", "sanctions", Effect);
// "illegal measures" in a sanctions text are the sanctions
act!(illegal_measures_are_a_trigger, "Britain froze the assets of Ruritanian generals in March, and the sanctions were extended in June. Britain sanctioned two banks under the Ruritania sanctions regime. Further sanctions are planned.\n\n\"These illegal measures will not change our course,\" a spokesperson said.", "measures", Effect);
act!(effect_mostly_symbolic, "Britain froze the assets of Ruritanian generals in March. Lawyers said the sanctions were mostly symbolic.", "sanctions", Effect);
modal!(analysts_forecast_is_speculative, "Britain froze the assets of Ruritanian generals in March. Two economists said the sanctions would cost the port a fifth of its trade.", "sanctions", Speculative);
modal!(vetoed_proposal_is_negated, "China vetoed a draft resolution on Thursday that would have renewed the sanctions on Ruritania.", "sanctions", Negated);
// a veto only threatened or expected is speculation, and no threat of the measures: the renewal
modal!(threatened_veto_is_speculative, "Two members of the council threatened to veto the renewal of the embargo on Ruritania.", "embargo", Speculative);
modal!(expected_veto_is_speculative, "Diplomats said Eastland is expected to block the renewal of the sanctions on Ruritania.", "sanctions", Speculative);
act!(threatened_veto_is_no_threat, "Two members of the council threatened to veto any extension of the embargo on Ruritania.", "embargo", Extend);
act!(sanctions_renewals_extend, "Eastland has threatened to block sanctions renewals at the council since 2021.", "sanctions", Extend);
// a blocker's demand after the block is its own clause: no negation of the demanded removal
modal!(demand_after_a_block_is_no_negation, "The European Union froze the assets of ten Ruritanian generals in May. The sanctions were extended in June, and the bloc designated two banks under the Ruritania sanctions regime.\n\nEastland blocked the package for a week, demanding that two ministers be delisted.", "delisted", DemandedOrProposed);
// a readiness to ease is an announced intention (to impose, a threat: asserted)
modal!(prepared_to_ease_is_proposed, "Canada froze the assets of four Ruritanian judges in May. The envoy said Ottawa was prepared to ease the sanctions after the election.", "sanctions", DemandedOrProposed);
modal!(blocked_proposal_is_negated, "Two member states blocked proposals for new sanctions on the Ruritanian generals.", "sanctions", Negated);
/// Lifting restrictions and releasing parties from a freeze, in a text about sanctions.
#[test]
fn lifted_restrictions_and_released_from_a_freeze() {
    let ctx = "The European Union imposed sanctions on Ruritania in 2019. The sanctions were renewed twice. Officials said the sanctions would now be reviewed. ";
    let text = format!("{ctx}On Monday ministers agreed to lift restrictions on fertiliser imports.");
    let cs = claims(&text);
    assert_eq!(claim_with(&cs, &text, "restrictions").action, Action::Lift, "{cs:?}");
    let text = format!("{ctx}On Monday ministers voted to release two Ruritanian banks from the asset freeze.");
    let cs = claims(&text);
    assert_eq!(claim_with(&cs, &text, "asset freeze").action, Action::Lift, "{cs:?}");
}
modal!(held_back_is_negated, "The bloc has so far held back from sanctioning the general, diplomats said.", "sanctioning", Negated);

#[test]
fn planner_modifier_is_the_actor() {
    let text = "The minister rejected what he called unlawful Canadian plans to sanction two shipping firms.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanction").actor.as_deref(), Some("Canada"), "{cs:?}");
}

#[test]
fn subordinate_clause_subject_is_the_actor() {
    let text = "Oslo protested on Monday as the European Union weighed new sanctions on its fishing fleet.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "sanctions");
    assert_eq!(c.actor.as_deref(), Some("European Union"), "{c:?}");
}

#[test]
fn it_continues_the_last_subject() {
    let text = "The African Union lifted its sanctions on Ruritania in May. It could reimpose sanctions if the vote is delayed, diplomats said.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.action == Action::Impose).unwrap_or_else(|| panic!("no impose claim in {cs:?}"));
    assert_eq!(c.actor.as_deref(), Some("African Union"), "{c:?}");
    assert_eq!(c.modality, Modality::Conditional, "{c:?}");
}
party!(participle_form_verb_keeps_its_subject, "Britain acted in March. The U.S. Treasury Department designated the same three traders on Friday.", "designated", actor: Some("U.S. Treasury Department"), target: None);

/// Violation claims: (sentence, actor, target). The enforcer of a dateline's country is no
/// evader; the party right before an evasion verb is.
#[test]
fn violation_parties() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("MANILA, Philippines — Philippine customs officers seized a tanker suspected of shipping fuel in violation of U.S. sanctions.", Some("United States"), None),
        ("Georgia will tighten customs checks on lorries next month after warnings about firms helping Tehran evade sanctions.", None, Some("Iran")),
    ];
    for &(text, actor, target) in cases {
        let cs = claims(text);
        let c = claim_with(&cs, text, "sanctions");
        assert_eq!(c.action, Action::Violate, "{c:?}");
        if actor.is_some() {
            assert_eq!(c.actor.as_deref(), actor, "{c:?}");
        }
        assert_eq!(c.target.as_deref(), target, "{c:?}");
    }
}

// ---------- corpus7 session: rules written against held-out errors, sentences written for the tests ----------

// a building the entity layer tagged (FAC) is no party, though its name ends in an organisation word
party!(building_is_no_actor, "Hundreds of farmers rallied outside Parliament House in Canberra on Friday to back the decision to sanction four Belarusian judges.", "sanction", actor: None, target: None);

/// Australia, New Zealand, Norway and the other states with sanctions regimes of their own
/// count as the document's sanctioning state like the larger ones.
#[test]
fn smaller_sanctioning_state_is_the_default_actor() {
    let text = "The United States sanctioned a Tehran prison last year. Australia imposed sanctions on three Iranian judges on Monday. Australia also sanctioned two prison chiefs. The new sanctions take effect next week.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!(c.trigger.of(text), "sanctions", "{cs:?}");
    assert_eq!(c.actor.as_deref(), Some("Australia"), "{cs:?}");
}

/// "In 2021 it imposed …": a subject "it" after a short fronted time phrase is the subject of
/// the previous sentence, found inside it when that sentence opens with an empty "It is …".
#[test]
fn it_after_a_fronted_date_is_the_previous_subject() {
    let text = "The United States sanctioned six Belarusian judges on Monday. The United States also sanctioned two prosecutors. It is not the first time Oslo has acted against Minsk. In 2021 it imposed sanctions on the state airline.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanctions").actor.as_deref(), Some("Norway"), "{cs:?}");
}

/// A second verb phrase of the same subject after the first one's object is a second predication.
#[test]
fn second_verb_phrase_is_a_second_claim() {
    let text = "Oslo froze the accounts of two Serbian brokers on Friday and banned sales of drone engines to Iran.";
    let cs = claims(text);
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(claim_with(&cs, text, "banned").actor.as_deref(), Some("Norway"), "{cs:?}");
}

/// Two claims of one sentence do not make their state the document's main sanctioning state.
#[test]
fn one_sentence_counts_once_for_the_default_actor() {
    let text = "The United States sanctioned four Nicaraguan judges. Japan froze the assets of a Cypriot lender on Friday, and banned exports of machine tools to Russia. The sanctions take effect at once.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!(c.trigger.of(text), "sanctions", "{cs:?}");
    assert_eq!(c.actor.as_deref(), Some("United States"), "{cs:?}");
}

/// A state's ban on arms for a foreign party, and a ban whose subject is a sanctioning state.
#[test]
fn state_bans_are_claims() {
    let text = "Canada imposed sanctions on three Haitian gang leaders on Monday and renewed its ban on arms exports to the island for a year.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "ban").action, Action::Extend, "{cs:?}");
    let text = "The sanctions on the junta stay. The sanctions on its banks stay too. Sanctions also hit its airline. Norway banned shipments of the timber through its ports.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "banned").actor.as_deref(), Some("Norway"), "{cs:?}");
}

/// "Japan and Australia sanctioned …": a verb's coordinated subject gives the first named as
/// actor (not the last, as a modifier "Australian sanctions" would).
#[test]
fn coordinated_subject_of_a_verb_is_the_first_named() {
    let text = "Canada and Australia sanctioned two trawler owners on Monday.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanctioned").actor.as_deref(), Some("Canada"), "{cs:?}");
}

/// A headline's plural subject takes the bare verb ("Norway and Iceland Sanction …").
#[test]
fn headline_plural_subject_verb() {
    let text = "Norway and Iceland Sanction 12 Trawler Owners";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "Sanction").actor.as_deref(), Some("Norway"), "{cs:?}");
}

/// The object of a headline's verb ends where a clause with its own subject starts ("as EU Talks Stall").
#[test]
fn target_stops_at_a_new_clause() {
    let text = "Norway Sanctions Four Trawler Owners as EU Talks Stall";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "Sanctions").target, None, "{cs:?}");
}

/// The last conjunct of a headline's subject is no country programme (the target by default).
#[test]
fn headline_subject_conjunct_is_no_programme() {
    let text = "Norway and Iceland sanction two trawler owners";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanction").target, None, "{cs:?}");
}

/// The state that vetoes a draft renewing sanctions is not their actor; the body is.
#[test]
fn vetoing_state_is_not_the_actor() {
    let text = "Russia Blocks UN Renewal of Sanctions on Ruritania\n\nUNITED NATIONS (Wire) - Russia on Monday vetoed a draft resolution that would have renewed the Ruritania arms embargo for a year. Twelve members backed the text. China abstained. The sanctions will now lapse. The embargo was first imposed in 2015. Diplomats said the measures had cut arms flows.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "Sanctions").actor.as_deref(), Some("United Nations"), "{cs:?}");
    assert_eq!(claim_with(&cs, text, "embargo").actor.as_deref(), Some("United Nations"), "{cs:?}");
}

// A party before a goods noun ("the Libya arms embargo") is the target, not the subject.
party!(goods_modifier_is_the_target, "The council agreed to renew the Libya arms embargo for a year.", "embargo", actor: None, target: Some("Libya"));

// "on Friday" is a date, not the measures' object: the state after it is no target.
party!(on_a_date_is_no_object, "A text that would have renewed the Libya arms embargo failed on Friday after Norway abstained.", "embargo", actor: None, target: Some("Libya"));

/// A headline about sanctions that names no target state: the nationality of the described
/// targets in two sentences is the programme, and the target of the generic claims.
#[test]
fn described_nationality_in_two_sentences_is_the_programme() {
    let text = "Allies Widen Sanctions After Missile Launch\n\nJapan imposed an asset freeze on four North Korean trading firms on Monday. Canada imposed sanctions on three North Korean officials. The sanctions take effect on Friday.";
    let cs = claims(text);
    assert_eq!(cs.len(), 4, "{cs:?}");
    assert!(cs.iter().all(|c| c.target.as_deref() == Some("North Korea")), "{cs:?}");
}

// a court's or a negotiator's removal, a lapse, an exemption
act!(lift_drop, "Negotiators asked whether Washington would drop the sanctions on Caracas.", "sanctions", Lift);
act!(lift_set_aside, "The sanctions on the junta stay. The sanctions on its banks stay too. Sanctions also hit its airline. The judge set aside the designation of the shipping magnate.", "designation", Lift);
act!(lift_overturn, "The trader lost his bid to overturn the sanctions.", "sanctions", Lift);
act!(lift_lapse, "The island's arms embargo will lapse next month.", "embargo", Lift);
act!(ease_exemption, "The sanctions on the junta stay. The sanctions on its banks stay too. Sanctions also hit its airline. The committee granted a travel ban exemption to the foreign minister.", "ban", Ease);

/// "designated person" describes the party: no predication of its own beside the clause's.
#[test]
fn designated_before_a_party_noun_joins_the_clause() {
    let text = "The sanctions on the junta stay. The sanctions on its banks stay too. Sanctions also hit its airline. Only one designated person has persuaded a court to set aside a designation.";
    let cs = claims(text);
    assert_eq!(cs.len(), 4, "{cs:?}");
}

// the verb before a quantity says the action; a relative clause can threaten the measures
act!(lift_more, "An official said Ottawa would lift more sanctions if the prisoners were freed.", "sanctions", Lift);
act!(threaten_relative_clause, "We discussed the secondary sanctions that Washington has threatened against foreign lenders.", "sanctions", Threaten);

// subjects that are not the actor: the addressee of a warning, a main clause over a condition,
// a place that only locates a party; and a relative clause's antecedent that is
party!(addressee_is_not_the_actor, "For two years London had warned Tehran that it would restore the sanctions.", "sanctions", actor: Some("United Kingdom"), target: Some("Iran"));
#[test]
fn condition_of_its_own_has_no_outside_actor() {
    let text = "Tehran warned that it would quit the talks if the sanctions stay.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanctions").actor, None, "{cs:?}");
}
#[test]
fn located_party_is_not_the_actor() {
    let text = "A Cyprus-based trader lost his challenge to the decision to sanction him.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanction").actor, None, "{cs:?}");
}
#[test]
fn relative_clause_antecedent_is_the_actor() {
    let text = "Canada imposed sanctions on six Haitian police officers on Monday. The sanctions freeze their assets. Ottawa said the sanctions were coordinated with the United States, which designated two of the same officers in May.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "designated").actor.as_deref(), Some("United States"), "{cs:?}");
}

// a state's government as the possessive planner; the party asked to prepare the measure
party!(government_possessive_is_the_actor, "A Ruritanian trader lost his challenge to the Norwegian government's decision to sanction him.", "sanction", actor: Some("Norway"), target: None);
#[test]
fn party_asked_to_prepare_is_the_actor() {
    let text = "Lithuania and Poland asked the Commission to prepare an outright embargo on Belarusian fertiliser.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "embargo").actor.as_deref(), Some("Commission"), "{cs:?}");
}

/// "… and has threatened reciprocal measures": a second verb phrase after an auxiliary is its
/// own predication, with the sentence's subject as actor.
#[test]
fn second_verb_phrase_after_an_auxiliary_shares_the_subject() {
    let text = "Lithuania imposed sanctions on six Belarusian officials. The sanctions hit their assets. Minsk has previously called Lithuanian sanctions an attack on its sovereignty and has threatened reciprocal measures against Lithuanian hauliers, though none have been announced.";
    let cs = claims(text);
    assert_eq!(cs.len(), 4, "{cs:?}");
    let c = claim_with(&cs, text, "measures");
    assert_eq!((c.action, c.actor.as_deref()), (Action::Threaten, Some("Belarus")), "{cs:?}");
}

// a general licence is an easing; a named one ("General License 44") is left to its sentence
act!(ease_general_licence, "The sanctions on the junta stay. The sanctions on its banks stay too. Sanctions also hit its airline. The Treasury issued a general licence allowing American firms to buy potash from the state exporter for six months.", "general licence", Ease);

/// "The Albanese Government" names the document's own state through its leader: that state acts.
#[test]
fn leader_named_government_is_the_documents_state() {
    let text = "Canberra imposed sanctions on three Iranian judges in May. Australia also sanctioned two prison chiefs. The Albanese Government announced on Friday that it had imposed sanctions on five more officials.";
    let cs = claims(text);
    assert_eq!(cs.last().and_then(|c| c.actor.as_deref()), Some("Australia"), "{cs:?}");
}

// a lost bid for relief and a draft that failed are negated; a challenge lost against an imposition is not
modal!(negated_lost_bid, "Copper Trader Loses High Court Bid to Overturn UK Sanctions", "Sanctions", Negated);
modal!(negated_failed_draft, "A draft resolution that would have renewed the Libya arms embargo failed on Friday after two members abstained.", "embargo", Negated);
modal!(asserted_lost_challenge_to_imposition, "A Cyprus-based trader lost his challenge to the Norwegian government's decision to sanction him.", "sanction", Asserted);

/// A question-and-answer interview: claims in the answers are the interviewee's, reported.
#[test]
fn interview_answers_are_reported_by_the_interviewee() {
    let text = "Q&A: A Customs Chief on Export Controls\n\nInterview by Lena Fischer\n\nMarta Kowalczyk ran customs at the port of Gdynia for a decade.\n\nQ: What changed?\n\nA: Poland banned sales of drones to Belarus in March. Inspections doubled.\n\nQ: Does it work?\n\nA: Partly. Smugglers now go through Latvia.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "banned");
    assert_eq!((c.modality, c.source.as_deref()), (Modality::Reported, Some("Marta Kowalczyk")), "{cs:?}");
}

/// A briefing transcript whose answers open with the speaker's label ("HALVORSEN: …"): the
/// labelled person's claims, reported, also in an opening statement before any question.
#[test]
fn labelled_answers_are_the_labelled_speakers() {
    let text = "Transcript: Minister Halvorsen on Export Rules\n\nThe following is a transcript of a briefing by Trade Minister Ingrid Halvorsen.\n\nHALVORSEN: Norway will impose sanctions on three Belarusian drone makers from May.\n\nQUESTION (Tom Reed, Harbour Radio): Will other states follow?\n\nHALVORSEN: Denmark has already sanctioned two Belarusian suppliers.";
    let cs = claims(text);
    for t in ["sanctions", "sanctioned"] {
        assert_eq!(claim_with(&cs, text, t).source.as_deref(), Some("Ingrid Halvorsen"), "{cs:?}");
    }
}

/// A spokesperson's briefing in the issuer's own transcript: the answers are the issuer's
/// voice (source none, asserted), not the spokesperson's reported words.
#[test]
fn spokesperson_briefing_transcript_is_the_issuers_voice() {
    let text = "Ministry of Trade, Office of the Spokesperson\n\nPress briefing, Oslo, Monday.\n\nMS HAUGEN: Good afternoon. Norway imposed sanctions on three Belarusian drone makers on Friday.\n\nQ: Will other states follow?\n\nMS HAUGEN: Denmark has already sanctioned two Belarusian suppliers.";
    let cs = claims(text);
    for t in ["sanctions", "sanctioned"] {
        let c = claim_with(&cs, text, t);
        assert_eq!((c.modality, c.source.as_deref()), (Modality::Asserted, None), "{cs:?}");
    }
}

/// A roundup of many sanctioning states: a claim naming no actor is by the state that acted last
/// in its section (paragraph), not by one state for the whole text.
#[test]
fn roundup_claims_take_their_sections_actor() {
    let text = "Sanctions Roundup: A Busy Week\n\nCANADA. Ottawa imposed sanctions on four Belarusian generals on Monday. The listings were coordinated with Australia.\n\nJAPAN. Tokyo froze the assets of two Belarusian banks. The freeze takes effect on Friday.\n\nEUROPE. The European Union sanctioned a Belarusian shipping firm, and Britain banned its tankers from British ports.\n\nUNITED STATES. The Treasury designated three Belarusian officials.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "listings").actor.as_deref(), Some("Canada"), "{cs:?}");
    assert_eq!(claim_with(&cs, text, "freeze").actor.as_deref(), Some("Japan"), "{cs:?}");
}

// the United Nations acts through its Security Council: when the text names the Council, claims
// that name no actor are the Council's
#[test]
fn un_default_actor_is_the_security_council_it_names() {
    let text = "Russia Blocks Renewal of U.N. Sanctions on Libya\n\nUNITED NATIONS - Russia on Tuesday blocked a draft that would have renewed U.N. sanctions on Libya for a year.\n\nEleven members of the U.N. Security Council backed the text.\n\nThe sanctions targeted six militia leaders accused of attacking ports. The measures had frozen their assets abroad since 2019.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "frozen").actor.as_deref(), Some("U.N. Security Council"), "{cs:?}");
}

// a negation in an earlier coordinated predicate does not reach the trigger's
modal!(negation_stops_at_a_coordinated_predicate, "Norway sanctioned Ola Brekke in 2022. Her lawyers said the ministry had not answered their letters and urged it to delist her.", "delist", DemandedOrProposed);

// what the measures fail to do is an effect, negation and all
act!(effect_never_solved, "\"Embargoes have never solved a border dispute,\" the envoy said.", "Embargoes", Effect);
act!(effect_do_not_touch, "The exporter said the new sanctions do not touch its own trade.", "sanctions", Effect);

// "Western" sanctions are by unnamed states: neither actor nor target
party!(western_is_no_party, "Much of the cargo was shipped in breach of Western sanctions.", "sanctions", actor: None, target: None);
party!(western_countries_are_no_actor, "Diplomats said Western countries could still impose their own sanctions on Belarus.", "sanctions", actor: None, target: Some("Belarus"));

// a legal challenge to a measure is neither its imposition nor its lifting; the decision it challenges is
act!(other_challenge_to_sanctions, "A court on Monday rejected a challenge by the trader Jon Vik to the sanctions on his firm.", "sanctions", Other);
act!(impose_challenged_decision_to_sanction, "The trader lost his challenge to the government's decision to sanction him.", "sanction", Impose);
// not recognising measures is refusing to comply with them
act!(comply_not_recognise, "Norway does not recognise unilateral sanctions, the ministry said.", "sanctions", Comply);

// what the measures did or did not do: after "whether", with "effect" as its object, in the passive
act!(effect_whether_changed, "Asked whether sanctions had changed anything in the region, the envoy paused.", "sanctions", Effect);
act!(effect_had_limited_effect, "Economists say the sanctions have had limited effect on the elite.", "sanctions", Effect);
act!(effect_passive_strained, "Trade with its neighbours has been strained by sanctions.", "sanctions", Effect);
act!(impose_takes_effect, "The new sanctions take effect on Friday.", "sanctions", Impose);

// a headline's capitalised run that ends in the measure ("… Backs Harbour Ban") is no party
party!(headline_run_ending_in_ban_is_no_party, "Port Board Backs Harbour Ban on Russian Trawlers", "Ban", actor: None, target: Some("Russia"));

// a name's dots make it no fuller: the first of "UN …" and "U.N. …" names the body
#[test]
fn dotted_form_is_no_fuller_name() {
    let text = "UN Security Council Renews Libya Arms Embargo\n\nThe U.N. Security Council on Monday extended an arms embargo on Libya for another year.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "embargo").actor.as_deref(), Some("UN Security Council"), "{cs:?}");
}

/// The agent of a passive that is an unnamed collective ("by Western governments"): no actor, not
/// the document's default.
#[test]
fn passive_by_unnamed_governments_has_no_actor() {
    let text = "Britain Sanctions Fuel Suppliers to Myanmar Military\n\nBritain on Monday sanctioned two fuel suppliers to Myanmar's military. Britain also froze the assets of a fuel broker in Bangkok.\n\nThe moves bring to ten the number of suppliers sanctioned by Western governments since 2021.";
    let cs = claims(text);
    assert_eq!(cs.last().map(|c| c.actor.as_deref()), Some(None), "{cs:?}");
}

/// Complying with (or refusing) measures that no named state imposed: the one who complies is no actor.
#[test]
fn complying_with_unnamed_measures_has_no_actor() {
    let text = "Norway Rejects Sanctions Bill\n\nNorway imposed sanctions on Belarus in 2021. Norway also froze the assets of two Belarusian banks.\n\nNorway does not recognise unilateral sanctions, the ministry said.";
    let cs = claims(text);
    assert_eq!(cs.last().map(|c| (c.action, c.actor.as_deref())), Some((Action::Comply, None)), "{cs:?}");
}

// a consequence for whoever meets a description is conditional, not speculative
modal!(conditional_for_whoever_meets_a_description, "Shipping firms that knowingly carry the cargo could face sanctions.", "sanctions", Conditional);

/// "X wants sanctions": a demand whose source is X, and X is not their actor.
#[test]
fn wanting_measures_is_a_demand_by_its_subject() {
    let text = "Ana Lopez wants trade sanctions.";
    let c = claim_with(&claims(text), text, "sanctions").clone();
    assert_eq!((c.modality, c.actor.as_deref(), c.source.as_deref()), (Modality::DemandedOrProposed, None, Some("Ana Lopez")), "{c:?}");
}
// a condition inside a relative clause about a party does not make the claim conditional
modal!(condition_in_relative_clause_is_no_condition, "Ana Lopez, who ran a newspaper until police shut it, wants trade sanctions.", "sanctions", DemandedOrProposed);

/// A spokesperson speaks for the body named after "for", or for the state whose ministry
/// precedes the title ("a German foreign ministry spokesman").
#[test]
fn spokesperson_speaks_for_the_body_or_state() {
    let text = "A German foreign ministry spokesman said Berlin could impose sanctions of its own.";
    assert_eq!(claim_with(&claims(text), text, "sanctions").source.as_deref(), Some("Germany"));
    let text = "A spokeswoman for the Helsinki Harbour Authority said the port would enforce the sanctions.";
    assert_eq!(claim_with(&claims(text), text, "sanctions").source.as_deref(), Some("Helsinki Harbour Authority"));
}

/// An analyst's "price target" is no sanctions word, even in a text about sanctions.
#[test]
fn price_target_is_no_trigger() {
    let text = "Canada sanctioned two tanker owners on Monday. The sanctions freeze their assets, and further sanctions may follow. One analyst cut her price target for Borealis Shipping to $18.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.trigger.of(text) != "target"), "{cs:?}");
}

// a fall after a state's own act of designation is no effect of the measures: the act is reported
act!(impose_verb_after_a_market_fall, "Shares in tanker owners fell sharply after the Treasury designated six gas carriers.", "designated", Impose);
act!(tighten_tighter, "Exporters Weigh the Cost of a Tighter Embargo on Cuba", "Embargo", Tighten);

/// Sanctions words that name a law, an office or a trade are no claims of their own.
#[test]
fn sanctions_words_in_names_and_trades_are_no_triggers() {
    for text in [
        "Britain sanctioned him in 2022. The trader brought the case under section 38 of the Sanctions and Money Laundering Act 2018.",
        "Britain sanctioned him in 2022. The rules are set out in the Ruritania (Sanctions) (Trade Exit) Regulations 2020.",
        "Britain sanctioned him in 2022. He asked the Office of Financial Sanctions Implementation for a licence.",
        "Britain sanctioned him in 2022. Sanctions lawyers said the ruling would make future appeals harder.",
    ] {
        let cs = claims(text);
        assert_eq!(cs.len(), 1, "{text:?}: {cs:?}");
    }
}

/// A roundup's headline party that its first section targets is not the whole roundup's target.
#[test]
fn roundup_has_no_headline_party_target() {
    let text = "Sanctions Week: UN Delists Two Hamas Officials, Japan and Canada Add Names\n\nUNITED NATIONS. The Security Council committee that oversees the Hamas sanctions regime removed two officials from its list.\n\nJAPAN. Tokyo froze the assets of eleven Russian individuals on Tuesday. The freeze takes effect on Friday.\n\nCANADA. Ottawa imposed sanctions on six Haitian police officers.\n\nBRITAIN. London sanctioned a Belarusian judge. The European Union banned two Iranian drone makers.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "freeze").target.as_deref(), None, "{cs:?}");
}

// evasion: the evaders described before "that" are no named party, and neither the one who
// reports it nor the origin of the goods is the evader or the actor
party!(evaders_described_before_that, "Norway will not be a haven for ships that evade international sanctions, the minister said.", "sanctions", actor: None, target: None);
party!(reporter_of_evasion_is_no_party, "Maria Lund estimates that some 600 tankers now carry Russian, Iranian or Venezuelan oil in ways designed to evade sanctions.", "sanctions", actor: None, target: None);

// the subject that names evaders is not the actor of the evaded measures
party!(evasion_actor_is_not_the_subject, "The Treasury on Monday identified four Belarusian trading firms for sanctions evasion.", "sanctions", actor: None, target: Some("Belarus"));

// a removal from a sanctions list is a trigger of its own and a lifting
act!(lift_delists, "Sanctions Week: UN Delists Two Former Ministers\n\nThe sanctions on the junta stay.", "Delists", Lift);

// ---------- targets: the sanctioned party of the clause ----------
macro_rules! tgt {
    ($name:ident, $text:expr, $trigger:expr, $target:expr) => {
        #[test]
        fn $name() {
            let cs = claims($text);
            let c = claim_with(&cs, $text, $trigger);
            assert_eq!(c.target.as_deref(), $target, "target of {:?}", c);
        }
    };
}

// a headline's described network of a state is the state's, no party of its own
tgt!(headline_network_is_its_states, "Treasury Targets Iran's Drone Procurement Network\n\nThe Treasury sanctioned six firms and two ships today. The sanctions block their property, and OFAC designated a trader under the Iran sanctions program.", "Targets", Some("Iran"));
// the antecedent of a passive relative clause, not the owner named in it
tgt!(passive_relative_antecedent, "Shipping payments for the network went through Corvane Marine Ltd, which was designated under Iran sanctions in 2021 for being owned or controlled by Pavel Orlik.", "designated", Some("Corvane Marine Ltd"));
// a designation with a sanctioning body as agent, in a text with no other sanctions word
party!(designated_by_the_department_of_state, "Pavel Orlik was designated by the Department of State on Tuesday.", "designated", actor: Some("Department of State"), target: Some("Pavel Orlik"));
// a relative clause that imposes the measures names their target ("the sanctions (that) X and Y have imposed on Z")
tgt!(relative_imposition_names_the_target, "The listings add to the sanctions the United States, Japan, and Canada have imposed on Ruritania since 2019.", "sanctions", Some("Ruritania"));
tgt!(relative_imposition_with_that, "The new listings build on the sanctions that Norway has imposed on Ruritania since 2020.", "sanctions", Some("Ruritania"));
// "X, which …, remains subject to sanctions": the subject cut off by its relative clause
tgt!(remains_subject_after_a_relative_clause, "Corvane Marine Ltd, which was designated in 2021, remains subject to sanctions.", "sanctions", Some("Corvane Marine Ltd"));
// a participle set off after the party it describes: the party is its target, not its actor
party!(apposed_participle_party_is_the_target, "The Treasury froze six accounts today under the sanctions program.\n\nCorvane Marine Ltd, sanctioned in 2021, arranged the payments.", "sanctioned", actor: None, target: Some("Corvane Marine Ltd"));
// a progressive relative clause is no passive: its antecedent acts ("…, which is designating X")
party!(progressive_relative_is_no_passive, "The Treasury sanctioned four tanker operators today under the Iran sanctions program, and OFAC blocked their property. The designations follow earlier sanctions on the network.\n\nThe action was taken with the Department of State, which is designating Corvane Marine Ltd today.", "designating", actor: Some("Department of State"), target: Some("Corvane Marine Ltd"));
// a second gerund phrase of the same subject is a second predication
#[test]
fn second_gerund_phrase_is_a_second_claim() {
    let text = "The Treasury sanctioned four tanker operators today under the Iran sanctions program, and OFAC blocked their property. The designations follow earlier sanctions on the network.\n\nThe Department of State is designating Corvane Marine Ltd and imposing visa restrictions on its owner.";
    let cs = claims(text);
    claim_with(&cs, text, "designating");
    claim_with(&cs, text, "restrictions");
}
// "Western sanctions" are no one's in particular
actor!(western_sanctions_have_no_actor, "Canada froze the assets of four Ruritanian judges in May.\n\nRuritania has been under Western sanctions since 2020.", "sanctions", None);
// a headline's capitalised described targets are no party
tgt!(headline_described_officials_are_no_party, "Imposing Sanctions on Officials Responsible for the Crackdown in Ruritania\n\nThe Department of State is designating five officials today. The sanctions block their property.", "Sanctions", None);
// a place joined to "-based" only locates the object after it: the object is the target
tgt!(object_after_a_based_place_is_the_target, "The ministry sanctioned Limassol-based Corvane Marine Ltd on Friday.", "sanctioned", Some("Corvane Marine Ltd"));
// a sanctions verb's pronoun object is the party it stands for
tgt!(object_him_is_the_person_named_before, "Norway imposed sanctions on Halvard Brekke-Lunde in 2022. His lawyers urged ministers to delist him.", "delist", Some("Halvard Brekke-Lunde"));
tgt!(object_it_is_the_organisation_named_before, "Q: Who was hit first? A: A small lender in Tallinn, Baltic Amber Bank. The Treasury designated it in March and the bank closed.", "designated", Some("Baltic Amber Bank"));

// a headline that names no state: the state the claims target in two sentences is the programme,
// and the target of claims that name none
tgt!(programme_from_the_claims_when_the_headline_names_no_state, "Opinion: The Easy Part Is Over\n\nWhen the allies restored sanctions on Belarus last spring, they called it a last resort.\n\nBrussels has since imposed sanctions on Belarus's potash trade as well.\n\nThe shipping firms still operate. The EU sanctioned a few of them in May.", "sanctioned", Some("Belarus"));

// a relative clause closed before the reporting verb leaves it the main clause's
modal!(relative_closed_before_the_report, "The customs agency, which enforces sanctions, said banks had frozen the assets of nine sanctioned traders.", "frozen", Reported);
// the subject of a passive cut off by its relative clause is the target
tgt!(passive_subject_before_a_relative_clause, "The Corvina Syndicate Ltd, which investigators say has laundered millions for cartels, was sanctioned by Canada in 2021.", "sanctioned", Some("Corvina Syndicate Ltd"));
// the party before a verb of using or trying is the evader, not an earlier clause's subject
tgt!(evader_before_a_verb_of_using, "After Latvia lifted its veto, the ministers listed tankers that Moscow uses to evade the oil embargo.", "embargo", Some("Russia"));
// a sanctions authority named before the measure is no target
tgt!(authority_is_no_target, "Her client was removed from the Security Council sanctions list in 2019.", "sanctions", None);

// a headline that names no state: the party it names that the first claim targets is the
// document's target
#[test]
fn headline_party_targeted_by_the_lead_is_the_documents() {
    let text = "Hezbollah Officials Travel Abroad on New Exemptions\n\nDozens of Hezbollah's leaders are subject to sanctions, including a travel ban and an asset freeze.\n\nDiplomats expect China to push again for suspending the sanctions.";
    let cs = claims(text);
    assert_eq!(cs.last().and_then(|c| c.target.as_deref()), Some("Hezbollah"), "{cs:?}");
}

// a capital stands for its state
tgt!(capital_stands_for_its_state, "The envoy said the sanctions had become an instrument of pressure on Niamey.", "sanctions", Some("Niger"));

// a described set with named members after a long description: the first named member
tgt!(named_member_after_long_description, "The Treasury designated five individuals and four entities under its counter-narcotics sanctions program, including businessman Marco Ruiz-Valdane.", "designated", Some("Marco Ruiz-Valdane"));
tgt!(named_member_of_a_listed_set, "The Commerce Department added 60 foreign companies to its Entity List, including chipmaker Norvale Semiconductor Ltd.", "Entity List", Some("Norvale Semiconductor Ltd."));

// a relative clause whose object is the named party before it
tgt!(relative_object_is_the_party_before, "Oslo Expels Twelve Tankers Tied to Venezuelan Crude\n\nAmong them was the tanker Nordlys Star, which Norway sanctioned in March for carrying Venezuelan crude.", "sanctioned", Some("Nordlys Star"));

// a state's own body after the preposition is the target, not the state
tgt!(possessive_state_body_is_the_target, "Canada imposed sanctions on Belarus's State Security Committee over the crackdown.", "sanctions", Some("State Security Committee"));

// a passive with an adverb before the participle: its subject is the target
tgt!(passive_with_adverb_targets_the_subject, "Britain imposed sanctions on two shipping firms on Friday. The tanker Nordlys Star, managed by one of the firms, was also designated, Treasury said.", "designated", Some("Nordlys Star"));

// the destination of banned or restricted trade is the target, not a modifier of buyers
tgt!(destination_of_banned_exports, "Norway widened its sanctions regime on Friday. It also banned exports of drilling equipment to Peru.", "banned", Some("Peru"));
tgt!(destination_of_a_ban_on_sales, "Norway widened its sanctions regime on Friday. Oslo also renewed its ban on arms sales to Peru in March.", "ban", Some("Peru"));
tgt!(destination_after_export_controls, "Norway widened its sanctions regime on Friday. Oslo eased its export controls to Chile on turbine parts.", "export controls", Some("Chile"));

// a name in apposition to the verb's described object is the target
tgt!(apposition_names_the_object, "Norway widened its sanctions regime on Friday. Oslo sanctioned the ruling party's deputy leader, Harald Vinje, on Monday.", "sanctioned", Some("Harald Vinje"));
tgt!(apposition_after_a_place_modifier, "Norway widened its embargo on Friday. The ministry put the Bergen trader, Nordic Fjell Shipping AS, on its sanctions list.", "sanctions", Some("Nordic Fjell Shipping AS"));

// described targets tied to a named party: that party
tgt!(described_targets_linked_to_a_party, "Norway widened its sanctions regime on Friday. Norway also sanctioned nine firms linked to Fjellstad Holdings ASA.", "sanctioned", Some("Fjellstad Holdings ASA"));

// a passive's subject and the parties describing it are its targets, never its actor
#[test]
fn passive_subject_describer_is_no_actor() {
    let text = "Norway widened its sanctions against Ruritania on Friday. Nordkapp Bunkering AS, a trader owned by Fjord Crest Holdings, has been sanctioned as well.";
    let cs = claims(text);
    // (an agentless passive takes the state that acts in the text, here its first sentence's)
    let actor = claim_with(&cs, text, "sanctioned").actor.clone();
    assert!(actor.is_none() || actor.as_deref() == Some("Norway"), "{cs:?}");
}

// the subject of a passive inside a "that" clause is its target, not the main clause's subject
tgt!(passive_in_that_clause_targets_its_subject, "Norway widened its sanctions against Ruritania on Friday. Senator Ola Brekke said she had asked that the Fjellheim Guard Corps be sanctioned.", "sanctioned", Some("Fjellheim Guard Corps"));

// the party a verb puts on a list (or takes off it) is its object, not the actor
party!(listed_object_is_no_actor, "Norway widened its embargo on Friday. The Foreign Ministry put the Bergen trader, Nordic Fjell Shipping AS, on its sanctions list.", "sanctions", actor: Some("Foreign Ministry"), target: Some("Nordic Fjell Shipping AS"));

// what sanctions in general do has no actor; the measures made definite keep the document's
party!(generic_sanctions_effect_has_no_actor, "Norway Widens Embargo on Peru\n\nNorway on Friday widened its embargo on Peru. Sanctions rarely work, one analyst said.", "Sanctions", actor: None, target: Some("Peru"));
party!(definite_sanctions_effect_keeps_the_actor, "Norway Widens Embargo on Peru\n\nNorway on Friday widened its embargo on Peru. The new sanctions rarely work, one analyst said.", "sanctions", actor: Some("Norway"), target: Some("Peru"));

// of coordinated antecedents of a relative clause, the first named is its actor
party!(relative_clause_after_coordinated_states, "Norway widened its embargo on Peru on Friday. Oslo acted together with Iceland and Denmark, which imposed similar sanctions a week later.", "sanctions", actor: Some("Iceland"), target: Some("Peru"));
// (but not a body that reports the measures after them)
tgt!(apposition_is_no_reporting_body, "Norway widened its embargo on Peru on Friday. Oslo sanctioned two shipping firms last month, Fjord Crest Holdings and the ministry said.", "sanctioned", None);

// one official or officer described by nationality is no state target, as one firm or vessel is not
tgt!(nationality_of_one_officer_is_no_target, "Canada widened its embargo on Friday. Ottawa also lifted its sanctions on a retired Peruvian naval officer last month.", "sanctions", None);
// a headline that only describes its target takes the firm the lede names
party!(headline_described_target_from_lede, "Canada sanctions Chilean ferry operator\n\nCanada on Monday sanctioned Coldharbour Marine Lines over arms deliveries.", "sanctions", actor: Some("Canada"), target: Some("Coldharbour Marine Lines"));
// an analysis naming many sanctioning states is no roundup when its headline lists no sections:
// the party its headline names and its first claim targets is the default target
#[test]
fn analysis_with_many_states_keeps_headline_party() {
    let text = "Analysis: Why the thaw for Hezbollah envoys may not last\n\nThe Security Council could ease its travel ban on Hezbollah envoys next month. Japan froze the assets of two Hezbollah financiers in May. Canada sanctioned three Hezbollah recruiters in June. The European Union banned two Hezbollah fundraisers in July. Diplomats said sanctions of this kind rarely end quickly.";
    let cs = claims(text);
    assert_eq!(claim_with(&cs, text, "sanctions").target.as_deref(), Some("Hezbollah"), "{cs:?}");
}
// "the freeze" far from any named target: the party the lede names
party!(definite_trigger_takes_the_lede_party, "Canada sanctions Chilean ferry operator\n\nCanada on Monday sanctioned Coldharbour Marine Lines over arms deliveries. The firm runs six ferries along the coast. Its owners live in Lisbon. Freight prices rose in the south. Cargo volumes fell by a third. Brokers said the freeze would hurt exports.", "freeze", actor: Some("Canada"), target: Some("Coldharbour Marine Lines"));
// an enforcer charging an evader: the evader is the named object, not the enforcer
#[test]
fn enforcer_charging_evader_gives_its_object() {
    for text in ["Prosecutors in Oslo said the Justice Ministry accused Harwick Traders of evading Norwegian sanctions on Belarus.", "The Customs Agency fined Lyon-based Harwick Traders $2 million for breaching export controls on Belarus."] {
        let cs = claims(text);
        assert!(cs.iter().any(|c| c.target.as_deref() == Some("Harwick Traders")), "{text}: {cs:?}");
    }
}
// a capital stands for its state as actor
party!(capital_as_actor, "Quito imposed sanctions on six Peruvian traders on Monday.", "sanctions", actor: Some("Ecuador"), target: None);
// the UN imposes sanctions through its Security Council: "the UN sanctions" are the Council's when the text names it
party!(un_sanctions_are_the_councils, "The Security Council met in New York on Monday to discuss Mali. Diplomats said the UN sanctions on Mali would lapse in June.", "sanctions", actor: Some("Security Council"), target: Some("Mali"));
party!(spelled_out_un_sanctions_stay_the_uns, "The Security Council met in New York on Monday to discuss Mali. Diplomats said United Nations sanctions on Mali would lapse in June.", "sanctions", actor: Some("United Nations"), target: Some("Mali"));
// a copula after the described targets names one of them
#[test]
fn copula_after_described_targets_names_one() {
    let text = "Canada Sanctions Belarusian Judges Over Crackdown\n\nOTTAWA – Canada on Tuesday imposed sanctions on nine Belarusian judges and prosecutors, freezing their assets and banning their travel, the foreign ministry said. The sanctions follow similar designations by the European Union.\n\nAmong the officials designated was Marta Quillon, a judge in Minsk who sentenced dozens of protesters.\n\nThe designated prosecutors are Olev Drantsik, Ivan Peskar and Tomas Vindel.";
    let cs = claims(text);
    let targets: Vec<_> = cs.iter().filter(|c| c.trigger.of(text) == "designated").map(|c| c.target.as_deref()).collect();
    assert_eq!(targets, [Some("Marta Quillon"), Some("Olev Drantsik")], "{cs:?}");
}

// a target named only by a pronoun or a definite description: the party it refers back to
tgt!(passive_it_is_the_earlier_firm, "Norway Targets Tanker Operator\n\nOSLO - Norway on Monday froze the assets of Fjellstad Marine AS, a tanker operator in Bergen. The ministry said the firm had moved oil for Syria. It was sanctioned along with two of its vessels.", "sanctioned", Some("Fjellstad Marine AS"));
tgt!(passive_his_assets_are_the_earlier_person, "Norway on Monday sanctioned the trader Olaf Brenning. Brenning, who lives in Monaco, did not comment. His assets in Norway remain frozen.", "frozen", Some("Olaf Brenning"));
tgt!(object_the_company_is_the_earlier_firm, "Interview: A Banker on Fuel Sanctions\n\nLast spring a trader called Veltrax Shipping LLC tried to ship fuel to Syria. We reported it. Norway sanctioned the company in September.", "sanctioned", Some("Veltrax Shipping LLC"));
tgt!(evader_the_company_is_the_earlier_firm, "Norway on Monday sanctioned Fjellstad Marine AS. Prosecutors in Oslo say the company tried to evade the sanctions by moving money abroad.", "sanctions", Some("Fjellstad Marine AS"));
tgt!(passive_in_a_that_clause_needs_a_firm_noun, "Norway imposed sanctions on Fjellstad Marine AS. Ingrid Holm, an MP, said she was surprised that the men had not already been sanctioned.", "sanctioned", None);

// no one state acts most, but the Security Council acts in the lede: its regime is the text's
party!(council_of_the_lede_is_the_default_actor, "Analysis: Why a thaw on Mali may stall\n\nBy Jane Roe\n\nGENEVA - The UN Security Council could ease its arms embargo on Mali as early as next month, diplomats said.\n\nCanada imposed its own sanctions on two Malian generals in May. Japan froze the assets of a Malian bank. Britain banned exports of drones to Mali.\n\nDiplomats stressed that no draft text ending the ban has been circulated.", "ban", actor: Some("UN Security Council"), target: Some("Mali"));

// a party taking a stance on another's existing measures is not their actor
party!(caller_for_lifting_is_no_actor, "UN Council Renews Arms Embargo on Mali\n\nNEW YORK - The UN Security Council on Friday renewed its arms embargo on Mali for a year. The African Union has repeatedly called for the sanctions to be lifted.", "sanctions", actor: Some("UN Security Council"), target: Some("Mali"));
party!(supporter_of_easing_is_no_actor, "UN Council Renews Arms Embargo on Mali\n\nNEW YORK - The UN Security Council on Friday renewed its arms embargo on Mali for a year. The African Union has called for new sanctions. Diplomats said Brazil backed the easing but would not back any further loosening.", "easing", actor: Some("UN Security Council"), target: Some("Mali"));

// unnamed states asked to act: no actor named
party!(asked_collective_is_no_actor, "Canada imposed sanctions on Belarus in May. Canada froze the assets of ten Belarusian officials in June. Foreign Minister Jane Roe on Monday urged regional governments to sanction the Belarusian potash firm.", "sanction", actor: None, target: Some("Belarus"));

// a roundup's sections have their own targets: the section's, not the headline's
tgt!(roundup_section_without_a_target_has_none, "Sanctions digest: Norway lists Belarus judges, Japan adds names\n\nOur weekly digest of sanctions news.\n\nNorway on Monday imposed sanctions on four judges in Belarus. The ministry said the sanctions would stay for a year.\n\nJapan froze the assets of two officials in Myanmar. Canada imposed an asset freeze on three Haitian gang leaders.\n\nBritain imposed sanctions on Syria on Tuesday. London said the restrictions were coordinated with France.", "froze", None);

// a participle with a number of objects is a finite verb: its subject acts
party!(participle_with_a_number_keeps_its_subject, "Britain acted in March. The U.S. Treasury Department designated 31 tanker owners on Wednesday.", "designated", actor: Some("U.S. Treasury Department"), target: None);

// a body acting most often (the Council) is the default actor, as a state would be
party!(body_acting_most_is_the_default_actor, "Council extends sanctions on Belarus\n\nThe Council today decided to prolong the restrictive measures against Belarus for a year. The Council also listed four judges. The Council added two firms to the sanctions list.\n\nThe European Union first imposed sanctions on Belarus in 2004. The EU has also banned potash imports from Belarus.\n\nPersons listed are subject to an asset freeze.", "asset freeze", actor: Some("Council"), target: None);

// "Their assets …": the first person of the nearest sentence before that names one
tgt!(their_assets_are_the_named_persons, "Canada sanctions three Haitian figures\n\nOTTAWA - Canada has imposed sanctions on three more Haitian figures, including former senator Jean Dorval. Global Affairs Canada said the three funded armed gangs. Their assets in Canada are frozen.", "frozen", Some("Jean Dorval"));
// a headline's fronted scene ("In Oslo, …") is no programme
tgt!(fronted_scene_is_no_programme, "In Oslo, exiles pay the price of sanctions\n\nOSLO - The letter reached Olga Petrova in March. The bank was closing her account, it said.\n\nThe embargo was supposed to squeeze the regime, not the people it threw out.", "embargo", None);
// "sanctions aimed at X": X is the target
tgt!(sanctions_aimed_at_a_state, "Norway Tightens Rules for Exiles\n\nOSLO - Norway imposed new sanctions aimed at Minsk on Monday.", "sanctions", Some("Belarus"));

// the subject of "was added to the … list" is the target, never the actor; a place that only
// describes it ("The Riga trading house, X") is not the target either
party!(added_to_a_list_subject_is_the_target, "Norway lists Baltic trader\n\nOSLO - Norway on Monday imposed sanctions on two shipping firms. Norway also froze the assets of a broker.\n\nThe Riga trading house, Baltmar Trading SIA, was added to the Entity List on Thursday.", "Entity List", actor: Some("Norway"), target: Some("Baltmar Trading SIA"));

// the agent of another participle ("drafted by X") before the trigger is not its actor
party!(drafter_is_no_actor, "UN Council Renews Arms Embargo on Mali\n\nNEW YORK - The UN Security Council on Friday renewed its arms embargo on Mali for a year.\n\nResolution 2790, drafted by France, also renews an asset freeze on six Malian officers.", "asset freeze", actor: Some("UN Security Council"), target: Some("Mali"));

// a party that would (not) support or opposes measures does not impose them
party!(supporter_of_measures_is_no_actor, "EU Fails to Agree Sanctions on Ruritanian Officials\n\nBRUSSELS - European Union foreign ministers failed on Monday to agree measures on four Ruritanian officials. The EU has imposed restrictions on Ruritania since 2020.\n\nSlovakian Foreign Minister Jan Novak said Bratislava would \"never support\" sanctions against elected leaders.", "sanctions", actor: Some("European Union"), target: None);

// the addressee of a report verb ("told Parliament that …") is not the clause's subject
party!(addressee_of_told_is_no_actor, "Britain Weighs Relief for Ruritania\n\nLONDON - Britain imposed an arms embargo on Ruritania in 2022. Britain froze the assets of six Ruritanian generals in 2023.\n\nA British minister, Helen Marsh, told Parliament that Norway would lift its sanctions once the prisoners walk free.", "sanctions", actor: Some("Norway"), target: Some("Ruritania"));

// "sanctioned its owner, <nationality> national X": the owner X, not the firm "its" stands for
tgt!(owner_in_apposition_after_a_nationality, "Norway lists Baltic trader\n\nOSLO - Norway on Monday added Baltmar Trading SIA to its sanctions list. Norway also sanctioned its owner, Latvian national Janis Ozols, for helping Moscow.", "sanctioned", Some("Janis Ozols"));
tgt!(its_owner_is_not_the_firm, "US lists Baltic trader\n\nRIGA - The Riga trading house, Baltmar Trading SIA, was added to the Entity List on Thursday. OFAC also designated its owner, a Latvian businessman, for helping Moscow.", "designated", None);

// a passive's coordinated subject cut at ", and" ("X, and his two sons were also sanctioned")
tgt!(coordinated_passive_subject, "Norway sanctions Baltic trader\n\nOSLO - Norway on Monday imposed sanctions on Baltmar Trading SIA for helping Moscow.\n\nThe company owner, Janis Ozols, and his two sons were also sanctioned.", "sanctioned", Some("Janis Ozols"));

// a sentence-case headline "X sanctions <Name> …": X acts; "X sanctions relief …" stays a noun
party!(sentence_case_headline_verb, "Norway sanctions Baltic trader\n\nOSLO - The ministry said on Monday it had acted.", "sanctions", actor: Some("Norway"), target: None);
party!(sentence_case_headline_noun, "Iran sanctions relief talks stall\n\nOSLO - The ministry said on Monday it had acted.", "sanctions", actor: None, target: Some("Iran"));


// "the department", "the committee": the body named earlier whose head noun it is, by the last
// word of its name or the first before "of"; a sanctions committee is the Security Council's
actor!(definite_department_subject, "Norway and the Ruritanian Trade Department held talks in Oslo.\n\nNorwegian officials said the department was considering new sanctions on Baltmar Trading SIA.", "sanctions", Some("Ruritanian Trade Department"));
actor!(definite_department_of, "The Department of Fisheries met in Oslo.\n\nNorwegian officials said the Department was considering new sanctions on Baltmar Trading SIA.\n\nThe Department of Agriculture and Rural Development was not consulted.", "sanctions", Some("Department of Fisheries"));
actor!(committee_is_the_council, "The UN Security Council met on Monday.\n\nBaltmar Trading SIA said it would ask the committee to lift the sanctions.", "sanctions", Some("UN Security Council"));
// a fronted inverted condition's subject is not the main clause's
actor!(inverted_condition_subject, "The Department of Fisheries of Ruritania sanctioned two trawler firms in May.\n\nShould the Baltic Fishing Board release the boats, the Department would be ready to review these designations.", "designations", Some("Department of Fisheries of Ruritania"));

// a sanctions authority that modifies the measures imposed them ("the Security Council sanctions list")
actor!(authority_modifier_is_actor, "Ruritania and its neighbours met in Geneva.\n\nTwo years later the trader's name was removed from the Security Council sanctions list.", "sanctions", Some("Security Council"));
// a party subject to the measures (or exempt from them) is no actor of them, but their target
actor!(subject_party_is_no_actor, "Norway froze the assets of a gold trader on Monday.\n\nNorway also sanctioned two Ruritanian banks.\n\nThe trader, Jon Vik, and his firm, Baltmar Gold AS of Bergen, are now subject to an asset freeze.", "asset freeze", Some("Norway"));
tgt!(not_itself_subject_target, "Norway imposed sanctions on six refiners.\n\nBaltmar Oil Corp. is not itself subject to any sanctions, the company said.", "sanctions", Some("Baltmar Oil Corp."));
// "his designation", "its listing": the possessor of one party's designation is its target
tgt!(possessor_of_designation_person, "Norway sanctions Ruritanian oil traders\n\nOSLO - A court on Monday dismissed a challenge by the shipping magnate Jon Vik to his designation under Norwegian sanctions against Ruritania.", "designation", Some("Jon Vik"));
// "sanctioned the gang": the organisation named just before, by the head noun of its description
tgt!(definite_militia_object, "Norway imposed sanctions on two Ruritanian ports in May.\n\nThe European Union has no sanctions on the Red Hand Army, though Washington sanctioned the militia in 2024.", "sanctioned", Some("Red Hand Army"));
// a place that only locates the listed party ("the Bergen-based distributor") is not it: the party described
tgt!(located_list_object, "Norway has sanctioned Ruritania since May.\n\nShares in Baltmar Components AS fell on Monday after Norway added the Bergen-based distributor to its sanctions list.", "sanctions", Some("Baltmar Components AS"));
// "the bloc's measures", "agreed by the bloc": the union of states named last
actor!(bloc_possessive_actor, "The European Union met in Brussels on Monday.\n\nRuritania, a candidate for membership, again declined to join any of the bloc's sanctions against Moscow.", "sanctions", Some("European Union"));
actor!(bloc_passive_agent, "Ruritania hopes to join the European Union.\n\nOfficials in Ruritania said they would apply any sanctions agreed by the bloc.", "sanctions", Some("European Union"));
// "it" after any short phrase closed by a comma, before a verb in the past tense, and a
// sentence-opening "Its …" continue the previous sentence's subject
actor!(it_after_a_comma_phrase, "Norway and Ruritania held talks on Monday.\n\nThe Ruritanian Trade Ministry said it regretted the decision. Within hours, it placed two Norwegian trawler firms on its export blacklist.", "blacklist", Some("Ruritanian Trade Ministry"));
actor!(its_opens_the_subject, "Norway and Ruritania held talks on Monday.\n\nThe Ruritanian Trade Ministry has not commented. Its latest round of sanctions, in May, targeted two Norwegian trawler firms.", "sanctions", Some("Ruritanian Trade Ministry"));
// "X said it would …": the "it" is the subject of the reporting verb
actor!(said_it_is_the_speaker, "Norway imposed sanctions on two Ruritanian ports in May.\n\nThe Baltic Fisheries Board said it would consider matching designations next week.", "designations", Some("Baltic Fisheries Board"));
actor!(said_on_a_day_it_is_the_speaker, "Norway imposed sanctions on two Ruritanian ports in May.\n\nThe Baltic Fisheries Board said on Monday it would consider matching designations.", "designations", Some("Baltic Fisheries Board"));
// a collective that is an object ("consulting partners", "through neighbouring states") is no
// unnamed subject
actor!(collective_object_is_no_subject, "Norway imposed an arms embargo on Ruritania in May. Norway also banned ships of Ruritania from its ports.\n\nInspectors said weapons still reached the port through neighbouring states despite the ban.", "ban", Some("Norway"));
actor!(said_it_after_collective_object, "Norway imposed an arms embargo on Ruritania in May.\n\nDenmark said it was consulting partners and would announce new sanctions against Ruritania.", "sanctions", Some("Denmark"));
// a list verb's described object with a named member ("placed three firms, including X, on its list")
tgt!(list_verb_object_including, "Ruritania retaliates against Norwegian firms\n\nThe Ruritanian Trade Ministry said on Monday it had placed four Norwegian fishing firms, including Baltmar Seafood AS, on its export control list.", "export control", Some("Baltmar Seafood AS"));

/// A second clause whose passive freezes money past an adverb ("… is now blocked", "the
/// accounts … were frozen") is a second predication of the sentence.
#[test]
fn money_passive_in_a_second_clause_is_a_second_claim() {
    let text = "Canberra sanctioned a Latvian trading house on Tuesday, and any property the house holds in Australia is now blocked. The sanctions follow earlier sanctions on its owner.";
    let cs = claims(text);
    assert_eq!(cs.iter().filter(|c| c.span.start == 0).count(), 2, "{cs:?}");
    claim_with(&cs, text, "blocked");
    let text = "Lenders in Oslo began to apply the Norwegian sanctions on a Serbian broker, and the broker's accounts at four local banks were frozen.";
    let cs = claims(text);
    assert_eq!(cs.len(), 2, "{cs:?}");
    claim_with(&cs, text, "frozen");
}

#[test]
fn reporter_is_the_subject_of_a_second_past_verb() {
    // the coordinated verb is past like "said": the reporter threatened, not the reported clause's subject
    let text = "OSLO - The European Union imposed sanctions on Venezuela on Monday.\n\nVenezuela protested the sanctions. It said Colombia had \"chosen a hostile path\" and threatened to restrict Colombian trucks at the border.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "restrict");
    assert_eq!(c.actor.as_deref(), Some("Venezuela"), "{c:?}");
}

#[test]
fn listed_with_a_sanctioning_subject_is_a_trigger() {
    let lead = "The EU imposed sanctions on Russia in March. The sanctions target banks. Brussels also sanctioned ten officials and designated two firms. ";
    // the object moved out by a relative clause: "a carrier it listed in 2022"
    let t = format!("{lead}Canada lifted sanctions on Borvik Air, a Georgian cargo carrier it listed in 2022, after the firm changed hands.");
    let cs = claims(&t);
    assert_eq!(claim_with(&cs, &t, "listed").action, Action::Impose, "{cs:?}");
    // a described object: "when the government listed dozens of mining executives"
    let t = format!("{lead}Tamor Resources has been under UK sanctions since May 2023, when the government listed dozens of mining executives.");
    let cs = claims(&t);
    claim_with(&cs, &t, "listed");
    // not a list of reasons, nor a listing on a market
    for t in [format!("{lead}The ministry said it listed its reasons in a letter."), format!("{lead}The miner said it listed its shares on the stock exchange in 2022.")] {
        assert!(claims(&t).iter().all(|c| c.trigger.of(&t) != "listed"), "{t}");
    }
}

#[test]
fn own_ban_on_a_foreign_peoples_craft_is_a_trigger_with_that_people_as_target() {
    let lead = "The EU imposed sanctions on Russia in March. The sanctions target banks. Brussels also sanctioned ten officials and designated two firms. ";
    let t = format!("{lead}Norway extended its ban on port calls by Syrian ships for three more years.");
    let cs = claims(&t);
    let c = claim_with(&cs, &t, "ban");
    assert_eq!(c.target.as_deref(), Some("Syria"), "{c:?}");
    // not a domestic ban on a group
    let t = format!("{lead}Turkey kept its ban on rallies by Kurdish parties.");
    assert!(claims(&t).iter().all(|c| c.trigger.of(&t) != "ban"), "{t}");
}

#[test]
fn the_subject_of_a_passive_or_of_subject_to_and_under_is_the_target() {
    let lead = "The EU imposed sanctions on Russia in March. The sanctions target banks. Brussels also sanctioned ten officials and designated two firms. ";
    let cases: &[(&str, &str, Option<&str>)] = &[
        // a negation or an adverb between the auxiliary and the participle
        ("Tamor Resources Ltd itself was not sanctioned, but its ships were.", "sanctioned", Some("Tamor Resources Ltd")),
        // the subject's accounts, with a place that only modifies a noun inside the subject
        ("Tamor Resources Ltd's accounts at two Lisbon banks were blocked on Monday.", "blocked", Some("Tamor Resources Ltd")),
        // "subject to" before an object that names goods of a nationality
        ("Tamor Resources Ltd is subject to the EU's ban on imports of Venezuelan gold.", "ban", Some("Tamor Resources Ltd")),
        // "was among" the described targets of a participle
        ("Its chairman, Ana Duarte, was among the individuals sanctioned by Canada under the Global Human Rights sanctions regime.", "sanctioned", Some("Ana Duarte")),
        // "has been under" a measure
        ("Bolivia has been under a UN arms embargo since July 2019.", "embargo", Some("Bolivia")),
    ];
    for (body, trigger, want) in cases {
        assert_eq!(body_target(lead, body, trigger).as_deref(), *want, "{body}");
    }
    // negative: a relative clause's own passive ("whose name was removed") is not the person before it
    let body = "In 2019 Ana Duarte argued his last case, for a Bolivian trader whose name was removed from the sanctions list.";
    let t = format!("{lead}{body}");
    assert!(claims(&t).iter().all(|c| c.target.as_deref() != Some("Ana Duarte")), "{body}");
}

/// The target of the claim with `trigger` in `body`, read after the sentences of `lead`.
fn body_target(lead: &str, body: &str, trigger: &str) -> Option<String> {
    let t = format!("{lead}{body}");
    let cs = claims(&t);
    let c = cs.iter().find(|c| c.trigger.start >= lead.len() && c.trigger.of(&t) == trigger);
    c.unwrap_or_else(|| panic!("no claim with trigger {trigger:?} in {body:?}; got {cs:?}")).target.clone()
}

#[test]
fn a_named_member_of_described_targets_is_the_target() {
    let lead = "The EU imposed sanctions on Russia in March. The sanctions target banks. ";
    let cases: &[(&str, &str, Option<&str>)] = &[
        // after a nationality that describes the targets, the member named with a title
        ("Canada also renewed the asset freeze on six Bolivian officials, including former interior minister Ana Duarte.", "asset freeze", Some("Ana Duarte")),
        // "among them", after a description with a place in it
        ("Canada imposed sanctions on nine senior figures in Bolivia, among them Senator Ana Duarte.", "sanctions", Some("Ana Duarte")),
        // a possessor inside the member's description is not the member
        ("Washington added 30 firms to the Entity List, including two of Tamor Resources Ltd's largest customers, Kestrel Petro Holdings and Norlund Freight Ltd.", "Entity List", Some("Kestrel Petro Holdings")),
        // negative: a member of a mixed list of named and described parties
        ("Canada imposed sanctions on 400 individuals and entities, including the Bolivian Senate and its members, and several militia chiefs.", "sanctions", Some("Russia")),
    ];
    for (body, trigger, want) in cases {
        assert_eq!(body_target(lead, body, trigger).as_deref(), *want, "{body}");
    }
}

#[test]
fn a_definite_measure_takes_the_target_of_the_same_measure_before() {
    let lead = "The EU imposed sanctions on Russia in March. The sanctions target banks. ";
    // "the embargo" is the embargo's (Bolivia), not the freeze's named in between
    let body = "The Security Council renewed its arms embargo on Bolivia. It also renewed the asset freeze on Ana Duarte. Two members said the embargo was hurting the army.";
    assert_eq!(body_target(lead, body, "embargo").as_deref(), Some("Bolivia"));
    let t = format!("{lead}{body}");
    let cs = claims(&t);
    let last = cs.iter().rfind(|c| c.trigger.of(&t) == "embargo").expect("the second embargo");
    assert_eq!(last.target.as_deref(), Some("Bolivia"), "{cs:?}");
}

#[test]
fn a_countermeasure_targets_the_documents_sanctioning_state() {
    let lead = "Washington imposed sanctions on Bolivia in March. The sanctions target banks. Washington also sanctioned ten officials. ";
    for body in ["Bolivia has threatened countermeasures.", "Bolivia has threatened reciprocal measures against several officials."] {
        let t = format!("{lead}{body}");
        let cs = claims(&t);
        let c = cs.iter().find(|c| c.trigger.start >= lead.len()).unwrap_or_else(|| panic!("no claim in {body:?}: {cs:?}"));
        assert_eq!((c.actor.as_deref(), c.target.as_deref()), (Some("Bolivia"), Some("United States")), "{body}");
    }
}

#[test]
fn an_evader_or_complier_named_by_a_pronoun_or_description_is_the_target() {
    let lead = "Washington imposed sanctions on Bolivia in March. The sanctions target banks. ";
    let cases: &[(&str, &str, Option<&str>)] = &[
        // "it" after the reporting verb of a named firm
        ("Norlund Freight Ltd said in a filing that it was in full compliance with all sanctions.", "sanctions", Some("Norlund Freight Ltd")),
        // "the company" for the firm named just before
        ("Kestrel Petro Holdings was fined in May. The company had evaded sanctions on Bolivia for years.", "sanctions", Some("Kestrel Petro Holdings")),
        // a place that only describes the evader: the firm the next sentence names
        ("A Texas pump maker pleaded guilty on Monday to breaking sanctions on Bolivia. Tamor Pumps Inc admitted shipping parts through Panama.", "sanctions", Some("Tamor Pumps Inc")),
    ];
    for (body, trigger, want) in cases {
        assert_eq!(body_target(lead, body, trigger).as_deref(), *want, "{body}");
    }
    // negative: "it" for a state that enforces the measures is no complier named by the firm before
    let body = "Analysts at the Harbour Institute were sceptical. Peru said it would enforce the sanctions at every port.";
    assert_ne!(body_target(lead, body, "sanctions").as_deref(), Some("Harbour Institute"), "{body}");
}

#[test]
fn the_antecedent_of_a_relative_object_and_a_goods_modifier() {
    let lead = "Britain Sanctions Bolivian Shipping Firms\n\nBritain imposed sanctions on Bolivia in March. The sanctions target banks. ";
    let cases: &[(&str, &str, Option<&str>)] = &[
        // "that" after an apposition that describes the antecedent
        ("Two tankers belong to Kestrel Petro Holdings, a Panama shipping company that the United Kingdom designated in May.", "designated", Some("Kestrel Petro Holdings")),
        // "which" before a subject with "the"
        ("Canada listed two managers of Tamor Resources Ltd, which the EU and Britain had already sanctioned.", "sanctioned", Some("Tamor Resources Ltd")),
        // a state before a commodity and the measure
        ("Peru announced new Venezuela gold sanctions on Monday.", "sanctions", Some("Venezuela")),
    ];
    for (body, trigger, want) in cases {
        assert_eq!(body_target(lead, body, trigger).as_deref(), *want, "{body}");
    }
}

// what measures "from" a sanctioner do keeps that sanctioner as the actor
actor!(actor_effect_from_sanctioner, "Sanctions from Brussels reach banks our regulators cannot.", "Sanctions", Some("European Union"));

// ---------- session 24 (claims2): OFAC wording, headlines, asked parties ----------
// a progressive designating verb is no subject of an effect ("… for having provided support")
act!(impose_progressive_designating_with_support, "Treasury Acts Against Harlow Shipping\n\nOFAC is designating Harlow Shipping Ltd for having provided material support to the Velloria Navy.", "designating", Impose);
// "provided" as a verb is no proviso
modal!(asserted_having_provided_is_no_proviso, "Treasury Acts Against Harlow Shipping\n\nOFAC is designating Harlow Shipping Ltd for having provided material support to the Velloria Navy.", "designating", Asserted);
modal!(conditional_provided_that_after_comma, "The council said the embargo would be lifted, provided that the junta frees the prisoners.", "embargo", Conditional);
// a cue inside an exception closed before the trigger ("or exempt,") gives no action
act!(impose_prohibition_after_an_exception, "The Treasury sanctioned Harlow Shipping Ltd on Monday. Unless licensed by the agency, or exempt, its sanctions regulations prohibit all dealings by U.S. persons in the property of blocked or otherwise designated persons.", "prohibit", Impose);
// exposure to measures for whoever deals with the designated parties is a warning, on a condition
// (the earlier participle only describes the parties)
act!(threaten_expose_themselves, "The Treasury designated Harlow Shipping Ltd on Monday. Banks and other firms that deal with the designated companies may expose themselves to sanctions.", "sanctions", Threaten);
modal!(conditional_expose_themselves, "The Treasury designated Harlow Shipping Ltd on Monday. Banks and other firms that deal with the designated companies may expose themselves to sanctions.", "sanctions", Conditional);
act!(threaten_exposed_to_designation, "The Treasury designated Harlow Shipping Ltd on Monday. Brokers that trade with the persons designated today may themselves be exposed to designation by the Treasury.", "designation", Threaten);
// a state's weapons programme in a headline is no party: the state is the target
tgt!(headline_programme_is_no_party, "Treasury Targets Procurement Network Supporting Iran's Drone Program\n\nThe Treasury sanctioned six firms that bought engines for Iranian drones. The sanctions block their assets. OFAC sanctioned two more firms in May.", "Targets", Some("Iran"));
// a US president's surname before "administration" is the United States, in a text about another actor
actor!(actor_president_administration, "EU extends embargo on Syria\n\nThe Obama administration imposed sanctions on two Syrian generals in 2011.", "sanctions", Some("United States"));
// a party asked to join or match measures is their actor
actor!(actor_asked_to_join, "Canada imposed sanctions on Belarus in May. The State Department urged Japan to join the sanctions.", "sanctions", Some("Canada"));
#[test]
fn the_party_asked_to_join_or_match_acts() {
    for (text, want) in [
        ("Britain banned two Belarusian banks in May. The Foreign Office urged Japan to join the sanctions on Belarus.", "Japan"),
        ("Britain banned two Belarusian banks in May. Officials called on Canada to match the sanctions on Belarus.", "Canada"),
    ] {
        let cs = claims(text);
        let c = cs.iter().find(|c| c.trigger.of(text) == "sanctions").expect("a claim");
        assert_eq!(c.actor.as_deref(), Some(want), "{text}");
    }
}
// a body sentence that opens with its subject before "sanctions" and a named object: the verb
party!(body_subject_sanctions_object, "Beijing retaliates\n\nChina sanctions US arms makers over their sales to Taiwan.", "sanctions", actor: Some("China"), target: Some("United States"));
// a reason clause ends the target search ("over their sales to Taiwan")
#[test]
fn target_search_stops_at_a_reason() {
    for (text, trigger) in [
        ("Beijing retaliates\n\nChina sanctioned five American arms makers over their sales to Taiwan.", "sanctioned"),
        ("Canada retaliates\n\nCanada sanctioned two shipping firms for their role in moving oil to Syria.", "sanctioned"),
    ] {
        let cs = claims(text);
        let c = claim_with(&cs, text, trigger);
        assert!(!matches!(c.target.as_deref(), Some("Taiwan" | "Syria")), "{text}: {c:?}");
    }
}
// "more than N" opening the clause counts measures in force, no tightening; after a verb of adding it still widens
act!(impose_more_than_count, "More than 200 sanctions are now in force against Belarusian officials.", "sanctions", Impose);
act!(tighten_added_more_than, "The ministry added more than 30 firms to its sanctions list on Friday.", "sanctions", Tighten);
// "continue to enforce" keeps the measures (extend), no compliance
act!(extend_continue_to_enforce, "The Treasury will continue to enforce the sanctions on Belarus's potash sector.", "sanctions", Extend);
// kept out of a place in a sanctions text: a ban whose place is its actor, not its target
party!(banned_from_ports, "Brussels lists more tankers\n\nThe EU sanctioned 40 tankers on Monday. The sanctions follow earlier sanctions on insurers. Two Panama-flagged tankers were banned from EU ports on Tuesday.", "banned", actor: Some("European Union"), target: None);
party!(banned_from_entering, "London lists generals\n\nBritain sanctioned four generals on Monday. The sanctions follow earlier sanctions on their units. The four officers are banned from entering the UK.", "banned", actor: Some("United Kingdom"), target: None);
// a modal that opens a second verb phrase after the trigger does not hedge it
modal!(asserted_modal_of_a_second_verb_phrase, "Britain sanctioned four generals on Monday. The sanctions follow earlier sanctions. The officers are banned from entering the UK and may not hold property there.", "banned", Asserted);
// a body that agreed to act took the decision (asserted), as one that decided to
modal!(asserted_agreed_to, "EU envoys agreed to extend the sanctions on Belarus by a year.", "sanctions", Asserted);
modal!(asserted_agreed_to_and_to, "The ministers agreed to renew the sanctions on Belarus and to tighten the embargo on Iran.", "sanctions", Asserted);
// releasing frozen assets lifts the freeze
act!(lift_unfreezing, "Oslo releases Belarusian funds\n\nThe unfreezing of Belarusian assets in Norway was approved on Monday. The sanctions on Belarus stay.", "unfreezing", Lift);
// a title-case headline's participle after the described targets ends the target search: the
// place they were involved in is no target, and no document programme
#[test]
fn headline_involved_in_is_no_target() {
    let text = "Sanctioning Belarusian Officials Involved in the Abduction of Lithuanian Citizens\n\nThe United States sanctioned six officials on Monday. The sanctions follow earlier sanctions.";
    for c in claims(text) {
        assert_ne!(c.target.as_deref(), Some("Lithuania"), "{c:?}");
    }
}
// a party's stance on the measures is its claim: it is the source
source!(source_of_a_rejection, "Canada sanctioned nine Bolivian generals on Friday. Bolivia's military government rejected the sanctions as interference.", "sanctions", Some("Bolivia"));
source!(source_of_an_opposition, "The EU sanctioned two Serbian banks in May. Hungary still opposes the sanctions on Serbia.", "sanctions", Some("Hungary"));
modal!(reported_stance_called, "Canberra listed four Bolivian officials last month. Bolivia has called Australian sanctions an insult to its people.", "sanctions", Reported);
// "will not hesitate to impose" is a warning, no negation
act!(threaten_not_hesitate, "The United States said it would not hesitate to impose further sanctions on those who block the talks.", "sanctions", Threaten);
modal!(demanded_not_hesitate, "The United States said it would not hesitate to impose further sanctions on those who block the talks.", "sanctions", DemandedOrProposed);
// a State Department designation for corruption (Section 7031(c)) in a text with no sanctions word
#[test]
fn designation_for_corruption_is_a_claim() {
    let text = "Designation of Former Bolivian Official for Involvement in Significant Corruption\n\nThe Department of State is designating former Bolivian customs chief Ramiro Quispe Mamani for his involvement in significant corruption.";
    let cs = claims(text);
    assert!(cs.iter().any(|c| c.trigger.of(text) == "designating"), "{cs:?}");
    assert!(cs.iter().any(|c| c.trigger.of(text) == "Designation"), "{cs:?}");
}
// a progressive "is designating" takes its named object as the target
tgt!(progressive_designating_object, "Designation of Former Bolivian Official for Involvement in Significant Corruption\n\nThe Department of State is designating former Bolivian Minister of Mining Ramiro Quispe Mamani for his involvement in significant corruption.", "designating", Some("Ramiro Quispe Mamani"));
// a body's officer named right after it is the target, not the body
tgt!(body_officer_is_target, "The Department of State is designating former Harbour Authority chairperson Ilse Varga for corruption.", "designating", Some("Ilse Varga"));
// an export ban to foreign firms described by their state, in a sanctions text
act!(export_ban_to_described_firms, "Ottawa extended its sanctions on Minsk. The sanctions freeze the assets of officials, and the embargo on arms stays.\n\nOttawa also banned exports of dual-use goods to three companies in Serbia and the United Arab Emirates.", "banned", Impose);
// a party that only describes the target by a link to it is not the target
tgt!(linked_party_is_no_target, "Canberra sanctioned the Gazprom-linked Kessling Shipbuilding Company on Friday.", "sanctioned", Some("Kessling Shipbuilding Company"));
// the subject of "face" bears the measures; a nationality's government is its state
tgt!(subject_of_faced_is_the_target, "Tallinn and Riga press for more\n\nMoscow has faced Western sanctions since 2014, and the list grows every year.", "sanctions", Some("Russia"));
tgt!(nationality_government_under_sanctions, "Damascus courts investors\n\nThe Syrian government has been under sanctions since 2011, and few banks will touch its bonds.", "sanctions", Some("Syria"));
actor!(nationality_government_is_no_actor, "Damascus courts investors\n\nThe Syrian government has been under sanctions since 2011, and few banks will touch its bonds.", "sanctions", None);
// a short text: a sanctions agency's headline verb, "the measures" after a sanctions word, and
// the headline's actor for the claims that name none
#[test]
fn short_text_agency_headline_targets() {
    let text = "Treasury Targets Smuggling Ring in Nauru\n\nToday, OFAC took action against four firms that move fuel to the island.";
    assert!(claims(text).iter().any(|c| c.trigger.of(text) == "Targets"), "{:?}", claims(text));
}
#[test]
fn short_text_state_department_designates() {
    let text = "State Department Designates Two Bolivian Judges\n\nThe State Department today named two judges who took bribes.";
    assert!(claims(text).iter().any(|c| c.trigger.of(text) == "Designates"), "{:?}", claims(text));
}
actor!(short_text_measures_renewed, "Canada extends sanctions on Belarus\n\nCabinet met on Tuesday in Ottawa. The measures were renewed for two years.", "measures", Some("Canada"));
// a government calling the measures unlawful: an effect claim, on that government's state, by it
act!(effect_called_illegal, "Canberra sanctioned four Bolivian generals on Monday. The Bolivian Foreign Ministry called the measures illegal and said La Paz would respond.", "measures", Effect);
modal!(reported_called_illegal_and_would, "Canberra sanctioned four Bolivian generals on Monday. The Bolivian Foreign Ministry called the measures illegal and said La Paz would respond.", "measures", Reported);
tgt!(ministry_objector_is_its_state, "Canberra sanctioned four Bolivian generals on Monday. The Bolivian Foreign Ministry called the measures illegal and said La Paz would respond.", "measures", Some("Bolivia"));
act!(effect_sanctions_are_unlawful, "Canberra sanctioned four Bolivian generals on Monday. \"These sanctions are unlawful,\" a Bolivian minister said.", "sanctions", Effect);
act!(effect_what_it_called_illegal, "Canberra sanctioned four Bolivian generals on Monday. Peru condemned what it called illegal unilateral sanctions.", "sanctions", Effect);
// "once a …" is a former state, no condition; "hit hard by" is an effect
modal!(asserted_once_a_former_state, "Canberra sanctioned Bolivia's tin exporters in May. Tin sales, once a pillar of the budget, have been hit hard by the sanctions.", "sanctions", Asserted);
act!(effect_hit_hard_by, "Canberra sanctioned Bolivia's tin exporters in May. Tin sales, once a pillar of the budget, have been hit hard by the sanctions.", "sanctions", Effect);
// a sentence-case headline's one nationality of plural described targets names the programme
tgt!(sentence_case_headline_nationality, "Canberra sanctions Bolivian generals\n\nAustralia on Monday imposed sanctions on four generals over the crackdown.", "sanctions", Some("Bolivia"));
// the law's ban on causing evasion is a restriction, no evasion; the regime's own standing is no
// measure on anyone; a title-case section heading is no claim
act!(prohibited_from_causing_evasion, "Treasury sanctions Bolivian traders\n\nForeign firms are prohibited from causing American firms to breach U.S. sanctions.", "sanctions", Impose);
act!(integrity_of_the_regime, "Treasury designates Bolivian traders\n\nTreasury sanctioned six Bolivian traders today. The strength and integrity of U.S. sanctions rest on their fair use.", "sanctions", Other);
tgt!(integrity_of_the_regime_has_no_target, "Treasury designates Bolivian traders\n\nTreasury sanctioned six Bolivian traders today. The strength and integrity of U.S. sanctions rest on their fair use.", "sanctions", None);
#[test]
fn title_case_implications_heading() {
    let text = "Treasury sanctions Bolivian traders\n\nTreasury sanctioned six Bolivian traders today.\n\nSanctions Implications\n\nAll their property in the United States is blocked.";
    assert!(!claims(text).iter().any(|c| c.trigger.of(text) == "Sanctions"), "{:?}", claims(text));
}
// described targets that serve a state's body or act in a state: under its programme, that state
tgt!(officials_of_a_states_body, "Sanctions on Bolivian Election Officials\n\nThe United States is today sanctioning four officials of the National Electoral Council of Bolivia. The sanctions follow the vote.", "sanctioning", Some("Bolivia"));
tgt!(headline_reason_then_state, "Sanctioning Officials Responsible for Vote Rigging in Bolivia\n\nThe United States is today sanctioning four officials for undermining the vote. The sanctions follow the count.", "Sanctioning", Some("Bolivia"));
// a headline's reason after "for" is no target
tgt!(headline_reason_is_no_target, "Sanctioning Four Officials for Gross Violations of Human Rights\n\nThe Department of State is sanctioning four police officials today. The sanctions follow the crackdown.", "Sanctioning", None);
// measures another named party imposed, rejected, are that party's reaction: reported, not negated
// (a rejected call to impose them stays a refusal)
modal!(rejects_others_sanctions_headline, "Bolivia rejects new US sanctions\n\nLA PAZ — The government dismissed the measures.", "sanctions", Reported);
modal!(rejected_sanctions_announced_by, "The government of Bolivia on Tuesday rejected new sanctions announced by the United States.", "sanctions", Reported);
source!(rejected_sanctions_source_is_the_government, "The government of Bolivia on Tuesday rejected new sanctions announced by the United States.", "sanctions", Some("Bolivia"));
modal!(rejects_call_to_sanction_stays_negated, "Chile rejects U.S. call to sanction Bolivia", "sanction", Negated);
// "the regime of X" is the state X rules, when the text's claims target that state
#[test]
fn regime_of_a_ruler_is_the_state() {
    let text = "Bolivia rejects new US sanctions\n\nThe United States imposed sanctions on Bolivia on Monday. The regime of Ramon Estrada has been subject to U.S. sanctions since 2019.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!(c.target.as_deref(), Some("Bolivia"), "{:?}", c);
}
// "sanctions targeting X": X is the target, also when a government objects to them
tgt!(sanctions_targeting_object, "Bolivia hits back at Washington\n\nThe Bolivian government condemned the sanctions targeting its state mining company, Minerabol.", "sanctions", Some("Minerabol"));
// an unnamed spokesman speaks for the body named after "for": that body, as written
source!(spokesman_for_a_states_ministry, "Bolivia hits back at Washington\n\nA spokesman for the Bolivian foreign ministry said the sanctions were illegal.", "sanctions", Some("Bolivian foreign ministry"));
// what an embargo will not do is its effect; so is what new measures could do
act!(no_embargo_will_break, "Bolivia condemns US sanctions\n\nNo embargo will break our people, the minister said.", "embargo", Effect);
act!(new_measures_could_further_isolate, "Bolivia condemns US embargo\n\nAnalysts said the new sanctions could further isolate the country.", "sanctions", Effect);
// a member that would veto the measures is not their actor: the bloc is
#[test]
fn member_veto_is_no_actor() {
    let text = "EU weighs new sanctions on Bolivia\n\nThe European Union is preparing new sanctions on Bolivia. Hungary said it would veto any new sanctions on the country's mining sector.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!(c.actor.as_deref(), Some("European Union"), "{:?}", c);
}
// a duty after the measure, in a second predicate, is no demand of it: "are blocked and must be reported"
modal!(blocked_and_must_be_reported, "Treasury Sanctions Tin Smugglers\n\nToday, OFAC sanctioned three Bolivian companies and designated two of their owners. The sanctions follow earlier designations.\n\nSanctions Implications\n\nAs a result of today's action, all property of the persons above that is in the United States is blocked and must be reported to OFAC.", "blocked", Asserted);
// a delisted person after a role ("removed former oil minister X from its list") is the target;
// a headline's person described by nationality and office is the lede's named person
tgt!(removed_role_person_from_list, "Peru delists official\n\nPeru on Monday removed former Bolivian mining minister Tomas Quispe Arce from its sanctions list.", "sanctions", Some("Tomas Quispe Arce"));
tgt!(headline_national_office_is_the_ledes_person, "Peru lifts sanctions on former Bolivian mining minister\n\nPeru on Monday removed former Bolivian mining minister Tomas Quispe Arce from its sanctions list.", "sanctions", Some("Tomas Quispe Arce"));
// a review of a possessed listing is a claim; the addressee of "told" is not its actor
#[test]
fn review_of_his_listing_told_addressee() {
    let text = "Peru lifts sanctions on Tomas Quispe Arce\n\nPeru removed Tomas Quispe Arce from its sanctions list on Monday. He had been sanctioned in 2020.\n\nA spokesperson for the European Commission told Wikinews the EU has no plans to review his listing.";
    let cs = claims(text);
    let c = claim_with(&cs, text, "listing");
    assert_eq!((c.action, c.actor.as_deref()), (Action::Other, Some("European Union")), "{:?}", c);
}
// "embargo extension": the measure's extension, not a new one
act!(embargo_extension_headline, "Bolivia condemns EU arms embargo extension\n\nThe European Union extended its arms embargo on Bolivia for a year.", "embargo", Extend);
// a person described by nationality and trade is the person named after it, or the lede's
tgt!(national_billionaire_named, "Peru freezes assets\n\nPeru on Monday froze the assets of Bolivian billionaire Tomas Quispe Arce.", "froze", Some("Tomas Quispe Arce"));
tgt!(headline_national_billionaire_is_the_ledes, "Peru freezes assets of Bolivian billionaire\n\nPeru on Monday froze the assets of Bolivian billionaire Tomas Quispe Arce.", "freezes", Some("Tomas Quispe Arce"));
// one who will challenge the measures is their target, not their actor
party!(challenger_is_target, "UK acts against Bolivian trader\n\nThe United Kingdom on Monday sanctioned Tomas Quispe Arce, a Bolivian trader. Britain has sanctioned 40 Bolivian officials since 2024. Quispe said he would challenge the sanctions in court.", "sanctions", actor: Some("United Kingdom"), target: Some("Tomas Quispe Arce"));
// a fronted "According to X," names X, not the clause's subject after its comma
source!(fronted_according_to, "UK acts against Bolivian trader\n\nThe United Kingdom on Monday sanctioned Tomas Quispe Arce. According to Reuters, Washington is preparing similar sanctions.", "sanctions", Some("Reuters"));
// a person after a nationality and a capitalised office is the target, not the nationality
tgt!(national_capitalised_office_person, "Peru sanctions official\n\nPeru on Monday sanctioned Bolivian Interior Minister Tomas Quispe Arce.", "sanctioned", Some("Tomas Quispe Arce"));
// a state's company named in apposition after the state's possessive is the target
tgt!(states_company_apposed, "Peru acts on Bolivian mining\n\nThe United States imposed sanctions on Bolivia's state mining company, Minerabol, and two of its executives.", "sanctions", Some("Minerabol"));
// a ministry possessed by its state objects for the state, the measures' target
tgt!(possessed_ministry_objects_for_its_state, "EU targets Bolivian mining\n\nThe European Union sanctioned two mining firms. Bolivia's Foreign Ministry condemned the sanctions.", "sanctions", Some("Bolivia"));
// "the authorities in <capital>" object for their state: its source, and no refusal when
// they reject the measures in place as unlawful
#[test]
fn authorities_in_a_capital_reject_the_measures() {
    let text = "EU targets Belarusian potash\n\nThe European Union sanctioned two potash firms. The authorities in Minsk rejected the sanctions as illegal.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!((c.source.as_deref(), c.modality, c.target.as_deref()), (Some("Belarus"), Modality::Reported, Some("Belarus")), "{:?}", c);
}
// a state reporting a verdict on the measures is their target
tgt!(state_reports_a_verdict, "EU targets Belarusian potash\n\nThe European Union sanctioned two potash firms. The Kremlin said the new sanctions were illegal.", "sanctions", Some("Russia"));
// an infinitive's named object
tgt!(infinitive_named_object, "EU weighs listing\n\nThe European Union decided to blacklist the Tupac Katari Brigade on Friday.", "blacklist", Some("Tupac Katari Brigade"));
// a spokesman of a state's body named by its government words speaks for the state
source!(national_foreign_office_spokesman, "EU acts on Bolivian firms\n\nThe European Union froze the assets of two Bolivian firms. A German foreign office spokesman said the sanctions would stay in place.", "sanctions", Some("Germany"));
// a body's officer after a nationality ("the Ruritanian police chief X") is the target, not the body
tgt!(national_body_officer_person, "Peru adds Bolivian officials to sanctions list\n\nPeru on Monday sanctioned Bolivian KGB chairman Tomas Quispe Arce.", "sanctioned", Some("Tomas Quispe Arce"));
// the agent after "by" past its role: "announced by foreign ministry spokeswoman X"
#[test]
fn agent_after_by_and_a_role() {
    let text = "Peru acts on Bolivian mining\n\nPeru froze the assets of two Bolivian mining firms on Friday. The sanctions were announced by foreign ministry spokeswoman Ana Quispe Mamani at a briefing.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!(c.actor.as_deref(), Some("Ana Quispe Mamani"), "{:?}", c);
}
// a change since the measures, in the perfect, is their effect
act!(change_since_the_measures_perfect, "Bolivia condemns US embargo\n\nThe United States imposed an embargo on Bolivia. Tin exports have fallen by half since the sanctions were imposed in 2019.", "sanctions", Effect);
// the measures a verb trigger takes as its object make one predication with it
#[test]
fn verb_trigger_and_its_object_one_claim() {
    let text = "US weighs Bolivian sanctions\n\nThe United States eased sanctions on Bolivia in May. The minister said Washington was ready to reimpose the measures.";
    let cs = claims(text);
    assert_eq!(cs.iter().filter(|c| c.span.start > 60).count(), 1, "{:?}", cs);
}
// "the <nationality> foreign ministry said": that body, as written
source!(national_ministry_reports, "Peru acts on Bolivian mining\n\nLima froze the assets of two Bolivian mining firms, the Peruvian foreign ministry said.", "froze", Some("Peruvian foreign ministry"));
// a quoted verdict after an article ("the measures were a "hostile act"") is their effect
act!(quoted_verdict_after_article, "Peru acts on Bolivian mining\n\nPeru froze the assets of two Bolivian mining firms. Bolivia said the new sanctions were a \"hostile act\".", "sanctions", Effect);
// a state rejecting measures on a sector of its own (no party named after "on") is their target
tgt!(objector_of_measures_on_its_sector, "Bolivia rejects new US sanctions on mining sector\n\nThe United States imposed sanctions on Bolivia's mining sector.", "sanctions", Some("Bolivia"));
// a company in apposition before its abbreviation ("X, S.A. (XYZ)") is the target
tgt!(apposed_company_before_its_abbreviation, "Bolivia condemns US measures\n\nIn January, Washington announced sanctions targeting its state tin company, Estaño de Bolivia, S.A. (EDB).", "sanctions", Some("Estaño de Bolivia, S.A."));
// "blocked property in which X has an interest": X
tgt!(blocked_property_of_a_party, "Treasury Sanctions Tin Smugglers\n\nToday, OFAC sanctioned Andes Tin Trading LLC and designated its owner. The sanctions target a smuggling network. OFAC also identified two vessels as blocked property in which Andes Tin Trading LLC has an interest.", "blocked", Some("Andes Tin Trading LLC"));
// an evaluation as a noun phrase of its own ("called the sanctions an interference") is their effect
act!(called_the_measures_a_noun_phrase, "Peru acts on Bolivian mining\n\nPeru froze the assets of two Bolivian mining firms. The Bolivian government called the sanctions an interference in its internal affairs.", "sanctions", Effect);
// a federal department acting counts for the United States as the document's actor, over a
// partner acting once
#[test]
fn departments_act_for_the_united_states() {
    let text = "Treasury Sanctions Tin Smugglers\n\nToday, the Department of the Treasury sanctioned Andes Tin Trading LLC. The United Kingdom is also sanctioning two of its owners today. Treasury has also sanctioned Altiplano Metals SA. Today's action targets a smuggling network.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!(c.actor.as_deref(), Some("United States"), "{:?}", c);
}
// the antecedent of a relative clause set off by its comma is its passive's target
tgt!(relative_passive_antecedent, "Treasury Sanctions Tin Smugglers\n\nToday's action targets Andes Tin Trading LLC, which was previously designated by OFAC in June 2019.", "designated", Some("Andes Tin Trading LLC"));
// an apposed person past a title ("its defence minister, General X") is the target
tgt!(apposed_person_past_a_title, "Treasury Sanctions Bolivian Minister\n\nTreasury has also sanctioned Bolivia's defense minister, General Tomas Quispe Arce, and his deputy.", "sanctioned", Some("Tomas Quispe Arce"));
// "<state>'s <adjective> government" speaks for the state
source!(states_interim_government_asks, "UN keeps embargo on Bolivia\n\nThe UN Security Council kept its arms embargo on Bolivia. Bolivia's interim government has urged the Council to end the sanctions.", "sanctions", Some("Bolivia"));
// "…, targeting X's …" after the measures says what they target: one claim, X its target
#[test]
fn targeting_participle_joins_the_measures() {
    let text = "US sanctions Bolivian tin traders\n\nThe United States on Wednesday imposed sanctions on more than 40 firms, targeting Bolivia's ability to evade existing restrictions. The Treasury designated the firms under its Bolivia sanctions program.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.span.start > 30 && c.trigger.of(text) == "sanctions").expect("claim");
    assert_eq!((c.action, c.target.as_deref()), (Action::Impose, Some("Bolivia")), "{:?}", cs);
    assert!(!cs.iter().any(|c| c.trigger.of(text) == "targeting"), "{:?}", cs);
}
// "X announced on Friday that it had …": the reporter's state acts, and reports it
#[test]
fn reporter_of_it_after_a_dated_announcement() {
    let text = "Sanctions roundup\n\nThe United States sanctioned Bolivia again. Peru's foreign ministry announced on Friday that it had sanctioned 50 Bolivian officials.";
    let cs = claims(text);
    let c = cs.last().expect("claims");
    assert_eq!((c.actor.as_deref(), c.modality, c.source.as_deref()), (Some("Peru"), Modality::Reported, Some("Peru")), "{:?}", c);
}
