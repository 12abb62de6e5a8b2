//! `cargo xtask serve`: the demo on loopback, served the way a production
//! server serves `dist/`, so an audit of the demo (Lighthouse, the bench)
//! measures what members get.
//!
//! `/` is the portal demo (the top-level `index.html`), `/demo/<file>` the
//! other demo pages and their assets, `/dist/<file>` the build output,
//! `/preview/<file>` the previews' build (translators', operators') — the repository's own
//! layout, so the portal page also works from any static server at the top
//! of the repository. Like the production setup in `docs/web-teams.md` (*Deploying `dist/`*):
//! - the right MIME type (`application/wasm` matters for streaming compilation)
//!   and `X-Content-Type-Options: nosniff`;
//! - brotli or gzip as the request's `Accept-Encoding` allows, with
//!   `Vary: Accept-Encoding` and the real `Content-Length` (never chunked);
//! - `dist/`'s content-hashed files cached for a year (`immutable`), its
//!   stable names for five minutes; the demo's own pages and assets `no-cache`,
//!   so an edit shows on the next reload;
//! - server-side includes in the pages (`<!--#include virtual="/dist/static/de.html" -->`,
//!   as nginx's `ssi on;` does), so the portal page carries the prerendered notice.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use tiny_http::{Header, Request, Response, Server};

use crate::encoding::{self, Cache, Coding};
use crate::util::root;

/// `Cache-Control` of `dist/`'s content-hashed files: they never change.
pub const CACHE_IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of `dist/`'s stable names (`member-notice.js`, `static/`, the manifest).
pub const CACHE_SHORT: &str = "max-age=300";
/// `Cache-Control` of the demo's own pages and assets.
pub const CACHE_PAGES: &str = "no-cache";

/// Reads `--port N` (default 8080).
pub fn parse_port(args: &[String]) -> Result<u16, String> {
    match args {
        [] => Ok(8080),
        [flag, value] if flag == "--port" => value
            .parse()
            .map_err(|_| format!("--port takes a number from 1 to 65535, not `{value}`")),
        _ => Err(format!(
            "serve takes only `--port N`, not `{}`",
            args.join(" ")
        )),
    }
}

/// Serves until interrupted.
pub fn run(port: u16) -> Result<(), String> {
    println!("\ncompressing dist/ (brotli 11, as a CDN serves it; once) …");
    let server = start(Site::repository(), port, true)?;
    let address = &server.origin;
    println!("\nServing the demo (brotli/gzip, production cache headers):");
    println!("  portal page          {address}/");
    println!("  two notices          {address}/demo/two-notices.html");
    println!("  WebView simulation   {address}/demo/webview-sim.html");
    println!("  WebView page         {address}/dist/webview.html?lang=ar");
    println!("  translator preview   {address}/demo/preview.html");
    println!("  operators' preview   {address}/demo/operators.html");
    println!(
        "(member-notice.js is cached for 5 minutes, as in production: after a rebuild, reload \
         with Shift. Ctrl+C stops the server)"
    );
    server.wait();
    Ok(())
}

/// The folders URLs map to.
#[derive(Clone, Debug)]
pub struct Site {
    /// Holds the portal page, `index.html`.
    pub root: PathBuf,
    /// `/dist/`.
    pub dist: PathBuf,
    /// `/demo/`.
    pub demo: PathBuf,
    /// `/preview/`.
    pub preview: PathBuf,
}

impl Site {
    /// The repository's own layout.
    pub fn repository() -> Site {
        Site {
            root: root(),
            dist: root().join("dist"),
            demo: root().join("demo"),
            preview: crate::preview::out_dir(),
        }
    }

    /// Maps a URL path to a file, refusing anything that climbs out of its folder.
    fn resolve(&self, url: &str) -> Option<PathBuf> {
        let path = url.split(['?', '#']).next().unwrap_or("/");
        let (folder, rest) = if let Some(rest) = path.strip_prefix("/dist/") {
            (&self.dist, rest)
        } else if let Some(rest) = path.strip_prefix("/demo/") {
            (&self.demo, rest)
        } else if let Some(rest) = path.strip_prefix("/preview/") {
            (&self.preview, rest)
        } else if path == "/" || path == "/index.html" {
            (&self.root, "index.html")
        } else {
            return None;
        };
        let rest = if rest.is_empty() { "index.html" } else { rest };
        let relative = Path::new(rest);
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return None;
        }
        Some(folder.join(relative))
    }
}

