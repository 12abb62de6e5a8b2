//! Remembers that the member collapsed the notice, per content version and
//! phase ([`crate::dismissal::storage_key`]), for
//! [`crate::dismissal::DISMISSAL_DAYS`] days.
//!
//! `localStorage` when it works. When it is missing, throws (privacy modes,
//! sandboxed frames, a hostile page), or is full, the choice lives in memory
//! for the page's life. Never fails, and warns at most once.
//!
//! Deliberately not `gloo_storage`: it reaches `window.localStorage` with
//! `expect_throw`, which throws where reading it fails (sandboxed frames,
//! some privacy modes) — exactly the case the fallback here exists for.

use std::cell::{Cell, RefCell};

use super::log;
use crate::dismissal::storage_key;
use crate::phase::Phase;

thread_local! {
    /// Choices that storage could not keep, for the page's life. They win
    /// over what storage says; a choice storage did keep is not held here, so
    /// storage stays the one record whenever it works.
    static MEMORY: RefCell<Vec<(String, bool)>> = const { RefCell::new(Vec::new()) };
    static WARNED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the notice of `version` in `phase` was collapsed.
pub fn is_dismissed(version: &str, phase: Phase) -> bool {
    let key = storage_key(version, phase);
    if let Some(choice) = MEMORY.with(|m| {
        m.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, choice)| choice)
    }) {
        return choice;
    }
    local_storage()
        .and_then(|s| s.get_item(&key).ok().flatten())
        .is_some_and(|stored| crate::dismissal::holds(&stored, super::page::now()))
}

/// Records the member's choice for `version` in `phase`.
pub fn set_dismissed(version: &str, phase: Phase, dismissed: bool) {
    let key = storage_key(version, phase);
    let stored = local_storage().is_some_and(|storage| {
        if dismissed {
            let value = crate::dismissal::stored_value(super::page::now());
            storage.set_item(&key, &value).is_ok()
        } else {
            storage.remove_item(&key).is_ok()
        }
    });
    MEMORY.with(|m| {
        let mut memory = m.borrow_mut();
        memory.retain(|(k, _)| *k != key);
        if !stored {
            memory.push((key, dismissed));
        }
    });
    if !stored && !WARNED.with(|w| w.replace(true)) {
        log::warn(
            "localStorage is unavailable or full; the member's choice to collapse the notice \
             is kept for this page only",
        );
    }
}

/// `window.localStorage`, or `None` when reading it throws or gives `null`.
fn local_storage() -> Option<web_sys::Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}
