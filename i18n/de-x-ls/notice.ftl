### Hinweis für Versicherte in Leichter Sprache: Verzögerungen nach dem
### Cyber-Angriff auf den IT-Dienstleister.
###
### Language: Leichte Sprache (easy-read German). Tag `de-x-ls`: German with a
### BCP 47 private-use subtag; screen readers speak it as German (`de`).
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md). Same message ids and terms as
### de/notice.ftl; the German-only switch messages are in german-only.ftl.
### Members reach this version with the "Leichte Sprache" button of the German
### notice, or a page asks for it with `data-lang="de-x-ls"`; browser language
### negotiation never picks it.
###
### Rules (DIN SPEC 33429:2023, Netzwerk Leichte Sprache), in short:
### - One statement per sentence, at most 15 words (a `{ -brand-name }`
###   counts as one word). Active voice. Address the member with "Sie".
### - Every sentence on its own line: write a message with more than one
###   sentence as a multiline pattern, one sentence per indented line. The
###   widget shows each line as its own line (CSS `white-space: pre-line`).
###   Never put two sentences on one line; never break a sentence across lines.
### - No abbreviations (no "z. B.", "LKA", "IT"). "SMS" and "E-Mail" are fine.
### - Say who "wir" is (the insurer) before using it: in notice-summary
###   (banner) and notice-delay-cause (full notice).
### - Explain hard or foreign words where a member may meet them first: in
###   notice-summary (banner) and notice-delay-cause (full notice) for
###   Cyber-Angriff, the IT provider and Anliegen; Kranken·geld, Pflege·geld,
###   Daten, Pass·wort, Link and Zugangs·daten where they appear.
### - Avoid the genitive (use "von"), negation where the content allows,
###   idioms and metaphors, gender pairs and gender stars. One word for one
###   thing (Anliegen, Hinweis, klein / groß machen).
### - Split long or hard compound words with a Mediopunkt `·` (U+00B7):
###   Kranken·kasse, Mit·arbeiter. No word over 15 letters without `·` or `-`.
### - No semicolons. Numbers as digits, never as words.
### - Faithful: add nothing the insurer did not say, leave out nothing that
###   matters. The fraud rule must stay complete and unmistakable.
###
### Tone: calm, factual, reassuring. No exclamation marks beyond the one in
### the fraud heading. Plain text only: never add HTML tags or markdown.
###
### Phases (config `phase`): as in de/notice.ftl, the two groups at the end,
### "Phase disruption" and "Phase resolved", hold what those phases show
### instead of some messages above. Their German is new text, not on the
### insurer's page (NEW TEXT): it needs the approval of the insurer's
### communications team, and this version follows it.

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Wir brauchen länger für Ihre Anliegen
# Summary shown in the compact banner instead of the full delay text. It is the
# first text a member reads in the banner: say who "wir" is, and explain
# Cyber-Angriff and what the provider is here.
notice-summary =
    Wir sind die Kranken·kasse { -brand-name }.
    Wir arbeiten mit der Firma { -it-provider } zusammen.
    { -it-provider } ist eine Firma für Computer und Technik.
    Verbrecher haben die Computer von { -it-provider } über das Internet angegriffen.
    So ein Angriff heißt: Cyber-Angriff.
    Darum brauchen wir gerade länger für Ihre Anliegen.
    Die Technik bei der { -brand-name } funktioniert wieder.
    Aber viele Anliegen warten noch.
    Wir bearbeiten diese Anliegen jetzt mit aller Kraft.

## Section "delay": why requests take longer. The full notice starts here:
## say who "wir" is, explain Cyber-Angriff and the provider again, and Anliegen.

notice-delay-cause =
    Wir sind die Kranken·kasse { -brand-name }.
    Wir arbeiten mit der Firma { -it-provider } zusammen.
    { -it-provider } ist eine Firma für Computer und Technik.
    Viele andere Kranken·kassen arbeiten auch mit { -it-provider } zusammen.
    Verbrecher haben die Computer von { -it-provider } über das Internet angegriffen.
    So ein Angriff heißt: Cyber-Angriff.
    Anliegen sind zum Beispiel Fragen oder Anträge.
