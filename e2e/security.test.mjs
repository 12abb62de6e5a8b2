/**
 * An anti-phishing notice that nobody can bend into phishing (see docs/security.md):
 *
 * - trusted origins (member-notice.toml): a config from another local origin is refused
 *   before it is fetched (`config-untrusted`, a console line naming the origin and the
 *   file); a config linking to an untrusted origin is refused as a whole; the WebView page
 *   ignores a `?config=` from another origin (nothing is fetched, the built-in notice shows),
 *   and its CSP lists exactly the trusted origins;
 * - the loader cannot be pointed at other code: named elements that shadow
 *   `document.currentScript`, `getElementsByTagName`, `baseURI` … change nothing and throw
 *   nothing, and an inert `<script type="text/plain">` mounts nothing;
 * - a stored dismissal never hides the fraud rule, expires after 30 days, and a value the
 *   widget did not write collapses nothing;
 * - links handed to the app are absolute, and the WebView offers no href to follow; web
 *   links carry `rel="noopener noreferrer"` and `referrerpolicy="no-referrer"`;
 * - `dist/` served from another origin (a CDN) with the web teams' snippet (docs/web-teams.md), SRI and CSP works;
 *   without CORS headers, the `load` error says so;
 * - `member-notice:update` says when a config has applied.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { fakeBridges, waitForBridgeMessages } from './support/bridge.mjs';
import { setupBrowser } from './support/browser.mjs';
import {
  eventually,
  noticeState,
  pick,
  RECORD_EVENTS,
  recordedEvents,
  settledNotice,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';
import { DIST_DIR } from './support/paths.mjs';
import { startServer } from './support/server.mjs';
import { builtWithConfig } from './support/webview.mjs';

const browser = setupBrowser();

/** A second local origin, trusted by nobody; with CORS, like a CDN would be. */
let other;
/** A third origin serving dist/ without CORS headers. */
let noCors;
before(async () => {
  other = await startServer({ cors: true });
  noCors = await startServer();
});
after(async () => {
  await other?.close();
  await noCors?.close();
});

const MANIFEST = JSON.parse(readFileSync(`${DIST_DIR}/manifest.json`, 'utf8'));
const LOADER_SRI = MANIFEST.files.find((file) => file.path === 'member-notice.js').integrity;

describe('trusted origins', () => {
  test('a config from another origin is refused before it is fetched', async () => {
    const config = `${other.origin}/config/critical.json`;
    const { page, log } = await browser.open(`/config.html?config=${encodeURIComponent(config)}`);
    await waitForNotices(page);
    const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 200 });
    assert.equal(error.detail.code, 'config-untrusted');
    assert.match(error.detail.message, new RegExp(`${other.origin}.*member-notice\\.toml`));
    assert.equal(log.requestsTo(other.origin).length, 0, 'nothing was requested from the untrusted origin');
    const warnings = log.widgetWarnings();
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.ok(warnings[0].includes(other.origin) && warnings[0].includes('member-notice.toml'), warnings[0]);
    assert.equal((await noticeState(page)).severity, 'warning', 'the built-in notice stays');
    log.assertClean({ allowWarnings: true });
  });

  test('a config whose link points to an untrusted origin is refused as a whole', async () => {
    const { page, log } = await browser.open('/config.html?config=/config/untrusted-link.json');
    await waitForNotices(page);
    const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 200 });
    assert.equal(error.detail.code, 'config-invalid');
    assert.match(error.detail.message, /links\.more_info.*https:\/\/attacker\.example.*member-notice\.toml/);
    const state = await noticeState(page);
    assert.deepEqual(pick(state, ['severity', 'moreInfo']), { severity: 'warning', moreInfo: 'https://www.hkk.de/' });
    log.assertClean({ allowWarnings: true });
  });

  test('the WebView page ignores a ?config= from another origin', async () => {
    const config = `${other.origin}/config/critical.json`;
    const { page, log } = await browser.open(
      `/dist/webview.html?lang=de&platform=ios&config=${encodeURIComponent(config)}`,
      { initScripts: [fakeBridges(['ios']), RECORD_EVENTS] },
    );
    log.knownFailures.push(browser.url('/favicon.ico'));
    await waitForNotices(page);
    await waitForBridgeMessages(page, 'ready');
    assert.match(log.widgetWarnings().join('\n'), /ignores \?config=/);
    assert.equal(log.requestsTo(other.origin).length, 0, 'nothing was requested from the untrusted origin');
    assert.equal((await settledNotice(page, { severity: 'warning' })).severity, 'warning', 'the built-in notice');

    const csp = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
    );
    const connect = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
    assert.equal(connect, "connect-src 'self' https://www.hkk.de", 'exactly the trusted origins, no bare https:');
    log.assertClean({ allowWarnings: true });
  });
});

