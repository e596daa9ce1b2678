import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiErrorFromResponse, apiErrorOf, describeError, fieldMessage, fieldSentence, formatWait, parseRetryAfter, problemMessage,
} from '../../main/web/js/problem.js';

test('the detail of a problem is its message', () => {
  const problem = { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'The username is taken.', errors: [] };
  assert.equal(problemMessage(409, problem), 'The username is taken.');
});

test('the title stands in for a missing detail, and a sentence for a missing body', () => {
  assert.equal(problemMessage(404, { title: 'Not Found' }), 'Not Found');
  assert.equal(problemMessage(500, null), 'Something went wrong on the server.');
  assert.equal(problemMessage(418, null), 'The server answered with status 418.');
});

test('field errors are said once each, as sentences naming their field, instead of the summary', () => {
  const error = apiErrorOf(400, {
    detail: 'The request has invalid fields.',
    errors: [{ field: 'password', message: 'must be at least 12 characters' }, { field: 'username', message: 'is required' }, 'junk'],
  });
  assert.deepEqual(error.fieldErrors, [
    { field: 'password', message: 'must be at least 12 characters' },
    { field: 'username', message: 'is required' },
  ]);
  assert.equal(describeError(error), 'Password must be at least 12 characters. Username is required.');
});

test('the summary the server puts in the detail is not said a second time', () => {
  const error = apiErrorOf(400, {
    detail: 'title: must be at most 200 characters',
    errors: [{ field: 'title', message: 'must be at most 200 characters' }, { field: 'title', message: 'must be at most 200 characters' }],
  });
  assert.equal(describeError(error), 'Title must be at most 200 characters.');
});

test('field names inside a message read as labels', () => {
  assert.equal(fieldMessage({ field: 'takenTo', message: 'must be after takenFrom' }), 'Must be after taken from.');
  assert.equal(fieldSentence({ field: 'takenTo', message: 'must be after takenFrom' }), 'Taken to must be after taken from.');
  assert.equal(fieldSentence({ field: 'tags[3]', message: 'must be at most 64 characters' }), 'Tags must be at most 64 characters.');
  assert.equal(fieldSentence({ field: '', message: 'is not valid.' }), 'Is not valid.');
});

test('an error without field errors is its message', () => {
  assert.equal(describeError(apiErrorOf(401, { detail: 'wrong username or password' })), 'wrong username or password');
  assert.equal(describeError(new Error('offline')), 'offline');
});

test('rate limiting tells how long to wait', () => {
  const error = apiErrorOf(429, { detail: 'Too many failed log-ins.' }, '90');
  assert.equal(error.retryAfter, 90);
  assert.equal(error.message, 'Too many failed log-ins. Try again in 2 minutes.');
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(parseRetryAfter('7', now), 7);
  assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30);
  assert.equal(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(null, now), null);
});

test('waits are said in seconds or minutes', () => {
  assert.equal(formatWait(1), '1 second');
  assert.equal(formatWait(45), '45 seconds');
  assert.equal(formatWait(60), '1 minute');
  assert.equal(formatWait(61), '2 minutes');
});

test('a problem+json response becomes an ApiError with its problem', async () => {
  const response = new Response(JSON.stringify({ detail: 'Back-end down.', existingPhotoId: 'p1' }), {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3' },
  });
  const error = await apiErrorFromResponse(response);
  assert.equal(error.status, 503);
  assert.equal(error.retryAfter, 3);
  assert.equal(error.problem.existingPhotoId, 'p1');
  assert.equal(error.message, 'Back-end down. Try again in 3 seconds.');
});

test('a response without a JSON body still gives a message', async () => {
  const response = new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
  const error = await apiErrorFromResponse(response);
  assert.equal(error.message, 'The server is not reachable right now.');
  assert.equal(error.problem, null);
});
