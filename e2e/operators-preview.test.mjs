/**
 * The operators' preview (demo/operators.html on the preview build in target/preview/; never in
 * dist/):
 *
 * - a bad value typed into the form is named with its JSON pointer, in the list and at its
 *   field, and every notice keeps the last config the widget accepted; malformed JSON too;
 * - what the page lists for a config is what `cargo xtask config check --format json` says
 *   of the same file, problem for problem (run here), for every kind of refusal and warning;
 * - an accepted change re-renders every notice on the page;
 * - every shipped language renders as a banner and in full, and the live view shows the
 *   chosen language as a banner, in full and as the app's WebView shows it (h1, links for the
 *   app, the `link` message to the app's bridge);
 * - the timeline lists starts_at, each planned phase and ends_at in time order with "now",
 *   each saying what the widget shows from then on (its own rule, and that it refuses a
 *   config it refuses), and showing the notices as at an entry's time shows what the widget
 *   renders then (the phase in effect);
 * - the downloaded file is the JSON shown, `cargo xtask config check` accepts it, and it opens
 *   again as it was;
 * - axe-core finds nothing (with problems shown, and in the app's view), nothing scrolls
 *   sideways at 360 px, and the console stays clean.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { assertAccessible } from './support/axe.mjs';
import { setupBrowser } from './support/browser.mjs';
import { DIRECTIONS, HTML_LANGS, LOCALES } from './support/notice.mjs';
import { DIST_DIR, PREVIEW_DIR, ROOT } from './support/paths.mjs';

if (!existsSync(`${PREVIEW_DIR}/member-notice-preview.js`)) {
  throw new Error(`${PREVIEW_DIR} is missing: run \`cargo xtask test\` (or \`cargo xtask preview\`), which builds the preview`);
}

const { open } = setupBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'operators-preview-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function openPreview(query = '') {
  const { page, log } = await open(`/demo/operators.html${query}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return { page, log };
}

/** How many verdicts the page has shown so far. */
const checks = (page) => page.$eval('#summary', (summary) => Number(summary.dataset.checks ?? 0));

/** Runs `action` (an edit) and waits for the widget's verdict on its result. */
async function edited(page, action) {
  const before = await checks(page);
  await action();
  // The page checks 150 ms after the last keystroke.
  await page.waitForFunction((n) => Number(document.querySelector('#summary').dataset.checks) > n, before);
}

/** The form's control for the field at JSON pointer `pointer`. */
const field = (pointer) => `#fields :is(input, select)[data-pointer="${pointer}"]`;

/** Puts `config` (an object, or text as it is) into the JSON editor and waits for the verdict. */
const typeJson = (page, config) =>
  edited(page, () => page.fill('#json', typeof config === 'string' ? config : JSON.stringify(config, null, 2)));

/** The lines the page lists under "What the widget says". */
const listed = (page) => page.$$eval('#problems li', (items) => items.map((item) => item.textContent));

/** Every notice on the page: where it is, and what it shows (null: hidden). */
const notices = (page) =>
  page.$$eval('figure.card > div', (hosts) =>
    hosts.map((host) => {
      const notice = host.shadowRoot?.querySelector('section.notice');
      const figure = host.closest('figure');
      return {
        card: `${figure.dataset.locale}/${figure.dataset.variant}${host.closest('#view') ? ' (live)' : ''}`,
        severity: notice?.dataset.severity ?? null,
        text: notice?.textContent ?? null,
        moreInfo: notice?.querySelector('[data-action="more-info"]')?.getAttribute('href') ?? null,
        phase: notice?.dataset.phase ?? null,
      };
    }),
  );

/** How many notices the page shows: the live one, and every language as a banner and in full. */
const EVERY_NOTICE = 1 + 2 * LOCALES.length;

