/**
 * `cargo xtask bench`: how fast the notice is there for a member, against the same text as
 * static HTML, measured in headless Chromium on cold loads (a fresh browser context each).
 *
 * Pages, served with brotli by a small server of its own:
 *   static    the notice's text as plain HTML with its stylesheet (the baseline)
 *   fragment  the prerendered fragment (dist/static/<locale>.html) + a bare script tag
 *   script    the script tag alone (data-lang, data-target)
 *
 * Profiles: unthrottled, and a slow phone (DevTools protocol: 150 ms round trip,
 * 1.6 Mbit/s down, 0.75 Mbit/s up, CPU 4× slower).
 *
 * For each page and profile, the median of RUNS cold loads of: when the delay section is
 * visible, when the notice is interactive (the wasm runs it), and the layout shift (CLS).
 * Also the bytes on the wire for a first view of the banner by script tag. Writes the
 * report to MEMBER_NOTICE_BENCH_OUT (xtask: target/bench.md) and prints it.
 */
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { CHROMIUM_PATH, DIST_DIR } from '../e2e/support/paths.mjs';

const RUNS = Number(process.env.MEMBER_NOTICE_BENCH_RUNS ?? 5);
const LOCALE = 'de';
const OUT = process.env.MEMBER_NOTICE_BENCH_OUT;

const PROFILES = {
  'slow phone': { latency: 150, download: (1.6e6 / 8), upload: (0.75e6 / 8), cpu: 4 },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
};

const manifest = JSON.parse(await readFile(join(DIST_DIR, 'manifest.json'), 'utf8'));
const stylesheet = `/dist/${manifest.stylesheet}`;
const fragment = await readFile(join(DIST_DIR, 'static', `${LOCALE}.html`), 'utf8');
// The static baseline: the same notice HTML in the light DOM, with the same stylesheet.
const noticeHtml = fragment.replace(/^.*?<div class="root"[^>]*>/s, '').replace(/<\/div><\/template><\/member-notice>$/s, '');

const page = (head, body) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Bench</title>${head}</head>
<body><main><h1>Meine Anliegen</h1>${body}<p>Sie haben zurzeit zwei offene Anliegen.</p></main></body></html>`;

const PAGES = {
  static: page(`<link rel="stylesheet" href="${stylesheet}">`, `<div class="bench-static">${noticeHtml}</div>`),
  fragment: page('<script src="/dist/member-notice.js" defer></script>', fragment),
  preload: page('<script src="/dist/member-notice.js" defer></script>', `<link rel="preload" as="fetch" crossorigin="anonymous" href="/dist/${manifest.files.find((f) => f.path.endsWith('.wasm')).path}" integrity="${manifest.files.find((f) => f.path.endsWith('.wasm')).integrity}">` + fragment),
  script: page(
    `<script src="/dist/member-notice.js" defer data-lang="${LOCALE}" data-variant="banner" data-target="#notice"></script>`,
    '<div id="notice"></div>',
  ),
};

/** Compressed bodies, made once. */
const cache = new Map();
function compressed(key, body, encoding) {
  const id = `${encoding}:${key}`;
  if (!cache.has(id)) {
    cache.set(
      id,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : body,
    );
  }
  return cache.get(id);
}

async function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let body;
    let type;
    const name = url.pathname.slice(1).replace(/\.html$/, '');
    if (PAGES[name]) {
      body = Buffer.from(PAGES[name]);
      type = TYPES['.html'];
    } else if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(DIST_DIR, url.pathname.slice('/dist/'.length)));
      if (!file.startsWith(DIST_DIR + sep)) return res.writeHead(404).end();
      body = await readFile(file).catch(() => null);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    if (!body) return res.writeHead(404).end();
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const sent = br ? compressed(url.pathname, body, 'br') : body;
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(br && { 'Content-Encoding': 'br' }),
      'Content-Length': sent.length,
    });
    res.end(sent);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Records, from the page's start: when the delay section shows, when the notice is live, and layout shifts. */
function probe() {
  const marks = { visible: null, interactive: null, cls: 0 };
  Object.defineProperty(window, Symbol.for('member-notice.bench'), { value: marks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) marks.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const find = () => {
    const host = document.querySelector('member-notice');
    const root = host?.shadowRoot ?? document;
    return root.querySelector('[data-section="delay"]');
  };
  const tick = () => {
    const delay = find();
    if (marks.visible === null && delay && delay.checkVisibility() && delay.getBoundingClientRect().height > 0) {
      marks.visible = performance.now();
    }
    if (marks.interactive === null && document.querySelector('member-notice')?.shadowRoot?.querySelector('.notice[data-interactive]')) {
      marks.interactive = performance.now();
    }
    if (marks.visible === null || marks.interactive === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function load(browser, origin, name, profile) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe);
    const tab = await context.newPage();
    if (profile) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latency,
        downloadThroughput: profile.download,
        uploadThroughput: profile.upload,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    await tab.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
    const live = name !== 'static';
    await tab.waitForFunction(
      (live) => {
        const marks = window[Symbol.for('member-notice.bench')];
        return marks.visible !== null && (!live || marks.interactive !== null);
      },
      live,
      { timeout: 60_000, polling: 50 },
    );
    // Shifts are reported after the frame they happen in: give them a frame to arrive.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await tab.evaluate(() => ({ ...window[Symbol.for('member-notice.bench')] }));
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function sizes() {
  const first = [
    // The loader, with the wasm-bindgen glue bundled in.
    'member-notice.js',
    manifest.files.find((f) => f.path.endsWith('.wasm')).path,
    // The prerendered notice, its styles inside (the loader adopts them as a sheet).

  ];
  const rows = [];
  for (const name of first) {
    const bytes = await readFile(join(DIST_DIR, name));
    rows.push({
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);

const server = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const lines = [
  '# member-notice bench',
  '',
  `Median of ${RUNS} cold loads in headless Chromium (Debian), locale \`${LOCALE}\`, banner; files served with brotli.`,
  'Slow phone: 150 ms round trip, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU 4× slower (DevTools protocol emulation).',
  '',
];
try {
  for (const [profileName, profile] of Object.entries(PROFILES)) {
    lines.push(`## ${profileName}`, '', '| page | visible | × static | interactive | CLS |', '| --- | --- | --- | --- | --- |');
    const results = {};
    for (const name of Object.keys(PAGES)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(browser, server.origin, name, profile));
      results[name] = {
        visible: median(runs.map((r) => r.visible)),
        interactive: name === 'static' ? null : median(runs.map((r) => r.interactive)),
        cls: Math.max(...runs.map((r) => r.cls)),
      };
    }
    for (const [name, result] of Object.entries(results)) {
      const ratio = (result.visible / results.static.visible).toFixed(2);
      lines.push(`| ${name} | ${ms(result.visible)} | ${ratio}× | ${ms(result.interactive)} | ${result.cls.toFixed(3)} |`);
    }
    lines.push('');
  }
  const files = await sizes();
  lines.push('## First view by script tag: bytes on the wire', '', '| file | raw | gzip | brotli |', '| --- | --- | --- | --- |');
  for (const f of files) lines.push(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  lines.push(`| **total** | ${kb(total('raw'))} | ${kb(total('gzip'))} | **${kb(total('brotli'))}** |`, '');
} finally {
  await browser.close();
  await server.close();
}
const report = lines.join('\n');
console.log(report);
if (OUT) await writeFile(OUT, report);
