//! Mount options: what a web team sets with `data-*` attributes, element
//! attributes or `MemberNotice.mount(element, options)`.
//!
//! Parsing is lenient on purpose: an unknown value is reported and replaced by
//! the default, so a typo on a host page never hides the notice.

use crate::json::{self, Object, Value};

/// Which layout the notice uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Variant {
    /// Compact: headline, summary, fraud warning, and a disclosure for the rest.
    #[default]
    Banner,
    /// Everything visible: for a dedicated page and the app's WebView.
    Full,
}

impl Variant {
    /// Every variant, for messages that list them.
    pub const ALL: [Variant; 2] = [Variant::Banner, Variant::Full];

    /// Reads an attribute value, ignoring case; `None` when unknown.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(value.trim()))
    }

    /// The attribute value (`banner` / `full`).
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Banner => "banner",
            Variant::Full => "full",
        }
    }
}

/// Colour scheme of the notice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, for messages that list them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Reads an attribute or app-message value, ignoring case; `None` when
    /// unknown.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(value.trim()))
    }

    /// The accepted values as a message lists them: `"auto", "light" or "dark"`.
    pub fn listed() -> String {
        // Written out rather than `Vec<String>::join` (0.9 KB of wasm, see
        // `config::list`).
        let mut listed = String::new();
        for (at, theme) in Self::ALL.iter().enumerate() {
            let before = match at {
                0 => "",
                at if at + 1 == Self::ALL.len() => " or ",
                _ => ", ",
            };
            listed.push_str(&format!("{before}\"{}\"", theme.as_str()));
        }
        listed
    }

    /// The attribute value (`auto` / `light` / `dark`).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Level of the notice's main heading (2–6), so it fits the host page's outline.
/// Section headings are one level deeper (at most 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl Default for HeadingLevel {
    fn default() -> Self {
        HeadingLevel(2)
    }
}

impl HeadingLevel {
    /// Level 1, for a page that is nothing but the notice (the WebView page);
    /// not offered to host pages, whose own title is their h1.
    pub const PAGE: HeadingLevel = HeadingLevel(1);

    /// A level if it lies in 2..=6.
    pub fn new(level: u8) -> Option<Self> {
        (2..=6).contains(&level).then_some(HeadingLevel(level))
    }

    /// The level as a number.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The level of the headings one below this one (capped at 6).
    pub fn below(self) -> Self {
        HeadingLevel((self.0 + 1).min(6))
    }

    /// The element name (`h1` … `h6`).
    pub fn tag(self) -> &'static str {
        ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(self.0.clamp(1, 6) - 1)]
    }
}

/// Options as they arrive from JavaScript (all optional, all strings or numbers).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MountOptions {
    /// Language tag or `auto`.
    pub lang: Option<String>,
    /// `banner` or `full`.
    pub variant: Option<String>,
    /// `auto`, `light` or `dark`.
    pub theme: Option<String>,
    /// 2–6, as a number or a string.
    pub heading_level: Option<Value>,
    /// URL of the remote JSON config.
    pub config: Option<String>,
    /// The `?lang=` of a WebView page, second in the language order.
    pub url_lang: Option<String>,
    /// Base URL for newer translations: `<base>/<locale>/notice.ftl`.
    pub ftl_base: Option<String>,
    /// Running in the member app's WebView: events also go to the native
    /// bridge, and links are handed to the app.
    pub webview: Option<bool>,
    /// Which app bridge to use in a WebView: `ios`, `android` or `rn`;
    /// unset means every bridge that exists.
    pub platform: Option<String>,
}

/// Settings after validation: every field has a usable value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Layout.
    pub variant: Variant,
    /// Colour scheme.
    pub theme: Theme,
    /// Main heading level.
    pub heading_level: HeadingLevel,
}

impl MountOptions {
    /// Every key [`MountOptions::from_json`] reads, as `MemberNotice.mount`
    /// takes them (`cargo xtask types` checks that `dist/member-notice.d.ts`
    /// declares exactly these).
    pub const KEYS: [&'static str; 9] = [
        "lang",
        "variant",
        "theme",
        "headingLevel",
        "config",
        "ftlBase",
        "urlLang",
        "platform",
        "webview",
    ];