notice-delay-backlog =
    Durch den Angriff gab es Störungen bei unserer Technik.
    Jetzt funktioniert die Technik bei der { -brand-name } wieder.
    Aber durch die Störungen warten jetzt viele Anliegen von Kunden.
    Unsere Mit·arbeiter bearbeiten diese Anliegen mit aller Kraft.
    Dabei bearbeiten sie möglichst die wichtigsten Anliegen zuerst.
notice-delay-thanks =
    Wir brauchen leider noch einige Wochen für alle diese Anliegen.
    Wir danken Ihnen für Ihre Geduld und Ihr Verständnis.

## Section "priority": what is handled first. Keep the German benefit names
## Kranken·geld and Pflege·geld, and explain them.

notice-priority-title = Das bearbeiten wir zuerst
notice-priority-first =
    Am wichtigsten ist für uns: Sie bekommen dringende medizinische Hilfe.
    Genauso wichtig ist Geld, das Sie zum Leben brauchen.
    Manchmal bekommen Sie von uns Geld statt Lohn.
    Dieses Geld zahlen wir zuerst aus.
    Ein Beispiel dafür ist das Kranken·geld.
    Kranken·geld bekommen Sie, wenn Sie wegen Krankheit lange nicht arbeiten können.
    Wir zahlen auch das Pflege·geld zuerst aus.
    Pflege·geld bekommen Sie, wenn Sie zu Hause Pflege brauchen.
notice-priority-rest = Gleichzeitig bearbeiten unsere Mit·arbeiter auch alle anderen Anliegen so schnell wie möglich.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key part: keep
## every channel (E-Mail, Telefon, SMS) and the link in its own full sentence.
## The rule is also the collapsed reminder: complete, and no longer than needed.
## The link sentence ties the link to the request ("damit Sie … eingeben"), as
## the German does: never a claim about every link or every login page.

notice-fraud-title = Vorsicht vor Betrügern!
notice-fraud-intro =
    Der Cyber-Angriff war ein Verbrechen.
    Viele Verbrecher versuchen auch, einzelne Menschen zu betrügen.
    Im Moment kennen wir keinen solchen Fall.
    Bitte denken Sie trotzdem immer daran:
notice-fraud-rule =
    Die { -brand-name } fragt Sie niemals per E-Mail nach persönlichen Daten oder Pass·wörtern.
    Die { -brand-name } fragt Sie niemals am Telefon nach persönlichen Daten oder Pass·wörtern.
    Die { -brand-name } fragt Sie niemals per SMS nach persönlichen Daten oder Pass·wörtern.
    Persönliche Daten sind Informationen über Sie.
    Ein Pass·wort ist ein geheimes Wort.
    Die { -brand-name } schickt Ihnen auch niemals einen Link, damit Sie Ihre Zugangs·daten eingeben.
    Ein Link führt zu einer Internet·seite.
    Mit Zugangs·daten melden Sie sich auf einer Internet·seite an.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Daten sind sicher
notice-data-analysis =
    Daten sind Informationen in Computern.
    Fach·leute untersuchen den Angriff sehr genau.
    Das wissen wir bis jetzt: Niemand hat Daten von Kunden oder Versicherten gestohlen.
    Auch bei anderen Daten wissen wir bis jetzt: Niemand hat sie gestohlen.
notice-data-investigation =
    Fach·leute für Sicherheit untersuchen den Angriff.
    Fach·leute vom Landes·kriminal·amt und von der Polizei untersuchen den Angriff auch.
    Das Landes·kriminal·amt gehört zur Polizei.
    Alle sprechen sich dabei mit dem Bundes·ministerium für Gesundheit ab.
    Das Bundes·ministerium für Gesundheit gehört zur Regierung von Deutschland.
    Alle sprechen sich auch mit anderen Ämtern für ganz Deutschland ab.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Was ist genau passiert?
