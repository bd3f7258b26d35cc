// article-annotator for integrators: attach(target, options) draws the analysis of a <textarea>
// or any contenteditable element live, without ever changing the document being edited.
//
// contenteditable: CSS Custom Highlight API (CSS.highlights, ::highlight()) — no DOM change.
// <textarea> (its text has no DOM ranges), or where the API is missing: a mirrored overlay
// outside the edited element. handle.detach() removes every trace.

const LAYERS = ['claim', 'quote', 'entity']; // outermost first; also the painting order
const PRIORITY = { claim: 0, quote: 1, entity: 2 };

const LABEL_COLOURS = {
  PERSON: '#ffd8a8', NORP: '#fcc2d7', ORG: '#a5d8ff', GPE: '#b2f2bb', LOC: '#c3fae8',
  FAC: '#d0bfff', EVENT: '#ffec99', LAW: '#eebefa', DATE: '#dee2e6', TIME: '#dee2e6',
  MONEY: '#c0eb75', PERCENT: '#c0eb75',
};
const QUOTE_COLOUR = '#7048e8';
const CLAIM_COLOUR = '#e03131';

/** Name of the Highlight (in `CSS.highlights`) that draws one annotation. */
export function highlightName(item) {
  return item.layer === 'entity' ? `aa-entity-${item.label}` : `aa-${item.layer}`;
}

/** The stylesheet shared by every view: `::highlight()` rules and `.aa-mark[data-layer]` rules. */
export const ANNOTATOR_CSS = [
  ...Object.entries(LABEL_COLOURS).flatMap(([label, colour]) => [
    `::highlight(aa-entity-${label}) { background-color: ${colour}; }`,
    `.aa-mark[data-layer="entity"][data-label="${label}"] { background-color: ${colour}; }`,
  ]),
  `::highlight(aa-quote) { text-decoration: underline 2px ${QUOTE_COLOUR}; text-underline-offset: 3px; }`,
  `.aa-mark[data-layer="quote"] { text-decoration: underline 2px ${QUOTE_COLOUR}; text-underline-offset: 3px; }`,
  `::highlight(aa-claim) { text-decoration: wavy underline ${CLAIM_COLOUR}; }`,
  `.aa-mark[data-layer="claim"] { text-decoration: wavy underline ${CLAIM_COLOUR}; }`,
  `mark.aa-mark { color: inherit; background-color: transparent; }`,
  ...Object.entries(LABEL_COLOURS).map(([label, colour]) =>
    `mark.aa-mark[data-layer="entity"][data-label="${label}"] { background-color: ${colour}; }`),
  `.aa-box { position: absolute; pointer-events: none; mix-blend-mode: multiply; }`,
  `.aa-box[data-layer="quote"] { border-bottom: 2px solid ${QUOTE_COLOUR}; }`,
  `.aa-box[data-layer="claim"] { border-bottom: 2px dotted ${CLAIM_COLOUR}; }`,
  ...Object.entries(LABEL_COLOURS).map(([label, colour]) =>
    `.aa-box[data-layer="entity"][data-label="${label}"] { background-color: ${colour}; }`),
].join('\n');

/** Flatten a schema-v1 result into drawable items `{layer, label, start, end}` (UTF-16). */
export function itemsOf(result) {
  const items = [];
  if (!result) return items;
  for (const e of result.entities ?? []) items.push({ layer: 'entity', label: e.label, start: e.start, end: e.end, span: e });
  for (const q of result.quotes ?? []) items.push({ layer: 'quote', label: q.kind ?? 'quote', start: q.start, end: q.end, span: q });
  for (const c of result.claims ?? []) items.push({ layer: 'claim', label: c.action ?? 'claim', start: c.start, end: c.end, span: c });
  return items.filter((i) => i.end > i.start);
}

// ---------------------------------------------------------------------------------------------
// The analyser

let defaultAnnotator = null;

/**
 * Loads the WebAssembly core from `pkgUrl` (default ./pkg next to this module): the .wasm download
 * and its compilation start at once, in parallel with the JS glue rather than after it; the glue
 * then instantiates the compiled module. Where streaming compilation fails (a server sending the
 * .wasm with another MIME type), the glue's own loader fetches it again. Resolves to
 * `{ mod, wasm }`: the glue module (`mod.Annotator`, `mod.version`) and the wasm exports.
 * `onGlue` is called once the glue has loaded.
 */
