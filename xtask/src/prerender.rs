//! The notice rendered at build time, by the crate's own components (Yew's
//! server renderer): `dist/static/<locale>.html` and `<locale>.full.html`
//! (and `<locale>[.full].<phase>.html` for the phases but `backlog`) for
//! `cargo xtask dist`, and `cargo xtask render` for a portal backend or CMS
//! that includes the fragment with its current config.

use std::path::{Path, PathBuf};

use member_notice::config::{parse_config, NoticeConfig};
use member_notice::l10n::{LangSource, LanguagePreferences, LocaleInfo, LOCALES};
use member_notice::options::{HeadingLevel, Variant};
use member_notice::phase::Phase;
use member_notice::prerender::{fragment, render_notice, Preload, Prerender, Stylesheet};

use crate::util::root;

/// Renders one fragment.
pub fn render(
    what: &Prerender<'_>,
    stylesheet: &Stylesheet<'_>,
    preload: &[Preload<'_>],
) -> String {
    let html = futures::executor::block_on(render_notice(what));
    fragment(what, &html, stylesheet, preload)
}

/// The file name stem of a prerendered notice in `dist/static/`:
/// `<locale>` for the banner, `<locale>.full` for the full variant, each
/// followed by `.<phase>` in the phases but the default (`de.resolved`,
/// `de.full.disruption`).
pub fn file_stem(locale: &LocaleInfo, variant: Variant, phase: Phase) -> String {
    let mut stem = match variant {
        Variant::Banner => locale.tag.to_owned(),
        Variant::Full => format!("{}.full", locale.tag),
    };
    if phase != Phase::default() {
        stem.push('.');
        stem.push_str(phase.as_str());
    }
    stem
}

/// One prerendered notice: the HTML fragment for pages, and the tree the
/// loader builds it from before the wasm arrives.
pub struct Prerendered {
    /// Its locale.
    pub locale: &'static LocaleInfo,
    /// Its variant.
    pub variant: Variant,
    /// The incident's phase it shows.
    pub phase: Phase,
    /// `dist/static/<stem>.html`, see [`file_stem`].
    pub stem: String,
    /// The notice's HTML (what goes into the fragment, see [`Prerendered::fragment`]).
    pub notice_html: String,
    /// `{"key": render key, "tree": …}` (see `xtask/src/html_tree.rs`): what
    /// the loader paints, and the key the wasm checks before it hydrates.
    pub notice: serde_json::Value,
}

impl Prerendered {
    /// The `<member-notice>` fragment for pages: linking `stylesheet`, and
    /// asking the browser to fetch the files in `preload` at once.
    pub fn fragment(&self, stylesheet: &Stylesheet<'_>, preload: &[Preload<'_>]) -> String {
        fragment(
            &page_notice(self.locale, self.variant, self.phase),
            &self.notice_html,
            stylesheet,
            preload,
        )
    }
}

