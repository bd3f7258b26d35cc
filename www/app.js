// The paste-and-see page: runs the annotator (in a module worker, or debounced on the main
// thread when workers are unavailable) as the text changes, and shows the result in place:
// nested highlights for entities, quotes and sanctions claims, a legend that filters, a
// tooltip on hover and focus, side panels, a who-sanctions-whom diagram, and exports.
//
// Pasted text is only ever inserted as text nodes (createTextNode / textContent).

import { toWebAnnotation } from './webannotation.js';
import { loadCore } from './embed.js';

/** Entity labels in legend order, with a reader-facing name. */
export const LABELS = [
  ['PERSON', 'People'], ['ORG', 'Organisations'], ['GPE', 'Countries, cities'],
  ['NORP', 'Nationalities, groups'], ['LOC', 'Places'], ['FAC', 'Buildings, facilities'],
  ['EVENT', 'Events'], ['LAW', 'Laws'], ['DATE', 'Dates'], ['TIME', 'Times'],
  ['MONEY', 'Money'], ['PERCENT', 'Percentages'],
];
const LABEL_NAMES = new Map(LABELS);
const LAYERS = [
  ['entity', 'Entities', 'entities'],
  ['quote', 'Quotes', 'quotes'],
  ['claim', 'Sanctions claims', 'claims'],
];
const MODALITY_TEXT = {
  asserted: 'asserted', demanded_or_proposed: 'demanded or proposed', conditional: 'conditional',
  negated: 'negated', speculative: 'speculative', reported: 'reported',
};
const RANK = { claim: 0, quote: 1, entity: 2, mark: 3 };
const LARGE_TEXT = 100000; // UTF-16 units above which input is debounced rather than sent at once

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};
const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const state = {
  text: '',          // the text the current result was computed for
  result: null,      // the last successful result (schema v1)
  version: '',
  hiddenLayers: new Set(),
  hiddenLabels: new Set(),
  selected: null,    // selected cluster id
  ms: 0,
};

// ---------------------------------------------------------------------------------------
// Engine: a module worker with latest-wins scheduling; main-thread fallback.

class WorkerEngine {
  constructor(maxLength, handlers) {
    this.handlers = handlers;
    this.maxLength = maxLength;
    this.pending = null; // latest text not yet sent
    this.inFlight = null; // {id, text}
    this.seq = 0;
    this.start();
  }
  start() {
    const url = new URL(`./worker.js?maxLength=${this.maxLength}`, import.meta.url);
    this.worker = new Worker(url, { type: 'module' });
    this.worker.onmessage = (e) => this.onMessage(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      if (!this.ready) this.handlers.onFallback(e.message || 'the worker could not start');
      else this.restart('the analysis worker stopped');
    };
  }
  restart(reason) {
    this.worker.terminate();
    this.ready = false;
    const retry = this.inFlight ? this.inFlight.text : null;
    this.inFlight = null;
    if (this.pending === null && retry !== null) this.pending = retry;
    this.handlers.onNotice(`${reason}; restarted it.`);
    this.start();
  }
  onMessage(msg) {
    if (msg.type === 'ready') {
      this.ready = true;
      this.handlers.onReady(msg.version);
      this.pump();
      return;
    }
    if (msg.type === 'init-error') {
      this.handlers.onFallback(msg.error);
      return;
    }
    const job = this.inFlight;
    this.inFlight = null;
    if (!job || msg.id !== job.id) return;
    if (msg.error !== undefined) {
      if (this.pending === null) this.handlers.onError(msg.error, job.text);
      if (msg.fatal) { this.worker.terminate(); this.start(); return; }
    } else if (this.pending === null) {
      // render only the newest text; an older result would be replaced at once
      this.handlers.onResult(job.text, msg.result, msg.ms);
    }
    this.pump();
  }
  analyze(text) {
    this.pending = text;
    this.pump();
  }
  pump() {
    if (!this.ready || this.inFlight || this.pending === null) return;
    const text = this.pending;
    this.pending = null;
    this.inFlight = { id: ++this.seq, text };
    this.handlers.onBusy(text);
    this.worker.postMessage({ id: this.inFlight.id, text });
  }
}

class MainThreadEngine {
  constructor(maxLength, handlers) {
    this.handlers = handlers;
    this.timer = 0;
    this.ready = loadCore().then(({ mod }) => {
      this.annotator = new mod.Annotator({ maxLength });
      handlers.onReady(mod.version());
    }).catch((e) => handlers.onError(`the annotator could not load (${e.message || e})`, ''));
  }
  analyze(text) {
    clearTimeout(this.timer);
    // no worker: wait for a pause in typing so keystrokes are never blocked by analysis
    this.timer = setTimeout(async () => {
      await this.ready;
      if (!this.annotator) return;
      this.handlers.onBusy(text);
      const t0 = performance.now();
      try {
        const result = this.annotator.annotate(text);
        this.handlers.onResult(text, result, performance.now() - t0);
      } catch (e) {
        this.handlers.onError(String(e && e.message || e), text);
      }
    }, text.length > LARGE_TEXT ? 600 : 250);
  }
}

// ---------------------------------------------------------------------------------------
// Helpers over a result

