/*!
 * member-notice guard — keeps a trap in the wasm module away from the host page.
 *
 * The shipped wasm aborts on a Rust panic: the module executes `unreachable`,
 * which throws a WebAssembly.RuntimeError out of whatever called in — a click
 * handler, a timer, a fetch callback, the page's own call to the API — and
 * leaves the module's memory in a state nobody can vouch for.
 *
 * `cargo xtask dist` makes the wasm-bindgen glue take its exports through
 * `guard`, so every call from JavaScript into the module passes here. The
 * first error that escapes the module poisons it: it is reported once through
 * the loader's `onTrap` callback (a console line and one member-notice:error
 * with code `internal`), and from then on the module is never entered again.
 * Nothing is thrown into the caller, so the host page's other scripts run on.
 * A poisoned call answers 0: the glue reads fields of some answers (`ret[1]`)
 * and turns others into pointers (`ret >>> 0`), and 0 survives both as "no
 * value", where undefined would throw a TypeError of its own.
 *
 * Calls nest (a click handler in the wasm dispatches an event, a listener
 * calls the API): a trap in an inner call is rethrown so that the outer wasm
 * frames unwind too, instead of running on over the broken state; only the
 * outermost call swallows it.
 */

let poison = null;
let depth = 0;
let report = () => {};

/** The error that poisoned the module, or null while it is healthy. */
export function trapped() {
  return poison;
}

/** Sets what happens, once, at the first trap. */
export function onTrap(callback) {
  report = callback;
}

/** `exports` of the wasm instance, every function passing through the guard. */
export function guard(exports) {
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] = typeof value !== "function" ? value : (...args) => {
      if (poison) {
        // Never enter the module again; inside a call that is still unwinding, keep unwinding.
        if (depth) throw poison;
        return 0;
      }
      depth++;
      try {
        return value(...args);
      } catch (error) {
        if (!poison) {
          poison = error;
          // Reported once the stack has unwound: a host listener that calls the API then
          // finds the module poisoned at depth 0, and nothing throws into it.
          queueMicrotask(() => report(error));
        }
        if (depth > 1) throw error;
        return 0;
      } finally {
        depth--;
      }
    };
  }
  return guarded;
}
