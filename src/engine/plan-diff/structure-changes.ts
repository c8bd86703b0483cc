import type { ActionStatus, MetricValue, Plan } from '../../model/plan';
import { Decimal } from '../money';
import { matchObjects, type Matchable, type MatchedPair } from './match-objects';

/** The plan's nested objects a comparison follows, top down. */
export const STRUCTURE_KINDS = ['section', 'goal', 'action', 'subAction', 'metric'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/**
 * What changed about an object found in both plans:
 * id: its id changed (it was matched by its text);
 * moved: it sits under a different parent (a goal in another team, an action under another goal);
 * reworded: its text (title) changed;
 * status: an action's or sub-action's status changed;
 * values: a metric's unit, kind or yearly values changed.
 */
export type StructureAspect = 'id' | 'moved' | 'reworded' | 'status' | 'values';

export interface ObjectSide {
  id: string;
  text: string;
  /** The section, goal or action it belongs to; null for a section. */
  parent: { id: string; text: string } | null;
  status?: ActionStatus;
  metric?: { unit?: string; kind?: string; values: MetricValue[] };
}

export type StructureChange =
  | { kind: StructureKind; change: 'added'; new: ObjectSide }
  | { kind: StructureKind; change: 'removed'; old: ObjectSide }
  | {
      kind: StructureKind;
      change: 'changed';
      aspects: StructureAspect[];
      matchedBy: 'id' | 'text';
      /** 1 for a match by id. */
      similarity: number;
      old: ObjectSide;
      new: ObjectSide;
    };

type Parent = { id: string; text: string } | null;

/** Every object of each kind in plan order, with its parent. */
function objectsOf(plan: Plan): Record<StructureKind, Array<Matchable<ObjectSide>>> {
  const out: Record<StructureKind, Array<Matchable<ObjectSide>>> = { section: [], goal: [], action: [], subAction: [], metric: [] };
  const add = (kind: StructureKind, side: ObjectSide): void => {
    out[kind].push({ id: side.id, text: side.text, parentId: side.parent?.id ?? null, item: side });
  };
  for (const section of plan.sections) {
    add('section', { id: section.id, text: section.title, parent: null });
    const sectionRef: Parent = { id: section.id, text: section.title };
    for (const goal of section.goals) {
      add('goal', { id: goal.id, text: goal.title, parent: sectionRef });
      const goalRef: Parent = { id: goal.id, text: goal.title };
      for (const action of goal.actions) {
        add('action', withStatus({ id: action.id, text: action.text, parent: goalRef }, action.status));
        const actionRef: Parent = { id: action.id, text: action.text };
        for (const sub of action.subActions ?? []) add('subAction', withStatus({ id: sub.id, text: sub.text, parent: actionRef }, sub.status));
      }
      for (const metric of goal.metrics) {
        add('metric', {
          id: metric.id,
          text: metric.text,
          parent: goalRef,
          metric: { ...(metric.unit === undefined ? {} : { unit: metric.unit }), ...(metric.kind === undefined ? {} : { kind: metric.kind }), values: metric.values ?? [] },
        });
      }
    }
  }
  return out;
}

function withStatus(side: ObjectSide, status: ActionStatus | undefined): ObjectSide {
  return status === undefined ? side : { ...side, status };
}

/**
 * The sections, goals, actions, sub-actions and metrics added, removed,
 * moved, reworded or renumbered between two plans, kind by kind; within a
 * kind, in the new plan's order, then the removed in the old plan's order.
 * Parents are matched before their children, so that "moved" means under a
 * parent that is not the old parent's counterpart.
 */
export function structureChanges(oldPlan: Plan, newPlan: Plan): StructureChange[] {
  const olds = objectsOf(oldPlan);
  const news = objectsOf(newPlan);
  const parentOf: Record<StructureKind, StructureKind | null> = { section: null, goal: 'section', action: 'goal', subAction: 'action', metric: 'goal' };
  const matched = new Map<StructureKind, Map<string, string>>();
  const changes: StructureChange[] = [];
  for (const kind of STRUCTURE_KINDS) {
    const parentKind = parentOf[kind];
    const parentMatch = parentKind === null ? new Map<string, string>() : matched.get(parentKind)!;
    const matching = matchObjects(olds[kind], news[kind], parentMatch);
    matched.set(kind, new Map(matching.pairs.map((p) => [p.old.id, p.new.id])));
    const pairByNew = new Map(matching.pairs.map((p) => [p.new, p]));
    for (const n of news[kind]) {
      const pair = pairByNew.get(n);
      if (pair === undefined) {
        changes.push({ kind, change: 'added', new: n.item });
        continue;
      }
      const aspects = aspectsOf(pair, parentMatch);
      if (aspects.length > 0) {
        changes.push({ kind, change: 'changed', aspects, matchedBy: pair.matchedBy, similarity: pair.similarity, old: pair.old.item, new: pair.new.item });
      }
    }
    for (const o of matching.removed) changes.push({ kind, change: 'removed', old: o.item });
  }
  return changes;
}

function aspectsOf(pair: MatchedPair<ObjectSide>, parentMatch: ReadonlyMap<string, string>): StructureAspect[] {
  const { old: o, new: n } = pair;
  const aspects: StructureAspect[] = [];
  if (o.id !== n.id) aspects.push('id');
  if (o.parentId !== null && parentMatch.get(o.parentId) !== n.parentId) aspects.push('moved');
  if (o.text !== n.text) aspects.push('reworded');
  if (o.item.status !== n.item.status) aspects.push('status');
  if (o.item.metric !== undefined && n.item.metric !== undefined && !sameMetricFigures(o.item.metric, n.item.metric)) aspects.push('values');
  return aspects;
}

/** Unit, kind and the yearly figures, the figures compared as numbers ("10" and "10.0" are the same). */
function sameMetricFigures(a: NonNullable<ObjectSide['metric']>, b: NonNullable<ObjectSide['metric']>): boolean {
  if (a.unit !== b.unit || a.kind !== b.kind) return false;
  const key = (values: readonly MetricValue[]): string =>
    [...values]
      .sort((x, y) => x.year - y.year)
      .map((v) => [v.year, figure(v.baseline), figure(v.target), figure(v.actual)].join('|'))
      .join(';');
  return key(a.values) === key(b.values);
}

function figure(value: string | undefined): string {
  return value === undefined ? '' : new Decimal(value).toString();
}
