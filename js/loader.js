/*!
 * member-notice loader — the one file a web team references (dist/member-notice.js).
 *
 * It does only what Rust cannot: define the <member-notice> custom element,
 * put the MemberNotice API on window, find its sibling assets next to its own
 * URL, and mount a notice for a script tag that asks for one. Everything else
 * — options, language, config, trust, rendering — happens in the wasm module.
 *
 * Works as a classic script (with or without defer/async) and as
 * type="module". Defines nothing global except window.MemberNotice. Never
 * throws into the host page: failures become a console line and a
 * member-notice:error event.
 *
 * Nothing runs or shows that the release did not ship. `cargo xtask dist`
 * bundles the wasm-bindgen glue into this file (so the integrity hash a web
 * team puts on member-notice.js covers it too), bakes in the stylesheet and
 * the German banner (painted with no request after this file), and the
 * hashes of every file it fetches: the wasm, and one file per locale with its
 * prerendered notices and its text (xtask/src/locale_files.rs). A changed
 * file is refused by the browser (Subresource Integrity) and reported as
 * `integrity`; what is already on screen stays.
 *
 * The __MEMBER_NOTICE_*__ placeholders are filled in by `cargo xtask dist`,
 * from the crate, so each fact has one home.
 */
import {
  adoptInstance, NoticeHandle, receive as deliver, setSourceText, setStylesheet, setTranslationSource, wake,
  wasmImports,
} from "__MEMBER_NOTICE_GLUE__";
import { onTrap, trapped } from "./guard.js";
import { realDocument } from "./dom.js";

