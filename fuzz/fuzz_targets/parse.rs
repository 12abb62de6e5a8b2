//! Fuzz target `parse`: any bytes, read as text, through the widget's Fluent
//! parser (`member_notice::l10n::parse`) and the reference,
//! `fluent-syntax`'s `parse_runtime`.
//!
//! As in `tests/parse.rs` (the same checks, `tests/parse_support/mod.rs`):
//! the widget's parser never panics; where the reference survives the text
//! too, both give the same messages, terms and errors, or, when an entry
//! could nest past the widget's depth limit, the same messages and terms
//! where both keep one.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/parse_support/mod.rs"]
mod parse_support;

fuzz_target!(|data: &[u8]| {
    parse_support::check_against_reference(&String::from_utf8_lossy(data));
});
