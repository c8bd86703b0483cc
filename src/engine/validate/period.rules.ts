import type { Finding } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { periodDescriptions, periodMessages } from './period.messages';
import type { RuleDefinition, RuleGroup } from './rule';

export const PLAN_PERIOD: RuleDefinition = {
  id: 'plan.period',
  severity: 'error',
  description: periodDescriptions['plan.period'],
};

/** Kuntalaki 110 §: the financial plan covers at least three years, the budget year being the first. */
export const MINIMUM_PLAN_YEARS = 3;

/** One finding per problem, so that each message says exactly what is wrong. */
function check(plan: Plan): Finding[] {
  const { planYears, budgetYear } = plan;
  if (planYears.length === 0) {
    return [findingAt(PLAN_PERIOD, localise(periodMessages, 'empty', { budgetYear }), ['planYears'])];
  }
  const findings: Finding[] = [];
  const first = planYears[0] as number;
  if (first !== budgetYear) {
    findings.push(findingAt(PLAN_PERIOD, localise(periodMessages, 'firstYear', { first, budgetYear }), ['planYears', 0]));
  }
  planYears.forEach((year, i) => {
    const previous = planYears[i - 1];
    if (previous !== undefined && year !== previous + 1) {
      findings.push(findingAt(PLAN_PERIOD, localise(periodMessages, 'gap', { year, previous }), ['planYears', i]));
    }
  });
  if (planYears.length < MINIMUM_PLAN_YEARS) {
    findings.push(
      findingAt(PLAN_PERIOD, localise(periodMessages, 'tooShort', { years: planYears.join(', ') }), ['planYears']),
    );
  }
  return findings;
}

export const periodRules: RuleGroup = { rules: [PLAN_PERIOD], check };
