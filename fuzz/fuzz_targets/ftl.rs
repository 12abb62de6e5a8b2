//! Fuzz target `ftl`: any bytes, read as text, as a newer translation
//! fetched from `ftl-base`.
//!
//! As in `tests/properties.rs`: nothing panics, the widget's acceptance
//! check (`remote::check_translation`) decides, every message the notice
//! shows has a text (the file's own when it was accepted, else German or the
//! id), and rendered, the notice is whole and a text's markup stays text.
//!
//! On a thread with the wasm's stack (`member_notice_fuzz::on_wasm_stack`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use member_notice::components::Texts;
use member_notice::l10n::{ids, locale_by_tag, Localizer};
use member_notice::options::HeadingLevel;
use member_notice::remote::check_translation;
use member_notice_fuzz::{assert_notice, on_wasm_stack, render};

fuzz_target!(|data: &[u8]| on_wasm_stack(|| check(data)));

fn check(data: &[u8]) {
    let ftl = String::from_utf8_lossy(data);
    let url = "https://www.hkk.de/i18n/pl/notice.ftl";
    let accepted = check_translation(url, &ftl).is_ok();
    // Polish, as in the property test: a locale with the German fallback.
    let localizer = Localizer::from_source("pl", url, &ftl);
    for id in ids::ALL {
        let text = localizer.text(id);
        assert!(!text.value.is_empty(), "{id} is empty");
        // An accepted file is complete: nothing falls back to German.
        assert!(!accepted || text.lang.is_none(), "{id} fell back");
    }
    let locale = locale_by_tag("pl").expect("pl ships");
    let html = render(Texts::new(localizer), locale);
    assert_notice(&html, HeadingLevel::default());
}
