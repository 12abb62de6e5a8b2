//! The documentation's links and file paths lead somewhere: in `README.md`,
//! every `docs/*.md` and `i18n/README.md`, each relative link names a file
//! of the repository (and, with `#anchor`, a heading of it), and each
//! repository path the text names in backticks exists. A file that moves or
//! a heading that is renamed then fails here, not for a reader.
//!
//! The rules, outside fenced code blocks (code there is an example, not a
//! claim about the repository):
//!
//! - **Links** `[text](target)`, `![alt](target)` and `[label]: target`:
//!   a target with a scheme (`https:`, `mailto:` …) is not checked; any other
//!   is a path relative to the document's folder (a leading `/`: to the
//!   repository's root) that must exist, and its `#anchor` must be a heading
//!   of the target (of the document itself for a bare `#anchor`), as GitHub
//!   spells it ([`slug`]). An anchor into a file that is not Markdown
//!   (`#L10`) is not checked.
//! - **Backticked paths**: a code span that is a path token — only letters,
//!   digits and `.`, `_`, `-`, `/`; at least one `/`; not starting with `/`
//!   (a URL path on a site, such as `/demo/preview.html`) — and that ends in
//!   `/` (a folder) or in a file name with one of [`EXTENSIONS`] must exist,
//!   from the repository's root or from the document's folder. So
//!   `src/embed/render.rs`, `e2e/` and, in `i18n/README.md`, `de/notice.ftl`
//!   are checked; `text/plain`, `path/to/folder` and `Cargo.toml` (no `/`)
//!   are not.
//! - **Not checked, on purpose**: placeholders (a span with `<locale>`, `…`,
//!   `*` or a space is no path token) and what a build makes or git ignores
//!   ([`GENERATED`]: `dist/…`, `target/…`, the fuzz corpus).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// File name endings that make a backticked token a repository path.
const EXTENSIONS: &[&str] = &[
    "rs", "md", "mjs", "js", "ts", "json", "toml", "css", "html", "ftl", "png", "lock", "txt",
    "sh", "yml", "yaml",
];

/// Paths a build writes or git ignores: named in the docs, never in a checkout.
const GENERATED: &[&str] = &[
    "dist/",
    "target/",
    "node_modules/",
    "fuzz/corpus/",
    "fuzz/artifacts/",
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The documents this test holds to their links: the README, every
/// Markdown file in `docs/` and the translators' guide.
fn documents() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repo().join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.expect("docs/ can be listed").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .map(|path| path.strip_prefix(repo()).expect("in the repo").to_owned())
        .collect();
    docs.sort();
    docs.insert(0, PathBuf::from("README.md"));
    docs.push(PathBuf::from("i18n/README.md"));
    docs
}

/// A document's text outside fenced code blocks, as (line number, line);
/// the lines of a fence and its contents are left out.
fn prose(text: &str) -> Vec<(usize, &str)> {
    let mut lines = Vec::new();
    // The open fence's character and length.
    let mut fence: Option<(char, usize)> = None;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let run = |c: char| trimmed.chars().take_while(|&x| x == c).count();
        let marker = ['`', '~'].into_iter().find(|&c| run(c) >= 3);
        match (fence, marker) {
            (None, Some(c)) => fence = Some((c, run(c))),
            (Some((c, n)), Some(m))
                if m == c && run(c) >= n && trimmed[run(c)..].trim().is_empty() =>
            {
                fence = None
            }
            (None, None) => lines.push((index + 1, line)),
            _ => {}
        }
    }
    lines
}

/// GitHub's anchor for a heading's text: the text as shown (no backticks,
/// a link's text without its target), lowercase, without punctuation
/// (letters, digits, `-` and `_` stay), spaces turned into `-`.
fn slug(heading: &str) -> String {
    let mut shown = String::new();
    let mut rest = heading;
    // `[text](target)` shows as `text`.
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|at| open + at) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|at| close + at) else {
            break;
        };
        shown.push_str(&rest[..open]);
        shown.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    shown.push_str(rest);
    shown
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a document's headings, with GitHub's `-1`, `-2` … for a
/// heading text that repeats.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (_, line) in prose(text) {
        let level = line.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&level) || !line[level..].starts_with(' ') {
            continue;
        }
        let base = slug(line[level..].trim().trim_end_matches('#').trim());
        let mut anchor = base.clone();
        let mut n = 0;
        while !found.insert(anchor.clone()) {
            n += 1;
            anchor = format!("{base}-{n}");
        }
    }
    found
}

