//! Language choice: which shipped locale a member sees.
//!
//! Pure logic, no browser calls: the embedding layer collects the sources
//! (option, URL, `<html lang>`, `navigator.languages`) and hands them in.

use super::locales::{pseudo_by_tag, source_locale, LocaleInfo, EASY_READ, LOCALES};

/// Where a language preference came from, in priority order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSource {
    /// `data-lang`, the `lang` attribute or the `lang` mount option.
    Explicit,
    /// `?lang=` of the WebView page.
    Url,
    /// The host page's `<html lang>`.
    Document,
    /// The browser's `navigator.languages`.
    Navigator,
    /// Nothing matched: the source locale (German).
    Default,
}

/// The language preferences known when a notice mounts.
///
/// Values are raw strings as found in the page; garbage is allowed and skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LanguagePreferences {
    /// Explicit choice (`MountOptions::explicit_lang`: `"auto"` is `None`).
    pub explicit: Option<String>,
    /// `?lang=` in a WebView.
    pub url: Option<String>,
    /// The host page's `<html lang>`.
    pub document: Option<String>,
    /// `navigator.languages`, most preferred first.
    pub navigator: Vec<String>,
}

/// The outcome of negotiation: the locale and which source decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Negotiated {
    /// The chosen shipped locale.
    pub locale: &'static LocaleInfo,
    /// The source whose value matched.
    pub source: LangSource,
}

impl LanguagePreferences {
    /// Picks the locale: the first source with a supported language wins;
    /// region and case variants match their base language (`de-AT` → `de`,
    /// `EN-us` → `en`); unparsable or unsupported tags fall through to the next
    /// source and finally to German. Never fails.
    pub fn negotiate(&self) -> Negotiated {
        // A pseudo-locale and the Leichte Sprache version must be asked for
        // by name; they are never negotiated.
        if let Some(locale) = self.explicit.as_deref().and_then(by_name) {
            return Negotiated {
                locale,
                source: LangSource::Explicit,
            };
        }
        let single = |value: &Option<String>| value.iter().cloned().collect::<Vec<_>>();
        let sources = [
            (LangSource::Explicit, single(&self.explicit)),
            (LangSource::Url, single(&self.url)),
            (LangSource::Document, single(&self.document)),
            (LangSource::Navigator, self.navigator.clone()),
        ];
        for (source, tags) in sources {
            if let Some(locale) = tags.iter().find_map(|tag| match_tag(tag)) {
                return Negotiated { locale, source };
            }
        }
        Negotiated {
            locale: source_locale(),
            source: LangSource::Default,
        }
    }
}

/// Matches one raw tag against the shipped locales; `None` for empty,
/// malformed (`auto` is not a language tag) or unsupported tags.
///
/// A tag is well-formed when it is a language (2–3 or 5–8 letters), then
/// optionally a script (4 letters), a region (2 letters or 3 digits) and
/// variants (4–8 letters or digits), split by `-` or `_`, in any case;
/// extensions and private use (`de-u-…`, `de-x-…`) are not. It matches the
/// shipped locale of its language, or of the language it reads
/// ([`READS`]: Dari `prs` reads Persian). The loader's `matchTag`
/// (`js/loader.js`) is the same rule for its early paint;
/// `tests/fixtures/negotiation.json` holds both to it. (Shipped locales are
/// bare languages; a regional locale would need both to compare regions.)
pub fn match_tag(raw: &str) -> Option<&'static LocaleInfo> {
    let mut parts = raw.trim().split(['-', '_']).peekable();
    let language = parts.next()?;
    if !(letters(language, 2, 3) || letters(language, 5, 8)) {
        return None;
    }
    parts.next_if(|script| letters(script, 4, 4));
    parts.next_if(|region| letters(region, 2, 2) || digits(region, 3));
    while parts
        .next_if(|variant| {
            (4..=8).contains(&variant.len()) && variant.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        .is_some()
    {}
    if parts.next().is_some() {
        return None;
    }
    let language = match READS {
        [(tag, reads)] if tag.eq_ignore_ascii_case(language) => reads,
        _ => language,
    };
    LOCALES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(language))
}

/// Languages without a locale of their own whose readers read a shipped
/// one: Dari (`prs`, written in Afghanistan) reads Persian (`fa`), the same
/// script and written standard (`fa-AF`, Persian as written in Afghanistan,
/// matches by its language anyway). The loader's `matchTag` has the same
/// pair.
pub const READS: &[(&str, &str)] = &[("prs", "fa")];

/// A locale only an explicit choice reaches, by its exact tag in any case:
/// a pseudo-locale (`en-XA`) or the Leichte Sprache version (`de-x-ls`).
fn by_name(tag: &str) -> Option<&'static LocaleInfo> {
    pseudo_by_tag(tag).or_else(|| {
        let tag = tag.trim();
        LOCALES
            .iter()
            .find(|l| l.tag == EASY_READ && l.tag.eq_ignore_ascii_case(tag))
    })
}

/// `part` is `min` to `max` ASCII letters.
fn letters(part: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
}

/// `part` is `count` ASCII digits.
fn digits(part: &str, count: usize) -> bool {
    part.len() == count && part.bytes().all(|b| b.is_ascii_digit())
}

/// The warning for an explicit `lang` that is not a shipped language (the
/// notice then shows `negotiated` from the other sources); `None` when the
/// explicit choice is what decided.
pub fn unshipped_lang_warning(asked: &str, negotiated: &Negotiated) -> Option<String> {
    if negotiated.source == LangSource::Explicit {
        return None;
    }
    let shipped: Vec<_> = LOCALES.iter().map(|l| l.tag).collect();
    Some(format!(
        "lang \"{asked}\" is not a shipped language ({}); showing \"{}\" instead — \
         use one of those tags or \"auto\"",
        shipped.join(", "),
        negotiated.locale.tag
    ))
}
