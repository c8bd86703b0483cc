import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { address, parseRange } from '../../src/layout/a1';
import type { SheetGrid } from '../../src/layout/sheet-grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { runCli } from '../support/cli';
import { editWorkbook, type WorkbookEditor } from '../support/edit-workbook';
import { minimalPlan } from '../support/plan-builder';

/**
 * Nothing typed is lost over many rounds (.xlsx path): random sequences of
 * the edits people make in the workbook (change a value in an editable
 * table, add, move and delete rows, add a sheet of their own, type over a
 * formula), each round followed by `plansheets build` of the edited file,
 * the next round editing what the rebuild wrote. Every value typed is still
 * in its row after every later rebuild, or the rebuild reported it: at its
 * cell (a formula typed over, a refusal) or by its sheet (a sheet not
 * carried over). NOTHING_LOST_RUNS sets the number of sequences (6 here;
 * `npm run fuzz` runs more).
 */
const RUNS = Number(process.env.NOTHING_LOST_RUNS ?? 6);
const SEED = Number(process.env.NOTHING_LOST_SEED ?? 20261204);

type TextColumn = { table: 'Goals' | 'Actions' | 'Metrics' | 'Sections' | 'Municipalities'; header: string };
const TEXT_COLUMNS: TextColumn[] = [
  { table: 'Goals', header: 'Tavoite' },
  { table: 'Goals', header: 'Huomautus' },
  { table: 'Actions', header: 'Toimenpide' },
  { table: 'Metrics', header: 'Mittari' },
  { table: 'Sections', header: 'Tiimi tai osio' },
  { table: 'Municipalities', header: 'Kunta' },
];

type Edit =
  | { kind: 'change'; column: number; row: number; text: string }
  | { kind: 'add-action'; at: number; text: string }
  | { kind: 'add-goal'; text: string }
  | { kind: 'move-action'; from: number; to: number }
  | { kind: 'delete-action'; row: number }
  | { kind: 'own-sheet'; text: string }
  | { kind: 'over-formula'; row: number; value: number };

const typed = fc
  .stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9 ,.-]{0,24}$/)
  .map((text) => text.trim())
  .filter((text) => text !== '');

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('change' as const), column: fc.nat(), row: fc.nat(), text: typed }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-action' as const), at: fc.nat(), text: typed }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add-goal' as const), text: typed }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move-action' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-action' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('own-sheet' as const), text: typed }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('over-formula' as const), row: fc.nat(), value: fc.integer({ min: 1, max: 999999 }) }) },
);

/** A value typed into a table row: the row is known by its id (Tunnus), which the rebuild keeps. */
interface TypedValue {
  table: string;
  id: string;
  header: string;
  text: string;
}

/** A typing the rebuild must report: at `where` (Sheet!A1, or a sheet's name). */
interface Reported {
  where: string;
  what: string;
}

function records(grid: SheetGrid, name: string): Array<Record<string, unknown>> {
  for (const sheet of grid.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    const range = table && parseRange(table.ref);
    if (!table || !range) continue;
    const rows: Array<Record<string, unknown>> = [];
    for (let row = range.from.row + 1; row <= range.to.row; row += 1) {
      rows.push(Object.fromEntries(table.columns.map((header, i) => [header, sheet.cells[address(range.from.column + i, row)]?.value ?? null])));
    }
    return rows;
  }
  throw new Error(`no table ${name}`);
}

