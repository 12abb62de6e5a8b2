//! Installs what a fresh machine lacks, and skips what is there.
//!
//! Everything comes from the package registries this project may reach:
//! rustup's wasm target and the release wasm's pinned nightly
//! (`release_build.rs`), `wasm-bindgen-cli` from crates.io (at exactly the
//! version in Cargo.lock), npm packages (binaryen's wasm-opt, esbuild, playwright-core,
//! axe-core, puppeteer-core, lighthouse, ajv, typescript), Debian's `chromium` + `chromium-driver`, for
//! the smoke suite Debian's `firefox-esr`, `webkit2gtk-driver` and `xvfb`, and
//! for compare-locales (`compare_locales.rs`, from PyPI into a virtual
//! environment) a Python with its `venv` module (Debian's `python3-venv`).
//! A browser that is installed but older than its suite needs (`versions.rs`)
//! is upgraded, or setup stops naming the version found and the one needed.

use std::path::Path;
use std::process::Command;

use crate::util::{output, root, run};
use crate::versions;

/// The Rust target the widget compiles to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's Chromium and ChromeDriver (the only browser used, never downloaded).
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// See [`CHROMIUM`].
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Everything `dist` and `serve` need.
pub fn ensure_for_build() -> Result<(), String> {
    ensure_node()?;
    ensure_wasm_target()?;
    crate::release_build::ensure()?;
    ensure_wasm_bindgen()?;
    ensure_npm_packages()
}

/// The wasm32 target for rustup's toolchain.
fn ensure_wasm_target() -> Result<(), String> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    println!("xtask: installing the {WASM_TARGET} target");
    run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
        .map_err(|e| format!("{e}; install it with `rustup target add {WASM_TARGET}`"))
}

/// The wasm-bindgen version pinned in Cargo.lock; the CLI must match it.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry; run `cargo build` once".into())
}

/// `wasm-bindgen` (and `wasm-bindgen-test-runner`) at the locked version.
fn ensure_wasm_bindgen() -> Result<(), String> {
    let wanted = locked_wasm_bindgen_version()?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    println!(
        "xtask: installing wasm-bindgen-cli {wanted} (found: {}); this takes a few minutes once",
        if have.is_empty() { "none" } else { have.trim() }
    );
    // Without --locked: the CLI's own lock file names a crate the registry lacks.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted])).map_err(
        |e| format!("{e}; install it with `cargo install wasm-bindgen-cli --version {wanted}`"),
    )
}

/// A Node.js the end-to-end tests run in ([`versions::NODE`]); setup does not
/// replace one, it names the version found and the one needed.
fn ensure_node() -> Result<(), String> {
    let reported = output(Command::new("node").arg("--version")).unwrap_or_default();
    let needed = format!(
        "{} or newer is needed: {}",
        versions::NODE.version,
        versions::NODE.why
    );
    match versions::judge(&reported, &versions::NODE) {
        versions::Verdict::Enough => Ok(()),
        versions::Verdict::TooOld(found) => Err(format!(
            "Node.js is too old: found \"{found}\", {needed}; install a newer Node.js with npm \
             (Debian's own is 18: NodeSource's packages or nvm have 20 and newer)"
        )),
        versions::Verdict::Unknown(_) => Err(format!(
            "node is missing (or `node --version` failed): {needed}; install Node.js with npm"
        )),
    }
}

