//! Yew components: the notice and its sections.
//!
//! Rendering is pure: no storage, no bridge, no `web_sys` calls during
//! render, so the same tree can later be rendered to static HTML and hydrated.
//! Everything the view needs arrives as props; everything it reports leaves
//! through the `on_event` callback.

mod disclosure;
mod notice;
mod sections;
mod text;

use std::rc::Rc;

pub use notice::{Notice, NoticeEvent, NoticeProps, DEFAULT_MORE_INFO_URL};

use crate::l10n::Localizer;

/// A shared localizer as a prop: equal when it is the same instance, so a
/// re-render happens exactly when the locale (or its text) was replaced.
#[derive(Clone, Debug)]
pub struct L10n(pub Rc<Localizer>);

impl L10n {
    /// Wraps a localizer.
    pub fn new(localizer: Localizer) -> Self {
        L10n(Rc::new(localizer))
    }
}

impl PartialEq for L10n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for L10n {
    type Target = Localizer;
    fn deref(&self) -> &Localizer {
        &self.0
    }
}
