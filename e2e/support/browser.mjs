/**
 * Browser harness for the end-to-end tests.
 *
 * `setupBrowser()` is called once at the top of a test file. It checks that the widget has
 * been built, starts the fixture server and one headless Chromium for the whole file, and
 * gives every test a fresh browser context and page via `open()`. Each page records what a
 * web team would see in DevTools — console errors and warnings, uncaught page errors,
 * failed requests — in a `PageLog` that tests assert on.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';

import { chromium } from 'playwright-core';

import { assertDistBuilt, CHROMIUM_PATH } from './paths.mjs';
import { startServer } from './server.mjs';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What one page reported while a test ran. */
export class PageLog {
  /** `console.error` lines. */
  errors = [];
  /** `console.warn` lines. */
  warnings = [];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors = [];
  /** Requests that failed or answered with a 4xx/5xx status. */
  failedRequests = [];

  /** Starts recording `page`. */
  attach(page) {
    page.on('console', (message) => {
      const where = message.location()?.url ? ` (${message.location().url})` : '';
      if (message.type() === 'error') this.errors.push(message.text() + where);
      if (message.type() === 'warning') this.warnings.push(message.text() + where);
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.stack || error.message));
    page.on('requestfailed', (request) =>
      this.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) this.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    return this;
  }

  /** Warnings the widget wrote (they all start with its prefix). */
  widgetWarnings() {
    return this.warnings.filter((line) => line.startsWith('[member-notice]'));
  }

  /**
   * Asserts that nothing went wrong: no console errors, no page errors, no failed requests
   * and — unless `allowWarnings` — no console warnings.
   */
  assertClean({ allowWarnings = false } = {}) {
    const problems = [
      ...this.pageErrors.map((line) => `page error: ${line}`),
      ...this.errors.map((line) => `console.error: ${line}`),
      ...this.failedRequests.map((line) => `failed request: ${line}`),
      ...(allowWarnings ? [] : this.warnings.map((line) => `console.warn: ${line}`)),
    ];
    assert.deepEqual(problems, [], `the page reported problems:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Registers the per-file hooks and returns the harness.
 * @returns {{ open: typeof open }}
 */
export function setupBrowser() {
  // Fails the whole file at once, with the fix in the message, when dist/ is missing.
  assertDistBuilt();

  let server;
  let browser;
  const contexts = [];

  before(async () => {
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (path) => new URL(path, server.origin).href;

  /**
   * Opens `path` (relative to the fixture server) in a fresh context and page.
   * @param {string} path  e.g. `/notice.html?lang=ar&variant=full`
   * @param {object} [options]
   * @param {string} [options.locale]  the browser's locale (navigator.languages), default en-US
   * @param {'light'|'dark'} [options.colorScheme]  prefers-color-scheme, default light
   * @param {{width: number, height: number}} [options.viewport]
   * @param {Function} [options.initScript]  runs in the page before any of its scripts
   * @param {unknown} [options.initArg]  argument for `initScript`
   * @returns {Promise<{page: import('playwright-core').Page, log: PageLog}>}
   */
  async function open(path, { locale = 'en-US', colorScheme = 'light', viewport, initScript, initArg } = {}) {
    const context = await browser.newContext({ locale, colorScheme, ...(viewport && { viewport }) });
    contexts.push(context);
    if (initScript) await context.addInitScript(initScript, initArg);
    const page = await context.newPage();
    const log = new PageLog().attach(page);
    await page.goto(url(path), { waitUntil: 'load' });
    return { page, log };
  }

  return { open };
}
