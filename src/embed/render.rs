//! Mounting, re-rendering and unmounting a notice: the order of the steps
//! that turn options, config and translation into what the member sees.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::{Callback, Renderer};

use super::actions::{self, announce, report, Changed};
use super::state::{Instance, Shared};
use super::{fetches, log, pool, registry, release_texts, schedule, shadow};
use crate::components::{MemberAction, Notice};
use crate::events::EventKind;
use crate::json::Object;
use crate::l10n::LocaleInfo;
use crate::options::MountOptions;

/// Mounts a notice into an open shadow root on `host` — taking over the
/// notice prerendered there at build time, if any — and announces
/// `member-notice:ready` once it has rendered.
pub fn mount(host: Element, options: MountOptions) -> Result<Shared, JsValue> {
    let root = shadow::shadow_root(&host)?;
    shadow::apply_styles(&root)?;
    let prerendered = shadow::prerendered_root(&root);
    // A prerendered notice is hydrated, which makes a root of its own.
    let (container, app) = match &prerendered {
        Some(container) => (container.clone(), None),
        None => match pool::take() {
            Some((container, app)) => {
                root.append_child(&container)?;
                (container, Some(app))
            }
            None => (shadow::render_root(&root)?, None),
        },
    };
    let mut warnings = Vec::new();
    let mut instance = Instance::new(host, container, options, &mut warnings);
    instance.app = app;
    instance.hydrate_pending = prerendered.is_some();
    let shared = Rc::new(RefCell::new(instance));
    warnings.iter().for_each(|w| log::warn(w));
    registry::register(&shared);
    refresh(&shared);
    Ok(shared)
}

/// Takes over the prerendered notice in the instance's container: hydrates
/// it when it has the structure this first render would have (its
/// [`render_key`] matches), otherwise empties it for a clean render — never
/// a second copy. The hydrating render uses exactly what the prerender used
/// (built-in content, controls not yet live); the caller's refresh then
/// applies the member's dismissal, the config and live controls.
///
/// [`render_key`]: crate::prerender::render_key
fn hydrate(shared: &Shared) {
    let mut warnings = Vec::new();
    let (props, container, matches) = {
        // `refresh`, the only caller, has just negotiated the locale.
        let this = shared.borrow();
        let key = crate::prerender::render_key(
            this.locale,
            this.settings.variant,
            this.settings.heading_level,
            this.webview(),
            &this.config,
            this.phase(),
        );
        let found = this
            .container
            .get_attribute(crate::prerender::KEY_ATTRIBUTE)
            .unwrap_or_default();
        if found.split('|').next() != key.split('|').next() {
            warnings.push(format!(
                "the prerendered notice is from release {}, this is {}; it is rendered anew \
                 — include the fragment of the deployed release",
                found.split('|').next().unwrap_or("?"),
                crate::VERSION
            ));
        }
        let mut props = this.props(on_action(shared), &mut warnings);
        props.interactive = false;
        props.dismissed = false;
        props.visible = true;
        (props, this.container.clone(), found == key)
    };
    warnings.iter().for_each(|w| log::warn(w));
    // Another locale or variant (a WebView's ?lang=, a changed attribute)
    // or another release: the HTML is replaced, not patched.
    if !matches {
        shadow::clear(&container);
        let _ = container.remove_attribute(crate::prerender::KEY_ATTRIBUTE);
        return;
    }
    let app = Renderer::<Notice>::with_root_and_props(container, props).hydrate();
    shared.borrow_mut().app = Some(app);
}

/// Takes new options (the full set: a removed attribute returns to its
/// default) and re-renders.
pub fn set_options(shared: &Shared, options: MountOptions) {
    let mut warnings = Vec::new();
    shared.borrow_mut().set_options(options, &mut warnings);
    warnings.iter().for_each(|w| log::warn(w));
    refresh(shared);
}

