import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { address } from './a1';
import { COUNCIL_RULE_ROWS, COUNCIL_VALUE_COLUMN, type CouncilRuleField } from './schema/council-rule-cells';
import { locatedAtCell, pathLocator } from './schema/locate-path';
import type { PlacementIndex, ProseCell } from './schema/placement';
import { OPTIONAL_SHEETS, SHEET_NAMES, SHEET_ORDER } from './schema/tables';
import { actionPlanSheet } from './sheets/action-plan-sheet';
import { chaptersSheet } from './sheets/chapters-sheet';
import { contributionsLayout } from './sheets/contributions-sheet';
import { costPoolsLayout } from './sheets/cost-pools-sheet';
import { editableSheets } from './sheets/editable-sheets';
import { findingsSheet } from './sheets/findings-sheet';
import { summarySheet } from './sheets/summary-sheet';
import type { SheetLayout, SheetRole, WorkbookLayout } from './workbook-layout';

/** A workbook laid out for a plan, with what the one pass learnt on the way. */
export interface LaidOutWorkbook {
  layout: WorkbookLayout;
  /**
   * The findings the workbook shows: those given, the ones that pointed into
   * the plan file now pointing at the cells the objects landed in.
   */
  findings: Finding[];
  /** Where every plan object landed, for locating findings that come later. */
  index: PlacementIndex;
}

/**
 * The whole workbook of a plan, in one pass: every sheet in SHEET_ORDER,
 * named in the plan's language, each laid out once. The sheets that hold
 * the plan's tables are laid out first and say where each object landed;
 * the findings are pointed at those cells, and only then are Tarkistukset
 * (which lists them) and Yhteenveto (which counts them) laid out.
 * Kuntaosuudet is laid out once and hands its references to Yhteenveto.
 * Muutokset is there only when `options.changes` gives it, laid out by the
 * caller (src/app/compare-plans.ts), so that the comparison is not part of
 * every host that lays out a workbook.
 */
export function layOutWorkbook(plan: Plan, findings: readonly Finding[], options: { changes?: SheetLayout } = {}): LaidOutWorkbook {
  const language = plan.language;
  const editable = editableSheets(plan);
  const costPools = costPoolsLayout(plan, language);
  const contributions = contributionsLayout(plan, costPools.poolBlockRefs, language);
  const actionPlan = actionPlanSheet(plan, language);
  const chapters = chaptersSheet(plan, language);

  const tableSheets = [...editable.sheets, costPools.sheet];
  const index: PlacementIndex = {
    placements: tableSheets.flatMap((sheet) => sheet.placements),
    councilCells: councilCells(SHEET_NAMES.municipalities[language]),
    proseCells: proseCells(chapters),
  };
  const locate = pathLocator(plan, index, (role) => SHEET_NAMES[role][language]);
  const located = findings.map((finding) => locatedAtCell(finding, locate));

  const all: SheetLayout[] = [
    summarySheet(plan, located, contributions, language),
    ...tableSheets,
    contributions.sheet,
    chapters,
    actionPlan,
    findingsSheet(located, language, plan),
    ...(options.changes ? [options.changes] : []),
  ];
  const byRole = new Map<SheetRole, SheetLayout>();
  for (const sheet of all) {
    if (byRole.has(sheet.role)) throw new Error(`two sheets have the role ${sheet.role}`);
    byRole.set(sheet.role, sheet);
  }
  const sheets = SHEET_ORDER.filter((role) => byRole.has(role) || !OPTIONAL_SHEETS.includes(role)).map((role) => {
    const sheet = byRole.get(role);
    if (!sheet) throw new Error(`no sheet is laid out for the role ${role}`);
    return sheet;
  });

  return {
    layout: {
      language,
      sheets,
      definedNames: [...editable.definedNames, ...contributions.definedNames],
      properties: { title: plan.document.title, subject: plan.organisation.name, creator: 'PlanSheets' },
    },
    findings: located,
    index,
  };
}

/** Every text cell of a sheet of prose. */
export function proseCells(sheet: SheetLayout): ProseCell[] {
  return sheet.cells.flatMap((cell) => (cell.value.kind === 'text' ? [{ sheet: sheet.name, cell: cell.ref, text: cell.value.text }] : []));
}

function councilCells(sheet: string): Map<string, { sheet: string; cell: string }> {
  return new Map(
    (Object.keys(COUNCIL_RULE_ROWS) as CouncilRuleField[]).map((field) => [field, { sheet, cell: address(COUNCIL_VALUE_COLUMN, COUNCIL_RULE_ROWS[field]) }]),
  );
}
