//! The new-locale trial: proves that a new locale really is "one folder plus
//! one line in `src/l10n/locales.rs`", as the READMEs promise.
//!
//! In a copy of the repository (cargo's target dir, `locale-trial/`), it
//! adds a throwaway locale exactly as a translator would — the folder
//! `i18n/<tag>/` with a complete `notice.ftl`, and one line in `locales.rs` —
//! then runs everything that depends on the list of locales: the translation
//! check, the native locale tests, the `dist/` and preview builds, and the
//! end-to-end tests that walk every locale. A test that hard-codes the
//! locales, or a page that lists them by hand, fails here.
//!
//! The copy builds into a target dir of its own (several GB), which is
//! removed when the trial passes and kept when it fails, to look into.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{output, root, run_in, target_dir};

/// Tags the trial may borrow: the first one that does not ship is used.
const CANDIDATES: &[&str] = &["fr", "es", "it", "nl", "sv", "cs", "el"];
/// The trial locale's name in `locales.rs` (and so in language switchers).
const TRIAL_NAME: &str = "Trial locale";
/// Native test files that depend on the list of locales.
const NATIVE_TESTS: &[&str] = &["locales", "negotiation", "ssr", "fallback", "pseudo"];
/// End-to-end test files that depend on the list of locales.
const E2E_TESTS: &[&str] = &[
    "e2e/locales.test.mjs",
    "e2e/embedding.test.mjs",
    "e2e/negotiation.test.mjs",
    "e2e/demo.test.mjs",
    "e2e/preview.test.mjs",
    "e2e/text-size.test.mjs",
];

/// Runs the trial; `Err` says which step failed for the throwaway locale.
pub fn run() -> Result<(), String> {
    let tag = CANDIDATES
        .iter()
        .copied()
        .find(|tag| member_notice::l10n::locale_by_tag(tag).is_none())
        .ok_or("every candidate tag ships already; add another to CANDIDATES")?;
    let base = target_dir().join("locale-trial");
    let copy = base.join("repo");
    copy_repository(&copy)?;
    add_locale(&copy, tag)?;
    println!("locale trial: added `{tag}` in {}", copy.display());

    let cargo = |args: &[&str]| {
        let mut command = Command::new("cargo");
        command
            .args(args)
            .env("CARGO_TARGET_DIR", base.join("target"));
        command
    };
    run_in(
        &copy,
        &mut cargo(&["run", "--quiet", "-p", "xtask", "--", "i18n", "check"]),
    )?;
    let mut native = vec!["test", "--package", "member-notice"];
    for test in NATIVE_TESTS {
        native.extend(["--test", test]);
    }
    run_in(&copy, &mut cargo(&native))?;
    run_in(
        &copy,
        &mut cargo(&["run", "--quiet", "-p", "xtask", "--", "dist"]),
    )?;
    run_in(
        &copy,
        &mut cargo(&["run", "--quiet", "-p", "xtask", "--", "preview"]),
    )?;

    cost_per_locale(&root().join("dist"), &copy.join("dist"), tag)?;
    let manifest = fs::read_to_string(copy.join("dist/manifest.json"))
        .map_err(|e| format!("the trial build wrote no manifest: {e}"))?;
    if !manifest.contains(&format!("\"{tag}\"")) {
        return Err(format!(
            "the trial locale `{tag}` is missing from the build's manifest.json"
        ));
    }
    run_in(
        &copy,
        Command::new("node")
            .args(["--test", "--test-concurrency=1"])
            .args(E2E_TESTS)
            .env(
                "MEMBER_NOTICE_PREVIEW_DIR",
                base.join("target").join("preview"),
            )
            // Some tests run `cargo xtask`: into the trial's target, not a third one.
            .env("CARGO_TARGET_DIR", base.join("target")),
    )
    .map_err(|e| format!("{e} with the trial locale `{tag}` added"))?;
    // Only a passing trial is removed: a failing one is kept to look into.
    fs::remove_dir_all(&base).map_err(|e| format!("cannot remove {}: {e}", base.display()))
}

/// The most a locale may add to the loader, in brotli bytes: its tag and
/// the integrity hash of its file (44 characters of base64, which do not
/// compress), and little else.
const MAX_LOADER_BYTES_PER_LOCALE: isize = 48;

