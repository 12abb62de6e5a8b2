//! Links that leave the notice ("more information", the video in German Sign
//! Language): followed by the browser on a web page, handed to the app in
//! its WebView.

use yew::prelude::*;

use crate::l10n::Text;

/// Where a link leads and how it is followed.
#[derive(Clone)]
pub struct OutLink {
    /// Target of the link (validated before it gets here).
    pub url: AttrValue,
    /// Which link it is: its `data-action` (`more-info`, `sign-language`).
    pub action: &'static str,
    /// In the member app's WebView the app opens links: the link then has no
    /// `href` that a gesture (long-press, middle-click) could follow inside
    /// the WebView, only `role="link"`, and it is followed by click or Enter.
    pub app_opens_links: bool,
    /// Called with the target when the member follows the link.
    pub onlink: Callback<AttrValue>,
}

/// The `<a>` for `link`, labelled `label`.
pub fn anchor(link: &OutLink, label: Text) -> Html {
    let action = link.action;
    let follow = {
        let (onlink, url) = (link.onlink.clone(), link.url.clone());
        move || onlink.emit(url.clone())
    };
    let onclick = {
        let (follow, app) = (follow.clone(), link.app_opens_links);
        Callback::from(move |event: MouseEvent| {
            if app {
                event.prevent_default();
            }
            follow();
        })
    };
    if link.app_opens_links {
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                follow();
            }
        });
        html! {
            <a role="link" tabindex="0" lang={label.lang} data-action={action}
                {onclick} {onkeydown}>
                { label.value }
            </a>
        }
    } else {
        html! {
            <a href={link.url.clone()} rel="noopener noreferrer"
                referrerpolicy="no-referrer" lang={label.lang} data-action={action} {onclick}>
                { label.value }
            </a>
        }
    }
}
