//! `cargo xtask i18n check [DIR] [--format json]`: reads every locale's
//! `.ftl` files and runs the translation checker (`member_notice::check`)
//! over them. The checks themselves live in the crate; this module only
//! reads folders and prints.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use member_notice::check::{check, CheckInput, Report, SourceFile};

use crate::util::root;

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One finding per line, then the summary table.
    Text,
    /// `{"findings": […], "summary": […]}` for CI tools.
    Json,
}

/// Runs `cargo xtask i18n <args>`.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("check") => {
            let (dir, format) = parse_check_args(&args[1..])?;
            let report = check_dir(&dir)?;
            print!("{}", render(&report, format));
            verdict(&report)
        }
        Some(other) => Err(format!("unknown i18n command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    }
}

const USAGE: &str = "usage: cargo xtask i18n check [DIR] [--format json]

  DIR       folder with one subfolder per locale (default: the repository's i18n/)
  --format  text (default) or json";

/// Parses `[DIR] [--format text|json]`. DIR is relative to the current
/// directory; without it, the repository's `i18n/`.
fn parse_check_args(args: &[String]) -> Result<(PathBuf, Format), String> {
    let mut dir = None;
    let mut format = Format::Text;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--format") {
            Some("") => Some(
                args.next()
                    .ok_or_else(|| format!("--format needs a value\n\n{USAGE}"))?
                    .as_str(),
            ),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        match (value, arg.starts_with('-')) {
            (Some("json"), _) => format = Format::Json,
            (Some("text"), _) => format = Format::Text,
            (Some(other), _) => {
                return Err(format!(
                    "unknown format `{other}` (use text or json)\n\n{USAGE}"
                ))
            }
            (None, true) => return Err(format!("unknown option `{arg}`\n\n{USAGE}")),
            (None, false) if dir.is_none() => dir = Some(PathBuf::from(arg)),
            (None, false) => return Err(format!("more than one folder given\n\n{USAGE}")),
        }
    }
    Ok((dir.unwrap_or_else(|| root().join("i18n")), format))
}

/// Reads `dir/<locale>/*.ftl` and checks it against the reference `de`
/// with the ids the widget uses.
pub fn check_dir(dir: &Path) -> Result<Report, String> {
    let files = read_locales(dir)?;
    let input = CheckInput::for_widget(&files);
    if !files.iter().any(|f| f.locale == input.reference) {
        return Err(format!(
            "{} has no {}/ folder: the reference locale every other is compared with",
            dir.display(),
            input.reference
        ));
    }
    Ok(check(&input))
}

/// Every `*.ftl` file in every subfolder of `dir`, in name order.
fn read_locales(dir: &Path) -> Result<Vec<SourceFile>, String> {
    let mut files = Vec::new();
    for locale_dir in sorted_entries(dir)? {
        if !locale_dir.is_dir() {
            continue;
        }
        let locale = file_name(&locale_dir);
        for path in sorted_entries(&locale_dir)? {
            if path.is_file() && path.extension().is_some_and(|e| e == "ftl") {
                let bytes =
                    fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                let text = String::from_utf8(bytes).map_err(|_| {
                    format!(
                        "{} is not UTF-8 text: save it with the encoding UTF-8",
                        path.display()
                    )
                })?;
                files.push(SourceFile::new(locale.clone(), file_name(&path), text));
            }
        }
    }
    Ok(files)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The report as printed: findings and summary table, or JSON.
pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Json => format!("{}\n", report.to_json()),
        Format::Text => {
            let mut out = String::new();
            for finding in &report.findings {
                let _ = writeln!(out, "{finding}");
            }
            if !report.findings.is_empty() {
                out.push('\n');
            }
            out.push_str(&summary_table(report));
            out
        }
    }
}

/// The per-locale table: translated / total, errors, warnings.
fn summary_table(report: &Report) -> String {
    let mut out = format!(
        "{:<8} {:>10} {:>6} {:>8}\n",
        "locale", "translated", "errors", "warnings"
    );
    for row in &report.summary {
        let translated = format!("{}/{}", row.translated, row.total);
        let _ = writeln!(
            out,
            "{:<8} {:>10} {:>6} {:>8}",
            row.locale, translated, row.errors, row.warnings
        );
    }
    out
}

/// `Err` ("i18n check: 2 errors, 1 warning") when the report has errors.
pub fn verdict(report: &Report) -> Result<(), String> {
    let (errors, warnings) = (report.errors(), report.warnings());
    if errors == 0 {
        return Ok(());
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    Err(format!(
        "i18n check: {}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    ))
}
