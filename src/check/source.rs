//! The checker's input files, parsed, and the messages and terms in them.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Attribute, Comment, Entry, Pattern};
use fluent_syntax::parser::ParserError;

use super::finding::Finding;
use super::position::{offset_in, LineIndex};
use crate::l10n::entries;

/// One Fluent file to check: which locale it belongs to, its name inside the
/// locale's folder and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The locale tag, also the folder name: `pl`, `en-XA`.
    pub locale: String,
    /// The file name inside the locale folder: `notice.ftl`.
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// A file `<locale>/<name>` with `text`.
    pub fn new(
        locale: impl Into<String>,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        SourceFile {
            locale: locale.into(),
            name: name.into(),
            text: text.into(),
        }
    }

    /// The file's path inside the checked folder: `<locale>/<name>`.
    pub fn path(&self) -> String {
        format!("{}/{}", self.locale, self.name)
    }
}

/// `rel` inside the folder `base`, as findings name it: `i18n` + `pl/notice.ftl`
/// → `i18n/pl/notice.ftl`; an empty `base` leaves `rel` as it is.
pub(crate) fn join(base: &str, rel: &str) -> String {
    match base {
        "" => rel.to_owned(),
        _ if base.ends_with('/') => format!("{base}{rel}"),
        _ => format!("{base}/{rel}"),
    }
}

/// The UTF-8 byte order mark some editors put at the start of a file.
const BOM: char = '\u{FEFF}';

/// One file, parsed: its entries point into its text.
pub(crate) struct Parsed<'s> {
    pub file: &'s SourceFile,
    pub path: String,
    lines: LineIndex,
    pub body: Vec<Entry<&'s str>>,
    pub errors: Vec<ParserError>,
    /// The entries the parser would not survive: cut out of `body` (each
    /// is a junk entry there), reported by the syntax check.
    pub skipped: Vec<Skipped>,
    /// Whether the text starts with a byte order mark (parsed without it).
    pub bom: bool,
}

/// An entry the parser would not survive, so it is not parsed: nested
/// deeper than [`crate::l10n::nesting::MAX_NESTING`] (the parser, which
/// recurses once per level, would overflow the stack; the preview runs in
/// the wasm, with 1 MiB), or with a `\u` escape the parser panics on.
pub(crate) struct Skipped {
    /// The file offset where it happens.
    pub at: usize,
    /// How deep it nests, when that is the reason.
    pub too_deep: Option<usize>,
    /// The id it defines (`notice-title`, `-brand-name`), if it starts
    /// with one.
    pub key: Option<String>,
}

/// A message or a term: what the checks compare.
pub(crate) struct Unit<'a, 's> {
    /// `notice-title` for a message, `-brand-name` for a term.
    pub key: String,
    /// The identifier as written, a slice of the file (without the `-`).
    pub name: &'s str,
    pub is_term: bool,
    pub value: Option<&'a Pattern<&'s str>>,
    pub attributes: &'a [Attribute<&'s str>],
    pub comment: Option<&'a Comment<&'s str>>,
}

impl<'a, 's> Unit<'a, 's> {
    /// Every pattern of the unit with its label: `None` for the value,
    /// `Some(attribute name)` for an attribute.
    pub fn patterns(&self) -> Vec<(Option<&'s str>, &'a Pattern<&'s str>)> {
        self.value
            .map(|value| (None, value))
            .into_iter()
            .chain(self.attributes.iter().map(|a| (Some(a.id.name), &a.value)))
            .collect()
    }

    /// `message` or `term`, for sentences.
    pub fn kind(&self) -> &'static str {
        if self.is_term {
            "term"
        } else {
            "message"
        }
    }
}

impl<'s> Parsed<'s> {
    /// Parses `file`, keeping whatever the parser recovered; findings name
    /// it inside the folder `base` ([`join`]).
    pub fn parse(file: &'s SourceFile, base: &str) -> Self {
        let text = file.text.as_str();
        let bom = text.starts_with(BOM);
        let body_text = if bom { &text[BOM.len_utf8()..] } else { text };
        // Parser offsets are relative to `body_text`; make them file offsets.
        let shift = text.len() - body_text.len();
        let mut refused = Vec::new();
        entries::entries(body_text, |entry| {
            if let Some(why) = entry.refused() {
                refused.push((entry.span, why));
            }
        });
        // The text around them is parsed as the parser would read it in the
        // whole file: `entries::entries` finds entries where the parser does.
        let mut body = Vec::new();
        let mut errors = Vec::new();
        let mut skipped = Vec::new();
        let mut from = 0;
        let end = body_text.len();
        for (span, (at, too_deep)) in refused.into_iter().chain([(end..end, (end, None))]) {
            let part = body_text.get(from..span.start).unwrap_or_default();
            let (resource, part_errors) = match fluent_syntax::parser::parse(part) {
                Ok(resource) => (resource, Vec::new()),
                Err((resource, errors)) => (resource, errors),
            };
            body.extend(resource.body);
            errors.extend(part_errors.into_iter().map(|mut e| {
                let shift = shift + from;
                e.pos = e.pos.start + shift..e.pos.end + shift;
                e.slice = e.slice.map(|s| s.start + shift..s.end + shift);
                e
            }));
            if let Some(content) = body_text.get(span.clone()).filter(|c| !c.is_empty()) {
                body.push(Entry::Junk { content });
                skipped.push(Skipped {
                    at: at + shift,
                    too_deep,
                    key: junk_key(content),
                });
            }
            from = span.end;
        }
        Parsed {
            file,
            path: join(base, &file.path()),
            lines: LineIndex::new(text),
            body,
            errors,
            skipped,
            bom,
        }
    }

