//! Dates, times, money, percentages and numbered legal instruments.
//!
//! Token-level pattern matching by hand (no regular expressions), linear in the number
//! of tokens: at each token every matcher looks ahead a bounded distance and the longest
//! match wins. Conventions follow `GUIDELINES.md`: approximators inside
//! ("about US$400 million", "just over 24 hours ago"), adjectives inside ("late
//! December", "last Thursday"), adverbs and a leading "the" outside ("earlier today" →
//! `today`, "the last 15 years" → `last 15 years`), generic "years" not tagged.

use crate::lexicon::{pack, packed_hash};
use crate::model::Label;
use crate::segment::{starts_lower, starts_upper, Doc, Kind, Lower};
use crate::span::Span;

/// Temporal and numeric expressions and numbered laws: sorted, non-overlapping byte spans.
/// `flags` holds each token's [`word_flags`] (the entity layer works them out once for each
/// distinct word of a text).
pub fn find(doc: &Doc, flags: Vec<u32>) -> Vec<(Span, Label)> {
    let mut out = Vec::new();
    with_paragraphs(doc, flags, |cx| {
        let mut i = cx.lo;
        while i < cx.hi {
            match cx.best(i) {
                Some((e, label)) if e > i && e <= cx.hi => {
                    out.push((Span::new(doc.tokens[i].span().start, doc.tokens[e - 1].span().end), label));
                    i = e;
                }
                _ => i += 1,
            }
        }
    });
    out
}

/// The flags of a word but [`F_NUMBER`]: `lower` is its lower case as [`pack`] gives it,
/// `len` the length of that lower case, `raw` the word itself.
pub(crate) fn word_flags(lower: (u64, u64), len: usize, raw: &[u8]) -> u32 {
    let table = word_table();
    let mut fl = table.get_packed(lower, len);
    match raw.first() {
        // currency codes and time zones are upper-case words of up to four letters
        Some(b'A'..=b'Z') => {
            if raw.len() <= 4 {
                fl |= table.get_packed(pack(raw), raw.len()) | F_ODD;
            } else if raw.starts_with(b"GL") {
                fl |= F_ODD;
            }
        }
        Some(b'\'') => fl |= F_ODD,
        Some(0xE2) if raw.starts_with("’".as_bytes()) => fl |= F_ODD,
        _ => {}
    }
    fl
}

/// Run `f` on the context of each paragraph, the tokens' flags ([`word_flags`]) in `flags`.
fn with_paragraphs(doc: &Doc, mut flags: Vec<u32>, mut f: impl FnMut(&Cx)) {
    let Lower { buf, others, .. } = Lower::of(doc);
    let mut lower: Vec<&str> = Vec::with_capacity(flags.len());
    let mut j = 0;
    for ((k, tok), fl) in doc.tokens.iter().enumerate().zip(&mut flags) {
        let (a, e) = match others.get(j) {
            Some(&(o, a, e)) if o == k => {
                j += 1;
                (a, e)
            }
            _ => (tok.span().start, tok.span().end),
        };
        if tok.kind == Kind::Number {
            *fl |= F_NUMBER;
        }
        lower.push(&buf[a..e]);
    }
    for p in &doc.paragraphs {
        let (s0, s1) = p.sentences;
        if s0 >= s1 {
            continue;
        }
        let lo = doc.sentences[s0].tokens.0;
        let hi = doc.sentences[s1 - 1].tokens.1.min(doc.tokens.len());
        f(&Cx { doc, lower: &lower, flags: &flags, lo, hi });
    }
}

// ---------- word tables (sorted; a test checks) ----------

const NUMWORDS: &[&str] = &[
    "dozen", "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "fourteen", "hundred", "nine",
    "nineteen", "ninety", "one", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten", "thirteen", "thirty",
    "thousand", "three", "twelve", "twenty", "two",
];
const DATE_UNITS: &[&str] = &[
    "centuries", "century", "day", "days", "decade", "decades", "fortnight", "fortnights", "month", "months", "quarter",
    "quarters", "week", "weekend", "weekends", "weeks", "year", "years",
];
const TIME_UNITS: &[&str] = &["hour", "hours", "minute", "minutes", "seconds"];
const PARTS_OF_DAY: &[&str] = &["afternoon", "evening", "morning", "night", "noon", "overnight"];
const WEEKDAYS: &[&str] = &["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"];
const MONTHS: &[&str] = &[
    "april", "august", "december", "february", "january", "july", "june", "march", "may", "november", "october", "september",
];
const MONTH_ABBR: &[&str] = &["apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept"];
const SEASONS: &[&str] = &["autumn", "fall", "spring", "summer", "winter"];
const HOLIDAYS: &[&str] = &["christmas", "easter", "hanukkah", "nowruz", "ramadan", "thanksgiving"];
const DEICTIC: &[&str] = &[
    "another", "coming", "current", "fifth", "final", "first", "following", "fourth", "last", "latest", "next", "past", "preceding",
    "previous", "recent", "same", "second", "third", "this", "upcoming",
];
const MODALS: &[&str] = &["can", "could", "did", "does", "may", "might", "must", "should", "to", "will", "would"];
/// Words before which a bare year is a date ("since 2009").
const YEAR_PREPS: &[&str] = &[
    "after", "before", "between", "by", "circa", "during", "early", "for", "from", "in", "late", "mid", "of", "since", "through",
    "throughout", "till", "to", "until",
];
/// Prepositions that also take counts ("from 2000 to 3000 people"): a year after them
/// needs a non-noun after it.
const WEAK_YEAR_PREPS: &[&str] = &["by", "for", "from", "of", "to"];
const FUNCTION_WORDS: &[&str] = &[
    "a", "after", "and", "as", "at", "before", "but", "for", "from", "he", "in", "is", "it", "on", "or", "she", "that", "the",
    "they", "to", "was", "were", "when", "which", "with",
];
/// Words before a strict month ("May", "March") that show it is the month.
const MONTH_CUES: &[&str] = &[
    "after", "before", "between", "by", "during", "early", "end", "from", "in", "last", "late", "mid", "next", "of", "since",
    "this", "through", "till", "to", "until",
];
const SCALES: &[&str] = &["billion", "bn", "hundred", "m", "million", "mln", "mn", "quadrillion", "thousand", "tn", "trillion"];
const CURRENCY_WORDS: &[&str] = &[
    "afghanis", "baht", "birr", "bolivars", "cedis", "cents", "dinar", "dinars", "dirham", "dirhams", "dollar",
    "dollars", "dong", "euro", "euros", "forints", "francs", "hryvnia", "hryvnias", "krona", "krone", "kroner",
    "kronor", "kwacha", "kyat", "lari", "lei", "lira", "liras", "manat", "naira", "pesos", "pound", "pounds", "rand",
    "reais", "renminbi", "rial", "rials", "riel", "ringgit", "riyal", "riyals", "rouble", "roubles", "ruble", "rubles",
    "rupee", "rupees", "rupiah", "shekel", "shekels", "shillings", "soles", "som", "somoni", "taka", "tenge", "tomans",
    "won", "yen", "yuan", "zloty", "zlotys",
];
const CURRENCY_CODES: &[&str] = &["AED", "CHF", "CNY", "EUR", "GBP", "HKD", "INR", "IRR", "JPY", "KRW", "RUB", "SAR", "USD"];
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "¥", "₦", "₩", "₪", "€", "₹", "₺", "₽"];
const TIMEZONES: &[&str] = &[
    "ADT", "AEDT", "AEST", "ART", "AST", "BRT", "BST", "CAT", "CDT", "CEST", "CET", "CST", "EAT", "EDT", "EEST", "EET", "EST", "ET", "GMT", "HKT", "HST", "ICT", "IRST", "JST", "KST", "MDT", "MSK", "MST", "NZDT", "NZST", "PDT", "PKT", "PST", "PT", "SAST", "SGT", "TRT", "UTC", "WAT", "WEST", "WET", "WIB",
];
const LAW_HEADS: &[&str] = &[
    "act", "agreement", "charter", "code", "constitution", "convention", "covenant", "law", "protocol", "regulations", "statute",
    "treaty",
];

