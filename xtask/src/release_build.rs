//! How the shipped wasm is compiled: a pinned nightly toolchain that rebuilds
//! the standard library for size.
//!
//! Why nightly: every member downloads the wasm, and three nightly-only
//! switches take about 20 KB brotli (a sixth) off it, measured on the same
//! code (issue 11's note has the table):
//!
//! - `-Zbuild-std=std,panic_abort`: std compiled with the release profile
//!   (`opt-level = "z"`), not the prebuilt, speed-optimised one, and with
//!   std's own `optimize_for_size` feature (smaller algorithms where std has
//!   a choice, such as sorting and formatting; 2.0 KB brotli off, measured);
//! - `-Cpanic=immediate-abort`: a panic traps at once, without formatting a
//!   message first (`js/guard.js` contains a trap either way);
//! - `-Zlocation-detail=none -Zfmt-debug=none`: no file names for panics, and
//!   `{:?}` prints nothing, so the crate uses `Display` wherever a text
//!   reaches a person.
//!
//! The build has the crate features `split-locales` (German is built in, the
//! other locales are files `cargo xtask dist` writes to `dist/i18n/`) and
//! `stylesheet-from-loader` (the loader hands the wasm the stylesheet it
//! already has for its early paint).
//!
//! The toolchain is pinned to a date, so a build is the same next month, and
//! installed by rustup like the wasm target when it is missing (minimal
//! profile plus `rust-src`, about 20 s). Only `dist/` uses it: the browser
//! tests, the preview and the tools build with the stable toolchain.
//!
//! `MEMBER_NOTICE_STABLE_WASM=1 cargo xtask dist` builds the wasm with the
//! stable toolchain instead, with panic messages, for chasing a trap. That
//! build is larger than the size budget allows.

use std::path::Path;
use std::process::Command;

use crate::tools::WASM_TARGET;
use crate::util::{output, run};

/// The nightly the shipped wasm is compiled with.
pub const TOOLCHAIN: &str = "nightly-2026-05-19";

/// The flags, beside `-Zbuild-std`, that the module docs explain.
const RUSTFLAGS: &str =
    "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none";

/// Whether this build uses the stable toolchain (`MEMBER_NOTICE_STABLE_WASM=1`).
pub fn stable_requested() -> bool {
    std::env::var_os("MEMBER_NOTICE_STABLE_WASM").is_some_and(|v| v == "1")
}

/// Installs [`TOOLCHAIN`] with `rust-src` unless it is there.
pub fn ensure() -> Result<(), String> {
    if stable_requested() {
        return Ok(());
    }
    let toolchains = output(Command::new("rustup").args(["toolchain", "list"])).unwrap_or_default();
    let has_toolchain = toolchains.lines().any(|l| l.starts_with(TOOLCHAIN));
    let has_source = has_toolchain
        && output(Command::new("rustup").args([
            "component",
            "list",
            "--installed",
            "--toolchain",
            TOOLCHAIN,
        ]))
        .is_some_and(|list| list.lines().any(|l| l.starts_with("rust-src")));
    if has_source {
        return Ok(());
    }
    println!("xtask: installing the {TOOLCHAIN} toolchain with rust-src (the wasm's compiler)");
    run(Command::new("rustup").args([
        "toolchain",
        "install",
        TOOLCHAIN,
        "--profile",
        "minimal",
        "--component",
        "rust-src",
    ]))
    .map_err(|e| {
        format!(
            "{e}; install it with `rustup toolchain install {TOOLCHAIN} --profile minimal \
             --component rust-src`, or build with the stable toolchain \
             (MEMBER_NOTICE_STABLE_WASM=1, larger)"
        )
    })
}

/// The crate features of the shipped wasm (the module docs say why).
const FEATURES: [&str; 2] = ["split-locales", "stylesheet-from-loader"];

/// The command that compiles the widget's wasm into `target_dir`, with the
/// release's features plus `extra` (only the panic test build has any); the
/// file is then at `<target_dir>/wasm32-unknown-unknown/release/member_notice.wasm`.
pub fn command(target_dir: &Path, extra: &[&str]) -> Command {
    let features = FEATURES
        .iter()
        .chain(extra)
        .copied()
        .collect::<Vec<_>>()
        .join(",");
    let mut command = Command::new("cargo");
    if !stable_requested() {
        command
            .arg(format!("+{TOOLCHAIN}"))
            // The outer `cargo run` may have set these for the stable toolchain.
            .env_remove("RUSTC")
            .env_remove("RUSTDOC")
            .env_remove("RUSTUP_TOOLCHAIN")
            .env("RUSTFLAGS", RUSTFLAGS);
    }
    command.args([
        "build",
        "--release",
        "--package",
        "member-notice",
        "--lib",
        // Without the pseudo-locales (Cargo.toml says why).
        "--no-default-features",
        "--features",
        &features,
        "--target",
        WASM_TARGET,
    ]);
    if !stable_requested() {
        command.args([
            "-Zbuild-std=std,panic_abort",
            "-Zbuild-std-features=optimize_for_size",
        ]);
    }
    command.arg("--target-dir").arg(target_dir);
    command
}
