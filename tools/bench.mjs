/**
 * `cargo xtask bench`: how fast the notice is there for a member, against the same text as
 * static HTML, on cold loads in headless Chromium (Debian's), and what it costs in bytes and
 * memory; then Lighthouse on the demo portal page. Writes a Markdown report to
 * MEMBER_NOTICE_BENCH_OUT (xtask: target/bench.md) and prints it.
 *
 * Pages (tools/bench/pages.mjs): a member portal page several screens tall with the notice
 * near the top, as static HTML + stylesheet (the baseline), as the prerendered fragment +
 * script tag, by script tag alone, and by script tag alone with room kept for the notice.
 *
 * Profiles: the slow phone (412×823 px; 150 ms round trip, 1.6 Mbit/s down, 0.75 up, CPU 4×
 * slower — DevTools protocol emulation) for every locale in dist/manifest.json `locales`
 * (German on every page, the others static vs script tag alone; German also for a member who
 * collapsed the notice on an earlier visit), and an unthrottled desktop (1280×800) for German. Files are served with brotli. Each case is loaded
 * MEMBER_NOTICE_BENCH_RUNS times (default 7), the runs interleaved across pages and cases so
 * a busy moment on the machine hits all of them alike; the report gives the median and the
 * spread (min–max), and ratios against the static page of the same locale and profile.
 *
 * Also: the JS heap and wasm memory after render, the bytes on the wire of the first view
 * (what the script-tag page really fetched, per file and per locale), and Lighthouse 12
 * (mobile) on the demo portal page as `cargo xtask serve` serves it (MEMBER_NOTICE_BENCH_DEMO,
 * its origin, set by xtask) and as a server without includes serves it (script tag alone),
 * MEMBER_NOTICE_BENCH_LIGHTHOUSE_RUNS times each (default 3; 0 skips Lighthouse).
 *
 * For development: MEMBER_NOTICE_BENCH_LOCALES=de,ar limits the locales.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { CHROMIUM_PATH, DIST_DIR, ROOT } from '../e2e/support/paths.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { collapsedBefore, measure } from './bench/measure.mjs';
import { KINDS, page } from './bench/pages.mjs';
import { startServer } from './bench/server.mjs';
import { cls, bytes, kib, mib, ms, ratio, shift, spread, table, median } from './bench/stats.mjs';

const count = (name, fallback) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}"`);
  return Number(value);
};
const RUNS = Math.max(1, count('MEMBER_NOTICE_BENCH_RUNS', 7));
const LIGHTHOUSE_RUNS = count('MEMBER_NOTICE_BENCH_LIGHTHOUSE_RUNS', 3);
const DEMO = process.env.MEMBER_NOTICE_BENCH_DEMO || null;
const OUT = process.env.MEMBER_NOTICE_BENCH_OUT;
/** The reference locale: every page, both profiles. */
const GERMAN = 'de';

const PROFILES = {
  phone: {
    label: 'Slow phone',
    about: '412×823 CSS px at 1.75×, 150 ms round trip, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU 4× slower',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    mobile: true,
    network: { latency: 150, download: 1.6e6 / 8, upload: 0.75e6 / 8 },
    cpu: 4,
  },
  desktop: {
    label: 'Unthrottled desktop',
    about: '1280×800 CSS px, no throttling',
    viewport: { width: 1280, height: 800 },
  },
};

const started = Date.now();
const load0 = loadavg()[0];
const manifest = JSON.parse(await readFile(join(DIST_DIR, 'manifest.json'), 'utf8'));
const only = process.env.MEMBER_NOTICE_BENCH_LOCALES?.split(',').map((l) => l.trim()).filter(Boolean);
const locales = manifest.locales.filter((l) => !only || only.includes(l));
if (!locales.includes(GERMAN)) locales.unshift(GERMAN);
const fragments = Object.fromEntries(
  await Promise.all(locales.map(async (l) => [l, await readFile(join(DIST_DIR, 'static', `${l}.html`), 'utf8')])),
);
const stylesheet = `/dist/${manifest.stylesheet}`;
/** The room the `room` page keeps, in rem, by profile (measured below). */
const room = {};

