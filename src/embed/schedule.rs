//! Keeps a notice's time window true while the page stays open: `starts_at`
//! and `ends_at` are checked when the notice renders, so each render sets a
//! timer for the next change (at most a day ahead, see
//! [`crate::time::wait_until`]), and a tab that becomes visible again — after
//! the device slept, or the browser held back its timers — looks at the clock
//! at once.

use std::rc::Rc;

use super::page::{after, now};
use super::state::Shared;
use super::{registry, render};
use crate::time::wait_until;

/// Sets `shared`'s timer for the next change of its time window (replacing
/// the previous one, which dropping cancels).
pub fn plan(shared: &Shared) {
    let now = now();
    let wait = wait_until(shared.borrow().config.next_change(now), now);
    let weak = Rc::downgrade(shared);
    let timer = after(
        wait,
        Box::new(move || {
            if let Some(shared) = weak.upgrade() {
                render::refresh(&shared);
            }
        }),
    );
    shared.borrow_mut().schedule = Some(timer);
}

/// Stops `shared`'s timer.
pub fn stop(shared: &Shared) {
    shared.borrow_mut().schedule = None;
}

/// Looks at the clock again for every notice: the loader calls it when the
/// tab becomes visible (a listener there costs the wasm nothing).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wake() {
    registry::all().iter().for_each(render::refresh);
}
