/**
 * Accessibility of the embedded notice (fixtures/notice.html):
 *
 * - axe-core on the whole page (it reaches into the open shadow root) finds no violations
 *   for banner and full, light and dark colour scheme, in every shipped locale (the build's
 *   manifest, so a new locale is checked without editing this file) — for the banner both
 *   collapsed and expanded.
 * - The same in the phases `disruption` and `resolved` (the built-in content is phase
 *   `backlog`), both variants, every locale: one page per locale with a notice in each phase
 *   (fixtures/phases.html), checked, then with the banners expanded, then with the variants
 *   swapped, and again expanded.
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

describe('axe-core finds no violations in the phases disruption and resolved', () => {
  /** Waits until the notice `id` is live in `phase` and `variant`. */
  const settled = (page, id, phase, variant) =>
    page.waitForFunction(
      ({ id, phase, variant }) => {
        const notice = document.getElementById(id)?.shadowRoot?.querySelector('.notice');
        return notice?.hasAttribute('data-interactive') && notice.dataset.phase === phase && notice.dataset.variant === variant;
      },
      { id, phase, variant },
      { timeout: 15_000 },
    );
  /** Opens the banner of notice `id` and waits until it is open. */
  const expand = async (page, id) => {
    await page.locator(`#${id} ${TOGGLE}`).click();
    await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('details')?.open, id);
  };

  for (const locale of LOCALES) {
    test(locale, async () => {
      const { page, log } = await browser.open(`/phases.html?lang=${locale}`);
      await settled(page, 'disruption', 'disruption', 'banner');
      await settled(page, 'resolved', 'resolved', 'full');
      await assertAccessible(page, `${locale}: disruption banner, resolved full`);
      await expand(page, 'disruption');
      await assertAccessible(page, `${locale}: disruption banner expanded, resolved full`);

      await page.evaluate(() => {
        document.getElementById('disruption').setAttribute('variant', 'full');
        document.getElementById('resolved').setAttribute('variant', 'banner');
      });
      await settled(page, 'disruption', 'disruption', 'full');
      await settled(page, 'resolved', 'resolved', 'banner');
      await assertAccessible(page, `${locale}: disruption full, resolved banner`);
      await expand(page, 'resolved');
      await assertAccessible(page, `${locale}: disruption full, resolved banner expanded`);
      log.assertClean();
    });
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
