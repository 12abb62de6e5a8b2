//! The texts the release ships beside the wasm (builds with the
//! `split-locales` feature): German comes with the loader itself, and every
//! other locale with the locale's
//! file of the release (`dist/static/<tag>-<hash>.json`), which the loader
//! fetches once per page — for its early paint, or when a notice here asks —
//! and the browser checks against the integrity hash the loader carries.
//! One file per locale holds its prerendered notices and its text, so a
//! member's first view in that language fetches one file, and each shipped
//! locale costs the loader one hash.
//!
//! This module keeps what arrived and says what is there; the notices'
//! owner (`render.rs`) decides what a notice shows meanwhile and after.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::events::ErrorCode;
use crate::l10n::LocaleInfo;

/// Where one locale's text stands on this page.
#[derive(Clone)]
enum State {
    Pending,
    Loaded(Rc<str>),
    Failed,
}

thread_local! {
    /// The loader's function that resolves to a locale's verified text.
    static SOURCE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Each locale asked for, by tag.
    static TEXTS: RefCell<Vec<(&'static str, State)>> = const { RefCell::new(Vec::new()) };
}

/// Takes the loader's `(tag) => Promise<string>`: the text of locale `tag`
/// from the release's file for it, verified by the browser. The loader calls
/// it once, before any mount.
#[wasm_bindgen(js_name = setTranslationSource)]
pub fn set_translation_source(source: js_sys::Function) {
    SOURCE.with(|cell| *cell.borrow_mut() = Some(source));
}

/// Takes the German text, which the loader carries (the wasm has no copy of
/// its own: the loader's sits beside its prerendered German banner, the same
/// words, which brotli sends once). The loader calls it once, before any
/// mount.
#[wasm_bindgen(js_name = setSourceText)]
pub fn set_source_text(text: String) {
    crate::l10n::set_source_text(text);
}

/// Whether a notice in `locale` can render now.
pub enum Availability {
    /// Yes: with the text from the release's file ([`text`]), or the built-in
    /// one (the locale's text is built in, or it could not be had and German
    /// shows).
    Ready,
    /// Not yet: the text is on its way.
    Waiting,
}

/// What became of a locale's text that was on its way: `Err` has the error
/// code (`integrity` for a changed file, `ftl-unreachable` otherwise) and why
/// it could not be had (naming the file); German shows instead.
pub type Arrival = Result<(), (ErrorCode, String)>;

/// Whether `locale`'s text is there. If nobody has asked for it yet, starts
/// getting it and calls `arrived` with the locale and the outcome once it is
/// settled (never before this call returns).
pub fn availability(
    locale: &'static LocaleInfo,
    arrived: fn(&'static LocaleInfo, Arrival),
) -> Availability {
    if !locale.separate {
        return Availability::Ready;
    }
    match state(locale.tag) {
        Some(State::Loaded(_) | State::Failed) => Availability::Ready,
        Some(State::Pending) => Availability::Waiting,
        None => {
            set(locale.tag, State::Pending);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match load(locale.tag).await {
                    Ok(text) => {
                        set(locale.tag, State::Loaded(Rc::from(text)));
                        Ok(())
                    }
                    Err(problem) => {
                        set(locale.tag, State::Failed);
                        Err(problem)
                    }
                };
                arrived(locale, outcome);
            });
            Availability::Waiting
        }
    }
}

/// The text of `locale`'s release file, if it has one and it arrived.
pub fn text(locale: &'static LocaleInfo) -> Option<Rc<str>> {
    match state(locale.tag) {
        Some(State::Loaded(text)) => Some(text),
        _ => None,
    }
}

fn state(tag: &str) -> Option<State> {
    TEXTS.with(|texts| {
        let texts = texts.borrow();
        texts
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, s)| s.clone())
    })
}

fn set(tag: &'static str, state: State) {
    TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        match texts.iter_mut().find(|(t, _)| *t == tag) {
            Some(entry) => entry.1 = state,
            None => texts.push((tag, state)),
        }
    });
}

/// Asks the loader for `tag`'s text. Its refusals (the file changed, not
/// there, too slow) are errors whose message names the file and the fix.
async fn load(tag: &str) -> Result<String, (ErrorCode, String)> {
    const UNREACHABLE: ErrorCode = ErrorCode::FtlUnreachable;
    let source = SOURCE.with(|cell| cell.borrow().clone());
    let Some(source) = source else {
        return Err((
            UNREACHABLE,
            "cannot be fetched: the loader gave no way to (member-notice.js is from another \
             release than the wasm — deploy dist/ again, all files from one build)"
                .into(),
        ));
    };
    let asked = source
        .call1(&JsValue::NULL, &JsValue::from_str(tag))
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    let answer = match asked {
        Some(promise) => JsFuture::from(promise).await,
        None => Err(JsValue::NULL),
    };
    let field = |error: &JsValue, name: &str| {
        js_sys::Reflect::get(error, &name.into())
            .ok()
            .and_then(|value| value.as_string())
    };
    match answer.map(|text| text.as_string()) {
        Ok(Some(text)) => Ok(text),
        Ok(None) => Err((UNREACHABLE, "has no text for this language".into())),
        Err(error) => Err((
            match field(&error, "code").as_deref() {
                Some(code) if code == ErrorCode::Integrity.as_str() => ErrorCode::Integrity,
                _ => UNREACHABLE,
            },
            field(&error, "message").unwrap_or_else(|| "could not be had".into()),
        )),
    }
}
