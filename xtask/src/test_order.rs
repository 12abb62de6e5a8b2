//! Runs the browser tests in an order of our choosing, to prove they do not
//! depend on one another.
//!
//! `wasm-bindgen-test-runner` runs a test binary's tests one after another in
//! one page, in the order of the module's export table — an order the linker
//! picks and that differs between machines. That is how a suite can be green
//! on one machine and red on the next. `cargo xtask test` therefore runs the
//! browser tests several times through [`runner`]: as linked, reversed, and
//! shuffled with a printed seed, and each test alone in a page of its own.
//!
//! The reordering rewrites only the order of the `__wbgt_` entries in the
//! export section; the code is untouched.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::scratch::Scratch;

/// Prefix of the exports wasm-bindgen-test generates for `#[wasm_bindgen_test]`.
const TEST_EXPORT: &[u8] = b"__wbgt_";
/// The export section's id in the binary format.
const EXPORT_SECTION: u8 = 7;

/// An order to run a test binary's tests in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// As the linker wrote the exports.
    Linked,
    /// The linked order reversed.
    Reversed,
    /// A permutation from this seed (reproducible: the seed is printed).
    Shuffled(u64),
    /// Every test alone, each in a fresh browser page.
    Alone,
}

impl Order {
    /// Parses `linked`, `reversed`, `shuffled:<seed>` or `alone`.
    pub fn parse(text: &str) -> Result<Order, String> {
        match text {
            "linked" => Ok(Order::Linked),
            "reversed" => Ok(Order::Reversed),
            "alone" => Ok(Order::Alone),
            _ => text
                .strip_prefix("shuffled:")
                .and_then(|seed| seed.parse().ok())
                .map(Order::Shuffled)
                .ok_or_else(|| {
                    format!(
                        "unknown test order `{text}` (linked, reversed, shuffled:<seed>, alone)"
                    )
                }),
        }
    }

    /// The text [`Order::parse`] reads.
    pub fn as_arg(self) -> String {
        match self {
            Order::Linked => "linked".into(),
            Order::Reversed => "reversed".into(),
            Order::Shuffled(seed) => format!("shuffled:{seed}"),
            Order::Alone => "alone".into(),
        }
    }
}

