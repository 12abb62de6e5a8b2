//! What a notice tells the world: the member's actions (remembered where
//! needed), and the events and bridge messages that report them and every
//! refused input.

use super::state::Shared;
use super::{bridge, events, log, page, registry, render, storage};
use crate::components::MemberAction;
use crate::events::{ErrorCode, EventKind};
use crate::json::Object;
use crate::l10n::{locale_by_tag, source_locale, EASY_READ};

/// Handles what the member did: remember a dismissal, then tell the host.
pub fn on_member_action(shared: &Shared, action: MemberAction) {
    #[cfg(feature = "panic-on-demand")]
    super::test_panic::at(&shared.borrow().host, "click");
    let (version, phase) = {
        let this = shared.borrow();
        (this.config.version.clone(), this.phase())
    };
    let (kind, extra) = match action {
        MemberAction::Toggle { expanded } => {
            (EventKind::Toggle, Object::new().with("expanded", expanded))
        }
        // Absolute, so the app (or analytics) can open it as it is.
        MemberAction::Link { url, link } => (
            EventKind::Link,
            Object::new()
                .with("url", page::absolute_url(&url))
                .with("link", link),
        ),
        MemberAction::SwitchLanguage => {
            let from = switch_language(shared);
            (EventKind::Language, Object::new().with("from", from))
        }
        MemberAction::Dismiss => {
            storage::set_dismissed(&version, phase, true);
            refresh_version(&version);
            (EventKind::Dismiss, Object::new())
        }
        MemberAction::Restore => {
            storage::set_dismissed(&version, phase, false);
            refresh_version(&version);
            (EventKind::Restore, Object::new())
        }
    };
    announce(shared, kind, extra);
}

/// Switches the notice between standard German and Leichte Sprache and
/// re-renders it (after its text arrived, when the release fetches it);
/// returns the tag it switched from. Only this notice: the member chose it
/// here, and other notices on the page may be in other languages on purpose.
fn switch_language(shared: &Shared) -> &'static str {
    let from = {
        let mut this = shared.borrow_mut();
        let from = this.locale;
        let to = if from.tag == EASY_READ {
            source_locale()
        } else {
            locale_by_tag(EASY_READ).unwrap_or(from)
        };
        this.chosen = Some(to);
        from.tag
    };
    render::refresh(shared);
    from
}

/// Re-renders every notice showing content `version`, so a choice made in
/// one of them shows in all at once (not later, on some unrelated change).
fn refresh_version(version: &str) {
    for shared in registry::all() {
        if shared.borrow().config.version == version {
            render::refresh(&shared);
        }
    }
}

/// Dispatches `member-notice:<kind>` on the host and, in a WebView, posts it
/// to the app's bridge.
pub fn announce(shared: &Shared, kind: EventKind, extra: Object) {
    let (host, detail, webview, platform) = {
        let this = shared.borrow();
        (
            this.host.clone(),
            this.detail(&extra),
            this.webview(),
            this.options.platform.clone(),
        )
    };
    events::dispatch(&host, kind, &detail);
    if webview {
        bridge::post(crate::webview::outgoing(kind.as_str(), &detail), platform);
    }
}

/// Reports a problem with an input: one console warning, one error event.
pub fn report(shared: &Shared, code: ErrorCode, message: String) {
    log::warn(&message);
    announce(
        shared,
        EventKind::Error,
        Object::new()
            .with("code", code.as_str())
            .with("message", message),
    );
}