/// A server answering on its own thread; stops when dropped.
pub struct Running {
    /// `http://127.0.0.1:<port>`.
    pub origin: String,
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
}

impl Running {
    /// Blocks until the server stops (for `cargo xtask serve`: until interrupted).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Listens on `127.0.0.1:port` (0: a free port) and answers on a thread of its own.
///
/// With `precompress`, every file of `dist/` is compressed with brotli before the first
/// answer (a few seconds), so no answer waits for its compression: a measured page then
/// meets the server a CDN would be. Without, each file is compressed when first asked for.
pub fn start(site: Site, port: u16, precompress: bool) -> Result<Running, String> {
    let address = format!("127.0.0.1:{port}");
    let server = Server::http(&address).map_err(|e| {
        format!(
            "cannot listen on {address}: {e}; pick another port with `cargo xtask serve --port N`"
        )
    })?;
    let bound = server
        .server_addr()
        .to_ip()
        .ok_or("the server listens on no IP address")?;
    let cache = Cache::default();
    if precompress {
        for file in files(&site.dist) {
            if encoding::compressible(mime(&file)) {
                if let Ok(bytes) = std::fs::read(&file) {
                    cache.get(&file, &bytes, Coding::Brotli);
                }
            }
        }
    }
    let server = Arc::new(server);
    let answering = Arc::clone(&server);
    let thread = std::thread::spawn(move || {
        for request in answering.incoming_requests() {
            answer(&site, &cache, request);
        }
    });
    Ok(Running {
        origin: format!("http://{bound}"),
        server,
        thread: Some(thread),
    })
}

/// Every file under `dir`, recursively.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn answer(site: &Site, cache: &Cache, request: Request) {
    let accept = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Accept-Encoding"))
        .map(|h| h.value.as_str().to_owned())
        .unwrap_or_default();
    let reply = reply(site, cache, request.url(), &accept);
    let length = reply.body.len();
    let mut response = Response::new(
        reply.status.into(),
        Vec::new(),
        std::io::Cursor::new(reply.body),
        Some(length),
        None,
    )
    // tiny_http sends bodies from 32 KiB on chunked, without a Content-Length;
    // production servers send the length of a static file.
    .with_chunked_threshold(usize::MAX);
    for (name, value) in reply.headers {
        response = response.with_header(header(name, &value));
    }
    let _ = request.respond(response);
}

/// What the server answers, before it goes on the wire.
#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn reply(site: &Site, cache: &Cache, url: &str, accept_encoding: &str) -> Reply {
    let Some(path) = site.resolve(url).filter(|p| p.is_file()) else {
        return not_found();
    };
    let Ok(bytes) = std::fs::read(&path) else {
        return not_found();
    };
    let mime = mime(&path);
    let page = mime.starts_with("text/html") && !path.starts_with(&site.dist);
    let mut headers = vec![
        ("Content-Type", mime.to_owned()),
        ("Cache-Control", cache_control(url).to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
    ];
    let body = if !encoding::compressible(mime) {
        bytes
    } else {
        headers.push(("Vary", "Accept-Encoding".to_owned()));
        let coding = encoding::negotiate(accept_encoding);
        if let Some(name) = coding.header() {
            headers.push(("Content-Encoding", name.to_owned()));
        }
        if page {
            // Included files change without the page changing: compressed anew each time
            // (a page is a few KB).
            let html = include(site, &String::from_utf8_lossy(&bytes));
            encoding::compress(html.as_bytes(), coding)
        } else if coding == Coding::Identity {
            bytes
        } else {
            cache.get(&path, &bytes, coding)
        }
    };
    Reply {
        status: 200,
        headers,
        body,
    }
}

/// How long a browser may keep the file at `url`: as the production setup in
/// `docs/web-teams.md` says.
fn cache_control(url: &str) -> &'static str {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    match path.strip_prefix("/dist/") {
        Some(rest) if content_hashed(rest) => CACHE_IMMUTABLE,
        Some(_) => CACHE_SHORT,
        None => CACHE_PAGES,
    }
}

