//! Paragraphs, sentences and tokens with byte spans: the text handling every layer stands on.

use crate::lexicon::{in_sorted, next_non_ascii};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner apostrophes ("don't"), inner dots of
    /// abbreviations ("U.S."), and the possessive split off ("Kim", "'s").
    Word,
    /// Digits with inner separators ("3.5", "1,000", "10:30", "1990s", "12th").
    Number,
    /// A quotation mark (or an apostrophe that may be one).
    Quote(Mark),
    /// A hyphen or dash.
    Dash,
    /// Any other punctuation or symbol (".", ",", "$", "%", an emoji).
    Punct,
}

/// A quotation mark's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// “ „ « and the German low-9 opening mark.
    DoubleOpen,
    /// ” » (and “ used as a closing mark in German style).
    DoubleClose,
    /// " (direction from context).
    DoubleStraight,
    /// ‘ ‚ ‹
    SingleOpen,
    /// ’ › (also the apostrophe that ends a plural possessive: "the Bidens’").
    SingleClose,
    /// ' (direction from context).
    SingleStraight,
}

impl Mark {
    pub fn is_double(self) -> bool {
        matches!(self, Mark::DoubleOpen | Mark::DoubleClose | Mark::DoubleStraight)
    }
}

/// One token: a span and what it is.
///
/// The span is kept as two `u32` (twelve bytes a token instead of twenty-four natively: the
/// token table is the largest per-token table, read by every layer; [`segment`] takes texts of
/// up to 4 GiB) and read through [`Token::span`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: Kind,
    /// White space (or the start of the text) comes right before this token.
    pub space_before: bool,
    /// A line break comes before this token (within the white space before it).
    pub line_before: bool,
}

impl Token {
    /// Its byte span in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span { start: self.start as usize, end: self.end as usize }
    }

    /// A token over `start..end` (in order, within a text [`segment`] accepts).
    fn new(start: usize, end: usize, kind: Kind, space_before: bool, line_before: bool) -> Token {
        Token { start: start as u32, end: end as u32, kind, space_before, line_before }
    }
}

/// A sentence (or a headline, dateline or list item): its span and its tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index range into `Doc::tokens`.
    pub tokens: (usize, usize),
    /// Index of its paragraph in `Doc::paragraphs`.
    pub paragraph: usize,
}

/// A paragraph: a block of text separated from the next by a blank line (or by a
/// line break in text whose lines are not hard-wrapped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// Index range into `Doc::sentences`.
    pub sentences: (usize, usize),
    /// Its part in an interview's question-and-answer layout.
    pub role: Role,
    /// For an answer opened by its speaker's name ("DOE: …"): the name's token range.
    pub label: Option<(usize, usize)>,
}

/// What a paragraph is in an interview's question-and-answer layout.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// Ordinary text (every paragraph of a text without that layout).
    #[default]
    Prose,
    /// The interviewer's question ("Q: …", "QUESTION (Jane Doe, Radio X): …").
    Question,
    /// The interviewee's answer ("A: …"), or a paragraph opened by a label ("DOE: …", in any
    /// text), the label being its speaker's name when it names a person.
    Answer,
}

/// A segmented text.
#[derive(Debug)]
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    /// The text of every token (sliced once here: the layers ask for token texts many times).
    words: Vec<&'t str>,
    /// The sentence of every token (four bytes a token).
    sentence_at: Vec<u32>,
    /// The tokens holding bytes outside ASCII, ascending (found once here for each [`Lower`]).
    non_ascii: Vec<u32>,
}

impl<'t> Doc<'t> {
    /// The text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.words[i]
    }

    /// The texts of all the tokens (a walk over many tokens reads them with no bounds test each).
    #[inline]
    pub fn words(&self) -> &[&'t str] {
        &self.words
    }

    /// The text of token `i`, or "" past the last token.
    #[inline]
    pub fn tok_or_empty(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        let (a, b) = self.sentences[s].tokens;
        a..b
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        match self.sentence_at.get(i) {
            Some(&s) => s as usize,
            None => self.sentences.len().saturating_sub(1),
        }
    }
}

/// Split `text` into paragraphs, sentences and tokens.
///
/// # Panics
/// If `text` is 4 GiB or longer ([`Token`] keeps its offsets as `u32`; `Annotator` refuses a
/// `maxLength` above that).
pub fn segment(text: &str) -> Doc<'_> {
    // (a token's offsets are `u32`; always true in WebAssembly)
    assert!(u32::try_from(text.len()).is_ok(), "texts longer than 4 GiB are not segmented");
    let (tokens, breaks) = tokenize(text);
    let blocks = blocks(text, &breaks);
    // (sized up front: a sentence is some twenty tokens)
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut paragraphs = Vec::new();
    let mut t = 0;
    for block in blocks {
        // tokens of this block
        while t < tokens.len() && tokens[t].span().start < block.start {
            t += 1;
        }
        let first = t;
        t = first_ending_after(&tokens, t, block.end);
        if first == t {
            continue;
        }
        let s0 = sentences.len();
        split_sentences(text, &tokens, first, t, paragraphs.len(), &mut sentences);
        paragraphs.push(Paragraph {
            span: Span::new(tokens[first].span().start, tokens[t - 1].span().end),
            sentences: (s0, sentences.len()),
            role: Role::Prose,
            label: None,
        });
    }
    let words: Vec<&str> = tokens.iter().map(|t| t.span().of(text)).collect();
    interview_roles(&words, &sentences, &mut paragraphs);
    // (a token outside every sentence gets the first sentence that ends after it; filled a
    // sentence at a time, the ends of the sentences ascending)
    let mut sentence_at = vec![0; tokens.len()];
    let mut from = 0;
    for (s, sentence) in sentences.iter().enumerate() {
        let to = sentence.tokens.1.min(tokens.len());
        if to > from {
            sentence_at[from..to].fill(s as u32);
            from = to;
        }
    }
    sentence_at[from..].fill(sentences.len().saturating_sub(1) as u32);
    let non_ascii = non_ascii_tokens(text, &tokens);
    Doc { text, tokens, sentences, paragraphs, words, sentence_at, non_ascii }
}