function clusterMap(result) {
  return new Map(((result && result.clusters) || []).map((c) => [c.id, c]));
}
/** Actor / target / source / speaker references may be cluster ids or plain names. */
function nameOf(ref, clusters) {
  if (ref === null || ref === undefined || ref === '') return null;
  return clusters.has(ref) ? clusters.get(ref).name : String(ref);
}
function validSpan(s, len) {
  return s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= len;
}
function plural(n, one, many = `${one}s`) { return `${n} ${n === 1 ? one : many}`; }
function wordCount(text) {
  const m = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

// ---------------------------------------------------------------------------------------
// The article view: split the text at every span boundary and nest claim > quote > entity.

function collectSpans(text, result) {
  const spans = [];
  const len = text.length;
  const add = (layer, idx, s, extra) => { if (validSpan(s, len)) spans.push({ layer, idx, start: s.start, end: s.end, ...extra }); };
  if (!state.hiddenLayers.has('claim')) {
    (result.claims || []).forEach((c, i) => {
      add('claim', i, c);
      if (c.trigger) add('mark', i, c.trigger, { mark: 'trigger' });
    });
  }
  if (!state.hiddenLayers.has('quote')) {
    (result.quotes || []).forEach((q, i) => {
      add('quote', i, q);
      if (q.cue) add('mark', i, q.cue, { mark: 'cue' });
    });
  }
  if (!state.hiddenLayers.has('entity')) {
    (result.entities || []).forEach((e, i) => {
      if (!state.hiddenLabels.has(e.label)) add('entity', i, e);
    });
  }
  return spans;
}

function byNesting(a, b) {
  return RANK[a.layer] - RANK[b.layer] || a.start - b.start || b.end - a.end || a.idx - b.idx;
}

function makeHighlight(span, result, clusters, first) {
  const attrs = { class: `hl hl-${span.layer}` };
  if (span.layer === 'mark') {
    attrs.class += ` mark-${span.mark}`;
    return el('span', attrs);
  }
  attrs['data-layer'] = span.layer;
  attrs['data-idx'] = span.idx;
  if (span.layer === 'entity') {
    const e = result.entities[span.idx];
    attrs['data-label'] = e.label;
    attrs['data-entity'] = e.entity;
    if (state.selected && e.entity === state.selected) attrs.class += ' is-selected';
    if (first) attrs['aria-roledescription'] = `${LABEL_NAMES.get(e.label) ? e.label.toLowerCase() : 'entity'}`;
  } else if (span.layer === 'quote') {
    const q = result.quotes[span.idx];
    attrs['data-kind'] = q.kind;
    const who = q.speaker_name || nameOf(q.speaker, clusters);
    if (who) attrs['data-speaker-name'] = who;
    if (first) attrs['aria-roledescription'] = who ? `quote by ${who}` : 'quote';
  } else if (span.layer === 'claim') {
    const c = result.claims[span.idx];
    attrs['data-action'] = c.action;
    attrs['data-modality'] = c.modality;
    if (first) attrs['aria-roledescription'] = `sanctions claim: ${c.action}`;
  }
  if (first) {
    attrs['data-first'] = true;
    attrs.tabindex = -1;
  } else {
    attrs['data-cont'] = true;
  }
  return el('mark', attrs);
}

/**
 * Candidate places to cut the view into blocks: just after a run of newlines, about every
 * CHUNK units. Each block is laid out on its own (content-visibility: auto), so a long article
 * costs layout only for what is on screen.
 */
const CHUNK = 1500;
function cutPoints(text) {
  const cuts = new Set();
  let last = 0;
  for (const m of text.matchAll(/\n+/g)) {
    const pos = m.index + m[0].length;
    if (pos - last >= CHUNK && text.length - pos >= CHUNK / 2) { cuts.add(pos); last = pos; }
  }
  return cuts;
}

/**
 * Builds the view of `text` with the spans of `result` into `into`, as blocks of nested
 * elements, a piece at a time: `step(deadline)` builds until `performance.now()` passes
 * `deadline` (at least a little each call) and returns true when the whole text is built.
 * Pieces end anywhere, even inside a highlight: the elements still open are kept and the next
 * call goes on appending into them. `onFirst(node)` is called for the first annotation.
 */
function articleBuilder(text, result, into, onFirst) {
  const clusters = clusterMap(result);
  const spans = collectSpans(text, result);
  const newChunk = () => { const c = el('div', { class: 'chunk' }); into.append(c); return c; };
  let chunk = null;
  const cuts = cutPoints(text);
  const starts = new Map();
  const ends = new Map();
  const points = new Set([0, text.length, ...cuts]);
  for (const s of spans) {
    points.add(s.start); points.add(s.end);
    (starts.get(s.start) || starts.set(s.start, []).get(s.start)).push(s);
    (ends.get(s.end) || ends.set(s.end, []).get(s.end)).push(s);
  }
  const sorted = [...points].sort((a, b) => a - b);
  let active = [];
  const open = []; // [{span, node}]
  const seen = new Set();
  let first = null;
  const closeTo = (k, pos) => {
    while (open.length > k) {
      const top = open.pop();
      if (top.span.end === pos) top.node.classList.add('last');
    }
  };
  let p = 0;
  return function step(deadline = Infinity) {
    if (!chunk) chunk = newChunk();
    for (let n = 0; p + 1 < sorted.length; p++, n++) {
      if ((n & 63) === 63 && performance.now() > deadline) return false;
      const a = sorted[p];
      const b = sorted[p + 1];
      const ending = ends.get(a);
      if (ending) active = active.filter((s) => !ending.includes(s));
      const starting = starts.get(a);
      if (starting) { active = active.concat(starting); active.sort(byNesting); }
      if (active.length === 0 && cuts.has(a)) { closeTo(0, a); chunk = newChunk(); }
      let k = 0;
      while (k < open.length && k < active.length && open[k].span === active[k]) k++;
      closeTo(k, a);
      for (let j = k; j < active.length; j++) {
        const span = active[j];
        const node = makeHighlight(span, result, clusters, !seen.has(span));
        if (!seen.has(span) && !first) { first = node; onFirst(node); }
        seen.add(span);
        (open.length ? open[open.length - 1].node : chunk).append(node);
        open.push({ span, node });
      }
      const textNode = document.createTextNode(text.slice(a, b));
      (open.length ? open[open.length - 1].node : chunk).append(textNode);
    }
    closeTo(0, text.length);
    return true;
  };
}

/**
 * How a result is shown: a text of up to `syncUnits` UTF-16 units (about 1,600 words; news
 * articles are mostly 1,500-4,500 units) in one go, in the task that receives the result; a
 * longer one from its start at once, and then the rest of the article, and the side panels,
 * each in pieces of about `sliceMs` and each piece its own task, so that the page draws frames
 * and answers keystrokes in between. Tests change them (a negative `sliceMs` makes every piece
 * of the article the smallest).
 */
export const renderLimits = { syncUnits: 10000, sliceMs: 12 };

/**
 * Lets the browser draw a frame and handle input, then resumes: a message to ourselves, a task
 * of ordinary priority, which Chromium runs after a due frame (scheduler.yield() would resume
 * first and hold frames back for up to 100 ms) and which is not throttled like a timer.
 */
const yieldQueue = [];
const yieldChannel = new MessageChannel();
yieldChannel.port1.onmessage = () => yieldQueue.shift()();
const yieldToBrowser = () => new Promise((resolve) => { yieldQueue.push(resolve); yieldChannel.port2.postMessage(null); });

/** The page's state becomes "done" once the article and the panels are complete (tests wait for it). */
const building = { article: false, panels: false };
function built(part) {
  building[part] = false;
  const app = $('app');
  if (!building.article && !building.panels && app.dataset.state === 'rendering') app.dataset.state = 'done';
  return true;
}

/**
 * The reader's place in the view, its scrollTop, kept by its scroll events (read there, it
 * forces no layout); `holding` while a view built in pieces is taken back there, until it is,
 * or the reader scrolls (the scroll events of the view growing are not the reader's).
 */
let viewPlace = 0;
let holding = false;

let articleGen = 0; // each render of the view takes a number; a newer render stops an older one
let articleDone = Promise.resolve(true);

/**
 * Shows state.text with state.result in the view. Returns a promise of true once the view is
 * complete, or false if a newer render replaced this one first.
 */
function renderArticle() {
  const gen = ++articleGen;
  const view = $('article-view');
  hideTooltip();
  const { text, result } = state;
  const place = viewPlace; // where the reader is in the view being replaced
  view.replaceChildren();
  view.classList.toggle('is-empty', text.length === 0);
  // with no annotation to land on, the view itself takes focus so it can be scrolled by keyboard
  view.tabIndex = text.length ? 0 : -1;
  const onFirst = (node) => { node.tabIndex = 0; view.tabIndex = -1; };
  const step = articleBuilder(text, result || {}, view, onFirst);
  holding = false;
  const complete = () => {
    view.removeAttribute('aria-busy');
    return built('article');
  };
  building.article = true;
  if (step(text.length <= renderLimits.syncUnits ? Infinity : performance.now() + renderLimits.sliceMs)) {
    if (text.length === 0) view.append(el('p', { class: 'placeholder', text: 'The annotated article appears here.' }));
    articleDone = Promise.resolve(complete());
    return articleDone;
  }
  view.setAttribute('aria-busy', 'true');
  // the view grows a piece at a time: go back to the reader's place once it is long enough to
  // hold it, unless the reader scrolls meanwhile
  holding = place > 0;
  const keepPlace = () => {
    if (!holding) return;
    view.scrollTop = place;
    if (view.scrollTop >= place) holding = false;
  };
  keepPlace();
  articleDone = (async () => {
    for (;;) {
      await yieldToBrowser();
      if (gen !== articleGen) return false;
      const done = step(performance.now() + renderLimits.sliceMs);
      keepPlace();
      if (done) return complete();
    }
  })();
  return articleDone;
}

let panelsGen = 0;
/**
 * Builds the entity, quote and claim panels and the counts line: at once, or (`later`) each in
 * a task of its own (the counts line counts the words: 11-14 ms for 20,000). Until a panel is
 * rebuilt it is inert, so a click cannot reach an entry of the last result. Returns a promise
 * of true once all are built, false if a newer call replaced this one first.
 */
function renderPanels(later) {
  const gen = ++panelsGen;
  const steps = [[renderEntities, 'entities-panel'], [renderQuotes, 'quotes-panel'],
    [renderClaims, 'claims-panel', 'claims-diagram-figure'], [renderCounts]];
  const ready = (ids, busy) => {
    for (const id of ids) {
      $(id).inert = busy;
      if (busy) $(id).setAttribute('aria-busy', 'true'); else $(id).removeAttribute('aria-busy');
    }
  };
  building.panels = true;
  if (!later) {
    for (const [render, ...ids] of steps) { render(); ready(ids, false); }
    return Promise.resolve(built('panels'));
  }
  for (const [, ...ids] of steps) ready(ids, true);
  return (async () => {
    for (const [render, ...ids] of steps) {
      await yieldToBrowser();
      if (gen !== panelsGen) return false;
      render();
      ready(ids, false);
    }
    return built('panels');
  })();
}

// ---------------------------------------------------------------------------------------
// Tooltip (hover and keyboard focus)

let tipFor = null;

function tooltipSections(node) {
  const { result } = state;
  const clusters = clusterMap(result);
  const sections = [];
  for (let n = node; n && n !== $('article-view'); n = n.parentElement) {
    if (!n.dataset || !n.dataset.layer) continue;
    const idx = Number(n.dataset.idx);
    const rows = [];
    let title;
    if (n.dataset.layer === 'entity') {
      const e = result.entities[idx];
      const c = clusters.get(e.entity);
      title = `${e.label} · ${LABEL_NAMES.get(e.label) || 'entity'}`;
      rows.push(['Name', c ? c.name : e.text]);
      if (c && c.role) rows.push(['Role', c.role]);
      rows.push(['Mentions', String(c ? c.mentions : countMentions(e.entity))]);
      if (c && c.aliases && c.aliases.length) rows.push(['Also', c.aliases.join(', ')]);
    } else if (n.dataset.layer === 'quote') {
      const q = result.quotes[idx];
      title = `Quote · ${q.kind}`;
      rows.push(['Speaker', q.speaker_name || nameOf(q.speaker, clusters) || 'unknown']);
      rows.push(['Cue', q.cue ? q.cue.text : '—']);
    } else if (n.dataset.layer === 'claim') {
      const c = result.claims[idx];
      title = 'Sanctions claim';
      rows.push(['Action', c.action]);
      rows.push(['Who → whom', `${nameOf(c.actor, clusters) || '?'} → ${nameOf(c.target, clusters) || '?'}`]);
      rows.push(['Modality', MODALITY_TEXT[c.modality] || c.modality]);
      rows.push(['Source', nameOf(c.source, clusters) || 'the article']);
      if (c.trigger) rows.push(['Trigger', c.trigger.text]);
    } else continue;
    sections.push({ layer: n.dataset.layer, label: n.dataset.label, title, rows });
  }
  return sections;
}

function countMentions(id) {
  return (state.result.entities || []).filter((e) => e.entity === id).length;
}

function showTooltip(node) {
  const tip = $('tooltip');
  const target = node.closest('[data-first]') || node;
  const sections = tooltipSections(node);
  if (!sections.length) return;
  tip.replaceChildren(...sections.map((s) => el('div', { class: `tip-section tip-${s.layer}`, 'data-label': s.label },
    el('p', { class: 'tip-title', text: s.title }),
    el('dl', {}, ...s.rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])))));
  tip.hidden = false;
  if (tipFor && tipFor !== target) tipFor.removeAttribute('aria-describedby');
  tipFor = target;
  target.setAttribute('aria-describedby', 'tooltip');
  // position next to the annotation, inside the viewport
  const r = node.getClientRects()[0] || node.getBoundingClientRect();
  const tw = tip.offsetWidth;
  const th = tip.offsetHeight;
  let left = Math.min(Math.max(8, r.left), window.innerWidth - tw - 8);
  let top = r.bottom + 8;
  if (top + th > window.innerHeight - 8) top = Math.max(8, r.top - th - 8);
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

