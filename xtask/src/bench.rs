//! `cargo xtask bench`: builds `dist/` and measures, in headless Chromium,
//! how soon the notice is visible and interactive against the same text as
//! static HTML — unthrottled and on a slow-phone profile — plus the bytes a
//! first view costs. The numbers are reported, never enforced (timings vary
//! by machine); `tools/bench.mjs` does the measuring, the report goes to
//! `<target dir>/bench.md`.

use std::process::Command;

use crate::util::{run, target_dir};
use crate::{dist, tools};

/// Runs the bench.
pub fn run_bench(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!(
            "bench takes no arguments, not `{extra}` (MEMBER_NOTICE_BENCH_RUNS=N sets the runs)"
        ));
    }
    tools::ensure_for_build()?;
    tools::ensure_browser()?;
    dist::build()?;
    let out = target_dir().join("bench.md");
    println!();
    run(Command::new("node")
        .arg("tools/bench.mjs")
        .env("MEMBER_NOTICE_BENCH_OUT", &out))?;
    println!("\nwritten to {}", out.display());
    Ok(())
}
