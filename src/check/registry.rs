//! The locale folders against the registry (`src/l10n/locales.rs`): a folder
//! that is not registered never ships, and a registered locale without its
//! file shows German to its members.

use super::finding::Finding;
use super::Ctx;

/// The list of registered locales the folders are compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Registry<'a> {
    /// The file with the list, as findings name it: `src/l10n/locales.rs`.
    pub path: &'a str,
    /// That file's text, to point at the line of an entry.
    pub text: &'a str,
    /// The registered tags, in the registry's order.
    pub tags: &'a [&'a str],
    /// Whether the checked files are every locale folder there is (the
    /// repository's whole `i18n/`): only then is a registered locale without
    /// files reported. A copy, a folder of newer translations or one locale
    /// folder may hold only some locales.
    pub complete: bool,
}

/// The text of the widget's registry, for line numbers in findings.
const WIDGET_REGISTRY: &str = include_str!("../l10n/locales.rs");

impl<'a> Registry<'a> {
    /// The widget's registry ([`crate::l10n::LOCALE_TAGS`]), named `path` in
    /// findings (the CLI passes `src/l10n/locales.rs` relative to where it runs).
    pub fn widget(path: &'a str, complete: bool) -> Self {
        Registry {
            path,
            text: WIDGET_REGISTRY,
            tags: crate::l10n::LOCALE_TAGS,
            complete,
        }
    }

    /// The 1-based line and column of `tag`'s entry (`"fr" => …`), if the
    /// text has one.
    fn entry(&self, tag: &str) -> Option<(usize, usize)> {
        let quoted = format!("\"{tag}\"");
        self.text.lines().enumerate().find_map(|(index, line)| {
            let code = line.trim_start();
            let rest = code.strip_prefix(&quoted)?;
            rest.trim_start().starts_with("=>").then(|| {
                let indent = line[..line.len() - code.len()].chars().count();
                (index + 1, indent + 1)
            })
        })
    }
}

/// Reports unregistered locale folders and, for a complete tree, registered
/// locales without files.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(registry) = ctx.registry else { return };
    // Where a new entry goes: below the last one.
    let last = registry.tags.last().and_then(|tag| registry.entry(tag));
    for locale in ctx.all() {
        if registry.tags.contains(&locale.tag) {
            continue;
        }
        let Some(file) = locale.main_file() else {
            continue;
        };
        let place = match (last, registry.tags.last()) {
            (Some((line, _)), Some(tag)) => {
                format!("at {}:{}, after `\"{tag}\"`", registry.path, line + 1)
            }
            _ => format!("to the list in {}", registry.path),
        };
        // An error, not a warning: the translator's work never reaches a
        // member, and nothing else would tell them.
        out.push(file.finding(
            0,
            "unregistered-locale",
            format!(
                "the locale `{}` is not registered in {}, so the widget never shows this translation",
                locale.tag, registry.path
            ),
            format!(
                "insert the line `\"{}\" => (\"<the language's name in itself>\", Ltr),` {place} (`Rtl` for a right-to-left script)",
                locale.tag
            ),
        ));
    }
    if !registry.complete {
        return;
    }
    let reference_file = ctx.reference.main_file().map(|f| f.file.name.as_str());
    for tag in registry.tags {
        if ctx.all().any(|locale| locale.tag == *tag) {
            continue;
        }
        let file = ctx.path(&format!("{tag}/{}", reference_file.unwrap_or("notice.ftl")));
        let copy_from = match ctx.reference.main_file() {
            Some(reference) => format!(" (copy {} and translate it)", reference.path),
            None => String::new(),
        };
        out.push(Finding::new(
            registry.path,
            registry.entry(tag).unwrap_or((1, 1)),
            "missing-locale",
            format!(
                "the locale `{tag}` is registered here, but {file} does not exist: members who choose it see German"
            ),
            format!("create {file}{copy_from}, or delete this line"),
        ));
    }
}
