//! Named entities: mentions with OntoNotes labels, linked into clusters with roles.
//!
//! Names come from capitalised runs of tokens, read against the lexicons (longest match
//! first), head words ("Ministry", "Act", "River"), titles ("Foreign Minister") and the
//! document itself (a short form takes the label of the full name it repeats). Dates,
//! times, money, percentages and numbered laws come from [`crate::numex`].

use crate::lexicon::{WordMap, WordSet};

use crate::lexicon::{self, Lexicon};
use crate::model::{Cluster, Gender, Label, Mention};
use crate::numex;
use crate::segment::{starts_lower, starts_upper, Doc, Kind, Role};
use crate::span::Span;

/// The entity layer's result.
#[derive(Debug, Default)]
pub struct Entities {
    /// Sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
}

/// How sure a candidate is; a weak one needs the document to confirm it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    Weak,
    Strong,
}

/// (`'d`: the lexicon's lifetime, which the canonical name borrows from: no string a candidate.)
#[derive(Clone, Copy, Debug)]
struct Cand<'d> {
    /// Token range.
    a: usize,
    b: usize,
    label: Label,
    canonical: Option<&'d str>,
    strength: Strength,
    /// Token range of a title or role phrase before the name ("Foreign Minister").
    role: Option<(usize, usize)>,
    gender: Gender,
    /// Kept only if the document names the same words elsewhere with certainty (headlines).
    needs_confirm: bool,
    /// Index (in the sorted candidates) of the name this is an acronym of: "(SDF)".
    alias_of: Option<usize>,
}

/// Words that join the parts of one name ("Department of the Treasury", "bin Salman").
const CONNECTORS: WordList = WordList { bit: 1 << 0, words: &[
    "al", "bin", "bint", "binti", "da", "das", "de", "del", "der", "des", "di", "do", "dos", "du", "el", "for", "ibn", "la",
    "las", "le", "los", "of", "on", "the", "van", "von", "y",
] };

/// Lower-case particles that may start a name when joined by a hyphen ("al-Assad").
const PARTICLES: WordList = WordList { bit: 1 << 1, words: &[
    "abu", "al", "an", "ar", "as", "ash", "at", "bin", "ed", "el", "ibn",
] };

/// Prepositions that a Title Case headline capitalises and that no name holds.
const HEADLINE_PREPOSITIONS: WordList = WordList { bit: 1 << 19, words: &[
    "About", "After", "Against", "Amid", "As", "At", "Before", "Despite", "During", "From", "Into", "Over", "Since", "Through",
    "To", "Under", "Until", "With", "Without",
] };

/// Particles written with a capital inside names ("Van Aelst", "De Smet", "Al-Sheikh").
const CAP_PARTICLES: WordList = WordList { bit: 1 << 18, words: &[
    "Abu", "Al", "Bin", "Da", "De", "Del", "Della", "Der", "Di", "Dos", "Du", "El", "La", "Le", "Ter", "Van", "Von",
] };

/// Words that end an organisation's name.
const ORG_HEADS: WordList = WordList { bit: 1 << 2, words: &[
    "AFC", "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army", "Assembly", "Association",
    "Authority", "Bank", "Battalion", "Battalions", "Board", "Brigade", "Brigades", "Brotherhood", "Bureau", "Cabinet", "Center", "Centre", "Chamber", "Chronicle",
    "Coalition", "College", "Command", "Commission", "Committee", "Community", "Company", "Congress", "Corp", "Corp.",
    "Corporation", "Corps", "Council", "Courier", "Court", "Department", "Directorate", "Embassy", "Exchange", "FC",
    "Federation", "Fleet", "Force", "Forces", "Forum", "Foundation", "Front", "Fund", "Gazette", "Group", "Guard", "Guards",
    "Herald", "Images", "Inc", "Inc.", "Initiative", "Institute", "Institution", "Intelligence", "Journal", "Lab",
    "Laboratory", "League", "Legion", "Ltd", "Ltd.", "Militia", "Ministry", "Mission", "Monitor", "Movement", "Navy", "Network", "News",
    "Observer", "Office", "Organisation", "Organization", "Panel", "Parliament", "Partnership", "Party", "Police", "Post",
    "Presidency", "Press", "Programme", "Project", "Radio", "Regiment", "Register", "Registry", "S.A.", "School", "Secretariat", "Senate",
    "Service", "Services", "Society", "Team", "Telegraph", "Times", "Tribunal", "Tribune", "Union", "Unit", "Units", "University",
    "Wire",
] };

/// Generic heads whose "of X" names only X ("Government of Syria" → Syria).
/// Company words that end a business's name ("Deutsche Telekom" is known; "Acme Systems" is not).
const BUSINESS_HEADS: WordList = WordList { bit: 1 << 3, words: &[
    "AG", "Aerospace", "Air", "Airlines", "Aviation", "BV", "Bancorp", "Biotech", "Bunkering", "Capital", "Chartering", "Chemicals", "Co", "Co.",
    "Coffee", "Construction", "Devices", "Electric", "Electronics", "Energy", "Engineering", "Enterprise", "Enterprises",
    "Equipment", "Freight", "GmbH", "Helicopters", "Holding", "Holdings", "Industries", "Instruments", "Insurance", "Investments",
    "JSC", "LLC", "LLP", "Lines", "Logistics", "Marine", "Maritime", "Markets", "Materials", "Media", "Metals",
    "Microelectronics", "Microsystems", "Minerals", "Mining", "Motors", "NV", "Navigation", "OAO", "OJSC", "Oil", "PJSC",
    "PLC", "Partners", "Petrochemical", "Petrochemicals", "Petrol", "Petroleum", "Pharmaceuticals", "Plc", "Refining", "Research", "Resources", "SA",
    "Securities", "Semiconductor", "Semiconductors", "Shipbuilding", "Shipping", "Solutions", "SpA", "Steel", "System", "Systems",
    "Tankers", "Tech", "Technologies", "Technology", "Telecom", "Telecommunications", "Textiles", "Trading", "Ventures", "ZAO",
] };

/// Company forms written after the name, often abbreviated with a full stop that belongs to
/// the name ("Co., Ltd.", "Sdn. Bhd.", "(Pvt.) Ltd.").
const COMPANY_SUFFIXES: WordList = WordList { bit: 1 << 4, words: &[
    "AB", "AG", "AS", "ASA", "ApS", "BV", "Bhd", "C.A.", "C.V.", "CJSC", "CO", "COMPANY", "CORP", "Cia", "Cie", "Co", "Corp", "DMCC", "FZCO", "FZE", "GmbH", "INC", "Inc",
    "JSC", "KG", "KGaA", "Kft", "L.L.C.", "LIMITED", "LLC", "LLP", "LP", "LTD", "Limited", "Ltd", "Ltda", "NV", "OAO", "OJSC", "OOO", "Oy", "Oyj",
    "PJSC", "PLC", "Plc", "Pte", "Pty", "Pvt", "S.A.", "S.A.S.", "S.L.", "S.p.A.", "S.r.l.", "SA", "SARL", "SAS", "SRL",
    "Sarl", "Sdn", "SpA", "Srl", "Sàrl", "Tbk", "ZAO", "d.o.o.", "plc", "Şti",
] };

/// Company forms and words written before the name ("PT Acme", "OOO Acme", "Banco Acme",
/// Spanish "Naviera Acme", "Fundidora del Acme").
const COMPANY_PREFIXES: WordList = WordList { bit: 1 << 5, words: &[
    "Banca", "Banco", "Bank", "Banque", "CJSC", "Comercializadora", "Compagnie", "Companhia", "Compañía", "Constructora",
    "Corporación", "Distribuidora", "Empresa", "Exportadora", "Fundidora", "Groupe", "Grupo", "Importadora", "Industrias",
    "Inversiones", "JSC", "Minera", "Naviera", "OAO", "OJSC", "OOO", "PAO", "PJSC", "PT", "Petrolera", "Sociedad",
    "Transportes", "ZAO",
] };

/// A company's legal form spelt out before its name, as registers and sanctions lists write
/// Russian and Ukrainian companies: "Limited Liability Company X", "Joint Stock Company X",
/// "Public Joint-Stock Company X".
fn spelled_legal_form(ctx: &Ctx, a: usize, b: usize) -> bool {
    let form = |k: usize| one_of!(ctx.tok(k), "Limited" | "Liability" | "Joint" | "Stock" | "Joint-Stock" | "Public" | "Closed" | "Open" | "Private" | "Additional");
    (a + 1..b.min(a + 5)).find(|&k| ctx.tok(k) == "Company").is_some_and(|k| k + 1 < b && (a..k).all(form) && (a..k).any(|x| matches!(ctx.tok(x), "Liability" | "Stock" | "Joint-Stock")))
}

/// Company forms that are abbreviations written with a full stop ("Co.", "Ltd.", "Sdn. Bhd.").
fn abbreviated_form(w: &str) -> bool {
    one_of!(w, "Bhd" | "CO" | "CORP" | "Cia" | "Cie" | "Co" | "Corp" | "INC" | "Inc" | "LTD" | "Ltd" | "Ltda" | "Pte" | "Pty" | "Pvt" | "Sdn" | "Tbk" | "Şti")
}

/// Titles that are abbreviations written with a full stop ("Dr.", "Lt.", "Sen.").
fn abbreviated_title(w: &str) -> bool {
    one_of!(w, "Adm" | "Brig" | "Capt" | "Col" | "Dr" | "Gen" | "Gov" | "Lt" | "Maj" | "Mr" | "Mrs" | "Ms" | "Prof" | "Rep" | "Rev" | "Sen" | "Sgt")
}

fn is_company_suffix(w: &str) -> bool {
    // (the second look-up only when there is a full stop to trim)
    has(COMPANY_SUFFIXES, w) || w.ends_with('.') && has(COMPANY_SUFFIXES, w.trim_end_matches('.'))
}

/// Heads of names that are not entities here: lists, programmes, designations.
const NON_ENTITY_HEADS: WordList = WordList { bit: 1 << 6, words: &[
    "Designation", "List", "Lists", "Program", "Programme", "Programs", "Regulation", "Sanctions",
] };

/// Acronyms of things that are no named entity.
const NON_ENTITY_ACRONYMS: WordList = WordList { bit: 1 << 7, words: &[
    "AI", "AIDS", "CBE", "CEO", "CFO", "COVID", "DBE", "DNA", "DOB", "EEZ", "EV", "FAQ", "FTO", "GDP", "GMT", "GNP", "HIV", "ICBM", "ID",
    "IPO", "KBE", "KC", "LNG", "MBE", "MP", "MPs", "NGO", "NGOs", "OBE", "OK", "OTC", "PC", "PDF", "POB",
    "PhD", "QC", "RNA", "SDGT", "SDN", "SUV", "TV", "UTC", "VAT", "VIP", "WMD",
] };

const MONTHS_DAYS: WordList = WordList { bit: 1 << 8, words: &[
    "Apr", "April", "Aug", "August", "Dec", "December", "Feb", "February", "Friday", "Jan", "January", "Jul", "July", "Jun",
    "June", "Mar", "March", "Monday", "Nov", "November", "Oct", "October", "Saturday", "Sep", "Sept", "September", "Sunday",
    "Thursday", "Tuesday", "Wednesday",
] };

const GENERIC_HEADS: WordList = WordList { bit: 1 << 9, words: &[
    "Citizens", "Government", "Governments", "People", "Peoples", "President",
] };

const LAW_HEADS: WordList = WordList { bit: 1 << 10, words: &[
    "Accord", "Act", "Acts", "Agreement", "Charter", "Code", "Constitution", "Convention", "Covenant", "Declaration", "Law", "Protocol",
    "Regulations", "Statute", "Treaty",
] };
const EVENT_HEADS: WordList = WordList { bit: 1 << 11, words: &[
    "Championship", "Conference", "Cup", "Festival", "Games", "Marathon", "Meeting", "Olympics", "Revolution", "Spring", "Summit",
    "Uprising", "War",
] };
const FAC_HEADS: WordList = WordList { bit: 1 << 12, words: &[
    "Airport", "Arena", "Avenue", "Barracks", "Base", "Boulevard", "Bridge", "Building", "Buildings", "Canal", "Cathedral", "Cemetery",
    "Chapel", "Checkpoint", "Church", "Courthouse", "Crossing", "Dam", "Dock", "Docks", "Gate", "Gateway", "Hall", "Harbour", "Highway",
    "Hospital", "Hotel", "Jail", "Lane", "Lighthouse", "Market", "Memorial", "Mine", "Monument", "Mosque", "Motorway", "Palace",
    "Penitentiary", "Pier", "Pipeline", "Plant", "Port", "Prison", "Railway", "Reactor", "Refinery", "Road", "Shipyard", "Shrine",
    "Square", "Stadium", "Station", "Street", "Temple", "Terminal", "Theater", "Theatre", "Tower", "Towers", "Tunnel", "Wharf",
] };
const LOC_HEADS: WordList = WordList { bit: 1 << 13, words: &[
    "Archipelago", "Basin", "Bay", "Coast", "Delta", "Desert", "Forest", "Glacier", "Gulf", "Highlands", "Hills", "Island", "Islands",
    "Lagoon", "Lake", "Mountains", "Ocean", "Pass", "Peninsula", "Plateau", "Range", "Reef", "River", "Sea", "Strait", "Valley",
] };

/// Capitalised words of titles and roles, never part of a PERSON name.
const TITLES: WordList = WordList { bit: 1 << 14, words: &[
    "Adm", "Adm.", "Admiral", "Adviser", "Advisor", "Alderman", "Ambassador", "Assistant", "Attorney", "Ayatollah", "Baron", "Baroness", "Bishop",
    "Brig", "Brig.", "Brigadier", "CEO", "Capt", "Capt.", "Captain", "Cardinal", "Chair", "Chairman", "Chairwoman", "Chancellor",
    "Chief", "Col", "Col.", "Colonel", "Columnist", "Commander", "Commissioner", "Congressman", "Congresswoman", "Correspondent",
    "Councillor", "Councilor", "Counsel", "Crown", "Dame", "Defence", "Defense", "Deputy", "Director", "Dr", "Dr.", "Economy", "Editor",
    "Emir", "Envoy", "Executive", "Finance", "First", "Foreign", "Former", "Gen", "Gen.", "General", "Gov", "Gov.", "Governor",
    "Health", "High", "Home", "Hon.", "Honorable", "Honourable", "Imam", "Interior", "Judge", "Justice", "King", "Lady",
    "Leader", "Leaders", "Lieutenant", "Lord", "Lt", "Lt.", "MEP", "MP", "Maj", "Maj.", "Major", "Marshal", "Mayor", "Minister", "Ministers",
    "Miss", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "National", "Ombudsman", "Pope", "Premier", "President", "Presidential",
    "Presidents", "Press", "Prime", "Prince", "Princess", "Prof", "Prof.", "Professor", "Prosecutor", "Queen", "Rapporteur",
    "Rear", "Rep", "Rep.", "Reporter", "Representative", "Rev", "Rev.", "Secretaries", "Secretary", "Security", "Sen", "Sen.", "Senator",
    "Sgt", "Sgt.", "Shahid", "Sheikh", "Sir", "Speaker", "Special", "Spokesman", "Spokesperson", "Spokeswoman", "State",
    "Sultan", "Supreme", "Trade", "Treasury", "Under", "Undersecretary", "Vice",
] };

/// Lower-case role nouns that may stand right before a name ("leader Kim Jong Un").
const ROLE_NOUNS: WordList = WordList { bit: 1 << 15, words: &[
    "adviser", "advisor", "ambassador", "analyst", "chairman", "chancellor", "chief", "commander", "counterpart", "diplomat",
    "director", "envoy", "governor", "journalist", "leader", "minister", "president", "prosecutor", "secretary", "senator",
    "spokesman", "spokesperson", "spokeswoman",
] };

/// Occupations other than [`ROLE_NOUNS`] (see [`person_noun`]).
const OCCUPATIONS: WordList = WordList { bit: 1 << 20, words: &[
    "attorney", "author", "banker", "barrister", "broker", "businessman", "businesswoman", "consultant",
    "correspondent", "deputy", "dissident", "doctor", "driver", "editor", "engineer", "entrepreneur", "executive",
    "expert", "farmer", "fellow", "financier", "fisherman", "founder", "herder", "historian", "judge", "lawmaker",
    "lawyer", "lecturer", "legislator", "manager", "mayor", "mechanic", "miner", "nurse", "officer", "official",
    "professor", "recruiter", "reporter", "researcher", "shepherd", "shopkeeper", "smuggler", "solicitor",
    "stallholder", "student", "teacher", "trader", "trucker", "vendor", "writer",
] };

/// Capitalised words that are no name on their own (sentence starts, shouted headings).
const NOT_NAMES: WordList = WordList { bit: 1 << 16, words: &[
    "ALSO", "ANALYSIS", "Additional", "Additionally", "After", "All", "Also", "An", "And", "Any", "As", "At", "BREAKING",
    "Before", "Both", "But", "By", "Currently", "Despite", "During", "EXCLUSIVE", "Each", "Earlier", "Even", "Every", "FILE",
    "Finally", "For", "From", "He", "Her", "Here", "His", "How", "However", "I", "If", "In", "Instead", "It", "Its", "Last",
    "Later", "Like", "MORE", "Many", "Meanwhile", "More", "Most", "Mr", "Much", "My", "NEW", "NEWS", "New", "No", "Not", "Now",
    "OPINION", "Of", "On", "Once", "One", "Only", "Or", "Other", "Our", "Over", "PHOTO", "Previously", "READ", "Recently", "SEE",
    "Separately", "Since", "So", "Some", "Such", "That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
    "Though", "Through", "To", "Today", "Tomorrow", "UPDATE", "UPDATED", "Under", "Until", "Upon", "VIDEO", "WATCH", "We",
    "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "With", "Without", "Yesterday", "Yet", "You", "Your",
] };

const DIRECTIONS: WordList = WordList { bit: 1 << 17, words: &[
    "Central", "East", "Eastern", "North", "North-East", "North-West", "Northeast", "Northeastern", "Northern", "Northwest",
    "Northwestern", "South", "South-East", "South-West", "Southeast", "Southeastern", "Southern", "Southwest", "Southwestern",
    "West", "Western",
] };

/// One of the word lists above: its words and its bit in [`list_bits`].
#[derive(Clone, Copy)]
struct WordList {
    bit: u32,
    words: &'static [&'static str],
}

/// Every list, for [`list_bits`] (each has its own bit).
const WORD_LISTS: [WordList; 21] = [
    CONNECTORS, PARTICLES, ORG_HEADS, BUSINESS_HEADS, COMPANY_SUFFIXES, COMPANY_PREFIXES, NON_ENTITY_HEADS, NON_ENTITY_ACRONYMS, MONTHS_DAYS, GENERIC_HEADS, LAW_HEADS, EVENT_HEADS, FAC_HEADS, LOC_HEADS, TITLES, ROLE_NOUNS, NOT_NAMES, DIRECTIONS, CAP_PARTICLES, HEADLINE_PREPOSITIONS, OCCUPATIONS,
];

/// The lists that hold `w`, one bit each: one hash look-up answers every list, where a binary
/// search per list cost a tenth of the entity layer's time.
fn list_bits(w: &str) -> u32 {
    ListIndex::get().bits(w)
}

/// The index of [`list_bits`], built on first use.
struct ListIndex {
    bits: lexicon::WordMap<&'static str, u32>,
    /// Per first byte: bit `n` set when some listed word of `n` bytes (31: longer)
    /// starts with it. Most words of a text fail this test and are never hashed.
    shapes: [u32; 256],
}

impl ListIndex {
    fn shape(w: &str) -> (usize, u32) {
        (w.as_bytes().first().map_or(0, |&b| b as usize), 1 << w.len().min(31))
    }

    fn get() -> &'static ListIndex {
        static INDEX: std::sync::OnceLock<ListIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            let mut bits = lexicon::WordMap::default();
            let mut shapes = [0u32; 256];
            for list in WORD_LISTS {
                for &word in list.words {
                    *bits.entry(word).or_insert(0) |= list.bit;
                    let (first, len) = Self::shape(word);
                    shapes[first] |= len;
                }
            }
            ListIndex { bits, shapes }
        })
    }

    /// (Out of line: one copy for [`list_bits`] and [`token_bits`] in the .wasm.)
    #[inline(never)]
    fn bits(&self, w: &str) -> u32 {
        let (first, len) = Self::shape(w);
        if self.shapes[first] & len == 0 {
            return 0;
        }
        self.bits.get(w).copied().unwrap_or(0)
    }
}

/// Membership in one of the word lists above.
fn has(list: WordList, w: &str) -> bool {
    list_bits(w) & list.bit != 0
}

/// Whether `w` has letters and no lower-case one ("NATO", "U.S.").
fn is_all_caps(w: &str) -> bool {
    // (a capitalised word, most words asked about, is told by its second byte: no decoding)
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    w.chars().any(|c| c.is_alphabetic()) && !w.chars().any(|c| c.is_lowercase())
}

/// Whether `w` holds a curly apostrophe (a lexicon key has straight ones): a plain scan of
/// the few bytes of a word, not a character search.
fn has_curly_apostrophe(w: &str) -> bool {
    // (an ASCII word, most of them, is told by the quick test alone)
    !w.is_ascii() && w.as_bytes().windows(3).any(|x| x == "’".as_bytes())
}

/// "RUSSIA" → "Russia".
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    push_title_case(&mut out, w);
    out
}

/// [`title_case`], appended to `out` (a key being built: no string of its own).
fn push_title_case(out: &mut String, w: &str) {
    // (ASCII in place: `char::to_lowercase` is a call a character in a `.wasm`)
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        if let Some(rest) = out.get_mut(start + 1..) {
            rest.make_ascii_lowercase();
        }
        return;
    }
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(crate::case::lower(c));
        }
    }
}

/// Slots of [`Ctx::memo`] (a run is a few tokens, so a few dozen slots hold all its queries).
const MEMO_SLOTS: usize = 64;

/// One slot of `Ctx::memo`: (start, end bound, answer of [`Ctx::longest`], the last token
/// end its search reached, whether it searched title-cased too).
type MemoSlot<'d> = Option<(usize, usize, Option<(usize, Label, &'d str)>, usize, bool)>;

struct Ctx<'d, 't> {
    doc: &'d Doc<'t>,
    lex: &'d Lexicon,
    /// Tokens covered by a numeric or temporal expression.
    taken: Vec<bool>,
    /// Per sentence, worked out when first asked: 0 not yet, 1 prose, 2 a headline written
    /// in Title Case or capitals (where capitals say little).
    headline: Vec<std::cell::Cell<u8>>,
    /// Recent `longest` queries (start, end bound, answer) by start token modulo
    /// [`MEMO_SLOTS`]: the rules ask the same question many times over one run, and a
    /// small table (not one slot per token) keeps long texts in cache.
    memo: [std::cell::Cell<MemoSlot<'d>>; MEMO_SLOTS],
    /// Per token: the word lists that hold it ([`list_bits`]), looked up once.
    bits: Vec<u32>,
    /// The words that may start a name (see [`token_bits`]), in order: the passes that look
    /// for names visit these, not every token (most tokens are lower-case words).
    starts: Vec<u32>,
    /// The key buffer of [`Ctx::longest`], kept between calls.
    key_buf: std::cell::RefCell<String>,
    /// Every bracketed acronym "(ABC)" of three letters or more and the byte offset of its
    /// bracket, found on the first question (see [`acronym_follows`]).
    acronyms: std::cell::OnceCell<Vec<(&'d str, usize)>>,
    /// The text's people's words in "-ian" without their "n" ("Norvania" of "Norvanians"),
    /// each with the shorter stems a capital opens inside it (see [`land_of_people`]).
    /// (Sets of strings, the type the linking uses: one copy of its code in the .wasm.)
    ian_stems: std::cell::OnceCell<WordSet<&'t str>>,
    /// The text's words that may start a name (see [`people_of_place`]).
    cap_words: std::cell::OnceCell<WordSet<&'t str>>,
}

impl<'d, 't> Ctx<'d, 't> {
    fn tok(&self, i: usize) -> &'t str {
        self.doc.tok(i)
    }

    /// Whether token `i` is in a headline (see [`is_headline`]).
    fn in_headline(&self, i: usize) -> bool {
        let s = self.doc.sentence_of(i);
        let Some(cell) = self.headline.get(s) else { return false };
        if cell.get() == 0 {
            cell.set(if is_headline(self, s) { 2 } else { 1 });
        }
        cell.get() == 2
    }

    fn word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == Kind::Word
    }

    /// Whether token `i` is in `list` (as [`has`] of its text, without a look-up).
    #[inline]
    fn is(&self, list: WordList, i: usize) -> bool {
        self.bits[i] & list.bit != 0
    }

    /// [`is_company_suffix`] of token `i`, its list bit read first (a look-up only for a
    /// word with a full stop).
    fn company_suffix(&self, i: usize) -> bool {
        self.is(COMPANY_SUFFIXES, i) || self.tok(i).ends_with('.') && is_company_suffix(self.tok(i))
    }

    /// The lexicon key of tokens a..b, and the same with shouted words title-cased.
    fn key(&self, a: usize, b: usize, caps: bool) -> String {
        let toks = &self.doc.tokens;
        let mut k = String::with_capacity(if a < b { toks[b - 1].span().end - toks[a].span().start } else { 0 });
        self.key_into(&mut k, a, b, caps);
        k
    }

    /// [`Ctx::key`], appended to `k`.
    fn key_into(&self, k: &mut String, a: usize, b: usize, caps: bool) {
        let toks = &self.doc.tokens;
        for i in a..b {
            if i > a && toks[i].space_before {
                k.push(' ');
            }
            let w = self.tok(i);
            // (four letters take four bytes: a shorter word is never asked about its case; a
            // capitalised word, most of them, is told by its second byte: no call)
            if caps && w.len() > 3 && !w.as_bytes()[1].is_ascii_lowercase() && is_all_caps(w) && crate::segment::char_count(w) > 3 {
                push_title_case(k, w);
            } else if has_curly_apostrophe(w) {
                k.extend(w.chars().map(|c| if c == '’' { '\'' } else { c }));
            } else {
                k.push_str(w);
            }
        }
    }

    /// The longest lexicon entry starting at token `a` and ending by `end`: its end, label
    /// and canonical name. The key grows one token at a time and stops as soon as no entry
    /// starts with it.
    ///
    /// A search that stopped before its bound (no entry went on, or nine tokens) reads no
    /// token at or past the bound, so its answer holds for every bound past where it stopped:
    /// the rules ask about one start with the sentence's end and then with the run's. And a
    /// search with a farther bound answers a nearer one (the run's end, then one word alone)
    /// when what it found ends by the nearer bound: its keys up to there are the same, unless
    /// it title-cased shouted words, which looks at the word after each.
    fn longest(&self, a: usize, end: usize) -> Option<(usize, Label, &'d str)> {
        if let Some((s, e, hit, reach, shouted)) = self.memo[a % MEMO_SLOTS].get() {
            if s == a && (e == end || reach < e && reach < end || end < e && !shouted && hit.is_none_or(|(he, _, _)| he <= end)) {
                return hit;
            }
        }
        let (hit, reach, shouted) = self.longest_uncached(a, end);
        self.memo[a % MEMO_SLOTS].set(Some((a, end, hit, reach, shouted)));
        hit
    }

    /// [`Ctx::longest`], the last token end its search reached and whether it searched
    /// title-cased too. (Out of line: a remembered answer, most of them, costs no frame for
    /// the search.)
    #[inline(never)]
    fn longest_uncached(&self, a: usize, end: usize) -> (Option<(usize, Label, &'d str)>, usize, bool) {
        let mut best: Option<(usize, Label, &'d str)> = None;
        let mut reach = a;
        let mut key = self.key_buf.borrow_mut();
        // the words as they are, then again title-cased when the first is in capitals
        let mut caps = false;
        loop {
            key.clear();
            for b in a + 1..=end.min(a + 9) {
                let i = b - 1;
                if i > a && self.doc.tokens[i].space_before {
                    key.push(' ');
                }
                let w = self.tok(i);
                // shouted words of four letters or more, and shorter ones that open a shouted
                // name ("NEW DELHI", "THE HAGUE"; a lone "UAE" stays an acronym)
                let shouted_name = || i + 1 < end && self.word(i + 1) && is_all_caps(self.tok(i + 1)) && crate::segment::char_count(self.tok(i + 1)) > 3;
                if caps && is_all_caps(w) && (crate::segment::char_count(w) > 3 || shouted_name()) {
                    push_title_case(&mut key, w);
                } else if has_curly_apostrophe(w) {
                    key.extend(w.chars().map(|c| if c == '’' { '\'' } else { c }));
                } else {
                    key.push_str(w);
                }
                let (hit, more) = self.lex.probe(&key);
                reach = reach.max(b);
                if let Some(hit) = hit {
                    if best.is_none_or(|(bb, _, _)| b > bb) {
                        best = Some((b, hit.label, hit.canonical));
                    }
                }
                if !more {
                    break;
                }
            }
            // (a capitalised first word, most of them, is told by its second byte: no call)
            if caps || self.tok(a).as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) || !is_all_caps(self.tok(a)) {
                break;
            }
            caps = true;
        }
        (best, reach, caps)
    }
}

/// Find and link the entities of `doc`.
pub fn find(doc: &Doc, lex: &Lexicon) -> Entities {
    let n = doc.tokens.len();
    let mut taken = vec![false; n];
    let mut cands: Vec<Cand> = Vec::new();
    let (bits, starts, flags) = token_bits(doc);
    fixed_candidates(doc, flags, &mut taken, &mut cands);
    let headline = vec![std::cell::Cell::new(0); doc.sentences.len()];
    let ctx = Ctx { doc, lex, taken, headline, memo: [const { std::cell::Cell::new(None) }; MEMO_SLOTS], bits, starts, key_buf: std::cell::RefCell::new(String::with_capacity(64)), acronyms: std::cell::OnceCell::new(), ian_stems: std::cell::OnceCell::new(), cap_words: std::cell::OnceCell::new() };
    // each sentence's capitalised runs, from the words that may start one (a run's words are
    // not visited again; a token outside every sentence starts none)
    let mut next = 0;
    for &i in &ctx.starts {
        let i = i as usize;
        let r = doc.sentence_tokens(doc.sentence_of(i));
        if i < next || !r.contains(&i) {
            continue;
        }
        if let Some(end) = run_end(&ctx, i, r.end) {
            label_run(&ctx, i, end, r.start, &mut cands);
            next = end;
        }
    }
    bylines(&ctx, &mut cands);
    crate::sort::sort_by_key(&mut cands, |c| (c.a, std::cmp::Reverse(c.b)));
    let mut cands = confirm(&ctx, cands);
    law_years(&ctx, &mut cands);
    assembly_acts(&ctx, &mut cands);
    year_named(&ctx, &mut cands);
    link(&ctx, cands)
}

/// The candidates no capitalised run gives, taken first: numeric and temporal expressions,
/// committees named by a number, web addresses. Out of line (TIER_UP): see `lib.rs`.
#[inline(never)]
fn fixed_candidates(doc: &Doc, flags: Vec<u32>, taken: &mut [bool], cands: &mut Vec<Cand>) {
    let n = doc.tokens.len();
    // numeric and temporal expressions first: they never hold a name
    for (span, label) in numex::find(doc, flags) {
        let a = doc.tokens.partition_point(|t| t.span().end <= span.start);
        let b = doc.tokens.partition_point(|t| t.span().start < span.end);
        if a >= b {
            continue;
        }
        for t in &mut taken[a..b] {
            *t = true;
        }
        cands.push(Cand { a, b, label, canonical: None, strength: Strength::Strong, role: None, gender: Gender::Unknown, needs_confirm: false, alias_of: None });
    }
    // in one walk over the tokens (neither kind overlaps the other, a number being no word):
    let mut i = 0;
    while i < n {
        // "the 1718 Committee": a sanctions committee named by its resolution's number (a year
        // to the numeric pass)
        if i > 0 && doc.tok(i) == "Committee" && doc.tokens[i - 1].kind == Kind::Number && (3..=4).contains(&doc.tok(i - 1).len()) && !taken[i] {
            cands.retain(|c| !(c.a == i - 1 && c.b == i));
            cands.push(cand(i - 1, i + 1, Label::Org, None, Strength::Strong));
            taken[i - 1..=i].fill(true);
        }
        // web addresses ("www.example.org", "Example.kz") are their sites: organisations; and
        // a sanctions list's person ("DOE, Jane Ann (a.k.a. ROE, Jane); DOB …")
        match web_address_end(doc, i).map(|b| (b, Label::Org)).or_else(|| listed_name_end(doc, i).map(|b| (b, Label::Person))) {
            Some((b, label)) if !taken[i..b].contains(&true) => {
                taken[i..b].fill(true);
                cands.push(Cand { a: i, b, label, canonical: None, strength: Strength::Strong, role: None, gender: Gender::Unknown, needs_confirm: false, alias_of: None });
                i = b;
            }
            _ => i += 1,
        }
    }
}

/// The end of a person's name as sanctions lists write it, at a line's start or after
/// "a.k.a.": the family name in capitals, a comma, one to three capitalised given names,
/// then ";", a bracket or a comma, with a date of birth after it ("DOE, Jane (a.k.a. ROE,
/// Jane); DOB …"; a dateline, "KYIV, Ukraine (AP)", has none).
#[inline(never)]
fn listed_name_end(doc: &Doc, i: usize) -> Option<usize> {
    let t = &doc.tokens;
    let tok = |k: usize| if k < t.len() { doc.tok(k) } else { "" };
    let caps = |k: usize| t.get(k).is_some_and(|x| x.kind == Kind::Word) && is_all_caps(tok(k)) || tok(k) == "-";
    if !(i == 0 || t[i].line_before || tok(i - 1) == "a.k.a.") || !caps(i) {
        return None;
    }
    let k = (i..i + 6).find(|&k| !caps(k))?;
    let e = (k + 1..k + 5).find(|&e| !starts_upper(tok(e)) || caps(e))?;
    (tok(k) == "," && e > k + 1 && one_of!(tok(e), ";" | "(" | ")" | ",") && (e..e + 16).any(|x| tok(x) == "DOB")).then_some(e)
}

/// One slot of [`WORD_BITS`]: a word's bytes as [`lexicon::pack`] gives them, and its list bits,
/// its numex flags shifted by 24 and its length shifted by 56 (0: an empty slot).
type WordSlot = std::cell::Cell<((u64, u64), u64)>;

const WORD_SLOTS: usize = 8192;

thread_local! {
    /// [`token_bits`]' answers by word, kept across texts: the lists and numex's tables never
    /// change, articles share most of their words, and a text typed into an editor is
    /// annotated again at every keystroke.
    static WORD_BITS: [WordSlot; WORD_SLOTS] = const { [const { std::cell::Cell::new(((0, 0), 0)) }; WORD_SLOTS] };
}

/// Per token: the word lists that hold it ([`list_bits`]) and its flags in numex's tables
/// ([`numex::word_flags`]); and the words that may start a name ([`starts_name`]: not opening
/// with a lower-case ASCII letter, or a particle), in order. A text uses a few thousand
/// distinct words, most of them many times: both answers are worked out once a word and
/// remembered by its bytes in [`WORD_BITS`] (a slot keeps the last word hashed to it, so a
/// crafted text of colliding words costs look-ups, never a longer search).
/// Out of line (TIER_UP): see `lib.rs`.
#[inline(never)]
fn token_bits(doc: &Doc) -> (Vec<u32>, Vec<u32>, Vec<u32>) {
    // (the index fetched once, not a token)
    let index = ListIndex::get();
    let n = doc.tokens.len();
    let mut bits = vec![0; n];
    let mut flags = vec![0; n];
    // (about a fifth of the tokens)
    let mut starts = Vec::with_capacity(n / 4 + 1);
    let mut fill = |slots: &[WordSlot]| {
        let mask = slots.len() - 1;
        for (i, (((t, &w), bit), fl)) in doc.tokens.iter().zip(doc.words()).zip(&mut bits).zip(&mut flags).enumerate() {
            let len = w.len();
            let k = lexicon::pack(w.as_bytes());
            let h = lexicon::packed_hash(k, len);
            let slot = &slots[(h >> 40) as usize & mask];
            let (sk, mut v) = slot.get();
            // (a word longer than the packed bytes is never remembered)
            if len > lexicon::PACKED || sk != k || (v >> 56) as usize != len {
                // (ASCII, the packed bytes all below 0x80: upper-case letters to lower case at once)
                let upper = |x: u64| (x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F) & !x.wrapping_add(0x2525_2525_2525_2525) & 0x8080_8080_8080_8080) >> 2;
                let (lower, lower_len) = if (k.0 | k.1) & 0x8080_8080_8080_8080 == 0 {
                    ((k.0 | upper(k.0), k.1 | upper(k.1)), len)
                } else {
                    let l = crate::case::to_lower(w);
                    (lexicon::pack(l.as_bytes()), l.len())
                };
                v = u64::from(index.bits(w)) | u64::from(numex::word_flags(lower, lower_len, w.as_bytes())) << 24 | (len as u64) << 56;
                if len <= lexicon::PACKED {
                    slot.set((k, v));
                }
            }
            (*bit, *fl) = (v as u32 & 0xFF_FFFF, (v >> 24) as u32);
            if t.kind == Kind::Word && (!w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) || *bit & PARTICLES.bit != 0) {
                starts.push(i as u32);
            }
        }
    };
    // (no table while the thread's storage is being torn down: a small one for this text)
    if WORD_BITS.try_with(|slots| fill(slots)).is_err() {
        fill(&vec![std::cell::Cell::new(((0, 0), 0)); 256]);
    }
    (bits, starts, flags)
}