    /// Parses options from the JSON the loader passes; malformed JSON yields the
    /// defaults plus a warning.
    pub fn from_json(json: &str) -> (Self, Vec<String>) {
        let object = match json::parse(json) {
            Ok(Value::Object(object)) => object,
            Ok(other) => {
                return (
                    MountOptions::default(),
                    vec![format!(
                        "mount options are {}, not an object; using the defaults",
                        other.kind()
                    )],
                )
            }
            Err(error) => {
                return (
                    MountOptions::default(),
                    vec![format!(
                        "mount options are not a valid object ({error}); using the defaults"
                    )],
                )
            }
        };
        let mut warnings = Vec::new();
        let mut text = |key: &str| read_string(&object, key, &mut warnings);
        let mut options = MountOptions {
            lang: text("lang"),
            variant: text("variant"),
            theme: text("theme"),
            config: text("config"),
            url_lang: text("urlLang"),
            ftl_base: text("ftlBase"),
            platform: text("platform"),
            heading_level: object.get("headingLevel").cloned(),
            webview: None,
        };
        options.webview = match object.get("webview") {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                warnings.push(format!(
                    "option webview is {}; use true or false (ignored)",
                    other.kind()
                ));
                None
            }
        };
        (options, warnings)
    }

    /// Validates the options into settings; each unusable value is replaced by
    /// its default and named in a warning.
    pub fn settings(&self) -> (Settings, Vec<String>) {
        let mut warnings = Vec::new();
        let mut settings = Settings::default();
        if let Some(value) = non_empty(&self.variant) {
            match Variant::parse(value) {
                Some(variant) => settings.variant = variant,
                None => warnings.push(format!(
                    "variant \"{value}\" is unknown; use \"banner\" or \"full\" (showing \"banner\")"
                )),
            }
        }
        if let Some(value) = non_empty(&self.theme) {
            match Theme::parse(value) {
                Some(theme) => settings.theme = theme,
                None => warnings.push(format!(
                    "theme \"{value}\" is unknown; use {} (using \"auto\")",
                    Theme::listed()
                )),
            }
        }
        if let Some(value) = self.heading_level.as_ref().filter(|v| !v.is_null()) {
            let level = match value {
                Value::String(s) => s.trim().parse().ok(),
                other => other.as_u64(),
            };
            match level
                .and_then(|l| u8::try_from(l).ok())
                .and_then(HeadingLevel::new)
            {
                Some(level) => settings.heading_level = level,
                None => warnings.push(format!(
                    "heading level {value} is not a number from 2 to 6 (using 2)"
                )),
            }
        }
        if self.webview == Some(true) && self.heading_level.as_ref().is_none_or(|v| v.is_null()) {
            // In the app the notice is the whole page: its headline is the h1.
            settings.heading_level = HeadingLevel::PAGE;
        }
        (settings, warnings)
    }
}

impl MountOptions {
    /// The explicitly chosen language, if any: `"auto"`, empty or blank mean
    /// "no choice" — the one place that knows about `"auto"`.
    pub fn explicit_lang(&self) -> Option<&str> {
        non_empty(&self.lang).filter(|lang| !lang.eq_ignore_ascii_case("auto"))
    }

    /// The config URL as given (relative or absolute), if set.
    pub fn config_url(&self) -> Option<&str> {
        non_empty(&self.config)
    }

    /// The base URL for newer translations as given, if set.
    pub fn ftl_base(&self) -> Option<&str> {
        non_empty(&self.ftl_base)
    }
}

/// The string option `key`: absent and `null` are unset; any other type is
/// named in a warning and ignored.
fn read_string(object: &Object, key: &str, warnings: &mut Vec<String>) -> Option<String> {
    match object.get(key)? {
        Value::Null => None,
        Value::String(text) => Some(text.clone()),
        other => {
            warnings.push(format!(
                "option {key} is {}, not a string (ignored)",
                other.kind()
            ));
            None
        }
    }
}

/// A value with its whitespace trimmed, or `None` when nothing is left.
fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}
