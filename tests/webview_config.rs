//! Where the WebView page's config comes from: `[webview] config` in
//! `member-notice.toml`, checked by `build.rs` — never the page's query
//! string, which anyone can put into a link.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::trust::{check_webview_config, CONTENT_ORIGINS, WEBVIEW_CONFIG};

fn trusted() -> Vec<String> {
    vec![
        "https://www.hkk.de".into(),
        "https://cdn.example.org:8443".into(),
    ]
}

#[test]
fn the_shipped_webview_config_passes_its_own_check() {
    let content: Vec<String> = CONTENT_ORIGINS.iter().map(|&o| o.to_owned()).collect();
    if let Some(config) = WEBVIEW_CONFIG {
        assert_eq!(check_webview_config(config, &content), Ok(()), "{config}");
    }
}

#[test]
fn a_trusted_content_origin_or_a_path_on_the_webviews_own_site() {
    for ok in [
        "https://www.hkk.de/member-notice/notice.json",
        "https://www.hkk.de/notice.json?v=2",
        "https://WWW.HKK.DE/notice.json",
        "https://www.hkk.de:443/notice.json",
        "https://cdn.example.org:8443/n.json",
        "/member-notice/notice.json",
        "/notice.json?v=1&lang=de",
        "/member-notice/%C3%BC.json",
    ] {
        assert_eq!(check_webview_config(ok, &trusted()), Ok(()), "{ok}");
    }
}

#[test]
fn anything_else_is_refused_with_what_to_write_instead() {
    let shape = "https:// URL on an origin listed in [trusted] `content`";
    for (bad, says) in [
        ("", "leave the entry out"),
        (
            "https://attacker.example/c.json",
            "https://attacker.example",
        ),
        ("https://www.hkk.de.attacker.example/c.json", "not trusted"),
        ("https://cdn.example.org/n.json", "not trusted"),
        ("https://www.hkk.de@attacker.example/c.json", "user name"),
        ("https://www.hkk.de", "names no file"),
        ("https://www.hkk.de/", "names no file"),
        ("https://www.hkk.de?/c.json", "names no file"),
        ("https://www.hkk.de/?c.json", "names no file"),
        ("http://www.hkk.de/notice.json", shape),
        ("//attacker.example/c.json", shape),
        ("notice.example.json", shape),
        ("../config/notice.json", shape),
        ("javascript:alert(1)", shape),
        ("data:application/json,{}", "U+007B"),
        ("/\\attacker.example/c.json", "U+005C"),
        ("/a b.json", "U+0020"),
        ("/a\".json", "U+0022"),
        ("/a<b.json", "U+003C"),
        ("/ü.json", "U+00FC"),
        ("/a.json\n", "U+000A"),
    ] {
        let problem = check_webview_config(bad, &trusted()).expect_err(bad);
        assert!(problem.contains(says), "{bad:?}: {problem}");
    }
    let problem = check_webview_config("notice.json", &trusted()).unwrap_err();
    assert!(
        problem.contains("https://www.hkk.de, https://cdn.example.org:8443")
            && problem.contains("\"/member-notice/notice.json\""),
        "names the trusted origins and an example path: {problem}"
    );
}
