/**
 * The two further demo pages (served at /demo/… by the test server, at /… by `cargo xtask
 * serve`), and the portal demo's links to them:
 *
 * - two-notices.html: two `<member-notice>` elements — a German banner (h2) and an Arabic
 *   full notice with heading-level="3" — both render from one wasm download; the event log
 *   prints each event's type and detail as it happens; axe-core finds nothing, also at
 *   320 px (where nothing scrolls sideways); no inline scripts or style attributes;
 * - webview-sim.html: the phone frame shows dist/webview.html with the chosen language and
 *   platform; the log lists `ready` as posted to that platform's bridge — again after
 *   every reload —, "more information" as a `link` message without the frame navigating,
 *   and the app's setLocale / setTheme, which change the notice; axe-core finds nothing
 *   (frame included) and the console stays clean;
 * - the portal demo links to both pages.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { setupBrowser } from './support/browser.mjs';
import { eventually, holdsFor, noticeState, pick, settledNotice, TOGGLE, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Inline scripts and style attributes on the page (its CSP forbids both). */
function inlineCode(page) {
  return page.evaluate(() => ({
    inlineScripts: [...document.scripts].filter((script) => !script.src).length,
    styleAttributes: document.querySelectorAll('[style]').length,
    styleElements: document.querySelectorAll('style').length,
  }));
}

/** Whether the page scrolls sideways. */
function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}


