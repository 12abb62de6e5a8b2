/*
 * Two-notices demo: a live log of the widget's events.
 *
 * Both notices are plain <member-notice> elements in the page's markup; the loader (a
 * deferred, bare script tag before this one) upgrades them. This script only listens on
 * `document` for the documented member-notice:* CustomEvents — they bubble and cross the
 * shadow root — and prints each one's type, the element it came from and its detail, the
 * way a web team would feed them to its analytics.
 *
 * A separate file because the page's CSP allows no inline scripts.
 */
(function () {
  "use strict";

  var EVENTS = ["ready", "toggle", "dismiss", "restore", "link", "language", "error"];
  var MAX_LOG_ENTRIES = 30;

  var list = document.getElementById("demo-events");
  var status = document.getElementById("demo-status");

  function logEvent(event) {
    var item = document.createElement("li");
    var source = event.target && event.target.id ? "#" + event.target.id + " " : "";
    item.textContent = source + event.type;
    if (event.detail !== undefined) {
      // <code> may wrap anywhere, so a long detail never widens the page.
      var detail = document.createElement("code");
      detail.textContent = JSON.stringify(event.detail);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(detail);
    }
    list.insertBefore(item, list.firstChild);
    while (list.children.length > MAX_LOG_ENTRIES) list.removeChild(list.lastChild);
  }

  EVENTS.forEach(function (what) {
    document.addEventListener("member-notice:" + what, logEvent);
  });

  window.addEventListener("load", function () {
    if (!window.MemberNotice) {
      status.textContent = "Das Widget wurde nicht gefunden: /dist/member-notice.js fehlt. Bitte `cargo xtask dist` ausführen.";
    }
  });
})();
