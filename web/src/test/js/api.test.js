import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApiClient, deviceTokenKey, queryString, REFRESH_TOKEN_KEY } from '../../main/web/js/api.js';
import { MemoryStorage } from './support/memory-storage.js';

function json(status, body, headers = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

function tokens(n, expiresIn = 900) {
  return { accessToken: `access-${n}`, tokenType: 'Bearer', expiresIn, refreshToken: `refresh-${n}`, refreshExpiresIn: 86400 };
}

/** A scripted API: answers each request with the handler of its method and path, recording every call. */
function fakeServer(handlers) {
  const calls = [];
  const fetch = async (url, init) => {
    const call = {
      url,
      method: init.method,
      authorization: init.headers.Authorization || null,
      body: init.body ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const path = new URL(url, 'http://app.test').pathname;
    const handler = handlers[`${init.method} ${path}`];
    if (!handler) {
      return json(404, { detail: `no route ${init.method} ${path}` });
    }
    return handler(call, calls);
  };
  return { fetch, calls };
}

function manualTimers() {
  const pending = new Map();
  let next = 1;
  return {
    set(callback, ms) { pending.set(next, { callback, ms }); return next++; },
    clear(handle) { pending.delete(handle); },
    pending,
    fireAll() { const due = [...pending.values()]; pending.clear(); due.forEach((entry) => entry.callback()); },
  };
}

function client(server, options = {}) {
  const storage = options.storage || new MemoryStorage();
  const timers = options.timers || manualTimers();
  const sleeps = [];
  const ended = [];
  const api = createApiClient({
    fetch: server.fetch,
    storage,
    timers,
    sleep: async (ms) => { sleeps.push(ms); },
    onSessionEnd: (error) => ended.push(error),
    ...options.extra,
  });
  return { api, storage, timers, sleeps, ended };
}

test('query strings repeat array keys and drop empty values', () => {
  assert.equal(queryString({ sort: 'name', tag: ['a b', 'c'], q: '', type: null, limit: 60 }), '?sort=name&tag=a+b&tag=c&limit=60');
  assert.equal(queryString({}), '');
});

test('logging in keeps the access token in memory and the refresh token in session storage', async () => {
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1)),
    'GET /api/v1/tags': () => json(200, { items: [] }),
  });
  const { api, storage, timers } = client(server);
  await api.logIn('ada', 'correct horse battery');
  await api.listTags();
  assert.deepEqual(server.calls[0].body, { username: 'ada', password: 'correct horse battery' });
  assert.equal(server.calls[1].authorization, 'Bearer access-1');
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), 'refresh-1');
  assert.deepEqual([...storage.map.keys()], [REFRESH_TOKEN_KEY]);
  assert.equal([...timers.pending.values()][0].ms, 840_000);
  assert.ok(!server.calls.some((call) => call.url.includes('access-1') || call.url.includes('refresh-1')));
});

test('a wrong password gives the problem detail and stores nothing', async () => {
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(401, { type: '/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'Wrong username or password.', errors: [] }),
  });
  const { api, storage } = client(server);
  await assert.rejects(api.logIn('ada', 'nope'), { status: 401, message: 'Wrong username or password.' });
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), null);
  assert.equal(api.isLoggedIn(), false);
});

test('a 401 refreshes once with the rotated token and repeats the request', async () => {
  let issued = 1;
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1)),
    'POST /api/v1/sessions/refresh': (call) => {
      assert.equal(call.body.refreshToken, `refresh-${issued}`);
      issued += 1;
      return json(200, tokens(issued));
    },
    'GET /api/v1/photos/p1': (call) => (call.authorization === `Bearer access-${issued}` && issued > 1
      ? json(200, { id: 'p1' })
      : json(401, { detail: 'The access token expired.' }, { 'WWW-Authenticate': 'Bearer' })),
  });
  const { api, storage } = client(server);
  await api.logIn('ada', 'pw');
  assert.deepEqual(await api.getPhoto('p1'), { id: 'p1' });
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), 'refresh-2');
  await api.refresh();
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), 'refresh-3');
  assert.equal(server.calls.filter((call) => call.url.endsWith('/sessions/refresh')).length, 2);
});

