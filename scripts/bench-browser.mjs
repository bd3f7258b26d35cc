#!/usr/bin/env node
// Browser benchmarks in headless Chromium, in one run: article-annotator (www/pkg) next to
// compromise + compromise-dates on the same eval texts (ms per 1,000-word article, MB/s, ratio),
// 1 MB of text, cold start in fresh pages, live typing on a 5,000-word article (p50/p95), wasm
// memory, and the paste page's rendering of a 5,000- and a 20,000-word result (longest
// main-thread task and frame, time until the whole view is drawn). Serves www/ and the eval texts (EVAL_DIR, default ../shared/eval/dev, at /eval/,
// never copied into www/) from its own static server. Prints Markdown tables; --json FILE also
// writes the raw numbers. Usage: node scripts/bench-browser.mjs [--quick] [--json FILE] [--cold-only [--cold-runs N]] [--render-only [--render-runs N]]
// (PKG_DIR=dir serves another build of www/pkg, to compare builds in turn).
// A benchmark, not a test: it asserts nothing.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const EVAL = path.resolve(process.env.EVAL_DIR ?? path.join(ROOT, '..', 'shared', 'eval', 'dev'));
// PKG_DIR: serve another build of www/pkg at /pkg/ (to compare builds, e.g. opt-level 3 and "s")
const PKG = process.env.PKG_DIR ? path.resolve(process.env.PKG_DIR) : null;
const { chromium } = createRequire(path.join(WWW, 'package.json'))('playwright-core');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
// --cold-only: only the cold starts (--cold-runs N of them), to compare builds (PKG_DIR) or V8
// flags (JS_FLAGS, e.g. JS_FLAGS=--no-wasm-lazy-compilation) on start-up alone
const COLD_ONLY = args.includes('--cold-only');
const COLD_RUNS = args.includes('--cold-runs') ? Number(args[args.indexOf('--cold-runs') + 1]) : QUICK ? 3 : 7;
// --render-only: only the paste page's rendering of large results (--render-runs N per size)
const RENDER_ONLY = args.includes('--render-only');
const RENDER_RUNS = args.includes('--render-runs') ? Number(args[args.indexOf('--render-runs') + 1]) : QUICK ? 3 : 7;
const RENDER_WORDS = [5000, 20000];

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8' };

async function serve() {
  const server = http.createServer(async (req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file;
    if (url === '/eval/index.json') {
      const names = (await fs.readdir(EVAL)).filter((n) => n.endsWith('.json')).sort();
      res.writeHead(200, { 'content-type': MIME['.json'], 'cache-control': 'no-store' });
      res.end(JSON.stringify(names));
      return;
    } else if (url.startsWith('/eval/')) {
      file = path.join(EVAL, url.slice('/eval/'.length));
      if (!file.startsWith(EVAL + path.sep)) { res.writeHead(403); res.end(); return; }
    } else if (PKG && url.startsWith('/pkg/')) {
      file = path.join(PKG, url.slice('/pkg/'.length));
      if (!file.startsWith(PKG + path.sep)) { res.writeHead(403); res.end(); return; }
    } else {
      file = path.join(WWW, url);
      if (!file.startsWith(WWW)) { res.writeHead(403); res.end(); return; }
    }
    try {
      const body = await fs.readFile(file);
      // cross-origin isolated, so that performance.now() has 5 µs rather than 100 µs resolution
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
      res.end(body);
    } catch { res.writeHead(404); res.end('not found'); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

async function openPage(browser, base) {
  const context = await browser.newContext(); // fresh: no HTTP cache, no compiled-code cache
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${base}/bench.html?headless=1`);
  await page.waitForFunction(() => window.benchReady === true);
  return { context, page };
}

/** The paste page (index.html) rendering results of RENDER_WORDS words, in one fresh page. */
async function renderBench(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '', null, { timeout: 30000 });
  const rows = [];
  for (const words of RENDER_WORDS) {
    rows.push(await page.evaluate(async ([w, runs]) => {
      const bench = await import('./bench.js');
      return bench.pageRender(await bench.evalTexts(), w, runs);
    }, [words, RENDER_RUNS]));
  }
  await context.close();
  return rows;
}

function renderTable(rows) {
  const out = [];
  out.push(`The paste page's rendering of a result (index.html, 1280×900; median of ${rows[0].runs.length} runs, each replacing a view of the same size; max in brackets):`);
  out.push('');
  out.push('| article | annotations | elements | renderResult call | until complete | until drawn | longest task (≥ 50 ms) | longest frame: script + style/layout | longest gap between frames |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const m = (k) => median(r.runs.map((x) => x[k]));
    const mx = (k) => Math.max(...r.runs.map((x) => x[k]));
    out.push(`| ${r.words} words (${f(r.units / 1000, 0)} K units) | ${r.annotations} | ${r.elements} | ${f(m('syncMs'))} ms | ${f(m('builtMs'))} ms | ${f(m('shownMs'))} ms (${f(mx('shownMs'))}) | ` +
      `${m('longTaskMs') ? `${f(m('longTaskMs'))} ms` : '–'} (${mx('longTaskMs') ? `${f(mx('longTaskMs'))}` : '–'}) | ` +
      `${m('longFrameMs') ? `${f(m('longFrameMs'))} ms: ${f(m('longFrameScriptMs'))} + ${f(m('longFrameLayoutMs'))}` : '–'} | **${f(m('maxFrameGapMs'))} ms** (${f(mx('maxFrameGapMs'))}) |`);
  }
  return out.join('\n');
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1e3);
const MB = 1 << 20;

const { server, base } = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
  ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])] });
