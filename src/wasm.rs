//! The JavaScript face of the crate: the only module that touches wasm-bindgen.

use wasm_bindgen::prelude::*;

use crate::{GazetteerEntry, Label, Options, Unit};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Unit of every start/end: always "utf16" from JavaScript. */
export type Offsets = "utf16" | "codepoint" | "utf8";
export type Label = "PERSON" | "NORP" | "ORG" | "GPE" | "LOC" | "FAC" | "EVENT" | "LAW" | "DATE" | "TIME" | "MONEY" | "PERCENT";
export type Action = "impose" | "tighten" | "extend" | "ease" | "lift" | "suspend" | "violate" | "comply" | "threaten" | "effect" | "other";
export type Modality = "asserted" | "demanded_or_proposed" | "conditional" | "negated" | "speculative" | "reported";
export interface TextSpan { start: number; end: number; text: string; }
export interface Sentence { start: number; end: number; }
export interface EntityMention extends TextSpan { label: Label; entity: string; }
export interface Cluster { id: string; label: Label; name: string; aliases: string[]; mentions: number; role: string | null; }
export interface Quote extends TextSpan {
  kind: "direct" | "partial";
  speaker: string | null;
  speaker_name: string | null;
  speaker_mention: TextSpan | null;
  cue: TextSpan | null;
}
export interface Claim extends TextSpan {
  action: Action; actor: string | null; target: string | null; modality: Modality;
  source: string | null; trigger: TextSpan;
}
/** Schema v1. A layer that is not built is absent. */
export interface AnalysisResult {
  schema_version: 1;
  offsets: Offsets;
  sentences: Sentence[];
  entities?: EntityMention[];
  clusters?: Cluster[];
  quotes?: Quote[];
  claims?: Claim[];
}
export interface GazetteerEntry { name: string; label: Label; aliases?: string[]; }
export interface AnnotatorOptions {
  /** Longest text accepted, in UTF-16 code units (default 10 MB). */
  maxLength?: number;
  /** Entity labels to report (default: all). */
  labels?: Label[];
  /** A newsroom's own names; they take precedence over the built-in lexicons. */
  gazetteer?: GazetteerEntry[];
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}

/// Annotate `text` with the default options; offsets in UTF-16 code units.
#[wasm_bindgen(unchecked_return_type = "AnalysisResult")]
pub fn annotate(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
    Annotator::new(JsValue::UNDEFINED)?.annotate(text)
}

/// An annotator with its options checked and lexicons built once.
#[wasm_bindgen]
pub struct Annotator {
    inner: crate::Annotator,
}

#[wasm_bindgen]
impl Annotator {
    /// `new Annotator({ maxLength, labels, gazetteer })`; every key is optional.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "AnnotatorOptions | undefined")] options: JsValue) -> Result<Annotator, JsError> {
        let options: Options = if options.is_undefined() || options.is_null() {
            Options::default()
        } else if !options.is_object() || js_sys::Array::is_array(&options) {
            return Err(JsError::new("options must be an object such as { maxLength: 100000 }"));
        } else {
            read_options(&options).map_err(|why| JsError::new(&format!("invalid options: {why}")))?
        };
        let inner = crate::Annotator::new(options).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Annotator { inner })
    }

    /// Annotate one text; offsets in UTF-16 code units, so `text.slice(start, end) === span.text`.
    #[wasm_bindgen(unchecked_return_type = "AnalysisResult")]
    pub fn annotate(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
        let Some(js) = text.dyn_ref::<js_sys::JsString>() else {
            return Err(JsError::new(&format!("text must be a string, not {}", type_name(&text))));
        };
        let max = self.inner.max_length();
        let units = js.length() as usize;
        if units > max {
            return Err(JsError::new(&format!(
                "text is too long: {units} UTF-16 code units, more than maxLength {max}; split the text or raise maxLength"
            )));
        }
        // lone surrogates become U+FFFD, which keeps every UTF-16 offset in place
        let text: String = js.into();
        let analysis = self.inner.annotate_unchecked(&text);
        let output = analysis.to_output(Unit::Utf16);
        result(js, &output).map_err(|_| JsError::new("could not build the result"))
    }
}

/// The JavaScript objects of `output`, from numbers and a few strings read in one call to
/// `src/result.js`, which slices every span's text from the caller's own string: a whole call
/// takes a fifth fewer instructions than with `JSON.parse` (bench/RESULTS.md, session 19).
#[cfg(feature = "js-result")]
fn result(text: &js_sys::JsString, output: &crate::Output) -> Result<JsValue, JsValue> {
    let packed = output.pack();
    build_result(text, &packed.nums, &packed.strings)
}

