//! When a notice fetches its config and newer translation, from where, and
//! what it does with the answer: only URLs that changed, only from trusted
//! origins, only answers to the latest request, only content that passes
//! its checks.

use std::rc::{Rc, Weak};

use super::actions::{announce, report};
use super::state::{Instance, Shared};
use super::{log, page, remote, render};
use crate::config::{parse_config, NoticeConfig};
use crate::events::EventKind;
use crate::json::Object;
use crate::remote::{
    check_translation, ftl_url, FETCH_TIMEOUT_MS, MAX_CONFIG_BYTES, MAX_FTL_BYTES,
};

/// What a fetch is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetch {
    /// The operators' JSON config.
    Config,
    /// A newer translation of the shown locale.
    Translation,
}

impl Fetch {
    /// How messages name the input.
    fn what(self) -> &'static str {
        match self {
            Fetch::Config => "config",
            Fetch::Translation => "translation",
        }
    }

    /// Prefix of the error codes (`config-http`, `ftl-timeout`).
    fn code_prefix(self) -> &'static str {
        match self {
            Fetch::Config => "config",
            Fetch::Translation => "ftl",
        }
    }

    fn max_bytes(self) -> usize {
        match self {
            Fetch::Config => MAX_CONFIG_BYTES,
            Fetch::Translation => MAX_FTL_BYTES,
        }
    }

    /// What the member keeps seeing when the input is refused.
    fn fallback(self) -> &'static str {
        match self {
            Fetch::Config => "the built-in notice stays",
            Fetch::Translation => "the built-in text stays",
        }
    }
}

/// The latest request of each kind. Each kind counts on its own: a new
/// translation request must not make an answer to the config request stale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Generations {
    config: u32,
    translation: u32,
}

impl Generations {
    fn of(&mut self, kind: Fetch) -> &mut u32 {
        match kind {
            Fetch::Config => &mut self.config,
            Fetch::Translation => &mut self.translation,
        }
    }

    /// Starts a new request of `kind` and returns its generation.
    fn next(&mut self, kind: Fetch) -> u32 {
        let generation = self.of(kind);
        *generation = generation.wrapping_add(1);
        *generation
    }

    /// Makes every pending answer stale (the notice is going away).
    pub fn invalidate(&mut self) {
        self.next(Fetch::Config);
        self.next(Fetch::Translation);
    }
}

/// A request to start: what, where, and its generation.
pub struct Request {
    kind: Fetch,
    url: String,
    generation: u32,
}

/// The requests the current options need that were not made yet: a config
/// URL that changed, a translation for a locale not fetched yet.
pub fn wanted(this: &mut Instance) -> Vec<Request> {
    let mut requests = Vec::new();
    let config = this.options.config_url().map(page::absolute_url);
    if config != this.config_url {
        this.config_url = config.clone();
        this.config = NoticeConfig::default();
        let generation = this.generations.next(Fetch::Config);
        requests.extend(config.map(|url| Request {
            kind: Fetch::Config,
            url,
            generation,
        }));
    }
    if let Some(base) = this.options.ftl_base().map(page::absolute_url) {
        let url = ftl_url(&base, this.locale.tag);
        if this.ftl_url.as_deref() != Some(url.as_str()) {
            this.ftl_url = Some(url.clone());
            this.ftl = None;
            let generation = this.generations.next(Fetch::Translation);
            requests.push(Request {
                kind: Fetch::Translation,
                url,
                generation,
            });
        }
    }
    requests
}

/// Starts `request`, unless its origin is not trusted (then reports
/// `config-untrusted` / `ftl-untrusted` instead, before anything is fetched).
pub fn start(shared: &Shared, request: Request) {
    let Request {
        kind,
        url,
        generation,
    } = request;
    if let Err(untrusted) =
        crate::trust::content_allowed(&url, &page::origin(), crate::trust::CONTENT_ORIGINS)
    {
        let problem = untrusted.explain("content");
        let message = format!("{} {url} {problem}; {}", kind.what(), kind.fallback());
        return report(
            shared,
            &format!("{}-untrusted", kind.code_prefix()),
            message,
        );
    }
    let weak: Weak<_> = Rc::downgrade(shared);
    wasm_bindgen_futures::spawn_local(async move {
        let result = remote::fetch_text(&url, kind.max_bytes(), FETCH_TIMEOUT_MS, None).await;
        let Some(shared) = weak.upgrade() else { return };
        if *shared.borrow_mut().generations.of(kind) != generation {
            return;
        }
        #[cfg(feature = "panic-on-demand")]
        super::test_panic::at(&shared.borrow().host, "fetch");
        let outcome = result
            .map_err(|e| (format!("{}-{}", kind.code_prefix(), e.code), e.problem))
            .and_then(|text| accept(&shared, kind, &url, text));
        match outcome {
            Ok(()) => {
                render::refresh(&shared);
                // So a web team knows when the remote content shows: queued
                // after the render Yew has just queued, as `ready` is.
                let updated = Rc::downgrade(&shared);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(shared) = updated.upgrade() {
                        announce(
                            &shared,
                            EventKind::Update,
                            Object::new().with("source", kind.what()),
                        );
                    }
                });
            }
            Err((code, problem)) => report(
                &shared,
                &code,
                format!("{} {url} {problem}; {}", kind.what(), kind.fallback()),
            ),
        }
    });
}

/// Validates fetched text and stores it in the instance.
fn accept(shared: &Shared, kind: Fetch, url: &str, text: String) -> Result<(), (String, String)> {
    match kind {
        Fetch::Config => {
            let parsed = parse_config(&text);
            for warning in &parsed.warnings {
                log::warn(&format!("config {url}: {warning}"));
            }
            shared.borrow_mut().config = parsed
                .config
                .map_err(|e| (e.code().to_owned(), e.to_string()))?;
        }
        Fetch::Translation => {
            check_translation(url, &text).map_err(|r| (r.code.to_owned(), r.problem))?;
            shared.borrow_mut().ftl = Some((url.to_owned(), Rc::from(text)));
        }
    }
    Ok(())
}
