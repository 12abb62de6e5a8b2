/**
 * The loader's copy of the language rules (for its early paint, before the wasm) agrees with
 * the wasm's (src/l10n/negotiate.rs) on the whole shared table, tests/fixtures/negotiation.json,
 * which tests/negotiation.rs checks against Rust. With the wasm held back, each notice shows
 * what the loader alone chose.
 *
 * The WebView's `?lang=` rows are left out: the loader never paints in the WebView (its page
 * ships its own prerendered notice). Pseudo-locales are chosen only by the wasm: the loader
 * paints nothing for them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { EASY_READ, eventually, waitForNotices } from './support/notice.mjs';
import { ROOT } from './support/paths.mjs';

const browser = setupBrowser();
const TABLE = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/negotiation.json`, 'utf8'));

/** Init script: `navigator.languages` reports `tags`. */
function fakeNavigatorLanguages(tags) {
  Object.defineProperty(Navigator.prototype, 'languages', { configurable: true, get: () => tags });
}

/** Opens the page with the wasm held back, adds one notice per explicit tag, returns what each painted. */
async function painted(pageLang, navigator, explicitTags) {
  const { page, log } = await browser.open('about:blank', { initScript: fakeNavigatorLanguages, initArg: navigator });
  await page.route('**/*.wasm', () => {}); // never answered: the loader's paint is all there is
  await page.goto(browser.url(`/negotiation-agreement.html?page-lang=${encodeURIComponent(pageLang)}`));
  await page.evaluate((tags) => {
    const hosts = document.getElementById('hosts');
    for (const tag of tags) {
      const element = document.createElement('member-notice');
      if (tag !== null) element.setAttribute('lang', tag);
      hosts.append(element);
    }
  }, explicitTags);
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('#hosts member-notice')].map(
        (host) => {
          const notice = host.shadowRoot?.querySelector('.notice');
          // The Leichte Sprache version says lang="de"; its layout attribute tells it apart.
          if (notice?.hasAttribute('data-easy-read')) return 'de-x-ls';
          return notice?.getAttribute('lang') ?? null;
        },
      ),
    );
  return { page, log, read };
}

test('one tag: the loader names the same shipped locale as the wasm (else falls back to German)', async () => {
  // Tags only an explicit choice reaches by name are the chains' business (below).
  const byName = [EASY_READ];
  const tags = Object.entries(TABLE.tags).filter(([tag]) => !byName.some((p) => p.toLowerCase() === tag.trim().toLowerCase()));
  // No other source matches, so a tag that names nothing ends at German.
  const { page, read } = await painted('qaa', ['qab'], tags.map(([tag]) => tag));
  const langs = await eventually(page, read, (all) => all.every((lang) => lang !== null), 10_000);
  const disagree = tags
    .map(([tag, expected], i) => ({ tag, wasm: expected ?? 'de', loader: langs[i] }))
    .filter(({ wasm, loader }) => wasm !== loader);
  assert.deepEqual(disagree, [], 'the loader and the wasm choose the same locale');
});

test('the release has no pseudo-locales: lang="ar-XB" is Arabic, never the mirrored test text', async () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}/dist/manifest.json`, 'utf8'));
  assert.ok(!('pseudoLocales' in manifest), 'the manifest lists no pseudo-locales');
  // The loader paints the base language's notice…
  const { page, read } = await painted('de', ['de'], ['ar-XB', 'en-XA']);
  assert.deepEqual(await eventually(page, read, (all) => all.every(Boolean), 10_000), ['ar', 'en']);
  const text = (url) => browser.open(url).then(async ({ page }) => {
    await waitForNotices(page, 1);
    return page.evaluate(() => document.querySelector('member-notice').shadowRoot.querySelector('.notice').textContent);
  });
  // …and the wasm renders exactly the Arabic notice.
  assert.equal(await text('/element.html?lang=ar-XB'), await text('/element.html?lang=ar'));
});

for (const [i, row] of TABLE.chains.entries()) {
  if (row.url) continue;
  test(`chain ${i + 1}: explicit ${JSON.stringify(row.explicit)}, <html lang=${JSON.stringify(row.document)}>, browser ${JSON.stringify(row.navigator)} → ${row.locale}`, async () => {
    const { page, read } = await painted(row.document, row.navigator, [row.explicit || null]);
    const [lang] = await eventually(page, read, ([lang]) => lang !== null, 10_000);
    assert.equal(lang, row.locale);
  });
}
