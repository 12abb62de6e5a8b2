/**
 * The translators' preview (demo/preview.html on the preview build in target/preview/):
 * every locale renders, edits re-render the notice as you type, and the in-browser
 * checker reports exactly what `cargo xtask i18n check` reports for the same file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { message } from './support/messages.mjs';
import { DIRECTIONS, EASY_READ, LOCALES } from './support/notice.mjs';

/**
 * The pseudo-locales and their writing direction (src/l10n/locales.rs): only the preview and
 * the tests have them, never the release (whose manifest therefore cannot list them).
 */
const PSEUDO_DIRECTIONS = { 'en-XA': 'ltr', 'ar-XB': 'rtl' };
import { CHECK_FIXTURES_DIR, PREVIEW_DIR, ROOT } from './support/paths.mjs';

if (!existsSync(`${PREVIEW_DIR}/member-notice-preview.js`)) {
  throw new Error(`${PREVIEW_DIR} is missing: run \`cargo xtask test\` (or \`cargo xtask serve\`), which builds the preview`);
}

const { open } = setupBrowser();

/** Checker fixture cases whose German file is the shipped one, so the preview (which
 * always compares with the shipped German) sees the same input as the CLI. */
const CASES = ['bidi-control', 'duplicate-id', 'markup', 'missing-message', 'missing-term',
  'obsolete-message', 'syntax-error', 'unindented-line', 'unknown-reference', 'zero-width-character',
  'literal-term', 'likely-rename'];

async function openPreview() {
  const { page, log } = await open('/demo/preview.html');
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return { page, log };
}

/** The findings the page lists, as the CLI prints them. */
async function listedFindings(page) {
  return page.$$eval('#findings li', (items) => items.map((item) => item.textContent));
}

/** How many times the page has run the checker so far. */
const checks = (page) => page.$eval('#summary', (summary) => Number(summary.dataset.checks ?? 0));

/** Puts `text` into the editor as `locale` and waits for the checker's verdict on it. */
async function edit(page, locale, text) {
  if ((await page.inputValue('#locale')) !== locale) {
    const before = await checks(page);
    await page.selectOption('#locale', locale);
    await page.waitForFunction((n) => Number(document.querySelector('#summary').dataset.checks) > n, before);
  }
  const before = await checks(page);
  await page.fill('#ftl', text);
  // The editor checks 150 ms after the last keystroke.
  await page.waitForFunction((n) => Number(document.querySelector('#summary').dataset.checks) > n, before);
}

test('every locale renders in the grid, banner and full, light and dark', async () => {
  const { page, log } = await openPreview();
  const tags = [...LOCALES, ...Object.keys(PSEUDO_DIRECTIONS)];
  await page.waitForFunction(
    (count) => [...document.querySelectorAll('#grid figure > div')]
      .filter((host) => host.shadowRoot?.querySelector('section.notice')).length === count,
    tags.length * 4,
    { timeout: 15_000 },
  );
  const langs = await page.$$eval('#grid figure > div', (hosts) =>
    hosts.map((host) => {
      const notice = host.shadowRoot.querySelector('section.notice');
      // The Leichte Sprache version says lang="de"; its layout attribute tells it apart.
      const lang = notice.hasAttribute('data-easy-read') ? `${notice.lang}-x-ls` : notice.lang;
      return `${lang}/${notice.dir}/${notice.dataset.variant}/${notice.dataset.theme}`;
    }),
  );
  for (const tag of tags) {
    const dir = DIRECTIONS[tag] ?? PSEUDO_DIRECTIONS[tag];
    for (const theme of ['light', 'dark']) {
      for (const variant of ['banner', 'full']) {
        assert.ok(langs.includes(`${tag}/${dir}/${variant}/${theme}`), `${tag} ${variant} ${theme} is shown`);
      }
    }
  }
  log.assertClean();
});

test('an edit re-renders the notice as you type, and a clean file has no findings', async () => {
  const { page, log } = await openPreview();
  const english = readFileSync(`${ROOT}/i18n/en/notice.ftl`, 'utf8');
  const title = 'Edited live in the preview';
  await edit(page, 'en', english.replace(/^notice-title = .*$/m, `notice-title = ${title}`));
  const shown = await page.$eval('#live figure > div', (host) => host.shadowRoot.querySelector('h4').textContent);
  assert.equal(shown.trim(), title);
  assert.equal(await page.textContent('#summary'), 'en/notice.ftl: no problems found.');
  assert.deepEqual(await listedFindings(page), []);
  log.assertClean();
});

test('the in-browser checker reports what the CLI reports, for every fixture', async () => {
  const { page, log } = await openPreview();
  for (const name of CASES) {
    const dir = `${CHECK_FIXTURES_DIR}/${name}`;
    let output;
    try {
      output = execFileSync('cargo', ['run', '--quiet', '--package', 'xtask', '--', 'i18n', 'check', '--format', 'json', dir],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      output = error.stdout; // exit status 1: the fixture has an error, as intended
    }
    // The CLI names files as the folder was given (here absolute, also inside messages); the
    // preview names them relative to the locales' folder.
    const cli = JSON.parse(output).findings.map((f) => {
      assert.ok(f.path.startsWith(`${dir}/`), `${f.path} is named under the folder given, ${dir}`);
      return `${f.path}:${f.line}:${f.col}: ${f.severity}: ${f.message} — ${f.fix}`.replaceAll(`${dir}/`, '');
    });
    assert.ok(cli.length > 0, `${name}: the CLI finds the deliberate mistake`);
    const locale = cli[0].split('/')[0];
    await edit(page, locale, readFileSync(`${dir}/${locale}/notice.ftl`, 'utf8'));
    assert.deepEqual(await listedFindings(page), cli, `${name}: preview and CLI agree`);
  }
  log.assertClean();
});

test('the German versions are edited as notice.ftl and keep their german-only.ftl', async () => {
  // The editor holds notice.ftl alone; the notice shows it with the locale's
  // german-only.ftl, whose switch label must survive every keystroke.
  const { page, log } = await openPreview();
  for (const locale of ['de', EASY_READ]) {
    const ftl = readFileSync(`${ROOT}/i18n/${locale}/notice.ftl`, 'utf8');
    const title = `Live bearbeitet (${locale})`;
    await edit(page, locale, ftl.replace(/^notice-title = .*$/m, `notice-title = ${title}`));
    assert.equal(await page.inputValue('#ftl').then((text) => text.includes('notice-language-switch')), false,
      `${locale}: the editor has no German-only message`);
    const shown = await page.$eval('#live figure > div', (host) => ({
      title: host.shadowRoot.querySelector('h4').textContent.trim(),
      switch: host.shadowRoot.querySelector('[data-action="easy-language"]')?.textContent.trim(),
    }));
    assert.deepEqual(shown, { title, switch: message(locale, 'notice-language-switch') }, locale);
    assert.equal(await page.textContent('#summary'), `${locale}/notice.ftl: no problems found.`);
  }
  log.assertClean();
});
