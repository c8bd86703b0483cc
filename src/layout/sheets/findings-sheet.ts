import { formatLocation, isCellLocation, type Finding, type Location, type Severity } from '../../model/finding';
import type { Language, Plan } from '../../model/plan';
import { columnLetter, parseRange, rangeAddress, sheetRef } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { printSetup } from '../print-setup';
import { formula, SheetBuilder, text, textResult } from '../sheet-builder';
import { formulaString } from '../structured-ref';
import { COLOURS, STYLES } from '../styles';
import type { CellValue, PrintLayout, SheetLayout } from '../workbook-layout';
import { HEADER_STYLE, sheetName, TITLE_ROW } from './sheet-common';

/**
 * Tarkistukset: the findings, errors first, with the rule, the localised
 * severity, the message in the plan's language and where it points: a plan
 * path as text, or a link to the workbook cell. Rows are shaded by severity.
 * Derived and protected; Yhteenveto counts the severity column.
 */

export const FINDINGS_HEADER_ROW = 3;
export const FINDINGS_FIRST_ROW = FINDINGS_HEADER_ROW + 1;
export const FINDINGS_COLUMNS = { rule: 1, severity: 2, message: 3, location: 4 } as const;
const WIDTHS = { rule: 24, severity: 12, message: 90, location: 40 } as const;

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_KEYS: Record<Severity, LayoutMessageKey> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};
const SEVERITY_FILLS: Record<Severity, string> = {
  error: COLOURS.errorFill,
  warning: COLOURS.warningFill,
  info: COLOURS.infoFill,
};

export function severityLabel(severity: Severity, language: Language): string {
  return layoutMessages[SEVERITY_KEYS[severity]][language];
}

/** The severity column's cells for `count` findings (at least one row: the "no findings" line). */
export function findingsSeverityRange(count: number): string {
  const column = FINDINGS_COLUMNS.severity;
  return rangeAddress(column, FINDINGS_FIRST_ROW, column, FINDINGS_FIRST_ROW + Math.max(count, 1) - 1);
}

/** `plan` gives the printed page header; without it the page carries only the page number. */
export function findingsSheet(findings: readonly Finding[], language: Language, plan?: Plan): SheetLayout {
  const m = (key: LayoutMessageKey): string => layoutMessages[key][language];
  const b = new SheetBuilder('findings', sheetName('findings', language), 'derived');
  for (const key of Object.keys(FINDINGS_COLUMNS) as Array<keyof typeof FINDINGS_COLUMNS>) {
    b.width(FINDINGS_COLUMNS[key], WIDTHS[key]);
  }
  b.set(1, TITLE_ROW, text(m('findings.title')), STYLES.title);
  b.set(1, TITLE_ROW + 1, text(m('findings.intro')), { italic: true });
  b.set(FINDINGS_COLUMNS.rule, FINDINGS_HEADER_ROW, text(m('findings.column.rule')), HEADER_STYLE);
  b.set(FINDINGS_COLUMNS.severity, FINDINGS_HEADER_ROW, text(m('findings.column.severity')), HEADER_STYLE);
  b.set(FINDINGS_COLUMNS.message, FINDINGS_HEADER_ROW, text(m('findings.column.message')), HEADER_STYLE);
  b.set(FINDINGS_COLUMNS.location, FINDINGS_HEADER_ROW, text(m('findings.column.location')), HEADER_STYLE);

  const sorted = sortBySeverity(findings);
  const cellStyle = { wrap: true, vertical: 'top' as const, border: { bottom: 'thin' as const } };
  sorted.forEach((finding, i) => {
    const row = FINDINGS_FIRST_ROW + i;
    b.set(FINDINGS_COLUMNS.rule, row, text(finding.rule), cellStyle);
    b.set(FINDINGS_COLUMNS.severity, row, text(severityLabel(finding.severity, language)), cellStyle);
    b.set(FINDINGS_COLUMNS.message, row, text(finding.message[language]), cellStyle);
    b.set(FINDINGS_COLUMNS.location, row, locationCell(finding.location), cellStyle);
  });
  if (sorted.length === 0) b.set(FINDINGS_COLUMNS.rule, FINDINGS_FIRST_ROW, text(m('findings.none')), { italic: true });

  const last = FINDINGS_FIRST_ROW + Math.max(sorted.length, 1) - 1;
  const severityCell = `$${columnLetter(FINDINGS_COLUMNS.severity)}${FINDINGS_FIRST_ROW}`;
  for (const severity of SEVERITY_ORDER) {
    b.conditionalFormats.push({
      range: rangeAddress(1, FINDINGS_FIRST_ROW, FINDINGS_COLUMNS.location, last),
      formula: `${severityCell}=${formulaString(severityLabel(severity, language))}`,
      style: { fill: SEVERITY_FILLS[severity] },
    });
  }
  b.freeze = { rows: FINDINGS_HEADER_ROW, columns: 0 };

  const pageLabel = m('print.pageLabel');
  const titleRows = `${FINDINGS_HEADER_ROW}:${FINDINGS_HEADER_ROW}`;
  const print: PrintLayout = plan
    ? printSetup(plan, { orientation: 'landscape', printTitleRows: titleRows, pageLabel })
    : {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: true,
        printTitleRows: titleRows,
        headerFooter: { odd: { header: {}, footer: { center: `&8${pageLabel}` } } },
      };
  return b.build(print, { protected: true });
}

/** Errors first, then warnings, then information; the engine's order within each. */
export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  return SEVERITY_ORDER.flatMap((severity) => findings.filter((f) => f.severity === severity));
}

/** A path as text; a workbook cell as a link to it, e.g. HYPERLINK("#'Kunnat'!C9","Kunnat!C9"). */
export function locationCell(location: Location): CellValue {
  const shown = formatLocation(location);
  if (!isCellLocation(location) || parseRange(location.cell) === null || location.sheet === '') return text(shown);
  const target = `#${sheetRef(location.sheet, location.cell)}`;
  // A string literal in a formula holds at most 255 characters.
  if (target.length > 255 || shown.length > 255) return text(shown);
  return formula(`HYPERLINK(${formulaString(target)},${formulaString(shown)})`, textResult(shown));
}
