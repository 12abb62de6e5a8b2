/**
 * The bench's pages: one made-up member portal page ("Meine Anliegen") around the notice,
 * several screens tall on a phone, so a notice that arrives after the first paint pushes
 * real content down and the layout shift (CLS) means what it means on the portal.
 *
 * Content below the notice: a heading and lead, the member's open requests as cards, a list
 * of all requests with dates, three info cards, questions and answers, a footer with link
 * columns. No images (the logo is text), no web fonts: nothing on the page moves by itself.
 * The portal's styles are inline and use `p-` classes only, so the notice's stylesheet,
 * which the static baseline page loads into the light DOM, does not restyle the portal.
 *
 * Kinds of page, per locale:
 *   static    the notice's HTML (from the prerendered fragment) in the light DOM, with the
 *             release's stylesheet in <head>: what the same text costs as plain HTML + CSS
 *   fragment  the prerendered fragment (dist/static/<locale>.html) + a bare script tag
 *   script    the script tag alone (data-lang, data-variant, data-target)
 *   room      the script tag alone, and the target keeps room for the notice
 *             (`min-height`, docs/speed.md), as measured on this page
 *   config    the script tag alone with a config (`data-config`, phase `resolved`, served by
 *             the bench's server): the notice waits for the config before it shows anything
 */

/** The config the `config` page names: another phase than the built-in one. */
export const CONFIG = { path: '/bench/notice.json', json: '{ "version": "bench", "phase": "resolved" }' };