/// The end of a web address starting at token `i`: two or more ASCII words joined by full
/// stops with no space ("www.example.org"), the first of two letters or more (not "e.g"),
/// the last a top-level domain (a generic one or a country's two lower-case letters).
fn web_address_end(doc: &Doc, i: usize) -> Option<usize> {
    let t = &doc.tokens;
    // (most tokens: no full stop glued to the next word)
    if !(i + 2 < t.len() && doc.tok(i + 1) == "." && !t[i + 1].space_before && !t[i + 2].space_before) {
        return None;
    }
    let plain = |k: usize| t[k].kind == Kind::Word && doc.tok(k).bytes().all(|c| c.is_ascii_alphanumeric());
    // (not the middle of an address or e-mail: "mail.example.org", "jane@example.org")
    if !plain(i) || doc.tok(i).len() < 2 || i > 0 && !t[i].space_before && matches!(doc.tok(i - 1), "." | "@" | "/") {
        return None;
    }
    let mut k = i + 1;
    while k + 1 < t.len() && doc.tok(k) == "." && !t[k].space_before && !t[k + 1].space_before && plain(k + 1) {
        k += 2;
    }
    let tld = doc.tok(k - 1);
    let generic = one_of!(tld, "com" | "org" | "net" | "gov" | "edu" | "int" | "info" | "io");
    (k > i + 1 && (generic || tld.len() == 2 && tld.bytes().all(|c| c.is_ascii_lowercase()))).then_some(k)
}

/// A sentence in Title Case or capitals: most of its longer ordinary words start with a
/// capital (names are capitalised everywhere, so only common words count).
fn is_headline(ctx: &Ctx, s: usize) -> bool {
    let doc = ctx.doc;
    let long_word = |i: usize| doc.tokens[i].kind == Kind::Word && doc.tok(i).len() >= 4 && !ctx.is(CONNECTORS, i);
    // a speaker's label before a colon is no part of the sentence's case ("QUESTION (Jane
    // Doe, Central Asia Wire): The envoy …" is prose)
    let r = doc.sentence_tokens(s);
    // a list item with an apposition is no headline ("• Jane Doe, 44, an officer of …")
    let apposition = |i: usize| doc.tok(i) == "," && i + 1 < r.end && (doc.tokens[i + 1].kind == Kind::Number || starts_lower(doc.tok(i + 1)));
    if r.start < r.end && one_of!(doc.tok(r.start), "•" | "-" | "–" | "*" | "·" | "▪") && r.clone().any(apposition) {
        return false;
    }
    // nor a byline with the author's office ("Jane Q. Doe, Secretary of State", "John Roe,
    // Department Spokesperson")
    if r.clone().any(|i| doc.tok(i) == "," && (i + 1..(i + 3).min(r.end)).any(|k| ctx.is(TITLES, k))) {
        return false;
    }
    let r = r.clone().take(12).find(|&i| doc.tok(i) == ":" && i + 1 < r.end).map_or(r.clone(), |i| i + 1..r.end);
    let capital = r.clone().filter(|&i| long_word(i) && starts_upper(doc.tok(i))).count();
    if capital < 2 {
        return false;
    }
    // headline when the capitalised common words are at least three times the lower-case
    // ones: stop looking as soon as the lower-case ones make that impossible
    // (in a sentence that ends with a full stop any lower-case word counts: "Ships sailed to X
    // on Monday." is prose though "sailed" is no common word)
    let stop = r.end > r.start && doc.tok(r.end - 1) == ".";
    let mut lower = 0;
    for i in r.clone() {
        if long_word(i) && !starts_upper(doc.tok(i)) && (stop && doc.tok(i).bytes().all(|c| c.is_ascii_lowercase()) || lexicon::is_common_word(doc.tok(i))) {
            lower += 1;
            if 3 * lower > capital {
                return false;
            }
        }
    }
    // (in the first line only, a word the text uses in lower case elsewhere is an ordinary one
    // too: "… Target Diamond Traders", "… Tightens Sanctions")
    let body = r.end;
    // (a walk over the whole text for each such word: the length first, most words differ in it)
    let used_lower = |w: &str| doc.tokens[body..].iter().zip(&doc.words()[body..]).any(|(t, v)| v.len() == w.len() && t.kind == Kind::Word && starts_lower(v) && v.eq_ignore_ascii_case(w));
    // (a title before a name is capitalised in prose too: "Finance Minister X and Y met.")
    let prose = r.end > r.start && doc.tok(r.end - 1) == ".";
    let capitalised = |i: usize| long_word(i) && starts_upper(doc.tok(i)) && !(prose && ctx.is(TITLES, i));
    // the capitalised common words first (their answers remembered), then, in the first line,
    // the walks for the other words only until the count is enough: most Title Case headlines
    // have enough common words and walk the text for none
    // (a first line of five or more long words, every one capitalised, and no full stop: "Treasury
    // Sanctions Key Zorblat Financiers in Lebanon", even when its words are rare ones)
    // (a byline is no headline: "By Jan Kowalski in Antwerp and …")
    if s == 0 && lower == 0 && capital >= 5 && !prose && doc.paragraphs.len() > 1 && !matches!(doc.tok(r.start), "By" | "BY") {
        return true;
    }
    let need = (3 * lower).max(2);
    // (a plural of a common word counts too: "… Sanctions … Financiers")
    // (and a headline's verb of sanctions news: "Treasury Designates …")
    let common = |w: &str| lexicon::is_common_word(w) || w.len() > 4 && w.strip_suffix('s').is_some_and(|st| !st.ends_with('s') && lexicon::is_common_word(st)) || w.ends_with('s') && crate::sanctions::headline_verb_word(&w.to_ascii_lowercase());
    let mut caps = r.clone().filter(|&i| capitalised(i) && common(doc.tok(i))).count();
    if caps >= need || s > 0 {
        return caps >= need;
    }
    for i in r {
        if capitalised(i) && !lexicon::is_common_word(doc.tok(i)) && used_lower(doc.tok(i)) {
            caps += 1;
            if caps >= need {
                return true;
            }
        }
    }
    false
}

