//! The banner's disclosure: a real button that shows or hides the details.

use yew::prelude::*;

use super::Texts;
use crate::l10n::ids;

/// Props of [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// Where the label comes from.
    pub texts: Texts,
    /// Whether the details are shown.
    pub expanded: bool,
    /// Id of the element the button controls.
    pub controls: AttrValue,
    /// Called on activation (click, Enter, Space — the button handles all).
    pub ontoggle: Callback<MouseEvent>,
    /// The details themselves.
    #[prop_or_default]
    pub children: Children,
}

/// A button with `aria-expanded` followed by the region it reveals. The label
/// stays the same in both states; screen readers announce the state.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let label = props.texts.text(ids::DETAILS_TOGGLE);
    html! {
        <>
            <button type="button" class="toggle" data-action="toggle"
                aria-expanded={props.expanded.to_string()}
                aria-controls={props.controls.clone()}
                lang={label.lang}
                onclick={props.ontoggle.clone()}>
                <span class="toggle-icon" aria-hidden="true"></span>
                { label.value }
            </button>
            <div id={props.controls.clone()} class="details" hidden={!props.expanded}>
                { props.children.clone() }
            </div>
        </>
    }
}
