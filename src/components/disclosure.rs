//! The banner's disclosure: a native `<details>` whose `<summary>` shows or
//! hides the rest of the notice — with and without JavaScript (the notice
//! rendered at build time works before, or without, the wasm), by mouse,
//! Enter and Space, with the expanded state announced by the browser.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Texts;
use crate::l10n::ids;

/// Props of [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Where the label comes from.
    pub texts: Texts,
    /// Id of the details' content.
    pub controls: AttrValue,
    /// Called with the new state after the member opened or closed it.
    pub ontoggle: Callback<bool>,
    /// The details themselves.
    #[prop_or_default]
    pub children: Children,
}

/// `<details>` with a `<summary>` labelled in the member's language. The
/// open state belongs to the browser: the view never sets it, so a render
/// cannot undo what the member did.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let label = props.texts.text(ids::DETAILS_TOGGLE);
    let ontoggle = {
        let ontoggle = props.ontoggle.clone();
        Callback::from(move |event: Event| {
            let open = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|details| details.has_attribute("open"));
            ontoggle.emit(open);
        })
    };
    html! {
        <details class="disclosure" {ontoggle}>
            <summary class="toggle" data-action="toggle" lang={label.lang}>
                <span class="toggle-icon" aria-hidden="true"></span>
                { label.value }
            </summary>
            <div id={props.controls.clone()} class="details">
                { props.children.clone() }
            </div>
        </details>
    }
}
