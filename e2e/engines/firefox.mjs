/**
 * Firefox ESR (Debian's `firefox-esr`), headless, driven by puppeteer-core over WebDriver
 * BiDi. One browser per suite; every `open()` gets a new BiDi user context (puppeteer's
 * browser context: its own cookies, storage and cache) with one page.
 *
 * - preload scripts: BiDi `script.addPreloadScript` (puppeteer's `evaluateOnNewDocument`),
 *   run before any script of the page, as an app injects its bridge;
 * - click: a real pointer click — BiDi `input.performActions` at the element's centre,
 *   after scrolling it into view (puppeteer's `ElementHandle.click`).
 */
import { readFile } from 'node:fs/promises';

import puppeteer from 'puppeteer-core';

import { FIXTURES_DIR } from '../support/paths.mjs';

/** Debian's Firefox ESR (never downloaded). */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** @returns {Promise<import('./engines.mjs').Engine>} */
export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    // Nothing may reach the network: no update checks, telemetry or remote settings.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const version = await browser.version().catch(() => 'firefox/?');
  const contexts = new Set();

  return {
    name: 'firefox',
    version: version.replace(/^firefox\//, 'Firefox '),
    clickMethod: 'real pointer click (WebDriver BiDi input.performActions via puppeteer ElementHandle.click)',

    async open(url, { preload = [] } = {}) {
      const context = await browser.createBrowserContext();
      contexts.add(context);
      try {
        const page = await context.newPage();
        for (const name of preload) {
          await page.evaluateOnNewDocument(await readFile(`${FIXTURES_DIR}/${name}`, 'utf8'));
        }
        const enginePage = firefoxPage(page, async () => {
          contexts.delete(context);
          await context.close();
        });
        await enginePage.goto(url);
        return enginePage;
      } catch (error) {
        contexts.delete(context);
        await context.close().catch(() => {});
        throw error;
      }
    },

    async stop() {
      await Promise.allSettled([...contexts].map((context) => context.close()));
      contexts.clear();
      await browser.close();
    },
  };
}

/** @returns {import('./engines.mjs').EnginePage} */
function firefoxPage(page, close) {
  return {
    async goto(url) {
      const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      if (response && !response.ok()) throw new Error(`${url} answered HTTP ${response.status()}`);
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    evaluateAsync: (fn, ...args) => page.evaluate(fn, ...args),
    async click(host, selector) {
      const handle = await page.evaluateHandle(
        (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector) ?? null,
        host,
        selector,
      );
      try {
        const element = handle.asElement();
        if (!element) throw new Error(`no ${selector} in the shadow root of ${host}`);
        await element.click();
      } finally {
        await handle.dispose();
      }
    },
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    close,
  };
}
