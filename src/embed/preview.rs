//! The translators' preview (`/preview.html`, built with `--features
//! preview`, never shipped in `dist/`): live FTL editing and the same
//! checker as `cargo xtask i18n check`, in the browser.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::{registry, render};
use crate::check::{check, shipped_files, CheckInput, SourceFile};
use crate::json::{Object, Value};
use crate::l10n::{shipped, LocaleInfo, LOCALES, PSEUDO_LOCALES};

thread_local! {
    /// Edited FTL text by locale tag, shown instead of the built-in file.
    static EDITED: RefCell<HashMap<String, (u32, Rc<str>)>> = RefCell::new(HashMap::new());
}

/// The edited text for `tag`, with a revision number that changes on every
/// edit (so cached localizers of older revisions are not reused).
pub fn edited(tag: &str) -> Option<(u32, Rc<str>)> {
    EDITED.with(|e| e.borrow().get(tag).cloned())
}

/// What the notice shows for `locale` while its `notice.ftl` is edited:
/// the edited text joined with the locale's other built-in files (the
/// German versions' `german-only.ftl`), as the widget reads a locale's
/// files; with a revision number as [`edited`] has it.
pub fn edited_text(locale: &LocaleInfo) -> Option<(u32, String)> {
    let (revision, text) = edited(locale.tag)?;
    let texts: Vec<&str> = std::iter::once(&*text)
        .chain(other_files(locale).map(|(_, text)| text))
        .collect();
    Some((revision, shipped::join(&texts)))
}

/// The locale's built-in files but `notice.ftl`, the one the editor edits.
fn other_files(locale: &LocaleInfo) -> impl Iterator<Item = (&'static str, &'static str)> {
    locale
        .files
        .iter()
        .copied()
        .filter(|(name, _)| *name != EDITED_FILE)
}

/// The file the editor edits, downloads and checks: every locale's
/// `notice.ftl` (the German-only messages are not the translators').
const EDITED_FILE: &str = shipped::FILES[0];

/// Every locale the preview shows — the shipped ones, then the
/// pseudo-locales — as JSON: `[{"tag","name","dir","editable"}]`.
#[wasm_bindgen(js_name = previewLocales)]
pub fn preview_locales() -> String {
    let list: Vec<_> = LOCALES
        .iter()
        .chain(PSEUDO_LOCALES)
        .map(|l| {
            Object::new()
                .with("tag", l.tag)
                .with("name", l.native_name)
                .with("dir", l.direction.as_str())
                .with("editable", l.pseudo.is_none())
                .into()
        })
        .collect();
    Value::Array(list).to_string()
}

/// The built-in `notice.ftl` of a shipped locale, as written (the editor's
/// starting point).
#[wasm_bindgen(js_name = ftlSource)]
pub fn ftl_source(tag: &str) -> Option<String> {
    let locale = LOCALES.iter().find(|l| l.tag == tag)?;
    locale
        .files
        .iter()
        .find(|(name, _)| *name == EDITED_FILE)
        .map(|(_, text)| (*text).to_owned())
}

/// Shows `text` as locale `tag` in every notice on the page that displays
/// `tag`; `None` returns to the built-in text.
#[wasm_bindgen(js_name = previewFtl)]
pub fn preview_ftl(tag: &str, text: Option<String>) {
    EDITED.with(|e| {
        let mut edited = e.borrow_mut();
        match text {
            Some(text) => {
                let revision = edited.get(tag).map_or(0, |(r, _)| r.wrapping_add(1));
                edited.insert(tag.to_owned(), (revision, Rc::from(text)));
            }
            None => {
                edited.remove(tag);
            }
        }
    });
    for shared in registry::all() {
        render::refresh(&shared);
    }
}

/// Checks `text` as `<tag>/notice.ftl` against the shipped German reference
/// (or as the reference itself for `de`), beside the locale's other
/// built-in files (`german-only.ftl`), with the checker of the CLI; returns
/// the report as JSON (`{findings, summary}`), exactly as `--format json`.
#[wasm_bindgen(js_name = checkFtl)]
pub fn check_ftl(tag: &str, text: &str) -> String {
    let source = crate::l10n::source_locale().tag;
    // The reference's files and the locale's own others; the edited one
    // takes the place of its built-in copy.
    let mut files: Vec<SourceFile> = shipped_files()
        .into_iter()
        .filter(|f| {
            let edited = f.locale == tag && f.name == EDITED_FILE;
            (f.locale == source || f.locale == tag) && !edited
        })
        .collect();
    files.push(SourceFile::new(tag, EDITED_FILE, text));
    check(&CheckInput::for_widget(&files)).to_json()
}