/// Credit lines name people: "By Jane Doe", "Reporting by Jane Doe in Paris; Editing by
/// John Roe", "Additional reporting by …", "Jane Doe contributed to this report".
fn bylines(ctx: &Ctx, cands: &mut Vec<Cand>) {
    let toks = &ctx.doc.tokens;
    let n = toks.len();
    let name_at = |k: usize| -> Option<usize> {
        // a name of two to six words (particles and hyphens included), no title in it
        if k >= n || !ctx.word(k) || !starts_upper(ctx.tok(k)) {
            return None;
        }
        let s = ctx.doc.sentence_of(k);
        let e = run_end(ctx, k, ctx.doc.sentences[s].tokens.1)?;
        let words = (k..e).filter(|&x| ctx.word(x) && starts_upper(ctx.tok(x))).count();
        let ok = (2..=6).contains(&words) && (k..e).all(|x| !ctx.is(TITLES, x));
        ok.then_some(e)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut outlets: Vec<(usize, usize)> = Vec::new();
    for (i, (t, &w)) in toks.iter().zip(ctx.doc.words()).enumerate() {
        // (a token with no line break before it counts only as "by" or "contributed": most
        // tokens are passed over on that test)
        if !(t.line_before || i == 0 || matches!(w.as_bytes().first(), Some(b'b' | b'c'))) {
            continue;
        }
        let credit = match w {
            "By" | "BY" => toks[i].line_before || i == 0,
            "by" => i > 0 && one_of!(ctx.tok(i - 1), "Reporting" | "reporting" | "Editing" | "editing" | "Writing" | "writing" | "Photo" | "photo" | "Photos"),
            _ => false,
        };
        if credit {
            let mut k = i + 1;
            while let Some(e) = name_at(k).filter(|_| ctx.tok(k) != "The") {
                found.push((k, e));
                // "by Jane Doe and John Roe", "by Jane Doe, John Roe"
                if e + 1 < n && matches!(ctx.tok(e), "and" | ",") && !toks[e + 1].line_before {
                    k = e + 1;
                } else {
                    break;
                }
            }
            // "By Jane Doe, The Harbour Gazette": the paper after the name
            if k > i + 1 && ctx.tok(k) == "The" && ctx.tok(k - 1) == "," {
                if let Some(e) = name_at(k + 1) {
                    outlets.push((k + 1, e));
                }
            }
        }
        // a statement's header line "JANE DOE-ROE, SECRETARY OF STATE": a name in capitals
        // opens the line, a title in capitals follows its comma
        // (a word first, then a capitalised one told by its second byte: most lines open so,
        // and ask no more)
        // (the line in Title Case, "Jane Roe, Secretary of State", is no headline: see
        // `is_headline`)
        if (i == 0 || toks[i].line_before) && ctx.word(i) && !w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && is_all_caps(w) {
            let caps = |k: usize| k < n && (k == i || !toks[k].line_before) && (ctx.word(k) && is_all_caps(ctx.tok(k)) && ctx.tok(k).len() > 1 || toks[k].kind == Kind::Dash && !toks[k].space_before);
            let e = (i..(i + 8).min(n)).find(|&k| !caps(k)).unwrap_or(n);
            let words = (i..e).filter(|&k| ctx.word(k)).count();
            if (2..=4).contains(&words) && e + 1 < n && ctx.tok(e) == "," && is_all_caps(ctx.tok(e + 1)) && has(TITLES, &title_case(ctx.tok(e + 1))) && ctx.longest(i, e).is_none() {
                found.push((i, e));
            }
        }
        // "Jane Doe (in Paris) contributed to this report": the name opens the line
        if w == "contributed" && i + 2 < n && ctx.tok(i + 1) == "to" && ctx.tok(i + 2) == "this" {
            let s0 = ctx.doc.sentences[ctx.doc.sentence_of(i)].tokens.0;
            let mut k = s0;
            while let Some(e) = name_at(k).filter(|&e| e <= i) {
                found.push((k, e));
                if e + 1 < i && matches!(ctx.tok(e), "and" | ",") {
                    k = e + 1;
                } else {
                    break;
                }
            }
        }
    }
    // a transcript's speaker label with a courtesy title: "MR DOE:", "MS. DOE-ROE:" (the
    // title is no part of the name)
    for p in &ctx.doc.paragraphs {
        if let Some(a) = p.label.and_then(|(a, b)| label_name(ctx.doc, a, b)) {
            found.push((a, p.label.map_or(a, |l| l.1)));
        }
    }
    if found.is_empty() {
        return;
    }
    found.extend(&outlets);
    // each credited name replaces the candidates it overlaps, and a later one replaces an
    // earlier one it overlaps: one pass over a token mask (not one pass per name)
    let mut credited = vec![false; n];
    for &(a, b) in &found {
        credited[a..b].iter_mut().for_each(|t| *t = true);
    }
    cands.retain(|c| c.b <= c.a || !credited[c.a..c.b].iter().any(|&t| t));
    for (k, &(a, b)) in found.iter().enumerate() {
        if found[k + 1..].iter().any(|&(x, y)| !(b <= x || a >= y)) {
            continue;
        }
        if outlets.contains(&(a, b)) {
            cands.push(cand(a, b, Label::Org, None, Strength::Strong));
            continue;
        }
        let gender = lexicon::given_name(ctx.tok(a)).unwrap_or(Gender::Unknown);
        cands.push(Cand { gender, ..cand(a, b, Label::Person, None, Strength::Strong) });
    }
}

/// The first token of the name in a speaker label `a..b` that opens with a courtesy title
/// ("MR. DOE-ROE"), when the rest is one to three capitalised words.
fn label_name(doc: &Doc, a: usize, b: usize) -> Option<usize> {
    if !crate::segment::courtesy_title(doc.tok(a)) {
        return None;
    }
    let s = if doc.tok(a + 1) == "." { a + 2 } else { a + 1 };
    let words = (s..b).filter(|&k| doc.tokens[k].kind == Kind::Word).count();
    ((1..=3).contains(&words) && (s..b).all(|k| doc.tokens[k].kind == Kind::Dash || starts_upper(doc.tok(k)))).then_some(s)
}

/// Whether token `i` may start a name.
fn starts_name(ctx: &Ctx, i: usize, end: usize) -> bool {
    if ctx.taken[i] || !ctx.word(i) {
        return false;
    }
    let w = ctx.tok(i);
    // most tokens are lower-case words: only the particles among them may start a name
    if w.as_bytes()[0].is_ascii_lowercase() && !matches!(w.as_bytes()[0], b'a' | b'b' | b'e' | b'i') {
        return false;
    }
    if w.starts_with("I'") || w.starts_with("I’") || ctx.is(MONTHS_DAYS, i) && month_or_day(ctx, i) {
        return false;
    }
    if starts_upper(w) || w.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // "al-Assad"
    ctx.is(PARTICLES, i) && i + 2 < end && ctx.doc.tokens[i + 1].kind == Kind::Dash && !ctx.doc.tokens[i + 1].space_before
        && !ctx.doc.tokens[i + 2].space_before && starts_upper(ctx.tok(i + 2))
}

/// Whether token `i` is a month's or a day's name: an abbreviation only before its full stop
/// or a number ("Jan. 5", not the names "Jan Novak", "Hotel Costa Mar").
fn month_or_day(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.tok(i);
    ctx.is(MONTHS_DAYS, i) && (w.len() > 4 || matches!(w, "June" | "July") || i + 1 < ctx.doc.tokens.len() && (ctx.tok(i + 1) == "." || ctx.doc.tokens[i + 1].kind == Kind::Number))
}

/// The end (exclusive) of the capitalised run starting at `i`, if one starts there.
#[inline]
fn run_end(ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if !starts_name(ctx, i, end) {
        return None;
    }
    run_end_from(ctx, i, end)
}

/// [`run_end`] once a name starts at `i`. Out of line (TIER_UP): see `lib.rs`.
#[inline(never)]
fn run_end_from(ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
    let toks = &ctx.doc.tokens;
    let mut j = i + 1;
    let mut last = i + 1;
    // (a treaty's name goes on after "on"/"for" too: "Treaty on the Non-Proliferation …")
    let mut headed = ctx.is(ORG_HEADS, i) || ctx.is(COMPANY_PREFIXES, i) || ctx.is(LAW_HEADS, i);
    while j < end {
        let t = toks[j];
        let w = ctx.tok(j);
        // (the list bit first: most words are no month, and then cost no call)
        if ctx.taken[j] || ctx.is(MONTHS_DAYS, j) && month_or_day(ctx, j) || t.line_before {
            break;
        }
        let prev = ctx.tok(j - 1);
        // (most words of a run: a capitalised word of four bytes or more, which no rule below
        // but the last takes, unless a headline's preposition or after a full stop)
        if t.kind == Kind::Word && w.len() > 3 && starts_upper(w) && !ctx.is(HEADLINE_PREPOSITIONS, j) && !(j > i && prev.ends_with('.')) {
            headed |= ctx.is(ORG_HEADS, j) || ctx.is(LAW_HEADS, j);
            j += 1;
            last = j;
            continue;
        }
        // "Jane Doe KC", "John Roe MP": post-nominal letters after a name are outside it
        // (before a name, "MP" is a title: "Opposition MP Jane Doe")
        if matches!(w, "KC" | "QC" | "SC" | "MP" | "MEP" | "MSP" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE") && starts_upper(prev) && ctx.word(j - 1) && !(j + 1 < end && ctx.word(j + 1) && starts_upper(ctx.tok(j + 1))) {
            break;
        }
        // "Acme Co." / "Acme Ltd.": the full stop of an abbreviated company form belongs to
        // the name (after "Acme LLC" or "Acme Sàrl" it ends the sentence)
        if w == "." && !t.space_before && is_company_suffix(prev) && abbreviated_form(prev) {
            j += 1;
            last = j;
            // "Acme Co., Ltd.", "Acme Sdn. Bhd.", "Acme Ltd. Şti."
            let next = |k: usize| k < end && is_company_suffix(ctx.tok(k)) && toks[k].kind == Kind::Word;
            if next(j) {
                continue;
            }
            if j + 1 < end && ctx.tok(j) == "," && next(j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        // "… Measures (Haiti) Regulations", "Russia (Sanctions) (EU Exit) Regulations": a
        // law's name holds capitalised words in brackets
        if let Some(e) = (w == "(").then(|| bracketed_law_end(ctx, j, end)).flatten() {
            j = e;
            last = e;
            continue;
        }
        // "Acme Trading S.A. de C.V.", Mexico's form
        if w == "de" && prev == "S.A." && j + 1 < end && matches!(ctx.tok(j + 1), "C.V." | "R.L.") {
            j += 2;
            last = j;
            break;
        }
        // "Acme Trading S.A." ends there, even before a capital
        if j > i && prev.ends_with('.') && prev.len() > 2 && ctx.company_suffix(j - 1) {
            break;
        }
        // "Acme Coffee, S.A." / "Acme Shipping Co., Ltd.": a comma before a company form
        // (but "PT Acme, OOO Ural Invest": a form that opens the next name)
        if w == "," && j + 1 < end && ctx.company_suffix(j + 1) && toks[j + 1].kind == Kind::Word && !(ctx.is(COMPANY_PREFIXES, j + 1) && j + 2 < end && ctx.word(j + 2) && starts_upper(ctx.tok(j + 2))) {
            j += 1;
            continue;
        }
        // "Acme Engineering (Pvt.) Ltd."
        if w == "(" && j + 3 < end && is_company_suffix(ctx.tok(j + 1)) && matches!(ctx.tok(j + 2), ")" | ".") {
            let close = if ctx.tok(j + 2) == ")" { j + 2 } else { j + 3 };
            if ctx.tok(close) == ")" && close + 1 < end && is_company_suffix(ctx.tok(close + 1)) {
                j = close + 1;
                continue;
            }
        }
        // "Mitsui & Co.", "Johnson & Johnson"
        if w == "&" && j + 1 < end && ctx.word(j + 1) && starts_upper(ctx.tok(j + 1)) {
            j += 1;
            continue;
        }
        // "Ministry of Economy, Trade and Industry": a list of capitalised words after the
        // "of" of a body's name, closed by "and" (but "the Ministry of Defence, Russia and
        // China" names two places after the ministry)
        // (or before the body's head: "Foreign Affairs, Defence and Trade Committee")
        if w == "," && !t.space_before {
            if let Some(e) = name_list_end(ctx, j + 1, end).filter(|&e| body_of_before(ctx, i, j) || e < end && ctx.is(ORG_HEADS, e)) {
                j = e;
                last = e;
                continue;
            }
        }
        // a lexicon name across "and" or a comma ("Bosnia and Herzegovina", "Foreign,
        // Commonwealth and Development Office")
        if matches!(w, "and" | ",") && j + 1 < end && starts_upper(ctx.tok(j + 1)) {
            // (the entry may start after the run's first words: "the UK Foreign, …")
            if let Some(e) = (i..j).filter(|&k| ctx.word(k) && starts_upper(ctx.tok(k))).find_map(|k| ctx.longest(k, end).map(|(e, _, _)| e).filter(|&e| e > j + 1)) {
                j = e;
                last = e;
                continue;
            }
        }
        // "Department of Health and Social Care", "Foundation for Economic and Social
        // Development": a second field of a body's name after "and"
        // (not after a place: "University of Madrid and Arabic" are two things)
        if w == "and" && body_of_before(ctx, i, j) && ctx.longest(j - 1, j).is_none_or(|(_, l, _)| !matches!(l, Label::Gpe | Label::Loc)) {
            if let Some(e) = field_after(ctx, j + 1, end) {
                j = e;
                last = e;
                continue;
            }
        }
        // "Community of Andean and Pacific States": a body's members named on both sides of "and"
        if w == "and" && has_head_of(ctx, i, j, ORG_HEADS) {
            let mut k = j + 1;
            while k < end && k < j + 4 && ctx.word(k) && starts_upper(ctx.tok(k)) && !ctx.taken[k] {
                k += 1;
            }
            if k > j + 1 && one_of!(ctx.tok(k - 1), "States" | "Nations" | "Countries" | "Peoples") {
                j = k;
                last = k;
                continue;
            }
        }
        // "Sanctions and Anti-Money Laundering Act": "and" inside a law's or body's name
        // ("Iranian Transactions and …": a nationality may open it)
        if w == "and" && j + 1 < end && ctx.longest(i, j).is_none_or(|(e, _, _)| e < j) {
            if let Some(e) = headed_after(ctx, j + 1, end) {
                j = e;
                last = e;
                continue;
            }
        }
        // "Under Secretary of the Treasury for Water and Public Works Jane Roe":
        // an office's portfolio after "for" or "and", up to the person who holds it
        if matches!(w, "for" | "and") && (i..j).any(|x| ctx.is(TITLES, x)) {
            if let Some(e) = office_end(ctx, i, j, end) {
                return Some(e);
            }
        }
        match t.kind {
            // a lexicon name that holds the possessive ("Lloyd's List", "Moody's Analytics")
            Kind::Word if matches!(w, "'s" | "’s") && ctx.longest(i, end).is_some_and(|(e, _, _)| e > j) => {
                let (e, _, _) = ctx.longest(i, end).unwrap_or((j + 1, Label::Org, ""));
                j = e;
                last = e;
            }
            Kind::Word if w == "'s" || w == "’s" || w == "'S" || w == "’S" => {
                // "People's Protection Units": a possessive inside an organisation's name
                // (but "Iran's Defense Ministry" is a possessor and its ministry)
                let possessor = ctx.longest(i, j).is_some_and(|(e, _, _)| e == j)
                    || !lexicon::is_common_word(ctx.tok(j - 1))
                    || ctx.is(ORG_HEADS, j - 1)
                    || j - i > 1;
                match org_after_possessive(ctx, j + 1, end).filter(|_| !possessor) {
                    Some(e) => {
                        j = e;
                        last = e;
                    }
                    None => break,
                }
            }
            // a Title Case headline capitalises its prepositions: they end a name ("… Leaders
            // Under Special Measures Act"), except in a title ("Under Secretary")
            // (but inside an act's name: "… Adversaries Through Sanctions Act")
            Kind::Word if ctx.is(HEADLINE_PREPOSITIONS, j) && !(j + 1 < end && matches!(ctx.tok(j + 1), "Secretary" | "Secretaries")) && !(j > i && matches!(w, "Against" | "Through" | "For") && act_follows(ctx, j, end)) => break,
            Kind::Word if starts_upper(w) || w.starts_with(|c: char| c.is_ascii_digit()) => {
                headed |= ctx.is(ORG_HEADS, j) || ctx.is(LAW_HEADS, j);
                j += 1;
                last = j;
            }
            Kind::Word if ctx.is(CONNECTORS, j) && t.space_before => {
                // "of the", "bin": only when a capitalised word follows; "for"/"on" only
                // inside a headed name ("Office … for Human Rights")
                // (or before its acronym: "Rewards for Justice (RFJ)")
                if matches!(w, "for" | "on" | "the") && !headed && !acronym_follows(ctx, i, j, end) && !(w != "the" && act_follows(ctx, j, end)) {
                    break;
                }
                let mut k = j + 1;
                while k < end && ctx.is(CONNECTORS, k) && k < j + 3 {
                    k += 1;
                }
                if k < end && starts_upper(ctx.tok(k)) && !ctx.taken[k] && !ctx.is(MONTHS_DAYS, k) && toks[k].kind == Kind::Word {
                    j = k;
                } else if k + 1 < end && toks[k].kind == Kind::Dash && !toks[k].space_before && starts_upper(ctx.tok(k + 1)) {
                    j = k; // "bin al-..." handled by the dash rule next
                } else {
                    break;
                }
            }
            // an initial: "John R. Bolton"; the full stop of an abbreviated title: "Dr. Ana Ruiz"
            Kind::Punct if w == "." && !t.space_before && j + 1 < end && toks[j + 1].space_before
                && (crate::segment::char_count(ctx.tok(j - 1)) == 1 && starts_upper(ctx.tok(j - 1)) || ctx.is(TITLES, j - 1) && abbreviated_title(ctx.tok(j - 1)))
                && starts_upper(ctx.tok(j + 1)) && ctx.word(j + 1) =>
            {
                j += 1;
            }
            // "St. John's", "Mt. Elbrus": the full stop of an abbreviated saint or mountain
            Kind::Punct if w == "." && !t.space_before && j == i + 1 && one_of!(prev, "St" | "Ste" | "Mt" | "Ft") && j + 1 < end && toks[j + 1].space_before && ctx.word(j + 1) && starts_upper(ctx.tok(j + 1)) => {
                j += 1;
            }
            // a lexicon abbreviation that holds its full stop ("Calif.", "Tenn.")
            Kind::Punct if w == "." && !t.space_before && j == i + 1 && prev.len() <= 5 && abbreviation_known(ctx, prev) => {
                j += 1;
                last = j;
            }
            // "Kurdistan Workers' Party"
            // ("Shipowners' Association": a plural in -ers the dictionary lacks)
            Kind::Quote(_) if !t.space_before && is_apostrophe_mark(w) && ctx.tok(j - 1).ends_with('s') && (lexicon::is_common_word(ctx.tok(j - 1)) || ctx.tok(j - 1).ends_with("ers")) => match org_after_possessive(ctx, j + 1, end) {
                Some(e) => {
                    j = e;
                    last = e;
                }
                None => break,
            },
            // a pipeline or plant numbered after its name ("Nord Stream 2", "Power of Siberia 2")
            Kind::Number if w.len() == 1 && t.space_before && ctx.longest(i, j).is_some_and(|(e, l, _)| e == j && l == Label::Fac) => {
                j += 1;
                last = j;
            }
            // a law named by what it is on takes lower-case prepositions before capitals
            // ("Law on Countering the Legalisation of Proceeds from Crime")
            // (the law's head first: a bit of the run's first or second token)
            Kind::Word if (ctx.is(LAW_HEADS, i) || ctx.is(LAW_HEADS, i + 1)) && {
                let h = if matches!(ctx.tok(i), "The" | "the") { i + 1 } else { i };
                h + 1 < j && ctx.is(LAW_HEADS, h) && matches!(ctx.tok(h + 1), "on" | "for")
            } && matches!(w, "from" | "against" | "in" | "by" | "to" | "with") && j + 1 < end && starts_upper(ctx.tok(j + 1)) && !ctx.taken[j + 1] => {
                j += 1;
            }
            Kind::Dash if !t.space_before && j + 1 < end && !toks[j + 1].space_before && toks[j + 1].kind != Kind::Dash => {
                if !joins_hyphen(ctx, i, j) {
                    break;
                }
                j += 2;
                last = j;
            }
            _ => break,
        }
    }
    // a lexicon name that goes on in lower case ("Côte d'Ivoire", "Bosnia y Herzegovina")
    // (at a particle: an elided one, "d'", "l'", or a short one before a capital; told by
    // its bytes first, as most runs end before a lower-case word)
    if last < end && ctx.word(last) {
        let w = ctx.tok(last).as_bytes();
        let elided = w.len() > 2 && matches!(w[0], b'd' | b'l') && matches!(w[1], b'\'' | 0xE2);
        let short = w.len() <= 3 && last + 1 < end && matches!(ctx.tok(last), "de" | "du" | "da" | "del" | "la" | "le" | "y" | "van" | "von" | "der" | "dos" | "das") && starts_upper(ctx.tok(last + 1));
        // (a name that ends in a capital: not "NATO summit")
        if elided || short {
            if let Some((e, _, _)) = ctx.longest(i, end).filter(|&(e, _, _)| e > last && ctx.tok(e - 1).chars().any(char::is_uppercase)) {
                return Some(e);
            }
        }
    }
    Some(last)
}

/// Whether the capitalised words after the preposition or connector at `j` (with "of", "the",
/// "and", "for" between them) end in "Act": the preposition is inside an act's name ("Justice
/// for Victims of … Act", "Protection of Reefs Against Dredging Act").
#[inline(never)]
fn act_follows(ctx: &Ctx, j: usize, end: usize) -> bool {
    let mut k = j + 1;
    while k < end.min(j + 12) && ctx.word(k) && !ctx.taken[k] && (starts_upper(ctx.tok(k)) || matches!(ctx.tok(k), "of" | "the" | "and" | "for")) {
        if matches!(ctx.tok(k), "Act" | "Acts") {
            return k > j + 1;
        }
        k += 1;
    }
    false
}

/// Whether capitalised words from token `j` on end in a bracketed acronym whose letters are the
/// initials of every word from `i`, the small ones included ("Rewards for Justice (RFJ)").
#[inline(never)]
fn acronym_follows(ctx: &Ctx, i: usize, j: usize, end: usize) -> bool {
    let i = if matches!(ctx.tok(i), "The" | "the") { i + 1 } else { i };
    let Some(k) = (j + 1..end.min(j + 6)).find(|&k| !ctx.word(k) || !starts_upper(ctx.tok(k)) && !ctx.is(CONNECTORS, k)) else { return false };
    let initials: String = (i..k).filter(|&x| ctx.word(x)).filter_map(|x| ctx.tok(x).chars().next()).flat_map(crate::case::upper).collect();
    if k + 2 < end && ctx.tok(k) == "(" && ctx.tok(k + 2) == ")" && ctx.tok(k + 1) == initials {
        return true;
    }
    // (and so are the name's uses after its definition; the text's bracketed acronyms are
    // listed once, where a search of the text for each name grew with the square of its length)
    let text = ctx.doc.text;
    let (a, b) = (ctx.doc.tokens[i].span().start, ctx.doc.tokens[k - 1].span().end);
    if initials.len() < 3 {
        return false;
    }
    let Some(name) = text.get(a..b) else { return false };
    let toks = &ctx.doc.tokens;
    let acronyms = ctx.acronyms.get_or_init(|| {
        (2..toks.len()).filter(|&x| ctx.tok(x - 2) == "(" && ctx.tok(x) == ")" && ctx.tok(x - 1).len() >= 3).map(|x| (ctx.tok(x - 1), toks[x - 2].span().start)).collect()
    });
    acronyms.iter().any(|&(acr, at)| acr == initials && text.get(..at).is_some_and(|before| before.strip_suffix(' ').is_some_and(|before| before.ends_with(name))))
}

/// Whether the lexicon holds `w` (five bytes at most) with a full stop after it ("Calif."):
/// the key on the stack, not a string formatted each time.
fn abbreviation_known(ctx: &Ctx, w: &str) -> bool {
    let mut key = [b'.'; 6];
    key[..w.len()].copy_from_slice(w.as_bytes());
    std::str::from_utf8(&key[..=w.len()]).is_ok_and(|k| ctx.lex.get(k).is_some())
}

/// After "(" at `j` inside a name: the end of the name when bracketed capitalised words and
/// more capitalised words after them run to a law's head ("(Haiti) Regulations").
fn bracketed_law_end(ctx: &Ctx, j: usize, end: usize) -> Option<usize> {
    let cap = |k: usize| k < end && ctx.word(k) && starts_upper(ctx.tok(k)) && !ctx.taken[k];
    let mut k = j;
    let mut head = None;
    while k < end && k < j + 12 {
        if ctx.tok(k) == "(" {
            // (up to four capitalised words in each: "(Trade Exit)")
            let close = (k + 1..(k + 6).min(end)).find(|&x| ctx.tok(x) == ")")?;
            if close == k + 1 || !(k + 1..close).all(cap) {
                return None;
            }
            k = close + 1;
        } else if cap(k) {
            k += 1;
            if ctx.is(LAW_HEADS, k - 1) {
                head = Some(k);
            }
        } else {
            break;
        }
    }
    head
}

/// Whether the run `i..j` ends "<head> of <Word>" ("Ministry of Economy"), so that a list
/// of words may continue the name.
fn body_of_before(ctx: &Ctx, i: usize, j: usize) -> bool {
    // (one field word or two: "Ministry of Foreign Affairs and Trade")
    let two = j >= i + 4 && ctx.word(j - 2) && starts_upper(ctx.tok(j - 2)) && ctx.longest(j - 2, j).is_none_or(|(_, l, _)| !matches!(l, Label::Gpe | Label::Loc));
    let k = if two && matches!(ctx.tok(j - 3), "of" | "for") { j - 1 } else { j };
    k >= i + 3 && matches!(ctx.tok(k - 2), "of" | "for") && ctx.is(ORG_HEADS, k - 3) && ctx.word(j - 1) && starts_upper(ctx.tok(j - 1))
}

/// After "and" at `j - 1` in a body's name: the end of one to three capitalised words that
/// name no known thing and no other body ("… of Health and Social Care" but not "… of
/// Finance and Central Bank" or "… of Defence and Russia").
fn field_after(ctx: &Ctx, j: usize, end: usize) -> Option<usize> {
    let cap = |k: usize| k < end && ctx.word(k) && starts_upper(ctx.tok(k)) && !ctx.taken[k] && !ctx.is(MONTHS_DAYS, k);
    let mut k = j;
    while k < j + 3 && cap(k) {
        k += 1;
    }
    // (a head word or a body's name may stand inside it, not last: "… of Defense and Armed
    // Forces Logistics")
    let plain = |x: usize| !ctx.is(ORG_HEADS, x) && ctx.lex.get(ctx.tok(x)).is_none() && ctx.longest(x, end).is_none();
    (k > j && !cap(k) && plain(k - 1) && (j..k - 1).all(|x| ctx.longest(x, end).is_none_or(|(_, l, _)| l == Label::Org))).then_some(k)
}

/// After a comma at `j - 1` inside a body's name: the end of "Word, Word and Word" (one to
/// three words, the last after "and"), if none of them is a known place, people or person.
fn name_list_end(ctx: &Ctx, j: usize, end: usize) -> Option<usize> {
    let plain = |k: usize| {
        k < end
            && ctx.word(k)
            && starts_upper(ctx.tok(k))
            && ctx.doc.tokens[k].space_before
            && !ctx.taken[k]
            && !ctx.is(MONTHS_DAYS, k)
            && ctx.longest(k, k + 1).is_none_or(|(_, label, _)| !matches!(label, Label::Gpe | Label::Norp | Label::Loc | Label::Person))
    };
    let mut k = j;
    for _ in 0..3 {
        if !plain(k) || k + 1 >= end {
            return None;
        }
        match ctx.tok(k + 1) {
            "," if k + 2 < end => k += 2,
            "and" if k + 2 < end && plain(k + 2) => return Some(k + 3),
            _ => return None,
        }
    }
    None
}

/// After "and" at `j - 1`: the end of the capitalised words that follow, if they end with a
/// law's or organisation's head word.
fn headed_after(ctx: &Ctx, j: usize, end: usize) -> Option<usize> {
    let mut k = j;
    while k < end && k < j + 5 && !ctx.taken[k] && (ctx.word(k) && starts_upper(ctx.tok(k)) || ctx.doc.tokens[k].kind == Kind::Dash && !ctx.doc.tokens[k].space_before) {
        k += 1;
    }
    // a law's name goes on over a lower-case connector ("… and Human Rights in Nicaragua Act")
    let mut m = k;
    while m + 1 < end && m < j + 9 && one_of!(ctx.tok(m), "in" | "of" | "for" | "on" | "the" | "to") && ctx.word(m + 1) && starts_upper(ctx.tok(m + 1)) && !ctx.taken[m + 1] {
        m += 1;
        while m < end && m < j + 9 && ctx.word(m) && starts_upper(ctx.tok(m)) && !ctx.taken[m] {
            m += 1;
        }
        if ctx.is(LAW_HEADS, m - 1) {
            return Some(m);
        }
    }
    let law = ctx.is(LAW_HEADS, k - 1);
    // "Foreign and Commonwealth Office" joins; "Acme Bank and Ural Bank" are two banks, and so
    // are "Acme Co. Ltd and Ural Group": a company's legal form closes its name
    // (a nationality may stand before the first word: "Lithuanian Exhibition and Congress
    // Centre", but "Russian Navy and Air Force" are two bodies)
    let cap = |x: usize| ctx.word(x) && starts_upper(ctx.tok(x));
    let first = j < 3 || !cap(j - 3) || ctx.longest(j - 3, j - 2).is_some_and(|(_, l, _)| l == Label::Norp) && !(j >= 4 && cap(j - 4)) && !ctx.is(ORG_HEADS, j - 2);
    let body = ctx.is(ORG_HEADS, k - 1) && j >= 2 && lexicon::is_common_word(ctx.tok(j - 2)) && !is_company_suffix(ctx.tok(j - 2)) && first;
    (k > j && (law || body)).then_some(k)
}

fn is_apostrophe_mark(w: &str) -> bool {
    w == "'" || w == "’"
}


/// After a possessive at `j`: the end of the capitalised words that follow, if they end
/// with an organisation's head word.
fn org_after_possessive(ctx: &Ctx, j: usize, end: usize) -> Option<usize> {
    let mut k = j;
    while k < end && ctx.word(k) && starts_upper(ctx.tok(k)) && ctx.doc.tokens[k].space_before && !ctx.taken[k] {
        k += 1;
    }
    (k > j && k - j <= 3 && ctx.is(ORG_HEADS, k - 1)).then_some(k)
}

/// Whether the hyphen at `h` joins one name ("Jean-Yves", "Kim Jong-un", "al-Assad") rather
/// than two ("Korea-Russia", "Turkish-Libyan") or a name and a word ("Putin-linked").
fn joins_hyphen(ctx: &Ctx, start: usize, h: usize) -> bool {
    let left = ctx.tok(h - 1);
    let right = ctx.tok(h + 1);
    // (the keys appended to one string, not formatted: this is asked at every hyphen in a name)
    let mut joined = String::with_capacity(left.len() + 1 + right.len());
    joined.push_str(left);
    joined.push('-');
    joined.push_str(right);
    if ctx.lex.probe(&joined).0.is_some() || {
        joined.clear();
        ctx.key_into(&mut joined, start, h, false);
        joined.push('-');
        joined.push_str(right);
        ctx.lex.probe(&joined).1
    } {
        return true;
    }
    if has(PARTICLES, left) || has(PARTICLES, &crate::case::to_lower(left)) {
        return true; // al-Assad, Al-Halqi
    }
    if !starts_upper(right) {
        // Jong-un, but not Putin-linked or Kurdish-led
        // Jong-un, Sang-hoon, Eun-ji: a short lower-case syllable that is no English word,
        // or any after a surname and one syllable ("Park Ji-won", "Moon Jae-in")
        // (not "Hong Kong-based": no place before the hyphen)
        let given = h == start + 2 && lexicon::is_surname(ctx.tok(start)) && ctx.tok(start).len() <= 5 && crate::segment::char_count(left) <= 4 && ctx.longest(start, h).is_none_or(|(e, _, _)| e < h);
        return crate::segment::char_count(right) <= 5
            && crate::segment::char_count(left) <= 6
            && right.chars().all(|c| c.is_lowercase())
            && (given || !lexicon::is_common_word(right))
            && ctx.lex.get(left).is_none();
    }
    // (the word as it is first: its title case is made only when the lexicon lacks it)
    let known = |w: &str| ctx.lex.get(w).is_some_and(|h| h.label != Label::Person) || ctx.lex.get(&title_case(w)).is_some_and(|h| h.label != Label::Person);
    !(known(left) && known(right))
}

/// Label the run of tokens a..b (sentence starts at `s0`), pushing candidates.
fn label_run<'d>(ctx: &Ctx<'d, '_>, a: usize, b: usize, s0: usize, out: &mut Vec<Cand<'d>>) {
    let mut a = a;
    // no leading article; no unknown sentence-initial word ("Come to Russia")
    while a < b && matches!(ctx.tok(a), "The" | "A" | "An" | "THE") {
        a += 1;
    }
    if a >= b {
        return;
    }
    // a Title Case headline's described network after a nationality ("… Targets Ruritanian Oil
    // Smuggling Network"): the nationality alone, the ordinary words after it no name
    if b - a >= 3 && matches!(ctx.tok(b - 1), "Network" | "Networks") && ctx.in_headline(a) {
        if let Some((k, e)) = (a..b - 1).find_map(|k| ctx.longest(k, b).filter(|&(_, l, _)| l == Label::Norp).map(|(e, _, _)| (k, e))) {
            // (words no lexicon knows, and no company's: "Ruritanian Oil Company Network" is one)
            if (e..b).all(|x| ctx.word(x) && ctx.longest(x, x + 1).is_none() && !ctx.company_suffix(x)) {
                out.push(cand(k, e, Label::Norp, None, Strength::Strong));
                if k > a {
                    label_run(ctx, a, k, s0, out);
                }
                return;
            }
        }
    }
    // "State Media", "Velmarian State Television": a state's media named by common nouns is
    // no body's name (the people's word before it is a people's)
    if b - a >= 2 && ctx.is(TITLES, b - 2) && ctx.tok(b - 2) == "State" && matches!(ctx.tok(b - 1), "Media" | "Television" | "TV") {
        if b - 2 == a + 1 && (place_people(ctx, ctx.tok(a)) || demonym_word(ctx, ctx.tok(a))) {
            out.push(cand(a, a + 1, Label::Norp, None, Strength::Strong));
        } else if b - 2 > a {
            label_run(ctx, a, b - 2, s0, out);
        }
        return;
    }
    // a ship's name before its IMO number ("PANAMA STAR (IMO 9123456)") is no entity, a
    // company's is
    let n = ctx.doc.tokens.len();
    if b + 2 < n && ctx.tok(b) == "(" && ctx.tok(b + 1) == "IMO" && ctx.doc.tokens[b + 2].kind == Kind::Number && !ctx.company_suffix(b - 1) && !ctx.is(BUSINESS_HEADS, b - 1) {
        return;
    }
    // "Under Secretary of the Treasury for Water and Public Works Jane Roe": an
    // office's title with its portfolio, then the person who holds it
    if b - a >= 4 && (ctx.is(TITLES, a) || ctx.tok(a) == "Acting") || b - a >= 5 && ctx.longest(a, b).is_some_and(|(e, _, _)| e < b && ctx.is(TITLES, e)) {
        if let Some((t, p)) = titled_office(ctx, a, b) {
            let mut k = a;
            while k < p {
                match ctx.longest(k, p) {
                    // (a place or region in it stays one, and a body's name with its head word;
                    // a department's metonym, a people's word and a magazine's name in the
                    // portfolio are the title's: "of State for African Affairs", "of Foreign Affairs")
                    Some((e, label, canon)) if k < t || matches!(label, Label::Gpe | Label::Loc) || label == Label::Org && (k..e).any(|x| ctx.is(ORG_HEADS, x)) => {
                        out.push(cand(k, e, label, Some(canon), Strength::Strong));
                        k = e;
                    }
                    _ => k += 1,
                }
            }
            let g = lexicon::given_name(ctx.tok(p)).unwrap_or(Gender::Unknown);
            out.push(Cand { role: Some((t, p)), gender: g, ..cand(p, b, Label::Person, None, Strength::Strong) });
            return;
        }
    }
    // a name defined by its acronym keeps its ordinary words and small ones ("Rewards for
    // Justice (RFJ)"), also at a sentence start
    if let Some(j) = (a + 1..b).find(|&j| matches!(ctx.tok(j), "for" | "on" | "the")) {
        if !ctx.is(ORG_HEADS, a) && ctx.longest(a, b).is_none() && acronym_follows(ctx, a, j, ctx.doc.tokens.len()) {
            out.push(cand(a, b, Label::Org, None, Strength::Strong));
            return;
        }
    }
    let mut first_of_sentence = a == s0
        // (or a live blog's time stamp: "16:30 – Analysts said")
        || (a > s0 && ctx.doc.tokens[s0..a].iter().all(|t| matches!(t.kind, Kind::Quote(_) | Kind::Punct | Kind::Dash) || a - s0 <= 4 && t.kind == Kind::Number))
        || (a > s0 && matches!(ctx.doc.tokens[a - 1].kind, Kind::Quote(_)) && ctx.doc.tokens[a - 1].space_before)
        // after a label's colon ("Photo: Lorries queue …")
        || (a > s0 && ctx.tok(a - 1) == ":");
    // a company's or body's name keeps its first word, even an ordinary one, at the start of
    // a sentence or list item ("Golden Crescent Trading LLC"); adverbs are still dropped
    let end_i = if ctx.tok(b - 1) == "." && b - a > 1 { b - 2 } else { b - 1 };
    // (asked only at the start of a sentence)
    // (or a business word in -ing or -s: "Bright Hope Trading signed")
    // (not a generic group with a word that says which: "Local Police said", "Riot Police")
    let generic = b - a == 2 && one_of!(ctx.tok(a), "Local" | "Riot" | "Traffic" | "Foreign" | "Western" | "Senior" | "Other" | "Official");
    let headed_run = first_of_sentence && b - a >= 2 && !generic && (ctx.company_suffix(end_i) || ctx.is(ORG_HEADS, end_i) || ctx.is(LAW_HEADS, end_i) || has_head_of(ctx, a, b, ORG_HEADS)
        || ctx.is(BUSINESS_HEADS, end_i) && ctx.tok(end_i).ends_with(['g', 's']));
    // "Silver Wave said …": ordinary capitalised words that open a sentence and say something
    // are a body's name (no title, no plural, no person's name last, no headline)
    let says = b < ctx.doc.tokens.len() && (says_word(ctx.tok(b)) || matches!(ctx.tok(b), "announced" | "denied"));
    if says && !generic && first_of_sentence && (2..=3).contains(&(b - a)) && !is_name_part(ctx.tok(b - 1)) && ctx.longest(a, b).is_none() && !ctx.in_headline(a)
        && (a..b).all(|k| ctx.word(k) && starts_upper(ctx.tok(k)) && lexicon::is_common_word(ctx.tok(k)) && !ctx.is(TITLES, k) && !ctx.tok(k).ends_with('s'))
    {
        out.push(cand(a, b, Label::Org, None, Strength::Strong));
        return;
    }
    // a common word that starts a sentence or a quotation is no name ("Let", "Good luck")
    // ("Rose-Michelle Dorsainvil": a word joined by a hyphen to a capitalised one is a name part)
    let hyphen_joined = a + 2 < b && ctx.doc.tokens[a + 1].kind == Kind::Dash && !ctx.doc.tokens[a + 1].space_before;
    if first_of_sentence && !headed_run && !hyphen_joined && !ctx.is(TITLES, a) && !(b - a == 1 && ctx.is(DIRECTIONS, a)) && (lexicon::is_common_word(ctx.tok(a)) || generic) && !is_name_part(ctx.tok(a)) && ctx.longest(a, b).is_none() {
        a += 1;
        first_of_sentence = false;
        // "Shares of Acme": the connector after the dropped word goes too
        while a < b && ctx.is(CONNECTORS, a) {
            a += 1;
        }
        if a >= b {
            return;
        }
    }
    // "Economist Jane Roe said": an occupation that opens a sentence before a given name is
    // no part of the name, even one the lexicon knows as something else (the weekly)
    if first_of_sentence && b - a >= 3 && !ctx.is(TITLES, a) && lexicon::given_name(ctx.tok(a + 1)).is_some() && person_noun(&crate::case::to_lower(ctx.tok(a))) {
        a += 1;
        first_of_sentence = false;
    }
    // the Korean surname No inside a sentence, before a given name of two syllables ("defence
    // minister No Kwang Chol")
    if ctx.tok(a) == "No" && !first_of_sentence && b - a == 3 && a > 0 && starts_lower(ctx.tok(a - 1)) && (a + 1..b).all(|k| ctx.word(k) && starts_upper(ctx.tok(k)) && (2..=5).contains(&crate::segment::char_count(ctx.tok(k))) && !lexicon::is_common_word(ctx.tok(k))) {
        out.push(cand(a, b, Label::Person, None, Strength::Strong));
        return;
    }
    if ctx.is(NOT_NAMES, a) && ctx.longest(a, b).is_none() {
        a += 1;
    } else if first_of_sentence && !headed_run && !hyphen_joined && !ctx.is(TITLES, a) && !(b - a == 1 && ctx.is(DIRECTIONS, a)) && ctx.longest(a, b).is_none() && !plausible_name_word(ctx.tok(a)) && !ctx.lex.probe(ctx.tok(a)).1 && !place_people(ctx, ctx.tok(a)) && !(demonym_word(ctx, ctx.tok(a)) && demonym_next(ctx, a + 1)) && !(b - a == 1 && (land_of_people(ctx, ctx.tok(a)) || people_plural(ctx, ctx.tok(a)))) {
        // an ordinary word that starts the sentence ("Yesterday Maria Lopez left"); a rare
        // word before more capitalised words is more often a first name ("Wilfrid Jean-Baptiste")
        // unless it reads as a plural noun ("Lorries Carrying Fuel")
        if b - a == 1 {
            // ("Budiono, a ferry broker in Surabaya, …": a name the apposition calls a person)
            if b < ctx.doc.tokens.len() && ctx.tok(b) == "," && context_label_here(ctx, a, b) == Some(Label::Person) {
                out.push(cand(a, b, Label::Person, None, Strength::Strong));
            } else if b + 1 < ctx.doc.tokens.len() && ctx.tok(b) == "," && business_apposition(ctx, b + 1) {
                // ("Transnet, the state logistics company, …")
                out.push(cand(a, b, Label::Org, None, Strength::Strong));
            } else {
                // kept only if it is the short form of a name the text gives ("Acme said"
                // after "Acme Shipping", "Doe said" after "Jane Doe")
                out.push(cand(a, b, Label::Org, None, Strength::Weak).with_confirm());
            }
            return;
        }
        // an occupation before a name is no part of it ("Shopkeeper Amina Bello said"): a
        // person noun before two or more words or before a known first name
        let occupation = person_noun(&crate::case::to_lower(ctx.tok(a))) && (b - a >= 3 || lexicon::given_name(ctx.tok(a + 1)).is_some());
        if ctx.tok(a).ends_with('s') || lexicon::is_common_word(ctx.tok(a)) || occupation {
            a += 1;
            first_of_sentence = false;
            // ("Sanctions Implications", "Background Information": a heading of common words)
            let w = ctx.tok(a);
            if b - a == 1 && (lexicon::is_common_word(w) || w.ends_with("ions") || w.ends_with("ments")) && !is_name_part(w) && ctx.longest(a, b).is_none() {
                return;
            }
        }
    }
    if a >= b {
        return;
    }
    // "USS Gerald Ford", "HMS Defender": a ship's name is no entity
    if b - a >= 2 && one_of!(ctx.tok(a), "USS" | "USNS" | "HMS" | "HMAS" | "HMCS" | "HMNZS" | "INS" | "RFS" | "MV" | "MT" | "SS") {
        return;
    }
    // a designation category is no entity: "Foreign Terrorist Organization", "Specially
    // Designated Global Terrorists", "State Sponsor of Terrorism"
    if (3..=4).contains(&(b - a))
        && matches!(ctx.tok(a), "Foreign" | "Specially" | "State")
        && one_of!(ctx.tok(b - 1).trim_end_matches('s'), "Organization" | "Terrorist" | "National" | "Terrorism")
        && (a + 1..b).any(|k| one_of!(ctx.tok(k), "Terrorist" | "Designated" | "Sponsor" | "Sponsors"))
    {
        return;
    }
    if ctx.is(NON_ENTITY_HEADS, b - 1) {
        // a programme or list is no entity, but the places, peoples and bodies in its name are
        // ("Cuba Sanctions", "US Reinstates Venezuela Oil Sanctions")
        let mut k = a;
        while k + 1 < b {
            match ctx.longest(k, b - 1) {
                Some((e, label @ (Label::Gpe | Label::Norp | Label::Org), canon)) => {
                    out.push(cand(k, e, label, Some(canon), Strength::Strong));
                    k = e;
                }
                _ => k += 1,
            }
        }
        return;
    }
    if language_use(ctx, a, b) {
        return;
    }
    // "the London firm Hale Brandt", "the consultancy Ecoanalítica": a name right after a
    // lower-case company noun is the company (unless the lexicon knows it as something else)
    if a > 0 && company_noun(ctx.tok(a - 1)) && ctx.longest(a, b).is_none_or(|(e, l, _)| e < b || l == Label::Org) {
        out.push(cand(a, b, Label::Org, None, Strength::Strong));
        return;
    }
    // "Brent crude", "Urals blend": an oil benchmark named after a place is no place (a
    // nationality stays: "Iranian crude")
    if b < ctx.doc.tokens.len() && matches!(ctx.tok(b), "crude" | "blend") && ctx.longest(a, b).is_none_or(|(_, l, _)| l != Label::Norp) {
        return;
    }
    // directions: "East Mediterranean" is a region, "Northern Syria" is Syria, and
    // "North and South Korea" names two countries
    if ctx.is(DIRECTIONS, a) && ctx.longest(a, b).is_none_or(|(e, _, _)| e < b) {
        if b - a == 1 {
            if let Some(label) = elliptical(ctx, b) {
                out.push(cand(a, b, label, None, Strength::Strong));
            } else if matches!(ctx.tok(a), "Western" | "Eastern") && b + 1 < ctx.doc.tokens.len() && ctx.doc.tokens[b].kind == Kind::Dash && !ctx.doc.tokens[b].space_before && ctx.word(b + 1) && !starts_upper(ctx.tok(b + 1)) {
                // "Western-made", "Western-backed": the bloc, split from the compound
                out.push(cand(a, b, Label::Norp, None, Strength::Strong));
            } else if matches!(ctx.tok(a), "Western" | "Eastern") && b < ctx.doc.tokens.len() && ctx.word(b) && !starts_upper(ctx.tok(b)) && (!first_of_sentence || one_of!(ctx.tok(b), "officials" | "diplomats" | "governments" | "powers" | "nations" | "countries" | "allies" | "leaders" | "sanctions" | "capitals" | "intelligence" | "capital" | "companies" | "banks" | "investors")) {
                // "Western sanctions", "Western officials": the political bloc (at a sentence
                // start only before a noun of the bloc's actors or acts)
                out.push(cand(a, b, Label::Norp, None, Strength::Strong));
            }
            return;
        }
        if let Some((e, label, canon)) = ctx.longest(a + 1, b) {
            if e == b && matches!(label, Label::Loc | Label::Norp) {
                out.push(cand(a, b, label, None, Strength::Strong));
                return;
            }
            if e == b && label == Label::Gpe {
                out.push(cand(a + 1, b, label, Some(canon), Strength::Strong));
                return;
            }
        }
    }
    // "Bank of Ruritania Governor Ana Pol", "Acme Group Chairman John Roe": a body's name,
    // then a title and the person who holds it
    if let Some((t, u)) = title_after_body(ctx, a, b) {
        label_run(ctx, a, t, s0, out);
        // (the words after the titles read as a person's name: see `title_after_body`)
        let canon = ctx.longest(u, b).filter(|&(e, l, _)| e == b && l == Label::Person).map(|(_, _, canon)| canon);
        let g = lexicon::given_name(ctx.tok(u)).unwrap_or(Gender::Unknown);
        out.push(Cand { role: Some((t, u)), gender: g, ..cand(u, b, Label::Person, canon, Strength::Strong) });
        return;
    }
    // split at "of" unless the part before it is a head that takes "of"
    if let Some(k) = (a + 1..b).find(|&k| ctx.tok(k) == "of") {
        let head = ctx.tok(k - 1);
        // "Acme Ltd of Kampala": a company form ends the name; the place after is a place
        if ctx.company_suffix(k - 1) && k - a >= 2 && ctx.longest(k + 1, b).is_some_and(|(e, l, _)| e == b && l == Label::Gpe) {
            label_run(ctx, a, k, s0, out);
            label_run(ctx, k + 1, b, s0, out);
            return;
        }
        let headed_before = (a..k).any(|x| ctx.is(ORG_HEADS, x)) || ctx.is(LAW_HEADS, a);
        // "the Sons of the Desert Militia": a plural opens a body's name before "of" inside a
        // sentence
        let plural_body = |x: usize| x + 1 < b && ctx.tok(x + 1) == "of" && ctx.tok(x).ends_with('s') && !ctx.is(TITLES, x) && ctx.is(ORG_HEADS, b - 1) && b - x >= 4 && !ctx.in_headline(x);
        // "Port of Aktau", "Strait of Malacca", "… Heads of Government Meeting"
        let keep = headed_before || ctx.is(ORG_HEADS, k - 1) || ctx.is(LAW_HEADS, k - 1) || ctx.is(EVENT_HEADS, k - 1)
            || ctx.is(FAC_HEADS, k - 1) || ctx.is(LOC_HEADS, k - 1) || (ctx.is(EVENT_HEADS, b - 1) || ctx.is(LAW_HEADS, b - 1)) && b - a >= 4 && !ctx.in_headline(a)
            || ctx.is(TITLES, k - 1) && k + 1 < b && ctx.is(TITLES, k + 1)
            || one_of!(head, "Bank" | "House" | "Republic" | "Kingdom" | "Article" | "Office" | "Gulf" | "Sea" | "Isle" | "Bay" | "Strait" | "Cape" | "Mount" | "Lake")
            || ctx.longest(a, b).is_some_and(|(e, _, _)| e > k)
            || a > s0 && plural_body(a);
        // "Government of National Unity": a government named by words, not by a place
        let after = k + 1 + usize::from(k + 1 < b && ctx.tok(k + 1) == "the");
        if !keep && head == "Government" && after < b && ctx.longest(after, b).is_none() && (after..b).all(|x| ctx.word(x) && starts_upper(ctx.tok(x)) || ctx.is(CONNECTORS, x)) && b - after >= 2 {
            if k - 1 > a {
                label_run(ctx, a, k - 1, s0, out);
            }
            out.push(cand(k - 1, b, Label::Org, None, Strength::Strong));
            return;
        }
        if !keep {
            if !ctx.is(GENERIC_HEADS, k - 1) {
                label_run(ctx, a, k, s0, out);
            }
            // (nothing after a run's last "of")
            if let Some(e) = (after < b).then(|| run_end(ctx, after, b)).flatten() {
                label_run(ctx, after, if plural_body(after) { b } else { e.min(b) }, s0, out);
            }
            return;
        }
    }
    // the whole run as one lexicon entry
    if let Some((e, label, canon)) = ctx.longest(a, b) {
        if e == b {
            out.push(cand(a, b, label, Some(canon), Strength::Strong));
            return;
        }
    }
    // "… Office of Foreign Assets Control Jane R. Doe": a known body, then the person right
    // after it (the title stood before the body)
    if let Some((e, Label::Org, canon)) = ctx.longest(a, b) {
        if e + 1 < b && b - e <= 4 && lexicon::given_name(ctx.tok(e)).is_some() && (e..b).all(|k| ctx.word(k) && starts_upper(ctx.tok(k)) || ctx.tok(k) == ".") {
            out.push(cand(a, e, Label::Org, Some(canon), Strength::Strong));
            let g = lexicon::given_name(ctx.tok(e)).unwrap_or(Gender::Unknown);
            out.push(Cand { gender: g, ..cand(e, b, Label::Person, None, Strength::Strong) });
            return;
        }
    }
    // "the Doe administration", "the Roe Government", "the Doe-Roe government": the leaders
    // whose government it is, each a person (an unknown name: not "the Federal Government")
    let led = if b - a > 1 && matches!(ctx.tok(b - 1), "Government" | "Administration") { b - 1 } else { b };
    if a > 0 && matches!(ctx.tok(a - 1), "the" | "The") && (led < b || b < ctx.doc.tokens.len() && matches!(ctx.tok(b), "government" | "administration"))
        && (a..led).all(|k| ctx.doc.tokens[k].kind == Kind::Dash && k > a && !ctx.doc.tokens[k].space_before || starts_upper(ctx.tok(k)) && !lexicon::is_common_word(ctx.tok(k)) && ctx.longest(k, k + 1).is_none()
            // (rarer words for a kind of government)
            && !one_of!(ctx.tok(k), "Interim" | "Provisional" | "Caretaker" | "Transitional" | "Puppet" | "Incoming" | "Outgoing" | "Junta") && !demonym_shape(ctx.tok(k)))
    {
        out.extend((a..led).filter(|&k| ctx.word(k)).map(|k| cand(k, k + 1, Label::Person, None, Strength::Strong)));
        return;
    }
    // in a Title Case headline a verb after a known name ends it ("Treasury Targets Evasion
    // Network"): the words after it are a run of their own (a noun in "-ions" is no verb:
    // "Iranian Transactions and Sanctions Regulations")
    // (the sentence's case last: most sentences are never asked it)
    let verb = |e: usize| ctx.word(e) && ctx.tok(e).ends_with('s') && !ctx.tok(e).ends_with("ss") && !ctx.tok(e).ends_with("ions") && ctx.longest(e, e + 1).is_none() && !ctx.is(ORG_HEADS, e) && !ctx.is(BUSINESS_HEADS, e);
    if let Some((e, _, _)) = ctx.longest(a, b).filter(|&(e, _, _)| e + 1 < b && verb(e) && ctx.in_headline(a)) {
        label_run(ctx, a, e, s0, out);
        label_run(ctx, e + 1, b, s0, out);
        return;
    }
    // head words decide the whole run
    let last_i = if ctx.tok(b - 1) == "." && b - a > 1 { b - 2 } else { b - 1 };
    let last = ctx.tok(last_i);
    let first = ctx.tok(a);
    // (or a business word at the end: "Russian Helicopters", "High Precision Systems")
    let company = b - a > 1 && (ctx.company_suffix(last_i) || ctx.is(COMPANY_PREFIXES, a) && ctx.longest(a, b).is_none_or(|(e, _, _)| e < b) || ctx.is(BUSINESS_HEADS, last_i) && !ctx.in_headline(a) || spelled_legal_form(ctx, a, b));
    // in a headline, a "name" made only of ordinary words is no name ("Government Forces")
    // (the words first: most runs hold a word that is no common one, and then the sentence's
    // case, a walk over its words, is never worked out)
    let ordinary = (a..b).filter(|&k| ctx.word(k)).all(|k| lexicon::is_common_word(ctx.tok(k)) || ctx.is(CONNECTORS, k)) && ctx.in_headline(a);
    if ordinary && ctx.longest(a, b).is_none_or(|(e, _, _)| e < b) {
        return;
    }
    // (the lists of the words before "of" or "for", from one walk: most runs are asked about
    // all four kinds of head)
    let of_heads = heads_of(ctx, a, b);
    let head_of = |heads: WordList| of_heads & heads.bit != 0;
    // "Lithuanian Exhibition and Congress Centre": a venue is a facility
    let venue = matches!(last, "Centre" | "Center") && (a..last_i).any(|k| one_of!(ctx.tok(k), "Exhibition" | "Expo" | "Convention" | "Congress" | "Conference" | "Shopping" | "Sports"));
    let head_label = if venue {
        Some(Label::Fac)
    } else if company || ctx.is(ORG_HEADS, last_i) || head_of(ORG_HEADS) {
        Some(Label::Org)
    } else if (ctx.is(LAW_HEADS, last_i) || head_of(LAW_HEADS) || law_on(ctx, a, b)) && !(matches!(last, "Agreement" | "Accord") && ctx.in_headline(a)) {
        // (a Title Case headline's "Reach Agreement" names no treaty)
        Some(Label::Law)
    } else if ctx.is(EVENT_HEADS, last_i) || first == "Operation" && b - a > 1 {
        Some(Label::Event)
    } else if ctx.is(FAC_HEADS, last_i) || head_of(FAC_HEADS) || first == "Hotel" && b - a > 1 {
        // (a hotel's name may follow its head: "Hotel Metropol")
        Some(Label::Fac)
    } else if ctx.is(LOC_HEADS, last_i) || head_of(LOC_HEADS) {
        Some(Label::Loc)
    } else {
        None
    };
    if let Some(label) = head_label {
        // a title in front is not part of an organisation's name ("Secretary" in "Secretary … Department" is rare)
        if b - a > 1 && !(label == Label::Org && all_titles(ctx, a, b)) {
            // in a Title Case headline a verb phrase can end in a head word ("… Accused of
            // Funding Paramilitary War"): an event, facility or place named there only when
            // the text names it again
            let confirm = matches!(label, Label::Event | Label::Fac | Label::Loc) && ctx.in_headline(a) && ctx.longest(a, b).is_none_or(|(e, _, _)| e < b);
            out.push(Cand { needs_confirm: confirm, ..cand(a, b, label, None, Strength::Strong) });
            return;
        }
    }
    // a firm named after its city: "Hefei Xinlian Semiconductor", "Shenyang Kumbit Technology"
    // (a place, one or two unknown name words, a business word)
    if let Some((e, Label::Gpe | Label::Loc, _)) = ctx.longest(a, b) {
        if b - e >= 2 && b - e <= 3 && ctx.is(BUSINESS_HEADS, b - 1) && (e..b - 1).all(|k| ctx.word(k) && starts_upper(ctx.tok(k)) && ctx.longest(k, b).is_none() && !lexicon::is_common_word(ctx.tok(k)) && !ctx.is(BUSINESS_HEADS, k)) {
            out.push(cand(a, b, Label::Org, None, Strength::Strong));
            return;
        }
    }
    // "Nguyen Van Thanh", "Phạm Thu Hằng": a Vietnamese family name and two or three
    // syllables (a middle "Van" or "Thi" is no town and no word)
    if let Some(g) = vietnamese_name(ctx, a, b) {
        out.push(Cand { gender: g, ..cand(a, b, Label::Person, None, Strength::Strong) });
        return;
    }
    // "Kenji Morioka, a deputy minister": a given name and a family name that is also a town
    if b - a == 2 && given_place(ctx, a, b) {
        let g = lexicon::given_name(ctx.tok(a)).unwrap_or(Gender::Unknown);
        out.push(Cand { gender: g, ..cand(a, b, Label::Person, None, Strength::Strong) });
        return;
    }
    // "Armed Forces General Staff (AFGS)", "Sepehr Energy Jahan Nama Pars (Sepehr Energy)":
    // words with a title or a body's or trade's head among them, before an acronym of their
    // initials or a short name that opens as they do, name a body
    if b + 2 < ctx.doc.tokens.len() && ctx.tok(b) == "(" && b - a >= 2 && (ctx.tok(b + 1) == first || is_all_caps(ctx.tok(b + 1)) && initials_match(ctx, a, b, ctx.tok(b + 1))) && (a..b).any(|k| ctx.bits[k] & (TITLES.bit | ORG_HEADS.bit | BUSINESS_HEADS.bit) != 0) {
        out.push(cand(a, b, Label::Org, None, Strength::Strong));
        return;
    }
    // parse: [place or nationality]* [titles]* [name]
    let mut k = a;
    // (the pieces go straight onto the end of `out`, from `base`, and are joined there: no
    // vector of their own a run)
    let base = out.len();
    let mut title_start = None;
    while k < b {
        let w = ctx.tok(k);
        // "Hendrik Van Aelst", "Lieven De Smet": a capitalised particle between name words
        // is part of the name, not the town of Van
        let particle_in_name = ctx.is(CAP_PARTICLES, k) && k + 1 < b && ctx.word(k + 1) && starts_upper(ctx.tok(k + 1))
            && (k > a && lexicon::given_name(ctx.tok(k - 1)).is_some() || k == a && b - a == 2);
        // "Rose-Michelle": a one-word entry glued by a hyphen to a capitalised word is a name part
        let glued = k + 2 < b && ctx.doc.tokens[k + 1].kind == Kind::Dash && !ctx.doc.tokens[k + 1].space_before && starts_upper(ctx.tok(k + 2))
            && ctx.longest(k, b).is_some_and(|(e, _, _)| e == k + 1);
        let particle_in_name = particle_in_name || glued;
        // "Foreign Affairs Minister": a portfolio before a title is part of the title (not
        // the magazine "Foreign Affairs")
        if let Some((e, Label::Org, _)) = ctx.longest(k, b).filter(|_| !particle_in_name) {
            if e < b && e - k >= 2 && ctx.is(TITLES, e) && (k..e).all(|x| ctx.is(TITLES, x) || one_of!(ctx.tok(x), "Affairs" | "Relations" | "Development" | "Commerce" | "Industry")) {
                title_start.get_or_insert(k);
                k = e;
                continue;
            }
        }
        if let Some((e, label, canon)) = ctx.longest(k, b).filter(|_| !particle_in_name) {
            // after a title, a given name that is also a place ("Jordan", "Georgia") is a
            // name; a place or body that is part of the title ("Former US Ambassador")
            // stays what it is
            // (or after a title's portfolio cut off at "of" or "for": "Director of
            // Intelligence Jordan Hale")
            let portfolio = k > a && k + 2 == b && ctx.word(k + 1) && ctx.longest(k + 1, b).is_none()
                && (a..k).all(|x| ctx.is(CONNECTORS, x) || lexicon::is_common_word(ctx.tok(x))) && a > 0 && matches!(ctx.tok(a - 1), "of" | "for");
            if portfolio && title_start.is_none() {
                title_start = Some(a);
            }
            let name_after_title = title_start.is_some()
                && label != Label::Person
                && e - k == 1
                && (is_name_part(w) || k + 1 < b && ctx.word(k + 1) && starts_upper(ctx.tok(k + 1)) && ctx.longest(k + 1, b).is_none())
                && !(k + 1 < b && ctx.is(TITLES, k + 1));
            // a group word or a town that is also a given name, before a family name
            // ("Christian Schmidt", "Milan Novak")
            let given_before_surname = matches!(label, Label::Norp | Label::Gpe)
                && e - k == 1
                && e < b
                && lexicon::given_name(w).is_some()
                && ctx.word(e)
                && (lexicon::is_surname(ctx.tok(e)) || surname_form(ctx.tok(e)))
                && ctx.longest(e, b).is_none()
                // ("in Milan Novak …" reads as the town)
                && !(label == Label::Gpe && k > 0 && ["in", "from", "to", "near", "at"].iter().any(|p| ctx.tok(k - 1).eq_ignore_ascii_case(p)));
            if !name_after_title && !given_before_surname && !(ctx.is(TITLES, k) && label == Label::Person) {
                let mut c = cand(k, e, label, Some(canon), Strength::Strong);
                if label == Label::Person {
                    c.role = title_start.take().map(|t| (t, k));
                    c.gender = lexicon::given_name(w).unwrap_or(Gender::Unknown);
                } else if title_start.is_none() || !(k + 1 < b && ctx.is(TITLES, k + 1)) && e < b {
                    title_start = None;
                }
                out.push(c);
                k = e;
                continue;
            }
        }
        if ctx.is(TITLES, k) && ctx.word(k) {
            title_start.get_or_insert(out[base..].last().filter(|p| matches!(p.label, Label::Gpe | Label::Norp | Label::Org) && p.b == k).map_or(k, |p| p.a));
            k += 1;
            // "Secretary of State"
            if k + 1 < b && ctx.tok(k) == "of" && ctx.is(TITLES, k + 1) {
                k += 2;
            }
            continue;
        }
        // an unknown stretch: up to the next lexicon entry or title
        let mut e = k + 1;
        let glued_particle = |e: usize| ctx.is(CAP_PARTICLES, e) && e + 1 < b && ctx.word(e + 1) && starts_upper(ctx.tok(e + 1));
        let after_particle = |e: usize| e >= 2 && ctx.doc.tokens[e - 1].kind == Kind::Dash && has(PARTICLES, &crate::case::to_lower(ctx.tok(e - 2)));
        // ("Idris Balkan": a group's word or a place after a given name ends the name as its
        // surname)
        let surname = |e: usize| e + 1 == b && lexicon::given_name(ctx.tok(e - 1)).is_some() && ctx.longest(e - 1, e).is_none();
        while e < b
            && (!ctx.is(TITLES, e) || after_particle(e))
            && (glued_particle(e) || !ctx.longest(e, b).is_some_and(|(x, l, _)| x - e > 1 || l != Label::Person && !is_name_part(ctx.tok(e)) && !(matches!(l, Label::Norp | Label::Gpe) && surname(e))))
        {
            e += if glued_particle(e) { 2 } else { 1 };
        }
        let e = e.min(b);
        // "Provincial Governor", "Health Minister": ordinary words (or an adjective in "-al")
        // before a title are part of it
        if e < b && ctx.is(TITLES, e) && (k..e).all(|x| ctx.word(x) && (lexicon::is_common_word(ctx.tok(x)) || ctx.tok(x).ends_with("al")) && !ctx.is(ORG_HEADS, x)) {
            title_start.get_or_insert(k);
            k = e;
            continue;
        }
        // a trailing "of …" inside an unknown stretch is not part of a person
        let role = title_start.take().map(|t| (t, k));
        let mut c = classify_unknown(ctx, k, e, role.is_some() || title_body_before(ctx, a, &out[base..], k), first_of_sentence && k == a);
        if let Some(mut c2) = c.take() {
            c2.role = role;
            out.push(c2);
        } else if let Some((t, _)) = role.filter(|_| e < b && ctx.is(TITLES, e)) {
            // an ordinary word between titles belongs to the title ("Chief Cabinet Secretary")
            title_start = Some(t);
        }
        k = e;
    }
    // a person split by the lexicon ("Kim" + unknown "Yong Chol"): join adjacent person-ish pieces
    let mut kept = base;
    for r in base..out.len() {
        let p = out[r];
        if kept > base {
            let prev = &mut out[kept - 1];
            // "Cuban American", "British Iranian": two peoples' words with no hyphen are one
            if prev.b == p.a && prev.label == Label::Norp && p.label == Label::Norp && ctx.doc.tokens[p.a].space_before && prev.b - prev.a == 1 && p.b - p.a == 1 {
                prev.b = p.b;
                prev.canonical = None;
                continue;
            }
            if prev.b == p.a && prev.label == Label::Person && p.label == Label::Person && prev.canonical.is_none() == p.canonical.is_none() && prev.canonical.is_none() {
                prev.b = p.b;
                prev.strength = prev.strength.max(p.strength);
                continue;
            }
            // "Edmundo Gonzalez Urrutia": one unknown word right after a person's name, no
            // head word nor acronym, is a second surname
            if prev.b == p.a && prev.label == Label::Person && p.b == p.a + 1 && p.canonical.is_none() && p.label != Label::Person && prev.b - prev.a >= 2
                && ctx.bits[p.a] & (ORG_HEADS.bit | BUSINESS_HEADS.bit | FAC_HEADS.bit | LAW_HEADS.bit | EVENT_HEADS.bit) == 0
                && !is_all_caps(ctx.tok(p.a)) && !lexicon::is_common_word(ctx.tok(p.a)) && ctx.longest(p.a, p.b).is_none()
            {
                prev.b = p.b;
                prev.canonical = None;
                continue;
            }
        }
        out[kept] = p;
        kept += 1;
    }
    out.truncate(kept);
}

/// Where the run from `i` ends when it is an office's title with its portfolio and the
/// person holding it, read on from the "for" or "and" at `j` (see [`titled_office`]).
#[inline(never)]
fn office_end(ctx: &Ctx, i: usize, j: usize, end: usize) -> Option<usize> {
    let toks = &ctx.doc.tokens;
    let mut k = j;
    while k < end && k < j + 16 && !ctx.taken[k] && !toks[k].line_before {
        let w = ctx.tok(k);
        let glued = !toks[k].space_before && k + 1 < end && !toks[k + 1].space_before;
        let ok = if ctx.word(k) { starts_upper(w) || matches!(w, "of" | "the" | "and" | "for") } else { glued || w == "." && !toks[k].space_before && crate::segment::char_count(ctx.tok(k - 1)) == 1 };
        // ("… and Special Envoy …": another office holder)
        if !ok || w == "and" && k + 2 < end && ctx.is(TITLES, k + 1) && (ctx.is(TITLES, k + 2) || ctx.tok(k + 2) == "of") {
            break;
        }
        k += 1;
    }
    titled_office(ctx, i, k).map(|_| k)
}

/// In the run `a..b`, "[place or body] <titles> of/for <portfolio> <given name> <names>": where
/// the titles start and where the person does (the last given name with one to three
/// capitalised name words after it, right after a capitalised portfolio word).
#[inline(never)]
fn titled_office(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    let title = |k: usize| ctx.is(TITLES, k) || ctx.tok(k) == "Acting";
    // ("Treasury Under Secretary …", "U.S. Secretary of State …": the body or place before the
    // titles is no part of them)
    let t = match ctx.longest(a, b) {
        Some((e, _, _)) if e < b && title(e) => e,
        _ if title(a) => a,
        _ => return None,
    };
    let portfolio = (t + 1..b).find(|&k| matches!(ctx.tok(k), "of" | "for"))?;
    if !(t..portfolio).all(title) {
        return None;
    }
    let p = (portfolio + 2..b - 1).rev().find(|&p| lexicon::given_name(ctx.tok(p)).is_some())?;
    // (the portfolio's words all known: "President of Norvania Ana Pol" names a country
    // there, which is no title's word)
    let known = |k: usize| !ctx.word(k) || ctx.is(CONNECTORS, k) || ctx.is(TITLES, k) || lexicon::is_common_word(ctx.tok(k)) || ctx.lex.get(ctx.tok(k)).is_some() || demonym_shape(ctx.tok(k));
    if !(portfolio..p).all(known) {
        return None;
    }
    let names = (p..b).filter(|&k| ctx.word(k) && starts_upper(ctx.tok(k))).count();
    let name_word = |k: usize| !ctx.word(k) || starts_upper(ctx.tok(k)) && !ctx.is(TITLES, k) && !ctx.is(CONNECTORS, k);
    (ctx.word(p - 1) && starts_upper(ctx.tok(p - 1)) && (2..=4).contains(&names) && (p..b).all(name_word)).then_some((t, p))
}

/// In the run `a..b`, "<body's name> <titles> <person>": the token range of the titles,
/// when the body ends in a head word or holds one before "of" and the words after the titles
/// read as a person's name (a given name, or words no lexicon and no dictionary knows).
fn title_after_body(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    let t = (a + 2..b.saturating_sub(1)).find(|&t| ctx.is(TITLES, t) && ctx.word(t) && !ctx.is(CONNECTORS, t - 1) && !ctx.is(TITLES, t - 1))?;
    // (a title and a head word are one title: "Chief Cabinet Secretary")
    let body = (ctx.is(ORG_HEADS, t - 1) || ctx.company_suffix(t - 1) || heads_of(ctx, a, t) & ORG_HEADS.bit != 0) && !(t - a == 2 && ctx.is(TITLES, a));
    let u = (t..b).find(|&u| !ctx.is(TITLES, u))?;
    let name = |x: usize| ctx.word(x) && starts_upper(ctx.tok(x)) && !ctx.is(ORG_HEADS, x) && !ctx.is(BUSINESS_HEADS, x) && !ctx.is(LAW_HEADS, x);
    let person = (u..b).all(name) && b - u <= 4 && (lexicon::given_name(ctx.tok(u)).is_some() || (u..b).all(|x| !lexicon::is_common_word(ctx.tok(x)) && ctx.longest(x, x + 1).is_none_or(|(_, l, _)| l == Label::Person)));
    (body && person && ctx.longest(a, b).is_none_or(|(e, _, _)| e <= t)).then_some((t, u))
}

/// "Secretary of the Treasury Jane Roe": the body or place that opens the run (split off
/// its title at "of") ends at `k`, and a title with "of" or "of the" stands before it.
#[inline(never)]
fn title_body_before(ctx: &Ctx, a: usize, pieces: &[Cand], k: usize) -> bool {
    let t = if a >= 2 && ctx.tok(a - 1) == "the" { a - 1 } else { a };
    pieces.last().is_some_and(|p| p.a == a && p.b == k && matches!(p.label, Label::Org | Label::Gpe)) && t >= 2 && ctx.tok(t - 1) == "of" && ctx.is(TITLES, t - 2)
}

/// Whether a..b reads as a Vietnamese name: a common family name, then two or three
/// capitalised syllables, none of them an English word except the middle names "Van" and
/// "Thi"; the gender a middle "Van" or "Thi" tells.
fn vietnamese_name(ctx: &Ctx, a: usize, b: usize) -> Option<Gender> {
    const FAMILY: &[&str] = &[
        "Bui", "Bùi", "Dang", "Dinh", "Doan", "Duong", "Dương", "Hoang", "Hoàng", "Huynh", "Huỳnh", "Hồ", "Ngo", "Ngô",
        "Nguyen", "Nguyễn", "Pham", "Phan", "Phạm", "Tran", "Trinh", "Truong", "Trương", "Trần", "Trịnh", "Vu", "Võ",
        "Vũ", "Đinh", "Đoàn", "Đặng", "Đỗ",
    ];
    if !(3..=4).contains(&(b - a)) || !FAMILY.contains(&ctx.tok(a)) {
        return None;
    }
    let middle = |w: &str| one_of!(w, "Van" | "Văn" | "Thi" | "Thị");
    let syllable = |k: usize| {
        let w = ctx.tok(k);
        ctx.word(k) && starts_upper(w) && crate::segment::char_count(w) <= 6 && (middle(w) || !lexicon::is_common_word(w))
    };
    if !(a + 1..b).all(syllable) {
        return None;
    }
    Some(match ctx.tok(a + 1) {
        "Van" | "Văn" => Gender::Male,
        "Thi" | "Thị" => Gender::Female,
        _ => Gender::Unknown,
    })
}

/// Two words, a known given name and a family name, one of them also a one-word place entry
/// ("Kenji Sendai", "Milan Kovac"), in words that only a person has around it ("X Y said",
/// "X Y, a lawyer,").
#[inline(never)]
fn given_place(ctx: &Ctx, a: usize, b: usize) -> bool {
    let w = ctx.tok(a);
    let place = |k: usize| ctx.longest(k, k + 1).is_some_and(|(_, l, _)| l == Label::Gpe);
    lexicon::given_name(w).is_some()
        && !lexicon::is_common_word(w)
        && ctx.word(a + 1)
        && !lexicon::is_common_word(ctx.tok(a + 1))
        && (place(a + 1) && ctx.longest(a, a + 1).is_none() || place(a) && ctx.longest(a + 1, b).is_none())
        && !ctx.in_headline(a)
        && context_label_here(ctx, a, b) == Some(Label::Person)
}

/// "North and South Korea": a lone direction takes the label of the name that follows "and".
fn elliptical(ctx: &Ctx, b: usize) -> Option<Label> {
    if b + 2 < ctx.doc.tokens.len() && ctx.tok(b) == "and" && ctx.is(DIRECTIONS, b + 1) {
        let (_, label, _) = ctx.longest(b + 1, (b + 5).min(ctx.doc.tokens.len()))?;
        return matches!(label, Label::Gpe | Label::Loc | Label::Norp).then_some(label);
    }
    None
}

/// "published in Kazakh and Russian", "a speech in Farsi.": a nationality word after "in" with
/// no noun after it names a language, which is no entity here.
fn language_use(ctx: &Ctx, a: usize, b: usize) -> bool {
    let n = ctx.doc.tokens.len();
    let norp = |k: usize| k < n && ctx.word(k) && !ctx.tok(k).ends_with('s') && ctx.longest(k, k + 1).is_some_and(|(e, l, _)| e == k + 1 && l == Label::Norp);
    // (the words before it first: most runs have no "in" there, and the look-up of the word
    // alone is a query no other rule makes)
    let before = b == a + 1 && a >= 1 && (ctx.tok(a - 1) == "in" || a >= 3 && matches!(ctx.tok(a - 1), "and" | "or") && ctx.tok(a - 3) == "in" && norp(a - 2));
    if !before || !norp(a) {
        return false;
    }
    b >= n || !ctx.word(b) && ctx.tok(b) != "-" || matches!(ctx.tok(b), "and" | "or") && norp(b + 1) && (b + 2 >= n || !ctx.word(b + 2))
}

fn cand(a: usize, b: usize, label: Label, canonical: Option<&str>, strength: Strength) -> Cand<'_> {
    Cand { a, b, label, canonical, strength, role: None, gender: Gender::Unknown, needs_confirm: false, alias_of: None }
}

fn all_titles(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).all(|k| ctx.is(TITLES, k) || ctx.tok(k) == "of")
}

