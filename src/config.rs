//! The remote notice config: what operators change without a release.
//!
//! A JSON file (`data-config` / `config`) read with [`crate::json`] and validated here.
//! Validation is all or nothing: a config with any wrong field is refused as
//! a whole and the built-in notice stays, because a server that lies about
//! one field cannot be trusted with the others. Every refusal names the
//! field, what was wrong and what is expected. Unknown fields are not an
//! error — a newer config must not switch off an older widget — but each is
//! named in a warning, so a typo (`"activ"`) does not go unnoticed.
//!
//! Pure Rust; the fetching (size cap, timeout) lives in `embed::remote`.

use crate::events::ErrorCode;
use crate::json::{self, Value};
use crate::l10n::ids;
use crate::phase::Phase;
use crate::remote::MAX_CONFIG_BYTES;
use crate::time::{parse_rfc3339, Millis};

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
    /// The incident's phase, where [`phases`](Self::phases) plans none.
    pub phase: Phase,
    /// The planned moves: from each instant (Unix milliseconds, strictly
    /// increasing) on, its phase; before the first, [`phase`](Self::phase).
    pub phases: Vec<(Millis, Phase)>,
    /// Target of the "more information" link, if overridden: an absolute
    /// `https:` URL, or a path on the page's site that only the page can make
    /// absolute (`embed::page::resolve`, against its own address).
    pub more_info_url: Option<String>,
    /// The notice as a video in German Sign Language (DGS), if the insurer
    /// offers one: every locale's notice then links to it. The built-in
    /// content has none.
    pub sign_language_url: Option<String>,
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
            phase: Phase::Backlog,
            phases: Vec::new(),
            more_info_url: None,
            sign_language_url: None,
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

    /// The phase in effect at `now` (Unix milliseconds): that of the last
    /// planned move whose `from` has come, else [`phase`](Self::phase).
    pub fn phase_at(&self, now: Millis) -> Phase {
        self.phases
            .iter()
            .rev()
            .find(|&&(from, _)| from <= now)
            .map_or(self.phase, |&(_, phase)| phase)
    }

    /// The links that are paths on the page's site (`kontakt.html`), by
    /// field: what a rendering without a page (`cargo xtask render`) cannot
    /// make absolute.
    pub fn site_paths(&self) -> Vec<(&'static str, &str)> {
        [
            ("links.more_info", &self.more_info_url),
            ("links.sign_language", &self.sign_language_url),
        ]
        .into_iter()
        .filter_map(|(field, link)| Some((field, link.as_deref()?)))
        .filter(|(_, link)| crate::trust::origin_of(link).is_none())
        .collect()
    }

    /// The next instant after `now` at which [`visible_at`](Self::visible_at)
    /// or [`phase_at`](Self::phase_at) may change its answer: `starts_at`,
    /// `ends_at` or a planned move's `from`, whichever is still ahead and
    /// comes first. `None` when none is ahead (or the notice is inactive,
    /// which no time changes).
    pub fn next_change(&self, now: Millis) -> Option<Millis> {
        if !self.active {
            return None;
        }
        // A plain loop: an iterator chain over the three sources costs the
        // wasm its adapters' code.
        let mut next = None;
        for at in [self.starts_at, self.ends_at]
            .into_iter()
            .flatten()
            .filter(|&at| at > now)
        {
            next = Some(next.map_or(at, |next: Millis| next.min(at)));
        }
        for &(from, _) in &self.phases {
            if from > now {
                return Some(next.map_or(from, |next| next.min(from)));
            }
        }
        next
    }
}

/// A field with an unusable type or value, and what is expected instead;
/// also an unknown field, in [`Parsed::warnings`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field, as written in the JSON (`links.more_info`).
    pub field: String,
    /// Where the field's own key starts in `field`: 0 for the config's own
    /// fields, after `links.`, `terms.` or `phases[2].` for theirs, and the
    /// end for an entry of `phases` itself (`phases[2]`, which has no key).
    /// So a key written with a dot at the top (`"links.more_info": …`) is not
    /// taken for the nested one.
    pub key_start: usize,
    /// What was wrong and what is expected.
    pub problem: String,
}