/** Waits until every notice satisfies `ok` (a function of the `notices` entry, run in Node). */
async function everyNotice(page, ok, what) {
  let last = [];
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    last = await notices(page);
    if (last.length === EVERY_NOTICE && last.every(ok)) return last;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what}; not so: ${JSON.stringify(last.filter((n) => !ok(n)).map((n) => n.card))}`);
}

/** `cargo xtask config check --format json` on `files` (the CLI exits 1 for a refused file). */
function cli(files) {
  let output;
  try {
    output = execFileSync('cargo', ['run', '--quiet', '--package', 'xtask', '--', 'config', 'check', '--format', 'json', ...files],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if (error.status !== 1) throw error;
    output = error.stdout;
  }
  return JSON.parse(output).files;
}

/** The lines the page lists for a verdict of `config check --format json`, as it words them. */
function linesOf(verdict) {
  const place = (p) => (p.pointer === '' ? '(the whole file)' : p.pointer);
  return [
    ...verdict.problems.map((p) => `${place(p)}: ${p.problem}`),
    ...verdict.warnings.map((p) => `warning ${place(p)}: ${p.problem}`),
  ];
}

/** An RFC 3339 time `days` from now (UTC). */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

test('a bad value is named at its pointer, and every notice keeps the last accepted config', async () => {
  const { page, log } = await openPreview();
  await edited(page, () => page.selectOption(field('/severity'), 'critical'));
  assert.equal(await page.textContent('#summary'), 'notice.json: accepted');
  await everyNotice(page, (n) => n.severity === 'critical', 'every notice is critical');

  // Typed key by key into the form, as an operator would.
  await edited(page, () => page.locator(field('/links/more_info')).pressSequentially('javascript:alert(1)'));
  // A pause between keys may have let the page check a part of it ("javascript" is a path).
  await page.waitForFunction(() => document.querySelector('#problems').textContent.includes('"javascript:alert(1)"'));
  const problem = '/links/more_info: "javascript:alert(1)" uses a scheme other than https:, which is refused';
  assert.deepEqual(await listed(page), [problem]);
  assert.equal(await page.textContent('#summary'), 'notice.json: refused (config-invalid), 1 problem');
  assert.equal(await page.getAttribute('#applied', 'data-shown'), 'last');
  assert.equal(await page.getAttribute(field('/links/more_info'), 'aria-invalid'), 'true');
  assert.deepEqual(
    await page.$$eval('.field[data-pointer="/links/more_info"] ul.inline li', (items) => items.map((i) => i.textContent)),
    [problem.slice('/links/more_info: '.length)],
    'the problem is shown at its field too',
  );
  assert.match(await page.inputValue('#json'), /"more_info": "javascript:alert\(1\)"/, 'the JSON follows the form');
  const kept = (n) => n.severity === 'critical' && !String(n.moreInfo).startsWith('javascript:');
  await everyNotice(page, kept, 'every notice keeps the last accepted config');

  // Malformed JSON: a problem with the whole file; the form waits for the JSON.
  await typeJson(page, '{"version": "2026-12-a", "severity": "info",');
  const [whole] = await listed(page);
  assert.match(whole, /^\(the whole file\): is not a valid notice config: /);
  assert.equal(await page.$eval('#fields', (f) => f.disabled), true, 'the form waits');
  await everyNotice(page, kept, 'malformed JSON changes no notice');
  await assertAccessible(page, 'the preview with a malformed config');
  log.assertClean();
});

test('what the page lists is what `cargo xtask config check --format json` says of the same file', async () => {
  const CASES = {
    'types.json': { version: 7, active: 'yes', severity: 'loud', starts_at: '2026-02-30T08:00:00Z' },
    'window.json': { version: 'w', starts_at: '2026-09-01T00:00:00+02:00', ends_at: '2026-08-01T00:00:00+02:00' },
    'links-terms.json': {
      version: 'l',
      links: { more_info: '//evil.example/x', sign_language: 'https://evil.example/dgs', video: 'x' },
      terms: { 'brand-name': 'hkk ruft Sie an', slogan: 'x', 'it-provider': 'Bitmаrck' },
    },
    'unknown.json': { $schema: 'x', version: 'u', activ: false, phase: 'resolved', 'links.more_info': '/x' },
    'malformed.json': '{"version": "m", }',
    'not-an-object.json': '["version"]',
    'bom.json': '\uFEFF{"version": "b"}',
    'too-large.json': JSON.stringify({ version: 'big', pad: 'x'.repeat(70_000) }),
    'accepted.json': { version: '2026-12-ok', severity: 'info', links: { more_info: '/kontakt' }, terms: { 'brand-name': 'AOK Nordost' } },
  };
  const texts = Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, typeof c === 'string' ? c : JSON.stringify(c, null, 2)]));
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(scratch, name), text);
  const verdicts = cli(Object.keys(texts).map((name) => join(scratch, name)));

  const { page, log } = await openPreview();
  for (const [at, name] of Object.keys(texts).entries()) {
    const verdict = verdicts[at];
    assert.equal(verdict.file, join(scratch, name));
    await typeJson(page, texts[name]);
    assert.deepEqual(await listed(page), linesOf(verdict), `${name}: the page lists what the CLI says`);
    const summary = await page.textContent('#summary');
    if (verdict.accepted) assert.match(summary, /^notice\.json: accepted/, name);
    else assert.match(summary, new RegExp(`^notice\\.json: refused \\(${verdict.code}\\), ${verdict.problems.length} problem`), name);
  }
  assert.ok(verdicts.some((v) => v.accepted) && verdicts.some((v) => !v.accepted), 'both verdicts are seen');
  log.assertClean();
});

test('an accepted change re-renders every notice on the page', async () => {
  const { page, log } = await openPreview();
  const before = await everyNotice(page, (n) => n.severity === 'warning', 'the built-in notice shows everywhere');
  const naming = before.filter((n) => n.text.includes('Bitmarck')).map((n) => n.card);
  assert.ok(naming.length >= LOCALES.length, `the provider's name is in most notices (${naming.length})`);

  await edited(page, () => page.fill(field('/terms/it-provider'), 'Muster IT'));
  await edited(page, () => page.selectOption(field('/severity'), 'info'));
  assert.equal(await page.textContent('#summary'), 'notice.json: accepted');
  await everyNotice(page, (n) => n.severity === 'info', 'every notice is info');
  const after = await notices(page);
  for (const card of naming) {
    assert.ok(after.find((n) => n.card === card).text.includes('Muster IT'), `${card} names the provider from the config`);
  }

  // active: false hides every notice; the cards say so.
  await edited(page, () => page.uncheck(field('/active')));
  await everyNotice(page, (n) => n.text === null, 'every notice is hidden');
  await page.waitForFunction(
    (count) => document.querySelectorAll('figure.card.is-hidden').length === count,
    EVERY_NOTICE,
  );
  log.assertClean();
});