export async function loadCore(pkgUrl = new URL('./pkg/', import.meta.url), onGlue = () => {}) {
  const compiled = WebAssembly.compileStreaming(fetch(new URL('article_annotator_bg.wasm', pkgUrl))).catch(() => null);
  const mod = await import(new URL('article_annotator.js', pkgUrl).href);
  onGlue(); // (the benchmarks time the glue apart)
  const module = await compiled;
  const wasm = module ? await mod.default({ module_or_path: module }) : await mod.default();
  return { mod, wasm };
}

/** The WebAssembly annotator from ./pkg, initialised once per page (options only on first call). */
export function loadAnnotator(annotatorOptions = {}) {
  defaultAnnotator ??= (async () => {
    const { mod } = await loadCore();
    return new mod.Annotator(annotatorOptions);
  })();
  return defaultAnnotator;
}

/** `text → Promise<result>` from options: `annotate` (a function), `annotator` (an object), or ./pkg. */
export function analyserFrom(options = {}) {
  if (typeof options.annotate === 'function') return async (text) => options.annotate(text);
  if (options.annotator) return async (text) => options.annotator.annotate(text);
  return async (text) => (await loadAnnotator(options.annotatorOptions)).annotate(text);
}

/**
 * `analyse(text)` for an editor's handle: the result, or null with the error kept on
 * `handle.error` and a console warning (an analysis never throws into the editor).
 */
export async function analyseFor(handle, analyse, text) {
  try {
    const result = await analyse(text);
    handle.error = null;
    return result;
  } catch (err) {
    handle.error = err;
    console.warn('article-annotator:', err);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Styles: one constructed stylesheet per document (or shadow root), reference-counted

const styleUsers = new WeakMap();

/** Adopt ANNOTATOR_CSS into a Document or ShadowRoot; returns a function that releases it. */
export function adoptStyles(root) {
  let entry = styleUsers.get(root);
  if (!entry) {
    const doc = root.ownerDocument ?? root;
    const win = doc.defaultView ?? globalThis;
    if ('adoptedStyleSheets' in root && win.CSSStyleSheet) {
      // Constructed stylesheets add no element and are not blocked by a CSP without 'unsafe-inline'.
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(ANNOTATOR_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      entry = { count: 0, remove: () => { root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet); } };
    } else {
      const style = doc.createElement('style');
      style.textContent = ANNOTATOR_CSS;
      (root.head ?? root).appendChild(style);
      entry = { count: 0, remove: () => style.remove() };
    }
    styleUsers.set(root, entry);
  }
  entry.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    entry.count -= 1;
    if (entry.count === 0) { entry.remove(); styleUsers.delete(root); }
  };
}

// ---------------------------------------------------------------------------------------------
// Text ↔ DOM mapping

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL']);
const SKIPPED = new Set(['AUDIO', 'BUTTON', 'CANVAS', 'EMBED', 'IFRAME', 'IMG', 'INPUT', 'MATH', 'NOSCRIPT', 'OBJECT',
  'PICTURE', 'SCRIPT', 'SELECT', 'STYLE', 'SVG', 'TEMPLATE', 'TEXTAREA', 'VIDEO']);

const isBlock = (el) => BLOCKS.has(el.nodeName.toUpperCase());

function isSkipped(el) {
  if (SKIPPED.has(el.nodeName.toUpperCase())) return true;
  if (el.getAttribute('contenteditable') === 'false') return true; // widgets and embeds
  if (el.hasAttribute('data-annotator-skip') || el.hasAttribute('data-cke-filler')) return true;
  const bogus = el.getAttribute('data-mce-bogus');
  if (bogus === 'all' || (bogus && el.nodeName === 'BR') || el.getAttribute('data-mce-type') === 'bookmark') return true;
  const cls = el.classList;
  return cls.contains('ProseMirror-trailingBreak') || cls.contains('ProseMirror-separator');
}

function hasContent(node) {
  if (node.nodeType === 3) return node.data.length > 0;
  if (node.nodeType !== 1 || isSkipped(node)) return false;
  if (node.nodeName === 'BR') return true;
  for (let c = node.firstChild; c; c = c.nextSibling) if (hasContent(c)) return true;
  return false;
}

/** A <br> that ends its block draws no line of its own (browsers add one to keep a line open). */
function isTrailingBr(br, root) {
  let n = br;
  for (;;) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 1 && isBlock(s)) return true;
      if (hasContent(s)) return false;
    }
    n = n.parentNode;
    if (!n || n === root || isBlock(n)) return true;
  }
}

