//! The incident's phases, and what the notice says in each: which messages
//! stand in for phase `backlog`'s and which sections show. The components
//! render from [`Content`]; nothing else decides it.
//!
//! Pure. The config says which phase is in effect when
//! ([`crate::config::NoticeConfig::phase_at`]).

use crate::l10n::ids;

/// Where the incident stands, as the config's `phase` names it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Phase {
    /// The IT provider's systems are off the network: requests are handled
    /// only in part for now.
    Disruption,
    /// The disruptions are fixed and the backlog is being worked off: the
    /// insurer's page as it is, and the built-in content.
    #[default]
    Backlog,
    /// The backlog is worked off; the fraud warning stays.
    Resolved,
}

/// A section of the notice, by its `data-section` hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// What is handled first (`priority`).
    Priority,
    /// The fraud warning (`fraud`): in every phase, always in view.
    Fraud,
    /// No member data left the systems; who investigates (`data-safety`).
    DataSafety,
    /// Background on the attack, with the "more information" link
    /// (`what-happened`).
    WhatHappened,
}

/// What the notice shows in one phase, as message ids and sections. The
/// delay section (`data-section="delay"`) opens every phase: in the full
/// variant the attack on the IT provider ([`ids::DELAY_CAUSE`]), where the
/// phase stands, and its thanks; in the banner the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Content {
    /// The headline, which names the notice.
    pub title: &'static str,
    /// The banner's short summary (the delay section of the banner).
    pub summary: &'static str,
    /// Where the phase stands, after the cause, in the full variant.
    pub state: &'static str,
    /// The thanks that close the delay section, where the phase has them.
    pub thanks: Option<&'static str>,
    /// The one-line reminder while the member has collapsed the notice (the
    /// fraud rule always follows it).
    pub collapsed: &'static str,
    /// The sections after the delay section, in the page's order
    /// ([`Section::ORDER`]). The banner shows the fraud warning beside its
    /// summary and the others behind its disclosure.
    pub sections: &'static [Section],
}

impl Section {
    /// The sections in the order of the insurer's page: every phase shows
    /// its own in this order.
    pub const ORDER: [Section; 4] = [
        Section::Priority,
        Section::Fraud,
        Section::DataSafety,
        Section::WhatHappened,
    ];
}

impl Content {
    /// The delay section's paragraphs in the full variant.
    pub fn delay(&self) -> Vec<&'static str> {
        let mut delay = vec![ids::DELAY_CAUSE, self.state];
        delay.extend(self.thanks);
        delay
    }

    /// Whether the phase shows `section`.
    pub fn shows(&self, section: Section) -> bool {
        self.sections.contains(&section)
    }

    /// The sections the banner keeps behind its disclosure: all but the
    /// fraud warning, which it shows beside the summary.
    pub fn details(&self) -> impl Iterator<Item = Section> + '_ {
        self.sections
            .iter()
            .copied()
            .filter(|&s| s != Section::Fraud)
    }

    /// Every message id this content shows in either variant (headings and
    /// controls of the sections aside): for tests and the checker.
    pub fn messages(&self) -> Vec<&'static str> {
        let mut all = vec![self.title, self.summary, self.collapsed];
        all.extend(self.delay());
        all
    }
}

/// Phase `disruption`: its own headline, summary and state replace the
/// delay text; what is handled first, the fraud warning and what happened
/// stay. Nothing about data: that is not known yet at this stage.
const DISRUPTION: Content = Content {
    title: ids::TITLE_DISRUPTION,
    summary: ids::SUMMARY_DISRUPTION,
    state: ids::DISRUPTION_STATE,
    thanks: None,
    collapsed: ids::COLLAPSED,
    sections: &[Section::Priority, Section::Fraud, Section::WhatHappened],
};

/// Phase `backlog`: the insurer's page as it is.
const BACKLOG: Content = Content {
    title: ids::TITLE,
    summary: ids::SUMMARY,
    state: ids::DELAY_BACKLOG,
    thanks: Some(ids::DELAY_THANKS),
    collapsed: ids::COLLAPSED,
    sections: &[
        Section::Priority,
        Section::Fraud,
        Section::DataSafety,
        Section::WhatHappened,
    ],
};

/// Phase `resolved`: the backlog is worked off, thanks; the fraud warning in
/// full, and data safety among the details. What is handled first no longer
/// applies; what happened stays, as background with the operators' "more
/// information" link.
const RESOLVED: Content = Content {
    title: ids::TITLE_RESOLVED,
    summary: ids::SUMMARY_RESOLVED,
    state: ids::RESOLVED_DONE,
    thanks: Some(ids::RESOLVED_THANKS),
    collapsed: ids::COLLAPSED_RESOLVED,
    sections: &[Section::Fraud, Section::DataSafety, Section::WhatHappened],
};

