/**
 * `<member-notice>` in a real single-page app: a React 19 portal built by Vite
 * (e2e/spa/, React's development build under StrictMode, so every effect runs, is cleaned
 * up and runs again), which loads dist/member-notice.js by its script tag and has the
 * notice on two of its three routes. The app is built into a temporary folder when this
 * file starts (about a second) and served under /spa/ beside /dist/.
 *
 * - every route with a notice shows exactly one, rendered once, in its variant and heading
 *   level, and it is there by the next animation frame once the wasm has loaded;
 * - leaving a route leaves nothing behind: after a garbage collection no removed
 *   `<member-notice>` is alive (an instance the widget still held would keep it), the
 *   elements notices rendered into do not pile up (one is kept for the next notice,
 *   src/embed/pool.rs), no listener was added to window or document, and no timer the
 *   widget started (setTimeout, setInterval, requestAnimationFrame) is pending — also when
 *   the member leaves before the wasm arrived; nothing of one notice (an open disclosure,
 *   what its status region said) comes back with the next;
 * - events reach the app's listeners (added in an effect, removed in its cleanup) once
 *   each; a dismissal holds across routes;
 * - the language picker is React state: choosing a language sets the notice's language at
 *   once and on the next route; "automatic" (the prop becomes undefined) gives the choice
 *   back to the page's `<html lang>`;
 * - each option is also a property, also when set before the element was defined;
 * - no console error or warning, no uncaught error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildSpa, SPA_BASE } from './spa/build.mjs';
import { setupBrowser } from './support/browser.mjs';
import { eventually, LOCALES, noticeState, settledNotice, TOGGLE, waitForNotices } from './support/notice.mjs';

// Built before the browser starts (hooks run in the order they are registered).
const SPA_DIR = mkdtempSync(join(tmpdir(), 'member-notice-spa-'));
before(() => buildSpa(SPA_DIR));
after(() => rmSync(SPA_DIR, { recursive: true, force: true }));

const browser = setupBrowser({ apps: { [SPA_BASE]: SPA_DIR } });

const ROUTES = { start: SPA_BASE, inbox: `${SPA_BASE}postfach`, requests: `${SPA_BASE}antraege` };
/** The link text of each route in the app's navigation. */
const LINKS = { start: 'Start', inbox: 'Postfach', requests: 'Anträge' };
/** The variant each route's notice has. */
const VARIANTS = { inbox: 'banner', requests: 'full' };

/**
 * Runs in the page before its own scripts: notes every timer (setTimeout, setInterval,
 * requestAnimationFrame) with the stack that started it until it is cleared or has run,
 * and keeps a WeakRef to every `<member-notice>` that enters the document, which does
 * not keep it alive. Records live under a symbol, so the page gains no global name.
 */
function probe() {
  const KEY = Symbol.for('member-notice.e2e.spa-probe');
  const timers = new Map();
  const hosts = [];
  const containers = [];
  Object.defineProperty(window, KEY, { value: { timers, hosts, containers } });
  const track = (start, clear, kind, repeats) => {
    window[start] = function (callback, ...rest) {
      const stack = new Error().stack.split('\n').slice(2).join('\n');
      let id;
      const run = typeof callback === 'function'
        ? function (...args) {
            if (!repeats) timers.delete(`${kind}:${id}`);
            return callback.apply(this, args);
          }
        : callback;
      id = start === 'requestAnimationFrame'
        ? original[start].call(window, run)
        : original[start].call(window, run, ...rest);
      timers.set(`${kind}:${id}`, { kind: start, stack });
      return id;
    };
    for (const name of clear) {
      window[name] = function (id) {
        timers.delete(`${kind}:${id}`);
        return original[name].call(window, id);
      };
    }
  };
  const original = {};
  for (const name of ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    original[name] = window[name];
  }
  // Timeouts and intervals share one list of ids (either clear function clears either).
  track('setTimeout', ['clearTimeout', 'clearInterval'], 'timer', false);
  track('setInterval', ['clearTimeout', 'clearInterval'], 'timer', true);
  track('requestAnimationFrame', ['cancelAnimationFrame'], 'frame', false);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const found = node.localName === 'member-notice' ? [node] : node.querySelectorAll('member-notice');
        for (const host of found) hosts.push(new WeakRef(host));
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Opens the app at `route` with the probe in place; resolves once the app has rendered. */
async function openApp(route = 'start', options = {}) {
  const opened = await browser.open(ROUTES[route], { initScript: probe, ...options });
  await opened.page.locator('nav a').first().waitFor();
  const cdp = await opened.page.context().newCDPSession(opened.page);
  // Where each script came from (the debugger names every script, also those already run).
  cdp.scripts = new Map();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => cdp.scripts.set(scriptId, url));
  await cdp.send('Debugger.enable');
  return { ...opened, cdp };
}