notice-what-shutdown =
    Ende April haben Früh·warn·systeme bei { -it-provider } einen Cyber-Angriff gemeldet.
    Früh·warn·systeme erkennen Gefahren sehr früh.
    Dann hat { -it-provider } seine Computer sofort vom Internet getrennt.
    So wollte { -it-provider } Daten·diebstahl und weitere Schäden rechtzeitig verhindern.
notice-what-restart =
    Bei { -it-provider } soll alles wieder normal laufen.
    Dabei beraten Fach·leute für Sicherheit die Firma { -it-provider }.
    Manche von diesen Fach·leuten arbeiten bei { -it-provider }.
    Andere Fach·leute arbeiten woanders.
    Auch dabei ist Sicherheit wichtiger als Schnelligkeit.
    Darum hat { -it-provider } jeden Schritt beim Neu·start von den Computern auf Gefahren geprüft.
    { -it-provider } hat jeden Schritt auch gegen diese Gefahren geschützt.
# Text of the link to the insurer's page with more information.
notice-more-info = Mehr Informationen

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Mehr zum Thema
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Hinweis klein machen
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Wir brauchen gerade länger für Ihre Anliegen.
# Button on the reminder that opens the full notice again.
notice-restore = Hinweis wieder groß machen
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Der Hinweis ist jetzt klein.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Der ganze Hinweis ist jetzt wieder da.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video (in German Sign Language). No "DGS" here:
# Leichte Sprache avoids abbreviations.
notice-sign-language = Video in Gebärden·sprache

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
notice-title-disruption = Wir können Ihre Anliegen gerade nur zum Teil bearbeiten
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
# It is the first text a member reads in the banner: say who "wir" is, and
# explain Cyber-Angriff and what the provider is (as in notice-summary).
notice-summary-disruption =
    Wir sind die Kranken·kasse { -brand-name }.
    Wir arbeiten mit der Firma { -it-provider } zusammen.
    { -it-provider } ist eine Firma für Computer und Technik.
    Verbrecher haben die Computer von { -it-provider } über das Internet angegriffen.
    So ein Angriff heißt: Cyber-Angriff.
    Danach hat { -it-provider } seine Computer vom Internet getrennt.
    Darum können wir Ihre Anliegen gerade nur zum Teil bearbeiten.
    Am wichtigsten ist für uns: Sie bekommen dringende medizinische Hilfe.
    Genauso wichtig ist Geld, das Sie zum Leben brauchen.
    Das bearbeiten wir zuerst.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state =
    Nach dem Cyber-Angriff hat { -it-provider } seine Computer vom Internet getrennt.
    Durch den Angriff gibt es auch bei der { -brand-name } Störungen in der Technik.
    Darum können wir Ihre Anliegen gerade nur zum Teil bearbeiten.
    Wir bearbeiten die wichtigsten Anliegen zuerst.

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
# One statement, the reason the notice stays; notice-resolved-done and the
# summary say that the waiting requests are done.
notice-title-resolved = Bitte passen Sie weiter auf Betrüger auf
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
# It is the first text a member reads in the banner: say who "wir" is, and
# explain Cyber-Angriff and what the provider is (as in notice-summary).
notice-summary-resolved =
    Wir sind die Kranken·kasse { -brand-name }.
    Wir arbeiten mit der Firma { -it-provider } zusammen.
    { -it-provider } ist eine Firma für Computer und Technik.
    Verbrecher haben die Computer von { -it-provider } über das Internet angegriffen.
    So ein Angriff heißt: Cyber-Angriff.
    Danach mussten viele Anliegen bei uns warten.
    Jetzt haben wir alle diese Anliegen bearbeitet.
    Wir danken Ihnen für Ihre Geduld und Ihr Verständnis.
    Bitte denken Sie weiter an die Warnung vor Betrügern.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done =
    Durch den Angriff gab es bei der { -brand-name } Störungen in der Technik.
    Darum mussten viele Anliegen warten.
    Jetzt haben wir alle diese Anliegen bearbeitet.
    Ab jetzt bearbeiten wir Ihre Anliegen wieder ganz normal.
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
notice-collapsed-resolved = Bitte passen Sie weiter auf Betrüger auf.
