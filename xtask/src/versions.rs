//! The oldest browser each test suite can pass in, and the comparison setup
//! makes before it uses an installed one.
//!
//! Setup skips a package that is installed, so without this an old browser
//! (a machine with `firefox-esr` 140 on it) fails a suite half an hour in, on
//! a feature it does not have. Pure: reading versions and upgrading live in
//! `tools.rs`.

/// What a suite needs of one browser.
#[derive(Clone, Copy, Debug)]
pub struct Minimum {
    /// The browser as a person names it (`Firefox ESR`).
    pub what: &'static str,
    /// The Debian packages that carry it, upgraded together.
    pub packages: &'static [&'static str],
    /// The oldest version that can pass, dotted (`148`, `2.50`).
    pub version: &'static str,
    /// Which suite needs it and for what, for the message.
    pub why: &'static str,
}

/// Firefox enforces Trusted Types (`require-trusted-types-for 'script'`) from
/// Firefox 148 (February 2026) on, which the smoke suite's strict-CSP case
/// checks; 140 ESR ignores the directive. The first ESR with it is 153.
pub const FIREFOX_ESR: Minimum = Minimum {
    what: "Firefox ESR",
    packages: &["firefox-esr"],
    version: "148",
    why: "the Firefox smoke suite checks that Trusted Types (require-trusted-types-for \
          'script') are enforced, which Firefox does from 148 on (the first ESR with it is 153)",
};

/// WebKit enabled Trusted Types in its stable builds in 2025, shipped in
/// Safari 26 and WebKitGTK 2.50 (September 2025); the smoke suite's
/// strict-CSP case runs in WebKitGTK too.
pub const WEBKITGTK: Minimum = Minimum {
    what: "WebKitGTK",
    packages: &["libwebkit2gtk-4.1-0", "webkit2gtk-driver"],
    version: "2.50",
    why: "the WebKit smoke suite checks that Trusted Types (require-trusted-types-for \
          'script') are enforced, which WebKitGTK does from 2.50 on",
};

/// Chromium parses declarative shadow roots written `shadowrootmode` (what
/// the prerendered fragments carry) from 111 on; the end-to-end tests load
/// those fragments into pages.
pub const CHROMIUM: Minimum = Minimum {
    what: "Chromium",
    packages: &["chromium", "chromium-driver"],
    version: "111",
    why: "the end-to-end tests load the prerendered fragments, whose declarative shadow root \
          (<template shadowrootmode>) Chromium reads from 111 on",
};

/// `node --test --test-concurrency=1` runs the end-to-end tests; the option
/// came with Node 20.10 (and 21). Not upgraded by setup: Debian's own nodejs
/// is older (18), so a newer one comes from elsewhere (NodeSource, nvm).
pub const NODE: Minimum = Minimum {
    what: "Node.js",
    packages: &["nodejs"],
    version: "20.10",
    why: "the end-to-end tests run with `node --test --test-concurrency=1`, which Node has \
          from 20.10 on",
};

/// The numbers of the first dotted version in `text`: `Mozilla Firefox
/// 153.8.0esr` → `[153, 8, 0]`, `2.50.6-1~deb12u2` → `[2, 50, 6]`, `v20.20.2`
/// → `[20, 20, 2]`, a Debian epoch (`2:21.1.7-3`) skipped. `None` when `text` has no number.
pub fn parse(text: &str) -> Option<Vec<u32>> {
    let token = text.split_whitespace().find_map(|word| {
        let word = word.split_once(':').map_or(word, |(epoch, rest)| {
            if epoch.chars().all(|c| c.is_ascii_digit()) {
                rest
            } else {
                word
            }
        });
        // Node's `v20.20.2`.
        let word = word
            .strip_prefix('v')
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(word);
        word.starts_with(|c: char| c.is_ascii_digit())
            .then_some(word)
    })?;
    let dotted: String = token
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let numbers: Option<Vec<u32>> = dotted
        .split('.')
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().ok())
        .collect();
    numbers.filter(|n| !n.is_empty())
}

/// Whether `found` is `minimum` or newer, part by part (a missing part is 0:
/// `148` = `148.0.0`).
pub fn at_least(found: &[u32], minimum: &[u32]) -> bool {
    let len = found.len().max(minimum.len());
    let part = |v: &[u32], i: usize| v.get(i).copied().unwrap_or(0);
    (0..len)
        .map(|i| part(found, i).cmp(&part(minimum, i)))
        .find(|order| order.is_ne())
        .is_none_or(|order| order.is_gt())
}

