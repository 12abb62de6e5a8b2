/**
 * The demo portal page (the top-level index.html, served at / by the test server and by
 * `cargo xtask serve`):
 *
 * - it carries the German notice prerendered in its HTML (the server includes
 *   dist/static/de.html), so the notice is readable without JavaScript and on screen with the
 *   first paint; the script tag takes it over in place, without a layout shift;
 * - it embeds the widget by script tag into #notice, with a clean console, and passes
 *   axe-core as a whole page (also in Arabic, full variant, and at 320 px wide without
 *   horizontal scrolling);
 * - the labelled language switcher lists "Automatisch" and every shipped locale by its
 *   native name and changes the notice's language live; "Automatisch" (no `lang`
 *   attribute) goes back to the page's language, German;
 * - on first load it shows what the notice was given, never nothing: served without the
 *   include, the script tag's `data-lang="auto"` is "Automatisch", a tag that names a shipped
 *   language in another form (`de-AT`, `TR`) is that language, one the release lacks is
 *   "Automatisch" (the notice negotiates, as without one);
 * - the variant switcher changes banner ↔ full live;
 * - the page's aggressive global CSS (`* { letter-spacing }`, `p { color }`,
 *   `button { text-transform }`) does not reach the notice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { setupBrowser } from './support/browser.mjs';
import {
  assertSectionsVisible,
  DIRECTIONS,
  expectedVisibility,
  EASY_READ,
  HTML_LANGS,
  LOCALES,
  NATIVE_NAMES,
  readNotice,
  settledAttribute,
  waitForNotices,
} from './support/notice.mjs';
import { RECORD_LAYOUT_SHIFT, layoutShift } from './support/layout-shift.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/paths.mjs';

const browser = setupBrowser();

const DEMO = '/';
const NOTICE = '#notice member-notice';

/** Opens the demo and waits for its notice and its language list (read from the manifest). */
async function openDemo(options) {
  const opened = await browser.open(DEMO, options);
  await waitForNotices(opened.page);
  await opened.page.waitForSelector('html[data-languages-ready]', { state: 'attached' });
  return opened;
}


/** The notice's root `attribute` once it is `value` (or whatever it is after a timeout). */
const settled = (page, attribute, value) => settledAttribute(page, { host: NOTICE, attribute, value });

test('the demo’s HTML carries the German notice: readable without JavaScript', async () => {
  const { page, log } = await browser.open(DEMO, { javaScriptEnabled: false });
  const notice = await page.evaluate(() => {
    const host = document.querySelector('#notice > member-notice');
    const root = host?.shadowRoot?.querySelector('.notice');
    return {
      lang: root?.getAttribute('lang') ?? null,
      variant: root?.getAttribute('data-variant') ?? null,
      delay: root?.querySelector('[data-section="delay"]')?.checkVisibility() ?? false,
      fraud: root?.querySelector('[data-section="fraud"]')?.checkVisibility() ?? false,
    };
  });
  assert.deepEqual(notice, { lang: 'de', variant: 'banner', delay: true, fraud: true }, 'the server included dist/static/de.html');
  log.assertClean();
});

test('the script tag takes the included notice over in place: one notice, live, no layout shift', async () => {
  const { page, log } = await browser.open(DEMO, { initScripts: [RECORD_LAYOUT_SHIFT] });
  await waitForNotices(page);
  const taken = await page.evaluate(() => ({
    notices: document.querySelectorAll('member-notice').length,
    key: document.querySelector('#notice > member-notice').shadowRoot.querySelector('div.root')?.getAttribute('data-prerendered'),
  }));
  assert.equal(taken.notices, 1, 'the script tag’s data-target finds the notice there and adds none');
  assert.match(taken.key ?? '', /\|de\|banner\|/, 'hydrated: the included root is the one the wasm rendered into');
  assert.equal(await layoutShift(page), 0, 'nothing on the page moved');
  log.assertClean();
});

