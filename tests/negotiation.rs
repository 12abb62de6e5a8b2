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

/// The table shared with the loader's copy of these rules (its early paint):
/// `tests/fixtures/negotiation.json`. Languages that must not match are
/// private-use tags (`qaa`–`qtz`), which never ship, so adding a locale never
/// breaks it.
const TABLE: &str = include_str!("fixtures/negotiation.json");

fn table() -> serde_json::Value {
    serde_json::from_str(TABLE).expect("the negotiation table is JSON")
}

fn source(name: &str) -> LangSource {
    match name {
        "Explicit" => LangSource::Explicit,
        "Url" => LangSource::Url,
        "Document" => LangSource::Document,
        "Navigator" => LangSource::Navigator,
        "Default" => LangSource::Default,
        other => panic!("unknown source {other}"),
    }
}

#[test]
fn negotiation_table() {
    let table = table();
    let chains = table["chains"].as_array().unwrap();
    assert!(chains.len() >= 20);
    for row in chains {
        let text = |key: &str| row[key].as_str().unwrap().to_owned();
        let navigator: Vec<&str> = row["navigator"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let got = prefs(
            &text("explicit"),
            &text("url"),
            &text("document"),
            &navigator,
        )
        .negotiate();
        assert_eq!(
            (got.locale.tag, got.source),
            (
                row["locale"].as_str().unwrap(),
                source(row["source"].as_str().unwrap())
            ),
            "{row}"
        );
    }
}

#[test]
fn tag_table() {
    let table = table();
    let tags = table["tags"].as_object().unwrap();
    assert!(tags.len() >= 40);
    for (tag, expected) in tags {
        assert_eq!(match_tag(tag).map(|l| l.tag), expected.as_str(), "{tag:?}");
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
