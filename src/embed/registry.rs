//! Every notice mounted on the page, for what concerns them all: messages
//! from the member app, a dismissal shown in every notice of that content,
//! the translators' preview.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::state::{Instance, Shared};

thread_local! {
    static INSTANCES: RefCell<Vec<Weak<RefCell<Instance>>>> = const { RefCell::new(Vec::new()) };
}

/// Adds a notice (and forgets notices that are gone).
pub fn register(shared: &Shared) {
    INSTANCES.with(|all| {
        let mut all = all.borrow_mut();
        all.retain(|w| w.strong_count() > 0);
        all.push(Rc::downgrade(shared));
    });
}

/// Removes a notice.
pub fn remove(shared: &Shared) {
    let gone = Rc::downgrade(shared);
    INSTANCES.with(|all| {
        all.borrow_mut()
            .retain(|w| w.strong_count() > 0 && !w.ptr_eq(&gone))
    });
}

/// Every live notice.
pub fn all() -> Vec<Shared> {
    INSTANCES.with(|all| all.borrow().iter().filter_map(Weak::upgrade).collect())
}
