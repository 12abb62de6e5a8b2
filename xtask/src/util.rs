//! Small helpers shared by the commands: running programs, finding the repo.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Cargo's target directory as cargo itself resolves it: `CARGO_TARGET_DIR`,
/// `build.target-dir` in a config file, or `<root>/target`. CI caches often
/// move it, so build outputs are looked up here, never at `target/`.
pub fn target_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        output(Command::new("cargo").args(["metadata", "--format-version", "1", "--no-deps"]))
            .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok())
            .and_then(|meta| meta["target_directory"].as_str().map(PathBuf::from))
            .unwrap_or_else(|| root().join("target"))
    })
    .clone()
}

/// Runs `command` in the repo root, streaming its output; an error names the
/// command when it cannot start or exits non-zero.
pub fn run(command: &mut Command) -> Result<(), String> {
    run_in(&root(), command)
}

/// [`run`] in another folder (the locale trial's copy of the repository).
pub fn run_in(dir: &Path, command: &mut Command) -> Result<(), String> {
    command.current_dir(dir);
    let shown = describe(command);
    println!("$ {shown}");
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs `command` and returns its standard output, or `None` when it cannot
/// start or fails (used to probe for tools).
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.current_dir(root()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The command line as a person would type it.
fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The system clock in Unix milliseconds, as the widget reads `Date.now()`:
/// which of a config's planned phases is in effect now.
pub fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
