import { inflateRawSync } from 'node:zlib';

/**
 * The files of a zip package, unpacked within a stated total size. A zip
 * bomb (a few kilobytes that inflate to gigabytes, or many entries pointing
 * at the same data) is refused from the sizes its central directory
 * declares before anything is inflated, and again while inflating, which
 * never produces more than the bytes still allowed: a file that lies about
 * its sizes cannot exhaust memory either.
 */

/** The most an .xlsx may hold unpacked: a PlanSheets workbook of thousands of rows unpacks to a few megabytes. */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

export type ZipEntries =
  | { ok: true; entries: Map<string, Buffer> }
  | { ok: false; problem: 'too-large'; detail: string }
  | { ok: false; problem: 'encrypted' | 'damaged'; detail: string };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
const MAX_32 = 0xffffffff;

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

class ZipProblem extends Error {
  constructor(
    readonly problem: 'too-large' | 'encrypted' | 'damaged',
    detail: string,
  ) {
    super(detail);
  }
}

export function unzipEntries(buffer: Buffer, limit = MAX_UNCOMPRESSED_BYTES): ZipEntries {
  try {
    const central = centralDirectory(buffer);
    const declared = central.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limit) throw tooLarge(limit, declared);
    const entries = new Map<string, Buffer>();
    let remaining = limit;
    for (const entry of central) {
      if (entry.name.endsWith('/')) continue;
      if (entry.flags & FLAG_ENCRYPTED) throw new ZipProblem('encrypted', `the zip entry ${entry.name} is encrypted`);
      const data = inflate(buffer, entry, remaining, limit);
      remaining -= data.length;
      const name = entry.name.replace(/\\/g, '/').replace(/^\/+/, '');
      if (!entries.has(name)) entries.set(name, data);
    }
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof ZipProblem) return { ok: false, problem: error.problem, detail: error.message };
    throw error;
  }
}

function tooLarge(limit: number, size?: number): ZipProblem {
  const mb = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024))} MB`;
  const what = size === undefined ? `more than ${mb(limit)}` : mb(size);
  return new ZipProblem('too-large', `it unpacks to ${what}, more than the ${mb(limit)} a workbook may hold`);
}

function inflate(buffer: Buffer, entry: CentralEntry, remaining: number, limit: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipProblem('damaged', `the zip entry ${entry.name} is missing`);
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw new ZipProblem('damaged', `the zip entry ${entry.name} is cut short`);
  const data = buffer.subarray(start, end);
  if (entry.method === STORED) {
    if (data.length > remaining) throw tooLarge(limit);
    return data;
  }
  if (entry.method !== DEFLATED) throw new ZipProblem('damaged', `the zip entry ${entry.name} uses an unsupported compression method (${entry.method})`);
  try {
    // maxOutputLength stops inflating at the bytes still allowed, whatever the entry declares.
    return inflateRawSync(data, { maxOutputLength: Math.max(remaining, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
    throw new ZipProblem('damaged', `the zip entry ${entry.name} cannot be unpacked`);
  }
}

function centralDirectory(buffer: Buffer): CentralEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === MAX_32) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipProblem('damaged', 'the zip directory is damaged');
    const end64 = safeNumber(buffer.readBigUInt64LE(locator + 8));
    if (end64 + 56 > buffer.length || buffer.readUInt32LE(end64) !== ZIP64_END) throw new ZipProblem('damaged', 'the zip directory is damaged');
    count = safeNumber(buffer.readBigUInt64LE(end64 + 32));
    offset = safeNumber(buffer.readBigUInt64LE(end64 + 48));
  }
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_ENTRY) throw new ZipProblem('damaged', 'the zip directory is damaged');
    const flags = buffer.readUInt16LE(at + 8);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const nameBytes = buffer.subarray(at + 46, at + 46 + nameLength);
    const entry: CentralEntry = {
      name: nameBytes.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1'),
      flags,
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    applyZip64(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offsets past 4 GB are in the zip64 extra field, in this order, each only when its 32-bit field is full. */
function applyZip64(entry: CentralEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipProblem('damaged', `the zip entry ${entry.name} is damaged`);
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX_32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX_32) entry.compressedSize = next();
      if (entry.localOffset === MAX_32) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= lowest; at -= 1) {
    if (buffer.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipProblem('damaged', 'the zip package has no directory (is the file cut short?)');
}
