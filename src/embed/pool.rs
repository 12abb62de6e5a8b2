//! Yew roots kept for the next notice.
//!
//! Yew never frees what a root sets up for its event delegation: the
//! listeners it adds to the root element are `forget`-ten and hold the
//! element and the root's data. A page that adds and removes notices — a
//! single-page app's routes — would keep one root per notice it ever showed.
//! So a removed notice's root is emptied and parked here, and the next notice
//! without a prerendered copy to take over moves it into its own shadow root:
//! a page keeps at most as many roots as it showed notices at once.

use std::cell::{Cell, RefCell};

use web_sys::Element;
use yew::AppHandle;

use crate::components::Notice;

/// A root element with the Yew app that renders into it.
pub type Parked = (Element, AppHandle<Notice>);

thread_local! {
    static PARKED: RefCell<Vec<Parked>> = const { RefCell::new(Vec::new()) };
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

/// A number for a new mount, different from every other on the page: a
/// parked root's notice takes it for a new notice (see `NoticeProps::mount`).
pub fn next_mount() -> u32 {
    MOUNTS.with(|mounts| {
        mounts.set(mounts.get().wrapping_add(1));
        mounts.get()
    })
}

/// A parked root, if a removed notice left one.
pub fn take() -> Option<Parked> {
    PARKED.with(|parked| parked.borrow_mut().pop())
}

/// Takes `app`'s element out of the page, empties it and parks both. Yew
/// still believes the last notice is rendered there; the next notice's
/// first render replaces that notice's root node (keyed by its mount, which
/// differs) and finds it already gone, which Yew tolerates.
pub fn park(container: Element, app: AppHandle<Notice>) {
    container.remove();
    // Nothing of the last notice comes along (an open <details>, focus, its
    // text), and the element is never taken for a prerendered notice.
    super::shadow::clear(&container);
    let _ = container.remove_attribute(crate::prerender::KEY_ATTRIBUTE);
    PARKED.with(|parked| parked.borrow_mut().push((container, app)));
}
