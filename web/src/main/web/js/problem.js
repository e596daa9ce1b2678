/** Errors of the Photostore API: problem+json bodies turned into messages people can act on. */

const STATUS_MESSAGES = {
  400: 'The request was not accepted.',
  401: 'Your session has ended. Please log in again.',
  403: 'This action is not allowed.',
  404: 'This photo does not exist (any more).',
  405: 'This action is not supported.',
  409: 'This conflicts with something that already exists.',
  413: 'This is too large.',
  415: 'This kind of content is not accepted.',
  429: 'Too many attempts.',
  500: 'Something went wrong on the server.',
  502: 'The server is not reachable right now.',
  503: 'The service is unavailable right now.',
  504: 'The server did not answer in time.',
};

/** An error from the API, with its HTTP status, problem body and Retry-After in seconds (or null). */
export class ApiError extends Error {
  constructor(message, { status = 0, problem = null, retryAfter = null, fieldErrors = [] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
    this.fieldErrors = fieldErrors;
  }
}

/** The seconds a Retry-After header value asks to wait (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value, now = Date.now()) {
  if (value === null || value === undefined || String(value).trim() === '') {
    return null;
  }
  const text = String(value).trim();
  if (/^\d+$/.test(text)) {
    return Number(text);
  }
  const date = Date.parse(text);
  if (Number.isNaN(date)) {
    return null;
  }
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** A waiting time in words: "1 second", "45 seconds", "2 minutes". */
export function formatWait(seconds) {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The field errors of a problem body, keeping only well-formed entries. */
function fieldErrorsOf(problem) {
  if (!problem || !Array.isArray(problem.errors)) {
    return [];
  }
  return problem.errors
    .filter((entry) => entry && typeof entry.message === 'string')
    .map((entry) => ({ field: typeof entry.field === 'string' ? entry.field : '', message: entry.message }));
}

/** The main message of a problem: its detail, else its title, else a sentence for the status. */
export function problemMessage(status, problem, retryAfter = null) {
  const detail = problem && typeof problem.detail === 'string' && problem.detail.trim();
  const title = problem && typeof problem.title === 'string' && problem.title.trim();
  let message = detail || title || STATUS_MESSAGES[status] || `The server answered with status ${status}.`;
  if (retryAfter !== null && (status === 429 || status === 503)) {
    message += ` Try again in ${formatWait(retryAfter)}.`;
  }
  return message;
}

/** An ApiError from a status, a parsed problem body (or null) and a Retry-After header value. */
export function apiErrorOf(status, problem, retryAfterHeader = null, now = Date.now()) {
  const retryAfter = parseRetryAfter(retryAfterHeader, now);
  return new ApiError(problemMessage(status, problem, retryAfter), {
    status,
    problem,
    retryAfter,
    fieldErrors: fieldErrorsOf(problem),
  });
}

/** An ApiError from a failed fetch Response, reading a JSON or problem+json body when there is one. */
export async function apiErrorFromResponse(response, now = Date.now()) {
  let problem = null;
  const type = response.headers.get('Content-Type') || '';
  if (/json/i.test(type)) {
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
  }
  return apiErrorOf(response.status, problem, response.headers.get('Retry-After'), now);
}

/** The names people read for the API's fields. */
const FIELD_LABELS = {
  username: 'Username',
  password: 'Password',
  title: 'Title',
  description: 'Description',
  tags: 'Tags',
  q: 'Search',
  takenFrom: 'Taken from',
  takenTo: 'Taken to',
  uploadedFrom: 'Uploaded from',
  uploadedTo: 'Uploaded to',
  type: 'Type',
  sort: 'Sort',
  order: 'Order',
  fileName: 'File name',
  contentType: 'File type',
  size: 'Size',
  sha256: 'Checksum',
};

/** The label of a field, or the field itself when it has none (tags[2] reads as Tags). */
export function fieldLabel(field) {
  const base = String(field || '').replace(/\[\d+\]$/, '');
  return FIELD_LABELS[base] || base;
}

/** A field error's message as a sentence that stands next to its field: "Must be at least 8 characters." */
export function fieldMessage(entry) {
  const text = String(entry.message || '').trim()
    .replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (name) => (FIELD_LABELS[name] ? FIELD_LABELS[name].toLowerCase() : name));
  if (!text) {
    return '';
  }
  const sentence = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A field error as a sentence that names its field: "Password must be at least 8 characters." */
export function fieldSentence(entry) {
  const message = fieldMessage(entry);
  if (!entry.field) {
    return message;
  }
  return `${fieldLabel(entry.field)} ${message[0].toLowerCase()}${message.slice(1)}`;
}

/** The field errors of an error once each (the same field and message are one). */
export function distinctFieldErrors(error) {
  const seen = new Set();
  const fields = error && Array.isArray(error.fieldErrors) ? error.fieldErrors : [];
  return fields.filter((entry) => {
    const key = `${entry.field}\u0000${entry.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** One line for an error banner: a sentence per field error when there are any, else the message. */
export function describeError(error) {
  if (!error) {
    return '';
  }
  const fields = distinctFieldErrors(error);
  if (fields.length === 0) {
    return error.message || String(error);
  }
  return fields.map(fieldSentence).join(' ');
}
