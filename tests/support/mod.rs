//! Shared by the browser tests (`tests/browser.rs`, `tests/browser_embed.rs`):
//! a clean page for every test, bounded waits instead of sleeps, and
//! recorders for events, console warnings and bridge messages.
//!
//! All tests of a file run one after another in **one** page, in an order
//! the harness takes from the wasm's export table (it differs between
//! machines; `cargo xtask test` also runs them reversed and shuffled). And
//! wasm tests abort on a panic, so `Drop` does not run when a test fails.
//! Hence [`TestPage::new`] first *undoes* whatever any earlier test may have
//! left — mounted notices, `member-notice:*` storage keys, a blocked
//! `localStorage`, a fake app bridge, a wrapped `console.warn` — and
//! dropping it at the end of a passing test cleans up the same way.
//!
//! Tests that block storage must use a content version of their own: the
//! widget keeps choices storage could not keep in memory for the page's life.
#![allow(dead_code)] // each test file uses part of it

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use gloo_events::EventListener;
use member_notice::embed::NoticeHandle;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, HtmlElement, ShadowRoot};

/// Marks the elements tests attach, so a later test can remove leftovers.
const HOST_MARK: &str = "data-test-host";

/// Undoes what any test may have changed on the page. Plain JS, because it
/// must also repair what a test replaced with JS (property descriptors).
const RESET: &str = r#"
  const saved = window[Symbol.for('member-notice.test.saved')] ??= (() => {
    // The pristine localStorage property and console.warn, saved by the
    // first test before anything changed them.
    let owner = window;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'localStorage')) {
      owner = Object.getPrototypeOf(owner);
    }
    const value = {
      storageOwner: owner,
      storage: owner && Object.getOwnPropertyDescriptor(owner, 'localStorage'),
      warn: console.warn,
      fetch: window.fetch,
    };
    Object.defineProperty(window, Symbol.for('member-notice.test.saved'), { value });
    return value;
  })();
  if (saved.storageOwner === window) {
    Object.defineProperty(window, 'localStorage', saved.storage);
  } else {
    delete window.localStorage;
  }
  console.warn = saved.warn;
  window.fetch = saved.fetch;
  delete window[Symbol.for('member-notice.test.files')];
  for (const name of ['MemberNoticeBridge', 'ReactNativeWebView']) delete window[name];
  for (const host of document.querySelectorAll('[data-test-host]')) host.remove();
  document.documentElement.style.removeProperty('font-size');
  const storage = window.localStorage;
  for (const key of Object.keys(storage)) {
    if (key.startsWith('member-notice:')) storage.removeItem(key);
  }
"#;

/// The window.
pub fn window() -> web_sys::Window {
    web_sys::window().expect("tests run in a browser window")
}

/// The page's document.
pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// Runs [`RESET`].
fn reset_page() {
    js_sys::Function::new_no_args(RESET)
        .call0(&JsValue::NULL)
        .expect("the page can be reset");
}

/// A clean page for one test: created at the start, dropped at the end.
pub struct TestPage {
    notices: Vec<NoticeHandle>,
}

impl TestPage {
    /// Resets the page (see the module docs) and starts tracking what this
    /// test mounts.
    pub fn new() -> Self {
        reset_page();
        TestPage {
            notices: Vec::new(),
        }
    }

    /// A fresh element attached to the body, removed when the test ends.
    pub fn host(&self) -> Element {
        let host = document().create_element("div").unwrap();
        host.set_attribute(HOST_MARK, "").unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        host
    }

    /// Mounts a notice with `options` (the loader's JSON) into a fresh host;
    /// it is unmounted when the test ends.
    pub fn mount(&mut self, options: &str) -> Element {
        let host = self.host();
        let handle = NoticeHandle::new(host.clone(), options).expect("the notice mounts");
        self.notices.push(handle);
        host
    }

    /// The handle of the `index`-th notice this test mounted.
    pub fn handle(&mut self, index: usize) -> &mut NoticeHandle {
        &mut self.notices[index]
    }
}