/// Approximators, longest first within a shared first word.
const APPROX: &[&[&str]] = &[
    &["about"],
    &["above"],
    &["almost"],
    &["an", "estimated"],
    &["approximately"],
    &["around"],
    &["as", "high", "as"],
    &["as", "little", "as"],
    &["as", "low", "as"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["at", "least"],
    &["at", "most"],
    &["below"],
    &["circa"],
    &["close", "to"],
    &["estimated"],
    &["fewer", "than"],
    &["just", "after"],
    &["just", "before"],
    &["just", "over"],
    &["just", "under"],
    &["just"],
    &["less", "than"],
    &["maybe"],
    &["more", "than"],
    &["near"],
    &["nearly"],
    &["over"],
    &["perhaps"],
    &["roughly"],
    &["some"],
    &["under"],
    &["up", "to"],
    &["upwards", "of"],
    &["well", "over"],
    &["well", "under"],
];

/// Whether `w` (lower case) is a weekday or a month's full name.
pub fn is_weekday_or_month(w: &str) -> bool {
    WEEKDAYS.binary_search(&w).is_ok() || MONTHS.binary_search(&w).is_ok()
}

#[cfg(test)]
fn is_in(set: &[&str], w: &str) -> bool {
    set.binary_search(&w).is_ok()
}

// ---------- per-token flags (one look-up per token instead of a search per pattern) ----------

const F_NUMWORD: u32 = 1 << 0;
const F_DATE_UNIT: u32 = 1 << 1;
const F_TIME_UNIT: u32 = 1 << 2;
const F_PART_OF_DAY: u32 = 1 << 3;
const F_WEEKDAY: u32 = 1 << 4;
const F_MONTH: u32 = 1 << 5;
const F_MONTH_ABBR: u32 = 1 << 6;
const F_SEASON: u32 = 1 << 7;
const F_HOLIDAY: u32 = 1 << 8;
const F_DEICTIC: u32 = 1 << 9;
const F_MODAL: u32 = 1 << 10;
const F_YEAR_PREP: u32 = 1 << 11;
const F_WEAK_YEAR_PREP: u32 = 1 << 12;
const F_FUNCTION: u32 = 1 << 13;
const F_MONTH_CUE: u32 = 1 << 14;
const F_SCALE: u32 = 1 << 15;
const F_CURRENCY_WORD: u32 = 1 << 16;
const F_LAW_HEAD: u32 = 1 << 17;
/// First word of an approximator.
const F_APPROX: u32 = 1 << 18;
/// Words that can start a law (see [`LAW_STARTS`]).
const F_LAW_WORD: u32 = 1 << 19;
/// Raw (not lower-cased) token texts.
const F_CURRENCY_CODE: u32 = 1 << 20;
const F_CURRENCY_SYMBOL: u32 = 1 << 21;
const F_TIMEZONE: u32 = 1 << 22;
/// Other words that can start a date or time (see [`DATETIME_STARTS`]).
const F_DATETIME_WORD: u32 = 1 << 23;
/// "a", "an" ("a billion dollars").
const F_MONEY_WORD: u32 = 1 << 24;
/// "noon", "midnight", "midday".
const F_CLOCK_WORD: u32 = 1 << 25;
/// Per token, not in the table: a number token.
const F_NUMBER: u32 = 1 << 26;
/// Per token: a shape checked apart ("GL25", "US" before "$", "'90s").
const F_ODD: u32 = 1 << 27;

// Which matchers can start at a token, from its flags (numbers start all of them; "GL25",
// "US$" and "'90s" are checked apart). A test runs every matcher at every token of noise
// and of the dev texts and checks that none matches where its gate is closed.
const G_LAW: u32 = F_LAW_WORD;
const G_MONEY: u32 = F_APPROX | F_NUMWORD | F_CURRENCY_CODE | F_CURRENCY_SYMBOL | F_MONEY_WORD;
const G_PERCENT: u32 = F_APPROX | F_NUMWORD;
const G_CLOCK: u32 = F_APPROX | F_CLOCK_WORD;
const G_DATETIME: u32 =
    F_APPROX | F_NUMWORD | F_DEICTIC | F_WEEKDAY | F_MONTH | F_MONTH_ABBR | F_HOLIDAY | F_SEASON | F_DATETIME_WORD | F_DATE_UNIT;
const G_ANY: u32 = G_LAW | G_MONEY | G_PERCENT | G_CLOCK | G_DATETIME;

/// Lower-cased words that start a law: "United Nations Security Council resolution",
/// "UN", "UNSC", "resolution", "E.O.", "Executive Order", "General License", "Public Law",
/// "Article", "Section", "Directive", "Regulation", "Decision".
const LAW_STARTS: &[&str] = &[
    "united", "security", "resolution", "resolutions", "un", "u.n.", "unsc", "unscr", "unscrs", "e.o.", "eo", "e.o",
    "executive", "general", "public", "article", "articles", "section", "directive", "regulation", "decision",
    "decree", "presidential", "royal", "council", "commission",
];
/// Lower-cased words outside the tables that start a date or time: counts ("a", "several",
/// "half"), "earlier in the year", "every"/"each", "early"/"late"/"mid", "the morning after",
/// relative days, bare plurals ("weeks").
const DATETIME_STARTS: &[&str] = &[
    "a", "an", "several", "few", "half", "earlier", "later", "every", "each", "early", "late", "mid", "morning", "night",
    "evening", "afternoon", "day", "week", "weekend", "today", "yesterday", "tomorrow", "tonight", "weeks", "months",
    "decades", "another", "end", "beginning", "start", "middle", "between", "circa", "fiscal", "all", "days", "hours",
    "minutes", "year", "month",
];

/// Words of up to 16 bytes with their flags, in an open-addressing table keyed by the
/// word's bytes as two integers (no string compares, no hashing byte by byte). The entity
/// layer's word lists use one too.
pub(crate) struct WordTable {
    keys: Vec<(u64, u64)>,
    /// Flags in the low half, the length in the high half (0: empty slot).
    vals: Vec<u64>,
    mask: usize,
}

/// Longest word in any table (longer tokens have no flags).
const MAX_WORD: usize = crate::lexicon::PACKED;

impl WordTable {
    /// An empty table of `size` slots (a power of two, at least twice the words it will hold).
    pub(crate) fn new(size: usize) -> WordTable {
        WordTable { keys: vec![(0, 0); size], vals: vec![0; size], mask: size - 1 }
    }

    #[inline]
    fn slot(&self, k: (u64, u64), len: usize) -> usize {
        let h = packed_hash(k, len);
        (h >> 40) as usize & self.mask
    }

    /// The flags of the packed word `k` of `len` bytes.
    #[inline]
    fn get_packed(&self, k: (u64, u64), len: usize) -> u32 {
        if len == 0 || len > MAX_WORD {
            return 0;
        }
        let mut s = self.slot(k, len);
        loop {
            let v = self.vals[s];
            if v == 0 {
                return 0;
            }
            if (v >> 32) as usize == len && self.keys[s] == k {
                return v as u32;
            }
            s = (s + 1) & self.mask;
        }
    }

    pub(crate) fn insert(&mut self, w: &str, f: u32) {
        let b = w.as_bytes();
        assert!(!b.is_empty() && b.len() <= MAX_WORD && f != 0);
        let k = pack(b);
        let mut s = self.slot(k, b.len());
        loop {
            if self.vals[s] == 0 {
                self.keys[s] = k;
                self.vals[s] = f as u64 | (b.len() as u64) << 32;
                return;
            }
            if (self.vals[s] >> 32) as usize == b.len() && self.keys[s] == k {
                self.vals[s] |= f as u64;
                return;
            }
            s = (s + 1) & self.mask;
        }
    }
}

fn word_table() -> &'static WordTable {
    static TABLE: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        const SIZE: usize = 2048;
        let mut m = WordTable::new(SIZE);
        let tables: &[(&[&str], u32)] = &[
            (NUMWORDS, F_NUMWORD),
            (DATE_UNITS, F_DATE_UNIT),
            (TIME_UNITS, F_TIME_UNIT),
            (PARTS_OF_DAY, F_PART_OF_DAY),
            (WEEKDAYS, F_WEEKDAY),
            (MONTHS, F_MONTH),
            (MONTH_ABBR, F_MONTH_ABBR),
            (SEASONS, F_SEASON),
            (HOLIDAYS, F_HOLIDAY),
            (DEICTIC, F_DEICTIC),
            (MODALS, F_MODAL),
            (YEAR_PREPS, F_YEAR_PREP),
            (WEAK_YEAR_PREPS, F_WEAK_YEAR_PREP),
            (FUNCTION_WORDS, F_FUNCTION),
            (MONTH_CUES, F_MONTH_CUE),
            (SCALES, F_SCALE),
            (CURRENCY_WORDS, F_CURRENCY_WORD),
            (LAW_HEADS, F_LAW_HEAD),
            (LAW_STARTS, F_LAW_WORD),
            (DATETIME_STARTS, F_DATETIME_WORD),
            (&["a", "an", "billions", "hundreds", "millions", "tens", "thousands"], F_MONEY_WORD),
            (&["noon", "midnight", "midday"], F_CLOCK_WORD),
            (CURRENCY_CODES, F_CURRENCY_CODE),
            (CURRENCY_SYMBOLS, F_CURRENCY_SYMBOL),
            (TIMEZONES, F_TIMEZONE),
        ];
        for (set, f) in tables {
            for w in set.iter() {
                m.insert(w, *f);
            }
        }
        for ph in APPROX {
            m.insert(ph[0], F_APPROX);
        }
        m
    })
}

/// The value of an all-digit string (no separators), if short enough.
fn digits_val(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Split a number token into its numeric part and a letter suffix ("2bn" → "2", "bn").
fn split_num(s: &str) -> (&str, &str) {
    let cut = s.bytes().position(|b| !(b.is_ascii_digit() || b == b'.' || b == b',' || b == b':')).unwrap_or(s.len());
    (&s[..cut], &s[cut..])
}

struct Cx<'a, 't> {
    doc: &'a Doc<'t>,
    lower: &'a [&'a str],
    flags: &'a [u32],
    lo: usize,
    hi: usize,
}

type M = Option<(usize, Label)>;

/// Number of matchers (see [`Cx::matcher`]).
const MATCHERS: usize = 5;

