/**
 * Helpers that look at rendered notices the way the embed contract describes them: a
 * `<member-notice>` host with an open shadow root holding
 * `<section class="notice" aria-labelledby lang dir data-variant data-theme>`, five
 * `[data-section]` parts and, in the banner, a `[data-action="toggle"]` disclosure button.
 *
 * Everything here reads the page; nothing defines globals in it (the event recorder keeps
 * its records under a symbol on window).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { assertDistBuilt, DIST_DIR, RECORD_EVENTS_PATH } from './paths.mjs';

assertDistBuilt();
const MANIFEST = JSON.parse(readFileSync(`${DIST_DIR}/manifest.json`, 'utf8'));

/**
 * The shipped locales, in the order of `src/l10n/locales.rs` — read from the build's
 * `manifest.json`, so a new locale is tested without editing the tests.
 */
export const LOCALES = MANIFEST.locales;
/** Each shipped locale's native name (`{ de: 'Deutsch', … }`). */
export const NATIVE_NAMES = Object.fromEntries(MANIFEST.languages.map(({ tag, name }) => [tag, name]));
/** Each shipped locale's writing direction (`{ ar: 'rtl', … }`). */
export const DIRECTIONS = Object.fromEntries(MANIFEST.languages.map(({ tag, dir }) => [tag, dir]));
/**
 * What each locale's notice says in its `lang` attribute: its tag, except `de` for the
 * Leichte Sprache version (`de-x-ls`), which screen readers must speak as German.
 */
export const HTML_LANGS = Object.fromEntries(MANIFEST.languages.map(({ tag, lang }) => [tag, lang]));
/** The Leichte Sprache version's tag (`de-x-ls`): shipped, chosen only by name. */
export const EASY_READ = MANIFEST.easyRead;
/** The stable section hooks. */
export const SECTIONS = ['delay', 'priority', 'fraud', 'data-safety', 'what-happened'];
/** Sections the banner always shows (the fraud warning protects members). */
export const BANNER_VISIBLE = ['delay', 'fraud'];
/** Selector of the banner's disclosure: the `<summary>` of a native `<details>`, inside the shadow root. */
export const TOGGLE = 'summary[data-action="toggle"]';

/**
 * Waits until exactly `count` `<member-notice>` elements exist and the wasm runs each one:
 * its `.notice` is live (`data-interactive`), not only the notice prerendered at build time
 * that shows before the wasm arrives. Returns how many there are.
 */
export async function waitForNotices(page, count = 1) {
  await page.waitForFunction(
    (count) => {
      const hosts = [...document.querySelectorAll('member-notice')];
      return (
        hosts.length === count &&
        hosts.every((host) => host.shadowRoot?.querySelector('.notice')?.hasAttribute('data-interactive'))
      );
    },
    count,
    { timeout: 15_000 },
  );
  return page.locator('member-notice').count();
}

/**
 * Reads one notice: the root section's attributes, its accessible-name wiring, each
 * section (present / visible) and the disclosure button's state.
 * @param {string} [host]  selector of the `<member-notice>` element
 */
export async function readNotice(page, host = 'member-notice') {
  return page.evaluate(
    ({ host, sections, toggle }) => {
      const element = document.querySelector(host);
      const root = element?.shadowRoot;
      const notice = root?.querySelector('.notice');
      if (!notice) return null;
      const labelledBy = notice.getAttribute('aria-labelledby');
      const label = labelledBy ? root.getElementById(labelledBy) : null;
      const button = notice.querySelector(toggle);
      const parts = {};
      for (const name of sections) {
        const part = notice.querySelector(`[data-section="${name}"]`);
        parts[name] = { present: !!part, visible: !!part && part.checkVisibility() };
      }
      return {
        tag: notice.localName,
        lang: notice.getAttribute('lang'),
        easyRead: notice.hasAttribute('data-easy-read'),
        dir: notice.getAttribute('dir'),
        variant: notice.getAttribute('data-variant'),
        theme: notice.getAttribute('data-theme'),
        labelledBy,
        label: label && { tag: label.localName, text: label.textContent.trim() },
        sections: parts,
        toggle: button && {
          // The browser exposes a <summary>'s state itself; its <details> holds it.
          expanded: String(button.parentElement.open),
          name: button.textContent.trim(),
        },
      };
    },
    { host, sections: SECTIONS, toggle: TOGGLE },
  );
}