describe('the loader', () => {
  test('named elements that shadow document properties neither redirect it nor make it throw', async () => {
    const { page, log } = await browser.open(`/clobbered.html?other=${encodeURIComponent(other.origin)}`);
    await waitForNotices(page);
    // The page's own document.querySelector is shadowed too: read through the prototype.
    const lang = await page.evaluate(() =>
      Document.prototype.querySelector
        .call(document, '#notice member-notice')
        ?.shadowRoot?.querySelector('.notice')
        ?.getAttribute('lang'),
    );
    assert.equal(lang, 'de', 'the notice rendered into its data-target');
    const code = log.requestsTo(other.origin).filter((url) => !url.endsWith('/dist/member-notice.js'));
    assert.deepEqual(code, [], 'no glue or wasm from the other origin (only the <img> asked for its src)');
    assert.deepEqual(log.pageErrors, [], 'nothing thrown into the page');
    log.assertClean({ allowWarnings: true });
  });

  test('an inert <script type="text/plain"> naming the loader mounts nothing', async () => {
    const { page, log } = await browser.open('/inert-script.html');
    await waitForNotices(page, 1);
    assert.equal(await page.locator('#inert member-notice').count(), 0, 'nothing mounted for the inert tag');
    assert.equal(log.requestsTo('/config/critical.json').length, 0, 'its config was never fetched');
    log.assertClean();
  });
});

describe('dismissal', () => {
  test('a stored dismissal shows the collapsed reminder, with the fraud rule', async () => {
    const { page, log } = await browser.open('/element.html?lang=de&variant=banner', {
      initScript: () => localStorage.setItem('member-notice:dismissed:builtin-1', String(Date.now())),
    });
    await waitForNotices(page);
    const state = await settledNotice(page, { state: 'collapsed' });
    assert.equal(state.state, 'collapsed');
    const fraud = await page.evaluate(() => {
      const rule = document.querySelector('member-notice').shadowRoot.querySelector('[data-section=fraud]');
      return rule && { visible: rule.checkVisibility(), text: rule.textContent.trim() };
    });
    assert.ok(fraud?.visible && fraud.text.length > 0, `the fraud rule is visible: ${JSON.stringify(fraud)}`);
    log.assertClean();
  });

  test('a dismissal older than 30 days, or one the widget did not write, opens the notice', async () => {
    for (const value of [String(Date.now() - 31 * 24 * 3600 * 1000), '1', String(Date.now() + 90 * 24 * 3600 * 1000)]) {
      const { page, log } = await browser.open('/element.html?lang=de&variant=banner', {
        initScript: (value) => localStorage.setItem('member-notice:dismissed:builtin-1', value),
        initArg: value,
      });
      await waitForRecorded(page, 'member-notice:ready');
      assert.equal((await noticeState(page)).state, 'open', `stored "${value}" collapses nothing`);
      log.assertClean();
    }
  });
});

