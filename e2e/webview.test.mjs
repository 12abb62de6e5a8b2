/**
 * The member app's WebView page, dist/webview.html exactly as built, with fake native
 * bridges put in place before the page's scripts run (as the apps inject them):
 *
 * - `?lang=ar&platform=ios|android|rn`: `ready` arrives at that platform's bridge — and only
 *   there — as a JSON string `{ schema: 1, type: "ready", locale: "ar", … }`; without
 *   `platform`, every bridge present gets it; messages carry only the documented keys;
 * - following "more information" posts `link` (with the URL) and does not navigate; dismiss
 *   and restore are posted too;
 * - `MemberNotice.receive()` takes `setLocale` (→ Ukrainian) and `setTheme`; an unknown or
 *   garbled message only writes a warning, changes nothing and posts nothing; input that is
 *   not JSON at all (circular, BigInt, a throwing toJSON) never throws into the app; a
 *   bridge planted on `Object.prototype` receives nothing;
 * - the config comes from the build (`[webview] config` in member-notice.toml), never from
 *   the query string: `?config=` with a same-origin config that hides the notice, or with
 *   the example config an older release shipped beside the page, leaves the complete
 *   genuine notice, fraud rule included, fetches nothing and writes one warning; dist/ ships
 *   no config beside the page; a config built into the page applies;
 * - `?theme=dark` renders dark;
 * - the page passes axe-core with a clean console, and its text scales with the root font
 *   size (no fixed pixel font sizes).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { BRIDGES, bridgeMessages, fakeBridges, waitForBridgeMessages } from './support/bridge.mjs';
import { setupBrowser } from './support/browser.mjs';
import { message } from './support/messages.mjs';
import {
  eventually,
  expectedVisibility,
  noticeState,
  pick,
  readNotice,
  RECORD_EVENTS,
  settledNotice,
  waitForNotices,
} from './support/notice.mjs';
import { DIST_DIR } from './support/paths.mjs';
import { builtWithConfig, shippedWebviewConfig } from './support/webview.mjs';

const browser = setupBrowser();

const PLATFORMS = Object.keys(BRIDGES);
/** Every key an outgoing message may have: the envelope and the event details. */
/** The built-in "more information" target, which the app gets as an absolute URL. */
const DEFAULT_MORE_INFO = 'https://www.hkk.de/';
const MESSAGE_KEYS = new Set(['schema', 'type', 'locale', 'variant', 'contentVersion', 'phase', 'expanded', 'url', 'link', 'from', 'code', 'message', 'source']);

/**
 * Opens the WebView page with all three fake bridges and the event recorder. The page
 * declares no icon, so a browser tab (not an app's WebView) asks for /favicon.ico and
 * logs the 404; the returned log forgives exactly that.
 */
async function openWebView(query, options = {}) {
  const opened = await browser.open(`/dist/webview.html?${query}`, {
    ...options,
    initScripts: [fakeBridges(PLATFORMS), RECORD_EVENTS],
  });
  await waitForNotices(opened.page);
  opened.log.knownFailures.push(browser.url('/favicon.ico'));
  return opened;
}

