//! The nesting limit for Fluent files (security review 2026-12, L2). The
//! translators' checker hands files to fluent-syntax's recursive parser, so
//! its scanner (`src/l10n/nesting.rs`) must find the entries and depths that
//! parser does and refuse a file past the limit whatever construct nests
//! (placeables, call arguments, functions, select variants with a `"` in
//! their text). The widget parses with its own bounded parser
//! (`src/l10n/parse.rs`, tests/parse.rs): there the review's files lose only
//! their deep entry, and a file at the limit parses, resolves and is dropped
//! on a stack the size of the wasm's.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::bundle::Bundle;
use member_notice::l10n::nesting::{unparsable, Unparsable, MAX_NESTING};

use member_notice::l10n::{Localizer, LOCALES};
use member_notice::remote::check_translation;
use proptest::prelude::*;

mod nesting_oracle;
mod wasm_stack;

use nesting_oracle::assert_entries_match_parser;
use wasm_stack::on_wasm_stack;

/// One level (or two) of nesting, written around what it contains.
#[derive(Clone, Copy, Debug)]
enum Layer {
    /// `{ … }`
    Placeable,
    /// `-t( … )`, a term's positional argument.
    TermCall,
    /// `NUMBER( … )`
    Function,
    /// `-t(case: NUMBER( … ))`: a named argument's value (2 levels).
    Named,
    /// `{ 1 -> *[a] " … }`: a select whose variant text has a `"` before
    /// what it contains (2 levels: the placeable and the variants).
    Select,
}

impl Layer {
    const ALL: [Layer; 5] = [
        Layer::Placeable,
        Layer::TermCall,
        Layer::Function,
        Layer::Named,
        Layer::Select,
    ];

    fn levels(self) -> usize {
        match self {
            Layer::Named | Layer::Select => 2,
            _ => 1,
        }
    }

    fn open(self) -> &'static str {
        match self {
            Layer::Placeable => "{ ",
            Layer::TermCall => "-t(",
            Layer::Function => "NUMBER(",
            Layer::Named => "-t(case: NUMBER(",
            Layer::Select => "{ 1 ->\n   *[a] \" ",
        }
    }

    fn close(self) -> &'static str {
        match self {
            Layer::Placeable => " }",
            Layer::TermCall | Layer::Function => ")",
            Layer::Named => "))",
            Layer::Select => "\n}",
        }
    }

    /// Whether it contains text (else an expression).
    fn holds_text(self) -> bool {
        matches!(self, Layer::Select)
    }
}

/// `notice-title = …` with `layers` nested inside one another, outermost
/// first (text holds only a placeable or a select).
fn nested(layers: impl IntoIterator<Item = Layer>) -> String {
    let mut open = String::from("-t = T\nnotice-title = ");
    let mut close = Vec::new();
    let mut text = true;
    for layer in layers {
        assert!(
            !text || matches!(layer, Layer::Placeable | Layer::Select),
            "{layer:?} in text"
        );
        open.push_str(layer.open());
        close.push(layer.close());
        text = layer.holds_text();
    }
    open.push_str(if text { "x" } else { "\"x\"" });
    close.reverse();
    open + &close.concat() + "\n"
}

