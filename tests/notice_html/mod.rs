//! The notice rendered to HTML the way the build does, and the check that
//! its HTML holds only the notice's own tags and the fraud warning. One file
//! for the property tests (`tests/properties.rs`, as `mod notice_html`) and
//! the fuzz targets (`fuzz/src/lib.rs` includes it), so a finding in one is a
//! finding in the other.

use member_notice::components::{Notice, NoticeProps, Texts};
use member_notice::l10n::LocaleInfo;
use member_notice::options::HeadingLevel;
use yew::LocalServerRenderer;

/// Every tag the notice renders at the default heading level; any other tag
/// in its HTML is markup that came from a text.
pub const TAGS: &[&str] = &[
    "section", "div", "h2", "h3", "p", "button", "details", "summary", "span", "a",
];

/// The notice in `locale` with `texts`, as HTML without hydration markers.
pub fn render(texts: Texts, locale: &'static LocaleInfo) -> String {
    let props = NoticeProps {
        texts,
        ..NoticeProps::new(locale)
    };
    futures::executor::block_on(
        LocalServerRenderer::<Notice>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Panics unless `html` is a whole notice with its headline at `level`: only
/// the notice's own tags, and the fraud warning among them. Comments (Yew's
/// hydration markers) are skipped: a text's `<!--` would have been escaped
/// to `&lt;!--`.
pub fn assert_notice(html: &str, level: HeadingLevel) {
    let headings = [level.tag(), level.below().tag()];
    let mut rest = html;
    let mut without_comments = String::with_capacity(html.len());
    while let Some(start) = rest.find("<!--") {
        without_comments.push_str(&rest[..start]);
        let end = rest[start..]
            .find("-->")
            .map_or(rest.len(), |e| start + e + 3);
        rest = &rest[end..];
    }
    without_comments.push_str(rest);
    for tag in without_comments.split('<').skip(1).map(|rest| {
        rest.trim_start_matches('/')
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or_default()
    }) {
        assert!(
            TAGS.contains(&tag) || headings.contains(&tag),
            "<{tag}> in {html}"
        );
    }
    assert!(
        html.contains("data-section=\"fraud\""),
        "no fraud warning in {html}"
    );
}
