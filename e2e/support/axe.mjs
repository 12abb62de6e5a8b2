/**
 * axe-core in the page under test.
 *
 * The fixtures carry a strict CSP without 'unsafe-inline', which would block
 * `page.addScriptTag({ content })`. `page.evaluate(source)` runs through DevTools and is
 * not subject to the page's CSP, so the pages are checked exactly as members get them.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { AXE_PATH } from './paths.mjs';

let source;

/**
 * Runs axe on the whole document (it reaches into open shadow roots and, since axe is put
 * into every frame, into iframes such as the WebView simulation's); returns violations.
 */
export async function axeViolations(page) {
  await injectAxe(page);
  return page.evaluate(async () => {
    // preload: false — axe would fetch every stylesheet (the notice's own <link> in its shadow
    // root too) and parse it through an inline <style>, which the pages' strict CSP refuses
    // with a console error of axe's making. It only feeds css-orientation-lock, and the
    // notice's CSS has no orientation media queries.
    const results = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
    return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
    }));
  });
}

/** Puts axe into every frame of `page` that does not have it yet. */
async function injectAxe(page) {
  source ??= await readFile(AXE_PATH, 'utf8');
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => typeof window.axe === 'undefined')) await frame.evaluate(source);
  }
}

/**
 * Runs only the axe `rules` on `context` (an axe context, e.g. one element in a shadow root:
 * `{ fromShadowDom: ['member-notice', '.fraud-rule'] }`). Returns, per result type, the
 * targets of the nodes with their failure summary — so a test can also check that the
 * nodes it cares about were really judged (`passes`), not left `incomplete`.
 */
export async function axeRun(page, context, rules) {
  await injectAxe(page);
  return page.evaluate(
    async ({ context, rules }) => {
      const results = await window.axe.run(context, { runOnly: rules, preload: false });
      const nodes = (list) =>
        list.flatMap((result) => result.nodes.map((node) => ({ rule: result.id, target: node.target, summary: node.failureSummary })));
      return { violations: nodes(results.violations), passes: nodes(results.passes), incomplete: nodes(results.incomplete) };
    },
    { context, rules },
  );
}

/** One readable block per violation: rule, impact, help, and each offending node. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    at ${JSON.stringify(n.target)}\n      ${(n.summary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Asserts axe finds nothing; `what` names the page state in the failure message. */
export async function assertAccessible(page, what) {
  const violations = await axeViolations(page);
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} violation(s) in ${what}:\n${formatViolations(violations)}`,
  );
}