/// npm packages from package-lock.json, when node_modules is missing or stale.
pub fn ensure_npm_packages() -> Result<(), String> {
    let root = root();
    let installed = root.join("node_modules/.package-lock.json");
    let up_to_date = modified(&installed)
        .zip(modified(&root.join("package-lock.json")))
        .is_some_and(|(installed, wanted)| installed >= wanted);
    if up_to_date && root.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        return Err("npm is missing: install Node.js 20 or newer with npm (Debian: `apt-get install nodejs npm`)".into());
    }
    println!(
        "xtask: installing npm packages (binaryen, esbuild, playwright-core, axe-core, puppeteer-core, \
         lighthouse, ajv, typescript)"
    );
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Debian's Chromium and ChromeDriver for the browser and end-to-end tests: installed
/// when missing, upgraded when older than the tests need ([`versions::CHROMIUM`]) or when
/// the driver is not the browser's own version.
pub fn ensure_browser() -> Result<(), String> {
    if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists()) {
        if !is_root() {
            return Err(format!(
                "{CHROMIUM} or {CHROMEDRIVER} is missing; as root run \
                 `apt-get update && apt-get install -y chromium chromium-driver`"
            ));
        }
        println!("xtask: installing Debian's chromium and chromium-driver");
        run(Command::new("apt-get").arg("update"))?;
        run(Command::new("apt-get")
            .args(["install", "-y", "chromium", "chromium-driver"])
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    ensure_minimum(&versions::CHROMIUM, chromium_version)?;
    let driver = || output(Command::new(CHROMEDRIVER).arg("--version")).unwrap_or_default();
    if versions::same_major(&driver(), &chromium_version().unwrap_or_default()) {
        return Ok(());
    }
    let mismatch = || {
        format!(
            "{CHROMEDRIVER} (\"{}\") is not the driver of {CHROMIUM} (\"{}\"): a driver starts \
             only the browser of its own major version",
            driver().trim(),
            chromium_version().unwrap_or_default().trim()
        )
    };
    if !is_root() {
        return Err(format!(
            "{}; as root run `apt-get update && apt-get install --only-upgrade -y chromium \
             chromium-driver`",
            mismatch()
        ));
    }
    println!("xtask: {}; upgrading both", mismatch());
    upgrade(versions::CHROMIUM.packages)?;
    if versions::same_major(&driver(), &chromium_version().unwrap_or_default()) {
        Ok(())
    } else {
        Err(format!(
            "{} even after upgrading: install chromium and chromium-driver from one source",
            mismatch()
        ))
    }
}

/// `chromium --version`, e.g. "Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)".
pub fn chromium_version() -> Option<String> {
    output(Command::new(CHROMIUM).arg("--version"))
}

/// Firefox ESR (driven by puppeteer-core over WebDriver BiDi).
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// WebKitGTK's WebDriver; it starts MiniBrowser (from `libwebkit2gtk-4.1-0`).
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
/// The X server WebKitGTK renders into (WebKitGTK has no headless mode).
pub const XVFB: &str = "/usr/bin/Xvfb";

/// Debian's Firefox ESR, WebKitGTK's WebDriver and Xvfb for the smoke suite in
/// Firefox and WebKit: installs only the packages whose program is missing, then
/// upgrades a browser older than the suite needs ([`versions::FIREFOX_ESR`],
/// [`versions::WEBKITGTK`]) — an installed package is skipped, but an old one would
/// fail the suite only at its end.
pub fn ensure_engines() -> Result<(), String> {
    let missing: Vec<&str> = [
        ("firefox-esr", FIREFOX),
        ("webkit2gtk-driver", WEBKIT_DRIVER),
        ("xvfb", XVFB),
    ]
    .into_iter()
    .filter(|(_, program)| !Path::new(program).exists())
    .map(|(package, _)| package)
    .collect();
    if !missing.is_empty() {
        let packages = missing.join(" ");
        if !is_root() {
            return Err(format!(
                "the Firefox/WebKit smoke suite needs Debian's {packages}; as root run \
                 `apt-get update && apt-get install -y {packages}`"
            ));
        }
        println!("xtask: installing Debian's {packages}");
        run(Command::new("apt-get").args(LOCK_TIMEOUT).arg("update"))?;
        run(Command::new("apt-get")
            .args(LOCK_TIMEOUT)
            .args(["install", "-y"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    ensure_minimum(&versions::FIREFOX_ESR, firefox_version)?;
    ensure_minimum(&versions::WEBKITGTK, webkit_version)
}

/// `firefox-esr --version`, e.g. "Mozilla Firefox 153.8.0esr".
pub fn firefox_version() -> Option<String> {
    output(Command::new(FIREFOX).arg("--version"))
}

/// The installed WebKitGTK's Debian version (MiniBrowser comes from
/// `libwebkit2gtk-4.1-0`, whose WebDriver prints no version), e.g. "2.50.6-1~deb12u2".
pub fn webkit_version() -> Option<String> {
    output(Command::new("dpkg-query").args(["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]))
}

/// Makes apt wait for another apt (a parallel install) instead of failing on its lock.
const LOCK_TIMEOUT: [&str; 2] = ["-o", "DPkg::Lock::Timeout=600"];

/// Checks the installed browser against `minimum`. An older one is upgraded once, as
/// root (`apt-get update`, then `apt-get install --only-upgrade`); otherwise, or when
/// no newer one is to be had, setup stops at once, naming the version found and the
/// one needed.
fn ensure_minimum(
    minimum: &versions::Minimum,
    installed: fn() -> Option<String>,
) -> Result<(), String> {
    let reported = installed().unwrap_or_default();
    match versions::first_step(&reported, minimum, is_root()) {
        versions::Step::Done => Ok(()),
        versions::Step::Stop(message) => Err(message),
        versions::Step::Upgrade(found) => {
            println!(
                "xtask: {} \"{found}\" is older than {}; upgrading {}",
                minimum.what,
                minimum.version,
                minimum.packages.join(" ")
            );
            upgrade(minimum.packages)?;
            versions::after_upgrade(&installed().unwrap_or_default(), minimum)
        }
    }
}

/// Upgrades installed `packages` to the newest version apt knows of, installing nothing else.
fn upgrade(packages: &[&str]) -> Result<(), String> {
    run(Command::new("apt-get").args(LOCK_TIMEOUT).arg("update"))?;
    run(Command::new("apt-get")
        .args(LOCK_TIMEOUT)
        .args(["install", "-y", "--only-upgrade"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// A Python 3 that can make a virtual environment (its `venv` module and
/// `ensurepip`, which Debian ships apart, in `python3-venv`): `python3` on the
/// `PATH`, else Debian's own; as root, Debian's `python3-venv` is installed
/// when neither has it.
pub fn python_with_venv() -> Result<String, String> {
    const DEBIAN: &str = "/usr/bin/python3";
    let can_make_venv = |python: &str| {
        output(Command::new(python).args(["-c", "import venv, ensurepip"])).is_some()
    };
    if let Some(python) = ["python3", DEBIAN].into_iter().find(|p| can_make_venv(p)) {
        return Ok(python.to_owned());
    }
    if !is_root() {
        return Err(
            "compare-locales needs a Python 3 with its venv module; as root run \
             `apt-get update && apt-get install -y python3 python3-venv`"
                .into(),
        );
    }
    println!("xtask: installing Debian's python3 and python3-venv");
    run(Command::new("apt-get").args(LOCK_TIMEOUT).arg("update"))?;
    run(Command::new("apt-get")
        .args(LOCK_TIMEOUT)
        .args(["install", "-y", "python3", "python3-venv"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    if can_make_venv(DEBIAN) {
        Ok(DEBIAN.to_owned())
    } else {
        Err(format!(
            "{DEBIAN} still cannot make a virtual environment after installing python3-venv"
        ))
    }
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}