/// Re-renders after a change of options, config or translation, and starts
/// the fetches a new config or translation URL needs.
pub fn refresh(shared: &Shared) {
    // Console lines wait until the borrow ends: a page that wraps
    // `console.warn` must not be able to call back into a borrowed instance.
    let mut warnings = Vec::new();
    let (hold, hydrate_first, requests) = {
        let mut this = shared.borrow_mut();
        this.negotiate(&mut warnings);
        let waiting = matches!(
            release_texts::availability(this.locale, translation_arrived),
            release_texts::Availability::Waiting
        );
        let requests = fetches::wanted(&mut this);
        let hold = waiting || this.config_pending;
        (
            hold,
            !hold && std::mem::take(&mut this.hydrate_pending),
            requests,
        )
    };
    warnings.iter().for_each(|w| log::warn(w));
    for request in requests {
        fetches::start(shared, request, fetched);
    }
    // The locale's release file, or the config, is on its way: what shows
    // (the prerendered notice, or the previous content) stays; the arrival
    // refreshes again. Nothing renders before the config is decided, so a
    // member whose config names another phase never sees the built-in one
    // first.
    if hold {
        return;
    }
    if hydrate_first {
        hydrate(shared);
    }
    let mut warnings = Vec::new();
    let (props, app) = {
        let mut this = shared.borrow_mut();
        let props = this.props(on_action(shared), &mut warnings);
        (props, this.app.take())
    };
    warnings.iter().for_each(|w| log::warn(w));
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
    let first = {
        let mut this = shared.borrow_mut();
        this.app = Some(app);
        !std::mem::replace(&mut this.ready_announced, true)
    };
    if first {
        // Yew renders in a task it has just queued; this one runs after it.
        let ready = Rc::downgrade(shared);
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(shared) = ready.upgrade() {
                announce(&shared, EventKind::Ready, Object::new());
            }
        });
    }
    schedule::plan(shared, look_again);
}

/// The view's handler of the member's actions: the action applied
/// ([`actions::on_member_action`]), the notices it changed re-rendered, then
/// announced (its detail reads the state after it, such as the new language).
fn on_action(shared: &Shared) -> Callback<MemberAction> {
    let weak = Rc::downgrade(shared);
    Callback::from(move |action| {
        let Some(shared) = weak.upgrade() else { return };
        let (changed, kind, extra) = actions::on_member_action(&shared, action);
        match changed {
            Changed::Nothing => {}
            Changed::This => refresh(&shared),
            Changed::Version(version) => {
                for other in registry::all() {
                    if other.borrow().config.version == version {
                        refresh(&other);
                    }
                }
            }
        }
        announce(&shared, kind, extra);
    })
}

/// Looks at the clock again for every notice: the loader calls it when the
/// tab becomes visible — after the device slept, or the browser held back
/// its timers (a listener there costs the wasm nothing).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wake() {
    registry::all().iter().for_each(look_again);
}

/// Renders `shared` for the clock as it is now, and tells the page when that
/// moved the notice into another phase (the schedule's timer and [`wake`]
/// call it).
fn look_again(shared: &Shared) {
    let before = shared.borrow().rendered_phase;
    refresh(shared);
    if shared.borrow().rendered_phase != before {
        updated(shared, "schedule");
    }
}

/// What a finished fetch does to the notice: new content (already in its
/// state) re-renders it and tells the page; a refusal is reported, and the
/// built-in content shows (a notice that awaited its config renders now).
fn fetched(shared: &Shared, outcome: fetches::Outcome) {
    match outcome {
        Ok(kind) => {
            refresh(shared);
            updated(shared, kind.what());
        }
        Err((code, message)) => {
            refresh(shared);
            report(shared, code, message);
        }
    }
}

/// Tells the page that new content shows (`member-notice:update`, with its
/// `source`: `config`, `translation`, `schedule`), so a web team knows when:
/// queued after the render Yew has just queued, as `ready` is.
fn updated(shared: &Shared, source: &'static str) {
    let updated = Rc::downgrade(shared);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(shared) = updated.upgrade() {
            let detail = Object::new().with("source", source);
            announce(&shared, EventKind::Update, detail);
        }
    });
}

/// What the arrival of a locale's text does: every notice renders again (those
/// in that locale now can); if it could not be had, the notices waiting for it
/// report why — or, if none is left, the console does — and show German.
fn translation_arrived(locale: &'static LocaleInfo, arrival: release_texts::Arrival) {
    let notices = registry::all();
    if let Err((code, problem)) = arrival {
        let message = format!(
            "translation for {}: {problem}; the German text is shown",
            locale.tag
        );
        let waiting: Vec<_> = notices
            .iter()
            .filter(|shared| shared.borrow().locale.tag == locale.tag)
            .collect();
        if waiting.is_empty() {
            log::warn(&message);
        }
        for shared in waiting {
            report(shared, code, message.clone());
        }
    }
    for shared in &notices {
        refresh(shared);
    }
}

/// Removes the notice; pending fetches find nothing to update. Its Yew root
/// is parked for the next notice (see [`pool`]).
pub fn unmount(shared: &Shared) {
    let (app, container) = {
        let mut this = shared.borrow_mut();
        this.generations.invalidate();
        (this.app.take(), this.container.clone())
    };
    match app {
        Some(app) => pool::park(container, app),
        None => container.remove(),
    }
    registry::remove(shared);
    schedule::stop(shared);
}
