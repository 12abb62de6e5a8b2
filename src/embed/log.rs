//! Console messages with one recognisable prefix, so a web team can filter them.

use wasm_bindgen::JsValue;

use crate::LOG_PREFIX as PREFIX;

/// Writes a warning: something was wrong with an input and a default was used.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("{PREFIX} {message}")));
}

/// Writes an error: something the widget could not recover from by itself.
pub fn error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("{PREFIX} {message}")));
}
