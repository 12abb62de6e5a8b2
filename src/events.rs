//! The events a notice reports to its host page (and, in the member app's
//! WebView, to the app): their names and the shape of their `detail`.
//!
//! Pure; dispatching lives in `embed::events`, the app's message format in
//! [`crate::webview`].

use crate::json::Object;

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
    /// The member followed a link out of the notice.
    Link,
    /// The member switched between standard German and Leichte Sprache.
    Language,
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
            EventKind::Language => "language",
            EventKind::Error => "error",
        }
    }
}

/// The fields every event's detail carries, then the event's own (`extra`;
/// its keys never replace the common ones).
pub fn detail(locale: &str, variant: Variant, content_version: &str, extra: &Object) -> Object {
    let mut detail = Object::new()
        .with("locale", locale)
        .with("variant", variant.as_str())
        .with("contentVersion", content_version);
    detail.extend_missing(extra);
    detail
}
