### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Arabic (Modern Standard, formal).
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md).
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address (second person plural of respect). Plain Arabic only: no bidi
### control or zero-width characters; the widget sets dir="rtl". Latin names (hkk,
### Bitmarck, SMS, LKA) stay as they are. The terms always follow a noun such as
### "the health insurer" or "the company", so they never take Arabic affixes.
### Krankenkasse is rendered as "health insurance fund" (sunduq al-ta'min al-sihhi).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = تأخير في معالجة طلباتكم
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = بعد هجوم إلكتروني على مزوّد خدمات تكنولوجيا المعلومات لدينا، شركة { -it-provider }، تستغرق معالجة الطلبات حاليًا وقتًا أطول. وقد أُصلحت الأعطال لدى صندوق التأمين الصحي { -brand-name }، ونعمل بكل جهد على إنجاز الطلبات المتراكمة.

## Section "delay": why requests take longer.

notice-delay-cause = تعرّض مزوّد خدمات تكنولوجيا المعلومات { -it-provider }، الذي يتعاون معه صندوق التأمين الصحي { -brand-name } وكثير من صناديق التأمين الصحي الأخرى، لهجوم إلكتروني.
notice-delay-backlog = أُصلحت الأعطال التقنية الناتجة عن ذلك لدى صندوق التأمين الصحي { -brand-name } بالكامل. غير أنها أدّت إلى تراكم في معالجة كثير من طلبات العملاء، ويعمل موظفو { -brand-name } حاليًا بكل جهد على إنجازها. ويُراعى في ذلك قدر الإمكان إعطاء الأولوية لأهم الطلبات.
notice-delay-thanks = للأسف، سيستغرق إنجاز جميع الطلبات المتراكمة بضعة أسابيع أخرى. نشكركم على صبركم وتفهّمكم.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = معالجة الطلبات ذات الأولوية القصوى
notice-priority-first = تُعطى الأولوية القصوى في المعالجة لضمان الرعاية الطبية العاجلة، وللمسائل التي يتوقف عليها تأمين سبل العيش، مثل صرف الإعانات البديلة عن الأجر كإعانة المرض (Krankengeld)، وصرف إعانة الرعاية (Pflegegeld).
notice-priority-rest = وفي الوقت نفسه، يعمل موظفونا على معالجة جميع الطلبات الأخرى أيضًا بأسرع ما يمكن.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = احذروا مجرمي الإنترنت!
notice-fraud-intro = لم يكن الهجوم الإلكتروني على صناديق التأمين الصحي الألمانية هو الجريمة الوحيدة، إذ يحاول كثير من المجرمين أيضًا الاحتيال على الناس مباشرة. لذا نرجو أن تتذكروا دائمًا ما يلي (حتى وإن لم نكن على علم حاليًا بأي حوادث محددة):
notice-fraud-rule = لا يتواصل صندوق التأمين الصحي { -brand-name } معكم أبدًا عبر البريد الإلكتروني أو الهاتف أو الرسائل النصية (SMS) ليطلب منكم بيانات شخصية أو كلمات مرور، ولا حتى عن طريق توجيهكم إلى موقع إلكتروني يُطلب منكم فيه إدخال بيانات الدخول الخاصة بكم.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = البيانات آمنة
notice-data-analysis = وفقًا لما توصلت إليه التحليلات الشاملة حتى الآن، لم تتسرّب أي بيانات خاصة بالعملاء أو المؤمَّن عليهم. وبحسب المعلومات المتوفرة حاليًا، لم تتسرّب كذلك أي بيانات أخرى.
notice-data-investigation = يجري التحقيق في الحادث ومعالجة آثاره بالتعاون مع خبراء أمن ومختصين من مكتب الشرطة الجنائية في الولاية (LKA) ومن الشرطة، وبالتنسيق مع وزارة الصحة الاتحادية ومؤسسات اتحادية أخرى.

## Section "what-happened": background on the attack and the restart.

notice-what-title = ماذا حدث بالضبط؟
notice-what-shutdown = في نهاية أبريل (نيسان)، فصل مزوّد خدمات تكنولوجيا المعلومات { -it-provider } أنظمته عن الشبكة على الفور، بعد أن أبلغت أنظمة الإنذار المبكر عن هجوم إلكتروني. وقد تم ذلك لدرء خطر تسرّب البيانات أو وقوع أضرار أخرى في الوقت المناسب وبشكل حازم.
notice-what-restart = تتلقى شركة { -it-provider } في أثناء استعادة التشغيل الطبيعي المشورة من خبراء أمن داخليين وخارجيين. وهنا أيضًا يأتي الأمان قبل السرعة. لذلك فُحصت كل خطوة لإعادة تشغيل الأنظمة من حيث المخاطر المحتملة، وجرى تأمينها.
# Text of the link to the insurer's page with more information.
notice-more-info = مزيد من المعلومات

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = التفاصيل والخلفية
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = طيّ الإشعار
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = تتأخر معالجة الطلبات حاليًا.
# Button on the reminder that opens the full notice again.
notice-restore = إظهار الإشعار مجددًا
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = تم طيّ الإشعار.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = يُعرض الإشعار كاملًا مجددًا.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = لغة الإشارة الألمانية (DGS)

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
notice-title-disruption = قيود على معالجة طلباتكم
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = بعد هجوم إلكتروني، فصل مزوّد خدمات تكنولوجيا المعلومات لدينا، شركة { -it-provider }، أنظمته عن الشبكة. لذلك لا يستطيع صندوق التأمين الصحي { -brand-name } حاليًا معالجة الطلبات إلا بشكل محدود. وتُعطى الأولوية للرعاية الطبية العاجلة وللمدفوعات التي يتوقف عليها تأمين سبل العيش، مثل إعانة المرض (Krankengeld) وإعانة الرعاية (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = بعد الهجوم الإلكتروني، فصل مزوّد خدمات تكنولوجيا المعلومات { -it-provider } أنظمته عن الشبكة. وقد أدّى الهجوم أيضًا إلى أعطال تقنية لدى صندوق التأمين الصحي { -brand-name }، لذلك لا يمكن حاليًا معالجة الطلبات إلا بشكل محدود. وتُعطى الأولوية لأهم الطلبات.

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
notice-title-resolved = أُنجزت الطلبات المتراكمة، والتحذير من مجرمي الإنترنت لا يزال قائمًا
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = أُنجزت الطلبات المتراكمة التي نشأت لدى صندوق التأمين الصحي { -brand-name } بعد الهجوم الإلكتروني على مزوّد خدمات تكنولوجيا المعلومات لدينا، شركة { -it-provider }. نشكركم على صبركم وتفهّمكم. ونرجو ألّا تنسوا التحذير من مجرمي الإنترنت.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = أُنجزت الطلبات المتراكمة الناتجة عن الأعطال التقنية لدى صندوق التأمين الصحي { -brand-name }. وتُعالَج الطلبات مجددًا كالمعتاد.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = نشكركم على صبركم وتفهّمكم.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = التحذير من مجرمي الإنترنت لا يزال قائمًا.
