import type { FakeExcelHost } from '../../../src/excel/fake-host';

/** The row a person types into each table (from the table's last row as it stands). */
const PERSON_ROWS: Record<string, (last: unknown[]) => unknown[]> = {
  Municipalities: (last) => ['uusikunta', 'Uusikunta', ...last.slice(2)],
  BudgetLines: () => ['uusirivi', 'Uusi budjettirivi', '', '', 1000, '', '', '', '', '', ''],
  BudgetYears: (last) => [2031, ...last.slice(1)],
  PoolMembers: (last) => [last[0], 'veteli', '', ''],
  PreviousContributions: () => [2025, 'veteli', 100000],
  MetricValues: (last) => ['edunvalvonta-g3-m1', 2026, '', 10, '', ...last.slice(5)],
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
      table.rows.add(undefined, [row as Array<string | number | boolean>]);
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

