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
