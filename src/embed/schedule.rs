//! Keeps a notice's schedule true while the page stays open: its time window
//! (`starts_at`, `ends_at`) and its phase (`phases`) are read when the notice
//! renders, so each render sets a timer for the next change (at most a day
//! ahead, see [`crate::time::wait_until`]), and a tab that becomes visible
//! again — after the device slept, or the browser held back its timers —
//! looks at the clock at once. A phase that changed is new content: the page
//! (and the app) hear of it as `member-notice:update` with `source:
//! "schedule"`.

use std::rc::Rc;

use super::page::{after, now};
use super::state::Shared;
use super::{registry, render};
use crate::time::wait_until;

/// Sets `shared`'s timer for the next change of its schedule (replacing the
/// previous one, which dropping cancels), and notes the phase it has just
/// rendered.
pub fn plan(shared: &Shared) {
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

/// Renders `shared` for the clock as it is now, and tells the page when
/// that moved the notice into another phase.
fn look_again(shared: &Shared) {
    let before = shared.borrow().rendered_phase;
    render::refresh(shared);
    if shared.borrow().rendered_phase != before {
        render::updated(shared, "schedule");
    }
}

/// Stops `shared`'s timer.
pub fn stop(shared: &Shared) {
    shared.borrow_mut().schedule = None;
}

/// Looks at the clock again for every notice: the loader calls it when the
/// tab becomes visible (a listener there costs the wasm nothing).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wake() {
    registry::all().iter().for_each(look_again);
}
