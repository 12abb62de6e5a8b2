/*!
 * member-notice guard — keeps a trap in the wasm module away from the host page.
 *
 * The shipped wasm aborts on a Rust panic: the module executes `unreachable`,
 * which throws a WebAssembly.RuntimeError out of whatever called in — a click
 * handler, a timer, a fetch callback, the page's own call to the API — and
 * leaves the module's memory in a state nobody can vouch for.
 *
 * `cargo xtask dist` makes the wasm-bindgen glue take its exports through
 * `guard`, so every call from JavaScript into the module passes here. A trap
 * poisons the module: it is reported once through the loader's `onTrap`
 * callback (a console line and one member-notice:error with code `internal`),
 * and from then on the module is never entered again. Nothing is thrown into
 * the caller, so the host page's other scripts run on. A poisoned call answers
 * 0: the glue reads fields of some answers (`ret[1]`) and turns others into
 * pointers (`ret >>> 0`), and 0 survives both as "no value", where undefined
 * would throw a TypeError of its own.
 *
 * Only a trap poisons. What the widget hands to page code — events, bridge
 * messages, console lines — goes out after the call returned
 * (src/embed/outbox.rs), and the loader unmounts a removed notice a microtask
 * later, so what else can escape a call is thrown by the glue before the
 * module's own code runs (wasm-bindgen's "recursive use of an object
 * detected", a second call into a handle that is still busy) or by a DOM
 * function the page replaced. Such an exception does not poison the
 * module: it is written to the console once per text and the call answers 0.
 * (One that unwound Rust frames may have left a borrow or Yew's scheduler
 * stuck; a borrow still held makes a later call panic, which is a trap.)
 *
 * Calls nest (a listener on a member-notice event calls the API): an exception
 * in an inner call is rethrown, as any function would, so the JavaScript in
 * between (the loader, the page's listener) sees the call fail; a trap there
 * also unwinds the outer wasm frames instead of running on over the broken
 * state. Only the outermost call swallows it.
 */

let poison = null;
let depth = 0;
let report = () => {};
/** LOG_PREFIX in src/lib.rs (this file is bundled as it is, without the loader's placeholders). */
const PREFIX = "[member-notice]";
/** The non-trap exceptions already written to the console, by text. */
const written = new Set();

// Captured at load time: a page that swaps a global later changes nothing here. Without
// WebAssembly (a WebView that disables it) nothing ever traps.
const RUNTIME_ERROR = typeof WebAssembly === "object" && WebAssembly ? WebAssembly.RuntimeError : null;
const RANGE_ERROR = RangeError;
/**
 * A stack overflow in the module is a trap too, but engines throw their own error for it,
 * the same as for JavaScript: V8 a RangeError "Maximum call stack size exceeded",
 * JavaScriptCore the same with a full stop, SpiderMonkey an InternalError "too much
 * recursion" (measured in Chromium 156, WebKitGTK 2.50, Firefox 153).
 */
const OVERFLOW = /^(Maximum call stack size exceeded|too much recursion)/;

/** The error that poisoned the module, or null while it is healthy. */
export function trapped() {
  return poison;
}

/** Sets what happens, once, at the first trap. */
export function onTrap(callback) {
  report = callback;
}

/** Whether `error` is the module trapping (see OVERFLOW), rather than an exception passing through. */
function isTrap(error) {
  try {
    if (RUNTIME_ERROR && error instanceof RUNTIME_ERROR) return true;
    return (error instanceof RANGE_ERROR || error.name === "InternalError") && OVERFLOW.test(error.message);
  } catch (_) {
    // A thrown value that cannot even be looked at is the page's own doing.
    return false;
  }
}

/** Writes an exception that escaped a call without trapping, once per text. */
function warn(error) {
  let text;
  try { text = String(error && error.message || error); } catch (_) { text = "unreadable"; }
  if (written.has(text)) return;
  written.add(text);
  try {
    console.warn(PREFIX + " an exception passed through a call into the widget (" + text + "); if this page " +
      "patches DOM functions, check them, else please report it");
  } catch (_) { /* no console */ }
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
        if (!poison && isTrap(error)) {
          poison = error;
          // Reported once the stack has unwound: a host listener that calls the API then
          // finds the module poisoned at depth 0, and nothing throws into it.
          queueMicrotask(() => report(error));
        }
        if (depth > 1) throw error;
        if (!poison) queueMicrotask(() => warn(error));
        return 0;
      } finally {
        depth--;
      }
    };
  }
  return guarded;
}