/// What `cargo xtask dist` prerenders: a notice for a web page, with the
/// default heading level and the built-in content, in `phase`.
fn page_notice(locale: &'static LocaleInfo, variant: Variant, phase: Phase) -> Prerender<'static> {
    Prerender {
        locale,
        variant,
        heading_level: HeadingLevel::default(),
        app_links: false,
        config: None,
        phase,
    }
}

/// Every shipped locale in both variants and every phase.
pub fn all() -> Result<Vec<Prerendered>, String> {
    LOCALES
        .iter()
        .flat_map(|locale| Variant::ALL.map(|variant| (locale, variant)))
        .flat_map(|(locale, variant)| Phase::ALL.map(|phase| (locale, variant, phase)))
        .map(|(locale, variant, phase)| {
            let what = page_notice(locale, variant, phase);
            let notice = futures::executor::block_on(render_notice(&what));
            let tree = crate::html_tree::parse(&notice).map_err(|e| {
                format!(
                    "the prerendered {} {variant:?} cannot be read: {e}",
                    locale.tag
                )
            })?;
            let key = member_notice::prerender::render_key(
                locale,
                variant,
                what.heading_level,
                what.app_links,
                &NoticeConfig::default(),
                phase,
            );
            Ok(Prerendered {
                locale,
                variant,
                phase,
                stem: file_stem(locale, variant, phase),
                notice: serde_json::json!({ "key": key, "tree": tree }),
                notice_html: notice,
            })
        })
        .collect()
}

/// `public_path` from `[deploy]` in member-notice.toml: where `dist/` is
/// served, as prerendered fragments name their stylesheet.
pub fn public_path() -> Result<String, String> {
    let file = root().join("member-notice.toml");
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{} is not valid TOML: {e}", file.display()))?;
    let path = table
        .get("deploy")
        .and_then(|d| d.get("public_path"))
        .and_then(|p| p.as_str())
        .ok_or("member-notice.toml has no `public_path` in [deploy]: set where dist/ is served, e.g. \"/member-notice/\"")?;
    if !path.ends_with('/') || !(path.starts_with('/') || path.starts_with("https://")) {
        return Err(format!(
            "member-notice.toml: [deploy] public_path \"{path}\" must be a path (\"/member-notice/\") \
             or an https URL, ending in \"/\""
        ));
    }
    Ok(path.to_owned())
}

const USAGE: &str = "usage: cargo xtask render --lang TAG [--variant banner|full] [--config FILE]
                          [--phase disruption|backlog|resolved] [--heading-level 2-6]
                          [--stylesheet URL]

  Prints the prerendered notice (a <member-notice> with a declarative shadow root) for a
  portal backend or CMS to include; the script tag then takes it over.
  --lang           a shipped language (region variants match their base: de-AT → de;
                   de-x-ls for Leichte Sprache)
  --variant        banner (default) or full
  --config         a notice config (JSON) to render with, validated like a remote one;
                   its phase in effect now (`phase`, or the last of `phases` whose
                   `from` has come)
  --phase          the phase to render instead (default: the config's now, else backlog);
                   render again when the phase changes, or the script renders it anew
  --heading-level  level of the headline (default 2)
  --stylesheet     URL of member-notice-<hash>.css (default: from dist/manifest.json and
                   [deploy] public_path in member-notice.toml, with its integrity hash;
                   a URL given here is linked without one)";

/// Runs `cargo xtask render <args>`: prints the fragment on standard output.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut lang = None;
    let mut variant = Variant::Banner;
    let mut config_file: Option<PathBuf> = None;
    let mut heading_level = HeadingLevel::default();
    let mut stylesheet = None;
    let mut phase = None;
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n\n{USAGE}"))?;
        match flag.as_str() {
            "--lang" => lang = Some(value.clone()),
            "--variant" => {
                variant = Variant::parse(value).ok_or_else(|| {
                    format!("--variant \"{value}\": use banner or full\n\n{USAGE}")
                })?
            }
            "--config" => config_file = Some(PathBuf::from(value)),
            "--heading-level" => {
                heading_level = value
                    .parse()
                    .ok()
                    .and_then(HeadingLevel::new)
                    .ok_or_else(|| format!("--heading-level \"{value}\": use 2 to 6\n\n{USAGE}"))?
            }
            "--stylesheet" => stylesheet = Some(value.clone()),
            "--phase" => {
                phase = Some(Phase::parse(value).ok_or_else(|| {
                    format!("--phase \"{value}\": use disruption, backlog or resolved\n\n{USAGE}")
                })?)
            }
            other => return Err(format!("unknown option `{other}`\n\n{USAGE}")),
        }
    }
    let lang = lang.ok_or_else(|| format!("--lang is required\n\n{USAGE}"))?;
    // As the widget chooses for an explicit `lang`: region variants match
    // their language, and the Leichte Sprache version (`de-x-ls`) its name.
    let chosen = LanguagePreferences {
        explicit: Some(lang.clone()),
        ..LanguagePreferences::default()
    }
    .negotiate();
    let locale = (chosen.source == LangSource::Explicit)
        .then_some(chosen.locale)
        .ok_or_else(|| {
            let shipped: Vec<_> = LOCALES.iter().map(|l| l.tag).collect();
            format!(
                "--lang \"{lang}\" is not a shipped language; use one of {}",
                shipped.join(", ")
            )
        })?;
    let config = config_file.as_deref().map(read_config).transpose()?;
    let (url, integrity) = match stylesheet {
        Some(url) => (url, None),
        None => {
            let (name, integrity) = release_stylesheet()?;
            (format!("{}{name}", public_path()?), Some(integrity))
        }
    };
    let stylesheet = Stylesheet {
        url: &url,
        integrity: integrity.as_deref(),
    };
    let what = Prerender {
        locale,
        variant,
        heading_level,
        app_links: false,
        config: config.as_ref(),
        phase: phase.unwrap_or_else(|| {
            config.as_ref().map_or(Phase::default(), |config| {
                config.phase_at(crate::util::now_millis())
            })
        }),
    };
    let public = public_path()?;
    let urls: Vec<String> = release_preloads(locale)?
        .iter()
        .map(|path| format!("{public}{path}"))
        .collect();
    let preload: Vec<Preload<'_>> = urls.iter().map(|url| Preload { url }).collect();
    println!("{}", render(&what, &stylesheet, &preload));
    Ok(())
}

