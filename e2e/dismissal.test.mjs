/**
 * Collapsing the notice to its one-line reminder, and getting it back:
 *
 * - fixtures/element.html with config/v1.json and config/v2.json (two content versions,
 *   both `severity: info`, so a test sees when a config has arrived): a collapsed notice
 *   stays collapsed after a real reload, shows again for new content (a changed `config`
 *   attribute, or a reload with another config), and the restore button — reached with Tab,
 *   pressed with Enter — brings it back for good;
 * - the built-in content has its own version, untouched by a config's dismissal;
 * - fixtures/storage.html breaks localStorage before the widget loads (reading it throws,
 *   it is null, or it is full): the notice still renders, collapses and comes back, the
 *   choice holds for the page's life, no uncaught error, at most one storage warning;
 * - axe-core finds nothing in the collapsed reminder (German light, Arabic dark).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { setupBrowser } from './support/browser.mjs';
import {
  eventually,
  focusedElement,
  noticeState,
  pick,
  recordedEvents,
  settledFocus,
  settledNotice,
  tabTo,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';

const browser = setupBrowser();

const DISMISS = 'member-notice button[data-action="dismiss"]';
const RESTORE = 'member-notice button[data-action="restore"]';
const withConfig = (version) => `/element.html?lang=de&variant=banner&config=config/${version}.json`;
/** The notice as it looks once config `v1`/`v2` (both `info`) has arrived. */
const OPEN = { severity: 'info', state: 'open' };
const COLLAPSED = { severity: 'info', state: 'collapsed' };
const summary = (state) => pick(state, ['severity', 'state']);

/** Opens `path`, waits for the notice and for `expected` (a config has arrived). */
async function openSettled(path, expected, options) {
  const opened = await browser.open(path, options);
  await waitForNotices(opened.page);
  assert.deepEqual(summary(await settledNotice(opened.page, expected)), expected, `${path} settles`);
  return opened;
}

describe('dismissal per content version', () => {
  test('a collapsed notice stays collapsed after a reload and shows again for a new content version', async () => {
    const { page, log } = await openSettled(withConfig('v1'), OPEN);

    await page.locator(DISMISS).click();
    const collapsed = await settledNotice(page, COLLAPSED);
    assert.deepEqual(summary(collapsed), COLLAPSED, 'dismiss collapses the notice');
    assert.deepEqual(collapsed.actions, ['restore'], 'the reminder offers only the restore button');
    assert.notEqual(collapsed.text, '', 'the reminder has text');
    assert.equal((await settledFocus(page, 'restore'))?.action, 'restore', 'focus moves to the restore button');
    const [dismissed] = await recordedEvents(page, 'member-notice:dismiss');
    assert.equal(dismissed?.detail.contentVersion, 'e2e-v1', 'the dismiss event names the content version');

    await page.reload();
    await waitForNotices(page);
    assert.deepEqual(summary(await settledNotice(page, COLLAPSED)), COLLAPSED, 'still collapsed after a reload');

    await page.evaluate(() => document.querySelector('member-notice').setAttribute('config', 'config/v2.json'));
    assert.deepEqual(summary(await settledNotice(page, OPEN)), OPEN, 'new content (v2) shows again');

    await page.reload(); // the page's own attribute says v1 again
    await waitForNotices(page);
    assert.deepEqual(summary(await settledNotice(page, COLLAPSED)), COLLAPSED, 'v1 is still remembered as collapsed');
    log.assertClean();
  });

  test('another content version after a reload with another config shows; the built-in content is separate', async () => {
    const { page, log } = await openSettled(withConfig('v1'), OPEN);
    await page.locator(DISMISS).click();
    assert.deepEqual(summary(await settledNotice(page, COLLAPSED)), COLLAPSED);

    await page.goto(browser.url(withConfig('v2')));
    await waitForNotices(page);
    assert.deepEqual(summary(await settledNotice(page, OPEN)), OPEN, 'v2 shows after reloading with the other config');

    await page.goto(browser.url('/element.html?lang=de&variant=banner'));
    await waitForNotices(page);
    // The built-in notice has no config to wait for: it renders, dismissed or not, before ready.
    await waitForRecorded(page, 'member-notice:ready');
    assert.deepEqual(
      pick(await noticeState(page), ['severity', 'state']),
      { severity: 'warning', state: 'open' },
      'the built-in notice (its own content version) is not collapsed by dismissing v1',
    );
    log.assertClean();
  });

  test('the restore button is reached with Tab, Enter brings the notice back, and that is remembered', async () => {
    const { page, log } = await openSettled(withConfig('v1'), OPEN);
    await page.locator(DISMISS).click();
    assert.deepEqual(summary(await settledNotice(page, COLLAPSED)), COLLAPSED);
    await page.reload();
    await waitForNotices(page);
    assert.deepEqual(summary(await settledNotice(page, COLLAPSED)), COLLAPSED);

    const restore = await tabTo(page, 'restore');
    assert.equal(restore.tag, 'button', 'restore is a real <button>');
    await page.keyboard.press('Enter');
    const open = await settledNotice(page, OPEN);
    assert.deepEqual(summary(open), OPEN, 'Enter on restore opens the notice');
    assert.ok(open.actions.includes('dismiss'), 'the open notice offers dismiss again');
    const focused = await eventually(page, () => focusedElement(page), (f) => f?.tag === open.title.tag);
    assert.equal(focused?.tag, open.title.tag, 'focus returns to the notice heading');
    const [restored] = await waitForRecorded(page, 'member-notice:restore');
    assert.equal(restored.detail.contentVersion, 'e2e-v1');

    await page.reload();
    await waitForNotices(page);
    // OPEN includes severity info: only once v1 has applied does its remembered state show.
    assert.deepEqual(summary(await settledNotice(page, OPEN)), OPEN, 'restored stays restored after a reload');
    log.assertClean();
  });
});