const server = await startServer({
  root: ROOT,
  // `room-<profile>`: the room page for that profile's width.
  pages: (name, locale) => {
    const [kind, profile] = name.split('-');
    if (!fragments[locale]) throw new Error(`bench: no locale ${locale}`);
    return page(kind, { locale, fragment: fragments[locale], stylesheet, room: room[profile] });
  },
});
const url = (profile, kind, locale) => `${server.origin}/bench/${kind === 'room' ? `room-${profile}` : kind}/${locale}.html`;

/** A member who collapsed the notice before: their results are kept under this key. */
const RETURNING = `${GERMAN}, collapsed before`;

/** What is loaded: [profile, key, locale, kinds, options]. */
const CASES = [
  ['phone', GERMAN, GERMAN, ['static', 'fragment', 'script', 'room', 'config']],
  ...locales.filter((l) => l !== GERMAN).map((l) => ['phone', l, l, ['static', 'script']]),
  ['phone', RETURNING, GERMAN, ['fragment', 'script', 'room'], { returning: true }],
  ['desktop', GERMAN, GERMAN, ['static', 'fragment', 'script', 'room']],
];
const total = RUNS * CASES.reduce((sum, [, , , kinds]) => sum + kinds.length, 0);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
/** results[profile][key][kind] = the loads' measurements (or `{ error }`); the key is the locale or RETURNING. */
const results = {};
let done = 0;
try {
  // Room kept as a web team would keep it (docs/speed.md): the notice's height on this page
  // at this width, measured once, rounded up to whole rem.
  for (const [name, profile] of Object.entries(PROFILES)) {
    const quick = { ...profile, network: null, cpu: null };
    const probe = await measure(browser, url(name, 'fragment', GERMAN), quick);
    room[name] = Math.ceil(probe.height / 16);
  }
  const returning = await collapsedBefore(browser, url('desktop', 'script', GERMAN));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, key, locale, kinds, options = {}] of CASES) {
      // A different page first each run: none always meets the browser cold.
      const order = kinds.map((_, i) => kinds[(i + run) % kinds.length]);
      for (const kind of order) {
        const slot = (((results[name] ??= {})[key] ??= {})[kind] ??= []);
        let result;
        try {
          result = await measure(browser, url(name, kind, locale), PROFILES[name], {
            live: kind !== 'static',
            files: run === 0 && kind !== 'static' && !options.returning,
            storageState: options.returning ? returning : undefined,
          });
          result.cls = cls(result.shifts);
        } catch (error) {
          result = { error: String(error.message ?? error).split('\n')[0] };
        }
        slot.push(result);
        done++;
        const said = result.error
          ? `failed: ${result.error}`
          : `visible ${Math.round(result.visible)} ms` +
            (result.live ? `, live ${Math.round(result.live)} ms` : '') +
            `, CLS ${result.cls.toFixed(3)}`;
        console.log(`bench: [${done}/${total}] ${name} ${key} ${kind}: ${said}`);
      }
    }
  }
} finally {
  await browser.close();
}

/** Lighthouse on the demo portal page: as served by `cargo xtask serve`, and without the include. */
const audits = [];
if (LIGHTHOUSE_RUNS > 0) {
  const targets = [
    ...(DEMO ? [['demo page, `cargo xtask serve` (fragment by server-side include + script tag)', `${DEMO}/`]] : []),
    ['demo page from a server without includes (script tag alone)', `${server.origin}/`],
  ];
  for (const [label] of targets) audits.push({ label, runs: [] });
  // Taking turns, so a busy moment on the machine does not fall on one page only.
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const [index, [, target]] of targets.entries()) {
      const { runs } = audits[index];
      try {
        runs.push(await lighthouse(target));
        const r = runs.at(-1);
        console.log(`bench: lighthouse ${i + 1}/${LIGHTHOUSE_RUNS} ${target}: performance ${r.performance}, CLS ${r.cls.toFixed(3)}`);
      } catch (error) {
        runs.push({ error: String(error.message ?? error) });
        console.log(`bench: lighthouse ${i + 1}/${LIGHTHOUSE_RUNS} ${target} failed: ${error.message}`);
      }
    }
  }
}
await server.close();

