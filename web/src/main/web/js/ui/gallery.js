/** The grid of thumbnails, loaded page by page through nextCursor as it scrolls into view. */

import { formatHash, listQuery } from '../query.js';
import { formatBytes } from '../format.js';
import { byId, el } from './dom.js';

const PAGE_SIZE = 60;

/** A readable name of a photo: its title, else its file name. */
export function photoName(photo) {
  return photo.title || photo.fileName || 'Untitled photo';
}

/** Creates the gallery; `reset(state)` lists anew, `reload()` lists the current state again. */
export function createGallery({ api, onError, onLoaded = () => {} }) {
  const grid = byId('grid');
  const status = byId('grid-status');
  const sentinel = byId('grid-end');
  const loadMoreButton = byId('load-more');
  let state = null;
  let cursor = null;
  let done = true;
  let loading = false;
  let generation = 0;

  function card(photo) {
    const name = photoName(photo);
    const image = photo.urls && photo.urls.thumbnail
      ? el('img', { src: photo.urls.thumbnail, alt: '', loading: 'lazy', decoding: 'async', width: 256, height: 256 })
      : el('span', { class: 'placeholder', 'aria-hidden': 'true' }, '⧗');
    return el('li', { dataset: { id: photo.id } },
      el('a', { class: 'card', href: formatHash({ ...state, photo: photo.id }), title: `${name} (${formatBytes(photo.size)})` },
        image,
        el('span', { class: 'card-name' }, name)));
  }

  function updateStatus(failed = false) {
    const count = grid.children.length;
    if (loading) {
      status.textContent = 'Loading photos…';
    } else if (failed) {
      status.textContent = 'The photos could not be loaded.';
    } else if (count === 0) {
      const filtered = state && formatHash({ ...state, sort: 'uploadedAt', order: 'desc', photo: null }) !== '#/';
      status.textContent = filtered ? 'No photo matches these filters.' : 'No photos yet. Add some above.';
    } else {
      status.textContent = done ? `${count} photo${count === 1 ? '' : 's'}` : `${count} photos so far`;
    }
    loadMoreButton.hidden = done || loading;
  }

  async function loadMore() {
    if (loading || done || !state) {
      return;
    }
    const mine = generation;
    loading = true;
    updateStatus();
    let failed = false;
    try {
      const page = await api.listPhotos(listQuery(state, cursor, PAGE_SIZE));
      if (mine !== generation) {
        return;
      }
      grid.append(...page.items.map(card));
      cursor = page.nextCursor;
      done = !cursor;
      onLoaded();
    } catch (error) {
      if (mine !== generation) {
        return;
      }
      failed = true;
      done = true;
      onError(error);
    } finally {
      if (mine === generation) {
        loading = false;
        updateStatus(failed);
        if (!done) {
          observer.unobserve(sentinel);
          observer.observe(sentinel);
        }
      }
    }
  }

  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      loadMore();
    }
  }, { rootMargin: '600px 0px' });
  observer.observe(sentinel);
  loadMoreButton.addEventListener('click', () => loadMore());

  function reset(newState) {
    generation += 1;
    state = newState;
    cursor = null;
    done = false;
    loading = false;
    grid.replaceChildren();
    loadMore();
  }

  return {
    reset,
    reload: () => state && reset(state),
    stop() {
      generation += 1;
      state = null;
      done = true;
      loading = false;
      grid.replaceChildren();
      status.textContent = '';
    },
    /** Shows a changed photo in place. */
    update(photo) {
      const item = grid.querySelector(`li[data-id="${CSS.escape(photo.id)}"]`);
      if (item) {
        item.replaceWith(card(photo));
      }
    },
    /** Removes a deleted photo. */
    remove(id) {
      const item = grid.querySelector(`li[data-id="${CSS.escape(id)}"]`);
      if (item) {
        item.remove();
        updateStatus();
      }
    },
    /** The id of the photo `step` places before (-1) or after (1) this one in the grid, or null. */
    neighbour(id, step) {
      const items = [...grid.children];
      const index = items.findIndex((item) => item.dataset.id === id);
      const target = index < 0 ? null : items[index + step];
      return target ? target.dataset.id : null;
    },
    /** The element showing a photo, to give focus back to after its dialog closes. */
    linkOf(id) {
      return grid.querySelector(`li[data-id="${CSS.escape(id)}"] a`);
    },
  };
}
