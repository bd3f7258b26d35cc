//! The command line end to end: the founding article in every offset unit, and every error path.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_annotate");

fn founding_article() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/000_30b84a1d10c76885.txt");
    std::fs::read_to_string(path).expect("the founding article in ../shared/seeds")
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn annotate");
    // the program may refuse its flags and exit before it reads: a broken pipe is no failure
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The slice of `text` between two offsets counted in `unit`.
fn slice(text: &str, unit: &str, start: usize, end: usize) -> String {
    match unit {
        "utf8" => text.get(start..end).expect("utf8 offsets on char boundaries").to_string(),
        "codepoint" => text.chars().skip(start).take(end - start).collect(),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("utf16 offsets never split a pair")
        }
        _ => unreachable!(),
    }
}

fn check_spans(text: &str, unit: &str, v: &Value, layer: &str) {
    let Some(items) = v.get(layer).and_then(Value::as_array) else { return };
    for item in items {
        for obj in [Some(item), item.get("trigger"), item.get("cue"), item.get("speaker_mention")].into_iter().flatten() {
            if obj.is_null() {
                continue;
            }
            let s = obj["start"].as_u64().unwrap() as usize;
            let e = obj["end"].as_u64().unwrap() as usize;
            assert!(s <= e, "{layer} {s}..{e}");
            if let Some(t) = obj.get("text").and_then(Value::as_str) {
                assert_eq!(slice(text, unit, s, e), t, "{layer} in {unit}");
            }
        }
    }
}

#[test]
fn founding_article_slices_cleanly_in_every_unit() {
    let text = founding_article();
    for unit in ["codepoint", "utf16", "utf8"] {
        let (code, out, err) = run(&["--offsets", unit], text.as_bytes());
        assert_eq!(code, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["offsets"], unit);
        for layer in ["sentences", "entities", "quotes", "claims"] {
            check_spans(&text, unit, &v, layer);
        }
        let entities = v["entities"].as_array().unwrap();
        assert!(entities.iter().any(|e| e["label"] == "PERSON"), "people are found");
        assert!(entities.iter().any(|e| e["label"] == "GPE"), "places are found");
    }
}

#[test]
fn pretty_output_is_the_same_json() {
    let text = "Officials met in Geneva on Tuesday.";
    let (_, plain, _) = run(&[], text.as_bytes());
    let (_, pretty, _) = run(&["--pretty"], text.as_bytes());
    assert!(pretty.lines().count() > 3);
    assert_eq!(serde_json::from_str::<Value>(&plain).unwrap(), serde_json::from_str::<Value>(&pretty).unwrap());
}

#[test]
fn unreadable_file_names_its_path() {
    let (code, out, err) = run(&["/no/such/dir/article.txt"], b"");
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("/no/such/dir/article.txt"), "{err}");
}

#[test]
fn invalid_utf8_gives_the_byte_offset() {
    let (code, _, err) = run(&[], b"Good text \xff\xfe then more");
    assert_eq!(code, 1);
    assert!(err.contains("invalid UTF-8 at byte offset 10"), "{err}");
}

#[test]
fn jsonl_keeps_order_ids_and_reports_bad_lines_by_number() {
    let input = "{\"id\": \"a\", \"text\": \"Paris is calm.\"}\n{broken\n\n{\"id\": 7, \"text\": \"Rome too.\"}\n{\"id\": \"x\"}\n";
    let (code, out, err) = run(&["--jsonl", "--jobs", "2"], input.as_bytes());
    assert_eq!(code, 1, "a bad line makes the exit status 1");
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "the good lines are still processed");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("line 5"), "{err}");
}

#[test]
fn jsonl_streams_many_documents_in_order() {
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Story number {i} from Berlin.\"}}\n"));
    }
    let (code, out, err) = run(&["--jsonl"], input.as_bytes());
    assert_eq!(code, 0, "{err}");
    let ids: Vec<u64> = out.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, (0..300).collect::<Vec<u64>>());
}

#[test]
fn text_over_max_length_is_an_error() {
    let (code, _, err) = run(&["--max-length", "5"], b"Longer than five bytes.");
    assert_eq!(code, 1);
    assert!(err.contains("too long"), "{err}");
}

#[test]
fn max_length_over_four_gib_is_refused() {
    // (token offsets are 32-bit; on a 64-bit machine a larger limit is a usage error, not a panic)
    if usize::BITS > 32 {
        let (code, _, err) = run(&["--max-length", "4294967296"], b"Short.");
        assert_ne!(code, 0);
        assert!(err.contains("maxLength must be at most"), "{err}");
        let (code, _, err) = run(&["--max-length", "4294967295"], b"Short.");
        assert_eq!(code, 0, "{err}");
    }
}

#[test]
fn user_gazetteer_and_label_filter() {
    let dir = std::env::temp_dir().join(format!("aa-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gaz = dir.join("names.json");
    std::fs::write(&gaz, r#"[{"name": "Quorvane Holdings", "label": "ORG", "aliases": ["Quorvane"]}]"#).unwrap();
    let text = "Quorvane said profits rose in Madrid on Friday.";
    let (code, out, err) = run(&["--gazetteer", gaz.to_str().unwrap(), "--labels", "ORG,GPE"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let ents: Vec<(String, String)> = v["entities"].as_array().unwrap().iter().map(|e| (e["text"].as_str().unwrap().to_string(), e["label"].as_str().unwrap().to_string())).collect();
    assert!(ents.contains(&("Quorvane".into(), "ORG".into())), "{ents:?}");
    assert!(ents.iter().all(|(_, l)| l == "ORG" || l == "GPE"), "only the asked labels: {ents:?}");
    let (code, _, err) = run(&["--labels", "PEOPLE"], b"x");
    assert_eq!(code, 2);
    assert!(err.contains("PEOPLE"), "{err}");
    std::fs::write(&gaz, "not json").unwrap();
    let (code, _, err) = run(&["--gazetteer", gaz.to_str().unwrap()], b"x");
    assert_eq!(code, 2);
    assert!(err.contains("names.json"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