fn longer(a: M, b: M) -> M {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.0 > x.0 { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

impl<'a, 't> Cx<'a, 't> {
    // ----- token access (out of range gives "") -----

    fn t(&self, i: usize) -> &'t str {
        if i >= self.lo && i < self.hi {
            self.doc.tok(i)
        } else {
            ""
        }
    }

    fn l(&self, i: usize) -> &str {
        if i >= self.lo && i < self.hi {
            self.lower[i]
        } else {
            ""
        }
    }

    /// The flags of token `i` (0 out of range).
    fn f(&self, i: usize) -> u32 {
        if i >= self.lo && i < self.hi {
            self.flags[i]
        } else {
            0
        }
    }

    fn has(&self, i: usize, flag: u32) -> bool {
        self.f(i) & flag != 0
    }

    /// The flags of the token before `i` (0 at the start).
    fn prev_f(&self, i: usize) -> u32 {
        if i > self.lo {
            self.f(i - 1)
        } else {
            0
        }
    }

    fn prev_l(&self, i: usize) -> &str {
        if i > self.lo {
            self.l(i - 1)
        } else {
            ""
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        (i >= self.lo && i < self.hi).then(|| self.doc.tokens[i].kind)
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Number)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Dash)
    }

    /// Token `i` is a dash between the two ends of a range ("3-5", "3 - 5"), not a minus sign
    /// before a number ("the index closed at 500 -0.3%").
    fn range_dash(&self, i: usize) -> bool {
        self.is_dash(i) && (self.glued(i) || !self.glued(i + 1))
    }

    /// Token `i` follows token `i - 1` with no space.
    fn glued(&self, i: usize) -> bool {
        i > self.lo && i < self.hi && !self.doc.tokens[i].space_before
    }

    fn cap(&self, i: usize) -> bool {
        starts_upper(self.t(i))
    }

    fn lower_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && starts_lower(self.t(i))
    }

    /// A plain number token: digits with inner separators, no letters.
    fn plain_num(&self, i: usize) -> bool {
        self.is_num(i) && split_num(self.t(i)).1.is_empty()
    }

    fn seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.l(i + k) == *w)
    }

    /// The best match starting at token `i`.
    #[inline]
    fn best(&self, i: usize) -> M {
        let g = self.gates(i);
        if g == 0 {
            return None;
        }
        self.best_of(i, g)
    }

    /// [`Self::best`] of the matchers `g` lets through. Out of line (TIER_UP): see `lib.rs`.
    #[inline(never)]
    fn best_of(&self, i: usize, g: u32) -> M {
        let mut m = None;
        for k in 0..MATCHERS {
            if g & (1 << k) != 0 {
                m = longer(m, self.matcher(k, i));
            }
        }
        m
    }

    /// Matcher `k` at token `i`, in the order their matches are compared (the first of
    /// equal length wins): laws, money, percentages, clock times, dates and durations.
    #[inline]
    fn matcher(&self, k: usize, i: usize) -> M {
        match k {
            0 => self.law(i),
            1 => self.money(i),
            2 => self.percent(i),
            3 => self.clock(i),
            _ => self.datetime(i),
        }
    }

    /// Which matchers (bits in the order of [`Self::matcher`]) can start at token `i`.
    #[inline]
    fn gates(&self, i: usize) -> u32 {
        let f = self.f(i);
        if f & (G_ANY | F_NUMBER | F_ODD) == 0 {
            return 0;
        }
        if f & F_NUMBER != 0 {
            return 0b11111;
        }
        let mut g = 0;
        // (the first word of a longer approximator alone, "as", "at", "more", "up", starts none)
        if f & G_ANY != 0 && (f & G_ANY != F_APPROX || self.approx_end(i) > i) {
            g |= (f & G_LAW != 0) as u32;
            g |= ((f & G_MONEY != 0) as u32) << 1;
            g |= ((f & G_PERCENT != 0) as u32) << 2;
            g |= ((f & G_CLOCK != 0) as u32) << 3;
            g |= ((f & G_DATETIME != 0) as u32) << 4;
        }
        if f & F_ODD == 0 {
            return g;
        }
        let t = self.t(i);
        match t.as_bytes().first() {
            // "'90s"
            Some(b'\'') | Some(0xE2) if t.starts_with('\'') || t.starts_with('’') => g |= 1 << 4,
            // "GL25", "US$5"
            Some(b'A'..=b'Z') => {
                if t.starts_with("GL") {
                    g |= 1;
                }
                if t.len() <= 3 && self.t(i + 1) == "$" {
                    g |= 1 << 1;
                }
            }
            _ => {}
        }
        g
    }

    // ----- numbers -----

    /// End of an approximator starting at `i` (or `i`): the longest phrase of [`APPROX`].
    fn approx_end(&self, i: usize) -> usize {
        if !self.has(i, F_APPROX) {
            return i;
        }
        let next = self.l(i + 1);
        let two = |ok: bool| if ok { i + 2 } else { i };
        match self.l(i) {
            "about" | "above" | "almost" | "approximately" | "around" | "below" | "circa" | "estimated" | "maybe" | "near" | "nearly"
            | "over" | "perhaps" | "roughly" | "some" | "under" => i + 1,
            "just" => {
                if one_of!(next, "over" | "under" | "before" | "after") {
                    i + 2
                } else {
                    i + 1
                }
            }
            "well" => two(matches!(next, "over" | "under")),
            "an" => two(next == "estimated"),
            "at" => two(matches!(next, "least" | "most")),
            "close" => two(next == "to"),
            "fewer" | "less" | "more" => two(next == "than"),
            "up" => two(next == "to"),
            "upwards" => two(next == "of"),
            "as" if one_of!(next, "high" | "little" | "low" | "many" | "much") && self.l(i + 2) == "as" => i + 3,
            _ => i,
        }
    }

    /// [`Self::approx_end`] by trying every phrase of [`APPROX`] (the definition).
    #[cfg(test)]
    fn approx_end_by_table(&self, i: usize) -> usize {
        let mut best = i;
        for ph in APPROX {
            if self.seq(i, ph) {
                best = best.max(i + ph.len());
            }
        }
        best
    }

    fn numword(&self, i: usize) -> bool {
        self.has(i, F_NUMWORD)
    }

    /// A count phrase for durations: "48", "two", "twenty-five", "a", "a few", "several",
    /// "a couple of", "half a", "two or three", "3-5".
    fn count(&self, i: usize) -> Option<usize> {
        // (a number, a number word, or one of the words below, all of `DATETIME_STARTS`)
        if self.f(i) & (F_NUMBER | F_NUMWORD | F_DATETIME_WORD) == 0 {
            return None;
        }
        let w = self.l(i);
        let mut j;
        if self.plain_num(i) {
            j = i + 1;
        } else if self.numword(i) {
            j = i + 1;
            loop {
                if self.is_dash(j) && self.glued(j) && self.glued(j + 1) && self.numword(j + 1) {
                    j += 2;
                } else if self.numword(j) {
                    j += 1;
                } else {
                    break;
                }
            }
        } else if w == "a" || w == "an" {
            if self.l(i + 1) == "few" {
                return Some(i + 2);
            }
            if self.l(i + 1) == "couple" && self.l(i + 2) == "of" {
                return Some(i + 3);
            }
            return Some(i + 1);
        } else if w == "several" || w == "few" {
            return Some(i + 1);
        } else if w == "half" && matches!(self.l(i + 1), "a" | "an") {
            return Some(i + 2);
        } else {
            return None;
        }
        // ranges: "two or three", "3-5", "10 to 12"
        let c = self.l(j);
        if (c == "or" || c == "to" || (self.range_dash(j) && c.len() <= 3)) && (self.plain_num(j + 1) || self.numword(j + 1)) {
            return Some(j + 2);
        }
        Some(j)
    }

    /// A number for money and percentages: a plain number token, or number words.
    fn amount(&self, i: usize) -> Option<usize> {
        if self.plain_num(i) {
            return Some(i + 1);
        }
        if self.is_num(i) {
            // "2bn", "5m"
            let (n, suf) = split_num(self.t(i));
            if !n.is_empty() && SCALES.iter().any(|s| s.eq_ignore_ascii_case(suf)) {
                return Some(i + 1);
            }
            return None;
        }
        if self.numword(i) {
            return self.count(i);
        }
        None
    }

    fn scale_end(&self, j: usize) -> usize {
        if self.has(j, F_SCALE) {
            j + 1
        } else {
            j
        }
    }

    // ----- money -----

    /// One amount of money without approximators: "$5", "US$3.4 trillion", "€2bn",
    /// "2 million euros", "USD 400 million". With `bare`, a number with a scale and no
    /// currency is accepted (the second half of "$5-7 billion").
    fn money_core(&self, i: usize, bare: bool) -> Option<usize> {
        let mut j = i;
        // US$, A$, HK$
        if self.kind(j) == Some(Kind::Word)
            && self.t(j).len() <= 3
            && self.t(j).bytes().all(|b| b.is_ascii_uppercase())
            && self.t(j + 1) == "$"
            && self.glued(j + 1)
        {
            j += 1;
        }
        if self.has(j, F_CURRENCY_SYMBOL | F_CURRENCY_CODE) {
            let a = self.amount(j + 1)?;
            if !self.is_num(j + 1) {
                return None;
            }
            return Some(self.scale_end(a));
        }
        if j != i {
            return None;
        }
        // "hundreds of millions of dollars", "billions of euros"
        let mut k = i;
        if matches!(self.l(k), "hundreds" | "tens") && self.l(k + 1) == "of" && matches!(self.l(k + 2), "millions" | "billions") {
            k += 2;
        }
        if matches!(self.l(k), "millions" | "billions" | "thousands") && self.l(k + 1) == "of" && self.has(k + 2, F_CURRENCY_WORD) && self.l(k + 2) != "won" {
            return Some(k + 3);
        }
        let a = self.amount(i).or_else(|| {
            // "a billion dollars"
            (matches!(self.l(i), "a" | "an") && self.has(i + 1, F_SCALE)).then_some(i + 1)
        })?;
        let s = self.scale_end(a);
        let mut k = s;
        // "US dollars", "Syrian pounds"
        if (self.cap(k) && self.kind(k) == Some(Kind::Word)) && self.has(k + 1, F_CURRENCY_WORD) {
            k += 1;
        }
        if self.has(k, F_CURRENCY_WORD) {
            if self.l(k) == "won" && s == a {
                return None;
            }
            return Some(k + 1);
        }
        if self.has(s, F_CURRENCY_CODE) {
            return Some(s + 1);
        }
        if bare && s > a {
            return Some(s);
        }
        None
    }

    fn money(&self, i: usize) -> M {
        let a = self.approx_end(i);
        let mut e = self.money_core(a, false)?;
        // ranges: "$5 and $7 billion", "$5-7 billion", "$5 billion to $7 billion"
        let c = self.l(e);
        let plural = one_of!(self.l(a), "hundreds" | "tens" | "millions" | "billions" | "thousands");
        if !plural && (matches!(c, "and" | "to" | "or") || self.is_dash(e)) {
            if let Some(e2) = self.money_core(e + 1, true) {
                e = e2;
            } else if self.plain_num(e + 1) && self.glued(e + 1) && self.is_dash(e) {
                e += 2;
            }
        }
        if self.l(e) == "or" && matches!(self.l(e + 1), "more" | "less") {
            e += 2;
        }
        Some((e, Label::Money))
    }

    // ----- percent -----

    fn pct_marker(&self, j: usize) -> Option<usize> {
        match self.l(j) {
            "%" | "percent" | "pct" => Some(j + 1),
            "per" if self.l(j + 1) == "cent" => Some(j + 2),
            "percentage" if matches!(self.l(j + 1), "point" | "points") => Some(j + 2),
            _ => None,
        }
    }

    fn pct_num(&self, i: usize) -> Option<usize> {
        if self.plain_num(i) {
            Some(i + 1)
        } else if self.numword(i) {
            self.count(i)
        } else {
            None
        }
    }

    fn percent(&self, i: usize) -> M {
        let a = self.approx_end(i);
        let n = self.pct_num(a)?;
        let mut e = if let Some(e) = self.pct_marker(n) {
            // "10% to 15%"
            let c = self.l(e);
            if matches!(c, "and" | "to" | "or") || self.range_dash(e) {
                let b = self.approx_end(e + 1);
                if let Some(e2) = self.pct_num(b).and_then(|n2| self.pct_marker(n2)) {
                    e2
                } else {
                    e
                }
            } else {
                e
            }
        } else {
            // "16–17 percent", "10 to 15 percent"
            let c = self.l(n);
            if matches!(c, "and" | "to" | "or") || self.range_dash(n) {
                let n2 = self.pct_num(n + 1)?;
                self.pct_marker(n2)?
            } else {
                return None;
            }
        };
        if self.l(e) == "or" && matches!(self.l(e + 1), "more" | "less") {
            e += 2;
        }
        Some((e, Label::Percent))
    }

    // ----- clock times -----

    fn ampm(&self, j: usize) -> Option<usize> {
        match self.l(j) {
            "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" => Some(j + 1),
            "a" | "p" if self.t(j + 1) == "." && self.l(j + 2) == "m" && self.glued(j + 1) && self.glued(j + 2) => {
                Some(if self.t(j + 3) == "." && self.glued(j + 3) { j + 4 } else { j + 3 })
            }
            _ => None,
        }
    }

    fn clock(&self, i: usize) -> M {
        let w = self.l(i);
        if matches!(w, "noon" | "midnight" | "midday") {
            return Some((i + 1, Label::Time));
        }
        let a = self.approx_end(i);
        if !self.is_num(a) {
            return None;
        }
        let (n, suf) = split_num(self.t(a));
        let hhmm = n.split_once(':').is_some_and(|(h, m)| {
            digits_val(h).is_some_and(|h| h <= 24) && m.len() == 2 && digits_val(m).is_some_and(|m| m < 60)
        });
        let hour = digits_val(n).is_some_and(|h| (1..=12).contains(&h));
        let mut e;
        if (hhmm || hour) && (suf.eq_ignore_ascii_case("am") || suf.eq_ignore_ascii_case("pm")) {
            e = a + 1;
        } else if !suf.is_empty() {
            return None;
        } else if let Some(x) = self.ampm(a + 1).filter(|_| hhmm || hour) {
            e = x;
        } else if hhmm {
            e = a + 1;
            let cue = one_of!(self.prev_l(a), "at" | "by" | "until" | "from" | "before" | "after" | "around" | "since" | "about" | "updated");
            // a live blog's time stamp opens its line: "14:05 The minister arrived …", also
            // with a dash, colon or bar after it ("14:05 – The minister …")
            let opens = |k: usize| self.l(k).starts_with(|c: char| c.is_alphabetic() || c == '"' || c == '“');
            let mark = one_of!(self.l(a + 1), "-" | "–" | "—" | ":" | "|");
            // (or alone on its line, the entry below it: "14:05\nThe minister arrived …")
            let alone = a + 1 >= self.hi || self.doc.tokens[a + 1].line_before;
            let stamp = a == i && (a == self.lo || self.doc.tokens[a].line_before) && (opens(a + 1) || mark && opens(a + 2) || alone);
            // after a date and its comma: "Press release, 3 March 2024, 09:20"
            let dated = a == i && a >= self.lo + 2 && self.prev_l(a) == "," && self.year_num(a - 2);
            if !(cue || stamp || dated || self.has(e, F_TIMEZONE) || (self.l(e) == "local" && self.l(e + 1) == "time")) {
                return None;
            }
        } else if n.len() == 4 && digits_val(&n[..2]).is_some_and(|h| h < 24) && digits_val(&n[2..]).is_some_and(|m| m < 60) && self.has(a + 1, F_TIMEZONE) {
            // military time with its zone: "0030 GMT"
            e = a + 1;
        } else {
            return None;
        }
        if self.has(e, F_TIMEZONE) {
            e += 1;
        } else if self.l(e) == "local" && self.l(e + 1) == "time" {
            e += 2;
        } else if one_of!(self.l(e), "eastern" | "central" | "pacific" | "mountain" | "atlantic") && self.l(e + 1) == "time" {
            // "12:01 a.m. Eastern Time"
            e += 2;
        }
        // a range: "5 p.m. to 11 p.m."
        if matches!(self.l(e), "to" | "-" | "–") && self.is_num(e + 1) {
            if let Some((e2, Label::Time)) = self.clock(e + 1) {
                e = e2;
            }
        }
        Some((e, Label::Time))
    }

    // ----- dates and durations -----

    fn part_of_day(&self, j: usize) -> bool {
        self.has(j, F_PART_OF_DAY)
    }

    fn unit(&self, j: usize) -> Option<Label> {
        let f = self.f(j);
        if f & F_DATE_UNIT != 0 {
            Some(Label::Date)
        } else if f & F_TIME_UNIT != 0 {
            Some(Label::Time)
        } else {
            None
        }
    }

    fn weekday(&self, j: usize) -> bool {
        self.has(j, F_WEEKDAY) && self.cap(j)
    }

    fn day_num(&self, j: usize) -> bool {
        if !self.is_num(j) {
            return false;
        }
        let (n, suf) = split_num(self.t(j));
        n.len() <= 2
            && digits_val(n).is_some_and(|d| (1..=31).contains(&d))
            && (suf.is_empty() || ["st", "nd", "rd", "th"].iter().any(|x| suf.eq_ignore_ascii_case(x)))
    }

    fn year_num(&self, j: usize) -> bool {
        self.is_num(j) && self.t(j).len() == 4 && digits_val(self.t(j)).is_some_and(|y| (1000..=2099).contains(&y))
    }

    /// A month name at `j` (end after it, with the dot of "Oct."), whether the name
    /// alone is enough, or None.
    fn month(&self, j: usize) -> Option<(usize, bool)> {
        if !self.cap(j) {
            return None;
        }
        let f = self.f(j);
        if f & F_MONTH != 0 {
            return Some((j + 1, !matches!(self.l(j), "may" | "march")));
        }
        if f & F_MONTH_ABBR != 0 && self.t(j + 1) == "." && self.glued(j + 1) {
            return Some((j + 2, false));
        }
        // "15 Jan 1984", "Nov 3": the short form without its full stop, before a number
        if f & F_MONTH_ABBR != 0 && (self.day_num(j + 1) || self.year_num(j + 1)) {
            return Some((j + 1, false));
        }
        None
    }

    /// "May 31, 2018", "October 2 2018", "July 2012", "December", "Oct. 6".
    fn month_date(&self, j: usize) -> Option<usize> {
        let (m, alone_ok) = self.month(j)?;
        if self.day_num(m) {
            let mut e = m + 1;
            // "October 6-7"
            if self.is_dash(e) && self.glued(e) && self.day_num(e + 1) {
                e += 2;
            }
            if self.t(e) == "," && self.year_num(e + 1) {
                return Some(e + 2);
            }
            if self.year_num(e) {
                return Some(e + 1);
            }
            return Some(e);
        }
        if self.year_num(m) {
            return Some(m + 1);
        }
        if self.l(m) == "of" && self.year_num(m + 1) {
            return Some(m + 2);
        }
        let prev = if j > self.lo && self.is_dash(j - 1) { self.prev_f(j - 1) } else { self.prev_f(j) };
        let cued = prev & F_MONTH_CUE != 0;
        if self.t(m - 1) == "." && !cued {
            return None;
        }
        if !alone_ok && !cued {
            return None;
        }
        // "June Smith", "April Ryan": given names
        if matches!(self.l(j), "june" | "april" | "august") && self.cap(m) && self.kind(m) == Some(Kind::Word) && !cued {
            return None;
        }
        Some(m)
    }

    /// "12 June", "12th of June 2018".
    fn day_month(&self, j: usize) -> Option<usize> {
        if !self.day_num(j) {
            return None;
        }
        let mut k = j + 1;
        // "12-13 March"
        if self.is_dash(k) && self.glued(k) && self.glued(k + 1) && self.day_num(k + 1) {
            k += 2;
        }
        if self.l(k) == "of" {
            k += 1;
        }
        let (m, _) = self.month(k)?;
        if self.t(m) == "," && self.year_num(m + 1) {
            return Some(m + 2);
        }
        if self.year_num(m) {
            return Some(m + 1);
        }
        Some(m)
    }

    /// A bare year in a date context, with ranges ("2018-19", "2010 and 2015").
    fn year(&self, j: usize) -> Option<usize> {
        if !self.year_num(j) {
            return None;
        }
        let v = digits_val(self.t(j))?;
        if !(1700..=2099).contains(&v) {
            return None;
        }
        if j > self.lo && (self.has(j - 1, F_CURRENCY_SYMBOL) || self.t(j - 1) == "#") {
            return None;
        }
        let (prev, prev_f) = if j > self.lo && self.is_dash(j - 1) && self.glued(j) {
            (self.prev_l(j - 1), self.prev_f(j - 1))
        } else {
            (self.prev_l(j), self.prev_f(j))
        };
        let next_ok = match self.kind(j + 1) {
            None => true,
            Some(Kind::Word) => !self.lower_word(j + 1) || self.has(j + 1, F_FUNCTION) || self.l(j + 1) == "through",
            Some(Kind::Number) => false,
            _ => !matches!(self.l(j + 1), "%" | "$"),
        };
        let strict_next = match self.kind(j + 1) {
            None => true,
            Some(Kind::Word) | Some(Kind::Number) => false,
            _ => !matches!(self.l(j + 1), "%" | "$"),
        };
        // the second of two years ("in 1996 and 2001")
        let ok = if prev == "and" && j >= self.lo + 2 && self.year_num(j - 2) {
            true
        } else if prev_f & F_YEAR_PREP != 0 {
            prev_f & F_WEAK_YEAR_PREP == 0 || next_ok
        } else if (one_of!(prev, "the" | "a" | "an" | "its" | "his" | "her" | "their") || self.determiner_adjective(j)) && self.lower_word(j + 1) {
            // "the 2010 earthquake", "the 2020 sanctions", "the disputed 2020 election", not "the 2000 troops"
            !self.l(j + 1).ends_with('s') && !self.has(j + 1, F_FUNCTION)
                || one_of!(self.l(j + 1), "sanctions" | "elections" | "protests" | "talks" | "floods" | "riots" | "attacks" | "negotiations" | "polls" | "accords" | "hostilities" | "games" | "olympics")
        } else if one_of!(prev, "the" | "a" | "an" | "its" | "his" | "her" | "their") && self.kind(j + 1) == Some(Kind::Word) && self.cap(j + 1) {
            // "the 1995 Dayton Peace Agreement", "the 2022 World Cup"
            true
        } else {
            strict_next && !self.has(j + 1, F_CURRENCY_SYMBOL)
        };
        if !ok {
            return None;
        }
        let mut e = j + 1;
        let dash_range = self.is_dash(e) && self.glued(e) && self.glued(e + 1) && self.is_num(e + 1) && matches!(self.t(e + 1).len(), 2 | 4);
        // "from 2019 to 2022", "between 2019 and 2022" ("in 1999 and 2000" names two years)
        if dash_range || (matches!(self.l(e), "to" | "through") || self.l(e) == "and" && prev == "between") && self.year_num(e + 1) {
            e += 2;
        }
        Some(e)
    }

    /// A determiner and one adjective before token `j`: "the disputed 2020 election".
    fn determiner_adjective(&self, j: usize) -> bool {
        j >= self.lo + 2
            && self.lower_word(j - 1)
            && !self.has(j - 1, F_FUNCTION)
            && one_of!(self.l(j - 2), "the" | "a" | "an" | "its" | "his" | "her" | "their")
    }

    /// "1990s", "'90s", "21st century".
    fn decade(&self, j: usize) -> Option<usize> {
        let t = self.t(j);
        if self.is_num(j) {
            let (n, suf) = split_num(t);
            if suf == "s" && (n.len() == 4 || n.len() == 2) && n.ends_with('0') && digits_val(n).is_some() {
                return Some(j + 1);
            }
            if one_of!(suf, "st" | "nd" | "rd" | "th") && n.len() <= 2 && matches!(self.l(j + 1), "century" | "centuries") {
                return Some(j + 2);
            }
        }
        if (t.starts_with('\'') || t.starts_with('’')) && t.ends_with("0s") && t.len() <= 6 {
            return Some(j + 1);
        }
        None
    }

    /// Numeric dates: "10/08/2019", "2019-10-08".
    fn numeric_date(&self, j: usize) -> Option<usize> {
        if !self.is_num(j) || !split_num(self.t(j)).1.is_empty() {
            return None;
        }
        // one token with dots, day first: "22.03.1981", "5.11.2024"
        let mut parts = self.t(j).split('.');
        if let (Some(d), Some(m), Some(y), None) = (parts.next(), parts.next(), parts.next(), parts.next()) {
            let day = digits_val(d).is_some_and(|d| (1..=31).contains(&d)) && d.len() <= 2;
            let month = digits_val(m).is_some_and(|m| (1..=12).contains(&m)) && m.len() == 2;
            if day && month && y.len() == 4 && digits_val(y).is_some() {
                return Some(j + 1);
            }
        }
        let sep = self.t(j + 1);
        if (sep == "/" || self.is_dash(j + 1))
            && self.glued(j + 1)
            && self.is_num(j + 2)
            && self.glued(j + 2)
            && self.t(j + 3) == sep
            && self.glued(j + 3)
            && self.is_num(j + 4)
            && self.glued(j + 4)
        {
            let (a, b, c) = (self.t(j), self.t(j + 2), self.t(j + 4));
            let ymd = a.len() == 4 && b.len() <= 2 && c.len() <= 2;
            let dmy = a.len() <= 2 && b.len() <= 2 && (c.len() == 4 || c.len() == 2);
            if ymd || dmy {
                return Some(j + 5);
            }
        }
        None
    }

    /// Calendar expressions: weekdays, month dates, years, relative days, holidays.
    fn calendar(&self, j: usize) -> M {
        let w = self.l(j);
        match w {
            "today" | "yesterday" | "tomorrow" => {
                if self.part_of_day(j + 1) {
                    return Some((j + 2, Label::Time));
                }
                return Some((j + 1, Label::Date));
            }
            "tonight" => return Some((j + 1, Label::Time)),
            _ => {}
        }
        // (the others start at a number, a weekday, a month, a holiday, a season or "'90s")
        if self.f(j) & (F_NUMBER | F_WEEKDAY | F_MONTH | F_MONTH_ABBR | F_HOLIDAY | F_SEASON | F_ODD) == 0 {
            return None;
        }
        if self.weekday(j) {
            let k = j + 1;
            if self.t(k) == "," {
                if let Some(e) = self.month_date(k + 1) {
                    return Some((e, Label::Date));
                }
                if let Some(e) = self.day_month(k + 1) {
                    return Some((e, Label::Date));
                }
            }
            if let Some(e) = self.month_date(k).filter(|&e| e > k + 1) {
                return Some((e, Label::Date));
            }
            // "Thursday 12 June 2025"
            if let Some(e) = self.day_month(k).filter(|&e| e > k + 1) {
                return Some((e, Label::Date));
            }
            if self.part_of_day(k) {
                return Some((k + 1, Label::Time));
            }
            return Some((k, Label::Date));
        }
        if let Some(e) = self.month_date(j) {
            // a range of days: "March 3 to March 7", "June 2 through June 9, 2025"
            if e > j + 1 && matches!(self.l(e), "to" | "through" | "until") {
                if let Some(e2) = self.month_date(e + 1).filter(|&e2| e2 > e + 2) {
                    return Some((e2, Label::Date));
                }
            }
            return Some((e, Label::Date));
        }
        if let Some(e) = self.day_month(j) {
            return Some((e, Label::Date));
        }
        if let Some(e) = self.decade(j) {
            return Some((e, Label::Date));
        }
        if let Some(e) = self.numeric_date(j) {
            return Some((e, Label::Date));
        }
        if let Some(e) = self.year(j) {
            return Some((e, Label::Date));
        }
        if self.has(j, F_HOLIDAY) && self.cap(j) {
            let e = if matches!(self.l(j + 1), "day" | "eve") && self.cap(j + 1) { j + 2 } else { j + 1 };
            return Some((e, Label::Date));
        }
        if self.has(j, F_SEASON) {
            if self.year_num(j + 1) {
                return Some((j + 2, Label::Date));
            }
            if self.l(j + 1) == "of" && self.year_num(j + 2) {
                return Some((j + 3, Label::Date));
            }
            // the season alone after a preposition of time: "in spring", "over the summer",
            // "for the summer recess" (not "fall", nor a name: "Arab Spring")
            let before = if self.prev_l(j) == "the" { self.prev_l(j - 1) } else { self.prev_l(j) };
            if self.l(j) != "fall" && !self.cap(j) && one_of!(before, "in" | "over" | "since" | "during" | "until" | "by" | "through" | "throughout" | "before" | "after" | "for" | "into") {
                return Some((j + 1, Label::Date));
            }
        }
        None
    }

    /// "last month", "next morning", "past 15 years", "last Thursday", "same day".
    fn deictic(&self, i: usize) -> M {
        let w = self.l(i);
        if !self.has(i, F_DEICTIC) {
            return None;
        }
        if w == "last" && self.prev_f(i) & F_MODAL != 0 {
            return None;
        }
        let j = i + 1;
        // "third-quarter results", "first-half profit"
        if one_of!(w, "first" | "second" | "third" | "fourth") && self.is_dash(j) && self.glued(j) && self.glued(j + 1) && matches!(self.l(j + 1), "quarter" | "half") {
            return Some((j + 2, Label::Date));
        }
        if self.is_dash(j + 1) && self.glued(j + 1) {
            return None; // "this year-end", "first-hand"
        }
        if self.part_of_day(j) && self.l(j) != "noon" {
            return Some((j + 1, Label::Time));
        }
        // "first half of 2024", "the last quarter of 2023"
        if matches!(self.l(j), "half" | "quarter") && self.l(j + 1) == "of" && self.year_num(j + 2) {
            return Some((j + 3, Label::Date));
        }
        // "first half of the year", "first nine months of the year", "first six months of 2024"
        if matches!(w, "first" | "second" | "last") {
            let k = if matches!(self.l(j), "half" | "quarter") { Some(j + 1) } else { self.count(j).filter(|&k| self.l(k) == "months").map(|k| k + 1) };
            if let Some(k) = k.filter(|&k| self.l(k) == "of") {
                if self.year_num(k + 1) {
                    return Some((k + 2, Label::Date));
                }
                // "… of the year", "… of last year"
                if one_of!(self.l(k + 1), "the" | "last" | "this" | "next") && self.l(k + 2) == "year" {
                    return Some((k + 3, Label::Date));
                }
            }
        }
        if let Some(lab) = self.unit(j) {
            return Some((j + 1, lab));
        }
        if self.weekday(j) {
            if self.part_of_day(j + 1) {
                return Some((j + 2, Label::Time));
            }
            return Some((j + 1, Label::Date));
        }
        if self.has(j, F_SEASON) || self.month(j).is_some_and(|(m, _)| m == j + 1) {
            return Some((j + 1, Label::Date));
        }
        if let Some(k) = self.count(j).filter(|_| !matches!(self.l(j), "a" | "an")) {
            if let Some(lab) = self.unit(k) {
                if self.l(k).ends_with('s') || k > j + 1 || self.l(j) == "one" {
                    return Some((k + 1, lab));
                }
            }
        }
        None
    }

    /// "two years", "48 hours ago", "180-day", "six years old", "a week".
    fn duration(&self, i: usize) -> M {
        // (each starts at a number or a count's word: see `count`)
        if self.f(i) & (F_NUMBER | F_NUMWORD | F_DATETIME_WORD) == 0 {
            return None;
        }
        // hyphenated compounds: "180-day", "60-year-old", "24-hour"
        if (self.plain_num(i) || self.numword(i)) && self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
            let u = self.l(i + 2);
            let lab = match u {
                "day" | "week" | "month" | "year" | "decade" | "century" => Some(Label::Date),
                "hour" | "minute" | "second" => Some(Label::Time),
                _ => None,
            };
            if let Some(lab) = lab {
                let mut e = i + 3;
                if self.is_dash(e) && self.glued(e) && matches!(self.l(e + 1), "old" | "long") {
                    e += 2;
                }
                return Some((e, lab));
            }
        }
        // "its 100th day", "the 21st year"
        if self.is_num(i)
            && one_of!(split_num(self.t(i)).1, "st" | "nd" | "rd" | "th")
            && one_of!(self.l(i + 1), "day" | "week" | "month" | "year" | "anniversary")
        {
            return Some((i + 2, Label::Date));
        }
        let k = self.count(i)?;
        // "two more years", "a few more weeks" (not "a more …")
        let k = if self.l(k) == "more" && (k > i + 1 || !matches!(self.l(i), "a" | "an")) { k + 1 } else { k };
        let lab = self.unit(k)?;
        if self.is_dash(k + 1) && self.glued(k + 1) {
            return None; // "a year-over-year"
        }
        if matches!(self.l(i), "a" | "an") && self.l(k) == "second" {
            return None;
        }
        // a fraction, no time: "fell by a quarter", "three quarters of the firms"
        if self.l(k).starts_with("quarter") && (k == i + 1 && matches!(self.l(i), "a" | "an") && self.l(k + 1) != "century" || self.l(k + 1) == "of") {
            return None;
        }
        let mut e = k + 1;
        match self.l(e) {
            "ago" | "earlier" | "later" | "old" => e += 1,
            "from" if self.l(e + 1) == "now" => e += 2,
            "and" => e = self.duration_and(e, lab),
            _ => {}
        }
        Some((e, lab))
    }

    /// End of a duration's second part after "and" at `e` ("two months and ten days", "a
    /// decade and a half"), or `e`; the first part's label stays (a day and three hours is a date).
    #[inline(never)]
    fn duration_and(&self, e: usize, lab: Label) -> usize {
        if self.seq(e + 1, &["a", "half"]) {
            return e + 3;
        }
        match self.count(e + 1).map(|k| (k, self.unit(k))) {
            Some((k, Some(l))) if (l == lab || lab == Label::Date) && !(self.is_dash(k + 1) && self.glued(k + 1)) => k + 1,
            _ => e,
        }
    }

    fn datetime(&self, i: usize) -> M {
        let w = self.l(i);
        // "earlier in the month"
        if matches!(w, "earlier" | "later") && self.seq(i + 1, &["in", "the"]) && matches!(self.l(i + 3), "day" | "week" | "month" | "year") {
            return Some((i + 4, Label::Date));
        }
        // approximators: "almost a decade", "just over 24 hours ago", "less than a week ago"
        // approximators: "almost a decade", "just over 24 hours ago" (a bare "over" in
        // front of a duration means "during": "over two days" → `two days`)
        let a = self.approx_end(i);
        if a > i && !(w == "over" && a == i + 1) {
            if let Some(m) = self.duration(a) {
                return Some(m);
            }
        }
        // a unit's length as an adjective: "a year-long review", "the week-long strike"
        if self.has(i, F_DATE_UNIT) && !self.l(i).ends_with('s') && self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) && self.l(i + 2) == "long" {
            return Some((i + 3, Label::Date));
        }
        // frequencies: "every year", "every ten seconds", "each Monday", "almost every month"
        let f = if a > i && matches!(self.l(a), "every" | "each") { a } else { i };
        if matches!(self.l(f), "every" | "each") {
            let j = f + 1;
            if self.weekday(j) {
                // "every Thursday evening"
                if self.part_of_day(j + 1) {
                    return Some((j + 2, Label::Time));
                }
                return Some((j + 1, Label::Date));
            }
            if self.part_of_day(j) {
                return Some((j + 1, Label::Time));
            }
            if let Some(lab) = self.unit(j) {
                return Some((j + 1, lab));
            }
            let j = if self.l(j) == "other" { j + 1 } else { j };
            if let Some(k) = self.count(j) {
                if let Some(lab) = self.unit(k) {
                    return Some((k + 1, lab));
                }
            }
        }
        // a range with its "between": "between 2019 and 2022", "between June and September",
        // "between 2 p.m. and 4 p.m."
        if w == "between" {
            if let Some((e, Label::Time)) = self.clock(i + 1) {
                if self.l(e) == "and" {
                    if let Some((e2, Label::Time)) = self.clock(e + 1) {
                        return Some((e2, Label::Time));
                    }
                }
            }
            if let Some((e, Label::Date)) = self.calendar(i + 1) {
                if self.l(e) == "and" {
                    if let Some((e2, Label::Date)) = self.calendar(e + 1) {
                        return Some((e2, Label::Date));
                    }
                }
                if (i + 1..e).any(|k| self.l(k) == "and") {
                    return Some((e, Label::Date));
                }
            }
        }
        // "circa 1979", "fiscal year 2024"
        if w == "circa" {
            if let Some(e) = self.year(i + 1) {
                return Some((e, Label::Date));
            }
        }
        if w == "fiscal" && self.l(i + 1) == "year" && self.year_num(i + 2) {
            return Some((i + 3, Label::Date));
        }
        // "fiscal 2025"
        if w == "fiscal" && self.year_num(i + 1) {
            return Some((i + 2, Label::Date));
        }
        // "all year", "year after year"
        if w == "all" && one_of!(self.l(i + 1), "year" | "week" | "month" | "summer" | "winter" | "spring" | "autumn") {
            return Some((i + 2, Label::Date));
        }
        if matches!(w, "year" | "month" | "week" | "day") && self.l(i + 1) == "after" && self.l(i + 2) == w {
            return Some((i + 3, Label::Date));
        }
        // more of a time: "another year", "another 12 months", "a further year"
        if w == "another" || w == "a" && self.l(i + 1) == "further" {
            let j = if w == "another" { i + 1 } else { i + 2 };
            if let Some(lab) = self.unit(j) {
                return Some((j + 1, lab));
            }
            if let Some(k) = self.count(j).filter(|_| !matches!(self.l(j), "a" | "an")) {
                if let Some(lab) = self.unit(k) {
                    return Some((k + 1, lab));
                }
            }
        }
        // a part of a date: "end of September", "the beginning of 2024", "end of the year"
        // (not the idiom "at the end of the day")
        if matches!(w, "end" | "beginning" | "start" | "middle") && self.l(i + 1) == "of" {
            let the = self.l(i + 2) == "the";
            let j = if the { i + 3 } else { i + 2 };
            if let Some((e, Label::Date)) = longer(self.deictic(j), self.calendar(j)) {
                return Some((e, Label::Date));
            }
            if the && one_of!(self.l(j), "year" | "month" | "week" | "decade" | "quarter" | "century") {
                return Some((j + 1, Label::Date));
            }
        }
        // a person's age in apposition: "Jane Doe, 44, said …"
        if self.plain_num(i) && self.t(i).len() <= 3 && i >= self.lo + 2 && self.t(i - 1) == "," && self.t(i + 1) == "," && self.kind(i - 2) == Some(Kind::Word) && self.cap(i - 2) && !self.has(i - 2, F_MONTH | F_MONTH_ABBR | F_WEEKDAY) && self.t(i).parse::<u32>().is_ok_and(|n| (1..=120).contains(&n)) {
            return Some((i + 1, Label::Date));
        }
        // modifiers inside: "late December", "early 2019", "mid-October", "late last year"
        if matches!(w, "early" | "late" | "mid") {
            // "the early hours of Saturday", "the early hours of the morning", "in the early hours"
            if w == "early" && self.l(i + 1) == "hours" {
                if self.l(i + 2) == "of" {
                    if self.has(i + 3, F_WEEKDAY) {
                        return Some((i + 4, Label::Time));
                    }
                    if self.l(i + 3) == "the" && self.part_of_day(i + 4) {
                        return Some((i + 5, Label::Time));
                    }
                }
                return Some((i + 2, Label::Time));
            }
            let j = if self.is_dash(i + 1) && self.glued(i + 1) { i + 2 } else { i + 1 };
            if let Some(m) = longer(self.deictic(j), self.calendar(j)) {
                return Some(m);
            }
        }
        // "the morning after a strike", "the week leading up to an election"
        if self.prev_l(i) == "the" && one_of!(w, "morning" | "night" | "evening" | "afternoon" | "day" | "week" | "weekend") {
            let j = if matches!(self.l(i + 1), "after" | "before") {
                Some(i + 2)
            } else if self.seq(i + 1, &["leading", "up", "to"]) {
                Some(i + 4)
            } else {
                None
            };
            if let Some(j) = j {
                if self.l(j) == "the" && self.lower_word(j + 1) && !self.has(j + 1, F_FUNCTION) {
                    let lab = if self.part_of_day(i) { Label::Time } else { Label::Date };
                    return Some((j + 2, lab));
                }
            }
        }
        let m = longer(self.deictic(i), self.calendar(i));
        let m = longer(m, self.duration(i));
        // a month of a relative year: "April last year"
        if let Some((e, Label::Date)) = m {
            if e == i + 1 && self.has(i, F_MONTH) && matches!(self.l(e), "last" | "this" | "next") && self.l(e + 1) == "year" {
                return Some((e + 2, Label::Date));
            }
        }
        if m.is_some() {
            return m;
        }
        // bare plurals: "for weeks", "months of talks", "decades-long"
        if matches!(self.t(i), "weeks" | "months" | "decades") && self.prev_l(i) != "the" {
            if self.is_dash(i + 1) && self.glued(i + 1) && self.l(i + 2) == "long" {
                return Some((i + 3, Label::Date));
            }
            if matches!(self.l(i + 1), "later" | "earlier" | "ago") {
                return Some((i + 2, Label::Date));
            }
            return Some((i + 1, Label::Date));
        }
        // "Hours later", "for days", "within minutes"
        if matches!(w, "days" | "hours" | "minutes") && !matches!(self.prev_l(i), "the" | "those" | "these" | "of") {
            let lab = if w == "days" { Label::Date } else { Label::Time };
            if matches!(self.l(i + 1), "later" | "earlier" | "ago") {
                return Some((i + 2, lab));
            }
            if one_of!(self.prev_l(i), "for" | "within" | "in" | "after" | "over" | "took" | "lasted") {
                return Some((i + 1, lab));
            }
        }
        None
    }

    // ----- numbered laws -----

    /// Parenthesised sub-parts glued to a number: "7031(c)(1)".
    fn subparts(&self, mut e: usize) -> usize {
        while self.t(e) == "(" && self.glued(e) && self.t(e + 2) == ")" && self.t(e + 1).len() <= 4 {
            e += 3;
        }
        e
    }

    /// "Article 5 of the NATO treaty": extend over "of [the] Name … <law head>".
    /// End of capitalised words (with "of", "the", "and" inside) from `j` that name what a
    /// law is on ("Treaty on European Union"), or `best`; no month or weekday ("Act on Monday").
    #[inline(never)]
    fn law_subject(&self, mut j: usize, mut best: usize) -> usize {
        let stop = (j + 8).min(self.hi);
        while j < stop && (self.cap(j) && self.kind(j) == Some(Kind::Word) && !self.has(j, F_MONTH | F_WEEKDAY) || matches!(self.l(j), "of" | "the" | "and") && j + 2 < stop && (self.cap(j + 1) || self.l(j + 1) == "the" && self.cap(j + 2))) {
            if self.cap(j) {
                best = j + 1;
            }
            j += 1;
        }
        best
    }

    fn of_law(&self, e: usize) -> usize {
        if self.l(e) != "of" {
            return e;
        }
        let mut j = e + 1;
        if self.l(j) == "the" {
            j += 1;
        }
        let mut best = e;
        // "Article 3 of Council Regulation (EU) No 833/2014": a numbered act after "of"
        if let Some((end, Label::Law)) = self.cap(j).then(|| self.law(j)).flatten() {
            return end;
        }
        // (long names: "… of the Department of State, Foreign Operations, and Related
        // Programs Appropriations Act", "… of the Russia (Sanctions) (EU Exit) Regulations")
        let stop = (j + 20).min(self.hi);
        let mut named = false;
        while j < stop {
            let w = self.l(j);
            if self.has(j, F_LAW_HEAD) && (self.cap(j) || named) {
                best = j + 1;
                if self.l(j + 1) == "of" && self.year_num(j + 2) {
                    best = j + 3;
                }
                // "… of the Treaty on European Union": the named treaty's own "on"/"of" part
                if matches!(self.l(j + 1), "on" | "of") && self.cap(j) {
                    best = self.law_subject(j + 2, best);
                }
                break;
            }
            let ok = (self.kind(j) == Some(Kind::Word) && self.cap(j)) || one_of!(w, "of" | "the" | "and" | "on" | "for")
                // a comma inside the name, before a capitalised word or "and"
                || named && w == "," && (self.cap(j + 1) || self.l(j + 1) == "and")
                // "Anti-Money": a hyphen inside a word
                || named && self.is_dash(j) && self.glued(j) && self.glued(j + 1) && self.cap(j + 1)
                // "(Sanctions)", "(EU Exit)": a bracketed part of the title
                || w == "(" && self.cap(j + 1) || w == ")" && named;
            if !ok {
                break;
            }
            named |= self.cap(j);
            j += 1;
        }
        best
    }

    /// A law number after a name: "13818", "No. 13818", "25A".
    fn law_num(&self, j: usize) -> Option<usize> {
        let j = if matches!(self.l(j), "no." | "no") {
            if self.t(j + 1) == "." && self.glued(j + 1) {
                j + 2
            } else {
                j + 1
            }
        } else {
            j
        };
        if self.is_num(j) {
            let mut e = j + 1;
            // "115-44", "833/2014"
            if (self.is_dash(e) || self.t(e) == "/") && self.glued(e) && self.glued(e + 1) && self.is_num(e + 1) {
                e += 2;
                // "2014/145/CFSP": the EU's series letters after a second slash
                if self.t(e) == "/" && self.glued(e) && self.glued(e + 1) && (2..=5).contains(&self.t(e + 1).len()) && self.t(e + 1).bytes().all(|b| b.is_ascii_uppercase()) {
                    e += 2;
                }
            }
            Some(e)
        } else {
            None
        }
    }

    /// More numbers of the same kind: "13818 and 13848", "2270, 2321 and 2371".
    fn more_nums(&self, mut e: usize) -> usize {
        loop {
            if matches!(self.l(e), "and" | "," | "or") && self.is_num(e + 1) && self.t(e + 1).len() >= 3 {
                e += 2;
            } else {
                return e;
            }
        }
    }

    fn law(&self, i: usize) -> M {
        let t = self.t(i);
        let w = self.l(i);
        let mut j = i;
        // Security Council name before "resolution"
        let mut council = false;
        if self.seq(j, &["united", "nations"]) {
            j += 2;
            council = true;
        } else if matches!(t, "UN" | "U.N.") {
            j += 1;
            council = true;
        }
        if self.seq(j, &["security", "council"]) && self.cap(j) {
            j += 2;
            council = true;
        } else if t == "UNSC" {
            j += 1;
            council = true;
        } else if j != i {
            j = i;
            council = false;
        }
        if matches!(self.l(j), "resolution" | "resolutions") {
            if let Some(e) = self.law_num(j + 1) {
                return Some((self.more_nums(e), Label::Law));
            }
        }
        if council {
            return None;
        }
        match w {
            "unscr" | "unscrs" | "e.o." | "eo" | "e.o" => {
                if w.starts_with('e') && !self.cap(i) {
                    return None;
                }
                let e = self.law_num(i + 1)?;
                return Some((self.more_nums(e), Label::Law));
            }
            "executive" if self.l(i + 1) == "order" || self.l(i + 1) == "orders" => {
                let mut k = i + 2;
                // "Executive Order (E.O.) 13818"
                if self.t(k) == "(" && matches!(self.l(k + 1), "e.o." | "eo") && self.t(k + 2) == ")" {
                    k += 3;
                }
                let e = self.law_num(k)?;
                return Some((self.more_nums(e), Label::Law));
            }
            "general" if matches!(self.l(i + 1), "license" | "licence") && self.cap(i + 1) => {
                let e = self.law_num(i + 2)?;
                return Some((self.more_nums(e), Label::Law));
            }
            // "Decree No. 117", "Presidential Decree No. 9102", "Royal Decree 45/2023"
            "decree" | "presidential" | "royal" if self.cap(i) => {
                let k = if w == "decree" { i + 1 } else if self.l(i + 1) == "decree" && self.cap(i + 1) { i + 2 } else { return None };
                if !matches!(self.l(k), "no." | "no") && !self.is_num(k) {
                    return None;
                }
                let e = self.law_num(k)?;
                return Some((e, Label::Law));
            }
            "public" if self.l(i + 1) == "law" && self.cap(i + 1) => {
                let e = self.law_num(i + 2)?;
                return Some((e, Label::Law));
            }
            "article" | "articles" if self.cap(i) => {
                let e = self.law_num(i + 1)?;
                let e = self.subparts(e);
                return Some((self.of_law(e), Label::Law));
            }
            "section" | "directive" => {
                let e0 = self.law_num(i + 1)?;
                let e = self.subparts(e0);
                let e2 = self.of_law(e);
                if e2 > e || (self.cap(i) && (e > e0 || w == "directive")) {
                    return Some((e2, Label::Law));
                }
                return None;
            }
            // "Council Implementing Regulation (EU) 2025/409": the issuing body is part of the name
            "council" | "commission" if self.cap(i) => {
                let k = if matches!(self.l(i + 1), "implementing" | "delegated") && self.cap(i + 1) { i + 2 } else { i + 1 };
                return if matches!(self.l(k), "regulation" | "decision") { self.law(k) } else { None };
            }
            "regulation" | "decision" if self.cap(i) => {
                let mut k = i + 1;
                if self.t(k) == "(" && self.t(k + 2) == ")" {
                    k += 3;
                }
                let e = self.law_num(k)?;
                if self.t(e - 2) == "/" {
                    return Some((e, Label::Law));
                }
                // "Regulation 7 of the … Regulations 2019": a numbered part of a named law
                let e2 = self.of_law(self.subparts(e));
                return (e2 > e).then_some((e2, Label::Law));
            }
            _ => {}
        }
        // "GL25", "GL 25"
        if t.len() > 2 && t.starts_with("GL") && t[2..].bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            let rest = &t[2..];
            let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
            if rest[digits..].len() <= 1 && rest[digits..].bytes().all(|b| b.is_ascii_uppercase()) {
                return Some((i + 1, Label::Law));
            }
        }
        if t == "GL" && self.is_num(i + 1) {
            return Some((i + 2, Label::Law));
        }
        // "31 C.F.R. part 515", "50 U.S.C. 1701"
        if self.plain_num(i) && one_of!(self.t(i + 1), "C.F.R." | "CFR" | "U.S.C." | "USC") {
            let mut k = i + 2;
            if one_of!(self.l(k), "part" | "parts" | "§" | "section" | "sec.") {
                k += 1;
            } else if self.l(k) == "sec" && self.t(k + 1) == "." {
                k += 2;
            }
            if self.is_num(k) {
                return Some((self.subparts(k + 1), Label::Law));
            }
        }
        None
    }
}

