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

/** One line for an error banner: the message followed by each field error. */
export function describeError(error) {
  if (!error) {
    return '';
  }
  const message = error.message || String(error);
  const fields = Array.isArray(error.fieldErrors) ? error.fieldErrors : [];
  if (fields.length === 0) {
    return message;
  }
  const details = fields.map((entry) => (entry.field ? `${entry.field}: ${entry.message}` : entry.message));
  return `${message} ${details.join('; ')}`;
}
