//! `cargo xtask dist`: the deployable `dist/` folder.
//!
//! - `member-notice.js`: the stable entry a web team references (short
//!   cache): the loader with the wasm-bindgen glue bundled in, and the
//!   integrity hash of every file it fetches
//! - `member-notice-<hash>.wasm`, `member-notice-<hash>.css`: the module and
//!   the stylesheet, content-hashed (cache forever, `immutable`)
//! - `static/<locale>[.full].html`: the prerendered notices, for pages; and
//!   `static/<locale>[.full].<phase>.html` in the phases `disruption` and
//!   `resolved`, for pages whose config names one
//! - `static/<locale>-<id>.json`: each locale's prerendered notices (the
//!   built-in phase) and text,
//!   for the loader (`locale_files.rs`)
//! - `webview.html` (+ `.js`, `.css`): the page the member app opens
//! - `notice-config.schema.json`: the remote config's JSON Schema, for
//!   operators' editors and validators (`schema.rs`)
//! - `member-notice.d.ts`: TypeScript types of the API, the element and its events
//! - `manifest.json`: every file with its size and SRI hash
//!
//! Release profile tuned for size, compiled by the pinned nightly of
//! `release_build.rs` (std rebuilt for size), then binaryen's `wasm-opt -Oz --converge`
//! from npm. No
//! `--all-features`: it lets wasm-opt emit proposals (compact imports) that
//! browsers reject; the features come from the module's `target_features`.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::hashes::{short_hash, sri};
use crate::size::{self, FileSize};
use crate::tools::WASM_TARGET;
use crate::util::{root, run, target_dir};

/// The stable entry script's name.
pub const ENTRY: &str = "member-notice.js";

/// Builds `dist/` from scratch and prints the size table.
pub fn build() -> Result<Vec<FileSize>, String> {
    let sizes = build_into(&root().join("dist"), &[])?;
    print!("{}", size::table(&sizes));
    Ok(sizes)
}

/// Where [`build_panic_test`] writes (`<target>/dist-panic-test`); the
/// end-to-end tests get it as `MEMBER_NOTICE_PANIC_DIST_DIR`.
pub fn panic_test_dir() -> std::path::PathBuf {
    target_dir().join("dist-panic-test")
}

/// The release as `dist/` has it, but with the test-only feature
/// `panic-on-demand` (src/embed/test_panic.rs): what the end-to-end tests
/// make panic to see that a trap never reaches the host page. Never deployed.
pub fn build_panic_test() -> Result<(), String> {
    build_into(&panic_test_dir(), &["panic-on-demand"]).map(drop)
}

