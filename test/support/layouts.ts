import { layOutWorkbook } from '../../src/layout/lay-out-workbook';
import { contributionsLayout, type ContributionsLayout } from '../../src/layout/sheets/contributions-sheet';
import { costPoolsLayout } from '../../src/layout/sheets/cost-pools-sheet';
import { summarySheet } from '../../src/layout/sheets/summary-sheet';
import type { HeaderFooterParts, PrintLayout, SheetLayout, WorkbookLayout } from '../../src/layout/workbook-layout';
import type { Finding } from '../../src/model/finding';
import type { Plan } from '../../src/model/plan';

/** The whole workbook layout of a plan, as a host writes it. */
export function workbookLayout(plan: Plan, findings: readonly Finding[] = []): WorkbookLayout {
  return layOutWorkbook(plan, findings).layout;
}

/** Kuntaosuudet laid out against the cost-pool tables of Kustannuserät, as the workbook has them. */
export function contributionsOf(plan: Plan, language = plan.language): ContributionsLayout {
  return contributionsLayout(plan, costPoolsLayout(plan, language).poolBlockRefs, language);
}

/** Yhteenveto with the chart over Kuntaosuudet, as the workbook has it. */
export function summaryOf(plan: Plan, findings: readonly Finding[] = [], language = plan.language): SheetLayout {
  return summarySheet(plan, findings, contributionsOf(plan, language), language);
}

/** A header or footer line as the file stores it: "&L…&C…&R…". */
export function headerLine(parts: HeaderFooterParts): string {
  return [['&L', parts.left], ['&C', parts.center], ['&R', parts.right]]
    .filter(([, part]) => part !== undefined && part !== '')
    .map(([code, part]) => `${code}${part}`)
    .join('');
}

export const pageHeader = (print: PrintLayout): string => headerLine(print.headerFooter.odd.header);
export const pageFooter = (print: PrintLayout): string => headerLine(print.headerFooter.odd.footer);
export const rowBreaks = (sheet: SheetLayout): number[] | undefined => sheet.print.hints?.rowBreaks;
