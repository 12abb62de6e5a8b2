/**
 * Bounded polling, the only way the smoke suite waits: `waitFor` reads a value until a
 * condition holds and, when it never does, fails with what it waited for and the last
 * value it saw. No fixed sleeps.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Default bound of one wait, milliseconds. */
export const WAIT_TIMEOUT = 10_000;

/**
 * Calls `read()` until `ok(value)` is true and returns that value.
 * @template T
 * @param {string} what  what is awaited, for the error ("the notice in Arabic")
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} ok
 * @param {{ timeout?: number, interval?: number }} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(what, read, ok, { timeout = WAIT_TIMEOUT, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  let readError;
  for (;;) {
    try {
      value = await read();
      readError = undefined;
      if (ok(value)) return value;
    } catch (error) {
      readError = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(interval);
  }
  const seen = readError ? `reading failed: ${readError.message}` : `last saw: ${show(value)}`;
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; ${seen}`);
}

function show(value) {
  try {
    return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  } catch {
    return String(value);
  }
}
