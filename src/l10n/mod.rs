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
    locale_by_tag, pseudo_by_tag, set_source_text, source_locale, Direction, LocaleInfo, EASY_READ,
    LOCALES, LOCALE_TAGS, PSEUDO_LOCALES,
};
pub use localizer::{Localizer, Text};
pub use negotiate::{
    match_tag, unshipped_lang_warning, LangSource, LanguagePreferences, Negotiated,
};
