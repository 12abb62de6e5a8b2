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
/**
 * The translators' preview build (`cargo xtask test` and `serve` write it into cargo's target
 * directory and pass its place as `MEMBER_NOTICE_PREVIEW_DIR`).
 */
export const PREVIEW_DIR = (process.env.MEMBER_NOTICE_PREVIEW_DIR ?? dir('../../target/preview/')).replace(/\/$/, '');
/**
 * The test-only release that panics on demand (`cargo xtask dist --panic-test`; `cargo xtask
 * test` builds it and passes its place as `MEMBER_NOTICE_PANIC_DIST_DIR`).
 */
export const PANIC_DIST_DIR = (process.env.MEMBER_NOTICE_PANIC_DIST_DIR ?? dir('../../target/dist-panic-test/')).replace(/\/$/, '');
/** The checker fixture trees (one deliberate mistake each). */
export const CHECK_FIXTURES_DIR = dir('../../tests/fixtures/i18n/');
/** The shipped translations (the server derives remote-FTL fixtures from them). */
export const I18N_DIR = dir('../../i18n/');
/** The fixture pages the tests load. */
export const FIXTURES_DIR = dir('../fixtures/');
/** Records every `member-notice:*` event that reaches `document` (fixture script and init script). */
export const RECORD_EVENTS_PATH = `${FIXTURES_DIR}/record-events.js`;
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