/// Whether two version texts name the same major version (`ChromeDriver
/// 156.0.8078.129` and `Chromium 156.0.8078.129 built on Debian`): a driver
/// only starts the browser of its own major version.
pub fn same_major(a: &str, b: &str) -> bool {
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a.first() == b.first(),
        _ => false,
    }
}

/// What setup makes of the version text a browser reported.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// New enough.
    Enough,
    /// Older than the minimum: the version found, as reported.
    TooOld(String),
    /// No version could be read from what it reported.
    Unknown(String),
}

/// Judges the version text `reported` (a browser's `--version`, or Debian's
/// package version) against `minimum`.
pub fn judge(reported: &str, minimum: &Minimum) -> Verdict {
    let needed = parse(minimum.version).expect("a minimum is a dotted version");
    match parse(reported) {
        Some(found) if at_least(&found, &needed) => Verdict::Enough,
        Some(_) => Verdict::TooOld(reported.trim().to_owned()),
        None => Verdict::Unknown(reported.trim().to_owned()),
    }
}

/// What setup does about an installed browser.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Nothing: it is new enough.
    Done,
    /// Upgrade its packages (the version found, for the log), then judge again
    /// with [`after_upgrade`].
    Upgrade(String),
    /// Stop at once, with this message.
    Stop(String),
}

/// The first step for a browser that reported `reported`; `may_upgrade`
/// when setup runs as root and can upgrade packages itself.
pub fn first_step(reported: &str, minimum: &Minimum, may_upgrade: bool) -> Step {
    match judge(reported, minimum) {
        Verdict::Enough => Step::Done,
        Verdict::TooOld(found) if may_upgrade => Step::Upgrade(found),
        Verdict::TooOld(found) => Step::Stop(too_old(minimum, &found, false)),
        Verdict::Unknown(reported) => Step::Stop(format!(
            "cannot tell which {} is installed (it reported \"{reported}\"); {} or newer is \
             needed: {}",
            minimum.what, minimum.version, minimum.why
        )),
    }
}

/// Whether what the browser reports after the upgrade is enough; if not, the
/// message that stops setup.
pub fn after_upgrade(reported: &str, minimum: &Minimum) -> Result<(), String> {
    match judge(reported, minimum) {
        Verdict::Enough => Ok(()),
        Verdict::TooOld(found) | Verdict::Unknown(found) => Err(too_old(minimum, &found, true)),
    }
}

