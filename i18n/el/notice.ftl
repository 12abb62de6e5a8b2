### Notice for members: delays after the cyberattack on the IT service provider.
###
### Language: Greek (Modern).
### Translated from de/notice.ftl (the source locale, whose wording follows the
### insurer's original page, kept in i18n/SOURCE.md), checked against en/notice.ftl.
###
### Tone: calm, factual, reassuring; formal address throughout. Members may be
### worried; no exclamation marks beyond the one in the fraud heading, no
### invented urgency.
### Plain text only: the widget renders every message as plain text; never add
### HTML tags or markdown.
###
### Formal address: the polite plural (εσείς, σας; "Σας ευχαριστούμε").
### Buttons are nouns ("Σύμπτυξη ανακοίνωσης"), as Greek interfaces write them.
### The untranslated terms stand in apposition after a noun that carries the
### case and the article ("το ταμείο ασθενείας hkk", "του ταμείου hkk", "την
### εταιρεία Bitmarck"), so they never need Greek endings.
### Krankenkasse is rendered as "ταμείο ασθενείας".
### Typography: the Greek question mark is ";" (type the semicolon, U+003B);
### a spaced en dash with a no-break space before it; the apostrophe ’
### (U+2019, "Γι’ αυτό"); quotes « » (none needed so far).

## Terms. Brand and provider names: change them here (or via the remote config)
## to reuse the notice for another insurer. Do not translate them.

-brand-name = hkk
-it-provider = Bitmarck

## Notice frame: the headline that names the whole notice (it is the landmark's
## accessible name) and the banner's short summary.

# Headline of the whole notice.
notice-title = Καθυστερήσεις στη διεκπεραίωση των αιτημάτων σας
# Two-line summary shown in the compact banner instead of the full delay text.
# Condensed from the three delay paragraphs below; keep it short.
notice-summary = Μετά από κυβερνοεπίθεση στον πάροχο υπηρεσιών πληροφορικής μας, την εταιρεία { -it-provider }, η διεκπεραίωση των αιτημάτων διαρκεί προς το παρόν περισσότερο. Οι δυσλειτουργίες στο ταμείο ασθενείας { -brand-name } έχουν αποκατασταθεί και εργαζόμαστε εντατικά για να καλύψουμε τις εκκρεμότητες.

## Section "delay": why requests take longer.

notice-delay-cause = Ο πάροχος υπηρεσιών πληροφορικής { -it-provider }, με τον οποίο συνεργάζονται το ταμείο ασθενείας { -brand-name } και πολλά άλλα ταμεία ασθενείας, ήταν στόχος κυβερνοεπίθεσης.
notice-delay-backlog = Οι τεχνικές δυσλειτουργίες που προκλήθηκαν από αυτήν στο ταμείο ασθενείας { -brand-name } έχουν αποκατασταθεί πλήρως. Ωστόσο, οδήγησαν σε εκκρεμότητες στη διεκπεραίωση πολλών αιτημάτων πελατών, τις οποίες το προσωπικό του ταμείου { -brand-name } καλύπτει αυτή τη στιγμή εντατικά. Στο μέτρο του δυνατού, δίνεται προτεραιότητα στα πιο σημαντικά αιτήματα.
notice-delay-thanks = Δυστυχώς, η πλήρης κάλυψη των εκκρεμοτήτων θα διαρκέσει ακόμη μερικές εβδομάδες. Σας ευχαριστούμε για την υπομονή και την κατανόησή σας.

## Section "priority": what is handled first. Keep the German benefit names
## (Krankengeld, Pflegegeld) recognisable in translations, e.g. "sick pay (Krankengeld)".

notice-priority-title = Αιτήματα που διεκπεραιώνονται κατά απόλυτη προτεραιότητα
notice-priority-first = Ύψιστη προτεραιότητα έχουν η εξασφάλιση της επείγουσας ιατρικής περίθαλψης, καθώς και τα θέματα από τα οποία εξαρτάται ο βιοπορισμός, όπως η καταβολή παροχών που αντικαθιστούν τον μισθό, για παράδειγμα του επιδόματος ασθενείας (Krankengeld), και η καταβολή του επιδόματος φροντίδας (Pflegegeld).
notice-priority-rest = Ταυτόχρονα, το προσωπικό μας εργάζεται ώστε να διεκπεραιωθούν και όλα τα υπόλοιπα αιτήματα το συντομότερο δυνατό.

