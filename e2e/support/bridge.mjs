/**
 * Fake native bridges of the member app, for the WebView page (dist/webview.html).
 *
 * The real apps inject them before the page's scripts run; `fakeBridges(platforms)` gives
 * an `open()` init-script entry that does the same. Each fake records what the page posts
 * — the raw value, so a test can check it is a JSON string — under a symbol on window.
 */
import assert from 'node:assert/strict';

/** Where each platform's bridge lives on window, as the embed contract names it. */
export const BRIDGES = {
  ios: 'webkit.messageHandlers.memberNotice',
  android: 'MemberNoticeBridge',
  rn: 'ReactNativeWebView',
};

/** Init script: installs a recording `postMessage` at each of `paths` (dotted, on window). */
function installFakeBridges(bridges) {
  const KEY = Symbol.for('member-notice.e2e.bridge');
  const posted = [];
  Object.defineProperty(window, KEY, { value: posted });
  for (const [platform, path] of bridges) {
    const names = path.split('.');
    let object = window;
    for (const name of names.slice(0, -1)) object = object[name] ??= {};
    object[names.at(-1)] = {
      postMessage(message) {
        posted.push({ platform, type: typeof message, message: String(message) });
      },
    };
  }
}

/**
 * An `open()` init-script entry installing fake bridges for `platforms` (keys of `BRIDGES`).
 * @param {Array<keyof typeof BRIDGES>} platforms
 */
export function fakeBridges(platforms) {
  return { script: installFakeBridges, arg: platforms.map((platform) => [platform, BRIDGES[platform]]) };
}

/**
 * What the page posted to the fake bridges so far: `{ platform, type, message, parsed }`,
 * where `type` is `typeof` the posted value and `parsed` the JSON it holds (or null).
 */
export async function bridgeMessages(page) {
  const posted = await page.evaluate(() => window[Symbol.for('member-notice.e2e.bridge')] ?? null);
  assert.ok(posted, 'the page has fake bridges (fakeBridges())');
  return withParsed(posted);
}

/** Each recorded bridge message with `parsed`: the JSON it holds, or null. */
export function withParsed(posted) {
  return posted.map((entry) => {
    let parsed = null;
    try {
      parsed = JSON.parse(entry.message);
    } catch {
      // Left null: the test's assertion on `parsed` shows the raw message.
    }
    return { ...entry, parsed };
  });
}

/**
 * Waits until the bridges received at least `count` messages of `type` (the message's own
 * `type` field, e.g. `ready`) and returns them; fails with everything posted when not.
 */
export async function waitForBridgeMessages(page, type, { count = 1, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const all = await bridgeMessages(page);
    const matching = all.filter((entry) => entry.parsed?.type === type);
    if (matching.length >= count) return matching;
    if (Date.now() > deadline) {
      assert.fail(
        `expected ${count} "${type}" bridge message(s) within ${timeout} ms; posted:\n  ` +
          all.map((entry) => `${entry.platform}: ${entry.message}`).join('\n  '),
      );
    }
    await page.waitForTimeout(25);
  }
}
