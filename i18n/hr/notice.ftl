### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Croatian.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md), checked against en/notice.ftl.
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address, capitalised (Vi, Vas, Vam, Vaš); buttons in the formal
### imperative ("Sažmite", "Prikažite"). The untranslated terms stand in
### apposition after a noun that carries the case ("u zdravstvenoj blagajni
### hkk", "tvrtku Bitmarck", "zaposlenici blagajne hkk"), so they never need
### Croatian endings.
### Krankenkasse is rendered as "zdravstvena blagajna".
### Typography: a spaced en dash with a no-break space before it; quotes „ “
### (none needed so far).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Kašnjenja u obradi Vaših zahtjeva
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = Nakon kibernetičkog napada na našeg pružatelja IT usluga, tvrtku { -it-provider }, obrada zahtjeva trenutačno traje dulje. Smetnje u zdravstvenoj blagajni { -brand-name } otklonjene su, a na uklanjanju zaostataka intenzivno radimo.

## Section "delay": why requests take longer.

notice-delay-cause = Pružatelj IT usluga { -it-provider }, s kojim surađuju zdravstvena blagajna { -brand-name } i mnoge druge zdravstvene blagajne, bio je meta kibernetičkog napada.
notice-delay-backlog = Tehničke smetnje koje su zbog toga nastale u zdravstvenoj blagajni { -brand-name } u potpunosti su otklonjene. No one su dovele do zaostataka u obradi mnogih zahtjeva klijenata, koje zaposlenici blagajne { -brand-name } trenutačno intenzivno uklanjaju. Pritom se, koliko je to moguće, najvažniji zahtjevi obrađuju prvi.
notice-delay-thanks = Potpuno uklanjanje zaostataka nažalost će trajati još nekoliko tjedana. Zahvaljujemo Vam na strpljenju i razumijevanju.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Zahtjevi koji se obrađuju s najvišim prioritetom
notice-priority-first = Najviši prioritet u obradi imaju osiguravanje hitno potrebne medicinske skrbi te pitanja o kojima ovisi egzistencija, poput isplate naknada koje zamjenjuju plaću, na primjer naknade za bolovanje (Krankengeld), i isplate novčane naknade za njegu (Pflegegeld).
notice-priority-rest = Istodobno naši zaposlenici rade na tome da što brže obrade i sve ostale zahtjeve.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Čuvajte se kibernetičkih kriminalaca!
notice-fraud-intro = Kibernetički napad na njemačke zdravstvene blagajne nije bio jedino kazneno djelo – mnogi kriminalci pokušavaju i izravno prevariti ljude. Molimo Vas da uvijek imate na umu sljedeće (iako nam trenutačno nisu poznati konkretni slučajevi):
notice-fraud-rule = Zdravstvena blagajna { -brand-name } nikada Vas ne kontaktira e-poštom, telefonom ili SMS-om kako bi od Vas tražila osobne podatke ili lozinke – a to ne traži ni tako da Vas preusmjeri na web-stranicu na kojoj biste zatim trebali unijeti svoje podatke za prijavu.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Podaci su sigurni
notice-data-analysis = Prema dosadašnjim rezultatima opsežnih analiza nije došlo do curenja podataka klijenata ni osiguranika. Prema trenutačnim saznanjima nije bilo ni curenja drugih podataka.
notice-data-investigation = Incident se istražuje zajedno sa stručnjacima za sigurnost i specijalistima Zemaljskog ureda kriminalističke policije (LKA) i policije te u dogovoru sa Saveznim ministarstvom zdravstva i drugim saveznim institucijama.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Što se točno dogodilo?
notice-what-shutdown = Pružatelj IT usluga { -it-provider } krajem travnja odmah je isključio svoje sustave s mreže nakon što su sustavi ranog upozoravanja dojavili kibernetički napad. To je učinjeno kako bi se opasnost od curenja podataka ili daljnje štete pravodobno i odlučno otklonila.
notice-what-restart = Pri ponovnoj uspostavi redovitog rada tvrtku { -it-provider } savjetuju interni i vanjski stručnjaci za sigurnost. I ovdje sigurnost ima prednost pred brzinom. Zato je svaka mjera za ponovno pokretanje sustava provjerena s obzirom na moguće rizike i osigurana.
# Text of the link to the insurer's page with more information.
notice-more-info = Više informacija

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Pojedinosti i pozadina
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Sažmite obavijest
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Zahtjevi se trenutačno obrađuju s kašnjenjem.
# Button on the reminder that opens the full notice again.
notice-restore = Ponovno prikažite obavijest
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Obavijest je sažeta.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Obavijest se ponovno prikazuje u cijelosti.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Njemački znakovni jezik (DGS)

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
notice-title-disruption = Ograničenja u obradi Vaših zahtjeva
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = Nakon kibernetičkog napada naš pružatelj IT usluga, tvrtka { -it-provider }, isključio je svoje sustave s mreže. Zato zdravstvena blagajna { -brand-name } trenutačno može obrađivati zahtjeve samo u ograničenoj mjeri. Prednost imaju hitno potrebna medicinska skrb i isplate o kojima ovisi egzistencija, poput naknade za bolovanje (Krankengeld) i novčane naknade za njegu (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Nakon kibernetičkog napada pružatelj IT usluga { -it-provider } isključio je svoje sustave s mreže. Napad je izazvao tehničke smetnje i u zdravstvenoj blagajni { -brand-name }, pa se zahtjevi trenutačno mogu obrađivati samo u ograničenoj mjeri. Najvažniji zahtjevi imaju prednost.

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
notice-title-resolved = Zaostaci su uklonjeni – upozorenje na kibernetičke kriminalce i dalje vrijedi
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Zaostaci koji su nastali u zdravstvenoj blagajni { -brand-name } nakon kibernetičkog napada na našeg pružatelja IT usluga, tvrtku { -it-provider }, uklonjeni su. Zahvaljujemo Vam na strpljenju i razumijevanju. Molimo Vas da i dalje imate na umu upozorenje na kibernetičke kriminalce.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Zaostaci nastali zbog tehničkih smetnji u zdravstvenoj blagajni { -brand-name } uklonjeni su. Zahtjevi se ponovno obrađuju kao i obično.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Zahvaljujemo Vam na strpljenju i razumijevanju.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Upozorenje na kibernetičke kriminalce i dalje vrijedi.
