//! Browser tests: the components and the embedding in headless Chromium
//! (`wasm-bindgen-test`, run by `cargo xtask test`). Each test starts with a
//! [`TestPage`] (a clean page) and renders into a fresh element.
#![cfg(target_arch = "wasm32")]

mod support;

use member_notice::components::{Notice, NoticeProps, Texts};
use member_notice::l10n::{locale_by_tag, Localizer};
use member_notice::options::Variant;
use support::{document, notice_attribute, wait_for, Recorder, TestPage};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SECTIONS: [&str; 5] = ["delay", "priority", "fraud", "data-safety", "what-happened"];

/// Renders the components straight into a fresh element (no embedding) and
/// waits for Yew's first render.
async fn render(page: &TestPage, props: NoticeProps) -> (Element, yew::AppHandle<Notice>) {
    let host = page.host();
    let app = yew::Renderer::<Notice>::with_root_and_props(host.clone(), props).render();
    wait_for("the first render", || {
        host.query_selector("section.notice").unwrap().is_some()
    })
    .await;
    (host, app)
}

/// The default props of locale `tag` in `variant`.
fn props(tag: &str, variant: Variant) -> NoticeProps {
    NoticeProps {
        variant,
        ..NoticeProps::new(locale_by_tag(tag).unwrap())
    }
}