/// The tokens holding bytes outside ASCII, found from those bytes, eight bytes of the text at a
/// time, not by a test of every token.
fn non_ascii_tokens(text: &str, tokens: &[Token]) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut k, mut i) = (0, 0);
    while let Some(p) = next_non_ascii(bytes, i) {
        // (such bytes are tens of tokens apart)
        k = first_ending_after(tokens, k, p);
        let Some(t) = tokens.get(k) else { break };
        if t.span().start > p {
            // (a byte outside the tokens: white space, a joiner)
            i = t.span().start;
            continue;
        }
        out.push(k as u32);
        i = t.span().end;
        k += 1;
    }
    out
}

/// The first token from `k` on (`k` at most `tokens.len()`) whose span ends after byte `p`, or
/// `tokens.len()`: by steps that double from `k`, then halves, for a walk through the tokens
/// to offsets tens of tokens apart (a paragraph's end, the next byte outside ASCII).
fn first_ending_after(tokens: &[Token], mut k: usize, p: usize) -> usize {
    let mut step = 1;
    while tokens.get(k + step).is_some_and(|t| t.span().end <= p) {
        k += step;
        step *= 2;
    }
    k + tokens[k..(k + step).min(tokens.len())].partition_point(|t| t.span().end <= p)
}

/// The lower case of every token in one buffer, for the layers that match lower-cased words
/// (numex, the claims layer; each builds its own and frees it after its work, so that no copy
/// of a long text lives through the whole analysis): the text with its ASCII letters lowered
/// (an ASCII token's lower case is its own span of `buf`), sixteen spaces, then the lower case
/// of each token holding letters outside ASCII, appended.
pub struct Lower {
    pub buf: String,
    /// The end of the lowered text and its padding: a token whose span ends before it can have
    /// its first sixteen bytes read at once.
    pub text_end: usize,
    /// (token, start, end in `buf`) of each token holding bytes outside ASCII, in token order
    /// (its own span when it has no letter outside ASCII).
    pub others: Vec<(usize, usize, usize)>,
}

impl Lower {
    pub fn of(doc: &Doc) -> Lower {
        let (text, tokens) = (doc.text, &doc.tokens);
        let mut buf = String::with_capacity(text.len() + 16);
        buf.push_str(text);
        buf.make_ascii_lowercase();
        buf.push_str("                ");
        let text_end = buf.len();
        let mut others = Vec::new();
        for &k in &doc.non_ascii {
            let k = k as usize;
            let t = tokens[k].span();
            let s = t.of(text);
            // (a token whose other characters are all from U+2000 to U+207F, general punctuation
            // and superscripts, none with an upper case: a curly quote or apostrophe, a dash, a
            // bullet, most of them, has its lower case in its own span; their UTF-8 is 0xE2, then
            // 0x80 or 0x81, then a continuation byte)
            let b = s.as_bytes();
            if (0..b.len()).all(|j| b[j] < 0xC0 || b[j] == 0xE2 && b.get(j + 1).is_some_and(|&c| c < 0x82)) {
                others.push((k, t.start, t.end));
            } else {
                let a = buf.len();
                buf.push_str(&crate::case::to_lower(s));
                others.push((k, a, buf.len()));
            }
        }
        Lower { buf, text_end, others }
    }
}

/// Mark an interview's question-and-answer layout: it is there when a question paragraph ("Q:",
/// "QUESTION:", "Question (Jane Doe, Radio X):") is followed by an answer ("A:", "ANSWER:") or
/// by a paragraph opened by a speaker's label ("DOE:", "Jane Doe:"). A paragraph opened by a
/// label is a labelled answer in any text (a transcript with no questions, an opening
/// statement); whether the label names a person is [`crate::entities::answerer`]'s to check.
fn interview_roles(words: &[&str], sentences: &[Sentence], paragraphs: &mut [Paragraph]) {
    let w = |i: usize| words.get(i).copied().unwrap_or("");
    let bounds = |p: &Paragraph| Some((sentences.get(p.sentences.0)?.tokens.0, sentences.get(p.sentences.1.checked_sub(1)?)?.tokens.1));
    // the opening tag of paragraph `p`: (question?, the token range of an answer's label)
    let tag = |p: &Paragraph| -> Option<(Role, Option<(usize, usize)>)> {
        let (a, b) = bounds(p)?;
        let colon = |k: usize| k + 1 < b && w(k) == ":";
        match w(a) {
            "Q" | "QUESTION" | "Question" => {
                let closes = w(a + 1) == "(" && (a + 2..(a + 16).min(b)).find(|&k| w(k) == ")").is_some_and(|k| colon(k + 1));
                (colon(a + 1) || w(a + 1) == "." || closes).then_some((Role::Question, None))
            }
            "A" if w(a + 1) == "." => Some((Role::Answer, None)),
            "A" | "ANSWER" | "Answer" if colon(a + 1) => Some((Role::Answer, None)),
            _ => {
                // (a courtesy title's full stop and a hyphen stay in the label: "MR. DOE-ROE:", "Al-Haddad:")
                let inner = |k: usize| w(k) == "." && k == a + 1 && courtesy_title(w(a)) || w(k) == "-" && k > a && starts_upper(w(k + 1));
                let k = (a..(a + 6).min(b)).find(|&k| !starts_upper(w(k)) && !inner(k))?;
                (k > a && colon(k)).then_some((Role::Answer, Some((a, k))))
            }
        }
    };
    let tags: Vec<_> = paragraphs.iter().map(tag).collect();
    let question = |i: usize| matches!(tags.get(i), Some(Some((Role::Question, _))));
    let layout = (1..tags.len()).any(|i| question(i - 1) && matches!(tags[i], Some((Role::Answer, _))));
    for (p, t) in paragraphs.iter_mut().zip(&tags) {
        match *t {
            // questions and bare answers only in the layout
            Some((role, label)) if layout || label.is_some() => {
                p.role = role;
                p.label = label;
            }
            _ => {}
        }
    }
}