/**
 * The text of a DOM subtree as the annotator reads it, and its map back to the DOM.
 * Inline markup is transparent, <br> is "\n", block elements (paragraphs, headings, list items,
 * table cells) are separated by "\n\n", images and embeds are skipped. Offsets are UTF-16 code
 * units, as the DOM counts them. Returns `{text, segments}`; each segment is
 * `{node, start, end}` (a Text node or a <br>) in text order.
 */
export function extractText(root) {
  const parts = [];
  const segments = [];
  let length = 0;
  let pending = false;
  const preCache = new Map();
  const win = root.ownerDocument?.defaultView;
  const isPre = (el) => {
    if (!preCache.has(el)) {
      const ws = win && el.nodeType === 1 ? win.getComputedStyle(el).whiteSpace : 'normal';
      preCache.set(el, /^pre|break-spaces/.test(ws));
    }
    return preCache.get(el);
  };
  const emit = (str, node) => {
    if (pending && length > 0) { parts.push('\n\n'); length += 2; }
    pending = false;
    parts.push(str);
    segments.push({ node, start: length, end: length + str.length });
    length += str.length;
  };
  const walk = (parent) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        let data = n.data;
        if (!data) continue;
        if (/^[ \t\n\r\f]*$/.test(data)) {
          const prev = n.previousSibling, next = n.nextSibling;
          if ((!prev || (prev.nodeType === 1 && isBlock(prev))) && (!next || (next.nodeType === 1 && isBlock(next)))) continue;
        }
        // Same length, so offsets stay exact: layout whitespace reads as spaces, nbsp as a space.
        if (!isPre(parent)) data = data.replace(/[\t\n\r\f]/g, ' ');
        emit(data.replace(/\u00a0/g, ' '), n);
      } else if (n.nodeType === 1) {
        if (isSkipped(n)) continue;
        if (n.nodeName === 'BR') {
          if (!isTrailingBr(n, root)) emit('\n', n);
        } else if (isBlock(n)) {
          pending = true;
          walk(n);
          pending = true;
        } else {
          walk(n);
        }
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

function firstSegmentEndingAfter(segments, offset) {
  let lo = 0, hi = segments.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (segments[mid].end > offset) hi = mid; else lo = mid + 1; }
  return lo;
}

/** A DOM Range for `[start, end)` of `extractText(root)`, or null if it covers no text. */
export function rangeFor(map, start, end, doc) {
  const { segments } = map;
  const i = firstSegmentEndingAfter(segments, start);
  if (i >= segments.length) return null;
  let j = firstSegmentEndingAfter(segments, end - 1);
  if (j >= segments.length) j = segments.length - 1;
  if (segments[j].start >= end) j -= 1; // end falls in a separator before segment j
  if (j < i) return null;
  const a = segments[i], b = segments[j];
  const range = doc.createRange();
  const s = Math.max(start, a.start) - a.start;
  const e = Math.min(end, b.end) - b.start;
  if (a.node.nodeType === 3) range.setStart(a.node, s); else range.setStartBefore(a.node);
  if (b.node.nodeType === 3) range.setEnd(b.node, e); else range.setEndAfter(b.node);
  return range;
}

// ---------------------------------------------------------------------------------------------
// Rendering annotated text as elements (overlay mirrors, the custom element)

const ORDER = (a, b) => PRIORITY[a.layer] - PRIORITY[b.layer] || a.start - b.start || b.end - a.end;

/**
 * Append `text` to `container` with each item wrapped in `<mark class="aa-mark" data-layer
 * data-label>`; overlapping items nest (claims outside quotes outside entities), crossing ones split.
 */
