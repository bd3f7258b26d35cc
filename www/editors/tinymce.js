// article-annotator in TinyMCE: the CSS Custom Highlight API inside the editor's iframe (its
// own `CSS.highlights` and `::highlight()` styles), through `attach()` from embed.js. The
// editor's body is never touched, so `getContent()`, undo levels and the selection are unchanged.
//
//   tinymce.init({ target, license_key: 'gpl', setup: (editor) =>
//     editor.on('init', () => { handle = attachTinyMCE(editor, { delay: 150 }); }) });
//   handle.detach();   // highlights and stylesheet gone
//
// TinyMCE's own filler elements (`data-mce-bogus`, bookmarks) are skipped when reading the text.

import { attach } from '../embed.js';

/**
 * Annotate a TinyMCE editor (after its `init` event). Options as for `attach()` in embed.js.
 * The editor body receives the `annotations` event; `detach()` also runs when the editor is removed.
 */
export function attachTinyMCE(editor, options = {}) {
  const body = editor.getBody();
  if (!body) throw new Error('attachTinyMCE: call it after the editor\'s "init" event');
  const handle = attach(body, options);
  // setContent, undo and redo rewrite the body: attach()'s MutationObserver sees them.
  const detach = handle.detach;
  const onRemove = () => handle.detach();
  editor.on('remove', onRemove);
  handle.detach = () => {
    editor.off('remove', onRemove);
    detach();
  };
  return handle;
}
