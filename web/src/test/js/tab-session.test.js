import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimSession, ownsStoredSession, releaseSession, SESSION_TAB_KEY } from '../../main/web/js/tab-session.js';
import { MemoryStorage } from './support/memory-storage.js';

test('the tab that logged in owns the stored session, also after a reload', () => {
  const storage = new MemoryStorage();
  const tab = { name: '' };
  claimSession(storage, tab, () => 'one');
  assert.equal(storage.getItem(SESSION_TAB_KEY), 'one');
  const reloaded = { name: tab.name };
  assert.equal(ownsStoredSession(storage, reloaded), true);
});

test('a tab opened from it gets a copy of the storage but not the ownership', () => {
  const storage = new MemoryStorage();
  claimSession(storage, { name: '' }, () => 'one');
  const copiedStorage = new MemoryStorage(storage.map);
  assert.equal(ownsStoredSession(copiedStorage, { name: '' }), false);
  assert.equal(ownsStoredSession(copiedStorage, { name: 'some-other-name' }), false);
});

test('a tab logging in again keeps its id, and a released session is owned by nobody', () => {
  const storage = new MemoryStorage();
  const tab = { name: '' };
  claimSession(storage, tab, () => 'one');
  claimSession(storage, tab, () => 'two');
  assert.equal(storage.getItem(SESSION_TAB_KEY), 'one');
  releaseSession(storage);
  assert.equal(ownsStoredSession(storage, tab), false);
});
