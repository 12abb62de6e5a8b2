### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Italian.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md), checked against en/notice.ftl.
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address with Lei, capitalised also inside words as insurers still
### write to members (La, Le, Sue; "chiederLe", "reindirizzandoLa"). Button
### labels use the usual imperative of Italian interfaces ("Comprimi", "Mostra"),
### which does not address the member as tu. The untranslated terms follow a
### noun that carries the article ("la cassa malattia hkk", "la società
### Bitmarck", "il fornitore di servizi IT Bitmarck") or take "di" without an
### article ("il personale di hkk"), so no article depends on the name.
### Krankenkasse is rendered as "cassa malattia" (plural "casse malattia").
### Typography: a spaced en dash with a no-break space before it; the
### apostrophe ’ (U+2019, "l’avviso"); quotes « » (none needed so far).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Ritardi nella gestione delle Sue richieste
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = A seguito di un attacco informatico al nostro fornitore di servizi IT { -it-provider }, i tempi di gestione delle richieste sono attualmente più lunghi. I disservizi presso la cassa malattia { -brand-name } sono stati risolti e stiamo smaltendo gli arretrati con il massimo impegno.

## Section "delay": why requests take longer.

notice-delay-cause = Il fornitore di servizi IT { -it-provider }, con cui collaborano la cassa malattia { -brand-name } e molte altre casse malattia, è stato bersaglio di un attacco informatico.
notice-delay-backlog = I disservizi tecnici che ne sono derivati presso la cassa malattia { -brand-name } sono stati completamente risolti. Hanno però causato arretrati nella gestione di molte richieste dei clienti, che il personale di { -brand-name } sta smaltendo con il massimo impegno. Per quanto possibile, si dà la precedenza alle richieste più importanti.
notice-delay-thanks = Purtroppo ci vorranno ancora alcune settimane per smaltire completamente gli arretrati. La ringraziamo per la pazienza e la comprensione.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Richieste gestite con la massima priorità
notice-priority-first = Hanno la massima priorità la garanzia delle cure mediche urgenti e le questioni da cui dipende il sostentamento delle persone, come il pagamento delle prestazioni sostitutive del reddito, ad esempio dell’indennità di malattia (Krankengeld), e il pagamento dell’assegno di cura (Pflegegeld).
notice-priority-rest = Allo stesso tempo, i nostri collaboratori si impegnano a gestire anche tutte le altre richieste il più rapidamente possibile.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Attenzione ai criminali informatici!
notice-fraud-intro = L’attacco informatico alle casse malattia tedesche non è stato l’unico reato – molti criminali cercano anche di truffare direttamente le persone. La preghiamo di tenere sempre presente quanto segue (anche se al momento non siamo a conoscenza di casi concreti):
notice-fraud-rule = La cassa malattia { -brand-name } non La contatta mai via e-mail, telefono o SMS per chiederLe dati personali o password – e non lo fa nemmeno reindirizzandoLa a un sito web in cui dovrebbe poi inserire i Suoi dati di accesso.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = I dati sono al sicuro
notice-data-analysis = Secondo lo stato attuale delle analisi approfondite, non vi è stata alcuna fuga di dati di clienti o assicurati. Allo stesso modo, in base alle conoscenze attuali, non sono fuoriusciti altri dati.
notice-data-investigation = L’incidente viene esaminato insieme a esperti di sicurezza e a specialisti dell’Ufficio di polizia criminale del Land (LKA) e della polizia, in coordinamento con il Ministero federale della Salute e altre istituzioni federali.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Che cosa è successo esattamente?
notice-what-shutdown = Alla fine di aprile il fornitore di servizi IT { -it-provider } ha scollegato immediatamente i propri sistemi dalla rete, dopo che i sistemi di allerta precoce avevano segnalato un attacco informatico. Lo ha fatto per scongiurare in modo tempestivo e risoluto il rischio di una fuga di dati o di ulteriori danni.
notice-what-restart = Nel ripristino del normale funzionamento, la società { -it-provider } è affiancata da esperti di sicurezza interni ed esterni. Anche qui la sicurezza viene prima della rapidità. Per questo ogni misura per il riavvio dei sistemi è stata esaminata per individuare possibili rischi ed è stata messa in sicurezza.
# Text of the link to the insurer's page with more information.
notice-more-info = Maggiori informazioni

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Dettagli e contesto
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Comprimi l’avviso
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Le richieste vengono attualmente gestite con ritardo.
# Button on the reminder that opens the full notice again.
notice-restore = Mostra di nuovo l’avviso
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = L’avviso è stato compresso.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = L’avviso è di nuovo visualizzato per intero.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Lingua dei segni tedesca (DGS)

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
notice-title-disruption = Limitazioni nella gestione delle Sue richieste
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = A seguito di un attacco informatico, il nostro fornitore di servizi IT { -it-provider } ha scollegato i propri sistemi dalla rete. Per questo la cassa malattia { -brand-name } può attualmente gestire le richieste solo in misura limitata. Hanno la precedenza le cure mediche urgenti e i pagamenti da cui dipende il sostentamento delle persone, come l’indennità di malattia (Krankengeld) e l’assegno di cura (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Dopo l’attacco informatico, il fornitore di servizi IT { -it-provider } ha scollegato i propri sistemi dalla rete. L’attacco ha causato disservizi tecnici anche presso la cassa malattia { -brand-name }, per cui le richieste possono attualmente essere gestite solo in misura limitata. Le richieste più importanti hanno la precedenza.

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
notice-title-resolved = Arretrati smaltiti – l’avvertimento sui criminali informatici resta valido
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Gli arretrati accumulati presso la cassa malattia { -brand-name } dopo l’attacco informatico al nostro fornitore di servizi IT { -it-provider } sono stati smaltiti. La ringraziamo per la pazienza e la comprensione. La preghiamo di continuare a tenere presente l’avvertimento sui criminali informatici.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Gli arretrati causati dai disservizi tecnici presso la cassa malattia { -brand-name } sono stati smaltiti. Le richieste vengono di nuovo gestite come di consueto.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = La ringraziamo per la pazienza e la comprensione.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = L’avvertimento sui criminali informatici resta valido.
