//! The texts the release ships beside the wasm (builds with the
//! `split-locales` feature): every locale but German is a file in
//! `dist/i18n/`, fetched once per page when a notice needs it, checked by the
//! browser against the integrity hash built into the wasm, and shared by
//! every notice.
//!
//! While a file is on its way, a notice keeps what it shows — the notice
//! prerendered at build time, or the previous language — and renders when
//! the text is there. If the file cannot be had, the notice renders in
//! German and raises an error event.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;

use super::{actions, log, registry, remote, render};
use crate::l10n::{LocaleInfo, ReleaseFile};
use crate::remote::{FETCH_TIMEOUT_MS, MAX_FTL_BYTES};

/// Where one release file stands on this page.
#[derive(Clone)]
enum State {
    Pending,
    Loaded(Rc<str>),
    Failed,
}

thread_local! {
    /// The release folder's URL (ends in `/`), from the loader.
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Each release file asked for, by name.
    static FILES: RefCell<Vec<(&'static str, State)>> = const { RefCell::new(Vec::new()) };
}

/// Tells the widget where the release folder is (the loader's own folder,
/// which the wasm came from). The loader calls it once, before any mount.
#[wasm_bindgen(js_name = setReleaseBase)]
pub fn set_release_base(url: String) {
    BASE.with(|base| *base.borrow_mut() = Some(url));
}

/// Whether a notice in `locale` can render now.
pub enum Availability {
    /// Yes: with this text (a release file), or with the built-in one
    /// (`None`: the locale has no release file, or it could not be had and
    /// German shows).
    Ready(Option<Rc<str>>),
    /// Not yet: the file is on its way; every notice renders again when it
    /// has arrived.
    Waiting,
}

/// Whether `locale`'s text is there, starting its fetch if nobody has.
pub fn availability(locale: &'static LocaleInfo) -> Availability {
    let Some(file) = &locale.release else {
        return Availability::Ready(None);
    };
    let state = FILES.with(|files| {
        files
            .borrow()
            .iter()
            .find(|(name, _)| *name == file.name)
            .map(|(_, state)| state.clone())
    });
    match state {
        Some(State::Loaded(text)) => Availability::Ready(Some(text)),
        Some(State::Failed) => Availability::Ready(None),
        Some(State::Pending) => Availability::Waiting,
        None => {
            start(file);
            Availability::Waiting
        }
    }
}

/// The loaded text of `locale`'s release file, if it has one and it arrived.
pub fn text(locale: &'static LocaleInfo) -> Option<Rc<str>> {
    match availability(locale) {
        Availability::Ready(text) => text,
        Availability::Waiting => None,
    }
}

fn set(name: &'static str, state: State) {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = state,
            None => files.push((name, state)),
        }
    });
}

fn start(file: &'static ReleaseFile) {
    set(file.name, State::Pending);
    let url = BASE.with(|base| {
        base.borrow()
            .as_ref()
            .map(|base| format!("{base}{}", file.name))
    });
    wasm_bindgen_futures::spawn_local(async move {
        let result = match &url {
            Some(url) => {
                // By integrity: the browser takes only the release's bytes,
                // so the file may be redirected (a CDN) and of any type.
                let guard = remote::Guard::Integrity(file.integrity);
                remote::fetch_text(url, MAX_FTL_BYTES, FETCH_TIMEOUT_MS, guard)
                    .await
                    .map_err(|e| (e.code, e.problem))
            }
            None => Err((
                "unreachable",
                "has no known folder (the loader did not say where it was loaded from)".into(),
            )),
        };
        let url = url.as_deref().unwrap_or(file.name);
        match result {
            Ok(text) => set(file.name, State::Loaded(Rc::from(text))),
            Err((code, problem)) => {
                set(file.name, State::Failed);
                let message = format!("translation {url} {problem}; the German text is shown");
                let waiting: Vec<_> = registry::all()
                    .into_iter()
                    .filter(|shared| {
                        shared.borrow().locale.release.as_ref().map(|r| r.name) == Some(file.name)
                    })
                    .collect();
                if waiting.is_empty() {
                    log::warn(&message);
                }
                for shared in &waiting {
                    actions::report(shared, &format!("ftl-{code}"), message.clone());
                }
            }
        }
        for shared in registry::all() {
            render::refresh(&shared);
        }
    });
}