const results = { chromium: browser.version(), date: new Date().toISOString() };
try {
  if (RENDER_ONLY) {
    results.render = await renderBench(browser, base);
    console.log(renderTable(results.render));
    if (JSON_OUT) await fs.writeFile(JSON_OUT, JSON.stringify(results, null, 2) + '\n');
    process.exit(0);
  }
  // cold start: each in a fresh context and page
  const cold = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { context, page } = await openPage(browser, base);
    cold.push(await page.evaluate(async () => {
      const texts = await window.bench.evalTexts();
      return window.bench.coldStart(texts[0].text);
    }));
    await context.close();
  }
  results.cold = cold;
  if (COLD_ONLY) {
    const c = (k) => median(cold.map((x) => x[k]));
    console.log(`cold start, median of ${cold.length}${process.env.PKG_DIR ? ` (${process.env.PKG_DIR})` : ''}${process.env.JS_FLAGS ? ` [${process.env.JS_FLAGS}]` : ''}: ` +
      `glue ${f(c('importMs'))} ms, instantiate ${f(c('instantiateMs'))} ms, new Annotator ${f(c('newAnnotatorMs'), 2)} ms, first annotate ${f(c('firstAnnotateMs'))} ms, total ${f(c('totalMs'))} ms`);
    if (JSON_OUT) await fs.writeFile(JSON_OUT, JSON.stringify(results, null, 2) + '\n');
    process.exit(0);
  }

  // throughput, 1 MB, live typing, memory: one page
  const { context, page } = await openPage(browser, base);
  results.throughput = await page.evaluate(async (quick) => {
    const texts = await window.bench.evalTexts();
    return window.bench.throughput(texts, { minMs: quick ? 150 : 400, compromiseMinMs: quick ? 300 : 800 });
  }, QUICK);
  results.typing = await page.evaluate(async (quick) => {
    const texts = await window.bench.evalTexts();
    return window.bench.liveTyping(window.bench.articleOfWords(texts, 5000), quick ? 60 : 200);
  }, QUICK);
  results.big = await page.evaluate(async (sizes) => {
    const texts = await window.bench.evalTexts();
    const rows = await window.bench.bigTexts(sizes.map((s) => window.bench.concatenation(texts, s)), 5);
    return rows.map((row, i) => ({ target: sizes[i], ...row }));
  }, QUICK ? [MB] : [MB, 2 * MB, 4 * MB, 8 * MB]);
  await context.close();
  results.render = await renderBench(browser, base);
} finally {
  await browser.close();
  server.close();
}

