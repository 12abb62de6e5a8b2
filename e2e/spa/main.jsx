/**
 * A member portal as a single-page app, for e2e/spa.test.mjs: three routes — a start page
 * without a notice, the inbox with the banner, the requests page with the full notice — a
 * language picker that is React state, and a log of the notice's events. Under StrictMode,
 * so React's development build runs every effect twice.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

import { Notice } from './Notice.jsx';
import { Link, usePath } from './router.jsx';

const BASE = import.meta.env.BASE_URL;
const ROUTES = {
  [BASE]: Start,
  [`${BASE}postfach`]: Inbox,
  [`${BASE}antraege`]: Requests,
};

/** The shipped languages, as the widget lists them (its script tag ran before this module). */
const LOCALES = window.MemberNotice?.locales ?? [];

function App() {
  const path = usePath();
  // '' = automatic: the widget follows <html lang> and the browser.
  const [lang, setLang] = useState('');
  const [events, setEvents] = useState([]);
  const onEvent = useCallback(
    (event) => setEvents((seen) => [...seen, { type: event.type, detail: event.detail, path: location.pathname }]),
    [],
  );
  const Page = ROUTES[path] ?? NotFound;
  return (
    <>
      <header>
        <nav aria-label="Hauptnavigation">
          <Link to={BASE}>Start</Link> <Link to={`${BASE}postfach`}>Postfach</Link>{' '}
          <Link to={`${BASE}antraege`}>Anträge</Link>
        </nav>
        <label>
          Sprache des Hinweises{' '}
          <select id="language" value={lang} onChange={(event) => setLang(event.target.value)}>
            <option value="">Automatisch</option>
            {LOCALES.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        <Page lang={lang || undefined} onEvent={onEvent} />
      </main>
      <aside aria-label="Ereignisse">
        <ol id="event-log">
          {events.map((event, i) => (
            <li key={i} data-type={event.type} data-path={event.path} data-detail={JSON.stringify(event.detail)}>
              {event.type}
            </li>
          ))}
        </ol>
      </aside>
    </>
  );
}

function Start() {
  return (
    <>
      <h1>Willkommen im Mitgliederportal</h1>
      <p>Hier finden Sie Ihr Postfach und Ihre Anträge.</p>
    </>
  );
}

function Inbox({ lang, onEvent }) {
  return (
    <>
      <h1>Postfach</h1>
      <Notice lang={lang} variant="banner" onEvent={onEvent} />
      <p>Sie haben keine neuen Nachrichten.</p>
    </>
  );
}

function Requests({ lang, onEvent }) {
  return (
    <>
      <h1>Anträge</h1>
      <section aria-labelledby="open-requests">
        <h2 id="open-requests">Offene Anträge</h2>
        <Notice lang={lang} variant="full" headingLevel={3} onEvent={onEvent} />
        <p>Sie haben zurzeit zwei offene Anträge.</p>
      </section>
    </>
  );
}

function NotFound() {
  return <h1>Seite nicht gefunden</h1>;
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
