/**
 * The smoke cases (smoke.cases.mjs) in WebKitGTK. Run by `cargo xtask test` as
 * `node --test e2e/engines/webkit.smoke.mjs`; the name keeps it out of `node --test e2e/`
 * (the Chromium suite), whose patterns are *.test.mjs, test-*.mjs, test/… and the like.
 */
import { runSmoke } from './harness.mjs';
import { CASES } from './smoke.cases.mjs';

runSmoke('webkit', CASES);
