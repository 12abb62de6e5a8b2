/*
 * member-notice WebView page: mounts the full notice for the member app.
 *
 * Query: ?lang=<tag> (second in the language order, after nothing explicit; the
 * Leichte Sprache version, de-x-ls, is reached only by this exact tag),
 * &theme=light|dark|auto, &platform=ios|android|rn (which native bridge gets
 * the events; without it, every bridge present). Events go to the app as
 * JSON strings { "schema": 1, "type": … }; the app talks back through
 * window.MemberNotice.receive(json).
 *
 * The operators' config comes from the build ([webview] config in
 * member-notice.toml, written into the page as data-config), never from the
 * query string: a link anyone can send must not choose what the genuine page
 * shows, or hide it. A ?config= is ignored, with one console warning.
 */
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  var target = document.getElementById("notice");
  if (!window.MemberNotice || !target) return;
  var config = target.getAttribute("data-config") || undefined;
  if (params.has("config")) {
    console.warn("__MEMBER_NOTICE_LOG_PREFIX__ webview.html ignores ?config=: its config is " +
      "built into the page from [webview] config in member-notice.toml (here " +
      (config ? "\"" + config + "\"" : "none, so the built-in notice shows") + ")");
  }
  var lang = params.get("lang") || undefined;
  // A locale only a choice by name reaches (Leichte Sprache, de-x-ls): the app named
  // it on purpose, so it is passed on as that choice, not as a preference to negotiate.
  var named = !!lang && lang.indexOf("-x-") > 0 && window.MemberNotice.locales.indexOf(lang.toLowerCase()) >= 0;
  window.MemberNotice.mount(target, {
    variant: "full",
    webview: true,
    lang: named ? lang : undefined,
    urlLang: named ? undefined : lang,
    theme: theme || "auto",
    platform: params.get("platform") || undefined,
    config: config
  }).catch(function (error) {
    // The loader already logged and posted the failure; keep the page quiet.
    void error;
  });
})();
