// Benchmarks of article-annotator (www/pkg) next to compromise + compromise-dates on the same
// texts, in this page. Run headless by scripts/bench-browser.mjs, which serves the eval texts at
// /eval/ (never copied into www/); opened by hand, bench.html runs the same steps and prints JSON.
//
// Every measurement returns plain numbers; the runner formats the tables. Nothing here is a test.

import { loadCore } from './embed.js';

const now = () => performance.now();
const utf8Bytes = (s) => new TextEncoder().encode(s).length;
export const countWords = (s) => (s.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Cold start in this (fresh) page: import the glue, fetch + instantiate the .wasm, new Annotator, first annotate. */
export async function coldStart(text) {
  const t0 = now();
  // as the pages load it: the .wasm is fetched and compiled while the glue loads
  let t1 = 0;
  const { mod, wasm } = await loadCore(new URL('./pkg/', import.meta.url), () => { t1 = now(); });
  const t2 = now();
  const annotator = new mod.Annotator();
  const t3 = now();
  const result = annotator.annotate(text);
  const t4 = now();
  return {
    importMs: t1 - t0, instantiateMs: t2 - t1, newAnnotatorMs: t3 - t2, firstAnnotateMs: t4 - t3, totalMs: t4 - t0,
    entities: result.entities?.length ?? 0, memoryBytes: wasm.memory.buffer.byteLength,
  };
}

let pkg = null;
async function load() {
  if (!pkg) {
    const { mod, wasm } = await loadCore();
    pkg = { mod, wasm, annotator: new mod.Annotator() };
  }
  return pkg;
}

let nlp = null;
async function loadCompromise() {
  if (!nlp) {
    nlp = (await import('./node_modules/compromise/builds/three/compromise-three.mjs')).default;
    const dates = (await import('./node_modules/compromise-dates/builds/compromise-dates.mjs')).default;
    nlp.plugin(dates);
  }
  return nlp;
}

/** What compromise is asked for: people, places, organizations, dates and quotations, with offsets. */
function compromiseAnnotate(text) {
  const doc = nlp(text);
  const opts = { offset: true, terms: false };
  return {
    people: doc.people().json(opts),
    places: doc.places().json(opts),
    organizations: doc.organizations().json(opts),
    dates: doc.dates().json(opts),
    quotations: doc.quotations().json(opts),
  };
}

/** Run `f` at least `minReps` times and for at least `minMs`; ms per call (best of `rounds` rounds). */
function timeIt(f, { minReps = 3, minMs = 300, rounds = 3 } = {}) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let reps = 0;
    const t0 = now();
    let t;
    do {
      f();
      reps++;
      t = now();
    } while (reps < minReps || t - t0 < minMs);
    best = Math.min(best, (t - t0) / reps);
  }
  return best;
}

/**
 * Throughput on each text, article-annotator and compromise in turn (warm, after one untimed call each).
 * Returns per text: bytes (UTF-8), words, ms per call of each, and the totals.
 */
export async function throughput(texts, { compromise = true, minMs = 300, compromiseMinMs = 600 } = {}) {
  const { annotator } = await load();
  if (compromise) await loadCompromise();
  const rows = [];
  for (const { name, text } of texts) {
    const row = { name, bytes: utf8Bytes(text), words: countWords(text) };
    annotator.annotate(text);
    row.annotatorMs = timeIt(() => annotator.annotate(text), { minMs });
    if (compromise) {
      compromiseAnnotate(text);
      row.compromiseMs = timeIt(() => compromiseAnnotate(text), { minReps: 2, minMs: compromiseMinMs, rounds: 2 });
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Large texts (e.g. 1, 2, 4 and 8 MiB): ms for one annotate of each. The largest is annotated
 * once first (it grows the wasm memory, which every later run reuses), then the sizes are
 * annotated in turn, `rounds` times: a drift in the machine's speed during the run then touches
 * every size alike. Per size: best and median, and the median of the per-round ratios to the
 * first size (the scaling figure: each ratio is taken within one round).
 */
export async function bigTexts(texts, rounds = 5) {
  const { annotator, wasm } = await load();
  annotator.annotate(texts[texts.length - 1]);
  const times = texts.map(() => []);
  for (let r = 0; r < rounds; r++) {
    texts.forEach((text, i) => {
      const t0 = now();
      annotator.annotate(text);
      times[i].push(now() - t0);
    });
  }
  return texts.map((text, i) => {
    const ratios = times[i].map((t, r) => t / times[0][r]).sort((a, b) => a - b);
    const sorted = [...times[i]].sort((a, b) => a - b);
    return {
      bytes: utf8Bytes(text), words: countWords(text), ms: sorted[0], medianMs: quantile(sorted, 0.5), runs: rounds,
      ratioToFirst: quantile(ratios, 0.5), memoryBytes: wasm.memory.buffer.byteLength,
    };
  });
}

/**
 * Live typing: a long article with one character changed at a time (a letter replaced in a
 * word, at positions spread over the text), time from the changed string to the new
 * annotations as JS objects. p50 and p95 over `edits` edits.
 */
export async function liveTyping(text, edits = 200) {
  const { annotator, wasm } = await load();
  annotator.annotate(text);
  const letters = [];
  for (let i = 0; i < text.length; i++) if (/[a-z]/.test(text[i])) letters.push(i);
  const times = [];
  for (let k = 0; k < edits; k++) {
    const at = letters[Math.floor(((k * 7919) % edits) / edits * letters.length)];
    const changed = text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1);
    const t0 = now();
    const result = annotator.annotate(changed);
    times.push(now() - t0);
    if (!result.sentences) throw new Error('no result');
  }
  times.sort((a, b) => a - b);
  return {
    words: countWords(text), bytes: utf8Bytes(text), edits,
    p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1],
    memoryBytes: wasm.memory.buffer.byteLength,
  };
}

/** The eval texts the runner serves at /eval/ (index.json lists the file names). */
export async function evalTexts(base = './eval/') {
  const names = await (await fetch(base + 'index.json')).json();
  return Promise.all(names.map(async (n) => ({ name: n.replace(/\.json$/, ''), text: (await (await fetch(base + n)).json()).text })));
}

/** The texts one after another (blank line between), repeated until at least `bytes` UTF-8 bytes (as benches/annotate.rs). */
export function concatenation(texts, bytes) {
  const parts = [];
  let size = 0;
  for (;;) {
    for (const { text } of texts) {
      const t = text.trimEnd() + '\n\n';
      parts.push(t);
      size += utf8Bytes(t);
      if (size >= bytes) return parts.join('');
    }
  }
}

/** The first texts of the concatenation up to at least `words` words (whole paragraphs). */
export function articleOfWords(texts, words) {
  const paras = texts.flatMap(({ text }) => text.split(/\n\s*\n/)).filter((p) => p.trim());
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += countWords(p);
  }
  return out.join('\n\n') + '\n';
}

