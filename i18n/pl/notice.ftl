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
