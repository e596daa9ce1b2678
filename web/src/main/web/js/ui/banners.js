/** Dismissable error and information banners at the top of the page. */

import { describeError } from '../problem.js';
import { el } from './dom.js';

/**
 * Creates the banner area in `container`; `error(e, cause)` and `info(text)` add a banner, same text only once. An
 * error given a cause replaces the earlier banner of that cause, and `resolved(cause)` removes it once the cause is gone.
 */
export function createBanners(container) {
  function resolved(cause) {
    for (const existing of [...container.children]) {
      if (existing.dataset.cause === cause) {
        existing.remove();
      }
    }
  }

  function show(text, kind, cause = '') {
    if (cause) {
      resolved(cause);
    }
    for (const existing of container.children) {
      if (existing.dataset.text === text) {
        return;
      }
    }
    const banner = el('div', { class: `banner ${kind}`, role: kind === 'error' ? 'alert' : 'status', dataset: { text, cause } },
      el('p', {}, text),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Dismiss', onclick: () => banner.remove() }, '×'));
    container.append(banner);
    if (kind !== 'error') {
      setTimeout(() => banner.remove(), 6000);
    }
  }
  return {
    error: (error, cause = '') => show(describeError(error), 'error', cause),
    info: (text) => show(text, 'info'),
    resolved,
    clear: () => container.replaceChildren(),
  };
}
