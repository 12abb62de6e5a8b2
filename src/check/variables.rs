//! Variables (`{ $count }`): the program provides those the reference uses;
//! a translation may not invent others, should not drop any, and the
//! reference explains each in a `# Variables:` comment.

use super::finding::Finding;
use super::source::{Parsed, Unit};
use super::walk::variables;
use super::Ctx;

/// Compares each translated message's variables with the reference's, and
/// checks that the reference documents its variables.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for file in &ctx.reference.files {
        for unit in file.units() {
            undocumented(file, &unit, out);
        }
    }
    for locale in &ctx.others {
        for file in &locale.files {
            let Some(reference) = ctx.reference.file(&file.file.name) else {
                continue;
            };
            for unit in file.units() {
                if let Some(wanted) = reference.unit(&unit.key) {
                    compare(reference, &wanted, file, &unit, out);
                }
            }
        }
    }
}

/// The variables of all of a unit's patterns (value and attributes).
fn all_variables<'s>(unit: &Unit<'_, 's>) -> Vec<&'s str> {
    let mut all: Vec<&'s str> = Vec::new();
    for (_, pattern) in unit.patterns() {
        for name in variables(pattern) {
            if !all.contains(&name) {
                all.push(name);
            }
        }
    }
    all
}

fn compare(reference: &Parsed, wanted: &Unit, file: &Parsed, unit: &Unit, out: &mut Vec<Finding>) {
    let from = format!("{}:{}", reference.path, reference.unit_line(wanted));
    let provided = all_variables(wanted);
    let mut invented = false;
    for (_, pattern) in unit.patterns() {
        for name in variables(pattern) {
            if provided.contains(&name) {
                continue;
            }
            invented = true;
            let fix = if provided.is_empty() {
                "remove it: this message gets no variables".to_owned()
            } else {
                format!(
                    "use only {} (see {from}); check the spelling",
                    list(&provided)
                )
            };
            out.push(file.finding(
                // The `$` before the name.
                file.offset(name).saturating_sub(1),
                "unknown-variable",
                format!("`${name}` is not a variable of `{}`", unit.key),
                fix,
            ));
        }
    }
    // A misspelt variable is also a dropped one; the error above says it all.
    if invented {
        return;
    }
    for (label, wanted_pattern) in wanted.patterns() {
        let pattern = unit
            .patterns()
            .into_iter()
            .find(|(l, _)| *l == label)
            .map(|(_, p)| p);
        let Some(pattern) = pattern else { continue };
        let have = variables(pattern);
        let dropped: Vec<&str> = variables(wanted_pattern)
            .into_iter()
            .filter(|name| !have.contains(name))
            .collect();
        if dropped.is_empty() {
            continue;
        }
        let (at, what) = match label {
            None => (file.unit_offset(unit), format!("`{}`", unit.key)),
            Some(attribute) => (
                file.offset(attribute).saturating_sub(1),
                format!("`{}.{attribute}`", unit.key),
            ),
        };
        out.push(file.finding(
            at,
            "dropped-variable",
            format!("{what} does not use {}", list(&dropped)),
            format!(
                "include {} where it fits; {from} uses it",
                dropped
                    .iter()
                    .map(|n| format!("`{{ ${n} }}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
}

/// Warns about reference variables the message's comment does not mention.
/// Terms get their parameters from the messages that use them, so only
/// messages are checked.
fn undocumented(file: &Parsed, unit: &Unit, out: &mut Vec<Finding>) {
    if unit.is_term {
        return;
    }
    let comment = unit
        .comment
        .map(|c| c.content.join("\n"))
        .unwrap_or_default();
    let missing: Vec<&str> = all_variables(unit)
        .into_iter()
        .filter(|name| !mentions(&comment, name))
        .collect();
    if missing.is_empty() {
        return;
    }
    out.push(file.finding(
        file.unit_offset(unit),
        "undocumented-variable",
        format!(
            "{} of `{}` is not explained in a comment",
            list(&missing),
            unit.key
        ),
        format!(
            "add above it: `# Variables:` and a line `#   ${} (String) - what it is` per variable",
            missing[0]
        ),
    ));
}

/// Whether `comment` mentions `$name` as a whole word.
fn mentions(comment: &str, name: &str) -> bool {
    let needle = format!("${name}");
    comment.match_indices(&needle).any(|(at, _)| {
        !comment[at + needle.len()..]
            .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// `` `$a`, `$b` ``.
fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`${n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
