/**
 * The schedule holds while the page stays open (issue 12, point 5). A config's `starts_at`
 * and `ends_at` take effect in a tab that was opened before them, without a reload, and so
 * do its planned `phases` (issue 21):
 *
 * - a notice appears when its window starts and goes when it ends;
 * - a notice moves from phase to phase at each planned `from`, telling the page
 *   (`member-notice:update`, `source: "schedule"`, the new `phase`); a member who collapsed it
 *   in one phase sees the next one open, once;
 * - an end two months ahead (further than a browser timer can wait) still holds: the notice
 *   stays the next day, and goes at the end;
 * - a tab that comes back to the foreground (after the device slept, or the browser held
 *   its timers back) looks at the clock at once.
 *
 * The page's clock is Playwright's fake one: the tests advance it, never wait for time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { noticeState, recordedEvents, settledNotice, waitForRecorded } from './support/notice.mjs';

const browser = setupBrowser();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Opens the element page with `config` and the page's clock at `time`, once the config shows. */
async function openAt(time, config) {
  const { page, log } = await browser.open('about:blank');
  await page.clock.install({ time: new Date(time) });
  await page.goto(browser.url(`/element.html?lang=de&config=${config}`));
  await waitForRecorded(page, 'member-notice:update');
  return { page, log };
}

test('a notice appears when its window starts and goes when it ends, in an open tab', async () => {
  const { page, log } = await openAt('2030-01-01T08:00:00Z', '/config/hour-window.json');
  assert.equal((await noticeState(page)).rendered, false, 'an hour before the window: nothing');

  await page.clock.fastForward(HOUR);
  assert.equal((await settledNotice(page, { rendered: true })).rendered, true, 'shown when the window starts');

  await page.clock.fastForward(HOUR);
  assert.equal((await settledNotice(page, { rendered: false })).rendered, false, 'gone when it ends');
  log.assertClean();
});

test('planned phases switch at their from in an open tab; a collapse holds in its phase only', async () => {
  const { page, log } = await openAt('2030-01-01T08:00:00Z', '/config/phases.json');
  const [loaded] = await recordedEvents(page, 'member-notice:update');
  assert.deepEqual([loaded.detail.source, loaded.detail.phase], ['config', 'disruption']);
  let state = await noticeState(page);
  assert.equal(state.phase, 'disruption', 'before the first move: `phase`');
  const titles = [state.title.text];

  // Collapsed in phase disruption…
  await page.locator('member-notice [data-action="dismiss"]').click();
  assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed');

  // …open again when the notice moves to backlog at 09:00.
  await page.clock.fastForward(HOUR);
  state = await settledNotice(page, { phase: 'backlog', state: 'open' });
  assert.deepEqual([state.phase, state.state], ['backlog', 'open'], 'a new phase shows open');
  titles.push(state.title.text);
  let moves = await waitForRecorded(page, 'member-notice:update', { count: 2 });
  assert.deepEqual(
    [moves[1].detail.source, moves[1].detail.phase, moves[1].detail.contentVersion],
    ['schedule', 'backlog', 'e2e-phases'],
    'the page hears of the move',
  );

  // Collapsed in backlog, it stays collapsed while the phase lasts.
  await page.locator('member-notice [data-action="dismiss"]').click();
  assert.equal((await settledNotice(page, { state: 'collapsed' })).state, 'collapsed');
  await page.clock.fastForward(HOUR / 2);
  assert.equal((await noticeState(page)).state, 'collapsed', 'the collapse holds within its phase');

  // Resolved at 10:00: open again, once.
  await page.clock.fastForward(HOUR / 2);
  state = await settledNotice(page, { phase: 'resolved', state: 'open' });
  assert.deepEqual([state.phase, state.state], ['resolved', 'open']);
  titles.push(state.title.text);
  moves = await waitForRecorded(page, 'member-notice:update', { count: 3 });
  assert.deepEqual([moves[2].detail.source, moves[2].detail.phase], ['schedule', 'resolved']);
  assert.equal(new Set(titles).size, 3, `each phase has its own headline: ${titles.join(' | ')}`);
  log.assertClean();
});

test('an end two months ahead holds: shown the next day, gone at the end', async () => {
  const { page, log } = await openAt('2030-01-01T08:00:00Z', '/config/far-end.json');
  assert.equal((await noticeState(page)).rendered, true);

  await page.clock.runFor(DAY + HOUR);
  assert.equal((await settledNotice(page, { rendered: true })).rendered, true, 'a day later: still shown');

  await page.clock.fastForward(59 * DAY);
  assert.equal((await settledNotice(page, { rendered: false })).rendered, false, 'gone after its end');
  log.assertClean();
});

test('a tab that becomes visible again looks at the clock at once', async () => {
  const { page, log } = await openAt('2030-01-01T09:30:00Z', '/config/hour-window.json');
  assert.equal((await noticeState(page)).rendered, true, 'inside the window');

  // The device slept past the end: the clock moved, no timer ran.
  await page.clock.setSystemTime(new Date('2030-01-01T11:00:00Z'));
  assert.equal((await noticeState(page)).rendered, true, 'no timer ran yet');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  assert.equal((await settledNotice(page, { rendered: false })).rendered, false, 'gone once the tab is back');
  log.assertClean();
});
