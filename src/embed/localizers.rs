//! One localizer per locale, translation and term overrides, shared by every
//! notice that shows the same text (parsing Fluent is the costly part).

use std::cell::RefCell;
use std::rc::Rc;

use crate::components::Texts;
use crate::l10n::{LocaleInfo, Localizer, LocalizerKey};

thread_local! {
    /// A list, not a `HashMap`: a page holds a handful of entries, and each
    /// map type adds its own copy of the hash table code to the wasm.
    static LOCALIZERS: RefCell<Vec<(LocalizerKey, Texts)>> = const { RefCell::new(Vec::new()) };
}

/// The texts of `locale`, from the fetched translation `ftl` (URL, text),
/// its release file (once there) or the built-in file, with `terms` overridden; the problems of a newly built
/// localizer go to `warnings`.
pub fn texts(
    locale: &'static LocaleInfo,
    ftl: Option<&(String, Rc<str>)>,
    terms: &[(String, String)],
    warnings: &mut Vec<String>,
) -> Texts {
    // The translators' preview: text being edited is shown as typed, uncached
    // (it changes on every keystroke); the editor lists its problems itself.
    #[cfg(feature = "preview")]
    if let Some((revision, text)) = super::preview::edited_text(locale) {
        let origin = format!("editor:{}#{revision}", locale.tag);
        let mut localizer = Localizer::from_source(locale.tag, &origin, &text);
        localizer.override_terms(terms);
        return Texts::new(localizer);
    }
    let key = LocalizerKey::new(locale.tag, ftl.map(|(url, _)| url.as_str()), terms);
    LOCALIZERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, texts)) = cache.iter().find(|(k, _)| *k == key) {
            return texts.clone();
        }
        let release = super::release_texts::text(locale);
        let release = || match &release {
            Some(text) => Localizer::for_release(locale, text),
            None => Localizer::for_locale(locale),
        };
        let mut localizer = match ftl {
            Some((url, text)) => {
                let mut fetched = Localizer::from_source(locale.tag, url, text);
                fetched.keep_fraud_warning_from(release());
                fetched
            }
            None => release(),
        };
        localizer.override_terms(terms);
        warnings.extend(localizer.problems().iter().cloned());
        let texts = Texts::new(localizer);
        cache.push((key, texts.clone()));
        texts
    })
}
