//! The checker and the runtime survive any edit: the preview runs both on
//! every keystroke of a translator, so half-typed files must never panic —
//! the Leichte Sprache file included, whose extra rules cut text into words.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::check::{check, shipped_files, CheckInput, SourceFile};
use member_notice::l10n::{ids, Localizer, EASY_READ};

mod wasm_stack;

use wasm_stack::on_wasm_stack;

/// Fragments a translator might type (or a paste might bring) mid-edit.
const INSERTS: &[&str] = &[
    "{",
    "}",
    "{ $",
    "{ -",
    "\n.",
    "\n[",
    "\n*",
    "\n ",
    "-",
    "$x",
    "<b>",
    "\u{202E}",
    "\u{200B}",
    "ü",
    "\r\n",
    "#",
    "= ",
    "{ $n ->\n [one] x\n}",
    "{\"",
    // Leichte Sprache: a Mediopunkt, sentence ends and an abbreviation.
    "·",
    "; z. B. ",
    ". ",
];

#[test]
fn edits_at_every_place_never_panic() {
    // On the wasm's stack: the preview runs the checker in the browser.
    on_wasm_stack(edits_at_every_place);
}

fn edits_at_every_place() {
    let files = shipped_files();
    let mut runs = 0;
    for file in files
        .iter()
        .filter(|f| ["de", "ar", EASY_READ].contains(&f.locale.as_str()))
    {
        let text = &file.text;
        // The Leichte Sprache file is longer (many short lines): a coarser
        // stride keeps the test's time and still cuts into most messages.
        let stride = if file.locale == EASY_READ { 131 } else { 61 };
        let cuts: Vec<usize> = (0..text.len())
            .step_by(stride)
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &at in &cuts {
            for insert in INSERTS {
                let edited = format!("{}{insert}{}", &text[..at], &text[at..]);
                for candidate in [edited.as_str(), &text[..at]] {
                    let inputs = [
                        SourceFile::new("de", "notice.ftl", files[0].text.clone()),
                        SourceFile::new(file.locale.clone(), "notice.ftl", candidate),
                    ];
                    let inputs = if file.locale == "de" {
                        &inputs[1..]
                    } else {
                        &inputs[..]
                    };
                    let report = check(&CheckInput::for_widget(inputs));
                    assert!(report.findings.iter().all(|f| f.line >= 1 && f.col >= 1));
                    let l10n = Localizer::from_source(&file.locale, "edit", candidate);
                    for id in ids::ALL {
                        assert!(!l10n.text(id).value.is_empty());
                    }
                    runs += 1;
                }
            }
        }
    }
    assert!(runs > 1000, "only {runs} edits tried");
}

/// The security review's three files (2026-12, L2), 5,000 levels deep: term
/// calls, functions, and a select variant whose text has a `"` before its
/// placeables.
fn nested_5000_deep() -> [(&'static str, String); 3] {
    let n = 5_000;
    [
        (
            "term calls",
            format!("{{ {}\"x\"{} }}", "-t(".repeat(n), ")".repeat(n)),
        ),
        (
            "functions",
            format!("{{ {}1{} }}", "NUMBER(".repeat(n), ")".repeat(n)),
        ),
        (
            "a quote in a select variant",
            format!(
                "{{ 1 ->\n   *[a] \" {}\"x\"{}\n}}",
                "{ ".repeat(n),
                " }".repeat(n)
            ),
        ),
    ]
}

/// The checker's report on `files` (German the reference, under `i18n/`),
/// run on the wasm's stack: the translators' preview runs it in the browser.
fn check_in_browser(files: &[SourceFile]) -> member_notice::check::Report {
    on_wasm_stack(|| {
        check(&CheckInput {
            files,
            reference: "de",
            usage: None,
            base: "i18n",
            registry: None,
            only: None,
        })
    })
}

#[test]
fn a_message_nested_thousands_deep_is_reported_and_the_rest_is_checked() {
    let reference = SourceFile::new("de", "notice.ftl", "a = A\nb = B\nc = C\n");
    for (what, deep) in nested_5000_deep() {
        let translation = SourceFile::new(
            "pl",
            "notice.ftl",
            format!("a = <b>A</b>\nb = {deep}\nc = C\n"),
        );
        let files = [reference.clone(), translation];
        let report = check_in_browser(&files);
        let findings: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
        let deep = report
            .findings
            .iter()
            .find(|f| f.code == "nesting-too-deep")
            .unwrap_or_else(|| panic!("{what}: {findings:#?}"));
        // Where it passes the limit: the select's variant is on the next line.
        let line = if what.contains("select") { 3 } else { 2 };
        assert_eq!(
            (deep.path.as_str(), deep.line),
            ("i18n/pl/notice.ftl", line),
            "{what}"
        );
        assert!(
            deep.message
                .contains(" deep here, more than the 10 allowed")
                && deep.fix.contains("until then `b` is skipped"),
            "{what}: {deep}"
        );
        // The messages around it are checked as usual, and `b` is broken,
        // not also missing.
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.code == "markup" && f.line == 1),
            "{what}: {findings:#?}"
        );
        assert!(
            !report.findings.iter().any(|f| f.code == "missing-message"),
            "{what}: {findings:#?}"
        );
    }
}

#[test]
fn the_escape_the_parser_panics_on_is_a_syntax_error_and_the_rest_is_checked() {
    // fluent-syntax 0.12 panics quoting `\u00` with the first byte of `é`.
    let reference = SourceFile::new("de", "notice.ftl", "a = A\nb = B\n");
    let translation = SourceFile::new("pl", "notice.ftl", "a = <b>A</b>\nb = { \"\\u00é\" }\n");
    let files = [reference, translation];
    let report = check_in_browser(&files);
    let found: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    let escape = report
        .findings
        .iter()
        .find(|f| f.code == "syntax-error" && f.line == 2)
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(
        escape.message.contains("invalid character code")
            && escape.fix.contains("until then `b` is skipped"),
        "{escape}"
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code == "markup" && f.line == 1),
        "{found:#?}"
    );
}
