//! `member_notice::l10n::entries` against the parser it models: the
//! same entries at the same bytes, each as deep as the parser's tree; and
//! the widget's smaller check, `member_notice::l10n::nesting`, against
//! both. One file for `tests/nesting.rs` (as `mod nesting_oracle`) and the `nesting`
//! fuzz target (`fuzz/src/lib.rs` includes it).
#![allow(dead_code)] // each test file uses part of it

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};
use fluent_syntax::parser::parse_runtime;
use member_notice::l10n::entries::{self, Entry as Scanned};
use member_notice::l10n::nesting::{unparsable, Unparsable, MAX_NESTING};

/// Deeper input is only scanned: parsing it here would overflow the stack
/// (that is what the scanner is for).
pub const ORACLE_DEPTH: usize = 200;

/// Panics unless `entries::entries` finds the entries `fluent-syntax` finds
/// in `ftl`: the same starts, the same junk, spans that parse alone to the
/// same entry, and for every entry that parses, the depth of its tree.
/// Entries the scanner says the parser panics on are cut out, and the text
/// around them is parsed in parts, as the checker does (so that it reads the
/// rest as it would read the whole file is checked too). Returns the entries.
pub fn assert_entries_match_parser(ftl: &str) -> Vec<Scanned> {
    let mut found = Vec::new();
    entries::entries(ftl, |entry| found.push(entry));
    assert_check_agrees(ftl, &found);
    if found.iter().any(|entry| entry.depth > ORACLE_DEPTH) {
        return found;
    }
    let cuts = found
        .iter()
        .filter(|e| e.panics_at.is_some())
        .map(|e| e.span.clone());
    let mut from = 0;
    for cut in cuts.chain(std::iter::once(ftl.len()..ftl.len())) {
        let scanned: Vec<_> = found
            .iter()
            .filter(|e| e.span.start >= from && e.span.start < cut.start)
            .collect();
        compare(ftl, &ftl[from..cut.start], &scanned);
        from = cut.end;
    }
    found
}

/// Panics unless the widget's check (`nesting::unparsable`) agrees with the
/// entries the parser finds (`found`): what it lets through, the parser
/// reads without nesting too deep or panicking (it is sound); and a file the
/// parser reads without any error it lets through unless an entry nests too
/// deep, then naming the same line (it refuses no correct file).
pub fn assert_check_agrees(ftl: &str, found: &[Scanned]) {
    let checked = unparsable(ftl);
    let refused = found.iter().find_map(|e| e.refused());
    if checked.is_none() {
        assert_eq!(refused, None, "{ftl:?}: let through, but {found:?}");
    }
    if found.iter().all(|e| !e.junk) {
        let line = |at: usize| ftl[..at].matches('\n').count() + 1;
        let expected = refused.map(|(at, _)| line(at));
        let got = match checked {
            Some(Unparsable::TooDeep { line, .. }) => Some(line),
            None => None,
            other => panic!("{ftl:?}: a correct file refused: {other:?}"),
        };
        assert_eq!(got, expected, "{ftl:?}: {checked:?}, {found:?}");
    }
}

/// The scanner's entries in `part` (a slice of `ftl`) against the parser's.
fn compare(ftl: &str, part: &str, found: &[&Scanned]) {
    let resource = parse_runtime(part).unwrap_or_else(|(resource, _)| resource);
    assert_eq!(
        found.len(),
        resource.body.len(),
        "{ftl:?}: in {part:?}, the scanner found {found:?}, the parser {:?}",
        resource.body
    );
    let offset = |part: &str| part.as_ptr() as usize - ftl.as_ptr() as usize;
    for (i, (entry, parsed)) in found.iter().zip(&resource.body).enumerate() {
        let (start, junk) = match parsed {
            Entry::Message(m) => (offset(m.id.name), false),
            Entry::Term(t) => (offset(t.id.name) - 1, false),
            Entry::Junk { content } => (offset(content), true),
            other => panic!("parse_runtime keeps no comments: {other:?}"),
        };
        let context = || format!("{ftl:?}: scanned {entry:?}, parsed {parsed:?}");
        assert_eq!(
            (entry.span.start, entry.junk),
            (start, junk),
            "{}",
            context()
        );
        if let Entry::Junk { content } = parsed {
            assert_eq!(entry.span.end, start + content.len(), "{}", context());
        }
        // Alone, the entry's bytes parse to the same entry: it ends where
        // the parser went on.
        let alone =
            parse_runtime(&ftl[entry.span.clone()]).unwrap_or_else(|(resource, _)| resource);
        assert_eq!(
            format!("{:?}", alone.body),
            format!("{:?}", [parsed]),
            "{}",
            context()
        );
        let tree_depth = match parsed {
            Entry::Message(m) => m
                .value
                .iter()
                .chain(m.attributes.iter().map(|a| &a.value))
                .map(pattern_depth)
                .max(),
            Entry::Term(t) => std::iter::once(&t.value)
                .chain(t.attributes.iter().map(|a| &a.value))
                .map(pattern_depth)
                .max(),
            _ => None,
        };
        // An attribute the parser could not read is dropped, after it went
        // into it as deep as it could; its line is junk next.
        let dropped_attribute = matches!(
            resource.body.get(i + 1),
            Some(Entry::Junk { content }) if content.trim_start_matches(' ').starts_with('.')
        );
        match tree_depth {
            Some(tree) if dropped_attribute => assert!(entry.depth >= tree, "{}", context()),
            Some(tree) => assert_eq!(entry.depth, tree, "{}", context()),
            None => {}
        }
        assert_eq!(
            entry.too_deep_at.is_some(),
            entry.depth > MAX_NESTING,
            "{}",
            context()
        );
    }
}

fn pattern_depth(pattern: &Pattern<&str>) -> usize {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::Placeable { expression } => 1 + expression_depth(expression),
            PatternElement::TextElement { .. } => 0,
        })
        .max()
        .unwrap_or(0)
}

fn expression_depth(expression: &Expression<&str>) -> usize {
    match expression {
        Expression::Inline(inline) => inline_depth(inline),
        Expression::Select { selector, variants } => {
            let variants = variants.iter().map(|v| pattern_depth(&v.value)).max();
            inline_depth(selector).max(1 + variants.unwrap_or(0))
        }
    }
}

fn inline_depth(inline: &InlineExpression<&str>) -> usize {
    match inline {
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => 1 + arguments_depth(arguments),
        InlineExpression::Placeable { expression } => 1 + expression_depth(expression),
        _ => 0,
    }
}

fn arguments_depth(arguments: &CallArguments<&str>) -> usize {
    let named = arguments.named.iter().map(|n| &n.value);
    arguments
        .positional
        .iter()
        .chain(named)
        .map(inline_depth)
        .max()
        .unwrap_or(0)
}
