/**
 * What a config or translation URL can bring into the notice (review M1 and L3 of
 * security-2026-12), on fixtures/fetch-guards.html, whose CSP lets the page connect to every
 * port on 127.0.0.1 — so what stops another origin is the widget itself:
 *
 * - a redirect is never followed: an open redirect on the page's own (trusted) origin to an
 *   untrusted one is refused as `config-untrusted` / `ftl-untrusted`, for a config that would
 *   hide the notice (`active: false`), one that would rename the brand (`terms`) and a
 *   translation; the untrusted origin is never asked for anything, and the genuine notice,
 *   fraud rule included, stays;
 * - an `ftl-base` with a query is refused before anything is fetched;
 * - a config must be served as JSON and a translation as text/plain (`config-type`,
 *   `ftl-type`);
 * - an answer over the size cap is not read to its end: a 1.5 GB chunked config is refused
 *   within seconds, the server sees the connection closed after a few MB, and the page's
 *   renderer's peak memory grows by less than 50 MB (it printed 5 to 19 MB in our runs);
 * - a complete answer is never reported as aborted: 30 translations, each answered with
 *   `Cache-Control: no-store` (as the test server answers everything) — Chromium reports
 *   many such answers as `net::ERR_ABORTED` when a page's reader takes them to their end —
 *   and none failed in the browser.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  eventually,
  noticeState,
  recordedEvents,
  settledNotice,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';
import { REMOTE_FTL_TITLE, startServer } from './support/server.mjs';

const browser = setupBrowser();

/** A second local origin, trusted by nobody (the page's connect-src allows it). */
let other;
before(async () => {
  other = await startServer({ cors: true });
});
after(async () => {
  await other?.close();
});

/** The fixture with `data-config` / `data-ftl-base`, and the built-in locale (`de`). */
const page = ({ config = '', ftlBase = '', lang = 'de' } = {}) =>
  `/fetch-guards.html?lang=${lang}&config=${encodeURIComponent(config)}&ftl-base=${encodeURIComponent(ftlBase)}`;

/**
 * Opens `path`, waits for the one error event and checks what every refusal must: its
 * code, a message naming `named`, one console warning, and the genuine notice with its
 * fraud rule and the release's brand name. Returns the page, its log and the error.
 */
async function assertRefused(path, { code, named, failing = [] }) {
  const { page, log } = await browser.open(path);
  await waitForNotices(page);
  const errors = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
  assert.deepEqual(
    errors.map((e) => e.detail.code),
    [code],
    `exactly one error, ${code}: ${JSON.stringify(errors.map((e) => e.detail))}`,
  );
  const [{ message }] = errors.map((e) => e.detail);
  assert.ok(message.includes(named), `the message names ${named}: ${message}`);

  const state = await noticeState(page);
  assert.equal(state.rendered, true, 'the notice shows');
  assert.equal(state.severity, 'warning', 'the built-in notice stays');
  assert.match(state.text, /\bhkk\b/, "the release's brand name stays");
  assert.doesNotMatch(state.text, /Testkasse|Notice updated without a release/, 'nothing of the refused content shows');
  const fraud = await page.evaluate(() => {
    const rule = document.querySelector('member-notice').shadowRoot.querySelector('[data-section=fraud]');
    return rule && { visible: rule.checkVisibility(), text: rule.textContent.trim() };
  });
  assert.ok(fraud?.visible && fraud.text.length > 0, `the fraud rule shows: ${JSON.stringify(fraud)}`);

  const warnings = log.widgetWarnings();
  assert.equal(warnings.length, 1, `one warning:\n${warnings.join('\n')}`);
  assert.ok(warnings[0].includes(named), `the warning names ${named}: ${warnings[0]}`);
  log.assertClean({ allowWarnings: true, expectedFailures: failing });
  return { page, log, message };
}

