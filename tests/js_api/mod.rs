// The JS-visible contract, shared by tests/web.rs (headless Chrome) and tests/node.rs (Node).
// Included with `include!`, so it is compiled once per runner.

use article_annotator::wasm::{annotate, version, Annotator};
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().expect("number") as u32
}

fn list(v: &JsValue, key: &str) -> Array {
    get(v, key).dyn_into::<Array>().expect("array")
}

fn js_slice(text: &str, start: u32, end: u32) -> String {
    js_sys::JsString::from(text).slice(start, end).into()
}

fn err_message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    get(&v, "message").as_string().unwrap_or_default()
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("json")
}

#[wasm_bindgen_test]
fn result_has_schema_v1_shape() {
    let r = annotate(JsValue::from_str("The talks began. They ended.")).expect("ok");
    assert_eq!(num(&r, "schema_version"), 1);
    assert_eq!(get(&r, "offsets").as_string().as_deref(), Some("utf16"));
    let sentences = list(&r, "sentences");
    assert_eq!(sentences.length(), 2);
    assert!(Object::keys(&sentences.get(0).dyn_into::<Object>().unwrap()).length() == 2);
    assert!(!version().is_empty());
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_cleanly_on_emoji_accents_and_cjk() {
    for text in [
        "Erdoğan met Zelenskyy 👩‍👩‍👧 in Kyiv. 金正恩 said “no”. Then 🇰🇷 Seoul answered.",
        "Émile Zola wrote. Naïve café 😀. Ångström was Swedish.",
        "𝒜 math letter. Another sentence here.",
    ] {
        let r = annotate(JsValue::from_str(text)).expect("ok");
        let total = js_sys::JsString::from(text).length();
        for key in ["sentences", "entities", "quotes", "claims"] {
            let v = get(&r, key);
            if v.is_undefined() {
                continue;
            }
            for item in v.dyn_into::<Array>().unwrap().iter() {
                let (s, e) = (num(&item, "start"), num(&item, "end"));
                assert!(s <= e && e <= total, "{key} span {s}..{e} within {total}");
                let t = get(&item, "text");
                if let Some(t) = t.as_string() {
                    assert_eq!(js_slice(text, s, e), t, "{key} text equals text.slice(start, end)");
                }
            }
        }
        let first_sentence = list(&r, "sentences").get(0);
        let end = num(&first_sentence, "end");
        assert!(js_slice(text, 0, end).ends_with('.'));
    }
}

#[wasm_bindgen_test]
fn wrong_text_type_throws_a_readable_error() {
    let a = Annotator::new(JsValue::UNDEFINED).expect("default options");
    for bad in [JsValue::from_f64(42.0), JsValue::NULL, JsValue::UNDEFINED, Object::new().into()] {
        let msg = err_message(a.annotate(bad).expect_err("must fail"));
        assert!(msg.contains("text must be a string"), "{msg}");
    }
}

#[wasm_bindgen_test]
fn unknown_option_key_is_rejected() {
    let msg = err_message(Annotator::new(options(r#"{"maxLenght": 10}"#)).err().expect("must fail"));
    assert!(msg.contains("maxLenght"), "{msg}");
    let msg = err_message(Annotator::new(JsValue::from_str("fast")).err().expect("must fail"));
    assert!(msg.contains("options must be an object"), "{msg}");
}

#[wasm_bindgen_test]
fn wrong_option_types_are_rejected() {
    for bad in [r#"{"maxLength": "big"}"#, r#"{"labels": ["PEOPLE"]}"#, r#"{"gazetteer": [{"name": "Acme"}]}"#, r#"{"maxLength": 0}"#] {
        assert!(Annotator::new(options(bad)).is_err(), "{bad}");
    }
    assert!(Annotator::new(options(r#"{"maxLength": 50, "labels": ["PERSON"], "gazetteer": [{"name": "Acme Widgets", "label": "ORG", "aliases": ["Acme"]}]}"#)).is_ok());
}

#[wasm_bindgen_test]
fn option_errors_name_the_field_and_the_value() {
    for (bad, expected) in [
        (r#"{"maxLength": 2.5}"#, "maxLength must be a whole number"),
        (r#"{"maxLength": -1}"#, "maxLength must be a whole number"),
        (r#"{"maxLength": "big"}"#, "not \"big\""),
        (r#"{"labels": "PERSON"}"#, "labels must be an array"),
        (r#"{"labels": ["ORG", "PEOPLE"]}"#, "labels[1] is \"PEOPLE\""),
        (r#"{"gazetteer": [{"name": "Acme"}]}"#, "gazetteer[0].label must be a string"),
        (r#"{"gazetteer": [{"name": "Acme", "label": "ORG", "kind": "firm"}]}"#, "unknown key \"kind\" in gazetteer[0]"),
        (r#"{"gazetteer": [{"name": "Acme", "label": "ORG", "aliases": ["AW", 7]}]}"#, "gazetteer[0].aliases[1] must be a string"),
        (r#"{"gazetteer": ["Acme"]}"#, "gazetteer[0] must be an object"),
    ] {
        let msg = err_message(Annotator::new(options(bad)).err().expect("must fail"));
        assert!(msg.starts_with("invalid options: ") && msg.contains(expected), "{bad}: {msg}");
    }
    let a = Annotator::new(options(r#"{"maxLength": null, "labels": null, "gazetteer": null}"#)).expect("null is the default");
    assert!(a.annotate(JsValue::from_str("Short.")).is_ok());
}

#[wasm_bindgen_test]
fn a_gazetteer_entry_is_found_with_its_alias() {
    let a = Annotator::new(options(r#"{"labels": ["ORG"], "gazetteer": [{"name": "Quillon Widgets", "label": "ORG", "aliases": ["Quillon"]}]}"#)).unwrap();
    let r = a.annotate(JsValue::from_str("Quillon said on Monday that it would appeal.")).unwrap();
    let ents = list(&r, "entities");
    assert!(ents.iter().any(|e| get(&e, "text").as_string().as_deref() == Some("Quillon") && get(&e, "label").as_string().as_deref() == Some("ORG")), "alias found as ORG");
}

#[wasm_bindgen_test]
fn text_over_max_length_throws_and_says_so() {
    let a = Annotator::new(options(r#"{"maxLength": 10}"#)).unwrap();
    let msg = err_message(a.annotate(JsValue::from_str("This is longer than ten.")).expect_err("too long"));
    assert!(msg.contains("too long") && msg.contains("maxLength 10"), "{msg}");
    assert!(a.annotate(JsValue::from_str("Short.")).is_ok());
}

#[wasm_bindgen_test]
fn lone_surrogates_and_control_characters_do_not_panic() {
    let text: JsValue = js_sys::JsString::from_char_code(&[0x48, 0xD800, 0x69, 0x2E, 0x20, 0xDC00, 0x0]).into();
    let r = Annotator::new(JsValue::UNDEFINED).unwrap().annotate(text).expect("ok");
    assert_eq!(num(&r, "schema_version"), 1);
}

#[wasm_bindgen_test]
fn founding_article_spans_slice_cleanly_in_utf16() {
    let text = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/000_30b84a1d10c76885.txt"));
    let r = annotate(JsValue::from_str(text)).expect("ok");
    let mut people = 0;
    for key in ["entities", "quotes", "claims"] {
        let items = list(&r, key);
        assert!(items.length() > 0, "the founding article has {key}");
        for item in items.iter() {
            let (s, e) = (num(&item, "start"), num(&item, "end"));
            assert_eq!(js_slice(text, s, e), get(&item, "text").as_string().unwrap(), "{key}");
            for sub in ["trigger", "cue", "speaker_mention"] {
                let v = get(&item, sub);
                if v.is_object() {
                    assert_eq!(js_slice(text, num(&v, "start"), num(&v, "end")), get(&v, "text").as_string().unwrap(), "{key}.{sub}");
                }
            }
            if key == "entities" && get(&item, "label").as_string().as_deref() == Some("PERSON") {
                people += 1;
            }
        }
    }
    assert!(people > 0, "people are found");
    let clusters = list(&r, "clusters");
    assert!(clusters.iter().any(|c| get(&c, "name").as_string().is_some_and(|n| n.contains("Lavrov"))));
}
