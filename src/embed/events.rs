//! Outgoing `member-notice:<what>` events for the host page.
//!
//! Events are `CustomEvent`s that bubble and cross the shadow boundary
//! (`composed`), with a plain JSON-able `detail`. The widget itself sends
//! nothing anywhere; web teams hook their analytics to these. Listeners run
//! after the call that raised the event has returned (`outbox`).

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::{log, outbox};
use crate::events::{EventKind, EVENT_PREFIX};
use crate::json::Object;

/// Dispatches `member-notice:<kind>` on `host` with `detail` as its detail,
/// once the current call into the module has returned.
pub fn dispatch(host: &Element, kind: EventKind, detail: &Object) {
    let host = host.clone();
    let detail = detail.to_string();
    outbox::post(move || deliver(&host, kind, &detail));
}

fn deliver(host: &Element, kind: EventKind, detail: &str) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let detail = js_sys::JSON::parse(detail).unwrap_or(JsValue::NULL);
    init.set_detail(&detail);
    let name = format!("{EVENT_PREFIX}{}", kind.as_str());
    match CustomEvent::new_with_event_init_dict(&name, &init) {
        Ok(event) => {
            // A throwing listener on the host page must not break the widget.
            let _ = host.dispatch_event(&event);
        }
        Err(_) => log::error(&format!("could not create the event {name}")),
    }
}
