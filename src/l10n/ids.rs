//! Every Fluent message id the Rust code uses, in one place.
//!
//! Components refer to these constants instead of string literals, so the
//! translation checker can compare the code's needs with the `.ftl` files.

/// Headline of the whole notice; names the region landmark.
pub const TITLE: &str = "notice-title";
/// Short delay summary in the banner variant.
pub const SUMMARY: &str = "notice-summary";
/// Delay: the attack on the IT provider.
pub const DELAY_CAUSE: &str = "notice-delay-cause";
/// Delay: disruptions fixed, backlog being worked off.
pub const DELAY_BACKLOG: &str = "notice-delay-backlog";
/// Delay: weeks to go, thanks for patience.
pub const DELAY_THANKS: &str = "notice-delay-thanks";
/// Priority section heading.
pub const PRIORITY_TITLE: &str = "notice-priority-title";
/// Priority: urgent care and payouts first.
pub const PRIORITY_FIRST: &str = "notice-priority-first";
/// Priority: everything else as fast as possible.
pub const PRIORITY_REST: &str = "notice-priority-rest";
/// Fraud section heading.
pub const FRAUD_TITLE: &str = "notice-fraud-title";
/// Fraud: criminals exploit the situation.
pub const FRAUD_INTRO: &str = "notice-fraud-intro";
/// Fraud: the insurer never asks for data by mail, phone or SMS.
pub const FRAUD_RULE: &str = "notice-fraud-rule";
/// Data safety heading.
pub const DATA_TITLE: &str = "notice-data-title";
/// Data safety: no data left the systems.
pub const DATA_ANALYSIS: &str = "notice-data-analysis";
/// Data safety: who investigates.
pub const DATA_INVESTIGATION: &str = "notice-data-investigation";
/// What happened heading.
pub const WHAT_TITLE: &str = "notice-what-title";
/// What happened: systems taken off the net.
pub const WHAT_SHUTDOWN: &str = "notice-what-shutdown";
/// What happened: restart with security experts.
pub const WHAT_RESTART: &str = "notice-what-restart";
/// Text of the "more information" link.
pub const MORE_INFO: &str = "notice-more-info";
/// Label of the banner's disclosure button.
pub const DETAILS_TOGGLE: &str = "notice-details-toggle";
/// Label of the button that collapses the notice.
pub const DISMISS: &str = "notice-dismiss";
/// The one-line reminder while collapsed.
pub const COLLAPSED: &str = "notice-collapsed";
/// Label of the button that opens the notice again.
pub const RESTORE: &str = "notice-restore";
/// What a screen reader says (politely) after the member collapsed the notice.
pub const STATUS_COLLAPSED: &str = "notice-status-collapsed";
/// What a screen reader says (politely) after the member opened it again.
pub const STATUS_RESTORED: &str = "notice-status-restored";
/// Text of the link to the notice in German Sign Language (DGS), shown when
/// the config names one (`links.sign_language`).
pub const SIGN_LANGUAGE: &str = "notice-sign-language";
/// Label of the button that switches between the two German versions: in
/// `de` it leads to Leichte Sprache, in `de-x-ls` back to standard German.
/// Only the German versions have it ([`GERMAN_ONLY`]).
pub const LANGUAGE_SWITCH: &str = "notice-language-switch";
/// What a screen reader says (politely) right after that switch, in the
/// version switched to. Only the German versions have it.
pub const STATUS_LANGUAGE: &str = "notice-status-language";

/// All message ids the widget renders.
pub const ALL: &[&str] = &[
    TITLE,
    SUMMARY,
    DELAY_CAUSE,
    DELAY_BACKLOG,
    DELAY_THANKS,
    PRIORITY_TITLE,
    PRIORITY_FIRST,
    PRIORITY_REST,
    FRAUD_TITLE,
    FRAUD_INTRO,
    FRAUD_RULE,
    DATA_TITLE,
    DATA_ANALYSIS,
    DATA_INVESTIGATION,
    WHAT_TITLE,
    WHAT_SHUTDOWN,
    WHAT_RESTART,
    MORE_INFO,
    DETAILS_TOGGLE,
    DISMISS,
    COLLAPSED,
    RESTORE,
    STATUS_COLLAPSED,
    STATUS_RESTORED,
    SIGN_LANGUAGE,
];

/// Messages only the German versions (the source, `de`, and its Leichte
/// Sprache version, [`crate::l10n::EASY_READ`]) have and show: the switch
/// between the two. Every other locale's notice has no such control, so its
/// translators never see these ids; the checker requires them in the German
/// versions only.
pub const GERMAN_ONLY: &[&str] = &[LANGUAGE_SWITCH, STATUS_LANGUAGE];

/// Terms the widget and the remote config rely on.
pub const TERMS: &[&str] = &["brand-name", "it-provider"];

/// Messages that always use the release's own terms, whatever a remote
/// config sets: the fraud warning. A config that could rename the brand
/// inside "{ -brand-name } never asks for your data" could turn the warning
/// into the fraud it warns about.
pub const FIXED_TERMS: &[&str] = &[FRAUD_TITLE, FRAUD_INTRO, FRAUD_RULE];

/// Messages a translation fetched from `ftl-base` never changes: they come
/// from the release's own text ([`crate::l10n::Localizer::keep_fraud_warning_from`]).
/// The fraud warning ([`FIXED_TERMS`]), and the German versions' switch
/// ([`GERMAN_ONLY`]), which lives in their `german-only.ftl`, a file
/// `ftl-base` does not serve. One list, not two: the wasm checks it with one
/// loop.
pub const FROM_RELEASE: &[&str] = &[
    FRAUD_TITLE,
    FRAUD_INTRO,
    FRAUD_RULE,
    LANGUAGE_SWITCH,
    STATUS_LANGUAGE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_release_is_the_fraud_warning_and_the_german_only_messages() {
        let mut expected: Vec<&str> = FIXED_TERMS.iter().chain(GERMAN_ONLY).copied().collect();
        let mut listed = FROM_RELEASE.to_vec();
        expected.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, expected);
    }
}
