//! References to other messages and terms (`{ -brand-name }`,
//! `{ notice-title }`) must point at something that exists.

use std::collections::BTreeSet;

use super::finding::Finding;
use super::source::{Locale, Parsed};
use super::walk::{walk, Node};
use super::Ctx;

/// Checks every reference in every locale. A reference is fine when the id
/// exists in the locale or in the reference locale (a gap there is reported
/// as missing, not here).
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for locale in ctx.all() {
        let mut known = locale.keys();
        known.extend(locale.broken_keys());
        known.extend(ctx.reference.keys());
        known.extend(ctx.reference.broken_keys());
        let terms: Vec<&String> = known.iter().filter(|k| k.starts_with('-')).collect();
        for file in &locale.files {
            for unit in file.units() {
                for (_, pattern) in unit.patterns() {
                    walk(pattern, &mut |node| {
                        let (key, attribute, at) = match node {
                            Node::MessageRef { id, attribute } => {
                                (id.to_owned(), attribute, file.offset(id))
                            }
                            Node::TermRef { id, attribute } => (
                                format!("-{id}"),
                                attribute,
                                file.offset(id).saturating_sub(1),
                            ),
                            _ => return,
                        };
                        if !known.contains(&key) {
                            let fix = if let Some(meant) = other_kind(&key, &known) {
                                // `{ it-provider }` for the term, or
                                // `{ -notice-title }` for the message.
                                let written = match attribute {
                                    Some(attribute) => format!("{meant}.{attribute}"),
                                    None => meant.clone(),
                                };
                                if meant.starts_with('-') {
                                    format!("write `{{ {written} }}`: a term is referenced with its dash")
                                } else {
                                    format!("write `{{ {written} }}`: only terms take a dash")
                                }
                            } else if key.starts_with('-') {
                                format!(
                                    "use one of the terms {}, or check the spelling",
                                    terms
                                        .iter()
                                        .map(|t| format!("`{{ {t} }}`"))
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )
                            } else {
                                format!(
                                    "check the spelling against {}",
                                    reference_paths(&ctx.reference)
                                )
                            };
                            out.push(file.finding(
                                at,
                                "unknown-reference",
                                format!("`{key}` does not exist"),
                                fix,
                            ));
                            return;
                        }
                        if let Some(attribute) = attribute {
                            if !has_attribute(locale, &key, attribute)
                                && !has_attribute(&ctx.reference, &key, attribute)
                            {
                                out.push(file.finding(
                                    at,
                                    "unknown-reference",
                                    format!("`{key}` has no attribute `.{attribute}`"),
                                    format!(
                                        "check the spelling, or write `{{ {key} }}` for its value"
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

/// The existing entry `key` names with or without its dash: `-it-provider`
/// for `it-provider`, `notice-title` for `-notice-title`.
fn other_kind(key: &str, known: &BTreeSet<String>) -> Option<String> {
    let other = match key.strip_prefix('-') {
        Some(message) => message.to_owned(),
        None => format!("-{key}"),
    };
    known.contains(&other).then_some(other)
}

/// Whether the locale's `key` has the attribute `name`.
fn has_attribute(locale: &Locale, key: &str, name: &str) -> bool {
    locale
        .unit(key)
        .is_some_and(|(_, unit)| unit.attributes.iter().any(|a| a.id.name == name))
}

/// The reference locale's file paths, for "check against …".
fn reference_paths(reference: &Locale) -> String {
    reference
        .files
        .iter()
        .map(|f: &Parsed| f.path.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
