/*!
 * member-notice loader — the one file a web team references (dist/member-notice.js).
 *
 * It does only what Rust cannot: define the <member-notice> custom element,
 * put the MemberNotice API on window, find its sibling assets relative to its
 * own URL, and mount a notice for a script tag that asks for one. Everything
 * else happens in the wasm module.
 *
 * Works as a classic script (with or without defer/async) and as
 * type="module". Defines nothing global except window.MemberNotice. Never
 * throws into the host page: failures become a console line and a
 * member-notice:error event.
 *
 * The __MEMBER_NOTICE_*__ placeholders are filled in by `cargo xtask dist`.
 */
(function () {
  "use strict";

  var GLUE = "__MEMBER_NOTICE_GLUE__";
  var WASM = "__MEMBER_NOTICE_WASM__";
  var VERSION = "__MEMBER_NOTICE_VERSION__";
  var LOCALES = "__MEMBER_NOTICE_LOCALES__".split(",");
  var TAG = "member-notice";
  var PREFIX = "[member-notice]";
  /** Attributes of <member-notice> and the option each one sets. */
  var ATTRIBUTES = {
    lang: "lang",
    variant: "variant",
    theme: "theme",
    config: "config",
    "ftl-base": "ftlBase",
    "heading-level": "headingLevel"
  };
  /** A script tag with any of these mounts a notice; without them it only defines the API. */
  var MOUNT_ATTRIBUTES = ["data-target", "data-lang", "data-variant", "data-config"];
  var SCAN = Symbol.for("member-notice.scan");

  if (typeof window === "undefined" || typeof document === "undefined") return;

  // Included twice? The first copy owns the API; this copy only asks it to
  // look for new script tags.
  var existing = window.MemberNotice;
  if (existing && typeof existing[SCAN] === "function") {
    existing[SCAN]();
    return;
  }

  // The DOM as the browser defines it, read from the prototypes. The page's
  // own HTML can shadow document properties with named elements
  // (<img name="currentScript" src="https://other.example/member-notice.js">,
  // name="getElementsByTagName", name="baseURI"): an HTML-injection flaw must
  // not be able to point this loader at someone else's code or make it throw.
  function getter(proto, name) {
    return Object.getOwnPropertyDescriptor(proto, name).get;
  }
  var DOC = Document.prototype;
  var currentScriptOf = getter(DOC, "currentScript");
  var readyStateOf = getter(DOC, "readyState");
  var baseUriOf = getter(Node.prototype, "baseURI");
  var scriptSrcOf = getter(HTMLScriptElement.prototype, "src");
  var scriptTypeOf = getter(HTMLScriptElement.prototype, "type");
  var byTagName = DOC.getElementsByTagName;
  var querySelectorOf = DOC.querySelector;
  var createElementOf = DOC.createElement;
  var listen = EventTarget.prototype.addEventListener;

  function createElement(tag) { return createElementOf.call(document, tag); }
  function pageBase() { return baseUriOf.call(document); }

  /** The URL without query and fragment, to compare script sources. */
  function bare(url) {
    return String(url).split(/[?#]/)[0];
  }

  /**
   * This file's own URL. First from the JS engine's stack trace, which the
   * page cannot fake and which also works for type="module" (where
   * currentScript is null); else from the real currentScript.
   */
  function ownUrl() {
    var stack = "";
    try { throw new Error("where am I"); } catch (e) { stack = String(e.stack || ""); }
    var match = /(https?:\/\/\S+?):\d+:\d+/.exec(stack);
    if (match) return match[1];
    var current = currentScriptOf.call(document);
    return isExecutableScript(current) ? scriptSrcOf.call(current) : null;
  }

  /** A real <script> the browser runs (not type="text/plain" or the like). */
  function isExecutableScript(element) {
    if (!(element instanceof HTMLScriptElement)) return false;
    var type = scriptTypeOf.call(element).trim().toLowerCase();
    return type === "" || type === "module" || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
  }

  var OWN_URL = ownUrl();
  var base = OWN_URL && new URL(".", OWN_URL);

  /** Every executable <script> element that loaded this very file. */
  function loaderScripts() {
    var found = [];
    var scripts = byTagName.call(document, "script");
    for (var i = 0; i < scripts.length; i++) {
      var script = scripts[i];
      if (isExecutableScript(script) && OWN_URL && bare(scriptSrcOf.call(script)) === bare(OWN_URL)) {
        found.push(script);
      }
    }
    return found;
  }

  function warn(message) {
    try { console.warn(PREFIX + " " + message); } catch (_) { /* no console */ }
  }

  function emitError(target, code, message) {
    warn(message);
    try {
      target.dispatchEvent(new CustomEvent(TAG + ":error", {
        bubbles: true,
        composed: true,
        detail: { code: code, message: message }
      }));
    } catch (_) { /* a throwing listener is the host's own business */ }
  }

  var wasm = null;
  /** Loads the wasm module once, only from next to this file; every caller waits on the same promise. */
  function loadWasm() {
    if (!wasm) {
      if (!base) {
        wasm = Promise.reject(new Error("cannot tell where member-notice.js itself was loaded from"));
      } else {
        var glueUrl = new URL(GLUE, base).href;
        var wasmUrl = new URL(WASM, base).href;
        wasm = import(glueUrl).then(function (glue) {
          return glue.default({ module_or_path: wasmUrl }).then(function () { return glue; });
        });
      }
    }
    return wasm;
  }

  /** What a failed load most likely needs, for the error message. */
  function loadAdvice() {
    var where = base ? base.href : "(unknown)";
    if (base && base.origin !== window.location.origin) {
      return "the files are on another origin (" + base.origin + "): every file in dist/ must be " +
        "served with Access-Control-Allow-Origin (CORS), and the page's Content-Security-Policy must " +
        "allow " + base.origin + " in script-src and in connect-src, plus 'wasm-unsafe-eval' in script-src — " +
        "see Deploying dist/ in the README (files at " + where + ")";
    }
    return "check that the files next to member-notice.js are deployed (" + where + ") and that the " +
      "page's Content-Security-Policy allows script-src 'self' 'wasm-unsafe-eval'";
  }

  /** Per-element state, kept off the element so the host page cannot clash with it. */
  var state = new WeakMap();

  function optionsOf(element) {
    var entry = state.get(element);
    var options = {};
    var extra = (entry && entry.options) || {};
    for (var key in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, key)) options[key] = extra[key];
    }
    for (var attribute in ATTRIBUTES) {
      if (element.hasAttribute(attribute)) options[ATTRIBUTES[attribute]] = element.getAttribute(attribute);
    }
    return options;
  }

  function entryOf(element) {
    var entry = state.get(element);
    if (!entry) {
      entry = { options: {}, handle: null, ready: null };
      state.set(element, entry);
    }
    return entry;
  }

  /** Renders the notice into the element's shadow root (once per connection). */
  function connect(element) {
    var entry = entryOf(element);
    if (entry.ready) return entry.ready;
    entry.ready = loadWasm().then(function (glue) {
      if (!element.isConnected || entry.handle) return entry.handle;
      try {
        entry.handle = new glue.NoticeHandle(element, JSON.stringify(optionsOf(element)));
      } catch (error) {
        entry.ready = null;
        emitError(element, "mount", "could not render into <" + TAG + "> (" + error + "); " +
          "the element must not have a closed shadow root of its own");
        return null;
      }
      return entry.handle;
    }, function (error) {
      entry.ready = null;
      emitError(element, "load", "could not load the widget (" + error + "); " + loadAdvice());
      return null;
    });
    return entry.ready;
  }

  function disconnect(element) {
    var entry = state.get(element);
    if (!entry) return;
    if (entry.handle) {
      try { entry.handle.unmount(); entry.handle.free(); } catch (e) { warn("unmount failed: " + e); }
    }
    entry.handle = null;
    entry.ready = null;
  }

  var MemberNoticeElement = function () {
    return Reflect.construct(HTMLElement, [], new.target);
  };
  MemberNoticeElement.prototype = Object.create(HTMLElement.prototype, {
    constructor: { value: MemberNoticeElement, writable: true, configurable: true },
    connectedCallback: {
      value: function () { connect(this); }
    },
    disconnectedCallback: {
      value: function () { disconnect(this); }
    },
    attributeChangedCallback: {
      value: function () {
        var entry = state.get(this);
        if (entry && entry.handle) {
          // The full set, so a removed attribute returns to its default.
          try { entry.handle.replaceOptions(JSON.stringify(optionsOf(this))); } catch (e) { warn("update failed: " + e); }
        }
      }
    }
  });
  Object.setPrototypeOf(MemberNoticeElement, HTMLElement);
  Object.defineProperty(MemberNoticeElement, "observedAttributes", {
    get: function () { return Object.keys(ATTRIBUTES); }
  });

  try {
    if (!customElements.get(TAG)) customElements.define(TAG, MemberNoticeElement);
  } catch (e) {
    warn("could not define <" + TAG + ">: " + e);
  }

  /** A handle for a notice mounted with MemberNotice.mount(). */
  function Handle(element) {
    this.element = element;
  }
  Handle.prototype.setLocale = function (tag) {
    this.update({ lang: String(tag) });
  };
  Handle.prototype.update = function (options) {
    var entry = state.get(this.element);
    if (!entry) return;
    for (var key in options) {
      if (Object.prototype.hasOwnProperty.call(options, key)) entry.options[key] = options[key];
    }
    if (entry.handle) entry.handle.replaceOptions(JSON.stringify(optionsOf(this.element)));
  };
  Handle.prototype.unmount = function () {
    if (this.element.parentNode) this.element.parentNode.removeChild(this.element);
    state.delete(this.element);
  };
  Object.defineProperty(Handle.prototype, "locale", {
    get: function () {
      var entry = state.get(this.element);
      return entry && entry.handle ? entry.handle.locale : undefined;
    }
  });

  /** Mounts a notice inside `container`; resolves to a handle once rendered. */
  function mount(container, options) {
    if (!container || container.nodeType !== 1) {
      return Promise.reject(new TypeError(PREFIX + " mount(element, options): element must be a DOM element"));
    }
    var element = createElement(TAG);
    entryOf(element).options = Object.assign({}, options || {});
    container.appendChild(element);
    return connect(element).then(function (handle) {
      if (!handle) throw new Error(PREFIX + " the widget could not be loaded");
      return new Handle(element);
    });
  }

  var scanned = new WeakSet();
  /** Mounts a notice for every script tag of this file that asks for one. */
  function scan() {
    var scripts = loaderScripts();
    for (var i = 0; i < scripts.length; i++) {
      var script = scripts[i];
      if (scanned.has(script)) continue;
      scanned.add(script);
      if (!MOUNT_ATTRIBUTES.some(function (a) { return script.hasAttribute(a); })) continue;
      mountForScript(script);
    }
  }

  function mountForScript(script) {
    var element = createElement(TAG);
    var data = script.dataset;
    if (data.lang && data.lang !== "auto") element.setAttribute("lang", data.lang);
    if (data.variant) element.setAttribute("variant", data.variant);
    if (data.theme) element.setAttribute("theme", data.theme);
    if (data.config) element.setAttribute("config", new URL(data.config, pageBase()).href);
    if (data.ftlBase) element.setAttribute("ftl-base", new URL(data.ftlBase, pageBase()).href);
    if (data.headingLevel) element.setAttribute("heading-level", data.headingLevel);
    var target = null;
    if (data.target) {
      try { target = querySelectorOf.call(document, data.target); } catch (_) { target = null; }
      if (!target) {
        warn("data-target \"" + data.target + "\" matches no element; " +
          "mounting right before the script tag instead — fix the selector or add the element");
      }
    }
    if (target && target.querySelector(TAG)) {
      // The same snippet twice (a template and a page both add it): one
      // notice is enough, and harmless repetition deserves no warning.
      return;
    }
    if (target) {
      target.appendChild(element);
    } else if (script.parentNode) {
      script.parentNode.insertBefore(element, script);
    }
  }

  /** Messages from the member app (WebView): setLocale, setTheme. */
  function receive(message) {
    var text = typeof message === "string" ? message : JSON.stringify(message);
    return loadWasm().then(function (glue) { glue.receive(String(text)); }, function () {});
  }

  var api = {};
  Object.defineProperties(api, {
    version: { value: VERSION, enumerable: true },
    locales: { value: Object.freeze(LOCALES.slice()), enumerable: true },
    mount: { value: mount, enumerable: true },
    receive: { value: receive, enumerable: true }
  });
  Object.defineProperty(api, SCAN, { value: scan });
  try {
    Object.defineProperty(window, "MemberNotice", { value: Object.freeze(api), enumerable: false, configurable: true });
  } catch (e) {
    // The page owns a non-configurable MemberNotice: keep its global, still
    // mount script tags and <member-notice> elements.
    warn("window.MemberNotice is already taken by the page (" + e + "); the JS API is unavailable, " +
      "script tags and <member-notice> elements still work — rename the page's global");
  }

  // A target element may come after the script tag: wait for the document.
  if (readyStateOf.call(document) === "loading") {
    listen.call(document, "DOMContentLoaded", scan, { once: true });
  } else {
    scan();
  }
})();