describe('outgoing messages', () => {
  for (const platform of PLATFORMS) {
    test(`platform=${platform}: ready reaches ${BRIDGES[platform]} only, as a JSON string with schema 1`, async () => {
      const { page, log } = await openWebView(`lang=ar&platform=${platform}`);
      const [ready] = await waitForBridgeMessages(page, 'ready');
      assert.equal(ready.type, 'string', 'the message is posted as a string');
      assert.deepEqual(
        pick(ready.parsed, ['schema', 'type', 'locale', 'variant']),
        { schema: 1, type: 'ready', locale: 'ar', variant: 'full' },
      );
      assert.equal(typeof ready.parsed.contentVersion, 'string');
      assert.equal(ready.parsed.phase, 'backlog', 'the phase the notice shows (the built-in one)');
      // Every bridge gets a message in the same synchronous call, so all are there now.
      const all = await bridgeMessages(page);
      assert.deepEqual([...new Set(all.map((m) => m.platform))], [platform], `only the ${platform} bridge is used`);
      assert.deepEqual(pick(await noticeState(page), ['lang', 'dir', 'variant']), { lang: 'ar', dir: 'rtl', variant: 'full' });
      log.assertClean();
    });
  }

  test('without platform, every bridge present gets the message', async () => {
    const { page, log } = await openWebView('lang=de');
    await waitForBridgeMessages(page, 'ready', { count: PLATFORMS.length });
    const ready = (await bridgeMessages(page)).filter((m) => m.parsed?.type === 'ready');
    assert.deepEqual(ready.map((m) => m.platform).sort(), [...PLATFORMS].sort(), 'one ready per bridge');
    log.assertClean();
  });

  for (const platform of ['ios', 'android']) {
    test(`${platform}: "more information" is handed to the app as a link message, without navigating`, async () => {
      const { page, log } = await openWebView(`lang=ar&platform=${platform}`);
      await waitForBridgeMessages(page, 'ready');
      const before = page.url();
      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations += 1;
      });
      const anchor = page.locator('member-notice a[data-action="more-info"]');
      assert.deepEqual(
        { href: await anchor.getAttribute('href'), role: await anchor.getAttribute('role') },
        { href: null, role: 'link' },
        'a link for screen readers, but no href a gesture (long-press, middle-click) could follow',
      );
      const href = DEFAULT_MORE_INFO;
      // Whether the click's default action (following the link) was cancelled, as seen last
      // in the event's path: a cancelled click never navigates, so no waiting is needed.
      const CANCELLED = 'member-notice.e2e.cancelled';
      await page.evaluate((key) => {
        window.addEventListener('click', (event) => (window[Symbol.for(key)] = event.defaultPrevented), { once: true });
      }, CANCELLED);

      await page.locator('member-notice a[data-action="more-info"]').click();
      const cancelled = await page.evaluate((key) => window[Symbol.for(key)], CANCELLED);
      assert.equal(cancelled, true, 'the link click is cancelled, so the WebView cannot follow it');
      const [link] = await waitForBridgeMessages(page, 'link');
      assert.deepEqual(pick(link.parsed, ['schema', 'type', 'url', 'locale']), {
        schema: 1,
        type: 'link',
        url: href,
        locale: 'ar',
      });
      assert.equal(page.url(), before, 'the WebView stays on the notice');
      assert.equal(navigations, 0, 'no navigation started');
      assert.equal(log.requestsTo(href).length, 0, `nothing was requested from ${href}`);

      await page.locator('member-notice button[data-action="dismiss"]').click();
      await waitForBridgeMessages(page, 'dismiss');
      await page.locator('member-notice button[data-action="restore"]').click();
      await waitForBridgeMessages(page, 'restore');

      const messages = await bridgeMessages(page);
      assert.deepEqual(
        messages.map((m) => m.parsed?.type),
        ['ready', 'link', 'dismiss', 'restore'],
        'one message per event, in order',
      );
      for (const message of messages) {
        assert.equal(message.type, 'string');
        assert.equal(message.parsed.schema, 1);
        const extra = Object.keys(message.parsed).filter((key) => !MESSAGE_KEYS.has(key));
        assert.deepEqual(extra, [], `${message.parsed.type} carries only documented keys`);
      }
      log.assertClean();
    });
  }
});

test('the headline is the page’s h1, and the section headings (h2 there) are smaller than it', async () => {
  const { page, log } = await openWebView('lang=de&platform=ios');
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('member-notice').shadowRoot;
    const size = (element) => parseFloat(getComputedStyle(element).fontSize);
    return {
      title: root.querySelector('.title').localName,
      titleSize: size(root.querySelector('.title')),
      sections: [...root.querySelectorAll('[data-section] > :is(h2, h3, h4, h5, h6)')].map((h) => [h.localName, size(h)]),
    };
  });
  assert.equal(sizes.title, 'h1');
  assert.ok(sizes.sections.length > 0, 'the full notice has section headings');
  for (const [tag, size] of sizes.sections) {
    assert.equal(tag, 'h2', 'sections are one level below the headline');
    assert.ok(size < sizes.titleSize, `a section heading (${size}px) is smaller than the headline (${sizes.titleSize}px)`);
  }
  log.assertClean();
});

describe('incoming messages', () => {
  test('setLocale switches to Ukrainian, setTheme to dark', async () => {
    const { page, log } = await openWebView('lang=ar&platform=ios');
    await page.evaluate(() => window.MemberNotice.receive('{"type":"setLocale","locale":"uk"}'));
    assert.deepEqual(pick(await settledNotice(page, { lang: 'uk' }), ['lang', 'dir']), { lang: 'uk', dir: 'ltr' });
    await page.evaluate(() => window.MemberNotice.receive('{"type":"setTheme","theme":"dark"}'));
    assert.equal((await settledNotice(page, { theme: 'dark' })).theme, 'dark');
    log.assertClean();
  });

  test('an unknown or garbled message only writes a warning', async () => {
    const { page, log } = await openWebView('lang=ar&platform=ios');
    await waitForBridgeMessages(page, 'ready');
    const before = await noticeState(page);
    const posted = (await bridgeMessages(page)).length;

    // receive() writes its warning before it returns; the console event reaches us a moment later.
    const warnings = (count) => eventually(page, () => log.widgetWarnings(), (lines) => lines.length >= count);
    await page.evaluate(() => window.MemberNotice.receive('{"type":"navigate","url":"https://evil.example/"}'));
    assert.equal((await warnings(1)).length, 1, `one warning for the unknown type, got:\n${log.widgetWarnings().join('\n')}`);
    await page.evaluate(() => window.MemberNotice.receive('not json at all'));
    assert.equal((await warnings(2)).length, 2, 'one warning for the garbled message');

    assert.deepEqual(await noticeState(page), before, 'nothing changed');
    assert.equal((await bridgeMessages(page)).length, posted, 'nothing was posted to the app');
    assert.equal(page.url(), browser.url('/dist/webview.html?lang=ar&platform=ios'), 'no navigation');
    log.assertClean({ allowWarnings: true });
  });
});

