import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex, toHex } from '../../main/web/js/digest.js';

test('hex encoding pads every byte to two digits', () => {
  assert.equal(toHex(new Uint8Array([0, 1, 15, 16, 255])), '00010f10ff');
  assert.equal(toHex(new Uint8Array([]).buffer), '');
});

test('the SHA-256 of a blob equals the one node:crypto computes', async () => {
  const bytes = new Uint8Array(300_000).map((_, index) => (index * 31) % 256);
  const expected = createHash('sha256').update(bytes).digest('hex');
  assert.equal(await sha256Hex(new Blob([bytes], { type: 'image/jpeg' })), expected);
});

test('the SHA-256 of "abc" is the FIPS 180-2 test vector', async () => {
  assert.equal(
    await sha256Hex(new TextEncoder().encode('abc')),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});
