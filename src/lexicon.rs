//! Lookups in the compiled lexicons (sorted static tables, no start-up cost) and the user's gazetteer.

use crate::model::{Gender, Label};
use crate::tables::{GAZETTEER, GIVEN_NAMES, SURNAMES};
use crate::GazetteerEntry;

/// A name found in a lexicon: its label and canonical name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    pub label: Label,
    pub canonical: &'a str,
}

/// The built-in tables plus a user gazetteer, which takes precedence.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// (surface form, label, canonical name), sorted by surface form.
    user: Vec<(String, Label, String)>,
}

impl Lexicon {
    pub fn new(entries: &[GazetteerEntry]) -> Lexicon {
        let mut user = Vec::new();
        for e in entries {
            let name = normalise_key(&e.name);
            user.push((name.clone(), e.label, name.clone()));
            for a in &e.aliases {
                user.push((normalise_key(a), e.label, name.clone()));
            }
        }
        user.sort_by(|a, b| a.0.cmp(&b.0));
        user.dedup_by(|a, b| a.0 == b.0);
        Lexicon { user }
    }

    /// The entry whose surface form is exactly `key` (normalised: single spaces, straight apostrophes).
    pub fn get(&self, key: &str) -> Option<Hit<'_>> {
        if let Ok(i) = self.user.binary_search_by(|e| e.0.as_str().cmp(key)) {
            let (_, label, canon) = &self.user[i];
            return Some(Hit { label: *label, canonical: canon });
        }
        let i = GAZETTEER.binary_search_by(|e| e.0.cmp(key)).ok()?;
        let (_, label, canon) = GAZETTEER[i];
        Some(Hit { label: Label::parse(label)?, canonical: canon })
    }

    /// Whether some entry starts with `prefix` (so a longer window may still match).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let i = GAZETTEER.partition_point(|e| e.0 < prefix);
        if GAZETTEER.get(i).is_some_and(|e| e.0.starts_with(prefix)) {
            return true;
        }
        let j = self.user.partition_point(|e| e.0.as_str() < prefix);
        self.user.get(j).is_some_and(|e| e.0.starts_with(prefix))
    }
}

/// The gender of a given name, if the name is known.
pub fn given_name(name: &str) -> Option<Gender> {
    let i = GIVEN_NAMES.binary_search_by(|e| e.0.cmp(name)).ok()?;
    Some(match GIVEN_NAMES[i].1 {
        b'm' => Gender::Male,
        b'f' => Gender::Female,
        _ => Gender::Unknown,
    })
}

/// Whether `word` (any case) is a frequent English word that is no name.
pub fn is_common_word(word: &str) -> bool {
    let w = word.to_lowercase();
    let list = crate::common_words::COMMON_WORDS.as_bytes();
    // binary search over the newline-separated sorted list
    let (mut lo, mut hi) = (0usize, list.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = list[..mid].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let end = list[start..].iter().position(|&b| b == b'\n').map_or(list.len(), |p| start + p);
        match list[start..end].cmp(w.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

pub fn is_surname(name: &str) -> bool {
    SURNAMES.binary_search(&name).is_ok()
}

/// A lexicon key: runs of white space to one space, curly apostrophes to straight ones.
pub fn normalise_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(if c == '’' { '\'' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_entries_take_precedence_and_aliases_map_to_the_name() {
        let lex = Lexicon::new(&[GazetteerEntry { name: "Moscow".into(), label: Label::Org, aliases: vec!["Acme  Moscow".into()] }]);
        assert_eq!(lex.get("Moscow").map(|h| h.label), Some(Label::Org));
        assert_eq!(lex.get("Acme Moscow").map(|h| h.canonical), Some("Moscow"));
        assert!(lex.has_prefix("Acme"));
        assert_eq!(Lexicon::default().get("Moscow").map(|h| h.label), Some(Label::Gpe));
    }

    #[test]
    fn names() {
        assert_eq!(given_name("Maria"), Some(Gender::Female));
        assert_eq!(given_name("zzzz"), None);
        for w in ["Order", "policy", "BEYOND", "abandoned"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["Putin", "Moscow", "zzzz", ""] {
            assert!(!is_common_word(w), "{w}");
        }
        assert_eq!(normalise_key(" Kim\u{a0} Jong’s "), "Kim Jong's");
    }
}
