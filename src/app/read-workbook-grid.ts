import { bySeverity, validatePlan } from '../engine/validate';
import { layOutWorkbook, type LaidOutWorkbook } from '../layout/lay-out-workbook';
import { overwrittenDerivedFormulas, overwrittenFormulas } from '../layout/read/expected-formulas';
import { readPlan } from '../layout/read/read-plan';
import { locatedAtCell, type CellLocator } from '../layout/schema/locate-path';
import type { SheetGrid } from '../layout/sheet-grid';
import type { SheetRole } from '../layout/workbook-layout';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';

export type WorkbookReading =
  | {
      ok: true;
      plan: Plan;
      /** What reading the cells found: values that could not be read, formulas typed over, and so on. */
      readFindings: Finding[];
      /** What the rules find in the plan read, each at the cell its object was read from. */
      planFindings: Finding[];
      /** Both, errors first. */
      findings: Finding[];
      /** Where a path into the plan stands in this workbook. */
      locate: CellLocator;
      /** The plan read, laid out anew: what a rebuild or a refresh writes. */
      laidOut: LaidOutWorkbook;
    }
  /** No plan: a part it cannot do without is missing; the findings say where. */
  | { ok: false; findings: Finding[] };

/** Sheets whose cells the layout keeps as formulas while people edit around them. */
const DERIVED_CHECKED: readonly SheetRole[] = ['summary', 'contributions'];

/**
 * A workbook's grid read back: the plan it holds and every finding, at its
 * sheet and cell. The plan is laid out once, here: its layout says which
 * cells must still hold formulas (a constant typed over one is reported),
 * and it is what a rebuild writes.
 */
export function readWorkbookGrid(grid: SheetGrid): WorkbookReading {
  const read = readPlan(grid);
  if (read.plan === null) return { ok: false, findings: bySeverity(read.findings) };
  const plan = read.plan;
  const ruleFindings = validatePlan(plan);
  const laidOut = layOutWorkbook(plan, ruleFindings);
  const { language, sheets } = laidOut.layout;
  const editable = sheets.filter((sheet) => sheet.kind === 'editable');
  const derived = sheets.filter((sheet) => DERIVED_CHECKED.includes(sheet.role));
  const readFindings = [
    ...read.findings,
    ...overwrittenFormulas(grid, { language, sheets: editable }),
    ...overwrittenDerivedFormulas(grid, { language, sheets: derived }),
  ];
  const planFindings = ruleFindings.map((finding) => locatedAtCell(finding, read.locate));
  return {
    ok: true,
    plan,
    readFindings,
    planFindings,
    findings: bySeverity([...readFindings, ...planFindings]),
    locate: read.locate,
    laidOut,
  };
}