/// Builds the release into `out` with the shipped features plus `extra`.
fn build_into(out: &Path, extra: &[&str]) -> Result<Vec<FileSize>, String> {
    let root = root();
    let flavor = out.file_name().and_then(|n| n.to_str()).unwrap_or("dist");
    // Its own target dir: the release toolchain is not the one the tests use.
    let wasm_target_dir = target_dir().join("release-wasm");
    run(&mut crate::release_build::command(&wasm_target_dir, extra))?;
    let bindgen_dir = target_dir().join(format!("bindgen-{flavor}"));
    let input = wasm_target_dir.join(format!("{WASM_TARGET}/release/member_notice.wasm"));
    run(Command::new("wasm-bindgen")
        .arg(&input)
        .args([
            "--target",
            "web",
            "--no-typescript",
            // The loader always names the wasm; the glue needs no default path.
            "--omit-default-module-path",
            "--out-name",
            "member-notice",
            "--out-dir",
        ])
        .arg(&bindgen_dir))?;
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    // Short import and export names first (a pass of its own: inside
    // --converge it would rename again on every round), which the glue then
    // takes over in bundle_loader (short_names.rs: ~2.5 KB brotli).
    let short = bindgen_dir.join("member-notice.short.wasm");
    let renames = crate::short_names::minify(
        &wasm_opt,
        &bindgen_dir.join("member-notice_bg.wasm"),
        &short,
    )?;
    let optimized = bindgen_dir.join("member-notice.opt.wasm");
    run(Command::new(&wasm_opt)
        // --converge repeats -Oz while it still shrinks the module (0.5 KB).
        .args(["-Oz", "--converge", "--strip-debug", "--strip-producers"])
        .arg(&short)
        .arg("-o")
        .arg(&optimized))?;

    // Assemble in a staging folder and swap it in at the end, so a server or
    // test reading dist/ never sees half a build. Beside `out`: a rename
    // cannot cross file systems (CI caches mount the target dir).
    let parent = out.parent().unwrap_or(Path::new("."));
    let dist = parent.join(format!(".{flavor}-staging-{}", std::process::id()));
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("cannot create {}: {e}", dist.display()))?;

    let wasm = read(&optimized)?;
    let wasm_name = format!("member-notice-{}.wasm", short_hash(&wasm));
    write(&dist.join(&wasm_name), &wasm)?;

    // The stylesheet as a file of its own, for the prerendered fragments (the
    // loader carries the same text for the notices it paints and the wasm's),
    // minified.
    let css = String::from_utf8(read(&root.join("styles/notice.css"))?)
        .map_err(|_| "styles/notice.css is not UTF-8".to_owned())?;
    let css = member_notice::css::minify(&css).into_bytes();
    let css_name = format!("member-notice-{}.css", short_hash(&css));
    write(&dist.join(&css_name), &css)?;

    // The prerendered notices and the locale files before the loader, which
    // carries their hashes; the fragments for pages after the locale files,
    // which they preload.
    let css_sri = sri(&css);
    let wasm_sri = sri(&wasm);
    let public = crate::prerender::public_path()?;
    let stylesheet_url = format!("{public}{css_name}");
    let stylesheet = member_notice::prerender::Stylesheet {
        url: &stylesheet_url,
        integrity: Some(&css_sri),
    };
    fs::create_dir_all(dist.join("static"))
        .map_err(|e| format!("cannot create dist/static: {e}"))?;
    let notices = crate::prerender::all()?;
    let locale_files = crate::locale_files::write(&root, &dist, &notices)?;
    let mut prerendered = Vec::new();
    for notice in &notices {
        let locale_file = locale_files.name_of(notice.locale.tag);
        let (wasm_url, file_url) = (
            format!("{public}{wasm_name}"),
            format!("{public}{locale_file}"),
        );
        let preload: Vec<_> = crate::prerender::preloads(notice.locale, &wasm_url, &file_url)
            .into_iter()
            .map(|url| member_notice::prerender::Preload { url })
            .collect();
        let name = format!("static/{}.html", notice.stem);
        write(
            &dist.join(&name),
            notice.fragment(&stylesheet, &preload).as_bytes(),
        )?;
        prerendered.push(name);
    }
    let css_text =
        String::from_utf8(css.clone()).map_err(|_| "styles/notice.css is not UTF-8".to_owned())?;

    let loader = fs::read_to_string(root.join("js/loader.js"))
        .map_err(|e| format!("cannot read js/loader.js: {e}"))?;
    crate::dom_guard::check_loader(&loader, "js/loader.js")?;
    let locales: Vec<&str> = member_notice::l10n::LOCALES.iter().map(|l| l.tag).collect();
    // The loader's list of locale file hashes: base64 only, in the order of its locales.
    let locale_hashes = locales
        .iter()
        .map(|tag| locale_files.integrity_of(tag).trim_start_matches("sha256-"))
        .collect::<Vec<_>>()
        .join(" ");
    let loader = fill(
        &loader,
        &[
            ("__MEMBER_NOTICE_GLUE__", &format!("./{GLUE}")),
            ("__MEMBER_NOTICE_WASM__", &wasm_name),
            ("__MEMBER_NOTICE_WASM_INTEGRITY__", &wasm_sri),
            ("__MEMBER_NOTICE_VERSION__", member_notice::VERSION),
            ("__MEMBER_NOTICE_LOCALES__", &locales.join(",")),
            ("__MEMBER_NOTICE_LOG_PREFIX__", member_notice::LOG_PREFIX),
            (
                "__MEMBER_NOTICE_EVENT_PREFIX__",
                member_notice::events::EVENT_PREFIX,
            ),
            ("__MEMBER_NOTICE_STYLESHEET__", &css_name),
            ("__MEMBER_NOTICE_STYLESHEET_INTEGRITY__", &css_sri),
            ("__MEMBER_NOTICE_LOCALE_HASHES__", &locale_hashes),
            ("__MEMBER_NOTICE_INLINE__", &locale_files.inline.to_string()),
            (
                "__MEMBER_NOTICE_SOURCE_TEXT__",
                &serde_json::Value::from(locale_files.source_text.as_str()).to_string(),
            ),
            (
                "__MEMBER_NOTICE_CSS__",
                &serde_json::Value::from(css_text).to_string(),
            ),
            (
                "__MEMBER_NOTICE_FETCH_TIMEOUT_MS__",
                &member_notice::remote::FETCH_TIMEOUT_MS.to_string(),
            ),
            (
                "__MEMBER_NOTICE_KEY_ATTRIBUTE__",
                member_notice::prerender::KEY_ATTRIBUTE,
            ),
        ],
    )?;
    let loader = bundle_loader(&loader, &bindgen_dir, &wasm, &renames)?;
    write(&dist.join(ENTRY), loader.as_bytes())?;

    // The types of the loader's API and events, for web teams' editors and compilers.
    let types = fs::read_to_string(root.join(crate::types::SOURCE))
        .map_err(|e| format!("cannot read {}: {e}", crate::types::SOURCE))?;
    let types = crate::types::shipped(&types, member_notice::VERSION)?;
    write(&dist.join(crate::types::SHIPPED), types.as_bytes())?;

    let mut names = vec![
        ENTRY.to_owned(),
        wasm_name.clone(),
        css_name.clone(),
        crate::types::SHIPPED.to_owned(),
    ];
    let copied = copy_static(
        &root.join("static"),
        &dist,
        &Linked {
            css: (&css_name, &css_sri),
            wasm: &wasm_name,
        },
        member_notice::trust::WEBVIEW_CONFIG,
    )?;
    pin_files(&dist, &copied)?;
    names.extend(copied);
    write(
        &dist.join(crate::schema::NAME),
        crate::schema::release()?.as_bytes(),
    )?;
    names.push(crate::schema::NAME.to_owned());
    names.extend(locale_files.names());
    names.extend(prerendered);

    let mut sizes = Vec::new();
    let mut entries = Vec::new();
    for name in &names {
        let bytes = read(&dist.join(name))?;
        sizes.push(size::measure(name, &bytes));
        entries.push(serde_json::json!({
            "path": name,
            "bytes": bytes.len(),
            "integrity": sri(&bytes),
            "immutable": name == &wasm_name || name == &css_name,
        }));
    }
    let manifest = serde_json::json!({
        "name": "member-notice",
        "version": member_notice::VERSION,
        "entry": ENTRY,
        // TypeScript declarations of the API and events (`types/member-notice.d.ts`).
        "types": crate::types::SHIPPED,
        "locales": locales,
        // Name and writing direction per locale, for language switchers and tests
        // (the demo pages and the end-to-end tests read the locale list here).
        "languages": languages(member_notice::l10n::LOCALES),
        // The Leichte Sprache version: shipped, but chosen only by name.
        "easyRead": member_notice::l10n::EASY_READ,
        "stylesheet": css_name,
        "wasm": wasm_name,
        // Each locale's file (its prerendered notices and text), by tag.
        "localeFiles": locale_files.by_tag(),
        "files": entries,
    });
    let manifest = serde_json::to_string_pretty(&manifest).expect("manifest serializes");
    write(&dist.join("manifest.json"), manifest.as_bytes())?;

    let staging = dist;
    let dist = out;
    let old = parent.join(format!(".{flavor}-old-{}", std::process::id()));
    if dist.exists() {
        fs::rename(dist, &old)
            .map_err(|e| format!("cannot move the old {} aside: {e}", dist.display()))?;
    }
    fs::rename(&staging, dist)
        .map_err(|e| format!("cannot move the build to {}: {e}", dist.display()))?;
    let _ = fs::remove_dir_all(&old);

    println!("\n{flavor}/ written: {}\n", dist.display());
    Ok(sizes)
}

