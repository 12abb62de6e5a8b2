//! Formatting messages with per-message fallback to the source locale.
//!
//! A locale's bundle is built from its embedded (or fetched) `.ftl` text. A
//! message that is missing or fails to format in that locale is taken from
//! German instead, and the result says so, so the view can mark it `lang="de"`.

use super::bundle::Bundle;
use super::locales::{source_locale, LocaleInfo};
use super::nesting::{line_of, FIX_LINE};

/// A formatted message, ready to be rendered as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The formatted text. Always rendered as text, never as HTML.
    pub value: String,
    /// `Some(tag)` when the text came from a fallback locale whose language
    /// differs from the notice's, so the element needs its own `lang`.
    pub lang: Option<&'static str>,
}

/// One locale's messages, with German as the per-message fallback.
pub struct Localizer {
    /// The language of the text (German needs no fallback). Rendering takes
    /// `lang` and `dir` from the negotiated [`LocaleInfo`], not from here.
    lang: String,
    /// Where the text came from (a path or URL), and the text itself: the
    /// term overrides build a second set of bundles from it.
    origin: String,
    ftl: String,
    pseudo: Option<super::pseudo::Pseudo>,
    /// The release's text with its own terms.
    builtin: Bundles,
    /// The same text with a config's term overrides, once there are any.
    overridden: Option<Bundles>,
    /// Where the fraud warning comes from instead of this text, if set
    /// ([`Localizer::keep_fraud_warning_from`]).
    warning_from: Option<Box<Localizer>>,
    problems: Vec<String>,
}

/// A locale's bundle and the German fallback bundle.
struct Bundles {
    primary: Bundle,
    fallback: Option<Bundle>,
}

impl Bundles {
    fn build(
        lang: &str,
        origin: &str,
        ftl: &str,
        pseudo: Option<super::pseudo::Pseudo>,
        problems: &mut Vec<String>,
    ) -> Self {
        let mut primary = build_bundle(origin, ftl, problems);
        primary.set_transform(pseudo.map(|p| p.transform()));
        let source = source_locale();
        let fallback =
            (lang != source.tag).then(|| build_bundle(source.path, source.builtin(), problems));
        Bundles { primary, fallback }
    }
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .field("problems", &self.problems)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// The localizer for a shipped locale, from its embedded `.ftl` file.
    pub fn for_locale(locale: &'static LocaleInfo) -> Self {
        Self::build(locale.tag, locale.path, locale.builtin(), locale.pseudo)
    }

    /// The localizer for a shipped locale from the text of its release file
    /// (`text`, already checked against the file's integrity hash).
    pub fn for_release(locale: &'static LocaleInfo, text: &str) -> Self {
        Self::build(locale.tag, locale.path, text, locale.pseudo)
    }

    /// A localizer from Fluent text (a fetched or edited file). `origin` names
    /// the text in problem reports (a path or URL). German is the fallback
    /// unless `lang` is German itself.
    pub fn from_source(lang: &str, origin: &str, ftl: &str) -> Self {
        Self::build(lang, origin, ftl, None)
    }

    fn build(lang: &str, origin: &str, ftl: &str, pseudo: Option<super::pseudo::Pseudo>) -> Self {
        let mut problems = Vec::new();
        let builtin = Bundles::build(lang, origin, ftl, pseudo, &mut problems);
        Localizer {
            lang: lang.to_owned(),
            origin: origin.to_owned(),
            ftl: ftl.to_owned(),
            pseudo,
            builtin,
            overridden: None,
            warning_from: None,
            problems,
        }
    }

