//! Mount options: lenient parsing with a warning for every value replaced.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::options::{HeadingLevel, MountOptions, Theme, Variant};

#[test]
fn valid_options_are_taken() {
    let (options, warnings) = MountOptions::from_json(
        r#"{"lang":"ar","variant":"FULL","theme":"dark","headingLevel":"3"}"#,
    );
    assert!(warnings.is_empty());
    let (settings, warnings) = options.settings();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.variant, Variant::Full);
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.heading_level.tag(), "h3");
    assert_eq!(settings.heading_level.below().tag(), "h4");
}

#[test]
fn bad_values_fall_back_with_a_warning_each() {
    let (options, _) =
        MountOptions::from_json(r#"{"variant":"popup","theme":"neon","headingLevel":9}"#);
    let (settings, warnings) = options.settings();
    assert_eq!(settings, Default::default());
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings[0].contains("popup"));
}

#[test]
fn malformed_json_gives_defaults_and_says_so() {
    let (options, warnings) = MountOptions::from_json("{not json");
    assert_eq!(options, MountOptions::default());
    assert_eq!(warnings.len(), 1);
}

#[test]
fn heading_levels_stay_within_h2_to_h6() {
    assert_eq!(HeadingLevel::new(1), None);
    assert_eq!(HeadingLevel::new(7), None);
    assert_eq!(HeadingLevel::new(6).map(|l| l.below().tag()), Some("h6"));
    let (options, _) = MountOptions::from_json(r#"{"headingLevel":null}"#);
    assert!(options.settings().1.is_empty());
}

#[test]
fn auto_and_blank_mean_no_explicit_language() {
    for lang in ["auto", " AUTO ", "", "   "] {
        let options = MountOptions {
            lang: Some(lang.into()),
            ..Default::default()
        };
        assert_eq!(options.explicit_lang(), None, "{lang:?}");
    }
    let arabic = MountOptions {
        lang: Some(" ar-EG ".into()),
        ..Default::default()
    };
    assert_eq!(arabic.explicit_lang(), Some("ar-EG"));
    let urls = MountOptions {
        config: Some("  ".into()),
        ftl_base: Some(" https://cdn.example.org/i18n ".into()),
        ..Default::default()
    };
    assert_eq!(urls.config_url(), None);
    assert_eq!(urls.ftl_base(), Some("https://cdn.example.org/i18n"));
}

#[test]
fn theme_and_variant_names_have_one_home() {
    for theme in Theme::ALL {
        assert_eq!(Theme::parse(&theme.as_str().to_uppercase()), Some(theme));
        assert!(Theme::listed().contains(&format!("\"{}\"", theme.as_str())));
    }
    assert_eq!(Theme::listed(), r#""auto", "light" or "dark""#);
    for variant in Variant::ALL {
        assert_eq!(Variant::parse(variant.as_str()), Some(variant));
    }
    assert_eq!(Theme::parse("sepia"), None);
}

#[test]
fn every_listed_key_is_an_option_the_widget_reads() {
    // `MountOptions::KEYS` is what dist/member-notice.d.ts must declare: each key there
    // sets an option here (webview takes a boolean, the others a string).
    for key in MountOptions::KEYS {
        let value = if key == "webview" { "true" } else { "\"x\"" };
        let (options, warnings) = MountOptions::from_json(&format!("{{\"{key}\":{value}}}"));
        assert!(warnings.is_empty(), "{key}: {warnings:?}");
        assert_ne!(options, MountOptions::default(), "{key} sets no option");
    }
}
