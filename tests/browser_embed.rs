//! Browser tests of the embedding layer in headless Chromium: dismissal and
//! its storage, remote config, events, the WebView bridge. Every test starts
//! with a [`TestPage`] that resets what earlier tests may have left, so each
//! passes alone and in any order (`cargo xtask test` runs several orders).
#![cfg(target_arch = "wasm32")]

mod support;

use member_notice::embed::receive;
use support::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Options mounting `lang` with a config of content `version` and severity
/// `info`: the severity shows when the config has applied (the built-in
/// notice is `warning`).
fn with_info_config(lang: &str, version: &str) -> String {
    let config = serve(
        &format!("{version}.json"),
        &format!(r#"{{"version":"{version}","severity":"info"}}"#),
    );
    format!(r#"{{"lang":"{lang}","config":"{config}"}}"#)
}

/// Waits until the notice in `host` shows its config (severity `info`).
async fn config_applied(host: &web_sys::Element) {
    wait_for("the config to apply", || {
        notice_attribute(host, "data-severity").as_deref() == Some("info")
    })
    .await;
}

fn state(host: &web_sys::Element) -> Option<String> {
    notice_attribute(host, "data-state")
}

fn stored(version: &str) -> Option<String> {
    window()
        .local_storage()
        .unwrap()
        .expect("storage works in this test")
        .get_item(&format!("member-notice:dismissed:{version}"))
        .unwrap()
}

#[wasm_bindgen_test]
async fn dismissal_is_remembered_per_content_version() {
    let mut page = TestPage::new();
    let dismissed = Recorder::new("dismiss");
    let restored = Recorder::new("restore");
    let host = page.mount(&with_info_config("en", "test-dismiss-1"));
    // Clicking before the config arrives would dismiss the built-in content
    // version; the config's own version would then show the notice again.
    config_applied(&host).await;
    click(&host, "button[data-action=dismiss]");
    wait_for("the notice to collapse", || {
        state(&host).as_deref() == Some("collapsed")
    })
    .await;
    let restore = find(&host, "button[data-action=restore]").expect("a restore button");
    // Focus moves in an effect after the render.
    wait_for("focus on the restore button", || {
        shadow(&host).active_element() == Some(restore.clone())
    })
    .await;
    assert!(
        !restore.text_content().unwrap().trim().is_empty(),
        "the restore button is named"
    );
    let events = dismissed.all();
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0].contains(r#""contentVersion":"test-dismiss-1""#),
        "{}",
        events[0]
    );
    let at: f64 = stored("test-dismiss-1")
        .expect("the dismissal is stored")
        .parse()
        .expect("as the instant it was made");
    assert!(
        (js_sys::Date::now() - at).abs() < 60_000.0,
        "stored now: {at}"
    );

    // A second notice with the same content version starts collapsed (as after a reload) …
    let again = page.mount(&with_info_config("en", "test-dismiss-1"));
    config_applied(&again).await;
    wait_for("collapsed as remembered", || {
        state(&again).as_deref() == Some("collapsed")
    })
    .await;
    // … and new content shows again.
    let fresh = page.mount(&with_info_config("en", "test-dismiss-2"));
    config_applied(&fresh).await;
    assert_eq!(state(&fresh).as_deref(), Some("open"));

    click(&host, "button[data-action=restore]");
    wait_for("the notice to open", || {
        state(&host).as_deref() == Some("open")
    })
    .await;
    assert_eq!(restored.count(), 1);
    wait_for("focus back on the heading", || {
        shadow(&host).active_element().map(|e| e.tag_name()) == Some("H2".into())
    })
    .await;
    assert_eq!(stored("test-dismiss-1"), None);
    wait_for("the other notice of that content to open too", || {
        state(&again).as_deref() == Some("open")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_remembered_dismissal_starts_collapsed_and_keeps_the_fraud_rule() {
    let mut page = TestPage::new();
    let storage = window().local_storage().unwrap().unwrap();
    let now = js_sys::Date::now() as i64;
    storage
        .set_item("member-notice:dismissed:builtin-1", &now.to_string())
        .unwrap();
    let host = page.mount(r#"{"lang":"en"}"#);
    wait_for("the notice to render collapsed", || {
        state(&host).as_deref() == Some("collapsed")
    })
    .await;
    let rule = find(&host, "[data-section=fraud]").expect("the fraud rule stays when collapsed");
    let english = member_notice::l10n::Localizer::for_locale(
        member_notice::l10n::locale_by_tag("en").unwrap(),
    );
    assert_eq!(
        rule.text_content().unwrap().trim(),
        english.text(member_notice::l10n::ids::FRAUD_RULE).value
    );
}

#[wasm_bindgen_test]
async fn a_stored_value_the_widget_did_not_write_collapses_nothing() {
    let mut page = TestPage::new();
    let storage = window().local_storage().unwrap().unwrap();
    let far_future = js_sys::Date::now() as i64 + 90 * 24 * 3600 * 1000;
    let forty_days_ago = js_sys::Date::now() as i64 - 40 * 24 * 3600 * 1000;
    for (version, value) in [
        ("test-legacy", "1".to_owned()),
        ("test-future", far_future.to_string()),
        ("test-expired", forty_days_ago.to_string()),
    ] {
        storage
            .set_item(&format!("member-notice:dismissed:{version}"), &value)
            .unwrap();
        let host = page.mount(&with_info_config("en", version));
        config_applied(&host).await;
        assert_eq!(state(&host).as_deref(), Some("open"), "{version}: {value}");
    }
}

#[wasm_bindgen_test]
async fn translations_from_untrusted_origins_are_refused_before_they_are_fetched() {
    let mut page = TestPage::new();
    let errors = Recorder::new("error");
    let host = page.mount(r#"{"lang":"en","ftlBase":"https://attacker.example/i18n"}"#);
    wait_for("the error event", || errors.count() > 0).await;
    let error = &errors.all()[0];
    assert!(error.contains(r#""code":"ftl-untrusted""#), "{error}");
    assert!(
        error.contains("https://attacker.example/i18n/en/notice.ftl")
            && error.contains("member-notice.toml"),
        "{error}"
    );
    wait_for("the built-in English text", || {
        notice_attribute(&host, "lang").as_deref() == Some("en")
    })
    .await;
}

#[wasm_bindgen_test]
async fn configs_from_untrusted_origins_are_refused_before_they_are_fetched() {
    for (url, origin) in [
        (
            "https://attacker.example/c.json",
            "https://attacker.example",
        ),
        ("data:application/json,{}", ""),
    ] {
        let mut page = TestPage::new();
        let errors = Recorder::new("error");
        let host = page.mount(&format!(r#"{{"config":"{url}"}}"#));
        wait_for("the error event", || errors.count() > 0).await;
        let error = &errors.all()[0];
        assert!(error.contains(r#""code":"config-untrusted""#), "{error}");
        assert!(
            error.contains(origin) && error.contains("member-notice.toml"),
            "{error}"
        );
        wait_for("the built-in notice", || {
            notice_attribute(&host, "data-severity").as_deref() == Some("warning")
        })
        .await;
        stays("exactly one error", 50, || errors.count() == 1).await;
    }
}

#[wasm_bindgen_test]
async fn a_throwing_local_storage_keeps_the_choice_in_memory() {
    let mut page = TestPage::new();
    block_local_storage();
    // A version of its own: the in-memory choice lasts for the page's life.
    let host = page.mount(&with_info_config("de", "test-storage-throws"));
    config_applied(&host).await;
    click(&host, "button[data-action=dismiss]");
    wait_for("dismissal to work without storage", || {
        state(&host).as_deref() == Some("collapsed")
    })
    .await;
    let other = page.mount(&with_info_config("de", "test-storage-throws"));
    config_applied(&other).await;
    wait_for("the choice in memory to apply to the page", || {
        state(&other).as_deref() == Some("collapsed")
    })
    .await;
}

#[wasm_bindgen_test]
async fn critical_notices_cannot_be_dismissed() {
    let mut page = TestPage::new();
    let config = serve(
        "critical.json",
        r#"{"version":"test-critical","severity":"critical"}"#,
    );
    let host = page.mount(&format!(r#"{{"config":"{config}"}}"#));
    wait_for("critical severity", || {
        notice_attribute(&host, "data-severity").as_deref() == Some("critical")
    })
    .await;
    assert!(find(&host, "button[data-action=dismiss]").is_none());
}

#[wasm_bindgen_test]
async fn a_config_overrides_link_and_terms_and_can_hide_the_notice() {
    let mut page = TestPage::new();
    let config = serve(
        "terms.json",
        r#"{"version":"test-terms","links":{"more_info":"/info"},"terms":{"brand-name":"Testkasse"}}"#,
    );
    let host = page.mount(&format!(
        r#"{{"lang":"de","variant":"full","config":"{config}"}}"#
    ));
    wait_for("the terms", || {
        find(&host, "[data-section=delay]")
            .and_then(|s| s.text_content())
            .is_some_and(|t| t.contains("Testkasse"))
    })
    .await;
    let fraud = find(&host, "[data-section=fraud]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        fraud.contains("hkk") && !fraud.contains("Testkasse"),
        "the fraud warning keeps the release's own brand: {fraud}"
    );
    // A path on this site renders absolute, on the page's own origin (never after a <base>).
    let origin = window().location().origin().unwrap();
    assert_eq!(
        attribute(&host, "a[data-action=more-info]", "href"),
        Some(format!("{origin}/info"))
    );

    let off = serve("off.json", r#"{"version":"test-off","active":false}"#);
    let hidden = page.mount(&format!(r#"{{"config":"{off}"}}"#));
    wait_for("the notice to hide", || {
        find(&hidden, "section.notice").is_none()
    })
    .await;
}

#[wasm_bindgen_test]
async fn bad_configs_keep_the_built_in_notice_and_raise_one_error_each() {
    let cases = [
        ("{not json", "config-malformed"),
        (r#"{"version":"x","active":"yes"}"#, "config-invalid"),
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
        let mut page = TestPage::new();
        let errors = Recorder::new("error");
        let host = page.mount(&format!(
            r#"{{"variant":"full","config":"{}"}}"#,
            serve("bad.json", json)
        ));
        wait_for("the error event", || errors.count() > 0).await;
        stays("exactly one error event", 100, || errors.count() == 1).await;
        let all = errors.all();
        assert!(
            all[0].contains(&format!(r#""code":"{code}""#)),
            "{json}: {}",
            all[0]
        );
        let fraud = find(&host, "[data-section=fraud]").expect("the built-in notice stays");
        assert!(
            fraud.text_content().unwrap().contains("hkk"),
            "the built-in brand name stays"
        );
        assert_eq!(
            attribute(&host, "a[data-action=more-info]", "href").as_deref(),
            Some(member_notice::components::DEFAULT_MORE_INFO_URL)
        );
        assert!(find(&host, "img").is_none());
    }
}

#[wasm_bindgen_test]
async fn webview_mode_posts_to_the_native_bridge_and_hands_links_to_the_app() {
    let mut page = TestPage::new();
    let bridge = FakeBridge::install();
    let host = page.mount(r#"{"variant":"full","webview":true,"urlLang":"ar"}"#);
    wait_for("ready on the bridge", || {
        !bridge.of_type("ready").is_empty()
    })
    .await;
    let ready = &bridge.of_type("ready")[0];
    assert_eq!(ready["schema"], 1);
    assert_eq!(ready["locale"], "ar", "?lang= of the WebView decides");

    let before = window().location().href().unwrap();
    click(&host, "a[data-action=more-info]");
    wait_for("the link handed to the app", || {
        !bridge.of_type("link").is_empty()
    })
    .await;
    let link = &bridge.of_type("link")[0];
    assert!(
        link["url"].as_str().unwrap().starts_with("https://"),
        "{link}"
    );
    assert_eq!(
        window().location().href().unwrap(),
        before,
        "the WebView does not navigate"
    );

    receive(r#"{"type":"setLocale","locale":"uk"}"#);
    wait_for("the app's locale", || {
        notice_attribute(&host, "lang").as_deref() == Some("uk")
    })
    .await;
    receive(r#"{"type":"setTheme","theme":"dark"}"#);
    wait_for("the app's theme", || {
        notice_attribute(&host, "data-theme").as_deref() == Some("dark")
    })
    .await;

    // Anything else is ignored, with one warning, and changes nothing.
    let posted = bridge.messages().len();
    let warnings = Warnings::record();
    receive(r#"{"type":"navigate","url":"https://evil.example"}"#);
    // Console lines leave the module after the call that wrote them returned.
    wait_for("the warning", || !warnings.lines().is_empty()).await;
    let lines = warnings.lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("[member-notice]"), "{}", lines[0]);
    assert!(lines[0].contains("setLocale"), "names what is accepted");
    stays("the notice unchanged", 50, || {
        notice_attribute(&host, "lang").as_deref() == Some("uk")
            && notice_attribute(&host, "data-theme").as_deref() == Some("dark")
            && bridge.messages().len() == posted
    })
    .await;
    assert_eq!(window().location().href().unwrap(), before);
}

#[wasm_bindgen_test]
async fn a_translation_request_does_not_make_the_config_answer_stale() {
    // Both are requested in the same render; each kind keeps its own request
    // generation, so the config still applies while the translation fails.
    let mut page = TestPage::new();
    let errors = Recorder::new("error");
    let config = serve(
        "both.json",
        r#"{"version":"test-both","severity":"critical"}"#,
    );
    let host = page.mount(&format!(
        r#"{{"lang":"en","config":"{config}","ftlBase":"/no-such-translations"}}"#
    ));
    wait_for("the config to apply", || {
        notice_attribute(&host, "data-severity").as_deref() == Some("critical")
    })
    .await;
    wait_for("the translation error", || errors.count() > 0).await;
    let all = errors.all();
    assert_eq!(all.len(), 1, "{all:?}");
    assert!(all[0].contains(r#""code":"ftl-http""#), "{}", all[0]);
    assert!(
        all[0].contains("/no-such-translations/en/notice.ftl"),
        "{}",
        all[0]
    );
}

#[wasm_bindgen_test]
async fn an_oversized_answer_is_refused_before_it_reaches_the_modules_memory() {
    // 24 MB without a Content-Length (as a chunked answer arrives), built in
    // JavaScript so that no Rust copy of it exists: the module's memory
    // never shrinks, so a copy made before the size check would stay.
    let mut page = TestPage::new();
    let errors = Recorder::new("error");
    let url = serve("huge.json", "{}");
    js_sys::Function::new_with_args(
        "url",
        "window[Symbol.for('member-notice.test.files')].set(url, '{' + ' '.repeat(24 * 1024 * 1024) + '}')",
    )
    .call1(&JsValue::NULL, &url.as_str().into())
    .unwrap();
    let memory = || {
        wasm_bindgen::memory()
            .unchecked_into::<js_sys::WebAssembly::Memory>()
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length()
    };
    let before = memory();
    page.mount(&format!(r#"{{"config":"{url}"}}"#));
    wait_for("the error event", || errors.count() > 0).await;
    let all = errors.all();
    assert!(
        all[0].contains(r#""code":"config-too-large""#),
        "{}",
        all[0]
    );
    let grown = memory() - before;
    assert!(
        grown < 4 * 1024 * 1024,
        "the module's memory grew by {grown} bytes for a refused answer"
    );
}

/// The notice's layout in `host`: elements sticking out of it sideways, how far
/// it overflows itself, and its headline's font size in px. Plain JS, as the
/// end-to-end text-size test measures (e2e/text-size.test.mjs).
fn layout(host: &web_sys::Element) -> (Vec<String>, f64, f64) {
    let measure = js_sys::Function::new_with_args(
        "host",
        r#"
        const notice = host.shadowRoot.querySelector('.notice');
        const box = notice.getBoundingClientRect();
        const out = [...notice.querySelectorAll('*')]
          .filter((el) => el.checkVisibility())
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((el) => `${el.localName}.${el.className}`);
        const title = parseFloat(getComputedStyle(notice.querySelector('h2')).fontSize);
        return [out, notice.scrollWidth - notice.clientWidth, title];
        "#,
    );
    let result: js_sys::Array = measure
        .call1(&JsValue::NULL, host)
        .unwrap()
        .unchecked_into();
    let outside = js_sys::Array::from(&result.get(0))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    (
        outside,
        result.get(1).as_f64().unwrap(),
        result.get(2).as_f64().unwrap(),
    )
}

/// The pseudo-locale en-XA is about 40 % longer than English. The release does
/// not ship it (so the end-to-end text-size test, which covers every shipped
/// locale, cannot reach it): here, at 320 px and 200 % text size, the full
/// notice and the opened banner fit the width, and the text really grew.
#[wasm_bindgen_test]
async fn the_longer_pseudo_locale_fits_320_px_at_200_percent_text() {
    let mut page = TestPage::new();
    let root: web_sys::HtmlElement = document().document_element().unwrap().unchecked_into();
    for variant in ["full", "banner"] {
        let host = page.mount(&format!(r#"{{"lang":"en-XA","variant":"{variant}"}}"#));
        let style = host.unchecked_ref::<web_sys::HtmlElement>().style();
        style.set_property("width", "320px").unwrap();
        wait_for("the en-XA notice", || {
            notice_attribute(&host, "lang").as_deref() == Some("en-XA")
        })
        .await;
        let (_, _, normal) = layout(&host);
        root.style().set_property("font-size", "200%").unwrap();
        if variant == "banner" {
            click(&host, "summary[data-action=toggle]");
            wait_for("the banner to open", || {
                find(&host, "details[open]").is_some()
            })
            .await;
        }
        let (outside, overflow, large) = layout(&host);
        assert!(
            large >= normal * 1.9,
            "{variant}: text grew {normal}px → {large}px"
        );
        assert!(outside.is_empty(), "{variant}: sticking out: {outside:?}");
        assert!(
            overflow <= 0.0,
            "{variant}: the notice overflows by {overflow}px"
        );
        root.style().remove_property("font-size").unwrap();
    }
}
