/** Formatting of sizes, dates, cameras and places for display. */

const SIZE_UNITS = ['kB', 'MB', 'GB', 'TB'];

/** A byte count in decimal units, as file managers show it: "999 B", "1.5 MB". */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) {
    return '';
  }
  if (bytes < 1000) {
    return `${Math.round(bytes)} B`;
  }
  let value = bytes;
  let unit = -1;
  while (value >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 99.95 ? 1 : 0;
  return `${value.toFixed(digits)} ${SIZE_UNITS[unit]}`;
}

/** An ISO-8601 instant as a readable local date and time, or "" when absent or invalid. */
export function formatDateTime(iso, locale = undefined, timeZone = undefined) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** The camera as "Make Model", without repeating a make the model already names. */
export function formatCamera(camera) {
  if (!camera) {
    return '';
  }
  const make = (camera.make || '').trim();
  const model = (camera.model || '').trim();
  if (make && model.toLowerCase().startsWith(make.toLowerCase())) {
    return model;
  }
  return [make, model].filter(Boolean).join(' ');
}

/** A latitude/longitude pair as "48.85837° N, 2.29448° E". */
export function formatLocation(location) {
  if (!location || !Number.isFinite(location.latitude) || !Number.isFinite(location.longitude)) {
    return '';
  }
  const latitude = `${Math.abs(location.latitude).toFixed(5)}° ${location.latitude < 0 ? 'S' : 'N'}`;
  const longitude = `${Math.abs(location.longitude).toFixed(5)}° ${location.longitude < 0 ? 'W' : 'E'}`;
  return `${latitude}, ${longitude}`;
}

/** Width × height in pixels, or "" when unknown. */
export function formatDimensions(width, height) {
  return width && height ? `${width} × ${height} px` : '';
}

/** Comma- or newline-separated tag text as a list of distinct trimmed tags. */
export function parseTags(text) {
  const tags = String(text || '')
    .split(/[,\n]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}
