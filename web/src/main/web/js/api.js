/** The Photostore API client: access token in memory, rotating refresh token in session storage. */

import { ApiError, apiErrorFromResponse } from './problem.js';

/** The session-storage key of the refresh token. */
export const REFRESH_TOKEN_KEY = 'photostore.refreshToken';

/** The device-storage key of an account's device token: the proof that this browser logged in to it before. */
export function deviceTokenKey(username) {
  return 'photostore.deviceToken.' + String(username).trim().toLowerCase();
}

const REQUEST_TIMEOUT_MS = 30000;
const SAFE_METHODS = new Set(['GET', 'HEAD']);

const browserTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle),
};

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The query string of a parameter object: arrays repeat their key, empty values are left out. */
export function queryString(params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item !== undefined && item !== null && item !== '') {
        search.append(key, String(item));
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Creates the client.
 *
 * fetch: the fetch function; storage: a Storage (sessionStorage in the browser); deviceStorage: a Storage that
 * outlives the browser session for the device tokens (which alone log nobody in), or null; timers: {set, clear} for the
 * silent refresh; sleep: waits before retrying a GET that got 429/503 with Retry-After (and a log-in or sign-up that got 503 with it:
 * the server was too busy to check the password, so nothing happened); onSessionEnd: called
 * when the session can no longer be refreshed.
 */
export function createApiClient({
  fetch,
  storage,
  deviceStorage = null,
  baseUrl = '/api/v1',
  timers = browserTimers,
  sleep = wait,
  refreshMarginSeconds = 60,
  maxRetryWaitSeconds = 30,
  maxRetries = 2,
  timeoutMs = REQUEST_TIMEOUT_MS,
  onSessionEnd = () => {},
}) {
  let accessToken = null;
  let refreshTimer = null;
  let refreshing = null;

  function timeoutSignal() {
    return typeof AbortSignal !== 'undefined' && AbortSignal.timeout ? AbortSignal.timeout(timeoutMs) : undefined;
  }

  async function send(method, path, { body, query, token, retryBusy = false } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    const url = `${baseUrl}${path}${queryString(query)}`;
    for (let attempt = 0; ; attempt += 1) {
      let response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: 'same-origin',
          cache: 'no-cache',
          signal: timeoutSignal(),
        });
      } catch (cause) {
        const timedOut = cause && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
        throw new ApiError(timedOut ? 'The server did not answer in time.' : 'Cannot reach the server. Check your connection.');
      }
      if (response.ok) {
        return response.status === 204 ? null : response.json();
      }
      const error = await apiErrorFromResponse(response);
      const retryable = (SAFE_METHODS.has(method) && (error.status === 429 || error.status === 503))
        || (retryBusy && error.status === 503);
      if (retryable && attempt < maxRetries && error.retryAfter !== null && error.retryAfter <= maxRetryWaitSeconds) {
        await sleep(error.retryAfter * 1000);
        continue;
      }
      throw error;
    }
  }

  function cancelRefreshTimer() {
    if (refreshTimer !== null) {
      timers.clear(refreshTimer);
      refreshTimer = null;
    }
  }

  function endSession() {
    const hadSession = accessToken !== null || storage.getItem(REFRESH_TOKEN_KEY) !== null;
    accessToken = null;
    cancelRefreshTimer();
    storage.removeItem(REFRESH_TOKEN_KEY);
    return hadSession;
  }

  function adopt(tokens) {
    accessToken = tokens.accessToken;
    storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    cancelRefreshTimer();
    const delaySeconds = Math.max(5, Number(tokens.expiresIn) - refreshMarginSeconds);
    refreshTimer = timers.set(() => {
      refreshTimer = null;
      refresh().catch(() => {});
    }, delaySeconds * 1000);
  }

  /** Exchanges the stored refresh token for new tokens; concurrent callers share one request. */
  function refresh() {
    if (refreshing) {
      return refreshing;
    }
    refreshing = (async () => {
      const refreshToken = storage.getItem(REFRESH_TOKEN_KEY);
      if (!refreshToken) {
        throw new ApiError('Please log in.', { status: 401 });
      }
      try {
        const tokens = await send('POST', '/sessions/refresh', { body: { refreshToken } });
        adopt(tokens);
        return tokens.accessToken;
      } catch (error) {
        if (error.status === 400 || error.status === 401) {
          if (endSession()) {
            onSessionEnd(error);
          }
        }
        throw error;
      }
    })();
    refreshing.then(
      () => { refreshing = null; },
      () => { refreshing = null; },
    );
    return refreshing;
  }

  async function authorized(method, path, options = {}) {
    if (!accessToken) {
      await refresh();
    }
    const used = accessToken;
    try {
      return await send(method, path, { ...options, token: used });
    } catch (error) {
      if (error.status !== 401) {
        throw error;
      }
    }
    if (accessToken === used) {
      await refresh();
    }
    try {
      return await send(method, path, { ...options, token: accessToken });
    } catch (error) {
      if (error.status === 401 && endSession()) {
        onSessionEnd(error);
      }
      throw error;
    }
  }

  return {
    /** Whether a refresh token from an earlier page load is waiting to be used. */
    hasStoredSession: () => storage.getItem(REFRESH_TOKEN_KEY) !== null,
    /** Whether an access token is held. */
    isLoggedIn: () => accessToken !== null,
    /** Forgets the tokens in this tab without telling the server. */
    forget: () => {
      endSession();
    },
    /** Resumes the stored session by refreshing it. */
    resume: () => refresh(),
    refresh,
    signUp: (username, password) => send('POST', '/users', { body: { username, password }, retryBusy: true }),
    async logIn(username, password) {
      const deviceToken = deviceStorage ? deviceStorage.getItem(deviceTokenKey(username)) : null;
      const body = deviceToken ? { username, password, deviceToken } : { username, password };
      const tokens = await send('POST', '/sessions', { body, retryBusy: true });
      if (deviceStorage && tokens.deviceToken) {
        deviceStorage.setItem(deviceTokenKey(username), tokens.deviceToken);
      }
      adopt(tokens);
      return tokens;
    },
    async logOut() {
      try {
        await authorized('DELETE', '/sessions/current');
      } finally {
        endSession();
      }
    },
    async logOutEverywhere() {
      try {
        await authorized('DELETE', '/sessions');
      } finally {
        endSession();
      }
    },
    listPhotos: (query) => authorized('GET', '/photos', { query }),
    getPhoto: (id) => authorized('GET', `/photos/${encodeURIComponent(id)}`),
    updatePhoto: (id, changes) => authorized('PATCH', `/photos/${encodeURIComponent(id)}`, { body: changes }),
    deletePhoto: (id) => authorized('DELETE', `/photos/${encodeURIComponent(id)}`),
    listTags: () => authorized('GET', '/tags'),
    createUpload: (request) => authorized('POST', '/uploads', { body: request }),
  };
}
