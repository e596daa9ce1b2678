import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQueue } from '../../main/web/js/upload-queue.js';

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('no more than three jobs run at a time, in the order they were added', async () => {
  const started = [];
  const gates = new Map();
  let running = 0;
  let peak = 0;
  const queue = createQueue({
    concurrency: 3,
    run: async (item) => {
      started.push(item);
      running += 1;
      peak = Math.max(peak, running);
      const gate = deferred();
      gates.set(item, gate);
      try {
        return await gate.promise;
      } finally {
        running -= 1;
      }
    },
  });
  const results = Promise.allSettled([1, 2, 3, 4, 5, 6, 7].map((item) => queue.add(item)));
  await settle();
  assert.deepEqual(started, [1, 2, 3]);
  assert.equal(queue.active, 3);
  assert.equal(queue.waiting, 4);
  gates.get(2).resolve('two');
  await settle();
  assert.deepEqual(started, [1, 2, 3, 4]);
  gates.get(1).reject(new Error('one failed'));
  gates.get(3).resolve('three');
  await settle();
  assert.deepEqual(started, [1, 2, 3, 4, 5, 6]);
  for (const item of [4, 5, 6]) gates.get(item).resolve(item);
  await settle();
  gates.get(7).resolve(7);
  const outcomes = await results;
  assert.equal(peak, 3);
  assert.deepEqual(outcomes.map((outcome) => outcome.value ?? outcome.reason.message), ['one failed', 'two', 'three', 4, 5, 6, 7]);
  assert.equal(queue.active, 0);
});

test('a job that throws synchronously frees its slot', async () => {
  const queue = createQueue({ concurrency: 1, run: (item) => { if (item === 'bad') throw new Error('boom'); return item; } });
  await assert.rejects(queue.add('bad'), /boom/);
  assert.equal(await queue.add('good'), 'good');
});

test('the concurrency must be a positive integer', () => {
  assert.throws(() => createQueue({ run: () => {}, concurrency: 0 }), RangeError);
});
