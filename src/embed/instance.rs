//! One mounted notice: its options, its config, its rendering, and the
//! member's actions on it.
//!
//! State is shared (`Rc<RefCell<…>>`) between the JS handle, the event
//! callback and pending fetches. Borrows are never held while calling out to
//! page code (event listeners, bridges) or into Yew, so a listener that calls
//! back into the handle cannot trip a double borrow.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::{AppHandle, Callback, Renderer};

use super::{bridge, events, log, page, remote, shadow, storage};
use crate::components::{L10n, Notice, NoticeEvent, NoticeProps, DEFAULT_MORE_INFO_URL};
use crate::config::{parse_config, NoticeConfig, FETCH_TIMEOUT_MS, MAX_CONFIG_BYTES};
use crate::l10n::{ids, LangSource, LocaleInfo, Localizer, Negotiated};
use crate::options::{MountOptions, Settings};

/// Largest translation file accepted from `ftl-base`, in bytes.
const MAX_FTL_BYTES: usize = 256 * 1024;

/// A mounted notice, shared between the handle, callbacks and fetches.
pub type Shared = Rc<RefCell<Instance>>;

/// The state of one notice.
pub struct Instance {
    host: Element,
    container: Element,
    app: Option<AppHandle<Notice>>,
    /// Options as last given by attributes or the API.
    pub options: MountOptions,
    config: NoticeConfig,
    /// Config URL last requested; a change starts a new fetch.
    config_url: Option<String>,
    /// Translation URL last requested, and its text once it passed the checks.
    ftl_url: Option<String>,
    ftl: Option<(String, Rc<str>)>,
    /// Per kind of fetch, incremented on every new request (and on unmount),
    /// so late answers of old requests are dropped.
    generations: [u32; 2],
    /// What the member sees now, for event details.
    locale: &'static str,
    /// The explicit `lang` last checked, so an unknown one is reported once.
    lang_checked: Option<String>,
    settings: Settings,
}

thread_local! {
    /// Localizers by (locale, translation URL, terms), shared by instances.
    static LOCALIZERS: RefCell<HashMap<String, L10n>> = RefCell::new(HashMap::new());
    /// Every live instance, for messages from the app (`MemberNotice.receive`).
    static INSTANCES: RefCell<Vec<Weak<RefCell<Instance>>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts a notice into an open shadow root on `host`.
pub fn mount(host: Element, options: MountOptions) -> Result<Shared, JsValue> {
    let root = shadow::shadow_root(&host)?;
    shadow::apply_styles(&root)?;
    let container = shadow::render_root(&root)?;
    let (settings, warnings) = options.settings();
    warnings.iter().for_each(|w| log::warn(w));
    let shared = Rc::new(RefCell::new(Instance {
        host,
        container,
        app: None,
        options,
        config: NoticeConfig::default(),
        config_url: None,
        ftl_url: None,
        ftl: None,
        generations: [0; 2],
        locale: crate::l10n::source_locale().tag,
        lang_checked: None,
        settings,
    }));
    INSTANCES.with(|all| {
        let mut all = all.borrow_mut();
        all.retain(|w| w.strong_count() > 0);
        all.push(Rc::downgrade(&shared));
    });
    refresh(&shared);
    // Yew renders in a task it has just queued; this one runs after it.
    let ready = Rc::downgrade(&shared);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(shared) = ready.upgrade() {
            announce(&shared, "ready", json!({}));
        }
    });
    Ok(shared)
}

/// Every live instance.
pub fn all() -> Vec<Shared> {
    INSTANCES.with(|all| all.borrow().iter().filter_map(Weak::upgrade).collect())
}