describe('hostile input from the app or the page', () => {
  test('receive() never throws into the app, whatever it is given, and names what it ignored', async () => {
    const { page, log } = await openWebView('lang=ar&platform=ios');
    await waitForBridgeMessages(page, 'ready');
    const before = await noticeState(page);
    const outcomes = await page.evaluate(async () => {
      const circular = {};
      circular.self = circular;
      const inputs = {
        circular,
        bigint: 10n,
        throwingToJSON: { toJSON() { throw new Error('no'); } },
        symbol: Symbol('x'),
        undefined,
        fn: () => 1,
      };
      const results = {};
      for (const [name, input] of Object.entries(inputs)) {
        try {
          const returned = window.MemberNotice.receive(input);
          await returned;
          results[name] = returned instanceof Promise ? 'resolved' : typeof returned;
        } catch (error) {
          results[name] = `threw ${error}`;
        }
      }
      return results;
    });
    assert.deepEqual(outcomes, {
      circular: 'resolved', bigint: 'resolved', throwingToJSON: 'resolved', symbol: 'resolved', undefined: 'resolved', fn: 'resolved',
    });
    const warnings = await eventually(page, () => log.widgetWarnings(), (lines) => lines.length >= 6);
    assert.equal(warnings.length, 6, `one warning each:\n${warnings.join('\n')}`);
    assert.deepEqual(await noticeState(page), before, 'nothing changed');
    assert.deepEqual(log.pageErrors, []);
    log.assertClean({ allowWarnings: true });
  });

  test('a bridge the page puts on Object.prototype receives nothing', async () => {
    const planted = () => {
      const leaked = [];
      Object.defineProperty(window, Symbol.for('member-notice.e2e.leaked'), { value: leaked });
      // eslint-disable-next-line no-extend-native
      Object.prototype.ReactNativeWebView = { postMessage: (message) => leaked.push(String(message)) };
    };
    const { page, log } = await browser.open('/dist/webview.html?lang=de', {
      initScripts: [{ script: planted }, fakeBridges(['android']), RECORD_EVENTS],
    });
    await waitForNotices(page);
    log.knownFailures.push(browser.url('/favicon.ico'));
    await waitForBridgeMessages(page, 'ready');
    const leaked = await page.evaluate(() => window[Symbol.for('member-notice.e2e.leaked')]);
    assert.deepEqual(leaked, [], 'the inherited bridge got nothing');
    assert.deepEqual([...new Set((await bridgeMessages(page)).map((m) => m.platform))], ['android'], 'the real bridge did');
    log.assertClean();
  });
});

