//! `CHANGELOG.md` as Keep a Changelog 1.1.0 has it, with an entry for the crate's version.
//!
//! Checked by a native test (so `cargo xtask test` fails on it): the release a web team
//! reads about must be the one `MemberNotice.version` and the manifest name.

/// The sections a version may have, in Keep a Changelog's words.
const SECTIONS: [&str; 6] = [
    "Added",
    "Changed",
    "Deprecated",
    "Removed",
    "Fixed",
    "Security",
];

/// The heading of changes not released yet.
const UNRELEASED: &str = "Unreleased";

/// Every way `text` (a changelog) is not well-formed Keep a Changelog, or lacks an entry for
/// `version`, as sentences naming the line; empty when it is fine.
pub fn problems(text: &str, version: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut versions: Vec<Heading> = Vec::new();
    let mut sections: Vec<&str> = Vec::new();
    let mut entries = 0;
    let mut references: Vec<(usize, String)> = Vec::new();
    let close = |versions: &[Heading], entries: usize, problems: &mut Vec<String>| {
        if let Some(Heading { line, name, .. }) = versions.last() {
            if entries == 0 && name != UNRELEASED {
                problems.push(format!("line {line}: [{name}] lists no change"));
            }
        }
    };
    if text.lines().next() != Some("# Changelog") {
        problems.push("line 1: a changelog starts with `# Changelog`".into());
    }
    for (at, line) in text.lines().enumerate() {
        let number = at + 1;
        if let Some(heading) = line.strip_prefix("## ") {
            close(&versions, entries, &mut problems);
            entries = 0;
            sections.clear();
            match version_heading(heading) {
                Ok((name, released)) => {
                    if versions.iter().any(|seen| seen.name == name) {
                        problems.push(format!("line {number}: [{name}] comes twice"));
                    }
                    versions.push(Heading {
                        line: number,
                        name,
                        released,
                    });
                }
                Err(problem) => problems.push(format!("line {number}: {problem}")),
            }
        } else if let Some(section) = line.strip_prefix("### ") {
            if versions.is_empty() {
                problems.push(format!("line {number}: `### {section}` before any version"));
            } else if !SECTIONS.contains(&section) {
                problems.push(format!(
                    "line {number}: `### {section}` is not one of {}",
                    SECTIONS.join(", ")
                ));
            } else if sections.contains(&section) {
                problems.push(format!(
                    "line {number}: `### {section}` comes twice in one version"
                ));
            } else {
                sections.push(section);
            }
        } else if line.starts_with("- ") && !versions.is_empty() {
            if sections.is_empty() {
                problems.push(format!(
                    "line {number}: a change outside a section ({})",
                    SECTIONS.join(", ")
                ));
            }
            entries += 1;
        } else if let Some((name, target)) = reference(line) {
            if target.trim().is_empty() {
                problems.push(format!("line {number}: [{name}] links nowhere"));
            }
            references.push((number, name));
        }
    }
    close(&versions, entries, &mut problems);

    if versions.first().map(|v| v.name.as_str()) != Some(UNRELEASED) {
        problems.push(format!("the first version heading is `## [{UNRELEASED}]`"));
    }
    let released: Vec<(&Heading, &Release)> = versions
        .iter()
        .filter_map(|v| v.released.as_ref().map(|r| (v, r)))
        .collect();
    for pair in released.windows(2) {
        let ((newer, newer_release), (older, older_release)) = (pair[0], pair[1]);
        let (line, newer, older) = (older.line, &newer.name, &older.name);
        let (newer_date, older_date) = (&newer_release.date, &older_release.date);
        if newer_release.version <= older_release.version {
            problems.push(format!(
                "line {line}: [{older}] comes after [{newer}]: newest first"
            ));
        }
        if newer_date < older_date {
            problems.push(format!(
                "line {line}: [{older}] ({older_date}) is dated after [{newer}] ({newer_date})"
            ));
        }
    }
    for Heading { line, name, .. } in &versions {
        if !references.iter().any(|(_, target)| target == name) {
            problems.push(format!(
                "line {line}: [{name}] has no link reference (`[{name}]: <url>` at the end)"
            ));
        }
    }
    for (line, name) in &references {
        if !versions.iter().any(|heading| heading.name == *name) {
            problems.push(format!(
                "line {line}: the link reference [{name}] has no version"
            ));
        }
    }
    if !released.iter().any(|(heading, _)| heading.name == version) {
        problems.push(format!(
            "the crate's version {version} (Cargo.toml) has no entry: add `## [{version}] - \
             YYYY-MM-DD` with what changed for embedders, or set the version an entry has"
        ));
    }
    problems
}

/// A semantic version's numbers, compared in order (a pre-release is not accepted here).
type Version = (u64, u64, u64);

/// A version's heading: its line, its name (`1.0.0`, `Unreleased`) and, if released, when.
struct Heading {
    line: usize,
    name: String,
    released: Option<Release>,
}

/// A released version and its date (`YYYY-MM-DD`, which compares as text).
struct Release {
    version: Version,
    date: String,
}