function hideTooltip() {
  const tip = $('tooltip');
  tip.hidden = true;
  if (tipFor) tipFor.removeAttribute('aria-describedby');
  tipFor = null;
}

// ---------------------------------------------------------------------------------------
// Roving focus inside the article view

function focusables() { return [...$('article-view').querySelectorAll('[data-first]')]; }

function moveFocus(to) {
  const view = $('article-view');
  const current = view.querySelector('[data-first][tabindex="0"]');
  if (current) current.tabIndex = -1;
  to.tabIndex = 0;
  to.focus({ preventScroll: true });
  to.scrollIntoView({ block: 'nearest', behavior: reduceMotion() ? 'auto' : 'smooth' });
}

function onArticleKey(e) {
  const node = e.target.closest && e.target.closest('[data-first]');
  if (e.key === 'Escape') { hideTooltip(); return; }
  if (!node) return;
  const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };
  if (e.key in keys) {
    const list = focusables();
    const i = list.indexOf(node);
    let j = keys[e.key];
    j = j === 'first' ? 0 : j === 'last' ? list.length - 1 : Math.min(list.length - 1, Math.max(0, i + j));
    e.preventDefault();
    if (list[j]) moveFocus(list[j]);
  } else if ((e.key === 'Enter' || e.key === ' ') && node.dataset.layer === 'entity') {
    e.preventDefault();
    selectEntity(node.dataset.entity, { scroll: false });
  }
}

