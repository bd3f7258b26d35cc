// article-annotator in ProseMirror and Tiptap: a plugin whose state is a DecorationSet, mapped
// through every transaction and replaced after each (debounced) analysis by a meta-only
// transaction kept out of the history. Decorations live in the view only: the document,
// `getHTML()`, the selection and the undo stack never see them.
//
//   import { AnnotatorExtension } from './editors/prosemirror.js';
//   new Editor({ extensions: [StarterKit, AnnotatorExtension.configure({ delay: 150 })] });
//   // or, on a running Tiptap editor:  const handle = attachTiptap(editor); handle.detach();
//   // or, in plain ProseMirror:        plugins: [annotatorPlugin(options)]
//
// Each inline decoration is its own `<span class="aa-mark aa-<layer>" data-layer data-label>`.
// Bare imports ('@tiptap/pm/…', '@tiptap/core') resolve through a bundler or an import map.

import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/core';
import { adoptStyles, analyseFor, analyserFrom, debounce, itemsOf } from '../embed.js';

/**
 * The document's text as the annotator reads it: textblocks joined by "\n\n", hard breaks as
 * "\n", other inline leaves (images) skipped. `segments` map text offsets to document positions.
 */
export function docText(doc) {
  let text = '';
  const segments = []; // {start, end, pos}
  let blocks = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (blocks++) text += '\n\n';
    node.forEach((child, offset) => {
      let piece = null;
      if (child.isText) piece = child.text.replace(/\u00a0/g, ' ');
      else if (child.type.name === 'hardBreak' || child.type.name === 'hard_break') piece = '\n';
      if (piece === null) return;
      segments.push({ start: text.length, end: text.length + piece.length, pos: pos + 1 + offset });
      text += piece;
    });
    return false;
  });
  return { text, segments };
}

/** Document positions for text offsets `[start, end)`, or null if no text is covered. */
function positions(segments, start, end) {
  let lo = 0, hi = segments.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (segments[mid].end > start) hi = mid; else lo = mid + 1; }
  if (lo >= segments.length || segments[lo].start >= end) return null;
  let j = lo;
  while (j + 1 < segments.length && segments[j + 1].start < end) j++;
  const a = segments[lo], b = segments[j];
  return [a.pos + Math.max(start, a.start) - a.start, b.pos + Math.min(end, b.end) - b.start];
}

const RANK = { claim: 0, quote: 1, entity: 2 };

function decorationsFor(doc, map, items) {
  const decos = [];
  for (const it of [...items].sort((x, y) => RANK[x.layer] - RANK[y.layer])) {
    const pos = positions(map.segments, it.start, it.end);
    if (!pos || pos[1] <= pos[0]) continue;
    // nodeName gives each decoration its own element, so nested ones keep their data-layer.
    decos.push(Decoration.inline(pos[0], pos[1], {
      nodeName: 'span', class: `aa-mark aa-${it.layer}`, 'data-layer': it.layer, 'data-label': it.label,
    }, { layer: it.layer, label: it.label, inclusiveStart: false, inclusiveEnd: false }));
  }
  return DecorationSet.create(doc, decos);
}

/**
 * A ProseMirror plugin drawing the annotations. Options as for `attach()` in embed.js
 * (`annotate`, `annotator`, `annotatorOptions`, `delay`, `layers`, `onAnnotations`). The
 * editor's DOM receives the `annotations` event; `options.handle` (if given) is filled with
 * `{ready, text, result, items, refresh()}`.
 */
export function annotatorPlugin(options = {}) {
  const key = new PluginKey('articleAnnotator');
  const analyse = analyserFrom(options);
  const layers = new Set(options.layers ?? ['entity', 'quote', 'claim']);
  const handle = options.handle ?? {};
  Object.assign(handle, { key, text: null, result: null, items: [], error: null });
  let resolveReady;
  handle.ready = new Promise((r) => { resolveReady = r; });

  return new Plugin({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, decos) {
        const fresh = tr.getMeta(key);
        if (fresh) return fresh;
        return tr.docChanged ? decos.map(tr.mapping, tr.doc) : decos;
      },
    },
    props: {
      decorations(state) { return key.getState(state); },
    },
    view(view) {
      let generation = 0;
      let destroyed = false;
      const releaseStyles = adoptStyles(view.dom.ownerDocument);
      async function update(force) {
        if (destroyed) return handle.result;
        const gen = ++generation;
        const doc = view.state.doc;
        const map = docText(doc);
        if (!force && map.text === handle.text) return handle.result; // mapped decorations still fit
        const result = await analyseFor(handle, analyse, map.text);
        if (destroyed || gen !== generation) return handle.result;
        if (view.state.doc !== doc) { schedule(); return handle.result; } // edited meanwhile: try again
        const items = itemsOf(result).filter((it) => layers.has(it.layer));
        const tr = view.state.tr.setMeta(key, decorationsFor(doc, map, items)).setMeta('addToHistory', false);
        view.dispatch(tr);
        Object.assign(handle, { text: map.text, result, items });
        if (result) {
          const detail = { text: map.text, result, items };
          options.onAnnotations?.(detail);
          view.dom.dispatchEvent(new CustomEvent('annotations', { detail }));
        }
        resolveReady(result);
        return result;
      }
      const schedule = debounce(() => update(false), options.delay ?? 150);
      handle.refresh = () => update(true);
      // First analysis once the view is fully set up (Tiptap creates plugin views synchronously).
      queueMicrotask(() => update(true));
      return {
        update(v, prevState) { if (v.state.doc !== prevState.doc) schedule(); },
        destroy() { destroyed = true; schedule.cancel(); releaseStyles(); },
      };
    },
  });
}

/** Tiptap extension: `AnnotatorExtension.configure({...options})`. */
export const AnnotatorExtension = Extension.create({
  name: 'articleAnnotator',
  addOptions() { return { delay: 150 }; },
  addProseMirrorPlugins() { return [annotatorPlugin(this.options)]; },
});

/** Add the plugin to a running Tiptap editor; `handle.detach()` unregisters it (no trace left). */
export function attachTiptap(editor, options = {}) {
  const handle = { detach: null };
  const plugin = annotatorPlugin({ ...options, handle });
  editor.registerPlugin(plugin);
  handle.detach = () => {
    if (!editor.isDestroyed) editor.unregisterPlugin(handle.key);
  };
  return handle;
}
