#!/usr/bin/env bash
# Which functions V8 optimises (TurboFan) while a fresh Chromium page annotates a text twice,
# with their code sizes and compile times: the check behind "TIER_UP" in src/lib.rs (a large
# function optimised during the first annotate takes a core from it on this 2-core machine).
# Builds the package with its name section (wasm-release profile, no wasm-opt) into a temporary
# directory and runs headless Chromium with --trace-wasm-compilation-times. A diagnostic, not a
# test: the list depends on the text's length (a long text rightly optimises the large functions).
# Usage: bash scripts/tierup.sh [TEXT_FILE]   (default: www/examples/founding.txt, 580 words)
set -euo pipefail
cd "$(dirname "$0")/.."
TEXT=${1:-www/examples/founding.txt}
DIR=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
wasm-pack build --profile wasm-release --target web --out-dir "$DIR/pkg" --mode no-install --no-pack -- --features js-result >/dev/null 2>&1
node scripts/inline-snippets.mjs "$DIR/pkg" >/dev/null
cp "$TEXT" "$DIR/text.txt"
cat > "$DIR/index.html" <<'EOF'
<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module">
const text = await (await fetch('text.txt')).text();
const mod = await import('./pkg/article_annotator.js');
await mod.default({ module_or_path: fetch('./pkg/article_annotator_bg.wasm') });
const a = new mod.Annotator();
const t0 = performance.now();
a.annotate(text);
const t1 = performance.now();
a.annotate(text);
console.log(`TIERUP first annotate ${(t1 - t0).toFixed(1)} ms, second ${(performance.now() - t1).toFixed(1)} ms`);
</script></body></html>
EOF
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$DIR" >/dev/null 2>&1 &
SERVER=$!
sleep 1
# (Chromium keeps running after the page; the background compilations end within seconds)
timeout 10 chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
  --js-flags=--trace-wasm-compilation-times "http://127.0.0.1:$PORT/index.html" > "$DIR/log" 2>&1 || true
python3 - "$DIR/pkg/article_annotator_bg.wasm" "$DIR/log" <<'EOF'
import re, sys
data = open(sys.argv[1], 'rb').read()
def leb(p):
    r = s = 0
    while True:
        b = data[p]; p += 1; r |= (b & 0x7f) << s; s += 7
        if b < 0x80:
            return r, p
names, p = {}, 8
while p < len(data):
    sid = data[p]; size, p = leb(p + 1); end = p + size
    if sid == 0:
        n, q = leb(p)
        section, q = data[q:q + n], q + n
        if section == b'name':
            while q < end:
                sub = data[q]; sl, q = leb(q + 1); se = q + sl
                if sub == 1:
                    count, q = leb(q)
                    for _ in range(count):
                        i, q = leb(q); l, q = leb(q); names[i] = data[q:q + l].decode('utf8', 'replace'); q += l
                q = se
    p = end
log = open(sys.argv[2], encoding='utf8', errors='replace').read()
m = re.search(r'TIERUP ([^"]*)', log)
print(m.group(1) if m else 'the page did not finish (see the Chromium log)')
rows = []
for m in re.finditer(r'#(\d+) using TurboFan, took (\d+) (μs|ms).*?bodysize (\d+)', log):
    us = int(m.group(2)) * (1 if m.group(3) == 'μs' else 1000)
    name = re.sub(r'::h[0-9a-f]{16}$', '', names.get(int(m.group(1)), '?')).replace('article_annotator::', '')
    rows.append((int(m.group(4)), us, name))
print('| function optimised | code bytes | TurboFan ms |')
print('|---|---:|---:|')
for size, us, name in sorted(rows, reverse=True):
    print(f'| {name[:90]} | {size} | {us / 1000:.1f} |')
print(f'| **{len(rows)} functions** | **{sum(r[0] for r in rows)}** | **{sum(r[1] for r in rows) / 1000:.1f}** |')
EOF
