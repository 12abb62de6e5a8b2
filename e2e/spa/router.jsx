/**
 * The smallest router a single-page app has: the path is the state, `history.pushState`
 * changes it, the back button (`popstate`) changes it back. One listener on window while
 * the app is mounted, removed when it unmounts.
 */
import { useSyncExternalStore } from 'react';

const subscribers = new Set();

function subscribe(onChange) {
  subscribers.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    subscribers.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Goes to `path` without loading a page. */
export function navigate(path) {
  history.pushState(null, '', path);
  subscribers.forEach((onChange) => onChange());
}

/** The current path; the component re-renders when it changes. */
export function usePath() {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/** A link the router follows itself (a modified click still opens a new tab). */
export function Link({ to, children }) {
  const current = usePath() === to;
  const onClick = (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
