//! Quotes end to end through `annotate`: detection, kinds and attribution on sentences
//! written for these tests, and the failure modes (apostrophes, unbalanced marks, many
//! marks). Speakers are compared leniently, as the scorer does: the expected name's
//! words must all be in the predicted speaker's name.

use article_annotator::{annotate, Options, Unit};

/// (quote text, kind, speaker name) for every quote of `text`.
fn quotes(text: &str) -> Vec<(String, String, Option<String>)> {
    let a = annotate(text, &Options::default()).expect("annotate");
    let out = a.to_output(Unit::Codepoint);
    let v = serde_json::to_value(&out).expect("json");
    v["quotes"]
        .as_array()
        .expect("the quotes layer runs")
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap_or_default().to_string(),
                q["kind"].as_str().unwrap_or_default().to_string(),
                q["speaker_name"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn same_speaker(want: Option<&str>, got: Option<&str>) -> bool {
    match (want, got) {
        (None, None) => true,
        (Some(w), Some(g)) => {
            let g: Vec<String> = g.to_lowercase().split_whitespace().map(str::to_string).collect();
            w.to_lowercase().split_whitespace().all(|x| g.iter().any(|y| y == x))
        }
        _ => false,
    }
}

macro_rules! q {
    ($name:ident, $text:expr, [$(($quote:expr, $kind:expr, $who:expr)),*]) => {
        #[test]
        fn $name() {
            let got = quotes($text);
            let want: Vec<(&str, &str, Option<&str>)> = vec![$(($quote, $kind, $who)),*];
            assert_eq!(got.len(), want.len(), "{got:?}");
            for (g, w) in got.iter().zip(&want) {
                assert_eq!(g.0, w.0, "{got:?}");
                assert_eq!(g.1, w.1, "kind of {:?}", g.0);
                assert!(same_speaker(w.2, g.2.as_deref()), "speaker of {:?}: want {:?}, got {:?}", g.0, w.2, g.2);
            }
        }
    };
}

const LEAD: &str = "Harbour talks resume\n\n";

q!(name_after, &format!("{LEAD}“The harbour will reopen in spring,” Maria Lopez said on Monday."),
    [("The harbour will reopen in spring,", "direct", Some("Maria Lopez"))]);
q!(said_name_after, &format!("{LEAD}“Prices will fall before winter,” said Thomas Reed, an economist at a Lisbon bank."),
    [("Prices will fall before winter,", "direct", Some("Thomas Reed"))]);
q!(colon_before, &format!("{LEAD}Maria Lopez told reporters: “We will vote against the harbour bill.”"),
    [("We will vote against the harbour bill.", "direct", Some("Maria Lopez"))]);
q!(pronoun_continues, &format!("{LEAD}Maria Lopez opened the new pier on Friday.\n\n“It took nine years to build,” she said. “Nobody gave up.”"),
    [("It took nine years to build,", "direct", Some("Maria Lopez")), ("Nobody gave up.", "direct", Some("Maria Lopez"))]);
q!(split_quote, &format!("{LEAD}“What matters now,” Maria Lopez said, “is that the ferries run on time.”"),
    [("What matters now,", "direct", Some("Maria Lopez")), ("is that the ferries run on time.", "direct", Some("Maria Lopez"))]);
q!(partial_fragment, &format!("{LEAD}Thomas Reed called the delay “a slow-motion disaster” for local traders."),
    [("a slow-motion disaster", "partial", Some("Thomas Reed"))]);
q!(partial_then_attribution, &format!("{LEAD}The port “cannot wait for another winter,” Thomas Reed said."),
    [("cannot wait for another winter,", "partial", Some("Thomas Reed"))]);
q!(he_added, &format!("{LEAD}Thomas Reed praised the crews. “They worked through every storm,” he added."),
    [("They worked through every storm,", "direct", Some("Thomas Reed"))]);
q!(newspaper_paragraphs, &format!("{LEAD}Maria Lopez said: “The first ships arrive in May.\n\n“The fishing fleet follows in June.”"),
    [("The first ships arrive in May.", "direct", Some("Maria Lopez")), ("The fishing fleet follows in June.", "direct", Some("Maria Lopez"))]);
q!(apostrophes_are_not_quotes, &format!("{LEAD}Lopez's crews don't rest; the '90s were harder, and the Reeds' boats are old."), []);
q!(nested_inside_outer, &format!("{LEAD}Thomas Reed wrote: “The sign said ‘Closed for repairs’ all week.”"),
    [("The sign said ‘Closed for repairs’ all week.", "direct", Some("Thomas Reed"))]);
q!(unbalanced_stays_in_paragraph, &format!("{LEAD}The notice read “closed until further notice.\n\nThe ferry left at noon."),
    [("closed until further notice.", "partial", None)]);
q!(scare_quote_has_no_speaker, &format!("{LEAD}The town runs a “green” ferry service."), [("green", "partial", None)]);
q!(question_asked, &format!("{LEAD}“Who will pay for the repairs?” asked Maria Lopez."),
    [("Who will pay for the repairs?", "direct", Some("Maria Lopez"))]);

// British single marks, guillemets, and newspaper paragraphs
q!(british_single_marks, &format!("{LEAD}'The harbour will reopen in spring,' said Maria Lopez. 'The crews are ready.'"),
    [("The harbour will reopen in spring,", "direct", Some("Maria Lopez")), ("The crews are ready.", "direct", Some("Maria Lopez"))]);
q!(guillemets_inverted_cue, &format!("{LEAD}«Nous sommes prêts», said Maria Lopez on Monday."),
    [("Nous sommes prêts", "direct", Some("Maria Lopez"))]);
q!(newspaper_three_paragraphs, &format!("{LEAD}Maria Lopez said: “The first ships arrive in May.\n\n“The fishing fleet follows in June.\n\n“Then the ferries return.”"),
    [("The first ships arrive in May.", "direct", Some("Maria Lopez")), ("The fishing fleet follows in June.", "direct", Some("Maria Lopez")),
     ("Then the ferries return.", "direct", Some("Maria Lopez"))]);

// subject phrases: apposition, possessors, government bodies, capitals
q!(apposition_title_and_name, &format!("{LEAD}“The talks will fail,” said a former envoy to Norway, Sir Thomas Reed."),
    [("The talks will fail,", "direct", Some("Thomas Reed"))]);
q!(government_body_speaks, &format!("{LEAD}Norway's foreign ministry said the new tariff was “unfair to fishermen.”"),
    [("unfair to fishermen.", "partial", Some("Norway"))]);
q!(coordinated_cue, &format!("{LEAD}Norway's foreign ministry said Oslo had met each demand and urged both sides “to keep talking.”"),
    [("to keep talking.", "partial", Some("Norway"))]);
q!(capital_for_country, &format!("{LEAD}Norway protested on Friday. Oslo has long described the levy as “a barrier to trade.”"),
    [("a barrier to trade.", "partial", Some("Norway"))]);

// pronouns: two people in the previous sentence, bylines
q!(pronoun_after_two_people, &format!("{LEAD}Maria Lopez thanked Thomas Reed for the loan.\n\n“Without it we would have closed,” she said."),
    [("Without it we would have closed,", "direct", Some("Maria Lopez"))]);
q!(byline_is_no_speaker, "Harbour talks resume\n\nBy Thomas Reed\n\nThe port was quiet on Monday.\n\n“We will rebuild,” he said.",
    [("We will rebuild,", "direct", None)]);

// descriptions and naming verbs
q!(spokesperson_added, &format!("{LEAD}A Harbour Authority spokesperson said the pier was “safe.” The spokesperson added that it was “too early to say.”"),
    [("safe.", "partial", Some("Harbour Authority")), ("too early to say.", "partial", Some("Harbour Authority"))]);
q!(what_he_calls, &format!("{LEAD}Thomas Reed left the bank in May. He now advises funds on what he calls “the long game.”"),
    [("the long game.", "partial", Some("Thomas Reed"))]);

// dash lines, spokespeople, definite descriptions, relatives, listeners
q!(dash_line_speaker, &format!("{LEAD}“The harbour belongs to everyone who works in it.”\n\n– The Honourable Maria Lopez, Minister of Ports"),
    [("The harbour belongs to everyone who works in it.", "direct", Some("Maria Lopez"))]);
q!(no_dash_line_no_speaker, &format!("{LEAD}“The harbour belongs to everyone who works in it.”\n\nMaria Lopez, Minister of Ports"),
    [("The harbour belongs to everyone who works in it.", "direct", None)]);
q!(spokesman_for_embassy, &format!("{LEAD}A spokesman for the Chilean embassy said the fees were “unlawful.”"),
    [("unlawful.", "partial", Some("Chilean embassy"))]);
q!(spokeswoman_for_named_body, &format!("{LEAD}A spokeswoman for the Harbour Authority said the cranes were “back at work.”"),
    [("back at work.", "partial", Some("Harbour Authority"))]);
q!(the_company_wrote, &format!("{LEAD}Shipping group Orbis Freight Ltd. cut two routes on Monday.\n\n“Demand fell by a third,” the company wrote."),
    [("Demand fell by a third,", "direct", Some("Orbis Freight Ltd."))]);
q!(which_cited, &format!("{LEAD}Thomas Reed lost his licence, according to the Harbour Authority, which cited “repeated safety breaches.”"),
    [("repeated safety breaches.", "partial", Some("Harbour Authority"))]);
q!(first_person_told_is_not_listener, &format!("{LEAD}As I told Mayor Thomas Reed in May, “the pier will be rebuilt this year.”"),
    [("the pier will be rebuilt this year.", "direct", None)]);
q!(noting_that_keeps_speaker, &format!("{LEAD}Maria Lopez welcomed the loan but said it came “far too late”, noting that Norway had paid twice as much."),
    [("far too late", "partial", Some("Maria Lopez"))]);
q!(coordinated_after_quote, &format!("{LEAD}Maria Lopez called the ruling “a disgrace” and said Norway would “never accept it.”"),
    [("a disgrace", "partial", Some("Maria Lopez")), ("never accept it.", "partial", Some("Maria Lopez"))]);
q!(one_diplomat, &format!("{LEAD}“Nobody wants a price war,” one European diplomat in Oslo said, referring to the Harbour Authority (HA)."),
    [("Nobody wants a price war,", "direct", Some("European diplomat"))]);

#[test]
fn ten_thousand_marks_in_linear_time() {
    for unit in ["“a” ", "\"", "’", "‘x ", "“", "'b' ", "\" \n\n"] {
        let text = unit.repeat(10_000);
        let start = std::time::Instant::now();
        let got = quotes(&text);
        assert!(got.len() <= 10_000);
        assert!(start.elapsed().as_secs() < 5, "{unit:?} took {:?}", start.elapsed());
    }
}

#[test]
fn quote_spans_slice_cleanly() {
    let text = "“Ça va,” dit-elle. 👍 “Ok” ‘fine’ — «oui» „ja“ \"x\" 'y'\n\n“open";
    let a = annotate(text, &Options::default()).unwrap();
    for q in a.quotes.as_ref().unwrap() {
        assert!(text.get(q.span.start..q.span.end).is_some());
        assert!(!q.span.is_empty());
    }
    assert_eq!(a.quotes.as_ref().unwrap().len(), 8);
}

// "they" after a group of people named later than any organisation is that unnamed group
q!(they_after_a_group_of_people, &format!("{LEAD}In a letter to the Finance Ministry, the lawmakers said the port had been misused. “This is a scandal,” they wrote."),
    [("This is a scandal,", "direct", None)]);

// a cue in a clause of its own takes that clause's subject
q!(cue_in_a_subordinate_clause, &format!("{LEAD}Kazakhstan tightened the rules on Friday, after European officials warned of “serious consequences” for traders."),
    [("serious consequences", "partial", Some("European officials"))]);

// a fronted topic ("For X, …") is the antecedent of a later "he", not an earlier speaker
q!(fronted_topic_is_the_antecedent, &format!("{LEAD}“We lost two contracts,” said Pedro Alves, a driver. Maria Lopez runs the depot.\n\nFor Carlos Mendes, the choice is simpler. He may move to Porto. “I will sell fish,” he said."),
    [("We lost two contracts,", "direct", Some("Pedro Alves")), ("I will sell fish,", "direct", Some("Carlos Mendes"))]);

// a cue inside a relative clause with its own subject: that subject speaks
q!(relative_clause_subject_speaks, &format!("{LEAD}The court jailed Marco Ferreira, a banker whom Europol described as a “central figure” in the scheme."),
    [("central figure", "partial", Some("Europol"))]);

// "the government in <capital>" speaks for its state
q!(government_in_capital_speaks_for_state, &format!("{LEAD}Belarus held talks with Poland on Monday. The government in Minsk has called the ruling “absurd” and recalled its envoy."),
    [("absurd", "partial", Some("Belarus"))]);

// a word of a name is no cue: "the United States" before a fragment does not make it direct
q!(name_ending_in_a_cue_word_is_no_cue, &format!("{LEAD}A spokesperson for the State Department said the United States “welcomes the decision.”"),
    [("welcomes the decision.", "partial", Some("State Department"))]);

// "his office" and "her spokeswoman" speak for the person the possessive stands for
q!(possessive_office_speaks_for_the_person, &format!("{LEAD}The tycoon Marek Halloran denied the charges on Monday. His office called the ruling “absurd” and vowed to appeal."),
    [("absurd", "partial", Some("Marek Halloran"))]);

// "The judge disagreed. “…,” he wrote": the definite description before the pronoun names
// the judge ("Mr Justice X"), not the last man named; the lede's "A tribunal judge" is the
// judge the next paragraph names
q!(judge_description_before_pronoun, &format!("{LEAD}A tribunal judge on Monday dismissed as “without merit” a claim by the trader Oskar Lindqvist against the order.\n\nMr Justice Pemberton said in his ruling that the minister had acted lawfully.\n\nLindqvist brought the claim last year. His lawyer, Anna Berg, told the court that her client had done nothing wrong.\n\nThe judge disagreed. “The law asks what a person controls, not what he owns,” he wrote."),
    [("without merit", "partial", Some("Pemberton")), ("The law asks what a person controls, not what he owns,", "direct", Some("Pemberton"))]);

// a judge's finding is a reporting verb
q!(judge_found_is_a_cue, &format!("{LEAD}Judge Ewa Pemberton rejected the appeal on Tuesday. In a short ruling, she found that the firm had shown “a clear pattern of evasion” over two years."),
    [("a clear pattern of evasion", "partial", Some("Ewa Pemberton"))]);

// a state's body named after its description ("X's state news agency NAME") speaks itself
q!(named_body_after_state_description, &format!("{LEAD}Ecuador's state news agency ECNA said the drills were “a lawful act of defence” and would go on."),
    [("a lawful act of defence", "partial", Some("ECNA"))]);

// "I" in an interview's answer is the one interviewed, not the interviewer of the byline
q!(first_person_in_an_answer, "Q&A: A Customs Broker on the New Rules\n\nInterview by Jonas Ekholm\n\nHelena Varga has cleared lorries at the border for twenty years. We spoke to her in March.\n\nQ: What has changed?\n\nA: The paperwork has doubled. I tell my drivers, “Bring every invoice or do not come at all.”",
    [("Bring every invoice or do not come at all.", "direct", Some("Helena Varga"))]);

// "I" in a transcript paragraph labelled with a name is that person
q!(first_person_after_a_speaker_label, "Transcript: Minister Okafor on Fuel Prices\n\nThe following is a briefing given by Adaeze Okafor, the minister of energy.\n\nOKAFOR: Prices will fall. As I told the cabinet, “Nobody should pay for a war twice.”",
    [("Nobody should pay for a war twice.", "direct", Some("Adaeze Okafor"))]);

// a definite description that names nobody in the text, subject of the sentence just before,
// is what the pronoun stands for ("The … minister was cautious. “…,” he said")
q!(unnamed_definite_description_before_pronoun, &format!("{LEAD}The reply came from the deputy adviser, Tomas Berglund: “No deal is off the table.”\n\nThe Latvian trade minister, whose ministry hosted the talks, was more cautious. “We will wait for the vote,” he told reporters."),
    [("No deal is off the table.", "direct", Some("Tomas Berglund")), ("We will wait for the vote,", "direct", Some("Latvian trade minister"))]);

// "One trader said …. Another said “…”": another speaker of the same kind
q!(another_of_the_same_kind, &format!("{LEAD}One trader put it plainly: “We are paying twice.”\n\nAnother said prices would rise “within weeks, not months,” before the harvest."),
    [("We are paying twice.", "direct", Some("trader")), ("within weeks, not months,", "partial", Some("trader"))]);

// "Foreign ministers of X … called …": the body the ministers speak for
q!(ministers_of_a_body_speak_for_it, &format!("{LEAD}Foreign ministers of the Andean Trade Council, meeting in Lima on Monday, called the tariffs “a tax on the poor” in a joint text."),
    [("a tax on the poor", "partial", Some("Andean Trade Council"))]);

// "one of them said": one of the group named just before, not the country in that sentence
q!(one_of_them_is_one_of_the_group, &format!("{LEAD}Estonia is still holding out, according to three officials at the talks. “It will end tonight,” one of them said."),
    [("It will end tonight,", "direct", Some("official"))]);

// a fronted clause after a dateline can hold commas of its own: the subject comes after the
// comma that opens a noun phrase
q!(fronted_clause_with_a_list, &format!("{LEAD}OSLO — When Norway, Sweden and Finland barred the trawlers last week, the ruling Coastal Alliance dismissed the move as “a show for the cameras.”"),
    [("a show for the cameras.", "partial", Some("Coastal Alliance"))]);

// "X's foreign ministry …. It said …": the state's body of the sentence before speaks
q!(it_after_a_state_body, &format!("{LEAD}Peru signed the deal on Monday. Chile's foreign ministry welcomed the vote and criticised the delay. It said the talks had been “needlessly slow.”"),
    [("needlessly slow.", "partial", Some("Chile"))]);

// "X has not commented. Its state media …": the body belongs to the subject before
q!(its_body_is_the_subjects_before, &format!("{LEAD}Venezuela has not commented. Its state media have called the measures “an act of piracy” in the past."),
    [("an act of piracy", "partial", Some("Venezuela"))]);

// a cue in a relative clause whose subject is a description ("a post that one colleague
// called …") is that description's, not the main clause's
q!(relative_clause_description_speaks, &format!("{LEAD}Since May, the veteran lawyer has served as the bank's Special Envoy for the Baltic, a post that one colleague called “the loneliest job in Brussels.”"),
    [("the loneliest job in Brussels.", "partial", Some("colleague"))]);

// an interview's headline quotes the one who answers
q!(interview_headline_quotes_the_answerer, "‘Every Invoice Counts’: A Customs Broker on the New Rules\n\nBy Jonas Ekholm\n\nHelena Varga has cleared lorries at the border for twenty years. We spoke to Helena Varga in March.\n\nQ: What has changed?\n\nA: The paperwork has doubled.",
    [("Every Invoice Counts", "direct", Some("Helena Varga"))]);

// an unnamed individual after the cue gets the description as a label: "said a farmer near X"
q!(unnamed_farmer_after_cue, &format!("{LEAD}Fishing crews fear the quotas will ruin the season. “Nobody in the harbour can plan a single week ahead,” said a farmer near Tralee who asked not to be named."),
    [("Nobody in the harbour can plan a single week ahead,", "direct", Some("farmer"))]);

// a "so-called" term is a scare quote nobody says, even next to a named person
q!(so_called_term_has_no_speaker, &format!("{LEAD}The agency put Dorota Walczak on its list last year under the so-called “family ties” rule, which reaches the relatives of listed traders."),
    [("family ties", "partial", None)]);

// "the company" is the name a business apposition described ("X, one of … exporters")
q!(company_after_business_apposition, &format!("{LEAD}Regulators froze the accounts of Quenta Rimac, one of Peru's largest fishmeal exporters, on Monday.\n\nPort workers said loading had stopped.\n\n“We sell feed, not favours,” the company said in a statement."),
    [("We sell feed, not favours,", "direct", Some("Quenta Rimac"))]);

// "the judges wrote" after a court is named: the bench speaks as its court
q!(judges_speak_as_their_court, &format!("{LEAD}The Supreme Court of Norland on Tuesday struck down the fishing ban.\n\nThe ban had been challenged by two trawler owners.\n\n“The ministry never weighed the cost to the coast,” the judges wrote."),
    [("The ministry never weighed the cost to the coast,", "direct", Some("Supreme Court of Norland"))]);
// the nouns "states" and "call" are no reporting verbs
q!(states_and_call_nouns_no_cue, &format!("{LEAD}Maria Lopez met the envoys on Monday. Arab states “will not pay for new tolls,” she said. The call “came too late for the crews,” Thomas Reed added."),
    [("will not pay for new tolls,", "partial", Some("Maria Lopez")), ("came too late for the crews,", "partial", Some("Thomas Reed"))]);
// a headline's quote that the body quotes again takes the body's speaker; one the body never quotes has none
q!(headline_quote_requoted_in_body, "Harbour chief calls toll plan “a slow robbery”\n\nThe port board met on Monday. Maria Lopez, who runs the harbour, called the plan “a slow robbery” in a letter to the board.",
    [("a slow robbery", "partial", Some("Maria Lopez")), ("a slow robbery", "partial", Some("Maria Lopez"))]);
q!(headline_quote_not_in_body, "Harbour chief calls toll plan “a slow robbery”\n\nThe port board met on Monday. Maria Lopez said the plan was “unfair to fishermen”.",
    [("a slow robbery", "partial", None), ("unfair to fishermen", "partial", Some("Maria Lopez"))]);

/// (cue, speaker mention) of every quote of `text`.
fn cues(text: &str) -> Vec<(String, String)> {
    let a = annotate(text, &Options::default()).expect("annotate");
    let v = serde_json::to_value(a.to_output(Unit::Codepoint)).expect("json");
    let field = |q: &serde_json::Value, k: &str| q[k]["text"].as_str().unwrap_or_default().to_string();
    v["quotes"].as_array().expect("the quotes layer runs").iter().map(|q| (field(q, "cue"), field(q, "speaker_mention"))).collect()
}

// a rank or title after the quote is its own attribution ("the colonel said"), not a cue of the
// sentence before
#[test]
fn ranks_and_titles_attribute_after_the_quote() {
    for head in ["colonel", "admiral", "sergeant", "sheikh", "lieutenant"] {
        let title = head[..1].to_uppercase() + &head[1..];
        let text = format!("{LEAD}{title} Ivo Kade dismissed the report. “Nothing has changed,” the {head} said.");
        assert_eq!(cues(&text), vec![("said".to_string(), format!("the {head}"))], "{head}");
    }
}

// "the statement added" after "In a statement, X …": the statement is X's
q!(statement_of_a_fronted_in_a_statement, &format!("{LEAD}In a statement, the Norland Ministry of Fisheries welcomed the ruling, saying it was “a fair outcome.” The statement added: “We will respect the court’s decision.”"),
    [("a fair outcome.", "partial", Some("Norland Ministry of Fisheries")), ("We will respect the court’s decision.", "direct", Some("Norland Ministry of Fisheries"))]);
// a title before a known body and the person right after it: "According to Director of the Office of Foreign Assets Control Jane Doe, “…”"
q!(person_after_a_known_body, &format!("{LEAD}According to Director of the Office of Foreign Assets Control Dorota M. Walczak, “the list grew by a third this year.”"),
    [("the list grew by a third this year.", "partial", Some("Dorota M. Walczak"))]);
// a description after the quote that fits no one named before ("the minister" after a
// harbour chief) is an unnamed person, not the one named; the last-named minister when one is
q!(description_fits_no_one_named, &format!("{LEAD}Harbour chief Ivo Kade dismissed the report. “Nothing has changed,” the minister said."),
    [("Nothing has changed,", "direct", Some("minister"))]);
q!(description_fits_the_last_named_with_the_title, &format!("{LEAD}Fisheries Minister Lena Osk spoke first. Harbour chief Ivo Kade dismissed the report. “Nothing has changed,” the minister said."),
    [("Nothing has changed,", "direct", Some("Lena Osk"))]);
// "a spokesperson said" after "The Tarvanian embassy …": the embassy speaks
q!(spokesperson_of_a_peoples_body, &format!("{LEAD}The Tarvanian embassy rejected the sanctions. “These measures break the law,” a spokesperson said."),
    [("These measures break the law,", "direct", Some("Tarvanian embassy"))]);
// "rejected the measures as “…”": the one who rejects
q!(rejected_as, &format!("{LEAD}The Norland Ministry of Fisheries rejected the quotas as “unfair and unworkable.”"),
    [("unfair and unworkable.", "partial", Some("Norland Ministry of Fisheries"))]);
// "According to the ruling, “…”": the court that ruled
q!(according_to_the_ruling, &format!("{LEAD}The Norland Supreme Court upheld the fishing ban. According to the ruling, “the ban was lawful.”"),
    [("the ban was lawful.", "direct", Some("Norland Supreme Court"))]);

// a body that only describes an unnamed person after the cue: the description speaks, as before it
q!(unnamed_official_of_a_body_after_cue, &format!("{LEAD}The Ministry of Ports stayed silent.\n\n“The pier cost too much,” said a former Ministry of Ports official who worked on Ruritania policy."),
    [("The pier cost too much,", "direct", Some("former Ministry of Ports official"))]);
q!(spokesperson_of_a_body_after_cue, &format!("{LEAD}“The pier is safe,” said a Ministry of Ports spokesperson."),
    [("The pier is safe,", "direct", Some("Ministry of Ports"))]);

// a participle after a comma shares the main clause's subject, not the reported clause's
q!(participle_after_reported_clause, &format!("{LEAD}A Polish diplomat told us Warsaw would not back the quotas, arguing that they would “hurt the smaller ports.”"),
    [("hurt the smaller ports.", "partial", Some("Polish diplomat"))]);
// "whom the department described as …": the body the definite noun stands for
q!(relative_clause_with_a_body_subject, &format!("{LEAD}The Norland Department of Ports listed four firms. Among them is Tarvo Shipping, whom the department described as the ring's “main carrier.”"),
    [("main carrier.", "partial", Some("Norland Department of Ports"))]);
// "analysts at <place> <kind> <Name>": the firm, past the place and its kind
q!(analysts_at_a_described_firm, &format!("{LEAD}Analysts at Lisbon brokerage Marvela Capital cut their forecast, saying the ban “is not priced in”."),
    [("is not priced in", "partial", Some("Marvela Capital"))]);
// a cue in a clause coordinated after a whole clause: that clause's subject
q!(cue_in_a_coordinated_clause, &format!("{LEAD}Norland was not among the flags named, and a Treasury spokesperson said the department “welcomed the steps”."),
    [("welcomed the steps", "partial", Some("Treasury"))]);
// "X said it … but warned that “…”": the subject of the first cue
q!(cue_coordinated_by_but, &format!("{LEAD}Harbourmet, the main shipping federation, said it backed the quotas but warned that small ports “cannot keep guessing” what is covered."),
    [("cannot keep guessing", "partial", Some("Harbourmet"))]);
// "According to a readout from X": the document's author speaks
q!(readout_from_a_body, &format!("{LEAD}According to a readout from the Norland Ministry of Ports, the two sides discussed “next steps on the quotas.”"),
    [("next steps on the quotas.", "partial", Some("Norland Ministry of Ports"))]);
// "the statement from the <people's> presidency read: …": "read" is a document's cue
q!(statement_read, &format!("{LEAD}The statement from the Venezuelan presidency read: “Our ports are not for sale.”"),
    [("Our ports are not for sale.", "direct", Some("Venezuela"))]);
// "read" with no document before it is no cue
q!(read_is_no_cue_for_a_person, &format!("{LEAD}Maria Lopez read the list aloud. “It is long,” Tomas Kell said."),
    [("It is long,", "direct", Some("Tomas Kell"))]);
// a clause after the quote that opens with "while" has its own cue and subject
q!(while_clause_after_the_quote, &format!("{LEAD}Norland on Tuesday dismissed the quotas as “pointless”, while the Ruritanian harbour board said more were “on the table”."),
    [("pointless", "partial", Some("Norland")), ("on the table", "partial", Some("Ruritanian harbour board"))]);
// "X welcomed it. “…,” the <people's> president wrote": X, whom the text gives no other role
q!(definite_title_after_a_bare_name, &format!("{LEAD}Mikhail Sorin welcomed the quotas. “Every boat counts,” the Ukrainian president wrote on Telegram."),
    [("Every boat counts,", "direct", Some("Mikhail Sorin"))]);
// the text's own cues about a person outweigh the gender a given name has elsewhere ("Nino"):
// a kinship noun in apposition, and "she" right after the name with no one else to mean
q!(kin_noun_outweighs_given_name_gender, &format!("{LEAD}Tomas Vilk was detained on Friday. His wife, Nino Vilk, told reporters she had not seen him. “They took him at dawn,” she said."),
    [("They took him at dawn,", "direct", Some("Nino Vilk"))]);
q!(pronoun_outweighs_given_name_gender, &format!("{LEAD}Nino Tsereteli, the former harbour chief, criticised the vote on Monday. “The count was stolen,” she said."),
    [("The count was stolen,", "direct", Some("Nino Tsereteli"))]);
// an office title with its portfolio before the speaker's name
q!(speaker_after_an_office_title, &format!("{LEAD}“The network is exposed,” said Acting Under Secretary of the Treasury for Water and Public Works Lena Corvath. She added that more steps would follow."),
    [("The network is exposed,", "direct", Some("Lena Corvath"))]);
// a surname that is also a town, after the full name
q!(surname_that_is_a_town, &format!("{LEAD}Andrea Colombo, a diplomat, met her later. “We discussed the harbour,” Colombo said."),
    [("We discussed the harbour,", "direct", Some("Andrea Colombo"))]);
// a state's media speak as the state: the one their people's word names, else the state last
// named before them
q!(state_media_speak_as_the_state, &format!("{LEAD}Police in Tehran held two sailors on Friday. State media said the pair had “entered illegally”. State TV said they had “confessed”."),
    [("entered illegally", "partial", Some("Iran")), ("confessed", "partial", Some("Iran"))]);
q!(state_media_of_a_people, &format!("{LEAD}Turkish state television said the talks were “constructive”."),
    [("constructive", "partial", Some("Turkey"))]);