/// Reports what one more locale costs every member (the loader and the wasm
/// of `with`, the trial's build, against `without`, the repository's own);
/// `Err` when the loader grew by more than [`MAX_LOADER_BYTES_PER_LOCALE`].
fn cost_per_locale(without: &Path, with: &Path, tag: &str) -> Result<(), String> {
    let brotli = |dist: &Path, pick: &dyn Fn(&str) -> bool| -> Result<isize, String> {
        let entries =
            fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if pick(&name) {
                let bytes = fs::read(entry.path())
                    .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
                return Ok(crate::size::measure(&name, &bytes).brotli as isize);
            }
        }
        Err(format!(
            "{} has no such file: build dist/ first",
            dist.display()
        ))
    };
    let loader = |name: &str| name == crate::dist::ENTRY;
    let wasm = |name: &str| name.ends_with(".wasm");
    let loader_cost = brotli(with, &loader)? - brotli(without, &loader)?;
    let wasm_cost = brotli(with, &wasm)? - brotli(without, &wasm)?;
    println!(
        "locale trial: `{tag}` costs every first view {loader_cost:+} bytes brotli in the loader \
         and {wasm_cost:+} in the wasm"
    );
    if loader_cost > MAX_LOADER_BYTES_PER_LOCALE {
        return Err(format!(
            "one more locale (`{tag}`) adds {loader_cost} bytes brotli to member-notice.js, more \
             than the {MAX_LOADER_BYTES_PER_LOCALE} its tag and file hash need: every member pays \
             for each shipped locale, so keep per-locale data out of the loader"
        ));
    }
    Ok(())
}

/// Copies the files git knows (tracked, or new and not ignored) to `to`.
fn copy_repository(to: &Path) -> Result<(), String> {
    if to.exists() {
        fs::remove_dir_all(to).map_err(|e| format!("cannot clear {}: {e}", to.display()))?;
    }
    let listed = output(Command::new("git").args([
        "ls-files",
        "--cached",
        "--others",
        "--exclude-standard",
        "-z",
    ]))
    .ok_or("the locale trial copies the repository with `git ls-files`: is this a git checkout?")?;
    let root = root();
    for name in listed.split('\0').filter(|n| !n.is_empty()) {
        let from = root.join(name);
        if !from.is_file() {
            continue; // deleted in the work tree, not yet committed
        }
        let target = to.join(name);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::copy(&from, &target).map_err(|e| format!("cannot copy {name}: {e}"))?;
    }
    Ok(())
}

/// Adds `tag` as the READMEs say: a folder with a complete `notice.ftl`
/// (the English text) and one line in `src/l10n/locales.rs`.
fn add_locale(copy: &Path, tag: &str) -> Result<(), String> {
    let folder = copy.join("i18n").join(tag);
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    fs::copy(copy.join("i18n/en/notice.ftl"), folder.join("notice.ftl"))
        .map_err(|e| format!("cannot copy the English file for `{tag}`: {e}"))?;

    let registry: PathBuf = copy.join("src/l10n/locales.rs");
    let text = fs::read_to_string(&registry)
        .map_err(|e| format!("cannot read {}: {e}", registry.display()))?;
    let (at, indent) = last_entry(&text).ok_or(
        "src/l10n/locales.rs has no `\"<tag>\" => (\"<name>\", Ltr),` lines any more; \
         the READMEs' steps to add a locale (and this trial) need updating with it",
    )?;
    let line = format!("{indent}\"{tag}\" => (\"{TRIAL_NAME}\", Ltr),\n");
    let text = format!("{}{line}{}", &text[..at], &text[at..]);
    fs::write(&registry, text).map_err(|e| format!("cannot write {}: {e}", registry.display()))
}

/// Where the line after the last `"tag" => ("name", Dir),` entry starts, and
/// that entry's indentation.
fn last_entry(text: &str) -> Option<(usize, &str)> {
    let mut found = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let is_entry = trimmed.starts_with('"')
            && trimmed.contains("\" => (\"")
            && (trimmed.trim_end().ends_with("Ltr),") || trimmed.trim_end().ends_with("Rtl),"));
        offset += line.len();
        if is_entry {
            found = Some((offset, &line[..line.len() - trimmed.len()]));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::last_entry;

    #[test]
    fn the_new_line_goes_after_the_last_entry_with_its_indentation() {
        let text =
            "locales! {\n    \"de\" => (\"Deutsch\", Ltr),\n    \"ar\" => (\"العربية\", Rtl),\n}\n";
        let (at, indent) = last_entry(text).unwrap();
        assert_eq!(&text[at..], "}\n");
        assert_eq!(indent, "    ");
        assert_eq!(last_entry("no entries here\n"), None);
    }
}