/// A seed for [`Order::Shuffled`]: `MEMBER_NOTICE_TEST_SEED` when set (to
/// replay a failing order), otherwise the clock.
pub fn seed() -> u64 {
    std::env::var("MEMBER_NOTICE_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        })
}

/// `cargo xtask browser-test-runner <order> <test.wasm> [runner args]`: what
/// cargo calls instead of `wasm-bindgen-test-runner` (set as the wasm32
/// runner by `cargo xtask test`). Reorders the tests, then hands over to the
/// real runner.
pub fn runner(args: &[String]) -> Result<(), String> {
    let [order, wasm, rest @ ..] = args else {
        return Err("usage: cargo xtask browser-test-runner <order> <test.wasm> [args]".into());
    };
    let order = Order::parse(order)?;
    let wasm = PathBuf::from(wasm);
    if order == Order::Alone {
        return run_each_alone(&wasm, rest);
    }
    let bytes = std::fs::read(&wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    let reordered = reorder_tests(&bytes, order)?;
    // Same file name in a folder of its own: the runner names the suite after it.
    let dir = wasm
        .parent()
        .unwrap_or(Path::new("."))
        .join(format!("order-{}", order.as_arg().replace(':', "-")));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let target = dir.join(wasm.file_name().unwrap_or_default());
    std::fs::write(&target, reordered)
        .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    println!("test order: {}", order.as_arg());
    real_runner(&target, rest)
}

/// Runs `wasm-bindgen-test-runner` on `wasm` with `args`.
fn real_runner(wasm: &Path, args: &[String]) -> Result<(), String> {
    let scratch = Scratch::new("browser")?;
    let status = Command::new("wasm-bindgen-test-runner")
        .arg(wasm)
        .args(args)
        .env("TMPDIR", scratch.path())
        .status()
        .map_err(|e| format!("cannot start wasm-bindgen-test-runner: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("wasm-bindgen-test-runner {} failed", wasm.display()))
}

/// Lists the tests of `wasm`, then runs each one alone in a browser of its
/// own, two at a time (starting the browser is most of the time).
fn run_each_alone(wasm: &Path, args: &[String]) -> Result<(), String> {
    let listed = Command::new("wasm-bindgen-test-runner")
        .arg(wasm)
        .arg("--list")
        .output()
        .map_err(|e| format!("cannot start wasm-bindgen-test-runner: {e}"))?;
    // A name filter from `cargo test -- <filter>` narrows the list.
    let filter = args.iter().find(|a| !a.starts_with('-'));
    let names: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .filter(|name| filter.is_none_or(|f| name.contains(f.as_str())))
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        return Err(format!("{} lists no tests", wasm.display()));
    }
    let queue = std::sync::Mutex::new(names.into_iter());
    let failed = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let Some(name) = queue.lock().unwrap().next() else {
                    return;
                };
                let run = Scratch::new("browser").and_then(|scratch| {
                    Command::new("wasm-bindgen-test-runner")
                        .arg(wasm)
                        .args(["--exact", &name])
                        .env("TMPDIR", scratch.path())
                        .output()
                        .map_err(|e| format!("cannot start wasm-bindgen-test-runner: {e}"))
                });
                let passed = run.as_ref().is_ok_and(|out| out.status.success());
                println!("alone: {name} ... {}", if passed { "ok" } else { "FAILED" });
                if !passed {
                    match &run {
                        Ok(out) => {
                            print!("{}", String::from_utf8_lossy(&out.stdout));
                            eprint!("{}", String::from_utf8_lossy(&out.stderr));
                        }
                        Err(e) => eprintln!("{e}"),
                    }
                    failed.lock().unwrap().push(name);
                }
            });
        }
    });
    let failed = failed.into_inner().unwrap();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed when run alone: {}", failed.join(", ")))
    }
}

/// Returns `wasm` with the test exports in `order` (everything else as is).
pub fn reorder_tests(wasm: &[u8], order: Order) -> Result<Vec<u8>, String> {
    if wasm.get(..4) != Some(b"\0asm".as_slice()) || wasm.len() < 8 {
        return Err("not a WebAssembly module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let mut cursor = at + 1;
        let size = read_leb(wasm, &mut cursor)? as usize;
        let payload = wasm
            .get(cursor..cursor + size)
            .ok_or("a section runs past the end of the module")?;
        if id == EXPORT_SECTION {
            let section = reorder_export_section(payload, order)?;
            out.push(id);
            write_leb(&mut out, section.len() as u64);
            out.extend_from_slice(&section);
        } else {
            out.extend_from_slice(&wasm[at..cursor + size]);
        }
        at = cursor + size;
    }
    Ok(out)
}

/// Reorders the test entries among themselves: the positions that held a
/// test export still do, other exports keep their places.
fn reorder_export_section(payload: &[u8], order: Order) -> Result<Vec<u8>, String> {
    let mut cursor = 0;
    let count = read_leb(payload, &mut cursor)?;
    let mut entries = Vec::new();
    for _ in 0..count {
        let start = cursor;
        let name_len = read_leb(payload, &mut cursor)? as usize;
        let name = payload
            .get(cursor..cursor + name_len)
            .ok_or("an export name runs past its section")?;
        let is_test = name.starts_with(TEST_EXPORT);
        cursor += name_len + 1; // the name, then the kind byte
        read_leb(payload, &mut cursor)?; // the index
        entries.push((is_test, &payload[start..cursor]));
    }
    let slots: Vec<usize> = (0..entries.len()).filter(|&i| entries[i].0).collect();
    let mut tests: Vec<&[u8]> = slots.iter().map(|&i| entries[i].1).collect();
    match order {
        Order::Linked | Order::Alone => {}
        Order::Reversed => tests.reverse(),
        Order::Shuffled(seed) => shuffle(&mut tests, seed),
    }
    let mut section = Vec::with_capacity(payload.len());
    write_leb(&mut section, count);
    let mut reordered = tests.into_iter();
    for (is_test, bytes) in &entries {
        let bytes = if *is_test {
            reordered.next().expect("one test entry per slot")
        } else {
            bytes
        };
        section.extend_from_slice(bytes);
    }
    section.extend_from_slice(&payload[cursor..]);
    Ok(section)
}

/// Fisher–Yates with xorshift64*: the same seed, the same order, anywhere.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed.max(1);
    for i in (1..items.len()).rev() {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let random = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        items.swap(i, (random % (i as u64 + 1)) as usize);
    }
}

