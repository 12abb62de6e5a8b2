//! The widget's Fluent parser (`src/l10n/parse.rs`) against the reference,
//! `fluent_syntax::parser::parse_runtime`: the same resource (messages,
//! terms and junk, `assert_eq!` on the AST) and the same errors (kind,
//! position, slice) on every shipped file, every checker fixture, the fuzz
//! seeds, hand-written tricky cases and generated text; and the documented
//! differences: a depth limit instead of a stack overflow, an error instead
//! of a panic, and the text quoted in escape errors.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use fluent_syntax::parser::ErrorKind;
use member_notice::l10n::parse::{parse_runtime, MAX_DEPTH};

mod parse_support;

use parse_support::{assert_agrees, check_against_reference, ours, reference};

/// Every `.ftl` file under `dir`, recursively.
fn ftl_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            ftl_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "ftl") {
            found.push(path);
        }
    }
}

#[test]
fn every_shipped_file_fixture_and_seed_parses_as_the_reference_parses_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["i18n", "tests/fixtures/i18n"] {
        ftl_files(&root.join(dir), &mut files);
    }
    for target in ["ftl", "parse"] {
        let seeds = root.join("fuzz/seeds").join(target);
        for seed in std::fs::read_dir(&seeds).expect("the fuzz seeds") {
            files.push(seed.expect("a seed").path());
        }
    }
    let mut entries = 0;
    for path in &files {
        let ftl = std::fs::read_to_string(path).expect("a UTF-8 file");
        // Also with Windows line breaks, as an editor may save them.
        let crlf = ftl.replace('\n', "\r\n");
        for text in [&ftl, &crlf] {
            assert_agrees(&path.display().to_string(), text);
        }
        entries += ours(&ftl).0.body.len();
    }
    assert!(files.len() > 50, "only {} files", files.len());
    assert!(entries > 1_000, "only {entries} entries");
    // The syntax-error fixture really has junk: errors are compared, not only
    // clean files.
    let broken =
        std::fs::read_to_string(root.join("tests/fixtures/i18n/syntax-error/pl/notice.ftl"))
            .expect("the syntax-error fixture");
    assert!(!ours(&broken).1.is_empty());
}

