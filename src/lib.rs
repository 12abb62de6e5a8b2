//! # member-notice
//!
//! A notice for hkk members about delayed requests after the cyberattack on
//! the IT provider: what happened, what is handled first, and a warning about
//! fraudsters. Written in Rust with Yew, compiled to WebAssembly, translated
//! with Fluent.
//!
//! The crate compiles two ways. Natively, the pure parts — [`l10n`]
//! (locales, negotiation, formatting) and [`options`] — are tested with plain
//! `cargo test`, and the build tools in `xtask/` use them. To wasm, [`embed`]
//! adds the browser glue: shadow root, stylesheet, events, and the
//! `NoticeHandle` the JavaScript loader (`js/loader.js`) drives.
//!
//! ```
//! use member_notice::l10n::{ids, LanguagePreferences, Localizer};
//!
//! let prefs = LanguagePreferences {
//!     document: Some("ar-EG".into()),
//!     ..Default::default()
//! };
//! let chosen = prefs.negotiate();
//! assert_eq!(chosen.locale.tag, "ar");
//! let l10n = Localizer::for_locale(chosen.locale);
//! assert!(!l10n.text(ids::TITLE).value.is_empty());
//! ```

pub mod components;
pub mod config;
/// The verdict on a config file, as `cargo xtask config check` and the
/// operators' preview report it (feature `checker`).
#[cfg(feature = "checker")]
pub mod config_check;
pub mod css;
pub mod dismissal;
pub mod events;
pub mod invisible;
pub mod json;
pub mod l10n;
pub mod options;
pub mod phase;
pub mod prerender;
pub mod remote;

/// The translation checker behind `cargo xtask i18n check` (feature `checker`).
#[cfg(feature = "checker")]
pub mod check;
pub mod time;
pub mod trust;
pub mod webview;

#[cfg(target_arch = "wasm32")]
pub mod embed;

/// Prefix of every console line the widget (and its loader) writes, so a web
/// team can filter them; `cargo xtask dist` writes it into the loader.
pub const LOG_PREFIX: &str = "[member-notice]";

/// The crate version; `cargo xtask dist` writes it into the loader as
/// `MemberNotice.version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
