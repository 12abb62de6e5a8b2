//! The translators' preview build: the widget with the `preview` feature (the
//! checker and live FTL editing) in `target/preview/`, served at `/preview/`
//! for `/preview.html`. It is a tool for translators, never part of `dist/`,
//! so it skips wasm-opt and hashing.

use std::process::Command;

use crate::tools::WASM_TARGET;
use crate::util::{root, run};

/// Where the preview's module and glue are written.
pub const OUT_DIR: &str = "target/preview";

/// Builds `target/preview/member-notice-preview{.js,_bg.wasm}`.
pub fn build() -> Result<(), String> {
    let root = root();
    // A target dir of its own: the feature set differs from dist's build, and
    // sharing one would overwrite dist's input file.
    let target_dir = root.join("target/preview-build");
    run(Command::new("cargo")
        .args([
            "build",
            "--release",
            "--package",
            "member-notice",
            "--lib",
            "--features",
            "preview",
        ])
        .args(["--target", WASM_TARGET, "--target-dir"])
        .arg(&target_dir))?;
    run(Command::new("wasm-bindgen")
        .arg(target_dir.join(format!("{WASM_TARGET}/release/member_notice.wasm")))
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "member-notice-preview",
            "--out-dir",
        ])
        .arg(root.join(OUT_DIR)))
}
