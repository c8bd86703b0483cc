import type { LocalisedText } from './language';

/**
 * Findings are data, not exceptions: every problem in a plan or a workbook is
 * reported as one of these, with a stable rule id (documented in README.md)
 * and its message in every product language.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where a finding points: a JSON path into the plan file, or a cell of a workbook. */
export type Location = { path: string } | { sheet: string; cell: string };

export type { LocalisedText } from './language';

export interface Finding {
  rule: string;
  severity: Severity;
  message: LocalisedText;
  location: Location;
}

export function isCellLocation(location: Location): location is { sheet: string; cell: string } {
  return 'sheet' in location;
}

export function formatLocation(location: Location): string {
  return isCellLocation(location) ? `${location.sheet}!${location.cell}` : location.path;
}
