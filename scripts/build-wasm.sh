#!/usr/bin/env bash
# Build www/pkg with wasm-pack (profile wasm-release: opt-level "s", smaller and faster to start) (--mode no-install: the CLI on PATH, never a silent download),
# then shrink it with wasm-opt from the npm package binaryen (never Debian's binaryen 108,
# which breaks wasm-bindgen's externref table).
set -euo pipefail
cd "$(dirname "$0")/.."
# --features js-result: results built by src/result.js from numbers, not parsed from JSON
wasm-pack build --profile wasm-release --target web --out-dir www/pkg --mode no-install --no-pack -- --features js-result
# src/result.js folded into the glue: one JS module to load, not two in turn
node scripts/inline-snippets.mjs www/pkg
# comment lines, JSDoc and indentation out of the shipped glue (its types ship in the .d.ts)
node scripts/strip-glue.mjs www/pkg
WASM_OPT=www/node_modules/.bin/wasm-opt
"$WASM_OPT" --version | grep -q "version 132" || { echo "wasm-opt 132 from npm binaryen is required (run scripts/setup.sh)" >&2; exit 1; }
# -ocimfs 0: do not merge every function that has one caller into it. By default wasm-opt does,
# which made one 195 KB function of the whole pipeline: V8 compiles a function whole on its first
# call and tiers it up whole, so the first annotate took ~15 ms longer (bench/RESULTS.md).
# --low-memory-unused: the low 1 KB of memory holds nothing (Rust puts the stack first, growing
# down from 1 MB, and the data above it), so wasm-opt may fold constant offsets into loads and
# stores: 1.7 KB gzip less (bench/RESULTS.md, session 10).
# --converge: the passes repeated until the module stops shrinking: 0.4 KB gzip less (session 17).
# --strip-producers --strip-target-features: two custom sections no browser reads (the tools
# that made the module, and its target features for a linker): 0.27 KB gzip less (session 20).
# -sp memory-packing: the data kept as the linker's two segments, not cut at every run of zeros
# into ~510 (each cut saves its zeros but costs a segment header of offset and length, which
# gzip cannot squeeze as it does the zeros): 5.5 KB more raw, 1.7 KB gzip less (session 22).
"$WASM_OPT" -Oz --converge -ocimfs 0 --low-memory-unused --strip-producers --strip-target-features -sp memory-packing www/pkg/article_annotator_bg.wasm -o www/pkg/article_annotator_bg.opt.wasm
mv www/pkg/article_annotator_bg.opt.wasm www/pkg/article_annotator_bg.wasm
rm -f www/pkg/.gitignore
echo "www/pkg/article_annotator_bg.wasm: $(stat -c %s www/pkg/article_annotator_bg.wasm) bytes, $(gzip -9c www/pkg/article_annotator_bg.wasm | wc -c) gzip"