(() => {
  "use strict";

  const WASM = "__MEMBER_NOTICE_WASM__";
  const WASM_INTEGRITY = "__MEMBER_NOTICE_WASM_INTEGRITY__";
  const VERSION = "__MEMBER_NOTICE_VERSION__";
  const LOCALES = "__MEMBER_NOTICE_LOCALES__".split(",");
  const PREFIX = "__MEMBER_NOTICE_LOG_PREFIX__";
  const EVENT_PREFIX = "__MEMBER_NOTICE_EVENT_PREFIX__";
  /** The stylesheet's file, for engines without constructed stylesheets. */
  const STYLESHEET = "__MEMBER_NOTICE_STYLESHEET__";
  const STYLESHEET_INTEGRITY = "__MEMBER_NOTICE_STYLESHEET_INTEGRITY__";
  /** The stylesheet's text, for the notices painted here and for the wasm. */
  const CSS = __MEMBER_NOTICE_CSS__;
  /**
   * The SHA-256 (base64) of each locale's file, in the order of LOCALES; its name comes from
   * the hash (localeFile). A plain list: every shipped locale costs every member its bytes.
   */
  const LOCALE_HASHES = "__MEMBER_NOTICE_LOCALE_HASHES__".split(" ");
  /** The default locale's prerendered banner ({key, tree}), painted without a request. */
  const INLINE = __MEMBER_NOTICE_INLINE__;
  /** The default locale's text, for the wasm: the same words as INLINE, which brotli sends once. */
  const SOURCE_TEXT = __MEMBER_NOTICE_SOURCE_TEXT__;
  /** How long a locale's file may take before the notice goes on without it. */
  const TIMEOUT_MS = __MEMBER_NOTICE_FETCH_TIMEOUT_MS__;
  const KEY_ATTRIBUTE = "__MEMBER_NOTICE_KEY_ATTRIBUTE__";
  const TAG = "member-notice";
  /** Attributes of <member-notice> and the option each one sets; `data-<attribute>` on the script tag. */
  const ATTRIBUTES = {
    lang: "lang",
    variant: "variant",
    theme: "theme",
    config: "config",
    "ftl-base": "ftlBase",
    "heading-level": "headingLevel",
  };
  /** A script tag with any of these mounts a notice; without them it only defines the API. */
  const MOUNT_ATTRIBUTES = ["data-target", "data-lang", "data-variant", "data-config"];
  const SCAN = Symbol.for("member-notice.scan");

  if (typeof window === "undefined" || typeof document === "undefined") return;

  // The DOM as the browser defines it. The page's own HTML can shadow document
  // members with named elements (<img name="currentScript"
  // src="https://other.example/member-notice.js">, name="createTextNode",
  // name="documentElement" lang="ar"): an HTML-injection flaw must not be able
  // to point this loader at someone else's code, make it throw, or change the
  // notice's language. So every document member is reached through
  // realDocument (js/dom.js; `cargo xtask dist` refuses a `document.` here),
  // and element members the page could override through their prototypes.
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name)?.get;
  const scriptSrcOf = getter(HTMLScriptElement.prototype, "src");
  const scriptTypeOf = getter(HTMLScriptElement.prototype, "type");
  // The nonce a strict CSP gave the page's own tags (kept from script even where the
  // attribute is hidden); missing in old engines.
  const nonceOf = getter(HTMLElement.prototype, "nonce");
  const createElement = (tag) => realDocument.createElement(tag);
  // A host <form> shadows its own members with named controls, too.
  const NODE = Node.prototype;
  const childrenOf = getter(Element.prototype, "children");
  const querySelectorIn = Element.prototype.querySelector;

  /** The script element running this file now: null for type="module" (and when bundled elsewhere). */
  const CURRENT = realDocument.currentScript;

  // Included twice? The first copy owns the API; this copy only hands it the
  // script tag that ran this time.
  const existing = window.MemberNotice;
  if (existing && typeof existing[SCAN] === "function") {
    existing[SCAN](CURRENT);
    return;
  }

  /** A real <script> the browser runs (not type="text/plain" or the like). */
  function isExecutableScript(element) {
    if (!(element instanceof HTMLScriptElement)) return false;
    const type = scriptTypeOf.call(element).trim().toLowerCase();
    return type === "" || type === "module" || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
  }

  /**
   * This file's own URL. First from the JS engine's stack trace, which the
   * page cannot fake and which also works for type="module" (where
   * currentScript is null); else from the real currentScript.
   */
  function ownUrl() {
    let stack = "";
    try { throw new Error("where am I"); } catch (e) { stack = String(e.stack || ""); }
    const match = /(https?:\/\/\S+?):\d+:\d+/.exec(stack);
    if (match) return match[1];
    return isExecutableScript(CURRENT) ? scriptSrcOf.call(CURRENT) : null;
  }

  const OWN_URL = ownUrl();
  const base = OWN_URL && new URL(".", OWN_URL);

  const asksForNotice = (script) => MOUNT_ATTRIBUTES.some((a) => script.hasAttribute(a));

  /**
   * The <script> element that ran this file, whose data-* attributes command a notice; or
   * null. Never an element merely found in the page: a tag the page's CSP blocked (no
   * nonce), a `nomodule` tag or an inert one never ran, and injected markup must not drive
   * the widget past a strict CSP. A classic script is the document's currentScript while it
   * runs. A module has none, and runs once however often it is listed: it is the one module
   * tag that loads this exact URL — or, of several, the one that carries a nonce.
   */
  function ranScript(current) {
    // The tag that is running: whatever its `src` says now (a <base> injected after it moves
    // what the property resolves to, not what ran).
    if (current) return isExecutableScript(current) ? current : null;
    const modules = Array.from(realDocument.getElementsByTagName("script")).filter(
      (script) => isExecutableScript(script) && scriptTypeOf.call(script).trim().toLowerCase() === "module" &&
        [scriptSrcOf.call(script), new URL(script.getAttribute("src") || "", location.href).href].includes(OWN_URL),
    );
    const nonced = nonceOf ? modules.filter((script) => nonceOf.call(script)) : [];
    const candidates = nonced.length ? nonced : modules;
    if (candidates.length === 1) return candidates[0];
    if (candidates.some(asksForNotice)) {
      warn("several <script type=\"module\"> tags load " + OWN_URL + ": none is mounted — keep one, " +
        "or give it the page's CSP nonce");
    }
    return null;
  }

  function warn(message) {
    try { console.warn(PREFIX + " " + message); } catch (_) { /* no console */ }
  }

  function emitError(target, code, message) {
    warn(message);
    try {
      target.dispatchEvent(new CustomEvent(EVENT_PREFIX + "error", {
        bubbles: true,
        composed: true,
        detail: { code, message },
      }));
    } catch (_) { /* a throwing listener is the host's own business */ }
  }

  /** An error for the page, with the member-notice:error code it is reported under. */
  const failure = (code, message) => Object.assign(new Error(message), { code });

  /**
   * `file` from next to this loader, as the release shipped it: the browser
   * checks it against `integrity` (baked in by `cargo xtask dist`) and refuses
   * anything else. A refusal looks like a network failure to script, so the
   * server is asked once more, with HEAD (no body comes twice), whether the
   * file is there at all, to tell the page which of the two it was.
   */
  function verified(file, integrity, timeout) {
    const url = new URL(file, base).href;
    const unavailable = (status) => failure("load", file + " answered HTTP " + status);
    const signal = timeout && AbortSignal.timeout ? AbortSignal.timeout(timeout) : undefined;
    return fetch(url, { credentials: "same-origin", integrity, signal }).then((response) => {
      if (!response.ok) throw unavailable(response.status);
      return response;
    }, (error) => signal && signal.aborted
      ? Promise.reject(failure("load", file + " did not arrive within " + timeout / 1000 + " s"))
      : fetch(url, { method: "HEAD", credentials: "same-origin" }).then((response) => {
      throw response.ok
        ? failure("integrity", file + " is not the file this release shipped (its hash differs from " +
          "member-notice.js's), so it is not used: it was changed on the server or on the way — " +
          "deploy dist/ again, all files from one build")
        : unavailable(response.status);
    }, () => { throw failure("load", file + " could not be fetched (" + error + ")"); }));
  }

  /**
   * The module from its verified answer, compiled while it streams in. A server that
   * sends it as another type than application/wasm is named: browsers refuse to compile
   * such an answer as it arrives, and a second download to work around it would cost
   * every member on that site the wasm twice.
   */
  function instantiate(response) {
    const type = response.headers.get("content-type");
    return WebAssembly.instantiateStreaming(response, wasmImports()).then(
      ({ instance, module }) => adoptInstance(instance, module),
      (error) => {
        throw type && !/^application\/wasm\b/i.test(type)
          ? failure("load", WASM + " is served as " + type + ", not application/wasm: fix the server's " +
            "MIME types")
          : error;
      },
    );
  }

  /** The file of each locale asked for, by tag: one request per page. */
  const localeFiles = {};
  /** Locale `tag`'s file of the release (see xtask/src/locale_files.rs), verified; its name comes from its hash. */
  function localeFile(tag) {
    const hash = LOCALE_HASHES[LOCALES.indexOf(tag)];
    if (!localeFiles[tag]) {
      const file = "static/" + tag + "-" + hash.slice(0, 16).replace(/\+/g, "-").replace(/\//g, "_") + ".json";
      localeFiles[tag] = verified(file, "sha256-" + hash, TIMEOUT_MS).then((response) => response.json()).then(
        (contents) => Object.assign(contents, { file }),
        (error) => { throw Object.assign(error, { file }); },
      );
    }
    return localeFiles[tag];
  }

  /** The text of locale `tag` from its file, for the wasm (src/embed/release_texts.rs). */
  function translation(tag) {
    return LOCALES.includes(tag)
      ? localeFile(tag).then((contents) => {
        if (typeof contents.ftl !== "string") throw failure("integrity", contents.file + " has no text");
        return contents.ftl;
      })
      : Promise.reject(failure("load", "the release has no file for " + tag));
  }

  let wasm = null;
  /** The wasm module has loaded and renders notices itself (see connect). */
  let wasmRuns = false;
  /** Loads the wasm module once, only from next to this file; every caller waits on the same promise. */
  function loadWasm() {
    if (!wasm) {
      wasm = base
        ? verified(WASM, WASM_INTEGRITY).then(instantiate).then(() => {
          // The wasm carries neither the stylesheet nor any text: this file
          // hands over the stylesheet and German, and each other locale's
          // text from its file when the wasm asks.
          setStylesheet(CSS);
          setSourceText(SOURCE_TEXT);
          setTranslationSource(translation);
          wasmRuns = true;
        })
        : Promise.reject(new Error("cannot tell where member-notice.js itself was loaded from"));
    }
    return wasm;
  }

  // A script tag that asks for a notice: its longest request, the wasm, and its locale's
  // file start now — before the rest of this file has run, and not only when the page is
  // parsed (a script without defer runs earlier).
  if (isExecutableScript(CURRENT) && asksForNotice(CURRENT)) {
    // The small locale file first: the notice waits for it, the wasm takes longer anyway.
    const early = prerendered({
      lang: CURRENT.getAttribute("data-lang"),
      variant: CURRENT.getAttribute("data-variant"),
      headingLevel: CURRENT.getAttribute("data-heading-level"),
      config: CURRENT.getAttribute("data-config"),
    });
    if (early && early.then) early.catch(() => {});
    loadWasm().catch(() => {});
  }

  /** What a failed load most likely needs, for the error message. */
  function loadAdvice() {
    const where = base ? base.href : "(unknown)";
    if (base && base.origin !== window.location.origin) {
      return "the files are on another origin (" + base.origin + "): every file in dist/ must be " +
        "served with Access-Control-Allow-Origin (CORS), and the page's Content-Security-Policy must " +
        "allow " + base.origin + " in script-src, connect-src and style-src, plus 'wasm-unsafe-eval' in script-src — " +
        "see docs/web-teams.md, Deploying dist/ (files at " + where + ")";
    }
    return "check that the files next to member-notice.js are deployed (" + where + ") and that the " +
      "page's Content-Security-Policy allows script-src 'self' 'wasm-unsafe-eval'";
  }

  /** Per-element state, kept off the element so the host page cannot clash with it. */
  const state = new WeakMap();

  function entryOf(element) {
    let entry = state.get(element);
    if (!entry) {
      entry = { options: {}, handle: null, ready: null };
      state.set(element, entry);
    }
    return entry;
  }

  /** The options of `element`: those given to mount(), then its attributes. */
  function optionsOf(element) {
    const options = Object.assign({}, state.get(element)?.options);
    for (const [attribute, option] of Object.entries(ATTRIBUTES)) {
      if (element.hasAttribute(attribute)) options[option] = element.getAttribute(attribute);
    }
    return options;
  }

  // --- The prerendered notice, painted before the wasm arrives ------------

  /**
   * The shipped locale `raw` names, or null: a well-formed language tag
   * (language, script, region, variants — what the wasm's parser accepts)
   * whose language ships, or reads one that ships (Dari `prs` reads Persian,
   * READS in src/l10n/negotiate.rs). The same rules as src/l10n/negotiate.rs;
   * an end-to-end test checks both against tests/fixtures/negotiation.json.
   */
  function matchTag(raw) {
    const parts = String(raw ?? "").trim().split(/[-_]/);
    if (!/^([a-z]{2,3}|[a-z]{5,8})$/i.test(parts[0])) return null;
    let at = 1;
    if (at < parts.length && /^[a-z]{4}$/i.test(parts[at])) at++;
    if (at < parts.length && /^([a-z]{2}|\d{3})$/i.test(parts[at])) at++;
    while (at < parts.length && /^[a-z0-9]{4,8}$/i.test(parts[at])) at++;
    if (at < parts.length) return null;
    let language = parts[0].toLowerCase();
    if (language === "prs") language = "fa";
    return LOCALES.includes(language) ? language : null;
  }

  /** The locale the wasm will negotiate for a web page (not a WebView): explicit → <html lang> → browser → German. */
  function negotiate(explicit) {
    // The Leichte Sprache version (de-x-ls) only by its name, as in the wasm.
    const named = String(explicit ?? "").trim().toLowerCase();
    if (named.includes("-x-") && LOCALES.includes(named)) return named;
    const html = realDocument.documentElement;
    const sources = [explicit, html && html.getAttribute("lang"), ...(navigator.languages || [])];
    for (const tag of sources) {
      const locale = matchTag(tag);
      if (locale) return locale;
    }
    return LOCALES[0];
  }

  /** Builds the prerendered tree (see xtask/src/html_tree.rs) under `parent`, without HTML strings. */
  function build(parent, nodes) {
    for (const node of nodes) {
      if (typeof node === "string") {
        parent.appendChild(realDocument.createTextNode(node));
      } else if (Array.isArray(node)) {
        const [tag, attributes, ...children] = node;
        const element = createElement(tag);
        // Never an event handler, even from a tampered file.
        for (const [name, value] of Object.entries(attributes)) {
          if (!/^on/i.test(name)) element.setAttribute(name, value);
        }
        build(element, children);
        parent.appendChild(element);
      } else {
        parent.appendChild(realDocument.createComment(node.c));
      }
    }
  }

  let sheet = null;
  /**
   * Gives a painted notice its styles: one constructed stylesheet for all of
   * them (which style-src does not restrict, as for the wasm's own); a
   * <link> to the stylesheet file where constructed sheets are missing.
   */
  function adoptStyles(root) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } catch (_) {
      const link = createElement("link");
      link.setAttribute("rel", "stylesheet");
      link.setAttribute("href", new URL(STYLESHEET, base).href);
      link.setAttribute("integrity", STYLESHEET_INTEGRITY);
      // SRI on another origin's file needs a CORS request (dist/ sends the header).
      link.setAttribute("crossorigin", "anonymous");
      root.appendChild(link);
    }
  }

  /**
   * The notice prerendered at build time for these options, or null where the
   * wasm's first render would differ (a WebView, another heading level): the
   * default locale's banner itself, any other as a promise of its locale's file.
   * With a config, nothing (unless `builtIn`): the phase it names is not known
   * before it arrives, and the wasm renders nothing before (src/embed/render.rs),
   * so a member never sees another phase's text first; the locale's text (for the
   * wasm) is on its way all the same.
   */
  function prerendered(options, builtIn) {
    const level = options.headingLevel;
    if (!base || options.webview || (level != null && String(level).trim() !== "" && String(level).trim() !== "2")) {
      return null;
    }
    const locale = negotiate(options.lang);
    const variant = String(options.variant || "").trim().toLowerCase() === "full" ? "full" : "banner";
    if (!builtIn && String(options.config ?? "").trim()) {
      if (locale !== LOCALES[0]) localeFile(locale).catch(() => {});
      return null;
    }
    return locale === LOCALES[0] && variant === "banner"
      ? INLINE
      : localeFile(locale).then((contents) => contents[variant]);
  }

  /**
   * Shows the notice prerendered at build time for `element`'s locale and
   * variant — the default locale's banner at once, any other as soon as its
   * locale's file has arrived — before (or without) the wasm, which then
   * takes it over. `afterTrap`: the module trapped before it rendered this
   * notice (a notice with a config waits for it, see `prerendered`); it never
   * will, so the built-in notice goes into the empty root it left — the fraud
   * warning is the same in every phase, and nothing at all would be worse.
   */
  function paintPrerendered(element, afterTrap) {
    const arrived = element.shadowRoot && !afterTrap ? null : prerendered(optionsOf(element), afterTrap);
    if (!arrived) return;
    const paint = (notice) => {
      // The wasm may have rendered already (or, after a trap, something shows), or the
      // element left the page.
      let root = element.shadowRoot;
      if (!notice || !element.isConnected || (root && (!afterTrap || root.querySelector(".notice")))) return;
      if (!root) {
        root = element.attachShadow({ mode: "open" });
        adoptStyles(root);
      }
      const left = root.querySelector(".root");
      const container = left || createElement("div");
      container.setAttribute("class", "root");
      container.setAttribute(KEY_ATTRIBUTE, notice.key);
      build(container, notice.tree);
      if (!left) root.appendChild(container);
    };
    if (!arrived.then) {
      // At once, inside the page's own call (appendChild, a parser insertion): nothing may
      // throw into it. An element the page gave a closed shadow root cannot be painted;
      // the wasm then reports that it cannot render into it.
      try { paint(arrived); } catch (_) { /* see above */ }
      return;
    }
    arrived
      .then(paint)
      .catch((error) => {
        // The wasm renders the notice anyway. A missing file is its load error's business;
        // a changed one is worth an error of its own: someone altered the release. Where the
        // wasm asks for the same file's text (every locale but the default), it reports it.
        if (error && error.code === "integrity" && negotiate(optionsOf(element).lang) === LOCALES[0]) {
          emitError(element, "integrity", error.message);
        }
      });
  }

  /** The notices on the page that the wasm may render into. */
  const connected = new Set();

  /** Renders the notice into the element's shadow root (once per connection). */
  function connect(element) {
    const entry = entryOf(element);
    if (entry.ready) return entry.ready;
    connected.add(element);
    // Once the wasm runs it renders a new notice before the next frame, into an element of
    // its own that a notice before it left (src/embed/pool.rs): a painted copy would only
    // be replaced. After a trap, the painted copy is all a new notice gets.
    if (!wasmRuns || trapped()) paintPrerendered(element);
    entry.ready = loadWasm().then(() => {
      if (!element.isConnected || entry.handle || trapped()) return entry.handle;
      try {
        entry.handle = new NoticeHandle(element, JSON.stringify(optionsOf(element)));
      } catch (error) {
        entry.ready = null;
        // A trap while mounting is the guard's to report, once for the page.
        if (!trapped()) {
          emitError(element, "mount", "could not render into <" + TAG + "> (" + error + "); " +
            "the element must not have a closed shadow root of its own");
        }
        return null;
      }
      // A trap while mounting: the guard has reported it, nothing to hand out.
      return trapped() ? null : entry.handle;
    }, (error) => {
      entry.ready = null;
      if (error && error.code === "integrity") {
        emitError(element, "integrity", error.message);
      } else {
        emitError(element, "load", "could not load the widget (" + error + "); " + loadAdvice());
      }
      return null;
    });
    return entry.ready;
  }

  // A Rust panic traps the module (see guard.js): it is never entered again on this page.
  // Each notice keeps what it shows, without the controls that would call into it (the
  // <details> disclosure and plain links need no script), and the page hears of it once.
  // A notice that showed nothing yet shows the built-in one, painted as before the wasm.
  onTrap((error) => {
    let first = null;
    for (const element of connected) {
      if (!element.isConnected) continue;
      first = first || element;
      const notices = element.shadowRoot ? element.shadowRoot.querySelectorAll(".notice") : [];
      for (const notice of notices) notice.removeAttribute("data-interactive");
      // One that showed nothing yet (waiting for its config) gets the built-in notice.
      if (!notices.length) paintPrerendered(element, true);
    }
    emitError(first || document, "internal", "internal error (" + String(error && error.message || error) +
      "): every notice on this page stays as it is, without its controls, until the page is " +
      "reloaded — please report this with the page's address and browser");
  });

  /** Passes the full option set, so a removed attribute returns to its default. */
  function update(element) {
    const entry = state.get(element);
    if (!entry?.handle) return;
    try { entry.handle.replaceOptions(JSON.stringify(optionsOf(element))); } catch (e) { warn("update failed: " + e); }
  }

  /**
   * Unmounts a removed notice in a microtask, not at once: never inside a call into the
   * module that is still on the stack (a listener of one of the notice's events that
   * removes it), and a notice that was moved (removed and inserted again in one go, as
   * appendChild does) is connected again by then and keeps running as it is — a new
   * mount would raise its errors again, to a listener that moves it again.
   */
  function disconnect(element) {
    const entry = state.get(element);
    queueMicrotask(() => {
      if (element.isConnected) return;
      connected.delete(element);
      if (!entry) return;
      if (entry.handle) {
        try { entry.handle.unmount(); entry.handle.free(); } catch (e) { warn("unmount failed: " + e); }
      }
      entry.handle = null;
      entry.ready = null;
    });
  }

  class MemberNoticeElement extends HTMLElement {
    static get observedAttributes() { return Object.keys(ATTRIBUTES); }
    connectedCallback() {
      // A property a framework set before this file defined the element (its script came
      // later) sits on the element itself, in front of the accessor below: pass it on.
      for (const property of Object.values(ATTRIBUTES)) {
        if (Object.prototype.hasOwnProperty.call(this, property)) {
          const value = this[property];
          delete this[property];
          this[property] = value;
        }
      }
      connect(this);
    }
    disconnectedCallback() { disconnect(this); }
    attributeChangedCallback() { update(this); }
  }
  // Each attribute is also a property (`headingLevel`, `ftlBase`), because frameworks set
  // properties: React 19 and Vue whenever the element has one (`lang` is HTMLElement's own,
  // which would store `undefined` as the text "undefined"), Angular for every [binding].
  // Setting one sets the attribute; null or undefined removes it.
  for (const [attribute, property] of Object.entries(ATTRIBUTES)) {
    Object.defineProperty(MemberNoticeElement.prototype, property, {
      get() { return this.getAttribute(attribute); },
      set(value) {
        if (value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, value);
      },
      configurable: true,
    });
  }

  try {
    if (!customElements.get(TAG)) customElements.define(TAG, MemberNoticeElement);
  } catch (e) {
    warn("could not define <" + TAG + ">: " + e);
  }

  /** A handle for a notice mounted with MemberNotice.mount(). */
  class Handle {
    constructor(element) { this.element = element; }
    setLocale(tag) { this.update({ lang: String(tag) }); }
    update(options) {
      const entry = state.get(this.element);
      if (!entry) return;
      Object.assign(entry.options, options);
      update(this.element);
    }
    unmount() {
      this.element.remove();
      state.delete(this.element);
    }
    get locale() { return state.get(this.element)?.handle?.locale; }
  }

  /**
   * Mounts a notice inside `container`; resolves to a handle once rendered.
   * A <member-notice> from the page's own HTML that the container already
   * holds (the notice a page's server prerendered) is taken over instead of
   * adding a second one.
   */
  function mount(container, options) {
    if (!container || container.nodeType !== 1) {
      return Promise.reject(new TypeError(PREFIX + " mount(element, options): element must be a DOM element"));
    }
    const adopted = Array.from(childrenOf.call(container)).find(
      (child) => child.localName === TAG && !state.get(child)?.mounted,
    );
    const element = adopted || createElement(TAG);
    const entry = entryOf(element);
    entry.options = Object.assign({}, options);
    entry.mounted = true;
    if (adopted) {
      update(element);
    } else {
      NODE.appendChild.call(container, element);
    }
    return connect(element).then((handle) => {
      if (handle) return new Handle(element);
      throw new Error(PREFIX + (element.isConnected ? " the widget could not be loaded (see the error event)"
        : " the notice was removed from the page before it could render (container removed, or unmount())"));
    });
  }

  const scanned = new WeakSet();
  /** Mounts a notice for the script tag that ran this file (see ranScript), if it asks for one. */
  function scan(current) {
    const script = ranScript(current);
    if (!script || scanned.has(script)) return;
    scanned.add(script);
    if (asksForNotice(script)) mountForScript(script);
  }

  /** A <member-notice> with the script tag's data-* attributes, as given (the wasm reads them). */
  function mountForScript(script) {
    const element = createElement(TAG);
    entryOf(element).mounted = true; // never taken over by a later mount()
    for (const attribute of Object.keys(ATTRIBUTES)) {
      const value = script.getAttribute("data-" + attribute);
      if (value) element.setAttribute(attribute, value);
    }
    const selector = script.getAttribute("data-target");
    let target = null;
    if (selector) {
      try { target = realDocument.querySelector(selector); } catch (_) { target = null; }
      if (!target) {
        warn("data-target \"" + selector + "\" matches no element; " +
          "mounting right before the script tag instead — fix the selector or add the element");
      }
    }
    if (target && querySelectorIn.call(target, TAG)) {
      // The same snippet twice (a template and a page both add it): one
      // notice is enough, and harmless repetition deserves no warning.
      return;
    }
    if (target) {
      NODE.appendChild.call(target, element);
    } else if (script.parentNode) {
      NODE.insertBefore.call(script.parentNode, element, script);
    }
  }

  /**
   * Messages from the member app (WebView): setLocale, setTheme. Never throws into the
   * app's call, whatever it passes (a circular object, a BigInt, a throwing toJSON): what
   * cannot be read is named in one warning.
   */
  function receive(message) {
    let text;
    let problem = typeof message;
    try {
      text = typeof message === "string" ? message : JSON.stringify(message);
    } catch (_) {
      // Not even the error is trusted to turn into text (its toString could throw too).
      problem = "it cannot be serialized";
    }
    if (typeof text !== "string") {
      warn("app message is not JSON (" + problem + "); it is ignored — send a JSON string such as " +
        '{"type":"setLocale","locale":"ar"}');
      return Promise.resolve();
    }
    return loadWasm().then(() => { deliver(text); }).catch(() => {});
  }

  const api = {};
  Object.defineProperties(api, {
    version: { value: VERSION, enumerable: true },
    locales: { value: Object.freeze(LOCALES.slice()), enumerable: true },
    mount: { value: mount, enumerable: true },
    receive: { value: receive, enumerable: true },
  });
  Object.defineProperty(api, SCAN, { value: (current) => whenParsed(() => scan(current)) });
  try {
    Object.defineProperty(window, "MemberNotice", { value: Object.freeze(api), enumerable: false, configurable: true });
  } catch (e) {
    // The page owns a non-configurable MemberNotice: keep its global, still
    // mount script tags and <member-notice> elements.
    warn("window.MemberNotice is already taken by the page (" + e + "); the JS API is unavailable, " +
      "script tags and <member-notice> elements still work — rename the page's global");
  }

  // Back in the foreground (the device slept, the browser held timers back): every
  // notice looks at the clock again, so a time window that ended meanwhile holds.
  realDocument.addEventListener("visibilitychange", () => {
    if (wasm && !realDocument.hidden) wasm.then(wake, () => {});
  });

  /** Runs `then` once the document is parsed: a target element may come after the script tag. */
  function whenParsed(then) {
    if (realDocument.readyState === "loading") {
      realDocument.addEventListener("DOMContentLoaded", then, { once: true });
    } else {
      then();
    }
  }
  whenParsed(() => scan(CURRENT));
})();
