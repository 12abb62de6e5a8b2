//! The notice root: the region landmark, its headline and the variant layout.

use yew::prelude::*;

use super::disclosure::Disclosure;
use super::sections::{DataSafety, Delay, DelaySummary, Fraud, Priority, WhatHappened};
use super::text::Heading;
use super::L10n;
use crate::l10n::ids;
use crate::options::{HeadingLevel, Theme, Variant};

/// Where "more information" leads when no config says otherwise.
pub const DEFAULT_MORE_INFO_URL: &str = "https://www.hkk.de/";

/// Element id of the headline, which names the region.
const TITLE_ID: &str = "member-notice-title";
/// Element id of the banner's collapsible details.
const DETAILS_ID: &str = "member-notice-details";

/// Something the member did that the embedding layer reports to the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeEvent {
    /// The banner's details were opened or closed.
    Toggle {
        /// Whether the details are now shown.
        expanded: bool,
    },
    /// The member followed the "more information" link.
    Link {
        /// The link's target.
        url: String,
    },
}

/// Props of [`Notice`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    /// The member's locale (with German fallback).
    pub l10n: L10n,
    /// Banner or full.
    #[prop_or_default]
    pub variant: Variant,
    /// Colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// Level of the headline; sections are one deeper.
    #[prop_or_default]
    pub heading_level: HeadingLevel,
    /// Target of the "more information" link.
    #[prop_or(AttrValue::Static(DEFAULT_MORE_INFO_URL))]
    pub more_info_url: AttrValue,
    /// Receives what the member does.
    #[prop_or_default]
    pub on_event: Callback<NoticeEvent>,
}

/// The whole notice. A `<section>` named by its headline, so screen readers
/// list it as a region; `lang` and `dir` follow the locale.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let expanded = use_state_eq(|| false);
    let l10n = &props.l10n;
    let level = props.heading_level;
    let section_level = level.below();

    let ontoggle = {
        let expanded = expanded.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |_: MouseEvent| {
            let now = !*expanded;
            expanded.set(now);
            on_event.emit(NoticeEvent::Toggle { expanded: now });
        })
    };
    let onlink = {
        let on_event = props.on_event.clone();
        let url = props.more_info_url.to_string();
        Callback::from(move |_: MouseEvent| on_event.emit(NoticeEvent::Link { url: url.clone() }))
    };

    let what_happened = html! {
        <WhatHappened l10n={l10n.clone()} level={section_level}
            more_info_url={props.more_info_url.clone()} {onlink} />
    };
    let body = match props.variant {
        Variant::Full => html! {
            <>
                <Delay l10n={l10n.clone()} level={section_level} />
                <Priority l10n={l10n.clone()} level={section_level} />
                <Fraud l10n={l10n.clone()} level={section_level} />
                <DataSafety l10n={l10n.clone()} level={section_level} />
                { what_happened }
            </>
        },
        Variant::Banner => html! {
            <>
                <DelaySummary l10n={l10n.clone()} level={section_level} />
                <Fraud l10n={l10n.clone()} level={section_level} />
                <Disclosure l10n={l10n.clone()} expanded={*expanded}
                    controls={DETAILS_ID} {ontoggle}>
                    <Priority l10n={l10n.clone()} level={section_level} />
                    <DataSafety l10n={l10n.clone()} level={section_level} />
                    { what_happened }
                </Disclosure>
            </>
        },
    };

    html! {
        <section class="notice" aria-labelledby={TITLE_ID}
            lang={l10n.lang().to_owned()} dir={l10n.direction().as_str()}
            data-variant={props.variant.as_str()} data-theme={props.theme.as_str()}>
            <Heading l10n={l10n.clone()} id={ids::TITLE} {level}
                html_id={AttrValue::Static(TITLE_ID)} class="title" />
            { body }
        </section>
    }
}
