//! The text itself: HTML-like tags (the widget shows plain text, so members
//! would see them) and invisible direction or zero-width characters (by the
//! rule of `crate::invisible::in_text`, which also refuses fetched files).

use super::finding::Finding;
use super::source::Parsed;
use super::walk::{walk, Node};
use super::Ctx;
use crate::invisible::{in_text, Invisible, ZWJ, ZWNJ};

/// Checks the text of every message and term in every locale.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for locale in ctx.all() {
        for file in &locale.files {
            for unit in file.units() {
                for (label, pattern) in unit.patterns() {
                    let mut tags: Vec<(usize, &str)> = Vec::new();
                    walk(pattern, &mut |node| {
                        if let Node::Text(text) | Node::Literal(text) = node {
                            let base = file.offset(text);
                            tags.extend(markup(text).into_iter().map(|(at, tag)| (base + at, tag)));
                            invisible(file, base, text, out);
                        }
                    });
                    if let Some((at, _)) = tags.first() {
                        let shown: Vec<String> =
                            tags.iter().map(|(_, t)| format!("`{t}`")).collect();
                        let whose = match label {
                            None => format!("`{}`", unit.key),
                            Some(attribute) => format!("`{}.{attribute}`", unit.key),
                        };
                        out.push(file.finding(
                            *at,
                            "markup",
                            format!(
                                "{whose} contains HTML-like markup {}: the widget shows plain text, so members would see the tags",
                                shown.join(", ")
                            ),
                            "remove the tags and keep only the words",
                        ));
                    }
                }
            }
        }
    }
}

/// The HTML-like tags in `text`, with their byte offsets: `<b>`, `</a>`,
/// `<br/>`, `<a href="…">`, `<!-- … -->`. A `<` followed by a space or a
/// digit ("< 5", "<3") is a comparison, not a tag.
pub fn markup(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut rest_from = 0;
    while let Some(found_at) = text[rest_from..].find('<') {
        let at = rest_from + found_at;
        let after = &text[at + 1..];
        let opens_tag =
            after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        let end = after.find(['>', '<', '\n']);
        match end {
            Some(end) if opens_tag && after[end..].starts_with('>') => {
                found.push((at, shorten(&text[at..at + 1 + end + 1])));
                rest_from = at + 1 + end + 1;
            }
            _ => rest_from = at + 1,
        }
    }
    found
}

/// A long tag cut to its first 40 characters.
fn shorten(tag: &str) -> &str {
    match tag.char_indices().nth(40) {
        Some((cut, _)) => &tag[..cut],
        None => tag,
    }
}

/// Reports each invisible character in `text`, which starts at byte `base`,
/// by the rule a fetched translation is refused by ([`in_text`]): a ZWNJ or
/// ZWJ between two letters of the Arabic script is spelling.
fn invisible(file: &Parsed, base: usize, text: &str, out: &mut Vec<Finding>) {
    for (at, c, kind, name) in in_text(text) {
        let (code, fix) = match kind {
            Invisible::BidiControl => (
                "bidi-control",
                "delete it; the widget sets the text direction itself",
            ),
            Invisible::ZeroWidth if c == ZWNJ || c == ZWJ => (
                "zero-width-character",
                "delete it: it is allowed only between two letters of the Arabic script \
                 (Persian writes it inside words), and a newer translation with it anywhere \
                 else is refused",
            ),
            Invisible::ZeroWidth => (
                "zero-width-character",
                "delete it; a newer translation with it is refused",
            ),
        };
        // A quoted string's escape turns into the character when shown.
        let written = if text[at..].starts_with('\\') {
            ", written as an escape,"
        } else {
            ""
        };
        out.push(file.finding(
            base + at,
            code,
            format!(
                "invisible character U+{:04X} {name}{written} in the text",
                u32::from(c)
            ),
            fix,
        ));
    }
}
