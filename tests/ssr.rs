//! The components render without a browser (Yew's server renderer), as the
//! build-time HTML of a later release will need: no `web_sys` call in render.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::components::{Notice, NoticeProps, Texts};
use member_notice::l10n::{locale_by_tag, Localizer, LOCALES};
use member_notice::options::Variant;
use yew::LocalServerRenderer;

fn render(tag: &str, variant: Variant) -> String {
    let props = NoticeProps {
        variant,
        ..NoticeProps::new(locale_by_tag(tag).unwrap())
    };
    futures::executor::block_on(
        LocalServerRenderer::<Notice>::with_props(props)
            .hydratable(false)
            .render(),
    )
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
                html.contains(&format!("lang=\"{}\"", locale.tag)),
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