/**
 * Waits until an element in a notice's shadow root has `attribute="value"` and returns the
 * attribute's value — after at most `timeout`, whatever it is then, so the caller's assert
 * reports the actual value instead of a bare timeout. For changes the widget renders
 * asynchronously (clicks, attribute changes, API calls).
 * @param {object} wanted
 * @param {string} wanted.attribute  e.g. `lang`, `data-variant`, `aria-expanded`
 * @param {string} wanted.value
 * @param {string} [wanted.selector]  inside the shadow root; default the `.notice` root
 * @param {string} [wanted.host]  selector of the `<member-notice>` element
 * @param {number} [wanted.timeout]  milliseconds
 */
export async function settledAttribute(
  page,
  { attribute, value, selector = '.notice', host = 'member-notice', timeout = 5_000 },
) {
  return page.evaluate(
    async ({ host, selector, attribute, value, timeout }) => {
      const read = () =>
        document.querySelector(host)?.shadowRoot?.querySelector(selector)?.getAttribute(attribute) ?? null;
      const deadline = performance.now() + timeout;
      while (read() !== value && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return read();
    },
    { host, selector, attribute, value, timeout },
  );
}

/**
 * Waits (at most 5 s) until the banner's disclosure is open (`'true'`) or closed
 * (`'false'`), and returns its state then.
 */
export async function settledExpanded(page, value, host = 'member-notice') {
  const read = () =>
    page.evaluate(
      ({ host, toggle }) => {
        const summary = document.querySelector(host)?.shadowRoot?.querySelector(toggle);
        return summary ? String(summary.parentElement.open) : null;
      },
      { host, toggle: TOGGLE },
    );
  return eventually(page, read, (state) => state === value, 5_000);
}

/** Asserts the root section is a region named by a non-empty h2 and carries `lang`/`dir`. */
export function assertRegion(notice, locale) {
  assert.ok(notice, 'the notice rendered its .notice section');
  assert.equal(notice.tag, 'section', 'the notice root is a <section> (region landmark when named)');
  assert.equal(notice.lang, HTML_LANGS[locale], 'the notice root carries lang');
  assert.equal(notice.easyRead, locale === EASY_READ, 'only the Leichte Sprache version is laid out as easy-read');
  assert.equal(notice.dir, DIRECTIONS[locale], 'the notice root carries dir');
  assert.ok(notice.labelledBy, 'the region has aria-labelledby');
  assert.ok(notice.label, `aria-labelledby="${notice.labelledBy}" points at an element in the shadow root`);
  assert.equal(notice.label.tag, 'h2', 'the region is named by its h2');
  assert.notEqual(notice.label.text, '', 'the naming heading has text');
}

/** Asserts which sections are present and visible, e.g. `{ delay: true, priority: false }`. */
export function assertSectionsVisible(notice, expected) {
  for (const [name, visible] of Object.entries(expected)) {
    assert.equal(notice.sections[name].present, true, `section "${name}" is present`);
    assert.equal(notice.sections[name].visible, visible, `section "${name}" is ${visible ? 'visible' : 'hidden'}`);
  }
}

/** The expected visibility of every section for a variant (and banner state). */
export function expectedVisibility(variant, expanded = false) {
  return Object.fromEntries(
    SECTIONS.map((name) => [name, variant === 'full' || expanded || BANNER_VISIBLE.includes(name)]),
  );
}

/**
 * Describes the element that has keyboard focus, looking through open shadow roots.
 * @returns {Promise<{tag: string, action: string|null, inNotice: boolean}|null>}
 */
export async function focusedElement(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    let inNotice = false;
    while (active?.shadowRoot?.activeElement) {
      inNotice ||= active.localName === 'member-notice';
      active = active.shadowRoot.activeElement;
    }
    if (!active || active === document.body) return null;
    return { tag: active.localName, action: active.getAttribute('data-action'), inNotice };
  });
}

