#!/usr/bin/env bash
# Benchmarks, one command per kind (results go to bench/RESULTS.md by hand; nothing here is a test):
#   bash scripts/bench.sh native    criterion: each eval document, 1 MB and 10 MB, each layer on 1 MB,
#                                   1/2/4/8 MB scaling; prints MB/s, words/s and the 4 MB / 1 MB ratio
#   bash scripts/bench.sh browser   builds www/pkg, then headless Chromium: article-annotator next to
#                                   compromise, cold start, live typing, wasm memory
#   bash scripts/bench.sh scaling   criterion's 1/2/4/8 MB group with glibc's default malloc thresholds and
#                                   with them fixed (memory kept between runs, as in the browser)
#   bash scripts/bench.sh size      .wasm and JS raw, gzip, brotli (scripts/size.sh)
#   bash scripts/bench.sh profile   perf profile of annotate on 1 MB and on the eval documents
#   bash scripts/bench.sh wasm-count [PKG_DIR…]  instructions of 10 rounds of the eval texts in the
#                                   .wasm (default www/pkg) on Node under callgrind: exact, so builds
#                                   compare on a busy machine (apt-get install valgrind)
#   bash scripts/bench.sh tierup [TEXT]  which functions V8 optimises while a fresh Chromium page
#                                   annotates TEXT twice (scripts/tierup.sh; see TIER_UP in src/lib.rs)
#   bash scripts/bench.sh browser-profile  self time of warm annotate calls in headless Chromium by
#                                   function (a build that keeps the .wasm's names, in a temporary www/)
# QUICK=1 shortens native (no 10 MB / 8 MB) and browser runs; LAYER_MB=4 times each layer on 4 MB
# instead of 1 MB. The eval texts are read from
# EVAL_DIR (default ../shared/eval/dev) at run time and never copied into the repository.
# Native builds go to CARGO_TARGET_DIR (default target/), e.g. CARGO_TARGET_DIR=/work/target-perf.
set -euo pipefail
cd "$(dirname "$0")/.."
export EVAL_DIR=${EVAL_DIR:-$(cd .. && pwd)/shared/eval/dev}
TARGET=${CARGO_TARGET_DIR:-target}
export CRITERION_HOME=${CRITERION_HOME:-$TARGET/criterion}

summary() {
  python3 - "$CRITERION_HOME" <<'EOF'
import json, os, sys
home = sys.argv[1]
inputs = json.load(open(os.path.join(home, "annotate-inputs.json")))
def est(bid):
    group, name = bid.split("/", 1)
    path = os.path.join(home, group, name, "new", "estimates.json")
    if not os.path.exists(path):
        return None
    e = json.load(open(path))
    return e["median"]["point_estimate"] / 1e9  # seconds
rows, times = [], {}
for bid, meta in inputs.items():
    t = est(bid)
    if t is None:
        continue
    times[bid] = t
    rows.append((bid, meta["bytes"], meta["words"], t))
print("| benchmark | bytes | words | time (median) | MB/s | words/s |")
print("|---|---:|---:|---:|---:|---:|")
for bid, b, w, t in rows:
    tt = f"{t * 1e3:.3f} ms" if t < 1 else f"{t:.3f} s"
    print(f"| {bid} | {b:,} | {w:,} | {tt} | {b / 1e6 / t:.2f} | {w / t:,.0f} |")
docs = [(b, w, t) for bid, b, w, t in rows if bid.startswith("document/")]
if docs:
    B, W, T = (sum(x[i] for x in docs) for i in range(3))
    print(f"| **all documents** | {B:,} | {W:,} | {T * 1e3:.3f} ms | **{B / 1e6 / T:.2f}** | **{W / T:,.0f}** |")
if "scaling/1MB" in times and "scaling/4MB" in times:
    b1, b4 = inputs["scaling/1MB"]["bytes"], inputs["scaling/4MB"]["bytes"]
    r = times["scaling/4MB"] / times["scaling/1MB"]
    print(f"\nscaling: 4 MB takes {r:.2f}x the time of 1 MB ({b4 / b1:.2f}x the bytes; target <= 4.4x: {'met' if r <= 4.4 else 'NOT met'})")
    if "scaling/8MB" in times:
        print(f"scaling: 8 MB takes {times['scaling/8MB'] / times['scaling/1MB']:.2f}x the time of 1 MB")
EOF
}