export function renderMarks(container, text, items) {
  const doc = container.ownerDocument;
  const cuts = new Set([0, text.length]);
  for (const it of items) { cuts.add(Math.max(0, Math.min(text.length, it.start))); cuts.add(Math.max(0, Math.min(text.length, it.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...items].sort(ORDER);
  const stack = []; // [{item, el}]
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k], e = points[k + 1];
    const active = sorted.filter((it) => it.start <= s && it.end >= e);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].item === active[keep]) keep++;
    stack.length = keep;
    for (let m = keep; m < active.length; m++) {
      const it = active[m];
      const el = doc.createElement('mark');
      el.className = `aa-mark aa-${it.layer}`;
      el.dataset.layer = it.layer;
      el.dataset.label = it.label;
      (stack.length ? stack[stack.length - 1].el : container).appendChild(el);
      stack.push({ item: it, el });
    }
    (stack.length ? stack[stack.length - 1].el : container).appendChild(doc.createTextNode(text.slice(s, e)));
  }
}

// ---------------------------------------------------------------------------------------------
// Painters

const highlightUsers = new WeakMap(); // window → Map(name → {highlight, users})

class HighlightPainter {
  constructor(target) {
    this.target = target;
    this.doc = target.ownerDocument;
    this.win = this.doc.defaultView;
    this.mine = new Map(); // name → Range[]
    this.releaseStyles = adoptStyles(this.doc);
  }

  #shared(name, create) {
    let reg = highlightUsers.get(this.win);
    if (!reg) highlightUsers.set(this.win, (reg = new Map()));
    let entry = reg.get(name);
    if (!entry && create) {
      const highlight = new this.win.Highlight();
      highlight.priority = PRIORITY[name.split('-')[1]] ?? 0;
      this.win.CSS.highlights.set(name, highlight);
      reg.set(name, (entry = { highlight, users: new Set() }));
    }
    return entry;
  }

  paint(text, items) {
    const map = extractText(this.target);
    const fresh = new Map();
    for (const it of items) {
      // The DOM may have moved on since `text` was analysed; draw only spans whose text still matches.
      if (map.text.slice(it.start, it.end) !== text.slice(it.start, it.end)) continue;
      const range = rangeFor(map, it.start, it.end, this.doc);
      if (!range) continue;
      const name = highlightName(it);
      if (!fresh.has(name)) fresh.set(name, []);
      fresh.get(name).push(range);
    }
    for (const [name, ranges] of this.mine) {
      const entry = this.#shared(name, false);
      if (!entry) continue;
      for (const r of ranges) entry.highlight.delete(r);
      if (!fresh.has(name)) this.#release(name, entry);
    }
    for (const [name, ranges] of fresh) {
      const entry = this.#shared(name, true);
      entry.users.add(this);
      for (const r of ranges) entry.highlight.add(r);
    }
    this.mine = fresh;
  }

  #release(name, entry) {
    entry.users.delete(this);
    if (entry.users.size === 0) {
      if (this.win.CSS.highlights.get(name) === entry.highlight) this.win.CSS.highlights.delete(name);
      highlightUsers.get(this.win)?.delete(name);
    }
  }

  destroy() {
    for (const [name, ranges] of this.mine) {
      const entry = this.#shared(name, false);
      if (!entry) continue;
      for (const r of ranges) entry.highlight.delete(r);
      this.#release(name, entry);
    }
    this.mine = new Map();
    this.releaseStyles();
  }
}

/** Boxes drawn over a contenteditable from Range.getClientRects(), in a layer outside it. */
class BoxPainter {
  constructor(target) {
    this.target = target;
    this.doc = target.ownerDocument;
    this.win = this.doc.defaultView;
    this.layer = this.doc.createElement('div');
    this.layer.setAttribute('data-annotator-overlay', '');
    this.layer.setAttribute('aria-hidden', 'true');
    Object.assign(this.layer.style, { position: 'absolute', left: '0px', top: '0px', width: '0px', height: '0px', pointerEvents: 'none' });
    this.doc.body.appendChild(this.layer);
    this.releaseStyles = adoptStyles(this.doc);
    this.last = null;
    this.onMove = () => this.last && this.paint(...this.last);
    this.win.addEventListener('scroll', this.onMove, true);
    this.win.addEventListener('resize', this.onMove);
  }

