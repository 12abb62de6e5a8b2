//! The registry of shipped locales: the one place a new locale is added.
//!
//! Each entry embeds `i18n/<tag>/notice.ftl` into the binary, so the widget
//! never needs the network to show its built-in text.

use super::pseudo::Pseudo;

/// Writing direction of a locale, as used for the `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value for an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One shipped locale: its tag, how it is written and its Fluent source.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `i18n/`.
    pub tag: &'static str,
    /// The language's name in itself, for language switchers.
    pub native_name: &'static str,
    /// Writing direction.
    pub direction: Direction,
    /// Path of the Fluent file relative to the repository root.
    pub path: &'static str,
    /// The Fluent source, embedded at compile time.
    pub ftl: &'static str,
    /// For pseudo-locales: the transformation applied to every text.
    pub pseudo: Option<Pseudo>,
}

/// Declares the locale table from `tag => (native name, direction)` entries.
macro_rules! locales {
    ($($tag:literal => ($name:literal, $dir:ident)),+ $(,)?) => {
        /// Every shipped locale; the first is the source locale all others fall back to.
        pub static LOCALES: &[LocaleInfo] = &[
            $(LocaleInfo {
                tag: $tag,
                native_name: $name,
                direction: Direction::$dir,
                path: concat!("i18n/", $tag, "/notice.ftl"),
                ftl: include_str!(concat!("../../i18n/", $tag, "/notice.ftl")),
                pseudo: None,
            }),+
        ];
    };
}

// To add a locale: create `i18n/<tag>/notice.ftl` and add one line here.
locales! {
    "de" => ("Deutsch", Ltr),
    "en" => ("English", Ltr),
    "tr" => ("Türkçe", Ltr),
    "ar" => ("العربية", Rtl),
    "ru" => ("Русский", Ltr),
    "uk" => ("Українська", Ltr),
    "pl" => ("Polski", Ltr),
}

/// Pseudo-locales for layout and bidi testing, built from the English text.
/// Chosen only explicitly (`data-lang="en-XA"`), never by negotiation, and
/// not listed in `MemberNotice.locales`.
pub static PSEUDO_LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en-XA",
        native_name: "Pseudo: accented, longer",
        direction: Direction::Ltr,
        path: "i18n/en/notice.ftl",
        ftl: include_str!("../../i18n/en/notice.ftl"),
        pseudo: Some(Pseudo::Accented),
    },
    LocaleInfo {
        tag: "ar-XB",
        native_name: "Pseudo: mirrored, right to left",
        direction: Direction::Rtl,
        path: "i18n/en/notice.ftl",
        ftl: include_str!("../../i18n/en/notice.ftl"),
        pseudo: Some(Pseudo::Mirrored),
    },
];

/// A pseudo-locale by its tag, ignoring case (`EN-xa`).
pub fn pseudo_by_tag(tag: &str) -> Option<&'static LocaleInfo> {
    PSEUDO_LOCALES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag.trim()))
}

/// The source locale: German, the language of the insurer's original page.
pub fn source_locale() -> &'static LocaleInfo {
    &LOCALES[0]
}

/// Looks up a shipped locale by its exact tag (`"ar"`), not negotiating.
pub fn locale_by_tag(tag: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.tag == tag)
}