test('every language as a banner and in full; the live view as a banner, in full and in the app', async () => {
  const { page, log } = await openPreview();
  await everyNotice(page, (n) => n.severity !== null, 'every notice renders');
  const grid = await page.$$eval('#grid figure > div', (hosts) =>
    hosts.map((host) => {
      const notice = host.shadowRoot.querySelector('section.notice');
      return `${host.closest('figure').dataset.locale}:${notice.lang}/${notice.dir}/${notice.dataset.variant}`;
    }),
  );
  const expected = ['banner', 'full'].flatMap((variant) =>
    LOCALES.map((tag) => `${tag}:${HTML_LANGS[tag]}/${DIRECTIONS[tag]}/${variant}`));
  assert.deepEqual(grid, expected, 'every shipped language (the manifest\'s), banner and full');
  assert.deepEqual(await page.$$eval('#view-locale option', (o) => o.map((x) => x.value)), LOCALES);

  /** The live notice: its headline's tag, language, variant and how its links lead out. */
  const live = () =>
    page.waitForFunction(() => {
      const notice = document.querySelector('#view figure > div')?.shadowRoot?.querySelector('section.notice');
      if (!notice) return null;
      const link = notice.querySelector('[data-action="more-info"]');
      return {
        title: notice.querySelector('h1, h2, h3, h4, h5, h6').tagName.toLowerCase(),
        lang: notice.lang,
        dir: notice.dir,
        variant: notice.dataset.variant,
        href: link?.getAttribute('href') ?? null,
        role: link?.getAttribute('role') ?? null,
      };
    }).then((handle) => handle.jsonValue());

  await page.selectOption('#view-locale', 'ar');
  assert.deepEqual(await live(), { title: 'h3', lang: 'ar', dir: 'rtl', variant: 'banner', href: 'https://www.hkk.de/', role: null });
  await page.selectOption('#view-as', 'full');
  assert.deepEqual(await live(), { title: 'h3', lang: 'ar', dir: 'rtl', variant: 'full', href: 'https://www.hkk.de/', role: null });
  await page.selectOption('#view-as', 'app');
  assert.deepEqual(await live(), { title: 'h1', lang: 'ar', dir: 'rtl', variant: 'full', href: null, role: 'link' },
    'as webview.html shows it: h1, links for the app');
  assert.equal(await page.isVisible('#bridge'), true);

  // A path in the config, followed in the app: the app is handed the absolute URL.
  await edited(page, () => page.fill(field('/links/more_info'), '/kontakt'));
  await page.locator('#view figure > div').locator('[data-action="more-info"]').click();
  const origin = new URL(page.url()).origin;
  await page.waitForFunction(() => [...document.querySelectorAll('#bridge li')].some((li) => li.textContent.includes('"type":"link"')));
  const message = JSON.parse((await page.$$eval('#bridge li', (items) => items.map((i) => i.textContent))).find((m) => m.includes('"type":"link"')));
  assert.equal(message.url, `${origin}/kontakt`);
  assert.equal(new URL(page.url()).pathname, '/demo/operators.html', 'the page did not navigate');
  await assertAccessible(page, 'the preview with the app\'s view');

  // A card of the overview shows its notice above.
  await page.click('#grid figure[data-locale="uk"][data-variant="full"] button.show');
  assert.deepEqual(pickLive(await live()), { lang: 'uk', variant: 'full' });
  log.assertClean();
});

/** The live notice's language and variant. */
const pickLive = ({ lang, variant }) => ({ lang, variant });

