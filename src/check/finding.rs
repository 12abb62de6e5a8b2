//! One thing the checker found: where, how bad, what is wrong, what to do.

use std::fmt;

use serde::Serialize;

/// How bad a finding is. Errors fail `cargo xtask test`; warnings are shown
/// but do not fail it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Members would see something wrong (or nothing at all): must be fixed.
    Error,
    /// Probably a mistake, but members still see sensible text.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`, as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem at one place in one file.
///
/// Displayed as `path:line:col: error|warning: <what is wrong> — <what to do>`,
/// the form editors and CI logs turn into links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The file, inside the checked folder as the user named it
    /// (`i18n/pl/notice.ftl`), or the locale registry
    /// (`src/l10n/locales.rs`).
    pub path: String,
    /// Line, starting at 1.
    pub line: usize,
    /// Column in characters (not bytes), starting at 1.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// The stable name of the check, one of [`CODES`]: `missing-message`.
    pub code: &'static str,
    /// What is wrong, in words a translator understands.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {} — {}",
            self.path, self.line, self.col, self.severity, self.message, self.fix
        )
    }
}

impl Finding {
    /// A finding for check `code` (one of [`CODES`], which fixes its severity).
    ///
    /// # Panics
    ///
    /// When `code` is not in [`CODES`]: every check must be listed there, so
    /// the translators' guide can explain it.
    pub fn new(
        path: impl Into<String>,
        (line, col): (usize, usize),
        code: &'static str,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        let severity = CODES
            .iter()
            .find(|(known, _, _)| *known == code)
            .map(|(_, severity, _)| *severity)
            .expect("every check code is listed in CODES");
        Finding {
            path: path.into(),
            line,
            col,
            severity,
            code,
            message: message.into(),
            fix: fix.into(),
        }
    }

    /// The order findings are reported in: by path, line, column, then code.
    pub fn sort_key(&self) -> (&str, usize, usize, &str, &str) {
        (&self.path, self.line, self.col, self.code, &self.message)
    }
}

/// Every check's code with its severity and a one-line description; the
/// translators' guide (`i18n/README.md`) explains each of them.
pub const CODES: &[(&str, Severity, &str)] = &[
    (
        "syntax-error",
        Severity::Error,
        "the file cannot be read there; the entry is skipped",
    ),
    (
        "nesting-too-deep",
        Severity::Error,
        "placeables, arguments and choices nest deeper than the parser allows; the entry is skipped",
    ),
    (
        "missing-default-variant",
        Severity::Error,
        "a choice `{ $x -> … }` has no `*` default",
    ),
    (
        "byte-order-mark",
        Severity::Error,
        "the file starts with an invisible byte order mark",
    ),
    (
        "missing-file",
        Severity::Error,
        "a file of the reference locale is missing",
    ),
    (
        "obsolete-file",
        Severity::Warning,
        "a file the reference locale does not have",
    ),
    (
        "missing-message",
        Severity::Error,
        "a message of the reference is not translated",
    ),
    (
        "missing-term",
        Severity::Error,
        "a term of the reference (or one the code needs) is missing",
    ),
    (
        "missing-attribute",
        Severity::Error,
        "an attribute of the reference message is missing",
    ),
    (
        "missing-value",
        Severity::Error,
        "the reference message has text, the translation only attributes",
    ),
    (
        "likely-rename",
        Severity::Error,
        "an unknown id that looks like a renamed id of the reference",
    ),
    (
        "misplaced-message",
        Severity::Warning,
        "a message in another file than the reference keeps it in (German-only messages in german-only.ftl)",
    ),
    (
        "obsolete-message",
        Severity::Warning,
        "a message or term the reference does not have",
    ),
    (
        "obsolete-attribute",
        Severity::Warning,
        "an attribute the reference message does not have",
    ),
    (
        "obsolete-value",
        Severity::Warning,
        "text where the reference message has only attributes",
    ),
    (
        "duplicate-id",
        Severity::Error,
        "the same message or term is defined twice",
    ),
    (
        "duplicate-attribute",
        Severity::Error,
        "the same attribute appears twice in one message",
    ),
    (
        "unknown-variable",
        Severity::Error,
        "a variable the program does not provide",
    ),
    (
        "dropped-variable",
        Severity::Warning,
        "a variable of the reference is not used",
    ),
    (
        "undocumented-variable",
        Severity::Warning,
        "a reference message's variable has no `# Variables:` comment",
    ),
    (
        "missing-plural-category",
        Severity::Warning,
        "a plural choice lacks a category the language needs",
    ),
    (
        "unused-plural-category",
        Severity::Warning,
        "a plural variant the language never chooses",
    ),
    (
        "unknown-reference",
        Severity::Error,
        "a reference to a message or term that does not exist",
    ),
    (
        "literal-term",
        Severity::Error,
        "a name written out where the reference uses its term",
    ),
    (
        "markup",
        Severity::Error,
        "HTML-like tags, which members would see as text",
    ),
    (
        "bidi-control",
        Severity::Warning,
        "an invisible text-direction control character",
    ),
    (
        "zero-width-character",
        Severity::Warning,
        "an invisible zero-width character",
    ),
    (
        "id-not-in-reference",
        Severity::Error,
        "the program needs a message or term the reference lacks",
    ),
    (
        "unused-message",
        Severity::Warning,
        "a reference message or term nothing uses, or a German-only message in another locale",
    ),
    (
        "missing-reference",
        Severity::Error,
        "there are no files for the reference locale",
    ),
    (
        "unregistered-locale",
        Severity::Error,
        "a locale folder not registered in `src/l10n/locales.rs`",
    ),
    (
        "missing-locale",
        Severity::Error,
        "a registered locale without its folder",
    ),
    (
        "l10n-toml",
        Severity::Error,
        "`l10n.toml` does not list the registered locales and their files as translators' tools need them",
    ),
    (
        "easy-read-sentence-length",
        Severity::Warning,
        "Leichte Sprache: a sentence of more than 15 words",
    ),
    (
        "easy-read-one-sentence-per-line",
        Severity::Warning,
        "Leichte Sprache: a sentence starts on the line where another ends",
    ),
    (
        "easy-read-abbreviation",
        Severity::Warning,
        "Leichte Sprache: a dotted abbreviation, or one in capitals the message does not explain",
    ),
    (
        "easy-read-long-word",
        Severity::Warning,
        "Leichte Sprache: a word of more than 15 letters without a Mediopunkt",
    ),
    (
        "easy-read-semicolon",
        Severity::Warning,
        "Leichte Sprache: a semicolon instead of two sentences",
    ),
    (
        "easy-read-number-word",
        Severity::Warning,
        "Leichte Sprache: a number written as a word instead of digits",
    ),
];
