//! What the fuzz targets (`fuzz_targets/`) share: rendering the notice to
//! HTML the way the build does, and the checks on it — the very file the
//! property tests use (`tests/notice_html/mod.rs`), so a finding here is a
//! finding there.

#[path = "../../tests/notice_html/mod.rs"]
mod notice_html;

pub use notice_html::{assert_notice, render, TAGS};