/// "Ministry of Foreign Affairs": a head word right before "of".
fn has_head_of(ctx: &Ctx, a: usize, b: usize, heads: WordList) -> bool {
    (a + 1..b).any(|k| matches!(ctx.tok(k), "of" | "for") && has(heads, ctx.tok(k - 1)))
}

/// The word lists ([`list_bits`]) that hold a word before "of" or "for" in a..b: the answers
/// of [`has_head_of`] for every list at once.
fn heads_of(ctx: &Ctx, a: usize, b: usize) -> u32 {
    (a + 1..b).filter(|&k| matches!(ctx.tok(k), "of" | "for")).fold(0, |m, k| m | ctx.bits[k - 1])
}

/// Whether the sentence of token `i` ends with a full stop (a title line does not; a short
/// sentence full of titles and names can look like one).
fn ends_with_full_stop(ctx: &Ctx, i: usize) -> bool {
    let end = ctx.doc.sentences[ctx.doc.sentence_of(i)].tokens.1;
    end > 0 && ctx.tok(end - 1) == "."
}

/// "Treaty on the Prohibition of Nuclear Weapons", "Convention for the Protection of …": a
/// law's head word first, then "on"/"for"/"of" and more words.
fn law_on(ctx: &Ctx, a: usize, b: usize) -> bool {
    ctx.is(LAW_HEADS, a) && b - a >= 3 && matches!(ctx.tok(a + 1), "on" | "for" | "of")
}

fn is_name_part(w: &str) -> bool {
    lexicon::given_name(w).is_some() || lexicon::is_surname(w)
}

/// A people named after a place the lexicon knows, by its name and "n" or "ns" ("Tasmanian",
/// "Siberians"); no given name or surname.
fn place_people(ctx: &Ctx, w: &str) -> bool {
    let stem = w.strip_suffix("ns").or_else(|| w.strip_suffix('n')).unwrap_or("");
    stem.len() > 4 && !is_name_part(w) && ctx.lex.get(stem).is_some_and(|h| matches!(h.label, Label::Gpe | Label::Loc))
}

/// "Velmari", "Norlandish", "Dorvani": an unknown word that is a name the text gives
/// ("Velmar", "Norland", "Dorvania" less its "a") and an ending of peoples' words.
fn people_of_place(ctx: &Ctx, w: &str) -> bool {
    let has = |p: &str| ctx.cap_words.get_or_init(|| ctx.starts.iter().map(|&i| ctx.tok(i as usize)).collect()).contains(p);
    starts_upper(w) && !is_name_part(w) && !lexicon::is_common_word(w) && ctx.lex.get(w).is_none()
        && ["i", "ish", "ese", "ean", "an"].iter().any(|e| w.strip_suffix(e).is_some_and(|p| p.len() > 3 && (has(p) || has(&format!("{p}a")))))
}

/// A people's word: of the shape "-ian" ([`demonym_shape`]) or made from a name the text gives.
fn demonym_word(ctx: &Ctx, w: &str) -> bool {
    demonym_shape(w) || people_of_place(ctx, w)
}

/// "Velmarians", "Dorvanis": an unknown people's word with a plural "s".
fn people_plural(ctx: &Ctx, w: &str) -> bool {
    w.len() > 6 && (w.ends_with("ns") || w.ends_with("is")) && w.strip_suffix('s').is_some_and(|p| demonym_word(ctx, p)) && ctx.lex.get(w).is_none()
}

/// A word of the shape of a people's word in "-ian" that is no given name or surname
/// ("Velmarian"; not "Julian", "Petrosian").
#[inline(never)]
fn demonym_shape(w: &str) -> bool {
    // (nor an adjective or a noun in "-tarian", "-narian", "-ician": "Humanitarian",
    // "Veterinarian", "Politician")
    w.ends_with("ian") && !w.ends_with("tarian") && !w.ends_with("narian") && !w.ends_with("ician") && crate::segment::char_count(w) > 5 && starts_upper(w) && !is_name_part(w) && !lexicon::is_common_word(w)
        && !one_of!(w, "Civilian" | "Guardian" | "Pedestrian" | "Custodian" | "Comedian" | "Historian" | "Agrarian" | "Librarian")
}

/// Whether the words from token `b` go on as after a people's word: a lower-case noun (no verb
/// or function word), "and" or "or" before another such word, or a hyphenated participle.
fn demonym_next(ctx: &Ctx, b: usize) -> bool {
    let Some(t) = ctx.doc.tokens.get(b) else { return false };
    let next = ctx.tok(b);
    let after = if b + 1 < ctx.doc.tokens.len() { ctx.tok(b + 1) } else { "" };
    if t.kind == Kind::Dash && !t.space_before {
        return one_of!(after, "flagged" | "registered" | "backed" | "led" | "owned" | "born" | "made");
    }
    if matches!(next, "and" | "or") {
        return demonym_shape(after);
    }
    // "Velmarian Prime Minister Ana Pol": before a person's title
    if starts_upper(next) {
        return one_of!(next, "Prime" | "President" | "Foreign" | "Defence" | "Defense" | "Minister" | "Deputy" | "Vice" | "Ambassador" | "Finance" | "Interior" | "Envoy" | "Prince" | "King" | "Queen" | "Emir" | "Premier" | "Chancellor");
    }
    ctx.word(b) && next.starts_with(|c: char| c.is_lowercase()) && !next.ends_with("ed")
        && !says_word(next) && !one_of!(next, "has" | "had" | "is" | "was" | "will" | "would" | "also" | "who" | "can" | "could" | "did" | "does"
            | "of" | "in" | "on" | "at" | "to" | "for" | "with" | "by" | "from" | "as" | "that" | "the" | "a" | "an" | "and" | "or" | "but" | "after" | "before" | "while" | "when")
}

/// "Norvania" where the text also says "Norvanian": an unknown word in "-ia" whose people's
/// word (it and "n") the text uses is a country.
#[inline(never)]
fn land_of_people(ctx: &Ctx, w: &str) -> bool {
    w.ends_with("ia") && crate::segment::char_count(w) > 4 && starts_upper(w) && !is_name_part(w) && ctx.lex.get(w).is_none() && {
        // (the text's words in "-ian" are listed once, where a search of the text for each
        // word grew with the square of its length; the last 64 bytes of each are enough)
        let text = ctx.doc.text;
        let stems = ctx.ian_stems.get_or_init(|| {
            let mut v: WordSet<&str> = WordSet::default();
            for (i, _) in text.match_indices("ian").filter(|&(i, _)| !text[i + 3..].starts_with(|c: char| c.is_alphabetic() && c != 's')) {
                let mut lo = i.saturating_sub(62);
                while !text.is_char_boundary(lo) {
                    lo -= 1;
                }
                let head = &text[lo..i + 2];
                let word = &head[head.rfind(char::is_whitespace).map_or(0, |k| k + head[k..].chars().next().map_or(1, char::len_utf8))..];
                v.extend(word.char_indices().filter(|&(_, c)| c.is_uppercase()).map(|(k, _)| &word[k..]));
            }
            v
        });
        stems.contains(w)
    }
}

/// A capitalised word that could be a name even at the start of a sentence.
fn plausible_name_word(w: &str) -> bool {
    is_name_part(w) || is_all_caps(w) && w.len() >= 2
}

/// Classify an unknown stretch a..b of capitalised tokens.
fn classify_unknown<'d>(ctx: &Ctx<'d, '_>, a: usize, b: usize, titled: bool, sentence_initial: bool) -> Option<Cand<'d>> {
    // connectors never start or end a name
    let (mut a, mut b) = (a, b);
    let joined_by_dash = |k: usize| k + 1 < b && ctx.doc.tokens[k + 1].kind == Kind::Dash && !ctx.doc.tokens[k + 1].space_before;
    while a < b && (ctx.is(CONNECTORS, a) && !joined_by_dash(a) || !ctx.word(a)) {
        a += 1;
    }
    // (but a syllable glued by a hyphen: "Kim Soo-bin")
    let glued_before = |k: usize| k >= 2 && ctx.doc.tokens[k - 1].kind == Kind::Dash && !ctx.doc.tokens[k - 1].space_before && !ctx.doc.tokens[k].space_before && ctx.word(k - 2);
    while b > a && (ctx.is(CONNECTORS, b - 1) && !glued_before(b - 1) || !ctx.word(b - 1)) {
        b -= 1;
    }
    let toks: Vec<&str> = (a..b).filter(|&k| ctx.word(k)).map(|k| ctx.tok(k)).collect();
    if toks.is_empty() {
        return None;
    }
    let headline = ctx.in_headline(a);
    let first = toks[0];
    let last = toks[toks.len() - 1];
    // "IMO 9234567", "Passport A1234567": the label of an identifying number; "[SDGT]": a
    // sanctions list's programme tag
    let number_after = b < ctx.doc.tokens.len() && ctx.doc.tokens[b].kind == Kind::Number && ctx.tok(b).len() > 5;
    // ("[RUSSIA-EO14024]", "[IRAN-EO13902]": a tag of capitals, digits and hyphens)
    if toks.len() == 1 && number_after || a > 0 && ctx.tok(a - 1) == "[" && toks.iter().all(|w| is_all_caps(w)) {
        return None;
    }
    // "(Cyrillic: …)": a script's name before the name written in it, neither an entity
    if a > 0 && ctx.tok(a - 1) == "(" && b < ctx.doc.tokens.len() && ctx.tok(b) == ":" && one_of!(first, "Cyrillic" | "Arabic" | "Chinese" | "Korean" | "Farsi" | "Persian" | "Hebrew" | "Latin") {
        return None;
    }
    if a >= 3 && ctx.tok(a - 1) == ":" && ctx.tok(a - 3) == "(" && ctx.tok(a - 2) == "Cyrillic" {
        return None;
    }
    // "Acme Re (NYSE: ACRE)": a listed company before its exchange and ticker, and the ticker
    // itself no entity
    if stock_ticker(ctx, a) {
        return None;
    }
    // "CNC machines", "GPS receivers": an unknown acronym before a product's noun names a
    // technique, no body
    if toks.len() == 1 && is_all_caps(first) && b < ctx.doc.tokens.len()
        && one_of!(ctx.tok(b), "machine" | "machines" | "tools" | "chips" | "components" | "parts" | "devices" | "equipment" | "software" | "receivers" | "technology" | "systems" | "modules" | "sensors")
    {
        return None;
    }
    // "Tolland & Price": names joined by an ampersand name a firm
    let ampersand = (a..b).any(|k| ctx.tok(k) == "&");
    // letters joined by "&" are no name ("Q&A", "R&D")
    if ampersand && toks.iter().all(|w| crate::segment::char_count(w) == 1) {
        return None;
    }
    if listing_after(ctx, b) || toks.len() >= 2 && ampersand {
        return Some(cand(a, b, Label::Org, None, Strength::Strong));
    }
    if titled && !lexicon::is_common_word(first) {
        let g = lexicon::given_name(first).unwrap_or(Gender::Unknown);
        // (a Title Case headline capitalises verbs and nouns after a title too: "Minister
        // Defends Bill" names a person only if the text below names them again or a given name
        // opens it)
        let confirm = headline && lexicon::given_name(first).is_none() && ctx.doc.paragraphs.len() > 1 && !ends_with_full_stop(ctx, a);
        return Some(Cand { gender: g, needs_confirm: confirm, ..cand(a, b, Label::Person, None, Strength::Strong) });
    }
    // "a post on X", "wrote on X": the social network
    if first == "X" && b - a == 1 && a >= 2 && ctx.tok(a - 1) == "on" && one_of!(ctx.tok(a - 2), "post" | "posts" | "posted" | "wrote" | "said" | "statement" | "account" | "message" | "video") {
        return Some(cand(a, b, Label::Org, None, Strength::Strong));
    }
    if toks.len() == 1 && (has(NOT_NAMES, first) || crate::segment::char_count(first) < 2) {
        return None;
    }
    // "a Tasmanian senator", "Siberians": a people named after a place the lexicon knows
    // (its name and "n", or "ns")
    if toks.len() == 1 && place_people(ctx, first) && context_label_here(ctx, a, b) != Some(Label::Person) {
        return Some(cand(a, b, Label::Norp, None, Strength::Strong));
    }
    // "a Karavian official", "Velmarian troops", "Velmarian and Dorvakian officials", "a
    // Lundavian-flagged tanker": an unknown people's word in "-ian" before a noun
    if toks.len() == 1 && demonym_word(ctx, first) && ctx.lex.get(first).is_none() && demonym_next(ctx, b) {
        return Some(cand(a, b, Label::Norp, None, Strength::Strong));
    }
    // "the Velmarians marched": a people's word in the plural
    if toks.len() == 1 && people_plural(ctx, first) {
        return Some(cand(a, b, Label::Norp, None, Strength::Strong));
    }
    if toks.len() == 1 && land_of_people(ctx, first) {
        return Some(cand(a, b, Label::Gpe, None, Strength::Strong));
    }
    // "the Council", "the Commission": bodies that go by their capitalised head alone
    if toks.len() == 1 && a > 0 && matches!(ctx.tok(a - 1), "the" | "The") && matches!(first, "Council" | "Commission") {
        return Some(cand(a, b, Label::Org, None, Strength::Strong));
    }
    let plain_common = |w: &str| lexicon::is_common_word(w) && !is_name_part(w) && !has(CONNECTORS, w) && !has(PARTICLES, w);
    if toks.iter().all(|w| plain_common(w)) {
        return None;
    }
    let weak = |label: Label| Cand { needs_confirm: headline, ..cand(a, b, label, None, Strength::Weak) };
    if toks.len() >= 2 && has(BUSINESS_HEADS, last) {
        return Some(weak(Label::Org));
    }
    // a hyphenated given name counts by either half ("Rose-Michelle", "Jean-Baptiste")
    let glued_next = a + 2 < b && ctx.doc.tokens[a + 1].kind == Kind::Dash && !ctx.doc.tokens[a + 1].space_before;
    let given = lexicon::given_name(first).or_else(|| glued_next.then(|| lexicon::given_name(ctx.tok(a + 2))).flatten());
    let common = |w: &str| plain_common(w) && !(glued_next && w == first && given.is_some());
    // a given name first, a surname last, or (East Asian order) a surname first — in lists
    // often in capitals ("KIM Song Chol")
    let caps_first = is_all_caps(first) && toks.len() >= 2 && toks[1..].iter().all(|w| !is_all_caps(w));
    // (an unknown surname in capitals too, before two short syllables: "JANG Myong Su")
    let syllable = |w: &&str| crate::segment::char_count(w) <= 6 && !lexicon::is_common_word(w) && ctx.lex.get(w).is_none();
    let surname_first = (lexicon::is_surname(first) || caps_first && (lexicon::is_surname(&title_case(first)) || toks.len() == 3 && toks[1..].iter().all(syllable))) && crate::segment::char_count(first) <= 5;
    // name words: the capitalised ones ("bin", "de los" join them); long names with particles
    // ("Rosa María de los Ángeles Pérez Zeledón") need a given name first
    let capitals = toks.iter().filter(|w| starts_upper(w) || has(PARTICLES, w)).count();
    let max_words = if given.is_some() { 6 } else { 4 };
    // a surname that is also an English word ("Tom Banks", "Ana Rivers") after a first name
    // that is not one, unless it heads a body, place or document
    let heads = |k: usize| [ORG_HEADS, BUSINESS_HEADS, FAC_HEADS, LOC_HEADS, EVENT_HEADS, LAW_HEADS, GENERIC_HEADS, NON_ENTITY_HEADS].iter().any(|&l| ctx.is(l, k));
    let word_surname = toks.len() == 2 && given.is_some() && !lexicon::is_common_word(first) && starts_upper(last) && !heads(b - 1);
    // a Korean or Chinese name: a one-syllable surname and a given name of two syllables
    // joined by a hyphen, the second in lower case ("Kwon Min-seo", "Seo Ji-hoon"; the
    // hyphen only joins there when the syllable is no English word)
    let syllables = b - a == 4
        && ctx.doc.tokens[a + 2].kind == Kind::Dash
        && !ctx.doc.tokens[a + 2].space_before
        && !ctx.doc.tokens[a + 3].space_before
        && toks.len() == 3
        && starts_upper(first)
        && starts_upper(toks[1])
        && last.chars().all(|c| c.is_lowercase())
        && toks.iter().all(|w| (2..=5).contains(&crate::segment::char_count(w)));
    // (the second syllable is no word of its own: "Kim Hye-won", "Ahn So-hee")
    let common_at = |k: usize, w: &str| common(w) && !((word_surname || syllables) && k == toks.len() - 1);
    if capitals >= 2 && capitals <= max_words && (given.is_some() || lexicon::is_surname(last) || surname_first || syllables) && !toks.iter().skip(usize::from(surname_first)).any(|w| is_all_caps(w) && w.len() > 1) && !toks.iter().enumerate().any(|(k, w)| common_at(k, w)) && !place_or_group_here(ctx, a, b) {
        let strength = if (given.is_some() || syllables) && !headline { Strength::Strong } else { Strength::Weak };
        return Some(Cand { gender: given.unwrap_or(Gender::Unknown), needs_confirm: headline, ..cand(a, b, Label::Person, None, strength) });
    }
    // ordinary words of a title before a name ("… Financial Intelligence Maria Lopez-Vidal"):
    // the person starts at the given name
    if let Some(k) = (a + 1..b).find(|&k| ctx.word(k) && lexicon::given_name(ctx.tok(k)).is_some()) {
        let before_common = (a..k).filter(|&x| ctx.word(x)).all(|x| lexicon::is_common_word(ctx.tok(x)) || ctx.is(TITLES, x) || ctx.is(CONNECTORS, x));
        let rest = (k..b).filter(|&x| ctx.word(x) && starts_upper(ctx.tok(x))).count();
        if before_common && (2..=4).contains(&rest) && !headline {
            let g = lexicon::given_name(ctx.tok(k)).unwrap_or(Gender::Unknown);
            return Some(Cand { gender: g, ..cand(k, b, Label::Person, None, Strength::Strong) });
        }
    }
    // a dateline's place: capitals that open a line before a comma and a place or date, and
    // a dash ("AKTAU, Kazakhstan —")
    if dateline(ctx, a, b) {
        return Some(weak(Label::Gpe));
    }
    // ("EVs", "SUVs": the plural of an acronym of no entity)
    if toks.len() == 1 && first.len() > 2 && first.strip_suffix('s').is_some_and(|w| is_all_caps(w) && has(NON_ENTITY_ACRONYMS, w)) {
        return None;
    }
    // "IRGC-QF": acronyms joined by hyphens are one body
    if toks.len() >= 2 && toks.iter().all(|w| is_all_caps(w)) && ctx.tok(a + 1) == "-" && !ctx.doc.tokens[a + 2].space_before {
        return Some(cand(a, b, Label::Org, None, Strength::Strong));
    }
    // an acronym on its own: an organisation unless the document says otherwise
    if toks.len() == 1 && is_all_caps(first) && (2..=7).contains(&crate::segment::char_count(first)) {
        if has(NON_ENTITY_ACRONYMS, first) || b < ctx.doc.tokens.len() && ctx.is(NON_ENTITY_HEADS, b) {
            return None;
        }
        let shouted = |k: usize| k < ctx.doc.tokens.len() && ctx.word(k) && is_all_caps(ctx.tok(k)) && ctx.tok(k).len() > 2;
        if a > 0 && shouted(a - 1) || shouted(b) {
            return Some(weak(Label::Org).with_confirm());
        }
        return Some(weak(Label::Org));
    }
    if sentence_initial && toks.len() == 1 && !is_name_part(first) {
        return None;
    }
    // "the Order", "this Administration": a capitalised common noun, not a name
    let prev = if a > 0 { ctx.tok(a - 1) } else { "" };
    // "the Kaluga region", "the Tver oblast": a place named before its lower-case unit
    if toks.len() == 1 && prev == "the" && !lexicon::is_common_word(first) && b < ctx.doc.tokens.len()
        && one_of!(ctx.tok(b), "region" | "province" | "oblast" | "governorate" | "prefecture" | "district" | "county")
    {
        return Some(cand(a, b, Label::Gpe, None, Strength::Strong));
    }
    if toks.len() == 1 && !is_name_part(first) && one_of!(prev, "the" | "this" | "that" | "these" | "those" | "our" | "my" | "his" | "her" | "their" | "its" | "a" | "an" | "every" | "each" | "any") && !based_at(ctx, b) {
        return None;
    }
    // a family name of a form common in Slavic, Turkic, Balkan and Caucasian names
    // ("… Toktogulov", "… Hadžiahmetović", "… Shevardnadze")
    if (2..=4).contains(&toks.len()) && surname_form(last) && !headline && toks.iter().all(|w| starts_upper(w) && !plain_common(w) && ctx.lex.get(w).is_none()) {
        return Some(cand(a, b, Label::Person, None, Strength::Strong));
    }
    // a group named by a plural noun ("Kirkstall Harriers", "Oakfield Residents")
    let group_noun = |w: &str| ["ers", "ors", "ents", "ants", "ians", "ists", "ours", "ties"].iter().any(|s| w.ends_with(s)) && crate::segment::char_count(w) > 5;
    if (2..=4).contains(&toks.len()) && given.is_none() && group_noun(last) && !is_name_part(last) && !headline {
        return Some(weak(Label::Org));
    }
    // "X, a banana exporter, …": a business in apposition, and so are the name's other uses
    if toks.len() <= 4 && !headline && b + 1 < ctx.doc.tokens.len() && ctx.tok(b) == "," && business_apposition(ctx, b + 1) {
        return Some(cand(a, b, Label::Org, None, Strength::Strong));
    }
    if toks.len() >= 2 && toks.len() <= 4 {
        return match context_label(ctx, a, b) {
            // (an organisation the words around call one is one elsewhere too, as a person is)
            Some(label @ (Label::Org | Label::Person)) if !headline => Some(cand(a, b, label, None, Strength::Strong)),
            Some(label) => Some(weak(label)),
            None => Some(weak(Label::Person).with_confirm()),
        };
    }
    if toks.len() == 1 {
        // (not where a person works: "an economist at X" is a business even when X is a surname)
        let works_at = prev == "at" && a >= 2 && person_noun(ctx.tok(a - 2));
        // (nor a surname alone after a locative preposition or where shells hit: "studied in
        // X", "shells hit X")
        // (a surname's possessive is the person's: "in Lund's view")
        // (a given name too where people live or were born: "his family lives in Valentina")
        let dwelling = a >= 2 && prev == "in" && one_of!(ctx.tok(a - 2), "live" | "lives" | "lived" | "living" | "born" | "based" | "settled" | "resides" | "reside" | "raised" | "stationed");
        let located = (given.is_none() || dwelling) && one_of!(prev, "in" | "near" | "outside" | "hit" | "struck" | "pounded" | "bombed") && !(b < ctx.doc.tokens.len() && matches!(ctx.tok(b), "'s" | "’s")) && context_label_here(ctx, a, b) == Some(Label::Gpe);
        let known = (lexicon::is_surname(first) || given.is_some() || surname_form(first)) && !works_at && !located;
        let label = if known { Some(Label::Person) } else { context_label(ctx, a, b) };
        let mut c = weak(label.unwrap_or(Label::Org));
        // a one-word name the words around it call a person ("X, a receptionist, …") is one,
        // and so are its later bare uses ("X shrugged."); "a Kotor-based firm" names a place
        // (a known name too: "her husband, Andrei," then "Andrei shrugged.")
        let person_here = known && given.is_some() && !headline && context_label_here(ctx, a, b) == Some(Label::Person);
        if !known && (matches!(label, Some(Label::Person | Label::Org)) || label == Some(Label::Gpe) && based_at(ctx, b)) && !headline || person_here {
            c.strength = Strength::Strong;
        }
        return Some(c);
    }
    None
}

/// Words around a name of a person's shape that only a place or a group has: a locative
/// preposition ("a hospital in X", "a camp at X"), a place as the other conjunct ("entered
/// Tell Abyad and X"), or a group's noun after it ("the X militia").
#[inline(never)]
fn place_or_group_here(ctx: &Ctx, a: usize, b: usize) -> bool {
    let prev = if a > 0 { ctx.tok(a - 1) } else { "" };
    let next = if b < ctx.doc.tokens.len() { ctx.tok(b) } else { "" };
    if matches!(next, "'s" | "’s") {
        return false;
    }
    match context_label(ctx, a, b) {
        // (a credit line joins reporters and places: "By X in Rome and Jane Doe in Oslo")
        Some(Label::Gpe) if matches!(prev, "and" | "or") => {
            let lo = ctx.doc.sentences[ctx.doc.sentence_of(a)].tokens.0.max(a.saturating_sub(12));
            !(lo..a).any(|k| ctx.tok(k).eq_ignore_ascii_case("by"))
        }
        Some(Label::Gpe) => matches!(prev, "in" | "near" | "outside") || prev == "at" && a >= 2 && place_noun(ctx.tok(a - 2)),
        Some(Label::Org) => group_after(ctx, a, next),
        _ => false,
    }
}

/// A lower-case noun after the name at `a` that makes it an organised group's name: "the X
/// gang", "the X militia"; "the X network" and "the X association" too, unless the name opens
/// with a given name (then it is the person the group is named after: "the Omar Y network").
fn group_after(ctx: &Ctx, a: usize, next: &str) -> bool {
    matches!(next, "gang" | "cartel" | "militia")
        || one_of!(next, "network" | "association" | "syndicate" | "faction" | "brigade" | "brigades") && lexicon::given_name(ctx.tok(a)).is_none()
}

/// A stock exchange's short name in a listing: "NYSE", "Nasdaq", "TSX", "HKEX".
fn exchange_word(w: &str) -> bool {
    (2..=8).contains(&crate::segment::char_count(w)) && starts_upper(w) && w.chars().all(|c| c.is_alphanumeric() || c == '.')
}

/// A ticker symbol: capitals, digits and dots, up to eight characters ("ACRE", "7203", "BRK.B").
fn ticker_word(w: &str) -> bool {
    (1..=8).contains(&crate::segment::char_count(w)) && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
}

/// Whether token `a` is the ticker of a listing "(EXCHANGE: TICKER)".
fn stock_ticker(ctx: &Ctx, a: usize) -> bool {
    a >= 3 && a + 1 < ctx.doc.tokens.len() && ctx.tok(a + 1) == ")" && ctx.tok(a - 1) == ":" && ctx.tok(a - 3) == "(" && exchange_word(ctx.tok(a - 2)) && ticker_word(ctx.tok(a))
}

/// Whether a listing "(EXCHANGE: TICKER)" follows at token `b`.
fn listing_after(ctx: &Ctx, b: usize) -> bool {
    b + 4 < ctx.doc.tokens.len() && ctx.tok(b) == "(" && ctx.tok(b + 2) == ":" && stock_ticker(ctx, b + 3)
}

/// Whether a..b is the place of a dateline: words in capitals that open a line, then a comma,
/// a capitalised word, and a dash a few tokens on ("AKTAU, Kazakhstan —", "KURYK, Oct. 3 —").
fn dateline(ctx: &Ctx, a: usize, b: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let n = toks.len();
    (a == 0 || toks[a].line_before)
        && (a..b).all(|k| !ctx.word(k) || is_all_caps(ctx.tok(k)) && crate::segment::char_count(ctx.tok(k)) >= 3)
        && b + 1 < n
        && ctx.tok(b) == ","
        && starts_upper(ctx.tok(b + 1))
        && (b + 1..(b + 10).min(n)).take_while(|&k| !toks[k].line_before).any(|k| toks[k].kind == Kind::Dash && toks[k].space_before)
}

impl Cand<'_> {
    fn with_confirm(mut self) -> Self {
        self.needs_confirm = true;
        self
    }
}

/// A family-name form: Slavic, Central Asian, Balkan, Caucasian, Romanian and Turkish endings.
fn surname_form(w: &str) -> bool {
    crate::segment::char_count(w) >= 6
        && !is_all_caps(w)
        && [
            "ov", "ova", "ev", "eva", "ovich", "evich", "ovna", "evna", "ić", "enko", "enka", "chuk", "dze", "shvili", "escu", "oğlu", "oglu",
            "kyzy", "sky", "skiy", "ski", "owska", "ewska", "skaya", "opoulos", "akis", "idis", "zadeh", "yan", "dóttir", "sson",
        ].iter().any(|x| w.ends_with(x))
}

/// Whether token `a` is in a list of names after "firms including", "companies such as",
/// over commas, "and" and capitalised words.
fn in_company_list(ctx: &Ctx, a: usize) -> bool {
    let mut k = a;
    while k > 1 && a - k < 16 {
        k -= 1;
        let w = ctx.tok(k);
        if w == "," || w == "and" || ctx.word(k) && starts_upper(w) {
            continue;
        }
        let h = if w == "as" && ctx.tok(k - 1) == "such" { k.saturating_sub(2) } else { k - 1 };
        let plural = ctx.tok(h);
        let one = plural.strip_suffix("ies").map_or_else(|| plural.strip_suffix('s').unwrap_or("").to_string(), |x| format!("{x}y"));
        return matches!(w, "including" | "like" | "as") && company_noun(&one);
    }
    false
}

/// A lower-case noun for a business, as before its name ("the consultancy X").
fn company_noun(w: &str) -> bool {
    matches!(w, "firm" | "company" | "consultancy" | "lender" | "insurer" | "shipper" | "manufacturer" | "maker" | "conglomerate" | "newspaper" | "broadcaster" | "website" | "startup")
}

/// A lower-case noun for a place where ships, lorries or aircraft stop ("the port at X").
fn place_noun(w: &str) -> bool {
    one_of!(w, "port" | "harbour" | "harbor" | "terminal" | "airport" | "airbase" | "base" | "border" | "crossing" | "checkpoint" | "refinery" | "shipyard" | "anchorage" | "depot" | "camp" | "station" | "plant" | "smelter" | "mine")
}

/// A lower-case noun for a person's occupation or role, as in an apposition ("…, an economist at …").
fn person_noun(w: &str) -> bool {
    // (occupations in -ist and -ician: "receptionist", "pharmacist", "technician")
    list_bits(w) & (ROLE_NOUNS.bit | OCCUPATIONS.bit) != 0 || w.len() > 6 && (w.ends_with("ist") || w.ends_with("ician"))
}

/// An apposition from token `i` whose head is a business ("a banana exporter", "one of Peru's
/// largest lenders"): the name before it is an organisation.
#[inline(never)]
fn business_apposition(ctx: &Ctx, i: usize) -> bool {
    let n = ctx.doc.tokens.len();
    let mut k = match ctx.tok(i) {
        "a" | "an" | "the" => i + 1,
        "one" if i + 1 < n && ctx.tok(i + 1) == "of" => i + 2,
        _ => return false,
    };
    // (the article may be the text's last token)
    if k >= n {
        return false;
    }
    let stop = (k + 7).min(n);
    while k + 1 < stop && (ctx.word(k + 1) && !one_of!(ctx.tok(k + 1), "of" | "in" | "at" | "for" | "with" | "that" | "which" | "who" | "and" | "or" | "to" | "on" | "from" | "by" | "near" | "outside") || matches!(ctx.tok(k + 1), "'s" | "’s" | "-") || ctx.doc.tokens[k + 1].kind == Kind::Number) {
        k += 1;
    }
    business_noun(ctx.tok(k))
}