/// Whether a file in `dist/` carries its content's hash in its name
/// (`member-notice-<16 hex>.wasm`, `i18n/uk-<16 hex>.ftl`), so it never changes.
fn content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        hash.len() == 16
            && hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

const INCLUDE_START: &str = "<!--#include virtual=\"";
const INCLUDE_END: &str = "\" -->";

/// `html` with each `<!--#include virtual="/path" -->` replaced by the file the
/// server has at that path (nginx `ssi on;`, Apache `mod_include`). A missing
/// file leaves a comment that names it, and a warning on the console.
fn include(site: &Site, html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(INCLUDE_START) {
        let after = &rest[start + INCLUDE_START.len()..];
        let Some(end) = after.find(INCLUDE_END) else {
            break;
        };
        out.push_str(&rest[..start]);
        let virtual_path = &after[..end];
        let included = site
            .resolve(virtual_path)
            .and_then(|file| std::fs::read_to_string(file).ok());
        match included {
            Some(text) => out.push_str(text.trim_end()),
            None => {
                eprintln!(
                    "xtask serve: cannot include {virtual_path}: no such file (run `cargo xtask dist`)"
                );
                out.push_str(&format!(
                    "<!-- include failed: {virtual_path} not found; run cargo xtask dist -->"
                ));
            }
        }
        rest = &after[end + INCLUDE_END.len()..];
    }
    out.push_str(rest);
    out
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "ftl" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header is valid")
}

