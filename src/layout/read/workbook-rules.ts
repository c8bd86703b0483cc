import type { Finding, LocalisedText } from '../../model/finding';
import type { RuleDefinition } from '../../model/rule-definition';
import { readDescriptions, type ReadRuleKey } from './read.messages';

/**
 * The rules of reading a workbook back (documented in README.md with the
 * validation rules). Their findings point at a sheet and a cell.
 */
function rule(id: ReadRuleKey, severity: RuleDefinition['severity']): RuleDefinition {
  return { id, severity, description: readDescriptions[id] };
}

export const WORKBOOK_RULES = {
  sheetMissing: rule('workbook.sheet-missing', 'error'),
  tableMissing: rule('workbook.table-missing', 'error'),
  tableByHeader: rule('workbook.table-by-header', 'info'),
  columnMissing: rule('workbook.column-missing', 'error'),
  notANumber: rule('workbook.not-a-number', 'error'),
  badValue: rule('workbook.bad-value', 'error'),
  required: rule('workbook.required', 'error'),
  danglingReference: rule('workbook.dangling-reference', 'error'),
  formulaOverwritten: rule('workbook.formula-overwritten', 'warning'),
  formulaBroken: rule('workbook.formula-broken', 'warning'),
  metadata: rule('workbook.metadata', 'error'),
} as const;

export const WORKBOOK_RULE_LIST: readonly RuleDefinition[] = Object.values(WORKBOOK_RULES);

export function findingAtCell(definition: RuleDefinition, message: LocalisedText, sheet: string, cell: string): Finding {
  return { rule: definition.id, severity: definition.severity, message, location: { sheet, cell } };
}
