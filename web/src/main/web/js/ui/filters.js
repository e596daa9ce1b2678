/** The sort and filter form, kept in step with the state in the URL hash. */

import { DEFAULT_STATE, activeFilters, normalizeState } from '../query.js';
import { byId, el } from './dom.js';
import { clearFieldError, showFieldError } from './field-errors.js';

const TEXT_DELAY_MS = 350;

/** Wires the form; `onChange(listing)` gets the chosen sort and filters whenever the person changes one. */
export function createFilters({ api, onChange, onError }) {
  const form = byId('filters');
  const tagList = byId('tag-filter');
  const noTags = byId('no-tags');
  let chosenTags = [];
  let knownTags = [];
  let textTimer = null;

  function current() {
    const values = form.elements;
    const checked = [...tagList.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
    const shown = new Set([...tagList.querySelectorAll('input[type=checkbox]')].map((box) => box.value));
    const hiddenChosen = chosenTags.filter((tag) => !shown.has(tag));
    return normalizeState({
      sort: values.sort.value,
      order: values.order.value,
      type: values.type.value,
      q: values.q.value,
      takenFrom: values.takenFrom.value,
      takenTo: values.takenTo.value,
      tags: [...checked, ...hiddenChosen],
    });
  }

  /** Whether the date range reads forwards; a reversed one is marked at its end and not asked for. */
  function rangeIsValid() {
    const { takenFrom, takenTo } = form.elements;
    if (takenFrom.value && takenTo.value && takenTo.value < takenFrom.value) {
      showFieldError(takenTo, 'Pick a day on or after the “from” day.');
      return false;
    }
    clearFieldError(takenTo);
    return true;
  }

  function changed() {
    clearTimeout(textTimer);
    if (rangeIsValid()) {
      onChange(current());
    }
  }

  form.addEventListener('change', (event) => {
    if (event.target.name !== 'q') {
      changed();
    }
  });
  form.addEventListener('input', (event) => {
    if (event.target.name === 'q') {
      clearTimeout(textTimer);
      textTimer = setTimeout(changed, TEXT_DELAY_MS);
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changed();
  });
  const activeBox = byId('active-filters');
  const activeList = byId('active-filter-list');

  /** The line above the photos naming each active filter, each a button that removes it. */
  function renderActive(state) {
    const active = activeFilters(state);
    activeList.replaceChildren(...active.map((filter) => el('li', {},
      el('button', {
        type: 'button',
        'aria-label': `Remove the filter: ${filter.label}`,
        onclick: () => {
          show(filter.without);
          onChange(normalizeState(filter.without));
          byId(activeBox.hidden ? 'gallery-title' : 'active-filters-clear').focus();
        },
      }, filter.label, ' ×'))));
    activeBox.hidden = active.length === 0;
  }

  byId('active-filters-clear').addEventListener('click', () => byId('clear-filters').click());

  byId('clear-filters').addEventListener('click', () => {
    chosenTags = [];
    for (const box of tagList.querySelectorAll('input[type=checkbox]')) {
      box.checked = false;
    }
    show({ ...DEFAULT_STATE, sort: form.elements.sort.value, order: form.elements.order.value });
    changed();
  });

  function renderTags(items) {
    knownTags = items;
    const counts = new Map(items.map((item) => [item.tag, item.count]));
    for (const tag of chosenTags) {
      if (!counts.has(tag)) {
        counts.set(tag, 0);
      }
    }
    const tags = [...counts.keys()].sort((a, b) => a.localeCompare(b));
    tagList.replaceChildren(...tags.map((tag, index) => {
      const id = `tag-option-${index}`;
      return el('li', {},
        el('input', { type: 'checkbox', id, value: tag, checked: chosenTags.includes(tag) }),
        el('label', { for: id }, tag, ' ', el('span', { class: 'count' }, `(${counts.get(tag)})`)));
    }));
    noTags.hidden = tags.length > 0;
  }

  /** Shows a state in the form without announcing a change. */
  function show(state) {
    const values = form.elements;
    if (document.activeElement !== values.q) {
      values.q.value = state.q;
    }
    values.sort.value = state.sort;
    values.order.value = state.order;
    values.type.value = state.type;
    values.takenFrom.value = state.takenFrom;
    values.takenTo.value = state.takenTo;
    rangeIsValid();
    renderActive(state);
    chosenTags = [...state.tags];
    for (const box of tagList.querySelectorAll('input[type=checkbox]')) {
      box.checked = chosenTags.includes(box.value);
    }
    if (chosenTags.some((tag) => !tagList.querySelector(`input[value="${CSS.escape(tag)}"]`))) {
      renderTags(knownTags);
    }
  }

  async function refreshTags() {
    try {
      const result = await api.listTags();
      renderTags(result.items || []);
    } catch (error) {
      onError(error);
    }
  }

  return { show, refreshTags, clearTags: () => tagList.replaceChildren() };
}
