/**
 * The `<member-notice>` custom element written into a page (fixtures/element.html,
 * fixtures/two-elements.html; a bare script tag loads the widget):
 *
 * - `<member-notice lang="ar" variant="full">` renders Arabic, right to left, with an h2
 *   and h3 section headings;
 * - changing `lang`, `variant`, `theme` and `heading-level` re-renders live (heading-level
 *   3 → h3 heading, h4 sections; the level is capped at h6); an out-of-range level warns
 *   once and falls back to 2; removing `lang` falls back to `<html lang>`, removing the
 *   others to their defaults;
 * - two instances with different locales both render and do not interfere (toggling one
 *   leaves the other alone), share one wasm download and one `CSSStyleSheet` object — also
 *   with a third added later; dismissing one does not make the other flip state when an
 *   unrelated attribute of it changes; an element moved in the DOM renders once, not twice.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import {
  eventually,
  holdsFor,
  noticeState,
  pick,
  recordedEvents,
  settledNotice,
  TOGGLE,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';

const browser = setupBrowser();

const ARABIC = /[\u0600-\u06FF]/;
/** Sections with a heading of their own (the delay section is named by the notice's headline). */
const SECTION_HEADINGS = 4;

/** Sets (or, for `null`, removes) attributes of the element matching `selector`. */
function setAttributes(page, attributes, selector = 'member-notice') {
  return page.evaluate(
    ({ selector, attributes }) => {
      const element = document.querySelector(selector);
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
    },
    { selector, attributes },
  );
}

describe('custom element', () => {
  test('<member-notice lang="ar" variant="full"> renders Arabic, right to left, as a full notice', async () => {
    const { page, log } = await browser.open('/element.html?lang=ar&variant=full');
    await waitForNotices(page);
    const state = await noticeState(page);
    assert.deepEqual(pick(state, ['lang', 'dir', 'variant', 'theme', 'state']), {
      lang: 'ar',
      dir: 'rtl',
      variant: 'full',
      theme: 'auto',
      state: 'open',
    });
    assert.equal(state.title.tag, 'h2', 'the default heading level is 2');
    assert.match(state.title.text, ARABIC, 'the heading is in Arabic');
    assert.deepEqual(state.sectionHeadings, Array(SECTION_HEADINGS).fill('h3'), 'sections are one level below');
    assert.ok(!state.actions.includes('toggle'), 'the full variant has no disclosure');
    log.assertClean();
  });

  test('lang, variant, theme and heading-level changes re-render live', async () => {
    const { page, log } = await browser.open('/element.html?lang=ar&variant=full');
    await waitForNotices(page);
    const arabic = await noticeState(page);

    await setAttributes(page, { lang: 'uk' });
    let state = await settledNotice(page, { lang: 'uk' });
    assert.deepEqual(pick(state, ['lang', 'dir', 'variant']), { lang: 'uk', dir: 'ltr', variant: 'full' });
    assert.notEqual(state.title.text, arabic.title.text, 'the heading text changed language');

    await setAttributes(page, { variant: 'banner' });
    state = await settledNotice(page, { variant: 'banner' });
    assert.equal(state.lang, 'uk', 'the language is kept');
    assert.ok(state.actions.includes('toggle'), 'the banner has its disclosure button');

    await setAttributes(page, { theme: 'dark' });
    state = await settledNotice(page, { theme: 'dark' });
    assert.equal(state.theme, 'dark');
    assert.notEqual(state.background, arabic.background, 'the dark theme changes the background colour');
    await setAttributes(page, { theme: 'light' });
    state = await settledNotice(page, { theme: 'light' });
    assert.equal(state.background, arabic.background, 'light is the look of auto in a light browser');

    await setAttributes(page, { 'heading-level': '3', variant: 'full' });
    state = await settledNotice(page, { variant: 'full', title: { tag: 'h3', text: state.title.text } });
    assert.equal(state.title.tag, 'h3', 'heading-level="3" makes the heading an h3');
    assert.deepEqual(state.sectionHeadings, Array(SECTION_HEADINGS).fill('h4'), 'and the sections h4');

    await setAttributes(page, { 'heading-level': '6' });
    state = await settledNotice(page, { title: { tag: 'h6', text: state.title.text } });
    assert.equal(state.title.tag, 'h6');
    assert.deepEqual(state.sectionHeadings, Array(SECTION_HEADINGS).fill('h6'), 'sections never go below h6');
    log.assertClean();
  });

  test('an out-of-range heading-level warns once and falls back to 2', async () => {
    const { page, log } = await browser.open('/element.html?lang=de&variant=full');
    await waitForNotices(page);
    await setAttributes(page, { 'heading-level': '3' });
    assert.equal((await settledNotice(page, { sectionHeadings: Array(SECTION_HEADINGS).fill('h4') })).title.tag, 'h3');

    await setAttributes(page, { 'heading-level': '9' });
    const state = await settledNotice(page, { sectionHeadings: Array(SECTION_HEADINGS).fill('h3') });
    assert.equal(state.title.tag, 'h2', 'an unusable level renders the default, h2');
    assert.deepEqual(state.sectionHeadings, Array(SECTION_HEADINGS).fill('h3'));
    const warnings = log.widgetWarnings();
    assert.equal(warnings.length, 1, `one warning, got:\n${warnings.join('\n')}`);
    assert.match(warnings[0], /heading level/i);
    assert.match(warnings[0], /9/, 'the warning names the value');
    log.assertClean({ allowWarnings: true });
  });

  test('removing lang falls back to <html lang>; removing the others returns to their defaults', async () => {
    // <html lang="tr"> and an English browser: Turkish can only come from the page.
    const { page, log } = await browser.open('/element.html?lang=ar&variant=full&page-lang=tr', { locale: 'en-US' });
    await waitForNotices(page);
    await setAttributes(page, { theme: 'dark', 'heading-level': '4' });
    assert.equal((await settledNotice(page, { theme: 'dark' })).title.tag, 'h4');

    await setAttributes(page, { lang: null });
    let state = await settledNotice(page, { lang: 'tr' });
    assert.deepEqual(pick(state, ['lang', 'dir']), { lang: 'tr', dir: 'ltr' }, 'without lang, <html lang="tr"> decides');
    assert.equal(state.variant, 'full', 'the other attributes are kept');

    await setAttributes(page, { variant: null, theme: null, 'heading-level': null });
    state = await settledNotice(page, { variant: 'banner', theme: 'auto' });
    assert.deepEqual(pick(state, ['lang', 'variant', 'theme']), { lang: 'tr', variant: 'banner', theme: 'auto' });
    assert.equal(state.title.tag, 'h2', 'without heading-level the heading is an h2 again');
    log.assertClean();
  });
});

