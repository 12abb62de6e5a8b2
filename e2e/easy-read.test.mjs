/**
 * Leichte Sprache and German Sign Language (issue 13):
 *
 * - the German notice (banner and full) switches to its Leichte Sprache version and back
 *   with the keyboard: one `member-notice:language` event each way, focus stays on the
 *   switch, the status region says which version is shown, and the text keeps `lang="de"`;
 * - only a choice by name reaches it: `data-lang="de-x-ls"` or the app's `?lang=de-x-ls`,
 *   never the page's or the browser's language;
 * - `data-lang="de-x-ls"` renders all five sections laid out as Leichte Sprache is read:
 *   every sentence starts on a line of its own, `hyphens: none`, start-aligned, larger type;
 * - axe-core finds no violations in the Leichte Sprache version, both variants and themes;
 * - `links.sign_language` in the config puts a "Gebärdensprache (DGS)" link, translated,
 *   into every locale's notice; without it there is none, an untrusted origin is refused,
 *   and in the member app's WebView the link is handed to the app.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { BRIDGES, fakeBridges, waitForBridgeMessages } from './support/bridge.mjs';
import { setupBrowser } from './support/browser.mjs';
import {
  EASY_READ,
  eventually,
  focusedElement,
  LOCALES,
  noticeState,
  RECORD_EVENTS,
  recordedEvents,
  SECTIONS,
  tabTo,
  TOGGLE,
  waitForNotices,
  waitForRecorded,
} from './support/notice.mjs';
import { message } from './support/messages.mjs';
import { builtWithConfig } from './support/webview.mjs';

const browser = setupBrowser();

/** The notice's root attributes, the switch, and what the status region says. */
function reading(page) {
  return page.evaluate(() => {
    const notice = document.querySelector('member-notice').shadowRoot.querySelector('.notice');
    const control = notice.querySelector('[data-action="easy-language"]');
    return {
      lang: notice.getAttribute('lang'),
      easyRead: notice.hasAttribute('data-easy-read'),
      title: notice.querySelector('.title')?.textContent.trim(),
      sections: [...notice.querySelectorAll('[data-section]')].map((s) => s.dataset.section),
      control: control && control.textContent.trim(),
      status: notice.querySelector('.status')?.textContent.trim(),
    };
  });
}

describe('from the German notice to Leichte Sprache and back, by keyboard', () => {
  for (const variant of ['banner', 'full']) {
    test(`${variant}: Enter switches, Space switches back; focus, status and events follow`, async () => {
      const { page, log } = await browser.open(`/element.html?variant=${variant}&page-lang=de`);
      await waitForRecorded(page, 'member-notice:ready');
      const german = await reading(page);
      assert.equal(german.control, message('de', 'notice-language-switch'), 'the switch is labelled "Leichte Sprache"');
      assert.equal(german.easyRead, false);

      await tabTo(page, 'easy-language');
      await page.keyboard.press('Enter');
      const [to] = await waitForRecorded(page, 'member-notice:language');
      assert.deepEqual({ locale: to.detail.locale, from: to.detail.from }, { locale: EASY_READ, from: 'de' });
      const easy = await eventually(page, () => reading(page), (r) => r.easyRead);
      assert.deepEqual(easy, {
        lang: 'de',
        easyRead: true,
        title: message(EASY_READ, 'notice-title'),
        sections: german.sections,
        control: message(EASY_READ, 'notice-language-switch'),
        status: message(EASY_READ, 'notice-status-language'),
      }, 'the Leichte Sprache version, spoken as German, says it is shown');
      assert.equal((await focusedElement(page))?.action, 'easy-language', 'focus stays on the switch');

      await page.keyboard.press('Space');
      const [, back] = await waitForRecorded(page, 'member-notice:language', { count: 2 });
      assert.deepEqual({ locale: back.detail.locale, from: back.detail.from }, { locale: 'de', from: EASY_READ });
      const again = await eventually(page, () => reading(page), (r) => !r.easyRead);
      assert.deepEqual(
        { ...again, sections: undefined },
        { ...german, sections: undefined, status: message('de', 'notice-status-language') },
        'standard German again',
      );
      assert.equal((await focusedElement(page))?.action, 'easy-language', 'focus stays on the switch');
      assert.equal((await recordedEvents(page, 'member-notice:language')).length, 2, 'one event per switch');
      log.assertClean();
    });
  }

  test('only the German notice offers the switch', async () => {
    const { page, log } = await browser.open('/element.html?lang=tr&variant=full&page-lang=de');
    await waitForRecorded(page, 'member-notice:ready');
    assert.equal((await reading(page)).control, null);
    log.assertClean();
  });
});

