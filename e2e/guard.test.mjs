/**
 * Which exceptions poison the module (js/guard.js, issue 17 L1): only a trap — a
 * `WebAssembly.RuntimeError`, or a stack overflow, which engines report with an error of
 * their own — never an exception that merely passes through a call.
 *
 * The guard runs as it is, in Chromium, around real wasm modules that trap (two hand-made
 * modules of a few bytes: `unreachable`, endless recursion) and around functions that throw
 * what else can escape a call (wasm-bindgen's "recursive use of an object detected", a
 * RangeError that is no stack overflow, values that are no Error at all). Every test loads
 * a fresh copy of the guard, so none sees another's poison. The shipped module trapping end
 * to end is e2e/panic.test.mjs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { setupBrowser } from './support/browser.mjs';
import { ROOT } from './support/paths.mjs';

const browser = setupBrowser();

/** js/guard.js as a function body that returns the module's exports (a fresh copy each call). */
const GUARD = `${readFileSync(join(ROOT, 'js/guard.js'), 'utf8').replace(/^export /gm, '')}
return { guard, trapped, onTrap };`;

/** Real wasm modules, after the 8-byte header: one function each, exported by the name. */
const MODULES = {
  // (func (export "unreachable") unreachable)
  unreachable: [1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 7, 15, 1, 11, ...Buffer.from('unreachable'), 0, 0, 10, 5, 1, 3, 0, 0, 0x0b],
  // (func $f (export "recurse") (result i32) call $f i32.const 1 i32.add)
  recurse: [1, 5, 1, 0x60, 0, 1, 0x7f, 3, 2, 1, 0, 7, 11, 1, 7, ...Buffer.from('recurse'), 0, 0, 10, 9, 1, 7, 0, 0x10, 0, 0x41,
    1, 0x6a, 0x0b],
};

/** The text of the recursive-use error wasm-bindgen's glue throws (wasm-bindgen 0.2.130). */
const RECURSIVE_USE = 'recursive use of an object detected which would lead to unsafe aliasing in rust';

/**
 * Runs `scenario({ guard, trapped, wasm }, arg)` in a page with a fresh guard: `wasm(name)`
 * instantiates one of MODULES; `arg` is JSON.
 * Returns the scenario's result, the trap reports and the console warnings, read once the
 * guard's microtasks have run. The scenario is sent as source, the guard as part of the
 * evaluated script (the page's CSP allows no eval).
 */
async function run(scenario, arg = null) {
  const { page, log } = await browser.open('/host-reactions.html');
  const result = await page.evaluate(`(async () => {
    const MODULES = ${JSON.stringify(MODULES)};
    const wasm = (name) => new WebAssembly.Instance(new WebAssembly.Module(
      new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...MODULES[name]]))).exports;
    const warned = [];
    const original = console.warn;
    console.warn = (...args) => { warned.push(args.join(' ')); };
    try {
      const { guard, trapped, onTrap } = (() => { ${GUARD} })();
      const reports = [];
      onTrap((error) => reports.push(error.constructor.name + ': ' + error.message));
      const outcome = (${scenario})({ guard, trapped, wasm }, ${JSON.stringify(arg)});
      await new Promise((resolve) => setTimeout(resolve));
      const poison = trapped();
      return { outcome, reports, trapped: poison && poison.constructor.name, warned };
    } finally {
      console.warn = original;
    }
  })()`);
  log.assertClean();
  return result;
}

test('a RuntimeError poisons: reported once, never entered again, nothing thrown', async () => {
  const result = await run(({ guard, wasm }) => {
    let entered = 0;
    const exports = guard({ ...wasm('unreachable'), other: () => ++entered });
    return [exports.unreachable(), exports.other(), exports.unreachable(), entered];
  });
  assert.deepEqual(result.outcome, [0, 0, 0, 0], 'every call answers 0; the module is not entered again');
  assert.equal(result.trapped, 'RuntimeError');
  assert.equal(result.reports.length, 1, 'reported once');
  assert.deepEqual(result.warned, [], 'no line of its own: the loader reports a trap');
});

test('a stack overflow in the module poisons', async () => {
  const result = await run(({ guard, wasm }) => {
    const exports = guard({ ...wasm('recurse'), other: () => 7 });
    return [exports.recurse(), exports.other()];
  });
  assert.deepEqual(result.outcome, [0, 0]);
  assert.equal(result.trapped, 'RangeError');
  assert.deepEqual(result.reports, ['RangeError: Maximum call stack size exceeded']);
});

test('an exception passing through a call does not poison: the call answers 0, the console hears once', async () => {
  const result = await run(({ guard }, message) => {
    const exports = guard({ busy: () => { throw new Error(message); }, other: () => 7 });
    return [exports.busy(), exports.busy(), exports.other()];
  }, RECURSIVE_USE);
  assert.deepEqual(result.outcome, [0, 0, 7], 'the next call runs');
  assert.equal(result.trapped, null, 'not poisoned');
  assert.deepEqual(result.reports, []);
  assert.equal(result.warned.length, 1, `one console line for the same exception twice:\n${result.warned.join('\n')}`);
  assert.ok(result.warned[0].startsWith('[member-notice] '), result.warned[0]);
  assert.ok(result.warned[0].includes(RECURSIVE_USE), result.warned[0]);
});

test('whatever else is thrown through a call does not poison either', async () => {
  const result = await run(({ guard }) => {
    const unreadable = new Proxy({}, {
      get() { throw new Error('no reading'); },
      getPrototypeOf() { throw new Error('no prototype'); },
    });
    const thrown = [new RangeError('Invalid array length'), new TypeError('x is not a function'), 'a string', null,
      unreadable];
    const exports = guard(Object.fromEntries(thrown.map((value, at) => [`f${at}`, () => { throw value; }])));
    return thrown.map((_, at) => exports[`f${at}`]());
  });
  assert.deepEqual(result.outcome, [0, 0, 0, 0, 0]);
  assert.equal(result.trapped, null, 'not poisoned');
  assert.deepEqual(result.reports, []);
  assert.equal(result.warned.length, 5, result.warned.join('\n'));
});

test('in a nested call, a passing exception reaches the JavaScript in between and the outer call goes on', async () => {
  const result = await run(({ guard }) => {
    let seen = null;
    const exports = guard({
      outer: () => {
        try {
          exports.inner();
        } catch (error) {
          seen = error.message;
        }
        return 'outer went on';
      },
      inner: () => { throw new Error('busy'); },
    });
    return [exports.outer(), seen];
  });
  assert.deepEqual(result.outcome, ['outer went on', 'busy']);
  assert.equal(result.trapped, null, 'not poisoned');
  assert.deepEqual(result.warned, [], 'the outer call did not fail');
});
