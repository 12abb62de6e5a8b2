/**
 * Newer translations without a release (`ftl-base` on fixtures/element.html). The test
 * server derives `/ftl/<kind>/<locale>/notice.ftl` from the shipped i18n files, each with
 * the headline replaced by REMOTE_FTL_TITLE:
 *
 * - `valid` (complete and clean) is used — also for the next locale after a language
 *   change, fetched from `<base>/<locale>/notice.ftl`;
 * - `broken` (a syntax error) and `incomplete` (a message missing) and a missing file keep
 *   the built-in text, with one `member-notice:error` (`ftl-invalid`, `ftl-incomplete`,
 *   `ftl-http`) and one warning naming the URL; so do `bidi`, `zerowidth` and `latinjoiner`
 *   (an invisible character that could reorder or hide text, `ftl-invalid`) and `deep`;
 * - `persian` (the Persian file with a headline whose word `به‌روز` has a zero-width
 *   non-joiner between two Persian letters, as the language is spelled) is used and shows
 *   the joiner; `latinjoiner` for Persian (one between the Latin letters of the brand's
 *   name) is refused, and the built-in Persian text, with its own joiners, stays;
 * - `deepcall`, `deepfunction`, `deepvariant` and `deepmixed` (the security review's L2:
 *   5,000 nested term calls, function calls, placeables after a `"` in a select variant,
 *   all of them in turn) are refused (`ftl-invalid`, naming the
 *   file and line), and the notice stays live: before the fix each trapped the module
 *   (`internal`, every notice without its controls);
 * - `fraud` (the fraud rule rewritten into a fraudster's script) is used for everything but
 *   the fraud warning, which always comes from the release.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  noticeState,
  recordedEvents,
  settledNotice,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';
import { FORGED_FRAUD_RULE, PERSIAN_FTL_TITLE, REMOTE_FTL_TITLE } from './support/server.mjs';

const browser = setupBrowser();

const withFtl = (kind, lang = 'en') => `/element.html?lang=${lang}&variant=full&ftl-base=/ftl/${kind}`;

/** `{ tag, text }` of the remote headline, at the notice's default heading level. */
const REMOTE_TITLE = { tag: 'h2', text: REMOTE_FTL_TITLE };

describe('a remote translation that is complete and clean', () => {
  test('is used for the negotiated locale', async () => {
    const { page, log } = await browser.open(withFtl('valid'));
    await waitForNotices(page);
    const state = await settledNotice(page, { title: REMOTE_TITLE });
    assert.deepEqual(state.title, REMOTE_TITLE, 'the headline comes from /ftl/valid/en/notice.ftl');
    assert.equal(state.lang, 'en');
    assert.equal(log.requestsTo('/ftl/valid/en/notice.ftl').length, 1, 'fetched once');
    assert.deepEqual(await recordedEvents(page, 'member-notice:error'), []);
    log.assertClean();
  });

  test('is fetched again for the new locale after a language change', async () => {
    const { page, log } = await browser.open(withFtl('valid'));
    await waitForNotices(page);
    assert.deepEqual((await settledNotice(page, { title: REMOTE_TITLE })).title, REMOTE_TITLE);
    await page.evaluate(() => document.querySelector('member-notice').setAttribute('lang', 'ar'));
    const state = await settledNotice(page, { lang: 'ar', title: REMOTE_TITLE });
    assert.deepEqual({ lang: state.lang, dir: state.dir, title: state.title }, { lang: 'ar', dir: 'rtl', title: REMOTE_TITLE });
    assert.equal(log.requestsTo('/ftl/valid/ar/notice.ftl').length, 1, 'fetched <base>/ar/notice.ftl');
    log.assertClean();
  });
});