/// What the prose says, split into code spans and the rest: (line of the
/// span's start, the span's content) and the text with every span blanked
/// out, so a `[x](y)` inside backticks is not taken for a link. A span may
/// cross a line break, as in CommonMark.
struct Spans {
    code: Vec<(usize, String)>,
    /// (line number, the line with code spans replaced by spaces).
    rest: Vec<(usize, String)>,
}

fn spans(text: &str) -> Spans {
    let lines = prose(text);
    let mut code = Vec::new();
    let mut rest: Vec<(usize, String)> = lines.iter().map(|(n, _)| (*n, String::new())).collect();
    // Open span: its backtick count, its first line and its content so far.
    let mut open: Option<(usize, usize, String)> = None;
    for (index, (number, line)) in lines.iter().enumerate() {
        // A blank line ends a paragraph, and an unclosed span with it.
        if line.trim().is_empty() {
            if let Some((ticks, _, content)) = open.take() {
                rest[index - 1].1.push_str(&"`".repeat(ticks));
                rest[index - 1].1.push_str(&content);
            }
            continue;
        }
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c != '`' {
                match &mut open {
                    Some((_, _, content)) => content.push(c),
                    None => rest[index].1.push(c),
                }
                continue;
            }
            let mut ticks = 1;
            while chars.next_if(|&(_, c)| c == '`').is_some() {
                ticks += 1;
            }
            match &mut open {
                Some((n, start, content)) if *n == ticks => {
                    code.push((*start, content.trim().to_owned()));
                    rest[index].1.push_str(&" ".repeat(ticks));
                    open = None;
                }
                Some((_, _, content)) => content.push_str(&line[at..at + ticks]),
                None => {
                    rest[index].1.push_str(&" ".repeat(ticks));
                    open = Some((ticks, *number, String::new()));
                }
            }
        }
        if let Some((_, _, content)) = &mut open {
            content.push(' ');
        }
    }
    Spans { code, rest }
}

/// The link targets on a line (code spans already blanked out): inline
/// links and images, and a reference definition's target.
fn link_targets(line: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let trimmed = line.trim_start();
    if trimmed.starts_with('[') {
        if let Some(colon) = trimmed.find("]:") {
            if let Some(target) = trimmed[colon + 2..].split_whitespace().next() {
                targets.push(target.trim_matches(['<', '>']).to_owned());
            }
        }
    }
    let mut rest = line;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        if let Some(target) = after[..end].split_whitespace().next() {
            targets.push(target.trim_matches(['<', '>']).to_owned());
        }
        rest = &after[end..];
    }
    targets
}

/// `path` with `.` and `..` resolved, or `None` if it leaves the repository.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Normal(part) => out.push(part),
            _ => return None,
        }
    }
    Some(out)
}

/// Whether a backticked token is a repository path by the module's rule.
fn is_path_token(token: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/');
    if token.is_empty()
        || !token.chars().all(allowed)
        || !token.contains('/')
        || token.starts_with('/')
        || token.contains("//")
        || GENERATED.iter().any(|prefix| token.starts_with(prefix))
    {
        return false;
    }
    token.ends_with('/')
        || token
            .rsplit('/')
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
}

