//! Property tests: any string is annotated without a panic, and every span slices cleanly.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{annotate, Options, Unit};
use proptest::prelude::*;

/// Text made of the pieces that trouble a news annotator: names, quote marks of every
/// kind, apostrophes, dashes, abbreviations, numbers, line breaks and non-ASCII.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Kim", "Jong-un", "said", "\u{201c}", "\u{201d}", "\"", "'", "\u{2019}", "\u{2018}", "\u{ab}", "\u{bb}", " ", " ", " ", ".",
        ",", "\n", "\n\n", "U.S.", "Mr.", "the", "sanctions", "lifted", "$5", "million", "60", "percent", "on", "Monday", "-", "\u{2013}",
        "Erdo\u{11f}an", "\u{1f469}\u{200d}\u{1f467}", "\u{91d1}", "\u{a0}", "\u{200b}", "\u{ad}", "(", ")", "SDF", "of", "Ministry",
        "he", "told", "Reuters", ":", "?", "\u{2026}", "\r\n", "al-", "Assad",
    ]);
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let analysis = annotate(text, &Options::default()).expect("within the default maxLength");
    for unit in [Unit::Utf8, Unit::Codepoint, Unit::Utf16] {
        let output = analysis.to_output(unit);
        // the hand-written JSON is serde's, byte for byte; its ASCII form is the same value
        assert_eq!(output.to_json(false), serde_json::to_string(&output).unwrap(), "{text:?}");
        let ascii = output.to_json(true);
        assert!(ascii.is_ascii(), "{ascii}");
        let out = serde_json::to_value(&output).unwrap();
        assert_eq!(serde_json::from_str::<serde_json::Value>(&ascii).unwrap(), out, "{text:?}");
        let units: Vec<u16> = text.encode_utf16().collect();
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: usize, e: usize| -> Option<String> {
            match unit {
                Unit::Utf8 => text.get(s..e).map(str::to_string),
                Unit::Codepoint => chars.get(s..e).map(|c| c.iter().collect()),
                Unit::Utf16 => units.get(s..e).and_then(|u| String::from_utf16(u).ok()),
            }
        };
        for layer in ["entities", "quotes", "claims"] {
            for item in out[layer].as_array().into_iter().flatten() {
                let (s, e) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
                assert!(s <= e);
                assert_eq!(slice(s, e).as_deref(), item["text"].as_str(), "{layer} {s}..{e} in {unit:?} of {text:?}");
            }
        }
        let mut prev_end = 0;
        for m in out["entities"].as_array().into_iter().flatten() {
            let s = m["start"].as_u64().unwrap() as usize;
            assert!(s >= prev_end, "entities are sorted and do not overlap in {text:?}");
            prev_end = m["end"].as_u64().unwrap() as usize;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn newsy_text_never_panics_and_slices_cleanly(text in newsy()) {
        check(&text);
    }

    #[test]
    fn any_unicode_never_panics(text in any::<String>()) {
        check(&text);
    }
}

/// Inputs the fuzzer (fuzz/) found; each once panicked.
#[test]
fn fuzzer_findings() {
    // a colon that ends the sentence before a quotation
    check("d\"\"\":\n\"\"A\u{7}\0$\n\"h\"A");
    // "on" as the first token before measures: the word before it (session 9; these two panic
    // only where integer overflow is checked, as in debug builds and the fuzzer's)
    check("on>\0\0Ats$embargo\nro");
    // "wrote" as the first token, before a letter that is quoted
    check("wrote to the mayor.\n\nThe letter calls him \u{201c}a danger to the port.\u{201d}");
}

#[test]
fn ten_thousand_quote_marks() {
    let text = "\u{201c}a\u{201d} \" ' \u{2018}".repeat(2500);
    check(&text);
}

#[test]
fn long_text_without_spaces_or_breaks() {
    check(&"x".repeat(200_000));
    check(&"Kim-".repeat(20_000));
}
