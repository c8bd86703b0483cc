import { Decimal, ZERO } from '../../engine/money';
import { metricStatus, progressOf, type MetricStatus, type ProgressTally } from '../../engine/progress';
import type { Finding, Severity } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import type { Language, Plan } from '../../model/plan';
import { absoluteAddress, address, rangeAddress, sheetRef } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { printSetup } from '../print-setup';
import { EMPTY_TEXT, formula, num, numberOrBlank, numberResult, SheetBuilder, text, textResult } from '../sheet-builder';
import { columnRef, formulaString } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import { charactersPerLine, rowHeightFor, textLineCount } from '../text-lines';
import { BUDGET_YEARS_TABLE, GOALS_TABLE, METRIC_VALUES_TABLE, MUNICIPALITIES_TABLE, SECTIONS_TABLE } from '../schema/tables';
import type { CellStyle, ChartLayout, FormulaResult, SheetLayout } from '../workbook-layout';
import { CONTRIBUTION_NAMES, type ContributionsLayout } from './contributions-sheet';
import { findingsSeverityRange, severityLabel } from './findings-sheet';
import { COUNCIL_RULE_NAMES } from '../schema/council-rule-cells';
import { goalRowTallies } from './goals-sheet';
import { metricStatusLabel } from './metrics-sheet';
import { councilSeatsTotalResult } from './municipalities-sheet';
import { dateCell, enumLabel, header, HEADER_STYLE, sheetName, TITLE_ROW } from './sheet-common';

/**
 * Yhteenveto: what the management committee looks at first. Key figures by
 * year are formulas over the BudgetYears table (row i of the block is row i
 * of the table; the change is against the calendar year before, found by
 * year, as the engine and Talousarvio compute it); council seats and the contributions total come from Kunnat
 * and Kuntaosuudet; findings are counted on Tarkistukset. Staff and projects
 * have no table, so they are the plan's values, and a note says so. Two
 * charts: each municipality's contribution, and funding by year. The sheet
 * prints on one A4 landscape page.
 */

export const SUMMARY_YEARS_HEADER_ROW = 6;
const YEARS_TITLE_ROW = SUMMARY_YEARS_HEADER_ROW - 1;
const LABEL_COLUMN = 1;
const VALUE_COLUMN = 3;
/**
 * The charts stand side by side below the key figures, right of the staff,
 * council and findings lists (columns A–C), inside the key figures' width:
 * charts further right would make the page wider and the print smaller.
 */
const CHART_COLUMNS = [
  { from: 5, to: 7 },
  { from: 8, to: 10 },
] as const;
/** Rows each chart spans: about as tall as the lists beside it. */
const CHART_ROWS = 22;
/** Notes wrap within columns A–D, left of the charts. */
const NOTE_LAST_COLUMN = 4;
const NOTE_FONT_SIZE = 11;

/** Columns of the key-figures block. */
export const SUMMARY_YEAR_COLUMNS = {
  year: 1,
  kind: 2,
  total: 3,
  municipalFunding: 4,
  externalFunding: 5,
  municipalShare: 6,
  totalChange: 7,
  totalChangePercent: 8,
  municipalChangePercent: 9,
  externalChangePercent: 10,
} as const;

/**
 * `contributions` is what Kuntaosuudet hands on (contributions-sheet.ts):
 * the ranges of municipality names and their totals, which the contributions
 * chart plots, and the results of the cells the key figures refer to.
 */
