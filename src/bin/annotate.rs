//! Command line: annotate files, standard input, or a JSONL stream of `{"id","text"}` objects.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;

use article_annotator::{Annotator, Options, Unit};
use clap::Parser;

/// Mark entities, quotes and sanctions claims in news text; prints schema-v1 JSON.
#[derive(Parser, Debug)]
#[command(name = "annotate", version, about)]
struct Args {
    /// Text files to annotate (standard input when none); with --jsonl, one JSONL file.
    files: Vec<PathBuf>,
    /// Unit of every start/end in the output.
    #[arg(long, default_value = "codepoint", value_parser = ["codepoint", "utf16", "utf8"])]
    offsets: String,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// Read one {"id","text"} object per line, write one result with its id per line.
    #[arg(long)]
    jsonl: bool,
    /// Worker threads for --jsonl (default: all cores).
    #[arg(long)]
    jobs: Option<usize>,
    /// Longest text accepted, in bytes.
    #[arg(long)]
    max_length: Option<usize>,
    /// Entity labels to report, comma-separated (default: all), e.g. PERSON,ORG,GPE.
    #[arg(long, value_delimiter = ',')]
    labels: Option<Vec<String>>,
    /// A JSON file with the newsroom's own names: [{"name", "label", "aliases": [...]}, ...];
    /// they take precedence over the built-in lexicons.
    #[arg(long)]
    gazetteer: Option<PathBuf>,
}

/// The options the flags ask for, or what is wrong with them.
fn options(args: &Args) -> Result<Options, String> {
    let labels = match &args.labels {
        None => None,
        Some(list) => Some(
            list.iter()
                .map(|l| article_annotator::Label::parse(l.trim()).ok_or_else(|| format!("unknown label {l:?} in --labels")))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    let gazetteer = match &args.gazetteer {
        None => Vec::new(),
        Some(path) => {
            let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: not a list of {{\"name\", \"label\", \"aliases\"}} entries: {e}", path.display()))?
        }
    };
    Ok(Options { max_length: args.max_length, labels, gazetteer })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let unit: Unit = args.offsets.parse().unwrap_or(Unit::Codepoint);
    let options = match options(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("annotate: {e}");
            return ExitCode::from(2);
        }
    };
    let annotator = match Annotator::new(options) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("annotate: {e}");
            return ExitCode::from(2);
        }
    };
    let ok = if args.jsonl { run_jsonl(&args, annotator, unit) } else { run_files(&args, &annotator, unit) };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Indented JSON (compact JSON is written by `Output::to_json`).
fn to_json_pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

/// Decode bytes as UTF-8, or say where the first invalid byte is.
fn decode(bytes: Vec<u8>, what: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{what}: invalid UTF-8 at byte offset {at}")
    })
}

fn run_files(args: &Args, annotator: &Annotator, unit: Unit) -> bool {
    let mut inputs: Vec<(String, Result<Vec<u8>, String>)> = Vec::new();
    if args.files.is_empty() {
        let mut buf = Vec::new();
        let r = io::stdin().read_to_end(&mut buf).map(|_| buf).map_err(|e| format!("standard input: {e}"));
        inputs.push(("standard input".into(), r));
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    let mut handle = |name: &str, bytes: Result<Vec<u8>, String>| -> bool {
        let text = match bytes.and_then(|b| decode(b, name)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("annotate: {e}");
                return false;
            }
        };
        match annotator.annotate(&text) {
            Ok(analysis) => {
                let output = analysis.to_output(unit);
                let json = if args.pretty { to_json_pretty(&output) } else { output.to_json(false) };
                if writeln!(out, "{json}").is_err() {
                    return false;
                }
                true
            }
            Err(e) => {
                eprintln!("annotate: {name}: {e}");
                false
            }
        }
    };
    for (name, bytes) in inputs {
        ok &= handle(&name, bytes);
    }
    for path in &args.files {
        let name = path.display().to_string();
        let bytes = fs::read(path).map_err(|e| format!("cannot read {name}: {e}"));
        ok &= handle(&name, bytes);
    }
    ok && out.flush().is_ok()
}

#[derive(serde::Deserialize)]
struct Record {
    id: serde_json::Value,
    text: String,
}

