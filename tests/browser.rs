//! Browser tests: the components and the embedding in headless Chromium
//! (`wasm-bindgen-test`, run by `cargo xtask test`). Each test mounts into a
//! fresh element and removes it afterwards.
#![cfg(target_arch = "wasm32")]

use member_notice::components::{L10n, Notice, NoticeProps};
use member_notice::embed::NoticeHandle;
use member_notice::l10n::{locale_by_tag, Direction, Localizer};
use member_notice::options::Variant;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SECTIONS: [&str; 5] = ["delay", "priority", "fraud", "data-safety", "what-happened"];

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh, attached element to mount into.
fn fresh_host() -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets Yew's scheduled render (and any queued task) run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn l10n(tag: &str) -> L10n {
    L10n::new(Localizer::for_locale(locale_by_tag(tag).unwrap()))
}

async fn render(props: NoticeProps) -> (Element, yew::AppHandle<Notice>) {
    let host = fresh_host();
    let app = yew::Renderer::<Notice>::with_root_and_props(host.clone(), props).render();
    settle().await;
    (host, app)
}

fn props(l10n: L10n, variant: Variant) -> NoticeProps {
    NoticeProps {
        variant,
        ..NoticeProps::new(l10n)
    }
}

fn section(root: &Element, name: &str) -> Element {
    root.query_selector(&format!("[data-section=\"{name}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("section {name} is rendered"))
}

/// Whether the element or an ancestor up to `root` is `hidden`.
fn is_hidden(element: &Element) -> bool {
    element.closest("[hidden]").unwrap().is_some()
}

#[wasm_bindgen_test]
async fn full_variant_shows_every_section() {
    let (host, app) = render(props(l10n("de"), Variant::Full)).await;
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
        host.query_selector("button[data-action=toggle]")
            .unwrap()
            .is_none(),
        "full has no disclosure"
    );
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn banner_hides_details_until_toggled() {
    let (host, app) = render(props(l10n("en"), Variant::Banner)).await;
    assert!(!is_hidden(&section(&host, "delay")));
    assert!(
        !is_hidden(&section(&host, "fraud")),
        "the fraud warning is always visible"
    );
    for name in ["priority", "data-safety", "what-happened"] {
        assert!(is_hidden(&section(&host, name)), "{name} starts hidden");
    }
    let button: HtmlElement = host
        .query_selector("button[data-action=toggle]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    for name in ["priority", "data-safety", "what-happened"] {
        assert!(
            !is_hidden(&section(&host, name)),
            "{name} shows after toggling"
        );
    }
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn disclosure_is_a_focusable_button_named_in_the_members_language() {
    // Enter and Space activate a native <button type=button> by themselves;
    // the end-to-end suite presses the real keys. Here: it is that button,
    // it takes focus, it is named, and activation toggles it.
    let (host, app) = render(props(l10n("tr"), Variant::Banner)).await;
    let button: HtmlElement = host
        .query_selector("button[data-action=toggle]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(
        button.text_content().unwrap().trim(),
        Localizer::for_locale(locale_by_tag("tr").unwrap())
            .text("notice-details-toggle")
            .value
    );
    let controls = button.get_attribute("aria-controls").unwrap();
    assert!(host
        .query_selector(&format!("#{controls}"))
        .unwrap()
        .is_some());
    button.focus().unwrap();
    assert_eq!(
        document().active_element().as_ref(),
        Some(button.unchecked_ref::<Element>())
    );
    button.click();
    settle().await;
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        document().active_element().as_ref(),
        Some(button.unchecked_ref::<Element>())
    );
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn arabic_is_right_to_left() {
    let (host, app) = render(props(l10n("ar"), Variant::Full)).await;
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
    host.remove();
}

#[wasm_bindgen_test]
async fn a_fallback_message_carries_lang_de() {
    let partial = "notice-title = Delays with your requests\n";
    let l10n = L10n::new(Localizer::from_source(
        "en",
        Direction::Ltr,
        "test",
        partial,
    ));
    let (host, app) = render(props(l10n, Variant::Full)).await;
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
    assert!(heading.text_content().unwrap().starts_with("Bearbeitung"));
    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn embedding_uses_an_open_shadow_root_and_announces_ready() {
    let host = fresh_host();
    let seen = std::rc::Rc::new(std::cell::RefCell::new(None::<String>));
    let record = seen.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            *record.borrow_mut() = js_sys::JSON::stringify(&event.detail())
                .ok()
                .and_then(|s| s.as_string());
        });
    document()
        .add_event_listener_with_callback("member-notice:ready", listener.as_ref().unchecked_ref())
        .unwrap();
    let mut handle =
        NoticeHandle::new(host.clone(), r#"{"lang":"pl-PL","variant":"full"}"#).unwrap();
    settle().await;
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
    let notice = root.query_selector("section.notice").unwrap().unwrap();
    assert_eq!(notice.get_attribute("lang").as_deref(), Some("pl"));
    assert!(
        host.query_selector("*").unwrap().is_none(),
        "nothing in the light DOM"
    );
    let detail = seen.borrow().clone().expect("ready reached the document");
    assert!(detail.contains("\"locale\":\"pl\""), "{detail}");
    assert!(detail.contains("\"variant\":\"full\""), "{detail}");

    handle.set_locale("uk");
    settle().await;
    let notice = root.query_selector("section.notice").unwrap().unwrap();
    assert_eq!(notice.get_attribute("lang").as_deref(), Some("uk"));

    handle.unmount();
    settle().await;
    assert_eq!(
        root.child_element_count(),
        0,
        "unmount leaves the shadow root empty"
    );
    document()
        .remove_event_listener_with_callback(
            "member-notice:ready",
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
    host.remove();
}