export function summarySheet(
  plan: Plan,
  findings: readonly Finding[],
  contributions: Pick<ContributionsLayout, 'chart' | 'results'>,
  language: Language = plan.language,
): SheetLayout {
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string =>
    localise(layoutMessages, key, params)[language];
  const b = new SheetBuilder('summary', sheetName('summary', language), 'derived');
  const widths = [30, 9, 17, 17, 17, 17, 17, 17, 17, 17];
  widths.forEach((width, i) => b.width(i + 1, width));
  const noteWidth = widths.slice(0, NOTE_LAST_COLUMN).reduce((sum, w) => sum + w, 0);

  b.set(1, TITLE_ROW, text(plan.organisation.name), STYLES.title);
  b.set(1, TITLE_ROW + 1, text(plan.document.title), STYLES.subtitle);
  if (plan.document.planTitle !== undefined) b.set(1, TITLE_ROW + 2, text(plan.document.planTitle), { italic: true });

  // Key figures by year.
  const C = SUMMARY_YEAR_COLUMNS;
  b.set(1, YEARS_TITLE_ROW, text(m('summary.yearsTitle')), STYLES.subtitle);
  const years = (key: string): string => columnRef(BUDGET_YEARS_TABLE.name, header(BUDGET_YEARS_TABLE, key, language));
  const headers: Record<keyof typeof C, string> = {
    year: header(BUDGET_YEARS_TABLE, 'year', language),
    kind: header(BUDGET_YEARS_TABLE, 'kind', language),
    total: header(BUDGET_YEARS_TABLE, 'total', language),
    municipalFunding: header(BUDGET_YEARS_TABLE, 'municipalFunding', language),
    externalFunding: header(BUDGET_YEARS_TABLE, 'externalFunding', language),
    municipalShare: m('summary.column.municipalShare'),
    totalChange: m('summary.column.totalChange'),
    totalChangePercent: m('summary.column.totalChangePercent'),
    municipalChangePercent: m('summary.column.municipalChangePercent'),
    externalChangePercent: m('summary.column.externalChangePercent'),
  };
  for (const key of Object.keys(C) as Array<keyof typeof C>) b.set(C[key], SUMMARY_YEARS_HEADER_ROW, text(headers[key]), HEADER_STYLE);
  b.height(SUMMARY_YEARS_HEADER_ROW, 45);

  const firstYearRow = SUMMARY_YEARS_HEADER_ROW + 1;
  const yearCount = Math.max(plan.budget.years.length, 1);
  const lastYearRow = firstYearRow + yearCount - 1;
  const money: CellStyle = { numberFormat: FORMATS.moneyEuros, border: { bottom: 'thin' } };
  const percent: CellStyle = { numberFormat: FORMATS.percent1, border: { bottom: 'thin' } };
  // What the block gives: row i shows BudgetYears row i (blank when there is none).
  type Measure = 'total' | 'municipalFunding' | 'externalFunding';
  const figureAt = (index: number, key: Measure): Decimal | null => {
    const value = plan.budget.years[index]?.[key];
    return value === undefined ? null : new Decimal(value);
  };
  const blockYears = Array.from({ length: yearCount }, (_, index) => plan.budget.years[index]?.year ?? null);
  /** Change from the calendar year before in this block: its amount and per cent, or blank, or an error when the row has no year. */
  const changeAt = (index: number, key: Measure): { amount: FormulaResult; percent: FormulaResult } => {
    const year = blockYears[index] ?? null;
    // The year cell is blank text: "" - 1 is #VALUE!.
    if (year === null) return { amount: { kind: 'error', error: '#VALUE!' }, percent: { kind: 'error', error: '#VALUE!' } };
    const current = figureAt(index, key);
    const before = blockYears.flatMap((y, j) => (y === year - 1 ? [figureAt(j, key)] : [])).filter((v): v is Decimal => v !== null);
    if (current === null || before.length === 0) return { amount: EMPTY_TEXT, percent: EMPTY_TEXT };
    const base = before.reduce((total, v) => total.plus(v), ZERO);
    return {
      amount: numberResult(current.minus(base)),
      percent: base.isZero() ? EMPTY_TEXT : numberResult(current.minus(base).div(base)),
    };
  };
  for (let i = 0; i < yearCount; i += 1) {
    const row = firstYearRow + i;
    const at = (key: keyof typeof C, r = row): string => address(C[key], r);
    // INDEX(..., i) of an empty cell is 0 in Excel: test it for "" so a missing figure stays blank, as in the engine.
    const entry = (key: string): string =>
      `IFERROR(IF(INDEX(${years(key)},${i + 1})="","",INDEX(${years(key)},${i + 1})),"")`;
    // The year before is found by year in this block (blank figures are text "" and SUMIFS skips them).
    const block = (key: keyof typeof C): string => `${absoluteAddress(C[key], firstYearRow)}:${absoluteAddress(C[key], lastYearRow)}`;
    const before = (key: keyof typeof C): string => `SUMIFS(${block(key)},${block('year')},${at('year')}-1)`;
    const hasBefore = (key: keyof typeof C): string =>
      `SUMPRODUCT((${block('year')}=${at('year')}-1)*ISNUMBER(${block(key)}))`;
    const change = (key: keyof typeof C): string => `IF(OR(${at(key)}="",${hasBefore(key)}=0),"",${at(key)}-${before(key)})`;
    const changePercent = (key: keyof typeof C): string =>
      `IF(OR(${at(key)}="",${hasBefore(key)}=0),"",IF(${before(key)}=0,"",(${at(key)}-${before(key)})/${before(key)}))`;
    const entryYear = plan.budget.years[i];
    const totalValue = figureAt(i, 'total');
    const municipalValue = figureAt(i, 'municipalFunding');
    b.set(C.year, row, formula(entry('year'), numberOrBlank(entryYear?.year)), { numberFormat: FORMATS.year, horizontal: 'left', border: { bottom: 'thin' } });
    b.set(
      C.kind,
      row,
      formula(`IFERROR(INDEX(${years('kind')},${i + 1})&"","")`, textResult(entryYear ? enumLabel('budgetYearKind', entryYear.kind, language) : '')),
      { border: { bottom: 'thin' } },
    );
    b.set(C.total, row, formula(entry('total'), numberOrBlank(totalValue)), money);
    b.set(C.municipalFunding, row, formula(entry('municipalFunding'), numberOrBlank(municipalValue)), money);
    b.set(C.externalFunding, row, formula(entry('externalFunding'), numberOrBlank(figureAt(i, 'externalFunding'))), money);
    b.set(
      C.municipalShare,
      row,
      formula(
        `IF(OR(${at('total')}="",${at('municipalFunding')}="",${at('total')}=0),"",${at('municipalFunding')}/${at('total')})`,
        totalValue === null || municipalValue === null || totalValue.isZero() ? EMPTY_TEXT : numberResult(municipalValue.div(totalValue)),
      ),
      percent,
    );
    b.set(C.totalChange, row, formula(change('total'), changeAt(i, 'total').amount), money);
    b.set(C.totalChangePercent, row, formula(changePercent('total'), changeAt(i, 'total').percent), percent);
    b.set(C.municipalChangePercent, row, formula(changePercent('municipalFunding'), changeAt(i, 'municipalFunding').percent), percent);
    b.set(C.externalChangePercent, row, formula(changePercent('externalFunding'), changeAt(i, 'externalFunding').percent), percent);
  }

  // Staff and projects: plan values (no table holds them).
  let row = lastYearRow + 2;
  const label = (value: string): void => b.set(LABEL_COLUMN, row, text(value), STYLES.label);
  const valueStyle: CellStyle = { horizontal: 'right' };
  /** A note wrapped within the lists' columns: text running on to the right would go under the charts. */
  const note = (value: string, style: CellStyle): void => {
    b.set(LABEL_COLUMN, row, text(value), { ...style, italic: true, wrap: true, vertical: 'top' });
    b.merges.push(rangeAddress(LABEL_COLUMN, row, NOTE_LAST_COLUMN, row));
    b.height(row, rowHeightFor(textLineCount(value, charactersPerLine(noteWidth, NOTE_FONT_SIZE)), NOTE_FONT_SIZE), { estimated: true });
  };
  b.set(1, row, text(m('summary.staffTitle')), STYLES.subtitle);
  row += 1;
  if (plan.staff !== undefined) {
    label(m('summary.staffDate'));
    b.set(VALUE_COLUMN, row, dateCell(plan.staff.date), { ...STYLES.date, ...valueStyle });
    row += 1;
    for (const [key, value] of [
      ['summary.staffTotal', plan.staff.total],
      ['summary.staffPermanent', plan.staff.permanent],
      ['summary.staffFixedTerm', plan.staff.fixedTerm],
    ] as const) {
      label(m(key));
      b.set(VALUE_COLUMN, row, num(value), STYLES.integer);
      row += 1;
    }
  }
  if (plan.projects !== undefined) {
    const projects = plan.projects;
    for (const [key, value, style] of [
      ['summary.projectsOngoing', String(projects.ongoing), STYLES.integer],
      [projects.portfolioValueApproximate ? 'summary.projectsValueApproximate' : 'summary.projectsValue', projects.portfolioValue, STYLES.moneyEuros],
      ['summary.projectsPending', String(projects.applicationsPending), STYLES.integer],
      ['summary.projectsInPreparation', String(projects.inPreparation), STYLES.integer],
    ] as const) {
      label(m(key));
      b.set(VALUE_COLUMN, row, num(value), style);
      row += 1;
    }
  }
  if (plan.staff === undefined && plan.projects === undefined) {
    note(m('summary.staffMissing'), {});
    row += 1;
  }
  note(m('summary.valuesNote'), { fontColor: '595959' });
  row += 2;

  // Council and contributions: formulas over Kunnat and Kuntaosuudet.
  const ok = formulaString(m('summary.check.ok'));
  b.set(1, row, text(m('summary.councilTitle')), STYLES.subtitle);
  row += 1;
  const seats = `SUM(${columnRef(MUNICIPALITIES_TABLE.name, header(MUNICIPALITIES_TABLE, 'seats', language))})`;
  label(m('summary.councilSeats'));
  const seatsCell = address(VALUE_COLUMN, row);
  const seatsResult = councilSeatsTotalResult(plan);
  b.set(VALUE_COLUMN, row, formula(seats, seatsResult), STYLES.integer);
  row += 1;
  label(m('summary.councilDeclared'));
  const declaredCell = address(VALUE_COLUMN, row);
  b.set(VALUE_COLUMN, row, formula(COUNCIL_RULE_NAMES.declaredSize, numberResult(plan.council.declaredSize)), STYLES.integer);
  row += 1;
  label(m('summary.check'));
  const seatsCheck = address(VALUE_COLUMN, row);
  const seatsCheckResult: FormulaResult =
    seatsResult.kind !== 'number'
      ? seatsResult
      : textResult(new Decimal(seatsResult.value).eq(plan.council.declaredSize) ? m('summary.check.ok') : m('summary.councilMismatch'));
  b.set(VALUE_COLUMN, row, formula(`IF(${seatsCell}=${declaredCell},${ok},${formulaString(m('summary.councilMismatch'))})`, seatsCheckResult), {
    bold: true,
  });
  checkColours(b, seatsCheck, ok);
  row += 1;
  const contributionResults = contributions.results;
  label(m('summary.contributionsTotal', { year: plan.budgetYear }));
  b.set(VALUE_COLUMN, row, formula(CONTRIBUTION_NAMES.total, contributionResults.total), STYLES.money);
  row += 1;
  label(m('summary.contributionsDifference'));
  b.set(VALUE_COLUMN, row, formula(CONTRIBUTION_NAMES.fundingDifference, contributionResults.fundingDifference), STYLES.money);
  row += 2;

  // Findings by severity.
  b.set(1, row, text(m('summary.findingsTitle')), STYLES.subtitle);
  row += 1;
  const severities = sheetRef(sheetName('findings', language), absoluteRange(findingsSeverityRange(findings.length)));
  for (const [severity, key] of [
    ['error', 'summary.findingsErrors'],
    ['warning', 'summary.findingsWarnings'],
    ['info', 'summary.findingsInfo'],
  ] as const satisfies ReadonlyArray<readonly [Severity, LayoutMessageKey]>) {
    label(m(key));
    const count = findings.filter((f) => f.severity === severity).length;
    b.set(VALUE_COLUMN, row, formula(`COUNTIF(${severities},${formulaString(severityLabel(severity, language))})`, numberResult(count)), STYLES.integer);
    if (severity === 'error') {
      const cell = address(VALUE_COLUMN, row);
      b.conditionalFormats.push({ range: cell, formula: `${cell}>0`, style: { fill: COLOURS.errorFill, bold: true } });
    }
    row += 1;
  }

  // Progress of actions per team and for the whole plan, and the metrics' statuses: below the lists and the charts above,
  // since its table reaches into the charts' columns.
  const progress = progressBlock(b, plan, language, Math.max(row + 1, lastYearRow + 2 + CHART_ROWS + 1));
  row = progress.nextRow;

  // Charts, side by side below the key figures.
  const summary = sheetName('summary', language);
  const column = (key: keyof typeof C): string =>
    sheetRef(summary, `${absoluteAddress(C[key], firstYearRow)}:${absoluteAddress(C[key], lastYearRow)}`);
  const chartRow = lastYearRow + 2;
  const chartAt = (slot: number) => ({
    from: address(CHART_COLUMNS[slot]!.from, chartRow),
    to: address(CHART_COLUMNS[slot]!.to, chartRow + CHART_ROWS - 1),
  });
  const charts: ChartLayout[] = [];
  if (plan.municipalities.length > 0) {
    charts.push({
      kind: 'column',
      title: m('summary.chart.contributions', { year: plan.budgetYear }),
      ...chartAt(0),
      series: [{ name: { text: m('summary.chart.contributionsSeries') }, categories: contributions.chart.names, values: contributions.chart.totals }],
      valueFormat: FORMATS.moneyEuros,
    });
  }
  charts.push({
    kind: 'column',
    title: m('summary.chart.funding'),
    ...chartAt(charts.length),
    series: (['total', 'municipalFunding', 'externalFunding'] as const).map((key) => ({
      name: { ref: sheetRef(summary, absoluteAddress(C[key], SUMMARY_YEARS_HEADER_ROW)) },
      categories: column('year'),
      values: column(key),
    })),
    valueFormat: FORMATS.moneyEuros,
  });
  charts.push({
    kind: 'bar',
    title: m('summary.chart.progress'),
    from: address(PROGRESS_CHART_COLUMNS.from, progress.headerRow),
    to: address(PROGRESS_CHART_COLUMNS.to, Math.max(progress.nextRow, progress.headerRow + PROGRESS_CHART_ROWS) - 1),
    series: [
      {
        name: { ref: sheetRef(summary, absoluteAddress(PROGRESS_COLUMNS.progress, progress.headerRow)) },
        categories: sheetRef(summary, `${absoluteAddress(PROGRESS_COLUMNS.section, progress.firstRow)}:${absoluteAddress(PROGRESS_COLUMNS.section, progress.lastSectionRow)}`),
        values: sheetRef(summary, `${absoluteAddress(PROGRESS_COLUMNS.progress, progress.firstRow)}:${absoluteAddress(PROGRESS_COLUMNS.progress, progress.lastSectionRow)}`),
      },
    ],
    valueFormat: FORMATS.percent0,
    valueRange: { min: 0, max: 1 },
  });
  b.charts.push(...charts);

  // One page: a chart cut by a page break would be unreadable.
  const print = printSetup(plan, { orientation: 'landscape', pageLabel: m('print.pageLabel'), onePage: true });
  return b.build(print, { protected: true });
}

