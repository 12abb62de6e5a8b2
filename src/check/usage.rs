//! The program's side: message ids and terms the Rust code uses must exist;
//! reference messages nothing uses are probably left over.

use std::collections::BTreeSet;

use super::finding::Finding;
use super::walk::{walk, Node};
use super::Ctx;

/// Compares what the code uses ([`super::Usage`]) with the reference, and
/// checks the required terms in every locale.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(usage) = ctx.usage else { return };
    let reference = &ctx.reference;
    let Some(main) = reference.main_file() else {
        return;
    };
    let mut defined = reference.keys();
    defined.extend(reference.broken_keys());

    // Ids every locale shows, then those only the German versions show.
    let required = [
        (
            usage.messages,
            "the widget shows",
            "and translate it in every locale",
        ),
        (
            usage.german_only,
            "the German versions show",
            "and to the other German versions only",
        ),
    ];
    for (ids, shown, where_else) in required {
        for id in ids.iter().filter(|id| !defined.contains(**id)) {
            out.push(main.finding_at_line(
                1,
                "id-not-in-reference",
                format!("{shown} `{id}`, but {} does not define it", main.path),
                format!("add `{id} = …` to {} {where_else}", main.path),
            ));
        }
    }
    for term in usage.terms {
        let key = format!("-{term}");
        if !defined.contains(&key) {
            out.push(main.finding_at_line(
                1,
                "id-not-in-reference",
                format!(
                    "the widget needs the term `{key}`, but {} does not define it",
                    main.path
                ),
                format!("add `{key} = …` to {}", main.path),
            ));
        }
        // Where the reference has the term, the comparison reports gaps.
        for locale in ctx.others.iter().filter(|_| !defined.contains(&key)) {
            let have = locale.keys().contains(&key) || locale.broken_keys().contains(&key);
            if let (false, Some(file)) = (have, locale.main_file()) {
                out.push(file.finding_at_line(
                    1,
                    "missing-term",
                    format!("the term `{key}` is missing; the widget needs it"),
                    format!("add `{key} = …` (names stay untranslated)"),
                ));
            }
        }
    }

    let referenced = referenced_keys(ctx);
    for file in &reference.files {
        for unit in file.units() {
            let used = if unit.is_term {
                usage.terms.contains(&unit.name)
            } else {
                usage.messages.contains(&unit.name) || usage.german_only.contains(&unit.name)
            };
            if used || referenced.contains(&unit.key) {
                continue;
            }
            out.push(file.finding(
                file.unit_offset(&unit),
                "unused-message",
                format!(
                    "nothing in the widget uses the {} `{}`",
                    unit.kind(),
                    unit.key
                ),
                "delete it in every locale, or ask the developers whether it is still needed",
            ));
        }
    }
}

/// Keys the reference's own messages refer to (`{ -brand-name }`).
fn referenced_keys(ctx: &Ctx) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for file in &ctx.reference.files {
        for unit in file.units() {
            for (_, pattern) in unit.patterns() {
                walk(pattern, &mut |node| match node {
                    Node::MessageRef { id, .. } => {
                        keys.insert(id.to_owned());
                    }
                    Node::TermRef { id, .. } => {
                        keys.insert(format!("-{id}"));
                    }
                    _ => {}
                });
            }
        }
    }
    keys
}
