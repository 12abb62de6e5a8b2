//! Every shipped locale parses cleanly and is complete with respect to German.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use member_notice::l10n::{ids, source_locale, Direction, Localizer, LOCALES};

/// Messages a locale may lack on purpose (falls back to German). Empty today;
/// list an id here, with the reason, rather than leaving a gap unexplained.
const EXPECTED_GAPS: &[(&str, &str)] = &[];

fn entry_ids(ftl: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_parses_without_errors() {
    for locale in LOCALES {
        if let Err((_, errors)) = fluent_syntax::parser::parse(locale.ftl) {
            panic!("{} has syntax errors: {errors:?}", locale.path);
        }
        let localizer = Localizer::for_locale(locale);
        assert!(
            localizer.problems().is_empty(),
            "{}: {:?}",
            locale.path,
            localizer.problems()
        );
    }
}

#[test]
fn every_locale_has_every_message_of_german() {
    let reference = entry_ids(source_locale().ftl);
    for locale in LOCALES {
        let have = entry_ids(locale.ftl);
        // The switch between the two German versions exists only in them.
        let german_only =
            |id: &String| !locale.is_german() && ids::GERMAN_ONLY.contains(&id.as_str());
        let missing: Vec<_> = reference
            .difference(&have)
            .filter(|id| !EXPECTED_GAPS.iter().any(|(gap, _)| gap == &id.as_str()))
            .filter(|id| !german_only(id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.path);
        let extra: Vec<_> = have.difference(&reference).collect();
        assert!(
            extra.is_empty(),
            "{} has ids German lacks: {extra:?}",
            locale.path
        );
    }
}

#[test]
fn every_id_the_code_uses_formats_in_every_locale() {
    for locale in LOCALES {
        let localizer = Localizer::for_locale(locale);
        for id in ids::ALL {
            assert!(
                localizer.has_own_message(id),
                "{} cannot format {id}",
                locale.path
            );
            let text = localizer.text(id);
            assert!(
                !text.value.trim().is_empty(),
                "{}: {id} is empty",
                locale.path
            );
            assert!(
                !text.value.contains('<'),
                "{}: {id} contains markup",
                locale.path
            );
        }
    }
}

#[test]
fn terms_are_used_not_spelled_out() {
    // Another insurer must be a one-line change: no locale may write the
    // brand or provider name outside the term definitions.
    for locale in LOCALES {
        for (number, line) in locale.ftl.lines().enumerate() {
            if line.starts_with('#') || line.starts_with('-') {
                continue;
            }
            for name in ["hkk", "Bitmarck"] {
                assert!(
                    !line.contains(name),
                    "{}:{}: spells out {name}; use the term instead",
                    locale.path,
                    number + 1
                );
            }
        }
    }
}

#[test]
fn the_registry_is_consistent() {
    assert_eq!(source_locale().tag, "de");
    let tags: BTreeSet<_> = LOCALES.iter().map(|l| l.tag).collect();
    assert_eq!(tags.len(), LOCALES.len(), "duplicate locale tags");
    for locale in LOCALES {
        // Right to left exactly when most letters of its messages are of a
        // right-to-left script (Hebrew, Arabic, Syriac … U+0590–08FF).
        let letters = locale
            .ftl
            .lines()
            .filter(|line| !line.starts_with('#') && !line.starts_with('-'))
            .map(|line| line.split_once(" = ").map_or(line, |(_, value)| value))
            .flat_map(str::chars)
            .filter(|c| c.is_alphabetic());
        let (rtl_letters, all): (usize, usize) = letters.fold((0, 0), |(rtl, all), c| {
            (
                rtl + usize::from(('\u{0590}'..='\u{08FF}').contains(&c)),
                all + 1,
            )
        });
        let rtl = rtl_letters * 2 > all;
        assert_eq!(
            locale.direction == Direction::Rtl,
            rtl,
            "{}: {rtl_letters} of {all} letters are right to left",
            locale.tag
        );
        // Each listed locale has its file: without it, build.rs embeds
        // nothing (the crate still compiles, the checker reports it).
        assert_eq!(locale.path, format!("i18n/{}/notice.ftl", locale.tag));
        assert!(!locale.ftl.is_empty(), "{} embeds no text", locale.path);
    }
    // Every folder under i18n/ is registered.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    for dir in std::fs::read_dir(root).expect("i18n/ exists") {
        let dir = dir.expect("readable entry");
        if dir.path().is_dir() {
            let name = dir.file_name().to_string_lossy().into_owned();
            assert!(
                tags.contains(name.as_str()),
                "i18n/{name} is not registered in src/l10n/locales.rs"
            );
        }
    }
}
