/**
 * Every locale, both variants, embedded by the standard script tag (fixtures/notice.html):
 *
 * - full: all five `data-section` hooks are rendered and visible; the root `<section>` has
 *   `lang=<locale>`, `dir=rtl` for Arabic and `ltr` otherwise, and is named by its h2
 *   through `aria-labelledby`; no console errors or warnings, no page errors.
 * - banner: delay and fraud are visible; priority, data safety and what happened are
 *   present but hidden until the disclosure button is activated, and hidden again after.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  assertRegion,
  assertSectionsVisible,
  expectedVisibility,
  LOCALES,
  readNotice,
  settledExpanded,
  TOGGLE,
  waitForNotices,
} from './support/notice.mjs';

const browser = setupBrowser();

describe('full variant in every locale', () => {
  for (const locale of LOCALES) {
    test(`${locale}: all sections, lang/dir, region named by its h2, clean console`, async () => {
      const { page, log } = await browser.open(`/notice.html?lang=${locale}&variant=full`);
      assert.equal(await waitForNotices(page), 1);

      const notice = await readNotice(page);
      assertRegion(notice, locale);
      assert.equal(notice.variant, 'full');
      assertSectionsVisible(notice, expectedVisibility('full'));
      assert.equal(notice.toggle, null, 'the full variant has no disclosure button');
      log.assertClean();
    });
  }
});

describe('banner variant in every locale', () => {
  for (const locale of LOCALES) {
    test(`${locale}: delay and fraud visible, the rest behind the disclosure`, async () => {
      const { page, log } = await browser.open(`/notice.html?lang=${locale}&variant=banner`);
      await waitForNotices(page);

      const collapsed = await readNotice(page);
      assertRegion(collapsed, locale);
      assert.equal(collapsed.variant, 'banner');
      assertSectionsVisible(collapsed, expectedVisibility('banner', false));
      assert.ok(collapsed.toggle, 'the banner has a disclosure button');
      assert.equal(collapsed.toggle.expanded, 'false');
      assert.notEqual(collapsed.toggle.name, '', 'the disclosure button has a name');

      await page.locator(`member-notice ${TOGGLE}`).click();
      assert.equal(await settledExpanded(page, 'true'), 'true', 'a click expands');
      const expanded = await readNotice(page);
      assertSectionsVisible(expanded, expectedVisibility('banner', true));

      await page.locator(`member-notice ${TOGGLE}`).click();
      assert.equal(await settledExpanded(page, 'false'), 'false', 'a second click collapses');
      const again = await readNotice(page);
      assertSectionsVisible(again, expectedVisibility('banner', false));
      log.assertClean();
    });
  }
});