/// Hand-written cases for each rule of the syntax, the reference's quirks and
/// junk recovery.
const TRICKY: &[&str] = &[
    // Entries, blanks, comments.
    "",
    "\n\n",
    "   ",
    "m = a",
    "m = a\n",
    "m=a",
    "m   =    a   ",
    "m = a\nn = b\n-t = c\n",
    "# c\nm = a\n## g\n### r\nn = b",
    "#no space\nm = a",
    "#\n#\nm = a\n#",
    "# c\r\n# d\r\nm = a\r\n",
    "m = a\n# c\n  b",
    "m = a # not a comment",
    "m-1_x = a",
    "M = a",
    "\u{feff}m = a",
    "m = a\0b",
    // Text and block text: indentation, dedent, blank lines, trailing blanks.
    "m =\n    a",
    "m =\n    a\n    b",
    "m =\n    a\n      b\n   c",
    "m = a\n    b\n  c",
    "m =\n\n\n    a\n\n\n    b\n\n\n",
    "m =\n    a\n   \n    b",
    "m =\n    a\n        \n    b",
    "m = a   \n    b   \n",
    "m =   \n   a   ",
    "m = \n",
    "m =\n  \n",
    "m = a\nb = c",
    "m = a\n b = c",
    "m = a\n\tb",
    "m = a\n    \tb",
    "m = a\r\n    b\r\n    c\r\n",
    "m =\r\n    a\r\n\r\n    b\r\n",
    "m = a\rb",
    "m = a\n\rb\n",
    "m = a\r",
    "m = a\r\r\n",
    "m = Grüße\n    привет { -t }\n    نص",
    // Line starts that end a pattern: `.`, `[`, `*`, `}`.
    "m = a\n    .attr = b",
    "m = a\n    [b] c",
    "m = a\n    *c",
    "m = a\n    } c",
    "m = a\n.b = c",
    "m = a\n    .",
    "m = a\n    .attr",
    "m = a\n    .attr =",
    "m = a\n    .attr = \n    .other = x",
    "m =\n    .attr = b",
    "m =\n    .a = b\n    .c = d\n    .e = f",
    "m = a\n    .a = b\n        c\n    .d = { e }",
    "m =\n",
    "m",
    "m =",
    "-t =\n    .attr = b",
    "-t = a\n    .attr = b",
    // Placeables.
    "m = { a }",
    "m = {a}",
    "m = { a }{ b }",
    "m = text { a } text",
    "m = {\n    a\n}",
    "m = { a\n}",
    "m =\n    { a }",
    "m =\n{ a }",
    "m = a\n{ b }",
    "m = a\n    { b }\n    c",
    "m =\n    { a }\n      b",
    "m = { { { a } } }",
    "m = { {} }",
    "m = {}",
    "m = { a",
    "m = a }",
    "m = { a } }",
    "m = { a b }",
    "m = { . }",
    "m = {",
    // Literals.
    r#"m = { "a" }"#,
    r#"m = { "" }"#,
    r#"m = { "a\"b" }"#,
    r#"m = { "a\\b" }"#,
    r#"m = { "a\{b" }"#,
    r#"m = { "\u00e4\U01F600" }"#,
    r#"m = { "\u00e" }"#,
    r#"m = { "\uXYZW" }"#,
    r#"m = { "\U0001" }"#,
    r#"m = { "\n" }"#,
    r#"m = { "\" }"#,
    "m = { \"\\",
    "m = { \"\\u",
    "m = { \"\\u12",
    "m = { \"a\n\" }",
    "m = { \"a",
    r#"m = { "{ } [ ] ->" }"#,
    "m = { 1 }",
    "m = { -1 }",
    "m = { 1.5 }",
    "m = { -1.50 }",
    "m = { 1. }",
    "m = { - }",
    "m = { -. }",
    "m = { 01 }",
    // References.
    "m = { n }",
    "m = { n.attr }",
    "m = { n .attr }",
    "m = { n\n    .attr }",
    "m = { n. }",
    "m = { -t }",
    "m = { -t.attr }",
    "m = { -t .attr }",
    "m = { $v }",
    "m = { $ }",
    "m = { $1 }",
    "m = { -t() }",
    "m = { -t(case: \"gen\") }",
    "m = { -t(case: \"gen\", n: 1) }",
    "m = { -t(case:\"gen\",n:1) }",
    "m = { -t( a , b : 1 ) }",
    "m = { -t(\n    case: \"gen\"\n) }",
    "m = { -t(x, y, z: 1) }",
    "m = { -t(x: 1, y) }",
    "m = { -t(x: 1, x: 2) }",
    "m = { -t(x: n) }",
    "m = { -t(x: -1) }",
    "m = { -t(x: $v) }",
    "m = { -t(x: { a }) }",
    "m = { -t(x: F()) }",
    "m = { -t(x:) }",
    "m = { -t(1 2 3) }",
    "m = { -t(-u(-v(1))) }",
    "m = { -t.attr(x: 1) }",
    "m = { -t(x: 1).attr }",
    "m = { -t(",
    "m = { -t(x: 1 }",
    "m = { NUMBER(1) }",
    "m = { NUMBER($n, minimumFractionDigits: 2) }",
    "m = { NUMBER() }",
    "m = { F-1_X(a) }",
    "m = { number(1) }",
    "m = { Number(1) }",
    "m = { n (1) }",
    // Select expressions.
    "m = { $n ->\n    [one] a\n   *[other] b\n}",
    "m = { $n->\n[one] a\n*[other] b}",
    "m = { $n ->\n   *[other] b\n}",
    "m = { $n ->\n    [0] zero\n    [1.5] x\n    [-1] minus\n   *[other] b\n}",
    "m = { $n ->\n    [ one ] a\n   *[ other ] b\n}",
    "m = { $n ->\n    [one]\n        a\n   *[other]\n        b\n}",
    "m = { $n ->\n    [one] a\n        b\n   *[other] c\n}",
    "m = { $n ->\n    [one] { $n ->\n        [x] y\n       *[z] w\n    }\n   *[other] b\n}",
    "m = { $n ->\n    [one] a\n    [other] b\n}",
    "m = { $n ->\n   *[one] a\n   *[other] b\n}",
    "m = { $n ->\n    [one] a\n   *\n}",
    "m = { $n ->\n    [one] a\n   *}",
    "m = { $n ->\n    [one]\n   *[other] b\n}",
    "m = { $n ->\n    [] a\n   *[other] b\n}",
    "m = { $n ->\n    [a b] a\n   *[other] b\n}",
    "m = { $n ->\n    [one a\n   *[other] b\n}",
    "m = { $n -> [one] a *[other] b }",
    "m = { $n ->\n}",
    "m = { $n ->",
    "m = { $n ->\n    [one] a\n   *[other] b",
    "m = { $n ->\r\n    [one] a\r\n   *[other] b\r\n}\r\n",
    "m = { -t.gender ->\n    [f] a\n   *[m] b\n}",
    "m = { -t ->\n   *[m] b\n}",
    "m = { n ->\n   *[m] b\n}",
    "m = { n.a ->\n   *[m] b\n}",
    "m = { \"s\" ->\n   *[m] b\n}",
    "m = { 1 ->\n    [1] one\n   *[m] b\n}",
    "m = { NUMBER($n) ->\n    [one] a\n   *[m] b\n}",
    "m = { { $n } ->\n   *[m] b\n}",
    "m = { $n -\n   *[m] b\n}",
    "m = { $n - > *[m] b }",
    "m = text { $n ->\n   *[m] b\n} more\n    lines",
    "m = { $n ->\n    [one] a\n   *[other] b\n    }",
    "m = { $n ->\n    [one] a\n   *[other] b\n    .attr = c\n}",
    // Junk and recovery.
    "m = { a\nn = b",
    "m = { a\n  n = b\nc = d",
    "m = {\nn\np = q }",
    "1m = a\nn = b",
    "  m = a\nn = b",
    "-1 = a\nn = b",
    "- = a\nn = b",
    "m a\nn = b",
    "m = }\n  x\n# c\nn = b",
    "m = { $n ->\n   *[x] y\n  [z\nn = b",
    "junk\n    more junk\n-t = a\n#c\nm = b",
    "=\n==\n[a]\n*[b]\n.c = d\nm = e",
    "m = a\n    .attr = { -t.x }\nn = b",
    "m = { -t.x }\nn = b",
    "m = { -t.x }\n    .y = z",
    "\u{e4} = a\nm = b",
    "m = { \"\\é\" }\nn = b",
    "m = a\n    .b = { \n",
    // Duplicate ids are the bundle's business: both parsers keep both.
    "m = a\nm = b\n-t = c\n-t = d",
];