## Section "fraud": warning about criminals who pretend to be the insurer.
## Always visible, also in the compact banner. The rule is the key sentence.

notice-fraud-title = Προσοχή στους κυβερνοεγκληματίες!
notice-fraud-intro = Η κυβερνοεπίθεση στα γερμανικά ταμεία ασθενείας δεν ήταν το μόνο έγκλημα – πολλοί εγκληματίες προσπαθούν επίσης να εξαπατήσουν απευθείας τους πολίτες. Παρακαλούμε να έχετε πάντα υπόψη σας τα εξής (παρόλο που προς το παρόν δεν γνωρίζουμε συγκεκριμένα περιστατικά):
notice-fraud-rule = Το ταμείο ασθενείας { -brand-name } δεν επικοινωνεί ποτέ μαζί σας μέσω e-mail, τηλεφώνου ή SMS για να σας ζητήσει προσωπικά δεδομένα ή κωδικούς πρόσβασης – ούτε σας τα ζητά ανακατευθύνοντάς σας σε ιστότοπο όπου θα πρέπει στη συνέχεια να εισαγάγετε τα στοιχεία σύνδεσής σας.

## Section "data-safety": no member data left the systems; who investigates.

notice-data-title = Τα δεδομένα είναι ασφαλή
notice-data-analysis = Σύμφωνα με τα μέχρι τώρα αποτελέσματα των εκτενών αναλύσεων, δεν έχουν διαρρεύσει δεδομένα πελατών ή ασφαλισμένων. Σύμφωνα με τα τρέχοντα στοιχεία, δεν υπήρξε επίσης διαρροή άλλων δεδομένων.
notice-data-investigation = Η διερεύνηση του περιστατικού γίνεται με τη συμμετοχή εμπειρογνωμόνων ασφαλείας και ειδικών της Εγκληματολογικής Υπηρεσίας του ομόσπονδου κρατιδίου (LKA) και της αστυνομίας, καθώς και σε συντονισμό με το Ομοσπονδιακό Υπουργείο Υγείας και άλλους ομοσπονδιακούς φορείς.

## Section "what-happened": background on the attack and the restart.

notice-what-title = Τι ακριβώς συνέβη;
notice-what-shutdown = Στα τέλη Απριλίου, ο πάροχος υπηρεσιών πληροφορικής { -it-provider } αποσύνδεσε αμέσως τα συστήματά του από το δίκτυο, αφού τα συστήματα έγκαιρης προειδοποίησης είχαν αναφέρει κυβερνοεπίθεση. Αυτό έγινε για να αποτραπεί έγκαιρα και αποφασιστικά ο κίνδυνος διαρροής δεδομένων ή περαιτέρω ζημιών.
notice-what-restart = Κατά την αποκατάσταση της κανονικής λειτουργίας, την εταιρεία { -it-provider } συμβουλεύουν εσωτερικοί και εξωτερικοί εμπειρογνώμονες ασφαλείας. Και εδώ η ασφάλεια προηγείται της ταχύτητας. Γι’ αυτό κάθε βήμα για την επανεκκίνηση των συστημάτων ελέγχθηκε για πιθανούς κινδύνους και διασφαλίστηκε.
# Text of the link to the insurer's page with more information.
notice-more-info = Περισσότερες πληροφορίες

## Controls. These are button labels read out by screen readers; keep them short.

# Button in the compact banner that shows or hides the sections on priority,
# data safety and background. Its open/closed state is announced separately
# (aria-expanded), so the label must fit both states.
notice-details-toggle = Λεπτομέρειες και ιστορικό
# Button that collapses the whole notice to a one-line reminder.
notice-dismiss = Σύμπτυξη ανακοίνωσης
# The one-line reminder shown while the notice is collapsed.
notice-collapsed = Η διεκπεραίωση των αιτημάτων καθυστερεί προς το παρόν.
# Button on the reminder that opens the full notice again.
notice-restore = Επανεμφάνιση ανακοίνωσης
# Said politely by screen readers (not shown) right after the member collapsed the
# notice with the button above; one short sentence.
notice-status-collapsed = Η ανακοίνωση συμπτύχθηκε.
# Said politely by screen readers (not shown) right after the member opened the
# notice again; one short sentence.
notice-status-restored = Η ανακοίνωση εμφανίζεται ξανά πλήρως.

## Other formats. Shown only when the insurer offers the notice as a video in German
## Sign Language (config `links.sign_language`).