impl Drop for TestPage {
    fn drop(&mut self) {
        for handle in &mut self.notices {
            handle.unmount();
        }
        reset_page();
    }
}

/// Resolves after `ms` milliseconds. Private: tests wait for conditions.
async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls `condition` every 10 ms for up to 5 s; panics naming `what` when it
/// never holds. The way to let Yew render or a fetch arrive.
pub async fn wait_for(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        tick(10).await;
    }
    panic!("timed out after 5 s waiting for {what}");
}

/// Checks that `condition` keeps holding for `ms` milliseconds: for what
/// must *not* happen (a second error event). An observation window, never
/// a way to wait for something.
pub async fn stays(what: &str, ms: i32, condition: impl Fn() -> bool) {
    for _ in 0..(ms / 10).max(1) {
        assert!(condition(), "{what} stopped holding");
        tick(10).await;
    }
    assert!(condition(), "{what} stopped holding");
}

/// Waits for `future` to finish, at most 5 s (a fetch answered, a promise).
pub async fn finishes<T>(what: &str, future: impl Future<Output = T>) -> T {
    let timeout = Box::pin(tick(5_000));
    match futures::future::select(Box::pin(future), timeout).await {
        futures::future::Either::Left((value, _)) => value,
        futures::future::Either::Right(_) => panic!("timed out after 5 s waiting for {what}"),
    }
}

/// Serves `body` as JSON at `/__test__/<name>` on the page's own origin
/// (a trusted origin, unlike a `data:` URL) and returns that absolute URL.
/// The test runner's server has no such files: `window.fetch` answers these
/// paths itself and passes everything else on; the next test gets the real
/// `fetch` back.
pub fn serve(name: &str, body: &str) -> String {
    const INSTALL: &str = r#"
      const key = Symbol.for('member-notice.test.files');
      if (!window[key]) {
        const files = new Map();
        Object.defineProperty(window, key, { value: files, configurable: true });
        const real = window.fetch;
        window.fetch = function (input, init) {
          const url = new URL(String(input), location.href).href;
          return files.has(url)
            ? Promise.resolve(new Response(files.get(url), {
                status: 200,
                headers: { 'Content-Type': 'application/json' },
              }))
            : real.call(window, input, init);
        };
      }
      return window[key];
    "#;
    let files = js_sys::Function::new_no_args(INSTALL)
        .call0(&JsValue::NULL)
        .expect("the fake files install");
    let url = format!(
        "{}/__test__/{name}",
        window()
            .location()
            .origin()
            .expect("the page has an origin")
    );
    let set = js_sys::Reflect::get(&files, &"set".into()).unwrap();
    set.unchecked_ref::<js_sys::Function>()
        .call2(&files, &url.as_str().into(), &body.into())
        .unwrap();
    url
}

/// Records the `detail`s (as JSON text) of `member-notice:<kind>` events
/// that reach `document`; stops listening when dropped.
pub struct Recorder {
    seen: Rc<RefCell<Vec<String>>>,
    _listener: EventListener,
}

impl Recorder {
    /// Starts listening for `member-notice:<kind>`.
    pub fn new(kind: &str) -> Self {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let record = seen.clone();
        let listener = EventListener::new(&document(), format!("member-notice:{kind}"), move |e| {
            let event = e.unchecked_ref::<web_sys::CustomEvent>();
            assert!(
                event.composed() && event.bubbles(),
                "events bubble and are composed"
            );
            let detail = js_sys::JSON::stringify(&event.detail()).unwrap();
            record.borrow_mut().push(detail.as_string().unwrap());
        });
        Recorder {
            seen,
            _listener: listener,
        }
    }

    /// Every detail seen so far.
    pub fn all(&self) -> Vec<String> {
        self.seen.borrow().clone()
    }

    /// How many events were seen.
    pub fn count(&self) -> usize {
        self.seen.borrow().len()
    }
}

/// Records `console.warn` lines (still passing them on); the page's own
/// `console.warn` is back when dropped, or when the next test starts.
pub struct Warnings {
    lines: Rc<RefCell<Vec<String>>>,
    original: JsValue,
    _wrapper: Closure<dyn FnMut(JsValue)>,
}

