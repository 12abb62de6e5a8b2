//! Fetching small text files (config, translations) with a size cap and a
//! timeout. Errors are sentences that complete "the config <url> …".

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
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
/// after `timeout_ms` (which covers a slow body, too).
pub async fn fetch_text(
    url: &str,
    max_bytes: usize,
    timeout_ms: i32,
) -> Result<String, FetchError> {
    let window = web_sys::window()
        .ok_or_else(|| fail("unreachable", "cannot be fetched outside a window"))?;
    let controller = AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            if let Some(controller) = &controller {
                controller.abort();
            }
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            timeout_ms,
        )
        .ok();
    let result = fetch_body(&window, url, controller.as_ref(), max_bytes).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    drop(on_timeout);
    match result {
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
) -> Result<String, FetchError> {
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_credentials(RequestCredentials::SameOrigin);
    if let Some(controller) = controller {
        init.set_signal(Some(&controller.signal()));
    }
    let unreachable = |_: JsValue| {
        fail(
            "unreachable",
            "could not be fetched (network error, CORS, or the page's CSP connect-src)",
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
    let buffer = JsFuture::from(response.array_buffer().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if bytes.len() > max_bytes {
        return Err(too_large(bytes.len(), max_bytes));
    }
    String::from_utf8(bytes).map_err(|_| fail("not-text", "is not UTF-8 text"))
}

fn too_large(length: usize, max: usize) -> FetchError {
    fail(
        "too-large",
        format!("is {length} bytes, more than the {max} allowed"),
    )
}