describe('a redirect to an untrusted origin is not followed', () => {
  /**
   * Checks that `target` on the untrusted origin got nothing: its server saw no request
   * since `before`, and the browser, which notes the redirect's target before it decides
   * not to follow, shows it only as given up (`net::ERR_ABORTED`), never answered.
   */
  function assertNotFollowed(log, before, target) {
    assert.deepEqual(other.requests.slice(before), [], 'the untrusted origin was asked for nothing');
    const seen = log.requestsTo(other.origin);
    assert.ok(seen.every((url) => url === target), `the browser noted only the target: ${seen}`);
    const answered = seen.filter((url) => !log.failedRequests.includes(`${url}: net::ERR_ABORTED`));
    assert.deepEqual(answered, [], 'the browser never sent the redirect\'s target');
  }

  for (const [what, fixture] of [
    ['a config that hides the notice ("active": false)', '/config/inactive.json'],
    ['a config that renames the brand (terms)', '/config/terms.json'],
  ]) {
    test(what, async () => {
      const before = other.requests.length;
      const target = `${other.origin}${fixture}`;
      const config = `/redirect?to=${encodeURIComponent(target)}`;
      const { log, message } = await assertRefused(page({ config }), {
        code: 'config-untrusted',
        named: browser.url(config),
        failing: [target],
      });
      assert.match(message, /redirect.*not followed.*set config \(data-config\) to the URL it redirects to/);
      assertNotFollowed(log, before, target);
    });
  }

  test('a translation', async () => {
    const before = other.requests.length;
    const ftlBase = `/redirect/${new URL(other.origin).host}/ftl/valid`;
    const target = `${other.origin}/ftl/valid/en/notice.ftl`;
    const { log, message } = await assertRefused(page({ ftlBase, lang: 'en' }), {
      code: 'ftl-untrusted',
      named: browser.url(`${ftlBase}/en/notice.ftl`),
      failing: [target],
    });
    assert.match(message, /redirect.*set ftl-base \(data-ftl-base\) to the URL it redirects to/);
    assertNotFollowed(log, before, target);
  });

  test('an ftl-base with a query is refused before anything is fetched', async () => {
    const ftlBase = `/redirect?to=${other.origin}/ftl/valid/en/notice.ftl%3Fx=`;
    const { log, message } = await assertRefused(page({ ftlBase, lang: 'en' }), {
      code: 'ftl-untrusted',
      named: browser.url(ftlBase),
    });
    assert.match(message, /query or fragment/);
    assert.deepEqual(log.requestsTo('/redirect'), [], 'nothing was fetched');
  });
});

describe('an answer of the wrong type is not used', () => {
  for (const [what, config] of [
    ['a config served as HTML', '/type/html/config/terms.json'],
    ['a config served without a Content-Type', '/type/none/config/terms.json'],
    ['a config served as text/plain', '/type/text/config/terms.json'],
  ]) {
    test(`${what}: config-type`, async () => {
      const { message } = await assertRefused(page({ config }), {
        code: 'config-type',
        named: browser.url(config),
        failing: [browser.url(config)],
      });
      assert.match(message, /application\/json/, 'the fix is named');
    });
  }

  for (const [what, ftlBase] of [
    ['a translation served as application/octet-stream', '/type/binary/ftl/valid'],
    ['a translation served as HTML', '/type/html/ftl/valid'],
  ]) {
    test(`${what}: ftl-type`, async () => {
      const url = browser.url(`${ftlBase}/en/notice.ftl`);
      const { message } = await assertRefused(page({ ftlBase, lang: 'en' }), {
        code: 'ftl-type',
        named: url,
        failing: [url],
      });
      assert.match(message, /text\/plain/, 'the fix is named');
    });
  }

  test('the same files with the right types are used', async () => {
    const { page: tab, log } = await browser.open(
      page({ config: '/type/json/config/terms.json', ftlBase: '/type/text/ftl/valid', lang: 'en' }),
    );
    await waitForNotices(tab);
    const state = await settledNotice(tab, { text: /Testkasse/, title: { tag: 'h2', text: REMOTE_FTL_TITLE } });
    assert.equal(state.title?.text, REMOTE_FTL_TITLE, 'the translation applied');
    assert.match(state.text, /Testkasse/, 'the config applied');
    assert.deepEqual(await recordedEvents(tab, 'member-notice:error'), []);
    log.assertClean();
  });
});

