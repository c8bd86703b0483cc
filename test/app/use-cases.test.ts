import { chooseAppendices, workbookLanguage } from '../../src/app/appendices';
import { layOutPlan } from '../../src/app/lay-out-plan';
import { openPlanFile } from '../../src/app/open-plan-file';
import { readWorkbookGrid } from '../../src/app/read-workbook-grid';
import { rebuildWorkbook } from '../../src/app/rebuild-workbook';
import { reportOnPlan } from '../../src/app/report-on-plan';
import { Decimal } from '../../src/engine/money';
import { validatePlan } from '../../src/engine/validate';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { readPlan } from '../../src/layout/read/read-plan';
import { isCellLocation } from '../../src/model/finding';
import { readFileSync } from 'node:fs';
import { EXAMPLE } from '../support/cli';
import { addTableColumn, setTableCell } from '../support/layout-grid';
import { readFixture } from '../layout/read/read-fixture';

const exampleText = readFileSync(EXAMPLE, 'utf8');
const example = (() => {
  const opened = openPlanFile(exampleText);
  if (!opened.ok) throw new Error('the example does not open');
  return opened.plan;
})();

describe('openPlanFile', () => {
  it('opens the example, with or without a byte-order mark', () => {
    expect(openPlanFile(`\uFEFF${exampleText}`)).toEqual({ ok: true, plan: example });
  });

  it.each([
    ['empty', '', 'plan.json', '$'],
    ['not JSON', '{"schemaVersion": 1,', 'plan.json', '$'],
    ['not a plan', '{"schemaVersion": 1}', 'plan.schema', '$.language'],
  ])('says why a file that is %s is no plan, where', (_, text, rule, path) => {
    const opened = openPlanFile(text);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems[0]).toMatchObject({ rule, severity: 'error', location: { path } });
    expect(opened.problems[0]!.message.fi).not.toBe('');
    expect(opened.problems[0]!.message.en).not.toBe('');
  });
});

describe('reportOnPlan', () => {
  const report = reportOnPlan(example, validatePlan(example));

  it('counts what the plan holds and gives every municipality its share, which add up to the pools', () => {
    expect(report.summary).toMatchObject({ municipalities: 5, teams: 6, goals: 43, actions: 191, metrics: 98, councilSeats: 15, councilSize: 15 });
    expect(report.shares.map((s) => s.municipality)).toEqual(['Halsua', 'Kaustinen', 'Lestijärvi', 'Toholampi', 'Veteli']);
    const total = report.shares.reduce((sum, s) => sum.plus(s.amount), new Decimal(0));
    expect(total.toFixed(2)).toBe('1003733.00');
    for (const share of report.shares) expect(share.amount).toMatch(/^\d+\.\d{2}$/);
  });
});

describe('layOutPlan', () => {
  const laidOut = layOutPlan(example);

  it('points every finding about an object of a table at the cell it landed in', () => {
    const goalFinding = laidOut.findings.find((f) => f.rule === 'goal.no-metric');
    expect(goalFinding?.location).toEqual({ sheet: 'Tavoitteet', cell: expect.stringMatching(/^A\d+$/) });
    // Every finding has a cell: a plan path has no meaning in a workbook.
    expect(laidOut.findings.every((f) => isCellLocation(f.location))).toBe(true);
    expect(laidOut.findings.map((f) => f.rule)).toEqual(validatePlan(example).map((f) => f.rule));
  });

  it('knows where each plan object landed, as the reader finds it in the written workbook', () => {
    const grid = gridFromLayout(laidOut.layout);
    const key = (p: { table: string; key: string; sheet: string; row: number; columns: ReadonlyMap<string, number> }) =>
      `${p.table}:${p.key}@${p.sheet}!${p.row} ${[...p.columns].join(',')}`;
    expect(laidOut.index.placements.map(key).sort()).toEqual(readPlan(grid).index.placements.map(key).sort());
    // One per municipality, budget year, team, goal, action and sub-action, metric, pool and pool member row.
    const members = example.contributions.pools.reduce((n, p) => n + (p.key.kind === 'weights' ? p.key.weights.length : p.municipalities?.length ?? 0), 0);
    expect(laidOut.index.placements).toHaveLength(5 + example.budget.years.length + 6 + 43 + 191 + 98 + example.contributions.pools.length + members);
    // So a finding points at the same cell whether located as laid out or as read.
    const reading = readWorkbookGrid(grid);
    if (!reading.ok) throw new Error('the laid-out workbook does not read');
    const sameFindings = reading.planFindings.map((f) => [f.rule, f.location]);
    expect(sameFindings).toEqual(laidOut.findings.map((f) => [f.rule, f.location]));
  });
});

