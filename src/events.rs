//! The events a notice reports to its host page (and, in the member app's
//! WebView, to the app): their names and the shape of their `detail`.
//!
//! Pure; dispatching lives in `embed::events`, the app's message format in
//! [`crate::webview`].

use serde_json::{json, Value};

use crate::options::Variant;

/// Prefix of every event name: `member-notice:ready`.
pub const EVENT_PREFIX: &str = "member-notice:";

/// What happened, as the event name after the prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// The notice has rendered.
    Ready,
    /// A remote config or translation has applied.
    Update,
    /// The banner's details were opened or closed.
    Toggle,
    /// The member collapsed the notice.
    Dismiss,
    /// The member opened it again.
    Restore,
    /// The member followed "more information".
    Link,
    /// An input was refused or could not be loaded.
    Error,
}

impl EventKind {
    /// The name after the prefix (`ready`), also the app message's `type`.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Ready => "ready",
            EventKind::Update => "update",
            EventKind::Toggle => "toggle",
            EventKind::Dismiss => "dismiss",
            EventKind::Restore => "restore",
            EventKind::Link => "link",
            EventKind::Error => "error",
        }
    }
}

/// The fields every event's detail carries, then the event's own (`extra`,
/// an object; its keys never replace the common ones).
pub fn detail(locale: &str, variant: Variant, content_version: &str, extra: Value) -> Value {
    let mut detail = json!({
        "locale": locale,
        "variant": variant.as_str(),
        "contentVersion": content_version,
    });
    if let (Some(detail), Value::Object(extra)) = (detail.as_object_mut(), extra) {
        for (key, value) in extra {
            detail.entry(key).or_insert(value);
        }
    }
    detail
}
