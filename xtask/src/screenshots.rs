//! `cargo xtask screenshots`: every locale × variant × theme as a PNG, for
//! reviewers who check all languages at a glance.
//!
//! Builds `dist/`, then runs `tools/screenshots.mjs` (Node, playwright-core,
//! Debian's headless Chromium), which writes
//! `target/screenshots/<locale>-<variant>-<theme>.png` and a contact sheet,
//! `target/screenshots/index.html` (in cargo's target directory, wherever
//! `CARGO_TARGET_DIR` puts it). The page it photographs is
//! `tools/screenshot-page.html`.

use std::process::Command;

use crate::util::{root, run, target_dir};
use crate::{dist, tools};

/// The Node script that drives the browser.
const SCRIPT: &str = "tools/screenshots.mjs";

/// Installs what is missing, builds `dist/` and takes the screenshots.
pub fn run_all(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!("screenshots takes no arguments, not `{extra}`"));
    }
    tools::ensure_for_build()?;
    tools::ensure_browser()?;
    dist::build()?;
    if !root().join(SCRIPT).is_file() {
        return Err(format!("{SCRIPT} is missing"));
    }
    println!();
    let out = target_dir().join("screenshots");
    run(Command::new("node")
        .arg(SCRIPT)
        .env("MEMBER_NOTICE_SCREENSHOTS_DIR", &out))
    .map_err(|e| {
        format!(
            "{e}; the lines starting with `screenshots: error:` above say which notice failed \
             ({} lists them too)",
            out.join("index.html").display()
        )
    })
}
