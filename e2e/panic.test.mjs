/**
 * A panic never reaches the host page (issue 12, point 2).
 *
 * The shipped wasm traps on a Rust panic. These tests use the test-only release that panics
 * on demand (`cargo xtask dist --panic-test`, served at /dist-panic/) — while mounting, in a
 * click handler, in a fetch callback — or overflows its stack in a click handler (a trap
 * the engine reports as a RangeError, not a RuntimeError), and check each time that:
 *
 * - the page gets exactly one `member-notice:error` with code `internal`, and no uncaught
 *   error;
 * - both notices on the page keep showing what they showed, without controls that would
 *   call into the module — and a notice that showed nothing yet, because it waits for its
 *   config (the panic in the fetch callback comes as the config arrives), shows the
 *   built-in notice with its fraud warning instead of staying empty;
 * - the page's own scripts keep running, and the API answers without throwing.
 *
 * A last test checks that the shipped wasm cannot be made to panic this way.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { recordedEvents, waitForRecorded } from './support/notice.mjs';
import { DIST_DIR, PANIC_DIST_DIR } from './support/paths.mjs';

if (!existsSync(join(PANIC_DIST_DIR, 'member-notice.js'))) {
  throw new Error(`${PANIC_DIST_DIR} is missing: run \`cargo xtask dist --panic-test\` (\`cargo xtask test\` builds it)`);
}

const browser = setupBrowser();

/** What each notice on the page shows: its text, and whether any control is usable. */
function notices(page) {
  return page.evaluate(() =>
    ['first', 'second'].map((id) => {
      const root = document.getElementById(id).shadowRoot;
      const notice = root?.querySelector('.notice');
      if (!notice) return { id, shown: false };
      const usable = [...root.querySelectorAll('button, a[role="link"]')].filter((control) => {
        const style = getComputedStyle(control);
        return style.display !== 'none' && style.visibility !== 'hidden';
      });
      return {
        id,
        shown: true,
        fraud: !!notice.querySelector('[data-section="fraud"]'),
        interactive: notice.hasAttribute('data-interactive'),
        controls: usable.map((control) => control.getAttribute('data-action')),
      };
    }),
  );
}

/** Everything the issue asks of a contained trap (see the file's comment). */
async function assertContained(page, log) {
  const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
  assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, 'exactly one error event');
  assert.equal(error.detail.code, 'internal', error.detail.message);
  assert.match(error.detail.message, /please report/, 'says what to do');

  for (const notice of await notices(page)) {
    assert.ok(notice.shown, `${notice.id}: still on screen`);
    assert.ok(notice.fraud, `${notice.id}: with the fraud warning`);
    assert.equal(notice.interactive, false, `${notice.id}: no longer interactive`);
    assert.deepEqual(notice.controls, [], `${notice.id}: no control left that would call into the module`);
  }

  await page.click('#host-button');
  assert.equal(await page.getAttribute('#host-button', 'data-clicks'), '1', "the page's own scripts still run");
  const api = await page.evaluate(() => {
    const answers = [];
    try {
      const received = window.MemberNotice.receive('{"type":"setLocale","locale":"ar"}');
      answers.push(received instanceof Promise ? 'receive: a promise' : 'receive: no promise');
      window.MemberNotice.mount(document.querySelector('main'), { lang: 'en' }).catch(() => {});
      answers.push('mount: no throw');
    } catch (e) {
      answers.push(`threw: ${e}`);
    }
    return answers;
  });
  assert.deepEqual(api, ['receive: a promise', 'mount: no throw'], 'the API never throws');

  assert.deepEqual(log.pageErrors, [], 'nothing uncaught in the host page');
  log.assertClean({ allowWarnings: true });
  assert.equal(log.widgetWarnings().filter((line) => line.includes('internal error')).length, 1, 'one console line');
}

test('a panic while mounting: the prerendered notices stay', async () => {
  const { page, log } = await browser.open('/panic.html?panic=mount');
  await assertContained(page, log);
  assert.deepEqual(await recordedEvents(page, 'member-notice:ready'), [], 'no notice became ready');
});

test('a panic in a click handler: both notices stay as they were', async () => {
  const { page, log } = await browser.open('/panic.html?panic=click');
  await waitForRecorded(page, 'member-notice:ready', { count: 2 });
  assert.ok((await notices(page)).every((notice) => notice.interactive), 'live before the click');
  await page.locator('#first button.dismiss').click();
  await assertContained(page, log);
  const state = await page.evaluate(() =>
    document.getElementById('first').shadowRoot.querySelector('.notice').dataset.state,
  );
  assert.equal(state, 'open', 'the dismissal the panic interrupted did not happen halfway');
});

test('a stack overflow in a click handler is a trap too: both notices stay as they were', async () => {
  const { page, log } = await browser.open('/panic.html?panic=click-overflow');
  await waitForRecorded(page, 'member-notice:ready', { count: 2 });
  await page.locator('#first button.dismiss').click();
  await assertContained(page, log);
  const [error] = await recordedEvents(page, 'member-notice:error');
  assert.match(error.detail.message, /Maximum call stack size exceeded/, 'the overflow, not another trap');
});

test('a panic in a fetch callback: the notices stay', async () => {
  const { page, log } = await browser.open('/panic.html?panic=fetch&config=/config/v1.json');
  await assertContained(page, log);
});

test('the shipped wasm cannot panic on demand', () => {
  const wasmIn = (dir) => readFileSync(join(dir, readdirSync(dir).find((name) => name.endsWith('.wasm'))));
  assert.ok(wasmIn(PANIC_DIST_DIR).includes('data-test-panic'), 'the panic build has the trigger (so this check can fail)');
  assert.ok(!wasmIn(DIST_DIR).includes('data-test-panic'), 'dist/ has no trigger');
});
