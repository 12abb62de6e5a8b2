/**
 * The remote config, given by script tag (`data-config`, fixtures/config.html, which also
 * records every event from the start):
 *
 * - every kind of bad config — malformed JSON, wrong types, a `javascript:` link, HTML or a
 *   bidi override in a term, oversized (with and without Content-Length), HTTP 500, missing,
 *   unreachable, slow to answer and slow to finish — leaves the built-in notice in place,
 *   raises exactly one `member-notice:error` with the right code and exactly one console
 *   warning naming the URL, and no uncaught error. Each bad config would visibly change the
 *   notice (`critical`, another brand name) if it were wrongly applied;
 * - the built-in notice renders at once: a config that takes a while updates it later, and
 *   one that takes too long (5 s) is given up, also when it arrives afterwards;
 * - valid configs take effect: `critical` has no dismiss button, terms replace the brand
 *   and provider names, an https link replaces "more information", and `active: false`, an
 *   `ends_at` in the past or a `starts_at` in the future hide the notice without leaving
 *   an empty box; a `"$schema"` key (for operators' editors) is ignored without a warning.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';

import { setupBrowser } from './support/browser.mjs';
import {
  eventually,
  matchesState,
  noticeState,
  pick,
  recordedEvents,
  settledNotice,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';
import { LATE_CONFIG, MAX_CONFIG_BYTES } from './support/server.mjs';

const browser = setupBrowser();

/** The fixture, embedding the widget with `data-config="<config>"`. */
const withConfig = (config) => `/config.html?config=${encodeURIComponent(config)}`;

/** The built-in German full notice, as no config has changed it. */
const BUILT_IN = {
  rendered: true,
  severity: 'warning',
  state: 'open',
  moreInfo: 'https://www.hkk.de/',
};
const builtIn = (state) => pick(state, Object.keys(BUILT_IN));

/**
 * Opens the fixture with `config`, waits for the error event and checks everything a bad
 * config must (and must not) cause. `failing` marks configs whose request fails on purpose.
 */
async function assertRefused(config, code, { failing = false, timeout = 10_000 } = {}) {
  const opened = await browser.open(withConfig(config));
  const { page, log } = opened;
  await waitForNotices(page);
  const url = browser.url(config); // as the loader resolves data-config; absolute URLs stay

  const errors = await waitForRecorded(page, 'member-notice:error', { timeout, settle: 300 });
  assert.equal(errors.length, 1, `exactly one error event, got ${JSON.stringify(errors.map((e) => e.detail))}`);
  assert.equal(errors[0].detail.code, code, `error code for ${config}`);
  assert.ok(errors[0].detail.message.includes(url), `the error message names ${url}: ${errors[0].detail.message}`);

  const state = await noticeState(page);
  assert.deepEqual(builtIn(state), BUILT_IN, 'the built-in notice stays');
  assert.ok(state.actions.includes('dismiss'), 'the built-in notice can still be collapsed');
  assert.ok(state.text.includes('hkk') && !state.text.includes('Fremdkasse'), 'the built-in brand name stays');

  const warnings = log.widgetWarnings();
  assert.equal(warnings.length, 1, `exactly one warning, got:\n${warnings.join('\n')}`);
  assert.ok(warnings[0].includes(url), `the warning names the URL ${url}: ${warnings[0]}`);
  log.assertClean({ allowWarnings: true, expectedFailures: failing ? [url] : [] });
  return { ...opened, errors };
}

describe('a bad config leaves the built-in notice, with one error event and one warning', () => {
  const CASES = [
    ['malformed JSON', '/config/malformed.json', 'config-malformed'],
    ['wrong types ("active": "yes")', '/config/wrong-types.json', 'config-invalid'],
    ['a javascript: link', '/config/javascript-link.json', 'config-invalid'],
    ['HTML in a term', '/config/html-term.json', 'config-invalid'],
    ['a bidi override in a term', '/config/bidi-term.json', 'config-invalid'],
    ['a sentence as the brand name', '/config/sentence-term.json', 'config-invalid'],
    ['a brand name in look-alike Cyrillic letters', '/config/lookalike-term.json', 'config-invalid'],
    // Refused without reading it to the end: the browser reports the download it gave up.
    [`oversized (> ${MAX_CONFIG_BYTES} bytes, with Content-Length)`, '/big.json', 'config-too-large', { failing: true }],
    ['one byte too large (chunked, no Content-Length)', `/big.json?chunked&bytes=${MAX_CONFIG_BYTES + 1}`, 'config-too-large', { failing: true }],
    ['100 MB (chunked, no Content-Length)', `/big.json?chunked&bytes=${100 * 1024 * 1024}`, 'config-too-large', { failing: true }],
    ['HTTP 500', '/status/500', 'config-http', { failing: true }],
    ['missing (404)', '/config/no-such-config.json', 'config-http', { failing: true }],
  ];
  for (const [what, config, code, options] of CASES) {
    test(what, () => assertRefused(config, code, options));
  }

  test('unreachable (connection refused)', async () => {
    // Same origin (trusted), but the server drops the connection without an answer.
    await assertRefused('/hangup', 'config-unreachable', { failing: true });
  });

  for (const [what, stall] of [
    ['slow to answer (> 5 s): timeout', 'headers'],
    ['answers at once but the body takes > 5 s: timeout', 'body'],
  ]) {
    test(what, async () => {
      const late = 6_500;
      const config = `/slow?ms=${late}&stall=${stall}`;
      const { page, log, errors } = await assertRefused(config, 'config-timeout', { failing: true, timeout: 9_000 });
      const [ready] = await recordedEvents(page, 'member-notice:ready');
      // The request starts as the page loads (well under a second here) and the notice
      // waits for it: the built-in notice renders only when the widget gives up.
      const waited = errors[0].at;
      assert.ok(waited > 5_000 && waited < 7_500, `gave up after about 5 s (${Math.round(waited)} ms after the page started)`);
      assert.ok(Math.abs(ready.at - errors[0].at) < 1_000, `rendered when it gave up (ready ${Math.round(ready.at)} ms, error ${Math.round(errors[0].at)} ms)`);
      // Giving up aborts the request, so the late config (critical) can never arrive.
      const aborted = await eventually(
        page,
        async () => log.failedRequests.filter((line) => line.startsWith(`${browser.url(config)}:`)),
        (lines) => lines.length > 0,
      );
      assert.match(aborted.join('\n'), /ERR_ABORTED/, 'the request was aborted when the widget gave up');
      assert.deepEqual(builtIn(await noticeState(page)), BUILT_IN, 'the answer that came too late is not applied');
    });
  }
});

