//! `cargo xtask test`: every check, in the order a failure is cheapest to see.
//!
//! fmt → translations (`i18n check`) → clippy (native and wasm, `-D
//! warnings`) → native tests → browser tests (wasm-bindgen-test in headless
//! Chromium) → `dist/` build → end-to-end tests (Node + playwright-core
//! against `dist/`). Stops at the first failure.

use std::process::Command;
use std::time::Instant;

use crate::tools::{self, CHROMEDRIVER, WASM_TARGET};
use crate::util::run as exec;
use crate::{dist, preview};

/// Runs all steps (`cargo xtask test`) and prints how long each took.
pub fn run() -> Result<(), String> {
    tools::ensure_for_build()?;
    tools::ensure_browser()?;
    let started = Instant::now();
    let mut timings = Vec::new();
    let mut step = |name: &str, f: &mut dyn FnMut() -> Result<(), String>| {
        println!("\n==> {name}");
        let t = Instant::now();
        let result = f();
        timings.push((name.to_owned(), t.elapsed().as_secs_f64()));
        result.map_err(|e| format!("{name}: {e}"))
    };
    step("format", &mut || {
        exec(Command::new("cargo").args(["fmt", "--all", "--", "--check"]))
    })?;
    step("translations", &mut || {
        let report = crate::i18n::check_dir(&crate::i18n::default_dir())?;
        print!(
            "{}",
            crate::i18n::render(&report, crate::i18n::Format::Text)
        );
        crate::i18n::verdict(&report)
    })?;
    step("clippy (native)", &mut || {
        exec(Command::new("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("clippy (wasm, with preview)", &mut || {
        exec(Command::new("cargo").args([
            "clippy",
            "--package",
            "member-notice",
            "--all-targets",
            "--features",
            "preview",
            "--target",
            WASM_TARGET,
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("native tests", &mut || {
        exec(Command::new("cargo").args(["test", "--workspace"]))
    })?;
    step("browser tests", &mut || {
        exec(
            Command::new("cargo")
                .args([
                    "test",
                    "--package",
                    "member-notice",
                    "--target",
                    WASM_TARGET,
                    "--test",
                    "browser",
                    "--test",
                    "browser_embed",
                ])
                .env("CHROMEDRIVER", CHROMEDRIVER),
        )
    })?;
    step("dist + preview", &mut || {
        dist::build().and_then(|_| preview::build())
    })?;
    step("end-to-end tests", &mut || {
        exec(Command::new("node").args(["--test", "--test-concurrency=1", "e2e/"]))
    })?;
    println!(
        "\nAll checks passed in {:.0} s:",
        started.elapsed().as_secs_f64()
    );
    for (name, secs) in timings {
        println!("  {name:<28} {secs:>6.1} s");
    }
    Ok(())
}
