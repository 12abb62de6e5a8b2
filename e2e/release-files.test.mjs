/**
 * The release's own files beside the wasm (issues 11 and 18, size and speed):
 *
 * - The wasm carries German only. Every other locale's text is in its locale file,
 *   `dist/static/<tag>-<id>.json` (with its prerendered notices), fetched by the loader once
 *   per page — for its early paint or when the wasm asks — with the integrity hash the
 *   loader carries: a changed file is refused by the browser, the notice shows German (each
 *   text marked `lang="de"`), one `integrity` error names the file, nothing is uncaught.
 * - The wasm carries no stylesheet: the loader hands over the one it carries, so no view
 *   fetches a stylesheet (here: heading level 3, which has no prerendered notice).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { DIST_DIR } from './support/paths.mjs';
import { noticeState, recordedEvents, settledNotice, waitForNotices, waitForRecorded } from './support/notice.mjs';

const browser = setupBrowser();

/** A locale file's request, for locale `tag`. */
const releaseFile = (tag) => new RegExp(`/dist/static/${tag}-[\\w-]{16}\\.json$`);
/** Any locale file's request. */
const ANY_RELEASE_FILE = /\/dist\/static\/.*\.json$/;

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
  assert.deepEqual(log.requestsTo(ANY_RELEASE_FILE), [], 'German is built into the wasm, its banner into the loader');
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

  const name = readdirSync(join(DIST_DIR, 'static')).find((file) => /^uk-[\w-]{16}\.json$/.test(file));
  assert.ok(name, 'dist/static has the Ukrainian file');
  const original = JSON.parse(readFileSync(join(DIST_DIR, 'static', name), 'utf8'));
  const ftl = original.ftl.replace(/^notice-title = .*$/m, 'notice-title = PHISHING-TEST call +49 000 000');
  assert.notEqual(ftl, original.ftl);
  const forged = JSON.stringify({ ...original, ftl });

  const { page, log } = await browser.open('about:blank');
  await page.route('**/dist/static/uk-*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: forged }),
  );
  await page.goto(browser.url('/element.html?lang=uk'));
  const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
  assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, 'exactly one error event');
  assert.equal(error.detail.code, 'integrity');
  assert.ok(error.detail.message.includes(`static/${name}`), `names the file: ${error.detail.message}`);
  assert.ok(error.detail.message.includes('not the file this release shipped'), `says why: ${error.detail.message}`);

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

test('the wasm gets its stylesheet from the loader: no view fetches one', async () => {
  // A heading level other than 2 has no prerendered notice: the wasm renders from scratch.
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
  assert.equal(log.requestsTo(/\.css$/).length, 0, 'no stylesheet file');
  assert.equal(log.requestsTo(/\/dist\/static\//).length, 0, 'no prerendered notice');
  log.assertClean();
});

test('a locale file that is missing or never arrives: the notice goes on in German, one error names the file', async () => {
  const german = await ready('lang=de');
  const germanTitle = (await noticeState(german.page)).title.text;
  for (const [kind, respond, expected] of [
    ['missing', (route) => route.fulfill({ status: 404, body: 'not here' }), /answered HTTP 404/],
    // Never answered: the loader gives up after its timeout (5 s) instead of waiting for ever.
    ['never answered', () => {}, /did not arrive within 5 s/],
  ]) {
    const { page, log } = await browser.open('about:blank');
    await page.route('**/dist/static/uk-*.json', (route) => (route.request().method() === 'GET' ? respond(route) : route.fulfill({ status: 404 })));
    await page.goto(browser.url('/element.html?lang=uk'));
    const [error] = await waitForRecorded(page, 'member-notice:error', { timeout: 15_000, settle: 300 });
    assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, `${kind}: exactly one error event`);
    assert.equal(error.detail.code, 'ftl-unreachable', `${kind}: ${error.detail.message}`);
    assert.match(error.detail.message, /static\/uk-[\w-]{16}\.json/, `${kind}: names the file`);
    assert.match(error.detail.message, expected, `${kind}: says why`);
    await waitForRecorded(page, 'member-notice:ready');
    const state = await noticeState(page);
    assert.equal(state.title.text, germanTitle, `${kind}: the German text`);
    assert.deepEqual(log.pageErrors, [], `${kind}: nothing uncaught`);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
});
