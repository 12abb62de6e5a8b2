import { chromium } from 'playwright-core';
import { startServer } from './support/server.mjs';
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
for (const [path, blockWasm] of [['/embed-defer.html?lang=tr', true], ['/embed-defer.html?lang=ar', false], ['/notice.html?lang=uk&variant=full', false]]) {
  const page = await browser.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  if (blockWasm) await page.route('**/*.wasm', (r) => r.abort('failed'));
  await page.goto(server.origin + path);
  await page.waitForTimeout(1500);
  const info = await page.evaluate(() => [...document.querySelectorAll('member-notice')].map((h) => ({
      notices: h.shadowRoot?.querySelectorAll('.notice').length,
      interactive: h.shadowRoot?.querySelector('.notice')?.hasAttribute('data-interactive'),
      lang: h.shadowRoot?.querySelector('.notice')?.lang,
      key: h.shadowRoot?.querySelector('div.root')?.getAttribute('data-prerendered'),
      bg: h.shadowRoot?.querySelector('.notice') && getComputedStyle(h.shadowRoot.querySelector('.notice')).backgroundColor,
    })));
  console.log(path, blockWasm, JSON.stringify(info), logs);
}
await browser.close(); await server.close();
