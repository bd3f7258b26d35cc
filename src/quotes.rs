//! Quotations: every direct and partial quote, its speaker and its reporting verb.
//!
//! Two passes. Detection pairs quotation marks paragraph by paragraph with a small
//! bounded stack (linear in the number of marks): straight marks take their direction
//! from the characters around them, apostrophes never open or close a quote, nested
//! quotes stay inside the outer one, and a mark left open ends its quote at the
//! paragraph end (the newspaper style of quotes running over several paragraphs).
//! Attribution then looks, in order, for a cue right after the quote ("…,” she said),
//! a cue earlier in the sentence (X said: “…”), a short attribution sentence after it,
//! and finally a continuation of the previous quote or of the previous sentence's
//! speaker. Speakers come from the entity mentions: names, pronouns resolved to the
//! nearest compatible person, descriptions ("the minister") matched to roles, and
//! organisations ("a spokesperson for X" gives X).

use crate::model::{Cluster, Gender, Label, Mention, Quote, QuoteKind};
use crate::segment::{starts_lower, starts_upper, Doc, Kind, Mark, Role};
use crate::span::Span;
use crate::sanctions::{tk, tok_span, Own, Pairs};

/// Deepest nesting of marks that is tracked; deeper opening marks are ignored, which
/// keeps pairing linear on any input.
const MAX_DEPTH: usize = 8;
/// Most tokens between a quote's closing mark and a following cue ("…,” Lavrov,
/// seated across the table, said).
const AFTER_WINDOW: usize = 14;
/// Most mentions looked at when resolving a pronoun.
const PRONOUN_LOOKBACK: usize = 80;
/// Most tokens looked at before a quote for its cue and subject (keeps very long
/// "sentences" of marks linear).
const BEFORE_WINDOW: usize = 80;

/// Find the quotes of `doc`, with speakers among `clusters`.
pub fn find(doc: &Doc, mentions: &[Mention], clusters: &[Cluster]) -> Option<Vec<Quote>> {
    let raws = detect(doc);
    let mut cx = Ctx::new(doc, mentions, clusters, &raws);
    let mut out: Vec<Quote> = Vec::with_capacity(raws.len());
    let mut attrs: Vec<Attr> = Vec::with_capacity(raws.len());
    for (qi, raw) in raws.iter().enumerate() {
        let kind = classify(&cx, raw);
        let attr = cx.attribute(qi, raw, kind, &raws, &attrs);
        cx.history.push(attr.clone());
        out.push(Quote {
            span: raw.span,
            kind,
            speaker: attr.speaker,
            speaker_label: attr.label.own(),
            speaker_mention: attr.mention,
            cue: attr.cue,
        });
        attrs.push(attr);
    }
    // a paragraph left open (newspaper style) whose speaker is named only in a later
    // paragraph of the same quote takes that speaker
    for qi in (0..raws.len().saturating_sub(1)).rev() {
        let (raw, next) = (&raws[qi], &raws[qi + 1]);
        if raw.close.is_none() && !attrs[qi].has_speaker() && attrs[qi + 1].has_speaker() && next.paragraph == raw.paragraph + 1 && cx.starts_sentence(next) {
            let a = attrs[qi + 1].clone();
            out[qi].speaker = a.speaker;
            out[qi].speaker_label = a.label.own();
            out[qi].speaker_mention = a.mention;
            out[qi].cue = a.cue;
            attrs[qi] = a;
        }
    }
    // a headline's quote that the body quotes again takes the speaker the body gives it
    // (the mention and cue stay the headline's own)
    if let Some(h) = cx.headline_paragraph {
        let key = |r: &Raw| lower(r.span.of(doc.text).trim_matches(|c: char| !c.is_alphanumeric())).into_owned();
        for qi in (0..raws.len()).filter(|&q| raws[q].paragraph == h && !attrs[q].has_speaker()) {
            let k = key(&raws[qi]);
            // (the same words first; inside a longer quote only three words or more)
            let said = |exact: bool| (0..raws.len()).find(|&b| raws[b].paragraph != h && attrs[b].has_speaker() && if exact { key(&raws[b]) == k } else { key(&raws[b]).contains(&k) });
            if let Some(b) = said(true).or_else(|| (k.split_whitespace().count() >= 3).then(|| said(false)).flatten()).filter(|_| !k.is_empty()) {
                out[qi].speaker = attrs[b].speaker;
                out[qi].speaker_label = attrs[b].label.own();
            }
        }
    }
    Some(out)
}

// ---------- detection ----------

/// A quote found by pairing marks: token indices of its marks and the span inside.
#[derive(Clone, Copy, Debug)]
struct Raw {
    open: usize,
    /// The closing mark; `None` when the quote runs to the paragraph end.
    close: Option<usize>,
    /// The first token after the quote (the closing mark's successor, or the paragraph end).
    after: usize,
    span: Span,
    paragraph: usize,
}

#[derive(Clone, Copy)]
struct Shape {
    mark: Mark,
    ch: char,
    /// Text follows directly and the mark does not close a word: it can open.
    left: bool,
    /// Text precedes directly and the mark does not start a word: it can close.
    right: bool,
    /// An apostrophe of elision ('em, 'til, ‘90s).
    elision: bool,
}

fn is_word_like(kind: Kind) -> bool {
    matches!(kind, Kind::Word | Kind::Number)
}

fn shape(doc: &Doc, i: usize, lo: usize, hi: usize, mark: Mark) -> Shape {
    let toks = &doc.tokens;
    let prev_glued = i > lo && !toks[i].space_before;
    let next_glued = i + 1 < hi && !toks[i + 1].space_before;
    let prev_word = prev_glued && is_word_like(toks[i - 1].kind);
    let next_word = next_glued && is_word_like(toks[i + 1].kind);
    let next_text = if next_glued { doc.tok(i + 1) } else { "" };
    let prev_text = if prev_glued { doc.tok(i - 1) } else { "" };
    let next_closing_punct = one_of!(next_text, "," | "." | ";" | ":" | "!" | "?" | ")" | "]");
    let mut left = next_glued && !next_closing_punct && !prev_word;
    let mut right = prev_glued && !next_word;
    // a stop or comma glued before the mark: the mark ends a quote ("…go."He)
    if one_of!(prev_text, "." | "," | "!" | "?" | ";" | "…" | "...") {
        right = true;
    }
    if left && right && prev_glued && !matches!(toks[i - 1].kind, Kind::Quote(_) | Kind::Dash) && prev_text != "(" && prev_text != "[" {
        // "…,"he said: both readings are possible; the pairing state decides
        left = true;
    }
    let ch = doc.tok(i).chars().next().unwrap_or('"');
    let elision = next_glued && {
        let n = next_text.to_ascii_lowercase();
        (toks[i + 1].kind == Kind::Number && n.len() >= 2 && n.ends_with('s'))
            || one_of!(n.as_str(), "em" | "til" | "cause" | "bout" | "tis" | "twas" | "cuz" | "n")
    };
    Shape { mark, ch, left, right, elision }
}

/// Pair the quotation marks of every paragraph.
fn detect(doc: &Doc) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut marks: Vec<(usize, Shape)> = Vec::new();
    let mut single_close_after: Vec<bool> = Vec::new();
    // stack entries: (index into marks, is double, opening char)
    let mut stack: Vec<(usize, bool, char)> = Vec::with_capacity(MAX_DEPTH);
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let (s0, s1) = para.sentences;
        if s0 >= s1 {
            continue;
        }
        let lo = doc.sentences[s0].tokens.0;
        let hi = doc.sentences[s1 - 1].tokens.1;
        marks.clear();
        for i in lo..hi {
            if let Kind::Quote(m) = doc.tokens[i].kind {
                marks.push((i, shape(doc, i, lo, hi, m)));
            }
        }
        if marks.is_empty() {
            continue;
        }
        // can some later mark of the paragraph close a single quote?
        single_close_after.clear();
        single_close_after.resize(marks.len() + 1, false);
        for k in (0..marks.len()).rev() {
            let s = marks[k].1;
            single_close_after[k] = single_close_after[k + 1] || (!s.mark.is_double() && s.right && !s.elision);
        }
        stack.clear();
        for k in 0..marks.len() {
            let (i, s) = marks[k];
            let double = s.mark.is_double();
            let innermost_double = stack.iter().rev().find(|e| e.1).map(|e| e.2);
            let has_single = stack.iter().any(|e| !e.1);
            let (can_open, can_close) = match s.mark {
                Mark::DoubleOpen => {
                    // German „…“ and reversed »…«; a “ typed for a closing ”
                    let pairs = matches!((innermost_double, s.ch), (Some('„'), '“') | (Some('»'), '«'));
                    (true, pairs || (innermost_double.is_some() && s.right && !s.left))
                }
                // ” or » opening (Scandinavian and German styles)
                Mark::DoubleClose => (s.left && !s.right && innermost_double.is_none(), true),
                Mark::DoubleStraight => (s.left || !s.right, s.right || !s.left),
                Mark::SingleOpen => (s.left && !s.elision, has_single && s.right && !s.left),
                Mark::SingleClose => (false, has_single && (s.right || !s.left)),
                Mark::SingleStraight => (s.left && !s.right && !s.elision, has_single && (s.right || !s.left)),
            };
            let target = if can_close { stack.iter().rposition(|e| e.1 == double) } else { None };
            if let Some(j) = target {
                if j == 0 {
                    let (ok, _, _) = stack[0];
                    let open = marks[ok].0;
                    if let Some(span) = inner_span(doc, open, tk(doc, i).span().start) {
                        out.push(Raw { open, close: Some(i), after: i + 1, span, paragraph: p });
                    }
                }
                stack.truncate(j);
            } else if can_open && stack.len() < MAX_DEPTH {
                // a single mark opening at the top level needs a closing mark later on
                if double || !stack.is_empty() || single_close_after[k + 1] {
                    stack.push((k, double, s.ch));
                }
            }
        }
        if let Some(&(ok, _, _)) = stack.first() {
            let open = marks[ok].0;
            if let Some(span) = inner_span(doc, open, tk(doc, hi - 1).span().end) {
                out.push(Raw { open, close: None, after: hi, span, paragraph: p });
            }
        }
    }
    out
}

/// The text from the end of the opening mark `open` to byte `stop` (a closing mark's
/// start or the paragraph end), without white space at either edge; `None` when empty.
fn inner_span(doc: &Doc, open: usize, stop: usize) -> Option<Span> {
    let start = tk(doc, open).span().end;
    if stop <= start {
        return None;
    }
    let s = Span::new(start, stop).of(doc.text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let span = Span::new(start + lead, stop - trail);
    if span.is_empty() {
        None
    } else {
        Some(span)
    }
}

// ---------- word lists ----------

/// Reporting words, lower case: verbs in every tense and the naming and citing verbs.
const CUES: &[&str] = &[
    "accused", "accuses", "acknowledged", "acknowledges", "add", "added", "adding", "adds", "admits", "admitted",
    "advised", "advises", "affirmed", "affirms", "agreed", "alleged", "alleges", "announced", "announces",
    "announcing", "argued", "argues", "arguing", "ask", "asked", "asking", "asks", "assured", "believes", "boasted",
    "boasts", "branded", "brands", "call", "called", "calling", "calls", "cautioned", "cautions", "charged", "cited",
    "cites", "citing", "claimed", "claiming", "claims", "commented", "complained", "complains", "conceded", "concedes",
    "concluded", "concludes", "condemned", "condemns", "confirmed", "confirms", "contended", "contends", "continued",
    "continues", "countered", "criticised", "criticises", "criticized", "criticizes", "declared", "declares",
    "declaring", "defended", "defends", "demanded", "denied", "denies", "denounced", "denounces", "described",
    "describes", "dismissed", "dismisses", "dubbed", "dubs", "emphasised", "emphasized", "explained", "explains",
    "found", "hailed", "hoped", "hopes", "insisted", "insists", "joked", "labeled", "labelled", "labels", "lamented", "laments",
    "mentioned", "named", "names", "noted", "notes", "noting", "observed", "observes", "pledged", "posted",
    "predicted", "predicts", "promised", "quipped", "quoted", "quoting", "recalled", "recalls", "rejected", "rejects", "remarked", "replied",
    "reported", "reports", "responded", "responds", "retorted", "retorts", "revealed", "reveals", "said", "say",
    "saying", "says", "shouted", "speaking", "spoke", "stated", "states", "stressed", "stresses", "stressing",
    "suggested", "suggests", "summed", "tell", "telling", "tells", "termed", "terms", "testified", "testifies",
    "thundered", "told", "tweeted", "tweets", "underlined", "underscored", "urged", "urges", "vowed", "warned",
    "warning", "warns", "wondered", "write", "writes", "writing", "written", "wrote",
];

/// The first two letters of [`CUES`]: most words of a text start as none of them and are not
/// searched for in the list.
static CUE_PAIRS: Pairs = Pairs::of(CUES);

/// `w` (lower case) is one of [`CUES`].
fn is_cue(w: &str) -> bool {
    CUE_PAIRS.may_hold(w) && in_list(CUES, w)
}

/// Cues that put a whole clause in the quote when they come right before it.
const CLAUSE_CUES: &[&str] = &["saying", "that", "declaring", "adding", "writing", "stating", "asking"];

/// Words that open a fronted phrase before the subject ("In a statement, the SDF said").
const FRONTED: &[&str] = &[
    "according", "addressing", "after", "against", "although", "as", "asked", "at", "because", "before", "despite",
    "during", "earlier", "following", "for", "from", "if", "in", "later", "meanwhile", "on", "since", "speaking",
    "talking", "though", "under", "when", "while", "with", "writing",
];

const PREPOSITIONS: &[&str] = &[
    "about", "against", "among", "at", "between", "by", "for", "from", "in", "into", "near", "of", "on", "over", "to", "toward",
    "towards", "under", "with", "without",
];

/// Heads of descriptions that stand for a person ("the minister").
const PERSON_HEADS: &[&str] = &[
    "activist", "admiral", "adviser", "advisor", "aide", "ambassador", "analyst", "attorney", "banker", "broker",
    "captain", "chairman", "chairperson", "chairwoman", "chancellor", "chief", "colleague", "colonel", "commander",
    "commissioner", "congressman", "congresswoman", "consultant", "diplomat", "director", "economist", "emir",
    "employee", "envoy", "executive", "expert", "exporter", "farmer", "general", "governor", "grower", "head",
    "importer", "investor", "judge", "lawmaker", "lawyer", "leader", "legislator", "lieutenant", "manager", "marshal",
    "mayor", "minister", "negotiator", "officer", "official", "owner", "pilot", "premier", "president", "professor",
    "prosecutor", "rapporteur", "representative", "researcher", "resident", "secretary", "senator", "sergeant",
    "sheikh", "specialist", "spokesman", "spokesperson", "spokeswoman", "trader", "worker",
];

/// Heads of descriptions that stand for an organisation ("the ministry").
const ORG_HEADS: &[&str] = &[
    "agency", "army", "bank", "board", "broadcaster", "commission", "committee", "company", "council", "court", "delegation", "department",
    "embassy", "firm", "government", "group", "media", "military", "ministry", "mission", "office", "organisation", "organization", "party",
    "police", "regime", "secretariat", "service", "television", "tv", "union",
];

/// The last word of a company's name ("Acme Ltd"), lower case.
const COMPANY_SUFFIXES: &[&str] = &[
    "ag", "co", "corp", "corporation", "gmbh", "inc", "limited", "llc", "ltd", "nv", "plc", "pjsc", "sa", "spa",
];

/// Collective speakers that get a descriptive label ("officials said").
const COLLECTIVES: &[&str] = &[
    "analysts", "critics", "diplomats", "experts", "judges", "lawmakers", "officials", "protesters", "residents", "sources",
    "witnesses",
];

/// Capitalised words that are not names (sentence starters, titles, months, days).
const NOT_NAMES: &[&str] = &[
    "A", "According", "Acting", "Admiral", "After", "All", "Also", "Ambassador", "An", "And", "Another", "As", "At", "Both",
    "But", "Chancellor", "Chief", "Col", "Colonel", "Commissioner", "Crown", "Dame", "Deputy", "Dr", "During", "Emperor",
    "Few", "Foreign", "Former", "Friday", "Gen", "General", "Governor", "He", "Her", "His", "Hon", "Honorable",
    "Honourable", "However", "I", "If", "In", "It", "Its", "Judge", "Justice", "King", "Lt", "Many", "Mayor", "Minister",
    "Monday", "Most", "Mr", "Mrs", "Ms", "On", "One", "Other", "Pope", "Premier", "President", "Prime", "Prince", "Princess",
    "Prof", "Professor", "Queen", "Rep", "Representative", "Saturday", "Secretary", "Sen", "Senator", "Several", "She",
    "Sheikh", "Sir", "Some", "Speaker", "Spokesman", "Spokesperson", "Spokeswoman", "Sunday", "That", "The", "Their",
    "Then", "There", "These", "They", "This", "Thursday", "Tuesday", "Under", "Vice", "We", "Wednesday", "When", "While",
    "You",
];

/// Lower-case particles inside names ("Mohammad bin Salman", "Le Drian").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "des", "di", "du", "el", "ibn", "la", "le", "van", "von",
];

/// Capitals standing for their governments, with the country.
const CAPITALS: &[(&str, &str)] = &[
    ("Abu Dhabi", "United Arab Emirates"), ("Abuja", "Nigeria"), ("Addis Ababa", "Ethiopia"), ("Algiers", "Algeria"),
    ("Amman", "Jordan"), ("Ankara", "Turkey"), ("Astana", "Kazakhstan"), ("Athens", "Greece"), ("Baghdad", "Iraq"),
    ("Baku", "Azerbaijan"), ("Bangkok", "Thailand"), ("Beijing", "China"), ("Beirut", "Lebanon"), ("Belgrade", "Serbia"),
    ("Berlin", "Germany"), ("Bogota", "Colombia"), ("Bogotá", "Colombia"), ("Brasilia", "Brazil"), ("Brasília", "Brazil"),
    ("Bucharest", "Romania"), ("Budapest", "Hungary"), ("Buenos Aires", "Argentina"), ("Cairo", "Egypt"),
    ("Canberra", "Australia"), ("Caracas", "Venezuela"), ("Copenhagen", "Denmark"), ("Damascus", "Syria"),
    ("Delhi", "India"), ("Dhaka", "Bangladesh"), ("Doha", "Qatar"), ("Dublin", "Ireland"), ("Hanoi", "Vietnam"),
    ("Havana", "Cuba"), ("Helsinki", "Finland"), ("Islamabad", "Pakistan"), ("Jakarta", "Indonesia"),
    ("Kabul", "Afghanistan"), ("Khartoum", "Sudan"), ("Kuala Lumpur", "Malaysia"), ("Kyiv", "Ukraine"), ("Lima", "Peru"),
    ("Lisbon", "Portugal"), ("London", "United Kingdom"), ("Madrid", "Spain"), ("Managua", "Nicaragua"),
    ("Manila", "Philippines"), ("Mexico City", "Mexico"), ("Minsk", "Belarus"), ("Moscow", "Russia"),
    ("Nairobi", "Kenya"), ("New Delhi", "India"), ("Oslo", "Norway"), ("Ottawa", "Canada"), ("Paris", "France"),
    ("Prague", "Czech Republic"), ("Pretoria", "South Africa"), ("Pyongyang", "North Korea"), ("Riyadh", "Saudi Arabia"),
    ("Rome", "Italy"), ("Sanaa", "Yemen"), ("Seoul", "South Korea"), ("Stockholm", "Sweden"), ("Taipei", "Taiwan"),
    ("Tbilisi", "Georgia"), ("Tehran", "Iran"), ("Tokyo", "Japan"), ("Tripoli", "Libya"), ("Vienna", "Austria"),
    ("Warsaw", "Poland"), ("Washington", "United States"), ("Wellington", "New Zealand"), ("Yerevan", "Armenia"),
];

fn capital_country(name: &str) -> Option<&'static str> {
    CAPITALS.binary_search_by(|(c, _)| c.cmp(&name)).ok().map(|k| CAPITALS[k].1)
}

/// The adjective of a country from the gazetteer's nationality words ("China" →
/// "Chinese"): the shortest singular form whose canonical name is the country.
///
/// One pass over the gazetteer, on first use, gives every country its adjective.
fn country_adjective(country: &str) -> Option<&'static str> {
    static ADJECTIVES: std::sync::OnceLock<crate::lexicon::WordMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let rank = |w: &str| (w.ends_with('s') && !w.ends_with("ss"), w.len());
    ADJECTIVES
        .get_or_init(|| {
            let mut best = crate::lexicon::WordMap::default();
            for (surface, label, canonical) in crate::tables::GAZETTEER.iter() {
                if label != "NORP" || surface == canonical || !starts_upper(surface) || surface.contains(' ') {
                    continue;
                }
                // the first of equally good forms, as in gazetteer order
                let e = best.entry(canonical).or_insert(surface);
                if rank(surface) < rank(e) {
                    *e = surface;
                }
            }
            best
        })
        .get(country)
        .copied()
}

fn in_list(list: &[&str], w: &str) -> bool {
    crate::lexicon::in_sorted(list, w)
}

