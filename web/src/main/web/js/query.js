/** The state of the library view (sort, filters, open photo) and its encoding in the URL hash. */

export const SORTS = ['uploadedAt', 'takenAt', 'name', 'size'];
export const ORDERS = ['asc', 'desc'];
export const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** The state with nothing chosen: newest uploads first, no filter, no photo open. */
export const DEFAULT_STATE = Object.freeze({
  sort: 'uploadedAt',
  order: 'desc',
  tags: Object.freeze([]),
  takenFrom: '',
  takenTo: '',
  type: '',
  q: '',
  photo: null,
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf(value, allowed, fallback) {
  return allowed.includes(value) ? value : fallback;
}

function dateOrEmpty(value) {
  return value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

/** A complete, valid state from a partial one; unknown or invalid values fall back to the defaults. */
export function normalizeState(partial = {}) {
  const tags = Array.isArray(partial.tags) ? partial.tags : [];
  return {
    sort: oneOf(partial.sort, SORTS, DEFAULT_STATE.sort),
    order: oneOf(partial.order, ORDERS, DEFAULT_STATE.order),
    tags: [...new Set(tags.map((tag) => String(tag).trim()).filter(Boolean))].sort(),
    takenFrom: dateOrEmpty(partial.takenFrom),
    takenTo: dateOrEmpty(partial.takenTo),
    type: oneOf(partial.type, TYPES, ''),
    q: typeof partial.q === 'string' ? partial.q.trim() : '',
    photo: typeof partial.photo === 'string' && partial.photo ? partial.photo : null,
  };
}

/** The state a location hash such as "#/photo/abc?sort=name&order=asc&tag=cat" describes. */
export function parseHash(hash) {
  const text = String(hash || '').replace(/^#/, '');
  const questionMark = text.indexOf('?');
  const path = questionMark < 0 ? text : text.slice(0, questionMark);
  const params = new URLSearchParams(questionMark < 0 ? '' : text.slice(questionMark + 1));
  const match = /^\/photo\/([^/]+)$/.exec(path);
  let photo = null;
  if (match) {
    try {
      photo = decodeURIComponent(match[1]);
    } catch {
      photo = null;
    }
  }
  return normalizeState({
    sort: params.get('sort'),
    order: params.get('order'),
    tags: params.getAll('tag'),
    takenFrom: params.get('takenFrom'),
    takenTo: params.get('takenTo'),
    type: params.get('type'),
    q: params.get('q') || '',
    photo,
  });
}

/** The location hash of a state; values equal to the defaults are left out so hashes stay short. */
export function formatHash(state) {
  const normal = normalizeState(state);
  const params = new URLSearchParams();
  if (normal.sort !== DEFAULT_STATE.sort) params.set('sort', normal.sort);
  if (normal.order !== DEFAULT_STATE.order) params.set('order', normal.order);
  for (const tag of normal.tags) params.append('tag', tag);
  if (normal.takenFrom) params.set('takenFrom', normal.takenFrom);
  if (normal.takenTo) params.set('takenTo', normal.takenTo);
  if (normal.type) params.set('type', normal.type);
  if (normal.q) params.set('q', normal.q);
  const path = normal.photo ? `/photo/${encodeURIComponent(normal.photo)}` : '/';
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/** Whether two states list the same photos (they may differ in the open photo). */
export function sameListing(a, b) {
  const left = normalizeState(a);
  const right = normalizeState(b);
  return formatHash({ ...left, photo: null }) === formatHash({ ...right, photo: null });
}

/** The query parameters of GET /photos for a state, one page of `limit` photos after `cursor`. */
export function listQuery(state, cursor = null, limit = 60) {
  const normal = normalizeState(state);
  const query = { sort: normal.sort, order: normal.order, limit };
  if (normal.tags.length) query.tag = normal.tags;
  if (normal.takenFrom) query.takenFrom = normal.takenFrom;
  if (normal.takenTo) query.takenTo = normal.takenTo;
  if (normal.type) query.type = normal.type;
  if (normal.q) query.q = normal.q;
  if (cursor) query.cursor = cursor;
  return query;
}

const TYPE_NAMES = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF' };

/**
 * The filters a state applies, each with words to show and the state without it:
 * [{ key: 'tag:sea', label: 'Tag “sea”', without: {...} }, ...].
 */
export function activeFilters(state) {
  const normal = normalizeState(state);
  const active = [];
  if (normal.q) {
    active.push({ key: 'q', label: `Search “${normal.q}”`, without: { ...normal, q: '' } });
  }
  for (const tag of normal.tags) {
    active.push({ key: `tag:${tag}`, label: `Tag “${tag}”`, without: { ...normal, tags: normal.tags.filter((t) => t !== tag) } });
  }
  if (normal.type) {
    active.push({ key: 'type', label: `Only ${TYPE_NAMES[normal.type]}`, without: { ...normal, type: '' } });
  }
  if (normal.takenFrom) {
    active.push({ key: 'takenFrom', label: `Taken from ${normal.takenFrom}`, without: { ...normal, takenFrom: '' } });
  }
  if (normal.takenTo) {
    active.push({ key: 'takenTo', label: `Taken until ${normal.takenTo}`, without: { ...normal, takenTo: '' } });
  }
  return active;
}