/// A word that ends a business's name ("Trading", "Holdings", "GmbH").
/// A title word that may stand before a name ("Secretary", "Minister").
pub(crate) fn is_title(w: &str) -> bool {
    has(TITLES, w)
}

pub(crate) fn business_head(w: &str) -> bool {
    has(BUSINESS_HEADS, w) || is_company_suffix(w)
}

/// A lower-case noun, singular or plural, for a business or an organised group ("exporters").
pub(crate) fn business_noun(w: &str) -> bool {
    let head = w.strip_suffix("ies").map_or(w.strip_suffix('s').unwrap_or(w), |_| w);
    BUSINESS_NOUNS.binary_search(&head).is_ok()
}

/// Lower-case nouns for a business or an organised group (sorted; a test checks).
const BUSINESS_NOUNS: &[&str] = &[
    "airline", "bank", "carrier", "cartel", "companies", "company", "conglomerate", "developer", "distributor", "exporter",
    "firm", "gang", "importer", "insurer", "lender", "maker", "manufacturer", "militia", "operator", "producer", "refiner",
    "retailer", "shipper", "subsidiaries", "subsidiary", "supplier",
];

/// The label an unknown name takes from the words around it, if they tell; a name joined by
/// "and"/"or" to a place is a place too ("the ports of X and Y", "Paris and Y").
fn context_label(ctx: &Ctx, a: usize, b: usize) -> Option<Label> {
    let here = context_label_here(ctx, a, b);
    if here.is_some() || a < 2 || !matches!(ctx.tok(a - 1), "and" | "or") {
        return here;
    }
    // the conjunct before: up to three capitalised words
    let e = a - 1;
    let mut k = e;
    while k > 0 && k + 3 > e && ctx.word(k - 1) && starts_upper(ctx.tok(k - 1)) && !ctx.taken[k - 1] {
        k -= 1;
    }
    if k == e {
        return None;
    }
    let known = ctx.longest(k, e).filter(|&(x, _, _)| x == e).map(|(_, l, _)| l);
    match known.or_else(|| context_label_here(ctx, k, e)) {
        Some(Label::Gpe) => Some(Label::Gpe),
        _ => None,
    }
}

/// A verb that reports what someone said, after the name of who said it ("X said", "X told …")
/// (a body also announces and denies: the rule for bodies adds those).
fn says_word(w: &str) -> bool {
    one_of!(w, "said" | "says" | "told" | "added" | "asked" | "wrote" | "tweeted" | "argued" | "noted")
}

fn context_label_here(ctx: &Ctx, a: usize, b: usize) -> Option<Label> {
    let prev = if a > 0 { ctx.tok(a - 1) } else { "" };
    // (post-nominal letters are skipped: "X Y KC, told")
    let b = if b + 1 < ctx.doc.tokens.len() && matches!(ctx.tok(b), "KC" | "QC" | "SC") { b + 1 } else { b };
    let next = if b < ctx.doc.tokens.len() { ctx.tok(b) } else { "" };
    // "rights group X", "the watchdog X": a name right after a group's noun
    if one_of!(prev, "group" | "organisation" | "organization" | "watchdog" | "charity" | "monitor") {
        return Some(Label::Org);
    }
    // "shells hit X", "rockets struck X": the place a strike hits
    if one_of!(prev, "hit" | "struck" | "pounded" | "bombed") && a >= 2 && one_of!(crate::case::to_lower(ctx.tok(a - 2)).as_str(), "shells" | "shell" | "rockets" | "rocket" | "missiles" | "missile" | "strikes" | "airstrikes" | "drones" | "drone" | "bombs" | "artillery" | "mortars" | "shelling") {
        return Some(Label::Gpe);
    }
    // (not one word after a locative preposition: "police in X said")
    if says_word(next) && !(b == a + 1 && matches!(prev, "in" | "near" | "outside")) {
        return Some(Label::Person);
    }
    // only people have an age or an occupation in apposition ("X Y, 44, …", "X Y, an economist
    // at …") or stand in apposition after one ("the bank's director, X Y, …")
    let n = ctx.doc.tokens.len();
    if next == "," && b + 2 < n {
        let age = ctx.tok(b + 1).len() <= 3 && ctx.tok(b + 1).chars().all(|c| c.is_ascii_digit()) && ctx.tok(b + 2) == ",";
        // (a people's or place's word may come first: "X, a Bhutanese official,")
        let occupation = matches!(ctx.tok(b + 1), "a" | "an") && (b + 2..(b + 6).min(n)).take_while(|&k| ctx.word(k) && (!starts_upper(ctx.tok(k)) || k == b + 2)).any(|k| person_noun(ctx.tok(k)))
            // "X Y, the Bangkok broker's managing director,"
            || ctx.tok(b + 1) == "the" && (b + 2..(b + 8).min(n)).take_while(|&k| ctx.word(k) && !one_of!(ctx.tok(k), "and" | "of" | "who" | "which")).any(|k| person_noun(ctx.tok(k)) && (k + 1 >= n || !ctx.word(k + 1) || one_of!(ctx.tok(k + 1), "of" | "at" | "for" | "in")));
        if age || occupation {
            return Some(Label::Person);
        }
    }
    // "the central bank governor X Y", "his son X": a name right after a lower-case role or
    // kinship noun
    if has(ROLE_NOUNS, prev) || kin_gender(prev).is_some() || matches!(prev, "national" | "citizen") {
        return Some(Label::Person);
    }
    // ("X Y, who …": only people are "who" (one word may end an apposition: "a captain
    // with X, who"); "two lawyers, X Y and …": plural roles too)
    if next == "," && b + 1 < n && ctx.tok(b + 1) == "who" && b - a >= 2 {
        return Some(Label::Person);
    }
    // (not an occupation that names a business when a commodity or a rank comes first: "the
    // country's largest gold miner, X,", "the grain trader, X,")
    let corporate = a >= 3 && b == a + 1 && matches!(ctx.tok(a - 2), "miner" | "trader" | "broker") && one_of!(ctx.tok(a - 3), "gold" | "copper" | "coal" | "iron" | "diamond" | "oil" | "grain" | "nickel" | "potash" | "metals" | "commodities" | "commodity" | "largest" | "biggest" | "top" | "leading");
    if prev == "," && a >= 2 && !corporate && (person_noun(ctx.tok(a - 2)) && (matches!(next, "," | "and" | ";") || says_word(next)) || ctx.tok(a - 2).strip_suffix('s').is_some_and(person_noun) && matches!(next, "," | "and")) {
        return Some(Label::Person);
    }
    // "survived by a son, Tomas; and a daughter, Ines": a name in apposition to a kinship noun
    if prev == "," && a >= 2 && kin_gender(ctx.tok(a - 2)).is_some() && (matches!(next, "," | ";" | "." | "and") || says_word(next)) {
        return Some(Label::Person);
    }
    // "X's deputy", "X's wife": only people have these
    if matches!(next, "'s" | "’s") && b + 1 < ctx.doc.tokens.len() {
        let after = ctx.tok(b + 1);
        // (a company has a chief executive, a chairman, a director and a spokesperson too)
        let corporate = one_of!(after, "chief" | "chairman" | "director" | "president") || after.starts_with("spokes");
        if has(ROLE_NOUNS, after) && !corporate || one_of!(after, "deputy" | "wife" | "husband" | "son" | "daughter" | "brother" | "sister" | "father" | "mother" | "lawyer" | "aide" | "aides" | "family" | "widow" | "successor" | "predecessor" | "nephew" | "niece" | "cousin" | "son-in-law" | "view" | "views" | "opinion" | "words" | "eyes" | "mind" | "absence") {
            return Some(Label::Person);
        }
    }
    if in_company_list(ctx, a) {
        return Some(Label::Org);
    }
    // "a stake in X", "shares in X", "Lagos-based X", "the X gang": an organisation
    if prev == "in" && a >= 2 && one_of!(ctx.tok(a - 2), "stake" | "stakes" | "shares" | "shareholding" | "holding" | "holdings" | "investment" | "investments")
        || prev == "based" && a >= 3 && ctx.tok(a - 2) == "-"
        || group_after(ctx, a, next)
    {
        return Some(Label::Org);
    }
    // (a compass word may come between: "in eastern X", "across northern X")
    let compass = a >= 2 && one_of!(prev, "eastern" | "western" | "northern" | "southern" | "central" | "northeastern" | "northwestern" | "southeastern" | "southwestern");
    let loc = if compass { ctx.tok(a - 2) } else { prev };
    if one_of!(loc, "in" | "from" | "near" | "off" | "outside" | "into" | "across" | "towards" | "toward" | "on" | "via" | "through" | "entered" | "captured" | "shelled") {
        return Some(Label::Gpe);
    }
    let before = if a >= 2 { ctx.tok(a - 2) } else { "" };
    // "the port at X", "docked at X", "flights to X", "bound for X": a place after a word of
    // places, moorings or journeys
    // (any "at X" but one after a person's noun: "an analyst at X", "staff at X")
    let person_before = person_noun(before) || person_noun(before.strip_suffix('s').unwrap_or(before)) || one_of!(before, "staff" | "workers" | "employees" | "people" | "team" | "jobs" | "job" | "work" | "works" | "worked" | "working" | "shares" | "stake");
    // (one word, not described in apposition: "at X, a website that …")
    let described = next == "," && b + 1 < n && matches!(ctx.tok(b + 1), "a" | "an");
    // "an analyst at X", "a professor at X": where a person works
    if prev == "at" && person_noun(before) {
        return Some(Label::Org);
    }
    if prev == "at" && (place_noun(before) || !person_before && b - a == 1 && !described && a >= 2 && ctx.word(a - 2) && !starts_upper(before))
        || prev == "to" && one_of!(before, "cross" | "crosses" | "crossed" | "sail" | "sails" | "sailed" | "fly" | "flies" | "flew" | "flown" | "flights" | "ferries" | "travel" | "travels" | "travelled" | "traveled" | "drove" | "returned" | "route" | "road" | "railway" | "pipeline" | "fled" | "moved")
        || prev == "for" && one_of!(before, "bound" | "headed" | "left" | "departed" | "sailed")
    {
        return Some(Label::Gpe);
    }
    // "the ports of X and Y": plural place nouns too
    if prev == "of" && one_of!(before, "ports" | "towns" | "cities" | "villages" | "provinces" | "regions" | "districts" | "islands") {
        return Some(Label::Gpe);
    }
    // "the capital, X", "the port city X"
    if matches!(prev, "capital" | "city") || prev == "," && matches!(before, "capital" | "city") {
        return Some(Label::Gpe);
    }
    // "the town of X"
    if prev == "of" && a >= 2 && one_of!(ctx.tok(a - 2), "town" | "city" | "village" | "province" | "region" | "district" | "capital" | "island" | "port" | "coast" | "outskirts" | "suburbs" | "shores" | "emirate") {
        return Some(Label::Gpe);
    }
    if based_at(ctx, b) {
        return Some(Label::Gpe);
    }
    None
}

/// "Sohar-registered", "Lagos-based": the name ending before token `b` is a place.
fn based_at(ctx: &Ctx, b: usize) -> bool {
    b + 1 < ctx.doc.tokens.len() && ctx.tok(b) == "-" && !ctx.doc.tokens[b].space_before && one_of!(ctx.tok(b + 1), "based" | "registered" | "flagged" | "headquartered")
}

/// Keep strong candidates; keep a weak one only when the document confirms it (another
/// mention of the same words, or a person's name part), and resolve overlaps.
fn confirm<'c>(ctx: &Ctx, cands: Vec<Cand<'c>>) -> Vec<Cand<'c>> {
    // each candidate's text, worked out once (strong numeric expressions need none)
    let numeric = |c: &Cand| matches!(c.label, Label::Date | Label::Time | Label::Money | Label::Percent);
    // (in one buffer, not a string each: on a long text they stay together in memory)
    let mut buf = String::new();
    let mut ends = Vec::with_capacity(cands.len());
    for c in &cands {
        if !(c.strength == Strength::Strong && !c.needs_confirm && numeric(c)) {
            ctx.key_into(&mut buf, c.a, c.b, true);
        }
        ends.push(buf.len());
    }
    let texts: Vec<&str> = (0..ends.len()).map(|i| &buf[if i == 0 { 0 } else { ends[i - 1] }..ends[i]]).collect();
    // what the document says for sure, in one pass over the candidates: words of strong
    // person names, the strong names by text, first words of organisations' names for their
    // short forms ("Acme" after "Acme Air"), the last two or three words of people's full
    // names ("Van Aelst" of "Hendrik Van Aelst"), and one-word places the words around them
    // name ("at the port at X": the same word elsewhere with no clue is that place, not a
    // company)
    // (sets of strings, one type: one copy of its code in the .wasm)
    let mut person_words: WordSet<String> = WordSet::default();
    let mut strong_names: WordMap<&str, Label> = WordMap::default();
    let mut org_heads: WordSet<String> = WordSet::default();
    let mut person_tails: WordSet<String> = WordSet::default();
    let mut weak_places: WordSet<String> = WordSet::default();
    let mut fbuf = String::new();
    for (c, text) in cands.iter().zip(&texts) {
        let strong = c.strength == Strength::Strong;
        if strong && !c.needs_confirm {
            if c.label == Label::Person {
                for k in c.a..c.b {
                    // (a string allocated only for a word not in the set yet: names repeat)
                    if ctx.word(k) && starts_upper(ctx.tok(k)) && !holds_folded(&person_words, ctx.tok(k), &mut fbuf) {
                        person_words.insert(fbuf.clone());
                    }
                }
            }
            if !numeric(c) {
                strong_names.entry(*text).or_insert(c.label);
            }
        }
        if c.label == Label::Org && c.b - c.a >= 2 && (strong || ctx.is(BUSINESS_HEADS, c.b - 1)) {
            let w = ctx.tok(c.a);
            // (the token's list bit first: no look-up)
            if !ctx.is(TITLES, c.a) && !lexicon::is_common_word(w) && ctx.lex.get(w).is_none() {
                org_heads.insert(fold(w));
            }
        }
        if strong && c.label == Label::Person && c.b - c.a >= 3 {
            for k in c.a + 1..c.b - 1 {
                person_tails.insert(ctx.key(k, c.b, true));
            }
        }
        if !strong && c.label == Label::Gpe && c.b - c.a == 1 && !c.needs_confirm {
            weak_places.insert(text.to_string());
        }
    }
    // (the kept candidates moved down in place: no second vector)
    let full_person_words: std::cell::OnceCell<WordSet<String>> = std::cell::OnceCell::new();
    let mut cands = cands;
    let mut kept = 0;
    for (r, t) in texts.iter().enumerate() {
        let mut c = cands[r];
        let t = *t;
        if (c.needs_confirm || c.strength == Strength::Weak && c.b - c.a >= 2) && person_tails.contains(t) {
            c.label = Label::Person;
            c.needs_confirm = false;
            c.strength = Strength::Strong;
        }
        // a name of a person's shape that the words around another use of it call an
        // organisation ("the X Y militia", then "X Y has fought …"): the organisation
        if c.b - c.a >= 2 && c.label == Label::Person && c.strength == Strength::Strong && c.canonical.is_none() && strong_names.get(t) == Some(&Label::Org) {
            c.label = Label::Org;
        }
        // a word the context took for a person's that opens an organisation's name in the text
        // ("Acme said" after "Acme Bank AG"), unless someone is called so: the words of the
        // names of more than one word, listed at the first such question (most texts ask none)
        if c.b - c.a == 1 && c.label == Label::Person && c.strength == Strength::Strong && c.canonical.is_none() && !c.needs_confirm && lexicon::given_name(ctx.tok(c.a)).is_none() && holds_folded(&org_heads, ctx.tok(c.a), &mut fbuf) {
            let full = full_person_words.get_or_init(|| {
                cands.iter().filter(|o| o.label == Label::Person && o.b - o.a >= 2 && o.strength == Strength::Strong).flat_map(|o| o.a..o.b).filter(|&k| ctx.word(k)).map(|k| fold(ctx.tok(k))).collect()
            });
            if !holds_folded(full, ctx.tok(c.a), &mut fbuf) {
                c.label = Label::Org;
            }
        }
        if c.needs_confirm {
            match strong_names.get(t) {
                Some(l) => c.label = *l,
                // "Minister Ana Ruiz Quits": the headline's verb after a name the text gives
                None if c.label == Label::Person && c.b - c.a >= 3 && strong_names.get(ctx.key(c.a, c.b - 1, true).as_str()) == Some(&Label::Person) => c.b -= 1,
                None if c.b - c.a == 1 && holds_folded(&person_words, ctx.tok(c.a), &mut fbuf) => c.label = Label::Person,
                // (a place the words around it name elsewhere stays a place, though it opens
                // a body's name: "in Karvesh" and "the Karvesh Provincial Council")
                None if c.b - c.a == 1 && weak_places.contains(t) => c.label = Label::Gpe,
                None if c.b - c.a == 1 && holds_folded(&org_heads, ctx.tok(c.a), &mut fbuf) => c.label = Label::Org,
                None => continue,
            }
        } else if c.b - c.a == 1 && matches!(c.label, Label::Norp | Label::Gpe) && c.b < ctx.doc.tokens.len() && matches!(ctx.tok(c.b).as_bytes()[0], b'a' | b'n' | b's' | b't' | b'w') && says_word(ctx.tok(c.b)) && holds_folded(&person_words, ctx.tok(c.a), &mut fbuf) {
            // "Balkan added" after "Idris Balkan", "Colombo said" after "Andrea Colombo": a
            // person's surname that is a group's word or a town
            c.label = Label::Person;
            c.canonical = None;
        } else if c.b - c.a == 1 && c.strength == Strength::Weak && holds_folded(&org_heads, ctx.tok(c.a), &mut fbuf) && !weak_places.contains(t)
            // (a word of a person's full name is that person, though a firm bears it too:
            // "Varga" after "Ilse Varga" and "Varga Trade Kft")
            && !(!strong_names.contains_key(t) && holds_folded(&person_words, ctx.tok(c.a), &mut fbuf))
        {
            c.label = Label::Org;
        } else if c.strength == Strength::Weak {
            if let Some(l) = strong_names.get(t) {
                c.label = *l;
            } else if c.b - c.a == 1 && holds_folded(&person_words, ctx.tok(c.a), &mut fbuf) {
                c.label = Label::Person;
            } else if c.b - c.a == 1 && c.label == Label::Org && weak_places.contains(t) {
                c.label = Label::Gpe;
            } else if c.label == Label::Org || c.b - c.a > 1 {
                // acronyms and multi-word unknown names stand on their own
            } else if c.label == Label::Gpe {
                // "in Ain Issa": a place by its preposition
            } else if ctx.doc.sentences[ctx.doc.sentence_of(c.a)].tokens.0 == c.a {
                continue; // a lone unknown word at a sentence start is most often no name
            }
        }
        if kept > 0 && c.a < cands[kept - 1].b {
            continue; // sorted by start, longest first: the earlier, longer one stays
        }
        cands[kept] = c;
        kept += 1;
    }
    cands.truncate(kept);
    let mut out = cands;
    // a company's short form: the first two or three words of an earlier company's name
    // ("Straits Horizon" after "Straits Horizon Marine Pte Ltd"), replacing what covers them
    // (by first word, each distinct prefix once, from its first full name on)
    // per first word: (where the full name ends, its capitalised words, where its stem ends)
    type Prefix<'w> = (usize, Vec<&'w str>, usize);
    let mut prefixes: lexicon::WordMap<&str, Vec<Prefix>> = lexicon::WordMap::default();
    // (the suffix's full stop aside: "… Co., Ltd.")
    for c in out.iter().filter(|c| c.label == Label::Org && c.strength == Strength::Strong && c.b - c.a >= 3 && company_name(ctx, c.a, c.b)) {
        let a0 = if ctx.is(COMPANY_PREFIXES, c.a) { c.a + 1 } else { c.a };
        let words: Vec<&str> = (a0..c.b).map(|k| ctx.tok(k)).collect();
        let caps = words.iter().take_while(|w| starts_upper(w) && !is_company_suffix(w) && !has(ORG_HEADS, w)).count();
        // the name before the words that say what the company does ("Silver Kite" of "Silver
        // Kite General Trading"): a short form even with an ordinary first word
        let stem = words[..caps].iter().position(|w| has(BUSINESS_HEADS, w) || one_of!(*w, "General" | "International" | "Global" | "Industrial" | "Commercial")).unwrap_or(caps);
        // (an ordinary first word only with all the name's capitalised words, or its stem:
        // "Golden Reef Holdings" at a sentence start, not "Golden Reef")
        if caps >= 2 && (!lexicon::is_common_word(words[0]) || caps >= 3) {
            let list = prefixes.entry(words[0]).or_default();
            if !list.iter().any(|(_, w, _)| *w == words[..caps]) {
                list.push((c.b, words[..caps].to_vec(), stem));
            }
        }
    }
    if !prefixes.is_empty() {
        let n = ctx.doc.tokens.len();
        let mut added: Vec<Cand> = Vec::new();
        // the first bytes of the prefixes' first words: most tokens fail this test unhashed
        let mut first_bytes = [false; 256];
        for w in prefixes.keys() {
            first_bytes[w.as_bytes()[0] as usize] = true;
        }
        let bytes = ctx.doc.text.as_bytes();
        let from = prefixes.values().flatten().map(|(after, _, _)| *after).min().unwrap_or(n);
        // (a prefix opens with a capital: only the words that may start a name, all words)
        for &i in &ctx.starts {
            let i = i as usize;
            if i < from || !first_bytes[bytes[ctx.doc.tokens[i].span().start] as usize] {
                continue;
            }
            let t = ctx.tok(i);
            let Some(cands_here) = prefixes.get(t) else { continue };
            for (after, words, stem) in cands_here {
                for k in (2..=words.len()).rev() {
                    let e = i + k;
                    // (not a ship's name before its IMO number: "the vessel ACME STAR (IMO …)")
                    let fits = (k == words.len() || k == *stem || !lexicon::is_common_word(words[0])) && i >= *after && e <= n && !(e + 1 < n && ctx.tok(e) == "(" && ctx.tok(e + 1) == "IMO") && (i..e).all(|x| ctx.word(x) && ctx.tok(x) == words[x - i]) && !(e < n && ctx.word(e) && starts_upper(ctx.tok(e))) && !(i > 0 && ctx.word(i - 1) && starts_upper(ctx.tok(i - 1)));
                    // only over nothing or over shorter candidates inside the span
                    // (out is sorted by start: only the candidates from a few before i to e matter)
                    let lo = out.partition_point(|c| c.a + 40 < i);
                    let near = out[lo..].iter().take_while(|c| c.a < e);
                    // (or over a guess of the same span: "Acme Mir" read as a person, or
                    // all of the company's name words read so: "Bintang Laut Jaya" of "PT …")
                    if fits && { near }.all(|c| c.b <= i || c.a >= e || c.a >= i && c.b <= e && (c.b - c.a < k || c.strength == Strength::Weak || c.label == Label::Person && k == words.len())) && added.last().is_none_or(|c| c.b <= i) {
                        added.push(cand(i, e, Label::Org, None, Strength::Strong));
                        break;
                    }
                }
            }
        }
        if !added.is_empty() {
            // (added is sorted and without overlaps: the one that could hold c is the last starting by c.a)
            out.retain(|c| {
                let k = added.partition_point(|x| x.a <= c.a);
                !(k > 0 && c.b <= added[k - 1].b)
            });
            out.extend(added);
            crate::sort::sort_by_key(&mut out, |c| c.a);
        }
    }
    // bare repeats of a person's name parts anywhere (sentence starts included): "Pompeo said"
    let mut extra = Vec::new();
    let mut j = 0;
    // (per first byte of a person word, bit n set when one of n bytes (31: longer) starts with
    // it: a plain ASCII word, its own fold in lower case, that fails this test is no person
    // word, and is neither folded nor hashed)
    let mut person_shapes = [0u32; 256];
    for p in &person_words {
        if let Some(&f) = p.as_bytes().first() {
            person_shapes[f as usize] |= 1 << p.len().min(31);
        }
    }
    let may_hold = |w: &str| !w.bytes().all(|b| b.is_ascii() && !matches!(b, b'-' | b'.' | b'\'')) || person_shapes[w.as_bytes()[0].to_ascii_lowercase() as usize] & 1 << w.len().min(31) != 0;
    // (a capitalised word: only the words that may start a name, all of them words)
    for &i in &ctx.starts {
        let i = i as usize;
        while j < out.len() && out[j].b <= i {
            j += 1;
        }
        if j < out.len() && out[j].a <= i {
            continue;
        }
        if ctx.taken[i] {
            continue;
        }
        let w = ctx.tok(i);
        if starts_upper(w) && crate::segment::char_count(w) > 2 && !ctx.is(NOT_NAMES, i) && !ctx.is(TITLES, i) && may_hold(w) && holds_folded(&person_words, w, &mut fbuf) {
            let next_cap = i + 1 < ctx.doc.tokens.len() && ctx.word(i + 1) && starts_upper(ctx.tok(i + 1)) && ctx.doc.tokens[i + 1].space_before;
            if !next_cap {
                extra.push(cand(i, i + 1, Label::Person, None, Strength::Weak));
            }
        }
    }
    out.extend(extra);
    crate::sort::sort_by_key(&mut out, |c| c.a);
    particles(ctx, &mut out);
    acronyms(ctx, out)
}

/// Whether the organisation a..b is named as a company: a legal form after it (the full stop
/// aside: "… Co., Ltd."), one before it ("Grupo …"), a business word last ("Straits Horizon
/// Tankers") or the word for a company ("Vela Nour Company").
fn company_name(ctx: &Ctx, a: usize, b: usize) -> bool {
    is_company_suffix(ctx.tok(b - 1))
        || ctx.tok(b - 1) == "." && is_company_suffix(ctx.tok(b - 2))
        || ctx.is(COMPANY_PREFIXES, a)
        || ctx.is(BUSINESS_HEADS, b - 1)
        || matches!(ctx.tok(b - 1), "Company" | "Corporation" | "Group")
}

/// "da Silva" after "Luiz da Silva": a short form keeps the particle its full name has.
fn particles(ctx: &Ctx, cands: &mut [Cand]) {
    let is_particle = |w: &str| has(CONNECTORS, w) && !one_of!(w, "of" | "for" | "on" | "the" | "y");
    // (a particle and the word after it, joined by a space: no token holds one, and a set of
    // strings is a type the other look-ups use too, so the .wasm holds one copy of its code)
    let pair = |p: &str, w: &str| {
        let mut key = String::with_capacity(p.len() + 1 + w.len());
        key.push_str(p);
        key.push(' ');
        key.push_str(w);
        key
    };
    let mut pairs: WordSet<String> = WordSet::default();
    for c in cands.iter().filter(|c| c.label == Label::Person && c.b - c.a >= 3) {
        for k in c.a + 1..c.b - 1 {
            if is_particle(ctx.tok(k)) {
                pairs.insert(pair(ctx.tok(k), ctx.tok(k + 1)));
            }
        }
    }
    if pairs.is_empty() {
        return;
    }
    let mut prev_end = 0;
    for c in cands.iter_mut() {
        if c.label == Label::Person && c.b - c.a == 1 && c.a >= 1 && c.a > prev_end {
            let p = ctx.tok(c.a - 1);
            let before_is_name = c.a >= 2 && ctx.word(c.a - 2) && starts_upper(ctx.tok(c.a - 2)) && !lexicon::is_common_word(ctx.tok(c.a - 2)) && !ctx.is(NOT_NAMES, c.a - 2);
            if is_particle(p) && !before_is_name && pairs.contains(&pair(p, ctx.tok(c.a))) {
                c.a -= 1;
            }
        }
        prev_end = c.b;
    }
}

/// "Terrorism Act 2000", "Appropriations Act, 2024", "resolution 2793 (2025)": the year
/// after a law's name is part of it.
fn law_years(ctx: &Ctx, cands: &mut Vec<Cand>) {
    let n = ctx.doc.tokens.len();
    let is_year = |k: usize| k < n && ctx.doc.tokens[k].kind == Kind::Number && ctx.tok(k).len() == 4 && ctx.tok(k).starts_with(['1', '2']) && ctx.tok(k).bytes().all(|c| c.is_ascii_digit());
    // the end of the last law that took a year: the candidates are sorted by start, so those
    // inside that year follow it at once and are dropped (in place: no second vector)
    let mut swallowed_to: Option<usize> = None;
    cands.retain_mut(|c| {
        if let Some(end) = swallowed_to {
            if c.a < end {
                return false;
            }
            swallowed_to = None;
        }
        if c.label == Label::Law {
            let b = c.b;
            // " 2018", ", 2024", " (2025)"
            let end = if is_year(b) && ctx.doc.tokens[b].space_before {
                Some(b + 1)
            } else if b + 1 < n && ctx.tok(b) == "," && is_year(b + 1) {
                Some(b + 2)
            } else if b + 1 < n && ctx.tok(b) == "of" && is_year(b + 1) && ctx.is(LAW_HEADS, b - 1) {
                // "Trade Act of 1974", "the Vienna Declaration of 1993"
                Some(b + 2)
            } else if b + 2 < n && ctx.tok(b) == "(" && is_year(b + 1) && ctx.tok(b + 2) == ")" {
                Some(b + 3)
            } else {
                None
            };
            if let Some(end) = end {
                // the year is no date of its own then
                let after_ok = end >= n || !(ctx.word(end) && starts_upper(ctx.tok(end)));
                if after_ok {
                    c.b = end;
                    swallowed_to = Some(end);
                }
            }
        }
        true
    });
}

/// "2019 Chicago Marathon", "1915 Çanakkale Bridge": a year right before the name of an
/// event or a structure is part of the name.
fn year_named(ctx: &Ctx, cands: &mut Vec<Cand>) {
    // (in place: the kept candidates are moved down over the merged years)
    let mut kept = 0;
    for r in 0..cands.len() {
        let c = cands[r];
        if kept > 0 && matches!(c.label, Label::Event | Label::Fac) {
            let prev = &cands[kept - 1];
            let year = prev.label == Label::Date && prev.b == prev.a + 1 && prev.b == c.a && ctx.tok(prev.a).len() == 4 && ctx.tok(prev.a).bytes().all(|x| x.is_ascii_digit());
            if year {
                cands[kept - 1] = Cand { a: prev.a, ..c };
                continue;
            }
        }
        cands[kept] = c;
        kept += 1;
    }
    cands.truncate(kept);
}

/// "The General Assembly voted": an assembly that the lexicon knows as its annual session
/// (an event people attend) is the body when it acts.
fn assembly_acts(ctx: &Ctx, cands: &mut [Cand]) {
    let n = ctx.doc.tokens.len();
    for c in cands.iter_mut().filter(|c| c.label == Label::Event && ctx.tok(c.b - 1) == "Assembly") {
        let mut k = c.b;
        // "… Assembly on Tuesday adopted", "… Assembly has again voted"
        while k < n && k < c.b + 4 && ctx.taken[k] || k < n && k < c.b + 4 && one_of!(ctx.tok(k), "again" | "also" | "overwhelmingly" | "on" | "has" | "had" | "will" | "would" | "is" | "was") {
            k += 1;
        }
        if k < n && ctx.word(k) && one_of!(crate::case::to_lower(ctx.tok(k)).as_str(),
            "voted" | "votes" | "vote" | "adopted" | "adopts" | "adopt" | "passed" | "passes" | "approved" | "approves" | "condemned"
            | "condemns" | "elected" | "elects" | "debated" | "debates" | "debate" | "demanded" | "demands" | "called" | "calls"
            | "rejected" | "rejects" | "prepared" | "resolution" | "resolutions" | "backed" | "backs" | "endorsed" | "endorses")
        {
            c.label = Label::Org;
        }
    }
}

/// Whether the letters of `acr` are, in order, initials of words of tokens a..b (a word may
/// give one letter, or all its capitals: "S.A." gives S and A).
fn initials_match(ctx: &Ctx, a: usize, b: usize, acr: &str) -> bool {
    let mut initials: Vec<char> = Vec::new();
    for k in a..b {
        let w = ctx.tok(k);
        if !ctx.word(k) {
            continue;
        }
        if is_all_caps(w) {
            initials.extend(w.chars().filter(|c| c.is_alphabetic()));
        } else if let Some(c) = w.chars().next() {
            initials.extend(crate::case::upper(c));
        }
    }
    let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).flat_map(crate::case::upper).collect();
    if letters.len() < 2 || initials.first() != letters.first() {
        return false;
    }
    let mut it = initials.into_iter();
    if letters.iter().all(|l| it.any(|c| c == *l)) {
        return true;
    }
    // a syllabic acronym: "FINCIMEX" for "Financiera Cimex", its letters in order in the name
    let mut chars = (a..b).filter(|&k| ctx.word(k)).flat_map(|k| ctx.tok(k).chars()).flat_map(crate::case::upper);
    letters.iter().all(|l| chars.any(|c| c == *l))
}

/// "Syrian Democratic Forces (SDF)": the acronym is another name of what precedes it;
/// "exclusive economic zone (EEZ)": an acronym of common words is no entity anywhere.
fn acronyms<'c>(ctx: &Ctx, mut cands: Vec<Cand<'c>>) -> Vec<Cand<'c>> {
    let toks = &ctx.doc.tokens;
    let mut dropped: Vec<&str> = Vec::new();
    // (a word in capitals may start a name: only those words are visited)
    for &acr in &ctx.starts {
        let acr = acr as usize;
        if acr < 2 || acr + 1 >= toks.len() || ctx.tok(acr - 1) != "(" {
            continue;
        }
        // "Darya Vela Shipping Co. L.L.C. (Darya Vela)": the first words of a body's name in
        // brackets after it are its short name, whatever they read as alone
        if !is_all_caps(ctx.tok(acr)) {
            let q = cands.partition_point(|c| c.a < acr);
            let p = cands.partition_point(|c| c.a < acr - 1);
            if let (Some(y), Some(x)) = ((q < cands.len() && cands[q].a == acr).then_some(q), (p.saturating_sub(4)..p).rev().find(|&x| cands[x].b == acr - 1)) {
                let (c, o) = (cands[y], cands[x]);
                if o.label == Label::Org && c.label != Label::Org && c.b < toks.len() && ctx.tok(c.b) == ")" && c.b - c.a < o.b - o.a && (0..c.b - c.a).all(|k| ctx.tok(o.a + k) == ctx.tok(c.a + k)) {
                    cands[y].label = Label::Org;
                    cands[y].alias_of = Some(x);
                    cands[y].needs_confirm = false;
                }
            }
            continue;
        }
        // (or a hyphenated one: "(CAFTA-DR)")
        let close = if ctx.tok(acr + 1) == ")" { acr + 1 } else if acr + 3 < toks.len() && ctx.tok(acr + 1) == "-" && ctx.tok(acr + 3) == ")" { acr + 3 } else { continue };
        let i = acr - 1;
        // candidates are sorted by start: look just around the brackets
        let p = cands.partition_point(|c| c.a < i);
        let before = (p.saturating_sub(4)..p).rev().find(|&x| cands[x].b == i);
        let q = cands.partition_point(|c| c.a < acr);
        let at = (q < cands.len() && cands[q].a == acr && cands[q].b == close).then_some(q);
        // the letters of the acronym are the initials of the name, in order ("OFAC" for
        // "Office of Foreign Assets Control"); otherwise "(AP)" after a dateline is no alias
        let before = before.filter(|&x| initials_match(ctx, cands[x].a, cands[x].b, ctx.tok(acr)));
        match (before, at) {
            (Some(x), Some(y)) => {
                if matches!(cands[x].label, Label::Date | Label::Time | Label::Money | Label::Percent) {
                    continue;
                }
                cands[y].label = cands[x].label;
                cands[y].alias_of = Some(x);
                cands[y].needs_confirm = false;
            }
            (Some(x), None) if !matches!(cands[x].label, Label::Date | Label::Time | Label::Money | Label::Percent) && !(q < cands.len() && cands[q].a < close) => {
                let label = cands[x].label;
                let pos = cands.partition_point(|c| c.a < acr);
                cands.insert(pos, Cand { alias_of: Some(x), ..cand(acr, close, label, None, Strength::Strong) });
            }
            (None, _) if ctx.word(i - 1) && !starts_upper(ctx.tok(i - 1)) => dropped.push(ctx.tok(acr)),
            _ => {}
        }
    }
    // an acronym defined for a law, place or people is that elsewhere too ("… Regulations
    // (ACR)" and later "ACR-related")
    // (sorted by word, the first definition kept for each, and searched by halves: a long text
    // defines and uses acronyms in numbers that grow with it, so a search of the whole list for
    // each use would make the time grow with their product)
    let mut defined: Vec<(&str, Label)> = cands.iter().filter(|c| c.alias_of.is_some() && c.b - c.a == 1 && c.label != Label::Org).map(|c| (ctx.tok(c.a), c.label)).collect();
    crate::sort::sort_by_key(&mut defined, |d| d.0);
    defined.dedup_by_key(|d| d.0);
    for c in cands.iter_mut().filter(|c| c.alias_of.is_none() && c.b - c.a == 1 && c.label == Label::Org && c.strength == Strength::Weak) {
        if let Ok(k) = defined.binary_search_by(|d| d.0.cmp(ctx.tok(c.a))) {
            c.label = defined[k].1;
        }
    }
    if !dropped.is_empty() {
        crate::sort::sort(&mut dropped);
        dropped.dedup();
        // keep alias indices right while removing
        // (the list is searched only for the few weak one-word candidates)
        let keep: Vec<bool> = cands.iter().map(|c| !(c.b - c.a == 1 && c.strength == Strength::Weak && crate::lexicon::in_sorted(&dropped, ctx.tok(c.a)))).collect();
        let mut new_index = vec![None; cands.len()];
        let mut n = 0;
        for (i, k) in keep.iter().enumerate() {
            if *k {
                new_index[i] = Some(n);
                n += 1;
            }
        }
        let mut i = 0;
        cands.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        for c in &mut cands {
            c.alias_of = c.alias_of.and_then(|x| new_index[x]);
        }
    }
    cands
}