    /// The file's text.
    pub fn text(&self) -> &'s str {
        &self.file.text
    }

    /// The byte offset of `part`, a slice of this file's AST.
    pub fn offset(&self, part: &str) -> usize {
        offset_in(self.text(), part).unwrap_or(0)
    }

    /// 1-based line and character column of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(self.text(), offset)
    }

    /// A finding at byte `offset` of this file.
    pub fn finding(
        &self,
        offset: usize,
        code: &'static str,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Finding {
        Finding::new(self.path.clone(), self.line_col(offset), code, message, fix)
    }

    /// A finding at the start of 1-based `line`.
    pub fn finding_at_line(
        &self,
        line: usize,
        code: &'static str,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Finding {
        Finding::new(self.path.clone(), (line, 1), code, message, fix)
    }

    /// The messages and terms that parsed, in file order (duplicates included).
    pub fn units(&self) -> impl Iterator<Item = Unit<'_, 's>> + '_ {
        self.body.iter().filter_map(|entry| match entry {
            Entry::Message(m) => Some(Unit {
                key: m.id.name.to_owned(),
                name: m.id.name,
                is_term: false,
                value: m.value.as_ref(),
                attributes: &m.attributes,
                comment: m.comment.as_ref(),
            }),
            Entry::Term(t) => Some(Unit {
                key: format!("-{}", t.id.name),
                name: t.id.name,
                is_term: true,
                value: Some(&t.value),
                attributes: &t.attributes,
                comment: t.comment.as_ref(),
            }),
            _ => None,
        })
    }

    /// The first definition of `key` in this file.
    pub fn unit(&self, key: &str) -> Option<Unit<'_, 's>> {
        self.units().find(|u| u.key == key)
    }

    /// Where a unit starts: its id, or the `-` before a term's id.
    pub fn unit_offset(&self, unit: &Unit) -> usize {
        self.offset(unit.name) - usize::from(unit.is_term)
    }

    /// The 1-based line where a unit starts, its comment included.
    pub fn unit_start_line(&self, unit: &Unit) -> usize {
        match unit.comment.and_then(|c| c.content.first()) {
            Some(first) => self.line_col(self.offset(first)).0,
            None => self.unit_line(unit),
        }
    }

    /// The 1-based line of a unit's id.
    pub fn unit_line(&self, unit: &Unit) -> usize {
        self.line_col(self.unit_offset(unit)).0
    }

    /// The keys of the entries the parser could not read (`notice-title`,
    /// `-brand-name`): they exist, but are broken, which the syntax check
    /// reports; other checks must not call them missing as well.
    pub fn broken_keys(&self) -> BTreeSet<String> {
        self.body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Junk { content } => junk_key(content),
                _ => None,
            })
            .collect()
    }

    /// The line just below the entry whose id is on `line`: where a message
    /// that follows it belongs. Continuation lines are indented (or close a
    /// placeable with `}`); the entry ends before the next line that is not.
    pub fn line_after_entry(&self, line: usize) -> usize {
        let text = self.text();
        let mut last = line;
        for (index, content) in text.lines().enumerate().skip(line) {
            if content.trim().is_empty() {
                continue;
            }
            if content.starts_with([' ', '}']) {
                last = index + 1;
            } else {
                break;
            }
        }
        last + 1
    }
}

/// The id a junk entry starts with, if it starts with one (`-brand-name`
/// for a term).
pub(crate) fn junk_key(content: &str) -> Option<String> {
    let (dash, rest) = match content.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", content),
    };
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let id = &rest[..end];
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        .then(|| format!("{dash}{id}"))
}

/// All files of one locale, parsed, in name order.
pub(crate) struct Locale<'s> {
    pub tag: &'s str,
    pub files: Vec<Parsed<'s>>,
}

impl<'s> Locale<'s> {
    /// The file called `name`.
    pub fn file(&self, name: &str) -> Option<&Parsed<'s>> {
        self.files.iter().find(|f| f.file.name == name)
    }

    /// Every key defined (and parsed) in any file of the locale.
    pub fn keys(&self) -> BTreeSet<String> {
        self.files
            .iter()
            .flat_map(|f| f.units().map(|u| u.key))
            .collect()
    }

    /// Every key of an entry the parser could not read, in any file.
    pub fn broken_keys(&self) -> BTreeSet<String> {
        self.files.iter().flat_map(Parsed::broken_keys).collect()
    }

    /// The first definition of `key` in any file, with its file.
    pub fn unit(&self, key: &str) -> Option<(&Parsed<'s>, Unit<'_, 's>)> {
        self.files
            .iter()
            .find_map(|f| f.unit(key).map(|unit| (f, unit)))
    }

    /// The file to report locale-wide problems in: `notice.ftl` if there is
    /// one, else the first file.
    pub fn main_file(&self) -> Option<&Parsed<'s>> {
        self.file("notice.ftl").or_else(|| self.files.first())
    }
}
