// Module worker: runs the WebAssembly annotator off the main thread so typing never waits for
// the analysis. Messages in: {id, text}; out: {type:'ready', version} once, then
// {id, result, ms} or {id, error, fatal}. A "fatal" error (a trap in the module, not an
// ordinary Error from the API) means this worker should be replaced.
import init, { Annotator, version } from './pkg/article_annotator.js';

const params = new URL(self.location.href).searchParams;
const maxLength = Number(params.get('maxLength')) || 2000000;

let annotator = null;

const ready = init()
  .then(() => {
    annotator = new Annotator({ maxLength });
    // a first call compiles the code paths (V8 compiles WebAssembly lazily): do it now, on a
    // sentence of our own, so the reader's first paste is analysed at full speed
    annotator.annotate('On Monday, Jane Doe of Acme Corp. said “sanctions on Ruritania were lifted” in Geneva, officials said.');
    self.postMessage({ type: 'ready', version: version() });
  })
  .catch((e) => {
    self.postMessage({ type: 'init-error', error: String(e && e.message || e) });
  });

self.onmessage = async (event) => {
  const { id, text } = event.data;
  await ready;
  if (!annotator) return;
  const t0 = performance.now();
  try {
    const result = annotator.annotate(text);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    const fatal = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String(e && e.message || e), fatal });
  }
};
