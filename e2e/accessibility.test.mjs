/**
 * Accessibility of the embedded notice (fixtures/notice.html):
 *
 * - axe-core on the whole page (it reaches into the open shadow root) finds no violations
 *   for banner and full, light and dark colour scheme, in every shipped locale (the build's
 *   manifest, so a new locale is checked without editing this file) — for the banner both
 *   collapsed and expanded.
 * - Keyboard: Tab from the start of the page reaches the disclosure (a <summary>); Enter
 *   expands it, Space collapses it again, and focus stays on it throughout.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { setupBrowser } from './support/browser.mjs';
import { focusedElement, LOCALES, readNotice, settledExpanded, TOGGLE, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

describe('axe-core finds no violations', () => {
  for (const variant of ['banner', 'full']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const locale of LOCALES) {
        test(`${variant}, ${colorScheme}, ${locale}`, async () => {
          const { page, log } = await browser.open(`/notice.html?lang=${locale}&variant=${variant}`, { colorScheme });
          await waitForNotices(page);
          const what = `${variant}/${colorScheme}/${locale}`;
          await assertAccessible(page, what);
          if (variant === 'banner') {
            await page.locator(`member-notice ${TOGGLE}`).click();
            assert.equal(await settledExpanded(page, 'true'), 'true');
            await assertAccessible(page, `${what} expanded`);
          }
          log.assertClean();
        });
      }
    }
  }
});

describe('keyboard', () => {
  /** Presses Tab until the disclosure button has focus; fails after `limit` presses. */
  async function tabToToggle(page, limit = 25) {
    const visited = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusedElement(page);
      if (focused?.inNotice && focused.action === 'toggle') return focused;
      visited.push(focused ? focused.tag : '(nothing)');
    }
    assert.fail(`${limit} Tab presses never reached the disclosure button; focus visited: ${visited.join(', ')}`);
  }

  test('Tab reaches the disclosure; Enter expands, Space collapses, focus stays', async () => {
    const { page, log } = await browser.open('/notice.html?lang=de&variant=banner');
    await waitForNotices(page);

    const focused = await tabToToggle(page);
    assert.equal(focused.tag, 'summary', 'the disclosure is a native <details>/<summary>');
    assert.equal((await readNotice(page)).toggle.expanded, 'false');

    await page.keyboard.press('Enter');
    assert.equal(await settledExpanded(page, 'true'), 'true', 'Enter opens the details');
    let notice = await readNotice(page);
    assert.equal(notice.sections.priority.visible, true, 'Enter reveals the details');
    assert.deepEqual(await focusedElement(page), focused, 'focus stays on the button after Enter');

    await page.keyboard.press('Space');
    assert.equal(await settledExpanded(page, 'false'), 'false', 'Space closes them');
    notice = await readNotice(page);
    assert.equal(notice.sections.priority.visible, false, 'Space hides the details again');
    assert.deepEqual(await focusedElement(page), focused, 'focus stays on the button after Space');
    log.assertClean();
  });
});