/// The lower case of `s`; borrowed when `s` is already lower-case ASCII (most words are).
fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(crate::case::to_lower(s))
    }
}

/// `f` of the lower case of `s`, without allocating for a short ASCII word.
fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 32;
    if s.len() <= MAX && s.is_ascii() {
        // (most words are lower-case already)
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(s);
        }
        let mut buf = [0u8; MAX];
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays ASCII, so valid UTF-8
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&lower(s))
    }
}

// ---------- kinds ----------

/// Direct for a quoted sentence or clause, partial for a fragment of the reporter's sentence.
fn classify(cx: &Ctx, raw: &Raw) -> QuoteKind {
    let doc = cx.doc;
    let s = doc.sentence_of(raw.open);
    let sent_start = doc.sentences[s].tokens.0;
    // the token before the opening mark, skipping bullets and dashes at a sentence start
    let before = (raw.open > sent_start)
        .then(|| raw.open - 1)
        .filter(|&b| !(b == sent_start && one_of!(doc.tok(b), "•" | "*" | "-" | "–" | "—" | "·" | "▪")));
    let content = raw.span.of(doc.text);
    let opens_upper = starts_upper(content.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let ends_punct = content.trim_end().ends_with(['.', ',', '!', '?', '…', ';']);
    let ends_sentence = ends_punct || closes_sentence(cx, raw);
    // the reporter's sentence goes on straight after the quote ("Peace" was the word)
    let follows_word = raw.after < doc.tokens.len()
        && raw.close.is_some()
        && doc.sentence_of(raw.after) == s
        && tk(doc, raw.after).kind == Kind::Word
        && !ends_punct
        && !cx.is_cue_word(raw.after)
        && pronoun_kind(doc.tok(raw.after)).is_none()
        && starts_lower(doc.tok(raw.after));
    if follows_word {
        return QuoteKind::Partial;
    }
    let Some(b) = before else {
        return QuoteKind::Direct;
    };
    let bt = doc.tok(b);
    match bt {
        ":" => QuoteKind::Direct,
        "," if opens_upper => QuoteKind::Direct,
        "," => after_comma(cx, b, sent_start),
        _ if tk(doc, b).kind == Kind::Word => {
            let w = lower(bt);
            let naming = matches!(&*w, "cited" | "citing" | "cites")
                || ["call", "name", "dub", "label", "brand", "term"].iter().any(|p| w.starts_with(p));
            // ("a relic" that "only harms": a relative "that" after a quoted noun phrase)
            let relative = w == "that" && b > sent_start && matches!(tk(doc, b - 1).kind, Kind::Quote(_));
            let clause = !relative && (in_list_unsorted(CLAUSE_CUES, &w) || (cx.is_cue_word(b) && !naming));
            if clause && ends_sentence {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            }
        }
        // a dateline or a live blog's time before a dash ("OSLO — “…”", "14:20 – “…”")
        _ if tk(doc, b).kind == Kind::Dash && (sent_start..b).all(|i| !starts_lower(doc.tok(i))) => QuoteKind::Direct,
        _ => QuoteKind::Partial,
    }
}

/// The kind of a quote opening in lower case after a comma: a clause when it goes on
/// from a quote split by its attribution ("…,” she said, “and …”) or follows a whole
/// attribution ("She said, “…", "As the ministry put it, “…”"); otherwise a fragment of
/// the reporter's sentence ("Mr. Park, she said, “answers …”", "X said prices could
/// fall, “until …”").
#[inline(never)]
fn after_comma(cx: &Ctx, b: usize, sent_start: usize) -> QuoteKind {
    let clause_lo = cx.clause_start(b, sent_start);
    let split = clause_lo > sent_start && cx.in_quote[clause_lo - 1];
    let has_cue = (clause_lo..b).any(|i| cx.is_cue_word(i));
    let whole = cx.word(clause_lo) == "As"
        || (b.saturating_sub(4).max(clause_lo)..b).any(|i| cx.is_cue_word(i)) && (clause_lo..b).all(|i| cx.word(i) != ",");
    if has_cue && (split || whole) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

fn in_list_unsorted(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// The closing mark is followed by the end of its sentence (or of the paragraph).
fn closes_sentence(cx: &Ctx, raw: &Raw) -> bool {
    let doc = cx.doc;
    let Some(c) = raw.close else { return true };
    let s = doc.sentence_of(c);
    let end = doc.sentences[s].tokens.1;
    let mut j = c + 1;
    while j < end && one_of!(doc.tok(j), "." | "!" | "?" | ")" | "]") {
        j += 1;
    }
    j >= end
}

// ---------- attribution ----------

#[derive(Clone, Debug, Default)]
struct Attr {
    speaker: Option<usize>,
    label: Option<String>,
    mention: Option<Span>,
    cue: Option<Span>,
}

impl Attr {
    fn has_speaker(&self) -> bool {
        self.speaker.is_some() || self.label.is_some()
    }
}

/// A speaker found in a stretch of tokens.
#[derive(Clone, Debug)]
struct Who {
    speaker: Option<usize>,
    label: Option<String>,
    mention: Span,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pron {
    He,
    She,
    They,
    It,
}

fn pronoun_kind(w: &str) -> Option<Pron> {
    match w {
        "he" | "He" | "HE" => Some(Pron::He),
        "she" | "She" | "SHE" => Some(Pron::She),
        "they" | "They" | "THEY" => Some(Pron::They),
        "it" | "It" => Some(Pron::It),
        _ => None,
    }
}

/// A byline, credit or dateline paragraph: "By Jane Doe", "Photo: … (Jane Doe/Agency)",
/// "Additional reporting by …", or a short line with no stop after the headline
/// ("Jane Doe, Lisbon").
fn is_byline(doc: &Doc, p: usize, in_quote: &[bool]) -> bool {
    let (s0, s1) = doc.paragraphs[p].sentences;
    if s0 >= s1 {
        return false;
    }
    let (a, b) = (doc.sentences[s0].tokens.0, doc.sentences[s1 - 1].tokens.1);
    if a >= b {
        return false;
    }
    // the cheap shape tests first: only a credit or a short line needs the scans below
    let ends_stop = one_of!(doc.tok(b - 1), "." | "!" | "?" | "…");
    // (only a word with the first letter of one below is lowered: most paragraphs' first are not)
    let first = match doc.tok(a).as_bytes().first().map(|c| c | 0x20) {
        Some(b'a' | b'b' | b'c' | b'e' | b'i' | b'p' | b'r' | b'v' | b'w') => lower(doc.tok(a)),
        _ => std::borrow::Cow::Borrowed(""),
    };
    let credit = match &*first {
        "by" => b - a <= 14 && !ends_stop,
        "photo" | "photograph" | "picture" | "image" | "video" | "credit" | "credits" => a + 1 < b && doc.tok(a + 1) == ":",
        "reporting" | "additional" | "editing" | "writing" | "compiled" | "produced" => {
            (a + 1..(a + 4).min(b)).any(|i| lower(doc.tok(i)) == "by") && b - a <= 20
        }
        _ => false,
    };
    let short_line = p > 0 && s1 == s0 + 1 && b - a <= 8 && !one_of!(doc.tok(b - 1), "." | "!" | "?" | ":" | "…");
    if !(credit || short_line) {
        return false;
    }
    !(a..b).any(|i| in_quote[i]) && !(a..b).any(|i| is_cue(&lower(doc.tok(i))))
}

/// "JANE DOE-ROE, SECRETARY OF STATE" as a line of the first paragraphs: a name of two
/// to four capitalised words, a comma, and a title with no digits; the name, in title
/// case when written in capitals.
fn header_issuer(doc: &Doc) -> Option<String> {
    for para in doc.paragraphs.iter().take(5) {
        let text = para.span.of(doc.text);
        for line in text.lines().take(6) {
            let Some((name, title)) = line.split_once(',') else { continue };
            // (two to four words before the comma and one to eight after it, counted no
            // further: most paragraphs hold a comma after more words than that)
            if !(2..=4).contains(&name.split_whitespace().take(5).count()) || !(1..=8).contains(&title.split_whitespace().take(9).count()) {
                continue;
            }
            let words: Vec<&str> = name.split_whitespace().collect();
            let name_ok = words.iter().all(|w| {
                starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.') && !in_list(NOT_NAMES, &title_case(w))
            });
            let title_ok = !title.chars().any(|c| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | '(' | ':'))
                && title.split_whitespace().next().is_some_and(starts_upper);
            if name_ok && title_ok {
                return Some(words.iter().map(|w| if w.chars().any(|c| c.is_lowercase()) { w.own() } else { title_case(w) }).collect::<Vec<_>>().join(" "));
            }
        }
    }
    None
}

/// "WHITFIELD-OSEI" → "Whitfield-Osei".
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(crate::case::upper(c));
        } else {
            out.extend(crate::case::lower(c));
        }
        start = !c.is_alphabetic();
    }
    out
}

fn speaker_label(l: Label) -> bool {
    matches!(l, Label::Person | Label::Org | Label::Gpe | Label::Norp)
}

struct Ctx<'a, 't> {
    doc: &'a Doc<'t>,
    mentions: &'a [Mention],
    clusters: &'a [Cluster],
    /// For each token, 1 + the index of the mention covering it (0: none).
    tok_mention: Vec<u32>,
    /// For each token, whether it lies inside a quote (marks included).
    in_quote: Vec<bool>,
    /// Genders learnt from resolved pronouns, per cluster.
    learnt: Vec<Gender>,
    /// Headline paragraphs (the first paragraph when it has no final stop).
    headline_paragraph: Option<usize>,
    /// Per paragraph: a byline, credit or dateline ("By Jane Doe", "Photo: …"), whose
    /// names never speak.
    byline: Vec<bool>,
    /// The attributions made so far, in quote order.
    history: Vec<Attr>,
    /// Names the entity layer missed that were taken as a cue's subject: (token, who).
    names: Vec<(usize, Who)>,
    /// The issuer named in the header of a statement ("JANE DOE, SECRETARY OF STATE"),
    /// who is the first-person "I" of the text.
    issuer: Option<String>,
}

impl<'a, 't> Ctx<'a, 't> {
    fn new(doc: &'a Doc<'t>, mentions: &'a [Mention], clusters: &'a [Cluster], raws: &[Raw]) -> Ctx<'a, 't> {
        let n = doc.tokens.len();
        let mut tok_mention = vec![0u32; n];
        let mut t = 0;
        for (mi, m) in mentions.iter().enumerate() {
            if m.cluster >= clusters.len() {
                continue;
            }
            // tokens are sorted; mentions are sorted by start
            while t < n && doc.tokens[t].span().end <= m.span.start {
                t += 1;
            }
            let mut u = t;
            while u < n && doc.tokens[u].span().start < m.span.end {
                tok_mention[u] = mi as u32 + 1;
                u += 1;
            }
        }
        let mut in_quote = vec![false; n];
        for r in raws {
            let end = r.close.map(|c| c + 1).unwrap_or(r.after).min(n);
            for q in in_quote.iter_mut().take(end).skip(r.open) {
                *q = true;
            }
        }
        let headline_paragraph = doc.paragraphs.first().and_then(|p| {
            let (s0, s1) = p.sentences;
            if s1 != s0 + 1 {
                return None;
            }
            let (a, b) = doc.sentences[s0].tokens;
            let last = doc.tok(b - 1);
            let ends = one_of!(last, "." | "!" | "?" | "…") || (b >= a + 2 && matches!(doc.tok(b - 2), "." | "!" | "?"));
            if ends || b - a > 30 {
                None
            } else {
                Some(0)
            }
        });
        let byline = (0..doc.paragraphs.len()).map(|p| is_byline(doc, p, &in_quote)).collect();
        Ctx {
            doc,
            mentions,
            clusters,
            tok_mention,
            in_quote,
            learnt: vec![Gender::Unknown; clusters.len()],
            headline_paragraph,
            byline,
            history: Vec::new(),
            names: Vec::new(),
            issuer: header_issuer(doc),
        }
    }

