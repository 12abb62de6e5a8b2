//! The widget's own corner of the page: an open shadow root on the host
//! element, with the one shared stylesheet adopted into it.
//!
//! One constructed `CSSStyleSheet` serves every instance on the page. Where
//! constructed sheets are missing (old WebViews), a `<style>` element inside
//! the shadow root is the fallback; neither touches the host page's styles.

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet (`styles/notice.css`), minified by `build.rs`
/// and embedded at compile time — except in the release wasm (feature
/// `stylesheet-from-loader`), whose loader hands over the same text it
/// already has for its early paint ([`set_stylesheet`]), so no member
/// downloads it twice.
#[cfg(not(feature = "stylesheet-from-loader"))]
const BUILT_IN: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/notice.min.css")));
#[cfg(feature = "stylesheet-from-loader")]
const BUILT_IN: Option<&str> = None;

thread_local! {
    /// The stylesheet's text, when the loader provided it.
    static PROVIDED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The shared constructed stylesheet, created on first use.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Takes the stylesheet's text from the loader (the release's
/// `member-notice-<hash>.css`, or the copy in a prerendered notice). The
/// loader calls it once, before any mount.
#[wasm_bindgen(js_name = setStylesheet)]
pub fn set_stylesheet(css: String) {
    PROVIDED.with(|provided| *provided.borrow_mut() = Some(css));
}

/// The stylesheet's text: built in, or as the loader provided it.
fn css() -> String {
    match BUILT_IN {
        Some(css) => css.to_owned(),
        None => PROVIDED.with(|provided| provided.borrow().clone().unwrap_or_default()),
    }
}

/// Returns the host's shadow root, attaching an open one if it has none.
pub fn shadow_root(host: &Element) -> Result<ShadowRoot, JsValue> {
    if let Some(root) = host.shadow_root() {
        return Ok(root);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
}

/// Gives `root` the widget's styles: the shared sheet if the browser can
/// adopt it, otherwise a `<style>` element of its own.
pub fn apply_styles(root: &ShadowRoot) -> Result<(), JsValue> {
    if let Some(sheet) = shared_sheet() {
        let sheets = js_sys::Array::of1(&sheet);
        if js_sys::Reflect::set(root, &"adoptedStyleSheets".into(), &sheets)? {
            return Ok(());
        }
    }
    let document = root.owner_document().ok_or("shadow root has a document")?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(&css()));
    root.append_child(&style)?;
    Ok(())
}

fn shared_sheet() -> Option<CssStyleSheet> {
    SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(&css()).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    })
}

/// The render root of a notice prerendered at build time (a declarative
/// shadow root the page's HTML brought), if `root` holds one.
pub fn prerendered_root(root: &ShadowRoot) -> Option<Element> {
    root.query_selector(&format!("div.root[{}]", crate::prerender::KEY_ATTRIBUTE))
        .ok()
        .flatten()
}

/// Empties `element` without an HTML string (which Trusted Types forbid).
pub fn clear(element: &Element) {
    while let Some(child) = element.first_child() {
        let _ = element.remove_child(&child);
    }
}

/// Creates the element Yew renders into, inside `root`.
pub fn render_root(root: &ShadowRoot) -> Result<Element, JsValue> {
    let document = root.owner_document().ok_or("shadow root has a document")?;
    let container = document.create_element("div")?;
    container.set_class_name("root");
    root.append_child(&container)?;
    Ok(container)
}