describe('localStorage that does not work', () => {
  /** What the page sees of its storage, to prove the fixture really broke it. */
  const PROBE = () => {
    try {
      const storage = window.localStorage;
      if (storage === null) return 'null';
      storage.setItem('probe', '1');
      return 'works';
    } catch (error) {
      return error.name;
    }
  };
  const BROKEN = { throws: 'SecurityError', null: 'null', full: 'QuotaExceededError' };

  for (const [mode, probe] of Object.entries(BROKEN)) {
    test(`${mode}: the notice renders, collapses and comes back, without an uncaught error`, async () => {
      const { page, log } = await browser.open(`/storage.html?storage=${mode}`);
      assert.equal(await page.evaluate(PROBE), probe, 'storage is really broken');
      await waitForNotices(page);
      assert.equal((await noticeState(page)).state, 'open', 'the built-in notice renders');

      await page.locator(DISMISS).click();
      assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed', 'dismiss works');
      await page.locator(RESTORE).click();
      assert.equal((await settledNotice(page, { state: 'open' })).state, 'open', 'restore works');
      await page.locator(DISMISS).click();
      assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed', 'and again');

      // The choice holds for the page's life: a second notice of the same content starts collapsed.
      await page.evaluate(() => {
        const second = document.createElement('member-notice');
        second.id = 'second';
        second.setAttribute('lang', 'de');
        document.querySelector('main').append(second);
      });
      const second = await settledNotice(page, { state: 'collapsed' }, { host: '#second' });
      assert.equal(second.state, 'collapsed', 'a notice added later on the same page is collapsed too');

      assert.deepEqual(
        (await recordedEvents(page)).map((e) => e.type.replace('member-notice:', '')),
        ['ready', 'dismiss', 'restore', 'dismiss', 'ready'],
        'the usual events, no error event',
      );
      const warnings = log.widgetWarnings();
      assert.ok(warnings.length <= 1, `at most one warning, got:\n${warnings.join('\n')}`);
      for (const warning of warnings) assert.match(warning, /storage/i, 'the warning is about storage');
      log.assertClean({ allowWarnings: true });
    });
  }
});

describe('axe-core in the collapsed reminder state', () => {
  for (const [locale, colorScheme] of [
    ['de', 'light'],
    ['ar', 'dark'],
  ]) {
    test(`${locale}, ${colorScheme}`, async () => {
      const { page, log } = await browser.open(`/element.html?lang=${locale}&variant=banner`, { colorScheme });
      await waitForNotices(page);
      await page.locator(DISMISS).click();
      assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed');
      await assertAccessible(page, `the collapsed reminder (${locale}, ${colorScheme})`);
      log.assertClean();
    });
  }
});
