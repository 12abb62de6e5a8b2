//! Syntax errors, in words: what the parser expected and how to fix it.
//!
//! fluent-syntax skips an entry it cannot read (a "junk" entry) and reports
//! one error for it, so each error here is one skipped message or term.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser::ErrorKind;

use super::finding::Finding;
use super::source::{junk_key, Parsed};
use crate::l10n::nesting::MAX_NESTING;

/// Reports a byte order mark and every parser error of `file`. `known` are
/// the ids the reference defines or the code uses: a line starting with one
/// is a broken definition, any other unreadable line is stray text.
pub(crate) fn check(file: &Parsed, known: &BTreeSet<String>, out: &mut Vec<Finding>) {
    if file.bom {
        out.push(file.finding(
            0,
            "byte-order-mark",
            "the file starts with an invisible byte order mark (U+FEFF)",
            "save the file as UTF-8 without BOM (in most editors: \"UTF-8\", not \"UTF-8 with BOM\")",
        ));
    }
    for skipped in &file.skipped {
        let until = skipped
            .key
            .as_ref()
            .map(|key| format!("; until then `{key}` is skipped"))
            .unwrap_or_default();
        let finding = match skipped.too_deep {
            Some(depth) => file.finding(
                skipped.at,
                "nesting-too-deep",
                format!(
                    "placeables `{{ }}`, arguments `( )` and choices `->` nest {depth} deep here, more than the {MAX_NESTING} allowed"
                ),
                format!("write the text with fewer nested parts{until}"),
            ),
            None => file.finding(
                skipped.at,
                "syntax-error",
                "invalid character code: too few hex digits",
                format!("use four hex digits after `\\u` (or six after `\\U`), as in `\\u00A0`{until}"),
            ),
        };
        out.push(finding);
    }
    for error in &file.errors {
        let junk_start = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
        let junk = error
            .slice
            .as_ref()
            .and_then(|slice| file.text().get(slice.clone()))
            .unwrap_or("");
        let defines = defined_key(junk).or_else(|| junk_key(junk).filter(|k| known.contains(k)));
        let stray = defines.is_none()
            && matches!(
                &error.kind,
                ErrorKind::ExpectedToken('=') | ErrorKind::ExpectedCharRange { .. }
            )
            && !junk.starts_with(['#', ' ', '.', '[', '*', '}']);
        let (code, at, what, fix) = if stray {
            let fix = match previous_key(file, junk_start) {
                Some(key) => format!(
                    "if it continues the text of `{key}` above, indent it with spaces; otherwise start it with `id = `"
                ),
                None => "start it with `id = `, or indent it with spaces if it continues the text above"
                    .to_owned(),
            };
            (
                "syntax-error",
                junk_start,
                "this line belongs to no message".to_owned(),
                fix,
            )
        } else {
            let (what, fix) = match (&error.kind, &defines) {
                (ErrorKind::ExpectedToken('='), Some(key)) => (
                    format!("expected `=` after `{key}`"),
                    format!("write `{key} = …`"),
                ),
                (kind, _) => describe(kind),
            };
            let skipped = defines
                .map(|key| format!("; until then `{key}` is skipped"))
                .unwrap_or_default();
            match error.kind {
                ErrorKind::MissingDefaultVariant => (
                    "missing-default-variant",
                    choice_start(file.text(), junk_start, error.pos.start),
                    what,
                    format!("{fix}{skipped}"),
                ),
                ErrorKind::ExpectedToken(_) => (
                    "syntax-error",
                    after_content(file.text(), junk_start, error.pos.start),
                    what,
                    format!("{fix}{skipped}"),
                ),
                _ => (
                    "syntax-error",
                    error.pos.start,
                    what,
                    format!("{fix}{skipped}"),
                ),
            }
        };
        out.push(file.finding(at, code, what, fix));
    }
}

/// The key a skipped entry defines, if it starts like a definition
/// (`notice-title =`, `-brand-name =`).
fn defined_key(junk: &str) -> Option<String> {
    let key = junk_key(junk)?;
    junk[key.len()..]
        .trim_start_matches(' ')
        .starts_with('=')
        .then_some(key)
}

/// The message or term right before the skipped entry at `junk_start`.
fn previous_key(file: &Parsed, junk_start: usize) -> Option<String> {
    let mut previous = None;
    for entry in &file.body {
        match entry {
            Entry::Message(m) => previous = Some(m.id.name.to_owned()),
            Entry::Term(t) => previous = Some(format!("-{}", t.id.name)),
            Entry::Junk { content } if file.offset(content) == junk_start => return previous,
            _ => {}
        }
    }
    None
}

/// Right after the last non-blank character before `pos` (not before
/// `entry_start`): the parser looks for a missing `}` past line ends, but
/// it belongs where the text stopped.
fn after_content(text: &str, entry_start: usize, pos: usize) -> usize {
    text.get(entry_start..pos)
        .map_or(pos, |before| entry_start + before.trim_end().len())
}

