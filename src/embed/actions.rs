//! What a notice tells the world: the member's actions (remembered where
//! needed), and the events and bridge messages that report them and every
//! refused input.

use super::state::Shared;
use super::{bridge, events, log, page, storage};
use crate::components::MemberAction;
use crate::events::{ErrorCode, EventKind};
use crate::json::Object;
use crate::l10n::{locale_by_tag, source_locale, EASY_READ};

/// Which notices an action changed, for the module that renders them
/// (`render`) to re-render before the action is announced (the event's
/// detail reads the state after it, such as the new language).
pub enum Changed {
    /// None: the action only reports (a toggle, a link).
    Nothing,
    /// This notice (its language).
    This,
    /// Every notice showing this content version: a choice made in one of
    /// them shows in all at once, not later on some unrelated change.
    Version(String),
}

/// What the member did, applied: a dismissal remembered, a language chosen.
/// Returns which notices changed and the event that reports it.
pub fn on_member_action(shared: &Shared, action: MemberAction) -> (Changed, EventKind, Object) {
    #[cfg(feature = "panic-on-demand")]
    super::test_panic::at(&shared.borrow().host, "click");
    let (version, phase) = {
        let this = shared.borrow();
        (this.config.version.clone(), this.phase())
    };
    match action {
        MemberAction::Toggle { expanded } => (
            Changed::Nothing,
            EventKind::Toggle,
            Object::new().with("expanded", expanded),
        ),
        // Absolute, so the app (or analytics) can open it as it is.
        MemberAction::Link { url, link } => (
            Changed::Nothing,
            EventKind::Link,
            Object::new()
                .with("url", page::absolute_url(&url))
                .with("link", link),
        ),
        MemberAction::SwitchLanguage => {
            let from = switch_language(shared);
            (
                Changed::This,
                EventKind::Language,
                Object::new().with("from", from),
            )
        }
        MemberAction::Dismiss => {
            storage::set_dismissed(&version, phase, true);
            (Changed::Version(version), EventKind::Dismiss, Object::new())
        }
        MemberAction::Restore => {
            storage::set_dismissed(&version, phase, false);
            (Changed::Version(version), EventKind::Restore, Object::new())
        }
    }
}

/// Switches the notice between standard German and Leichte Sprache (the
/// next render shows it, after its text arrived, when the release fetches
/// it); returns the tag it switched from. Only this notice: the member chose
/// it here, and other notices on the page may be in other languages on
/// purpose.
fn switch_language(shared: &Shared) -> &'static str {
    let mut this = shared.borrow_mut();
    let from = this.locale;
    let to = if from.tag == EASY_READ {
        source_locale()
    } else {
        locale_by_tag(EASY_READ).unwrap_or(from)
    };
    this.chosen = Some(to);
    from.tag
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
