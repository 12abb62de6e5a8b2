//! Posts messages to the member app's native bridge, whichever exists:
//! iOS `window.webkit.messageHandlers.memberNotice`, Android
//! `window.MemberNoticeBridge`, React Native `window.ReactNativeWebView`.

use wasm_bindgen::{JsCast, JsValue};

/// Bridges by platform name, as object paths on `window`.
const BRIDGES: &[(&str, &[&str])] = &[
    ("ios", &["webkit", "messageHandlers", "memberNotice"]),
    ("android", &["MemberNoticeBridge"]),
    ("rn", &["ReactNativeWebView"]),
];

/// Sends `message` (a JSON string) to the bridge of `platform`, or to every
/// bridge present when no platform is named. A throwing bridge is ignored.
pub fn post(message: &str, platform: Option<&str>) {
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

/// Follows `path` from `window`; `None` when any step is missing.
fn lookup(window: &web_sys::Window, path: &[&str]) -> Option<JsValue> {
    path.iter()
        .try_fold(JsValue::from(window.clone()), |object, key| {
            let next = js_sys::Reflect::get(&object, &JsValue::from_str(key)).ok()?;
            (!next.is_undefined() && !next.is_null()).then_some(next)
        })
}
