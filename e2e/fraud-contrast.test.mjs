/**
 * No host theme makes the fraud warning unreadable (review L6). fixtures/themed.html embeds
 * the notice under a host stylesheet from fixtures/themes/:
 *
 * - `fraud-block`: the review's theme — the documented fraud background set to the text
 *   colour, its border hidden (and the same for the dark scheme);
 * - `fraud-text`: the notice's text colour set to the fraud section's own background;
 * - `fraud-private`: the stylesheet's private `--_fraud-*` variables set on the element.
 *
 * For each, in the light and the dark colour scheme, open and collapsed (the reminder keeps
 * the fraud rule), axe's `color-contrast` rule judges the fraud section's text and finds
 * it readable: every node passes, none is left undecided.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { axeRun } from './support/axe.mjs';
import { setupBrowser } from './support/browser.mjs';
import { noticeState, waitForNotices } from './support/notice.mjs';

const browser = setupBrowser();

/** Every element of the fraud warning, in the notice's shadow root. */
const FRAUD = { fromShadowDom: ['member-notice', '[data-section="fraud"]'] };

describe('the fraud rule keeps its contrast under a hostile host theme', () => {
  for (const theme of ['fraud-block', 'fraud-text', 'fraud-private']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const state of ['open', 'collapsed']) {
        test(`${theme}, ${colorScheme}, ${state}`, async () => {
          const { page, log } = await browser.open(`/themed.html?theme=${theme}`, {
            colorScheme,
            // A dismissal made just now: the notice opens collapsed, to its reminder.
            initScript: (collapsed) => collapsed && localStorage.setItem('member-notice:dismissed:builtin-1', String(Date.now())),
            initArg: state === 'collapsed',
          });
          await waitForNotices(page);
          assert.equal((await noticeState(page)).state, state);
          const results = await axeRun(page, FRAUD, ['color-contrast']);
          assert.deepEqual(results.violations, [], `unreadable fraud text under ${theme}`);
          assert.deepEqual(results.incomplete, [], `axe could not judge some fraud text under ${theme}`);
          // Open: heading, intro and rule; collapsed: the rule alone.
          assert.equal(results.passes.length, state === 'open' ? 3 : 1, JSON.stringify(results.passes));
          log.assertClean();
        });
      }
    }
  }
});
