### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: English.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md).
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Delays in handling your requests
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = After a cyberattack on our IT service provider { -it-provider }, requests are currently taking longer to process. The disruptions at { -brand-name } have been fixed, and we are working hard to clear the backlog.

## Section "delay": why requests take longer.

notice-delay-cause = The IT service provider { -it-provider }, which { -brand-name } and many other health insurers work with, was the target of a cyberattack.
notice-delay-backlog = The technical disruptions this caused at { -brand-name } have been fully resolved. However, they have led to a backlog in processing many customer requests, which { -brand-name } staff are currently working hard to clear. Wherever possible, the most important requests are being dealt with first.
notice-delay-thanks = Unfortunately, it will take a few more weeks to clear the backlog completely. Thank you for your patience and understanding.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Requests handled with the highest priority
notice-priority-first = Our highest priority is to ensure urgently needed medical care and to deal with matters people depend on for their livelihood, such as paying care allowance (Pflegegeld) and benefits that replace earnings, e.g. sick pay (Krankengeld).
notice-priority-rest = At the same time, our staff are working to handle all other requests as quickly as possible too.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Beware of cybercriminals!
notice-fraud-intro = The cyberattack on German health insurers was not the only crime – many criminals also try to defraud people directly. Please always keep the following in mind (even though we are not currently aware of any specific incidents):
notice-fraud-rule = { -brand-name } will never contact you by e-mail, phone or text message (SMS) to ask for your personal data or passwords – not even by sending you to a website where you are then asked to enter your login details.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Data is safe
notice-data-analysis = According to the comprehensive analyses carried out so far, no data belonging to customers or insured members has been leaked. Based on current findings, no other data has been leaked either.
notice-data-investigation = The incident is being investigated together with security experts and specialists from the State Criminal Police Office (LKA) and the police, in coordination with the Federal Ministry of Health and other federal institutions.

## Section "what-happened": background on the attack and the restart.

notice-what-title = What exactly happened?
notice-what-shutdown = At the end of April, the IT service provider { -it-provider } immediately took its systems offline after its early warning systems had reported a cyberattack. This was done so that the risk of data being leaked or of further damage could be averted promptly and decisively.
notice-what-restart = Internal and external security experts are advising { -it-provider } on restoring normal operations. Here, too, security comes before speed. That is why every step taken to restart the systems was checked for possible risks and safeguarded.
# Text of the link to the insurer's page with more information.
notice-more-info = More info

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Details and background
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Collapse notice
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Requests are currently taking longer to process.
# Button on the reminder that opens the full notice again.
notice-restore = Show notice again
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = The notice is collapsed.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = The notice is shown in full again.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = German Sign Language (DGS)

## Phase disruption (config `phase`: "disruption"): after the attack the IT
## provider has taken its systems off the network, and requests are handled
## only in part for now. These messages stand in for notice-title,
## notice-summary, notice-delay-backlog and notice-delay-thanks; the delay
## section keeps notice-delay-cause, and the sections "priority", "fraud" and
## "what-happened" are reused as they are. Say nothing the insurer's page does
## not: no dates, no durations, nothing about data.

# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# Headline of the whole notice in this phase (instead of notice-title).
# Must convey: requests can be handled only to a limited extent at present.
notice-title-disruption = Restrictions in handling your requests
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = After a cyberattack, our IT service provider { -it-provider } has taken its systems offline. As a result, { -brand-name } can currently handle requests only to a limited extent. Priority goes to urgently needed medical care and to payments people depend on for their livelihood, such as sick pay (Krankengeld) and care allowance (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = After the cyberattack, the IT service provider { -it-provider } took its systems offline. The attack also caused technical disruptions at { -brand-name }, so requests can currently be handled only to a limited extent. The most important requests take priority.

## Phase resolved (config `phase`: "resolved"): the backlog has been worked
## off. The notice stays for the fraud warning, shown in full; the section
## "data-safety" stays among the details. These messages stand in for
## notice-title, notice-summary, notice-delay-backlog, notice-delay-thanks and
## notice-collapsed; the delay section keeps notice-delay-cause. Say nothing
## the insurer's page does not: no dates, no durations, nothing about data.

# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# Headline of the whole notice in this phase (instead of notice-title). Must
# convey both: the backlog has been worked off, and the warning about
# cybercriminals (section "fraud") still holds, which is why the notice is
# still shown. Never claim that fraud attempts are known: the page says none
# are at present.
notice-title-resolved = Backlog cleared – the warning about cybercriminals still applies
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = The backlog that built up at { -brand-name } after the cyberattack on our IT service provider { -it-provider } has been cleared. Thank you for your patience and understanding. Please continue to keep the warning about cybercriminals in mind.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = The backlog caused by the technical disruptions at { -brand-name } has been cleared. Requests are being handled as usual again.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Thank you for your patience and understanding.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = The warning about cybercriminals still applies.
