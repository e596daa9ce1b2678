/** The upload panel: file picker and drag-and-drop, three transfers at a time, progress and outcome per file. */

import { describeError } from '../problem.js';
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
function uploadRow(file, announcer) {
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
  let enabled = false;

  const transfer = ({ file, row, tags }) => uploadFile(file, {
    api,
    digest: (blob) => sha256Hex(blob),
    send: postForm,
    tags,
    onPhase: (phase, detail) => row.phase(phase, detail),
  });

  const queue = createQueue({ concurrency: 3, run: transfer });

  async function follow(file, tags) {
    const row = uploadRow(file, announcer);
    list.prepend(row.item);
    try {
      const outcome = await queue.add({ file, row, tags });
      if (outcome.kind === 'duplicate') {
        row.finish('duplicate', 'Already in your library. ',
          el('a', { href: formatHash({ ...currentState(), photo: outcome.photoId }) }, 'Show it'));
        return;
      }
      if (outcome.kind === 'refused') {
        const fields = (outcome.fieldErrors || []).map((entry) => (entry.field ? `${entry.field}: ${entry.message}` : entry.message));
        row.finish('failed', [outcome.message, ...fields].join(' '));
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
      const retry = el('button', { type: 'button', class: 'link' }, 'Try again');
      retry.addEventListener('click', () => {
        row.item.remove();
        follow(file, tags);
      });
      row.finish('failed', `${describeError(error)} `, retry);
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
    },
  };
}
