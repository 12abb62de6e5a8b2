/**
 * Layout shifts a page has had since it started, as browsers count them for CLS (shifts
 * right after input excluded): install `RECORD_LAYOUT_SHIFT` as an init script before the
 * page loads, then read the sum with `layoutShift(page)`.
 */

/** The init script that records every layout shift from the start of the page. */
export const RECORD_LAYOUT_SHIFT = {
  script: () => {
    const shifts = [];
    Object.defineProperty(window, Symbol.for('member-notice.e2e.shifts'), { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  },
};

/** The sum of the layout shifts recorded so far on `page`. */
export const layoutShift = (page) =>
  page.evaluate(() => window[Symbol.for('member-notice.e2e.shifts')].reduce((sum, value) => sum + value, 0));
