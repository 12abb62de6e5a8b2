/**
 * The smoke cases, run in every engine of e2e/engines/ (Firefox ESR, WebKitGTK) by
 * firefox.smoke.mjs and webkit.smoke.mjs — `cargo xtask test`, step "end-to-end (Firefox,
 * WebKit)". A case is `{ name, run({ engine, open, url }) }`: `open(path, { preload })`
 * gives a `SmokePage` (harness.mjs) in a fresh browser state. The harness checks after
 * every case that its pages recorded no uncaught error, rejection, failed resource or CSP
 * violation; a case that causes one on purpose takes it with `page.takeErrors()`.
 *
 * To add a case: append an object to CASES. Read the notice with `page.notice()` /
 * `page.waitForNotice({...})`, click with `page.click(selector)`, wait only with those
 * helpers or `waitFor` (wait.mjs). Where an engine cannot do something, branch on
 * `engine.name` with the reason in a comment and assert what the engine does instead.
 */
import assert from 'node:assert/strict';

import { DIRECTIONS, HTML_LANGS, LOCALES, pick, SECTIONS } from '../support/notice.mjs';
import { waitFor } from './wait.mjs';

const DISMISS = 'button[data-action="dismiss"]';
const TOGGLE = 'summary[data-action="toggle"]';
const RESTORE = 'button[data-action="restore"]';

/** The shipped locales (dist/manifest.json) — one case each. */
const localeCases = LOCALES.map((locale) => ({
  name: `${locale}: the script-tag embed renders the complete notice with lang="${HTML_LANGS[locale]}" dir="${DIRECTIONS[locale]}"`,
  async run({ open }) {
    const page = await open(`/smoke-notice.html?lang=${locale}&variant=full`);
    const notice = await page.waitForNotice({ sections: SECTIONS });
    assert.deepEqual(
      pick(notice, ['lang', 'dir', 'variant', 'sections', 'visibleSections']),
      { lang: HTML_LANGS[locale], dir: DIRECTIONS[locale], variant: 'full', sections: SECTIONS, visibleSections: SECTIONS },
      'all five sections present and visible, in the right language and direction',
    );
    const [ready] = await page.waitForEvents('member-notice:ready');
    assert.equal(ready.detail.locale, locale, 'the ready event names the locale');
  },
}));

