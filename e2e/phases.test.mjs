/**
 * No flash of another phase (issue 21): a member whose config says `resolved` never sees the
 * built-in phase's (`backlog`) text first. The config is held back by the test server until
 * the test releases it, and the page records every text its notices' shadow roots hold,
 * after every change (a MutationObserver on each shadow root, from the moment it is attached
 * or parsed):
 *
 * - by script tag: the loader paints nothing early (it cannot know the phase), the wasm
 *   renders nothing before the config, then the resolved notice;
 * - with the resolved fragment in the page's HTML: it stays on screen while the config is
 *   on its way, and the wasm takes it over in place;
 * - with the backlog fragment in the page's HTML, the recorder does see the backlog text,
 *   then the resolved notice: what a page gets that includes another phase's fragment (and
 *   a check that the recorder sees what shows).
 *
 * The phases' own text is compared by what the built-in notice shows, never pasted here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { noticeState, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** An init script: every text of every notice's shadow root, after each change, in order. */
function recordTexts() {
  const seen = [];
  Object.defineProperty(window, Symbol.for('member-notice.e2e.texts'), { value: seen });
  const watched = new WeakSet();
  const watch = (root) => {
    if (!root || watched.has(root)) return;
    watched.add(root);
    const note = () => {
      const text = root.textContent;
      if (seen.at(-1) !== text) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
  };
  // Shadow roots attached by script (the loader's early paint, the wasm)…
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
  // …and those the parser attached (a fragment in the page's HTML), before any script of the
  // widget can change them: the loader is deferred, the wasm comes later still.
  document.addEventListener('DOMContentLoaded', () => {
    for (const host of document.querySelectorAll('member-notice')) watch(host.shadowRoot);
  });
}

const recorded = (page) => page.evaluate(() => window[Symbol.for('member-notice.e2e.texts')].filter((text) => text.trim()));

let backlog;
/** The built-in (backlog) banner's headline and summary in German, as a page without config shows them. */
async function backlogTexts() {
  backlog ??= await readBacklogTexts();
  return backlog;
}

async function readBacklogTexts() {
  const { page, log } = await browser.open('/notice.html?lang=de&variant=banner');
  await waitForNotices(page);
  const texts = await page.evaluate(() => {
    const notice = document.querySelector('member-notice').shadowRoot.querySelector('.notice');
    return {
      phase: notice.dataset.phase,
      title: notice.querySelector('h2').textContent.trim(),
      summary: notice.querySelector('.summary').textContent.trim(),
    };
  });
  log.assertClean();
  await page.close();
  assert.equal(texts.phase, 'backlog');
  assert.ok(texts.title && texts.summary, JSON.stringify(texts));
  return texts;
}

/** Asserts no recorded text has the backlog's headline or summary; returns the last one. */
function assertNoBacklog(seen, backlog, what) {
  assert.ok(seen.length > 0, `${what}: something was recorded`);
  for (const [i, text] of seen.entries()) {
    assert.ok(!text.includes(backlog.title), `${what}: text ${i} has the backlog headline: ${text.slice(0, 160)}`);
    assert.ok(!text.includes(backlog.summary), `${what}: text ${i} has the backlog summary`);
  }
  return seen.at(-1);
}

const heldResolved = (name) => `/held/${name}?file=config/phase-resolved.json`;

test('a config that says resolved, served slowly: the backlog text never shows (script tag)', async () => {
  const backlog = await backlogTexts();
  const held = browser.held('resolved-by-script');
  const { page, log } = await browser.open(
    `/config.html?lang=de&variant=banner&config=${encodeURIComponent(heldResolved('resolved-by-script'))}`,
    { initScripts: [{ script: recordTexts }] },
  );
  // The wasm runs and has asked for the config; the loader's early paint would have come
  // long before.
  await held.arrived;
  assert.deepEqual(await recorded(page), [], 'nothing shows while the config is on its way');
  await held.release();
  await waitForNotices(page);
  const state = await noticeState(page);
  assert.equal(state.phase, 'resolved');
  const last = assertNoBacklog(await recorded(page), backlog, 'script tag');
  assert.ok(last.includes(state.title.text), 'the resolved notice shows at last');
  log.assertClean();
});

test('the resolved fragment in the page stays while the config is on its way, and is taken over in place', async () => {
  const backlog = await backlogTexts();
  const held = browser.held('resolved-fragment');
  const { page, log } = await browser.open(
    `/prerendered.html?lang=de&phase=resolved&config=${encodeURIComponent(heldResolved('resolved-fragment'))}`,
    { initScripts: [{ script: recordTexts }] },
  );
  await held.arrived;
  const before = await noticeState(page);
  assert.equal(before.phase, 'resolved', 'the page shows the resolved fragment');
  // Marks the fragment's element: a render anew would replace it.
  await page.evaluate(() => {
    document.querySelector('member-notice').shadowRoot.querySelector('.notice')[Symbol.for('e2e.fragment')] = true;
  });
  await held.release();
  await waitForNotices(page);
  const kept = await page.evaluate(
    () => document.querySelector('member-notice').shadowRoot.querySelector('.notice')[Symbol.for('e2e.fragment')] === true,
  );
  assert.ok(kept, 'the wasm took the fragment over in place (hydrated), not rendered anew');
  assert.equal((await noticeState(page)).phase, 'resolved');
  const seen = await recorded(page);
  assertNoBacklog(seen, backlog, 'resolved fragment');
  for (const text of seen) assert.ok(text.includes(before.title.text), 'the resolved headline throughout');
  log.assertClean();
});

test('a page with the backlog fragment but a resolved config shows the backlog first: the recorder sees it', async () => {
  const backlog = await backlogTexts();
  const { page, log } = await browser.open(
    `/prerendered.html?lang=de&config=${encodeURIComponent('/config/phase-resolved.json')}`,
    { initScripts: [{ script: recordTexts }] },
  );
  await waitForNotices(page);
  assert.equal((await noticeState(page)).phase, 'resolved', 'the config\'s phase replaces the fragment\'s');
  const seen = await recorded(page);
  assert.ok(seen[0].includes(backlog.title), 'the fragment of the page (backlog) was recorded first');
  assert.ok(!seen.at(-1).includes(backlog.title), 'then the resolved notice');
  log.assertClean();
});
