import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatCamera, formatDateTime, formatDimensions, formatLocation, parseTags } from '../../main/web/js/format.js';

test('byte sizes use decimal units with one decimal below 100', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(999), '999 B');
  assert.equal(formatBytes(1000), '1.0 kB');
  assert.equal(formatBytes(1536), '1.5 kB');
  assert.equal(formatBytes(4_718_592), '4.7 MB');
  assert.equal(formatBytes(123_456_789), '123 MB');
  assert.equal(formatBytes(999_600), '1.0 MB');
  assert.equal(formatBytes(2_500_000_000), '2.5 GB');
});

test('byte sizes of invalid numbers are empty', () => {
  assert.equal(formatBytes(-1), '');
  assert.equal(formatBytes(Number.NaN), '');
  assert.equal(formatBytes(undefined), '');
});

test('the camera names its make once', () => {
  assert.equal(formatCamera({ make: 'Canon', model: 'Canon EOS 5D' }), 'Canon EOS 5D');
  assert.equal(formatCamera({ make: 'NIKON CORPORATION', model: 'NIKON D70' }), 'NIKON CORPORATION NIKON D70');
  assert.equal(formatCamera({ make: 'Apple', model: 'iPhone 12' }), 'Apple iPhone 12');
  assert.equal(formatCamera({ make: null, model: 'X100V' }), 'X100V');
  assert.equal(formatCamera(null), '');
});

test('locations show hemispheres', () => {
  assert.equal(formatLocation({ latitude: 48.858370, longitude: 2.294481 }), '48.85837° N, 2.29448° E');
  assert.equal(formatLocation({ latitude: -33.8568, longitude: -151.2153 }), '33.85680° S, 151.21530° W');
  assert.equal(formatLocation(null), '');
});

test('dates are formatted in the given zone and invalid ones are empty', () => {
  assert.equal(formatDateTime('2024-05-01T10:30:00Z', 'en-GB', 'UTC'), '1 May 2024, 10:30');
  assert.equal(formatDateTime('not a date'), '');
  assert.equal(formatDateTime(null), '');
});

test('dimensions need both sides', () => {
  assert.equal(formatDimensions(4000, 3000), '4000 × 3000 px');
  assert.equal(formatDimensions(null, 3000), '');
});

test('tag text is split on commas and lines, trimmed and deduplicated', () => {
  assert.deepEqual(parseTags(' cat, dog ,,cat\nholiday '), ['cat', 'dog', 'holiday']);
  assert.deepEqual(parseTags(''), []);
});
