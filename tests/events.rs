//! The detail every event carries.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::events::{detail, EventKind, EVENT_PREFIX};
use member_notice::json::Object;
use member_notice::options::Variant;
use member_notice::phase::Phase;
use serde_json::{json, Value};

/// The detail as a page's listener sees it: the JSON read back by an
/// independent parser.
fn seen(detail: &Object) -> Value {
    serde_json::from_str(&detail.to_string()).expect("a detail is JSON")
}

#[test]
fn every_detail_names_locale_variant_content_version_and_phase() {
    let got = detail(
        "ar",
        Variant::Full,
        "builtin-1",
        Phase::Resolved,
        &Object::new().with("expanded", true),
    );
    assert_eq!(
        seen(&got),
        json!({ "locale": "ar", "variant": "full", "contentVersion": "builtin-1", "phase": "resolved", "expanded": true })
    );
}

#[test]
fn an_events_own_fields_never_replace_the_common_ones() {
    let got = seen(&detail(
        "de",
        Variant::Banner,
        "v1",
        Phase::Backlog,
        &Object::new()
            .with("locale", "xx")
            .with("phase", "resolved")
            .with("url", "https://www.hkk.de/"),
    ));
    assert_eq!(got["locale"], "de");
    assert_eq!(got["phase"], "backlog");
    assert_eq!(got["url"], "https://www.hkk.de/");
    assert_eq!(
        seen(&detail(
            "de",
            Variant::Banner,
            "v1",
            Phase::Backlog,
            &Object::new()
        ))["variant"],
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
