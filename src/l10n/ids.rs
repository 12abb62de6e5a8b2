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
/// Headline in phase `disruption` (instead of [`TITLE`]): requests are
/// handled only in part for now.
pub const TITLE_DISRUPTION: &str = "notice-title-disruption";
/// Banner summary in phase `disruption` (instead of [`SUMMARY`]): systems off
/// the network after the attack, requests handled in part, urgent care and
/// payouts people live on first.
pub const SUMMARY_DISRUPTION: &str = "notice-summary-disruption";
/// Delay section in phase `disruption`, after [`DELAY_CAUSE`] (instead of
/// [`DELAY_BACKLOG`] and [`DELAY_THANKS`]): systems off the network,
/// requests handled in part, the most important first.
pub const DISRUPTION_STATE: &str = "notice-disruption-state";
/// Headline in phase `resolved` (instead of [`TITLE`]): backlog worked off,
/// the warning about cybercriminals still holds.
pub const TITLE_RESOLVED: &str = "notice-title-resolved";
/// Banner summary in phase `resolved` (instead of [`SUMMARY`]): backlog
/// worked off, thanks, keep the fraud warning in mind.
pub const SUMMARY_RESOLVED: &str = "notice-summary-resolved";
/// Delay section in phase `resolved`, after [`DELAY_CAUSE`] (instead of
/// [`DELAY_BACKLOG`]): backlog worked off, requests handled as usual again.
pub const RESOLVED_DONE: &str = "notice-resolved-done";
/// Delay section in phase `resolved`, after [`RESOLVED_DONE`] (instead of
/// [`DELAY_THANKS`]): thanks for patience and understanding.
pub const RESOLVED_THANKS: &str = "notice-resolved-thanks";
/// The one-line reminder while collapsed, in phase `resolved` (instead of
/// [`COLLAPSED`], which speaks of delays): the fraud warning still holds.
/// Not part of the fraud warning itself ([`FROM_RELEASE`]): the fraud rule
/// shown below it is.
pub const COLLAPSED_RESOLVED: &str = "notice-collapsed-resolved";
/// Label of the button that switches between the two German versions: in
/// `de` it leads to Leichte Sprache, in `de-x-ls` back to standard German.
/// Only the German versions have it ([`GERMAN_ONLY`]).
pub const LANGUAGE_SWITCH: &str = "notice-language-switch";
/// What a screen reader says (politely) right after that switch, in the
/// version switched to. Only the German versions have it.
pub const STATUS_LANGUAGE: &str = "notice-status-language";

/// All message ids the widget renders, each in the phases that show it (the
/// German-only ones are in [`GERMAN_ONLY`]). Every shipped locale must have
/// them, and a translation published without a release must too
/// (`remote::check_translation`). The phase texts follow the messages of
/// phase `backlog`, as in the files.
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
    TITLE_DISRUPTION,
    SUMMARY_DISRUPTION,
    DISRUPTION_STATE,
    TITLE_RESOLVED,
    SUMMARY_RESOLVED,
    RESOLVED_DONE,
    RESOLVED_THANKS,
    COLLAPSED_RESOLVED,
];

/// The messages of phase `disruption` that stand in for phase `backlog`'s.
pub const DISRUPTION: &[&str] = &[TITLE_DISRUPTION, SUMMARY_DISRUPTION, DISRUPTION_STATE];

/// The messages of phase `resolved` that stand in for phase `backlog`'s.
pub const RESOLVED: &[&str] = &[
    TITLE_RESOLVED,
    SUMMARY_RESOLVED,
    RESOLVED_DONE,
    RESOLVED_THANKS,
    COLLAPSED_RESOLVED,
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

    #[test]
    fn the_phase_texts_are_messages_of_every_locale_but_not_the_fraud_warning() {
        for id in DISRUPTION.iter().chain(RESOLVED) {
            assert!(ALL.contains(id), "{id} is not in ALL");
            assert!(!FROM_RELEASE.contains(id), "{id} is not fraud text");
        }
    }
}
