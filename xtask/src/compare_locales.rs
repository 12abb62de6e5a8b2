//! Mozilla's `compare-locales` (PyPI), the standard linter for Fluent
//! projects, over `i18n/` with `l10n.toml`: `cargo xtask test` requires 0
//! errors, 0 warnings and 0 missing, so the files fit the tools translators
//! already use (Pontoon and Weblate read the same layout). The project's own
//! checker (`cargo xtask i18n check`) stays the one that explains each
//! problem; this proves the files are what the ecosystem expects.
//!
//! Installed by [`ensure`] into a virtual environment in cargo's target dir
//! (`<target>/venv`), at the versions pinned here, and skipped when there.
//! Before the real files, [`run`] checks a canary (`tests/fixtures/
//! compare-locales/`, one missing message): a reading of the report that
//! counted nothing would pass any tree.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{output, root, run as exec, target_dir};

/// The compare-locales release the step runs, and what it needs, pinned so
/// a new release on PyPI changes nothing until this line does.
pub const PACKAGES: &[&str] = &[
    "compare-locales==9.0.5",
    "fluent.syntax==0.19.0",
    "toml==0.10.2",
    "six==1.17.0",
    "typing_extensions==4.16.0",
];

/// The totals of one compare-locales run, added up over its locales.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Locales compared, by tag.
    pub locales: Vec<String>,
    pub errors: u64,
    pub warnings: u64,
    pub missing: u64,
    pub obsolete: u64,
    /// Each reported problem as `path: kind value` (`i18n/tr/notice.ftl:
    /// missingEntity notice-title`), in the report's order.
    pub details: Vec<String>,
}

impl Totals {
    /// `0 errors, 0 warnings, 0 missing, 0 obsolete in 7 locales`.
    pub fn describe(&self) -> String {
        format!(
            "{} errors, {} warnings, {} missing, {} obsolete in {} locales",
            self.errors,
            self.warnings,
            self.missing,
            self.obsolete,
            self.locales.len()
        )
    }
}

/// The step of `cargo xtask test`: installs compare-locales if needed, runs it
/// on the canary (which must count exactly one missing message) and on the
/// repository's `i18n/` with `l10n.toml`; `Err` unless the latter has 0
/// errors, 0 warnings and 0 missing, and compared every locale but German.
pub fn run() -> Result<(), String> {
    let program = ensure()?;
    let root = root();

    let canary = compare(
        &program,
        &root.join("tests/fixtures/compare-locales/l10n.toml"),
    )?;
    if (canary.missing, canary.errors, canary.warnings) != (1, 0, 0) {
        return Err(format!(
            "the canary tests/fixtures/compare-locales/ should give 1 missing message, 0 errors \
             and 0 warnings, but gave {} ({}): the tool or this step's reading of its report changed",
            canary.describe(),
            canary.details.join("; ")
        ));
    }

    let totals = compare(&program, &root.join(crate::l10n_toml::FILE))?;
    println!("compare-locales: {}", totals.describe());
    for line in &totals.details {
        println!("  {line}");
    }
    let source = member_notice::l10n::source_locale().tag;
    let unchecked: Vec<&str> = member_notice::l10n::LOCALE_TAGS
        .iter()
        .copied()
        .filter(|tag| *tag != source && !totals.locales.iter().any(|l| l == tag))
        .collect();
    if !unchecked.is_empty() {
        return Err(format!(
            "compare-locales did not compare {}: list them in l10n.toml (`cargo xtask i18n check` \
             says where)",
            unchecked.join(", ")
        ));
    }
    if (totals.errors, totals.warnings, totals.missing) != (0, 0, 0) {
        return Err(format!(
            "compare-locales reports {}; `cargo xtask i18n check` explains each problem with its \
             line",
            totals.describe()
        ));
    }
    Ok(())
}

