//! `cargo xtask i18n check [DIR] [--format json]`: reads every locale's
//! `.ftl` files and runs the translation checker (`member_notice::check`)
//! over them, and for the repository's own `i18n/` compares `l10n.toml` with
//! the registry (`l10n_toml.rs`). The checks themselves live in the crate;
//! this module only reads folders and prints. `cargo xtask i18n
//! compare-locales` runs Mozilla's linter (`compare_locales.rs`).

use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};

use member_notice::check::{check, CheckInput, Finding, Registry, Report, SourceFile};

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
            let report = check_dir(&dir.unwrap_or_else(default_dir))?;
            print!("{}", render(&report, format));
            verdict(&report)
        }
        Some("compare-locales") if args.len() == 1 => crate::compare_locales::run(),
        Some(other) => Err(format!("unknown i18n command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    }
}

const USAGE: &str = "usage: cargo xtask i18n check [DIR] [--format json]
       cargo xtask i18n compare-locales

  check            the project's checker: every problem with file:line:col
                   and what to do
    DIR            folder with one subfolder per locale, or one locale folder
                   next to de/ (default: the repository's i18n/)
    --format       text (default) or json
  compare-locales  Mozilla's compare-locales on i18n/ with l10n.toml (installed
                   into <target>/venv); fails unless 0 errors, 0 warnings and
                   0 missing";

/// Parses `[DIR] [--format text|json]`. DIR is relative to the current
/// directory; `None` without it.
fn parse_check_args(args: &[String]) -> Result<(Option<PathBuf>, Format), String> {
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
    Ok((dir, format))
}

/// The repository's `i18n/`, relative to the current directory where that
/// is shorter (`i18n` from the repository root), so findings name paths an
/// editor opened there finds.
pub fn default_dir() -> PathBuf {
    from_current_dir(&root().join("i18n"))
}

/// What a `DIR` argument names.
enum Target {
    /// A folder with one subfolder per locale (`i18n`).
    Tree(PathBuf),
    /// One locale's folder (`i18n/fr`), checked against `parent`'s reference.
    Locale { parent: PathBuf, tag: String },
}

/// Reads `dir/<locale>/*.ftl` — or, when `dir` is one locale folder next to
/// the reference's, that locale and the reference — and checks it against
/// the reference `de` with the ids the widget uses and the registered
/// locales. Findings name files under `dir` as it is written here.
pub fn check_dir(dir: &Path) -> Result<Report, String> {
    let reference = CheckInput::for_widget(&[]).reference;
    let target = target(dir, reference)?;
    let (files, base, only, complete) = match &target {
        Target::Tree(dir) => {
            // Only the repository's own i18n/ must hold every registered
            // locale: a copy or newer translations may hold some.
            let complete = same_folder(dir, &root().join("i18n"));
            (read_locales(dir)?, dir, None, complete)
        }
        Target::Locale { parent, tag } => {
            let mut files = read_locale(&parent.join(reference), reference)?;
            if tag != reference {
                files.extend(read_locale(&parent.join(tag), tag)?);
            }
            (files, parent, Some(tag.as_str()), false)
        }
    };
    let base = display(base);
    let registry_path = display(&from_current_dir(&root().join("src/l10n/locales.rs")));
    let input = CheckInput {
        base: &base,
        registry: Some(Registry::widget(&registry_path, complete)),
        only,
        ..CheckInput::for_widget(&files)
    };
    let mut report = check(&input);
    // The repository's own i18n/ goes with its l10n.toml.
    if complete {
        report.findings.extend(l10n_toml_findings(&registry_path)?);
        report
            .findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
    Ok(report)
}

/// The repository's `l10n.toml` against the registry ([`crate::l10n_toml`]).
fn l10n_toml_findings(registry_path: &str) -> Result<Vec<Finding>, String> {
    let file = root().join(crate::l10n_toml::FILE);
    let path = display(&from_current_dir(&file));
    // Missing, it is an empty file: every entry is reported as missing.
    let text = match fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("cannot read {}: {e}", file.display())),
    };
    Ok(crate::l10n_toml::check(
        &path,
        &text,
        member_notice::l10n::LOCALE_TAGS,
        registry_path,
    ))
}

