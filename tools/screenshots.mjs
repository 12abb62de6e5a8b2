/**
 * Screenshots of every locale × variant × theme, for reviewers who check all languages at
 * a glance. Run by `cargo xtask screenshots` after it has built `dist/`; runs on its own
 * too: `node tools/screenshots.mjs`.
 *
 * - Locales: `locales` from dist/manifest.json, then `pseudoLocales` if the manifest lists
 *   them (en-XA, ar-XB).
 * - Variants: `banner`, `banner-expanded` (the disclosure button clicked) and `full`.
 * - Themes: `light` and `dark`, set both on the notice (`theme` attribute) and as the
 *   page's `prefers-color-scheme`, so the page background matches.
 *
 * Each combination is loaded in its own page of one headless Chromium (Debian's
 * /usr/bin/chromium, never downloaded), 390 CSS px wide at device scale 2, from
 * tools/screenshot-page.html on the end-to-end tests' static server (e2e/support). Output:
 * `target/screenshots/<locale>-<variant>-<theme>.png` and `target/screenshots/index.html`,
 * a contact sheet that opens from disk.
 *
 * Exits 1, after writing what it could, when a notice does not render (no
 * `member-notice:ready` within the timeout, a `member-notice:error`, the wrong locale) or
 * its page logs console errors, uncaught exceptions or failed requests. Widget warnings and
 * horizontal overflow at phone width are printed but do not fail the run.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, PageLog } from '../e2e/support/browser.mjs';
import { assertDistBuilt, CHROMIUM_PATH, DIST_DIR, ROOT } from '../e2e/support/paths.mjs';
import { startServer } from '../e2e/support/server.mjs';


// `cargo xtask screenshots` passes the folder inside cargo's target directory.
const OUT_DIR = process.env.MEMBER_NOTICE_SCREENSHOTS_DIR ?? join(ROOT, 'target/screenshots');
const TOOLS_DIR = join(ROOT, 'tools');
/** The page's files, served from tools/ under this path on the test server's origin. */
const PAGE_PREFIX = '/tools/';
const PAGE_FILES = {
  'screenshot-page.html': 'text/html; charset=utf-8',
  'screenshot-page.js': 'text/javascript; charset=utf-8',
  'screenshot-page.css': 'text/css; charset=utf-8',
};

/** A phone (iPhone 12–15 class): 390 CSS px wide, sharp text for reviewers. */
const VIEWPORT = { width: 390, height: 844 };
const DEVICE_SCALE = 2;
/** Room kept below the notice; the page's own padding gives the other sides. */
const MARGIN = 16;
const RENDER_TIMEOUT_MS = 15_000;
const CONCURRENCY = Math.min(4, Math.max(2, availableParallelism()));
/** Stop when this many notices failed before any rendered. */
const GIVE_UP_AFTER = 3;
/** Failures printed in full; the contact sheet lists them all. */
const FAILURES_SHOWN = 6;

const VARIANTS = [
  { name: 'banner', variant: 'banner', expand: false, label: 'banner' },
  { name: 'banner-expanded', variant: 'banner', expand: true, label: 'banner, expanded' },
  { name: 'full', variant: 'full', expand: false, label: 'full' },
];
const THEMES = ['light', 'dark'];
const TOGGLE = 'member-notice summary[data-action="toggle"]';

/** Locale tags to render: the manifest's locales, then its pseudo-locales if any. */
async function readLocales() {
  const path = join(DIST_DIR, 'manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path} (${error.message}); run \`cargo xtask dist\` first`);
  }
  const tags = (list) =>
    (Array.isArray(list) ? list : [])
      .map((entry) => (typeof entry === 'string' ? entry : entry?.tag))
      .filter((tag) => typeof tag === 'string' && tag !== '');
  const locales = tags(manifest.locales);
  if (locales.length === 0) throw new Error(`${path} lists no "locales"; rebuild with \`cargo xtask dist\``);
  const pseudo = tags(manifest.pseudoLocales);
  // What each notice says in its lang attribute (`de` for the Leichte Sprache version).
  for (const { tag, lang } of [...(manifest.languages ?? []), ...(manifest.pseudoLanguages ?? [])]) {
    if (typeof tag === 'string' && typeof lang === 'string') HTML_LANGS.set(tag.toLowerCase(), lang.toLowerCase());
  }
  return { locales: [...new Set([...locales, ...pseudo])], pseudo };
}

