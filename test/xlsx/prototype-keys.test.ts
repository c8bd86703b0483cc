import JSZip from 'jszip';
import { layOutPlan } from '../../src/app/lay-out-plan';
import { readWorkbookGrid } from '../../src/app/read-workbook-grid';
import type { SheetGrid } from '../../src/layout/sheet-grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { examplePlan } from '../support/plans';

/**
 * The keys that reach an object's prototype in JavaScript (__proto__,
 * constructor, prototype) are plain data in a workbook: as an id, a table
 * name, a sheet name, cell text, or a key of the JSON on the metadata sheet,
 * each reads exactly as an ordinary word in its place does, and nothing
 * reaches Object.prototype.
 */

jest.setTimeout(60_000);

const KEYS = ['__proto__', 'constructor', 'prototype'];
/** An ordinary word for each key, alike in what an id may be: an id cannot begin with "_", so __proto__ is no id (a finding says so), nor is __tavallinen__. */
const ordinary = (key: string): string => (key.startsWith('_') ? '__tavallinen__' : 'tavallinen');

let built: Buffer;
let grid: SheetGrid;

beforeAll(async () => {
  built = await writeWorkbook(layOutPlan(examplePlan()).layout);
  const read = await readWorkbook(built);
  if (!read.ok) throw new Error(read.detail);
  grid = read.grid;
});

type GridEdit = (grid: SheetGrid, word: string) => void;

function sheet(g: SheetGrid, name: string) {
  const found = g.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

const setText = (sheetName: string, cell: string): GridEdit => (g, word) => {
  sheet(g, sheetName).cells[cell] = { value: word };
};

/** Adds `"<word>": {"polluted": "yes"}` at the top of the metadata JSON and inside its first object value. */
const metadataKey: GridEdit = (g, word) => {
  const metadata = sheet(g, 'PlanSheets');
  const first = metadata.cells.A2;
  if (typeof first?.value !== 'string' || !first.value.startsWith('{')) throw new Error('no metadata JSON in PlanSheets!A2');
  metadata.cells.A2 = { value: `{"${word}":{"polluted":"yes"},${first.value.slice(1)}` };
};

const GRID_EDITS: Array<[string, GridEdit]> = [
  ['a municipality id', setText('Kunnat', 'A9')],
  ['a municipality name (cell text)', setText('Kunnat', 'B9')],
  [
    'a table name',
    (g, word) => {
      const table = sheet(g, 'Kunnat').tables[0];
      if (!table) throw new Error('Kunnat has no table');
      table.name = word;
    },
  ],
  [
    'a sheet name',
    (g, word) => {
      sheet(g, 'Kunnat').name = word;
    },
  ],
  ['a key of the metadata JSON', metadataKey],
];

/** The reading as JSON, with the ordinary word put back as the key: equal to the reading with the key itself. */
function readingText(g: SheetGrid, word: string): string {
  const reading = readWorkbookGrid(g);
  const data = reading.ok ? { plan: reading.plan, findings: reading.findings } : { findings: reading.findings };
  return JSON.stringify(data).split(word).join('<word>');
}

function copy(g: SheetGrid): SheetGrid {
  return structuredClone(g);
}

function prototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(BASELINE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const BASELINE = Object.getOwnPropertyNames(Object.prototype).sort();

describe('prototype keys in a workbook are inert', () => {
  describe.each(GRID_EDITS)('as %s', (_what, edit) => {
    it.each(KEYS)('%s reads as an ordinary word does', (key) => {
      const plain = copy(grid);
      edit(plain, ordinary(key));
      const dangerous = copy(grid);
      edit(dangerous, key);
      expect(readingText(dangerous, key)).toBe(readingText(plain, ordinary(key)));
      prototypeUntouched();
    });
  });

  it.each(KEYS)('%s as a sheet and a table name in the file itself reads as an ordinary name does', async (key) => {
    const rename = async (word: string): Promise<string> => {
      const zip = await JSZip.loadAsync(built);
      const workbook = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
      zip.file('xl/workbook.xml', workbook.replace('name="Kunnat"', `name="${word}"`));
      const table = await (zip.file('xl/tables/table1.xml') as JSZip.JSZipObject).async('string');
      zip.file('xl/tables/table1.xml', table.replace(/(display)?[Nn]ame="Municipalities"/g, (m) => m.replace('Municipalities', word)));
      const read = await readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }));
      if (!read.ok) throw new Error(read.detail);
      return readingText(read.grid, word);
    };
    expect(await rename(key)).toBe(await rename(ordinary(key)));
    prototypeUntouched();
  });
});
