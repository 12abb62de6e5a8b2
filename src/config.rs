//! The remote notice config: what operators change without a release.
//!
//! A JSON file (`data-config` / `config`) parsed with serde and validated here.
//! Validation is all or nothing: a config with any wrong field is refused as
//! a whole and the built-in notice stays, because a server that lies about
//! one field cannot be trusted with the others. Every refusal names the
//! field, what was wrong and what is expected. Unknown fields are not an
//! error — a newer config must not switch off an older widget — but each is
//! named in a warning, so a typo (`"activ"`) does not go unnoticed.
//!
//! Pure Rust; the fetching (size cap, timeout) lives in `embed::remote`.

use serde::Deserialize;

use crate::time::{parse_rfc3339, Millis};

/// Largest config accepted, in bytes.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;
/// How long the widget waits for the config before giving up.
pub const FETCH_TIMEOUT_MS: i32 = 5_000;
/// Content version of the text built into this release; dismissals are
/// remembered per content version, so new content shows again.
pub const BUILTIN_CONTENT_VERSION: &str = "builtin-1";

/// How serious the notice is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Severity {
    /// For information.
    Info,
    /// The default for the built-in content; can be collapsed.
    #[default]
    Warning,
    /// Cannot be collapsed.
    Critical,
}

impl Severity {
    /// The attribute value (`info` / `warning` / `critical`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }

    /// Whether the member may collapse a notice of this severity.
    pub fn dismissible(self) -> bool {
        self != Severity::Critical
    }
}

/// A validated config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeConfig {
    /// Content version; dismissals are remembered per version.
    pub version: String,
    /// `false` hides the notice.
    pub active: bool,
    /// Severity.
    pub severity: Severity,
    /// Show from this instant on (Unix milliseconds), if set.
    pub starts_at: Option<Millis>,
    /// Show until this instant (Unix milliseconds), if set.
    pub ends_at: Option<Millis>,
    /// Target of the "more information" link, if overridden.
    pub more_info_url: Option<String>,
    /// Term overrides (`brand-name`, `it-provider`) as plain text.
    pub terms: Vec<(String, String)>,
}

impl Default for NoticeConfig {
    /// The built-in content: active, `warning`, no window, no overrides.
    fn default() -> Self {
        NoticeConfig {
            version: BUILTIN_CONTENT_VERSION.to_owned(),
            active: true,
            severity: Severity::Warning,
            starts_at: None,
            ends_at: None,
            more_info_url: None,
            terms: Vec::new(),
        }
    }
}

impl NoticeConfig {
    /// Whether the notice shows at `now` (Unix milliseconds).
    pub fn visible_at(&self, now: Millis) -> bool {
        self.active
            && self.starts_at.is_none_or(|start| now >= start)
            && self.ends_at.is_none_or(|end| now < end)
    }
}

/// Why a config was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// Larger than [`MAX_CONFIG_BYTES`].
    #[error("is {0} bytes, more than the {MAX_CONFIG_BYTES} allowed; keep the config small")]
    TooLarge(usize),
    /// Not JSON, or a field of the wrong type.
    #[error("is not a valid notice config: {0}; see the schema in the README")]
    Malformed(String),
    /// A field has an unusable value.
    #[error("field `{field}` {problem}")]
    Invalid {
        /// The field, as written in the JSON (`links.more_info`).
        field: String,
        /// What was wrong and what is expected.
        problem: String,
    },
}

impl ConfigError {
    /// A short stable code for the `member-notice:error` event.
    pub fn code(&self) -> &'static str {
        match self {
            ConfigError::TooLarge(_) => "config-too-large",
            ConfigError::Malformed(_) => "config-malformed",
            ConfigError::Invalid { .. } => "config-invalid",
        }
    }
}

/// Fields this release does not know, by name.
type Unknown = std::collections::BTreeMap<String, serde_json::Value>;

#[derive(Deserialize)]
struct RawConfig {
    version: String,
    #[serde(default = "yes")]
    active: bool,
    #[serde(default)]
    severity: Option<String>,
    #[serde(default)]
    starts_at: Option<String>,
    #[serde(default)]
    ends_at: Option<String>,
    #[serde(default)]
    links: RawLinks,
    #[serde(default)]
    terms: std::collections::BTreeMap<String, String>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Default, Deserialize)]
struct RawLinks {
    #[serde(default)]
    more_info: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

fn yes() -> bool {
    true
}

/// Terms a config may override.
pub const OVERRIDABLE_TERMS: &[&str] = &["brand-name", "it-provider"];

/// A config that passed validation, and what in it was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The config to apply.
    pub config: NoticeConfig,
    /// One sentence per ignored (unknown) field.
    pub warnings: Vec<String>,
}

