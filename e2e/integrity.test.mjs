/**
 * Nothing runs or shows that the release did not ship (issue 12, point 1).
 *
 * `member-notice.js` carries the wasm-bindgen glue bundled in (so the integrity hash a web
 * team puts on it covers all the code), the stylesheet and the German banner, and the hash
 * of every file it fetches. Each file is served changed here, the way a compromised CDN or a
 * proxy would change it:
 *
 * - the wasm, a valid module with one of its messages altered: refused; the painted notice
 *   stays, without controls; one `integrity` error; nothing of the module runs;
 * - a locale file (its prerendered notices) with a forged headline: never painted; the wasm
 *   renders the genuine notice; one `integrity` error;
 * - the stylesheet file, which prerendered fragments link, with a rule added: refused by
 *   the browser; the notice is styled by the loader's own copy once the wasm takes over.
 *
 * (A changed locale file's text is refused too: release-files.test.mjs.) One test
 * makes sure no file escapes: every request of a first view is one of these kinds. Pages
 * that include the release pin what they load too: the prerendered fragments their
 * stylesheet, the WebView page its scripts and stylesheet (a changed loader never runs).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { recordedEvents, waitForRecorded } from './support/notice.mjs';
import { DIST_DIR } from './support/paths.mjs';

const browser = setupBrowser();
const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.json'), 'utf8'));
const distFile = (pattern) => {
  const entry = manifest.files.find((file) => pattern.test(file.path));
  assert.ok(entry, `dist/manifest.json lists a file matching ${pattern}`);
  return entry;
};
const WASM = distFile(/^member-notice-[0-9a-f]{16}\.wasm$/);
const CSS = distFile(/^member-notice-[0-9a-f]{16}\.css$/);

/** `text` with every `from` replaced by `to` (which must change something). */
function forged(text, from, to) {
  const changed = text.split(from).join(to);
  assert.notEqual(changed, text, `the file contains ${from}`);
  return changed;
}

/** The text and state of the page's one notice, or null before it has a shadow root. */
function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('member-notice')?.shadowRoot;
    const notice = root?.querySelector('.notice');
    if (!notice) return null;
    return {
      text: root.textContent,
      interactive: notice.hasAttribute('data-interactive'),
      rules: [...root.adoptedStyleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0),
    };
  });
}

/** Waits for the one error event of a test and checks its code and the file it names. */
async function assertOneError(page, code, file) {
  const [error] = await waitForRecorded(page, 'member-notice:error', { settle: 300 });
  assert.equal((await recordedEvents(page, 'member-notice:error')).length, 1, 'exactly one error event');
  assert.equal(error.detail.code, code, error.detail.message);
  assert.ok(error.detail.message.includes(file), `names ${file}: ${error.detail.message}`);
  return error;
}

