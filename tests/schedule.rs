//! The schedule (issue 12, point 5): when a notice looks at the clock again,
//! so that `starts_at` and `ends_at` hold while the page stays open.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::config::NoticeConfig;
use member_notice::time::{wait_until, MAX_WAIT_MS};

const NOW: i64 = 1_780_000_000_000;
const HOUR: i64 = 60 * 60 * 1000;

fn window(starts: Option<i64>, ends: Option<i64>) -> NoticeConfig {
    NoticeConfig {
        starts_at: starts,
        ends_at: ends,
        ..NoticeConfig::default()
    }
}

#[test]
fn the_next_change_is_the_first_edge_still_ahead() {
    assert_eq!(
        window(Some(NOW + HOUR), Some(NOW + 2 * HOUR)).next_change(NOW),
        Some(NOW + HOUR)
    );
    assert_eq!(
        window(Some(NOW - HOUR), Some(NOW + 2 * HOUR)).next_change(NOW),
        Some(NOW + 2 * HOUR)
    );
    assert_eq!(
        window(None, Some(NOW + HOUR)).next_change(NOW),
        Some(NOW + HOUR)
    );
    assert_eq!(
        window(Some(NOW - HOUR), Some(NOW - 1)).next_change(NOW),
        None,
        "all in the past"
    );
    assert_eq!(window(None, None).next_change(NOW), None);
    // The edge itself is no longer ahead: at `ends_at` the notice is already gone.
    assert_eq!(window(None, Some(NOW)).next_change(NOW), None);
    let inactive = NoticeConfig {
        active: false,
        ..window(Some(NOW + HOUR), None)
    };
    assert_eq!(
        inactive.next_change(NOW),
        None,
        "no time shows an inactive notice"
    );
}

#[test]
fn the_change_is_visible_exactly_at_the_edge() {
    let config = window(Some(NOW + HOUR), Some(NOW + 2 * HOUR));
    let start = config.next_change(NOW).unwrap();
    assert!(!config.visible_at(start - 1) && config.visible_at(start));
    let end = config.next_change(start).unwrap();
    assert!(config.visible_at(end - 1) && !config.visible_at(end));
}

#[test]
fn waits_are_clamped_to_a_day_and_never_negative() {
    assert_eq!(wait_until(Some(NOW + HOUR), NOW), HOUR as u32);
    assert_eq!(
        wait_until(Some(NOW + 60 * 24 * HOUR), NOW),
        MAX_WAIT_MS,
        "60 days ahead: a day at a time"
    );
    assert_eq!(
        wait_until(Some(i64::MAX), i64::MIN),
        MAX_WAIT_MS,
        "no overflow"
    );
    assert_eq!(wait_until(Some(NOW - HOUR), NOW), 0, "late: at once");
    assert_eq!(
        wait_until(None, NOW),
        MAX_WAIT_MS,
        "nothing scheduled: look again in a day"
    );
}
