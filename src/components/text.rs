//! Text building blocks: a paragraph and a heading holding one Fluent message.
//!
//! Messages are always inserted as text nodes (Yew escapes them); a message
//! taken from the German fallback carries its own `lang`.
//!
//! These are plain functions, not components: they hold no state, and every
//! component type costs the wasm its own copy of Yew's mount, hydrate and
//! update machinery (about 3 KB each) and the prerendered HTML a pair of
//! boundary comments per use.

use yew::prelude::*;

use super::Texts;
use crate::options::HeadingLevel;

/// A `<p>` with one message (`id`, a constant from `l10n::ids`).
pub fn para(texts: &Texts, id: &'static str, class: Option<&'static str>) -> Html {
    let text = texts.text(id);
    html! {
        <p {class} lang={text.lang}>{ text.value }</p>
    }
}

/// A section heading of the given level (h2–h6) with one message.
pub fn heading(texts: &Texts, id: &'static str, level: HeadingLevel) -> Html {
    let text = texts.text(id);
    html! {
        <@{level.tag()} lang={text.lang}>{ text.value }</@>
    }
}

/// The notice's headline: a heading with the element id `aria-labelledby`
/// points at, which the notice can move focus to (so it takes `tabindex=-1`).
pub fn headline(
    texts: &Texts,
    id: &'static str,
    level: HeadingLevel,
    html_id: &'static str,
    focus_ref: NodeRef,
) -> Html {
    let text = texts.text(id);
    html! {
        <@{level.tag()} id={html_id} class="title" lang={text.lang} ref={focus_ref} tabindex="-1">
            { text.value }
        </@>
    }
}
