//! Sanctions claims: each statement about sanctions as a frame (action, actor, target, modality, source, trigger).
//!
//! The layer works sentence by sentence on the tokens of [`Doc`]: it finds trigger words
//! (sanctions, embargoes, designations, bans on foreign parties, export controls, …),
//! splits a sentence into clauses, reads the action and the modality from cue words in the
//! trigger's clause, and resolves actor, target and source to canonical entity names through
//! the entity layer's clusters (with a capitalised-name fallback while that layer is empty),
//! metonymy ("Washington", "Pyongyang"), demonyms ("Russian" → Russia), pronouns, "we" in a
//! government statement, reporting verbs and the quotes layer's speakers.

use crate::model::{Action, Claim, Cluster, Label, Mention, Modality, Quote};
use crate::segment::{starts_upper, Doc, Kind, Lower, Mark, Role};
use crate::span::Span;
use std::borrow::Cow;

/// An owned copy of a string, out of line (one copy of the allocation and `memcpy` in the .wasm, not one per call).
pub(crate) trait Own {
    type Out;
    fn own(&self) -> Self::Out;
}

impl Own for str {
    type Out = String;
    #[inline(never)]
    fn own(&self) -> String {
        self.to_owned()
    }
}

impl Own for Option<String> {
    type Out = Option<String>;
    #[inline(never)]
    fn own(&self) -> Option<String> {
        self.as_deref().map(str::own)
    }
}

/// The span from token `a`'s start to token `b`'s end (out of line: one copy of the index tests).
#[inline(never)]
pub(crate) fn tok_span(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(tk(doc, a).span().start, tk(doc, b).span().end)
}

/// Token `i` (out of line: one copy of the index test).
#[inline(never)]
pub(crate) fn tk<'d>(doc: &'d Doc, i: usize) -> &'d crate::segment::Token {
    &doc.tokens[i]
}

/// Find the sanctions claims of `doc`.
pub fn find(doc: &Doc, mentions: &[Mention], clusters: &[Cluster], quotes: &[Quote]) -> Option<Vec<Claim>> {
    let lbuf = lower_text(doc);
    let cx = Ctx::new(doc, &lbuf, mentions, clusters, quotes);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut at = 0;
    // (a sentence's triggers and clause bounds in lists made once for all sentences)
    let mut scratch = (Vec::new(), Vec::new());
    for s in 0..doc.sentences.len() {
        cx.sentence(s, &mut drafts, &mut at, &mut scratch);
    }
    // document-level defaults: the main target and the issuing/main sanctioning state
    // the document's main target state (a country programme), else the state the text names most
    // only a document about a country programme (the headline names the state, not as its
    // subject) has one: then unnamed or governmental objects are that state
    let mut programme = cx.programme_states();
    // a headline that names no target state: the state whose nationals or firms the claims
    // describe as their targets in two sentences or more ("four North Korean trading firms",
    // "three North Korean officials") is the programme, when the headline is about sanctions
    if programme.is_empty() && cx.sanctions_headline() {
        let mut seen: Vec<(usize, String)> = drafts.iter().filter(|d| d.target.is_none()).filter_map(|d| Some((d.sent, d.nationality.own()?))).filter(|(_, n)| !is_sanctioner(n)).collect();
        seen.dedup();
        if let Some(n) = most_frequent(seen.iter().map(|(_, n)| n.own())) {
            if seen.iter().filter(|(_, m)| *m == n).count() >= 2 {
                programme.push(n);
            }
        }
    }
    // a roundup of four sanctioning states or bodies or more: a claim that names no actor is by
    // the last state that acted in its paragraph (its section), not by the document's one
    let mut distinct: Vec<&str> = drafts.iter().filter_map(|d| d.actor.as_deref()).filter(|a| cx.is_state(a) || is_body(a)).collect();
    crate::sort::sort(&mut distinct);
    distinct.dedup();
    let roundup = distinct.len() >= 4;
    // (a real roundup's headline lists its sections: "X delists …, Y adds …")
    let listing_headline = doc.sentences.first().is_some_and(|f| (f.tokens.0..f.tokens.1).any(|k| cx.w(k) == ","));
    // a headline that names no state or nationality ("Snapback Was the Easy Part"): the state the
    // claims name as their target in two sentences or more, and more often than any other
    let headline_names_state = doc.sentences.first().is_some_and(|f| (f.tokens.0..f.tokens.1).any(|k| cx.ent(k).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Norp) && !is_sanctioner(&e.party))));
    if programme.is_empty() && !headline_names_state {
        let mut seen: Vec<(usize, String)> = drafts.iter().filter_map(|d| Some((d.sent, d.target.own()?))).filter(|(_, t)| cx.is_state(t) && !is_sanctioner(t)).collect();
        seen.dedup();
        let count = |n: &str| seen.iter().filter(|(_, t)| t == n).count();
        if let Some(best) = most_frequent(seen.iter().map(|(_, t)| t.own())) {
            if count(&best) >= 2 && seen.iter().all(|(_, t)| *t == best || count(t) < count(&best)) {
                programme.push(best);
            }
        }
        // or the party the headline names that the first claim after it targets ("Taliban Ministers …"), but for a roundup
        let in_headline = |t: &str| doc.sentences.first().is_some_and(|f| (f.tokens.0..f.tokens.1).any(|k| cx.ent(k).is_some_and(|e| e.party == t)));
        if let Some(t) = drafts.iter().find(|d| d.sent > 0).and_then(|d| d.target.own()).filter(|t| programme.is_empty() && !(roundup && listing_headline) && in_headline(t)) {
            programme.push(t);
        }
    }
    let doc_target = most_frequent(drafts.iter().filter_map(|d| d.target.as_ref()).filter(|t| programme.contains(t)).cloned()).or_else(|| programme.first().cloned());
    let doc_actor = cx.default_actor(&drafts, doc_target.as_deref());
    // the United Nations imposes sanctions through its Security Council: when the text names the
    // Council (outside quotations), the Council is the default actor
    let council = cx.ents.iter().filter(|e| !cx.in_quote(e.ts)).map(|e| &*e.party).find(|p| p.strip_suffix("Security Council").is_some_and(|un| one_of!(un.trim_end(), "" | "UN" | "U.N." | "United Nations")));
    let doc_actor = match doc_actor {
        Some(a) if a == "United Nations" => Some(council.map_or(a, str::to_string)),
        // (no one state or body acts most: the Council, when it acts in the lede's first claim)
        None => drafts.iter().find(|d| d.sent > 0).and_then(|d| d.actor.as_deref()).filter(|a| Some(*a) == council).map(str::to_string),
        a => a,
    };
    // described targets of the programme's nationality ("six Russian traders") are the programme
    // state only in a document whose headline is about sanctions
    if !cx.sanctions_headline() {
        drafts.iter_mut().for_each(|d| d.nationality = None);
    }
    // a question-and-answer interview ("Q: …" / "A: …" paragraphs): the answers are the
    // interviewee's words, reported, though not in quotation marks. In the transcript of a
    // press briefing, the spokesperson speaks as the issuer: the author's voice.
    let briefing = briefing_transcript(doc);
    // (an answer with no speaker's label of its own is the text's interviewee's, the same in
    // every such paragraph: asked once, as its look-up reads every paragraph of the text)
    let mut interviewee: Option<Option<usize>> = None;
    for d in drafts.iter_mut().filter(|d| d.source.is_none() && !briefing) {
        let p = doc.sentences.get(d.sent).map_or(usize::MAX, |s| s.paragraph);
        let ask = || crate::entities::answerer(doc, mentions, clusters, p);
        let c = if doc.paragraphs.get(p).is_some_and(|q| q.role == Role::Answer && q.label.is_none()) { *interviewee.get_or_insert_with(ask) } else { ask() };
        if let Some(c) = c.and_then(|c| clusters.get(c)) {
            d.source = Some(c.name.own());
            if d.modality == Modality::Asserted {
                d.modality = Modality::Reported;
            }
        }
    }
    // (the state a regime rules: the document's target state, else the state the claims target most)
    let ruled = doc_target.clone().filter(|t| cx.is_state(t)).or_else(|| most_frequent(drafts.iter().filter_map(|d| d.target.clone()).filter(|t| cx.is_state(t) && !is_sanctioner(t))));
    let mut out = Vec::with_capacity(drafts.len());
    // every named target with its sentence and its trigger's head noun (the last one, for "the
    // ban" and other short references)
    let mut named: Vec<(&str, usize, String, bool)> = Vec::new();
    // relief and new measures are different measures: "the freeze" after a delisting is not the delisted's
    let relief = |a: Action| matches!(a, Action::Lift | Action::Ease | Action::Suspend);
    let mut last_actor: Option<(usize, String)> = None;
    let mut last_target: Option<(usize, String)> = None;
    let headline_colon = doc.sentences.first().is_some_and(|f| (f.tokens.0..f.tokens.1).any(|k| cx.w(k) == ":"));
    // a headline that only describes its target ("… ferry operator"): the firm or person the lede names
    let lede = drafts.iter().find(|d| d.sent > 0).filter(|d| d.sent <= 2).and_then(|d| d.target.own()).filter(|t| !cx.is_state(t) && !is_authority(t));
    for mut d in drafts {
        // (and "the UN sanctions …" too, but not spelled-out "United Nations sanctions")
        if d.actor.as_deref() == Some("United Nations") && !doc.text.get(..d.trigger.start).is_some_and(|t| t.trim_end().ends_with("United Nations")) {
            d.actor = council.map(str::to_string).or(d.actor);
        }
        if d.sent == 0 && d.target.is_none() {
            d.target = lede.own();
        }
        // a ruler's regime is the state it rules, the document's target state: "the regime of X"
        // (a person) is the state's
        if let Some(st) = ruled.as_ref().filter(|_| d.target.as_ref().is_some_and(|t| cx.regime(d.sent, t))) {
            d.target = Some(st.own());
        }
        let para = doc.sentences.get(d.sent).map_or(0, |s| s.paragraph);
        if d.actor.is_none() && d.actor_rule != ActorRule::Null && roundup {
            if let Some((p, a)) = &last_actor {
                if *p == para && Some(a) != d.target.as_ref() {
                    d.actor = Some(a.own());
                }
            }
        } else if let Some(a) = d.actor.as_ref().filter(|_| roundup && !matches!(d.action, Action::Comply | Action::Violate | Action::Effect) && d.modality != Modality::Negated) {
            // (kept for a roundup alone, its only reader: no copy of every actor)
            last_actor = Some((para, a.own()));
        }
        // (the same measure named again first: "the embargo" is the embargo's, not the asset freeze's after it)
        let head = doc.text.get(d.trigger.start..d.trigger.end).and_then(|t| t.rsplit(' ').next()).unwrap_or("").trim_end_matches('s');
        if d.target.is_none() && d.target_default && d.definite {
            // (`named` is in text order: look back no further than three sentences, so that a long
            // text's many measures are not all read again for every claim)
            let same = named.iter().rev().take_while(|(_, s, _, _)| d.sent < *s || d.sent - s <= 3).find(|(h, s, _, r)| h.eq_ignore_ascii_case(head) && d.sent >= *s && *r == relief(d.action));
            if let Some((_, s, t, r)) = same.or(named.last()) {
                if d.sent >= *s && d.sent - s <= 3 && *r == relief(d.action) {
                    let t = t.own();
                    let mut d = d;
                    d.target = Some(t);
                    out.push(finish(d, &doc_actor, &doc_target));
                    continue;
                }
            }
            // else "the designation" is the lede's: the text's named party (in a text with no programme)
            if doc_target.is_none() && !(roundup && listing_headline) {
                d.target = lede.own();
            }
        }
        if let Some(t) = &d.target {
            named.push((head, d.sent, t.own(), relief(d.action)));
        }
        // a roundup's sections ("Sanctions week: X delists …, Y adds …") have targets of their
        // own: the last one named in the paragraph
        if roundup && listing_headline && headline_colon {
            if let Some(t) = &d.target {
                last_target = Some((para, t.own()));
            }
            let section = last_target.as_ref().filter(|(p, _)| *p == para).map(|(_, t)| t.own());
            out.push(finish(d, &doc_actor, &section));
            continue;
        }
        out.push(finish(d, &doc_actor, &doc_target));
    }
    Some(out)
}

/// A draft with the document's defaults applied.
fn finish(d: Draft, doc_actor: &Option<String>, doc_target: &Option<String>) -> Claim {
    {
        // (the draft's own names moved into the claim, not copied)
        let actor = match (d.actor, d.actor_rule) {
            (Some(a), _) => Some(a),
            (None, ActorRule::Default | ActorRule::Document) => doc_actor.own().filter(|a| Some(a.as_str()) != d.target.as_deref()),
            (None, ActorRule::Null) => None,
        };
        let target = match d.target {
            // a sanctions authority is no target ("the Security Council sanctions list", "the Office of Financial Sanctions Implementation fined …")
            Some(t) if is_authority(&t) => None,
            Some(t) => Some(t),
            None if d.counter => doc_actor.own().filter(|t| Some(t) != actor.as_ref()),
            None if d.target_default => doc_target.own().filter(|t| Some(t) != actor.as_ref()),
            None if d.nationality.is_some() && d.nationality == *doc_target => doc_target.own().filter(|t| Some(t) != actor.as_ref()),
            None => None,
        };
        Claim { span: d.span, action: d.action, actor, target, modality: d.modality, source: d.source, trigger: d.trigger }
    }
}

// ---------- lexicons ----------

/// Demonyms and adjectives of states and unions, with the country they stand for: one
/// "demonym\tcountry" a line (read by [`pairs`]).
const DEMONYMS: &str = "\
    Afghan\tAfghanistan\n\
    Albanian\tAlbania\n\
    Algerian\tAlgeria\n\
    American\tUnited States\n\
    Angolan\tAngola\n\
    Argentine\tArgentina\n\
    Armenian\tArmenia\n\
    Australian\tAustralia\n\
    Austrian\tAustria\n\
    Azerbaijani\tAzerbaijan\n\
    Bahraini\tBahrain\n\
    Bangladeshi\tBangladesh\n\
    Belarusian\tBelarus\n\
    Belgian\tBelgium\n\
    Beninese\tBenin\n\
    Bolivian\tBolivia\n\
    Bosnian\tBosnia and Herzegovina\n\
    Brazilian\tBrazil\n\
    British\tUnited Kingdom\n\
    Bulgarian\tBulgaria\n\
    Burmese\tMyanmar\n\
    Burundian\tBurundi\n\
    Cambodian\tCambodia\n\
    Cameroonian\tCameroon\n\
    Canadian\tCanada\n\
    Chadian\tChad\n\
    Chilean\tChile\n\
    Chinese\tChina\n\
    Colombian\tColombia\n\
    Congolese\tDemocratic Republic of the Congo\n\
    Croatian\tCroatia\n\
    Cuban\tCuba\n\
    Cypriot\tCyprus\n\
    Czech\tCzech Republic\n\
    Danish\tDenmark\n\
    Dutch\tNetherlands\n\
    Ecuadorian\tEcuador\n\
    Egyptian\tEgypt\n\
    Emirati\tUnited Arab Emirates\n\
    Eritrean\tEritrea\n\
    Estonian\tEstonia\n\
    Ethiopian\tEthiopia\n\
    European\tEuropean Union\n\
    Filipino\tPhilippines\n\
    Finnish\tFinland\n\
    French\tFrance\n\
    Georgian\tGeorgia\n\
    German\tGermany\n\
    Ghanaian\tGhana\n\
    Greek\tGreece\n\
    Guatemalan\tGuatemala\n\
    Guinean\tGuinea\n\
    Haitian\tHaiti\n\
    Honduran\tHonduras\n\
    Hungarian\tHungary\n\
    Indian\tIndia\n\
    Indonesian\tIndonesia\n\
    Iranian\tIran\n\
    Iraqi\tIraq\n\
    Irish\tIreland\n\
    Israeli\tIsrael\n\
    Italian\tItaly\n\
    Ivorian\tIvory Coast\n\
    Japanese\tJapan\n\
    Jordanian\tJordan\n\
    Kazakh\tKazakhstan\n\
    Kenyan\tKenya\n\
    Kuwaiti\tKuwait\n\
    Kyrgyz\tKyrgyzstan\n\
    Lao\tLaos\n\
    Latvian\tLatvia\n\
    Lebanese\tLebanon\n\
    Liberian\tLiberia\n\
    Libyan\tLibya\n\
    Lithuanian\tLithuania\n\
    Malaysian\tMalaysia\n\
    Malian\tMali\n\
    Mexican\tMexico\n\
    Moldovan\tMoldova\n\
    Mongolian\tMongolia\n\
    Moroccan\tMorocco\n\
    Mozambican\tMozambique\n\
    Nepali\tNepal\n\
    Nicaraguan\tNicaragua\n\
    Nigerian\tNigeria\n\
    Nigerien\tNiger\n\
    North Korean\tNorth Korea\n\
    Norwegian\tNorway\n\
    Omani\tOman\n\
    Pakistani\tPakistan\n\
    Palestinian\tPalestine\n\
    Panamanian\tPanama\n\
    Peruvian\tPeru\n\
    Polish\tPoland\n\
    Portuguese\tPortugal\n\
    Qatari\tQatar\n\
    Romanian\tRomania\n\
    Russian\tRussia\n\
    Rwandan\tRwanda\n\
    Saudi\tSaudi Arabia\n\
    Senegalese\tSenegal\n\
    Serbian\tSerbia\n\
    Singaporean\tSingapore\n\
    Slovak\tSlovakia\n\
    Somali\tSomalia\n\
    South African\tSouth Africa\n\
    South Korean\tSouth Korea\n\
    South Sudanese\tSouth Sudan\n\
    Soviet\tSoviet Union\n\
    Spanish\tSpain\n\
    Sri Lankan\tSri Lanka\n\
    Sudanese\tSudan\n\
    Swedish\tSweden\n\
    Swiss\tSwitzerland\n\
    Syrian\tSyria\n\
    Taiwanese\tTaiwan\n\
    Tajik\tTajikistan\n\
    Tanzanian\tTanzania\n\
    Thai\tThailand\n\
    Tunisian\tTunisia\n\
    Turkish\tTurkey\n\
    Turkmen\tTurkmenistan\n\
    Ugandan\tUganda\n\
    Ukrainian\tUkraine\n\
    Uzbek\tUzbekistan\n\
    Venezuelan\tVenezuela\n\
    Vietnamese\tVietnam\n\
    Yemeni\tYemen\n\
    Zambian\tZambia\n\
    Zimbabwean\tZimbabwe\n\
";

/// Other names of states and unions (short forms, capitals used for the state), with the canonical name:
/// one "alias\tname" a line (read by [`pairs`]).
const STATE_ALIASES: &str = "\
    America\tUnited States\n\
    Ankara\tTurkey\n\
    Beijing\tChina\n\
    Berlin\tGermany\n\
    Britain\tUnited Kingdom\n\
    Brussels\tEuropean Union\n\
    Caracas\tVenezuela\n\
    Damascus\tSyria\n\
    DPRK\tNorth Korea\n\
    EU\tEuropean Union\n\
    E.U.\tEuropean Union\n\
    Great Britain\tUnited Kingdom\n\
    Havana\tCuba\n\
    Kremlin\tRussia\n\
    London\tUnited Kingdom\n\
    Minsk\tBelarus\n\
    Moscow\tRussia\n\
    Paris\tFrance\n\
    Pyongyang\tNorth Korea\n\
    Riyadh\tSaudi Arabia\n\
    Russian Federation\tRussia\n\
    Seoul\tSouth Korea\n\
    Tehran\tIran\n\
    Tokyo\tJapan\n\
    U.K.\tUnited Kingdom\n\
    U.N.\tUnited Nations\n\
    U.S.\tUnited States\n\
    U.S.A.\tUnited States\n\
    UK\tUnited Kingdom\n\
    UN\tUnited Nations\n\
    US\tUnited States\n\
    USA\tUnited States\n\
    United States of America\tUnited States\n\
    Washington\tUnited States\n\
    Jakarta\tIndonesia\n\
    Islamabad\tPakistan\n\
    Ottawa\tCanada\n\
    Canberra\tAustralia\n\
    New Delhi\tIndia\n\
    Kyiv\tUkraine\n\
    Kiev\tUkraine\n\
    Brasília\tBrazil\n\
    Brasilia\tBrazil\n\
    Managua\tNicaragua\n\
    Khartoum\tSudan\n\
    Baghdad\tIraq\n\
    Kabul\tAfghanistan\n\
    Rome\tItaly\n\
    Madrid\tSpain\n\
    Warsaw\tPoland\n\
    Vilnius\tLithuania\n\
    Cairo\tEgypt\n\
    Buenos Aires\tArgentina\n\
    Bogotá\tColombia\n\
    Manila\tPhilippines\n\
    Hanoi\tVietnam\n\
    Bangkok\tThailand\n\
    Kuala Lumpur\tMalaysia\n\
    Abu Dhabi\tUnited Arab Emirates\n\
    Doha\tQatar\n\
    Stockholm\tSweden\n\
    Oslo\tNorway\n\
    Helsinki\tFinland\n\
    Copenhagen\tDenmark\n\
    Bern\tSwitzerland\n\
    Budapest\tHungary\n\
    Prague\tCzech Republic\n\
    Athens\tGreece\n\
    Dublin\tIreland\n\
    Pretoria\tSouth Africa\n\
    Abuja\tNigeria\n\
    Nairobi\tKenya\n\
    Addis Ababa\tEthiopia\n\
    Tbilisi\tGeorgia\n\
    Bamako\tMali\n\
    Niamey\tNiger\n\
    Ouagadougou\tBurkina Faso\n\
    Tripoli\tLibya\n\
    Sanaa\tYemen\n\
    Mogadishu\tSomalia\n\
    Harare\tZimbabwe\n\
    Kinshasa\tDemocratic Republic of the Congo\n\
    Asmara\tEritrea\n\
    Beirut\tLebanon\n\
    Belgrade\tSerbia\n\
    Astana\tKazakhstan\n\
    Bishkek\tKyrgyzstan\n\
    Tashkent\tUzbekistan\n\
    Baku\tAzerbaijan\n\
    Naypyidaw\tMyanmar\n\
    Lima\tPeru\n\
    Quito\tEcuador\n\
    Podgorica\tMontenegro\n\
    Phnom Penh\tCambodia\n\
    Manama\tBahrain\n\
    Juba\tSouth Sudan\n\
    Kampala\tUganda\n\
    Yerevan\tArmenia\n\
    Riga\tLatvia\n\
    Tallinn\tEstonia\n\
    Vienna\tAustria\n\
    Lisbon\tPortugal\n\
    Amman\tJordan\n\
    Muscat\tOman\n\
";

/// States and bodies recognised by the fallback when the entity layer gives nothing (the last
/// seven: the other states with autonomous sanctions regimes of their own); split by [`words`].
const STATES: &str = "\
    Afghanistan|Belarus|Canada|China|Cuba|Egypt|Eritrea|European Union|France|G7|G20|\
    Germany|India|Iran|Iraq|Israel|Italy|Japan|Lebanon|Libya|Mali|Myanmar|NATO|\
    Nicaragua|North Korea|Pakistan|Qatar|Russia|Saudi Arabia|South Korea|Sudan|Switzerland|\
    Syria|Turkey|Ukraine|United Kingdom|United Nations|United States|Venezuela|Yemen|Zimbabwe|\
    Australia|New Zealand|Norway|Iceland|Liechtenstein|Singapore|Taiwan";

/// Titles that come before a person's name and are not part of it; split by [`words`].
const TITLES: &str = "\
    ambassador|chancellor|commissioner|deputy|dr|dr.|foreign|former|general|minister|mr|\
    mr.|mrs|mrs.|ms|ms.|newly|appointed|premier|president|prime|secretary|senator|\
    sen.|spokesman|spokesperson|spokeswoman|leader|chairman|treasury|state|defense|vice";

/// Capitalised words that start sentences or headlines and are no names; split by [`words`].
const NOT_NAMES: &str = "\
    a|about|according|after|all|also|an|and|as|at|because|before|both|but|by|\
    during|each|establishment|even|fact|for|from|full|given|he|her|his|however|\
    i|if|in|it|its|last|many|more|most|my|new|newly|no|not|now|of|on|\
    once|one|or|other|our|removing|see|sheet|she|simultaneously|since|so|some|\
    statement|such|that|the|their|these|they|this|those|to|today|together|two|\
    under|until|we|when|while|with|yet|you|order|executive|act|promise|made|\
    kept|treasury's|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|\
    february|march|april|may|june|july|august|september|october|november|december|\
    let|continuing|following|terminating|lifting|imposing|giving|there|what|who|how|\
    why|where|first|second|third|further|additional|then|here|following|news";

/// `w.starts_with(p)`, for the literal prefixes of the word tests. In the .wasm (opt-level "s")
/// `starts_with` stays a call, with a call to `memcmp` inside it, for every prefix tested;
/// written out inline, a literal prefix becomes one or two integer comparisons.
#[inline(always)]
fn pre(w: &str, p: &str) -> bool {
    w.len() >= p.len() && w.as_bytes()[..p.len()] == *p.as_bytes()
}

/// Whether `w` holds `part` (not empty): `w.contains(part)` for the layer's short words and
/// names, without the standard library's searcher for long texts (2.4 KB of the `.wasm`).
fn holds_part(w: &str, part: &str) -> bool {
    w.as_bytes().windows(part.len()).any(|x| x == part.as_bytes())
}

/// The lower case of every token in one buffer ([`Lower`]), where this layer reads "’" as "'"
/// ("Russia’s" as "russia's"): such a token's lower case is appended again with it. With each
/// token holding bytes outside ASCII and its range in the buffer (an ASCII token's range is
/// its span).
fn lower_text(doc: &Doc) -> (String, Vec<(u32, u32, u32)>) {
    let Lower { mut buf, others, .. } = Lower::of(doc);
    let mut at = Vec::with_capacity(others.len());
    for (i, mut a, mut b) in others {
        if holds_part(&buf[a..b], "’") {
            let w = buf[a..b].replace('’', "'");
            (a, b) = (buf.len(), buf.len() + w.len());
            buf.push_str(&w);
        }
        at.push((i as u32, a as u32, b as u32));
    }
    // (the buffer lives through the whole layer: without the room its growth left, up to the
    // text's length again)
    buf.shrink_to_fit();
    (buf, at)
}

fn is_all_caps(s: &str) -> bool {
    // (a lower-case second letter, as in most words, decides before the characters are decoded)
    !s.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase())
}

use crate::lexicon::{WordMap, WordSet};
type Index<V> = WordMap<&'static str, V>;

/// The words of a list written as one string, "|" between them (no pointer and length a word
/// in the `.wasm`, as a list of strings has).
fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split('|')
}

/// The (name, value) pairs of a list written one "name\tvalue" a line (one string: no
/// pointer and length a string in the `.wasm`, as a list of pairs of strings has).
fn pairs(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().filter_map(|l| l.split_once('\t'))
}

/// A lexicon as a hash map: each name with its position and its value (the first of a repeated name).
fn index<V: Copy>(pairs: impl Iterator<Item = (&'static str, V)>) -> Index<(usize, V)> {
    let mut m = Index::default();
    for (k, (a, v)) in pairs.enumerate() {
        m.entry(a).or_insert((k, v));
    }
    m
}

fn state_alias(name: &str) -> Option<&'static str> {
    static M: std::sync::OnceLock<Index<(usize, &'static str)>> = std::sync::OnceLock::new();
    M.get_or_init(|| index(pairs(STATE_ALIASES))).get(name).map(|&(_, c)| c)
}

fn demonym(name: &str) -> Option<&'static str> {
    static M: std::sync::OnceLock<Index<(usize, &'static str)>> = std::sync::OnceLock::new();
    let m = M.get_or_init(|| index(pairs(DEMONYMS)));
    let n = name.trim_end_matches('s');
    let a = m.get(name);
    // the first entry that is either form (one look-up for a name that ends in no "s")
    match (a, if n.len() == name.len() { a } else { m.get(n) }) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

/// `name` as one of [`STATES`].
fn listed_state(name: &str) -> Option<&'static str> {
    static M: std::sync::OnceLock<Index<(usize, ())>> = std::sync::OnceLock::new();
    M.get_or_init(|| index(words(STATES).map(|s| (s, ())))).get_key_value(name).map(|(k, _)| *k)
}

fn is_listed_state(name: &str) -> bool {
    listed_state(name).is_some()
}

/// The first two letters of [`NOT_NAMES`] and [`TITLES`]: the names of a text mostly start as
/// none of them, and are not looked up (the capitalised runs ask about every one).
static NOT_NAME_PAIRS: Pairs = Pairs::of_list(NOT_NAMES).with_list(TITLES);

/// `w` (lower-cased) is one of [`NOT_NAMES`] or [`TITLES`].
fn not_name_or_title(w: &str) -> bool {
    static M: std::sync::OnceLock<Index<(usize, ())>> = std::sync::OnceLock::new();
    NOT_NAME_PAIRS.may_hold(w) && M.get_or_init(|| index(words(NOT_NAMES).chain(words(TITLES)).map(|s| (s, ())))).contains_key(w)
}

/// `w` (lower-cased) is one of [`NOT_NAMES`].
fn not_name(w: &str) -> bool {
    static M: std::sync::OnceLock<Index<(usize, ())>> = std::sync::OnceLock::new();
    NOT_NAME_PAIRS.may_hold(w) && M.get_or_init(|| index(words(NOT_NAMES).map(|s| (s, ())))).contains_key(w)
}

/// `w` (lower-cased) is one of [`TITLES`].
fn is_title(w: &str) -> bool {
    static M: std::sync::OnceLock<Index<(usize, ())>> = std::sync::OnceLock::new();
    NOT_NAME_PAIRS.may_hold(w) && M.get_or_init(|| index(words(TITLES).map(|s| (s, ())))).contains_key(w)
}

/// `w` is one of [`ORG_WORDS`].
fn is_org_word(w: &str) -> bool {
    static M: std::sync::OnceLock<Index<(usize, ())>> = std::sync::OnceLock::new();
    M.get_or_init(|| index(words(ORG_WORDS).map(|s| (s, ())))).contains_key(w)
}

/// The name a party takes as actor or target: metonymy and demonyms resolved to the state.
/// A spokesperson's briefing in its issuer's own transcript: the lines before the first
/// labelled answer call it a briefing and name the spokesperson's office ("Office of the
/// Spokesperson. Press briefing, …"). The spokesperson speaks for the issuer; a minister's
/// briefing is the minister's own.
fn briefing_transcript(doc: &Doc) -> bool {
    let Some(first) = doc.paragraphs.iter().position(|p| p.role == Role::Answer) else { return false };
    let end = doc.sentences.get(doc.paragraphs[first].sentences.0).map_or(0, |s| s.tokens.0);
    let said = |w: &str| (0..end).any(|k| doc.tok(k).eq_ignore_ascii_case(w));
    said("briefing") && (said("spokesperson") || said("spokesman") || said("spokeswoman"))
}

fn party_name(name: &str, label: Label) -> &str {
    known_party(name, label).unwrap_or(name)
}

/// The party [`party_name`] gives `name` when it is not `name` itself: a state's alias, a
/// nationality's state (a NORP or GPE), the Treasury's full name.
fn known_party(name: &str, label: Label) -> Option<&'static str> {
    state_alias(name)
        .or_else(|| if label == Label::Norp || label == Label::Gpe { demonym(name) } else { None })
        .or(if name == "Treasury" { Some("Department of the Treasury") } else { None })
}

fn most_frequent<I: Iterator<Item = String>>(it: I) -> Option<String> {
    // counts in order of first appearance, so that ties go to the first named
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut index: WordMap<String, usize> = Default::default();
    for n in it {
        match index.get(&n) {
            Some(&k) => counts[k].1 += 1,
            None => {
                index.insert(n.own(), counts.len());
                counts.push((n, 1));
            }
        }
    }
    let mut best: Option<(String, usize)> = None;
    for (n, c) in counts {
        if best.as_ref().is_none_or(|b| c > b.1) {
            best = Some((n, c));
        }
    }
    best.map(|b| b.0)
}

// ---------- the working context ----------

/// What the text of a capitalised run says by itself, for [`Ctx::fallback_entities`].
#[derive(Clone, Copy)]
struct RunFacts {
    /// "Restrictive Measures", "Coordinated Listings": the measures, no party (but the states in it).
    measures: bool,
    /// In capitals (more than three letters).
    caps: bool,
    /// [`state_alias`] of the text.
    alias: Option<&'static str>,
    /// [`demonym`] and [`listed_state`] of the text (title-cased when in capitals).
    demonym: Option<&'static str>,
    listed: Option<&'static str>,
    /// A word of an organisation's name ([`is_org_word`]).
    org: bool,
    /// An order or an act.
    law: bool,
}

impl RunFacts {
    fn of(surface: &str) -> RunFacts {
        let caps = is_all_caps(surface) && surface.chars().filter(|c| c.is_alphabetic()).count() > 3;
        let tcase: Cow<str> = if caps { Cow::Owned(title_case(surface)) } else { Cow::Borrowed(surface) };
        RunFacts {
            measures: names_measures(surface) && !(surface.ends_with(" Act") || surface.ends_with(" Regulations")),
            caps,
            alias: state_alias(surface),
            demonym: demonym(&tcase),
            listed: listed_state(&tcase),
            org: surface.split(' ').any(is_org_word),
            // (" Order" as a word after the first: no substring search set up for a short name)
            law: surface.split(' ').skip(1).any(|w| pre(w, "Order")) || surface.ends_with(" Act"),
        }
    }
}

/// An entity occurrence over tokens `ts..te`. Its names borrow from the entity layer's
/// clusters, the text or the static tables wherever they can (one allocation fewer per
/// mention: most of this layer's set-up time on a long text went to copying names).
#[derive(Clone, Debug)]
struct Ent<'a> {
    ts: usize,
    te: usize,
    label: Label,
    /// Canonical name as actor/target.
    party: Cow<'a, str>,
    /// Canonical name as speaker.
    name: Cow<'a, str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ActorRule {
    /// No actor found: the sentence's other parties (a coordinated verb's subject, an earlier
    /// claim's actor), else the document's.
    Default,
    /// No one's in particular.
    Null,
    /// No actor in the sentence, and none of its parties acts (a party taking a stance on the
    /// measures or asking for them): the document's.
    Document,
}

#[derive(Clone, Debug)]
struct Draft {
    span: Span,
    action: Action,
    actor: Option<String>,
    actor_rule: ActorRule,
    target: Option<String>,
    target_default: bool,
    /// The state whose nationals or firms are the described targets ("three Sudanese firms"):
    /// the target when it is the document's programme.
    nationality: Option<String>,
    /// A counter-measure ("threatened countermeasures", "reciprocal measures"): with no target
    /// named, it targets the document's sanctioning party.
    counter: bool,
    /// Index of the sentence.
    sent: usize,
    /// The trigger is a definite reference ("the ban", "these sanctions").
    definite: bool,
    modality: Modality,
    source: Option<String>,
    trigger: Span,
}

/// A quotation as this layer sees it: token range inside the marks and the speaker's name.
#[derive(Clone, Debug)]
struct Q<'a> {
    span: Span,
    /// (borrowed from the entity layer's clusters where it can: no copy of a name for each quote)
    speaker: Option<Cow<'a, str>>,
    /// A fragment built into the reporter's sentence: the sentence's cues govern it.
    partial: bool,
    /// The explicit mention of the speaker ("The ministry", "he").
    mention: Option<Span>,
    /// The state the speaker's role names ("a Serbian minister"): whom "we" in the quote means.
    state: Option<&'static str>,
}

/// No entity or quotation at this token (in [`Ctx::ent_at`] and [`Ctx::quote_of`]).
const NONE: u32 = u32::MAX;

struct Ctx<'a, 't> {
    doc: &'a Doc<'t>,
    /// Lower-cased token texts ("’" as "'"), slices of [`lower_text`]'s buffer.
    lw: Vec<&'a str>,
    ents: Vec<Ent<'a>>,
    /// For each token, the entity covering it (index into `ents`, or [`NONE`]; four bytes a
    /// token, so that the per-token tables of a long text stay small).
    ent_at: Vec<u32>,
    quotes: Vec<Q<'a>>,
    /// Per token: the quotation of four or more words that holds it (index into `quotes`, or [`NONE`]).
    quote_of: Vec<u32>,
    /// (start of the speaker mention, quote index) of each quote with a named speaker, sorted:
    /// [`Ctx::mention_speaker`] looks only at the mentions inside its window.
    speaker_mentions: Vec<(usize, usize)>,
    /// Parties named as places or nationalities in the text.
    state_parties: WordSet<Cow<'a, str>>,
    /// Sanctions words in the whole text (evidence that ambiguous words mean sanctions).
    doc_score: usize,
    /// `doc_score` plus the other restrictive terms (asset freezes, designations, restrictive measures, Entity List).
    evidence: usize,
    /// The tokens where a trigger may start ([`may_trigger`]), in order: a sentence's rules run
    /// at these alone.
    cands: Vec<u32>,
}

/// A trigger found in a sentence.
#[derive(Clone, Copy, Debug)]
struct Trig {
    ts: usize,
    te: usize,
    /// The trigger word is itself a finite or gerund verb (its own predication).
    verb: bool,
    /// Low-ranked triggers ("target", "restrict") give way to others in the same predication.
    weak: bool,
}

impl<'a, 't> Ctx<'a, 't> {
    fn new(doc: &'a Doc<'t>, lbuf: &'a (String, Vec<(u32, u32, u32)>), mentions: &[Mention], clusters: &'a [Cluster], quotes: &[Quote]) -> Ctx<'a, 't> {
        let n = doc.tokens.len();
        // (every token's span in the buffer, an ASCII-lowered copy of the text, then the other
        // tokens' own lower case)
        let mut lw: Vec<&'a str> = doc.tokens.iter().map(|t| &lbuf.0[t.span().start..t.span().end]).collect();
        for &(i, a, b) in &lbuf.1 {
            lw[i as usize] = &lbuf.0[a as usize..b as usize];
        }
        let mut cx = Ctx { doc, lw, ents: Vec::new(), ent_at: Vec::new(), quotes: Vec::new(), quote_of: Vec::new(), speaker_mentions: Vec::new(), state_parties: Default::default(), doc_score: 0, evidence: 0, cands: Vec::new() };
        // the entity layer's mentions, and capitalised names where it has none
        // (and the tokens of the names the entity layer labelled as no party: see below)
        let mut no_party = vec![false; n + 1];
        let ents = cx.entities_from(mentions, clusters, &mut no_party);
        let mut covered = vec![false; n + 1];
        for e in &ents {
            for c in &mut covered[e.ts.min(n)..e.te.min(n)] {
                *c = true;
            }
        }
        // a name the entity layer labelled as no party (a building, a place, a date) is no
        // party either: "outside Parliament House", "at Salt Lake Stadium"
        let kept = cx.fallback_entities(&|ts, te| {
            // (a longer name around such a mention stays: "Pacific Islands Union")
            let inside = no_party[ts.min(n)..te.min(n)].iter().all(|&c| c);
            !inside && !covered[ts.min(n)..te.min(n)].iter().any(|&c| c)
        });
        // both lists are in token order already (the mentions' walk and the runs only move
        // forward): merge them, the entity layer's first among equal starts, as a stable sort
        // would; in place, from the back (no second list of a long text's names: its mentions
        // leave room for the few names added)
        let mut ents = ents;
        let mut i = ents.len();
        ents.resize_with(i + kept.len(), || Ent { ts: 0, te: 0, label: Label::Org, party: Cow::Borrowed(""), name: Cow::Borrowed("") });
        let mut p = ents.len();
        for f in kept.into_iter().rev() {
            while i > 0 && ents[i - 1].ts > f.ts {
                i -= 1;
                p -= 1;
                ents.swap(i, p);
            }
            p -= 1;
            ents[p] = f;
        }
        // an acronym the text spells out ("Economic Community of West African States (ECOWAS)")
        // takes the full name wherever it stands alone
        let mut acronyms: WordMap<&str, Cow<'a, str>> = Default::default();
        for e in &ents {
            if e.label == Label::Org && e.te + 2 < n && cx.w(e.te) == "(" && cx.w(e.te + 2) == ")" && is_all_caps(cx.raw(e.te + 1)) {
                acronyms.entry(cx.raw(e.te + 1)).or_insert_with(|| e.party.clone());
            }
        }
        if !acronyms.is_empty() {
            for e in ents.iter_mut() {
                if e.label == Label::Org {
                    if let Some(full) = acronyms.get(&*e.name) {
                        e.party = full.clone();
                        e.name = full.clone();
                    }
                }
            }
        }
        // datelines ("SEOUL, March 3 (Reuters) -") and bylines ("By A. Writer, Lisbon") name no party
        let place_line = cx.dateline_tokens();
        // (also a place in title case opening its line before a dash: "Washington, D.C. — Today, …")
        let toks = &cx.doc.tokens;
        ents.retain(|e| !place_line.get(e.ts).copied().unwrap_or(false) && !(e.label == Label::Gpe && (e.ts == 0 || toks[e.ts].line_before) && toks.get(e.te).is_some_and(|t| t.kind == Kind::Dash && t.space_before)));
        // (room was made for every mention: the layer keeps only its parties)
        ents.shrink_to_fit();
        cx.ents = ents;
        // (the per-token tables made here, not with `cx`: a long text's names are merged above
        // with neither table alive, four bytes a token each)
        cx.ent_at = vec![NONE; n];
        for (k, e) in cx.ents.iter().enumerate() {
            for slot in cx.ent_at.iter_mut().take(e.te.min(n)).skip(e.ts) {
                *slot = k as u32;
            }
        }
        // (a text names its states again and again, often one after another: a party is not
        // hashed again right after itself)
        let mut last = None;
        for e in cx.ents.iter().filter(|e| matches!(e.label, Label::Gpe | Label::Norp)) {
            if last != Some(&*e.party) {
                cx.state_parties.insert(e.party.clone());
                last = Some(&*e.party);
            }
        }
        cx.quotes = cx.quotes_from(quotes, clusters);
        cx.speaker_mentions = cx.quotes.iter().enumerate().filter(|(_, q)| q.speaker.is_some()).filter_map(|(k, q)| Some((q.mention?.start, k))).collect();
        crate::sort::sort(&mut cx.speaker_mentions);
        // a quoted name or scare term ("Cuba Restricted List") is no quotation of a claim
        cx.quote_of = vec![NONE; n];
        for (k, q) in cx.quotes.iter().enumerate() {
            let a = doc.tokens.partition_point(|t| t.span().start < q.span.start);
            let b = doc.tokens.partition_point(|t| t.span().end <= q.span.end);
            if a < b && doc.tokens[a..b].iter().filter(|t| t.kind == Kind::Word).take(4).count() >= 4 {
                for slot in &mut cx.quote_of[a..b] {
                    if *slot == NONE {
                        *slot = k as u32;
                    }
                }
            }
        }
        // (one pass for both counts and the tokens where a trigger may start: every word the
        // counts take is one of those)
        let (mut strong, mut other) = (0, 0);
        let mut cands = Vec::new();
        for i in 0..n {
            let w = cx.w(i);
            if !may_trigger(w) {
                continue;
            }
            cands.push(i as u32);
            if cx.strong_word(i) {
                strong += 1;
            } else {
                let next = cx.w(i + 1);
                if pre(w, "designat") || w == "freeze" || (w == "restrictive" && next == "measures") || (w == "entity" && next == "list") || (w == "export" && next == "controls") {
                    other += 1;
                }
            }
        }
        cx.cands = cands;
        cx.doc_score = strong;
        cx.evidence = strong + other;
        cx
    }

    /// The text speaks as a government ("we", "our" outside quotes).
    fn first_person(&self) -> bool {
        (0..self.lw.len()).any(|i| matches!(self.w(i), "we" | "our") && !self.in_quote(i))
    }

    fn w(&self, i: usize) -> &str {
        self.lw.get(i).copied().unwrap_or("")
    }

    /// The words ([`Self::w`]) of tokens `r`, a slice of the text's words (none past the last token).
    fn words(&self, r: std::ops::Range<usize>) -> &[&'a str] {
        self.lw.get(r.start..r.end.min(self.lw.len())).unwrap_or(&[])
    }

    /// Tokens of datelines and bylines at the start of a paragraph.
    fn dateline_tokens(&self) -> Vec<bool> {
        let toks = &self.doc.tokens;
        let n = toks.len();
        let mut out = vec![false; n];
        for p in &self.doc.paragraphs {
            let Some(s) = self.doc.sentences.get(p.sentences.0) else { continue };
            let a = s.tokens.0;
            if a >= n {
                continue;
            }
            // a byline: "By …" up to the end of its line
            if self.raw(a) == "By" && self.is_word(a + 1) && starts_upper(self.raw(a + 1)) {
                let mut k = a;
                while k < n && (k == a || !toks[k].line_before) {
                    out[k] = true;
                    k += 1;
                }
                continue;
            }
            // a dateline: capitals (and "/", ",", a date, "(Reuters)") before a dash
            let first = self.raw(a);
            if !(is_all_caps(first) && first.chars().filter(|c| c.is_alphabetic()).count() >= 2) {
                continue;
            }
            let mut k = a;
            let mut paren = false;
            while k < n && k < a + 14 {
                if k > a && toks[k].line_before {
                    break;
                }
                let r = self.raw(k);
                if toks[k].kind == Kind::Dash {
                    for slot in &mut out[a..k] {
                        *slot = true;
                    }
                    break;
                }
                // "SEOUL, South Korea —": the country after the city's comma
                let country = starts_upper(r) && (a..k).any(|x| self.raw(x) == ",");
                let ok = is_all_caps(r) || paren || country || one_of!(r, "/" | "," | "." | "(" | ")") || toks[k].kind == Kind::Number || r.chars().all(|c| c.is_ascii_digit()) || not_name(self.w(k)) && starts_upper(r) || one_of!(self.w(k), "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" | "jan." | "feb." | "sept." | "oct." | "nov." | "dec.");
                if r == "(" {
                    paren = true;
                } else if r == ")" {
                    paren = false;
                }
                if !ok {
                    break;
                }
                k += 1;
            }
        }
        out
    }

    fn raw(&self, i: usize) -> &'t str {
        self.doc.tok_or_empty(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// `name` is a state (a GPE or a nationality's country).
    /// The party that contests the measures of trigger `t` ("X said he would challenge the
    /// sanctions in court"): the subject before the verb of contest, a person or firm.
    fn challenger(&self, t: Trig, ca: usize) -> Option<String> {
        let v = (t.ts.saturating_sub(3).max(ca)..t.ts).find(|&k| contest_word(self.w(k)))?;
        let mut j = v;
        while j > ca && j + 8 > v {
            j -= 1;
            if let Some(e) = self.ent(j).filter(|e| matches!(e.label, Label::Person | Label::Org)) {
                return Some(e.party.own());
            }
            if matches!(self.w(j), "he" | "she") {
                return self.resolve_pronoun(j);
            }
            if !one_of!(self.w(j), "would" | "will" | "to" | "plans" | "planned" | "vowed" | "said" | "says" | "has" | "had" | "also" | "could" | "intends" | "'d" | "'ll") {
                return None;
            }
        }
        None
    }

    /// Sentence `s` names person `name`'s regime ("the regime of X"; "the X regime" is often
    /// the ruler's own circle, sanctioned as a person).
    fn regime(&self, s: usize, name: &str) -> bool {
        let Some(&crate::segment::Sentence { tokens: (a, b), .. }) = self.doc.sentences.get(s) else { return false };
        (a..b).filter_map(|k| self.ent(k)).any(|e| {
            e.label == Label::Person && e.party == name
                && e.ts > 1 && self.w(e.ts - 1) == "of" && self.w(e.ts - 2) == "regime"
        })
    }

    fn is_state(&self, name: &str) -> bool {
        is_listed_state(name) || self.state_parties.contains(name)
    }

    /// A reporting verb at token `i` (lower-case, not part of a name: "United States").
    fn report_at(&self, i: usize) -> bool {
        let w = self.w(i);
        if !is_report_verb(w) {
            return false;
        }
        let next = self.w(i + 1);
        // nouns and other senses: "member states", "the claims", "added to the list"
        let other_sense = match w {
            "states" | "claims" | "reports" | "notes" => next != "that",
            // the adjective: "two alleged gang financiers", "the alleged smuggler"
            "alleged" => self.is_word(i + 1) && !one_of!(next, "that" | "to" | "in" | "on" | "by" | "at" | "he" | "she" | "they" | "it"),
            "added" => !(one_of!(next, "that" | "," | "." | ":" | "\"" | "“" | "'" | "‘") || i > 0 && self.w(i - 1) == ","),
            _ => false,
        };
        !other_sense && !starts_upper(self.raw(i)) && self.ent(i).is_none()
    }

    /// A reporting verb, or one that attributes a view ("estimates that", "described X as", "warned that").
    fn report_like_at(&self, i: usize) -> bool {
        // (most words start as none of the words below do)
        if !may_report(self.w(i)) {
            return false;
        }
        if self.report_at(i) {
            return true;
        }
        let w = self.w(i);
        let next = self.w(i + 1);
        let like = match w {
            "estimates" | "estimated" | "believe" | "believes" | "believed" | "argue" | "argues" | "contend" | "contends" | "found" | "finds" | "worry" | "worries" | "fear" | "fears" => next == "that",
            // "accused Ankara of enforcing …" (not the participle: "firms accused of …")
            "accused" | "accuses" => next != "of" && !one_of!(self.w(i.wrapping_sub(1)), "was" | "were" | "is" | "are" | "been" | "be"),
            // (also ending the sentence: "…, the department warned.")
            "warned" | "warns" => matches!(next, "that" | "," | "."),
            // (an announcement ending its sentence reports it: "…, the minister announced on Tuesday.";
            // not one of measures: "announced sanctions on …")
            // (or one with a date before "that": "announced on Friday that …")
            "announced" | "announces" => matches!(next, "that" | "," | ".") || one_of!(next, "on" | "today" | "yesterday" | "late" | "earlier" | "this" | "last") && (i + 2..i + 5).any(|k| matches!(self.w(k), "." | "that")),
            // an evaluation with its words quoted, in curly or straight marks: "called the sanctions "a gift""
            "described" | "describes" | "condemned" | "condemns" | "called" | "calls" | "dismissed" | "dismisses" | "branded" | "brands" => {
                !matches!(next, "for" | "on" | "upon") && (i + 1..(i + 9).min(self.doc.tokens.len())).any(|k| matches!(self.w(k), "as") || matches!(tk(self.doc, k).kind, Kind::Quote(Mark::DoubleOpen | Mark::SingleOpen)) || tk(self.doc, k).kind == Kind::Quote(Mark::DoubleStraight) && self.opens_quote(k))
            }
            _ => false,
        };
        like && !starts_upper(self.raw(i)) && self.ent(i).is_none()
    }

    fn strong_word(&self, i: usize) -> bool {
        let w = self.w(i);
        pre(w, "sanction") || pre(w, "embargo") || pre(w, "blacklist") || w == "sdn"
    }

    // ----- entities -----

    /// The entity layer's parties; with the tokens of its buildings, places and events marked in
    /// `no_party` (in the same walk from mentions to tokens).
    fn entities_from(&self, mentions: &[Mention], clusters: &'a [Cluster], no_party: &mut [bool]) -> Vec<Ent<'a>> {
        let mut out = Vec::with_capacity(mentions.len());
        let mut by_cluster: Vec<Option<&'a str>> = vec![None; clusters.len()];
        // (and whether the cluster's name names measures, once for all its mentions spelled as it:
        // a long text names the same few parties again and again)
        let mut measures_of: Vec<Option<bool>> = vec![None; clusters.len()];
        for (ts, te, m) in mention_tokens(self.doc, mentions) {
            if matches!(m.label, Label::Fac | Label::Loc | Label::Event) {
                for c in &mut no_party[ts..te] {
                    *c = true;
                }
            }
            if !matches!(m.label, Label::Person | Label::Org | Label::Gpe | Label::Norp | Label::Law) || te == ts {
                continue;
            }
            let surface = m.span.of(self.doc.text);
            // the entity layer names a cluster by the fullest form the text itself gives
            let name: &'a str = match clusters.get(m.cluster) {
                Some(c) => &c.name,
                None => surface,
            };
            // a headline's capitalised measures ("Coordinated Listings") name no party
            if matches!(m.label, Label::Person | Label::Gpe | Label::Norp) && match measures_of.get_mut(m.cluster).filter(|_| surface == name) {
                Some(memo) => *memo.get_or_insert_with(|| names_measures(name)),
                None => names_measures(surface),
            } {
                continue;
            }
            // "Western sanctions": unnamed sanctioning states, neither an actor nor a target
            if m.label == Label::Norp && surface == "Western" {
                continue;
            }
            let label = clusters.get(m.cluster).map_or(m.label, |c| c.label);
            // (the cluster's party once for all its mentions)
            let mut party = match by_cluster.get_mut(m.cluster) {
                Some(slot) => *slot.get_or_insert_with(|| party_name(name, label)),
                None => party_name(name, label),
            };
            // (a mention spelled and labelled as its cluster has the same party)
            if party == name && !(surface == name && m.label == label) {
                party = party_name(surface, m.label);
                if party == surface {
                    party = name;
                }
            }
            // "the Biden administration", "the Trump Administration": a US president's surname
            // before "administration" is the United States
            let president = label == Label::Person
                && self.w(te) == "administration"
                && matches!(surface.rsplit(' ').next(), Some("Trump" | "Biden" | "Obama" | "Bush" | "Clinton" | "Reagan" | "Carter" | "Nixon" | "Ford" | "Kennedy" | "Eisenhower" | "Truman" | "Roosevelt"));
            if president {
                out.push(Ent { ts, te, label: Label::Gpe, party: Cow::Borrowed("United States"), name: Cow::Borrowed("United States") });
                continue;
            }
            out.push(Ent { ts, te, label, party: Cow::Borrowed(party), name: Cow::Borrowed(name) });
        }
        out
    }

    /// Capitalised names, while the entity layer gives nothing: those over tokens `ts..te` that
    /// `keep` lets through. (Every run still lends its name to the fuller forms below: on a long
    /// text most runs are the entity layer's names, and only a few are kept, built and resolved.)
    fn fallback_entities(&self, keep: &dyn Fn(usize, usize) -> bool) -> Vec<Ent<'a>> {
        let n = self.doc.tokens.len();
        // (room for one run in six tokens, about as many as news text has: no growing by doubling
        // from four)
        let mut runs: Vec<(usize, usize, bool)> = Vec::with_capacity(n / 6);
        let words = self.doc.words();
        let mut i = 0;
        while i < n {
            // (most tokens start with a lower-case letter, a digit or a mark: passed over in one
            // walk of the words, with no call and no index test for each)
            let may_start = |r: &&str| match r.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase() || *r == "al",
                b => b.is_some(),
            };
            let Some(skip) = words[i..].iter().position(may_start) else { break };
            i += skip;
            if !self.name_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            // a headline's verb ("Council Prolongs …", "… Lifts Curbs") ends the name: tested on
            // each token as the run takes it in, so that a long run of capitalised words (a text
            // in capitals) is walked once, not again from each such verb in it
            let mut cut = None;
            let mut tested = end;
            loop {
                if let Some(k) = (tested..end).find(|&k| headline_verb_word(self.w(k))) {
                    cut = Some(k);
                    break;
                }
                tested = end;
                if end < n && self.name_word(end) && !tk(self.doc, end).line_before {
                    end += 1;
                    continue;
                }
                // inner connectors: "of", "of the", "de", "al-", "bin"
                let c = self.w(end);
                if end + 1 < n && matches!(c, "of" | "de" | "bin" | "al" | "and") {
                    let mut k = end + 1;
                    if c == "of" && self.w(k) == "the" {
                        k += 1;
                    }
                    if c == "and" && !(self.raw(k) == "Blocked" || self.raw(k) == "Subentities") {
                        break;
                    }
                    if self.name_word(k) && !is_all_caps(self.raw(k)) {
                        end = k + 1;
                        continue;
                    }
                }
                if end + 1 < n && tk(self.doc, end).kind == Kind::Dash && !tk(self.doc, end).space_before && self.name_word(end + 1) {
                    end += 2;
                    continue;
                }
                break;
            }
            let end = cut.unwrap_or(end);
            i = end;
            if headline_verb_word(self.w(start)) {
                continue;
            }
            runs.push((start, end, cut.is_some()));
        }
        let mut out: Vec<Ent<'a>> = Vec::new();
        // (the facts of each distinct run text, worked out once: a name recurs all through a long text)
        // (the lists and their maps with room for as many as a short text has runs: no growing by
        // doubling from four as they come, and no rehashing, which in the `.wasm` cost 1 % of a
        // call; a long text's distinct names are far fewer than its runs)
        let room = runs.len().min(256);
        let mut seen: WordMap<&str, u32> = WordMap::with_capacity_and_hasher(room, Default::default());
        let mut facts: Vec<RunFacts> = Vec::with_capacity(room);
        // (and the state each word of a headline names)
        let mut word_seen: WordMap<&str, u32> = WordMap::with_capacity_and_hasher(room, Default::default());
        let mut word_states: Vec<Option<(Label, &'static str)>> = Vec::with_capacity(room);
        // (a one-word run's entry there, by its facts' index: its word is its text, looked up once)
        let mut word_of = vec![NONE; runs.len()];
        // the distinct names of `out`, each listed once where it first appears: a run text names
        // its own surface or (as a GPE or NORP) the one state its facts give, bits 1 and 2 of
        // `named` for its facts' index; a headline word's state is listed with its memo entry
        // (a long text names the same few again and again: no look-up of every name)
        let mut names: Vec<&'a str> = Vec::new();
        let mut named = vec![0u8; runs.len()];
        // (and the facts' index of each entity of `out`, NONE for a headline word's state)
        let mut from: Vec<u32> = Vec::new();
        // two walks over the runs: the first builds the entities that `keep` lets through, the
        // second lists the names of every run, and only when one of those entities is no GPE or
        // NORP (which may take a fuller form below). A run that gives no entity is passed over
        // in the first walk before its facts are worked out; on most texts the few entities kept
        // are states and there is no second walk. (A long text, of more than 256 runs, has one
        // walk that does both: most of its runs are the entity layer's names, but it keeps some
        // that take a fuller form, and a first walk would only have tested every run again.)
        let walks: &[(bool, bool)] = if runs.len() > 256 { &[(true, true)] } else { &[(true, false), (false, true)] };
        for &(build, listing) in walks {
            if !build {
                if out.iter().all(|e| matches!(e.label, Label::Gpe | Label::Norp)) {
                    return out;
                }
                // (the states of the headline words the first walk looked up)
                names.extend(word_states.iter().flatten().map(|&(_, c)| c));
            }
            for run in &mut runs {
                let (mut s, e, cut) = *run;
                if build {
                    // drop titles and sentence-initial function words
                    // (the cheap test first)
                    while s + 1 < e && not_name_or_title(self.w(s)) {
                        s += 1;
                    }
                    // a headline's subject before its verb ("Treasury Lifts …") is a name
                    if s + 1 == e && not_name_or_title(self.w(s)) && !(cut && is_org_word(self.raw(s))) {
                        s = e;
                    }
                    // (the run as the second walk reads it: from its first name word, empty when dropped)
                    run.0 = s;
                    // (a run with no token that `keep` lets through gives no entity)
                    if s == e || !listing && !(s..e).any(|k| keep(k, k + 1)) {
                        continue;
                    }
                } else if s == e {
                    continue;
                }
                // (a one-word run's text is its token's, sliced already)
                let surface: &'a str = if e - s == 1 { self.raw(s) } else { tok_span(self.doc, s, e - 1).of(self.doc.text) };
                let at = *seen.entry(surface).or_insert_with(|| {
                    facts.push(RunFacts::of(surface));
                    (facts.len() - 1) as u32
                });
                let RunFacts { measures, caps, alias, demonym: nationality, listed, org, law } = facts[at as usize];
                let (label, canon): (Label, &'a str) = if let Some(c) = alias {
                    (Label::Gpe, c)
                } else if cut && caps && e - s == 1 && listed.is_none() && nationality.is_none() {
                    // a headline's acronym subject ("ECOWAS Keeps …")
                    (Label::Org, surface)
                } else if let Some(c) = nationality {
                    (Label::Norp, c)
                } else if let Some(c) = listed {
                    (Label::Gpe, c)
                } else if org && !caps && !measures {
                    (Label::Org, surface)
                } else if law && !caps {
                    (Label::Law, surface)
                } else {
                    // (the run's words and the title before it read last: most runs fail the cheap tests)
                    let titled = || s > 0 && is_title(self.w(s - 1));
                    let plain = || (s..e).all(|k| self.name_word(k) && !self.strong_word(k) && !not_name(self.w(k)));
                    if !caps && !measures && !cut && ((2..=3).contains(&(e - s)) || titled()) && plain() {
                        (Label::Person, surface)
                    } else {
                        // a headline or a phrase in capitals: keep only the states in it
                        for k in s..e {
                            let r = self.raw(k);
                            let one = if e - s == 1 { word_of[at as usize] } else { NONE };
                            let ws = if one != NONE { one } else { *word_seen.entry(r).or_insert_with(|| {
                                let state = state_alias(r).map(|c| (Label::Gpe, c)).or_else(|| {
                                    let tc = title_case_word(r);
                                    demonym(&tc).map(|c| (Label::Norp, c)).or_else(|| listed_state(&tc).map(|c| (Label::Gpe, c)))
                                });
                                if listing {
                                    names.extend(state.map(|(_, c)| c));
                                }
                                word_states.push(state);
                                (word_states.len() - 1) as u32
                            }) };
                            if e - s == 1 {
                                word_of[at as usize] = ws;
                            }
                            if let Some((label, c)) = word_states[ws as usize].filter(|_| build && keep(k, k + 1)) {
                                out.push(Ent { ts: k, te: k + 1, label, party: Cow::Borrowed(c), name: Cow::Borrowed(c) });
                                from.push(NONE);
                            }
                        }
                        continue;
                    }
                };
                if listing {
                    let bit = if matches!(label, Label::Gpe | Label::Norp) { 2 } else { 1 };
                    if named[at as usize] & bit == 0 {
                        named[at as usize] |= bit;
                        names.push(canon);
                    }
                }
                if build && keep(s, e) {
                    out.push(Ent { ts: s, te: e, label, party: Cow::Borrowed(canon), name: Cow::Borrowed(canon) });
                    from.push(at);
                }
            }
        }
        // short forms take the fullest form in the text that contains them as words
        // (the distinct names sorted: a name listed from two sources, a state as a headline
        // word and as a run, is kept once)
        crate::sort::sort(&mut names);
        names.dedup();
        // word → the distinct names that hold it, ascending (a list for each word: a set of bits
        // over all the names for each word grew with the product of their numbers, 1.1 GB for a
        // megabyte-long list of names)
        let mut lists: Vec<Vec<u32>> = Vec::new();
        let mut by_word: WordMap<&str, usize> = Default::default();
        for (k, n) in names.iter().enumerate() {
            for w in n.split(' ') {
                let at = *by_word.entry(w).or_insert_with(|| {
                    lists.push(Vec::new());
                    lists.len() - 1
                });
                if lists[at].last() != Some(&(k as u32)) {
                    lists[at].push(k as u32);
                }
            }
        }
        // (worked out once for each distinct run text, whose surface is the name of its entities
        // that are no GPE or NORP: a name recurs all through a long text; and so is its party,
        // which [`party_name`] reads from the name alone for those labels)
        let mut fullest: Vec<Option<(&'a str, &'a str)>> = vec![None; facts.len()];
        for (e, &at) in out.iter_mut().zip(&from) {
            // (every name here borrows from the text or the tables)
            let Cow::Borrowed(name) = e.name else { continue };
            if e.label == Label::Gpe || e.label == Label::Norp {
                continue;
            }
            let (name, party) = *fullest[at as usize].get_or_insert_with(|| {
                // the names that hold every word of this one (walked in the shortest of its
                // words' lists), the first of the longest of them in their order
                let mut best = name;
                let mut fewest: &[u32] = &[];
                for (j, w) in name.split(' ').enumerate() {
                    let list = by_word.get(w).map_or(&[][..], |&at| &lists[at]);
                    if j == 0 || list.len() < fewest.len() {
                        fewest = list;
                    }
                }
                let holds = |k: &u32, w: &str| by_word.get(w).is_some_and(|&at| lists[at].binary_search(k).is_ok());
                for k in fewest {
                    let n = names[*k as usize];
                    if n.len() > best.len() && name.split(' ').all(|w| holds(k, w)) {
                        best = n;
                    }
                }
                let name = best;
                (name, party_name(name, e.label))
            });
            e.name = Cow::Borrowed(name);
            e.party = Cow::Borrowed(party);
        }
        out
    }

    fn name_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let r = self.raw(i);
        match r.as_bytes().first() {
            // (an ASCII letter without decoding the character)
            Some(b) if b.is_ascii() => (b.is_ascii_uppercase() || r == "al") && r != "I",
            _ => starts_upper(r),
        }
    }

    fn ent(&self, i: usize) -> Option<&Ent<'a>> {
        self.ent_at.get(i).filter(|&&k| k != NONE).and_then(|&k| self.ents.get(k as usize))
    }

    /// The first PERSON (outside quotes) of the nearest sentence before token `i` that has one.
    /// "It could reimpose them": a sentence that opens with "it" before a verb continues the
    /// previous sentence's subject when that sentence opens with a body or state.
    fn resolve_it(&self, i: usize) -> Option<String> {
        let s = self.doc.sentence_of(i);
        let (a, _) = self.doc.sentences.get(s)?.tokens;
        // (also after a short fronted time or place phrase: "In 2023 it imposed …", "Last year, it added …")
        // (or any short phrase closed by a comma: "Hours later, it placed …", "Separately, it …")
        let fronted = i > a
            && i <= a + 6
            && (one_of!(self.w(a), "in" | "on" | "since" | "last" | "earlier" | "later" | "by" | "after" | "then" | "during" | "at" | "until" | "before") || self.w(i - 1) == ",")
            && (a..i).all(|k| self.ent(k).is_none() && !one_of!(self.w(k), "that" | "which" | "who" | "it" | "when" | "if"));
        // "X said it would …": the subject of the reporting verb (also after a short phrase:
        // "X said on Wednesday it …", "X said in a statement that it …")
        let mut r = i;
        while r > a + 1 && i - r < 6 && self.is_word(r - 1) && self.ent(r - 1).is_none() {
            r -= 1;
            if self.report_at(r) {
                if let Some(e) = self.ent(r - 1).filter(|e| e.te == r && matches!(e.label, Label::Org | Label::Gpe)) {
                    return Some(e.party.own());
                }
                break;
            }
        }
        // "Its last round of listings …": the possessor of the subject, with no verb to check;
        // "it placed": any verb in the past tense
        let v = self.w(i + 1);
        let subject_it = (i == a || fronted) && (self.w(i) == "its" || one_of!(v, "could" | "would" | "will" | "may" | "might" | "can" | "has" | "had" | "also" | "then" | "later" | "said") || ed_form(v) && self.ent(i + 1).is_none());
        if !subject_it || s == 0 {
            return None;
        }
        let (pa, pb) = self.doc.sentences[s - 1].tokens;
        let first = (pa..pb).find(|&k| self.is_word(k) && self.w(k) != "the")?;
        if let Some(e) = self.ent(first).filter(|e| matches!(e.label, Label::Org | Label::Gpe) && e.ts == first) {
            return Some(e.party.own());
        }
        // a previous sentence that opens with an empty "it"/"this" ("It is not the first time
        // Ottawa has acted."): the state or body that is the subject of a verb inside it
        if !one_of!(self.w(first), "it" | "this" | "that" | "there") {
            return None;
        }
        (pa..pb)
            .filter_map(|k| self.ent(k).filter(|e| e.ts == k))
            .filter(|e| matches!(e.label, Label::Org | Label::Gpe) && !self.in_quote(e.ts))
            .find(|e| {
                let v = self.w(e.te);
                one_of!(v, "has" | "had" | "have" | "is" | "was" | "did" | "will" | "would" | "could" | "said") || ed_form(v) && !starts_upper(self.raw(e.te))
            })
            .map(|e| e.party.own())
    }

    /// The state or body that reports the clause a pronoun at `i` opens ("The Netherlands and
    /// Lithuania said they would …", "ministers of the Nordic Council warned that they …"): the subject right
    /// before the reporting verb, of coordinated subjects the first named.
    #[inline(never)]
    fn reporter_before(&self, i: usize) -> Option<String> {
        let a = self.doc.sentences.get(self.doc.sentence_of(i))?.tokens.0;
        let r = (i.saturating_sub(3).max(a + 1)..i).rev().find(|&r| self.report_like_at(r) && (r + 1..i).all(|k| self.w(k) == "that"))?;
        let e = self.ent(r - 1).filter(|e| e.te == r && matches!(e.label, Label::Org | Label::Gpe))?;
        Some(self.first_conjunct(e, a).party.own())
    }

    /// The reporter whose reported clause opens with the pronoun at `i`: "X announced (on
    /// Friday) that it …" is X's (a state's body speaks for its state, "Ruritania's ministry").
    fn reporter_of(&self, i: usize) -> Option<String> {
        let a = self.doc.sentences.get(self.doc.sentence_of(i))?.tokens.0;
        let r = (i.saturating_sub(5).max(a + 1)..i).rev().find(|&r| self.report_like_at(r))?;
        if !(r + 1..i).all(|k| matches!(self.w(k), "that" | "on" | "," | "today") || crate::numex::is_weekday_or_month(self.w(k))) {
            return None;
        }
        // (not one who opposes the measures: "X said it opposed any measures")
        if one_of!(self.w(i + 1), "opposed" | "opposes" | "rejected" | "rejects" | "condemned" | "condemns") {
            return None;
        }
        self.report_subject(r, a).map(|n| party_name(&n, Label::Org).to_string())
    }

    /// The first of coordinated parties ending with `e` ("A, B and C", "A or B"), after `lo`.
    fn first_conjunct<'s>(&'s self, mut e: &'s Ent<'a>, lo: usize) -> &'s Ent<'a> {
        while e.ts > lo + 1 && matches!(self.w(e.ts - 1), "and" | "or" | ",") {
            match self.ent(e.ts - 2) {
                Some(f) if f.label == e.label && f.te == e.ts - 1 => e = f,
                _ => break,
            }
        }
        e
    }

    fn resolve_pronoun(&self, i: usize) -> Option<String> {
        let s = self.doc.sentence_of(i);
        let (a, _) = self.doc.sentences.get(s)?.tokens;
        // the same sentence first (before the pronoun), then earlier ones
        for k in (0..=s).rev() {
            let (ka, kb) = self.doc.sentences[k].tokens;
            let end = if k == s { i.min(kb) } else { kb };
            let _ = a;
            let mut outside = None;
            let mut any = None;
            for t in ka..end {
                if let Some(e) = self.ent(t) {
                    if e.label == Label::Person {
                        if any.is_none() {
                            any = Some(e.name.own());
                        }
                        if outside.is_none() && !self.in_quote(t) {
                            outside = Some(e.name.own());
                        }
                    }
                }
            }
            if let Some(n) = outside.or(any) {
                return Some(n);
            }
            if s - k > 8 {
                break;
            }
        }
        None
    }

    // ----- quotes -----

    fn quotes_from(&self, quotes: &[Quote], clusters: &'a [Cluster]) -> Vec<Q<'a>> {
        if !quotes.is_empty() {
            // (the last speaker's state, for the next quote by the same speaker: a text quotes
            // one speaker several times in a row)
            let mut last: Option<(usize, Option<&'static str>)> = None;
            return quotes
                .iter()
                .map(|q| Q {
                    span: q.span,
                    // an unnamed speaker keeps the quote layer's label ("Indonesian Foreign Ministry")
                    speaker: q.speaker.and_then(|c| clusters.get(c)).map(|c| Cow::Borrowed(if c.label == Label::Gpe { party_name(&c.name, c.label) } else { &c.name })).or_else(|| q.speaker_label.own().map(Cow::Owned)),
                    partial: q.kind == crate::model::QuoteKind::Partial,
                    mention: q.speaker_mention,
                    state: q.speaker.and_then(|c| match last {
                        Some((k, state)) if k == c => state,
                        _ => {
                            let state = clusters.get(c).and_then(|c| c.role.as_deref()).and_then(role_state);
                            last = Some((c, state));
                            state
                        }
                    }),
                })
                .collect();
        }
        // fallback: pair double quotation marks within each paragraph
        let mut out = Vec::new();
        for p in &self.doc.paragraphs {
            let (s0, s1) = p.sentences;
            let (Some(first), Some(last)) = (self.doc.sentences.get(s0), s1.checked_sub(1).and_then(|k| self.doc.sentences.get(k))) else {
                continue;
            };
            let (ta, tb) = (first.tokens.0, last.tokens.1);
            let mut open: Option<usize> = None;
            for t in ta..tb {
                let Kind::Quote(m) = tk(self.doc, t).kind else { continue };
                if !m.is_double() {
                    continue;
                }
                let opening = match m {
                    Mark::DoubleOpen => true,
                    Mark::DoubleClose => false,
                    _ => open.is_none(),
                };
                if opening {
                    open = Some(t);
                } else if let Some(o) = open.take() {
                    out.push((o, t));
                }
            }
            if let Some(o) = open {
                out.push((o, tb));
            }
        }
        out.into_iter()
            .filter(|(o, c)| c > &(o + 1))
            .map(|(o, c)| {
                let span = Span::new(tk(self.doc, o).span().end, tk(self.doc, c - 1).span().end);
                Q { span, speaker: self.fallback_speaker(o, c).map(Cow::Owned), partial: false, mention: None, state: None }
            })
            .collect()
    }

    /// The speaker of a quote between tokens `o` and `c` (marks), from "X said" after or before it.
    fn fallback_speaker(&self, o: usize, c: usize) -> Option<String> {
        let n = self.doc.tokens.len();
        // after: ", said Secretary X." / ", X said" / ", he said"
        let mut j = c + 1;
        while j < n && j < c + 4 && matches!(tk(self.doc, j).kind, Kind::Punct | Kind::Quote(_)) && self.raw(j) != "." {
            j += 1;
        }
        for k in j..(j + 8).min(n) {
            if tk(self.doc, k).line_before || self.raw(k) == "." {
                break;
            }
            if self.report_at(k) {
                // subject after the verb, else before it
                if let Some(s) = self.subject_near(k + 1, (k + 6).min(n)) {
                    return Some(s);
                }
                if let Some(s) = self.subject_near(j, k) {
                    return Some(s);
                }
            }
        }
        // before: "X said, “…" / "X: “…"
        let lo = o.saturating_sub(12);
        let mut k = o;
        while k > lo {
            k -= 1;
            if tk(self.doc, k).kind == Kind::Quote(Mark::DoubleClose) {
                break;
            }
            if self.report_at(k) || self.raw(k) == ":" {
                let start = self.doc.sentences.get(self.doc.sentence_of(k)).map_or(lo, |s| s.tokens.0).max(lo);
                return self.subject_near(start, k);
            }
        }
        None
    }

    /// A place ending at `te` only locates the party after it: "Kiel-based", "Panama-flagged",
    /// "Dubai-registered", "London-listed".
    fn locates_after(&self, te: usize) -> bool {
        // (or ties it to the party: "the Novatek-linked shipyard X", "Iran-backed X")
        matches!(self.w(te), "-" | "‐") && one_of!(self.w(te + 1), "based" | "registered" | "flagged" | "headquartered" | "listed" | "linked" | "backed" | "owned" | "controlled" | "affiliated" | "allied" | "aligned")
    }

    /// The last named party or resolved pronoun in `a..b`.
    fn subject_near(&self, a: usize, b: usize) -> Option<String> {
        let mut found = None;
        let mut t = a;
        while t < b {
            if let Some(e) = self.ent(t) {
                // (not a place that only locates a party: "the Oslo-based firm X")
                let locative = self.locates_after(e.te);
                if matches!(e.label, Label::Person | Label::Org | Label::Gpe) && !locative {
                    found = Some(e.name.own());
                }
                t = e.te.max(t + 1);
                continue;
            }
            if matches!(self.w(t), "he" | "she") {
                found = self.resolve_pronoun(t);
            }
            t += 1;
        }
        found
    }

    fn quote_at(&self, i: usize) -> Option<&Q<'a>> {
        self.quote_of.get(i).filter(|&&k| k != NONE).and_then(|&k| self.quotes.get(k as usize))
    }

    fn in_quote(&self, i: usize) -> bool {
        self.quote_at(i).is_some()
    }

    /// Token `k` is the opening mark of a quotation (of any length).
    fn opens_quote(&self, k: usize) -> bool {
        let Some(t) = self.doc.tokens.get(k) else { return false };
        let i = self.quotes.partition_point(|q| q.span.start < t.span().end);
        self.quotes.get(i).is_some_and(|q| q.span.start == t.span().end)
    }

    // ----- documents -----

    /// States the headline (first sentence) names as a GPE other than its subject or the owner of
    /// an organisation ("Iran's IRGC"): the country programme a document is about.
    fn programme_states(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut norps: Vec<(String, bool)> = Vec::new();
        let Some(first) = self.doc.sentences.first() else { return out };
        let (a, b) = first.tokens;
        let mut k = a;
        while k < b {
            let Some(e) = self.ent(k) else {
                k += 1;
                continue;
            };
            let next = self.w(e.te);
            // a headline clause's subject ("Minsk Condemns …", "…; Minsk Vows Response")
            // (or of a subordinate clause: "… as Hungary Objects", "… While Minsk Stalls")
            let at_start = |k: usize| (a..k).all(|j| !self.is_word(j)) || k > a && one_of!(self.w(k - 1), ";" | "," | ":" | "-" | "–" | "—" | "as" | "while" | "after" | "when" | "because" | "but");
            // a question's subject after its auxiliary ("Will Ankara Bend …?")
            let aux = e.ts > a && one_of!(self.w(e.ts - 1), "will" | "would" | "can" | "could" | "should" | "does" | "did" | "is" | "has" | "may" | "might") && at_start(e.ts - 1);
            let clause_start = at_start(e.ts) || aux;
            // (or its last conjunct: "Japan and Australia Sanction …")
            let conjunct = self.coordinated_subject_before(e.te, a) && (next == "sanction" || headline_verb_word(next) && !self.strong_word(e.te));
            let subject = clause_start && self.is_word(e.te) && !self.strong_word(e.te) && !pre(next, "arms") || conjunct;
            let owner = matches!(next, "'s" | "’s") && self.ent(e.te + 1).is_some_and(|n| n.label == Label::Org);
            // where the targets work or what links them, not whom the measures are on
            // ("… Network Operating From China and Russia", "… Over Russia Links"; the scene of a
            // war or offensive the measures answer: "… Over Syria Offensive")
            let place = {
                let mut j = e.ts;
                while j >= a + 2 && matches!(self.w(j - 1), "and" | "," | "or") && self.ent(j - 2).is_some_and(|p| p.label == Label::Gpe) {
                    j = self.ent(j - 2).map_or(j - 2, |p| p.ts);
                }
                let before = if j > a { self.w(j - 1) } else { "" };
                one_of!(before, "from" | "through" | "via" | "across") || before == "over" && one_of!(next, "links" | "ties" | "connections" | "dealings" | "war" | "offensive" | "invasion" | "incursion" | "annexation" | "occupation")
                    // (or a fronted scene: "In Vilnius, exiles pay a price for …")
                    || j == a + 1 && before == "in" && next == ","
                    // (or where talks are held: "… After Talks in Oslo", "… at Summit in Lima")
                    // (the victim of a war the measures answer: "… Supporting the War Against Kyiv")
                    || j >= a + 2 && self.war_victim(j)
                    // (where another state's goods go: "… Network Moving Iranian Oil to China", not
                    // "… Suppliers of Jet Fuel to the Junta")
                    || before == "to" && (j.saturating_sub(3).max(a)..j - 1).any(|k| goods_noun(self.w(k)) || one_of!(self.w(k), "crude" | "petroleum" | "cargo" | "cargoes" | "drones" | "missiles" | "components" | "technology"))
                        && (j.saturating_sub(4).max(a)..j - 1).any(|k| self.ent(k).is_some_and(|n| n.label == Label::Norp))
                    // (where described people are: "… Financiers in Lebanon and Brazil", "… Workers in X")
                    || before == "in" && j >= a + 2 && { let n = self.w(j - 2); is_described(n) || n.len() > 5 && n.ends_with("ers") }
                    || matches!(before, "in" | "at") && j >= a + 2 && one_of!(self.w(j - 2), "talks" | "meeting" | "meetings" | "summit" | "conference" | "negotiations" | "visit" | "trip" | "held" | "met" | "meet" | "meets")
            };
            if e.label == Label::Gpe && self.is_state(&e.party) && !is_sanctioner(&e.party) && !subject && !owner && !place && !out.iter().any(|o| *o == e.party) {
                out.push(e.party.own());
            }
            // the nationality of plural targets ("Haitian Gang Leaders"), not of one party ("Belarusian Trader")
            // the noun phrase ends before a title-cased preposition or participle ("Gold Traders
            // Accused of …", "Traders Over …")
            let head = (e.te..(e.te + 4).min(b))
                .take_while(|&j| self.name_word(j) && self.ent(j).is_none_or(|n| n.label != Label::Norp && n.label != Label::Gpe) && !(j > e.te && headline_phrase_end(self.w(j))))
                .last();
            // or a state's commodity ("Iranian Oil"): sanctions on it are on the state
            // (in a sentence-case headline, a plural of described targets: "… Belarusian officials")
            let plural = head.is_none() && self.doc.sentences.len() > 1 && is_described(self.w(e.te)) && self.w(e.te).ends_with('s') || head.is_some_and(|h| {
                let w = self.w(h);
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !headline_verb_word(w) || h == e.te && one_of!(w, "oil" | "crude" | "gas" | "gold" | "coal" | "petroleum" | "steel" | "fuel")
                    // a collective of targets ("IT Worker Network", "Smuggling Ring")
                    || one_of!(w, "network" | "ring" | "fleet" | "cartel" | "gang" | "syndicate")
            });
            if e.label == Label::Norp && self.is_state(&e.party) && !is_sanctioner(&e.party) && !norps.iter().any(|(n, _)| *n == e.party) {
                norps.push((e.party.own(), plural));
            }
            k = e.te.max(k + 1);
        }
        // a headline's one nationality of the targets ("… on Four Haitian Gang Leaders") names the
        // programme; two ("Indonesian Shipper …, Russian Banks") name none
        let sanctions_headline = self.sanctions_headline();
        if out.is_empty() && norps.len() == 1 && norps[0].1 && sanctions_headline {
            out.push(norps.remove(0).0);
        }
        // a country programme's own regulations ("Special Economic Measures (Haiti) Regulations"):
        // the state in brackets inside a law's name, as the entity layer finds them
        if out.is_empty() {
            // (a state the text or the built-in lexicon names as a place)
            let place = |w: &str| self.is_state(w) || crate::lexicon::Lexicon::default().get(w).is_some_and(|h| h.label == Label::Gpe);
            'laws: for e in self.ents.iter().filter(|e| e.label == Label::Law && e.ts > a) {
                for k in e.ts + 1..e.te.saturating_sub(2) {
                    if self.w(k) == "(" && self.w(k + 2) == ")" && place(self.raw(k + 1)) {
                        out.push(party_name(self.raw(k + 1), Label::Gpe).own());
                        break 'laws;
                    }
                }
            }
        }
        out
    }

    /// The span holds a failed step ("failed to agree", "Fails to Agree"): its actor still acts on sanctions.
    fn failed_step(&self, span: Span) -> bool {
        let a = self.doc.tokens.partition_point(|t| t.span().start < span.start);
        let b = self.doc.tokens.partition_point(|t| t.span().end <= span.end);
        (a..b).any(|k| matches!(self.w(k), "failed" | "fails" | "fail") && (k + 1..(k + 4).min(b)).any(|j| self.w(j) == "to"))
    }

    /// The headline (first sentence) is about sanctions: it holds a sanctions word.
    fn sanctions_headline(&self) -> bool {
        let Some(first) = self.doc.sentences.first() else { return false };
        let (a, b) = first.tokens;
        (a..b).any(|j| self.strong_word(j) || one_of!(self.w(j), "listings" | "listing" | "measures" | "designations" | "designates" | "freezes" | "target" | "targets" | "bans" | "curbs"))
    }

    fn default_actor(&self, drafts: &[Draft], target: Option<&str>) -> Option<String> {
        // states that impose, change or threaten sanctions (not those refusing or complying; a
        // sanctioning body stays one when a step fails: "the EU failed to agree sanctions")
        let imposing = |d: &&Draft| !matches!(d.action, Action::Comply | Action::Violate | Action::Effect) && (d.modality != Modality::Negated || self.failed_step(d.span));
        // (a state acting twice in one sentence counts once: "froze …, and banned …")
        // (a federal department acts for the United States: "Treasury sanctioned …")
        let mut states: Vec<(usize, String)> = drafts.iter().filter(imposing).filter_map(|d| Some((d.sent, d.actor.as_deref()?))).map(|(s, a)| (s, if us_agency(a) { "United States" } else { a })).filter(|&(_, a)| Some(a) != target && (is_listed_state(a) || is_body(a))).map(|(s, a)| (s, a.own())).collect();
        states.dedup();
        let states: Vec<String> = states.into_iter().map(|(_, a)| a).collect();
        if let Some(best) = most_frequent(states.iter().cloned()) {
            // (or the one state or body acting in a short text, its headline's: "EU extends
            // sanctions …", then "The measures were renewed …")
            if states.iter().filter(|a| **a == best).count() >= 2 || drafts.len() <= 3 && states.iter().all(|a| *a == best) && drafts.iter().any(|d| d.sent == 0 && d.actor.as_ref() == Some(&best)) {
                return Some(best);
            }
        }
        // (the text speaking as a government is read here alone, past the answer above)
        let first_person = self.first_person();
        if !(first_person || self.doc_score >= 6 || drafts.len() >= 4) {
            return None;
        }
        // a report on many sanctioning states, none of them twice ("Estonia barred …, Britain froze …,
        // the United States sanctioned …"): its generic "the sanctions" are no one state's (unless the headline names who acts)
        if !first_person && !drafts.iter().any(|d| d.sent == 0 && d.actor.as_deref().is_some_and(|a| self.is_state(a) || is_body(a))) {
            let mut distinct: Vec<&str> = drafts.iter().filter(imposing).filter_map(|d| d.actor.as_deref()).filter(|a| Some(*a) != target && (self.is_state(a) || is_body(a))).collect();
            crate::sort::sort(&mut distinct);
            distinct.dedup();
            if distinct.len() >= 3 {
                return None;
            }
        }
        // the first imposing subject of the text, when it names a state or body
        if let Some(a) = drafts.iter().filter(imposing).filter(|d| d.modality == Modality::Asserted || d.modality == Modality::Negated && self.failed_step(d.span)).filter_map(|d| d.actor.own()).find(|a| Some(a.as_str()) != target) {
            if self.is_state(&a) || is_body(&a) {
                return Some(a);
            }
        }
        let mut counts: Vec<(String, usize)> = Vec::new();
        for e in &self.ents {
            if one_of!(&*e.party, "United States" | "European Union" | "United Nations" | "United Kingdom") && Some(&*e.party) != target {
                match counts.iter_mut().find(|(m, _)| *m == e.party) {
                    Some(c) => c.1 += 1,
                    None => counts.push((e.party.own(), 1)),
                }
            }
        }
        crate::sort::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.1));
        if let Some((n, _)) = counts.into_iter().next() {
            return Some(n);
        }
        // else the first imposing subject of the text
        drafts.iter().filter(imposing).filter(|d| d.modality == Modality::Asserted).filter_map(|d| d.actor.own()).find(|a| Some(a.as_str()) != target)
            .or_else(|| most_frequent(drafts.iter().filter_map(|d| d.actor.own()).filter(|a| Some(a.as_str()) != target)))
    }

    // ----- sentences -----

    /// The claims of sentence `s`, after those of the sentences before it (`at`: the index in
    /// [`Ctx::cands`] the walk over them has reached; `scratch`: room for its triggers and bounds).
    fn sentence(&self, s: usize, out: &mut Vec<Draft>, at: &mut usize, scratch: &mut (Vec<Trig>, Vec<usize>)) {
        let Some(sent) = self.doc.sentences.get(s) else { return };
        let (a, b) = sent.tokens;
        let (trigs, bounds) = scratch;
        trigs.clear();
        // (a trigger's tokens are no start of another; nor are tokens before the sentence)
        let mut next = a;
        for &i in &self.cands[*at..] {
            let i = i as usize;
            if i >= b {
                break;
            }
            *at += 1;
            if i < next {
                continue;
            }
            if let Some(t) = self.trigger_at(i, a, b) {
                next = t.te;
                trigs.push(t);
            }
        }
        trigs.retain(|t| !self.topic_only(*t, a));
        if trigs.is_empty() {
            return;
        }
        self.boundaries(a, b, trigs, bounds);
        // group triggers into predications
        struct Pred {
            clause: (usize, usize),
            trig: Trig,
            action: Action,
            explicit: bool,
            more: Vec<Trig>,
        }
        let mut preds: Vec<Pred> = Vec::new();
        for &t in trigs.iter() {
            let mut clause = clause_of(bounds, a, b, t.ts);
            if let Some(q) = self.quote_at(t.ts).filter(|q| !q.partial) {
                let qa = (clause.0..t.ts).find(|&k| q.span.contains(tk(self.doc, k).span())).unwrap_or(t.ts);
                let qb = (t.ts..clause.1).find(|&k| !q.span.contains(tk(self.doc, k).span())).unwrap_or(clause.1);
                clause = (qa, qb.max(t.te));
            } else if let Some((_, r)) = self.words(clause.0..t.ts).iter().zip(clause.0..t.ts).rev().find(|&(&w, k)| may_report(w) && self.report_at(k) && w != "saying") {
                // (the pairs' test before the call: most words of the clause are ruled out by it)
                // (after the addressee: "told Parliament that …")
                clause.0 = (r + 1..(r + 4).min(t.ts)).find(|&k| self.w(k) == "that").map_or(r + 1, |k| k + 1);
            }
            let (action, explicit) = self.action(t, clause);
            // a participle that only describes parties ("entities designated by its committee",
            // "business with sanctioned entities") joins the clause's predication
            let described = !t.verb && one_of!(self.w(t.ts), "designated" | "sanctioned" | "blacklisted" | "listed") && t.ts > a && (is_described(self.w(t.ts - 1)) || self.described_after(t.te, b));
            let join = described && preds.last().is_some_and(|l| clause_of(bounds, a, b, l.trig.ts) == clause_of(bounds, a, b, t.ts));
            let explicit = (explicit || t.verb) && !join;
            // a participle after a comma that says what the measures target ("imposed sanctions on
            // 300 firms, targeting X's ability to …") belongs to their predication
            if t.weak && t.verb && self.w(t.ts) == "targeting" && t.ts > a && self.w(t.ts - 1) == "," {
                if let Some(last) = preds.last_mut().filter(|l| !l.trig.weak && self.quote_at(l.trig.ts).is_none() && self.quote_at(t.ts).is_none()) {
                    last.clause.1 = last.clause.1.max(clause.1);
                    last.more.push(t);
                    continue;
                }
            }
            // the measures a verb trigger takes as its object ("ready to reimpose the measures")
            // are that verb's predication
            if let Some(last) = preds.last_mut().filter(|l| l.trig.verb && !t.verb && l.trig.te < t.ts && l.trig.te + 2 > t.ts && matches!(self.w(l.trig.te), "the" | "these" | "those" | "its" | "their")) {
                last.more.push(t);
                continue;
            }
            // coordinated measures ("the travel ban and asset freeze"): one predication, where a
            // cue read for either one beats the default of imposing
            if let Some(last) = preds.last_mut().filter(|l| !t.verb && self.coordinated(l.more.iter().map(|m| m.te).chain([l.trig.te]).max().unwrap_or(t.ts), t.ts)) {
                if self.quote_at(last.trig.ts).map(|q| q.span) == self.quote_at(t.ts).map(|q| q.span) {
                    if last.action == Action::Impose && action != Action::Impose {
                        last.action = action;
                    }
                    last.more.push(t);
                    continue;
                }
            }
            if let Some(last) = preds.last_mut() {
                if (last.clause == clause || join) && self.quote_at(last.trig.ts).map(|q| q.span) == self.quote_at(t.ts).map(|q| q.span) {
                    if last.action == action || !explicit {
                        if last.trig.weak && !t.weak && last.action == action && !join {
                            last.more.push(last.trig);
                            last.trig = t;
                        } else {
                            last.more.push(t);
                        }
                        continue;
                    }
                    if !last.explicit {
                        last.more.push(last.trig);
                        last.trig = t;
                        last.action = action;
                        last.explicit = true;
                        continue;
                    }
                }
            }
            preds.push(Pred { clause, trig: t, action, explicit, more: Vec::new() });
        }
        let first = out.len();
        let mut prev_end = 0usize;
        for p in preds {
            // (the quotation read in place, not copied with its speaker's name)
            let quoted = self.quote_at(p.trig.ts);
            // a partial quote is part of the reporter's sentence: its span, clause and cues
            let (quote, partial) = match quoted {
                Some(q) if q.partial => (None, Some(q)),
                q => (q, None),
            };
            let span = match &quote {
                Some(q) => {
                    let st = Span::new(q.span.start.max(sent.span.start), q.span.end.min(sent.span.end));
                    if st.is_empty() {
                        sent.span
                    } else {
                        st
                    }
                }
                None => sent.span,
            };
            let trigger = tok_span(self.doc, p.trig.ts, p.trig.te - 1);
            let mut all = vec![p.trig];
            all.extend(p.more.iter().copied());
            let (mut modality, mut source) = self.modality_source(p.trig, p.clause, (a, b), p.action, quote, prev_end);
            if let Some(pq) = &partial {
                if modality == Modality::Asserted {
                    modality = Modality::Reported;
                }
                if pq.speaker.is_some() {
                    source = pq.speaker.as_deref().map(str::own);
                }
            }
            // a fronted condition governs the main clause after its comma: "If X imposes sanctions, we will comply"
            let lead = if self.is_word(a) { a } else { a + 1 };
            if p.clause.0 > lead && matches!(self.w(lead), "if" | "unless" | "should") && self.w(p.clause.0) == "," && !matches!(modality, Modality::Negated | Modality::Conditional) {
                modality = Modality::Conditional;
            }
            // an earlier predication's demand cue does not govern the next one
            prev_end = p.trig.te;
            // (the party contesting the measures: their target, and no actor)
            let challenger = self.challenger(p.trig, p.clause.0);
            let (target, target_default) = self.target(&all, p.clause, p.action, challenger.as_deref());
            let nationality = if target.is_none() && !target_default { self.described_nationality(&all, p.clause) } else { None };
            let (mut actor, actor_rule) = self.actor(&all, p.clause, p.action, target.as_deref(), challenger.is_some());
            // a second verb phrase ("… and has threatened …") shares the sentence's subject
            if actor.is_none() && actor_rule == ActorRule::Default && p.clause.0 > a && self.w(p.clause.0) == "and" {
                let v = if self.w(p.clause.0 + 1) == "also" { p.clause.0 + 2 } else { p.clause.0 + 1 };
                actor = self.coordinated_lead(a, p.clause.0, v, target.as_deref());
            }
            // "… said the bloc had erred and threatened to …": the reporter threatened
            if actor_rule == ActorRule::Default && p.clause.0 > a + 1 {
                if let Some(r) = self.reporter_coordinated(a, p.clause.0, p.trig.ts, target.as_deref()) {
                    actor = Some(r);
                }
            }
            // "The Council said the sanctions remain in force": a government body reporting on
            // measures it names definitely, with no party of their own, reports its own
            if actor.is_none() && actor_rule == ActorRule::Default && p.clause.0 > a + 1 && !matches!(p.action, Action::Effect | Action::Comply | Action::Violate | Action::Other) {
                actor = self.reporting_body(p.clause.0, p.trig.ts, target.as_deref());
            }
            // (the measures' actor named earlier in the sentence, also for a stance on them)
            if actor.is_none() && actor_rule != ActorRule::Null {
                actor = out[first..].iter().rev().find_map(|d| d.actor.own()).filter(|a| Some(a) != target.as_ref());
            }
            // "the bloc", "the union", "the alliance": the last such body that acted (within a few sentences)
            if actor.is_none() && actor_rule == ActorRule::Default && self.bloc_subject(p.clause.0, p.trig.ts) {
                // (else the body the text named last: "Kallas said the bloc would keep …")
                actor = out.iter().rev().take_while(|d| d.sent + 4 >= s).find_map(|d| d.actor.own().filter(|a| is_body(a))).or_else(|| (p.clause.0..p.trig.ts).take(6).find_map(|j| self.bloc(j)));
            }
            out.push(Draft { span, action: p.action, actor, actor_rule, target, target_default, nationality, modality, source, trigger, counter: self.countermeasure(p.trig, p.clause.0), sent: s, definite: p.trig.ts > a && one_of!(self.w(p.trig.ts - 1), "the" | "this" | "these" | "those") && !pre(self.w(p.trig.te - 1), "list") });
        }
    }

    /// The subject of a second verb phrase ("… and has threatened …", from the "and" at `c`):
    /// the party that opens the sentence `a..`; or the body an opening "it" stands for, when the
    /// coordinated verb is in the past like the opening one, so that it skips a reported clause
    /// between them ("It said the bloc had erred and threatened to …": "it" threatened).
    #[inline(never)]
    fn coordinated_lead(&self, a: usize, c: usize, v: usize, target: Option<&str>) -> Option<String> {
        let lead = (a..c).find(|&k| self.is_word(k) && self.w(k) != "the")?;
        if let Some(e) = self.ent(lead) {
            return Some(e.party.own()).filter(|_| matches!(e.label, Label::Gpe | Label::Org | Label::Person) && Some(&*e.party) != target);
        }
        if self.w(lead) != "it" || !past(self.w(lead + 1)) || !past(self.w(v)) {
            return None;
        }
        self.resolve_it(lead).filter(|p| Some(p.as_str()) != target)
    }

    /// A trigger in a verb phrase joined by "and" to a reported clause that starts at `c`
    /// ("X said the bloc had erred and threatened to restrict …"): when the joined verb is in the
    /// past like the reporting verb before the clause, it is the reporter's second verb, and its
    /// subject is the sentence's lead (see [`Self::coordinated_lead`]).
    #[inline(never)]
    fn reporter_coordinated(&self, a: usize, c: usize, ts: usize, target: Option<&str>) -> Option<String> {
        let r = (c.saturating_sub(2).max(a + 1)..=c).rev().find(|&k| self.report_at(k))?;
        let k = (r + 2..ts).rev().find(|&k| self.w(k) == "and")?;
        let v = if self.w(k + 1) == "also" { k + 2 } else { k + 1 };
        // (the trigger its object, not the verb itself: "… and designated two banks" may go on the
        // reported clause)
        let near = v + 1 == ts || v + 2 == ts && self.w(v + 1) == "to";
        if !near || !past(self.w(r)) || !past(self.w(v)) || self.ent(v).is_some() {
            return None;
        }
        self.coordinated_lead(a, r, v, target)
    }

    /// [`Self::sentence`]: the government body or sanctioning state whose reporting verb ends
    /// right before the clause at `c`, when the clause's trigger at `ts` is a definite reference
    /// ("The bloc's council said the sanctions remain in force", "The State Department
    /// said the designation of X was made under …").
    #[inline(never)]
    fn reporting_body(&self, c: usize, ts: usize, target: Option<&str>) -> Option<String> {
        let r = (c.saturating_sub(2)..c).rev().find(|&k| self.report_at(k) || matches!(self.w(k), "warned" | "warns") && self.w(k + 1) == "that")?;
        // (or a sanctioning body's own coming measures: "The Council warned that further sanctions …")
        let further = ts > c && one_of!(self.w(ts - 1), "further" | "additional" | "new" | "more");
        if !(ts > c && (further || one_of!(self.w(ts - 1), "the" | "these" | "those" | "this")) && (c..ts - 1).all(|k| self.w(k) == "that")) {
            return None;
        }
        // ("The Council warned …": the Security Council the text named before)
        if further && self.w(r.checked_sub(1)?) == "council" {
            return self.ents.iter().take_while(|e| e.te < r).map(|e| &e.party).filter(|p| p.ends_with("Security Council")).last().map(|p| p.own());
        }
        let e = self.ent(r.checked_sub(1)?).filter(|e| e.te == r && (!further || is_sanctioner(&e.party) || is_authority(&e.party)))?;
        let body = match e.label {
            Label::Org => e.party.split(' ').any(|w| one_of!(w, "Department" | "Ministry" | "Council" | "Commission" | "Office" | "Treasury" | "Affairs" | "Government" | "Administration")) || is_sanctioner(&e.party),
            Label::Gpe => is_sanctioner(&e.party),
            _ => false,
        };
        Some(e.party.own()).filter(|p| body && Some(p.as_str()) != target)
    }

    /// An adverb at `k` between a passive's auxiliary and its participle ("were also added").
    fn passive_adverb(&self, k: usize) -> bool {
        k > 0 && one_of!(self.w(k), "also" | "now" | "already" | "later" | "since" | "formally" | "officially") && be_form(self.w(k - 1))
    }

    /// Tokens `from..to` only join two measures: "and", "or", a comma, an article ("… ban and an asset freeze").
    fn coordinated(&self, from: usize, to: usize) -> bool {
        from < to && to - from <= 3 && (from..to).any(|k| matches!(self.w(k), "and" | "or")) && (from..to).all(|k| one_of!(self.w(k), "and" | "or" | "," | "a" | "an" | "the"))
    }

    /// A verb that vetoes or blocks a draft, a renewal or a proposal at token `j` ("vetoed",
    /// "would veto any new sanctions", "blocked the renewal", "Blocks UN Renewal"); not "blocked"
    /// of assets.
    fn blocking_verb(&self, j: usize) -> bool {
        match self.w(j) {
            "vetoed" | "vetoes" | "vetoing" | "veto" => true,
            "blocked" | "blocks" | "blocking" | "block" => (j + 1..j + 4).any(|k| one_of!(self.w(k), "draft" | "resolution" | "renewal" | "text" | "extension" | "bid" | "proposal" | "proposals" | "attempt" | "move" | "plan" | "package" | "agreement" | "consensus")),
            _ => false,
        }
    }

    /// Two parties joined by "and" right before token `ts` ("Japan and Australia sanctioned").
    fn coordinated_subject_before(&self, ts: usize, ca: usize) -> bool {
        let Some(last) = self.ent(ts.wrapping_sub(1)).filter(|e| e.te == ts && ts > ca) else { return false };
        let k = last.ts;
        let conj = if k >= 2 && self.w(k - 1) == "the" { k.wrapping_sub(2) } else { k.wrapping_sub(1) };
        conj > ca && self.w(conj) == "and" && self.ent(conj - 1).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Org))
    }

    /// "The bloc" (union, alliance, organisation) as the subject before the trigger.
    fn bloc_subject(&self, ca: usize, ts: usize) -> bool {
        (ca..ts).take(6).any(|j| j > 0 && self.w(j - 1) == "the" && one_of!(self.w(j), "bloc" | "union" | "alliance" | "organisation" | "organization" | "grouping") && !starts_upper(self.raw(j)))
    }

    /// A trigger starting at token `i` of the sentence `a..b`.
    /// A passive of freezing with money as its subject, past an adverb: "any property it
    /// holds is now blocked", "the firm's accounts at two banks were frozen".
    #[inline(never)]
    fn money_passive(&self, i: usize, a: usize) -> bool {
        let aux = |k: usize| be_form(self.w(k));
        matches!(self.w(i), "frozen" | "blocked")
            && i >= a + 2
            && (aux(i - 1) || one_of!(self.w(i - 1), "now" | "also" | "already" | "immediately" | "all") && aux(i - 2))
            && (a..i).any(|k| one_of!(self.w(k), "assets" | "funds" | "accounts" | "property"))
    }

    fn trigger_at(&self, i: usize, a: usize, b: usize) -> Option<Trig> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.w(i);
        let prev = if i > a { self.w(i - 1) } else { "" };
        let next = self.w(i + 1);
        let one = |verb: bool, weak: bool| Some(Trig { ts: i, te: i + 1, verb, weak });
        // other senses: a press embargo, a sports or domestic body's penalty, a word inside a law's name
        if self.other_sense(i, a, b) {
            return None;
        }
        // fixed multi-word terms
        if w == "export" && matches!(next, "controls" | "control" | "curbs") {
            return Some(Trig { ts: i, te: i + 2, verb: false, weak: false });
        }
        // an addition to the SDN list: "added two brokers to the SDN List"
        let added = || (prev == "to" || prev == "the" && self.w(i.wrapping_sub(2)) == "to") && (i.saturating_sub(10).max(a)..i).any(|k| one_of!(self.w(k), "add" | "adds" | "added" | "adding"));
        if (w == "entity" || w == "sdn" && added()) && next == "list" && starts_upper(self.raw(i)) {
            return Some(Trig { ts: i, te: i + 2, verb: false, weak: false });
        }
        // a counter-list: "its unreliable entity list"
        if w == "unreliable" && next == "entity" && self.w(i + 2) == "list" {
            return Some(Trig { ts: i, te: i + 3, verb: false, weak: false });
        }
        if w == "asset" && matches!(next, "freeze" | "freezes") || w == "assets" && next == "freeze" {
            return Some(Trig { ts: i, te: i + 2, verb: false, weak: false });
        }
        if w == "specially" && next == "designated" {
            let te = if self.w(i + 2) == "nationals" { i + 3 } else { i + 2 };
            return Some(Trig { ts: i, te, verb: false, weak: false });
        }
        if one_of!(w, "economic" | "financial" | "restrictive" | "punitive" | "coercive" | "maximum")
            && one_of!(next, "pressure" | "measures" | "actions" | "penalties" | "sanctions")
        {
            if next == "sanctions" {
                return None;
            }
            if w == "maximum" && next != "pressure" || next == "actions" && w != "economic" {
                return None;
            }
            return Some(Trig { ts: i, te: i + 2, verb: false, weak: false });
        }
        if pre(w, "sanction") {
            if !one_of!(w, "sanction" | "sanctions" | "sanctioned" | "sanctioning" | "sanctionable") {
                return None;
            }
            // a trade, a topic or a policy clause named for sanctions ("sanctions lawyers said", "the
            // sanctions envoy", "sanctions news", "sanctions exclusions"): no predication
            if self.approval_sense(i, a) || w == "sanctions" && one_of!(next, "lawyer" | "lawyers" | "expert" | "experts" | "envoy" | "envoys" | "specialist" | "specialists" | "practitioners" | "scholars" | "news" | "exclusion" | "exclusions" | "clause" | "clauses" | "compliance") {
                return None;
            }
            let verb = match w {
                "sanctioning" => !matches!(prev, "of" | "the" | "for"),
                "sanctioned" => !one_of!(next, "entities" | "individuals" | "persons" | "people" | "companies" | "banks" | "countries" | "parties" | "vessels" | "oligarchs" | "firms" | "list" | "officials")
                    && !one_of!(prev, "been" | "be" | "being" | "is" | "are" | "was" | "were"),
                // a plural subject's verb: "Japan and Australia Sanction …"
                "sanction" => self.coordinated_subject_before(i, a),
                // (the word after an opening quote mark: "that sanctions "will not change …"" is a subject)
                "sanctions" => self.headline_verb(i, a) || matches!(prev, "that" | "which" | "who") && !one_of!(if self.opens_quote(i + 1) { self.w(i + 2) } else { next }, "are" | "were" | "is" | "was" | "have" | "will" | "on" | "against" | "had" | "has" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "do" | "did" | "imposed" | "levied" | "adopted" | "announced" | "introduced" | "remain" | "remained" | "relief" | "and" | "," | "." | "by" | "in" | "over"),
                _ => false,
            };
            return one(verb, false);
        }
        if pre(w, "embargo") || pre(w, "blacklist") {
            return one(matches!(w, "embargoed" | "blacklisted" | "blacklisting"), false);
        }
        // "The designees are:" — the persons designated, opening a list
        if matches!(w, "designee" | "designees") && self.evidence >= 3 {
            return one(false, false);
        }
        if pre(w, "designat") {
            if !self.designation_sense(i, a, b) {
                return None;
            }
            // "the persons designated today" is a participle, no predication of its own
            let verb = matches!(w, "designated" | "designates" | "designating") && !one_of!(prev, "been" | "be" | "is" | "was" | "were" | "are" | "being") && !(w == "designated" && (is_described(prev) || prev == "those" || self.described_after(i + 1, b)));
            return one(verb, false);
        }
        if one_of!(w, "ban" | "bans" | "banned" | "banning") {
            if !self.ban_sense(i, a, b) {
                return None;
            }
            let verb = matches!(w, "bans" | "banned" | "banning") && !one_of!(prev, "the" | "a" | "been" | "is" | "was" | "entry" | "visa" | "travel");
            return one(verb, false);
        }
        if pre(w, "restrict") && !pre(w, "restrictive") {
            if !self.restrict_sense(i, a, b) {
                return None;
            }
            return one(false, true);
        }
        // (a sanctions agency as subject, even in a short text: "Treasury Targets …")
        let agency = i > a && self.ent(i - 1).is_some_and(|e| e.te == i && is_sanctioner(&e.party));
        if one_of!(w, "target" | "targets" | "targeting" | "targeted") && (self.doc_score >= 3 || agency && self.ent(i - 1).is_some_and(|e| is_authority(&e.party) || e.party.starts_with("Office of") || e.party.starts_with("State Dep"))) {
            // (a sanctioning agency as subject outweighs military words: "Treasury Targets Drone Suppliers")
            if one_of!(prev, "the" | "a" | "an" | "sanctions" | "military" | "soft" | "our" | "price" | "her" | "his" | "its" | "their") || self.military(a, b) && !agency {
                return None;
            }
            // a verb with a party or people as object
            let obj = (i + 1..(i + 6).min(b)).any(|k| self.party_at(k) || one_of!(self.w(k), "individuals" | "entities" | "those" | "suppliers" | "officials" | "companies" | "networks" | "regime" | "proliferators" | "supporters" | "network" | "procurement" | "financiers" | "facilitators" | "sector" | "sectors" | "industry" | "industries" | "banks" | "firms" | "lenders" | "traders"));
            // a sanctioning body or order as subject: "Treasury Targets …", "… which targets …"
            let subject = i > a && (self.ent(i - 1).is_some_and(|e| is_sanctioner(&e.party) || e.label == Label::Org) || matches!(prev, "which" | "that")) && w != "targeted";
            // a continued campaign: "we will keep targeting every link"
            let keep = one_of!(prev, "keep" | "keeps" | "continue" | "continues") && w == "targeting";
            if !obj && !subject && !keep && !matches!(self.w(i + 1), ",") {
                return None;
            }
            return one(true, true);
        }
        if self.membership_suspension(i, a, b) {
            return one(matches!(w, "suspended" | "suspends") && !one_of!(prev, "both" | "been" | "was" | "were" | "is" | "are"), false);
        }
        if w == "suspension" && prev == "the" && (i.saturating_sub(400)..i).rev().filter(|&k| matches!(self.w(k), "suspended" | "suspends")).take(8).any(|k| self.membership_suspension(k, self.doc.sentences.get(self.doc.sentence_of(k)).map_or(k, |s| s.tokens.0), self.doc.sentences.get(self.doc.sentence_of(k)).map_or(k + 1, |s| s.tokens.1))) {
            return one(false, false);
        }
        if one_of!(w, "suspended" | "suspends" | "revoked" | "revokes") {
            // a state suspending a foreign party's permit or flights
            let k = i + 1;
            if self.party_at(k) && matches!(self.w(self.ent(k).map_or(k, |e| e.te)), "'s" | "’s") {
                let after = self.ent(k).map_or(k, |e| e.te) + 1;
                if one_of!(self.w(after), "permit" | "license" | "licence" | "flights" | "operations" | "accreditation" | "landing" | "licenses" | "permits") {
                    return one(true, false);
                }
            }
            return None;
        }
        if matches!(w, "costs" | "consequences") && self.doc_score >= 1 {
            let before = (i.saturating_sub(3).max(a)..i).any(|k| one_of!(self.w(k), "impose" | "imposing" | "imposed" | "additional" | "further" | "severe" | "economic" | "devastating"));
            if before {
                return one(false, false);
            }
        }
        if w == "restricted" {
            return None;
        }
        // a removal from a sanctions list in a sanctions text: "UN Delists Two Ministers",
        // "urged ministers to delist him"
        // and a listing again: "the Council was likely to relist him"
        if pre(w, "relist") && self.doc_score >= 1 {
            return one(!one_of!(prev, "be" | "been" | "is" | "are" | "was" | "were" | "being" | "the" | "a"), false);
        }
        if pre(w, "delist") && self.doc_score >= 1 {
            return one(!one_of!(prev, "be" | "been" | "is" | "are" | "was" | "were" | "being" | "the" | "a"), false);
        }
        self.more_trigger_at(i, a, b)
    }

    /// Triggers that need the text to be about sanctions: asset freezes, listings, curbs,
    /// measures, prohibitions, relief, re-imposition, entry bans.
    fn more_trigger_at(&self, i: usize, a: usize, b: usize) -> Option<Trig> {
        let w = self.w(i);
        let prev = if i > a { self.w(i - 1) } else { "" };
        let next = self.w(i + 1);
        let one = |verb: bool, weak: bool| Some(Trig { ts: i, te: i + 1, verb, weak });
        let near = |lo: usize, hi: usize, f: &dyn Fn(&str) -> bool| (lo.max(a)..hi.min(b)).any(|k| f(self.w(k)));
        // asset freezes: "froze the assets of", "freeze their assets", "the freeze"
        // (and their release: "the unfreezing of Iranian assets", "unfroze the funds")
        if one_of!(w, "freeze" | "freezes" | "froze" | "frozen" | "freezing" | "unfreeze" | "unfreezes" | "unfroze" | "unfrozen" | "unfreezing") {
            // (also "his assets in Oslo, worth …, remain frozen")
            // (and "froze 7.4 billion francs of Russian assets", "the assets of all eight are frozen")
            let assets = near(i + 1, i + 4, &|x| one_of!(x, "assets" | "funds" | "accounts" | "property")) || near(i.saturating_sub(2), i, &|x| matches!(x, "assets" | "funds"))
                || near(i + 1, i + 7, &|x| x == "of") && near(i + 1, i + 8, &|x| x == "assets")
                || w == "frozen" && one_of!(prev, "remain" | "remains" | "remained" | "stay" | "stays" | "are" | "were" | "is" | "was") && near(a, i, &|x| matches!(x, "assets" | "funds"))
                || self.money_passive(i, a);
            let the_freeze = matches!(prev, "the" | "this") && w == "freeze" && self.doc_score >= 1 && !near(i + 1, i + 3, &|x| one_of!(x, "prices" | "wages" | "hiring" | "on"));
            if assets || the_freeze {
                return one(one_of!(w, "freeze" | "freezes" | "froze" | "freezing" | "unfreeze" | "unfreezes" | "unfroze") && !one_of!(prev, "the" | "a" | "an" | "asset" | "assets"), false);
            }
            return None;
        }
        // (in a short text, "the measures" just after a sanctions word: "The measures were renewed")
        let after_strong = || matches!(prev, "the" | "these") && (i.saturating_sub(40)..i).any(|k| self.strong_word(k));
        if self.evidence < 3 && !(matches!(w, "measures" | "curbs") && after_strong()) {
            return None;
        }
        // a general licence: a sanctioning authority's standing permission, an easing of the
        // measures ("issued a general licence allowing …")
        // (not a named one, "General License 44", whose own fate the text may report)
        if w == "general" && one_of!(next, "licence" | "license" | "licences" | "licenses") && !starts_upper(self.raw(i)) {
            return Some(Trig { ts: i, te: i + 2, verb: false, weak: false });
        }
        // a state's own controls: "tightened its own controls on 23 types of equipment"
        if w == "controls" && one_of!(prev, "its" | "their" | "own" | "tighter" | "stricter" | "similar" | "parallel" | "matching") && next == "on" {
            return one(false, true);
        }
        // barring parties: "barred 11 officials from entering", "are barred from transactions with"
        if one_of!(w, "bar" | "bars" | "barred" | "barring") {
            let passive = one_of!(prev, "are" | "is" | "were" | "was" | "be" | "been");
            let obj = passive && next == "from" || (i + 1..(i + 5).min(b)).any(|k| (self.party_at(k) || is_described(self.w(k))) && (k + 1..(k + 7).min(b)).any(|j| self.w(j) == "from"));
            // what a measure does to the sanctioner's own people ("bar Americans from dealing with them") is no new one
            let own_people = self.ent(i + 1).is_some_and(|e| e.label == Label::Norp && self.w(e.te) == "from");
            let obj = obj || self.doc_score >= 3 && self.trade_with_party(i, b);
            if obj && !own_people && !(i + 1..(i + 8).min(b)).any(|k| one_of!(self.w(k), "competing" | "playing" | "practising" | "practicing" | "voting" | "office")) {
                return one(!passive && w != "bar", false);
            }
            return None;
        }
        // designations as listings: "the Council listed X", "today's listings", "the listing of X"
        // (not on a market: the sentence is scanned only at these words)
        let market = || (a..b).any(|k| one_of!(self.w(k), "stock" | "exchange" | "shares" | "index" | "ipo" | "nasdaq"));
        if one_of!(w, "listed" | "lists" | "listing" | "listings") && !market() {
            // on an exchange: "Oslo-listed", "Nasdaq-listed"
            if i > a && tk(self.doc, i - 1).kind == Kind::Dash && !tk(self.doc, i).space_before {
                return None;
            }
            if self.listed_by_sanctioner(i, a, b) {
                return one(true, true);
            }
            // a contested listing: "would challenge its listing in court"
            if matches!(w, "listing" | "listings") && contest_word(self.w(i.wrapping_sub(2))) && one_of!(prev, "its" | "their" | "his" | "her" | "the") {
                return one(false, true);
            }
            if one_of!(next, "below" | "above" | "here" | "in" | "at") || w == "listed" && be_form(prev) && next != "by" {
                return None;
            }
            let passive = (i.saturating_sub(2).max(a)..i).any(|k| be_form(self.w(k)));
            let verb = matches!(w, "listed" | "lists") && !passive && (self.party_at(i + 1) || next == "the" && self.party_at(i + 2) || matches!(prev, "which" | "who") || near(i + 1, i + 4, &|x| is_described(x)) || (i > a && self.party_at(i - 1)) || prev == "also");
            if matches!(w, "lists" | "listed") && !verb && !passive || passive && next == "on" || one_of!(prev, "their" | "its" | "his" | "her") && !(matches!(w, "listings" | "listing") && cue_before(self.w(i.wrapping_sub(2)), prev).is_some()) {
                return None;
            }
            return one(verb, true);
        }
        // "list" as a verb after a modal, with parties as object: "the cabinet should list the operators"
        if w == "list" {
            let obj = (i + 1..(i + 4).min(b)).any(|k| self.party_at(k) || is_described(self.w(k)));
            return if obj && one_of!(prev, "should" | "must" | "will" | "would" | "could" | "can" | "may" | "to") && !market() { one(true, true) } else { None };
        }
        // a removal from a list: "the council removed the broker from the list"
        if matches!(w, "removed" | "removes") && (i + 1..(i + 4).min(b)).any(|k| self.w(k) == "from" && (k + 1..(k + 4).min(b)).any(|j| self.w(j) == "list")) {
            return one(true, false);
        }
        // "curbs on …", "lifts curbs", "the measures", "similar U.S. measures"
        if w == "curbs" || matches!(w, "measures" | "measure") && !one_of!(prev, "security" | "safety" | "austerity" | "emergency" | "precautionary" | "confidence-building" | "health" | "fiscal" | "monetary" | "these" | "stimulus" | "containment") {
            // (through "all of its": "eased all of its measures")
            let lo = if i >= a + 2 && self.w(i - 2) == "of" { i.saturating_sub(5) } else { i.saturating_sub(3) };
            let cue = (lo.max(a)..i).any(|k| cue_before(self.w(k), self.w(k + 1)).is_some() || one_of!(self.w(k), "necessary" | "take" | "taking" | "similar" | "retaliatory" | "countermeasures"));
            let on = w != "measure" && (matches!(next, "on" | "against") || (i > a && self.party_at(i - 1)));
            let anaphoric = w == "measures" && matches!(prev, "the" | "such" | "those") || w == "measure" && (matches!(prev, "every" | "single" | "each") || near(i + 1, i + 4, &|x| x == "imposed"));
            // (a state's own or targeted measures in a sanctions text: "weighing national measures",
            // "announce its own measures", "targeted measures could be passed")
            let kind = one_of!(prev, "national" | "unilateral" | "targeted" | "autonomous" | "coercive" | "own" | "illegal" | "unlawful" | "punitive") && self.doc_score >= 3;
            if cue || on || anaphoric || kind {
                return one(false, w != "curbs");
            }
            return None;
        }
        // evasion on its own in a sanctions text: "to make evasion costly" (not "tax evasion")
        if w == "evasion" && self.doc_score >= 3 && !one_of!(prev, "tax" | "sanctions" | "duty" | "customs" | "fare") {
            return one(false, false);
        }
        // a state's answer to sanctions in kind: "Beijing vows countermeasures"; a blockade
        // that is no military one
        if w == "countermeasures" || w == "blockade" && !self.military(a, b) {
            return one(false, false);
        }
        // "further steps", "ease pressure": a cue of what is done to the measures
        // ("steps to …" is any action; "ease pressure to win them over" is the measures)
        if matches!(w, "steps" | "pressure") && !(w == "steps" && next == "to") && !matches!(next, "from" | "group" | "groups") && (prev == "own" || (i.saturating_sub(2).max(a)..i).any(|k| cue_before(self.w(k), self.w(k + 1)).is_some())) {
            return one(false, true);
        }
        // "the existing prohibition on", "do not prohibit"
        // (not in a name: "the Convention on the Prohibition of …")
        if pre(w, "prohibit") && !(i > a && self.doc.sentence_of(i) > 0 && starts_upper(self.raw(i))) {
            return one(matches!(w, "prohibit" | "prohibits" | "prohibited") && !be_form(prev), true);
        }
        // "the partial relief"
        if w == "relief" && one_of!(prev, "partial" | "the" | "such" | "further" | "this") && !one_of!(next, "of" | "to" | "for" | "supplies" | "agencies" | "workers" | "efforts" | "operations" | "groups") {
            return one(false, false);
        }
        if pre(w, "reimpos") || pre(w, "re-impos") || pre(w, "reinstat") && near(i + 1, i + 4, &|x| pre(x, "sanction") || x == "embargo" || x == "ban" || x == "requirement" || x == "measures") {
            return one(true, false);
        }
        // "supported the easing", "any further loosening"
        if matches!(w, "easing" | "loosening" | "relaxation") && one_of!(prev, "the" | "any" | "further" | "partial") && next != "of" {
            return one(false, false);
        }
        // entry bans: "ineligible for entry"
        if w == "ineligible" && matches!(next, "for" | "to") && one_of!(self.w(i + 2), "entry" | "enter" | "visas" | "visa") {
            return Some(Trig { ts: i, te: i + 3, verb: false, weak: false });
        }
        // "… are also blocked", "blocked persons", "blocked the assets of …"
        // (and a passive with money as its subject: "the firm's accounts … were blocked")
        if w == "blocked" && (one_of!(prev, "also" | "are" | "is" | "be" | "been") || self.money_passive(i, a) || matches!(prev, "were" | "was") && near(a, i, &|x| one_of!(x, "accounts" | "assets" | "funds" | "property")) || matches!(next, "persons" | "property") || next == "the" && matches!(self.w(i + 2), "property" | "assets")) && !near(i + 1, i + 3, &|x| one_of!(x, "roads" | "road" | "access" | "entry" | "by")) {
            return one(false, true);
        }
        // the G7 price cap as the object of evasion or compliance: "used to evade the G7 price cap", "complied with the price cap"
        if w == "price" && next == "cap" && near(i.saturating_sub(4), i, &|x| evasion_word(x) || pre(x, "compl")) {
            return Some(Trig { ts: i, te: i + 2, verb: false, weak: false });
        }
        // an elided object: "we will comply"
        if matches!(w, "comply" | "complies" | "complied") && next != "with" {
            return one(true, false);
        }
        None
    }

    /// A trigger that only names a topic: "Statement on Iran Sanctions", "more information on
    /// Cuba sanctions".
    fn topic_only(&self, t: Trig, a: usize) -> bool {
        // a section heading ("SANCTIONS IMPLICATIONS") or a link line ("Click here for …")
        let s = self.doc.sentence_of(t.ts);
        if let Some(sent) = self.doc.sentences.get(s) {
            let (sa, sb) = sent.tokens;
            // (four words rule it out: no count of a long sentence's words for each trigger)
            let words = (sa..sb).filter(|&k| self.is_word(k)).take(4).count();
            if words <= 3 && (sa..sb).filter(|&k| self.is_word(k)).all(|k| is_all_caps(self.raw(k))) && !(sa..sb).any(|k| self.raw(k) == ".") {
                return true;
            }
            // (or its title-case form: "Sanctions Implications")
            if self.w(sa) == "click" && self.w(sa + 1) == "here" || s > 0 && words == 2 && t.ts == sa && self.w(sa + 1) == "implications" {
                return true;
            }
        }
        let mut j = t.ts;
        while j > a && starts_upper(self.raw(j - 1)) && self.w(j - 1) != "on" && t.ts - j < 3 {
            j -= 1;
        }
        if j <= a || self.w(j - 1) != "on" {
            return false;
        }
        let lo = j.saturating_sub(9).max(a);
        (lo..j).any(|k| one_of!(self.w(k), "statement" | "information" | "remarks" | "briefing" | "details" | "guidance" | "update" | "faq" | "faqs" | "questions" | "readout" | "testimony" | "interview" | "transcript" | "lawyer" | "expert"))
    }

    /// Senses of the trigger words that are no sanctions: a press embargo ("embargoed until
    /// 09:00"), penalties and bans by sports or other domestic bodies, and a word inside the
    /// name of a law ("the Magnitsky Sanctions Act").
    fn other_sense(&self, i: usize, a: usize, b: usize) -> bool {
        let w = self.w(i);
        let prev = if i > a { self.w(i - 1) } else { "" };
        let next = self.w(i + 1);
        let trigger_word = pre(w, "sanction") || pre(w, "embargo") || one_of!(w, "ban" | "bans" | "banned" | "banning") || one_of!(w, "measures" | "economic" | "restrictive" | "export");
        if !trigger_word {
            return false;
        }
        // a press or news embargo
        if pre(w, "embargo") && (one_of!(next, "until" | "till" | "ends" | "lifts" | "time") || one_of!(prev, "press" | "news" | "media" | "publication" | "strict")) {
            return true;
        }
        // inside an organisation's or a law's name: "the Office of Maritime Sanctions Compliance"
        if self.ent(i).is_some_and(|e| matches!(e.label, Label::Org) && e.ts < i && e.te > i + 1) {
            return true;
        }
        // inside a law's name, as the entity layer finds them ("the Export Control Modernisation Act")
        if self.ent(i).is_some_and(|e| e.label == Label::Law) {
            return true;
        }
        // a word inside an organisation's name ("the Office of Financial Sanctions Implementation"),
        // and the measures as a trade ("sanctions lawyers", "a sanctions envoy")
        if starts_upper(self.raw(i)) && i > a && self.ent(i).is_some_and(|e| e.label == Label::Org && e.ts < i) {
            return true;
        }
        if pre(w, "sanction") && one_of!(next, "lawyer" | "lawyers" | "expert" | "experts" | "envoy" | "analyst" | "analysts" | "specialist" | "specialists" | "practitioners" | "exclusions" | "news") {
            return true;
        }
        // sports and other domestic governing bodies: their approvals, penalties and bans
        if !pre(w, "embargo") {
            let lo = i.saturating_sub(12).max(a);
            let hi = (i + 14).min(b);
            // (over the window's words themselves: no index test for each)
            let sport = self.words(lo..hi).iter().zip(lo..).any(|(&x, k)| {
                matches!(x, "athletics" | "league" | "fc" | "football" | "rugby" | "cricket" | "supporters" | "referee" | "pitch" | "deduction" | "fixture" | "fixtures" | "tournament" | "players" | "player" | "fans" | "club" | "clubs" | "squad" | "doping" | "anti-doping" | "season" | "striker" | "coach" | "boxing" | "cycling" | "marathon")
                    // a game, not the verb ("cannot match the measures")
                    || matches!(x, "match" | "matches") && matches!(self.w(k.wrapping_sub(1)), "the" | "a" | "this" | "that" | "each" | "every" | "last" | "next" | "final" | "friendly" | "home" | "away")
                    || x.ends_with("-point") && self.w(k + 1) == "deduction"
            });
            if sport && !self.doc.sentences.get(self.doc.sentence_of(i)).is_some_and(|s| (s.tokens.0..s.tokens.1).any(|k| self.ent(k).is_some_and(|e| e.ts == k && (is_sanctioner(&e.party) || e.label == Label::Norp) && !starts_upper(self.raw(e.te))))) {
                return true;
            }
            // a local authority approving an event or venue: "the city council has sanctioned a street fair"
            if pre(w, "sanction") {
                let mut s = i;
                while s > a && one_of!(self.w(s - 1), "has" | "have" | "had" | "also" | "formally" | "finally" | "now" | "today" | "unanimously") {
                    s -= 1;
                }
                let subj = if s > a { self.w(s - 1) } else { "" };
                let local = one_of!(subj, "council" | "city" | "town" | "borough" | "county" | "municipality" | "mayor" | "parish" | "district") && !(s >= a + 2 && self.w(s - 2) == "security");
                let event = (i + 1..(i + 7).min(b)).any(|k| one_of!(self.w(k), "market" | "markets" | "festival" | "festivals" | "fair" | "fairs" | "parade" | "concert" | "carnival" | "event" | "events" | "fete" | "show" | "gathering" | "celebration" | "celebrations" | "fun-run" | "run" | "walk" | "funfair"));
                if local && (event || !(i + 1..(i + 4).min(b)).any(|k| self.party_at(k) && self.ent(k).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Person | Label::Norp)))) {
                    return true;
                }
            }
        }
        false
    }

    /// "sanctioned" meaning approved: "the officially sanctioned record", "state-sanctioned".
    fn approval_sense(&self, i: usize, a: usize) -> bool {
        let w = self.w(i);
        let prev = if i > a { self.w(i - 1) } else { "" };
        if one_of!(prev, "officially" | "legally" | "unofficially" | "formally-" | "socially" | "religiously" | "divinely") && w == "sanctioned" {
            return true;
        }
        if i > a && tk(self.doc, i - 1).kind == Kind::Dash && !tk(self.doc, i).space_before && w == "sanctioned" {
            return true;
        }
        if w == "sanctioned" || w == "sanction" {
            let next = self.w(i + 1);
            if one_of!(next, "record" | "records" | "event" | "events" | "race" | "races" | "match" | "fight" | "bout" | "tournament" | "competition" | "practice" | "use" | "violence" | "marriage" | "version" | "activity" | "activities" | "protest" | "rally" | "march" | "holiday" | "game" | "games" | "league" | "meet" | "killing" | "killings") {
                return true;
            }
            if next == "by" && matches!(self.w(i + 2), "the" | "a") && one_of!(self.w(i + 3), "church" | "league" | "federation" | "court" | "association" | "board" | "referee" | "organisers" | "organizers") {
                return true;
            }
        }
        if w == "sanction" && prev == "the" && self.w(i + 1) == "of" {
            return true;
        }
        // approving a bill, a budget, a plan: "the assembly sanctioned a new budget"
        if matches!(w, "sanctioned" | "sanctions" | "sanctioning") {
            let mut k = i + 1;
            while k < i + 5 && (one_of!(self.w(k), "a" | "an" | "the" | "its" | "their" | "new" | "supplementary" | "revised" | "draft" | "further") || !self.is_word(k) && self.w(k) != ",") {
                k += 1;
            }
            let obj = self.w(k);
            // "a sanctions package", "the 14th sanctions package": a noun compound, no verb
            // (a "sanctions law" or "sanctions bill" is a law's name, not a predication)
            let compound = w == "sanctions" && k == i + 1 && matches!(obj, "package" | "deal");
            if !compound && one_of!(obj, "bill" | "bills" | "budget" | "budgets" | "plan" | "plans" | "project" | "projects" | "terminal" | "construction" | "expansion" | "spending" | "loan" | "loans" | "merger" | "purchase" | "sale" | "appointment" | "law" | "amendment" | "decree" | "expenditure" | "funding" | "package" | "deal" | "treaty" | "building" | "plant" | "road" | "pipeline" | "port" | "bridge" | "license" | "licence" | "increase") {
                return true;
            }
            // a legislature or local authority as subject of "sanctioned" + an object that is no party
            let subj = self.w(i.wrapping_sub(1));
            if w == "sanctioned" && one_of!(subj, "authority" | "council" | "assembly" | "legislature" | "parliament" | "diet" | "congress" | "senate" | "board" | "committee" | "municipality") && self.w(i.wrapping_sub(2)) != "security" && !self.party_at(k) && !is_described(obj) {
                return true;
            }
        }
        false
    }

    /// "United States sanctions over 400 …": a headline or clause where "sanctions" is the verb.
    fn headline_verb(&self, i: usize, a: usize) -> bool {
        let next = self.w(i + 1);
        let before_party = i > a && self.party_at(i - 1);
        before_party && (one_of!(next, "over" | "more" | "dozens" | "two" | "three" | "four" | "five") || self.doc.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Number)
            // a headline that opens with its subject, then a named object: "Norway sanctions Baltic trader"
            // (in sentence case: a title-case headline's "Iran Sanctions Relief" is no verb)
            || a == 0 && self.ent(i - 1).is_some_and(|e| e.ts == a) && !starts_upper(self.raw(i)) && (self.party_at(i + 1) || starts_upper(self.raw(i + 1)) && self.is_word(i + 2) && !starts_upper(self.raw(i + 2)))
            // the same in a body sentence: "China sanctions US defence firms over …" (not "… sanctions Iran has faced")
            || self.ent(i - 1).is_some_and(|e| e.ts == a) && !starts_upper(self.raw(i)) && self.ent(i + 1).is_some_and(|o| !one_of!(self.w(o.te), "has" | "have" | "had" | "is" | "was" | "'s" | "’s" | "says" | "said")))
    }

    /// A body of states suspending a state or its rulers: "the union suspended X from its
    /// activities", "both suspended from <body>", a headline "<Body> Suspends Junta".
    fn membership_suspension(&self, i: usize, a: usize, b: usize) -> bool {
        let w = self.w(i);
        if !matches!(w, "suspended" | "suspends") {
            return false;
        }
        let ruler = |k: usize| self.ent(k).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Org)) || one_of!(self.w(k), "junta" | "regime" | "rulers" | "putschists");
        // "suspended from <body>"
        if self.w(i + 1) == "from" && i + 2 < b && self.ent(i + 2).is_some_and(|e| e.label == Label::Org) {
            return true;
        }
        // "<body> … suspended <state> from …"
        let mut k = i + 1;
        if matches!(self.w(k), "the") {
            k += 1;
        }
        let obj_end = if let Some(e) = self.ent(k).filter(|e| e.ts == k && matches!(e.label, Label::Gpe)) { e.te } else { return self.headline_body_suspends(i, a, b, k, &ruler) };
        self.w(obj_end) == "from" && (i.saturating_sub(12).max(a)..i).any(|j| self.ent(j).is_some_and(|e| e.label == Label::Org && is_body(&e.party)))
    }

    fn headline_body_suspends(&self, i: usize, a: usize, b: usize, k: usize, ruler: &dyn Fn(usize) -> bool) -> bool {
        // a title-case headline: "<Body> Suspends <Junta|State>"
        starts_upper(self.raw(i)) && i > a && k < b && ruler(k) && self.ent(i - 1).is_some_and(|e| e.label == Label::Org && is_body(&e.party))
    }

    fn designation_sense(&self, i: usize, a: usize, b: usize) -> bool {
        let next = self.w(i + 1);
        if one_of!(next, "driver" | "drivers" | "area" | "areas" | "zone" | "zones" | "hitter" | "survivor" | "successor" | "site" | "sites" | "spot" | "place" | "route" | "time" | "representative" | "player") {
            return false;
        }
        let sent: Vec<&str> = (a..b).map(|k| self.w(k)).collect();
        // (and a State Department designation for corruption under Section 7031(c), which makes
        // the person ineligible for entry: a text with no sanctions word)
        let strong = sent.iter().any(|w| pre(w, "terror") || *w == "sdn" || *w == "ofac" || *w == "treasury" || *w == "pursuant" || *w == "sanctions" || *w == "nationals" || *w == "corruption" || *w == "ineligible" || pre(w, "7031"));
        // "I am publicly designating", "review these designations", "designations under Section …"
        let prev = if i > a { self.w(i - 1) } else { "" };
        // … or persons as its object: "designated the persons below"
        let legal = self.doc_score >= 1 && (one_of!(prev, "publicly" | "these" | "those" | "such" | "matching" | "similar" | "parallel") || prev == "the" && self.w(i) == "designations" || next == "under" || (i + 2..(i + 6).min(b)).any(|k| is_described(self.w(k))));
        // (or a text about sanctions that designates more than once: "Imposing Sanctions on …",
        // then "The Department of State is designating …", "… adding 93 entities to the Entity List")
        // (or a sanctioning body as its agent: "was designated by the Department of State")
        // (or its subject: "State Department Designates …")
        let agency = |e: &Ent| is_sanctioner(&e.party) || is_authority(&e.party) || e.party.ends_with("of State");
        let agent = next == "by" && (i + 2..(i + 4).min(b)).any(|k| self.ent(k).is_some_and(agency)) || i > a && self.ent(i - 1).is_some_and(|e| e.te == i && agency(e));
        strong || legal || agent || self.doc_score >= 3 || self.doc_score >= 1 && self.evidence >= 4
    }

    /// A participle set off after the party it describes, with no object: "X, designated in 2021, …".
    fn apposed_participle(&self, i: usize) -> bool {
        i > 1 && self.w(i - 1) == "," && self.ent(i - 2).is_some_and(|e| e.te == i - 1) && one_of!(self.w(i + 1), "in" | "by" | "under" | "for" | "last" | "earlier" | "since" | "pursuant")
    }

    /// A ban on a foreign party, not a domestic one ("is banned in Turkey", "a domestic ban").
    /// "listed" with a sanctioning subject in a sanctions text, its object moved by a relative
    /// clause ("a carrier it listed in 2022") or parties ("when the bloc listed dozens of officials").
    #[inline(never)]
    fn listed_by_sanctioner(&self, i: usize, a: usize, b: usize) -> bool {
        if self.w(i) != "listed" || i <= a + 1 || self.doc_score < 3 {
            return false;
        }
        let prev = self.w(i - 1);
        if !(matches!(prev, "it" | "they") || one_of!(prev, "bloc" | "council" | "government" | "union" | "treasury") && self.w(i - 2) == "the") {
            return false;
        }
        let dated = matches!(self.w(i + 1), "in" | "last" | "earlier") && (i + 1..(i + 3).min(b)).any(|k| self.ent(k).is_some_and(|e| e.label == Label::Date));
        dated || (i + 1..(i + 7).min(b)).any(|k| is_described(self.w(k)))
    }

    /// A state's own ban on a foreign people's trade or craft in a sanctions text ("extended its
    /// ban on port calls by Syrian ships"), not on a group or party ("its ban on Kurdish parties").
    #[inline(never)]
    fn own_ban_on_foreign(&self, i: usize, b: usize) -> bool {
        i > 0 && matches!(self.w(i - 1), "its" | "their") && matches!(self.w(i), "ban" | "bans") && self.w(i + 1) == "on" && self.doc_score >= 3
            && (i + 2..(i + 8).min(b)).any(|k| one_of!(self.w(k), "by" | "from" | "of" | "to") && self.ent(k + 1).is_some_and(|e| matches!(e.label, Label::Norp | Label::Gpe)) && !one_of!(self.w(k + 2), "party" | "parties" | "group" | "groups" | "organisations" | "organizations" | "citizens" | "nationals"))
    }

    /// The foreign people whose craft a ban falls on: "a ban on port calls by Syrian ships" (Syria).
    #[inline(never)]
    fn ban_by_foreign(&self, t: Trig, k: usize, prep_at: Option<usize>) -> Option<String> {
        if !matches!(self.w(t.ts), "ban" | "bans") || prep_at.is_none_or(|p| self.w(p) != "on") {
            return None;
        }
        self.ent(k + 1).filter(|e| matches!(e.label, Label::Norp | Label::Gpe)).map(|e| party_name(&e.party, e.label).own())
    }

    fn ban_sense(&self, i: usize, a: usize, b: usize) -> bool {
        let w = self.w(i);
        let prev = if i > a { self.w(i - 1) } else { "" };
        // "subject to a travel ban" in a sanctions text; "a ban on imports of Russian pig iron"
        if prev == "travel" && self.evidence >= 3 && (i.saturating_sub(5).max(a)..i).any(|k| self.w(k) == "subject" && self.w(k + 1) == "to") {
            return true;
        }
        // (or a possessor's: "the EU's ban on imports of Russian steel")
        if one_of!(prev, "a" | "the" | "'s" | "’s" | "its" | "their") && self.w(i + 1) == "on" && one_of!(self.w(i + 2), "imports" | "exports" | "sales" | "shipments" | "purchases") && self.w(i + 3) == "of" && (i + 4..(i + 6).min(b)).any(|k| self.ent(k).is_some_and(|e| matches!(e.label, Label::Norp | Label::Gpe))) {
            return true;
        }
        // entry and visa bans fall on foreigners: sanctions in a sanctions text
        if matches!(prev, "entry" | "visa") && matches!(w, "ban" | "bans") && self.doc_score >= 1 {
            return true;
        }
        // so does a travel ban in a text about sanctions ("the travel ban will stay", "suspending
        // the travel ban"), save an immigration ban on a people ("a travel ban on citizens of …")
        if prev == "travel" && matches!(w, "ban" | "bans") && self.doc_score >= 3 {
            let on_people = self.w(i + 1) == "on" && (i + 2..(i + 5).min(b)).any(|k| one_of!(self.w(k), "citizens" | "nationals" | "travellers" | "travelers" | "visitors" | "residents" | "immigrants" | "migrants" | "refugees" | "passengers" | "tourists"));
            if !on_people {
                return true;
            }
        }
        // "banned the transfer of arms to Myanmar": a ban on supplying a foreign party
        if matches!(w, "banned" | "bans" | "banning") && (i + 1..(i + 4).min(b)).any(|k| trade_noun(self.w(k)))
            && (i + 2..(i + 8).min(b)).any(|k| self.w(k) == "to" && self.ent(if self.w(k + 1) == "the" { k + 2 } else { k + 1 }).is_some_and(|e| e.label == Label::Gpe)
                // (in a sanctions text, to parties described by their state: "to three firms in
                // India", "to two Russian companies")
                || self.w(k) == "to" && self.doc_score >= 3 && (k + 1..(k + 6).min(b)).any(|j| self.ent(j).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Norp)))) {
            return true;
        }
        // in a sanctions text, an export ban, or a ban on trade with a named party ("ban imports of
        // sawn timber from Belarus", "the union's ban on sales to Belarus")
        if self.doc_score >= 3 && (prev == "export" || self.trade_with_party(i, b)) {
            return true;
        }
        // a party kept out of a place or trade in a sanctions text: "were banned from EU ports",
        // "is banned from entering the country", "banned from dealing with …"
        if w == "banned" && self.w(i + 1) == "from" && self.doc_score >= 3 && (one_of!(self.w(i + 2), "entering" | "entry" | "travelling" | "traveling" | "dealing" | "doing" | "trading" | "docking") || (i + 2..(i + 5).min(b)).any(|k| one_of!(self.w(k), "ports" | "port" | "airspace" | "waters" | "territory"))) {
            return true;
        }
        if one_of!(prev, "domestic" | "smoking" | "travel" | "total" | "outright" | "gun" | "abortion" | "is" | "was" | "are" | "were" | "a") && !(prev == "a" && self.w(i + 1) == "on" && self.party_at(i + 2)) {
            // "a ban on <party>" is allowed above
            // ("travel bans on him" in a sanctions text: a person already named)
            let on_person = self.w(i + 1) == "on" && matches!(self.w(i + 2), "him" | "her" | "them") && self.doc_score >= 1;
            if prev == "travel" && on_person {
                return true;
            }
            if !(prev == "travel" && (i + 1..(i + 4).min(b)).any(|k| self.w(k) == "on" && self.party_at(k + 1))) {
                return false;
            }
        }
        if one_of!(self.w(i + 1), "in" | "militant" | "organization" | "organisation" | "group" | "party" | "substance" | "substances" | "books" | "weapons") {
            return false;
        }
        // verb with a party as object: "bans Mahan Air", "banned Iranian airline X"
        if one_of!(w, "bans" | "banned" | "banning" | "ban") {
            for k in i + 1..(i + 4).min(b) {
                if self.party_at(k) {
                    let e = self.ent(k);
                    if e.is_some_and(|e| e.label != Label::Norp || k > i + 1) {
                        return true;
                    }
                    if let Some(e) = e {
                        if e.label == Label::Norp && (e.te..(e.te + 3).min(b)).any(|j| self.party_at(j) && self.ent(j).is_some_and(|x| x.label != Label::Norp)) {
                            return true;
                        }
                    }
                }
                if matches!(self.w(k), "on" | "against") && self.party_at(k + 1) {
                    return true;
                }
            }
        }
        // "ban member states from supplying …", "ban its ports from servicing …"
        if one_of!(w, "ban" | "bans" | "banned" | "banning") && self.doc_score >= 3 && !matches!(prev, "the" | "a" | "domestic") && (i + 2..(i + 5).min(b)).any(|k| self.w(k) == "from") && (i + 1..(i + 3).min(b)).all(|k| !matches!(self.w(k), "in" | "on")) {
            return true;
        }
        // "the ban" after an earlier foreign ban or sanctions in the text, not after a domestic one
        let domestic_before = (i.saturating_sub(60)..i).any(|k| self.w(k) == "domestic" && matches!(self.w(k + 1), "ban" | "bans"));
        // (also "the original ban", "an existing ban")
        let the = matches!(prev, "the" | "this") || one_of!(prev, "original" | "existing" | "current" | "initial" | "earlier" | "previous") && one_of!(self.w(i.wrapping_sub(2)), "the" | "an" | "its" | "this");
        if the && w == "ban" && self.doc_score >= 1 && !domestic_before {
            return true;
        }
        if self.own_ban_on_foreign(i, b) {
            return true;
        }
        // a state's own ban on arms for a foreign party ("extended its ban on arms sales to Haiti")
        if matches!(prev, "its" | "their") && matches!(w, "ban" | "bans") && self.w(i + 1) == "on" && pre(self.w(i + 2), "arms") && self.doc_score >= 1 {
            return true;
        }
        // a sanctioning state or body as the verb's subject in a sanctions text ("the European
        // Union banned transshipment of …", "Tokyo bans exports of …")
        if matches!(w, "banned" | "bans") && i > a && self.doc_score >= 3 && !domestic_before {
            if let Some(e) = self.ent(i - 1).filter(|e| e.te == i) {
                if is_sanctioner(&e.party) || e.label == Label::Gpe && is_listed_state(&e.party) {
                    return true;
                }
            }
        }
        false
    }

    /// Trade words right after token `i` and a named party soon after: "… imports of timber from Belarus".
    fn trade_with_party(&self, i: usize, b: usize) -> bool {
        (i + 1..(i + 4).min(b)).any(|k| one_of!(self.w(k), "imports" | "exports" | "transactions" | "sales" | "sale" | "shipments" | "transhipment" | "transshipment" | "purchases" | "dealings"))
            && (i + 2..(i + 10).min(b)).any(|k| self.party_at(k) || self.w(k) == "third" && matches!(self.w(k + 1), "country" | "countries"))
    }

    fn restrict_sense(&self, i: usize, a: usize, b: usize) -> bool {
        let prev = if i > a { self.w(i - 1) } else { "" };
        // "would restrict sales of drones to Belarus"; "helped them evade restrictions"; "restricted
        // two shipping companies"
        let described = self.w(i) != "restrictions" && !matches!(prev, "the" | "a" | "an") && (i + 1..(i + 4).min(b)).any(|k| is_described(self.w(k)));
        if self.doc_score >= 3 && (described || self.trade_with_party(i, b) || (i.saturating_sub(3).max(a)..i).any(|k| evasion_word(self.w(k)))) {
            return true;
        }
        let raw = self.raw(i);
        if starts_upper(raw) && i > a && !is_all_caps(raw) && (matches!(prev, "of" | "the") || self.w(i + 1) == "list" || self.w(i + 1) == "entities") && self.doc_score >= 1 {
            return true;
        }
        if one_of!(prev, "trade" | "export" | "import" | "financial" | "economic" | "travel" | "visa" | "investment" | "banking" | "flight") || prev.ends_with("-related") {
            return self.doc_score >= 1 || one_of!(prev, "trade" | "export" | "financial" | "economic");
        }
        // "it does not restrict remittances or trade": what the measure leaves alone
        if matches!(prev, "not" | "never") && matches!(self.w(i), "restrict" | "restricts") && self.doc_score >= 1 && (i + 1..(i + 3).min(b)).any(|k| one_of!(self.w(k), "trade" | "remittances" | "tourism" | "travel" | "imports" | "exports" | "transactions" | "investment" | "humanitarian" | "food" | "medicine")) {
            return true;
        }
        if i > a + 1 && tk(self.doc, i - 1).kind == Kind::Dash && self.w(i - 1) == "-" {
            return false;
        }
        // "the latest Dutch restrictions", "U.S. restrictions" in a text about sanctions or export controls
        if self.w(i) == "restrictions" && i > a && self.ent(i - 1).is_some_and(|e| matches!(e.label, Label::Norp | Label::Gpe)) && self.evidence >= 3 {
            return true;
        }
        // "parallel restrictions", "similar restrictions" by another state in a sanctions text
        if one_of!(prev, "parallel" | "similar" | "matching" | "reciprocal" | "equivalent") && self.w(i) == "restrictions" && self.doc_score >= 1 {
            return true;
        }
        if prev.ends_with("related") {
            return true;
        }
        // "ready to lift the restrictions", "would ease those restrictions": an action on the
        // measures a sanctions text has already named
        if one_of!(prev, "the" | "these" | "those" | "its" | "their" | "all") && i >= a + 2 && self.w(i) == "restrictions" && self.doc_score >= 1 {
            let v = self.w(i - 2);
            if ["lift", "eas", "remov", "relax", "extend", "renew", "tighten", "reimpos", "maintain", "scrap", "suspend"].iter().any(|p| v.starts_with(p)) {
                return true;
            }
        }
        // "agreed to lift restrictions on oil imports", "a waiver of some restrictions": lifting,
        // easing or waiving restrictions in a text about sanctions
        let relief_verb = |v: &str| ["lift", "eas", "remov", "relax", "scrap", "suspend"].iter().any(|p| v.starts_with(p));
        if self.w(i) == "restrictions" && self.doc_score >= 3 && (relief_verb(prev) || i >= a + 3 && one_of!(prev, "some" | "the" | "its" | "their" | "all") && self.w(i - 2) == "of" && one_of!(self.w(i - 3), "waiver" | "waivers" | "suspension" | "lifting" | "easing" | "removal")) {
            return true;
        }
        // "the restrictions" in a text about sanctions or export controls: those measures
        if matches!(prev, "the" | "these" | "those") && self.w(i) == "restrictions" && self.evidence >= 3 {
            return true;
        }
        // "will also be subject to these restrictions"
        if one_of!(prev, "these" | "those" | "such" | "the") && i >= a + 3 && self.w(i - 2) == "to" && self.w(i - 3) == "subject" && self.doc_score >= 1 {
            return true;
        }
        // restrict X's operations / restrictions on <party>
        let mut k = if matches!(self.w(i + 1), "on" | "against") { i + 2 } else { i + 1 };
        if k == i + 2 && one_of!(self.w(k), "a" | "an" | "the" | "two" | "three" | "several") {
            k += 1;
        }
        // "restrictions on two small Russian lenders": up to two plain modifiers before the party
        if k > i + 1 {
            let mut m = 0;
            while m < 2 && k < b && !self.party_at(k) && self.is_word(k) && !starts_upper(self.raw(k)) && !one_of!(self.w(k), "of" | "in" | "for" | "to" | "from" | "and" | "or" | "with" | "by" | "its" | "their" | "his" | "her") {
                k += 1;
                m += 1;
            }
        }
        if k < b && self.party_at(k) && self.doc_score >= 1 {
            let e = self.ent(k);
            return e.is_some_and(|e| e.label != Label::Law);
        }
        // "additional restrictions on GAESA" with the party after a determiner
        false
    }

    /// Token `k` starts a date or a time limit ("31 July", "March 2026", "next year", "further notice").
    fn date_after(&self, k: usize) -> bool {
        let w = self.w(k);
        let w = if w == "the" && self.w(k + 1) == "end" { "end" } else { w };
        self.doc.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
            || w.bytes().next().is_some_and(|c| c.is_ascii_digit())
            || one_of!(w, "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december" | "next" | "end" | "further" | "mid" | "early" | "late" | "then" | "now" | "today" | "tomorrow")
    }

    fn military(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| one_of!(self.w(k), "strike" | "strikes" | "airstrike" | "airstrikes" | "missile" | "missiles" | "troops" | "attack" | "attacks" | "drone" | "bombing" | "killed" | "shot"))
    }

    /// Token `k` is part of a named party (person, organisation, state, nationality).
    fn party_at(&self, k: usize) -> bool {
        self.ent(k).is_some_and(|e| matches!(e.label, Label::Person | Label::Org | Label::Gpe | Label::Norp))
    }

    // ----- clauses -----

    /// Tokens where a new clause starts.
    fn boundaries(&self, a: usize, b: usize, trigs: &[Trig], out: &mut Vec<usize>) {
        out.clear();
        // (over the sentence's words themselves: no index test for each)
        for (&w, k) in self.words(a + 1..b).iter().zip(a + 1..) {
            // (most words of a sentence start as none of the words below)
            if !BOUNDARY_PAIRS.may_hold(w) {
                continue;
            }
            let prev = self.w(k - 1);
            let bound = match w {
                ";" => true,
                "while" | "whereas" => true,
                // a concession with measures of its own: "X has no sanctions on Y, though Z sanctioned it"
                "though" | "although" if prev == "," => trigs.iter().any(|t| t.ts < k) && trigs.iter().any(|t| t.ts > k),
                // a time clause with its own measures: "…since 2020, when the cabinet resumed its own listings"
                "when" if prev == "," => trigs.iter().any(|t| t.ts < k) && trigs.iter().any(|t| t.ts > k),
                "given" => self.w(k + 1) == "that" && prev == ",",
                // a headline's second predication: "X Keeps Sanctions as Y Suspends Z", "…, Eases Curbs"
                "as" => self.party_at(k + 1) && trigs.iter().any(|t| t.ts < k) && trigs.iter().any(|t| t.ts > k + 1 && t.verb),
                "," if starts_upper(self.raw(k + 1)) && headline_verb_word(self.w(k + 1)) => trigs.iter().any(|t| t.ts < k) && trigs.iter().any(|t| t.ts > k),
                // a fronted condition ends at its comma: "If X imposes sanctions, we will comply"
                "," if one_of!(self.w(if self.is_word(a) { a } else { a + 1 }), "if" | "unless" | "should" | "once") && !(a + 1..k).any(|j| self.w(j) == ",") => trigs.iter().any(|t| t.ts < k) && trigs.iter().any(|t| t.ts > k && t.verb),
                // a participial clause adding another measure: "…, adding isolation to the sanctions"
                "adding" | "compounding" | "reinforcing" if prev == "," => trigs.iter().any(|t| t.ts < k && t.verb) && trigs.iter().any(|t| t.ts > k),
                // a relative clause with its own measures: "…, which announced parallel restrictions"
                "which" | "who" if prev == "," && (one_of!(self.w(k + 1), "announced" | "imposed" | "adopted" | "introduced" | "unveiled" | "took" | "has" | "have" | "had" | "will" | "would" | "plans") || be_form(self.w(k + 1))) => trigs.iter().any(|t| t.ts < k) && trigs.iter().any(|t| t.ts > k),
                // the end of a relative clause with a measure of its own: "X, which passed a sanctions
                // law last year, cannot adopt the measures"
                "," => (a + 1..k).rev().take_while(|&j| self.w(j) != ",").any(|j| matches!(self.w(j), "which" | "who") && self.w(j - 1) == "," && trigs.iter().any(|t| t.ts > j && t.ts < k)) && trigs.iter().any(|t| t.ts > k),
                "but" => prev != "not",
                // a second reported clause: "said that X … and that Y …"
                "and" if self.w(k + 1) == "that" && prev != "," && trigs.iter().any(|t| t.ts > k) && trigs.iter().any(|t| t.ts < k && (a..t.ts).any(|j| self.w(j) == "that")) => true,
                "and" if prev == "," && (one_of!(self.w(k + 1), "he" | "she" | "it" | "they" | "we" | "i" | "the" | "this" | "that" | "his" | "her" | "its" | "their" | "any" | "all") || self.party_at(k + 1)) => true,
                // a second infinitive: "agreed to ease curbs on X, and to free Y from an asset freeze"
                "and" if prev == "," && self.w(k + 1) == "to" => trigs.iter().any(|t| t.ts > k) && trigs.iter().any(|t| t.ts < k),
                // the same after a time: "…, and in May it barred …", "…, and in 2024 they listed …"
                "and" if prev == "," && (one_of!(self.w(k + 1), "last" | "in" | "on" | "this" | "later" | "earlier") || self.date_after(k + 1)) => {
                    (k + 2..k + 5).any(|j| one_of!(self.w(j), "it" | "they" | "he" | "she" | "we")) && trigs.iter().any(|t| t.ts > k) && trigs.iter().any(|t| t.ts < k)
                }
                // a second verb phrase of the same subject, after the first one's object: "froze
                // the assets of X, and banned exports to Y", "imposed sanctions on X and extended
                // its ban on Y" (not "sanctioned and banned X", one object for both)
                "and" => {
                    // (after an auxiliary: "… and has threatened reciprocal measures")
                    // (and an adverb after it: "… and has since sanctioned …")
                    let aux = |j: usize| one_of!(self.w(j), "has" | "have" | "had" | "will" | "would" | "also" | "then" | "later" | "since" | "now");
                    let k = if aux(k + 1) && aux(k + 2) { k + 2 } else if aux(k + 1) { k + 1 } else { k };
                    let verb = trigs.iter().any(|t| t.ts == k + 1 && t.verb) || one_of!(self.w(k + 1), "imposed" | "extended" | "renewed" | "lifted" | "eased" | "expanded" | "tightened" | "suspended" | "removed" | "froze" | "barred" | "blocked" | "kept" | "maintained" | "threatened" | "prolonged" | "adopted" | "imposes" | "extends" | "renews" | "lifts" | "eases" | "expands" | "tightens" | "suspends" | "removes" | "freezes" | "bars" | "keeps" | "maintains" | "threatens" | "prolongs" | "imposing" | "extending" | "lifting" | "removing" | "freezing" | "renewing" | "easing" | "suspending");
                    verb && !starts_upper(self.raw(k + 1)) && trigs.iter().any(|t| t.ts > k) && trigs.iter().any(|t| t.te + 1 < k)
                }
                "that" | "which" => {
                    // a relative clause whose verb is a trigger: "a law that sanctions X"
                    // (past an auxiliary, negation or adverb: "a partner that has never sanctioned us")
                    trigs.iter().any(|t| t.ts > k && (t.ts <= k + 2 || t.ts <= k + 4 && (k + 1..t.ts).all(|j| one_of!(self.w(j), "has" | "have" | "never" | "also")))
                        && one_of!(self.w(t.ts), "sanctions" | "sanctioned" | "bans" | "banned" | "designated" | "designates" | "targets"))
                }
                _ => false,
            };
            if bound {
                out.push(k);
            }
        }
    }

    // ----- action -----

    /// The action of the predication around trigger `t` in `clause`, and whether a cue
    /// word (rather than the default) gave it.
    fn action(&self, t: Trig, clause: (usize, usize)) -> (Action, bool) {
        let (ca, cb) = clause;
        let tw = self.w(t.ts);
        if tw == "suspension" || self.membership_suspension(t.ts, ca, cb.max(t.te)) {
            return (Action::Impose, true);
        }
        if pre(tw, "delist") || pre(tw, "remov") || pre(tw, "unfr") {
            return (Action::Lift, true);
        }
        let words = |r: std::ops::Range<usize>| self.words(r);
        let clause_words = words(ca..cb);
        // "release five banks from an asset freeze", "freed the firm from sanctions"
        let from_at = if t.ts > ca && one_of!(self.w(t.ts - 1), "an" | "the" | "its" | "their") { t.ts - 1 } else { t.ts };
        if from_at > ca && self.w(from_at - 1) == "from" && (ca..from_at).any(|k| one_of!(self.w(k), "release" | "released" | "releases" | "releasing" | "free" | "freed" | "frees" | "freeing")) {
            return (Action::Lift, true);
        }
        // (the first byte rules out most words before the prefixes are compared)
        let evasion = evasion_word;
        let counter = |w: &str| matches!(w, "initiative" | "crackdown" | "prevent" | "combat" | "counter" | "countering" | "focused" | "coordinate" | "crack" | "responses");
        // evasion: near the trigger, or its crackdown anywhere in the clause
        let near_after = words(t.te..(t.te + 3).min(cb));
        let near_before = words(t.ts.saturating_sub(4).max(ca)..t.ts);
        // (after the trigger, not its own verb: "the measures violated international law",
        // "no sanction will break our will" are no evasion; "sanctions evasion" and "sanctions
        // violators" are)
        let own_verb = |w: &str| w.ends_with("ed") || one_of!(w, "break" | "breaks" | "broke" | "violate" | "violates");
        let ev_near = near_after.iter().any(|w| evasion(w) && !own_verb(w)) || near_before.iter().any(|w| evasion(w)) || evasion(tw) || (t.te - t.ts > 1 && evasion(self.w(t.te - 1)));
        // "get around the sanctions", "keeps sanctioned oil moving"
        let ev_phrase = {
            let near = words(t.ts.saturating_sub(5).max(ca)..(t.te + 4).min(cb));
            near.windows(2).any(|p| matches!(p[0], "get" | "gets" | "getting" | "got" | "work" | "working") && p[1] == "around")
                || (near.iter().any(|w| matches!(*w, "keep" | "keeps" | "keeping" | "kept")) && near.iter().any(|w| matches!(*w, "moving" | "flowing" | "afloat")))
        };
        // (a passive evasion verb is the measures' own: "the embargo has been widely flouted")
        let ev_passive = || (t.te..(t.te + 7).min(cb)).any(|k| self.w(k).ends_with("ed") && evasion(self.w(k)) && (k.saturating_sub(3).max(t.te)..k).any(|j| one_of!(self.w(j), "been" | "was" | "were" | "is" | "are" | "being")));
        let ev_near = ev_near || ev_phrase || ev_passive();
        // (the rare crackdown word first: the evasion words are then looked for in few clauses)
        if clause_words.iter().any(|w| counter(w)) && clause_words.iter().any(|w| evasion(w)) {
            return (Action::Tighten, true);
        }
        // over-compliance: "for fear of breaching the sanctions", "anxious about violating …"
        if ev_near && (t.ts.saturating_sub(6).max(ca)..t.ts).any(|k| one_of!(self.w(k), "fear" | "afraid" | "anxious" | "wary" | "worried" | "avoid" | "avoiding")) {
            return (Action::Comply, true);
        }
        // the law's ban on causing evasion ("Non-U.S. persons are prohibited from causing … to
        // violate U.S. sanctions"): a restriction, no evasion
        if ev_near && !(ca..t.ts).any(|k| pre(self.w(k), "prohibit")) {
            return (Action::Violate, true);
        }
        // effect: the sanctions are the subject of a predicate about what they do
        let effect_pred = |w: &str| one_of!(w, "support" | "supports" | "help" | "helps" | "hurt" | "hurts" | "harm" | "harmed" | "hit" | "damage" | "damaged" | "crippling" | "crippled" | "brutal" | "served" | "serve" | "encourage" | "weaken" | "weakened" | "affect" | "affected" | "affecting" | "working" | "worked" | "bite" | "biting" | "devastated" | "ineffective" | "effective" | "painful" | "squeeze" | "squeezed" | "forced" | "caused" | "pushed" | "baseless") || pre(w, "punish") || pre(w, "deepen") || pre(w, "worsen") || one_of!(w, "outlived" | "usefulness" | "obstacle" | "failed" | "backfired" | "suffering" | "hardship")
            // what they fail or manage to do: "will not stop the smuggling", "will not bring him down",
            // "have never solved it", "do not touch private trade"
            || one_of!(w, "stop" | "stops" | "stopped" | "change" | "changes" | "changed" | "bring" | "brings" | "brought" | "deter" | "deters" | "deterred" | "work" | "works" | "solve" | "solves" | "solved" | "touch" | "touches" | "touched")
            // what they become or change: "had become an instrument", "were mostly symbolic", "would make it harder", "will shift its course"
            || one_of!(w, "become" | "became" | "symbolic" | "matter" | "matters" | "mattered" | "harder" | "shift" | "shifts" | "test" | "tests")
            // what they give or reach: "give Iran no reason", "reach places courts cannot", "redraw the map"
            || ["giv", "gave", "reach", "redraw", "reshap"].iter().any(|p| pre(w, p));
        // the subject of the clause, or of a "that" clause inside it ("… and that the embargo now punished …")
        // (or of a question after a colon or "whether": "…: are the sanctions working?")
        let that_start = (ca..t.ts).rev().find(|&k| matches!(self.w(k), "that" | ":" | "whether" | "said" | "says" | "say" | "fear" | "fears" | "feared" | "when" | "as" | "because")).map_or(ca, |k| k + 1);
        // (not a progressive verb: "OFAC is designating X for having provided support to …")
        let progressive = t.ts > ca && tw.ends_with("ing") && be_form(self.w(t.ts - 1));
        let subj_start = (t.ts <= ca + 3 || t.ts <= that_start + 2) && !t.verb && !progressive;
        if subj_start {
            let after = words(t.te..(t.te + 10).min(cb));
            // "sanctions imposed by X have hurt …": the participle is no main verb
            let main_verb = (t.te..(t.te + 10).min(cb)).any(|k| matches!(self.w(k), "target" | "imposed" | "lifted") && !(k == t.te && matches!(self.w(k), "imposed" | "lifted")));
            // ("have had limited effect", not "take effect" or "remain in effect")
            let had_effect = after.windows(2).any(|p| matches!(p[1], "effect" | "impact") && !one_of!(p[0], "take" | "takes" | "took" | "taking" | "into" | "in"));
            if (after.iter().any(|w| effect_pred(w)) || had_effect) && !main_verb {
                return (Action::Effect, true);
            }
            // the subject's verb past its modifiers: "Visa restrictions on those who … remain in place"
            if (t.te..cb).any(|k| (pre(self.w(k), "remain") || pre(self.w(k), "stay")) && self.w(k + 1) == "in" && matches!(self.w(k + 2), "place" | "force" | "effect")) {
                return (Action::Extend, true);
            }
            // a verb of impact right after the trigger as its subject ("these sanctions will starve …",
            // "the listing of two generals sends a message", "no embargo will break us"): only
            // determiners and names before it
            let bare_subject = (that_start.max(ca)..t.ts).all(|k| {
                let x = self.w(k);
                one_of!(x, "the" | "these" | "those" | "this" | "such" | "its" | "their" | "our" | "his" | "her" | "today" | "yesterday" | "'s" | "’s" | "new" | "latest" | "\"" | "“" | "no") || self.ent(k).is_some() || !self.is_word(k)
            });
            if bare_subject {
                let mut k = t.te;
                let mut of_phrase = false;
                let mut aux = false;
                // (not new measures: "fear that new sanctions could complicate talks")
                let fresh = (that_start.max(ca)..t.ts).any(|k| matches!(self.w(k), "new" | "latest"));
                while k < cb && k < t.te + 10 {
                    let x = self.w(k);
                    if impact_verb(x) {
                        return (Action::Effect, true);
                    }
                    // the main verb after a modal or "do"/"have": "sanctions alone will not open a road",
                    // "the ban has cut its sales", "sanctions would "push them away"" (not a verb that
                    // imposes, lifts, keeps or targets, nor a passive or "take effect")
                    let skip = one_of!(x, "will" | "would" | "could" | "can" | "may" | "might" | "should" | "have" | "has" | "had" | "are" | "is" | "were" | "was" | "also" | "already" | "did" | "do" | "does" | "only" | "just" | "now" | "still" | "not" | "n't" | "never" | "alone" | "\"" | "“" | "further"
                        | "probably" | "likely" | "often" | "largely" | "mostly" | "won't" | "wo");
                    if aux && !fresh && !skip && self.is_word(k) && !starts_upper(self.raw(k)) {
                        let keeps = one_of!(x, "be" | "been" | "take" | "apply" | "include" | "cover" | "enter" | "come" | "go" | "last" | "run")
                            || ["target", "freez", "froze", "block", "bar", "ban", "prohibit", "restrict", "design", "sanction", "list", "den"].iter().any(|p| x.starts_with(p));
                        // (a measure that "will follow"/"await" whoever does something is a warning)
                        if matches!(x, "follow" | "await") {
                            return (Action::Threaten, true);
                        }
                        if !keeps && cue_after(x, "").is_none() && cue_before(x, "").is_none() {
                            return (Action::Effect, true);
                        }
                        break;
                    }
                    aux |= one_of!(x, "will" | "would" | "could" | "can" | "may" | "might" | "should" | "do" | "does" | "did" | "has" | "have");
                    if one_of!(x, "of" | "from" | "on" | "against") {
                        of_phrase = true;
                    } else if !(of_phrase && self.is_word(k) && !matches!(x, "that" | "which" | "who")) && !skip {
                        break;
                    }
                    k += 1;
                }
            }
        }
        // what the measures did, in the passive: "relations have been strained by sanctions", "hit by the embargo"
        if let Some(by) = (t.ts.saturating_sub(3).max(ca + 1)..t.ts).rev().find(|&k| self.w(k) == "by") {
            // (past an adverb: "hit hard by", "badly hurt by")
            let w = if by >= ca + 2 && one_of!(self.w(by - 1), "hard" | "badly" | "severely" | "heavily") { self.w(by - 2) } else { self.w(by - 1) };
            if (by + 1..t.ts).all(|k| !self.is_word(k) || one_of!(self.w(k), "the" | "these" | "new" | "western") || self.ent(k).is_some()) && (effect_pred(w) || one_of!(w, "strained" | "battered" | "squeezed" | "starved")) {
                return (Action::Effect, true);
            }
        }
        let before = words(t.ts.saturating_sub(8).max(ca)..t.ts);
        if before.windows(2).any(|p| matches!(p[0], "goal" | "goals" | "purpose" | "aim" | "impact" | "effects" | "effect" | "toll") && p[1] == "of") && !before.iter().any(|w| matches!(*w, "current" | "continued" | "continuing" | "existing")) {
            return (Action::Effect, true);
        }
        // a change after the measures: "imports fell by 30% in the months after the sanctions"
        // (not a verb with its own subject: "shares fell after the Treasury designated six carriers",
        // "… since the government restricted …")
        // (the clause searched for the change last, past the cheaper tests)
        if !t.verb && (t.ts.saturating_sub(6).max(ca)..t.ts).any(|k| matches!(self.w(k), "after" | "since") && (k + 1..t.ts).all(|j| !self.party_at(j))) && (ca..t.ts).any(|k| one_of!(self.w(k), "fell" | "fallen" | "rose" | "risen" | "dropped" | "declined" | "plunged" | "plummeted" | "tumbled" | "slumped" | "surged" | "halved" | "doubled" | "tripled" | "jumped" | "collapsed" | "shrank" | "shrunk" | "soared")) {
            return (Action::Effect, true);
        }
        // an evaluation: "described the sanctions as illegal"
        // or a quoted evaluation right after the measures: "called the sanctions "a political gift""
        let evaluating = |w: &str| one_of!(w, "described" | "describes" | "branded" | "labelled" | "labeled" | "called" | "calls" | "dismissed" | "dismisses" | "decried" | "denounced");
        let quote_next = t.te < cb && matches!(tk(self.doc, t.te).kind, Kind::Quote(Mark::DoubleOpen | Mark::DoubleStraight | Mark::SingleOpen | Mark::SingleStraight));
        // (or an unquoted verdict: "called the measures illegal", "the sanctions are unlawful")
        let verdict = |k: usize| verdict_word(self.w(k));
        // (or a noun phrase of its own: "called the sanctions an interference in …")
        if before.iter().rev().take(4).any(|w| evaluating(w)) && ((t.te..(t.te + 3).min(cb)).any(|k| self.w(k) == "as") || quote_next || verdict(t.te) || t.te < cb && matches!(self.w(t.te), "a" | "an") || t.ts >= ca + 2 && (verdict(t.ts - 1) || verdict(t.ts - 2)))
            || !t.verb && t.te + 1 < cb && be_form(self.w(t.te)) && (verdict(t.te + 1) || t.te + 2 < cb && one_of!(self.w(t.te + 1), "completely" | "totally" | "entirely" | "clearly") && verdict(t.te + 2))
        {
            return (Action::Effect, true);
        }
        // a quoted verdict on the measures: "the sanctions were "a badge of honour""
        let open_quote = |k: usize| k < cb && (matches!(tk(self.doc, k).kind, Kind::Quote(Mark::DoubleOpen | Mark::SingleOpen)) || tk(self.doc, k).kind == Kind::Quote(Mark::DoubleStraight) && self.opens_quote(k));
        // (also after an article: "the measures were a "hostile act"")
        if !t.verb && one_of!(self.w(t.te), "were" | "was" | "are" | "is") && (open_quote(t.te + 1) || matches!(self.w(t.te + 1), "a" | "an") && open_quote(t.te + 2)) {
            return (Action::Effect, true);
        }
        // a reaction to the measures as the verb's whole object: "the government welcomed the measures."
        let reacting = t.ts >= ca + 2 && one_of!(self.w(t.ts - 2), "welcomed" | "welcomes" | "praised" | "praises" | "condemned" | "condemns" | "criticised" | "criticized" | "denounced" | "decried")
            && one_of!(self.w(t.ts - 1), "the" | "these" | "those" | "this")
            && (t.te >= cb || one_of!(self.w(t.te), "." | "," | "but" | "and" | ";"));
        if reacting {
            return (Action::Effect, true);
        }
        if let Some(a) = self.consequence_or_compliance(t, ca, cb) {
            return (a, true);
        }
        // threats take precedence over the action threatened
        let head = &clause_words[..t.ts.saturating_sub(ca).min(clause_words.len())];
        // (not a threat to veto or block the measures: "threatened to veto the renewal")
        if head.iter().any(|w| pre(w, "threat") || matches!(*w, "warned" | "warns" | "warning" | "hesitate")) && !head.iter().any(|w| pre(w, "veto") || pre(w, "block"))
            || head.windows(3).any(|p| matches!(p[0], "ready" | "prepared") && p[1] == "to" && ["impos", "reimpos", "adopt", "introduc", "tak", "us", "appl", "act"].iter().any(|x| p[2].starts_with(x)))
            || (t.ts.saturating_sub(3).max(ca)..t.ts).any(|k| one_of!(self.w(k), "face" | "faces" | "facing" | "risk" | "risks" | "exposure" | "expose" | "exposes" | "exposed"))
            // "a secondary sanctions threat"
            || matches!(self.w(t.te), "threat" | "threats")
            // "the sanctions that Washington has threatened"
            || matches!(self.w(t.te), "that" | "which") && (t.te + 1..(t.te + 5).min(cb)).any(|k| matches!(self.w(k), "threatened" | "threatens") && !one_of!(self.w(k - 1), "be" | "been" | "is" | "are" | "was" | "were"))
        {
            return (Action::Threaten, true);
        }
        // nearest cue word before (up to 10 tokens) or after (up to 4)
        let mut best: Option<(usize, Action)> = None;
        let mut consider = |dist: usize, act: Option<Action>| {
            if let Some(a) = act {
                if best.is_none_or(|(d, _)| dist < d) {
                    best = Some((dist, a));
                }
            }
        };
        let lo = t.ts.saturating_sub(10).max(ca);
        // a named list ("its sanctions list", "the SDN List"), not "the list of those subject to an asset freeze"
        let named_list = |k: usize| (k..=t.te).any(|j| self.w(j) == "list" && !one_of!(self.w(j - 1), "the" | "a" | "its" | "their"));
        // an exception fronted before the trigger ("Unless authorized by a licence …, or exempt,
        // … regulations prohibit …"): its words say nothing of the trigger's action
        let exception = (ca..t.ts).find(|&k| matches!(self.w(k), "unless" | "except")).and_then(|u| Some((u, (u..t.ts).rev().find(|&k| self.w(k) == ",")?)));
        for k in lo..t.ts {
            let w = self.w(k);
            let next = self.w(k + 1);
            let mut act = cue_before(w, next);
            if exception.is_some_and(|(u, e)| u < k && k < e) {
                act = None;
            }
            // "50 percent or more", "one or more", "More than 300 sanctions are in force": a quantity, no
            // tightening (but "added more than 40 firms", "brings to more than 900 the number …" widen)
            if w == "more" && (one_of!(self.w(k.wrapping_sub(1)), "or" | "and" | "percent" | "%") || next == "than" && (ca..k).all(|j| !self.is_word(j) || matches!(self.w(j), "the" | "of" | "with"))) {
                act = None;
            }
            // "lift more sanctions", "ease further restrictions": the verb, not the quantity, says the action
            if matches!(w, "more" | "further" | "additional") && k > ca {
                if let Some(v @ (Action::Lift | Action::Ease | Action::Suspend)) = cue_before(self.w(k - 1), w) {
                    act = Some(v);
                }
            }
            // "continue to use every tool, including sanctions": keeping an existing instrument
            if pre(w, "continu") && next == "to" && one_of!(self.w(k + 2), "use" | "apply" | "employ" | "wield" | "deploy" | "rely" | "keep" | "hold" | "enforce" | "maintain") {
                act = Some(Action::Extend);
            }
            // (the kept verb itself: "will continue to enforce the sanctions" keeps them, no compliance)
            if act == Some(Action::Comply) && k >= 2 && self.w(k - 1) == "to" && pre(self.w(k - 2), "continu") {
                act = Some(Action::Extend);
            }
            // adding parties to a sanctions list designates them (impose); to those under a measure widens it
            // (not the reporting verb: "adding that …", "he added, …")
            if matches!(w, "added" | "adds" | "adding") && tw != "entity" && !matches!(self.w(k.wrapping_sub(1)), "was" | "were" | "been" | "is" | "are" | "be") && !matches!(next, "that" | "," | ":") {
                act = Some(if named_list(k) { Action::Impose } else { Action::Tighten });
            }
            // a verb's cue stays in its own clause: "Insurer drops 14 tankers after EU bans them"
            // (read only for a cue: most words are none)
            if act.is_some() && t.verb && (k + 1..t.ts).any(|j| one_of!(self.w(j), "after" | "before" | "when" | "because" | "since" | "while" | "until")) {
                act = None;
            }
            consider(t.ts - k, act);
        }
        let mut k = t.te;
        let mut d = 1;
        // (past a phrase about the party, a passive: "the listing of the trading house could be lifted")
        let reach = if matches!(self.w(t.te), "of" | "on" | "against") { 7 } else { 4 };
        while k < cb && d <= reach {
            if let Some(e) = self.ent(k) {
                k = e.te.max(k + 1);
                continue;
            }
            let mut act = cue_after(self.w(k), self.w(k.wrapping_sub(1)));
            if d > 4 && !one_of!(self.w(k.wrapping_sub(1)), "be" | "been" | "being" | "was" | "were" | "is" | "are") {
                act = None;
            }
            // "the asset freeze imposed on …": a participle that describes the measure, no cue over an earlier verb
            if d == 1 && act == Some(Action::Impose) && one_of!(self.w(k + 1), "on" | "against" | "by" | "since" | "in") {
                act = None;
            }
            consider(d, act);
            k += 1;
            d += 1;
        }
        // (looked for only when no nearer cue was found)
        if best.is_none() {
            // "removed A, B and C from its list of designated entities": a longer reach for removal
            let far_lift = (t.ts.saturating_sub(16).max(ca)..lo).find(|&k| matches!(cue_before(self.w(k), self.w(k + 1)), Some(Action::Lift)) && (k..t.ts).any(|j| matches!(self.w(j), "from" | "off")));
            if let Some(k) = far_lift {
                best = Some((t.ts - k, Action::Lift));
            } else if let Some(k) = (t.ts.saturating_sub(18).max(ca)..lo).find(|&k| matches!(self.w(k), "added" | "adds" | "adding") && tw != "entity" && (k..t.ts).any(|j| self.w(j) == "list")) {
                best = Some((t.ts - k, if named_list(k) { Action::Impose } else { Action::Tighten }));
            }
        }
        // extending a measure to a new class is tightening ("extend the ban to cover …")
        // (the class looked for only after an extending cue)
        if matches!(best, Some((_, Action::Extend)))
            && ((t.te..cb).any(|k| self.w(k) == "to" && !self.date_after(k + 1) && (self.ent(k + 1).is_some_and(|e| e.label == Label::Norp) || one_of!(self.w(k + 1), "all" | "other" | "third" | "more" | "further") || matches!(self.w(k + 1), "a" | "new") && one_of!(self.w(k + 2), "wider" | "broader" | "new" | "range")))
                || clause_words.windows(2).any(|p| p[0] == "to" && matches!(p[1], "cover" | "include" | "encompass")))
        {
            return (Action::Tighten, true);
        }
        // what the sanctions regime stands on ("The power and integrity of OFAC sanctions derive …"):
        // the regime itself, no measure on anyone
        if self.regime_itself(t, ca) {
            return (Action::Other, true);
        }
        // reviewing whether to remove: no decision yet
        if matches!(best, Some((_, Action::Lift))) && head.iter().any(|w| pre(w, "review") || pre(w, "reconsider")) {
            return (Action::Other, true);
        }
        // a legal challenge to the measure: "a challenge by X to his designation", "appeals against the listings"
        let near = &head[head.len().saturating_sub(4)..];
        let contest = contest_word;
        // (or the measure as its object: "would fight this designation", "to contest their listings")
        let object = head.len() >= 2 && contest(head[head.len() - 2]) && one_of!(head[head.len() - 1], "the" | "this" | "that" | "his" | "her" | "its" | "their" | "these");
        if !t.verb && (object || head.len() >= 2 && head.last() != Some(&"to") && near.iter().any(|w| matches!(*w, "to" | "against")) && head[head.len().saturating_sub(16)..].iter().any(|w| contest(w))) {
            return (Action::Other, true);
        }
        // not recognising the measures is refusing to comply: "does not recognise unilateral sanctions"
        if near.windows(2).any(|p| matches!(p[0], "not" | "n't" | "never") && p[1].starts_with("recogni")) {
            return (Action::Comply, true);
        }
        // relief is its own easing: "the partial relief", "any further loosening"
        if (one_of!(tw, "relief" | "easing" | "loosening" | "relaxation" | "general") || pre(tw, "sanction") && self.w(t.te) == "relief") && !matches!(best, Some((_, Action::Lift | Action::Suspend | Action::Other))) {
            return (Action::Ease, true);
        }
        // a promised response: "would take necessary measures", "will take resolute countermeasures"
        if tw == "measures" && t.ts > ca && one_of!(self.w(t.ts - 1), "necessary" | "resolute" | "firm" | "reciprocal" | "retaliatory" | "appropriate" | "corresponding") && head.iter().any(|w| one_of!(*w, "will" | "would" | "'ll" | "vowed" | "vows" | "threatened" | "threatens")) {
            return (Action::Threaten, true);
        }
        // a verb trigger is its own impose, unless a closer cue says more
        if let Some((d, a)) = best {
            if a == Action::Lift && clause_words.iter().any(|w| pre(w, "licens") || pre(w, "licenc") || *w == "partial" || *w == "partially") {
                return (Action::Ease, true);
            }
            if !(t.verb && d > 2 && matches!(a, Action::Extend | Action::Other)) && !(a == Action::Lift && tw == "suspended") {
                return (a, true);
            }
        }
        // a verb with a widening object: "would designate more banks", "sanctioned additional officials"
        // (not "more than 400")
        if (t.verb || !tw.ends_with('s')) && best.is_none() && matches!(self.w(t.te), "more" | "additional" | "further") && self.w(t.te + 1) != "than" {
            return (Action::Tighten, true);
        }
        if t.verb {
            if pre(tw, "compl") {
                return (Action::Comply, true);
            }
            return (Action::Impose, true);
        }
        // the programme or regime itself, with no verb about it
        // (and its rules and decisions: "sanctions decisions require unanimity", "under its sanctions regulations")
        if one_of!(self.w(t.te), "regime" | "program" | "programme" | "system" | "architecture" | "authorities") || tw == "sanctions" && one_of!(self.w(t.te), "decisions" | "regulations" | "rules" | "law" | "laws" | "legislation" | "framework" | "policy") {
            return (Action::Other, false);
        }
        (Action::Impose, false)
    }


    /// [`Self::action`]: measures not meant to last (lift), an option "on the table" (threaten), what follows from the measures
    /// ("since the designation", "because of sanctions") and compliance with another party's measures
    /// ("apply the U.S. sanctions", "exposure to the designated persons").
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn consequence_or_compliance(&self, t: Trig, ca: usize, cb: usize) -> Option<Action> {
        let prev = |k: usize| if k > ca { self.w(k - 1) } else { "" };
        // "sanctions need not be permanent": they are to be lifted (on conditions)
        if (ca..cb).any(|k| self.w(k) == "not" && (k + 1..(k + 5).min(cb)).any(|j| matches!(self.w(j), "permanent" | "forever" | "indefinite"))) {
            return Some(Action::Lift);
        }
        // an option kept open: "further measures are "on the table""
        if (t.te..(t.te + 8).min(cb)).any(|k| self.w(k) == "table" && self.w(k - 1) == "the" && self.w(k.saturating_sub(2)) == "on") {
            return Some(Action::Threaten);
        }
        let det = one_of!(prev(t.ts), "the" | "this" | "these" | "those");
        let at = if det { t.ts - 1 } else { t.ts };
        let clause_end = t.te >= cb || one_of!(self.w(t.te), "," | "." | ";" | "?" | "!");
        // a consequence: "none had been chartered since the designation", "not because of sanctions"
        if !t.verb && clause_end && (matches!(prev(at), "since" | "through") && det || prev(at) == "of" && matches!(prev(at - 1), "because" | "result") || prev(at) == "to" && prev(at - 1) == "due") {
            return Some(Action::Effect);
        }
        // a participle describing the parties that others must screen: "exposure to the designated persons"
        let described = one_of!(self.w(t.ts), "designated" | "sanctioned" | "listed" | "blacklisted") && is_described(self.w(t.te));
        if described && (t.ts.saturating_sub(4).max(ca)..t.ts).any(|k| self.w(k) == "exposure") {
            return Some(Action::Comply);
        }
        // applying measures another party adopted: "apply the U.S. sanctions", "apply any listing agreed by the bloc"
        if let Some(apply) = (t.ts.saturating_sub(4).max(ca)..t.ts).find(|&k| one_of!(self.w(k), "apply" | "applies" | "applied" | "applying")) {
            let others = (apply + 1..t.ts).any(|k| self.ent(k).is_some()) || one_of!(self.w(t.te), "agreed" | "adopted" | "imposed" | "decided") && self.w(t.te + 1) == "by";
            return others.then_some(Action::Comply);
        }
        self.adherence(t, ca)
    }

    /// [`Self::consequence_or_compliance`]: a party joining, aligning with or acting on measures a
    /// sanctioning body owns ("declined to join the bloc's measures",
    /// "will not act on American measures") complies with them; not its own ones.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn adherence(&self, t: Trig, ca: usize) -> Option<Action> {
        let v = (t.ts.saturating_sub(6).max(ca)..t.ts).find(|&k| {
            let w = self.w(k);
            pre(w, "join") || pre(w, "align") || w == "on" && k > 0 && pre(self.w(k - 1), "act")
        })?;
        // the measures as the verb's object, not its own: not "joined the U.S. in imposing sanctions", "joined with its own"
        let owner = (v + 1..t.ts).find_map(|k| if self.w(k) == "bloc" { Some("bloc") } else { self.ent(k).map(|e| &*e.party) })?;
        let ok = !t.verb && (is_sanctioner(owner) || is_body(owner) || owner == "bloc") && (v + 1..t.ts).all(|k| { let w = self.w(k); !one_of!(w, "its" | "their" | "own" | "new" | "a" | "in" | "by") && !w.ends_with("ing") });
        // (not the subject's own: "the EU joined EU sanctions")
        (ok && (ca..v).find_map(|k| self.ent(k)).is_none_or(|e| e.party != owner)).then_some(Action::Comply)
    }

    // ----- modality and source -----

    fn modality_source(&self, t: Trig, clause: (usize, usize), sent: (usize, usize), action: Action, quote: Option<&Q>, blocked_before: usize) -> (Modality, Option<String>) {
        let (mut ca, cb) = clause;
        let (sa, sb) = sent;
        // a quote bounds the cues
        let (qa, qb) = match quote {
            Some(q) => {
                let qa = (sa..sb).find(|&k| q.span.contains(tk(self.doc, k).span())).unwrap_or(sa);
                let qb = (qa..sb).find(|&k| !q.span.contains(tk(self.doc, k).span())).unwrap_or(sb);
                (qa, qb)
            }
            None => (sa, sb),
        };
        ca = ca.max(qa);
        let cb = cb.min(qb).max(t.te);
        let mut source: Option<String> = None;
        let mut reported = false;
        if let Some(q) = quote {
            reported = true;
            source = q.speaker.as_deref().map(str::own);
        }
        // reporting verbs outside the quote (cues start after the last one that governs the trigger)
        let mut report_end = ca;
        if quote.is_none() {
            (reported, report_end, source) = self.report_cue(t, sa, sb, ca);
        }
        let ca = ca.max(report_end.min(t.ts));
        let cw = self.words(ca..cb);
        let ti = t.ts - ca; // trigger index within cw
        let (negated, mut demanded, mut conditional) = self.negation_cue(cw, ti, t, action);
        // (a negation decides the modality before a condition, and both before speculation: the
        // later cues are looked for only when the earlier ones found nothing)
        conditional = conditional || !negated && self.condition_cue(cw, ca, ti);
        let speculative = !negated && !conditional && self.speculation_cue(t, (ca, cb), sent, qa, action, quote.is_some());
        // (no demand is looked for when an earlier cue decided the modality and a source is known:
        // its only other use, a speech verb's subject as the source, is then not wanted)
        let (demand, speech_subject) = if (negated || conditional || speculative) && (source.is_some() || quote.is_some()) { (false, None) } else { self.demand_cue(cw, ca, ti, sa, action, blocked_before) };
        // (the reporting verb as advocacy: "have argued for a full lifting of …")
        demanded |= demand || ca > sa && self.w(ca) == "for" && pre(self.w(ca - 1), "argu");
        if let Some(k) = speech_subject {
            if source.is_none() && quote.is_none() {
                source = self.report_subject(k, ca.min(k));
            }
        }
        // a party's stance on the measures is its claim: "Myanmar's government rejected the sanctions"
        if source.is_none() && quote.is_none() {
            source = self.stance_holder(t, ca, true).map(|(_, o, _)| o);
            reported |= source.is_some();
        }
        let modality = if negated {
            Modality::Negated
        } else if conditional {
            Modality::Conditional
        } else if speculative {
            Modality::Speculative
        } else if demanded {
            Modality::DemandedOrProposed
        } else if reported {
            Modality::Reported
        } else {
            Modality::Asserted
        };
        (modality, source)
    }

    /// [`Self::modality_source`]: a reporting verb outside a quote that governs the trigger
    /// ("X said (that) … trigger", "trigger …, X said"): (reported, where cues start, source).
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn report_cue(&self, t: Trig, sa: usize, sb: usize, ca: usize) -> (bool, usize, Option<String>) {
        let mut report_end = ca;
        let mut reported = false;
        let mut source = None;
        // "X said (that) … trigger"
        for k in (sa..t.ts).rev() {
            let w = self.w(k);
            // (not inside a relative clause closed before the trigger: "X, which experts say has
            // …, was sanctioned")
            let closed_relative = || (k.saturating_sub(4).max(sa)..k).rev().take_while(|&j| self.w(j) != ",").any(|j| matches!(self.w(j), "which" | "who")) && (k..t.ts).any(|j| self.w(j) == ",");
            // ", saying …" continues its clause's subject
            // (the pairs' test before the call as well: most words of the sentence are ruled out by it)
            if may_report(w) && self.report_like_at(k) && !closed_relative() && !matches!(self.w(k.wrapping_sub(1)), "with") && (w != "saying" || self.w(k.wrapping_sub(1)) == ",") || (w == "according" && self.w(k + 1) == "to") {
                reported = true;
                report_end = report_end.max(k + 1);
                source = if w == "according" {
                    // (to the phrase's comma: "According to X, Y is preparing …")
                    let end = (k + 2..(k + 8).min(t.ts)).find(|&j| self.w(j) == ",").unwrap_or((k + 8).min(t.ts));
                    self.subject_near(k + 2, end)
                } else {
                    self.mention_speaker(k, sa).or_else(|| self.inverted_subject(k)).or_else(|| self.report_subject(k, sa))
                };
                break;
            }
        }
        // "trigger …, X said." / ", said X."
        if !reported {
            for k in t.te..sb {
                let w = self.w(k);
                if w == "according" && self.w(k + 1) == "to" {
                    reported = true;
                    // (to the end of the phrase, past a description: "according to a count by the
                    // Oslo-based firm X")
                    let end = (k + 2..(k + 12).min(sb)).find(|&j| one_of!(self.w(j), "," | ";" | "." | "and" | "which" | "who")).unwrap_or((k + 12).min(sb));
                    source = self.subject_near(k + 2, end);
                    break;
                }
                // (not one inside a relative clause: "…, a businessman whom OFAC described as …")
                let relative = || (k.saturating_sub(4).max(t.te)..k).any(|j| one_of!(self.w(j), "whom" | "which" | "who" | "whose"));
                if may_report(w) && self.report_like_at(k) && w != "saying" && !relative() && !matches!(self.w(k - 1), "with") && (k.saturating_sub(9)..k).any(|j| j >= t.te && self.w(j) == ",") {
                    // a coordinated clause of its own reports something else: "…, and officials said they …"
                    let comma = (t.te..k).rev().find(|&j| self.w(j) == ",").unwrap_or(k);
                    if one_of!(self.w(comma + 1), "and" | "but" | "while" | "though" | "although" | "whereas" | "yet") {
                        break;
                    }
                    // the rest of the sentence is the attribution (no new clause after it)
                    let rest_clause = (k + 1..(k + 3).min(sb)).any(|j| matches!(self.w(j), "that" | "this" | "it"));
                    if rest_clause || self.fronted_adverbial(t, sa) {
                        break;
                    }
                    reported = true;
                    // ", said X" names the speaker after the verb; ", X told Reuters" the listener
                    let inverted = if matches!(w, "told" | "tells") { None } else { self.subject_near(k + 1, (k + 7).min(sb)) };
                    source = inverted.or_else(|| self.report_subject(k, (k.saturating_sub(6)).max(t.te)));
                    break;
                }
            }
        }
        (reported, report_end, source)
    }

    /// [`Self::modality_source`]: negation of the clause words `cw` (the trigger at `ti`):
    /// (negated, demanded, conditional).
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn negation_cue(&self, cw: &[&str], ti: usize, t: Trig, action: Action) -> (bool, bool, bool) {
        // negation
        let mut negated = false;
        let mut demanded = false;
        let mut conditional = false;
        for (k, w) in cw.iter().enumerate() {
            if !NEGATION_PAIRS.may_hold(w) {
                continue;
            }
            let next = cw.get(k + 1).copied().unwrap_or("");
            let neg = one_of!(*w, "not" | "n't" | "never" | "cannot" | "won't" | "can't" | "didn't" | "doesn't" | "don't" | "wouldn't" | "isn't" | "aren't" | "wasn't" | "weren't" | "nor" | "neither") || (*w == "no" && !one_of!(next, "longer" | "other" | "doubt" | "one"))
                // "failed to agree sanctions"
                || matches!(*w, "failed" | "fails" | "fail") && k < ti && cw[k + 1..(k + 4).min(ti)].contains(&"to");
            if !neg {
                continue;
            }
            // "need not be permanent", "are not meant to be permanent": its conditions follow
            let need_not = *w == "not" && (k > 0 && matches!(cw[k - 1], "need" | "needs") || cw[k + 1..(k + 5).min(cw.len())].iter().any(|x| matches!(*x, "permanent" | "forever" | "indefinite")));
            // "will not hesitate to impose": a resolve, no denial
            let hesitate = pre(next, "hesitat") || next == "be" && cw.get(k + 2).is_some_and(|x| pre(x, "hesitan"));
            if matches!(next, "only" | "just") || (next == "too" && cw.get(k + 2) == Some(&"late")) || need_not || hesitate {
                if next == "too" || need_not {
                    conditional = true;
                }
                continue;
            }
            // (not across a coordinated predicate of its own: "had not followed … and urged them to delist")
            let own_predicate = k < ti && cw[k + 1..ti].windows(2).any(|p| matches!(p[0], "and" | "but") && p[1].len() > 3 && p[1].ends_with("ed"));
            let before = k < ti && ti - k <= 10 && !own_predicate;
            // (what the measures do not do, further on: "Sanctions on a handful of firms will not stop …",
            // "called the sanctions a gift and said they would not affect …")
            let reach = if action == Action::Effect { 8 } else { 4 };
            let they = action == Action::Effect && k > ti + 2 && cw[k - 3..k].iter().any(|x| matches!(*x, "they" | "it"));
            // (not a clause with a subject of its own: "reach places our courts cannot")
            // (nor one in a clause subordinate to it: "would widen the measures if Minsk does not …")
            let own_subject = k > ti && cw[ti + 1..k].iter().any(|x| one_of!(*x, "our" | "we" | "you" | "whose" | "where" | "if" | "unless" | "until" | "once" | "because" | "whether" | "while" | "although" | "though"));
            let after = k >= ti && (k - ti <= reach || they) && (t.te - t.ts) + ti <= k + 1 && !cw[ti..k].contains(&",") && !self.contrastive(t.ts - ti + k) && !own_subject;
            if before || after {
                // "cannot … without" is a necessity: a demand
                if (k..cw.len()).any(|j| cw[j] == "without") {
                    demanded = true;
                } else {
                    negated = true;
                }
            }
        }
        if ti >= 1 && cw.get(ti - 1) == Some(&"without") && !demanded {
            negated = true;
        }
        // a rejected call or request: "rejects calls to sanction X", "refused to join sanctions"
        let head = &cw[..ti.min(cw.len())];
        // holding back: "has held back from sanctioning X", "stopped short of", "refrained from"
        let held_back = head.windows(2).enumerate().any(|(r, p)| {
            ti - r <= 8 && (matches!(p[0], "held" | "holds" | "holding" | "hold") && p[1] == "back" || matches!(p[0], "stopped" | "stops" | "stopping") && p[1] == "short" || matches!(p[0], "refrained" | "refrains" | "refraining" | "balked" | "balks") && matches!(p[1], "from" | "at"))
        });
        // a vetoed or blocked proposal: "vetoed a draft resolution that would have extended …",
        // "Vetoes Renewal of …", "blocked proposals for EU-wide measures"
        // (a veto only expected or threatened is speculation: "is expected to veto", "threatened to block")
        // (nor a demand of the blocker's, after it: "blocked the package, demanding that X be removed")
        let unsure = |r: usize| head[r.saturating_sub(3)..r].iter().any(|x| pre(x, "threat") || pre(x, "expect") || *x == "likely") || head[r..].iter().any(|x| matches!(*x, "demanding" | "insisting"));
        let vetoed = head.iter().enumerate().any(|(r, w)| {
            ti - r <= 12 && matches!(*w, "vetoed" | "vetoes" | "vetoing" | "veto" | "blocked" | "blocks" | "blocking") && !unsure(r)
                && head[r + 1..(r + 4).min(head.len())].iter().any(|x| one_of!(*x, "resolution" | "draft" | "proposal" | "proposals" | "renewal" | "extension" | "plan" | "plans" | "bid" | "package" | "move"))
        });
        // a lost bid for relief ("Loses Bid to Overturn Sanctions", "lost his appeal to lift …"),
        // and a draft that failed ("a draft that would have renewed the embargo failed on Friday")
        let lost_bid = matches!(action, Action::Lift | Action::Ease | Action::Suspend)
            && head.windows(2).enumerate().any(|(r, p)| ti - r <= 10 && one_of!(p[0], "lost" | "loses" | "losing" | "lose") && head[r + 1..(r + 4).min(head.len())].iter().any(|x| one_of!(*x, "bid" | "challenge" | "appeal" | "case" | "fight" | "battle")));
        let failed_draft = head.windows(2).enumerate().any(|(r, p)| ti - r <= 10 && p == ["would", "have"])
            && cw.get(ti..(ti + 12).min(cw.len())).is_some_and(|after| after.iter().any(|x| one_of!(*x, "failed" | "fails" | "fell" | "collapsed")));
        // the measures as the blocked object: "Hungary blocks EU sanctions on …"
        let ca = t.ts - ti;
        let blocked = head.iter().enumerate().any(|(r, w)| {
            ti - r <= 4 && one_of!(*w, "blocks" | "blocked" | "vetoes" | "vetoed") && !unsure(r) && (r + 1..ti).all(|j| one_of!(head[j], "the" | "any" | "new" | "further" | "proposed") || self.ent(ca + j).is_some())
        });
        if (held_back || vetoed || lost_bid || failed_draft || blocked) && !demanded {
            negated = true;
        }
        // (a rejected challenge leaves the measure standing: "Judge Rejects Magnate's Challenge to UK Asset Freeze")
        // (declining to comment is no refusal: "declined to comment on whether …")
        // (within ten words of the trigger: no reading of the words before)
        let o = ti.saturating_sub(10).min(head.len());
        if let Some(r) = head[o..].iter().rposition(|w| pre(w, "reject") || pre(w, "refus") || matches!(*w, "opposes" | "opposed" | "opposing" | "declined" | "declines")).map(|r| r + o).filter(|&r| !head[r..].iter().any(|w| pre(w, "challeng") || pre(w, "appeal") || pre(w, "bid") || matches!(*w, "comment" | "elaborate" | "speculate"))) {
            // "opposes the move and would take measures": a new predicate after the rejected object
            let new_predicate = head[r..].windows(2).any(|p| matches!(p[0], "and" | "but") && one_of!(p[1], "will" | "would" | "'ll" | "vowed" | "pledged" | "warned" | "threatened" | "said" | "promised"));
            // measures another named party imposed, rejected, are a reaction to them, no refusal:
            // "Ruritania rejects new US sanctions", "rejected sanctions announced by Washington"
            // (but a rejected call or plan stays one: "rejects U.S. call to sanction X")
            let others = pre(head[r], "reject") && !head[r..].iter().any(|w| one_of!(*w, "call" | "calls" | "proposal" | "proposals" | "plan" | "plans" | "demand" | "demands" | "request" | "requests" | "push" | "to" | "any" | "join" | "joining"))
                && ((r + 1..ti).any(|j| self.ent(ca + j).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Org | Label::Norp))) || cw.get(ti + 1).is_some_and(|v| ed_form(v)) && cw.get(ti + 2) == Some(&"by")
                    // (or the measures in place, judged: "rejected the sanctions as illegal")
                    || r + 2 == ti && matches!(head[r + 1], "the" | "these" | "those") && cw.get(ti + t.te - t.ts) == Some(&"as"));
            if !new_predicate && !others {
                negated = true;
            }
        }
        (negated, demanded, conditional)
    }

    /// [`Self::negation_cue`]: "not" at token `k` contrasts what follows it, rather than denying the
    /// predication: "is not the same as …", "is not to punish, but to …", "is not a penalty, it is a …".
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn contrastive(&self, k: usize) -> bool {
        let x = self.w(k + 1);
        if self.w(k) != "not" || !one_of!(x, "the" | "a" | "an" | "to") {
            return false;
        }
        x == "the" && self.w(k + 2) == "same"
            || (k + 3..k + 12).take_while(|&j| !matches!(self.w(j), "." | ";" | "")).any(|j| {
                self.w(j - 1) == "," && (self.w(j) == "but" && matches!(self.w(j + 1), "to" | "a" | "an") || matches!(self.w(j), "it" | "they") && one_of!(self.w(j + 1), "is" | "are" | "was" | "were"))
            })
    }

    /// [`Self::modality_source`]: a condition in the clause words `cw`.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn condition_cue(&self, cw: &[&str], ca: usize, ti: usize) -> bool {
        let mut conditional = false;
        // conditions (not in a relative clause about a party: "X, who ran a paper until police shut it, wants …")
        let relative = |k: usize| k < ti && cw[..k].iter().rposition(|x| matches!(*x, "who" | "which")).is_some_and(|r| r > 0 && cw[r - 1] == "," && !cw[r..k].contains(&",") && cw[k..ti].contains(&","));
        for (k, w) in cw.iter().enumerate() {
            // (only these words make a condition below: the test for a relative clause, which
            // looks back over the clause, runs for them alone; a pair test let a fifth of the
            // words through, "on", "as", "co…", "pr…", "un…")
            if !matches!(*w, "if" | "unless" | "provided" | "providing" | "as" | "once" | "until" | "should" | "day" | "conditional" | "contingent") || relative(k) {
                continue;
            }
            let next = cw.get(k + 1).copied().unwrap_or("");
            // an inverted condition: "Should the talks fail, …", "… should the situation worsen"
            let inverted = *w == "should" && (one_of!(next, "the" | "a" | "an" | "this" | "that" | "these" | "any" | "it" | "they" | "he" | "she" | "there") || self.party_at(ca + k + 1)) && (k == 0 || !one_of!(cw[k - 1], "," | "we" | "they" | "it" | "he" | "she" | "i") && self.ent(ca + k - 1).is_none() && !one_of!(cw[k - 1], "government" | "council" | "countries" | "states"));
            if inverted {
                conditional = true;
            }
            // "… will be lifted the day the prisoners are freed"
            let the_day = *w == "day" && k > ti && k >= 1 && cw[k - 1] == "the" && (one_of!(next, "the" | "they" | "he" | "she" | "it" | "we" | "our" | "their" | "his" | "her" | "that" | "when") || self.party_at(ca + k + 1) || starts_upper(self.raw(ca + k + 1)));
            if the_day {
                conditional = true;
            }
            // ("once seemed settled" is the adverb, no condition)
            // (and "once a major source": a former state, in apposition)
            let once_adverb = *w == "once" && (one_of!(next, "again" | "more" | "seemed" | "was" | "were" | "had" | "been" | "upon" | "a" | "an" | "the") || ed_form(next));
            // "until" before the trigger, or after it in its clause with a clause still to come true ("… stay in
            // place until the prisoners can go home"), not a narrated past ("until police closed it") or a date
            let until = *w == "until" && !self.date_after(ca + k + 1) && (k < ti || !matches!(next, "then" | "now" | "recently") && !cw[ti..k].contains(&",") && !cw[k + 1..(k + 7).min(cw.len())].iter().any(|x| matches!(*x, "was" | "were" | "had") || x.ends_with("ed")));
            // "provided (that) …" opens a condition; "for having provided support", "which
            // provided the funds", "Acme provided …" are the verb
            let proviso = matches!(*w, "provided" | "providing")
                && (next == "that"
                    || (k == 0 || !one_of!(cw[k - 1], "having" | "has" | "have" | "had" | "was" | "were" | "been" | "be" | "is" | "are" | "who" | "which" | "that" | "and" | "or" | "for" | "by" | "of" | "in" | "it" | "they" | "he" | "she" | "we" | "also") && self.ent(ca + k - 1).is_none())
                        && (one_of!(next, "the" | "a" | "an" | "it" | "they" | "he" | "she" | "we" | "there" | "its" | "their") || self.party_at(ca + k + 1)));
            if matches!(*w, "if" | "unless") || proviso || (*w == "as" && next == "long" && cw.get(k + 2) == Some(&"as") && !cw[k + 3..(k + 5).min(cw.len())].iter().any(|x| matches!(*x, "takes" | "necessary"))) || (*w == "once" && !once_adverb && k < ti) || until || *w == "conditional" || *w == "contingent" {
                conditional = true;
            }
        }
        // a consequence for whoever meets a description: "institutions that facilitate … could face sanctions"
        let head = &cw[..ti.min(cw.len())];
        // (the exposure, in four words, before the description, looked for over the whole head)
        let described = || head.iter().enumerate().any(|(k, w)| matches!(*w, "that" | "who") && k > 0 && (head[k - 1].ends_with('s') || matches!(head[k - 1], "anyone" | "those")) && !is_report_verb(head[k - 1]));
        let exposed = head.iter().rev().take(4).any(|w| one_of!(*w, "face" | "risk" | "subject" | "expose" | "exposed" | "exposure"));
        if exposed && described() && head.iter().any(|w| one_of!(*w, "could" | "may" | "might" | "would")) {
            conditional = true;
        }
        conditional
    }

    /// [`Self::report_cue`]: the trigger inside a fronted time or concession clause ("When X barred
    /// eleven officials last month, …, the party dismissed the move as …"): a presupposed fact, which
    /// the main clause's reporting verb does not attribute.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn fronted_adverbial(&self, t: Trig, sa: usize) -> bool {
        (sa..(sa + 4).min(t.ts)).any(|j| one_of!(self.w(j), "when" | "after" | "before" | "since" | "although" | "though" | "while") && (j == sa || !self.is_word(j - 1)))
    }

    /// [`Self::modality_source`]: a question, a hedge, speculation or a forecast.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn speculation_cue(&self, t: Trig, clause: (usize, usize), sent: (usize, usize), qa: usize, action: Action, quoted: bool) -> bool {
        let ((ca, cb), (sa, sb)) = (clause, sent);
        // a question ("Will the Bank Bow to the Sanctions?") or a hedge ("My guess is …", "doubt it will …")
        let question = !quoted && self.w(sb.saturating_sub(1)) == "?" && (sa..sb).any(|k| k < t.ts && one_of!(self.w(k), "will" | "would" | "can" | "could" | "should" | "is" | "are" | "does" | "do" | "did" | "has" | "have"));
        let hedge = (qa.max(sa)..cb.min(t.ts)).any(|k| matches!(self.w(k), "guess" | "doubt" | "doubts" | "doubted" | "rather"));
        // an embedded question about the measures: "… Ask Whether Sanctions Still Bite"
        let hedge = hedge || (t.ts.saturating_sub(3).max(ca)..t.ts).any(|k| self.w(k) == "whether" && (k + 1..t.ts).all(|j| one_of!(self.w(j), "the" | "these" | "those" | "such" | "new"))
            && !(k > ca && one_of!(self.w(k - 1), "considering" | "considers" | "weighing" | "weighs" | "mulling" | "mulls" | "decide" | "deciding" | "decides")));
        // speculation
        // (over the clause's words themselves: no index test for each)
        let speculative = question || hedge || self.words(ca..cb).iter().zip(ca..).any(|(&x, k)| {
            (matches!(x, "likely" | "may" | "might" | "could" | "possibly" | "perhaps" | "probably" | "appears" | "appear" | "appeared" | "seems" | "seem" | "analysts" | "speculated" | "unlikely" | "reportedly" | "expect" | "expects" | "expected")
                // (a threatened veto: "threatened to veto the renewal")
                || pre(x, "threat") && self.w(k + 1) == "to" && (pre(self.w(k + 2), "veto") || pre(self.w(k + 2), "block")))
                && !starts_upper(self.raw(k))
                // (not a purpose: "asked for the package to be split so that the officials could be sanctioned")
                && !(k.saturating_sub(5).max(ca)..k).any(|j| self.w(j) == "so")
                // not in a clause of its own after the trigger ("… so that remittances could …", "… and warned that X might …")
                // (or a second verb phrase: "… are banned from EU ports and may not receive …")
                && !(k >= t.te && action != Action::Effect && (t.te..k).any(|j| one_of!(self.w(j), "that" | "so" | "because" | "which" | "whom") || self.w(j) == "and" && j + 1 == k))
        });
        // an analyst's forecast of what the measures will do ("Analysts said the curbs would cost …")
        let forecast = action == Action::Effect
            && (sa..ca).any(|k| one_of!(self.w(k), "analysts" | "analyst" | "experts" | "expert" | "economists" | "economist" | "scientist" | "researcher" | "researchers" | "observers" | "scholars"))
            && (t.te..cb).any(|k| one_of!(self.w(k), "would" | "will" | "could" | "might"));
        
        // a hypothetical outcome of the measures: "entry bans would hurt politicians", "designating a bank would be a nuclear option"
        // (not in a second verb phrase: "called the measures illegal and said Minsk would respond")
        let would = (t.te..(t.te + 6).min(cb)).find(|&k| self.w(k) == "would").is_some_and(|k| action == Action::Effect && !(t.te..k).any(|j| matches!(self.w(j), "and" | "but")) || self.w(k + 1) == "be" && matches!(self.w(k + 2), "a" | "an" | "the"));
        speculative || forecast || would || self.deliberated(t, ca, sa) || self.believed(t, sa, cb) || self.asked_whether(t, ca)
    }

    /// [`Self::speculation_cue`]: the measures inside an embedded yes/no question ("the next test is
    /// whether Washington follows through on threats to sanction …", "declined to comment on whether
    /// further designations were being considered"); not a deliberation ("whether to ban …",
    /// "considering whether …").
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn asked_whether(&self, t: Trig, ca: usize) -> bool {
        (ca..t.ts).rev().take_while(|&k| self.w(k) != ",").any(|k| {
            self.w(k) == "whether" && self.w(k + 1) != "to" && !(k > ca && (pre(self.w(k - 1), "consider") || pre(self.w(k - 1), "weigh") || pre(self.w(k - 1), "decid") || pre(self.w(k - 1), "review") || pre(self.w(k - 1), "mull")))
        })
    }

    /// [`Self::speculation_cue`]: the measures in what someone fears, bets or predicts will happen
    /// ("growers fear the measures will hurt …", "investors bet that sanctioned tonnage would …"):
    /// a verb of expectation before the trigger and a modal after that verb.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn believed(&self, t: Trig, sa: usize, cb: usize) -> bool {
        (t.ts.saturating_sub(6).max(sa)..t.ts).any(|k| {
            let w = self.w(k);
            (["fear", "predict", "anticipat"].iter().any(|p| pre(w, p)) || matches!(w, "bet" | "bets"))
                && !one_of!(self.w(k.wrapping_sub(1)), "for" | "the" | "a" | "no" | "of")
                && (k + 1..cb.min(t.te + 6)).any(|j| one_of!(self.w(j), "will" | "would" | "could" | "might"))
        })
    }

    /// [`Self::demand_cue`]: "would" whose subject is a proposal not yet adopted ("a bill that would let
    /// the government impose sanctions", "the package would ban …", "the measures, drafted by …, would
    /// have targeted …"): what is proposed.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn proposal_would(&self, k: usize, sa: usize) -> bool {
        (k.saturating_sub(10).max(sa)..k).any(|j| one_of!(self.w(j), "bill" | "draft" | "drafted" | "proposal" | "package" | "plan" | "motion" | "amendment" | "legislation"))
    }

    /// [`Self::speculation_cue`]: measures still under deliberation, the object of "considering", "weighing",
    /// "studying", "discuss" ("is considering measures against …", "meet to discuss listings"): nothing decided yet;
    /// but a call or an announced intention to deliberate ("urged them to consider …", "said it would consider …") is a demand.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn deliberated(&self, t: Trig, ca: usize, sa: usize) -> bool {
        (t.ts.saturating_sub(4).max(ca)..t.ts).any(|k| {
            let w = self.w(k);
            let p = self.w(k.wrapping_sub(1));
            (pre(w, "consider") || pre(w, "weigh") || pre(w, "discuss") || w == "studying" || matches!(w, "looking" | "exploring" | "examining") && self.w(k + 1) != "for") && !holds_part(w, "ion")
                && (k + 1..t.ts).all(|j| !matches!(self.w(j), "whether" | ","))
                && !(p == "to" && !(k.saturating_sub(5).max(sa)..k).any(|j| matches!(self.w(j), "meet" | "expected")))
                && !(matches!(p, "would" | "will") && (sa..k).any(|j| is_report_verb(self.w(j))))
        })
    }

    /// [`Self::modality_source`]: a demand, proposal or commitment, and the speech verb.
    /// Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn demand_cue(&self, cw: &[&str], ca: usize, ti: usize, sa: usize, action: Action, blocked_before: usize) -> (bool, Option<usize>) {
        // an imperative opening the sentence: "But keep the sanctions on …", "Let them sanction …"
        let lead = (sa..ca + ti).find(|&k| self.is_word(k) && !one_of!(self.w(k), "but" | "and" | "so" | "now"));
        let mut demanded = lead.is_some_and(|k| one_of!(self.w(k), "keep" | "lift" | "impose" | "ease" | "maintain" | "extend" | "tighten" | "scrap" | "let" | "stop" | "drop"));
        // demands, proposals, commitments
        let mut speech_subject: Option<usize> = None;
        // (every cue below is at most three words past the trigger)
        for (k, w) in cw.iter().enumerate().take(ti + 4) {
            // (and their second and third letters: the first two let a third of a text's words through)
            if !DEMAND_PAIRS.may_hold(w) || !DEMAND_PAIRS_2.holds_next(w) {
                continue;
            }
            let next = cw.get(k + 1).copied().unwrap_or("");
            let prev = if k > 0 { cw[k - 1] } else { "" };
            let speech = (one_of!(*w, "called" | "calls" | "calling" | "call") && matches!(next, "for" | "on" | "upon"))
                || (one_of!(*w, "pressure" | "push" | "pushing" | "request" | "requests" | "appeal" | "appealed" | "appeals") && one_of!(next, "to" | "for" | "that" | "on"))
                || pre(w, "urg") && !pre(w, "urgen")
                || pre(w, "demand")
                // advocacy: "have argued for a full lifting", "lobbied for", "advocates tougher sanctions"
                || ["argu", "lobb", "campaign"].iter().any(|p| pre(w, p)) && next == "for"
                || pre(w, "advocat")
                || pre(w, "propos")
                || pre(w, "encourag")
                || one_of!(*w, "vowed" | "vows" | "vow" | "pledged" | "pledges" | "pledge" | "promised" | "asked" | "asks" | "recommended" | "recommends")
                // "wants trade sanctions", "seeks sanctions on …"
                || (wants(w) || one_of!(*w, "seek" | "seeks" | "seeking" | "sought")) && k < ti && ti - k <= 3 && next != "to"
                // "pressed for", not "pressed ahead with"
                || matches!(*w, "pressed" | "pressing") && !matches!(next, "ahead" | "on" | "forward");
            // (a body that "agreed to ban …" took the decision: asserted)
            let commit = matches!(*w, "committed" | "commit" | "commits") && next == "to"
                // "working with partners on further sanctions"
                // "was prepared to ease …" (a readiness to impose is a threat, asserted)
                || *w == "prepared" && next == "to" && action != Action::Threaten
                || matches!(*w, "working" | "preparing") && k < ti && cw[k..ti].contains(&"on") && !cw[k..ti].iter().any(|x| matches!(*x, "," | "that" | "which"))
                || (one_of!(*w, "directed" | "directs" | "direct" | "ordered" | "orders" | "instructed") && action != Action::Other && k < ti)
                || (one_of!(*w, "plan" | "plans" | "planned" | "planning" | "intend" | "intends" | "aims" | "seek" | "seeks" | "seeking" | "want" | "wants" | "wanted") && next == "to")
                // a proposal under consideration: "is considering whether to ban …"
                || (one_of!(*w, "considering" | "considers" | "weighing" | "weighs" | "mulling" | "mulls") && one_of!(next, "whether" | "to" | "new" | "additional" | "further" | "a" | "an" | "imposing" | "sanctions" | "sanctioning"))
                // (not a second predicate after the measure: "are blocked and must be reported")
                || matches!(*w, "should" | "must" | "shall") && !(k > ti && cw[ti..k].contains(&"and"))
                || (*w == "need" || *w == "needs") && next == "to";
            // (past an adverb: "will also be subject to …")
            let verb = if one_of!(next, "also" | "now" | "still" | "then") { cw.get(k + 2).copied().unwrap_or("") } else { next };
            let will = (matches!(*w, "will" | "'ll") || *w == "won't" && pre(next, "hesitat")) && k < ti && !matches!(verb, "be" | "have") && prev != "or" && action != Action::Effect;
            let would = *w == "would" && k < ti && ((sa..ca + k).any(|j| {
                let x = self.w(j);
                pre(x, "announc") || one_of!(x, "said" | "says" | "pledged" | "promised" | "vowed" | "stated" | "declared" | "confirmed")
            }));
            // (a proposal's "would" is no speech: no source from it)
            let proposed = *w == "would" && k < ti && !cw[k..ti].contains(&",") && !would && self.proposal_would(ca + k, sa);
            let near = k <= ti + 3 && ti <= k + 16 && ca + k >= blocked_before;
            // a capitalised cue is a name ("Will"), except a speech verb inside a headline ("MPs Urge …")
            if ((speech || commit) && near || (will || would || proposed) && k <= ti + 3) && (!starts_upper(self.raw(ca + k)) || speech && ca + k > sa) {
                demanded = true;
                if speech || would {
                    speech_subject = Some(ca + k);
                }
            }
        }
        (demanded, speech_subject)
    }

    /// The speaker the quote layer gives to a mention that ends just before the reporting verb
    /// at `k` ("China's foreign ministry said …", "The spokesperson added …").
    fn mention_speaker(&self, k: usize, sa: usize) -> Option<String> {
        let (from, at) = (self.doc.tokens.get(sa)?.span().start, self.doc.tokens.get(k)?.span().start);
        // the quotes whose mention starts in the window, in the quotes' order
        let lo = self.speaker_mentions.partition_point(|&(start, _)| start < from);
        let hi = self.speaker_mentions.partition_point(|&(start, _)| start <= at);
        let mut near: Vec<usize> = self.speaker_mentions.get(lo..hi).unwrap_or_default().iter().map(|&(_, q)| q).collect();
        crate::sort::sort(&mut near);
        near.into_iter()
            .map(|i| &self.quotes[i])
            .filter_map(|q| Some((q.mention?, q.speaker.as_ref()?)))
            .filter(|(m, _)| m.start >= from && m.end <= at)
            .filter(|(m, _)| {
                let e = self.doc.tokens.partition_point(|t| t.span().start < m.end);
                e <= k && k - e <= 2 && (e..k).all(|j| one_of!(self.w(j), "also" | "has" | "had" | "have" | "later" | "then" | "," ))
            })
            .max_by_key(|(m, _)| m.end)
            .map(|(_, s)| s.own())
    }

    /// "«…», said Ambassador X": the name right after an inverted reporting verb.
    fn inverted_subject(&self, k: usize) -> Option<String> {
        let before = self.doc.tokens.get(k.checked_sub(1)?)?;
        if !(self.w(k - 1) == "," || matches!(before.kind, Kind::Quote(_)) || matches!(self.w(k - 1), "»" | "”" | "\"")) {
            return None;
        }
        let mut j = k + 1;
        while j < k + 4 && self.ent(j).is_none() && is_title(self.w(j)) {
            j += 1;
        }
        self.ent(j).filter(|e| matches!(e.label, Label::Person | Label::Org)).map(|e| e.name.own())
    }

    /// The party that opens the sentence of token `k`, past titles ("Senator Jane Doe, …", "Mr Doe
    /// …"), outside quotes: the subject of its coordinated verbs.
    #[inline(never)]
    fn sentence_subject(&self, k: usize) -> Option<String> {
        let (a, _) = self.doc.sentences.get(self.doc.sentence_of(k))?.tokens;
        let lead = (a..k).find(|&j| self.is_word(j) && self.w(j) != "the" && !is_title(self.w(j)))?;
        let e = self.ent(lead).filter(|e| matches!(e.label, Label::Person | Label::Org | Label::Gpe) && !self.in_quote(lead))?;
        // (not the possessor of the subject: "Mali's government and …")
        if matches!(self.w(e.te), "'s" | "’s") {
            return None;
        }
        Some(party_or_name(&e.name, e.label))
    }

    /// The subject of the reporting or speech verb at `k`: the nearest party or pronoun
    /// before it (after `lo`), or null for an unnamed one ("officials", "we").
    fn report_subject(&self, k: usize, lo: usize) -> Option<String> {
        // "X, a lawyer in Y who …, said", "X, who …, had urged": the name before the apposition
        let mut kv = k;
        while kv > lo + 3 && one_of!(self.w(kv - 1), "had" | "has" | "have" | "also" | "would" | "will" | "did" | "was" | "is" | "later" | "earlier" | "then" | "previously" | "repeatedly" | "publicly") {
            kv -= 1;
        }
        // "X welcomed the move but said …", "X imports rugs … and said …": a reporting verb in a
        // second verb phrase has the sentence's subject
        if kv > lo + 1 && matches!(self.w(kv - 1), "and" | "but") {
            if let Some(n) = self.sentence_subject(k) {
                return Some(n);
            }
        }
        if kv > lo + 2 && self.w(kv - 1) == "," {
            let mut j = lo;
            // the first such name after the last sentence break before the verb
            let mut cand: Option<String> = None;
            while j + 1 < kv {
                if let Some(e) = self.ent(j) {
                    let prep = e.ts > lo && one_of!(self.prev_content(e.ts, lo), "of" | "with" | "in" | "from" | "to" | "at" | "for");
                    // (also "X and Y, …", "X (ABC), …", "Jane Doe of the Y Monitor, …")
                    let apposed = matches!(self.w(e.te), "," | "and" | "(") || e.label == Label::Person && matches!(self.w(e.te), "of" | "at");
                    // (a state too when it opens the sentence: "Serbia, which …, said")
                    let opening = e.label == Label::Gpe && (lo..e.ts).all(|x| !self.is_word(x) || self.w(x) == "the");
                    if (matches!(e.label, Label::Person | Label::Org) || opening) && apposed && !prep && e.te + 1 < kv && cand.is_none() {
                        // "Several states, including A and B, have called": the first named member
                        let member = if self.w(e.te + 1) == "including" { self.ent(e.te + 2).filter(|m| matches!(m.label, Label::Person | Label::Org | Label::Gpe)) } else { None };
                        cand = Some(match member {
                            Some(m) => party_or_name(&m.name, m.label),
                            None => party_or_name(&e.name, e.label),
                        });
                    }
                    j = e.te.max(j + 1);
                    continue;
                }
                if matches!(self.w(j), "said" | "says") {
                    break;
                }
                if matches!(self.w(j), "." | ";") {
                    cand = None;
                }
                j += 1;
            }
            if cand.is_some() {
                return cand;
            }
        }
        let mut j = k;
        let mut steps = 0;
        while j > lo && steps < 8 {
            j -= 1;
            steps += 1;
            let w = self.w(j);
            // "Commerce officials", "analysts at Eurasia Group": the organisation they speak for
            if one_of!(w, "officials" | "spokesperson" | "spokesman" | "spokeswoman" | "analysts" | "economists" | "researchers") {
                if let Some(e) = self.ent(j.wrapping_sub(1)).filter(|e| e.label == Label::Org && e.te == j) {
                    return Some(e.name.own());
                }
                if one_of!(self.w(j + 1), "at" | "of" | "from" | "for") {
                    let o = if self.w(j + 2) == "the" { j + 3 } else { j + 2 };
                    if let Some(e) = self.ent(o).filter(|e| e.label == Label::Org && e.te <= k) {
                        return Some(e.name.own());
                    }
                    // "a spokesman for the Ruritanian foreign ministry": that body, as written
                    if let Some(e) = self.ent(o).filter(|e| matches!(e.label, Label::Gpe | Label::Norp) && self.is_state(&e.party)) {
                        let b = if matches!(self.w(e.te), "'s" | "’s") { e.te + 1 } else { e.te };
                        let mut z = b;
                        while z < k && government_body_word(self.w(z)) {
                            z += 1;
                        }
                        if z > b && z + 2 >= k {
                            let span = tok_span(self.doc, o, z - 1);
                            return self.doc.text.get(span.start..span.end).map(str::to_string);
                        }
                    }
                }
                // "a German foreign ministry spokesman": the state whose body it speaks for
                let mut p = j.saturating_sub(1);
                while p > lo && government_body_word(self.w(p)) {
                    p -= 1;
                }
                if let Some(e) = self.ent(p).filter(|e| p + 1 < j && e.te == p + 1 && matches!(e.label, Label::Gpe | Label::Norp) && self.is_state(&e.party)) {
                    return Some(e.party.own());
                }
            }
            // "the authority said": the organisation named earlier whose name ends in that head
            if j > lo && self.w(j - 1) == "the" && one_of!(w, "authority" | "ministry" | "department" | "agency" | "commission" | "council" | "office" | "bank" | "company" | "firm" | "group" | "institute" | "union" | "bloc") && k == j + 1 {
                let before = self.ents.partition_point(|e| e.ts < j);
                // ("the company": also a name that ends in a company's form or a business word, "Acme Ltd", "Acme Tankers")
                // (or the short form of such a name: "Acme Tankers" after "Acme Tankers Ltd")
                let ends_business = |n: &str| n.rsplit(' ').next().is_some_and(crate::entities::business_head);
                let business = |e: &Ent| {
                    matches!(w, "company" | "firm") && (ends_business(&e.name) || self.ents.iter().any(|f| f.label == Label::Org && f.name.strip_prefix(&*e.name).is_some_and(|r| r.starts_with(' ')) && ends_business(&f.name)))
                };
                if let Some(e) = self.ents[..before].iter().rev().take(200).find(|e| e.label == Label::Org && (self.w(e.te - 1) == w || business(e))) {
                    return Some(e.name.own());
                }
            }
            // "the government in Managua", "the authorities in Minsk": the state
            if one_of!(w, "government" | "authorities" | "regime" | "administration") && matches!(self.w(j + 1), "in" | "of") {
                if let Some(e) = self.ent(j + 2).filter(|e| e.label == Label::Gpe && e.te <= k && self.is_state(&e.party)) {
                    return Some(e.party.own());
                }
            }
            // "Brazil's government", "the Brazilian government": the state (also past an
            // adjective: "Mali's transitional government")
            if w == "government" {
                let mut p = j.wrapping_sub(1);
                if p > lo && self.is_word(p) && !starts_upper(self.raw(p)) && self.w(p) != "the" && self.ent(p).is_none() {
                    p -= 1;
                }
                if matches!(self.w(p), "'s" | "’s") {
                    p = p.wrapping_sub(1);
                }
                if let Some(e) = self.ent(p).filter(|e| matches!(e.label, Label::Gpe | Label::Norp) && e.te + 3 >= j && self.is_state(&e.party)) {
                    return Some(e.party.own());
                }
            }
            if one_of!(w, "we" | "i" | "our" | "officials" | "source" | "sources" | "officers" | "analysts" | "diplomats" | "government") {
                return None;
            }
            if matches!(w, "he" | "she") {
                return self.resolve_pronoun(j);
            }
            if let Some(e) = self.ent(j) {
                let prep = e.ts > lo && one_of!(self.prev_content(e.ts, lo), "of" | "in" | "from" | "at" | "for");
                if matches!(e.label, Label::Person | Label::Org | Label::Gpe) && !prep {
                    // a coordination ("Lithuania and Poland have called"): the first named
                    let e = self.first_conjunct(e, lo);
                    // "German officials said": the nationality is no speaker
                    return Some(if e.label == Label::Gpe { e.party.own() } else { e.name.own() });
                }
                if prep {
                    j = e.ts;
                    continue;
                }
                // "the Ruritanian foreign ministry said": that body, as written
                if e.label == Label::Norp && e.te < k && self.w(k - 1) != "government" && (e.te..k).all(|z| government_body_word(self.w(z))) && self.is_state(&e.party) {
                    let span = tok_span(self.doc, e.ts, k - 1);
                    return self.doc.text.get(span.start..span.end).map(str::to_string);
                }
                if e.label == Label::Norp {
                    return None;
                }
            }
            if one_of!(w, "." | ";" | "\"" | "“" | "”") {
                break;
            }
        }
        None
    }

    // ----- parties -----

    /// The target: the party after "on/against", the object of a verb trigger, a
    /// possessive or modifier before the trigger, or the subject of a passive. `challenger`:
    /// the party that contests the measures ([`Self::challenger`], read once per predication).
    fn target(&self, trigs: &[Trig], clause: (usize, usize), action: Action, challenger: Option<&str>) -> (Option<String>, bool) {
        let (ca, cb) = clause;
        if action == Action::Other && self.regime_itself(trigs[0], ca) {
            return (None, false);
        }
        if action == Action::Violate {
            let t = trigs[0];
            // "helping Moscow evade sanctions": the party right before the evasion verb
            if let Some(v) = (t.ts.saturating_sub(3).max(ca)..t.ts).find(|&k| evasion_word(self.w(k))) {
                // (or before a verb of trying or using: "the fleet that Moscow uses to evade …")
                let u = if v >= ca + 3 && self.w(v - 1) == "to" && one_of!(self.w(v - 2), "use" | "uses" | "used" | "using" | "try" | "tries" | "tried" | "trying") { v - 2 } else { v };
                if let Some(e) = u.checked_sub(1).and_then(|k| self.ent(k)).filter(|e| e.te == u && matches!(e.label, Label::Gpe | Label::Org | Label::Person | Label::Norp)) {
                    return (Some(e.party.own()), false);
                }
                // "ships that evade sanctions": the evaders are the ones described before "that"
                if v >= ca + 2 && matches!(self.w(v - 1), "that" | "who" | "which") && self.ent(v - 2).is_none() {
                    return (None, false);
                }
            }
            // the evader: the first party of the clause that is not a sanctioner
            let mut j = ca;
            while j < t.ts {
                if let Some(e) = self.ent(j) {
                    // the enforcer ("Korean authorities") or a flag state ("Panama-flagged") is no evader
                    let modifier = one_of!(self.w(e.te), "administration" | "government" | "officials" | "authorities" | "customs" | "coast" | "police" | "navy" | "prosecutors" | "investigators" | "regulators" | "inspectors" | "officers" | "agents" | "-" | "‐");
                    let prep = e.ts > ca && one_of!(self.prev_content(e.ts, ca), "of" | "with" | "in" | "from" | "to");
                    // nor the one who reports it ("X estimates that …"), nor the origin of goods
                    // ("carry Russian, Iranian or Venezuelan oil")
                    let mut g = e.te;
                    while g < t.ts && (matches!(self.w(g), "," | "or" | "and") || self.ent(g).is_some_and(|n| n.label == Label::Norp)) {
                        g += 1;
                    }
                    let origin = e.label == Label::Norp && goods_noun(self.w(g));
                    // a place that only describes the evader ("An Ohio valve maker pleaded guilty to …"):
                    // the firm named before it, or in the next sentence
                    if matches!(e.label, Label::Gpe | Label::Norp) && (e.te..(e.te + 3).min(t.ts)).take_while(|&k| self.is_word(k) && !starts_upper(self.raw(k))).any(|k| firm_noun(self.w(k))) {
                        return (self.described_evader(e.ts), false);
                    }
                    // an enforcer charging the evader ("X fined Y for breaching …"): its named object, if any
                    if one_of!(self.w(e.te), "accused" | "charged" | "fined" | "indicted" | "penalised" | "penalized" | "sued") {
                        let k = self.ent(e.te + 1).filter(|p| p.label == Label::Gpe && self.w(p.te) == "-" && self.w(p.te + 1) == "based").map_or(e.te + 1, |p| p.te + 2);
                        return (self.ent(k).filter(|o| matches!(o.label, Label::Org | Label::Person)).map(|o| o.party.own()), false);
                    }
                    if matches!(e.label, Label::Person | Label::Org | Label::Gpe | Label::Norp) && !is_sanctioner(&e.party) && !modifier && !prep && !origin && !self.report_like_at(e.te) {
                        return (Some(e.party.own()), false);
                    }
                    j = e.te.max(j + 1);
                } else {
                    j += 1;
                }
            }
        }
        // an evader or a complier named by a pronoun or a definite description: "The company has
        // evaded …", "it had always complied with …"
        if matches!(action, Action::Violate | Action::Comply) {
            if let Some(p) = self.subject_referent(trigs[0], ca) {
                return (Some(p), false);
            }
        }
        // the party contesting the measures is their target
        if let Some(p) = challenger {
            return (Some(p.own()), false);
        }
        // the party objecting to the measures is their target
        // (not one whose measures name a party of their own: "rejects sanctions on X"; but
        // "rejects new sanctions on its gold sector")
        let t0 = trigs[0];
        if let Some((v, o, l)) = self.objector(t0, ca).filter(|(_, _, l)| *l != Label::Person && !(matches!(self.w(t0.te), "of" | "on" | "against" | "targeting") && (t0.te..cb).any(|k| self.party_at(k)))) {
            // (a government's ministry speaks for its state: "the Russian Foreign Ministry called …",
            // "Ruritania's Foreign Ministry rejected …")
            let body = l == Label::Org && (holds_part(&o, "Ministry") || holds_part(&o, "Government") || holds_part(&o, "Office"));
            if let Some(st) = body.then(|| role_state(&o).map(str::to_string).or_else(|| self.owner_state(v, ca))).flatten() {
                return (Some(st), false);
            }
            return (Some(o), false);
        }
        // a state that reports a verdict on the measures is their target: "the Kremlin said the
        // sanctions were illegal", "Ruritania's foreign ministry said the measures are unlawful"
        if let Some(p) = self.judge_state(trigs[0], ca) {
            return (Some(p), false);
        }
        // "identified … as blocked property in which X has an interest": X
        if self.w(t0.ts) == "blocked" && self.w(t0.te) == "property" && self.w(t0.te + 1) == "in" && one_of!(self.w(t0.te + 2), "which" | "whom") {
            if let Some(e) = self.ent(t0.te + 3).filter(|e| matches!(e.label, Label::Org | Label::Person)) {
                return (Some(e.party.own()), false);
            }
        }
        // "his designation", "its listing": the possessor of one party's designation is that party
        if let Some(p) = trigs.iter().find_map(|t| self.designee(*t, ca)) {
            return (Some(p), false);
        }
        let mut described = false;
        for t in trigs {
            // "The companies designated today include X": the described targets' named member
            // (or "The designated firms are X", "Among the people designated was X")
            let before = !t.verb && t.ts > ca && is_described(self.w(t.ts - 1));
            if before || t.te < cb && is_described(self.w(t.te)) && t.ts > ca && self.w(t.ts - 1) == "the" {
                if let Some(v) = (t.te..(t.te + 6).min(cb)).find(|&k| one_of!(self.w(k), "include" | "includes" | "included" | "are" | "were" | "was" | "is")) {
                    let mut k = v + 1;
                    while k < (v + 6).min(cb) && !self.party_at(k) && self.is_word(k) && !starts_upper(self.raw(k)) {
                        k += 1;
                    }
                    // (a place that only locates it: "Dubai-based X")
                    while k < cb && self.ent(k).is_some_and(|e| e.label == Label::Gpe && matches!(self.w(e.te), "-" | "‐")) {
                        k = self.ent(k).map_or(k + 1, |e| e.te);
                        while k < cb && !self.party_at(k) && (k < v + 10) {
                            k += 1;
                        }
                    }
                    if let Some(e) = self.ent(k).filter(|e| matches!(e.label, Label::Org | Label::Person)) {
                        return (Some(e.party.own()), false);
                    }
                }
            }
            // described targets with a named member: "asset freezes on eight officials, including
            // former army chief X"; "added 27 firms to its list, including two of Y's customers, X"
            if let Some(p) = self.named_member(*t, ca, cb) {
                return (Some(p), false);
            }
            // passive, "removed from", "subject of/to", "under": the clause's subject is the target
            if let Some(p) = self.passive_subject(*t, ca) {
                return (Some(p), false);
            }
            // a relative clause whose object is the party before it ("X, which Washington
            // sanctioned in July"; "X, which the EU had already sanctioned")
            if let Some(p) = self.relative_object(*t) {
                return (Some(p), false);
            }
            // a verb's pronoun object ("decided to sanction him", "designated it in June"): the
            // party it stands for
            if t.verb && matches!(self.w(t.te), "him" | "her" | "it") {
                if let Some(p) = self.object_pronoun(t.te) {
                    return (Some(p), false);
                }
            }
            // a relative clause that imposes the measures: "the sanctions (that) X and Y have imposed on Z"
            if !t.verb {
                let sb = self.doc.sentences.get(self.doc.sentence_of(t.ts)).map_or(cb, |s| s.tokens.1);
                let mut k = t.te;
                while k < (t.te + 16).min(sb) && (one_of!(self.w(k), "that" | "which" | "the" | "," | "and" | "has" | "have" | "had" | "already" | "also") || self.party_at(k)) {
                    k = self.ent(k).map_or(k + 1, |e| e.te.max(k + 1));
                }
                let o = if self.w(k + 2) == "the" { k + 3 } else { k + 2 };
                if let Some(p) = (k > t.te && matches!(self.w(k), "imposed" | "placed" | "levied") && matches!(self.w(k + 1), "on" | "against")).then(|| self.target_ent(o, sb)).flatten() {
                    return (Some(p), false);
                }
            }
            // after the trigger: "on X", "against X", verb + object, close to the trigger
            let mut k = t.te;
            let mut lim = (t.te + 12).min(cb);
            let mut prep_at: Option<usize> = None;
            let mut gap = 0;
            // (or described before a list: "added 40 firms to its Entity List, including X")
            // an infinitive's named object: "decided to blacklist the X"
            if !t.verb && t.ts > ca + 1 && self.w(t.ts - 1) == "to" && matches!(self.w(t.ts), "sanction" | "blacklist" | "designate" | "ban") && !one_of!(self.w(t.ts - 2), "subject" | "exposed" | "liable" | "vulnerable") {
                let o = if self.w(t.te) == "the" { t.te + 1 } else { t.te };
                if let Some(e) = self.ent(o).filter(|e| e.ts == o && matches!(e.label, Label::Org | Label::Person) && !is_sanctioner(&e.party) && !self.locates_after(e.te)) {
                    return (Some(e.party.own()), false);
                }
            }
            let listed = !t.verb && self.w(t.te) == "," && self.w(t.te + 1) == "including" && (t.ts.saturating_sub(8).max(ca)..t.ts).any(|j| is_described(self.w(j)));
            let mut seen_described = listed;
            while k < lim {
                let w = self.w(k);
                // a verb's described object with named members: "designated ten firms, including X"
                // (the members may come after a long description: the window reaches a few words past "including")
                if (t.verb || listed) && seen_described && (w == "including" || w == "," && self.w(k + 1) == "including") {
                    prep_at = Some(k);
                    gap = 0;
                    k += if w == "," { 2 } else { 1 };
                    lim = lim.max(k + 6).min(cb);
                    continue;
                }
                // a reason or time clause ends the search: "… over their arms sales to Taiwan",
                // "because he …", "for its role in …", "amid …"
                // (and the place a party is kept out of: "banned from EU ports", "banned from entering the UK")
                // (in a title-case headline, where no capitalised word counts toward the gap, a participle
                // that describes the targets: "Sanctioning Russian Officials Involved in the Deportation of …")
                if matches!(w, "over" | "because" | "amid") || seen_described && one_of!(w, "involved" | "responsible" | "complicit" | "linked" | "tied") && starts_upper(self.raw(k)) || w == "for" && one_of!(self.w(k + 1), "its" | "his" | "her" | "their" | "having" | "allegedly" | "acting" | "providing" | "supporting" | "operating") || w == "from" && k == t.te && matches!(self.w(t.ts), "banned" | "barred")
                    // (a headline's reason: "… Officials for Human Rights Abuses")
                    || w == "for" && seen_described && starts_upper(self.raw(k + 1)) && self.doc.sentence_of(k) == 0
                {
                    break;
                }
                let of_noun = k == t.te && w == "of" && one_of!(self.w(t.ts), "listing" | "listings" | "designation" | "designations" | "blacklisting" | "delisting" | "sanctioning");
                // ("on Thursday", "on 12 May": a date, not the measures' object)
                let on_date = w == "on" && (crate::numex::is_weekday_or_month(self.w(k + 1)) || self.w(k + 1).bytes().all(|c| c.is_ascii_digit()));
                // ("sanctions aimed at X", "sanctions targeting X")
                let aimed = w == "at" && matches!(self.w(k - 1), "aimed" | "directed") || w == "targeting" && k == t.te && !t.verb;
                if prep_at.is_none() && (matches!(w, "on" | "against" | "upon") || of_noun || aimed) && !on_date {
                    // "travel bans on him": the person the pronoun stands for
                    if matches!(self.w(k + 1), "him" | "her") {
                        if let Some(p) = self.resolve_pronoun(k + 1) {
                            return (Some(p), false);
                        }
                    }
                    prep_at = Some(k);
                    gap = 0;
                    k += 1;
                    continue;
                }
                // described targets by their tie to a named party: "nine firms linked to X"
                if w == "to" && seen_described && one_of!(self.w(k - 1), "linked" | "tied" | "connected" | "affiliated" | "belonging") {
                    prep_at = Some(k);
                    gap = 0;
                    k += 1;
                    continue;
                }
                // (a progressive "is designating" takes its object as a verb does, but its described
                // object leaves the programme's default: "is designating these individuals")
                let progressive = !t.verb && t.ts > ca && self.w(t.ts).ends_with("ing") && be_form(self.w(t.ts - 1));
                let open = prep_at.is_some() || t.verb || k == t.te || progressive;
                // an apposition names the object the words before it describe: "sanctioned the
                // party's deputy leader, X", "the Bergen trader, X"
                // (not a list's members after "including")
                if open && gap <= 6 && prep_at.is_none_or(|p| self.w(p) != "including") {
                    if let Some(p) = self.apposed(k, cb) {
                        return (Some(p), false);
                    }
                }
                // a place that only locates described targets: "firms in China", "persons based in Iran"
                let locates = seen_described && k > 0 && matches!(self.w(k - 1), "in" | "from" | "across");
                // nor one that only locates the party after it: "designated Dubai-based X"
                let compound = self.ent(k).is_some_and(|e| self.locates_after(e.te));
                // (nor the victim of the war the targets support: "firms supporting the war against X")
                if open && self.party_at(k) && gap <= 3 && !locates && !compound && !self.war_victim(k) {
                    if let Some(e) = self.target_ent(k, cb) {
                        return (Some(e), false);
                    }
                }
                // the destination of banned trade: "banned exports of machinery to X", "a ban on arms sales to X"
                if w == "to" && prep_at.is_none_or(|p| self.w(p) != "including") && (t.ts..k).any(|j| trade_noun(self.w(j))) {
                    let d = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                    // (not a modifier: "sales to US buyers")
                    if let Some(e) = self.ent(d).filter(|e| e.label == Label::Gpe && !(is_described(self.w(e.te)) || self.w(e.te).ends_with("ers"))) {
                        return (Some(e.party.own()), false);
                    }
                }
                if w == "by" {
                    if let Some(p) = self.ban_by_foreign(*t, k, prep_at) {
                        return (Some(p), false);
                    }
                }
                if one_of!(w, "," | "." | ";" | "to" | "that" | "which" | "were" | "was" | "is" | "are" | "will" | "have" | "has" | "including" | "while" | "by") {
                    break;
                }
                // a new clause with its own subject: "… Sanction Satellite Suppliers as UN Talks Stall"
                if matches!(w, "as" | "whereas" | "because") && !matches!(self.w(k.wrapping_sub(1)), "such" | "well") && self.party_at(k + 1) {
                    break;
                }
                if !open && k > t.te + 1 {
                    // only look further after a preposition
                    if matches!(w, "and" | "for") {
                        break;
                    }
                }
                let counted = self.is_word(k) && !starts_upper(self.raw(k)) && !is_title(w);
                // targets only described ("six individuals", "persons who …"): no default
                let relative = matches!(w, "those" | "anyone") && (k..cb).any(|j| self.party_at(j));
                if open && !progressive && gap <= 3 && is_described(w) && !relative && !(k..cb).any(|j| one_of!(self.w(j), "including" | "comprised" | "among" | "such")) {
                    described = true;
                }
                if open && is_described(w) {
                    // a verb's described object: look as far as a list of its named members
                    if t.verb && !seen_described {
                        lim = lim.max(t.te + 18).min(cb);
                    }
                    seen_described = true;
                }
                if let Some(e) = self.ent(k) {
                    k = e.te.max(k + 1);
                } else {
                    k += 1;
                }
                if counted {
                    gap += 1;
                }
            }
            // before the trigger: possessive ("Syria's designation", "X and Y's designations")
            // or modifier ("Iran sanctions")
            let mut j = t.ts;
            let mut hops = 0;
            let mut found: Option<String> = None;
            // a finite verb's party before it is its subject ("X (ABC) froze …"), no modifier
            let finite = self.finite_verb(*t);
            while j > ca && hops < 6 && !finite {
                j -= 1;
                hops += 1;
                let w = self.w(j);
                if one_of!(w, "'s" | "’s" | "(" | ")") || tk(self.doc, j).kind == Kind::Quote(Mark::SingleClose) || (tk(self.doc, j).kind == Kind::Word && self.ent(j).is_none() && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())) {
                    continue;
                }
                if w == "and" && found.is_some() {
                    continue;
                }
                if let Some(e) = self.ent(j) {
                    if matches!(e.label, Label::Person | Label::Org | Label::Gpe | Label::Norp) && !is_sanctioner(&e.party) && !self.possessive_actor(e) {
                        found = Some(e.party.own());
                        j = e.ts;
                        continue;
                    }
                    break;
                }
                // (a goods noun between: "the Ruritania arms embargo")
                if !matches!(w, "the" | "'") && !(j + 1 == t.ts && goods_noun(w)) {
                    break;
                }
            }
            if found.is_some() {
                return (found, false);
            }
            // "removed X from its list", "added X to the Entity List": the verb's object
            if let Some(v) = self.list_verb(t.ts.saturating_sub(16).max(ca), t.ts) {
                let k = if self.w(v + 1) == "the" { v + 2 } else { v + 1 };
                {
                    if let Some(p) = self.apposed(k, t.ts) {
                        return (Some(p), false);
                    }
                    // (a place that only locates it, "the Penang-based distributor": the party it describes)
                    if self.ent(k).is_some_and(|e| e.label == Label::Gpe && matches!(self.w(e.te), "-" | "‐")) {
                        if let Some(p) = self.referent(k - 1, true) {
                            return (Some(p), false);
                        }
                    } else if let Some(e) = self.ent(k).filter(|e| matches!(e.label, Label::Person | Label::Org | Label::Gpe) && !is_sanctioner(&e.party)) {
                        return (Some(e.party.own()), false);
                    }
                    // (past a role before a person: "removed former Ruritanian oil minister X from …")
                    let mut r = k;
                    while r < t.ts && r < k + 6 && (self.is_word(r) && !starts_upper(self.raw(r)) && !one_of!(self.w(r), "from" | "to" | "and" | "on" | "of") || self.ent(r).is_some_and(|e| e.label == Label::Norp)) {
                        r = self.ent(r).map_or(r + 1, |e| e.te.max(r + 1));
                    }
                    if let Some(e) = self.ent(r).filter(|e| r > k && e.label == Label::Person) {
                        return (Some(e.party.own()), false);
                    }
                    // (a described object with a named member: "placed three firms, including X, on its list")
                    if let Some(e) = (k..t.ts).find(|&j| self.w(j) == "including").and_then(|j| self.ent(j + 1)).filter(|e| matches!(e.label, Label::Person | Label::Org) && !is_sanctioner(&e.party)) {
                        return (Some(e.party.own()), false);
                    }
                }
            }
        }
        // a target named only by a pronoun or a definite description ("It was designated", "the
        // firm's accounts were frozen", "designated the company", "decided to sanction him")
        if let Some(p) = trigs.iter().find_map(|t| self.anaphor_target(*t, ca, action)) {
            return (Some(p), false);
        }
        // targets described before the trigger ("persons listed are subject to …", "the number
        // of individuals subject to restrictions") with no party named there
        let t0 = trigs[0].ts;
        let mut lo = t0.saturating_sub(8).max(ca);
        if let Some(c) = (lo..t0).rev().find(|&j| matches!(self.w(j), "," | ";")) {
            lo = c + 1;
        }
        if (lo..t0).any(|j| is_described(self.w(j)) && self.w(j) != "those") && !(lo..t0).any(|j| self.party_at(j)) {
            described = true;
        }
        (None, !described)
    }

    /// [`Self::target`]: the first person or organisation named after "including", "among
    /// them" or "such as" that follows described targets ("eight officials, including former
    /// army chief X"; "judges and prosecutors …, among them Judge X"; "27 firms to the list,
    /// including two of Y's largest customers, X"): a possessor inside the description is not
    /// the member. The description is the last such noun of the clause before the list, and
    /// no one else is named between them.
    #[inline(never)]
    fn named_member(&self, t: Trig, ca: usize, cb: usize) -> Option<String> {
        // (not after a party that the trigger names itself: "its Ruritania sanctions regime, keeping … including X")
        if t.ts.checked_sub(1).is_some_and(|p| self.party_at(p) || matches!(self.w(p), "'s" | "’s") && p > 0 && self.party_at(p - 1)) {
            return None;
        }
        let inc = (t.te..cb).find(|&k| self.w(k) == "including" || matches!(self.w(k), "among" | "such") && matches!(self.w(k + 1), "them" | "whom" | "as"))?;
        let group = |w: &str| is_described(w) && w.ends_with('s') || one_of!(w, "figures" | "leaders" | "customers" | "relatives" | "associates");
        let d = (ca..inc).rev().find(|&k| group(self.w(k)))?;
        if inc - d > 12 || (d..inc).any(|k| one_of!(self.w(k), ";" | "that" | "which" | "who" | "while" | "but") || self.ent(k).is_some_and(|e| e.ts == k && (e.te <= t.ts || e.ts >= t.te) && matches!(e.label, Label::Person | Label::Org) && !one_of!(self.prev_content(k, d), "in" | "of" | "at" | "from"))) {
            return None;
        }
        let mut k = inc + if self.w(inc) == "including" { 1 } else { 2 };
        while k < cb.min(inc + 14) {
            if let Some(e) = self.ent(k) {
                // (a possessor: "two of Y's customers", "members of Y")
                if matches!(self.w(e.te), "'s" | "’s") || !matches!(e.label, Label::Person | Label::Org) || self.prev_content(k, inc) == "of" {
                    k = e.te.max(k + 1);
                    continue;
                }
                // (not one of a mixed list: "including the Assembly and its members, …")
                let mixed = self.w(e.te) == "and" && self.is_word(e.te + 1) && !starts_upper(self.raw(e.te + 1));
                return (!is_sanctioner(&e.party) && !is_authority(&e.party) && !mixed).then(|| e.party.own());
            }
            if !(self.is_word(k) || matches!(self.w(k), "," | "'s" | "’s")) || matches!(self.w(k), "and" | "or") {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A measure taken in return for another's ("countermeasures", "reciprocal measures", "take
    /// necessary measures", "retaliate with curbs on …").
    #[inline(never)]
    fn countermeasure(&self, t: Trig, ca: usize) -> bool {
        pre(self.w(t.ts), "countermeasure")
            || t.ts > ca && one_of!(self.w(t.ts - 1), "reciprocal" | "retaliatory" | "necessary" | "mirror")
            || (t.ts.saturating_sub(6).max(ca)..t.ts).any(|j| matches!(self.w(j), "retaliate" | "retaliated" | "retaliating" | "retaliation" | "respond" | "responded" | "responding"))
    }

    /// [`Self::target`]: the organisation the subject pronoun or definite description of the
    /// trigger's clause stands for ("it had complied with …", "The company has evaded …").
    #[inline(never)]
    fn subject_referent(&self, t: Trig, ca: usize) -> Option<String> {
        let mut k = (ca..t.ts).rev().find(|&j| self.w(j) == "that").map_or(ca, |j| j + 1);
        while k < t.ts && matches!(self.w(k), "and" | "," | "but") {
            k += 1;
        }
        // ("X said it would enforce …": not a state)
        match self.w(k) {
            "it" => match self.resolve_it(k) {
                Some(p) => Some(p).filter(|p| !self.is_state(p)),
                None => self.referent(k, false),
            },
            "the" => self.referent(k, false),
            _ => None,
        }
    }

    /// [`Self::target`]: the firm a described evader at `k` ("an Ohio valve maker") stands for:
    /// the last organisation named before it, else the first named in the next sentence.
    #[inline(never)]
    fn described_evader(&self, k: usize) -> Option<String> {
        let firm = |e: &&Ent| e.label == Label::Org && !is_sanctioner(&e.party) && !is_authority(&e.party) && !is_body(&e.party);
        let s = self.doc.sentence_of(k);
        // (in a headline, the lede names it)
        if s == 0 {
            return None;
        }
        let lo = self.doc.sentences[s.saturating_sub(2)].tokens.0;
        if let Some(e) = (lo..k).rev().find_map(|j| self.ent(j).filter(firm)) {
            return Some(e.party.own());
        }
        let (na, nb) = self.doc.sentences.get(s + 1)?.tokens;
        (na..nb).find_map(|j| self.ent(j).filter(firm)).map(|e| e.party.own())
    }

    /// [`Self::target`]: the named subject of a clause whose subject undergoes the measure: a
    /// passive ("X was designated", "X was not sanctioned", "X's accounts were blocked"), "X is
    /// subject to …", "X was removed from …", "X has been under an arms embargo since …".
    #[inline(never)]
    fn passive_subject(&self, t: Trig, ca: usize) -> Option<String> {
        let aux = |j: usize| j >= ca && (be_form(self.w(j)) || one_of!(self.w(j), "being" | "remain" | "remains" | "remained"));
        // (adverbs and a negation between: "was also designated", "was not sanctioned", "is now blocked")
        let adverb = |j: usize| one_of!(self.w(j), "also" | "already" | "previously" | "later" | "formally" | "not" | "never" | "now" | "still" | "itself");
        let after_aux = |mut j: usize| {
            let mut n = 0;
            while j > ca && n < 3 && adverb(j - 1) {
                j -= 1;
                n += 1;
            }
            j > ca && aux(j - 1)
        };
        let participle = t.ts > ca && (after_aux(t.ts) || self.apposed_participle(t.ts)) && one_of!(self.w(t.ts), "designated" | "sanctioned" | "banned" | "blacklisted" | "targeted" | "frozen" | "blocked" | "barred");
        let passive = participle
            || (t.ts.saturating_sub(8).max(ca)..t.ts).any(|j| matches!(self.w(j), "subject" | "removed" | "listed" | "identified" | "delisted" | "added") && (be_form(self.w(j.wrapping_sub(1))) || matches!(self.w(j.wrapping_sub(1)), "being" | "also" | "no" | "longer" | "the" | "remains" | "remain" | "remained")
                // "was previously added to …"
                // (or "is now subject to", "is not itself subject to")
                || one_of!(self.w(j.wrapping_sub(1)), "previously" | "already" | "formally" | "first" | "later" | "now" | "still" | "not" | "itself" | "themselves") && (one_of!(self.w(j.wrapping_sub(2)), "been" | "was" | "were" | "is" | "are") || self.w(j.wrapping_sub(2)) == "not" && one_of!(self.w(j.wrapping_sub(3)), "was" | "were" | "is" | "are"))))
            // "has been under a UN arms embargo since 2018", "remains under sanctions"
            // (or "was among the individuals designated", "is among those sanctioned")
            || (t.ts.saturating_sub(5).max(ca + 1)..t.ts).any(|u| matches!(self.w(u), "under" | "among") && after_aux(u) && (u + 1..t.ts).all(|j| self.is_word(j) && self.w(j) != "and"))
            // "Moscow has faced Western sanctions since 2014", "Iran faces new sanctions": the
            // subject of "face" bears the measures
            || (t.ts.saturating_sub(4).max(ca + 1)..t.ts).any(|u| matches!(self.w(u), "face" | "faces" | "faced" | "facing") && (u + 1..t.ts).all(|j| self.is_word(j) && !matches!(self.w(j), "and" | "calls" | "pressure")));
        if !passive {
            return None;
        }
        // (the subject of the clause that holds the passive: "asked that X be designated")
        // (or of a relative clause: "a businessman whose name was removed from …")
        let lo = (ca..t.ts).rev().find(|&j| matches!(self.w(j), "that" | "whether" | "whose")).map_or(ca, |j| j + 1);
        // (the antecedent of a relative clause set off by its comma: "X, which was designated …")
        if lo == ca && ca >= 2 && matches!(self.w(ca), "which" | "who") && self.w(ca - 1) == "," {
            if let Some(e) = self.ent(ca - 2).filter(|e| e.te + 1 == ca && matches!(e.label, Label::Person | Label::Org) && !is_sanctioner(&e.party) && !is_authority(&e.party)) {
                return Some(e.party.own());
            }
        }
        let mut j = lo;
        while j < t.ts {
            // (a person's own assets: "His assets in X remain frozen")
            if matches!(self.w(j), "he" | "she") || j == lo && matches!(self.w(j), "his" | "her") && one_of!(self.w(j + 1), "assets" | "accounts" | "property" | "funds" | "holdings") {
                return self.resolve_pronoun(j);
            }
            // (not inside a relative clause or after "by": "X, who include an official of Y, are
            // barred"; "His assets, estimated by Y at …")
            if j > lo && self.w(j - 1) == "," && matches!(self.w(j), "who" | "which") {
                j = (j..t.ts).find(|&k| self.w(k) == ",").unwrap_or(t.ts);
                continue;
            }
            if let Some(e) = self.ent(j) {
                // (a place that only describes the subject: "The Dubai trading house, X, was …",
                // "accounts at three Dubai banks were …")
                // (or a flag or base: "Two Panama-flagged tankers were …")
                let place = e.label == Label::Gpe && (e.ts > lo && self.is_word(e.te) && !starts_upper(self.raw(e.te)) && !be_form(self.w(e.te)) && !one_of!(self.w(e.te), "has" | "had" | "have" | "and" | "or" | "itself") || matches!(self.w(e.te), "-" | "‐"));
                // (or a nationality's government: "The Syrian government has been under …")
                let rulers = e.label == Label::Norp && self.is_state(&e.party) && matches!(self.w(e.te), "government" | "regime" | "authorities" | "leadership");
                if (matches!(e.label, Label::Person | Label::Org | Label::Gpe) || rulers) && !is_sanctioner(&e.party) && !is_authority(&e.party) && !place && self.prev_content(e.ts, lo) != "by" {
                    return Some(e.party.own());
                }
                j = e.te.max(j + 1);
                continue;
            }
            j += 1;
        }
        // a coordinated subject cut at ", and": "X, and his two sons were also sanctioned"; a
        // subject cut off by its relative clause: "X, which …, was sanctioned"
        let sa = self.doc.sentences[self.doc.sentence_of(ca)].tokens.0;
        // (or "X, which …, remains subject to …")
        let r = (ca.max(sa + 1)..t.ts).find(|&j| self.w(j - 1) == "," && pre(self.w(j), "remain"));
        let v = r.map_or(t.ts, |j| j + 1);
        let cut = if lo == ca && ca > 1 && self.w(ca) == "and" && self.w(ca - 1) == "," {
            Some(ca)
        } else if v >= sa + 3 && self.w(v - 2) == "," && (be_form(self.w(v - 1)) || r.is_some()) {
            (sa + 1..v - 2).find(|&j| self.w(j - 1) == "," && matches!(self.w(j), "which" | "who"))
        } else {
            None
        };
        if let Some(cut) = cut {
            if let Some(e) = (sa..cut).find_map(|j| self.ent(j).filter(|e| matches!(e.label, Label::Person | Label::Org) && !is_sanctioner(&e.party) && !is_authority(&e.party))) {
                return Some(e.party.own());
            }
        }
        None
    }

    /// [`Self::target`]: the party a pronoun or a definite description in the target's slot
    /// refers back to: the object after a sanctions verb ("designated the company", "to sanction
    /// him"), the subject of a passive ("It was designated", "His assets remain frozen", "the
    /// exporter's accounts were frozen") or of an evasion ("the firm tried to evade …").
    #[inline(never)]
    fn anaphor_target(&self, t: Trig, ca: usize, action: Action) -> Option<String> {
        let w = self.w(t.ts);
        let object = t.verb || t.ts > ca && self.w(t.ts - 1) == "to" && w == "sanction";
        let k = if object {
            t.te
        } else {
            let mut v = t.ts.checked_sub(1)?;
            if v > ca && one_of!(self.w(v), "also" | "already" | "now" | "still" | "later" | "previously" | "formally" | "subsequently") {
                v -= 1;
            }
            let aux = one_of!(self.w(v), "was" | "were" | "is" | "are" | "been" | "be" | "being" | "remain" | "remains" | "remained");
            let passive = aux && one_of!(w, "designated" | "sanctioned" | "banned" | "blacklisted" | "targeted" | "frozen" | "blocked" | "listed" | "delisted");
            if !passive && action != Action::Violate {
                return None;
            }
            // the clause's subject: its first word (after "and", a comma or "that")
            let mut k = (ca..t.ts).rev().find(|&j| matches!(self.w(j), "that" | "whether")).map_or(ca, |j| j + 1);
            while k < t.ts && matches!(self.w(k), "and" | "," | "but") {
                k += 1;
            }
            k
        };
        self.referent(k, object)
    }

    /// [`Self::target`]: the party whose own designation or listing the trigger is, named by a
    /// possessive pronoun ("challenge his designation", "would contest its listing").
    #[inline(never)]
    fn designee(&self, t: Trig, ca: usize) -> Option<String> {
        let p = t.ts.checked_sub(1).filter(|&p| p >= ca && t.te == t.ts + 1 && matches!(self.w(p), "his" | "her" | "its"))?;
        if !one_of!(self.w(t.ts), "designation" | "listing" | "delisting" | "blacklisting") {
            return None;
        }
        // (a person only when named earlier in the sentence: "a challenge by X to his designation")
        let sa = self.doc.sentences[self.doc.sentence_of(p)].tokens.0;
        match self.w(p) {
            "its" => self.referent(p, false),
            _ => (sa..p).rev().find_map(|j| self.ent(j).filter(|e| e.label == Label::Person).map(|e| e.party.own())),
        }
    }

    /// The party the pronoun or definite description at `k` refers back to (`object`: in a verb's object slot).
    #[inline(never)]
    fn referent(&self, k: usize, object: bool) -> Option<String> {
        let s = self.doc.sentence_of(k);
        let lo = self.doc.sentences[s.saturating_sub(2)].tokens.0;
        // the last organisation named before `k` that is no sanctioning body ("the company", "it")
        let org = || {
            (lo..k).rev().find_map(|j| self.ent(j).filter(|e| e.ts == j && e.label == Label::Org && !matches!(self.w(e.te), "-" | "‐") && !is_sanctioner(&e.party) && !is_authority(&e.party) && !is_body(&e.party) && !e.party.split(' ').any(|x| one_of!(x, "Department" | "Ministry" | "Office" | "Bureau" | "Commission" | "Court"))).map(|e| e.party.own()))
        };
        match self.w(k) {
            // (as an object only "it": "designated its owner" names the owner)
            "it" => org(),
            "its" if !object => org(),
            "him" | "his" | "he" | "her" | "she" => self.resolve_pronoun(k),
            // "Their assets …": the first person of the nearest of the two sentences before
            "their" | "they" if !object && s > 0 => (s.saturating_sub(2)..s).rev().find_map(|p| {
                let (pa, pb) = self.doc.sentences[p].tokens;
                (pa..pb).find_map(|j| self.ent(j).filter(|e| e.label == Label::Person && !self.in_quote(j)).map(|e| e.party.own()))
            }),
            "the" => {
                // "the (Penang-based) company", "the exporter's accounts"; not "the company's owner" as an object
                let firm = |j: usize| firm_noun(self.w(j));
                let place = |j: usize| self.ent(j).is_some_and(|e| e.label == Label::Gpe && matches!(self.w(e.te), "-" | "‐"));
                let h = (k + 1..(k + 5).min(self.doc.tokens.len())).find(|&j| !(self.is_word(j) && !starts_upper(self.raw(j)) || matches!(self.w(j), "-" | "‐") || place(j)) || firm(j))?;
                (firm(h) && !(object && matches!(self.w(h + 1), "'s" | "’s" | ","))).then(org).flatten()
            }
            _ => None,
        }
    }

    /// A verb before `ts` (from `lo`) that puts parties on a list or takes them off, in the active
    /// voice, with its "on"/"to"/"from" before `ts`: "placed X on its list", "release X from …".
    #[inline(never)]
    fn list_verb(&self, lo: usize, ts: usize) -> Option<usize> {
        let v = (lo..ts).find(|&j| matches!(self.w(j), "removed" | "added" | "delisted" | "placed" | "put" | "puts" | "removes" | "adds" | "places" | "release" | "releases" | "released"))?;
        let passive = one_of!(self.w(v.wrapping_sub(1)), "be" | "been" | "is" | "are" | "was" | "were" | "being");
        (!passive && (v..ts).any(|j| matches!(self.w(j), "from" | "to" | "on"))).then_some(v)
    }

    /// The person or organisation in apposition after the comma at `c` to the common noun before
    /// it ("the ruling party's deputy leader, X, …"), when the name ends there.
    /// At `k` the comma itself, or a place modifying that noun ("the Bergen trader, X"), or
    /// owning it ("Ruritania's state oil company, X").
    #[inline(never)]
    fn apposed(&self, k: usize, cb: usize) -> Option<String> {
        let noun = |j: usize| self.is_word(j) && !starts_upper(self.raw(j)) && !matches!(self.w(j), "and" | "or");
        let c = if self.w(k) == "," { k } else { self.ent(k).filter(|e| matches!(e.label, Label::Gpe | Label::Norp)).and_then(|e| (e.te + 1..(e.te + if matches!(self.w(e.te), "'s" | "’s") { 6 } else { 3 }).min(cb)).find(|&j| self.w(j) == ",").filter(|&c| (e.te..c).all(noun)))? };
        // (not a sanctioning body that reports it: "… two firms last month, OFAC and the State Department said")
        // (after a nationality and its noun: "its owner, Iranian national X")
        let n = self.ent(c + 1).filter(|e| e.label == Label::Norp).map_or(c + 1, |e| (e.te..(e.te + 3).min(cb)).find(|&j| !noun(j)).unwrap_or(e.te));
        // (past a title: "its defence minister, General X")
        let n = if self.ent(n).is_none() && is_title(self.w(n)) && starts_upper(self.raw(n)) { n + 1 } else { n };
        let e = self.ent(n).filter(|e| e.ts == n && matches!(e.label, Label::Person | Label::Org) && !is_sanctioner(&e.party) && !(e.te..(e.te + 5).min(cb)).any(|j| self.report_at(j)))?;
        let noun = c > 0 && self.is_word(c - 1) && !starts_upper(self.raw(c - 1));
        (noun && (e.te >= cb || one_of!(self.w(e.te), "," | "." | ";" | "and" | "("))).then(|| e.party.own())
    }

    /// The named party a sanctions verb's relative clause is about, when the relative pronoun is
    /// the verb's object: "X, which Washington sanctioned" (a party between "which" and the verb
    /// is its subject; "X, which sanctioned Y" is no object clause).
    fn relative_object(&self, t: Trig) -> Option<String> {
        let sa = self.doc.sentences.get(self.doc.sentence_of(t.ts))?.tokens.0;
        let r = (t.ts.saturating_sub(8).max(sa)..t.ts).rev().find(|&j| matches!(self.w(j), "which" | "whom" | "that"))?;
        // (the subject may take "the": "which the EU had already sanctioned")
        let s0 = if self.w(r + 1) == "the" { r + 2 } else { r + 1 };
        // (or the antecedent is the subject of a passive: "X, which was designated in 2021 …")
        let passive = be_form(self.w(r + 1)) && be_form(self.w(t.ts - 1)) && self.w(t.ts).ends_with("ed");
        if r < sa + 2 || !(t.verb && self.party_at(s0) || passive) {
            return None;
        }
        // the antecedent ends at a comma before the pronoun, or before an apposition that
        // describes it ("X, a Dubai company that the UK designated in May")
        let mut c = r - 1;
        if self.w(c) != "," {
            while c > sa && (self.is_word(c) && !starts_upper(self.raw(c)) || self.ent(c).is_some_and(|e| matches!(e.label, Label::Gpe | Label::Norp))) {
                c = self.ent(c).map_or(c, |e| e.ts).saturating_sub(1);
            }
            if self.w(c) != "," || !matches!(self.w(c + 1), "a" | "an") || c < sa + 1 {
                return None;
            }
        } else if self.w(r) == "that" {
            return None;
        }
        // only the subject, auxiliaries and adverbs between: "which the EU and Britain had already sanctioned"
        let mut j = r + 1;
        while j < t.ts {
            if let Some(e) = self.ent(j) {
                j = e.te.max(j + 1);
            } else if one_of!(self.w(j), "the" | "and" | "had" | "has" | "have" | "already" | "also" | "previously" | "later" | "itself" | "first") || passive && be_form(self.w(j)) {
                j += 1;
            } else {
                return None;
            }
        }
        let e = self.ent(c - 1).filter(|e| e.te == c)?;
        (matches!(e.label, Label::Person | Label::Org | Label::Fac | Label::Gpe) && !is_sanctioner(&e.party)).then(|| e.party.own())
    }

    /// The party an object pronoun after a sanctions verb stands for: "him"/"her", the last
    /// person named before it (or, in a lede that names him only later, the first person of the
    /// next sentence); "it", the last organisation named in the same or the previous sentence.
    fn object_pronoun(&self, i: usize) -> Option<String> {
        let s = self.doc.sentence_of(i);
        if self.w(i) != "it" {
            if let Some(p) = self.resolve_pronoun(i) {
                return Some(p);
            }
            let (na, nb) = self.doc.sentences.get(s + 1)?.tokens;
            return (na..nb).find_map(|k| self.ent(k).filter(|e| e.label == Label::Person).map(|e| e.name.own()));
        }
        let lo = self.doc.sentences[s.saturating_sub(1)].tokens.0;
        (lo..i).rev().find_map(|k| self.ent(k).filter(|e| e.te <= i && e.label == Label::Org && !is_sanctioner(&e.party) && !is_body(&e.party)).map(|e| e.party.own()))
    }

    /// Described parties at `k`, also past another participle ("designated or otherwise blocked
    /// persons"): the participle before them describes them.
    fn described_after(&self, k: usize, b: usize) -> bool {
        (k..(k + 4).min(b)).find(|&j| !matches!(self.w(j), "or" | "and" | "otherwise") && !self.w(j).ends_with("ed")).is_some_and(|j| is_described(self.w(j)))
    }

    /// The party at `k` is the victim of a war or an attack ("the war against X", "its invasion of
    /// X"): the scene of what the measures answer, not their target.
    fn war_victim(&self, k: usize) -> bool {
        k >= 2 && matches!(self.w(k - 1), "against" | "on" | "of") && one_of!(self.w(k - 2), "war" | "invasion" | "aggression" | "attack" | "attacks" | "offensive" | "occupation" | "annexation" | "assault")
    }

    /// The trigger names the sanctions regime as a whole: "the integrity of OFAC sanctions".
    fn regime_itself(&self, t: Trig, ca: usize) -> bool {
        (t.ts.saturating_sub(4).max(ca)..t.ts).any(|k| self.w(k) == "integrity" && self.w(k + 1) == "of")
    }

    /// The party objecting to the measures the trigger names ("Tehran described British sanctions
    /// as …", "The Kremlin dismissed the measures as …"): the subject of an objecting verb right
    /// before the trigger, with the verb's token and the party's label (a person objecting is
    /// neither the measures' actor nor their target).
    fn objector(&self, t: Trig, ca: usize) -> Option<(usize, String, Label)> {
        self.stance_holder(t, ca, false)
    }

    /// [`Self::objector`], and with `opposing` also a party that opposes or refuses the measures
    /// ("Hungary still opposes the sanctions"): the party whose stance the claim reports (its source).
    fn stance_holder(&self, t: Trig, ca: usize, opposing: bool) -> Option<(usize, String, Label)> {
        let lo = t.ts.saturating_sub(6).max(ca);
        let v = (lo..t.ts).rev().find(|&j| matches!(self.w(j), "described" | "dismissed" | "called" | "condemned" | "denounced" | "rejected" | "criticised" | "criticized" | "slammed" | "decried" | "protested" | "describes" | "dismisses" | "calls" | "condemns" | "denounces" | "rejects"
            | "defied" | "defies" | "defying" | "flouted" | "flouts" | "flouting" | "mocked" | "mocks" | "mocking" | "ridiculed" | "laughing" | "laughed" | "laughs" | "sought" | "seeks" | "seeking" | "seek")
            || opposing && matches!(self.w(j), "opposes" | "opposed" | "oppose"))?;
        // one who seeks relief from the measures is their target ("Caracas sought relief from
        // U.S. sanctions", "… an end to the embargo"), not one who seeks new ones
        let seek = one_of!(self.w(v), "sought" | "seeks" | "seeking" | "seek");
        if seek && !(v + 1..t.te).any(|j| one_of!(self.w(j), "relief" | "end" | "lifting" | "removal" | "easing")) {
            return None;
        }
        // only determiners and modifiers between the verb and the trigger
        if v + 5 < t.ts && !seek || (v + 1..t.ts).any(|j| one_of!(self.w(j), "," | "that" | "for" | "and" | "on") || self.w(j) == "to" && self.w(j - 1) != "end") {
            return None;
        }
        let mut j = v;
        let mut hops = 0;
        while j > ca && hops < 6 {
            j -= 1;
            hops += 1;
            if let Some(e) = self.ent(j) {
                // (a date between: "X on Wednesday rejected …")
                if matches!(e.label, Label::Date | Label::Time) {
                    j = e.ts;
                    continue;
                }
                // (a state's government as the subject: "The government of X rejected …", "the
                // government in Y has denounced …")
                let of_state = e.label == Label::Gpe && e.ts > 1 && matches!(self.w(e.ts - 1), "of" | "in") && one_of!(self.w(e.ts - 2), "government" | "regime" | "authorities" | "leadership" | "president");
                let prep = !of_state && e.ts > ca && one_of!(self.prev_content(e.ts, ca), "of" | "with" | "in" | "from" | "to" | "against" | "on" | "at" | "for");
                if matches!(e.label, Label::Gpe | Label::Org | Label::Norp | Label::Person) && !prep && !matches!(self.w(e.te), "'s" | "’s") {
                    return Some((v, e.party.own(), e.label));
                }
                if matches!(self.w(e.te), "'s" | "’s") && matches!(e.label, Label::Gpe | Label::Norp) {
                    return Some((v, e.party.own(), e.label));
                }
                return None;
            }
            // the comma closing an appositive subject: "A junta spokesman, General X, dismissed …"
            let appositive = j + 1 == v && self.w(j) == "," && j > ca && self.ent(j - 1).is_some_and(|e| e.label == Label::Person);
            if !appositive && !one_of!(self.w(j), "has" | "have" | "had" | "is" | "are" | "was" | "were" | "been" | "openly" | "previously" | "also" | "again" | "still" | "long" | "the" | "ministry" | "foreign" | "office" | "government" | "military" | "embassy" | "spokesman" | "spokeswoman" | "spokesperson" | "'s" | "’s" | "swiftly" | "quickly" | "publicly" | "repeatedly" | "already" | "now" | "reportedly" | "on" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday") {
                return None;
            }
        }
        None
    }

    /// [`Self::target`]: the state whose government or body reports the verdict on trigger `t`
    /// that opens the reported clause at `ca` ("X said the measures were unlawful").
    #[inline(never)]
    fn judge_state(&self, t: Trig, ca: usize) -> Option<String> {
        if t.verb || !be_form(self.w(t.te)) || !verdict_word(self.w(t.te + 1)) || ca < 2 {
            return None;
        }
        let r = if self.w(ca - 1) == "that" { ca - 2 } else { ca - 1 };
        if !is_report_verb(self.w(r)) {
            return None;
        }
        let sa = self.doc.sentences.get(self.doc.sentence_of(r)).map_or(0, |s| s.tokens.0);
        let n = self.report_subject(r, sa)?;
        let st = known_party(&n, Label::Gpe).or_else(|| role_state(&n)).map_or(n, str::to_string);
        (self.is_state(&st) && !is_sanctioner(&st)).then_some(st)
    }

    /// The state that owns the body whose name ends before `v` ("Ruritania's Foreign Ministry").
    fn owner_state(&self, v: usize, ca: usize) -> Option<String> {
        let e = (ca..v).rev().find_map(|j| self.ent(j))?;
        let p = self.ent(e.ts.checked_sub(2)?).filter(|p| p.label == Label::Gpe && p.te + 1 == e.ts && matches!(self.w(p.te), "'s" | "’s") && self.is_state(&p.party))?;
        Some(p.party.own())
    }

    /// The word before token `k` (after `lo`), skipping "the".
    fn prev_content(&self, k: usize, lo: usize) -> &str {
        let mut j = k;
        while j > lo {
            j -= 1;
            if !matches!(self.w(j), "the" | "a" | "an") {
                return self.w(j);
            }
        }
        ""
    }

    /// The target entity at `k`: a state before a person in one phrase gives way to the person
    /// ("Prime Minister of Syria Riyad Hijab"); a possessive party is the owner of the thing.
    fn target_ent(&self, k: usize, cb: usize) -> Option<String> {
        let e = self.ent(k)?;
        // (nor a headline's described targets: "Sanctions on Officials Responsible for …")
        if e.label == Label::Law || e.party.split(' ').next().is_some_and(|f| is_described(&f.to_ascii_lowercase())) {
            return None;
        }
        // (a person described by nationality and office: "a Ruritanian (oil) minister")
        if e.label == Label::Norp && (is_title(self.w(e.te)) || self.is_word(e.te) && !starts_upper(self.raw(e.te)) && is_title(self.w(e.te + 1))) {
            return None;
        }
        if e.label == Label::Gpe || e.label == Label::Norp {
            // a state's own body or official ("sanctions on Ruritania's Defence Procurement
            // Agency"): the body, not its state (but a headline's described network is the state's:
            // "Treasury Targets Iran's Drone Procurement Network")
            if matches!(self.w(e.te), "'s" | "’s") && e.te + 1 < cb {
                if let Some(n) = self.ent(e.te + 1).filter(|n| n.ts == e.te + 1 && matches!(n.label, Label::Person | Label::Org) && !n.party.trim_end_matches('s').ends_with("Network")) {
                    return Some(n.party.own());
                }
            }
            // the next token starts a person or organisation (or the organisation's officer:
            // "the Ruritanian KGB chairman X")
            if let Some(n) = self.ent(e.te) {
                if matches!(n.label, Label::Person | Label::Org) {
                    return Some(self.officer(n, cb).unwrap_or_else(|| n.party.own()));
                }
            }
            if e.label == Label::Norp {
                // "Iranian airline Mahan Air", "Ruritanian billionaire Jane Roe" (also past a
                // capitalised office: "Ruritanian Deputy Prime Minister Jane Roe")
                // (lower-case words, or capitalised ones, not both)
                let caps = starts_upper(self.raw(e.te));
                for j in e.te..(e.te + if caps { 4 } else { 3 }).min(cb) {
                    if let Some(n) = self.ent(j) {
                        if (n.label == Label::Person || n.label == Label::Org && !caps) && j > e.te {
                            return Some(n.party.own());
                        }
                        break;
                    }
                    if !self.is_word(j) || starts_upper(self.raw(j)) != caps {
                        break;
                    }
                }
                // (one person described by nationality, unnamed: "… Ruritanian billionaire")
                if one_of!(self.w(e.te), "businessman" | "businesswoman" | "billionaire" | "tycoon" | "oligarch" | "magnate" | "banker" | "financier" | "national" | "citizen") {
                    return None;
                }
            }
        }
        // a nationality that describes the targets ("three Belarusian officials", "Chinese and
        // Russian firms") names none of them
        if e.label == Label::Norp {
            for j in e.te..(e.te + 6).min(cb) {
                let w = self.w(j);
                if is_described(w) {
                    return None;
                }
                if self.ent(j).is_some_and(|n| n.label != Label::Norp) || !(self.is_word(j) || w == ",") {
                    break;
                }
            }
        }
        // a person's possessive thing ("President Putin's war") is not the person
        if e.label == Label::Person && matches!(self.w(e.te), "'s" | "’s") {
            return None;
        }
        // a body's officer named after it is the target ("the Electoral Commission chairperson
        // X", "the port authority's former director X" reads the same)
        Some(self.officer(e, cb).unwrap_or_else(|| e.party.own()))
    }

    /// A body's officer named after it: "the Electoral Commission chairperson X".
    fn officer(&self, e: &Ent, cb: usize) -> Option<String> {
        if e.label == Label::Org && e.te + 1 < cb && one_of!(self.w(e.te), "chairperson" | "chairman" | "chairwoman" | "chair" | "director" | "head" | "commander" | "chief" | "president" | "governor" | "spokesperson" | "spokesman" | "official" | "deputy") {
            return self.ent(e.te + 1).filter(|n| n.ts == e.te + 1 && n.label == Label::Person).map(|n| n.party.own());
        }
        None
    }

    /// The state of a nationality that describes the targets after the trigger ("sanctions on
    /// three Sudanese gold trading companies", "asset freezes on six Russian traders").
    fn described_nationality(&self, trigs: &[Trig], clause: (usize, usize)) -> Option<String> {
        let cb = clause.1;
        for t in trigs {
            let mut k = t.te;
            while k < (t.te + 10).min(cb) {
                if let Some(e) = self.ent(k) {
                    // (or the state the described targets serve or act in: "officials of the Electoral
                    // Council of X", "Officials Responsible for Fraud in X")
                    let plural_before = (t.te..k).any(|j| is_described(self.w(j)) && self.w(j).ends_with('s'));
                    let state = match e.label {
                        Label::Gpe => Some(&*e.party),
                        Label::Org => e.party.rsplit_once(" of ").map(|(_, x)| x),
                        _ => None,
                    };
                    // (not one place of several, nor a base: "entities based in X and Y")
                    let based = k >= 2 && one_of!(self.w(k - 2), "based" | "located" | "registered" | "operating") || matches!(self.w(e.te), "and" | "or");
                    if let Some(x) = state.filter(|x| plural_before && !based && self.is_state(x) && !is_sanctioner(x)) {
                        return Some(x.own());
                    }
                    // (past the reason: "… Responsible for Election Fraud in X")
                    if plural_before && self.w(k - 1) == "for" && e.label != Label::Gpe {
                        k = e.te;
                        continue;
                    }
                    if e.label != Label::Norp || !self.is_state(&e.party) || is_sanctioner(&e.party) {
                        return None;
                    }
                    // plural targets: one described party ("a Russian bank") is not the state
                    let described = (e.te..(e.te + 5).min(cb))
                        .take_while(|&j| self.is_word(j) && self.ent(j).is_none())
                        .any(|j| is_described(self.w(j)) && self.w(j).ends_with('s'));
                    return described.then(|| e.party.own());
                }
                if one_of!(self.w(k), "," | "." | ";" | "that" | "which" | "who" | "while" | "but") {
                    break;
                }
                k += 1;
            }
        }
        None
    }

    /// [`Self::actor`]: a verb of stance right before the definite measure at `t` ("called for
    /// the embargo", "push again for suspending the travel ban", "backed the easing").
    #[inline(never)]
    fn stance_on(&self, t: Trig, ca: usize) -> bool {
        // (or "would never support" sanctions, "opposed new measures", "opposed "open-ended" sanctions")
        let mut j = t.ts;
        while j > ca + 1 && t.ts - j < 7 && (!self.is_word(j - 1) || !starts_upper(self.raw(j - 1)) && self.ent(j - 1).is_none() && !one_of!(self.w(j - 1), "the" | "to" | "on" | "of" | "for" | "and" | "any")) {
            j -= 1;
            if one_of!(self.w(j), "support" | "supports" | "supported" | "oppose" | "opposes" | "opposed" | "resist" | "resists" | "resisted") {
                return true;
            }
        }
        // (or a call for new measures, past their article and modifiers: "called for a full ban",
        // or for an action on them: "called for the removal of all sanctions")
        let j = if j > ca + 4 && self.w(j - 1) == "of" && self.w(j - 3) == "the" { j - 3 } else { j };
        if j > ca + 1 && self.called_for(j - 1, ca) {
            return true;
        }
        if t.ts < ca + 3 || self.w(t.ts - 1) != "the" {
            return false;
        }
        let mut j = t.ts - 2;
        if self.w(j).ends_with("ing") {
            j -= 1;
        }
        self.called_for(j, ca) || one_of!(self.w(j), "supported" | "supports" | "support" | "backed" | "back" | "backs" | "proposed" | "proposes" | "propose" | "opposed" | "opposes" | "oppose" | "resisted" | "resists" | "welcomed" | "welcomes")
    }

    /// A call or push for measures whose object starts after `j` ("called for the embargo …",
    /// "pushed again for suspending the ban", "have called for a total embargo").
    #[inline(never)]
    fn called_for(&self, j: usize, ca: usize) -> bool {
        if self.w(j) == "for" && j > ca + 1 {
            let v = if self.w(j - 1) == "again" { j - 2 } else { j - 1 };
            return one_of!(self.w(v), "called" | "calls" | "call" | "calling" | "push" | "pushed" | "pushing" | "pushes" | "pressed" | "press" | "pressing" | "lobbied" | "lobbying" | "argued" | "arguing");
        }
        false
    }

    /// A possessive organisation before a list ("Treasury's Specially Designated Nationals") is the actor.
    fn possessive_actor(&self, e: &Ent) -> bool {
        matches!(self.w(e.te), "'s" | "’s") && e.label == Label::Org
    }

    /// A trigger that is a finite verb with its subject before it ("X froze …", "X designated
    /// the …"): a participle ("designated entities") only when an object follows it.
    fn finite_verb(&self, t: Trig) -> bool {
        if !t.verb || self.w(t.ts).ends_with("ing") {
            return false;
        }
        let participle = one_of!(self.w(t.ts), "designated" | "sanctioned" | "listed" | "blacklisted" | "targeted" | "banned");
        !participle
            || one_of!(self.w(t.te), "the" | "a" | "an" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "several" | "more" | "dozens" | "his" | "her" | "its" | "their")
            // a number of objects: "designated 31 tanker owners"
            || self.w(t.te).as_bytes().first().is_some_and(u8::is_ascii_digit)
            // a trade flow as the object: "Norway banned imports of …"
            || one_of!(self.w(t.te), "imports" | "exports" | "sales" | "shipments" | "transshipment" | "transshipments" | "transactions" | "purchases" | "transfers" | "flights" | "trade" | "investment" | "investments")
            || self.ent(t.te).is_some()
    }

    /// The party a request asks to act, when the trigger follows "<asks> <party> to …":
    /// a named party, or "the <noun>" that ends an earlier body's name ("the council"); an
    /// object that names no party gives a null actor.
    fn asked_party(&self, t: Trig, ca: usize) -> Option<(Option<String>, ActorRule)> {
        let lo = t.ts.saturating_sub(12).max(ca);
        let v = (lo..t.ts).rev().find(|&k| {
            matches!(self.w(k), "urged" | "urges" | "urge" | "urging" | "asked" | "asks" | "ask" | "asking" | "pressed" | "presses" | "pressing" | "encouraged" | "encourages")
                || matches!(self.w(k), "called" | "calls" | "calling" | "call") && matches!(self.w(k + 1), "on" | "upon" | "for")
        })?;
        let obj = v + 1 + usize::from(matches!(self.w(v + 1), "on" | "upon" | "for"));
        let to = (obj + 1..t.ts.min(obj + 7)).find(|&k| self.w(k) == "to")?;
        // the infinitive is the measure itself ("to sanction", "to ban") or a verb that acts on
        // it ("to impose", "to ease", "to consider designating"), not "to explain why …"
        let verb = self.w(to + 1);
        let acts = to + 1 == t.ts
            || one_of!(verb, "impose" | "adopt" | "ease" | "lift" | "extend" | "tighten" | "expand" | "consider" | "prepare" | "draft" | "propose" | "remove" | "suspend" | "end" | "drop" | "renew" | "approve" | "apply" | "enforce" | "introduce" | "maintain" | "keep" | "relax" | "scrap" | "reimpose" | "reinstate" | "broaden" | "widen" | "strengthen" | "step" | "take" | "slap" | "place" | "put" | "levy" | "target" | "freeze")
            // (or to take up measures of others: "urged Japan to join the sanctions", "to match the measures")
            || one_of!(verb, "join" | "match" | "mirror" | "follow" | "copy");
        if !acts {
            return None;
        }
        if let Some(e) = (obj..to).find_map(|k| self.ent(k)).filter(|e| matches!(e.label, Label::Org | Label::Gpe | Label::Person)) {
            return Some((Some(e.party.own()), ActorRule::Default));
        }
        // unnamed states asked ("urged regional governments to …", "asked its allies to …"): no one named
        if (obj..to).any(|k| collective(self.w(k)) || self.w(k) == "community") {
            return Some((None, ActorRule::Null));
        }
        // "the government", "the authorities": the state the document is about, found as usual
        if self.w(obj) == "the" && obj + 2 == to && !matches!(self.w(obj + 1), "government" | "administration" | "authorities") {
            let body = self.definite_body(obj, self.w(obj + 1));
            return Some((body.map(|e| e.party.own()), ActorRule::Null));
        }
        None
    }

    /// "the bloc", "the union" at `j`: the union of states named last before it (not the Security Council).
    #[inline(never)]
    fn bloc(&self, j: usize) -> Option<String> {
        if !(j > 0 && self.w(j - 1) == "the" && matches!(self.w(j), "bloc" | "union") && !starts_upper(self.raw(j))) {
            return None;
        }
        let before = self.ents.partition_point(|e| e.ts < j);
        self.ents[..before].iter().rev().take_while(|e| e.ts + 4000 > j).find(|e| is_body(&e.party) && !e.party.ends_with("Security Council")).map(|e| e.party.own())
    }

    /// "the department", "the council": the organisation named earlier whose head noun it is,
    /// the last word of its name ("Commerce Department") or the first before "of" ("Department
    /// of State"); a sanctions "committee" with no committee named is the Security Council's.
    /// (Within the last few thousand words: a head noun does not reach further back.)
    #[inline(never)]
    fn definite_body(&self, at: usize, noun: &str) -> Option<&Ent<'a>> {
        let before = self.ents.partition_point(|e| e.ts < at);
        let recent = || self.ents[..before].iter().rev().take_while(|e| e.ts + 4000 > at).filter(|e| e.te <= at && e.label == Label::Org);
        recent().find(|e| self.w(e.te - 1) == noun || self.w(e.ts) == noun && self.w(e.ts + 1) == "of").or_else(|| recent().find(|e| noun == "committee" && e.party.ends_with("Security Council")))
    }

    /// The actor: who imposes (or lifts) the measures; `contested`: a party contests them
    /// ([`Self::challenger`]), and is no actor.
    fn actor(&self, trigs: &[Trig], clause: (usize, usize), action: Action, target: Option<&str>, contested: bool) -> (Option<String>, ActorRule) {
        let (ca, cb) = clause;
        // "by X" right after the trigger (passive), also past the category it names ("designated
        // as a Foreign Terrorist Organization by the Department of State")
        for t in trigs {
            let reach = if self.w(t.te) == "as" { (t.te + 1..(t.te + 9).min(cb)).find(|&k| self.w(k) == "by").map_or(4, |k| k + 1 - t.te) } else { 4 };
            for k in t.te..(t.te + reach).min(cb) {
                if self.w(k) == "by" {
                    let k2 = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                    // (not a modifier of those who act: "transactions by U.S. persons")
                    if let Some(e) = self.ent(k2).filter(|e| matches!(e.label, Label::Person | Label::Org | Label::Gpe) && !is_described(self.w(e.te))) {
                        return (Some(e.party.own()), ActorRule::Default);
                    }
                    // "agreed by the bloc"
                    if let Some(b) = self.bloc(k2) {
                        return (Some(b), ActorRule::Default);
                    }
                    // a person after a role: "announced by foreign ministry spokeswoman X"
                    let mut r = k2;
                    while r < (k2 + 5).min(cb) && self.ent(r).is_none_or(|e| e.label == Label::Norp) && self.is_word(r) && (!starts_upper(self.raw(r)) || is_title(self.w(r)) || self.ent(r).is_some()) {
                        r = self.ent(r).map_or(r + 1, |e| e.te.max(r + 1));
                    }
                    if let Some(e) = self.ent(r).filter(|e| r > k2 && e.ts == r && e.label == Label::Person) {
                        return (Some(e.party.own()), ActorRule::Default);
                    }
                    // by unnamed states: "sanctioned by Western governments"
                    if (k + 1..(k + 4).min(cb)).any(|j| collective(self.w(j))) && (k + 1..(k + 4).min(cb)).all(|j| !self.party_at(j)) {
                        return (None, ActorRule::Null);
                    }
                    // by a bloc's members, wherever they met: "agreed by foreign ministers of the 27
                    // member states in X" is the document's bloc
                    if (k + 1..(k + 7).min(cb)).any(|j| self.w(j) == "member") {
                        return (None, ActorRule::Document);
                    }
                }
            }
        }
        // one who contests the measures is not their actor
        if contested {
            return (None, ActorRule::Default);
        }
        // the place a party is kept out of is the one that bans it: "were banned from EU ports",
        // "are banned from entering the UK"
        let t = trigs[0];
        if self.w(t.ts) == "banned" && self.w(t.te) == "from" {
            if let Some(e) = (t.te + 1..(t.te + 5).min(cb)).find_map(|k| self.ent(k)).filter(|e| matches!(e.label, Label::Gpe | Label::Org)) {
                return (Some(e.party.own()), ActorRule::Default);
            }
        }
        // possessive or modifier sanctioner before the trigger ("U.S. sanctions", "Treasury's list")
        for t in trigs {
            // (a verb's party is its subject, which may be one of several: "Japan and Australia
            // sanctioned …" is Japan's, the first named, as the subject rule below reads it)
            if t.verb && self.coordinated_subject_before(t.ts, ca) {
                continue;
            }
            let mut j = t.ts;
            // "European plans to sanction", "Washington's move to impose": the planner's modifier
            if j >= ca + 2 && self.w(j - 1) == "to" && one_of!(self.w(j - 2), "plans" | "plan" | "proposal" | "proposals" | "move" | "moves" | "bid" | "decision" | "push" | "efforts" | "threat" | "threats") {
                j -= 2;
            }
            let mut hops = 0;
            while j > ca && hops < 4 {
                j -= 1;
                hops += 1;
                if let Some(e) = self.ent(j) {
                    // (or a state's government: "the British government's decision to sanction him")
                    let government = matches!(e.label, Label::Gpe | Label::Norp) && matches!(self.w(e.te), "government" | "administration") && self.is_state(&e.party);
                    if is_sanctioner(&e.party) || is_authority(&e.party) || self.possessive_actor(e) || government {
                        return (Some(e.party.own()), ActorRule::Default);
                    }
                    break;
                }
                // ("the bloc's measures")
                if let Some(b) = self.bloc(j) {
                    return (Some(b), ActorRule::Default);
                }
                // (also past the goods a measure bans: "the UN travel ban", "the EU oil embargo")
                if !one_of!(self.w(j), "'s" | "’s" | "the" | "joint" | "existing" | "secondary" | "new" | "additional" | "further" | "financial" | "economic" | "unilateral" | "targeted" | "sweeping" | "own" | "government" | "administration" | "regulations" | "rules" | "generally") && !goods_noun(self.w(j)) {
                    break;
                }
            }
        }
        // complying with (or rejecting) measures that no one named imposed: "does not recognise
        // unilateral sanctions", "in compliance with all applicable sanctions"
        let t = trigs[0];
        // (and "Western sanctions", whatever is done with them)
        if matches!(action, Action::Comply | Action::Other | Action::Violate) && (t.ts.saturating_sub(3).max(ca)..t.ts).any(|k| one_of!(self.w(k), "unilateral" | "international" | "applicable" | "western")) || t.ts > ca && self.w(t.ts - 1) == "western" {
            return (None, ActorRule::Null);
        }
        // what sanctions in general do ("Sanctions alone will not …", "strained by sanctions"):
        // no one's in particular
        // (but "further sanctions" are the acting body's next ones)
        if action == Action::Effect && trigs.len() == 1 && !t.verb && self.w(t.te - 1).ends_with('s') && !one_of!(self.w(t.te), "on" | "against" | "imposed" | "from" | "by") && (t.ts.saturating_sub(3).max(ca)..t.ts).all(|j| !one_of!(self.w(j), "the" | "these" | "this" | "those" | "its" | "their" | "our" | "such" | "'s" | "’s" | "further" | "additional") && !self.w(j).ends_with("ing") && self.ent(j).is_none()) {
            return (None, ActorRule::Null);
        }
        // the subject of an evasion is the evader (or its reporter), never the measures' actor
        if action == Action::Violate {
            return (None, ActorRule::Default);
        }
        // "at the United Nations" for relief or action in a body
        if action == Action::Ease {
            let t = trigs[0];
            for k in t.te..(t.te + 4).min(cb) {
                if self.w(k) == "at" {
                    let k2 = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                    if let Some(e) = self.ent(k2).filter(|e| matches!(e.label, Label::Org | Label::Gpe)) {
                        return (Some(e.party.own()), ActorRule::Default);
                    }
                }
            }
        }
        // the party objecting to the measures is not their actor
        if let Some((v, _, _)) = self.objector(trigs[0], ca) {
            // the measures' own modifier ("Chilean sanctions") imposed them
            // (before a sector: "Peruvian oil sanctions")
            let by = (v + 1..trigs[0].ts).rev().find_map(|j| self.ent(j).filter(|e| matches!(e.label, Label::Gpe | Label::Norp) && (e.te == trigs[0].ts || e.te + 1 == trigs[0].ts && goods_noun(self.w(e.te)))));
            return (by.map(|e| e.party.own()), ActorRule::Default);
        }
        // "urged the council to impose sanctions", "asked Washington to ease the embargo": the
        // party asked to act is the actor (the one asking is the claim's source)
        if let Some(actor) = self.asked_party(trigs[0], ca) {
            return actor;
        }
        // a party taking a stance on existing measures ("called for the embargo to be lifted",
        // "supported the easing", "proposed suspending the travel ban") is not their actor
        if trigs.iter().any(|t| self.stance_on(*t, ca)) {
            return (None, ActorRule::Document);
        }
        // "X wants trade sanctions": X asks for them, no one named imposes them
        if (t.ts.saturating_sub(3).max(ca)..t.ts).any(|k| wants(self.w(k)) && self.w(k + 1) != "to") {
            // (measures already in place, "wants the sanctions kept": their actor, the document's)
            let existing = t.ts > ca && matches!(self.w(t.ts - 1), "the" | "these" | "those");
            return (None, if existing { ActorRule::Document } else { ActorRule::Null });
        }
        // the subject: a party in subject position at the start of the clause, else the nearest
        // party before the trigger that is not the target and not inside a prepositional phrase
        for t in trigs {
            // a passive participle's subject is its target: leave the actor to another trigger
            // (or set off after it: "X, designated in 2021, …")
            let passive = self.w(t.ts).ends_with("ed") && ((t.ts.saturating_sub(2).max(ca)..t.ts).any(|k| be_form(self.w(k))) || self.apposed_participle(t.ts))
                // (or put on a list or taken off: "X was added to the Entity List")
                || (t.ts.saturating_sub(6).max(ca + 1)..t.ts).any(|k| one_of!(self.w(k), "added" | "removed" | "placed" | "put" | "delisted") && (be_form(self.w(k - 1)) || self.w(k - 1) == "being" || self.passive_adverb(k - 1)))
                // (or subject to them, exempt from them: "X is now subject to an asset freeze")
                || (t.ts.saturating_sub(6).max(ca + 1)..t.ts).any(|k| matches!((self.w(k), self.w(k + 1)), ("subject", "to") | ("exempt" | "exempted", "from")));
            if passive && trigs.len() > 1 {
                continue;
            }
            // its subject and the parties that describe it are the targets: the actor is named
            // elsewhere ("The tanker X, managed by Y, was also designated")
            if passive {
                return (None, ActorRule::Default);
            }
            // a relative clause's antecedent is its subject, even after a preposition
            // ("coordinated with the United States, which designated …")
            if let Some(r) = (ca.saturating_sub(1)..t.ts).find(|&r| matches!(self.w(r), "which" | "who")).filter(|&r| r >= 2 && self.w(r - 1) == "," && (r + 1..t.ts).all(|k| self.is_word(k) && self.ent(k).is_none())) {
                if let Some(mut e) = self.ent(r - 2).filter(|e| e.te == r - 1 && matches!(e.label, Label::Gpe | Label::Org | Label::Person) && Some(&*e.party) != target) {
                    // (of coordinated antecedents the first named: "the United States and Canada, which …")
                    let sa = self.doc.sentences.get(self.doc.sentence_of(r)).map_or(0, |x| x.tokens.0);
                    loop {
                        let c = if self.w(e.ts.wrapping_sub(1)) == "the" { e.ts.wrapping_sub(2) } else { e.ts.wrapping_sub(1) };
                        match self.ent(c.wrapping_sub(1)).filter(|f| c > sa && matches!(self.w(c), "and" | ",") && f.te == c && f.label == e.label && Some(&*f.party) != target) {
                            Some(f) => e = f,
                            _ => break,
                        }
                    }
                    return (Some(e.party.own()), ActorRule::Default);
                }
            }
            // the object of a verb that puts parties on a list or takes them off ("placed X on its
            // list", "added the trader, X, to …", "release five banks from …") is no actor
            let obj_from = self.list_verb(ca, t.ts).unwrap_or(usize::MAX);
            let mut j = t.ts;
            let mut cands: Vec<(usize, String)> = Vec::new();
            let mut stop: Option<(Option<String>, ActorRule)> = None;
            while j > ca {
                j -= 1;
                let w = self.w(j);
                // a subordinate clause with its own subject before the trigger ("Ankara Rejects
                // Measures as EU Weighs New Listings"): the parties of the main clause are not its actor
                if matches!(w, "as" | "while" | "whereas" | "because" | "although" | "though") && !cands.is_empty() && !matches!(self.w(j.wrapping_sub(1)), "such" | "well" | "so" | "just") && !matches!(self.w(j + 1), "well" | "part" | "a" | "an" | "much" | "many" | "long" | "soon") {
                    break;
                }
                // (or a fronted condition, also inverted: "Should X end …, the department would …")
                if !cands.is_empty() && w == "," && self.w(ca) == "should" && self.raw(ca).starts_with('S') {
                    break;
                }
                // a state that vetoes or blocks the measure's draft or renewal is not its actor:
                // the body named after the verb is ("Russia Blocks UN Renewal of Sanctions"),
                // else the document's ("Moscow vetoed a draft that would have renewed …")
                // the measures in a condition of their own ("… if the sanctions stay"): the
                // main clause's subject is not their actor
                if matches!(w, "if" | "unless" | "until" | "once") && cands.is_empty() && stop.is_none() {
                    stop = Some((None, ActorRule::Default));
                    break;
                }
                // (or in a clause of reason or concession with no party of its own: "X abstained
                // because sanctions have not …")
                if matches!(w, "because" | "although" | "though") && cands.is_empty() && stop.is_none() {
                    stop = Some((None, ActorRule::Document));
                    break;
                }
                if self.blocking_verb(j) {
                    if cands.is_empty() && stop.is_none() {
                        stop = Some((None, ActorRule::Default));
                    }
                    break;
                }
                if collective(w) && !starts_upper(self.raw(j)) && !(j > ca && self.party_at(j - 1)) {
                    // an unnamed collective subject, unless a party is named right after ("allies such as Germany")
                    if let Some(k) = (j + 1..(j + 4).min(t.ts)).find(|&k| self.party_at(k)) {
                        stop = Some((self.ent(k).map(|e| e.party.own()), ActorRule::Default));
                        cands.clear();
                        break;
                    }
                    // (an object is no subject: "consulting partners", "talks with allies")
                    let p = self.w(j.wrapping_sub(1));
                    // (also past its adjectives: "with like-minded partners", "among its Western allies")
                    let object = j > ca && (p.len() > 5 && p.ends_with("ing") || one_of!(p, "with" | "to" | "among" | "from" | "urged" | "asked" | "told" | "consulted") || (j.saturating_sub(4).max(ca)..j - 1).any(|k| matches!(self.w(k), "with" | "among")));
                    if cands.is_empty() && !object {
                        stop = Some((None, ActorRule::Null));
                    }
                    continue;
                }
                if matches!(w, "we" | "our" | "i" | "my") && cands.is_empty() && stop.is_none() {
                    // (inside a quote: the state of a speaker who speaks for one, "We will not
                    // lift …" said a Lithuanian minister; else the document's)
                    let state = self.quote_at(j).and_then(|q| q.state.map(str::own)).filter(|s| Some(s.as_str()) != target && matches!(w, "we" | "our"));
                    stop = Some((state, ActorRule::Default));
                    continue;
                }
                // (a pronoun inside the marks is the speaker's; one outside a partial quote, the reporter's)
                if (w == "it" || w == "its" && j == self.doc.sentences[self.doc.sentence_of(j)].tokens.0) && !self.in_quote(j) && cands.is_empty() && stop.is_none() {
                    // (one who says it will enforce or obey measures is not their actor)
                    let complies = matches!(action, Action::Comply | Action::Violate) && self.report_at(j.wrapping_sub(1));
                    if let Some(p) = self.reporter_of(j).or_else(|| self.resolve_it(j)).filter(|p| Some(p.as_str()) != target && !complies) {
                        stop = Some((Some(p), ActorRule::Default));
                    }
                    continue;
                }
                // "X said they would …": the reporter
                if w == "they" && !self.in_quote(j) && cands.is_empty() && stop.is_none() {
                    if let Some(p) = self.reporter_before(j).filter(|p| Some(p.as_str()) != target) {
                        stop = Some((Some(p), ActorRule::Default));
                    }
                    continue;
                }
                if matches!(w, "he" | "she") && !self.in_quote(j) && cands.is_empty() && stop.is_none() {
                    let calls = (j + 1..t.ts).any(|k| one_of!(self.w(k), "called" | "urged" | "demanded" | "proposed" | "calls" | "urges"));
                    let copula = one_of!(self.w(j + 1), "is" | "was" | "are" | "were" | "has" | "will" | "had");
                    if calls {
                        stop = Some((None, ActorRule::Null));
                    } else if !copula {
                        stop = Some((self.resolve_pronoun(j), ActorRule::Default));
                    }
                    continue;
                }
                // "the department", "the ministry" as the subject: the body named earlier
                // (also capitalised: "the Department would …")
                if cands.is_empty() && stop.is_none() && j > ca && self.w(j - 1) == "the" && one_of!(w, "department" | "ministry" | "agency" | "commission" | "office" | "committee") && self.ent(j).is_none_or(|e| e.ts + 1 == e.te) {
                    if let Some(e) = self.definite_body(j, w).filter(|e| Some(&*e.party) != target && !one_of!(self.prev_content(j, ca), "of" | "with" | "in" | "from" | "to" | "against" | "on" | "at" | "about" | "for" | "by")) {
                        cands.push((j - 1, e.party.own()));
                        continue;
                    }
                }
                if let Some(e) = self.ent(j).filter(|e| e.ts < obj_from) {
                    let start = e.ts;
                    // (also the addressee of a warning or assurance: "had warned Tehran that they would …")
                    // (and the agent of another participle: "The proposal, drafted by X, would freeze …")
                    // (also the addressee right after the reporting verb that ends the clause before: "told X the EU has …")
                    let prep = start > ca && one_of!(self.prev_content(start, ca), "of" | "with" | "in" | "from" | "to" | "against" | "on" | "at" | "about" | "for" | "within" | "warned" | "told" | "assured" | "reminded" | "informed" | "warning" | "telling" | "by")
                        || start == ca && ca > 0 && one_of!(self.w(ca - 1), "told" | "telling" | "informed" | "assured");
                    // a place that only locates a party: "a Cyprus-based trader", "Panama-flagged"
                    let locative = self.locates_after(e.te);
                    // a department's own office is the agent: "the Treasury's Office of Foreign Assets Control"
                    let poss = matches!(self.w(e.te), "'s" | "’s") && (e.label != Label::Org || self.ent(e.te + 1).is_some_and(|n| n.label == Label::Org));
                    let dateline = self.doc.tokens.get(e.te).is_some_and(|x| x.kind == Kind::Dash) && is_all_caps(self.raw(start));
                    // (also before a goods noun: "the Ruritania arms embargo", "the Iran oil sanctions")
                    let goods = e.te + 1 == t.ts && goods_noun(self.w(e.te));
                    let modifier = (e.te == t.ts && !self.finite_verb(*t)) || goods || (e.te < t.ts && tk(self.doc, e.te).kind == Kind::Dash && e.te + 2 >= t.ts);
                    let government = matches!(self.w(e.te), "administration" | "government");
                    // "the Australian Government has imposed": the nationality's state is the subject
                    let national_government = e.label == Label::Norp && one_of!(self.w(e.te), "government" | "authorities" | "regulator" | "regulators" | "authority" | "ministry") && !prep && self.is_state(&e.party) && (ca..start).all(|k| !self.is_word(k) || self.w(k) == "the");
                    if national_government && Some(&*e.party) != target {
                        cands.push((start, e.party.own()));
                        j = start;
                        continue;
                    }
                    // a topic before a colon ("Chile: Council Renews …") is no agent
                    let topic = self.w(e.te) == ":";
                    let good = matches!(e.label, Label::Person | Label::Org | Label::Gpe) && Some(&*e.party) != target && !prep && !poss && !dateline && !modifier && !topic && !locative;
                    // "the Albanese Government", "the Federal Government": a leader's or a generic
                    // name for the document's own state, whichever that is
                    let named_government = (e.party.ends_with(" Government") || e.party.ends_with(" Administration")) && !self.is_state(e.party.rsplit_once(' ').map_or("", |p| p.0));
                    if good && (government && e.label == Label::Person || named_government) {
                        if cands.is_empty() && stop.is_none() {
                            stop = Some((None, ActorRule::Default));
                        }
                    } else if good {
                        cands.push((start, e.party.own()));
                    }
                    j = start;
                }
            }
            // a party right at the start of the clause (after a dateline, "Today,", a title)
            if let Some((_, n)) = cands.iter().rev().find(|(s, _)| (ca..*s).all(|k| !self.is_word(k) || one_of!(self.w(k), "today" | "the" | "president" | "secretary" | "on" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "yesterday") || starts_upper(self.raw(k)) || self.ent(k).is_some())) {
                return (Some(n.own()), ActorRule::Default);
            }
            if let Some((s0, n)) = cands.first() {
                // a coordinated subject ("the United States and the United Kingdom jointly
                // designated"): the first named is the principal
                let mut s0 = *s0;
                let mut n = n.own();
                let mut last_conjunct = true;
                while s0 > ca + 1 {
                    let conj = if self.w(s0 - 1) == "the" { s0 - 2 } else { s0 - 1 };
                    // "A, B and C": "and" before the last, commas before the others
                    let joined = if last_conjunct { self.w(conj) == "and" } else { self.w(conj) == "," };
                    if conj <= ca || !joined {
                        break;
                    }
                    last_conjunct = false;
                    match self.ent(conj - 1).filter(|e| e.te == conj && matches!(e.label, Label::Gpe | Label::Org) && Some(&*e.party) != target) {
                        Some(e) => {
                            s0 = e.ts;
                            n = e.party.own();
                        }
                        None => break,
                    }
                }
                return (Some(n), ActorRule::Default);
            }
            if let Some(s) = stop {
                return s;
            }
        }
        (None, ActorRule::Default)
    }
}

/// Words of organisations' names; split by [`words`].
const ORG_WORDS: &str = "\
    Department|Ministry|Office|Treasury|Council|Union|Bank|Air|Airlines|Agency|Committee|\
    Corps|S.A.|Inc.|Ltd|Group|Party|Commission|Administration|Duma|Parliament|Congress|\
    Senate|House|Reuters|Forces|Guard|Army|Company|Corporation|Organization|Organisation|\
    Fund|Kremlin|G7|G20|NATO|OFAC|Hezbollah|Hamas|ISIS|Houthis|Association|Institute|\
    University|Court|Police|Service|News|Times|Post|Agency|Authority|Board|Directorate";

/// States and bodies that impose sanctions on others: when they modify "sanctions" they are the actor.
/// The token range `ts..te` of each mention (mentions sorted by start, as the entity layer
/// gives them; one walk over the tokens for all of them).
fn mention_tokens<'m>(doc: &'m Doc, mentions: &'m [Mention]) -> impl Iterator<Item = (usize, usize, &'m Mention)> + 'm {
    let toks = &doc.tokens;
    let mut t = 0;
    mentions.iter().map(move |m| {
        while t < toks.len() && toks[t].span().end <= m.span.start {
            t += 1;
        }
        let mut te = t;
        while te < toks.len() && toks[te].span().start < m.span.end {
            te += 1;
        }
        (t, te, m)
    })
}

/// A goods noun that sits between a party and its measure ("the Ruritania arms embargo",
/// "the Iran oil sanctions"): the party is the target, not a modifier of the actor.
fn goods_noun(w: &str) -> bool {
    one_of!(w, "arms" | "oil" | "trade" | "weapons" | "travel" | "export" | "import" | "fuel" | "gold" | "steel" | "timber" | "diamond" | "gas" | "coal")
}

/// A noun that describes one firm or group ("the company", "the exporter", "an Ohio valve maker").
fn firm_noun(w: &str) -> bool {
    one_of!(w, "company" | "firm" | "exporter" | "distributor" | "lender" | "shipper" | "operator" | "trader" | "carrier" | "airline" | "broker" | "supplier" | "gang" | "militia" | "cartel" | "refiner" | "insurer" | "manufacturer" | "maker" | "miner" | "producer")
}

/// A noun of goods changing hands ("exports", "sales", "transfer"): what a trade ban bans.
fn trade_noun(w: &str) -> bool {
    one_of!(w, "transfer" | "transfers" | "sale" | "sales" | "export" | "exports" | "supply" | "shipment" | "shipments")
}

/// The state a speaker's role names, by a demonym or a state's name ("a Serbian minister",
/// "Lithuanian Foreign Minister", "an aide to Chile's foreign ministry").
fn role_state(role: &str) -> Option<&'static str> {
    // (two words first: "a South Korean diplomat"; the words are slices of `role`, so that a
    // pair is the slice from one's start to the next one's end)
    let mut prev: Option<usize> = None;
    for w in role.split(' ') {
        let at = w.as_ptr() as usize - role.as_ptr() as usize;
        let mut w = w.trim_end_matches(',');
        // (`trim_end_matches` of a string would bring the standard library's searcher)
        while let Some(x) = w.strip_suffix("'s") {
            w = x;
        }
        while let Some(x) = w.strip_suffix("’s") {
            w = x;
        }
        if let Some(s) = prev.and_then(|p| demonym(&role[p..at + w.len()])) {
            return Some(s);
        }
        // (the word's party as a GPE, when it is a nationality's or a listed state; a listed
        // state's own name is its party, as the list's `&'static` copy)
        if starts_upper(w) {
            if let Some(p) = known_party(w, Label::Gpe).or_else(|| listed_state(w)).filter(|&p| demonym(w).is_some() || is_listed_state(p)) {
                return Some(p);
            }
        }
        prev = Some(at);
    }
    None
}

/// A department of the United States government that imposes sanctions.
fn us_agency(name: &str) -> bool {
    matches!(name, "Department of the Treasury" | "Office of Foreign Assets Control" | "State Department" | "Treasury Department" | "Department of State" | "Department of Commerce" | "Commerce Department")
}

fn is_sanctioner(name: &str) -> bool {
    matches!(name, "United States" | "European Union" | "United Nations" | "United Kingdom" | "G7" | "Canada" | "Australia" | "Japan" | "Switzerland" | "Department of the Treasury" | "Office of Foreign Assets Control" | "State Department" | "Treasury Department")
}

/// A body that imposes or enforces sanctions, by its name: it is never their target.
fn is_authority(name: &str) -> bool {
    holds_part(name, "Sanctions") || holds_part(name, "Treasury") || name.ends_with("Security Council")
}

/// An unnamed collective of states ("allies", "Western governments"): no actor of its own.
fn collective(w: &str) -> bool {
    matches!(w, "allies" | "partners" | "leaders" | "governments" | "countries" | "nations" | "states")
}

/// A verb form in the past: "said", "threatened".
fn past(w: &str) -> bool {
    w == "said" || ed_form(w)
}

/// A past tense or participle by its ending ("imposed", "threatened"; not "red", "bed").
fn ed_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// A form of "be" (the auxiliary of a passive).
fn be_form(w: &str) -> bool {
    one_of!(w, "is" | "are" | "was" | "were" | "be" | "been")
}


/// The first two bytes of words: a set of pairs (of their five low bits: a letter's place in
/// the alphabet in either case, another byte on a letter's place or on 0, a missing byte as 0),
/// built at compile time from a rule's words and prefixes. A test costs a few instructions and
/// rules out most words of a text before the rule compares whole words; the rules keep their
/// own tests, so that a pair that lets a word through decides nothing. (A word of 32 bits for
/// each first byte, a bit for each second: a test reads the first byte's word and shifts it by
/// the second's five bits, with no index of the pair worked out. The bits lie in memory as they
/// did in 64-bit words, two first bytes each.)
pub(crate) struct Pairs([u32; 32]);

/// The pair of `w`'s first two bytes in [`Pairs`]: the word and the bit (both below 32: no
/// bounds test on the word).
const fn pair_key(w: &[u8]) -> (usize, u32) {
    let a = if !w.is_empty() { w[0] & 31 } else { 0 };
    let b = if w.len() > 1 { w[1] & 31 } else { 0 };
    (a as usize, b as u32)
}

impl Pairs {
    pub(crate) const fn of(words: &[&str]) -> Pairs {
        Pairs([0; 32]).with(words)
    }

    /// [`Self::of`] of the words of a list written as one string ([`words`]).
    const fn of_list(list: &str) -> Pairs {
        Pairs([0; 32]).with_list(list)
    }

    /// These pairs and those of the words of `list` ([`words`]): each word's pair as
    /// [`pair_key`] makes it of the word alone.
    const fn with_list(self, list: &str) -> Pairs {
        let (mut bits, b) = (self.0, list.as_bytes());
        let mut s = 0;
        while s <= b.len() {
            let mut e = s;
            while e < b.len() && b[e] != b'|' {
                e += 1;
            }
            let a = if e > s { b[s] & 31 } else { 0 };
            let c = if e > s + 1 { b[s + 1] & 31 } else { 0 };
            bits[a as usize] |= 1 << c;
            s = e + 1;
        }
        Pairs(bits)
    }

    /// These pairs and those of `words`.
    const fn with(self, words: &[&str]) -> Pairs {
        let mut bits = self.0;
        let mut i = 0;
        while i < words.len() {
            let (a, b) = pair_key(words[i].as_bytes());
            bits[a] |= 1 << b;
            i += 1;
        }
        Pairs(bits)
    }

    /// `w` starts as one of the words does (or is as short).
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        self.holds(w.as_bytes())
    }

    /// [`Self::may_hold`] of the bytes after `w`'s first (for [`TRIGGER_PAIRS_2`] and the other
    /// tables of a rule's second and third letters).
    fn holds_next(&self, w: &str) -> bool {
        self.holds(w.as_bytes().get(1..).unwrap_or_default())
    }

    /// [`Self::may_hold`] of bytes.
    fn holds(&self, w: &[u8]) -> bool {
        let (a, b) = pair_key(w);
        self.0[a] >> b & 1 == 1
    }
}

/// The words and prefixes that [`Ctx::demand_cue`] reads as a demand, a commitment, "will" or "would".
static DEMAND_PAIRS: Pairs = Pairs::of(&["ca", "pr", "pu", "re", "ap", "ur", "de", "ar", "lo", "ad", "en", "vo", "pl", "as", "wa", "co", "ag", "wo", "di", "or", "in", "ai", "se", "so", "we", "mu", "sh", "ne", "wi", "'l"]);
/// The second and third letters of the words of [`DEMAND_PAIRS`] (of its prefixes' words).
static DEMAND_PAIRS_2: Pairs = Pairs::of(&["al", "re", "us", "eq", "pp", "rg", "em", "ob", "am", "dv", "ro", "nc", "ow", "le", "sk", "ec", "an", "om", "gr", "or", "ir", "rd", "ns", "la", "nt", "im", "ee", "on", "ei", "ul", "ho", "ha", "il", "ll", "ou"]);
/// Reporting verbs ([`is_report_verb`]) and the words [`Ctx::report_like_at`] reads as attributing a view.
static REPORT_LIKE_PAIRS: Pairs = Pairs::of(&[
    "said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "claimed", "claims", "alleged", "added", "noted", "wrote", "tweeted", "insisted", "argued",
    "explained", "confirmed", "saying", "declared", "estimates", "estimated", "believe", "believes", "believed", "argue", "argues", "contend", "contends", "found", "finds", "worry", "worries", "fear", "fears",
    "accused", "accuses", "warned", "warns", "announced", "announces", "described", "describes", "condemned", "condemns", "called", "calls", "dismissed", "dismisses", "branded", "brands",
]);
/// The second and third letters of the words of [`REPORT_LIKE_PAIRS`].
static REPORT_LIKE_PAIRS_2: Pairs = Pairs::of(&["ai", "ay", "ol", "el", "ep", "ta", "la", "ll", "dd", "ot", "ro", "we", "ns", "rg", "xp", "on", "ec", "st", "ou", "in", "or", "ea", "cc", "ar", "es", "al", "is", "ra", "nn"]);

/// `w` may be a reporting verb or a word of [`Ctx::report_like_at`]: its first two letters and its
/// next two are theirs. (The first two alone let "to", "in", "was" and "be" through.)
fn may_report(w: &str) -> bool {
    REPORT_LIKE_PAIRS.may_hold(w) && REPORT_LIKE_PAIRS_2.holds_next(w)
}

/// Negations and forms of "fail" ([`Ctx::negation_cue`]).
static NEGATION_PAIRS: Pairs = Pairs::of(&[
    "not", "n't", "never", "cannot", "won't", "can't", "didn't", "doesn't", "don't", "wouldn't", "isn't", "aren't", "wasn't", "weren't", "nor", "neither", "no", "failed", "fails", "fail",
]);
/// The words that [`Ctx::boundaries`] reads as the start of a clause (a word added there is added here).
static BOUNDARY_PAIRS: Pairs = Pairs::of(&[";", "while", "whereas", "though", "although", "when", "given", "as", ",", "adding", "compounding", "reinforcing", "which", "who", "but", "and", "that"]);

/// A verb of wanting: its subject asks for the measures it wants, and does not impose them.
fn wants(w: &str) -> bool {
    matches!(w, "want" | "wants" | "wanted")
}

/// A word of sanctions evasion ("evade", "circumventing", "breach", "sidestep").
fn evasion_word(w: &str) -> bool {
    EVASION_PAIRS.may_hold(w)
        && (["evad", "evasi", "circumvent", "bypass", "subvert", "violat", "breach", "skirt", "flout", "backfill", "undercut", "sidestep", "dodg"].iter().any(|p| pre(w, p)) || one_of!(w, "break" | "breaks" | "breaking" | "broke"))
}

/// The first two letters of [`evasion_word`]'s words.
static EVASION_PAIRS: Pairs = Pairs::of(&["ev", "ci", "by", "su", "vi", "br", "sk", "fl", "ba", "un", "si", "do"]);

/// Nouns that describe sanctioned parties without naming them.
/// A capitalised headline verb of sanctioning ("Prolongs", "Lifts").
pub(crate) fn headline_verb_word(w: &str) -> bool {
    // (every one ends in "s": most names do not, and are ruled out by their last byte)
    w.ends_with('s') && one_of!(w, "keeps" | "maintains" | "widens" | "expands" | "hits" | "slaps" | "announces" | "uses" | "adopts" | "prolongs" | "lifts" | "imposes" | "renews" | "eases" | "extends" | "targets" | "lists" | "blacklists" | "designates" | "sanctions" | "freezes" | "removes" | "adds" | "tightens" | "threatens" | "bans" | "suspends" | "delists" | "condemns" | "rejects")
}

/// A title-cased headline word that ends the noun phrase before it: a preposition or a
/// participle ("Traders Accused of …", "Firms Linked to …", "Shippers Over …").
fn headline_phrase_end(w: &str) -> bool {
    one_of!(w, "over" | "for" | "in" | "on" | "to" | "after" | "with" | "from" | "of" | "at" | "amid" | "as" | "by" | "into" | "through" | "behind" | "under" | "whether")
        || w.len() > 5 && w.ends_with("ed")
        // a headline's verb after its subject ("Nicaraguan Dissidents Ask Whether …")
        || one_of!(w, "ask" | "asks" | "say" | "says" | "fear" | "fears" | "face" | "faces" | "want" | "wants" | "seek" | "seeks" | "wonder" | "wonders" | "warn" | "warns" | "urge" | "urges" | "hope" | "hopes" | "doubt" | "doubts" | "weigh" | "weighs" | "brace" | "braces" | "count" | "counts" | "test" | "tests" | "split" | "splits" | "divide" | "divides")
        // a participle after the targets ("… Network Operating From …", "Firms Supplying …")
        || one_of!(w, "operating" | "supplying" | "selling" | "working" | "helping" | "funding" | "financing" | "feeding" | "smuggling" | "supporting" | "enabling" | "aiding" | "assisting" | "fueling" | "fuelling" | "shipping" | "moving" | "procuring" | "buying" | "evading" | "backing" | "arming")
}

/// A name made of sanctions nouns ("Restrictive Measures", "Coordinated Listings").
/// Whether a trigger can start at a word (lower case): every word that [`Ctx::trigger_at`]
/// or [`Ctx::more_trigger_at`] may return a trigger for. Most words of a text are none of
/// them, and the rules are not run there. (A rule on a new word must add it here; the
/// tests check that every rule's words pass.) Every one has three letters or more: the
/// length first rules out the many short words and marks, "in" and "as" among them.
fn may_trigger(w: &str) -> bool {
    w.len() >= 3
        && TRIGGER_PAIRS.may_hold(w)
        && TRIGGER_PAIRS_2.holds_next(w)
        && (matches!(
        w,
        "export" | "entity" | "unreliable" | "asset" | "assets" | "specially" | "economic" | "financial" | "restrictive" | "punitive"
            | "coercive" | "maximum" | "designee" | "designees" | "ban" | "bans" | "banned" | "banning" | "target" | "targets"
            | "targeting" | "targeted" | "suspended" | "suspends" | "suspension" | "revoked" | "revokes" | "costs" | "consequences"
            | "freeze" | "freezes" | "froze" | "frozen" | "freezing" | "unfreeze" | "unfreezes" | "unfroze" | "unfrozen" | "unfreezing" | "listed" | "lists" | "listing" | "listings" | "curbs"
            | "measures" | "relief" | "easing" | "loosening" | "relaxation" | "ineligible" | "blocked" | "comply" | "complies"
            | "complied" | "controls" | "price" | "bar" | "bars" | "barred" | "barring" | "general" | "list" | "sdn" | "removed" | "removes" | "measure" | "steps" | "pressure" | "countermeasures" | "blockade" | "evasion"
    ) || pre(w, "sanction")
        || pre(w, "delist")
        || pre(w, "relist")
        || pre(w, "embargo")
        || pre(w, "blacklist")
        || pre(w, "designat")
        || pre(w, "restrict")
        || pre(w, "prohibit")
        || pre(w, "reimpos")
        || pre(w, "re-impos")
        || pre(w, "reinstat"))
}

/// The first two letters of the words and prefixes of [`may_trigger`]: four words of five in
/// a text start as none of them, and are ruled out before the word comparisons.
static TRIGGER_PAIRS: Pairs = Pairs::of(&["as", "ba", "bl", "co", "cu", "de", "ea", "ec", "em", "en", "ev", "ex", "fi", "fr", "ge", "in", "li", "lo", "ma", "me", "pr", "pu", "re", "sa", "sd", "sp", "st", "su", "ta", "un"]);
/// The second and third letters of the words and prefixes of [`may_trigger`]: half of the words
/// that [`TRIGGER_PAIRS`] lets through ("said", "states", "against", "reported") are ruled out by
/// them before the word comparisons.
static TRIGGER_PAIRS_2: Pairs = Pairs::of(&[
    "an", "ar", "as", "ax", "co", "dn", "e-", "ea", "ei", "el", "em", "en", "es", "ev", "in", "is", "la", "lo", "mb", "ne", "nf", "nr", "nt", "oe", "om", "on", "oo", "os", "ou", "pe", "re", "ri", "ro", "ss",
    "te", "un", "ur", "us", "va", "xp",
]);

/// Contesting a measure: "challenge", "appeal", "contest", "petition", "fight".
fn contest_word(w: &str) -> bool {
    // (one byte first: most words start with another letter)
    matches!(w.as_bytes().first(), Some(b'c' | b'a' | b'p' | b'f')) && (pre(w, "challeng") || pre(w, "appeal") || pre(w, "contest") || pre(w, "petition") || one_of!(w, "fight" | "fights" | "fighting" | "fought"))
}

fn names_measures(surface: &str) -> bool {
    // (a last "Ban" only: "… Over Travel Ban", not "Ban Ki-moon")
    // (and in a headline a state's weapons programme, no party: "… Supporting Iran's Ballistic Missile Program")
    surface.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "Measures" | "Listings" | "Listing" | "Curbs" | "Restrictions" | "Sanctions" | "Embargo" | "Bans" | "Freezes"))
        || [" Ban", " Program", " Programs"].iter().any(|x| surface.ends_with(x))
}

/// A body of states ("European Union", "Economic Community of West African States", "NATO").
fn is_body(name: &str) -> bool {
    name.split(' ').any(|w| one_of!(w, "Union" | "Community" | "Alliance" | "Organization" | "Organisation" | "League" | "Council" | "Association" | "NATO" | "G7" | "G20" | "ECOWAS" | "ASEAN" | "Nations"))
}

fn is_described(w: &str) -> bool {
    matches!(w, "individuals" | "entities" | "persons" | "people" | "companies" | "firms" | "vessels" | "ships" | "tankers" | "officials" | "official" | "officer" | "executives" | "judges" | "prosecutors" | "businesses" | "banks" | "bank" | "shipper" | "shippers" | "chiefs" | "operator" | "operators" | "officers" | "commanders" | "networks" | "suppliers" | "traders" | "those" | "anyone" | "members" | "individual" | "entity" | "person" | "company" | "firm" | "vessel")
}

fn party_or_name(name: &str, label: Label) -> String {
    if label == Label::Gpe {
        party_name(name, label).own()
    } else {
        name.own()
    }
}

/// A word of a government body's name, lower-case ("foreign ministry", "defence office").
fn government_body_word(w: &str) -> bool {
    crate::quotes::is_government_noun(w) || one_of!(w, "foreign" | "embassy" | "defence" | "defense" | "interior" | "finance" | "trade" | "affairs" | "office" | "mission")
}

/// A verdict on measures ("the sanctions are unlawful").
fn verdict_word(w: &str) -> bool {
    one_of!(w, "illegal" | "unlawful" | "illegitimate" | "unjust" | "baseless" | "groundless")
}

fn is_report_verb(w: &str) -> bool {
    one_of!(w, "said" | "says" | "say" | "told" | "tells" | "reported" | "reports" | "stated" | "states" | "claimed" | "claims" | "alleged" | "added" | "noted" | "wrote" | "tweeted" | "insisted" | "argued" | "explained" | "confirmed" | "saying" | "declared")
}




/// Per-word cue before the trigger ("lifting sanctions", "additional sanctions").
/// Verbs of impact whose subject is the sanctions ("will starve", "sent a message", "cut off").
fn impact_verb(w: &str) -> bool {
    one_of!(w, "remove" | "removes" | "changing" | "starve" | "starved" | "starves" | "sent" | "send" | "sends" | "cut" | "cuts" | "change" | "changed" | "changes" | "strangle" | "strangled" | "strangles" | "choke" | "choked" | "chokes" | "deprive" | "deprived" | "deprives" | "isolate" | "isolated" | "isolates" | "break" | "cost" | "costs" | "crushed" | "crush" | "crushes" | "hurt" | "hit" | "hits" | "bite" | "bit" | "bites" | "stranded" | "strand"
        // what they do to people and trade: "sanctions leave looms idle", "push the generals closer",
        // "strip away that comfort", "have turned crews into collateral", "still shape the factory floor"
        | "leave" | "leaves" | "push" | "pushes" | "strip" | "strips" | "turn" | "turns" | "turned" | "shape" | "shapes" | "shaped" | "drive" | "drives" | "drove" | "close")
}

fn cue_before(w: &str, next: &str) -> Option<Action> {
    // (every cue below has four letters or more but these: most short words are none)
    if w.len() < 4 && !one_of!(w, "end" | "new" | "eas" | "uph") || !CUE_PAIRS.may_hold(w) {
        return None;
    }
    let a = if pre(w, "lift") || pre(w, "remov") || pre(w, "terminat") || pre(w, "revo") || pre(w, "rescind") || pre(w, "repeal") || pre(w, "delist") || pre(w, "unfreez") || w == "relieved" || w == "scrap" || w == "scrapped" || w == "scrapping" || w == "end" && next != "of" || w == "ending" || w == "ended" || w == "longer"
        // a court's or a negotiator's removal: "overturn", "quash", "set aside", "drop"
        || pre(w, "overturn") || pre(w, "quash") || pre(w, "annul") || w == "aside" || (pre(w, "stri") || w == "struck") && next == "down" || one_of!(w, "drop" | "drops" | "dropped" | "dropping") {
        Action::Lift
    } else if pre(w, "eas") && !pre(w, "east") && w.len() <= 6 || pre(w, "relax") || pre(w, "loosen") || pre(w, "soften") || w == "relief" || pre(w, "exempt") {
        Action::Ease
    } else if pre(w, "suspen") || pre(w, "waive") || w == "pause" || w == "pausing" || w == "paused" {
        Action::Suspend
    } else if pre(w, "maintain") || pre(w, "extend") || pre(w, "extensi") || pre(w, "uph") || matches!(w, "remain" | "remains" | "remained") && matches!(next, "frozen" | "blocked" | "under" | "subject" | "listed" | "designated" | "sanctioned" | "barred" | "banned") || pre(w, "renew") || pre(w, "prolong") || matches!(w, "keep" | "keeps" | "kept" | "keeping") || w == "current" || w == "still" || (pre(w, "continu") && next != "to") {
        Action::Extend
    } else if matches!(w, "additional" | "further" | "more" | "tougher" | "tighter" | "harsher" | "stronger" | "broader" | "expanded" | "covered" | "increased") || pre(w, "tighten") || pre(w, "strengthen") || pre(w, "increas") || pre(w, "expand") || pre(w, "escalat") || pre(w, "broaden") || pre(w, "widen") || pre(w, "intensif") || pre(w, "toughen") || (matches!(w, "step" | "stepped" | "stepping" | "ramp" | "ramped") && next == "up") {
        Action::Tighten
    } else if pre(w, "compl") && (pre(w, "comply") || pre(w, "complie") || pre(w, "complian")) || pre(w, "adher") || pre(w, "abide") || w == "line" && next == "with" || pre(w, "align") && next == "with" || one_of!(w, "implement" | "implements" | "implemented" | "implementing" | "enforce" | "enforces" | "enforced" | "enforcing" | "observe" | "observes" | "observed" | "respect" | "respects" | "respected") {
        Action::Comply
    } else if pre(w, "review") || pre(w, "reconsider") || pre(w, "reassess") || pre(w, "rethink") || pre(w, "revisit") {
        Action::Other
    } else if pre(w, "impos") || pre(w, "levy") || pre(w, "levie") || pre(w, "slap") || w == "adopting" || w == "adopt" || w == "introduce" || w == "introduced" || w == "new" {
        Action::Impose
    } else {
        return None;
    };
    Some(a)
}

/// The first two letters of the words and prefixes of [`cue_before`] (most words of a clause start as none of them).
static CUE_PAIRS: Pairs = Pairs::of(&[
    "ab", "ad", "al", "an", "as", "br", "co", "cu", "de", "dr", "ea", "en", "es", "ex", "fu", "ha", "im", "in", "ke", "le", "li", "lo", "ma", "mo", "ne", "ob", "ov", "pa", "pr", "qu", "ra", "re", "sc", "se", "sl", "so", "st", "su",
    "te", "ti", "to", "un", "up", "wa", "wi",
]);

/// Per-word cue after the trigger ("sanctions were lifted", "sanctions relief").
fn cue_after(w: &str, prev: &str) -> Option<Action> {
    let a = if w == "lifted" || w == "removed" || w == "terminated" || w == "revoked" || w == "ended" || one_of!(w, "lapse" | "lapses" | "lapsed" | "expire" | "expires" | "expired") {
        Action::Lift
    } else if w == "relief" || w == "eased" || w == "relaxed" || w == "exemptions" || w == "exemption" || w == "waivers" && prev == "sanctions" {
        Action::Ease
    } else if w == "suspended" || w == "waived" || w == "paused" {
        Action::Suspend
    } else if pre(w, "remain") || one_of!(w, "stay" | "stays" | "stayed" | "kept") || w == "extended" || w == "renewed" || pre(w, "renewal") || w == "maintained" || w == "extension" {
        Action::Extend
    } else if w == "imposed" || w == "levied" {
        Action::Impose
    } else if w == "tightened" || w == "expanded" || w == "strengthened" {
        Action::Tighten
    } else if matches!(w, "reviewed" | "reconsidered" | "reassessed") && matches!(prev, "be" | "been" | "being") {
        Action::Other
    } else {
        return None;
    };
    Some(a)
}

fn clause_of(bounds: &[usize], a: usize, b: usize, t: usize) -> (usize, usize) {
    let start = bounds.iter().rev().find(|&&k| k <= t).copied().unwrap_or(a);
    let end = bounds.iter().find(|&&k| k > t).copied().unwrap_or(b);
    (start, end)
}

/// [`title_case`] of one word, borrowed when it is an ASCII word in title case already.
fn title_case_word(s: &str) -> std::borrow::Cow<'_, str> {
    let b = s.as_bytes();
    if !s.contains(' ') && b.first().is_some_and(|c| c.is_ascii_uppercase()) && b[1..].iter().all(|c| c.is_ascii() && !c.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(title_case(s))
    }
}

fn title_case(s: &str) -> String {
    // (into one buffer: headlines in capitals title-case every word)
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut c = w.chars();
        if let Some(f) = c.next() {
            out.extend(crate::case::upper(f));
            let rest = c.as_str();
            if rest.is_ascii() {
                out.extend(rest.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                out.push_str(&crate::case::to_lower(rest));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists written as one string: no empty word, and the same letter pairs as the words.
    #[test]
    fn lists_in_one_string() {
        for list in [STATES, TITLES, NOT_NAMES, ORG_WORDS] {
            let w: Vec<&str> = words(list).collect();
            assert!(w.len() > 30 && w.iter().all(|w| !w.is_empty() && w.trim() == *w), "{list}");
            assert_eq!(Pairs::of_list(list).0, Pairs::of(&w).0);
        }
        for list in [DEMONYMS, STATE_ALIASES] {
            assert_eq!(pairs(list).count(), list.lines().count());
        }
    }

    /// Every trigger the rules find starts at a word [`may_trigger`] lets through: the
    /// prefilter never hides a rule. Sentences written for this test, one or more per rule.
    #[test]
    fn the_trigger_prefilter_hides_no_rule() {
        let text = "The Treasury imposed sanctions on Acme Ltd and sanctioned two banks. \
            The European Union extended its arms embargo and blacklisted three firms. \
            Washington designated the group; the designees are: John Roe and Jane Roe. \
            Officials said the ban, which banned exports, would stay. Canada bans imports. \
            The rules restrict trade with the region. Export controls and the Entity List were expanded. \
            Beijing added them to its unreliable entity list. An asset freeze and frozen funds followed. \
            Specially Designated Nationals face economic pressure and restrictive measures. \
            The measures targeted officials, and new sanctions targets were named. \
            The bloc suspended Mali from its institutions; the suspension stands. \
            The ministry revoked Acme's licence and suspended Acme's permit. \
            Russia will face severe costs and additional consequences. \
            The Council listed five people; today's listings add to earlier listings. \
            Curbs on exports and similar measures remain. The deal prohibits sales. \
            They sought the partial relief, reimposed the sanctions and reinstated the embargo. \
            Ministers supported the easing and any further loosening or relaxation. \
            He is ineligible for entry. Their assets are also blocked. We will comply.";
        let doc = crate::segment::segment(text);
        let ents = crate::entities::find(&doc, &crate::lexicon::Lexicon::default());
        let quotes = crate::quotes::find(&doc, &ents.mentions, &ents.clusters).unwrap_or_default();
        let lbuf = lower_text(&doc);
        let cx = Ctx::new(&doc, &lbuf, &ents.mentions, &ents.clusters, &quotes);
        let mut found = 0;
        for (s, sent) in doc.sentences.iter().enumerate() {
            let (a, b) = sent.tokens;
            for i in a..b {
                if let Some(t) = cx.trigger_at(i, a, b) {
                    found += 1;
                    assert!(may_trigger(cx.w(t.ts)), "sentence {s}: a trigger at {:?} that the prefilter skips", cx.w(t.ts));
                }
            }
        }
        assert!(found >= 30, "the test text should exercise most rules, found {found} triggers");
    }

    /// The lower-cased words are [`lower`] of every token, ASCII or not (curly apostrophes,
    /// dashes, accented and other letters), and a window of them past the last token is cut
    /// short ([`Ctx::words`]).
    #[test]
    fn the_lower_case_of_every_token() {
        for text in [
            "ZÜRICH — The Bank’s chief said on Monday that the new rules on Émile Zola’s firm would stay in force for \
             at least a year. Then THE MINISTRY OF FINANCE of Ruritania, citing RUSSIA’S moves, added twelve more names \
             to its list of designated persons in São Paulo and Łódź.",
            "Plain ASCII only: The Treasury said it would list THREE firms and two people on Tuesday, and more later.",
            "",
        ] {
            let doc = crate::segment::segment(text);
            let lbuf = lower_text(&doc);
            let cx = Ctx::new(&doc, &lbuf, &[], &[], &[]);
            for i in 0..doc.tokens.len() {
                assert_eq!(cx.w(i), doc.tok(i).replace('’', "'").to_lowercase(), "token {i} of {text:?}");
            }
            assert_eq!(cx.w(doc.tokens.len()), "");
            let n = doc.tokens.len();
            assert_eq!(cx.words(0..n + 3).len(), n);
            assert!(cx.words(n..n + 3).is_empty() && cx.words(n + 3..n).is_empty());
        }
    }

    /// The pairs of a rule let every word of the rule through, and most words of a text not.
    #[test]
    fn the_pairs_of_a_rule() {
        for w in ["called", "calls", "pressure", "pushing", "requests", "appealed", "urges", "demanding", "argued", "lobbied", "campaigned", "advocates", "proposed", "encouraged", "vows", "pledged", "promised", "asked", "recommends", "wants", "pressed", "committed", "agrees", "working", "preparing", "directs", "ordered", "instructed", "planning", "intends", "aims", "seeking", "sought", "considers", "weighing", "mulls", "should", "must", "shall", "needs", "will", "'ll", "would"] {
            assert!(DEMAND_PAIRS.may_hold(w) && DEMAND_PAIRS_2.holds_next(w), "{w}");
        }
        for w in ["in", "as", "we", "was", "or", "were", "new"] {
            assert!(!(DEMAND_PAIRS.may_hold(w) && DEMAND_PAIRS_2.holds_next(w)), "{w:?}");
        }
        for w in ["the", "of", "to", "and", "a", "that", "for", "is", "by", "it", "", ",", "."] {
            assert!(!DEMAND_PAIRS.may_hold(w), "{w:?}");
        }
        // (every reporting verb and word that attributes a view; not the short words that start as one)
        for w in ["said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "claimed", "claims", "alleged", "added", "noted", "wrote", "tweeted", "insisted", "argued", "explained", "confirmed", "saying", "declared", "estimates", "estimated", "believe", "believes", "believed", "argue", "argues", "contend", "contends", "found", "finds", "worry", "worries", "fear", "fears", "accused", "accuses", "warned", "warns", "announced", "announces", "described", "describes", "condemned", "condemns", "called", "calls", "dismissed", "dismisses", "branded", "brands"] {
            assert!(may_report(w), "{w}");
        }
        for w in ["to", "in", "was", "be", "been", "the", "", ",", "a", "s"] {
            assert!(!may_report(w), "{w:?}");
        }
        // (every word that starts a clause in `boundaries`; most words of a text start as none)
        for w in [";", "while", "whereas", "though", "although", "when", "given", "as", ",", "adding", "compounding", "reinforcing", "which", "who", "but", "and", "that"] {
            assert!(BOUNDARY_PAIRS.may_hold(w), "{w}");
        }
        for w in ["of", "to", "for", "is", "by", "it", "sanctions", "minister", "."] {
            assert!(!BOUNDARY_PAIRS.may_hold(w), "{w}");
        }
        // (both pair tables of `may_trigger` let its words and prefixes through, and rule out
        // most words of a text)
        for w in ["export", "unreliable", "specially", "coercive", "maximum", "designees", "relaxation", "ineligible", "countermeasures", "evasion", "sdn", "sanctioned", "delisting", "relisted", "embargoes", "blacklisted", "designating", "restricting", "prohibits", "reimposed", "re-imposed", "reinstating"] {
            assert!(may_trigger(w), "{w}");
        }
        for w in ["said", "states", "against", "reported", "the", "minister", "talks"] {
            assert!(!may_trigger(w), "{w}");
        }
        // (the pairs before the cue and evasion words let every one of them through)
        for w in [
            "lifting", "removed", "terminated", "revoked", "rescinded", "repealed", "delisted", "unfreeze", "relieved", "scrapped", "end", "ended", "longer", "overturned", "quashed", "annulled", "aside", "dropped", "eased", "relaxed",
            "loosened", "softened", "relief", "exempted", "suspended", "waived", "paused", "maintained", "extended", "upheld", "renewed", "prolonged", "kept", "current", "still", "continued", "additional", "further",
            "more", "tougher", "tighter", "harsher", "stronger", "broader", "expanded", "covered", "increased", "tightened", "strengthened", "escalated", "broadened", "widened", "intensified", "toughened", "complying",
            "adhered", "abide", "implemented", "enforced", "observed", "respected", "reviewed", "reconsidered", "reassessed", "rethink", "revisited", "imposed", "levy", "levied", "slapped", "adopting", "adopt",
            "introduce", "introduced", "new",
        ] {
            assert!(cue_before(w, "").is_some(), "{w}");
        }
        assert!(cue_before("struck", "down").is_some() && cue_before("stepped", "up").is_some() && cue_before("remained", "frozen").is_some() && cue_before("aligned", "with").is_some() && cue_before("line", "with").is_some());
        for w in ["evading", "evasion", "circumvented", "bypass", "subverting", "violated", "breached", "skirting", "flouted", "backfill", "undercut", "sidestepped", "dodging", "break", "broke"] {
            assert!(evasion_word(w), "{w}");
        }
    }

    /// The fallback names (no entity layer): every occurrence of a name has the same label and
    /// party, in capitals and in title case; with the entity layer's names (each cluster's party
    /// worked out once), the names come out in token order.
    #[test]
    fn the_facts_of_a_repeated_name() {
        let text = "RUSSIA SANCTIONS EXTENDED BY COUNCIL\n\nThe Ruritanian Foreign Ministry met Jon Vik in Oslo. \
            Russia and the Ruritanian Foreign Ministry disagreed, said Jon Vik. Jon Vik later left Russia for Oslo. \
            The Russian envoy met the RUSSIAN ENVOY.";
        let doc = crate::segment::segment(text);
        let lbuf = lower_text(&doc);
        let cx = Ctx::new(&doc, &lbuf, &[], &[], &[]);
        let found: Vec<(&str, Label, String)> = cx.fallback_entities(&|_, _| true).iter().map(|e| (Span::new(doc.tokens[e.ts].span().start, doc.tokens[e.te - 1].span().end).of(text), e.label, e.party.to_string())).collect();
        for (k, a) in found.iter().enumerate() {
            for b in &found[k + 1..] {
                if a.0 == b.0 {
                    assert_eq!((a.1, &a.2), (b.1, &b.2), "two occurrences of {:?}", a.0);
                }
            }
        }
        let of = |s: &str| found.iter().find(|f| f.0 == s).map(|f| (f.1, f.2.as_str()));
        assert_eq!(of("Russia"), Some((Label::Gpe, "Russia")));
        assert_eq!(of("RUSSIA"), Some((Label::Gpe, "Russia")));
        assert_eq!(of("Jon Vik"), Some((Label::Person, "Jon Vik")));
        assert_eq!(found.iter().filter(|f| f.0 == "Jon Vik").count(), 3);
        // with the entity layer's mentions too, in token order
        let ents = crate::entities::find(&doc, &crate::lexicon::Lexicon::default());
        let cx = Ctx::new(&doc, &lbuf, &ents.mentions, &ents.clusters, &[]);
        assert!(cx.ents.windows(2).all(|p| p[0].ts <= p[1].ts));
        assert!(cx.ents.iter().filter(|e| e.name == "Russia").all(|e| e.party == "Russia"));
    }

    /// The party asked to act: `asked_party` of the first trigger of `text`.
    fn asked(text: &str) -> Option<(Option<String>, ActorRule)> {
        let doc = crate::segment::segment(text);
        let ents = crate::entities::find(&doc, &crate::lexicon::Lexicon::default());
        let quotes = crate::quotes::find(&doc, &ents.mentions, &ents.clusters).unwrap_or_default();
        let lbuf = lower_text(&doc);
        let cx = Ctx::new(&doc, &lbuf, &ents.mentions, &ents.clusters, &quotes);
        let s = doc.sentences.len() - 1;
        let (a, b) = doc.sentences[s].tokens;
        let t = (a..b).find_map(|i| cx.trigger_at(i, a, b)).expect("a trigger");
        cx.asked_party(t, a)
    }

    /// The designee of the last sentence's word `noun` ("his designation", "its listing").
    fn designee(text: &str, noun: &str) -> Option<String> {
        let doc = crate::segment::segment(text);
        let ents = crate::entities::find(&doc, &crate::lexicon::Lexicon::default());
        let lbuf = lower_text(&doc);
        let cx = Ctx::new(&doc, &lbuf, &ents.mentions, &ents.clusters, &[]);
        let (a, b) = doc.sentences[doc.sentences.len() - 1].tokens;
        let ts = (a..b).find(|&k| cx.w(k) == noun).expect("the noun");
        cx.designee(Trig { ts, te: ts + 1, verb: false, weak: false }, a)
    }

    #[test]
    fn the_possessor_of_a_designation() {
        let firm = "Twelve of the ships are managed by Baltmar Tankers AS, whose shares fell on Monday. The company said it would challenge its listing in court.";
        assert_eq!(designee(firm, "listing"), Some("Baltmar Tankers AS".into()));
        // a person only when named earlier in the same sentence
        assert_eq!(designee("A judge dismissed a challenge by the magnate Jon Vik to his designation.", "designation"), Some("Jon Vik".into()));
        assert_eq!(designee("Jon Vik spoke in Oslo. Norway lifted sanctions on a former officer, saying the reasons for his designation no longer applied.", "designation"), None);
        // not the measures a party imposes ("its sanctions")
        assert_eq!(designee(firm.replace("listing", "sanctions").as_str(), "sanctions"), None);
    }

    #[test]
    fn the_party_asked_to_act() {
        assert_eq!(asked("Rights groups urged the European Union to impose sanctions on the generals."), Some((Some("European Union".into()), ActorRule::Default)));
        // an earlier body by the head noun of its name, or no one
        assert_eq!(asked("The Arms Control Committee met in Geneva. Activists urged the committee to impose sanctions on the generals."), Some((Some("Arms Control Committee".into()), ActorRule::Null)));
        assert_eq!(asked("Activists urged the panel to impose sanctions on the generals."), Some((None, ActorRule::Null)));
        // "the government" is left to the usual rules, and so is a request to do something else
        assert_eq!(asked("A new letter asks the government to freeze the assets of two prison chiefs."), None);
        assert_eq!(asked("Senators asked the Treasury Department to explain why the sanctioned yachts still sail."), None);
    }
}