#[cfg(feature = "js-result")]
#[wasm_bindgen(module = "/src/result.js")]
extern "C" {
    #[wasm_bindgen(js_name = buildResult, catch)]
    fn build_result(text: &js_sys::JsString, nums: &[u32], strings: &str) -> Result<JsValue, JsValue>;
}

/// The JavaScript objects of `output`, from one JSON string parsed by the engine: far fewer
/// calls across the boundary than building the objects field by field. It is pure ASCII
/// (other characters as \u escapes), so the engine decodes it and parses it as a one-byte
/// string. For targets that take no JavaScript snippet (wasm-bindgen's `nodejs`).
#[cfg(not(feature = "js-result"))]
fn result(_text: &js_sys::JsString, output: &crate::Output) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&output.to_json(true))
}

/// Read `{ maxLength, labels, gazetteer }` field by field. A generic deserializer
/// (serde-wasm-bindgen) did the same for 8 KB of code and, through its error messages,
/// pulled the float formatter (16 KB) into the module (bench/RESULTS.md, session 8).
fn read_options(obj: &JsValue) -> Result<Options, String> {
    check_keys(obj, &["maxLength", "labels", "gazetteer"], "options")?;
    let mut options = Options::default();
    let max = field(obj, "maxLength");
    if !max.is_undefined() && !max.is_null() {
        options.max_length = Some(match max.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= usize::MAX as f64 => n as usize,
            _ => return Err(format!("maxLength must be a whole number of UTF-16 code units, not {}", describe(&max))),
        });
    }
    let labels = field(obj, "labels");
    if !labels.is_undefined() && !labels.is_null() {
        let list = array(&labels, "labels")?;
        options.labels = Some(list.iter().enumerate().map(|(i, v)| label(&v, &format!("labels[{i}]"))).collect::<Result<_, _>>()?);
    }
    let gazetteer = field(obj, "gazetteer");
    if !gazetteer.is_undefined() && !gazetteer.is_null() {
        for (i, entry) in array(&gazetteer, "gazetteer")?.iter().enumerate() {
            let what = format!("gazetteer[{i}]");
            if !entry.is_object() || js_sys::Array::is_array(&entry) {
                return Err(format!("{what} must be an object such as {{ name: \"Acme\", label: \"ORG\" }}, not {}", describe(&entry)));
            }
            check_keys(&entry, &["name", "label", "aliases"], &what)?;
            let name = string(&field(&entry, "name"), &format!("{what}.name"))?;
            let label = label(&field(&entry, "label"), &format!("{what}.label"))?;
            let aliases = field(&entry, "aliases");
            let aliases = if aliases.is_undefined() || aliases.is_null() {
                Vec::new()
            } else {
                let list = array(&aliases, &format!("{what}.aliases"))?;
                list.iter().enumerate().map(|(j, a)| string(&a, &format!("{what}.aliases[{j}]"))).collect::<Result<_, _>>()?
            };
            options.gazetteer.push(GazetteerEntry { name, label, aliases });
        }
    }
    Ok(options)
}

/// Reject keys a caller may have misspelt.
fn check_keys(obj: &JsValue, known: &[&str], what: &str) -> Result<(), String> {
    for key in js_sys::Object::keys(obj.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(format!("unknown key {key:?} in {what}; known keys: {}", known.join(", ")));
        }
    }
    Ok(())
}

fn field(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn array(v: &JsValue, what: &str) -> Result<js_sys::Array, String> {
    match v.dyn_ref::<js_sys::Array>() {
        Some(list) => Ok(list.clone()),
        None => Err(format!("{what} must be an array, not {}", describe(v))),
    }
}

fn string(v: &JsValue, what: &str) -> Result<String, String> {
    v.as_string().ok_or_else(|| format!("{what} must be a string, not {}", describe(v)))
}

fn label(v: &JsValue, what: &str) -> Result<Label, String> {
    let s = string(v, what)?;
    Label::parse(&s).ok_or_else(|| {
        let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        format!("{what} is {s:?}, not a label; labels are {}", known.join(", "))
    })
}

/// A value's kind for an error message: a string is quoted, anything else named by its type.
fn describe(v: &JsValue) -> String {
    match v.as_string() {
        Some(s) => format!("{s:?}"),
        None if js_sys::Array::is_array(v) => "an array".into(),
        None if v.is_null() => "null".into(),
        None => format!("a value of type {}", type_name(v)),
    }
}

fn type_name(v: &JsValue) -> String {
    v.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
}