fn read_leb(bytes: &[u8], at: &mut usize) -> Result<u64, String> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(*at).ok_or("a number runs past the end")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("a number is too long".into())
}

fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with exports `a`, `__wbgt_1`, `__wbgt_2`, `__wbgt_3`, `b`.
    fn module() -> Vec<u8> {
        let mut exports = Vec::new();
        let names = ["a", "__wbgt_1", "__wbgt_2", "__wbgt_3", "b"];
        write_leb(&mut exports, names.len() as u64);
        for (index, name) in names.iter().enumerate() {
            write_leb(&mut exports, name.len() as u64);
            exports.extend_from_slice(name.as_bytes());
            exports.push(0); // a function
            write_leb(&mut exports, 200 + index as u64); // two-byte LEB
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 1, 0]); // an empty type section
        wasm.push(EXPORT_SECTION);
        write_leb(&mut wasm, exports.len() as u64);
        wasm.extend_from_slice(&exports);
        wasm
    }

    fn export_names(wasm: &[u8]) -> Vec<String> {
        let mut at = 8 + 3 + 1;
        let _size = read_leb(wasm, &mut at).unwrap();
        let count = read_leb(wasm, &mut at).unwrap();
        (0..count)
            .map(|_| {
                let len = read_leb(wasm, &mut at).unwrap() as usize;
                let name = String::from_utf8(wasm[at..at + len].to_vec()).unwrap();
                at += len + 1;
                read_leb(wasm, &mut at).unwrap();
                name
            })
            .collect()
    }

    #[test]
    fn linked_keeps_the_module_byte_for_byte() {
        assert_eq!(reorder_tests(&module(), Order::Linked).unwrap(), module());
    }

    #[test]
    fn reversed_reverses_only_the_tests() {
        let names = export_names(&reorder_tests(&module(), Order::Reversed).unwrap());
        assert_eq!(names, ["a", "__wbgt_3", "__wbgt_2", "__wbgt_1", "b"]);
    }

    #[test]
    fn a_seed_gives_the_same_permutation_every_time() {
        let first = reorder_tests(&module(), Order::Shuffled(7)).unwrap();
        assert_eq!(first, reorder_tests(&module(), Order::Shuffled(7)).unwrap());
        let mut names = export_names(&first);
        assert_eq!(
            (names.remove(0), names.pop()),
            ("a".into(), Some("b".into()))
        );
        names.sort();
        assert_eq!(names, ["__wbgt_1", "__wbgt_2", "__wbgt_3"]);
        let orders: std::collections::BTreeSet<_> = (1..40)
            .map(|seed| export_names(&reorder_tests(&module(), Order::Shuffled(seed)).unwrap()))
            .collect();
        assert!(orders.len() > 3, "seeds give different orders: {orders:?}");
    }

    #[test]
    fn orders_round_trip_as_arguments() {
        for order in [
            Order::Linked,
            Order::Reversed,
            Order::Shuffled(42),
            Order::Alone,
        ] {
            assert_eq!(Order::parse(&order.as_arg()), Ok(order));
        }
        assert!(Order::parse("sideways").is_err());
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(reorder_tests(b"not wasm", Order::Reversed).is_err());
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert!(reorder_tests(&cut, Order::Reversed).is_err());
    }
}
