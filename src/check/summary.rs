//! Per-locale totals: how much is translated, how many errors and warnings.

use serde::Serialize;

use super::finding::{Finding, Severity};
use super::Ctx;

/// One locale's line in the summary table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// The locale tag: `pl`.
    pub locale: String,
    /// Reference messages this locale has (and that parse).
    pub translated: usize,
    /// Messages in the reference locale this locale should have (terms not
    /// counted; German-only messages only in the German versions).
    pub total: usize,
    /// Errors in this locale's files.
    pub errors: usize,
    /// Warnings in this locale's files.
    pub warnings: usize,
}

/// The summary: the reference locale first, then the others by tag.
pub(crate) fn summarize(ctx: &Ctx, findings: &[Finding]) -> Vec<LocaleSummary> {
    let wanted: Vec<String> = ctx
        .reference
        .keys()
        .into_iter()
        .filter(|k| !k.starts_with('-'))
        .collect();
    ctx.all()
        .map(|locale| {
            // A locale's total counts only what it should have: German-only
            // messages are not missing from a translation.
            let expected: Vec<&String> = wanted
                .iter()
                .filter(|k| ctx.expects(locale.tag, k))
                .collect();
            let have = locale.keys();
            let folder = ctx.path(&format!("{}/", locale.tag));
            let count = |severity| {
                findings
                    .iter()
                    .filter(|f| f.severity == severity && f.path.starts_with(&folder))
                    .count()
            };
            LocaleSummary {
                locale: locale.tag.to_owned(),
                translated: expected.iter().filter(|k| have.contains(**k)).count(),
                total: expected.len(),
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
            }
        })
        .collect()
}
