import { localise } from '../../model/messages/catalogue';
import type { Goal, Language, Metric, Plan } from '../../model/plan';
import { rangeAddress } from '../a1';
import { widthInPoints } from '../column-width';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { PageFlow, pageHeights } from '../page-flow';
import { printSetup } from '../print-setup';
import { SheetBuilder, text } from '../sheet-builder';
import { COLOURS } from '../styles';
import { chunkParagraphs, charactersPerLine, lineHeight, maxLinesPerRow, rowHeightFor, textLineCount } from '../text-lines';
import type { CellStyle, SheetLayout } from '../workbook-layout';
import { sheetName } from './sheet-common';

/**
 * Toimintasuunnitelma: the council appendix, section IV of the seed in print.
 * Per section its title, then the three columns Tavoitteet / Toimenpiteet /
 * Mittarit with one row per goal: the goal (with subtitle, scope and
 * responsible bodies), its actions as bullets with sub-actions as indented
 * sub-bullets, and its metrics (under "1. Suoritemittarit" / "2. Tulosmittarit"
 * where the plan gives kinds, as the seed does).
 *
 * LibreOffice ignores table styles and neither writer fits row heights to
 * wrapped text, so every cell carries explicit borders, wrapping and top
 * alignment, and every row an estimated height (text-lines.ts). A goal too
 * long for one row (409 pt) or one cell (32 767 characters) continues on the
 * next rows, its borders drawn round the whole goal.
 *
 * The column headings repeat at the top of every printed page. From the row
 * heights the sheet estimates where pages break (page-flow.ts) and starts a
 * new page before a section heading, or a goal heading, that would otherwise
 * be left at the foot of a page without its first goal; such a section shows
 * the repeated column headings instead of its own.
 */

export const ACTION_PLAN_COLUMNS = { goals: 1, actions: 2, metrics: 3 } as const;
export const ACTION_PLAN_WIDTHS = { goals: 36, actions: 84, metrics: 36 } as const;
const FONT_SIZE = 10;

export const ACTION_BULLET = '• ';
export const SUB_ACTION_BULLET = '   ◦ ';

type Column = keyof typeof ACTION_PLAN_COLUMNS;
const COLUMNS: readonly Column[] = ['goals', 'actions', 'metrics'];

const BODY: CellStyle = { wrap: true, vertical: 'top', fontSize: FONT_SIZE };
const HEADER: CellStyle = {
  bold: true,
  fill: COLOURS.headerFill,
  wrap: true,
  vertical: 'top',
  fontSize: FONT_SIZE,
  border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' },
};

/** One row of the printed appendix: its height, and how to write it at a sheet row. */
interface PrintedRow {
  height: number;
  write(row: number): void;
}