/// Runs compare-locales with the project file `config` over the repository
/// and adds up its JSON report.
fn compare(program: &Path, config: &Path) -> Result<Totals, String> {
    let root = root();
    // `--return-zero`: its exit status then says only whether it ran; the
    // counts come from the report.
    let out = Command::new(program)
        .args(["--return-zero", "--json", "-"])
        .arg(config)
        .arg(&root)
        .current_dir(&root)
        .output()
        .map_err(|e| format!("could not start {}: {e}", program.display()))?;
    if !out.status.success() {
        return Err(format!(
            "compare-locales failed on {} ({}): {}",
            config.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    parse(&String::from_utf8_lossy(&out.stdout))
        .map_err(|e| format!("compare-locales on {}: {e}", config.display()))
}

/// Adds up compare-locales' `--json` report: a list of `{"details",
/// "summary"}`, where `summary` has per locale `errors`, `warnings`,
/// `missing`, `obsolete` (…), and `details` per file the problems
/// (`{"missingEntity": id}`, `{"error": text}`, `{"missingFile": …}`), in
/// folders nested by path.
pub fn parse(json: &str) -> Result<Totals, String> {
    let report: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("its report is not JSON: {e}"))?;
    let runs = report
        .as_array()
        .ok_or("its report is not a list of runs: has its --json format changed?")?;
    let mut totals = Totals::default();
    let mut locales = BTreeMap::new();
    for run in runs {
        let summary = run["summary"]
            .as_object()
            .ok_or("a run in its report has no summary")?;
        for (locale, counts) in summary {
            let count = |key: &str| -> Result<u64, String> {
                match &counts[key] {
                    serde_json::Value::Null => Ok(0),
                    value => value
                        .as_u64()
                        .ok_or_else(|| format!("`{key}` of {locale} is not a count: {value}")),
                }
            };
            totals.errors += count("errors")?;
            totals.warnings += count("warnings")?;
            totals.missing += count("missing")?;
            totals.obsolete += count("obsolete")?;
            locales.insert(locale.clone(), ());
        }
        details("", &run["details"], &mut totals.details);
    }
    totals.locales = locales.into_keys().collect();
    Ok(totals)
}

/// The problems under `node` (folders are objects, a file's problems a list)
/// as `path: kind value` lines.
fn details(path: &str, node: &serde_json::Value, out: &mut Vec<String>) {
    match node {
        serde_json::Value::Object(children) => {
            for (name, child) in children {
                let path = match path {
                    "" => name.clone(),
                    _ => format!("{path}/{name}"),
                };
                details(&path, child, out);
            }
        }
        serde_json::Value::Array(problems) => {
            for problem in problems {
                let text = match problem.as_object() {
                    Some(entries) => entries
                        .iter()
                        .map(|(kind, value)| match value.as_str() {
                            Some(value) => format!("{kind} {value}"),
                            None => format!("{kind} {value}"),
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                    None => problem.to_string(),
                };
                out.push(format!("{path}: {text}"));
            }
        }
        _ => {}
    }
}

/// The virtual environment compare-locales is installed in.
fn venv() -> PathBuf {
    target_dir().join("venv")
}

/// Installs [`PACKAGES`] into [`venv`] unless they are there (on a fresh
/// machine that takes Python's `venv` module: see
/// [`crate::tools::python_with_venv`]), and returns the `compare-locales`
/// program.
pub fn ensure() -> Result<PathBuf, String> {
    let venv = venv();
    let program = venv.join("bin/compare-locales");
    let pip = venv.join("bin/pip");
    if program.exists() && installed(&pip) {
        return Ok(program);
    }
    // No venv, or one whose Python is gone: made anew.
    if output(Command::new(&pip).arg("--version")).is_none() {
        let python = crate::tools::python_with_venv()?;
        println!(
            "xtask: creating a Python virtual environment in {}",
            venv.display()
        );
        exec(
            Command::new(&python)
                .args(["-m", "venv", "--clear"])
                .arg(&venv),
        )?;
    }
    println!(
        "xtask: installing {} into {}",
        PACKAGES.join(" "),
        venv.display()
    );
    exec(
        Command::new(&pip)
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .args(PACKAGES),
    )
    .map_err(|e| format!("{e}; compare-locales and its packages come from PyPI"))?;
    Ok(program)
}

/// Whether every package of [`PACKAGES`] is installed at its version.
fn installed(pip: &Path) -> bool {
    let Some(list) = output(Command::new(pip).args(["freeze", "--disable-pip-version-check"]))
    else {
        return false;
    };
    let normal = |name: &str| name.trim().to_ascii_lowercase().replace('_', "-");
    let list: Vec<String> = list.lines().map(normal).collect();
    PACKAGES
        .iter()
        .all(|package| list.contains(&normal(package)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// compare-locales 9.0.5's report on the checker fixture `missing-message`
    /// with an `en` that renamed a message and a `tr` with a broken line.
    const REPORT: &str = r#"[
 {
  "details": {
   "i18n": {
    "en/notice.ftl": [
     {"obsoleteEntity": "notice-titel"},
     {"missingEntity": "notice-title"}
    ],
    "tr/notice.ftl": [
     {"error": "Unparsed content \"x = { $a\" from line 92 column 1 to line 92 column 9"}
    ]
   }
  },
  "summary": {
   "en": {"changed": 24, "errors": 0, "missing": 1, "obsolete": 1, "warnings": 0},
   "tr": {"changed": 25, "errors": 1, "missing": 0, "obsolete": 0, "warnings": 0},
   "uk": {"changed": 25, "errors": 0, "missing": 0, "obsolete": 0, "warnings": 0}
  }
 }
]"#;

    #[test]
    fn a_report_with_problems_adds_up_to_non_zero_counts() {
        let totals = parse(REPORT).unwrap();
        assert_eq!(
            (
                totals.errors,
                totals.warnings,
                totals.missing,
                totals.obsolete
            ),
            (1, 0, 1, 1)
        );
        assert_eq!(totals.locales, ["en", "tr", "uk"]);
        assert_eq!(
            totals.details,
            [
                "i18n/en/notice.ftl: obsoleteEntity notice-titel",
                "i18n/en/notice.ftl: missingEntity notice-title",
                "i18n/tr/notice.ftl: error Unparsed content \"x = { $a\" from line 92 column 1 to line 92 column 9",
            ]
        );
        assert_eq!(
            totals.describe(),
            "1 errors, 0 warnings, 1 missing, 1 obsolete in 3 locales"
        );
    }

    #[test]
    fn a_clean_report_adds_up_to_zero() {
        let clean = r#"[{"details": {}, "summary": {"de-x-ls": {"errors": 0, "missing": 0, "warnings": 0}}}]"#;
        let totals = parse(clean).unwrap();
        assert_eq!((totals.errors, totals.warnings, totals.missing), (0, 0, 0));
        assert_eq!(totals.locales, ["de-x-ls"]);
        assert!(totals.details.is_empty());
    }

    #[test]
    fn a_report_in_another_shape_is_an_error_not_a_pass() {
        assert!(parse("compare-locales 10").is_err());
        assert!(parse(r#"{"summary": {}}"#).is_err());
        assert!(parse(r#"[{"details": {}}]"#).is_err());
        assert!(parse(r#"[{"summary": {"en": {"missing": "two"}}}]"#).is_err());
    }

    #[test]
    fn the_pinned_packages_name_compare_locales_first() {
        assert!(PACKAGES[0].starts_with("compare-locales=="));
        assert!(PACKAGES.iter().all(|p| p.contains("==")));
    }
}
