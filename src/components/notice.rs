//! The notice root: the region landmark, its headline, the variant layout,
//! and the collapsed one-line reminder.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::disclosure::disclosure;
use super::links::{anchor, OutLink};
use super::sections::{data_safety, delay, delay_summary, fraud, priority, what_happened};
use super::text::headline;
use super::Texts;
use crate::config::Severity;
use crate::l10n::{ids, LocaleInfo, EASY_READ};
use crate::options::{HeadingLevel, Theme, Variant};
use crate::phase::{Phase, Section};

/// Where "more information" leads when no config says otherwise.
pub const DEFAULT_MORE_INFO_URL: &str = "https://www.hkk.de/";

/// Element id of the headline (or the reminder), which names the region.
const TITLE_ID: &str = "member-notice-title";
/// Element id of the banner's collapsible details.
const DETAILS_ID: &str = "member-notice-details";

/// Something the member did that the embedding layer reports to the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemberAction {
    /// The banner's details were opened or closed.
    Toggle {
        /// Whether the details are now shown.
        expanded: bool,
    },
    /// The member followed a link out of the notice.
    Link {
        /// The link's target.
        url: AttrValue,
        /// Which link: its `data-action` (`more-info`, `sign-language`).
        link: &'static str,
    },
    /// The member collapsed the notice to the reminder.
    Dismiss,
    /// The member opened the notice again from the reminder.
    Restore,
    /// The member switched between standard German and Leichte Sprache.
    SwitchLanguage,
}

/// What the status region says after the member's own action.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    /// Nothing yet: the notice never speaks on load.
    Nothing,
    /// Collapsed or open again, whichever the notice now is.
    State,
    /// The language the notice is now in.
    Language,
}

/// Props of [`Notice`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    /// The locale the member sees, negotiated once by the embedding layer:
    /// the notice's `lang` and `dir`.
    pub locale: &'static LocaleInfo,
    /// That locale's texts (with German fallback per message).
    pub texts: Texts,
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
    /// The notice in German Sign Language, if the config names a video.
    #[prop_or_default]
    pub sign_language_url: Option<AttrValue>,
    /// How serious the notice is; `critical` cannot be collapsed.
    #[prop_or_default]
    pub severity: Severity,
    /// The incident's phase, which decides the headline, the delay text,
    /// the reminder and the sections ([`Phase::content`]).
    #[prop_or_default]
    pub phase: Phase,
    /// Whether the member collapsed the notice (ignored for `critical`).
    #[prop_or_default]
    pub dismissed: bool,
    /// `false` renders nothing (inactive, or outside its time window).
    #[prop_or(true)]
    pub visible: bool,
    /// In the app's WebView the app opens links: the click is reported, not followed.
    #[prop_or_default]
    pub intercept_links: bool,
    /// Receives what the member does.
    #[prop_or_default]
    pub onaction: Callback<MemberAction>,
    /// `false` for the notice rendered at build time, shown before (or
    /// without) the wasm: its buttons would do nothing, so they keep their
    /// place but stay hidden; the `<details>` disclosure works regardless.
    #[prop_or(true)]
    pub interactive: bool,
    /// Which mount on the page this is: a Yew root used again for another
    /// notice (embed/pool.rs) starts as a new notice — new nodes, no focus
    /// to move, nothing said.
    #[prop_or_default]
    pub mount: u32,
}

impl NoticeProps {
    /// Props with every default (banner, auto theme, h2, built-in link,
    /// `warning`, visible) for `locale` and its built-in texts; adjust fields
    /// as needed.
    pub fn new(locale: &'static LocaleInfo) -> Self {
        NoticeProps {
            locale,
            texts: Texts::for_locale(locale),
            variant: Variant::default(),
            theme: Theme::default(),
            heading_level: HeadingLevel::default(),
            more_info_url: AttrValue::Static(DEFAULT_MORE_INFO_URL),
            sign_language_url: None,
            severity: Severity::default(),
            phase: Phase::default(),
            dismissed: false,
            visible: true,
            intercept_links: false,
            onaction: Callback::noop(),
            interactive: true,
            mount: 0,
        }
    }
}