/** Locale tag → the `lang` its notice carries, from the manifest (filled by readLocales). */
const HTML_LANGS = new Map();

/** Every combination, in contact-sheet order (locale, then variant, then theme). */
function combinations(locales) {
  return locales.flatMap((locale) =>
    VARIANTS.flatMap((variant) =>
      THEMES.map((theme) => ({ locale, variant, theme, file: `${locale}-${variant.name}-${theme}.png` })),
    ),
  );
}

/** Serves tools/screenshot-page.* to every page of `context`, on the server's origin. */
async function routePageFiles(context, origin) {
  await context.route(`${origin}${PAGE_PREFIX}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(PAGE_PREFIX.length);
    const type = Object.hasOwn(PAGE_FILES, name) ? PAGE_FILES[name] : null;
    if (!type) return route.fulfill({ status: 404, contentType: 'text/plain', body: `not found: ${name}` });
    return route.fulfill({
      status: 200,
      contentType: type,
      headers: { 'Cache-Control': 'no-store' },
      body: await readFile(join(TOOLS_DIR, name)),
    });
  });
}

/** The problems a page log holds, one line each (console errors fail the run). */
function logProblems(log) {
  return [
    ...log.pageErrors.map((line) => `page error: ${line}`),
    ...log.errors.map((line) => `console.error: ${line}`),
    ...log.failedRequests.map((line) => `failed request: ${line}`),
  ];
}

/** Why a combination failed, with everything the page logged. */
function failure(job, what, log) {
  const details = [...logProblems(log), ...log.warnings.map((line) => `console.warn: ${line}`)];
  const tail = details.length ? `\n    ${details.join('\n    ')}` : '\n    (the page logged nothing)';
  return new Error(`${job.file}: ${what}${tail}`);
}

/** Reads the rendered notice: its lang, dir, heading and any horizontal overflow. */
function readNotice(page) {
  return page.evaluate(() => {
    const root = document.querySelector('member-notice')?.shadowRoot;
    const notice = root?.querySelector('.notice');
    if (!notice) return null;
    const labelledBy = notice.getAttribute('aria-labelledby');
    const heading = (labelledBy && root.getElementById(labelledBy)) || notice.querySelector('h1,h2,h3,h4,h5,h6');
    const width = document.documentElement.clientWidth;
    const overflowing = [];
    for (const element of root.querySelectorAll('*')) {
      if (!element.checkVisibility()) continue;
      const box = element.getBoundingClientRect();
      const clipped = element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
      if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5 || clipped)) {
        const hook = element.getAttribute('data-section') ?? element.getAttribute('data-action') ?? element.className;
        overflowing.push(`<${element.localName}${hook ? ` ${hook}` : ''}> ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
    }
    return {
      lang: notice.getAttribute('lang'),
      dir: notice.getAttribute('dir') || 'ltr',
      heading: heading?.textContent.trim() ?? '',
      overflowing: overflowing.slice(0, 5),
    };
  });
}

