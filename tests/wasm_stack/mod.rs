//! The wasm's stack, natively: a test body run on a thread with the stack
//! the release wasm has, so input nested deep enough to trap the module in
//! the browser overflows here as well. On the default 8 MB of a native
//! thread it fits, which is why the fuzz targets and property tests did not
//! find the review's L2 (security review 2026-12, "why fuzzing did not find
//! L2"). One file for the tests (`mod wasm_stack`) and the fuzz targets
//! (`fuzz/src/lib.rs` includes it).
#![allow(dead_code)] // each test file uses part of it

/// The release wasm's stack, in bytes. rustc links `wasm32-unknown-unknown`
/// with `-z stack-size=1048576` (wasm-ld's own default is one 64 KiB page)
/// and `--stack-first`, and the build adds no `-z stack-size` of its own
/// (`xtask/src/release_build.rs`, `.cargo/config.toml`): the shipped
/// module's `__stack_pointer` starts at 1048576. The browser's stack for the
/// wasm's frames is about as large (V8: 984 KiB).
pub const WASM_STACK_BYTES: usize = 1 << 20;

/// Runs `body` on a thread with [`WASM_STACK_BYTES`] of stack and returns
/// its result. A panic in it continues on the caller's thread (proptest
/// shrinks it, libFuzzer records it); a stack overflow aborts the process,
/// as it traps the module in the browser.
pub fn on_wasm_stack<T: Send>(body: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("wasm-sized stack".into())
            .stack_size(WASM_STACK_BYTES)
            .spawn_scoped(scope, body)
            .expect("a thread starts")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
