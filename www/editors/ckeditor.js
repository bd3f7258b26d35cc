// article-annotator in CKEditor 5: annotations are model markers with `affectsData: false`,
// drawn by `markerToHighlight` in the editing view only — as CKEditor's own find-and-replace
// does — so `editor.getData()`, the undo stack and the selection never see them.
//
//   import { attachCKEditor } from './editors/ckeditor.js';
//   const handle = attachCKEditor(editor, { delay: 150 });   // handle.detach() removes every marker
//
// Each marker is named `annotator:<layer>:<label>:<n>`; its view element is a
// `<span class="aa-mark aa-<layer>" data-layer data-label>`. Only markers whose block changed
// are removed or added after an edit.

import { adoptStyles, analyseFor, analyserFrom, debounce, itemsOf } from '../embed.js';

const PREFIX = 'annotator';
const PRIORITY = { claim: 10, quote: 11, entity: 12 };
const converted = new WeakSet();

function registerConversion(editor) {
  if (converted.has(editor)) return;
  converted.add(editor);
  editor.conversion.for('editingDowncast').markerToHighlight({
    model: PREFIX,
    view: (data) => {
      const [, layer, label] = data.markerName.split(':');
      return {
        classes: ['aa-mark', `aa-${layer}`],
        attributes: { 'data-layer': layer, 'data-label': label },
        priority: PRIORITY[layer] ?? 10,
      };
    },
  });
}

/**
 * The model's text as the annotator reads it: text blocks (paragraphs, headings, list items,
 * table cells, captions) joined by "\n\n", soft breaks as "\n", inline objects skipped.
 * Returns `{text, blocks: [{element, start, end, segments: [{start, end, offset}]}]}` where a
 * segment's `offset` is its model offset inside its block.
 */
export function modelText(model) {
  const schema = model.schema;
  const blocks = [];
  let text = '';
  const walk = (parent) => {
    for (const node of parent.getChildren()) {
      if (!node.is('element')) continue;
      if (schema.checkChild(node, '$text')) {
        if (blocks.length) text += '\n\n';
        const block = { element: node, start: text.length, end: 0, segments: [] };
        for (const child of node.getChildren()) {
          let piece = null;
          if (child.is('$text') || child.is('$textProxy')) piece = child.data.replace(/\u00a0/g, ' ');
          else if (child.is('element', 'softBreak')) piece = '\n';
          if (piece === null) continue; // inline images, widgets
          block.segments.push({ start: text.length, end: text.length + piece.length, offset: child.startOffset });
          text += piece;
        }
        block.end = text.length;
        blocks.push(block);
      } else {
        walk(node); // block quotes, tables, …
      }
    }
  };
  for (const name of model.document.getRootNames()) walk(model.document.getRoot(name));
  return { text, blocks };
}

/** Model offsets `[from, to)` inside `block` for text offsets `[start, end)`, or null. */
function blockOffsets(block, start, end) {
  let from = null, to = null;
  for (const seg of block.segments) {
    if (seg.end <= start || seg.start >= end) continue;
    if (from === null) from = seg.offset + Math.max(start, seg.start) - seg.start;
    to = seg.offset + Math.min(end, seg.end) - seg.start;
  }
  return from === null || to <= from ? null : [from, to];
}

/**
 * Annotate a CKEditor 5 editor live. Options as for `attach()` in embed.js (`annotate`,
 * `annotator`, `annotatorOptions`, `delay`, `layers`, `onAnnotations`). The editable element
 * receives the `annotations` event. Returns `{ready, text, result, items, refresh(), detach()}`.
 */
export function attachCKEditor(editor, options = {}) {
  registerConversion(editor);
  const model = editor.model;
  const analyse = analyserFrom(options);
  const layers = new Set(options.layers ?? ['entity', 'quote', 'claim']);
  const id = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  let detached = false;
  let generation = 0;
  const domRoot = editor.editing.view.getDomRoot();
  const releaseStyles = domRoot ? adoptStyles(domRoot.ownerDocument) : () => {};
  const handle = { text: null, result: null, items: [], error: null, ready: null, refresh: () => update(true), detach };

  const ours = () => [...model.markers].filter((m) => m.name.startsWith(`${PREFIX}:`) && m.name.split(':')[3]?.startsWith(`${id}-`));

  /** Replace only the markers that differ from the wanted ones (so unchanged blocks are untouched). */
  function sync(map, items) {
    const wanted = new Map(); // key → {block, from, to, layer, label}
    const blocks = map.blocks;
    for (const it of items) {
      let lo = 0, hi = blocks.length; // first block ending after the item's start
      while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].end > it.start) hi = mid; else lo = mid + 1; }
      for (let b = lo; b < blocks.length; b++) {
        const block = blocks[b];
        if (block.start >= it.end) break;
        const off = blockOffsets(block, it.start, it.end);
        if (!off) continue;
        wanted.set(key(block.element, off[0], off[1], it.layer, it.label), { block: block.element, from: off[0], to: off[1], layer: it.layer, label: it.label });
      }
    }
    const stale = [];
    for (const marker of ours()) {
      const range = marker.getRange();
      const [, layer, label] = marker.name.split(':');
      const k = range.start.parent === range.end.parent && !range.isCollapsed
        ? key(range.start.parent, range.start.offset, range.end.offset, layer, label) : null;
      if (k && wanted.has(k) && wanted.get(k) !== 'kept') wanted.set(k, 'kept');
      else stale.push(marker.name);
    }
    const added = [...wanted.values()].filter((w) => w !== 'kept');
    if (!stale.length && !added.length) return;
    model.change((writer) => {
      for (const name of stale) writer.removeMarker(name);
      for (const w of added) {
        const range = writer.createRange(writer.createPositionAt(w.block, w.from), writer.createPositionAt(w.block, w.to));
        writer.addMarker(`${PREFIX}:${w.layer}:${w.label}:${id}-${counter++}`, { range, usingOperation: false, affectsData: false });
      }
    });
  }

  const elementKeys = new WeakMap();
  let elementCounter = 0;
  function key(element, from, to, layer, label) {
    if (!elementKeys.has(element)) elementKeys.set(element, elementCounter++);
    return `${elementKeys.get(element)}:${from}:${to}:${layer}:${label}`;
  }

  async function update(force) {
    if (detached) return handle.result;
    const gen = ++generation;
    const version = model.document.version;
    const map = modelText(model);
    if (!force && map.text === handle.text && handle.result) { sync(map, handle.items); return handle.result; }
    const result = await analyseFor(handle, analyse, map.text);
    if (detached || gen !== generation) return handle.result;
    if (model.document.version !== version) { schedule(); return handle.result; } // edited meanwhile: try again
    const items = itemsOf(result).filter((it) => layers.has(it.layer));
    sync(map, items);
    Object.assign(handle, { text: map.text, result, items });
    if (result) {
      const detail = { text: map.text, result, items };
      options.onAnnotations?.(detail);
      domRoot?.dispatchEvent(new CustomEvent('annotations', { detail }));
    }
    return result;
  }

  const schedule = debounce(() => update(false), options.delay ?? 150);
  const onChange = () => schedule();
  model.document.on('change:data', onChange);

  function detach() {
    if (detached) return;
    detached = true;
    schedule.cancel();
    model.document.off('change:data', onChange);
    const names = ours().map((m) => m.name);
    if (names.length) model.change((writer) => { for (const n of names) writer.removeMarker(n); });
    releaseStyles();
  }

  handle.ready = update(true);
  return handle;
}
