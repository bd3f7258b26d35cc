#!/usr/bin/env bash
# Command 1: install what is missing, build, and serve the page at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo
echo "Serving www/ at http://127.0.0.1:8080 (Ctrl-C stops)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory www
