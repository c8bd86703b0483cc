import type { Action, Goal, Metric, MetricValue, Section, SubAction } from '../../model/plan';
import { IdSchema } from '../../model/plan.schema';
import { withoutUndefined } from '../schema/plan-metadata';
import type { ReadContext } from './read-context';
import { knownIds, readRows, type KnownIds, type RowReader, type TableRows } from './table-rows';

export interface StructureTables {
  sections: TableRows | null;
  goals: TableRows | null;
  actions: TableRows | null;
  metrics: TableRows | null;
  metricValues: TableRows | null;
}

/**
 * Teams and sections with their goals, actions, sub-actions, metrics and
 * metric values, rebuilt from five tables. Each object goes under its parent
 * in row order, wherever the rows stand; a row whose parent does not exist
 * is left out (there is nowhere to put it), and the finding says so.
 */
export function readSections(context: ReadContext, tables: StructureTables, municipalityIds: KnownIds | null): Section[] {
  const sections = readRows(context, tables.sections, (row) => ({
    id: row.id('id') as string,
    kind: row.enum('kind', 'sectionKind') as Section['kind'],
    title: row.requiredText('title'),
    goals: [] as Goal[],
    note: row.note(),
  })).map((r) => r.value);
  const sectionById = firstById(sections);
  const sectionIds = knownIds(tables.sections, sectionById.keys());

  const goals = readRows(context, tables.goals, (row) => {
    const section = row.reference('section', sectionIds, 'dangling.section', true);
    return { section, goal: readGoal(row, municipalityIds) };
  });
  for (const { value } of goals) sectionById.get(value.section as string)?.goals.push(value.goal);
  const goalById = firstById(goals.map((g) => g.value.goal));
  const goalIds = knownIds(tables.goals, goalById.keys());

  readActions(context, tables.actions, goalById, goalIds);

  const metrics = readRows(context, tables.metrics, (row) => {
    const goal = row.reference('goal', goalIds, 'dangling.goal', true);
    const metric: Metric = withoutUndefined({
      id: row.id('id') as string,
      text: row.requiredText('text'),
      kind: row.enum('kind', 'metricKind'),
      unit: row.text('unit'),
    });
    return { goal, metric };
  });
  for (const { value } of metrics) goalById.get(value.goal as string)?.metrics.push(value.metric);
  const metricById = firstById(metrics.map((m) => m.value.metric));
  const metricIds = knownIds(tables.metrics, metricById.keys());

  const values = readRows(context, tables.metricValues, (row) => {
    const metric = row.reference('metric', metricIds, 'dangling.metric', true);
    const value: MetricValue = withoutUndefined({
      year: row.year('year') as number,
      baseline: row.decimal('baseline'),
      target: row.decimal('target'),
      actual: row.decimal('actual'),
    });
    return { metric, value };
  });
  for (const { value } of values) {
    const metric = metricById.get(value.metric as string);
    if (metric) metric.values = [...(metric.values ?? []), value.value];
  }

  return sections.map((s) => withoutUndefined(s));
}

function readGoal(row: RowReader, municipalityIds: KnownIds | null): Goal {
  const id = row.id('id') as string;
  const title = row.requiredText('title');
  const subtitle = row.text('subtitle');
  const heading = row.text('heading');
  const scopeIds = scopeMunicipalities(row, municipalityIds);
  const scopeText = row.text('scopeText');
  const bodies = (row.text('responsibleBodies') ?? '').split(/\r?\n/).filter((body) => body !== '');
  return withoutUndefined({
    id,
    title,
    subtitle,
    heading,
    scope: scopeIds.length > 0 || scopeText !== undefined ? withoutUndefined({ municipalities: scopeIds, text: scopeText }) : undefined,
    responsibleBodies: bodies.length > 0 ? bodies : undefined,
    actions: [] as Action[],
    metrics: [] as Metric[],
    note: row.note(),
  });
}

/** The scope's municipality ids, separated by commas, semicolons or spaces; a dangling id is kept and reported. */
function scopeMunicipalities(row: RowReader, municipalityIds: KnownIds | null): string[] {
  const ids: string[] = [];
  for (const token of (row.text('scope') ?? '').split(/[,;\s]+/).filter((t) => t !== '')) {
    if (!IdSchema.safeParse(token).success) {
      row.badValue('scope', 'bad-value.scope-id', { value: token }, { key: 'outcome.value-left-out' });
      continue;
    }
    if (municipalityIds && !municipalityIds.usable.has(token)) {
      row.reportDangling('scope', token, municipalityIds.inTable.has(token) ? 'dangling.left-out' : 'dangling.municipality', false);
    }
    ids.push(token);
  }
  return ids;
}

/**
 * Actions and sub-actions share one table: a row with a parent is a
 * sub-action of that action (its goal cell is not read: the parent's goal
 * is its goal); a row without one is an action of its goal.
 */
function readActions(
  context: ReadContext,
  table: TableRows | null,
  goalById: ReadonlyMap<string, Goal>,
  goalIds: KnownIds | null,
): void {
  const rows = readRows(context, table, (row) => {
    const parent = row.id('parent');
    const goal = parent === undefined ? row.reference('goal', goalIds, 'dangling.goal', true) : undefined;
    const item: SubAction = withoutUndefined({
      id: row.id('id') as string,
      text: row.requiredText('text'),
      status: row.enum('status', 'actionStatus'),
    });
    return { parent, goal, item };
  });
  const actionById = new Map<string, Action>();
  for (const { value } of rows) {
    if (value.parent !== undefined) continue;
    const action: Action = { ...value.item };
    goalById.get(value.goal as string)?.actions.push(action);
    if (!actionById.has(action.id)) actionById.set(action.id, action);
  }
  const subActionIds = new Set(rows.filter((r) => r.value.parent !== undefined).map((r) => r.value.item.id));
  const allActionIds = knownIds(table, actionById.keys()) as KnownIds;
  for (const { row, value } of rows) {
    if (value.parent === undefined) continue;
    const parent = actionById.get(value.parent);
    if (parent) {
      parent.subActions = [...(parent.subActions ?? []), value.item];
      continue;
    }
    const leftOut = allActionIds.inTable.has(value.parent) && !subActionIds.has(value.parent);
    const message = subActionIds.has(value.parent) ? 'dangling.parent-is-sub-action' : leftOut ? 'dangling.left-out' : 'dangling.action';
    row.reportDangling('parent', value.parent, message, true);
  }
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}
