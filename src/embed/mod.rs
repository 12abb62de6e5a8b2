//! Browser glue: mounts notices into host elements and exposes the handle
//! and functions the JavaScript loader (`js/loader.js`) calls.
//!
//! Only this module touches `web_sys`. The pure core decides (options,
//! config, language, trust, event shapes); the files here each do one job:
//!
//! - `handle` — `NoticeHandle`, what the loader holds per notice
//! - `render` — mount, re-render, unmount: the order of the steps
//! - `state` — one notice's state and the props and event details it implies
//! - `registry` — every notice on the page
//! - `pool` — Yew roots a removed notice left, for the next one
//! - `localizers` — shared localizers, one per locale, translation and terms
//! - `actions` — the member's actions, events and bridge messages
//! - `fetches` — which config and translation to fetch, and what of it to keep
//! - `remote` — fetching text with a size cap and a timeout
//! - `schedule` — re-checking the time window while the page stays open
//! - `release_texts` — the locales the release ships as files beside the wasm
//! - `shadow`, `storage`, `events`, `bridge`, `page`, `log` — the browser APIs
//! - `outbox` — events, bridge messages and console warnings wait there until
//!   the call into the module that made them has returned
//! - `test_panic` — test-only panics on demand (feature `panic-on-demand`)
//! - `preview`, `operators` — the translators' and the operators' previews
//!   (feature `preview`)

mod actions;
mod bridge;
mod events;
mod fetches;
mod handle;
mod localizers;
mod log;
#[cfg(feature = "preview")]
pub mod operators;
mod outbox;
mod page;
mod pool;
#[cfg(feature = "preview")]
pub mod preview;
mod registry;
mod release_texts;
mod remote;
mod render;
mod schedule;
mod shadow;
mod state;
mod storage;
#[cfg(feature = "panic-on-demand")]
mod test_panic;

use wasm_bindgen::prelude::*;

pub use handle::NoticeHandle;

use crate::webview::{parse_incoming, Incoming};

/// Runs once when the wasm module starts: route panics to the console with
/// the widget's prefix instead of letting Yew's hook speak for the page.
#[wasm_bindgen(start)]
pub fn start() {
    // The release build (`panic = immediate-abort`) traps at once, before any
    // hook could run, so it carries none.
    #[allow(unexpected_cfgs)]
    #[cfg(not(panic = "immediate-abort"))]
    yew::set_custom_panic_hook(Box::new(|info| {
        log::error(&format!("internal error, please report: {info}"));
    }));
}

/// Takes a message from the member app (`MemberNotice.receive(json)`):
/// `setLocale` and `setTheme` apply to every notice mounted in WebView mode;
/// anything else is ignored with a warning.
#[wasm_bindgen]
pub fn receive(message: &str) {
    let incoming = match parse_incoming(message) {
        Ok(incoming) => incoming,
        Err(problem) => return log::warn(&format!("app message {problem}")),
    };
    for shared in registry::all() {
        let options = {
            let this = shared.borrow();
            if !this.webview() {
                continue;
            }
            let mut options = this.options.clone();
            match &incoming {
                Incoming::SetLocale(tag) => options.lang = Some(tag.clone()),
                Incoming::SetTheme(theme) => options.theme = Some(theme.as_str().to_owned()),
            }
            options
        };
        render::set_options(&shared, options);
    }
}