export const CASES = [
  ...localeCases,

  {
    name: 'custom element: live attribute changes (lang de → ar, variant banner → full)',
    async run({ open }) {
      const page = await open('/smoke-element.html?lang=de&variant=banner');
      const banner = await page.waitForNotice({ lang: 'de', dir: 'ltr', variant: 'banner' });
      assert.notDeepEqual(banner.visibleSections, SECTIONS, 'the banner hides some sections');

      await page.evaluate(() => document.querySelector('member-notice').setAttribute('lang', 'ar'));
      await page.waitForNotice({ lang: 'ar', dir: DIRECTIONS.ar, variant: 'banner' });

      await page.evaluate(() => document.querySelector('member-notice').setAttribute('variant', 'full'));
      const full = await page.waitForNotice({ lang: 'ar', variant: 'full', visibleSections: SECTIONS });
      assert.equal(full.dir, DIRECTIONS.ar);
    },
  },

  {
    name: 'JS API: MemberNotice.mount() resolves to a handle; setLocale() switches the language',
    async run({ open }) {
      const page = await open('/smoke-element.html?lang=de&variant=banner');
      await page.waitForNotice({ lang: 'de' });
      const locale = await page.evaluateAsync(async () => {
        const box = document.createElement('div');
        box.id = 'api-box';
        document.querySelector('main').append(box);
        const handle = await window.MemberNotice.mount(box, { lang: 'uk', variant: 'full' });
        Object.defineProperty(window, Symbol.for('member-notice.e2e.handle'), { value: handle });
        return handle.locale;
      });
      assert.equal(locale, 'uk', 'the promise resolves to a handle for the Ukrainian notice');
      const host = '#api-box member-notice';
      await page.waitForNotice({ lang: 'uk', dir: DIRECTIONS.uk, visibleSections: SECTIONS }, { host });

      await page.evaluate(() => window[Symbol.for('member-notice.e2e.handle')].setLocale('ar'));
      await page.waitForNotice({ lang: 'ar', dir: DIRECTIONS.ar }, { host });
      await page.waitForNotice({ lang: 'de' }); // the page's own notice is untouched
    },
  },

  {
    name: 'dismissal: a real click collapses the notice, focus moves to restore; restore brings it back',
    async run({ open }) {
      const page = await open('/smoke-element.html?lang=de&variant=banner');
      await page.waitForNotice({ lang: 'de', state: 'open' });

      await page.click(DISMISS);
      const collapsed = await page.waitForNotice({ state: 'collapsed' });
      assert.deepEqual(collapsed.actions, ['restore'], 'the reminder offers only the restore button');
      const focus = await waitFor(
        'focus on the restore button',
        () => page.notice().then((notice) => notice.focus),
        (focused) => focused?.action === 'restore',
      );
      assert.deepEqual(focus, { tag: 'button', action: 'restore', inNotice: true });
      const [dismissed] = await page.waitForEvents('member-notice:dismiss');
      assert.deepEqual(pick(dismissed.detail, ['locale', 'contentVersion']), { locale: 'de', contentVersion: 'builtin-1' });
      assert.equal(dismissed.composed, true, 'the event leaves the shadow root');

      await page.click(RESTORE);
      const restored = await page.waitForNotice({ state: 'open' });
      assert.ok(restored.actions.includes('dismiss'), 'the open notice offers dismiss again');
      await page.waitForEvents('member-notice:restore');
    },
  },

  {
    name: 'WebView page with a fake iOS bridge: ready arrives as a JSON string; dismiss is posted too',
    async run({ open }) {
      const page = await open('/dist/webview.html?lang=ar&platform=ios', {
        preload: ['record-errors.js', 'fake-ios-bridge.js', 'record-events.js'],
      });
      const [ready] = await page.waitForBridgeMessages('ready');
      assert.equal(ready.type, 'string', 'posted as a string, not an object');
      assert.deepEqual(pick(ready.parsed, ['schema', 'type', 'locale', 'variant']), {
        schema: 1,
        type: 'ready',
        locale: 'ar',
        variant: 'full',
      });
      assert.equal(typeof ready.parsed.contentVersion, 'string');
      const notice = await page.waitForNotice({ lang: 'ar', dir: 'rtl', variant: 'full', visibleSections: SECTIONS });
      assert.equal(notice.state, 'open');

      await page.click(DISMISS);
      const [dismissed] = await page.waitForBridgeMessages('dismiss');
      assert.equal(dismissed.parsed.locale, 'ar');
    },
  },

  {
    name: 'strict CSP with Trusted Types required: the notice renders without a violation',
    async run({ engine, open }) {
      const page = await open('/smoke-strict-csp.html?lang=ar&variant=banner');
      await page.waitForNotice({ lang: 'ar', dir: 'rtl', variant: 'banner', state: 'open' });
      await page.click(DISMISS); // renders again after the first paint, still under the policy
      await page.waitForNotice({ state: 'collapsed' });
      assert.deepEqual(await page.errors(), [], 'no violation while rendering and re-rendering');

      // The policy is really enforced in this engine (otherwise "no violation" proves nothing):
      // an HTML string into a script sink is refused, and reported like any violation.
      const outcome = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>not trusted</b>';
          return 'allowed';
        } catch (error) {
          return error.name;
        }
      });
      assert.equal(outcome, 'TypeError', `${engine.name} enforces require-trusted-types-for 'script'`);
      const reported = await waitFor(
        'the Trusted Types violation to be reported',
        () => page.errors(),
        (records) => records.some((record) => /require-trusted-types-for/.test(record.message)),
      );
      assert.ok(reported.every((record) => record.kind === 'securitypolicyviolation'), JSON.stringify(reported));
      await page.takeErrors();
    },
  },

  {
    name: 'the prerendered fragment alone (no widget script): readable, its details open from the summary',
    async run({ open }) {
      const page = await open('/smoke-prerendered-static.html?lang=ar');
      const notice = await page.waitForNotice({ lang: 'ar', dir: DIRECTIONS.ar, interactive: false });
      assert.deepEqual(notice.visibleSections, ['delay', 'fraud'], 'the banner as it shows first');
      await page.click(TOGGLE);
      await page.waitForNotice({ visibleSections: SECTIONS, interactive: false });
    },
  },

  {
    name: 'the prerendered fragment + script tag: taken over in place, one notice, live',
    async run({ open }) {
      const page = await open('/smoke-prerendered.html?lang=tr');
      const notice = await page.waitForNotice({ lang: 'tr', interactive: true });
      assert.equal(notice.notices, 1, 'one notice, not a second copy');
      assert.match(notice.prerenderedKey ?? '', /\|tr\|banner\|/, 'hydrated into the prerendered root');
      await page.waitForEvents('member-notice:ready');
      await page.click(DISMISS);
      await page.waitForNotice({ state: 'collapsed' });
    },
  },

  // The incident's phases (config `phase`): each renders its own sections in this engine too
  // (that no other phase shows first is phases.test.mjs's, with a recorder, in Chromium).
  ...[
    { locale: 'de', phase: 'resolved', sections: ['delay', 'fraud', 'data-safety', 'what-happened'] },
    { locale: 'ar', phase: 'disruption', sections: ['delay', 'priority', 'fraud', 'what-happened'] },
  ].map(({ locale, phase, sections }) => ({
    name: `phase ${phase} (${locale}): a config's phase renders with its sections; ready names it`,
    async run({ open }) {
      const page = await open(`/smoke-notice.html?lang=${locale}&variant=full&config=/config/phase-${phase}.json`);
      const notice = await page.waitForNotice({ interactive: true, lang: HTML_LANGS[locale], dir: DIRECTIONS[locale] });
      assert.deepEqual(pick(notice, ['phase', 'sections', 'visibleSections']), { phase, sections, visibleSections: sections });
      const [ready] = await page.waitForEvents('member-notice:ready');
      assert.equal(ready.detail.phase, phase, 'the ready event names the phase');
    },
  })),

  {
    name: 'the error recorder sees uncaught errors, rejections and CSP violations in this engine',
    async run({ open }) {
      const page = await open('/smoke-recorder.html');
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;'; // this page's CSP forbids inline scripts
        document.head.append(script);
      });
      const records = await waitFor(
        'an error, a rejection and a violation',
        () => page.errors(),
        (all) => ['error', 'unhandledrejection', 'securitypolicyviolation'].every((kind) => all.some((r) => r.kind === kind)),
      );
      const byKind = Object.fromEntries(records.map((record) => [record.kind, record.message]));
      assert.match(byKind.error, /thrown on purpose/);
      assert.match(byKind.unhandledrejection, /rejected on purpose/);
      assert.match(byKind.securitypolicyviolation, /^script-src/);
      await page.takeErrors();
    },
  },

  {
    name: 'each open() starts from a fresh browser state (storage does not leak between cases)',
    async run({ open }) {
      const first = await open('/smoke-element.html?lang=de&variant=banner');
      await first.waitForNotice({ state: 'open' });
      await first.click(DISMISS);
      await first.waitForNotice({ state: 'collapsed' });
      assert.ok(await first.evaluate(() => localStorage.length > 0), 'the dismissal was stored');

      const second = await open('/smoke-element.html?lang=de&variant=banner');
      assert.equal(await second.evaluate(() => localStorage.length), 0, 'a new open() has empty storage');
      await second.waitForNotice({ state: 'open' });
    },
  },
];
