//! How long a member's "collapse this notice" lasts.
//!
//! A dismissal is stored as the instant it was made (Unix milliseconds) and
//! holds for [`DISMISSAL_DAYS`]; after that the notice opens again. Any
//! script of the page's origin can write the storage key, so what is read
//! back is checked: a value that is not an instant, lies in the future, or is
//! older than the limit counts as no dismissal. (Even then the collapsed
//! reminder keeps the fraud rule in view.) Pure; storage lives in
//! `embed::storage`.

use crate::time::Millis;

/// How many days a dismissal holds.
pub const DISMISSAL_DAYS: i64 = 30;
const DAY_MS: Millis = 24 * 60 * 60 * 1000;
/// Clocks of one device can move a little (time zones do not: these are
/// UTC milliseconds); a value further in the future was not written by us.
const CLOCK_SLACK_MS: Millis = 5 * 60 * 1000;

/// What to store for a dismissal made at `now`.
pub fn stored_value(now: Millis) -> String {
    now.to_string()
}

/// Whether a stored value means "dismissed" at `now`.
pub fn holds(stored: &str, now: Millis) -> bool {
    let Ok(at) = stored.trim().parse::<Millis>() else {
        return false;
    };
    at <= now + CLOCK_SLACK_MS && now - at < DISMISSAL_DAYS * DAY_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Millis = 1_780_000_000_000;

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
}
