/**
 * Only a script tag that ran commands a notice (issue 17 §4): markup that a page's CSP
 * blocks, or that the browser skips (`nomodule`), names the loader and asks for a notice
 * with a config — and mounts nothing, fetches nothing. The page's own tag still mounts its
 * notice, as a classic script and as a module.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Where each `<member-notice>` on the page sits (its parent's id). */
const placements = (page) =>
  page.evaluate(() => [...document.querySelectorAll('member-notice')].map((n) => n.parentElement.id));

/** The browser's own line for a script the CSP refused (not the widget's doing). */
const cspRefusal = (line) => /Content Security Policy/.test(line);

for (const type of ['text/javascript', 'module']) {
  test(`under a strict nonce CSP, only the page's own ${type} tag mounts a notice`, async () => {
    const { page, log } = await browser.open(`/nonce-csp.html?type=${type}`);
    await waitForNotices(page, 1);
    assert.deepEqual(await placements(page), ['own']);
    assert.equal(log.requestsTo('/config/critical.json').length, 0, 'no injected config was fetched');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors.filter((line) => !cspRefusal(line)), []);
    assert.deepEqual(log.widgetWarnings(), []);
  });
}

test('a <script nomodule> naming the loader mounts nothing', async () => {
  const { page, log } = await browser.open('/nomodule-script.html');
  await waitForNotices(page, 1);
  assert.deepEqual(await placements(page), ['own']);
  assert.equal(log.requestsTo('/config/critical.json').length, 0, 'its config was never fetched');
  log.assertClean();
});

test('two module tags for the loader, neither with a nonce: none is mounted, and the console says why', async () => {
  const { page, log } = await browser.open('/two-modules.html');
  // The custom element on the page still renders: the API and the element are defined.
  await waitForNotices(page, 1);
  assert.deepEqual(await placements(page), ['element']);
  const warnings = log.widgetWarnings();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /several <script type="module"> tags load .*member-notice\.js: none is mounted.*nonce/);
});

test('a <base> injected after the loader tag does not keep its notice from mounting', async () => {
  const { page, log } = await browser.open('/base-after-script.html');
  await waitForNotices(page, 1);
  assert.deepEqual(await placements(page), ['own']);
  log.assertClean();
});