impl FieldProblem {
    /// The field as a JSON pointer (RFC 6901): `/links/more_info`, with `~`
    /// and `/` in keys escaped. For `cargo xtask config check` and the
    /// operators' preview; not in the release wasm.
    #[cfg(any(not(target_arch = "wasm32"), feature = "checker"))]
    pub fn pointer(&self) -> String {
        let escape = |key: &str| key.replace('~', "~0").replace('/', "~1");
        // Before `key_start`: the containers this release names itself
        // (`links.`, `phases[2].`), whose names need no escaping; from it,
        // the key as written. A path that ends with an entry (`phases[2]`)
        // has no key of its own.
        let (path, key) = self.field.split_at(self.key_start);
        let mut pointer: String = path
            .split(['.', '[', ']'])
            .filter(|segment| !segment.is_empty())
            .map(|segment| format!("/{segment}"))
            .collect();
        if path.is_empty() || path.ends_with('.') {
            pointer.push('/');
            pointer.push_str(&escape(key));
        }
        pointer
    }
}

impl std::fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "field `{}` {}", self.field, self.problem)
    }
}

/// Why a config was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// Larger than [`MAX_CONFIG_BYTES`].
    #[error("is {0} bytes, more than the {MAX_CONFIG_BYTES} allowed; keep the config small")]
    TooLarge(usize),
    /// Not JSON, or not a JSON object.
    #[error("is not a valid notice config: {0}; see docs/operators.md")]
    Malformed(String),
    /// Fields with a wrong type or an unusable value: every one of them, so
    /// an operator fixes them all in one go.
    #[error("{}", list(.0))]
    Invalid(Vec<FieldProblem>),
}

fn list(problems: &[FieldProblem]) -> String {
    // Written out rather than `Vec<String>::join`: that join's own copy of
    // the joining code costs the wasm 0.9 KB (the `&str` one is there anyway).
    let mut all = String::new();
    for problem in problems {
        if !all.is_empty() {
            all.push_str("; ");
        }
        all.push_str(&problem.to_string());
    }
    all
}

impl ConfigError {
    /// The `member-notice:error` event's code for it.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            ConfigError::TooLarge(_) => ErrorCode::ConfigTooLarge,
            ConfigError::Malformed(_) => ErrorCode::ConfigMalformed,
            ConfigError::Invalid(_) => ErrorCode::ConfigInvalid,
        }
    }

    /// A short stable code for the `member-notice:error` event
    /// (`config-invalid`).
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    /// The fields named by an `Invalid` error (`links.more_info`), in the
    /// order of the schema.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            ConfigError::Invalid(problems) => problems.iter().map(|p| p.field.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

/// The config's own fields this release knows, in the order of the schema
/// (`schema/notice-config.schema.json` has the same, tested).
pub const FIELDS: &[&str] = &[
    "version",
    "active",
    "severity",
    "starts_at",
    "ends_at",
    "phase",
    "phases",
    "links",
    "terms",
];

/// The fields of an entry of `phases`.
pub const PHASE_FIELDS: &[&str] = &["phase", "from"];

/// The most entries `phases` may have: enough for any incident's plan, few
/// enough that a config cannot make the notice look at the clock endlessly.
pub const MAX_PHASES: usize = 16;

/// The fields of `links` this release knows.
pub const LINK_FIELDS: &[&str] = &["more_info", "sign_language"];

/// The key that names a JSON Schema for editors (`"$schema": "…"`): no field
/// of the notice, so ignored whatever its value, and without a warning.
pub const SCHEMA_KEY: &str = "$schema";

/// The unknown-field warning, naming the fields this release knows.
const UNKNOWN_FIELD: &str = "is unknown to this version and ignored — check its spelling \
    (known: version, active, severity, starts_at, ends_at, phase, phases, links.more_info, \
    links.sign_language, terms; in an entry of phases: phase, from)";

