//! `cargo xtask test`: every check, in the order a failure is cheapest to see.
//!
//! fmt → translations (`i18n check`) → clippy (native and wasm, `-D
//! warnings`) → native tests → browser tests (wasm-bindgen-test in headless
//! Chromium) → `dist/` build → end-to-end tests (Node + playwright-core
//! against `dist/`) → the smoke suite in Firefox ESR and WebKitGTK
//! (`e2e/engines/`). Stops at the first failure.

use std::process::Command;
use std::time::Instant;

use crate::tools::{self, CHROMEDRIVER, FIREFOX, WASM_TARGET};
use crate::util::{output, run as exec};
use crate::{dist, preview};

/// Runs all steps (`cargo xtask test`) and prints how long each took.
pub fn run() -> Result<(), String> {
    tools::ensure_for_build()?;
    tools::ensure_browser()?;
    tools::ensure_engines()?;
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
        let report = crate::i18n::check_dir(&crate::util::root().join("i18n"))?;
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
    step("end-to-end (Firefox, WebKit)", &mut || {
        println!("engines: {}; {}", firefox_version(), webkit_version());
        // One file per engine, one after the other (2 cores); node exits non-zero when a
        // case fails in either. The names keep them out of `node --test e2e/` above.
        exec(Command::new("node").args([
            "--test",
            "--test-concurrency=1",
            "--test-reporter=spec",
            "e2e/engines/firefox.smoke.mjs",
            "e2e/engines/webkit.smoke.mjs",
        ]))
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

/// `firefox-esr --version`, e.g. "Mozilla Firefox 153.8.0esr".
fn firefox_version() -> String {
    output(Command::new(FIREFOX).arg("--version"))
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| format!("{FIREFOX} --version failed"))
}

/// The installed WebKitGTK (the package MiniBrowser comes from), e.g. "WebKitGTK 2.50.6-1~deb12u2".
fn webkit_version() -> String {
    output(Command::new("dpkg-query").args(["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]))
        .map(|v| format!("WebKitGTK {}", v.trim()))
        .unwrap_or_else(|| {
            "WebKitGTK (version unknown: dpkg-query found no libwebkit2gtk-4.1-0)".into()
        })
}
