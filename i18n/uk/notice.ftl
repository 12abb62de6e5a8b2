### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Ukrainian.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md).
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address, capitalised (Ви, Вас, Ваш). The untranslated terms stand in
### apposition after a noun that carries the case (e.g. "health insurance fund hkk",
### "the company Bitmarck") or in the indeclinable genitive ("staff of hkk").
### Krankenkasse is rendered as "лікарняна каса".

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Затримки в розгляді Ваших звернень
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = Після кібератаки на компанію { -it-provider }, нашого постачальника ІТ-послуг, опрацювання звернень зараз триває довше. Збої в лікарняній касі { -brand-name } усунено, і ми в посиленому режимі опрацьовуємо накопичені звернення.

## Section "delay": why requests take longer.

notice-delay-cause = Постачальник ІТ-послуг { -it-provider }, з яким співпрацюють лікарняна каса { -brand-name } та багато інших лікарняних кас, зазнав кібератаки.
notice-delay-backlog = Спричинені цим технічні збої в лікарняній касі { -brand-name } повністю усунено. Проте вони призвели до накопичення неопрацьованих звернень клієнтів, які працівники { -brand-name } зараз опрацьовують у посиленому режимі. При цьому, наскільки це можливо, першочергово розглядаються найважливіші звернення.
notice-delay-thanks = На жаль, повне опрацювання накопичених звернень триватиме ще кілька тижнів. Дякуємо Вам за терпіння та розуміння.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Звернення, які розглядаються першочергово
notice-priority-first = Найвищий пріоритет мають забезпечення невідкладної медичної допомоги та питання, від яких залежать засоби до існування: зокрема виплата допомог, що замінюють заробітну плату, як-от допомога по хворобі (Krankengeld), а також виплата допомоги по догляду (Pflegegeld).
notice-priority-rest = Водночас наші працівники докладають зусиль, щоб якнайшвидше опрацювати й усі інші звернення.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Остерігайтеся кіберзлочинців!
notice-fraud-intro = Злочином була не лише кібератака на німецькі лікарняні каси — багато злочинців також намагаються безпосередньо ошукати людей. Будь ласка, завжди пам’ятайте про таке (хоча наразі нам невідомо про конкретні випадки):
notice-fraud-rule = Лікарняна каса { -brand-name } ніколи не звертається до Вас електронною поштою, телефоном чи SMS із проханням повідомити персональні дані або паролі — і не просить про це, перенаправляючи Вас на вебсайт, де потрібно ввести дані для входу.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Дані в безпеці
notice-data-analysis = За поточними результатами всебічного аналізу витоку даних клієнтів або застрахованих осіб не було. Згідно з наявними на цей момент відомостями, витоку будь-яких інших даних також не було.
notice-data-investigation = Розслідування інциденту проводиться разом з експертами з безпеки та фахівцями Земельного управління кримінальної поліції (LKA) і поліції, а також за погодженням із Федеральним міністерством охорони здоров’я та іншими федеральними установами.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Що саме сталося?
notice-what-shutdown = Наприкінці квітня постачальник ІТ-послуг { -it-provider } негайно відключив свої системи від мережі після того, як системи раннього попередження повідомили про кібератаку. Це було зроблено, щоб своєчасно й рішуче запобігти ризику витоку даних або подальшої шкоди.
notice-what-restart = Під час відновлення нормальної роботи компанію { -it-provider } консультують внутрішні та зовнішні експерти з безпеки. І тут безпека важливіша за швидкість. Тому кожен крок для перезапуску систем було перевірено на можливі ризики та убезпечено.
# Text of the link to the insurer's page with more information.
notice-more-info = Докладніше

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Подробиці та передісторія
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Згорнути повідомлення
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Звернення зараз опрацьовуються із затримкою.
# Button on the reminder that opens the full notice again.
notice-restore = Показати повідомлення знову
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Повідомлення згорнуто.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Повідомлення знову показано повністю.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Німецька жестова мова (DGS)

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
notice-title-disruption = Обмеження в розгляді Ваших звернень
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = Після кібератаки наш постачальник ІТ-послуг, компанія { -it-provider }, відключив свої системи від мережі. Тому лікарняна каса { -brand-name } зараз може опрацьовувати звернення лише в обмеженому обсязі. Пріоритет мають невідкладна медична допомога та виплати, від яких залежать засоби до існування, як-от допомога по хворобі (Krankengeld) і допомога по догляду (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Після кібератаки постачальник ІТ-послуг { -it-provider } відключив свої системи від мережі. Атака спричинила технічні збої і в лікарняній касі { -brand-name }, тому зараз звернення можна опрацьовувати лише в обмеженому обсязі. Найважливіші звернення розглядаються першочергово.

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
notice-title-resolved = Накопичені звернення опрацьовано — попередження про кіберзлочинців залишається чинним
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Звернення, що накопичилися в лікарняній касі { -brand-name } після кібератаки на компанію { -it-provider }, нашого постачальника ІТ-послуг, опрацьовано. Дякуємо Вам за терпіння та розуміння. Будь ласка, і надалі пам’ятайте про попередження щодо кіберзлочинців.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Звернення, що накопичилися через технічні збої в лікарняній касі { -brand-name }, опрацьовано. Тепер звернення знову розглядаються у звичному порядку.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Дякуємо Вам за терпіння та розуміння.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Попередження про кіберзлочинців залишається чинним.
