//! The new-locale trial: proves that a new locale really is "one folder plus
//! one line in `src/l10n/locales.rs`", as the READMEs promise.
//!
//! In a copy of the repository (cargo's target dir, `locale-trial/`), it
//! adds two throwaway locales exactly as a translator would — for each the
//! folder `i18n/<tag>/` with a complete `notice.ftl`, one line in
//! `locales.rs` and its tag in `l10n.toml` — one written left to right (the
//! English text) and one right to left (the Arabic text, registered `Rtl`),
//! then runs everything that depends on the list of locales, once for both:
//! the translation check, the native locale tests, the `dist/` and preview
//! builds (one build), the direction of each prerendered notice, and the
//! end-to-end tests that walk every locale. A test that hard-codes the
//! locales or which of them is right to left, or a page that lists them by
//! hand, fails here.
//!
//! The copy builds into a target dir of its own (several GB), which is
//! removed when the trial passes and kept when it fails, to look into.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{output, root, run_in, target_dir};

/// The two trial locales: tags they may borrow (the first that does not
/// ship is used), their name in `locales.rs` (and so in language
/// switchers), their direction there, and the shipped locale whose text
/// they copy.
const TRIALS: &[Trial] = &[
    Trial {
        candidates: &["fr", "es", "nl", "sv", "cs", "pt", "da"],
        name: "Trial locale",
        direction: "Ltr",
        text_from: "en",
    },
    Trial {
        candidates: &["he", "ur", "ps", "yi", "ckb", "sd"],
        name: "Trial locale, right to left",
        direction: "Rtl",
        text_from: "ar",
    },
];

/// One throwaway locale of the trial.
struct Trial {
    candidates: &'static [&'static str],
    name: &'static str,
    /// `Ltr` or `Rtl`, as `locales.rs` writes it.
    direction: &'static str,
    text_from: &'static str,
}

impl Trial {
    /// The first candidate that does not ship.
    fn tag(&self) -> Result<&'static str, String> {
        self.candidates
            .iter()
            .copied()
            .find(|tag| member_notice::l10n::locale_by_tag(tag).is_none())
            .ok_or_else(|| {
                format!(
                    "every candidate tag for the {} trial locale ships already ({}); add another",
                    self.direction,
                    self.candidates.join(", ")
                )
            })
    }

    /// The value of `dir` its notices must carry.
    fn dir(&self) -> &'static str {
        if self.direction == "Rtl" {
            "rtl"
        } else {
            "ltr"
        }
    }
}
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

