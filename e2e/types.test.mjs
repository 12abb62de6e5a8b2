/**
 * dist/member-notice.d.ts against what a page really gets from dist/member-notice.js
 * (fixtures/api.html, a bare script tag), read with the TypeScript compiler API
 * (types/facts.mjs): the keys of `window.MemberNotice`, the members of a mounted handle,
 * the attributes `<member-notice>` observes, and the version and locales the release
 * names. `cargo xtask types` compares the same d.ts with the loader's source and the crate's
 * lists of events and error codes; this test checks that what runs agrees too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { declared } from '../types/facts.mjs';
import { setupBrowser } from './support/browser.mjs';
import { waitForNotices } from './support/notice.mjs';
import { DIST_DIR } from './support/paths.mjs';

const browser = setupBrowser();
const MANIFEST = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.json'), 'utf8'));
const TYPES = join(DIST_DIR, MANIFEST.types);

test('the shipped types declare what the loader exposes in the browser, no more', async () => {
  const types = declared(TYPES);
  const { page, log } = await browser.open('/api.html');
  const handle = await page.evaluateHandle(() => window.MemberNotice.mount(document.getElementById('container'), { lang: 'tr' }));
  await waitForNotices(page);
  const runtime = await handle.evaluate((h) => {
    const members = new Set(Object.keys(h));
    for (let proto = Object.getPrototypeOf(h); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor') members.add(name);
    }
    return {
      api: Object.keys(window.MemberNotice).sort(),
      frozen: Object.isFrozen(window.MemberNotice),
      handle: [...members].sort(),
      attributes: [...customElements.get('member-notice').observedAttributes].sort(),
      element: document.querySelector('member-notice') instanceof HTMLElement,
      version: window.MemberNotice.version,
      locales: [...window.MemberNotice.locales],
    };
  });
  assert.deepEqual(runtime.api, types.api, 'MemberNotice: the keys a page sees are the ones declared');
  assert.ok(runtime.frozen, 'MemberNotice is frozen, as its members are declared read-only');
  assert.deepEqual(runtime.handle, types.handle, 'MemberNotice.Handle: the members of a mounted handle');
  assert.deepEqual(runtime.attributes, types.attributes, 'MemberNotice.Attributes: the attributes <member-notice> observes');
  assert.equal(types.element, 'HTMLMemberNoticeElement');
  assert.ok(runtime.element);
  assert.equal(runtime.version, MANIFEST.version, 'MemberNotice.version is the manifest\'s');
  assert.deepEqual(runtime.locales, MANIFEST.locales);
  assert.match(readFileSync(TYPES, 'utf8'), new RegExp(`^/\\*\\*\\n \\* Types for member-notice ${MANIFEST.version.replace(/\./g, '\\.')}:`),
    'the d.ts names the release it belongs to');
  log.assertClean();
});
