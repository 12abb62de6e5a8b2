//! Localization: shipped locales, language negotiation and message formatting.
//!
//! Pure Rust, no browser calls; tested natively.

pub mod bundle;
pub mod entries;
pub mod ids;
pub mod key;
pub mod locales;
pub mod localizer;
pub mod negotiate;
pub mod nesting;
pub mod parse;
pub mod pseudo;
pub mod shipped;

pub use key::LocalizerKey;
pub use locales::{
    locale_by_tag, pseudo_by_tag, source_locale, Direction, LocaleInfo, ReleaseFile, EASY_READ,
    LOCALES, LOCALE_TAGS, PSEUDO_LOCALES, RELEASE_FILES,
};
pub use localizer::{Localizer, Text};
pub use negotiate::{
    match_tag, unshipped_lang_warning, LangSource, LanguagePreferences, Negotiated,
};
