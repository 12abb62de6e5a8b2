//! `cargo xtask bench`: builds `dist/`, then `tools/bench.mjs` measures in
//! headless Chromium how soon the notice is visible and live against the same
//! text as static HTML (slow phone for every locale, unthrottled desktop for
//! German), the layout shift on a portal page, memory after render and the
//! first view's bytes, and runs Lighthouse on the demo portal page as
//! `cargo xtask serve` serves it (started here, in-process, on a free port).
//! The numbers are reported, never enforced (timings vary by machine); the
//! report goes to `<target dir>/bench.md`.

use std::process::Command;

use crate::serve::{self, Site};
use crate::util::{run, target_dir};
use crate::{dist, tools};

/// Runs the bench.
pub fn run_bench(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!(
            "bench takes no arguments, not `{extra}` (MEMBER_NOTICE_BENCH_RUNS=N sets the cold \
             loads per case, MEMBER_NOTICE_BENCH_LIGHTHOUSE_RUNS=N the Lighthouse runs, 0 skips them)"
        ));
    }
    tools::ensure_for_build()?;
    tools::ensure_browser()?;
    dist::build()?;
    let out = target_dir().join("bench.md");
    println!("\ncompressing dist/ for the demo server (brotli 11, once) …");
    let demo = serve::start(Site::repository(), 0, true)?;
    println!();
    run(Command::new("node")
        .arg("tools/bench.mjs")
        .env("MEMBER_NOTICE_BENCH_OUT", &out)
        .env("MEMBER_NOTICE_BENCH_DEMO", &demo.origin))?;
    println!("\nwritten to {}", out.display());
    Ok(())
}