test('the demo embeds the notice by script tag, with a clean console', async () => {
  const { page, log } = await openDemo();
  const embed = await page.evaluate(() => {
    const script = document.querySelector('script[src$="dist/member-notice.js"]');
    return {
      attributes: script && Object.fromEntries([...script.attributes].map((a) => [a.name, a.value])),
      parent: document.querySelector('member-notice').parentElement.id,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      styleAttributes: document.querySelectorAll('[style]').length,
      htmlLang: document.documentElement.lang,
    };
  });
  assert.deepEqual(embed.attributes, {
    src: 'dist/member-notice.js',
    defer: '',
    'data-lang': 'auto',
    'data-variant': 'banner',
    'data-target': '#notice',
  });
  assert.equal(embed.parent, 'notice');
  assert.equal(embed.inlineScripts, 0, 'no inline scripts (the CSP forbids them)');
  assert.equal(embed.styleAttributes, 0, 'no style= attributes (the CSP forbids them)');
  assert.equal(embed.htmlLang, 'de');
  const notice = await readNotice(page, NOTICE);
  assert.equal(notice.lang, 'de', '"auto" follows <html lang="de">');
  assert.equal(notice.variant, 'banner');
  log.assertClean();
});

test('the demo page passes axe-core, also in Arabic and in the full variant', async () => {
  const { page, log } = await openDemo();
  await assertAccessible(page, 'the demo page');
  await page.selectOption('#demo-lang', 'ar');
  await page.selectOption('#demo-variant', 'full');
  assert.equal(await settled(page, 'lang', 'ar'), 'ar');
  assert.equal(await settled(page, 'data-variant', 'full'), 'full');
  await page.locator('.demo-events summary').click();
  await assertAccessible(page, 'the demo page (ar, full, event log open)');
  log.assertClean();
});

test('at 320 px the demo page does not scroll sideways and still passes axe-core', async () => {
  const { page, log } = await openDemo({ viewport: { width: 320, height: 800 } });
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  assert.ok(widths.document <= widths.viewport, `page is ${widths.document}px wide in a ${widths.viewport}px viewport`);
  await assertAccessible(page, 'the demo page at 320 px');
  log.assertClean();
});

test('the language switcher is labelled and lists Automatisch, then every shipped locale by native name', async () => {
  const { page } = await openDemo();
  const select = await page.evaluate(() => {
    const element = document.getElementById('demo-lang');
    return {
      label: element.labels[0]?.textContent.trim(),
      options: [...element.options].map((o) => ({ value: o.value, text: o.textContent.trim(), lang: o.lang })),
    };
  });
  assert.ok(select.label, 'the <select> has a <label>');
  assert.deepEqual(select.options, [
    { value: '', text: 'Automatisch', lang: '' },
    ...LOCALES.map((tag) => ({ value: tag, text: NATIVE_NAMES[tag], lang: tag })),
  ]);
});

/**
 * The demo page as a server without includes sends it (the include stays a comment, the
 * script tag's data-target mounts the notice), its script tag's `data-lang` set to `lang`.
 */
function withoutInclude(lang) {
  const page = readFileSync(join(ROOT, 'index.html'), 'utf8').replace('data-lang="auto"', `data-lang="${lang}"`);
  return {
    url: (url) => url.pathname === DEMO,
    handler: (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }),
  };
}

// [data-lang, the option shown ('' = Automatisch)]; `xx` also gets the widget's warning.
for (const [lang, shown] of [['auto', ''], ['de-AT', 'de'], ['TR', 'tr'], [EASY_READ, EASY_READ], ['xx', '']]) {
  test(`on first load the language select shows what data-lang="${lang}" chose, not nothing`, async () => {
    const { page, log } = await openDemo({ routes: [withoutInclude(lang)] });
    const language = shown || 'de';
    assert.equal(await settled(page, 'lang', HTML_LANGS[language]), HTML_LANGS[language], `the notice shows ${language}`);
    const select = await page.evaluate(() => {
      const element = document.getElementById('demo-lang');
      return { value: element.value, index: element.selectedIndex, text: element.selectedOptions[0]?.textContent.trim() };
    });
    assert.equal(await page.locator(NOTICE).getAttribute('lang'), lang, 'the script tag’s data-lang, as given');
    assert.ok(select.index >= 0, `an option is selected (a value that is no option leaves the select blank): ${JSON.stringify(select)}`);
    assert.deepEqual(select, {
      value: shown,
      index: select.index,
      text: shown ? NATIVE_NAMES[shown] : 'Automatisch',
    });
    const unknown = lang === 'xx';
    assert.equal(log.widgetWarnings().filter((line) => line.includes('"xx"')).length, unknown ? 1 : 0, log.warnings.join('\n'));
    log.assertClean({ allowWarnings: unknown });
  });
}

