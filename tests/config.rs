//! The remote config: schema, validation, refusals with a clear reason.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::config::{
    check_link, check_link_against, check_term, parse_config, ConfigError, NoticeConfig, Severity,
    FIELDS, FROM_NOT_IN_ORDER, LINK_FIELDS, MAX_PHASES, MAX_TERM_CHARS, MAX_TERM_DIGIT_RUN,
    MAX_TERM_WORDS, PHASE_FIELDS, SCHEMA_KEY,
};
use member_notice::l10n::ids;
use member_notice::phase::Phase;
use member_notice::time::parse_rfc3339;

const EXAMPLE: &str = include_str!("../docs/notice.example.json");

/// The config's JSON Schema (its source; `cargo xtask dist` ships it, and
/// `e2e/config-schema.test.mjs` checks that it decides as this validation does).
const SCHEMA: &str = include_str!("../schema/notice-config.schema.json");

#[test]
fn the_published_example_is_valid() {
    let parsed = parse_config(EXAMPLE);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let config = parsed.config.expect("docs/notice.example.json is valid");
    assert_eq!(config.severity, Severity::Warning);
    assert!(config.starts_at.is_some() && config.ends_at.is_some());
    assert!(config.more_info_url.is_some());
}

#[test]
fn minimal_config_gets_defaults() {
    let config = accepted(r#"{"version":"v2"}"#);
    assert!(config.active);
    assert_eq!(config.severity, Severity::Warning);
    assert!(config.visible_at(0));
}

#[test]
fn the_time_window_hides_the_notice_outside() {
    let config = accepted(
        r#"{"version":"v","starts_at":"2026-05-01T00:00:00Z","ends_at":"2026-06-01T00:00:00+02:00"}"#,
    );
    let may = parse_rfc3339("2026-05-15T12:00:00Z").unwrap();
    let april = parse_rfc3339("2026-04-30T23:59:59Z").unwrap();
    let june = parse_rfc3339("2026-06-01T00:00:00Z").unwrap();
    assert!(config.visible_at(may));
    assert!(!config.visible_at(april));
    assert!(
        !config.visible_at(june),
        "ends_at is exclusive (22:00Z on May 31)"
    );
    let off = accepted(r#"{"version":"v","active":false}"#);
    assert!(!off.visible_at(may));
}

fn accepted(json: &str) -> NoticeConfig {
    parse_config(json).config.expect(json)
}

fn refused(json: &str) -> ConfigError {
    parse_config(json).config.expect_err(json)
}

#[test]
fn every_kind_of_bad_config_is_refused_with_a_reason() {
    assert!(matches!(refused("{not json"), ConfigError::Malformed(_)));
    assert!(matches!(refused("[1,2]"), ConfigError::Malformed(_)));
    let fields = |json: &str| {
        refused(json)
            .fields()
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(r#"{"version":"v","active":"yes"}"#), ["active"]);
    assert_eq!(fields(r#"{"active":true}"#), ["version"]);
    assert_eq!(fields(r#"{"version":3}"#), ["version"]);
    assert_eq!(
        fields(r#"{"version":"v","severity":"panic"}"#),
        ["severity"]
    );
    assert_eq!(
        fields(r#"{"version":"v","starts_at":"tomorrow"}"#),
        ["starts_at"]
    );
    assert_eq!(
        fields(
            r#"{"version":"v","starts_at":"2026-05-02T00:00:00Z","ends_at":"2026-05-01T00:00:00Z"}"#
        ),
        ["ends_at"]
    );
    assert_eq!(
        fields(r#"{"version":"v","links":{"more_info":"javascript:alert(1)"}}"#),
        ["links.more_info"]
    );
    assert_eq!(
        fields(r#"{"version":"v","links":"https://www.hkk.de/"}"#),
        ["links"]
    );
    assert_eq!(
        fields(r#"{"version":"v","terms":{"brand-name":"<b>hkk</b>"}}"#),
        ["terms.brand-name"]
    );
    assert_eq!(
        fields(r#"{"version":"v","terms":{"slogan":"x"}}"#),
        ["terms.slogan"]
    );
    assert_eq!(
        fields(r#"{"version":"v","terms":{"brand-name":7}}"#),
        ["terms.brand-name"]
    );
    assert_eq!(fields(r#"{"version":"  "}"#), ["version"]);
    let big = format!(r#"{{"version":"v","pad":"{}"}}"#, "x".repeat(70_000));
    assert!(matches!(refused(&big), ConfigError::TooLarge(_)));
}

#[test]
fn every_problem_is_reported_at_once_and_unknown_fields_are_named_too() {
    let parsed = parse_config(
        r#"{"version":"v","activ":false,"severity":"loud","links":{"more_info":"https://evil.example/x"},
            "terms":{"brand-name":"hkk ruft Sie an","it-provider":"Bit\u00ADmarck"}}"#,
    );
    let error = parsed.config.expect_err("refused");
    assert_eq!(error.code(), "config-invalid");
    assert_eq!(
        error.fields(),
        [
            "severity",
            "links.more_info",
            "terms.brand-name",
            "terms.it-provider"
        ],
        "{error}"
    );
    let message = error.to_string();
    assert!(
        message.contains("`severity`") && message.contains("`links.more_info`"),
        "{message}"
    );
    assert!(
        message.contains("member-notice.toml"),
        "names the file to change: {message}"
    );
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert!(
        parsed.warnings[0].to_string().contains("`activ`"),
        "the typo is named too"
    );
}

#[test]
fn unknown_fields_are_ignored_with_a_warning_each() {
    let parsed = parse_config(r#"{"version":"v","activ":false,"links":{"more_infos":"x"}}"#);
    assert!(
        parsed.config.expect("valid").active,
        "the misspelt field does nothing"
    );
    let warnings: Vec<String> = parsed.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("`activ`")));
    assert!(warnings.iter().any(|w| w.contains("`links.more_infos`")));
}

/// Editors find the schema through `"$schema"`: the widget takes the key for
/// no field and warns about nothing, whatever its value.
#[test]
fn the_schema_key_is_ignored_without_a_warning() {
    for value in [
        r#""https://cdn.example.org/member-notice/notice-config.schema.json""#,
        "3",
        "null",
        r#"{"a":[1]}"#,
    ] {
        let parsed = parse_config(&format!(r#"{{"{SCHEMA_KEY}":{value},"version":"v"}}"#));
        assert_eq!(parsed.config, Ok(accepted(r#"{"version":"v"}"#)), "{value}");
        assert!(parsed.warnings.is_empty(), "{value}: {:?}", parsed.warnings);
    }
    // Only at the top: inside `links` it is an unknown field like any other.
    let parsed = parse_config(r#"{"version":"v","links":{"$schema":"x"}}"#);
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    // And the published example names the schema.
    let example: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    assert_eq!(example[SCHEMA_KEY], "../schema/notice-config.schema.json");
}

/// Problems and warnings say where they are, as JSON pointers for `cargo
/// xtask config check`; a key written with a dot at the top is not the nested
/// field it looks like.
#[test]
fn every_problem_and_warning_has_its_json_pointer() {
    let parsed = parse_config(
        r#"{"version":"v","links.more_info":"/x","severity":1,
            "links":{"more_info":2,"a/b":"x"},"terms":{"~x":"y"}}"#,
    );
    let problems = match parsed.config {
        Err(ConfigError::Invalid(problems)) => problems,
        other => panic!("refused with field problems, not {other:?}"),
    };
    let pointers: Vec<String> = problems.iter().map(|p| p.pointer()).collect();
    assert_eq!(pointers, ["/severity", "/links/more_info", "/terms/~0x"]);
    let warnings: Vec<String> = parsed.warnings.iter().map(|p| p.pointer()).collect();
    assert_eq!(warnings, ["/links/a~1b", "/links.more_info"]);
    // The console still names them as before.
    assert_eq!(problems[1].field, "links.more_info");
    assert!(parsed.warnings[1]
        .to_string()
        .starts_with("field `links.more_info` is unknown to this version and ignored"));
}

/// The schema knows the same fields, terms and severities as the widget: the
/// agreement test (`e2e/config-schema.test.mjs`) draws its mutations from
/// values, so a field added to one but not the other is caught here.
#[test]
fn the_schema_names_the_fields_this_release_knows() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let keys = |pointer: &str| {
        let mut keys: Vec<String> = schema
            .pointer(pointer)
            .and_then(|v| v.as_object())
            .unwrap_or_else(|| panic!("the schema has an object at {pointer}"))
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    };
    let sorted = |list: &[&str]| {
        let mut list: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        list.sort();
        list
    };
    let mut top = sorted(FIELDS);
    top.push(SCHEMA_KEY.to_owned());
    top.sort();
    assert_eq!(keys("/properties"), top);
    assert_eq!(keys("/properties/links/properties"), sorted(LINK_FIELDS));
    assert_eq!(keys("/properties/terms/properties"), sorted(ids::TERMS));
    assert_eq!(schema["required"], serde_json::json!(["version"]));
    let severities: Vec<&str> = [Severity::Info, Severity::Warning, Severity::Critical]
        .iter()
        .map(|s| s.as_str())
        .collect();
    assert_eq!(
        schema["properties"]["severity"]["enum"],
        serde_json::json!(severities)
    );
    assert_eq!(
        schema["properties"]["severity"]["default"],
        Severity::default().as_str()
    );
    let phases: Vec<&str> = Phase::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(schema["$defs"]["phase"]["enum"], serde_json::json!(phases));
    assert_eq!(
        schema["properties"]["phase"]["default"],
        Phase::default().as_str()
    );
    assert_eq!(schema["properties"]["phases"]["maxItems"], MAX_PHASES);
    assert_eq!(
        keys("/properties/phases/items/properties"),
        sorted(PHASE_FIELDS)
    );
    assert_eq!(
        schema["properties"]["phases"]["items"]["required"],
        serde_json::json!(PHASE_FIELDS)
    );
    // Unknown fields: ignored at the top and in `links`, refused in `terms`.
    for (pointer, open) in [
        ("", true),
        ("/properties/links", true),
        ("/properties/terms", false),
        ("/properties/phases/items", true),
    ] {
        let additional = &schema.pointer(pointer).unwrap()["additionalProperties"];
        assert_eq!(additional.is_object(), open, "{pointer}: {additional}");
    }
}

#[test]
fn links_are_https_on_a_trusted_origin_or_same_origin() {
    for ok in [
        "https://www.hkk.de/cyberangriff",
        "HTTPS://WWW.HKK.DE/x",
        "https://www.hkk.de:443/x",
        "/aktuelles/info",
        "info.html",
        "?x=1#top",
    ] {
        assert!(check_link(ok).is_ok(), "{ok}");
    }
    for bad in [
        "https://example.org/hinweis",
        "https://www.hkk.de.evil.example/",
        "https://www.hkk.de:8443/",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "http://www.hkk.de/",
        "//evil.example",
        "/\\evil.example",
        "https://",
        "https://user@www.hkk.de",
        "java\tscript:x",
        "vbscript:x",
        "mailto:a@b.c",
        "",
        "https://www.hkk.de/ path",
    ] {
        assert!(check_link(bad).is_err(), "{bad:?} must be refused");
    }
    let untrusted = check_link("https://attacker.example/login").unwrap_err();
    assert!(
        untrusted.contains("https://attacker.example") && untrusted.contains("member-notice.toml"),
        "names the origin and the file to change: {untrusted}"
    );
    assert!(check_link_against("https://other.example/x", &["https://other.example"]).is_ok());
}

#[test]
fn terms_are_short_latin_names() {
    assert_eq!(check_term("  AOK Nordwest ").unwrap(), "AOK Nordwest");
    for ok in [
        "hkk",
        "Bitmarck",
        "BKK24",
        "Müller-Lüdenscheid BKK",
        "Łódź Kasa",
        "Techniker Krankenkasse",
        "AOK Baden-Württemberg",
        "BKK 24",
        "IKK classic",
        "Siemens-Betriebskrankenkasse",
        "Knappschaft-Bahn-See",
        "Ärzte Ökonomie Süd",
        "Straße Ţara İzmir",
        "Bitmarck Technik GmbH",
    ] {
        assert_eq!(check_term(ok).as_deref(), Ok(ok));
    }
    for bad in [
        // A sentence that would turn the fraud warning around.
        "hkk ruft Sie derzeit an, um Ihre Daten zu bestätigen. Nur Betrüger",
        "hkk: Rückruf",
        "<script>",
        "a & b",
        "{ -x }",
        // Look-alikes from another script.
        "һкк",
        "hkk\u{0405}",
        // Invisible and default-ignorable code points.
        "x\u{202E}y",
        "x\u{200B}y",
        "h\u{00AD}kk",
        "hkk\u{E0001}",
        "hkk\u{206A}",
        "hkk\u{180E}",
        "h\u{FFF9}kk",
        "\u{3164}",
        "\u{115F}hkk",
        "hkk\u{FE0F}",
        "a\nb",
        "",
        &"x".repeat(MAX_TERM_CHARS + 1),
    ] {
        assert!(check_term(bad).is_err(), "{bad:?} must be refused");
    }
}

/// The review's three names that passed (L5): a phone number, a sentence, and
/// the release's own name with a Latin look-alike letter.
#[test]
fn terms_carry_no_phone_numbers_sentences_or_latin_lookalikes() {
    for (bad, says) in [
        ("hkk Hotline 0800 5551234", "is not a name"),
        ("hkk 0800", "is not a name"),
        ("Hotline 5551234", "is not a name"),
        ("BKK 240", "is not a name"),
        ("hkk ruft Sie an", "is not a name"),
        ("Bitte rufen Sie an", "is not a name"),
        ("hĸĸ", "`ĸ` (U+0138)"),
        ("Bıtmarck", "`ı` (U+0131)"),
        ("Bitmarſ", "U+017F"),
        ("Æ", "U+00C6"),
        ("œuvre", "U+0153"),
        ("þ", "U+00FE"),
        ("ĳ", "U+0133"),
        ("ŉ", "U+0149"),
        // Latin Extended-B is not allowed at all: it holds most look-alikes.
        ("hƙƙ", "U+0199"),
        ("ǀkk", "U+01C0"),
        ("Bitmarcȷ", "U+0237"),
    ] {
        let problem = check_term(bad).expect_err(bad);
        assert!(problem.contains(says), "{bad:?}: {problem}");
    }
    // The messages name the letter and what to do, and the limits the constants set.
    let problem = check_term("hĸĸ").unwrap_err();
    assert!(
        problem.contains("passes for another") && problem.contains("ordinary letters"),
        "{problem}"
    );
    let problem = check_term("hkk ruft Sie an").unwrap_err();
    assert!(
        problem.contains(&format!("at most {MAX_TERM_WORDS} words"))
            && problem.contains(&format!("at most {MAX_TERM_DIGIT_RUN} digits in a row")),
        "{problem}"
    );
    // Exactly at the limits.
    assert!(check_term("Eins Zwei Drei").is_ok());
    assert!(check_term("Eins Zwei Drei Vier").is_err());
    assert!(check_term("A-B-C-D-E").is_ok(), "hyphens join words");
    assert!(check_term("BKK24 Nord 99").is_ok());
    assert!(check_term("BKK240").is_err());
}

/// Every letter the look-alike table names is one the name check allows
/// (otherwise the entry could never be reached), and every other allowed
/// letter without a canonical decomposition is one that UTS #39 maps to
/// nothing plain: the table is complete for the allowed range.
#[test]
fn the_lookalike_table_covers_the_allowed_latin_letters() {
    // The letters of U+00C0–U+017F that do not decompose into a base letter and
    // a visible mark, as UTS #39 (Unicode 18) maps them: to plain ASCII (refused)
    // or to something that is not plain (allowed).
    let refused = "ÆæþıĲĳĸŉŒœſ";
    let allowed = "ÐØÞßðøĐđĦħĿŀŁłŊŋŦŧ";
    for c in refused.chars() {
        let problem = check_term(&format!("a{c}")).expect_err(&c.to_string());
        assert!(problem.contains("passes for another"), "{c}: {problem}");
    }
    for c in allowed.chars() {
        assert!(check_term(&format!("a{c}")).is_ok(), "{c}");
    }
}

/// Every form `src/time.rs` says it accepts, each the same instant as its
/// plain `…Z` spelling.
#[test]
fn rfc3339_accepts_every_documented_form() {
    let instant = parse_rfc3339("2026-05-02T06:00:00Z").unwrap();
    for same in [
        "2026-05-02T08:00:00+02:00", // positive offset
        "2026-05-02T01:30:00-04:30", // negative offset with minutes
        "2026-05-01T23:00:00-07:00", // negative offset across midnight
        "2026-05-02 06:00:00Z",      // space as separator
        "2026-05-02t06:00:00z",      // lowercase t and z
        "2026-05-02T06:00:00.000Z",  // a fraction of zero
        "  2026-05-02T06:00:00Z\n",  // surrounding whitespace
    ] {
        assert_eq!(parse_rfc3339(same), Some(instant), "{same}");
    }
    // Fractions: fewer than three digits are padded, more are cut (not rounded).
    for (text, millis) in [
        ("2026-05-02T06:00:00.1Z", 100),
        ("2026-05-02T06:00:00.12Z", 120),
        ("2026-05-02T06:00:00.123Z", 123),
        ("2026-05-02T06:00:00.123456789Z", 123),
        ("2026-05-02T06:00:00.9999999999999999999Z", 999),
    ] {
        assert_eq!(parse_rfc3339(text), Some(instant + millis), "{text}");
    }
    // A leap second counts as the last second of its minute.
    assert_eq!(
        parse_rfc3339("2016-12-31T23:59:60Z"),
        parse_rfc3339("2016-12-31T23:59:59Z")
    );
    // Offsets apply in the right direction.
    assert_eq!(parse_rfc3339("1970-01-01T00:00:00-01:00"), Some(3_600_000));
}

#[test]
fn rfc3339_parsing() {
    assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(parse_rfc3339("1970-01-01T01:00:00+01:00"), Some(0));
    assert_eq!(
        parse_rfc3339("2000-03-01T00:00:00.5Z"),
        Some(951_868_800_500)
    );
    assert_eq!(
        parse_rfc3339("2024-02-29T00:00:00Z"),
        Some(1_709_164_800_000)
    );
    for bad in [
        "2023-02-29T00:00:00Z",
        "2026-05-01T00:00:00+24:00",
        "2026-05-01T00:00:00+01:60",
        "2026-05-01T00:00:00Z trailing",
        "2026-05-01X00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-05-01",
        "2026-05-01T25:00:00Z",
        "2026-05-01T00:00:00",
        "2026-05-01T00:00:00+2:00",
        "yesterday",
        "2026-05-01T00:00:00.Z",
    ] {
        assert_eq!(parse_rfc3339(bad), None, "{bad}");
    }
}

#[test]
fn a_sign_language_video_is_a_link_like_more_info() {
    let config = accepted(
        r#"{"version":"v","links":{"sign_language":"https://www.hkk.de/dgs","more_info":"/info"}}"#,
    );
    assert_eq!(
        config.sign_language_url.as_deref(),
        Some("https://www.hkk.de/dgs")
    );
    assert_eq!(config.more_info_url.as_deref(), Some("/info"));
    // The built-in content links no video.
    assert_eq!(NoticeConfig::default().sign_language_url, None);
    assert_eq!(accepted(r#"{"version":"v"}"#).sign_language_url, None);
    // Refused as every link is: another site, another scheme, not a string.
    for (links, why) in [
        (
            r#"{"sign_language":"https://evil.example/dgs"}"#,
            "member-notice.toml",
        ),
        (r#"{"sign_language":"javascript:alert(1)"}"#, "javascript"),
        (r#"{"sign_language":"//evil.example/dgs"}"#, "https:"),
        (r#"{"sign_language":3}"#, "not a string"),
    ] {
        let parsed = parse_config(&format!(r#"{{"version":"v","links":{links}}}"#));
        let Err(ConfigError::Invalid(problems)) = parsed.config else {
            panic!("{links} was accepted");
        };
        assert_eq!(problems.len(), 1, "{links}: {problems:?}");
        assert_eq!(problems[0].field, "links.sign_language", "{links}");
        assert!(
            problems[0].problem.contains(why),
            "{links}: {}",
            problems[0]
        );
    }
}

/// What `cargo xtask render --config` refuses: links only a page can make absolute.
#[test]
fn site_paths_are_the_links_without_an_origin() {
    let config = accepted(
        r#"{"version":"v","links":{"more_info":"kontakt.html","sign_language":"https://www.hkk.de/dgs"}}"#,
    );
    assert_eq!(config.site_paths(), [("links.more_info", "kontakt.html")]);
    let config = accepted(r#"{"version":"v","links":{"sign_language":"/dgs"}}"#);
    assert_eq!(config.site_paths(), [("links.sign_language", "/dgs")]);
    assert!(NoticeConfig::default().site_paths().is_empty());
}

const JUNE: &str = "2026-06-15T08:00:00+02:00";
const SEPTEMBER: &str = "2026-09-01T08:00:00+02:00";

/// `phase` names the phase; without it, `backlog`: every config written
/// before phases keeps its meaning.
#[test]
fn the_phase_is_backlog_unless_the_config_names_another() {
    assert_eq!(accepted(r#"{"version":"v"}"#).phase_at(0), Phase::Backlog);
    for phase in Phase::ALL {
        let config = accepted(&format!(
            r#"{{"version":"v","phase":"{}"}}"#,
            phase.as_str()
        ));
        assert_eq!(config.phase_at(0), phase);
        assert_eq!(config.phase_at(i64::MAX), phase);
    }
    assert_eq!(NoticeConfig::default().phase, Phase::Backlog);
}

/// From each planned move's `from` on (inclusive), its phase; before the
/// first, `phase`.
#[test]
fn planned_moves_take_effect_at_their_from() {
    let config = accepted(&format!(
        r#"{{"version":"v","phase":"disruption","phases":[
            {{"phase":"backlog","from":"{JUNE}"}},{{"phase":"resolved","from":"{SEPTEMBER}"}}]}}"#
    ));
    let june = parse_rfc3339(JUNE).unwrap();
    let september = parse_rfc3339(SEPTEMBER).unwrap();
    assert_eq!(config.phase_at(june - 1), Phase::Disruption);
    assert_eq!(config.phase_at(june), Phase::Backlog);
    assert_eq!(config.phase_at(september - 1), Phase::Backlog);
    assert_eq!(config.phase_at(september), Phase::Resolved);
    assert_eq!(config.phase_at(i64::MAX), Phase::Resolved);
    // The moves are times the notice looks at the clock again.
    assert_eq!(config.next_change(0), Some(june));
    assert_eq!(config.next_change(june), Some(september));
    assert_eq!(config.next_change(september), None);
    // Without `phase`, backlog until the first move.
    let later = accepted(&format!(
        r#"{{"version":"v","phases":[{{"phase":"resolved","from":"{SEPTEMBER}"}}]}}"#
    ));
    assert_eq!(later.phase_at(september - 1), Phase::Backlog);
    assert_eq!(later.phase_at(september), Phase::Resolved);
}

/// Every problem of a phase or a plan is named, with its JSON pointer, at
/// once.
#[test]
fn phases_are_checked_entry_by_entry() {
    let problems = |json: &str| -> Vec<(String, String, String)> {
        match parse_config(json).config {
            Err(ConfigError::Invalid(problems)) => problems
                .iter()
                .map(|p| (p.field.clone(), p.pointer(), p.problem.clone()))
                .collect(),
            other => panic!("{json}: refused with field problems, not {other:?}"),
        }
    };
    let found = problems(&format!(
        r#"{{"version":"v","phase":"over","phases":[
            {{"phase":"resolved","from":"{SEPTEMBER}"}},
            {{"phase":"backlog","from":"{JUNE}"}},
            "resolved",
            {{"from":"soon"}},
            {{"phase":3,"from":"{JUNE}"}}]}}"#
    ));
    let named: Vec<(&str, &str)> = found
        .iter()
        .map(|(field, pointer, _)| (field.as_str(), pointer.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("phase", "/phase"),
            ("phases[1].from", "/phases/1/from"),
            ("phases[2]", "/phases/2"),
            ("phases[3].phase", "/phases/3/phase"),
            ("phases[3].from", "/phases/3/from"),
            ("phases[4].phase", "/phases/4/phase"),
            ("phases[4].from", "/phases/4/from"),
        ],
        "{found:#?}"
    );
    let problem = |field: &str| &found.iter().find(|(f, _, _)| f == field).unwrap().2;
    assert!(problem("phase").contains(r#""disruption", "backlog" or "resolved""#));
    assert_eq!(problem("phases[1].from"), FROM_NOT_IN_ORDER);
    assert_eq!(problem("phases[2]"), "is a string, not an object");
    assert!(problem("phases[3].phase").starts_with("is missing"));
    assert!(problem("phases[3].from").contains("not an RFC 3339 time"));
    // Compared with the last `from` that could be read, phases[1]'s.
    assert_eq!(problem("phases[4].from"), FROM_NOT_IN_ORDER);
    let message = parse_config(r#"{"version":"v","phases":[{"phase":"resolved"}]}"#)
        .config
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("field `phases[0].from` is missing"),
        "{message}"
    );
    // Not a list; too many.
    assert_eq!(
        problems(r#"{"version":"v","phases":{"phase":"resolved"}}"#)[0].1,
        "/phases"
    );
    let moves: Vec<String> = (0..=MAX_PHASES)
        .map(|hour| format!(r#"{{"phase":"resolved","from":"2026-05-02T{hour:02}:00:00Z"}}"#))
        .collect();
    let too_many = problems(&format!(
        r#"{{"version":"v","phases":[{}]}}"#,
        moves.join(",")
    ));
    assert_eq!(too_many.len(), 1, "{too_many:?}");
    assert_eq!(too_many[0].1, "/phases");
    assert!(too_many[0].2.contains("at most 16"), "{too_many:?}");
    let enough = format!(
        r#"{{"version":"v","phases":[{}]}}"#,
        moves[..MAX_PHASES].join(",")
    );
    assert_eq!(accepted(&enough).phases.len(), MAX_PHASES);
    // Equal times are not in order either.
    let twice = format!(
        r#"{{"version":"v","phases":[{{"phase":"backlog","from":"{JUNE}"}},{{"phase":"resolved","from":"{JUNE}"}}]}}"#
    );
    assert_eq!(problems(&twice)[0].1, "/phases/1/from");
}

/// A key an entry does not know is a warning, with its pointer, like any
/// unknown field.
#[test]
fn unknown_keys_of_an_entry_are_warnings() {
    let parsed = parse_config(&format!(
        r#"{{"version":"v","phases":[{{"phase":"resolved","from":"{JUNE}","note":"x","a/b":1}}]}}"#
    ));
    assert!(parsed.config.is_ok());
    let pointers: Vec<String> = parsed.warnings.iter().map(|w| w.pointer()).collect();
    assert_eq!(pointers, ["/phases/0/note", "/phases/0/a~1b"]);
    assert!(parsed.warnings[0]
        .to_string()
        .starts_with("field `phases[0].note` is unknown"));
}