test('a changed wasm is refused: the painted notice stays, one integrity error, nothing of it runs', async () => {
  const original = readFileSync(join(DIST_DIR, WASM.path));
  // The module carries no notice text (the loader hands it German): alter one of its messages.
  const tampered = Buffer.from(forged(original.toString('latin1'), 'the German text is shown', 'the German text is shewn'), 'latin1');
  assert.ok(WebAssembly.validate(tampered), 'still a valid module: only the hash can tell');

  const { page, log } = await browser.open('about:blank');
  const asked = [];
  page.on('request', (request) => request.url().endsWith(WASM.path) && asked.push(request.method()));
  await page.route(`**/${WASM.path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: tampered }),
  );
  await page.goto(browser.url('/script-only.html?lang=de&variant=full'));
  const error = await assertOneError(page, 'integrity', WASM.path);
  assert.match(error.detail.message, /deploy dist\/ again/, 'says what to do');
  // Whether the file is there at all is asked without downloading it a second time.
  assert.deepEqual(asked, ['GET', 'HEAD'], 'the refused file was downloaded once');

  const notice = await shown(page);
  assert.ok(notice, 'the prerendered notice is on screen');
  assert.ok(notice.text.includes('Bitmarck'), 'with the genuine text');
  assert.equal(notice.interactive, false, 'no controls: no module behind them');
  assert.deepEqual(await recordedEvents(page, 'member-notice:ready'), [], 'the changed module never ran');
  assert.deepEqual(log.pageErrors, [], 'nothing uncaught');
  // Chromium names the refused file in a console error of its own.
  log.errors = log.errors.filter((line) => !/integrity/i.test(line));
  log.assertClean({ allowWarnings: true });
});

test('a changed prerendered notice is never painted: the wasm renders the genuine one', async () => {
  // The German banner is in member-notice.js itself; the full variant comes from de's locale file.
  const file = distFile(/^static\/de-[\w-]{16}\.json$/).path;
  const original = readFileSync(join(DIST_DIR, file), 'utf8');
  const tampered = forged(original, 'Bitmarck', 'PHISHING-TEST');

  const { page, log } = await browser.open('about:blank');
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => { releaseWasm = resolve; });
  await page.route(`**/${WASM.path}`, async (route) => {
    await wasmHeld;
    await route.continue();
  });
  await page.route(`**/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: tampered }),
  );
  await page.goto(browser.url('/script-only.html?lang=de&variant=full'));
  await assertOneError(page, 'integrity', file);
  assert.equal(await shown(page), null, 'nothing painted while the wasm is on its way');

  releaseWasm();
  await waitForRecorded(page, 'member-notice:ready');
  const notice = await shown(page);
  assert.ok(notice.interactive, 'the wasm rendered the notice');
  assert.ok(!notice.text.includes('PHISHING-TEST'), 'nothing of the forged file');
  assert.ok(notice.rules > 20, 'styled, by the stylesheet member-notice.js carries');
  assert.deepEqual(log.pageErrors, [], 'nothing uncaught');
  log.errors = log.errors.filter((line) => !/integrity/i.test(line));
  log.assertClean({ allowWarnings: true });
});

test('a changed stylesheet is refused where a fragment links it: the wasm styles the notice with its own copy', async () => {
  const original = readFileSync(join(DIST_DIR, CSS.path), 'utf8');
  const tampered = `${original}.notice::before{content:"PHISHING-TEST call 0900 000"}`;

  const { page, log } = await browser.open('about:blank');
  let served = 0;
  await page.route(`**/${CSS.path}`, (route) => {
    served += 1;
    return route.fulfill({ status: 200, contentType: 'text/css', body: tampered });
  });
  // The fragment of dist/static/de.html links the stylesheet file, with its hash.
  await page.goto(browser.url('/prerendered.html?lang=de'));
  await waitForRecorded(page, 'member-notice:ready');
  assert.equal(served, 1, 'the fragment asked for the stylesheet file');
  const notice = await shown(page);
  assert.ok(notice.interactive, 'the member gets the notice');
  assert.ok(notice.rules > 20, 'styled, by the stylesheet member-notice.js carries');
  const before = await page.evaluate(() => {
    const notice = document.querySelector('member-notice').shadowRoot.querySelector('.notice');
    return getComputedStyle(notice, '::before').content;
  });
  assert.ok(!before.includes('PHISHING-TEST'), `no rule of the changed file applies: ${before}`);
  assert.deepEqual(log.pageErrors, [], 'nothing uncaught');
  log.errors = log.errors.filter((line) => !/integrity/i.test(line));
  log.assertClean({ allowWarnings: true });
});