/// Who speaks in paragraph `p` when it is an interview's answer (see [`crate::segment::Role`]): the
/// person its label names ("DOE: …"), or after a bare "A:" the person the text names most (on a
/// tie, one who opens a paragraph, as an introduction does: "Jane Doe has run …", not a byline).
pub fn answerer(doc: &Doc, mentions: &[Mention], clusters: &[Cluster], p: usize) -> Option<usize> {
    // the mention that starts at token `a`
    let at = |a: usize| {
        let start = doc.tokens.get(a)?.span().start;
        mentions.get(mentions.partition_point(|m| m.span.start < start)).filter(|m| m.span.start == start && m.label == Label::Person && m.cluster < clusters.len())
    };
    let para = doc.paragraphs.get(p).filter(|q| q.role == Role::Answer)?;
    let Some((a, b)) = para.label else {
        let opens: Vec<usize> = doc.paragraphs.iter().filter_map(|q| Some(at(doc.sentences.get(q.sentences.0)?.tokens.0)?.cluster)).collect();
        return (0..clusters.len()).filter(|&c| clusters[c].label == Label::Person).max_by_key(|&c| (clusters[c].mentions, opens.contains(&c), std::cmp::Reverse(c)));
    };
    let m = at(label_name(doc, a, b).unwrap_or(a))?;
    (m.span.end == doc.tokens.get(b.checked_sub(1)?)?.span().end).then_some(m.cluster)
}

/// Fold a name for comparison: lower case, common diacritics removed, hyphens and dots dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// Whether `set` holds the folded form of `w` (`buf` is scratch space, so that the look-up
/// allocates nothing).
fn holds_folded(set: &WordSet<String>, w: &str, buf: &mut String) -> bool {
    buf.clear();
    fold_into(buf, w);
    set.contains(buf.as_str())
}

/// [`fold`], appended to `out`.
fn fold_into(out: &mut String, s: &str) {
    // (most words, ASCII with no mark to drop: the same as below, copied and lowered in place,
    // not pushed a character at a time)
    if s.bytes().all(|b| b.is_ascii() && !matches!(b, b'-' | b'.' | b'\'')) {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            '-' | '.' | '\'' | '’' | '‐' | '–' => {}
            c => match lexicon::base_letter(c) {
                Some(base) => out.push(base),
                None => out.extend(crate::case::lower(c)),
            },
        }
    }
}

/// The words of a name, folded, without particles ("Bashar al-Assad" → bashar, assad): one
/// buffer with the words separated by spaces (a folded word has none), so that a mention
/// costs no allocation once the buffer has grown.
#[derive(Clone, Default)]
struct Words {
    buf: String,
    n: usize,
}

impl Words {
    fn iter(&self) -> impl Iterator<Item = &str> + Clone {
        self.buf.split(' ').take(self.n)
    }

    fn first(&self) -> Option<&str> {
        self.iter().next()
    }

    fn last(&self) -> Option<&str> {
        self.iter().last()
    }

    fn push(&mut self, start: usize) {
        // the word was folded onto the end of `buf` from `start`
        if self.n > 0 {
            self.buf.insert(start, ' ');
        }
        self.n += 1;
    }
}

/// [`Words`] of tokens a..b, into `out`.
fn name_words(ctx: &Ctx, a: usize, b: usize, out: &mut Words) {
    out.buf.clear();
    out.n = 0;
    let mut k = a;
    while k < b {
        if ctx.word(k) {
            let w = ctx.tok(k);
            // "Jong-un" is one word; "al-Assad" is "assad"
            let start = out.buf.len();
            fold_into(&mut out.buf, w);
            let mut m = k + 1;
            while m + 1 < b && ctx.doc.tokens[m].kind == Kind::Dash && !ctx.doc.tokens[m].space_before {
                if m == k + 1 && is_particle(w) {
                    out.buf.truncate(start);
                }
                fold_into(&mut out.buf, ctx.tok(m + 1));
                m += 2;
            }
            let word = &out.buf[start..];
            // (a connector joined by a hyphen to a name is its particle: "al-Assad" is "assad")
            if !(ctx.is(CONNECTORS, k) && m == k + 1) && !has(PARTICLES, word) && !(w.len() <= 2 && w.ends_with('.')) {
                out.push(start);
            } else {
                out.buf.truncate(start);
            }
            k = m;
        } else {
            k += 1;
        }
    }
}

/// Whether `w` (any case) is one of the name particles ("al", "Al", "AL").
fn is_particle(w: &str) -> bool {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        has(PARTICLES, w)
    } else {
        has(PARTICLES, &crate::case::to_lower(w))
    }
}

/// "Kim Jong Un" / "Kim Jong-un": the same words once spaces and hyphens are ignored; the
/// label-prefixed look-up key into `out`.
fn joined_key(label: Label, words: &Words, out: &mut String) {
    out.clear();
    out.push(label_tag(label));
    out.extend(words.iter());
}

/// The one-character prefix that keeps each label's keys apart in one map.
fn label_tag(label: Label) -> char {
    char::from(b'A' + label as u8)
}

/// Link candidates into clusters and build the output.
fn link(ctx: &Ctx, cands: Vec<Cand>) -> Entities {
    let text = ctx.doc.text;
    // (sized up front for a cluster a candidate, as the mentions are below: grown by doubling,
    // the clusters were moved several times a text)
    let mut clusters: Vec<Cluster> = Vec::with_capacity(cands.len());
    // label tag + folded key → cluster: joined words, canonical names, short forms
    let mut by_key: WordMap<String, usize> = WordMap::default();
    // per person cluster: the words of its fullest name; and word → person clusters
    let mut words_of: Vec<Words> = Vec::with_capacity(cands.len());
    let mut by_word: WordMap<String, Vec<usize>> = WordMap::default();
    let mut assign: Vec<Option<usize>> = vec![None; cands.len()];
    let span_of = |c: &Cand| Span::new(ctx.doc.tokens[c.a].span().start, ctx.doc.tokens[c.b - 1].span().end);
    let numeric = |l: Label| matches!(l, Label::Date | Label::Time | Label::Money | Label::Percent);
    let new_cluster = |clusters: &mut Vec<Cluster>, words_of: &mut Vec<Words>, c: &Cand, words: Words| {
        clusters.push(Cluster {
            label: c.label,
            name: span_of(c).of(text).to_string(),
            aliases: Vec::new(),
            mentions: 0,
            role: None,
            gender: c.gender,
        });
        words_of.push(words);
        clusters.len() - 1
    };
    let insert_new = |by_key: &mut WordMap<String, usize>, key: &str, k: usize| {
        if !by_key.contains_key(key) {
            by_key.insert(key.to_string(), k);
        }
    };
    let mut words = Words::default();
    let mut key = String::new();
    // per lexicon name (by the address of the entry's canonical string) and label: the cluster
    // its key maps to, which stays once set; most mentions repeat a name the text has given,
    // and folding the name again costs more than the whole look-up
    // (a power of two, a slot for every 32 tokens from 64 to 1024: a long text names hundreds,
    // and a short one should not clear a big table; the length and the label in one word, so
    // that an empty table is all zeros and is allocated so)
    let canon_slots = (ctx.doc.tokens.len() / 32).next_power_of_two().clamp(64, 1024);
    let mut canon_memo = vec![(0usize, 0usize, 0usize); canon_slots];
    let canon_slot = |canon: &str| (canon.as_ptr() as usize >> 2 ^ canon.len()) & (canon_slots - 1);
    let canon_tag = |canon: &str, label: Label| (canon.as_ptr() as usize, canon.len() << 8 | label as usize);
    // pass 1: full names and everything that is not a bare short person name
    for (ci, c) in cands.iter().enumerate() {
        if numeric(c.label) {
            continue;
        }
        // (a lexicon name other than a person's needs its words only for a new cluster: most
        // are repeats of a place or body the text has named already)
        let need_words = c.label == Label::Person || c.canonical.is_none();
        // (a one-token name has one word at most: a short person name, for pass 2)
        if c.label == Label::Person && c.canonical.is_none() && c.b - c.a == 1 {
            continue;
        }
        if need_words {
            name_words(ctx, c.a, c.b, &mut words);
        }
        if c.label == Label::Person && words.n < 2 && c.canonical.is_none() {
            continue;
        }
        let remembered = c.canonical.and_then(|canon| {
            let (at, tag, k) = canon_memo[canon_slot(canon)];
            ((at, tag) == canon_tag(canon, c.label)).then_some(k)
        });
        match &c.canonical {
            _ if remembered.is_some() => {}
            Some(canon) => {
                key.clear();
                key.push(label_tag(c.label));
                fold_into(&mut key, canon);
                key.retain(|ch| ch != ' ');
            }
            None => joined_key(c.label, &words, &mut key),
        }
        let aliased = c.alias_of.and_then(|x| assign.get(x).copied().flatten());
        // (a key found here needs no second look-up to be added below)
        let keyed = if aliased.is_none() { remembered.or_else(|| by_key.get(key.as_str()).copied()) } else { None };
        let found = aliased.or(keyed).or_else(|| {
            if c.label != Label::Person {
                return None;
            }
            let last = words.last()?;
            by_word.get(last)?.iter().copied().find(|&k| same_person(&words_of[k], &words))
        });
        let k = match found {
            Some(k) => k,
            None => {
                if !need_words {
                    name_words(ctx, c.a, c.b, &mut words);
                }
                new_cluster(&mut clusters, &mut words_of, c, words.clone())
            }
        };
        // (a remembered key is in the map already)
        if keyed.is_none() && remembered.is_none() {
            insert_new(&mut by_key, &key, k);
        }
        if let Some(canon) = c.canonical.filter(|_| aliased.is_none() && remembered.is_none()) {
            let (at, tag) = canon_tag(canon, c.label);
            canon_memo[canon_slot(canon)] = (at, tag, keyed.unwrap_or(k));
        }
        // an organisation's short form is its first word ("Acme" for "Acme Air")
        if c.label == Label::Org && c.b - c.a >= 2 && !lexicon::is_common_word(ctx.tok(c.a)) {
            key.clear();
            key.push(label_tag(Label::Org));
            fold_into(&mut key, ctx.tok(c.a));
            insert_new(&mut by_key, &key, k);
        }
        // and the name after a legal form written before it ("Sinar Laut" for "PT Sinar
        // Laut", "Vostok" for "Limited Liability Company Vostok")
        if c.label == Label::Org && c.b - c.a >= 2 {
            let p = if is_all_caps(ctx.tok(c.a)) && ctx.is(COMPANY_PREFIXES, c.a) { Some(c.a + 1) } else { spelled_legal_form(ctx, c.a, c.b).then(|| (c.a..c.b).find(|&x| ctx.tok(x) == "Company").map(|x| x + 1)).flatten() };
            if let Some(p) = p.filter(|&p| p < c.b) {
                name_words(ctx, p, c.b, &mut words);
                joined_key(Label::Org, &words, &mut key);
                insert_new(&mut by_key, &key, k);
            }
        }
        // and a company's, its first capitalised words ("Acme Nova" for "Acme Nova Trading LLC")
        if c.label == Label::Org && c.b - c.a >= 3 && company_name(ctx, c.a, c.b) {
            key.clear();
            key.push(label_tag(Label::Org));
            let mut j = c.a;
            while j + 1 < c.b && ctx.word(j) && starts_upper(ctx.tok(j)) && !is_company_suffix(ctx.tok(j)) {
                fold_into(&mut key, ctx.tok(j));
                if j > c.a {
                    insert_new(&mut by_key, &key, k);
                }
                j += 1;
            }
        }
        if c.label == Label::Person {
            if words.n > words_of[k].n {
                words_of[k].clone_from(&words);
            }
            for w in words.iter() {
                match by_word.get_mut(w) {
                    Some(list) => {
                        if !list.contains(&k) {
                            list.push(k);
                        }
                    }
                    None => {
                        by_word.insert(w.to_string(), vec![k]);
                    }
                }
            }
        }
        assign[ci] = Some(k);
    }
    // pass 2: a short person name goes to the most recently named person it is part of
    let mut last_seen: Vec<usize> = vec![0; clusters.len()];
    for (ci, c) in cands.iter().enumerate() {
        if let Some(k) = assign[ci] {
            last_seen[k] = c.a + 1;
            continue;
        }
        if c.label != Label::Person {
            continue;
        }
        name_words(ctx, c.a, c.b, &mut words);
        joined_key(Label::Person, &words, &mut key);
        let w = &key[1..];
        // "Mr. Doe" after "Jane Doe" and "John Doe": the title's gender picks the person
        let title = if c.a >= 2 && ctx.tok(c.a - 1) == "." { ctx.tok(c.a - 2) } else if c.a >= 1 { ctx.tok(c.a - 1) } else { "" };
        let title_gender = match title {
            "Mr" | "Mr." => Some(Gender::Male),
            "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss" => Some(Gender::Female),
            _ => None,
        };
        let pick = by_word
            .get(w)
            .into_iter()
            .flatten()
            .chain(by_key.get(key.as_str()))
            .copied()
            .filter(|&k| title_gender.is_none_or(|g| clusters[k].gender == Gender::Unknown || clusters[k].gender == g))
            .max_by_key(|&k| (title_gender.is_some_and(|g| clusters[k].gender == g), last_seen[k], std::cmp::Reverse(k)));
        let k = match pick {
            Some(k) => k,
            None => {
                let k = new_cluster(&mut clusters, &mut words_of, c, words.clone());
                by_key.insert(key.clone(), k);
                last_seen.push(0);
                k
            }
        };
        last_seen[k] = c.a + 1;
        assign[ci] = Some(k);
    }
    // numeric and temporal expressions: one cluster per distinct text
    for (ci, c) in cands.iter().enumerate() {
        if assign[ci].is_some() {
            continue;
        }
        key.clear();
        key.push(label_tag(c.label));
        key.push_str(span_of(c).of(text));
        let k = match by_key.get(key.as_str()) {
            Some(&k) => k,
            None => {
                let k = new_cluster(&mut clusters, &mut words_of, c, Words::default());
                by_key.insert(key.clone(), k);
                k
            }
        };
        assign[ci] = Some(k);
    }
    // mentions, aliases, roles; the name is the fullest form the text gives (the
    // lexicon's spelling only links: a text that writes "Erdoğan" keeps its "ğ")
    let mut mentions = Vec::with_capacity(cands.len());
    for (ci, c) in cands.iter().enumerate() {
        let Some(k) = assign[ci] else { continue };
        let span = span_of(c);
        mentions.push(Mention { span, label: c.label, cluster: k });
        let cl = &mut clusters[k];
        cl.mentions += 1;
        let s = span.of(text);
        // more words, then more letters (not dots: "UN" is as full as "U.N."), then ordinary case over capitals ("State Department"
        // over a heading's "STATE DEPARTMENT")
        let fuller = |a: &str, b: &str| {
            (a.split_whitespace().count(), a.chars().filter(|c| c.is_alphanumeric()).count(), !is_all_caps(a)) > (b.split_whitespace().count(), b.chars().filter(|c| c.is_alphanumeric()).count(), !is_all_caps(b))
        };
        if s != cl.name && !cl.aliases.iter().any(|x| x == s) {
            if !numeric(c.label) && fuller(s, &cl.name) {
                let old = std::mem::replace(&mut cl.name, s.to_string());
                cl.aliases.push(old);
            } else {
                cl.aliases.push(s.to_string());
            }
        }
        if cl.gender == Gender::Unknown {
            cl.gender = c.gender;
        }
        if cl.role.is_none() && c.label == Label::Person {
            cl.role = role_of(ctx, c);
        }
    }
    // renumber clusters in order of first mention, so ids read E1, E2, … down the text
    let mut order: Vec<usize> = Vec::new();
    let mut new_id = vec![usize::MAX; clusters.len()];
    for m in &mentions {
        if new_id[m.cluster] == usize::MAX {
            new_id[m.cluster] = order.len();
            order.push(m.cluster);
        }
    }
    for m in &mut mentions {
        m.cluster = new_id[m.cluster];
    }
    let mut slots: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    // (sized up front: a filtered collect would grow it by doubling, moving every cluster)
    let mut clusters = Vec::with_capacity(order.len());
    clusters.extend(order.iter().filter_map(|&k| slots[k].take()));
    let mut ents = Entities { mentions, clusters };
    genders_from_pronouns(ctx, &mut ents);
    ents
}

/// Two full names of one person: one's words all in the other's ("Donald J. Trump" /
/// "Donald Trump"), or the same last word and first words spelt alike ("Sergey/Sergei Lavrov").
fn same_person(a: &Words, b: &Words) -> bool {
    if a.n < 2 || b.n < 2 {
        return false;
    }
    let subset = |x: &Words, y: &Words| x.iter().all(|w| y.iter().any(|v| v == w));
    if subset(a, b) || subset(b, a) {
        return a.last() == b.last() || a.first() == b.first() && a.n != b.n;
    }
    a.last() == b.last() && a.n == b.n && a.first().zip(b.first()).is_some_and(|(x, y)| similar(x, y))
}

/// Spelling variants: edit distance at most 2 and the same first letter.
fn similar(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.first() != b.first() || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}

/// The role the text gives a person: the title in front ("US Secretary of State"), a role
/// noun with its nationality ("North Korean leader"), or an appositive after the name
/// (", a specialist in …").
fn role_of(ctx: &Ctx, c: &Cand) -> Option<String> {
    let text = ctx.doc.text;
    let toks = &ctx.doc.tokens;
    let span = |a: usize, b: usize| Span::new(toks[a].span().start, toks[b - 1].span().end).of(text).to_string();
    if let Some((a, b)) = c.role {
        // (an honorific alone is no role: "Ms. Jane Roe")
        if b > a && !(b - a <= 2 && one_of!(ctx.tok(a), "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Mr." | "Mrs." | "Ms.")) {
            return Some(span(a, b));
        }
    }
    // lower-case role noun or occupation right before the name ("economist Jane Roe"), with
    // capitalised modifiers before it
    if c.a > 0 && (ctx.is(ROLE_NOUNS, c.a - 1) || ctx.word(c.a - 1) && starts_lower(ctx.tok(c.a - 1)) && person_noun(ctx.tok(c.a - 1))) {
        let mut a = c.a - 1;
        while a > 0 && ctx.word(a - 1) && (starts_upper(ctx.tok(a - 1)) || role_modifier(ctx.tok(a - 1))) && !ctx.is(NOT_NAMES, a - 1) {
            a -= 1;
        }
        return Some(span(a, c.a));
    }
    // appositive: "Name, a/an/the … ," up to the next comma or stop
    let s = ctx.doc.sentence_of(c.a);
    let end = ctx.doc.sentences[s].tokens.1;
    // a title with its body before the name, cut from the name's run at "of": "Deputy
    // Secretary of the Treasury Jane Roe", "Under Secretary of State for Arms Control Jane Roe"
    if c.label == Label::Person {
        let s0 = ctx.doc.sentences[s].tokens.0;
        let titled = |k: usize| ctx.is(TITLES, k) || ctx.tok(k) == "Acting";
        let mut k = c.a;
        while k > s0 && c.a - k < 14 && ctx.word(k - 1) && (starts_upper(ctx.tok(k - 1)) || one_of!(ctx.tok(k - 1), "of" | "the" | "for" | "and")) {
            k -= 1;
        }
        while k < c.a && !starts_upper(ctx.tok(k)) {
            k += 1;
        }
        if k + 2 < c.a && titled(k) && (k..c.a).any(|x| ctx.tok(x) == "of" || ctx.tok(x) == "for") {
            return Some(span(k, c.a));
        }
    }
    if let Some(k) = preposed_role(ctx, c, ctx.doc.sentences[s].tokens.0, end) {
        return Some(span(k, c.a - 1));
    }
    // (not after "according to": "According to Jane Roe, the network grew" has no appositive)
    let according = (c.a.saturating_sub(3)..c.a).any(|k| ctx.tok(k).eq_ignore_ascii_case("according"));
    // (or a title: "Jane Roe, Acting Under Secretary of the Treasury for …,")
    if c.b + 2 < end && ctx.tok(c.b) == "," && (matches!(ctx.tok(c.b + 1), "a" | "an" | "the") || c.label == Label::Person && (ctx.is(TITLES, c.b + 1) || ctx.tok(c.b + 1) == "Acting") && !ctx.is(NOT_NAMES, c.b + 1)) && !according {
        let mut e = c.b + 2;
        // (up to a relative clause: ", a Norland national who …")
        while e < end && !one_of!(ctx.tok(e), "," | "." | ";" | ":" | "who" | "which" | "that" | "whose" | "whom") && e < c.b + 16 && !matches!(toks[e].kind, Kind::Quote(_)) {
            e += 1;
        }
        if e > c.b + 2 && e < c.b + 16 {
            return Some(span(c.b + 1, e));
        }
    }
    predicate_role(ctx, c, s, end).map(|(a, e)| span(a, e))
}

/// A role given by the sentence the name opens: "Jane Roe was a director at the trade ministry
/// until 2021", "Jane Roe is the bank's chief economist". The tokens from the determiner to
/// the end of the noun phrase (its head a role or occupation noun, with a prepositional phrase
/// of names after it), stopping at punctuation.
fn predicate_role(ctx: &Ctx, c: &Cand, s: usize, end: usize) -> Option<(usize, usize)> {
    if c.label != Label::Person || c.a != ctx.doc.sentences[s].tokens.0 || c.b + 3 >= end {
        return None;
    }
    let k = c.b
        + match (ctx.tok(c.b), ctx.tok(c.b + 1)) {
            ("is" | "was" | "became", _) => 1,
            ("has" | "had", "been") | ("served", "as") => 2,
            _ => return None,
        };
    if !matches!(ctx.tok(k), "a" | "an" | "the") {
        return None;
    }
    // (the head within five words: names, possessives and modifiers before it, no preposition)
    let noun = |i: usize| i < end && starts_lower(ctx.tok(i)) && person_noun(ctx.tok(i));
    let mut head = (k + 1..(k + 6).min(end)).find(|&i| noun(i))?;
    // ("chief engineer": the last of the nouns)
    while noun(head + 1) {
        head += 1;
    }
    let modifier = |i: usize| ctx.word(i) && !one_of!(ctx.tok(i), "of" | "in" | "to" | "for" | "at" | "by" | "with" | "and" | "or" | "who" | "that") || matches!(ctx.tok(i), "'s" | "’s");
    if !(k + 1..head).all(modifier) {
        return None;
    }
    // a prepositional phrase of names after the head ("at the Ministry of Trade")
    let mut e = head + 1;
    if e + 1 < end && matches!(ctx.tok(e), "at" | "of" | "for" | "in" | "to") {
        let mut j = e + 1;
        while j < end && (starts_upper(ctx.tok(j)) || j + 1 < end && matches!(ctx.tok(j), "the" | "of" | "and" | "for") && starts_upper(ctx.tok(j + 1))) {
            j += 1;
        }
        if j > e + 1 {
            e = j;
        }
    }
    Some((k, e))
}

/// A lower-case word that qualifies a role noun ("foreign minister", "former envoy").
fn role_modifier(w: &str) -> bool {
    one_of!(
        w,
        "foreign" | "prime" | "deputy" | "vice" | "defence" | "defense" | "supreme" | "former" | "policy" | "trade" | "security" | "economic"
            | "finance" | "interior" | "justice" | "health" | "energy" | "top" | "senior" | "military" | "intelligence" | "nuclear" | "national"
            | "special" | "chief"
    )
}

/// A role set before the name as a phrase of its own: "Chile's ambassador to Peru, Ana Ruiz,
/// said …": the clause before the comma is headed by a role noun, with only names, possessives
/// and modifiers before it and a prepositional phrase of names after it; the name is followed
/// by a comma or ends the sentence. The first token of the role.
fn preposed_role(ctx: &Ctx, c: &Cand, s0: usize, end: usize) -> Option<usize> {
    if c.label != Label::Person || c.a < s0 + 2 || ctx.tok(c.a - 1) != "," || !(c.b >= end || matches!(ctx.tok(c.b), "," | "." | ";")) {
        return None;
    }
    let possessive = |w: &str| one_of!(w, "'s" | "’s" | "'" | "’");
    let mut k = c.a - 1;
    while k > s0 && c.a - 1 - k < 10 && (ctx.word(k - 1) || possessive(ctx.tok(k - 1))) {
        k -= 1;
        // a determiner opens the phrase
        if one_of!(ctx.tok(k), "the" | "a" | "an" | "its" | "his" | "her" | "their") {
            break;
        }
    }
    let head = (k..c.a - 1).rev().find(|&i| ctx.is(ROLE_NOUNS, i))?;
    let before_ok = (k..head).all(|i| {
        let w = ctx.tok(i);
        starts_upper(w) || possessive(w) || one_of!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their") || role_modifier(w)
    });
    let after_ok = (head + 1..c.a - 1).all(|i| {
        let w = ctx.tok(i);
        starts_upper(w) || possessive(w) || one_of!(w, "to" | "for" | "of" | "in" | "at" | "on" | "the")
    });
    (before_ok && after_ok).then_some(k)
}

