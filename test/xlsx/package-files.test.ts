import fc from 'fast-check';
import JSZip from 'jszip';
import { PackageFiles } from '../../src/xlsx/package-files';
import { addRelationship, readPart } from '../../src/xlsx/package-parts';

/** A stored zip as ExcelJS writes it when asked for compression "STORE" (ExcelJS zips with JSZip). */
async function storedZip(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** What a zip holds, read back by JSZip with its checksums checked. */
async function contents(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
  const files: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) files[name] = await file.async('string');
  return files;
}

describe('the writer’s package files', () => {
  it('opens a stored zip, takes changes and added parts, and deflates it into a zip any reader opens', async () => {
    const files = PackageFiles.fromStoredZip(
      await storedZip({ '[Content_Types].xml': '<Types/>', 'xl/worksheets/sheet1.xml': '<worksheet>ä €</worksheet>' }),
    );
    expect(await readPart(files, 'xl/worksheets/sheet1.xml')).toBe('<worksheet>ä €</worksheet>');
    expect(await readPart(files, 'xl/missing.xml')).toBeNull();
    files.file('xl/worksheets/sheet1.xml', '<worksheet>changed</worksheet>');
    const id = await addRelationship(files, 'xl/worksheets/sheet1.xml', 'urn:table', '../tables/table1.xml');
    files.file('xl/tables/täble1.xml', '<table/>');

    const zip = files.toZip(new Date(2026, 0, 31, 13, 45, 58));
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files).filter((name) => !read.files[name]!.dir)).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/tables/täble1.xml',
    ]);
    expect(await read.file('xl/worksheets/sheet1.xml')!.async('string')).toBe('<worksheet>changed</worksheet>');
    expect(await read.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain(`Id="${id}"`);
    expect(read.file('xl/tables/täble1.xml')!.date.getMinutes()).toBe(45);
  });

  it('keeps every part as it was, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,2}\.xml$/), fc.string({ unit: 'grapheme' })), async (parts) => {
        expect(await contents(PackageFiles.fromStoredZip(await storedZip(parts)).toZip())).toEqual(parts);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a zip whose parts are compressed: ExcelJS was asked to store them', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a/>');
    const deflated = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(() => PackageFiles.fromStoredZip(deflated)).toThrow(/a\.xml/);
  });
});
