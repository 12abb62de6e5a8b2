//! The detail every event carries.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::events::{detail, EventKind, EVENT_PREFIX};
use member_notice::options::Variant;
use serde_json::json;

#[test]
fn every_detail_names_locale_variant_and_content_version() {
    let got = detail(
        "ar",
        Variant::Full,
        "builtin-1",
        json!({ "expanded": true }),
    );
    assert_eq!(
        got,
        json!({ "locale": "ar", "variant": "full", "contentVersion": "builtin-1", "expanded": true })
    );
}

#[test]
fn an_events_own_fields_never_replace_the_common_ones() {
    let got = detail(
        "de",
        Variant::Banner,
        "v1",
        json!({ "locale": "xx", "url": "https://www.hkk.de/" }),
    );
    assert_eq!(got["locale"], "de");
    assert_eq!(got["url"], "https://www.hkk.de/");
    assert_eq!(
        detail("de", Variant::Banner, "v1", json!(null))["variant"],
        "banner"
    );
}

#[test]
fn event_names() {
    let names: Vec<_> = [
        EventKind::Ready,
        EventKind::Update,
        EventKind::Toggle,
        EventKind::Dismiss,
        EventKind::Restore,
        EventKind::Link,
        EventKind::Error,
    ]
    .iter()
    .map(|kind| format!("{EVENT_PREFIX}{}", kind.as_str()))
    .collect();
    assert_eq!(names[0], "member-notice:ready");
    assert_eq!(names.len(), 7);
}
