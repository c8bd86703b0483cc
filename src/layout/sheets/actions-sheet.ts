import type { Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { ACTIONS_TABLE, GOALS_TABLE } from '../schema/tables';
import type { CellValue, SheetLayout } from '../workbook-layout';
import {
  enumCell,
  enumValidation,
  referenceValidation,
  singleTableSheet,
  tableRow,
  textCell,
} from './sheet-common';

/**
 * Toimenpiteet: actions and sub-actions in one table, in plan order: each
 * action, then its sub-actions. A sub-action row names its parent action in
 * the parent column; its goal column repeats the parent's goal for filtering
 * (the reader takes the goal from the parent). Sub-action texts are indented.
 */
export const ACTIONS_HEADER_ROW = 3;

export function actionsSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const spec = ACTIONS_TABLE;
  const rows: Array<ReadonlyArray<CellValue | undefined>> = [];
  const subActionRows: number[] = [];
  for (const section of plan.sections) {
    for (const goal of section.goals) {
      for (const action of goal.actions) {
        rows.push(
          tableRow(spec, {
            id: textCell(action.id),
            goal: textCell(goal.id),
            text: textCell(action.text),
            status: enumCell('actionStatus', action.status, language),
          }),
        );
        for (const sub of action.subActions ?? []) {
          subActionRows.push(rows.length);
          rows.push(
            tableRow(spec, {
              id: textCell(sub.id),
              goal: textCell(goal.id),
              parent: textCell(action.id),
              text: textCell(sub.text),
              status: enumCell('actionStatus', sub.status, language),
            }),
          );
        }
      }
    }
  }
  return singleTableSheet(plan, language, 'actions', layoutMessages['actions.title'], spec, ACTIONS_HEADER_ROW, rows, (b, table) => {
    for (const index of subActionRows) b.style(table.column('text'), table.firstDataRow + index, { indent: 1 });
    b.dataValidations.push(
      referenceValidation(table.dataRange('goal'), GOALS_TABLE, language, false),
      referenceValidation(table.dataRange('parent'), ACTIONS_TABLE, language, true),
      enumValidation(table.dataRange('status'), 'actionStatus', language, true),
    );
  });
}