/** The portal's own styles: phone first, a side column from 900 px. */
const PORTAL_CSS = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f1f1f;background:#f6f7f6}
.p-header{background:#005e3c;color:#fff}
.p-bar{display:flex;justify-content:space-between;align-items:center;gap:1rem;max-width:75rem;margin:0 auto;padding:.75rem 1rem}
.p-brand{font-weight:700;font-size:1.25rem;color:#fff;text-decoration:none}
.p-account{margin:0;font-size:.875rem;text-align:right}
.p-nav{background:#004a2f}
.p-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;max-width:75rem;margin:0 auto;padding:.5rem 1rem;list-style:none}
.p-nav a{color:#fff;text-decoration:none;font-size:.9375rem}
.p-layout{display:grid;gap:2rem;max-width:75rem;margin:0 auto;padding:1rem}
@media (min-width:900px){.p-layout{grid-template-columns:minmax(0,1fr) 18rem}}
.p-crumbs{margin:0 0 1rem;font-size:.875rem;color:#555}
.p-h1{margin:0 0 .5rem;font-size:1.75rem;line-height:1.2}
.p-h2{margin:2rem 0 .75rem;font-size:1.375rem;line-height:1.25}
.p-lead{margin:0 0 1.25rem;font-size:1.0625rem}
.p-text{margin:0 0 1rem}
.p-slot{margin:1.25rem 0 2rem}
.p-cards{display:grid;gap:1rem;margin:0;padding:0;list-style:none}
@media (min-width:600px){.p-cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
.p-card{background:#fff;border:1px solid #d5dbd7;border-radius:.5rem;padding:1rem}
.p-kind{margin:0;font-size:.8125rem;text-transform:uppercase;letter-spacing:.04em;color:#555}
.p-title{margin:.25rem 0 .5rem;font-size:1.125rem;line-height:1.3}
.p-state{display:inline-block;margin:0 0 .5rem;padding:.125rem .5rem;border-radius:1rem;background:#e8f1ec;font-size:.875rem}
.p-facts{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0;font-size:.9375rem}
.p-facts dt{color:#555}.p-facts dd{margin:0}
.p-link{color:#005e3c}
.p-list{margin:0;padding:0;list-style:none;background:#fff;border:1px solid #d5dbd7;border-radius:.5rem}
.p-list li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;padding:.75rem 1rem;border-top:1px solid #e4e8e5}
.p-list li:first-child{border-top:0}
.p-date{color:#555;font-size:.9375rem}
.p-panel{background:#fff;border:1px solid #d5dbd7;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.p-qa dt{font-weight:700;margin:1rem 0 .25rem}.p-qa dd{margin:0}
.p-footer{background:#1f2a24;color:#e8ece9;margin-top:3rem}
.p-footer-in{display:grid;gap:1.5rem;max-width:75rem;margin:0 auto;padding:2rem 1rem}
@media (min-width:600px){.p-footer-in{grid-template-columns:repeat(3,minmax(0,1fr))}}
.p-footer ul{margin:0;padding:0;list-style:none}
.p-footer a{color:#e8ece9;line-height:2.25}
`;

const REQUESTS = [
  ['Leistung', 'Krankengeld – Auszahlschein', 'Vorrangig in Bearbeitung', '2. Mai', 'KG-48213'],
  ['Antrag', 'Kostenübernahme Zahnersatz', 'In Bearbeitung – dauert länger', '24. April', 'ZE-30977'],
  ['Nachweis', 'Bonusprogramm – Vorsorgeuntersuchung', 'Eingegangen', '6. Mai', 'BP-11542'],
  ['Antrag', 'Haushaltshilfe nach Operation', 'In Bearbeitung', '29. April', 'HH-20418'],
  ['Erstattung', 'Osteopathie – Rechnung März', 'In Bearbeitung – dauert länger', '15. April', 'OS-77310'],
  ['Nachweis', 'Schulbescheinigung für die Familienversicherung', 'Eingegangen', '8. Mai', 'FV-66021'],
];

const HISTORY = [
  ['Adressänderung', '18. April'],
  ['Mitgliedsbescheinigung für den Arbeitgeber', '9. April'],
  ['Europäische Krankenversicherungskarte', '27. März'],
  ['Erstattung Brille (Sehhilfe)', '21. März'],
  ['Bonusprogramm – Sportabzeichen', '14. März'],
  ['Befreiung von Zuzahlungen 2026', '2. März'],
  ['Antrag auf Mutterschaftsgeld', '19. Februar'],
  ['Bescheinigung über Vorerkrankungen', '5. Februar'],
  ['Kinderkrankengeld', '28. Januar'],
  ['Änderung der Bankverbindung', '12. Januar'],
];

const QUESTIONS = [
  ['Wie lange dauert die Bearbeitung?', 'Das hängt vom Anliegen ab. Leistungen, von denen Sie leben, und medizinisch dringende Versorgung bearbeiten wir zuerst. Alles andere so schnell wie möglich.'],
  ['Muss ich etwas noch einmal schicken?', 'Nein. Alles, was bei uns eingegangen ist, sehen Sie in der Liste oben. Schicken Sie Unterlagen bitte nicht doppelt, das verzögert die Bearbeitung.'],
  ['Wie erreiche ich Sie?', 'Über das Postfach in Meine hkk, am Telefon und in unseren Servicestellen. Wir fragen Sie nie per E-Mail, SMS oder Telefon nach Passwörtern oder Bankdaten.'],
  ['Wo finde ich meine Bescheide?', 'Unter Dokumente. Dort liegen alle Bescheide und Bescheinigungen der letzten drei Jahre zum Herunterladen.'],
];

const card = ([kind, title, state, date, id]) => `<li class="p-card"><article>
<p class="p-kind">${kind}</p><h3 class="p-title">${title}</h3><p class="p-state">${state}</p>
<dl class="p-facts"><dt>Eingegangen</dt><dd>${date}</dd><dt>Vorgang</dt><dd>${id}</dd></dl>
<a class="p-link" href="#">Details</a></article></li>`;

/** The portal page with `slot` where the notice belongs and `head` in <head>. */
export function portal({ head = '', slot, slotAttributes = '' }) {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Meine Anliegen – Meine hkk</title>
<style>${PORTAL_CSS}</style>${head}</head>
<body>
<header class="p-header"><div class="p-bar"><a class="p-brand" href="#">Meine hkk</a>
<p class="p-account">Max Mustermann<br>Versichertennummer A123456789</p></div>
<nav class="p-nav" aria-label="Hauptnavigation"><ul><li><a href="#">Übersicht</a></li><li><a href="#" aria-current="page">Meine Anliegen</a></li>
<li><a href="#">Postfach (2)</a></li><li><a href="#">Dokumente</a></li><li><a href="#">Bonusprogramm</a></li><li><a href="#">Persönliche Daten</a></li></ul></nav></header>
<div class="p-layout"><main>
<p class="p-crumbs">Meine hkk › Meine Anliegen</p>
<h1 class="p-h1">Meine Anliegen</h1>
<p class="p-lead">Hier sehen Sie, wie weit Ihre Anträge, Nachweise und Nachrichten an uns sind.</p>
<div class="p-slot" id="notice"${slotAttributes}>${slot}</div>
<h2 class="p-h2">Offene Anliegen (${REQUESTS.length})</h2>
<ul class="p-cards">${REQUESTS.map(card).join('\n')}</ul>
<h2 class="p-h2">Erledigt</h2>
<ul class="p-list">${HISTORY.map(([title, date]) => `<li><span>${title}</span> <span class="p-date">erledigt am ${date}</span></li>`).join('\n')}</ul>
<h2 class="p-h2">Häufige Fragen</h2>
<dl class="p-qa">${QUESTIONS.map(([q, a]) => `<dt>${q}</dt><dd>${a}</dd>`).join('\n')}</dl>
</main>
<aside>
<section class="p-panel"><h2 class="p-title">Schnell erledigt</h2><ul class="p-list">
<li><a class="p-link" href="#">Neues Anliegen senden</a></li><li><a class="p-link" href="#">Dokument hochladen</a></li>
<li><a class="p-link" href="#">Bescheinigung anfordern</a></li><li><a class="p-link" href="#">Bankverbindung ändern</a></li></ul></section>
<section class="p-panel"><h2 class="p-title">Sicher im Postfach</h2><p class="p-text">Nachrichten von uns finden Sie immer hier im Postfach von Meine hkk – nicht als Link in einer E-Mail oder SMS.</p></section>
<section class="p-panel"><h2 class="p-title">Bonusprogramm</h2><p class="p-text">Ihr Punktestand: 1.250 Punkte. Noch 250 Punkte bis zur nächsten Prämie.</p><a class="p-link" href="#">Punkte ansehen</a></section>
</aside></div>
<footer class="p-footer"><div class="p-footer-in">
<ul><li><a href="#">Impressum</a></li><li><a href="#">Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li></ul>
<ul><li><a href="#">Kontakt</a></li><li><a href="#">Servicestellen</a></li><li><a href="#">Hilfe zu Meine hkk</a></li></ul>
<ul><li><a href="#">Meine hkk App</a></li><li><a href="#">Newsletter</a></li><li><a href="#">Karriere</a></li></ul>
</div></footer>
</body></html>`;
}

/** The notice's markup inside a prerendered fragment, for the light DOM. */
export function noticeHtml(fragment) {
  const open = /<div class="root"[^>]*>/.exec(fragment);
  const close = fragment.lastIndexOf('</div></template>');
  if (!open || close < 0) throw new Error('bench: the prerendered fragment has no <div class="root"> in its template');
  return fragment.slice(open.index + open[0].length, close);
}

/** The kinds of page, in the order they are reported, with their labels. */
export const KINDS = {
  static: 'static HTML + stylesheet',
  fragment: 'prerendered fragment + script tag',
  script: 'script tag alone',
  room: 'script tag alone, room kept',
  config: 'script tag alone, with a config (phase resolved)',
};

/**
 * The page of `kind` for `locale`. `fragment` is dist/static/<locale>.html; `stylesheet` the
 * release's stylesheet URL; `room` the min-height the target keeps, in rem.
 */
export function page(kind, { locale, fragment, stylesheet, room }) {
  const script = (attributes = '') => `<script src="/dist/member-notice.js" defer${attributes}></script>`;
  const mount = ` data-lang="${locale}" data-variant="banner" data-target="#notice"`;
  switch (kind) {
    case 'static':
      return portal({ head: `<link rel="stylesheet" href="${stylesheet}">`, slot: noticeHtml(fragment) });
    case 'fragment':
      return portal({ head: script(), slot: fragment });
    case 'script':
      return portal({ head: script(mount), slot: '' });
    case 'room':
      return portal({ head: `${script(mount)}<style>#notice{min-height:${room}rem}</style>`, slot: '' });
    case 'config':
      return portal({ head: script(`${mount} data-config="${CONFIG.path}"`), slot: '' });
    default:
      throw new Error(`bench: no page kind ${kind}`);
  }
}
