//! The previews' build: the widget with the `preview` feature (the checker and
//! live FTL editing; a config applied as typed and the preview's clock) in
//! `<target dir>/preview/`, served at `/preview/` for `/demo/preview.html` (the
//! translators') and `/demo/operators.html` (the operators'). It is a tool, never
//! part of `dist/`, so it skips wasm-opt and hashing.

use std::path::PathBuf;
use std::process::Command;

use crate::tools::WASM_TARGET;
use crate::util::{run, target_dir};

/// Where the preview's module and glue are written (`target/preview` unless
/// cargo's target dir is elsewhere). The end-to-end tests get it as
/// `MEMBER_NOTICE_PREVIEW_DIR`.
pub fn out_dir() -> PathBuf {
    target_dir().join("preview")
}

/// Builds `<target dir>/preview/member-notice-preview{.js,_bg.wasm}`.
pub fn build() -> Result<(), String> {
    // A target dir of its own: the feature set differs from dist's build, and
    // sharing one would overwrite dist's input file.
    let target_dir = target_dir().join("preview-build");
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
        .arg(out_dir()))
}
