import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { municipalContributions } from '../../src/engine/contributions';
import { Decimal } from '../../src/engine/money';
import { validatePlan } from '../../src/engine/validate';
import { contributionsOf, workbookLayout } from '../support/layouts';
import { FORMATS } from '../../src/layout/styles';
import type { WorkbookLayout } from '../../src/layout/workbook-layout';
import type { Plan } from '../../src/model/plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { edgePlan, examplePlan, harderPlan, problemPlan, swedishPlan } from '../support/plans';
import { formulaResults, gridSheet, recalculatedWorkbook, type FormulaResult } from '../support/recalculated-workbook';

/**
 * The cached values the writer stores are the figures: for the example, the
 * harder plan, a plan whose pools cannot be shared out and one at the edges
 * of what the formulas handle (error values included), every formula
 * cell's cached result in the written file (nothing recalculated) equals
 * what headless LibreOffice computes for it, and readers that do not
 * calculate (ExcelJS reading values; openpyxl with data_only=True) see the
 * numbers. Money is compared to the cent, other numbers to 1e-9 relative to
 * the larger of 1 and the value, texts exactly (an empty text as empty text).
 */

jest.setTimeout(180_000);

const MONEY_FORMATS: ReadonlySet<string> = new Set([FORMATS.moneyCents, FORMATS.moneyEuros]);
const RELATIVE_TOLERANCE = new Decimal('1e-9');
const PYTHON = '/usr/bin/python3';

const key = (r: { sheet: string; cell: string }): string => `${r.sheet}!${r.cell}`;

function moneyCells(layout: WorkbookLayout): Set<string> {
  return new Set(
    layout.sheets.flatMap((sheet) =>
      sheet.cells.filter((c) => c.value.kind === 'formula' && MONEY_FORMATS.has(c.style?.numberFormat ?? '')).map((c) => key({ sheet: sheet.name, cell: c.ref })),
    ),
  );
}

/** Why a cached result differs from LibreOffice's, or null when it agrees. */
function mismatch(cached: FormulaResult, computed: FormulaResult, money: boolean): string | null {
  const shown = (r: FormulaResult): string => `${r.kind} ${JSON.stringify(r.value)}`;
  if (cached.kind !== computed.kind) return `${shown(cached)} ≠ LibreOffice ${shown(computed)}`;
  if (cached.kind !== 'number') return cached.value === computed.value ? null : `${shown(cached)} ≠ LibreOffice ${shown(computed)}`;
  const a = new Decimal(cached.value);
  const b = new Decimal(computed.value);
  const agrees = money ? a.toDecimalPlaces(2).eq(b.toDecimalPlaces(2)) : a.minus(b).abs().lte(RELATIVE_TOLERANCE.times(Decimal.max(1, b.abs())));
  return agrees ? null : `${cached.value} ≠ LibreOffice ${computed.value}${money ? ' (money)' : ''}`;
}

const counts: string[] = [];
afterAll(() => {
  for (const line of counts) process.stdout.write(`${line}\n`);
});

describe.each([
  ['the example (fi)', examplePlan, false],
  ['the harder plan (en)', harderPlan, false],
  ['the Swedish example (sv)', swedishPlan, false],
  ['the plan whose pools cannot be shared out (fi)', problemPlan, false],
  ['the plan at the edges (fi)', edgePlan, true],
])('%s: the cached values', (name, makePlan: () => Plan, errors: boolean) => {
  const plan = makePlan();
  const layout = workbookLayout(plan, validatePlan(plan));
  const formulaCells = layout.sheets.reduce((n, s) => n + s.cells.filter((c) => c.value.kind === 'formula').length, 0);
  let written: Buffer;
  let cached: FormulaResult[];
  let recalculated: FormulaResult[];
  beforeAll(async () => {
    written = await writeWorkbook(layout);
    cached = await formulaResults(written);
    recalculated = await formulaResults((await recalculatedWorkbook(layout)).file);
  }, 180_000);

  it(`are stored for every formula cell${errors ? ', error values too' : ', and none is an error'}`, () => {
    expect(cached).toHaveLength(formulaCells);
    expect(cached.filter((r) => r.kind === 'none')).toEqual([]);
    const errorValues = cached.filter((r) => r.kind === 'error');
    if (errors) expect(new Set(errorValues.map((r) => r.value))).toEqual(new Set(['#VALUE!', '#DIV/0!']));
    else expect(errorValues).toEqual([]);
  });

  it('equal what LibreOffice computes, cell by cell', () => {
    const money = moneyCells(layout);
    const computed = new Map(recalculated.map((r) => [key(r), r]));
    const problems: string[] = [];
    let compared = 0;
    for (const result of cached) {
      const other = computed.get(key(result));
      if (other === undefined) {
        problems.push(`${key(result)}: LibreOffice has no formula there`);
        continue;
      }
      compared += 1;
      const why = mismatch(result, other, money.has(key(result)));
      if (why !== null) problems.push(`${key(result)}: ${why}`);
    }
    counts.push(
      `cached values, ${name}: ${compared} formula cells compared with LibreOffice of ${formulaCells} in the layout ` +
        `(${money.size} money, ${cached.filter((r) => r.kind === 'text' && r.value === '').length} empty text, ` +
        `${cached.filter((r) => r.kind === 'error').length} error values); ${problems.length} mismatches`,
    );
    expect(problems).toEqual([]);
    expect(compared).toBe(formulaCells);
    expect(recalculated).toHaveLength(formulaCells);
  });
});

