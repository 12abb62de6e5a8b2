//! What the host page says: the member's language hints, its address and
//! its origin.

use crate::l10n::LanguagePreferences;
use crate::options::MountOptions;

/// Collects the language sources in priority order: the explicit option, the
/// WebView's `?lang=`, `<html lang>`, then `navigator.languages`.
pub fn language_preferences(options: &MountOptions) -> LanguagePreferences {
    let document = gloo_utils::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    let navigator = gloo_utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    LanguagePreferences {
        explicit: options.explicit_lang().map(str::to_owned),
        url: options.url_lang.clone(),
        document,
        navigator,
    }
}

/// `url` made absolute against the page's own address (`location.href`), so
/// messages name the file a web team can open, fetches go where the page's
/// web team meant, and the app gets a link it can open; unchanged when it
/// cannot be resolved. Never against the document's base URL: a `<base href>`
/// that injected HTML adds must not move a link, a config or a translation
/// to another site.
pub fn absolute_url(url: &str) -> String {
    resolve(url).unwrap_or_else(|| url.to_owned())
}

/// `url` made absolute against the page's own address, or `None` where it
/// cannot be (a page at `about:srcdoc`, `data:` or `blob:` has no address a
/// path could be resolved against). The one place URLs are made absolute.
///
/// A config link passed [`crate::config::check_link`]: an `https:` URL on a
/// trusted origin, which resolving leaves on its origin, or a path without
/// scheme, host or backslash, which the URL standard resolves to the page's
/// own scheme, host and port. Either way the result is on a trusted origin
/// or the page's own, whatever `<base>` the document has.
pub fn resolve(url: &str) -> Option<String> {
    let page = gloo_utils::window().location().href().ok()?;
    web_sys::Url::new_with_base(url, &page)
        .ok()
        .map(|u| u.href())
}

/// The page's own origin (`https://www.hkk.de`), whose files are trusted
/// like the origins in `member-notice.toml`.
pub fn origin() -> String {
    gloo_utils::window().location().origin().unwrap_or_default()
}

/// The page's clock in Unix milliseconds (what tests advance with a fake clock).
pub fn now() -> crate::time::Millis {
    // The operators' preview shows the notice as at the time it was set to.
    #[cfg(feature = "preview")]
    if let Some(at) = super::operators::clock() {
        return at;
    }
    js_sys::Date::now() as crate::time::Millis
}

/// Runs `then` after `ms` milliseconds unless the returned timer is dropped
/// first. Boxed, so every timer of the widget shares one copy of the glue
/// code (each closure type would bring its own into the wasm).
pub fn after(ms: u32, then: Box<dyn FnOnce()>) -> gloo_timers::callback::Timeout {
    gloo_timers::callback::Timeout::new(ms, then)
}