// ---------------------------------------------------------------------------------------
// Legend / filters

function renderLegend() {
  const result = state.result || {};
  const counts = new Map();
  for (const e of result.entities || []) counts.set(e.label, (counts.get(e.label) || 0) + 1);
  const layers = $('legend-layers');
  layers.replaceChildren(...LAYERS.map(([layer, name, key]) => {
    const n = Array.isArray(result[key]) ? result[key].length : null;
    return el('label', { class: `filter filter-layer`, 'data-layer-filter': layer },
      el('input', { type: 'checkbox', name: `layer-${layer}`, value: layer, checked: !state.hiddenLayers.has(layer),
        'aria-describedby': null, onchange: (ev) => toggle(state.hiddenLayers, layer, ev.target.checked) }),
      el('span', { class: `swatch swatch-${layer}`, 'aria-hidden': 'true', text: layer === 'entity' ? 'Ab' : layer === 'quote' ? '“ ”' : '⚖' }),
      el('span', { class: 'filter-name', text: name }),
      el('span', { class: 'filter-count', text: n === null ? 'not built' : String(n) }));
  }), el('label', { class: 'filter filter-option' },
    el('input', { type: 'checkbox', name: 'show-tags', checked: !$('article-view').classList.contains('no-tags'),
      onchange: (ev) => $('article-view').classList.toggle('no-tags', !ev.target.checked) }),
    el('span', { class: 'filter-name', text: 'Label tags' })));
  const labels = $('legend-labels');
  labels.replaceChildren(...LABELS.map(([label, name]) => el('label', {
    class: `filter filter-label${counts.get(label) ? '' : ' is-zero'}`, 'data-label': label,
  },
  el('input', { type: 'checkbox', name: `label-${label}`, value: label, checked: !state.hiddenLabels.has(label),
    onchange: (ev) => toggle(state.hiddenLabels, label, ev.target.checked) }),
  el('span', { class: 'swatch swatch-entity', 'data-label': label, 'aria-hidden': 'true', text: label }),
  el('span', { class: 'filter-name', text: name }),
  el('span', { class: 'filter-count', text: String(counts.get(label) || 0) }))));
}

