### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Persian (Farsi), also for readers of Dari: `prs` and `fa-AF`
### reach this file.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md), checked against en/notice.ftl.
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address (شما with plural verbs). Standard written Persian that
### readers of Dari understand too: words common to both (سیستم rather than
### سامانه, برای نمونه), the month as آوریل with the Afghan اپریل in brackets,
### no ezafe marks (هٔ). Buttons are infinitives ("جمع کردن اطلاعیه"), which
### address no one.
### The widget sets dir="rtl". The Latin names (hkk, Bitmarck) and (SMS),
### (LKA), (DGS), (Krankengeld), (Pflegegeld) stay as they are; the terms always
### follow a noun ("صندوق بیمه درمانی hkk", "شرکت Bitmarck"), so they never
### take Persian suffixes.
### Krankenkasse is rendered as "صندوق بیمه درمانی".
### Typography: Persian comma "،", semicolon "؛" and question mark "؟", no
### Latin dash. The zero-width non-joiner (ZWNJ, U+200C) is written inside
### words as Persian spelling requires: می‌کنیم, درخواست‌ها, به‌طور. It is the
### only invisible character allowed, and only between two Persian letters:
### the checker reports it anywhere else, and a published file with one
### elsewhere is refused (i18n/README.md).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = تأخیر در رسیدگی به درخواست‌های شما
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = پس از حمله سایبری به ارائه‌دهنده خدمات فناوری اطلاعات ما، شرکت { -it-provider }، رسیدگی به درخواست‌ها در حال حاضر زمان بیشتری می‌برد. اختلال‌ها در صندوق بیمه درمانی { -brand-name } برطرف شده‌اند و ما با تمام توان به درخواست‌های انباشته رسیدگی می‌کنیم.

## Section "delay": why requests take longer.

notice-delay-cause = ارائه‌دهنده خدمات فناوری اطلاعات { -it-provider }، که صندوق بیمه درمانی { -brand-name } و بسیاری از صندوق‌های بیمه درمانی دیگر با آن همکاری می‌کنند، هدف یک حمله سایبری قرار گرفت.
notice-delay-backlog = اختلال‌های فنی ناشی از این حمله در صندوق بیمه درمانی { -brand-name } به‌طور کامل برطرف شده‌اند. با این حال، این اختلال‌ها باعث انباشته شدن بسیاری از درخواست‌های مشتریان شده‌اند که کارکنان { -brand-name } اکنون با تمام توان به آن‌ها رسیدگی می‌کنند. در این میان، تا حد امکان به مهم‌ترین درخواست‌ها زودتر رسیدگی می‌شود.
notice-delay-thanks = متأسفانه رسیدگی کامل به درخواست‌های انباشته هنوز چند هفته دیگر طول خواهد کشید. از صبر و درک شما سپاسگزاریم.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = درخواست‌هایی که با بالاترین اولویت رسیدگی می‌شوند
notice-priority-first = بالاترین اولویت در رسیدگی با تأمین مراقبت‌های پزشکی فوری و موضوعاتی است که امرار معاش افراد به آن‌ها وابسته است، مانند پرداخت مزایای جایگزین دستمزد، برای نمونه کمک‌هزینه بیماری (Krankengeld)، و پرداخت کمک‌هزینه مراقبت (Pflegegeld).
notice-priority-rest = هم‌زمان، کارکنان ما تلاش می‌کنند به همه درخواست‌های دیگر نیز هرچه سریع‌تر رسیدگی کنند.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = مراقب مجرمان سایبری باشید!
notice-fraud-intro = حمله سایبری به صندوق‌های بیمه درمانی آلمان تنها جرم نبود؛ بسیاری از مجرمان همچنین تلاش می‌کنند مردم را مستقیماً فریب دهند. لطفاً همیشه موارد زیر را به خاطر داشته باشید (هرچند در حال حاضر از مورد مشخصی اطلاع نداریم):
notice-fraud-rule = صندوق بیمه درمانی { -brand-name } هرگز از طریق ایمیل، تلفن یا پیامک (SMS) با شما تماس نمی‌گیرد تا اطلاعات شخصی یا رمزهای عبور شما را درخواست کند؛ و هرگز با هدایت شما به وب‌سایتی که باید در آن اطلاعات ورود خود را وارد کنید نیز چنین درخواستی نمی‌کند.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = داده‌ها در امان هستند
notice-data-analysis = بر اساس نتایج تحلیل‌های جامع تا این لحظه، هیچ داده‌ای از مشتریان یا بیمه‌شدگان به بیرون درز نکرده است. همچنین بر پایه یافته‌های کنونی، داده دیگری نیز به بیرون درز نکرده است.
notice-data-investigation = بررسی این حادثه با همکاری کارشناسان امنیتی و متخصصان اداره پلیس جنایی ایالتی (LKA) و پلیس، و با هماهنگی وزارت فدرال بهداشت و دیگر نهادهای فدرال انجام می‌شود.

