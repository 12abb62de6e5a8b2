//! Text building blocks: a paragraph and a heading holding one Fluent message.
//!
//! Messages are always inserted as text nodes (Yew escapes them); a message
//! taken from the German fallback carries its own `lang`.

use yew::prelude::*;

use super::Texts;
use crate::options::HeadingLevel;

/// Props of [`Para`].
#[derive(Properties, PartialEq)]
pub struct ParaProps {
    /// Where the text comes from.
    pub texts: Texts,
    /// Message id (a constant from `l10n::ids`).
    pub id: &'static str,
    /// Optional class for styling.
    #[prop_or_default]
    pub class: Classes,
}

/// A `<p>` with one message.
#[component]
pub fn Para(props: &ParaProps) -> Html {
    let text = props.texts.text(props.id);
    html! {
        <p class={props.class.clone()} lang={text.lang}>{ text.value }</p>
    }
}

/// Props of [`Heading`].
#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// Where the text comes from.
    pub texts: Texts,
    /// Message id of the heading text.
    pub id: &'static str,
    /// Heading level (h2–h6).
    pub level: HeadingLevel,
    /// Element id, for `aria-labelledby`.
    #[prop_or_default]
    pub html_id: Option<AttrValue>,
    /// Optional class for styling.
    #[prop_or_default]
    pub class: Classes,
    /// Lets the parent move focus here (the heading then takes `tabindex=-1`).
    #[prop_or_default]
    pub focus_ref: Option<NodeRef>,
}

/// A heading of the given level with one message.
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let text = props.texts.text(props.id);
    let focus_ref = props.focus_ref.clone().unwrap_or_default();
    let tabindex = props.focus_ref.as_ref().map(|_| "-1");
    html! {
        <@{props.level.tag()} id={props.html_id.clone()} class={props.class.clone()} lang={text.lang}
            ref={focus_ref} {tabindex}>
            { text.value }
        </@>
    }
}