test('the timeline lists the schedule in time order with now; a chosen moment shows the notices then', async () => {
  const { page, log } = await openPreview();
  const config = {
    version: '2026-12-timeline',
    starts_at: inDays(-10),
    ends_at: inDays(30),
    phase: 'disruption',
    phases: [
      { phase: 'backlog', from: inDays(-2) },
      { phase: 'resolved', from: inDays(20) },
    ],
  };
  await typeJson(page, config);
  const labels = () => page.$$eval('#timeline li[data-label]', (items) => items.map((i) => i.dataset.label));
  assert.deepEqual(await labels(), ['starts_at', 'phases[0]: backlog', 'now', 'phases[1]: resolved', 'ends_at']);
  assert.equal(await page.$eval('#timeline li.now', (li) => li.dataset.label), 'now', '"now" is marked');
  const states = await page.$$eval('#timeline li.entry .state', (items) => items.map((i) => i.textContent));
  assert.deepEqual(states, [
    ' — from here: shown, phase disruption',
    ' — from here: shown, phase backlog',
    ' — from here: shown, phase resolved',
    ' — from here: hidden',
  ]);
  // The form follows the JSON's list: one row per planned phase.
  assert.equal(await page.inputValue(field('/phases/1/from')), config.phases[1].from);

  // The phase each moment shows is the widget's: the phase in effect at the preview's clock.
  await page.click('#timeline li[data-label="starts_at"] button');
  await everyNotice(page, (n) => n.phase === 'disruption', 'as at starts_at, every notice is in phase disruption');
  await page.click('#timeline li[data-label="phases[1]: resolved"] button');
  await everyNotice(page, (n) => n.phase === 'resolved', 'as at phases[1], every notice is in phase resolved');

  // As at ends_at, the widget hides every notice; back to now, they show again.
  await page.click('#timeline li[data-label="ends_at"] button');
  await everyNotice(page, (n) => n.text === null, 'as at ends_at, every notice is hidden');
  assert.deepEqual((await labels()).slice(-2), ['ends_at', 'the notices below show this moment']);
  await page.click('#clock-now');
  await everyNotice(page, (n) => n.text !== null, 'now, every notice shows');

  // The timeline's "from here" is the widget's answer: for a config it refuses (moves out of
  // order), it says so instead of guessing.
  await typeJson(page, { ...config, phases: [...config.phases].reverse() });
  const refused = await page.$$eval('#timeline li.entry .state', (items) => items.map((i) => i.textContent));
  assert.equal(refused.length, 4);
  for (const state of refused) assert.equal(state, ' — from here: the widget refuses this config (see its problems)');
  log.assertClean({ allowWarnings: false });
});

test('the download is the JSON shown, and `cargo xtask config check` accepts it', async () => {
  const { page, log } = await openPreview();
  await page.selectOption('#start', 'example');
  await edited(page, () => page.click('#start-apply'));
  await edited(page, () => page.fill(field('/version'), '2026-12-download'));
  await edited(page, () => page.fill(field('/terms/brand-name'), 'BKK Muster'));
  await edited(page, () => page.click('#fields button.add'));
  assert.equal(await page.textContent('#summary').then((s) => s.startsWith('notice.json: accepted')), true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'notice.json');
  const file = join(scratch, 'downloaded.json');
  await download.saveAs(file);
  const shown = await page.inputValue('#json');
  assert.equal(readFileSync(file, 'utf8'), shown, 'the file is the JSON shown, byte for byte');
  const saved = JSON.parse(shown);
  assert.equal(saved.version, '2026-12-download');
  assert.equal(saved.terms['brand-name'], 'BKK Muster');
  assert.equal(saved.$schema, undefined, 'the example\'s repository path is not carried into the file');

  const [verdict] = cli([file]);
  assert.equal(verdict.accepted, true, JSON.stringify(verdict));
  assert.deepEqual(linesOf(verdict), await listed(page), 'the CLI and the page say the same');

  // The file opens again as it was saved: the form follows it.
  await edited(page, () => page.click('#start-apply'));
  await edited(page, () => page.setInputFiles('#open', file));
  assert.equal(await page.inputValue('#json'), shown);
  assert.equal(await page.inputValue(field('/terms/brand-name')), 'BKK Muster');
  log.assertClean();
});

test('the preview passes axe and is no part of dist/', async () => {
  const { page, log } = await openPreview();
  await everyNotice(page, (n) => n.severity !== null, 'every notice renders');
  await assertAccessible(page, 'the operators\' preview');
  await edited(page, () => page.fill(field('/starts_at'), 'tomorrow'));
  await assertAccessible(page, 'the preview with a problem at a field');
  // On a phone-sized screen nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0,
    'nothing scrolls sideways at 360 px');
  log.assertClean();

  const files = readdirSync(DIST_DIR, { recursive: true }).map(String);
  assert.deepEqual(files.filter((f) => /operators|preview/.test(f)), [], 'dist/ has no preview file');
  assert.doesNotMatch(readFileSync(`${DIST_DIR}/manifest.json`, 'utf8'), /operators|preview/);
});
