/**
 * Ties the stored session to the browser tab that logged in. A tab opened from another one starts with a copy of
 * its session storage; using that copied refresh token would present an already rotated token later, which ends
 * the session everywhere. `window.name` is per tab and is not copied, so it tells the two apart.
 */

/** The session-storage key of the tab that owns the stored session. */
export const SESSION_TAB_KEY = 'photostore.tab';
const NAME_PREFIX = 'photostore-tab:';

function tabIdOf(win) {
  return typeof win.name === 'string' && win.name.startsWith(NAME_PREFIX) ? win.name.slice(NAME_PREFIX.length) : null;
}

/** Marks this tab as the owner of the session it is about to store. */
export function claimSession(storage, win, newId = () => globalThis.crypto.randomUUID()) {
  const id = tabIdOf(win) || newId();
  win.name = `${NAME_PREFIX}${id}`;
  storage.setItem(SESSION_TAB_KEY, id);
}

/** Whether the stored session was stored by this tab (and not copied from the tab that opened it). */
export function ownsStoredSession(storage, win) {
  const owner = storage.getItem(SESSION_TAB_KEY);
  return owner !== null && owner === tabIdOf(win);
}

/** Forgets which tab owns the session. */
export function releaseSession(storage) {
  storage.removeItem(SESSION_TAB_KEY);
}
