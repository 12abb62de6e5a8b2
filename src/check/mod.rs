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
//!     usage: Some(Usage { messages: &["notice-title"], terms: &[], german_only: &[] }),
//!     base: "i18n",
//!     registry: None,
//!     only: None,
//! };
//! let report = check(&input);
//! assert_eq!(report.errors(), 1);
//! assert!(report.findings[0].to_string().starts_with("i18n/pl/notice.ftl:1:16: error: "));
//! ```

mod compare;
mod duplicates;
mod easy_read;
mod finding;
mod plurals;
mod position;
mod references;
mod registry;
mod renames;
mod source;
mod summary;
mod syntax;
mod terms;
mod text;
mod usage;
mod variables;
mod walk;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

pub use finding::{Finding, Severity, CODES};
pub use plurals::categories_for;
pub use position::LineIndex;
pub use registry::Registry;
pub use source::SourceFile;
pub use summary::LocaleSummary;
pub use text::markup;

use crate::l10n::shipped::GERMAN_ONLY_FILE;
use source::{join, Locale, Parsed};

/// What the program uses, to compare with the reference locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage<'a> {
    /// Message ids the code formats ([`crate::l10n::ids::ALL`]).
    pub messages: &'a [&'a str],
    /// Terms the code or remote config rely on, without the `-`
    /// ([`crate::l10n::ids::TERMS`]); every locale must define them.
    pub terms: &'a [&'a str],
    /// Message ids the code shows only in the reference's language
    /// ([`crate::l10n::ids::GERMAN_ONLY`]): required in the reference and in
    /// its variants (tags with the same language subtag: `de-x-ls`), never
    /// shown in any other locale.
    pub german_only: &'a [&'a str],
}

impl Usage<'static> {
    /// What this widget uses: [`crate::l10n::ids::ALL`], `TERMS` and
    /// `GERMAN_ONLY`.
    pub fn widget() -> Self {
        Usage {
            messages: crate::l10n::ids::ALL,
            terms: crate::l10n::ids::TERMS,
            german_only: crate::l10n::ids::GERMAN_ONLY,
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
    /// The folder holding the locale folders, as the user named it
    /// (`i18n`, `/abs/dir`): findings' paths start with it, so an editor
    /// opened where the command ran finds the file. `""`: paths start with
    /// the locale (`pl/notice.ftl`).
    pub base: &'a str,
    /// The registered locales, to compare the folders with; `None` skips
    /// that comparison (fixtures, the preview).
    pub registry: Option<Registry<'a>>,
    /// `Some(tag)`: report only this locale's findings, plus the reference's
    /// syntax errors (which break every comparison); `None`: everything.
    pub only: Option<&'a str>,
}

impl<'a> CheckInput<'a> {
    /// The widget's setup: reference = the source locale (`de`), usage =
    /// [`Usage::widget`], paths `<locale>/<file>`, no registry comparison,
    /// every locale reported.
    pub fn for_widget(files: &'a [SourceFile]) -> Self {
        CheckInput {
            files,
            reference: crate::l10n::source_locale().tag,
            usage: Some(Usage::widget()),
            base: "",
            registry: None,
            only: None,
        }
    }
}

/// The files built into the widget ([`crate::l10n::LOCALES`]), each as
/// written ([`crate::l10n::LocaleInfo::files`]), as checker input.
pub fn shipped_files() -> Vec<SourceFile> {
    crate::l10n::LOCALES
        .iter()
        .flat_map(|locale| {
            locale
                .files
                .iter()
                .map(|(name, text)| SourceFile::new(locale.tag, *name, *text))
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
    /// [`CheckInput::base`].
    pub base: &'a str,
    pub registry: Option<Registry<'a>>,
}

impl<'a> Ctx<'a> {
    /// `rel` (`pl/notice.ftl`) as findings name it: inside the checked folder.
    pub fn path(&self, rel: &str) -> String {
        join(self.base, rel)
    }

    /// Every locale, the reference first.
    pub fn all(&self) -> impl Iterator<Item = &Locale<'a>> {
        std::iter::once(&self.reference).chain(&self.others)
    }

    /// Whether the code uses `key` (a message id, or `-term`), in any locale.
    pub fn is_used(&self, key: &str) -> bool {
        self.usage.is_some_and(|usage| match key.strip_prefix('-') {
            Some(term) => usage.terms.contains(&term),
            None => usage.messages.contains(&key) || usage.german_only.contains(&key),
        })
    }

    /// Whether `key` is a message only the reference's language shows: as
    /// the code says ([`Usage::german_only`]), or without usage, as the
    /// reference's files say (it is in its [`GERMAN_ONLY_FILE`]).
    pub fn is_german_only(&self, key: &str) -> bool {
        match self.usage {
            Some(usage) => usage.german_only.contains(&key),
            None => self
                .reference
                .file(GERMAN_ONLY_FILE)
                .is_some_and(|file| file.unit(key).is_some()),
        }
    }

    /// Whether the locale `tag` is the reference's language (`de`, `de-x-ls`),
    /// by the language subtag: those show the German-only messages.
    pub fn is_german(&self, tag: &str) -> bool {
        language(tag).eq_ignore_ascii_case(language(self.reference.tag))
    }

    /// Whether the locale `tag` should have the reference's `key`: every
    /// key, except German-only messages outside the German versions.
    pub fn expects(&self, tag: &str, key: &str) -> bool {
        self.is_german(tag) || !self.is_german_only(key)
    }
}

/// The language subtag of a locale tag: `de-x-ls` → `de`.
fn language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The reference's findings a check of one locale still reports: with them,
/// the reference cannot be read, so every comparison with it is doubtful.
const BREAKS_THE_FILE: &[&str] = &[
    "syntax-error",
    "missing-default-variant",
    "byte-order-mark",
    "missing-reference",
];

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
            files: files
                .into_iter()
                .map(|file| Parsed::parse(file, input.base))
                .collect(),
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
        known.extend(usage.german_only.iter().map(|id| id.to_string()));
        known.extend(usage.terms.iter().map(|term| format!("-{term}")));
    }
    for locale in reference.iter().chain(&others) {
        for file in &locale.files {
            syntax::check(file, &known, &mut findings);
        }
    }
    let has_reference = reference.is_some();
    if !has_reference {
        let folder = join(input.base, &format!("{}/", input.reference));
        findings.push(Finding::new(
            folder.clone(),
            (1, 1),
            "missing-reference",
            format!(
                "there are no files for the reference locale `{}`",
                input.reference
            ),
            format!(
                "add the folder {folder} with the source texts; every locale is compared with it"
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
        base: input.base,
        registry: input.registry,
    };
    registry::check(&ctx, &mut findings);
    // Without a reference there is nothing to compare with.
    if has_reference {
        compare::check(&ctx, &mut findings);
        duplicates::check(&ctx, &mut findings);
        variables::check(&ctx, &mut findings);
        plurals::check(&ctx, &mut findings);
        references::check(&ctx, &mut findings);
        terms::check(&ctx, &mut findings);
        text::check(&ctx, &mut findings);
        usage::check(&ctx, &mut findings);
        easy_read::check(&ctx, &mut findings);
    }

    if let Some(tag) = input.only {
        let locale_dir = ctx.path(&format!("{tag}/"));
        let reference_dir = ctx.path(&format!("{}/", input.reference));
        findings.retain(|f| {
            f.path.starts_with(&locale_dir)
                || (f.path.starts_with(&reference_dir) && BREAKS_THE_FILE.contains(&f.code))
        });
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    let summary = summary::summarize(&ctx, &findings);
    Report { findings, summary }
}
