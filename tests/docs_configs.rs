//! The configs the documentation shows are configs the widget accepts: every
//! fenced ```` ```json ```` block in `README.md` and `docs/*.md` that is a JSON
//! object with a `version` (what every config has; the bridge messages and
//! CORS rules the guides show have none) — and each line of a ```` ```jsonl ````
//! block, one config per line — must pass the widget's own check
//! ([`member_notice::config_check::check_bytes`], as `cargo xtask config
//! check` and the operators' preview report it) without a problem or a
//! warning. An operator who copies an example then publishes a config the
//! widget applies, not one it refuses and replaces with the built-in notice.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use member_notice::config_check::check_bytes;

/// The repository's root.
fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An open fenced block: its first line's number, its kind (`json`, `jsonl`
/// or empty for any other) and its lines with their numbers.
type Block<'a> = (usize, &'a str, Vec<(usize, &'a str)>);

/// The config examples in a Markdown `text`: (line of the example, its text).
fn config_examples(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut block: Option<Block> = None;
    for (at, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        let fence = line.trim_start().starts_with("```");
        match (&mut block, fence) {
            (None, true) => {
                let info = line.trim_start().trim_start_matches('`').trim();
                block = Some((
                    at,
                    if info == "json" || info == "jsonl" {
                        info
                    } else {
                        ""
                    },
                    Vec::new(),
                ));
            }
            (Some(_), true) => {
                let (start, info, lines) = block.take().unwrap();
                match info {
                    "json" => {
                        let body: Vec<&str> = lines.iter().map(|&(_, l)| l).collect();
                        found.push((start + 1, body.join("\n")));
                    }
                    "jsonl" => found.extend(
                        lines
                            .into_iter()
                            .filter(|(_, l)| !l.trim().is_empty())
                            .map(|(n, l)| (n, l.to_owned())),
                    ),
                    _ => {}
                }
            }
            (Some((_, _, lines)), false) => lines.push((at, line)),
            (None, false) => {}
        }
    }
    found
        .into_iter()
        .filter(|(_, example)| {
            serde_json::from_str::<serde_json::Value>(example)
                .is_ok_and(|value| value.get("version").is_some())
        })
        .collect()
}

/// What is wrong with the config examples in `text` (from `doc`), one line each.
fn problems(doc: &Path, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (line, example) in config_examples(text) {
        let verdict = check_bytes(example.as_bytes());
        for problem in verdict.problems.iter().chain(&verdict.warnings) {
            found.push(format!(
                "{}:{line}: the config example {} /{}: {}",
                doc.display(),
                if verdict.accepted() {
                    "warns at"
                } else {
                    "is refused at"
                },
                problem.pointer.trim_start_matches('/'),
                problem.problem
            ));
        }
    }
    found
}

#[test]
fn every_config_the_docs_show_is_accepted_without_a_warning() {
    let mut docs = vec![repo().join("README.md")];
    let mut guides: Vec<PathBuf> = std::fs::read_dir(repo().join("docs"))
        .expect("docs/")
        .map(|entry| entry.expect("docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    guides.sort();
    docs.extend(guides);
    let mut found = Vec::new();
    let mut examples = 0;
    for doc in &docs {
        let text = std::fs::read_to_string(doc).expect("a doc");
        examples += config_examples(&text).len();
        found.extend(problems(doc.strip_prefix(repo()).unwrap_or(doc), &text));
    }
    // README's incident (3) and the operators' guide's (4 and its first example): so this
    // test cannot pass by finding nothing.
    assert!(
        examples >= 8,
        "only {examples} config examples found in the docs"
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_refused_example_and_a_warned_one_are_reported_and_other_json_is_not() {
    let text = "# Made up\n\n```json\n{ \"version\": \"x\", \"phase\": \"over\" }\n```\n\n\
        ```jsonl\n{ \"version\": \"x\" }\n{ \"version\": \"x\", \"activ\": true }\n```\n\n\
        ```json\n{ \"schema\": 1, \"type\": \"link\" }\n```\n\n\
        ```sh\n{ \"version\": 1 }\n```\n";
    assert_eq!(
        config_examples(text).len(),
        3,
        "{:#?}",
        config_examples(text)
    );
    let found = problems(Path::new("docs/made-up.md"), text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].starts_with("docs/made-up.md:4: the config example is refused at /phase"),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("docs/made-up.md:9: the config example warns at /activ"),
        "{}",
        found[1]
    );
}