  paint(text, items) {
    this.last = [text, items];
    const map = extractText(this.target);
    const sx = this.win.scrollX, sy = this.win.scrollY;
    const frag = this.doc.createDocumentFragment();
    for (const it of [...items].sort(ORDER)) {
      if (map.text.slice(it.start, it.end) !== text.slice(it.start, it.end)) continue;
      const range = rangeFor(map, it.start, it.end, this.doc);
      if (!range) continue;
      for (const r of range.getClientRects()) {
        if (!r.width) continue;
        const box = this.doc.createElement('div');
        box.className = 'aa-box';
        box.dataset.layer = it.layer;
        box.dataset.label = it.label;
        Object.assign(box.style, { left: `${r.left + sx}px`, top: `${r.top + sy}px`, width: `${r.width}px`, height: `${r.height}px` });
        frag.appendChild(box);
      }
    }
    this.layer.replaceChildren(frag);
  }

  destroy() {
    this.win.removeEventListener('scroll', this.onMove, true);
    this.win.removeEventListener('resize', this.onMove);
    this.layer.remove();
    this.releaseStyles();
  }
}

const MIRRORED = ['boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch',
  'fontKerning', 'fontFeatureSettings', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textAlign', 'textIndent',
  'textTransform', 'tabSize', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'borderTopLeftRadius', 'borderTopRightRadius', 'borderBottomLeftRadius',
  'borderBottomRightRadius'];

/** A mirror of a <textarea> drawn behind it: same box and font, transparent text, <mark>s. */
class MirrorPainter {
  constructor(textarea) {
    this.ta = textarea;
    this.doc = textarea.ownerDocument;
    this.win = this.doc.defaultView;
    this.savedStyle = textarea.getAttribute('style');
    this.releaseStyles = adoptStyles(this.doc);
    const cs = this.win.getComputedStyle(textarea);
    this.background = cs.backgroundColor;
    this.mirror = this.doc.createElement('div');
    this.mirror.setAttribute('data-annotator-overlay', '');
    this.mirror.setAttribute('aria-hidden', 'true');
    textarea.before(this.mirror);
    // The textarea becomes see-through and positioned, so it paints above its mirror.
    if (cs.position === 'static') textarea.style.position = 'relative';
    textarea.style.backgroundColor = 'transparent';
    this.onScroll = () => { this.mirror.scrollTop = this.ta.scrollTop; this.mirror.scrollLeft = this.ta.scrollLeft; };
    textarea.addEventListener('scroll', this.onScroll);
    this.resize = new this.win.ResizeObserver(() => this.layout());
    this.resize.observe(textarea);
    this.layout();
  }

  layout() {
    const ta = this.ta, cs = this.win.getComputedStyle(ta), m = this.mirror.style;
    for (const p of MIRRORED) m[p] = cs[p];
    Object.assign(m, {
      position: 'absolute', boxSizing: 'border-box', left: `${ta.offsetLeft}px`, top: `${ta.offsetTop}px`,
      width: `${ta.offsetWidth}px`, height: `${ta.offsetHeight}px`, margin: '0px', overflow: 'hidden',
      whiteSpace: 'pre-wrap', overflowWrap: 'break-word', color: 'transparent', borderColor: 'transparent',
      backgroundColor: this.background, pointerEvents: 'none', zIndex: cs.zIndex === 'auto' ? 'auto' : String(cs.zIndex),
    });
    // A scrollbar narrows the textarea's text box; narrow the mirror's the same way.
    const bl = parseFloat(cs.borderLeftWidth) || 0, br = parseFloat(cs.borderRightWidth) || 0;
    const scrollbar = ta.offsetWidth - ta.clientWidth - bl - br;
    m.paddingRight = `${(parseFloat(cs.paddingRight) || 0) + Math.max(0, scrollbar)}px`;
    this.onScroll();
  }

  paint(text, items) {
    const value = this.ta.value;
    const shown = items.filter((it) => value.slice(it.start, it.end) === text.slice(it.start, it.end));
    this.mirror.replaceChildren();
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    renderMarks(this.mirror, value.endsWith('\n') ? `${value} ` : value, shown);
    this.layout();
  }