/** Follows the app's own link to `route` (history.pushState, no page load). */
async function go(page, route) {
  await page.getByRole('link', { name: LINKS[route], exact: true }).click();
  await page.waitForFunction((path) => location.pathname === path, ROUTES[route]);
}

/**
 * Follows the app's link to `route` from inside the page and tells, at the next animation
 * frame (before the browser paints it), whether the route's notice is there to be painted.
 */
async function renderedByNextFrame(page, route) {
  const rendered = await page.evaluate(async (name) => {
    [...document.querySelectorAll('nav a')].find((link) => link.textContent === name).click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return !!document.querySelector('member-notice')?.shadowRoot?.querySelector('.notice [data-section="fraud"]');
  }, LINKS[route]);
  await page.waitForFunction((path) => location.pathname === path, ROUTES[route]);
  return rendered;
}

/**
 * Waits until the route's one notice is live (the wasm runs it), notes the element it
 * renders into (for `leftBehind`), and returns the notice's state.
 */
async function visitNotice(page, route) {
  await waitForNotices(page, 1);
  const shape = await page.evaluate(() => {
    const host = document.querySelector('member-notice');
    const root = host.shadowRoot;
    window[Symbol.for('member-notice.e2e.spa-probe')].containers.push(new WeakRef(root.querySelector('.root')));
    return { notices: root.querySelectorAll('.notice').length, roots: root.querySelectorAll('.root').length };
  });
  assert.deepEqual(shape, { notices: 1, roots: 1 }, `one notice on ${ROUTES[route]}, rendered once`);
  const state = await noticeState(page);
  assert.equal(state.variant, VARIANTS[route], `the ${route} route's notice is the ${VARIANTS[route]} variant`);
  return state;
}

/**
 * The listeners the page's own scripts (the app's and the widget's) have on window and
 * document, one line each: type, capture, where its handler is. Playwright's scripts, which
 * have no address, add listeners of their own for its clicks.
 */
async function pageListeners(cdp) {
  const lines = [];
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target, objectGroup: 'spa-probe' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const l of listeners) {
      const script = cdp.scripts.get(l.scriptId);
      if (!script) continue;
      lines.push(`${target} ${l.type}${l.useCapture ? ' (capture)' : ''} ${new URL(script).pathname}:${l.lineNumber}:${l.columnNumber}`);
    }
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'spa-probe' });
  return lines.sort();
}

/**
 * What the notices that left the page left behind, after a full garbage collection: the
 * removed `<member-notice>` elements still alive (an instance the widget still holds
 * keeps its element), the elements notices rendered into that are alive but no longer in
 * the page, and the widget's timers still pending (with the stack that started each).
 */
async function leftBehind(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => {
    const { hosts, containers, timers } = window[Symbol.for('member-notice.e2e.spa-probe')];
    const detached = (refs) => new Set(refs.map((ref) => ref.deref()).filter((node) => node && !node.isConnected)).size;
    return {
      hosts: detached(hosts),
      containers: detached(containers),
      timers: [...timers.values()].filter(({ stack }) => stack.includes('/dist/member-notice.js')).map(({ kind, stack }) => `${kind}\n${stack}`),
    };
  });
}

/**
 * Waits (bounded) until the notices that left are gone, and returns what is left. A
 * removed notice's render root may be kept for the next notice (Yew never frees a root,
 * see src/embed/pool.rs): at most one, as this app shows one notice at a time. With
 * `timers: false` (while a notice still shows, with timers of its own) timers do not count.
 */
async function settledLeftBehind(page, cdp, { timers = true } = {}) {
  const clean = (left) => left.hosts === 0 && left.containers <= 1 && (!timers || left.timers.length === 0);
  return eventually(page, () => leftBehind(page, cdp), clean, 5_000);
}

/** Asserts that `left` (from `settledLeftBehind`) is clean. */
function assertNothingLeft(left, where) {
  assert.equal(left.hosts, 0, `${where}: every removed <member-notice> was released (no instance holds it)`);
  assert.ok(
    left.containers <= 1,
    `${where}: ${left.containers} render roots outside the page — they pile up with every visit, where one is kept for the next notice`,
  );
  assert.deepEqual(left.timers, [], `${where}: no timer of the widget is pending`);
}

/** The app's event log: what its listeners received, in order. */
function appEvents(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#event-log li')].map((li) => ({
      type: li.dataset.type,
      path: li.dataset.path,
      ...JSON.parse(li.dataset.detail),
    })),
  );
}

/** Waits until the app logged `count` events named `member-notice:<type>`, and returns them. */
async function settledAppEvents(page, type, count) {
  const read = async () => (await appEvents(page)).filter((event) => event.type === `member-notice:${type}`);
  return eventually(page, read, (events) => events.length >= count, 10_000);
}

