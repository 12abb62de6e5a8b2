//! Fuzz target `negotiation`: any bytes, read as text, as the language
//! sources a page gives: line 1 the explicit choice, line 2 the WebView's
//! `?lang=`, line 3 `<html lang>`, every further line one of
//! `navigator.languages` (an empty line is an absent source).
//!
//! As in `tests/properties.rs`: nothing panics and the result is always a
//! shipped locale (a pseudo-locale only when asked for by name). Also, as
//! `match_tag` documents, a tag matches a shipped locale or nothing, in any
//! case.
//!
//! On a thread with the wasm's stack (`member_notice_fuzz::on_wasm_stack`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use member_notice::l10n::{match_tag, pseudo_by_tag, LangSource, LanguagePreferences, LOCALES};
use member_notice_fuzz::on_wasm_stack;

fuzz_target!(|data: &[u8]| on_wasm_stack(|| check(data)));

fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.split('\n');
    let mut source = || lines.next().filter(|l| !l.is_empty()).map(str::to_owned);
    let (explicit, url, document) = (source(), source(), source());
    let navigator: Vec<String> = lines.map(str::to_owned).collect();

    for tag in explicit
        .iter()
        .chain(&url)
        .chain(&document)
        .chain(&navigator)
    {
        let matched = match_tag(tag);
        if let Some(locale) = matched {
            assert!(LOCALES.iter().any(|l| std::ptr::eq(l, locale)), "{tag:?}");
        }
        assert_eq!(matched, match_tag(&tag.to_ascii_uppercase()), "{tag:?}");
        assert_eq!(matched, match_tag(&tag.to_ascii_lowercase()), "{tag:?}");
    }

    let chosen = LanguagePreferences {
        explicit,
        url,
        document,
        navigator,
    }
    .negotiate();
    let shipped = LOCALES.iter().any(|l| std::ptr::eq(l, chosen.locale));
    let pseudo =
        pseudo_by_tag(chosen.locale.tag).is_some() && chosen.source == LangSource::Explicit;
    assert!(shipped || pseudo, "{}", chosen.locale.tag);
}