/// Each token's [`word_flags`], by the definition (the entity layer remembers them by word).
#[cfg(test)]
pub(crate) fn flags_of(doc: &Doc) -> Vec<u32> {
    (0..doc.tokens.len())
        .map(|i| {
            let lower = doc.tok(i).to_lowercase();
            word_flags(pack(lower.as_bytes()), lower.len(), doc.tok(i).as_bytes())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(text: &str) -> Vec<(String, Label)> {
        let doc = segment(text);
        let found = find(&doc, flags_of(&doc));
        for w in found.windows(2) {
            assert!(w[0].0.end <= w[1].0.start, "overlap or disorder in {text:?}");
        }
        found.into_iter().map(|(s, l)| (s.of(text).to_string(), l)).collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$(($s:expr, $l:ident)),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, Label)> = vec![$(($s.to_string(), Label::$l)),*];
                assert_eq!(run($text), want, "in {:?}", $text);
            }
        };
    }

    // DATE
    case!(weekday, "The envoys landed in Hanoi on Friday for talks.", [("Friday", Date)]);
    case!(month_day_year, "The accord was signed on March 3, 2017 in a hotel.", [("March 3, 2017", Date)]);
    case!(day_month, "He promised a reply by 4 August at the latest.", [("4 August", Date)]);
    case!(month_day, "Voting closes on September 9.", [("September 9", Date)]);
    case!(month_year, "The mine reopened in February 2015 after repairs.", [("February 2015", Date)]);
    case!(month_day_no_comma, "Ships left port on November 4 2020, officials said.", [("November 4 2020", Date)]);
    case!(weekday_full_date, "Friday, March 6, 2020\n\nThe fleet sailed.", [("Friday, March 6, 2020", Date)]);
    case!(last_month, "Prices rose last month across the region.", [("last month", Date)]);
    case!(another_period, "The embargo was renewed for another 18 months, and the panel got another year.", [("another 18 months", Date), ("another year", Date)]);
    case!(duration_words, "The siege lasted three weeks before aid arrived.", [("three weeks", Date)]);
    case!(treaty_on_a_subject, "Under Article 12 of the Treaty on Maritime Borders, and Article 3 of the Convention on the Status of Rivers, on Monday.", [("Article 12 of the Treaty on Maritime Borders", Law), ("Article 3 of the Convention on the Status of Rivers", Law), ("Monday", Date)]);
    case!(year_range_through, "The plant ran from 2016 through 2020 at a loss.", [("2016 through 2020", Date)]);
    case!(more_of_a_period, "The ban runs for four more years; the crew waited a few more weeks.", [("four more years", Date), ("a few more weeks", Date)]);
    case!(duration_in_two_parts, "Bidders have one month and twelve days; the hearing took six hours and 40 minutes, the audit a decade and a half.", [("one month and twelve days", Date), ("six hours and 40 minutes", Time), ("a decade and a half", Date)]);
    case!(quarter_as_a_fraction, "Output fell by about a quarter, and three quarters of the mills closed in the third quarter.", [("third quarter", Date)]);
    case!(adverb_outside, "The minister resigned earlier this week.", [("this week", Date)]);
    case!(earlier_in_month, "Farmers protested earlier in the year over diesel prices.", [("earlier in the year", Date)]);
    case!(late_on_weekday, "Late on Friday, the rebels withdrew.", [("Friday", Date)]);
    case!(no_leading_the, "Exports fell over the past 12 months.", [("past 12 months", Date)]);
    case!(day_range_to, "Inspections will run May 12 to May 16 at the northern docks.", [("May 12 to May 16", Date)]);
    case!(fiscal_bare_year, "The miner now expects lower output in fiscal 2027 than it had hoped.", [("fiscal 2027", Date)]);
    case!(parts_of_the_year, "Ore exports fell in the first half of the year and rose in the first eight months of 2023.", [("first half of the year", Date), ("first eight months of 2023", Date)]);
    case!(ordinal_quarter_compound, "The shipper will publish its second-quarter figures soon.", [("second-quarter", Date)]);
    case!(days_earlier, "The truce had collapsed five days earlier without warning.", [("five days earlier", Date)]);
    case!(weeks_later, "Four months later the port was closed.", [("Four months later", Date)]);
    case!(ordinal_day, "Delegates met for a third day in Geneva.", [("third day", Date)]);
    case!(previous_day, "The previous day, crowds had gathered outside.", [("previous day", Date)]);
    case!(another_year, "The council renewed the mandate for another year and the embargo for another 18 months.", [("another year", Date), ("another 18 months", Date)]);
    case!(a_further_year, "The listings were extended by a further year.", [("a further year", Date)]);
    case!(part_of_year, "Sales slowed in the first half of 2024 and the last quarter of 2023.", [("first half of 2024", Date), ("last quarter of 2023", Date)]);
    case!(end_of_month, "The fund runs out by the end of September, or the end of the year at the latest.", [("end of September", Date), ("end of the year", Date)]);
    case!(end_of_the_day_idiom, "At the end of the day, the vote was lost.", []);
    case!(month_of_relative_year, "Britain followed in April last year.", [("April last year", Date)]);
    case!(between_years, "The fund lost money between 2015 and 2018, auditors found.", [("between 2015 and 2018", Date)]);
    case!(between_months, "The market runs between May and October on the quay.", [("between May and October", Date)]);
    case!(two_years_stay_apart, "Elections were held in 1996 and 2001 without observers.", [("1996", Date), ("2001", Date)]);
    case!(circa_year, "The owner, born circa 1968, lives abroad.", [("circa 1968", Date)]);
    case!(fiscal_year, "Aid reached $90 million in fiscal year 2023.", [("$90 million", Money), ("fiscal year 2023", Date)]);
    case!(all_year_and_year_after_year, "The stalls open all year, and year after year the crowds grow.", [("all year", Date), ("year after year", Date)]);
    case!(bare_plural_units, "Hours later the port closed; it stayed shut for days, and reopened within minutes of the order.", [("Hours later", Time), ("days", Date), ("minutes", Time)]);
    case!(clock_range_and_zone, "The market opens 5 p.m. to 10 p.m., and the order took effect at 12:01 a.m. Eastern Time and 0415 GMT.", [("5 p.m. to 10 p.m.", Time), ("12:01 a.m. Eastern Time", Time), ("0415 GMT", Time)]);
    case!(year_before_a_name, "Both sides invoked the 1995 Dayton Peace Agreement and the 2020 sanctions on the ministry.", [("1995", Date), ("2020", Date)]);
    case!(count_after_the_is_no_year, "Officials said the 2000 troops would leave soon.", []);
    case!(age_in_apposition, "The engineer Arman Duisenov, 61, was detained at the airport.", [("61", Date)]);
    case!(number_after_a_month_is_no_age, "The vote on March 14, 12 of the 15 members backed it.", [("March 14", Date)]);
    case!(hyphen_compound, "The bank granted a 90-day extension on the loan.", [("90-day", Date)]);
    case!(hyphen_age, "A 34-year-old farmer was detained.", [("34-year-old", Date)]);
    case!(decade, "Tensions date back to the 1980s at least.", [("1980s", Date)]);
    case!(age, "The girl was nine years old at the time.", [("nine years old", Date)]);
    case!(today_cap, "Today, the council votes on the budget.", [("Today", Date)]);
    case!(year_since, "The charity has worked there since 2004, its director said.", [("2004", Date)]);
    case!(late_month, "Elections are expected in late January.", [("late January", Date)]);
    case!(last_weekday, "Rebels shelled the town last Saturday.", [("last Saturday", Date)]);
    case!(may_month, "The fund warned in May that growth would slow.", [("May", Date)]);
    case!(may_day, "May 9 is a holiday there.", [("May 9", Date)]);
    case!(approx_decade, "Talks have stalled for almost a decade now.", [("almost a decade", Date)]);
    case!(less_than_week_ago, "Less than a month ago, the dam burst.", [("Less than a month ago", Date)]);
    case!(bare_months, "The ports stayed shut for months after the storm.", [("months", Date)]);
    case!(every_year, "The fair returns every year to the capital.", [("every year", Date)]);
    case!(every_weekday_evening, "Every Thursday evening the exiles meet in a hall.", [("Every Thursday evening", Time)]);
    case!(weekday_day_month_year, "The fair opens on Friday 3 May 2024 in the park.", [("Friday 3 May 2024", Date)]);
    case!(month_short_without_stop, "Born 21 Feb 1977, he moved abroad on Sep 9 that year.", [("21 Feb 1977", Date), ("Sep 9", Date)]);
    case!(week_leading_up, "Prices spiked during the week leading up to the election.", [("week leading up to the election", Date)]);
    // a range takes its "between" (as corpus2 annotates "between 2019 and 2022", "between June and September")
    case!(year_range, "Output doubled between 2010 and 2015 in the north.", [("between 2010 and 2015", Date)]);
    case!(year_attributive, "Survivors of the 2011 tsunami rebuilt the town.", [("2011", Date)]);
    case!(over_duration, "Talks ran over three days in Vienna.", [("three days", Date)]);
    case!(day_range_month, "Ministers gather on 4-5 June in Riga.", [("4-5 June", Date)]);
    case!(ordinal_day_number, "The strike reached its 40th day on Monday.", [("40th day", Date), ("Monday", Date)]);
    case!(law_section_of_act, "Banks were cut off under section 311 of the Patriot Act last year.", [("section 311 of the Patriot Act", Law), ("last year", Date)]);
    case!(mid_month, "Talks resume in mid-April in Doha.", [("mid-April", Date)]);

    // TIME
    case!(clock_range_between, "The port was closed between 9 a.m. and 1:30 p.m. on the day.", [("between 9 a.m. and 1:30 p.m.", Time)]);
    case!(weekday_night, "The convoy was hit on Tuesday night near the border.", [("Tuesday night", Time)]);
    case!(last_night, "Protesters gathered last night in the square.", [("last night", Time)]);
    case!(this_morning, "The minister spoke this morning about the budget.", [("this morning", Time)]);
    case!(tonight, "The vote is expected tonight after debate.", [("tonight", Time)]);
    case!(early_hours, "The raid came in the early hours of Sunday, and the talks went on until midday.", [("early hours of Sunday", Time), ("midday", Time)]);
    case!(early_hours_of_the_morning, "Shelling began in the early hours of the morning.", [("early hours of the morning", Time)]);
    case!(hours, "The rescue took 36 hours in freezing rain.", [("36 hours", Time)]);
    case!(hours_ago_approx, "The polls closed just over 12 hours ago.", [("just over 12 hours ago", Time)]);
    case!(clock_ampm, "Sirens sounded at 6:45 a.m. in the capital.", [("6:45 a.m.", Time)]);
    case!(part_of_last_year, "Exports fell in the first half of last year and in the first quarter of this year.", [("first half of last year", Date), ("first quarter of this year", Date)]);
    case!(approximate_frequency, "The barges sailed almost every week and nearly every Friday.", [("almost every week", Date), ("nearly every Friday", Date)]);
    case!(clock_stamps, "Ferry update, 3 May 2024, 09:40\n\n14:05 The first boat has left the quay.", [("3 May 2024", Date), ("09:40", Time), ("14:05", Time)]);
    case!(clock_local, "The ceasefire begins at 5 p.m. local time on Sunday.", [("5 p.m. local time", Time), ("Sunday", Date)]);
    case!(clock_stamp_opens_line, "Updated 09:45\n\n09:45 Rescue teams reached the village.\n\n08:30 A ratio of 3:2 held.", [("09:45", Time), ("09:45", Time), ("08:30", Time)]);
    case!(clock_stamp_with_mark, "Harbour log.\n\n11:40 – The ferry docked.\n\n12:15: Crews unloaded.\n\n12:50 | Rain.\n\nThe vote was 10:05 – a surprise.", [("11:40", Time), ("12:15", Time), ("12:50", Time)]);
    case!(clock_stamp_alone_on_its_line, "Harbour live\n\n11:40\nThe ferry docked.\n\n10:05\nCrews waited.", [("11:40", Time), ("10:05", Time)]);
    case!(clock_not_mid_line, "The vote ended 14:12 in favour.", []);
    case!(morning_after, "Leaders met the morning after the blast in a bunker.", [("morning after the blast", Time)]);

    // MONEY
    case!(plural_scales_of_currency, "The smugglers moved hundreds of millions of dollars and billions of rubles.", [("hundreds of millions of dollars", Money), ("billions of rubles", Money)]);
    case!(money_quadrillion_and_more_currencies, "The network moved 1.2 quadrillion rial, then 40 million dirham, and later paid 90 billion renminbi.", [("1.2 quadrillion rial", Money), ("40 million dirham", Money), ("90 billion renminbi", Money)]);
    case!(money_more_currency_codes, "The firm paid AED 12 million for the hull.", [("AED 12 million", Money)]);
    case!(march_short_form, "DOB 04 Mar 1978; POB Velgrad. The ship left on Mar. 3, 2020, from Costa Mar harbour.", [("04 Mar 1978", Date), ("Mar. 3, 2020", Date)]);
    case!(money_us, "The deal is worth about US$250 million to the builder.", [("about US$250 million", Money)]);
    case!(money_maybe, "Each lorry earns maybe $900 a trip, perhaps 12 percent more than last year.", [("maybe $900", Money), ("perhaps 12 percent", Percent), ("last year", Date)]);
    case!(money_in_other_currencies, "The mill will cost 8 billion tenge, and the port about 2.5 million zlotys.", [("8 billion tenge", Money), ("about 2.5 million zlotys", Money)]);
    case!(money_range, "Repairs could cost between $2 and $3 billion in total.", [("$2 and $3 billion", Money)]);
    case!(money_euro_bn, "The ministry pledged €4bn for the grid.", [("€4bn", Money)]);
    case!(money_words, "Investors lost 3 million euros in the scheme.", [("3 million euros", Money)]);
    case!(money_rubles, "He was fined 200,000 rubles by the court.", [("200,000 rubles", Money)]);
    case!(money_more_than, "Smugglers earned more than $80 million last year.", [("more than $80 million", Money), ("last year", Date)]);
    case!(money_dash_range, "Estimates ran to $4-6 billion overall.", [("$4-6 billion", Money)]);

    // PERCENT
    case!(pct_range, "Tariffs cover roughly 12–14 percent of goods.", [("roughly 12–14 percent", Percent)]);
    case!(approximate_frequency_and_clock, "Prices rose almost every month; the raid began just before 4:15 p.m. and cost perhaps $9,000.", [("almost every month", Date), ("just before 4:15 p.m.", Time), ("perhaps $9,000", Money)]);
    case!(year_after_adjective, "Monitors doubted the contested 2018 vote but not the first 2000 troops.", [("2018", Date)]);
    case!(unit_long, "After a month-long inquiry and a decade-long feud, talks resumed.", [("month-long", Date), ("decade-long", Date)]);
    case!(clock_after_dated_line, "Statement, 3 March 2024, 09:20\n\nThe board met.", [("3 March 2024", Date), ("09:20", Time)]);
    case!(dotted_date, "The decree of 05.11.2024 set fines of 1.250.000 rubles, not 12.5.2024 or 3.14.", [("05.11.2024", Date), ("1.250.000 rubles", Money)]);
    case!(season_after_preposition, "Talks stalled over the summer and resume in spring, after the Cedar Spring protests.", [("summer", Date), ("spring", Date)]);
    case!(season_not_water, "Villagers drew water from the spring near the ridge.", []);
    case!(pct_signed_after_number, "Closing levels: Nikkei 225 -1.2%, Hang Seng +0.4%.", [("1.2%", Percent), ("0.4%", Percent)]);
    case!(pct_over, "Turnout reached over 70 percent in the east.", [("over 70 percent", Percent)]);
    case!(pct_sign, "Inflation hit near 30% by spring.", [("near 30%", Percent), ("spring", Date)]);
    case!(pct_or_more, "Output may shrink as much as 8 percent or more this year.", [("as much as 8 percent or more", Percent), ("this year", Date)]);
    case!(pct_up_to, "Rates could climb up to 9 percent soon.", [("up to 9 percent", Percent)]);
    case!(pct_per_cent, "Unemployment fell to 4.5 per cent in March.", [("4.5 per cent", Percent), ("March", Date)]);
    case!(pct_full, "They won 100% of the seats.", [("100%", Percent)]);

    // LAW
    case!(law_eu_series_letters, "The listings follow Council Decision 2019/797/CFSP in full.", [("Council Decision 2019/797/CFSP", Law)]);
    case!(law_article_of_a_numbered_act, "Exports fall under Article 5n of Council Regulation (EU) No 269/2014 now.", [("Article 5n of Council Regulation (EU) No 269/2014", Law)]);
    case!(law_eo, "The designations were made under Executive Order 14024 on Tuesday.", [("Executive Order 14024", Law), ("Tuesday", Date)]);
    case!(law_eo_abbr, "Assets were blocked pursuant to E.O. 13224 as amended.", [("E.O. 13224", Law)]);
    case!(law_unsc, "The move breaches UN Security Council Resolution 1718 outright.", [("UN Security Council Resolution 1718", Law)]);
    case!(law_unsc_full, "It violates the United Nations Security Council resolution 2231 in full.", [("United Nations Security Council resolution 2231", Law)]);
    case!(law_resolution, "Diplomats cited resolution 2375 in the letter.", [("resolution 2375", Law)]);
    case!(law_cfr, "See the regulations at 31 C.F.R. part 510 for details.", [("31 C.F.R. part 510", Law)]);
    case!(law_article, "Ankara invoked Article 4 of the North Atlantic Treaty in the crisis.", [("Article 4 of the North Atlantic Treaty", Law)]);
    case!(law_decree_numbered, "The checks apply Presidential Decree No. 4471 and Decree 88 of the cabinet.", [("Presidential Decree No. 4471", Law), ("Decree 88", Law)]);
    case!(law_section, "Funds are barred by Section 7031(c) of the act.", [("Section 7031(c)", Law)]);
    case!(law_section_of_long_name, "Aid was cut under Section 12(b) of the Ports, Harbours, and Inland Waterways Act, 2019, last week.", [("Section 12(b) of the Ports, Harbours, and Inland Waterways Act", Law), ("2019", Date), ("last week", Date)]);
    case!(law_section_of_hyphenated_name, "She appealed under section 4 of the Counter-Piracy and Anti-Smuggling Act 2011.", [("section 4 of the Counter-Piracy and Anti-Smuggling Act", Law), ("2011", Date)]);
    case!(law_with_issuing_body, "The Council Implementing Regulation (EU) 2024/118 and Commission Decision (CFSP) 2024/7 apply.", [("Council Implementing Regulation (EU) 2024/118", Law), ("Commission Decision (CFSP) 2024/7", Law)]);
    case!(law_regulation_of_bracketed_name, "Regulation 9 of the Myanmar (Sanctions) (Overseas Territories) Regulations 2023 applies.", [("Regulation 9 of the Myanmar (Sanctions) (Overseas Territories) Regulations", Law)]);
    case!(law_gl, "Treasury issued General License 8A and GL13 on Monday.", [("General License 8A", Law), ("GL13", Law), ("Monday", Date)]);

    // negatives
    case!(neg_troops, "Some 2,000 troops will stay in the region.", []);
    case!(neg_may_be, "It may be too late. May be not.", []);
    case!(neg_number_figure, "Analysts doubted the 13818 figure in the report.", []);
    case!(neg_end_of_day, "At the end of the day, voters decide.", []);
    case!(neg_generic_years, "The feud has lasted for years and nobody cares.", []);
    case!(neg_will_last, "The talks could last two days in Oslo.", [("two days", Date)]);
    case!(neg_year_over_year, "Prices rose on a year-over-year basis.", []);
    case!(neg_year_as_count, "The club sold 1999 tickets to fans.", []);
    case!(neg_year_plural_noun, "Police deployed the 2000 officers downtown.", []);
    case!(neg_name_may, "Theresa May said little.", []);
    case!(neg_eo_unnumbered, "The executive order takes effect soon.", []);

    #[test]
    fn tables_sorted() {
        for t in [
            NUMWORDS, DATE_UNITS, TIME_UNITS, PARTS_OF_DAY, WEEKDAYS, MONTHS, MONTH_ABBR, SEASONS, HOLIDAYS, DEICTIC, MODALS,
            YEAR_PREPS, WEAK_YEAR_PREPS, FUNCTION_WORDS, MONTH_CUES, SCALES, CURRENCY_WORDS, CURRENCY_CODES, CURRENCY_SYMBOLS,
            TIMEZONES, LAW_HEADS,
        ] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
        }
    }

    /// Texts made of every word the matchers look at, in all cases, with numbers and marks.
    fn vocabulary_noise(seed: u64, words: usize) -> String {
        let src = include_str!("numex.rs");
        let code = &src[..src.find("#[cfg(test)]\nmod tests").unwrap()];
        let mut vocab: Vec<String> = code.split('"').skip(1).step_by(2).filter(|w| w.len() <= 24).map(str::to_string).collect();
        for w in ["1", "5", "12", "31", "45", "2019", "1999", "13818", "2,000", "3.4", "6:45", "2bn", "5m", "90s", "’90s", "'90s",
            "21st", "40th", "GL13", "GL", "US", "HK", "A", "GH", "-", "–", "/", "(", ")", ",", ".", "%", "$", "€", "\n\n", "7031(c)"] {
            vocab.push(w.to_string());
        }
        let mut seed = seed;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let mut s = String::new();
        for _ in 0..words {
            let w = &vocab[next() % vocab.len()];
            match next() % 8 {
                0 => s.push_str(&w.to_uppercase()),
                1 | 2 => {
                    let mut c = w.chars();
                    if let Some(f) = c.next() {
                        s.extend(f.to_uppercase());
                        s.push_str(c.as_str());
                    }
                }
                _ => s.push_str(w),
            }
            s.push_str([" ", " ", " ", "", " ", ". ", "\n"][next() % 7]);
        }
        s
    }

    /// The prefilter and the flags change nothing: at every token the matchers find nothing
    /// where its gate is closed, and each flag is the membership in its table.
    #[test]
    fn prefilter_is_exact() {
        let mut texts: Vec<String> = (0..40).map(|k| vocabulary_noise(k, 3000)).collect();
        if let Ok(dir) = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev")) {
            for e in dir.flatten() {
                let raw = std::fs::read_to_string(e.path()).unwrap_or_default();
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) {
                    texts.push(v["text"].as_str().unwrap_or_default().to_string());
                }
            }
        }
        let tables: &[(&[&str], u32, bool)] = &[
            (NUMWORDS, F_NUMWORD, false), (DATE_UNITS, F_DATE_UNIT, false), (TIME_UNITS, F_TIME_UNIT, false),
            (PARTS_OF_DAY, F_PART_OF_DAY, false), (WEEKDAYS, F_WEEKDAY, false), (MONTHS, F_MONTH, false),
            (MONTH_ABBR, F_MONTH_ABBR, false), (SEASONS, F_SEASON, false), (HOLIDAYS, F_HOLIDAY, false),
            (DEICTIC, F_DEICTIC, false), (MODALS, F_MODAL, false), (YEAR_PREPS, F_YEAR_PREP, false),
            (WEAK_YEAR_PREPS, F_WEAK_YEAR_PREP, false), (FUNCTION_WORDS, F_FUNCTION, false), (MONTH_CUES, F_MONTH_CUE, false),
            (SCALES, F_SCALE, false), (CURRENCY_WORDS, F_CURRENCY_WORD, false), (LAW_HEADS, F_LAW_HEAD, false),
            (CURRENCY_CODES, F_CURRENCY_CODE, true), (CURRENCY_SYMBOLS, F_CURRENCY_SYMBOL, true), (TIMEZONES, F_TIMEZONE, true),
        ];
        let (mut tokens, mut starts) = (0usize, 0usize);
        for text in &texts {
            let doc = segment(text);
            with_paragraphs(&doc, flags_of(&doc), |cx| {
                for i in cx.lo..cx.hi {
                    tokens += 1;
                    assert_eq!(cx.l(i), doc.tok(i).to_lowercase());
                    for (set, flag, raw) in tables {
                        let w = if *raw { cx.t(i) } else { cx.l(i) };
                        assert_eq!(cx.has(i, *flag), is_in(set, w), "{flag:#x} at {w:?}");
                    }
                    let approx = APPROX.iter().any(|ph| cx.seq(i, ph));
                    assert!(!approx || cx.has(i, F_APPROX), "approximator at {:?}", cx.t(i));
                    assert_eq!(cx.approx_end(i), cx.approx_end_by_table(i), "approximator at {:?}", cx.t(i));
                    let g = cx.gates(i);
                    if g != 0 {
                        starts += 1;
                    }
                    for k in 0..MATCHERS {
                        if g & (1 << k) == 0 {
                            let m = cx.matcher(k, i);
                            assert_eq!(m, None, "matcher {k} at {:?} in {:?}", cx.t(i), &text[doc.tokens[i].span().start..]);
                        }
                    }
                }
            });
        }
        assert!(starts * 4 < tokens * 3, "{starts} of {tokens}");
    }

    #[test]
    fn noise_never_panics() {
        let mut seed = 12345u64;
        let parts = ["1", "-", "%", "–", "20", "$", "2019", ":", "May", " ", ".", "(", ")", "a.m.", "GL", "s", "é", "’"];
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..40 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            let doc = segment(&s);
            let found = find(&doc, flags_of(&doc));
            for w in found.windows(2) {
                assert!(w[0].0.end <= w[1].0.start);
            }
            for (sp, _) in found {
                assert!(s.get(sp.start..sp.end).is_some());
            }
        }
    }

    /// Prints spans for the files listed in NUMEX_DUMP (one path a line) as JSON lines.
    #[test]
    #[ignore]
    fn dump_for_eval() {
        let Ok(list) = std::env::var("NUMEX_DUMP") else { return };
        for path in list.split(':').filter(|p| !p.is_empty()) {
            let raw = std::fs::read_to_string(path).unwrap();
            let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
            let text = v["text"].as_str().unwrap();
            let doc = segment(text);
            for (sp, l) in find(&doc, flags_of(&doc)) {
                let cs = text[..sp.start].chars().count();
                let ce = cs + sp.of(text).chars().count();
                println!("NUMEX\t{path}\t{cs}\t{ce}\t{l:?}\t{}", sp.of(text).replace('\n', " "));
            }
        }
    }
}
