/*!
 * member-notice dom — the document as the browser defines it, whatever the page's HTML says.
 *
 * A page's own markup can shadow members of `document`: `<img name="createTextNode">`,
 * `<form name="documentElement" lang="ar">`, `<embed name="baseURI">` make
 * `document.createTextNode` an element, `document.documentElement` the wrong element and
 * `document.baseURI` an object. An HTML-injection flaw or an editor's paste in a CMS page is
 * enough; no script is needed. Code that reached the DOM through `document` would then
 * throw, trap, or read the wrong language, and the notice — fraud warning included — would
 * stay blank.
 *
 * `realDocument` is the document seen only through its prototypes (HTMLDocument →
 * Document → Node → EventTarget → Object, as they were when this file ran), which named
 * elements never touch: getters and methods run on the real document; a name no prototype
 * has (the document's own `location`) is read as usual. Nothing is ever set through it.
 * The loader reaches every document member through it, and `cargo xtask dist` rewrites the
 * wasm-bindgen glue so that every receiver passes through `real()`
 * (`xtask/src/dom_guard.rs`); the build fails where one does not.
 *
 * Scripts of the page itself are out of scope: they run with the page's full rights.
 */

const doc = typeof document === "undefined" ? null : document;

/** The document's prototype chain, captured when this file runs. */
const chain = [];
for (let proto = doc; (proto = proto && Object.getPrototypeOf(proto)); ) chain.push(proto);

/**
 * How each member name is read through the prototypes, found once: a getter to call, a
 * method bound to the document, or a value (null: no prototype has it). Looking it up on
 * every access cost the early paint a descriptor search and a new bound function per node.
 */
const members = new Map();

function member(target, key) {
  let found = members.get(key);
  if (found === undefined) {
    found = null;
    for (const proto of chain) {
      const own = Reflect.getOwnPropertyDescriptor(proto, key);
      if (own) {
        // A method is bound, so a call through the view runs on the real document.
        found = own.get ? { get: own.get }
          : { value: typeof own.value === "function" ? own.value.bind(target) : own.value };
        break;
      }
    }
    members.set(key, found);
  }
  return found;
}

/** The document through its prototypes (null where there is no document). */
export const realDocument = doc && new Proxy(doc, {
  get(target, key) {
    const found = member(target, key);
    return !found ? target[key] : found.get ? found.get.call(target) : found.value;
  },
});

/** `value`, or the document seen through its prototypes when `value` is the document. */
export const real = (value) => (value === doc ? realDocument : value);