    /// Replaces terms (`brand-name`, `it-provider`) in this locale and in the
    /// German fallback, e.g. from the remote config — except in the messages
    /// of [`ids::FIXED_TERMS`] (the fraud warning), which keep the release's
    /// own names: nobody but the release decides who "never calls you".
    /// Values must pass [`crate::config::check_term`]; anything else is
    /// skipped and reported in [`problems`].
    ///
    /// [`problems`]: Localizer::problems
    /// [`ids::FIXED_TERMS`]: super::ids::FIXED_TERMS
    pub fn override_terms(&mut self, terms: &[(String, String)]) {
        let mut accepted = Vec::new();
        for (name, value) in terms {
            match crate::config::check_term(value) {
                Ok(value) => accepted.push(format!("-{name} = {value}\n")),
                Err(problem) => self.problems.push(format!(
                    "term -{name} {problem}; the built-in value is used"
                )),
            }
        }
        if accepted.is_empty() {
            return;
        }
        // The text's own problems were reported with the built-in bundles.
        let mut again = Vec::new();
        let mut bundles =
            Bundles::build(&self.lang, &self.origin, &self.ftl, self.pseudo, &mut again);
        let source = accepted.concat();
        for bundle in std::iter::once(&mut bundles.primary).chain(bundles.fallback.as_mut()) {
            bundle.override_terms(&source);
        }
        self.overridden = Some(bundles);
    }

    /// Takes the fraud warning (the messages of [`ids::FIXED_TERMS`]) from
    /// `release` — the release's own text of the locale — instead of this
    /// one: a translation fetched from `ftl-base` may reword the notice, but
    /// never the warning about who does not call members.
    ///
    /// The German-only messages ([`ids::GERMAN_ONLY`]) come from `release`
    /// too: they live in the German versions' `german-only.ftl`, and
    /// `ftl-base` serves a locale's `notice.ftl` only. Without this, a newer
    /// German text would label the switch with its id, and a newer Leichte
    /// Sprache text would label it in standard German.
    ///
    /// [`ids::FIXED_TERMS`]: super::ids::FIXED_TERMS
    /// [`ids::GERMAN_ONLY`]: super::ids::GERMAN_ONLY
    pub fn keep_fraud_warning_from(&mut self, release: Localizer) {
        self.warning_from = Some(Box::new(release));
    }

    /// Problems found while loading: syntax errors and duplicate ids, each
    /// naming the file. Empty for a healthy locale.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Formats message `id`. Falls back to German for this one message when the
    /// locale lacks it or it fails to format; as a last resort returns the id,
    /// so the widget never shows an empty element.
    pub fn text(&self, id: &str) -> Text {
        if let Some(release) = &self.warning_from {
            if super::ids::FROM_RELEASE.contains(&id) {
                return release.text(id);
            }
        }
        let bundles = match &self.overridden {
            Some(overridden) if !super::ids::FIXED_TERMS.contains(&id) => overridden,
            _ => &self.builtin,
        };
        if let Some(value) = bundles.primary.format(id) {
            return Text { value, lang: None };
        }
        let source = source_locale();
        if let Some(value) = bundles.fallback.as_ref().and_then(|b| b.format(id)) {
            return Text {
                value,
                lang: Some(source.tag),
            };
        }
        Text {
            value: id.to_owned(),
            lang: None,
        }
    }

    /// Whether the locale itself (without fallback) has message `id`.
    pub fn has_own_message(&self, id: &str) -> bool {
        self.builtin.primary.format(id).is_some()
    }
}

/// Parses `ftl` into a bundle, keeping every entry that parsed and recording
/// what did not.
fn build_bundle(origin: &str, ftl: &str, problems: &mut Vec<String>) -> Bundle {
    let (bundle, errors, duplicates) = Bundle::parse(ftl);
    for error in errors {
        // The junk slice starts at the broken entry; `pos` may lie past it.
        let at = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
        let line = line_of(ftl, at);
        // The kind of error is left to the checker (`FIX_LINE`).
        problems.push(format!(
            "{origin}:{line}: syntax error; that entry cannot be used — {FIX_LINE}"
        ));
    }
    for duplicate in duplicates {
        problems.push(format!(
            "{origin}: {duplicate}; the first definition is used — remove the duplicate"
        ));
    }
    bundle
}
