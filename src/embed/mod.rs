//! Browser glue: mounts the notice into a host element and exposes the handle
//! the JavaScript loader (`js/loader.js`) drives.
//!
//! Only this module touches `web_sys`. It owns the shadow root, the shared
//! stylesheet, the outgoing events and the console messages; the components
//! stay pure.

mod events;
mod log;
mod page;
mod shadow;

use std::cell::RefCell;
use std::collections::HashMap;

use serde_json::json;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback, Renderer};

use crate::components::{L10n, Notice, NoticeEvent, NoticeProps};
use crate::l10n::{LocaleInfo, Localizer, LOCALES};
use crate::options::{MountOptions, Settings};

/// Content version of the text built into this release; dismissals are
/// remembered per content version.
pub const BUILTIN_CONTENT_VERSION: &str = "builtin-1";

thread_local! {
    /// One localizer per locale, shared by every instance on the page.
    static LOCALIZERS: RefCell<HashMap<&'static str, L10n>> = RefCell::new(HashMap::new());
}

/// Runs once when the wasm module starts: route panics to the console with
/// the widget's prefix instead of letting Yew's hook speak for the page.
#[wasm_bindgen(start)]
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        log::error(&format!("internal error, please report: {info}"));
    }));
}

/// The crate version (`MemberNotice.version`).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// The shipped locale tags (`MemberNotice.locales`).
#[wasm_bindgen]
pub fn locales() -> Vec<String> {
    LOCALES.iter().map(|l| l.tag.to_owned()).collect()
}

/// The localizer for `locale`, built once and shared; load problems are
/// logged the first time only.
fn localizer(locale: &'static LocaleInfo) -> L10n {
    LOCALIZERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(locale.tag)
            .or_insert_with(|| {
                let localizer = Localizer::for_locale(locale);
                for problem in localizer.problems() {
                    log::warn(problem);
                }
                L10n::new(localizer)
            })
            .clone()
    })
}

/// One mounted notice, as seen from JavaScript.
#[wasm_bindgen]
pub struct NoticeHandle {
    mounted: Option<Mounted>,
}

struct Mounted {
    host: Element,
    container: Element,
    app: AppHandle<Notice>,
    options: MountOptions,
    props: NoticeProps,
}

#[wasm_bindgen]
impl NoticeHandle {
    /// Mounts a notice into an open shadow root on `host`, configured by
    /// `options_json` (the loader's `JSON.stringify(options)`), and announces
    /// `member-notice:ready` once it has rendered.
    #[wasm_bindgen(constructor)]
    pub fn new(host: Element, options_json: &str) -> Result<NoticeHandle, JsValue> {
        let (options, warnings) = MountOptions::from_json(options_json);
        warnings.iter().for_each(|w| log::warn(w));
        let root = shadow::shadow_root(&host)?;
        shadow::apply_styles(&root)?;
        let container = shadow::render_root(&root)?;
        let props = props_for(&host, &options, None);
        let app =
            Renderer::<Notice>::with_root_and_props(container.clone(), props.clone()).render();
        let ready_host = host.clone();
        let detail = detail(&props, json!({}));
        // Yew renders in a task it has just queued; this one runs after it.
        wasm_bindgen_futures::spawn_local(async move {
            events::dispatch(&ready_host, "ready", &detail);
        });
        Ok(NoticeHandle {
            mounted: Some(Mounted {
                host,
                container,
                app,
                options,
                props,
            }),
        })
    }

    /// Switches the language (`"ar"`, `"pl-PL"`, `"auto"`); unknown tags fall
    /// back the same way as on mount.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&mut self, tag: &str) {
        if let Some(mounted) = self.mounted.as_mut() {
            mounted.options.lang = Some(tag.to_owned());
            mounted.rerender();
        }
    }

    /// Applies changed options (same shape as on mount); absent keys keep
    /// their current value.
    pub fn update(&mut self, options_json: &str) {
        let Some(mounted) = self.mounted.as_mut() else {
            return;
        };
        let (changes, warnings) = MountOptions::from_json(options_json);
        warnings.iter().for_each(|w| log::warn(w));
        let options = &mut mounted.options;
        options.lang = changes.lang.or(options.lang.take());
        options.variant = changes.variant.or(options.variant.take());
        options.theme = changes.theme.or(options.theme.take());
        options.heading_level = changes.heading_level.or(options.heading_level.take());
        options.config = changes.config.or(options.config.take());
        options.url_lang = changes.url_lang.or(options.url_lang.take());
        mounted.rerender();
    }

    /// The tag of the locale currently shown.
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> Option<String> {
        self.mounted
            .as_ref()
            .map(|m| m.props.l10n.lang().to_owned())
    }

    /// Removes the notice and everything it added inside the host's shadow
    /// root. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(mounted) = self.mounted.take() {
            mounted.app.destroy();
            mounted.container.remove();
        }
    }
}

impl Mounted {
    fn rerender(&mut self) {
        self.props = props_for(&self.host, &self.options, Some(&self.props));
        self.app.update(self.props.clone());
    }
}

/// Builds the component props from options and the page's language sources.
fn props_for(
    host: &Element,
    options: &MountOptions,
    previous: Option<&NoticeProps>,
) -> NoticeProps {
    let (settings, warnings): (Settings, _) = options.settings();
    if previous.is_none() {
        warnings.iter().for_each(|w| log::warn(w));
    }
    let negotiated = page::language_preferences(options).negotiate();
    let l10n = localizer(negotiated.locale);
    let event_host = host.clone();
    let (locale, variant) = (negotiated.locale.tag, settings.variant);
    let on_event = Callback::from(move |event: NoticeEvent| {
        let base = json!({
            "locale": locale,
            "variant": variant.as_str(),
            "contentVersion": BUILTIN_CONTENT_VERSION,
        });
        match event {
            NoticeEvent::Toggle { expanded } => events::dispatch(
                &event_host,
                "toggle",
                &merge(base, json!({ "expanded": expanded })),
            ),
            NoticeEvent::Link { url } => {
                events::dispatch(&event_host, "link", &merge(base, json!({ "url": url })))
            }
        }
    });
    NoticeProps {
        l10n,
        variant: settings.variant,
        theme: settings.theme,
        heading_level: settings.heading_level,
        more_info_url: previous
            .map(|p| p.more_info_url.clone())
            .unwrap_or_else(|| crate::components::DEFAULT_MORE_INFO_URL.into()),
        on_event,
    }
}

/// The common part of every event's detail, plus `extra`.
fn detail(props: &NoticeProps, extra: serde_json::Value) -> serde_json::Value {
    merge(
        json!({
            "locale": props.l10n.lang(),
            "variant": props.variant.as_str(),
            "contentVersion": BUILTIN_CONTENT_VERSION,
        }),
        extra,
    )
}

fn merge(mut base: serde_json::Value, extra: serde_json::Value) -> serde_json::Value {
    if let (Some(base), serde_json::Value::Object(extra)) = (base.as_object_mut(), extra) {
        base.extend(extra);
    }
    base
}
