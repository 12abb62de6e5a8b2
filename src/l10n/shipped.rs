//! Fluent text as the release ships it.
//!
//! Shared by `build.rs` (through `#[path]`), the crate and `cargo xtask dist`,
//! so the text built into the wasm and the text of the locale files the
//! loader verifies are made the same way.

/// Fluent source without its comment lines (`#`, `##`, `###` at the start of
/// a line; a pattern's own lines are indented, so none of them starts so).
/// Translator comments are a third of each file and of no use to a member.
pub fn strip_comments(ftl: &str) -> String {
    ftl.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
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
}