/// The glue's file name as wasm-bindgen writes it (`--out-name`).
const GLUE: &str = "member-notice.js";

/// The glue's one line that receives the module's exports, which
/// [`bundle_loader`] routes through `js/guard.js`. wasm-bindgen is pinned
/// exactly (Cargo.toml), so this line changes only with a deliberate upgrade —
/// and then the build says so instead of shipping an unguarded module.
const GLUE_EXPORTS: &str = "wasm = instance.exports;";

/// What the loader takes from the glue to instantiate the module itself: the
/// imports object and the step that hands the instance to the glue. Both are
/// wasm-bindgen internals of the pinned version; a glue without them fails the
/// bundle (esbuild refuses an export of an undefined name).
const GLUE_HOOKS: &str =
    "export { __wbg_get_imports as wasmImports, __wbg_finalize_init as adoptInstance };";

/// The filled loader, bundled by esbuild with the wasm-bindgen glue (its exports
/// guarded, see `js/guard.js`) into the one classic script `dist/` ships:
/// the integrity hash on `member-notice.js` then covers all the code that
/// runs, and a first view makes one request fewer.
fn bundle_loader(
    loader: &str,
    bindgen_dir: &Path,
    wasm: &[u8],
    renames: &crate::short_names::Renames,
) -> Result<String, String> {
    let glue_path = bindgen_dir.join(GLUE);
    let glue = String::from_utf8(read(&glue_path)?)
        .map_err(|_| "the wasm-bindgen glue is not UTF-8".to_owned())?;
    // The wasm's short names in the glue, and every import the wasm asks for
    // provided by it (what instantiation would otherwise find out).
    let wanted = crate::short_names::wasm_imports(wasm)?;
    let module = crate::short_names::import_module(&wanted)?;
    let glue = crate::short_names::rename_glue(
        &glue,
        crate::dom_guard::imports_span(&glue)?,
        module,
        renames,
    )?;
    // The renamed glue's import function is shorter: its span anew.
    crate::short_names::check_glue(&wanted, &glue, crate::dom_guard::imports_span(&glue)?)?;
    if glue.matches(GLUE_EXPORTS).count() != 1 {
        return Err(format!(
            "the wasm-bindgen glue ({}) no longer has the line `{GLUE_EXPORTS}` exactly once, \
             which js/guard.js wraps; update GLUE_EXPORTS in xtask/src/dist.rs for this \
             wasm-bindgen version",
            glue_path.display()
        ));
    }
    // Every DOM member the glue reaches goes through js/dom.js (the build
    // fails where one would not), its exports through js/guard.js.
    let glue = crate::dom_guard::guard_receivers(&glue)?;
    // The loader instantiates the module itself (one streaming compile of the
    // verified answer, and a clear error for a wrong MIME type), so the glue's own
    // loading code, with its fallbacks and warnings, is left for the bundler to drop.
    let glue = format!(
        "import {{ guard }} from \"./guard.js\";\n{}\n{GLUE_HOOKS}\n",
        glue.replace(GLUE_EXPORTS, "wasm = guard(instance.exports);")
    );
    // Beside the glue, under names esbuild resolves from the loader's imports.
    let bundle_dir = bindgen_dir.join("bundle");
    fs::create_dir_all(&bundle_dir)
        .map_err(|e| format!("cannot create {}: {e}", bundle_dir.display()))?;
    write(&bundle_dir.join(GLUE), glue.as_bytes())?;
    for helper in ["guard.js", "dom.js"] {
        write(
            &bundle_dir.join(helper),
            &read(&root().join("js").join(helper))?,
        )?;
    }
    let entry = bundle_dir.join("loader.js");
    write(&entry, loader.as_bytes())?;
    crate::minify::bundle(&entry)
}

