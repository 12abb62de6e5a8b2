//! `cargo xtask <command>`: build, serve and test member-notice using locally
//! installed tools only (no downloads besides the package registries).
//!
//! Commands:
//! - `dist`            build `dist/` (loader with its glue, hashed wasm, manifest) and print sizes;
//!   `dist --panic-test` builds the test-only panic release into `target/dist-panic-test/`
//! - `serve [--port N]` build dist/ and the previews' build, then serve the
//!   demo pages on http://127.0.0.1:8080 as a production server would (brotli,
//!   cache headers, the portal page's server-side include)
//! - `render --lang TAG [--variant V] [--config FILE]` print the prerendered
//!   notice for a portal backend or CMS
//! - `bench`           build, then measure visible/live times, layout shift, memory and
//!   first-view bytes per locale, and run Lighthouse on the demo portal page
//! - `preview`         build only the previews' build, translators' and operators'
//!   (`serve` builds it too)
//! - `types`           `dist/member-notice.d.ts` against a consumer (`tsc --strict`) and
//!   against the code (every API member, event, error code and option, no more)
//! - `test`            fmt, translations, clippy, native tests, browser tests, end-to-end
//!   tests (Chromium), the smoke suite in Firefox ESR and WebKitGTK, the new-locale trial
//! - `config check FILE|DIR…` validate notice configs as the widget does (JSON
//!   pointers; exit status 0, 1 refused, 2 usage or unreadable); `--format json`
//! - `i18n check [DIR]` check the translations (default `i18n/`); `--format json`
//! - `i18n compare-locales` Mozilla's compare-locales on `i18n/` with `l10n.toml`
//! - `fuzz [--seconds N] [target...]` coverage-guided fuzzing (cargo-fuzz) of
//!   configs, translations and language tags, N seconds per target
//! - `screenshots`     build, then every locale × variant × theme as PNGs in `target/screenshots/`
//! - `setup`           install what this machine lacks, and nothing else
//! - `browser-test-runner <order> <test.wasm>` cargo's wasm32 runner for the
//!   browser tests in a chosen order (`cargo xtask test` sets it)

mod bench;
mod budget;
// Test-only: a native test checks CHANGELOG.md against the crate's version.
#[cfg(test)]
mod changelog;
mod compare_locales;
mod config_check;
mod dist;
mod dom_guard;
mod encoding;
mod fuzz;
mod hashes;
mod html_tree;
mod i18n;
mod l10n_toml;
mod locale_files;
mod locale_trial;
mod minify;
mod prerender;
mod preview;
mod release_build;
mod schema;
mod scratch;
mod screenshots;
mod serve;
mod short_names;
mod size;
mod test;
mod test_order;
mod tools;
mod types;
mod util;
mod versions;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Its own exit statuses (1 refused, 2 usage or unreadable), for operators' pipelines.
    if args.first().is_some_and(|a| a == "config") {
        return config_check::run(&args[1..]);
    }
    let result = match args.first().map(String::as_str) {
        Some("dist") if args.get(1).is_some_and(|a| a == "--panic-test") => {
            tools::ensure_for_build().and_then(|()| dist::build_panic_test())
        }
        Some("dist") => tools::ensure_for_build().and_then(|()| {
            let sizes = dist::build()?;
            // Reported here, enforced by `cargo xtask test`.
            match budget::check(&sizes) {
                Ok(report) => print!("\nsize budget (size-budget.toml):\n{report}"),
                Err(over) => println!("\nxtask: warning: {over}"),
            }
            Ok(())
        }),
        Some("serve") => serve::parse_port(&args[1..])
            .and_then(|port| tools::ensure_for_build().map(|()| port))
            .and_then(|port| {
                dist::build()
                    .and_then(|_| preview::build())
                    .and_then(|()| serve::run(port))
            }),
        Some("test") => test::run(),
        Some("types") => tools::ensure_npm_packages().and_then(|()| types::check()),
        Some("render") => prerender::run(&args[1..]),
        Some("bench") => bench::run_bench(&args[1..]),
        Some("preview") => tools::ensure_for_build().and_then(|()| preview::build()),
        Some("browser-test-runner") => test_order::runner(&args[1..]),
        Some("i18n") => i18n::run(&args[1..]),
        Some("fuzz") => fuzz::run_command(&args[1..]),
        Some("screenshots") => screenshots::run_all(&args[1..]),
        Some("setup") => tools::ensure_for_build()
            .and_then(|()| tools::ensure_browser())
            .and_then(|()| tools::ensure_engines())
            .and_then(|()| fuzz::ensure())
            .and_then(|()| compare_locales::ensure().map(drop)),
        Some("help") | Some("--help") | Some("-h") | None => {
            println!("{}", HELP);
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

const HELP: &str = "usage: cargo xtask <command>

  dist              build dist/ and print the size table
  dist --panic-test build the test-only release that panics on demand (target/dist-panic-test/)
  serve [--port N]  build, then serve the demo on http://127.0.0.1:8080 (or port N) as production
                    would: brotli/gzip, cache headers, the portal page's server-side include
  render --lang TAG [--variant banner|full] [--config FILE] [--heading-level N]
                    print the notice prerendered for a portal backend or CMS to include
  bench             build, then measure how soon the notice is visible and live against static
                    HTML on a portal page (slow phone for every locale, unthrottled desktop), the
                    layout shift, memory, the first view's bytes, and Lighthouse on the demo
                    portal page; writes target/bench.md (about 10 minutes;
                    MEMBER_NOTICE_BENCH_RUNS=N cold loads per case, default 7)
  preview           build only the translators' and operators' previews (into cargo's
                    target dir, preview/)
  types             check types/member-notice.d.ts (dist/member-notice.d.ts): a consumer compiles
                    with tsc --strict, and it has every API member, event, error code and option
                    the code has, and no other
  test              run every check: fmt, translations, clippy, native, browser and end-to-end tests
                    (Chromium), the smoke suite in Firefox ESR and WebKitGTK, and the new-locale
                    trial (a throwaway locale added in a copy)
  config check [--format json] FILE|DIR…
                    validate notice configs as the widget does: every problem with its JSON
                    pointer and what to do, every ignored field; exit status 0 accepted,
                    1 refused, 2 usage error or unreadable file
  i18n check [DIR] [--format json]
                    check the translations in DIR (default i18n/): file:line:col, what to do
  i18n compare-locales
                    Mozilla's compare-locales on i18n/ with l10n.toml (installs it once)
  fuzz [--seconds N] [config|ftl|nesting|negotiation ...]
                    fuzz the configs and options, translations and language tags (cargo-fuzz,
                    libFuzzer) for N s per target (default 60) and print the executions; a
                    crash fails, naming its input in fuzz/artifacts/<target>/
  screenshots       build, then render every locale × variant × theme to target/screenshots/*.png
                    with a contact sheet, target/screenshots/index.html
  setup             install missing tools (wasm target, wasm-bindgen, npm packages, Chromium,
                    Firefox ESR, WebKitGTK's driver, Xvfb, cargo-fuzz, compare-locales)
  browser-test-runner <linked|reversed|shuffled:SEED|alone> <test.wasm> [args]
                    run a browser test binary's tests in that order (cargo's wasm32 runner;
                    `cargo xtask test` uses it to prove the tests do not depend on each other)";
