//! The five content sections of the notice, each rooted in an element with a
//! stable `data-section` hook for tests, analytics and host-page styling.
//! Plain functions of the texts and the heading level (see `text.rs` for why
//! they are not components).

use yew::prelude::*;

use super::links::{anchor, OutLink};
use super::text::{heading, para};
use super::Texts;
use crate::l10n::ids;
use crate::options::HeadingLevel;
use crate::phase::Content;

/// The delay in full: the cause, where the phase stands, and its thanks if
/// it has them (phase `backlog`: cause, backlog, thanks). Its heading is the
/// notice's headline, so it has none of its own.
pub fn delay(texts: &Texts, content: &Content) -> Html {
    html! {
        <div class="section section-delay" data-section="delay">
            { para(texts, ids::DELAY_CAUSE, None) }
            { para(texts, content.state, None) }
            { content.thanks.map(|id| para(texts, id, None)) }
        </div>
    }
}

/// The delay condensed into the banner's two-line summary (the phase's).
pub fn delay_summary(texts: &Texts, summary: &'static str) -> Html {
    html! {
        <div class="section section-delay" data-section="delay">
            { para(texts, summary, Some("summary")) }
        </div>
    }
}

/// What is handled first.
pub fn priority(texts: &Texts, level: HeadingLevel) -> Html {
    html! {
        <section class="section section-priority" data-section="priority">
            { heading(texts, ids::PRIORITY_TITLE, level) }
            { para(texts, ids::PRIORITY_FIRST, None) }
            { para(texts, ids::PRIORITY_REST, None) }
        </section>
    }
}

/// The fraud warning; always visible because it protects members.
pub fn fraud(texts: &Texts, level: HeadingLevel) -> Html {
    html! {
        <section class="section section-fraud" data-section="fraud">
            { heading(texts, ids::FRAUD_TITLE, level) }
            { para(texts, ids::FRAUD_INTRO, None) }
            { para(texts, ids::FRAUD_RULE, Some("fraud-rule")) }
        </section>
    }
}

/// No member data left the systems; who investigates.
pub fn data_safety(texts: &Texts, level: HeadingLevel) -> Html {
    html! {
        <section class="section section-data-safety" data-section="data-safety">
            { heading(texts, ids::DATA_TITLE, level) }
            { para(texts, ids::DATA_ANALYSIS, None) }
            { para(texts, ids::DATA_INVESTIGATION, None) }
        </section>
    }
}

/// Background on the attack and the restart, with the "more information" link.
pub fn what_happened(texts: &Texts, level: HeadingLevel, more_info: &OutLink) -> Html {
    html! {
        <section class="section section-what-happened" data-section="what-happened">
            { heading(texts, ids::WHAT_TITLE, level) }
            { para(texts, ids::WHAT_SHUTDOWN, None) }
            { para(texts, ids::WHAT_RESTART, None) }
            <p class="more-info">{ anchor(more_info, texts.text(ids::MORE_INFO)) }</p>
        </section>
    }
}
