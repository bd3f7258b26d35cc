#!/usr/bin/env bash
# The README's quality table in one command: score the release CLI on the gold dev documents
# (../shared/eval/dev) and on every corpus in tests/fixtures, one Markdown row each:
#   set | entity F1 (PERSON / ORG / GPE) | quotes F1 / kind / attribution | claims F1 |
#   action / modality / actor / target / source
# Usage: bash scripts/quality.sh [DIR…]   (default: dev and every tests/fixtures/corpus*)
# BIN=path/to/annotate scores another build (e.g. an older commit's, to compare).
set -euo pipefail
cd "$(dirname "$0")/.."
SCORE=../shared/eval/score.py
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN="${CARGO_TARGET_DIR:-target}/release/annotate"
fi
if [ $# -eq 0 ]; then
  set -- dev $(ls -d tests/fixtures/corpus* | sort -V)
fi
echo "| set | entity F1 (PERSON / ORG / GPE) | quotes F1 / kind / attribution | claims F1 | action / modality / actor / target / source |"
echo "|---|---|---|---|---|"
for d in "$@"; do
  arg=$d
  [ "$d" = dev ] && arg=""
  python3 "$SCORE" --cmd "$BIN --offsets codepoint" $arg --json | tail -1 | python3 -c '
import json, sys
name = sys.argv[1]
j = json.loads(sys.stdin.read())
e, q, c = j["entities"], j["quotes"], j["claims"]
f = lambda k: e["per_label"].get(k, {}).get("f1", 0)
print("| %s | %.3f (%.3f / %.3f / %.3f) | %.3f / %.3f / %.3f | %.3f | %.3f / %.3f / %.3f / %.3f / %.3f |" % (
    name, e["f1"], f("PERSON"), f("ORG"), f("GPE"), q["f1"], q.get("kind_acc", 0), q["attribution_acc"],
    c["f1"], c["action_acc"], c["modality_acc"], c["actor_acc"], c["target_acc"], c["source_acc"]))
' "$d"
done
