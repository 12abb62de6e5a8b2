/**
 * Where things are on disk, relative to this file, so the tests run from any working
 * directory.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = (relative) => fileURLToPath(new URL(relative, import.meta.url)).replace(/\/$/, '');

/** The repository root. */
export const ROOT = dir('../../');
/** The built widget, written by `cargo xtask dist`. */
export const DIST_DIR = dir('../../dist/');
/** The demo portal page. */
export const DEMO_DIR = dir('../../demo/');
/** The fixture pages the tests load. */
export const FIXTURES_DIR = dir('../fixtures/');
/** axe-core, installed by npm. */
export const AXE_PATH = `${ROOT}/node_modules/axe-core/axe.min.js`;
/** The browser the tests drive (Debian's chromium; never downloaded). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Throws a message that says what to do when the widget has not been built. */
export function assertDistBuilt() {
  const loader = `${DIST_DIR}/member-notice.js`;
  if (!existsSync(loader)) {
    throw new Error(
      `${loader} is missing: the end-to-end tests run against the built widget. ` +
        'Run `cargo xtask dist` first (or `cargo xtask test`, which builds it).',
    );
  }
}
