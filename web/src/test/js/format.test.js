import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatBytes, formatCamera, formatDateTime, formatDimensions, formatExposure, formatLocation, formatShutter, mapLink, parseTags,
} from '../../main/web/js/format.js';

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

test('locations link to the map at their coordinates', () => {
  assert.equal(mapLink({ latitude: 43.2756, longitude: 11.9853 }),
    'https://www.openstreetmap.org/?mlat=43.275600&mlon=11.985300#map=16/43.275600/11.985300');
  assert.equal(mapLink(null), '');
});

test('exposure times read as photographers write them', () => {
  assert.equal(formatShutter(0.004), '1/250 s');
  assert.equal(formatShutter(1 / 3), '1/3 s');
  assert.equal(formatShutter(2.5), '2.5 s');
  assert.equal(formatShutter(30), '30 s');
  assert.equal(formatShutter(0), '');
  assert.equal(formatShutter(null), '');
});

test('an exposure lists what is known of aperture, time, ISO and focal length', () => {
  assert.equal(formatExposure({ lens: 'EF 50mm', fNumber: 2.8, exposureTime: 0.004, iso: 100, focalLength: 50 }),
    'ƒ/2.8 · 1/250 s · ISO 100 · 50 mm');
  assert.equal(formatExposure({ lens: null, fNumber: 1.7799999, exposureTime: null, iso: 640, focalLength: 4.25 }),
    'ƒ/1.8 · ISO 640 · 4.25 mm');
  assert.equal(formatExposure({ lens: null, fNumber: 29, exposureTime: 1 / 60, iso: 1000, focalLength: 5.859375 }),
    'ƒ/29 · 1/60 s · ISO 1000 · 5.86 mm');
  assert.equal(formatExposure({ lens: 'x', fNumber: null, exposureTime: null, iso: null, focalLength: null }), '');
  assert.equal(formatExposure(null), '');
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
