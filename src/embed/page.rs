//! What the host page says: the member's language hints, its base URL and
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

/// `url` resolved against the page's base URL, so messages name the file a
/// web team can open and the app gets a link it can open; unchanged when it
/// cannot be resolved. The one place URLs are made absolute.
pub fn absolute_url(url: &str) -> String {
    gloo_utils::document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| url.to_owned())
}

/// The page's own origin (`https://www.hkk.de`), whose files are trusted
/// like the origins in `member-notice.toml`.
pub fn origin() -> String {
    gloo_utils::window().location().origin().unwrap_or_default()
}

/// The page's clock in Unix milliseconds (what tests advance with a fake clock).
pub fn now() -> crate::time::Millis {
    js_sys::Date::now() as crate::time::Millis
}

/// Runs `then` after `ms` milliseconds unless the returned timer is dropped
/// first. Boxed, so every timer of the widget shares one copy of the glue
/// code (each closure type would bring its own into the wasm).
pub fn after(ms: u32, then: Box<dyn FnOnce()>) -> gloo_timers::callback::Timeout {
    gloo_timers::callback::Timeout::new(ms, then)
}