function toggle(set, key, checked) {
  if (checked) set.delete(key); else set.add(key);
  renderArticle();
}

// ---------------------------------------------------------------------------------------
// Panels

function notBuilt(layerName) {
  return el('p', { class: 'empty', text: `${layerName} are not built into this version of the annotator yet.` });
}

function renderEntities() {
  const panel = $('entities-panel');
  const { result } = state;
  if (!result || !Array.isArray(result.entities)) {
    $('entities-count').textContent = '';
    panel.replaceChildren(result ? notBuilt('Entities') : el('p', { class: 'empty', text: 'Nothing analysed yet.' }));
    return;
  }
  // clusters when present, else one group per (label, text)
  let groups = (result.clusters || []).map((c) => ({ id: c.id, label: c.label, name: c.name, role: c.role, mentions: c.mentions, aliases: c.aliases || [] }));
  if (!groups.length && result.entities.length) {
    const m = new Map();
    for (const e of result.entities) {
      const g = m.get(e.entity) || { id: e.entity, label: e.label, name: e.text, role: null, mentions: 0, aliases: [] };
      g.mentions++;
      m.set(e.entity, g);
    }
    groups = [...m.values()];
  }
  $('entities-count').textContent = String(groups.length);
  if (!groups.length) { panel.replaceChildren(el('p', { class: 'empty', text: 'No entities found.' })); return; }
  const byLabel = new Map();
  for (const g of groups) (byLabel.get(g.label) || byLabel.set(g.label, []).get(g.label)).push(g);
  const order = LABELS.map(([l]) => l).filter((l) => byLabel.has(l)).concat([...byLabel.keys()].filter((l) => !LABEL_NAMES.has(l)));
  panel.replaceChildren(...order.map((label) => {
    const list = byLabel.get(label).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const total = list.reduce((s, g) => s + g.mentions, 0);
    return el('details', { class: 'group', open: true, 'data-label': label },
      el('summary', {},
        el('span', { class: 'swatch swatch-entity', 'data-label': label, text: label }),
        el('span', { class: 'group-name', text: LABEL_NAMES.get(label) || label }),
        el('span', { class: 'group-count', text: `${plural(list.length, 'name')}, ${plural(total, 'mention')}` })),
      el('ul', { class: 'entity-list' }, ...list.map((g) => el('li', {},
        el('button', {
          type: 'button', class: 'entity-button', 'data-entity': g.id, 'data-label': label,
          'aria-pressed': String(state.selected === g.id),
          'aria-label': `${g.name}, ${plural(g.mentions, 'mention')}${g.role ? `, ${g.role}` : ''}: highlight all mentions`,
          onclick: () => selectEntity(state.selected === g.id ? null : g.id),
        },
        el('span', { class: 'entity-name', text: g.name }),
        g.role ? el('span', { class: 'entity-role', text: g.role }) : null,
        el('span', { class: 'entity-count', text: `×${g.mentions}` }))))));
  }));
}

