#!/usr/bin/env node
// Fold wasm-bindgen's JavaScript snippets (src/result.js) into the package's glue, so that a page
// loads one JS module, not a second one found only after the first is parsed: that second fetch
// added ~11 ms to the cold start in headless Chromium (bench/RESULTS.md, session 19).
// Usage: node scripts/inline-snippets.mjs PKG_DIR (after wasm-pack build). Each line
//   import { a, b } from './snippets/DIR/FILE.js';
// becomes the snippet's code in a function scope that returns those names; the snippets/ folder goes.
import fs from 'node:fs';
import path from 'node:path';

const pkg = process.argv[2];
if (!pkg) throw new Error('usage: node scripts/inline-snippets.mjs PKG_DIR');
const glue = path.join(pkg, 'article_annotator.js');
let js = fs.readFileSync(glue, 'utf8');
let folded = 0;
js = js.replace(/^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+\.js)';$/gm, (_, names, file) => {
  const code = fs.readFileSync(path.join(pkg, file), 'utf8');
  if (/^\s*(import|export\s+(default|\{|\*))/m.test(code)) throw new Error(`${file}: only \`export function\`/\`export const\` can be folded`);
  folded++;
  const body = code.replace(/^export (function|const|let|class) /gm, '$1 ');
  return `const { ${names} } = (() => {\n${body}\nreturn { ${names} };\n})();`;
});
if (/from '\.\/snippets\//.test(js)) throw new Error('a snippet import was left in the glue');
fs.writeFileSync(glue, js);
fs.rmSync(path.join(pkg, 'snippets'), { recursive: true, force: true });
console.log(`${glue}: ${folded} snippet(s) folded in`);
