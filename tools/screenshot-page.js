/**
 * Builds the one notice of tools/screenshot-page.html from the query string
 * (`?lang=ar&variant=full&theme=dark`) and reports how it went on the root element, for
 * tools/screenshots.mjs to wait on:
 *
 *   <html data-state="loading">   until the widget answers
 *   <html data-state="ready">     after `member-notice:ready`
 *   <html data-state="error" data-error="…">   after `member-notice:error`
 *
 * Runs before the loader (a classic script placed ahead of it), so no event is missed.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var notice = document.createElement("member-notice");
  ["lang", "variant", "theme"].forEach(function (name) {
    var value = query.get(name);
    if (value) notice.setAttribute(name, value);
  });

  root.dataset.state = "loading";
  document.addEventListener("member-notice:ready", function () {
    if (root.dataset.state === "loading") root.dataset.state = "ready";
  });
  document.addEventListener("member-notice:error", function (event) {
    var detail = event.detail || {};
    root.dataset.state = "error";
    root.dataset.error = (detail.code ? detail.code + ": " : "") + (detail.message || "unknown error");
  });

  document.getElementById("stage").appendChild(notice);
})();
