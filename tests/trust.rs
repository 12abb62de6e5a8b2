//! Trusted origins: what `member-notice.toml` may say, and which URLs the
//! widget fetches or links to.
#![cfg(not(target_arch = "wasm32"))]

use member_notice::trust::{
    check_origin_entry, content_allowed, credentials_allowed, link_allowed, origin_of,
    CONTENT_ORIGINS, LINK_ORIGINS, TRUST_FILE,
};

#[test]
fn the_shipped_lists_are_https_origins_of_the_insurer() {
    assert!(!CONTENT_ORIGINS.is_empty() && !LINK_ORIGINS.is_empty());
    for origin in CONTENT_ORIGINS.iter().chain(LINK_ORIGINS) {
        assert_eq!(check_origin_entry(origin), Ok(()), "{origin}");
    }
    assert!(LINK_ORIGINS.contains(&"https://www.hkk.de"));
}

#[test]
fn entries_must_be_bare_https_origins() {
    for ok in [
        "https://www.hkk.de",
        "https://cdn.example.org:8443",
        "https://xn--mller-kva.de",
    ] {
        assert_eq!(check_origin_entry(ok), Ok(()), "{ok}");
    }
    for bad in [
        "http://www.hkk.de",
        "https://www.hkk.de/",
        "https://www.hkk.de/path",
        "https://WWW.HKK.DE",
        "https://user@www.hkk.de",
        "https://www.hkk.de:443",
        "https://www.hkk.de:0",
        "https://www.hkk.de:99999",
        "https://müller.de",
        "https://",
        "www.hkk.de",
        "*",
    ] {
        assert!(check_origin_entry(bad).is_err(), "{bad:?} must be refused");
    }
}

#[test]
fn the_origin_of_a_url() {
    let cases = [
        ("https://www.hkk.de/a/b?c#d", Some("https://www.hkk.de")),
        ("HTTPS://WWW.HKK.DE", Some("https://www.hkk.de")),
        ("https://www.hkk.de:443/x", Some("https://www.hkk.de")),
        ("http://127.0.0.1:8080/x", Some("http://127.0.0.1:8080")),
        ("http://localhost:80/", Some("http://localhost")),
        (
            "https://www.hkk.de\\@evil.example/",
            Some("https://www.hkk.de"),
        ),
        ("https://user@evil.example/", None),
        ("data:application/json,{}", None),
        ("blob:https://www.hkk.de/uuid", None),
        ("javascript:alert(1)", None),
        ("/relative", None),
        ("ftp://www.hkk.de/", None),
    ];
    for (url, origin) in cases {
        assert_eq!(origin_of(url).as_deref(), origin, "{url}");
    }
}

#[test]
fn content_comes_from_the_page_itself_or_a_trusted_origin() {
    let page = "http://127.0.0.1:8080";
    let trusted = ["https://www.hkk.de"];
    for ok in [
        "http://127.0.0.1:8080/notice.json",
        "https://www.hkk.de/member-notice/notice.json",
        "https://WWW.hkk.de:443/x.json",
    ] {
        assert_eq!(content_allowed(ok, page, &trusted), Ok(()), "{ok}");
    }
    for (bad, origin) in [
        (
            "http://127.0.0.1:9090/notice.json",
            Some("http://127.0.0.1:9090"),
        ),
        (
            "https://attacker.example/c.json",
            Some("https://attacker.example"),
        ),
        (
            "https://www.hkk.de.attacker.example/c.json",
            Some("https://www.hkk.de.attacker.example"),
        ),
        ("http://www.hkk.de/c.json", Some("http://www.hkk.de")),
        ("data:application/json,{}", None),
    ] {
        let refused = content_allowed(bad, page, &trusted).expect_err(bad);
        assert_eq!(refused.origin.as_deref(), origin, "{bad}");
        let message = refused.explain("content");
        assert!(
            message.contains(TRUST_FILE) && message.contains("`content`"),
            "{message}"
        );
        if let Some(origin) = origin {
            assert!(message.contains(origin), "{message}");
        }
    }
}

#[test]
fn links_go_only_to_trusted_origins() {
    let trusted = ["https://www.hkk.de"];
    assert_eq!(link_allowed("https://www.hkk.de/kontakt", &trusted), Ok(()));
    for bad in [
        "https://hkk.de/",
        "https://evil.example/",
        "http://www.hkk.de/",
        "/kontakt",
    ] {
        assert!(link_allowed(bad, &trusted).is_err(), "{bad}");
    }
}

#[test]
fn cookies_go_only_to_the_page_itself() {
    let page = "https://www.hkk.de";
    assert!(credentials_allowed("https://www.hkk.de/notice.json", page));
    assert!(credentials_allowed(
        "https://WWW.hkk.de:443/notice.json",
        page
    ));
    for other in [
        "https://cdn.hkk.de/notice.json",
        "http://www.hkk.de/notice.json",
        "https://www.hkk.de.attacker.example/c.json",
        "https://www.hkk.de@attacker.example/c.json",
        "/relative.json",
        "data:application/json,{}",
    ] {
        assert!(!credentials_allowed(other, page), "{other}");
    }
}
