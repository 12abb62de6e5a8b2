//! The config's JSON Schema as the release ships it: `schema/notice-config.schema.json`
//! with the two things that belong to a build filled in from `member-notice.toml` — the
//! origins links may point to (`[trusted] links`) and the schema's own address (`$id`,
//! where `[deploy] public_path` serves `dist/`). Everything else is the source as written.
//!
//! The source is edited as text and the filled values replace its own exactly (each
//! found once), so the file keeps its order and layout; for this repository's
//! `member-notice.toml` the release file is the source itself (tested).

use crate::util::root;

/// The schema's source in the repository.
pub const SOURCE: &str = "schema/notice-config.schema.json";

/// Its name in `dist/`.
pub const NAME: &str = "notice-config.schema.json";

/// The release's schema text: the source at `root`/[`SOURCE`], filled for this build.
pub fn release() -> Result<String, String> {
    let path = root().join(SOURCE);
    let source = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let public = crate::prerender::public_path()?;
    fill(&source, member_notice::trust::LINK_ORIGINS, &public)
}

/// `source` with `$id` at `public_path` and `$defs/trustedLink` (its pattern and
/// description) for the trusted link origins `origins`.
pub fn fill(source: &str, origins: &[&str], public_path: &str) -> Result<String, String> {
    let schema: serde_json::Value =
        serde_json::from_str(source).map_err(|e| format!("{SOURCE} is not valid JSON: {e}"))?;
    let at = |pointer: &str| {
        schema
            .pointer(pointer)
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| format!("{SOURCE} has no string at {pointer}"))
    };
    let mut text = source.to_owned();
    for (pointer, value) in [
        ("/$id", format!("{public_path}{NAME}")),
        ("/$defs/trustedLink/pattern", trusted_link_pattern(origins)),
        (
            "/$defs/trustedLink/description",
            trusted_link_description(origins),
        ),
    ] {
        let old = serde_json::Value::from(at(pointer)?).to_string();
        let new = serde_json::Value::from(value).to_string();
        if text.matches(&old).count() != 1 {
            return Err(format!(
                "{SOURCE}: the value at {pointer} must be written exactly once in the file, \
                 so the build can fill it in"
            ));
        }
        text = text.replace(&old, &new);
    }
    Ok(text)
}

/// Whitespace the widget trims (Rust's `char::is_whitespace`: Unicode White_Space),
/// as the inside of a character class; the same as the source's patterns use.
const WHITESPACE: &str =
    r"\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/// An `https:` URL whose origin is one of `origins` (as `config::check_link`
/// decides): the scheme and host in any case, the default port written or
/// not, then nothing, or a path, query or fragment. Nothing matches when no
/// origin is trusted.
pub fn trusted_link_pattern(origins: &[&str]) -> String {
    let hosts: Vec<String> = origins
        .iter()
        .map(|origin| {
            let authority = origin.trim_start_matches("https://");
            let (host, port) = match authority.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority, None),
            };
            let mut pattern = String::new();
            for c in host.chars() {
                match c {
                    'a'..='z' => pattern.push_str(&format!("[{}{c}]", c.to_ascii_uppercase())),
                    '.' => pattern.push_str(r"\."),
                    _ => pattern.push(c),
                }
            }
            match port {
                Some(port) => pattern.push_str(&format!(":{port}")),
                None => pattern.push_str("(?::443)?"),
            }
            pattern
        })
        .collect();
    let hosts = if hosts.is_empty() {
        r"[^\s\S]".to_owned()
    } else {
        hosts.join("|")
    };
    format!("^[{WHITESPACE}]*[Hh][Tt][Tt][Pp][Ss]://(?:{hosts})(?:[/?#][\\s\\S]*)?[{WHITESPACE}]*$")
}

/// What [`trusted_link_pattern`] accepts, in words, naming the origins.
fn trusted_link_description(origins: &[&str]) -> String {
    let which = if origins.is_empty() {
        "none: this build accepts no https: link, only paths on the page's own site".to_owned()
    } else {
        origins.join(", ")
    };
    format!(
        "An https: URL on an origin `[trusted] links` in member-notice.toml lists, written into \
         this file by `cargo xtask dist` — this build: {which}."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_is_the_release_schema_of_this_repository() {
        let source = std::fs::read_to_string(root().join(SOURCE)).unwrap();
        let release = release().unwrap();
        assert!(
            source == release,
            "{SOURCE} differs from what `cargo xtask dist` makes of it for member-notice.toml: \
             write this into it:\n{release}"
        );
    }

    #[test]
    fn another_build_gets_its_own_origins_and_address() {
        let source = std::fs::read_to_string(root().join(SOURCE)).unwrap();
        let filled = fill(
            &source,
            &[
                "https://www.aok.de",
                "https://notice.example-insurer.de:8443",
            ],
            "https://cdn.example.org/member-notice/",
        )
        .unwrap();
        let schema: serde_json::Value = serde_json::from_str(&filled).unwrap();
        assert_eq!(
            schema["$id"],
            "https://cdn.example.org/member-notice/notice-config.schema.json"
        );
        let pattern = schema["$defs"]["trustedLink"]["pattern"].as_str().unwrap();
        assert!(
            pattern.contains(r"[Ww][Ww][Ww]\.[Aa][Oo][Kk]\.[Dd][Ee](?::443)?|")
                && pattern.contains(r"-[Ii][Nn][Ss][Uu][Rr][Ee][Rr]\.[Dd][Ee]:8443)"),
            "{pattern}"
        );
        let description = schema["$defs"]["trustedLink"]["description"]
            .as_str()
            .unwrap();
        assert!(description.contains("https://www.aok.de, https://notice.example-insurer.de:8443"));
        // Nothing else changes.
        let mut a: serde_json::Value = serde_json::from_str(&source).unwrap();
        let mut b = schema.clone();
        for v in [&mut a, &mut b] {
            v["$id"] = serde_json::Value::Null;
            v["$defs"]["trustedLink"] = serde_json::Value::Null;
        }
        assert_eq!(a, b);
    }

    #[test]
    fn no_trusted_origin_lets_no_https_link_through() {
        let pattern = trusted_link_pattern(&[]);
        assert!(pattern.contains(r"(?:[^\s\S])"), "{pattern}");
    }
}
