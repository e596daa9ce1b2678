/**
 * The upload panel: file picker and drag-and-drop, three transfers at a time, the whole batch's progress over a list
 * (collapsible, clearable) of each file's progress and outcome.
 */

import { describeError } from '../problem.js';
import { createUploadTally, describeTally } from '../upload-tally.js';
import { sha256Hex } from '../digest.js';
import { formatBytes, parseTags } from '../format.js';
import { formatHash } from '../query.js';
import { createQueue } from '../upload-queue.js';
import { postForm, statusOf, uploadFile, waitUntilProcessed } from '../uploader.js';
import { byId, el } from './dom.js';

const PHASE_TEXT = {
  waiting: 'Waiting…',
  hashing: 'Checking the file…',
  requesting: 'Preparing the upload…',
  sending: 'Uploading…',
  processing: 'Processing…',
};

/** One row of the upload list, with a progress bar and a status line; outcomes are announced. */
function uploadRow(file, announcer, tally, key) {
  const progress = el('progress', { max: 1, value: 0, 'aria-label': `Progress of ${file.name}` });
  const status = el('span', { class: 'upload-status' }, PHASE_TEXT.waiting);
  const item = el('li', { class: 'upload waiting' },
    el('span', { class: 'upload-name' }, file.name),
    el('span', { class: 'upload-size' }, formatBytes(file.size)),
    progress,
    status);
  return {
    item,
    phase(phase, detail) {
      item.className = `upload ${phase}`;
      if (phase === 'sending' && detail && detail.total) {
        tally.progress(key, (detail.loaded / detail.total) * file.size);
      }
      status.textContent = PHASE_TEXT[phase] || phase;
      if (phase === 'sending' && detail && detail.total) {
        progress.value = detail.loaded / detail.total;
        status.textContent = `Uploading… ${Math.floor((100 * detail.loaded) / detail.total)}%`;
      } else if (phase === 'hashing' || phase === 'requesting' || phase === 'processing') {
        progress.removeAttribute('value');
      }
    },
    finish(kind, ...content) {
      item.className = `upload ${kind}`;
      item.dataset.finished = kind;
      tally.finish(key, kind);
      progress.value = kind === 'failed' || kind === 'rejected' ? 0 : 1;
      status.replaceChildren(...content);
      announcer.textContent = `${file.name}: ${status.textContent}`;
    },
  };
}

/** Wires the panel; `onReady(photo)` runs when an uploaded photo has been processed. */
export function createUploads({ api, onReady, currentState }) {
  const input = byId('file-input');
  const dropzone = byId('dropzone');
  const list = byId('upload-list');
  const tagsInput = byId('upload-tags');
  const announcer = byId('upload-announcer');
  const summary = byId('upload-summary');
  const tallyText = byId('upload-tally');
  const toggle = byId('upload-toggle');
  const retryFailed = byId('upload-retry');
  const clearFinished = byId('upload-clear');
  const tally = createUploadTally();
  let enabled = false;
  let nextKey = 0;
  let renderTimer = null;

  /** The line over the list, at most every 250 ms while bytes flow. */
  function renderSummary() {
    if (renderTimer) {
      return;
    }
    renderTimer = setTimeout(() => {
      renderTimer = null;
      const snapshot = tally.snapshot();
      tallyText.textContent = describeTally(snapshot);
      summary.hidden = list.children.length === 0;
      retryFailed.hidden = !list.querySelector('[data-finished="failed"]');
      clearFinished.hidden = !list.querySelector('[data-finished]');
    }, 250);
  }

  toggle.addEventListener('click', () => {
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
    toggle.textContent = list.hidden ? 'Show the list' : 'Hide the list';
  });
  retryFailed.addEventListener('click', () => {
    for (const button of list.querySelectorAll('[data-finished="failed"] button.retry')) {
      button.click();
    }
  });
  clearFinished.addEventListener('click', () => {
    for (const item of list.querySelectorAll('[data-finished]')) {
      item.remove();
    }
    tally.clearFinished();
    renderSummary();
  });

  const transfer = ({ file, row, tags }) => uploadFile(file, {
    api,
    digest: (blob) => sha256Hex(blob),
    send: postForm,
    tags,
    onPhase: (phase, detail) => {
      row.phase(phase, detail);
      renderSummary();
    },
  });

  const queue = createQueue({ concurrency: 3, run: transfer });

  async function follow(file, tags) {
    const key = nextKey;
    nextKey += 1;
    tally.add(key, file.size);
    const row = uploadRow(file, announcer, tally, key);
    list.prepend(row.item);
    renderSummary();
    try {
      const outcome = await queue.add({ file, row, tags });
      if (outcome.kind === 'duplicate') {
        row.finish('duplicate', 'Already in your library. ',
          el('a', { href: formatHash({ ...currentState(), photo: outcome.photoId }) }, 'Show it'));
        return;
      }
      if (outcome.kind === 'refused') {
        row.finish('failed', describeError({ message: outcome.message, fieldErrors: outcome.fieldErrors || [] }));
        return;
      }
      row.phase('processing');
      const photo = await waitUntilProcessed(api.getPhoto, outcome.photoId);
      if (statusOf(photo) === 'REJECTED') {
        row.finish('rejected', `Rejected: ${photo.rejectionReason || 'not a supported image.'}`);
        return;
      }
      row.finish('done', 'Ready. ', el('a', { href: formatHash({ ...currentState(), photo: photo.id }) }, 'Show it'));
      onReady(photo);
    } catch (error) {
      const retry = el('button', { type: 'button', class: 'link retry' }, 'Try again');
      retry.addEventListener('click', () => {
        row.item.remove();
        tally.remove(key);
        follow(file, tags);
      });
      row.finish('failed', `${describeError(error)} `, retry);
    } finally {
      renderSummary();
    }
  }

  function addFiles(files) {
    if (!enabled) {
      return;
    }
    const tags = parseTags(tagsInput.value);
    for (const file of files) {
      follow(file, tags);
    }
  }

  input.addEventListener('change', () => {
    addFiles([...input.files]);
    input.value = '';
  });

  const carriesFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes('Files');
  document.addEventListener('dragover', (event) => {
    if (enabled && carriesFiles(event)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      dropzone.classList.add('active');
    }
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) {
      dropzone.classList.remove('active');
    }
  });
  document.addEventListener('drop', (event) => {
    if (carriesFiles(event)) {
      event.preventDefault();
      dropzone.classList.remove('active');
      addFiles([...event.dataTransfer.files]);
    }
  });

  return {
    enable() {
      enabled = true;
    },
    disable() {
      enabled = false;
      list.replaceChildren();
      tally.clearFinished();
      summary.hidden = true;
    },
  };
}