test('a config with several problems names every one, and the misspelt field too', async () => {
  const { page, log } = await browser.open(withConfig('/config/many-problems.json'));
  const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 200 });
  assert.equal(error.detail.code, 'config-invalid');
  for (const field of ['`severity`', '`starts_at`']) {
    assert.ok(error.detail.message.includes(field), `${field} is named: ${error.detail.message}`);
  }
  const warnings = log.widgetWarnings();
  assert.ok(warnings.some((line) => line.includes('`activ`')), `the typo is named:\n${warnings.join('\n')}`);
  assert.equal(warnings.length, 2, 'one line for the unknown field, one for the refusal');
  assert.deepEqual(builtIn(await noticeState(page)), BUILT_IN, 'the built-in notice stays');
  log.assertClean({ allowWarnings: true });
});

describe('a good config takes effect', () => {
  /** Opens the fixture with `config` and waits until the notice matches `expected`. */
  async function applied(config, expected) {
    const { page, log } = await browser.open(withConfig(config));
    await waitForRecorded(page, 'member-notice:ready');
    const state = await settledNotice(page, expected);
    assert.ok(matchesState(state, expected), `${config} applied: expected ${inspect(expected)}, got ${inspect(state)}`);
    // A refused config would have raised its error instead of applying.
    assert.deepEqual(await recordedEvents(page, 'member-notice:error'), [], 'no error event');
    log.assertClean();
    return { page, state };
  }

  test('just under the size cap (64 KiB) is accepted', async () => {
    const { state } = await applied(`/big.json?bytes=${MAX_CONFIG_BYTES - 16}`, { severity: LATE_CONFIG.severity });
    assert.equal(state.rendered, true);
  });

  test('severity critical: no dismiss button', async () => {
    const { state } = await applied('/config/critical.json', { severity: 'critical' });
    assert.equal(state.state, 'open');
    assert.ok(!state.actions.includes('dismiss'), `a critical notice cannot be collapsed: ${state.actions}`);
  });

  test('terms replace the brand and the IT provider names, except in the fraud warning', async () => {
    const { page } = await applied('/config/terms.json', { text: /Testkasse/ });
    const texts = await page.evaluate(() => {
      const root = document.querySelector('member-notice').shadowRoot;
      const text = (selector) => [...root.querySelectorAll(selector)].map((e) => e.textContent).join(' ');
      return { fraud: text('[data-section=fraud]'), rest: text('[data-section]:not([data-section=fraud])') };
    });
    assert.match(texts.rest, /Musterdienst/, 'the new provider name is shown');
    assert.doesNotMatch(texts.rest, /Bitmarck/, 'the old provider name is gone');
    assert.doesNotMatch(texts.rest, /\bhkk\b/, 'the old brand name is gone outside the fraud warning');
    assert.match(texts.fraud, /\bhkk\b/, 'the fraud warning names the brand built into the release');
    assert.doesNotMatch(texts.fraud, /Testkasse/, 'a config cannot rename who never calls');
  });

  test('"$schema" (for editors) is ignored: the config applies, with no warning', async () => {
    // `applied` fails on any console warning, so an unknown-field warning for the key fails here.
    await applied('/config/with-schema.json', { severity: 'info' });
  });

  test('links.more_info (https) replaces the "more information" link', async () => {
    await applied('/config/link.json', { moreInfo: 'https://www.hkk.de/hinweis' });
  });

  test('a time window around now shows the notice', async () => {
    await applied('/config/window.json', { rendered: true, severity: 'info' });
  });

  for (const [what, config] of [
    ['active: false', '/config/inactive.json'],
    ['ends_at in the past', '/config/ended.json'],
    ['starts_at in the future', '/config/not-yet.json'],
  ]) {
    test(`${what} hides the notice and leaves no empty box`, async () => {
      const { state } = await applied(config, { rendered: false });
      assert.deepEqual(state, { rendered: false, host: true, hostHeight: 0 });
    });
  }

  test('a notice with a config waits for it: the config shows first, never the built-in notice', async () => {
    const held = browser.held('config-first');
    const { page, log } = await browser.open(withConfig('/held/config-first?file=config/critical.json'));
    await held.arrived;
    // The wasm runs and has asked for the config: nothing renders meanwhile, no ready goes out.
    assert.equal((await noticeState(page)).rendered, false, 'nothing shows while the config is on its way');
    assert.deepEqual(await recordedEvents(page, 'member-notice:ready'), []);
    await held.release();
    await waitForNotices(page);
    assert.equal((await noticeState(page)).severity, 'critical', 'the first render is the config\'s');
    const [ready] = await recordedEvents(page, 'member-notice:ready');
    assert.notEqual(ready.detail.contentVersion, 'builtin-1', 'ready reports the config\'s content');
    assert.deepEqual(await recordedEvents(page, 'member-notice:error'), []);
    log.assertClean();
  });
});