/** `text` with the `k`-th of a few spread lowercase letters changed: a new text of the same size. */
function editedText(text, k) {
  let at = Math.floor(text.length * ((k * 0.37) % 1));
  while (at < text.length && !/[a-z]/.test(text[at])) at++;
  if (at >= text.length) return text + ' ';
  return text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1);
}

/** Resolves in the first task after the next frame has been rendered (style, layout, paint). */
const afterNextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * The paste page's rendering of one result: call `render()` (app.js's renderResult, which may
 * return a promise) and watch the main thread until the complete view has been drawn.
 * Returns: syncMs (the call itself), builtMs (until its promise settles), shownMs (until the
 * frame after that has been rendered), the longest main-thread task (PerformanceObserver
 * 'longtask': only tasks of 50 ms or more are reported, so 0 means none of 50 ms), the longest
 * animation frame ('long-animation-frame', with its script part and its style and layout part),
 * and the longest interval between two requestAnimationFrame callbacks during the render (what
 * a reader sees as a stall; 16.7 ms is every frame drawn).
 */
async function measureRender(render) {
  const tasks = [];
  const loafs = [];
  const observers = [];
  for (const [type, into] of [['longtask', tasks], ['long-animation-frame', loafs]]) {
    if (!PerformanceObserver.supportedEntryTypes?.includes(type)) continue;
    const o = new PerformanceObserver((list) => into.push(...list.getEntries()));
    o.observe({ type });
    observers.push([o, into]);
  }
  const frameTimes = [];
  let watching = true;
  const tick = (t) => { frameTimes.push(t); if (watching) requestAnimationFrame(tick); };
  await afterNextFrame();
  requestAnimationFrame(tick);
  // start in an ordinary task, as a result from the worker arrives (not inside a frame callback)
  await afterNextFrame();
  const t0 = now();
  const pending = render();
  const syncMs = now() - t0;
  await pending;
  const builtMs = now() - t0;
  await afterNextFrame();
  const shownMs = now() - t0;
  watching = false;
  await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive after their task
  for (const [o, into] of observers) { into.push(...o.takeRecords()); o.disconnect(); }
  const t1 = t0 + shownMs;
  const during = (e) => e.startTime + e.duration > t0 && e.startTime < t1;
  const longest = (list) => list.filter(during).reduce((m, e) => (e.duration > (m?.duration ?? 0) ? e : m), null);
  const lt = longest(tasks);
  const lf = longest(loafs);
  let maxFrameGapMs = 0;
  for (let i = 1; i < frameTimes.length; i++) {
    if (frameTimes[i] > t0 && frameTimes[i - 1] < t1) maxFrameGapMs = Math.max(maxFrameGapMs, frameTimes[i] - frameTimes[i - 1]);
  }
  return {
    syncMs, builtMs, shownMs, maxFrameGapMs,
    longTaskMs: lt ? lt.duration : 0, longTasks: tasks.filter(during).length,
    longFrameMs: lf ? lf.duration : 0,
    longFrameScriptMs: lf ? (lf.renderStart || lf.startTime + lf.duration) - lf.startTime : 0,
    longFrameLayoutMs: lf && lf.styleAndLayoutStart ? lf.startTime + lf.duration - lf.styleAndLayoutStart : 0,
  };
}

/**
 * The paste page's rendering of a large result (run in index.html, whose app.js is loaded): an
 * article of about `words` words made of the eval texts is shown once, then `runs` times a
 * result for the same article with one letter changed replaces it (as when a reader edits a
 * long article: the old view is torn down and the new one built), each measured by
 * measureRender. The results are computed beforehand on the main thread (not timed).
 */
export async function pageRender(texts, words, runs = 5) {
  const app = await import('./app.js');
  const { annotator } = await load();
  const text = articleOfWords(texts, words);
  await app.renderResult(text, annotator.annotate(text));
  await afterNextFrame();
  const view = document.getElementById('article-view');
  const rows = [];
  for (let r = 0; r < runs; r++) {
    const edited = editedText(text, r + 1);
    const result = annotator.annotate(edited);
    rows.push(await measureRender(() => app.renderResult(edited, result)));
    if (view.textContent !== edited) throw new Error('the view does not show the rendered text');
  }
  const last = annotator.annotate(text);
  return {
    words: countWords(text), units: text.length,
    annotations: last.entities.length + (last.quotes?.length ?? 0) + (last.claims?.length ?? 0),
    elements: view.getElementsByTagName('*').length + document.getElementById('entities-panel').getElementsByTagName('*').length,
    runs: rows,
  };
}
