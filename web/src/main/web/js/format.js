/** Formatting of sizes, dates, cameras, exposures and places for display. */

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

/** Where a map site shows a place: OpenStreetMap at street level, or "" when the place is unknown. */
export function mapLink(location) {
  if (!location || !Number.isFinite(location.latitude) || !Number.isFinite(location.longitude)) {
    return '';
  }
  const lat = location.latitude.toFixed(6);
  const lon = location.longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** An exposure time in seconds as photographers write it: "1/250 s" below a second, "2.5 s" above. */
export function formatShutter(seconds) {
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return '';
  }
  if (seconds < 1) {
    return `1/${Math.round(1 / seconds)} s`;
  }
  return `${Number(seconds.toFixed(1))} s`;
}

/** Aperture, exposure time, ISO and focal length as "ƒ/2.8 · 1/250 s · ISO 100 · 35 mm", leaving out what is unknown. */
export function formatExposure(exposure) {
  if (!exposure) {
    return '';
  }
  const parts = [];
  if (Number.isFinite(exposure.fNumber)) parts.push(`ƒ/${Number(exposure.fNumber.toFixed(1))}`);
  const shutter = formatShutter(exposure.exposureTime);
  if (shutter) parts.push(shutter);
  if (Number.isInteger(exposure.iso)) parts.push(`ISO ${exposure.iso}`);
  if (Number.isFinite(exposure.focalLength)) parts.push(`${Number(exposure.focalLength.toFixed(2))} mm`);
  return parts.join(' · ');
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
