import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { unzipEntries } from '../../src/xlsx/zip-entries';

/** Unpacking within a size limit: what is unpacked, and what is refused before or while unpacking. */

/** A one-entry zip whose header declares `declared` bytes for `data` compressed with `method` (8 deflate, 0 store). */
function zipWith(name: string, data: Buffer, options: { declared?: number; method?: number; flags?: number } = {}): Buffer {
  const method = options.method ?? 8;
  const body = method === 8 ? deflateRawSync(data) : data;
  const declared = options.declared ?? data.length;
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(options.flags ?? 0, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(options.flags ?? 0, 8);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + body.length, 16);
  return Buffer.concat([local, nameBytes, body, central, nameBytes, end]);
}

describe('unzipEntries', () => {
  it('unpacks what JSZip packs, stored and deflated, folders left out', async () => {
    const zip = new JSZip();
    zip.file('a/b.xml', '<b/>');
    zip.file('c.txt', 'x'.repeat(10_000), { compression: 'DEFLATE' });
    zip.file('d.bin', Buffer.from([1, 2, 3]), { compression: 'STORE' });
    zip.folder('empty');
    const result = unzipEntries(await zip.generateAsync({ type: 'nodebuffer' }));
    if (!result.ok) throw new Error(result.detail);
    expect([...result.entries.keys()].sort()).toEqual(['a/b.xml', 'c.txt', 'd.bin']);
    expect(result.entries.get('c.txt')?.toString()).toBe('x'.repeat(10_000));
    expect([...(result.entries.get('d.bin') ?? [])]).toEqual([1, 2, 3]);
  });

  it.each([
    ['declares more than the limit', zipWith('a.xml', Buffer.from('<a/>'), { declared: 2_000 }), 'too-large', /unpacks to 1 MB, more than the 1 MB/],
    ['inflates to more than the limit while declaring little', zipWith('a.xml', Buffer.alloc(5_000, 0x20), { declared: 10 }), 'too-large', /more than 1 MB/],
    ['stores more than the limit', zipWith('a.xml', Buffer.alloc(5_000, 0x20), { declared: 10, method: 0 }), 'too-large', /more than 1 MB/],
    ['is encrypted with a zip password', zipWith('a.xml', Buffer.from('<a/>'), { flags: 1 }), 'encrypted', /a.xml is encrypted/],
    ['uses another compression method', zipWith('a.xml', Buffer.from('<a/>'), { method: 12 }), 'damaged', /unsupported compression method \(12\)/],
    ['has no directory', Buffer.from('PK\u0003\u0004 nothing else'), 'damaged', /no directory/],
    ['is cut short', zipWith('a.xml', Buffer.alloc(5_000, 0x41)).subarray(0, 60), 'damaged', /no directory/],
  ])('refuses a zip that %s', (_what, file, problem, detail) => {
    // A limit of 1 000 bytes, shown rounded up to 1 MB.
    const result = unzipEntries(file, 1_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.detail).toMatch(detail);
  });
});
