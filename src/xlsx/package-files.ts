import { crc32 as nativeCrc32, deflateRawSync } from 'node:zlib';

/**
 * The parts of a package the writer completes in memory: the package
 * ExcelJS writes, stored (not compressed), opened by its central directory,
 * with tables, charts and names added, then compressed once with Node's own
 * zlib. JSZip did both ends before, in JavaScript and through its streams,
 * and compressed the whole package twice: that was most of the writer's time
 * beyond ExcelJS's own.
 */
export class PackageFiles {
  private readonly parts = new Map<string, Buffer | string>();

  /** The parts of a stored zip (as ExcelJS writes with compression "STORE"), in their order. */
  static fromStoredZip(zip: Buffer): PackageFiles {
    const files = new PackageFiles();
    for (const entry of storedEntries(zip)) files.parts.set(entry.name, entry.data);
    return files;
  }

  /** A part as text (package-parts.ts reads parts this way, from JSZip too), or null when there is none. */
  file(path: string): { async(type: 'string'): Promise<string> } | null;
  /** Adds a part or replaces it. */
  file(path: string, data: string): this;
  file(path: string, data?: string): { async(type: 'string'): Promise<string> } | null | this {
    if (data !== undefined) {
      this.parts.set(path, data);
      return this;
    }
    const part = this.parts.get(path);
    if (part === undefined) return null;
    return { async: () => Promise.resolve(typeof part === 'string' ? part : part.toString('utf8')) };
  }

  /** The package as an .xlsx: every part deflated, in the order the parts came and were added. */
  toZip(modified: Date = new Date()): Buffer {
    const { time, date } = dosDateTime(modified);
    const locals: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const [name, part] of this.parts) {
      const data = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
      const compressed = deflateRawSync(data, { level: 6 });
      const fileName = Buffer.from(name, 'utf8');
      const crc = crc32(data);
      // Bit 11: the name is UTF-8.
      const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(fileName.length, 26);
      local.writeUInt16LE(0, 28);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(flags, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt16LE(time, 12);
      entry.writeUInt16LE(date, 14);
      entry.writeUInt32LE(crc, 16);
      entry.writeUInt32LE(compressed.length, 20);
      entry.writeUInt32LE(data.length, 24);
      entry.writeUInt16LE(fileName.length, 28);
      entry.writeUInt32LE(offset, 42);
      locals.push(local, fileName, compressed);
      central.push(entry, fileName);
      offset += local.length + fileName.length + compressed.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.parts.size, 8);
    end.writeUInt16LE(this.parts.size, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }
}

/** The entries of a zip whose files are all stored, read through its central directory; folders are left out. */
function storedEntries(zip: Buffer): Array<{ name: string; data: Buffer }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('the package ExcelJS wrote has no zip directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Array<{ name: string; data: Buffer }> = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('the package ExcelJS wrote has a damaged zip directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (method !== 0) throw new Error(`ExcelJS compressed ${name} though asked to store it`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    entries.push({ name, data: zip.subarray(dataAt, dataAt + size) });
  }
  return entries;
}

/** MS-DOS date and time, as zip headers keep them (local time, two-second steps). */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(1980, moment.getFullYear());
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | Math.floor(moment.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}

/** Node has zlib's crc32 from 20.15 and 22.2; before that, the table-driven one. */
function crc32(data: Buffer): number {
  if (typeof nativeCrc32 === 'function') return nativeCrc32(data) >>> 0;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
