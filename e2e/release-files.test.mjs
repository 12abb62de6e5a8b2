/**
 * The release's own files beside the wasm (issue 11, size):
 *
 * - The wasm carries German only. Every other locale is `dist/i18n/<tag>-<hash>.ftl`,
 *   fetched once per page when a notice needs it, with the integrity hash built into the
 *   wasm: a changed file is refused by the browser, the notice shows German (each text
 *   marked `lang="de"`), one `member-notice:error` names the file, nothing is uncaught.
 * - The wasm carries no stylesheet: the loader hands over the one it has from the
 *   prerendered notice, or fetches the release's `member-notice-<hash>.css` when it painted
 *   nothing (here: heading level 3, which has no prerendered notice).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { DIST_DIR } from './support/paths.mjs';
import { noticeState, recordedEvents, settledNotice, waitForNotices, waitForRecorded } from './support/notice.mjs';

const browser = setupBrowser();

/** A release translation file's request, for locale `tag`. */
const releaseFile = (tag) => new RegExp(`/dist/i18n/${tag}-[0-9a-f]{16}\\.ftl$`);
/** Any release translation file's request. */
const ANY_RELEASE_FILE = /\/dist\/i18n\//;

/** Opens `query` on the element page and waits until the wasm's notice is ready. */
async function ready(query) {
  const opened = await browser.open(`/element.html?${query}`);
  await waitForNotices(opened.page);
  await waitForRecorded(opened.page, 'member-notice:ready');
  return opened;
}

test('a German notice fetches no translation file', async () => {
  const { page, log } = await ready('lang=de');
  assert.equal((await noticeState(page)).lang, 'de');
  assert.deepEqual(log.requestsTo(ANY_RELEASE_FILE), [], 'German is built into the wasm');
  log.assertClean();
});

test('a Ukrainian notice fetches its own file once and shows it', async () => {
  const { page, log } = await ready('lang=uk');
  const state = await noticeState(page);
  assert.equal(state.lang, 'uk');
  assert.match(state.title.text, /[\u0400-\u04FF]/, 'the headline is Ukrainian (Cyrillic)');
  const fetched = log.requestsTo(ANY_RELEASE_FILE);
  assert.equal(fetched.length, 1, `one translation file: ${fetched.join(', ')}`);
  assert.match(fetched[0], releaseFile('uk'));
  log.assertClean();
});

test('a language change fetches the new locale\'s file, once', async () => {
  const { page, log } = await ready('lang=en');
  await page.evaluate(() => document.querySelector('member-notice').setAttribute('lang', 'pl'));
  assert.equal((await settledNotice(page, { lang: 'pl' })).lang, 'pl');
  await page.evaluate(() => document.querySelector('member-notice').setAttribute('lang', 'en'));
  assert.equal((await settledNotice(page, { lang: 'en' })).lang, 'en');
  assert.equal(log.requestsTo(releaseFile('en')).length, 1, 'English once, though shown twice');
  assert.equal(log.requestsTo(releaseFile('pl')).length, 1, 'Polish once');
  assert.equal(log.requestsTo(ANY_RELEASE_FILE).length, 2);
  log.assertClean();
});

test('a changed translation file is refused: German text, one error event, nothing uncaught', async () => {
  const german = await ready('lang=de');
  const germanTitle = (await noticeState(german.page)).title.text;

  const name = readdirSync(join(DIST_DIR, 'i18n')).find((file) => file.startsWith('uk-'));
  assert.ok(name, 'dist/i18n has the Ukrainian file');
  const original = readFileSync(join(DIST_DIR, 'i18n', name), 'utf8');
  const forged = original.replace(/^notice-title = .*$/m, 'notice-title = PHISHING-TEST call +49 000 000');
  assert.notEqual(forged, original);

  const { page, log } = await browser.open('about:blank');
  await page.route('**/dist/i18n/uk-*.ftl', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: forged }),
  );
  await page.goto(browser.url('/element.html?lang=uk'));
  const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
  assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, 'exactly one error event');
  assert.equal(error.detail.code, 'ftl-unreachable');
  assert.ok(error.detail.message.includes(`i18n/${name}`), `names the file: ${error.detail.message}`);
  assert.ok(error.detail.message.includes('integrity'), `says why: ${error.detail.message}`);

  await waitForRecorded(page, 'member-notice:ready');
  const state = await noticeState(page);
  assert.equal(state.lang, 'uk', 'still the notice the member asked for');
  assert.equal(state.title.text, germanTitle, 'with the German text');
  const titleLang = await page.evaluate(() => {
    const root = document.querySelector('member-notice').shadowRoot;
    return root.getElementById('member-notice-title').getAttribute('lang');
  });
  assert.equal(titleLang, 'de', 'marked as German for speech output');
  const text = await page.evaluate(() => document.querySelector('member-notice').shadowRoot.textContent);
  assert.ok(!text.includes('PHISHING-TEST'), 'nothing of the forged file is shown');

  assert.deepEqual(log.pageErrors, [], 'nothing uncaught');
  assert.equal(log.widgetWarnings().length, 1, 'one console line from the widget');
});

test('without a prerendered notice the loader fetches the stylesheet for the wasm', async () => {
  // A heading level other than 2 has no prerendered notice, so the loader has no stylesheet text yet.
  const { page, log } = await ready('lang=de&heading-level=3');
  const styled = await page.evaluate(() => {
    const root = document.querySelector('member-notice').shadowRoot;
    const notice = root.querySelector('.notice');
    return {
      sheets: root.adoptedStyleSheets.length,
      rules: root.adoptedStyleSheets[0]?.cssRules.length ?? 0,
      padding: getComputedStyle(notice).paddingTop,
    };
  });
  assert.equal(styled.sheets, 1, 'one adopted stylesheet');
  assert.ok(styled.rules > 20, `the widget's rules: ${styled.rules}`);
  assert.notEqual(styled.padding, '0px', 'the notice is styled');
  assert.equal(log.requestsTo(/\/dist\/member-notice-[0-9a-f]{16}\.css$/).length, 1, 'the stylesheet file, once');
  assert.equal(log.requestsTo(/\/dist\/static\//).length, 0, 'no prerendered notice');
  log.assertClean();
});