/// What came of a config: the config to apply or why it was refused, and,
/// either way, one warning per field this release does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The config to apply, or why it is refused as a whole.
    pub config: Result<NoticeConfig, ConfigError>,
    /// One per ignored (unknown) field — also for a refused config, so a
    /// typo (`"activ"`) is named next to the other problems. Its `Display`
    /// is the sentence the console shows.
    pub warnings: Vec<FieldProblem>,
}

/// Parses and validates a config from its JSON text, collecting every
/// problem rather than stopping at the first.
pub fn parse_config(text: &str) -> Parsed {
    let refused = |error| Parsed {
        config: Err(error),
        warnings: Vec::new(),
    };
    if text.len() > MAX_CONFIG_BYTES {
        return refused(ConfigError::TooLarge(text.len()));
    }
    let object = match json::parse(text) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return refused(ConfigError::Malformed("it is not a JSON object".into())),
        Err(e) => return refused(ConfigError::Malformed(e.to_string())),
    };
    let mut fields = Fields::default();
    let version = fields.version(object.get("version"));
    let active = fields
        .boolean("active", object.get("active"))
        .unwrap_or(true);
    let severity = fields.severity(object.get("severity"));
    let starts_at = fields.instant("starts_at", object.get("starts_at"));
    let ends_at = fields.instant("ends_at", object.get("ends_at"));
    if let (Some(start), Some(end)) = (starts_at, ends_at) {
        if end <= start {
            fields.problem("ends_at", ENDS_NOT_AFTER_START.into());
        }
    }
    let phase = fields
        .phase("phase", object.get("phase"))
        .unwrap_or_default();
    let phases = fields.phases(object.get("phases"));
    let [more_info_url, sign_language_url] = fields.links(object.get("links"));
    let terms = fields.terms(object.get("terms"));
    for key in object.keys() {
        if !FIELDS.contains(&key) && key != SCHEMA_KEY {
            fields.unknown(key.to_owned(), 0);
        }
    }
    let config = if fields.problems.is_empty() {
        Ok(NoticeConfig {
            version: version.unwrap_or_default(),
            active,
            severity,
            starts_at,
            ends_at,
            phase,
            phases,
            more_info_url,
            sign_language_url,
            terms,
        })
    } else {
        Err(ConfigError::Invalid(fields.problems))
    };
    Parsed {
        config,
        warnings: fields.warnings,
    }
}

/// The problem of a `from` in `phases` not after the one before it: like
/// [`ENDS_NOT_AFTER_START`], a comparison a JSON Schema cannot express.
pub const FROM_NOT_IN_ORDER: &str = "must be later than the from of the entry before it";

/// The problem of an entry of `phases` without its `phase` or `from`.
const MISSING_IN_ENTRY: &str = "is missing; each entry of phases has a phase and a from";

/// The problem of too long a plan.
const TOO_MANY_PHASES: &str = "has more than 16 entries; plan at most 16 moves";

/// What a phase's name must be, for its problems.
const PHASE_NAMES: &str = "use \"disruption\", \"backlog\" or \"resolved\"";

/// The problem of an `ends_at` not after `starts_at`: the one rule that
/// compares two fields, which a JSON Schema cannot express (the schema's
/// agreement test names it).
pub const ENDS_NOT_AFTER_START: &str = "must be later than starts_at";

/// Collects the problems and warnings of one config's fields.
#[derive(Default)]
struct Fields {
    problems: Vec<FieldProblem>,
    warnings: Vec<FieldProblem>,
}

impl Fields {
    /// A problem with a field this release knows: `version`,
    /// `links.more_info`, `phases[2].from`, or an entry itself, `phases[2]`
    /// (no key of the config's own has a dot or a bracket).
    fn problem(&mut self, field: &str, problem: String) {
        let whole = if field.as_bytes().last() == Some(&b']') {
            field.len()
        } else {
            0
        };
        self.problems.push(FieldProblem {
            field: field.to_owned(),
            // The first dot: the key after it is as written (`terms.a.b`).
            key_start: field.find('.').map_or(whole, |dot| dot + 1),
            problem,
        });
    }

