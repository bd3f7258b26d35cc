#!/usr/bin/env node
// Strip the shipped glue (www/pkg/article_annotator.js) of what no browser reads: comment lines,
// JSDoc blocks, indentation and blank lines (0.76 KB of its 4.8 KB gzip, session 22). The types
// and their documentation ship in article_annotator.d.ts, which the first line points to and
// which stays as it is; src/result.js and wasm-bindgen's output stay readable in the repository.
// Usage: node scripts/strip-glue.mjs PKG_DIR (after scripts/inline-snippets.mjs).
// Safe only for code with no string or template literal across lines: it checks that.
import fs from 'node:fs';
import path from 'node:path';

const pkg = process.argv[2];
if (!pkg) throw new Error('usage: node scripts/strip-glue.mjs PKG_DIR');
const glue = path.join(pkg, 'article_annotator.js');
const js = fs.readFileSync(glue, 'utf8');
const lines = js.split('\n');
const out = [];
let inDoc = false;
for (const [n, line] of lines.entries()) {
  const t = line.trim();
  if (inDoc) {
    if (t.endsWith('*/')) inDoc = false;
    continue;
  }
  if (t.startsWith('/**') && n > 0) {
    inDoc = !t.endsWith('*/');
    continue;
  }
  if (t === '' || t.startsWith('//')) continue;
  // (a template literal or string left open at a line's end would lose its indentation)
  if ((t.match(/`/g) ?? []).length % 2 !== 0 || /\\$/.test(t)) throw new Error(`${glue}:${n + 1}: a literal across lines`);
  out.push(t);
}
if (inDoc) throw new Error(`${glue}: an unclosed /** comment`);
fs.writeFileSync(glue, out.join('\n') + '\n');
console.log(`${glue}: ${js.length} -> ${out.join('\n').length + 1} bytes`);
