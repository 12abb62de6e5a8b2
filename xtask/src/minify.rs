//! JavaScript as shipped: the loader and the wasm-bindgen glue, minified by
//! esbuild (from npm, like wasm-opt).
//!
//! Both are on every member's first view, and both are written for people
//! (the loader's comments explain its defences; wasm-bindgen's glue is
//! generated readable). Minifying only renames locals and drops comments and
//! whitespace: no bundling, no syntax lowering, the module format unchanged.
//! The sources in `js/` stay as written; the hashes in `manifest.json` and
//! the loader are of the minified files.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::util::root;

/// `source` minified; `name` only labels errors.
pub fn js(name: &str, source: &str) -> Result<String, String> {
    let esbuild = root().join("node_modules/.bin/esbuild");
    let mut child = Command::new(&esbuild)
        .args(["--minify", "--loader=js", "--log-level=warning"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e} (run `npm ci`)", esbuild.display()))?;
    child
        .stdin
        .take()
        .ok_or("esbuild has no stdin")?
        .write_all(source.as_bytes())
        .map_err(|e| format!("esbuild: cannot pass {name}: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("esbuild on {name}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "esbuild could not minify {name}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| format!("esbuild wrote {name} as non-UTF-8"))
}
