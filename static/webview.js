/*
 * member-notice WebView page: mounts the full notice for the member app.
 *
 * Query: ?lang=<tag> (second in the language order, after nothing explicit),
 * &theme=light|dark|auto, &platform=ios|android|rn (which native bridge gets
 * the events; without it, every bridge present), &config=<url> (the operators'
 * remote config, as data-config on web pages). Events go to the app as
 * JSON strings { "schema": 1, "type": … }; the app talks back through
 * window.MemberNotice.receive(json).
 */
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  var target = document.getElementById("notice");
  if (!window.MemberNotice || !target) return;
  window.MemberNotice.mount(target, {
    variant: "full",
    webview: true,
    urlLang: params.get("lang") || undefined,
    theme: theme || "auto",
    platform: params.get("platform") || undefined,
    config: params.get("config") || undefined
  }).catch(function (error) {
    // The loader already logged and posted the failure; keep the page quiet.
    void error;
  });
})();
