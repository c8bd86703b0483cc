/**
 * Payload measurement. Excel rejects a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). The
 * fake measures both as the UTF-8 byte length of a JSON serialisation; the
 * real wire format differs a little, so sizes near the limit are approximate.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Excel's documented limit on cells read by one range load; see FakeExcelHost's docs for what the fake does past it. */
export const MAX_CELLS_PER_LOAD = 5_000_000;

/** UTF-8 length of a string without TextEncoder (kept dependency-free and browser-safe). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonByteLength(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