describe('the config comes from the build, not from the query string', () => {
  /** The German fraud rule as the release writes it, with its own brand name. */
  const FRAUD_RULE = message('de', 'notice-fraud-rule').replace('{ -brand-name }', 'hkk');

  /** Asserts the complete built-in German notice: every section shown, the fraud rule intact. */
  async function assertGenuine(page) {
    const state = await noticeState(page);
    assert.deepEqual(
      pick(state, ['rendered', 'lang', 'severity', 'state']),
      { rendered: true, lang: 'de', severity: 'warning', state: 'open' },
      'the built-in notice, open',
    );
    const notice = await readNotice(page);
    for (const [name, visible] of Object.entries(expectedVisibility('full'))) {
      assert.deepEqual(notice.sections[name], { present: true, visible }, `section "${name}"`);
    }
    const rule = await page.evaluate(() =>
      document.querySelector('member-notice').shadowRoot.querySelector('[data-section="fraud"] .fraud-rule').textContent,
    );
    assert.equal(rule.replace(/[\u2068\u2069]/g, '').trim(), FRAUD_RULE, 'the fraud rule, word for word');
  }

  /** Requests for a file named `name` (the page's own URL, which carries it in its query, aside). */
  const fetched = (log, name) => log.requests.filter((url) => new URL(url).pathname.endsWith(`/${name}`));

  for (const [what, config] of [
    ['a same-origin config that hides the notice', '/config/inactive.json'],
    ['a same-origin config whose time window has ended', '/config/ended.json'],
    ['the example config older releases shipped beside the page', 'notice.example.json'],
  ]) {
    test(`?config= with ${what} is ignored: the complete genuine notice, one warning`, async () => {
      const { page, log } = await openWebView(`lang=de&platform=ios&config=${encodeURIComponent(config)}`);
      await waitForBridgeMessages(page, 'ready');
      await assertGenuine(page);
      assert.deepEqual(fetched(log, config.replace(/^\//, '')), [], `${config} was never requested`);
      assert.deepEqual(
        (await bridgeMessages(page)).map((m) => m.parsed?.type),
        ['ready'],
        'no update, no error: nothing of the query applies',
      );
      assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
      assert.match(log.widgetWarnings()[0] ?? '', /ignores \?config=.*\[webview\] config in member-notice\.toml.*built-in notice/);
      log.assertClean({ allowWarnings: true });
    });
  }

  test('dist/ ships no config beside the page: the example lives in docs/', () => {
    const json = readdirSync(DIST_DIR).filter((name) => name.endsWith('.json'));
    // The schema describes configs (operators name it in `$schema`); it is not one.
    assert.deepEqual(
      json.sort(),
      ['manifest.json', 'notice-config.schema.json'],
      'the only JSON files beside webview.html are the manifest and the config schema',
    );
    assert.equal(shippedWebviewConfig(), '', 'the shipped member-notice.toml builds the page without a config');
  });

  test('a config built into the page applies, with no warning', async () => {
    const { page, log } = await openWebView('lang=de&platform=android', {
      routes: [builtWithConfig('/config/critical.json')],
    });
    await waitForBridgeMessages(page, 'update');
    assert.equal((await settledNotice(page, { severity: 'critical' })).severity, 'critical');
    assert.equal(fetched(log, 'config/critical.json').length, 1, 'the built-in config was fetched');
    log.assertClean();
  });

  test('with a built-in config, ?config= is still ignored and the warning names the config used', async () => {
    const { page, log } = await openWebView('lang=de&platform=android&config=%2Fconfig%2Finactive.json', {
      routes: [builtWithConfig('/config/critical.json')],
    });
    await waitForBridgeMessages(page, 'update');
    const state = await settledNotice(page, { severity: 'critical' });
    assert.deepEqual(pick(state, ['rendered', 'severity']), { rendered: true, severity: 'critical' });
    assert.deepEqual(fetched(log, 'config/inactive.json'), [], 'the query\'s config was never requested');
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.match(log.widgetWarnings()[0] ?? '', /ignores \?config=.*\(here "\/config\/critical\.json"\)/);
    log.assertClean({ allowWarnings: true });
  });
});

describe('the page', () => {
  test('?theme=dark renders the dark theme', async () => {
    const { page, log } = await openWebView('lang=de&theme=dark&platform=android');
    assert.equal((await noticeState(page)).theme, 'dark');
    log.assertClean();
  });

  for (const [query, colorScheme] of [
    ['lang=ar&platform=ios', 'light'],
    ['lang=de&theme=dark&platform=android', 'dark'],
  ]) {
    test(`passes axe-core with a clean console (${query})`, async () => {
      const { page, log } = await openWebView(query, { colorScheme });
      await waitForBridgeMessages(page, 'ready');
      await assertAccessible(page, `webview.html?${query}`);
      log.assertClean();
    });
  }

  test('text scales with the root font size: no fixed pixel font sizes', async () => {
    const { page, log } = await openWebView('lang=de&platform=ios');
    const sizes = () =>
      page.evaluate(() => {
        const root = document.querySelector('member-notice').shadowRoot;
        const size = (selector) => parseFloat(getComputedStyle(root.querySelector(selector)).fontSize);
        return {
          paragraph: size('[data-section="fraud"] p'),
          heading: size('.notice .title'),
          button: size('button[data-action="dismiss"]'),
          link: size('a[data-action="more-info"]'),
        };
      });
    const normal = await sizes();
    // The app's text-size setting arrives as the root font size; CSSOM is allowed by the CSP.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const doubled = await sizes();
    for (const [what, size] of Object.entries(normal)) {
      assert.ok(size > 0, `${what} has a font size`);
      assert.equal(doubled[what], size * 2, `${what}: ${size}px at 100 % becomes ${doubled[what]}px at 200 %`);
    }
    log.assertClean();
  });
});
