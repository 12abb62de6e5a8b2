//! Mounting, re-rendering and unmounting a notice: the order of the steps
//! that turn options, config and translation into what the member sees.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::json;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::Renderer;

use super::actions::announce;
use super::state::{Instance, Shared};
use super::{fetches, log, registry, shadow};
use crate::components::Notice;
use crate::events::EventKind;
use crate::options::MountOptions;

/// Mounts a notice into an open shadow root on `host` and announces
/// `member-notice:ready` once it has rendered.
pub fn mount(host: Element, options: MountOptions) -> Result<Shared, JsValue> {
    let root = shadow::shadow_root(&host)?;
    shadow::apply_styles(&root)?;
    let container = shadow::render_root(&root)?;
    let mut warnings = Vec::new();
    let shared = Rc::new(RefCell::new(Instance::new(
        host,
        container,
        options,
        &mut warnings,
    )));
    warnings.iter().for_each(|w| log::warn(w));
    registry::register(&shared);
    refresh(&shared);
    // Yew renders in a task it has just queued; this one runs after it.
    let ready = Rc::downgrade(&shared);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(shared) = ready.upgrade() {
            announce(&shared, EventKind::Ready, json!({}));
        }
    });
    Ok(shared)
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
    let (props, app, requests) = {
        let mut this = shared.borrow_mut();
        this.negotiate(&mut warnings);
        let requests = fetches::wanted(&mut this);
        let props = this.props(Rc::downgrade(shared), &mut warnings);
        (props, this.app.take(), requests)
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
    shared.borrow_mut().app = Some(app);
    for request in requests {
        fetches::start(shared, request);
    }
}

/// Removes the notice; pending fetches find nothing to update.
pub fn unmount(shared: &Shared) {
    let (app, container) = {
        let mut this = shared.borrow_mut();
        this.generations.invalidate();
        (this.app.take(), this.container.clone())
    };
    if let Some(app) = app {
        app.destroy();
    }
    container.remove();
    registry::remove(shared);
}
