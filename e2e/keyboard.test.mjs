/**
 * The keyboard and screen-reader walk (issue 12, point 6), in German and Arabic (right to
 * left), banner and full, with the keyboard only:
 *
 * - Tab visits the notice's controls in reading order, and nothing else of it;
 * - Enter and Space work on each control: the banner's disclosure opens and closes (and
 *   its link joins the Tab order while open), the dismiss button collapses the notice and
 *   the restore button brings it back;
 * - focus goes to the restore button after a dismissal and to the headline after a
 *   restore, never lost to the page;
 * - a polite status region (role="status") says what happened, in the notice's language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  focusedElement,
  recordedEvents,
  settledFocus,
  settledNotice,
  waitForRecorded,
} from './support/notice.mjs';
import { message } from './support/messages.mjs';

const browser = setupBrowser();

/** The `data-action` of each control Tab visits in the notice, from the top of the page. */
async function tabOrder(page) {
  const visited = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (!focused?.inNotice) {
      if (visited.length) return visited;
      continue;
    }
    visited.push(focused.action);
  }
  return assert.fail(`focus never left the notice: ${visited.join(', ')}`);
}

/** The status region: its role and text (null when the notice has none). */
function status(page) {
  return page.evaluate(() => {
    const region = document.querySelector('member-notice').shadowRoot.querySelector('.status');
    return region && { role: region.getAttribute('role'), text: region.textContent.trim() };
  });
}

for (const lang of ['de', 'ar']) {
  for (const variant of ['banner', 'full']) {
    test(`${lang}, ${variant}: the whole walk with the keyboard`, async () => {
      const { page, log } = await browser.open(`/element.html?lang=${lang}&variant=${variant}&page-lang=${lang}`);
      await waitForRecorded(page, 'member-notice:ready');
      assert.deepEqual(await status(page), { role: 'status', text: '' }, 'a polite status region, silent at first');

      // Tab order: the controls in reading order (headline row first).
      // The German notice has its switch to Leichte Sprache right below the headline.
      const switchTo = lang === 'de' ? ['easy-language'] : [];
      const controls = ['dismiss', ...switchTo, variant === 'banner' ? 'toggle' : 'more-info'];
      assert.deepEqual(await tabOrder(page), controls, 'Tab visits the controls in order');

      // Back into the notice from below: Shift+Tab walks the same controls in reverse.
      const back = async (action) => {
        await page.keyboard.press('Shift+Tab');
        assert.equal((await focusedElement(page))?.action, action, `Shift+Tab reaches ${action}`);
      };
      if (variant === 'banner') {
        await back('toggle');
        await page.keyboard.press('Enter');
        await waitForRecorded(page, 'member-notice:toggle');
        await page.keyboard.press('Tab');
        assert.equal((await focusedElement(page))?.action, 'more-info', 'the opened details join the Tab order');
        await back('toggle');
        await page.keyboard.press('Space');
        await waitForRecorded(page, 'member-notice:toggle', { count: 2 });
        const toggles = (await recordedEvents(page, 'member-notice:toggle')).map((e) => e.detail.expanded);
        assert.deepEqual(toggles, [true, false], 'Enter opened, Space closed');
      } else {
        await back('more-info');
      }

      // Dismiss with Enter: collapsed, focus on the restore button, and the status says so.
      for (const action of switchTo) await back(action);
      await back('dismiss');
      await page.keyboard.press('Enter');
      assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed');
      assert.equal((await settledFocus(page, 'restore'))?.action, 'restore', 'focus moves to the restore button');
      assert.deepEqual(await status(page), { role: 'status', text: message(lang, 'notice-status-collapsed') });

      // Restore with Space: open again, focus on the headline, and the status says so.
      await page.keyboard.press('Space');
      assert.equal((await settledNotice(page, { state: 'open' })).state, 'open');
      const focused = await focusedElement(page);
      assert.deepEqual({ tag: focused?.tag, inNotice: focused?.inNotice }, { tag: 'h2', inNotice: true }, 'focus on the headline');
      assert.deepEqual(await status(page), { role: 'status', text: message(lang, 'notice-status-restored') });

      assert.equal((await recordedEvents(page, 'member-notice:dismiss')).length, 1);
      assert.equal((await recordedEvents(page, 'member-notice:restore')).length, 1);
      log.assertClean();
    });
  }
}