/// Tag, name and writing direction of each locale, for the manifest.
fn languages(locales: &[member_notice::l10n::LocaleInfo]) -> Vec<serde_json::Value> {
    locales
        .iter()
        .map(|l| {
            serde_json::json!({
                "tag": l.tag,
                "name": l.native_name,
                "dir": l.direction.as_str(),
                // What the notice's `lang` attribute says (`de` for `de-x-ls`).
                "lang": l.html_lang(),
            })
        })
        .collect()
}

/// Placeholders in `static/` files, filled while copying: the WebView page's
/// CSP lists exactly the origins `member-notice.toml` trusts for content, its
/// config is the one `[webview] config` names (none: the built-in notice), its
/// console lines carry the widget's prefix, and the page carries the German
/// notice prerendered for the app (full, its headline the page's h1, links for
/// the app; stylesheet next to it; the wasm preloaded) — unless it has a
/// config, whose phase the build cannot know: then only the wasm's preload,
/// and the notice renders once the config has arrived, never another phase
/// first.
fn static_placeholders(
    linked: &Linked<'_>,
    webview_config: Option<&str>,
) -> Vec<(&'static str, String)> {
    let webview = member_notice::prerender::Prerender {
        locale: member_notice::l10n::source_locale(),
        variant: member_notice::options::Variant::Full,
        heading_level: member_notice::options::HeadingLevel::PAGE,
        app_links: true,
        config: None,
        phase: member_notice::phase::Phase::default(),
    };
    vec![
        (
            "__MEMBER_NOTICE_CONTENT_ORIGINS__",
            member_notice::trust::CONTENT_ORIGINS.join(" "),
        ),
        (
            "__MEMBER_NOTICE_WEBVIEW_CONFIG__",
            webview_config_attribute(webview_config),
        ),
        (
            "__MEMBER_NOTICE_LOG_PREFIX__",
            member_notice::LOG_PREFIX.to_owned(),
        ),
        (
            "__MEMBER_NOTICE_WEBVIEW_NOTICE__",
            match webview_config {
                None => crate::prerender::render(
                    &webview,
                    &member_notice::prerender::Stylesheet {
                        url: linked.css.0,
                        integrity: Some(linked.css.1),
                    },
                    &[member_notice::prerender::Preload { url: linked.wasm }],
                ),
                // As a fragment asks for it (`prerender::fragment`); the name
                // escaped as any attribute value.
                Some(_) => format!(
                    "<link rel=\"preload\" as=\"fetch\" crossorigin=\"anonymous\" href=\"{}\">",
                    webview_config_attribute(Some(linked.wasm))
                ),
            },
        ),
    ]
}

