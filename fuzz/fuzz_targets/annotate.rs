//! Any bytes that are UTF-8 are annotated without a panic, every span slices cleanly and the
//! JSON is written.
//! Run: cargo install cargo-fuzz --locked && cargo +nightly fuzz run annotate
#![no_main]

use article_annotator::{annotate, Options, Unit};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let analysis = annotate(text, &Options::default()).expect("under maxLength");
    let out = analysis.to_output(Unit::Utf8);
    // the JSON for the browser is pure ASCII; the CLI's holds every entity's text
    assert!(out.to_json(true).is_ascii());
    assert!(out.to_json(false).len() >= out.entities.iter().flatten().map(|e| e.text.len()).sum::<usize>());
    for e in out.entities.iter().flatten() {
        assert_eq!(&text[e.start..e.end], e.text);
    }
    for q in out.quotes.iter().flatten() {
        assert_eq!(&text[q.start..q.end], q.text);
    }
    for c in out.claims.iter().flatten() {
        assert_eq!(&text[c.start..c.end], c.text);
        assert_eq!(&text[c.trigger.start..c.trigger.end], c.trigger.text);
    }
});
