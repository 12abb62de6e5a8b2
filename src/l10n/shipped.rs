//! Fluent text as the release ships it.
//!
//! Shared by `build.rs` (through `#[path]`), the crate and `cargo xtask dist`,
//! so the text built into the wasm and the text of the locale files the
//! loader verifies are made the same way.

/// The files a locale folder may have, in the order the widget reads them.
///
/// - `notice.ftl`: every message every locale translates;
/// - `german-only.ftl` ([`GERMAN_ONLY_FILE`]): only in the German versions
///   (`de`, `de-x-ls`), the messages no other locale shows.
///
/// Two files, not one: translators' tools (Mozilla's compare-locales,
/// Pontoon, Weblate) compare a locale file by file with the reference and
/// would ask every translator for the German-only messages; `l10n.toml`
/// tells them which locales have the second file.
pub const FILES: &[&str] = &["notice.ftl", GERMAN_ONLY_FILE];

/// The file of the messages only the German versions show
/// ([`crate::l10n::ids::GERMAN_ONLY`]).
pub const GERMAN_ONLY_FILE: &str = "german-only.ftl";

/// Fluent source without its comment lines (`#`, `##`, `###` at the start of
/// a line; a pattern's own lines are indented, so none of them starts so).
/// Translator comments are a third of each file and of no use to a member.
pub fn strip_comments(ftl: &str) -> String {
    ftl.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// A locale's files (the texts of the [`FILES`] it has, in that order) as
/// the one text the widget reads: each ends with a line break before the next
/// begins, so no file's last entry runs into the next file's first.
pub fn join(texts: &[&str]) -> String {
    let mut joined = String::new();
    for text in texts {
        joined.push_str(text);
        if !joined.is_empty() && !joined.ends_with('\n') {
            joined.push('\n');
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_patterns_stay() {
        let ftl = "### file\n# about it\n-brand = hkk\n\n## group\nmsg =\n    # not a comment: indented\n    text\n";
        assert_eq!(
            strip_comments(ftl),
            "-brand = hkk\n\nmsg =\n    # not a comment: indented\n    text\n"
        );
    }

    #[test]
    fn joined_files_keep_their_entries_apart() {
        assert_eq!(join(&["a = 1", "b = 2\n"]), "a = 1\nb = 2\n");
        assert_eq!(join(&["a = 1\n", "b = 2"]), "a = 1\nb = 2\n");
        assert_eq!(join(&["a = 1\n"]), "a = 1\n");
        assert_eq!(join(&["", "b = 2\n"]), "b = 2\n");
    }
}
