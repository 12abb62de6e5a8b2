//! What may come from the network: where newer translations live and when a
//! fetched one replaces the built-in text.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::locale_by_tag;
use member_notice::remote::{check_translation, ftl_url, Media, MAX_CONFIG_BYTES, MAX_FTL_BYTES};

#[test]
fn translations_live_at_base_locale_notice_ftl() {
    assert_eq!(
        ftl_url("https://cdn.example.org/i18n", "ar").as_deref(),
        Ok("https://cdn.example.org/i18n/ar/notice.ftl")
    );
    assert_eq!(
        ftl_url("https://cdn.example.org/i18n/", "ar").as_deref(),
        Ok("https://cdn.example.org/i18n/ar/notice.ftl")
    );
}

#[test]
fn a_translation_base_with_a_query_or_fragment_is_refused() {
    // The appended path would land in the query: any URL could be fetched.
    for base in [
        "https://www.hkk.de/redirect?to=https://attacker.example/ftl?x=",
        "https://www.hkk.de/i18n?",
        "https://www.hkk.de/i18n#",
        "/i18n#x",
    ] {
        let problem = ftl_url(base, "de").expect_err(base);
        assert!(
            problem.contains("query or fragment") && problem.contains("set ftl-base to the folder"),
            "{problem}"
        );
    }
    // Escaped, `?` is part of the path.
    assert!(ftl_url("https://www.hkk.de/a%3Fb", "de").is_ok());
}

#[test]
fn configs_must_be_served_as_json_and_translations_as_plain_text() {
    for json in [
        "application/json",
        "application/json; charset=utf-8",
        " Application/JSON ;charset=UTF-8",
        "application/vnd.hkk.notice+json",
    ] {
        assert!(Media::Json.accepts(json), "{json}");
    }
    for not_json in [
        "",
        "text/html; charset=utf-8",
        "text/plain",
        "application/octet-stream",
        "text/json",
        "+json",
        "application/json-seq",
    ] {
        assert!(!Media::Json.accepts(not_json), "{not_json}");
    }
    for text in ["text/plain", "text/plain; charset=utf-8", "TEXT/PLAIN"] {
        assert!(Media::Text.accepts(text), "{text}");
    }
    for not_text in [
        "",
        "text/html",
        "application/json",
        "application/octet-stream",
        "text/plainx",
    ] {
        assert!(!Media::Text.accepts(not_text), "{not_text}");
    }
}

#[test]
fn a_wrong_type_is_named_with_the_fix() {
    let problem = Media::Json.problem(Some("text/html; charset=utf-8"));
    assert!(
        problem.contains("`text/html; charset=utf-8`") && problem.contains("application/json"),
        "{problem}"
    );
    let problem = Media::Text.problem(None);
    assert!(
        problem.contains("no Content-Type") && problem.contains("text/plain"),
        "{problem}"
    );
}

#[test]
fn a_fetched_translation_is_used_only_when_clean_and_complete() {
    let english = locale_by_tag("en").unwrap().ftl;
    assert_eq!(check_translation("u", english), Ok(()));

    let broken = format!("{english}\nthis line is not Fluent {{\n");
    let refused = check_translation("https://x/en/notice.ftl", &broken).unwrap_err();
    assert_eq!(refused.code, "ftl-invalid");
    assert!(
        refused.problem.contains("https://x/en/notice.ftl"),
        "{}",
        refused.problem
    );

    let incomplete: String = english
        .lines()
        .filter(|line| !line.starts_with("notice-restore ="))
        .map(|line| format!("{line}\n"))
        .collect();
    let refused = check_translation("u", &incomplete).unwrap_err();
    assert_eq!(refused.code, "ftl-incomplete");
    assert!(
        refused.problem.contains("notice-restore"),
        "{}",
        refused.problem
    );
}

#[test]
fn the_caps_leave_room_for_the_real_files() {
    let largest = member_notice::l10n::LOCALES
        .iter()
        .map(|l| l.ftl.len())
        .max()
        .unwrap();
    assert!(largest * 4 < MAX_FTL_BYTES, "{largest} bytes");
    let example = include_str!("../docs/notice.example.json");
    assert!(example.len() * 16 < MAX_CONFIG_BYTES);
}

