### Hinweis für Versicherte: Verzögerungen nach der Cyberattacke auf den IT-Dienstleister.
###
### This is the source locale. Its wording follows the insurer's original page
### (in i18n/SOURCE.md); every other locale translates from this file.
###
### Tone: calm, factual, reassuring. Members may be worried; no exclamation marks
### beyond the one in the original fraud heading, no invented urgency.
### The widget renders every message as plain text: never add HTML tags.

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