/**
 * For every paragraph of the notice: its layout styles, and for each of its lines (the
 * translator's, one sentence each) whether it starts a new line box at the paragraph's
 * start edge.
 */
function sentenceLayout(page) {
  return page.evaluate(() => {
    const notice = document.querySelector('member-notice').shadowRoot.querySelector('.notice');
    const style = getComputedStyle(notice);
    const paragraphs = [...notice.querySelectorAll('[data-section] p')].map((p) => {
      const css = getComputedStyle(p);
      const text = p.firstChild?.nodeType === Node.TEXT_NODE ? p.firstChild : null;
      const lines = (text?.data ?? '').split('\n');
      const box = p.getBoundingClientRect();
      const rect = (offset) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getClientRects()[0];
      };
      let offset = 0;
      let previousEnd = null;
      const starts = [];
      for (const line of lines) {
        if (line.length) {
          const first = rect(offset);
          starts.push({
            line,
            // The line's first letter sits lower than the last letter before it …
            ownLine: previousEnd === null || first.top > previousEnd.top + 1,
            // … at the paragraph's start edge (the notice is left to right).
            atStart: Math.abs(first.left - box.left) < 1,
          });
          previousEnd = rect(offset + line.length - 1);
        }
        offset += line.length + 1;
      }
      return {
        whiteSpace: css.whiteSpace,
        hyphens: css.hyphens,
        textAlign: css.textAlign,
        starts,
      };
    });
    return {
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      paragraphs,
    };
  });
}

test('the member app asks for Leichte Sprache with ?lang=de-x-ls; the page language alone never picks it', async () => {
  const platform = Object.keys(BRIDGES)[0];
  const { page, log } = await browser.open(`/dist/webview.html?lang=${EASY_READ}&platform=${platform}`, {
    initScripts: [fakeBridges([platform]), RECORD_EVENTS],
  });
  log.knownFailures.push(browser.url('/favicon.ico'));
  const [ready] = await waitForBridgeMessages(page, 'ready');
  assert.equal(ready.parsed.locale, EASY_READ);
  assert.deepEqual(await reading(page).then(({ lang, easyRead }) => ({ lang, easyRead })), { lang: 'de', easyRead: true });
  log.assertClean();

  const plain = await browser.open(`/element.html?variant=full&page-lang=${EASY_READ}`, { locale: EASY_READ });
  const [shown] = await waitForRecorded(plain.page, 'member-notice:ready');
  assert.equal(shown.detail.locale, 'de', '<html lang="de-x-ls"> and the browser language are not a choice by name');
  plain.log.assertClean();
});

describe('data-lang="de-x-ls": the whole notice, laid out as Leichte Sprache is read', () => {
  for (const variant of ['banner', 'full']) {
    test(`${variant}: five sections, a sentence per line, no hyphenation`, async () => {
      const { page, log } = await browser.open(`/element.html?lang=${EASY_READ}&variant=${variant}&page-lang=en`);
      const [ready] = await waitForRecorded(page, 'member-notice:ready');
      assert.equal(ready.detail.locale, EASY_READ);
      await waitForNotices(page);
      if (variant === 'banner') await page.locator(`member-notice ${TOGGLE}`).click();
      const state = await eventually(page, () => noticeState(page), (s) => s.text.includes(message(EASY_READ, 'notice-what-title')));
      assert.equal(state.lang, 'de', 'speech output stays German');
      const shown = await page.evaluate(() =>
        [...document.querySelector('member-notice').shadowRoot.querySelectorAll('[data-section]')]
          .filter((s) => s.checkVisibility())
          .map((s) => s.dataset.section),
      );
      assert.deepEqual([...shown].sort(), [...SECTIONS].sort(), 'all five sections');

      const layout = await sentenceLayout(page);
      assert.ok(layout.fontSize >= 17.5, `larger type than the 16 px default: ${layout.fontSize}px`);
      assert.ok(layout.lineHeight >= 1.6, `more line height: ${layout.lineHeight}`);
      const sentences = layout.paragraphs.flatMap((p) => p.starts);
      assert.ok(
        layout.paragraphs.some((p) => p.starts.length >= 3),
        'paragraphs hold several sentences (else this test would prove nothing)',
      );
      for (const p of layout.paragraphs) {
        assert.deepEqual(
          { whiteSpace: p.whiteSpace, hyphens: p.hyphens, textAlign: p.textAlign },
          { whiteSpace: 'pre-line', hyphens: 'none', textAlign: 'start' },
        );
      }
      const misplaced = sentences.filter((s) => !s.ownLine || !s.atStart).map((s) => s.line);
      assert.deepEqual(misplaced, [], 'every sentence starts on a line of its own, at the start edge');
      const doubled = sentences.filter((s) => /[.!?]\s+\S/.test(s.line)).map((s) => s.line);
      assert.deepEqual(doubled, [], 'no line holds two sentences');
      log.assertClean();
    });
  }
});

