/**
 * Markup alone cannot blank, break or switch the notice (issue 17 §1).
 *
 * A named element — `<img name="createTextNode">` from an HTML-injection flaw or an editor's
 * paste — shadows that member of `document`. For every document member the shipped
 * `member-notice.js` (loader, wasm-bindgen glue, guard) names, found in the built file and
 * checked in Chromium, not typed here, a page with `<img name="…" lang="ar">` shows every
 * notice exactly as the same page without it does: complete, live, in the page's German,
 * fraud rule included, with no `internal` (or any other) error.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { DIST_DIR } from './support/paths.mjs';

const browser = setupBrowser();

/** Every identifier the shipped loader bundle names as a member or a string. */
function namesInBundle() {
  const bundle = readFileSync(`${DIST_DIR}/member-notice.js`, 'utf8');
  const names = new Set();
  for (const [, name] of bundle.matchAll(/\.([A-Za-z_$][\w$]*)/g)) names.add(name);
  for (const [, name] of bundle.matchAll(/["'`]([A-Za-z_$][\w$]*)["'`]/g)) names.add(name);
  return [...names].sort();
}

/** Of `names`, the document's members that a named `<img>` shadows (asked of Chromium itself). */
async function shadowable(names) {
  const { page } = await browser.open('/named-element.html?name=none');
  return page.evaluate((names) => {
    // Named elements shadow only on a document with a browsing context: this page's own.
    const make = Document.prototype.createElement;
    const append = Node.prototype.appendChild;
    const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body').get.call(document);
    return names.filter((name) => {
      // Only what the document has: a member a named element would hide.
      if (!(name in document)) return false;
      const img = make.call(document, 'img');
      img.setAttribute('name', name);
      append.call(body, img);
      const shadowed = document[name] === img;
      img.remove();
      return shadowed;
    });
  }, names);
}

const HOSTS = ['element', 'configured', 'level', 'target member-notice'];

/**
 * Waits until the four notices are live and the config has applied, then reads each one's
 * language, liveness and text — through the prototypes, since the page's own `document`
 * members may be shadowed — and every error event.
 */
async function readNotices(page) {
  const events = () =>
    page.evaluate(() => (window[Symbol.for('member-notice.e2e.events')] || []).map((e) => [e.type, e.detail?.code]));
  const done = (list) =>
    list.filter(([type]) => type === 'member-notice:ready').length >= 4 &&
    list.some(([type]) => type === 'member-notice:update');
  const deadline = Date.now() + 20_000;
  let list = await events();
  while (!done(list) && !list.some(([type]) => type === 'member-notice:error') && Date.now() < deadline) {
    await page.waitForFunction(
      (count) => (window[Symbol.for('member-notice.e2e.events')] || []).length > count,
      list.length,
      { timeout: Math.max(1, deadline - Date.now()) },
    ).catch(() => {});
    list = await events();
  }
  const notices = await page.evaluate((hosts) => {
    const find = Document.prototype.querySelector;
    return hosts.map((selector) => {
      const host = find.call(document, selector.startsWith('target') ? '#target member-notice' : `#${selector}`);
      const notice = host?.shadowRoot?.querySelector('.notice');
      return notice && {
        lang: notice.getAttribute('lang'),
        live: notice.hasAttribute('data-interactive'),
        fraud: notice.querySelector('[data-section="fraud"]')?.textContent.trim() ?? '',
        text: notice.textContent.replace(/\s+/g, ' ').trim(),
      };
    });
  }, HOSTS);
  return { events: list, notices };
}

/** What a page with named elements for `names` (`?name=` for one, `?names=` for many) shows. */
async function withNamed(names) {
  const query = names.length === 1 ? `name=${encodeURIComponent(names[0])}` : `names=${names.map(encodeURIComponent).join(',')}`;
  const { page, log } = await browser.open(`/named-element.html?${query}`);
  const seen = await readNotices(page);
  await page.context().close();
  return { ...seen, pageErrors: log.pageErrors };
}

/** How `seen` differs from the clean page's `reference`, in words; empty when it does not. */
function differences(seen, reference) {
  const problems = [];
  const errors = seen.events.filter(([type]) => type === 'member-notice:error').map(([, code]) => code);
  if (errors.length) problems.push(`error events ${errors.join(', ')}`);
  seen.notices.forEach((notice, i) => {
    if (!notice) problems.push(`${HOSTS[i]}: no notice`);
    else if (notice.lang !== 'de') problems.push(`${HOSTS[i]}: lang=${notice.lang}`);
    else if (!notice.live) problems.push(`${HOSTS[i]}: not live`);
    else if (notice.text !== reference.notices[i].text) problems.push(`${HOSTS[i]}: other text`);
  });
  if (seen.pageErrors.length) problems.push(`page errors: ${seen.pageErrors.join('; ')}`);
  return problems;
}

test('no named element in the page changes any notice', async (t) => {
  const names = await shadowable(namesInBundle());
  t.diagnostic(`${names.length} document members named by member-notice.js: ${names.join(' ')}`);
  // The members the review found shadowed must be among those the build names.
  for (const known of ['createTextNode', 'createElement', 'createComment', 'documentElement']) {
    assert.ok(names.includes(known), `${known} is found in the built member-notice.js`);
  }

  const reference = await withNamed(['none']);
  for (const [i, notice] of reference.notices.entries()) {
    assert.ok(notice?.live && notice.lang === 'de' && notice.fraud !== '', `${HOSTS[i]} renders on a clean page`);
  }
  assert.deepEqual(differences(reference, reference), []);

  // All of them at once; only when that fails, one at a time, to name the culprits.
  const together = differences(await withNamed(names), reference);
  if (together.length === 0) return;
  const culprits = [];
  for (const name of names) {
    const problems = differences(await withNamed([name]), reference);
    if (problems.length) culprits.push(`<img name="${name}">: ${problems.join('; ')}`);
  }
  assert.fail(`with every name at once: ${together.join('; ')}\none at a time:\n  ${culprits.join('\n  ')}`);
});
