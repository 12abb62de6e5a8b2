//! `cargo xtask config check [--format json] FILE|DIR…`: the widget's own validation of
//! a notice config (`member_notice::config::parse_config`, the code the wasm runs) for
//! operators' pipelines. Every problem with its JSON pointer, every field the widget
//! would ignore, and an exit status: 0 all accepted, 1 one refused, 2 a usage error or a
//! file that cannot be read. This module only reads files and prints: the verdict on each
//! file is `member_notice::config_check`'s, which the operators' preview shows too.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use member_notice::config_check::{check_bytes, Problem, Verdict};
use serde_json::{json, Value};

const USAGE: &str = "usage: cargo xtask config check [--format text|json] FILE|DIR…

  Validates notice configs as the widget does: every problem with its JSON pointer
  (/links/more_info) and what to do, and every field the widget would ignore.
    FILE         a config (JSON), read as the widget reads a fetched one: UTF-8, at most
                 64 KiB
    DIR          every *.json file in the folder (not in its subfolders)
    --format     text (default) or json
  Exit status: 0 every file is accepted (warnings allowed), 1 a file is refused,
  2 a usage error or a file that cannot be read.";

/// How the report is printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// Runs `cargo xtask config <args>`; prints the report and returns the exit status.
pub fn run(args: &[String]) -> ExitCode {
    let (format, paths) = match args.first().map(String::as_str) {
        Some("check") if args[1..].iter().any(|a| a == "-h" || a == "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("check") => match parse_args(&args[1..]) {
            Ok(parsed) => parsed,
            Err(message) => return usage_error(&message),
        },
        Some(other) => return usage_error(&format!("unknown config command `{other}`")),
        None => return usage_error("name a command"),
    };
    let files = match expand(&paths) {
        Ok(files) => files,
        Err(message) => return usage_error(&message),
    };
    let results: Vec<(String, Result<Verdict, String>)> = files
        .iter()
        .map(|file| (file.display().to_string(), check_file(file)))
        .collect();
    match format {
        Format::Text => print!("{}", text(&results)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&results)).expect("the report serializes")
        ),
    }
    let unreadable = results.iter().any(|(_, r)| r.is_err());
    let refused = results
        .iter()
        .any(|(_, r)| r.as_ref().is_ok_and(|v| v.code.is_some()));
    if unreadable {
        ExitCode::from(2)
    } else if refused {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("xtask: error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Parses `[--format text|json] FILE|DIR…`.
fn parse_args(args: &[String]) -> Result<(Format, Vec<PathBuf>), String> {
    let mut format = Format::Text;
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--format") {
            Some("") => Some(
                args.next()
                    .ok_or("--format needs a value (text or json)")?
                    .as_str(),
            ),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        match value {
            Some("json") => format = Format::Json,
            Some("text") => format = Format::Text,
            Some(other) => return Err(format!("unknown format `{other}` (use text or json)")),
            None if arg.starts_with('-') => return Err(format!("unknown option `{arg}`")),
            None => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return Err("name at least one config file or folder".into());
    }
    Ok((format, paths))
}

/// The files to check: each FILE as given, each DIR's `*.json` files in name order.
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let entries =
            std::fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut found = entries
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        found.retain(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"));
        if found.is_empty() {
            return Err(format!("{} has no *.json file", path.display()));
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

/// Reads `path` and validates it; `Err` when it cannot be read.
fn check_file(path: &Path) -> Result<Verdict, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    Ok(check_bytes(&bytes))
}

/// One block per file: its verdict, then a line per problem and warning.
fn text(results: &[(String, Result<Verdict, String>)]) -> String {
    let mut out = String::new();
    let place = |p: &Problem| {
        if p.pointer.is_empty() {
            "(the whole file)".to_owned()
        } else {
            p.pointer.clone()
        }
    };
    for (file, result) in results {
        match result {
            Err(error) => {
                let _ = writeln!(out, "{file}: {error}");
            }
            Ok(verdict) => {
                let status = match verdict.code {
                    None => "accepted".to_owned(),
                    Some(code) => format!(
                        "refused ({code}), {} problem{}",
                        verdict.problems.len(),
                        if verdict.problems.len() == 1 { "" } else { "s" }
                    ),
                };
                let _ = writeln!(out, "{file}: {status}");
                for problem in &verdict.problems {
                    let _ = writeln!(out, "  {}: {}", place(problem), problem.problem);
                }
                for warning in &verdict.warnings {
                    let _ = writeln!(out, "  warning {}: {}", place(warning), warning.problem);
                }
            }
        }
    }
    let count =
        |f: &dyn Fn(&Result<Verdict, String>) -> bool| results.iter().filter(|(_, r)| f(r)).count();
    let accepted = count(&|r| r.as_ref().is_ok_and(|v| v.code.is_none()));
    let refused = count(&|r| r.as_ref().is_ok_and(|v| v.code.is_some()));
    let unreadable = count(&|r| r.is_err());
    let _ = write!(out, "\n{accepted} accepted, {refused} refused");
    if unreadable > 0 {
        let _ = write!(out, ", {unreadable} unreadable");
    }
    out.push('\n');
    out
}

/// `{"files": [{file, accepted, code, problems, warnings} | {file, error}], …}`: each
/// verdict as the operators' preview shows it too (`Verdict::to_json`), with its file.
fn to_json(results: &[(String, Result<Verdict, String>)]) -> Value {
    let files: Vec<Value> = results
        .iter()
        .map(|(file, result)| match result {
            Err(error) => json!({ "file": file, "error": error }),
            Ok(verdict) => {
                let mut entry = verdict.to_json();
                entry["file"] = json!(file);
                entry
            }
        })
        .collect();
    json!({ "files": files })
}

#[cfg(test)]
mod tests {
    use member_notice::remote::MAX_CONFIG_BYTES;

    use super::*;

    fn verdict(text: &str) -> Verdict {
        check_bytes(text.as_bytes())
    }

    fn pointers(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.pointer.as_str()).collect()
    }

    #[test]
    fn every_problem_and_warning_has_its_json_pointer() {
        let v = verdict(
            r#"{"version":"v","activ":false,"severity":"loud","links.more_info":"x",
                "links":{"more_info":"javascript:x","a/b~c":1},"terms":{"slogan":"x","a.b":"y"}}"#,
        );
        assert_eq!(v.code, Some("config-invalid"));
        assert_eq!(
            pointers(&v.problems),
            [
                "/severity",
                "/links/more_info",
                "/terms/slogan",
                "/terms/a.b"
            ]
        );
        // A top-level key written with a dot is not the nested field; `/` and `~` are escaped.
        assert_eq!(
            pointers(&v.warnings),
            ["/links/a~1b~0c", "/activ", "/links.more_info"]
        );
        assert_eq!(v.problems[0].field.as_deref(), Some("severity"));
        assert!(v.problems[0].problem.contains("use \"info\""));
    }

    #[test]
    fn the_whole_file_is_refused_as_the_widget_refuses_a_fetched_one() {
        for (bytes, code, says) in [
            (b"[1]".to_vec(), "config-malformed", "not a JSON object"),
            (
                b"{\"version\":".to_vec(),
                "config-malformed",
                "line 1 column 12",
            ),
            (
                b"\xEF\xBB\xBF{\"version\":\"v\"}".to_vec(),
                "config-malformed",
                "byte order mark",
            ),
            (
                b"{\"version\":\"\xFF\"}".to_vec(),
                "config-not-text",
                "UTF-8",
            ),
            (
                format!(
                    r#"{{"version":"v","pad":"{}"}}"#,
                    "x".repeat(MAX_CONFIG_BYTES)
                )
                .into_bytes(),
                "config-too-large",
                "65536",
            ),
        ] {
            let v = check_bytes(&bytes);
            assert_eq!(v.code, Some(code), "{says}");
            assert_eq!(pointers(&v.problems), [""], "{says}");
            assert!(
                v.problems[0].problem.contains(says),
                "{}",
                v.problems[0].problem
            );
        }
    }

    #[test]
    fn the_schema_key_is_ignored_without_a_warning() {
        for value in [r#""../schema/notice-config.schema.json""#, "3", "null"] {
            let v = verdict(&format!(r#"{{"$schema":{value},"version":"v"}}"#));
            assert_eq!(v.code, None, "{value}");
            assert!(v.warnings.is_empty(), "{value}");
        }
    }

    #[test]
    fn arguments() {
        let args = |a: &[&str]| parse_args(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert!(args(&[]).is_err());
        assert!(args(&["--format", "xml", "a.json"]).is_err());
        assert!(args(&["--strict", "a.json"]).is_err());
        let (format, paths) = args(&["--format=json", "a.json", "b"]).unwrap();
        assert!(format == Format::Json);
        assert_eq!(paths, [PathBuf::from("a.json"), PathBuf::from("b")]);
    }
}
