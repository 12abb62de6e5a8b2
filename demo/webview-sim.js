/*
 * WebView simulation: plays the member app around /dist/webview.html in an iframe.
 *
 * The fake bridge. A real app injects its bridge before the page's scripts run. A parent
 * page cannot do that for an iframe, but it does not have to: the widget looks the bridge
 * up each time it posts, and its first message (`ready`) comes only after the wasm module
 * has been fetched and compiled — many tasks after the frame's new document exists. The
 * frame is same-origin, so it shares this page's event loop; a zero-delay task loop (a
 * MessageChannel, which is not throttled like setTimeout) notices the new document within
 * a task of its creation and installs the bridge on its window then. Should the notice
 * have rendered already by that time (it never has in practice), the log says so.
 *
 * Everything the bridge receives is listed as it arrives, raw, the way the app gets it;
 * the buttons send setLocale / setTheme through MemberNotice.receive(). Changing the
 * language, platform or theme reloads the frame with the new query, as the app would.
 *
 * A separate file because the page's CSP allows no inline scripts.
 */
(function () {
  "use strict";

  var WEBVIEW = "/dist/webview.html";
  /** Each platform's bridge: where it lives on window, and its name in the log. */
  var BRIDGES = {
    ios: { path: ["webkit", "messageHandlers", "memberNotice"], label: "iOS" },
    android: { path: ["MemberNoticeBridge"], label: "Android" },
    rn: { path: ["ReactNativeWebView"], label: "React Native" }
  };
  var WATCH_MS = 15000;
  var MAX_LOG_ENTRIES = 50;

  var frame = document.getElementById("sim-frame");
  var log = document.getElementById("sim-log");
  var status = document.getElementById("sim-status");
  var langSelect = document.getElementById("sim-lang");
  var platformSelect = document.getElementById("sim-platform");
  var themeSelect = document.getElementById("sim-theme");
  var setLocaleSelect = document.getElementById("sim-set-locale");
  var setThemeSelect = document.getElementById("sim-set-theme");

  /** Adds a line to the log: `direction` is "to-app", "to-webview" or "info". */
  function addEntry(direction, platform, text) {
    var item = document.createElement("li");
    item.setAttribute("data-direction", direction);
    if (platform) item.setAttribute("data-platform", platform);
    var label = {
      "to-app": "WebView → App (" + (BRIDGES[platform] ? BRIDGES[platform].label : platform) + "): ",
      "to-webview": "App → WebView: ",
      info: ""
    }[direction];
    var code = document.createElement("code");
    code.textContent = text;
    item.appendChild(document.createTextNode(new Date().toLocaleTimeString("de-DE") + " " + label));
    item.appendChild(code);
    log.insertBefore(item, log.firstChild);
    while (log.children.length > MAX_LOG_ENTRIES) log.removeChild(log.lastChild);
  }

  /** Puts a recording bridge for `platform` on the frame's window `win`. */
  function installBridge(win, platform) {
    var path = BRIDGES[platform].path;
    var object = win;
    for (var i = 0; i < path.length - 1; i++) {
      if (!object[path[i]]) object[path[i]] = {};
      object = object[path[i]];
    }
    object[path[path.length - 1]] = {
      postMessage: function (message) {
        addEntry("to-app", platform, String(message));
      }
    };
  }

  /** Whether the widget in the frame has already rendered (and so may have posted). */
  function alreadyRendered(doc) {
    var host = doc.querySelector("member-notice");
    return !!(host && host.shadowRoot && host.shadowRoot.querySelector(".notice"));
  }

  var watch = 0;
  /**
   * Installs the bridge on the frame's next document, as soon as it exists. `previous` is
   * the document the frame shows now (about:blank or the last WebView page).
   */
  function installOnNextDocument(previous, platform) {
    var id = ++watch;
    var deadline = Date.now() + WATCH_MS;
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      if (id !== watch) return channel.port1.close(); // a newer load took over
      var doc = null;
      try {
        doc = frame.contentDocument;
      } catch (_) { /* not same-origin: nothing to do */ }
      if (doc && doc !== previous && doc.URL.indexOf(WEBVIEW) !== -1) {
        channel.port1.close();
        if (alreadyRendered(doc)) {
          addEntry("info", null, "Die Brücke kam zu spät: der Hinweis war schon geladen.");
        }
        installBridge(frame.contentWindow, platform);
        return;
      }
      if (Date.now() < deadline) {
        channel.port2.postMessage(null);
      } else {
        channel.port1.close();
        status.textContent = "Die WebView hat nicht geladen. Wurde `cargo xtask dist` ausgeführt?";
      }
    };
    channel.port2.postMessage(null);
  }

  /** (Re)loads the frame with the chosen language, platform and theme. */
  function load() {
    var platform = platformSelect.value;
    var query = new URLSearchParams({ lang: langSelect.value, theme: themeSelect.value, platform: platform });
    var url = WEBVIEW + "?" + query.toString();
    status.textContent = "";
    addEntry("info", null, "WebView lädt " + url);
    var previous = null;
    try {
      previous = frame.contentDocument;
    } catch (_) { /* first load */ }
    installOnNextDocument(previous, platform);
    frame.src = url;
  }

  /** Sends `message` to the widget in the frame, as the app does. */
  function send(message) {
    var json = JSON.stringify(message);
    var api = frame.contentWindow && frame.contentWindow.MemberNotice;
    if (!api) {
      status.textContent = "Die WebView ist noch nicht bereit.";
      return;
    }
    status.textContent = "";
    addEntry("to-webview", null, "MemberNotice.receive('" + json + "')");
    api.receive(json);
  }

  [langSelect, platformSelect, themeSelect].forEach(function (select) {
    select.addEventListener("change", load);
  });
  document.getElementById("sim-send-locale").addEventListener("click", function () {
    send({ type: "setLocale", locale: setLocaleSelect.value });
  });
  document.getElementById("sim-send-theme").addEventListener("click", function () {
    send({ type: "setTheme", theme: setThemeSelect.value });
  });
  document.getElementById("sim-clear").addEventListener("click", function () {
    while (log.firstChild) log.removeChild(log.firstChild);
  });

  // The first load waits for languages.js to fill the language lists from the manifest.
  if (document.documentElement.hasAttribute("data-languages-ready")) {
    load();
  } else {
    document.addEventListener("demo:languages", load, { once: true });
  }
})();