/// A config file, validated as the widget validates a remote one, with
/// absolute links only: a fragment does not know the address of the page that
/// includes it, and the browser would resolve a relative `href` in it against
/// the page's `<base>`, which injected HTML can set (review M2).
fn read_config(path: &Path) -> Result<NoticeConfig, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the config {}: {e}", path.display()))?;
    let parsed = parse_config(&text);
    for warning in &parsed.warnings {
        eprintln!("xtask: warning: config {}: {warning}", path.display());
    }
    let config = parsed
        .config
        .map_err(|e| format!("config {} {e}", path.display()))?;
    if let Some((field, link)) = config.site_paths().first() {
        return Err(format!(
            "config {}: field `{field}` is \"{link}\", a path on the page's site; a prerendered \
             fragment does not know the page it is included in, so write the link as an \
             absolute https: URL (e.g. {}/{}) on an origin `links` in member-notice.toml \
             trusts",
            path.display(),
            member_notice::trust::LINK_ORIGINS[0],
            link.trim_start_matches('/')
        ));
    }
    Ok(config)
}

/// The built `dist/manifest.json`.
fn release_manifest() -> Result<serde_json::Value, String> {
    let file = root().join("dist/manifest.json");
    std::fs::read_to_string(&file)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .ok_or_else(|| "dist/manifest.json is missing: run `cargo xtask dist` first".into())
}

/// The integrity hash of `path` in `manifest`.
fn integrity_of<'a>(manifest: &'a serde_json::Value, path: &str) -> Option<&'a str> {
    manifest["files"].as_array().and_then(|files| {
        files
            .iter()
            .find(|file| file["path"].as_str() == Some(path))
            .and_then(|file| file["integrity"].as_str())
    })
}

/// What a fragment of `locale` preloads, as `dist/` has it (paths in
/// `dist/`): see [`preloads`].
fn release_preloads(locale: &'static LocaleInfo) -> Result<Vec<String>, String> {
    let manifest = release_manifest()?;
    let (Some(wasm), Some(locale_file)) = (
        manifest["wasm"].as_str(),
        manifest["localeFiles"][locale.tag].as_str(),
    ) else {
        return Err(format!(
            "dist/manifest.json names no wasm or no file for {}: rebuild with `cargo xtask dist`",
            locale.tag
        ));
    };
    Ok(preloads(locale, wasm, locale_file)
        .into_iter()
        .map(str::to_owned)
        .collect())
}

/// The files a fragment of `locale` preloads: the wasm, and for any locale
/// but the source its locale file, whose text the wasm asks for as soon as
/// it runs (German's text is in the loader, its full notice in the page).
pub fn preloads<'a>(locale: &LocaleInfo, wasm: &'a str, locale_file: &'a str) -> Vec<&'a str> {
    if std::ptr::eq(locale, member_notice::l10n::source_locale()) {
        vec![wasm]
    } else {
        vec![wasm, locale_file]
    }
}

/// The hashed stylesheet's name and integrity, from the built `dist/manifest.json`.
fn release_stylesheet() -> Result<(String, String), String> {
    let manifest = release_manifest().map_err(|e| format!("{e} (or pass --stylesheet URL)"))?;
    let name = manifest["stylesheet"].as_str();
    let integrity = name.and_then(|name| integrity_of(&manifest, name));
    match (name, integrity) {
        (Some(name), Some(integrity)) => Ok((name.to_owned(), integrity.to_owned())),
        _ => Err(
            "dist/manifest.json names no stylesheet with its integrity: rebuild with \
                  `cargo xtask dist`"
                .into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::read_config;

    /// `--config` with a relative link is refused, naming the field and the fix;
    /// the same config with the absolute link renders.
    #[test]
    fn a_config_for_a_fragment_needs_absolute_links() {
        let dir = std::env::temp_dir().join(format!("xtask-render-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("notice.json");
        std::fs::write(&file, r#"{"version":"v","links":{"sign_language":"/dgs"}}"#).unwrap();
        let error = read_config(&file).unwrap_err();
        assert!(
            error.contains("`links.sign_language`") && error.contains("absolute https:"),
            "{error}"
        );
        std::fs::write(
            &file,
            r#"{"version":"v","links":{"sign_language":"https://www.hkk.de/dgs"}}"#,
        )
        .unwrap();
        assert!(read_config(&file).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
