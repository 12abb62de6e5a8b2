/**
 * Lighthouse as a web team runs it: the npm CLI (pinned in package.json), its default mobile
 * configuration (Moto G Power viewport, simulated slow 4G and 4× CPU), Debian's Chromium
 * through CHROME_PATH, headless; performance, accessibility and best practices.
 *
 * Its CLS comes from the page's real, unthrottled load (only the timings are simulated), so
 * a notice that lands after the first paint shifts the page in some runs and not in others:
 * run it several times and read the median.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM_ARGS } from '../../e2e/support/browser.mjs';
import { CHROMIUM_PATH, ROOT } from '../../e2e/support/paths.mjs';

const CLI = join(ROOT, 'node_modules/.bin/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Runs `command` with `args`; rejects with its last output lines when it fails. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}:\n${stderr.trim()}`)),
    );
  });
}

/** One Lighthouse run of `url`: the scores (0–100) and the metrics the report shows. */
export async function lighthouse(url) {
  const dir = await mkdtemp(join(tmpdir(), 'member-notice-lighthouse-'));
  try {
    const out = join(dir, 'report.json');
    await run(
      CLI,
      [
        url,
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      ],
      // chrome-launcher puts Chromium's profile into TMPDIR: keep it in our own folder.
      { CHROME_PATH: CHROMIUM_PATH, TMPDIR: dir },
    );
    const report = JSON.parse(await readFile(out, 'utf8'));
    const audit = (id) => report.audits[id]?.numericValue ?? null;
    const issues = report.runWarnings ?? [];
    return {
      version: report.lighthouseVersion,
      userAgent: report.environment?.hostUserAgent,
      performance: score(report, 'performance'),
      accessibility: score(report, 'accessibility'),
      bestPractices: score(report, 'best-practices'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      speedIndex: audit('speed-index'),
      lcpElement: report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? null,
      warnings: issues,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function score(report, category) {
  const value = report.categories[category]?.score;
  return value == null ? null : Math.round(value * 100);
}
