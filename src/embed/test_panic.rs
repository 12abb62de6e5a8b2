//! Test-only (crate feature `panic-on-demand`): a Rust panic exactly where an
//! end-to-end test asks for one, so it can prove that the trap never reaches
//! the host page (`js/guard.js`). Only `cargo xtask dist --panic-test` builds
//! it; the shipped `dist/` never has it, and `e2e/panic.test.mjs` checks
//! that the shipped wasm does not contain [`ATTRIBUTE`].

use std::sync::atomic::{AtomicU32, Ordering};

use web_sys::Element;

/// The attribute on `<member-notice>` that names where to panic: `mount`,
/// `click` (any member action) or `fetch` (when the config arrives); with
/// `-overflow` appended (`click-overflow`), the stack overflows there instead.
pub const ATTRIBUTE: &str = "data-test-panic";

/// Panics (or overflows the stack) when `host` asks for it at `point`.
pub fn at(host: &Element, point: &str) {
    let Some(asked) = host.get_attribute(ATTRIBUTE) else {
        return;
    };
    if asked == point {
        panic!("member-notice test panic at {point}");
    }
    if asked.strip_suffix("-overflow") == Some(point) {
        overflow();
    }
}

/// How deep [`overflow`] is; a global, so the optimiser cannot see that the
/// recursion never ends, and no frame needs the shadow stack in memory.
static DEPTH: AtomicU32 = AtomicU32::new(0);

/// Recurses until the engine's call stack runs out: a trap that engines
/// report with their own error (a `RangeError` in Chromium), not a
/// `WebAssembly.RuntimeError`. The work after the call keeps it from becoming
/// a loop.
#[inline(never)]
fn overflow() {
    if DEPTH.fetch_add(1, Ordering::Relaxed) != u32::MAX {
        overflow();
    }
    DEPTH.fetch_sub(1, Ordering::Relaxed);
}
