/** Numbers for the bench's report: medians, spreads, CLS, and how they are written. */

/** The median of `values` (the mean of the middle two for an even count); null when empty. */
export function median(values) {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `{ median, min, max }` of `values`, or null when there are none. */
export function spread(values) {
  const present = values.filter((v) => v != null);
  if (!present.length) return null;
  return { median: median(present), min: Math.min(...present), max: Math.max(...present) };
}

/**
 * Cumulative layout shift as browsers and Lighthouse define it: shifts grouped into session
 * windows (a gap under 1 s, at most 5 s long); the largest window's sum. Every shift counts:
 * the bench gives the page no input, yet Chromium with mobile emulation now and then flags
 * the notice's shift as `hadRecentInput`, which would hide it.
 */
export function cls(shifts) {
  let best = 0;
  let sum = 0;
  let first = null;
  let last = null;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (first === null || shift.startTime - last >= 1000 || shift.startTime - first >= 5000) {
      first = shift.startTime;
      sum = 0;
    }
    sum += shift.value;
    last = shift.startTime;
    best = Math.max(best, sum);
  }
  return best;
}

/** "382 ms (370–400)": a median and its spread in ms. */
export const ms = (s) => (s ? `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})` : '—');

/** "1.02×": a ratio of medians. */
export const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(2)}×` : '—');

/** "0.000 (0.000–0.012)": a CLS median and spread. */
export const shift = (s) => (s ? `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})` : '—');

/** "2.31 MiB": a byte count in MiB (memory). */
export const mib = (bytes) => (bytes == null ? '—' : `${(bytes / 1048576).toFixed(2)} MiB`);

/** "107.9 KiB": a byte count in KiB (files). */
export const kib = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KiB`);

/** "97,872": a byte count with thousands separators. */
export const bytes = (n) => (n == null ? '—' : n.toLocaleString('en-US'));

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
