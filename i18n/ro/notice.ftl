### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Romanian.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md), checked against en/notice.ftl.
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address (dumneavoastră; verbs in the second person plural, e.g.
### "Vă mulțumim", "Restrângeți"). The untranslated terms stand in apposition
### after a noun that carries the case ("casa de asigurări de sănătate hkk",
### "compania Bitmarck", "furnizorul de servicii IT Bitmarck"), so they never
### need Romanian endings; "angajații hkk" uses the name as an indeclinable
### genitive, as Romanian does with company names.
### Krankenkasse is rendered as "casa de asigurări de sănătate".
### Typography: comma-below ș and ț (U+0219, U+021B), never the cedilla forms;
### a spaced en dash with a no-break space before it; Romanian quotes „ ” (none
### needed so far).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Întârzieri în soluționarea solicitărilor dumneavoastră
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = În urma unui atac cibernetic asupra furnizorului nostru de servicii IT, compania { -it-provider }, soluționarea solicitărilor durează în prezent mai mult. Defecțiunile de la casa de asigurări de sănătate { -brand-name } au fost remediate, iar restanțele le recuperăm cu eforturi susținute.

## Section "delay": why requests take longer.

notice-delay-cause = Furnizorul de servicii IT { -it-provider }, cu care colaborează casa de asigurări de sănătate { -brand-name } și multe alte case de asigurări de sănătate, a fost ținta unui atac cibernetic.
notice-delay-backlog = Defecțiunile tehnice cauzate astfel la casa de asigurări de sănătate { -brand-name } au fost remediate complet. Totuși, ele au dus la restanțe în soluționarea multor solicitări ale clienților, pe care angajații { -brand-name } le recuperează în prezent cu eforturi susținute. Pe cât posibil, solicitările cele mai importante sunt soluționate cu prioritate.
notice-delay-thanks = Din păcate, recuperarea completă a restanțelor va mai dura câteva săptămâni. Vă mulțumim pentru răbdare și înțelegere.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Solicitări soluționate cu prioritate maximă
notice-priority-first = Prioritate maximă au asigurarea îngrijirilor medicale urgente, precum și chestiunile de care depind mijloacele de trai, cum ar fi plata prestațiilor care înlocuiesc salariul, de exemplu a indemnizației de boală (Krankengeld), și plata indemnizației de îngrijire (Pflegegeld).
notice-priority-rest = În același timp, angajații noștri depun eforturi pentru a soluționa cât mai repede și toate celelalte solicitări.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Atenție la infractorii cibernetici!
notice-fraud-intro = Atacul cibernetic asupra caselor de asigurări de sănătate din Germania nu a fost singura infracțiune – mulți infractori încearcă și să înșele direct oamenii. Vă rugăm să țineți minte întotdeauna următoarele (chiar dacă în prezent nu avem cunoștință de cazuri concrete):
notice-fraud-rule = Casa de asigurări de sănătate { -brand-name } nu vă contactează niciodată prin e-mail, telefon sau SMS pentru a vă cere date personale sau parole – și nici nu vă cere acest lucru trimițându-vă către un site web pe care ar trebui apoi să vă introduceți datele de autentificare.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Datele sunt în siguranță
notice-data-analysis = Conform stadiului actual al analizelor cuprinzătoare, nu au existat scurgeri de date ale clienților sau ale asiguraților. Potrivit constatărilor actuale, nu au existat nici scurgeri de alte date.
notice-data-investigation = Incidentul este investigat împreună cu experți în securitate și specialiști ai Oficiului de Poliție Criminală al landului (LKA) și ai poliției, în coordonare cu Ministerul Federal al Sănătății și cu alte instituții federale.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Ce s-a întâmplat exact?
notice-what-shutdown = La sfârșitul lunii aprilie, furnizorul de servicii IT { -it-provider } și-a deconectat imediat sistemele de la rețea, după ce sistemele de avertizare timpurie semnalaseră un atac cibernetic. Acest lucru s-a făcut pentru a înlătura la timp și cu fermitate pericolul unei scurgeri de date sau al altor daune.
notice-what-restart = La restabilirea funcționării normale, compania { -it-provider } este consiliată de experți în securitate interni și externi. Și aici, securitatea are prioritate față de rapiditate. De aceea, fiecare măsură de repornire a sistemelor a fost verificată în privința posibilelor riscuri și securizată.
# Text of the link to the insurer's page with more information.
notice-more-info = Mai multe informații

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Detalii și context
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Restrângeți anunțul
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Solicitările sunt soluționate în prezent cu întârziere.
# Button on the reminder that opens the full notice again.
notice-restore = Afișați din nou anunțul
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Anunțul a fost restrâns.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Anunțul este afișat din nou integral.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Limbajul mimico-gestual german (DGS)

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
notice-title-disruption = Restricții în soluționarea solicitărilor dumneavoastră
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = În urma unui atac cibernetic, furnizorul nostru de servicii IT, compania { -it-provider }, și-a deconectat sistemele de la rețea. De aceea, casa de asigurări de sănătate { -brand-name } poate soluționa în prezent solicitările doar în măsură limitată. Prioritate au îngrijirile medicale urgente și plățile de care depind mijloacele de trai, cum ar fi indemnizația de boală (Krankengeld) și indemnizația de îngrijire (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = În urma atacului cibernetic, furnizorul de servicii IT { -it-provider } și-a deconectat sistemele de la rețea. Atacul a provocat defecțiuni tehnice și la casa de asigurări de sănătate { -brand-name }, astfel încât solicitările pot fi soluționate în prezent doar în măsură limitată. Solicitările cele mai importante au prioritate.

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
notice-title-resolved = Restanțele au fost recuperate – avertizarea privind infractorii cibernetici rămâne valabilă
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Restanțele apărute la casa de asigurări de sănătate { -brand-name } în urma atacului cibernetic asupra furnizorului nostru de servicii IT, compania { -it-provider }, au fost recuperate. Vă mulțumim pentru răbdare și înțelegere. Vă rugăm să țineți minte în continuare avertizarea privind infractorii cibernetici.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Restanțele cauzate de defecțiunile tehnice de la casa de asigurări de sănătate { -brand-name } au fost recuperate. Solicitările sunt din nou soluționate ca de obicei.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Vă mulțumim pentru răbdare și înțelegere.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Avertizarea privind infractorii cibernetici rămâne valabilă.