describe('two-notices.html', () => {
  const PAGE = '/demo/two-notices.html';
  const logLines = (page) => page.locator('#demo-events li').allTextContents();

  test('a German banner and an Arabic full notice (heading level 3) from one wasm download', async () => {
    const { page, log } = await browser.open(PAGE);
    assert.equal(await waitForNotices(page, 2), 2);
    const german = await noticeState(page, '#notice-de');
    const arabic = await noticeState(page, '#notice-ar');
    assert.deepEqual(pick(german, ['lang', 'dir', 'variant']), { lang: 'de', dir: 'ltr', variant: 'banner' });
    assert.equal(german.title.tag, 'h2');
    assert.deepEqual(pick(arabic, ['lang', 'dir', 'variant']), { lang: 'ar', dir: 'rtl', variant: 'full' });
    assert.equal(arabic.title.tag, 'h3', 'heading-level="3" under the section’s h2');
    assert.ok(arabic.sectionHeadings.every((tag) => tag === 'h4'), 'its sections are h4');
    assert.equal(log.requestsTo(/\.wasm(?:[?#]|$)/).length, 1, 'one wasm download for both');
    assert.deepEqual(await inlineCode(page), { inlineScripts: 0, styleAttributes: 0, styleElements: 0 });
    log.assertClean();
  });

  test('the event log prints each event’s type and detail as it happens', async () => {
    const { page, log } = await browser.open(PAGE);
    await waitForNotices(page, 2);
    const ready = await eventually(page, () => logLines(page), (lines) => lines.length >= 2);
    assert.equal(ready.length, 2, `two entries after loading, got:\n${ready.join('\n')}`);
    for (const [id, locale] of [
      ['notice-de', 'de'],
      ['notice-ar', 'ar'],
    ]) {
      const line = ready.find((text) => text.startsWith(`#${id} `));
      assert.ok(line, `an entry for #${id}`);
      assert.match(line, /^#[\w-]+ member-notice:ready \{/, 'source, type, then the detail');
      assert.equal(JSON.parse(line.slice(line.indexOf('{'))).locale, locale, 'the detail is printed as JSON');
    }

    await page.locator(`#notice-de ${TOGGLE}`).click();
    const lines = await eventually(page, () => logLines(page), (all) => all.length >= 3);
    assert.match(lines[0], /^#notice-de member-notice:toggle \{.*"expanded":true/, 'the newest entry is on top');
    log.assertClean();
  });

  for (const viewport of [undefined, { width: 320, height: 800 }]) {
    test(`passes axe-core${viewport ? ' at 320 px, without sideways scrolling' : ''}`, async () => {
      const { page, log } = await browser.open(PAGE, { viewport });
      await waitForNotices(page, 2);
      await eventually(page, () => logLines(page), (lines) => lines.length >= 2);
      if (viewport) assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling');
      await assertAccessible(page, `two-notices.html${viewport ? ' at 320 px' : ''}`);
      log.assertClean();
    });
  }
});

describe('webview-sim.html', () => {
  const PAGE = '/demo/webview-sim.html';
  const frame = (page) => page.frameLocator('#sim-frame');

  /** The log entries, newest first: `{ direction, platform, text }`. */
  function entries(page) {
    return page.locator('#sim-log li').evaluateAll((items) =>
      items.map((item) => ({
        direction: item.dataset.direction,
        platform: item.dataset.platform ?? null,
        text: item.querySelector('code')?.textContent ?? '',
      })),
    );
  }

  /** Bridge messages (WebView → App) in the log, oldest first, parsed. */
  async function posted(page) {
    return (await entries(page))
      .filter((entry) => entry.direction === 'to-app')
      .reverse()
      .map((entry) => ({ platform: entry.platform, message: JSON.parse(entry.text) }));
  }

  /** Waits until `count` messages of `type` have been posted; returns them. */
  async function waitForPosted(page, type, count = 1) {
    const all = await eventually(
      page,
      () => posted(page),
      (list) => list.filter((entry) => entry.message.type === type).length >= count,
    );
    const matching = all.filter((entry) => entry.message.type === type);
    assert.ok(matching.length >= count, `${count} "${type}" message(s) in the log; log:\n${JSON.stringify(all, null, 1)}`);
    return matching;
  }

  /** The notice inside the phone frame. */
  async function frameNotice(page) {
    const host = frame(page).locator('member-notice');
    await host.locator('.notice').waitFor();
    return host.evaluate((element) => {
      const notice = element.shadowRoot.querySelector('.notice');
      return { lang: notice.getAttribute('lang'), dir: notice.getAttribute('dir'), theme: notice.dataset.theme };
    });
  }

  test('the phone shows the WebView page and the log shows ready, as posted to the iOS bridge', async () => {
    const { page, log } = await browser.open(PAGE);
    const [ready] = await waitForPosted(page, 'ready');
    assert.equal(ready.platform, 'ios');
    assert.deepEqual(pick(ready.message, ['schema', 'type', 'locale', 'variant']), {
      schema: 1,
      type: 'ready',
      locale: 'de',
      variant: 'full',
    });
    const src = await page.locator('#sim-frame').getAttribute('src');
    assert.equal(src, '/dist/webview.html?lang=de&theme=light&platform=ios');
    assert.deepEqual(await frameNotice(page), { lang: 'de', dir: 'ltr', theme: 'light' });
    assert.deepEqual(await inlineCode(page), { inlineScripts: 0, styleAttributes: 0, styleElements: 0 });
    log.assertClean();
  });

  test('choosing language and platform reloads the phone; ready arrives at the new bridge every time', async () => {
    const { page, log } = await browser.open(PAGE);
    await waitForPosted(page, 'ready');
    // One change at a time, each waited for: a change during a load cancels that load.
    const steps = [
      ['#sim-lang', 'ar', { lang: 'ar', platform: 'ios' }],
      ['#sim-platform', 'android', { lang: 'ar', platform: 'android' }],
      ['#sim-platform', 'rn', { lang: 'ar', platform: 'rn' }],
      ['#sim-lang', 'pl', { lang: 'pl', platform: 'rn' }],
      ['#sim-platform', 'ios', { lang: 'pl', platform: 'ios' }],
    ];
    for (const [select, value, { lang, platform }] of steps) {
      await page.selectOption(select, value);
      const newest = async () => (await posted(page)).at(-1);
      const ready = await eventually(
        page,
        newest,
        (entry) => entry?.message.type === 'ready' && entry.message.locale === lang && entry.platform === platform,
      );
      assert.deepEqual(
        { type: ready?.message.type, locale: ready?.message.locale, platform: ready?.platform },
        { type: 'ready', locale: lang, platform },
        `after choosing ${value}: ready from the ${platform} bridge, in ${lang}`,
      );
      assert.equal((await frameNotice(page)).lang, lang);
    }
    const readies = (await posted(page)).filter((entry) => entry.message.type === 'ready');
    assert.equal(readies.length, steps.length + 1, 'exactly one ready per load');
    log.assertClean();
  });

  test('"more information" in the phone becomes a link message; the frame stays on the notice', async () => {
    const { page, log } = await browser.open(PAGE);
    await waitForPosted(page, 'ready');
    const link = frame(page).locator('member-notice a[data-action="more-info"]');
    assert.equal(await link.getAttribute('href'), null, 'in the WebView the link has no href to follow');
    await link.click();
    const [message] = await waitForPosted(page, 'link');
    assert.equal(message.message.url, 'https://www.hkk.de/', 'the app gets the absolute target');
    await holdsFor(
      page,
      300,
      () => page.locator('#sim-frame').evaluate((iframe) => iframe.contentWindow.location.pathname),
      (path) => path === '/dist/webview.html',
      'the frame stays on the notice',
    );
    log.assertClean();
  });

  test('the app’s setLocale and setTheme change the notice and are listed', async () => {
    const { page, log } = await browser.open(PAGE);
    await waitForPosted(page, 'ready');
    await page.selectOption('#sim-set-locale', 'uk');
    await page.click('#sim-send-locale');
    const switched = await eventually(page, () => frameNotice(page), (notice) => notice.lang === 'uk');
    assert.equal(switched.lang, 'uk');
    await page.selectOption('#sim-set-theme', 'dark');
    await page.click('#sim-send-theme');
    const dark = await eventually(page, () => frameNotice(page), (notice) => notice.theme === 'dark');
    assert.equal(dark.theme, 'dark');

    const sent = (await entries(page)).filter((entry) => entry.direction === 'to-webview').map((entry) => entry.text);
    assert.deepEqual(sent.reverse(), [
      `MemberNotice.receive('{"type":"setLocale","locale":"uk"}')`,
      `MemberNotice.receive('{"type":"setTheme","theme":"dark"}')`,
    ]);
    log.assertClean();
  });

  for (const viewport of [undefined, { width: 320, height: 800 }]) {
    test(`passes axe-core, frame included${viewport ? ', at 320 px without sideways scrolling' : ''}`, async () => {
      const { page, log } = await browser.open(PAGE, { viewport });
      await waitForPosted(page, 'ready');
      if (viewport) assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling');
      await assertAccessible(page, `webview-sim.html${viewport ? ' at 320 px' : ''}`);
      log.assertClean();
    });
  }
});

test('the portal demo links to both pages, and they link back', async () => {
  const { page, log } = await browser.open('/');
  await waitForNotices(page);
  const footerLinks = (page) =>
    page.evaluate(() => [...document.querySelectorAll('footer a')].map((a) => new URL(a.href).pathname));
  const links = await footerLinks(page);
  for (const path of ['/demo/two-notices.html', '/demo/webview-sim.html']) {
    assert.ok(links.includes(path), `the footer links to ${path}`);
    const other = await browser.open(path);
    assert.ok((await footerLinks(other.page)).includes('/'), `${path} links back to the portal`);
  }
  log.assertClean();
});