#[test]
fn tricky_cases_parse_as_the_reference_parses_them() {
    for ftl in TRICKY {
        assert_agrees("tricky case", ftl);
        let crlf = ftl.replace('\n', "\r\n");
        assert_agrees("tricky case with CRLF", &crlf);
    }
}

#[test]
fn nesting_up_to_the_limit_parses_as_the_reference_parses_it() {
    // Placeables, argument lists and both mixed, at the limit.
    let placeables = |n: usize| format!("m = {}\"x\"{}\nn = b", "{ ".repeat(n), " }".repeat(n));
    let calls = |n: usize| {
        format!(
            "m = {{ {}1{} }}\nn = b",
            "-t(".repeat(n - 1),
            ")".repeat(n - 1)
        )
    };
    let selects = |n: usize| {
        format!(
            "m = {}x{}\nn = b",
            "{ $a ->\n *[k] ".repeat(n),
            "\n}".repeat(n)
        )
    };
    for ftl in [placeables(MAX_DEPTH), calls(MAX_DEPTH), selects(MAX_DEPTH)] {
        assert_agrees("nested to the limit", &ftl);
        assert!(ours(&ftl).1.is_empty(), "{ftl}");
    }
    // One more is junk (the reference goes on), and the next entry is kept.
    for ftl in [
        placeables(MAX_DEPTH + 1),
        calls(MAX_DEPTH + 1),
        selects(MAX_DEPTH + 1),
    ] {
        let (resource, errors) = ours(&ftl);
        assert_eq!(errors.len(), 1, "{ftl}");
        assert_eq!(errors[0].kind, ErrorKind::ExpectedInlineExpression);
        assert!(matches!(&resource.body[..], [Entry::Message(m)] if m.id.name == "n"));
        assert!(reference(&ftl).1.is_empty(), "the reference keeps it");
    }
}

