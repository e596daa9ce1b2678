/** SHA-256 of files in the browser, as lowercase hex. */

/** The bytes of an ArrayBuffer or typed array as lowercase hex. */
export function toHex(buffer) {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let hex = '';
  for (const byte of bytes) {
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** The SHA-256 of a Blob, ArrayBuffer or typed array, as 64 lowercase hex digits. */
export async function sha256Hex(data, subtle = globalThis.crypto.subtle) {
  const bytes = typeof data.arrayBuffer === 'function' ? await data.arrayBuffer() : data;
  return toHex(await subtle.digest('SHA-256', bytes));
}
