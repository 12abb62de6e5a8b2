//! The program's side: message ids and terms the Rust code uses must exist;
//! reference messages nothing uses are probably left over.

use std::collections::BTreeSet;

use super::finding::Finding;
use super::walk::{walk, Node};
use super::{Ctx, Usage};
use crate::l10n::shipped::{FILES, GERMAN_ONLY_FILE};

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

    // Ids every locale shows, then those only the German versions show
    // (in their own file, which only the German versions have).
    let german_only_path = ctx.path(&format!("{}/{GERMAN_ONLY_FILE}", reference.tag));
    let required = [
        (
            usage.messages,
            "the widget shows",
            format!("add `{{id}} = …` to {} and translate it in every locale", main.path),
        ),
        (
            usage.german_only,
            "the German versions show",
            format!("add `{{id}} = …` to {german_only_path}, and to the other German versions' {GERMAN_ONLY_FILE} only"),
        ),
    ];
    for (ids, shown, fix) in required {
        for id in ids.iter().filter(|id| !defined.contains(**id)) {
            out.push(main.finding_at_line(
                1,
                "id-not-in-reference",
                format!(
                    "{shown} `{id}`, but {} does not define it",
                    reference_name(ctx)
                ),
                fix.replace("{id}", id),
            ));
        }
    }
    placement(ctx, usage, out);
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

/// How findings name the reference's text: its one file, or its folder.
fn reference_name(ctx: &Ctx) -> String {
    match ctx.reference.files.as_slice() {
        [only] => only.path.clone(),
        _ => ctx.path(&format!("{}/", ctx.reference.tag)),
    }
}

/// Where the reference keeps each message: those only the German versions
/// show in [`GERMAN_ONLY_FILE`], which only they have; every other message
/// and term in the files every locale translates. The widget would show
/// either way (it reads a locale's files as one text), but translators'
/// tools go by the files: they would ask every language for a German-only
/// message, or no other language for a message every locale shows.
fn placement(ctx: &Ctx, usage: Usage, out: &mut Vec<Finding>) {
    let reference = &ctx.reference;
    for file in &reference.files {
        let in_german_only_file = file.file.name == GERMAN_ONLY_FILE;
        for unit in file.units() {
            let german_only = !unit.is_term && usage.german_only.contains(&unit.name);
            let everywhere = if unit.is_term {
                usage.terms.contains(&unit.name)
            } else {
                usage.messages.contains(&unit.name)
            };
            let (what, target) = match (german_only, everywhere, in_german_only_file) {
                (true, _, false) => (
                    "is shown only in the German versions, but every locale translates this file: \
                     translators' tools (compare-locales, Pontoon) would ask every language for it",
                    GERMAN_ONLY_FILE,
                ),
                (false, true, true) => (
                    "is needed in every locale, but only the German versions have this file: \
                     translators' tools would ask no other language for it",
                    FILES[0],
                ),
                _ => continue,
            };
            let target = ctx.path(&format!("{}/{target}", reference.tag));
            out.push(file.finding(
                file.unit_offset(&unit),
                "misplaced-message",
                format!("the {} `{}` {what}", unit.kind(), unit.key),
                format!("move it to {target}, in the other German versions too"),
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
