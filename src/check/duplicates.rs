//! Ids defined twice in one locale, and attributes given twice in one message.

use std::collections::BTreeMap;

use super::finding::Finding;
use super::Ctx;

/// Reports every definition after the first of the same id in a locale
/// (Fluent keeps the first), and repeated attributes.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for locale in ctx.all() {
        let mut first: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for file in &locale.files {
            for unit in file.units() {
                let line = file.unit_line(&unit);
                if let Some((path, first_line)) = first.get(&unit.key) {
                    let place = if *path == file.path {
                        format!("line {first_line}")
                    } else {
                        format!("{path}:{first_line}")
                    };
                    out.push(file.finding(
                        file.unit_offset(&unit),
                        "duplicate-id",
                        format!("`{}` is defined twice (first at {place})", unit.key),
                        "keep one of them and delete the other; only the first is used",
                    ));
                } else {
                    first.insert(unit.key.clone(), (file.path.clone(), line));
                }
                for (index, attribute) in unit.attributes.iter().enumerate() {
                    let name = attribute.id.name;
                    if unit.attributes[..index].iter().any(|a| a.id.name == name) {
                        out.push(file.finding(
                            file.offset(name).saturating_sub(1),
                            "duplicate-attribute",
                            format!("`{}` has the attribute `.{name}` twice", unit.key),
                            "keep one of them and delete the other",
                        ));
                    }
                }
            }
        }
    }
}