// ---- The report ----------------------------------------------------------------------

const ok = (loads) => (loads ?? []).filter((r) => !r.error);
const of = (loads, key) => spread(ok(loads).map((r) => r[key]));
const failures = (loads) => (loads ?? []).filter((r) => r.error).length;
const minutes = (msTotal) => `${Math.floor(msTotal / 60000)} min ${Math.round((msTotal % 60000) / 1000)} s`;

/** Files of the first view that came from dist/, with their bytes on the wire. */
function firstView(loads) {
  const files = ok(loads).find((r) => r.files?.length)?.files ?? [];
  return files
    .filter((f) => new URL(f.url).pathname.startsWith('/dist/'))
    .map((f) => ({ ...f, name: new URL(f.url).pathname.slice('/dist/'.length) }));
}
const sum = (files) => files.reduce((n, f) => n + f.bytes, 0);

const lines = [];
const say = (...more) => lines.push(...more);
const cpu = cpus();
say(
  '# member-notice bench',
  '',
  `${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB · load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end · ` +
    `Chromium ${chromiumVersion} (headless) · Node ${process.version} · member-notice ${manifest.version} · ` +
    `the bench took ${minutes(Date.now() - started)}.`,
  '',
  `Median (and min–max) of ${RUNS} cold loads per case, each in a fresh browser context. **first paint**: the ` +
    'page\'s first contentful paint; **visible**: the delay ' +
    'section on screen with the notice\'s styles; **live**: the wasm runs the notice (dismiss works); ratios are ' +
    'against the static page\'s visible time in the same run. **CLS**: layout shift as browsers count it, until live. ' +
    '**Memory** after render and a full garbage collection: the page\'s JS heap (in brackets: more than the static page\'s) ' +
    'and the wasm\'s linear memory. The page is a ' +
    'member portal page several screens tall with the notice above the member\'s requests (tools/bench/pages.mjs).',
  '',
);

for (const [name, profile] of Object.entries(PROFILES)) {
  const german = results[name]?.[GERMAN];
  if (!german) continue;
  say(`## ${profile.label}: German`, '', `${profile.about}; files with brotli. Room kept: \`min-height: ${room[name]}rem\` on the target.`, '');
  const base = of(german.static, 'visible');
  say(
    table(
      ['page', 'first paint', 'visible', '× static', 'live', '× static', 'CLS', 'JS heap', 'wasm memory', 'notice height'],
      Object.entries(KINDS)
        .filter(([kind]) => german[kind])
        .map(([kind, label]) => {
          const loads = german[kind];
          const heap = median(ok(loads).map((r) => r.heap));
          const pageHeap = median(ok(german.static).map((r) => r.heap));
          const wasm = median(ok(loads).map((r) => r.wasm));
          const height = median(ok(loads).map((r) => r.height));
          // The notice's share of the heap: what the page without the widget does not hold.
          const share = kind !== 'static' && heap != null && pageHeap != null ? ` (+${mib(heap - pageHeap)})` : '';
          return [
            label + (failures(loads) ? ` (${failures(loads)} failed)` : ''),
            ms(of(loads, 'paint')),
            ms(of(loads, 'visible')),
            ratio(of(loads, 'visible'), base),
            ms(of(loads, 'live')),
            ratio(of(loads, 'live'), base),
            shift(of(loads, 'cls')),
            mib(heap) + share,
            mib(wasm),
            height == null ? '—' : `${Math.round(height)} px`,
          ];
        }),
    ),
    '',
  );
}