/// `[1.2.3] - 2026-12-07` → the version and its date; `[Unreleased]` → no release.
fn version_heading(heading: &str) -> Result<(String, Option<Release>), String> {
    let expected = || {
        format!(
            "`## {heading}` is not a version heading: `## [{UNRELEASED}]` or `## [1.2.3] - \
             2026-12-31`"
        )
    };
    let rest = heading.strip_prefix('[').ok_or_else(expected)?;
    let (name, rest) = rest.split_once(']').ok_or_else(expected)?;
    if name == UNRELEASED {
        return if rest.is_empty() {
            Ok((name.to_owned(), None))
        } else {
            Err(expected())
        };
    }
    let version =
        semver(name).ok_or_else(|| format!("[{name}] is not a semantic version (1.2.3)"))?;
    let date = rest.strip_prefix(" - ").ok_or_else(expected)?;
    if !is_date(date) {
        return Err(format!("[{name}]'s date `{date}` is not YYYY-MM-DD"));
    }
    Ok((
        name.to_owned(),
        Some(Release {
            version,
            date: date.to_owned(),
        }),
    ))
}

/// `1.2.3` → (1, 2, 3); numbers without leading zeros, as Semantic Versioning writes them.
fn semver(text: &str) -> Option<Version> {
    let parts: Vec<u64> = text
        .split('.')
        .map(|part| {
            let canonical = !part.is_empty()
                && part.chars().all(|c| c.is_ascii_digit())
                && (part == "0" || !part.starts_with('0'));
            canonical.then(|| part.parse().ok()).flatten()
        })
        .collect::<Option<_>>()?;
    match parts[..] {
        [major, minor, patch] => Some((major, minor, patch)),
        _ => None,
    }
}

/// An ISO date with a real month and day (`2026-02-30` is not one).
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return false;
    };
    let number = |part: &str, len: usize| {
        (part.len() == len && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2))
    else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A link reference definition `[name]: target`.
fn reference(line: &str) -> Option<(String, &str)> {
    let rest = line.strip_prefix('[')?;
    let (name, target) = rest.split_once("]:")?;
    Some((name.to_owned(), target))
}

#[cfg(test)]
mod tests {
    use super::problems;
    use crate::util::root;

    const GOOD: &str = "# Changelog

## [Unreleased]

## [1.0.0] - 2026-12-07

### Added

- The types.

### Removed

- **Breaking:** a property.

## [0.1.0] - 2026-11-28

### Added

- The widget.

[Unreleased]: ../../compare/v1.0.0...HEAD
[1.0.0]: ../../compare/v0.1.0...v1.0.0
[0.1.0]: ../../releases/tag/v0.1.0
";

    #[test]
    fn the_crate_version_has_an_entry_in_a_well_formed_changelog() {
        let text = std::fs::read_to_string(root().join("CHANGELOG.md"))
            .expect("CHANGELOG.md is at the repository's root");
        assert_eq!(
            problems(&text, member_notice::VERSION),
            Vec::<String>::new(),
            "CHANGELOG.md"
        );
    }

    #[test]
    fn a_well_formed_changelog_passes() {
        assert_eq!(problems(GOOD, "1.0.0"), Vec::<String>::new());
        assert_eq!(problems(GOOD, "0.1.0"), Vec::<String>::new());
    }

    #[test]
    fn a_version_without_an_entry_fails() {
        let found = problems(GOOD, "1.1.0");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("the crate's version 1.1.0 (Cargo.toml) has no entry"));
        // Unreleased changes are no entry for a version.
        assert!(!problems(GOOD, "Unreleased").is_empty());
    }

    #[test]
    fn each_way_of_breaking_the_format_is_named() {
        for (broken, expected) in [
            (
                GOOD.replace("# Changelog", "# Changes"),
                "line 1: a changelog starts with",
            ),
            (
                GOOD.replace("## [1.0.0] - 2026-12-07", "## 1.0.0 - 2026-12-07"),
                "line 5: `## 1.0.0",
            ),
            (
                GOOD.replace("## [1.0.0] - 2026-12-07", "## [1.0.0]"),
                "line 5: `## [1.0.0]`",
            ),
            (
                GOOD.replace("2026-12-07", "2026-02-30"),
                "[1.0.0]'s date `2026-02-30`",
            ),
            (
                GOOD.replace("[1.0.0] - ", "[1.0] - "),
                "line 5: [1.0] is not a semantic version",
            ),
            (
                GOOD.replace("### Removed", "### Breaking"),
                "line 11: `### Breaking` is not one of",
            ),
            (
                GOOD.replace("### Removed", "### Added"),
                "line 11: `### Added` comes twice",
            ),
            (
                GOOD.replace("[1.0.0]: ../../compare/v0.1.0...v1.0.0\n", ""),
                "line 5: [1.0.0] has no link reference",
            ),
            (
                GOOD.replace(
                    "[0.1.0]: ../../releases/tag/v0.1.0",
                    "[0.1.0]: ../../releases/tag/v0.1.0\n[0.0.9]: x",
                ),
                "the link reference [0.0.9] has no version",
            ),
            (
                GOOD.replace("## [Unreleased]\n", ""),
                "the first version heading is `## [Unreleased]`",
            ),
            (
                GOOD.replace("2026-11-28", "2026-12-08"),
                "[0.1.0] (2026-12-08) is dated after [1.0.0]",
            ),
            (
                GOOD.replace("[0.1.0] - ", "[1.1.0] - ")
                    .replace("[0.1.0]:", "[1.1.0]:"),
                "[1.1.0] comes after [1.0.0]: newest first",
            ),
            (
                GOOD.replace("- The widget.\n", ""),
                "[0.1.0] lists no change",
            ),
            (
                GOOD.replace("### Added\n\n- The types.", "- The types."),
                "a change outside a section",
            ),
        ] {
            let found = problems(&broken, "1.0.0");
            assert!(
                found.iter().any(|p| p.contains(expected)),
                "{expected:?} in {found:#?}"
            );
        }
    }
}
