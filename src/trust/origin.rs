//! Origins as text: what an entry of `member-notice.toml` must look like, and
//! the origin of a URL. No dependencies, because `build.rs` compiles this
//! file too (it validates the toml before anything is built).

/// Checks an entry of `member-notice.toml`: `https://host` or
/// `https://host:port`, lowercase, nothing after. The error says what is
/// wrong with it.
pub fn check_origin_entry(entry: &str) -> Result<(), String> {
    let Some(authority) = entry.strip_prefix("https://") else {
        return Err(
            "must start with https:// (the notice fetches and links over https only)".into(),
        );
    };
    if authority.is_empty() {
        return Err("has no host".into());
    }
    if authority.contains(['/', '?', '#']) {
        return Err("must be an origin only: no path, query or trailing slash".into());
    }
    if authority.contains('@') {
        return Err("must not contain a user name (`@`)".into());
    }
    if authority != authority.to_ascii_lowercase() {
        return Err("must be lowercase, as browsers write origins".into());
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !host_ok {
        return Err("has a host that is not a plain (ASCII, punycode) host name".into());
    }
    match port {
        Some("443") => Err("must leave out the default port :443".into()),
        Some(port) if !port.parse::<u16>().is_ok_and(|p| p != 0) => {
            Err(format!("has `{port}`, which is not a port number"))
        }
        _ => Ok(()),
    }
}

/// Checks `[webview] config` of `member-notice.toml`, the config the WebView
/// page (`webview.html`) is built with: an `https:` URL on one of `content`
/// (the trusted content origins) or a path on the WebView's own site
/// (`/member-notice/notice.json`), in URL characters only, since it is
/// written into the page. The error says what is wrong with it.
///
/// Build time only (build.rs, native tests): not compiled into the wasm,
/// whose layout, and size, even an unused public function shifts.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_webview_config(entry: &str, content: &[String]) -> Result<(), String> {
    const ALLOWED: &str = "-._~:/?#[]@!$&'()*+,;=%";
    if entry.is_empty() {
        return Err("is empty; leave the entry out for the built-in notice".into());
    }
    if let Some(c) = entry
        .chars()
        .find(|&c| !c.is_ascii_alphanumeric() && !ALLOWED.contains(c))
    {
        return Err(format!(
            "has {c:?} (U+{:04X}), which a URL does not carry as it is; percent-encode it",
            u32::from(c)
        ));
    }
    let shape = || {
        format!(
            "must be an https:// URL on an origin listed in [trusted] `content` ({}), or a \
             path on the WebView's own site starting with \"/\" (\"/member-notice/notice.json\")",
            content.join(", ")
        )
    };
    if let Some(rest) = entry.strip_prefix("https://") {
        let origin = origin_of(entry).ok_or("must not contain a user name (`@`)")?;
        if !content.contains(&origin) {
            return Err(format!("is on {origin}, which is not trusted; {}", shape()));
        }
        let after = &rest[rest.find(['/', '?', '#']).unwrap_or(rest.len())..];
        if !after.starts_with('/') || after[1..].is_empty() || after[1..].starts_with(['?', '#']) {
            return Err("names no file: add its path (https://host/path/notice.json)".into());
        }
        return Ok(());
    }
    if entry.starts_with('/') && !entry.starts_with("//") {
        return Ok(());
    }
    Err(shape())
}

/// The origin of an absolute `http:` or `https:` URL — `https://host[:port]`,
/// lowercase, without the default port — or `None` for anything else
/// (`data:`, `blob:`, relative URLs, a user name in the authority).
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority = rest
        .split(['/', '?', '#', '\\'])
        .next()?
        .to_ascii_lowercase();
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let authority = authority
        .strip_suffix(&format!(":{default_port}"))
        .unwrap_or(&authority);
    Some(format!("{scheme}://{authority}"))
}
