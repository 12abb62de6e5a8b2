/**
 * Members on a phone with large text: at 320 px and 200 % text size, in every locale, the
 * full notice and the opened banner fit the width — nothing is cut off, nothing makes the
 * page scroll sideways — and the text really grew (sizes are relative, never fixed pixels).
 * (The ~40 % longer pseudo-locale en-XA is not in the release; a browser test,
 * tests/browser_embed.rs, holds it to the same.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { LOCALES, TOGGLE, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();
const PHONE = { width: 320, height: 640 };

/** The notice's layout: page overflow, elements wider than the notice, headline size. */
async function measure(page) {
  return page.evaluate(() => {
    const host = document.querySelector('member-notice');
    const notice = host.shadowRoot.querySelector('.notice');
    const box = notice.getBoundingClientRect();
    const overflowing = [...notice.querySelectorAll('*')]
      .filter((el) => el.checkVisibility())
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5;
      })
      .map((el) => `${el.localName}.${el.className}`);
    return {
      pageWidth: document.documentElement.scrollWidth,
      noticeOverflow: notice.scrollWidth - notice.clientWidth,
      overflowing,
      titleSize: parseFloat(getComputedStyle(notice.querySelector('h2')).fontSize),
    };
  });
}

for (const locale of LOCALES) {
  for (const variant of ['full', 'banner']) {
    test(`${locale} ${variant} fits 320 px at 200 % text size`, async () => {
      const { page, log } = await browser.open(`/notice.html?lang=${locale}&variant=${variant}`, { viewport: PHONE });
      await waitForNotices(page, 1);
      const normal = await measure(page);
      // CSSOM, not a <style> element: the fixture's CSP forbids inline styles.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      if (variant === 'banner') await page.locator(`member-notice ${TOGGLE}`).click();
      const large = await measure(page);
      assert.ok(large.titleSize >= normal.titleSize * 1.9, `text grew: ${normal.titleSize}px → ${large.titleSize}px`);
      assert.ok(large.pageWidth <= PHONE.width, `the page is ${large.pageWidth}px wide`);
      assert.deepEqual(large.overflowing, [], 'elements stick out of the notice');
      assert.ok(large.noticeOverflow <= 0, `the notice overflows by ${large.noticeOverflow}px`);
      log.assertClean();
    });
  }
}
