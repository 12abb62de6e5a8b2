//! JavaScript as shipped: the loader, bundled with the wasm-bindgen glue and
//! the guard into one classic script and minified by esbuild (from npm, like
//! wasm-opt).
//!
//! All of it is on every member's first view, and all of it is written for
//! people (the loader's comments explain its defences; wasm-bindgen's glue is
//! generated readable). Bundling wraps the modules in one function scope (so
//! nothing leaks into the page's globals); minifying renames locals and drops
//! comments, whitespace and unused glue. No syntax lowering. The sources in
//! `js/` stay as written; the hash in `manifest.json` is of the bundle.

use std::path::Path;
use std::process::Command;

use crate::util::root;

/// The ES module `entry` and what it imports, as one minified classic script
/// (an immediately invoked function).
pub fn bundle(entry: &Path) -> Result<String, String> {
    let esbuild = root().join("node_modules/.bin/esbuild");
    let out = Command::new(&esbuild)
        .arg(entry)
        .args([
            "--bundle",
            "--format=iife",
            "--minify",
            "--legal-comments=none",
            "--log-level=warning",
        ])
        .output()
        .map_err(|e| format!("could not start {}: {e} (run `npm ci`)", esbuild.display()))?;
    if !out.status.success() || !out.stderr.is_empty() {
        // A warning (an unresolved import, `import.meta` in a classic script) is a broken
        // loader in some browser: fail the build instead of shipping it.
        return Err(format!(
            "esbuild could not bundle {}: {}",
            entry.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| "esbuild wrote the loader as non-UTF-8".into())
}
