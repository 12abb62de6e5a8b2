//! What the fuzz targets (`fuzz_targets/`) share: rendering the notice to
//! HTML the way the build does, and the checks on it — the very file the
//! property tests use (`tests/notice_html/mod.rs`), so a finding here is a
//! finding there; the parser as the oracle for the nesting scanner
//! (`tests/nesting_oracle/mod.rs`); and the wasm's stack
//! (`tests/wasm_stack/mod.rs`), which every target runs its body on: natively
//! a thread has 8 MB, where input nested a few thousand levels deep fits
//! that traps the module in the browser (security review 2026-12, L2).

#[path = "../../tests/notice_html/mod.rs"]
mod notice_html;
#[path = "../../tests/nesting_oracle/mod.rs"]
mod nesting_oracle;
#[path = "../../tests/wasm_stack/mod.rs"]
mod wasm_stack;

pub use nesting_oracle::assert_entries_match_parser;
pub use notice_html::{assert_notice, render, TAGS};
pub use wasm_stack::{on_wasm_stack, WASM_STACK_BYTES};