describe('an answer over the size cap is not read to its end', () => {
  /** A server of its own, so the test sees what it sent and when the client hung up. */
  let big;
  before(async () => {
    big = await startServer();
  });
  after(async () => {
    await big?.close();
  });

  /** The peak resident memory (VmHWM, bytes) of each renderer process of the browser. */
  async function rendererPeaks(tab) {
    const cdp = await tab.context().browser().newBrowserCDPSession();
    try {
      const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
      const peaks = {};
      for (const { id } of processInfo.filter((p) => p.type === 'renderer')) {
        // A spare renderer may exit between the list and the read.
        const status = (() => {
          try {
            return readFileSync(`/proc/${id}/status`, 'utf8');
          } catch {
            return '';
          }
        })();
        const peak = /^VmHWM:\s+(\d+) kB/m.exec(status);
        if (peak) peaks[id] = Number(peak[1]) * 1024;
      }
      return peaks;
    } finally {
      await cdp.detach();
    }
  }

  test('a 1.5 GB chunked config is refused within seconds, costing a few MB', async (t) => {
    const BYTES = 1_500_000_000;
    const { page: tab, log } = await browser.open('/fetch-guards.html');
    await waitForNotices(tab);
    // The page on the big server's origin, so its /big.json is the page's own (trusted).
    await tab.goto(`${big.origin}${page()}`);
    await waitForNotices(tab);
    await waitForRecorded(tab, 'member-notice:ready');
    const linux = process.platform === 'linux';
    const before = linux ? await rendererPeaks(tab) : {};

    const config = `/big.json?chunked&bytes=${BYTES}`;
    const asked = await tab.evaluate((config) => {
      document.querySelector('member-notice').setAttribute('config', config);
      return performance.now();
    }, config);
    const [error] = await waitForRecorded(tab, 'member-notice:error', { timeout: 15_000 });
    const took = error.at - asked;
    const entry = await eventually(
      tab,
      async () => big.requests.find((r) => r.url.startsWith('/big.json')),
      (r) => r?.closedEarly || r?.ended,
    );
    const afterwards = linux ? await rendererPeaks(tab) : {};
    const grown = Math.max(0, ...Object.entries(afterwards).map(([pid, peak]) => peak - (before[pid] ?? peak)));
    const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    const ending = entry?.closedEarly ? 'saw the connection closed' : 'finished';
    t.diagnostic(
      `${error.detail.code} after ${Math.round(took)} ms; the server sent ${mib(entry?.bytes ?? 0)} and ${ending}; ` +
        `renderer peak RSS grew ${linux ? mib(grown) : '(not measured)'}`,
    );

    assert.equal(error.detail.code, 'config-too-large', error.detail.message);
    assert.ok(took < 4_000, `refused after ${Math.round(took)} ms, well before the 5 s timeout`);
    assert.ok(entry?.closedEarly, `the widget closed the connection: ${JSON.stringify(entry)}`);
    assert.ok(entry.bytes < 64 * 2 ** 20, `the server sent ${mib(entry.bytes)} of ${mib(BYTES)}`);
    assert.ok(grown < 50 * 2 ** 20, `the renderer's peak memory grew ${mib(grown)}`);
    const state = await noticeState(tab);
    assert.equal(state.severity, 'warning', 'the built-in notice stays');
    // Aborting the download is what the browser reports as a failed request.
    log.assertClean({ allowWarnings: true, expectedFailures: [`${big.origin}${config}`] });
  });
});

test('a complete answer is never aborted: 30 translations, no failed request', async () => {
  const COUNT = 30;
  const { page: tab, log } = await browser.open('/element.html?lang=en&variant=banner');
  await waitForNotices(tab);
  const path = '/ftl/valid/en/notice.ftl';
  const ended = [];
  tab.on('requestfinished', (request) => request.url().endsWith(path) && ended.push('finished'));
  tab.on('requestfailed', (request) => request.url().endsWith(path) && ended.push(request.failure()?.errorText));
  await tab.evaluate((count) => {
    for (let i = 0; i < count; i += 1) {
      const notice = document.createElement('member-notice');
      notice.setAttribute('lang', 'en');
      notice.setAttribute('ftl-base', '/ftl/valid');
      document.querySelector('main').append(notice);
    }
  }, COUNT);
  const titles = () =>
    tab.evaluate(
      (title) =>
        [...document.querySelectorAll('member-notice[ftl-base]')].filter((host) =>
          host.shadowRoot?.querySelector('h2')?.textContent.includes(title),
        ).length,
      REMOTE_FTL_TITLE,
    );
  assert.equal(await eventually(tab, titles, (n) => n === COUNT, 15_000), COUNT, 'every notice used its translation');
  const outcomes = await eventually(tab, async () => [...ended], (list) => list.length === COUNT);
  assert.deepEqual(
    outcomes.filter((outcome) => outcome !== 'finished'),
    [],
    `of ${COUNT} requests, none failed (${outcomes.length} ended): ${outcomes.join(', ')}`,
  );
  assert.equal(outcomes.length, COUNT);
  assert.deepEqual(await recordedEvents(tab, 'member-notice:error'), []);
  log.assertClean();
});
