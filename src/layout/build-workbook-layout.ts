import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { actionPlanSheet } from './sheets/action-plan-sheet';
import { contributionsLayout } from './sheets/contributions-sheet';
import { editableSheets } from './sheets/editable-sheets';
import { findingsSheet } from './sheets/findings-sheet';
import { summarySheet } from './sheets/summary-sheet';
import { SHEET_ORDER } from './tables';
import type { SheetLayout, SheetRole, WorkbookLayout } from './workbook-layout';

/**
 * The whole workbook of a plan: every sheet in SHEET_ORDER, named in the
 * plan's language, the workbook names the formulas use, and the document
 * properties. Findings are the engine's (and the reader's) for this plan;
 * they fill Tarkistukset and are counted on Yhteenveto.
 */
export function buildWorkbookLayout(plan: Plan, findings: readonly Finding[]): WorkbookLayout {
  const language = plan.language;
  const editable = editableSheets(plan);
  const contributions = contributionsLayout(plan, language);
  const all: SheetLayout[] = [
    summarySheet(plan, findings, language),
    ...editable.sheets,
    contributions.sheet,
    actionPlanSheet(plan, language),
    findingsSheet(findings, language, plan),
  ];
  const byRole = new Map<SheetRole, SheetLayout>();
  for (const sheet of all) {
    if (byRole.has(sheet.role)) throw new Error(`two sheets have the role ${sheet.role}`);
    byRole.set(sheet.role, sheet);
  }
  const sheets = SHEET_ORDER.map((role) => {
    const sheet = byRole.get(role);
    if (!sheet) throw new Error(`no sheet is laid out for the role ${role}`);
    return sheet;
  });

  const definedNames = [...editable.definedNames, ...contributions.definedNames];
  const seen = new Set<string>();
  for (const { name } of definedNames) {
    // Excel names are case-insensitive.
    if (seen.has(name.toUpperCase())) throw new Error(`the workbook name ${name} is defined twice`);
    seen.add(name.toUpperCase());
  }

  return {
    language,
    sheets,
    definedNames,
    properties: { title: plan.document.title, subject: plan.organisation.name, creator: 'PlanSheets' },
  };
}
