//! The operators' preview (`/demo/operators.html`, the preview build, never
//! in `dist/`): a config applied to every notice on the page as it is typed,
//! checked by the widget's own validation with the verdict `cargo xtask
//! config check` prints ([`crate::config_check`]), and a clock the page can
//! set, so an operator sees the notice as it will be at any time of the
//! schedule. Nothing here decides what a config means: that is
//! [`crate::config`]'s, so every field it learns shows here unchanged.

use std::cell::Cell;

use serde_json::json;
use wasm_bindgen::prelude::*;

use super::{registry, render};
use crate::config::{FIELDS, LINK_FIELDS};
use crate::config_check::{check_and_read, check_bytes};
use crate::l10n::ids;
use crate::time::{parse_rfc3339, Millis};

thread_local! {
    /// The instant the preview shows, instead of the page's clock.
    static CLOCK: Cell<Option<Millis>> = const { Cell::new(None) };
}

/// The instant set with [`preview_clock`], which `page::now` answers while
/// it is set.
pub fn clock() -> Option<Millis> {
    CLOCK.with(Cell::get)
}

/// What the page builds its form from, as JSON: the config's fields this
/// build knows (`fields`, `links`, `terms`: [`FIELDS`], [`LINK_FIELDS`],
/// [`ids::TERMS`]), the config's JSON Schema (`schema`, for each field's
/// description and allowed values), the example of the operators' guide
/// (`example`, as text) and the built-in content's version (`builtin`).
#[wasm_bindgen(js_name = configFields)]
pub fn config_fields() -> String {
    let schema: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/notice-config.schema.json"
    )))
    .unwrap_or_default();
    json!({
        "fields": FIELDS,
        "links": LINK_FIELDS,
        "terms": ids::TERMS,
        "schema": schema,
        "example": include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/notice.example.json")),
        "builtin": crate::config::BUILTIN_CONTENT_VERSION,
    })
    .to_string()
}

/// The verdict on `text` as a config file, as JSON: exactly one file's entry
/// of `cargo xtask config check --format json`, without `file`.
#[wasm_bindgen(js_name = checkConfig)]
pub fn check_config(text: &str) -> String {
    check_bytes(text.as_bytes()).to_json().to_string()
}

/// Checks `text` as [`check_config`] does and, when the widget would accept
/// it, shows it in every notice on the page; a refused config changes
/// nothing, so the notices keep the last accepted one (or the built-in).
/// Returns the verdict.
#[wasm_bindgen(js_name = previewConfig)]
pub fn preview_config(text: &str) -> String {
    let (verdict, config) = check_and_read(text.as_bytes());
    if let Some(config) = config {
        for shared in registry::all() {
            shared.borrow_mut().config = config.clone();
            render::refresh(&shared);
        }
    }
    verdict.to_json().to_string()
}

/// Shows every notice as at `at` (Unix milliseconds); `None` returns to the
/// page's clock.
#[wasm_bindgen(js_name = previewClock)]
pub fn preview_clock(at: Option<f64>) {
    CLOCK.with(|clock| clock.set(at.map(|at| at as Millis)));
    for shared in registry::all() {
        render::refresh(&shared);
    }
}

/// `text` read as the config reads its times (RFC 3339, [`parse_rfc3339`]),
/// in Unix milliseconds; `None` when the widget would refuse it.
#[wasm_bindgen(js_name = instantMillis)]
pub fn instant_millis(text: &str) -> Option<f64> {
    parse_rfc3339(text).map(|at| at as f64)
}

/// What the notice with config `text` shows at `at` (Unix milliseconds), as
/// JSON `{"shows": bool, "phase": "…"}` — the widget's own rule
/// ([`NoticeConfig::visible_at`](crate::config::NoticeConfig::visible_at),
/// [`phase_at`](crate::config::NoticeConfig::phase_at)), so the preview's
/// timeline cannot drift from it; `null` when the widget refuses `text`.
#[wasm_bindgen(js_name = scheduleAt)]
pub fn schedule_at(text: &str, at: f64) -> String {
    match check_and_read(text.as_bytes()).1 {
        Some(config) => {
            let at = at as Millis;
            json!({ "shows": config.visible_at(at), "phase": config.phase_at(at).as_str() })
                .to_string()
        }
        None => "null".to_owned(),
    }
}
