//! `cargo xtask fuzz [--seconds N] [target...]`: coverage-guided fuzzing,
//! with cargo-fuzz (libFuzzer), of what the widget reads from outside:
//! configs and mount options, translation files, language tags.
//!
//! Why, beside the property tests (`tests/properties.rs`): proptest draws
//! inputs from generators a person wrote; libFuzzer watches which branches
//! an input reaches, keeps those that reach new ones and mutates them, so it
//! gets past the JSON and Fluent parsers' first syntax error into the checks
//! behind them, and its corpus keeps what it learned for the next run. The
//! targets (`fuzz/fuzz_targets/`) hold the property tests' invariants: no
//! panic, no markup, always a notice; `nesting` holds the nesting scanner to
//! the parser it guards.
//!
//! Every target runs its body on a thread with the wasm's stack (1 MiB,
//! `tests/wasm_stack/`): on the 8 MB of libFuzzer's own thread, input nested
//! a few thousand levels deep fits that traps the module in the browser
//! (security review 2026-12, L2). libFuzzer itself seldom builds input that
//! deep (10 minutes reached about 100 levels; the old check needed about
//! 1,000 to overflow): the property tests' nested generator covers that.
//!
//! libFuzzer's instrumentation needs nightly: the one the release wasm is
//! pinned to ([`release_build::TOOLCHAIN`]), so a machine installs one
//! nightly, not two. cargo-fuzz comes from crates.io when missing. The build
//! goes to `<target dir>/fuzz`; each target reads its checked-in seeds
//! (`fuzz/seeds/<target>/`) and its working corpus (`fuzz/corpus/<target>/`,
//! ignored by git and also where a plain `cargo fuzz run` looks), writes new
//! inputs to the latter and a crashing input to `fuzz/artifacts/<target>/`.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::release_build::{self, TOOLCHAIN};
use crate::util::{output, root, run, target_dir};

/// The fuzz targets, as named in `fuzz/Cargo.toml`.
pub const TARGETS: &[&str] = &["config", "ftl", "nesting", "negotiation", "parse"];

/// Seconds per target for `cargo xtask fuzz` without `--seconds`.
pub const DEFAULT_SECONDS: u64 = 60;

/// No sanitizer: the crates' own code is safe Rust, where AddressSanitizer
/// (cargo-fuzz's default) finds nothing a panic does not, and it made the
/// `ftl` target seven times slower. Build and run must agree, or `run`
/// rebuilds.
const SANITIZER: [&str; 2] = ["--sanitizer", "none"];

/// An input that takes longer than this, in seconds, counts as a crash (a
/// hang), instead of libFuzzer's default of 20 minutes.
const TIMEOUT_SECONDS: u64 = 10;

/// `cargo xtask fuzz [--seconds N] [target...]`.
pub fn run_command(args: &[String]) -> Result<(), String> {
    let (seconds, targets) = parse_args(args)?;
    fuzz(seconds, &targets)
}

/// Fuzzes each of `targets` for `seconds`, then prints a table of the
/// executions; fails when a target found a crashing input, naming it.
pub fn fuzz(seconds: u64, targets: &[&str]) -> Result<(), String> {
    ensure()?;
    let build_dir = target_dir().join("fuzz");
    // One build of every target first, its progress shown; `cargo fuzz run`
    // then finds them up to date.
    run(&mut cargo_fuzz("build", &build_dir))?;
    let shown_dir = build_dir.strip_prefix(root()).unwrap_or(&build_dir);
    let mut results = Vec::new();
    for &target in targets {
        results.push((target, run_target(target, seconds, &build_dir)?));
    }
    println!("\nfuzzing, {seconds} s per target:\n{}", table(&results));
    let crashes: Vec<String> = results
        .iter()
        .filter_map(|(target, outcome)| outcome.crash.as_ref().map(|c| (target, c)))
        .map(|(target, crash)| {
            format!(
                "fuzz target `{target}` crashed on {input} — add the input as a regression \
                 test (tests/fuzz_regressions.rs); replay it with \
                 `cargo +{TOOLCHAIN} fuzz run {sanitizer} --target-dir {dir} {target} {input}`",
                input = crash.display(),
                sanitizer = SANITIZER.join(" "),
                dir = shown_dir.display(),
            )
        })
        .collect();
    if crashes.is_empty() {
        Ok(())
    } else {
        Err(crashes.join("\n"))
    }
}

