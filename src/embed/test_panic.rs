//! Test-only (crate feature `panic-on-demand`): a Rust panic exactly where an
//! end-to-end test asks for one, so it can prove that the trap never reaches
//! the host page (`js/guard.js`). Only `cargo xtask dist --panic-test` builds
//! it; the shipped `dist/` never has it, and `e2e/panic.test.mjs` checks
//! that the shipped wasm does not contain [`ATTRIBUTE`].

use web_sys::Element;

/// The attribute on `<member-notice>` that names where to panic: `mount`,
/// `click` (any member action) or `fetch` (when the config arrives).
pub const ATTRIBUTE: &str = "data-test-panic";

/// Panics when `host` asks for a panic at `point`.
pub fn at(host: &Element, point: &str) {
    if host.get_attribute(ATTRIBUTE).as_deref() == Some(point) {
        panic!("member-notice test panic at {point}");
    }
}
