//! Each locale against the reference: missing and obsolete files, messages,
//! terms, attributes and values.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;

use super::finding::Finding;
use super::renames;
use super::source::{Locale, Parsed, Unit};
use super::Ctx;
use crate::l10n::shipped::GERMAN_ONLY_FILE;

/// Compares every non-reference locale with the reference: file by file, as
/// compare-locales does, except that only the German versions have the
/// reference's [`GERMAN_ONLY_FILE`].
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for locale in &ctx.others {
        let broken = locale.broken_keys();
        let german = ctx.is_german(locale.tag);
        for reference in &ctx.reference.files {
            if reference.file.name == GERMAN_ONLY_FILE && !german {
                continue;
            }
            match locale.file(&reference.file.name) {
                Some(file) => compare_file(ctx, locale, reference, file, &broken, out),
                None => out.push(missing_file(ctx, locale, reference)),
            }
        }
        for file in &locale.files {
            if ctx.reference.file(&file.file.name).is_none() {
                out.push(file.finding(
                    0,
                    "obsolete-file",
                    format!(
                        "{} does not exist, so this file is never used",
                        ctx.path(&format!("{}/{}", ctx.reference.tag, file.file.name))
                    ),
                    "delete it, or rename it to match a file of the reference",
                ));
            } else if file.file.name == GERMAN_ONLY_FILE && !german {
                out.push(file.finding(
                    0,
                    "obsolete-file",
                    format!(
                        "only the German versions have {GERMAN_ONLY_FILE}: the widget never shows its messages in `{}`",
                        locale.tag
                    ),
                    "delete it; this locale needs no translation of it",
                ));
            }
        }
    }
}

