//! Fluent text as the release ships it, and where the release puts the
//! locales it does not build into the wasm.
//!
//! Shared by `build.rs` (through `#[path]`), the crate and `cargo xtask dist`,
//! so the text the wasm expects, its name and its integrity hash are
//! computed from the same bytes everywhere.

/// Fluent source without its comment lines (`#`, `##`, `###` at the start of
/// a line; a pattern's own lines are indented, so none of them starts so).
/// Translator comments are a third of each file and of no use to a member.
pub fn strip_comments(ftl: &str) -> String {
    ftl.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// The path, relative to the release folder (`dist/`), of locale `tag`'s
/// shipped text whose SHA-256 starts with `hash` (16 hex digits): content-
/// addressed, so it can be cached for ever.
pub fn file_name(tag: &str, hash: &str) -> String {
    format!("i18n/{tag}-{hash}.ftl")
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
    fn names_are_per_locale_and_content() {
        assert_eq!(
            file_name("uk", "0123456789abcdef"),
            "i18n/uk-0123456789abcdef.ftl"
        );
    }
}