/// The whole notice. A `<section>` named by its headline, so screen readers
/// list it as a region; `lang` and `dir` follow the locale.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let title_ref = use_node_ref();
    let restore_ref = use_node_ref();
    // The member's own dismiss/restore/switch: (focus still to move, what
    // the status region says, in which mount). Focus moves only after a
    // dismiss or restore, never on load (a switch keeps it on the switch,
    // which stays the same element); the status region speaks only once the
    // member acted — in this mount, not in the notice that had the root
    // before. The click's re-render comes from the parent, whose props
    // change with it.
    let member_acted = use_mut_ref(|| (false, Said::Nothing, props.mount));
    if member_acted.borrow().2 != props.mount {
        *member_acted.borrow_mut() = (false, Said::Nothing, props.mount);
    }
    let collapsed = props.dismissed && props.severity.dismissible();
    {
        let (title_ref, restore_ref, member_acted) =
            (title_ref.clone(), restore_ref.clone(), member_acted.clone());
        use_effect_with(collapsed, move |collapsed| {
            if std::mem::take(&mut member_acted.borrow_mut().0) {
                let target = if *collapsed { &restore_ref } else { &title_ref };
                if let Some(element) = target.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    if !props.visible {
        return html! {};
    }
    let texts = &props.texts;
    let content = props.phase.content();
    let emit = |event: MemberAction| {
        let (onaction, mount) = (props.onaction.clone(), props.mount);
        let member_acted = member_acted.clone();
        Callback::from(move |_: MouseEvent| {
            *member_acted.borrow_mut() = match event {
                MemberAction::SwitchLanguage => (false, Said::Language, mount),
                _ => (true, Said::State, mount),
            };
            onaction.emit(event.clone())
        })
    };

    let ontoggle = {
        let onaction = props.onaction.clone();
        Callback::from(move |expanded| onaction.emit(MemberAction::Toggle { expanded }))
    };
    let content = if collapsed {
        let restore = texts.text(ids::RESTORE);
        let reminder = texts.text(content.collapsed);
        let rule = texts.text(ids::FRAUD_RULE);
        // The one-sentence fraud rule stays: a remembered dismissal (or a key
        // another script wrote) must never hide the warning.
        html! {
            <div class="reminder">
                <p id={TITLE_ID} class="reminder-text" lang={reminder.lang}>{ reminder.value }</p>
                <button type="button" class="restore" data-action="restore" lang={restore.lang}
                    ref={restore_ref} onclick={emit(MemberAction::Restore)}>
                    { restore.value }
                </button>
                <p class="reminder-fraud fraud-rule" data-section="fraud" lang={rule.lang}>
                    { rule.value }
                </p>
            </div>
        }
    } else {
        let dismiss = props.severity.dismissible().then(|| {
            let label = texts.text(ids::DISMISS);
            html! {
                <button type="button" class="dismiss" data-action="dismiss" lang={label.lang}
                    onclick={emit(MemberAction::Dismiss)}>
                    { label.value }
                </button>
            }
        });
        html! {
            <>
                <div class="header">
                    { headline(texts, content.title, props.heading_level, TITLE_ID, title_ref.clone()) }
                    { dismiss }
                </div>
                { alternatives(props, emit(MemberAction::SwitchLanguage)) }
                { body(props, ontoggle) }
            </>
        }
    };

    // What the status region says (screen readers announce it politely).
    let said = match member_acted.borrow().1 {
        Said::Nothing => None,
        Said::State if collapsed => Some(texts.text(ids::STATUS_COLLAPSED)),
        Said::State => Some(texts.text(ids::STATUS_RESTORED)),
        Said::Language => Some(texts.text(ids::STATUS_LANGUAGE)),
    };
    html! {
        // Keyed by the mount: a Yew root used again (embed/pool.rs) gets new
        // nodes, never those of the notice before.
        <section key={props.mount} class="notice" aria-labelledby={TITLE_ID}
            lang={props.locale.html_lang()} dir={props.locale.direction.as_str()}
            data-easy-read={(props.locale.tag == EASY_READ).then_some("")}
            data-variant={props.variant.as_str()} data-theme={props.theme.as_str()}
            data-severity={props.severity.as_str()}
            data-phase={props.phase.as_str()}
            data-state={if collapsed { "collapsed" } else { "open" }}
            data-interactive={props.interactive.then_some("")}>
            { content }
            // After the content, in both states, so the region stays the same
            // element and only its text changes (what makes it announced).
            <p class="status" role="status" lang={said.as_ref().and_then(|text| text.lang)}>
                { said.map(|text| text.value) }
            </p>
        </section>
    }
}

/// A link out of the notice with the `data-action` `link`, reported as
/// [`MemberAction::Link`] under that name.
fn out_link(props: &NoticeProps, url: AttrValue, link: &'static str) -> OutLink {
    let onaction = props.onaction.clone();
    OutLink {
        url,
        action: link,
        app_opens_links: props.intercept_links,
        onlink: Callback::from(move |url| onaction.emit(MemberAction::Link { url, link })),
    }
}

/// The notice in other forms, right below the headline where members who
/// need them look first: in the German versions the switch between standard
/// German and Leichte Sprache; in every locale the video in German Sign
/// Language when the config names one. Nothing when neither applies.
fn alternatives(props: &NoticeProps, onswitch: Callback<MouseEvent>) -> Html {
    let texts = &props.texts;
    let switch = props.locale.is_german().then(|| {
        let label = texts.text(ids::LANGUAGE_SWITCH);
        html! {
            <button type="button" class="switch" data-action="easy-language" lang={label.lang}
                onclick={onswitch}>
                { label.value }
            </button>
        }
    });
    let video = props.sign_language_url.clone().map(|url| {
        anchor(
            &out_link(props, url, "sign-language"),
            texts.text(ids::SIGN_LANGUAGE),
        )
    });
    if switch.is_none() && video.is_none() {
        return html! {};
    }
    html! {
        <p class="alternatives">{ switch }{ video }</p>
    }
}

/// The phase's sections in the order of the variant, below the headline.
fn body(props: &NoticeProps, ontoggle: Callback<bool>) -> Html {
    let texts = &props.texts;
    let content = props.phase.content();
    let level = props.heading_level.below();
    let more_info = out_link(props, props.more_info_url.clone(), "more-info");
    // In the page's order (`Section::ORDER`), each where the phase shows it:
    // no iterator, which would cost the wasm its adapters.
    let priority = content
        .shows(Section::Priority)
        .then(|| priority(texts, level));
    let data_safety = content
        .shows(Section::DataSafety)
        .then(|| data_safety(texts, level));
    let what_happened = content
        .shows(Section::WhatHappened)
        .then(|| what_happened(texts, level, &more_info));
    match props.variant {
        Variant::Full => html! {
            <>
                { delay(texts, content) }
                { priority }
                { fraud(texts, level) }
                { data_safety }
                { what_happened }
            </>
        },
        Variant::Banner => {
            let details = html! { <>{ priority }{ data_safety }{ what_happened }</> };
            html! {
                <>
                    { delay_summary(texts, content.summary) }
                    { fraud(texts, level) }
                    { disclosure(texts, DETAILS_ID, ontoggle, details) }
                </>
            }
        }
    }
}