impl Warnings {
    /// Starts recording.
    pub fn record() -> Self {
        let console = js_sys::Reflect::get(&window(), &"console".into()).unwrap();
        let original = js_sys::Reflect::get(&console, &"warn".into()).unwrap();
        let lines = Rc::new(RefCell::new(Vec::new()));
        let (record, forward) = (lines.clone(), original.clone());
        let wrapper = Closure::<dyn FnMut(JsValue)>::new(move |line: JsValue| {
            record
                .borrow_mut()
                .push(line.as_string().unwrap_or_default());
            let _ = forward
                .unchecked_ref::<js_sys::Function>()
                .call1(&JsValue::NULL, &line);
        });
        js_sys::Reflect::set(&console, &"warn".into(), wrapper.as_ref()).unwrap();
        Warnings {
            lines,
            original,
            _wrapper: wrapper,
        }
    }

    /// The lines written so far.
    pub fn lines(&self) -> Vec<String> {
        self.lines.borrow().clone()
    }
}

impl Drop for Warnings {
    fn drop(&mut self) {
        let console = js_sys::Reflect::get(&window(), &"console".into()).unwrap();
        js_sys::Reflect::set(&console, &"warn".into(), &self.original).unwrap();
    }
}

/// A fake Android bridge (`window.MemberNoticeBridge`) recording what the
/// widget posts; removed when dropped or when the next test starts.
pub struct FakeBridge {
    messages: Rc<RefCell<Vec<String>>>,
    _post: Closure<dyn FnMut(String)>,
}

impl FakeBridge {
    /// Installs the bridge.
    pub fn install() -> Self {
        let messages = Rc::new(RefCell::new(Vec::new()));
        let record = messages.clone();
        let post = Closure::<dyn FnMut(String)>::new(move |m: String| record.borrow_mut().push(m));
        let bridge = js_sys::Object::new();
        js_sys::Reflect::set(&bridge, &"postMessage".into(), post.as_ref()).unwrap();
        js_sys::Reflect::set(&window(), &"MemberNoticeBridge".into(), &bridge).unwrap();
        FakeBridge {
            messages,
            _post: post,
        }
    }

    /// Every message posted so far, parsed.
    pub fn messages(&self) -> Vec<serde_json::Value> {
        self.messages
            .borrow()
            .iter()
            .map(|m| serde_json::from_str(m).expect("bridge messages are JSON"))
            .collect()
    }

    /// The posted messages of `type`.
    pub fn of_type(&self, kind: &str) -> Vec<serde_json::Value> {
        self.messages()
            .into_iter()
            .filter(|m| m["type"] == kind)
            .collect()
    }
}

impl Drop for FakeBridge {
    fn drop(&mut self) {
        js_sys::Reflect::delete_property(
            window().unchecked_ref::<js_sys::Object>(),
            &"MemberNoticeBridge".into(),
        )
        .unwrap();
    }
}

/// Makes every read of `window.localStorage` throw (as in some privacy
/// modes); the real storage is back when the next test starts.
pub fn block_local_storage() {
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&window(), &"localStorage".into(), &descriptor);
    assert!(
        window().local_storage().is_err(),
        "the test really blocks storage"
    );
}

/// The open shadow root of a mounted notice.
pub fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

/// The first element matching `selector` in the notice's shadow root.
pub fn find(host: &Element, selector: &str) -> Option<Element> {
    shadow(host).query_selector(selector).unwrap()
}

/// An attribute of the first element matching `selector` in the shadow root.
pub fn attribute(host: &Element, selector: &str, name: &str) -> Option<String> {
    find(host, selector).and_then(|e| e.get_attribute(name))
}

/// An attribute of the notice's root section (`lang`, `data-state`, …).
pub fn notice_attribute(host: &Element, name: &str) -> Option<String> {
    attribute(host, "section.notice", name)
}

/// Clicks the element matching `selector` in the shadow root.
pub fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("{selector} exists"))
        .unchecked_into::<HtmlElement>()
        .click();
}