/** Applies one edit, recording what was typed; `fresh` names new rows. */
function applyEdit(editor: WorkbookEditor, change: Edit, expected: Map<string, TypedValue>, reported: Reported[], fresh: () => string): void {
  const rows = (name: string): number[] => {
    const t = editor.table(name);
    return Array.from({ length: t.bottom - t.top }, (_, i) => t.top + 1 + i);
  };
  const idAt = (name: string, row: number): string => String(editor.table(name).sheet.getCell(row, editor.column(name, 'Tunnus')).value);
  switch (change.kind) {
    case 'change': {
      const column = TEXT_COLUMNS[change.column % TEXT_COLUMNS.length] as TextColumn;
      const candidates = rows(column.table);
      const row = candidates[change.row % candidates.length] as number;
      const sheet = editor.table(column.table).sheet;
      sheet.getCell(row, editor.column(column.table, column.header)).value = change.text;
      const id = idAt(column.table, row);
      expected.set(`${column.table}/${id}/${column.header}`, { table: column.table, id, header: column.header, text: change.text });
      return;
    }
    case 'add-action': {
      const t = editor.table('Actions');
      const at = t.top + 1 + (change.at % (t.bottom - t.top + 1));
      const goal = idAt('Goals', rows('Goals')[0] as number);
      const id = fresh();
      editor.insertTableRows('Actions', at, [{ Tunnus: id, Tavoite: goal, Toimenpide: change.text }]);
      expected.set(`Actions/${id}/Toimenpide`, { table: 'Actions', id, header: 'Toimenpide', text: change.text });
      return;
    }
    case 'add-goal': {
      const t = editor.table('Goals');
      const section = idAt('Sections', rows('Sections')[0] as number);
      const id = fresh();
      editor.insertTableRows('Goals', t.bottom + 1, [{ Tunnus: id, Tiimi: section, Tavoite: change.text }]);
      expected.set(`Goals/${id}/Tavoite`, { table: 'Goals', id, header: 'Tavoite', text: change.text });
      return;
    }
    case 'move-action': {
      const candidates = rows('Actions');
      if (candidates.length < 2) return;
      const t = editor.table('Actions');
      editor.moveTableRow('Actions', candidates[change.from % candidates.length] as number, t.top + 1 + (change.to % (candidates.length + 1)));
      return;
    }
    case 'delete-action': {
      const candidates = rows('Actions');
      if (candidates.length < 2) return;
      const row = candidates[change.row % candidates.length] as number;
      const id = idAt('Actions', row);
      editor.deleteTableRows('Actions', row);
      // Deleted on purpose: what was typed in the row goes with it.
      for (const key of [...expected.keys()]) if (key.startsWith(`Actions/${id}/`)) expected.delete(key);
      return;
    }
    case 'own-sheet': {
      const name = `Omat ${fresh()}`;
      editor.workbook.addWorksheet(name).getCell('B2').value = change.text;
      reported.push({ where: name, what: change.text });
      return;
    }
    case 'over-formula': {
      const t = editor.table('BudgetYears');
      const candidates = rows('BudgetYears');
      const row = candidates[change.row % candidates.length] as number;
      const column = editor.column('BudgetYears', 'Tarkistus');
      t.sheet.getCell(row, column).value = change.value;
      reported.push({ where: `${t.sheet.name}!${address(column, row)}`, what: String(change.value) });
      return;
    }
  }
}

describe('nothing typed is lost over rounds of edits and rebuilds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plansheets-nothing-lost-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tally = { sequences: 0, rounds: 0, edits: 0, kept: 0, reported: 0, refused: 0, lost: 0 };

  it(`keeps or reports every typed value (${RUNS} sequences, seed ${SEED})`, async () => {
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify(minimalPlan()));
    const base = join(dir, 'base.xlsx');
    expect((await runCli('build', plan, '-o', base)).code).toBe(0);
    let sequence = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), async (rounds) => {
        sequence += 1;
        tally.sequences += 1;
        let counter = 0;
        const fresh = (): string => `new-${sequence}-${++counter}`;
        const expected = new Map<string, TypedValue>();
        let current = base;
        for (const [r, round] of rounds.entries()) {
          const reported: Reported[] = [];
          const edited = join(dir, `s${sequence}-r${r}-edited.xlsx`);
          await editWorkbook(current, edited, (editor) => {
            for (const change of round) applyEdit(editor, change, expected, reported, fresh);
          });
          tally.rounds += 1;
          tally.edits += round.length;
          const out = join(dir, `s${sequence}-r${r}-rebuilt.xlsx`);
          const run = await runCli('build', edited, '-o', out);
          const said = run.stdout + run.stderr;
          expect([0, 1, 2]).toContain(run.code);
          if (run.code === 2) {
            // A refusal names the cells it cannot read; nothing is written, so nothing is lost.
            expect(run.stderr).toMatch(/[^\s!]+![A-Z]+\d+/);
            tally.refused += 1;
            return;
          }
          for (const report of reported) {
            expect(said).toContain(report.where);
            tally.reported += 1;
          }
          const read = await readWorkbook(readFileSync(out));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          for (const value of expected.values()) {
            const row = records(read.grid, value.table).find((record) => record.Tunnus === value.id);
            const kept = row?.[value.header] === value.text;
            if (kept) tally.kept += 1;
            else tally.lost += 1;
            expect({ ...value, found: row?.[value.header] ?? '(no row)' }).toEqual({ ...value, found: value.text });
          }
          current = out;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    process.stderr.write(`nothing lost: ${JSON.stringify(tally)}\n`);
    expect(tally.lost).toBe(0);
  }, Math.max(600_000, RUNS * 60_000));
});