/// Whether `dir` is a tree of locale folders or one locale folder next to
/// the reference's.
fn target(dir: &Path, reference: &str) -> Result<Target, String> {
    if dir.join(reference).is_dir() {
        return Ok(Target::Tree(dir.to_path_buf()));
    }
    let has_ftl = sorted_entries(dir)?.iter().any(|p| is_ftl(p));
    // `i18n/fr` → `i18n`; `.` or `..` → `./..`, a parent only a path can name.
    let parent = match dir.components().next_back() {
        Some(Component::Normal(_)) => dir.parent().map(Path::to_path_buf).unwrap_or_default(),
        _ => dir.join(".."),
    };
    let tag = fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()));
    let beside_reference = parent_or_current(&parent).join(reference).is_dir();
    match tag {
        Some(tag) if has_ftl && beside_reference => Ok(Target::Locale { parent, tag }),
        _ => Err(format!(
            "{} has no {reference}/ folder (the reference locale every other is compared with), \
             and is no locale folder next to one: name the i18n folder, or one locale folder in it",
            dir.display(),
        )),
    }
}

/// `path` for file operations: the empty parent of `fr` is `.`.
fn parent_or_current(path: &Path) -> &Path {
    if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    }
}

/// Whether `a` and `b` are the same existing folder.
fn same_folder(a: &Path, b: &Path) -> bool {
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

/// `path` (absolute) relative to the current directory when it is inside
/// it or a few `..` away; absolute otherwise.
fn from_current_dir(path: &Path) -> PathBuf {
    let (Ok(here), Ok(path)) = (
        std::env::current_dir().and_then(fs::canonicalize),
        fs::canonicalize(path),
    ) else {
        return path.to_path_buf();
    };
    let common = here
        .components()
        .zip(path.components())
        .take_while(|(a, b)| a == b)
        .count();
    let up = here.components().count() - common;
    // Sharing only `/` (or `/work`), `../../..` is harder to read than the path.
    if common <= 2 || up > 2 {
        return path;
    }
    std::iter::repeat_n(Component::ParentDir, up)
        .chain(path.components().skip(common))
        .collect()
}

/// A path as findings print it, with `/` between parts.
fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Every `*.ftl` file in every subfolder of `dir`, in name order.
fn read_locales(dir: &Path) -> Result<Vec<SourceFile>, String> {
    let mut files = Vec::new();
    for locale_dir in sorted_entries(dir)? {
        if locale_dir.is_dir() {
            files.extend(read_locale(&locale_dir, &file_name(&locale_dir))?);
        }
    }
    Ok(files)
}

/// Every `*.ftl` file in `dir`, as files of locale `tag`, in name order.
fn read_locale(dir: &Path, tag: &str) -> Result<Vec<SourceFile>, String> {
    let mut files = Vec::new();
    for path in sorted_entries(dir)? {
        if is_ftl(&path) {
            let bytes =
                fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                format!(
                    "{} is not UTF-8 text: save it with the encoding UTF-8",
                    path.display()
                )
            })?;
            files.push(SourceFile::new(tag, file_name(&path), text));
        }
    }
    Ok(files)
}

fn is_ftl(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == "ftl")
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(parent_or_current(dir))
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repository_paths_are_named_from_the_current_directory() {
        // cargo runs unit tests in the package's folder, xtask/.
        assert_eq!(default_dir(), PathBuf::from("../i18n"));
        assert_eq!(
            from_current_dir(&root().join("src/l10n/locales.rs")),
            PathBuf::from("../src/l10n/locales.rs")
        );
        assert_eq!(
            from_current_dir(&root().join("xtask/src")),
            PathBuf::from("src")
        );
        // Far away: absolute, not a long `../../..`.
        assert_eq!(from_current_dir(Path::new("/")), PathBuf::from("/"));
    }
}
