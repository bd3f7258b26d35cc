#!/usr/bin/env bash
# Install what is missing (wasm32 target, pinned wasm-pack and wasm-bindgen-cli, npm packages)
# and build the CLI and the WebAssembly package into www/pkg. Registries only: nothing from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
# the CLI must match the wasm-bindgen crate in Cargo.lock exactly
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

step() { printf '\n== %s\n' "$*"; }

step "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
step "clippy (the lint suite of scripts/test.sh)"
cargo clippy --version >/dev/null 2>&1 || rustup component add clippy

step "wasm-pack $WASM_PACK_VERSION"
if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "npm packages (www/package-lock.json: editors, playwright-core, compromise, binaryen's wasm-opt)"
if [ ! -d www/node_modules ] || [ www/package-lock.json -nt www/node_modules/.package-lock.json ]; then
  (cd www && npm ci --no-audit --no-fund)
fi

step "native build (target/release/annotate)"
cargo build --release

step "WebAssembly build (www/pkg)"
bash scripts/build-wasm.sh