test('a remote translation never replaces the fraud warning', async () => {
  const builtIn = await browser.open('/element.html?lang=en&variant=full');
  await waitForRecorded(builtIn.page, 'member-notice:ready');
  const rule = () => builtIn.page.evaluate(() =>
    document.querySelector('member-notice').shadowRoot.querySelector('.fraud-rule').textContent.trim(),
  );
  const releaseRule = await rule();

  const { page, log } = await browser.open(withFtl('fraud'));
  await waitForNotices(page);
  const state = await settledNotice(page, { title: REMOTE_TITLE });
  assert.deepEqual(state.title, REMOTE_TITLE, 'the rest of the file is used');
  const shown = await page.evaluate(() =>
    document.querySelector('member-notice').shadowRoot.querySelector('.fraud-rule').textContent.trim(),
  );
  assert.equal(shown, releaseRule, "the fraud rule is the release's own");
  assert.ok(!state.text.includes(FORGED_FRAUD_RULE), 'nothing of the forged rule is shown');
  log.assertClean();
});

describe('Persian: the zero-width non-joiner of its spelling is allowed, a smuggled one is not', () => {
  /** Whether `text` has a ZWNJ between two letters of the Arabic script. */
  const spelledWithJoiner = (text) => /[\u0600-\u06FF]\u200C[\u0600-\u06FF]/.test(text);

  test('a fetched Persian file whose words have ZWNJ is used, and the joiner is shown', async () => {
    const { page, log } = await browser.open(withFtl('persian', 'fa'));
    await waitForNotices(page);
    const state = await settledNotice(page, { title: { tag: 'h2', text: PERSIAN_FTL_TITLE } });
    assert.deepEqual(
      { lang: state.lang, dir: state.dir, title: state.title },
      { lang: 'fa', dir: 'rtl', title: { tag: 'h2', text: PERSIAN_FTL_TITLE } },
      'the headline comes from /ftl/persian/fa/notice.ftl, ZWNJ and all',
    );
    assert.ok(spelledWithJoiner(state.text), 'the rest of the file, with its joiners, is shown too');
    assert.deepEqual(await recordedEvents(page, 'member-notice:error'), []);
    log.assertClean();
  });

  test('a fetched Persian file with a ZWNJ between Latin letters is refused (ftl-invalid)', async () => {
    const { page, log } = await browser.open(withFtl('latinjoiner', 'fa'));
    await waitForNotices(page);
    const path = '/ftl/latinjoiner/fa/notice.ftl';
    const errors = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
    assert.deepEqual(errors.map((e) => e.detail.code), ['ftl-invalid']);
    const { message } = errors[0].detail;
    assert.ok(message.includes(path) && message.includes('U+200C'), `names the file and the character: ${message}`);
    const state = await noticeState(page);
    assert.equal(state.lang, 'fa');
    assert.notEqual(state.title.text, REMOTE_FTL_TITLE, 'the built-in headline stays');
    assert.ok(spelledWithJoiner(state.title.text), `the built-in Persian headline keeps its own ZWNJ: ${state.title.text}`);
    assert.ok(!state.text.includes('h\u200Ckk'), 'the smuggled name is never shown');
    log.assertClean({ allowWarnings: true });
  });
});

describe('a remote translation that cannot be used keeps the built-in text', () => {
  for (const [what, kind, code, failing] of [
    ['with a syntax error', 'broken', 'ftl-invalid', false],
    ['with a message missing', 'incomplete', 'ftl-incomplete', false],
    ['that does not exist (404)', 'missing', 'ftl-http', true],
    ['nested 5,000 placeables deep', 'deep', 'ftl-invalid', false],
    ['with a right-to-left override in the fraud rule', 'bidi', 'ftl-invalid', false],
    ['with a zero-width space in the fraud rule', 'zerowidth', 'ftl-invalid', false],
    ['with a zero-width non-joiner between the Latin letters of the brand', 'latinjoiner', 'ftl-invalid', false],
  ]) {
    test(`${what}: ${code}`, async () => {
      const { page, log } = await browser.open(withFtl(kind));
      await waitForNotices(page);
      const builtIn = (await noticeState(page)).title;
      const path = `/ftl/${kind}/en/notice.ftl`;
      const url = browser.url(path);

      const errors = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
      assert.equal(errors.length, 1, 'exactly one error event');
      assert.equal(errors[0].detail.code, code);
      // `ftl-base` is relative here, and the widget names the file as it fetched it.
      assert.ok(errors[0].detail.message.includes(path), `the message names ${path}: ${errors[0].detail.message}`);
      const state = await noticeState(page);
      assert.notEqual(builtIn.text, REMOTE_FTL_TITLE, 'the first render used the built-in text');
      assert.deepEqual(state.title, builtIn, 'the built-in headline stays');
      assert.equal(state.lang, 'en');

      const warnings = log.widgetWarnings();
      assert.equal(warnings.length, 1, `exactly one warning, got:\n${warnings.join('\n')}`);
      assert.ok(warnings[0].includes(path), `the warning names ${path}`);
      log.assertClean({ allowWarnings: true, expectedFailures: failing ? [url] : [] });
    });
  }
});

