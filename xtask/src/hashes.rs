//! The content hashes of the release: file names and Subresource Integrity.
//!
//! One file for every place that computes them, so they cannot drift apart:
//! `cargo xtask dist` (its files in `dist/` and the hashes the loader carries)
//! and `locale_files.rs` (each locale file's name and integrity).

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