fn not_found() -> Reply {
    Reply {
        status: 404,
        headers: vec![
            ("Content-Type", "text/plain; charset=utf-8".to_owned()),
            ("Cache-Control", CACHE_PAGES.to_owned()),
        ],
        body: b"not found".to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    use super::*;
    use crate::scratch::Scratch;

    /// A site in a scratch folder: a page that includes a fragment, a hashed wasm, the loader.
    fn site(dir: &Path) -> Site {
        let site = Site {
            root: dir.to_path_buf(),
            dist: dir.join("dist"),
            demo: dir.join("demo"),
            preview: dir.join("preview"),
        };
        std::fs::create_dir_all(site.dist.join("static")).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<main><div id=\"notice\"><!--#include virtual=\"/dist/static/de.html\" --></div>\
             <!--#include virtual=\"/dist/static/xx.html\" --></main>",
        )
        .unwrap();
        std::fs::write(
            site.dist.join("static/de.html"),
            "<member-notice lang=\"de\"></member-notice>\n",
        )
        .unwrap();
        // Still larger than tiny_http's 32 KiB chunking threshold when compressed: 5 bits
        // of noise per byte.
        let mut seed = 0x2545_f491_u32;
        let wasm: Vec<u8> = (0..80_000)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                (seed % 32) as u8
            })
            .collect();
        std::fs::write(site.dist.join("member-notice-0123456789abcdef.wasm"), wasm).unwrap();
        std::fs::write(
            site.dist.join("member-notice.js"),
            "console.log('loader');".repeat(100),
        )
        .unwrap();
        site
    }

    struct Answer {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl Answer {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }

    /// One HTTP/1.1 GET over a real socket, read as a browser would (no chunked decoding:
    /// a chunked answer shows as a missing Content-Length).
    fn get(origin: &str, path: &str, accept_encoding: Option<&str>) -> Answer {
        let address = origin.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).unwrap();
        let accept = accept_encoding
            .map(|a| format!("Accept-Encoding: {a}\r\n"))
            .unwrap_or_default();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\n{accept}Connection: close\r\n\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let status = line.split(' ').nth(1).unwrap().parse().unwrap();
        let mut headers = Vec::new();
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            let (name, value) = trimmed.split_once(':').unwrap();
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
        let mut body = Vec::new();
        reader.read_to_end(&mut body).unwrap();
        Answer {
            status,
            headers,
            body,
        }
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .expect("a valid brotli body");
        out
    }

    #[test]
    fn brotli_with_vary_and_the_real_content_length() {
        let scratch = Scratch::new("serve-test").unwrap();
        let site = site(scratch.path());
        let file = std::fs::read(site.dist.join("member-notice-0123456789abcdef.wasm")).unwrap();
        let server = start(site, 0, false).unwrap();
        let answer = get(
            &server.origin,
            "/dist/member-notice-0123456789abcdef.wasm",
            Some("gzip, deflate, br, zstd"),
        );
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("Content-Encoding"), Some("br"));
        assert_eq!(answer.header("Vary"), Some("Accept-Encoding"));
        assert_eq!(answer.header("Content-Type"), Some("application/wasm"));
        assert_eq!(answer.header("Transfer-Encoding"), None, "not chunked");
        assert_eq!(
            answer.header("Content-Length"),
            Some(answer.body.len().to_string().as_str()),
            "Content-Length is the compressed body's length"
        );
        assert!(answer.body.len() < file.len());
        assert_eq!(unbrotli(&answer.body), file);
    }

    #[test]
    fn gzip_or_nothing_for_clients_without_brotli() {
        let scratch = Scratch::new("serve-test").unwrap();
        let site = site(scratch.path());
        let file = std::fs::read(site.dist.join("member-notice.js")).unwrap();
        let server = start(site, 0, false).unwrap();
        let gzip = get(&server.origin, "/dist/member-notice.js", Some("gzip"));
        assert_eq!(gzip.header("Content-Encoding"), Some("gzip"));
        assert_eq!(gzip.header("Vary"), Some("Accept-Encoding"));
        let mut text = Vec::new();
        flate2::read::GzDecoder::new(&gzip.body[..])
            .read_to_end(&mut text)
            .unwrap();
        assert_eq!(text, file);
        let plain = get(&server.origin, "/dist/member-notice.js", None);
        assert_eq!(plain.header("Content-Encoding"), None);
        assert_eq!(plain.header("Vary"), Some("Accept-Encoding"));
        assert_eq!(plain.body, file);
        assert_eq!(
            plain.header("Content-Length"),
            Some(file.len().to_string().as_str())
        );
    }

    #[test]
    fn cache_headers_as_in_production() {
        let scratch = Scratch::new("serve-test").unwrap();
        let server = start(site(scratch.path()), 0, false).unwrap();
        let cache = |path| {
            get(&server.origin, path, Some("br"))
                .header("Cache-Control")
                .map(str::to_owned)
        };
        assert_eq!(
            cache("/dist/member-notice-0123456789abcdef.wasm").as_deref(),
            Some(CACHE_IMMUTABLE)
        );
        assert_eq!(
            cache("/dist/member-notice.js").as_deref(),
            Some(CACHE_SHORT)
        );
        assert_eq!(cache("/dist/static/de.html").as_deref(), Some(CACHE_SHORT));
        assert_eq!(cache("/").as_deref(), Some(CACHE_PAGES));
        assert!(content_hashed("i18n/uk-68443d7208a31a40.ftl"));
        assert!(content_hashed("member-notice-25be194d2fcf5668.css"));
        assert!(!content_hashed("member-notice.js"));
        assert!(!content_hashed("static/de-x-ls.full.json"));
        assert!(!content_hashed("i18n/de-x-ls-ABCDEF0123456789.ftl"));
    }

    #[test]
    fn pages_get_their_includes() {
        let scratch = Scratch::new("serve-test").unwrap();
        let server = start(site(scratch.path()), 0, false).unwrap();
        let page = get(&server.origin, "/", Some("br"));
        let html = String::from_utf8(unbrotli(&page.body)).unwrap();
        assert_eq!(
            html,
            "<main><div id=\"notice\"><member-notice lang=\"de\"></member-notice></div>\
             <!-- include failed: /dist/static/xx.html not found; run cargo xtask dist --></main>"
        );
        // A fragment in dist/ is sent as it is.
        let fragment = get(&server.origin, "/dist/static/de.html", None);
        assert_eq!(
            fragment.body,
            b"<member-notice lang=\"de\"></member-notice>\n"
        );
    }

    #[test]
    fn nothing_outside_the_folders() {
        let scratch = Scratch::new("serve-test").unwrap();
        let server = start(site(scratch.path()), 0, false).unwrap();
        assert_eq!(get(&server.origin, "/dist/../index.html", None).status, 404);
        assert_eq!(get(&server.origin, "/Cargo.toml", None).status, 404);
        assert_eq!(get(&server.origin, "/dist/nothing.js", None).status, 404);
    }
}
