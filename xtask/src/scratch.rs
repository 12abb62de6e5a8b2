//! Temporary folders for the browsers the tests start, inside cargo's target
//! dir and removed again.
//!
//! Why: chromedriver gives every session a 32 MB profile under `$TMPDIR`
//! (`org.chromium.Chromium.scoped_dir.*`), and `wasm-bindgen-test-runner`
//! ends chromedriver without closing the session, so the profile is never
//! deleted. One `cargo xtask test` starts about a hundred sessions (each
//! browser test alone, in four orders): without this, every run left some
//! 2–3 GB in `/tmp`, until a machine's disk was full and CI failed with "No
//! space left on device". Pointing `TMPDIR` at a [`Scratch`] keeps all of it
//! in one folder that goes away when the step ends, also after a failure.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::util::target_dir;

/// A fresh folder under `<target>/scratch/`, removed with everything in it when
/// dropped. Its name carries this process's id, so [`sweep_stale`] can tell
/// the folders of a run that was killed from those of a run still going.
pub struct Scratch(PathBuf);

impl Scratch {
    /// Creates `<target>/scratch/<purpose>-<pid>-<n>`.
    pub fn new(purpose: &str) -> Result<Scratch, String> {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir = base().join(format!("{purpose}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(Scratch(dir))
    }

    /// The folder, to hand to a child process as `TMPDIR`.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Best effort: a browser still shutting down may hold a file a moment longer,
        // and the next run's `sweep_stale` removes what is left.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Removes the scratch folders of xtask processes that no longer run (a run
/// stopped by Ctrl-C or a killed CI job never drops its [`Scratch`]).
pub fn sweep_stale() {
    let Ok(entries) = std::fs::read_dir(base()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if owner_pid(&name).is_some_and(|pid| !Path::new(&format!("/proc/{pid}")).exists()) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn base() -> PathBuf {
    target_dir().join("scratch")
}

/// The process id in a scratch folder's name `<purpose>-<pid>-<n>`.
fn owner_pid(name: &str) -> Option<u32> {
    let mut parts = name.rsplitn(3, '-');
    let _n: u32 = parts.next()?.parse().ok()?;
    let pid = parts.next()?.parse().ok()?;
    parts.next().filter(|purpose| !purpose.is_empty())?;
    Some(pid)
}

#[cfg(test)]
mod tests {
    use super::owner_pid;

    #[test]
    fn the_owner_is_read_from_the_name() {
        assert_eq!(owner_pid("browser-1234-0"), Some(1234));
        assert_eq!(owner_pid("test-run-77-12"), Some(77));
        assert_eq!(owner_pid("browser-x-0"), None);
        assert_eq!(owner_pid("1234-0"), None);
        assert_eq!(owner_pid("something-else"), None);
    }

    #[test]
    fn a_scratch_folder_is_gone_after_drop() {
        let scratch = super::Scratch::new("xtask-unit").unwrap();
        let path = scratch.path().to_path_buf();
        std::fs::write(path.join("profile"), b"32 MB, in real life").unwrap();
        drop(scratch);
        assert!(!path.exists(), "{} is still there", path.display());
    }
}
