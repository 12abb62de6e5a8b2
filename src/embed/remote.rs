//! Fetching small text files (config, translations) with a size cap and a
//! timeout. Errors are sentences that complete "the config <url> …".
//!
//! The body is read as a stream and the request is aborted as soon as it
//! passes the cap, so an endless answer costs the member's device no more
//! than the cap. A read that reaches the end never aborts anything: the
//! timer is cancelled first, and nothing else holds the controller.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestCredentials,
    RequestInit, Response,
};

use crate::remote::Media;

/// What went wrong with a fetch; with what was fetched (config or
/// translation), it makes the error event's code (`config-timeout`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchProblem {
    /// Refused before it was fetched: an untrusted URL (`fetches.rs`).
    Untrusted,
    /// Network error, CORS, or the page's CSP.
    Unreachable,
    /// Did not arrive in time.
    Timeout,
    /// An HTTP error status.
    Http,
    /// More bytes than allowed.
    TooLarge,
    /// Not UTF-8.
    NotText,
    /// Served as another type than the one required.
    Type,
    /// Answered with a redirect, which is not followed.
    Redirected,
}

/// Why a fetch failed.
#[derive(Debug)]
pub struct FetchError {
    /// What kind of failure, for the error event's code.
    pub code: FetchProblem,
    /// What happened, in words.
    pub problem: String,
}

fn fail(code: FetchProblem, problem: impl Into<String>) -> FetchError {
    FetchError {
        code,
        problem: problem.into(),
    }
}

/// What makes an answer acceptable besides its size: content trusted for
/// its origin (a config, a translation from `ftl-base`). The origin was
/// checked before the request, so a redirect is not followed (it could lead
/// anywhere), and the answer must declare the right type. (The release's own
/// files are the loader's to fetch, by their integrity hash.)
#[derive(Clone, Copy, Debug)]
pub struct Guard {
    /// The type the answer must declare.
    pub media: Media,
    /// The URL is on the page's own origin, the only one the member's
    /// cookies go to.
    pub own: bool,
}

/// GETs `url` as UTF-8 text, refusing more than `max_bytes` and giving up
/// after `timeout_ms` (which covers a slow body, too).
pub async fn fetch_text(
    url: &str,
    max_bytes: usize,
    timeout_ms: u32,
    guard: Guard,
) -> Result<String, FetchError> {
    let window = gloo_utils::window();
    let controller = AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let timeout = {
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
    let result = fetch_body(&window, url, controller.as_ref(), max_bytes, guard).await;
    // Cancelled as soon as the fetch has ended: only a fetch that took too
    // long is aborted by the timer, never one that went well.
    drop(timeout);
    match result {
        Err(_) if timed_out.get() => Err(fail(
            FetchProblem::Timeout,
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
    guard: Guard,
) -> Result<String, FetchError> {
    let init = RequestInit::new();
    init.set_method("GET");
    // Spelled out, though `same-origin` means the same: the member's
    // cookies go to the page's own origin and nowhere else.
    init.set_credentials(if guard.own {
        RequestCredentials::SameOrigin
    } else {
        RequestCredentials::Omit
    });
    // Through `Reflect`, which the module imports anyway: web-sys's
    // setter would bring its own glue.
    let _ = js_sys::Reflect::set(&init, &"redirect".into(), &"manual".into());
    if let Some(controller) = controller {
        init.set_signal(Some(&controller.signal()));
    }
    let unreachable = |_: JsValue| {
        fail(
            FetchProblem::Unreachable,
            "could not be fetched (network error, CORS, or the page's CSP connect-src)",
        )
    };
    // A refused answer is not read: aborting stops its download.
    let refuse = |error: FetchError| {
        if let Some(controller) = controller {
            controller.abort();
        }
        error
    };
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(unreachable)?
        .unchecked_into();
    let status = response.status();
    // With `redirect: "manual"` the browser stops at a redirect and hands
    // over an empty stand-in (type `opaqueredirect`, the only answer with
    // status 0 a CORS fetch resolves with): nothing was asked of its target.
    if status == 0 {
        return Err(fail(
            FetchProblem::Redirected,
            "answered with a redirect, which is not followed (it could lead to an untrusted \
             origin)",
        ));
    }
    if !(200..300).contains(&status) {
        return Err(refuse(fail(
            FetchProblem::Http,
            format!("answered HTTP {status}"),
        )));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let declared = header("content-type");
    if !declared.as_deref().is_some_and(|d| guard.media.accepts(d)) {
        return Err(refuse(fail(
            FetchProblem::Type,
            guard.media.problem(declared.as_deref()),
        )));
    }
    let too_large = || {
        refuse(fail(
            FetchProblem::TooLarge,
            format!("is more than the {max_bytes} bytes allowed"),
        ))
    };
    let declared = header("content-length").and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > max_bytes) {
        return Err(too_large());
    }
    // Read from a copy (`clone()`), whose body the browser's own tee feeds.
    // Chromium reports many `Cache-Control: no-store` answers that a page's
    // reader takes to their end as failed (`net::ERR_ABORTED`, in DevTools
    // and to monitoring), though every byte arrived — with no abort
    // anywhere, in plain JavaScript too; never with `arrayBuffer()` or a
    // clone. The original's body is cancelled at once, so nothing is kept
    // twice.
    let copy = Response::clone(&response).map_err(unreachable)?;
    let mut bytes = Vec::new();
    let (Some(original), Some(body)) = (response.body(), copy.body()) else {
        return Ok(String::new());
    };
    let _ = original.cancel();
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    loop {
        let read: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(unreachable)?
            .unchecked_into();
        // Read to `done`, never stopped at the expected length: a body left
        // unfinished is a request the browser may report as aborted.
        if read.get_done().unwrap_or(true) {
            break;
        }
        // A fetch body's chunks are always bytes. Copied into the module's
        // memory, which never shrinks, only while the total stays within
        // the cap.
        let chunk: Uint8Array = read.get_value().unchecked_into();
        let at = bytes.len();
        let end = at + chunk.length() as usize;
        if end > max_bytes {
            return Err(too_large());
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[at..]);
    }
    String::from_utf8(bytes).map_err(|_| fail(FetchProblem::NotText, "is not UTF-8 text"))
}