/// Where the choice without a default starts: the `{` before the last `->`
/// between the entry's start and the parser's position (else that position).
fn choice_start(text: &str, entry_start: usize, pos: usize) -> usize {
    let Some(before) = text.get(entry_start..pos) else {
        return pos;
    };
    before
        .rfind("->")
        .and_then(|arrow| before[..arrow].rfind('{'))
        .map_or(pos, |brace| entry_start + brace)
}

/// What is wrong and what to do, for each kind of parser error.
fn describe(kind: &ErrorKind) -> (String, String) {
    let (what, fix): (String, &str) = match kind {
        ErrorKind::ExpectedToken('=') => (
            "expected `=` after the message id".into(),
            "write `id = text`; if this line continues the text above, indent it with spaces",
        ),
        ErrorKind::ExpectedToken('}') => (
            "expected `}` to close the `{ … }`".into(),
            "add the missing `}`, as in `{ -brand-name }`",
        ),
        ErrorKind::ExpectedToken(']') => (
            "expected `]` to close the variant key".into(),
            "write variant keys as `[one]`, `*[other]`",
        ),
        ErrorKind::ExpectedToken(' ') => (
            "expected a space after `#`".into(),
            "write comments as `# text`",
        ),
        ErrorKind::ExpectedToken(token) => (
            format!("expected `{token}`"),
            "add the missing character here",
        ),
        ErrorKind::ExpectedCharRange { range } if range.starts_with("a-z") => (
            "expected a message id (a letter) at the start of the line".into(),
            "start each message with its id, as in `notice-title = …`; if this line continues the text above, indent it with spaces",
        ),
        ErrorKind::ExpectedCharRange { range } if range == "0-9" => (
            "expected a digit".into(),
            "write numbers with digits, as in `[1]`",
        ),
        ErrorKind::ExpectedCharRange { .. } => (
            "expected a line break after `->`".into(),
            "put each variant on its own line: `[one] …`, `*[other] …`",
        ),
        ErrorKind::ExpectedMessageField { entry_id } => (
            format!("`{entry_id}` has no text"),
            "write the translation after `=` on the same line",
        ),
        ErrorKind::ExpectedTermField { entry_id } => (
            format!("the term `-{entry_id}` has no value"),
            "write the name after `=`, as in the reference file",
        ),
        ErrorKind::ForbiddenCallee => (
            "only functions in capitals, like NUMBER, can be called with `( … )`".into(),
            "remove the `( … )`, or write the function name in capitals",
        ),
        ErrorKind::MissingDefaultVariant => (
            "this choice has no default variant".into(),
            "mark exactly one variant with `*`, usually `*[other]`",
        ),
        ErrorKind::MissingValue => (
            "a variant or attribute has no text".into(),
            "write its text after the key",
        ),
        ErrorKind::MultipleDefaultVariants => (
            "more than one variant is marked `*` (default)".into(),
            "keep `*` on exactly one variant",
        ),
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::TermReferenceAsSelector => (
            "a message or term cannot choose between variants".into(),
            "choose on a variable instead, as in `{ $count -> …`",
        ),
        ErrorKind::TermAttributeAsPlaceable => (
            "a term's attribute (`-term.attr`) can only choose between variants, not be shown".into(),
            "write `{ -term }` to show the term",
        ),
        ErrorKind::UnterminatedStringLiteral => (
            "text in quotes is not closed on this line".into(),
            "add the closing `\"`",
        ),
        ErrorKind::PositionalArgumentFollowsNamed => (
            "an unnamed argument follows a named one".into(),
            "put unnamed arguments first",
        ),
        ErrorKind::DuplicatedNamedArgument(name) => (
            format!("the argument `{name}` is given twice"),
            "remove one of them",
        ),
        ErrorKind::UnknownEscapeSequence(sequence) => (
            format!("unknown escape `\\{sequence}` in quoted text"),
            "write `\\\\` for a backslash, `\\\"` for a quote, `\\u00A0` for a character by its code",
        ),
        ErrorKind::InvalidUnicodeEscapeSequence(sequence) => (
            format!("invalid character code `{sequence}`"),
            "use four hex digits after `\\u` (or six after `\\U`), as in `\\u00A0`",
        ),
        ErrorKind::UnbalancedClosingBrace => (
            "`}` without an opening `{`".into(),
            "remove it, or write `{ \"}\" }` to show a brace",
        ),
        ErrorKind::ExpectedInlineExpression => (
            "expected a variable, term or message inside `{ }`".into(),
            "write e.g. `{ $name }` or `{ -brand-name }`; to show a brace, write `{ \"{\" }`",
        ),
        ErrorKind::ExpectedSimpleExpressionAsSelector => (
            "this cannot choose between variants".into(),
            "choose on a variable, as in `{ $count -> …`",
        ),
        ErrorKind::ExpectedLiteral => (
            "expected text in quotes or a number".into(),
            "write the argument as `\"text\"` or as a number",
        ),
    };
    (what, fix.to_owned())
}
