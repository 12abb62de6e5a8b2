//! Property tests (issue 12, point 3): whatever a page, an operator's config
//! or a translation file holds, parsing and formatting never panic, never
//! produce markup, and always leave a notice to show.
//!
//! Inputs are arbitrary text and text built from the pieces that matter
//! (JSON and Fluent syntax, markup, bidi and zero-width characters, and
//! constructs nested thousands deep), so the generators reach past the first
//! syntax error. A failure prints the smallest input proptest found; add it
//! to the matching unit test.
//!
//! Every property runs on a thread with the wasm's stack (`tests/wasm_stack/`):
//! input that would overflow it in the browser (a trap) aborts the test here,
//! where the default 8 MB thread would hide it.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::components::Texts;
use member_notice::config::{check_term, parse_config};
use member_notice::l10n::{ids, pseudo_by_tag, LanguagePreferences, Localizer, LOCALES};
use member_notice::options::{HeadingLevel, MountOptions};
use proptest::prelude::*;

mod notice_html;
mod wasm_stack;

use wasm_stack::on_wasm_stack;

/// Pieces of JSON, Fluent, markup and tricky characters, glued at random.
fn pieces(alphabet: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..max).prop_map(|parts| parts.concat())
}

const JSON_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "1e999",
    "-0",
    " ",
    "\n",
    "\"version\"",
    "\"v1\"",
    "\"severity\"",
    "\"critical\"",
    "\"active\"",
    "\"starts_at\"",
    "\"ends_at\"",
    "\"2026-05-01T00:00:00Z\"",
    "\"links\"",
    "\"more_info\"",
    "\"https://www.hkk.de/x\"",
    "\"javascript:alert(1)\"",
    "\"terms\"",
    "\"brand-name\"",
    "\"<b>hkk</b>\"",
    "\"h\u{202e}kk\"",
    "\"h\u{200b}kk\"",
    "\"AOK\"",
    "\"lang\"",
    "\"ar\"",
    "\"variant\"",
    "\"full\"",
    "\"theme\"",
    "\"dark\"",
    "\"heading_level\"",
    "7",
    "\"webview\"",
];

/// Openers of what the Fluent parser recurses for, each with its closer:
/// nested thousands deep, they overflowed the wasm's stack (security review
/// 2026-12, L2; the `"` opens a select variant's text, where it is text).
const FTL_NESTS: &[(&str, &str)] = &[
    ("{ ", " }"),
    ("-t(", ")"),
    ("NUMBER(", ")"),
    ("-t(a: NUMBER(", "))"),
    ("{ 1 ->\n *[a] \" { ", " }\n}"),
    ("{ $x ->\n [a] { ", " }\n *[b] b\n}"),
];

/// A message with constructs nested up to 6,000 deep, openers chosen at
/// random around a string (`{ ` first, so the text holds an expression).
fn nested_ftl() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(FTL_NESTS), 1..4),
        0..6_000usize,
    )
        .prop_map(|(nests, depth)| {
            let chosen: Vec<_> = (0..depth).map(|i| nests[i % nests.len()]).collect();
            let open: String = chosen.iter().map(|(open, _)| *open).collect();
            let close: String = chosen.iter().rev().map(|(_, close)| *close).collect();
            format!("-t = T\nnotice-title = {{ {open}\"x\"{close} }}\n")
        })
}

const FTL_PIECES: &[&str] = &[
    "notice-title = ",
    "notice-fraud-rule = ",
    "-brand-name = ",
    "m = ",
    "\n",
    "    ",
    "{ ",
    " }",
    "{ -brand-name }",
    "{ -it-provider }",
    "{ m }",
    "{ $x }",
    "{ NUMBER(1) }",
    "\"",
    "{ \"<b>\" }",
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "\u{202e}",
    "\u{200b}",
    "[one]",
    "*[other]",
    " ->",
    "#",
    "## group",
    "Text",
    "Текст",
    "نص",
    ".attr = ",
    "=",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_config_never_panics_and_only_clean_names_and_trusted_links_pass(
        text in prop_oneof![any::<String>(), pieces(JSON_PIECES, 40)],
    ) {
        on_wasm_stack(|| {
            let parsed = parse_config(&text);
            if let Ok(config) = parsed.config {
                for (_, value) in &config.terms {
                    prop_assert!(check_term(value).is_ok(), "term {value:?} passed");
                    prop_assert!(!value.contains(['<', '>', '&']), "term {value:?}");
                }
                if let Some(url) = &config.more_info_url {
                    // An https: link to a trusted origin, or a path on the page's own site
                    // (no scheme, not `//host`): never another scheme, never another site.
                    let lower = url.to_ascii_lowercase();
                    let head = url.split(['/', '?', '#']).next().unwrap_or("");
                    if lower.starts_with("https://") {
                        let trusted = member_notice::trust::link_allowed(url, member_notice::trust::LINK_ORIGINS);
                        prop_assert!(trusted.is_ok(), "link {url:?} to an untrusted origin");
                    } else {
                        prop_assert!(!url.starts_with("//") && !head.contains(':'), "link {url:?}");
                    }
                }
                prop_assert!(!config.version.is_empty());
            }
            Ok(())
        })?;
    }

    #[test]
    fn options_never_panic_and_always_give_settings(
        text in prop_oneof![any::<String>(), pieces(JSON_PIECES, 40)],
    ) {
        on_wasm_stack(|| {
            let (options, _) = MountOptions::from_json(&text);
            let _ = options.settings();
        });
    }

    #[test]
    fn negotiation_always_picks_a_shipped_locale(
        explicit in prop::option::of(any::<String>()),
        url in prop::option::of("[a-zA-Z_-]{0,12}"),
        document in prop::option::of(any::<String>()),
        navigator in prop::collection::vec(any::<String>(), 0..4),
    ) {
        let prefs = LanguagePreferences { explicit, url, document, navigator };
        let chosen = on_wasm_stack(|| prefs.negotiate().locale);
        prop_assert!(
            LOCALES.iter().any(|l| std::ptr::eq(l, chosen)) || pseudo_by_tag(chosen.tag).is_some(),
            "{}", chosen.tag
        );
    }

    #[test]
    fn any_translation_leaves_every_message_shown_as_text(
        ftl in prop_oneof![any::<String>(), pieces(FTL_PIECES, 60), nested_ftl()],
    ) {
        on_wasm_stack(|| {
            let localizer = Localizer::from_source("pl", "https://x/pl/notice.ftl", &ftl);
            for id in ids::ALL {
                prop_assert!(!localizer.text(id).value.is_empty(), "{id} is empty");
            }
            // Rendered, a text's markup stays text: only the notice's own tags appear.
            let locale = member_notice::l10n::locale_by_tag("pl").expect("pl ships");
            let html = notice_html::render(Texts::new(localizer), locale);
            // Panics (which proptest shrinks like a failed assertion) on any other tag, or
            // without the fraud warning.
            notice_html::assert_notice(&html, HeadingLevel::default());
            Ok(())
        })?;
    }
}

#[test]
fn the_markup_check_can_fail() {
    // The property above would see markup that a text smuggled in.
    let level = HeadingLevel::default();
    let clean = r#"<section data-section="fraud"><h2>a</h2><p>b</p></section>"#;
    notice_html::assert_notice(clean, level);
    let smuggled = r#"<section data-section="fraud"><p>a<script>x</script></p></section>"#;
    assert!(std::panic::catch_unwind(|| notice_html::assert_notice(smuggled, level)).is_err());
    let no_warning = "<section><p>a</p></section>";
    assert!(std::panic::catch_unwind(|| notice_html::assert_notice(no_warning, level)).is_err());
}
