/** The photo dialog: preview, EXIF facts, link to the original, editing and deleting. */

import { describeError, fieldSentence } from '../problem.js';
import {
  formatBytes, formatCamera, formatDateTime, formatDimensions, formatExposure, formatLocation, mapLink, parseTags,
} from '../format.js';
import { statusOf } from '../uploader.js';
import { byId, el, showText } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './field-errors.js';
import { createPhotoGestures } from './photo-gestures.js';
import { photoName } from './gallery.js';

/** A question asked in the confirm dialog; resolves true when the person confirms. */
function ask({ question, text, confirm, cancel = 'Cancel' }) {
  const dialog = byId('confirm-dialog');
  byId('confirm-title').textContent = question;
  byId('confirm-text').textContent = text;
  byId('confirm-ok').textContent = confirm;
  byId('confirm-cancel').textContent = cancel;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
  });
}

/** Creates the dialog; `onClose` runs when the person closes it, `onChanged`/`onDeleted` after edits. */
export function createPhotoView({
  api, onClose, onChanged, onDeleted, onError, neighbour = () => null, onMove = () => {},
}) {
  const dialog = byId('photo-dialog');
  const title = byId('photo-title');
  const preview = byId('photo-preview');
  const facts = byId('photo-facts');
  const original = byId('photo-original');
  const notice = byId('photo-notice');
  const form = byId('edit-form');
  const editError = byId('edit-error');
  const saved = byId('edit-saved');
  const saveButton = byId('edit-save');
  const deleteButton = byId('photo-delete');
  const previousButton = byId('photo-previous');
  const nextButton = byId('photo-next');
  let photo = null;
  let openId = null;
  let savedValues = null;
  let closingByCode = false;

  function fact(label, value) {
    return value ? [el('dt', {}, label), el('dd', {}, value)] : [];
  }

  function render(current) {
    const samePhoto = photo !== null && photo.id === current.id;
    photo = current;
    const name = photoName(current);
    title.textContent = name;
    const urls = current.urls || {};
    preview.hidden = !urls.preview;
    if (!samePhoto) {
      zoom.reset();
    }
    if (urls.preview) {
      if (!samePhoto || !zoom.isZoomed()) {
        preview.src = urls.preview;
      }
      preview.alt = current.description || name;
    } else {
      preview.removeAttribute('src');
    }
    original.hidden = !urls.original;
    original.href = urls.original || '#';
    const status = statusOf(current);
    if (status === 'REJECTED') {
      showText(notice, `This file was rejected: ${current.rejectionReason || 'it is not a supported image.'}`);
    } else if (status === 'PENDING') {
      showText(notice, 'This photo is still being processed.');
    } else {
      showText(notice, '');
    }
    facts.replaceChildren(
      ...fact('Taken', formatDateTime(current.takenAt)),
      ...fact('Camera', formatCamera(current.camera)),
      ...fact('Lens', current.exposure ? current.exposure.lens : ''),
      ...fact('Exposure', formatExposure(current.exposure)),
      ...fact('Dimensions', formatDimensions(current.width, current.height)),
      ...fact('Location', formatLocation(current.location) && el('a', {
        href: mapLink(current.location), target: '_blank', rel: 'noopener noreferrer',
      }, formatLocation(current.location))),
      ...fact('File', current.fileName),
      ...fact('Size', formatBytes(current.size)),
      ...fact('Uploaded', formatDateTime(current.uploadedAt)),
      ...fact('Tags', (current.tags || []).join(', ')),
    );
    form.elements.title.value = current.title || '';
    form.elements.description.value = current.description || '';
    form.elements.tags.value = (current.tags || []).join(', ');
    savedValues = formValues();
    updateSteps();
    clearFieldErrors(form);
    showText(editError, '');
    saved.textContent = '';
  }

  function formValues() {
    return [form.elements.title.value, form.elements.description.value, form.elements.tags.value].join('\u0000');
  }

  /** Whether the edit form holds changes that were not saved. */
  function hasUnsavedEdits() {
    return photo !== null && savedValues !== null && formValues() !== savedValues;
  }

  /** Whether the person lets unsaved edits go (asked only when there are some). */
  async function mayLeave() {
    if (!hasUnsavedEdits()) {
      return true;
    }
    const discard = await ask({
      question: 'Discard your changes?',
      text: 'The title, description or tags you changed are not saved yet.',
      confirm: 'Discard',
      cancel: 'Keep editing',
    });
    if (!discard) {
      form.elements.title.focus();
    }
    return discard;
  }

  /** Closes the dialog as the person asked, after asking what to do with unsaved edits. */
  async function closeAsked() {
    if (await mayLeave()) {
      dialog.close();
    }
  }

  function updateSteps() {
    previousButton.disabled = !openId || !neighbour(openId, -1);
    nextButton.disabled = !openId || !neighbour(openId, 1);
  }

  /** Shows the photo before (-1) or after (1) this one in the library's order. */
  async function step(direction) {
    const target = openId && neighbour(openId, direction);
    if (target && (await mayLeave())) {
      onMove(target);
    }
  }

  const zoom = createPhotoGestures(preview.closest('figure'), preview, {
    onZoomIn: () => {
      const original = photo && photo.urls && photo.urls.original;
      if (original && statusOf(photo) === 'READY' && preview.src !== original) {
        preview.src = original;
      }
    },
    onSwipe: (direction) => step(direction),
  });

  previousButton.addEventListener('click', () => step(-1));
  nextButton.addEventListener('click', () => step(1));
  dialog.addEventListener('keydown', (event) => {
    const typing = event.target.closest && event.target.closest('input, textarea, select');
    if (typing || event.altKey || event.ctrlKey || event.metaKey || byId('confirm-dialog').open) {
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      step(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '0') {
      event.preventDefault();
      zoom.step({ '+': 1, '=': 1, '-': -1, 0: 0 }[event.key]);
    }
  });

  dialog.addEventListener('close', () => {
    const wasOpen = openId;
    openId = null;
    photo = null;
    if (!closingByCode && wasOpen) {
      onClose(wasOpen);
    }
    closingByCode = false;
  });
  byId('photo-close').addEventListener('click', () => closeAsked());
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    closeAsked();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      closeAsked();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!photo) {
      return;
    }
    const id = photo.id;
    const titleText = form.elements.title.value.trim();
    const descriptionText = form.elements.description.value.trim();
    saveButton.disabled = true;
    showText(editError, '');
    saved.textContent = 'Saving…';
    try {
      const changed = await api.updatePhoto(id, {
        title: titleText || null,
        description: descriptionText || null,
        tags: parseTags(form.elements.tags.value),
      });
      if (openId === id) {
        render(changed);
        saved.textContent = 'Saved.';
      }
      onChanged(changed);
    } catch (error) {
      saved.textContent = '';
      const unplaced = showFieldErrors(form, error);
      const fields = Array.isArray(error.fieldErrors) ? error.fieldErrors : [];
      showText(editError, fields.length ? unplaced.map(fieldSentence).join(' ') : describeError(error));
    } finally {
      saveButton.disabled = false;
    }
  });

  deleteButton.addEventListener('click', async () => {
    if (!photo) {
      return;
    }
    const { id } = photo;
    const confirmed = await ask({
      question: 'Delete this photo?',
      text: `“${photoName(photo)}” and its thumbnails are removed for good.`,
      confirm: 'Delete',
    });
    if (!confirmed) {
      deleteButton.focus();
      return;
    }
    try {
      await api.deletePhoto(id);
      onDeleted(id);
      if (openId === id) {
        dialog.close();
      }
    } catch (error) {
      showText(editError, describeError(error));
    }
  });

  return {
    async open(id) {
      if (openId === id && dialog.open) {
        return;
      }
      openId = id;
      title.textContent = 'Loading…';
      facts.replaceChildren();
      preview.hidden = true;
      original.hidden = true;
      showText(notice, '');
      if (!dialog.open) {
        dialog.showModal();
      }
      try {
        const loaded = await api.getPhoto(id);
        if (openId === id) {
          render(loaded);
        }
      } catch (error) {
        if (openId === id) {
          onError(error);
          dialog.close();
        }
      }
    },
    hasUnsavedEdits,
    close() {
      if (dialog.open) {
        closingByCode = true;
        dialog.close();
      }
    },
  };
}