/// Parses and validates a config from its JSON text.
pub fn parse_config(text: &str) -> Result<Parsed, ConfigError> {
    if text.len() > MAX_CONFIG_BYTES {
        return Err(ConfigError::TooLarge(text.len()));
    }
    let raw: RawConfig =
        serde_json::from_str(text).map_err(|e| ConfigError::Malformed(e.to_string()))?;
    let invalid = |field: &str, problem: String| ConfigError::Invalid {
        field: field.to_owned(),
        problem,
    };

    let version = raw.version.trim().to_owned();
    if version.is_empty() || version.chars().count() > 64 || version.chars().any(char::is_control) {
        return Err(invalid(
            "version",
            "must be 1 to 64 printable characters, e.g. \"2026-05-incident-3\"".into(),
        ));
    }
    let severity = match raw.severity.as_deref() {
        None => Severity::Warning,
        Some("info") => Severity::Info,
        Some("warning") => Severity::Warning,
        Some("critical") => Severity::Critical,
        Some(other) => {
            return Err(invalid(
                "severity",
                format!("is \"{other}\"; use \"info\", \"warning\" or \"critical\""),
            ))
        }
    };
    let instant = |field: &str, value: &Option<String>| -> Result<Option<Millis>, ConfigError> {
        value
            .as_deref()
            .map(|v| {
                parse_rfc3339(v).ok_or_else(|| {
                    invalid(
                        field,
                        format!(
                            "is \"{v}\", not an RFC 3339 time like \"2026-05-02T08:00:00+02:00\""
                        ),
                    )
                })
            })
            .transpose()
    };
    let starts_at = instant("starts_at", &raw.starts_at)?;
    let ends_at = instant("ends_at", &raw.ends_at)?;
    if let (Some(start), Some(end)) = (starts_at, ends_at) {
        if end <= start {
            return Err(invalid("ends_at", "must be later than starts_at".into()));
        }
    }
    let more_info_url = raw
        .links
        .more_info
        .as_deref()
        .map(|url| check_link(url).map_err(|problem| invalid("links.more_info", problem)))
        .transpose()?;
    let mut terms = Vec::new();
    for (name, value) in raw.terms {
        if !OVERRIDABLE_TERMS.contains(&name.as_str()) {
            return Err(invalid(
                &format!("terms.{name}"),
                format!("is not a term the notice uses; use one of {OVERRIDABLE_TERMS:?}"),
            ));
        }
        let value = check_plain_text(&value).map_err(|p| invalid(&format!("terms.{name}"), p))?;
        terms.push((name, value));
    }
    let warnings = raw
        .unknown
        .keys()
        .map(|k| k.to_owned())
        .chain(raw.links.unknown.keys().map(|k| format!("links.{k}")))
        .map(|field| {
            format!(
                "field `{field}` is unknown to this version and ignored — check its spelling \
                 (known: version, active, severity, starts_at, ends_at, links.more_info, terms)"
            )
        })
        .collect();
    Ok(Parsed {
        config: NoticeConfig {
            version,
            active: raw.active,
            severity,
            starts_at,
            ends_at,
            more_info_url,
            terms,
        },
        warnings,
    })
}

/// Accepts `https:` URLs and same-origin relative URLs (`/path`, `page.html`);
/// refuses every other scheme (`javascript:`, `data:`, `http:`), protocol-
/// relative URLs (`//host`) and anything with spaces, controls or backslashes
/// (browsers read `/\host` as `//host`).
pub fn check_link(url: &str) -> Result<String, String> {
    let url = url.trim();
    if url.is_empty() {
        return Err("is empty; give an https: URL or a path on this site".into());
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err("contains spaces, control characters or backslashes".into());
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || host.contains('@') {
            return Err(format!("\"{url}\" has no plain host name"));
        }
        return Ok(url.to_owned());
    }
    if url.starts_with("//") {
        return Err(format!(
            "\"{url}\" points to another site without https:; write https://…"
        ));
    }
    // A scheme is letters, digits, `+ - .` before the first `:` that comes
    // before any `/ ? #`.
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    if head.contains(':') {
        return Err(format!(
            "\"{url}\" uses a scheme other than https:, which is refused"
        ));
    }
    Ok(url.to_owned())
}

/// Accepts plain text for a term: 1–80 characters, no markup characters
/// (`< > & { }`), no control, bidi-override or zero-width characters.
pub fn check_plain_text(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > 80 {
        return Err("must be 1 to 80 characters of plain text".into());
    }
    if let Some(c) = value.chars().find(|c| "<>&{}".contains(*c)) {
        return Err(format!(
            "contains the markup character `{c}`; use plain text"
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|&c| c.is_control() || crate::invisible::classify(c).is_some())
    {
        return Err(format!(
            "contains the invisible character U+{:04X}; remove it",
            u32::from(c)
        ));
    }
    Ok(value.to_owned())
}
