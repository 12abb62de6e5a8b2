//! The verdict on a config file, as `cargo xtask config check` and the
//! operators' preview (`/demo/operators.html`) both report it: what the widget
//! would do with the file's bytes fetched as a config, every problem with its
//! JSON pointer, and every field it would ignore. One home for both, so the
//! page an operator types into and the pipeline that checks the upload cannot
//! disagree.
//!
//! Pure. Behind the feature `checker` (the tools and the previews, which have
//! `serde_json`): never in the release wasm.

use serde_json::{json, Value};

use crate::config::{parse_config, ConfigError, FieldProblem, NoticeConfig};
use crate::events::ErrorCode;
use crate::remote::MAX_CONFIG_BYTES;

/// What the widget would do with one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The error code the widget's `member-notice:error` event would carry
    /// (`config-invalid`), or `None` when it applies the config.
    pub code: Option<&'static str>,
    /// The problems: one with an empty pointer for the whole file.
    pub problems: Vec<Problem>,
    /// The fields the widget ignores (it warns in the console).
    pub warnings: Vec<Problem>,
}

/// A problem or warning at a place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON pointer (RFC 6901); empty for the whole file.
    pub pointer: String,
    /// The field as the widget's messages name it (`links.more_info`), if one.
    pub field: Option<String>,
    /// What is wrong and what to do, after the field's name.
    pub problem: String,
}

impl From<&FieldProblem> for Problem {
    fn from(p: &FieldProblem) -> Self {
        Problem {
            pointer: p.pointer(),
            field: Some(p.field.clone()),
            problem: p.problem.clone(),
        }
    }
}

impl Problem {
    /// The whole file's problem, as the widget's message words it.
    fn whole_file(problem: String) -> Problem {
        Problem {
            pointer: String::new(),
            field: None,
            problem,
        }
    }

    /// `{"pointer", "field", "problem"}`.
    pub fn to_json(&self) -> Value {
        json!({
            "pointer": self.pointer,
            "field": self.field,
            "problem": self.problem,
        })
    }
}

impl Verdict {
    /// Whether the widget applies the config (warnings allowed).
    pub fn accepted(&self) -> bool {
        self.code.is_none()
    }

    /// `{"accepted", "code", "problems": [{"pointer", "field", "problem"}],
    /// "warnings": […]}`: one file's entry of `config check --format json`
    /// without its `file`.
    pub fn to_json(&self) -> Value {
        let list = |problems: &[Problem]| problems.iter().map(Problem::to_json).collect::<Vec<_>>();
        json!({
            "accepted": self.accepted(),
            "code": self.code,
            "problems": list(&self.problems),
            "warnings": list(&self.warnings),
        })
    }
}

/// What the widget does with `bytes` fetched as a config: refused over the
/// size cap and when not UTF-8 (as `embed::remote` reads the answer), then
/// [`parse_config`].
pub fn check_bytes(bytes: &[u8]) -> Verdict {
    check_and_read(bytes).0
}

/// [`check_bytes`]'s verdict and, when it accepts them, the config `bytes`
/// hold — what a notice would apply (the operators' preview applies it).
pub fn check_and_read(bytes: &[u8]) -> (Verdict, Option<NoticeConfig>) {
    let refused = |code, problem| {
        let verdict = Verdict {
            code: Some(code),
            problems: vec![Problem::whole_file(problem)],
            warnings: Vec::new(),
        };
        (verdict, None)
    };
    if bytes.len() > MAX_CONFIG_BYTES {
        let error = ConfigError::TooLarge(bytes.len());
        return refused(error.code(), error.to_string());
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return refused(
            ErrorCode::ConfigNotText.as_str(),
            "is not UTF-8 text; save it with the encoding UTF-8".into(),
        );
    };
    let parsed = parse_config(text);
    let warnings = parsed.warnings.iter().map(Problem::from).collect();
    let (code, problems) = match &parsed.config {
        Ok(_) => (None, Vec::new()),
        Err(ConfigError::Invalid(problems)) => (
            Some(ErrorCode::ConfigInvalid.as_str()),
            problems.iter().map(Problem::from).collect(),
        ),
        Err(error) => {
            let mut problem = error.to_string();
            // The widget reads the text as it comes (`fetch` bodies keep a BOM); an
            // editor that saved one hides it, so say what it is.
            if text.starts_with('\u{FEFF}') {
                problem.push_str(
                    " — the file starts with a byte order mark (U+FEFF), which the widget \
                     does not skip: save it as UTF-8 without BOM",
                );
            }
            (Some(error.code()), vec![Problem::whole_file(problem)])
        }
    };
    let verdict = Verdict {
        code,
        problems,
        warnings,
    };
    (verdict, parsed.config.ok())
}
