//! The language-choice table: which locale a member sees for which inputs.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::{match_tag, LangSource, LanguagePreferences};

fn prefs(explicit: &str, url: &str, document: &str, navigator: &[&str]) -> LanguagePreferences {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    LanguagePreferences {
        explicit: some(explicit),
        url: some(url),
        document: some(document),
        navigator: navigator.iter().map(|s| s.to_string()).collect(),
    }
}

/// One row: (explicit, url, `<html lang>`, navigator.languages) → (locale, source).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    LangSource,
);

#[test]
fn negotiation_table() {
    use LangSource::*;
    let table: &[Case] = &[
        ("ar", "", "", &[], "ar", Explicit),
        ("de-AT", "", "", &[], "de", Explicit),
        ("EN-us", "", "", &[], "en", Explicit),
        ("ar-EG", "", "", &[], "ar", Explicit),
        ("pl_PL", "", "", &[], "pl", Explicit),
        ("  tr  ", "", "", &[], "tr", Explicit),
        ("auto", "", "ru", &[], "ru", Document),
        ("AUTO", "", "", &["uk-UA"], "uk", Navigator),
        ("", "", "", &[], "de", Default),
        ("", "uk", "en", &[], "uk", Url),
        ("en", "uk", "ar", &["pl"], "en", Explicit),
        ("xx", "", "", &[], "de", Default),
        ("!!garbage!!", "", "tr-TR", &[], "tr", Document),
        ("fr", "ja", "es", &["it", "pl-PL", "en"], "pl", Navigator),
        ("", "", "", &["fr-FR", "fr", "ru-RU"], "ru", Navigator),
        ("", "", "", &["", "not a tag", "zz-ZZ"], "de", Default),
        ("", "", "zh-Hant-TW", &["en-GB"], "en", Navigator),
        ("", "", "sr-Latn-RS", &[], "de", Default),
        ("", "<script>", "", &["ar-SA"], "ar", Navigator),
        ("de-CH-1996", "", "", &[], "de", Explicit),
        ("uk", "", "", &[], "uk", Explicit),
    ];
    for (explicit, url, document, navigator, want, source) in table {
        let got = prefs(explicit, url, document, navigator).negotiate();
        assert_eq!(
            (got.locale.tag, got.source),
            (*want, *source),
            "explicit={explicit:?} url={url:?} document={document:?} navigator={navigator:?}"
        );
    }
}

#[test]
fn single_tags_never_fail() {
    for tag in [
        "",
        " ",
        "auto",
        "x",
        "-",
        "de--AT",
        "😀",
        "a".repeat(500).as_str(),
        "en-XA",
    ] {
        // Must not panic; unsupported input is simply no match (en-XA maps to en).
        let _ = match_tag(tag);
    }
    assert_eq!(match_tag("RU").map(|l| l.tag), Some("ru"));
    assert_eq!(match_tag("ukr"), None);
}