/** Renders one combination into its PNG; returns what the contact sheet needs. */
async function shoot(context, origin, job) {
  const page = await context.newPage();
  const log = new PageLog().attach(page);
  try {
    await page.emulateMedia({ colorScheme: job.theme });
    const query = new URLSearchParams({ lang: job.locale, variant: job.variant.variant, theme: job.theme });
    await page.goto(`${origin}${PAGE_PREFIX}screenshot-page.html?${query}`, { waitUntil: 'load' });

    const state = await page
      .waitForFunction(() => document.documentElement.dataset.state !== 'loading', null, {
        timeout: RENDER_TIMEOUT_MS,
      })
      .then(() => page.evaluate(() => ({ ...document.documentElement.dataset })))
      .catch(() => null);
    if (!state) throw failure(job, `no member-notice:ready within ${RENDER_TIMEOUT_MS / 1000} s`, log);
    if (state.state === 'error') throw failure(job, `member-notice:error — ${state.error}`, log);

    const notice = await readNotice(page);
    if (!notice) throw failure(job, 'member-notice:ready came, but the shadow root has no .notice', log);
    const expected = HTML_LANGS.get(job.locale.toLowerCase()) ?? job.locale.toLowerCase();
    if (notice.lang?.toLowerCase() !== expected) {
      throw failure(
        job,
        `asked for lang="${job.locale}" (lang="${expected}" on the notice) but the notice shows "${notice.lang}" — ` +
          'is the locale registered in src/l10n/locales.rs and selectable by the lang attribute?',
        log,
      );
    }

    if (job.variant.expand) {
      const toggle = page.locator(TOGGLE);
      if ((await toggle.count()) !== 1) throw failure(job, `the banner has no disclosure (${TOGGLE})`, log);
      await toggle.click();
      await page
        .waitForFunction(
          () => document.querySelector('member-notice')?.shadowRoot?.querySelector('details.disclosure')?.open,
          null,
          { timeout: 5_000 },
        )
        .catch(() => {
          throw failure(job, 'clicking the disclosure did not open its <details>', log);
        });
      // The click leaves the pointer over the button and a focus ring on it; reviewers want
      // the resting look.
      await page.mouse.move(0, 0);
      await page.evaluate(() => document.querySelector('member-notice')?.shadowRoot?.activeElement?.blur());
      Object.assign(notice, await readNotice(page), { heading: notice.heading });
    }

    // Fonts and one more frame, so the picture is the settled layout.
    await page.evaluate(
      () => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))),
    );
    const problems = logProblems(log);
    if (problems.length) throw failure(job, 'the notice rendered, but the page reported problems', log);

    const box = await page.locator('member-notice').boundingBox();
    if (!box || box.height < 1) throw failure(job, 'the notice rendered with no height', log);
    const height = Math.ceil(box.y + box.height + MARGIN);
    await page.screenshot({
      path: join(OUT_DIR, job.file),
      fullPage: true,
      clip: { x: 0, y: 0, width: VIEWPORT.width, height },
      animations: 'disabled',
      caret: 'hide',
    });
    return { ...job, ...notice, width: VIEWPORT.width, height, warnings: log.widgetWarnings() };
  } finally {
    await page.close();
  }
}

/**
 * Runs `jobs` with at most `limit` at a time. Gives up on the rest when the first
 * `GIVE_UP_AFTER` all fail (a broken build would otherwise wait out every timeout); the
 * skipped jobs are left out of the results.
 */