describe('links', () => {
  test('in the WebView a relative link reaches the app as an absolute URL, also by Enter', async () => {
    const { page, log } = await browser.open('/dist/webview.html?lang=de&platform=android', {
      initScripts: [fakeBridges(['android']), RECORD_EVENTS],
      routes: [builtWithConfig('/config/relative-link.json')],
    });
    log.knownFailures.push(browser.url('/favicon.ico'));
    await waitForRecorded(page, 'member-notice:update');
    const link = page.locator('member-notice a[data-action="more-info"]');
    await link.focus();
    await page.keyboard.press('Enter');
    const [message] = await waitForBridgeMessages(page, 'link');
    assert.equal(message.parsed.url, browser.url('/dist/kontakt.html'), 'resolved against the page, as a web link would be');
    assert.equal(await link.getAttribute('href'), null);
    log.assertClean();
  });

  test('web links do not leak the referrer and do not give the target a window handle', async () => {
    const { page, log } = await browser.open('/element.html?lang=de&variant=full');
    await waitForNotices(page);
    const attributes = await page.evaluate(() => {
      const a = document.querySelector('member-notice').shadowRoot.querySelector('a[data-action="more-info"]');
      return { rel: a.getAttribute('rel'), referrerpolicy: a.getAttribute('referrerpolicy'), href: a.getAttribute('href') };
    });
    assert.deepEqual(attributes, { rel: 'noopener noreferrer', referrerpolicy: 'no-referrer', href: 'https://www.hkk.de/' });
    log.assertClean();
  });
});

describe('dist/ on another origin (a CDN)', () => {
  test("the web teams' snippet with SRI, CORS and CSP renders the notice", async () => {
    const path = `/cross-origin.html?cdn=${encodeURIComponent(other.origin)}&integrity=${encodeURIComponent(LOADER_SRI)}`;
    const { page, log } = await browser.open(path);
    await waitForNotices(page);
    assert.equal((await noticeState(page, '#notice member-notice')).lang, 'de');
    assert.ok(log.requestsTo(new RegExp(`^${other.origin}/dist/member-notice-[0-9a-f]+\\.wasm$`)).length === 1);
    log.assertClean();
  });

  test('without CORS headers, the load error names CORS and connect-src', async () => {
    const path = `/cross-origin.html?cdn=${encodeURIComponent(noCors.origin)}&integrity=${encodeURIComponent(LOADER_SRI)}`;
    const { page, log } = await browser.open(path);
    // The loader itself is blocked (SRI needs CORS): nothing of the widget runs.
    const blocked = await eventually(page, async () => log.errors.join('\n'), (text) => /CORS|Cross-Origin/i.test(text));
    assert.match(blocked, /CORS|Cross-Origin/i, 'the browser reports the blocked loader');

    // Without SRI the loader runs, and its own error says what to fix.
    const bare = await browser.open(`/cross-origin-plain.html?cdn=${encodeURIComponent(noCors.origin)}`);
    const [error] = await waitForRecorded(bare.page, 'member-notice:error');
    assert.equal(error.detail.code, 'load');
    assert.match(error.detail.message, /Access-Control-Allow-Origin \(CORS\)/);
    assert.match(error.detail.message, /connect-src/);
    assert.ok(error.detail.message.includes(noCors.origin), error.detail.message);
  });
});

describe('events', () => {
  test('member-notice:update says when a config has applied', async () => {
    const { page, log } = await browser.open('/config.html?config=/config/v1.json');
    const [update] = await waitForRecorded(page, 'member-notice:update', { settle: 200 });
    assert.deepEqual(pick(update.detail, ['contentVersion', 'source']), { contentVersion: 'e2e-v1', source: 'config' });
    assert.equal((await noticeState(page)).severity, 'info', 'the notice shows the config when update arrives');
    const [ready] = await recordedEvents(page, 'member-notice:ready');
    // The notice waited for its config: its first render, and ready, are the config's.
    assert.equal(ready.detail.contentVersion, 'e2e-v1', 'ready reports the config\'s content');
    assert.ok(ready.at <= update.at, 'ready, then update');
    log.assertClean();
  });
});
