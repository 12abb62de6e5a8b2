//! How long a member's "collapse this notice" lasts.
//!
//! A dismissal is stored as the instant it was made (Unix milliseconds) and
//! holds for [`DISMISSAL_DAYS`]; after that the notice opens again. Any
//! script of the page's origin can write the storage key, so what is read
//! back is checked: a value that is not an instant, lies before this widget
//! existed or in the future, or is older than the limit counts as no
//! dismissal — with checked arithmetic, so no value can wrap around into a
//! dismissal that never expires. (Even then the collapsed reminder keeps the
//! fraud rule in view.) Pure; storage lives in `embed::storage`.
//!
//! A dismissal holds for one content: the config's version in one phase
//! ([`storage_key`]). A phase change is news (the systems are back, the
//! backlog is worked off), so a member who collapsed the notice in one phase
//! sees the next one open, once.

use crate::phase::Phase;
use crate::time::Millis;

/// How many days a dismissal holds.
pub const DISMISSAL_DAYS: i64 = 30;
const DAY_MS: Millis = 24 * 60 * 60 * 1000;
/// Clocks of one device can move a little (time zones do not: these are
/// UTC milliseconds); a value further in the future was not written by us.
const CLOCK_SLACK_MS: Millis = 5 * 60 * 1000;
/// 2020-01-01T00:00:00Z: no dismissal of this notice was made before it, so
/// an earlier value (`0`, `-5`, `i64::MIN`) was not written by us.
const EARLIEST_MS: Millis = 1_577_836_800_000;

/// The storage key of a dismissal of content `version` in `phase`:
/// `member-notice:dismissed:<version>` in phase `backlog` — the key every
/// dismissal had before phases, so those made then still hold — and
/// `member-notice:dismissed-<phase>:<version>` in the others. No two
/// contents share a key: the prefixes differ before the version starts.
pub fn storage_key(version: &str, phase: Phase) -> String {
    match phase {
        Phase::Backlog => format!("member-notice:dismissed:{version}"),
        other => format!("member-notice:dismissed-{}:{version}", other.as_str()),
    }
}

/// What to store for a dismissal made at `now`.
pub fn stored_value(now: Millis) -> String {
    now.to_string()
}

/// Whether a stored value means "dismissed" at `now`.
pub fn holds(stored: &str, now: Millis) -> bool {
    let Ok(at) = stored.trim().parse::<Millis>() else {
        return false;
    };
    let written_by_us = (EARLIEST_MS..=now.saturating_add(CLOCK_SLACK_MS)).contains(&at);
    written_by_us
        && now
            .checked_sub(at)
            .is_some_and(|age| age < DISMISSAL_DAYS * DAY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Millis = 1_780_000_000_000;

    /// Each phase of a version has its own key; phase `backlog` keeps the
    /// key of the time before phases; no version in one phase can take
    /// another version's key in another.
    #[test]
    fn each_phase_of_a_version_is_its_own_content() {
        assert_eq!(
            storage_key("v1", Phase::Backlog),
            "member-notice:dismissed:v1"
        );
        let versions = ["v1", "resolved:v1", "-resolved:v1", "v1:", ":", "a b"];
        let mut keys = Vec::new();
        for version in versions {
            for phase in Phase::ALL {
                keys.push(storage_key(version, phase));
            }
        }
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count, "every (version, phase) has its own key");
    }

    #[test]
    fn a_dismissal_holds_for_thirty_days() {
        assert!(holds(&stored_value(NOW), NOW));
        assert!(holds(&stored_value(NOW - 29 * DAY_MS), NOW));
        assert!(!holds(&stored_value(NOW - 30 * DAY_MS), NOW));
    }

    #[test]
    fn what_we_did_not_write_is_no_dismissal() {
        for stored in ["1", "", "yes", "-5", "1e12", "99999999999999999999"] {
            assert!(!holds(stored, NOW), "{stored:?}");
        }
        assert!(
            !holds(&stored_value(NOW + 60 * DAY_MS), NOW),
            "from the future"
        );
        assert!(
            holds(&stored_value(NOW + 60 * 1000), NOW),
            "a minute of clock slack"
        );
    }

    /// Values that overflowed `now - at` once, and the edges of the range.
    #[test]
    fn extreme_values_are_no_dismissal_and_never_overflow() {
        for stored in [
            i64::MIN.to_string(),
            "-9223372036000000000".to_owned(),
            i64::MAX.to_string(),
            (i64::MAX - 1).to_string(),
            (i64::MIN + 1).to_string(),
            (EARLIEST_MS - 1).to_string(),
            (NOW + CLOCK_SLACK_MS + 1).to_string(),
            (NOW - 30 * DAY_MS).to_string(),
        ] {
            assert!(!holds(&stored, NOW), "{stored}");
        }
        for at in [NOW + CLOCK_SLACK_MS, NOW, NOW - 30 * DAY_MS + 1] {
            assert!(holds(&at.to_string(), NOW), "{at}");
        }
        // The earliest instant counts while it is recent.
        assert!(holds(&EARLIEST_MS.to_string(), EARLIEST_MS + DAY_MS));
        // A clock at the ends of the range overflows nothing either.
        for now in [i64::MIN, i64::MAX, 0] {
            for stored in [
                "-9223372036854775808",
                "9223372036854775807",
                "1780000000000",
            ] {
                let _ = holds(stored, now);
            }
        }
        assert!(!holds("-9223372036854775808", i64::MAX));
        assert!(!holds("9223372036854775807", i64::MIN));
    }
}
