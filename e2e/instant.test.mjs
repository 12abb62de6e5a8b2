/**
 * The instant notice: HTML rendered at build time by the same components, shown before the
 * wasm arrives and readable without it, then taken over ("hydrated") in place:
 *
 * - every locale's fragment (dist/static/<locale>[.full].html) with JavaScript off shows the
 *   delay and fraud sections, and the priority details open from their <summary>;
 * - fragment + script tag: exactly one notice, hydrated (not rendered anew), controls live,
 *   `ready`, no console errors, no layout shift; the fragment's language is kept;
 * - a fragment of another release is rendered anew, never twice, with one warning;
 * - the script tag alone paints the prerendered notice while the wasm is still on its way,
 *   then it becomes interactive;
 * - when the wasm cannot run (404, a CSP without 'wasm-unsafe-eval'), the notice stays
 *   readable, one error event reaches the page, nothing is thrown;
 * - the WebView page ships the German notice prerendered (full, for the app) and switches to
 *   the app's language;
 * - `cargo xtask render` prints exactly the fragment in dist/static/, also in a phase
 *   (`--phase`, or the phase of `--config`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  DIRECTIONS,
  eventually,
  HTML_LANGS,
  LOCALES,
  noticeState,
  recordedEvents,
  SECTIONS,
  TOGGLE,
  waitForRecorded,
} from './support/notice.mjs';
import { DIST_DIR, ROOT } from './support/paths.mjs';
import { RECORD_LAYOUT_SHIFT, layoutShift } from './support/layout-shift.mjs';

const browser = setupBrowser();


/** What the page shows of its notices: count, and per notice lang/dir, visible sections, key, live controls. */
function shown(page) {
  return page.evaluate((sections) =>
    [...document.querySelectorAll('member-notice')].map((host) => {
      const root = host.shadowRoot;
      const notice = root?.querySelector('.notice');
      return {
        notices: root ? root.querySelectorAll('.notice').length : 0,
        lang: notice?.getAttribute('lang') ?? null,
        dir: notice?.getAttribute('dir') ?? null,
        visible: sections.filter((name) => notice?.querySelector(`[data-section="${name}"]`)?.checkVisibility()),
        key: root?.querySelector('div.root')?.getAttribute('data-prerendered') ?? null,
        interactive: notice?.hasAttribute('data-interactive') ?? false,
      };
    }),
  SECTIONS);
}

describe('without JavaScript, the prerendered fragment alone', () => {
  for (const locale of LOCALES) {
    test(`${locale}: delay and fraud visible, the details open from their summary`, async () => {
      const { page, log } = await browser.open(`/prerendered-static.html?lang=${locale}`, { javaScriptEnabled: false });
      const [notice] = await shown(page);
      assert.deepEqual(
        { lang: notice.lang, dir: notice.dir, visible: notice.visible },
        { lang: HTML_LANGS[locale], dir: DIRECTIONS[locale], visible: ['delay', 'fraud'] },
      );
      await page.locator(`member-notice ${TOGGLE}`).click();
      const [opened] = await shown(page);
      assert.deepEqual(opened.visible, SECTIONS, 'the summary opens the details without any script');
      assert.equal(opened.interactive, false, 'controls that need the wasm stay hidden');
      log.assertClean();
    });
  }

  test('the full variant shows every section', async () => {
    const { page, log } = await browser.open('/prerendered-static.html?lang=ar&variant=full', { javaScriptEnabled: false });
    const [notice] = await shown(page);
    assert.deepEqual(notice.visible, SECTIONS);
    log.assertClean();
  });
});

describe('fragment + script tag', () => {
  test('one notice, hydrated in place, live, ready, in the fragment’s language, without a layout shift', async () => {
    const { page, log } = await browser.open('/prerendered.html?lang=tr', {
      locale: 'en-US',
      initScripts: [RECORD_LAYOUT_SHIFT],
    });
    const [ready] = await waitForRecorded(page, 'member-notice:ready');
    assert.equal(ready.detail.locale, 'tr', 'the language the page’s server chose is kept');
    const notices = await eventually(page, () => shown(page), ([n]) => n?.interactive);
    assert.equal(notices.length, 1, 'one <member-notice>');
    assert.deepEqual(
      { notices: notices[0].notices, lang: notices[0].lang, interactive: notices[0].interactive },
      { notices: 1, lang: 'tr', interactive: true },
    );
    assert.match(notices[0].key ?? '', /\|tr\|banner\|/, 'hydrated: the prerendered root is still the one rendered into');
    await page.locator('member-notice button[data-action="dismiss"]').click();
    assert.equal((await eventually(page, () => noticeState(page), (s) => s.state === 'collapsed')).state, 'collapsed');
    assert.equal(await layoutShift(page), 0, 'no layout shift from taking over the notice');
    log.assertClean();
  });

  test('a fragment of another release is rendered anew, once, with one warning', async () => {
    const { page, log } = await browser.open('/prerendered.html?lang=pl&stale');
    await waitForRecorded(page, 'member-notice:ready');
    const [notice] = await eventually(page, () => shown(page), ([n]) => n?.interactive);
    assert.deepEqual(
      { notices: notice.notices, lang: notice.lang, key: notice.key },
      { notices: 1, lang: 'pl', key: null },
      'one notice, rendered anew (no prerendered key left)',
    );
    const warnings = await eventually(page, async () => log.widgetWarnings(), (lines) => lines.length > 0);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /0\.0\.0-stale/);
    log.assertClean({ allowWarnings: true });
  });
});

