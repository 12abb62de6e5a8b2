/**
 * Runs the smoke cases (smoke.cases.mjs) in one engine with node:test.
 *
 * Per engine: one fixture server (e2e/support/server.mjs) and one engine (engines.mjs),
 * started before the first case and always stopped after the last, failed or not. Per
 * case: every page it opens starts from a fresh browser state and is closed when the case
 * ends, failed or not; before closing, the harness asserts that no page recorded an
 * uncaught error, unhandled rejection, failed resource or CSP violation
 * (fixtures/record-errors.js, which every page of the suite has: fixture pages include it
 * first, other pages get it as a preload script). A failing case leaves a screenshot of
 * each of its pages in target/engines/<engine>/.
 *
 * A case is `{ name, run(context), timeout? }`; `context` is `{ engine, open, url }`, and
 * `open(path, { preload })` resolves to a `SmokePage`.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';

import { ROOT } from '../support/paths.mjs';
import { withParsed } from '../support/bridge.mjs';
import { matchesState, SECTIONS } from '../support/notice.mjs';
import { startServer } from '../support/server.mjs';
import { ENGINES } from './engines.mjs';
import { waitFor } from './wait.mjs';

/** Every page of the suite records errors with this script (see fixtures/record-errors.js). */
const ERROR_RECORDER = 'record-errors.js';
const ERRORS_KEY = 'member-notice.e2e.errors';
const EVENTS_KEY = 'member-notice.e2e.events';
const BRIDGE_KEY = 'member-notice.e2e.bridge';
const CLICKS_KEY = 'member-notice.e2e.clicks';

/** Reads one notice in the page (runs in the browser: self-contained). */
function readNotice(host, sections) {
  const element = document.querySelector(host);
  const root = element && element.shadowRoot;
  const notice = root && root.querySelector('.notice');
  if (!notice) return { rendered: false, host: !!element, shadowRoot: !!root };
  let focus = document.activeElement;
  while (focus && focus.shadowRoot && focus.shadowRoot.activeElement) focus = focus.shadowRoot.activeElement;
  const part = (name) => notice.querySelector(`[data-section="${name}"]`);
  return {
    rendered: true,
    lang: notice.getAttribute('lang'),
    dir: notice.getAttribute('dir'),
    variant: notice.dataset.variant,
    state: notice.dataset.state,
    phase: notice.dataset.phase,
    sections: sections.filter((name) => part(name)),
    visibleSections: sections.filter((name) => part(name) && part(name).checkVisibility()),
    actions: [...notice.querySelectorAll('button[data-action]')].map((button) => button.dataset.action),
    // Live: the wasm runs it (not only the notice prerendered at build time).
    interactive: notice.hasAttribute('data-interactive'),
    notices: root.querySelectorAll('.notice').length,
    prerenderedKey: root.querySelector('div.root')?.getAttribute('data-prerendered') ?? null,
    focus:
      focus && focus !== document.body
        ? { tag: focus.localName, action: focus.getAttribute('data-action'), inNotice: root.contains(focus) }
        : null,
  };
}

/** A page of the suite: the engine's page plus readers of what the fixtures record. */
export class SmokePage {
  /** Errors recorded on documents this page has navigated away from. */
  #earlier = [];