// ---- report
const out = [];
out.push(`Chromium ${results.chromium}, ${results.date.slice(0, 10)}; eval texts: ${results.throughput.length} documents from ${path.relative(ROOT, EVAL)}`);
out.push('');
out.push('| document | words | KB | article-annotator ms | compromise ms | annotator ms / 1,000 words | compromise ms / 1,000 words | annotator MB/s | compromise MB/s | ratio |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
let tb = 0, tw = 0, ta = 0, tc = 0;
for (const r of results.throughput) {
  tb += r.bytes; tw += r.words; ta += r.annotatorMs; tc += r.compromiseMs;
  out.push(`| ${r.name} | ${r.words} | ${f(r.bytes / 1000)} | ${f(r.annotatorMs, 3)} | ${f(r.compromiseMs, 1)} | ${f(r.annotatorMs * 1000 / r.words, 3)} | ${f(r.compromiseMs * 1000 / r.words, 1)} | ${f(mbps(r.bytes, r.annotatorMs), 2)} | ${f(mbps(r.bytes, r.compromiseMs), 3)} | ${f(r.compromiseMs / r.annotatorMs, 0)}× |`);
}
out.push(`| **all** | ${tw} | ${f(tb / 1000)} | ${f(ta, 3)} | ${f(tc, 1)} | **${f(ta * 1000 / tw, 3)}** | **${f(tc * 1000 / tw, 1)}** | **${f(mbps(tb, ta), 2)}** | **${f(mbps(tb, tc), 3)}** | **${f(tc / ta, 0)}×** |`);
results.summary = { ratio: tc / ta, annotatorMBps: mbps(tb, ta), compromiseMBps: mbps(tb, tc), annotatorMsPer1000Words: ta * 1000 / tw, compromiseMsPer1000Words: tc * 1000 / tw };
out.push('');
out.push('| large text | words | MB | ms (best) | ms (median) | MB/s (best) | time ÷ 1 MiB\'s (median of rounds) | wasm memory after |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const b of results.big) out.push(`| ${b.target / MB} MiB concatenation | ${b.words} | ${f(b.bytes / 1e6, 2)} | ${f(b.ms, 0)} | ${f(b.medianMs, 0)} | ${f(mbps(b.bytes, b.ms), 2)} | ${f(b.ratioToFirst, 2)}× | ${f(b.memoryBytes / MB, 1)} MiB |`);
const [b1, b4] = [results.big.find((b) => b.target === MB), results.big.find((b) => b.target === 4 * MB)];
if (b1 && b4) out.push(`\nScaling, the sizes annotated in turn, ${b4.runs} rounds: 4 MiB takes ${f(b4.ratioToFirst, 2)}× the time of 1 MiB (median of the rounds' ratios; ${f(b4.ms / b1.ms, 2)}× best of each, ${f(b4.medianMs / b1.medianMs, 2)}× of the medians; target ≤ 4.4×).`);
out.push('');
const c = (k) => median(results.cold.map((x) => x[k]));
out.push(`Cold start, fresh page (median of ${results.cold.length}; first annotate on ${results.throughput[0].name}, ${results.throughput[0].words} words):`);
out.push('');
out.push('| import glue | fetch + instantiate .wasm | new Annotator | first annotate | total | wasm memory |');
out.push('|---:|---:|---:|---:|---:|---:|');
out.push(`| ${f(c('importMs'))} ms | ${f(c('instantiateMs'))} ms | ${f(c('newAnnotatorMs'), 2)} ms | ${f(c('firstAnnotateMs'))} ms | **${f(c('totalMs'))} ms** | ${f(c('memoryBytes') / MB, 1)} MiB |`);
out.push('');
const t = results.typing;
out.push(`Live typing: ${t.words}-word article (${f(t.bytes / 1000)} KB), one character changed, ${t.edits} edits, annotate → JS result:`);
out.push('');
out.push('| p50 | p95 | max | wasm memory after |');
out.push('|---:|---:|---:|---:|');
out.push(`| ${f(t.p50, 2)} ms | **${f(t.p95, 2)} ms** | ${f(t.max, 2)} ms | ${f(t.memoryBytes / MB, 1)} MiB |`);
out.push('');
out.push(renderTable(results.render));
const peak = Math.max(t.memoryBytes, ...results.big.map((b) => b.memoryBytes));
out.push('');
out.push(`Peak wasm memory in the run: ${f(peak / MB, 1)} MiB (linear memory only grows, so its final size is the peak).`);
out.push('');
out.push('Targets (issue 7): ' + [
  `ratio ≥ 300×: ${f(tc / ta, 0)}× ${tc / ta >= 300 ? 'met' : 'NOT met'}`,
  `≥ 30 MB/s: ${f(mbps(tb, ta), 1)} ${mbps(tb, ta) >= 30 ? 'met' : 'NOT met'}`,
  `typing p95 < 8 ms: ${f(t.p95, 2)} ${t.p95 < 8 ? 'met' : 'NOT met'}`,
  `cold start < 50 ms: ${f(c('totalMs'))} ${c('totalMs') < 50 ? 'met' : 'NOT met'}`,
].join('; ') + '.');
console.log(out.join('\n'));
if (JSON_OUT) await fs.writeFile(JSON_OUT, JSON.stringify(results, null, 2) + '\n');
