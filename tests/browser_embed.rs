//! Browser tests of the embedding layer in headless Chromium: dismissal and
//! its storage, remote config, events, the WebView bridge. Each test mounts
//! into a fresh element; configs come as `data:` URLs with a version of the
//! test's own, so remembered dismissals cannot leak between tests.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use member_notice::embed::{receive, NoticeHandle};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn document() -> web_sys::Document {
    window().document().unwrap()
}

fn fresh_host() -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits up to 3 s for `condition`; panics naming `what` when it never holds.
async fn wait_for(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..150 {
        if condition() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for {what}");
}

/// A `data:` URL serving `json`, so no server is needed.
fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

/// Records the `detail`s of `member-notice:<kind>` events reaching `document`.
struct Recorder {
    kind: String,
    seen: Rc<RefCell<Vec<String>>>,
    listener: Closure<dyn FnMut(web_sys::CustomEvent)>,
}

impl Recorder {
    fn new(kind: &str) -> Self {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let record = seen.clone();
        let listener =
            Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
                assert!(
                    e.composed() && e.bubbles(),
                    "events bubble and are composed"
                );
                record.borrow_mut().push(
                    js_sys::JSON::stringify(&e.detail())
                        .unwrap()
                        .as_string()
                        .unwrap(),
                );
            });
        document()
            .add_event_listener_with_callback(
                &format!("member-notice:{kind}"),
                listener.as_ref().unchecked_ref(),
            )
            .unwrap();
        Recorder {
            kind: kind.into(),
            seen,
            listener,
        }
    }

    fn all(&self) -> Vec<String> {
        self.seen.borrow().clone()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        let _ = document().remove_event_listener_with_callback(
            &format!("member-notice:{}", self.kind),
            self.listener.as_ref().unchecked_ref(),
        );
    }
}

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("open shadow root")
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    shadow(host).query_selector(selector).unwrap()
}

fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("{selector} exists"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn state(host: &Element) -> Option<String> {
    find(host, "section.notice").and_then(|n| n.get_attribute("data-state"))
}

fn mount(options: &str) -> (Element, NoticeHandle) {
    let host = fresh_host();
    let handle = NoticeHandle::new(host.clone(), options).unwrap();
    (host, handle)
}

fn teardown(host: Element, mut handle: NoticeHandle) {
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn dismissal_is_remembered_per_content_version() {
    let dismissed = Recorder::new("dismiss");
    let restored = Recorder::new("restore");
    let v1 = data_url(r#"{"version":"test-dismiss-1"}"#);
    let (host, handle) = mount(&format!(r#"{{"lang":"en","config":"{v1}"}}"#));
    wait_for("the config", || {
        find(&host, "button[data-action=dismiss]").is_some()
    })
    .await;
    click(&host, "button[data-action=dismiss]");
    sleep(20).await;
    assert_eq!(state(&host).as_deref(), Some("collapsed"));
    let restore = find(&host, "button[data-action=restore]").expect("a restore button");
    assert_eq!(
        shadow(&host).active_element(),
        Some(restore.clone()),
        "focus moves to the restore button"
    );
    assert!(
        !restore.text_content().unwrap().trim().is_empty(),
        "named in the member's language"
    );
    let events = dismissed.all();
    assert_eq!(events.len(), 1);
    assert!(
        events[0].contains(r#""contentVersion":"test-dismiss-1""#),
        "{}",
        events[0]
    );
    let stored = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("member-notice:dismissed:test-dismiss-1");
    assert_eq!(stored.unwrap().as_deref(), Some("1"));

    // A second notice with the same content version starts collapsed (as after a reload) …
    let (again, again_handle) = mount(&format!(r#"{{"lang":"en","config":"{v1}"}}"#));
    wait_for("collapsed after reload", || {
        state(&again).as_deref() == Some("collapsed")
    })
    .await;
    // … and new content shows again.
    let v2 = data_url(r#"{"version":"test-dismiss-2"}"#);
    let (fresh, fresh_handle) = mount(&format!(r#"{{"lang":"en","config":"{v2}"}}"#));
    wait_for("the new config", || {
        find(&fresh, "button[data-action=dismiss]").is_some()
    })
    .await;
    assert_eq!(state(&fresh).as_deref(), Some("open"));

    click(&host, "button[data-action=restore]");
    sleep(20).await;
    assert_eq!(state(&host).as_deref(), Some("open"));
    assert_eq!(restored.all().len(), 1);
    assert_eq!(
        shadow(&host).active_element().map(|e| e.tag_name()),
        Some("H2".into()),
        "focus returns to the heading"
    );
    let stored = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("member-notice:dismissed:test-dismiss-1");
    assert_eq!(stored.unwrap(), None);
    teardown(host, handle);
    teardown(again, again_handle);
    teardown(fresh, fresh_handle);
}

#[wasm_bindgen_test]
async fn a_throwing_local_storage_keeps_the_choice_in_memory() {
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&window(), &"localStorage".into(), &descriptor);
    assert!(
        window().local_storage().is_err(),
        "the test really blocks storage"
    );

    let config = data_url(r#"{"version":"test-storage-throws"}"#);
    let (host, handle) = mount(&format!(r#"{{"config":"{config}"}}"#));
    wait_for("the config", || {
        find(&host, "button[data-action=dismiss]").is_some()
    })
    .await;
    click(&host, "button[data-action=dismiss]");
    sleep(20).await;
    assert_eq!(
        state(&host).as_deref(),
        Some("collapsed"),
        "dismissal works without storage"
    );
    let (other, other_handle) = mount(&format!(r#"{{"config":"{config}"}}"#));
    wait_for("memory applies to the page", || {
        state(&other).as_deref() == Some("collapsed")
    })
    .await;

    // Deleting the own property uncovers the real storage for the other tests.
    js_sys::Reflect::delete_property(
        window().unchecked_ref::<js_sys::Object>(),
        &"localStorage".into(),
    )
    .unwrap();
    assert!(window().local_storage().is_ok());
    teardown(host, handle);
    teardown(other, other_handle);
}

#[wasm_bindgen_test]
async fn critical_notices_cannot_be_dismissed() {
    let config = data_url(r#"{"version":"test-critical","severity":"critical"}"#);
    let (host, handle) = mount(&format!(r#"{{"config":"{config}"}}"#));
    wait_for("critical severity", || {
        find(&host, "section.notice")
            .and_then(|n| n.get_attribute("data-severity"))
            .as_deref()
            == Some("critical")
    })
    .await;
    assert!(find(&host, "button[data-action=dismiss]").is_none());
    teardown(host, handle);
}

#[wasm_bindgen_test]
async fn a_config_overrides_link_and_terms_and_can_hide_the_notice() {
    let config = data_url(
        r#"{"version":"test-terms","links":{"more_info":"/info"},"terms":{"brand-name":"Testkasse"}}"#,
    );
    let (host, handle) = mount(&format!(
        r#"{{"lang":"de","variant":"full","config":"{config}"}}"#
    ));
    wait_for("the terms", || {
        find(&host, "[data-section=fraud]")
            .and_then(|s| s.text_content())
            .is_some_and(|t| t.contains("Testkasse"))
    })
    .await;
    let link = find(&host, "a[data-action=more-info]").unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/info"));
    teardown(host, handle);

    let off = data_url(r#"{"version":"test-off","active":false}"#);
    let (host, handle) = mount(&format!(r#"{{"config":"{off}"}}"#));
    wait_for("the notice to hide", || {
        find(&host, "section.notice").is_none()
    })
    .await;
    teardown(host, handle);
}

#[wasm_bindgen_test]
async fn bad_configs_keep_the_built_in_notice_and_raise_one_error_each() {
    let cases = [
        ("{not json", "config-malformed"),
        (r#"{"version":"x","active":"yes"}"#, "config-malformed"),
        (
            r#"{"version":"x","links":{"more_info":"javascript:alert(1)"}}"#,
            "config-invalid",
        ),
        (
            r#"{"version":"x","terms":{"brand-name":"<img src=x onerror=alert(1)>"}}"#,
            "config-invalid",
        ),
    ];
    for (json, code) in cases {
        let errors = Recorder::new("error");
        let (host, handle) = mount(&format!(
            r#"{{"variant":"full","config":"{}"}}"#,
            data_url(json)
        ));
        wait_for("the error event", || !errors.all().is_empty()).await;
        sleep(50).await;
        let all = errors.all();
        assert_eq!(all.len(), 1, "{json}: {all:?}");
        assert!(
            all[0].contains(&format!(r#""code":"{code}""#)),
            "{json}: {}",
            all[0]
        );
        let fraud = find(&host, "[data-section=fraud]").expect("the built-in notice stays");
        assert!(fraud.text_content().unwrap().contains("hkk"));
        assert_eq!(
            find(&host, "a[data-action=more-info]")
                .unwrap()
                .get_attribute("href")
                .as_deref(),
            Some(member_notice::components::DEFAULT_MORE_INFO_URL)
        );
        assert!(find(&host, "img").is_none());
        teardown(host, handle);
    }
}

#[wasm_bindgen_test]
async fn webview_mode_posts_to_the_native_bridge_and_hands_links_to_the_app() {
    let messages = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = messages.clone();
    let post = Closure::<dyn FnMut(String)>::new(move |m: String| record.borrow_mut().push(m));
    let bridge = js_sys::Object::new();
    js_sys::Reflect::set(&bridge, &"postMessage".into(), post.as_ref()).unwrap();
    js_sys::Reflect::set(&window(), &"MemberNoticeBridge".into(), &bridge).unwrap();

    let (host, handle) = mount(r#"{"variant":"full","webview":true,"urlLang":"ar"}"#);
    wait_for("ready on the bridge", || {
        messages
            .borrow()
            .iter()
            .any(|m| m.contains(r#""type":"ready""#))
    })
    .await;
    let ready: serde_json::Value = serde_json::from_str(&messages.borrow()[0]).unwrap();
    assert_eq!(ready["schema"], 1);
    assert_eq!(ready["locale"], "ar", "?lang= of the WebView decides");

    let before = window().location().href().unwrap();
    click(&host, "a[data-action=more-info]");
    sleep(20).await;
    assert_eq!(
        window().location().href().unwrap(),
        before,
        "the WebView does not navigate"
    );
    assert!(messages
        .borrow()
        .iter()
        .any(|m| m.contains(r#""type":"link""#) && m.contains("https://")));

    receive(r#"{"type":"setLocale","locale":"uk"}"#);
    sleep(20).await;
    assert_eq!(
        find(&host, "section.notice")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("uk")
    );
    receive(r#"{"type":"setTheme","theme":"dark"}"#);
    sleep(20).await;
    assert_eq!(
        find(&host, "section.notice")
            .unwrap()
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
    receive(r#"{"type":"navigate","url":"https://evil.example"}"#);

    js_sys::Reflect::delete_property(
        window().unchecked_ref::<js_sys::Object>(),
        &"MemberNoticeBridge".into(),
    )
    .unwrap();
    teardown(host, handle);
}

#[wasm_bindgen_test]
async fn a_translation_request_does_not_make_the_config_answer_stale() {
    // Both are requested in the same render; each kind keeps its own request
    // generation, so the config still applies while the translation fails.
    let errors = Recorder::new("error");
    let config = data_url(r#"{"version":"test-both","severity":"critical"}"#);
    let (host, handle) = mount(&format!(
        r#"{{"lang":"en","config":"{config}","ftlBase":"/no-such-translations"}}"#
    ));
    wait_for("the config to apply", || {
        find(&host, "section.notice")
            .and_then(|n| n.get_attribute("data-severity"))
            .as_deref()
            == Some("critical")
    })
    .await;
    wait_for("the translation error", || !errors.all().is_empty()).await;
    let all = errors.all();
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(all[0].contains(r#""code":"ftl-http""#), "{}", all[0]);
    assert!(
        all[0].contains("/no-such-translations/en/notice.ftl"),
        "{}",
        all[0]
    );
    teardown(host, handle);
}