# Text of the link to that video. The video is in German Sign Language (Deutsche
# Gebärdensprache) whatever the notice's language: say so, and keep "(DGS)".
notice-sign-language = Γερμανική Νοηματική Γλώσσα (DGS)

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
notice-title-disruption = Περιορισμοί στη διεκπεραίωση των αιτημάτων σας
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: after a cyberattack the IT provider took its systems off
# the network; so the insurer can handle requests only to a limited extent for
# now; urgent medical care and payouts people live on (Krankengeld,
# Pflegegeld) come first.
notice-summary-disruption = Μετά από κυβερνοεπίθεση, ο πάροχος υπηρεσιών πληροφορικής μας, η εταιρεία { -it-provider }, αποσύνδεσε τα συστήματά του από το δίκτυο. Γι’ αυτό το ταμείο ασθενείας { -brand-name } μπορεί προς το παρόν να διεκπεραιώνει αιτήματα μόνο σε περιορισμένο βαθμό. Προτεραιότητα έχουν η επείγουσα ιατρική περίθαλψη και οι πληρωμές από τις οποίες εξαρτάται ο βιοπορισμός, όπως το επίδομα ασθενείας (Krankengeld) και το επίδομα φροντίδας (Pflegegeld).
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog and notice-delay-thanks); the section "priority"
# follows. Must convey: the IT provider took its systems off the network after
# the attack; the attack caused technical disruptions at the insurer too;
# requests can be handled only to a limited extent for now, the most important
# first.
notice-disruption-state = Μετά την κυβερνοεπίθεση, ο πάροχος υπηρεσιών πληροφορικής { -it-provider } αποσύνδεσε τα συστήματά του από το δίκτυο. Η επίθεση προκάλεσε τεχνικές δυσλειτουργίες και στο ταμείο ασθενείας { -brand-name }, γι’ αυτό τα αιτήματα μπορούν προς το παρόν να διεκπεραιώνονται μόνο σε περιορισμένο βαθμό. Τα πιο σημαντικά αιτήματα έχουν προτεραιότητα.

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
notice-title-resolved = Οι εκκρεμότητες καλύφθηκαν – η προειδοποίηση για τους κυβερνοεγκληματίες εξακολουθεί να ισχύει
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The banner's summary in this phase (instead of notice-summary); keep it
# short. Must convey: the backlog that arose at the insurer after the
# cyberattack on the IT provider has been worked off; thanks for patience and
# understanding; please keep the warning about cybercriminals in mind (the
# fraud section is shown with the summary).
notice-summary-resolved = Οι εκκρεμότητες που δημιουργήθηκαν στο ταμείο ασθενείας { -brand-name } μετά την κυβερνοεπίθεση στον πάροχο υπηρεσιών πληροφορικής μας, την εταιρεία { -it-provider }, καλύφθηκαν. Σας ευχαριστούμε για την υπομονή και την κατανόησή σας. Παρακαλούμε να εξακολουθείτε να έχετε υπόψη σας την προειδοποίηση για τους κυβερνοεγκληματίες.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The delay section's text in this phase, after notice-delay-cause (instead of
# notice-delay-backlog). Must convey: the backlog caused by the technical
# disruptions at the insurer has been worked off; requests are handled as
# usual again.
notice-resolved-done = Οι εκκρεμότητες που προκλήθηκαν από τις τεχνικές δυσλειτουργίες στο ταμείο ασθενείας { -brand-name } καλύφθηκαν. Τα αιτήματα διεκπεραιώνονται ξανά κανονικά.
# NEW TEXT: not on the insurer's page in this place (the words are the page's
# own thanks, from notice-delay-thanks); the insurer's communications team
# must approve it before release.
# Follows notice-resolved-done (instead of notice-delay-thanks). Must convey:
# thanks for patience and understanding. Translate it as the last sentence of
# notice-delay-thanks is translated.
notice-resolved-thanks = Σας ευχαριστούμε για την υπομονή και την κατανόησή σας.
# NEW TEXT: not on the insurer's page; the insurer's communications team
# must approve it before release.
# The one-line reminder while the notice is collapsed, in this phase (instead
# of notice-collapsed, which speaks of delays); it names the collapsed notice,
# and the fraud rule (notice-fraud-rule) is shown right below it. Must convey:
# the warning about cybercriminals still holds.
notice-collapsed-resolved = Η προειδοποίηση για τους κυβερνοεγκληματίες εξακολουθεί να ισχύει.
