//! Renamed ids: a locale that lacks `notice-title` but has an unknown
//! `notice-titel` most likely renamed it. One finding then says so, instead
//! of an unrelated "missing" and "obsolete" pair.

use std::collections::BTreeSet;

use super::source::Unit;
use super::walk::{walk, Node};

/// Pairs of (index into `missing`, index into `unknown`) that look like one
/// entry renamed: the same kind (message or term), and either ids a few
/// typing mistakes apart, or the same distinctive shape (attributes,
/// variables, references, choices) with no other candidate of that shape.
/// Each entry is in at most one pair; closer ids win.
pub(crate) fn pairs(missing: &[&Unit], unknown: &[&Unit]) -> Vec<(usize, usize)> {
    let shapes_missing: Vec<Shape> = missing.iter().map(|u| Shape::of(u)).collect();
    let shapes_unknown: Vec<Shape> = unknown.iter().map(|u| Shape::of(u)).collect();

    // (rank, missing, unknown): similar ids first, by distance; then shapes.
    let mut candidates = Vec::new();
    for (m, wanted) in missing.iter().enumerate() {
        for (u, found) in unknown.iter().enumerate() {
            if wanted.is_term != found.is_term {
                continue;
            }
            let distance = edit_distance(wanted.name, found.name);
            if distance <= allowed_distance(wanted.name) {
                candidates.push((distance, m, u));
            } else if shapes_missing[m].is_distinctive()
                && shapes_missing[m] == shapes_unknown[u]
                && shapes_unknown
                    .iter()
                    .filter(|s| **s == shapes_missing[m])
                    .count()
                    == 1
                && shapes_missing
                    .iter()
                    .filter(|s| **s == shapes_unknown[u])
                    .count()
                    == 1
            {
                candidates.push((usize::MAX, m, u));
            }
        }
    }
    candidates.sort();
    let (mut used_m, mut used_u) = (BTreeSet::new(), BTreeSet::new());
    let mut pairs = Vec::new();
    for (_, m, u) in candidates {
        if !used_m.contains(&m) && !used_u.contains(&u) {
            used_m.insert(m);
            used_u.insert(u);
            pairs.push((m, u));
        }
    }
    pairs
}

/// How many edits make an id a likely typo or rename of `id`: a quarter of
/// its length, at least 1, at most 3 (`notice-title` → `notice-titel`).
fn allowed_distance(id: &str) -> usize {
    (id.chars().count() / 4).clamp(1, 3)
}

/// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`:
/// the optimal string alignment distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows: Vec<Vec<usize>> = (0..=a.len())
        .map(|i| (0..=b.len()).map(|j| if i == 0 { j } else { i }).collect())
        .collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// What an entry is made of, apart from its words.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    has_value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    choices: usize,
}

impl Shape {
    fn of(unit: &Unit) -> Self {
        let mut shape = Shape {
            has_value: unit.value.is_some(),
            attributes: unit
                .attributes
                .iter()
                .map(|a| a.id.name.to_owned())
                .collect(),
            variables: BTreeSet::new(),
            references: BTreeSet::new(),
            choices: 0,
        };
        for (_, pattern) in unit.patterns() {
            walk(pattern, &mut |node| match node {
                Node::Variable(name) => {
                    shape.variables.insert(name.to_owned());
                }
                Node::MessageRef { id, .. } => {
                    shape.references.insert(id.to_owned());
                }
                Node::TermRef { id, .. } => {
                    shape.references.insert(format!("-{id}"));
                }
                Node::Select { .. } => shape.choices += 1,
                Node::Text(_) | Node::Literal(_) => {}
            });
        }
        shape
    }

    /// Whether the shape says more than "some text": plain texts all look
    /// alike, so only a shape with parts can identify an entry.
    fn is_distinctive(&self) -> bool {
        !(self.attributes.is_empty()
            && self.variables.is_empty()
            && self.references.is_empty()
            && self.choices == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_as_one_edit() {
        assert_eq!(edit_distance("notice-title", "notice-titel"), 1);
        assert_eq!(edit_distance("it-provider", "it-provder"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("notice-title", "notice-title"), 0);
        // Different sections of the notice are not typos of each other.
        assert!(
            edit_distance("notice-data-title", "notice-fraud-title")
                > allowed_distance("notice-data-title")
        );
    }
}