    fn word(&self, i: usize) -> &'t str {
        self.doc.tok(i)
    }

    fn is_cue_word(&self, i: usize) -> bool {
        // (a word of a name is no cue: "the United States")
        if tk(self.doc, i).kind != Kind::Word || self.in_quote[i] || self.mention_at(i).is_some() {
            return false;
        }
        with_lower(self.word(i), |w| self.is_cue_lower(i, w))
    }

    /// [`Self::is_cue_word`] for the word token `i` outside quotes, lower-cased as `w`.
    fn is_cue_lower(&self, i: usize, w: &str) -> bool {
        if w == "according" {
            return i + 1 < self.doc.tokens.len() && self.word(i + 1).eq_ignore_ascii_case("to");
        }
        // "as one trader put it"
        if w == "put" {
            return i + 1 < self.doc.tokens.len() && self.word(i + 1) == "it";
        }
        // "the statement read: …" (a document's words; "read" is no cue otherwise)
        if matches!(w, "read" | "reads") {
            let lo = self.doc.sentences[self.doc.sentence_of(i)].tokens.0.max(i.saturating_sub(6));
            return (lo..i).any(|j| is_document_noun(&lower(self.word(j))));
        }
        // "called for" and "call on" ask for something rather than call it something
        if !is_cue(w) {
            return false;
        }
        // nouns that look like verbs: "the names", "its terms", "of calls", "the call for
        // talks", "the states of the region"
        if one_of!(w, "names" | "terms" | "labels" | "brands" | "call" | "calls" | "claims" | "reports" | "notes" | "states") && i > 0 {
            let p = lower(self.word(i - 1));
            if one_of!(&*p, "the" | "a" | "its" | "their" | "his" | "her" | "our" | "whose" | "these" | "those" | "two" | "many" | "new")
                || in_list(PREPOSITIONS, &p)
            {
                return false;
            }
        }
        // "member states", "Arab states", "Gulf states" and states that "have" or "are"
        if w == "states" && i > 0 {
            let next = self.doc.tokens.get(i + 1).map_or("", |_| self.word(i + 1));
            if self.word(i - 1) == "member" || self.mention_at(i - 1).is_some_and(|m| matches!(m.label, Label::Norp | Label::Loc))
                || one_of!(next, "of" | "and" | "have" | "are" | "were" | "will" | "would" | "must" | "should" | "which" | "who")
            {
                return false;
            }
        }
        true
    }

    /// A naming verb ("calls", "named", "described … as").
    fn is_naming(&self, i: usize) -> bool {
        let w = lower(self.word(i));
        ["call", "name", "dub", "label", "brand", "term", "describ"].iter().any(|p| w.starts_with(p))
    }

    /// The cue at token `i`: its span and the first token after it.
    fn cue_at(&self, i: usize) -> Option<(Span, usize)> {
        if !self.is_cue_word(i) {
            return None;
        }
        if self.word(i).eq_ignore_ascii_case("according") || self.word(i) == "put" {
            return Some((tk(self.doc, i).span().cover(tk(self.doc, i + 1).span()), i + 2));
        }
        Some((tk(self.doc, i).span(), i + 1))
    }

    fn mention_at(&self, i: usize) -> Option<&'a Mention> {
        match self.tok_mention.get(i) {
            Some(&m) if m > 0 => self.mentions.get(m as usize - 1),
            _ => None,
        }
    }

    /// The start of the clause holding token `b`: after the last quote, semicolon or
    /// the sentence start.
    fn clause_start(&self, b: usize, sent_start: usize) -> usize {
        let sent_start = sent_start.max(b.saturating_sub(BEFORE_WINDOW));
        let mut i = b;
        while i > sent_start {
            if self.in_quote[i - 1] || self.word(i - 1) == ";" {
                return i;
            }
            i -= 1;
        }
        sent_start
    }

    fn attribute(&mut self, qi: usize, raw: &Raw, kind: QuoteKind, raws: &[Raw], prev: &[Attr]) -> Attr {
        let doc = self.doc;
        let s_open = doc.sentence_of(raw.open);
        if self.headline_paragraph == Some(raw.paragraph) {
            // headlines: a naming or citing verb is the cue, nobody is the speaker
            let lo = doc.sentences[s_open].tokens.0;
            let cue = (lo..raw.open).rev().find_map(|i| self.cue_at(i)).map(|c| c.0);
            // an interview's or a transcript's headline quotes the first one who answers below
            let speaker = (0..doc.paragraphs.len()).filter(|&p| doc.paragraphs[p].role == Role::Answer).find_map(|p| crate::entities::answerer(doc, self.mentions, self.clusters, p));
            return Attr { cue, speaker, ..Attr::default() };
        }
        // a "so-called" term is a scare quote that nobody says
        let before = doc.text[..tk(doc, raw.open).span().start].trim_end();
        if before.len() >= 9 && before.is_char_boundary(before.len() - 9) && before[before.len() - 9..].eq_ignore_ascii_case("so-called") {
            return Attr::default();
        }
        let tight = self.tight_after(raw);
        let mut found = None;
        if tight {
            found = self.after_cue(raw);
        }
        if found.is_none() {
            found = self.before_cue(raw, kind);
        }
        if found.is_none() && !tight {
            found = self.after_cue(raw);
        }
        if found.is_none() {
            found = self.dash_or_colon(raw);
        }
        let starts_sentence = self.starts_sentence(raw);
        if found.is_none() && starts_sentence {
            found = self.next_sentence_cue(raw);
        }
        if found.is_none() && starts_sentence && kind == QuoteKind::Direct {
            found = self.continuation(qi, raw, raws, prev);
        }
        found.unwrap_or_default()
    }

    /// The quote opens its sentence (after a bullet or dash at most).
    fn starts_sentence(&self, raw: &Raw) -> bool {
        let s = self.doc.sentence_of(raw.open);
        let lo = self.doc.sentences[s].tokens.0;
        (lo..raw.open).all(|i| one_of!(self.word(i), "•" | "*" | "-" | "–" | "—" | "·" | "▪"))
    }

    /// The quote is followed at once by an attribution: a comma, or a pronoun, name or
    /// cue right after the closing mark.
    fn tight_after(&self, raw: &Raw) -> bool {
        let Some(c) = raw.close else { return false };
        let doc = self.doc;
        let content = raw.span.of(doc.text);
        if content.trim_end().ends_with([',', '?', '!']) {
            return true;
        }
        let j = c + 1;
        if j >= doc.tokens.len() || doc.sentence_of(j) != doc.sentence_of(c) {
            return false;
        }
        matches!(self.word(j), "," | "?" | "!")
            || pronoun_kind(self.word(j)).is_some()
            || self.is_cue_word(j)
            || self.mention_at(j).is_some_and(|m| speaker_label(m.label))
    }

    /// "…,” X said / “…,” said X / "…" – X, within the closing mark's sentence.
    fn after_cue(&mut self, raw: &Raw) -> Option<Attr> {
        let c = raw.close?;
        let doc = self.doc;
        let s = doc.sentence_of(c);
        let end = doc.sentences[s].tokens.1;
        let mut i = c + 1;
        // tokens in brackets and in an aside ("…, as the group calls itself, said") are
        // not counted, and their cues are not the quote's
        let mut counted = 0;
        let mut depth = 0usize;
        let mut aside = false;
        while i < end && !self.in_quote[i] && counted < AFTER_WINDOW {
            let w = self.word(i);
            // a clause of its own after the quote has its own cue: "dismissed it as “…”,
            // while Y said …" is not Y's
            if w == "," && depth == 0 && i + 1 < end && one_of!(self.word(i + 1), "while" | "whereas" | "although" | "though") {
                break;
            }
            match w {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                "," if depth == 0 => aside = i + 1 < end && self.word(i + 1).eq_ignore_ascii_case("as") && !aside,
                _ => {}
            }
            if depth > 0 || aside || matches!(w, ")" | "]") {
                i += 1;
                continue;
            }
            counted += 1;
            if let Some((cue, next)) = self.cue_at(i) {
                let mut who = self.subject(c + 1, i, true);
                // an inverted subject ("…,” said X); never after a participle or "that"
                // ("…”, noting that X …) or a comma ("…,” she said, referring to X); a cue
                // after a conjunction
                let lw = lower(w);
                // ("…,” and said the plan …) is a coordinated verb, not an inverted one
                let bare = (c + 1..i).all(|j| matches!(tk(doc, j).kind, Kind::Punct | Kind::Dash | Kind::Quote(_)));
                let inverted = lw == "according"
                    || bare && !(lw.ends_with("ing") || next >= end || matches!(self.word(next), "that" | "," | ";"));
                if who.is_none() && inverted {
                    who = self.subject_after(next, end);
                }
                // "X called it “…” and said …": the coordinated cue shares the subject
                // of the sentence
                let coordinated = !bare && (c + 1..i).all(|j| one_of!(&*lower(self.word(j)), "and" | "but" | "also" | ","));
                if who.is_none() && coordinated {
                    let lo = doc.sentences[s].tokens.0;
                    // (the main clause's subject, before its own cue: "X told MPs that Y …")
                    let hi = (lo..raw.open).find(|&j| !self.in_quote[j] && self.is_cue_word(j)).filter(|&j| j > lo).unwrap_or(raw.open);
                    if lo < hi {
                        who = self.subject(lo, hi, false);
                    }
                }
                // a cue with no subject ("…,” further saying) leaves the quote to the main clause
                return who.map(|w| self.make(Some(w), Some(cue)));
            }
            i += 1;
        }
        None
    }

    /// X said: “…” / X said “…” / “…”, X said, “…” (split quotes): the last cue before
    /// the opening mark in its sentence, outside other quotes.
    fn before_cue(&mut self, raw: &Raw, _kind: QuoteKind) -> Option<Attr> {
        let doc = self.doc;
        let s = doc.sentence_of(raw.open);
        let lo = doc.sentences[s].tokens.0.max(raw.open.saturating_sub(BEFORE_WINDOW));
        let mut i = raw.open;
        let mut first_cue: Option<Span> = None;
        let mut stop = raw.open;
        while i > lo {
            i -= 1;
            if self.in_quote[i] {
                // other quotes of the sentence are skipped ("null" and "void", she said, "…")
                if first_cue.is_none() {
                    stop = i;
                }
                continue;
            }
            if let Some((cue, next)) = self.cue_at(i) {
                let mut clause_lo = self.clause_start(i, lo);
                // "called it “…” and said …": a clause of a conjunction alone after a
                // quote shares the sentence's subject
                if clause_lo > lo && (clause_lo..i).all(|j| one_of!(&*lower(self.word(j)), "and" | "but" | "also" | "then" | ",")) {
                    clause_lo = lo;
                }
                // "was called “…” by X": the passive's agent
                if let Some(w) = self.passive_agent(i, raw) {
                    return Some(self.make(Some(w), Some(first_cue.unwrap_or(cue))));
                }
                let lw = lower(self.word(i));
                let according = lw == "according";
                // the object of "told" or "asked" is the listener, never the speaker
                // ("urged X to", "warned X that", "assured X": the one addressed too)
                let listener = one_of!(&*lw, "told" | "tell" | "tells" | "telling" | "asked" | "ask" | "asks" | "asking" | "urged" | "urges" | "warned" | "warns" | "assured");
                let hi = if first_cue.is_none() { raw.open } else { stop };
                let who = if according {
                    self.subject_after(next, hi)
                } else if let Some(w) = self.relative_antecedent(i, clause_lo) {
                    // "X, which cited “…”": the relative pronoun stands for X
                    Some(w)
                } else if self.is_naming(i) {
                    // what follows a naming verb is the thing named, not the speaker
                    self.subject(clause_lo, i, false)
                } else if self.first_person_before(clause_lo, i) {
                    // "As I told X, “…”": the writer, the issuer of a statement when its
                    // header names one
                    self.subject(clause_lo, i, false).or_else(|| self.issuer_at(clause_lo, i)).or_else(|| self.answerer_at(clause_lo, i))
                } else if listener {
                    self.subject(clause_lo, i, false)
                } else {
                    self.subject(clause_lo, i, false).or_else(|| self.subject_after(next, hi))
                };
                // the first cue names the quote; a participle with no subject of its own
                // ("…, further saying, “…”") takes the subject of an earlier cue
                let cue = first_cue.unwrap_or(cue);
                if who.is_some() || i == lo {
                    return Some(self.make(who, Some(cue)));
                }
                first_cue = Some(cue);
                stop = i;
            }
        }
        first_cue.map(|cue| Attr { cue: Some(cue), ..Attr::default() })
    }

    /// "X, which cited …" / "X, who said …": the noun phrase before the relative pronoun
    /// that is the cue's subject (adverbs and auxiliaries may stand between).
    /// The agent after the quote of a passive cue at `i` ("had been called “…” by the ministry").
    #[inline(never)]
    fn passive_agent(&mut self, i: usize, raw: &Raw) -> Option<Who> {
        let doc = self.doc;
        if !(i.saturating_sub(2)..i).any(|j| one_of!(self.word(j), "been" | "was" | "were" | "is" | "are" | "be" | "being")) {
            return None;
        }
        let c = raw.close?;
        let end = doc.sentences[doc.sentence_of(c)].tokens.1;
        let b = (c + 1..(c + 3).min(end)).find(|&j| self.word(j) == "by")?;
        self.subject_after(b + 1, end)
    }

    fn relative_antecedent(&mut self, cue: usize, lo: usize) -> Option<Who> {
        let mut r = cue;
        while r > lo && cue - r < 3 {
            r -= 1;
            let w = lower(self.word(r));
            if matches!(&*w, "which" | "who") {
                if r < lo + 2 || self.word(r - 1) != "," {
                    return None;
                }
                let k = r - 2;
                if self.in_quote[k] {
                    return None;
                }
                if self.mention_at(k).is_some_and(|m| speaker_label(m.label) && m.label != Label::Norp) {
                    return Some(self.who_mention(k));
                }
                let lk = lower(self.word(k));
                if in_list(PERSON_HEADS, &lk) || in_list(ORG_HEADS, &lk) {
                    return self.who_description(self.np_start(k, lo), k);
                }
                return None;
            }
            if !(one_of!(&*w, "also" | "has" | "had" | "have" | "later" | "then") || w.ends_with("ly")) {
                return None;
            }
        }
        None
    }

    /// The issuer of the text as the speaker of the first-person "I" in `lo..cue`.
    fn issuer_at(&self, lo: usize, cue: usize) -> Option<Who> {
        let name = self.issuer.own()?;
        let i = (lo..cue).find(|&j| !self.in_quote[j] && self.word(j) == "I")?;
        let found = self.clusters.iter().position(|c| c.label == Label::Person && c.name.eq_ignore_ascii_case(&name));
        Some(Who { speaker: found, label: found.is_none().then_some(name), mention: tk(self.doc, i).span() })
    }

    /// A first-person subject ("As I told X, “…”", "we said") in `lo..cue`.
    fn first_person_before(&self, lo: usize, cue: usize) -> bool {
        (lo..cue).any(|j| !self.in_quote[j] && matches!(self.word(j), "I" | "we" | "We"))
    }

    /// “…” – Jane Doe (dash attribution) and Name: “…” (colon attribution), with no cue.
    fn dash_or_colon(&mut self, raw: &Raw) -> Option<Attr> {
        let doc = self.doc;
        if let Some(c) = raw.close {
            let mut j = c + 1;
            if j < doc.tokens.len() && self.word(j) == "," {
                j += 1;
            }
            if j < doc.tokens.len() && tk(doc, j).kind == Kind::Dash && doc.sentence_of(j) == doc.sentence_of(c) {
                let end = doc.sentences[doc.sentence_of(j)].tokens.1;
                if let Some(who) = self.subject_after(j + 1, end) {
                    return Some(self.make(Some(who), None));
                }
            }
        }
        // a quote that ends its paragraph, then a short line opening with a dash:
        // "“…”\n\n– Jane Doe, Minister of Roads"
        let last = raw.close.map_or(raw.after, |c| c + 1);
        let para_end = {
            let (_, s1) = doc.paragraphs[raw.paragraph].sentences;
            doc.sentences[s1 - 1].tokens.1
        };
        if raw.close.is_none() || (last..para_end).all(|j| matches!(self.word(j), "." | "!" | "?")) {
            let p = raw.paragraph + 1;
            if p < doc.paragraphs.len() {
                let (s0, s1) = doc.paragraphs[p].sentences;
                if s0 < s1 {
                    let (a, b) = (doc.sentences[s0].tokens.0, doc.sentences[s1 - 1].tokens.1);
                    if a < b && tk(doc, a).kind == Kind::Dash && b - a <= 30 && !(a..b).any(|j| self.in_quote[j]) {
                        if let Some(who) = self.subject_after(a + 1, b) {
                            return Some(self.make(Some(who), None));
                        }
                    }
                }
            }
        }
        if raw.open > 0 && self.word(raw.open - 1) == ":" {
            let s = doc.sentence_of(raw.open);
            let lo = doc.sentences[s].tokens.0;
            let clause_lo = self.clause_start(raw.open - 1, lo);
            // a short label before the colon: "President Smith: “…”"
            // (the colon may end the sentence before the quote's: then there is no label)
            if clause_lo < raw.open && raw.open - 1 - clause_lo <= 6 {
                if let Some(who) = self.subject(clause_lo, raw.open - 1, false) {
                    return Some(self.make(Some(who), None));
                }
            }
            // a clause about a person before the colon: "X was in no mood to give way: “…”"
            if clause_lo < raw.open && raw.open - 1 - clause_lo <= 16 {
                if let Some(who) = self.person_opening(clause_lo, raw.open - 1) {
                    return Some(self.make(Some(who), None));
                }
            }
            // "… came from the deputy adviser, Jane Doe: “…”": a person set off by a comma
            // right before the colon
            if raw.open >= 3 {
                if let Some(m) = self.mention_at(raw.open - 2).filter(|m| m.label == Label::Person) {
                    let a = self.token_at(m.span.start);
                    if a > lo && self.word(a - 1) == "," && !self.in_quote[a] {
                        let who = self.who_mention(a);
                        return Some(self.make(Some(who), None));
                    }
                }
            }
        }
        None
    }

    /// “…” He added. — a short next sentence that is only an attribution.
    fn next_sentence_cue(&mut self, raw: &Raw) -> Option<Attr> {
        let doc = self.doc;
        let c = raw.close?;
        if !closes_sentence(self, raw) {
            return None;
        }
        let s = doc.sentence_of(c) + 1;
        if s >= doc.sentences.len() || doc.sentences[s].paragraph != raw.paragraph {
            return None;
        }
        let (a, b) = doc.sentences[s].tokens;
        if b - a > 10 || (a..b).any(|i| self.in_quote[i]) {
            return None;
        }
        let i = (a..(a + 5).min(b)).find(|&i| self.is_cue_word(i))?;
        let (cue, next) = self.cue_at(i)?;
        let who = self.subject(a, i, false).or_else(|| self.subject_after(next, b))?;
        Some(self.make(Some(who), Some(cue)))
    }

    /// A quote with no cue of its own continues the previous quote's speaker (same or
    /// previous paragraph), or takes the speaker of an attribution sentence just before.
    fn continuation(&mut self, qi: usize, raw: &Raw, raws: &[Raw], prev: &[Attr]) -> Option<Attr> {
        let doc = self.doc;
        let s = doc.sentence_of(raw.open);
        if s == 0 {
            return None;
        }
        let ps = s - 1;
        let (pa, pb) = doc.sentences[ps].tokens;
        let pa = pa.max(pb.saturating_sub(BEFORE_WINDOW));
        let para_gap = raw.paragraph - doc.sentences[ps].paragraph;
        if para_gap > 1 {
            return None;
        }
        // the previous quote, if it lies in the previous sentence (or runs into it)
        if qi > 0 {
            let pq = &raws[qi - 1];
            let pq_end = pq.close.unwrap_or(pq.after.saturating_sub(1));
            if pq_end >= pa && pq_end < pb.max(pa + 1) || pq.paragraph + 1 == raw.paragraph && pq.close.is_none() {
                let a = &prev[qi - 1];
                if a.has_speaker() {
                    return Some(a.clone());
                }
                return None;
            }
        }
        if para_gap != 0 && !matches!(self.word(pb - 1), ":") {
            return None;
        }
        // an attribution sentence just before: "X also criticised the plan. “…”"
        let mut i = pb;
        while i > pa {
            i -= 1;
            if self.in_quote[i] {
                return None;
            }
            if let Some((cue, next)) = self.cue_at(i) {
                let clause_lo = self.clause_start(i, pa);
                // (a fronted "Asked about it," has no subject of its own)
                let who = self.subject(clause_lo, i, false).or_else(|| self.subject_after(next, pb));
                if who.is_some() || i > pa {
                    return Some(self.make(Some(who?), Some(cue)));
                }
            }
        }
        // "X was blunt. “…”": the person who opens the sentence just before, in the paragraph
        if para_gap == 0 {
            let who = self.person_opening(pa, pb)?;
            return Some(self.make(Some(who), None));
        }
        None
    }

    /// The person (a name or "he"/"she") who is the subject at the start of tokens `pa..pb`,
    /// after a fronted phrase up to a comma ("Asked about it, X was blunt").
    #[inline(never)]
    fn person_opening(&mut self, pa: usize, pb: usize) -> Option<Who> {
        let doc = self.doc;
        let opens = |t: usize| self.mention_at(t).is_some() || matches!(self.word(t), "He" | "She");
        let t = if opens(pa) { pa } else { (pa..(pa + 10).min(pb)).find(|&j| self.word(j) == ",")? + 1 };
        let e = match self.mention_at(t) {
            Some(m) if m.label == Label::Person && self.token_at(m.span.start) == t => self.token_at(m.span.end - 1) + 1,
            None if one_of!(self.word(t), "He" | "She" | "he" | "she") => t + 1,
            _ => return None,
        };
        // (a verb next, not "X's", "X and Y" or an apposition)
        if e >= pb || tk(doc, e).kind != Kind::Word || !starts_lower(self.word(e)) || self.word(e) == "and" {
            return None;
        }
        if e == t + 1 && self.mention_at(t).is_none() {
            return self.who_pronoun(t);
        }
        Some(self.who_mention(t))
    }

    fn make(&mut self, who: Option<Who>, cue: Option<Span>) -> Attr {
        match who {
            Some(w) => Attr { speaker: w.speaker, label: w.label, mention: Some(w.mention), cue },
            None => Attr { cue, ..Attr::default() },
        }
    }

    /// The mention ends before a possessive ("Merkel's spokesperson").
    fn possessive_after(&self, end_tok: usize) -> bool {
        end_tok < self.doc.tokens.len() && one_of!(self.word(end_tok), "'s" | "’s" | "'S" | "’S" | "'" | "’")
    }

    /// Whether the pronoun `p` ("he"/"she") stands as a subject before token `i` in its
    /// clause (at most ten tokens back, outside quotes, no other name between).
    fn same_pronoun_before(&self, i: usize, lo: usize, p: Pron) -> bool {
        if !matches!(p, Pron::He | Pron::She) {
            return false;
        }
        let mut j = i;
        while j > lo && i - j < 10 {
            j -= 1;
            // (the full stops of abbreviated titles go on: "She met Lt. Gen. X")
            let title_stop = self.word(j) == "." && !tk(self.doc, j).space_before;
            if self.in_quote[j] || tk(self.doc, j).kind != Kind::Word && !title_stop || self.mention_at(j).is_some() {
                return false;
            }
            if pronoun_kind(self.word(j)) == Some(p) {
                return true;
            }
        }
        false
    }

    /// A preposition shortly before token `i` (over title and lower-case words), which
    /// makes a name there an object ("a specialist at the Institute").
    fn is_object(&self, i: usize, lo: usize) -> bool {
        let mut j = i;
        let mut steps = 0;
        while j > lo && steps < 4 {
            j -= 1;
            steps += 1;
            let t = tk(self.doc, j);
            if t.kind != Kind::Word {
                return false;
            }
            let w = lower(self.word(j));
            if in_list(PREPOSITIONS, &w) {
                // "Secretary of State Jane Doe", "Minister for Trade Tom Roe": the preposition of a
                // title before the name; its object may come before the title
                if self.title_preposition(j, i) {
                    j -= 1;
                    steps = 1;
                    continue;
                }
                return true;
            }
            if self.mention_at(j).is_some() {
                return false;
            }
        }
        false
    }

    /// "of" or "for" at `j` inside a capitalised title that runs up to the person named at `i`:
    /// a title word before it, and only capitalised words or "the" after it.
    #[inline(never)]
    fn title_preposition(&self, j: usize, i: usize) -> bool {
        j > 0
            && self.mention_at(i).is_some_and(|m| m.label == Label::Person)
            && matches!(self.word(j), "of" | "for")
            && crate::entities::is_title(self.word(j - 1))
            && (j + 1..i).all(|k| self.word(k) == "the" || tk(self.doc, k).kind == Kind::Word && starts_upper(self.word(k)))
    }

    /// The subject in tokens `lo..hi` (before a cue, or between a quote and its cue).
    /// Preference: a person named, then a pronoun, then an organisation or place, then
    /// a possessor ("X's office"), then a description, then a capitalised name.
    fn subject(&mut self, lo: usize, hi: usize, after_quote: bool) -> Option<Who> {
        if lo >= hi {
            return None;
        }
        let doc = self.doc;
        let mut lo = lo;
        // skip punctuation right after a quote
        while lo < hi && matches!(tk(doc, lo).kind, Kind::Punct | Kind::Quote(_) | Kind::Dash) {
            lo += 1;
        }
        // a dateline speaks for no one: "BROOKLYN, N.Y. — A witness …" starts after its dash
        if !after_quote && lo < hi && lo == doc.sentences[doc.sentence_of(lo)].tokens.0 && crate::segment::char_count(self.word(lo)) >= 3 && self.word(lo).chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
            let upto = (lo + 12).min(hi);
            if let Some(d) = (lo + 1..upto).take_while(|&k| !starts_lower(self.word(k))).find(|&k| tk(doc, k).kind == Kind::Dash && tk(doc, k).space_before) {
                lo = d + 1;
            }
        }
        if !after_quote && lo < hi {
            let first = lower(self.word(lo));
            if in_list(FRONTED, &first) || first.ends_with("ing") {
                let comma = |i: usize| self.word(i) == "," && !self.in_quote[i];
                // a fronted clause can hold commas of its own ("When X, Y and Z barred …, the
                // party said"): its end is the first comma before a determiner or pronoun
                let clause = one_of!(&*first, "when" | "while" | "although" | "though" | "because" | "if" | "as" | "after" | "before" | "since");
                let opens_np = |i: usize| i + 1 < hi && (one_of!(&*lower(self.word(i + 1)), "the" | "a" | "an" | "its" | "his" | "her" | "their") || pronoun_kind(self.word(i + 1)).is_some());
                let end = (lo..hi).find(|&i| clause && comma(i) && opens_np(i)).or_else(|| (lo..hi).find(|&i| comma(i)));
                if let Some(comma) = end {
                    lo = comma + 1;
                }
            }
        }
        if lo >= hi || self.byline[doc.sentences[doc.sentence_of(lo)].paragraph] {
            return None;
        }
        // a cue inside a clause of its own has that clause's subject: "…, after Western
        // officials warned of “…”" is the officials', not the main clause's subject
        if !after_quote {
            if let Some(k) = (lo + 1..hi.saturating_sub(1)).rev().find(|&k| {
                self.word(k - 1) == ","
                    && !self.in_quote[k]
                    && one_of!(&*lower(self.word(k)), "after" | "as" | "when" | "while" | "because" | "since" | "before" | "although" | "though" | "until")
                    && !self.word(k + 1).ends_with("ing")
            }) {
                lo = k + 1;
            }
        }
        // a cue in a clause coordinated after a whole clause has that clause's subject:
        // "X was not among them, and a Treasury spokesperson said …"
        if !after_quote {
            if let Some(k) = (lo + 2..hi.saturating_sub(2)).rev().find(|&k| {
                self.word(k - 1) == ","
                    && matches!(self.word(k), "and" | "but")
                    && one_of!(self.word(k + 1), "a" | "an" | "the")
                    && (lo..k - 1).any(|j| !self.in_quote[j] && one_of!(self.word(j), "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will" | "would"))
            }) {
                lo = k + 1;
            }
        }
        // a cue inside a relative clause with its own subject: "a businessman whom the
        // agency described as a “…”" is the agency's
        // (only a word starting with "w" or "t" is lowered for that)
        if !after_quote {
            if let Some(k) = (lo..hi).rev().find(|&k| !self.in_quote[k] && matches!(self.word(k).as_bytes().first(), Some(b'w' | b'W' | b't' | b'T')) && matches!(&*lower(self.word(k)), "whom" | "which" | "that")) {
                // ("whom the department described as …": a body's noun after "the" too)
                let own_subject = (k + 1..hi).any(|j| self.mention_at(j).is_some_and(|m| speaker_label(m.label)) || in_list(PERSON_HEADS, self.word(j)) || j > k + 1 && self.word(j - 1) == "the" && in_list(ORG_HEADS, self.word(j)))
                    && (k + 1..hi).all(|j| self.word(j) != ",");
                if own_subject && k + 1 < hi {
                    lo = k + 1;
                }
            }
        }
        // a cue coordinated with an earlier one shares its subject: "X said Y had … and
        // urged …" is X's
        let mut hi = hi;
        if !after_quote {
            let mut k = hi;
            while k > lo && (lower(self.word(k - 1)) == "also" || self.word(k - 1).ends_with("ly")) && hi - k < 2 {
                k -= 1;
            }
            // (and so does a participle after a comma: "X told us Y would …, arguing that …")
            let participle = k == hi && k > lo && self.word(k - 1) == "," && self.doc.tokens.get(hi).is_some_and(|_| self.word(hi).ends_with("ing"));
            if k > lo && (matches!(self.word(k - 1), "and" | "but") || participle) {
                if let Some(j) = (lo..k - 1).find(|&j| self.is_cue_word(j)) {
                    hi = j;
                }
            }
        }
        // "One official said …. Another said “…”": another of the unnamed speaker's kind
        if lo + 1 == hi && self.word(lo).eq_ignore_ascii_case("another") {
            let kind = self.history.iter().rev().take(3).find(|a| a.speaker.is_none() && a.mention.is_some_and(|m| m.of(doc.text).split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("one"))));
            if let Some(label) = kind.and_then(|a| a.label.own()) {
                return Some(Who { speaker: None, label: Some(label), mention: tk(doc, lo).span() });
            }
        }
        // "“…,” one of them said": one of the group named just before ("two diplomats")
        if hi >= lo + 3 && self.word(lo).eq_ignore_ascii_case("one") && self.word(lo + 1) == "of" && matches!(self.word(lo + 2), "them" | "those") {
            let from = doc.sentences[doc.sentence_of(lo).saturating_sub(2)].tokens.0;
            if let Some(k) = (from..lo).rev().find(|&k| !self.in_quote[k] && in_list(COLLECTIVES, self.word(k))) {
                let w = self.word(k);
                let label = w.strip_suffix('s').unwrap_or(w).own();
                return Some(Who { speaker: None, label: Some(label), mention: tk(doc, lo).span().cover(tk(doc, lo + 2).span()) });
            }
        }
        // "Q: Last year you said …": in an interview's question, "you" is the one who answers
        if let Some(y) = (lo..hi).find(|&k| !self.in_quote[k] && matches!(self.word(k), "you" | "You")) {
            if let Some(c) = self.addressee(y) {
                return Some(Who { speaker: Some(c), label: None, mention: tk(doc, y).span() });
            }
        }
        let mut gov_body: Option<Who> = None;
        let mut document: Option<usize> = None;
        let mut person: Option<usize> = None;
        let mut pron: Option<usize> = None;
        let mut org: Option<usize> = None;
        let mut owner: Option<usize> = None;
        let mut desc: Option<(usize, usize)> = None;
        let mut name_run: Option<(usize, usize)> = None;
        let mut in_relative = false;
        // names in brackets are asides, never the subject ("QUESTION (Jane Doe, Radio X): …")
        let mut depth = 0usize;
        let mut i = lo;
        while i < hi {
            if self.in_quote[i] {
                i += 1;
                continue;
            }
            let w = self.word(i);
            if matches!(w, "(" | ")") || depth > 0 {
                match w {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                i += 1;
                continue;
            }
            if w == "," {
                in_relative = false;
                i += 1;
                continue;
            }
            // (the relative pronouns all start with "w": most words are not lowered for them)
            if matches!(w.as_bytes().first(), Some(b'w' | b'W')) && one_of!(&*lower(w), "who" | "which" | "whose" | "whom" | "where") {
                in_relative = true;
            }
            if in_relative {
                i += 1;
                continue;
            }
            if let Some(m) = self.mention_at(i) {
                // the whole mention, from token i on
                let mi = self.tok_mention[i];
                let mut e = i;
                while e < hi && self.tok_mention[e] == mi {
                    e += 1;
                }
                // a dateline's place ("ASTANA — …") speaks for no one
                let dateline = i == doc.sentences[doc.sentence_of(i)].tokens.0
                    && e < hi
                    && tk(doc, e).kind == Kind::Dash
                    && m.span.of(doc.text).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
                // "a State Department official": a body that modifies a person's head noun
                // (a spokesperson speaks for the body: "a Harbour Board spokesperson")
                let modifier = e < hi && in_list(PERSON_HEADS, self.word(e)) && !self.word(e).starts_with("spokes") && self.word(e) != "representative" || m.label != Label::Person && self.glued_compound(e);
                // "the 28-year-old said" (an age, tagged as a date)
                if m.label == Label::Date && desc.is_none() && aged(self, e - 1) {
                    desc = Some((self.np_start(i, lo), e - 1));
                }
                // "the Kenyan government said": a government named by its people's adjective
                // (or one whose spokesperson or statement this is: "a statement from the Kenyan presidency")
                if m.label == Label::Norp && gov_body.is_none() && (!self.is_object(i, lo) || self.spokes_before(i, lo)) {
                    gov_body = self.people_government(i, e, hi);
                }
                if speaker_label(m.label) && m.label != Label::Norp && !dateline && !modifier {
                    let poss = self.possessive_after(e);
                    let obj = self.is_object(i, lo);
                    if poss && m.label == Label::Gpe && gov_body.is_none() && !obj {
                        // "China's foreign ministry", "Russia's embassy in Tokyo"
                        gov_body = self.government_body(i, e, hi);
                    }
                    if poss {
                        owner.get_or_insert(i);
                    } else if m.label == Label::Person && !obj {
                        person.get_or_insert(i);
                    } else if !obj {
                        org.get_or_insert(i);
                    } else if m.label == Label::Person || self.spokes_before(i, lo) {
                        // "a spokesperson for X", "a specialist at X": X only as a last resort
                        owner.get_or_insert(i);
                    }
                }
                i = e.max(i + 1);
                continue;
            }
            if let Some(p) = pronoun_kind(w) {
                // he, she and they are always subjects ("on what he calls")
                let object = p == Pron::It && self.is_object(i, lo);
                if !(object || after_quote && p == Pron::It) {
                    pron.get_or_insert(i);
                }
                i += 1;
                continue;
            }
            if tk(doc, i).kind == Kind::Word {
                // (lowered here, past the names and pronouns)
                let lw = lower(w);
                if is_document_noun(&lw) && i > lo && matches!(&*lower(self.word(i - 1)), "the" | "this" | "that") {
                    document.get_or_insert(i);
                } else if in_list(PERSON_HEADS, &lw) || in_list(ORG_HEADS, &lw) || in_list(COLLECTIVES, &lw) || quantified_plural(self, i, lo) {
                    if desc.is_none() {
                        desc = Some((self.np_start(i, lo), i));
                    }
                } else if let Some(e) = self.name_run(i, hi).filter(|_| !(i + 1 < hi && state_media_at(self, i + 1))) {
                    // ("State TV said": the state's media, no name)
                    if !self.is_object(i, lo) {
                        name_run = Some((i, e));
                    }
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
        // "Mr. Park, she said, “…”": a pronoun set off by a comma right before the cue is the
        // speaker; the name before the comma is what the quote is about
        let parenthetical = hi >= lo + 3 && self.word(hi - 2) == "," && matches!(pronoun_kind(self.word(hi - 1)), Some(Pron::He | Pron::She | Pron::They));
        if let Some(w) = person.filter(|&i| parenthetical && i < hi - 2).and_then(|_| self.who_pronoun(hi - 1)) {
            return Some(w);
        }
        if let Some(i) = person {
            return Some(self.who_mention(i));
        }
        // the pronoun right before the cue is the one it attaches to ("on what he calls")
        if pron.is_some() && hi > lo && matches!(pronoun_kind(self.word(hi - 1)), Some(Pron::He | Pron::She | Pron::They)) {
            pron = Some(hi - 1);
        }
        if let Some(i) = pron {
            if let Some(w) = self.who_pronoun(i) {
                return Some(w);
            }
        }
        if let Some(w) = gov_body {
            return Some(w);
        }
        if let Some(i) = org {
            return Some(self.who_mention(i));
        }
        if let Some(i) = owner {
            // a name after the possessor is the person: "X's envoy, Jane Doe, said"
            if let Some((a, e)) = name_run.filter(|&(a, _)| a > i) {
                return Some(self.who_name(a, e));
            }
            return Some(self.who_mention(i));
        }
        // "Ana Souto, a trader in Lima, said": a name before its apposed description
        if let (Some((a, e)), Some((d, _))) = (name_run, desc) {
            if e < d && self.word(e) == "," {
                return Some(self.who_name(a, e));
            }
        }
        if let Some((a, h)) = desc {
            // "his office said", "her spokeswoman said": the person the possessive stands for
            let possessive = match self.word(a) {
                "his" | "His" => Some(Pron::He),
                "her" | "Her" => Some(Pron::She),
                _ => None,
            };
            if let Some(p) = possessive.filter(|_| a + 1 == h && one_of!(&*lower(self.word(h)), "office" | "spokesman" | "spokeswoman" | "spokesperson")) {
                if let Some(mut w) = self.who_pronoun_as(a, p) {
                    w.mention = tok_span(self.doc, a, h);
                    return Some(w);
                }
            }
            // "X has not commented. Its state media …": the body of the sentence before's subject
            if one_of!(self.word(a), "its" | "Its" | "their" | "Their") {
                let s = doc.sentence_of(a);
                if let Some(m) = s.checked_sub(1).and_then(|p| self.mention_at(doc.sentences[p].tokens.0)).filter(|m| matches!(m.label, Label::Gpe | Label::Org)) {
                    let mut w = self.who_mention(self.token_at(m.span.start));
                    w.mention = tok_span(doc, a, h);
                    return Some(w);
                }
            }
            if let Some(w) = self.state_media(a, h) {
                return Some(w);
            }
            if let Some(w) = self.who_description(a, h) {
                return Some(w);
            }
        }
        // "The document says …": whoever wrote, issued or released it
        if let Some(d) = document.filter(|_| desc.is_none() && name_run.is_none()) {
            if let Some(mut w) = self.document_author(d) {
                w.mention = tok_span(doc, d - 1, d);
                return Some(w);
            }
        }
        if let Some((a, e)) = name_run {
            return Some(self.who_name(a, e));
        }
        if let Some(w) = desc.filter(|_| pron.is_none()).and_then(|(a, h)| self.definite_person(a, h)) {
            return Some(w);
        }
        if let Some(i) = pron {
            // an unresolved pronoun is still the mention the cue attaches to
            return Some(Who { speaker: None, label: None, mention: tk(doc, i).span() });
        }
        self.described_one(lo, hi)
    }

    /// "a shipbroker in Singapore", "one Greek tanker captain": an indefinite noun phrase that
    /// opens `lo..hi`, with a lower-case head no word list holds, describes an unnamed person
    /// ("one of our partners": one of a group, named by its plural).
    #[inline(never)]
    fn described_one(&self, lo: usize, hi: usize) -> Option<Who> {
        let doc = self.doc;
        if lo >= hi || !one_of!(self.word(lo), "a" | "an" | "one" | "A" | "An" | "One") {
            return None;
        }
        let of = lo + 3 < hi && self.word(lo + 1) == "of" && one_of!(self.word(lo + 2), "the" | "our" | "their" | "its" | "his" | "her");
        let s = if of { lo + 2 } else { lo };
        let mut h = s;
        // (a name in a hyphenated modifier too: "one Lima-based trader")
        let compound = |k: usize| {
            let mut e = k;
            while e < hi && self.tok_mention[e] != 0 && self.tok_mention[e] == self.tok_mention[k] {
                e += 1;
            }
            self.glued_compound(e)
        };
        while h + 1 < hi
            && !self.in_quote[h + 1]
            && (self.glued_compound(h + 1)
                || tk(doc, h + 1).kind == Kind::Word
                    && !in_list(PREPOSITIONS, self.word(h + 1))
                    && !self.is_cue_word(h + 1)
                    && !matches!(self.word(h + 1), "who" | "that" | "and")
                    // (capitals only for a people's word: "one Greek captain")
                    && (starts_lower(self.word(h + 1)) || self.mention_at(h + 1).is_some_and(|m| m.label == Label::Norp) || compound(h + 1)))
        {
            h += 1;
        }
        let glued = 2 * (s + 1..=h).filter(|&j| tk(doc, j).kind == Kind::Dash).count();
        if h == s || h > s + 4 + glued || !starts_lower(self.word(h)) || (s + 1..=h).any(|j| is_document_noun(self.word(j))) {
            return None;
        }
        let label = tok_span(doc, s + 1, h).of(doc.text);
        let label = if of { label.strip_suffix('s').unwrap_or(label) } else { label };
        Some(Who { speaker: None, label: Some(label.own()), mention: tok_span(doc, lo, h) })
    }

    /// The subject after an inverted cue: "said X", "according to X" (up to a comma).
    fn subject_after(&mut self, lo: usize, hi: usize) -> Option<Who> {
        let doc = self.doc;
        let hi = hi.min(doc.tokens.len()).min(lo + 16);
        let mut person = None;
        let mut pron = None;
        let mut org = None;
        let mut desc = None;
        let mut name_run = None;
        let mut apposed = false;
        // (an unnamed person's phrase: "said a former Treasury official")
        let indefinite = lo < hi && one_of!(&*lower(self.word(lo)), "a" | "an" | "one" | "another");
        let mut i = lo;
        while i < hi {
            if self.in_quote[i] {
                break;
            }
            let w = self.word(i);
            // a relative clause names no speaker ("said a former official who worked on Ruritania policy")
            if i > lo && matches!(w, "who" | "whose" | "which") {
                break;
            }
            if (w == "," && i > lo) || w == ";" {
                // a description, then the name in apposition: "said a former envoy to X, Sir Jane Doe"
                let described = desc.is_some() || one_of!(&*lower(self.word(lo)), "a" | "an" | "the" | "one");
                if w == "," && !apposed && person.is_none() && pron.is_none() && described {
                    let mut j = i + 1;
                    while j < hi && in_list(NOT_NAMES, self.word(j).trim_end_matches('.')) && starts_upper(self.word(j)) {
                        j += if j + 1 < hi && self.word(j + 1) == "." { 2 } else { 1 };
                    }
                    let named = j < hi && (self.mention_at(j).is_some_and(|m| m.label == Label::Person) || self.name_run(j, hi).is_some());
                    if named {
                        apposed = true;
                        name_run = None;
                        i = j;
                        continue;
                    }
                }
                break;
            }
            if let Some(m) = self.mention_at(i) {
                let mi = self.tok_mention[i];
                let mut e = i;
                while e < hi && self.tok_mention[e] == mi {
                    e += 1;
                }
                // a place or body after a description's preposition is no speaker
                // ("a former envoy to X"), unless the description is a spokesperson's
                // (a person's name the entity layer cut at a hyphen still speaks: "Kang Hye-won")
                let object = self.is_object(i, lo) && !self.spokes_before(i, lo) || self.glued_compound(e);
                // a body that only describes an unnamed person ("said a former Treasury
                // official"): the person's description speaks, as when it comes before the cue
                // (a spokesperson speaks for the body)
                let modifier = e < hi && indefinite && {
                    let h = lower(self.word(e));
                    in_list(PERSON_HEADS, &h) && !h.starts_with("spokes") && h != "representative"
                };
                if m.label == Label::Person {
                    person.get_or_insert(i);
                } else if speaker_label(m.label) && m.label != Label::Norp && !object && !modifier {
                    org.get_or_insert(i);
                }
                i = e.max(i + 1);
                continue;
            }
            if let Some(p) = pronoun_kind(w) {
                if p != Pron::It {
                    pron.get_or_insert(i);
                }
            } else if tk(doc, i).kind == Kind::Word {
                let lw = lower(w);
                if in_list(PERSON_HEADS, &lw) || in_list(ORG_HEADS, &lw) || in_list(COLLECTIVES, &lw) {
                    desc.get_or_insert((self.np_start(i, lo), i));
                } else if let Some(e) = self.name_run(i, hi) {
                    // the run that ends the phrase: "said Under Secretary for Trade Jane Doe"
                    name_run = Some((i, e));
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
        if let Some(i) = person {
            return Some(self.who_mention(i));
        }
        if let Some((a, e)) = name_run.filter(|_| apposed) {
            return Some(self.who_name(a, e));
        }
        if let Some(i) = pron {
            if let Some(w) = self.who_pronoun(i) {
                return Some(w);
            }
        }
        if let Some(i) = org {
            return Some(self.who_mention(i));
        }
        if let Some((a, h)) = desc {
            if let Some(w) = self.who_description(a, h) {
                return Some(w);
            }
        }
        if let Some((a, e)) = name_run {
            return Some(self.who_name(a, e));
        }
        // "according to the ruling": whoever wrote it
        if let Some(d) = (lo + 1..hi.min(lo + 3)).find(|&d| is_document_noun(&lower(self.word(d)))) {
            if let Some(mut w) = self.document_author(d) {
                w.mention = tok_span(doc, lo, d);
                return Some(w);
            }
        }
        self.described_one(lo, hi)
    }

    /// A hyphen at token `e` glued to the words on both sides: the name before it only
    /// modifies a compound ("a Lima-based trader", "a Kremlin-backed outlet") and never speaks.
    fn glued_compound(&self, e: usize) -> bool {
        e + 1 < self.doc.tokens.len() && tk(self.doc, e).kind == Kind::Dash && !tk(self.doc, e).space_before && !tk(self.doc, e + 1).space_before
    }

    /// "spokesperson for X", "spokesman of X" just before token `i`.
    fn spokes_before(&self, i: usize, lo: usize) -> bool {
        let i = if i >= lo + 3 && lower(self.word(i - 1)) == "the" { i - 1 } else { i };
        i >= lo + 2 && in_list(PREPOSITIONS, &lower(self.word(i - 1))) && {
            let mut j = i - 1;
            let mut found = false;
            while j > lo && i - j < 4 {
                j -= 1;
                let w = lower(self.word(j));
                // (and a document's author: "a readout from X", "a letter by X")
                if w.starts_with("spokes") || one_of!(&*w, "office" | "representative" | "official" | "officials" | "ministers" | "leaders") || is_document_noun(&w) {
                    found = true;
                    break;
                }
            }
            found
        }
    }

    /// The first token of the noun phrase whose head is `h` (its determiner).
    fn np_start(&self, h: usize, lo: usize) -> usize {
        let mut a = h;
        while a > lo && h - a < 5 {
            let t = tk(self.doc, a - 1);
            if t.kind != Kind::Word || self.in_quote[a - 1] {
                break;
            }
            let w = lower(self.word(a - 1));
            // ("as one trader told me": "as" opens no noun phrase)
            // (but "of" inside a name: "a former Ministry of Ports official")
            let in_name = a >= 2 && starts_upper(self.word(a)) && starts_upper(self.word(a - 2)) && matches!(&*w, "of" | "for");
            if (in_list(PREPOSITIONS, &w) || is_cue(&w) || w == "as") && !in_name {
                break;
            }
            a -= 1;
            if one_of!(&*w, "the" | "a" | "an" | "one" | "its" | "his" | "her" | "their") {
                // ("a plan critics have called": "a" opens no plural's phrase; "a few critics")
                if matches!(&*w, "a" | "an") && self.word(h).ends_with('s') && !one_of!(self.word(a + 1), "few" | "dozen" | "couple" | "handful" | "hundred" | "thousand") {
                    return h;
                }
                break;
            }
        }
        a
    }

    /// A run of capitalised words from `i` that looks like a name ("Lavrov",
    /// "Mohammad bin Salman"), titles left out; its end.
    fn name_run(&self, i: usize, hi: usize) -> Option<usize> {
        let doc = self.doc;
        let is_cap = |j: usize| {
            let t = tk(doc, j);
            let w = doc.tok(j);
            t.kind == Kind::Word && starts_upper(w) && !in_list(NOT_NAMES, w.trim_end_matches('.'))
        };
        if !is_cap(i) || self.in_quote[i] || self.tok_mention[i] != 0 {
            return None;
        }
        let mut e = i + 1;
        while e < hi && !self.in_quote[e] && self.tok_mention[e] == 0 {
            let w = doc.tok(e);
            let initial = w.len() == 1 && e + 2 < hi && doc.tok(e + 1) == "." && !tk(doc, e + 1).space_before && is_cap(e + 2);
            if initial {
                e += 2; // "David S. Cohen"
            } else if is_cap(e) || (in_list(NAME_PARTICLES, w) && e + 1 < hi && is_cap(e + 1)) {
                e += 1;
            } else if tk(doc, e).kind == Kind::Dash && !tk(doc, e).space_before && e + 1 < hi && !tk(doc, e + 1).space_before {
                e += 2;
            } else {
                break;
            }
        }
        // all-capital words (datelines, acronyms) are not people
        let text = tok_span(doc, i, e - 1).of(doc.text);
        if text.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()) {
            return None;
        }
        Some(e.min(hi))
    }

    fn who_mention(&self, i: usize) -> Who {
        let m = self.mention_at(i).copied().expect("a mention at i");
        // a capital speaking for its government is the country ("Tehran said" → Iran)
        if m.label == Label::Gpe {
            if let Some(country) = self.clusters.get(m.cluster).and_then(|c| capital_country(&c.name)) {
                let found = self.clusters.iter().position(|c| c.label == Label::Gpe && c.name == country);
                return Who { speaker: found, label: found.is_none().then(|| country.own()), mention: m.span };
            }
        }
        Who { speaker: Some(m.cluster), label: None, mention: m.span }
    }

    /// "China's foreign ministry", "Russia's embassy in Tokyo": a state's body named by a
    /// common noun after the possessive, as a label ("Chinese Foreign Ministry"). `a..e`
    /// is the state's mention; `None` when no body head follows within three words or an
    /// entity covers the words (that entity speaks itself).
    /// "the Kenyan (foreign) government" at tokens `a..e`: the state whose people the
    /// adjective names, when a government noun follows in lower case.
    #[inline(never)]
    fn people_government(&self, a: usize, e: usize, hi: usize) -> Option<Who> {
        let doc = self.doc;
        let h = (e..(e + 3).min(hi)).take_while(|&j| tk(doc, j).kind == Kind::Word && starts_lower(self.word(j))).find(|&j| is_government_noun(self.word(j)) || state_media_at(self, j))?;
        let (label, country) = crate::tables::GAZETTEER.get(self.mention_at(a)?.span.of(doc.text))?;
        if label != "NORP" || !starts_upper(country) {
            return None;
        }
        let mention = tok_span(doc, a, h);
        let speaker = self.clusters.iter().position(|c| c.label == Label::Gpe && c.name == country);
        Some(Who { speaker, label: speaker.is_none().then(|| country.own()), mention })
    }

    fn government_body(&self, a: usize, e: usize, hi: usize) -> Option<Who> {
        let doc = self.doc;
        let state = self.clusters.get(self.mention_at(a)?.cluster)?;
        let from = e + 1;
        let mut h = None;
        for j in from..(from + 3).min(hi) {
            if tk(doc, j).kind != Kind::Word || self.tok_mention[j] != 0 || self.in_quote[j] {
                return None;
            }
            if in_list(ORG_HEADS, &lower(self.word(j))) {
                h = Some(j);
                break;
            }
        }
        let h = h?;
        // "X's state news agency KCNA": the body's own name after its description speaks
        if h + 1 < hi && self.mention_at(h + 1).is_some_and(|m| m.label == Label::Org) {
            return None;
        }
        // "Mali's foreign ministry", "the country's transitional government": a government named by
        // common nouns speaks as its state (a capitalised name, "Ministry of Fisheries", speaks itself)
        if is_government_noun(&lower(self.word(h))) && (from..=h).all(|j| !starts_upper(self.word(j))) {
            let span = tok_span(doc, a, h);
            return Some(self.state_who(self.mention_at(a)?.cluster, span));
        }
        let country = capital_country(&state.name).unwrap_or(&state.name);
        let mut label = country_adjective(country).unwrap_or(country).own();
        for j in from..=h {
            let w = self.word(j);
            let mut cs = w.chars();
            label.push(' ');
            if let Some(c) = cs.next() {
                label.extend(crate::case::upper(c));
                label.push_str(cs.as_str());
            }
        }
        let mut last = h;
        // "embassy in Tokyo"
        if h + 2 < hi.min(doc.tokens.len()) && self.word(h + 1) == "in" {
            if let Some(m) = self.mention_at(h + 2).filter(|m| m.label == Label::Gpe) {
                let place = m.span.of(doc.text);
                label.push_str(" in ");
                label.push_str(place);
                last = self.token_at(m.span.end.saturating_sub(1));
            }
        }
        let span = tok_span(doc, a, last);
        Some(Who { speaker: None, label: Some(label), mention: span })
    }

    /// A place's cluster speaking as its state: a capital ("Seoul") as its country's cluster, or
    /// the country's name as a label when the text has no cluster for it.
    fn state_who(&self, c: usize, mention: Span) -> Who {
        let place = &self.clusters[c].name;
        match capital_country(place) {
            Some(country) => match self.clusters.iter().position(|x| x.name == country) {
                Some(k) => Who { speaker: Some(k), label: None, mention },
                None => Who { speaker: None, label: Some(country.own()), mention },
            },
            None => Who { speaker: Some(c), label: None, mention },
        }
    }

    fn who_name(&mut self, a: usize, e: usize) -> Who {
        let span = tok_span(self.doc, a, e - 1);
        let who = Who { speaker: None, label: Some(span.of(self.doc.text).own()), mention: span };
        // remembered for pronouns when it looks like a person's name (no common word in it)
        let personal = (a..e).all(|j| tk(self.doc, j).kind != Kind::Word || !crate::lexicon::is_common_word(self.word(j)));
        if personal && self.names.last().is_none_or(|(t, _)| *t < a) {
            self.names.push((a, who.clone()));
        }
        who
    }

    fn gender_of(&self, c: usize) -> Gender {
        match self.clusters[c].gender {
            Gender::Unknown => self.learnt[c],
            g => g,
        }
    }

    /// Resolve the pronoun at token `i` to the nearest compatible preceding entity.
    fn who_pronoun(&mut self, i: usize) -> Option<Who> {
        let p = pronoun_kind(self.word(i))?;
        self.who_pronoun_as(i, p)
    }

    /// The referent of the pronoun at token `i`, read as `p` ("his" as "he").
    fn who_pronoun_as(&mut self, i: usize, p: Pron) -> Option<Who> {
        let doc = self.doc;
        let span = tk(doc, i).span();
        let pos = span.start;
        let here = doc.sentence_of(i);
        let first_sentence = match p {
            Pron::He | Pron::She => doc.sentences[here].paragraph.saturating_sub(4),
            Pron::They | Pron::It => doc.sentences[here.saturating_sub(2)].paragraph,
        };
        // "X's foreign ministry condemned it. It said …": a state's body that opens the
        // sentence before is what "it" or "they" stands for
        if matches!(p, Pron::It | Pron::They) && here > 0 && doc.sentences[here - 1].paragraph == doc.sentences[here].paragraph {
            let (a, b) = doc.sentences[here - 1].tokens;
            if let Some(m) = self.mention_at(a).filter(|m| m.label == Label::Gpe && !self.in_quote[a]) {
                let e = self.token_at(m.span.end.saturating_sub(1)) + 1;
                if let Some(mut w) = self.possessive_after(e).then(|| self.government_body(a, e, b)).flatten() {
                    w.mention = span;
                    return Some(w);
                }
            }
        }
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        let mut fallback = None;
        let mut best = None;
        let mut other = None;
        for mi in (0..end).rev().take(PRONOUN_LOOKBACK) {
            let m = self.mentions[mi];
            if m.cluster >= self.clusters.len() {
                continue;
            }
            let t = self.token_at(m.span.start);
            if self.in_quote[t] {
                continue;
            }
            let s = doc.sentence_of(t);
            if doc.sentences[s].paragraph < first_sentence {
                break;
            }
            if self.byline[doc.sentences[s].paragraph] {
                continue;
            }
            let ok = match p {
                Pron::He | Pron::She => {
                    m.label == Label::Person
                        && !matches!((p, self.gender_of(m.cluster)), (Pron::He, Gender::Female) | (Pron::She, Gender::Male))
                }
                Pron::They => m.label == Label::Org,
                Pron::It => m.label == Label::Org,
            };
            // "the lawmakers said … “…,” they wrote": a group of people named after the
            // organisation is what "they" means, and it has no name
            if ok && p == Pron::They && (t + 1..i).any(|k| !self.in_quote[k] && in_list(COLLECTIVES, self.word(k))) {
                break;
            }
            if !ok {
                continue;
            }
            let lo = doc.sentences[s].tokens.0;
            let e = self.token_at(m.span.end.saturating_sub(1)) + 1;
            // "Tom Reed, she said, …": the name just before the pronoun's comma is another
            // person, under any of its names
            if e + 1 == i && self.word(e) == "," {
                other = Some(m.cluster);
                continue;
            }
            if other == Some(m.cluster) {
                continue;
            }
            // a fronted topic is no object: "For X, the calculation is simpler. … he said"
            let topic = t == lo + 1 && matches!(&*lower(self.word(lo)), "for" | "to") && e < doc.tokens.len() && self.word(e) == ",";
            // "She has met X …. “…,” she said": a name after the same pronoun as subject is
            // what that pronoun's referent did something to, not the referent
            // (a possessor that opens its sentence owns the subject and stands for it: "X's
            // office said …. “…,” his spokesman said")
            let object = !topic && (self.is_object(t, lo) || self.possessive_after(e) && t != lo || self.same_pronoun_before(t, lo, p));
            if !object {
                best = Some(m);
                // two candidates in one sentence: the subject, which comes first
                // ("Jane Doe met John Roe. “…,” he said" is Jane Doe's)
                let first = (0..mi).rev().take_while(|&k| self.mentions[k].span.start >= tk(doc, lo).span().start).last();
                if let Some(k) = first.filter(|_| matches!(p, Pron::He | Pron::She) && s != here) {
                    let f = self.mentions[k];
                    let ft = self.token_at(f.span.start);
                    let fe = self.token_at(f.span.end.saturating_sub(1)) + 1;
                    let same_gender_ok = f.label == Label::Person
                        && f.cluster < self.clusters.len()
                        && !matches!((p, self.gender_of(f.cluster)), (Pron::He, Gender::Female) | (Pron::She, Gender::Male));
                    // at the sentence start, after title words at most (not "After meeting X, …")
                    let w0 = lower(self.word(lo));
                    let opening = ft <= lo + 5 && !in_list(FRONTED, &w0) && !w0.ends_with("ing") && (lo..ft).all(|j| tk(doc, j).kind == Kind::Word);
                    if same_gender_ok && opening && !self.in_quote[ft] && !self.is_object(ft, lo) && !self.possessive_after(fe) {
                        best = Some(f);
                    }
                }
                break;
            }
            fallback.get_or_insert(m);
        }
        let m = best.or(fallback);
        // a name the entity layer missed, taken as a cue's subject after the nearest
        // candidate, is the antecedent ("Jane Doe, a broker, said …. “…,” she said")
        if matches!(p, Pron::He | Pron::She) {
            let after = m.map_or(0, |m| self.token_at(m.span.start) + 1);
            // (within this paragraph and the one before)
            let para = doc.paragraphs[doc.sentences[here].paragraph.saturating_sub(1)].sentences.0;
            let near = doc.sentences[para.min(doc.sentences.len() - 1)].tokens.0;
            if let Some(mut w) = self.unnamed_subject_before(i, after.max(near).max(i.saturating_sub(200)), p) {
                w.mention = span;
                return Some(w);
            }
            let named = self.names.iter().rev().find(|(t, _)| *t < i && *t >= after && doc.sentences[doc.sentence_of(*t)].paragraph >= first_sentence);
            if let Some((_, w)) = named {
                return Some(Who { speaker: None, label: w.label.own(), mention: span });
            }
        }
        let m = m?;
        match p {
            Pron::He if self.learnt[m.cluster] == Gender::Unknown => self.learnt[m.cluster] = Gender::Male,
            Pron::She if self.learnt[m.cluster] == Gender::Unknown => self.learnt[m.cluster] = Gender::Female,
            _ => {}
        }
        Some(Who { speaker: Some(m.cluster), label: None, mention: span })
    }

    /// The author of the document named at token `d` ("the report"): within this paragraph
    /// and the one before, "X's report", "a report issued by X", or "X released a report".
    fn document_author(&self, d: usize) -> Option<Who> {
        let doc = self.doc;
        let p = doc.sentences[doc.sentence_of(d)].paragraph.saturating_sub(1);
        let stop = doc.sentences[doc.paragraphs[p].sentences.0.min(doc.sentences.len() - 1)].tokens.0.max(d.saturating_sub(150));
        let speaks = |k: usize| self.mention_at(k).filter(|m| speaker_label(m.label) && m.label != Label::Norp && m.cluster < self.clusters.len());
        let made = |w: &str| one_of!(w, "released" | "issued" | "published" | "sent" | "filed" | "drafted" | "circulated" | "wrote" | "written" | "prepared" | "adopted");
        let mut k = d;
        while k > stop {
            k -= 1;
            if self.in_quote[k] {
                continue;
            }
            if !is_document_noun(&lower(self.word(k))) {
                // "a group of MPs wrote to the minister": the letter is theirs
                if matches!(self.word(k), "wrote" | "signed") {
                    if let Some(w) = self.writers(k, stop) {
                        return Some(w);
                    }
                }
                continue;
            }
            // "the ministry's report"
            if k >= 2 && matches!(self.word(k - 1), "'s" | "’s") && speaks(k - 2).is_some() {
                return Some(self.who_mention(k - 2));
            }
            // "a report issued by X"
            if k + 3 < doc.tokens.len() && made(self.word(k + 1)) && self.word(k + 2) == "by" && speaks(k + 3).is_some() {
                return Some(self.who_mention(k + 3));
            }
            // "In a statement, X welcomed …", "X said in a statement": the sentence's first speaker
            if k >= 2 && lower(self.word(k - 2)) == "in" {
                let (lo, hi) = doc.sentences[doc.sentence_of(k)].tokens;
                if let Some(j) = (lo..hi).find(|&j| !self.in_quote[j] && speaks(j).is_some()) {
                    return Some(self.who_mention(j));
                }
            }
            // "X released a report"
            if k >= 2 && one_of!(&*lower(self.word(k - 1)), "a" | "an" | "its" | "the") && made(self.word(k - 2)) {
                let lo = doc.sentences[doc.sentence_of(k)].tokens.0;
                if let Some(j) = (lo..k - 2).find(|&j| speaks(j).is_some()) {
                    return Some(self.who_mention(j));
                }
            }
        }
        // "the ruling", "the verdict": the court last named before it, or else next in its
        // paragraph
        if one_of!(&*lower(self.word(d)), "ruling" | "judgment" | "verdict") {
            let hi = doc.sentences[doc.paragraphs[doc.sentences[doc.sentence_of(d)].paragraph].sentences.1 - 1].tokens.1;
            let court = |k: &usize| !self.in_quote[*k] && self.mention_at(*k).is_some_and(|m| m.label == Label::Org && self.clusters.get(m.cluster).is_some_and(|c| c.name.contains("Court") || c.name.contains("Tribunal")));
            if let Some(k) = (stop..d).rev().find(court).or_else(|| (d..hi).find(court)) {
                return Some(self.who_mention(k));
            }
        }
        None
    }

    /// Who "wrote" or "signed" at token `v`: a named speaker right before it, or a group
    /// described by a noun phrase from "a"/"the" ("a cross-party group of 40 MPs").
    #[inline(never)]
    fn writers(&self, v: usize, stop: usize) -> Option<Who> {
        let doc = self.doc;
        // (a verb that opens the text has no writer before it)
        let h = v.checked_sub(1)?;
        if let Some(m) = self.mention_at(h).filter(|m| speaker_label(m.label) && m.label != Label::Norp && m.cluster < self.clusters.len()) {
            return Some(self.who_mention(self.token_at(m.span.start)));
        }
        let w = self.word(h);
        if !(w.ends_with('s') && w.len() > 2 || in_list(ORG_HEADS, &lower(w))) {
            return None;
        }
        let mut a = h;
        while a > stop && h - a < 8 {
            a -= 1;
            let t = tk(doc, a);
            if self.in_quote[a] || !matches!(t.kind, Kind::Word | Kind::Number | Kind::Dash) {
                return None;
            }
            if matches!(&*lower(self.word(a)), "a" | "an" | "the") {
                let label = tok_span(doc, a + 1, h).of(doc.text).own();
                return (a < h).then_some(Who { speaker: None, label: Some(label), mention: tok_span(doc, a, h) });
            }
        }
        None
    }

    /// The person "you" at token `y` addresses in an interview: in a question paragraph, the
    /// one who speaks in the answer that follows.
    fn addressee(&self, y: usize) -> Option<usize> {
        let p = self.doc.sentences.get(self.doc.sentence_of(y))?.paragraph;
        if self.doc.paragraphs.get(p)?.role != Role::Question {
            return None;
        }
        crate::entities::answerer(self.doc, self.mentions, self.clusters, p + 1)
    }

    /// The first-person "I" in `lo..cue` of an answer paragraph ("A: … I tell clients, “…”"):
    /// the one who answers.
    fn answerer_at(&self, lo: usize, cue: usize) -> Option<Who> {
        let i = (lo..cue).find(|&j| !self.in_quote[j] && self.word(j) == "I")?;
        let p = self.doc.sentences[self.doc.sentence_of(i)].paragraph;
        let c = crate::entities::answerer(self.doc, self.mentions, self.clusters, p)?;
        Some(Who { speaker: Some(c), label: None, mention: tk(self.doc, i).span() })
    }

    /// "A senior official said …. “…,” he added": the nearest sentence in `lo..i` (outside
    /// quotes) whose subject is an unnamed individual ("A|An|One … official") and that has a
    /// cue; its description is what a later "he" or "she" stands for.
    fn unnamed_subject_before(&self, i: usize, lo: usize, p: Pron) -> Option<Who> {
        let doc = self.doc;
        let here = doc.sentence_of(i);
        let mut s = here;
        while s > 0 {
            s -= 1;
            let (a, b) = doc.sentences[s].tokens;
            if b <= lo {
                return None;
            }
            if a < lo || self.in_quote[a] {
                continue;
            }
            // "The judge disagreed. “…,” he wrote": a definite description as the subject
            // stands for the person it names ("Judge Jane Doe")
            if self.word(a) == "The" {
                let h = (a + 1..(a + 4).min(b)).take_while(|&k| tk(doc, k).kind == Kind::Word).find(|&k| in_list(PERSON_HEADS, self.word(k)));
                let fits = |c: usize| {
                    self.clusters[c].label == Label::Person && !matches!((p, self.gender_of(c)), (Pron::He, Gender::Female) | (Pron::She, Gender::Male))
                };
                let Some(h) = h else { continue };
                match self.who_description(a, h) {
                    Some(w) if w.speaker.is_some_and(fits) => return Some(w),
                    // nobody named with that title: the description itself, in the sentence
                    // just before ("The Latvian trade minister was more cautious. “…,” he said")
                    None if s + 1 == here => {
                        let label = tok_span(doc, a + 1, h).of(doc.text).own();
                        return Some(Who { speaker: None, label: Some(label), mention: tk(doc, h).span() });
                    }
                    _ => continue,
                }
            }
            if !matches!(self.word(a), "A" | "An" | "One") {
                continue;
            }
            let Some(h) = (a + 1..(a + 6).min(b)).take_while(|&k| tk(doc, k).kind == Kind::Word).find(|&k| in_list(PERSON_HEADS, self.word(k))) else { continue };
            // "A spokesperson for X welcomed the ruling. “…,” she said": the spokesperson
            // speaks for X, with or without a cue in the sentence just before
            let head = self.word(h);
            if head.starts_with("spokes") && s + 1 == here {
                if let Some(w) = self.spokes_for(h) {
                    return Some(w);
                }
            }
            if (h + 1..b).any(|k| self.is_cue_word(k)) {
                let label = tok_span(doc, a + 1, h).of(doc.text).own();
                return Some(Who { speaker: None, label: Some(label), mention: tk(doc, h).span() });
            }
        }
        None
    }

    /// "a spokesperson for X" (for, of, at): X as a speaker — an organisation or state
    /// named there, a state's body ("the Iranian embassy"), a description resolved as
    /// such ("the ministry"), or a capitalised name the entity layer missed.
    fn spokes_for(&self, h: usize) -> Option<Who> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut j = h + 1;
        if j >= n || !matches!(&*lower(self.word(j)), "for" | "of" | "at") {
            return None;
        }
        j += 1;
        if j < n && lower(self.word(j)) == "the" {
            j += 1;
        }
        if j >= n || self.in_quote[j] {
            return None;
        }
        let span_to = |k: usize| tok_span(doc, j, k);
        // a modifier and a body's head: "the Iranian embassy", "the U.S. embassy"
        let mut k = j;
        if let Some(m) = self.mention_at(j) {
            let mi = self.tok_mention[j];
            while k + 1 < n && self.tok_mention[k + 1] == mi {
                k += 1;
            }
            if k + 1 < n && m.label != Label::Org && self.tok_mention[k + 1] == 0 && in_list(ORG_HEADS, &lower(self.word(k + 1))) {
                let label = span_to(k + 1).of(doc.text).own();
                return Some(Who { speaker: None, label: Some(label), mention: span_to(k + 1) });
            }
            if matches!(m.label, Label::Org | Label::Gpe) {
                return Some(self.who_mention(j));
            }
            return None;
        }
        if in_list(ORG_HEADS, &lower(self.word(j))) {
            return self.who_description(j, j).or_else(|| Some(Who { speaker: None, label: Some(self.word(j).own()), mention: span_to(j) }));
        }
        let e = self.name_run(j, n.min(j + 8))?;
        let label = span_to(e - 1).of(doc.text).own();
        Some(Who { speaker: None, label: Some(label), mention: span_to(e - 1) })
    }

    /// The capitalised name of an organisation around token `j` ("Union of Road
    /// Hauliers", "Union des Routiers"), at least two words; its token range.
    fn org_name_around(&self, j: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let cap = |k: usize| {
            tk(doc, k).kind == Kind::Word && !self.in_quote[k] && starts_upper(self.word(k)) && !in_list(NOT_NAMES, self.word(k))
        };
        let mut x = j;
        while x > 0 && j - x < 6 && cap(x - 1) && doc.sentence_of(x - 1) == doc.sentence_of(j) {
            x -= 1;
        }
        let mut y = j + 1;
        while y < n && y - j < 8 {
            let w = self.word(y);
            if cap(y) {
                y += 1;
            } else if (in_list(NAME_PARTICLES, w) || one_of!(w, "of" | "for" | "the" | "and")) && y + 1 < n && cap(y + 1) {
                y += 2;
            } else {
                break;
            }
        }
        (y - x >= 2).then_some((x, y))
    }

    /// The token holding byte `pos`.
    fn token_at(&self, pos: usize) -> usize {
        let toks = &self.doc.tokens;
        toks.partition_point(|t| t.span().end <= pos).min(toks.len().saturating_sub(1))
    }

    /// A business in apposition after a name ending at byte `end` ("X, one of Peru's largest
    /// exporters,"), as the entity layer reads it.
    fn business_apposition_after(&self, end: usize) -> bool {
        let e = self.token_at(end);
        let n = self.doc.tokens.len();
        e + 2 < n && self.word(e) == "," && (e + 1..(e + 9).min(n)).take_while(|&j| self.word(j) != ",").any(|j| crate::entities::business_noun(self.word(j)))
    }

    /// A lede's opening description ("LAGOS — A veteran trader …") whose person the next
    /// paragraph names first ("Jane Doe, 61, …", "Judge Jane Doe said"): that person.
    #[inline(never)]
    fn named_next(&self, a: usize, head: &str, span: Span) -> Option<Who> {
        let doc = self.doc;
        let sent = doc.sentences[doc.sentence_of(a)];
        // (the lede: after a dateline's dash, or opening one of the first paragraphs; a source
        // described later in a story is mostly one who stays unnamed)
        if !(sent.tokens.0 == a && sent.paragraph <= 2 || a > 0 && tk(doc, a - 1).kind == Kind::Dash) || !matches!(self.word(a), "A" | "An") {
            return None;
        }
        let para = doc.paragraphs.get(sent.paragraph + 1)?;
        let mut t = doc.sentences.get(para.sentences.0)?.tokens.0;
        // (titles first: "Mr Justice Doe" for "a judge", "Judge Doe")
        let mut titled = false;
        while t + 1 < doc.tokens.len() && self.tok_mention[t] == 0 && (in_list(NOT_NAMES, self.word(t)) || self.word(t) == ".") {
            titled |= lower(self.word(t)) == head || head == "judge" && self.word(t) == "Justice";
            t += 1;
        }
        let m = self.mention_at(t).filter(|m| m.label == Label::Person && m.cluster < self.clusters.len())?;
        let e = self.token_at(m.span.end.saturating_sub(1)) + 1;
        let first = !self.mentions[..self.mentions.partition_point(|x| x.span.start < m.span.start)].iter().any(|x| x.cluster == m.cluster);
        (first && e < doc.tokens.len() && (self.word(e) == "," || titled && self.is_cue_word(e))).then_some(Who { speaker: Some(m.cluster), label: None, mention: span })
    }

    /// "State media said" (phrase `a..=h`): a state's media speak as the state, the place last
    /// named before them (outside quotes, in this paragraph or the three before), as its country. ("Turkish state
    /// television": see [`Ctx::people_government`].)
    #[inline(never)]
    fn state_media(&self, a: usize, h: usize) -> Option<Who> {
        let doc = self.doc;
        if h == a || !state_media_at(self, h) {
            return None;
        }
        let span = tok_span(doc, a, h);
        let p = doc.sentences[doc.sentence_of(a)].paragraph.saturating_sub(3);
        let start = tk(doc, doc.sentences[doc.paragraphs[p].sentences.0].tokens.0).span().start;
        let end = self.mentions.partition_point(|m| m.span.start < span.start);
        let m = self.mentions[..end].iter().rev().take_while(|m| m.span.start >= start).find(|m| m.label == Label::Gpe && m.cluster < self.clusters.len() && !self.in_quote[self.token_at(m.span.start)])?;
        Some(self.state_who(m.cluster, span))
    }

    /// The organisation last named, outside quotes, in the paragraph of token `a` before it.
    #[inline(never)]
    fn body_in_paragraph(&self, a: usize) -> Option<usize> {
        let doc = self.doc;
        let lo = doc.sentences[doc.paragraphs[doc.sentences[doc.sentence_of(a)].paragraph].sentences.0].tokens.0;
        let end = self.mentions.partition_point(|m| m.span.start < tk(doc, a).span().start);
        let start = tk(doc, lo).span().start;
        self.mentions[..end].iter().rev().take_while(|m| m.span.start >= start).find(|m| m.label == Label::Org && m.cluster < self.clusters.len() && !self.in_quote[self.token_at(m.span.start)]).map(|m| m.cluster)
    }

    /// The last body before token `a` in its paragraph, outside quotes, named by a people's
    /// word and a body's noun ("the Ostrian embassy"): its state for a government noun, else
    /// the words as a label.
    #[inline(never)]
    fn people_body_in_paragraph(&self, a: usize) -> Option<Who> {
        let doc = self.doc;
        let lo = doc.sentences[doc.paragraphs[doc.sentences[doc.sentence_of(a)].paragraph].sentences.0].tokens.0;
        let t = (lo..a).rev().find(|&t| !self.in_quote[t] && self.mention_at(t).is_some_and(|m| m.label == Label::Norp))?;
        let e = self.token_at(self.mention_at(t)?.span.end.saturating_sub(1)) + 1;
        if let Some(w) = self.people_government(t, e, a) {
            return Some(w);
        }
        let h = (e..(e + 2).min(a)).take_while(|&j| tk(doc, j).kind == Kind::Word && starts_lower(self.word(j))).find(|&j| in_list(ORG_HEADS, self.word(j)))?;
        Some(Who { speaker: None, label: Some(tok_span(doc, t, h).of(doc.text).own()), mention: tok_span(doc, t, h) })
    }

    /// "the defence minister" that names nobody in the text: an unnamed individual, with
    /// the description as the label (as for "a senior diplomat").
    #[inline(never)]
    fn definite_person(&self, a: usize, h: usize) -> Option<Who> {
        let head = lower(self.word(h));
        // (a spokesperson speaks for a body, found elsewhere)
        if a >= h || !self.word(a).eq_ignore_ascii_case("the") || !in_list(PERSON_HEADS, &head) || head.starts_with("spokes") {
            return None;
        }
        let doc = self.doc;
        // (a person named before without that title is not the one described: "Kade denied
        // it. “…,” the minister said")
        let label = tok_span(doc, a + 1, h).of(doc.text).own();
        Some(Who { speaker: None, label: Some(label), mention: tok_span(doc, a, h) })
    }

    /// "the minister" → the person whose role or title has that head; "the ministry" →
    /// the organisation whose name has it; "officials" → a descriptive label.
    fn who_description(&self, a: usize, h: usize) -> Option<Who> {
        let doc = self.doc;
        let span = tok_span(doc, a, h);
        let head = lower(self.word(h));
        // "the judges wrote": a bench speaks as its court
        let head = if head == "judges" { std::borrow::Cow::Borrowed("court") } else { head };
        let pos = span.start;
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        let person = in_list(PERSON_HEADS, &head);
        let org = in_list(ORG_HEADS, &head);
        let first_para = doc.sentences[doc.sentence_of(a)].paragraph.saturating_sub(6);
        // "a spokesperson for X" speaks for X
        if head.starts_with("spokes") || head == "representative" {
            if let Some(mut w) = self.spokes_for(h) {
                w.mention = span;
                return Some(w);
            }
            // "Acme denied it. “…,” a spokesperson said": the body last named in the paragraph
            if a + 1 == h && matches!(&*lower(self.word(a)), "a" | "an") {
                if let Some(c) = self.body_in_paragraph(a) {
                    return Some(Who { speaker: Some(c), label: None, mention: span });
                }
                // "The Ostrian embassy rejected it. “…,” a spokesperson said": the body a
                // people's word and a body's noun name
                if let Some(w) = self.people_body_in_paragraph(a) {
                    return Some(Who { mention: span, ..w });
                }
            }
        }
        // "the government in Managua", "the regime of X": the state
        if one_of!(&*head, "government" | "regime" | "authorities" | "administration") && h + 2 < doc.tokens.len() && matches!(self.word(h + 1), "in" | "of") {
            if let Some(m) = self.mention_at(h + 2).filter(|m| m.label == Label::Gpe) {
                let place = &self.clusters.get(m.cluster)?.name;
                let country = capital_country(place).unwrap_or(place);
                let speaker = if country == place.as_str() { Some(m.cluster) } else { self.clusters.iter().position(|c| c.name == country) };
                let label = speaker.is_none().then(|| country.own());
                let e = self.token_at(m.span.end.saturating_sub(1));
                return Some(Who { speaker, label, mention: Span::new(span.start, tk(doc, e).span().end) });
            }
        }
        let corporate = matches!(&*head, "company" | "firm");
        // "The spokesperson added": the speaker of an earlier attribution whose mention
        // had that head ("A ministry spokesperson said"); an unnamed one ("a senior judge")
        // only if no person with that title is named after it ("Judge Jane Doe said")
        let mut unnamed: Option<(Who, usize)> = None;
        if person || org {
            for prev in self.history.iter().rev().take(12) {
                let Some(m) = prev.mention.filter(|m| m.end <= pos && prev.has_speaker()) else { continue };
                if doc.sentences[doc.sentence_of(self.token_at(m.start))].paragraph < first_para {
                    break;
                }
                let text = lower(m.of(doc.text));
                // the head in the mention, or before the cue in the cue's sentence
                let in_subject = prev.cue.is_some_and(|c| {
                    let ct = self.token_at(c.start);
                    let lo = doc.sentences[doc.sentence_of(ct)].tokens.0;
                    // (as the head, not a possessor: "the company's chief, X, replied")
                    (lo..ct).any(|j| !self.in_quote[j] && lower(self.word(j)) == head && !matches!(self.word(j + 1), "'s" | "’s"))
                });
                // (a body is no person: "a spokeswoman for the ministry, X Y, said …. The
                // ministry said" is the ministry's)
                let same_people = !(org && prev.speaker.is_some_and(|c| self.clusters.get(c).is_some_and(|c| c.label == Label::Person)));
                if same_people && (in_subject || text.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == head)) {
                    let who = Who { speaker: prev.speaker, label: prev.label.own(), mention: span };
                    if person && prev.speaker.is_none() {
                        unnamed = Some((who, m.start));
                        break;
                    }
                    return Some(who);
                }
            }
        }
        // "the agency", "the group": a generic head stands for the nearest organisation when
        // no name holds it
        let generic = one_of!(&*head, "agency" | "group" | "organisation" | "organization");
        let mut nearest_org = None;
        let mut nearest_person_seen = false;
        for mi in (0..end).rev().take(PRONOUN_LOOKBACK * 2) {
            let m = self.mentions[mi];
            let Some(c) = self.clusters.get(m.cluster) else { continue };
            let t = self.token_at(m.span.start);
            if doc.sentences[doc.sentence_of(t)].paragraph < first_para {
                break;
            }
            // (in this paragraph or the one before)
            if generic && nearest_org.is_none() && m.label == Label::Org && !self.in_quote[t] && doc.sentences[doc.sentence_of(t)].paragraph + 1 >= doc.sentences[doc.sentence_of(a)].paragraph {
                nearest_org = Some(m.cluster);
            }
            if let Some((who, _)) = unnamed.take_if(|(_, at)| m.span.start < *at) {
                return Some(who);
            }
            if person && m.label == Label::Person {
                // a judge is titled "Justice" ("Mr Justice Doe")
                let title = |w: &str| w == head || head == "judge" && w == "justice";
                let role_fits = c.role.as_deref().is_some_and(|r| lower(r).split_whitespace().any(title));
                // or the head word stands just before the name ("commissioner Jane Doe")
                let titled = (t.saturating_sub(4)..t).any(|j| title(&lower(self.word(j))) && doc.sentence_of(j) == doc.sentence_of(t));
                if role_fits || titled {
                    return Some(Who { speaker: Some(m.cluster), label: None, mention: span });
                }
                // "X welcomed the move. “…,” the Ukrainian president wrote": the person who
                // opens the sentence before, when the text gives them no role of its own
                let s = doc.sentence_of(t);
                if c.role.is_none() && unnamed.is_none() && !nearest_person_seen && self.word(a).eq_ignore_ascii_case("the") && doc.sentences[s].tokens.0 == t && s + 1 == doc.sentence_of(a) {
                    return Some(Who { speaker: Some(m.cluster), label: None, mention: span });
                }
                nearest_person_seen = true;
            }
            // "the ministry" after "Seoul's foreign ministry": a state's government body, named by
            // common nouns, speaks as its state (as in `government_body`)
            // ("the Russian foreign ministry" too, by its people's word)
            if is_government_noun(&head) && m.label == Label::Norp && !self.in_quote[t] {
                let e = self.token_at(m.span.end.saturating_sub(1)) + 1;
                if let Some(mut w) = self.people_government(t, e, a) {
                    w.mention = span;
                    return Some(w);
                }
            }
            if is_government_noun(&head) && m.label == Label::Gpe {
                let e = self.token_at(m.span.end.saturating_sub(1)) + 1;
                if e + 1 < doc.tokens.len() && matches!(self.word(e), "'s" | "’s") && (e + 1..(e + 4).min(a)).any(|j| lower(self.word(j)) == head) && (e + 1..(e + 4).min(a)).all(|j| !starts_upper(self.word(j))) {
                    return Some(self.state_who(m.cluster, span));
                }
            }
            if org && m.label == Label::Org {
                let name = lower(&c.name);
                let mut words = name.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty());
                // "the company" is a name with a company's suffix, or one introduced by
                // the head word ("analytics firm X")
                let matches = words.clone().any(|w| w == head)
                    || corporate
                        && (words.next_back().is_some_and(|w| in_list_unsorted(COMPANY_SUFFIXES, w))
                            // ("Acme Trading", "Acme Shipping": a business word ends the name)
                            || c.name.rsplit(' ').next().is_some_and(crate::entities::business_head)
                            || (t.saturating_sub(3)..t).any(|j| matches!(&*lower(self.word(j)), "company" | "firm"))
                            || self.business_apposition_after(m.span.end));
                if matches {
                    return Some(Who { speaker: Some(m.cluster), label: None, mention: span });
                }
            }
        }
        if let Some((who, _)) = unnamed {
            return Some(who);
        }
        if let Some(c) = nearest_org.filter(|_| doc.sentence_of(a) > 0 && self.word(a).eq_ignore_ascii_case("the")) {
            return Some(Who { speaker: Some(c), label: None, mention: span });
        }
        // a name the entity layer missed that holds the head ("the union" after
        // "the Union of Road Hauliers"), in a bounded stretch before
        if org && !corporate {
            let stop = doc.sentences[doc.paragraphs[first_para].sentences.0.min(doc.sentences.len() - 1)].tokens.0;
            let stop = stop.max(a.saturating_sub(400));
            let mut j = a;
            while j > stop {
                j -= 1;
                if self.in_quote[j] || self.tok_mention[j] != 0 || !starts_upper(self.word(j)) {
                    continue;
                }
                if lower(self.word(j)) == head {
                    if let Some((x, y)) = self.org_name_around(j) {
                        let label = tok_span(doc, x, y - 1).of(doc.text).own();
                        return Some(Who { speaker: None, label: Some(label), mention: span });
                    }
                }
            }
        }
        if in_list(COLLECTIVES, &head) {
            // "analysts at Acme Capital said": the firm speaks, as for its spokesperson
            // (past a place and the firm's kind: "analysts at Lisbon brokerage Acme Valores")
            if h + 2 < doc.tokens.len() && matches!(self.word(h + 1), "at" | "from") {
                let mut j = h + 2;
                while j < (h + 6).min(doc.tokens.len()) && (self.mention_at(j).is_some_and(|m| m.label == Label::Gpe) || tk(doc, j).kind == Kind::Word && starts_lower(self.word(j)) && !in_list(PREPOSITIONS, self.word(j))) {
                    j += 1;
                }
                if let Some(m) = self.mention_at(j).filter(|m| m.label == Label::Org && m.cluster < self.clusters.len()) {
                    return Some(Who { speaker: Some(m.cluster), label: None, mention: span });
                }
                if j > h + 2 && j < doc.tokens.len() && starts_lower(self.word(j - 1)) {
                    if let Some((x, y)) = self.org_name_around(j).filter(|&(x, _)| x == j) {
                        return Some(Who { speaker: None, label: Some(tok_span(doc, x, y - 1).of(doc.text).own()), mention: span });
                    }
                }
            }
            let label = span.of(doc.text).trim_start_matches(|c: char| !c.is_alphanumeric()).own();
            let label = label.strip_prefix("the ").or_else(|| label.strip_prefix("The ")).unwrap_or(&label).own();
            return Some(Who { speaker: None, label: Some(label), mention: span });
        }
        // "the 28-year-old said": the person last named before
        if aged(self, h) {
            return self.mentions[..end].iter().rev().take(PRONOUN_LOOKBACK).find(|m| m.label == Label::Person && m.cluster < self.clusters.len()).map(|m| Who { speaker: Some(m.cluster), label: None, mention: span });
        }
        // "some shippers", "many farmers": people named by a plural after a quantifier
        if quantified_plural(self, h, a) {
            return Some(Who { speaker: None, label: Some(self.word(h).own()), mention: span });
        }
        // an unnamed individual gets a descriptive label: "a retired adviser", "one
        // Western diplomat"
        if person && a < h && one_of!(&*lower(self.word(a)), "a" | "an" | "one" | "another") {
            if let Some(who) = self.named_next(a, &head, span) {
                return Some(who);
            }
            let label = Span::new(tk(doc, a + 1).span().start, span.end).of(doc.text).own();
            return Some(Who { speaker: None, label: Some(label), mention: span });
        }
        // a body that no name holds ("the Iranian embassy", "the army") is described, as an
        // unnamed person is
        if org && !corporate && a < h && matches!(&*lower(self.word(a)), "the" | "a" | "an") {
            let label = Span::new(tk(doc, a + 1).span().start, span.end).of(doc.text).own();
            return Some(Who { speaker: None, label: Some(label), mention: span });
        }
        None
    }
}

/// "the 28-year-old" ends at token `i`: a person described by their age.
fn aged(cx: &Ctx, i: usize) -> bool {
    i >= 3 && cx.word(i) == "old" && cx.word(i - 2) == "year" && tk(cx.doc, i - 1).kind == Kind::Dash
}

/// A lower-case plural right after a quantifier at or after `lo` ("some shippers", "Many
/// farmers"): a group of people described.
fn quantified_plural(cx: &Ctx, i: usize, lo: usize) -> bool {
    let w = cx.word(i);
    i > lo && w.len() > 3 && w.ends_with('s') && starts_lower(w) && one_of!(&*lower(cx.word(i - 1)), "some" | "many" | "several" | "most" | "other")
}

/// A document that can be the subject of a cue ("the report says").
fn is_document_noun(w: &str) -> bool {
    one_of!(w, "document" | "report" | "statement" | "letter" | "filing" | "draft" | "memo" | "communique" | "communiqué" | "declaration" | "indictment" | "complaint" | "resolution" | "ruling" | "judgment" | "verdict" | "readout" | "transcript")
}

/// "state media", "State TV": a media word at token `h` after "state".
#[inline(never)]
fn state_media_at(cx: &Ctx, h: usize) -> bool {
    h > 0 && cx.word(h - 1).eq_ignore_ascii_case("state") && one_of!(&*lower(cx.word(h)), "media" | "television" | "tv" | "broadcaster")
}

/// A state's government named by a common noun ("foreign ministry", "interim government"):
/// it speaks as its state.
pub(crate) fn is_government_noun(w: &str) -> bool {
    one_of!(w, "ministry" | "government" | "cabinet" | "presidency")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Quotes of `text` with no entities: (inner text, kind).
    fn quotes(text: &str) -> Vec<(String, QuoteKind)> {
        let doc = segment(text);
        find(&doc, &[], &[]).unwrap().into_iter().map(|q| (q.span.of(text).to_string(), q.kind)).collect()
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.0).collect()
    }

    macro_rules! d {
        ($name:ident, $text:expr, [$($q:expr),*]) => {
            #[test]
            fn $name() {
                let want: Vec<String> = vec![$($q.to_string()),*];
                assert_eq!(texts($text), want);
            }
        };
    }

    d!(curly_double, "“We are ready,” she said.", ["We are ready,"]);
    d!(straight_double, "He said, \"The road is long.\" Then he left.", ["The road is long."]);
    d!(single_curly, "The paper cited ‘grave concerns’ over the deal.", ["grave concerns"]);
    d!(single_straight, "The board cited 'safety' as the reason.", ["safety"]);
    d!(guillemets, "Il a dit « non » hier.", ["non"]);
    d!(german, "Er sagte „nein“ dazu.", ["nein"]);
    d!(apostrophes_never_quote, "Kim's aides don't like the '90s or the Bidens' plans.", []);
    d!(curly_apostrophes, "Kim’s aides don’t like the ’90s or the Bidens’ plans.", []);
    d!(nested_single, "She wrote, “He told me, ‘Wait here.’ Then he left.”", ["He told me, ‘Wait here.’ Then he left."]);
    d!(nested_straight, "He wrote, \"The \"plan\" is dead and buried.\" He was angry.", ["The \"plan\" is dead and buried."]);
    d!(apostrophe_inside_quote, "“We don’t know the Bidens’ view,” he said.", ["We don’t know the Bidens’ view,"]);
    d!(unbalanced_recovers, "He said “this never ends.\n\nA new paragraph “starts” here.", ["this never ends.", "starts"]);
    d!(multi_paragraph, "“The first part goes on.\n\n“The second part ends here,” she said.", ["The first part goes on.", "The second part ends here,"]);
    d!(split_quote, "“What matters most,” the judge said, “is the evidence.”", ["What matters most,", "is the evidence."]);
    d!(stray_closing, "This is odd” and nothing opens.", []);
    d!(space_before_closing, "He said, 'Let us go.' \"", ["Let us go."]);
    d!(trailing_space_kept_out, "“It is over. ” he said.", ["It is over."]);

    macro_rules! k {
        ($name:ident, $text:expr, [$($kind:ident),*]) => {
            #[test]
            fn $name() {
                let got: Vec<QuoteKind> = quotes($text).into_iter().map(|q| q.1).collect();
                assert_eq!(got, vec![$(QuoteKind::$kind),*]);
            }
        };
    }

    k!(kind_direct_after_comma, "The mayor said, \"We will rebuild the bridge.\"", [Direct]);
    k!(kind_direct_colon, "The mayor said: \"We will rebuild.\"", [Direct]);
    k!(kind_direct_sentence_start, "\"We will rebuild,\" the mayor said.", [Direct]);
    k!(kind_split_is_direct, "\"The bridge,\" she said, \"will be rebuilt.\"", [Direct, Direct]);
    k!(kind_partial_fragment, "The mayor called the plan \"a costly mistake\" on Monday.", [Partial]);
    k!(kind_partial_said_fragment, "The mayor said \"good progress\" had been made.", [Partial]);
    k!(kind_partial_mid_sentence, "The city \"cannot wait any longer,\" the mayor said.", [Partial]);
    // the nouns "states" and "call" are no cue: the quote is a fragment of the sentence
    k!(kind_partial_after_states_noun, "The member states “will not pay for the repairs,” he said. The states of the region “will not pay either,” she said.", [Partial, Partial]);
    k!(kind_partial_after_call_noun, "The call “to end the blockade now” came from Tom Reed.", [Partial]);
    k!(kind_partial_name, "The plan, named \"Blue Sky\", was approved.", [Partial]);
    k!(kind_partial_bracket, "The list (\"Grey List\") grew.", [Partial]);
    k!(kind_direct_by_saying, "She ended by saying \"we will not give up on this town.\"", [Direct]);
    k!(kind_direct_clause_after_verb, "The mayor believes \"there is room for a second bridge.\"", [Direct]);
    k!(kind_partial_clause_goes_on, "According to her office, \"rebuilding the bridge\" is the first aim.", [Partial]);
    k!(kind_partial_scare_start, "\"Peace\" was the word of the day.", [Partial]);
    k!(kind_partial_after_parenthetical_cue, "The new dean, she said, \"answers every letter by hand.\"", [Partial]);
    k!(kind_partial_after_reporters_clause, "Traders said the price could rise for a month, \"until the harvest comes in, as it always does.\"", [Partial]);
    k!(kind_direct_lower_after_whole_cue, "As the council said on Monday, \"the bridge is safe again.\" He told us, \"we are done.\"", [Direct, Direct]);
    k!(kind_direct_lower_split, "\"We will win,\" she said, \"and we will keep going.\"", [Direct, Direct]);
    k!(kind_partial_relative_that, "She called the levy \"a relic\" that \"only hurts farmers.\"", [Partial, Partial]);
    k!(kind_direct_after_dateline_dash, "TARVO, Estland — \"We will open the port,\" the mayor said. 14:20 – \"The vote is over,\" the clerk told us.", [Direct, Direct]);

    #[test]
    fn word_lists_sorted() {
        for list in [CUES, FRONTED, PREPOSITIONS, PERSON_HEADS, ORG_HEADS, COLLECTIVES, NOT_NAMES, NAME_PARTICLES] {
            assert!(!list.is_empty());
            assert!(list.windows(2).all(|w| w[0] < w[1]), "unsorted near {:?}", list.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn capitals_sorted() {
        assert!(CAPITALS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(capital_country("Tehran"), Some("Iran"));
        assert_eq!(country_adjective("China"), Some("Chinese"));
    }

    #[test]
    fn ten_thousand_marks_linear_and_safe() {
        for unit in ["\"", "“", "”", "'", "‘", "’", "« ", "a\" ", " 'b ", "“x ‘y ", "\"\n\n", "“a,” he said, ", "\"b\" and ", "Ann Lee said “c” "] {
            let text = unit.repeat(10_000);
            let start = std::time::Instant::now();
            let doc = segment(&text);
            let qs = find(&doc, &[], &[]).unwrap();
            for q in &qs {
                assert!(text.get(q.span.start..q.span.end).is_some());
            }
            assert!(start.elapsed().as_secs_f64() < 2.0, "{unit:?} took {:?}", start.elapsed());
        }
    }

    #[test]
    fn never_panics_on_odd_inputs() {
        for text in ["", "\"", "'", "“", "”\"“", "a'", "'a", "“‘’”", " \" \n\n \" ", "„", "»«", "’s", "said,\"", "\"—\"", "\" he said"] {
            let doc = segment(text);
            let _ = find(&doc, &[], &[]).unwrap();
        }
    }

    // ---------- attribution with hand-made mentions ----------

    fn cluster(name: &str, label: Label, gender: Gender) -> Cluster {
        Cluster { label, name: name.to_string(), aliases: vec![], mentions: 1, role: None, gender }
    }

    /// Mentions: every occurrence of each (surface, cluster) pair.
    fn mentions_of(text: &str, forms: &[(&str, usize, Label)]) -> Vec<Mention> {
        let mut out = Vec::new();
        for &(form, cluster, label) in forms {
            let mut from = 0;
            while let Some(p) = text[from..].find(form) {
                let s = from + p;
                out.push(Mention { span: Span::new(s, s + form.len()), label, cluster });
                from = s + form.len();
            }
        }
        crate::sort::sort_by_key(&mut out, |m| m.span.start);
        out
    }

    /// (quote text, speaker name or label, mention text, cue text)
    fn attributed(text: &str, clusters: &[Cluster], forms: &[(&str, usize, Label)]) -> Vec<(String, String, String, String)> {
        let doc = segment(text);
        let ms = mentions_of(text, forms);
        find(&doc, &ms, clusters)
            .unwrap()
            .into_iter()
            .map(|q| {
                let who = q.speaker.map(|c| clusters[c].name.clone()).or(q.speaker_label).unwrap_or_default();
                (
                    q.span.of(text).to_string(),
                    who,
                    q.speaker_mention.map(|s| s.of(text).to_string()).unwrap_or_default(),
                    q.cue.map(|s| s.of(text).to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    macro_rules! a {
        ($name:ident, $text:expr, [$(($cname:expr, $label:ident, $gender:ident, [$($form:expr),*])),*], [$(($who:expr, $men:expr, $cue:expr)),*]) => {
            #[test]
            #[allow(unused_mut, unused_variables)]
            fn $name() {
                let mut clusters = Vec::new();
                let mut forms = Vec::new();
                $(
                    let ci = clusters.len();
                    clusters.push(cluster($cname, Label::$label, Gender::$gender));
                    $( forms.push(($form, ci, Label::$label)); )*
                )*
                let got: Vec<(String, String, String)> = attributed($text, &clusters, &forms).into_iter().map(|q| (q.1, q.2, q.3)).collect();
                let want: Vec<(String, String, String)> = vec![$(($who.to_string(), $men.to_string(), $cue.to_string())),*];
                assert_eq!(got, want);
            }
        };
    }

    // "the company" is a firm whose name ends in a business word
    a!(company_by_its_business_name, "Regulators fined Tarvo Shipping, which runs ferries to Tallinn, on Monday.\n\n“We will appeal,” the company said.",
        [("Tarvo Shipping", Org, Unknown, ["Tarvo Shipping"]), ("Tallinn", Gpe, Unknown, ["Tallinn"])], [("Tarvo Shipping", "the company", "said")]);
    // a lede's description is the person the next paragraph names first; one described later
    // in the story stays unnamed
    a!(lede_description_named_next, "RIGA — A veteran ship broker told a court on Monday that he had been “misled by his partners”.\n\nIvo Sarkans, 58, denies the charges.",
        [("Ivo Sarkans", Person, Male, ["Ivo Sarkans"])], [("Ivo Sarkans", "A veteran ship broker", "told")]);
    a!(lede_judge_named_by_title_next, "LONDON — A senior judge on Thursday rejected the appeal, saying the minister was “entitled to act”.\n\nMr Justice Ian Blake said the case was weak.",
        [("Ian Blake", Person, Male, ["Ian Blake"])], [("Ian Blake", "A senior judge", "saying")]);
    a!(late_description_stays_unnamed, "Port fees\n\nThe council met.\n\nIt voted on Monday.\n\nA ship broker said the fees were “far too high”.\n\nIvo Sarkans, the mayor, said he would act.",
        [("Ivo Sarkans", Person, Male, ["Ivo Sarkans"])], [("ship broker", "A ship broker", "said")]);
    // a possessor that opens the sentence before stands for "his" ("X's office said …")
    a!(possessor_opening_sentence_is_antecedent, "Port fees\n\nTom Reed arrived on Monday.\n\nJorge Alvarez’s office said the minister would travel to Lima. “He looks forward to the visit,” his spokesman said.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Jorge Alvarez", Person, Male, ["Jorge Alvarez"]), ("Lima", Gpe, Unknown, ["Lima"])], [("Jorge Alvarez", "his spokesman", "said")]);
    // "the company" is not the person whose subject had "the company's" as a possessor
    a!(possessor_head_is_no_earlier_speaker, "Factory closes\n\nBrandt Motoren AG shut its plant in Kassel.\n\nAsked about it, the company’s chief executive, Hans Vogel, replied: “Not this year.”\n\nThe company said it expected “heavy losses”.",
        [("Brandt Motoren AG", Org, Unknown, ["Brandt Motoren AG"]), ("Kassel", Gpe, Unknown, ["Kassel"]), ("Hans Vogel", Person, Male, ["Hans Vogel"])], [("Hans Vogel", "Hans Vogel", "replied"), ("Brandt Motoren AG", "The company", "said")]);
    // reporting verbs in the present tense of features and profiles
    a!(present_tense_cues, "Port fees\n\nTom Reed runs the port. He concedes that costs have “gone up”. “We adapt,” he recalls.",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "He", "concedes"), ("Tom Reed", "he", "recalls")]);
    // "the agency", "the group": the nearest organisation when no name holds the head
    a!(generic_head_nearest_org, "Port fees\n\nThe Harbour Safety Administration closed the pier. “The risks are too high,” the agency said.",
        [("Harbour Safety Administration", Org, Unknown, ["Harbour Safety Administration"])], [("Harbour Safety Administration", "the agency", "said")]);
    // a definite description that names nobody before it is an unnamed individual
    a!(definite_description_unnamed, "Port fees\n\nTalks in Tarvo went on late.\n\n“We are ready,” the defence minister said.",
        [("Tarvo", Gpe, Unknown, ["Tarvo"])], [("defence minister", "the defence minister", "said")]);
    // a title word ends a sentence before a name: it is not that name's title
    a!(title_across_sentences_no_title, "Port fees\n\nFarmers in Tarvo wrote to the minister.\n\nIvo Sarkans, 58, denies the charges. Talks went on.\n\n“We are ready,” the minister said.",
        [("Tarvo", Gpe, Unknown, ["Tarvo"]), ("Ivo Sarkans", Person, Male, ["Ivo Sarkans"])], [("minister", "the minister", "said")]);
    // a singular article opens no plural speaker's phrase
    // a place in a hyphenated modifier never speaks: the described person does
    a!(place_in_based_modifier_no_speaker, "“Freight rates will double,” said one Hong Kong-based shipbroker, who asked not to be named. A Tallinn-based captain said he “saw it coming”.",
        [("Hong Kong", Gpe, Unknown, ["Hong Kong"]), ("Tallinn", Gpe, Unknown, ["Tallinn"])], [("Hong Kong-based shipbroker", "one Hong Kong-based shipbroker", "said"), ("Tallinn-based captain", "A Tallinn-based captain", "said")]);
    // (a person's name cut at a hyphen by the entity layer still speaks)
    a!(person_cut_at_a_hyphen_still_speaks, "“We will act,” Vice Minister Pak Un-ju told reporters.",
        [("Pak Un", Person, Unknown, ["Pak Un"])], [("Pak Un", "Pak Un", "told")]);
    a!(plural_speaker_after_a_noun, "They backed a scheme residents have called “a land grab”.", [], [("residents", "residents", "called")]);
    // the person who opens the sentence before a quote with no cue speaks it, also after a
    // fronted "Asked …,"; a clause about a person before a colon too
    a!(person_opening_the_sentence_before, "Tom Reed arrived late.\n\nAsked about the date, Reed was blunt. “By June. No later.”",
        [("Tom Reed", Person, Male, ["Tom Reed", "Reed"])], [("Tom Reed", "Reed", "")]);
    a!(pronoun_opening_the_sentence_before, "Maria Lopez arrived late. She was cautious. “Not yet.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "She", "")]);
    a!(long_clause_before_colon, "Maria Lopez was in no mood at all to give way on the tariffs: “We have waited long enough.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "")]);
    // a government named by its people's adjective speaks as its state
    a!(people_adjective_government, "The Kenyan foreign ministry said it would “respond in kind”.",
        [("Kenyan", Norp, Unknown, ["Kenyan"])], [("Kenya", "Kenyan foreign ministry", "said")]);
    // a coordinated cue after the quote shares the main clause's subject, not the subject of
    // the clause the quote ends
    a!(coordinated_cue_main_subject, "Maria Lopez told the court that Portugal would reopen the port “once the strike ends,” but warned of delays.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Portugal", Gpe, Unknown, ["Portugal"])], [("Maria Lopez", "Maria Lopez", "warned")]);
    // a plural after a quantifier is a described group, and the quantifier no name
    a!(quantified_plural_speaker, "Many growers described the new levy as “daylight robbery”.", [], [("growers", "Many growers", "described")]);
    // a passive cue's agent after the quote speaks
    a!(passive_agent_speaks, "The levy was described as “daylight robbery” by Maria Lopez on Monday.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "described")]);
    // "the 52-year-old said": the person last named (the age is a date mention)
    a!(age_description_speaker, "Maria Lopez runs a shop in the old town. “We are tired,” the 52-year-old said.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("52-year-old", Date, Unknown, ["52-year-old"])], [("Maria Lopez", "the 52-year-old", "said")]);
    // the "of" of a title before a name is no preposition taking the name as its object: the
    // name is the subject a later "he" stands for
    // a body no name holds is described, not the last quote's speaker
    a!(described_bodies_no_earlier_speaker, "Tom Reed called it “unfair”.\n\n“We reject the claims,” the Tarvian embassy said.\n\n“We object,” the Lorvish delegation said.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Tarvian", Norp, Unknown, ["Tarvian"]), ("Lorvish", Norp, Unknown, ["Lorvish"])],
        [("Tom Reed", "Tom Reed", "called"), ("Tarvian embassy", "the Tarvian embassy", "said"), ("Lorvish delegation", "the Lorvish delegation", "said")]);
    // an indefinite noun phrase whose head no word list holds describes an unnamed person,
    // before the cue, after an inverted cue, and as one of a group; not the last speaker
    a!(indefinite_unknown_head_described, "Tom Reed called the levy “unfair”.\n\nA shipbroker in Tarvo said owners “simply re-flag the ships”.\n\n“It is a farce,” said one Lorvish ferryman, who asked not to be named.\n\nOne of our suppliers in Tarvo told me: “Prices will rise.”",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Tarvo", Gpe, Unknown, ["Tarvo"]), ("Lorvish", Norp, Unknown, ["Lorvish"])],
        [("Tom Reed", "Tom Reed", "called"), ("shipbroker", "A shipbroker", "said"), ("Lorvish ferryman", "one Lorvish ferryman", "said"), ("supplier", "One of our suppliers", "told")]);
    // "the ministry" after a named spokeswoman for a people's foreign ministry is that
    // ministry, speaking as its state, not the spokeswoman
    a!(ministry_after_its_named_spokeswoman, "Ana Souto, a spokeswoman for the Kenyan foreign ministry, said the plan would “backfire”. The ministry later said it was “studying the list”.",
        [("Ana Souto", Person, Female, ["Ana Souto"]), ("Kenyan", Norp, Unknown, ["Kenyan"])], [("Ana Souto", "Ana Souto", "said"), ("Kenya", "The ministry", "said")]);
    // a bare "a spokesperson" speaks for the body last named in its paragraph
    a!(bare_spokesperson_speaks_for_body, "Tom Reed called the fine “unfair”.\n\nThe firm, Tarvo Shipping, denied wrongdoing. “We have always obeyed the law,” a spokesperson said.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Tarvo Shipping", Org, Unknown, ["Tarvo Shipping"])], [("Tom Reed", "Tom Reed", "called"), ("Tarvo Shipping", "a spokesperson", "said")]);
    // the one urged or warned is addressed, never the speaker
    a!(urged_object_is_no_speaker, "The envoys urged Tarvo to “return to talks”.",
        [("Tarvo", Gpe, Unknown, ["Tarvo"])], [("", "", "urged")]);
    a!(title_of_before_name_is_subject, "Tom Reed vowed to “fight on”.\n\nMinister of Finance Ivo Sarkans said the levy “stands”. He added that it was “only a start”.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Ivo Sarkans", Person, Male, ["Ivo Sarkans"])], [("Tom Reed", "Tom Reed", "vowed"), ("Ivo Sarkans", "Ivo Sarkans", "said"), ("Ivo Sarkans", "He", "added")]);
    // a body inside a title ("of the Treasury") is still no speaker: the name after it is
    a!(title_body_is_no_speaker, "“Prices will fall,” said Deputy Secretary of the Treasury Ivo Sarkans.",
        [("Treasury", Org, Unknown, ["Treasury"])], [("Ivo Sarkans", "Ivo Sarkans", "said")]);
    a!(title_of_after_preposition_is_object, "Tom Reed met with Minister of Finance Ivo Sarkans. “It went well,” he said.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Ivo Sarkans", Person, Male, ["Ivo Sarkans"])], [("Tom Reed", "he", "said")]);
    a!(after_name_said, "“The harbour will reopen soon,” Maria Lopez said.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "said")]);
    a!(after_said_name_apposition, "“Prices will fall,” said Tom Reed, an economist at Northbank.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Northbank", Org, Unknown, ["Northbank"])], [("Tom Reed", "Tom Reed", "said")]);
    a!(before_said_colon, "Maria Lopez said: “We will vote against the bill.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "said")]);
    a!(told_object_is_not_speaker, "“We are open to talks,” Maria Lopez told Tom Reed on Friday.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Tom Reed", Person, Male, ["Tom Reed"])], [("Maria Lopez", "Maria Lopez", "told")]);
    a!(pronoun_by_gender, "Tom Reed met Maria Lopez in the capital.\n\n“The talks went well,” she said.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "she", "said")]);
    a!(pronoun_chain_skips_what_it_did, "Maria Lopez studied law in Madrid.\n\nShe has met Gen. Tom Reed twice and likes him.\n\n“He is hard to read,” she said.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Tom Reed", Person, Unknown, ["Tom Reed"])], [("Maria Lopez", "she", "said")]);
    a!(parenthetical_pronoun_not_the_name, "Maria Lopez met the port staff on Monday.\n\nTom Reed has become an ally; Mr. Reed, she said, “answers every call at midnight.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Tom Reed", Person, Unknown, ["Tom Reed", "Reed"])], [("Maria Lopez", "she", "said")]);
    // (no description of a crane driver is known: better no speaker than the dateline's city)
    a!(dateline_speaks_for_no_one, "Port strike\n\nLISBON, Portugal — A veteran crane driver took the stand on Tuesday, telling the court he had been “misled from the start.”",
        [("LISBON", Gpe, Unknown, ["LISBON"]), ("Portugal", Gpe, Unknown, ["Portugal"])], [("", "", "telling")]);
    a!(colon_after_apposed_name, "When the board met, the answer came in one line from the harbour master, Tom Reed: “We will not reopen the quay.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "Tom Reed", "")]);
    a!(pronoun_skips_object, "Tom Reed spoke on the radio. Talking to Maria Lopez of the station, he said, “No deal is near.”",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Maria Lopez", Person, Unknown, ["Maria Lopez"])], [("Tom Reed", "he", "said")]);
    a!(he_added_continues, "“The first step is done,” Reed said. “The second step is harder,” he added. “We need more time.”",
        [("Tom Reed", Person, Male, ["Reed"])], [("Tom Reed", "Reed", "said"), ("Tom Reed", "he", "added"), ("Tom Reed", "he", "added")]);
    a!(newspaper_paragraphs, "Maria Lopez said: “The port will reopen in May.\n\n“The workers will return first.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "said"), ("Maria Lopez", "Maria Lopez", "said")]);
    a!(newspaper_speaker_named_later, "The mayor spoke at noon.\n\n“The port will reopen in May.\n\n“The workers will return first,” Maria Lopez said.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "said"), ("Maria Lopez", "Maria Lopez", "said")]);
    a!(organisation_speaks, "The Harbour Authority said the delay was “regrettable but necessary.”",
        [("Harbour Authority", Org, Unknown, ["Harbour Authority"])], [("Harbour Authority", "Harbour Authority", "said")]);
    a!(spokesperson_for_org, "“The plant is safe,” a spokesperson for Greenfield Power said.",
        [("Greenfield Power", Org, Unknown, ["Greenfield Power"])], [("Greenfield Power", "Greenfield Power", "said")]);
    a!(named_spokesperson_wins, "Maria Lopez's spokesman, Tom Reed, said “nothing has changed.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "Tom Reed", "said")]);
    a!(according_to, "“The numbers do not add up,” according to Maria Lopez, who leads the audit.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "according to")]);
    a!(relative_clause_skipped, "Tom Reed, who advised Maria Lopez for years, wrote on his blog, “It was a fine run.”",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Tom Reed", "Tom Reed", "wrote")]);
    a!(fronted_phrase_skipped, "In an interview with Riverside Radio, Maria Lopez said, “The vote was fair.”",
        [("Riverside Radio", Org, Unknown, ["Riverside Radio"]), ("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "said")]);
    a!(dash_attribution, "Sayings of the week.\n\n“Nothing is ever simple” – Maria Lopez",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "")]);
    a!(question_asked, "“Who will pay for it?” asked Tom Reed.",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "Tom Reed", "asked")]);
    a!(previous_sentence_attribution, "Tom Reed also criticised the budget on his blog. “The sums are wrong from the start.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "Tom Reed", "criticised")]);
    a!(description_by_title, "The rail commissioner Maria Lopez opened the line. The commissioner said, “Trains will run hourly.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "The commissioner", "said")]);
    a!(ministry_description, "The Ministry of Roads announced the plan. The ministry said it was “a first step.”",
        [("Ministry of Roads", Org, Unknown, ["Ministry of Roads"])], [("Ministry of Roads", "The ministry", "said")]);
    a!(collective_label, "Officials said the bridge was “safe for now.”", [], [("Officials", "Officials", "said")]);
    a!(scare_quote_no_speaker, "The town runs a “green” bus service.", [], [("", "", "")]);
    a!(headline_no_speaker, "Town closes pier, citing 'storm risk'\n\nThe town closed its pier on Monday.",
        [("Town", Gpe, Unknown, [])], [("", "", "citing")]);
    a!(according_to_post_by, "Ships were seized in 2011. “The ships carry arms,” according to a post on Monday by US envoy Tom Reed. The US agreed.",
        [("United States", Gpe, Unknown, ["US"]), ("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "Tom Reed", "according to")]);
    a!(fallback_name_without_entities, "“We will appeal,” Ortega said.", [], [("Ortega", "Ortega", "said")]);
    a!(partial_after_attribution, "The border issue is a “serious concern” for both towns, she said.",
        [], [("", "she", "said")]);

    // ---------- subject phrases: apposition, possessors, government bodies ----------

    a!(apposition_after_inverted_cue, "“The talks will fail,” said a former envoy to Norway, Sir Alan Brooke.",
        [("Norway", Gpe, Unknown, ["Norway"]), ("Alan Brooke", Person, Male, ["Alan Brooke"])], [("Alan Brooke", "Alan Brooke", "said")]);
    a!(description_object_is_no_speaker, "“The talks will fail,” said a retired adviser to Norway.",
        [("Norway", Gpe, Unknown, ["Norway"])], [("retired adviser", "a retired adviser", "said")]);
    a!(apposition_missed_name, "“Nobody reads the small print,” said a lawyer in Oslo, Ingrid Halvorsen.",
        [("Oslo", Gpe, Unknown, ["Oslo"])], [("Ingrid Halvorsen", "Ingrid Halvorsen", "said")]);
    a!(possessor_then_missed_name, "Canada's delegate, Olu Badmus, backed the plan, saying the vote was “long overdue.”",
        [("Canada", Gpe, Unknown, ["Canada"])], [("Olu Badmus", "Olu Badmus", "saying")]);
    a!(possessor_alone, "Canada's delegate backed the plan, saying the vote was “long overdue.”",
        [("Canada", Gpe, Unknown, ["Canada"])], [("Canada", "Canada", "saying")]);
    a!(government_speaks_as_its_state, "Norway's foreign ministry said the new tariff was “unfair to fishermen.”",
        [("Norway", Gpe, Unknown, ["Norway"])], [("Norway", "Norway's foreign ministry", "said")]);
    a!(capital_government_speaks_as_its_country, "Norway and Sweden met in May. Oslo's foreign ministry said the tariff was “unfair.”",
        [("Norway", Gpe, Unknown, ["Norway"]), ("Sweden", Gpe, Unknown, ["Sweden"]), ("Oslo", Gpe, Unknown, ["Oslo"])], [("Norway", "Oslo's foreign ministry", "said")]);
    a!(the_ministry_after_a_state_body, "The cod quota was cut, Norway's foreign ministry said in a statement. Fishermen protested in Bergen.\n\n“The quota is final,” the ministry said.",
        [("Norway", Gpe, Unknown, ["Norway"]), ("Bergen", Gpe, Unknown, ["Bergen"])], [("Norway", "the ministry", "said")]);
    a!(interim_government_speaks_as_its_state, "Ruritania's interim government called the tariff “a provocation.”",
        [("Ruritania", Gpe, Unknown, ["Ruritania"])], [("Ruritania", "Ruritania's interim government", "called")]);
    a!(capitalised_government_body_keeps_its_label, "Norway's Fisheries Directorate Office said the quota was “final.”",
        [("Norway", Gpe, Unknown, ["Norway"])], [("Norwegian Fisheries Directorate Office", "Norway's Fisheries Directorate Office", "said")]);
    a!(government_body_in_place, "Peru's embassy in Madrid called the ruling “a grave mistake.”",
        [("Peru", Gpe, Unknown, ["Peru"]), ("Madrid", Gpe, Unknown, ["Madrid"])], [("Peruvian Embassy in Madrid", "Peru's embassy in Madrid", "called")]);
    a!(government_body_named_org_wins, "Norway's Ministry of Fisheries said the tariff was “unfair.”",
        [("Norway", Gpe, Unknown, ["Norway"]), ("Ministry of Fisheries", Org, Unknown, ["Ministry of Fisheries"])],
        [("Ministry of Fisheries", "Ministry of Fisheries", "said")]);
    a!(coordinated_cue_shares_subject, "Norway's foreign ministry said Oslo had met each demand and urged both sides “to keep talking.”",
        [("Norway", Gpe, Unknown, ["Norway"]), ("Oslo", Gpe, Unknown, ["Oslo"])], [("Norway", "Norway's foreign ministry", "urged")]);
    a!(coordinated_cue_pronoun_elsewhere, "The Harbour Board said it had asked Northbank for data and noted that the port “cannot wait.”",
        [("Harbour Board", Org, Unknown, ["Harbour Board"]), ("Northbank", Org, Unknown, ["Northbank"])], [("Harbour Board", "Harbour Board", "noted")]);
    a!(capital_is_its_country, "Canada protested. Ottawa has long described the levy as “a trade barrier.”",
        [("Canada", Gpe, Unknown, ["Canada"]), ("Ottawa", Gpe, Unknown, ["Ottawa"])], [("Canada", "Ottawa", "described")]);
    a!(capital_country_label, "Ottawa has long described the levy as “a trade barrier.”",
        [("Ottawa", Gpe, Unknown, ["Ottawa"])], [("Canada", "Ottawa", "described")]);

    // ---------- missed names and pronouns ----------

    a!(norp_never_speaks, "Ana Souto, a trader who, like many Chileans, sells copper, said the rules were “too strict.”",
        [("Chileans", Norp, Unknown, ["Chileans"])], [("Ana Souto", "Ana Souto", "said")]);
    a!(missed_name_takes_pronoun, "Tom Reed runs a shipyard.\n\nAna Souto, a trader in Lima, said the rules were “too strict.”\n\n“We obey our own laws,” she said.",
        [("Tom Reed", Person, Unknown, ["Tom Reed"]), ("Lima", Gpe, Unknown, ["Lima"])],
        [("Ana Souto", "Ana Souto", "said"), ("Ana Souto", "she", "said")]);
    a!(pronoun_subject_after_preposition, "Tom Reed left the bank in May. He now advises funds on what he calls “the long game.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("Tom Reed", "he", "calls")]);
    a!(pronoun_prefers_sentence_subject, "Kim Sun met Lee Jin in the port city.\n\n“The deal is done,” he said.",
        [("Kim Sun", Person, Unknown, ["Kim Sun"]), ("Lee Jin", Person, Unknown, ["Lee Jin"])], [("Kim Sun", "he", "said")]);
    a!(pronoun_fronted_phrase_not_subject, "After meeting Kim Sun, Lee Jin flew home.\n\n“The deal is done,” he said.",
        [("Kim Sun", Person, Unknown, ["Kim Sun"]), ("Lee Jin", Person, Unknown, ["Lee Jin"])], [("Lee Jin", "he", "said")]);
    a!(pronoun_gender_beats_subject, "Kim Sun met Maria Lopez in the port city.\n\n“The deal is done,” she said.",
        [("Kim Sun", Person, Male, ["Kim Sun"]), ("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "she", "said")]);
    a!(byline_never_speaks, "Harbour reopens\n\nBy Tom Reed\n\nThe mayor met residents on Monday.\n\n“We will rebuild,” he said.",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("mayor", "he", "said")]);
    a!(photo_credit_never_speaks, "Harbour reopens\n\nPhoto: Boats in the bay. (Tom Reed/Agency)\n\n“We will rebuild,” he said.",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("", "he", "said")]);

    // ---------- descriptions and naming verbs ----------

    a!(spokesperson_reuses_earlier_speaker, "A Harbour Board spokesperson said the port was “safe.” The spokesperson added that it was “too early to say.”",
        [("Harbour Board", Org, Unknown, ["Harbour Board"])],
        [("Harbour Board", "Harbour Board", "said"), ("Harbour Board", "The spokesperson", "added")]);
    a!(put_it_is_a_cue, "The ferry was late again. As Maria Lopez put it, “The timetable is a rumour.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "put it")]);
    a!(summed_up_is_a_cue, "Maria Lopez summed up the week for the crew: “We sail on Friday or not at all.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "summed")]);
    a!(unnamed_trade_speaker, "Freight rates doubled. “Nobody books a month ahead now,” one broker in the port told reporters.",
        [], [("broker", "one broker", "told")]);
    a!(definite_pilot_after_indefinite, "A pilot who works the river said the channel is silting up. “We touch the bottom twice a week,” the pilot said.",
        [], [("pilot", "the pilot", "said")]);
    a!(name_before_apposed_description, "Tom Reed left early.\n\nJan Oduya, an adviser in Lagos, said the rules were “a tax on bread.”",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Lagos", Gpe, Unknown, ["Lagos"])], [("Jan Oduya", "Jan Oduya", "said")]);
    a!(pronoun_after_unnamed_official, "Tom Reed chaired the talks. A senior official, who asked not to be identified, said they had stalled.\n\n“We are done for now,” he said.",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("senior official", "he", "said")]);
    a!(unnamed_subject_only_nearby, "A senior official said the talks had stalled.\n\nThe port reopened in May.\n\nJan Oduya, who runs a ferry line, said trade was slow.\n\n“We wait,” he said.",
        [], [("", "he", "said")]);
    a!(interview_you_is_the_answerer, "Jan Oduya has run the port for ten years. Oduya spoke to us in May.\n\nQ: Last year you said the quay was “a relic.” Why?\n\nA: Because it is.",
        [("Jan Oduya", Person, Male, ["Jan Oduya", "Oduya"])], [("Jan Oduya", "you", "said")]);
    a!(briefing_you_is_the_labelled_answerer, "QUESTION (Tom Reed, Harbour Radio): In May you called the fees “temporary.” Are they?\n\nODUYA: They are.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Jan Oduya", Person, Male, ["ODUYA"])], [("Jan Oduya", "you", "called")]);
    a!(transcript_i_is_the_labelled_speaker, "Port briefing by Jan Oduya\n\nODUYA: Good morning. As I told the board in May, “the quay stays open.”",
        [("Jan Oduya", Person, Male, ["Jan Oduya", "ODUYA"])], [("Jan Oduya", "I", "told")]);
    a!(transcript_label_with_courtesy_title, "Port briefing by Jan Oduya\n\nMR. ODUYA: Good morning. As I told the board in May, “the quay stays open.”",
        [("Jan Oduya", Person, Male, ["Jan Oduya", "ODUYA"])], [("Jan Oduya", "I", "told")]);
    a!(labelled_headline_quotes_the_answerer, "Transcript: Oduya Calls the Quay ‘a Relic’\n\nQUESTION (Tom Reed, Harbour Radio): Why close it?\n\nODUYA: It is old.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Jan Oduya", Person, Male, ["Oduya", "ODUYA"])], [("Jan Oduya", "", "Calls")]);
    a!(as_one_trader_told_me, "Rates doubled. As one broker told me last week, “Nobody books ahead now.”",
        [], [("broker", "one broker", "told")]);
    a!(bracketed_name_is_no_subject, "QUESTION (Tom Reed, Harbour Radio): Local officials have called the fees “a tax on bread.” Why?",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("Local officials", "Local officials", "called")]);
    a!(pronoun_after_spokesperson_for_body, "Tom Reed lost the appeal. A spokesperson for the Harbour Board welcomed the ruling. “The rules stand,” she said.",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Harbour Board", Org, Unknown, ["Harbour Board"])], [("Harbour Board", "she", "said")]);
    a!(analysts_at_a_firm, "Freight rates rose. Analysts at Brandvik Capital said the rally would last “a few weeks at most.”",
        [("Brandvik Capital", Org, Unknown, ["Brandvik Capital"])], [("Brandvik Capital", "Analysts", "said")]);
    a!(document_speaks_for_its_author, "The Harbour Board released a report on Monday.\n\nThe document says the new fees “will not touch food.”",
        [("Harbour Board", Org, Unknown, ["Harbour Board"])], [("Harbour Board", "The document", "says")]);
    a!(letter_speaks_for_the_group_that_wrote_it, "Tom Reed faces a ban after a group of 12 town councillors wrote to the mayor.\n\nThe letter, seen by reporters, calls him “a danger to the port.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("group of 12 town councillors", "The letter", "calls")]);
    a!(body_modifying_a_person_head, "“The list will grow,” a senior Harbour Board official told reporters.",
        [("Harbour Board", Org, Unknown, ["Harbour Board"])], [("senior Harbour Board official", "a senior Harbour Board official", "told")]);
    a!(envoy_reuses_earlier_speaker, "“We are close,” said the envoy, Alan Brooke. Later the envoy warned of “hard weeks ahead.”",
        [("Alan Brooke", Person, Male, ["Alan Brooke"])], [("Alan Brooke", "Alan Brooke", "said"), ("Alan Brooke", "the envoy", "warned")]);
    a!(naming_verb_object_is_no_speaker, "The report names Tom Reed as a man who “knew everything.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("", "", "names")]);
    a!(names_as_noun_is_no_cue, "The names “Blue” and “Red” were chosen.", [], [("", "", ""), ("", "", "")]);

    // ---------- dash lines, spokespeople, definite descriptions, relatives ----------

    a!(dash_line_after_quote_paragraph, "River levels\n\n“The river is rising fast and the dykes are old.”\n\n– The Honourable Ruth Okafor, Minister of Water",
        [("Ruth Okafor", Person, Female, ["Ruth Okafor"])], [("Ruth Okafor", "Ruth Okafor", "")]);
    a!(dash_line_missed_name, "River levels\n\n“The dykes will hold for now.”\n\n— Ruth Okafor, Minister of Water", [], [("Ruth Okafor", "Ruth Okafor", "")]);
    a!(no_dash_no_line_speaker, "River levels\n\n“The dykes will hold for now.”\n\nRuth Okafor, Minister of Water",
        [("Ruth Okafor", Person, Female, ["Ruth Okafor"])], [("", "", "")]);
    a!(dash_line_not_after_open_quote, "River levels\n\nThe mayor spoke of “hard weeks” at the meeting.\n\n– Ruth Okafor",
        [("Ruth Okafor", Person, Female, ["Ruth Okafor"])], [("mayor", "The mayor", "spoke")]);
    a!(spokesperson_for_the_org, "A spokeswoman for the Harbour Board said the pier was “closed until May.”",
        [("Harbour Board", Org, Unknown, ["Harbour Board"])], [("Harbour Board", "Harbour Board", "said")]);
    a!(spokesman_for_nationality_body, "A spokesman for the Chilean embassy said the claim was “false.”",
        [("Chileans", Norp, Unknown, ["Chilean"])], [("Chilean embassy", "A spokesman", "said")]);
    a!(spokesperson_for_missed_name, "A spokesperson for the Port Authority said the cranes were “back in use.”", [],
        [("Port Authority", "A spokesperson", "said")]);
    a!(spokesperson_for_described_body, "The Ministry of Roads closed the pass. A spokesperson for the ministry said it was “too risky.”",
        [("Ministry of Roads", Org, Unknown, ["Ministry of Roads"])], [("Ministry of Roads", "A spokesperson", "said")]);
    a!(spokesperson_alone_is_label, "A spokesperson said the cranes were “back in use.”", [], [("spokesperson", "A spokesperson", "said")]);
    a!(the_company_suffix, "Orbis Freight Ltd. posted a loss.\n\n“Demand has fallen sharply this year,” the company wrote.",
        [("Orbis Freight Ltd.", Org, Unknown, ["Orbis Freight Ltd."])], [("Orbis Freight Ltd.", "the company", "wrote")]);
    a!(the_firm_introduced_by_head, "Shipping firm Kestrel Lines cut two routes.\n\n“The routes lost money,” the firm said.",
        [("Kestrel Lines", Org, Unknown, ["Kestrel Lines"])], [("Kestrel Lines", "the firm", "said")]);
    a!(the_company_not_any_org, "The Harbour Board met on Monday.\n\n“Demand has fallen sharply,” the company said.",
        [("Harbour Board", Org, Unknown, ["Harbour Board"])], [("", "", "")]);
    a!(the_union_missed_name, "Lorries wait at the border, according to the Union of Dock Workers (UDW).\n\n“Our members lose money every day,” the union said.",
        [("UDW", Org, Unknown, ["UDW"])], [("Union of Dock Workers", "the union", "said")]);
    // a body that nothing names is described, as an unnamed person is
    a!(the_union_nothing_named, "Lorries wait at the border.\n\n“Our members lose money every day,” the union said.", [], [("union", "the union", "said")]);
    a!(which_cites_antecedent, "Tom Reed was barred from the race, according to the Harbour Board, which cited “missing papers.”",
        [("Tom Reed", Person, Male, ["Tom Reed"]), ("Harbour Board", Org, Unknown, ["Harbour Board"])], [("Harbour Board", "Harbour Board", "cited")]);
    a!(who_said_antecedent, "The plan was backed by Maria Lopez, who said it was “overdue.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"])], [("Maria Lopez", "Maria Lopez", "said")]);
    a!(first_person_told_listener_no_speaker, "As I told Mayor Tom Reed in May, “the bridge will be built on time.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("", "", "told")]);
    a!(listener_after_told_no_speaker, "The council told Tom Reed on Friday that the road was “unsafe.”",
        [("Tom Reed", Person, Male, ["Tom Reed"])], [("council", "The council", "told")]);
    a!(noting_that_clause_is_no_subject, "Maria Lopez welcomed the plan but said it came “far too late”, noting that Norway had acted.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Norway", Gpe, Unknown, ["Norway"])], [("Maria Lopez", "Maria Lopez", "said")]);
    a!(coordinated_after_quote_shares_subject, "Maria Lopez called the plan “a mistake” and said Norway would ignore “any such demand.”",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Norway", Gpe, Unknown, ["Norway"])],
        [("Maria Lopez", "Maria Lopez", "called"), ("Maria Lopez", "Maria Lopez", "said")]);
    a!(coordinated_after_quote_pronoun, "The Harbour Board threw out the plan as “reckless” and said it would appeal.",
        [("Harbour Board", Org, Unknown, ["Harbour Board"])], [("Harbour Board", "Harbour Board", "said")]);
    a!(aside_after_quote_skipped, "“We will not yield,” the Harbour Board for the Northern Coastal Region (HBNCR), as the port body calls itself, said on Sunday.",
        [("Harbour Board for the Northern Coastal Region", Org, Unknown, ["Harbour Board for the Northern Coastal Region"])],
        [("Harbour Board for the Northern Coastal Region", "Harbour Board for the Northern Coastal Region", "said")]);
    a!(one_diplomat_label, "“Nobody wants a trade war,” one European diplomat in Oslo said, referring to the Harbour Board (HB).",
        [("Europeans", Norp, Unknown, ["European"]), ("Oslo", Gpe, Unknown, ["Oslo"]), ("Harbour Board", Org, Unknown, ["Harbour Board", "HB"])],
        [("European diplomat", "one European diplomat", "said")]);
    a!(inverted_subject_still_found, "“Nobody wants a trade war,” said Maria Lopez, a trader in Oslo.",
        [("Maria Lopez", Person, Female, ["Maria Lopez"]), ("Oslo", Gpe, Unknown, ["Oslo"])], [("Maria Lopez", "Maria Lopez", "said")]);
    a!(first_person_is_header_issuer, "Ports Policy Update\n\nMEDIA NOTE\nRUTH OKAFOR-BELL, MINISTER OF PORTS\nJUNE 2, 2031\n\nAs I told the mayor in May, “the bridge will be built on time.”",
        [], [("Ruth Okafor-Bell", "I", "told")]);
    a!(dateline_is_no_issuer, "Ports Policy Update\n\nNEW HAVEN, June 2 (Wire)\n\nAs I told the mayor in May, “the bridge will be built on time.”",
        [], [("", "", "told")]);
}
