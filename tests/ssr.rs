//! The components render without a browser (Yew's server renderer), as the
//! build-time HTML of a later release will need: no `web_sys` call in render.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::components::{Notice, NoticeProps, Texts};
use member_notice::l10n::{ids, locale_by_tag, Localizer, EASY_READ, LOCALES};
use member_notice::options::Variant;
use yew::LocalServerRenderer;

fn render(tag: &str, variant: Variant) -> String {
    render_with(NoticeProps {
        variant,
        ..NoticeProps::new(locale_by_tag(tag).unwrap())
    })
}

#[test]
fn every_locale_renders_every_section_to_html() {
    for locale in LOCALES {
        for variant in [Variant::Banner, Variant::Full] {
            let html = render(locale.tag, variant);
            for section in ["delay", "priority", "fraud", "data-safety", "what-happened"] {
                assert!(
                    html.contains(&format!("data-section=\"{section}\"")),
                    "{} {variant:?}: {section}",
                    locale.tag
                );
            }
            assert!(
                html.contains(&format!("lang=\"{}\"", locale.html_lang())),
                "{}",
                locale.tag
            );
        }
    }
    assert!(render("ar", Variant::Full).contains("dir=\"rtl\""));
}

#[test]
fn text_is_escaped_never_markup() {
    let localizer = Localizer::from_source(
        "en",
        "test",
        "notice-title = <img src=x onerror=alert(1)> & co\n",
    );
    let props = NoticeProps {
        variant: Variant::Full,
        texts: Texts::new(localizer),
        ..NoticeProps::new(locale_by_tag("en").unwrap())
    };
    let html =
        futures::executor::block_on(LocalServerRenderer::<Notice>::with_props(props).render());
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img"), "{html}");
}

fn render_with(props: NoticeProps) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<Notice>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn only_the_german_versions_have_the_switch_between_them() {
    for locale in LOCALES {
        for variant in [Variant::Banner, Variant::Full] {
            let html = render(locale.tag, variant);
            let switch = html.contains("data-action=\"easy-language\"");
            assert_eq!(switch, locale.is_german(), "{} {variant:?}", locale.tag);
        }
    }
    // Each version's button says that version's `notice-language-switch`.
    for tag in ["de", EASY_READ] {
        let label = Localizer::for_locale(locale_by_tag(tag).unwrap())
            .text(ids::LANGUAGE_SWITCH)
            .value;
        assert!(!label.is_empty(), "{tag}");
        assert!(
            render(tag, Variant::Banner).contains(&format!(">{label}</button>")),
            "{tag}: {label}"
        );
    }
}

#[test]
fn leichte_sprache_is_spoken_as_german_and_laid_out_as_easy_read() {
    let html = render(EASY_READ, Variant::Full);
    assert!(html.contains("lang=\"de\""), "{html}");
    assert!(!html.contains("de-x-ls"), "{html}");
    assert!(html.contains("data-easy-read"), "{html}");
    // A sentence per line: the text keeps the translator's line breaks.
    assert!(html.contains(".\n"), "{html}");
    for locale in LOCALES.iter().filter(|l| l.tag != EASY_READ) {
        assert!(
            !render(locale.tag, Variant::Full).contains("data-easy-read"),
            "{}",
            locale.tag
        );
    }
}

#[test]
fn the_sign_language_link_shows_in_every_locale_only_when_named() {
    let url = "https://www.hkk.de/dgs";
    for locale in LOCALES {
        let plain = render(locale.tag, Variant::Banner);
        assert!(!plain.contains("sign-language"), "{}", locale.tag);
        let label = Localizer::for_locale(locale).text(ids::SIGN_LANGUAGE).value;
        assert!(!label.is_empty(), "{}", locale.tag);
        for variant in [Variant::Banner, Variant::Full] {
            let html = render_with(NoticeProps {
                variant,
                sign_language_url: Some(url.into()),
                ..NoticeProps::new(locale)
            });
            let link = format!("<a href=\"{url}\"");
            assert!(html.contains(&link), "{} {variant:?}: {html}", locale.tag);
            assert!(
                html.contains("data-action=\"sign-language\""),
                "{}",
                locale.tag
            );
            assert!(
                html.contains(&format!(">{label}</a>")),
                "{} {variant:?}",
                locale.tag
            );
        }
        // In the app's WebView the app opens it: no href to follow inside.
        let app = render_with(NoticeProps {
            sign_language_url: Some(url.into()),
            intercept_links: true,
            ..NoticeProps::new(locale)
        });
        assert!(!app.contains(url), "{}", locale.tag);
        assert!(app.contains("role=\"link\""), "{}", locale.tag);
    }
}

/// Text as it stands in the HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Each phase renders its own headline, delay text and sections in every
/// locale and both variants, the fraud warning always; and, collapsed, its
/// own reminder with the fraud rule.
#[test]
fn every_phase_renders_its_content_in_every_locale() {
    use member_notice::phase::{Phase, Section};
    let hook = |section: Section| match section {
        Section::Priority => "priority",
        Section::Fraud => "fraud",
        Section::DataSafety => "data-safety",
        Section::WhatHappened => "what-happened",
    };
    let all = [
        Section::Priority,
        Section::Fraud,
        Section::DataSafety,
        Section::WhatHappened,
    ];
    for locale in LOCALES {
        let texts = Localizer::for_locale(locale);
        let text = |id: &str| escaped(&texts.text(id).value);
        for phase in Phase::ALL {
            let content = phase.content();
            for variant in [Variant::Banner, Variant::Full] {
                let what = format!("{} {variant:?} {phase:?}", locale.tag);
                let html = render_with(NoticeProps {
                    variant,
                    phase,
                    ..NoticeProps::new(locale)
                });
                assert!(
                    html.contains(&format!("data-phase=\"{}\"", phase.as_str())),
                    "{what}"
                );
                assert!(html.contains(&text(content.title)), "{what}: headline");
                let delay = match variant {
                    Variant::Banner => vec![content.summary],
                    Variant::Full => content.delay(),
                };
                for id in delay {
                    assert!(html.contains(&text(id)), "{what}: {id}");
                }
                for section in all {
                    assert_eq!(
                        html.contains(&format!("data-section=\"{}\"", hook(section))),
                        content.sections.contains(&section),
                        "{what}: {section:?}"
                    );
                }
                for id in [ids::FRAUD_TITLE, ids::FRAUD_INTRO, ids::FRAUD_RULE] {
                    assert!(html.contains(&text(id)), "{what}: {id}");
                }
                // No other phase's headline (phase backlog's delay text
                // opens with the cause, which every phase shares).
                for other in Phase::ALL.into_iter().filter(|&p| p != phase) {
                    assert!(
                        !html.contains(&text(other.content().title)),
                        "{what}: {other:?}'s headline"
                    );
                }
            }
            let collapsed = render_with(NoticeProps {
                phase,
                dismissed: true,
                ..NoticeProps::new(locale)
            });
            let what = format!("{} {phase:?} collapsed", locale.tag);
            assert!(collapsed.contains(&text(content.collapsed)), "{what}");
            assert!(collapsed.contains(&text(ids::FRAUD_RULE)), "{what}");
        }
    }
}
