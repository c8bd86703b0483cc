import type { Finding } from '../../model/finding';
import { jsonPath } from '../../model/json-path';
import { localise, type MessageParams } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { idsDescriptions, idsMessages, type IdsMessageKey } from './ids.messages';
import { englishOrdinal, positionParams, shortTitle, titleOrId } from './object-names';
import type { RuleDefinition, RuleGroup } from './rule';

export const ID_DUPLICATE: RuleDefinition = {
  id: 'id.duplicate',
  severity: 'error',
  description: idsDescriptions['id.duplicate'],
};

/** An object that carries an id, with what its message needs. */
interface Occurrence {
  id: string;
  /** Path to the object's id field. */
  segments: Array<string | number>;
  message: IdsMessageKey;
  /** Made only for a duplicate: most objects never need their message. */
  params: MessageParams | (() => MessageParams);
  /** How a later duplicate names this object as the first occurrence. */
  label: string;
}

/**
 * The id namespaces of a plan. Actions and sub-actions share one namespace,
 * because both are rows of the same actions table in the workbook.
 */
function namespaces(plan: Plan): Occurrence[][] {
  const municipalities = plan.municipalities.map((m, i): Occurrence => {
    const name = titleOrId(m.name, m.id);
    return { id: m.id, segments: ['municipalities', i, 'id'], message: 'municipality', params: { name }, label: name };
  });
  const chapters = (plan.chapters ?? []).map((c, i): Occurrence => {
    const name = titleOrId(c.title, c.id);
    return { id: c.id, segments: ['chapters', i, 'id'], message: 'chapter', params: { name }, label: name };
  });
  const basicTasks = plan.basicTasks.map((t, i): Occurrence => {
    const name = titleOrId(t.title, t.id);
    return { id: t.id, segments: ['basicTasks', i, 'id'], message: 'basicTask', params: { name }, label: name };
  });
  const sections = plan.sections.map((s, i): Occurrence => {
    const name = titleOrId(s.title, s.id);
    return { id: s.id, segments: ['sections', i, 'id'], message: 'section', params: { name }, label: name };
  });

  const goals: Occurrence[] = [];
  const actions: Occurrence[] = [];
  const metrics: Occurrence[] = [];
  plan.sections.forEach((section, s) => {
    const sectionName = titleOrId(section.title, section.id);
    section.goals.forEach((goal, g) => {
      const goalName = titleOrId(goal.title, goal.id);
      const goalPath = ['sections', s, 'goals', g];
      goals.push({
        id: goal.id,
        segments: [...goalPath, 'id'],
        message: 'goal',
        params: { name: goalName, section: sectionName },
        label: goalName,
      });
      goal.actions.forEach((action, a) => {
        actions.push({
          id: action.id,
          segments: [...goalPath, 'actions', a, 'id'],
          message: 'action',
          params: () => ({ name: goalName, ...positionParams(a) }),
          label: goalName,
        });
        (action.subActions ?? []).forEach((sub, u) => {
          actions.push({
            id: sub.id,
            segments: [...goalPath, 'actions', a, 'subActions', u, 'id'],
            message: 'subAction',
            params: () => ({ name: goalName, actionPosition: a + 1, actionOrdinal: englishOrdinal(a + 1), ...positionParams(u) }),
            label: goalName,
          });
        });
      });
      goal.metrics.forEach((metric, m) => {
        metrics.push({
          id: metric.id,
          segments: [...goalPath, 'metrics', m, 'id'],
          message: 'metric',
          params: () => ({ name: goalName, ...positionParams(m) }),
          label: goalName,
        });
      });
    });
  });

  const budgetLines = (plan.budget.lines ?? []).map((l, i): Occurrence => {
    const name = titleOrId(l.name, l.id);
    return { id: l.id, segments: ['budget', 'lines', i, 'id'], message: 'budgetLine', params: { name }, label: name };
  });
  const pools = plan.contributions.pools.map((p, i): Occurrence => {
    const name = titleOrId(p.name, p.id);
    return { id: p.id, segments: ['contributions', 'pools', i, 'id'], message: 'pool', params: { name }, label: name };
  });
  const narrativeFigures = (plan.narrativeFigures ?? []).map((f, i): Occurrence => {
    const name = shortTitle(f.quote) || f.id;
    return { id: f.id, segments: ['narrativeFigures', i, 'id'], message: 'narrativeFigure', params: { name }, label: name };
  });

  return [municipalities, chapters, basicTasks, sections, goals, actions, metrics, budgetLines, pools, narrativeFigures];
}

/** Ids are printable ASCII by the schema: their lower case needs no locale (the locale-aware one is slow on large plans). */
const BEYOND_ASCII = /[^ -~]/;

function duplicates(occurrences: Occurrence[]): Finding[] {
  // Excel matches text case-insensitively (SUMIFS, MATCH, data validation), so in
  // the workbook "A1" and "a1" would be the same id.
  const firstById = new Map<string, Occurrence>();
  const findings: Finding[] = [];
  for (const occurrence of occurrences) {
    const key = BEYOND_ASCII.test(occurrence.id) ? occurrence.id.toLocaleLowerCase('fi') : occurrence.id.toLowerCase();
    const first = firstById.get(key);
    if (!first) {
      firstById.set(key, occurrence);
      continue;
    }
    const message = localise(idsMessages, occurrence.message, {
      ...(typeof occurrence.params === 'function' ? occurrence.params() : occurrence.params),
      id: occurrence.id,
      first: first.label,
      firstPath: jsonPath(first.segments),
    });
    findings.push(findingAt(ID_DUPLICATE, message, occurrence.segments));
  }
  return findings;
}

export const idsRules: RuleGroup = {
  rules: [ID_DUPLICATE],
  check: (plan) => namespaces(plan).flatMap(duplicates),
};