describe('several instances on one page', () => {
  /** Per host id: language, direction and whether the disclosure is open. */
  function readBoth(page) {
    return page.evaluate((toggle) => {
      const read = (id) => {
        const root = document.getElementById(id).shadowRoot;
        const notice = root.querySelector('.notice');
        return {
          lang: notice.getAttribute('lang'),
          dir: notice.getAttribute('dir'),
          expanded: root.querySelector(toggle) ? String(root.querySelector(toggle).parentElement.open) : null,
        };
      };
      return { de: read('de'), ar: read('ar') };
    }, TOGGLE);
  }

  /** Polls `readBoth` until it equals `expected` (or a timeout) and returns it. */
  async function settledBoth(page, expected) {
    const deadline = Date.now() + 5_000;
    let both = await readBoth(page);
    while (JSON.stringify(both) !== JSON.stringify(expected) && Date.now() < deadline) {
      await page.waitForTimeout(25);
      both = await readBoth(page);
    }
    return both;
  }

  /** The expected `readBoth`: each notice's disclosure state, and the Arabic one's language. */
  const both = (german, arabic, arabicLocale = { lang: 'ar', dir: 'rtl' }) => ({
    de: { lang: 'de', dir: 'ltr', expanded: german },
    ar: { ...arabicLocale, expanded: arabic },
  });

  test('a German and an Arabic notice render side by side and do not interfere', async () => {
    const { page, log } = await browser.open('/two-elements.html');
    assert.equal(await waitForNotices(page, 2), 2);
    assert.deepEqual(await readBoth(page), both('false', 'false'));
    const ready = await waitForRecorded(page, 'member-notice:ready', { count: 2, settle: 200 });
    assert.deepEqual(
      ready.map((e) => [e.targetId, e.detail.locale]).sort(),
      [['ar', 'ar'], ['de', 'de']],
      'one ready event per notice, each with its own locale',
    );

    await page.locator(`#de ${TOGGLE}`).click();
    let expected = both('true', 'false');
    assert.deepEqual(await settledBoth(page, expected), expected, 'opening the German details leaves the Arabic closed');
    // The browser queues <details>' toggle event after `open` flips, so wait for the event
    // itself; the settle window gives a wrong second event (from the Arabic notice) its chance.
    const toggles = await waitForRecorded(page, 'member-notice:toggle', { settle: 200 });
    assert.deepEqual(toggles.map((e) => e.targetId), ['de'], 'one toggle event, from the German notice only');

    await page.locator(`#ar ${TOGGLE}`).click();
    await page.locator(`#de ${TOGGLE}`).click();
    expected = both('false', 'true');
    assert.deepEqual(await settledBoth(page, expected), expected, 'each disclosure keeps its own state');

    await setAttributes(page, { lang: 'pl' }, '#ar');
    expected = both('false', 'true', { lang: 'pl', dir: 'ltr' });
    assert.deepEqual(await settledBoth(page, expected), expected, 'a language change reaches only its own notice');
    log.assertClean();
  });

  test('all instances share one wasm download and the same adopted CSSStyleSheet', async () => {
    const { page, log } = await browser.open('/two-elements.html');
    await waitForNotices(page, 2);
    // A third, added by script after the widget has loaded.
    await page.evaluate(() => {
      const third = document.createElement('member-notice');
      third.id = 'en';
      third.setAttribute('lang', 'en');
      document.querySelector('main').append(third);
    });
    await waitForNotices(page, 3);

    const sheets = await page.evaluate(() => {
      const roots = [...document.querySelectorAll('member-notice')].map((host) => host.shadowRoot);
      const first = roots[0].adoptedStyleSheets[0];
      return {
        counts: roots.map((root) => root.adoptedStyleSheets.length),
        sameObject: roots.map((root) => root.adoptedStyleSheets[0] === first),
        isSheet: first instanceof CSSStyleSheet,
        styleElements: roots.map((root) => root.querySelectorAll('style').length),
        rules: first.cssRules.length,
      };
    });
    assert.deepEqual(sheets.counts, [1, 1, 1], 'each shadow root adopts one sheet');
    assert.equal(sheets.isSheet, true);
    assert.deepEqual(sheets.sameObject, [true, true, true], 'it is the same CSSStyleSheet object in every root');
    assert.deepEqual(sheets.styleElements, [0, 0, 0], 'no <style> copies inside the shadow roots');
    assert.ok(sheets.rules > 0, 'the shared sheet has rules');

    const wasm = log.requestsTo(/\.wasm(?:[?#]|$)/);
    assert.equal(wasm.length, 1, `one wasm request for three notices, got:\n${wasm.join('\n')}`);
    const loaders = log.requestsTo(/\/member-notice\.js(?:[?#]|$)/);
    assert.equal(loaders.length, 1, 'one loader request');
    log.assertClean();
  });

  // A dismissal is remembered per content version, and shows at once in every notice of that
  // version on the page (the widget re-renders them all); other content is untouched, and
  // an unrelated change (a theme) does not undo it.
  test('dismissing one notice collapses every notice of that content version, and only those', async () => {
    const { page, log } = await browser.open('/two-elements.html');
    await waitForNotices(page, 2);
    await page.evaluate(() => {
      const other = document.createElement('member-notice');
      other.id = 'v1';
      other.setAttribute('lang', 'en');
      other.setAttribute('config', 'config/v1.json'); // content version e2e-v1, severity info
      document.querySelector('main').append(other);
    });
    await waitForNotices(page, 3);
    assert.equal((await settledNotice(page, { severity: 'info' }, { host: '#v1' })).severity, 'info');

    await page.locator('#de button[data-action="dismiss"]').click();
    const states = async () =>
      Object.fromEntries(
        await Promise.all(['#de', '#ar', '#v1'].map(async (host) => [host, (await noticeState(page, host)).state])),
      );
    const collapsed = { '#de': 'collapsed', '#ar': 'collapsed', '#v1': 'open' };
    assert.deepEqual(
      await eventually(page, states, (now) => JSON.stringify(now) === JSON.stringify(collapsed)),
      collapsed,
      'both built-in notices collapse at once; the one with its own content version stays open',
    );

    await setAttributes(page, { theme: 'dark' }, '#ar');
    const themed = await settledNotice(page, { theme: 'dark' }, { host: '#ar' });
    assert.equal(themed.state, 'collapsed', 'a theme change does not undo the dismissal');

    await page.locator('#ar button[data-action="restore"]').click();
    const open = { '#de': 'open', '#ar': 'open', '#v1': 'open' };
    assert.deepEqual(
      await eventually(page, states, (now) => JSON.stringify(now) === JSON.stringify(open)),
      open,
      'restoring one brings back every notice of that content',
    );
    const dismissals = await recordedEvents(page, 'member-notice:dismiss');
    assert.deepEqual(
      dismissals.map((e) => [e.targetId, e.detail.contentVersion]),
      [['de', 'builtin-1']],
      'one dismiss event, from the notice the member used',
    );
    log.assertClean();
  });

  test('an element moved to another place in the page renders once there', async () => {
    const { page, log } = await browser.open('/two-elements.html');
    await waitForNotices(page, 2);
    await page.evaluate(() => {
      const aside = document.createElement('aside');
      aside.setAttribute('aria-label', 'Seitenleiste');
      document.body.append(aside);
      aside.append(document.getElementById('ar'));
    });
    const read = async () =>
      page.evaluate(() => {
        const root = document.getElementById('ar').shadowRoot;
        return { notices: root.querySelectorAll('.notice').length, parent: document.getElementById('ar').parentElement.localName };
      });
    const one = (shape) => shape.notices === 1 && shape.parent === 'aside';
    const moved = await eventually(page, read, one, 5_000);
    assert.deepEqual(moved, { notices: 1, parent: 'aside' }, 'one notice in the moved element');
    await holdsFor(page, 200, read, one, 'exactly one notice (no duplicate render)');
    assert.equal((await noticeState(page, '#ar')).lang, 'ar');
    log.assertClean();
  });
});