/// Every broken link and missing path of the document at `doc` (relative to
/// the repository) whose text is `text`, as `doc:line: what — fix`.
fn problems(doc: &Path, text: &str) -> Vec<String> {
    let root = repo();
    let folder = doc.parent().unwrap_or(Path::new(""));
    let spans = spans(text);
    let mut found = Vec::new();
    for (line, content) in &spans.rest {
        for target in link_targets(content) {
            if target.contains(':') && !target.starts_with('#') {
                continue; // https:, mailto: …
            }
            let (path, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let file = if path.is_empty() {
                // An anchor in this document, whose text is at hand.
                if !anchor.is_empty() && !anchors(text).contains(anchor) {
                    found.push(format!(
                        "{}:{line}: link `{target}`: this document has no heading with that \
                         anchor — its anchors are: {}",
                        doc.display(),
                        anchors(text).into_iter().collect::<Vec<_>>().join(", ")
                    ));
                }
                continue;
            } else if let Some(from_root) = path.strip_prefix('/') {
                normalize(Path::new(from_root))
            } else {
                normalize(&folder.join(path))
            };
            let Some(file) = file.filter(|file| root.join(file).exists()) else {
                found.push(format!(
                    "{}:{line}: link `{target}` leads to no file of the repository (from {}) \
                     — fix the path, or link to where the file is now",
                    doc.display(),
                    if folder.as_os_str().is_empty() {
                        "the root".to_owned()
                    } else {
                        format!("{}/", folder.display())
                    },
                ));
                continue;
            };
            if anchor.is_empty() || file.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let target_text = std::fs::read_to_string(root.join(&file))
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let headings = anchors(&target_text);
            if !headings.contains(anchor) {
                found.push(format!(
                    "{}:{line}: link `{target}`: {} has no heading with the anchor `#{anchor}` \
                     — its anchors are: {}",
                    doc.display(),
                    file.display(),
                    headings.into_iter().collect::<Vec<_>>().join(", ")
                ));
            }
        }
    }
    for (line, token) in &spans.code {
        if !is_path_token(token) {
            continue;
        }
        let in_folder = normalize(&folder.join(token));
        let exists = root.join(token).exists() || in_folder.is_some_and(|p| root.join(p).exists());
        if !exists {
            found.push(format!(
                "{}:{line}: `{token}` names no file or folder of the repository (from the root \
                 or from the document's folder) — fix the path; a placeholder needs `<…>` \
                 (tests/docs_links.rs says which paths are checked)",
                doc.display()
            ));
        }
    }
    found
}

#[test]
fn every_link_and_path_in_the_docs_exists() {
    let mut found = Vec::new();
    for doc in documents() {
        let text = std::fs::read_to_string(repo().join(&doc))
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", doc.display()));
        found.extend(problems(&doc, &text));
    }
    assert!(
        found.is_empty(),
        "{} broken link(s) or path(s) in the docs:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_readme_is_a_map_to_every_audiences_guide() {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README.md");
    let lines = readme.lines().count();
    assert!(
        lines <= 200,
        "README.md has {lines} lines: it is the map (what it is, the two commands, where each \
         audience goes) — move the detail into the guide under docs/ it belongs to"
    );
    let linked: BTreeSet<String> = spans(&readme)
        .rest
        .iter()
        .flat_map(|(_, line)| link_targets(line))
        .map(|target| target.split('#').next().unwrap_or_default().to_owned())
        .collect();
    for guide in [
        "docs/web-teams.md",
        "docs/app-teams.md",
        "docs/operators.md",
        "i18n/README.md",
        "docs/security.md",
        "docs/architecture.md",
        "docs/testing.md",
    ] {
        assert!(
            linked.contains(guide),
            "README.md does not link to {guide}: add it to the list of guides by audience"
        );
    }
}

// The checker itself, on made-up documents in the real repository.

#[test]
fn a_broken_link_a_missing_anchor_and_a_missing_path_are_each_reported() {
    let doc = Path::new("docs/made-up.md");
    let text = "# Title\n\n\
        [fine](../README.md) [fine too](#title) [web](https://example.org/x.md)\n\
        [gone](no-such-file.md) and [lost](../README.md#no-such-heading)\n\
        `src/embed/render.rs` `e2e/` `notice.example.json` `i18n/<locale>/notice.ftl`\n\
        `src/embed/gone.rs` `dist/member-notice.js` `text/plain` `/demo/preview.html`\n\
        ```sh\n[in code](nowhere.md) `src/in/code.rs`\n```\n\
        `[not a link](nowhere.md)` and a span `across\nlines/x.rs`\n";
    let found = problems(doc, text);
    let named = |what: &str| found.iter().filter(|p| p.contains(what)).count();
    assert_eq!(named("`no-such-file.md`"), 1, "{found:#?}");
    assert_eq!(named("#no-such-heading"), 1, "{found:#?}");
    assert_eq!(named("`src/embed/gone.rs`"), 1, "{found:#?}");
    assert_eq!(
        named("`across lines/x.rs`"),
        0,
        "a span with a space is no path"
    );
    assert_eq!(found.len(), 3, "only those three: {found:#?}");
    assert!(found[0].starts_with("docs/made-up.md:4:"), "{}", found[0]);
}

#[test]
fn anchors_are_spelled_as_github_spells_them() {
    assert_eq!(slug("Deploying `dist/`"), "deploying-dist");
    assert_eq!(
        slug("Trusted origins: `member-notice.toml`"),
        "trusted-origins-member-noticetoml"
    );
    assert_eq!(
        slug("The notice in the page's own HTML (instant, and readable without JavaScript)"),
        "the-notice-in-the-pages-own-html-instant-and-readable-without-javascript"
    );
    assert_eq!(
        slug("`syntax-error` — the file cannot be read here"),
        "syntax-error--the-file-cannot-be-read-here"
    );
    assert_eq!(slug("Leichte Sprache (de-x-ls)"), "leichte-sprache-de-x-ls");
    assert_eq!(slug("Über [die Gebärden](x.md)"), "über-die-gebärden");
    let repeated = anchors("# A\n## Notes\n### Notes\n```\n# Not a heading\n```\n#NoSpace\n");
    assert_eq!(
        repeated.into_iter().collect::<Vec<_>>(),
        ["a", "notes", "notes-1"]
    );
}
