/**
 * A tiny static HTTP server for the end-to-end tests (node:http, 127.0.0.1, a free port).
 *
 *   /dist/*   → the built widget (dist/), exactly as `cargo xtask dist` wrote it
 *   /demo/*   → the demo portal page (demo/), so it can be tested like the fixtures
 *   /*        → the fixture pages (e2e/fixtures/)
 *
 * Fixture HTML may contain placeholders `{{name}}` or `{{name:default}}`, filled from the
 * query string (HTML-escaped), so one fixture serves every locale and variant:
 * `/notice.html?lang=ar&variant=full`. A placeholder with neither a query value nor a
 * default is a 400, so a typo in a test fails loudly instead of rendering "undefined".
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

import { DEMO_DIR, DIST_DIR, FIXTURES_DIR } from './paths.mjs';

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
};

/** URL prefix → directory it is served from; the first matching prefix wins. */
const MOUNTS = [
  ['/dist/', DIST_DIR],
  ['/demo/', DEMO_DIR],
  ['/', FIXTURES_DIR],
];

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

/** Maps a URL path to a file path inside one of the mounts, or null if it escapes them. */
function resolveFile(pathname) {
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

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, MIME_TYPES['.txt'], 'bad URL encoding');
  }
  const file = resolveFile(pathname);
  const info = file && (await stat(file).catch(() => null));
  if (!info || !info.isFile()) return send(res, 404, MIME_TYPES['.txt'], `not found: ${pathname}`);

  const ext = extname(file);
  const type = MIME_TYPES[ext] ?? 'application/octet-stream';
  const body = await readFile(file);
  if (ext !== '.html') return send(res, 200, type, body);
  try {
    return send(res, 200, type, fillTemplate(body.toString('utf8'), url.searchParams));
  } catch (error) {
    return send(res, 400, MIME_TYPES['.txt'], `${pathname}: ${error.message}`);
  }
}

/**
 * Starts the server on 127.0.0.1 with a free port.
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startServer() {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, MIME_TYPES['.txt'], String(error)));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
