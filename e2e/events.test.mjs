/**
 * Every `member-notice:*` event, as a web team's analytics listener on `document` sees it
 * (fixtures/element.html with fixtures/record-events.js, which listens from before the
 * widget loads; config/events.json points "more information" at `#more-info`, so following
 * it keeps the page):
 *
 * - ready → update (the config applied) → toggle → link → dismiss → restore → error arrive
 *   in that order, one each;
 * - each is a bubbling, composed CustomEvent dispatched on the `<member-notice>` host;
 * - each detail is plain JSON (survives JSON.parse(JSON.stringify()) unchanged) and carries
 *   locale, variant and content version; update has `source`, toggle `expanded`, link the
 *   absolute `url`, error a `code` and a `message`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { noticeState, recordedEvents, TOGGLE, waitForNotices, waitForRecorded } from './support/notice.mjs';

const browser = setupBrowser();

const NOTICE = 'member-notice';
const click = (page, selector) => page.locator(`${NOTICE} ${selector}`).click();

test('ready, update, toggle, link, dismiss, restore and error reach document, bubbling and composed, with JSON details', async () => {
  const { page, log } = await browser.open('/element.html?lang=en&variant=banner&config=config/events.json');
  await waitForNotices(page);
  await waitForRecorded(page, 'member-notice:update');
  assert.equal(
    (await noticeState(page)).moreInfo,
    `${page.url().split('#')[0]}#more-info`,
    'the config shows when update arrives (its relative link made absolute against the page)',
  );

  await click(page, TOGGLE);
  await waitForRecorded(page, 'member-notice:toggle');
  await click(page, 'a[data-action="more-info"]');
  await waitForRecorded(page, 'member-notice:link');
  assert.match(page.url(), /#more-info$/, 'the link was followed (the widget only reports it)');
  await click(page, 'button[data-action="dismiss"]');
  await waitForRecorded(page, 'member-notice:dismiss');
  await click(page, 'button[data-action="restore"]');
  await waitForRecorded(page, 'member-notice:restore');
  await page.evaluate(() => document.querySelector('member-notice').setAttribute('config', 'config/malformed.json'));
  await waitForRecorded(page, 'member-notice:error', { settle: 300 });

  const events = await recordedEvents(page);
  assert.deepEqual(
    events.map((e) => e.type),
    ['ready', 'update', 'toggle', 'link', 'dismiss', 'restore', 'error'].map((what) => `member-notice:${what}`),
    'one event per action, in order',
  );
  for (const event of events) {
    const what = event.type;
    assert.equal(event.bubbles, true, `${what} bubbles`);
    assert.equal(event.composed, true, `${what} is composed`);
    assert.equal(event.origin, 'member-notice', `${what} is dispatched on the host element, not inside the shadow root`);
    assert.equal(event.target, 'member-notice', `${what} reaches document with the host as target`);
    assert.equal(event.jsonable, true, `${what} detail is plain JSON: ${event.detail}`);
    assert.equal(event.detail.locale, 'en', `${what} detail.locale`);
    assert.equal(event.detail.variant, 'banner', `${what} detail.variant`);
  }
  const byType = Object.fromEntries(events.map((e) => [e.type.replace('member-notice:', ''), e.detail]));
  for (const what of ['update', 'toggle', 'link', 'dismiss', 'restore']) {
    assert.equal(byType[what].contentVersion, 'e2e-events', `${what} detail.contentVersion is the config's`);
  }
  assert.equal(byType.toggle.expanded, true, 'toggle detail.expanded');
  assert.equal(byType.update.source, 'config', 'update detail.source');
  assert.equal(byType.link.url, `${page.url().split('#')[0]}#more-info`, 'link detail.url is the link target, absolute');
  assert.equal(byType.error.code, 'config-malformed', 'error detail.code');
  assert.equal(typeof byType.error.message, 'string');
  assert.match(byType.error.message, /config\/malformed\.json/, 'error detail.message names the URL');
  assert.equal(log.widgetWarnings().length, 1, 'the error also wrote one warning');
  log.assertClean({ allowWarnings: true });
});

test('when the wasm cannot be loaded, one error event (code "load") reaches document and the page sees no exception', async () => {
  const { page, log } = await browser.open('/element.html?lang=en&variant=full');
  await waitForNotices(page);
  const [wasm] = log.requestsTo(/\.wasm(?:[?#]|$)/);
  assert.ok(wasm, 'the first load fetched the wasm');
  await page.route('**/*.wasm', (route) => route.abort('failed'));
  log.warnings.length = 0;
  await page.reload();

  const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
  assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, 'exactly one error event');
  assert.deepEqual(
    { bubbles: error.bubbles, composed: error.composed, target: error.target, jsonable: error.jsonable },
    { bubbles: true, composed: true, target: 'member-notice', jsonable: true },
  );
  assert.equal(error.detail.code, 'load');
  assert.match(error.detail.message, /member-notice\.js|dist\//, 'the message says where the files were expected');
  // What stays is the notice prerendered at build time, readable, its controls not live.
  const stays = await page.evaluate(() => {
    const notice = document.querySelector('member-notice').shadowRoot?.querySelector('.notice');
    return notice && { live: notice.hasAttribute('data-interactive'), fraud: notice.querySelector('[data-section="fraud"]').checkVisibility() };
  });
  assert.deepEqual(stays, { live: false, fraud: true }, 'the member keeps reading the prerendered notice');
  const warnings = log.widgetWarnings();
  assert.equal(warnings.length, 1, `one warning, got:\n${warnings.join('\n')}`);
  log.assertClean({ allowWarnings: true, expectedFailures: [wasm] });
});
