//! The notice rendered at build time: HTML a page shows at once, readable
//! without JavaScript, which the wasm later takes over ("hydrates") instead
//! of rendering a second copy.
//!
//! The same components render both, through Yew's server renderer (feature
//! `ssr`, used by `cargo xtask dist` and `cargo xtask render`). What the wasm
//! needs to know — whether a prerendered notice has the structure its own
//! first render would have — is the [`render_key`], written into the HTML
//! and compared before hydrating; a notice from another release, locale or
//! variant is re-rendered cleanly rather than hydrated into a mismatch.

use crate::config::NoticeConfig;
use crate::l10n::LocaleInfo;
use crate::options::{HeadingLevel, Variant};
use crate::phase::Phase;

/// Attribute on the render root that carries the [`render_key`].
pub const KEY_ATTRIBUTE: &str = "data-prerendered";

/// What decides the structure of the first render: the release, the
/// locale, the variant, the heading level, whether the app opens links, and
/// what of the config adds or removes elements (the severity's dismiss
/// button, the sign-language link) and the incident's phase the notice shows
/// (its text and sections). Equal keys mean the prerendered HTML can
/// be hydrated; a fragment `cargo xtask render --config` made for another
/// config than the wasm renders with is rendered anew, never hydrated into a
/// mismatch.
pub fn render_key(
    locale: &LocaleInfo,
    variant: Variant,
    heading_level: HeadingLevel,
    app_links: bool,
    config: &NoticeConfig,
    phase: Phase,
) -> String {
    format!(
        "{}|{}|{}|h{}|{}|{}|{}{}",
        crate::VERSION,
        locale.tag,
        variant.as_str(),
        heading_level.get(),
        if app_links { "app" } else { "web" },
        config.severity.as_str(),
        phase.as_str(),
        if config.sign_language_url.is_some() {
            "|dgs"
        } else {
            ""
        }
    )
}

#[cfg(feature = "ssr")]
pub use render::{fragment, render_notice, Preload, Prerender, Stylesheet};

#[cfg(feature = "ssr")]
mod render {
    use yew::LocalServerRenderer;

    use super::{render_key, KEY_ATTRIBUTE};
    use crate::components::{Notice, NoticeProps, Texts};
    use crate::config::NoticeConfig;
    use crate::l10n::{LocaleInfo, Localizer};
    use crate::options::{HeadingLevel, Variant};
    use crate::phase::Phase;

    /// What to render.
    #[derive(Clone, Debug)]
    pub struct Prerender<'a> {
        /// The locale.
        pub locale: &'static LocaleInfo,
        /// Banner or full.
        pub variant: Variant,
        /// Level of the headline.
        pub heading_level: HeadingLevel,
        /// In the member app's WebView (links without `href`).
        pub app_links: bool,
        /// A config to render with (its link, severity and terms); the
        /// built-in content when `None`.
        pub config: Option<&'a NoticeConfig>,
        /// The incident's phase to render (for a config: the one in effect
        /// when the fragment is to show, [`NoticeConfig::phase_at`]).
        pub phase: Phase,
    }

    /// The notice's HTML as the wasm's first render would build it — buttons
    /// not yet interactive — with Yew's hydration markers.
    pub async fn render_notice(what: &Prerender<'_>) -> String {
        let mut props = NoticeProps {
            variant: what.variant,
            heading_level: what.heading_level,
            intercept_links: what.app_links,
            phase: what.phase,
            interactive: false,
            ..NoticeProps::new(what.locale)
        };
        if let Some(config) = what.config {
            let mut localizer = Localizer::for_locale(what.locale);
            localizer.override_terms(&config.terms);
            props.texts = Texts::new(localizer);
            props.severity = config.severity;
            if let Some(url) = &config.more_info_url {
                props.more_info_url = url.clone().into();
            }
            props.sign_language_url = config.sign_language_url.clone().map(Into::into);
        }
        LocalServerRenderer::<Notice>::with_props(props)
            .hydratable(true)
            .render()
            .await
    }

    /// The stylesheet a fragment links.
    pub struct Stylesheet<'a> {
        /// The URL of the hashed CSS file.
        pub url: &'a str,
        /// Its Subresource Integrity hash, when it is the release's own file.
        pub integrity: Option<&'a str>,
    }

    /// A file of the release the script fetches as soon as it runs (the
    /// wasm; a locale's file), which a fragment asks the browser to fetch
    /// while it still reads the page: `<link rel="preload" as="fetch">` in the
    /// mode of the loader's request, so the browser hands that one download
    /// to the loader — whose request carries the integrity hash, checked on
    /// the preloaded bytes as on any others. (Not on the link: Chromium
    /// ignores `integrity` on `as="fetch"` preloads with a console warning in
    /// the host page, crbug.com/981419.)
    pub struct Preload<'a> {
        /// The file's URL.
        pub url: &'a str,
    }

    /// The whole fragment a page includes: `<member-notice>` with a
    /// declarative open shadow root holding the stylesheet link and the
    /// rendered notice, preceded by a preload of the stylesheet and followed
    /// by a preload link per file in `preload`.
    ///
    /// The host element names its language and heading level, so the wasm
    /// keeps what the page's server chose — except in the member app's
    /// WebView, where `?lang=` and the page-level headline decide.
    pub fn fragment(
        what: &Prerender<'_>,
        notice_html: &str,
        stylesheet: &Stylesheet<'_>,
        preload: &[Preload<'_>],
    ) -> String {
        let key = render_key(
            what.locale,
            what.variant,
            what.heading_level,
            what.app_links,
            what.config.unwrap_or(&NoticeConfig::default()),
            what.phase,
        );
        let mut host = String::new();
        if !what.app_links {
            host.push_str(&format!(" lang=\"{}\"", what.locale.tag));
        }
        host.push_str(&format!(" variant=\"{}\"", what.variant.as_str()));
        if !what.app_links && what.heading_level != HeadingLevel::default() {
            host.push_str(&format!(" heading-level=\"{}\"", what.heading_level.get()));
        }
        // After the notice, so its stylesheet is asked for first. `crossorigin`
        // as the loader's fetch (CORS, credentials only to the same origin).
        let preload: String = preload
            .iter()
            .map(|file| {
                format!(
                    "<link rel=\"preload\" as=\"fetch\" crossorigin=\"anonymous\" href=\"{}\">",
                    escape_attribute(file.url)
                )
            })
            .collect();
        // The stylesheet is asked for where the page's HTML names it, ahead of the
        // element: the browser shows the shadow tree once its stylesheet is there, and
        // finds a link inside a template only when the parser reaches it.
        format!(
            "<link rel=\"preload\" as=\"style\" href=\"{css}\"{integrity}>\
             <member-notice{host}>\
             <template shadowrootmode=\"open\">\
             <link rel=\"stylesheet\" href=\"{css}\"{integrity}>\
             <div class=\"root\" {KEY_ATTRIBUTE}=\"{key}\">{notice_html}</div>\
             </template></member-notice>{preload}",
            css = escape_attribute(stylesheet.url),
            // The release's own file is pinned: a changed copy is refused, never applied.
            integrity = stylesheet.integrity.map_or(String::new(), |sri| format!(
                " integrity=\"{}\" crossorigin=\"anonymous\"",
                escape_attribute(sri)
            )),
            key = escape_attribute(&key),
        )
    }

    fn escape_attribute(value: &str) -> String {
        value
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }
}
