/**
 * Types for member-notice __MEMBER_NOTICE_VERSION__: `dist/member-notice.js` of the same release.
 *
 * A global declaration file (no import or export): add it to your TypeScript project —
 * `"files"`/`"include"` in tsconfig.json, or `/// <reference path="…/member-notice.d.ts" />`
 * — and the editor knows:
 *
 * - `MemberNotice` (also `window.MemberNotice`): `mount`, its handle, the options, `receive`,
 *   `locales`, `version` — declared as always there, as it is once `member-notice.js` has
 *   run (a page that may run code before it checks `"MemberNotice" in window`);
 * - `<member-notice>` in `document.createElement` / `querySelector`, with its attributes as
 *   `MemberNotice.Attributes`;
 * - every `member-notice:*` event with its `detail` in `addEventListener` on the element, any
 *   element or shadow root around it, `document` and `window` (the events bubble and are
 *   composed).
 *
 * `cargo xtask test` compiles a consumer of every declaration here with `tsc --strict`, and
 * fails when the loader, an event or an error code has a member these types lack (or the
 * other way round).
 */

declare namespace MemberNotice {
  /** Layout: `banner` (compact, with a disclosure) or `full` (everything visible). */
  type Variant = "banner" | "full";

  /** Colour scheme: `auto` follows `prefers-color-scheme`. */
  type Theme = "auto" | "light" | "dark";

  /** Level of the notice's heading, so it fits the page's outline. */
  type HeadingLevel = 2 | 3 | 4 | 5 | 6;

  /**
   * Where the incident stands, as the operators' config names it (`phase`, `phases`):
   * `disruption` (requests handled only in part), `backlog` (the backlog is being worked
   * off: the built-in content) or `resolved` (worked off; the fraud warning stays).
   */
  type Phase = "disruption" | "backlog" | "resolved";

  /**
   * A language tag (`ar`, `de-AT`), `de-x-ls` (Leichte Sprache, only by that name) or `auto`
   * (negotiate: the page's `<html lang>`, then the browser's languages). The shipped tags are
   * in {@link locales}; any other tag falls back as negotiation says.
   */
  type Lang = string;

  /**
   * Options of {@link mount} and {@link Handle.update}; each is also an attribute of
   * `<member-notice>` (and `data-…` on the script tag), see {@link Attributes}. Values the
   * widget cannot use are named in a console warning and replaced by their default.
   */
  interface Options {
    /** Language; absent or `auto`: negotiated. Attribute `lang`. */
    lang?: Lang;
    /** Default `banner`. Attribute `variant`. */
    variant?: Variant;
    /** Default `auto`. Attribute `theme`. */
    theme?: Theme;
    /** 2–6, default 2. Attribute `heading-level`. */
    headingLevel?: HeadingLevel | `${HeadingLevel}`;
    /**
     * URL of the operators' JSON config, on an origin the release trusts; a relative URL is
     * resolved against the page's address (`location.href`), never a `<base>`.
     * Attribute `config`.
     */
    config?: string;
    /**
     * Base URL of newer translations: `<ftlBase>/<locale>/notice.ftl` (no query or fragment).
     * Attribute `ftl-base`.
     */
    ftlBase?: string;
    /**
     * In the member app's WebView: events also go to the app's bridge, links are handed to
     * the app. Set by the release's own `webview.html`; host pages leave it unset.
     */
    webview?: boolean;
    /** The WebView page's `?lang=`: second in the language order. Set by `webview.html`. */
    urlLang?: string;
    /** Which app bridge a WebView posts to; unset: every bridge that exists. Set by `webview.html`. */
    platform?: "ios" | "android" | "rn";
  }

  /**
   * The attributes of `<member-notice>` (all strings, as HTML has them): for framework
   * typings of custom elements (Vue's `GlobalComponents`, React's `JSX.IntrinsicElements`)
   * and `setAttribute`. Changes take effect live; a removed attribute returns to its default.
   */
  interface Attributes {
    lang?: Lang;
    variant?: Variant;
    theme?: Theme;
    "heading-level"?: `${HeadingLevel}`;
    config?: string;
    "ftl-base"?: string;
  }

  /** A notice mounted with {@link mount}. */
  interface Handle {
    /** The `<member-notice>` element it added (or took over). */
    readonly element: HTMLMemberNoticeElement;
    /** The tag of the locale shown now (`"uk"`); undefined once unmounted. */
    readonly locale: string | undefined;
    /** Switches the language (same as `update({ lang })`). */
    setLocale(tag: Lang): void;
    /** Changes options; those not named keep their value. */
    update(options: Options): void;
    /** Removes the `<member-notice>` element and the notice in it. */
    unmount(): void;
  }

  /** A message from the member app (WebView), for {@link receive}. */
  type AppMessage =
    | { type: "setLocale"; locale: Lang }
    | { type: "setTheme"; theme: Theme };

