/**
 * WebKitGTK (Debian's `webkit2gtk-driver` + `libwebkit2gtk-4.1-0`), the engine family of
 * Safari and iOS WebViews. WebKitGTK has no headless mode: the suite starts its own Xvfb
 * (on a display it picks) and `WebKitWebDriver` (on a free port) and speaks W3C WebDriver
 * to it over plain HTTP. Every `open()` creates a new WebDriver session, i.e. a new
 * MiniBrowser process with an ephemeral profile: nothing is shared between opens. A
 * driver serves one session at a time, so a second page open at once gets its own driver.
 *
 * - preload scripts: classic WebDriver has none, so `open()` loads the page through the
 *   fixture server's `/preload/<scripts>/<path>` route, which inserts a same-origin
 *   `<script src>` for each before the page's first script (e2e/support/server.mjs);
 * - click: WebDriver Element Click on the element inside the shadow root (a reference
 *   returned by Execute Script): the driver scrolls it into view and synthesises a real
 *   mouse press and release at its centre in the UI process.
 */
import { existsSync, readdirSync } from 'node:fs';

import { freePort, startProcess, startXvfb } from './processes.mjs';
import { waitFor } from './wait.mjs';

/** How long a new session (MiniBrowser starting and connecting) may take, milliseconds. */
const SESSION_TIMEOUT = 20_000;

/** The WebDriver element reference key (W3C). */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** MiniBrowser, the browser WebKitWebDriver starts: `<libdir>/webkit2gtk-4.1/MiniBrowser`. */
export function miniBrowserPath() {
  const candidates = [
    ...readdirSync('/usr/lib', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/usr/lib/${entry.name}/webkit2gtk-4.1/MiniBrowser`),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `MiniBrowser not found (looked for ${candidates.join(', ')}); ` +
        'as root run `apt-get install -y webkit2gtk-driver` (or `cargo xtask setup`)',
    );
  }
  return found;
}

/**
 * Starts WebKitWebDriver on a free port on `display` and waits until it is ready. A driver
 * serves one session at a time ("Maximum number of active sessions"), so the engine keeps
 * a small pool: one driver per page open at the same time (usually one).
 */
async function startDriver(display) {
  const port = await freePort();
  const driver = startProcess('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display } });
  const base = `http://127.0.0.1:${port}`;
  try {
    const status = await waitFor(
      `WebKitWebDriver on port ${port} to be ready`,
      () =>
        driver.child.exitCode !== null
          ? { exited: driver.child.exitCode, stderr: driver.stderr() }
          : request(base, 'GET', '/status'),
      (status) => status?.ready === true || status?.exited !== undefined,
    );
    if (status.exited !== undefined) throw new Error(`WebKitWebDriver exited (${status.exited}): ${status.stderr}`);
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return { base, session: null, stderr: driver.stderr, stop: () => driver.stop() };
}

/** @returns {Promise<import('./engines.mjs').Engine>} */
export async function launchWebKit() {
  const binary = miniBrowserPath();
  const xvfb = await startXvfb();
  /** @type {Array<{ base: string, session: string|null, stop: () => Promise<void> }>} */
  const drivers = [];
  try {
    drivers.push(await startDriver(xvfb.display));
  } catch (error) {
    await xvfb.stop();
    throw error;
  }
  let version = 'WebKitGTK ?';

  return {
    name: 'webkit',
    get version() {
      return version;
    },
    clickMethod: 'real mouse click (WebDriver Element Click on a shadow-root element reference)',

    async open(url, { preload = [] } = {}) {
      let driver = drivers.find((candidate) => candidate.session === null);
      if (!driver) {
        driver = await startDriver(xvfb.display);
        drivers.push(driver);
      }
      const capabilities = {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
          timeouts: { script: 20_000, pageLoad: 20_000, implicit: 0 },
        },
      };
      const created = await request(driver.base, 'POST', '/session', { capabilities }, SESSION_TIMEOUT).catch(async (error) => {
        // A driver whose browser never connected stays stuck: replace it for later opens.
        drivers.splice(drivers.indexOf(driver), 1);
        await driver.stop();
        throw new Error(`could not start MiniBrowser: ${error.message}; WebKitWebDriver said: ${driver.stderr() || '(nothing)'}`);
      });
      const session = `/session/${created.sessionId}`;
      driver.session = session;
      version = `WebKitGTK ${created.capabilities.browserVersion} (${created.capabilities.browserName})`;
      const page = webkitPage(driver.base, session, async () => {
        if (driver.session !== session) return;
        driver.session = null;
        await request(driver.base, 'DELETE', session);
      });
      try {
        await page.goto(preload.length ? withPreload(url, preload) : url);
        return page;
      } catch (error) {
        await page.close().catch(() => {});
        throw error;
      }
    },

    async stop() {
      await Promise.allSettled(
        drivers.map(async (driver) => {
          if (driver.session) await request(driver.base, 'DELETE', driver.session).catch(() => {});
          driver.session = null;
          await driver.stop();
        }),
      );
      await xvfb.stop();
    },
  };
}

/** `http://o/dist/webview.html?q` → `http://o/preload/a.js,b.js/dist/webview.html?q`. */
function withPreload(url, scripts) {
  const parsed = new URL(url);
  parsed.pathname = `/preload/${scripts.join(',')}${parsed.pathname}`;
  return parsed.href;
}

/**
 * One WebDriver command; resolves to its `value`, throws the driver's error with its
 * message, or a timeout after `timeout` ms (the driver has none of its own for a browser
 * that never connects).
 */
async function request(base, method, path, body, timeout = 30_000) {
  const response = await fetch(base + path, {
    method,
    headers: body ? { 'Content-Type': 'application/json; charset=utf-8' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeout),
  }).catch((error) => {
    const why = error.name === 'TimeoutError' ? `no answer within ${timeout} ms` : error.message;
    throw new Error(`WebDriver ${method} ${path}: ${why}`);
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const { error = `HTTP ${response.status}`, message = '' } = json?.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
  }
  return json.value;
}

/** A function and its arguments as an Execute Script body: `(fn).apply(null, args)`. */
const call = (fn) => `return (${fn}).apply(null, arguments);`;

/** @returns {import('./engines.mjs').EnginePage} */
function webkitPage(base, session, close) {
  const command = (method, path, body) => request(base, method, `${session}${path}`, body);
  return {
    async goto(url) {
      await command('POST', '/url', { url });
    },
    evaluate: (fn, ...args) => command('POST', '/execute/sync', { script: call(fn), args }),
    async evaluateAsync(fn, ...args) {
      const script = `
        var done = arguments[arguments.length - 1];
        var args = Array.prototype.slice.call(arguments, 0, -1);
        Promise.resolve()
          .then(function () { return (${fn}).apply(null, args); })
          .then(function (value) { done({ resolved: value }); },
                function (error) { done({ rejected: String(error) + (error && error.stack ? '\\n' + error.stack : '') }); });`;
      const result = await command('POST', '/execute/async', { script, args });
      if (result && 'rejected' in result) throw new Error(`page script failed: ${result.rejected}`);
      return result?.resolved;
    },
    async click(host, selector) {
      const element = await command('POST', '/execute/sync', {
        script: 'return document.querySelector(arguments[0])?.shadowRoot?.querySelector(arguments[1]) ?? null;',
        args: [host, selector],
      });
      if (!element?.[ELEMENT]) throw new Error(`no ${selector} in the shadow root of ${host}`);
      await command('POST', `/element/${element[ELEMENT]}/click`, {});
    },
    screenshot: async () => Buffer.from(await command('GET', '/screenshot'), 'base64'),
    close,
  };
}