  destroy() {
    this.ta.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    this.mirror.remove();
    if (this.savedStyle === null) this.ta.removeAttribute('style'); else this.ta.setAttribute('style', this.savedStyle);
    this.releaseStyles();
  }
}

// ---------------------------------------------------------------------------------------------
// attach

/** Call `fn` `delay` ms after the last call; `flush()` runs it now. */
export function debounce(fn, delay) {
  let timer = null;
  const run = () => { clearTimeout(timer); timer = null; return fn(); };
  const d = () => { clearTimeout(timer); timer = setTimeout(run, delay); };
  d.flush = run;
  d.cancel = () => { clearTimeout(timer); timer = null; };
  return d;
}

/**
 * Annotate a <textarea> or contenteditable element as its author types.
 *
 * options: `annotate(text) → result` or `annotator` (an `Annotator`), else the ./pkg core with
 * `annotatorOptions`; `delay` (ms of debounce, default 150); `mode`: 'auto' | 'highlight' | 'overlay';
 * `layers` (default ['entity','quote','claim']); `onAnnotations(detail)`.
 *
 * Returns a handle `{target, mode, ready, text, result, items, refresh(), detach()}`. After each
 * analysis the target receives an `annotations` CustomEvent with `detail = {text, result, items}`.
 */
export function attach(target, options = {}) {
  if (!target || target.nodeType !== 1) throw new TypeError('attach(target): target must be a <textarea> or a contenteditable element');
  const isTextarea = target.nodeName === 'TEXTAREA';
  if (!isTextarea && !target.isContentEditable && target.getAttribute('contenteditable') === null)
    throw new TypeError('attach(target): target must be a <textarea> or a contenteditable element');
  const win = target.ownerDocument.defaultView;
  const hasHighlights = !!(win.CSS && win.CSS.highlights && win.Highlight);
  let mode = options.mode ?? 'auto';
  if (mode === 'auto') mode = !isTextarea && hasHighlights ? 'highlight' : 'overlay';
  if (mode === 'highlight' && (isTextarea || !hasHighlights)) mode = 'overlay';
  const layers = new Set(options.layers ?? LAYERS);
  const analyse = analyserFrom(options);
  const painter = mode === 'highlight' ? new HighlightPainter(target)
    : isTextarea ? new MirrorPainter(target) : new BoxPainter(target);

  let detached = false;
  let lastText = null;
  let lastResult = null;
  let generation = 0;
  const readText = () => (isTextarea ? target.value : extractText(target).text);

  const handle = {
    target, mode, text: null, result: null, items: [], error: null, ready: null,
    refresh: () => update(true),
    detach,
  };

  async function update(force = false) {
    if (detached) return handle.result;
    const text = readText();
    const gen = ++generation;
    if (force || text !== lastText) {
      try {
        const result = await analyse(text);
        if (detached || gen !== generation) return handle.result;
        lastText = text;
        lastResult = result;
        handle.error = null;
      } catch (err) {
        if (detached || gen !== generation) return handle.result;
        handle.error = err;
        lastText = text;
        lastResult = null;
        console.warn('article-annotator:', err);
      }
    }
    const items = itemsOf(lastResult).filter((it) => layers.has(it.layer));
    painter.paint(lastText, items);
    const changed = handle.result !== lastResult;
    Object.assign(handle, { text: lastText, result: lastResult, items });
    if (changed && lastResult) {
      const detail = { text: lastText, result: lastResult, items };
      options.onAnnotations?.(detail);
      target.dispatchEvent(new win.CustomEvent('annotations', { detail }));
    }
    return lastResult;
  }

  const schedule = debounce(() => update(false), options.delay ?? 150);
  const onInput = () => schedule();
  target.addEventListener('input', onInput);
  const observer = isTextarea ? null : new win.MutationObserver(onInput);
  observer?.observe(target, { childList: true, characterData: true, subtree: true });

  function detach() {
    if (detached) return;
    detached = true;
    schedule.cancel();
    target.removeEventListener('input', onInput);
    observer?.disconnect();
    painter.destroy();
  }

  handle.ready = update(true);
  return handle;
}
