//! When a notice fetches its config and newer translation, from where, and
//! what it keeps of the answer: only URLs that changed, only from trusted
//! origins, only answers to the latest request, only content that passes
//! its checks. What follows (a render, an event) is up to the caller
//! (`render`), so nothing here calls back into it.

use std::rc::{Rc, Weak};

use super::remote::FetchProblem;
use super::state::{Instance, Shared};
use super::{log, page, remote};
use crate::config::{parse_config, NoticeConfig};
use crate::events::ErrorCode;
use crate::remote::{
    check_translation, ftl_url, Media, FETCH_TIMEOUT_MS, MAX_CONFIG_BYTES, MAX_FTL_BYTES,
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
    /// How messages and `member-notice:update` name the input.
    pub fn what(self) -> &'static str {
        match self {
            Fetch::Config => "config",
            Fetch::Translation => "translation",
        }
    }

    /// The error event's code for `problem` with this fetch
    /// (`config-http`, `ftl-timeout`). A redirect is refused like an
    /// untrusted origin: the web team can name the final URL instead, which
    /// is checked before it is fetched.
    fn code(self, problem: FetchProblem) -> ErrorCode {
        use FetchProblem as P;
        match (self, problem) {
            (Fetch::Config, P::Untrusted | P::Redirected) => ErrorCode::ConfigUntrusted,
            (Fetch::Config, P::Unreachable) => ErrorCode::ConfigUnreachable,
            (Fetch::Config, P::Timeout) => ErrorCode::ConfigTimeout,
            (Fetch::Config, P::Http) => ErrorCode::ConfigHttp,
            (Fetch::Config, P::TooLarge) => ErrorCode::ConfigTooLarge,
            (Fetch::Config, P::NotText) => ErrorCode::ConfigNotText,
            (Fetch::Config, P::Type) => ErrorCode::ConfigType,
            (Fetch::Translation, P::Untrusted | P::Redirected) => ErrorCode::FtlUntrusted,
            (Fetch::Translation, P::Unreachable) => ErrorCode::FtlUnreachable,
            (Fetch::Translation, P::Timeout) => ErrorCode::FtlTimeout,
            (Fetch::Translation, P::Http) => ErrorCode::FtlHttp,
            (Fetch::Translation, P::TooLarge) => ErrorCode::FtlTooLarge,
            (Fetch::Translation, P::NotText) => ErrorCode::FtlNotText,
            (Fetch::Translation, P::Type) => ErrorCode::FtlType,
        }
    }

    fn max_bytes(self) -> usize {
        match self {
            Fetch::Config => MAX_CONFIG_BYTES,
            Fetch::Translation => MAX_FTL_BYTES,
        }
    }

    /// What its answer must declare as its type.
    fn media(self) -> Media {
        match self {
            Fetch::Config => Media::Json,
            Fetch::Translation => Media::Text,
        }
    }

    /// The option that sets its URL, for the fix in a message.
    fn option(self) -> &'static str {
        match self {
            Fetch::Config => "config (data-config)",
            Fetch::Translation => "ftl-base (data-ftl-base)",
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
    /// The absolute URL, or for a translation base that cannot be used, the
    /// base itself (then `refused` says why).
    url: String,
    generation: u32,
    refused: Option<&'static str>,
}

/// The requests the current options need that were not made yet: a config
/// URL that changed, a translation for a locale not fetched yet.
pub fn wanted(this: &mut Instance) -> Vec<Request> {
    let mut requests = Vec::new();
    let config = this.options.config_url().map(page::absolute_url);
    if config != this.config_url {
        this.config_url = config.clone();
        // The config that shows stays until the new one is decided (see
        // `Instance::config_pending`); without a config, the built-in one.
        this.config_pending = config.is_some();
        if config.is_none() {
            this.config = NoticeConfig::default();
        }
        let generation = this.generations.next(Fetch::Config);
        requests.extend(config.map(|url| Request {
            kind: Fetch::Config,
            url,
            generation,
            refused: None,
        }));
    }
    if let Some(base) = this.options.ftl_base().map(page::absolute_url) {
        // A refused base stands in for the URL, so it is reported once, not
        // on every render.
        let (url, refused) = match ftl_url(&base, this.locale.tag) {
            Ok(url) => (url, None),
            Err(problem) => (base, Some(problem)),
        };
        if this.ftl_url.as_deref() != Some(url.as_str()) {
            this.ftl_url = Some(url.clone());
            this.ftl = None;
            let generation = this.generations.next(Fetch::Translation);
            requests.push(Request {
                kind: Fetch::Translation,
                url,
                generation,
                refused,
            });
        }
    }
    requests
}

