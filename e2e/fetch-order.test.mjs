/**
 * Answers that arrive late or out of order (the fixture server's `/held/<name>` routes hold
 * a config back until the test releases it, so the order is the test's, not the network's):
 *
 * - when the `config` attribute changes while the old config is still on its way, the old
 *   answer is dropped — whether it arrives before or after the new one — and the notice
 *   shows the new config, and nothing before it (a notice waits for its config);
 * - `handle.unmount()` while a (malformed) config is still on its way: the late answer renders nothing,
 *   raises no event and no error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  holdsFor,
  noticeState,
  RECORD_EVENTS,
  recordedEvents,
  settledNotice,
  waitForNotices,
} from './support/notice.mjs';

const browser = setupBrowser();

/** A config URL the server holds back; `critical` shows if it were (wrongly) applied. */
const heldConfig = (name) => `/held/${name}?file=config/critical.json`;

/** Resolves when the page's request to `/held/<name>` has finished (or failed). */
function requestDone(page, name) {
  const matches = (request) => request.url().includes(`/held/${name}`);
  return Promise.race([
    page.waitForEvent('requestfinished', { predicate: matches, timeout: 10_000 }),
    page.waitForEvent('requestfailed', { predicate: matches, timeout: 10_000 }),
  ]);
}

/** Sets the `config` attribute of the page's `<member-notice>`. */
function setConfig(page, config) {
  return page.evaluate((config) => document.querySelector('member-notice').setAttribute('config', config), config);
}

/**
 * Opens fixtures/element.html with a held config `name`; resolves once it was requested (the
 * wasm runs the notice, which renders nothing before its config is decided).
 */
async function openWithHeld(name) {
  const held = browser.held(name);
  const opened = await browser.open(`/element.html?lang=de&variant=banner&config=${encodeURIComponent(heldConfig(name))}`);
  await held.arrived;
  return { ...opened, held };
}

/** The severity, polled for `ms`, must stay `severity`. */
function severityStays(page, ms, severity, what) {
  return holdsFor(page, ms, async () => (await noticeState(page)).severity, (now) => now === severity, what);
}

test('the old config arriving after the new one is dropped', async () => {
  const { page, log, held } = await openWithHeld('old-after-new');
  await setConfig(page, 'config/v1.json'); // severity info, answered at once
  await waitForNotices(page);
  assert.equal((await settledNotice(page, { severity: 'info' })).severity, 'info', 'the new config applies');

  const done = requestDone(page, 'old-after-new');
  await held.release();
  await done;
  // The answer is in the browser now; had it been applied, the notice would be critical.
  await severityStays(page, 300, 'info', 'the new config');
  assert.deepEqual(await recordedEvents(page, 'member-notice:error'), [], 'a dropped answer is no error');
  log.assertClean();
});

test('the old config arriving before the new one is dropped too', async () => {
  const { page, log, held: old } = await openWithHeld('old-before-new');
  const fresh = browser.held('new-after-old');
  await setConfig(page, '/held/new-after-old?file=config/v1.json');
  await fresh.arrived;

  const done = requestDone(page, 'old-before-new');
  await old.release();
  await done;
  await holdsFor(
    page,
    300,
    async () => (await noticeState(page)).rendered,
    (rendered) => rendered === false,
    'nothing while the new config is on its way',
  );

  await fresh.release();
  await waitForNotices(page);
  assert.equal((await settledNotice(page, { severity: 'info' })).severity, 'info', 'then the new config applies');
  assert.deepEqual(await recordedEvents(page, 'member-notice:error'), []);
  log.assertClean();
});

test('unmount() while the config is on its way: the late answer changes nothing', async () => {
  const name = 'pending-at-unmount';
  const held = browser.held(name);
  const { page, log } = await browser.open('/api.html', { initScripts: [RECORD_EVENTS] });
  // A malformed config: were the late answer still handled, it would raise an error event
  // and a warning, which the checks below would see.
  const handle = await page.evaluateHandle(
    (config) => window.MemberNotice.mount(document.getElementById('container'), { lang: 'de', config }),
    `/held/${name}?file=config/malformed.json`,
  );
  await held.arrived;

  // Keep the removed element, and listen on it: events there no longer reach document.
  const host = await page.evaluateHandle(() => {
    const host = document.querySelector('#container member-notice');
    const seen = [];
    for (const name of ['ready', 'toggle', 'dismiss', 'restore', 'link', 'error']) {
      host.addEventListener(`member-notice:${name}`, (event) => seen.push(event.type));
    }
    return { host, seen };
  });
  await handle.evaluate((h) => h.unmount());
  const after = () =>
    host.evaluate(({ host, seen }) => ({
      container: document.getElementById('container').innerHTML,
      rendered: Boolean(host.shadowRoot?.querySelector('.notice')),
      events: seen.length,
    }));
  const nothing = { container: '', rendered: false, events: 0 };
  assert.deepEqual(await after(), nothing, 'unmount empties the container');
  const before = (await recordedEvents(page)).length;

  const done = requestDone(page, name);
  await held.release();
  await done;
  await holdsFor(page, 300, after, (now) => JSON.stringify(now) === JSON.stringify(nothing), 'nothing after unmount');
  assert.equal((await recordedEvents(page)).length, before, 'no event reached the document after unmount');
  log.assertClean();
});
