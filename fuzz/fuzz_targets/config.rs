//! Fuzz target `config`: any bytes, read as text, both as an operator's
//! remote config and as a page's mount options (the loader's JSON).
//!
//! As in `tests/properties.rs`: nothing panics, options always give
//! settings, and a config that passes has clean names and a link that is
//! https or on the page's own site; rendered with those options, it is a
//! whole notice without markup.
//!
//! On a thread with the wasm's stack (`member_notice_fuzz::on_wasm_stack`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use member_notice::config::{check_term, parse_config};
use member_notice::l10n::LanguagePreferences;
use member_notice::options::MountOptions;
use member_notice::prerender::{render_notice, Prerender};
use member_notice_fuzz::{assert_notice, on_wasm_stack};

fuzz_target!(|data: &[u8]| on_wasm_stack(|| check(data)));

fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (options, _) = MountOptions::from_json(&text);
    let (settings, _) = options.settings();
    let Ok(config) = parse_config(&text).config else {
        return;
    };
    assert!(!config.version.is_empty(), "empty version passed");
    for (name, value) in &config.terms {
        assert!(check_term(value).is_ok(), "term {name} = {value:?} passed");
        assert!(!value.contains(['<', '>', '&']), "term {name} = {value:?}");
    }
    if let Some(url) = &config.more_info_url {
        assert_safe_link(url);
    }
    // Rendering is the costly part, so only configs that pass get this far:
    // they are what reaches a member's screen.
    let locale = LanguagePreferences {
        explicit: options.explicit_lang().map(str::to_owned),
        ..LanguagePreferences::default()
    }
    .negotiate()
    .locale;
    let html = futures::executor::block_on(render_notice(&Prerender {
        locale,
        variant: settings.variant,
        heading_level: settings.heading_level,
        app_links: options.webview == Some(true),
        config: Some(&config),
        // The phase the config ends in: `phase`, or its last planned move.
        phase: config.phase_at(i64::MAX),
    }));
    assert_notice(&html, settings.heading_level);
}

/// Panics unless `url` is an https URL or a same-origin relative one (no
/// other scheme, not `//host`), without spaces, controls or backslashes.
/// (Relative links are allowed by design: `config::check_link`.)
fn assert_safe_link(url: &str) {
    let head = url.split(['/', '?', '#']).next().unwrap_or_default();
    let https = url.to_ascii_lowercase().starts_with("https://");
    assert!(
        https || (!head.contains(':') && !url.starts_with("//")),
        "link {url:?} passed"
    );
    assert!(
        !url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '\\'),
        "link {url:?} passed"
    );
}
