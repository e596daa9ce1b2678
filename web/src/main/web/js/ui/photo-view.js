/** The photo dialog: preview, EXIF facts, link to the original, editing and deleting. */

import { describeError } from '../problem.js';
import {
  formatBytes, formatCamera, formatDateTime, formatDimensions, formatExposure, formatLocation, mapLink, parseTags,
} from '../format.js';
import { statusOf } from '../uploader.js';
import { byId, el, showText } from './dom.js';
import { photoName } from './gallery.js';

/** A confirmation asked in the confirm dialog; resolves true when the person confirms. */
function confirmDelete(name) {
  const dialog = byId('confirm-dialog');
  byId('confirm-text').textContent = `“${name}” and its thumbnails are removed for good.`;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
  });
}

/** Creates the dialog; `onClose` runs when the person closes it, `onChanged`/`onDeleted` after edits. */
export function createPhotoView({ api, onClose, onChanged, onDeleted, onError }) {
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
  let photo = null;
  let openId = null;
  let closingByCode = false;

  function fact(label, value) {
    return value ? [el('dt', {}, label), el('dd', {}, value)] : [];
  }

  function render(current) {
    photo = current;
    const name = photoName(current);
    title.textContent = name;
    const urls = current.urls || {};
    preview.hidden = !urls.preview;
    if (urls.preview) {
      preview.src = urls.preview;
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
    showText(editError, '');
    saved.textContent = '';
  }

  dialog.addEventListener('close', () => {
    const wasOpen = openId;
    openId = null;
    photo = null;
    if (!closingByCode && wasOpen) {
      onClose(wasOpen);
    }
    closingByCode = false;
  });
  byId('photo-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      dialog.close();
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
      showText(editError, describeError(error));
    } finally {
      saveButton.disabled = false;
    }
  });

  deleteButton.addEventListener('click', async () => {
    if (!photo) {
      return;
    }
    const { id } = photo;
    if (!(await confirmDelete(photoName(photo)))) {
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
    close() {
      if (dialog.open) {
        closingByCode = true;
        dialog.close();
      }
    },
  };
}
