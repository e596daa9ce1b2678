import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../main/web/js/problem.js';
import { postForm, storageErrorMessage, uploadFile, uploadForm, waitUntilProcessed } from '../../main/web/js/uploader.js';

const photoFile = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'beach.jpg', { type: 'image/jpeg' });
const ticket = {
  photoId: 'p1',
  upload: { url: 'http://objects.test/bucket', method: 'POST', fields: { key: 'uploads/u/p1', policy: 'eyJ9', 'x-amz-signature': 'ab' } },
  expiresAt: '2026-01-01T00:15:00Z',
};

test('the upload form puts every policy field before the file', () => {
  const file = photoFile();
  const form = uploadForm(ticket.upload, file);
  const entries = [...form.entries()];
  assert.deepEqual(entries.map(([name]) => name), ['key', 'policy', 'x-amz-signature', 'file']);
  assert.equal(entries[0][1], 'uploads/u/p1');
  assert.equal(entries[3][1].name, 'beach.jpg');
});

test('a file is hashed, announced with its metadata and sent to the returned form', async () => {
  const requests = [];
  const phases = [];
  const sent = [];
  const outcome = await uploadFile(photoFile(), {
    api: { createUpload: async (request) => { requests.push(request); return ticket; } },
    digest: async () => 'a'.repeat(64),
    send: async (upload, file, onProgress) => { sent.push([upload.url, file.name]); onProgress(3, 7); },
    tags: ['beach'],
    onPhase: (phase, detail) => phases.push(detail ? `${phase} ${detail.loaded}/${detail.total}` : phase),
  });
  assert.deepEqual(outcome, { kind: 'uploaded', photoId: 'p1' });
  assert.deepEqual(requests, [{ fileName: 'beach.jpg', contentType: 'image/jpeg', size: 7, sha256: 'a'.repeat(64), tags: ['beach'] }]);
  assert.deepEqual(sent, [['http://objects.test/bucket', 'beach.jpg']]);
  assert.deepEqual(phases, ['hashing', 'requesting', 'sending 0/7', 'sending 3/7']);
});

test('a file already in the library is reported with the existing photo', async () => {
  const outcome = await uploadFile(photoFile(), {
    api: { createUpload: async () => { throw new ApiError('Already uploaded.', { status: 409, problem: { existingPhotoId: 'old' } }); } },
    digest: async () => 'b'.repeat(64),
    send: async () => assert.fail('must not send a duplicate'),
  });
  assert.deepEqual(outcome, { kind: 'duplicate', photoId: 'old' });
});

test('refusals of the API are explained, other failures are thrown', async () => {
  const refusing = (error) => ({ api: { createUpload: async () => { throw error; } }, digest: async () => 'c'.repeat(64), send: async () => {} });
  const invalid = new ApiError('The request has invalid fields.', { status: 400, fieldErrors: [{ field: 'size', message: 'must be at most 50000000' }] });
  assert.deepEqual(await uploadFile(photoFile(), refusing(invalid)), {
    kind: 'refused', message: 'The request has invalid fields.', fieldErrors: [{ field: 'size', message: 'must be at most 50000000' }],
  });
  const tooLarge = await uploadFile(photoFile(), refusing(new ApiError('Too large.', { status: 413 })));
  assert.equal(tooLarge.message, 'The file (7 B) is too large. Too large.');
  await assert.rejects(uploadFile(photoFile(), refusing(new ApiError('down', { status: 503 }))), { message: 'down' });
});

test('files of other types are refused before anything is sent', async () => {
  const outcome = await uploadFile(new File(['hello'], 'notes.txt', { type: 'text/plain' }), {
    api: { createUpload: async () => assert.fail('must not ask for a form') },
    digest: async () => assert.fail('must not hash'),
    send: async () => {},
  });
  assert.equal(outcome.kind, 'refused');
  assert.match(outcome.message, /JPEG, PNG, WebP and GIF/);
});

test('refusals of the object store are explained from their XML code', () => {
  assert.equal(storageErrorMessage(400, '<Error><Code>EntityTooLarge</Code></Error>'), 'The file is larger than the storage accepts.');
  assert.match(storageErrorMessage(403, '<Error><Code>AccessDenied</Code></Error>'), /type or size does not match/);
  assert.equal(storageErrorMessage(500, '<Error><Code>InternalError</Code></Error>'), 'The storage refused the file (status 500, InternalError).');
});

class FakeXhr {
  static last = null;
  constructor() { this.upload = {}; FakeXhr.last = this; }
  open(method, url) { this.method = method; this.url = url; }
  send(body) { this.body = body; }
}

test('the form is posted with XMLHttpRequest and reports progress', async () => {
  const progress = [];
  const done = postForm(ticket.upload, photoFile(), (loaded, total) => progress.push(`${loaded}/${total}`), FakeXhr);
  const xhr = FakeXhr.last;
  assert.deepEqual([xhr.method, xhr.url], ['POST', 'http://objects.test/bucket']);
  assert.ok(xhr.timeout > 0);
  xhr.upload.onprogress({ lengthComputable: true, loaded: 4, total: 7 });
  xhr.status = 204;
  xhr.onload();
  await done;
  assert.deepEqual(progress, ['4/7', '7/7']);
  assert.equal([...xhr.body.keys()].at(-1), 'file');
});

test('a refused form post rejects with the explanation', async () => {
  const done = postForm(ticket.upload, photoFile(), () => {}, FakeXhr);
  FakeXhr.last.status = 400;
  FakeXhr.last.responseText = '<Error><Code>EntityTooLarge</Code></Error>';
  FakeXhr.last.onload();
  await assert.rejects(done, { message: 'The file is larger than the storage accepts.' });
});

test('processing is polled with growing delays until the photo is ready', async () => {
  const answers = ['pending', 'pending', 'pending', 'ready'];
  const sleeps = [];
  const photo = await waitUntilProcessed(async (id) => ({ id, status: answers.shift() }), 'p1', {
    sleep: async (ms) => sleeps.push(ms),
    delays: [100, 200, 400],
  });
  assert.deepEqual(photo, { id: 'p1', status: 'ready' });
  assert.deepEqual(sleeps, [100, 200, 400]);
});

test('a rejected photo ends the polling, and Retry-After stretches a delay', async () => {
  const answers = [
    () => { throw new ApiError('busy', { status: 503, retryAfter: 4 }); },
    () => ({ status: 'REJECTED', rejectionReason: 'The file is not an image.' }),
  ];
  const sleeps = [];
  const photo = await waitUntilProcessed(async () => answers.shift()(), 'p1', { sleep: async (ms) => sleeps.push(ms), delays: [100] });
  assert.equal(photo.rejectionReason, 'The file is not an image.');
  assert.deepEqual(sleeps, [4000]);
});

test('polling gives up after its time limit', async () => {
  await assert.rejects(
    waitUntilProcessed(async () => ({ status: 'pending' }), 'p1', { sleep: async () => {}, delays: [1000], timeoutMs: 3000 }),
    /still being processed/,
  );
});
