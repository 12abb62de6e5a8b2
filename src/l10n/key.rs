//! What makes two localizers the same, so the embedding layer can share one
//! between notices: the locale, the fetched translation (by URL) and the
//! config's term overrides.

/// The identity of a localizer, for a cache.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LocalizerKey {
    tag: &'static str,
    ftl_url: Option<String>,
    terms: Vec<(String, String)>,
}

impl LocalizerKey {
    /// The key of locale `tag`'s texts, from the translation at `ftl_url` (or
    /// the built-in file), with `terms` overridden. The order of `terms`
    /// does not matter.
    pub fn new(tag: &'static str, ftl_url: Option<&str>, terms: &[(String, String)]) -> Self {
        let mut terms = terms.to_vec();
        terms.sort();
        LocalizerKey {
            tag,
            ftl_url: ftl_url.map(str::to_owned),
            terms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LocalizerKey;

    fn terms(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn the_same_inputs_share_a_localizer_and_any_difference_does_not() {
        let brand = terms(&[("brand-name", "AOK"), ("it-provider", "X")]);
        let base = LocalizerKey::new("de", None, &brand);
        let reordered = terms(&[("it-provider", "X"), ("brand-name", "AOK")]);
        assert_eq!(base, LocalizerKey::new("de", None, &reordered));
        assert_ne!(base, LocalizerKey::new("en", None, &brand));
        assert_ne!(
            base,
            LocalizerKey::new("de", Some("https://x/de/notice.ftl"), &brand)
        );
        assert_ne!(
            base,
            LocalizerKey::new("de", None, &terms(&[("brand-name", "AOK")]))
        );
        assert_ne!(
            base,
            LocalizerKey::new("de", None, &terms(&[("brand-name", "AOK|it-provider")]))
        );
    }
}