/// The message that stops setup: the version found, the one needed and why,
/// and what to do.
pub fn too_old(minimum: &Minimum, found: &str, after_upgrade: bool) -> String {
    let packages = minimum.packages.join(" ");
    let fix = if after_upgrade {
        format!(
            "apt-get offers no newer {packages} here: add a source that has one (Debian's \
             bookworm-security carries current Firefox ESR and WebKitGTK; chromium too) and run \
             `apt-get update && apt-get install --only-upgrade -y {packages}` as root"
        )
    } else {
        format!("as root run `apt-get update && apt-get install --only-upgrade -y {packages}`")
    };
    format!(
        "{what} is too old: found \"{found}\", {version} or newer is needed: {why}; {fix}",
        what = minimum.what,
        version = minimum.version,
        why = minimum.why,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_what_the_tools_print() {
        assert_eq!(parse("Mozilla Firefox 153.8.0esr"), Some(vec![153, 8, 0]));
        assert_eq!(
            parse("Mozilla Firefox 140.12.0esr\n"),
            Some(vec![140, 12, 0])
        );
        assert_eq!(
            parse("Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)"),
            Some(vec![156, 0, 8078, 129])
        );
        assert_eq!(
            parse("ChromeDriver 156.0.8078.129 (1a2e4e6f-refs/branch-heads/8078@{#2497})"),
            Some(vec![156, 0, 8078, 129])
        );
        assert_eq!(parse("2.50.6-1~deb12u2"), Some(vec![2, 50, 6]));
        assert_eq!(parse("2:21.1.7-3+deb12u13"), Some(vec![21, 1, 7]));
        assert_eq!(parse("148"), Some(vec![148]));
        assert_eq!(parse("v20.20.2\n"), Some(vec![20, 20, 2]));
        assert_eq!(parse("version 7"), Some(vec![7]));
        assert_eq!(parse("Mozilla Firefox"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn versions_compare_part_by_part_as_numbers() {
        assert!(at_least(&[153, 8, 0], &[148]));
        assert!(at_least(&[148], &[148]));
        assert!(at_least(&[148, 0, 0], &[148]));
        assert!(!at_least(&[140, 12, 0], &[148]));
        assert!(!at_least(&[147, 99], &[148]));
        // Numbers, not text: 2.9 is older than 2.50, 2.100 newer.
        assert!(!at_least(&[2, 9], &[2, 50]));
        assert!(at_least(&[2, 100], &[2, 50]));
        assert!(!at_least(&[2, 48, 7], &[2, 50]));
        assert!(at_least(&[2, 50, 6], &[2, 50]));
        assert!(!at_least(&[110, 0, 5481], &[111]));
    }

    #[test]
    fn firefox_esr_140_is_too_old_for_the_smoke_suite_and_153_is_enough() {
        assert_eq!(
            judge("Mozilla Firefox 140.12.0esr", &FIREFOX_ESR),
            Verdict::TooOld("Mozilla Firefox 140.12.0esr".into())
        );
        assert_eq!(
            judge("Mozilla Firefox 153.8.0esr", &FIREFOX_ESR),
            Verdict::Enough
        );
        assert_eq!(
            judge("2.48.7-1", &WEBKITGTK),
            Verdict::TooOld("2.48.7-1".into())
        );
        assert_eq!(judge("2.50.6-1~deb12u2", &WEBKITGTK), Verdict::Enough);
        assert_eq!(
            judge("Chromium 110.0.5481.177", &CHROMIUM),
            Verdict::TooOld("Chromium 110.0.5481.177".into())
        );
        assert_eq!(judge("Chromium 156.0.8078.129", &CHROMIUM), Verdict::Enough);
        assert_eq!(judge("v18.20.4", &NODE), Verdict::TooOld("v18.20.4".into()));
        assert_eq!(judge("v20.9.0", &NODE), Verdict::TooOld("v20.9.0".into()));
        assert_eq!(judge("v20.20.2", &NODE), Verdict::Enough);
        assert_eq!(
            judge("firefox-esr: not found", &FIREFOX_ESR),
            Verdict::Unknown("firefox-esr: not found".into())
        );
    }

    #[test]
    fn a_driver_matches_its_browser_by_major_version() {
        assert!(same_major(
            "ChromeDriver 156.0.8078.129 (1a2e4e6f)",
            "Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)"
        ));
        assert!(!same_major(
            "ChromeDriver 150.0.7871.100",
            "Chromium 156.0.8078.129"
        ));
        assert!(!same_major("", "Chromium 156.0.8078.129"));
    }

    #[test]
    fn an_old_browser_is_upgraded_as_root_and_stops_setup_otherwise() {
        let old = "Mozilla Firefox 140.12.0esr";
        assert_eq!(
            first_step(old, &FIREFOX_ESR, true),
            Step::Upgrade(old.into())
        );
        match first_step(old, &FIREFOX_ESR, false) {
            Step::Stop(message) => assert!(
                message.contains("found \"Mozilla Firefox 140.12.0esr\", 148 or newer"),
                "{message}"
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            first_step("Mozilla Firefox 153.8.0esr", &FIREFOX_ESR, false),
            Step::Done
        );
        match first_step("", &FIREFOX_ESR, true) {
            Step::Stop(message) => assert!(
                message.contains("cannot tell which Firefox ESR"),
                "{message}"
            ),
            other => panic!("{other:?}"),
        }
        // Still 140 after the upgrade (a machine with bookworm but not bookworm-security).
        let stopped = after_upgrade(old, &FIREFOX_ESR).unwrap_err();
        assert!(stopped.contains("148 or newer"), "{stopped}");
        assert!(stopped.contains("offers no newer firefox-esr"), "{stopped}");
        assert_eq!(
            after_upgrade("Mozilla Firefox 153.8.0esr", &FIREFOX_ESR),
            Ok(())
        );
    }

    #[test]
    fn the_stop_message_names_the_version_found_the_one_needed_and_the_fix() {
        let message = too_old(&FIREFOX_ESR, "Mozilla Firefox 140.12.0esr", false);
        assert!(
            message.starts_with(
                "Firefox ESR is too old: found \"Mozilla Firefox 140.12.0esr\", 148 or newer is \
                 needed"
            ),
            "{message}"
        );
        assert!(message.contains("Trusted Types"), "{message}");
        assert!(
            message.contains("apt-get install --only-upgrade -y firefox-esr"),
            "{message}"
        );
        let message = too_old(&WEBKITGTK, "2.48.7-1", true);
        assert!(
            message.contains("offers no newer libwebkit2gtk-4.1-0 webkit2gtk-driver"),
            "{message}"
        );
    }
}