/// Re-renders after a change of options, config or translation, and starts
/// the fetches a new config or translation URL needs.
pub fn refresh(shared: &Shared) {
    // Console lines wait until the borrow ends: a page that wraps
    // `console.warn` must not be able to call back into a borrowed instance.
    let mut warnings = Vec::new();
    let (props, app, fetch_config, fetch_ftl) = {
        let mut this = shared.borrow_mut();
        let (settings, _) = this.options.settings();
        let negotiated = page::language_preferences(&this.options).negotiate();
        this.check_explicit_lang(&negotiated, &mut warnings);
        this.locale = negotiated.locale.tag;
        this.settings = settings;
        let fetch_config = this.wants_config();
        let fetch_ftl = this.wants_ftl(negotiated.locale);
        let props = this.props(negotiated.locale, Rc::downgrade(shared), &mut warnings);
        (props, this.app.take(), fetch_config, fetch_ftl)
    };
    warnings.iter().for_each(|w| log::warn(w));
    // Refused before it is fetched: a URL from an origin nobody trusted.
    let fetch_config = fetch_config.filter(|(url, _)| trusted(shared, Fetch::Config, url));
    let fetch_ftl = fetch_ftl.filter(|(url, _)| trusted(shared, Fetch::Translation, url));
    let app = match app {
        Some(mut app) => {
            app.update(props);
            app
        }
        None => {
            let container = shared.borrow().container.clone();
            Renderer::<Notice>::with_root_and_props(container, props).render()
        }
    };
    shared.borrow_mut().app = Some(app);
    if let Some((url, generation)) = fetch_config {
        spawn_fetch(Rc::downgrade(shared), Fetch::Config, url, generation);
    }
    if let Some((url, generation)) = fetch_ftl {
        spawn_fetch(Rc::downgrade(shared), Fetch::Translation, url, generation);
    }
}

/// Whether `url` may be fetched for `kind` (the page's own origin or one in
/// `member-notice.toml`); otherwise reports `config-untrusted` /
/// `ftl-untrusted` and returns `false`.
fn trusted(shared: &Shared, kind: Fetch, url: &str) -> bool {
    match crate::trust::content_allowed(url, &page::origin(), crate::trust::CONTENT_ORIGINS) {
        Ok(()) => true,
        Err(untrusted) => {
            report(
                shared,
                &format!("{}-untrusted", kind.code_prefix()),
                format!(
                    "{} {url} {}; {}",
                    kind.what(),
                    untrusted.explain("content"),
                    kind.fallback()
                ),
            );
            false
        }
    }
}

/// Removes the notice; pending fetches find nothing to update.
pub fn unmount(shared: &Shared) {
    let (app, container) = {
        let mut this = shared.borrow_mut();
        this.generations = this.generations.map(|g| g.wrapping_add(1));
        (this.app.take(), this.container.clone())
    };
    if let Some(app) = app {
        app.destroy();
    }
    container.remove();
    INSTANCES.with(|all| {
        all.borrow_mut()
            .retain(|w| w.strong_count() > 0 && !w.ptr_eq(&Rc::downgrade(shared)))
    });
}

impl Instance {
    /// Starts a new request generation for `kind` and returns it.
    fn next_generation(&mut self, kind: Fetch) -> u32 {
        let generation = &mut self.generations[kind as usize];
        *generation = generation.wrapping_add(1);
        *generation
    }

    /// A config URL that differs from the last one requested.
    fn wants_config(&mut self) -> Option<(String, u32)> {
        let url = self
            .options
            .config
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(page::absolute_url);
        if url == self.config_url {
            return None;
        }
        self.config_url = url.clone();
        self.config = NoticeConfig::default();
        let generation = self.next_generation(Fetch::Config);
        url.map(|u| (u, generation))
    }