/// One line's outcome: the JSON line to print, or an error message for standard error.
type LineResult = Result<String, String>;

fn process_line(annotator: &Annotator, unit: Unit, line_no: usize, line: Result<Vec<u8>, String>) -> LineResult {
    let bytes = line.map_err(|e| format!("line {line_no}: {e}"))?;
    let line = decode(bytes, &format!("line {line_no}"))?;
    let rec: Record = serde_json::from_str(&line)
        .map_err(|e| format!("line {line_no}: not a {{\"id\",\"text\"}} object: {e}"))?;
    let analysis = annotator.annotate(&rec.text).map_err(|e| format!("line {line_no}: {e}"))?;
    let mut value = serde_json::to_value(analysis.to_output(unit)).map_err(|e| format!("line {line_no}: {e}"))?;
    if let Some(obj) = value.as_object_mut() {
        obj.insert("id".into(), rec.id);
    }
    Ok(value.to_string())
}

fn run_jsonl(args: &Args, annotator: Annotator, unit: Unit) -> bool {
    let reader: Box<dyn BufRead + Send> = match args.files.as_slice() {
        [] => Box::new(io::BufReader::new(io::stdin())),
        [path] => match fs::File::open(path) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                eprintln!("annotate: cannot read {}: {e}", path.display());
                return false;
            }
        },
        _ => {
            eprintln!("annotate: --jsonl takes one file (or standard input)");
            return false;
        }
    };
    let jobs = args.jobs.unwrap_or_else(|| thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    let annotator = Arc::new(annotator);
    // bounded channels keep memory constant: at most a few lines per worker in flight
    let (work_tx, work_rx) = sync_channel::<(usize, usize, Result<Vec<u8>, String>)>(jobs * 4);
    let (done_tx, done_rx) = sync_channel::<(usize, LineResult)>(jobs * 4);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let mut workers = Vec::new();
    for _ in 0..jobs {
        let rx = Arc::clone(&work_rx);
        let tx = done_tx.clone();
        let annotator = Arc::clone(&annotator);
        workers.push(thread::spawn(move || loop {
            let next = rx.lock().map(|r| r.recv());
            let Ok(Ok((seq, no, line))) = next else { break };
            if tx.send((seq, process_line(&annotator, unit, no, line))).is_err() {
                break;
            }
        }));
    }
    drop(done_tx);
    let reader_thread = thread::spawn(move || read_lines(reader, work_tx));
    let ok = write_in_order(done_rx);
    let _ = reader_thread.join();
    for w in workers {
        let _ = w.join();
    }
    ok
}

/// Read lines, numbering them (`no`, for messages) and the non-blank ones (`seq`, for order).
fn read_lines(mut reader: Box<dyn BufRead + Send>, tx: std::sync::mpsc::SyncSender<(usize, usize, Result<Vec<u8>, String>)>) {
    let mut no = 0;
    let mut seq = 0;
    loop {
        let mut buf = Vec::new();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {
                no += 1;
                while buf.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                    buf.pop();
                }
                if buf.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                if tx.send((seq, no, Ok(buf))).is_err() {
                    break;
                }
                seq += 1;
            }
            Err(e) => {
                let _ = tx.send((seq, no + 1, Err(format!("read error: {e}"))));
                break;
            }
        }
    }
}

/// Print results in input order; errors go to standard error with their line number.
fn write_in_order(rx: Receiver<(usize, LineResult)>) -> bool {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let progress = io::stderr().is_terminal();
    // only the lines in flight wait here: the channels bound them
    let mut pending: BTreeMap<usize, LineResult> = BTreeMap::new();
    let mut next = 0usize;
    let mut ok = true;
    for (seq, res) in rx {
        pending.insert(seq, res);
        while let Some(res) = pending.remove(&next) {
            next += 1;
            match res {
                Ok(line) => {
                    if writeln!(out, "{line}").is_err() {
                        return false;
                    }
                }
                Err(e) => {
                    ok = false;
                    eprintln!("annotate: {e}");
                }
            }
            if progress && next.is_multiple_of(100) {
                eprint!("\rannotate: {next} documents");
            }
        }
    }
    if progress {
        eprintln!("\rannotate: {next} documents done");
    }
    out.flush().is_ok() && ok && pending.is_empty()
}