/**
 * Starts recording `member-notice:*` events that reach `document` (from now on). Returns a
 * function that resolves to the events seen so far as plain objects.
 * @param {string[]} names  event names, e.g. `['member-notice:ready']`
 */
export async function recordEvents(page, names) {
  const store = await page.evaluateHandle((names) => {
    const seen = [];
    for (const name of names) {
      document.addEventListener(name, (event) =>
        seen.push({
          type: event.type,
          detail: JSON.parse(JSON.stringify(event.detail)),
          bubbles: event.bubbles,
          composed: event.composed,
          target: event.target?.localName ?? null,
        }),
      );
    }
    return seen;
  }, names);
  return () => store.jsonValue();
}

/**
 * Waits until `read()` (from `recordEvents`) lists at least `count` events named `type`,
 * and returns those events.
 */
export async function waitForEvents(read, type, { count = 1, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const events = (await read()).filter((e) => e.type === type);
    if (events.length >= count) return events;
    if (Date.now() > deadline) {
      assert.fail(`expected ${count} ${type} event(s) on document within ${timeout} ms, saw ${events.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * `open()` init-script entry that installs fixtures/record-events.js before the page's own
 * scripts — for pages the tests cannot edit, such as dist/webview.html. Fixture pages
 * include the same file with a <script> tag instead.
 */
export const RECORD_EVENTS = { script: { path: RECORD_EVENTS_PATH } };

/**
 * The `member-notice:*` events fixtures/record-events.js saw reach `document` since the
 * page loaded, optionally only those named `type` (e.g. `member-notice:error`). Each is
 * `{ type, detail, jsonable, bubbles, composed, target, targetId, origin, at }`.
 */
export async function recordedEvents(page, type) {
  const all = await page.evaluate(() => window[Symbol.for('member-notice.e2e.events')] ?? null);
  assert.ok(all, 'the page records events (fixtures/record-events.js or RECORD_EVENTS)');
  return type ? all.filter((event) => event.type === type) : all;
}

/**
 * Waits until at least `count` recorded events are named `type`, then — after `settle`
 * milliseconds more, so a second (wrong) event has its chance to arrive — returns all of
 * them. Fails with what was seen when they do not come.
 */
export async function waitForRecorded(page, type, { count = 1, timeout = 10_000, settle = 0 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const events = await recordedEvents(page, type);
    if (events.length >= count) {
      if (settle) await page.waitForTimeout(settle);
      return settle ? recordedEvents(page, type) : events;
    }
    if (Date.now() > deadline) {
      const seen = (await recordedEvents(page)).map((e) => `${e.type} ${JSON.stringify(e.detail)}`);
      assert.fail(`expected ${count} ${type} event(s) within ${timeout} ms; events seen:\n  ${seen.join('\n  ')}`);
    }
    await page.waitForTimeout(25);
  }
}

/**
 * A compact reading of one notice for assertions: whether it rendered, the root's
 * attributes, its naming heading, the levels of the section headings, which actions it
 * offers, the "more information" link and the text. When nothing is rendered, the host's
 * height tells whether it still takes room on the page.
 * @param {string} [host]  selector of the `<member-notice>` element
 */
export async function noticeState(page, host = 'member-notice') {
  return page.evaluate((host) => {
    const element = document.querySelector(host);
    const root = element?.shadowRoot;
    const notice = root?.querySelector('.notice');
    if (!notice) {
      return { rendered: false, host: !!element, hostHeight: element ? element.getBoundingClientRect().height : null };
    }
    const title = root.getElementById(notice.getAttribute('aria-labelledby'));
    const link = notice.querySelector('a[data-action="more-info"]');
    return {
      rendered: true,
      lang: notice.getAttribute('lang'),
      dir: notice.getAttribute('dir'),
      variant: notice.dataset.variant,
      theme: notice.dataset.theme,
      severity: notice.dataset.severity,
      phase: notice.dataset.phase,
      state: notice.dataset.state,
      title: title && { tag: title.localName, text: title.textContent.trim() },
      sectionHeadings: [...notice.querySelectorAll('[data-section] > :is(h1, h2, h3, h4, h5, h6)')].map(
        (heading) => heading.localName,
      ),
      actions: [...notice.querySelectorAll(':is(button, summary)[data-action]')].map((control) => control.dataset.action),
      moreInfo: link && link.getAttribute('href'),
      text: notice.textContent.replace(/\s+/g, ' ').trim(),
      background: getComputedStyle(notice).backgroundColor,
    };
  }, host);
}

/**
 * Whether every key of `expected` matches `state`: a RegExp is tested against the
 * (string) value, anything else compared as JSON.
 */
export function matchesState(state, expected) {
  return Object.entries(expected).every(([key, value]) =>
    value instanceof RegExp
      ? typeof state[key] === 'string' && value.test(state[key])
      : JSON.stringify(state[key]) === JSON.stringify(value),
  );
}

/**
 * Polls `noticeState` until it `matchesState(expected)`, and returns the state — after
 * `timeout` whatever it is then, so the caller's `assert` shows the actual values rather
 * than a bare timeout.
 * @param {Record<string, unknown>} expected  e.g. `{ state: 'collapsed', text: /Testkasse/ }`
 */
export async function settledNotice(page, expected, { host = 'member-notice', timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  let state = await noticeState(page, host);
  while (!matchesState(state, expected) && Date.now() < deadline) {
    await page.waitForTimeout(25);
    state = await noticeState(page, host);
  }
  return state;
}

/**
 * Checks that `ok(await read())` keeps holding for `ms` milliseconds (polling every 25 ms)
 * and returns the last value read — for what must *not* happen (a second event, a duplicate
 * render, a navigation). An observation window with an assertion, never a way to wait for
 * something: to wait, use `settledNotice`, `waitForRecorded` or `eventually`.
 */
export async function holdsFor(page, ms, read, ok, what) {
  const deadline = Date.now() + ms;
  let value = await read();
  for (;;) {
    assert.ok(ok(value), `${what} stopped holding: ${JSON.stringify(value)}`);
    if (Date.now() >= deadline) return value;
    await page.waitForTimeout(25);
    value = await read();
  }
}

/**
 * Polls `read()` until `done(value)` or `timeout` ms, and returns the last value, so the
 * caller's assert shows what was there instead of a bare timeout.
 */
export async function eventually(page, read, done, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await page.waitForTimeout(25);
    value = await read();
  }
  return value;
}

/** Waits (bounded) until keyboard focus is on the notice's `[data-action=<action>]`. */
export async function settledFocus(page, action, timeout = 5_000) {
  return eventually(page, () => focusedElement(page), (focused) => focused?.action === action, timeout);
}

/** Picks `keys` of `object`, for asserting on part of a `noticeState`. */
export function pick(object, keys) {
  return Object.fromEntries(keys.map((key) => [key, object?.[key]]));
}

/**
 * Presses Tab until focus (looking through open shadow roots) is on a notice element with
 * `data-action="<action>"`, and returns it; fails after `limit` presses, listing the way.
 */
export async function tabTo(page, action, limit = 30) {
  const visited = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (focused?.inNotice && focused.action === action) return focused;
    visited.push(focused ? `${focused.tag}${focused.action ? `[${focused.action}]` : ''}` : '(nothing)');
  }
  return assert.fail(`${limit} Tab presses never reached [data-action="${action}"]; focus visited: ${visited.join(', ')}`);
}
