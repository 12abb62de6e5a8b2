//! Per-message fallback: a gap in one locale shows German for that message only.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::{ids, Localizer};

const PARTIAL_EN: &str = "
-brand-name = hkk
-it-provider = Bitmarck
notice-title = Delays with your requests
notice-fraud-title = Beware of cybercriminals!
notice-fraud-rule = Broken { -no-such-term } reference
";

#[test]
fn a_missing_message_falls_back_to_german_and_says_so() {
    let l10n = Localizer::from_source("en", "test/en.ftl", PARTIAL_EN);
    let own = l10n.text(ids::TITLE);
    assert_eq!(own.value, "Delays with your requests");
    assert_eq!(own.lang, None);
    let fallback = l10n.text(ids::PRIORITY_TITLE);
    assert_eq!(fallback.lang, Some("de"));
    let german = Localizer::for_locale(member_notice::l10n::source_locale());
    assert_eq!(fallback.value, german.text(ids::PRIORITY_TITLE).value);
}

#[test]
fn a_message_that_fails_to_format_falls_back_too() {
    let l10n = Localizer::from_source("en", "test/en.ftl", PARTIAL_EN);
    let text = l10n.text(ids::FRAUD_RULE);
    assert_eq!(text.lang, Some("de"));
    assert!(text.value.contains("hkk"), "{}", text.value);
}

#[test]
fn syntax_errors_keep_the_rest_and_name_the_line() {
    let broken =
        "notice-title = Fine\nnotice-summary = { broken\nnotice-fraud-title = Still here\n";
    let l10n = Localizer::from_source("en", "i18n/en/notice.ftl", broken);
    assert_eq!(l10n.text(ids::TITLE).value, "Fine");
    assert_eq!(l10n.text(ids::FRAUD_TITLE).value, "Still here");
    assert_eq!(l10n.text(ids::SUMMARY).lang, Some("de"));
    assert_eq!(l10n.problems().len(), 1, "{:?}", l10n.problems());
    assert!(
        l10n.problems()[0].starts_with("i18n/en/notice.ftl:2:"),
        "{:?}",
        l10n.problems()
    );
}

#[test]
fn an_unknown_id_shows_the_id_rather_than_nothing() {
    let l10n = Localizer::from_source("en", "t", PARTIAL_EN);
    assert_eq!(l10n.text("no-such-message").value, "no-such-message");
}

#[test]
fn german_has_no_fallback_marker() {
    let l10n = Localizer::from_source("de", "t", "notice-title = Nur das\n");
    assert_eq!(l10n.text(ids::SUMMARY).lang, None);
}

#[test]
fn terms_can_be_overridden_in_the_locale_and_its_fallback() {
    let mut l10n = Localizer::from_source("en", "t", PARTIAL_EN);
    l10n.override_terms(&[
        ("brand-name".into(), "AOK".into()),
        ("it-provider".into(), "<x>".into()),
    ]);
    // notice-delay-backlog falls back to German, which must use the new brand too …
    let backlog = l10n.text(ids::DELAY_BACKLOG);
    assert_eq!(backlog.lang, Some("de"));
    assert!(
        backlog.value.contains("AOK") && !backlog.value.contains("hkk"),
        "{}",
        backlog.value
    );
    // … but the fraud warning keeps the release's own brand, whatever a config says.
    for id in ids::FIXED_TERMS {
        let text = l10n.text(id);
        assert!(!text.value.contains("AOK"), "{id}: {}", text.value);
    }
    let rule = l10n.text(ids::FRAUD_RULE);
    assert!(rule.value.contains("hkk"), "{}", rule.value);
    assert_eq!(
        l10n.problems().len(),
        1,
        "markup in a term is refused: {:?}",
        l10n.problems()
    );
    assert!(l10n.text(ids::DELAY_CAUSE).value.contains("Bitmarck"));
}