const again = results.phone?.[RETURNING];
if (again) {
  const base = of(results.phone[GERMAN].static, 'visible');
  say(
    '## Slow phone: German, a member who collapsed the notice before',
    '',
    'The same pages, loaded with what the browser stored when the member collapsed the notice on an earlier visit ' +
      '(ratios against the static page above). The notice shows collapsed once the wasm applies the dismissal.',
    '',
    table(
      ['page', 'visible', '× static', 'live', '× static', 'CLS', 'notice height'],
      Object.entries(KINDS)
        .filter(([kind]) => again[kind])
        .map(([kind, label]) => {
          const height = median(ok(again[kind]).map((r) => r.height));
          return [
            label + (failures(again[kind]) ? ` (${failures(again[kind])} failed)` : ''),
            ms(of(again[kind], 'visible')),
            ratio(of(again[kind], 'visible'), base),
            ms(of(again[kind], 'live')),
            ratio(of(again[kind], 'live'), base),
            shift(of(again[kind], 'cls')),
            height == null ? '—' : `${Math.round(height)} px`,
          ];
        }),
    ),
    '',
  );
}

const others = locales.filter((l) => l !== GERMAN && results.phone?.[l]);
if (others.length) {
  say('## Slow phone: every locale, static vs script tag alone', '');
  say(
    table(
      ['locale', 'static visible', 'script visible', '× static', 'script live', '× static', 'CLS (script)'],
      [GERMAN, ...others].map((l) => {
        const loads = results.phone[l];
        const base = of(loads.static, 'visible');
        return [
          l + (failures(loads.static) + failures(loads.script) ? ` (${failures(loads.static) + failures(loads.script)} failed)` : ''),
          ms(base),
          ms(of(loads.script, 'visible')),
          ratio(of(loads.script, 'visible'), base),
          ms(of(loads.script, 'live')),
          ratio(of(loads.script, 'live'), base),
          shift(of(loads.script, 'cls')),
        ];
      }),
    ),
    '',
  );
}

const views = Object.fromEntries(locales.map((l) => [l, firstView(results.phone?.[l]?.script)]));
const germanView = views[GERMAN];
if (germanView.length) {
  say(
    '## First view: bytes on the wire',
    '',
    'What the script-tag page fetched from `dist/` until the network was idle (the page itself not counted), ' +
      'each body as sent (encoded), recorded in the browser.',
    '',
  );
  const fragmentView = firstView(results.phone?.[GERMAN]?.fragment);
  const perFile = (files) =>
    files.map((f) => [`\`${f.name}\``, f.cached ? 'from the browser\'s cache' : (f.encoding ?? 'none'), bytes(f.bytes), kib(f.bytes)]);
  say(
    table(['German, script tag alone', 'encoding', 'bytes', ''], [...perFile(germanView), ['**total**', '', `**${bytes(sum(germanView))}**`, `**${kib(sum(germanView))}**`]]),
    '',
  );
  if (fragmentView.length) {
    say(
      table(['German, fragment + script tag', 'encoding', 'bytes', ''], [...perFile(fragmentView), ['**total**', '', `**${bytes(sum(fragmentView))}**`, `**${kib(sum(fragmentView))}**`]]),
      '',
    );
  }
  const names = new Set(germanView.map((f) => f.name));
  say(
    'Per locale (script tag alone): the total, and the files German does not fetch — what the locale costs its members.',
    '',
    table(
      ['locale', 'first view', 'vs German', 'files besides German\'s'],
      locales
        .filter((l) => views[l].length)
        .map((l) => {
          const extra = views[l].filter((f) => !names.has(f.name));
          const difference = sum(views[l]) - sum(germanView);
          return [
            l,
            `${bytes(sum(views[l]))} (${kib(sum(views[l]))})`,
            `${difference >= 0 ? '+' : ''}${bytes(difference)}`,
            extra.map((f) => `\`${f.name}\` ${bytes(f.bytes)}`).join(', ') || '—',
          ];
        }),
    ),
    '',
  );
}