  constructor(page, url) {
    this.page = page;
    this.url = url;
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  evaluateAsync(fn, ...args) {
    return this.page.evaluateAsync(fn, ...args);
  }

  /**
   * Clicks `selector` in the shadow root of `host` with the engine's real click (see
   * Engine.clickMethod), and checks that a trusted click event (one the browser made, not
   * a script's `element.click()`) reached that element.
   */
  async click(selector, host = 'member-notice') {
    const found = await this.evaluate(
      (host, selector, key) => {
        const element = document.querySelector(host)?.shadowRoot?.querySelector(selector);
        if (!element) return false;
        window[Symbol.for(key)] = [];
        element.addEventListener('click', (event) => window[Symbol.for(key)].push(event.isTrusted), { once: true });
        return true;
      },
      host,
      selector,
      CLICKS_KEY,
    );
    assert.ok(found, `${selector} is in the shadow root of ${host}`);
    await this.page.click(host, selector);
    const clicks = await waitFor(
      `the click event on ${selector}`,
      () => this.evaluate((key) => window[Symbol.for(key)] ?? null, CLICKS_KEY),
      (clicks) => clicks?.length > 0,
    );
    assert.deepEqual(clicks, [true], `one trusted click reached ${selector}`);
  }

  /** Navigates to `url` in the same browser state (errors so far are kept for the check). */
  async goto(url) {
    this.#earlier.push(...(await this.#readErrors()));
    this.url = url;
    await this.page.goto(url);
  }

  /** The notice in `host`, as `readNotice` reads it. */
  notice(host = 'member-notice') {
    return this.evaluate(readNotice, host, SECTIONS);
  }

  /**
   * Waits until the notice matches `expected` (keys of `notice()`; RegExp or JSON-equal
   * values, as `matchesState`) and returns it; fails with the last reading. Unless
   * `expected` says otherwise, the notice must be live (`interactive: true`): the
   * prerendered notice that shows before the wasm does not count.
   */
  waitForNotice(expected, { host = 'member-notice', timeout } = {}) {
    const wanted = { interactive: true, ...expected };
    return waitFor(
      `${host} to show ${JSON.stringify(wanted)}`,
      () => this.notice(host),
      (state) => state.rendered && matchesState(state, wanted),
      { timeout },
    );
  }

  /** `member-notice:*` events recorded by fixtures/record-events.js, optionally of one type. */
  async events(type) {
    const all = await this.evaluate((key) => window[Symbol.for(key)] ?? null, EVENTS_KEY);
    assert.ok(all, `${this.url} records events (fixtures/record-events.js)`);
    return type ? all.filter((event) => event.type === type) : all;
  }

  /** Waits for at least `count` recorded events of `type`; returns them. */
  waitForEvents(type, count = 1) {
    return waitFor(
      `${count} ${type} event(s) on document`,
      () => this.events(),
      (all) => all.filter((event) => event.type === type).length >= count,
    ).then((all) => all.filter((event) => event.type === type));
  }

  /** What fake app bridges (fixtures/fake-ios-bridge.js) received, each with `parsed` JSON. */
  async bridgeMessages() {
    const posted = await this.evaluate((key) => window[Symbol.for(key)] ?? null, BRIDGE_KEY);
    assert.ok(posted, `${this.url} has a fake app bridge`);
    return withParsed(posted);
  }

  /** Waits for at least `count` bridge messages whose JSON `type` is `type`; returns them. */
  waitForBridgeMessages(type, count = 1) {
    return waitFor(
      `${count} "${type}" bridge message(s)`,
      () => this.bridgeMessages(),
      (all) => all.filter((entry) => entry.parsed?.type === type).length >= count,
    ).then((all) => all.filter((entry) => entry.parsed?.type === type));
  }

  async #readErrors() {
    const records = await this.evaluate((key) => window[Symbol.for(key)] ?? null, ERRORS_KEY);
    assert.ok(records, `${this.url} records errors: it must include or preload fixtures/${ERROR_RECORDER}`);
    return records;
  }

  /** Everything fixtures/record-errors.js recorded on this page so far. */
  async errors() {
    return [...this.#earlier, ...(await this.#readErrors())];
  }

  /**
   * Returns the errors recorded so far and forgets them, for a case that causes some on
   * purpose; the harness's final check then sees only what comes after.
   */
  async takeErrors() {
    const current = await this.evaluate((key) => {
      const records = window[Symbol.for(key)] ?? null;
      return records && records.splice(0);
    }, ERRORS_KEY);
    assert.ok(current, `${this.url} records errors: it must include or preload fixtures/${ERROR_RECORDER}`);
    return [...this.#earlier.splice(0), ...current];
  }

  screenshot() {
    return this.page.screenshot();
  }

  close() {
    return this.page.close();
  }
}

/** Defines the node:test suite that runs `cases` in `engineName`. */
export function runSmoke(engineName, cases) {
  const launch = ENGINES[engineName];
  if (!launch) throw new Error(`unknown engine "${engineName}"; known: ${Object.keys(ENGINES).join(', ')}`);

  describe(`smoke suite in ${engineName}`, () => {
    let server;
    let engine;

    before(async () => {
      server = await startServer();
      engine = await launch();
    });
    after(async () => {
      if (engine) console.log(`# ${engineName}: ran ${engine.version}; clicks: ${engine.clickMethod}`);
      await engine?.stop();
      await server?.close();
    });

    for (const { name, run, timeout = 60_000 } of cases) {
      test(name, { timeout }, async () => {
        const pages = [];
        const url = (path) => new URL(path, server.origin).href;
        const context = {
          engine,
          url,
          async open(path, options) {
            const page = new SmokePage(await engine.open(url(path), options), url(path));
            pages.push(page);
            return page;
          },
        };
        try {
          await run(context);
          for (const page of pages) {
            assert.deepEqual(await page.errors(), [], `${page.url}: no uncaught error, rejection or CSP violation`);
          }
        } catch (error) {
          await saveScreenshots(engineName, name, pages);
          throw error;
        } finally {
          await Promise.allSettled(pages.map((page) => page.close()));
        }
      });
    }
  });
}

async function saveScreenshots(engineName, caseName, pages) {
  const dir = `${ROOT}/target/engines/${engineName}`;
  const slug = caseName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80);
  await mkdir(dir, { recursive: true }).catch(() => {});
  for (const [index, page] of pages.entries()) {
    try {
      const file = `${dir}/${slug}${pages.length > 1 ? `-${index + 1}` : ''}.png`;
      await writeFile(file, await page.screenshot());
      console.log(`# screenshot of the failed case: ${file}`);
    } catch {
      // The page may be gone (that may be the failure); the error says enough then.
    }
  }
}
