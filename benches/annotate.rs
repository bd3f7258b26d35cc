//! Native throughput of `annotate`: each eval document, 1 MB and 10 MB concatenations, each
//! layer on 1 MB, and 1/2/4/8 MB for linearity. Run with `bash scripts/bench.sh native`.
//!
//! The eval texts are read at bench time from `$EVAL_DIR` (default `../shared/eval/dev`);
//! nothing of them is copied into the repository. Words per second: the bench writes the
//! byte and word count of every input to `$CRITERION_HOME/annotate-inputs.json`, and
//! `scripts/bench.sh` joins them with criterion's estimates.
//! `BENCH_FILTER_QUICK=1` skips the 10 MB and 8 MB inputs.

use std::path::PathBuf;
use std::time::Duration;

use article_annotator::{entities, lexicon::Lexicon, quotes, sanctions, segment, Annotator, Options, Unit};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const MB: usize = 1 << 20;

fn eval_dir() -> PathBuf {
    std::env::var_os("EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev"))
}

/// (file stem, text) of every eval document, sorted by name.
fn eval_texts() -> Vec<(String, String)> {
    let dir = eval_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the eval documents in {}: {e}; set EVAL_DIR", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let text = v["text"].as_str().expect("an eval document has a text").to_string();
            (p.file_stem().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect()
}

/// The eval texts one after another (blank line between), repeated to at least `bytes`.
/// What a caller does with a text: annotate it and build the output (UTF-16 offsets).
fn whole_pipeline(annotator: &Annotator, text: &str) {
    let analysis = annotator.annotate(black_box(text)).unwrap();
    black_box(&analysis.to_output(Unit::Utf16));
}

fn concatenation(texts: &[(String, String)], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    'fill: loop {
        for (_, t) in texts {
            out.push_str(t.trim_end());
            out.push_str("\n\n");
            if out.len() >= bytes {
                break 'fill;
            }
        }
    }
    out
}

fn words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn quick() -> bool {
    std::env::var_os("BENCH_FILTER_QUICK").is_some_and(|v| v != "0")
}

/// Record the size of an input so that the summary can give words per second.
fn record(meta: &mut Vec<String>, id: &str, text: &str) {
    meta.push(format!("  {:?}: {{\"bytes\": {}, \"words\": {}}}", id, text.len(), words(text)));
}

fn write_meta(meta: &[String]) {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"));
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("annotate-inputs.json"), format!("{{\n{}\n}}\n", meta.join(",\n")));
}

fn benches(c: &mut Criterion) {
    let texts = eval_texts();
    // default options but for maxLength (10 MiB), which the 10 MB input passes
    let annotator = Annotator::new(Options { max_length: Some(64 * MB), ..Options::default() }).unwrap();
    let mut meta = Vec::new();

    // each eval document, whole pipeline (annotate + schema-v1 output in UTF-16 offsets, as the page gets it)
    let mut g = c.benchmark_group("document");
    g.measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(500));
    for (name, text) in &texts {
        record(&mut meta, &format!("document/{name}"), text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text.as_str(), |b, t| {
            b.iter(|| whole_pipeline(&annotator, t))
        });
    }
    g.finish();

    // 1 MB and 10 MB concatenations, whole pipeline
    let mut g = c.benchmark_group("concatenation");
    g.sample_size(10).measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));
    for mb in [1usize, 10] {
        if mb == 10 && quick() {
            continue;
        }
        let text = concatenation(&texts, mb * MB);
        record(&mut meta, &format!("concatenation/{mb}MB"), &text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), text.as_str(), |b, t| {
            b.iter(|| whole_pipeline(&annotator, t))
        });
    }
    g.finish();

    // each layer on 1 MB, given the layers before it (LAYER_MB=4: on 4 MB, to see which layer grows
    // faster than the text)
    let text = concatenation(&texts, MB * std::env::var("LAYER_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(1));
    let lex = Lexicon::default();
    let doc = segment::segment(&text);
    let ents = entities::find(&doc, &lex);
    let qs = quotes::find(&doc, &ents.mentions, &ents.clusters);
    let analysis = annotator.annotate(&text).unwrap();
    let mut g = c.benchmark_group("layer");
    g.sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    g.throughput(Throughput::Bytes(text.len() as u64));
    for layer in ["segmentation", "entities", "quotes", "claims", "output"] {
        record(&mut meta, &format!("layer/{layer}"), &text);
    }
    g.bench_function("segmentation", |b| b.iter(|| black_box(segment::segment(black_box(&text)))));
    g.bench_function("entities", |b| b.iter(|| black_box(entities::find(black_box(&doc), &lex))));
    g.bench_function("quotes", |b| b.iter(|| black_box(quotes::find(&doc, &ents.mentions, &ents.clusters))));
    g.bench_function("claims", |b| {
        b.iter(|| black_box(sanctions::find(&doc, &ents.mentions, &ents.clusters, qs.as_deref().unwrap_or(&[]))))
    });
    g.bench_function("output", |b| b.iter(|| black_box(analysis.to_output(Unit::Utf16))));
    g.finish();
    drop(analysis);

    // linearity: 1, 2, 4, 8 MB
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10).measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));
    for mb in [1usize, 2, 4, 8] {
        if mb == 8 && quick() {
            continue;
        }
        let text = concatenation(&texts, mb * MB);
        record(&mut meta, &format!("scaling/{mb}MB"), &text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), text.as_str(), |b, t| {
            b.iter(|| whole_pipeline(&annotator, t))
        });
    }
    g.finish();

    write_meta(&meta);
}

criterion_group!(annotate, benches);
criterion_main!(annotate);