/// The number of characters of `w`: `w.chars().count()` in one plain loop, for words and
/// lines (the standard library's adds a routine for long texts: 0.8 KB of the `.wasm`).
#[inline(never)]
pub fn char_count(w: &str) -> usize {
    w.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Whether `w` starts with an upper-case letter. An ASCII first byte decides alone (most words):
/// `str::starts_with` with a character test decodes the first character and calls the test,
/// and `char::is_uppercase` searches Unicode's tables, each a call in the `.wasm`.
pub fn starts_upper(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Whether `w` starts with a lower-case letter (as [`starts_upper`]).
pub fn starts_lower(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => w.chars().next().is_some_and(char::is_lowercase),
        None => false,
    }
}

/// A courtesy title that opens a transcript's speaker label: "MR DOE:", "Ms. Roe:".
pub fn courtesy_title(w: &str) -> bool {
    one_of!(w, "MR" | "MS" | "MRS" | "DR" | "Mr" | "Ms" | "Mrs" | "Dr")
}

// ---------- characters ----------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Break,
    Alnum,
    /// Glues to the token before it and lets the next character continue it
    /// (zero-width joiner, combining marks, variation selectors, soft hyphen).
    Glue,
    Quote(Mark),
    Dash,
    Other,
}

fn class(c: char) -> Class {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' | '\u{85}' => Class::Break,
        ' ' | '\t' | '\u{a0}' | '\u{200b}' | '\u{feff}' | '\u{2060}' => Class::Space,
        '“' | '„' | '«' => Class::Quote(Mark::DoubleOpen),
        '”' | '»' => Class::Quote(Mark::DoubleClose),
        '"' | '＂' => Class::Quote(Mark::DoubleStraight),
        '‘' | '‚' | '‹' => Class::Quote(Mark::SingleOpen),
        '’' | '›' => Class::Quote(Mark::SingleClose),
        '\'' => Class::Quote(Mark::SingleStraight),
        '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => Class::Dash,
        '\u{ad}' | '\u{200c}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' | '\u{e0020}'..='\u{e007f}' => Class::Glue,
        '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' => Class::Glue,
        // Arabic, Hebrew and Indic combining marks
        '\u{591}'..='\u{5c7}' | '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}' => Class::Glue,
        c if c.is_whitespace() => Class::Space,
        c if c.is_alphanumeric() => Class::Alnum,
        _ => Class::Other,
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

// ---------- tokens ----------

/// Split `text` into tokens. Linear in the text's length. Also returns the line breaks that end
/// [`blocks`]' lines ("\n", "\r\n", "\r", U+2028, U+2029), each span a whole break: this loop
/// sees every byte between the tokens, so the blocks need no second scan of the text.
pub fn tokenize(text: &str) -> (Vec<Token>, Vec<Span>) {
    let b = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut breaks = Vec::new();
    let mut space_before = true;
    let mut line_before = false;
    let mut i = 0;
    while i < b.len() {
        // (a space first: most characters between the words are one)
        if b[i] == b' ' {
            space_before = true;
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        let len = c.len_utf8();
        let cls = if c.is_ascii() { ascii_class(b[i]) } else { class(c) };
        match cls {
            Class::Space => {
                space_before = true;
                i += len;
                continue;
            }
            Class::Break => {
                space_before = true;
                line_before = true;
                // ("\r\n" one break; "\u{85}", "\u{b}" and "\u{c}" break no line of a block)
                let len = if c == '\r' && b.get(i + 1) == Some(&b'\n') { 2 } else { len };
                if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                    breaks.push(Span::new(i, i + len));
                }
                i += len;
                continue;
            }
            Class::Glue => {
                // a joiner extends the previous token when adjacent; otherwise it is ignored
                if let Some(last) = out.last_mut() {
                    if last.end as usize == i {
                        last.end = (i + len) as u32;
                        i += len;
                        // a zero-width joiner also pulls in the next symbol (emoji sequences)
                        if c == '\u{200d}' && i < b.len() {
                            let n = char_at(text, i);
                            if !n.is_whitespace() {
                                last.end = (i + n.len_utf8()) as u32;
                                i += n.len_utf8();
                            }
                        }
                        continue;
                    }
                }
                i += len;
                continue;
            }
            _ => {}
        }
        let start = i;
        let kind;
        match cls {
            Class::Alnum => {
                let (end, k) = scan_word(text, i);
                i = end;
                kind = k;
            }
            Class::Quote(mark) => {
                // '90s, 'n'
                if is_apostrophe(c) && (space_before || out.is_empty()) {
                    if let Some(end) = leading_apostrophe_word(text, i + len) {
                        push_token(&mut out, text, Token::new(start, end, Kind::Word, space_before, line_before));
                        i = end;
                        space_before = false;
                        line_before = false;
                        continue;
                    }
                }
                i += len;
                kind = Kind::Quote(mark);
            }
            Class::Dash => {
                i += len;
                kind = Kind::Dash;
            }
            _ => {
                // ellipsis "..." as one token
                if c == '.' && b.get(i + 1) == Some(&b'.') && b.get(i + 2) == Some(&b'.') {
                    i += 3;
                    while b.get(i) == Some(&b'.') {
                        i += 1;
                    }
                } else if is_regional_indicator(c) {
                    // flags: pairs of regional indicators
                    i += len;
                    if i < b.len() && is_regional_indicator(char_at(text, i)) {
                        i += 4;
                    }
                } else {
                    i += len;
                }
                kind = Kind::Punct;
            }
        }
        // (`start` never passes `i`: no ordering test, as `Span::new` makes, a token)
        push_token(&mut out, text, Token::new(start, i, kind, space_before, line_before));
        space_before = false;
        line_before = false;
    }
    (out, breaks)
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1f1e6}'..='\u{1f1ff}').contains(&c)
}

fn ascii_class(b: u8) -> Class {
    match b {
        b'\n' | b'\r' | 0x0b | 0x0c => Class::Break,
        b' ' | b'\t' => Class::Space,
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => Class::Alnum,
        b'"' => Class::Quote(Mark::DoubleStraight),
        b'\'' => Class::Quote(Mark::SingleStraight),
        b'-' => Class::Dash,
        0..=0x1f | 0x7f => Class::Space,
        _ => Class::Other,
    }
}