test('every file a first view fetches is one whose hash member-notice.js carries', async () => {
  const loader = readFileSync(join(DIST_DIR, 'member-notice.js'), 'utf8');
  const hashed = manifest.files.filter((file) => /^static\/.*\.json$/.test(file.path)).concat([WASM, CSS]);
  assert.ok(hashed.length > 3, 'the locale files are in the manifest');
  for (const file of hashed) {
    // Locale files' hashes as base64 alone (the loader adds the "sha256-").
    assert.ok(loader.includes(file.integrity.replace(/^sha256-/, '')), `member-notice.js carries the hash of ${file.path}`);
  }
  assert.deepEqual(
    manifest.files.map((file) => file.path).filter((path) => path.endsWith('.js')).sort(),
    ['member-notice.js', 'webview.js'],
    'no separate glue: the code that runs is member-notice.js (and the WebView page its own script)',
  );

  const dist = browser.url('/dist/');
  // What the loader fetches with a hash: the wasm, and a locale's file (its prerendered
  // notices, and its text for the wasm).
  const verifiedKinds = [
    /^member-notice-[0-9a-f]{16}\.wasm$/,
    /^static\/[a-z]{2,3}(-x-[a-z]+)?-[\w-]{16}\.json$/,
  ];
  for (const query of ['lang=de', 'lang=uk&variant=full', 'lang=de&heading-level=3']) {
    const { page, log } = await browser.open(`/script-only.html?${query}`);
    await waitForRecorded(page, 'member-notice:ready');
    const fetched = log.requestsTo(dist).map((url) => url.slice(dist.length));
    assert.ok(fetched.includes('member-notice.js'), `${query}: the loader itself`);
    for (const path of fetched.filter((path) => path !== 'member-notice.js')) {
      assert.ok(verifiedKinds.some((kind) => kind.test(path)), `${query}: ${path} is fetched with its hash`);
    }
    log.assertClean();
  }
});

test('pages that include the release carry its hashes: every prerendered fragment and the WebView page', () => {
  const integrity = (path) => manifest.files.find((file) => file.path === path)?.integrity;
  for (const file of manifest.files.filter((f) => /^static\/.*\.html$/.test(f.path))) {
    const html = readFileSync(join(DIST_DIR, file.path), 'utf8');
    assert.ok(html.includes(CSS.path), `${file.path} links the stylesheet`);
    assert.ok(html.includes(`integrity="${CSS.integrity}"`), `${file.path} pins the stylesheet`);
  }
  const webview = readFileSync(join(DIST_DIR, 'webview.html'), 'utf8');
  for (const path of ['member-notice.js', 'webview.js', 'webview.css', CSS.path]) {
    assert.ok(webview.includes(`integrity="${integrity(path)}"`), `webview.html pins ${path}`);
  }
  assert.ok(!webview.includes('__MEMBER_NOTICE_'), 'no placeholder left');
});

test('the WebView page refuses a changed member-notice.js: its code never runs, the notice stays', async () => {
  const original = readFileSync(join(DIST_DIR, 'member-notice.js'), 'utf8');
  const { page, log } = await browser.open('about:blank');
  await page.route('**/dist/member-notice.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: `${original};document.title="PHISHING-TEST"` }),
  );
  await page.goto(browser.url('/dist/webview.html?lang=de&platform=ios'));
  await page.waitForLoadState('load');
  assert.notEqual(await page.title(), 'PHISHING-TEST', 'the changed script never ran');
  const shown = await page.evaluate(() => {
    const root = document.querySelector('member-notice')?.shadowRoot;
    return { fraud: !!root?.querySelector('[data-section="fraud"]'), api: typeof window.MemberNotice };
  });
  assert.deepEqual(shown, { fraud: true, api: 'undefined' }, 'the prerendered notice, without the changed code');
  log.knownFailures.push(browser.url('/favicon.ico'));
  log.errors = log.errors.filter((line) => !/integrity/i.test(line));
  log.assertClean({ allowWarnings: true });
});

test('a wasm served with another type than application/wasm is named in the load error; the painted notice stays', async () => {
  const original = readFileSync(join(DIST_DIR, WASM.path));
  const { page, log } = await browser.open('about:blank');
  await page.route(`**/${WASM.path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: original }),
  );
  await page.goto(browser.url('/script-only.html?lang=de'));
  const error = await assertOneError(page, 'load', WASM.path);
  assert.match(error.detail.message, /served as application\/octet-stream, not application\/wasm/);
  const notice = await shown(page);
  assert.ok(notice?.text.includes('Bitmarck'), 'the prerendered notice stays on screen');
  assert.deepEqual(log.pageErrors, [], 'nothing uncaught');
  log.assertClean({ allowWarnings: true });
});
