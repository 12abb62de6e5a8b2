//! The checker and the runtime survive any edit: the preview runs both on
//! every keystroke of a translator, so half-typed files must never panic —
//! the Leichte Sprache file included, whose extra rules cut text into words.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::check::{check, shipped_files, CheckInput, SourceFile};
use member_notice::l10n::{ids, Localizer, EASY_READ};

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