describe('the example, written and read by programs that do not calculate', () => {
  const plan = examplePlan();
  const layout = workbookLayout(plan, validatePlan(plan));
  const contributions = contributionsOf(plan);
  const sheetName = contributions.sheet.name;
  const localRef = (ref: string): string => ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');
  const expected = municipalContributions(plan);
  const totals = contributions.matrixRows.map((row) => ({
    municipality: row.municipality,
    cell: localRef(row.total),
    total: expected.rows.find((m) => m.id === row.municipality)!.total,
  }));
  const grandTotalCell = localRef(contributions.grandTotal);
  const formulaCells = layout.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((c) => (c.value.kind === 'formula' ? [{ at: key({ sheet: sheet.name, cell: c.ref }), result: c.value.result }] : [])),
  );
  /**
   * Formula cells whose result is the empty text of IF(..., "", ...). The file
   * stores it as <v></v> with t="str", as LibreOffice does; ExcelJS and
   * openpyxl read an empty <v> as no value (openpyxl's reader turns every
   * empty text into None), so these are the only cells they show empty.
   */
  const emptyText = formulaCells.filter((c) => c.result.kind === 'text' && c.result.text === '').map((c) => c.at).sort();

  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plansheets-cached-'));
    path = join(dir, 'kaustinen-2026.xlsx');
    await writeFile(path, await writeWorkbook(layout));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ExcelJS reads each municipality total and the grand total 1003733 on Kuntaosuudet', async () => {
    const { readFile } = await import('node:fs/promises');
    const read = await readWorkbook(await readFile(path));
    if (!read.ok) throw new Error(`${read.reason}: ${read.detail}`);
    const sheet = gridSheet(read.grid, sheetName);
    for (const { cell, total } of totals) expect(sheet.cells[cell]?.value).toBe(total.toNumber());
    expect(sheet.cells[grandTotalCell]).toMatchObject({ value: 1003733, formula: expect.any(String) });
    // Every formula cell of every sheet shows its value; only the empty texts read as empty.
    const missing = read.grid.sheets.flatMap((s) =>
      Object.entries(s.cells).filter(([, c]) => c.formula !== undefined && (c.value === null || c.error !== undefined)).map(([ref]) => `${s.name}!${ref}`),
    );
    expect(missing.sort()).toEqual(emptyText);
    const numbers = read.grid.sheets.flatMap((s) => Object.values(s.cells).filter((c) => c.formula !== undefined && typeof c.value === 'number'));
    expect(numbers).toHaveLength(formulaCells.filter((c) => c.result.kind === 'number').length);
  });

  it('openpyxl with data_only=True sees the numbers', () => {
    const script = [
      'import json, sys',
      'try:',
      '    import openpyxl',
      'except ImportError:',
      '    print(json.dumps({"error": "openpyxl is missing: apt-get install -y python3-openpyxl"})); sys.exit(0)',
      'path, sheet, cells = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])',
      'values = openpyxl.load_workbook(path, data_only=True)',
      'formulas = openpyxl.load_workbook(path, data_only=False)',
      'derived = 0; numbers = 0; texts = 0; missing = []',
      'for ws in formulas.worksheets:',
      '    for row in ws.iter_rows():',
      '        for c in row:',
      '            if isinstance(c.value, str) and c.value.startswith("="):',
      '                derived += 1',
      '                v = values[ws.title][c.coordinate].value',
      '                if isinstance(v, (int, float)) and not isinstance(v, bool): numbers += 1',
      '                elif isinstance(v, str): texts += 1',
      '                else: missing.append(ws.title + "!" + c.coordinate)',
      'print(json.dumps({"cells": {c: values[sheet][c].value for c in cells}, "formulas": derived, "numbers": numbers, "texts": texts, "missing": missing}))',
    ].join('\n');
    const cells = [...totals.map((t) => t.cell), grandTotalCell];
    let output: string;
    try {
      output = execFileSync(PYTHON, ['-c', script, path, sheetName, JSON.stringify(cells)], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`${PYTHON} could not run the openpyxl check (install python3 and python3-openpyxl): ${String(error)}`);
    }
    const seen = JSON.parse(output) as { error?: string; cells: Record<string, unknown>; formulas: number; numbers: number; texts: number; missing: string[] };
    if (seen.error) throw new Error(seen.error);
    process.stdout.write(
      `openpyxl (data_only=True) on the example: ${JSON.stringify(seen.cells)}; ${seen.formulas} formula cells: ${seen.numbers} numbers, ` +
        `${seen.texts} texts, ${seen.missing.length} None (the ${emptyText.length} empty texts)\n`,
    );
    for (const { cell, total } of totals) expect(seen.cells[cell]).toBe(total.toNumber());
    expect(seen.cells[grandTotalCell]).toBe(1003733);
    expect(seen.formulas).toBe(formulaCells.length);
    expect(seen.numbers).toBe(formulaCells.filter((c) => c.result.kind === 'number').length);
    expect(seen.texts).toBe(formulaCells.filter((c) => c.result.kind === 'text' && c.result.text !== '').length);
    expect([...seen.missing].sort()).toEqual(emptyText);
  });
});
