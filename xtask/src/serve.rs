//! `cargo xtask serve`: a small static server for the demo on loopback.
//!
//! `/` is the portal demo (the top-level `index.html`), `/demo/<file>` the
//! other demo pages and their assets, `/dist/<file>` the build output,
//! `/preview/<file>` the translators' preview build — the repository's own
//! layout, so the portal page also works from any static server at the top
//! of the repository. Files are sent with the right MIME type
//! (`application/wasm` matters for streaming compilation) and
//! `Cache-Control: no-cache`, so an edit shows after a rebuild and reload.

use std::path::{Component, Path, PathBuf};

use tiny_http::{Header, Response, Server};

use crate::util::root;

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
    let address = format!("127.0.0.1:{port}");
    let server = Server::http(&address).map_err(|e| {
        format!(
            "cannot listen on {address}: {e}; pick another port with `cargo xtask serve --port N`"
        )
    })?;
    println!("\nServing the demo:");
    println!("  portal page          http://{address}/");
    println!("  two notices          http://{address}/demo/two-notices.html");
    println!("  WebView simulation   http://{address}/demo/webview-sim.html");
    println!("  WebView page         http://{address}/dist/webview.html?lang=ar");
    println!("  translator preview   http://{address}/demo/preview.html");
    println!("(Ctrl+C stops the server)");
    for request in server.incoming_requests() {
        let response = match resolve(request.url()) {
            Some(path) if path.is_file() => match std::fs::read(&path) {
                Ok(bytes) => Response::from_data(bytes)
                    .with_header(header("Content-Type", mime(&path)))
                    .with_header(header("Cache-Control", "no-cache")),
                Err(_) => not_found(),
            },
            _ => not_found(),
        };
        let _ = request.respond(response);
    }
    Ok(())
}

/// Maps a URL path to a file, refusing anything that climbs out of its folder.
fn resolve(url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let (folder, rest) = if let Some(rest) = path.strip_prefix("/dist/") {
        (root().join("dist"), rest)
    } else if let Some(rest) = path.strip_prefix("/demo/") {
        (root().join("demo"), rest)
    } else if let Some(rest) = path.strip_prefix("/preview/") {
        (crate::preview::out_dir(), rest)
    } else if path == "/" || path == "/index.html" {
        (root(), "index.html")
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

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string("not found")
        .with_status_code(404)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}
