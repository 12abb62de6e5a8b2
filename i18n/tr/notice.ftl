### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Turkish.
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md).
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address (siz). Sentences are phrased so the untranslated terms need no
### case suffix (the term is the subject, or is followed by a separate word such
### as "çalışanları" (staff) or "şirketi" (company)).
### Krankenkasse is rendered as "sağlık sigortası kurumu".

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Taleplerinizin işlenmesinde gecikmeler
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = Bilişim hizmet sağlayıcımız { -it-provider } bir siber saldırıya uğradığı için talepler şu anda daha uzun sürede işleniyor. { -brand-name } bünyesindeki arızalar giderildi; biriken işleri yoğun bir çalışmayla azaltıyoruz.

## Section "delay": why requests take longer.

notice-delay-cause = { -brand-name } ve diğer birçok sağlık sigortası kurumunun birlikte çalıştığı bilişim hizmet sağlayıcısı { -it-provider }, bir siber saldırının hedefi oldu.
notice-delay-backlog = Bu saldırının { -brand-name } bünyesinde yol açtığı teknik arızalar tamamen giderildi. Ancak bu arızalar, birçok müşteri talebinin işlenmesinde birikmeye neden oldu. { -brand-name } çalışanları bu birikmiş işleri şu anda yoğun bir çalışmayla azaltıyor. Bu sırada, mümkün olduğunca en önemli taleplerin öncelikli olarak işlenmesine dikkat ediliyor.
notice-delay-thanks = Birikmiş işlerin tamamen bitirilmesi maalesef birkaç hafta daha sürecek. Sabrınız ve anlayışınız için teşekkür ederiz.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = En yüksek öncelikle işlenen talepler
notice-priority-first = Taleplerin işlenmesinde en yüksek öncelik, tıbben acil sağlık hizmetlerinin sağlanmasına ve geçimi güvence altına alan konulara verilir. Bunlara, hastalık parası (Krankengeld) gibi ücretin yerine geçen ödemeler ile bakım parası (Pflegegeld) ödemeleri dâhildir.
notice-priority-rest = Aynı zamanda çalışanlarımız, diğer tüm talepleri de mümkün olan en kısa sürede sonuçlandırmak için çabalıyor.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Siber suçlulara karşı dikkatli olun!
notice-fraud-intro = Alman sağlık sigortası kurumlarına yönelik siber saldırı tek suç değildi – birçok suçlu insanları doğrudan dolandırmaya da çalışıyor. Lütfen şunu her zaman aklınızda bulundurun (şu anda somut bir olaydan haberdar olmasak da):
notice-fraud-rule = { -brand-name }, kişisel verilerinizi veya şifrelerinizi sormak için sizinle asla e-posta, telefon ya da SMS yoluyla iletişime geçmez – sizi oturum açma bilgilerinizi girmeniz istenen bir web sitesine yönlendirerek de bunu yapmaz.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Veriler güvende
notice-data-analysis = Kapsamlı analizlerin şu ana kadarki sonuçlarına göre, müşterilere veya sigortalılara ait hiçbir veri dışarı sızmamıştır. Mevcut bulgulara göre başka herhangi bir veri de sızdırılmamıştır.
notice-data-investigation = Olay, güvenlik uzmanlarının yanı sıra Eyalet Kriminal Polis Dairesi (LKA) ve polis uzmanlarıyla birlikte inceleniyor; bu süreçte Federal Sağlık Bakanlığı ve diğer federal kurumlarla da koordinasyon sağlanıyor.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Tam olarak ne oldu?
notice-what-shutdown = Bilişim hizmet sağlayıcısı { -it-provider }, erken uyarı sistemleri bir siber saldırı bildirdikten sonra, nisan ayının sonunda sistemlerinin ağ bağlantısını derhal kesti. Bu adım, veri sızıntısı veya başka zararların oluşması riskini zamanında ve kararlılıkla önlemek için atıldı.
notice-what-restart = Normal işleyişin yeniden sağlanmasında { -it-provider } şirketi, iç ve dış güvenlik uzmanlarından danışmanlık alıyor. Burada da güvenlik hızdan önce gelir. Bu nedenle sistemlerin yeniden çalıştırılmasına yönelik her adım olası risklere karşı incelendi ve güvence altına alındı.
# Text of the link to the insurer's page with more information.
notice-more-info = Daha fazla bilgi

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Ayrıntılar ve arka plan
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Bildirimi küçült
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Talepler şu anda gecikmeli olarak işleniyor.
# Button on the reminder that opens the full notice again.
notice-restore = Bildirimi yeniden göster
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Bildirim küçültüldü.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Bildirimin tamamı yeniden gösteriliyor.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Alman İşaret Dili (DGS)

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
notice-title-disruption = Taleplerinizin işlenmesinde kısıtlamalar
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = Bilişim hizmet sağlayıcımız { -it-provider }, bir siber saldırının ardından sistemlerinin ağ bağlantısını kesti. Bu nedenle { -brand-name } bünyesinde talepler şu anda yalnızca sınırlı ölçüde işlenebiliyor. Öncelik, tıbben acil sağlık hizmetlerine ve hastalık parası (Krankengeld) ile bakım parası (Pflegegeld) gibi geçimi güvence altına alan ödemelere veriliyor.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Bilişim hizmet sağlayıcısı { -it-provider }, siber saldırının ardından sistemlerinin ağ bağlantısını kesti. Saldırı, { -brand-name } bünyesinde de teknik arızalara yol açtı; bu nedenle talepler şu anda yalnızca sınırlı ölçüde işlenebiliyor. En önemli talepler öncelikli olarak işleniyor.

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
notice-title-resolved = Birikmiş işler bitirildi – siber suçlulara karşı uyarı hâlâ geçerli
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Bilişim hizmet sağlayıcımız { -it-provider } bir siber saldırıya uğradıktan sonra { -brand-name } bünyesinde biriken işler bitirildi. Sabrınız ve anlayışınız için teşekkür ederiz. Lütfen siber suçlulara karşı uyarıyı aklınızda bulundurmaya devam edin.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = { -brand-name } bünyesindeki teknik arızalar nedeniyle biriken işler bitirildi. Talepler yeniden her zamanki gibi işleniyor.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Sabrınız ve anlayışınız için teşekkür ederiz.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Siber suçlulara karşı uyarı hâlâ geçerli.
