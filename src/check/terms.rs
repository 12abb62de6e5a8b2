//! Names written out where the reference uses a term: `hkk` in a translation
//! where German writes `{ -brand-name }`.
//!
//! An error, not a warning: the operators change names at run time through
//! the remote config (`terms.brand-name`, `terms.it-provider`). A name
//! written out is not replaced, so members of this one language would read
//! the old name — and another insurer reusing the notice would show ours.

use fluent_syntax::ast::{Pattern, PatternElement};

use super::finding::Finding;
use super::walk::{walk, Node};
use super::Ctx;

/// The shortest term value looked for: shorter ones (`X`) occur in ordinary
/// words too often to mean the name.
const MIN_CHARS: usize = 2;

/// From this length on, a name followed by more letters still counts.
const INFLECTED_FROM: usize = 5;

/// Reports each literal term value in a translated message whose reference
/// message uses that term.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let values = term_values(ctx);
    if values.is_empty() {
        return;
    }
    for locale in &ctx.others {
        for file in &locale.files {
            for unit in file.units() {
                let Some((reference, wanted)) = ctx.reference.unit(&unit.key) else {
                    continue;
                };
                let mut used = Vec::new();
                for (_, pattern) in wanted.patterns() {
                    walk(pattern, &mut |node| {
                        if let Node::TermRef { id, .. } = node {
                            used.push(id);
                        }
                    });
                }
                let names: Vec<&(&str, &str)> = values
                    .iter()
                    .filter(|(term, _)| used.contains(term))
                    .collect();
                if names.is_empty() {
                    continue;
                }
                let from = format!("{}:{}", reference.path, reference.unit_line(&wanted));
                for (_, pattern) in unit.patterns() {
                    walk(pattern, &mut |node| {
                        let Node::Text(text) = node else { return };
                        for (term, value) in &names {
                            for at in occurrences(text, value) {
                                out.push(file.finding(
                                    file.offset(text) + at,
                                    "literal-term",
                                    format!(
                                        "`{}` writes the name `{}` where {from} uses the term `{{ -{term} }}`",
                                        unit.key,
                                        &text[at..at + value.len()]
                                    ),
                                    format!(
                                        "write `{{ -{term} }}` instead of `{value}`, so a changed name reaches this language too"
                                    ),
                                ));
                            }
                        }
                    });
                }
            }
        }
    }
}

/// The reference's terms whose value is plain text, without the `-`:
/// `("brand-name", "hkk")`.
fn term_values<'s>(ctx: &Ctx<'s>) -> Vec<(&'s str, &'s str)> {
    ctx.reference
        .files
        .iter()
        .flat_map(|file| file.units())
        .filter(|unit| unit.is_term)
        .filter_map(|unit| Some((unit.name, plain_text(unit.value?)?)))
        .filter(|(_, value)| value.chars().count() >= MIN_CHARS)
        .collect()
}

/// The whole value when it is one piece of text (`hkk`), else `None`.
fn plain_text<'s>(pattern: &Pattern<&'s str>) -> Option<&'s str> {
    match pattern.elements.as_slice() {
        [PatternElement::TextElement { value }] => Some(value.trim()).filter(|v| !v.is_empty()),
        _ => None,
    }
}

/// Byte offsets of `name` in `text` at the start of a word, ignoring ASCII
/// case (`HKK`, `hkk-Mitglieder`). A name of [`INFLECTED_FROM`] characters
/// or more may go on with letters, as inflected names do (`Bitmarcka`,
/// `Bitmarcku`); a shorter one must end the word, or it would match the start
/// of ordinary words.
fn occurrences(text: &str, name: &str) -> Vec<usize> {
    let may_inflect = name.chars().count() >= INFLECTED_FROM;
    text.char_indices()
        .map(|(at, _)| at)
        .filter(|&at| {
            text.get(at..at + name.len())
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name))
        })
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric)
                && (may_inflect || !after.is_some_and(char::is_alphanumeric))
        })
        .collect()
}
