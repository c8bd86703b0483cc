import type { FakeExcelHost } from '../../../src/excel/fake-host';
import { examplePlan, layOutPlan, liveOn, newHost, refreshLayout } from './live-support';
import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';

/** The row a person types into each table (from the table's last row as it stands). */
const PERSON_ROWS: Record<string, (last: unknown[]) => unknown[]> = {
  Municipalities: (last) => ['uusikunta', 'Uusikunta', ...last.slice(2)],
  BudgetLines: () => ['uusirivi', 'Uusi budjettirivi', '', '', 1000, '', '', '', '', '', ''],
  BudgetYears: (last) => [2031, ...last.slice(1)],
  PoolMembers: (last) => [last[0], 'veteli', '', ''],
  PreviousContributions: () => [2025, 'veteli', 100000],
  MetricValues: () => ['edunvalvonta-g3-m1', 2026, '', 10, ''],
};

/** What a person does in Excel between two generations. */
export async function personEdits(host: FakeExcelHost): Promise<{ addedIds: string[] }> {
  return host.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const ranges = tables.items.map((table) => {
      const header = table.getHeaderRowRange();
      header.load('values');
      const body = table.getDataBodyRange();
      body.load('formulas,rowCount');
      return { table, header, body };
    });
    await context.sync();
    const addedIds: string[] = [];
    for (const { table, header, body } of ranges) {
      const last = [...(body.formulas[body.rowCount - 1] as unknown[])];
      const headers = header.values[0] as unknown[];
      const row = PERSON_ROWS[table.name]?.(last) ?? last;
      const idColumn = headers.findIndex((h) => h === 'Tunnus');
      if (idColumn >= 0 && table.name !== 'PoolMembers') {
        const id = `${String(row[idColumn])}-uusi`;
        row[idColumn] = id;
        addedIds.push(id);
      }
      table.rows.add(undefined, [row]);
    }
    // A sheet of their own, pointing at derived cells.
    const own = context.workbook.worksheets.add('Oma laskelma');
    own.getRange('A1:B2').formulas = [
      ["='Kuntaosuudet'!H4", '=Yhteenveto!B5'],
      ['Oma teksti', 42],
    ];
    // A derived title changed (the sheet unprotected first, as a person must).
    const contributions = context.workbook.worksheets.getItem('Kuntaosuudet');
    contributions.protection.unprotect();
    contributions.getRange('A1').values = [['Muutettu otsikko']];
    await context.sync();
    return { addedIds };
  });
}

describe('a refresh over a workbook people have edited', () => {
  it('keeps their rows, their own sheet and its formulas, and copies a changed derived sheet aside', async () => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    const first = host.snapshot();
    const { addedIds } = await personEdits(host);
    const edited = host.snapshot();
    const own = edited.sheets.find((s) => s.name === 'Oma laskelma');

    const layout = await refreshLayout(live);
    const report = await live.generate(layout);
    const after = host.snapshot();

    expect(report.copiedAside).toEqual([{ sheet: 'Kuntaosuudet', copy: 'Kuntaosuudet (muokattu)' }]);
    const copy = after.sheets.find((s) => s.name === 'Kuntaosuudet (muokattu)');
    expect(copy?.cells.A1?.value).toBe('Muutettu otsikko');
    const rewritten = after.sheets.find((s) => s.name === 'Kuntaosuudet');
    expect(rewritten?.cells.A1?.value).toBe(first.sheets.find((s) => s.name === 'Kuntaosuudet')?.cells.A1?.value);
    expect(rewritten?.protection.protected).toBe(true);
    // Their own sheet is untouched, its formulas still point at the derived sheets.
    expect(after.sheets.find((s) => s.name === 'Oma laskelma')).toEqual({ ...own, position: expect.any(Number) });
    expect(after.sheets.find((s) => s.name === 'Oma laskelma')?.cells.A1?.formula).toBe("='Kuntaosuudet'!H4");
    // Every table kept its object and has the added row.
    for (const table of first.tables) {
      const now = after.tables.find((t) => t.name === table.name);
      const rows = (ref: string): number => {
        const [a, b] = ref.split(':').map((r) => Number(/\d+/.exec(r)?.[0]));
        return (b as number) - (a as number);
      };
      // A table that held only its blank row now holds the one row typed.
      const blank = ['BudgetLines', 'PreviousContributions', 'MetricValues'].includes(table.name);
      expect(now && rows(now.ref)).toBe(rows(table.ref) + (blank ? 0 : 1));
    }
    const written = layout.layout.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ name: t.name, sheet: sheet.name, ref: t.ref })));
    expect(after.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.ref }))).toEqual(expect.arrayContaining(written));
    const reading = await live.readGrid();
    if (!reading.ok) throw new Error('unreadable');
    const read = readWorkbookGrid(reading.grid);
    if (!read.ok) throw new Error('no plan');
    const json = JSON.stringify(read.plan);
    for (const id of addedIds) expect(json).toContain(`"${id}"`);
    // And a further refresh changes nothing.
    const again = await live.generate(await refreshLayout(live));
    expect(again.unchanged).toBe(true);
  });
});
