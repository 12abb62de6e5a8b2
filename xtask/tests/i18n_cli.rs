//! `cargo xtask i18n check` as translators and CI run it: the real binary,
//! its output lines, its JSON and its exit status.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is inside the workspace")
        .to_path_buf()
}

/// Runs the xtask binary with `args` in the workspace root.
fn xtask(args: &[&str]) -> Output {
    xtask_in(&repo(), args)
}

/// Runs the xtask binary with `args` in `dir`.
fn xtask_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the xtask binary starts")
}

/// A fresh, empty folder under the system's temp folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("i18n-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp folder");
        TempDir(dir)
    }

    /// Writes `text` to `rel` inside, creating folders.
    fn write(&self, rel: &str, text: &str) {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).expect("folder");
        fs::write(path, text).expect("write");
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The real German file, as a reference to check against.
fn german() -> String {
    fs::read_to_string(repo().join("i18n/de/notice.ftl")).expect("i18n/de/notice.ftl")
}

/// The lines of `output` that are findings.
fn findings(output: &Output) -> Vec<String> {
    stdout(output)
        .lines()
        .filter(|l| l.contains(".ftl:") || l.contains(".rs:"))
        .map(str::to_owned)
        .collect()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_real_translations_pass_with_exit_status_0() {
    let output = xtask(&["i18n", "check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("locale "),
        "no findings, just the table: {text}"
    );
    for locale in member_notice::l10n::LOCALES {
        // The German versions also have the switch between them.
        let ids = member_notice::l10n::ids::ALL.len()
            + if locale.is_german() {
                member_notice::l10n::ids::GERMAN_ONLY.len()
            } else {
                0
            };
        let all = format!("{ids}/{ids}");
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().eq([locale.tag, &all, "0", "0"])),
            "{}: {text}",
            locale.tag
        );
    }
}

#[test]
fn a_mistake_prints_one_line_and_exits_with_status_1() {
    // DIR relative to the current directory (the workspace root here); the
    // finding's path starts with DIR as given, so an editor there opens it.
    let output = xtask(&["i18n", "check", "tests/fixtures/i18n/markup"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let findings = findings(&output);
    assert_eq!(findings.len(), 1, "{text}");
    assert!(
        findings[0].starts_with("tests/fixtures/i18n/markup/tr/notice.ftl:51:38: error: ")
            && findings[0].contains(" — "),
        "{}",
        findings[0]
    );
    let all = format!("{0}/{0}", member_notice::l10n::ids::ALL.len());
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().eq(["tr", &all, "1", "0"])),
        "{text}"
    );
    assert!(
        stderr(&output).contains("i18n check: 1 error, 0 warnings"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn warnings_alone_exit_with_status_0() {
    let output = xtask(&["i18n", "check", "tests/fixtures/i18n/obsolete-message"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).lines().any(
        |l| l.starts_with("tests/fixtures/i18n/obsolete-message/en/notice.ftl:61:1: warning: ")
    ));
}

#[test]
fn json_format_is_machine_readable() {
    let dir = repo().join("tests/fixtures/i18n/syntax-error");
    let output = xtask(&["i18n", "check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("stdout is only JSON");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1);
    // An absolute DIR gives absolute paths.
    assert_eq!(
        findings[0]["path"],
        format!("{}/pl/notice.ftl", dir.display())
    );
    assert_eq!(findings[0]["line"], 35);
    assert_eq!(findings[0]["col"], 106);
    assert_eq!(findings[0]["severity"], "error");
    assert_eq!(findings[0]["code"], "syntax-error");
    let summary = json["summary"].as_array().expect("summary");
    assert_eq!(summary.len(), 2);
    assert_eq!(summary[1]["locale"], "pl");
    assert_eq!(summary[1]["errors"], 1);
    // `pl`'s broken message does not count as translated.
    assert_eq!(
        summary[1]["translated"],
        member_notice::l10n::ids::ALL.len() - 1
    );
}

#[test]
fn one_locale_folder_is_checked_against_the_reference_beside_it() {
    let output = xtask(&["i18n", "check", "tests/fixtures/i18n/markup/tr"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let findings = findings(&output);
    assert_eq!(findings.len(), 1, "{}", stdout(&output));
    assert!(
        findings[0].starts_with("tests/fixtures/i18n/markup/tr/notice.ftl:51:38: error: "),
        "{}",
        findings[0]
    );
    let locales: Vec<String> = stdout(&output)
        .lines()
        .skip_while(|l| !l.starts_with("locale "))
        .skip(1)
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect();
    assert_eq!(locales, ["de", "tr"]);
}

#[test]
fn one_locale_folder_leaves_out_the_references_warnings() {
    // The whole tree: German has a message nothing uses (a warning).
    let whole = xtask(&["i18n", "check", "tests/fixtures/i18n/unused-message"]);
    assert!(
        findings(&whole)[0]
            .starts_with("tests/fixtures/i18n/unused-message/de/notice.ftl:59:1: warning: "),
        "{}",
        stdout(&whole)
    );
    // Only English: nothing to report.
    let output = xtask(&["i18n", "check", "tests/fixtures/i18n/unused-message/en"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(findings(&output), Vec::<String>::new());
}

#[test]
fn a_folder_that_is_neither_a_tree_nor_a_locale_is_an_error() {
    let output = xtask(&["i18n", "check", "tests/fixtures"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("has no de/ folder"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_new_locale_folder_that_is_not_registered_is_reported_at_its_file() {
    // The translator's steps half done: a folder, but no line in the registry.
    let tmp = TempDir::new("unregistered");
    tmp.write("de/notice.ftl", &german());
    let german_only = fs::read_to_string(repo().join("i18n/de/german-only.ftl"))
        .expect("i18n/de/german-only.ftl");
    tmp.write("de/german-only.ftl", &german_only);
    // A new language starts from a copy of de/notice.ftl, as i18n/README.md
    // says: the German-only messages are not in it.
    tmp.write("fr/notice.ftl", &german());
    let dir = tmp.0.to_str().unwrap();
    for checked in [dir.to_owned(), format!("{dir}/fr")] {
        let output = xtask(&["i18n", "check", &checked, "--format", "json"]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        let found = &json["findings"][0];
        assert_eq!(json["findings"].as_array().unwrap().len(), 1, "{json:#}");
        assert_eq!(found["code"], "unregistered-locale");
        assert_eq!(found["path"], format!("{dir}/fr/notice.ftl"));
        assert_eq!(
            (found["line"].as_u64(), found["col"].as_u64()),
            (Some(1), Some(1))
        );
        // Run from the workspace root: the registry's path opens from there.
        assert!(
            found["fix"]
                .as_str()
                .unwrap()
                .contains("src/l10n/locales.rs:"),
            "{found}"
        );
    }
}

#[test]
fn paths_are_named_from_the_current_directory() {
    // From xtask/, the default folder is found and passes (how it is named
    // there, `../i18n`, is a unit test in xtask/src/i18n.rs).
    let output = xtask_in(
        &repo().join("xtask"),
        &["i18n", "check", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // A folder given from there is printed as given.
    let output = xtask_in(
        &repo().join("xtask"),
        &["i18n", "check", "../tests/fixtures/i18n/markup/tr"],
    );
    assert!(
        findings(&output)[0].starts_with("../tests/fixtures/i18n/markup/tr/notice.ftl:51:38: "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn bad_arguments_are_explained() {
    let output = xtask(&["i18n", "check", "--format", "xml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown format `xml`"));
    let output = xtask(&["i18n", "lint"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("usage: cargo xtask i18n check"));
}