/// The release's files the pages of `static/` link (name in `dist/`, integrity).
struct Linked<'a> {
    /// The stylesheet.
    css: (&'a str, &'a str),
    /// The wasm (preloaded: no integrity on the link, see `Preload`).
    wasm: &'a str,
}

/// The WebView page's `data-config` value: the URL `[webview] config` names
/// (build.rs allowed only URL characters), escaped for an attribute anyway;
/// empty for none.
fn webview_config_attribute(config: Option<&str>) -> String {
    config
        .unwrap_or_default()
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Copies the files of `static/` (the WebView page) into `dist/`, filling
/// [`static_placeholders`] (`webview_config`: `[webview] config` of
/// member-notice.toml), and returns their names in a stable order. A
/// placeholder no file has fails the build: the page would silently ignore
/// the setting it carries (the WebView's config, say).
fn copy_static(
    from: &Path,
    to: &Path,
    linked: &Linked<'_>,
    webview_config: Option<&str>,
) -> Result<Vec<String>, String> {
    let placeholders = static_placeholders(linked, webview_config);
    let mut unused: Vec<&str> = placeholders.iter().map(|(key, _)| *key).collect();
    let mut names = Vec::new();
    let entries = fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", from.display()))?
            .path();
        if let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|_| path.is_file())
        {
            let mut bytes = read(&path)?;
            if let Ok(text) = std::str::from_utf8(&bytes) {
                let mut text = text.to_owned();
                for (key, value) in &placeholders {
                    if text.contains(key) {
                        unused.retain(|k| k != key);
                        text = text.replace(key, value);
                    }
                }
                // The WebView page's stylesheet ships as the notice's does.
                if name.ends_with(".css") {
                    text = member_notice::css::minify(&text);
                }
                bytes = text.into_bytes();
            }
            write(&to.join(name), &bytes)?;
            names.push(name.to_owned());
        }
    }
    if !unused.is_empty() {
        return Err(format!(
            "no file in {} has the placeholder {}, which dist fills",
            from.display(),
            unused.join(", ")
        ));
    }
    names.sort();
    Ok(names)
}

/// The placeholder for a file's integrity hash in a page of `static/`:
/// `__MEMBER_NOTICE_SRI:<file in dist/>__`.
const SRI_PLACEHOLDER: &str = "__MEMBER_NOTICE_SRI:";

