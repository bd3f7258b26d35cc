//! Checks on the generated lexicon tables (`src/tables.rs`, from `scripts/gen_lexicons.py`).

use article_annotator::tables::{GAZETTEER, GIVEN_NAMES, SURNAMES};

const LABELS: &[&str] = &[
    "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "DATE", "TIME", "MONEY", "PERCENT",
];

fn well_formed(s: &str) -> bool {
    !s.is_empty()
        && s.trim() == s
        && !s.contains("  ")
        && !s.contains('\u{2019}')
        && !s.contains('\u{2018}')
        && !s.contains(['\t', '\n', '\r'])
}

fn strictly_sorted<'a>(keys: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let keys: Vec<&str> = keys.collect();
    for w in keys.windows(2) {
        if w[0].as_bytes() >= w[1].as_bytes() {
            return Err(format!("{:?} is not before {:?}", w[0], w[1]));
        }
    }
    Ok(())
}

#[test]
fn gazetteer_is_sorted_unique_and_well_formed() {
    assert!(GAZETTEER.len() > 1000);
    strictly_sorted(GAZETTEER.iter().map(|e| e.0)).unwrap();
    for (surface, label, canonical) in GAZETTEER.iter() {
        assert!(well_formed(surface), "bad surface {surface:?}");
        assert!(well_formed(canonical), "bad canonical {canonical:?} for {surface:?}");
        assert!(LABELS.contains(&label), "bad label {label:?} for {surface:?}");
        assert!(
            surface == "The Hague" || !(surface.starts_with("the ") || surface.starts_with("The ")),
            "leading the: {surface:?}"
        );
    }
}

#[test]
fn given_names_are_sorted_unique_and_well_formed() {
    assert!(GIVEN_NAMES.len() > 1000);
    strictly_sorted(GIVEN_NAMES.iter().map(|e| e.0)).unwrap();
    for (name, gender) in GIVEN_NAMES.iter() {
        assert!(well_formed(name) && !name.contains(' '), "bad given name {name:?}");
        assert!(matches!(gender, b'm' | b'f' | b'u'), "bad gender for {name:?}");
    }
}

#[test]
fn surnames_are_sorted_unique_and_well_formed() {
    assert!(SURNAMES.len() > 1000);
    strictly_sorted(SURNAMES.iter()).unwrap();
    for name in SURNAMES.iter() {
        assert!(well_formed(name) && !name.contains(' '), "bad surname {name:?}");
    }
}

fn gaz(surface: &str) -> Option<(&'static str, &'static str)> {
    GAZETTEER.get(surface)
}

macro_rules! g {
    ($surface:expr, $label:expr, $canonical:expr) => {
        assert_eq!(gaz($surface), Some(($label, $canonical)), "gazetteer entry {:?}", $surface);
    };
}

#[test]
fn gazetteer_spot_checks() {
    g!("Moscow", "GPE", "Moscow");
    g!("U.S.", "GPE", "United States");
    g!("US", "GPE", "United States");
    g!("America", "GPE", "United States");
    g!("Britain", "GPE", "United Kingdom");
    g!("DPRK", "GPE", "North Korea");
    g!("Russian Federation", "GPE", "Russia");
    g!("Türkiye", "GPE", "Turkey");
    g!("Kiev", "GPE", "Kyiv");
    g!("Crimea", "GPE", "Crimea");
    g!("Texas", "GPE", "Texas");
    g!("Reuters", "ORG", "Reuters");
    g!("KCNA", "ORG", "Korean Central News Agency");
    g!("White House", "ORG", "White House");
    g!("Kremlin", "ORG", "Kremlin");
    g!("Treasury", "ORG", "Treasury");
    g!("OFAC", "ORG", "Office of Foreign Assets Control");
    g!("Houthis", "ORG", "Houthis");
    g!("EU", "ORG", "European Union");
    g!("Russian", "NORP", "Russia");
    g!("North Koreans", "NORP", "North Korea");
    g!("Kurds", "NORP", "Kurds");
    g!("Republicans", "NORP", "Republicans");
    g!("Middle East", "LOC", "Middle East");
    g!("Korean Peninsula", "LOC", "Korean Peninsula");
    g!("TurkStream", "FAC", "TurkStream");
    g!("World War II", "EVENT", "World War II");
    g!("Caesar Act", "LAW", "Caesar Act");
    g!("Sergei Lavrov", "PERSON", "Sergey Lavrov");
    g!("Kim Jong-un", "PERSON", "Kim Jong Un");
    g!("Recep Tayyip Erdoğan", "PERSON", "Recep Tayyip Erdogan");
    assert_eq!(gaz("the United States"), None);
}

#[test]
fn name_spot_checks() {
    let given = |n: &str| GIVEN_NAMES.get(n);
    assert_eq!(given("John"), Some(b'm'));
    assert_eq!(given("Maria"), Some(b'f'));
    assert!(given("Mohammed").is_some() && given("Sergey").is_some() && given("Hiroshi").is_some());
    assert_eq!(given("Will"), None, "English words are filtered out");
    assert_eq!(given("May"), None);
    let surname = |n: &str| SURNAMES.contains(n);
    assert!(surname("Smith") && surname("Kim") && surname("Park") && surname("Wang") && surname("Ivanov"));
    assert!(!surname("White") && !surname("Young"));
}

/// The rows of a generated data/lexicon file (without its '#' header).
fn rows(file: &str) -> Vec<String> {
    let path = format!("{}/data/lexicon/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

#[test]
fn packed_tables_hold_exactly_the_lexicon_files() {
    // src/tables.rs is generated from these files (python3 scripts/gen_lexicons.py --tables-only)
    let gaz: Vec<String> = GAZETTEER.iter().map(|(s, l, c)| format!("{s}\t{l}\t{c}")).collect();
    assert_eq!(gaz, rows("gazetteer.tsv"));
    let given: Vec<String> = GIVEN_NAMES.iter().map(|(n, g)| format!("{n}\t{}", g as char)).collect();
    assert_eq!(given, rows("given_names.tsv"));
    assert_eq!(SURNAMES.iter().collect::<Vec<_>>(), rows("surnames.txt"));
    for (i, s) in SURNAMES.iter().enumerate() {
        assert_eq!(SURNAMES.find(s), Ok(i));
        assert_eq!(SURNAMES.get(i), s);
        assert_eq!(SURNAMES.find(&format!("{s}\0")), Err(i + 1), "just after {s:?}");
    }
    assert_eq!(SURNAMES.find(""), Err(0));
    assert_eq!(SURNAMES.find("\u{10FFFF}"), Err(SURNAMES.len()));
}
