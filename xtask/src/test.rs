//! `cargo xtask test`: every check, in the order a failure is cheapest to see.
//!
//! fmt → translations (`i18n check`, then Mozilla's compare-locales with
//! `l10n.toml`) → the types (`types`: tsc and the drift check) → clippy (native and wasm, `-D
//! warnings`) → native tests → a few seconds of fuzzing per target (`fuzz`)
//! → browser tests (wasm-bindgen-test in headless Chromium, in several
//! orders and each alone) → `dist/`, preview and the test-only panic release
//! → end-to-end tests (Node + playwright-core against `dist/`, files in a
//! shuffled order) →
//! the smoke suite in Firefox ESR and WebKitGTK (`e2e/engines/`) → the
//! new-locale trial (`locale_trial`). Stops at the first failure. The
//! shuffle's seed is printed; set `MEMBER_NOTICE_TEST_SEED` to replay an order.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::test_order::{self, Order};
use crate::tools::{self, CHROMEDRIVER, FIREFOX, WASM_TARGET};
use crate::util::{root, run as exec};
use crate::{dist, preview};

/// Runs all steps (`cargo xtask test`) and prints how long each took.
pub fn run() -> Result<(), String> {
    tools::ensure_for_build()?;
    tools::ensure_browser()?;
    tools::ensure_engines()?;
    // Every browser, driver and profile this run starts writes its temporary files in
    // here, and they go with it (see `scratch`).
    crate::scratch::sweep_stale();
    let scratch = crate::scratch::Scratch::new("test")?;
    // Set before any thread starts, for every child process below.
    std::env::set_var("TMPDIR", scratch.path());
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
    step("compare-locales", &mut crate::compare_locales::run)?;
    step("types", &mut crate::types::check)?;
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
    // A few seconds per target: what the saved corpus covers still holds, and
    // new inputs accumulate over runs (`cargo xtask fuzz` fuzzes longer).
    let fuzz_seconds = 5;
    step(
        &format!("fuzzing ({fuzz_seconds} s per target)"),
        &mut || crate::fuzz::fuzz(fuzz_seconds, crate::fuzz::TARGETS),
    )?;
    let seed = test_order::seed();
    println!("\ntest order seed: {seed} (replay with MEMBER_NOTICE_TEST_SEED={seed})");
    for order in [
        Order::Linked,
        Order::Reversed,
        Order::Shuffled(seed),
        Order::Alone,
    ] {
        step(&format!("browser tests ({})", order.as_arg()), &mut || {
            browser_tests(order)
        })?;
    }
    let mut sizes = Vec::new();
    step("dist + preview + panic build", &mut || {
        sizes = dist::build()?;
        preview::build()?;
        dist::build_panic_test()
    })?;
    step("size budget", &mut || {
        crate::budget::check(&sizes).map(|report| print!("{report}"))
    })?;
    step("end-to-end tests", &mut || {
        let files = shuffled_e2e_files(seed)?;
        exec(
            Command::new("node")
                .args(["--test", "--test-concurrency=1"])
                .args(&files)
                .env("MEMBER_NOTICE_PREVIEW_DIR", preview::out_dir())
                .env("MEMBER_NOTICE_PANIC_DIST_DIR", dist::panic_test_dir()),
        )
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
    step("new-locale trial", &mut crate::locale_trial::run)?;
    println!(
        "\nAll checks passed in {:.0} s:",
        started.elapsed().as_secs_f64()
    );
    for (name, secs) in timings {
        println!("  {name:<28} {secs:>6.1} s");
    }
    Ok(())
}

/// The browser tests (`tests/browser*.rs`) in `order`, through
/// [`test_order::runner`] as cargo's wasm32 runner.
fn browser_tests(order: Order) -> Result<(), String> {
    let xtask = runner_copy()?;
    let xtask = xtask.to_string_lossy();
    // Cargo splits this variable at spaces (and it overrides .cargo/config.toml).
    if xtask.contains(char::is_whitespace) {
        return Err(format!(
            "the path {xtask} has a space, which cargo's runner setting cannot hold; \
             build in a folder without spaces (CARGO_TARGET_DIR)"
        ));
    }
    exec(
        Command::new("cargo")
            .args([
                "test",
                "--package",
                "member-notice",
                "--target",
                WASM_TARGET,
            ])
            .args(["--test", "browser", "--test", "browser_embed"])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                format!("{xtask} browser-test-runner {}", order.as_arg()),
            )
            .env("CHROMEDRIVER", CHROMEDRIVER),
    )
}

/// A copy of this xtask binary to serve as cargo's runner: the native test
/// step rebuilds `target/debug/xtask` under the running process (xtask's CLI
/// tests need it), so the path this process started from may be gone.
fn runner_copy() -> Result<PathBuf, String> {
    let running = Path::new("/proc/self/exe");
    let source = if running.exists() {
        running.to_path_buf()
    } else {
        std::env::current_exe().map_err(|e| format!("cannot find xtask itself: {e}"))?
    };
    let dir = crate::util::target_dir().join("browser-test-runner");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let copy = dir.join("xtask");
    // Removed first, so a run still using an older copy keeps its own file.
    let _ = std::fs::remove_file(&copy);
    std::fs::copy(&source, &copy)
        .map_err(|e| format!("cannot copy xtask to {}: {e}", copy.display()))?;
    Ok(copy)
}

/// The end-to-end test files (`e2e/**/*.test.mjs`), shuffled by `seed`, so
/// over many runs no file depends on running after another.
fn shuffled_e2e_files(seed: u64) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    collect_tests(&root().join("e2e"), &mut files)?;
    files.sort();
    test_order::shuffle(&mut files, seed);
    let names: Vec<_> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    println!("end-to-end file order: {}", names.join(" "));
    Ok(files)
}

fn collect_tests(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() && name != "fixtures" {
            collect_tests(&path, files)?;
        } else if name.ends_with(".test.mjs") {
            files.push(path);
        }
    }
    Ok(())
}

/// `firefox-esr --version`, e.g. "Mozilla Firefox 153.8.0esr".
fn firefox_version() -> String {
    tools::firefox_version()
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| format!("{FIREFOX} --version failed"))
}

/// The installed WebKitGTK (the package MiniBrowser comes from), e.g. "WebKitGTK 2.50.6-1~deb12u2".
fn webkit_version() -> String {
    tools::webkit_version()
        .map(|v| format!("WebKitGTK {}", v.trim()))
        .unwrap_or_else(|| {
            "WebKitGTK (version unknown: dpkg-query found no libwebkit2gtk-4.1-0)".into()
        })
}
