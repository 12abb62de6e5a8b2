//! Reads what the host page says about the member's language.

use crate::l10n::LanguagePreferences;
use crate::options::MountOptions;

/// Collects the language sources in priority order: the explicit option, the
/// WebView's `?lang=`, `<html lang>`, then `navigator.languages`.
pub fn language_preferences(options: &MountOptions) -> LanguagePreferences {
    let window = web_sys::window();
    let document = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let navigator = window
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    LanguagePreferences {
        explicit: options.lang.clone(),
        url: options.url_lang.clone(),
        document,
        navigator,
    }
}

/// `url` resolved against the page's base URL, so messages name the file a
/// web team can open; unchanged when it cannot be resolved.
pub fn absolute_url(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| url.to_owned())
}

/// The page's own origin (`https://www.hkk.de`), whose files are trusted
/// like the origins in `member-notice.toml`.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