#[test]
fn after_an_entry_nested_too_deep_the_next_line_may_start_an_entry() {
    // The reference reads on into the deep placeables and finds a message
    // reference `b` followed by `=`, an error; the widget's parser stops at
    // the depth limit and starts again at the line `b = x` (found by the
    // fuzz target `parse`).
    let ftl = format!("a = {}\nb = x\n    y\n", "{".repeat(MAX_DEPTH + 1));
    let (expected, _) = reference(&ftl);
    assert!(expected.body.is_empty());
    let (actual, errors) = ours(&ftl);
    assert!(matches!(&actual.body[..], [Entry::Message(m)] if m.id.name == "b"));
    assert_eq!(errors[0].kind, ErrorKind::ExpectedInlineExpression);
    // Which the comparison allows.
    check_against_reference(&ftl);
    let fuzzed = include_bytes!("fixtures/parse/deep-entry-recovery.bin");
    check_against_reference(&String::from_utf8_lossy(fuzzed));
}

#[test]
fn any_depth_parses_on_a_small_stack() {
    // Deep enough to overflow the reference parser on any stack the wasm has.
    let deep = [
        format!("m = {}\nn = b", "{ ".repeat(200_000)),
        format!("m = {{ {}\nn = b", "-t(".repeat(200_000)),
        format!("m = {{ {}\nn = b", "F(".repeat(200_000)),
        format!("m = {}\nn = b", "{ $a ->\n *[k] ".repeat(50_000)),
    ];
    // A quarter of the wasm's 1 MiB stack, in an unoptimised build.
    let parsed = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || deep.iter().map(|ftl| ours(ftl)).collect::<Vec<_>>())
        .expect("a thread")
        .join()
        .expect("no overflow, no panic");
    for (resource, errors) in parsed {
        assert_eq!(errors.len(), 1);
        assert!(matches!(&resource.body[..], [Entry::Message(m)] if m.id.name == "n"));
    }
}

#[test]
fn a_cut_unicode_escape_is_junk_where_the_reference_panics() {
    let ftl = "m = { \"\\u12é\" }\nn = b";
    let reference = catch_unwind(AssertUnwindSafe(|| {
        fluent_syntax::parser::parse_runtime(ftl.to_owned())
    }));
    assert!(reference.is_err(), "fluent-syntax 0.12 panics here");
    assert!(
        parse_support::reference_may_panic(ftl),
        "the generated cases leave it out"
    );
    let (resource, errors) = ours(ftl);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].pos, 11..12, "after the digits read");
    assert_eq!(errors[0].slice, Some(0..17));
    assert!(matches!(
        errors[0].kind,
        ErrorKind::InvalidUnicodeEscapeSequence(_)
    ));
    assert!(matches!(&resource.body[..], [Entry::Message(m)] if m.id.name == "n"));
}

#[test]
fn escape_errors_quote_what_was_written() {
    let error = |ftl: &str| parse_runtime(ftl).expect_err("junk").1.remove(0).kind;
    assert_eq!(
        error("m = { \"\\é\" }"),
        ErrorKind::UnknownEscapeSequence("é".into())
    );
    assert_eq!(
        error("m = { \"\\u12\" }"),
        ErrorKind::InvalidUnicodeEscapeSequence("12".into())
    );
    assert_eq!(
        error("m = { \"\\"),
        ErrorKind::UnknownEscapeSequence("".into())
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod generated {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of Fluent, glued at random: each construct, its parts on their
    /// own, blanks and line breaks of both kinds, and non-ASCII text.
    const PIECES: &[&str] = &[
        "m = ",
        "n =",
        "-t = ",
        "-t",
        "m",
        "n",
        " = ",
        "=",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        "    ",
        "\t",
        "{ ",
        "{",
        " }",
        "}",
        "{ m }",
        "{ -t }",
        "{ $x }",
        "$x",
        "{ NUMBER(1) }",
        "F(",
        "-t(",
        "(",
        ")",
        ",",
        "case: ",
        ":",
        "\"",
        "\"a\"",
        "\\",
        "\\u00e4",
        "\\u12",
        "\\U01F600",
        "\\\"",
        "\\{",
        "1",
        "-1",
        "1.5",
        ".",
        ".attr = ",
        ".attr",
        " ->",
        "->",
        "[one] ",
        "[",
        "]",
        "*[other] ",
        "*",
        "#",
        "# c\n",
        "## g\n",
        "Text",
        "é",
        "Текст",
        "نص",
        "\u{200b}",
    ];

    fn ftl() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

        #[test]
        fn generated_text_parses_as_the_reference_parses_it(
            ftl in prop_oneof![1 => any::<String>(), 4 => ftl()],
        ) {
            check_against_reference(&ftl);
        }
    }
}