/// The review's three files, `n + 1` levels deep: term calls
/// `{ -t(-t(…)) }`, functions `{ NUMBER(NUMBER(…)) }`, and a select variant
/// whose text holds a `"` before placeables `" { { … "x" } }`.
fn review_files(n: usize) -> [(&'static str, String); 3] {
    let after = |first: Layer, then: Layer, count: usize| {
        nested(std::iter::once(first).chain(std::iter::repeat_n(then, count)))
    };
    [
        ("term calls", after(Layer::Placeable, Layer::TermCall, n)),
        ("functions", after(Layer::Placeable, Layer::Function, n)),
        (
            "a quote in a select variant",
            after(Layer::Select, Layer::Placeable, n - 1),
        ),
    ]
}

/// Layers cycling through every construct from `Layer::ALL[first]`,
/// exactly `levels` deep.
fn mixture(first: usize, levels: usize) -> Vec<Layer> {
    let mut layers = Vec::new();
    let mut total = 0;
    let mut text = true;
    for &next in Layer::ALL.iter().cycle().skip(first) {
        let fits = total + next.levels() <= levels && (!text || next.open().starts_with('{'));
        let layer = if fits { next } else { Layer::Placeable };
        if total + layer.levels() > levels {
            break;
        }
        total += layer.levels();
        text = layer.holds_text();
        layers.push(layer);
    }
    layers
}

fn depth(ftl: &str) -> usize {
    let mut deepest = 0;
    member_notice::l10n::entries::entries(ftl, |entry| deepest = deepest.max(entry.depth));
    deepest
}

#[test]
fn each_construct_the_parser_recurses_for_counts() {
    for (ftl, expected) in [
        ("m = text", 0),
        ("m = { -brand }", 1),
        ("m = { { \"{{{\" } }", 2),
        ("m = { \"a \\\" {{ \" }", 1),
        ("# {{{{{{{{{{{{\nm = x", 0),
        ("m = { -t(case: \"x\") }", 2),
        ("m = { NUMBER(NUMBER(1)) }", 3),
        ("m = { -t(a: NUMBER(b: NUMBER(1))) }", 4),
        // A select: its placeable and its variant list.
        ("m = { $a ->\n   *[x] x\n}", 2),
        (
            "m = { $a ->\n    [x] { $b ->\n        [y] deep\n       *[z] z\n    }\n   *[o] o\n}",
            4,
        ),
        // In a variant's text, `"` is text: the braces after it count.
        ("m = { 1 ->\n   *[a] \" { { \"x\" } }\n}", 4),
        // An argument list spread over lines, a placeable as an argument.
        ("m = { -t(\n    { \"x\" },\n    a: 1\n) }", 3),
        // Attributes count like values.
        ("m = x\n    .a = { { { 1 } } }", 3),
    ] {
        let entries = assert_entries_match_parser(ftl);
        assert_eq!(depth(ftl), expected, "{ftl:?}: {entries:?}");
    }
}

#[test]
fn broken_entries_end_where_the_parser_goes_on() {
    // Each line pair: a broken entry, then one nested deep the parser reads
    // after it. The scanner must not lose its place in the first.
    for broken in [
        "a = { -t(x: 1, x: 2) }", // a named argument twice
        "a = { -t(x: 1, 2) }",    // positional after named
        "a = { foo(1) }",         // a function in lower case
        "a = { a ->\n *[x] y\n}", // a message as selector
        "a = { $a ->\n [x] y\n}", // no default variant
        "a = { $a ->\n *[x]\n}",  // a variant without a value
        "a = { \"\\q\" }",        // an unknown escape
        "a = { \"x\n\" }",        // a string across lines
        "a = { -t.b }",           // a term attribute as a placeable
        "a = x }",                // a stray brace
        "a = { 1 ->\n *[x] y }",  // the select's `}` on the variant's line
        "a =",                    // no value
        "a = x\n  .b = { \n",     // a broken attribute: backtracks
        "a = { x\nfoo = 1",       // an unclosed placeable before an entry
        "-t = { -t(\n-u = 1\n",   // an unclosed argument list before a term
    ] {
        let deep = std::iter::once(Layer::Placeable)
            .chain(std::iter::repeat_n(Layer::TermCall, MAX_NESTING));
        let deep = nested(deep);
        // Right after it, after another entry, and as text with a `"`
        // before the placeables (a string, read inside the broken entry).
        let right_after = deep.replacen("-t = T\n", "", 1);
        let quoted = format!(
            "notice-title = \" {}\"x\"{} \"\n",
            "{ ".repeat(MAX_NESTING + 1),
            " }".repeat(MAX_NESTING + 1)
        );
        for after in [right_after, deep, quoted] {
            let ftl = format!("{broken}\n{after}");
            let entries = assert_entries_match_parser(&ftl);
            assert!(
                entries.iter().any(|entry| entry.too_deep_at.is_some()),
                "{ftl:?}: the deep entry after the broken one counts: {entries:?}"
            );
            // The widget's check reads on after the broken entry, and finds it.
            assert!(
                matches!(unparsable(&ftl), Some(Unparsable::TooDeep { .. })),
                "{ftl:?}: {:?}",
                unparsable(&ftl)
            );
        }
    }
}

#[test]
fn a_file_of_broken_entries_as_large_as_allowed_is_read_on_each_time() {
    // Each line a broken entry the check reads on after: its work stays
    // within its budget (4 bytes read per byte of the file), so it does not
    // refuse the file for that; the parser leaves each line out.
    let cap = member_notice::remote::MAX_FTL_BYTES;
    for line in ["a = { b\n", "a = { \"x\n", "a = { $x ->\n *[a] {\n"] {
        let ftl = line.repeat(cap / line.len());
        assert_eq!(unparsable(&ftl), None, "{line:?}");
    }
}

#[test]
fn the_shipped_files_nest_at_most_two_deep() {
    for locale in LOCALES {
        let entries = assert_entries_match_parser(locale.ftl);
        let deepest = entries.iter().map(|e| e.depth).max().unwrap_or(0);
        assert!(deepest <= 2, "{}: {deepest}", locale.tag);
        assert!(entries.iter().all(|e| !e.junk), "{}", locale.tag);
    }
}

#[test]
fn the_reviews_files_are_refused_before_they_are_parsed() {
    // Security review 2026-12, L2: each of them got past the old check (it
    // counted only `{`) and trapped the module.
    on_wasm_stack(|| {
        for (what, ftl) in review_files(5_000) {
            let refused = unparsable(&ftl);
            // The line where it passes the limit: the select's variant is on the third.
            let line = if what.contains("select") { 3 } else { 2 };
            assert_eq!(refused, Some(Unparsable::TooDeep { line }), "{what}");
            // The widget's own parser leaves the deep entry out, on the wasm's stack.
            let (bundle, errors, _) = Bundle::parse(&ftl);
            assert!(!errors.is_empty(), "{what}: the deep entry is an error");
            assert!(bundle.format("notice-title").is_none(), "{what}");
        }
    });
}

#[test]
fn files_past_the_limit_are_refused_and_files_at_it_parse_on_the_wasms_stack() {
    // Each construct alone and every mixture, exactly at the limit; each
    // starts with a placeable or a select, so one more placeable around it
    // is one level more.
    let mut files: Vec<Vec<Layer>> = (0..Layer::ALL.len())
        .map(|first| mixture(first, MAX_NESTING))
        .collect();
    files.push(vec![Layer::Placeable; MAX_NESTING]);
    for (first, then) in [
        (Layer::Placeable, Layer::TermCall),
        (Layer::Placeable, Layer::Function),
        (Layer::Select, Layer::Placeable),
    ] {
        let mut layers = vec![first];
        while layers.iter().map(|l| l.levels()).sum::<usize>() < MAX_NESTING {
            layers.push(then);
        }
        files.push(layers);
    }
    on_wasm_stack(|| {
        for layers in &files {
            let ftl = nested(layers.iter().copied());
            assert_eq!(depth(&ftl), MAX_NESTING, "{ftl}");
            let (bundle, errors, _) = Bundle::parse(&ftl);
            assert!(errors.is_empty(), "{ftl}: {errors:?}");
            // Resolving walks the tree as deep, dropping it too.
            let _ = bundle.format("notice-title");
            drop(bundle);

            let deeper = nested(std::iter::once(Layer::Placeable).chain(layers.iter().copied()));
            assert!(
                matches!(unparsable(&deeper), Some(Unparsable::TooDeep { .. })),
                "{deeper}"
            );
        }
    });
}

#[test]
fn a_deep_translation_is_refused_with_its_file_line_and_fix() {
    let (_, ftl) = &review_files(5_000)[0];
    let url = "https://x/pl/notice.ftl";
    let refused = on_wasm_stack(|| check_translation(url, ftl)).unwrap_err();
    assert_eq!(refused.code, "ftl-invalid");
    // The widget's own parser leaves the entry out as a syntax error; the
    // checker the message points to names it `nesting-too-deep`.
    assert!(
        refused.problem.contains(&format!(
            "{url}:2: syntax error; that entry cannot be used — fix the line (`cargo xtask i18n check`"
        )),
        "{}",
        refused.problem
    );
    let localizer = on_wasm_stack(|| Localizer::from_source("pl", url, ftl));
    assert_eq!(localizer.problems().len(), 1, "{:?}", localizer.problems());
}

#[test]
fn a_short_escape_before_a_non_ascii_character_is_refused_where_the_parser_panics() {
    // fluent-syntax 0.12 quotes a `\u` escape with too few hex digits in its
    // error, with the byte after it: inside `é` that slice panics (a trap in
    // the wasm). Found by the `nesting` fuzz target.
    for (ftl, refused) in [
        ("a = { \"\\u00é\" }", true),
        ("a = { \"\\U0001é\" }", true),
        ("a = { -t(x: \"\\ué\") }", true),
        ("a = x\n    .b = { \"\\u0é\" }", true),
        ("a = { \"\\u00x\" }", false),
        ("a = { \"\\u00\" }", false),
        ("a = \\u00é", false), // text, not a string
    ] {
        let entries = assert_entries_match_parser(ftl);
        let escape = entries.iter().any(|e| e.panics_at.is_some());
        assert_eq!(escape, refused, "{ftl:?}: {entries:?}");
        let panicked =
            std::panic::catch_unwind(|| fluent_syntax::parser::parse_runtime(ftl)).is_err();
        assert_eq!(panicked, refused, "{ftl:?}: the parser");
        // The checker's scanner keeps such a file from fluent-syntax; the
        // widget's own parser reports it as a syntax error (the entry is left
        // out), as it does the others.
        let line = if ftl.contains(".b") { 2 } else { 1 };
        let expected = refused.then_some(Unparsable::Syntax { line });
        assert_eq!(unparsable(ftl), expected, "{ftl:?}");
        if refused {
            let problem = check_translation("https://x/pl/notice.ftl", ftl)
                .unwrap_err()
                .problem;
            assert!(
                problem.contains(&format!(
                    "https://x/pl/notice.ftl:{line}: syntax error; that entry cannot be used — fix the line"
                )),
                "{problem}"
            );
        }
    }
}

#[test]
fn the_resolvers_deepest_path_fits_the_wasms_stack() {
    // Resolving follows references: at most 100 placeables per message
    // (`MAX_PLACEABLES`), each holding constructs up to the nesting limit;
    // here a chain of 100 references, each at the limit.
    let nested = |next: String| {
        format!(
            "{}{next}{}",
            "{ ".repeat(MAX_NESTING),
            " }".repeat(MAX_NESTING)
        )
    };
    let mut ftl = String::new();
    for i in 0..99 {
        ftl.push_str(&format!("a{i} = {}\n", nested(format!("a{}", i + 1))));
    }
    ftl.push_str(&format!("a99 = {}\n", nested("\"end\"".into())));
    let text = on_wasm_stack(|| {
        let (bundle, errors, _) = Bundle::parse(&ftl);
        assert!(errors.is_empty(), "{errors:?}");
        bundle.format("a0")
    });
    assert_eq!(text.as_deref(), Some("end"));
}

/// Fluent-like text: the pieces the scanner must read exactly as the parser
/// does, glued at random.
const PIECES: &[&str] = &[
    "m = ", "-t = ", "a", "-t", "$x", "NUMBER", "foo", "1", "-1", "1.5", "{", "}", "{ ", " }", "(",
    ")", ",", ":", "\"", "\\", "\\u0041", "\\{", "->", " ->\n", "[a]", "*[b]", "*", "[", "]", ".",
    ".a = ", "=", "#", "# c\n", "\n", "\r\n", "\r", " ", "    ", "\t", "é", "x y", "\\u00",
];

fn fluentish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn the_scanner_reads_any_text_as_the_parser_does(
        ftl in prop_oneof![any::<String>(), fluentish()],
    ) {
        on_wasm_stack(|| assert_entries_match_parser(&ftl));
    }
}
