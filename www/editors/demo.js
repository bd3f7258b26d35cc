// The part the editor demo pages (ckeditor.html, tinymce.html, tiptap.html) share: the example
// article as editor HTML, the summary line under the header, and `window.demo` (attach again
// with other options, detach) for the page tests.

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Plain text as editor HTML: a paragraph per blank-line block, `<br>` for single breaks. */
export const toHTML = (text) => text.trim().split(/\n{2,}/).map((p) => `<p>${p.split('\n').map(escape).join('<br>')}</p>`).join('');

/** The founding example article, as editor HTML. */
export async function exampleHTML() {
  return toHTML(await (await fetch('./examples/founding.txt')).text());
}

/** Counts per label or layer in the page's `#summary`. */
function summarise(items) {
  const counts = {};
  for (const it of items) {
    const key = it.layer === 'entity' ? it.label : it.layer;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  document.getElementById('summary').textContent = Object.keys(counts).length
    ? Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(' · ') : 'No annotations (the core may not have built these layers yet).';
}

/**
 * `window.demo` for `editor`: `attach(options)` (re)attaches the annotator with
 * `attachEditor(editor, options)`, reporting to the summary line. Attached at once unless the
 * page's URL has `?annotate=0`; sets `window.demoReady` when done.
 */
export function startDemo(editor, attachEditor) {
  const demo = window.demo = {
    editor,
    handle: null,
    attach(options = {}) {
      demo.handle?.detach();
      demo.handle = attachEditor(editor, { onAnnotations: (d) => summarise(d.items), ...options });
      return demo.handle;
    },
  };
  if (new URLSearchParams(location.search).get('annotate') !== '0') demo.attach();
  window.demoReady = true;
  return demo;
}
