/** The log-in and sign-up form. */

import { describeError, fieldSentence } from '../problem.js';
import { byId, showText } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './field-errors.js';

/** Wires the form: `onLoggedIn(username)` runs after a successful log-in or sign-up. */
export function createAuthView({ api, onLoggedIn }) {
  const view = byId('auth-view');
  const form = byId('auth-form');
  const title = byId('auth-title');
  const submit = byId('auth-submit');
  const password = byId('password');
  const switchText = byId('auth-switch-text');
  const switchButton = byId('auth-switch');
  const notice = byId('auth-notice');
  const error = byId('auth-error');
  let signingUp = false;
  let lockedUntil = 0;

  function render() {
    title.textContent = signingUp ? 'Create an account' : 'Log in';
    submit.textContent = signingUp ? 'Create account' : 'Log in';
    password.autocomplete = signingUp ? 'new-password' : 'current-password';
    switchText.textContent = signingUp ? 'Already have an account?' : 'New here?';
    switchButton.textContent = signingUp ? 'Log in instead' : 'Create an account';
  }

  /** Field errors next to their fields; the rest, or the message when there are none, above the button. */
  function showError(failure) {
    if (!failure) {
      clearFieldErrors(form);
      showText(error, '');
      return;
    }
    const fields = Array.isArray(failure.fieldErrors) ? failure.fieldErrors : [];
    if (fields.length === 0) {
      clearFieldErrors(form);
      showText(error, failure.message);
      return;
    }
    const unplaced = showFieldErrors(form, failure);
    showText(error, unplaced.map(fieldSentence).join(' '));
  }

  function lockFor(seconds) {
    lockedUntil = Date.now() + seconds * 1000;
    submit.disabled = true;
    setTimeout(() => {
      if (Date.now() >= lockedUntil) {
        submit.disabled = false;
      }
    }, seconds * 1000);
  }

  switchButton.addEventListener('click', () => {
    signingUp = !signingUp;
    showError(null);
    showText(notice, '');
    render();
    byId('username').focus();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = form.elements.username.value.trim();
    const secret = form.elements.password.value;
    if (!username || !secret) {
      showError({
        message: '',
        fieldErrors: [
          ...(username ? [] : [{ field: 'username', message: 'enter your username' }]),
          ...(secret ? [] : [{ field: 'password', message: 'enter your password' }]),
        ],
      });
      return;
    }
    showError(null);
    showText(notice, '');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      if (signingUp) {
        await api.signUp(username, secret);
        signingUp = false;
        render();
      }
      await api.logIn(username, secret);
      form.reset();
      onLoggedIn(username);
    } catch (failure) {
      showError(failure.status ? failure : { message: describeError(failure) });
      if (failure.retryAfter) {
        lockFor(failure.retryAfter);
      }
    } finally {
      form.removeAttribute('aria-busy');
      if (Date.now() >= lockedUntil) {
        submit.disabled = false;
      }
    }
  });

  render();
  return {
    show(message) {
      view.hidden = false;
      showError(null);
      showText(notice, message);
      byId('username').focus();
    },
    hide() {
      view.hidden = true;
    },
  };
}
