/**
 * One cold load of one bench page in a fresh browser context (empty cache, new
 * connections), under a profile, and what it measured:
 *
 *   paint    ms from navigation start until the page's first contentful paint
 *   visible  ms from navigation start until the delay section (or, collapsed, the reminder) is
 *            on screen, styled (the notice has its background): what a member reads
 *   live     ms until the wasm runs the notice (`.notice[data-interactive]`: dismiss works)
 *   shifts   the layout-shift entries until then (CLS is computed from them, stats.mjs)
 *   heap     bytes of JS heap in use after render and a full garbage collection (CDP)
 *   wasm     bytes of the wasm module's linear memory after render
 *   height   the notice's height in CSS px after render
 *   files    with `files: true`: what the page fetched until the network was idle, every
 *            response with its body's bytes on the wire (encoded, as sent), its
 *            Content-Encoding, and whether the browser's cache answered it
 */

/** The key of the bench's record on `window` (a symbol: nothing the widget could meet by name). */
const KEY = 'member-notice.bench';

/**
 * Runs in the page before anything else: records when the notice is visible and live, the
 * layout shifts, and keeps the wasm instances' memories (by wrapping the ways a module is
 * instantiated) so their size can be read after render.
 */
function probe(key) {
  const marks = { paint: null, visible: null, live: null, shifts: [], memories: [] };
  Object.defineProperty(window, Symbol.for(key), { value: marks });

  const keep = (instance) => {
    for (const value of Object.values(instance?.exports ?? {})) {
      if (value instanceof WebAssembly.Memory && !marks.memories.includes(value)) marks.memories.push(value);
    }
  };
  const wrap = (name, pick) => {
    const original = WebAssembly[name];
    Object.defineProperty(WebAssembly, name, {
      configurable: true,
      writable: true,
      value(...args) {
        return original.apply(this, args).then((result) => {
          keep(pick(result));
          return result;
        });
      },
    });
  };
  wrap('instantiateStreaming', (result) => result.instance);
  wrap('instantiate', (result) => (result instanceof WebAssembly.Instance ? result : result.instance));
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = new Proxy(Instance, {
    construct(target, args, newTarget) {
      const instance = Reflect.construct(target, args, newTarget);
      keep(instance);
      return instance;
    },
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.paint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.shifts.push({ value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const notice = () => {
    const host = document.querySelector('member-notice');
    return (host ? host.shadowRoot : document)?.querySelector('.notice') ?? null;
  };
  const tick = () => {
    const root = notice();
    // The delay section; for a member who collapsed the notice before, the reminder is enough.
    const shown = root?.getAttribute('data-state') === 'collapsed' ? root : root?.querySelector('[data-section="delay"]');
    if (
      marks.visible === null && shown && shown.checkVisibility() && shown.getBoundingClientRect().height > 0 &&
      getComputedStyle(root).backgroundColor !== 'rgba(0, 0, 0, 0)'
    ) {
      marks.visible = performance.now();
    }
    if (marks.live === null && root?.hasAttribute('data-interactive') && document.querySelector('member-notice')) {
      marks.live = performance.now();
    }
    if (marks.visible === null || marks.live === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Loads `url` cold under `profile` (see bench.mjs PROFILES) and waits until the notice is
 * visible and, unless `live` is false (the static page), live. `storageState` (Playwright's)
 * starts the context with what a page stored before, e.g. a member's dismissal.
 */
export async function measure(browser, url, profile, { live = true, files: record = false, storageState, timeout = 60_000 } = {}) {
  const context = await browser.newContext({
    storageState,
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor ?? 1,
    isMobile: profile.mobile ?? false,
    hasTouch: profile.mobile ?? false,
  });
  try {
    await context.addInitScript(probe, KEY);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    if (profile.network) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.latency,
        downloadThroughput: profile.network.download,
        uploadThroughput: profile.network.upload,
      });
    }
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });

    const files = [];
    const pending = [];
    if (record) tab.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const sizes = await request.sizes();
          files.push({
            url: request.url(),
            status: response?.status(),
            encoding: (await response?.headerValue('content-encoding')) ?? null,
            // A second request for a file the page already has is answered by the browser's
            // cache: Chromium reports a body size of zero or less for it.
            cached: sizes.responseBodySize <= 0,
            bytes: Math.max(0, sizes.responseBodySize),
          });
        })(),
      );
    });

    await tab.goto(url, { waitUntil: 'commit', timeout });
    await tab.waitForFunction(
      ([key, live]) => {
        const marks = window[Symbol.for(key)];
        return marks.visible !== null && (!live || marks.live !== null);
      },
      [KEY, live],
      { timeout, polling: 50 },
    );
    // Wait for the load event too (the static page's stylesheet, the last file), then two
    // frames: a shift is reported after the frame it happens in.
    await tab.waitForLoadState('load', { timeout });
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Everything of the first view, also what the wasm fetches after render (a translation).
    if (record) await tab.waitForLoadState('networkidle', { timeout });

    // Memory at the machine's own speed: throttling only slows the collection.
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const marks = await tab.evaluate((key) => {
      const m = window[Symbol.for(key)];
      const host = document.querySelector('member-notice') ?? document.querySelector('.notice');
      return {
        paint: m.paint,
        visible: m.visible,
        live: m.live,
        shifts: m.shifts,
        wasm: m.memories.length ? m.memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0) : null,
        height: host ? host.getBoundingClientRect().height : null,
      };
    }, KEY);
    await Promise.all(pending);
    return { ...marks, live: live ? marks.live : null, heap: heap.usedSize, files };
  } finally {
    await context.close();
  }
}

/**
 * What the browser stores when a member collapses the notice on `url`: Playwright's storage
 * state, for `measure(…, { storageState })` to load pages as that member returning. Taken
 * from a real click, so the bench does not need to know how the widget stores it.
 */
export async function collapsedBefore(browser, url, timeout = 30_000) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(url);
    const notice = tab.locator('member-notice .notice[data-interactive]');
    await notice.waitFor({ timeout });
    await tab.locator('member-notice button[data-action="dismiss"]').click({ timeout });
    await tab.locator('member-notice .notice[data-state="collapsed"]').waitFor({ timeout });
    return await context.storageState();
  } finally {
    await context.close();
  }
}
