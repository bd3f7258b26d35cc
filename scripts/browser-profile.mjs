#!/usr/bin/env node
// Where the time of warm `annotate` calls goes in headless Chromium: a CPU profile (V8's sampling
// profiler over the DevTools protocol) of the eval texts annotated in turn, each three times in a
// row as the bench page does, after 20 warm-up rounds. Prints the share of self time by kind
// (the .wasm, the JS glue, the garbage collector) and by function. Function names need a .wasm
// that keeps its name section: `bash scripts/bench.sh browser-profile` builds one (wasm-opt -g)
// into a temporary copy of www/ and passes it as WWW. A measurement, not a test.
// Usage: WWW=dir node scripts/browser-profile.mjs [TOP]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.resolve(process.env.WWW ?? path.join(ROOT, 'www'));
const EVAL = path.resolve(process.env.EVAL_DIR ?? path.join(ROOT, '..', 'shared', 'eval', 'dev'));
const TOP = Number(process.argv[2] ?? 30);
const { chromium } = createRequire(path.join(ROOT, 'www', 'package.json'))('playwright-core');

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const file = path.join(WWW, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(WWW) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const texts = fs.readdirSync(EVAL).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(EVAL, f), 'utf8')).text);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await page.evaluate(async () => {
    const { loadCore } = await import('/embed.js');
    const { mod } = await loadCore();
    window.profiled = new mod.Annotator();
  });
  await page.evaluate((texts) => { for (let r = 0; r < 20; r++) for (const t of texts) window.profiled.annotate(t); }, texts);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const rounds = 60;
  const ms = await page.evaluate(({ texts, rounds }) => {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const t of texts) for (let k = 0; k < 3; k++) window.profiled.annotate(t);
    return performance.now() - t0;
  }, { texts, rounds });
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]));
  const byKind = new Map();
  const byFunction = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [id, t] of self) {
    const f = nodes.get(id).callFrame;
    const wasm = f.url.endsWith('.wasm') || f.functionName.startsWith('wasm-function');
    add(byKind, wasm ? '.wasm' : f.url ? 'JS glue and page' : f.functionName || '(other)', t);
    add(byFunction, f.functionName.replace(/::h[0-9a-f]{16}$/, '') || '(anonymous)', t);
  }
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const pct = (v) => `${(100 * v / total).toFixed(1).padStart(5)} %`;
  console.log(`${texts.length} texts × 3 calls × ${rounds} rounds: ${ms.toFixed(0)} ms under the profiler (sampling slows the calls)\n`);
  console.log('self time by kind:');
  for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`${pct(v)}  ${k}`);
  console.log(`\nself time by function (top ${TOP}):`);
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(v)}  ${k}`);
} finally {
  await browser.close();
  server.close();
}
