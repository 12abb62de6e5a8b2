//! Fuzz target `nesting`: any bytes, read as text, as a Fluent file for the
//! two models of `fluent-syntax`'s parser that guard it: the exact one the
//! checker uses (`member_notice::l10n::entries`) and the widget's small
//! check before it parses (`member_notice::l10n::nesting`).
//!
//! As in `tests/nesting.rs` (`tests/nesting_oracle/mod.rs`): the exact model
//! finds the entries the parser finds, at the same bytes and as deep as the
//! parser's tree; what the widget's check lets through, the parser reads
//! without nesting too deep or panicking; and it lets through every correct
//! file within the limit. Whatever it lets through is parsed on the wasm's
//! stack (`member_notice_fuzz::on_wasm_stack`) without overflowing it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use member_notice::l10n::bundle::Bundle;
use member_notice_fuzz::{assert_entries_match_parser, on_wasm_stack};

fuzz_target!(|data: &[u8]| on_wasm_stack(|| check(data)));

fn check(data: &[u8]) {
    let ftl = String::from_utf8_lossy(data);
    assert_entries_match_parser(&ftl);
    // The widget's own parse of the same text survives it too.
    drop(Bundle::parse(&ftl));
}