function selectEntity(id, { scroll = true } = {}) {
  state.selected = id;
  const view = $('article-view');
  for (const n of view.querySelectorAll('.is-selected')) n.classList.remove('is-selected');
  for (const b of document.querySelectorAll('.entity-button')) b.setAttribute('aria-pressed', String(b.dataset.entity === id));
  if (!id) { $('export-status').textContent = ''; return; }
  const nodes = view.querySelectorAll(`[data-layer="entity"][data-entity="${CSS.escape(id)}"]`);
  for (const n of nodes) n.classList.add('is-selected');
  // the rest of a long article still being built is marked as it is built; count when it is
  if (view.hasAttribute('aria-busy')) {
    articleDone.then((complete) => { if (complete && state.selected === id) selectEntity(id, { scroll }); });
    return;
  }
  const c = clusterMap(state.result).get(id);
  const name = c ? c.name : (nodes[0] && nodes[0].textContent) || id;
  announce(nodes.length ? `${name}: ${plural(view.querySelectorAll(`[data-first][data-entity="${CSS.escape(id)}"]`).length, 'mention')} highlighted.` : `${name} is hidden by the filters.`);
  const first = view.querySelector(`[data-first][data-entity="${CSS.escape(id)}"]`);
  if (first && scroll) {
    for (const f of view.querySelectorAll('[data-first][tabindex="0"]')) f.tabIndex = -1;
    first.tabIndex = 0;
    first.scrollIntoView({ block: 'center', behavior: reduceMotion() ? 'auto' : 'smooth' });
  }
}

async function showInText(layer, idx) {
  const find = () => $('article-view').querySelector(`[data-first][data-layer="${layer}"][data-idx="${idx}"]`);
  let node = find();
  if (!node && await articleDone) node = find(); // it may be in the part of a long article still being built
  if (!node) { announce(`That ${layer === 'claim' ? 'claim' : 'quote'} is hidden by the filters.`); return; }
  holding = false;
  moveFocus(node);
  node.scrollIntoView({ block: 'center', behavior: reduceMotion() ? 'auto' : 'smooth' });
  node.classList.remove('is-flash');
  void node.offsetWidth;
  node.classList.add('is-flash');
}

function renderQuotes() {
  const panel = $('quotes-panel');
  const { result } = state;
  if (!result || !Array.isArray(result.quotes)) {
    $('quotes-count').textContent = '';
    panel.replaceChildren(result ? notBuilt('Quotes') : el('p', { class: 'empty', text: 'Nothing analysed yet.' }));
    return;
  }
  const clusters = clusterMap(result);
  $('quotes-count').textContent = String(result.quotes.length);
  if (!result.quotes.length) { panel.replaceChildren(el('p', { class: 'empty', text: 'No quotations found.' })); return; }
  const bySpeaker = new Map();
  result.quotes.forEach((q, i) => {
    const who = q.speaker_name || nameOf(q.speaker, clusters) || 'Speaker unknown';
    (bySpeaker.get(who) || bySpeaker.set(who, []).get(who)).push([q, i]);
  });
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === 'Speaker unknown') - (b === 'Speaker unknown') || bySpeaker.get(b).length - bySpeaker.get(a).length);
  panel.replaceChildren(...speakers.map((who) => el('details', { class: 'group', open: true },
    el('summary', {}, el('span', { class: 'group-name', text: who }), el('span', { class: 'group-count', text: plural(bySpeaker.get(who).length, 'quote') })),
    el('ul', { class: 'quote-list' }, ...bySpeaker.get(who).map(([q, i]) => el('li', {},
      el('button', { type: 'button', class: 'quote-button', 'data-idx': i, onclick: () => showInText('quote', i) },
        el('span', { class: 'quote-text', text: q.text.length > 220 ? `${q.text.slice(0, 217)}…` : q.text }),
        el('span', { class: 'quote-meta', text: `${q.kind}${q.cue ? ` · ${q.cue.text}` : ''}` }))))))));
}

