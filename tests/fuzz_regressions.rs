//! Inputs the fuzz targets (`cargo xtask fuzz`) or a review found, kept so
//! they stay fixed: each is replayed with its target's checks, on a thread
//! with the wasm's stack, as the targets run.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::components::Texts;
use member_notice::l10n::{ids, locale_by_tag, Localizer};
use member_notice::options::HeadingLevel;
use member_notice::remote::check_translation;

mod nesting_oracle;
mod notice_html;
mod wasm_stack;

use wasm_stack::on_wasm_stack;

/// What the `ftl` target checks (`fuzz/fuzz_targets/ftl.rs`): the widget
/// decides about `ftl` as a fetched translation, every message has a text,
/// and the rendered notice is whole. Returns whether it was accepted.
fn replay_ftl(ftl: &str) -> bool {
    on_wasm_stack(|| {
        let url = "https://www.hkk.de/i18n/pl/notice.ftl";
        let accepted = check_translation(url, ftl).is_ok();
        let localizer = Localizer::from_source("pl", url, ftl);
        for id in ids::ALL {
            let text = localizer.text(id);
            assert!(!text.value.is_empty(), "{id} is empty");
            assert!(!accepted || text.lang.is_none(), "{id} fell back");
        }
        let locale = locale_by_tag("pl").expect("pl ships");
        let html = notice_html::render(Texts::new(localizer), locale);
        notice_html::assert_notice(&html, HeadingLevel::default());
        accepted
    })
}

/// The Polish file with `message` added.
fn polish_with(message: &str) -> String {
    format!(
        "{}\n{message}\n",
        locale_by_tag("pl").expect("pl ships").ftl
    )
}

#[test]
fn the_reviews_deep_translations_are_refused_without_a_trap() {
    // Security review 2026-12, L2: each trapped the module in the browser
    // (5,000 levels); natively each fits 8 MB, and on the wasm's stack each
    // overflowed before the scanner counted every construct.
    let n = 5_000;
    for deep in [
        format!(
            "notice-deep = {{ {}\"x\"{} }}",
            "-t(".repeat(n),
            ")".repeat(n)
        ),
        format!(
            "notice-deep = {{ {}1{} }}",
            "NUMBER(".repeat(n),
            ")".repeat(n)
        ),
        format!(
            "notice-deep = {{ 1 ->\n   *[a] \" {}\"x\"{}\n}}",
            "{ ".repeat(n),
            " }".repeat(n)
        ),
    ] {
        assert!(!replay_ftl(&polish_with(&deep)), "{}", &deep[..40]);
    }
    assert!(
        replay_ftl(&polish_with("notice-deep = { -t(\"x\") }")),
        "the file itself is fine"
    );
}

#[test]
fn a_short_unicode_escape_before_a_non_ascii_character_is_refused_without_a_panic() {
    // Found by the `nesting` target in its first minute: fluent-syntax 0.12
    // panics quoting `\u00` with the first byte of `é` (a trap in the wasm).
    assert!(!replay_ftl(&polish_with("notice-deep = { \"\\u00é\" }")));
    nesting_oracle::assert_entries_match_parser("a = { \"\\u00é\" }\nb = { \"\\u00e9\" }\n");
}

#[test]
fn a_message_of_only_carriage_returns_is_no_text() {
    // Found by the `ftl` target (20 minutes): `notice-fraud-rule =\r\r\r…`
    // parses as an empty text, and the rule would have shown blank. A blank
    // message counts as missing: German is shown, and a fetched file with
    // one is incomplete.
    for blank in ["\r\r\r", "{ \"\" }", "{ \"  \" }"] {
        let ftl = polish_with("").replace(
            "notice-title = ",
            &format!("notice-title = {blank}\nnotice-was-title = "),
        );
        assert!(!replay_ftl(&ftl), "{blank:?}");
        let refused = check_translation("https://x/pl/notice.ftl", &ftl).unwrap_err();
        assert_eq!(
            refused.code, "ftl-incomplete",
            "{blank:?}: {}",
            refused.problem
        );
    }
}