case "${1:-}" in
  native)
    args=()
    [ "${QUICK:-0}" = 1 ] && export BENCH_FILTER_QUICK=1
    cargo bench --bench pipeline -- "${args[@]}" "${@:2}"
    echo
    summary
    ;;
  summary)
    summary
    ;;
  scaling)
    # The 1/2/4/8 MB group twice: with glibc's default (self-adjusting) malloc thresholds, which
    # hand the memory of one run back to the kernel once the heap outgrows them (so the next run
    # pays page faults for it again), and with the trim and mmap thresholds fixed, so that freed
    # memory is kept for the next run as a WebAssembly instance keeps its memory.
    cargo bench --bench pipeline --no-run
    bin=$(ls -t "$TARGET"/release/deps/pipeline-* | grep -v '\.d$' | head -1)
    for mode in default fixed; do
      echo "== glibc thresholds: $mode"
      if [ "$mode" = fixed ]; then
        MALLOC_TRIM_THRESHOLD_=4294967296 MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TOP_PAD_=268435456 "$bin" --bench 'scaling/' "${@:2}" | grep -E '^scaling|time:'
      else
        "$bin" --bench 'scaling/' "${@:2}" | grep -E '^scaling|time:'
      fi
      summary | grep '^scaling:'
    done
    ;;
  browser)
    bash scripts/build-wasm.sh
    if [ "${QUICK:-0}" = 1 ]; then node scripts/bench-browser.mjs --quick "${@:2}"; else node scripts/bench-browser.mjs "${@:2}"; fi
    ;;
  size)
    bash scripts/size.sh
    ;;
  profile)
    cargo build --profile profiling --bench pipeline
    bin=$(ls -t "$TARGET"/profiling/deps/pipeline-* | grep -v '\.d$' | head -1)
    for what in 'concatenation/1MB' 'document/'; do
      data=$(mktemp --suffix=.perf)
      perf record -q -F 499 --call-graph dwarf,16384 -o "$data" "$bin" --bench --profile-time 5 "$what" >/dev/null 2>&1
      echo "== $what: self time"
      perf report -i "$data" --no-children --stdio --percent-limit 1.5 -g none 2>/dev/null | grep '%' | head -25
      echo "== $what: time including callees"
      perf report -i "$data" --children --stdio --percent-limit 4 -g none --inline 2>/dev/null | grep 'article_annotator::' | head -30
      rm -f "$data"
    done
    ;;
  wasm-count)
    # every function compiled by TurboFan up front: no tier-up decision (which varied with the
    # machine's load and moved the counts by up to 5 %) is left in the count; V8's predictable
    # mode and its fixed GC schedule take the garbage collector's timing out too (two runs of
    # one build: 1-2 % apart without them, 0.1-0.5 % with them, session 20)
    count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded --predictable --predictable-gc-schedule --no-liftoff --no-wasm-lazy-compilation scripts/wasm-instructions.mjs "$1" "$2" 2>&1 | sed -n 's/.*Collected : //p'; }
    pkgs=("${@:2}"); [ ${#pkgs[@]} -gt 0 ] || pkgs=(www/pkg)
    for pkg in "${pkgs[@]}"; do
      zero=$(count "$pkg" 0); ten=$(count "$pkg" 10)
      echo "$pkg: $(awk -v a="$ten" -v b="$zero" 'BEGIN { printf "%.1f", (a - b) / 1e6 }') M instructions for 10 rounds of the eval texts"
    done
    ;;
  tierup)
    bash scripts/tierup.sh "${@:2}"
    ;;
  browser-profile)
    # the release build as scripts/build-wasm.sh makes it, but wasm-opt keeps the name section
    # (-g), so that the profile names Rust functions; in a copy of www/ (www/pkg is untouched)
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    cp www/*.html www/*.js www/*.css "$dir"/
    wasm-pack build --profile wasm-release --target web --out-dir "$dir/pkg" --mode no-install --no-pack -- --features js-result
    node scripts/inline-snippets.mjs "$dir/pkg"
    www/node_modules/.bin/wasm-opt -Oz --converge -ocimfs 0 --low-memory-unused -g "$dir/pkg/article_annotator_bg.wasm" -o "$dir/pkg/named.wasm"
    mv "$dir/pkg/named.wasm" "$dir/pkg/article_annotator_bg.wasm"
    WWW="$dir" node scripts/browser-profile.mjs "${@:2}"
    ;;
  *)
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
