import type { Goal, Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { GOALS_TABLE, SECTIONS_TABLE } from '../schema/tables';
import type { SheetLayout } from '../workbook-layout';
import {
  referenceValidation,
  singleTableSheet,
  tableRow,
  noteCell,
  textCell,
} from './sheet-common';

/**
 * Tavoitteet: every goal with the team it belongs to, in plan order.
 *
 * Lists in one cell: the scope's municipality ids separated by ", "; the
 * responsible bodies one per line (a body's name may hold a comma but not a
 * line break).
 */
export const GOALS_HEADER_ROW = 3;
export const SCOPE_SEPARATOR = ', ';
export const BODIES_SEPARATOR = '\n';

export function goalsSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const rows = plan.sections.flatMap((section) => section.goals.map((goal) => goalRow(section.id, goal, language)));
  return singleTableSheet(plan, language, 'goals', layoutMessages['goals.title'], GOALS_TABLE, GOALS_HEADER_ROW, rows, (b, table) => {
    b.dataValidations.push(referenceValidation(table.dataRange('section'), SECTIONS_TABLE, language, false));
  });
}

function goalRow(sectionId: string, goal: Goal, language: Language) {
  return tableRow(GOALS_TABLE, {
    id: textCell(goal.id),
    section: textCell(sectionId),
    title: textCell(goal.title),
    subtitle: textCell(goal.subtitle),
    heading: textCell(goal.heading),
    scope: textCell(goal.scope?.municipalities.join(SCOPE_SEPARATOR)),
    scopeText: textCell(goal.scope?.text),
    responsibleBodies: textCell(goal.responsibleBodies?.join(BODIES_SEPARATOR)),
    note: noteCell(goal.note, language),
  });
}