    /// An unknown field, its key starting at `key_start` of `field`.
    fn unknown(&mut self, field: String, key_start: usize) {
        self.warnings.push(FieldProblem {
            field,
            key_start,
            problem: UNKNOWN_FIELD.to_owned(),
        });
    }

    /// A string field, or a problem when present with another type.
    fn string<'a>(&mut self, field: &str, value: Option<&'a Value>) -> Option<&'a str> {
        match value? {
            Value::String(text) => Some(text),
            other => {
                self.problem(field, format!("is {}, not a string", other.kind()));
                None
            }
        }
    }

    fn version(&mut self, value: Option<&Value>) -> Option<String> {
        if value.is_none() {
            self.problem(
                "version",
                "is missing; every config names its content version, e.g. \"2026-05-incident-3\""
                    .into(),
            );
            return None;
        }
        let version = self.string("version", value)?.trim();
        if version.is_empty()
            || version.chars().count() > 64
            || version.chars().any(char::is_control)
        {
            self.problem(
                "version",
                "must be 1 to 64 printable characters, e.g. \"2026-05-incident-3\"".into(),
            );
            return None;
        }
        Some(version.to_owned())
    }

    fn boolean(&mut self, field: &str, value: Option<&Value>) -> Option<bool> {
        match value? {
            Value::Bool(b) => Some(*b),
            other => {
                self.problem(field, format!("is {}; use true or false", other.kind()));
                None
            }
        }
    }

    fn severity(&mut self, value: Option<&Value>) -> Severity {
        match self.string("severity", value) {
            None | Some("warning") => Severity::Warning,
            Some("info") => Severity::Info,
            Some("critical") => Severity::Critical,
            Some(other) => {
                let other = other.to_owned();
                self.problem(
                    "severity",
                    format!("is \"{other}\"; use \"info\", \"warning\" or \"critical\""),
                );
                Severity::Warning
            }
        }
    }

    fn instant(&mut self, field: &str, value: Option<&Value>) -> Option<Millis> {
        let text = self.string(field, value)?;
        let parsed = parse_rfc3339(text);
        if parsed.is_none() {
            let text = text.to_owned();
            self.problem(
                field,
                format!("is \"{text}\", not an RFC 3339 time like \"2026-05-02T08:00:00+02:00\""),
            );
        }
        parsed
    }

    /// A phase's name (`phase`, or an entry's).
    fn phase(&mut self, field: &str, value: Option<&Value>) -> Option<Phase> {
        let name = self.string(field, value)?;
        let phase = Phase::parse(name);
        if phase.is_none() {
            self.problem(field, format!("is \"{name}\"; {PHASE_NAMES}"));
        }
        phase
    }

    /// An entry's field, which it must have.
    fn required<'a>(&mut self, field: &str, value: Option<&'a Value>) -> Option<&'a Value> {
        if value.is_none() {
            self.problem(field, MISSING_IN_ENTRY.into());
        }
        value
    }

    /// The planned moves: at most [`MAX_PHASES`] entries `{"phase", "from"}`,
    /// each `from` later than the one before.
    fn phases(&mut self, value: Option<&Value>) -> Vec<(Millis, Phase)> {
        let mut planned = Vec::new();
        let entries = match value {
            None => return planned,
            Some(Value::Array(entries)) => entries,
            Some(other) => {
                self.problem("phases", format!("is {}, not a list", other.kind()));
                return planned;
            }
        };
        if entries.len() > MAX_PHASES {
            self.problem("phases", TOO_MANY_PHASES.into());
        }
        let mut previous = Millis::MIN;
        for (at, entry) in entries.iter().enumerate() {
            let path = format!("phases[{at}]");
            let Value::Object(entry) = entry else {
                self.problem(&path, format!("is {}, not an object", entry.kind()));
                continue;
            };
            for key in entry.keys() {
                if !PHASE_FIELDS.contains(&key) {
                    self.unknown(format!("{path}.{key}"), path.len() + 1);
                }
            }
            let field = format!("{path}.phase");
            let phase = self.required(&field, entry.get("phase"));
            let phase = self.phase(&field, phase);
            let field = format!("{path}.from");
            let from = self.required(&field, entry.get("from"));
            let Some(from) = self.instant(&field, from) else {
                continue;
            };
            if from <= previous {
                self.problem(&field, FROM_NOT_IN_ORDER.into());
            }
            previous = from;
            if let Some(phase) = phase {
                planned.push((from, phase));
            }
        }
        planned
    }

    /// `links.more_info` and `links.sign_language`, each checked like every
    /// link: https on a trusted origin, or a path on this site.
    fn links(&mut self, value: Option<&Value>) -> [Option<String>; 2] {
        let links = match value {
            None => return [None, None],
            Some(Value::Object(links)) => links,
            Some(other) => {
                self.problem("links", format!("is {}, not an object", other.kind()));
                return [None, None];
            }
        };
        for key in links.keys() {
            if !LINK_FIELDS.contains(&key) {
                self.unknown(format!("links.{key}"), "links.".len());
            }
        }
        // Two plain calls: `[_; 2].map` costs the wasm 450 bytes of array glue.
        [
            self.link("links.more_info", links.get("more_info")),
            self.link("links.sign_language", links.get("sign_language")),
        ]
    }

    /// One link field: a string that [`check_link`] accepts.
    fn link(&mut self, field: &str, value: Option<&Value>) -> Option<String> {
        let url = self.string(field, value)?;
        check_link(url)
            .map_err(|problem| self.problem(field, problem))
            .ok()
    }

    fn terms(&mut self, value: Option<&Value>) -> Vec<(String, String)> {
        let terms = match value {
            None => return Vec::new(),
            Some(Value::Object(terms)) => terms,
            Some(other) => {
                self.problem("terms", format!("is {}, not an object", other.kind()));
                return Vec::new();
            }
        };
        let mut accepted = Vec::new();
        for (name, value) in terms.iter() {
            let field = format!("terms.{name}");
            if !ids::TERMS.contains(&name) {
                self.problem(
                    &field,
                    format!(
                        "is not a term the notice uses; use one of {}",
                        ids::TERMS.join(", ")
                    ),
                );
                continue;
            }
            let Some(text) = self.string(&field, Some(value)) else {
                continue;
            };
            match check_term(text) {
                Ok(text) => accepted.push((name.to_owned(), text)),
                Err(problem) => self.problem(&field, problem),
            }
        }
        accepted
    }
}

