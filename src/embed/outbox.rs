//! What the widget hands to page code — events, bridge messages, console
//! warnings — leaves the module only after the call that caused it returned.
//!
//! Page code that runs inside a call into the module (a listener of
//! `member-notice:error` that removes its notice, a `console.warn` that
//! throws) would otherwise run over Rust frames that are still on the stack:
//! `disconnect` would free a handle a `replaceOptions` is still inside, and
//! an exception would unwind the module half-way through an update. So each
//! delivery waits here and goes out in a microtask, in the order it was
//! made: before the page's next task (a click, a timer, a fetch answer).

use std::cell::RefCell;

/// A delivery to page code, run once the call that made it has returned.
type Letter = Box<dyn FnOnce()>;

thread_local! {
    static LETTERS: RefCell<Vec<Letter>> = const { RefCell::new(Vec::new()) };
}

/// Queues `letter` behind every earlier one; it runs in a microtask after
/// the current call into the module has returned.
pub fn post(letter: impl FnOnce() + 'static) {
    queue(Box::new(letter));
}

fn queue(letter: Letter) {
    let first = LETTERS.with(|letters| {
        let mut letters = letters.borrow_mut();
        letters.push(letter);
        letters.len() == 1
    });
    // Otherwise a delivery is on its way already (or running, and takes this
    // one next).
    if first {
        wasm_bindgen_futures::spawn_local(async { deliver() });
    }
}

/// Runs every queued letter, oldest first, and then those page code posted
/// meanwhile (a listener that changes an attribute). No borrow is held while
/// a letter runs, so page code may call back into the module.
fn deliver() {
    loop {
        let letters = LETTERS.with(|letters| std::mem::take(&mut *letters.borrow_mut()));
        if letters.is_empty() {
            return;
        }
        letters.into_iter().for_each(|letter| letter());
    }
}
