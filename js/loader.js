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

  /** Every <script> element that loaded this file (any query string). */
  function loaderScripts() {
    var found = [];
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      if (/\/member-notice\.js(?:[?#]|$)/.test(scripts[i].src || "")) found.push(scripts[i]);
    }
    return found;
  }

  // document.currentScript is null for modules and after the first await, so
  // fall back to the script tags pointing at this file.
  var self = document.currentScript && document.currentScript.src ? document.currentScript : loaderScripts()[0];
  var base = new URL(".", self ? self.src : document.baseURI);

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
  /** Loads the wasm module once; every caller waits on the same promise. */
  function loadWasm() {
    if (!wasm) {
      var glueUrl = new URL(GLUE, base).href;
      var wasmUrl = new URL(WASM, base).href;
      wasm = import(glueUrl).then(function (glue) {
        return glue.default({ module_or_path: wasmUrl }).then(function () { return glue; });
      });
    }
    return wasm;
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
      emitError(element, "load", "could not load the widget from " + base.href + " (" + error + "); " +
        "check that the files next to member-notice.js are deployed and that the page's " +
        "Content-Security-Policy allows script-src 'self' 'wasm-unsafe-eval'");
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
    var element = document.createElement(TAG);
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
    var element = document.createElement(TAG);
    var data = script.dataset;
    if (data.lang && data.lang !== "auto") element.setAttribute("lang", data.lang);
    if (data.variant) element.setAttribute("variant", data.variant);
    if (data.theme) element.setAttribute("theme", data.theme);
    if (data.config) element.setAttribute("config", new URL(data.config, document.baseURI).href);
    if (data.ftlBase) element.setAttribute("ftl-base", new URL(data.ftlBase, document.baseURI).href);
    if (data.headingLevel) element.setAttribute("heading-level", data.headingLevel);
    var target = null;
    if (data.target) {
      try { target = document.querySelector(data.target); } catch (_) { target = null; }
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
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan, { once: true });
  } else {
    scan();
  }
})();
