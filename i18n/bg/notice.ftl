### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Bulgarian.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md), checked against en/notice.ftl.
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address, capitalised (Вие, Вас, Ви, Ваш). Buttons are verbal nouns
### ("Свиване на съобщението"), as Bulgarian interfaces write them, so they
### address no one. The untranslated terms stand in apposition after a noun
### that carries the article ("здравноосигурителната каса hkk", "компанията
### Bitmarck", "доставчикът на ИТ услуги Bitmarck") or after "на" ("служителите
### на hkk"), so they never need Bulgarian endings.
### Krankenkasse is rendered as "здравноосигурителна каса"; Anliegen as
### "запитвания" (questions and applications alike).
### Typography: the em dash "—" with a no-break space before it; quotes „ “
### (none needed so far).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Забавяне при обработката на Вашите запитвания
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = След кибератака срещу компанията { -it-provider }, нашия доставчик на ИТ услуги, обработката на запитванията в момента отнема повече време. Смущенията в здравноосигурителната каса { -brand-name } са отстранени, а натрупаните запитвания обработваме с усилени темпове.

## Section "delay": why requests take longer.

notice-delay-cause = Доставчикът на ИТ услуги { -it-provider }, с който работят здравноосигурителната каса { -brand-name } и много други здравноосигурителни каси, стана обект на кибератака.
notice-delay-backlog = Причинените от това технически смущения в здравноосигурителната каса { -brand-name } са напълно отстранени. Те обаче доведоха до натрупване на необработени запитвания на много клиенти, които служителите на { -brand-name } в момента обработват с усилени темпове. При това, доколкото е възможно, с предимство се обработват най-важните запитвания.
notice-delay-thanks = За съжаление пълното обработване на натрупаните запитвания ще отнеме още няколко седмици. Благодарим Ви за търпението и разбирането.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Запитвания, обработвани с най-висок приоритет
notice-priority-first = С най-висок приоритет са осигуряването на спешно необходима медицинска помощ, както и въпросите, от които зависи препитанието, например изплащането на обезщетения, заместващи трудовото възнаграждение, като обезщетението за болест (Krankengeld), и изплащането на паричната помощ за грижи (Pflegegeld).
notice-priority-rest = Същевременно нашите служители се стараят да обработят възможно най-бързо и всички останали запитвания.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Пазете се от киберпрестъпници!
notice-fraud-intro = Престъпление беше не само кибератаката срещу германските здравноосигурителни каси — много престъпници се опитват и директно да измамят хората. Моля, винаги имайте предвид следното (въпреки че в момента не са ни известни конкретни случаи):
notice-fraud-rule = Здравноосигурителната каса { -brand-name } никога не се свързва с Вас по имейл, телефон или SMS, за да поиска лични данни или пароли — нито Ви моли за това, като Ви пренасочва към уебсайт, на който да въведете данните си за вход.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Данните са в безопасност
notice-data-analysis = Според досегашните резултати от обстойните анализи не е имало изтичане на данни на клиенти или осигурени лица. Според наличната към момента информация не е имало изтичане и на други данни.
notice-data-investigation = Инцидентът се разследва съвместно с експерти по сигурността и специалисти от Службата за криминална полиция на провинцията (LKA) и от полицията, както и в координация с Федералното министерство на здравеопазването и други федерални институции.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Какво точно се случи?
notice-what-shutdown = В края на април доставчикът на ИТ услуги { -it-provider } незабавно изключи системите си от мрежата, след като системите за ранно предупреждение бяха сигнализирали за кибератака. Това беше направено, за да се предотврати навреме и решително рискът от изтичане на данни или от други щети.
notice-what-restart = При възстановяването на нормалната работа компанията { -it-provider } се консултира с вътрешни и външни експерти по сигурността. И тук сигурността е по-важна от бързината. Затова всяка стъпка за повторното стартиране на системите беше проверена за възможни рискове и обезопасена.
# Text of the link to the insurer's page with more information.
notice-more-info = Повече информация

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Подробности и контекст
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Свиване на съобщението
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = В момента запитванията се обработват със забавяне.
# Button on the reminder that opens the full notice again.
notice-restore = Показване на съобщението отново
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Съобщението е свито.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Съобщението отново се показва изцяло.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Германски жестов език (DGS)

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
notice-title-disruption = Ограничения при обработката на Вашите запитвания
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = След кибератака нашият доставчик на ИТ услуги, компанията { -it-provider }, изключи системите си от мрежата. Затова здравноосигурителната каса { -brand-name } в момента може да обработва запитвания само в ограничен обем. С предимство са спешно необходимата медицинска помощ и плащанията, от които зависи препитанието, като обезщетението за болест (Krankengeld) и паричната помощ за грижи (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = След кибератаката доставчикът на ИТ услуги { -it-provider } изключи системите си от мрежата. Атаката причини технически смущения и в здравноосигурителната каса { -brand-name }, затова в момента запитванията могат да се обработват само в ограничен обем. Най-важните запитвания се обработват с предимство.

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
notice-title-resolved = Натрупаните запитвания са обработени — предупреждението за киберпрестъпници остава в сила
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Запитванията, натрупани в здравноосигурителната каса { -brand-name } след кибератаката срещу компанията { -it-provider }, нашия доставчик на ИТ услуги, са обработени. Благодарим Ви за търпението и разбирането. Моля, продължавайте да имате предвид предупреждението за киберпрестъпници.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Запитванията, натрупани поради техническите смущения в здравноосигурителната каса { -brand-name }, са обработени. Вече отново обработваме запитванията както обикновено.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Благодарим Ви за търпението и разбирането.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Предупреждението за киберпрестъпници остава в сила.
