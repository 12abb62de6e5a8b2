//! `cargo xtask config check` as operators' pipelines run it: the real
//! binary, its lines, its JSON and its exit status.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the xtask binary with `args` in `dir`.
fn xtask(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the xtask binary starts")
}

/// A fresh folder of config files under the system's temp folder, removed on drop.
struct Configs(PathBuf);

impl Configs {
    fn new(name: &str, files: &[(&str, &str)]) -> Self {
        let dir = std::env::temp_dir().join(format!("config-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp folder");
        for (file, text) in files {
            fs::write(dir.join(file), text).expect("write");
        }
        Configs(dir)
    }
}

impl Drop for Configs {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const GOOD: &str =
    r#"{"$schema":"notice-config.schema.json","version":"v2","links":{"more_info":"/kontakt"}}"#;
const TYPO: &str = r#"{"version":"v2","activ":false}"#;
const BAD: &str = r#"{"version":"v2","severity":"loud","links":{"more_info":"javascript:x"},
    "terms":{"slogan":"x"},"starts_at":"2026-05-02T08:00:00Z","ends_at":"2026-05-01T08:00:00Z"}"#;

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn accepted_configs_exit_0_also_with_warnings() {
    let dir = Configs::new("good", &[("good.json", GOOD), ("typo.json", TYPO)]);
    let output = xtask(&dir.0, &["config", "check", "good.json", "typo.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(text.contains("good.json: accepted\n"), "{text}");
    assert!(
        text.contains("typo.json: accepted\n  warning /activ: is unknown"),
        "{text}"
    );
    assert!(text.ends_with("\n2 accepted, 0 refused\n"), "{text}");
}

#[test]
fn a_refused_config_exits_1_with_every_problem_at_its_pointer() {
    let dir = Configs::new("bad", &[("good.json", GOOD), ("bad.json", BAD)]);
    let output = xtask(&dir.0, &["config", "check", "good.json", "bad.json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let text = stdout(&output);
    for line in [
        "bad.json: refused (config-invalid), 4 problems",
        "  /severity: is \"loud\"; use \"info\", \"warning\" or \"critical\"",
        "  /ends_at: must be later than starts_at",
        "  /links/more_info: \"javascript:x\" uses a scheme other than https:",
        "  /terms/slogan: is not a term the notice uses; use one of brand-name, it-provider",
    ] {
        assert!(text.contains(line), "{line:?} in:\n{text}");
    }
}

#[test]
fn json_output_names_file_code_pointer_field_and_problem() {
    let dir = Configs::new("json", &[("a.json", BAD), ("b.json", "[1]")]);
    let output = xtask(&dir.0, &["config", "check", "--format", "json", "."]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let files = report["files"].as_array().unwrap();
    assert_eq!(
        files.len(),
        2,
        "a folder stands for its *.json files, in name order"
    );
    assert!(files[0]["file"].as_str().unwrap().ends_with("a.json"));
    assert_eq!(files[0]["accepted"], false);
    assert_eq!(files[0]["code"], "config-invalid");
    let pointers: Vec<&str> = files[0]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers,
        ["/severity", "/ends_at", "/links/more_info", "/terms/slogan"]
    );
    assert_eq!(files[0]["problems"][0]["field"], "severity");
    assert_eq!(files[1]["code"], "config-malformed");
    assert_eq!(files[1]["problems"][0]["pointer"], "");
    assert!(files[1]["problems"][0]["problem"]
        .as_str()
        .unwrap()
        .contains("not a JSON object"));
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    let dir = Configs::new("usage", &[("good.json", GOOD), ("notes.txt", "x")]);
    for args in [
        &["config"][..],
        &["config", "check"],
        &["config", "lint", "good.json"],
        &["config", "check", "--format", "xml", "good.json"],
        &["config", "check", "--strict", "good.json"],
    ] {
        let output = xtask(&dir.0, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("usage: cargo xtask config check"),
            "{args:?}"
        );
    }
    // One file missing: the others are still checked, and the status says so.
    let output = xtask(&dir.0, &["config", "check", "good.json", "missing.json"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stdout(&output);
    assert!(text.contains("good.json: accepted"), "{text}");
    assert!(text.contains("missing.json: cannot read it"), "{text}");
    let output = xtask(&dir.0, &["config", "check", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("usage: cargo xtask config check"));
}
