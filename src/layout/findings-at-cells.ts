import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { buildWorkbookLayout } from './build-workbook-layout';
import { gridFromLayout } from './layout-grid';
import { locatedAtCell } from './read/locate-path';
import { readPlanData } from './read/read-plan';

/**
 * The plan's findings pointed at the cells of the workbook the plan is about
 * to become, so that Tarkistukset links each one to its row. The workbook is
 * laid out once without findings to learn where every object lands (the
 * findings only fill the last sheet, so nothing else moves), then read back
 * like any workbook.
 */
export function findingsAtCells(plan: Plan, findings: readonly Finding[]): Finding[] {
  const { locate } = readPlanData(gridFromLayout(buildWorkbookLayout(plan, [])));
  return findings.map((finding) => locatedAtCell(finding, locate));
}