## Section "what-happened": background on the attack and the restart.

notice-what-title = دقیقاً چه اتفاقی افتاده است؟
notice-what-shutdown = ارائه‌دهنده خدمات فناوری اطلاعات { -it-provider } در اواخر آوریل (اپریل)، پس از آنکه سیستم‌های هشدار زودهنگام یک حمله سایبری را گزارش کردند، سیستم‌های خود را فوراً از شبکه جدا کرد. این کار برای آن انجام شد که خطر درز داده‌ها یا خسارت‌های بیشتر به‌موقع و قاطعانه دفع شود.
notice-what-restart = در بازگرداندن روند عادی کار، کارشناسان امنیتی داخلی و خارجی به شرکت { -it-provider } مشاوره می‌دهند. در اینجا نیز امنیت بر سرعت مقدم است. از این رو هر اقدامی برای راه‌اندازی دوباره سیستم‌ها از نظر خطرهای احتمالی بررسی و ایمن شد.
# Text of the link to the insurer's page with more information.
notice-more-info = اطلاعات بیشتر

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = جزئیات و پیشینه
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = جمع کردن اطلاعیه
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = رسیدگی به درخواست‌ها در حال حاضر با تأخیر انجام می‌شود.
# Button on the reminder that opens the full notice again.
notice-restore = نمایش دوباره اطلاعیه
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = اطلاعیه جمع شد.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = اطلاعیه دوباره به‌طور کامل نمایش داده می‌شود.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = زبان اشاره آلمانی (DGS)

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
notice-title-disruption = محدودیت در رسیدگی به درخواست‌های شما
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = پس از یک حمله سایبری، ارائه‌دهنده خدمات فناوری اطلاعات ما، شرکت { -it-provider }، سیستم‌های خود را از شبکه جدا کرد. از این رو صندوق بیمه درمانی { -brand-name } در حال حاضر تنها به‌صورت محدود می‌تواند به درخواست‌ها رسیدگی کند. اولویت با مراقبت‌های پزشکی فوری و پرداخت‌هایی است که امرار معاش افراد به آن‌ها وابسته است، مانند کمک‌هزینه بیماری (Krankengeld) و کمک‌هزینه مراقبت (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = پس از حمله سایبری، ارائه‌دهنده خدمات فناوری اطلاعات { -it-provider } سیستم‌های خود را از شبکه جدا کرد. این حمله در صندوق بیمه درمانی { -brand-name } نیز اختلال‌های فنی ایجاد کرد؛ از این رو در حال حاضر تنها به‌صورت محدود می‌توان به درخواست‌ها رسیدگی کرد. مهم‌ترین درخواست‌ها در اولویت هستند.

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
notice-title-resolved = به درخواست‌های انباشته رسیدگی شد؛ هشدار درباره مجرمان سایبری همچنان معتبر است
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = به درخواست‌هایی که پس از حمله سایبری به ارائه‌دهنده خدمات فناوری اطلاعات ما، شرکت { -it-provider }، در صندوق بیمه درمانی { -brand-name } انباشته شده بودند، رسیدگی شد. از صبر و درک شما سپاسگزاریم. لطفاً هشدار درباره مجرمان سایبری را همچنان به خاطر داشته باشید.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = به درخواست‌هایی که به دلیل اختلال‌های فنی در صندوق بیمه درمانی { -brand-name } انباشته شده بودند، رسیدگی شد. اکنون دوباره مانند همیشه به درخواست‌ها رسیدگی می‌شود.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = از صبر و درک شما سپاسگزاریم.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = هشدار درباره مجرمان سایبری همچنان معتبر است.
