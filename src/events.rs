//! The events a notice reports to its host page (and, in the member app's
//! WebView, to the app): their names and the shape of their `detail`.
//!
//! Pure; dispatching lives in `embed::events`, the app's message format in
//! [`crate::webview`].

use crate::json::Object;

use crate::options::Variant;
use crate::phase::Phase;

/// Prefix of every event name: `member-notice:ready`.
pub const EVENT_PREFIX: &str = "member-notice:";

/// An enum whose variants the page sees as names, with `as_str` and `ALL`.
/// Each variant is listed once, with its name, so none can be left out of
/// `ALL` — which `cargo xtask types` compares with `dist/member-notice.d.ts`.
macro_rules! page_names {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $text:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The name as the page sees it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }
    };
}

page_names! {
    /// What happened, as the event name after the prefix (`ready`), also the
    /// app message's `type`.
    pub enum EventKind {
        /// The notice has rendered.
        Ready => "ready",
        /// A remote config or translation has applied.
        Update => "update",
        /// The banner's details were opened or closed.
        Toggle => "toggle",
        /// The member collapsed the notice.
        Dismiss => "dismiss",
        /// The member opened it again.
        Restore => "restore",
        /// The member followed a link out of the notice.
        Link => "link",
        /// The member switched between standard German and Leichte Sprache.
        Language => "language",
        /// An input was refused or could not be loaded.
        Error => "error",
    }
}

page_names! {
    /// The `code` of a `member-notice:error` event: every code the widget
    /// raises, those of the wasm and those of the loader (`js/loader.js`,
    /// whose codes `cargo xtask types` checks against this list).
    pub enum ErrorCode {
        /// The config's URL is on an origin `member-notice.toml` does not
        /// trust, or it answered with a redirect.
        ConfigUntrusted => "config-untrusted",
        /// The config is not a JSON object.
        ConfigMalformed => "config-malformed",
        /// Fields of the config have a wrong type or value.
        ConfigInvalid => "config-invalid",
        /// The config is not served as `application/json`.
        ConfigType => "config-type",
        /// The config is larger than allowed.
        ConfigTooLarge => "config-too-large",
        /// The config's server answered with an HTTP error.
        ConfigHttp => "config-http",
        /// The config did not arrive in time.
        ConfigTimeout => "config-timeout",
        /// The config could not be fetched (network, CORS, CSP).
        ConfigUnreachable => "config-unreachable",
        /// The config is not UTF-8 text.
        ConfigNotText => "config-not-text",
        /// The translation's URL is untrusted (as for the config), or
        /// `ftl-base` has a query or fragment.
        FtlUntrusted => "ftl-untrusted",
        /// The translation is not served as `text/plain`.
        FtlType => "ftl-type",
        /// The translation has errors or invisible characters.
        FtlInvalid => "ftl-invalid",
        /// The translation lacks messages the notice shows.
        FtlIncomplete => "ftl-incomplete",
        /// The translation's server answered with an HTTP error.
        FtlHttp => "ftl-http",
        /// The translation did not arrive in time.
        FtlTimeout => "ftl-timeout",
        /// The translation (a newer one, or the release's locale file) could
        /// not be had.
        FtlUnreachable => "ftl-unreachable",
        /// The translation is larger than allowed.
        FtlTooLarge => "ftl-too-large",
        /// The translation is not UTF-8 text.
        FtlNotText => "ftl-not-text",
        /// The wasm could not be loaded (the loader).
        Load => "load",
        /// A file next to `member-notice.js` is not the one the release
        /// shipped (the loader, and the wasm for a locale's text).
        Integrity => "integrity",
        /// The module trapped; sent once per page (the loader).
        Internal => "internal",
        /// The notice could not render into its element (the loader).
        Mount => "mount",
    }
}

/// Compares with the code as the page sees it (`"config-invalid"`).
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The fields every event's detail carries, then the event's own (`extra`;
/// its keys never replace the common ones). `phase` is the incident's phase
/// the notice shows (`disruption`, `backlog`, `resolved`).
pub fn detail(
    locale: &str,
    variant: Variant,
    content_version: &str,
    phase: Phase,
    extra: &Object,
) -> Object {
    let mut detail = Object::new()
        .with("locale", locale)
        .with("variant", variant.as_str())
        .with("contentVersion", content_version)
        .with("phase", phase.as_str());
    detail.extend_missing(extra);
    detail
}
