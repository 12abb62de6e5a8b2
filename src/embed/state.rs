//! The state of one mounted notice, and what follows from it: the props the
//! view gets and the detail every event carries.
//!
//! State is shared (`Rc<RefCell<…>>`) between the JS handle, the view's
//! callback and pending fetches. Borrows are never held while calling out to
//! page code (event listeners, bridges, `console.warn`) or into Yew, so a
//! listener that calls back into the handle cannot trip a double borrow.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback};

use super::fetches::Generations;
use super::{localizers, page, storage};
use crate::components::{MemberAction, Notice, NoticeProps, DEFAULT_MORE_INFO_URL};
use crate::config::NoticeConfig;
use crate::json::Object;
use crate::l10n::{unshipped_lang_warning, LocaleInfo};
use crate::options::{MountOptions, Settings};
use crate::phase::Phase;

/// A mounted notice, shared between the handle, callbacks and fetches.
pub type Shared = Rc<RefCell<Instance>>;

/// The state of one notice.
pub struct Instance {
    /// The `<member-notice>` (or other) element the notice is mounted on.
    pub host: Element,
    /// The element inside the shadow root that Yew renders into.
    pub container: Element,
    /// The running Yew app: once rendered, or parked by a notice before
    /// ([`super::pool`]).
    pub app: Option<AppHandle<Notice>>,
    /// This mount's number on the page ([`NoticeProps::mount`]).
    pub mount: u32,
    /// Options as last given by attributes or the API.
    pub options: MountOptions,
    /// The options validated, computed once per change of options.
    pub settings: Settings,
    /// The locale the member sees: negotiated once per change, kept only here.
    pub locale: &'static LocaleInfo,
    /// The explicit `lang` last warned about, so it is reported once.
    warned_lang: Option<String>,
    /// The German version the member switched to (standard or Leichte
    /// Sprache), which wins over negotiation while it picks German; a new
    /// explicit `lang` from the page forgets it.
    pub chosen: Option<&'static LocaleInfo>,
    /// The remote config (or the built-in one).
    pub config: NoticeConfig,
    /// Config URL last requested; a change starts a new fetch.
    pub config_url: Option<String>,
    /// The config asked for is on its way (neither applied nor refused
    /// yet): the notice renders nothing new until it is decided, so that a
    /// member never sees the built-in phase first when the config names
    /// another (`render::refresh`).
    pub config_pending: bool,
    /// Translation URL last requested, and its text once it passed the checks.
    pub ftl_url: Option<String>,
    /// The fetched translation (URL, text), for [`Instance::locale`].
    pub ftl: Option<(String, Rc<str>)>,
    /// Request generations, so late answers of old requests are dropped.
    pub generations: Generations,
    /// A notice prerendered at build time waits in the container to be
    /// hydrated by the first render.
    pub hydrate_pending: bool,
    /// `member-notice:ready` went out (after the first render).
    pub ready_announced: bool,
    /// The timer for the next change of the schedule (`schedule`).
    pub schedule: Option<gloo_timers::callback::Timeout>,
    /// The phase of the last render, for the schedule to tell a change.
    pub rendered_phase: Option<Phase>,
}

impl Instance {
    /// A notice about to render into `container` on `host`; `warnings` gets
    /// what is wrong with `options`.
    pub fn new(
        host: Element,
        container: Element,
        options: MountOptions,
        warnings: &mut Vec<String>,
    ) -> Self {
        let mut instance = Instance {
            host,
            container,
            app: None,
            mount: super::pool::next_mount(),
            options: MountOptions::default(),
            settings: Settings::default(),
            locale: crate::l10n::source_locale(),
            warned_lang: None,
            chosen: None,
            config: NoticeConfig::default(),
            config_url: None,
            config_pending: false,
            ftl_url: None,
            ftl: None,
            generations: Generations::default(),
            hydrate_pending: false,
            ready_announced: false,
            schedule: None,
            rendered_phase: None,
        };
        instance.set_options(options, warnings);
        instance
    }

    /// Replaces the options and validates them once; `warnings` gets each
    /// unusable value.
    pub fn set_options(&mut self, options: MountOptions, warnings: &mut Vec<String>) {
        let (settings, problems) = options.settings();
        warnings.extend(problems);
        self.settings = settings;
        self.options = options;
    }

    /// Negotiates the locale from the options and the page; says once per
    /// value when an explicit `lang` is not shipped.
    pub fn negotiate(&mut self, warnings: &mut Vec<String>) {
        let negotiated = page::language_preferences(&self.options).negotiate();
        let asked = self.options.explicit_lang().map(str::to_owned);
        if asked != self.warned_lang {
            if let Some(warning) = asked
                .as_deref()
                .and_then(|asked| unshipped_lang_warning(asked, &negotiated))
            {
                warnings.push(warning);
            }
            self.warned_lang = asked;
            self.chosen = None;
        }
        self.locale = match self.chosen {
            Some(chosen) if negotiated.locale.is_german() => chosen,
            _ => negotiated.locale,
        };
    }

    /// The view's props for the current state; `onaction` handles the
    /// member's actions (`render`'s, which re-renders what they changed).
    pub fn props(
        &self,
        onaction: Callback<MemberAction>,
        warnings: &mut Vec<String>,
    ) -> NoticeProps {
        // `ftl` always belongs to `locale`: a new translation URL clears it.
        let texts = localizers::texts(self.locale, self.ftl.as_ref(), &self.config.terms, warnings);
        NoticeProps {
            locale: self.locale,
            texts,
            variant: self.settings.variant,
            theme: self.settings.theme,
            heading_level: self.settings.heading_level,
            // Absolute here, against the page's address: a relative `href`
            // would follow an injected `<base>` (and so would the app's link).
            // Where the page has no address to resolve against, the built-in
            // link stays and no video link shows.
            more_info_url: self
                .config
                .more_info_url
                .as_deref()
                .and_then(page::resolve)
                .map_or(AttrValue::Static(DEFAULT_MORE_INFO_URL), AttrValue::from),
            sign_language_url: self
                .config
                .sign_language_url
                .as_deref()
                .and_then(page::resolve)
                .map(AttrValue::from),
            severity: self.config.severity,
            phase: self.phase(),
            dismissed: storage::is_dismissed(&self.config.version, self.phase()),
            visible: self.config.visible_at(page::now()),
            intercept_links: self.webview(),
            interactive: true,
            mount: self.mount,
            onaction,
        }
    }

    /// The incident's phase the notice shows now (the config's, at this
    /// moment).
    pub fn phase(&self) -> Phase {
        self.config.phase_at(page::now())
    }

    /// The detail every event of this notice carries, plus `extra`.
    pub fn detail(&self, extra: &Object) -> Object {
        crate::events::detail(
            self.locale.tag,
            self.settings.variant,
            &self.config.version,
            self.phase(),
            extra,
        )
    }

    /// Whether the notice runs in the member app's WebView.
    pub fn webview(&self) -> bool {
        self.options.webview.unwrap_or(false)
    }
}
