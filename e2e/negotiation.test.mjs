/**
 * Language negotiation end to end (design.md §3): explicit attribute → `<html lang>` →
 * `navigator.languages` → German. Region variants map to the base language and garbage
 * falls through, never to an error.
 *
 * Uses fixtures/negotiation.html (no `data-lang`) and fixtures/notice.html (with one);
 * the browser's languages come from the Playwright context locale or, for tags no real
 * browser would report, an init script that replaces `navigator.languages`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { readNotice, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Init script: makes `navigator.languages` (and `language`) report `tags`. */
function fakeNavigatorLanguages(tags) {
  Object.defineProperty(Navigator.prototype, 'languages', { configurable: true, get: () => tags });
  Object.defineProperty(Navigator.prototype, 'language', { configurable: true, get: () => tags[0] ?? '' });
}

const GARBAGE_NAVIGATOR = { initScript: fakeNavigatorLanguages, initArg: ['', '***', '12-34-56', 'x-no-such-language'] };

/** Opens `path` with the browser options, waits for the notice and returns its lang and dir. */
async function negotiated(path, options) {
  const { page, log } = await browser.open(path, options);
  await waitForNotices(page);
  const { lang, dir } = await readNotice(page);
  return { lang, dir, log };
}

test('no data-lang, <html lang="ar-EG"> → ar (right to left), ahead of the browser', async () => {
  const { lang, dir, log } = await negotiated('/negotiation.html?page-lang=ar-EG', { locale: 'pl-PL' });
  assert.equal(lang, 'ar');
  assert.equal(dir, 'rtl');
  log.assertClean();
});

test('no data-lang, <html lang="de-AT"> → de even though the browser prefers English', async () => {
  const { lang, log } = await negotiated('/negotiation.html?page-lang=de-AT', { locale: 'en-US' });
  assert.equal(lang, 'de');
  log.assertClean();
});

test('<html lang="xx"> (unsupported) and a Polish browser → pl', async () => {
  const { lang, dir, log } = await negotiated('/negotiation.html?page-lang=xx', { locale: 'pl-PL' });
  assert.equal(lang, 'pl');
  assert.equal(dir, 'ltr');
  log.assertClean();
});

test('data-lang wins over <html lang> and the browser, case-insensitively', async () => {
  const { lang, log } = await negotiated('/notice.html?lang=UK-ua&page-lang=ar&variant=full', { locale: 'pl-PL' });
  assert.equal(lang, 'uk');
  log.assertClean();
});

test('garbage <html lang> and garbage browser languages → de', async () => {
  const { lang, dir, log } = await negotiated('/negotiation.html?page-lang=@@%20not%20a%20tag', GARBAGE_NAVIGATOR);
  assert.equal(lang, 'de');
  assert.equal(dir, 'ltr');
  log.assertClean({ allowWarnings: true });
});

test('garbage everywhere, data-lang included → de, and the page sees no error', async () => {
  const { lang, log } = await negotiated(
    '/notice.html?lang=!!%20klingon&page-lang=%3F%3F&variant=full',
    GARBAGE_NAVIGATOR,
  );
  assert.equal(lang, 'de');
  log.assertClean({ allowWarnings: true });
});
