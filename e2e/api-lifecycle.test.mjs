/**
 * The JS API over a notice's whole life (fixtures/mount-early.html + mount-early.js, a bare
 * loader tag followed by a deferred script that mounts at once):
 *
 * - `MemberNotice.mount()` called right after the loader ran — before the wasm has even
 *   loaded, when the element it adds has no shadow root yet — resolves to a handle once
 *   the notice has rendered, in the requested locale and variant;
 * - `handle.setLocale()` switches the language, region tags included (`de-AT` → `de`);
 * - `handle.unmount()` leaves the container exactly as it was (no element, no text, no
 *   comment), adds nothing to the document, and calling the handle afterwards is harmless;
 * - `mount()` with something that is not an element rejects with a TypeError instead of
 *   throwing;
 * - an element the widget cannot render into (the page gave it a closed shadow root)
 *   reports a `mount` error event and one warning, never an uncaught error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { noticeState, pick, settledNotice, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Opens the fixture and waits for the promise mount-early.js got; returns its handle. */
async function mountEarly() {
  const { page, log } = await browser.open('/mount-early.html');
  const handle = await page.evaluateHandle(() => window[Symbol.for('member-notice.e2e.mount')]);
  return { page, log, handle };
}

test('mount() called before the wasm has loaded waits for it and resolves to a handle', async () => {
  const { page, log, handle } = await mountEarly();
  const atCall = await page.evaluate(() => JSON.parse(document.getElementById('container').dataset.atCall));
  assert.deepEqual(
    atCall,
    { element: true, shadowRoot: false, wasmLoaded: false },
    'when mount() was called, the element existed but nothing had loaded or rendered yet',
  );
  const methods = await handle.evaluate((h) => ['setLocale', 'update', 'unmount'].map((name) => typeof h[name]));
  assert.deepEqual(methods, ['function', 'function', 'function'], 'the promise resolved to a handle');
  const atResolve = await page.evaluate(() => JSON.parse(document.getElementById('container').dataset.atResolve));
  assert.deepEqual(atResolve, { rendered: true }, 'by the time it resolved, the notice had rendered');
  await waitForNotices(page);
  assert.deepEqual(pick(await noticeState(page), ['lang', 'variant', 'state']), {
    lang: 'en',
    variant: 'full',
    state: 'open',
  });
  log.assertClean();
});

test('handle.setLocale() switches the language live, region tags included', async () => {
  const { page, log, handle } = await mountEarly();
  await waitForNotices(page);
  await handle.evaluate((h) => h.setLocale('ar'));
  assert.deepEqual(pick(await settledNotice(page, { lang: 'ar' }), ['lang', 'dir']), { lang: 'ar', dir: 'rtl' });
  await handle.evaluate((h) => h.setLocale('de-AT'));
  assert.deepEqual(pick(await settledNotice(page, { lang: 'de' }), ['lang', 'dir', 'variant']), {
    lang: 'de',
    dir: 'ltr',
    variant: 'full',
  });
  log.assertClean();
});

test('handle.unmount() removes everything it added, and the handle stays harmless afterwards', async () => {
  const { page, log, handle } = await mountEarly();
  await waitForNotices(page);
  const before = await page.evaluate(() => ({
    styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
    adopted: document.adoptedStyleSheets.length,
  }));

  await handle.evaluate((h) => h.unmount());
  const after = await page.evaluate(() => {
    const container = document.getElementById('container');
    return {
      childNodes: container.childNodes.length,
      innerHTML: container.innerHTML,
      notices: document.querySelectorAll('member-notice').length,
      styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      adopted: document.adoptedStyleSheets.length,
    };
  });
  assert.deepEqual(after, { childNodes: 0, innerHTML: '', notices: 0, ...before }, 'the container is empty again');

  const late = await handle.evaluate((h) => {
    const outcome = [];
    for (const call of [() => h.setLocale('pl'), () => h.update({ variant: 'banner' }), () => h.unmount()]) {
      try {
        call();
        outcome.push('ok');
      } catch (error) {
        outcome.push(String(error));
      }
    }
    return outcome;
  });
  assert.deepEqual(late, ['ok', 'ok', 'ok'], 'setLocale, update and a second unmount after unmount do not throw');
  assert.equal(await page.evaluate(() => document.querySelectorAll('member-notice').length), 0, 'nothing came back');
  log.assertClean();
});

test('mount() with something that is not an element rejects with a TypeError', async () => {
  const { page, log } = await browser.open('/mount-early.html');
  const outcomes = await page.evaluate(async () => {
    const settle = (value) => {
      let promise;
      try {
        promise = window.MemberNotice.mount(value, {});
      } catch (error) {
        return `threw ${error}`;
      }
      return promise.then(
        () => 'resolved',
        (error) => error.constructor.name,
      );
    };
    return Promise.all([null, '#container', document.createTextNode('x')].map(settle));
  });
  assert.deepEqual(outcomes, ['TypeError', 'TypeError', 'TypeError']);
  log.assertClean();
});

test('a <member-notice> the page gave a closed shadow root reports a mount error instead of throwing', async () => {
  const { page, log } = await browser.open('/api.html');
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const element = document.createElement('member-notice');
        element.attachShadow({ mode: 'closed' });
        document.addEventListener('member-notice:error', (event) => resolve(event.detail), { once: true });
        document.getElementById('container').append(element);
      }),
  );
  assert.equal(detail.code, 'mount');
  assert.match(detail.message, /could not render into <member-notice>/);
  assert.equal(log.pageErrors.length, 0, log.pageErrors.join('\n'));
  assert.equal(log.widgetWarnings().length, 1);
  log.assertClean({ allowWarnings: true });
});

test('mount() whose container leaves the page before the notice renders rejects, and says so', async () => {
  const { page, log } = await browser.open('/api.html');
  const message = await page.evaluate(() => {
    const container = document.getElementById('container');
    const mounted = window.MemberNotice.mount(container, { lang: 'de' });
    // Before the wasm can have arrived: nothing of this page has loaded it yet.
    container.remove();
    return mounted.then(() => 'resolved', (error) => error.message);
  });
  assert.match(message, /removed from the page before it could render/);
  assert.doesNotMatch(message, /could not be loaded/, 'not blamed on loading');
  log.assertClean();
});
