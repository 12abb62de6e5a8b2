//! The WebView bridge's message format.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::json::Object;
use member_notice::webview::{outgoing, parse_incoming, Incoming};

#[test]
fn outgoing_messages_are_versioned_json() {
    let detail = Object::new()
        .with("locale", "ar")
        .with("url", "https://www.hkk.de/")
        .with("type", "spoof");
    let message: serde_json::Value = serde_json::from_str(&outgoing("link", &detail)).unwrap();
    assert_eq!(message["schema"], 1);
    assert_eq!(
        message["type"], "link",
        "the detail cannot override the type"
    );
    assert_eq!(message["url"], "https://www.hkk.de/");
}

#[test]
fn incoming_messages() {
    assert_eq!(
        parse_incoming(r#"{"type":"setLocale","locale":"ar"}"#),
        Ok(Incoming::SetLocale("ar".into()))
    );
    assert_eq!(
        parse_incoming(r#"{"type":"setTheme","theme":"dark"}"#),
        Ok(Incoming::SetTheme(member_notice::options::Theme::Dark))
    );
    for bad in [
        r#"{"type":"setTheme","theme":"pink"}"#,
        r#"{"type":"navigate","url":"x"}"#,
        "nonsense",
        "{}",
    ] {
        assert!(parse_incoming(bad).is_err(), "{bad}");
    }
}
