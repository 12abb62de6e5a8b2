//! Browser glue: mounts notices into host elements and exposes the handle
//! and functions the JavaScript loader (`js/loader.js`) calls.
//!
//! Only this module touches `web_sys`. It owns the shadow roots, the shared
//! stylesheet, storage, fetches, outgoing events and the native bridge; the
//! components stay pure.

mod bridge;
mod events;
mod instance;
mod log;
mod page;
#[cfg(feature = "preview")]
pub mod preview;
mod remote;
mod shadow;
mod storage;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::options::MountOptions;
use crate::webview::{parse_incoming, Incoming};
use instance::Shared;

/// Runs once when the wasm module starts: route panics to the console with
/// the widget's prefix instead of letting Yew's hook speak for the page.
#[wasm_bindgen(start)]
pub fn start() {
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
    for shared in instance::all() {
        if shared.borrow().options.webview != Some(true) {
            continue;
        }
        {
            let mut this = shared.borrow_mut();
            match &incoming {
                Incoming::SetLocale(tag) => this.options.lang = Some(tag.clone()),
                Incoming::SetTheme(theme) => this.options.theme = Some(theme.clone()),
            }
        }
        instance::refresh(&shared);
    }
}

/// One mounted notice, as seen from JavaScript.
#[wasm_bindgen]
pub struct NoticeHandle {
    shared: Option<Shared>,
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
        Ok(NoticeHandle {
            shared: Some(instance::mount(host, options)?),
        })
    }

    /// Switches the language (`"ar"`, `"pl-PL"`, `"auto"`); unknown tags fall
    /// back the same way as on mount.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, tag: &str) {
        if let Some(shared) = &self.shared {
            shared.borrow_mut().options.lang = Some(tag.to_owned());
            instance::refresh(shared);
        }
    }

    /// Replaces all options (the custom element passes its full attribute set,
    /// so a removed attribute returns to its default).
    #[wasm_bindgen(js_name = replaceOptions)]
    pub fn replace_options(&self, options_json: &str) {
        let Some(shared) = &self.shared else { return };
        let (options, warnings) = MountOptions::from_json(options_json);
        warnings
            .iter()
            .chain(options.settings().1.iter())
            .for_each(|w| log::warn(w));
        shared.borrow_mut().options = options;
        instance::refresh(shared);
    }

    /// The tag of the locale currently shown.
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> Option<String> {
        self.shared.as_ref().map(|s| instance::locale(s).to_owned())
    }

    /// Removes the notice and everything it added inside the host's shadow
    /// root. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(shared) = self.shared.take() {
            instance::unmount(&shared);
        }
    }
}