impl Phase {
    /// Every phase, in the incident's order.
    pub const ALL: [Phase; 3] = [Phase::Disruption, Phase::Backlog, Phase::Resolved];

    /// The name in the config, events and bridge messages (`resolved`).
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Disruption => "disruption",
            Phase::Backlog => "backlog",
            Phase::Resolved => "resolved",
        }
    }

    /// The phase the config's `phase` names, if any.
    pub fn parse(name: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// What the notice shows in this phase.
    pub fn content(self) -> &'static Content {
        match self {
            Phase::Disruption => &DISRUPTION,
            Phase::Backlog => &BACKLOG,
            Phase::Resolved => &RESOLVED,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_backlog_is_the_default() {
        for phase in Phase::ALL {
            assert_eq!(Phase::parse(phase.as_str()), Some(phase));
        }
        assert_eq!(Phase::default(), Phase::Backlog);
        assert_eq!(Phase::parse("Resolved"), None, "names are exact");
        assert_eq!(Phase::parse(""), None);
    }

    /// Phase `backlog` is the notice as it was before phases existed.
    #[test]
    fn backlog_is_the_insurers_page() {
        let content = Phase::Backlog.content();
        assert_eq!(content.title, ids::TITLE);
        assert_eq!(content.summary, ids::SUMMARY);
        assert_eq!(
            content.delay(),
            [ids::DELAY_CAUSE, ids::DELAY_BACKLOG, ids::DELAY_THANKS]
        );
        assert_eq!(content.collapsed, ids::COLLAPSED);
        assert_eq!(
            content.details().collect::<Vec<_>>(),
            [
                Section::Priority,
                Section::DataSafety,
                Section::WhatHappened
            ]
        );
    }

    /// The fraud warning outlives the delay notice: every phase shows it.
    #[test]
    fn every_phase_shows_the_fraud_warning() {
        for phase in Phase::ALL {
            let content = phase.content();
            assert!(content.sections.contains(&Section::Fraud), "{phase:?}");
            assert!(content.details().all(|s| s != Section::Fraud));
        }
    }

    /// Each phase shows its own messages and no other phase's, and every
    /// message it shows is one every locale has.
    #[test]
    fn each_phase_shows_its_own_messages() {
        let own = |phase: Phase| match phase {
            Phase::Disruption => ids::DISRUPTION,
            Phase::Backlog => &[],
            Phase::Resolved => ids::RESOLVED,
        };
        for phase in Phase::ALL {
            let shown = phase.content().messages();
            for id in &shown {
                assert!(ids::ALL.contains(id), "{phase:?}: {id} is not in ids::ALL");
            }
            for id in own(phase) {
                assert!(shown.contains(id), "{phase:?} does not show {id}");
            }
            for other in Phase::ALL.into_iter().filter(|&p| p != phase) {
                for id in own(other) {
                    assert!(!shown.contains(id), "{phase:?} shows {other:?}'s {id}");
                }
            }
        }
        // The delay text of phase backlog ("the disruptions are fixed",
        // "some weeks yet") is no other phase's.
        for phase in [Phase::Disruption, Phase::Resolved] {
            let shown = phase.content().messages();
            for id in [
                ids::TITLE,
                ids::SUMMARY,
                ids::DELAY_BACKLOG,
                ids::DELAY_THANKS,
            ] {
                assert!(!shown.contains(&id), "{phase:?} shows {id}");
            }
        }
    }

    /// What the translators were told each phase shows (the comments of
    /// the groups "Phase disruption" and "Phase resolved" in
    /// i18n/de/notice.ftl).
    #[test]
    fn the_sections_follow_the_translators_comments() {
        assert_eq!(
            Phase::Disruption.content().sections,
            [Section::Priority, Section::Fraud, Section::WhatHappened],
            "disruption: nothing about data"
        );
        let resolved = Phase::Resolved.content();
        assert!(resolved.details().any(|s| s == Section::DataSafety));
        assert!(!resolved.sections.contains(&Section::Priority));
        assert_eq!(resolved.collapsed, ids::COLLAPSED_RESOLVED);
        for phase in Phase::ALL {
            assert_eq!(phase.content().delay()[0], ids::DELAY_CAUSE, "{phase:?}");
        }
    }

    /// The components render the sections in [`Section::ORDER`], asking
    /// each phase whether it shows one: so each phase's list is in that
    /// order.
    #[test]
    fn each_phase_lists_its_sections_in_the_pages_order() {
        for phase in Phase::ALL {
            let listed = phase.content().sections;
            let ordered: Vec<Section> = Section::ORDER
                .into_iter()
                .filter(|s| listed.contains(s))
                .collect();
            assert_eq!(listed, ordered, "{phase:?}");
        }
    }
}