test('requests that race into a 401 share one refresh call', async () => {
  let current = 'access-1';
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1)),
    'POST /api/v1/sessions/refresh': async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      current = 'access-2';
      return json(200, tokens(2));
    },
    'GET /api/v1/photos': (call) => (call.authorization === `Bearer ${current}` && current === 'access-2'
      ? json(200, { items: [], nextCursor: null })
      : json(401, { detail: 'expired' })),
    'GET /api/v1/tags': (call) => (call.authorization === 'Bearer access-2' ? json(200, { items: [] }) : json(401, { detail: 'expired' })),
  });
  const { api } = client(server);
  await api.logIn('ada', 'pw');
  const results = await Promise.all([api.listPhotos({ sort: 'name' }), api.listTags(), api.getPhoto('x').catch((error) => error.status)]);
  assert.deepEqual(results.slice(0, 2), [{ items: [], nextCursor: null }, { items: [] }]);
  assert.equal(server.calls.filter((call) => call.url.endsWith('/sessions/refresh')).length, 1);
});

test('a stored refresh token resumes the session after a reload', async () => {
  const storage = new MemoryStorage();
  storage.setItem(REFRESH_TOKEN_KEY, 'refresh-7');
  const server = fakeServer({
    'POST /api/v1/sessions/refresh': (call) => (call.body.refreshToken === 'refresh-7' ? json(200, tokens(8)) : json(401, {})),
    'GET /api/v1/tags': (call) => json(200, { items: [{ tag: 'cat', count: 2 }], auth: call.authorization }),
  });
  const { api } = client(server, { storage });
  assert.equal(api.hasStoredSession(), true);
  const tags = await api.listTags();
  assert.equal(tags.auth, 'Bearer access-8');
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), 'refresh-8');
});

test('a refused refresh ends the session once and clears the stored token', async () => {
  const storage = new MemoryStorage();
  storage.setItem(REFRESH_TOKEN_KEY, 'revoked');
  const server = fakeServer({
    'POST /api/v1/sessions/refresh': () => json(401, { detail: 'The session has ended.' }),
  });
  const { api, ended } = client(server, { storage });
  await assert.rejects(Promise.all([api.listTags(), api.listPhotos({})]), { status: 401 });
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), null);
  assert.equal(ended.length, 1);
  assert.equal(server.calls.length, 1);
});

test('the silent refresh timer rotates the tokens before they expire', async () => {
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1, 300)),
    'POST /api/v1/sessions/refresh': () => json(200, tokens(2, 300)),
    'GET /api/v1/tags': (call) => json(200, { auth: call.authorization }),
  });
  const { api, timers, storage } = client(server);
  await api.logIn('ada', 'pw');
  assert.equal([...timers.pending.values()][0].ms, 240_000);
  timers.fireAll();
  await api.refresh();
  assert.equal(server.calls.filter((call) => call.url.endsWith('/sessions/refresh')).length, 1);
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), 'refresh-2');
  assert.equal((await api.listTags()).auth, 'Bearer access-2');
  assert.equal(timers.pending.size, 1);
});

test('a GET answered 503 with Retry-After waits that long and tries again', async () => {
  let attempts = 0;
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1)),
    'GET /api/v1/tags': () => {
      attempts += 1;
      return attempts < 3 ? json(503, { detail: 'Busy.' }, { 'Retry-After': '2' }) : json(200, { items: [] });
    },
  });
  const { api, sleeps } = client(server);
  await api.logIn('ada', 'pw');
  assert.deepEqual(await api.listTags(), { items: [] });
  assert.deepEqual(sleeps, [2000, 2000]);
});

test('a log-in the server was too busy to check is tried again after Retry-After, a refused one is not', async () => {
  let attempts = 0;
  const server = fakeServer({
    'POST /api/v1/sessions': () => {
      attempts += 1;
      if (attempts === 1) {
        return json(503, { detail: 'Too many passwords are being checked.' }, { 'Retry-After': '1' });
      }
      return attempts === 2 ? json(201, tokens(1)) : json(429, { detail: 'Too many attempts.' }, { 'Retry-After': '900' });
    },
  });
  const { api, sleeps } = client(server);
  assert.equal((await api.logIn('ada', 'pw')).accessToken, 'access-1');
  assert.deepEqual(sleeps, [1000]);
  await assert.rejects(api.logIn('ada', 'pw'), { status: 429 });
  assert.deepEqual(sleeps, [1000]);
});