/** Whether the banner's details are open (`'true'`), as the browser keeps it on `<details>`. */
function expanded(page) {
  return page.locator(`member-notice ${TOGGLE}`).evaluate((summary) => String(summary.parentElement.open));
}

/** What the notice's status region (`role="status"`, read out by screen readers) says. */
function said(page) {
  return page.locator('member-notice [role="status"]').evaluate((status) => status.textContent.trim());
}

/** How often the app's listener effect ran and was cleaned up (see e2e/spa/Notice.jsx). */
function effects(page) {
  return page.evaluate(() => ({ ...window[Symbol.for('member-notice.spa.effects')] }));
}

describe('a React single-page app (StrictMode)', () => {
  test('one notice per route; leaving a route leaves no instance, listener or timer behind', async () => {
    const { page, log, cdp } = await openApp();
    assert.equal(await page.locator('member-notice').count(), 0, 'the start page has no notice');
    const baseline = await pageListeners(cdp);

    for (let round = 1; round <= 2; round++) {
      await go(page, 'inbox');
      await visitNotice(page, 'inbox');
      assert.equal(await renderedByNextFrame(page, 'requests'), true, 'the next route\'s notice is there in its first frame');
      const full = await visitNotice(page, 'requests');
      assert.equal(full.title.tag, 'h3', 'heading-level="3" from a React prop');
      const left = await settledLeftBehind(page, cdp, { timers: false });
      assertNothingLeft({ ...left, timers: [] }, `round ${round}, on the next route`);
      await go(page, 'start');
      assert.equal(await page.locator('member-notice').count(), 0);
      assertNothingLeft(await settledLeftBehind(page, cdp), `round ${round}, back on the start page`);
      assert.deepEqual(await pageListeners(cdp), baseline, `round ${round}: window and document have the listeners they had`);
    }
    const ran = await effects(page);
    assert.equal(ran.setups, 2 * 4, 'StrictMode ran each visit\'s listener effect twice (React\'s development build)');

    // What the member did to one notice does not come back with the next.
    await go(page, 'inbox');
    await visitNotice(page, 'inbox');
    await page.locator(`member-notice ${TOGGLE}`).click();
    assert.equal((await settledNotice(page, { state: 'open' })).state, 'open');
    assert.equal(await expanded(page), 'true');
    await go(page, 'start');
    await go(page, 'inbox');
    await visitNotice(page, 'inbox');
    assert.equal(await expanded(page), 'false', 'the next visit\'s banner starts with its details closed');
    assert.equal(ran.cleanups, ran.setups, 'and cleaned up each one');
    log.assertClean();
  });

  test('events reach the app once each; a dismissal holds across routes', async () => {
    const { page, log } = await openApp();
    await go(page, 'inbox');
    await visitNotice(page, 'inbox');
    await page.locator(`member-notice ${TOGGLE}`).click();
    await settledAppEvents(page, 'toggle', 1);
    await page.locator('member-notice button[data-action="dismiss"]').click();
    assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed');
    await settledAppEvents(page, 'dismiss', 1);

    assert.notEqual(await said(page), '', 'the status region told the member it collapsed');

    await go(page, 'requests');
    await visitNotice(page, 'requests');
    assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed', 'dismissed on the next route too');
    assert.equal(await said(page), '', 'the new notice says nothing on its own (it never speaks on load)');
    await go(page, 'inbox');
    await visitNotice(page, 'inbox');
    assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed', 'and back on the first');
    assert.equal(await said(page), '');
    await page.locator('member-notice button[data-action="restore"]').click();
    assert.equal((await settledNotice(page, { state: 'open' })).state, 'open');
    await settledAppEvents(page, 'restore', 1);

    await settledAppEvents(page, 'ready', 3);
    const seen = (await appEvents(page)).map(({ type, path, locale, variant, expanded }) =>
      [type.replace('member-notice:', ''), path, locale, variant, expanded].filter((part) => part !== undefined).join(' '),
    );
    assert.deepEqual(
      seen,
      [
        `ready ${ROUTES.inbox} de banner`,
        `toggle ${ROUTES.inbox} de banner true`,
        `dismiss ${ROUTES.inbox} de banner`,
        `ready ${ROUTES.requests} de full`,
        `ready ${ROUTES.inbox} de banner`,
        `restore ${ROUTES.inbox} de banner`,
      ],
      'every event once (no listener added twice by StrictMode), from the route it happened on',
    );
    log.assertClean();
  });

  test('the language picker (React state) sets the notice\'s language; "automatic" gives it back to the page', async () => {
    // A deep link: the server answers the route with the app's index.html.
    const { page, log, cdp } = await openApp('inbox');
    await visitNotice(page, 'inbox');
    const picker = page.locator('#language');
    assert.deepEqual(
      await picker.locator('option').evaluateAll((options) => options.map((o) => o.value)),
      ['', ...LOCALES],
      'the app lists the languages the widget ships (MemberNotice.locales)',
    );
    assert.equal((await noticeState(page)).lang, 'de', 'automatic: <html lang="de"> decides');

    await picker.selectOption('ar');
    let state = await settledNotice(page, { lang: 'ar' });
    assert.deepEqual([state.lang, state.dir], ['ar', 'rtl'], 'the notice switched to Arabic in place');
    await go(page, 'requests');
    state = await visitNotice(page, 'requests');
    assert.deepEqual([state.lang, state.dir], ['ar', 'rtl'], 'the next route\'s new notice is Arabic from the start');

    await picker.selectOption('');
    state = await settledNotice(page, { lang: 'de' });
    assert.deepEqual([state.lang, state.dir], ['de', 'ltr'], 'automatic again: the page\'s language decides');
    assert.equal(
      await page.locator('member-notice').evaluate((element) => element.getAttribute('lang')),
      null,
      'an undefined prop leaves no lang attribute behind',
    );
    await go(page, 'start');
    assertNothingLeft(await settledLeftBehind(page, cdp), 'back on the start page');
    log.assertClean();
  });

  test('leaving a route before the widget has loaded leaves nothing behind', async () => {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    let arrived;
    const requested = new Promise((resolve) => (arrived = resolve));
    const { page, log, cdp } = await openApp('start', {
      routes: [
        {
          url: /\/dist\/member-notice-[0-9a-f]+\.wasm$/,
          handler: async (route) => {
            arrived();
            await released;
            await route.continue();
          },
        },
      ],
    });
    await go(page, 'inbox');
    await requested;
    // The German banner the loader paints at once shows while the wasm is on its way.
    assert.equal((await noticeState(page)).rendered, true, 'the prerendered banner shows at once');
    await go(page, 'start');
    release();
    await go(page, 'requests');
    await visitNotice(page, 'requests');
    const left = await settledLeftBehind(page, cdp, { timers: false });
    assertNothingLeft({ ...left, timers: [] }, 'the notice that left before the wasm came');
    await go(page, 'start');
    assertNothingLeft(await settledLeftBehind(page, cdp), 'back on the start page');
    assert.equal((await settledAppEvents(page, 'ready', 1)).length, 1, 'one ready event: from the notice that stayed');
    log.assertClean();
  });
  test('each option is also a property; properties set before the widget defined the element carry over', async () => {
    const { page, log } = await openApp();
    await page.evaluate(() => {
      // As Angular's [binding] and Vue's :prop set them; outside the app's own tree.
      const live = document.createElement('member-notice');
      Object.assign(live, { id: 'live', lang: 'uk', variant: 'full', headingLevel: 4 });
      // Created where <member-notice> is not defined (as by an app whose bundle ran before
      // the widget's script): its properties are the element's own until it is upgraded.
      const early = document.implementation.createHTMLDocument('').createElement('member-notice');
      Object.assign(early, { id: 'early', lang: 'pl', variant: 'full', headingLevel: 3 });
      document.body.append(live, early);
    });
    await waitForNotices(page, 2);
    const attributes = (host) =>
      page.locator(host).evaluate((element) => ({
        lang: element.getAttribute('lang'),
        variant: element.getAttribute('variant'),
        headingLevel: element.getAttribute('heading-level'),
        properties: [element.lang, element.variant, element.headingLevel],
      }));
    assert.deepEqual(await attributes('#live'), {
      lang: 'uk',
      variant: 'full',
      headingLevel: '4',
      properties: ['uk', 'full', '4'],
    });
    assert.deepEqual(await attributes('#early'), {
      lang: 'pl',
      variant: 'full',
      headingLevel: '3',
      properties: ['pl', 'full', '3'],
    });
    for (const [host, lang, heading] of [['#live', 'uk', 'h4'], ['#early', 'pl', 'h3']]) {
      const state = await settledNotice(page, { lang, variant: 'full' }, { host });
      assert.deepEqual([state.lang, state.variant, state.title.tag], [lang, 'full', heading], `${host} renders its properties`);
    }

    await page.locator('#live').evaluate((element) => Object.assign(element, { lang: null, variant: undefined }));
    const state = await settledNotice(page, { lang: 'de', variant: 'banner' }, { host: '#live' });
    assert.deepEqual([state.lang, state.variant], ['de', 'banner'], 'null and undefined return an option to its default');
    assert.deepEqual((await attributes('#live')).properties, [null, null, '4'], 'and remove the attribute');
    log.assertClean();
  });
});
