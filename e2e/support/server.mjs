/**
 * A tiny static HTTP server for the end-to-end tests (node:http, 127.0.0.1, a free port).
 *
 *   /         → the portal demo (the top-level index.html), as `cargo xtask serve` has it:
 *               with its server-side include (`<!--#include virtual="/dist/static/de.html" -->`)
 *               replaced by the file, as `cargo xtask serve` and nginx's `ssi on;` do
 *   /dist/*   → the built widget (dist/), exactly as `cargo xtask dist` wrote it
 *   /demo/*   → the demo pages (demo/), so they can be tested like the fixtures
 *   /preview/* → the translators' preview build (target/preview/)
 *   /dist-panic/* → the test-only release that panics on demand (target/dist-panic-test/)
 *   /*        → the fixture pages (e2e/fixtures/)
 *
 * Fixture HTML may contain placeholders `{{name}}` or `{{name:default}}`, filled from the
 * query string (HTML-escaped), so one fixture serves every locale and variant:
 * `/notice.html?lang=ar&variant=full`. A placeholder with neither a query value nor a
 * default is a 400, so a typo in a test fails loudly instead of rendering "undefined".
 *
 * A few generated routes play a config or translation server that misbehaves (see
 * `ROUTES`): `/hangup`, `/status/<code>`, `/slow?ms=…`, `/big.json?bytes=…`,
 * `/redirect?to=…` and `/redirect/<host:port>/<path>`, `/type/<type>/<path>` (another Content-Type) and
 * `/ftl/<kind>/<locale>/notice.ftl`. The server logs what it saw of every request
 * (`requests`).
 *
 * `/held/<name>?file=<fixture>` answers with the fixture file only when the test says so:
 * `server.held(name)` gives `{ arrived, release }` — a promise for the request's arrival,
 * and a function that sends the answer and resolves once it is sent. Tests use it to put
 * answers in an order of their choosing without waiting for time to pass.
 *
 * `/preload/<a.js>[,<b.js>…]/<path>` serves `<path>` as usual, but an HTML page gets a
 * `<script src="/<a.js>">` for each named fixture script inserted before its first script
 * (same origin, so a `script-src 'self'` CSP allows them): how the Firefox/WebKit smoke
 * suite (e2e/engines/) puts fake app bridges into dist/webview.html where the driver has
 * no preload scripts. Relative URLs in the page stay under the prefix and resolve as usual.
 *
 * `startServer({ apps: { '/spa/': dir } })` also serves a built single-page app under its
 * prefix, as a web server in front of one does: its files as they are, and its
 * `index.html` for any other path below the prefix (the app's own routes, on a reload or a
 * deep link).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

import { DEMO_DIR, DIST_DIR, FIXTURES_DIR, I18N_DIR, PANIC_DIST_DIR, PREVIEW_DIR, ROOT } from './paths.mjs';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
};

/** URL prefix → directory it is served from; the first matching prefix wins. */
const MOUNTS = [
  ['/dist/', DIST_DIR],
  ['/dist-panic/', PANIC_DIST_DIR],
  ['/demo/', DEMO_DIR],
  ['/preview/', PREVIEW_DIR],
  ['/', FIXTURES_DIR],
];

/** `/preload/<scripts>/<path>`: the fixture scripts to insert, and the page's real path. */
const PRELOAD = /^\/preload\/([\w.-]+\.js(?:,[\w.-]+\.js)*)(\/.*)$/;

/** Inserts a `<script src>` for each of `scripts` before the page's first `<script`. */
function insertScripts(html, scripts) {
  const tags = scripts.map((name) => `<script src="/${name}"></script>\n`).join('');
  const at = html.search(/<script\b/i);
  return at < 0 ? html.replace(/<\/head>/i, `${tags}</head>`) : html.slice(0, at) + tags + html.slice(at);
}

const PLACEHOLDER = /\{\{([a-z][a-z0-9-]*)(?::([^}]*))?\}\}/g;

function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fills `{{name}}` / `{{name:default}}` from the query; throws on a missing value. */
function fillTemplate(html, params) {
  return html.replace(PLACEHOLDER, (_, name, fallback) => {
    const value = params.get(name) ?? fallback;
    if (value === undefined) throw new Error(`placeholder {{${name}}} needs ?${name}=… in the URL`);
    return escapeHtml(value);
  });
}

