/**
 * One interface over the browsers of the smoke suite, so cases never see a driver.
 *
 * @typedef {object} Engine
 * @property {'firefox'|'webkit'} name
 * @property {string} version  what the browser reports, e.g. "Firefox 153.8.0"
 * @property {string} clickMethod  how `EnginePage.click` clicks, for the report
 * @property {(url: string, options?: { preload?: string[] }) => Promise<EnginePage>} open
 *   opens `url` in a fresh, isolated browser state (no storage, cookies or cache from any
 *   earlier open) and resolves once it has loaded. `preload` names fixture scripts
 *   (e2e/fixtures/) that run before the page's own scripts.
 * @property {() => Promise<void>} stop  closes everything, processes included
 *
 * @typedef {object} EnginePage
 * @property {(url: string) => Promise<void>} goto  navigates in the same state, waits for load
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} evaluate
 *   runs `fn(...args)` in the page (it must not close over anything; args and result are
 *   JSON) and returns its result
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} evaluateAsync
 *   the same for a function returning a promise: resolves to the promise's value
 * @property {(host: string, selector: string) => Promise<void>} click
 *   clicks `selector` inside the open shadow root of the element `host` (see clickMethod)
 * @property {() => Promise<Buffer>} screenshot  PNG of the viewport
 * @property {() => Promise<void>} close  ends the page's browser state
 */
import { launchFirefox } from './firefox.mjs';
import { launchWebKit } from './webkit.mjs';

/** Engine name → launcher. */
export const ENGINES = {
  firefox: launchFirefox,
  webkit: launchWebKit,
};
