/**
 * The JavaScript API and events (fixtures/api.html, a bare script tag):
 *
 * - `MemberNotice.mount(el, { lang: 'tr', variant: 'full' })` resolves to a handle with
 *   `setLocale`, `update` and `unmount`, and renders a Turkish full notice inside `el`;
 * - `handle.setLocale('uk')` re-renders in Ukrainian; `handle.update({ variant })` switches
 *   the variant and keeps the language;
 * - `handle.unmount()` removes the `<member-notice>` element it added;
 * - `member-notice:ready` (detail: locale, variant, contentVersion) and
 *   `member-notice:toggle` (detail.expanded) reach a listener on `document`: they bubble
 *   and are composed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { readNotice, recordEvents, settledAttribute, TOGGLE, waitForEvents, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Opens the API fixture, starts recording events, and mounts with `options`. */
async function mountWith(options) {
  const { page, log } = await browser.open('/api.html');
  const events = await recordEvents(page, ['member-notice:ready', 'member-notice:toggle']);
  const handle = await page.evaluateHandle(
    (options) => window.MemberNotice.mount(document.getElementById('container'), options),
    options,
  );
  await waitForNotices(page);
  return { page, log, events, handle };
}

test('mount() resolves to a handle and renders the requested locale and variant', async () => {
  const { page, log, handle } = await mountWith({ lang: 'tr', variant: 'full' });
  const methods = await handle.evaluate((h) => ['setLocale', 'update', 'unmount'].map((m) => typeof h[m]));
  assert.deepEqual(methods, ['function', 'function', 'function'], 'the handle has setLocale, update, unmount');
  const where = await page.evaluate(() => document.querySelector('member-notice').parentElement.id);
  assert.equal(where, 'container', 'mounted inside the given element');
  const notice = await readNotice(page);
  assert.equal(notice.lang, 'tr');
  assert.equal(notice.variant, 'full');
  log.assertClean();
});

test('setLocale() re-renders in the new language', async () => {
  const { page, log, handle } = await mountWith({ lang: 'tr', variant: 'full' });
  const turkish = await readNotice(page);
  await handle.evaluate((h) => h.setLocale('uk'));
  assert.equal(await settledAttribute(page, { attribute: 'lang', value: 'uk' }), 'uk');
  const ukrainian = await readNotice(page);
  assert.equal(ukrainian.dir, 'ltr');
  assert.notEqual(ukrainian.label.text, turkish.label.text, 'the heading text changed with the language');
  assert.equal(ukrainian.variant, 'full', 'the variant is kept');
  log.assertClean();
});

test('update() applies changed options live', async () => {
  const { page, log, handle } = await mountWith({ lang: 'tr', variant: 'full' });
  await handle.evaluate((h) => h.update({ variant: 'banner' }));
  assert.equal(await settledAttribute(page, { attribute: 'data-variant', value: 'banner' }), 'banner');
  const notice = await readNotice(page);
  assert.equal(notice.lang, 'tr', 'the language is kept');
  assert.ok(notice.toggle, 'the banner has its disclosure button');
  log.assertClean();
});

test('unmount() removes the element it added', async () => {
  const { page, log, handle } = await mountWith({ lang: 'tr', variant: 'full' });
  await handle.evaluate((h) => h.unmount());
  const left = await page.evaluate(() => ({
    notices: document.querySelectorAll('member-notice').length,
    children: document.getElementById('container').childElementCount,
  }));
  assert.deepEqual(left, { notices: 0, children: 0 });
  log.assertClean();
});

test('member-notice:ready reaches document with locale, variant and content version', async () => {
  const { log, events } = await mountWith({ lang: 'tr', variant: 'full' });
  const [ready] = await waitForEvents(events, 'member-notice:ready');
  assert.equal(ready.bubbles, true, 'ready bubbles');
  assert.equal(ready.composed, true, 'ready is composed');
  assert.equal(ready.target, 'member-notice', 'seen from document, the target is the host element');
  assert.equal(ready.detail.locale, 'tr');
  assert.equal(ready.detail.variant, 'full');
  assert.equal(typeof ready.detail.contentVersion, 'string');
  assert.notEqual(ready.detail.contentVersion, '', 'contentVersion is not empty');
  log.assertClean();
});

test('member-notice:toggle reaches document with detail.expanded', async () => {
  const { page, log, events } = await mountWith({ lang: 'de', variant: 'banner' });
  const toggle = page.locator(`member-notice ${TOGGLE}`);

  await toggle.click();
  const [opened] = await waitForEvents(events, 'member-notice:toggle');
  assert.equal(opened.bubbles, true, 'toggle bubbles');
  assert.equal(opened.composed, true, 'toggle is composed');
  assert.equal(opened.detail.expanded, true);

  await toggle.click();
  const toggles = await waitForEvents(events, 'member-notice:toggle', { count: 2 });
  assert.deepEqual(
    toggles.map((e) => e.detail.expanded),
    [true, false],
    'one toggle event per activation, with the new state',
  );
  log.assertClean();
});
