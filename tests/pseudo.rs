//! Pseudo-locales: the same output as fluent-pseudo, chosen only explicitly.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::pseudo::{accented, mirrored};
use member_notice::l10n::{ids, pseudo_by_tag, Direction, LanguagePreferences, Localizer};

const SAMPLES: &[&str] = &[
    "Hello World",
    "Delays with your requests",
    "sick pay (Krankengeld)",
    "",
    "123 – …",
    "f",
];

#[test]
fn transforms_use_the_maps_of_fluent_pseudo() {
    for sample in SAMPLES {
        assert_eq!(
            mirrored(sample),
            fluent_pseudo::transform(sample, true, false),
            "{sample}"
        );
        // Same letters as fluent-pseudo; vowels doubled, e tripled (fluent-pseudo: a e o u doubled).
        let expected: String = sample
            .chars()
            .map(|c| {
                let one = fluent_pseudo::transform(&c.to_string(), false, false).into_owned();
                match c {
                    'e' => one.repeat(3),
                    'a' | 'i' | 'o' | 'u' | 'y' => one.repeat(2),
                    _ => one,
                }
            })
            .collect();
        assert_eq!(accented(sample), expected, "{sample}");
    }
}

#[test]
fn pseudo_locales_are_only_chosen_explicitly() {
    let explicit = LanguagePreferences {
        explicit: Some("EN-xa".into()),
        ..Default::default()
    };
    assert_eq!(explicit.negotiate().locale.tag, "en-XA");
    let browser = LanguagePreferences {
        navigator: vec!["en-XA".into()],
        ..Default::default()
    };
    assert_eq!(
        browser.negotiate().locale.tag,
        "en",
        "negotiation never offers a pseudo-locale"
    );
    let page = LanguagePreferences {
        document: Some("ar-XB".into()),
        ..Default::default()
    };
    assert_eq!(page.negotiate().locale.tag, "ar");
}

#[test]
fn en_xa_is_accented_and_longer_and_ar_xb_is_rtl() {
    let english = Localizer::for_locale(member_notice::l10n::locale_by_tag("en").unwrap());
    let accented = Localizer::for_locale(pseudo_by_tag("en-XA").unwrap());
    let mirrored = Localizer::for_locale(pseudo_by_tag("ar-XB").unwrap());
    assert_eq!(pseudo_by_tag("ar-XB").unwrap().direction, Direction::Rtl);
    let (mut plain, mut long) = (0usize, 0usize);
    for id in ids::ALL {
        let (e, a) = (english.text(id).value, accented.text(id).value);
        assert_ne!(e, a, "{id} is transformed");
        assert!(
            !a.bytes()
                .any(|b| b.is_ascii_lowercase() && !b"aeiou".contains(&b)),
            "{id}: {a}"
        );
        assert_eq!(mirrored.text(id).lang, None);
        plain += e.chars().count();
        long += a.chars().count();
    }
    let growth = long as f64 / plain as f64 - 1.0;
    assert!(
        (0.35..0.5).contains(&growth),
        "en-XA is only {:.0} % longer",
        growth * 100.0
    );
    println!("en-XA is {:.0} % longer than en", growth * 100.0);
}