/// Installs what fuzzing needs and skips what is there: the pinned nightly
/// (with `MEMBER_NOTICE_STABLE_WASM=1` that installs nothing, and rustup
/// names the missing toolchain) and cargo-fuzz.
pub fn ensure() -> Result<(), String> {
    release_build::ensure()?;
    if output(Command::new("cargo").args(["fuzz", "--version"])).is_some() {
        return Ok(());
    }
    println!("xtask: installing cargo-fuzz (a few minutes, once)");
    run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))
        .map_err(|e| format!("{e}; install it with `cargo install cargo-fuzz --locked`"))
}

/// `cargo +<nightly> fuzz <subcommand>`, with [`SANITIZER`] and the build
/// in `build_dir`.
fn cargo_fuzz(subcommand: &str, build_dir: &Path) -> Command {
    let mut command = Command::new("cargo");
    command
        .arg(format!("+{TOOLCHAIN}"))
        // The outer `cargo run` may have set these for the stable toolchain.
        .env_remove("RUSTC")
        .env_remove("RUSTDOC")
        .env_remove("RUSTUP_TOOLCHAIN")
        .args(["fuzz", subcommand])
        .args(SANITIZER)
        .arg("--target-dir")
        .arg(build_dir);
    command
}

/// How one target's run went.
#[derive(Debug, Default, PartialEq)]
struct Outcome {
    /// Inputs run (libFuzzer's `stat::number_of_executed_units`).
    executions: Option<u64>,
    /// Inputs run per second.
    per_second: Option<u64>,
    /// Inputs added to the corpus for reaching new code.
    new_inputs: Option<u64>,
    /// The input that crashed (or hung) the target, if any.
    crash: Option<PathBuf>,
}

/// Fuzzes `target` for `seconds`, its output in a log under `build_dir`.
fn run_target(target: &str, seconds: u64, build_dir: &Path) -> Result<Outcome, String> {
    let root = root();
    let corpus = root.join("fuzz/corpus").join(target);
    let seeds = root.join("fuzz/seeds").join(target);
    let logs = build_dir.join("logs");
    for dir in [&corpus, &logs] {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let log_path = logs.join(format!("{target}.log"));
    let log = File::create(&log_path)
        .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .map_err(|e| format!("cannot write {}: {e}", log_path.display()))?;
    println!(
        "\n==> fuzzing `{target}` for {seconds} s (log: {})",
        log_path.display()
    );
    // The working corpus first: libFuzzer writes new inputs to the first folder.
    let status = cargo_fuzz("run", build_dir)
        .arg(target)
        .arg(&corpus)
        .arg(&seeds)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-timeout={TIMEOUT_SECONDS}"))
        .arg("-print_final_stats=1")
        .current_dir(&root)
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err)
        .status()
        .map_err(|e| format!("could not start cargo fuzz: {e}"))?;
    let text = fs::read_to_string(&log_path)
        .map_err(|e| format!("cannot read {}: {e}", log_path.display()))?;
    let mut outcome = outcome(&text);
    if status.success() {
        outcome.crash = None;
    } else {
        // libFuzzer's lines about the crash: the panic message, the stack, the file.
        print!("{}", crash_excerpt(&text));
        let crash = outcome.crash.as_mut().ok_or_else(|| {
            format!(
                "cargo fuzz run {target} failed ({status}) without a crashing input; see {}",
                log_path.display()
            )
        })?;
        if let Ok(relative) = crash.strip_prefix(&root) {
            *crash = relative.to_path_buf();
        }
    }
    println!(
        "{target}: {} executions",
        outcome.executions.map_or("?".into(), |n| n.to_string())
    );
    Ok(outcome)
}

/// Reads libFuzzer's output: the final stats (`-print_final_stats=1`), or
/// else the last status line (`#1234 DONE …`), and a crash file's path.
fn outcome(log: &str) -> Outcome {
    let stat = |name: &str| {
        log.lines().rev().find_map(|l| {
            l.trim()
                .strip_prefix(name)?
                .strip_prefix(':')?
                .trim()
                .parse()
                .ok()
        })
    };
    let last_status = log
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix('#')?.split_whitespace().next()?.parse().ok());
    Outcome {
        executions: stat("stat::number_of_executed_units").or(last_status),
        per_second: stat("stat::average_exec_per_sec"),
        new_inputs: stat("stat::new_units_added"),
        crash: log
            .lines()
            .filter_map(|l| l.split("Test unit written to ").nth(1))
            .map(|path| PathBuf::from(path.trim()))
            // A slow input is reported, not a failure.
            .rfind(|path| {
                !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("slow-unit-"))
            }),
    }
}