/// The char starting at byte `i` (which must be a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    // most characters of a text are ASCII: no decoding for them
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b as char,
        _ => text[i..].chars().next().unwrap_or('\0'),
    }
}

fn is_alnum_at(text: &str, i: usize) -> bool {
    i < text.len() && text.is_char_boundary(i) && class(char_at(text, i)) == Class::Alnum
}

/// Scan a word or number starting at `i`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, Kind) {
    let b = text.as_bytes();
    let mut i = start;
    let digit_start = b[start].is_ascii_digit();
    let mut all_digits = true;
    let mut inner_dots = false;
    let mut run_letters = 0usize; // letters since the last dot
    'word: loop {
        // run of alphanumerics and glue (ASCII letters and digits a byte at a time first)
        while i < b.len() {
            // (letters counted, not flagged one by one: this loop sees most bytes of a text)
            let mut letters = 0;
            // (eight bytes at a time while all are letters, then a byte at a time)
            while let Some(w) = b.get(i..i + 8) {
                let n = letter_prefix(u64::from_le_bytes(w.try_into().unwrap()));
                letters += n;
                i += n;
                if n < 8 {
                    break;
                }
            }
            // (a space ends the word whatever came before it: most words end so, and skip the
            // tests below)
            if b.get(i) == Some(&b' ') {
                break 'word;
            }
            while let Some(&c) = b.get(i) {
                let letter = (c | 0x20).wrapping_sub(b'a') < 26;
                if !letter && !c.is_ascii_digit() {
                    break;
                }
                letters += usize::from(letter);
                i += 1;
            }
            if letters > 0 {
                all_digits = false;
                run_letters += letters;
            }
            if i >= b.len() {
                break;
            }
            let c = char_at(text, i);
            // (an ASCII character that is no letter or digit ends the run)
            match if c.is_ascii() { Class::Other } else { class(c) } {
                Class::Alnum => {
                    if !c.is_ascii_digit() {
                        all_digits = false;
                        run_letters += 1;
                    }
                    i += c.len_utf8();
                }
                Class::Glue => i += c.len_utf8(),
                _ => break,
            }
        }
        if i >= b.len() {
            break;
        }
        let c = char_at(text, i);
        let next = i + c.len_utf8();
        // inner apostrophe: don't, O'Brien (the possessive is split off later)
        if is_apostrophe(c) && is_alnum_at(text, next) && !digit_start {
            i = next;
            continue;
        }
        if digit_start && all_digits && (c == '.' || c == ',' || c == ':') && next < b.len() && b[next].is_ascii_digit() {
            i = next;
            continue;
        }
        // abbreviations with inner dots: U.S., e.g., U.N.
        if c == '.' && !digit_start && matches!(run_letters, 1 | 2) {
            if is_alnum_at(text, next) && next < b.len() && b[next].is_ascii_alphabetic() {
                // the letter run after the dot must be short too (U.S.A., not "end.Next")
                let mut j = next;
                while j < b.len() && b[j].is_ascii_alphabetic() {
                    j += 1;
                }
                if j - next <= 2 && b.get(j) == Some(&b'.') {
                    inner_dots = true;
                    run_letters = 0;
                    i = next;
                    continue;
                }
            }
            if inner_dots {
                i = next; // the final dot of "U.S."
            }
        }
        break;
    }
    let kind = if digit_start { Kind::Number } else { Kind::Word };
    (i, kind)
}

/// How many of the eight bytes of `x` (the first in the low byte) lead it as ASCII letters.
/// Each byte's tests end in its high bit, and no carry runs from one byte into the next.
#[inline]
fn letter_prefix(x: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let y = (x | 0x2020_2020_2020_2020) & LOW7;
    let letter = (y + ONES * (0x80 - b'a' as u64)) & !(y + ONES * (0x7f - b'z' as u64)) & !x;
    // (8 when all are: the trailing zeros of 0 are 64)
    (!letter & !LOW7).trailing_zeros() as usize / 8
}

/// After a word-initial apostrophe: "'90s", "'n'" ; returns the end of the word.
fn leading_apostrophe_word(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if i + 1 < b.len() && b[i].is_ascii_digit() && b[i + 1].is_ascii_digit() {
        let mut j = i + 2;
        while j < b.len() && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        return Some(j);
    }
    // rock 'n' roll
    if i < b.len() && (b[i] == b'n' || b[i] == b'N') {
        let after = i + 1;
        if after < text.len() && is_apostrophe(char_at(text, after)) {
            let end = after + char_at(text, after).len_utf8();
            if end >= b.len() || b[end] == b' ' {
                return Some(end);
            }
        }
    }
    None
}

/// Push token `t`, with the possessive "'s" / "’s" split off a word ("Kim’s" → "Kim", "’s").
#[inline]
fn push_token(out: &mut Vec<Token>, text: &str, t: Token) {
    // (only a word ending in "s" or "S" can end in a possessive)
    if t.kind == Kind::Word && matches!(text.as_bytes().get(t.span().end.wrapping_sub(1)), Some(b's' | b'S')) {
        return push_possessive(out, text, t);
    }
    out.push(t);
}

/// [`push_token`] of a word ending in "s" or "S".
#[inline(never)]
fn push_possessive(out: &mut Vec<Token>, text: &str, t: Token) {
    let s = t.span().of(text);
    let cut = if s.len() > 3 && (s.ends_with("'s") || s.ends_with("'S")) {
        Some(s.len() - 2)
    } else if s.len() > 5 && (s.ends_with("’s") || s.ends_with("’S")) {
        Some(s.len() - 4)
    } else {
        None
    };
    if let Some(c) = cut {
        let mid = t.span().start + c;
        out.push(Token { end: mid as u32, ..t });
        out.push(Token::new(mid, t.span().end, Kind::Word, false, false));
        return;
    }
    out.push(t);
}

// ---------- blocks and paragraphs ----------

