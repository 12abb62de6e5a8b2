/**
 * The script-tag embed contract, one fixture per way a web team might write the tag:
 *
 * - `defer`, `async`, `type="module"`, and a blocking classic script in <head> before its
 *   target (the loader waits for DOMContentLoaded) each mount exactly one notice into the
 *   target, with a clean console.
 * - no `data-target` → mounted right before the script tag;
 * - a `data-target` that matches nothing → mounted right before the script tag, with exactly
 *   one `[member-notice]` warning;
 * - a bare tag (no mount attributes) mounts nothing but defines `window.MemberNotice`
 *   (`version`, `locales`) and the `<member-notice>` element;
 * - the snippet pasted twice → still one notice in the target, no errors;
 * - the only new global is `MemberNotice`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { LOCALES, readNotice, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Where the page's `<member-notice>` elements sit: parent id and next sibling. */
async function placements(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('member-notice')].map((host) => ({
      parent: host.parentElement?.id || host.parentElement?.localName,
      beforeLoader: /\/member-notice\.js$/.test(host.nextElementSibling?.getAttribute('src') ?? ''),
    })),
  );
}

/** Asserts a notice in German banner form rendered inside `host`. */
async function assertRendered(page, host = 'member-notice') {
  const notice = await readNotice(page, host);
  assert.ok(notice, 'the notice rendered');
  assert.equal(notice.lang, 'de');
  assert.equal(notice.variant, 'banner');
}

describe('mounts exactly one notice into the target', () => {
  const fixtures = {
    defer: 'embed-defer.html',
    async: 'embed-async.html',
    'type="module"': 'embed-module.html',
    'classic, no defer, before the target': 'embed-blocking.html',
  };
  for (const [how, fixture] of Object.entries(fixtures)) {
    test(how, async () => {
      const { page, log } = await browser.open(`/${fixture}`);
      assert.equal(await waitForNotices(page, 1), 1);
      assert.deepEqual(await placements(page), [{ parent: 'notice', beforeLoader: false }]);
      await assertRendered(page);
      log.assertClean();
    });
  }
});

test('without data-target the notice is mounted right before the script tag', async () => {
  const { page, log } = await browser.open('/embed-no-target.html');
  await waitForNotices(page, 1);
  assert.deepEqual(await placements(page), [{ parent: 'main', beforeLoader: true }]);
  await assertRendered(page);
  log.assertClean();
});

test('a data-target that matches nothing mounts before the script and warns once', async () => {
  const { page, log } = await browser.open('/embed-missing-target.html');
  await waitForNotices(page, 1);
  assert.deepEqual(await placements(page), [{ parent: 'main', beforeLoader: true }]);
  await assertRendered(page);
  assert.equal(log.warnings.length, 1, `exactly one warning, got:\n${log.warnings.join('\n')}`);
  assert.match(log.warnings[0], /^\[member-notice\] /);
  assert.match(log.warnings[0], /#does-not-exist/, 'the warning names the selector');
  log.assertClean({ allowWarnings: true });
});

test('a bare script tag mounts nothing but defines the API and the element', async () => {
  const { page, log } = await browser.open('/embed-bare.html');
  const api = await page.evaluate(() => ({
    type: typeof window.MemberNotice,
    version: window.MemberNotice?.version,
    locales: window.MemberNotice?.locales && [...window.MemberNotice.locales],
    mount: typeof window.MemberNotice?.mount,
    element: typeof customElements.get('member-notice'),
    notices: document.querySelectorAll('member-notice').length,
  }));
  assert.equal(api.type, 'object', 'window.MemberNotice is defined');
  assert.equal(typeof api.version, 'string');
  assert.notEqual(api.version, '', 'MemberNotice.version is not empty');
  assert.doesNotMatch(api.version, /__MEMBER_NOTICE/, 'the build filled in the version');
  assert.deepEqual([...api.locales].sort(), [...LOCALES].sort(), 'MemberNotice.locales lists every shipped locale (as the manifest does)');
  assert.equal(api.mount, 'function');
  assert.equal(api.element, 'function', '<member-notice> is defined');
  assert.equal(api.notices, 0, 'nothing is mounted');
  log.assertClean();
});

test('the snippet included twice still shows one notice, without errors', async () => {
  const { page, log } = await browser.open('/embed-twice.html');
  await page.locator('member-notice .notice').first().waitFor();
  // Give a second (wrong) mount the same chance to render as the first.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('member-notice')].every((host) => host.shadowRoot?.querySelector('.notice')),
  );
  log.assertClean();
  const where = await placements(page);
  assert.equal(
    where.length,
    1,
    `expected one <member-notice> in #notice (a pasted-twice snippet must not stack two identical ` +
      `notices), found ${JSON.stringify(where)}`,
  );
  assert.equal(where[0].parent, 'notice');
  await assertRendered(page);
});

test('window gains no global besides MemberNotice', async () => {
  const { page, log } = await browser.open('/embed-globals.html');
  await waitForNotices(page, 1);
  const added = await page.evaluate(() => {
    const before = new Set(JSON.parse(document.documentElement.getAttribute('data-globals-before')));
    return {
      names: Object.getOwnPropertyNames(window).filter((name) => !before.has(name)),
      keys: Object.keys(window).filter((name) => !before.has(name)),
    };
  });
  assert.deepEqual(added.names, ['MemberNotice'], 'own property names added to window');
  assert.deepEqual(added.keys.filter((name) => name !== 'MemberNotice'), [], 'enumerable keys added to window');
  log.assertClean();
});

test('a page that owns a non-configurable window.MemberNotice keeps it; the notice still mounts', async () => {
  const { page, log } = await browser.open('/notice.html?lang=de&variant=banner', {
    initScript: () => Object.defineProperty(window, 'MemberNotice', { value: 'the page’s own', configurable: false }),
  });
  assert.equal(await waitForNotices(page, 1), 1);
  await assertRendered(page);
  assert.equal(await page.evaluate(() => window.MemberNotice), 'the page’s own');
  const warnings = log.widgetWarnings();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /window\.MemberNotice is already taken/);
  log.assertClean({ allowWarnings: true });
});
