//! The content hashes of the release: file names and Subresource Integrity.
//!
//! One file for both places that compute them, so they cannot drift apart:
//! `cargo xtask dist` (its files in `dist/`) and the crate's `build.rs`
//! (through `#[path]`: the names and hashes of the translation files that the
//! wasm fetches, built into it before `dist` writes them).

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// First 16 hex digits of the SHA-256: enough to tell releases apart.
pub fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A Subresource Integrity value (`sha256-…`). SHA-256, the shortest that
/// SRI accepts: the loader carries one per file it fetches, the wasm one per
/// translation, and every member downloads them with each first view.
pub fn sri(bytes: &[u8]) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
    )
}
