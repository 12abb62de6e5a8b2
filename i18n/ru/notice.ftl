### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Russian.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md).
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address, capitalised (Вы, Вас, Ваш). The untranslated terms stand in
### apposition after a noun that carries the case (e.g. "health insurance fund hkk",
### "the company Bitmarck") or in the indeclinable genitive ("staff of hkk").
### Krankenkasse is rendered as "больничная касса", the usual term in Germany.

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Задержки в обработке Ваших обращений
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = После кибератаки на компанию { -it-provider }, нашего поставщика ИТ-услуг, обработка обращений сейчас занимает больше времени. Сбои в больничной кассе { -brand-name } устранены, и мы в усиленном режиме разбираем накопившиеся обращения.

## Section "delay": why requests take longer.

notice-delay-cause = Поставщик ИТ-услуг { -it-provider }, с которым сотрудничают больничная касса { -brand-name } и многие другие больничные кассы, подвергся кибератаке.
notice-delay-backlog = Вызванные этим технические сбои в больничной кассе { -brand-name } полностью устранены. Однако они привели к накоплению необработанных обращений клиентов, которые сотрудники { -brand-name } сейчас разбирают в усиленном режиме. При этом по возможности в первую очередь рассматриваются наиболее важные обращения.
notice-delay-thanks = К сожалению, полная обработка накопившихся обращений займёт ещё несколько недель. Благодарим Вас за терпение и понимание.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Обращения, которые рассматриваются в первую очередь
notice-priority-first = Наивысший приоритет имеют обеспечение срочной медицинской помощи, а также вопросы, от которых зависят средства к существованию: например, выплата пособий, заменяющих заработок, таких как пособие по болезни (Krankengeld), и выплата пособия по уходу (Pflegegeld).
notice-priority-rest = Одновременно наши сотрудники стараются как можно быстрее обработать и все остальные обращения.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Остерегайтесь киберпреступников!
notice-fraud-intro = Преступлением была не только кибератака на немецкие больничные кассы — многие преступники также пытаются напрямую обмануть людей. Пожалуйста, всегда помните о следующем (хотя в настоящее время нам неизвестно о конкретных случаях):
notice-fraud-rule = Больничная касса { -brand-name } никогда не обращается к Вам по электронной почте, телефону или SMS с просьбой сообщить личные данные или пароли — и не просит об этом, перенаправляя Вас на веб-сайт, где нужно ввести данные для входа.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Данные в безопасности
notice-data-analysis = По текущим результатам всестороннего анализа утечки данных клиентов или застрахованных не было. Согласно имеющимся на данный момент сведениям, не было и утечки каких-либо других данных.
notice-data-investigation = Расследование инцидента ведётся совместно с экспертами по безопасности и специалистами Земельного управления уголовной полиции (LKA) и полиции, а также по согласованию с Федеральным министерством здравоохранения и другими федеральными ведомствами.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Что именно произошло?
notice-what-shutdown = В конце апреля поставщик ИТ-услуг { -it-provider } незамедлительно отключил свои системы от сети после того, как системы раннего предупреждения сообщили о кибератаке. Это было сделано, чтобы своевременно и решительно предотвратить риск утечки данных или дальнейшего ущерба.
notice-what-restart = При восстановлении нормальной работы компанию { -it-provider } консультируют внутренние и внешние эксперты по безопасности. И здесь безопасность важнее скорости. Поэтому каждый шаг по перезапуску систем проверялся на возможные риски и сопровождался мерами защиты.
# Text of the link to the insurer's page with more information.
notice-more-info = Подробнее

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Подробности и предыстория
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Свернуть уведомление
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Обращения сейчас обрабатываются с задержкой.
# Button on the reminder that opens the full notice again.
notice-restore = Снова показать уведомление
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Уведомление свёрнуто.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Уведомление снова отображается полностью.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Немецкий жестовый язык (DGS)

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
notice-title-disruption = Ограничения в обработке Ваших обращений
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = После кибератаки наш поставщик ИТ-услуг, компания { -it-provider }, отключил свои системы от сети. Поэтому больничная касса { -brand-name } сейчас может обрабатывать обращения лишь в ограниченном объёме. Приоритет имеют срочная медицинская помощь и выплаты, от которых зависят средства к существованию, например пособие по болезни (Krankengeld) и пособие по уходу (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = После кибератаки поставщик ИТ-услуг { -it-provider } отключил свои системы от сети. Атака вызвала технические сбои и в больничной кассе { -brand-name }, поэтому сейчас обращения могут обрабатываться лишь в ограниченном объёме. Наиболее важные обращения рассматриваются в первую очередь.

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
notice-title-resolved = Накопившиеся обращения разобраны — предупреждение о киберпреступниках остаётся в силе
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Обращения, накопившиеся в больничной кассе { -brand-name } после кибератаки на компанию { -it-provider }, нашего поставщика ИТ-услуг, разобраны. Благодарим Вас за терпение и понимание. Пожалуйста, и впредь учитывайте предупреждение о киберпреступниках.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Обращения, накопившиеся из-за технических сбоев в больничной кассе { -brand-name }, разобраны. Теперь обращения снова обрабатываются в обычном порядке.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Благодарим Вас за терпение и понимание.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Предупреждение о киберпреступниках остаётся в силе.
