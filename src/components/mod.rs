//! Yew components: the notice and its sections.
//!
//! Rendering is pure: no storage, no bridge, no `web_sys` calls during
//! render, so the same tree can later be rendered to static HTML and hydrated.
//! Everything the view needs arrives as props; everything the member does
//! leaves through the `onaction` callback.

mod disclosure;
mod links;
mod notice;
mod sections;
mod text;

use std::rc::Rc;

pub use notice::{MemberAction, Notice, NoticeProps, DEFAULT_MORE_INFO_URL};

use crate::l10n::{LocaleInfo, Localizer};

/// One locale's texts as a prop: a shared [`Localizer`], equal when it is
/// the same instance, so a re-render happens exactly when the text was
/// replaced (another locale, a fetched file, a config's terms).
#[derive(Clone, Debug)]
pub struct Texts(pub Rc<Localizer>);

impl Texts {
    /// Wraps a localizer.
    pub fn new(localizer: Localizer) -> Self {
        Texts(Rc::new(localizer))
    }

    /// The built-in texts of a shipped locale.
    pub fn for_locale(locale: &'static LocaleInfo) -> Self {
        Texts::new(Localizer::for_locale(locale))
    }
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Texts {
    type Target = Localizer;
    fn deref(&self) -> &Localizer {
        &self.0
    }
}
