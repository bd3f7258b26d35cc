//! The JS API in a real browser: `wasm-pack test --headless --chrome -- --test web`.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

include!("js_api/mod.rs");

/// The results `src/result.js` builds (the www/pkg build, feature "js-result") are, key for
/// key and in the same order, what the JSON path writes: both serialised by the engine.
#[cfg(feature = "js-result")]
#[wasm_bindgen_test]
fn results_built_in_javascript_equal_the_json_results() {
    use article_annotator::{Label, Options, Unit};
    let texts = [
        "",
        "No names here at all.",
        "“We will not lift the sanctions,” Foreign Minister Ana Ruiz of Veloria said on Tuesday. Ruiz added that Veloria's partners agreed.",
        "The European Union imposed sanctions on Acme Shipping Ltd. in March 2021, and Washington could extend them, officials said.",
        "Zoë Kovač, 41, met Jürgen Weiß in Zürich for 3.5% of €20 million. 😀 “Ça va,” she said. Then 金正恩 replied.",
        "He said the measures were “unjust” and “illegal”. The ministry said it would respond.",
        "Dr. Omar Haddad, the head of the Central Bank of Ruritania, said: \"The freeze is temporary.\"",
    ];
    let founding = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/000_30b84a1d10c76885.txt"));
    let setups = [(None, r#"{}"#), (Some(vec![Label::Person]), r#"{"labels": ["PERSON"]}"#)];
    for (labels, js_options) in setups {
        let native = article_annotator::Annotator::new(Options { labels: labels.clone(), ..Options::default() }).unwrap();
        let a = Annotator::new(options(js_options)).unwrap();
        for text in texts.iter().copied().chain([founding]) {
            let built = JSON::stringify(&a.annotate(JsValue::from_str(text)).expect("ok")).unwrap();
            let json = native.annotate_unchecked(text).to_output(Unit::Utf16).to_json(false);
            let parsed = JSON::stringify(&JSON::parse(&json).unwrap()).unwrap();
            assert_eq!(String::from(built), String::from(parsed), "{js_options} {text}");
        }
    }
}

/// A span's text is the caller's own slice, a lone surrogate and all (the analysis reads it
/// as U+FFFD, which keeps every offset in place).
#[cfg(feature = "js-result")]
#[wasm_bindgen_test]
fn span_texts_are_slices_of_the_callers_string() {
    let units: Vec<u16> = "“Trade is frozen \u{FFFD},” said Ana Ruiz.".encode_utf16().map(|u| if u == 0xFFFD { 0xD800 } else { u }).collect();
    let text = js_sys::JsString::from_char_code(&units);
    let r = Annotator::new(JsValue::UNDEFINED).unwrap().annotate(text.clone().into()).expect("ok");
    let quotes = list(&r, "quotes");
    assert_eq!(quotes.length(), 1);
    let q = quotes.get(0);
    let slice = text.slice(num(&q, "start"), num(&q, "end"));
    assert!(js_sys::Object::is(&get(&q, "text"), &slice.into()), "the quote's text is text.slice(start, end)");
}