if (audits.length) {
  const version = audits.flatMap((a) => a.runs).find((r) => r.version)?.version ?? '?';
  say(
    `## Lighthouse ${version}: demo portal page (index.html)`,
    '',
    'Mobile (default configuration: simulated slow 4G and 4× CPU on a Moto G Power viewport), Debian\'s Chromium, ' +
      `headless; ${LIGHTHOUSE_RUNS} runs each. Its CLS is taken from the real, unthrottled load, so it varies between runs.`,
    '',
  );
  const second = (v) => (v == null ? '—' : `${(v / 1000).toFixed(1)} s`);
  const rows = [];
  for (const { label, runs } of audits) {
    const good = runs.filter((r) => !r.error);
    runs.forEach((r, i) =>
      rows.push(
        r.error
          ? [label, `${i + 1}`, `failed: ${r.error.split('\n')[0]}`, '', '', '', '', '']
          : [label, `${i + 1}`, r.performance, r.accessibility, r.bestPractices, second(r.lcp), r.cls.toFixed(3), `${Math.round(r.tbt)} ms`],
      ),
    );
    if (good.length > 1) {
      const m = (key) => median(good.map((r) => r[key]));
      rows.push([`**${label}: median**`, '', `**${m('performance')}**`, m('accessibility'), m('bestPractices'), second(m('lcp')), m('cls').toFixed(3), `${Math.round(m('tbt'))} ms`]);
    }
  }
  say(table(['page', 'run', 'performance', 'accessibility', 'best practices', 'LCP', 'CLS', 'TBT'], rows), '');
}

// The issue's targets (issue 18), as this run measured them: reported, not enforced.
const targets = [];
const phone = results.phone ?? {};
const relative = (loads, key, base) => {
  const a = of(loads, key);
  return a && base ? a.median / base.median : null;
};
const check = (what, value, bound, text) =>
  targets.push([what, value == null ? '—' : text(value), bound, value == null ? '—' : value <= bound.value ? 'yes' : '**no**']);
if (phone[GERMAN]) {
  const base = of(phone[GERMAN].static, 'visible');
  const x = (v) => `${v.toFixed(2)}×`;
  const le = (value, text) => ({ value, toString: () => text });
  check('German, script tag alone: visible', relative(phone[GERMAN].script, 'visible', base), le(1.2, '≤ 1.2×'), x);
  check('German, fragment: live', relative(phone[GERMAN].fragment, 'live', base), le(2.6, '≤ 2.6×'), x);
  check('German, script tag alone: live', relative(phone[GERMAN].script, 'live', base), le(2.6, '≤ 2.6×'), x);
  // A shift too small for three decimals still misses a bound of 0: show its size then.
check('German, fragment: layout shift', of(phone[GERMAN].fragment, 'cls')?.max ?? null, le(0, '0'),
  (v) => (v > 0 && v < 0.0005 ? v.toExponential(1) : v.toFixed(3)));
  const worst = (key) => {
    const values = others.map((l) => [l, relative(phone[l].script, key, of(phone[l].static, 'visible'))]).filter(([, v]) => v != null);
    return values.length ? values.reduce((a, b) => (b[1] > a[1] ? b : a)) : null;
  };
  const worstVisible = worst('visible');
  const worstLive = worst('live');
  if (worstVisible) check(`other locales, script tag alone: visible (worst: ${worstVisible[0]})`, worstVisible[1], le(1.5, '≤ 1.5×'), x);
  if (worstLive) check(`other locales, script tag alone: live (worst: ${worstLive[0]})`, worstLive[1], le(3.2, '≤ 3.2×'), x);
  const heaviest = locales.filter((l) => views[l]?.length).map((l) => [l, sum(views[l])]).reduce((a, b) => (b[1] > a[1] ? b : a), [null, 0]);
  if (heaviest[0]) check(`first view, every locale (largest: ${heaviest[0]})`, heaviest[1], le(110 * 1024, '≤ 110 KiB'), kib);
  const heap = median(ok(phone[GERMAN].script).map((r) => r.heap));
  check('German, script tag alone: JS heap after render', heap, le(2 * 2 ** 20, '≤ 2 MiB'), mib);
}
if (targets.length) {
  say('## Issue 18 targets in this run', '', table(['target', 'measured', 'bound', 'met'], targets), '');
}

const report = lines.join('\n');
console.log(`\n${report}`);
if (OUT) await writeFile(OUT, report);
