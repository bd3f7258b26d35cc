// Builds the result of `Annotator.annotate` (schema v1) from the numbers and strings that
// `Output::pack` (src/output.rs) writes: object literals of fixed shape and slices of the
// text, which V8 makes far faster than `JSON.parse` of the same result as JSON. Imported by
// src/wasm.rs (feature "js-result"); the layout is documented on `Packed` in src/output.rs.

// Names in the order of the Rust enums (tests in src/output.rs check these four lists).
const LABELS = ['PERSON', 'NORP', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'LAW', 'DATE', 'TIME', 'MONEY', 'PERCENT'];
const KINDS = ['direct', 'partial'];
const ACTIONS = ['impose', 'tighten', 'extend', 'ease', 'lift', 'suspend', 'violate', 'comply', 'threaten', 'effect', 'other'];
const MODALITIES = ['asserted', 'reported', 'demanded_or_proposed', 'speculative', 'conditional', 'negated'];

export function buildResult(text, nums, strings) {
  let i = 0;
  let at = 0;
  const str = () => {
    const n = nums[i++];
    if (n === 0) return null;
    const s = strings.slice(at, at + n - 1);
    at += n - 1;
    return s;
  };
  const span = () => {
    const present = nums[i];
    const start = nums[i + 1];
    const end = nums[i + 2];
    i += 3;
    return present ? { start, end, text: text.slice(start, end) } : null;
  };
  const ids = [];
  const id = (k) => ids[k] ?? (ids[k] = 'E' + (k + 1));
  const result = { schema_version: nums[i++], offsets: str(), sentences: null };
  // (arrays filled by push stay packed, which later reads of them prefer)
  const sentences = [];
  for (let k = nums[i++]; k > 0; k--, i += 2) sentences.push({ start: nums[i], end: nums[i + 1] });
  result.sentences = sentences;
  let n = nums[i++];
  if (n) {
    const entities = [];
    for (let k = 1; k < n; k++, i += 4) {
      const start = nums[i];
      const end = nums[i + 1];
      entities.push({ start, end, text: text.slice(start, end), label: LABELS[nums[i + 2]], entity: id(nums[i + 3]) });
    }
    result.entities = entities;
  }
  n = nums[i++];
  if (n) {
    const clusters = [];
    for (let k = 0; k < n - 1; k++) {
      const label = LABELS[nums[i]];
      const mentions = nums[i + 1];
      i += 2;
      const name = str();
      const role = str();
      const aliases = [];
      for (let a = nums[i++]; a > 0; a--) aliases.push(str());
      clusters.push({ id: id(k), label, name, aliases, mentions, role });
    }
    result.clusters = clusters;
  }
  n = nums[i++];
  if (n) {
    const quotes = [];
    for (let k = 1; k < n; k++) {
      const start = nums[i];
      const end = nums[i + 1];
      const kind = KINDS[nums[i + 2]];
      const speaker = nums[i + 3] ? id(nums[i + 3] - 1) : null;
      i += 4;
      const speakerName = str();
      const speakerMention = span();
      const cue = span();
      quotes.push({ start, end, text: text.slice(start, end), kind, speaker, speaker_name: speakerName, speaker_mention: speakerMention, cue });
    }
    result.quotes = quotes;
  }
  n = nums[i++];
  if (n) {
    const claims = [];
    for (let k = 1; k < n; k++) {
      const start = nums[i];
      const end = nums[i + 1];
      const action = ACTIONS[nums[i + 2]];
      const modality = MODALITIES[nums[i + 3]];
      i += 4;
      const actor = str();
      const target = str();
      const source = str();
      const ts = nums[i];
      const te = nums[i + 1];
      i += 2;
      claims.push({ start, end, text: text.slice(start, end), action, actor, target, modality, source, trigger: { start: ts, end: te, text: text.slice(ts, te) } });
    }
    result.claims = claims;
  }
  return result;
}