#[test]
fn a_translation_nested_thousands_deep_is_refused() {
    // About 20 KB, far under the cap: it overflowed the wasm's stack in
    // fluent-syntax's parser; the widget's own stops at its depth limit.
    let english = include_str!("../i18n/en/notice.ftl");
    let deep = format!(
        "{english}\nnotice-deep = {}\"x\"{}\n",
        "{ ".repeat(5_000),
        " }".repeat(5_000)
    );
    assert!(deep.len() < MAX_FTL_BYTES);
    let line = deep
        .lines()
        .position(|l| l.starts_with("notice-deep"))
        .unwrap()
        + 1;
    let refused = check_translation("https://x/en/notice.ftl", &deep).unwrap_err();
    assert_eq!(refused.code, "ftl-invalid");
    assert!(
        refused
            .problem
            .contains("syntax error; that entry cannot be used")
            && refused
                .problem
                .contains(&format!("https://x/en/notice.ftl:{line}:")),
        "{}",
        refused.problem
    );
}

#[test]
fn a_translation_with_an_invisible_character_is_refused_with_its_line() {
    let english = locale_by_tag("en").unwrap().ftl;
    for (hidden, name) in [
        ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
        ('\u{200B}', "ZERO WIDTH SPACE"),
    ] {
        let forged = english.replacen(
            "notice-fraud-rule = ",
            &format!("notice-fraud-rule = {hidden}"),
            1,
        );
        assert_ne!(forged, english);
        let line = forged
            .lines()
            .position(|l| l.starts_with("notice-fraud-rule"))
            .unwrap()
            + 1;
        let refused = check_translation("u", &forged).unwrap_err();
        assert_eq!(refused.code, "ftl-invalid");
        assert!(refused.problem.contains(name), "{}", refused.problem);
        assert!(
            refused.problem.contains(&format!("line {line}")),
            "{}",
            refused.problem
        );
    }
    // A comment is never shown: translators may quote such characters there.
    let commented = format!("# e.g. U+200B \u{200B}\n{english}");
    assert_eq!(check_translation("u", &commented), Ok(()));
}

#[test]
fn every_shipped_translation_passes_the_checks_a_fetched_one_must_pass() {
    // A newer copy of any shipped file must not be refused for what the release has.
    for locale in member_notice::l10n::LOCALES {
        let text = std::fs::read_to_string(locale.path).unwrap();
        assert_eq!(
            check_translation(locale.path, &text),
            Ok(()),
            "{}",
            locale.tag
        );
    }
}

#[test]
fn the_fraud_warning_comes_from_the_release_whatever_a_fetched_file_says() {
    use member_notice::l10n::{ids, Localizer};
    let english = locale_by_tag("en").unwrap();
    let forged = english
        .ftl
        .replacen("notice-title = ", "notice-title = Updated: ", 1);
    let forged = forged
        .lines()
        .map(|line| match line.split(" = ").next() {
            Some(id) if ids::FIXED_TERMS.contains(&id) => {
                format!("{id} = We call you and ask for your PIN.")
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let release = Localizer::for_locale(english);
    let mut fetched = Localizer::from_source("en", "https://x/en/notice.ftl", &forged);
    assert!(
        fetched.text(ids::FRAUD_RULE).value.contains("PIN"),
        "the forged file says it"
    );
    fetched.keep_fraud_warning_from(Localizer::for_locale(english));
    for id in ids::FIXED_TERMS {
        assert_eq!(fetched.text(id), release.text(id), "{id}");
    }
    assert!(
        fetched.text(ids::TITLE).value.starts_with("Updated: "),
        "the rest is the fetched file's"
    );
}

#[test]
fn a_newer_german_text_keeps_the_releases_german_only_messages() {
    // `ftl-base` serves `<tag>/notice.ftl`; the German versions' switch
    // messages are in their `german-only.ftl`, which is never fetched.
    use member_notice::l10n::{ids, Localizer, EASY_READ};
    for tag in ["de", EASY_READ] {
        let locale = locale_by_tag(tag).unwrap();
        let (_, notice) = locale
            .files
            .iter()
            .find(|(name, _)| *name == "notice.ftl")
            .expect("a notice.ftl");
        let newer = notice.replacen("notice-title = ", "notice-title = Neu: ", 1);
        assert!(check_translation("https://x/notice.ftl", &newer).is_ok());
        let release = Localizer::for_locale(locale);
        let mut fetched = Localizer::from_source(tag, "https://x/notice.ftl", &newer);
        fetched.keep_fraud_warning_from(Localizer::for_locale(locale));
        for id in ids::GERMAN_ONLY {
            let text = fetched.text(id);
            assert_eq!(text, release.text(id), "{tag}: {id}");
            assert_eq!(text.lang, None, "{tag}: {id} in the notice's own language");
        }
        assert!(fetched.text(ids::TITLE).value.starts_with("Neu: "), "{tag}");
    }
}
