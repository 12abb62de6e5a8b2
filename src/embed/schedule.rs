//! Keeps a notice's schedule true while the page stays open: its time window
//! (`starts_at`, `ends_at`) and its phase (`phases`) are read when the notice
//! renders, so each render sets a timer for the next change (at most a day
//! ahead, see [`crate::time::wait_until`]), and a tab that becomes visible
//! again — after the device slept, or the browser held back its timers —
//! looks at the clock at once ([`render::wake`](super::render::wake)). What
//! a look does — render for the clock now, and tell the page of a new phase
//! (`member-notice:update`, `source: "schedule"`) — is the caller's: this
//! module only keeps the timer.

use std::rc::Rc;

use super::page::{after, now};
use super::state::Shared;
use crate::time::wait_until;

/// Sets `shared`'s timer for the next change of its schedule (replacing the
/// previous one, which dropping cancels) to call `look_again` then, and
/// notes the phase it has just rendered.
pub fn plan(shared: &Shared, look_again: fn(&Shared)) {
    let now = now();
    let (wait, phase) = {
        let config = &shared.borrow().config;
        (
            wait_until(config.next_change(now), now),
            config.phase_at(now),
        )
    };
    let weak = Rc::downgrade(shared);
    let timer = after(
        wait,
        Box::new(move || {
            if let Some(shared) = weak.upgrade() {
                look_again(&shared);
            }
        }),
    );
    let mut this = shared.borrow_mut();
    this.schedule = Some(timer);
    this.rendered_phase = Some(phase);
}

/// Stops `shared`'s timer.
pub fn stop(shared: &Shared) {
    shared.borrow_mut().schedule = None;
}
