/*
 * Fills every <select data-languages> with the shipped languages, each by its own name,
 * from /dist/manifest.json: the one list of locales (src/l10n/locales.rs), written by
 * `cargo xtask dist` — so a new locale shows up here without editing the demo pages.
 *
 * Options already in the select stay: those before the first <optgroup> (e.g.
 * "Automatisch") come first, an optgroup stays last. `data-selected="uk"`
 * preselects a language. When every select is filled, <html> gets `data-languages-ready`
 * and `document` a `demo:languages` event, which the page scripts wait for.
 *
 * A separate file because the pages' CSP allows no inline scripts.
 */
(function () {
  "use strict";

  var MANIFEST = "/dist/manifest.json";

  function fill(select, languages) {
    var before = select.querySelector("optgroup");
    languages.forEach(function (language) {
      var option = document.createElement("option");
      option.value = language.tag;
      option.lang = language.tag;
      if (language.dir === "rtl") option.dir = "rtl";
      option.textContent = language.name;
      select.insertBefore(option, before);
    });
    if (select.dataset.selected) select.value = select.dataset.selected;
  }

  function done() {
    document.documentElement.setAttribute("data-languages-ready", "");
    document.dispatchEvent(new CustomEvent("demo:languages"));
  }

  fetch(MANIFEST)
    .then(function (response) {
      if (!response.ok) throw new Error(MANIFEST + " answered HTTP " + response.status);
      return response.json();
    })
    .then(function (manifest) {
      document.querySelectorAll("select[data-languages]").forEach(function (select) {
        fill(select, manifest.languages);
      });
    })
    .catch(function (error) {
      console.error("demo: cannot list the languages (" + error.message + "); run `cargo xtask dist`");
    })
    .then(done);
})();
