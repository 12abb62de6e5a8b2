//! The web teams' table of locales (`docs/web-teams.md`, section *Language*)
//! against the one list, `src/l10n/locales.rs`: a row per locale in the
//! list's order, with its name and direction, and every tag the table says
//! reaches a locale does.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::l10n::{match_tag, EASY_READ, LOCALES};

const GUIDE: &str = include_str!("../docs/web-teams.md");
const START: &str = "<!-- locales:";
const END: &str = "<!-- /locales -->";

/// One row of the table: its cells, without the backticks around a tag.
struct Row {
    tag: String,
    name: String,
    direction: String,
    reached_by: String,
}

/// The rows between the markers, below the header and its rule.
fn rows() -> Vec<Row> {
    let start = GUIDE
        .find(START)
        .expect("docs/web-teams.md has the locale table's start marker");
    let end = GUIDE[start..]
        .find(END)
        .map(|at| start + at)
        .expect("docs/web-teams.md has the locale table's end marker");
    GUIDE[start..end]
        .lines()
        .filter(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 4, "a row has 4 cells: {line}");
            Row {
                tag: cells[0].trim_matches('`').to_owned(),
                name: cells[1].to_owned(),
                direction: cells[2].to_owned(),
                reached_by: cells[3].to_owned(),
            }
        })
        .collect()
}

/// The tags in backticks in `cell`.
fn quoted(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

#[test]
fn the_locale_table_has_a_row_per_shipped_locale_in_the_lists_order() {
    let table: Vec<(String, String, String)> = rows()
        .into_iter()
        .map(|row| (row.tag, row.name, row.direction))
        .collect();
    let list: Vec<(String, String, String)> = LOCALES
        .iter()
        .map(|l| {
            (
                l.tag.to_owned(),
                l.native_name.to_owned(),
                l.direction.as_str().to_owned(),
            )
        })
        .collect();
    let missing: Vec<String> = list
        .iter()
        .filter(|entry| !table.contains(entry))
        .map(|(tag, name, direction)| format!("| `{tag}` | {name} | {direction} | `{tag}-…` |"))
        .collect();
    assert_eq!(
        table,
        list,
        "docs/web-teams.md's table of locales (section Language) does not match \
         src/l10n/locales.rs — put its rows in the list's order; rows to add or correct:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_tag_the_table_names_reaches_its_rows_locale() {
    for row in rows() {
        let tags = quoted(&row.reached_by);
        if row.tag == EASY_READ {
            // Chosen only by name: no browser or page language reaches it.
            assert!(
                row.reached_by.starts_with("only by its name"),
                "{}",
                row.reached_by
            );
            assert!(match_tag(&row.tag).is_none());
            continue;
        }
        assert!(
            !tags.is_empty(),
            "`{}` names no tag that reaches it",
            row.tag
        );
        for tag in tags {
            assert_eq!(
                match_tag(tag).map(|l| l.tag),
                Some(row.tag.as_str()),
                "docs/web-teams.md says `{tag}` reaches `{}`",
                row.tag
            );
        }
    }
}