/// The part of a failed run's log that explains it: from the panic (or
/// libFuzzer's error) on, at most 40 lines.
fn crash_excerpt(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    let start = lines
        .iter()
        .position(|l| {
            ["panicked at", "ERROR: libFuzzer", "==ERROR:"]
                .iter()
                .any(|mark| l.contains(mark))
        })
        .unwrap_or(lines.len().saturating_sub(40));
    let mut excerpt: String = lines[start..]
        .iter()
        .take(40)
        .map(|l| format!("  {l}\n"))
        .collect();
    if lines.len() > start + 40 {
        excerpt.push_str("  …\n");
    }
    excerpt
}

/// The summary table: one row per target.
fn table(results: &[(&str, Outcome)]) -> String {
    let number = |n: Option<u64>| n.map_or("?".into(), |n| n.to_string());
    let mut out = format!(
        "  {:<12} {:>12} {:>12} {:>11}  result\n",
        "target", "executions", "per second", "new inputs"
    );
    for (target, outcome) in results {
        out.push_str(&format!(
            "  {target:<12} {:>12} {:>12} {:>11}  {}\n",
            number(outcome.executions),
            number(outcome.per_second),
            number(outcome.new_inputs),
            if outcome.crash.is_some() {
                "CRASH"
            } else {
                "ok"
            }
        ));
    }
    out
}

/// `[--seconds N] [target...]`: the seconds per target and the targets
/// (all of them when none is named).
fn parse_args(args: &[String]) -> Result<(u64, Vec<&'static str>), String> {
    let mut seconds = DEFAULT_SECONDS;
    let mut targets = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--seconds") {
            Some("") => args.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => {
                let known = TARGETS
                    .iter()
                    .find(|t| **t == arg.as_str())
                    .ok_or_else(|| {
                        format!(
                            "unknown fuzz target `{arg}`; the targets are {}",
                            TARGETS.join(", ")
                        )
                    })?;
                if !targets.contains(known) {
                    targets.push(*known);
                }
                continue;
            }
        };
        seconds = value
            .and_then(|v| v.parse().ok())
            .filter(|&s| s > 0)
            .ok_or("--seconds takes a whole number of seconds above 0")?;
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    Ok((seconds, targets))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments_name_seconds_and_targets() {
        assert_eq!(parse_args(&[]), Ok((DEFAULT_SECONDS, TARGETS.to_vec())));
        assert_eq!(
            parse_args(&args(&["--seconds", "5", "ftl"])),
            Ok((5, vec!["ftl"]))
        );
        assert_eq!(
            parse_args(&args(&["negotiation", "--seconds=7", "config", "config"])),
            Ok((7, vec!["negotiation", "config"]))
        );
        for bad in [
            &["--seconds"][..],
            &["--seconds", "0"],
            &["--seconds=x"],
            &["xml"],
        ] {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_clean_run_gives_its_final_stats() {
        let log = "#2\tINITED cov: 10 ft: 10 corp: 1/1b exec/s: 0 rss: 30Mb\n\
                   #52311\tDONE   cov: 90 ft: 200 corp: 40/1Kb lim: 4 exec/s: 2615 rss: 60Mb\n\
                   Done 52311 runs in 21 second(s)\n\
                   stat::number_of_executed_units: 52311\n\
                   stat::average_exec_per_sec:     2491\n\
                   stat::new_units_added:          38\n";
        assert_eq!(
            outcome(log),
            Outcome {
                executions: Some(52311),
                per_second: Some(2491),
                new_inputs: Some(38),
                crash: None,
            }
        );
    }

    #[test]
    fn a_crash_names_its_input_and_not_a_slow_one() {
        let log = "#1000\tNEW    cov: 5\n\
                   Slowest unit: 3 s:\n\
                   artifact_prefix='/r/fuzz/artifacts/ftl/'; Test unit written to /r/fuzz/artifacts/ftl/slow-unit-aa\n\
                   thread '<unnamed>' panicked at fuzz_targets/ftl.rs:20:9:\n\
                   ==1== ERROR: libFuzzer: deadly signal\n\
                   artifact_prefix='/r/fuzz/artifacts/ftl/'; Test unit written to /r/fuzz/artifacts/ftl/crash-bb\n";
        let outcome = outcome(log);
        assert_eq!(outcome.executions, Some(1000));
        assert_eq!(
            outcome.crash,
            Some(PathBuf::from("/r/fuzz/artifacts/ftl/crash-bb"))
        );
        assert!(crash_excerpt(log).starts_with("  thread '<unnamed>' panicked"));
    }
}
