/** Messages shown next to the form fields they are about, from the field errors of a problem. */

import { distinctFieldErrors, fieldMessage } from '../problem.js';
import { el } from './dom.js';

function messageOf(input) {
  const id = `${input.id}-error`;
  let message = document.getElementById(id);
  if (!message) {
    message = el('p', { class: 'field-error', id, hidden: true });
    input.after(message);
    input.addEventListener('input', () => clearFieldError(input));
  }
  return message;
}

/** Removes the message of one field. */
export function clearFieldError(input) {
  const message = document.getElementById(`${input.id}-error`);
  if (message) {
    message.textContent = '';
    message.hidden = true;
  }
  input.removeAttribute('aria-invalid');
  const described = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== `${input.id}-error`);
  if (described.length) {
    input.setAttribute('aria-describedby', described.join(' '));
  } else {
    input.removeAttribute('aria-describedby');
  }
}

/** Shows one message next to a field and marks it invalid. */
export function showFieldError(input, text) {
  const message = messageOf(input);
  message.textContent = text;
  message.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  const described = new Set((input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
  described.add(message.id);
  input.setAttribute('aria-describedby', [...described].join(' '));
}

/** Removes every field message of a form. */
export function clearFieldErrors(form) {
  for (const input of form.querySelectorAll('[aria-invalid="true"]')) {
    clearFieldError(input);
  }
}

/**
 * Shows each field error of `error` next to the form's field of that name (tags[2] goes to the tags field), focusing
 * the first; returns the field errors the form has no field for.
 */
export function showFieldErrors(form, error) {
  clearFieldErrors(form);
  const unplaced = [];
  const texts = new Map();
  for (const entry of distinctFieldErrors(error)) {
    const name = String(entry.field || '').replace(/\[\d+\]$/, '');
    const input = name ? form.elements.namedItem(name) : null;
    if (input && input.id) {
      texts.set(input, [...(texts.get(input) || []), fieldMessage(entry)]);
    } else {
      unplaced.push(entry);
    }
  }
  for (const [input, messages] of texts) {
    showFieldError(input, [...new Set(messages)].join(' '));
  }
  const first = texts.keys().next();
  if (!first.done) {
    first.value.focus();
  }
  return unplaced;
}