export function actionPlanSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string =>
    localise(layoutMessages, key, params)[language];
  const b = new SheetBuilder('actionPlan', sheetName('actionPlan', language), 'derived');
  for (const column of COLUMNS) b.width(ACTION_PLAN_COLUMNS[column], ACTION_PLAN_WIDTHS[column]);
  const fullWidth = ACTION_PLAN_WIDTHS.goals + ACTION_PLAN_WIDTHS.actions + ACTION_PLAN_WIDTHS.metrics;
  const printFor = (printTitleRows: string | undefined) =>
    printSetup(plan, { orientation: 'landscape', printTitleRows, pageLabel: m('print.pageLabel') });
  const columns = COLUMNS.map((column) => ({ index: ACTION_PLAN_COLUMNS[column], width: widthInPoints(ACTION_PLAN_WIDTHS[column]) }));
  const headerHeight = rowHeightFor(1, FONT_SIZE);
  // The column headings repeat at the top of every page (print titles).
  const flow = new PageFlow(pageHeights(printFor(undefined), columns), headerHeight);

  let row = 1;
  /** Writes rows from the current row on, following them onto the printed pages. */
  const lay = (rows: readonly PrintedRow[]): void => {
    for (const printed of rows) {
      printed.write(row);
      b.height(row, printed.height, { estimated: true });
      flow.place(printed.height);
      row += 1;
    }
  };
  /**
   * Starts a new page before rows that would otherwise be split, so that a
   * heading is never left alone at the foot of a page. Says whether it did.
   */
  const keepTogether = (rows: readonly PrintedRow[]): boolean => {
    if (flow.fits(rows.map((r) => r.height))) return false;
    b.rowBreaks.push(row - 1);
    flow.breakPage();
    return true;
  };
  /** A text across all three columns, as the seed prints its headings. */
  const banner = (value: string, style: CellStyle, fontSize: number): PrintedRow => ({
    height: rowHeightFor(textLineCount(value, charactersPerLine(fullWidth, fontSize)), fontSize),
    write: (at) => {
      b.set(1, at, text(value), { ...style, wrap: true, vertical: 'top', fontSize });
      b.merges.push(rangeAddress(1, at, 3, at));
    },
  });
  const spacer: PrintedRow = { height: lineHeight(FONT_SIZE), write: () => undefined };
  const headers: Record<Column, string> = {
    goals: m('actionPlan.column.goals'),
    actions: m('actionPlan.column.actions'),
    metrics: m('actionPlan.column.metrics'),
  };
  const headerRow: PrintedRow = {
    height: headerHeight,
    write: (at) => {
      for (const column of COLUMNS) b.set(ACTION_PLAN_COLUMNS[column], at, text(headers[column]), HEADER);
    },
  };
  const titleStyle: CellStyle = { bold: true, fontColor: COLOURS.titleFont };
  const goalHeading = (heading: string): PrintedRow =>
    banner(heading, { bold: true, border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' } }, FONT_SIZE);

  lay([banner(plan.document.actionPlanHeading ?? m('actionPlan.heading', { year: plan.budgetYear }), titleStyle, 14), spacer]);

  let firstHeaderRow: number | undefined;
  let crossCuttingShown = false;
  for (const section of plan.sections) {
    const opening: PrintedRow[] = [];
    if (section.kind === 'crossCutting' && !crossCuttingShown) {
      crossCuttingShown = true;
      opening.push(banner(plan.document.crossCuttingHeading ?? m('actionPlan.crossCuttingHeading'), titleStyle, 13), spacer);
    }
    opening.push(banner(section.title, titleStyle, 12));
    // Each goal's rows, and how many of them (its heading and first row) must share a page.
    const goals = section.goals.map((goal) => {
      const heading = goal.heading === undefined ? [] : [goalHeading(goal.heading)];
      return { rows: [...heading, ...goalRows(b, goalParagraphs(plan, goal, m))], together: heading.length + 1 };
    });
    // The section's heading stays with the column headings and its first goal. On a new
    // page the repeated column headings stand for the section's own; the first section's
    // own are the ones repeated.
    const first = goals[0]?.rows.slice(0, goals[0].together) ?? [];
    const newPage = firstHeaderRow !== undefined && keepTogether([...opening, headerRow, ...first]);
    lay(opening);
    if (!newPage) {
      firstHeaderRow ??= row;
      lay([headerRow]);
    }
    goals.forEach((goal, i) => {
      if (i > 0 && goal.together > 1) keepTogether(goal.rows.slice(0, goal.together));
      lay(goal.rows);
    });
    lay([spacer]);
  }

  const print = printFor(firstHeaderRow === undefined ? undefined : `${firstHeaderRow}:${firstHeaderRow}`);
  return b.build(print, { protected: true });
}

/** The three cells of one goal as lists of paragraphs (one per line). */
export function goalParagraphs(
  plan: Plan,
  goal: Goal,
  m: (key: LayoutMessageKey, params?: Record<string, string | number>) => string,
): Record<Column, string[]> {
  const goals = [goal.title];
  if (goal.subtitle !== undefined) goals.push('', goal.subtitle);
  if (goal.scope !== undefined) {
    const names = goal.scope.municipalities.map((id) => plan.municipalities.find((mm) => mm.id === id)?.name ?? id);
    goals.push('', goal.scope.text ?? m('actionPlan.scope', { municipalities: names.join(', ') }));
  }
  if (goal.responsibleBodies !== undefined && goal.responsibleBodies.length > 0) goals.push('', ...goal.responsibleBodies);

  const actions: string[] = [];
  for (const action of goal.actions) {
    actions.push(`${ACTION_BULLET}${action.text}`);
    for (const sub of action.subActions ?? []) actions.push(`${SUB_ACTION_BULLET}${sub.text}`);
  }

  return { goals, actions, metrics: metricParagraphs(goal.metrics, m) };
}

/** Metrics one per line; where kinds are given, a numbered kind heading starts each run of one kind, as in the seed. */
function metricParagraphs(metrics: readonly Metric[], m: (key: LayoutMessageKey, params?: Record<string, string | number>) => string): string[] {
  const lines: string[] = [];
  let previousKind: Metric['kind'];
  let number = 0;
  for (const metric of metrics) {
    if (metric.kind !== undefined && metric.kind !== previousKind) {
      number += 1;
      lines.push(m(metric.kind === 'output' ? 'actionPlan.metricKind.output' : 'actionPlan.metricKind.outcome', { number }));
    }
    previousKind = metric.kind ?? previousKind;
    lines.push(metric.text);
  }
  return lines;
}

/** The rows of one goal: one, or more when it does not fit one row (409 pt) or one cell. */
function goalRows(b: SheetBuilder, paragraphs: Record<Column, string[]>): PrintedRow[] {
  const maxLines = maxLinesPerRow(FONT_SIZE);
  const chunks = Object.fromEntries(
    COLUMNS.map((column) => [column, chunkParagraphs(paragraphs[column], charactersPerLine(ACTION_PLAN_WIDTHS[column], FONT_SIZE), maxLines)]),
  ) as Record<Column, string[][]>;
  const count = Math.max(1, ...COLUMNS.map((column) => chunks[column].length));
  return Array.from({ length: count }, (_, k) => {
    const values = Object.fromEntries(COLUMNS.map((column) => [column, (chunks[column][k] ?? []).join('\n')])) as Record<Column, string>;
    const lines = Math.max(1, ...COLUMNS.map((column) => textLineCount(values[column], charactersPerLine(ACTION_PLAN_WIDTHS[column], FONT_SIZE))));
    // Borders round the whole goal: the top on its first row, the bottom on its last.
    const border: CellStyle['border'] = { left: 'thin', right: 'thin', ...(k === 0 ? { top: 'thin' } : {}), ...(k === count - 1 ? { bottom: 'thin' } : {}) };
    return {
      height: rowHeightFor(lines, FONT_SIZE),
      write: (row: number) => {
        for (const column of COLUMNS) b.set(ACTION_PLAN_COLUMNS[column], row, text(values[column]), { ...BODY, border });
      },
    };
  });
}
