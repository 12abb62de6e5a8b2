//! The banner's disclosure: a native `<details>` whose `<summary>` shows or
//! hides the rest of the notice — with and without JavaScript (the notice
//! rendered at build time works before, or without, the wasm), by mouse,
//! Enter and Space, with the expanded state announced by the browser.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Texts;
use crate::l10n::ids;

/// `<details>` with a `<summary>` labelled in the member's language around
/// `children`; `controls` is the id of the details' content, and `ontoggle`
/// hears the new state after the member opened or closed it. The open state
/// belongs to the browser: the view never sets it, so a render cannot undo
/// what the member did.
pub fn disclosure(
    texts: &Texts,
    controls: &'static str,
    ontoggle: Callback<bool>,
    children: Html,
) -> Html {
    let label = texts.text(ids::DETAILS_TOGGLE);
    let ontoggle = Callback::from(move |event: Event| {
        let open = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|details| details.has_attribute("open"));
        ontoggle.emit(open);
    });
    html! {
        <details class="disclosure" {ontoggle}>
            <summary class="toggle" data-action="toggle" lang={label.lang}>
                <span class="toggle-icon" aria-hidden="true"></span>
                { label.value }
            </summary>
            <div id={controls} class="details">
                { children }
            </div>
        </details>
    }
}
