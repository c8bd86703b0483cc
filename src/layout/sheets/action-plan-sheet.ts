import { localise } from '../../model/messages/catalogue';
import type { Goal, Language, Metric, Plan } from '../../model/plan';
import { rangeAddress } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { printSetup } from '../print-setup';
import { SheetBuilder, text } from '../sheet-builder';
import { COLOURS } from '../styles';
import { chunkParagraphs, charactersPerLine, maxLinesPerRow, rowHeightFor, textLineCount } from '../text-lines';
import type { BorderStyle, CellStyle, SheetLayout } from '../workbook-layout';
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

export function actionPlanSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string =>
    localise(layoutMessages, key, params)[language];
  const b = new SheetBuilder('actionPlan', sheetName('actionPlan', language), 'derived');
  for (const column of COLUMNS) b.width(ACTION_PLAN_COLUMNS[column], ACTION_PLAN_WIDTHS[column]);
  const fullWidth = ACTION_PLAN_WIDTHS.goals + ACTION_PLAN_WIDTHS.actions + ACTION_PLAN_WIDTHS.metrics;

  let row = 1;
  /** A text across all three columns, as the seed prints its headings. */
  const banner = (value: string, style: CellStyle, fontSize: number): void => {
    b.set(1, row, text(value), { ...style, wrap: true, vertical: 'top', fontSize });
    b.merges.push(rangeAddress(1, row, 3, row));
    b.height(row, rowHeightFor(textLineCount(value, charactersPerLine(fullWidth, fontSize)), fontSize));
    row += 1;
  };

  banner(plan.document.actionPlanHeading ?? m('actionPlan.heading', { year: plan.budgetYear }), { bold: true, fontColor: COLOURS.titleFont }, 14);
  row += 1;

  let firstHeaderRow: number | undefined;
  let crossCuttingShown = false;
  for (const section of plan.sections) {
    if (section.kind === 'crossCutting' && !crossCuttingShown) {
      crossCuttingShown = true;
      banner(plan.document.crossCuttingHeading ?? m('actionPlan.crossCuttingHeading'), { bold: true, fontColor: COLOURS.titleFont }, 13);
      row += 1;
    }
    banner(section.title, { bold: true, fontColor: COLOURS.titleFont }, 12);

    firstHeaderRow ??= row;
    const headers: Record<Column, string> = {
      goals: m('actionPlan.column.goals'),
      actions: m('actionPlan.column.actions'),
      metrics: m('actionPlan.column.metrics'),
    };
    for (const column of COLUMNS) b.set(ACTION_PLAN_COLUMNS[column], row, text(headers[column]), HEADER);
    b.height(row, rowHeightFor(1, FONT_SIZE));
    row += 1;

    for (const goal of section.goals) {
      if (goal.heading !== undefined) {
        banner(goal.heading, { bold: true, border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' } }, FONT_SIZE);
      }
      row = goalRows(b, row, goalParagraphs(plan, goal, m));
    }
    row += 1;
  }

  const print = printSetup(plan, {
    orientation: 'landscape',
    printTitleRows: firstHeaderRow === undefined ? undefined : `${firstHeaderRow}:${firstHeaderRow}`,
    pageLabel: m('print.pageLabel'),
  });
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

/** Writes one goal from `row`, continuing on further rows when it does not fit one; returns the next free row. */
function goalRows(b: SheetBuilder, row: number, paragraphs: Record<Column, string[]>): number {
  const maxLines = maxLinesPerRow(FONT_SIZE);
  const chunks = Object.fromEntries(
    COLUMNS.map((column) => [column, chunkParagraphs(paragraphs[column], charactersPerLine(ACTION_PLAN_WIDTHS[column], FONT_SIZE), maxLines)]),
  ) as Record<Column, string[][]>;
  const rows = Math.max(1, ...COLUMNS.map((column) => chunks[column].length));
  for (let k = 0; k < rows; k += 1) {
    let lines = 1;
    for (const column of COLUMNS) {
      const value = (chunks[column][k] ?? []).join('\n');
      const border: Record<'top' | 'bottom' | 'left' | 'right', BorderStyle | undefined> = {
        left: 'thin',
        right: 'thin',
        top: k === 0 ? 'thin' : undefined,
        bottom: k === rows - 1 ? 'thin' : undefined,
      };
      const defined = Object.fromEntries(Object.entries(border).filter(([, v]) => v !== undefined));
      b.set(ACTION_PLAN_COLUMNS[column], row + k, text(value), { ...BODY, border: defined });
      lines = Math.max(lines, textLineCount(value, charactersPerLine(ACTION_PLAN_WIDTHS[column], FONT_SIZE)));
    }
    b.height(row + k, rowHeightFor(lines, FONT_SIZE));
  }
  return row + rows;
}
