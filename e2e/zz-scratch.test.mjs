import { test } from 'node:test';
import { setupBrowser } from './support/browser.mjs';
import { axeViolations, formatViolations } from './support/axe.mjs';
import { waitForNotices } from './support/notice.mjs';
const browser = setupBrowser();
test('scratch', async () => {
  const { page } = await browser.open('/notice.html?lang=de&variant=banner', { colorScheme: 'dark' });
  await waitForNotices(page);
  await page.evaluate(() => { const r = document.querySelector('member-notice').shadowRoot.querySelector('.notice'); const i = document.createElement('img'); i.src='data:,'; r.append(i); });
  console.log(formatViolations(await axeViolations(page)));
  console.log(await page.evaluate(() => getComputedStyle(document.querySelector('member-notice').shadowRoot.querySelector('.notice')).backgroundColor));
});