async function pool(jobs, limit, run) {
  const results = [];
  let next = 0;
  let ok = 0;
  let failed = 0;
  const worker = async () => {
    while (next < jobs.length && (ok > 0 || failed < GIVE_UP_AFTER)) {
      const index = next++;
      results[index] = await run(jobs[index]).then(
        (value) => (ok++, { ok: true, value }),
        (error) => (failed++, { ok: false, error }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  const done = results.filter(Boolean);
  return { results: done, skipped: jobs.length - done.length };
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The locale's name in itself (CLDR via Intl), or the tag. */
function nativeName(tag) {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The contact sheet: one section per locale, one captioned figure per screenshot. */
function contactSheet(locales, shots, failures, pseudo) {
  const byLocale = new Map(locales.map((locale) => [locale, []]));
  for (const shot of shots) byLocale.get(shot.locale).push(shot);
  const sections = [...byLocale]
    .filter(([, list]) => list.length > 0)
    .map(([locale, list]) => {
      const { dir } = list[0];
      const name = nativeName(locale);
      const figures = list
        .map(
          (shot) => `      <figure>
        <a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" width="${shot.width}" height="${shot.height}" loading="lazy" alt="${escapeHtml(`${locale}: ${shot.variant.label}, ${shot.theme} theme`)}"></a>
        <figcaption lang="${escapeHtml(shot.lang)}" dir="${escapeHtml(shot.dir)}"><bdi>${escapeHtml(shot.heading)}</bdi>
          <span class="meta" lang="en" dir="ltr">${escapeHtml(shot.variant.label)} · ${shot.theme} · <code>${escapeHtml(shot.file)}</code></span></figcaption>
      </figure>`,
        )
        .join('\n');
      const tag = pseudo.includes(locale) ? `${locale}, pseudo-locale` : locale;
      return `  <section id="${escapeHtml(locale)}" aria-labelledby="h-${escapeHtml(locale)}">
    <h2 id="h-${escapeHtml(locale)}"><span lang="${escapeHtml(locale)}" dir="${escapeHtml(dir)}">${escapeHtml(name)}</span> <span class="tag">(${escapeHtml(tag)})</span></h2>
    <div class="grid">
${figures}
    </div>
  </section>`;
    })
    .join('\n');
  const nav = locales
    .filter((locale) => byLocale.get(locale).length > 0)
    .map((locale) => `<a href="#${escapeHtml(locale)}">${escapeHtml(locale)}</a>`)
    .join(' · ');
  const failed = failures.length
    ? `  <section class="failed" aria-labelledby="h-failed">
    <h2 id="h-failed">Not rendered (${failures.length})</h2>
    <pre>${escapeHtml(failures.map((error) => error.message).join('\n\n'))}</pre>
  </section>\n`
    : '';
  return `<!doctype html>
<!-- Written by \`cargo xtask screenshots\` (tools/screenshots.mjs); do not edit. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>member-notice screenshots — ${shots.length} images</title>
<style>
  body { margin: 0; padding: 1rem 1.5rem 3rem; font: 15px/1.4 system-ui, sans-serif; background: #d9d9d9; color: #111; }
  @media (prefers-color-scheme: dark) { body { background: #3a3a3a; color: #eee; } a { color: #9cc3ff; } }
  h1 { font-size: 1.4rem; margin-block: 0 .25rem; }
  h2 { font-size: 1.15rem; margin-block: 2rem .75rem; }
  .tag, .meta, .note { font-weight: normal; opacity: .75; font-size: .85rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, 390px); gap: 1.25rem; align-items: start; }
  figure { margin: 0; }
  img { display: block; max-width: 100%; height: auto; box-shadow: 0 0 0 1px #0003, 0 2px 6px #0002; }
  figcaption { margin-block-start: .4rem; }
  figcaption .meta { display: block; }
  .failed pre { white-space: pre-wrap; background: #fff0f0; color: #600; padding: .75rem; }
</style>
</head>
<body>
  <h1>member-notice screenshots</h1>
  <p class="note">${shots.length} images: ${locales.length} locales × banner, banner expanded, full × light, dark, at ${VIEWPORT.width} px width. Written ${escapeHtml(new Date().toISOString())}.</p>
  <nav aria-label="Locales">${nav}</nav>
${failed}${sections}
</body>
</html>
`;
}

/** Removes the previous run's images and contact sheet (and nothing else). */
async function clearOutput() {
  await mkdir(OUT_DIR, { recursive: true });
  for (const name of await readdir(OUT_DIR)) {
    if (extname(name) === '.png' || name === 'index.html') await rm(join(OUT_DIR, name));
  }
}

async function main() {
  const started = performance.now();
  assertDistBuilt();
  const { locales, pseudo } = await readLocales();
  if (pseudo.length === 0) console.log('screenshots: the manifest lists no pseudoLocales; rendering the shipped locales only');
  const jobs = combinations(locales);
  await clearOutput();

  const server = await startServer();
  let browser;
  let results;
  let skipped;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: DEVICE_SCALE, locale: 'en-US' });
    await routePageFiles(context, server.origin);
    console.log(
      `screenshots: ${jobs.length} combinations (${locales.join(' ')}) with ${CONCURRENCY} pages at a time`,
    );
    ({ results, skipped } = await pool(jobs, CONCURRENCY, (job) => shoot(context, server.origin, job)));
  } finally {
    await browser?.close();
    await server.close();
  }

  const shots = results.filter((r) => r.ok).map((r) => r.value);
  const failures = results.filter((r) => !r.ok).map((r) => r.error);
  const index = join(OUT_DIR, 'index.html');
  await writeFile(index, contactSheet(locales, shots, failures, pseudo));

  for (const shot of shots) {
    for (const line of shot.warnings) console.log(`screenshots: note: ${shot.file}: ${line}`);
    if (shot.overflowing.length) {
      console.log(`screenshots: note: ${shot.file}: wider than ${VIEWPORT.width} px or clipped: ${shot.overflowing.join(', ')}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`screenshots: ${shots.length} images in ${seconds} s`);
  console.log(`screenshots: contact sheet ${index}`);
  if (failures.length) {
    for (const error of failures.slice(0, FAILURES_SHOWN)) console.error(`screenshots: error: ${error.message}`);
    if (failures.length > FAILURES_SHOWN) {
      console.error(`screenshots: … and ${failures.length - FAILURES_SHOWN} more failures, listed in ${index}`);
    }
    console.error(`screenshots: ${failures.length} of ${jobs.length} notices did not render cleanly`);
    if (skipped) {
      console.error(`screenshots: gave up after the first ${failures.length} all failed; ${skipped} not tried`);
    }
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`screenshots: error: ${error.message}`);
  process.exitCode = 1;
});