/// The reference's file `reference` is missing in `locale`; if the locale
/// has its messages in another file, the fix says to move them.
fn missing_file(ctx: &Ctx, locale: &Locale, reference: &Parsed) -> Finding {
    let path = ctx.path(&format!("{}/{}", locale.tag, reference.file.name));
    let elsewhere: Vec<(String, &str)> = first_definitions(reference)
        .iter()
        .filter(|wanted| !wanted.is_term)
        .filter_map(|wanted| {
            let (file, _) = locale.unit(&wanted.key)?;
            Some((format!("`{}`", wanted.key), file.path.as_str()))
        })
        .collect();
    let fix = match elsewhere.first() {
        Some((_, from)) => format!(
            "create {path} and move {} from {from} into it, as {} has them",
            elsewhere
                .iter()
                .map(|(key, _)| key.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            reference.path
        ),
        None => format!(
            "copy {} to {} and translate it",
            reference.path,
            ctx.path(&format!("{}/", locale.tag))
        ),
    };
    Finding::new(
        path,
        (1, 1),
        "missing-file",
        format!("the file is missing: {} has it", reference.path),
        fix,
    )
}

/// Compares one file with the reference file of the same name.
fn compare_file(
    ctx: &Ctx,
    locale: &Locale,
    reference: &Parsed,
    file: &Parsed,
    broken: &BTreeSet<String>,
    out: &mut Vec<Finding>,
) {
    let tag = file.file.locale.as_str();
    let reference_units = first_definitions(reference);
    let units = first_definitions(file);
    let has = |key: &str| units.iter().any(|u| u.key == key);
    let reference_broken = ctx.reference.broken_keys();

    let mut missing: Vec<(usize, &Unit)> = Vec::new();
    for (index, wanted) in reference_units.iter().enumerate() {
        if !ctx.expects(tag, &wanted.key) || has(&wanted.key) || broken.contains(&wanted.key) {
            continue;
        }
        // In another file of the locale: there, not missing.
        match locale.unit(&wanted.key) {
            Some((elsewhere, unit)) => out.push(misplaced(reference, wanted, elsewhere, &unit)),
            None => missing.push((index, wanted)),
        }
    }
    let mut unknown: Vec<&Unit> = Vec::new();
    for unit in &units {
        if !ctx.expects(tag, &unit.key) {
            out.push(never_shown(file, unit));
            continue;
        }
        match reference_units.iter().find(|r| r.key == unit.key) {
            Some(wanted) => compare_unit(reference, wanted, file, unit, out),
            // Another reference file has it: compared with that one (where
            // this is reported as misplaced), or only German shows it.
            None if reference_broken.contains(&unit.key)
                || ctx.is_used(&unit.key)
                || ctx.reference.unit(&unit.key).is_some() => {}
            None => unknown.push(unit),
        }
    }
    let missing_units: Vec<&Unit> = missing.iter().map(|(_, unit)| *unit).collect();
    let renamed = renames::pairs(&missing_units, &unknown);

    for (m, u) in &renamed {
        let (wanted, unit) = (missing_units[*m], unknown[*u]);
        out.push(file.finding(
            file.unit_offset(unit),
            "likely-rename",
            format!(
                "`{}` looks like a rename of the {} `{}` ({}:{}), which is missing here",
                unit.key,
                wanted.kind(),
                wanted.key,
                reference.path,
                reference.unit_line(wanted)
            ),
            format!(
                "rename it back to `{}`: the program looks texts up by their id",
                wanted.key
            ),
        ));
    }

    for (m, (index, wanted)) in missing.iter().enumerate() {
        if renamed.iter().any(|(paired, _)| *paired == m) {
            continue;
        }
        let line = where_it_goes(reference, &reference_units, *index, file, &units);
        let from = format!("{}:{}", reference.path, reference.unit_line(wanted));
        let (code, what, fix) = if wanted.is_term {
            (
                "missing-term",
                format!("the term `{}` is missing", wanted.key),
                format!("add it here as in {from} (names stay untranslated)"),
            )
        } else {
            (
                "missing-message",
                format!("`{}` is not translated", wanted.key),
                format!("add it here, translated from {from}"),
            )
        };
        out.push(file.finding_at_line(line, code, what, fix));
    }

    for (u, unit) in unknown.iter().enumerate() {
        if renamed.iter().any(|(_, paired)| *paired == u) {
            continue;
        }
        out.push(file.finding(
            file.unit_offset(unit),
            "obsolete-message",
            format!(
                "the {} `{}` is not in {} (obsolete)",
                unit.kind(),
                unit.key,
                reference.path
            ),
            "delete it, or check whether it was renamed in the reference",
        ));
    }
}

/// A message in another file of the locale than the reference has it in.
/// The widget reads all of a locale's files as one text, so members see it;
/// but the tools that compare a locale file by file (compare-locales,
/// Pontoon, Weblate) count it as missing in one file and obsolete in the
/// other, and a file only some locales have would carry it to the wrong ones.
fn misplaced(reference: &Parsed, wanted: &Unit, file: &Parsed, unit: &Unit) -> Finding {
    let target = format!("{}/{}", file.file.locale, reference.file.name);
    let target = match file.path.strip_suffix(&file.file.path()) {
        Some(base) => format!("{base}{target}"),
        None => target,
    };
    file.finding(
        file.unit_offset(unit),
        "misplaced-message",
        format!(
            "`{}` belongs in {target}, as in {}:{}, not in {}: tools that compare file by file \
             (compare-locales, Pontoon) count it as missing there",
            unit.key,
            reference.path,
            reference.unit_line(wanted),
            file.path,
        ),
        format!("move it to {target}"),
    )
}

/// A German-only message in another locale: the widget shows it only in
/// the German versions, so the translation is dead text. A warning under the
/// code for messages nothing uses: that is what it is here, and deleting it
/// is the fix.
fn never_shown(file: &Parsed, unit: &Unit) -> Finding {
    file.finding(
        file.unit_offset(unit),
        "unused-message",
        format!(
            "`{}` is never shown in `{}`: only the German versions have it",
            unit.key, file.file.locale
        ),
        "delete it; this locale needs no translation of it",
    )
}

/// Compares the value and attributes of one message or term.
fn compare_unit(
    reference: &Parsed,
    wanted: &Unit,
    file: &Parsed,
    unit: &Unit,
    out: &mut Vec<Finding>,
) {
    let from = format!("{}:{}", reference.path, reference.unit_line(wanted));
    let at = file.unit_offset(unit);
    match (wanted.value.is_some(), unit.value.is_some()) {
        (true, false) => out.push(file.finding(
            at,
            "missing-value",
            format!("`{}` has attributes but no text", unit.key),
            format!("write its text after `=`, translated from {from}"),
        )),
        (false, true) => out.push(file.finding(
            at,
            "obsolete-value",
            format!(
                "`{}` has text, but in {} it has only attributes",
                unit.key, reference.path
            ),
            "remove the text after `=` and keep the attributes",
        )),
        _ => {}
    }
    for attribute in wanted.attributes {
        let name = attribute.id.name;
        if !unit.attributes.iter().any(|a| a.id.name == name) {
            out.push(file.finding(
                at,
                "missing-attribute",
                format!("`{}` lacks the attribute `.{name}`", unit.key),
                format!("add `    .{name} = …` below it, translated from {from}"),
            ));
        }
    }
    for attribute in unit.attributes {
        let name = attribute.id.name;
        if !wanted.attributes.iter().any(|a| a.id.name == name) {
            out.push(file.finding(
                // The `.` before the attribute's name.
                file.offset(name).saturating_sub(1),
                "obsolete-attribute",
                format!("`{}` has no attribute `.{name}` in {from}", unit.key),
                "delete this attribute, or check whether it was renamed",
            ));
        }
    }
}

/// A file's messages and terms, each at its first definition.
fn first_definitions<'p, 's>(file: &'p Parsed<'s>) -> Vec<Unit<'p, 's>> {
    let mut seen = BTreeSet::new();
    file.units()
        .filter(|u| seen.insert(u.key.clone()))
        .collect()
}

/// The line where the missing `reference_units[index]` belongs in `file`.
/// Where it starts a section in the reference (a `##` comment right before
/// it), above the nearest later entry the file has; otherwise below the
/// nearest earlier one; else the first line.
fn where_it_goes(
    reference: &Parsed,
    reference_units: &[Unit],
    index: usize,
    file: &Parsed,
    units: &[Unit],
) -> usize {
    let find = |key: &str| units.iter().find(|u| u.key == key);
    let below = reference_units[..index]
        .iter()
        .rev()
        .find_map(|r| find(&r.key))
        .map(|before| file.line_after_entry(file.unit_line(before)));
    let above = reference_units[index + 1..]
        .iter()
        .find_map(|r| find(&r.key))
        .map(|after| file.unit_start_line(after));
    let choice = if starts_section(reference, &reference_units[index].key) {
        above.or(below)
    } else {
        below.or(above)
    };
    choice.unwrap_or(1)
}

/// Whether a group comment (`## …`) comes right before `key` in `file`.
fn starts_section(file: &Parsed, key: &str) -> bool {
    let mut after_group_comment = false;
    for entry in &file.body {
        let this = match entry {
            Entry::GroupComment(_) | Entry::ResourceComment(_) => {
                after_group_comment = true;
                continue;
            }
            Entry::Message(m) => m.id.name.to_owned(),
            Entry::Term(t) => format!("-{}", t.id.name),
            _ => continue,
        };
        if this == key {
            return after_group_comment;
        }
        after_group_comment = false;
    }
    false
}
