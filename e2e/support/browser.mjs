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

/** Headless Chromium as root on a closed network (also used by tools/screenshots.mjs). */
export const CHROMIUM_ARGS = [
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
  /** The URL of every request the page made, in order. */
  requests = [];
  /** URLs every `assertClean` on this log forgives failing (see `expectedFailures` there). */
  knownFailures = [];

  /** Starts recording `page`. */
  attach(page) {
    page.on('request', (request) => this.requests.push(request.url()));
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

  /** Requests whose URL matches `pattern` (a RegExp or a substring). */
  requestsTo(pattern) {
    return this.requests.filter((url) => (pattern instanceof RegExp ? pattern.test(url) : url.includes(pattern)));
  }

  /**
   * Asserts that nothing went wrong: no console errors, no page errors, no failed requests
   * and — unless `allowWarnings` — no console warnings.
   *
   * `expectedFailures` lists URLs a test makes fail on purpose (a config server answering
   * 500, a closed port): their failed requests and the browser's own "Failed to load
   * resource" console line for them are not problems. Everything else still is.
   */
  assertClean({ allowWarnings = false, expectedFailures = [] } = {}) {
    const forgiven = [...expectedFailures, ...this.knownFailures];
    const expected = (line) => forgiven.some((url) => line.startsWith(`${url}:`));
    const browserNetworkLine = (line) =>
      line.startsWith('Failed to load resource') && forgiven.some((url) => line.endsWith(`(${url})`));
    const problems = [
      ...this.pageErrors.map((line) => `page error: ${line}`),
      ...this.errors.filter((line) => !browserNetworkLine(line)).map((line) => `console.error: ${line}`),
      ...this.failedRequests.filter((line) => !expected(line)).map((line) => `failed request: ${line}`),
      ...(allowWarnings ? [] : this.warnings.map((line) => `console.warn: ${line}`)),
    ];
    assert.deepEqual(problems, [], `the page reported problems:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Registers the per-file hooks and returns the harness: `open(path, options)`, `url(path)`
 * (the absolute URL of `path` on the fixture server, once it runs) and `held(name)` (an
 * answer the test releases when it chooses, see server.mjs).
 * @param {object} [options]
 * @param {Record<string, string>} [options.apps]  single-page apps the fixture server also
 *   serves: URL prefix → directory of the build (see `startServer`)
 * @returns {{ open: typeof open, url: (path: string) => string, held: (name: string) => {arrived: Promise<void>, release: () => Promise<void>} }}
 */
export function setupBrowser({ apps } = {}) {
  // Fails the whole file at once, with the fix in the message, when dist/ is missing.
  assertDistBuilt();

  let server;
  let browser;
  const contexts = [];

  before(async () => {
    server = await startServer({ apps });
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
   * @param {boolean} [options.javaScriptEnabled]  false: the page runs no script at all
   * @param {Array<{script: Function|string|{path: string}, arg?: unknown}>} [options.initScripts]
   *   more scripts like `initScript`, run in order after it (e.g. a fake app bridge and an
   *   event recorder); each also runs in every frame and after every reload
   * @param {Array<{url: string|RegExp, handler: Function}>} [options.routes]  Playwright
   *   routes of the context (`context.route(url, handler)`), in place before the page loads
   * @returns {Promise<{page: import('playwright-core').Page, log: PageLog}>}
   */
  async function open(
    path,
    { locale = 'en-US', colorScheme = 'light', viewport, initScript, initArg, initScripts = [], routes = [], javaScriptEnabled = true } = {},
  ) {
    const context = await browser.newContext({ locale, colorScheme, javaScriptEnabled, ...(viewport && { viewport }) });
    contexts.push(context);
    for (const { url, handler } of routes) await context.route(url, handler);
    if (initScript) await context.addInitScript(initScript, initArg);
    for (const { script, arg } of initScripts) await context.addInitScript(script, arg);
    const page = await context.newPage();
    const log = new PageLog().attach(page);
    await page.goto(url(path), { waitUntil: 'load' });
    return { page, log };
  }

  /** A held answer of the fixture server (see `/held/<name>` in server.mjs). */
  const held = (name) => server.held(name);

  return { open, url, held };
}
