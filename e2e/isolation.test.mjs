/**
 * Isolation from the host page (fixtures/hostile.html + hostile.css):
 *
 * - The page's global CSS (`* { color: red !important; font-size: 40px !important;
 *   display: inline !important; letter-spacing … }`, `[hidden] { display: block }`) does
 *   not restyle the notice: the heading is not red and not 40px, the notice stays a block,
 *   the banner's hidden details stay hidden; inherited text styles forced onto the
 *   `<member-notice>` host (letter-spacing, text-transform, font-style) stop at the shadow
 *   root.
 * - The widget adds nothing to the document's styles: no `<style>`, no `<link>`, no
 *   document-level adopted sheet — only the page's own stylesheet is there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { readNotice, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Computed styles of a few elements inside the notice's shadow root. */
async function shadowStyles(page) {
  return page.evaluate(() => {
    const root = document.querySelector('member-notice').shadowRoot;
    const pick = (selector) => {
      const style = getComputedStyle(root.querySelector(selector));
      return {
        color: style.color,
        fontSize: style.fontSize,
        fontStyle: style.fontStyle,
        letterSpacing: style.letterSpacing,
        textTransform: style.textTransform,
        display: style.display,
      };
    };
    const heading = root.getElementById(root.querySelector('.notice').getAttribute('aria-labelledby'));
    return {
      heading: pick(`#${CSS.escape(heading.id)}`),
      notice: pick('.notice'),
      button: pick('summary[data-action="toggle"]'),
    };
  });
}

test('hostile global CSS does not restyle the notice', async () => {
  const { page, log } = await browser.open('/hostile.html');
  await waitForNotices(page);
  const { heading, notice, button } = await shadowStyles(page);

  assert.notEqual(heading.color, 'rgb(255, 0, 0)', 'heading colour is not the page’s red');
  assert.notEqual(heading.fontSize, '40px', 'heading font size is not the page’s 40px');
  assert.equal(notice.display, 'block', 'the notice is not forced inline');
  assert.equal(button.display, 'inline-flex', 'the toggle button keeps its own layout');

  const { sections } = await readNotice(page);
  assert.equal(sections.priority.visible, false, 'the page’s [hidden] rule does not reveal the banner details');
  log.assertClean();
});

// The host element itself matches the page's `*` rule, and what it inherits flows into
// the shadow tree unless the widget's stylesheet resets it inside.
test('inherited text styles set on the host element do not reach the notice', async () => {
  const { page } = await browser.open('/hostile.html');
  await waitForNotices(page);
  const { heading, button } = await shadowStyles(page);
  const text = ({ letterSpacing, textTransform, fontStyle }) => ({ letterSpacing, textTransform, fontStyle });
  const expected = { letterSpacing: 'normal', textTransform: 'none', fontStyle: 'normal' };
  assert.deepEqual(text(heading), expected, 'heading: letter-spacing, text-transform, font-style');
  assert.deepEqual(text(button), expected, 'toggle button: letter-spacing, text-transform, font-style');
});

test('the widget adds no styles to the document', async () => {
  const { page, log } = await browser.open('/hostile.html');
  await waitForNotices(page);
  const styles = await page.evaluate(() => ({
    sheets: [...document.styleSheets].map((sheet) => new URL(sheet.href ?? 'inline:', location.href).pathname),
    adopted: document.adoptedStyleSheets.length,
    styleElements: document.querySelectorAll('style').length,
    links: [...document.querySelectorAll('link')].map((link) => `${link.rel} ${link.getAttribute('href')}`),
  }));
  assert.deepEqual(styles.sheets, ['/hostile.css'], 'document.styleSheets holds only the page’s own sheet');
  assert.equal(styles.adopted, 0, 'no stylesheet adopted by the document');
  assert.equal(styles.styleElements, 0, 'no <style> element in the document');
  assert.deepEqual(styles.links, ['icon data:,', 'stylesheet hostile.css'], 'no <link> added');
  log.assertClean();
});
