#!/usr/bin/env bash
# Command 2: install the test-only pieces (chromium, chromium-driver) if missing, build,
# and run every suite: native (cargo test, release and debug), the lints (clippy, warnings are errors), wasm in
# headless Chrome and in Node (wasm-pack test), and the page and editor tests (node --test
# with playwright-core).
# Ends with one line "N passed, N failed" summing every suite.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "== installing chromium and chromium-driver (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null || exit 1
fi
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
status=0
log=$(mktemp)

# cargo's and wasm-bindgen-test's "test result: ok. N passed; M failed" lines
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

suite() {
  local name=$1; shift
  printf '\n== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  "count_$KIND"
  if [ "$rc" -ne 0 ]; then
    status=1
    # a suite that died before reporting counts as one failure
    grep -qE 'test result|^# fail' "$log" || failed=$((failed + 1))
    echo "!! $name failed (exit $rc)"
  fi
}

KIND=cargo suite "native tests" cargo test --release --no-fail-fast --lib --bins --tests
KIND=cargo suite "doc tests" cargo test --release --doc
# the same native tests in a debug build, where integer overflow panics: an index that steps
# before token 0 wraps silently in release (and reads ""), but is a bug the fuzzer also reports
KIND=cargo suite "native tests, overflow checked (debug build)" cargo test --no-fail-fast --lib --tests
# lints: no test counts of its own, one failure if any warning
KIND=cargo suite "lints (clippy, warnings are errors)" cargo clippy --all-targets --features cli -- -D warnings
# (the browser suite with the results as the www/pkg build makes them, src/result.js; Node with
# the JSON path, as wasm-bindgen's nodejs target takes no JavaScript snippet)
KIND=cargo suite "wasm in headless Chrome" wasm-pack test --headless --chrome --mode no-install -- --features js-result --test web
KIND=cargo suite "wasm in Node" wasm-pack test --node --mode no-install -- --test node

count_node() {
  local p f
  p=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}
if compgen -G "www/tests/*.test.mjs" >/dev/null; then
  KIND=node suite "page and editor tests" bash -c 'cd www && node --test --test-concurrency=1 tests/'
fi

rm -f "$log"
echo
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
