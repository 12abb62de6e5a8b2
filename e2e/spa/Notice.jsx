/**
 * `<member-notice>` as a React component, the way docs/web-teams-spa.md describes it:
 * options as attributes (strings), events by `addEventListener` on the element in an
 * effect, removed in its cleanup. Nothing else: the element mounts its notice when React
 * inserts it and unmounts it when React removes it.
 */
import { useEffect, useRef } from 'react';

/** The events the app reports (every `member-notice:*` event the widget sends). */
const EVENTS = ['ready', 'update', 'toggle', 'dismiss', 'restore', 'link', 'language', 'error'];

/** How often the listener effect ran and was cleaned up (StrictMode runs it twice). */
export const effects = { setups: 0, cleanups: 0 };
// For the end-to-end test: under a symbol, so the page gains no global name.
window[Symbol.for('member-notice.spa.effects')] = effects;

/**
 * @param {object} props
 * @param {string} [props.lang]  a language tag; absent: the widget negotiates
 * @param {'banner'|'full'} [props.variant]
 * @param {number} [props.headingLevel]
 * @param {(event: CustomEvent) => void} props.onEvent  every `member-notice:*` event
 */
export function Notice({ lang, variant, headingLevel, onEvent }) {
  const ref = useRef(null);
  // The latest handler, without re-adding listeners on every render.
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    const element = ref.current;
    const listener = (event) => handler.current(event);
    effects.setups += 1;
    for (const name of EVENTS) element.addEventListener(`member-notice:${name}`, listener);
    return () => {
      effects.cleanups += 1;
      for (const name of EVENTS) element.removeEventListener(`member-notice:${name}`, listener);
    };
  }, []);
  return (
    <member-notice
      ref={ref}
      lang={lang}
      variant={variant}
      heading-level={headingLevel == null ? undefined : String(headingLevel)}
    />
  );
}
