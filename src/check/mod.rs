//! The translation checker: compares every locale's Fluent files with the
//! reference locale (German) and reports what is wrong, where, and what to do.
//!
//! Pure Rust over file *texts*: reading folders belongs to the caller
//! (`cargo xtask i18n check`), so the same checks can run compiled to wasm
//! in the translator preview. Modelled on Mozilla's compare-locales.
//!
//! ```
//! use member_notice::check::{check, CheckInput, SourceFile, Usage};
//!
//! let files = [
//!     SourceFile::new("de", "notice.ftl", "notice-title = Verzögerungen\n"),
//!     SourceFile::new("pl", "notice.ftl", "notice-title = <b>Opóźnienia</b>\n"),
//! ];
//! let input = CheckInput {
//!     files: &files,
//!     reference: "de",
//!     usage: Some(Usage { messages: &["notice-title"], terms: &[] }),
//! };
//! let report = check(&input);
//! assert_eq!(report.errors(), 1);
//! assert!(report.findings[0].to_string().starts_with("pl/notice.ftl:1:16: error: "));
//! ```

mod compare;
mod duplicates;
mod finding;
mod plurals;
mod position;
mod references;
mod source;
mod summary;
mod syntax;
mod text;
mod usage;
mod variables;
mod walk;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

pub use finding::{Finding, Severity, CODES};
pub use plurals::categories_for;
pub use position::LineIndex;
pub use source::SourceFile;
pub use summary::LocaleSummary;
pub use text::markup;

use source::{Locale, Parsed};

/// What the program uses, to compare with the reference locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage<'a> {
    /// Message ids the code formats ([`crate::l10n::ids::ALL`]).
    pub messages: &'a [&'a str],
    /// Terms the code or remote config rely on, without the `-`
    /// ([`crate::l10n::ids::TERMS`]); every locale must define them.
    pub terms: &'a [&'a str],
}

impl Usage<'static> {
    /// What this widget uses: [`crate::l10n::ids::ALL`] and `TERMS`.
    pub fn widget() -> Self {
        Usage {
            messages: crate::l10n::ids::ALL,
            terms: crate::l10n::ids::TERMS,
        }
    }
}

/// Everything the checker looks at.
#[derive(Clone, Copy, Debug)]
pub struct CheckInput<'a> {
    /// Every file of every locale, the reference's included.
    pub files: &'a [SourceFile],
    /// The reference locale's tag: the others are compared with it.
    pub reference: &'a str,
    /// What the code uses; `None` skips the checks against the code.
    pub usage: Option<Usage<'a>>,
}

impl<'a> CheckInput<'a> {
    /// The widget's setup: reference = the source locale (`de`), usage =
    /// [`Usage::widget`].
    pub fn for_widget(files: &'a [SourceFile]) -> Self {
        CheckInput {
            files,
            reference: crate::l10n::source_locale().tag,
            usage: Some(Usage::widget()),
        }
    }
}

/// The files built into the widget ([`crate::l10n::LOCALES`]), as checker input.
pub fn shipped_files() -> Vec<SourceFile> {
    crate::l10n::LOCALES
        .iter()
        .map(|locale| {
            let name = locale.path.rsplit('/').next().unwrap_or(locale.path);
            SourceFile::new(locale.tag, name, locale.ftl)
        })
        .collect()
}

/// The checker's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Every finding, sorted by path, line and column.
    pub findings: Vec<Finding>,
    /// One line per locale: the reference first, then the others by tag.
    pub summary: Vec<LocaleSummary>,
}

impl Report {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The report as JSON for CI tools:
    /// `{"findings":[{path,line,col,severity,code,message,fix}],
    /// "summary":[{locale,translated,total,errors,warnings}]}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report is plain data")
    }
}

/// The parsed input the checks share.
pub(crate) struct Ctx<'a> {
    pub reference: Locale<'a>,
    pub others: Vec<Locale<'a>>,
    pub usage: Option<Usage<'a>>,
}

impl<'a> Ctx<'a> {
    /// Every locale, the reference first.
    pub fn all(&self) -> impl Iterator<Item = &Locale<'a>> {
        std::iter::once(&self.reference).chain(&self.others)
    }

    /// Whether the code uses `key` (a message id, or `-term`).
    pub fn is_used(&self, key: &str) -> bool {
        self.usage.is_some_and(|usage| match key.strip_prefix('-') {
            Some(term) => usage.terms.contains(&term),
            None => usage.messages.contains(&key),
        })
    }
}

/// Runs every check over `input` and returns the sorted findings and the
/// per-locale summary.
pub fn check(input: &CheckInput) -> Report {
    let mut by_locale: BTreeMap<&str, Vec<&SourceFile>> = BTreeMap::new();
    for file in input.files {
        by_locale.entry(&file.locale).or_default().push(file);
    }
    let mut reference = None;
    let mut others = Vec::new();
    for (tag, mut files) in by_locale {
        files.sort_by(|a, b| a.name.cmp(&b.name));
        let locale = Locale {
            tag,
            files: files.into_iter().map(Parsed::parse).collect(),
        };
        if tag == input.reference {
            reference = Some(locale);
        } else {
            others.push(locale);
        }
    }

    let mut findings = Vec::new();
    // Ids a translator may have meant where a line cannot be read.
    let mut known: BTreeSet<String> = reference
        .iter()
        .flat_map(|r| r.keys().into_iter().chain(r.broken_keys()))
        .collect();
    if let Some(usage) = input.usage {
        known.extend(usage.messages.iter().map(|id| id.to_string()));
        known.extend(usage.terms.iter().map(|term| format!("-{term}")));
    }
    for locale in reference.iter().chain(&others) {
        for file in &locale.files {
            syntax::check(file, &known, &mut findings);
        }
    }
    let has_reference = reference.is_some();
    if !has_reference {
        findings.push(Finding::new(
            format!("{}/", input.reference),
            (1, 1),
            "missing-reference",
            format!(
                "there are no files for the reference locale `{}`",
                input.reference
            ),
            format!(
                "add the folder {}/ with the source texts; every locale is compared with it",
                input.reference
            ),
        ));
    }
    let ctx = Ctx {
        reference: reference.unwrap_or(Locale {
            tag: input.reference,
            files: Vec::new(),
        }),
        others,
        usage: input.usage,
    };
    // Without a reference there is nothing to compare with.
    if has_reference {
        compare::check(&ctx, &mut findings);
        duplicates::check(&ctx, &mut findings);
        variables::check(&ctx, &mut findings);
        plurals::check(&ctx, &mut findings);
        references::check(&ctx, &mut findings);
        text::check(&ctx, &mut findings);
        usage::check(&ctx, &mut findings);
    }

    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    let summary = summary::summarize(&ctx, &findings);
    Report { findings, summary }
}