fn section(root: &Element, name: &str) -> Element {
    root.query_selector(&format!("[data-section=\"{name}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("section {name} is rendered"))
}

/// Whether the element is not rendered (in a closed `<details>`, `hidden`).
fn is_hidden(element: &Element) -> bool {
    let check = js_sys::Reflect::get(element, &"checkVisibility".into()).unwrap();
    let visible = check
        .unchecked_ref::<js_sys::Function>()
        .call0(element)
        .unwrap();
    visible == JsValue::FALSE
}

#[wasm_bindgen_test]
async fn full_variant_shows_every_section() {
    let page = TestPage::new();
    let (host, app) = render(&page, props("de", Variant::Full)).await;
    for name in SECTIONS {
        let el = section(&host, name);
        assert!(!is_hidden(&el), "{name} is visible in the full variant");
        assert!(
            !el.text_content().unwrap().trim().is_empty(),
            "{name} has text"
        );
    }
    let notice = host.query_selector("section.notice").unwrap().unwrap();
    let title_id = notice.get_attribute("aria-labelledby").unwrap();
    let title = host
        .query_selector(&format!("#{title_id}"))
        .unwrap()
        .unwrap();
    assert_eq!(title.tag_name(), "H2");
    assert_eq!(notice.get_attribute("lang").as_deref(), Some("de"));
    assert!(
        host.query_selector("[data-action=toggle]")
            .unwrap()
            .is_none(),
        "full has no disclosure"
    );
    app.destroy();
}

/// The banner's `<details>` and its `<summary>`.
fn disclosure(host: &Element) -> (Element, HtmlElement) {
    let summary: HtmlElement = host
        .query_selector("summary[data-action=toggle]")
        .unwrap()
        .expect("the banner has a disclosure")
        .dyn_into()
        .unwrap();
    let details = summary.parent_element().unwrap();
    assert_eq!(details.tag_name(), "DETAILS");
    (details, summary)
}

#[wasm_bindgen_test]
async fn banner_hides_details_until_toggled() {
    let page = TestPage::new();
    let toggles = Recorder::new("toggle");
    let (host, app) = render(&page, props("en", Variant::Banner)).await;
    assert!(!is_hidden(&section(&host, "delay")));
    assert!(
        !is_hidden(&section(&host, "fraud")),
        "the fraud warning is always visible"
    );
    for name in ["priority", "data-safety", "what-happened"] {
        assert!(is_hidden(&section(&host, name)), "{name} starts hidden");
    }
    let (details, summary) = disclosure(&host);
    assert!(!details.has_attribute("open"));
    summary.click();
    wait_for("the disclosure to open", || details.has_attribute("open")).await;
    for name in ["priority", "data-safety", "what-happened"] {
        assert!(
            !is_hidden(&section(&host, name)),
            "{name} shows after toggling"
        );
    }
    // The view only reports; the raw component has no embedding, no events.
    assert_eq!(toggles.count(), 0);
    app.destroy();
}

#[wasm_bindgen_test]
async fn disclosure_is_a_focusable_summary_named_in_the_members_language() {
    // Enter and Space open a native <summary> by themselves; the end-to-end
    // suite presses the real keys. Here: it is that summary, it takes focus,
    // it is named, and activation toggles it and keeps focus.
    let page = TestPage::new();
    let (host, app) = render(&page, props("tr", Variant::Banner)).await;
    let (details, summary) = disclosure(&host);
    assert_eq!(
        summary.text_content().unwrap().trim(),
        Localizer::for_locale(locale_by_tag("tr").unwrap())
            .text("notice-details-toggle")
            .value
    );
    summary.focus().unwrap();
    assert_eq!(
        document().active_element().as_ref(),
        Some(summary.unchecked_ref::<Element>())
    );
    summary.click();
    wait_for("the disclosure to open", || details.has_attribute("open")).await;
    summary.click();
    wait_for("the disclosure to close", || !details.has_attribute("open")).await;
    assert_eq!(
        document().active_element().as_ref(),
        Some(summary.unchecked_ref::<Element>())
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn arabic_is_right_to_left() {
    let page = TestPage::new();
    let (host, app) = render(&page, props("ar", Variant::Full)).await;
    let notice = host.query_selector("section.notice").unwrap().unwrap();
    assert_eq!(notice.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(notice.get_attribute("lang").as_deref(), Some("ar"));
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&notice)
        .unwrap()
        .unwrap();
    assert_eq!(style.get_property_value("direction").unwrap(), "rtl");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_fallback_message_carries_lang_de() {
    let partial = "notice-title = Delays with your requests\n";
    let texts = Texts::new(Localizer::from_source("en", "test", partial));
    let page = TestPage::new();
    let (host, app) = render(
        &page,
        NoticeProps {
            texts,
            ..props("en", Variant::Full)
        },
    )
    .await;
    let title = host.query_selector("h2").unwrap().unwrap();
    assert_eq!(
        title.get_attribute("lang"),
        None,
        "own message has no lang of its own"
    );
    let heading = section(&host, "priority")
        .query_selector("h3")
        .unwrap()
        .unwrap();
    assert_eq!(heading.get_attribute("lang").as_deref(), Some("de"));
    let german = Localizer::for_locale(locale_by_tag("de").unwrap());
    assert_eq!(
        heading.text_content().unwrap(),
        german.text(member_notice::l10n::ids::PRIORITY_TITLE).value,
        "the missing heading is the German one"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn embedding_uses_an_open_shadow_root_and_announces_ready() {
    let mut page = TestPage::new();
    let ready = Recorder::new("ready");
    let host = page.mount(r#"{"lang":"pl-PL","variant":"full"}"#);
    wait_for("ready", || ready.count() > 0).await;
    let root = host.shadow_root().expect("an open shadow root");
    let sheets = js_sys::Reflect::get(&root, &JsValue::from_str("adoptedStyleSheets")).unwrap();
    assert_eq!(
        js_sys::Array::from(&sheets).length(),
        1,
        "one adopted stylesheet"
    );
    assert!(
        root.query_selector("style").unwrap().is_none(),
        "no <style> needed"
    );
    assert_eq!(notice_attribute(&host, "lang").as_deref(), Some("pl"));
    assert!(
        host.query_selector("*").unwrap().is_none(),
        "nothing in the light DOM"
    );
    let detail = &ready.all()[0];
    assert!(detail.contains("\"locale\":\"pl\""), "{detail}");
    assert!(detail.contains("\"variant\":\"full\""), "{detail}");

    page.handle(0)
        .replace_options(r#"{"lang":"uk","variant":"full"}"#);
    wait_for("the new locale", || {
        notice_attribute(&host, "lang").as_deref() == Some("uk")
    })
    .await;

    page.handle(0).unmount();
    assert_eq!(
        root.child_element_count(),
        0,
        "unmount leaves the shadow root empty"
    );
}
