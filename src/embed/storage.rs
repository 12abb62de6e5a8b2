//! Remembers that the member collapsed the notice, per content version, for
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

/// Storage keys are `member-notice:dismissed:<content version>`.
const KEY_PREFIX: &str = "member-notice:dismissed:";

thread_local! {
    /// Choices that storage could not keep, for the page's life. They win
    /// over what storage says; a choice storage did keep is not held here, so
    /// storage stays the one record whenever it works.
    static MEMORY: RefCell<Vec<(String, bool)>> = const { RefCell::new(Vec::new()) };
    static WARNED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the notice of `version` was collapsed.
pub fn is_dismissed(version: &str) -> bool {
    if let Some(choice) = MEMORY.with(|m| {
        m.borrow()
            .iter()
            .find(|(v, _)| v == version)
            .map(|&(_, choice)| choice)
    }) {
        return choice;
    }
    local_storage()
        .and_then(|s| s.get_item(&key(version)).ok().flatten())
        .is_some_and(|stored| crate::dismissal::holds(&stored, super::page::now()))
}

/// Records the member's choice for `version`.
pub fn set_dismissed(version: &str, dismissed: bool) {
    let stored = local_storage().is_some_and(|storage| {
        if dismissed {
            let value = crate::dismissal::stored_value(super::page::now());
            storage.set_item(&key(version), &value).is_ok()
        } else {
            storage.remove_item(&key(version)).is_ok()
        }
    });
    MEMORY.with(|m| {
        let mut memory = m.borrow_mut();
        memory.retain(|(v, _)| v != version);
        if !stored {
            memory.push((version.to_owned(), dismissed));
        }
    });
    if !stored && !WARNED.with(|w| w.replace(true)) {
        log::warn(
            "localStorage is unavailable or full; the member's choice to collapse the notice \
             is kept for this page only",
        );
    }
}

fn key(version: &str) -> String {
    format!("{KEY_PREFIX}{version}")
}

/// `window.localStorage`, or `None` when reading it throws or gives `null`.
fn local_storage() -> Option<web_sys::Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}