/// Runs the trial; `Err` says which step failed for the throwaway locales.
pub fn run() -> Result<(), String> {
    let tags = TRIALS
        .iter()
        .map(Trial::tag)
        .collect::<Result<Vec<_>, _>>()?;
    let added = tags
        .iter()
        .map(|tag| format!("`{tag}`"))
        .collect::<Vec<_>>()
        .join(" and ");
    let base = target_dir().join("locale-trial");
    let copy = base.join("repo");
    copy_repository(&copy)?;
    for (trial, tag) in TRIALS.iter().zip(&tags) {
        add_locale(&copy, trial, tag)?;
        println!(
            "locale trial: added `{tag}` ({}, the text of `{}`) in {}",
            trial.dir(),
            trial.text_from,
            copy.display()
        );
    }

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

    cost_per_locale(&root().join("dist"), &copy.join("dist"), &tags)?;
    for (trial, tag) in TRIALS.iter().zip(&tags) {
        check_direction(&copy.join("dist"), tag, trial.dir())?;
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
    .map_err(|e| format!("{e} with the trial locales {added} added"))?;
    // Only a passing trial is removed: a failing one is kept to look into.
    fs::remove_dir_all(&base).map_err(|e| format!("cannot remove {}: {e}", base.display()))
}

/// The most a locale may add to the loader, in brotli bytes: its tag and
/// the integrity hash of its file (44 characters of base64, which do not
/// compress), and little else.
const MAX_LOADER_BYTES_PER_LOCALE: isize = 48;

/// Reports what one more locale costs every member (the loader and the wasm
/// of `with`, the trial's build with the locales `tags` added, against
/// `without`, the repository's own); `Err` when the loader grew by more than
/// [`MAX_LOADER_BYTES_PER_LOCALE`] per locale.
fn cost_per_locale(without: &Path, with: &Path, tags: &[&str]) -> Result<(), String> {
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
    let count = tags.len() as isize;
    let loader_cost = brotli(with, &loader)? - brotli(without, &loader)?;
    let wasm_cost = brotli(with, &wasm)? - brotli(without, &wasm)?;
    let named = tags.join("`, `");
    println!(
        "locale trial: `{named}` cost every first view {loader_cost:+} bytes brotli in the loader \
         ({:+} per locale) and {wasm_cost:+} in the wasm",
        loader_cost / count
    );
    if loader_cost > MAX_LOADER_BYTES_PER_LOCALE * count {
        return Err(format!(
            "{count} more locales (`{named}`) add {loader_cost} bytes brotli to member-notice.js, \
             more than the {MAX_LOADER_BYTES_PER_LOCALE} per locale its tag and file hash need: \
             every member pays for each shipped locale, so keep per-locale data out of the loader"
        ));
    }
    Ok(())
}

/// Checks that the build in `dist` knows locale `tag` and gives its notices
/// the direction `dir`: in the manifest, which the pages and tests read, and
/// in both prerendered notices (`static/<tag>.html`, `.full.html`), which
/// members see before the wasm runs.
fn check_direction(dist: &Path, tag: &str, dir: &str) -> Result<(), String> {
    let manifest = fs::read_to_string(dist.join("manifest.json"))
        .map_err(|e| format!("the trial build wrote no manifest: {e}"))?;
    let manifest: serde_json::Value = serde_json::from_str(&manifest)
        .map_err(|e| format!("the trial build's manifest.json is not JSON: {e}"))?;
    let entry = manifest["languages"]
        .as_array()
        .and_then(|languages| languages.iter().find(|l| l["tag"] == tag))
        .ok_or_else(|| {
            format!("the trial locale `{tag}` is missing from the build's manifest.json")
        })?;
    if entry["dir"] != dir {
        return Err(format!(
            "the build's manifest.json gives the trial locale `{tag}` the direction {}, not {dir}",
            entry["dir"]
        ));
    }
    for name in [format!("{tag}.html"), format!("{tag}.full.html")] {
        let path = dist.join("static").join(&name);
        let html = fs::read_to_string(&path)
            .map_err(|e| format!("the trial build has no {}: {e}", path.display()))?;
        let root = html
            .split_once("<section")
            .and_then(|(_, rest)| rest.split_once('>'))
            .map(|(attributes, _)| attributes)
            .ok_or_else(|| format!("dist/static/{name} has no <section> notice"))?;
        if !root.contains(&format!("dir=\"{dir}\"")) {
            return Err(format!(
                "the prerendered dist/static/{name} of the trial locale `{tag}` is not \
                 dir=\"{dir}\": <section{root}>"
            ));
        }
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
/// (the text of `trial.text_from`), one line in `src/l10n/locales.rs` and
/// its tag in `l10n.toml`.
fn add_locale(copy: &Path, trial: &Trial, tag: &str) -> Result<(), String> {
    let folder = copy.join("i18n").join(tag);
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let from = copy.join("i18n").join(trial.text_from).join("notice.ftl");
    fs::copy(&from, folder.join("notice.ftl"))
        .map_err(|e| format!("cannot copy {} for `{tag}`: {e}", from.display()))?;
    add_to_l10n_toml(&copy.join(crate::l10n_toml::FILE), tag)?;

    let registry: PathBuf = copy.join("src/l10n/locales.rs");
    let text = fs::read_to_string(&registry)
        .map_err(|e| format!("cannot read {}: {e}", registry.display()))?;
    let (at, indent) = last_entry(&text).ok_or(
        "src/l10n/locales.rs has no `\"<tag>\" => (\"<name>\", Ltr),` lines any more; \
         the READMEs' steps to add a locale (and this trial) need updating with it",
    )?;
    let line = format!(
        "{indent}\"{tag}\" => (\"{}\", {}),\n",
        trial.name, trial.direction
    );
    let text = format!("{}{line}{}", &text[..at], &text[at..]);
    fs::write(&registry, text).map_err(|e| format!("cannot write {}: {e}", registry.display()))
}

/// Adds `tag` to the top-level `locales` list of `l10n.toml`, as its last
/// entry.
fn add_to_l10n_toml(file: &Path, tag: &str) -> Result<(), String> {
    let text =
        fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let text = with_locale_listed(&text, tag).ok_or_else(|| {
        format!(
            "{} has no top-level `locales = [` … `]` list any more; the READMEs' steps to add \
             a locale (and this trial) need updating with it",
            file.display()
        )
    })?;
    fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// `text` (an `l10n.toml`) with `"tag",` on a line of its own at the end of
/// the first `locales = [` list that starts a line (the top-level one: it
/// comes before every `[[paths]]`).
fn with_locale_listed(text: &str, tag: &str) -> Option<String> {
    let start = text
        .match_indices("locales = [")
        .map(|(at, _)| at)
        .find(|at| *at == 0 || text[..*at].ends_with('\n'))?;
    if text[..start].contains("[[paths]]") {
        return None;
    }
    let end = start + text[start..].find("\n]")? + 1;
    Some(format!("{}    \"{tag}\",\n{}", &text[..end], &text[end..]))
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
    use super::{last_entry, with_locale_listed};

    #[test]
    fn the_trial_locale_goes_to_the_end_of_the_top_level_list() {
        let text = "# locales = [ in a comment\nlocales = [\n    \"en\",\n]\n\n[[paths]]\nlocales = [\n    \"de-x-ls\",\n]\n";
        assert_eq!(
            with_locale_listed(text, "he").unwrap(),
            "# locales = [ in a comment\nlocales = [\n    \"en\",\n    \"he\",\n]\n\n[[paths]]\nlocales = [\n    \"de-x-ls\",\n]\n"
        );
        assert_eq!(
            with_locale_listed("[[paths]]\nlocales = [\n]\n", "he"),
            None
        );
        // The repository's own file has such a list.
        let real = std::fs::read_to_string(crate::util::root().join("l10n.toml")).unwrap();
        assert!(with_locale_listed(&real, "he").is_some());
    }

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
