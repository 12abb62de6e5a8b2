//! Plural choices (`{ $count -> [one] … *[other] … }`) against the CLDR
//! plural categories each language needs.
//!
//! A missing category is a warning, not an error: the default variant still
//! shows a readable sentence, only its grammar is off for some numbers.

use fluent_syntax::ast::{InlineExpression, VariantKey};

use super::finding::Finding;
use super::walk::{walk, Node};
use super::Ctx;

/// The six CLDR plural category names.
const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// CLDR cardinal plural categories by base language (CLDR 46). A language
/// missing here is not checked; add it when adding a locale.
const CARDINALS: &[(&str, &[&str])] = &[
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("bg", &["one", "other"]),
    ("bs", &["one", "few", "other"]),
    ("cs", &["one", "few", "many", "other"]),
    ("da", &["one", "other"]),
    ("de", &["one", "other"]),
    ("el", &["one", "other"]),
    ("en", &["one", "other"]),
    ("es", &["one", "many", "other"]),
    ("fa", &["one", "other"]),
    ("fi", &["one", "other"]),
    ("fr", &["one", "many", "other"]),
    ("he", &["one", "two", "other"]),
    ("hr", &["one", "few", "other"]),
    ("hu", &["one", "other"]),
    ("it", &["one", "many", "other"]),
    ("ja", &["other"]),
    ("ko", &["other"]),
    ("lt", &["one", "few", "many", "other"]),
    ("lv", &["zero", "one", "other"]),
    ("nb", &["one", "other"]),
    ("nl", &["one", "other"]),
    ("pl", &["one", "few", "many", "other"]),
    ("pt", &["one", "many", "other"]),
    ("ro", &["one", "few", "other"]),
    ("ru", &["one", "few", "many", "other"]),
    ("sk", &["one", "few", "many", "other"]),
    ("sq", &["one", "other"]),
    ("sr", &["one", "few", "other"]),
    ("sv", &["one", "other"]),
    ("tr", &["one", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("vi", &["other"]),
    ("zh", &["other"]),
];

/// The plural categories `tag` needs, by its base language (`en-XA` → `en`,
/// `ar-XB` → `ar`); `None` for languages not in the table.
pub fn categories_for(tag: &str) -> Option<&'static [&'static str]> {
    let base = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    CARDINALS
        .iter()
        .find(|(language, _)| *language == base)
        .map(|(_, categories)| *categories)
}

/// Checks every plural choice in every locale with known plural rules.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for locale in ctx.all() {
        let Some(needed) = categories_for(locale.tag) else {
            continue;
        };
        for file in &locale.files {
            for unit in file.units() {
                for (_, pattern) in unit.patterns() {
                    walk(pattern, &mut |node| {
                        let Node::Select { selector, variants } = node else {
                            return;
                        };
                        let Some(variable) = number_variable(selector) else {
                            return;
                        };
                        let keys: Vec<&str> = variants
                            .iter()
                            .filter_map(|v| match &v.key {
                                VariantKey::Identifier { name } => Some(*name),
                                VariantKey::NumberLiteral { .. } => None,
                            })
                            .collect();
                        // `other` alone is also the usual default of a choice on
                        // something else, like `$gender`.
                        if !keys.iter().any(|k| *k != "other" && CATEGORIES.contains(k)) {
                            return;
                        }
                        let missing: Vec<&str> = needed
                            .iter()
                            .copied()
                            .filter(|c| !keys.contains(c))
                            .collect();
                        if !missing.is_empty() {
                            out.push(file.finding(
                                file.offset(variable).saturating_sub(1),
                                "missing-plural-category",
                                format!(
                                    "the plural choice on `${variable}` lacks {} (`{}` needs {})",
                                    quoted(&missing),
                                    locale.tag,
                                    quoted(needed)
                                ),
                                format!(
                                    "add a variant for each: {}",
                                    missing
                                        .iter()
                                        .map(|c| format!("`[{c}] …`"))
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            ));
                        }
                        for key in keys {
                            if CATEGORIES.contains(&key) && !needed.contains(&key) {
                                out.push(file.finding(
                                    file.offset(key),
                                    "unused-plural-category",
                                    format!(
                                        "`[{key}]` is never chosen in `{}`, which uses only {}",
                                        locale.tag,
                                        quoted(needed)
                                    ),
                                    "delete this variant (keep one variant marked `*`)",
                                ));
                            }
                        }
                    });
                }
            }
        }
    }
}

/// The variable a choice is on, if it chooses on a number: `$n` or
/// `NUMBER($n, …)`.
fn number_variable<'s>(selector: &InlineExpression<&'s str>) -> Option<&'s str> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            match arguments.positional.first() {
                Some(InlineExpression::VariableReference { id }) => Some(id.name),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `` `few`, `many` ``.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
