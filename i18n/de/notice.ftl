### Hinweis für Versicherte: Verzögerungen nach der Cyberattacke auf den IT-Dienstleister.
###
### This is the source locale. Its wording follows the insurer's original page
### (in i18n/SOURCE.md); every other locale translates from this file.
###
### Tone: calm, factual, reassuring. Members may be worried; no exclamation marks
### beyond the one in the original fraud heading, no invented urgency.
### The widget renders every message as plain text: never add HTML tags.
###
### Phases (config `phase`). The messages above the two groups at the end
### are the notice of phase `backlog`, the default: the insurer's page in the
### page's order, then the controls. The groups "Phase disruption" and "Phase
### resolved" hold what the other two phases show instead of some of those
### messages; each comment names the message it stands in for. They come
### last rather than next to those messages so that the page's text stays
### whole and in its order, and so that the new text, which is not on the
### page, stands apart: every message there is marked NEW TEXT, and the
### insurer's communications team must approve it before release.

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Verzögerungen bei Ihren Anliegen
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = Nach einer Cyberattacke auf unseren IT-Dienstleister { -it-provider } dauert die Bearbeitung von Anliegen derzeit länger. Die Störungen bei der { -brand-name } sind behoben, die Rückstände bauen wir mit Hochdruck ab.

## Section "delay": why requests take longer.

notice-delay-cause = Der IT-Dienstleister { -it-provider }, mit dem die { -brand-name } und viele andere Krankenkassen zusammenarbeiten, war Ziel einer Cyberattacke.
notice-delay-backlog = Die dadurch entstandenen technischen Störungen bei der { -brand-name } sind vollständig behoben. Sie haben jedoch zu Rückständen bei der Bearbeitung vieler Kundenanliegen geführt, die derzeit von den { -brand-name }-Mitarbeitenden mit Hochdruck abgebaut werden. Dabei wird so weit wie möglich auf eine vorrangige Bearbeitung der wichtigsten Anliegen geachtet.
notice-delay-thanks = Die vollständige Abarbeitung der Rückstände wird leider noch einige Wochen in Anspruch nehmen. Wir danken Ihnen für Ihre Geduld und Ihr Verständnis.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Bearbeitung von Anliegen mit höchster Priorität
notice-priority-first = Oberste Priorität bei der Bearbeitung haben die Sicherstellung von medizinisch dringender Versorgung sowie existenzsichernde Themen, wie die Auszahlung von Entgeltersatzleistungen (z. B. Krankengeld) und Pflegegeld.
notice-priority-rest = Gleichzeitig arbeiten unsere Mitarbeiter*innen daran, auch alle anderen Anliegen so schnell wie möglich zu bearbeiten.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Vorsicht vor Cyberkriminellen!
notice-fraud-intro = Nicht nur der Cyberangriff auf deutsche Krankenkassen war kriminell – viele Kriminelle versuchen auch, Bürgerinnen und Bürger direkt zu betrügen. Bitte denken Sie immer daran (auch wenn uns derzeit keine konkreten Vorfälle bekannt sind):
notice-fraud-rule = Die { -brand-name } nimmt niemals per E-Mail, Telefon oder SMS Kontakt zu Ihnen auf, um Sie nach persönlichen Daten oder Passwörtern zu fragen – auch nicht per Weiterleitung auf eine Webseite, auf der Sie dann Ihre Zugangsdaten eingeben sollen.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Daten sind sicher
notice-data-analysis = Nach jetzigem Stand der umfassenden Analysen sind keine Daten von Kunden oder Versicherten abgeflossen. Ebenso wenig gab es nach den derzeitigen Erkenntnissen einen Abfluss von anderen Daten.
notice-data-investigation = Die Aufarbeitung des Vorfalls erfolgt mit Sicherheitsexperten und Spezialisten des LKA und der Polizei sowie in Abstimmung mit dem Bundesministerium für Gesundheit und weiteren Institutionen des Bundes.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Was genau ist geschehen?
notice-what-shutdown = Der IT-Dienstleister { -it-provider } hat seine Systeme Ende April umgehend vom Netz getrennt, nachdem die Frühwarnsysteme einen Cyberangriff gemeldet hatten. Dies erfolgte, um die Gefahr eines Datenabflusses oder weiterer Schäden rechtzeitig und konsequent abzuwehren.
notice-what-restart = Bei der Wiederherstellung des Normalbetriebs wird der IT-Dienstleister { -it-provider } von internen und externen Sicherheitsexperten beraten. Auch hierbei geht Sicherheit vor Schnelligkeit. Daher wurde jede Maßnahme zum Wiederanlaufen der Systeme auf mögliche Risiken hin untersucht und abgesichert.
# Text of the link to the insurer's page with more information.
notice-more-info = Mehr Infos

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Details und Hintergründe
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Hinweis einklappen
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Anliegen werden derzeit verzögert bearbeitet.
# Button on the reminder that opens the full notice again.
notice-restore = Hinweis wieder anzeigen
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Der Hinweis ist eingeklappt.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Der Hinweis wird wieder vollständig angezeigt.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Gebärdensprache (DGS)

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
notice-title-disruption = Einschränkungen bei der Bearbeitung Ihrer Anliegen
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = Nach einer Cyberattacke hat unser IT-Dienstleister { -it-provider } seine Systeme vom Netz getrennt. Deshalb kann die { -brand-name } Anliegen derzeit nur eingeschränkt bearbeiten. Vorrang haben medizinisch dringende Versorgung und existenzsichernde Auszahlungen wie Krankengeld und Pflegegeld.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Der IT-Dienstleister { -it-provider } hat seine Systeme nach der Cyberattacke vom Netz getrennt. Der Angriff hat auch bei der { -brand-name } zu technischen Störungen geführt, sodass Anliegen derzeit nur eingeschränkt bearbeitet werden können. Die wichtigsten Anliegen haben dabei Vorrang.

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
notice-title-resolved = Rückstände abgearbeitet – die Warnung vor Cyberkriminellen gilt weiterhin
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Die Rückstände, die nach der Cyberattacke auf unseren IT-Dienstleister { -it-provider } bei der { -brand-name } entstanden waren, sind abgearbeitet. Wir danken Ihnen für Ihre Geduld und Ihr Verständnis. Bitte denken Sie weiterhin an die Warnung vor Cyberkriminellen.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Die Rückstände, die durch die technischen Störungen bei der { -brand-name } entstanden waren, sind abgearbeitet. Anliegen werden wieder wie gewohnt bearbeitet.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Wir danken Ihnen für Ihre Geduld und Ihr Verständnis.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Die Warnung vor Cyberkriminellen gilt weiterhin.
