/** The buttons that open and close the upload and filter panels where the screen is too narrow for both beside the photos. */

import { byId } from './dom.js';

/** Wires each toggle to the panel its aria-controls names. */
export function createPanelToggles(ids = ['toggle-uploads', 'toggle-filters']) {
  const toggles = ids.map((id) => byId(id));
  for (const toggle of toggles) {
    const panel = byId(toggle.getAttribute('aria-controls'));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      panel.classList.toggle('open', open);
      if (open) {
        const first = panel.querySelector('button, input, select, textarea');
        if (first) {
          first.focus();
        }
      }
    });
  }
}
