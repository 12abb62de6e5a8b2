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

/** The document through its prototypes (null where there is no document). */
export const realDocument = doc && new Proxy(doc, {
  get(target, key) {
    for (const proto of chain) {
      const found = Reflect.getOwnPropertyDescriptor(proto, key);
      if (found) {
        // A method is bound, so a call through the view runs on the real document.
        return found.get ? found.get.call(target)
          : typeof found.value === "function" ? found.value.bind(target) : found.value;
      }
    }
    return target[key];
  },
});

/** `value`, or the document seen through its prototypes when `value` is the document. */
export const real = (value) => (value === doc ? realDocument : value);
