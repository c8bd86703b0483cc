import { examplePlan, layOutPlan, liveOn, newHost, refreshLayout } from './live-support';
import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';
import { personEdits } from './person-edits';

describe('a refresh over a workbook people have edited', () => {
  it('keeps their rows, their own sheet and its formulas, and copies a changed derived sheet aside', async () => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    const first = host.snapshot();
    const tableIds = async (): Promise<Array<[string, string]>> =>
      host.run(async (context) => {
        const tables = context.workbook.tables;
        tables.load('items/name,items/id');
        await context.sync();
        return tables.items.map((t) => [t.name, t.id]);
      });
    const idsBefore = await tableIds();
    const { addedIds } = await personEdits(host);
    const edited = host.snapshot();
    const own = edited.sheets.find((s) => s.name === 'Oma laskelma');

    const layout = await refreshLayout(live);
    const report = await live.generate(layout);
    // The same table objects, never deleted and added again.
    expect(await tableIds()).toEqual(idsBefore);
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

describe('rows people emptied', () => {
  it.each(['current', 'excel2021'] as const)('are deleted from their tables, and the tables below move up with them (%s)', async (profile) => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    await host.run(async (context) => {
      // A row of a table with another table below it, and one in the middle of a long table.
      context.workbook.tables.getItem('PoolMembers').getDataBodyRange().getRow(1).clear('Contents');
      context.workbook.tables.getItem('Metrics').getDataBodyRange().getRow(5).clear('Contents');
      await context.sync();
    });
    const layout = await refreshLayout(live);
    host.profile = profile;
    await live.generate(layout);
    const after = host.snapshot();
    const written = layout.layout.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ name: t.name, sheet: sheet.name, ref: t.ref })));
    expect(after.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.ref }))).toEqual(written);
    const again = await live.generate(await refreshLayout(live));
    expect(again.unchanged).toBe(true);
  });
});

describe('a sheet people renamed', () => {
  it('gets its own name back in place, with its table objects, and formulas pointing at it follow', async () => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tavoitteet').name = 'Tavoitteet 2026';
      const own = context.workbook.worksheets.add('Oma');
      own.getRange('A1').formulas = [["='Tavoitteet 2026'!A4"]];
      await context.sync();
    });
    const before = host.snapshot();
    const report = await live.generate(await refreshLayout(live));
    const after = host.snapshot();
    expect(report.unchanged).toBe(false);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => (s.name === 'Tavoitteet 2026' ? 'Tavoitteet' : s.name)));
    expect(after.tables.find((t) => t.name === 'Goals')?.sheet).toBe('Tavoitteet');
    expect(after.sheets.find((s) => s.name === 'Oma')?.cells.A1?.formula).toBe('=Tavoitteet!A4');
    expect((await live.generate(await refreshLayout(live))).unchanged).toBe(true);
  });
});

describe('a changed derived sheet of an English workbook', () => {
  it('is copied aside under an English name, whatever the language of the pane', async () => {
    const host = newHost({ locale: 'en-US' });
    const live = liveOn(host, 'fi');
    const laidOut = layOutPlan({ ...examplePlan(), language: 'en' });
    const contributions = laidOut.layout.sheets.find((s) => s.role === 'contributions')?.name as string;
    await live.generate(laidOut);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(contributions);
      ws.protection.unprotect();
      ws.getRange('A1').values = [['My title']];
      await context.sync();
    });
    const report = await live.generate(await refreshLayout(live));
    expect(report.copiedAside).toEqual([{ sheet: contributions, copy: `${contributions} (edited)` }]);
  });
});
