//! The language-choice table: which locale a member sees for which inputs.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::{match_tag, LangSource, LanguagePreferences, LOCALES};

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
/// Languages that must not match are private-use tags (`qaa`–`qtz`), which
/// never ship, so adding a locale never breaks this table.
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
        ("qaa", "", "", &[], "de", Default),
        ("!!garbage!!", "", "tr-TR", &[], "tr", Document),
        (
            "qaa",
            "qab",
            "qac",
            &["qad", "pl-PL", "en"],
            "pl",
            Navigator,
        ),
        ("", "", "", &["qaa-QM", "qaa", "ru-RU"], "ru", Navigator),
        ("", "", "", &["", "not a tag", "zz-ZZ"], "de", Default),
        ("", "", "qtz-Hant-TW", &["en-GB"], "en", Navigator),
        ("", "", "qtz-Latn-RS", &[], "de", Default),
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
        "qaa",
        "qtz-Latn",
    ] {
        assert_eq!(
            match_tag(tag).map(|l| l.tag),
            None,
            "{tag:?} matches nothing"
        );
    }
    assert_eq!(match_tag("RU").map(|l| l.tag), Some("ru"));
    assert_eq!(match_tag("ukr"), None);
    // A pseudo-locale's tag is a region variant of its base language: matched
    // (not negotiated) it falls back to that language like `en-GB` does.
    assert_eq!(match_tag("en-XA").map(|l| l.tag), Some("en"));
    assert_eq!(match_tag("ar-XB").map(|l| l.tag), Some("ar"));
}

#[test]
fn private_use_languages_never_ship() {
    // The table above relies on this.
    for locale in LOCALES {
        let primary = locale.tag.split('-').next().unwrap_or_default();
        let private = primary.len() == 3 && ("qaa"..="qtz").contains(&primary);
        assert!(!private, "{} is a private-use language", locale.tag);
    }
}

#[test]
fn an_unshipped_explicit_language_is_named_with_what_ships_instead() {
    use member_notice::l10n::unshipped_lang_warning;
    let fell_back = prefs("qaa", "", "tr", &[]).negotiate();
    let warning = unshipped_lang_warning("qaa", &fell_back).expect("a warning");
    assert!(
        warning.contains("\"qaa\"") && warning.contains("showing \"tr\""),
        "{warning}"
    );
    for locale in LOCALES {
        assert!(
            warning.contains(locale.tag),
            "names {}: {warning}",
            locale.tag
        );
    }
    let chosen = prefs("ar", "", "", &[]).negotiate();
    assert_eq!(unshipped_lang_warning("ar", &chosen), None);
}