/** Columns of the progress block: the team, its actions done and followed, and the share. */
export const PROGRESS_COLUMNS = { section: 1, done: 3, counted: 4, progress: 5 } as const;
/** The progress chart stands right of its table, as wide as the two charts above. */
const PROGRESS_CHART_COLUMNS = { from: 6, to: 10 } as const;
/** Columns A and B's width (summarySheet's widths), which the team's name spans. */
const SECTION_COLUMN_WIDTH = 30 + 9;
/** The progress chart is at least this many rows tall. */
const PROGRESS_CHART_ROWS = 14;

/**
 * Toimenpiteiden toteutumisaste (engine/progress.ts) per team and for the
 * whole plan, summed from the Goals table's progress columns: row i shows
 * Sections row i, as the key figures show BudgetYears rows. Below it the
 * metric values by status, counted on MetricValues.
 */
function progressBlock(
  b: SheetBuilder,
  plan: Plan,
  language: Language,
  startRow: number,
): { headerRow: number; firstRow: number; lastSectionRow: number; totalRow: number; nextRow: number } {
  const m = (key: LayoutMessageKey): string => layoutMessages[key][language];
  const P = PROGRESS_COLUMNS;
  let row = startRow;
  b.set(1, row, text(m('summary.progressTitle')), STYLES.subtitle);
  row += 1;
  const headerRow = row;
  for (const [key, label] of [
    ['section', 'summary.progress.column.section'],
    ['done', 'summary.progress.column.done'],
    ['counted', 'summary.progress.column.counted'],
    ['progress', 'summary.progress.column.progress'],
  ] as const) {
    b.set(P[key], row, text(m(label)), HEADER_STYLE);
  }
  b.set(P.section + 1, headerRow, text(''), HEADER_STYLE);
  b.merges.push(rangeAddress(P.section, headerRow, P.done - 1, headerRow));
  b.height(headerRow, 30);
  row += 1;

  const sections = (key: string): string => columnRef(SECTIONS_TABLE.name, header(SECTIONS_TABLE, key, language));
  const goals = (key: string): string => columnRef(GOALS_TABLE.name, header(GOALS_TABLE, key, language));
  const goalRows = goalRowTallies(plan);
  const tallyOf = (section: string | null): ProgressTally | null => {
    if (section === null) return null;
    const rows = goalRows.filter((g) => g.section === section);
    return { done: rows.reduce((n, g) => n + g.tally.done, 0), counted: rows.reduce((n, g) => n + g.tally.counted, 0) };
  };
  const cell: CellStyle = { border: { bottom: 'thin' } };
  const integer: CellStyle = { ...STYLES.integer, ...cell };
  const percent: CellStyle = { numberFormat: FORMATS.percent1, ...cell };
  const shareFormula = (r: number): string => {
    const counted = address(P.counted, r);
    return `IF(OR(${counted}="",${counted}=0),"",${address(P.done, r)}/${counted})`;
  };
  const shareResult = (t: ProgressTally | null): FormulaResult => (t === null ? EMPTY_TEXT : numberOrBlank(progressOf([t]).share));

  const firstRow = row;
  const count = Math.max(plan.sections.length, 1);
  for (let i = 0; i < count; i += 1) {
    const section = plan.sections[i];
    const id = `INDEX(${sections('id')},${i + 1})`;
    const sum = (key: string): string => `IFERROR(IF(${id}="","",SUMIFS(${goals(key)},${goals('section')},${id})),"")`;
    const t = tallyOf(section?.id ?? null);
    b.set(P.section, row, formula(`IFERROR(INDEX(${sections('title')},${i + 1})&"","")`, textResult(section?.title ?? '')), { ...cell, wrap: true });
    b.merges.push(rangeAddress(P.section, row, P.done - 1, row));
    b.set(P.section + 1, row, text(''), cell);
    b.set(P.done, row, formula(sum('actionsDone'), t === null ? EMPTY_TEXT : numberResult(t.done)), integer);
    b.set(P.counted, row, formula(sum('actionsCounted'), t === null ? EMPTY_TEXT : numberResult(t.counted)), integer);
    b.set(P.progress, row, formula(shareFormula(row), shareResult(t)), percent);
    // Neither writer fits a row to a formula's text: a long team name gets the lines it needs.
    const lines = textLineCount(section?.title ?? '', charactersPerLine(SECTION_COLUMN_WIDTH, NOTE_FONT_SIZE));
    if (lines > 1) b.height(row, rowHeightFor(lines, NOTE_FONT_SIZE), { estimated: true });
    row += 1;
  }
  const lastSectionRow = row - 1;
  const totalRow = row;
  const whole: ProgressTally = {
    done: goalRows.reduce((n, g) => n + g.tally.done, 0),
    counted: goalRows.reduce((n, g) => n + g.tally.counted, 0),
  };
  const total: CellStyle = { bold: true, border: { top: 'thin', bottom: 'thin' } };
  b.set(P.section, row, text(m('summary.progress.total')), total);
  b.merges.push(rangeAddress(P.section, row, P.done - 1, row));
  b.set(P.section + 1, row, text(''), total);
  b.set(P.done, row, formula(`SUM(${goals('actionsDone')})`, numberResult(whole.done)), { ...STYLES.integer, ...total });
  b.set(P.counted, row, formula(`SUM(${goals('actionsCounted')})`, numberResult(whole.counted)), { ...STYLES.integer, ...total });
  b.set(P.progress, row, formula(shareFormula(row), shareResult(whole)), { numberFormat: FORMATS.percent1, ...total });
  row += 1;
  b.set(1, row, text(m('summary.progressNote')), { italic: true, wrap: true, vertical: 'top', fontColor: '595959' });
  b.merges.push(rangeAddress(1, row, P.progress, row));
  const noteWidth = SECTION_COLUMN_WIDTH + 17 + 17 + 17;
  b.height(row, rowHeightFor(textLineCount(m('summary.progressNote'), charactersPerLine(noteWidth, NOTE_FONT_SIZE)), NOTE_FONT_SIZE), {
    estimated: true,
  });
  row += 2;

  b.set(1, row, text(m('summary.metricsTitle')), STYLES.subtitle);
  row += 1;
  const statuses = columnRef(METRIC_VALUES_TABLE.name, header(METRIC_VALUES_TABLE, 'status', language));
  const metricValues = plan.sections.flatMap((s) => s.goals.flatMap((g) => g.metrics.flatMap((mt) => mt.values ?? [])));
  for (const [status, key] of [
    ['reached', 'summary.metricsReached'],
    ['notReached', 'summary.metricsNotReached'],
    ['noData', 'summary.metricsNoData'],
  ] as const satisfies ReadonlyArray<readonly [MetricStatus, LayoutMessageKey]>) {
    b.set(LABEL_COLUMN, row, text(m(key)), STYLES.label);
    const n = metricValues.filter((v) => metricStatus(v) === status).length;
    b.set(VALUE_COLUMN, row, formula(`COUNTIF(${statuses},${formulaString(metricStatusLabel(status, language))})`, numberResult(n)), STYLES.integer);
    row += 1;
  }
  return { headerRow, firstRow, lastSectionRow, totalRow, nextRow: row };
}

function checkColours(b: SheetBuilder, cell: string, ok: string): void {
  b.conditionalFormats.push({ range: cell, formula: `${cell}<>${ok}`, style: { fill: COLOURS.errorFill, bold: true } });
  b.conditionalFormats.push({ range: cell, formula: `${cell}=${ok}`, style: { fill: COLOURS.okFill } });
}

/** "B4:B9" → "$B$4:$B$9". */
function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}