/// Paragraph blocks: split at blank lines, and at every line break when the block's
/// lines are not hard-wrapped prose. `breaks` are the text's line breaks, from [`tokenize`].
fn blocks(text: &str, breaks: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    let flush = |lines: &mut Vec<Span>, out: &mut Vec<Span>| {
        if lines.is_empty() {
            return;
        }
        if is_hard_wrapped(text, lines) {
            out.push(Span::new(lines[0].start, lines[lines.len() - 1].end));
        } else {
            out.extend(lines.iter().copied());
        }
        lines.clear();
    };
    let mut start = 0;
    // (each line ends at the next break, the last at the end of the text)
    for end in breaks.iter().copied().chain([Span::new(text.len(), text.len())]) {
        let line = Span::new(start, end.start);
        if line.of(text).trim().is_empty() {
            flush(&mut lines, &mut out);
        } else {
            lines.push(line);
        }
        start = end.end;
    }
    flush(&mut lines, &mut out);
    out
}

/// Lines that run on into each other: most are long and of similar length, and a
/// line ending without final punctuation is followed by one starting in lower case
/// somewhere in the block.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let lens: Vec<usize> = lines[..lines.len() - 1].iter().map(|l| char_count(l.of(text).trim_end())).collect();
    let max = *lens.iter().max().unwrap_or(&0);
    if !(40..=100).contains(&max) {
        return false;
    }
    let long = lens.iter().filter(|&&n| n * 10 >= max * 7).count();
    if long * 10 < lens.len() * 8 {
        return false;
    }
    lines.windows(2).any(|w| {
        let prev = w[0].of(text).trim_end();
        let next = w[1].of(text).trim_start();
        !prev.ends_with(['.', '!', '?', ':', '"', '”']) && starts_lower(next)
    })
}

// ---------- sentences ----------

/// Titles and abbreviations after which a full stop never ends a sentence.
const TITLE_ABBREVS: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Fr", "Gen", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mr",
    "Mrs", "Ms", "Mt", "Pres", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sgt", "Sr", "Sra", "St", "Sta", "Supt", "vs",
];

/// Abbreviations that do not end a sentence before a number ("No. 2", "Jan. 5").
const NUMBER_ABBREVS: &[&str] = &[
    "Apr", "Art", "Aug", "Dec", "Feb", "Fig", "Jan", "Jul", "Jun", "Mar", "No", "Nos", "Nov", "Oct", "Sec", "Sep", "Sept", "Vol",
    "no", "p", "pp", "para",
];

/// Abbreviations that end a sentence only before a word that usually starts one.
const SOFT_ABBREVS: &[&str] = &[
    "Ave", "Bhd", "Bros", "Cia", "Cie", "Co", "Corp", "Dept", "Inc", "Jr", "Ltd", "Ltda", "Plc", "Pte", "Pty", "Pvt", "Sdn", "Şti", "approx", "cf", "dept", "est", "etc", "govt", "inc", "ltd",
];

/// Capitalised words that usually start a sentence rather than continue a name.
const SENTENCE_STARTERS: &[&str] = &[
    "A", "After", "Also", "An", "And", "As", "At", "But", "By", "During", "For", "He", "Her", "His", "However", "I", "If", "In",
    "It", "Its", "Meanwhile", "Mr", "Mrs", "Ms", "No", "Now", "On", "One", "Our", "She", "So", "Some", "That", "The", "Their",
    "There", "These", "They", "This", "Those", "To", "Under", "We", "What", "When", "While", "Why", "With", "Yet", "You",
];

fn split_sentences(text: &str, toks: &[Token], first: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut start = first;
    let mut i = first;
    let b = text.as_bytes();
    loop {
        // (only a token after a line break can open a bullet item, and every stop ends in '.',
        // '!', '?' or a byte of a non-ASCII character: most tokens fail both tests, skipped here)
        while i < end && !toks[i].line_before && !b.get(toks[i].span().end.wrapping_sub(1)).is_some_and(|&c| c >= 0x80 || matches!(c, b'.' | b'!' | b'?')) {
            i += 1;
        }
        if i >= end {
            break;
        }
        let t = toks[i];
        // a line break inside a block that is not hard-wrapped never reaches here; inside
        // hard-wrapped prose a bullet marker at a line start opens a new item
        if i > start && t.line_before && is_bullet(text, toks, i) {
            push(toks, text, start, i, paragraph, out);
            start = i;
        }
        if let Some(after) = sentence_end(text, toks, i, end) {
            push(toks, text, start, after, paragraph, out);
            start = after;
            i = after;
            continue;
        }
        i += 1;
    }
    if start < end {
        push(toks, text, start, end, paragraph, out);
    }
}

/// The most tokens a sentence holds. A text with no sentence punctuation (a pasted list, a
/// transcript, an unclosed quotation) would otherwise be one sentence, and the rules that look
/// through a sentence for each of its words would take time that grows with its square: half a
/// megabyte of such text took 15 seconds. No sentence of the news text we have comes near this.
const MAX_SENTENCE_TOKENS: usize = 250;

fn push(toks: &[Token], text: &str, mut a: usize, b: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    loop {
        // an over-long one is cut after the last comma, semicolon or colon in the second half of
        // the window, or where the window ends
        let window = a + MAX_SENTENCE_TOKENS / 2..a + MAX_SENTENCE_TOKENS;
        let cut = if b - a > MAX_SENTENCE_TOKENS {
            window.clone().rev().find(|&i| matches!(toks[i].span().of(text), "," | ";" | ":")).map_or(window.end, |i| i + 1)
        } else {
            b
        };
        out.push(Sentence { span: Span::new(toks[a].span().start, toks[cut - 1].span().end), tokens: (a, cut), paragraph });
        if cut == b {
            return;
        }
        a = cut;
    }
}

fn is_bullet(text: &str, toks: &[Token], i: usize) -> bool {
    let s = toks[i].span().of(text);
    one_of!(s, "•" | "*" | "-" | "–" | "—" | "·" | "▪" | "◦")
        || (toks[i].kind == Kind::Number && toks.get(i + 1).map(|n| n.span().of(text)) == Some(".") && s.len() <= 2)
}

