/** Starts the web app: session, routing through the URL hash, and the views. */

import { createApiClient } from './api.js';
import { claimSession, ownsStoredSession, releaseSession } from './tab-session.js';
import { formatHash, parseHash, sameListing } from './query.js';
import { createAuthView } from './ui/auth.js';
import { createBanners } from './ui/banners.js';
import { createPanelToggles } from './ui/panels.js';
import { byId } from './ui/dom.js';
import { createFilters } from './ui/filters.js';
import { createGallery } from './ui/gallery.js';
import { createPhotoView } from './ui/photo-view.js';
import { createUploads } from './ui/uploads.js';

const USERNAME_KEY = 'photostore.username';
const banners = createBanners(byId('banners'));
createPanelToggles();
let state = parseHash(location.hash);
let listedState = null;
let navigatedInApp = false;
let steppedInViewer = false;
let session = null;

const apiMeta = document.querySelector('meta[name="photostore-api"]');
const api = createApiClient({
  baseUrl: (apiMeta && apiMeta.content) || '/api/v1',
  fetch: (url, init) => window.fetch(url, init),
  storage: window.sessionStorage,
  deviceStorage: window.localStorage,
  onSessionEnd: () => showLoggedOut('Your session has ended. Please log in again.'),
});

function reportError(error, cause = '') {
  if (error && error.status === 401 && !api.isLoggedIn()) {
    return;
  }
  banners.error(error, cause);
}

function navigate(next) {
  const hash = formatHash(next);
  if (hash !== location.hash && !(hash === '#/' && location.hash === '')) {
    location.hash = hash;
  }
}

const gallery = createGallery({
  api,
  onError: (error) => reportError(error, 'listing'),
  onLoaded: () => banners.resolved('listing'),
});
const filters = createFilters({
  api,
  onError: reportError,
  onChange: (listing) => navigate({ ...listing, photo: null }),
});
const photoView = createPhotoView({
  api,
  onError: reportError,
  neighbour: (id, step) => gallery.neighbour(id, step),
  onMove: (id) => {
    steppedInViewer = true;
    location.replace(formatHash({ ...state, photo: id }));
  },
  onClose: (id) => {
    if (navigatedInApp) {
      history.back();
    } else {
      location.replace(formatHash({ ...state, photo: null }));
    }
    const link = gallery.linkOf(id);
    if (link) {
      link.focus();
    }
  },
  onChanged: (photo) => {
    gallery.update(photo);
    filters.refreshTags();
  },
  onDeleted: (id) => {
    gallery.remove(id);
    filters.refreshTags();
    banners.info('The photo was deleted.');
  },
});

let reloadTimer = null;
const uploads = createUploads({
  api,
  currentState: () => state,
  onReady: () => {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      gallery.reload();
      filters.refreshTags();
    }, 1500);
  },
});

const auth = createAuthView({
  api,
  onLoggedIn: (username) => {
    claimSession(window.sessionStorage, window);
    showLoggedIn(username);
  },
});

function route() {
  if (!session) {
    return;
  }
  state = parseHash(location.hash);
  filters.show(state);
  if (!listedState || !sameListing(listedState, state)) {
    listedState = state;
    gallery.reset(state);
  }
  if (state.photo) {
    photoView.open(state.photo);
  } else {
    photoView.close();
  }
}

function showLoggedIn(username) {
  session = { username };
  window.sessionStorage.setItem(USERNAME_KEY, username);
  byId('starting').hidden = true;
  auth.hide();
  byId('app-view').hidden = false;
  byId('account').hidden = false;
  byId('who').textContent = username ? `Signed in as ${username}` : '';
  uploads.enable();
  filters.refreshTags();
  listedState = null;
  route();
}

function showLoggedOut(message) {
  session = null;
  window.sessionStorage.removeItem(USERNAME_KEY);
  releaseSession(window.sessionStorage);
  listedState = null;
  photoView.close();
  uploads.disable();
  gallery.stop();
  filters.clearTags();
  byId('starting').hidden = true;
  byId('app-view').hidden = true;
  byId('account').hidden = true;
  auth.show(message);
}

/** Tells the app's other tabs in this browser that a user logged out everywhere, so theirs end at once too. */
const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('photostore-sessions') : null;
if (tabs) {
  tabs.addEventListener('message', (event) => {
    const message = event.data || {};
    if (message.type === 'logged-out-everywhere' && session && session.username === message.username) {
      api.forget();
      showLoggedOut('You were logged out on every device.');
    }
  });
}

async function logOut(everywhere) {
  const username = session && session.username;
  try {
    await (everywhere ? api.logOutEverywhere() : api.logOut());
    if (everywhere && tabs && username) {
      tabs.postMessage({ type: 'logged-out-everywhere', username });
    }
    showLoggedOut(everywhere ? 'You are logged out on every device.' : 'You are logged out.');
  } catch (error) {
    showLoggedOut('');
    banners.error(error);
  }
}

byId('logout').addEventListener('click', () => logOut(false));
byId('logout-everywhere').addEventListener('click', () => logOut(true));
window.addEventListener('hashchange', () => {
  navigatedInApp = navigatedInApp || !steppedInViewer;
  steppedInViewer = false;
  route();
});

async function start() {
  if (!api.hasStoredSession()) {
    showLoggedOut('');
    return;
  }
  if (!ownsStoredSession(window.sessionStorage, window)) {
    api.forget();
    showLoggedOut('This tab was opened from another one. Please log in here too.');
    return;
  }
  try {
    await api.resume();
    showLoggedIn(window.sessionStorage.getItem(USERNAME_KEY) || '');
  } catch (error) {
    showLoggedOut(error.status === 401 || error.status === 400 ? 'Your session has ended. Please log in again.' : '');
    if (error.status !== 401 && error.status !== 400) {
      banners.error(error);
    }
  }
}

start();