describe('a remote translation nested thousands deep in any construct is refused, and the notice stays live', () => {
  const DISMISS = 'member-notice button[data-action="dismiss"]';
  const RESTORE = 'member-notice button[data-action="restore"]';
  for (const [what, kind] of [
    ['5,000 term calls { -t(-t(…)) }', 'deepcall'],
    ['5,000 function calls { NUMBER(NUMBER(…)) }', 'deepfunction'],
    ['a select variant whose text has a " before 5,000 placeables', 'deepvariant'],
    ['all of these in turn', 'deepmixed'],
  ]) {
    test(what, async () => {
      const { page, log } = await browser.open(withFtl(kind));
      await waitForNotices(page);
      const path = `/ftl/${kind}/en/notice.ftl`;
      const errors = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
      assert.deepEqual(errors.map((e) => e.detail.code), ['ftl-invalid'], 'one ftl-invalid, no internal error');
      const { message } = errors[0].detail;
      // The widget's parser stops at its depth limit and leaves the entry out; the checker
      // the message points to names it (`nesting-too-deep`).
      const at = message.match(/notice\.ftl:(\d+): syntax error; that entry cannot be used — fix the line \(`cargo xtask i18n check`/);
      assert.ok(at && message.includes(path), `names the file, the line and the fix: ${message}`);
      const deepLine = (await (await fetch(browser.url(path))).text()).split('\n').findIndex((l) => l.startsWith('notice-deep = ')) + 1;
      assert.equal(Number(at[1]), deepLine, 'the line of the deep entry');

      const state = await noticeState(page);
      assert.notEqual(state.title.text, REMOTE_FTL_TITLE, 'the built-in headline stays');
      assert.equal(state.lang, 'en');
      // The module was not trapped: its controls still work.
      await page.locator(DISMISS).click();
      assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed', 'dismiss works');
      await page.locator(RESTORE).click();
      assert.equal((await settledNotice(page, { state: 'open' })).state, 'open', 'restore works');
      assert.deepEqual(
        (await recordedEvents(page, 'member-notice:error')).map((e) => e.detail.code),
        ['ftl-invalid'],
        'still no internal error',
      );
      assert.deepEqual(log.pageErrors, [], 'nothing uncaught, no "memory access out of bounds"');
      log.assertClean({ allowWarnings: true });
    });
  }
});

test('after a translation nested too deep, another notice on the page still renders', async () => {
  const { page, log } = await browser.open(withFtl('deep'));
  await waitForNotices(page);
  await waitForRecorded(page, 'member-notice:error');
  await page.evaluate(() => {
    const second = document.createElement('member-notice');
    second.id = 'second';
    second.setAttribute('lang', 'pl');
    document.querySelector('main').append(second);
  });
  assert.equal(await waitForNotices(page, 2), 2, 'the second notice renders');
  assert.equal((await settledNotice(page, { lang: 'pl' }, { host: '#second' })).lang, 'pl');
  assert.deepEqual(log.pageErrors, [], 'nothing uncaught, no "memory access out of bounds"');
  log.assertClean({ allowWarnings: true });
});
