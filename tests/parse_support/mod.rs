//! The comparison of the widget's Fluent parser (`src/l10n/parse.rs`) with
//! the reference, `fluent_syntax::parser::parse_runtime`, shared by
//! `tests/parse.rs` and the fuzz target `parse` (`fuzz/fuzz_targets/parse.rs`).

use fluent_syntax::ast::{Entry, Resource};
use fluent_syntax::parser::{ErrorKind, ParserError};
use member_notice::l10n::parse::{parse_runtime, ParsedResource, MAX_DEPTH};

/// The resource and errors, without what differs on purpose: the junk
/// entries (the widget's parser reports junk only as errors, whose slices
/// the comparison covers) and the text quoted in escape errors.
pub fn normalized(parsed: ParsedResource) -> (Resource<String>, Vec<ParserError>) {
    let (mut resource, mut errors) = match parsed {
        Ok(resource) => (resource, Vec::new()),
        Err(failed) => failed,
    };
    resource
        .body
        .retain(|entry| !matches!(entry, Entry::Junk { .. }));
    for error in &mut errors {
        if let ErrorKind::UnknownEscapeSequence(text)
        | ErrorKind::InvalidUnicodeEscapeSequence(text) = &mut error.kind
        {
            text.clear();
        }
    }
    (resource, errors)
}

pub fn reference(ftl: &str) -> (Resource<String>, Vec<ParserError>) {
    normalized(fluent_syntax::parser::parse_runtime(ftl.to_owned()))
}

pub fn ours(ftl: &str) -> (Resource<String>, Vec<ParserError>) {
    normalized(parse_runtime(ftl))
}

/// Both parsers give the same resource and the same errors.
#[track_caller]
pub fn assert_agrees(name: &str, ftl: &str) {
    let (expected, expected_errors) = reference(ftl);
    let (actual, actual_errors) = ours(ftl);
    assert_eq!(actual, expected, "{name}: the resource differs for {ftl:?}");
    assert_eq!(
        actual_errors, expected_errors,
        "{name}: the errors differ for {ftl:?}"
    );
}

/// Whether `ftl` has a `\u` or `\U` with fewer than its hex digits before a
/// non-ASCII character: where the reference parser panics (if the escape is
/// in a string literal), so the generated cases leave it out.
pub fn reference_may_panic(ftl: &str) -> bool {
    let bytes = ftl.as_bytes();
    bytes.windows(2).enumerate().any(|(at, pair)| {
        pair[0] == b'\\'
            && matches!(pair[1], b'u' | b'U')
            && bytes[at + 2..]
                .iter()
                .take(6)
                .find(|b| !b.is_ascii_hexdigit())
                .is_some_and(|b| !b.is_ascii())
    })
}

/// Above this many `{` and `(`, the reference parser is not run: it would
/// recurse as deep, and a fuzzer's input could overflow the stack.
const REFERENCE_SAFE_NESTING: usize = 200;

/// The checks on any text: the widget's parser never panics, and where the
/// reference survives the text too, the two agree — up to the first entry
/// the widget's parser leaves out for nesting past [`MAX_DEPTH`], where the
/// reference goes on (and after which the two may recover at different
/// lines).
pub fn check_against_reference(ftl: &str) {
    let (actual, actual_errors) = ours(ftl);
    if reference_may_panic(ftl) || ftl.matches(['{', '(']).count() > REFERENCE_SAFE_NESTING {
        return;
    }
    let (expected, expected_errors) = reference(ftl);
    let differs = |i: &usize| actual_errors.get(*i) != expected_errors.get(*i);
    let first = (0..=actual_errors.len().max(expected_errors.len())).find(differs);
    let Some(deep) = first.and_then(|i| actual_errors.get(i)) else {
        assert_eq!(actual, expected, "the resource differs for {ftl:?}");
        assert_eq!(
            actual_errors, expected_errors,
            "the errors differ for {ftl:?}"
        );
        return;
    };
    let start = deep.slice.clone().map_or(0, |slice| slice.start);
    let entry = deep
        .slice
        .clone()
        .and_then(|slice| ftl.get(slice))
        .unwrap_or_default();
    assert!(
        deep.kind == ErrorKind::ExpectedInlineExpression
            && entry.matches(['{', '(']).count() > MAX_DEPTH,
        "only an entry nested too deep may be left out by one parser only, not {deep:?} in {ftl:?}"
    );
    if let Some(other) = first.and_then(|i| expected_errors.get(i)) {
        let other_start = other.slice.clone().map_or(0, |slice| slice.start);
        assert!(other_start >= start, "{other:?} before {deep:?} in {ftl:?}");
    }
    // Before that entry, both read the same (none nests too deep there, or
    // its error would have come first).
    let before = ftl.get(..start).expect("entries start on a line");
    assert_eq!(ours(before), reference(before), "before {start} in {ftl:?}");
}
