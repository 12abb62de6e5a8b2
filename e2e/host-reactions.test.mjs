/**
 * A host page that reacts to the widget at once cannot freeze it (issue 17, L1).
 *
 * Events, bridge messages and console lines leave the wasm module in a microtask after the
 * call that made them has returned, `console` is called so that its exceptions come back
 * to the module, and only a real trap poisons it (that one still does:
 * e2e/panic.test.mjs; the guard's rule itself: e2e/guard.test.mjs).
 * fixtures/host-reactions.html has two notices: `#a`, whose events the page reacts to,
 * and `#b`, an unrelated English notice. `#a` is given a config from an untrusted origin,
 * which is refused with a `member-notice:error` (`config-untrusted`) and one console
 * warning, and the page
 *
 * - removes `#a` in its error listener,
 * - moves `#a` to the end of the page in its error listener,
 * - has a `console.warn` that throws (as some error trackers and test setups do).
 *
 * Each time: no `internal` error, nothing else in the console, nothing uncaught, and `#b`
 * (and `#a`, where it is still on the page) still collapses and opens again, with its
 * `member-notice:dismiss` and `member-notice:restore`. Two more tests pin down when things
 * leave: after the call that made them has returned (`setAttribute`, a handle's `update`),
 * in order, before the page's next task.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { eventually, recordedEvents, waitForNotices, waitForRecorded } from './support/notice.mjs';

const browser = setupBrowser();

const UNTRUSTED = 'https://evil.example/c.json';
/** Where the page with the throwing console.warn keeps what it was given. */
const WARNINGS = 'host-reactions.warnings';

/** Opens the fixture and waits until both notices are live. */
async function open(options) {
  const opened = await browser.open('/host-reactions.html', options);
  await waitForNotices(opened.page, 2);
  return opened;
}

/**
 * Gives `#a` the untrusted config, with an error listener on `#a` that does `reaction`
 * (`remove`, `move` or `nothing`), and waits for the error event.
 */
async function refuseWith(page, reaction) {
  await page.evaluate(
    ([reaction, url]) => {
      const reactions = {
        remove: (event) => event.target.remove(),
        move: (event) => document.body.appendChild(event.target),
        nothing: () => {},
      };
      const a = document.getElementById('a');
      a.addEventListener('member-notice:error', reactions[reaction]);
      a.setAttribute('config', url);
    },
    [reaction, UNTRUSTED],
  );
  const [error] = await waitForRecorded(page, 'member-notice:error');
  assert.equal(error.detail.code, 'config-untrusted', error.detail.message);
  assert.equal(error.targetId, 'a');
}

/** Collapses notice `#id` and opens it again with clicks; both events must arrive. */
async function assertLive(page, id) {
  const seen = async (type) => (await recordedEvents(page, `member-notice:${type}`)).filter((e) => e.targetId === id);
  for (const action of ['dismiss', 'restore']) {
    const before = (await seen(action)).length;
    await page.locator(`#${id} button[data-action="${action}"]`).click();
    const after = await eventually(page, () => seen(action), (events) => events.length > before);
    assert.equal(after.length, before + 1, `#${id}: member-notice:${action} arrives`);
  }
  const state = await page.evaluate(
    (id) => document.getElementById(id).shadowRoot.querySelector('.notice').dataset.state,
    id,
  );
  assert.equal(state, 'open', `#${id}: open again`);
}

/** Only the one refusal: no `internal` error, no other event of error. */
async function assertOnlyTheRefusal(page) {
  const errors = (await recordedEvents(page, 'member-notice:error')).map((e) => e.detail.code);
  assert.deepEqual(errors, ['config-untrusted'], 'one error event, and no internal one');
}

