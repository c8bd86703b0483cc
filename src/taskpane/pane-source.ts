import type { LaidOutWorkbook } from '../app';
import type { WorkbookMarker } from '../excel/live-workbook';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';

/**
 * Where the pane's plan comes from: one chosen on the Start view (the
 * example, a file, the new-plan form) and laid out but not yet written, or
 * the plan read back from a workbook PlanSheets made.
 */
export type PlanSource =
  | { kind: 'plan'; plan: Plan; laidOut: LaidOutWorkbook }
  | { kind: 'workbook'; plan: Plan; findings: Finding[]; marker: WorkbookMarker };

export function findingsOf(source: PlanSource): Finding[] {
  return source.kind === 'plan' ? source.laidOut.findings : source.findings;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
