//! `l10n.toml`: which locales have which translation files, in the format
//! Mozilla's compare-locales, Pontoon and Weblate read — checked against the
//! one list of locales, `src/l10n/locales.rs`.
//!
//! The file cannot be generated at test time (the tools read it from the
//! repository), so `cargo xtask i18n check` compares it with the registry and
//! reports each difference at its line, as `l10n-toml`: a locale the file
//! leaves out is never checked by compare-locales and never offered to
//! translators by Pontoon, and a file listed for every locale that only the
//! German versions have would ask every translator for German-only messages.

use std::collections::BTreeSet;

use member_notice::check::{Finding, LineIndex};
use member_notice::l10n::shipped::{FILES, GERMAN_ONLY_FILE};

/// The file's name at the repository's root.
pub const FILE: &str = "l10n.toml";

/// The code of every finding here.
const CODE: &str = "l10n-toml";

/// What `l10n.toml` must say, against the registered `tags` (the reference
/// first): every tag but the reference in the top-level `locales`, nothing
/// else there; one `[[paths]]` per file a locale folder may have
/// (`reference = "i18n/<reference>/<file>"`, `l10n = "i18n/{locale}/<file>"`);
/// the German-only file limited (`locales`) to the other German versions.
/// `path` names the file in findings, `registry` the registry's file.
pub fn check(path: &str, text: &str, tags: &[&str], registry: &str) -> Vec<Finding> {
    let file = Located {
        path,
        text,
        lines: LineIndex::new(text),
    };
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(e) => {
            let at = e.span().map_or(0, |span| span.start);
            return vec![file.finding(
                at,
                format!("{path} is not valid TOML: {}", e.message()),
                "correct it (compare-locales cannot read it either)".into(),
            )];
        }
    };
    let Some((reference, others)) = tags.split_first() else {
        return Vec::new();
    };
    let mut out = Vec::new();

    // The top-level list: every locale translated from the reference.
    let wanted: Vec<&str> = others.to_vec();
    compare_list(
        &file,
        table.get("locales"),
        file.key_offset("locales", 0),
        "`locales`",
        &wanted,
        registry,
        &mut out,
    );

    // One entry per file, the German-only one for the German versions only.
    let paths: Vec<&toml::Table> = table
        .get("paths")
        .and_then(|p| p.as_array())
        .map(|entries| entries.iter().filter_map(|e| e.as_table()).collect())
        .unwrap_or_default();
    let language = |tag: &str| tag.split('-').next().unwrap_or(tag).to_owned();
    let german: Vec<&str> = others
        .iter()
        .copied()
        .filter(|tag| language(tag) == language(reference))
        .collect();
    for name in FILES {
        let reference_file = format!("i18n/{reference}/{name}");
        let l10n = format!("i18n/{{locale}}/{name}");
        let Some(entry) = paths
            .iter()
            .find(|entry| entry.get("reference").and_then(|r| r.as_str()) == Some(&reference_file))
        else {
            out.push(file.finding(
                text.len(),
                format!("there is no [[paths]] entry for {reference_file}, so the tools never compare it"),
                format!(
                    "add `[[paths]]`, `reference = \"{reference_file}\"`, `l10n = \"{l10n}\"`{}",
                    if *name == GERMAN_ONLY_FILE {
                        format!(", `locales = {german:?}`")
                    } else {
                        String::new()
                    }
                ),
            ));
            continue;
        };
        let at = file.offset_of(&format!("\"{reference_file}\""), 0);
        if entry.get("l10n").and_then(|l| l.as_str()) != Some(&l10n) {
            out.push(file.finding(
                file.key_offset("l10n", at),
                format!("the entry for {reference_file} does not name the locales' files as `i18n/{{locale}}/{name}`"),
                format!("write `l10n = \"{l10n}\"`"),
            ));
        }
        if *name == GERMAN_ONLY_FILE {
            compare_list(
                &file,
                entry.get("locales"),
                file.key_offset("locales", at),
                &format!("the `locales` of {reference_file}"),
                &german,
                registry,
                &mut out,
            );
        }
    }
    out
}

/// Compares the list `value` (at offset `at`, named `what`) with `wanted`.
fn compare_list(
    file: &Located,
    value: Option<&toml::Value>,
    at: usize,
    what: &str,
    wanted: &[&str],
    registry: &str,
    out: &mut Vec<Finding>,
) {
    let listed: Option<Vec<&str>> = value
        .and_then(|v| v.as_array())
        .and_then(|items| items.iter().map(|item| item.as_str()).collect());
    let Some(listed) = listed else {
        out.push(file.finding(
            at,
            format!("{what} is missing: without this list of locale tags, the tools ask every locale for the files"),
            format!("set it to {wanted:?}"),
        ));
        return;
    };
    let set: BTreeSet<&str> = listed.iter().copied().collect();
    for tag in wanted.iter().filter(|tag| !set.contains(**tag)) {
        out.push(file.finding(
            at,
            format!(
                "{what} lacks `{tag}`, which {registry} registers: compare-locales, Pontoon and \
                 Weblate never see its files"
            ),
            format!("add \"{tag}\" to the list"),
        ));
    }
    for tag in listed.iter().filter(|tag| !wanted.contains(tag)) {
        out.push(file.finding(
            file.offset_of(&format!("\"{tag}\""), at),
            format!("{what} has `{tag}`, which is not one of the locales {registry} has for it"),
            "remove it, or register the locale first".into(),
        ));
    }
}

