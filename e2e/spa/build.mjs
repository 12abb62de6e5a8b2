/**
 * Builds the test app (React's development build, so StrictMode runs effects twice) into
 * `outDir`, to be served under `/spa/` next to the fixture server's `/dist/`.
 *
 *   node e2e/spa/build.mjs <outDir>
 */
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** The URL path the app is served under. */
export const SPA_BASE = '/spa/';

/** Builds the app into `outDir` (replacing what is there); resolves when it is written. */
export async function buildSpa(outDir) {
  await build({
    configFile: false,
    root: ROOT,
    base: SPA_BASE,
    // React's development build: StrictMode's double effects happen only there.
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node e2e/spa/build.mjs <outDir>');
    process.exit(2);
  }
  await buildSpa(outDir);
}