/// What became of a request whose answer is still wanted: its kind, once
/// its content is in the notice's state; or the error event's code and the
/// message naming the URL, the problem and what the member sees instead.
pub type Outcome = Result<Fetch, (ErrorCode, String)>;

/// Starts `request` and hands what became of it to `done`, unless a newer
/// request of its kind made it stale or the notice is gone. Nothing is
/// fetched from a URL that is not trusted (`config-untrusted` /
/// `ftl-untrusted`).
pub fn start(shared: &Shared, request: Request, done: fn(&Shared, Outcome)) {
    let Request {
        kind,
        url,
        generation,
        refused,
    } = request;
    let weak: Weak<_> = Rc::downgrade(shared);
    wasm_bindgen_futures::spawn_local(async move {
        let page_origin = page::origin();
        let untrusted = refused.map(str::to_owned).or_else(|| {
            crate::trust::content_allowed(&url, &page_origin, crate::trust::CONTENT_ORIGINS)
                .err()
                .map(|untrusted| untrusted.explain("content"))
        });
        let result = match untrusted {
            Some(problem) => Err((FetchProblem::Untrusted, problem)),
            None => {
                let guard = remote::Guard {
                    media: kind.media(),
                    own: crate::trust::credentials_allowed(&url, &page_origin),
                };
                remote::fetch_text(&url, kind.max_bytes(), FETCH_TIMEOUT_MS, guard)
                    .await
                    .map_err(|e| match e.code {
                        FetchProblem::Redirected => (
                            e.code,
                            format!(
                                "{} — set {} to the URL it redirects to",
                                e.problem,
                                kind.option()
                            ),
                        ),
                        code => (code, e.problem),
                    })
            }
        };
        let Some(shared) = weak.upgrade() else { return };
        if *shared.borrow_mut().generations.of(kind) != generation {
            return;
        }
        #[cfg(feature = "panic-on-demand")]
        super::test_panic::at(&shared.borrow().host, "fetch");
        let outcome = result
            .map_err(|(problem, text)| (kind.code(problem), text))
            .and_then(|text| accept(&shared, kind, &url, text))
            .map(|()| kind)
            .map_err(|(code, problem)| {
                let message = format!("{} {url} {problem}; {}", kind.what(), kind.fallback());
                (code, message)
            });
        if kind == Fetch::Config {
            // Decided: the config shows, or, refused, the built-in one.
            let mut this = shared.borrow_mut();
            this.config_pending = false;
            if outcome.is_err() {
                this.config = NoticeConfig::default();
            }
        }
        done(&shared, outcome);
    });
}

/// Validates fetched text and stores it in the instance.
fn accept(
    shared: &Shared,
    kind: Fetch,
    url: &str,
    text: String,
) -> Result<(), (ErrorCode, String)> {
    match kind {
        Fetch::Config => {
            let parsed = parse_config(&text);
            for warning in &parsed.warnings {
                log::warn(&format!("config {url}: {warning}"));
            }
            shared.borrow_mut().config =
                parsed.config.map_err(|e| (e.error_code(), e.to_string()))?;
        }
        Fetch::Translation => {
            check_translation(url, &text).map_err(|r| (r.code, r.problem))?;
            shared.borrow_mut().ftl = Some((url.to_owned(), Rc::from(text)));
        }
    }
    Ok(())
}
