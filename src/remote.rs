//! What the widget accepts from the network, whatever the transport: the
//! size caps and the timeout, where newer translations live, and when a
//! fetched translation may replace the built-in text.
//!
//! Pure; the fetching itself lives in `embed::remote`, the config's own
//! schema in [`crate::config`], who may serve content in [`crate::trust`].

use crate::events::ErrorCode;
use crate::l10n::{ids, Localizer};

/// Largest config accepted, in bytes.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;
/// Largest translation file accepted from `ftl-base`, in bytes.
pub const MAX_FTL_BYTES: usize = 256 * 1024;
/// How long the widget waits for a config or translation before giving up,
/// in milliseconds (it covers a slow body, too).
pub const FETCH_TIMEOUT_MS: u32 = 5_000;

/// Where the newer translation of locale `tag` lives under `base`:
/// `<base>/<tag>/notice.ftl` (one trailing slash of `base` or not).
///
/// A base with a query or fragment is refused, with the problem in words:
/// the path appended to it would land in the query (`/redirect?to=…`), so
/// the widget would fetch a URL nobody meant as a translation.
pub fn ftl_url(base: &str, tag: &str) -> Result<String, &'static str> {
    if base.bytes().any(|b| b == b'?' || b == b'#') {
        return Err(
            "has a query or fragment — set ftl-base to the folder that holds <locale>/notice.ftl",
        );
    }
    Ok(format!("{}/{tag}/notice.ftl", base.trim_end_matches('/')))
}

/// What an answer must declare in its `Content-Type` to be read as a config
/// or a translation: a web server's error page, an uploaded HTML file or an
/// unknown file type (`application/octet-stream`) is not read at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    /// A config: `application/json` or a `+json` type.
    Json,
    /// A Fluent translation: `text/plain` (Fluent has no registered type).
    Text,
}

impl Media {
    /// Whether the `Content-Type` value `declared` is this kind; parameters
    /// (`; charset=utf-8`), spaces and case do not matter.
    pub fn accepts(self, declared: &str) -> bool {
        let essence = declared.split(';').next().unwrap_or_default().trim();
        let is = |expected: &str| essence.eq_ignore_ascii_case(expected);
        match self {
            Media::Json => {
                let bytes = essence.as_bytes();
                is("application/json")
                    || bytes.len() > 5 && bytes[bytes.len() - 5..].eq_ignore_ascii_case(b"+json")
            }
            Media::Text => is("text/plain"),
        }
    }

    /// What is wrong with an answer declared as `declared` (`None`: no
    /// `Content-Type` at all), and the fix, completing "config <url> …".
    pub fn problem(self, declared: Option<&str>) -> String {
        let expected = match self {
            Media::Json => "application/json",
            Media::Text => "text/plain",
        };
        format!(
            "is served as `{}` — serve it as {expected}",
            declared.unwrap_or("(no Content-Type)").trim()
        )
    }
}

/// Why a fetched translation is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// The error event's code: `ftl-invalid` or `ftl-incomplete`.
    pub code: ErrorCode,
    /// What is wrong, completing "translation <url> …".
    pub problem: String,
}

/// A fetched translation is used only if it has no invisible character that
/// could reorder or hide its text (by the checker's rule for `bidi-control`
/// and `zero-width-character`, [`crate::invisible::in_text`]: a ZWNJ or ZWJ
/// between two Persian letters is spelling, between Latin ones it is
/// refused), parses without errors and has every message the widget shows;
/// `url` names it in the problems.
pub fn check_translation(url: &str, text: &str) -> Result<(), Refused> {
    if let Some(problem) = invisible_character(text) {
        return Err(Refused {
            code: ErrorCode::FtlInvalid,
            problem,
        });
    }
    let candidate = Localizer::from_source("und", url, text);
    if let Some(problem) = candidate.problems().first() {
        return Err(Refused {
            code: ErrorCode::FtlInvalid,
            problem: format!("has errors ({problem})"),
        });
    }
    let missing: Vec<_> = ids::ALL
        .iter()
        .copied()
        .filter(|id| !candidate.has_own_message(id))
        .collect();
    if !missing.is_empty() {
        return Err(Refused {
            code: ErrorCode::FtlIncomplete,
            problem: format!("lacks the messages {}", missing.join(", ")),
        });
    }
    Ok(())
}

/// The first invisible character outside comments, described with its line
/// and the fix, as `cargo xtask i18n check` would report it.
fn invisible_character(text: &str) -> Option<String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with('#'))
        .find_map(|(number, line)| {
            crate::invisible::in_text(line)
                .next()
                .map(|(_, c, _, name)| {
                    let name = if name.is_empty() {
                        String::new()
                    } else {
                        format!(" {name}")
                    };
                    format!(
                        "has the invisible character U+{:04X}{name} on line {}, which can \
                         reorder or hide text (run `cargo xtask i18n check` on it and remove it)",
                        u32::from(c),
                        number + 1
                    )
                })
        })
}
