/** The whole of a batch of uploads: how many files and bytes are done, how fast they go, how long is left. */

import { formatBytes } from './format.js';

const FINISHED = ['done', 'duplicate', 'rejected', 'failed'];

/** A tally of uploads; `now()` gives milliseconds. A batch starts when a file is added while none is under way. */
export function createUploadTally(now = () => Date.now()) {
  const items = new Map();
  let startedAt = 0;

  function underWay() {
    return [...items.values()].some((item) => !FINISHED.includes(item.outcome));
  }

  return {
    /** Counts a new file of `size` bytes. */
    add(key, size) {
      if (!underWay()) {
        startedAt = now();
        for (const [other, item] of items) {
          if (FINISHED.includes(item.outcome)) {
            items.set(other, { ...item, batch: false });
          }
        }
      }
      items.set(key, { size, loaded: 0, outcome: null, batch: true });
    },
    /** Notes how many bytes of a file were sent. */
    progress(key, loaded) {
      const item = items.get(key);
      if (item) {
        item.loaded = Math.min(item.size, Math.max(item.loaded, loaded));
      }
    },
    /** Notes how a file ended: done, duplicate, rejected or failed. */
    finish(key, outcome) {
      const item = items.get(key);
      if (item) {
        item.outcome = outcome;
        item.loaded = item.size;
      }
    },
    /** Forgets a file (cleared from the list, or tried again under another key). */
    remove(key) {
      items.delete(key);
    },
    /** Forgets every finished file. */
    clearFinished() {
      for (const [key, item] of items) {
        if (FINISHED.includes(item.outcome)) {
          items.delete(key);
        }
      }
    },
    /** The batch's figures: files, finished files by outcome, bytes, bytes sent, bytes per second and seconds left. */
    snapshot() {
      const batch = [...items.values()].filter((item) => item.batch);
      const counts = { done: 0, duplicate: 0, rejected: 0, failed: 0 };
      let bytes = 0;
      let sent = 0;
      for (const item of batch) {
        bytes += item.size;
        sent += item.loaded;
        if (item.outcome) {
          counts[item.outcome] += 1;
        }
      }
      const finished = counts.done + counts.duplicate + counts.rejected + counts.failed;
      const seconds = (now() - startedAt) / 1000;
      const rate = seconds >= 1 && sent > 0 ? sent / seconds : null;
      const secondsLeft = rate && finished < batch.length ? Math.ceil((bytes - sent) / rate) : null;
      return { files: batch.length, finished, counts, bytes, sent, rate, secondsLeft, active: finished < batch.length };
    },
  };
}

function duration(seconds) {
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The tally in one line: "37 of 98 · 120 MB of 310 MB · 4.2 MB/s · about 45 s left", or how a finished batch ended. */
export function describeTally(snapshot) {
  if (snapshot.files === 0) {
    return '';
  }
  if (snapshot.active) {
    const parts = [`${snapshot.finished} of ${snapshot.files}`, `${formatBytes(snapshot.sent)} of ${formatBytes(snapshot.bytes)}`];
    if (snapshot.rate) {
      parts.push(`${formatBytes(snapshot.rate)}/s`);
    }
    if (snapshot.secondsLeft !== null) {
      parts.push(`about ${duration(snapshot.secondsLeft)} left`);
    }
    return parts.join(' · ');
  }
  const { done, duplicate, rejected, failed } = snapshot.counts;
  const outcomes = [
    done && `${done} ready`,
    duplicate && `${duplicate} already in your library`,
    rejected && `${rejected} rejected`,
    failed && `${failed} failed`,
  ].filter(Boolean);
  const files = snapshot.files === 1 ? '1 file' : `${snapshot.files} files`;
  return `${files} uploaded: ${outcomes.join(', ')}`;
}
