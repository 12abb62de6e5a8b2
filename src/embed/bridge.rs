//! Posts messages to the member app's native bridge, whichever exists:
//! iOS `window.webkit.messageHandlers.memberNotice`, Android
//! `window.MemberNoticeBridge`, React Native `window.ReactNativeWebView`.
//! Messages leave after the call that made them has returned (`outbox`),
//! in order with the events they mirror.

use wasm_bindgen::{JsCast, JsValue};

use super::outbox;

/// Bridges by platform name, as object paths on `window`.
const BRIDGES: &[(&str, &[&str])] = &[
    ("ios", &["webkit", "messageHandlers", "memberNotice"]),
    ("android", &["MemberNoticeBridge"]),
    ("rn", &["ReactNativeWebView"]),
];

/// Sends `message` (a JSON string) to the bridge of `platform`, or to every
/// bridge present when no platform is named, once the current call into the
/// module has returned. A throwing bridge is ignored.
pub fn post(message: String, platform: Option<String>) {
    outbox::post(move || deliver(&message, platform.as_deref()));
}

fn deliver(message: &str, platform: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    for (name, path) in BRIDGES {
        if platform.is_some_and(|p| p != *name) {
            continue;
        }
        let Some(target) = lookup(&window, path) else {
            continue;
        };
        let post = js_sys::Reflect::get(&target, &JsValue::from_str("postMessage")).ok();
        if let Some(post) = post.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = post.call1(&target, &JsValue::from_str(message));
        }
    }
}

/// Follows `path` from `window`; `None` when any step is missing. The first
/// step must be the window's own property, and no step may come from
/// `Object.prototype`: a script that sets `Object.prototype.ReactNativeWebView`
/// must not receive the notice's messages. (Later steps may be inherited
/// from the platform: iOS's `webkit.messageHandlers` is a getter on
/// `WebKitNamespace.prototype`.)
fn lookup(window: &web_sys::Window, path: &[&str]) -> Option<JsValue> {
    let object_prototype = js_sys::Reflect::get_prototype_of(&js_sys::Object::new()).ok()?;
    path.iter()
        .enumerate()
        .try_fold(JsValue::from(window.clone()), |object, (step, key)| {
            let key = JsValue::from_str(key);
            let owner = owner_of(&object, &key)?;
            if (step == 0 && owner != object) || owner == JsValue::from(object_prototype.clone()) {
                return None;
            }
            let next = js_sys::Reflect::get(&object, &key).ok()?;
            (!next.is_undefined() && !next.is_null()).then_some(next)
        })
}

/// The object on `object`'s prototype chain that holds `key` itself
/// (through `Reflect`, which every WebView has and which never runs the
/// page's getters).
fn owner_of(object: &JsValue, key: &JsValue) -> Option<JsValue> {
    let mut current = object.clone();
    while current.is_object() {
        let holder: &js_sys::Object = current.unchecked_ref();
        let own = js_sys::Reflect::get_own_property_descriptor(holder, key).ok()?;
        if !own.is_undefined() {
            return Some(current);
        }
        current = js_sys::Reflect::get_prototype_of(&current).ok()?.into();
    }
    None
}
