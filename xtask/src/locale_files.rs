//! The release's file per locale, `dist/static/<tag>-<id>.json`: what a
//! member's first view in a language needs beside the loader and the wasm,
//! in one request and under one integrity hash.
//!
//! ```json
//! {"banner": {"key": …, "tree": …}, "full": {"key": …, "tree": …}, "ftl": "…"}
//! ```
//!
//! - `banner`, `full`: the prerendered notices (`xtask/src/html_tree.rs`) the
//!   loader paints before the wasm arrives;
//! - `ftl`: the locale's text as the wasm renders it (its files joined,
//!   comments stripped: [`release_text`]), which the loader hands over when
//!   the wasm asks for it.
//!
//! The text and the notices repeat the same words, which brotli sends once:
//! one file costs less on the wire than a prerendered notice and a translation
//! file apart, and the loader carries one hash per locale instead of three.
//! The source locale (German) is different: its banner and its text are in
//! the loader itself ([`LocaleFiles::inline`], [`LocaleFiles::source_text`]),
//! so the notice most members see paints with no request after the loader,
//! and its file holds only the full variant.
//!
//! The `<id>` is taken from the file's own SHA-256 (16 characters of its
//! base64, URL-safe), so the loader derives each name from the hash it already
//! carries, and the files can be cached for ever.

use std::path::Path;

use member_notice::l10n::shipped;
use member_notice::options::Variant;
use member_notice::phase::Phase;

use crate::hashes::sri;
use crate::prerender::Prerendered;

/// The locale files written, and what the loader needs of them.
pub struct LocaleFiles {
    /// `{tag: integrity}` (each file's name follows from it: [`file_name`]), for the loader (`__MEMBER_NOTICE_LOCALE_HASHES__`) and the
    /// fragments.
    pub hashes: serde_json::Map<String, serde_json::Value>,
    /// The source locale's banner (`{"key", "tree"}`), which the loader
    /// carries itself (`__MEMBER_NOTICE_INLINE__`).
    pub inline: serde_json::Value,
    /// The source locale's text as shipped, which the loader carries for the
    /// wasm (`__MEMBER_NOTICE_SOURCE_TEXT__`).
    pub source_text: String,
}

impl LocaleFiles {
    /// The integrity hash of locale `tag`'s file ("" for a tag that has none).
    pub fn integrity_of(&self, tag: &str) -> &str {
        self.hashes
            .get(tag)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    }

    /// The path in `dist/` of locale `tag`'s file.
    pub fn name_of(&self, tag: &str) -> String {
        file_name(tag, self.integrity_of(tag))
    }

    /// The files' paths in `dist/`, by tag.
    pub fn names(&self) -> impl Iterator<Item = String> + '_ {
        self.hashes.keys().map(|tag| self.name_of(tag))
    }

    /// `{tag: path in dist/}`, for the manifest.
    pub fn by_tag(&self) -> serde_json::Value {
        self.hashes
            .keys()
            .map(|tag| (tag.clone(), self.name_of(tag).into()))
            .collect::<serde_json::Map<_, _>>()
            .into()
    }
}

/// The name of locale `tag`'s file with integrity `sri` (`sha256-<base64>`);
/// `js/loader.js` (`localeFile`) derives the same.
pub fn file_name(tag: &str, sri: &str) -> String {
    let id: String = sri
        .strip_prefix("sha256-")
        .unwrap_or(sri)
        .chars()
        .take(16)
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    format!("static/{tag}-{id}.json")
}

/// Writes every locale's file into `dist` from the prerendered notices and
/// the translators' files under `root/i18n/`.
pub fn write(root: &Path, dist: &Path, prerendered: &[Prerendered]) -> Result<LocaleFiles, String> {
    let source = member_notice::l10n::source_locale();
    let mut files = LocaleFiles {
        hashes: serde_json::Map::new(),
        inline: serde_json::Value::Null,
        source_text: String::new(),
    };
    for locale in member_notice::l10n::LOCALES {
        let mut file = serde_json::Map::new();
        for notice in prerendered
            .iter()
            .filter(|n| std::ptr::eq(n.locale, locale))
        {
            // The loader paints only the built-in content: with a config,
            // whose phase it cannot know before the wasm has read it, it
            // paints nothing (js/loader.js, `prerendered`). The other phases'
            // notices are the pages' fragments (`dist/static/*.<phase>.html`).
            if notice.phase != Phase::default() {
                continue;
            }
            match notice.variant {
                Variant::Banner if std::ptr::eq(locale, source) => {
                    files.inline = notice.notice.clone()
                }
                Variant::Banner => drop(file.insert("banner".into(), notice.notice.clone())),
                Variant::Full => drop(file.insert("full".into(), notice.notice.clone())),
            }
        }
        let text = release_text(root, locale.tag)?;
        if std::ptr::eq(locale, source) {
            files.source_text = text;
        } else {
            file.insert("ftl".into(), text.into());
        }
        let bytes = serde_json::Value::Object(file).to_string().into_bytes();
        let integrity = sri(&bytes);
        let name = file_name(locale.tag, &integrity);
        std::fs::write(dist.join(&name), &bytes)
            .map_err(|e| format!("cannot write dist/{name}: {e}"))?;
        files.hashes.insert(locale.tag.into(), integrity.into());
    }
    if files.inline.is_null() {
        return Err(format!(
            "no prerendered banner for the source locale {}",
            source.tag
        ));
    }
    Ok(files)
}

/// Locale `tag`'s text as the release ships it: the files of
/// `root/i18n/<tag>/` the widget reads ([`shipped::FILES`]: `notice.ftl`,
/// and in the German versions `german-only.ftl`), comments stripped, joined
/// as `build.rs` joins them for the widget.
pub fn release_text(root: &Path, tag: &str) -> Result<String, String> {
    let folder = root.join("i18n").join(tag);
    let mut texts = Vec::new();
    for name in shipped::FILES {
        let path = folder.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push(shipped::strip_comments(&text)),
            // Only notice.ftl is every locale's.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && *name != shipped::FILES[0] => {}
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        }
    }
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    Ok(shipped::join(&texts))
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn the_german_versions_ship_their_german_only_messages() {
        use member_notice::l10n::{ids, EASY_READ, LOCALES};
        let root = crate::util::root();
        for locale in LOCALES {
            let text = super::release_text(&root, locale.tag).unwrap();
            let german = locale.is_german();
            for id in ids::GERMAN_ONLY {
                let has = text
                    .lines()
                    .any(|line| line.starts_with(&format!("{id} =")));
                assert_eq!(has, german, "{}: {id}", locale.tag);
            }
            assert!(
                !text.contains("\n#"),
                "{}: comments are stripped",
                locale.tag
            );
            // What the widget reads natively, less the comments.
            assert_eq!(
                text,
                member_notice::l10n::shipped::strip_comments(locale.ftl),
                "{}",
                locale.tag
            );
        }
        assert!(LOCALES.iter().any(|l| l.tag == EASY_READ));
    }

    #[test]
    fn names_come_from_the_hash_and_are_safe_in_a_url() {
        assert_eq!(
            file_name("uk", "sha256-ab+/cdefghijklmnopqrstuvwxyz0123456789ABCD="),
            "static/uk-ab-_cdefghijklmn.json"
        );
    }
}
