/*
 * Demo page behaviour: the language and variant switchers, and a small log of the
 * widget's events.
 *
 * The switchers use only the public embed contract: they set (or remove) the `lang` and
 * `variant` attributes of the <member-notice> element inside #notice (the prerendered one
 * the server included, or the one the loader created where there was none);
 * the element re-renders on attribute change, and no `lang` attribute means "automatic"
 * (the page's <html lang>, then the browser's languages). The events are the documented
 * `member-notice:*` CustomEvents, which bubble out of the shadow root to `document`.
 *
 * A separate file because the page's CSP allows no inline scripts.
 */
(function () {
  "use strict";

  var EVENTS = ["ready", "toggle", "dismiss", "restore", "link", "language", "error"];
  var MAX_LOG_ENTRIES = 20;

  var langSelect = document.getElementById("demo-lang");
  var variantSelect = document.getElementById("demo-variant");
  var status = document.getElementById("demo-status");
  var eventList = document.getElementById("demo-events");

  /** The notice the script tag mounted, or null if the widget did not load. */
  function notice() {
    return document.querySelector("#notice member-notice");
  }

  /** Sets `name` on the notice, or removes it when `value` is empty. */
  function setNoticeAttribute(name, value) {
    var element = notice();
    if (!element) {
      status.textContent = "Der Hinweis ist nicht geladen – wurde `cargo xtask dist` ausgeführt?";
      return;
    }
    if (value) {
      element.setAttribute(name, value);
    } else {
      element.removeAttribute(name);
    }
  }

  /**
   * The language option for the notice's `lang` attribute — never a value the select lacks,
   * which would leave it blank: no attribute or `auto` is "Automatisch" (the script tag's
   * data-lang="auto" arrives as lang="auto" where the server did not include the notice);
   * an offered tag in another spelling (`TR`) or form (`de-AT`) is that language, as the
   * notice shows it; a language the release lacks is "Automatisch", as the notice then
   * negotiates (the page's language, then the browser's).
   */
  function languageOption(lang) {
    var requested = (lang || "").trim().toLowerCase().replace(/_/g, "-");
    var offered = Array.prototype.map.call(langSelect.options, function (option) { return option.value; });
    if (offered.indexOf(requested) >= 0) return requested;
    var language = requested.split("-")[0];
    return requested !== "auto" && offered.indexOf(language) >= 0 ? language : "";
  }

  /** Shows the element's current attributes in the switchers. */
  function syncControls() {
    var element = notice();
    if (!element) return;
    langSelect.value = languageOption(element.getAttribute("lang"));
    variantSelect.value = (element.getAttribute("variant") || "").trim().toLowerCase() === "full" ? "full" : "banner";
  }

  function logEvent(event) {
    var item = document.createElement("li");
    var detail = event.detail === undefined ? "" : " " + JSON.stringify(event.detail);
    item.textContent = event.type + detail;
    eventList.insertBefore(item, eventList.firstChild);
    while (eventList.children.length > MAX_LOG_ENTRIES) eventList.removeChild(eventList.lastChild);
  }

  langSelect.addEventListener("change", function () {
    setNoticeAttribute("lang", langSelect.value);
  });
  variantSelect.addEventListener("change", function () {
    setNoticeAttribute("variant", variantSelect.value);
  });
  EVENTS.forEach(function (what) {
    document.addEventListener("member-notice:" + what, logEvent);
  });

  // The element is in the page's HTML, or the loader (a deferred script before this one) has
  // created it by now, and languages.js fills the language list from the manifest; `load`
  // is the moment to report a widget that never arrived.
  if (document.documentElement.hasAttribute("data-languages-ready")) syncControls();
  document.addEventListener("demo:languages", syncControls);
  window.addEventListener("load", function () {
    syncControls();
    if (!window.MemberNotice) {
      status.textContent = "Das Widget wurde nicht gefunden: /dist/member-notice.js fehlt. Bitte `cargo xtask dist` ausführen.";
    }
  });
})();
