/**
 * The WebView page (dist/webview.html) as a build with another `[webview] config` in
 * member-notice.toml would have written it, for tests that need the app's page with a
 * config. The page takes its config only from the build (`<main id="notice"
 * data-config="…">`, filled by `cargo xtask dist`), never from its query string; building
 * dist/ once more per config would cost minutes, so the test serves the built page with
 * that one attribute changed — the same text the build writes (xtask/src/dist.rs tests
 * that the build fills it from the toml).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DIST_DIR } from './paths.mjs';

/** Where the build writes the config into the page: the notice's container. */
const BUILT_CONFIG = /<main id="notice" data-config="[^"]*">/g;

/** `&`, `"`, `<` and `>` escaped, as the build writes an attribute value. */
const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The config attribute's value in dist/webview.html as built (`''`: none, the built-in notice). */
export function shippedWebviewConfig() {
  const page = readFileSync(join(DIST_DIR, 'webview.html'), 'utf8');
  const found = [...page.matchAll(/<main id="notice" data-config="([^"]*)">/g)];
  assert.equal(found.length, 1, 'dist/webview.html has one <main id="notice" data-config="…">');
  return found[0][1];
}

/**
 * An `open()` route entry serving dist/webview.html as built with `[webview] config =
 * "<config>"`: a path on the page's own site or a URL on a trusted origin.
 * @param {string} config
 */
export function builtWithConfig(config) {
  shippedWebviewConfig(); // fails here, with what is missing, if the page changed
  const page = readFileSync(join(DIST_DIR, 'webview.html'), 'utf8').replace(
    BUILT_CONFIG,
    `<main id="notice" data-config="${escapeAttribute(config)}">`,
  );
  return {
    url: (url) => url.pathname === '/dist/webview.html',
    handler: (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
  };
}
