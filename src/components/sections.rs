//! The five content sections of the notice, each rooted in an element with a
//! stable `data-section` hook for tests, analytics and host-page styling.

use yew::prelude::*;

use super::text::{Heading, Para};
use super::Texts;
use crate::l10n::ids;
use crate::options::HeadingLevel;

/// Props shared by the sections.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// Where the text comes from.
    pub texts: Texts,
    /// Level of the section's own heading.
    pub level: HeadingLevel,
}

/// The delay in full: cause, backlog, thanks. Its heading is the notice's
/// headline, so it has none of its own.
#[component]
pub fn Delay(props: &SectionProps) -> Html {
    let texts = &props.texts;
    html! {
        <div class="section section-delay" data-section="delay">
            <Para texts={texts.clone()} id={ids::DELAY_CAUSE} />
            <Para texts={texts.clone()} id={ids::DELAY_BACKLOG} />
            <Para texts={texts.clone()} id={ids::DELAY_THANKS} />
        </div>
    }
}

/// The delay condensed into the banner's two-line summary.
#[component]
pub fn DelaySummary(props: &SectionProps) -> Html {
    html! {
        <div class="section section-delay" data-section="delay">
            <Para texts={props.texts.clone()} id={ids::SUMMARY} class="summary" />
        </div>
    }
}

/// What is handled first.
#[component]
pub fn Priority(props: &SectionProps) -> Html {
    let texts = &props.texts;
    html! {
        <section class="section section-priority" data-section="priority">
            <Heading texts={texts.clone()} id={ids::PRIORITY_TITLE} level={props.level} />
            <Para texts={texts.clone()} id={ids::PRIORITY_FIRST} />
            <Para texts={texts.clone()} id={ids::PRIORITY_REST} />
        </section>
    }
}

/// The fraud warning; always visible because it protects members.
#[component]
pub fn Fraud(props: &SectionProps) -> Html {
    let texts = &props.texts;
    html! {
        <section class="section section-fraud" data-section="fraud">
            <Heading texts={texts.clone()} id={ids::FRAUD_TITLE} level={props.level} />
            <Para texts={texts.clone()} id={ids::FRAUD_INTRO} />
            <Para texts={texts.clone()} id={ids::FRAUD_RULE} class="fraud-rule" />
        </section>
    }
}

/// No member data left the systems; who investigates.
#[component]
pub fn DataSafety(props: &SectionProps) -> Html {
    let texts = &props.texts;
    html! {
        <section class="section section-data-safety" data-section="data-safety">
            <Heading texts={texts.clone()} id={ids::DATA_TITLE} level={props.level} />
            <Para texts={texts.clone()} id={ids::DATA_ANALYSIS} />
            <Para texts={texts.clone()} id={ids::DATA_INVESTIGATION} />
        </section>
    }
}

/// Props of [`WhatHappened`].
#[derive(Properties, PartialEq)]
pub struct WhatHappenedProps {
    /// Where the text comes from.
    pub texts: Texts,
    /// Level of the section heading.
    pub level: HeadingLevel,
    /// Target of the "more information" link (validated before it gets here).
    pub more_info_url: AttrValue,
    /// In the member app's WebView the app opens links: the link then has no
    /// `href` that a gesture (long-press, middle-click) could follow inside
    /// the WebView, only `role="link"`, and it is followed by click or Enter.
    pub app_opens_links: bool,
    /// Called when the member follows the link.
    pub onlink: Callback<()>,
}

/// Background on the attack and the restart, with the "more information" link.
#[component]
pub fn WhatHappened(props: &WhatHappenedProps) -> Html {
    let texts = &props.texts;
    let link = texts.text(ids::MORE_INFO);
    let onclick = {
        let (onlink, app) = (props.onlink.clone(), props.app_opens_links);
        Callback::from(move |event: MouseEvent| {
            if app {
                event.prevent_default();
            }
            onlink.emit(());
        })
    };
    let anchor = if props.app_opens_links {
        let onkeydown = {
            let onlink = props.onlink.clone();
            Callback::from(move |event: KeyboardEvent| {
                if event.key() == "Enter" {
                    event.prevent_default();
                    onlink.emit(());
                }
            })
        };
        html! {
            <a role="link" tabindex="0" lang={link.lang} data-action="more-info"
                {onclick} {onkeydown}>
                { link.value }
            </a>
        }
    } else {
        html! {
            <a href={props.more_info_url.clone()} rel="noopener noreferrer"
                referrerpolicy="no-referrer" lang={link.lang} data-action="more-info" {onclick}>
                { link.value }
            </a>
        }
    };
    html! {
        <section class="section section-what-happened" data-section="what-happened">
            <Heading texts={texts.clone()} id={ids::WHAT_TITLE} level={props.level} />
            <Para texts={texts.clone()} id={ids::WHAT_SHUTDOWN} />
            <Para texts={texts.clone()} id={ids::WHAT_RESTART} />
            <p class="more-info">{ anchor }</p>
        </section>
    }
}
