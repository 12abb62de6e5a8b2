//! `NoticeHandle`: one mounted notice as the JavaScript loader sees it.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::state::Shared;
use super::{log, render};
use crate::options::MountOptions;

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
        let options = parse(options_json);
        #[cfg(feature = "panic-on-demand")]
        super::test_panic::at(&host, "mount");
        Ok(NoticeHandle {
            shared: Some(render::mount(host, options)?),
        })
    }

    /// Replaces all options (the custom element passes its full attribute set,
    /// so a removed attribute returns to its default).
    #[wasm_bindgen(js_name = replaceOptions)]
    pub fn replace_options(&self, options_json: &str) {
        if let Some(shared) = &self.shared {
            render::set_options(shared, parse(options_json));
        }
    }

    /// The tag of the locale currently shown.
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> Option<String> {
        self.shared
            .as_ref()
            .map(|shared| shared.borrow().locale.tag.to_owned())
    }

    /// Removes the notice and everything it added inside the host's shadow
    /// root. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(shared) = self.shared.take() {
            render::unmount(&shared);
        }
    }
}

/// The options from the loader's JSON; malformed JSON gives the defaults
/// and a warning.
fn parse(options_json: &str) -> MountOptions {
    let (options, warnings) = MountOptions::from_json(options_json);
    warnings.iter().for_each(|w| log::warn(w));
    options
}
