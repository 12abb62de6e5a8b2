/**
 * The bench's own server on loopback: the bench pages (`/bench/<kind>/<locale>.html`),
 * `dist/` and the demo's files (`/`, `/demo/*`: the portal demo exactly as any static server
 * without server-side includes sends it, where the script tag mounts the notice).
 * Compressed like a CDN: brotli at quality 11 when the browser accepts it (gzip -9 else),
 * with its Content-Length; cached like the production setup of docs/web-teams.md (content-hashed files
 * for a year, the rest for five minutes, pages not at all), so a file a page asks for twice
 * comes from the browser's cache the second time, as it would for a member. Every load
 * starts in a fresh browser context, with an empty cache.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { CONFIG } from './pages.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Content-hashed names (`member-notice-<16 hex>.wasm`, `i18n/uk-<16 hex>.ftl`) never change. */
const HASHED = /-[0-9a-f]{16}\.[a-z]+$/;

/** As docs/web-teams.md's production setup and `cargo xtask serve` (xtask/src/serve.rs) send it. */
function cacheControl(pathname) {
  if (!pathname.startsWith('/dist/')) return 'no-cache';
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'max-age=300';
}

/** Folders served as they are, by URL prefix. */
function mounts(root) {
  return [
    ['/dist/', join(root, 'dist')],
    ['/demo/', join(root, 'demo')],
  ];
}

/**
 * Starts the server. `pages(kind, locale)` returns a bench page's HTML (or throws for an
 * unknown one). Resolves to `{ origin, close }`.
 */
export async function startServer({ root, pages }) {
  const compressed = new Map();
  const encode = (key, body, encoding) => {
    const id = `${encoding}:${key}`;
    if (!compressed.has(id)) {
      compressed.set(
        id,
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }),
      );
    }
    return compressed.get(id);
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let body = null;
      let type = TYPES['.html'];
      const bench = /^\/bench\/([a-z-]+)\/([a-zA-Z-]+)\.html$/.exec(url.pathname);
      if (bench) {
        body = Buffer.from(pages(bench[1], bench[2]));
      } else if (url.pathname === CONFIG.path) {
        body = Buffer.from(CONFIG.json);
        type = TYPES['.json'];
      } else if (url.pathname === '/' || url.pathname === '/index.html') {
        body = await readFile(join(root, 'index.html'));
      } else {
        for (const [prefix, dir] of mounts(root)) {
          if (!url.pathname.startsWith(prefix)) continue;
          const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
          if (file.startsWith(dir + sep)) body = await readFile(file).catch(() => null);
          type = TYPES[extname(file)] ?? 'application/octet-stream';
        }
      }
      if (!body) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      const accept = req.headers['accept-encoding'] ?? '';
      const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      // Bench pages are made anew for every request; the files are compressed once.
      const sent = encoding ? encode(bench ? `${url.pathname}:${body.length}` : url.pathname, body, encoding) : body;
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': cacheControl(url.pathname),
        Vary: 'Accept-Encoding',
        ...(encoding && { 'Content-Encoding': encoding }),
        'Content-Length': sent.length,
      });
      res.end(sent);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
