import { COUNTED_STATUSES, goalTally, progressOf, type ProgressTally } from '../../engine/progress';
import type { ActionStatus, Goal, Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { EMPTY_TEXT, numberOrBlank, numberResult, type CalculatedColumn } from '../sheet-builder';
import { columnRef, formulaString, thisRowRef } from '../structured-ref';
import { FORMATS } from '../styles';
import { ACTIONS_TABLE, GOALS_TABLE, SECTIONS_TABLE } from '../schema/tables';
import type { CellStyle, FormulaResult, SheetLayout } from '../workbook-layout';
import {
  columnStyles,
  enumLabel,
  header,
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
  const styles = columnStyles(GOALS_TABLE);
  const percent: CellStyle = { ...styles.progress, numberFormat: FORMATS.percent1 };
  return singleTableSheet(
    plan,
    language,
    'goals',
    layoutMessages['goals.title'],
    GOALS_TABLE,
    GOALS_HEADER_ROW,
    rows,
    (b, table) => {
      b.dataValidations.push(referenceValidation(table.dataRange('section'), SECTIONS_TABLE, language, false));
    },
    { formulas: progressColumns(plan, language), styles: { progress: percent } },
  );
}

/**
 * Toimenpiteiden toteutumisaste as calculated columns (engine/progress.ts
 * says what counts): the goal's Actions rows done, those with a status that
 * counts, and done / counted, blank when none counts. Sub-action rows carry
 * their parent's goal, so they count under it as in the engine. The results
 * are what the formulas give over the Actions rows as written: each goal
 * row counts the rows naming its id.
 */
function progressColumns(plan: Plan, language: Language): Record<string, CalculatedColumn> {
  const goalHeader = (key: string): string => header(GOALS_TABLE, key, language);
  const id = thisRowRef(GOALS_TABLE.name, goalHeader('id'));
  const countOf = (status: ActionStatus): string =>
    `COUNTIFS(${columnRef(ACTIONS_TABLE.name, header(ACTIONS_TABLE, 'goal', language))},${id},` +
    `${columnRef(ACTIONS_TABLE.name, header(ACTIONS_TABLE, 'status', language))},${formulaString(enumLabel('actionStatus', status, language))})`;
  const done = thisRowRef(GOALS_TABLE.name, goalHeader('actionsDone'));
  const counted = thisRowRef(GOALS_TABLE.name, goalHeader('actionsCounted'));

  const rows = goalRowTallies(plan);
  const result = (pick: (t: ProgressTally) => FormulaResult) => (index: number): FormulaResult => {
    const row = rows[index];
    return row === undefined ? EMPTY_TEXT : pick(row.tally);
  };
  return {
    actionsDone: { formula: () => `IF(${id}="","",${countOf('done')})`, result: result((t) => numberResult(t.done)) },
    actionsCounted: {
      formula: () => `IF(${id}="","",${COUNTED_STATUSES.map(countOf).join('+')})`,
      result: result((t) => numberResult(t.counted)),
    },
    progress: {
      formula: () => `IF(OR(${id}="",${counted}=0),"",${done}/${counted})`,
      result: result((t) => numberOrBlank(progressOf([t]).share)),
    },
  };
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

/**
 * What the progress columns count on each Goals row, in table order: the
 * Actions rows naming the row's goal id. Goals that share an id (an error)
 * share their rows, as COUNTIFS does; otherwise this is the engine's tally.
 */
export function goalRowTallies(plan: Plan): Array<{ goal: string; section: string; tally: ProgressTally }> {
  const byId = new Map<string, ProgressTally>();
  const goals = plan.sections.flatMap((section) => section.goals.map((goal) => ({ goal, section: section.id })));
  for (const { goal } of goals) {
    const before = byId.get(goal.id) ?? { done: 0, counted: 0 };
    const own = goalTally(goal);
    byId.set(goal.id, { done: before.done + own.done, counted: before.counted + own.counted });
  }
  return goals.map(({ goal, section }) => ({ goal: goal.id, section, tally: byId.get(goal.id)! }));
}
