//! The size budget (`size-budget.toml`): what a first view of the banner by
//! script tag may cost in brotli bytes, in total and per file (the loader
//! with its bundled glue, the wasm, and the largest locale file — its
//! prerendered notices and text — of any locale). `cargo xtask
//! test` checks every build against it, so growth is seen when it happens.

use crate::size::FileSize;
use crate::util::root;

/// What a first view may cost at most, whatever the budget file says: 110
/// KiB brotli (issue 11). The budget's lines follow what releases reach;
/// this line is the promise to members on slow phones, so raising the total
/// past it is an error of the budget file, not a number to edit.
pub const CEILING: usize = 110 * 1024;

/// The files of a first view, by their role in the budget.
fn role(name: &str) -> Option<&'static str> {
    if name == crate::dist::ENTRY {
        Some("loader")
    } else if name.ends_with(".wasm") {
        Some("wasm")
    } else if name.starts_with("static/") && name.ends_with(".json") {
        Some("locale")
    } else {
        None
    }
}

/// Checks `sizes` (a `dist/` build) against `size-budget.toml`; the error
/// names every line over budget and the file behind it.
pub fn check(sizes: &[FileSize]) -> Result<String, String> {
    let file = root().join("size-budget.toml");
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    check_against(sizes, &text)
}

/// [`check`] against the budget `text` (TOML).
fn check_against(sizes: &[FileSize], text: &str) -> Result<String, String> {
    let budget: toml::Table = text
        .parse()
        .map_err(|e| format!("size-budget.toml is not valid TOML: {e}"))?;
    let limit = |table: &str, key: &str| -> Result<usize, String> {
        budget
            .get(table)
            .and_then(|t| t.get(key))
            .and_then(|v| v.as_integer())
            .and_then(|v| usize::try_from(v).ok())
            .ok_or_else(|| format!("size-budget.toml has no [{table}] {key} (a number of bytes)"))
    };

    // Per role the largest file (a view in any locale but German fetches its
    // locale's file; a German banner none).
    let mut largest: Vec<(&str, &FileSize)> = Vec::new();
    for size in sizes {
        let Some(role) = role(&size.name) else {
            continue;
        };
        match largest.iter_mut().find(|(r, _)| *r == role) {
            Some(entry) if entry.1.brotli < size.brotli => entry.1 = size,
            Some(_) => {}
            None => largest.push((role, size)),
        }
    }
    let mut over = Vec::new();
    let mut report = String::new();
    let mut total = 0;
    for role in ["loader", "wasm", "locale"] {
        let (_, size) = largest
            .iter()
            .find(|(r, _)| *r == role)
            .ok_or_else(|| format!("the build has no {role} file to measure"))?;
        let allowed = limit("files", role)?;
        total += size.brotli;
        report.push_str(&format!(
            "  {role:<12} {:>8} of {allowed:>8} bytes brotli ({})\n",
            size.brotli, size.name
        ));
        if size.brotli > allowed {
            over.push(format!(
                "{} is {} bytes brotli, over its budget of {allowed} ([files] {role})",
                size.name, size.brotli
            ));
        }
    }
    let allowed = limit("first_view", "total")?;
    if allowed > CEILING {
        return Err(format!(
            "size-budget.toml: [first_view] total = {allowed} is over the ceiling of {CEILING} \
             bytes (110 KiB) a first view may cost; make the build smaller instead"
        ));
    }
    report.push_str(&format!(
        "  {:<12} {total:>8} of {allowed:>8} bytes brotli\n",
        "first view"
    ));
    if total > allowed {
        over.push(format!(
            "the first view is {total} bytes brotli, over its budget of {allowed} ([first_view] total)"
        ));
    }
    if over.is_empty() {
        Ok(report)
    } else {
        Err(format!(
            "over the size budget in size-budget.toml:\n  {}\n{report}",
            over.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{check_against, role};
    use crate::size::FileSize;

    fn size(name: &str, brotli: usize) -> FileSize {
        FileSize {
            name: name.into(),
            raw: brotli * 3,
            gzip: brotli * 2,
            brotli,
        }
    }

    const BUDGET: &str =
        "[first_view]\ntotal = 180\n[files]\nloader = 10\nwasm = 150\nlocale = 20\n";

    fn build(wasm: usize) -> Vec<FileSize> {
        vec![
            size("member-notice.js", 10),
            size("member-notice-0123456789abcdef.wasm", wasm),
            size("static/de-0123456789abcdef.json", 5),
            size("static/uk-0123456789abcdef.json", 15),
            size("static/uk.full.html", 999),
            size("webview.html", 999),
        ]
    }

    #[test]
    fn a_build_within_budget_passes_and_counts_the_largest_locale_file() {
        let report = check_against(&build(150), BUDGET).unwrap();
        assert!(report.contains("175 of      180"), "{report}");
        assert!(
            report.contains("static/uk-0123456789abcdef.json"),
            "{report}"
        );
    }

    #[test]
    fn a_file_that_grew_is_named() {
        let error = check_against(&build(151), BUDGET).unwrap_err();
        assert!(
            error.contains(
                "member-notice-0123456789abcdef.wasm is 151 bytes brotli, over its budget of 150"
            ),
            "{error}"
        );
        assert!(
            !error.contains("first view is"),
            "176 is still within the total: {error}"
        );
        let error = check_against(&build(170), BUDGET).unwrap_err();
        assert!(
            error.contains("the first view is 195 bytes brotli, over its budget of 180"),
            "{error}"
        );
    }

    #[test]
    fn the_total_may_not_pass_the_ceiling() {
        let budget = BUDGET.replace("total = 180", &format!("total = {}", super::CEILING + 1));
        let error = check_against(&build(150), &budget).unwrap_err();
        assert!(error.contains("over the ceiling of 112640"), "{error}");
        let budget = BUDGET.replace("total = 180", &format!("total = {}", super::CEILING));
        assert!(check_against(&build(150), &budget).is_ok());
    }

    #[test]
    fn files_by_role() {
        assert_eq!(role("member-notice.js"), Some("loader"));
        assert_eq!(role("member-notice-0123456789abcdef.js"), None);
        assert_eq!(role("member-notice-0123456789abcdef.wasm"), Some("wasm"));
        assert_eq!(role("static/uk-0123456789abcdef.json"), Some("locale"));
        assert_eq!(role("static/de.html"), None);
        assert_eq!(role("member-notice-0123456789abcdef.css"), None);
    }
}