function renderClaims() {
  const panel = $('claims-panel');
  const figure = $('claims-diagram-figure');
  const { result } = state;
  if (!result || !Array.isArray(result.claims)) {
    $('claims-count').textContent = '';
    figure.hidden = true;
    panel.replaceChildren(result ? notBuilt('Sanctions claims') : el('p', { class: 'empty', text: 'Nothing analysed yet.' }));
    return;
  }
  const clusters = clusterMap(result);
  $('claims-count').textContent = String(result.claims.length);
  if (!result.claims.length) {
    figure.hidden = true;
    panel.replaceChildren(el('p', { class: 'empty', text: 'No claims about sanctions found.' }));
    return;
  }
  figure.hidden = false;
  $('claims-diagram').replaceChildren(claimsDiagram(result.claims, clusters));
  panel.replaceChildren(el('ol', { class: 'claim-cards' }, ...result.claims.map((c, i) => {
    const actor = nameOf(c.actor, clusters);
    const target = nameOf(c.target, clusters);
    return el('li', { class: 'card', 'data-action': c.action, 'data-modality': c.modality },
      el('p', { class: 'card-head' },
        el('span', { class: 'chip chip-action', text: c.action }),
        el('span', { class: `chip chip-modality modality-${c.modality}`, text: MODALITY_TEXT[c.modality] || c.modality })),
      el('p', { class: 'card-who' },
        el('span', { class: actor ? 'who' : 'who who-unknown', text: actor || 'unspecified actor' }),
        el('span', { class: 'arrow', 'aria-label': 'acts on', text: ' → ' }),
        el('span', { class: target ? 'who' : 'who who-unknown', text: target || 'unspecified target' })),
      c.source ? el('p', { class: 'card-source', text: `Source: ${nameOf(c.source, clusters)}` }) : null,
      el('blockquote', { class: 'card-text', text: c.text.length > 260 ? `${c.text.slice(0, 257)}…` : c.text }),
      el('button', { type: 'button', class: 'link-button', onclick: () => showInText('claim', i), text: 'Show in text' }));
  })));
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** A bipartite diagram: actors on the left, targets on the right, one labelled arrow per pair. */
function claimsDiagram(claims, clusters) {
  const edges = new Map();
  for (const c of claims) {
    const a = nameOf(c.actor, clusters) || '(unspecified)';
    const t = nameOf(c.target, clusters) || '(unspecified)';
    const key = `${a}\u0000${t}`;
    const e = edges.get(key) || { a, t, actions: [], modalities: [] };
    if (!e.actions.includes(c.action)) e.actions.push(c.action);
    const m = MODALITY_TEXT[c.modality] || c.modality;
    if (!e.modalities.includes(m)) e.modalities.push(m);
    edges.set(key, e);
  }
  const actors = [...new Set([...edges.values()].map((e) => e.a))];
  const targets = [...new Set([...edges.values()].map((e) => e.t))];
  const rowH = 64;
  const W = 340;
  const nodeW = 104;
  const H = Math.max(actors.length, targets.length) * rowH + 16;
  const yOf = (list, i) => 8 + (H - 16) * (i + 0.5) / list.length;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', class: 'diagram-svg' });
  const title = svg('title', {}, `Who sanctions whom: ${[...edges.values()].map((e) => `${e.a} → ${e.t}: ${e.actions.join(', ')} (${e.modalities.join(', ')})`).join('; ')}`);
  root.append(title);
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrowhead', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.append(marker);
  root.append(defs);
  const short = (s) => (s.length > 15 ? `${s.slice(0, 14)}…` : s);
  for (const e of edges.values()) {
    const y1 = yOf(actors, actors.indexOf(e.a));
    const y2 = yOf(targets, targets.indexOf(e.t));
    const x1 = nodeW + 2;
    const x2 = W - nodeW - 2;
    const dashed = !e.modalities.includes('asserted');
    root.append(svg('line', { x1, y1, x2, y2, class: `edge${dashed ? ' edge-weak' : ''}`, 'marker-end': 'url(#arrowhead)' }));
    // two lines at the middle of the arrow: the action(s), then how firmly it is stated
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    const fit = (str) => (str.length > 24 ? `${str.slice(0, 23)}…` : str);
    const label = svg('text', { x: mx, y: my - 2, class: 'edge-label', 'text-anchor': 'middle' });
    label.append(svg('tspan', { class: 'edge-action' }, fit(e.actions.join(', '))));
    label.append(svg('tspan', { x: mx, dy: 12, class: 'edge-modality' }, fit(e.modalities.join(', '))));
    root.append(label);
  }
  const nodeAt = (name, x, y, cls) => {
    const g = svg('g', { class: `node ${cls}` });
    g.append(svg('rect', { x, y: y - 14, width: nodeW, height: 28, rx: 6 }));
    const t = svg('text', { x: x + nodeW / 2, y: y + 4, 'text-anchor': 'middle' }, short(name));
    if (short(name) !== name) t.append(svg('title', {}, name));
    g.append(t);
    root.append(g);
  };
  actors.forEach((a, i) => nodeAt(a, 0, yOf(actors, i), 'node-actor'));
  targets.forEach((t, i) => nodeAt(t, W - nodeW, yOf(targets, i), 'node-target'));
  return root;
}

// ---------------------------------------------------------------------------------------
// Status, errors, export

function announce(msg) { $('export-status').textContent = msg; }

function setStatus(msg) { $('status').textContent = msg; }

function showError(message) {
  const box = $('error');
  box.textContent = `Analysis failed: ${message}. Your text is kept — edit or shorten it and the analysis runs again.`;
  box.hidden = false;
}
function clearError() { $('error').hidden = true; $('error').textContent = ''; }

function renderCounts() {
  const { text, result } = state;
  const parts = [];
  if (result) {
    parts.push(plural(wordCount(text), 'word'));
    parts.push(plural((result.sentences || []).length, 'sentence'));
    for (const [, name, key] of LAYERS) {
      if (Array.isArray(result[key])) parts.push(`${result[key].length} ${name.toLowerCase()}`);
    }
  }
  $('counts').textContent = parts.join(' · ');
  for (const id of ['export-json', 'export-jsonld', 'copy-json', 'copy-jsonld']) $(id).disabled = !result;
}

function jsonResult() { return JSON.stringify(state.result, null, 2); }
function jsonLd() {
  return JSON.stringify(toWebAnnotation(state.text, state.result, { generator: `article-annotator ${state.version}`.trim() }), null, 2);
}

function download(name, mime, content) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = el('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  announce(`Saved ${name}.`);
}

async function copy(what, content) {
  try {
    await navigator.clipboard.writeText(content);
  } catch {
    const ta = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
    ta.value = content;
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    if (!ok) { announce(`Could not copy ${what}: the browser refused clipboard access.`); return; }
  }
  announce(`Copied ${what} to the clipboard.`);
}

// ---------------------------------------------------------------------------------------
// Wiring

/**
 * Shows `result` for `text` (also used by tests to render a known result). A long article's view
 * is built in pieces after this returns: the promise settles, true, when it is complete (false
 * if a newer render replaced it first).
 */
export function renderResult(text, result, ms = 0) {
  state.text = text;
  state.result = result;
  state.ms = ms;
  if (state.selected && !clusterMap(result).has(state.selected) && !(result.entities || []).some((e) => e.entity === state.selected)) state.selected = null;
  renderLegend();
  const article = renderArticle();
  const panels = renderPanels(text.length > renderLimits.syncUnits);
  return Promise.all([article, panels]).then(([a, p]) => a && p);
}

/** The text and result currently shown. */
export function current() { return { text: state.text, result: state.result }; }

let engine = null;
let inputTimer = 0;

function schedule(text) {
  clearTimeout(inputTimer);
  $('app').dataset.state = 'pending';
  if (!engine) return;
  if (text.length > LARGE_TEXT) inputTimer = setTimeout(() => engine.analyze(text), 200);
  else engine.analyze(text);
}

function main() {
  const app = $('app');
  const box = $('article-text');
  const maxLength = Number(app.dataset.maxLength) || 2000000;
  const handlers = {
    onReady(version) {
      state.version = version;
      $('version').textContent = version;
      setStatus(`Ready (annotator ${version}). Paste an article or load the example.`);
      if (box.value) schedule(box.value);
    },
    onBusy(text) {
      app.dataset.state = 'busy';
      if (text.length > LARGE_TEXT) setStatus(`Analysing ${plural(wordCount(text), 'word')}…`);
    },
    onResult(text, result, ms) {
      app.dataset.state = 'rendering'; // 'done' once the article and panels are complete (built)
      clearError();
      renderResult(text, result, ms);
      setStatus(text ? `Annotated in ${ms < 1 ? '<1' : Math.round(ms)} ms.` : `Ready (annotator ${state.version}).`);
    },
    onError(message, text) {
      app.dataset.state = 'error';
      showError(message);
      setStatus('Analysis failed — see the message above the article.');
      // keep the view in step with the box: the text without annotations
      state.text = text;
      state.result = null;
      renderLegend();
      renderArticle();
      renderPanels(false);
    },
    onNotice(msg) { setStatus(msg); },
    onFallback(reason) {
      console.warn(`article-annotator: no module worker (${reason}); analysing on the main thread.`);
      engine = new MainThreadEngine(maxLength, handlers);
      if (box.value) schedule(box.value);
    },
  };
  try {
    engine = new WorkerEngine(maxLength, handlers);
  } catch (e) {
    handlers.onFallback(e.message);
  }

  box.addEventListener('input', () => schedule(box.value));
  $('load-example').addEventListener('click', async () => {
    try {
      const res = await fetch('examples/founding.txt');
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      box.value = await res.text();
      schedule(box.value);
      setStatus('Loaded the example article.');
    } catch (e) {
      showError(`the example could not be loaded (${e.message})`);
    }
  });
  $('clear-text').addEventListener('click', () => { box.value = ''; schedule(''); box.focus(); });

  const view = $('article-view');
  view.addEventListener('scroll', () => { if (!holding) viewPlace = view.scrollTop; }, { passive: true });
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) view.addEventListener(type, () => { holding = false; }, { passive: true });
  view.addEventListener('mouseover', (e) => {
    const node = e.target.closest('[data-layer]');
    if (node) showTooltip(node);
  });
  view.addEventListener('mouseleave', () => { if (!view.contains(document.activeElement)) hideTooltip(); });
  view.addEventListener('focusin', (e) => {
    const node = e.target.closest('[data-first]');
    if (!node) return;
    for (const f of view.querySelectorAll('[data-first][tabindex="0"]')) if (f !== node) f.tabIndex = -1;
    node.tabIndex = 0;
    showTooltip(node);
  });
  view.addEventListener('focusout', (e) => { if (!view.contains(e.relatedTarget)) hideTooltip(); });
  view.addEventListener('keydown', onArticleKey);
  view.addEventListener('click', (e) => {
    const node = e.target.closest('[data-layer="entity"]');
    if (node) selectEntity(node.dataset.entity, { scroll: false });
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTooltip(); });
  window.addEventListener('scroll', () => { if (tipFor && document.activeElement !== tipFor) hideTooltip(); }, { passive: true });

  $('export-json').addEventListener('click', () => download('annotations.json', 'application/json', jsonResult()));
  $('export-jsonld').addEventListener('click', () => download('annotations.jsonld', 'application/ld+json', jsonLd()));
  $('copy-json').addEventListener('click', () => copy('the JSON result', jsonResult()));
  $('copy-jsonld').addEventListener('click', () => copy('the JSON-LD annotations', jsonLd()));

  renderLegend();
  renderArticle();
  renderPanels(false);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