/// If a sentence ends at token `i`, the index of the first token after it (closing
/// quotes and brackets included).
fn sentence_end(text: &str, toks: &[Token], i: usize, end: usize) -> Option<usize> {
    let t = toks[i];
    let s = t.span().of(text);
    let terminal = match s {
        "." | "!" | "?" | "…" | "‽" | "。" | "！" | "？" => true,
        _ if s.starts_with("...") => true,
        _ => t.kind == Kind::Word && s.len() > 2 && s.ends_with('.'), // "U.S." at the end
    };
    if !terminal {
        return None;
    }
    // closing marks glued after the stop: ." .” .) .’
    let mut j = i + 1;
    while j < end && !toks[j].space_before {
        let n = toks[j].span().of(text);
        let closes = matches!(toks[j].kind, Kind::Quote(Mark::DoubleClose | Mark::SingleClose | Mark::DoubleStraight | Mark::SingleStraight))
            || one_of!(n, ")" | "]" | "}" | "!" | "?" | ".");
        if !closes {
            return None; // "3.5" is one token already; "a.b" is not an end
        }
        j += 1;
    }
    if j >= end {
        return Some(end);
    }
    let next = toks[j];
    let ntext = next.span().of(text);
    let next_starts = ntext.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || matches!(next.kind, Kind::Quote(_))
        || one_of!(ntext, "(" | "[" | "¿" | "¡" | "•" | "*")
        || next.kind == Kind::Dash
        || !ntext.starts_with(|c: char| c.is_alphabetic()) && next.kind == Kind::Punct;
    if !next_starts {
        return None;
    }
    // the word before the stop
    if s == "." && i > 0 && !toks[i].space_before {
        let prev = toks[i - 1].span().of(text);
        let starter = in_sorted(SENTENCE_STARTERS, ntext);
        if in_sorted(TITLE_ABBREVS, prev) {
            return None;
        }
        if NUMBER_ABBREVS.contains(&prev) && (next.kind == Kind::Number || !starter) {
            return None;
        }
        if SOFT_ABBREVS.contains(&prev) && !starter {
            return None;
        }
        // an initial: "Donald J. Trump" (but "… Plan B. The …" ends, and so does "… on X.
        // Russia …": an initial follows a name or another initial, not a lower-case word)
        let after_lower = i >= 2 && toks[i - 2].kind == Kind::Word && starts_lower(toks[i - 2].span().of(text));
        if char_count(prev) == 1 && starts_upper(prev) && !starter && !after_lower {
            return None;
        }
    }
    if t.kind == Kind::Word && s != "." && !in_sorted(SENTENCE_STARTERS, ntext) {
        return None; // "U.S. President" continues
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).0.iter().map(|t| t.span().of(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        let d = segment(text);
        d.sentences.iter().map(|s| s.span.of(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$($tok:expr),*]) => {
            #[test]
            fn $name() {
                assert_eq!(toks($text), vec![$($tok),*]);
            }
        };
    }

    macro_rules! s {
        ($name:ident, $text:expr, [$($sent:expr),*]) => {
            #[test]
            fn $name() {
                assert_eq!(sents($text), vec![$($sent),*]);
            }
        };
    }

    t!(tok_plain, "Hello, world.", ["Hello", ",", "world", "."]);
    t!(tok_contraction, "They don't know", ["They", "don't", "know"]);
    t!(tok_possessive_straight, "Kim's visit", ["Kim", "'s", "visit"]);
    t!(tok_possessive_curly, "Putin’s plan", ["Putin", "’s", "plan"]);
    t!(tok_irish, "O'Brien said", ["O'Brien", "said"]);
    t!(tok_decade, "the '90s boom", ["the", "'90s", "boom"]);
    t!(tok_rock_n_roll, "rock 'n' roll", ["rock", "'n'", "roll"]);
    t!(tok_plural_possessive, "the Bidens' home", ["the", "Bidens", "'", "home"]);
    t!(tok_us_dots, "the U.S. and U.N. agreed", ["the", "U.S.", "and", "U.N.", "agreed"]);
    t!(tok_eg, "e.g. this", ["e.g.", "this"]);
    t!(tok_decimal_time, "3.5 percent at 10:30 for 1,000,000", ["3.5", "percent", "at", "10:30", "for", "1,000,000"]);
    t!(tok_money, "US$400 million", ["US", "$", "400", "million"]);
    t!(tok_hyphen, "Korea-Russia ties", ["Korea", "-", "Russia", "ties"]);
    t!(tok_dash, "Kim – and Moon—met", ["Kim", "–", "and", "Moon", "—", "met"]);
    t!(tok_quotes, "“Yes,” he said", ["“", "Yes", ",", "”", "he", "said"]);
    t!(tok_straight_quotes, "\"No\" 'maybe'", ["\"", "No", "\"", "'", "maybe", "'"]);
    t!(tok_ellipsis, "wait... what", ["wait", "...", "what"]);
    t!(tok_accents, "Erdoğan and Lavrov", ["Erdoğan", "and", "Lavrov"]);
    t!(tok_combining, "Erdog\u{306}an", ["Erdog\u{306}an"]);
    t!(tok_cjk, "金正恩 met", ["金正恩", "met"]);
    t!(tok_emoji_zwj, "a 👩‍👩‍👧 family", ["a", "👩‍👩‍👧", "family"]);
    t!(tok_flag, "🇰🇷 flag", ["🇰🇷", "flag"]);
    t!(tok_nbsp_zwsp, "New\u{a0}York\u{200b}City", ["New", "York", "City"]);
    t!(tok_soft_hyphen, "denuclear\u{ad}isation", ["denuclear\u{ad}isation"]);
    t!(tok_ordinal, "the 12th and 1990s", ["the", "12th", "and", "1990s"]);
    t!(tok_rtl, "قال لافروف", ["قال", "لافروف"]);

    /// Each paragraph's interview role, with the text of its label.
    fn roles(text: &str) -> Vec<(Role, Option<String>)> {
        let d = segment(text);
        d.paragraphs.iter().map(|p| (p.role, p.label.map(|(a, b)| Span::new(d.tokens[a].span().start, d.tokens[b - 1].span().end).of(text).to_string()))).collect()
    }

    #[test]
    fn interview_bare_tags() {
        let r = roles("Ana Ruiz ran the mint for years.\n\nQ: Why did you leave?\n\nA: The pay.\n\nQ. And now?\n\nA. I rest.");
        assert_eq!(r.iter().map(|x| x.0).collect::<Vec<_>>(), [Role::Prose, Role::Question, Role::Answer, Role::Question, Role::Answer]);
    }

    #[test]
    fn interview_labelled_answers_and_opening_statement() {
        let r = roles("A briefing on the port.\n\nRUIZ: Good morning to all.\n\nQUESTION (Tom Reed, Harbour Radio): Why the fees?\n\nRUIZ: Costs rose.\n\nNote: The text is edited.");
        let ruiz = Some("RUIZ".to_string());
        assert_eq!(r, [(Role::Prose, None), (Role::Answer, ruiz.clone()), (Role::Question, None), (Role::Answer, ruiz), (Role::Answer, Some("Note".to_string()))]);
    }

    #[test]
    fn interview_hyphenated_label() {
        let r = roles("Lena Ost-Varga ran the port.\n\nQ: Why the fees?\n\nOst-Varga: Costs rose.");
        assert_eq!(r[2], (Role::Answer, Some("Ost-Varga".to_string())));
    }

    #[test]
    fn no_interview_without_a_question_and_its_answer() {
        let r = roles("Question marks remain over the deal.\n\nAnswer: none yet.\n\nQ: Why now?");
        assert!(r.iter().all(|x| *x == (Role::Prose, None)), "{r:?}");
    }

    #[test]
    fn labels_with_a_courtesy_title() {
        let r = roles("Port briefing\n\nMR. ODUYA: Good morning.\n\nQ: Why?\n\nMS DALE-ROSS: Costs.\n\nIn May. Prices rose.");
        assert_eq!(r[1], (Role::Answer, Some("MR. ODUYA".to_string())));
        assert_eq!(r[3], (Role::Answer, Some("MS DALE-ROSS".to_string())));
    }

    #[test]
    fn labelled_paragraphs_in_a_text_without_questions() {
        let r = roles("Port briefing\n\nODUYA: Good morning.\n\nNote: The figures are estimates.");
        assert_eq!(r, [(Role::Prose, None), (Role::Answer, Some("ODUYA".to_string())), (Role::Answer, Some("Note".to_string()))]);
    }

    s!(sent_simple, "It rained. Then it stopped.", ["It rained.", "Then it stopped."]);
    s!(sent_mr, "Mr. Smith went. He left.", ["Mr. Smith went.", "He left."]);
    s!(sent_gen, "Gen. Soleimani was killed.", ["Gen. Soleimani was killed."]);
    s!(sent_us_mid, "The U.S. President spoke.", ["The U.S. President spoke."]);
    s!(sent_us_end, "He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]);
    s!(sent_no_number, "It was No. 2 in the list.", ["It was No. 2 in the list."]);
    s!(sent_month, "On Jan. 5 they met.", ["On Jan. 5 they met."]);
    s!(sent_initial, "Donald J. Trump spoke.", ["Donald J. Trump spoke."]);
    s!(sent_letter_after_lower_word, "She posted the note on X. Officials read it.", ["She posted the note on X.", "Officials read it."]);
    s!(sent_initial_in_lower_context, "The report by John F. Kennedy scholars was long.", ["The report by John F. Kennedy scholars was long."]);
    s!(sent_decimal, "Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]);
    s!(sent_time, "At 10.30 a.m. they met.", ["At 10.30 a.m. they met."]);
    s!(sent_quote_after_stop, "He said, “We will go.” Then he left.", ["He said, “We will go.”", "Then he left."]);
    s!(sent_question_in_quote, "“Why?” she asked.", ["“Why?” she asked."]);
    s!(sent_ellipsis, "We waited… Nothing came.", ["We waited…", "Nothing came."]);
    s!(sent_headline, "Leaders meet in Hanoi\n\nThe talks began on Monday.", ["Leaders meet in Hanoi", "The talks began on Monday."]);
    s!(sent_lines, "MOSCOW\nTalks began.\nShare this", ["MOSCOW", "Talks began.", "Share this"]);
    s!(sent_crlf, "One.\r\n\r\nTwo.", ["One.", "Two."]);
    s!(sent_bullets, "Measures:\n- a ban on flights\n- an asset freeze", ["Measures:", "- a ban on flights", "- an asset freeze"]);
    s!(sent_inc, "He works at Acme Inc. The firm grew.", ["He works at Acme Inc.", "The firm grew."]);
    s!(sent_inc_mid, "Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]);

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "The minister said on Thursday that the talks with the\nNorth Korean delegation would continue into next week and\nthat he expected a statement from both sides soon after.\n";
        assert_eq!(sents(text).len(), 1);
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let d = segment("One. Two.\n\nThree.\n \nFour");
        assert_eq!(d.paragraphs.len(), 3);
        assert_eq!(d.paragraphs[0].sentences, (0, 2));
        assert_eq!(d.sentences[3].paragraph, 2);
    }

    #[test]
    fn empty_and_space_only() {
        assert!(segment("").sentences.is_empty());
        assert!(segment(" \n\t\u{a0}\u{200b}").tokens.is_empty());
    }

    #[test]
    fn first_letter_tests_agree_with_the_character_tests() {
        let mut words: Vec<String> = (0u8..128).map(|b| format!("{}x", b as char)).collect();
        words.extend(["", "Émile", "émile", "Øresund", "ßtraße", "ǅemal", "日本", "1st", "’s", "Ωmega", "ωmega"].map(String::from));
        for w in &words {
            assert_eq!(starts_upper(w), w.starts_with(char::is_uppercase), "{w:?}");
            assert_eq!(starts_lower(w), w.starts_with(char::is_lowercase), "{w:?}");
        }
    }

    #[test]
    fn letter_prefix_counts_as_a_byte_at_a_time() {
        for v in 0..=255u8 {
            for k in 0..8 {
                let mut w = *b"aZbzAYqm";
                w[k] = v;
                let n = w.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                assert_eq!(letter_prefix(u64::from_le_bytes(w)), n, "{v} at {k}");
            }
        }
    }

    #[test]
    fn blocks_split_after_tabs_and_control_bytes() {
        // (a vertical tab breaks a token's line, not a block's; tabs and other control bytes break none)
        let text = "a\tb c d e f g h i\x0b\n\nnext\tparagraph\x01 with more words\r\n\r\nthird\u{2028}\u{2028}x\ty\tz\t\t\t\t\t\t";
        let got: Vec<&str> = blocks(text, &tokenize(text).1).iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["a\tb c d e f g h i\x0b", "next\tparagraph\x01 with more words", "third", "x\ty\tz\t\t\t\t\t\t"]);
        // (a lone "\r" breaks a line, "\r\r\n" two, a next-line character none)
        let text = "a\rb\r\r\nc\u{85}d";
        let got: Vec<&str> = blocks(text, &tokenize(text).1).iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["a", "b", "c\u{85}d"]);
    }

    #[test]
    fn spans_never_split_code_points() {
        let text = "“Çà” – 👍🏽 ‘x’ 日本 \u{200d}\u{ad}a\u{301}' ’ \r\n“";
        for t in tokenize(text).0 {
            assert!(text.is_char_boundary(t.span().start) && text.is_char_boundary(t.span().end));
            assert!(!t.span().is_empty());
        }
    }

    /// The tokens holding bytes outside ASCII are those a test of every token finds (with such
    /// bytes between tokens too: a no-break space, a zero-width joiner), far apart or side by
    /// side; and each token's lower case in [`Lower`] is its own `to_lowercase`, whether its
    /// other characters are punctuation (a curly quote, a dash, a superscript) or letters.
    #[test]
    fn non_ascii_tokens_and_their_lower_case() {
        let far = format!("{} «Ärger» {} Ǆemal—Ltd\u{a0}x\u{200d}y ⁿ “QUOTED” É", "plain words here ".repeat(40), "and more ".repeat(70));
        for text in ["", "plain ASCII only.", "É", "“Hi,” said Åsa — à Zürich…", "a\u{a0}b\u{a0}\u{a0}C’S Ⅻ ǅ ΣΑΣ", far.as_str()] {
            let doc = segment(text);
            let want: Vec<u32> = (0..doc.tokens.len()).filter(|&k| !doc.tok(k).is_ascii()).map(|k| k as u32).collect();
            assert_eq!(doc.non_ascii, want, "{text:?}");
            let lower = Lower::of(&doc);
            let mut others = lower.others.iter();
            for k in 0..doc.tokens.len() {
                let got = match doc.tok(k).is_ascii() {
                    true => doc.tokens[k].span().of(&lower.buf),
                    false => {
                        let &(at, a, b) = others.next().expect("a token outside ASCII");
                        assert_eq!(at, k);
                        &lower.buf[a..b]
                    }
                };
                assert_eq!(got, doc.tok(k).to_lowercase(), "token {k} of {text:?}");
            }
            assert!(others.next().is_none());
        }
    }

    /// `tokenize`'s line breaks are every "\r\n", "\n", "\r", U+2028 and U+2029 of the text,
    /// found by a plain scan here: none is swallowed by a token (a URL, an abbreviation, a word
    /// glued by an apostrophe or a hyphen), and a next-line character or a vertical tab is none.
    #[test]
    fn tokenize_finds_every_line_break() {
        fn plain(text: &str) -> Vec<Span> {
            let mut out = Vec::new();
            let mut it = text.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                let len = match c {
                    '\r' if it.peek().is_some_and(|&(_, n)| n == '\n') => {
                        it.next();
                        2
                    }
                    '\n' | '\r' => 1,
                    '\u{2028}' | '\u{2029}' => 3,
                    _ => continue,
                };
                out.push(Span::new(i, i + len));
            }
            out
        }
        let pieces = [
            "word", "U.S.", "e.g.", "it\u{2019}s", "rock'n'roll", "well-", "known", "http://x.org/a?b=c", "3.5", "$4", "#tag", "@user", "\u{201c}",
            "\u{201d}", "'", "-", "\u{2014}", ".", "...", " ", "\t", "\u{a0}", "\u{200b}", "\u{ad}", "\u{301}", "\r", "\n", "\r\n", "\u{2028}", "\u{2029}",
            "\u{85}", "\u{b}", "\u{c}", "\u{91d1}", "\u{1f44d}\u{1f3fd}", "\u{1f1fa}\u{1f1f8}",
        ];
        // (every sequence of three pieces, then longer ones from a fixed stride)
        let mut texts: Vec<String> = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push([a, b, c].concat());
                }
            }
        }
        for k in 0..2000 {
            texts.push((0..12).map(|j| pieces[(k * 7 + j * j * 13 + j) % pieces.len()]).collect());
        }
        for text in &texts {
            assert_eq!(tokenize(text).1, plain(text), "{text:?}");
        }
    }

    #[test]
    fn a_text_without_stops_is_cut_into_bounded_sentences() {
        // a pasted word list with no full stop: 1,200 words, a comma after every 90th
        let words: Vec<String> = (0..1200).map(|i| if i % 90 == 89 { format!("item{i},") } else { format!("item{i}") }).collect();
        let text = words.join(" ");
        let doc = segment(&text);
        assert!(doc.sentences.len() > 1200 / MAX_SENTENCE_TOKENS);
        let mut next = 0;
        for s in &doc.sentences {
            let (a, b) = s.tokens;
            assert_eq!(a, next, "the sentences cover every token in turn");
            assert!(b - a <= MAX_SENTENCE_TOKENS);
            // a cut falls after a comma where the window has one
            if b < doc.tokens.len() {
                assert_eq!(doc.tok(b - 1), ",");
            }
            next = b;
        }
        assert_eq!(next, doc.tokens.len());
    }
}