/// `l10n.toml`'s text, to point at places in it.
struct Located<'a> {
    path: &'a str,
    text: &'a str,
    lines: LineIndex,
}

impl Located<'_> {
    /// The offset of the first `needle` from `from` on (`from` when none).
    fn offset_of(&self, needle: &str, from: usize) -> usize {
        self.text
            .get(from..)
            .and_then(|rest| rest.find(needle))
            .map_or(from, |at| from + at)
    }

    /// The offset of the first line from `from` on that sets `key`
    /// (`key = …`, comments and other keys skipped; `from` when none).
    fn key_offset(&self, key: &str, from: usize) -> usize {
        let mut at = 0;
        for line in self.text.split_inclusive('\n') {
            let sets = line
                .trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='));
            if at >= from && sets {
                return at + (line.len() - line.trim_start().len());
            }
            at += line.len();
        }
        from
    }

    fn finding(&self, offset: usize, problem: String, fix: String) -> Finding {
        let place = self.lines.line_col(self.text, offset.min(self.text.len()));
        Finding::new(self.path, place, CODE, problem, fix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> String {
        std::fs::read_to_string(crate::util::root().join(FILE)).expect("l10n.toml")
    }

    /// `path:line:col: message` of each finding.
    fn brief(findings: &[Finding]) -> Vec<String> {
        findings
            .iter()
            .map(|f| format!("{}:{}:{}: {}", f.path, f.line, f.col, f.message))
            .collect()
    }

    #[test]
    fn the_repositorys_l10n_toml_lists_every_registered_locale() {
        let tags = member_notice::l10n::LOCALE_TAGS;
        let findings = check(FILE, &real(), tags, "src/l10n/locales.rs");
        assert_eq!(brief(&findings), Vec::<String>::new());
    }

    #[test]
    fn a_registered_locale_it_lacks_is_named_with_the_fix() {
        // The registry gained `xx` (a tag that does not ship); l10n.toml did not.
        let mut tags = member_notice::l10n::LOCALE_TAGS.to_vec();
        tags.push("xx");
        let text = real();
        let findings = check(FILE, &text, &tags, "src/l10n/locales.rs");
        let line = text
            .lines()
            .position(|l| l.starts_with("locales ="))
            .unwrap()
            + 1;
        assert_eq!(
            brief(&findings),
            [format!(
                "l10n.toml:{line}:1: `locales` lacks `xx`, which src/l10n/locales.rs \
                 registers: compare-locales, Pontoon and Weblate never see its files"
            )]
        );
        assert_eq!(findings[0].fix, "add \"xx\" to the list");
        assert_eq!(findings[0].severity, member_notice::check::Severity::Error);
    }

    #[test]
    fn a_locale_the_registry_lacks_is_named_at_its_line() {
        let text = real().replacen("\"en\",", "\"en\",\n    \"xx\",", 1);
        let tags = member_notice::l10n::LOCALE_TAGS;
        let findings = check(FILE, &text, tags, "src/l10n/locales.rs");
        let line = text.lines().position(|l| l.trim() == "\"xx\",").unwrap() + 1;
        assert_eq!(
            brief(&findings),
            [format!(
                "l10n.toml:{line}:5: `locales` has `xx`, which is not one of the locales \
                 src/l10n/locales.rs has for it"
            )]
        );
    }

    #[test]
    fn the_german_only_file_is_for_the_german_versions_only() {
        let text = real();
        let tags = member_notice::l10n::LOCALE_TAGS;
        // Without its own list, every locale would be asked for it.
        let start = text.find("\"i18n/de/german-only.ftl\"").unwrap();
        let own_list = start + text[start..].find("locales").unwrap();
        let without = format!("{}\n", &text[..own_list]);
        let findings = check(FILE, &without, tags, "src/l10n/locales.rs");
        assert_eq!(findings.len(), 1, "{:?}", brief(&findings));
        assert!(
            findings[0]
                .message
                .starts_with("the `locales` of i18n/de/german-only.ftl is missing")
                && findings[0].fix == "set it to [\"de-x-ls\"]",
            "{:?}",
            brief(&findings)
        );
        // Listing English there is as wrong.
        let with_english = text.replacen(
            "locales = [\n    \"de-x-ls\",\n]",
            "locales = [\n    \"de-x-ls\",\n    \"en\",\n]",
            1,
        );
        assert_ne!(with_english, text, "the German-only entry's list moved");
        let findings = check(FILE, &with_english, tags, "src/l10n/locales.rs");
        assert_eq!(findings.len(), 1, "{:?}", brief(&findings));
        assert!(
            findings[0].message.contains("has `en`"),
            "{:?}",
            brief(&findings)
        );
        // And without the entry, compare-locales never sees the file.
        let cut = text[..start].rfind("[[paths]]").unwrap();
        let findings = check(FILE, &text[..cut], tags, "src/l10n/locales.rs");
        assert_eq!(findings.len(), 1, "{:?}", brief(&findings));
        assert!(findings[0]
            .message
            .contains("no [[paths]] entry for i18n/de/german-only.ftl"));
    }

    #[test]
    fn a_file_that_is_no_toml_is_reported_where_it_breaks() {
        let findings = check(
            FILE,
            "locales = [\"en\"\n",
            &["de", "en"],
            "src/l10n/locales.rs",
        );
        assert_eq!(findings.len(), 1, "{:?}", brief(&findings));
        assert!(findings[0]
            .message
            .starts_with("l10n.toml is not valid TOML"));
    }
}