  /**
   * The `code` of a `member-notice:error` event. Every error also writes one console warning
   * starting with `[member-notice]` that names the input, the problem and what was used
   * instead.
   */
  type ErrorCode =
    /** The config's origin is not trusted by the release, or it answered with a redirect. */
    | "config-untrusted"
    /** The config is not a JSON object. */
    | "config-malformed"
    /** Fields of the config have a wrong type or value; the message names every one. */
    | "config-invalid"
    /** The config is not served as `application/json`. */
    | "config-type"
    | "config-too-large"
    | "config-http"
    | "config-timeout"
    /** Network error, CORS, or the page's CSP `connect-src`. */
    | "config-unreachable"
    /** Not UTF-8. */
    | "config-not-text"
    /** As `config-untrusted`, or an `ftl-base` with a query or fragment. */
    | "ftl-untrusted"
    /** The translation is not served as `text/plain`. */
    | "ftl-type"
    /** The translation has errors, or invisible characters that could hide or reorder text. */
    | "ftl-invalid"
    /** The translation lacks messages the notice shows. */
    | "ftl-incomplete"
    | "ftl-http"
    | "ftl-timeout"
    /** A newer translation, or the release's own file for the locale, could not be had. */
    | "ftl-unreachable"
    | "ftl-too-large"
    /** Not UTF-8. */
    | "ftl-not-text"
    /** The module could not be loaded (the message names CORS and `connect-src` for another origin). */
    | "load"
    /** A file next to `member-notice.js` is not the one the release shipped; it is not used. */
    | "integrity"
    /**
     * The module trapped: every notice on the page stays as it is, without its controls,
     * until a reload. Sent once per page, to the first notice (to `document` if none is left).
     */
    | "internal"
    /** The notice could not render into its element (a closed shadow root of its own). */
    | "mount";

  /** What every event's detail carries (an error raised by the loader carries only its own). */
  interface Detail {
    /** The tag of the locale shown (`"de"`, `"de-x-ls"`). */
    locale: string;
    variant: Variant;
    /** The config's `version`, or `builtin-1` for the built-in text. */
    contentVersion: string;
    /** The phase the notice shows (`backlog` for the built-in content). */
    phase: Phase;
  }

  /**
   * `member-notice:update`: new content shows — a remote config or translation has applied,
   * or the config's `phases` moved the notice into another phase while the page was open
   * (`schedule`; `phase` names the new one).
   */
  interface UpdateDetail extends Detail {
    source: "config" | "translation" | "schedule";
  }

  /** `member-notice:toggle`: the banner's details were opened or closed. */
  interface ToggleDetail extends Detail {
    expanded: boolean;
  }

  /** `member-notice:link`: the member followed a link out of the notice. */
  interface LinkDetail extends Detail {
    /** Absolute. */
    url: string;
    link: "more-info" | "sign-language";
  }

  /** `member-notice:language`: the member switched between German and Leichte Sprache. */
  interface LanguageDetail extends Detail {
    /** The tag before; `locale` is the one shown now. */
    from: string;
  }

  /**
   * `member-notice:error`: an input was refused or could not be loaded. Errors of the loader
   * (`load`, `integrity` of the wasm, `mount`, `internal`) come before a notice has a locale,
   * so the common fields may be missing.
   */
  interface ErrorDetail extends Partial<Detail> {
    code: ErrorCode;
    /** The console warning's text: the input, the problem, what was used instead. */
    message: string;
  }

  /**
   * Every event the widget dispatches, by name. `CustomEvent`s on the `<member-notice>`
   * element (`bubbles`, `composed`), delivered in a microtask after the call that raised
   * them has returned, in order. `ready` comes after the first real render.
   */
  interface EventMap {
    "member-notice:ready": CustomEvent<Detail>;
    "member-notice:update": CustomEvent<UpdateDetail>;
    "member-notice:toggle": CustomEvent<ToggleDetail>;
    "member-notice:dismiss": CustomEvent<Detail>;
    "member-notice:restore": CustomEvent<Detail>;
    "member-notice:link": CustomEvent<LinkDetail>;
    "member-notice:language": CustomEvent<LanguageDetail>;
    "member-notice:error": CustomEvent<ErrorDetail>;
  }

  /** The release's version (the crate's, as in `dist/manifest.json`): `"0.2.0"`. */
  const version: string;

  /** The shipped locale tags, German first: `["de", "en", …]`. */
  const locales: readonly string[];

  /**
   * Mounts a notice inside `container` (appending a `<member-notice>`, or taking over one
   * the container holds from the page's own HTML); resolves once it has rendered. May be
   * called before the module has loaded. Rejects with a `TypeError` when `container` is not
   * an element, and with an `Error` when the module cannot be loaded (a `member-notice:error`
   * says why) or the notice was removed before it rendered.
   */
  function mount(container: Element, options?: Options): Promise<Handle>;

  /**
   * A message from the member app (WebView): a JSON string or an object that serializes to
   * one. Never throws; what cannot be read is named in one console warning.
   */
  function receive(message: string | AppMessage): Promise<void>;
}

/** `<member-notice>`: renders the notice into its open shadow root. Options are attributes. */
interface HTMLMemberNoticeElement extends HTMLElement {
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLMemberNoticeElement, ev: HTMLElementEventMap[K]) => any,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLMemberNoticeElement, ev: HTMLElementEventMap[K]) => any,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

interface HTMLElementTagNameMap {
  "member-notice": HTMLMemberNoticeElement;
}

// The events bubble and are composed: every element and shadow root around a notice, `document`
// and `window` hear them.
interface HTMLElementEventMap extends MemberNotice.EventMap {}
interface ShadowRootEventMap extends MemberNotice.EventMap {}
interface DocumentEventMap extends MemberNotice.EventMap {}
interface WindowEventMap extends MemberNotice.EventMap {}
