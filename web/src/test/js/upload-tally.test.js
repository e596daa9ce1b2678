import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUploadTally, describeTally } from '../../main/web/js/upload-tally.js';

function clock() {
  let ms = 1_000_000;
  return { now: () => ms, advance: (seconds) => { ms += seconds * 1000; } };
}

test('a batch under way counts files and bytes, and estimates speed and time left', () => {
  const time = clock();
  const tally = createUploadTally(time.now);
  tally.add('a', 4_000_000);
  tally.add('b', 4_000_000);
  tally.add('c', 2_000_000);
  assert.equal(describeTally(tally.snapshot()), '0 of 3 · 0 B of 10.0 MB');
  time.advance(2);
  tally.progress('a', 4_000_000);
  tally.finish('a', 'done');
  tally.progress('b', 1_000_000);
  const snapshot = tally.snapshot();
  assert.equal(snapshot.finished, 1);
  assert.equal(snapshot.rate, 2_500_000);
  assert.equal(snapshot.secondsLeft, 2);
  assert.equal(describeTally(snapshot), '1 of 3 · 5.0 MB of 10.0 MB · 2.5 MB/s · about 2 s left');
});

test('a finished batch says how each file ended', () => {
  const tally = createUploadTally(clock().now);
  ['a', 'b', 'c', 'd'].forEach((key) => tally.add(key, 10));
  tally.finish('a', 'done');
  tally.finish('b', 'done');
  tally.finish('c', 'duplicate');
  tally.finish('d', 'rejected');
  assert.equal(describeTally(tally.snapshot()), '4 files uploaded: 2 ready, 1 already in your library, 1 rejected');
});

test('files added after a batch ended start a new one, and clearing forgets what finished', () => {
  const time = clock();
  const tally = createUploadTally(time.now);
  tally.add('a', 10);
  tally.finish('a', 'failed');
  time.advance(60);
  tally.add('b', 10);
  assert.equal(tally.snapshot().files, 1);
  assert.equal(describeTally(tally.snapshot()), '0 of 1 · 0 B of 10 B');
  tally.finish('b', 'done');
  tally.clearFinished();
  assert.equal(describeTally(tally.snapshot()), '');
});

test('long waits read in minutes and hours', () => {
  const time = clock();
  const tally = createUploadTally(time.now);
  tally.add('a', 1_000_000_000);
  time.advance(10);
  tally.progress('a', 1_000_000);
  assert.match(describeTally(tally.snapshot()), /about 2 h 46 min left$/);
});
