// Instructions the WebAssembly build spends, counted on Node under valgrind — the same on a busy
// machine as on a quiet one, so two builds can be compared while other work runs (wall-clock
// benchmarks cannot). Used by `bash scripts/bench.sh wasm-count [PKG_DIR…]`, which runs
//   valgrind --tool=callgrind node --single-threaded --predictable --predictable-gc-schedule \
//     --no-liftoff --no-wasm-lazy-compilation \
//     scripts/wasm-instructions.mjs PKG ROUNDS
// for 0 and for 10 rounds and reports the difference: the instructions of 10 rounds of
// annotating the 13 dev texts, after 5 warm-up rounds. All code is compiled by TurboFan up
// front, so no tier-up decision is part of the count, and V8's predictable mode fixes when the
// garbage collector runs: counts repeat to within 0.5 % (1–2 % without predictable mode; with
// Liftoff first, they moved by up to 5 % with the machine's load, session 11).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.resolve(process.argv[2] ?? path.join(root, 'www', 'pkg'));
const rounds = Number(process.argv[3] ?? 30);
const evalDir = path.resolve(process.env.EVAL_DIR ?? path.join(root, '..', 'shared', 'eval', 'dev'));
const mod = await import(path.join(pkg, 'article_annotator.js'));
mod.initSync({ module: fs.readFileSync(path.join(pkg, 'article_annotator_bg.wasm')) });
const texts = fs.readdirSync(evalDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(evalDir, f), 'utf8')).text);
const annotator = new mod.Annotator();
let entities = 0;
for (let r = 0; r < 5 + rounds; r++) for (const t of texts) entities += annotator.annotate(t).entities.length;
if (!entities) throw new Error('the build found no entities');