/// Fills the integrity placeholders in the copied HTML pages (`webview.html`)
/// with the hashes of the files as written to `dist`, so the page loads its
/// scripts and stylesheet only as the release shipped them. Runs after every
/// file the pages name is written.
fn pin_files(dist: &Path, copied: &[String]) -> Result<(), String> {
    for page in copied.iter().filter(|name| name.ends_with(".html")) {
        let path = dist.join(page);
        let mut text =
            String::from_utf8(read(&path)?).map_err(|_| format!("static/{page} is not UTF-8"))?;
        while let Some(at) = text.find(SRI_PLACEHOLDER) {
            let start = at + SRI_PLACEHOLDER.len();
            let end = text[start..]
                .find("__")
                .map(|len| start + len)
                .ok_or_else(|| format!("static/{page}: an unterminated {SRI_PLACEHOLDER}…__"))?;
            let file = &text[start..end];
            let bytes = read(&dist.join(file)).map_err(|e| {
                format!("static/{page} pins {file}, which dist/ does not have ({e})")
            })?;
            text.replace_range(at..end + 2, &sri(&bytes));
        }
        write(&path, text.as_bytes())?;
    }
    Ok(())
}

/// Replaces each placeholder, insisting that it occurs: a renamed placeholder
/// must fail the build rather than ship a broken loader.
fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = template.to_owned();
    for (key, value) in values {
        if !out.contains(key) {
            return Err(format!("js/loader.js lacks the placeholder {key}"));
        }
        out = out.replace(key, value);
    }
    Ok(out)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::{copy_static, webview_config_attribute, Linked};

    const LINKED: Linked<'static> = Linked {
        css: ("x.css", "sha256-x"),
        wasm: "x.wasm",
    };
    use crate::scratch::Scratch;
    use crate::util::root;

    #[test]
    fn the_webview_config_is_written_as_an_attribute_value() {
        assert_eq!(webview_config_attribute(None), "");
        assert_eq!(
            webview_config_attribute(Some("/member-notice/notice.json?v=1&l=de")),
            "/member-notice/notice.json?v=1&amp;l=de"
        );
        assert_eq!(
            webview_config_attribute(Some("/\"><script>")),
            "/&quot;&gt;&lt;script&gt;"
        );
    }

    #[test]
    fn the_webview_page_carries_the_config_of_member_notice_toml() {
        for (config, written) in [
            (None, ""),
            (
                Some("/member-notice/notice.json?v=2&l=de"),
                "/member-notice/notice.json?v=2&amp;l=de",
            ),
        ] {
            let out = Scratch::new("xtask-unit").unwrap();
            let names = copy_static(&root().join("static"), out.path(), &LINKED, config).unwrap();
            assert!(names.contains(&"webview.html".to_owned()), "{names:?}");
            assert!(
                names.iter().all(|name| !name.ends_with(".json")),
                "no config ships beside the page: {names:?}"
            );
            let page = std::fs::read_to_string(out.path().join("webview.html")).unwrap();
            let container = format!("<main id=\"notice\" data-config=\"{written}\">");
            assert_eq!(page.matches(&container).count(), 1, "{container} in {page}");
            // The built-in notice prerendered, only where no config can name
            // another phase; the wasm's download starts with the page either way.
            assert_eq!(
                page.contains("<member-notice"),
                config.is_none(),
                "{config:?}: {page}"
            );
            assert!(page.contains("href=\"x.wasm\""), "{page}");
            let script = std::fs::read_to_string(out.path().join("webview.js")).unwrap();
            assert!(script.contains(member_notice::LOG_PREFIX), "{script}");
            for (name, text) in [("webview.html", &page), ("webview.js", &script)] {
                let left = text.replace("__MEMBER_NOTICE_SRI:", "");
                assert!(
                    !left.contains("__MEMBER_NOTICE_"),
                    "{name} keeps a placeholder"
                );
            }
        }
    }

    #[test]
    fn a_placeholder_no_static_file_has_fails_the_build() {
        let from = Scratch::new("xtask-unit").unwrap();
        let to = Scratch::new("xtask-unit").unwrap();
        std::fs::write(
            from.path().join("webview.html"),
            "<main id=\"notice\"></main>",
        )
        .unwrap();
        let error = copy_static(from.path(), to.path(), &LINKED, None).unwrap_err();
        assert!(
            error.contains("__MEMBER_NOTICE_WEBVIEW_CONFIG__"),
            "{error}"
        );
    }
}