describe('the script tag alone', () => {
  test('paints the prerendered notice before the wasm, which then takes it over', async () => {
    const { page, log } = await browser.open('about:blank');
    let releaseWasm;
    const wasmHeld = new Promise((resolve) => (releaseWasm = resolve));
    await page.route('**/*.wasm', async (route) => {
      await wasmHeld;
      await route.continue();
    });
    await page.goto(browser.url('/script-only.html?lang=uk&variant=banner'));
    const [painted] = await eventually(page, () => shown(page), ([n]) => n?.lang === 'uk');
    assert.deepEqual(
      { lang: painted.lang, visible: painted.visible, interactive: painted.interactive },
      { lang: 'uk', visible: ['delay', 'fraud'], interactive: false },
      'readable while the wasm is held back',
    );
    assert.deepEqual(await recordedEvents(page, 'member-notice:ready'), [], 'not ready before the wasm');

    releaseWasm();
    await waitForRecorded(page, 'member-notice:ready');
    const [live] = await eventually(page, () => shown(page), ([n]) => n?.interactive);
    assert.deepEqual({ notices: live.notices, lang: live.lang, interactive: live.interactive }, { notices: 1, lang: 'uk', interactive: true });
    assert.match(live.key ?? '', /\|uk\|banner\|/, 'taken over, not rendered anew');
    log.assertClean();
  });
});

describe('when the wasm cannot run, the prerendered notice stays', () => {
  /**
   * Asserts a readable notice, exactly one error event with `code`, and nothing thrown;
   * `browserErrors` matches the browser's own console line about the failure.
   */
  async function assertStays(page, log, code, { expectedFailures = [], browserErrors } = {}) {
    const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
    assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, 'exactly one error event');
    assert.equal(error.detail.code, code);
    const [notice] = await eventually(page, () => shown(page), ([n]) => n?.visible.includes('fraud'));
    assert.deepEqual(notice.visible, ['delay', 'fraud'], 'the member keeps reading the banner');
    assert.deepEqual(log.pageErrors, [], 'nothing thrown into the page');
    if (browserErrors) log.errors = log.errors.filter((line) => !browserErrors.test(line));
    log.assertClean({ allowWarnings: true, expectedFailures });
  }

  test('the wasm file is missing (404)', async () => {
    const { page, log } = await browser.open('about:blank');
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(browser.url('/script-only.html?lang=ru'));
    const wasm = `${browser.url('/dist/')}${MANIFEST_WASM}`;
    // The browser checks the 404 page's body against the wasm's hash too and says so;
    // the widget's own line and event name the real problem (HTTP 404, code `load`).
    await assertStays(page, log, 'load', { expectedFailures: [wasm], browserErrors: /integrity/ });
    assert.ok(log.warnings.some((line) => line.includes('answered HTTP 404')), log.warnings.join('\n'));
  });

  test('the page’s CSP forbids WebAssembly', async () => {
    const { page, log } = await browser.open('/no-wasm-csp.html?lang=ar');
    // Chromium reports the refused compile as a console error of its own.
    await assertStays(page, log, 'load', { browserErrors: /WebAssembly|wasm-unsafe-eval/ });
  });

  test('the fragment with a failed script keeps the full notice too', async () => {
    const { page, log } = await browser.open('about:blank');
    await page.route('**/*.wasm', (route) => route.abort('failed'));
    await page.goto(browser.url('/prerendered.html?lang=de'));
    const wasm = `${browser.url('/dist/')}${MANIFEST_WASM}`;
    await assertStays(page, log, 'load', { expectedFailures: [wasm] });
  });
});

describe('the WebView page', () => {
  test('ships the German notice prerendered: ?lang=de takes it over, ?lang=ar renders Arabic anew', async () => {
    for (const [lang, hydrated] of [['de', true], ['ar', false]]) {
      const { page, log } = await browser.open(`/dist/webview.html?lang=${lang}&platform=ios`);
      log.knownFailures.push(browser.url('/favicon.ico'));
      const [notice] = await eventually(page, () => shown(page), ([n]) => n?.interactive && n.lang === lang);
      assert.deepEqual(
        { notices: notice.notices, lang: notice.lang, hydrated: notice.key !== null },
        { notices: 1, lang, hydrated },
        `?lang=${lang}`,
      );
      log.assertClean();
    }
  });

  test('without JavaScript it shows the full German notice', async () => {
    const { page, log } = await browser.open('/dist/webview.html?lang=de', { javaScriptEnabled: false });
    log.knownFailures.push(browser.url('/favicon.ico'));
    const [notice] = await shown(page);
    assert.deepEqual({ lang: notice.lang, visible: notice.visible }, { lang: 'de', visible: SECTIONS });
    log.assertClean();
  });
});

test('cargo xtask render prints exactly the fragment in dist/static/, in the phase asked for or the config\'s', () => {
  for (const [lang, variant, file, more = []] of [
    ['tr', 'full', 'tr.full.html'],
    ['ar-EG', 'banner', 'ar.html'],
    ['uk', 'banner', 'uk.resolved.html', ['--phase', 'resolved']],
    ['de', 'full', 'de.full.disruption.html', ['--config', 'e2e/fixtures/config/phase-disruption.json']],
  ]) {
    const printed = execFileSync('cargo', ['run', '--quiet', '--package', 'xtask', '--', 'render', '--lang', lang, '--variant', variant, ...more], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(printed.trim(), readFileSync(`${DIST_DIR}/static/${file}`, 'utf8'), `${lang} ${variant} ${more.join(' ')}`);
  }
});

const MANIFEST_WASM = JSON.parse(readFileSync(`${DIST_DIR}/manifest.json`, 'utf8')).files.find((f) =>
  f.path.endsWith('.wasm'),
).path;
