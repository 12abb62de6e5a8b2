//! Fetching small text files (config, translations) with a size cap and a
//! timeout. Errors are sentences that complete "the config <url> …".

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCredentials, RequestInit, Response};

/// Why a fetch failed, with a stable code for the error event.
#[derive(Debug)]
pub struct FetchError {
    /// `unreachable`, `timeout`, `http`, `too-large` or `not-text`.
    pub code: &'static str,
    /// What happened, in words.
    pub problem: String,
}

fn fail(code: &'static str, problem: impl Into<String>) -> FetchError {
    FetchError {
        code,
        problem: problem.into(),
    }
}

/// GETs `url` as UTF-8 text, refusing more than `max_bytes` and giving up
/// after `timeout_ms` (which covers a slow body, too). With `integrity` (an
/// SRI hash), the browser refuses any other content.
pub async fn fetch_text(
    url: &str,
    max_bytes: usize,
    timeout_ms: u32,
    integrity: Option<&str>,
) -> Result<String, FetchError> {
    let window = gloo_utils::window();
    let controller = AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    // Cancelled when dropped, i.e. as soon as the fetch has ended either way.
    let _timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        super::page::after(
            timeout_ms,
            Box::new(move || {
                timed_out.set(true);
                if let Some(controller) = &controller {
                    controller.abort();
                }
            }),
        )
    };
    match fetch_body(&window, url, controller.as_ref(), max_bytes, integrity).await {
        Err(_) if timed_out.get() => Err(fail(
            "timeout",
            format!("did not arrive within {} s", timeout_ms / 1000),
        )),
        other => other,
    }
}

async fn fetch_body(
    window: &web_sys::Window,
    url: &str,
    controller: Option<&AbortController>,
    max_bytes: usize,
    integrity: Option<&str>,
) -> Result<String, FetchError> {
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_credentials(RequestCredentials::SameOrigin);
    if let Some(integrity) = integrity {
        init.set_integrity(integrity);
    }
    if let Some(controller) = controller {
        init.set_signal(Some(&controller.signal()));
    }
    let unreachable = |_: JsValue| {
        fail(
            "unreachable",
            if integrity.is_some() {
                "could not be fetched (network error, CORS, the page's CSP connect-src, or \
                 content that is not the release's: its integrity check failed)"
            } else {
                "could not be fetched (network error, CORS, or the page's CSP connect-src)"
            },
        )
    };
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(unreachable)?
        .unchecked_into();
    if !response.ok() {
        return Err(fail("http", format!("answered HTTP {}", response.status())));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<usize>().ok());
    if let Some(length) = declared.filter(|&l| l > max_bytes) {
        return Err(too_large(length, max_bytes));
    }
    let buffer: js_sys::ArrayBuffer = JsFuture::from(response.array_buffer().map_err(unreachable)?)
        .await
        .map_err(unreachable)?
        .unchecked_into();
    // Measured before anything is copied into the module's memory, which
    // never shrinks: an answer without Content-Length (chunked) could be any
    // size, and the timeout bounds how long the browser buffers it.
    let length = buffer.byte_length() as usize;
    if length > max_bytes {
        return Err(too_large(length, max_bytes));
    }
    String::from_utf8(js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|_| fail("not-text", "is not UTF-8 text"))
}

fn too_large(length: usize, max: usize) -> FetchError {
    fail(
        "too-large",
        format!("is {length} bytes, more than the {max} allowed"),
    )
}