/// The gender of a kinship noun ("daughter", "husband"), if it has one.
fn kin_gender(w: &str) -> Option<Gender> {
    match w {
        "daughter" | "wife" | "mother" | "sister" | "widow" | "granddaughter" | "niece" | "aunt" | "grandmother" => Some(Gender::Female),
        "son" | "husband" | "father" | "brother" | "widower" | "grandson" | "nephew" | "uncle" | "grandfather" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender a courtesy title tells.
fn cue_gender(w: &str) -> Option<Gender> {
    match w {
        "Ms" | "Ms." | "Mrs" | "Mrs." | "Miss" => Some(Gender::Female),
        "Mr" | "Mr." => Some(Gender::Male),
        _ => None,
    }
}

fn genders_from_pronouns(ctx: &Ctx, ents: &mut Entities) {
    let people: Vec<usize> = (0..ents.mentions.len()).filter(|&i| ents.mentions[i].label == Label::Person).collect();
    // per cluster: whether the text itself told the gender (then no later cue changes it)
    let mut told = vec![false; ents.clusters.len()];
    let mut seen = vec![false; ents.clusters.len()];
    for (n, &mi) in people.iter().enumerate() {
        let m = ents.mentions[mi];
        if told[m.cluster] {
            continue;
        }
        let first_mention = !std::mem::replace(&mut seen[m.cluster], true);
        // (a name whose gender is known is weighed against the text at its first mention only)
        if !first_mention && ents.clusters[m.cluster].gender != Gender::Unknown {
            continue;
        }
        let first = ctx.doc.tokens.partition_point(|t| t.span().start < m.span.start);
        // the text's own word for the person overrides the gender of the given name ("his
        // wife, Nino Doe", "Ms. Doe")
        // ("Ms. Doe": the title's full stop is a token of its own)
        let before = if first >= 2 && ctx.tok(first - 1) == "." { ctx.tok(first - 2) } else if first >= 1 { ctx.tok(first - 1) } else { "" };
        let apposed = first >= 2 && ctx.tok(first - 1) == ",";
        let last = ctx.doc.tokens.partition_point(|t| t.span().start < m.span.end);
        let cue = if apposed { kin_gender(ctx.tok(first - 2)) } else { cue_gender(before) };
        if let Some(g) = cue {
            ents.clusters[m.cluster].gender = g;
            told[m.cluster] = true;
            continue;
        }
        let known = ents.clusters[m.cluster].gender;
        // a person whose gender the name does not tell takes the first "he"/"she" that
        // follows its first mention before any other person is named; a given name's gender
        // gives way only to a pronoun in its own sentence or the next, when no person named
        // before and no person's noun after it could be meant ("Nino Doe said she would run")
        let limit = people.get(n + 1).map_or(ctx.doc.text.len(), |&j| ents.mentions[j].span.start);
        let s = ctx.doc.sentence_of(first);
        let near = ctx.doc.sentences.get(s + 1).map_or(ctx.doc.tokens.len(), |x| x.tokens.0);
        let far = ctx.doc.sentences.get(s + 1).map_or(near, |x| x.tokens.1);
        // (past the name's apposition, a person named by a noun may be the one meant: "Jo Doe
        // met the chancellor. “…,” she said")
        let apposition = if last < ctx.doc.tokens.len() && ctx.tok(last) == "," { (last + 1..(last + 9).min(near)).find(|&k| ctx.tok(k) == ",").unwrap_or(last) } else { last };
        let described = |i: usize| (apposition + 1..i).any(|k| ctx.bits[k] & (ROLE_NOUNS.bit | OCCUPATIONS.bit) != 0 || kin_gender(ctx.tok(k)).is_some());
        for i in last..ctx.doc.tokens.len() {
            if ctx.doc.tokens[i].span().start >= limit || known != Gender::Unknown && i >= far {
                break;
            }
            let g = match ctx.tok(i) {
                // (an object in the name's own sentence is someone else: "Ana Pol met her
                // later"; not a possessive: "told the court her client …")
                "him" if i < near => continue,
                "her" if i < near && (i + 1 >= ctx.doc.tokens.len() || !ctx.word(i + 1) || one_of!(ctx.tok(i + 1), "later" | "again" | "on" | "in" | "at" | "and" | "to" | "that" | "for" | "with")) => continue,
                "he" | "He" | "his" | "His" | "him" => Gender::Male,
                "she" | "She" | "her" | "Her" => Gender::Female,
                _ => continue,
            };
            if known != Gender::Unknown && (g == known || people[..n].iter().any(|&j| ents.clusters[ents.mentions[j].cluster].gender != known) || described(i)) {
                break;
            }
            ents.clusters[m.cluster].gender = g;
            told[m.cluster] = true;
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ents(text: &str) -> Vec<(String, Label)> {
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        e.mentions.iter().map(|m| (m.span.of(text).to_string(), m.label)).collect()
    }

    /// The answers `token_bits` remembers by word are the answers for each token.
    #[test]
    fn remembered_word_answers_agree() {
        let mut text = String::from("The Ministry of Ports said on MONDAY that 5 BILLION Dollars went to Acme Telecommunications Ltd, \
            a £4m deal, in March; ВЕСНОЙ wee\u{212A} the Internationalisation Internationalization of ’90s USD GL25 A.M. ");
        for k in 0..3000u64 {
            // (more distinct words than slots: colliding words replace each other)
            let w = ["of", "The", "the", "And", "week", "WEEK", "Minister", "Ltd", "€", "March", "x"][(k * 7 % 11) as usize];
            text.push_str(&format!("{w} {}{} ", w.to_uppercase(), k * 31 % 997));
        }
        let doc = crate::segment::segment(&text);
        let (bits, _, flags) = token_bits(&doc);
        let want = numex::flags_of(&doc);
        for i in 0..doc.tokens.len() {
            assert_eq!(bits[i], list_bits(doc.tok(i)), "{:?}", doc.tok(i));
            assert_eq!(flags[i], want[i], "{:?}", doc.tok(i));
        }
    }

    /// The name passes visit only [`token_bits`]' list of the words that may start a name: every
    /// token where a capitalised run starts is on it (particles, capitals, accented and
    /// non-Latin words included), and it is in token order.
    #[test]
    fn every_run_starts_at_a_listed_word() {
        let lex = Lexicon::default();
        let text = "BREAKING: Jean-Luc de la Tour and al-Rashid Holdings met Ōsaka officials. Ольга Петрова of \
                    the Ministry of Ports said “Harbor Vale” (HVL) would sign; van der Berg, bin Salman and \
                    the U.N. envoy Dr. Ana Ruiz arrived in St. Louis on Monday with 12 staff.";
        let doc = crate::segment::segment(text);
        let n = doc.tokens.len();
        let (bits, starts, _) = token_bits(&doc);
        assert!(starts.windows(2).all(|w| w[0] < w[1]));
        let ctx = Ctx { doc: &doc, lex: &lex, taken: vec![false; n], headline: vec![std::cell::Cell::new(0); doc.sentences.len()], memo: [const { std::cell::Cell::new(None) }; MEMO_SLOTS], bits, starts, key_buf: std::cell::RefCell::new(String::new()), acronyms: std::cell::OnceCell::new(), ian_stems: std::cell::OnceCell::new(), cap_words: std::cell::OnceCell::new() };
        let mut runs = 0;
        for s in 0..doc.sentences.len() {
            let r = doc.sentence_tokens(s);
            for i in r.clone() {
                if run_end(&ctx, i, r.end).is_some() {
                    runs += 1;
                    assert!(ctx.starts.contains(&(i as u32)), "a run at {:?} that the list misses", doc.tok(i));
                }
            }
        }
        assert!(runs >= 8, "the test text should hold many runs, found {runs}");
    }

    fn has_ent(text: &str, want: &str, label: Label) -> bool {
        ents(text).iter().any(|(s, l)| s == want && *l == label)
    }

    macro_rules! e {
        ($name:ident, $text:expr, $($want:expr => $label:ident),+) => {
            #[test]
            fn $name() {
                let got = ents($text);
                $(assert!(got.iter().any(|(s, l)| s == $want && *l == Label::$label), "{:?} {:?} not in {:?}", $want, Label::$label, got);)+
            }
        };
    }

    macro_rules! not_e {
        ($name:ident, $text:expr, $($bad:expr),+) => {
            #[test]
            fn $name() {
                let got = ents($text);
                $(assert!(!got.iter().any(|(s, _)| s == $bad), "{:?} should not be in {:?}", $bad, got);)+
            }
        };
    }

    // a surname of a person's full name stays the person, though a firm is named after them
    #[test]
    fn surname_shared_with_a_firm() {
        let got = ents("Among those listed is Ilse Varga, a Norland national. Varga's company, Varga Trade Kft., is also listed.\n\nVarga did not respond.");
        assert!(got.iter().filter(|(s, _)| s == "Varga").all(|(_, l)| *l == Label::Person), "{got:?}");
        assert!(got.iter().any(|(s, l)| s == "Varga Trade Kft" && *l == Label::Org), "{got:?}");
    }
    // a law named by what it is on keeps a lower-case preposition before capitals
    e!(law_on_with_a_preposition, "The Law on Protection of Witnesses from Intimidation came into force in May.", "Law on Protection of Witnesses from Intimidation" => Law);
    // West African given names and family names the names-dataset lacks; a second surname
    // right after a name ("Gonzalez Urrutia") is part of it
    e!(west_african_names, "Yesterday Boubacar Sangaré left Bamako. Aminata Tchiani stayed.", "Boubacar Sangaré" => Person, "Aminata Tchiani" => Person);
    e!(second_surname_after_a_name, "Yesterday Nicolas Maduro Zubizarreta left Caracas for Madrid.", "Nicolas Maduro Zubizarreta" => Person);
    // an SDN entry's programme tag in brackets and the script named before a name written in it
    // are no entities; a headline's verb of sanctions news counts as a headline word ("Designates")
    not_e!(sdn_tags_and_scripts, "Individuals:\nPETROV, Ivan (Cyrillic: ПЕТРОВ, Иван), Moscow, Russia; DOB 02 Feb 1980 (individual) [RUSSIA-EO14024] [IRAN-EO13902].", "RUSSIA-EO14024", "IRAN-EO13902", "Cyrillic", "ПЕТРОВ");
    e!(four_word_headline_verb, "Treasury Designates Smuggling Ring\n\nToday the Treasury acted against a ring of smugglers.", "Treasury" => Org);
    // a pipeline numbered after its name
    e!(numbered_pipeline, "Repairs to the Nord Stream 2 pipeline were halted in March.", "Nord Stream 2" => Fac);
    // in a Title Case headline a verb after a known name ends that name
    e!(headline_verb_ends_known_name, "Treasury Targets Evasion Network\n\nWASHINGTON — Today, the Department of the Treasury sanctioned an evasion network. The action targets a network.", "Treasury" => Org);
    // a headline's described network after a nationality: the nationality alone
    e!(headline_national_network, "Treasury Sanctions Bolivian Tin Smuggling Network\n\nWASHINGTON — Today, OFAC sanctioned six people.", "Bolivian" => Norp, "Treasury" => Org);
    not_e!(headline_national_network_no_org, "Treasury Targets Bolivian Tin Smuggling Network\n\nWASHINGTON — Today, OFAC sanctioned six people.", "Bolivian Tin Smuggling Network");
    // an unknown name after a title whose "of" names a body is a person
    e!(name_after_title_of_body, "The plan works, said Deputy Secretary of the Treasury Ulvar Keddo on Monday.", "Ulvar Keddo" => Person, "Treasury" => Org);
    // a business in apposition ("X, a cement producer") makes an unknown name an organisation,
    // here and where the name comes again with no clue
    e!(business_apposition_is_an_org, "The order named Quenta Rimac, one of Peru's two largest fishmeal exporters, last week.", "Quenta Rimac" => Org);
    // "X Y, who …": only a person; one word before "who" may end an apposition about someone else
    e!(who_after_a_name_tells_a_person, "The contract was signed by Oleksandr Vrubko, who runs the Lviv office.", "Oleksandr Vrubko" => Person);
    e!(who_after_one_word_is_no_person_clue, "\"We sail at dawn,\" said Tomas Vidal, a pilot with the state line MorFlotex, who has sailed it for years.", "MorFlotex" => Org);
    // names in apposition to a plural role noun, joined by "and"
    e!(names_after_plural_roles, "The two lawyers, Sein Htay Naing and Mariel Okafor, left the court.", "Sein Htay Naing" => Person);
    // "a Vrelo-based operator": a place, also after an article
    e!(based_compound_after_an_article, "The order named a Vrelo-based operator of two tankers.", "Vrelo" => Gpe);
    // (and so is the same word elsewhere, with no clue)
    #[test]
    fn based_compound_names_the_place_elsewhere() {
        let got = ents("The order named a Vrelo-based operator. Vrelo officials declined to comment.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Vrelo" && *l == Label::Gpe).count(), 2, "{got:?}");
    }
    // a given name before a family name that is also a town, where only a person fits
    e!(given_name_and_town_family_name, "Takeshi Sendai, a trade ministry official, said talks would resume.", "Takeshi Sendai" => Person);
    // a town that is also a given name, before a family name, is a person; after "in" the town
    e!(town_given_name_before_surname, "Talks with Adelaide Morrison ended without a deal.", "Adelaide Morrison" => Person);
    e!(town_after_in_stays_a_town, "In Adelaide Morrison was unknown.", "Adelaide" => Gpe);
    // ... and before an unknown family name where only a person fits
    e!(town_given_name_said, "Later, Milan Kozarac said the deal was dead.", "Milan Kozarac" => Person);
    // a name right after a lower-case role noun is a person, and so is its bare later use
    // a Korean given name whose second syllable is also an English word
    e!(korean_syllable_is_a_word, "Seo Da-won was an adviser at the ministry until May.", "Seo Da-won" => Person);
    // a lexicon name that goes on in lower case
    // a preposition inside an act's name
    e!(act_name_with_for, "The designation was made under the Justice for Miners of the Northern Coast Act of 2019.", "Justice for Miners of the Northern Coast Act of 2019" => Law);
    e!(act_after_under_in_headline, "Ruritania Imposes Sanctions on Two Port Officials Under Special Harbour Measures Act\n\nThe measures took effect.", "Special Harbour Measures Act" => Law);
    e!(act_name_with_against, "Under the Protection of Reefs Against Dredging Act, the ban stands.", "Protection of Reefs Against Dredging Act" => Law);
    // a group named by the words around one use is that group at every use
    e!(group_named_once_by_its_noun, "Gold came from mines held by the Mai-Mai Kolonga militia.\n\nThe Mai-Mai Kolonga has fought the army since 2012.", "Mai-Mai Kolonga" => Org);
    #[test]
    fn group_named_once_is_no_person_elsewhere() {
        let got = ents("Gold came from mines held by the Mai-Mai Kolonga militia.\n\nThe Mai-Mai Kolonga has fought the army since 2012.");
        assert!(got.iter().filter(|(s, _)| s == "Mai-Mai Kolonga").all(|(_, l)| *l == Label::Org), "{got:?}");
    }
    // a given name where people live is a place
    e!(given_name_where_people_live, "Her parents still live in Valentina, a town on the coast.", "Valentina" => Gpe);
    // a firm's first word, read as a person's by "said", is the firm
    e!(firm_short_form_before_said, "Shares in Vorland Bank AG fell. In a filing, Vorland said it had received a letter.", "Vorland" => Org);
    e!(person_short_form_before_said, "Shares in Vorland Bank AG fell. Its chief, Ines Vorland, was away. In a statement, Vorland said she would return.", "Ines Vorland" => Person);
    // trades and registries head organisations' names
    e!(business_heads_of_shipping, "Fuel from Corvinho Sea Bunkering reached ships listed by the Ostrava Open Ship Registry and Halden Freight.", "Corvinho Sea Bunkering" => Org, "Ostrava Open Ship Registry" => Org, "Halden Freight" => Org);
    e!(name_with_lower_case_inside, "Cocoa from Côte d’Ivoire and Côte d'Ivoire rose at the NATO summit.", "Côte d’Ivoire" => Gpe, "Côte d'Ivoire" => Gpe, "NATO" => Org);
    e!(korean_syllable_particle, "Prosecutors said Kim Da-bin was charged.", "Kim Da-bin" => Person);
    e!(korean_syllable_son, "Ahn Mi-son runs the cooperative.", "Ahn Mi-son" => Person);
    e!(name_after_lower_case_role, "The central bank governor Ostap Hnatiuk warned of risks.", "Ostap Hnatiuk" => Person);
    #[test]
    fn person_by_context_names_its_later_uses() {
        let got = ents("The central bank governor Ostap Hnatiuk warned of risks.\n\nHnatiuk, speaking in Lviv, gave no figures.");
        assert!(got.iter().any(|(s, l)| s == "Hnatiuk" && *l == Label::Person), "{got:?}");
    }
    // a prose sentence full of titles and names is no headline: its unknown names stand alone
    e!(titles_in_prose_make_no_headline, "Trade Minister Lars Eklund and his counterpart Mette Holvik met.", "Mette Holvik" => Person);
    // a first name in apposition to a kinship noun is a person, and so is its bare later use
    #[test]
    fn kin_apposition_names_later_uses() {
        let got = ents("She lives with her brother, Tomasz, a welder.\n\nTomasz shrugged at the news.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Tomasz" && *l == Label::Person).count(), 2, "{got:?}");
    }
    // after a live blog's time stamp a capitalised common noun still opens the sentence
    not_e!(time_stamp_opens_a_sentence, "Live updates\n\n16:30 – Gunmen attacked a depot on Monday.\n\n17:40 – Traders said prices rose.", "Gunmen", "Traders");
    // a company form ends the name: the place after "of" is a place
    e!(company_form_of_a_place, "Regulators fined Silverline Minerals Ltd of Nairobi last week.", "Silverline Minerals Ltd" => Org, "Nairobi" => Gpe);
    // a law's name keeps its "of" ("Prevention of … Act")
    e!(law_name_with_of, "Parliament passed the Protection of Coastal Wetlands Act last year.", "Protection of Coastal Wetlands Act" => Law);
    // Spanish company words before the name
    e!(spanish_company_word_first, "The list adds Naviera del Caribe Azul and Distribuidora Marquez.", "Naviera del Caribe Azul" => Org, "Distribuidora Marquez" => Org);
    // two peoples' words with no hyphen are one group; a hyphen splits them
    e!(two_peoples_one_group, "Many Haitian American voters backed the Turkish-Libyan deal.", "Haitian American" => Norp, "Turkish" => Norp, "Libyan" => Norp);
    // an occupation in apposition after a people's word ("a Bhutanese official")
    e!(apposition_with_a_peoples_word, "Talks stalled, said Karma Tenzin Wangdi, a Bhutanese official, on Monday.", "Karma Tenzin Wangdi" => Person);
    // Icelandic patronymics
    e!(icelandic_patronymic, "The envoy met Sigrún Hallgrímsdóttir in Oslo.", "Sigrún Hallgrímsdóttir" => Person);
    // a business in apposition, with "the" too, names a company also at a sentence start
    e!(business_apposition_with_the, "Officials met on Monday. Later, Ferrovia Kestra, the state rail operator, said it agreed.", "Ferrovia Kestra" => Org);
    e!(business_apposition_sentence_start, "Brisco, a fruit exporter, said it would appeal.", "Brisco" => Org);
    // a name right after a kinship noun is a person, and so is its bare later use
    #[test]
    fn kin_noun_before_a_name() {
        let got = ents("He fished with his son Dariusz in 2015.\n\nDariusz is less patient.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Dariusz" && *l == Label::Person).count(), 2, "{got:?}");
    }
    // "Iranian national X": a person; "an analyst at X": where a person works
    e!(national_before_a_name, "Treasury also designated its owner, Iranian national Kavush Qovanlu.", "Kavush Qovanlu" => Person);
    e!(analyst_at_an_org, "Prices will rise, said Ana Kovac, a shipping analyst at Tarvik Research in Oslo.", "Tarvik Research" => Org);
    // a body's second field after "and" also after a two-word first field; a place stays apart
    e!(two_word_field_and_a_field, "The Ministry of Inland Waterways and Fisheries said so, and the Ministry of Roads and Kenya agreed.", "Ministry of Inland Waterways and Fisheries" => Org, "Kenya" => Gpe);
    // "Refining" and "Research" end a business's name
    e!(refining_and_research_firms, "Output at Ondo Valley Refining fell, said Tolu Ade, who heads Harlow Research.", "Ondo Valley Refining" => Org, "Harlow Research" => Org);
    e!(financiers_in_apposition, "Two alleged gang financiers, Loubens Joseph-Mertil and Anite Belfort, were named.", "Loubens Joseph-Mertil" => Person);
    // an apposition cut off at the text's end (found by the fuzzer): no panic
    #[test]
    fn apposition_cut_off_at_the_end() {
        let _ = ents("Shares of Talvor Mink, a");
        let _ = ents("Shares of Talvor Mink, one of");
    }
    #[test]
    fn business_apposition_names_later_uses() {
        let got = ents("Inspectors raided Tarvell del Sur, a cement producer near Trujillo, on Monday.\n\nTarvell del Sur denied any wrongdoing.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Tarvell del Sur" && *l == Label::Org).count(), 2, "{got:?}");
    }

    #[test]
    fn business_nouns_sorted() {
        assert!(BUSINESS_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    // a company has a chief executive too: "X's chief executive" does not make X a person
    #[test]
    fn company_chief_executive_is_no_person() {
        let got = ents("Shares in Tovanta Cables Bhd fell on Monday.\n\n“We will appeal,” Tovanta's chief executive, Ana Ruiz, said.\n\nThe agency said Tovanta had evaded controls.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Tovanta" && *l == Label::Org).count(), 2, "{got:?}");
    }
    // an officer in apposition is a person, not a place after "on"
    e!(officer_apposition_is_a_person, "The ministry lifted the ban on Sorn Vathy, a former customs officer who retired.", "Sorn Vathy" => Person);
    // "a stake in X" is a company, and so is X elsewhere ("from X's board", not a place)
    #[test]
    fn stake_in_names_a_company() {
        let got = ents("He sold his stake in Varnix to a trust.\n\nHe resigned from Varnix's board in 2022.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Varnix" && *l == Label::Org).count(), 2, "{got:?}");
    }

    // "Lagos-based X" and "the X gang" name organisations, and the name stays one where it
    // comes again after a place's preposition; "off X" is a place, as "near X" is
    e!(based_prefix_names_an_org, "The bureau fined Kuching-based Varro Lumen on Monday.", "Varro Lumen" => Org);
    #[test]
    fn gang_names_an_org_elsewhere_too() {
        let got = ents("Police blamed the Los Tigrillos gang for the attack.\n\nNo country has sanctions on Los Tigrillos.");
        assert_eq!(got.iter().filter(|(s, l)| s == "Los Tigrillos" && *l == Label::Org).count(), 2, "{got:?}");
    }
    e!(off_names_a_place, "Two tankers were anchored off Qalhat last week.", "Qalhat" => Gpe);
    // a name of a person's shape is a place after a locative preposition or beside a place,
    // and a group before a group's noun; a credit line still joins reporters
    e!(person_shaped_place_after_in, "She runs a clinic in Pierre-Ville and a shop.", "Pierre-Ville" => Gpe);
    e!(person_shaped_place_conjunct, "Rebels entered Tell Kamar and Ain Issa on Monday.", "Ain Issa" => Gpe);
    e!(person_shaped_militia, "The Mai-Mai Kanu militia holds the mines.", "Mai-Mai Kanu" => Org);
    // a first line of rare capitalised words above a body is a headline: no name made of its verb and nouns
    not_e!(title_case_headline_of_rare_words, "Ottawa Sanctions Key Zorblat Moneymen in Peru\n\nThe bankers moved cash.", "Sanctions Key Zorblat Moneymen", "Key Zorblat Moneymen", "Zorblat Moneymen");
    e!(credit_line_conjunct_stays_person, "By Jan Kowalski in Antwerp and Oliver Pemberton in London", "Oliver Pemberton" => Person);
    e!(petrol_and_tech_end_company_names, "Prosecutors accused Dervani Petrol and Kessor Tech of fraud.", "Dervani Petrol" => Org, "Kessor Tech" => Org);

    // a company's first words are its short form after a suffix with a full stop too, and
    // over a guess of the same words
    e!(short_form_after_dotted_suffix, "The list named Sorvanto Lumelli Optics Co., Ltd. on Monday. Shares of Sorvanto Lumelli fell.", "Sorvanto Lumelli" => Org);
    e!(short_form_over_a_guess, "The list named Kestrov Dal LLC. Funds went through Riga for Kestrov Dal.", "Kestrov Dal" => Org);

    // a committee named by its resolution's number
    e!(numbered_committee, "The 1540 Committee met on Monday.", "1540 Committee" => Org);

    // a statement's header line: a name in capitals, a comma, a title in capitals
    e!(transcript_label_with_courtesy_title, "Port briefing.\n\nQ: Why the fees?\n\nMR. ODUYA: Costs rose.\n\nQ: And now?\n\nMS DALE-ROSS: They fall.", "ODUYA" => Person, "DALE-ROSS" => Person);
    e!(statement_header_name_in_capitals, "Port Rules Change\n\nPRESS STATEMENT\nMARIA LOPEZ-VIDAL, SECRETARY OF PORTS\n\nThe port will reopen.", "MARIA LOPEZ-VIDAL" => Person);

    // a law's name may hold capitalised words in brackets; a bracketed source is no part of a name
    e!(law_with_bracketed_words, "Assets were frozen under the Ferrania (Sanctions) (Trade) Regulations on Monday. Ana Ruiz (Harbour Radio) asked why.", "Ferrania (Sanctions) (Trade) Regulations" => Law, "Ana Ruiz" => Person);

    // a hotel is a facility, its head first or last; an abbreviated month's letters with no
    // full stop or number after them are no month ("Mar" is the sea in Spanish names)
    e!(hotels_are_facilities, "The guests left the Hotel Sirenas Mar on Monday. They moved to the Bayview Hotel in town.", "Hotel Sirenas Mar" => Fac, "Bayview Hotel" => Fac);

    // the social network after a word of posting
    e!(social_network_x, "In a post on X, the mayor wrote that the port would close.", "X" => Org);
    not_e!(letter_x_is_no_network, "Shipments to Country X rose on X-ray scanners.", "X");

    #[test]
    fn short_form_of_a_company_at_a_sentence_start() {
        let got = ents("Harrowgate Ferry Lines cut two routes. Harrowgate said fuel costs rose.");
        assert!(got.contains(&("Harrowgate".to_string(), Label::Org)), "{got:?}");
    }

    #[test]
    fn short_forms_of_companies_are_the_companies() {
        // a company named by "Company", and one whose ordinary first word opens its short form
        let text = "Regulators fined the Darvish Kalan Arya Company in May. The bank had wired money to Darvish Kalan Arya for years. \
                    Silver Kite General Trading LLC moved the cargo. Silver Kite's owner declined to comment.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        for (short, full) in [("Darvish Kalan Arya", "Darvish Kalan Arya Company"), ("Silver Kite", "Silver Kite General Trading LLC")] {
            let m = e.mentions.iter().find(|m| m.span.of(text) == short).unwrap_or_else(|| panic!("no mention {short}: {:?}", ents(text)));
            assert_eq!(m.label, Label::Org, "{short}");
            assert_eq!(e.clusters[m.cluster].name, full);
        }
    }

    #[test]
    fn name_after_a_prefixed_legal_form_links() {
        let text = "Regulators fined PT Bintang Laut Jaya in May. The bank had wired money to Bintang Laut Jaya for years.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let m = e.mentions.iter().find(|m| m.span.of(text) == "Bintang Laut Jaya").unwrap_or_else(|| panic!("{:?}", ents(text)));
        assert_eq!(e.clusters[m.cluster].name, "PT Bintang Laut Jaya");
    }

    #[test]
    fn acronym_of_a_law_is_a_law_elsewhere() {
        let got = ents("Ships must follow the Harbour Dues Regulations (HDR) in May. Fines under HDR-linked rules rose.");
        let hdr: Vec<_> = got.iter().filter(|(s, _)| s == "HDR").map(|x| x.1).collect();
        assert_eq!(hdr, [Label::Law, Label::Law], "{got:?}");
    }

    // one unknown word opening a sentence is a name when an apposition calls it a person
    e!(sentence_initial_mononym_with_occupation, "Ferries were late. Budiwarto, a ferry broker in Surabaya, disagreed.", "Budiwarto" => Person);

    // a given name with diacritics is the list's name with plain letters ("Sebastián" as "Sebastian")
    e!(accented_given_name, "The listing of Sebastián Tavelli Mundo took effect.", "Sebastián Tavelli Mundo" => Person);

    // a designation list's "SURNAME Given Name": a short surname in capitals before two
    // short syllables, even one the surname list lacks
    e!(capitalised_unknown_surname_first, "The list:\n• TAK Pyong Su, born 1975;\n• Ana Ruiz, born 1980.", "TAK Pyong Su" => Person);

    // a first line in Title Case is a headline when its rarer capitalised words are used in
    // lower case below: they name nothing
    not_e!(headline_words_used_in_lower_case_below, "Port Curbs Hit Dredgers and Refitters in Tallinn\n\nThe dredgers and refitters stopped work on Monday.", "Dredgers", "Refitters", "Dredgers and Refitters");

    // a Korean given name's second syllable may be an English word after a surname; a place
    // before "-based" stays a place
    e!(korean_syllable_that_is_a_word, "“We wait,” said Choi Su-man, an analyst. A Hong Kong-based lender closed.", "Choi Su-man" => Person, "Hong Kong" => Gpe);

    // a people named after a place the lexicon knows; a given name stays a person
    // an unknown people's word in "-ian" before a noun, also at a sentence start, before
    // "government" and before a hyphenated participle; a surname in "-ian" saying something stays
    // a person, and an adjective in "-arian" is no entity
    e!(unknown_ian_peoples, "Tervanian troops crossed the river. A Morvalian official and the Tervanian government met on a Sorvalian-flagged ship. Aram Petrossian said so.", "Tervanian" => Norp, "Morvalian" => Norp, "Sorvalian" => Norp, "Aram Petrossian" => Person);
    e!(unknown_ian_peoples_joined, "Ostravian and Kelvanian officials met.", "Ostravian" => Norp, "Kelvanian" => Norp);
    not_e!(humanitarian_is_no_people, "Humanitarian groups were worried.", "Humanitarian");
    // a name right after a group's noun is the group
    e!(name_after_group_noun, "Human rights group Velta Watch said the arrests were unlawful. The watchdog Korsan said the same.", "Velta Watch" => Org, "Korsan" => Org);
    // what shells or rockets hit is a place
    e!(place_hit_by_shells, "Shells hit Dorvenka on Monday, and rockets struck Ilvaro.", "Dorvenka" => Gpe, "Ilvaro" => Gpe);
    // "in X's view": a possessive of an opinion is a person's, not a place's
    e!(possessive_view_after_in, "The sanctions, in Lund's view, will fail; in Tarvel's opinion they are late.", "Lund" => Person, "Tarvel" => Person);
    // a name of ordinary words and "for" before its acronym, and its later uses
    e!(name_with_for_before_its_acronym, "Rewards for Justice (RFJ) offers money. The Rewards for Justice program pays.\n\nRewards for Justice said so.", "Rewards for Justice" => Org, "RFJ" => Org);
    not_e!(name_with_for_before_its_acronym_whole, "Rewards for Justice (RFJ) offers money. Rewards for Justice said so.", "Rewards");
    // a ship's name before its IMO number is no entity, even of known words; a company's is
    e!(imo_defined, "The International Maritime Organization (IMO) met.", "International Maritime Organization" => Org);
    not_e!(ship_before_imo_number, "OFAC identified KORVELLA (IMO 9456123), BALTIC STAR (IMO 9123456) and the tanker Silver Tern (IMO 9234567).", "KORVELLA", "BALTIC", "BALTIC STAR", "Silver Tern");
    e!(company_before_imo_number, "OFAC designated Korvella Shipping Ltd (IMO 5987654).", "Korvella Shipping Ltd" => Org);
    // ordinary capitalised words that open a sentence and say something are a body's name;
    // a person's name last or a title is not
    // a generic group that says something is no body's name
    not_e!(generic_group_says_something, "The port was closed.\n\nLocal Police said two died. Riot Police fired tear gas.", "Local Police", "Riot Police", "Police");
    e!(ordinary_words_that_say_something, "The firm was fined.\n\nSilver Wave said it would appeal. Blue Harbor told reporters it would comply.", "Silver Wave" => Org, "Blue Harbor" => Org);
    not_e!(title_that_says_something, "The talks ended. Prime Minister said nothing.", "Prime Minister");
    // an unknown word in "-ia" whose people's word the text uses is a country, also in a
    // headline, at a sentence start and in a quote
    // a place the words around it name elsewhere stays a place where it opens a body's name
    #[test]
    fn place_opening_a_bodys_name_stays_a_place() {
        let got = ents("Fighting broke out near Dravik on Monday. The Dravik Regional Council met. Dravik was quiet later.");
        assert!(got.iter().filter(|(s, _)| s == "Dravik").all(|(_, l)| *l == Label::Gpe) && got.iter().any(|(s, l)| s == "Dravik Regional Council" && *l == Label::Org), "{got:?}");
    }
    // a people's word made of a name the text gives and an ending of peoples' words
    e!(peoples_word_of_a_place_in_the_text, "Troops crossed into Velmora on Monday. Two Velmori officers and a Sarnish diplomat from Sarn were held. Dalmar said a Dalmari ship left.", "Velmori" => Norp, "Sarnish" => Norp, "Velmora" => Gpe, "Dalmari" => Norp);
    // an unknown acronym before a product's noun is no body
    not_e!(acronym_before_a_product_noun, "The firm bought CNC machines and QPX sensors from Tarvo Tools.", "CNC", "QPX");
    // a plural opens a body's name before "of" inside a sentence
    e!(plural_opens_a_bodys_name, "Fighters of the Sons of the Valley Militia attacked a post.", "Sons of the Valley Militia" => Org);
    // an adjective before a title is part of the title; a group's word after a given name is
    // a surname
    e!(title_adjective_and_surname_of_a_group_word, "The attack was condemned by Provincial Governor Idris Balkan on Monday.", "Idris Balkan" => Person);
    not_e!(title_adjective_is_no_body, "The attack was condemned by Provincial Governor Idris Balkan on Monday.", "Provincial", "Balkan");
    e!(capital_in_apposition, "Police fired on crowds in the capital, Veldmora, and in the port city Sarnau on Monday.", "Veldmora" => Gpe, "Sarnau" => Gpe);
    // a given name that is also a place after a title's portfolio
    e!(given_place_name_after_a_portfolio, "\"We will act,\" said Director of Intelligence Jordan Vell on Monday.", "Jordan Vell" => Person);
    e!(surname_of_a_group_word_said, "The attack was condemned by Governor Idris Balkan on Monday. Balkan added that troops were sent.", "Balkan" => Person);
    e!(land_of_its_people, "Sanctions on Officials in Korvania\n\nFour Korvanian officials were designated. Korvania's ministry protested. \"Korvania will respond,\" it said.", "Korvania" => Gpe, "Korvanian" => Norp);
    // a statement's header line in Title Case: a name, a comma and a title on a line of its own
    e!(title_case_header_line, "Imposing Sanctions\n\nPress Statement\nMarek Tolvan, Secretary of State\n\nThe talks ended.", "Marek Tolvan" => Person);
    e!(peoples_named_after_places, "Siberian miners met Crimeans in May. Julian Okoro said so.", "Siberian" => Norp, "Crimeans" => Norp, "Julian Okoro" => Person);

    // a government or administration named after its leaders: the leaders are people
    e!(leaders_before_their_government, "The Kessovar Government fell in May, and the Doriant-Pellow government took over. Under the Vastrin administration, fees rose.", "Kessovar" => Person, "Doriant" => Person, "Pellow" => Person, "Vastrin" => Person);
    not_e!(ordinary_words_before_government_are_no_leaders, "The Interim Government met the Federal administration, the Provisional Government, the Caretaker Government, the Transitional Government, the Military Government, the Coalition Government, the Unity Government, the Puppet Government, the Civilian Administration and the Regional Government.", "Interim", "Federal", "Provisional", "Caretaker", "Transitional", "Military", "Coalition", "Unity", "Puppet", "Civilian", "Regional");

    // a web address is its site, an organisation; an abbreviation's or a number's dots are not
    e!(web_addresses_are_sites, "Fares are listed at www.ferrylines.net. Tidewatch.kz reported it first.", "www.ferrylines.net" => Org, "Tidewatch.kz" => Org);
    not_e!(dotted_abbreviations_are_no_sites, "Rates rose 3.5 percent, i.e. more than at Tidewatch.", "i.e", "e.g");

    // a listed company names its exchange and ticker; the ticker is no entity
    e!(company_before_listing, "Shares of Brandvik Re (NYSE: BVR) and Tolland & Price (Nasdaq: TLPR) fell.", "Brandvik Re" => Org, "Tolland & Price" => Org);
    e!(post_nominal_letters_outside, "Her barrister, Tamsin Okoro-Wells KC, told the tribunal that the order was void.", "Tamsin Okoro-Wells" => Person);
    e!(saint_abbreviated_place, "Ferries from St. John's and St. Petersburg were cancelled.", "St. John's" => Gpe, "St. Petersburg" => Gpe);
    e!(kin_apposition_one_word_name, "She leaves a brother, Tiberiu; and a sister, Maribela.", "Tiberiu" => Person, "Maribela" => Person);
    #[test]
    fn kin_apposition_tells_gender() {
        let text = "His niece, Adaeze Nwosu-Kalu, spoke first. Then he thanked the judges.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let m = e.mentions.iter().find(|m| m.span.of(text) == "Adaeze Nwosu-Kalu").expect("person");
        assert_eq!(e.clusters[m.cluster].gender, Gender::Female);
    }
    #[test]
    fn text_cues_outweigh_a_given_names_gender() {
        let text = "Tomas Vilk was held. His wife, Nino Vilk, spoke. Nino Tsereteli said she would run. Ms. Dana Orlik left.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let gender = |n: &str| e.mentions.iter().find(|m| m.span.of(text) == n).map(|m| e.clusters[m.cluster].gender);
        assert_eq!(gender("Nino Vilk"), Some(Gender::Female));
        assert_eq!(gender("Tomas Vilk"), Some(Gender::Male));
        assert_eq!(gender("Dana Orlik"), Some(Gender::Female));
        // (the pronoun after "Nino Tsereteli" could mean the wife named before)
        assert_eq!(gender("Nino Tsereteli"), Some(Gender::Male));
    }
    e!(surname_that_is_a_town_after_the_full_name, "Andrea Colombo, a diplomat, arrived. Colombo said the talks went well.", "Colombo" => Person);

    #[test]
    fn title_gender_picks_the_person() {
        let text = "Tomasz Wrobel-Adu died on Monday. His daughter, Ewelina Wrobel-Adu, said he had been ill. Mr. Wrobel-Adu was 80.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let short = e.mentions.iter().find(|m| m.span.of(text) == "Wrobel-Adu").expect("short form");
        assert_eq!(e.clusters[short.cluster].name, "Tomasz Wrobel-Adu");
    }
    // the General Assembly is the body when it acts, the annual session when it is attended
    e!(assembly_acts_as_a_body, "The UN General Assembly on Monday adopted a text on fishing rights, and the General Assembly has voted on it before.", "UN General Assembly" => Org, "General Assembly" => Org);
    e!(straits_are_places, "Tankers crossed the Bosporus and the Dardanelles, then the Sicily Channel.", "Bosporus" => Loc, "Dardanelles" => Loc, "Sicily Channel" => Loc);
    e!(vietnamese_names, "Tran Van Duc, who owns two barges in Can Tho, met Pham Thi Mai and Phạm Thu Hằng on Monday.", "Tran Van Duc" => Person, "Pham Thi Mai" => Person, "Phạm Thu Hằng" => Person);
    e!(law_act_of_year, "Imports were barred under the Port Safety Act of 1988 until May.", "Port Safety Act of 1988" => Law);
    not_e!(post_nominal_no_org, "Her barrister, Tamsin Okoro-Wells KC, told the tribunal that the order was void.", "KC");
    e!(year_in_structure_name, "Ships passed under the 2016 Varnholm Bridge on Monday.", "2016 Varnholm Bridge" => Fac);
    e!(house_of_a_body, "The bill now goes to the House of Assembly for a vote.", "House of Assembly" => Org);
    e!(place_before_its_unit, "Grain from the Varnovsk region was held at the port.", "Varnovsk" => Gpe);
    e!(firm_with_ampersand, "An analyst at Tolland & Price said the fund had sold.", "Tolland & Price" => Org);
    e!(firm_named_after_a_sea, "Shares in Baltic Varnholm Shipping rose after the ruling.", "Baltic Varnholm Shipping" => Org);
    not_e!(ticker_in_listing, "Shares of Brandvik Re (NYSE: BVR) and Harwich Ports (LSE: HP2) fell.", "BVR", "HP2");
    e!(firm_named_after_its_city, "Regulators fined Dalian Haoyun Semiconductor and Ningbo Qiantai Trading in June.", "Dalian Haoyun Semiconductor" => Org, "Ningbo Qiantai Trading" => Org);
    e!(city_before_known_word_stays_a_place, "Shipments from Ningbo reached Hamburg in June.", "Ningbo" => Gpe, "Hamburg" => Gpe);
    e!(title_outside_person, "Foreign Minister Sergey Lavrov arrived late.", "Sergey Lavrov" => Person);
    // "the Council" and "the Commission" are bodies by their head alone
    e!(council_and_commission_alone, "Fishing quotas were cut again in May, and later the Council said that the Commission had overreached in its proposal.", "Council" => Org, "Commission" => Org);
    // a body's name "of <place>" does not run on over "and" ("… of Madrid and Tagalog")
    e!(body_of_place_ends_before_and, "Before the war she studied law at the Hallstrom University of Madrid and Tagalog in Manila.", "Hallstrom University of Madrid" => Org);
    // "Project", "Lab", "Team", "Fleet" and "Community" end organisations' names
    e!(more_org_heads, "Researchers at the Harwell Policy Lab and the Tidewater Dialogue Project met the Varnholm Trawler Fleet.", "Harwell Policy Lab" => Org, "Tidewater Dialogue Project" => Org, "Varnholm Trawler Fleet" => Org);
    // "… of X and Y States": a body's members named on both sides of "and"
    e!(body_of_states_across_and, "Envoys of the Community of Andean and Pacific States met in Lima on Monday.", "Community of Andean and Pacific States" => Org);
    // an oil benchmark named after a place is no place; a nationality before "crude" stays
    not_e!(oil_benchmark_is_no_place, "Brent crude rose 2% while Urals blend fell in Rotterdam trading.", "Brent", "Urals");
    e!(nationality_before_crude_stays, "Buyers of Iranian crude were fined in Rotterdam last week.", "Iranian" => Norp);
    // an unknown word after "at" (not after a person's noun) or "through" is a place
    e!(town_after_at_or_through, "Lorries waited at Kovelsk for days, and the grain went through Varnaby instead.", "Kovelsk" => Gpe, "Varnaby" => Gpe);
    e!(firm_after_person_at, "An analyst at Qorvex expects the grain to go north.", "Qorvex" => Org);
    e!(surname_after_person_at_is_an_org, "Exports may slow further, said Hana Oduya, a strategist at Matsui in Tokyo.", "Matsui" => Org);
    // a nationality word after "in" with no noun after it is a language, outside the labels
    not_e!(language_after_in, "The rules were printed in Greek and Spanish, with a summary in Portuguese.", "Greek", "Spanish", "Portuguese");
    e!(nationality_after_in_before_noun, "Ships waited in Spanish ports while officials met in Greek waters.", "Spanish" => Norp, "Greek" => Norp);
    // "By Jane Doe, The Paper": the paper after a byline's name is an organisation
    e!(byline_outlet_after_name, "Harbour reopens\n\nBy Marta Quell, The Northern Lantern\n\nThe harbour reopened on Monday after a long strike.", "Marta Quell" => Person, "Northern Lantern" => Org);
    // a name right after a lower-case company noun is the company, even one shaped like a person's
    e!(name_after_company_noun, "A partner at the Lagos firm Harrow Keel said the insurer Tamsin Vale had paid the claim.", "Harrow Keel" => Org, "Tamsin Vale" => Org);
    // occupations in -ist and -ician in apposition tell a person
    e!(occupation_suffix_tells_person, "We asked Odalys, a receptionist at the hotel, and she laughed.", "Odalys" => Person);
    // a common plural after a caption's colon is no name; letters joined by "&" are no firm
    not_e!(plural_after_caption_colon, "Harbour news\n\nPhoto: Trawlers wait at the quay on Friday evening.", "Trawlers");
    not_e!(letters_with_ampersand, "The firm spends more on R&D than on its Q&A sessions with investors.", "R&D", "Q&A");
    // a one-word name called a person by its apposition is a person at a sentence start too
    #[test]
    fn one_word_person_repeated_at_sentence_start() {
        let text = "We asked Odalys, a receptionist at the hotel, about the rooms. Odalys laughed at the question.";
        let got: Vec<(String, Label)> = ents(text).into_iter().filter(|(s, _)| s == "Odalys").collect();
        assert_eq!(got, vec![("Odalys".to_string(), Label::Person), ("Odalys".to_string(), Label::Person)]);
    }
    // a run that ends with a business word is one company, a nationality or title word included
    e!(business_word_ends_company, "The list includes Latvian Helicopters and High Vantage Systems, both based near the capital.", "Latvian Helicopters" => Org, "High Vantage Systems" => Org);
    // names listed after "companies including" are companies
    e!(names_after_companies_including, "Foreign companies such as Tallon, Keswick Orme and Brasklin Dorr have left the port.", "Keswick Orme" => Org, "Brasklin Dorr" => Org);
    // a name that troops entered or captured is a place
    e!(town_after_entered, "Government troops entered Kel Dorran on Monday and captured Brask by nightfall.", "Kel Dorran" => Gpe, "Brask" => Gpe);
    // a list item with an apposition is prose, not a Title Case line
    e!(byline_with_office_is_no_headline, "Press Statement\nJane Q. Roe, Secretary of State\nMay 4, 2026\n\nThe department acted today.", "Jane Q. Roe" => Person);
    e!(list_item_with_apposition_is_no_headline, "The new names:\n\n- Dariush Tehrani-Vash, 52, an officer of the Border Guard Command Directorate;", "Dariush Tehrani-Vash" => Person);
    // a list of fields before a body's head is one name
    e!(fields_list_before_body_head, "The bill went to the Health, Housing and Transport Committee on Monday for a vote.", "Health, Housing and Transport Committee" => Org);
    // a programme's name is no entity, but a place or body in it is
    e!(place_in_programme_name, "The order extends the Belarus Sanctions and the Syria Oil Sanctions into next year, as on the UN Sanctions List.", "Belarus" => Gpe, "Syria" => Gpe, "UN" => Org);
    // a headline's "Under" ends a name before a title word other than "Secretary"
    e!(headline_under_before_title_word, "Norway Fines Three Danish Trawler Captains Under Special Fisheries Act\n\nThe ministry said so on Monday after a long inquiry into the catch.", "Norway" => Gpe, "Special Fisheries Act" => Law);
    // "of <year>" after any law's head word is part of its name
    e!(law_head_of_year, "Members recommitted to the Varna Declaration of 1995 on Monday.", "Varna Declaration of 1995" => Law);
    // the abbreviation of a designation list is no organisation
    not_e!(list_abbreviation_no_org, "The broker was added to the SDN list on Friday, and its bank accounts were frozen.", "SDN");
    // a list of fields cut off by the end of the text is safe
    not_e!(fields_list_at_text_end, "The bill went to the Health, Housing", "Health, Housing");
    // a name after a lawyer's noun is a person, with post-nominal letters after it
    e!(barrister_apposition_post_nominal, "Then her barrister, Ottilie Frane KC, told the tribunal the order was void.", "Ottilie Frane" => Person);
    // a transcript's speaker label before a colon does not make the line a headline
    e!(label_before_colon_is_no_headline, "QUESTION (Dorota Wilk-Halme, Northern Radio Service): The envoy, Radek Sobczyński, visited Tallinn in December.", "Dorota Wilk-Halme" => Person, "Radek Sobczyński" => Person);
    e!(country_title_person, "The trip by US Secretary of State Laura Jennings ended.", "US" => Gpe, "Laura Jennings" => Person);
    e!(possessive_outside, "Kim Jong Un’s sister spoke.", "Kim Jong Un" => Person);
    e!(all_caps_lead, "FRANCE joined the talks in Paris.", "FRANCE" => Gpe, "Paris" => Gpe);
    e!(hyphen_compound_split, "Experts on Korea-Russia relations met.", "Korea" => Gpe, "Russia" => Gpe);
    e!(demonym_pair_split, "A Turkish-Libyan accord was signed.", "Turkish" => Norp, "Libyan" => Norp);
    e!(name_linked_word, "Anatoly Brevnov spoke first. Later a Brevnov-linked bank closed.", "Brevnov" => Person);
    // a lone unknown name with no clue of a person is more often a company, group or brand
    e!(lone_unknown_is_org, "Shares of Zentravik rose after the ruling.", "Zentravik" => Org);
    e!(arabic_particle, "President Bashar al-Assad spoke, and al-Assad left.", "Bashar al-Assad" => Person, "al-Assad" => Person);
    e!(korean_hyphen, "Talks with Kim Jong-un resumed.", "Kim Jong-un" => Person);
    // the surname No inside a sentence, not the word at its start
    e!(korean_surname_no, "The list names air force commander No Jin Sok and two aides.", "No Jin Sok" => Person);
    not_e!(no_at_a_sentence_start, "No Ruritanian Lender was named. The bank shut.", "No Ruritanian Lender");
    e!(org_with_nationality, "The Russian Foreign Ministry denied it.", "Russian Foreign Ministry" => Org);
    e!(org_of_the, "The Department of the Treasury acted.", "Department of the Treasury" => Org);
    e!(generic_head_of, "The Government of Chile replied.", "Chile" => Gpe);
    e!(directional_outside, "Fighting in northern Syria went on.", "Syria" => Gpe);
    e!(armed_group_head_first, "Funds reached the Legion of the Dunes, a militia.", "Legion of the Dunes" => Org);
    e!(compass_before_unknown_place, "Militias have attacked villages in eastern Dravonia since May.", "Dravonia" => Gpe);
    e!(law_act, "Congress passed the Clean Air Act in a hurry.", "Clean Air Act" => Law);
    e!(river_loc, "They crossed the Danube River at night.", "Danube River" => Loc);
    e!(operation_event, "The army launched Operation Desert Storm quickly.", "Operation Desert Storm" => Event);
    e!(acronym_org, "Officials from the ABCD agency left.", "ABCD" => Org);
    e!(unknown_person_by_given_name, "Yesterday Maria Vasquez-Ortega left the city.", "Maria Vasquez-Ortega" => Person);
    e!(place_inside_a_title, "Former French Ambassador Anne Moreau and President Jordan Peterson-Smith met.", "French" => Norp, "Anne Moreau" => Person, "Jordan Peterson-Smith" => Person);
    e!(company_suffixes, "Talks with Haedong Marine Co., Ltd. and Kirana Logistik Sdn. Bhd. stalled.", "Haedong Marine Co., Ltd." => Org, "Kirana Logistik Sdn. Bhd." => Org);
    e!(company_prefix_and_ampersand, "Shares of PT Lintas Samudra Tbk and Okada & Co. fell.", "PT Lintas Samudra Tbk" => Org, "Okada & Co." => Org);
    e!(law_with_year, "The Export Licensing Act 2019 and resolution 2601 (2021) apply.", "Export Licensing Act 2019" => Law);
    e!(byline, "Storm over the strait\n\nBy Beatriz Helena dos Reis, Lisbon\n\nThe ships left.", "Beatriz Helena dos Reis" => Person);
    e!(credit_line, "The ships left.\n\nTomasz Wierzbicki in Warsaw contributed to this report.", "Tomasz Wierzbicki" => Person);
    e!(korean_syllables, "The minister Park Sung-hoon met Choi Eun-ji.", "Park Sung-hoon" => Person, "Choi Eun-ji" => Person);
    e!(particle_short_form, "Marcos Antonio da Cunha spoke first. Later da Cunha left.", "da Cunha" => Person);
    e!(possessive_kin, "Police arrested Davoud Rostami-Kahn's deputy at dawn.", "Davoud Rostami-Kahn" => Person);
    e!(western_bloc, "Exports fell under Western sanctions.", "Western" => Norp);
    // a member of parliament's title stays outside the name
    e!(mp_title, "Harbour works\n\nOpposition MP Tavita Lemoana-Reid said the dredging contract was rushed.", "Tavita Lemoana-Reid" => Person);
    // company words that end a business's name
    e!(business_heads, "Harbour works\n\nThe order went to Kavrinor Semiconductor Equipment, and Ostrel Capital Markets advised the buyer.", "Kavrinor Semiconductor Equipment" => Org, "Ostrel Capital Markets" => Org);
    // a short sentence of titles and names is no headline: its titled name stands alone
    e!(titled_name_in_short_sentence, "Harbour Deal Collapses\n\nThe talks ended early. On Chile, Foreign Minister Tavita Lemoana was blunt.", "Tavita Lemoana" => Person);
    // a Title Case headline's words after a title are no person unless the text names them
    not_e!(headline_after_title, "Port Chief Defends Dredging as Envoy Backs Plan\n\nThe harbour master said the work would go on.", "Defends Dredging", "Backs Plan");
    e!(headline_titled_person_confirmed, "Minister Tavita Lemoana Quits Over Harbour Deal\n\nTavita Lemoana, 58, left the cabinet on Monday, two days after the vote.", "Tavita Lemoana" => Person);
    not_e!(headline_verb_after_confirmed_name, "Minister Tavita Lemoana Quits Over Harbour Deal\n\nTavita Lemoana, 58, left the cabinet on Monday, two days after the vote.", "Tavita Lemoana Quits");
    not_e!(headline_event_needs_confirm, "Chile Leaders Close Harbour Summit\n\nThe ministers left Valparaiso on Monday.", "Chile Leaders Close Harbour Summit");
    // head words of places, facilities, bodies, documents and events, also before "of"
    e!(head_before_of, "Harbour works\n\nCargo from the Port of Zhelvino crosses the Strait of Ostravik and the Velmar Pass every week.", "Port of Zhelvino" => Fac, "Strait of Ostravik" => Loc, "Velmar Pass" => Loc);
    e!(treaty_on, "Harbour works\n\nFew members have ratified the Treaty on the Protection of Coastal Wetlands or the Ostravik Declaration so far.", "Treaty on the Protection of Coastal Wetlands" => Law, "Ostravik Declaration" => Law);
    e!(school_of, "Harbour works\n\nShe teaches at the Velmar School of Maritime Law and chairs the Coastal Freedom Initiative in her spare time.", "Velmar School of Maritime Law" => Org, "Coastal Freedom Initiative" => Org);
    e!(meeting_event, "Harbour works\n\nLeaders closed the Northern Heads of Government Meeting on Saturday with a short statement.", "Northern Heads of Government Meeting" => Event);
    // a dateline's state in its AP abbreviation
    e!(state_abbreviations, "Harbour works\n\nMERIDEN, Conn., and ALBANY, N.Y. — Two freight firms merged on Tuesday.", "Conn." => Gpe, "N.Y." => Gpe);
    // a dateline names a place; the same word later with no clue is that place
    e!(dateline_place_repeated, "Harbour works\n\nZHELVINO, Norway — Work on the quay began in May. Ships leaving Zhelvino now carry less ore than before.", "ZHELVINO" => Gpe, "Zhelvino" => Gpe);
    // unknown towns named by the words around them: a mooring, a journey, a list of ports
    e!(place_by_mooring, "Harbour works\n\nThe tanker waited for a week at the new port at Zhelvino before it was allowed to leave.", "Zhelvino" => Gpe);
    e!(place_by_journey, "Harbour works\n\nThe ferries that cross to Ostravik were cancelled because of the storm and the ice.", "Ostravik" => Gpe);
    e!(places_coordinated, "Harbour works\n\nCargo is unloaded at the ports of Velmara and Torvika before it goes north by rail.", "Velmara" => Gpe, "Torvika" => Gpe);
    // a Korean name with no title and no known part: surname and two hyphenated syllables
    e!(korean_name_untitled, "Port talks\n\nThe police said that they had spoken to Kwon Min-seo and Seo Ji-ho about the missing files.", "Kwon Min-seo" => Person, "Seo Ji-ho" => Person);
    // the full stop of an abbreviated title joins it to an unknown name in mid-sentence
    e!(abbreviated_title_mid_sentence, "Her deputy, Dr. Tavita Lemoana, resigned.", "Tavita Lemoana" => Person);
    e!(western_bloc_sentence_start, "Prices rose. Western officials say the goods reach the front.", "Western" => Norp);
    e!(place_by_compound, "The tankers belong to Suhaym-registered firms.", "Suhaym" => Gpe);
    e!(place_by_coast_of, "The transfer took place off the coast of Ras Mahwar at night.", "Ras Mahwar" => Gpe);
    e!(business_heads_enterprise_system, "The fuel was sold to the state-owned Ayeyar Petrochemical Enterprise, which resold part of it to the Yadanar Grid System last year.", "Ayeyar Petrochemical Enterprise" => Org, "Yadanar Grid System" => Org);
    e!(occupation_before_name, "Prices doubled. Stallholder Kemi Adeyemi-Ajayi said the market was empty.", "Kemi Adeyemi-Ajayi" => Person);
    // a headline's head-word event is kept only when the text names it again
    not_e!(headline_verb_phrase_event, "Police Seize Boats Accused of Funding Paramilitary War\n\nThe boats were seized at dawn near the port.", "Funding Paramilitary War");
    e!(headline_event_named_again, "Veterans Recall the Salt Pan War\n\nThe Salt Pan War lasted a year, and few remember it now.", "Salt Pan War" => Event);
    e!(given_name_that_is_a_group_word, "The envoy, Christian Bergmann, met the ministers.", "Christian Bergmann" => Person);
    e!(group_word_before_a_noun, "Christian groups in the north protested.", "Christian" => Norp);
    e!(western_compound, "They bought Western-made chips through brokers.", "Western" => Norp);
    not_e!(western_adjective_sentence_start, "Prices rose. Western music filled the bars.", "Western");
    not_e!(two_banks_stay_apart, "Accounts at Rinova Bank and Tesla Capital Bank were frozen.", "Rinova Bank and Tesla Capital Bank");
    e!(long_arabic_name, "The owner of the shipping firm is Abdul Karim bin Saleh al-Mansouri, officials said.", "Abdul Karim bin Saleh al-Mansouri" => Person);
    e!(long_spanish_name, "The judge Rosa María de los Ángeles Pérez Zeledón ordered the arrests of the students.", "Rosa María de los Ángeles Pérez Zeledón" => Person);
    e!(title_words_before_name, "In a statement on the new measures, the Assistant Secretary for Economic Security Marisol Ferreira-Lang said that the network had been dismantled.", "Marisol Ferreira-Lang" => Person);
    not_e!(byline_role, "Storm over the strait\n\nBy Beatriz Helena dos Reis, Political Correspondent\n\nThe ships left.", "Political Correspondent");
    e!(capitalised_particles, "Police named Joost Van Dermeulen and Ana De Vries. Van Dermeulen fled.", "Joost Van Dermeulen" => Person, "Ana De Vries" => Person, "Van Dermeulen" => Person);
    e!(hyphenated_given_name, "The group is run by Rose-Michelle Thévenin, officials said.", "Rose-Michelle Thévenin" => Person);
    e!(capitals_surname_in_a_list, "Designated:\n- PARK Chol Ho, born 1975\n- RI Yong Su", "PARK Chol Ho" => Person);
    e!(surname_repeat_at_sentence_start, "The envoy Carlos Mendoza arrived. Mendoza said little.", "Mendoza" => Person);
    e!(spanish_particles, "The poet Luis de Camoes and Maria dos Santos met.", "Luis de Camoes" => Person);
    not_e!(sentence_initial_word, "Come to Brazil. Consider the options.", "Come", "Consider");
    not_e!(shouted_heading, "SEE ALSO: Leaders gather in Rome", "SEE", "ALSO");
    not_e!(no_leading_the, "The Netherlands voted.", "The Netherlands");
    // unknown given names: a family-name form, an age or an occupation in apposition, or
    // apposition after a role noun tells a person
    e!(surname_form_person, "The deal was signed by Zhyldyz Osmonalieva and Dragoljub Petrić in the capital.", "Zhyldyz Osmonalieva" => Person, "Dragoljub Petrić" => Person);
    e!(surname_form_short_form, "Bakyt Temirbekov runs a stall. For Temirbekov, the choice is simple.", "Bakyt Temirbekov" => Person, "Temirbekov" => Person);
    e!(age_apposition, "Some traders left. Temirlan Oskonbai, 52, stayed on.", "Temirlan Oskonbai" => Person);
    e!(occupation_apposition, "Wanchai Srisuk, an economist at a Bangkok bank, expects a slowdown.", "Wanchai Srisuk" => Person);
    e!(commodity_miner_in_apposition_is_a_business, "Output fell at the nation's top copper miner, Vorkanta, in May.", "Vorkanta" => Org);
    e!(miner_in_apposition_with_a_full_name_is_a_person, "A coal miner, Ilse Brandvold, said the pit would close.", "Ilse Brandvold" => Person);
    e!(apposition_the_role, "Talks with Arnon Kittisak, the Penang trader's managing director, stalled.", "Arnon Kittisak" => Person);
    e!(apposition_after_role, "The bank's director, Kittipong Boonmee, declined to comment.", "Kittipong Boonmee" => Person);
    #[test]
    fn firm_in_apposition_is_no_person() {
        let got = ents("Korvia Lanta, a shipping firm in Riga, denied the report.");
        assert!(!got.iter().any(|(s, l)| s == "Korvia Lanta" && *l == Label::Person), "{got:?}");
    }
    // names across "and" or a comma: a lexicon entry, a body's second field, a law's name
    // over a lower-case connector; "Agreement" heads a treaty
    e!(lexicon_name_across_and, "Talks in Trinidad and Tobago ended on Monday.", "Trinidad and Tobago" => Gpe);
    e!(lexicon_name_across_comma, "A letter to the Foreign, Commonwealth and Development Office went unanswered.", "Foreign, Commonwealth and Development Office" => Org);
    e!(body_field_after_and, "The Institute for Rural and Coastal Studies published the survey.", "Institute for Rural and Coastal Studies" => Org);
    e!(body_field_after_of_and, "A spokesman for the Department of Fisheries and Coastal Affairs declined to comment.", "Department of Fisheries and Coastal Affairs" => Org);
    not_e!(two_bodies_after_and, "The Ministry of Finance and Central Bank officials met.", "Ministry of Finance and Central Bank");
    not_e!(body_and_a_place, "The Ministry of Defence and Russia traded claims.", "Ministry of Defence and Russia");
    e!(law_name_over_connector, "Congress passed the Protecting Fishermen and Coastal Jobs in Alaska Act last year.", "Protecting Fishermen and Coastal Jobs in Alaska Act" => Law);
    e!(agreement_is_law, "Both states signed the Tarapaca Water Sharing Agreement in 2019.", "Tarapaca Water Sharing Agreement" => Law);
    // bracketed parts of a law's title, before its head
    e!(law_with_bracketed_parts, "Ottawa relied on the Special Trade Measures (Peru) Regulations and the Ruritania (Sanctions) (Trade Exit) Regulations 2020.", "Special Trade Measures (Peru) Regulations" => Law, "Ruritania (Sanctions) (Trade Exit) Regulations 2020" => Law);
    not_e!(brackets_without_a_law_head, "Officials (Sanctions Unit) met Norway (Oslo) staff.", "Officials (Sanctions Unit)");
    not_e!(headline_reach_agreement, "Farmers and Ministers Reach Agreement\n\nThe talks ended.", "Ministers Reach Agreement", "Reach Agreement");
    // a company's short form: the first words of its full name
    e!(company_short_form, "Lintang Biru Shipping Pte Ltd chartered the tanker. Lintang Biru did not reply.", "Lintang Biru Shipping Pte Ltd" => Org, "Lintang Biru" => Org);
    // a name ending in a business word has short forms too; one with an ordinary first word
    // only its whole stem (at a sentence start), never the ordinary words alone
    e!(company_short_form_of_business_name, "Tankers are run by Ionian Crest Tankers, a Greek firm. Ionian Crest itself was not listed.", "Ionian Crest" => Org);
    e!(company_stem_with_ordinary_first_word, "The list names Great Kestrel Bullion Ltd of Kampala. A minister said Great Kestrel Bullion held a licence.", "Great Kestrel Bullion" => Org);
    not_e!(company_ordinary_prefix_alone, "The list names Great Kestrel Bullion Ltd of Kampala. Prices in the Great Kestrel region rose.", "Great Kestrel");
    not_e!(company_short_form_not_inside_a_longer_name, "Lintang Biru Shipping Pte Ltd chartered the tanker. Lintang Biru Holdings denied any link.", "Lintang Biru");
    // an occupation that opens a sentence is no part of the name after it, even one the lexicon knows
    e!(occupation_opens_a_sentence, "Historian Mara Vell wrote the report. Economist Jane Roe disagreed with it.", "Jane Roe" => Person, "Mara Vell" => Person);
    not_e!(occupation_opens_a_sentence_alone, "Economist Jane Roe disagreed with the estimate.", "Economist");
    // "Unit" heads a body's name
    e!(unit_heads_a_body, "The Financial Intelligence Unit head resigned, and Kestrel Analytics Unit staff left.", "Financial Intelligence Unit" => Org);
    // a body's name, a title and a person: split at the title
    e!(body_title_person_split, "The transfers were approved by Bank of Ruritania Governor Ana Pol last year.", "Bank of Ruritania" => Org, "Ana Pol" => Person);
    e!(body_title_person_split_of_country, "Central Bank of Zembla Deputy Governor Tomas Ilic resigned.", "Tomas Ilic" => Person);
    // ("Chief Cabinet Secretary" stays one title)
    not_e!(title_with_a_head_word_is_no_body, "Chief Cabinet Secretary Aiko Tanabe spoke.", "Chief Cabinet");
    // "and" inside a name when a head follows and a nationality opens it
    e!(and_inside_a_venue_name, "The fair opened at the Estonian Exhibition and Congress Centre on Monday.", "Estonian Exhibition and Congress Centre" => Fac);
    e!(and_inside_a_law_name_after_a_list, "The action was taken pursuant to Executive Order 13846 and the Iranian Transactions and Sanctions Regulations.", "Iranian Transactions and Sanctions Regulations" => Law);
    not_e!(two_bodies_across_and, "The Russian Navy and Air Force held drills.", "Russian Navy and Air Force");
    // ships are no entities, nor are the plurals of acronyms of no entity
    not_e!(ship_prefix_no_person, "The carrier USS Walter Brenn and the frigate HMS Resolute docked on Monday.", "USS Walter Brenn", "Walter Brenn", "HMS Resolute", "Resolute");
    not_e!(ev_no_org, "Sales of EVs rose, and EV makers in Norland hired more staff.", "EVs", "EV");
    // "L.L.C." ends a company's name and its sentence before the next capital
    e!(llc_with_stops_ends_the_sentence, "The funds went to Azure Kite General Trading L.L.C. Golden Reed Trading received the rest.", "Azure Kite General Trading L.L.C." => Org);
    // a heading of a plural and a noun is no name
    not_e!(heading_of_nouns_no_org, "Treasury acts\n\nThe office acted on Monday.\n\nSanctions Implications\n\nAll property is blocked.", "Implications", "Sanctions Implications");
    // a form that opens the next name after a comma is no suffix of the one before; Mexico's "S.A. de C.V."
    e!(prefix_form_after_a_comma_opens_a_name, "The firms are PT Bintang Laut Jaya, OOO Severtrans Invest and Molina Textiles, S.A. de C.V. in all.", "PT Bintang Laut Jaya" => Org, "OOO Severtrans Invest" => Org, "Molina Textiles, S.A. de C.V." => Org);
    e!(body_name_with_a_list, "A statement from the Ministry of Agriculture, Fisheries and Food followed.", "Ministry of Agriculture, Fisheries and Food" => Org);
    /// The role of the cluster named `name` in `text`, and every mention's text.
    fn role_of(text: &str, name: &str) -> (Option<String>, Vec<String>) {
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let c = e.clusters.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no {name} in {:?}", e.clusters));
        (c.role.clone(), e.mentions.iter().map(|m| m.span.of(text).to_string()).collect())
    }

    #[test]
    fn role_from_the_sentence_the_name_opens() {
        let (role, _) = role_of("Mirela Costache was a director at the National Energy Agency until 2020. She left in March.", "Mirela Costache");
        assert_eq!(role.as_deref(), Some("a director at the National Energy Agency"));
        let (role, _) = role_of("Tomas Brandl is the port's chief engineer, and he spoke to us.", "Tomas Brandl");
        assert_eq!(role.as_deref(), Some("the port's chief engineer"));
        // no occupation at the head, or one after a preposition: no role
        let (role, _) = role_of("Tomas Brandl was a target of the prosecutor for years.", "Tomas Brandl");
        assert_eq!(role, None);
        let (role, _) = role_of("Yesterday Tomas Brandl was a guest of the mayor.", "Tomas Brandl");
        assert_eq!(role, None);
    }

    #[test]
    fn occupation_is_the_role_and_according_to_has_no_appositive() {
        let (role, _) = role_of("According to economist Mara Vell, the network moved about 1.2 billion euros.", "Mara Vell");
        assert_eq!(role.as_deref(), Some("economist"));
        let (role, _) = role_of("According to Mara Vell, the network moved about 1.2 billion euros.", "Mara Vell");
        assert_eq!(role, None);
    }

    #[test]
    fn roles_across_title_words() {
        // an ordinary word between titles belongs to the title
        let (role, _) = role_of("Chief Cabinet Secretary Aiko Tanabe told reporters on Tuesday that the talks would resume next week.", "Aiko Tanabe");
        assert_eq!(role.as_deref(), Some("Chief Cabinet Secretary"));
        // a portfolio before a title is part of it, and no organisation of its own
        let (role, mentions) = role_of("Foreign Affairs Minister Ana Duarte said on Monday that the embassy would reopen.", "Ana Duarte");
        assert_eq!(role.as_deref(), Some("Foreign Affairs Minister"));
        assert!(!mentions.iter().any(|m| m == "Foreign Affairs"), "{mentions:?}");
        // lower-case modifiers of a role noun
        let (role, _) = role_of("The plan was welcomed on Friday by EU foreign policy chief Anna Marsh, who called it overdue.", "Anna Marsh");
        assert_eq!(role.as_deref(), Some("EU foreign policy chief"));
    }

    #[test]
    fn roles_set_before_the_name() {
        let (role, _) = role_of("Norway's envoy to Kenya, Ingrid Dahl, told the meeting that aid would continue.", "Ingrid Dahl");
        assert_eq!(role.as_deref(), Some("Norway's envoy to Kenya"));
        let (role, _) = role_of("On Monday the former ambassador, Paulo Reis, said little.", "Paulo Reis");
        assert_eq!(role.as_deref(), Some("the former ambassador"));
        // a clause with a verb is no role; nor is a list of names
        let (role, _) = role_of("The minister left early, Paulo Reis said.", "Paulo Reis");
        assert_eq!(role, None);
        let (role, _) = role_of("Delegates came from Chile, Peru and Brazil, Ana Ruiz said.", "Ana Ruiz");
        assert_eq!(role, None);
    }
    #[test]
    fn roles_of_titles_with_their_body() {
        // a title cut from the name's run at "of", before the name or after it
        let (role, _) = role_of("Today, Deputy Secretary of the Treasury Mirela Costache announced the listings.", "Mirela Costache");
        assert_eq!(role.as_deref(), Some("Deputy Secretary of the Treasury"));
        let (role, _) = role_of("“The network is broken,” said Tomas Brandl, Acting Under Secretary of Commerce for Industry and Security.", "Tomas Brandl");
        assert_eq!(role.as_deref(), Some("Acting Under Secretary of Commerce for Industry and Security"));
        // an honorific alone is no role, and an appositive ends before its relative clause
        let (role, _) = role_of("Ms. Ana Duarte said little. Paulo Reis, a Chilean trader who moved to Lima, declined to comment.", "Ana Duarte");
        assert_eq!(role, None);
        let (role, _) = role_of("Ms. Ana Duarte said little. Paulo Reis, a Chilean trader who moved to Lima, declined to comment.", "Paulo Reis");
        assert_eq!(role.as_deref(), Some("a Chilean trader"));
    }
    e!(government_named_by_words, "Officials of the Libyan Government of National Unity met donors in Rome on Sunday to discuss the budget.", "Government of National Unity" => Org, "Libyan" => Norp);
    e!(occupation_before_a_first_name, "Shopkeeper Amina Bello said prices had doubled. Trader Li Wei agreed.", "Amina Bello" => Person, "Li Wei" => Person);
    e!(surname_that_is_an_english_word, "Later Tom Banks and Ana Rivers-Cole spoke to the press.", "Tom Banks" => Person);
    e!(streets_markets_and_roads_are_facilities, "Stalls on Call Lane, at Fatima Market and along Kingsway Road closed early.", "Call Lane" => Fac, "Fatima Market" => Fac, "Kingsway Road" => Fac);
    e!(family_name_by_its_ending, "Talks with Lukashenka stalled, and Kvirikashvili left; Papadakis stayed.", "Lukashenka" => Person, "Kvirikashvili" => Person, "Papadakis" => Person);
    e!(honorifics_are_no_part_of_the_name, "The letter was signed by Baroness Amos and by Dame Caroline Penhaligon on Friday.", "Amos" => Person, "Caroline Penhaligon" => Person);
    e!(feminine_family_name_ending, "The petition was signed by Ewa Nowakowska, while the assembly of Republika Srpska voted on Monday to defy the court.", "Ewa Nowakowska" => Person, "Republika Srpska" => Gpe);
    e!(known_name_with_a_comma, "A letter from the UK Foreign, Commonwealth and Development Office reached the embassy in Paris, France on Monday.", "UK Foreign, Commonwealth and Development Office" => Org, "Paris" => Gpe, "France" => Gpe);
    e!(groups_named_by_a_plural_noun, "The Kirkstall Harriers won the relay on Sunday, and members of the Oakfield Residents complained about the noise afterwards.", "Kirkstall Harriers" => Org, "Oakfield Residents" => Org);
    e!(portfolio_pair_in_a_body_name, "A spokesperson for the Department of Health and Social Care said on Monday that the ministry would reply, as would officials at the Ministry of Mines and Energy.", "Department of Health and Social Care" => Org, "Ministry of Mines and Energy" => Org);
    e!(body_then_a_place_after_and, "The Ministry of Defence and France signed the accord on Monday.", "Ministry of Defence" => Org, "France" => Gpe);
    e!(seats_of_government_as_bodies, "Officials in Whitehall and at Foggy Bottom declined to comment on Thursday.", "Whitehall" => Org, "Foggy Bottom" => Org);
    e!(government_of_a_place, "The Government of Canada announced new funding for the region on Monday afternoon.", "Canada" => Gpe);
    e!(possessive_inside_a_known_name, "Data from Lloyd's List Intelligence showed the tankers, and Moody's cut its rating; Iran's Defence Ministry said nothing.", "Lloyd's List Intelligence" => Org, "Moody's" => Org, "Iran" => Gpe);
    e!(shouted_dateline_city, "NEW DELHI, Jan 15 (Reuters) - Refiners paused purchases on Monday, officials said.", "NEW DELHI" => Gpe);
    e!(more_company_forms, "The shipments went through Nordvik Shipping AB and Castello Marmi Srl, the registry shows, and later through Lémanic Trade Sàrl.", "Nordvik Shipping AB" => Org, "Castello Marmi Srl" => Org, "Lémanic Trade Sàrl" => Org);
    e!(body_name_list_of_three, "The Department of Housing, Transport, Energy and Water issued rules.", "Department of Housing, Transport, Energy and Water" => Org);
    e!(body_name_list_with_title_word, "The Ministry of Economy, Trade and Industry said on Monday that the new rules would take effect within weeks.", "Ministry of Economy, Trade and Industry" => Org);
    e!(body_name_then_places, "The Ministry of Defence, France and Italy signed the deal.", "France" => Gpe, "Italy" => Gpe);
    // a company's legal form closes its name: "and" then starts the next company
    // a group's noun after a name of a person's shape makes it the group's name, but not after
    // a given name: "the Omar Y network" is named after a person
    e!(group_noun_after_a_name, "Officials froze the accounts of the Bayt al-Rahan association in the capital.", "Bayt al-Rahan" => Org);
    e!(group_noun_after_a_given_name, "Police said the Omar Veltrano network had laundered the money.", "Omar Veltrano" => Person);
    // a legal form spelt out before the name, as sanctions lists write it
    e!(spelled_legal_form_opens_a_company, "The list adds Limited Liability Company Torvik Logistik and Joint Stock Company Beresta-Tekh.", "Limited Liability Company Torvik Logistik" => Org, "Joint Stock Company Beresta-Tekh" => Org);
    // halls, buildings, gates and places of worship are facilities (the guidelines' FAC)
    // designation categories are no entities; the names around them still are
    not_e!(designation_categories_are_no_entities, "Officials said the State Department named the Varkh Brigade a Foreign Terrorist Organization and its chief a Specially Designated Global Terrorist. Ostland stays on the list of State Sponsors of Terrorism.", "Foreign Terrorist Organization", "Specially Designated Global Terrorist", "State Sponsors of Terrorism");
    e!(the_us_spelling_of_hayat_tahrir_al_sham, "Officials said the review of Hay'at Tahrir al-Sham would take months.", "Hay'at Tahrir al-Sham" => Org);
    // one unknown word after a locative preposition is a place, even before "said" or when it
    // is also a surname
    e!(one_word_after_in_is_a_place, "Officials said police in Drovosk said two men were held. She studied in Lund and later in Brask.", "Drovosk" => Gpe, "Lund" => Gpe);
    // a short prose sentence with a rare verb is no headline: its place stands
    e!(short_prose_is_no_headline, "Officials met on Friday. Residents fled to Drovosk on Monday.", "Drovosk" => Gpe);
    e!(halls_and_buildings_are_facilities, "The ministers met at the Varnel Buildings and later walked to Ostrow Hall.", "Varnel Buildings" => Fac, "Ostrow Hall" => Fac);
    e!(legal_form_closes_a_company_name, "The list adds Brenmoor Freight Co. Ltd and Kasvel Marine Equipment Group to the register.", "Brenmoor Freight Co. Ltd" => Org, "Kasvel Marine Equipment Group" => Org);
    // a sanctions list's entry: the family name in capitals, a comma and the given names
    e!(listed_person_surname_first, "The following individual was added:\n\nDRAGAN, Petar Ilic (a.k.a. DRAGANOV, Petr); DOB 12 Feb 1968; nationality Ruritania (individual).", "DRAGAN, Petar Ilic" => Person, "DRAGANOV, Petr" => Person);
    not_e!(dateline_is_no_listed_person, "Title line\n\nVELGRAD, Ruritania (Wire) - The ministry said on Monday that talks would resume.", "VELGRAD, Ruritania");
    e!(field_with_a_head_inside_after_and, "The network supplied the Ministry of Defense and Armed Forces Logistics with engines.", "Ministry of Defense and Armed Forces Logistics" => Org);
    not_e!(second_body_after_and_stays_apart, "He met officials of the Ministry of Defence and Armed Forces in the capital on Monday.", "Ministry of Defence and Armed Forces");
    e!(acronym_spells_the_words_before_it, "The parts went to the Naval Forces General Staff (NFGS), which runs the programme.", "Naval Forces General Staff" => Org);
    not_e!(identifier_labels_and_tags_are_no_entities, "The tanker ASTRA VELA (IMO 9345678) is blocked; Passport 712345678 (Ruritania) [SDGT].", "IMO", "Passport", "SDGT");
    not_e!(designation_acronyms_are_no_entities, "The group was named a Foreign Terrorist Organization (FTO) and a Specially Designated Global Terrorist (SDGT) in 2019.", "FTO", "SDGT");
    e!(company_forms_in_capitals, "The entries are:\n\nMERIDAN TRADE CO. (a.k.a. MERIDAN COMPANY), Velgrad, Ruritania; Registration Number 556677.", "MERIDAN TRADE CO." => Org);
    e!(person_right_after_a_known_body, "According to Director of the Office of Foreign Assets Control Dorota M. Walczak, the list grew.", "Office of Foreign Assets Control" => Org, "Dorota M. Walczak" => Person);
    e!(trade_word_keeps_a_sentence_initial_word, "Treasury acted on Monday.\n\nBright Harbor Trading signed the contracts in May, and Gold Reed Shipping paid the crews.", "Bright Harbor Trading" => Org, "Gold Reed Shipping" => Org);
    e!(hyphenated_acronym_is_one_body, "The funds went to the Ruritanian Border Guard Command-Maritime Unit (RBGC-MU). The RBGC-MU later moved them.", "RBGC-MU" => Org);
    e!(hyphenated_acronym_takes_its_long_form_label, "Both states signed the Northern Arc Free Trade Agreement (NAFTA-B) in May.", "NAFTA-B" => Law);
    e!(bracketed_first_words_short_form, "It sold oil for its oil company, Varesh Energy Tabar Nami Kord (Varesh Energy), last year.", "Varesh Energy Tabar Nami Kord" => Org);
    e!(plural_in_ers_before_apostrophe, "The Ruritanian Fishers' Association declined to comment on the ruling.", "Ruritanian Fishers' Association" => Org);

    #[test]
    fn word_lists_are_sorted_and_unique() {
        // (`token_bits` keeps a word's list bits in 24 bits of its table)
        assert!(WORD_LISTS.len() <= 24);
        for (k, list) in WORD_LISTS.iter().enumerate() {
            assert!(list.words.windows(2).all(|w| w[0] < w[1]), "list {k} must be sorted and unique");
            assert_eq!(list.bit, 1 << k, "list {k} must have bit {k}");
            assert!(list.words.iter().all(|w| has(*list, w)));
        }
        assert!(!has(TITLES, "Minist") && !has(TITLES, "minister") && !has(CONNECTORS, "Of"));
    }

    #[test]
    fn us_variants_are_one_cluster() {
        let text = "The United States acted. US officials agreed, and the U.S. envoy left.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let gpe: Vec<_> = e.mentions.iter().filter(|m| m.label == Label::Gpe).collect();
        assert_eq!(gpe.len(), 3, "{:?}", e.mentions);
        assert!(gpe.iter().all(|m| m.cluster == gpe[0].cluster));
    }

    #[test]
    fn short_form_goes_to_the_recent_full_name_and_people_stay_apart() {
        let text = "Kim Jong Un met Lee Min-ho. Later Kim Yong Chol arrived. Kim said the talks went well.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let names: Vec<&str> = e.clusters.iter().filter(|c| c.label == Label::Person).map(|c| c.name.as_str()).collect();
        assert!(names.contains(&"Kim Jong Un") && names.contains(&"Kim Yong Chol"), "{names:?}");
        let kim = e.mentions.iter().find(|m| m.span.of(text) == "Kim").expect("short Kim");
        assert_eq!(e.clusters[kim.cluster].name, "Kim Yong Chol");
    }

    #[test]
    fn al_particle_names_link() {
        let text = "Khalid al-Rawi chairs the board. Rawi said on Monday that al-Rawi would resign. Al-Rawi left.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let people: Vec<_> = e.mentions.iter().filter(|m| m.label == Label::Person).collect();
        assert!(people.len() >= 3, "{:?}", ents(text));
        assert!(people.iter().all(|m| e.clusters[m.cluster].name == "Khalid al-Rawi"), "{:?}", e.clusters);
    }

    #[test]
    fn transliterations_link() {
        let text = "Sergey Lavrov spoke on Monday. Later Sergei Lavrov added more, and Lavrov left.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let people: Vec<_> = e.mentions.iter().filter(|m| m.label == Label::Person).collect();
        assert_eq!(people.len(), 3, "{:?}", e.mentions);
        assert!(people.iter().all(|m| m.cluster == people[0].cluster));
    }

    #[test]
    fn roles_from_titles_and_appositives() {
        let text = "Prime Minister Jane Doe-Smith spoke. Later Omar Haddad, a researcher at the institute, disagreed.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let role = |n: &str| e.clusters.iter().find(|c| c.name == n).and_then(|c| c.role.clone());
        assert_eq!(role("Jane Doe-Smith").as_deref(), Some("Prime Minister"));
        assert_eq!(role("Omar Haddad").as_deref(), Some("a researcher at the institute"));
    }

    #[test]
    fn office_titles_with_portfolios() {
        let text = "Harbour fees rise\n\n\"We act today,\" said Under Secretary of the Treasury for Water and Public Works Lena Corvath. \
                    Assistant Secretary of State for Near Eastern Affairs Helen Birch met Acting Under Secretary for Industry and Security Paul R. Ostrand.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let role = |n: &str| e.clusters.iter().find(|c| c.name == n).and_then(|c| c.role.clone());
        assert_eq!(role("Lena Corvath").as_deref(), Some("Under Secretary of the Treasury for Water and Public Works"));
        assert_eq!(role("Helen Birch").as_deref(), Some("Assistant Secretary of State for Near Eastern Affairs"));
        assert_eq!(role("Paul R. Ostrand").as_deref(), Some("Acting Under Secretary for Industry and Security"));
        // (the department and the people's word are the title's)
        assert!(e.mentions.iter().all(|m| !matches!(m.span.of(text), "Treasury" | "State" | "Eastern" | "Near Eastern")), "{:?}", ents(text));
    }
    // a magazine's name in the portfolio is the title's; "and" before another title ends it
    not_e!(office_portfolio_no_magazine, "Minister of Foreign Affairs Olek Varsa met the press.", "Foreign Affairs");
    #[test]
    fn office_title_ends_before_another() {
        let text = "Deputy Secretary of State for Management and Resources Helen Birch and Special Envoy Tom Hale attended.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let role = |n: &str| e.clusters.iter().find(|c| c.name == n).and_then(|c| c.role.clone());
        assert_eq!(role("Helen Birch").as_deref(), Some("Deputy Secretary of State for Management and Resources"));
    }
    // a place before the titles stays one, and a body before them
    e!(office_title_after_place, "U.S. Deputy Secretary of State for Management Tomas Brell arrived. Treasury Under Secretary for Trade and Market Security Ada Lunt spoke.",
        "U.S." => Gpe, "Tomas Brell" => Person, "Treasury" => Org, "Ada Lunt" => Person);
    // a people's word in the plural, and before a person's title
    e!(people_plural_and_before_title, "The Velmarians marched on Sunday. Velmarians are angry, and Dorvanian Prime Minister Ana Pol left.", "Velmarians" => Norp, "Dorvanian" => Norp, "Ana Pol" => Person);
    not_e!(state_media_no_body, "Police fired on crowds. State Media said 40 were hurt, and Velmarian State Television showed the square.", "State Media", "Velmarian State Television", "State Television");
    e!(state_media_people, "Velmarian State Television showed the square.", "Velmarian" => Norp);

    #[test]
    fn short_name_in_brackets_is_the_body() {
        let text = "OFAC designated Marina Solen Shipping Co. L.L.C. (Marina Solen), which managed the tanker.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &Lexicon::default());
        let shorts: Vec<_> = e.mentions.iter().filter(|m| m.span.of(text) == "Marina Solen").collect();
        assert_eq!(shorts.len(), 1, "{:?}", ents(text));
        assert!(shorts.iter().all(|m| m.label == Label::Org && e.clusters[m.cluster].name == "Marina Solen Shipping Co. L.L.C."), "{:?}", ents(text));
    }

    // a vessel named like its owner
    not_e!(vessel_named_like_its_owner, "OFAC designated ORION VALE SHIPPING LIMITED. The vessel ORION VALE (IMO 9301234) is blocked property.", "ORION VALE");

    #[test]
    fn user_gazetteer_wins() {
        let lex = Lexicon::new(&[crate::GazetteerEntry { name: "Zorblax Widgets".into(), label: Label::Org, aliases: vec!["Zorblax".into()] }]);
        let text = "Zorblax Widgets grew. Zorblax hired staff.";
        let doc = crate::segment::segment(text);
        let e = find(&doc, &lex);
        assert_eq!(e.mentions.len(), 2);
        assert_eq!(e.mentions[0].cluster, e.mentions[1].cluster);
        assert!(has_ent("Paris is big.", "Paris", Label::Gpe));
    }
}