test('the console line and the event of a refusal come after the call that raised them, before the next task', async () => {
  const { page, log } = await open();
  const order = await page.evaluate(
    (url) =>
      new Promise((resolve) => {
        const order = [];
        const warn = console.warn;
        console.warn = (...args) => {
          order.push('console.warn');
          warn.apply(console, args);
        };
        const a = document.getElementById('a');
        a.addEventListener('member-notice:error', () => order.push('event'));
        setTimeout(() => {
          console.warn = warn;
          resolve(order.concat('next task'));
        });
        a.setAttribute('config', url);
        order.push('setAttribute returned');
      }),
    UNTRUSTED,
  );
  assert.deepEqual(order, ['setAttribute returned', 'console.warn', 'event', 'next task']);
  assert.equal(log.widgetWarnings().length, 1, 'the refusal is in the console');
  log.assertClean({ allowWarnings: true });
});

test("a bridge message leaves after the call that made it has returned, before the next task", async () => {
  const { page, log } = await open();
  const order = await page.evaluate(async (url) => {
    const posted = [];
    window.MemberNoticeBridge = { postMessage: (message) => posted.push(JSON.parse(message).type) };
    const container = document.querySelector('main').appendChild(document.createElement('div'));
    const handle = await window.MemberNotice.mount(container, { webview: true, lang: 'de' });
    for (let tries = 0; !posted.includes('ready') && tries < 500; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    posted.length = 0;
    handle.update({ config: url });
    posted.push('update returned');
    await new Promise((resolve) => setTimeout(resolve));
    return posted.concat('next task');
  }, UNTRUSTED);
  assert.deepEqual(order, ['update returned', 'error', 'next task']);
  assert.equal(log.widgetWarnings().length, 1, 'the refusal is in the console');
  log.assertClean({ allowWarnings: true });
});

test('a listener that removes its notice on member-notice:error freezes nothing', async () => {
  const { page, log } = await open();
  await refuseWith(page, 'remove');
  assert.equal(await page.locator('#a').count(), 0, 'the listener removed #a');
  await assertLive(page, 'b');
  await assertOnlyTheRefusal(page);
  assert.equal(log.widgetWarnings().length, 1, 'one console line: the refusal');
  assert.match(log.widgetWarnings()[0], /evil\.example/);
  log.assertClean({ allowWarnings: true });
  assert.equal(log.warnings.length, 1, `nothing else in the console:\n${log.warnings.join('\n')}`);
});

// Were a moved notice mounted anew, its error would come again, to a listener that moves it
// again, for ever: the page would hang, so the test has a deadline.
test('a listener that moves its notice on member-notice:error freezes nothing', { timeout: 60_000 }, async () => {
  const { page, log } = await open();
  await refuseWith(page, 'move');
  const last = await page.evaluate(() => document.body.lastElementChild.id);
  assert.equal(last, 'a', 'the listener moved #a to the end of the page');
  await waitForNotices(page, 2);
  await assertLive(page, 'a');
  await assertLive(page, 'b');
  const ready = (await recordedEvents(page, 'member-notice:ready')).filter((e) => e.targetId === 'a');
  assert.equal(ready.length, 1, 'the moved notice kept running: it was not mounted anew');
  await assertOnlyTheRefusal(page);
  assert.equal(log.widgetWarnings().length, 1, 'one console line: the refusal');
  log.assertClean({ allowWarnings: true });
  assert.equal(log.warnings.length, 1, `nothing else in the console:\n${log.warnings.join('\n')}`);
});

test('a console.warn that throws poisons nothing', async () => {
  const { page, log } = await open({
    initScript: (key) => {
      const lines = [];
      Object.defineProperty(window, Symbol.for(key), { value: lines });
      console.warn = (...args) => {
        lines.push(args.join(' '));
        throw new Error('the error tracker broke');
      };
    },
    initArg: WARNINGS,
  });
  await refuseWith(page, 'nothing');
  await assertLive(page, 'a');
  await assertLive(page, 'b');
  await assertOnlyTheRefusal(page);
  const lines = await page.evaluate((key) => window[Symbol.for(key)], WARNINGS);
  assert.equal(lines.length, 1, `console.warn got only the refusal:\n${lines.join('\n')}`);
  assert.match(lines[0], /^\[member-notice\] config https:\/\/evil\.example\/c\.json /);
  assert.deepEqual(log.pageErrors, [], 'nothing uncaught');
  log.assertClean();
});
