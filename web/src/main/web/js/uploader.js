/** One file's way into the library: hash, ask for an upload form, send the file, wait for processing. */

import { TYPES } from './query.js';
import { formatBytes } from './format.js';

const TRANSFER_TIMEOUT_MS = 10 * 60 * 1000;
const POLL_DELAYS_MS = [1000, 1000, 2000, 2000, 3000, 5000];
const POLL_TIMEOUT_MS = 3 * 60 * 1000;

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The FormData of a presigned POST: every policy field first, the file last. */
export function uploadForm(upload, file, FormDataType = FormData) {
  const form = new FormDataType();
  for (const [name, value] of Object.entries(upload.fields || {})) {
    form.append(name, value);
  }
  form.append('file', file);
  return form;
}

/** A sentence for a refusal of the object store, from its status and S3-style XML error body. */
export function storageErrorMessage(status, body = '') {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1] || '';
  if (code === 'EntityTooLarge' || status === 413) {
    return 'The file is larger than the storage accepts.';
  }
  if (code === 'EntityTooSmall') {
    return 'The file is smaller than it said it was.';
  }
  if (code === 'AccessDenied' || status === 403) {
    return 'The storage refused the file: its type or size does not match the upload form, or the form expired.';
  }
  if (status === 0) {
    return 'The storage could not be reached.';
  }
  return `The storage refused the file (status ${status}${code ? `, ${code}` : ''}).`;
}

/** Sends a presigned POST with XMLHttpRequest, reporting progress as (loaded, total); resolves on 2xx. */
export function postForm(upload, file, onProgress = () => {}, XhrType = XMLHttpRequest) {
  return new Promise((resolve, reject) => {
    const xhr = new XhrType();
    xhr.open(upload.method || 'POST', upload.url);
    xhr.timeout = TRANSFER_TIMEOUT_MS;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded, event.total);
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(file.size, file.size);
        resolve();
      } else {
        reject(new Error(storageErrorMessage(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new Error(storageErrorMessage(0)));
    xhr.ontimeout = () => reject(new Error('Sending the file took too long.'));
    xhr.send(uploadForm(upload, file));
  });
}

/** Whether the API accepts this content type for uploads. */
export function isSupportedType(type) {
  return TYPES.includes(type);
}

/**
 * Hashes a file, asks the API for an upload form and sends the file; resolves with an outcome:
 * {kind: 'uploaded', photoId}, {kind: 'duplicate', photoId} or {kind: 'refused', message}.
 * Dependencies: api (createUpload), digest(file), send(upload, file, onProgress); onPhase(phase, detail).
 */
export async function uploadFile(file, { api, digest, send, tags = [], onPhase = () => {} }) {
  if (!isSupportedType(file.type)) {
    return { kind: 'refused', message: 'Only JPEG, PNG, WebP and GIF images can be uploaded.' };
  }
  if (file.size === 0) {
    return { kind: 'refused', message: 'The file is empty.' };
  }
  onPhase('hashing');
  const sha256 = await digest(file);
  onPhase('requesting');
  let ticket;
  try {
    ticket = await api.createUpload({
      fileName: file.name,
      contentType: file.type,
      size: file.size,
      sha256,
      tags: tags.length ? tags : null,
    });
  } catch (error) {
    if (error.status === 409 && error.problem && error.problem.existingPhotoId) {
      return { kind: 'duplicate', photoId: error.problem.existingPhotoId };
    }
    if (error.status === 413) {
      return { kind: 'refused', message: `The file (${formatBytes(file.size)}) is too large. ${error.message}` };
    }
    if (error.status === 400) {
      return { kind: 'refused', message: error.message, fieldErrors: error.fieldErrors };
    }
    throw error;
  }
  onPhase('sending', { loaded: 0, total: file.size });
  await send(ticket.upload, file, (loaded, total) => onPhase('sending', { loaded, total }));
  return { kind: 'uploaded', photoId: ticket.photoId };
}

/** The status of a photo in upper case ("READY"), whatever case the API uses. */
export function statusOf(photo) {
  return String((photo && photo.status) || '').toUpperCase();
}

/**
 * Polls GET /photos/{id} until the photo is READY or REJECTED and resolves with it; waits longer between
 * attempts over time, and as long as a Retry-After asks; rejects after `timeoutMs`.
 */
export async function waitUntilProcessed(getPhoto, id, { sleep = wait, delays = POLL_DELAYS_MS, timeoutMs = POLL_TIMEOUT_MS } = {}) {
  let waited = 0;
  for (let attempt = 0; ; attempt += 1) {
    let delay = delays[Math.min(attempt, delays.length - 1)];
    try {
      const photo = await getPhoto(id);
      const status = statusOf(photo);
      if (status === 'READY' || status === 'REJECTED') {
        return photo;
      }
    } catch (error) {
      if (error.status !== 429 && error.status !== 503) {
        throw error;
      }
      if (error.retryAfter !== null && error.retryAfter !== undefined) {
        delay = Math.max(delay, error.retryAfter * 1000);
      }
    }
    if (waited + delay > timeoutMs) {
      throw new Error('The photo is still being processed; it will appear in your library when it is ready.');
    }
    await sleep(delay);
    waited += delay;
  }
}