test('writes answered 503 are not repeated and say when to try again', async () => {
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1)),
    'PATCH /api/v1/photos/p1': () => json(503, { detail: 'The catalogue did not answer.' }, { 'Retry-After': '5' }),
  });
  const { api, sleeps } = client(server);
  await api.logIn('ada', 'pw');
  await assert.rejects(api.updatePhoto('p1', { title: 'x' }), {
    status: 503,
    retryAfter: 5,
    message: 'The catalogue did not answer. Try again in 5 seconds.',
  });
  assert.deepEqual(sleeps, []);
  assert.equal(server.calls.filter((call) => call.method === 'PATCH').length, 1);
});

test('logging out deletes the session on the server and forgets the tokens', async () => {
  const server = fakeServer({
    'POST /api/v1/sessions': () => json(201, tokens(1)),
    'DELETE /api/v1/sessions/current': () => new Response(null, { status: 204 }),
    'DELETE /api/v1/sessions': () => new Response(null, { status: 204 }),
  });
  const { api, storage, timers } = client(server);
  await api.logIn('ada', 'pw');
  await api.logOut();
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), null);
  assert.equal(api.isLoggedIn(), false);
  assert.equal(timers.pending.size, 0);
  await api.logIn('ada', 'pw');
  await api.logOutEverywhere();
  assert.deepEqual(server.calls.map((call) => `${call.method} ${call.url}`), [
    'POST /api/v1/sessions',
    'DELETE /api/v1/sessions/current',
    'POST /api/v1/sessions',
    'DELETE /api/v1/sessions',
  ]);
});

test('forgetting drops the tokens of this tab without a request', async () => {
  const server = fakeServer({ 'POST /api/v1/sessions': () => json(201, tokens(1)) });
  const { api, storage, timers } = client(server);
  await api.logIn('ada', 'pw');
  api.forget();
  assert.equal(api.isLoggedIn(), false);
  assert.equal(api.hasStoredSession(), false);
  assert.equal(storage.getItem(REFRESH_TOKEN_KEY), null);
  assert.equal(timers.pending.size, 0);
  assert.equal(server.calls.length, 1);
});

test('an unreachable server gives a sentence, not a TypeError', async () => {
  const api = createApiClient({
    fetch: async () => { throw new TypeError('Failed to fetch'); },
    storage: new MemoryStorage(),
  });
  await assert.rejects(api.signUp('ada', 'pw'), { name: 'ApiError', message: 'Cannot reach the server. Check your connection.' });
});

test('sign-up sends the credentials and returns the user', async () => {
  const server = fakeServer({
    'POST /api/v1/users': (call) => json(201, { id: 'u1', username: call.body.username, createdAt: '2026-01-01T00:00:00Z' }),
  });
  const { api } = client(server);
  assert.equal((await api.signUp('ada', 'long enough password')).username, 'ada');
  assert.equal(server.calls[0].authorization, null);
});

test('a log-in keeps the device token per account in device storage and sends it with the next log-in', async () => {
  const server = fakeServer({
    'POST /api/v1/sessions': (call, calls) => json(201, { ...tokens(calls.length), deviceToken: `device-${calls.length}` }),
  });
  const deviceStorage = new MemoryStorage();
  const { api, storage } = client(server, { extra: { deviceStorage } });
  await api.logIn('Ada', 'pw');
  await api.logIn('ada', 'pw');
  await api.logIn('bob', 'pw');
  assert.deepEqual(server.calls[0].body, { username: 'Ada', password: 'pw' });
  assert.deepEqual(server.calls[1].body, { username: 'ada', password: 'pw', deviceToken: 'device-1' });
  assert.deepEqual(server.calls[2].body, { username: 'bob', password: 'pw' });
  assert.equal(deviceStorage.getItem(deviceTokenKey('ada')), 'device-2');
  assert.equal(deviceStorage.getItem(deviceTokenKey('bob')), 'device-3');
  assert.ok(![...storage.map.keys()].some((key) => key.includes('device')), 'session storage holds no device token');
});
