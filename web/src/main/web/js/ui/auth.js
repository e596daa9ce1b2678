/** The log-in and sign-up form. */

import { describeError } from '../problem.js';
import { byId, el, showText } from './dom.js';

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
  const fieldErrors = byId('auth-field-errors');
  let signingUp = false;
  let lockedUntil = 0;

  function render() {
    title.textContent = signingUp ? 'Create an account' : 'Log in';
    submit.textContent = signingUp ? 'Create account' : 'Log in';
    password.autocomplete = signingUp ? 'new-password' : 'current-password';
    switchText.textContent = signingUp ? 'Already have an account?' : 'New here?';
    switchButton.textContent = signingUp ? 'Log in instead' : 'Create an account';
  }

  function showError(failure) {
    showText(error, failure ? failure.message : '');
    const entries = failure && Array.isArray(failure.fieldErrors) ? failure.fieldErrors : [];
    fieldErrors.replaceChildren(...entries.map((entry) => el('li', {}, entry.field ? `${entry.field}: ${entry.message}` : entry.message)));
    fieldErrors.hidden = entries.length === 0;
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
      showError({ message: 'Enter a username and a password.' });
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
