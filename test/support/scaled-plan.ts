import type { Plan, Section } from '../../src/model/plan';

/**
 * A plan `times` as large as the one given: its sections (with their goals,
 * actions, sub-actions and metrics) repeated, each repetition with fresh ids
 * ("-r2", "-r3", …) and numbered titles, so that it still validates without
 * errors. The first repetition is the original.
 */
export function scaledPlan(plan: Plan, times = 10): Plan {
  const copies: Section[] = [];
  for (let n = 1; n <= times; n++) {
    const tag = (id: string): string => (n === 1 ? id : `${id}-r${n}`);
    const title = (text: string): string => (n === 1 ? text : `${text} (${n})`);
    for (const section of plan.sections) {
      copies.push({
        ...section,
        id: tag(section.id),
        title: title(section.title),
        goals: section.goals.map((goal) => ({
          ...goal,
          id: tag(goal.id),
          actions: goal.actions.map((action) => ({
            ...action,
            id: tag(action.id),
            ...(action.subActions ? { subActions: action.subActions.map((sub) => ({ ...sub, id: tag(sub.id) })) } : {}),
          })),
          metrics: goal.metrics.map((metric) => ({ ...metric, id: tag(metric.id) })),
        })),
      });
    }
  }
  return { ...plan, sections: copies };
}