describe('axe-core finds no violations in the Leichte Sprache version', () => {
  for (const variant of ['banner', 'full']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${variant}, ${colorScheme}`, async () => {
        const { page, log } = await browser.open(`/notice.html?lang=${EASY_READ}&variant=${variant}`, { colorScheme });
        await waitForNotices(page);
        await assertAccessible(page, `${EASY_READ} ${variant}/${colorScheme}`);
        if (variant === 'banner') {
          await page.locator(`member-notice ${TOGGLE}`).click();
          await assertAccessible(page, `${EASY_READ} ${variant}/${colorScheme} expanded`);
        }
        log.assertClean();
      });
    }
  }
});

const VIDEO = 'https://www.hkk.de/gebaerdensprache';

/** The sign-language link: its target, role, text and accessible name (null without one). */
function videoLink(page) {
  return page.evaluate(() => {
    const link = document.querySelector('member-notice').shadowRoot.querySelector('a[data-action="sign-language"]');
    return link && { href: link.getAttribute('href'), role: link.getAttribute('role'), text: link.textContent.trim() };
  });
}

describe('German Sign Language: links.sign_language', () => {
  test('the built-in notice links no video', async () => {
    const { page, log } = await browser.open('/element.html?lang=de&variant=banner');
    await waitForRecorded(page, 'member-notice:ready');
    assert.equal(await videoLink(page), null);
    log.assertClean();
  });

  for (const locale of LOCALES) {
    test(`${locale}: a config naming a video on a trusted origin shows the translated link`, async () => {
      const config = '/config/sign-language.json';
      const { page, log } = await browser.open(`/element.html?lang=${locale}&variant=banner&config=${encodeURIComponent(config)}`);
      await waitForRecorded(page, 'member-notice:update');
      const link = await eventually(page, () => videoLink(page), Boolean);
      assert.deepEqual(link, { href: VIDEO, role: null, text: message(locale, 'notice-sign-language') });
      const name = await page.locator('member-notice a[data-action="sign-language"]').evaluate((a) => a.textContent.trim());
      assert.notEqual(name, '', 'the link has an accessible name');
      log.assertClean();
    });
  }

  test('a video on an untrusted origin refuses the whole config', async () => {
    const config = '/config/sign-language-untrusted.json';
    const { page, log } = await browser.open(`/element.html?lang=de&variant=banner&config=${encodeURIComponent(config)}`);
    const [error] = await waitForRecorded(page, 'member-notice:error');
    assert.equal(error.detail.code, 'config-invalid');
    assert.match(error.detail.message, /links\.sign_language/);
    assert.match(error.detail.message, /attacker\.example/);
    assert.equal(await videoLink(page), null, 'no link to the untrusted origin');
    assert.equal((await noticeState(page)).severity, 'warning', 'nothing of the refused config applies');
    log.assertClean({ allowWarnings: true });
    assert.equal(log.widgetWarnings().length, 1, 'one warning naming the problem');
  });

  test('in the WebView the app opens the video: a link message, no navigation', async () => {
    const platform = Object.keys(BRIDGES)[0];
    const config = '/config/sign-language.json';
    const { page, log } = await browser.open(`/dist/webview.html?lang=tr&platform=${platform}`, {
      initScripts: [fakeBridges([platform]), RECORD_EVENTS],
      routes: [builtWithConfig(config)],
    });
    log.knownFailures.push(browser.url('/favicon.ico'));
    await waitForNotices(page);
    const link = await eventually(page, () => videoLink(page), Boolean);
    assert.deepEqual(link, { href: null, role: 'link', text: message('tr', 'notice-sign-language') });
    const before = page.url();
    await page.locator('member-notice a[data-action="sign-language"]').click();
    const [sent] = await waitForBridgeMessages(page, 'link');
    assert.deepEqual(
      { type: sent.parsed.type, url: sent.parsed.url, link: sent.parsed.link, locale: sent.parsed.locale },
      { type: 'link', url: VIDEO, link: 'sign-language', locale: 'tr' },
    );
    assert.equal(page.url(), before, 'the WebView stays on the notice');
    assert.equal(log.requestsTo(VIDEO).length, 0, 'nothing was requested from the video page');
    log.assertClean();
  });
});