describe('readWorkbookGrid', () => {
  it('reads a workbook as written: the plan it was made from, no read findings', () => {
    const reading = readWorkbookGrid(gridFromLayout(layOutPlan(example).layout));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.plan).toStrictEqual(example);
    expect(reading.readFindings).toEqual([]);
    expect(reading.findings).toEqual(reading.planFindings);
  });

  it('gives no plan, but every problem at its cell, when a table it needs is gone', () => {
    const grid = gridFromLayout(layOutPlan(example).layout);
    grid.sheets = grid.sheets.filter((s) => s.name !== 'Tavoitteet');
    const reading = readWorkbookGrid(grid);
    expect(reading.ok).toBe(false);
    expect(reading.findings[0]).toMatchObject({ rule: 'workbook.sheet-missing', location: { sheet: 'Tavoitteet', cell: 'A1' } });
  });
});

describe('rebuildWorkbook', () => {
  it('rebuilds with the layout the reading made, noting the sheets it does not carry', () => {
    const grid = gridFromLayout(layOutPlan(readFixture()).layout);
    grid.sheets.push({ name: 'Omat laskelmat', hidden: false, cells: { A1: { value: 'x' } }, tables: [] });
    const reading = readWorkbookGrid(grid);
    if (!reading.ok) throw new Error('the fixture does not read');
    const rebuild = rebuildWorkbook(reading, grid);
    expect(rebuild).toMatchObject({ ok: true, notes: [{ kind: 'sheet-not-carried', sheet: 'Omat laskelmat' }] });
    if (rebuild.ok) expect(rebuild.laidOut).toBe(reading.laidOut);
  });

  it('refuses while reading leaves a value out', () => {
    const grid = setTableCell(gridFromLayout(layOutPlan(readFixture()).layout), 'Municipalities', 'Asukasluku', 0, 'paljon');
    const reading = readWorkbookGrid(grid);
    if (!reading.ok) throw new Error('the fixture does not read');
    const rebuild = rebuildWorkbook(reading, grid);
    expect(rebuild).toMatchObject({ ok: false, refusal: 'unread-values' });
  });

  it('refuses while a table holds a column someone added, with values in it', () => {
    const grid = addTableColumn(gridFromLayout(layOutPlan(readFixture()).layout), 'Goals', 'Oma sarake', ['arvo']);
    const reading = readWorkbookGrid(grid);
    if (!reading.ok) throw new Error('the fixture does not read');
    expect(rebuildWorkbook(reading, grid)).toMatchObject({ ok: false, refusal: 'unread-columns', columns: [{ table: 'Goals', header: 'Oma sarake' }] });
  });
});

describe('chooseAppendices', () => {
  const sheets = ['Yhteenveto', 'Kunnat', 'Talousarvio', 'Kustannuserät', 'Kuntaosuudet', 'Johdanto', 'Toimintasuunnitelma'];

  it.each<[string, 'all' | string[] | undefined, ReturnType<typeof chooseAppendices>]>([
    ['the council appendices by default', undefined, { ok: true, sheets: ['Talousarvio', 'Kuntaosuudet', 'Johdanto', 'Toimintasuunnitelma'] }],
    ['every sheet for all', 'all', { ok: true, sheets }],
    ['sheets named in any letter case', ['kunnat', 'YHTEENVETO'], { ok: true, sheets: ['Kunnat', 'Yhteenveto'] }],
    ['the first unknown name', ['Kunnat', 'Budget'], { ok: false, unknown: 'Budget', available: sheets }],
  ])('%s', (_, requested, expected) => {
    expect(chooseAppendices(sheets, requested)).toEqual(expected);
  });

  it('prints a workbook in the language of its sheets', () => {
    expect(workbookLanguage(gridFromLayout(layOutPlan(readFixture('en')).layout))).toBe('en');
  });
});
