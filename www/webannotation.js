// W3C Web Annotation (JSON-LD) export of an article-annotator result: one annotation per
// entity mention, quote and sanctions claim, each targeting the text with a
// TextPositionSelector and a TextQuoteSelector (exact, prefix, suffix).
//
// The annotator reports UTF-16 offsets; the Web Annotation model counts Unicode code points
// ("characters"), so positions are converted here in one ascending pass.

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX = 32; // code points of prefix / suffix context

/** A short stable identifier for a text (FNV-1a 32-bit over UTF-16 units, plus its length). */
export function textId(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}-${text.length}`;
}

/** Maps UTF-16 offsets to code-point offsets: one table of surrogate pairs per text, empty (identity) for BMP-only text. */
function codePointMapper(text) {
  // positions (UTF-16) of the low half of every surrogate pair, ascending
  const lows = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { lows.push(i + 1); i++; }
    }
  }
  if (lows.length === 0) return (u) => u;
  return (u) => {
    // number of low surrogates strictly before u
    let lo = 0, hi = lows.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (lows[mid] < u) lo = mid + 1; else hi = mid; }
    return u - lo;
  };
}

/** Slices `text` by UTF-16 offsets but never splits a surrogate pair at the outer edges. */
function affixes(text, start, end) {
  let ps = Math.max(0, start - AFFIX);
  if (ps > 0 && isLow(text.charCodeAt(ps))) ps--;
  let se = Math.min(text.length, end + AFFIX);
  if (se < text.length && isLow(text.charCodeAt(se))) se++;
  return { prefix: text.slice(ps, start), suffix: text.slice(end, se) };
}
function isLow(c) { return c >= 0xdc00 && c <= 0xdfff; }

function tag(value) { return { type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain' }; }
function describe(value) { return { type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' }; }
function identify(value) { return { type: 'TextualBody', purpose: 'identifying', value, format: 'text/plain' }; }

/**
 * Builds an AnnotationCollection (with one embedded AnnotationPage) for `result` on `text`.
 * options.source: the IRI of the annotated text (default: a URN derived from the text);
 * options.generator: name and version of the software; options.created: ISO date-time.
 */
export function toWebAnnotation(text, result, options = {}) {
  const source = options.source || `urn:x-article-annotator:text:${textId(text)}`;
  const created = options.created || new Date().toISOString();
  const generator = { type: 'Software', name: options.generator || 'article-annotator' };
  const toCp = codePointMapper(text);
  const clusters = new Map((result.clusters || []).map((c) => [c.id, c]));
  const nameOf = (ref) => (ref && clusters.has(ref) ? clusters.get(ref).name : ref);
  const items = [];

  const target = (span) => {
    const { prefix, suffix } = affixes(text, span.start, span.end);
    return {
      source,
      selector: [
        { type: 'TextPositionSelector', start: toCp(span.start), end: toCp(span.end) },
        { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix, suffix },
      ],
    };
  };
  const push = (kind, i, motivation, body, span) => {
    items.push({
      id: `${source}#${kind}-${i + 1}`,
      type: 'Annotation',
      motivation,
      created,
      generator,
      body,
      target: target(span),
    });
  };

  (result.entities || []).forEach((e, i) => {
    const c = clusters.get(e.entity);
    const body = [tag('entity'), tag(e.label)];
    if (c) {
      body.push(identify(c.name));
      if (c.role) body.push(describe(`role: ${c.role}`));
    }
    push('entity', i, 'identifying', body, e);
  });
  (result.quotes || []).forEach((q, i) => {
    const body = [tag('quote'), tag(q.kind)];
    const speaker = q.speaker_name || nameOf(q.speaker);
    body.push(describe(speaker ? `${q.kind} quote by ${speaker}` : `${q.kind} quote, speaker unknown`));
    if (q.cue) body.push(describe(`cue: ${q.cue.text}`));
    push('quote', i, 'describing', body, q);
  });
  (result.claims || []).forEach((c, i) => {
    const body = [tag('sanctions-claim'), tag(c.action), tag(c.modality)];
    const actor = nameOf(c.actor) || 'unspecified actor';
    const tgt = nameOf(c.target) || 'unspecified target';
    body.push(describe(`${actor} → ${tgt}: ${c.action} (${c.modality})`));
    if (c.source) body.push(describe(`source: ${nameOf(c.source)}`));
    push('claim', i, 'classifying', body, c);
  });

  return {
    '@context': CONTEXT,
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: 'article-annotator: entities, quotes and sanctions claims',
    total: items.length,
    first: { id: `${source}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
