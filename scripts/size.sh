#!/usr/bin/env bash
# Size of what a page downloads: www/pkg's .wasm, JS glue and JS snippet (src/result.js), raw, gzip -9 (the gzip command; Node's
# zlib gives about 7 % more) and brotli (quality 11, Node's zlib), plus the page's own modules. Target (issue 7): .wasm + JS < 400 KB gzip.
# Build first with scripts/build-wasm.sh. A measurement, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(www/pkg/article_annotator_bg.wasm www/pkg/article_annotator.js)
for f in "${files[@]}"; do [ -f "$f" ] || { echo "$f is missing: run bash scripts/build-wasm.sh" >&2; exit 1; }; done
# the JavaScript snippets wasm-bindgen copies beside the glue (src/result.js) load with it
mapfile -t snippets < <(find www/pkg/snippets -name '*.js' 2>/dev/null | sort)
files+=("${snippets[@]}")
PKG_FILES=${#files[@]} node --input-type=module - "${files[@]}" www/embed.js www/article-annotator-element.js www/worker.js <<'EOF'
import fs from 'node:fs';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
const kb = (n) => (n / 1000).toFixed(1) + ' KB';
const rows = [];
for (const f of process.argv.slice(2)) {
  if (!fs.existsSync(f)) continue;
  const b = fs.readFileSync(f);
  const gz = execFileSync('gzip', ['-9c', f], { maxBuffer: 1 << 28 }).length;
  const br = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
  rows.push({ f, raw: b.length, gz, br });
}
console.log('| file | raw | gzip -9 | brotli 11 |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.f} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
const core = rows.slice(0, Number(process.env.PKG_FILES));
const sum = (k) => core.reduce((s, r) => s + r[k], 0);
console.log(`| **.wasm + JS (glue and snippets)** | **${kb(sum('raw'))}** | **${kb(sum('gz'))}** | **${kb(sum('br'))}** |`);
console.log(`\n.wasm + JS < 400 KB gzip: ${sum('gz') < 400000 ? 'met' : 'NOT met'} (${kb(sum('gz'))})`);
EOF
