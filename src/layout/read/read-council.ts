import { everyLanguage } from '../../model/language';
import type { Plan } from '../../model/plan';
import { address, parseAddress } from '../a1';
import { layoutMessages } from '../layout.messages';
import type { GridSheet } from '../sheet-grid';
import {
  COUNCIL_LABEL_COLUMN,
  COUNCIL_LABEL_KEYS,
  COUNCIL_RULE_ROWS,
  COUNCIL_VALUE_COLUMN,
  type CouncilRuleField,
} from '../schema/council-rule-cells';
import { normaliseLabel, readInteger, readText } from './cell-values';
import { cellAt } from './grid-tables';
import type { ReadContext } from './read-context';
import { WORKBOOK_RULES } from './workbook-rules';

const MINIMUM: Partial<Record<CouncilRuleField, number>> = { minimumSeats: 0 };

/**
 * The council rule's three numbers from their labelled cells on Kunnat. Each
 * value is found next to its label (in either language), so rows inserted
 * above do not lose it; without the label, at the cell the layout used.
 * Null when any of them cannot be read: a plan needs all three.
 */
export function readCouncil(sheet: GridSheet, context: ReadContext): Omit<Plan['council'], 'note'> | null {
  const values: Partial<Record<CouncilRuleField, number>> = {};
  let readable = true;
  for (const field of Object.keys(COUNCIL_RULE_ROWS) as CouncilRuleField[]) {
    const label = layoutMessages[COUNCIL_LABEL_KEYS[field]];
    const labelCell = findLabel(sheet, everyLanguage(label));
    const column = labelCell ? labelCell.column + (COUNCIL_VALUE_COLUMN - COUNCIL_LABEL_COLUMN) : COUNCIL_VALUE_COLUMN;
    const row = labelCell ? labelCell.row : COUNCIL_RULE_ROWS[field];
    const cell = address(column, row);
    context.councilCells.set(field, { sheet: sheet.name, cell });
    const read = readInteger(cellAt(sheet, column, row), MINIMUM[field]);
    const params = { column: label[context.language] };
    const outcome = { key: 'outcome.plan-unread' as const };
    if (read.kind === 'ok') {
      values[field] = read.value;
      continue;
    }
    readable = false;
    if (read.kind === 'empty') context.report(WORKBOOK_RULES.required, 'required', params, sheet.name, cell, outcome);
    else context.report(WORKBOOK_RULES[read.rule], read.key, { ...params, ...read.params }, sheet.name, cell, outcome);
  }
  if (!readable) {
    context.complete = false;
    return null;
  }
  return values as Omit<Plan['council'], 'note'>;
}

function findLabel(sheet: GridSheet, labels: string[]): { column: number; row: number } | null {
  const wanted = labels.map(normaliseLabel);
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    const read = readText(cell);
    if (read.kind === 'ok' && wanted.includes(normaliseLabel(read.value))) return parseAddress(ref);
  }
  return null;
}
