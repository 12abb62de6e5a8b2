//! `cargo xtask types`: `dist/member-notice.d.ts` against the code it describes.
//!
//! Two checks. A web team's file that uses every declaration (`types/test/consumer.ts`)
//! compiles with `tsc --strict --noEmit`, and each mistake it makes on purpose is refused.
//! And the types have exactly the members the code has: the crate's events, error codes,
//! phases and option keys (`member_notice::events`, `member_notice::phase`,
//! `member_notice::options`), and the loader's
//! API, handle, attributes and its own error codes (`js/loader.js`), each read with the
//! TypeScript compiler API by `types/facts.mjs`. A member added on either side without the
//! other fails here, naming it.

use std::collections::BTreeSet;
use std::process::Command;

use member_notice::events::{ErrorCode, EventKind, EVENT_PREFIX};
use member_notice::options::MountOptions;
use member_notice::phase::Phase;
use serde_json::Value;

use crate::util::{root, run};

/// The types' source; `cargo xtask dist` ships it as `dist/member-notice.d.ts`.
pub const SOURCE: &str = "types/member-notice.d.ts";
/// Its name in `dist/`.
pub const SHIPPED: &str = "member-notice.d.ts";
/// The placeholder for the release's version in its header.
const VERSION_PLACEHOLDER: &str = "__MEMBER_NOTICE_VERSION__";

/// The event maps the types add every event to (where the events arrive: they bubble and
/// are composed).
const EVENT_MAPS: [&str; 4] = [
    "HTMLElementEventMap",
    "ShadowRootEventMap",
    "DocumentEventMap",
    "WindowEventMap",
];

