import type { Finding } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { goalsDescriptions, goalsMessages } from './goals.messages';
import { titleOrId } from './object-names';
import type { RuleDefinition, RuleGroup } from './rule';

export const GOAL_NO_ACTION: RuleDefinition = {
  id: 'goal.no-action',
  severity: 'warning',
  description: goalsDescriptions['goal.no-action'],
};

export const GOAL_NO_METRIC: RuleDefinition = {
  id: 'goal.no-metric',
  severity: 'warning',
  description: goalsDescriptions['goal.no-metric'],
};

export const SECTION_NO_GOALS: RuleDefinition = {
  id: 'section.no-goals',
  severity: 'warning',
  description: goalsDescriptions['section.no-goals'],
};

function check(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  plan.sections.forEach((section, s) => {
    const sectionName = titleOrId(section.title, section.id);
    if (section.goals.length === 0) {
      const key = section.kind === 'team' ? 'teamNoGoals' : 'crossCuttingNoGoals';
      findings.push(findingAt(SECTION_NO_GOALS, localise(goalsMessages, key, { section: sectionName }), ['sections', s, 'goals']));
    }
    section.goals.forEach((goal, g) => {
      const params = { section: sectionName, goal: titleOrId(goal.title, goal.id) };
      if (goal.actions.length === 0) {
        findings.push(findingAt(GOAL_NO_ACTION, localise(goalsMessages, 'noAction', params), ['sections', s, 'goals', g, 'actions']));
      }
      if (goal.metrics.length === 0) {
        findings.push(findingAt(GOAL_NO_METRIC, localise(goalsMessages, 'noMetric', params), ['sections', s, 'goals', g, 'metrics']));
      }
    });
  });
  return findings;
}

export const goalsRules: RuleGroup = {
  rules: [GOAL_NO_ACTION, GOAL_NO_METRIC, SECTION_NO_GOALS],
  check,
};
