/** Dismissable error and information banners at the top of the page. */

import { describeError } from '../problem.js';
import { el } from './dom.js';

/** Creates the banner area in `container`; `error(e)` and `info(text)` add a banner, same text only once. */
export function createBanners(container) {
  function show(text, kind) {
    for (const existing of container.children) {
      if (existing.dataset.text === text) {
        return;
      }
    }
    const banner = el('div', { class: `banner ${kind}`, role: kind === 'error' ? 'alert' : 'status', dataset: { text } },
      el('p', {}, text),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Dismiss', onclick: () => banner.remove() }, '×'));
    container.append(banner);
    if (kind !== 'error') {
      setTimeout(() => banner.remove(), 6000);
    }
  }
  return {
    error: (error) => show(describeError(error), 'error'),
    info: (text) => show(text, 'info'),
    clear: () => container.replaceChildren(),
  };
}