/// Runs both checks.
pub fn check() -> Result<(), String> {
    let root = root();
    run(Command::new(root.join("node_modules/.bin/tsc")).args([
        "--strict",
        "--noEmit",
        "-p",
        "types/test",
    ]))
    .map_err(|e| format!("{e}: the types do not serve types/test/consumer.ts"))?;
    let output = Command::new("node")
        .args(["types/facts.mjs", SOURCE, "js/loader.js"])
        .current_dir(&root)
        .output()
        .map_err(|e| format!("cannot run node types/facts.mjs: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "types/facts.mjs could not read the types or the loader: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let facts: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("types/facts.mjs printed no JSON: {e}"))?;
    let problems = drift(&Truth::of_crate(), &facts);
    if problems.is_empty() {
        println!("{SOURCE}: compiles for its consumer and has every member of the code, no more");
        Ok(())
    } else {
        Err(format!(
            "{SOURCE} and the code disagree:\n  - {}\n(add what the code has to the types, or \
             remove what it no longer has)",
            problems.join("\n  - ")
        ))
    }
}

/// The types as `dist/` ships them: the source with the release's version in its header.
pub fn shipped(source: &str, version: &str) -> Result<String, String> {
    if !source.contains(VERSION_PLACEHOLDER) {
        return Err(format!(
            "{SOURCE} lacks the placeholder {VERSION_PLACEHOLDER}"
        ));
    }
    Ok(source.replace(VERSION_PLACEHOLDER, version))
}

/// What the crate says the page sees.
struct Truth {
    events: Vec<String>,
    error_codes: Vec<String>,
    phases: Vec<String>,
    options: Vec<String>,
}

impl Truth {
    fn of_crate() -> Self {
        Truth {
            events: EventKind::ALL
                .iter()
                .map(|kind| format!("{EVENT_PREFIX}{}", kind.as_str()))
                .collect(),
            error_codes: ErrorCode::ALL
                .iter()
                .map(|code| code.as_str().to_owned())
                .collect(),
            phases: Phase::ALL
                .iter()
                .map(|phase| phase.as_str().to_owned())
                .collect(),
            options: MountOptions::KEYS.iter().map(|&k| k.to_owned()).collect(),
        }
    }
}

/// Every disagreement between the crate (`truth`) and `facts` (what types/facts.mjs read
/// from the d.ts and the loader), as sentences; empty when they agree.
fn drift(truth: &Truth, facts: &Value) -> Vec<String> {
    let set = |value: &Value| -> BTreeSet<String> {
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| item.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let owned = |items: &[String]| items.iter().cloned().collect::<BTreeSet<_>>();
    let declared = &facts["declared"];
    let loader = &facts["loader"];
    let mut problems = Vec::new();
    let mut same =
        |what: &str, code_name: &str, code: BTreeSet<String>, types: BTreeSet<String>| {
            for missing in code.difference(&types) {
                problems.push(format!(
                    "{what}: {code_name} has `{missing}`, the types lack it"
                ));
            }
            for extra in types.difference(&code) {
                problems.push(format!(
                    "{what}: the types have `{extra}`, {code_name} does not"
                ));
            }
        };
    same(
        "MemberNotice",
        "the loader's API object",
        set(&loader["api"]),
        set(&declared["api"]),
    );
    same(
        "MemberNotice.Handle",
        "the loader's class Handle",
        set(&loader["handle"]),
        set(&declared["handle"]),
    );
    same(
        "MemberNotice.Attributes",
        "the loader's ATTRIBUTES",
        set(&loader["attributes"]),
        set(&declared["attributes"]),
    );
    same(
        "MemberNotice.Options",
        "MountOptions::KEYS",
        owned(&truth.options),
        set(&declared["options"]),
    );
    same(
        "MemberNotice.ErrorCode",
        "events::ErrorCode",
        owned(&truth.error_codes),
        set(&declared["errorCodes"]),
    );
    same(
        "MemberNotice.Phase",
        "phase::Phase",
        owned(&truth.phases),
        set(&declared["phases"]),
    );
    for map in EVENT_MAPS {
        same(
            map,
            "events::EventKind",
            owned(&truth.events),
            set(&declared["events"][map]),
        );
    }
    // What only the loader raises must be in the crate's lists too (and so in the types).
    for (what, raised, known) in [
        ("error code", set(&loader["errorCodes"]), &truth.error_codes),
        ("event", set(&loader["events"]), &truth.events),
        ("option", set(&loader["options"]), &truth.options),
    ] {
        for name in raised.iter().filter(|name| !known.contains(name)) {
            problems.push(format!(
                "js/loader.js uses the {what} `{name}`, which the crate's list does not have"
            ));
        }
    }
    if declared["element"] != "HTMLMemberNoticeElement" {
        problems.push(format!(
            "HTMLElementTagNameMap[\"member-notice\"] is {}, not HTMLMemberNoticeElement",
            declared["element"]
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{drift, shipped, Truth};

    fn truth() -> Truth {
        Truth {
            events: vec!["member-notice:ready".into(), "member-notice:error".into()],
            error_codes: vec!["load".into(), "config-http".into()],
            phases: vec!["backlog".into(), "resolved".into()],
            options: vec!["lang".into()],
        }
    }

    fn facts() -> serde_json::Value {
        let events = json!(["member-notice:error", "member-notice:ready"]);
        json!({
            "declared": {
                "api": ["mount", "version"],
                "handle": ["unmount"],
                "options": ["lang"],
                "attributes": ["lang"],
                "errorCodes": ["config-http", "load"],
                "phases": ["backlog", "resolved"],
                "events": {
                    "HTMLElementEventMap": events, "ShadowRootEventMap": events,
                    "DocumentEventMap": events, "WindowEventMap": events,
                },
                "element": "HTMLMemberNoticeElement",
            },
            "loader": {
                "api": ["version", "mount"],
                "handle": ["unmount"],
                "attributes": ["lang"],
                "options": ["lang"],
                "errorCodes": ["load"],
                "events": ["member-notice:error"],
            },
        })
    }

    #[test]
    fn types_that_match_the_code_pass() {
        assert_eq!(drift(&truth(), &facts()), Vec::<String>::new());
    }

    #[test]
    fn a_member_on_either_side_alone_is_named() {
        let mut truth = truth();
        truth.events.push("member-notice:hide".into());
        truth.error_codes.push("ftl-gone".into());
        let mut facts = facts();
        facts["loader"]["api"] = json!(["version", "mount", "unmountAll"]);
        facts["loader"]["errorCodes"] = json!(["load", "blocked"]);
        facts["declared"]["handle"] = json!(["unmount", "refresh"]);
        facts["declared"]["phases"] = json!(["backlog", "resolved", "over"]);
        facts["declared"]["events"]["WindowEventMap"] = json!(["member-notice:ready"]);
        let problems = drift(&truth, &facts);
        for expected in [
            "MemberNotice: the loader's API object has `unmountAll`, the types lack it",
            "MemberNotice.Handle: the types have `refresh`, the loader's class Handle does not",
            "MemberNotice.ErrorCode: events::ErrorCode has `ftl-gone`, the types lack it",
            "MemberNotice.Phase: the types have `over`, phase::Phase does not",
            "HTMLElementEventMap: events::EventKind has `member-notice:hide`, the types lack it",
            "WindowEventMap: events::EventKind has `member-notice:error`, the types lack it",
            "js/loader.js uses the error code `blocked`, which the crate's list does not have",
        ] {
            assert!(
                problems.iter().any(|p| p == expected),
                "{expected} in {problems:#?}"
            );
        }
    }

    #[test]
    fn the_shipped_types_name_the_release() {
        assert_eq!(
            shipped("/** member-notice __MEMBER_NOTICE_VERSION__ */", "0.2.0").unwrap(),
            "/** member-notice 0.2.0 */"
        );
        assert!(shipped("/** no version */", "0.2.0").is_err());
    }
}
