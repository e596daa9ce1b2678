import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_STATE, activeFilters, formatHash, listQuery, normalizeState, parseHash, sameListing,
} from '../../main/web/js/query.js';

test('the default state has the shortest hash', () => {
  assert.equal(formatHash(DEFAULT_STATE), '#/');
  assert.deepEqual(parseHash(''), normalizeState({}));
  assert.deepEqual(parseHash('#/'), normalizeState({}));
});

test('a state survives the trip through the hash', () => {
  const state = {
    sort: 'takenAt',
    order: 'asc',
    tags: ['summer holiday', 'cats & dogs'],
    takenFrom: '2024-01-01',
    takenTo: '2024-12-31',
    type: 'image/png',
    q: 'beach #1',
    photo: 'a/b?c',
  };
  const hash = formatHash(state);
  assert.equal(hash, '#/photo/a%2Fb%3Fc?sort=takenAt&order=asc&tag=cats+%26+dogs&tag=summer+holiday&takenFrom=2024-01-01&takenTo=2024-12-31&type=image%2Fpng&q=beach+%231');
  assert.deepEqual(parseHash(hash), { ...state, tags: ['cats & dogs', 'summer holiday'] });
});

test('invalid values in a hand-edited hash fall back to the defaults', () => {
  const state = parseHash('#/?sort=colour&order=sideways&type=text/html&takenFrom=yesterday&takenTo=2024-02-30x&tag=&tag=%20a%20&tag=a');
  assert.deepEqual(state, { ...normalizeState({}), tags: ['a'] });
  assert.equal(parseHash('#/photo/%E0%A4%A').photo, null);
  assert.equal(parseHash('#/somewhere/else').photo, null);
});

test('listings are the same when only the open photo differs', () => {
  assert.equal(sameListing({ sort: 'name', photo: 'x' }, { sort: 'name' }), true);
  assert.equal(sameListing({ tags: ['b', 'a'] }, { tags: ['a', 'b'] }), true);
  assert.equal(sameListing({ sort: 'name' }, { sort: 'size' }), false);
});

test('the list query carries the filters, page size and cursor in API names', () => {
  assert.deepEqual(listQuery({ tags: ['x'], q: 'sea', type: 'image/jpeg', takenFrom: '2020-01-01' }, 'c1', 30), {
    sort: 'uploadedAt',
    order: 'desc',
    limit: 30,
    tag: ['x'],
    takenFrom: '2020-01-01',
    type: 'image/jpeg',
    q: 'sea',
    cursor: 'c1',
  });
  assert.deepEqual(listQuery({}), { sort: 'uploadedAt', order: 'desc', limit: 60 });
});

test('the active filters are named, each with the state without it', () => {
  const state = { sort: 'takenAt', tags: ['sea', 'dog'], q: 'cortona', type: 'image/png', takenFrom: '2024-05-01', takenTo: '' };
  const active = activeFilters(state);
  assert.deepEqual(active.map((filter) => filter.label),
    ['Search “cortona”', 'Tag “dog”', 'Tag “sea”', 'Only PNG', 'Taken from 2024-05-01']);
  const withoutDog = active.find((filter) => filter.key === 'tag:dog').without;
  assert.deepEqual(withoutDog.tags, ['sea']);
  assert.equal(withoutDog.sort, 'takenAt');
  assert.equal(withoutDog.q, 'cortona');
  assert.deepEqual(activeFilters({ sort: 'name', order: 'asc' }), []);
});