/// Accepts `https:` URLs on an origin this build trusts for links
/// ([`crate::trust::LINK_ORIGINS`]) and same-origin relative URLs (`/path`,
/// `page.html`); refuses every other scheme (`javascript:`, `data:`,
/// `http:`), protocol-relative URLs (`//host`) and anything with spaces,
/// controls or backslashes (browsers read `/\host` as `//host`).
pub fn check_link(url: &str) -> Result<String, String> {
    check_link_against(url, crate::trust::LINK_ORIGINS)
}

/// [`check_link`] against the given trusted link origins.
pub fn check_link_against(url: &str, trusted: &[&str]) -> Result<String, String> {
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
        return match crate::trust::link_allowed(url, trusted) {
            Ok(()) => Ok(url.to_owned()),
            Err(untrusted) => Err(format!("\"{url}\" {}", untrusted.explain("links"))),
        };
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

/// Longest brand or provider name a config may set, in characters.
pub const MAX_TERM_CHARS: usize = 30;

/// Most words (parts between spaces) a name may have: "AOK Baden-Württemberg"
/// is a name, "hkk ruft Sie an" a sentence.
pub const MAX_TERM_WORDS: usize = 3;

/// Most digits in a row in a name: "BKK24" is a name, "0800 5551234" a phone
/// number.
pub const MAX_TERM_DIGIT_RUN: usize = 2;

/// Accepts a name for a term (`brand-name`, `it-provider`): up to
/// [`MAX_TERM_CHARS`] characters of Latin letters, digits, spaces and
/// hyphens, in at most [`MAX_TERM_WORDS`] words with at most
/// [`MAX_TERM_DIGIT_RUN`] digits in a row. Names sit inside the notice's
/// sentences, so anything that could turn a name into a sentence or a phone
/// number (punctuation, many words, long numbers), hide text (default-
/// ignorable code points) or imitate another name with look-alike letters
/// (Cyrillic "һкк", Latin "hĸĸ") is refused.
pub fn check_term(value: &str) -> Result<String, String> {
    let value = value.trim();
    let count = value.chars().count();
    if count == 0 || count > MAX_TERM_CHARS {
        return Err(format!(
            "must be a name of 1 to {MAX_TERM_CHARS} characters (it has {count})"
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
    if let Some(c) = value
        .chars()
        .find(|&c| !(is_latin_letter(c) || c.is_ascii_digit() || c == ' ' || c == '-'))
    {
        return Err(format!(
            "contains `{c}` (U+{:04X}); a name may have only Latin letters, digits, spaces \
             and hyphens, and no letter that passes for another (ĸ for k): write it with \
             ordinary letters",
            u32::from(c)
        ));
    }
    // Counted in one pass (a `split` per rule costs the wasm its pattern code).
    let (mut words, mut digits, mut previous) = (1, 0, ' ');
    for c in value.chars() {
        words += usize::from(c == ' ' && previous != ' ');
        digits = if c.is_ascii_digit() { digits + 1 } else { 0 };
        if words > MAX_TERM_WORDS || digits > MAX_TERM_DIGIT_RUN {
            return Err(
                "is not a name: at most 3 words and at most 2 digits in a row (no sentences, \
                 no phone numbers)"
                    .into(),
            );
        }
        previous = c;
    }
    Ok(value.to_owned())
}

/// Letters of the Latin script as European names use them: ASCII, Latin-1
/// and Latin Extended-A (ä, ß, é, ł, ş …), but no [`lookalike`]. Not Latin
/// Extended-B: its African, phonetic and historic letters are where most
/// look-alikes of plain letters are (ƙ, ƅ, ǀ, ȷ …), and no insurer's or
/// provider's name needs them.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{00C0}'..='\u{017F}') && c.is_alphabetic() && !lookalike(c))
}

/// Whether `c`, a letter of U+00C0–U+017F, passes for plain ones: its
/// skeleton in Unicode's confusables (UTS #39, Unicode 18) is plain ASCII
/// (Æ æ → AE ae, þ → p, ı → i, Ĳ ĳ → IJ ij, ŉ → 'n, Œ œ → OE oe, ſ → f), or it
/// is `ĸ`, which UTS #39 leaves out although it is a small capital K. The
/// other letters of the range keep an accent or stroke in their skeleton:
/// visibly not plain.
fn lookalike(c: char) -> bool {
    matches!(
        c,
        'Æ' | 'æ' | 'þ' | 'ı' | 'Ĳ' | 'ĳ' | 'ĸ' | 'ŉ' | 'Œ' | 'œ' | 'ſ'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages are constants (formatting them at run time costs the
    /// wasm its formatting code), so they are held to the lists they name.
    #[test]
    fn the_messages_name_what_the_lists_hold() {
        let top: Vec<String> = FIELDS
            .iter()
            .flat_map(|&field| match field {
                "links" => LINK_FIELDS
                    .iter()
                    .map(|key| format!("links.{key}"))
                    .collect(),
                _ => vec![field.to_owned()],
            })
            .collect();
        let known = format!(
            "(known: {}; in an entry of phases: {})",
            top.join(", "),
            PHASE_FIELDS.join(", ")
        );
        assert!(UNKNOWN_FIELD.ends_with(&known), "{UNKNOWN_FIELD}\n{known}");
        assert!(TOO_MANY_PHASES.contains(&format!("more than {MAX_PHASES} entries")));
        assert!(TOO_MANY_PHASES.contains(&format!("at most {MAX_PHASES} moves")));
        let names: Vec<String> = Phase::ALL
            .iter()
            .map(|phase| format!("\"{}\"", phase.as_str()))
            .collect();
        assert_eq!(
            PHASE_NAMES,
            format!("use {} or {}", names[..2].join(", "), names[2])
        );
    }
}