    /// A translation URL (for the current locale) not requested yet.
    fn wants_ftl(&mut self, locale: &LocaleInfo) -> Option<(String, u32)> {
        let base = self
            .options
            .ftl_base
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty())?;
        let base = page::absolute_url(base);
        let url = format!("{}/{}/notice.ftl", base.trim_end_matches('/'), locale.tag);
        if self.ftl_url.as_deref() == Some(url.as_str()) {
            return None;
        }
        self.ftl_url = Some(url.clone());
        self.ftl = None;
        Some((url, self.next_generation(Fetch::Translation)))
    }

    /// Says once per value when an explicit `lang` is not a shipped language.
    fn check_explicit_lang(&mut self, negotiated: &Negotiated, warnings: &mut Vec<String>) {
        let asked = self
            .options
            .lang
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.eq_ignore_ascii_case("auto"))
            .map(str::to_owned);
        if asked == self.lang_checked {
            return;
        }
        self.lang_checked = asked.clone();
        if let Some(asked) = asked.filter(|_| negotiated.source != LangSource::Explicit) {
            let shipped: Vec<_> = crate::l10n::LOCALES.iter().map(|l| l.tag).collect();
            warnings.push(format!(
                "lang \"{asked}\" is not a shipped language ({}); showing \"{}\" instead — \
                 use one of those tags or \"auto\"",
                shipped.join(", "),
                negotiated.locale.tag
            ));
        }
    }

    fn props(
        &self,
        locale: &'static LocaleInfo,
        weak: Weak<RefCell<Instance>>,
        warnings: &mut Vec<String>,
    ) -> NoticeProps {
        // `ftl` always belongs to `locale`: `wants_ftl` clears it when the URL changes.
        let l10n = localizer(locale, self.ftl.as_ref(), &self.config.terms, warnings);
        let webview = self.options.webview.unwrap_or(false);
        NoticeProps {
            l10n,
            variant: self.settings.variant,
            theme: self.settings.theme,
            heading_level: self.settings.heading_level,
            more_info_url: self
                .config
                .more_info_url
                .clone()
                .unwrap_or_else(|| DEFAULT_MORE_INFO_URL.to_owned())
                .into(),
            severity: self.config.severity,
            dismissed: storage::is_dismissed(&self.config.version),
            visible: self.config.visible_at(js_sys::Date::now() as i64),
            intercept_links: webview,
            on_event: Callback::from(move |event| {
                if let Some(shared) = weak.upgrade() {
                    on_member_action(&shared, event);
                }
            }),
        }
    }

    /// The fields every event detail carries.
    fn detail(&self, extra: Value) -> Value {
        let mut detail = json!({
            "locale": self.locale,
            "variant": self.settings.variant.as_str(),
            "contentVersion": self.config.version,
        });
        if let (Some(detail), Value::Object(extra)) = (detail.as_object_mut(), extra) {
            detail.extend(extra);
        }
        detail
    }
}

/// The shared localizer for a locale, its fetched translation and term overrides.
fn localizer(
    locale: &'static LocaleInfo,
    ftl: Option<&(String, Rc<str>)>,
    terms: &[(String, String)],
    warnings: &mut Vec<String>,
) -> L10n {
    // The translators' preview: text being edited is shown as typed, uncached
    // (it changes on every keystroke); the editor lists its problems itself.
    #[cfg(feature = "preview")]
    if let Some((revision, text)) = super::preview::edited(locale.tag) {
        let origin = format!("editor:{}#{revision}", locale.tag);
        let mut localizer = Localizer::from_source(locale.tag, locale.direction, &origin, &text);
        localizer.override_terms(terms);
        return L10n::new(localizer);
    }
    let key = format!(
        "{}|{}|{:?}",
        locale.tag,
        ftl.map_or("", |(url, _)| url),
        terms
    );
    LOCALIZERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                let mut localizer = match ftl {
                    Some((url, text)) => {
                        Localizer::from_source(locale.tag, locale.direction, url, text)
                    }
                    None => Localizer::for_locale(locale),
                };
                localizer.override_terms(terms);
                warnings.extend(localizer.problems().iter().cloned());
                L10n::new(localizer)
            })
            .clone()
    })
}

/// Handles what the member did: remember a dismissal, then tell the host.
fn on_member_action(shared: &Shared, event: NoticeEvent) {
    let version = shared.borrow().config.version.clone();
    let (kind, extra) = match event {
        NoticeEvent::Toggle { expanded } => ("toggle", json!({ "expanded": expanded })),
        // Absolute, so the app (or analytics) can open it as it is.
        NoticeEvent::Link { url } => ("link", json!({ "url": page::absolute_url(&url) })),
        NoticeEvent::Dismiss => {
            storage::set_dismissed(&version, true);
            refresh_version(&version);
            ("dismiss", json!({}))
        }
        NoticeEvent::Restore => {
            storage::set_dismissed(&version, false);
            refresh_version(&version);
            ("restore", json!({}))
        }
    };
    announce(shared, kind, extra);
}

/// Re-renders every notice showing content `version`, so a choice made in
/// one of them shows in all at once (not later, on some unrelated change).
fn refresh_version(version: &str) {
    for shared in all() {
        if shared.borrow().config.version == version {
            refresh(&shared);
        }
    }
}

