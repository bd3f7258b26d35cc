//! The JS API under Node: `wasm-pack test --node -- --test node`.
#![cfg(target_arch = "wasm32")]

include!("js_api/mod.rs");
