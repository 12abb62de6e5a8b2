### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Polish.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md).
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address (Państwo form). The untranslated terms stand in apposition
### after a noun that carries the case (e.g. "health insurance fund hkk",
### "the company Bitmarck"), so they never need Polish endings.
### Krankenkasse is rendered as "kasa chorych".

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Opóźnienia w rozpatrywaniu Państwa spraw
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = Po cyberataku na firmę { -it-provider }, naszego dostawcę usług IT, rozpatrywanie spraw trwa obecnie dłużej. Zakłócenia w kasie chorych { -brand-name } zostały usunięte, a zaległości intensywnie nadrabiamy.

## Section "delay": why requests take longer.

notice-delay-cause = Dostawca usług IT { -it-provider }, z którym współpracują kasa chorych { -brand-name } i wiele innych kas chorych, padł ofiarą cyberataku.
notice-delay-backlog = Wywołane tym zakłócenia techniczne w kasie chorych { -brand-name } zostały całkowicie usunięte. Doprowadziły one jednak do zaległości w rozpatrywaniu wielu spraw klientów; pracownicy kasy { -brand-name } intensywnie nadrabiają obecnie te zaległości. W miarę możliwości najważniejsze sprawy są przy tym rozpatrywane w pierwszej kolejności.
notice-delay-thanks = Niestety całkowite nadrobienie zaległości zajmie jeszcze kilka tygodni. Dziękujemy Państwu za cierpliwość i wyrozumiałość.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Sprawy rozpatrywane w pierwszej kolejności
notice-priority-first = Najwyższy priorytet mają zapewnienie pilnie potrzebnej opieki medycznej oraz sprawy związane z zabezpieczeniem środków do życia, takie jak wypłata świadczeń zastępujących wynagrodzenie, na przykład zasiłku chorobowego (Krankengeld), oraz wypłata zasiłku pielęgnacyjnego (Pflegegeld).
notice-priority-rest = Jednocześnie nasi pracownicy dokładają starań, aby jak najszybciej rozpatrzyć również wszystkie pozostałe sprawy.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Uwaga na cyberprzestępców!
notice-fraud-intro = Przestępstwem był nie tylko cyberatak na niemieckie kasy chorych – wielu przestępców próbuje także bezpośrednio oszukiwać ludzi. Prosimy zawsze pamiętać o następującej zasadzie (nawet jeśli obecnie nie są nam znane żadne konkretne przypadki):
notice-fraud-rule = Kasa chorych { -brand-name } nigdy nie kontaktuje się z Państwem e-mailem, telefonicznie ani SMS-em, aby prosić o dane osobowe lub hasła – nie robi tego też, przekierowując Państwa na stronę internetową, na której trzeba by podać dane logowania.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Dane są bezpieczne
notice-data-analysis = Według obecnego stanu kompleksowych analiz nie doszło do wycieku danych klientów ani ubezpieczonych. Zgodnie z dotychczasowymi ustaleniami nie wyciekły również żadne inne dane.
notice-data-investigation = Incydent jest wyjaśniany z udziałem ekspertów ds. bezpieczeństwa i specjalistów z Urzędu Kryminalnego kraju związkowego (LKA) oraz policji, a także w porozumieniu z Federalnym Ministerstwem Zdrowia i innymi instytucjami federalnymi.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Co dokładnie się stało?
notice-what-shutdown = Pod koniec kwietnia dostawca usług IT { -it-provider } natychmiast odłączył swoje systemy od sieci po tym, jak systemy wczesnego ostrzegania zgłosiły cyberatak. Zrobiono to, aby w porę i zdecydowanie zapobiec ryzyku wycieku danych lub dalszych szkód.
notice-what-restart = Przy przywracaniu normalnego działania firmę { -it-provider } wspierają swoim doradztwem wewnętrzni i zewnętrzni eksperci ds. bezpieczeństwa. Również tutaj bezpieczeństwo jest ważniejsze niż szybkość. Dlatego każdy krok związany z ponownym uruchomieniem systemów został sprawdzony pod kątem możliwych zagrożeń i odpowiednio zabezpieczony.
# Text of the link to the insurer's page with more information.
notice-more-info = Więcej informacji

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Szczegóły i tło sprawy
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Zwiń komunikat
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Sprawy są obecnie rozpatrywane z opóźnieniem.
# Button on the reminder that opens the full notice again.
notice-restore = Pokaż komunikat ponownie
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Komunikat został zwinięty.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Komunikat jest ponownie wyświetlany w całości.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Niemiecki język migowy (DGS)

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
notice-title-disruption = Ograniczenia w rozpatrywaniu Państwa spraw
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = Po cyberataku nasz dostawca usług IT, firma { -it-provider }, odłączył swoje systemy od sieci. Dlatego kasa chorych { -brand-name } może obecnie rozpatrywać sprawy tylko w ograniczonym zakresie. Pierwszeństwo mają pilnie potrzebna opieka medyczna oraz wypłaty zabezpieczające środki do życia, takie jak zasiłek chorobowy (Krankengeld) i zasiłek pielęgnacyjny (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Po cyberataku dostawca usług IT { -it-provider } odłączył swoje systemy od sieci. Atak spowodował także zakłócenia techniczne w kasie chorych { -brand-name }, dlatego sprawy mogą być obecnie rozpatrywane tylko w ograniczonym zakresie. Najważniejsze sprawy są rozpatrywane w pierwszej kolejności.

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
notice-title-resolved = Zaległości nadrobione – ostrzeżenie przed cyberprzestępcami pozostaje aktualne
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Zaległości, które powstały w kasie chorych { -brand-name } po cyberataku na firmę { -it-provider }, naszego dostawcę usług IT, zostały nadrobione. Dziękujemy Państwu za cierpliwość i wyrozumiałość. Prosimy nadal pamiętać o ostrzeżeniu przed cyberprzestępcami.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Zaległości spowodowane zakłóceniami technicznymi w kasie chorych { -brand-name } zostały nadrobione. Sprawy są znów rozpatrywane w zwykłym trybie.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Dziękujemy Państwu za cierpliwość i wyrozumiałość.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Ostrzeżenie przed cyberprzestępcami pozostaje aktualne.