/// Dispatches `member-notice:<kind>` on the host and, in a WebView, posts it
/// to the app's bridge.
pub fn announce(shared: &Shared, kind: &str, extra: Value) {
    let (host, detail, webview, platform) = {
        let this = shared.borrow();
        (
            this.host.clone(),
            this.detail(extra),
            this.options.webview.unwrap_or(false),
            this.options.platform.clone(),
        )
    };
    events::dispatch(&host, kind, &detail);
    if webview {
        bridge::post(
            &crate::webview::outgoing(kind, &detail),
            platform.as_deref(),
        );
    }
}

/// Reports a problem with an input: one console warning, one error event.
fn report(shared: &Shared, code: &str, message: String) {
    log::warn(&message);
    announce(shared, "error", json!({ "code": code, "message": message }));
}

/// What a fetch is for. Each kind has its own request generation: a new
/// translation request must not make an answer to the config request stale.
#[derive(Clone, Copy)]
enum Fetch {
    Config = 0,
    Translation = 1,
}

impl Fetch {
    /// How messages name the input.
    fn what(self) -> &'static str {
        match self {
            Fetch::Config => "config",
            Fetch::Translation => "translation",
        }
    }

    /// Prefix of the error codes (`config-http`, `ftl-timeout`).
    fn code_prefix(self) -> &'static str {
        match self {
            Fetch::Config => "config",
            Fetch::Translation => "ftl",
        }
    }

    fn max_bytes(self) -> usize {
        match self {
            Fetch::Config => MAX_CONFIG_BYTES,
            Fetch::Translation => MAX_FTL_BYTES,
        }
    }

    /// What the member keeps seeing when the input is refused.
    fn fallback(self) -> &'static str {
        match self {
            Fetch::Config => "the built-in notice stays",
            Fetch::Translation => "the built-in text stays",
        }
    }
}

/// Fetches `url` for `kind`; applies the answer if it is still wanted and
/// valid, otherwise reports why not.
fn spawn_fetch(weak: Weak<RefCell<Instance>>, kind: Fetch, url: String, generation: u32) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = remote::fetch_text(&url, kind.max_bytes(), FETCH_TIMEOUT_MS).await;
        let Some(shared) = weak.upgrade() else { return };
        if shared.borrow().generations[kind as usize] != generation {
            return;
        }
        let outcome = result
            .map_err(|e| (format!("{}-{}", kind.code_prefix(), e.code), e.problem))
            .and_then(|text| accept(&shared, kind, &url, text));
        match outcome {
            Ok(()) => {
                refresh(&shared);
                // So a web team knows when the remote content shows: queued
                // after the render Yew has just queued, as `ready` is.
                let updated = Rc::downgrade(&shared);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(shared) = updated.upgrade() {
                        announce(&shared, "update", json!({ "source": kind.what() }));
                    }
                });
            }
            Err((code, problem)) => report(
                &shared,
                &code,
                format!("{} {url} {problem}; {}", kind.what(), kind.fallback()),
            ),
        }
    });
}

/// Validates fetched text and stores it in the instance.
fn accept(shared: &Shared, kind: Fetch, url: &str, text: String) -> Result<(), (String, String)> {
    match kind {
        Fetch::Config => {
            let parsed = parse_config(&text);
            for warning in &parsed.warnings {
                log::warn(&format!("config {url}: {warning}"));
            }
            shared.borrow_mut().config = parsed
                .config
                .map_err(|e| (e.code().to_owned(), e.to_string()))?;
        }
        Fetch::Translation => {
            check_translation(url, &text)?;
            shared.borrow_mut().ftl = Some((url.to_owned(), Rc::from(text)));
        }
    }
    Ok(())
}

/// A fetched translation is used only if it parses cleanly and has every
/// message the widget shows.
fn check_translation(url: &str, text: &str) -> Result<(), (String, String)> {
    let candidate = Localizer::from_source("und", crate::l10n::Direction::Ltr, url, text);
    if let Some(problem) = candidate.problems().first() {
        return Err(("ftl-invalid".into(), format!("has errors ({problem})")));
    }
    let missing: Vec<_> = ids::ALL
        .iter()
        .filter(|id| !candidate.has_own_message(id))
        .collect();
    if !missing.is_empty() {
        return Err((
            "ftl-incomplete".into(),
            format!("lacks the messages {missing:?}"),
        ));
    }
    Ok(())
}

/// The tag of the locale an instance shows.
pub fn locale(shared: &Shared) -> &'static str {
    shared.borrow().locale
}
