//! `cargo xtask i18n check` as translators and CI run it: the real binary,
//! its output lines, its JSON and its exit status.

use std::path::PathBuf;
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
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("the xtask binary starts")
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
    let all = format!("{0}/{0}", member_notice::l10n::ids::ALL.len());
    for locale in member_notice::l10n::LOCALES {
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
    // DIR relative to the current directory (the workspace root here).
    let output = xtask(&["i18n", "check", "tests/fixtures/i18n/markup"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let findings: Vec<&str> = text.lines().filter(|l| l.contains(".ftl:")).collect();
    assert_eq!(findings.len(), 1, "{text}");
    assert!(
        findings[0].starts_with("tr/notice.ftl:51:38: error: ") && findings[0].contains(" — "),
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
    assert!(stdout(&output).contains("en/notice.ftl:61:1: warning: "));
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
    assert_eq!(findings[0]["path"], "pl/notice.ftl");
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
fn a_folder_without_the_reference_locale_is_an_error() {
    let output = xtask(&["i18n", "check", "tests/fixtures/i18n/markup/tr"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no de/ folder"),
        "{}",
        stderr(&output)
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