test('choosing a language re-renders the notice live, in every locale', async () => {
  const { page, log } = await openDemo();
  for (const locale of LOCALES) {
    await page.selectOption('#demo-lang', locale);
    assert.equal(await settled(page, 'lang', HTML_LANGS[locale]), HTML_LANGS[locale], `switching to ${locale}`);
    assert.equal((await readNotice(page, NOTICE)).easyRead, locale === EASY_READ, `${locale}: easy-read layout only for Leichte Sprache`);
    assert.equal((await readNotice(page, NOTICE)).dir, DIRECTIONS[locale]);
  }
  log.assertClean();
});

test('"Automatisch" removes the lang attribute and goes back to the page language', async () => {
  const { page, log } = await openDemo();
  await page.selectOption('#demo-lang', 'tr');
  assert.equal(await settled(page, 'lang', 'tr'), 'tr');
  await page.selectOption('#demo-lang', '');
  assert.equal(await page.locator(NOTICE).getAttribute('lang'), null, 'the lang attribute is removed');
  assert.equal(
    await settled(page, 'lang', 'de'),
    'de',
    'without a lang attribute the notice negotiates again (<html lang="de">)',
  );
  log.assertClean();
});

test('the variant switcher changes banner ↔ full live', async () => {
  const { page, log } = await openDemo();
  await page.selectOption('#demo-variant', 'full');
  assert.equal(await settled(page, 'data-variant', 'full'), 'full');
  assertSectionsVisible(await readNotice(page, NOTICE), expectedVisibility('full'));
  await page.selectOption('#demo-variant', 'banner');
  assert.equal(await settled(page, 'data-variant', 'banner'), 'banner');
  assertSectionsVisible(await readNotice(page, NOTICE), expectedVisibility('banner'));
  log.assertClean();
});

test('the demo’s aggressive global CSS does not reach the notice', async () => {
  const { page } = await openDemo();
  const styles = await page.evaluate(() => {
    const root = document.querySelector('#notice member-notice').shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    const pageParagraph = getComputedStyle(document.querySelector('.lead'));
    return {
      pageLetterSpacing: pageParagraph.letterSpacing,
      pageParagraphColor: pageParagraph.color,
      paragraphColor: style('[data-section="delay"] p').color,
      buttonTransform: style('summary[data-action="toggle"]').textTransform,
      headingLetterSpacing: style('.notice h2').letterSpacing,
      paragraphLetterSpacing: style('[data-section="delay"] p').letterSpacing,
    };
  });
  // The rules are really there on the page…
  assert.notEqual(styles.pageLetterSpacing, 'normal', 'the page’s own * { letter-spacing } applies to the page');
  assert.equal(styles.pageParagraphColor, 'rgb(51, 51, 51)', 'the page’s own p { color } applies to the page');
  // …and stop at the notice.
  assert.notEqual(styles.paragraphColor, 'rgb(51, 51, 51)', 'p { color: #333 } does not reach the notice');
  assert.equal(styles.buttonTransform, 'none', 'button { text-transform } does not reach the notice');
  assert.deepEqual(
    { heading: styles.headingLetterSpacing, paragraph: styles.paragraphLetterSpacing },
    { heading: 'normal', paragraph: 'normal' },
    '* { letter-spacing } does not reach the notice',
  );
});
