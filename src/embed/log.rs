//! Console messages with one recognisable prefix, so a web team can filter them.
//!
//! `console` belongs to the page: error trackers and test setups replace
//! `warn` and `error`, and some of those replacements throw. The functions are
//! looked up when called and their exceptions come back here, ignored.

use wasm_bindgen::prelude::*;

use super::outbox;
use crate::LOG_PREFIX as PREFIX;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = warn, catch)]
    fn console_warn(line: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = console, js_name = error, catch)]
    fn console_error(line: &str) -> Result<(), JsValue>;
}

/// Writes a warning: something was wrong with an input and a default was
/// used. It is written after the current call into the module has returned,
/// in order with the events (`outbox`).
pub fn warn(message: &str) {
    let line = format!("{PREFIX} {message}");
    outbox::post(move || {
        let _ = console_warn(&line);
    });
}

/// Writes an error at once: something the widget could not recover from by
/// itself (the panic hook writes here right before the module traps, when
/// nothing queued would go out any more).
pub fn error(message: &str) {
    let _ = console_error(&format!("{PREFIX} {message}"));
}
