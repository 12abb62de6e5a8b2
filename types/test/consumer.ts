/**
 * A web team's code against dist/member-notice.d.ts: every declaration used once as it is
 * meant to be, and each `@ts-expect-error` a mistake the types must refuse (tsc fails when
 * one is accepted, so none of them can quietly become `any`). Compiled with
 * `tsc --strict --noEmit -p types/test` by `cargo xtask types`; never run.
 */

// The global API.
const version: string = MemberNotice.version;
const locales: readonly string[] = MemberNotice.locales;
const sameApi: typeof MemberNotice = window.MemberNotice;
// @ts-expect-error the API is frozen: no assigning
MemberNotice.version = "9.9.9";
// @ts-expect-error the locale list is read-only
MemberNotice.locales.push("xx");

async function mountAndSteer(container: HTMLElement): Promise<void> {
  const options: MemberNotice.Options = {
    lang: "auto",
    variant: "full",
    theme: "dark",
    headingLevel: 3,
    config: "/member-notice/notice.json",
    ftlBase: "https://cdn.example.org/member-notice/i18n",
  };
  const handle: MemberNotice.Handle = await MemberNotice.mount(container, options);
  await MemberNotice.mount(container);
  await MemberNotice.mount(container, { headingLevel: "4" });
  const shown: string | undefined = handle.locale;
  const element: HTMLMemberNoticeElement = handle.element;
  handle.setLocale("uk");
  handle.update({ variant: "banner", theme: "auto" });
  handle.unmount();
  // @ts-expect-error variant is "banner" or "full"
  handle.update({ variant: "wide" });
  // @ts-expect-error heading levels are 2 to 6
  handle.update({ headingLevel: 7 });
  // @ts-expect-error options are named as in JavaScript: headingLevel, not heading-level
  handle.update({ "heading-level": 3 });
  // @ts-expect-error the handle's locale is read-only
  handle.locale = "de";
  // @ts-expect-error mount needs an element
  await MemberNotice.mount("#notice");
  void [shown, element, version, locales, sameApi];
}

// The member app (WebView).
void MemberNotice.receive('{"type":"setLocale","locale":"ar"}');
void MemberNotice.receive({ type: "setLocale", locale: "ar" });
void MemberNotice.receive({ type: "setTheme", theme: "dark" });
// @ts-expect-error themes are auto, light or dark
void MemberNotice.receive({ type: "setTheme", theme: "sepia" });
// @ts-expect-error setLocale needs its locale
void MemberNotice.receive({ type: "setLocale" });

// The element.
const created: HTMLMemberNoticeElement = document.createElement("member-notice");
const found: HTMLMemberNoticeElement | null = document.querySelector("member-notice");
const attributes: MemberNotice.Attributes = {
  lang: "tr",
  variant: "banner",
  theme: "light",
  "heading-level": "3",
  config: "/member-notice/notice.json",
  "ftl-base": "/member-notice/i18n",
};
for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
// @ts-expect-error attributes are strings, as HTML has them
const numeric: MemberNotice.Attributes = { "heading-level": 3 };
void [found, numeric];

// Events, with their detail, where they arrive: the element, any element around it,
// document and window.
created.addEventListener("member-notice:ready", (event) => {
  const { locale, variant, contentVersion, phase } = event.detail;
  const full: boolean = variant === "full";
  const over: boolean = phase === "resolved";
  // @ts-expect-error a phase is one of the three names
  const unknown: boolean = phase === "recovery";
  void [locale, full, contentVersion, over, unknown];
});
created.addEventListener("member-notice:update", (event) => {
  const source: "config" | "translation" | "schedule" = event.detail.source;
  const phase: MemberNotice.Phase = event.detail.phase;
  void [source, phase];
});
document.body.addEventListener("member-notice:toggle", (event) => {
  const expanded: boolean = event.detail.expanded;
  void expanded;
});
document.addEventListener("member-notice:dismiss", (event) => {
  const dismissedVersion: string = event.detail.contentVersion;
  void dismissedVersion;
});
document.addEventListener("member-notice:restore", (event) => void event.detail.locale);
window.addEventListener("member-notice:link", (event) => {
  const { url, link } = event.detail;
  const which: "more-info" | "sign-language" = link;
  void [url, which];
});
document.addEventListener("member-notice:language", (event) => {
  const { from, locale } = event.detail;
  void [from, locale];
});
created.shadowRoot?.addEventListener("member-notice:ready", (event) => void event.detail.locale);

/** What a web team sends to its analytics: every error code handled, none missed. */
function describe(code: MemberNotice.ErrorCode): string {
  switch (code) {
    case "config-untrusted":
    case "config-malformed":
    case "config-invalid":
    case "config-type":
    case "config-too-large":
    case "config-http":
    case "config-timeout":
    case "config-unreachable":
    case "config-not-text":
      return "the operators' config was not used";
    case "ftl-untrusted":
    case "ftl-type":
    case "ftl-invalid":
    case "ftl-incomplete":
    case "ftl-http":
    case "ftl-timeout":
    case "ftl-unreachable":
    case "ftl-too-large":
    case "ftl-not-text":
      return "a translation was not used";
    case "load":
    case "integrity":
    case "internal":
    case "mount":
      return "the widget itself";
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}
window.addEventListener("member-notice:error", (event) => {
  const { code, message } = event.detail;
  // The loader's errors come before a notice has a locale.
  const locale: string | undefined = event.detail.locale;
  // @ts-expect-error codes are a closed list
  const unknown: typeof code = "config-missing";
  console.info(describe(code), message, locale, unknown);
});
document.addEventListener("member-notice:ready", (event) => {
  // @ts-expect-error a ready event has no code
  void event.detail.code;
});
// @ts-expect-error there is no member-notice:hide event
document.addEventListener("member-notice:hide", (event: CustomEvent<MemberNotice.Detail>) => void event);

void mountAndSteer(document.body);
