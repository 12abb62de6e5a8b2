//! Who the notice trusts: the origins that may serve its config and
//! translations, the origins its links may point to, and the config the
//! WebView page is built with.
//!
//! Set at build time in `member-notice.toml` (read by `build.rs`), so no
//! config, query string or page attribute can widen them: a
//! `data-config="https://attacker.example/c.json"` must not show the
//! attacker's brand name or send members to the attacker's page, and a link
//! to the genuine `webview.html` chooses no config at all. Pure; the browser
//! glue asks before it fetches.

mod origin;

#[cfg(not(target_arch = "wasm32"))]
pub use origin::check_webview_config;
pub use origin::{check_origin_entry, origin_of};

// `CONTENT_ORIGINS`, `LINK_ORIGINS` and `WEBVIEW_CONFIG`, generated from member-notice.toml.
include!(concat!(env!("OUT_DIR"), "/trusted_origins.rs"));

/// The file that sets what is trusted, named in every refusal.
pub const TRUST_FILE: &str = "member-notice.toml";

/// Why a URL was not trusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Untrusted {
    /// The URL's origin, or `None` when it has none (`data:`, `blob:`).
    pub origin: Option<String>,
}

impl Untrusted {
    /// What to tell the web team: the origin and the file to change.
    pub fn explain(&self, list: &str) -> String {
        match &self.origin {
            Some(origin) => format!(
                "comes from {origin}, which this build does not trust — to allow it, add \
                 \"{origin}\" to `{list}` in {TRUST_FILE} and rebuild (cargo xtask dist)"
            ),
            None => format!(
                "has no origin (only http: and https: URLs are fetched) — serve it from this \
                 site or from an origin listed in `{list}` in {TRUST_FILE}"
            ),
        }
    }
}

/// Whether content (a config, a translation) at the absolute `url` may be
/// fetched by a page whose origin is `page_origin`: the page's own origin,
/// or one of `trusted` (normally [`CONTENT_ORIGINS`]).
pub fn content_allowed(url: &str, page_origin: &str, trusted: &[&str]) -> Result<(), Untrusted> {
    let origin = origin_of(url);
    match &origin {
        Some(o) if o == page_origin || trusted.contains(&o.as_str()) => Ok(()),
        _ => Err(Untrusted { origin }),
    }
}

/// Whether a request for the absolute `url`, made by a page whose origin is
/// `page_origin`, may carry the member's cookies: only to the page's own
/// origin. A trusted content origin serves files to everyone; it has no
/// reason to learn who the member is.
pub fn credentials_allowed(url: &str, page_origin: &str) -> bool {
    origin_of(url).is_some_and(|origin| origin == page_origin)
}

/// Whether an absolute `https:` link may point to `url`: its origin must be
/// one of `trusted` (normally [`LINK_ORIGINS`]).
pub fn link_allowed(url: &str, trusted: &[&str]) -> Result<(), Untrusted> {
    let origin = origin_of(url);
    match &origin {
        Some(o) if trusted.contains(&o.as_str()) => Ok(()),
        _ => Err(Untrusted { origin }),
    }
}