const INCLUDE = /<!--#include virtual="([^"]*)" -->/g;

/**
 * `html` with each server-side include replaced by the file at that path, as
 * `cargo xtask serve` does for the demo's pages (xtask/src/serve.rs); a missing file leaves a
 * comment that names it.
 */
async function includeFiles(html) {
  const parts = [];
  let at = 0;
  for (const match of html.matchAll(INCLUDE)) {
    const file = resolveFile(match[1]);
    const text = file && (await readFile(file, 'utf8').catch(() => null));
    parts.push(html.slice(at, match.index), text == null ? `<!-- include failed: ${match[1]} not found; run cargo xtask dist -->` : text.trimEnd());
    at = match.index + match[0].length;
  }
  return parts.join('') + html.slice(at);
}

/** Maps a URL path to a file path inside one of the mounts, or null if it escapes them. */
function resolveFile(pathname) {
  // The portal demo is the repository's top-level index.html.
  if (pathname === '/' || pathname === '/index.html') return join(ROOT, 'index.html');
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    let rest = pathname.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    return file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** Resolves after `ms`, or early when the client or the server gives up on `res`. */
function delay(res, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The largest config the widget accepts (64 KiB); `/big.json` is larger by default. */
export const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * A valid config — what a slow or oversized answer would deliver if the widget did not
 * give up on it. It is `critical`, so a test sees at once when it was wrongly applied.
 */
export const LATE_CONFIG = { version: 'e2e-late', severity: 'critical' };

/** `/ftl/fraud/…` says this instead of the fraud rule. */
export const FORGED_FRAUD_RULE = 'The insurer calls you and confirms your bank details by text message code.';

/** `/ftl/valid/…` replaces the headline with this, so a test can see the file was used. */
export const REMOTE_FTL_TITLE = 'Notice updated without a release';

/**
 * `/ftl/persian/…` replaces the headline with this Persian one ("the notice was updated
 * without a new release"): `به‌روز` is written with a zero-width non-joiner (U+200C) between
 * two Persian letters, as Persian spelling requires.
 */
export const PERSIAN_FTL_TITLE = 'اطلاعیه بدون انتشار جدید به\u200Cروز شد';

/**
 * Remote translation files, derived from the shipped `i18n/<locale>/notice.ftl` so they
 * stay complete when messages are added. Every kind carries `REMOTE_FTL_TITLE`; only
 * `valid` is otherwise intact (`deep` adds a message nested 5,000 placeables deep; `bidi`
 * and `zerowidth` hide a character in the fraud rule; `latinjoiner` one in the brand's name;
 * `persian` carries `PERSIAN_FTL_TITLE` instead; `fraud` rewrites the fraud rule into what a
 * fraudster would want members to believe, `FORGED_FRAUD_RULE`).
 */
const FTL_KINDS = {
  valid: (ftl) => ftl,
  broken: (ftl) => `${ftl}\nthis line is not Fluent {\n`,
  incomplete: (ftl) => ftl.replace(/^notice-restore = .*$/m, ''),
  // About 20 KB: placeables nested 5,000 deep overflowed the parser's stack in the wasm.
  deep: (ftl) => `${ftl}\nnotice-deep = ${'{ '.repeat(5000)}"x"${' }'.repeat(5000)}\n`,
  // The security review's L2 files (2026-12): each got past a check that counted only `{`
  // and trapped the module. 5,000 term calls; 5,000 function calls; a select variant whose
  // text has a `"` (text there, not a string) before 5,000 placeables; all of them in turn.
  deepcall: (ftl) => `${ftl}\nnotice-deep = { ${'-t('.repeat(5000)}"x"${')'.repeat(5000)} }\n`,
  deepfunction: (ftl) => `${ftl}\nnotice-deep = { ${'NUMBER('.repeat(5000)}1${')'.repeat(5000)} }\n`,
  deepvariant: (ftl) => `${ftl}\nnotice-deep = { 1 ->\n   *[a] " ${'{ '.repeat(5000)}"x"${' }'.repeat(5000)}\n}\n`,
  deepmixed: (ftl) => {
    const layers = [['{ ', ' }'], ['-t(', ')'], ['NUMBER(', ')'], ['{ 1 ->\n   *[a] " { ', ' }\n}']];
    const chosen = Array.from({ length: 5000 }, (_, i) => layers[i % layers.length]);
    const open = chosen.map(([o]) => o).join('');
    const close = chosen.map(([, c]) => c).reverse().join('');
    return `${ftl}\nnotice-deep = { ${open}"x"${close} }\n`;
  },
  bidi: (ftl) => ftl.replace(/^(notice-fraud-rule = )/m, '$1\u202E'),
  zerowidth: (ftl) => ftl.replace(/^(notice-fraud-rule = \S+)/m, '$1\u200B'),
  // A zero-width non-joiner between Persian letters is spelling; between the Latin letters
  // of the brand's name ("h\u200Ckk") it could only make a look-alike.
  persian: (ftl) => ftl.replace(/^notice-title = .*$/m, `notice-title = ${PERSIAN_FTL_TITLE}`),
  latinjoiner: (ftl) => ftl.replace(/^(-brand-name = \w)/m, '$1\u200C'),
  fraud: (ftl) => ftl.replace(/^notice-fraud-rule = .*$/m, `notice-fraud-rule = ${FORGED_FRAUD_RULE}`),
};

/** Content types `/type/<name>/…` serves a file with; `none` sends no Content-Type. */
const SERVED_AS = {
  html: 'text/html; charset=utf-8',
  binary: 'application/octet-stream',
  json: MIME_TYPES['.json'],
  text: MIME_TYPES['.txt'],
  none: null,
};

/** Resolves when `res` can take more data, or has closed. */
function writable(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Generated routes: pathname pattern → handler(res, match, query, entry), where `entry` is
 * the request's record in the server's `requests` log.
 */
const ROUTES = [
  // A connection closed without any answer: "unreachable" on a trusted (the page's own) origin.
  [/^\/hangup$/, (res) => res.socket?.destroy()],

  // Any status, e.g. /status/500.
  [/^\/status\/([1-5]\d\d)$/, (res, [, code]) => send(res, Number(code), MIME_TYPES['.json'], '{"error":"on purpose"}')],

  // A config that arrives after ?ms= milliseconds; ?stall=body sends the headers at once
  // and holds back only the body.
  [
    /^\/slow$/,
    async (res, _, query) => {
      const ms = Number(query.get('ms') ?? 7_000);
      const body = JSON.stringify(LATE_CONFIG);
      if (query.get('stall') === 'body') {
        res.writeHead(200, { 'Content-Type': MIME_TYPES['.json'], 'Cache-Control': 'no-store' });
        res.flushHeaders();
        await delay(res, ms);
        if (!res.destroyed) res.end(body);
        return;
      }
      await delay(res, ms);
      if (!res.destroyed) send(res, 200, MIME_TYPES['.json'], body);
    },
  ],

  // A valid config padded with whitespace to ?bytes= (default 70 000 > 64 KiB). With
  // ?chunked there is no Content-Length, so only counting the body can catch it. Written
  // lazily, 64 KiB at a time as the client takes them, so ?bytes=1500000000 costs the
  // server nothing; stops when the client closes the connection (the log entry says how
  // many bytes went out).
  [
    /^\/big\.json$/,
    async (res, _, query, entry) => {
      const json = JSON.stringify(LATE_CONFIG);
      const total = Math.max(json.length, Number(query.get('bytes') ?? 70_000));
      const headers = { 'Content-Type': MIME_TYPES['.json'], 'Cache-Control': 'no-store' };
      if (!query.has('chunked')) headers['Content-Length'] = total;
      res.writeHead(200, headers);
      const spaces = Buffer.alloc(64 * 1024, ' ');
      const write = (chunk) => {
        entry.bytes += chunk.length;
        return res.write(chunk);
      };
      write(Buffer.from(json.slice(0, -1)));
      for (let left = total - json.length; left > 0 && !res.destroyed; ) {
        const size = Math.min(left, spaces.length);
        left -= size;
        if (!write(spaces.subarray(0, size))) await writable(res);
      }
      if (!res.destroyed) res.end('}');
    },
  ],

  // An open redirect (302), as a CMS might have one: /redirect?to=<url>, or, for an
  // ftl-base (which has no query), /redirect/<host:port>/<path> to http://<host:port>/<path>.
  [
    /^\/redirect(?:\/([\w.-]+:\d+)(\/.*))?$/,
    (res, [, host, path], query) => {
      const to = host ? `http://${host}${path}` : (query.get('to') ?? '/');
      res.writeHead(302, { Location: to, 'Cache-Control': 'no-store' });
      res.end();
    },
  ],

  // /type/<name of SERVED_AS>/<path>: <path> as usual, but with another Content-Type
  // (`none`: without one), e.g. /type/html/config/critical.json or, as an ftl-base,
  // /type/binary/ftl/valid.
  [
    /^\/type\/([a-z]+)(\/.*)$/,
    (res, [, name, path], query) => {
      if (!Object.hasOwn(SERVED_AS, name)) return send(res, 404, MIME_TYPES['.txt'], `no type ${name}`);
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (status, headers = {}) => {
        const { 'Content-Type': _, ...rest } = headers;
        return writeHead(status, SERVED_AS[name] ? { ...rest, 'Content-Type': SERVED_AS[name] } : rest);
      };
      return handle({ url: `${path}?${query}` }, res);
    },
  ],

  // /ftl/<kind of FTL_KINDS>/<locale>/notice.ftl; any other kind or locale is a 404.
  [
    /^\/ftl\/([a-z]+)\/([a-zA-Z-]+)\/notice\.ftl$/,
    async (res, [, kind, locale]) => {
      const transform = Object.hasOwn(FTL_KINDS, kind) && FTL_KINDS[kind];
      const source = transform && (await readFile(join(I18N_DIR, locale, 'notice.ftl'), 'utf8').catch(() => null));
      if (!source) return send(res, 404, MIME_TYPES['.txt'], `no ${kind} translation for ${locale}`);
      const retitled = source.replace(/^notice-title = .*$/m, `notice-title = ${REMOTE_FTL_TITLE}`);
      return send(res, 200, MIME_TYPES['.ftl'], transform(retitled));
    },
  ],
];

/**
 * `/prerendered*.html`: the fixture with dist/static/<lang>[.full][.<phase>].html in place of
 * its marker (`?phase=resolved`), its `<member-notice>` given `config="…"` with `?config=`,
 * as a page that copies the fragment into its own HTML would.
 */
async function prerenderedPage(res, pathname, query) {
  const lang = query.get('lang') ?? 'de';
  const phase = query.has('phase') ? `.${query.get('phase')}` : '';
  const name = `${lang}${query.get('variant') === 'full' ? '.full' : ''}${phase}.html`;
  if (!/^[a-zA-Z-]+(\.full)?(\.[a-z]+)?\.html$/.test(name)) return send(res, 400, MIME_TYPES['.txt'], 'bad lang');
  const [page, fragment] = await Promise.all([
    readFile(join(FIXTURES_DIR, pathname), 'utf8'),
    readFile(join(DIST_DIR, 'static', name), 'utf8').catch(() => null),
  ]);
  if (fragment === null) return send(res, 404, MIME_TYPES['.txt'], `no dist/static/${name}`);
  // ?stale: the fragment of another release (its render key names another version).
  let included = query.has('stale') ? fragment.replace(/data-prerendered="[^"|]+\|/, 'data-prerendered="0.0.0-stale|') : fragment;
  if (query.has('config')) included = included.replace('<member-notice ', `<member-notice config="${escapeHtml(query.get('config'))}" `);
  return send(res, 200, MIME_TYPES['.html'], page.replace('<!--PRERENDERED-->', included));
}

async function handle(req, res, entry = { bytes: 0 }) {
  const url = new URL(req.url, 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, MIME_TYPES['.txt'], 'bad URL encoding');
  }
  for (const [pattern, route] of ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return route(res, match, url.searchParams, entry);
  }
  if (/^\/(smoke-)?prerendered(-static)?\.html$/.test(pathname)) {
    return prerenderedPage(res, pathname, url.searchParams);
  }
  const preload = PRELOAD.exec(pathname);
  if (preload) pathname = preload[2];
  const file = resolveFile(pathname);
  const info = file && (await stat(file).catch(() => null));
  if (!info || !info.isFile()) return send(res, 404, MIME_TYPES['.txt'], `not found: ${pathname}`);

  const ext = extname(file);
  const type = MIME_TYPES[ext] ?? 'application/octet-stream';
  const body = await readFile(file);
  if (ext !== '.html') return send(res, 200, type, body);
  try {
    const page = file.startsWith(DEMO_DIR + sep) || file === join(ROOT, 'index.html');
    const filled = fillTemplate(body.toString('utf8'), url.searchParams);
    const html = page ? await includeFiles(filled) : filled;
    return send(res, 200, type, preload ? insertScripts(html, preload[1].split(',')) : html);
  } catch (error) {
    return send(res, 400, MIME_TYPES['.txt'], `${pathname}: ${error.message}`);
  }
}

/**
 * Answers `pathname` from a single-page app built into `dir` and served under `prefix`, if
 * it is below the prefix: a file of the build, or the app's `index.html` for a path
 * without one (a route of the app). Returns whether it answered.
 */
async function serveApp(res, pathname, prefix, dir) {
  if (!`${pathname}/`.startsWith(prefix)) return false;
  const file = normalize(join(dir, pathname.slice(prefix.length)));
  const info = file.startsWith(dir + sep) ? await stat(file).catch(() => null) : null;
  const served = info?.isFile() ? file : join(dir, 'index.html');
  const body = await readFile(served).catch(() => null);
  if (body) send(res, 200, MIME_TYPES[extname(served)] ?? 'application/octet-stream', body);
  else send(res, 404, MIME_TYPES['.txt'], `not found: ${pathname} (is the app built into ${dir}?)`);
  return true;
}

/**
 * Starts the server on 127.0.0.1 with a free port.
 * @param {object} [options]
 * @param {boolean} [options.cors]  answer every request with `Access-Control-Allow-Origin: *`,
 *   as a CDN serving dist/ to other sites must
 * @param {Record<string, string>} [options.apps]  URL prefix (ending in `/`) → directory of a
 *   built single-page app served there (see `serveApp`), before every other route
 * @returns {Promise<{origin: string, requests: object[], held: Function, close: () => Promise<void>}>}
 */
export async function startServer({ cors = false, apps = {} } = {}) {
  /** name → the promises and resolvers of an answer the test holds back. */
  const holds = new Map();
  const hold = (name) => {
    if (!holds.has(name)) {
      const slot = {};
      slot.arrived = new Promise((resolve) => (slot.arrive = resolve));
      slot.released = new Promise((resolve) => (slot.release = resolve));
      slot.sent = new Promise((resolve) => (slot.done = resolve));
      holds.set(name, slot);
    }
    return holds.get(name);
  };
  const answerHeld = async (req, res, name) => {
    const slot = hold(name);
    const file = resolveFile(`/${new URL(req.url, 'http://localhost').searchParams.get('file') ?? ''}`);
    res.once('close', slot.done); // sent, or the client gave up
    slot.arrive();
    await slot.released;
    const body = file && (await readFile(file).catch(() => null));
    if (!body) return send(res, 404, MIME_TYPES['.txt'], `held ${name}: no such file`);
    return send(res, 200, MIME_TYPES[extname(file)] ?? 'application/octet-stream', body);
  };
  /** Every request, in order: what the server saw of it. */
  const requests = [];
  const server = createServer((req, res) => {
    const entry = { url: req.url, bytes: 0, ended: false, closedEarly: false };
    requests.push(entry);
    res.once('finish', () => (entry.ended = true));
    res.once('close', () => (entry.closedEarly = !res.writableFinished));
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    const { pathname } = new URL(req.url, 'http://localhost');
    const held = /^\/held\/([a-z0-9-]+)$/.exec(pathname);
    const answer = held
      ? answerHeld(req, res, held[1])
      : (async () => {
          for (const [prefix, dir] of Object.entries(apps)) {
            if (await serveApp(res, pathname, prefix, dir)) return;
          }
          return handle(req, res, entry);
        })();
    answer.catch((error) => send(res, 500, MIME_TYPES['.txt'], String(error)));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /**
     * What the server saw of each request, in order: `{ url, bytes, ended, closedEarly }` —
     * `url` as requested (path and query), `bytes` of the body `/big.json` wrote so far,
     * `ended` once the answer was sent completely, `closedEarly` when the client closed the
     * connection before that.
     */
    requests,
    /** The held answer `/held/<name>`: `{ arrived: Promise, release: () => Promise }`. */
    held: (name) => {
      const slot = hold(name);
      return {
        arrived: slot.arrived,
        release: () => {
          slot.release();
          return slot.sent;
        },
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
